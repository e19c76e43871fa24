"""The gateway's public URL: explicit settings win over the served address, and two that disagree are refused."""

from __future__ import annotations

import dataclasses
import re

import pytest

from extproc.envoy_config import Endpoint
from extproc.policy import PolicyError
from extproc.public_url import audience_resolver, check_public_url, served_url
from tests.unit.policy.support import DEMO

OWN = "https://gw.example.org/mcp"


def with_audience(audience: str | None):
    return dataclasses.replace(DEMO, identity=dataclasses.replace(DEMO.identity, audience=audience))


def test_the_served_address_as_a_url() -> None:
    assert served_url(Endpoint("127.0.0.1", 10500)) == "http://127.0.0.1:10500/mcp"
    assert served_url(Endpoint("::1", 10500)) == "http://[::1]:10500/mcp"
    assert served_url(Endpoint("0.0.0.0", 10500)) is None, "no URL a client could use"
    assert served_url(Endpoint("/tmp/x.sock")) is None


def test_the_served_address_is_only_a_fallback() -> None:
    served = "http://127.0.0.1:10500/mcp"
    assert audience_resolver(None, served)(DEMO).identity.audience == served
    assert audience_resolver("https://proxy.example/mcp", served)(DEMO).identity.audience == "https://proxy.example/mcp"
    policy = with_audience(OWN)
    assert audience_resolver(None, served)(policy) is policy, "behind a proxy the listen address is not the URL"
    assert audience_resolver(OWN, served)(policy) is policy


def test_a_contradiction_or_nothing_at_all_is_refused() -> None:
    with pytest.raises(PolicyError, match=re.escape("contradicts --public-url https://other.example/mcp")):
        audience_resolver("https://other.example/mcp")(with_audience(OWN))
    with pytest.raises(PolicyError, match=re.escape("identity.audience: is required unless")):
        audience_resolver(None)(DEMO)


@pytest.mark.parametrize("bad", ["gw.example.org/mcp", "ftp://gw.example.org/mcp", "https://gw.example.org/mcp#x",
                                 "https://gw.example.org/mcp?a=1", "https:///mcp"])
def test_a_public_url_must_be_usable_as_an_audience(bad: str) -> None:
    with pytest.raises(ValueError, match="--public-url"):
        check_public_url(bad)
    assert check_public_url(OWN) == OWN
