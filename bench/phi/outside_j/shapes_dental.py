"""A dental practice system's tool results: charts, recall lists, claims, reminder texts."""

from __future__ import annotations

from typing import Any

from .clinical import cdt, drug, facility, icd, word
from .envelope import json_text, structured, text_block
from .people import Ctx

SURFACES = ["MO", "DO", "MOD", "B", "L", "O", "OL", "DL"]


def dental_chart(c: Ctx) -> Any:
    """A tooth chart: conditions keyed by tooth number, with the perio readings and an intraoral photo."""
    who = c.person()
    teeth: dict[str, Any] = {}
    for tooth in c.r.sample([3, 14, 18, 19, 30, 31, 46, 36, 26, 16], c.r.randint(3, 5)):
        code, text = cdt(c)
        teeth[str(tooth)] = {
            "planned": code,
            "desc": text,
            "surface": c.pick(SURFACES),
        }
    dx, dx_text = icd(c, [("K02.52", "Dental caries, pit and fissure, into dentin"), ("K05.321", "Periodontitis")])
    return structured(
        {
            "patient": {"name": c.name(who), "dob": c.dob(), "chart_no": c.mrn(), "phone": c.phone()},
            "practice": facility(c, "dental"),
            "teeth": teeth,
            "perio": {"max_pocket_mm": c.r.randint(4, 8), "bop_percent": c.r.randint(10, 60), "dx": dx},
            "images": [c.photo()] + ([c.url()] if c.chance(0.4) else []),
            "billing_account": c.account(),
            "medical_alerts": [drug(c)],
        },
        f"Chart loaded: {dx_text}.",
    )


def recall_list(c: Ctx) -> Any:
    """A legacy practice system's recall list: fixed-width, ALL CAPS, phones and the last hygiene visit."""
    lines = [
        f"RECALL LIST   {facility(c, 'dental', upper=True)}   RUN {c.date()}",
        "NAME                          DOB         LAST RECALL  PHONE            NOTE",
    ]
    for _ in range(c.r.randint(3, 6)):
        who = c.person()
        name = c.name(who, c.pick(["LAST, FIRST", "UPPER"]))
        note = c.pick(["6/12 RECALL", "NEEDS BWX", "OWES BAL", "PREFERS SMS", "NERVOUS PT", "WISDOM 38 OBS"])
        lines.append(f"{name:<30}{c.dob()}  {c.date()}   {c.phone():<17}{note}")
    return text_block("\n".join(lines))


def dental_claim(c: Ctx) -> Any:
    """A dental claim as the clearinghouse tool returns it: subscriber, patient, lines with CDT codes and fees."""
    c.region = c.pick(["us", "us", "za", "ie"])
    sub, pt = c.person(), c.person()
    lines = []
    for _ in range(c.r.randint(2, 4)):
        code, text = cdt(c)
        lines.append(
            {
                "dos": c.date("iso"),
                "cdt": code,
                "desc": text,
                "tooth": str(c.r.randint(1, 32)),
                "fee": f"{c.r.randint(40, 1400)}.00",
            }
        )
    claim = {
        "claim_id": c.other_id(),
        "billing_account": c.account(),
        "subscriber": {
            "name": c.name(sub, "LAST, FIRST"),
            "member_id": c.plan_id(),
            "id_number": c.national_id(),
            "employer": c.employer(),
            "address": c.address(),
        },
        "patient": {"name": c.name(pt, "First Last"), "relationship": "child", "dob": c.dob("iso", child=True)},
        "lines": lines,
        "attachments": [c.photo()],
        "rendering_provider": c.staff(),
    }
    return json_text(claim, twice=c.chance(0.3))


def dental_sms(c: Ctx) -> Any:
    """The practice's two-way texting thread, lower case and typos on the patient's side."""
    who = c.person()
    if c.region == "us" and c.chance(0.4):
        return {
            "thread_id": c.digits(7),
            "messages": [
                {
                    "dir": "out",
                    "to": c.phone(),
                    "text": f"Hola {c.given(who)}, le recordamos su cita el {c.date('es')} a las {c.time()} en "
                    f"{facility(c, 'dental')}. Responda C para confirmar.",
                },
                {"dir": "in", "text": f"si gracias. soy la hija de {c.name(who, 'lower')}, ella no lee mensajes"},
                {"dir": "out", "text": word(c, "Gracias, la limpieza dura una hora.")},
            ],
        }
    at, rel = c.date(), c.person()
    thread = [
        {
            "dir": "out",
            "to": c.phone(),
            "text": f"Hi {c.given(who)}, reminder of your appt {at} {c.time()} at {facility(c, 'dental')}. "
            "Reply C to confirm.",
        },
        {"dir": "in", "text": c.pick(["c", "C thx", "cant make it sory", "wat time again"])},
        {
            "dir": "in",
            "text": f"its {c.p.name(rel.given.lower(), rel.english)} here actually, {c.given(who)}'s "
            f"{c.pick(['mum', 'husband', 'daughter', 'lola'])}. can u send the bill to {c.email()} pls",
        },
        {"dir": "out", "text": word(c, "No problem, a crown seat usually takes about an hour.")},
    ]
    return {"thread_id": c.digits(7), "messages": thread}


SHAPES = {
    "dental_chart": dental_chart,
    "recall_list": recall_list,
    "dental_claim": dental_claim,
    "dental_sms": dental_sms,
}
