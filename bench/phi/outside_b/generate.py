"""The seeded corpus: every template drawn in turn from one ``random.Random(seed)``."""

from __future__ import annotations

import random

from . import exports, narratives, records
from .corpus import Document, Draft, Template, assemble

TEMPLATES: dict[str, Template] = {
    "fhir_patient": records.fhir_patient,
    "fhir_bundle": records.fhir_bundle,
    "athena_appointments": records.athena_appointments,
    "claim_eob": records.claim_eob,
    "pharmacy_history": records.pharmacy_history,
    "lab_hl7": records.lab_hl7,
    "device_monitoring": records.device_monitoring,
    "referral_letter": narratives.referral_letter,
    "triage_call": narratives.triage_call,
    "portal_thread": narratives.portal_thread,
    "telehealth_session": narratives.telehealth_session,
    "prior_auth": narratives.prior_auth,
    "care_plan": narratives.care_plan,
    "mva_intake": narratives.mva_intake,
    "scheduling_slots": exports.scheduling_slots,
    "worklist_csv": exports.worklist_csv,
    "discharge_summary": exports.discharge_summary,
}
DEFAULT_SEED = 20261130
PER_TEMPLATE = 20
_ATTEMPTS = 200


def generate(seed: int = DEFAULT_SEED, per_template: int = PER_TEMPLATE) -> list[Document]:
    """``per_template`` documents of each template; a draw that cannot be scored fairly is drawn again."""
    rng = random.Random(seed)
    documents = []
    for _ in range(per_template):
        for name, template in TEMPLATES.items():
            documents.append(_draw(rng, name, template))
    return documents


def _draw(rng: random.Random, name: str, template: Template) -> Document:
    for _ in range(_ATTEMPTS):
        draft = Draft(rng)
        document = assemble(name, draft, template(draft))
        if document is not None:
            return document
    raise RuntimeError(f"template {name} produced no scorable document in {_ATTEMPTS} draws")
