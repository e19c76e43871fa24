"""What a base64 member of an MCP message (a resource's `blob`, an image's or audio's `data`) holds, decided by
its bytes, never by its label: a server can call a patient's record `image/png` or `application/octet-stream`.

- Text (UTF-8, a UTF-16 byte-order mark or NUL-interleaved UTF-16, or the charset the label declares) is read
  as text: masked like any text and written back in its own encoding.
- Images, audio and video (by their magic bytes) pass, but every run of printable characters in them (metadata,
  text after a valid header) is checked: any ePHI there withholds the message.
- Anything else — documents and archives (PDF, ZIP, gzip, DICOM), bytes of no known kind — cannot be
  inspected, so it is withheld. A policy that must let scanned documents through has no way to see into them.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass

MEDIA_MAGIC: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"), (0, b"\xff\xd8\xff"), (0, b"GIF87a"), (0, b"GIF89a"), (0, b"BM"),
    (0, b"II*\x00"), (0, b"MM\x00*"), (0, b"\x00\x00\x01\x00"),  # ICO
    (0, b"RIFF"),  # WebP, WAV, AVI
    (4, b"ftyp"),  # MP4, M4A, HEIC, AVIF, MOV
    (0, b"\x1a\x45\xdf\xa3"),  # WebM, Matroska
    (0, b"OggS"), (0, b"fLaC"), (0, b"ID3"),
)
"""How images, audio and video start. MPEG audio frames and ADTS (AAC) start with an 11-bit sync, below."""

PRINTABLE_RUN = re.compile(rb"[\x20-\x7e]{8,}")
PRINTABLE_RUN_UTF16 = re.compile(rb"(?:[\x20-\x7e]\x00){8,}|(?:\x00[\x20-\x7e]){8,}")
METADATA_NAMESPACES = re.compile(r"(https?://(ns\.adobe\.com|www\.w3\.org|purl\.org|iptc\.org|cipa\.jp|"
                                 r"ns\.useplus\.org|www\.npes\.org)/[\x21-\x7e]*|adobe:ns:meta/?)")
"""The namespaces of XMP and RDF metadata, which every edited image names: not the image's own data."""
"""Text hidden in media: EXIF and PNG text chunks, ID3 tags, or a record after a valid header — in ASCII or in
UTF-16 (Windows metadata). Compressed or otherwise encoded text in media is not read (README)."""

TEXT_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be", "iso-8859-1",
                           "latin-1", "latin1", "windows-1252", "cp1252"})
"""Charsets read as declared; any other declared charset is not trusted to be text (the bytes decide)."""
_CHARSET = re.compile(r";\s*charset\s*=\s*\"?([\w.:-]+)", re.IGNORECASE)


class Uninspectable(ValueError):
    """Bytes the gateway cannot read (a document, an archive, or of no known kind)."""


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    encoding: str
    """The codec that writes it back as it came (`utf-8-sig` and `utf-16` keep a byte-order mark)."""


@dataclass(frozen=True, slots=True)
class Media:
    printable: str
    """Its printable runs, one per line ("" when none): checked, never written back."""


def decode(value: str) -> bytes | None:
    """The bytes of strict base64, or None."""
    if len(value) % 4:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def encode(text: str, encoding: str) -> str:
    """A masked text as base64 again, in the encoding it came in."""
    return base64.b64encode(text.encode(encoding)).decode("ascii")


def read(data: bytes, mime: object) -> Text | Media:
    """What `data` is (see the module docstring); raises `Uninspectable`."""
    charset = _declared_charset(mime)
    text = _as_text(data, charset)
    if text is not None:
        return text
    if data.startswith(_BOMS) or charset is not None:
        raise Uninspectable("text that says what it is (a byte-order mark, a charset) but does not decode as it")
    if _is_media(data):
        runs = [run.decode("ascii") for run in PRINTABLE_RUN.findall(data)]
        runs += [run.replace(b"\x00", b"").decode("ascii") for run in PRINTABLE_RUN_UTF16.findall(data)]
        return Media(METADATA_NAMESPACES.sub(" ", "\n".join(runs)))
    raise Uninspectable("bytes of no kind the gateway can read")


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def _declared_charset(mime: object) -> str | None:
    if type(mime) is not str:
        return None
    found = _CHARSET.search(mime)
    name = found.group(1).lower() if found else None
    return name if name in TEXT_CHARSETS else None


def _as_text(data: bytes, charset: str | None) -> Text | None:
    if data.startswith(codecs.BOM_UTF8):
        return _decoded(data, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _decoded(data, "utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded(data, "utf-16")
    if charset is not None and charset not in ("utf-8", "utf8"):
        parity = _interleaved(data)
        if charset.startswith("utf-16"):
            # the bytes decide the byte order: a label saying little-endian over big-endian text reads as junk
            charset = "utf-16-be" if parity == 0 else "utf-16-le" if parity == 1 else charset
        return _decoded(data, charset)
    interleaved = _interleaved(data)
    if interleaved is not None:  # UTF-16 without a byte-order mark: NUL every other byte
        return _decoded(data, "utf-16-le" if interleaved == 1 else "utf-16-be")
    return _decoded(data, "utf-8")


def _decoded(data: bytes, encoding: str) -> Text | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return Text(text, encoding) if _mostly_text(text) else None


def _mostly_text(text: str) -> bool:
    """Text, not binary that happened to decode: few control characters."""
    sample = text[:65536]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\f")
    return controls <= len(sample) // 50


def _interleaved(data: bytes) -> int | None:
    """1 when NULs fill the odd bytes (UTF-16 little-endian ASCII), 0 for the even ones, else None."""
    head = data[:512]
    if len(head) < 4:
        return None
    for parity in (1, 0):
        zeros = head[parity::2].count(0)
        if zeros * 10 >= len(head[parity::2]) * 9 and head[1 - parity::2].count(0) == 0:
            return parity
    return None


def _is_media(data: bytes) -> bool:
    if any(data[offset:offset + len(magic)] == magic for offset, magic in MEDIA_MAGIC):
        return True
    # MPEG audio frame or ADTS: 11 bits set (JPEG's FF D8 is not one: D8 has only two of the three)
    return len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0
