"""Name-free office text that uses this corpus's English name-words as plain words: all of it must stay."""

from __future__ import annotations

from typing import Any

from .office import bed, dept, drug, product, text_result, ticket, word
from .people import Ctx

PHRASES = [
    "PEG tube flush 30 mL",
    "Christmas Eve staffing",
    "a real gem of a volunteer",
    "time is of the essence",
    "a small victory for the unit",
    "birdie on the 9th hole",
    "clarity of the discharge instructions",
    "mystery shopper survey",
    "free reign over the schedule",
    "cocoa butter for dry skin",
    "infinity symbol on the badge",
    "symphony tickets raffle",
    "team spirit award",
    "the dream team",
    "no wonder the pager died",
    "pumpkin spice in the break room",
    "windy in the parking ramp",
    "buzz the nurse call light",
    "hit by a Mack truck",
    "rip the old wristband",
    "click the link below",
    "a pip of hope",
    "the new norm for huddles",
    "a sly smile",
    "jimmy the stuck drawer",
    "slim chance of snow",
    "curly cables behind the monitor",
    "chief complaint",
    "tag the chart for coding",
    "hub and spoke transfer model",
    "rowdy visitors in the lobby",
    "cub scouts toy drive",
    "Knox box at the ambulance bay",
    "low salt diet",
    "stark white walls",
    "fortune cookies from the potluck",
    "diabetic foot exam",
    "burns unit",
    "key card access",
    "lock screen when you step away",
    "noon meds",
    "hazard pay",
    "a grey area",
    "hedges by the main entrance",
    "stack of faxes",
    "out of stock",
    "stump care after amputation",
    "hay fever season",
    "crisp new scrubs",
    "moisture-wicking wick fabric",
    "escape hatch",
    "bone marrow biopsy",
    "buccal cheek swab",
    "brain MRI",
    "walking boot",
    "bus coach for the outing",
    "coat hook by the door",
    "pinch of salt",
    "cervical collar",
    "fume hood",
    "the mantle of leadership",
    "stitch removal",
    "wedge pillow",
    "plastic spoon",
    "glove box",
    "dart board in the lounge",
    "wheel lock on the bed",
    "roof leak over the pharmacy",
]


def words_newsletter(c: Ctx) -> Any:
    """An all-staff e-mail newsletter: no patient, the name-words only as words."""
    picks = c.r.sample(PHRASES, 6)
    body = (
        f"Subject: The Weekly Round-up - {dept(c)}\n\nHi all,\n\n"
        + "\n".join(f"* {word(c, p[:1].upper() + p[1:])}" for p in picks)
        + f"\n\nReminder: {product(c)} downtime Sunday 02:00-04:00.\n- {c.staff('full')}"
    )
    return text_result(body)


def words_it_notice(c: Ctx) -> Any:
    """A service-desk announcement that names no patient."""
    picks = c.r.sample(PHRASES, 3)
    return {
        "number": ticket(c, "KB"),
        "title": word(c, picks[0]),
        "body": f"Applies to {product(c)} in {dept(c)}. {word(c, picks[1])}; {word(c, picks[2])}.",
        "author": c.staff("full"),
    }


def words_chat(c: Ctx) -> Any:
    """A unit chat about rooms and supplies: a patient only by room and record number, never by name."""
    picks = c.r.sample(PHRASES, 3)
    lines = [
        f"[{c.time()}] {c.staff('handle')}: {bed(c)} needs {word(c, picks[0])} - MRN {c.mrn()}",
        f"[{c.time()}] {c.staff('handle')}: {word(c, picks[1])} lol",
        f"[{c.time()}] {c.staff('handle')}: pharmacy sending {drug(c)}, also {word(c, picks[2])}",
    ]
    return text_result("\n".join(lines))


SHAPES = {"words_newsletter": words_newsletter, "words_it_notice": words_it_notice, "words_chat": words_chat}
