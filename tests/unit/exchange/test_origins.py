"""The Origin allow-list: what counts as one origin, and what is refused."""

from __future__ import annotations

import pytest

from extproc.exchange.origins import loopback_origins, normalize, origin_of, parse_allowed, refusal


@pytest.mark.parametrize(("sent", "normal"), [
    ("http://127.0.0.1:10000", "http://127.0.0.1:10000"),
    ("HTTPS://App.Example.ORG:443", "https://app.example.org"),
    ("http://localhost:80", "http://localhost"),
    ("http://[::1]:10000", "http://[::1]:10000"),
    ("http://app.example.org:01000", "http://app.example.org:1000"),
])
def test_origins_compare_as_browsers_serialise_them(sent: str, normal: str) -> None:
    assert normalize(sent) == normal


@pytest.mark.parametrize("sent", [
    "null", "", "http://a.example/", "http://a.example/path", "http://user@a.example", "ftp://a.example",
    "http://a.example, http://b.example", "http://a.example:0", "http://a.example:70000", "http://a.example ",
    "http://-a.example", "file://", "http://a.example\r\nx: y",
])
def test_anything_else_is_no_origin(sent: str) -> None:
    assert normalize(sent) is None


def test_requests_without_origin_pass_and_others_need_the_list() -> None:
    allowed = parse_allowed(["https://app.example.org"]) | loopback_origins(10500)
    assert refusal(None, allowed) is None, "non-browser clients send no Origin"
    for origin in ("https://app.example.org:443", "http://localhost:10500", "http://[::1]:10500"):
        assert refusal(origin, allowed) is None, origin
    assert refusal("http://localhost:10000", allowed) == (
        "Origin http://localhost:10000 is not allowed to call this gateway (DNS-rebinding protection); the "
        "gateway's operator may allow a browser origin with --allowed-origin")
    malformed = refusal("<script>alert(1)</script>", allowed)
    assert malformed is not None and "<script>" not in malformed and "malformed Origin" in malformed


def test_the_public_urls_origin_and_a_bad_entry() -> None:
    assert origin_of("https://mcp.example.org/tenant/mcp") == "https://mcp.example.org"
    assert origin_of("http://[::1]:10000/mcp") == "http://[::1]:10000"
    with pytest.raises(ValueError, match="not an origin"):
        parse_allowed(["https://app.example.org/"])
