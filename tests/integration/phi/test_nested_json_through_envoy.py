"""Through real Envoy: identifiers two levels of JSON text down, and identifiers used as keys, never reach the
client."""

from __future__ import annotations

import json

from tests.integration.conftest import Gateway
from tests.integration.phi.calls import tool_result


def test_a_record_two_levels_of_json_text_down_is_masked(hostile_gateway: Gateway, tokens) -> None:
    """For a Safe Harbor role (the pharmacist): names and phones too, not only what every profile masks."""
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "nested-json")
    out = json.dumps(result, ensure_ascii=False)
    outer = json.loads(result["content"][0]["text"])
    record = json.loads(outer["content"][0]["text"])
    assert record["ssn"] == "[SSN]" and "617-555-0199" not in out and "Garcia" not in out
    assert "123-45-6789" not in out


def test_a_map_keyed_by_ssn_keeps_its_members_under_masked_keys(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens(), "keyed-by-ssn")  # even the clinical profile never keeps an SSN
    out = json.dumps(result, ensure_ascii=False)
    by_ssn = result["structuredContent"]["by_ssn"]
    assert by_ssn == {"[SSN]": {"dx": "E11.9"}, "[SSN] #2": {"dx": "I10"}}
    assert "123-45-6789" not in out and "234-56-7890" not in out
