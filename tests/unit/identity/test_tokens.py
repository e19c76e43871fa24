import base64
import hashlib
import hmac
import json
import time
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from extproc.identity.devkeys import mint
from extproc.identity.jwks import JwksSource, KeySet
from extproc.identity.tokens import TokenVerifier, VerifierConfig
from tests.unit.identity.support import AUD, ISS, rejected, verifier


def token(keys: tuple[Path, Path], **claims: object) -> str:
    private, jwks = keys
    base = jwt.decode(mint(private, jwks, ISS, AUD, "alice", ["clinicians"], email="a@x.test"),
                      options={"verify_signature": False})
    base.update(claims)
    key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    kid = json.loads(jwks.read_text())["keys"][0]["kid"]
    return jwt.encode(base, key, algorithm="ES256", headers={"kid": kid})


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


def test_verified_tokens_are_cached_until_expiry(keys: tuple[Path, Path]) -> None:
    v = verifier(keys[1])
    t = "Bearer " + token(keys, exp=time.time() + 120)
    first = v.verify(t)
    v.keys._keys.clear()  # a cached token needs no key
    assert v.verify(t) is first


def test_symmetric_algorithms_cannot_be_configured(keys: tuple[Path, Path]) -> None:
    with pytest.raises(ValueError):
        TokenVerifier(VerifierConfig(ISS, AUD, ["RS256", "HS256"]), KeySet(JwksSource(file=keys[1])))
