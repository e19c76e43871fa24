"""Exports in a tool result, through real Envoy: a CSV worklist read by its headings, C-CDA XML by its element
names, label/value pairs by their labels and bare numbers by their size — masked for a Safe Harbor role."""

from __future__ import annotations

from tests.integration.conftest import Gateway
from tests.integration.phi.calls import tool_result


def test_exports_are_masked_by_their_headings_elements_and_labels(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "exports")
    assert result["content"][0]["text"] == "mrn,patient_name,dob,phone\n[MRN],[NAME],1941,[PHONE]"
    assert result["content"][1]["text"] == (
        '<patient><name><given>[NAME]</given><family>[NAME]</family></name><birthTime value="1941"/></patient>')
    assert result["structuredContent"] == {"fields": [{"label": "Social Security Number", "value": "[SSN]"}],
                                           "pt_ident": "[NUMBER]", "total_cents": 125000000}
