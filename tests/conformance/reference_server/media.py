"""The smallest valid image and sound the content scenarios need, built here rather than pasted as base64."""

from __future__ import annotations

import base64
import io
import struct
import wave
import zlib


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def red_pixel_png() -> bytes:
    """A 1x1 8-bit RGB PNG of one red pixel."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # width, height, depth, colour type RGB, ...
    scanline = b"\x00\xff\x00\x00"  # filter byte 0, then R G B
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", zlib.compress(scanline))
            + _png_chunk(b"IEND", b""))


def silent_wav() -> bytes:
    """A tenth of a second of 8 kHz mono 8-bit silence."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(8000)
        sound.writeframes(b"\x80" * 800)
    return buffer.getvalue()


PNG_BASE64 = base64.b64encode(red_pixel_png()).decode("ascii")
WAV_BASE64 = base64.b64encode(silent_wav()).decode("ascii")
