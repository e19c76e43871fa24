"""Names with particles, apostrophes and hyphens, and their later mentions, through real Envoy: a Safe Harbor
role (the pharmacist) gets none of them, and the clinical words around them as they were."""

from __future__ import annotations

import json

from tests.integration.conftest import Gateway
from tests.integration.hostile_upstream import CLAIM_AND_CHAT, NAMES_NOTE
from tests.integration.phi.calls import tool_result


def test_a_particle_surname_and_its_later_mentions_are_masked(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "names-note")
    text = result["content"][0]["text"]
    assert "Prazeres" in NAMES_NOTE
    for part in ("Edivaldo", "Prazeres", "Quaresma", "Zubeyda", "Shaughnessy", "Quorvane", "Ilsabet", "Wijnbergen"):
        assert part not in text, part
    assert " dos " not in text and " van der " not in text, "a particle goes with its name"
    assert text.startswith("Patient: [NAME] [NAME] [NAME]\nMr. [NAME] [NAME] is a 67-year-old man")
    assert "Parkinson's disease, on Sinemet; follow up in June" in text, "no name there"


def test_people_named_under_keys_that_say_who_they_are(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "people-by-key")
    for masked in (result["structuredContent"], json.loads(result["content"][0]["text"])):
        assert masked == {
            "medications": [{"drug": "Lisinopril 10 mg", "prescriber": "[NAME]"}],
            "clinician": "[NAME]",
            "signed_by": "[NAME]",
            "attendees": ["[NAME]", "Pharmacy", "[NAME]"],
            "patient": {"mother_maiden_name": "[NAME]"},
            "actor": "svc-ingest",
        }
    for part in ("Best", "Strong", "Yamamoto", "Drew", "Nizhoni", "Súilleabháin"):
        assert part not in json.dumps(result, ensure_ascii=False), part


def test_claims_as_json_hl7_names_employers_chats_and_what_stays(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "claim-and-chat")
    for masked in (result["structuredContent"], json.loads(result["content"][0]["text"])):
        assert masked["loop2010BA_subscriber"] == {
            "NM1": ["IL", "1", "[NAME]", "[NAME]", "", "", "", "MI", "[HEALTH_PLAN]"],
            "N4": ["[CITY]", "IL", "600"],
            "DMG": ["D8", "1975", "F"],
        }
        assert masked["payer"] == CLAIM_AND_CHAT["payer"], "a payer's loop is no one's"
        assert masked["enrollment"] == {"patient": "[NAME]", "employer": "[NAME]", "trial": "NCT05815047"}
        assert masked["chat"] == [
            "<[NAME]> ward round moved, seen at Riverside Eye Institute",
            "yes but [NAME] pulled the iv again, admitted to Labor and Delivery",
        ]
    for part in ("QUARESMA", "EDIVALDO", "341659059S", "BUSH", "Ramos", "Zubeyda", "fatima"):
        assert part not in json.dumps(result, ensure_ascii=False), part
