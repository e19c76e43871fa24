"""The leak rule of corpus D on hand-made outputs: what counts as left behind, and what is not held against the
masker."""

from __future__ import annotations

import datetime as dt
import random

from bench.phi.outside_d.plant import Plant
from bench.phi.outside_d.score import count, judged, strings
from bench.phi.outside_d.values import date_text, name_probes, number_probes

NAME = Plant("name", "Chidi Okafor", name_probes("Chidi Okafor"), identifier=True)
KEEP = Plant("eponym", "Baker's cyst", ("Baker's cyst",), identifier=False)


def test_a_surname_left_behind_is_a_leak_and_a_placeholder_is_not() -> None:
    assert not judged(NAME, "Mr. Okafor seen today", "Mr. [REDACTED] seen today")
    assert judged(NAME, "Mr. [NAME] seen today", "Mr. [REDACTED] seen today")


def test_a_probe_also_in_clinical_text_is_not_held_against_the_masker() -> None:
    hope = Plant("name", "Hope Baker", name_probes("Hope Baker"), identifier=True)
    baseline = "[REDACTED] has a Baker's cyst; hope for recovery"
    assert judged(hope, "[NAME] has a Baker's cyst; hope for recovery", baseline)
    assert not judged(hope, "Hope [NAME] has a Baker's cyst; hope for recovery", baseline)
    assert judged(KEEP, "[NAME] has a Baker's cyst", baseline)
    assert not judged(KEEP, "[NAME] has a [NAME]'s cyst", baseline)


def test_digit_and_letter_edges() -> None:
    assert count("12345678", "mrnMR12345678") == 1
    assert count("1930", "19301") == 0
    assert count("Okafor", "chidi_okafor_1988") == 1
    assert count("Lin", "Linda") == 0
    mrn = Plant("mrn", "MR951157", number_probes("MR951157"), identifier=True)
    assert not judged(mrn, "mrn951157", "mrn[REDACTED]")


def test_a_date_leaks_through_its_day_and_month_but_not_its_year() -> None:
    text, probes = date_text(random.Random(1), dt.date(1950, 3, 14), "us")
    date = Plant("date", text, probes, identifier=True)
    assert not judged(date, "DOB 03/14/****", "DOB [REDACTED]")
    assert judged(date, "DOB [DATE] (1950)", "DOB [REDACTED]")


def test_json_in_text_is_searched_decoded() -> None:
    value = {"content": [{"type": "text", "text": '{"name": "Ng\\u00f4 B\\u1ea3o", "n": [1]}'}]}
    assert "Ngô Bảo" in strings(value)
    assert "name" in strings(value)
