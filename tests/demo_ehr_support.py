"""What the demo EHR server's tests share, in process and over HTTP: the protocol revisions, its tools, a tool
result's structured content."""

from __future__ import annotations

import json
from typing import Any

MODES = ("legacy", "2026-07-28")
TOOLS = {
    "search_patients",
    "get_patient",
    "get_labs",
    "list_appointments",
    "get_clinical_note",
    "export_cohort",
    "update_medication",
}


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    assert json.loads(result.content[0].text) == result.structured_content
    return result.structured_content
