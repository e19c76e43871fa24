"""A local development signing key: for `make run` and tests only.

The gateway trusts it only when a policy names it (`identity.dev_signing_key`); `chaperone token` mints
with it. Production policies point `identity.jwks` at the real identity provider and name no dev key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from collections.abc import Iterable
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

DEV_ALGORITHM = "ES256"
DEV_CLIENT_ID = "chaperone-dev"
"""The `azp` of development tokens: the agent client they stand for."""


def _kid(public_jwk: dict[str, str]) -> str:
    """RFC 7638 thumbprint of an EC public key."""
    members = json.dumps({k: public_jwk[k] for k in ("crv", "kty", "x", "y")}, separators=(",", ":"))
    return base64.urlsafe_b64encode(hashlib.sha256(members.encode()).digest()).rstrip(b"=").decode()


def ensure_dev_keys(private_key_path: Path, jwks_path: Path) -> None:
    """Create the key pair (EC P-256) and its public JWKS unless both exist."""
    if private_key_path.exists() and jwks_path.exists():
        return
    private_key_path.parent.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(private_key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
    public.update({"use": "sig", "alg": DEV_ALGORITHM})
    public["kid"] = _kid(public)
    jwks_path.parent.mkdir(parents=True, exist_ok=True)
    jwks_path.write_text(json.dumps({"keys": [public]}, indent=2) + "\n")


def mint(
    private_key_path: Path, jwks_path: Path, issuer: str, audience: str, subject: str, groups: Iterable[str],
    email: str | None = None, ttl_seconds: int = 3600, client_id: str = DEV_CLIENT_ID,
    scopes: Iterable[str] = (),
) -> str:
    """A token for `subject` signed with the development key."""
    key = serialization.load_pem_private_key(private_key_path.read_bytes(), password=None)
    kid = json.loads(jwks_path.read_text())["keys"][0]["kid"]
    now = int(time.time())
    claims = {"iss": issuer, "aud": audience, "sub": subject, "groups": sorted(groups), "iat": now, "nbf": now,
              "exp": now + ttl_seconds, "azp": client_id}
    if email:
        claims["email"] = email
    if scopes:
        claims["scope"] = " ".join(sorted(scopes))
    return jwt.encode(claims, key, algorithm=DEV_ALGORITHM, headers={"kid": kid})
