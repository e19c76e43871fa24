import json
from pathlib import Path

import pytest

from extproc.identity.devkeys import ensure_dev_keys, mint
from extproc.identity.jwks import JwksSource, KeySet, KeysUnavailable
from extproc.identity.tokens import NeedKeyRefresh
from tests.unit.identity.support import AUD, ISS, Clock, rejected, verifier


def test_unknown_kid_refetches_at_most_once_per_interval(keys: tuple[Path, Path], tmp_path: Path) -> None:
    clock = Clock()
    v = verifier(keys[1], clock)
    other_private, other_jwks = tmp_path / "other.pem", tmp_path / "other.json"
    ensure_dev_keys(other_private, other_jwks)
    stranger = "Bearer " + mint(other_private, other_jwks, ISS, AUD, "eve", [])
    assert "unknown signing key" in rejected(v, stranger).description  # refreshed just now: no refetch
    clock.now += 61
    with pytest.raises(NeedKeyRefresh):
        v.verify(stranger)
    v.keys.refresh()
    assert "unknown signing key" in rejected(v, stranger).description
    # the key appears at the IdP (rotation): found at the next allowed refetch
    keys[1].write_text(json.dumps({"keys": json.loads(keys[1].read_text())["keys"]
                                   + json.loads(other_jwks.read_text())["keys"]}))
    clock.now += 61
    with pytest.raises(NeedKeyRefresh):
        v.verify(stranger)
    v.keys.refresh()
    assert v.verify(stranger).subject == "eve"


def test_jwks_down_fails_closed(tmp_path: Path) -> None:
    key_set = KeySet(JwksSource(url="http://127.0.0.1:9/jwks", timeout=0.5))
    with pytest.raises(KeysUnavailable, match="cannot fetch"):
        key_set.refresh()
    assert key_set.last_error
