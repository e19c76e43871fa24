"""Identifiers written after a label in text: how far the value goes, and which labels number no person.

A value is often written in groups (``MRN: 4471 2290``, ``RAMQ : SYGS 0366 7549``, ``IHI 8003 6003 3997 5466``):
its first token alone would leave the rest of the number in the text. A label that ends in ``ID``, ``number``,
``No.``, ``#`` or ``card`` names an identifier whatever its first words (``Health card:``, ``Medicaid ID:``,
``pickup_id=``), unless those words say the number is a thing's, not a person's (``Room #``, ``Lot number``,
``NDC code``, ``Ticket ID``, ``request_id``).
"""

from __future__ import annotations

import re

_GROUP = re.compile(r"[ ]([A-Z0-9][A-Z0-9-]{1,9})(?=[\s,;.)\]|\"']|$)")
"""One more group of a value: capitals, digits and hyphens after a single space, ending where a token ends (not
``01`` of ``01/02/1990``)."""
_MAX_GROUPS = 4

THING_LABEL_WORDS = frozenset(
    (
        *("room", "rm", "bed", "bay", "floor", "unit", "locker", "slot", "queue", "desk", "lot", "batch", "kit"),
        *("ndc", "icd", "cpt", "hcpcs", "loinc", "snomed", "rxcui", "cvx", "mvx", "drg", "code", "codes"),
        *("zip", "postal", "phone", "fax", "tel", "telephone", "mobile", "cell", "ext", "extension", "pager"),
        *("version", "build", "model", "part", "catalog", "catalogue", "product", "sku", "item", "line", "page"),
        *("step", "figure", "table", "question", "cycle", "dose", "week", "day", "protocol", "study", "trial"),
        *("site", "nct", "irb", "grant", "award", "ticket", "incident", "meeting", "conference", "zoom", "webex"),
        *("request", "trace", "span", "task", "job", "run", "thread", "message", "msg", "event", "correlation"),
        *("session", "process", "pid", "port", "error", "transaction", "txn", "commit", "release"),
        *("tracking", "shipment", "invoice", "po", "purchase", "order", "form", "template", "document", "doc"),
    )
)
"""Words of a label whose number is a thing's, a place's, a code's or a system's (``Room #``, ``Lot number``,
``request_id``): no person's identifier. A label holding a person's word as well (``patient``, ``member``,
``subject``) is a person's whatever else it says."""

PERSON_LABEL_WORDS = frozenset(
    ("patient", "pt", "member", "subscriber", "subject", "participant", "beneficiary", "client", "resident")
)

_LABEL_SPLIT = re.compile(r"[\s_./#:=-]+")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+[ _-]){1,2}$")


def names_a_person(label: str) -> bool:
    """Whether a label ending in ``ID``/``number``/``#`` numbers a person (or what is theirs: a claim, a card)."""
    words = [w for w in _LABEL_SPLIT.split(label.casefold()) if w]
    if any(w in PERSON_LABEL_WORDS for w in words):
        return True
    return not any(w in THING_LABEL_WORDS for w in words)


def words_before(text: str, start: int) -> str:
    """The one or two words joined to a label's start (``Ticket`` of ``Ticket ID:``), or none."""
    found = _WORDS_BEFORE.search(text, max(0, start - 32), start)
    return found.group() if found else ""


def person_number(value: str) -> bool:
    """One token of letters, digits and joiners with four digits at least (``US80-005``, ``pt601281``,
    ``0219844KA``): where a person's key, column or log field holds it, that person's number, not their name."""
    return 4 <= len(value) <= 40 and _NUMBER_TOKEN.fullmatch(value) is not None and sum(map(str.isdigit, value)) >= 4


_NUMBER_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]*")


def value_end(text: str, end: int) -> int:
    """Where a value whose first token ends at ``end`` ends: after the groups that follow it, each with a digit."""
    for _ in range(_MAX_GROUPS):
        if text[end : end + 1] != " ":
            break  # the common case: the value ends at a comma, a line's end, a word's space-less edge
        group = _GROUP.match(text, end)
        if group is None or not any(c.isdigit() for c in group.group(1)):
            break
        end = group.end()
    return end
