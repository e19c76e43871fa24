"""The corpus: documents drawn from the templates by one seeded ``random.Random``, each with its gold."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import templates_a as A
from . import templates_b as B
from .marks import Gold, settle
from .oracle import oracle_masker
from .score import leaked, overmasked, scorable

DEFAULT_SEED = 20261130
PER_TEMPLATE = 6
TEMPLATES: dict[str, Callable[[random.Random], dict[str, Any]]] = {
    "chart_summary_md": A.chart_summary, "problem_med_allergy": A.problem_med_allergy_lists,
    "nursing_flowsheet": A.flowsheet, "behavioral_health_note": A.behavioral_health_note, "ed_course": A.ed_course,
    "social_work_note": A.social_work_note, "home_health_visit": A.home_health_visit, "dental_record": A.dental_record,
    "radiology_report": A.radiology_report, "pathology_report": A.pathology_report,
    "immunization_record": A.immunization_record, "secure_messages": A.secure_messages,
    "billing_statement": B.billing_statement, "eligibility_271": B.eligibility_271,
    "prior_auth_letter": B.prior_auth_letter, "appointment_reminders": B.appointment_reminders,
    "lab_requisition": B.lab_requisition, "dme_order": B.dme_order, "transport_request": B.transport_request,
    "intake_form": B.intake_form, "email_export": B.email_export, "yaml_export": B.yaml_export,
    "xml_export": B.xml_export, "audit_events": B.audit_events, "care_team_roster": B.care_team_roster,
    "search_snippets": B.search_snippets,
}
MAX_DRAWS = 50


@dataclass(frozen=True)
class Document:
    template: str
    value: Any
    golds: list[Gold]


def generate(seed: int = DEFAULT_SEED, per_template: int = PER_TEMPLATE) -> list[Document]:
    """``per_template`` documents of every template, all decided by ``seed``.

    A draw is kept only if gold-exact masking scores perfectly on it: that rejects the rare draw where a planted
    value also occurs by chance elsewhere in its leaf (a name that is also a word there, a date inside a ratio),
    which would otherwise count as a leak no masker could avoid.
    """
    rng = random.Random(seed)
    documents: list[Document] = []
    for name, template in TEMPLATES.items():
        for _ in range(per_template):
            documents.append(_draw(rng, name, template))
    return documents


def _draw(rng: random.Random, name: str, template: Callable[[random.Random], dict[str, Any]]) -> Document:
    for _ in range(MAX_DRAWS):
        value, planted = settle(template(rng))
        golds = [gold for gold in planted if scorable(gold)]
        masked = oracle_masker(golds)(value)
        if not any(leaked(gold, masked) if gold.is_identifier else overmasked(gold, masked) for gold in golds):
            return Document(name, value, golds)
    raise RuntimeError(f"template {name} kept colliding with itself")
