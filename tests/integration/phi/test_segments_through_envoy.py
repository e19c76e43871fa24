"""An HL7 v2 message in a tool result, through real Envoy: a Safe Harbor role (the pharmacist) gets its fields
masked by position, separators, codes and the year of each date as they were."""

from __future__ import annotations

from tests.integration.conftest import Gateway
from tests.integration.hostile_upstream import HL7_ADT
from tests.integration.phi.calls import tool_result


def test_an_hl7_message_is_masked_field_by_field(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "hl7-message")
    text = result["content"][0]["text"]
    assert "QUORVANE" in HL7_ADT
    assert text == (
        "MSH|^~\\&|EPIC|NSH|LIS|NSH|2024||ADT^A01|CTRL-7|P|2.5.1\r"
        "PID|1||[MRN]^^^NSH^MR||[NAME]^[NAME]^[NAME]||1981|F|||[ADDRESS]^^[CITY]^NJ^075\r"
        "PV1|1|I|4W^412^A||||[NPI]^[NAME]^[NAME]"
    )
