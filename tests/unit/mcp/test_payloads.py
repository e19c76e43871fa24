import base64

import pytest

from extproc.mcp import payloads
from extproc.mcp.payloads import Media, Text, Uninspectable

RECORD = "Patient Maria Garcia SSN 123-45-6789 DOB 03/04/1955"


@pytest.mark.parametrize(("data", "mime", "encoding"), [
    (RECORD.encode(), "application/octet-stream", "utf-8"),
    (RECORD.encode(), None, "utf-8"),
    (RECORD.encode(), ["image/png"], "utf-8"),
    (b"\xef\xbb\xbf" + RECORD.encode(), "text/plain", "utf-8-sig"),
    (RECORD.encode("utf-16"), "application/hl7-v2", "utf-16"),
    (RECORD.encode("utf-16-le"), "x-application/hl7-v2+er7", "utf-16-le"),
    (RECORD.encode("utf-16-be"), "message/rfc822", "utf-16-be"),
    ("Jos\u00e9 Garc\u00eda 123-45-6789".encode("latin-1"), "text/plain; charset=latin-1", "latin-1"),
])
def test_text_is_read_whatever_its_label_says(data: bytes, mime: object, encoding: str) -> None:
    found = payloads.read(data, mime)
    assert isinstance(found, Text) and found.encoding == encoding and "123-45-6789" in found.text
    assert base64.b64decode(payloads.encode(found.text, found.encoding)) == data, "written back as it came"


@pytest.mark.parametrize("head", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"RIFF\x00\x00\x00\x00WEBP",
                                  b"\x00\x00\x00\x18ftypheic", b"\x1a\x45\xdf\xa3", b"OggS", b"ID3", b"\xff\xfb\x90"])
def test_media_pass_with_their_printable_runs_to_check(head: bytes) -> None:
    found = payloads.read(head + bytes(range(128, 256)) + b"Maria Garcia 123-45-6789" + bytes(8), "image/png")
    assert isinstance(found, Media) and "Maria Garcia 123-45-6789" in found.printable


@pytest.mark.parametrize("data", [b"%PDF-1.7\n\x80\x81\x82", b"PK\x03\x04\x80\x81\x82", b"\x1f\x8b\x08\x80\x81",
                                  bytes(128) + b"DICM\x80\x81", bytes(range(256)),
                                  b"\x80\x81 not text", "Zo\u00eb".encode("utf-16-le")[:3] + b"\x80\x81"])
def test_documents_archives_and_unknown_bytes_cannot_be_inspected(data: bytes) -> None:
    with pytest.raises(Uninspectable):
        payloads.read(data, "application/pdf")


def test_a_declared_charset_that_does_not_decode_is_not_text() -> None:
    with pytest.raises(Uninspectable):
        payloads.read(b"\xc3\x28\x80\x81 text", "text/plain; charset=utf-8")


def test_base64_must_be_strict() -> None:
    assert payloads.decode("aGVsbG8=") == b"hello"
    assert payloads.decode("aGVsbG8") is None and payloads.decode("aGVs bG8=") is None


def test_a_byte_order_mark_is_text_or_withheld_never_media() -> None:
    """FF FE is also an MPEG frame's sync: an odd-length UTF-16 text must not pass as audio."""
    with pytest.raises(Uninspectable):
        payloads.read(b"\xff\xfe" + RECORD.encode("utf-16-le") + b"\n", "audio/mpeg")
    found = payloads.read(RECORD.encode("utf-32"), None)
    assert isinstance(found, Text) and found.text == RECORD


def test_the_bytes_decide_the_byte_order_of_declared_utf16() -> None:
    found = payloads.read(RECORD.encode("utf-16-be"), "text/plain; charset=utf-16le")
    assert isinstance(found, Text) and found.text == RECORD and found.encoding == "utf-16-be"


def test_utf16_text_in_media_is_checked_too() -> None:
    found = payloads.read(b"\x89PNG\r\n\x1a\n" + bytes(range(128, 160)) + RECORD.encode("utf-16-le"), "image/png")
    assert isinstance(found, Media) and RECORD in found.printable


def test_metadata_namespaces_are_no_data_of_the_image() -> None:
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ' \
          b'xmlns:exif="http://ns.adobe.com/exif/1.0/">'
    found = payloads.read(b"\x89PNG\r\n\x1a\n" + bytes(range(128, 160)) + xmp, "image/png")
    assert isinstance(found, Media) and "http" not in found.printable and "adobe:ns" not in found.printable
