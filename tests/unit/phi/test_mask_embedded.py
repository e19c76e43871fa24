"""JSON text inside JSON text, at any depth: what leaves carries none of the identifiers, and the counts are
the identifiers actually replaced (a false "masked" in the audit record is the worst bug there is)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from demo.patients import generate_patients
from extproc.phi import SAFE_HARBOR, MaskingError, mask_json
from extproc.phi.mask import MAX_EMBEDDED

PATIENTS = generate_patients(40)
PLANTED = st.sampled_from(
    [("SSN", p.ssn) for p in PATIENTS] + [("EMAIL", p.email) for p in PATIENTS] + [("PHONE", p.phone) for p in PATIENTS]
)
SENTENCES = ("{}", "reach them at {} today", "on file: {}.")
KEYS = st.sampled_from(["x", "data", "text", "payload", "items", "v"])  # keys that name no identifier kind


def strings_at_every_level(value: Any) -> list[str]:
    """Every string of `value`, and of every JSON document held in one of them, decoded."""
    out: list[str] = []
    if isinstance(value, dict):
        for v in value.values():
            out += strings_at_every_level(v)
    elif isinstance(value, list):
        for v in value:
            out += strings_at_every_level(v)
    elif isinstance(value, str):
        out.append(value)
        if value.lstrip()[:1] in ("{", "["):
            with contextlib.suppress(ValueError):
                out += strings_at_every_level(json.loads(value))
    return out


@st.composite
def documents(draw: st.DrawFn) -> tuple[Any, list[tuple[str, str]]]:
    planted: list[tuple[str, str]] = []

    def leaf() -> str:
        kind, value = draw(PLANTED)
        planted.append((kind, value))
        return draw(st.sampled_from(SENTENCES)).format(value)

    def node(depth: int) -> Any:
        if depth == 0:
            return leaf()
        children = [node(depth - 1) for _ in range(draw(st.integers(1, 2)))]
        if draw(st.booleans()):
            return {f"{draw(KEYS)}{i}": child for i, child in enumerate(children)}
        return children

    doc = node(draw(st.integers(0, 2)))
    for _ in range(draw(st.integers(0, 4))):  # wrapped in JSON text 0-4 times, in an object or an array
        text = json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
        doc = {"content": [{"type": "text", "text": text}]} if draw(st.booleans()) else [text]
    return doc, planted


@settings(max_examples=150, deadline=None)
@given(documents())
def test_nothing_planted_leaves_and_the_counts_are_what_was_replaced(case: tuple[Any, list[tuple[str, str]]]) -> None:
    doc, planted = case
    result = mask_json(doc, SAFE_HARBOR)
    leaving = "\n".join(strings_at_every_level(result.value))
    for _, value in planted:
        assert value not in leaving
    expected: dict[str, int] = {}
    for kind, _ in planted:
        expected[kind] = expected.get(kind, 0) + 1
    assert result.counts == expected


def test_the_issues_reproduction_two_levels_down() -> None:
    record = {"name": "Maria Garcia", "ssn": "123-45-6789", "note": "call 617-555-0199"}
    inner = {"type": "text", "text": json.dumps(record)}
    outer = {"content": [{"type": "text", "text": json.dumps({"content": [inner]})}]}
    result = mask_json(outer, SAFE_HARBOR)
    leaving = "\n".join(strings_at_every_level(result.value))
    assert "123-45-6789" not in leaving and "Garcia" not in leaving and "617-555-0199" not in leaving
    assert result.counts == {"NAME": 1, "SSN": 1, "PHONE": 1}


def test_json_text_nested_past_the_limit_is_refused_not_passed_on() -> None:
    doc: Any = {"ssn": "123-45-6789"}
    for _ in range(MAX_EMBEDDED + 1):
        doc = {"text": json.dumps(doc)}
    with pytest.raises(MaskingError):
        mask_json(doc, SAFE_HARBOR)
    shallow: Any = {"ssn": "123-45-6789"}
    for _ in range(MAX_EMBEDDED):
        shallow = {"text": json.dumps(shallow)}
    assert "123-45-6789" not in "\n".join(strings_at_every_level(mask_json(shallow, SAFE_HARBOR).value))


def test_json_text_that_repeats_a_key_is_refused_not_forwarded_with_its_first_value() -> None:
    # json keeps the last value: the walk would see "ok", and the text forwarded would still carry the SSN
    with pytest.raises(MaskingError):
        mask_json({"content": [{"type": "text", "text": '{"note": "SSN 123-45-6789", "note": "ok"}'}]}, SAFE_HARBOR)
