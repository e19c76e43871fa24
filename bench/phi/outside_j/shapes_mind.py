"""Behavioral health tool results: intake notes, group attendance, crisis-line call summaries, team chat."""

from __future__ import annotations

from typing import Any

from .clinical import cpt, dept, drug, facility, icd, score, word, year
from .envelope import json_text, text_block
from .people import Ctx


def bh_intake(c: Ctx) -> Any:
    """An intake assessment's psychosocial history: family, work, housing, in the clinician's prose."""
    who, mother, partner = c.person(), c.person(female=True), c.person()
    code, dx = icd(c, [("F33.2", "MDD, recurrent, severe"), ("F41.1", "GAD"), ("F43.10", "PTSD")])
    text = (
        f"BEHAVIORAL HEALTH INTAKE — {dept(c, 'mind')}\n"
        f"Client: {c.name(who, c.pick(['Last, First', 'First M. Last', 'LAST, FIRST']))}   DOB: {c.dob()}   "
        f"ID: {c.mrn()}\nReferred by: {c.staff()}\n\n"
        f"PSYCHOSOCIAL: Client lives at {c.address()} with partner {c.name(partner, 'First Last')}. "
        f"Works nights at {c.employer()}. Raised by mother, {c.name(mother, 'First Last')}, "
        f"who now lives in {c.town()}; {c.given(who)} describes {c.family(mother)} household as "
        f'"{word(c, "loud but loving")}". First contact with services in {year(c)}.\n'
        f"SCREENING: {score(c)}; {score(c)}.\n"
        f"DX: {code} {dx}. Meds: {drug(c)}. Billed {cpt(c)}.\n"
        f"PLAN: weekly CBT; {c.given(partner)} consents to be contacted at {c.phone()}."
    )
    return text_block(text)


def group_attendance(c: Ctx) -> Any:
    """A group therapy sign-in as typed from the sheet: first names alone on their lines, some nicknames."""
    lines = [f"{c.pick(['DBT SKILLS', 'SEEKING SAFETY', 'IOP GROUP B', 'GRIEF CIRCLE'])} — {c.date()}", ""]
    present = []
    for _ in range(c.r.randint(4, 7)):
        who = c.person()
        entry = c.pick(
            [
                lambda w=who: c.given(w),
                lambda w=who: c.nick(w),
                lambda w=who: f"{c.given(w)} {w.family[0]}.",
                lambda w=who: c.name(w, "First Last"),
                lambda w=who: c.name(w, "lower"),
            ]
        )()
        present.append(entry)
        lines.append(entry)
    absent = c.person()
    lines += ["", f"absent: {c.name(absent, 'First Last')} (called, {c.pick(['no answer', 'sick', 'work'])})"]
    lines.append(f"facilitator {c.staff(title=False)} · {facility(c, 'mind')}")
    return {"attendance_text": "\n".join(lines), "present_count": len(present), "billing": cpt(c)}


def crisis_call(c: Ctx) -> Any:
    """A crisis line's call summary: caller number, location given, risk, and the dispatch if any."""
    caller = c.person()
    dispatched = c.chance(0.5)
    text = (
        f"CALL SUMMARY #{c.p.id('OTHER_ID', c.digits(7))}   BILLED {cpt(c)}\nCALL RECEIVED {c.date('iso')} {c.time()}\n"
        f"CALLER ID: {c.phone()}\nCALLER NAME (AS STATED): {c.name(caller, c.pick(['UPPER', 'First Last']))}\n"
        f"AGE: {c.r.randint(16, 70)}\nRISK: {score(c)}; "
        f"{c.pick(['plan, no means', 'ideation without plan', 'intoxicated'])}\n"
        f"LOCATION GIVEN: {c.address()}\n"
        + (f"DISPATCH: mobile crisis team; caller in car {c.vehicle()}\n" if dispatched else "DISPATCH: none\n")
        + f"voice match on file: {c.biometric()}\n"
        f'narrative: caller said {c.given(caller)} is "{word(c, "not safe tonight")}". safety plan reviewed, '
        f"agreed to call back at {c.phone()}. warm transfer to {dept(c, 'mind')}."
    )
    return text_block(text)


def bh_chat(c: Ctx) -> Any:
    """The care team's chat, keyed by time stamp, lower case and abbreviated, names half-written."""
    a, b = c.person(), c.person()
    day = c.date("iso")
    lines = [
        f"anyone seen {c.p.name(c.typo(a.given), a.english)} today? missed depot {drug(c)}",
        f"{c.p.name(a.family.lower(), a.english)} came to front desk at 10, said they'll be back",
        f"ok. fyi {c.name(b, c.pick(['First Last', 'lower', 'F. Last']))} ({c.mrn()}) asking for a letter for "
        f"{c.employer()}",
        f"will do. {c.given(b)}'s {score(c)} today so flag for MDT",
    ]
    hours = sorted(c.r.sample(range(7, 19), len(lines)))
    messages = {f"{day}T{h:02d}:{c.r.randint(0, 59):02d}": line for h, line in zip(hours, lines, strict=True)}
    return json_text({"channel": "#outpt-team", "messages": messages}, twice=c.chance(0.3))


SHAPES = {
    "bh_intake": bh_intake,
    "group_attendance": group_attendance,
    "crisis_call": crisis_call,
    "bh_chat": bh_chat,
}
