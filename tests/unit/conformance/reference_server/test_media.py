"""The generated fixtures are well-formed: a PNG whose chunks' CRCs hold, a WAV the standard library reads."""

from __future__ import annotations

import base64
import io
import struct
import wave
import zlib

from tests.conformance.reference_server.media import PNG_BASE64, WAV_BASE64


def test_png_is_one_rgb_pixel_with_valid_chunks() -> None:
    png = base64.b64decode(PNG_BASE64)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, kinds = 8, []
    while position < len(png):
        (length,) = struct.unpack(">I", png[position:position + 4])
        kind, data = png[position + 4:position + 8], png[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", png[position + 8 + length:position + 12 + length])
        assert crc == zlib.crc32(kind + data)
        kinds.append(kind)
        position += 12 + length
    assert kinds == [b"IHDR", b"IDAT", b"IEND"]
    assert struct.unpack(">II", png[16:24]) == (1, 1)


def test_wav_reads_back() -> None:
    with wave.open(io.BytesIO(base64.b64decode(WAV_BASE64))) as sound:
        assert (sound.getnchannels(), sound.getframerate(), sound.getnframes()) == (1, 8000, 800)
