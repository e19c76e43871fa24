"""XML elements (tagged.py): leaf texts and value attributes read by the element's name, C-CDA ids by theirs."""

from __future__ import annotations

import cProfile

import pytest

from extproc.phi import SAFE_HARBOR, mask_json
from extproc.phi import tagged as T

CDA = (
    '<recordTarget><patientRole><id root="2.16.840.1.113883.4.1" extension="123456789"/>'
    '<id root="2.16.840.1.113883.19.5" extension="A77812"/><addr use="HP"><streetAddressLine>27534 N Broadway'
    "</streetAddressLine><city>Paterson</city><state>MO</state><postalCode>07501</postalCode></addr><patient><name>"
    '<given>Chinyere</given><family>Anyanwu</family></name><birthTime value="19810906"/></patient>'
    "<providerOrganization><name>Good Health Clinic</name></providerOrganization></patientRole></recordTarget>"
)


def masked(text: str) -> str:
    return mask_json({"text": text}, SAFE_HARBOR).value["text"]


def test_a_cda_patient_is_masked_by_its_element_names() -> None:
    out = masked(CDA)
    for secret in ("123456789", "A77812", "27534", "Paterson", "07501", "Chinyere", "Anyanwu", "0906"):
        assert secret not in out
    assert 'extension="[SSN]"' in out and "<state>MO</state>" in out and 'value="1981"' in out
    assert "<name>Good Health Clinic</name>" in out, "an organisation's <name> is only a weak candidate"



@pytest.mark.parametrize("text", ["<" * 5000, "<given>" * 3000, "<a b='" * 2000, "</given>" * 100, "<id extension=\""])
def test_malformed_markup_never_raises_and_spans_stay_inside(text: str) -> None:
    for s, e, _ in T.find(text):
        assert 0 <= s <= e <= len(text)


def test_a_long_document_costs_linear_work() -> None:
    def calls(n: int) -> int:
        profile = cProfile.Profile()
        profile.runcall(T.find, "<given>Ana</given><family>Okafor</family><x>1</x>" * n)
        return sum(stat.callcount for stat in profile.getstats())

    assert calls(2000) <= 2.2 * calls(1000)
