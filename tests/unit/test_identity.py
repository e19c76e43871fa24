import base64
import hashlib
import hmac
import json
import time
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from extproc.identity.devkeys import ensure_dev_keys, mint
from extproc.identity.jwks import JwksSource, KeySet, KeysUnavailable
from extproc.identity.tokens import AuthError, NeedKeyRefresh, TokenVerifier, VerifierConfig

ISS, AUD = "https://idp.test", "http://127.0.0.1:10000/mcp"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    private, jwks = tmp_path / "dev.pem", tmp_path / "jwks.json"
    ensure_dev_keys(private, jwks)
    return private, jwks


def verifier(jwks: Path, clock: Clock | None = None) -> TokenVerifier:
    key_set = KeySet(JwksSource(file=jwks), min_refresh_seconds=60, clock=clock or Clock())
    key_set.refresh()
    return TokenVerifier(VerifierConfig(ISS, AUD, ["ES256"]), key_set)


def token(keys: tuple[Path, Path], **claims: object) -> str:
    private, jwks = keys
    base = jwt.decode(mint(private, jwks, ISS, AUD, "alice", ["clinicians"], email="a@x.test"),
                      options={"verify_signature": False})
    base.update(claims)
    key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    kid = json.loads(jwks.read_text())["keys"][0]["kid"]
    return jwt.encode(base, key, algorithm="ES256", headers={"kid": kid})


def rejected(v: TokenVerifier, authorization: str | None, path: str | None = None) -> AuthError:
    with pytest.raises(AuthError) as info:
        v.verify(authorization, path)
    return info.value


def test_valid_token_yields_principal(keys: tuple[Path, Path]) -> None:
    p = verifier(keys[1]).verify("Bearer " + token(keys))
    assert (p.subject, p.groups, p.email, p.client_id, p.issuer) == (
        "alice", frozenset({"clinicians"}), "a@x.test", "chaperone-dev", ISS)


def test_alg_none_is_rejected(keys: tuple[Path, Path]) -> None:
    unsigned = jwt.encode({"iss": ISS, "aud": AUD, "sub": "mallory", "exp": time.time() + 60}, None, algorithm="none")
    assert "not accepted" in rejected(verifier(keys[1]), "Bearer " + unsigned).description


def test_hs256_signed_with_the_public_key_is_rejected(keys: tuple[Path, Path]) -> None:
    public = keys[1].read_bytes()  # what an attacker can read: the published JWKS

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signing_input = b64(b'{"alg":"HS256","typ":"JWT"}') + "." + b64(
        json.dumps({"iss": ISS, "aud": AUD, "sub": "mallory", "exp": time.time() + 60}).encode())
    forged = signing_input + "." + b64(hmac.new(public, signing_input.encode(), hashlib.sha256).digest())
    assert "not accepted" in rejected(verifier(keys[1]), "Bearer " + forged).description


@pytest.mark.parametrize(
    ("claims", "words"),
    [
        ({"exp": time.time() - 3600}, "expired"),
        ({"nbf": time.time() + 3600}, "not yet valid"),
        ({"iss": "https://evil.test"}, "wrong issuer"),
        ({"aud": "http://other/mcp"}, "wrong audience"),
    ],
)
def test_claim_failures_say_what_is_wrong(keys: tuple[Path, Path], claims: dict, words: str) -> None:
    error = rejected(verifier(keys[1]), "Bearer " + token(keys, **claims))
    assert error.status == 401 and error.error == "invalid_token" and words in error.description


def test_tampered_signature(keys: tuple[Path, Path]) -> None:
    good = token(keys)
    head, _, sig = good.split(".")
    other = token(keys, sub="bob").split(".")[1]
    assert "does not verify" in rejected(verifier(keys[1]), f"Bearer {head}.{other}.{sig}").description


@pytest.mark.parametrize(
    ("authorization", "path", "status", "words"),
    [
        (None, "/mcp", 401, "authentication required"),
        ("Basic abc", "/mcp", 401, "Bearer"),
        ("Bearer a.b.c,Bearer d.e.f", "/mcp", 400, "exactly one"),
        (None, "/mcp?access_token=abc", 400, "in the URL"),
        ("Bearer not-a-jwt", "/mcp", 401, "malformed"),
    ],
)
def test_transport_mistakes(keys: tuple[Path, Path], authorization, path, status, words) -> None:
    error = rejected(verifier(keys[1]), authorization, path)
    assert error.status == status and words in error.description


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


def test_verified_tokens_are_cached_until_expiry(keys: tuple[Path, Path]) -> None:
    v = verifier(keys[1])
    t = "Bearer " + token(keys, exp=time.time() + 120)
    first = v.verify(t)
    v.keys._keys.clear()  # a cached token needs no key
    assert v.verify(t) is first


def test_symmetric_algorithms_cannot_be_configured(keys: tuple[Path, Path]) -> None:
    with pytest.raises(ValueError):
        TokenVerifier(VerifierConfig(ISS, AUD, ["RS256", "HS256"]), KeySet(JwksSource(file=keys[1])))
