"""Hurried shapes: hand-offs typed on a phone, OCR of a card, a fax cover, a scheduler's JSON; lowercase names,
typos around them, odd spacing and abbreviations."""

from __future__ import annotations

from typing import Any

from . import values as V
from .ctx import Ctx
from .envelopes import structured_result, text_result


def nursing_handoff(ctx: Ctx) -> Any:
    rng = ctx.rng
    lines = [ctx.pick("handoff 7p->7a", "HANDOFF - nights", "sbar  rm 4-12")]
    for room in rng.sample(range(1, 30), rng.randint(2, 4)):
        person, relative = ctx.pop.person(), ctx.pop.person()
        lowered = ctx.ident("name", f"{person.given} {person.family}".lower(),
                            V.name_probes(f"{person.given} {person.family}".lower()))
        lines.append(ctx.pick(
            f"rm{room}  {lowered}   {ctx.age90()}yo  s/p fall, {ctx.keep('eponym')}, on {ctx.keep('drug')}  "
            f"dtr {ctx.name(relative, 'given')} @ {ctx.phone()} wants calll back",
            f"rm {room}: {ctx.name(person, 'family')} - dob {ctx.dob(V.birth_date(rng), 'us_nopad')}, "
            f"{ctx.keep('lab')} this am, gave {ctx.keep('dose')} {ctx.keep('drug')}, pt  anxous",
            f"{room}) {ctx.name(person, 'upper')}  mrn{ctx.mrn()}  NPO after mn, {ctx.keep('vital')}; "
            f"wife {ctx.name(relative, 'full')} staying overnite",
        ))
    return text_result("\n".join(lines))


def insurance_card_ocr(ctx: Ctx) -> Any:
    rng, person, dependent = ctx.rng, ctx.pop.person(), ctx.pop.person()
    plan = ctx.pick("BlueCross BlueShield", "UnitedHealthcare", "Aetna", "Kaiser Permanente", "Tufts Health Plan")
    text = (
        f"OCR result (confidence {rng.uniform(0.7, 0.99):.2f}) from {ctx.photo()}\n"
        f"{plan.upper()}\nMember: {ctx.name(person, ctx.pick('upper', 'full'))}\n"
        f"ID:  {ctx.member()}\nGroup   {rng.randint(10000, 99999)}    RxBIN 610014  RxPCN MEDDPRIME\n"
        f"Dependent 01 {ctx.name(dependent, 'upper')}  DOB {ctx.dob(V.birth_date(rng), 'us')}\n"
        f"PCP copay $25   ER $150   Effective {ctx.keep('year')}\n"
        f"Subscriber SSN ***-**-{V.digits(rng, 4)} (masked by payer)\n"
        f"Customer service 1-800-555-0143   card issued {ctx.visit_date('us')}"
    )
    return text_result(text)


def fax_cover(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    text = (
        f"FAX COVER SHEET   -- CONFIDENTIAL --\n"
        f"To:   {ctx.pick('Utilization Review', 'Prior Auth Dept', 'Home Health Intake')}   Fax: {ctx.fax()}\n"
        f"From: {ctx.keep('department')}   Fax: {ctx.pick('(617) 555-0188', '617-555-0177')}\n"
        f"Date: {ctx.visit_date(ctx.pick('us', 'long'))}      Pages: {rng.randint(2, 14)}\n"
        f"RE:   {ctx.name(person, ctx.pick('last_first', 'upper_last_first'))}  DOB {ctx.dob(V.birth_date(rng))}  "
        f"Member # {ctx.member()}\n"
        f"Request: prior auth for {ctx.keep('drug')} {ctx.keep('dose')} for {ctx.keep('icd10')}; "
        f"CPT {ctx.keep('cpt')}.\nIf received in error call {ctx.pick('(617) 555-0110', '617-555-0101')}."
    )
    return text_result(text)


def scheduling_api(ctx: Ctx) -> Any:
    rng = ctx.rng
    slots = []
    for _ in range(rng.randint(2, 5)):
        person = ctx.pop.person()
        start = V.recent_date(rng)
        slots.append({
            "slotId": f"s-{rng.randint(10**5, 10**6)}",
            "start": f"{ctx.date(start, 'iso')}T{rng.randint(8, 17):02d}:{ctx.pick('00', '20', '40')}:00-05:00",
            "patient": {"display": ctx.name(person, ctx.pick("full", "with_middle")), "mrn": ctx.mrn(),
                        "phone": ctx.phone(), "sms_opt_in": rng.random() < 0.5},
            "visitType": ctx.pick("NEW", "FU", "TELE"), "location": ctx.keep("department"),
            "telehealth_link": ctx.url() if rng.random() < 0.3 else None,
            "comment": ctx.pick("", f"needs interpreter; {ctx.keep('word')}", f"bring {ctx.keep('drug')} list"),
        })
    return structured_result({"date_range": f"{ctx.keep('year')} Q{rng.randint(1, 4)}", "slots": slots})


SHAPES = {
    "nursing_handoff": nursing_handoff,
    "insurance_card_ocr": insurance_card_ocr,
    "fax_cover": fax_cover,
    "scheduling_api": scheduling_api,
}
