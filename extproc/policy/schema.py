"""The JSON Schema (draft 2020-12) of a policy file, for editors and ``chaperone policy schema``.

It is derived from the same declarations the loader reads by (``model.py``), so every file the loader accepts,
the schema accepts. A few checks are beyond a schema and made only by ``chaperone policy check`` / the gateway:
duplicate keys and YAML aliases (invisible once YAML is parsed), header names matched case-insensitively against
the transport headers, the ranges of durations and comparisons between them (``max_grant_ttl`` ≥ ``grant_ttl``,
``hold`` ≤ ``request_ttl``), unique approval rule names, finite numbers, and line numbers in messages.
"""

from __future__ import annotations

from typing import Any

from extproc.policy.kinds import Defs
from extproc.policy.model import POLICY_FILE, SUPPORTED_VERSION


def policy_schema() -> dict[str, Any]:
    """The schema as a JSON-serializable dict."""
    defs: Defs = {}
    top = POLICY_FILE.schema("", None, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:chaperone:policy:{SUPPORTED_VERSION}",
        "title": "Chaperone policy",
        "description": top.pop("description"),
        **top,
        "$defs": defs,
    }
