"""Shapes from portals, care management, home health, hospice, behavioural health, long-term care, telehealth,
search tools, OCR and logs."""

from __future__ import annotations

from . import keeps
from .envelope import resource, tool_text
from .render import Pen, embed


def portal_thread(pen: Pen) -> dict:
    pt, kid = pen.person(min_age=25), pen.person(max_age=16)
    msgs = [
        {"from": "patient", "sent": pen.date(pen.near(20), 1) + " 21:14",
         "body": f"hi its {pen.name(pt, 'lower')} again. my son {pen.name(kid, 'given')} still has the cough, "
                 f"{keeps.wordlike(pen)}. can you call me at {pen.phone(pt.phone)}? thx"},
        {"from": "clinic", "sent": pen.date(pen.near(20), 1),
         "body": f"Hello {pen.name(pt, 'given')}, Dr. Haddad reviewed {pen.name(kid, 'given')}'s chart. Continue "
                 f"{keeps.drug(pen)}. Reply here or email {pen.email(pt)} will not be used for PHI."},
    ]
    return tool_text(f"Thread {pen.other('MSG', 8)} ({len(msgs)} messages)", structured={"messages": msgs})


def care_plan(pen: Pen) -> dict:
    pt = pen.person(min_age=50)
    household = [pen.person() for _ in range(pen.rng.randint(1, 3))]
    plan = {
        "care_plan": {"member": {"mbr_nm": pen.name(pt, "FULL"), "mbr_id": pen.plan_id(), "dob": pen.dob(pt, 2)},
                      "household_members": [{"nm": pen.name(h), "rel": pen.rng.choice(("spouse", "grandson",
                                             "roommate", "niece")), "cell": pen.phone(h.phone)} for h in household],
                      "goals": [f"A1c below 8 by {keeps.year(pen)}", f"adherence to {keeps.drug(pen)}"],
                      "barriers": ["transportation", keeps.wordlike(pen)],
                      "program": keeps.department(pen)},
        "by_member": {pen.name(pt, "family_given"): {"last_outreach": pen.date(pen.near(60), 1)}},
    }
    return tool_text("Care plan", structured=plan)


def home_health_note(pen: Pen) -> dict:
    pt, son = pen.person(min_age=60), pen.person(min_age=30)
    text = (f"SN VISIT {pen.date(pen.near(10))} -- {keeps.facility(pen)}\npt {pen.name(pt, 'lower')} seen at home, "
            f"{pen.address_line(pt.home)} (gate code 4471). {keeps.wordlike(pen)}. wound {keeps.eponym(pen)} "
            f"stage 3, {keeps.drug(pen)} given. son {pen.name(son, 'given_family_upper')} present, drives "
            f"plate {pen.plate()}. {keeps.count(pen)}. next visit per POC. O2 concentrator s/n {pen.device()}.")
    return tool_text(text)


def hospice_intake(pen: Pen) -> dict:
    pt, poa = pen.person(min_age=90, max_age=103), pen.person(min_age=40)
    age = (pen.near(0) - pt.birth).days // 365
    text = "\n".join((
        "HOSPICE INTAKE", f"Patient Name:   {pen.name(pt, 'family_given')}", f"Age: {pen.age(age)}",
        f"D.O.B.: {pen.dob(pt)}", f"Medicare MBI: {pen.plan_id()}", f"Address: {pen.address_line(pt.home)}",
        f"Primary dx: {keeps.eponym(pen)} ({keeps.code(pen, 'icd10')})",
        f"POA/Healthcare proxy: {pen.name(poa, 'full')}   tel {pen.phone(poa.phone)}",
        f"Meds: {keeps.drug(pen)}, {keeps.drug(pen)}", f"Agency: {keeps.facility(pen)}",
    ))
    return tool_text(text)


def behavioral_session(pen: Pen) -> dict:
    client, spouse = pen.person(min_age=18), pen.person(min_age=18)
    turns = [
        ("Therapist", f"Good to see you, {pen.name(client, 'given')}. How was the week?"),
        ("Client", f"Honestly rough. {pen.name(spouse, 'given')} and I argued again about money."),
        ("Therapist", f"Last time we talked about {keeps.wordlike(pen)}. Are you still on {keeps.drug(pen)}?"),
        ("Client", f"Yes. And my birthday is {pen.dob(client, 5)} so that's coming up."),
    ]
    meta = {"session_id": pen.other("TH", 9), "client_ip": pen.ip(), "join_url": pen.url("telehealth.northgate.care"),
            "cpt": keeps.code(pen, "cpt"), "clinic": keeps.facility(pen)}
    text = "\n".join(f"{who}: {line}" for who, line in turns)
    return tool_text(text, structured={"meta": meta, "client": pen.name(client, "family_given")})


def telehealth_asr(pen: Pen) -> dict:
    pt = pen.person()
    lines = [
        "[00:00:04] dr: can you confirm your full name and date of birth",
        f"[00:00:09] pt: yeah it's {pen.name(pt, 'lower')}, {pen.dob(pt, 0)}",
        f"[00:00:15] dr: and you're still at {pen.street(pt.home)}",
        f"[00:00:19] pt: yes in {pen.city(pt.home)}",
        f"[00:00:25] dr: ok the {keeps.drug(pen)} - any {keeps.wordlike(pen)}",
        f"[00:01:02] pt: my email is {pen.email(pt)} if you send the form",
    ]
    return resource(f"telehealth://recordings/{pen.rng.randint(1000, 9999)}/transcript.txt", "\n".join(lines))


def notes_search(pen: Pen) -> dict:
    hits = []
    for _ in range(pen.rng.randint(2, 5)):
        pt = pen.person()
        hits.append({"docId": pen.rng.randint(100000, 999999), "score": round(pen.rng.random(), 3),
                     "title": f"Progress note - {keeps.department(pen)}",
                     "snippet": f"...<em>{pen.name(pt, 'family')}</em>, {pen.name(pt, 'given')} presents with "
                                f"{keeps.eponym(pen)}; DOB {pen.dob(pt)}; MRN {pen.mrn()}..."})
    return tool_text(embed({"query": "follow-up", "total": len(hits), "hits": hits}))


def ocr_card(pen: Pen) -> dict:
    pt = pen.person(min_age=18)
    text = (f"DR1VER LICENSE   {pt.home.region or 'INTL'}\nDL NO  {pen.licence()}\nCLASS D\n"
            f"LN {pen.name(pt, 'x12_family')}\nFN  {pen.name(pt, 'x12_given')}\n"
            f"{pen.address_line(pt.home, True)}\nD0B {pen.dob(pt, 0)}   SEX {pt.sex}   HGT 5-07\n"
            f"ISS {pen.rng.randint(2019, 2025)}   ORGAN DONOR\n---- back ----\nINSURANCE CARD  Member ID: "
            f"{pen.plan_id()}  Group: {pen.group_no()}  Rx BIN 610014\n")
    return tool_text(text, structured={"ocrConfidence": 0.87, "pages": 2, "engine": keeps.version(pen)})


def access_log(pen: Pen) -> dict:
    pt = pen.person()
    lines = []
    for _ in range(pen.rng.randint(3, 6)):
        entry = {"ts": f"{pen.rng.randint(2025, 2026)}-0{pen.rng.randint(1, 9)}-1{pen.rng.randint(0, 9)}T10:0"
                       f"{pen.rng.randint(0, 9)}:00Z", "event": pen.rng.choice(("login", "view_results", "download")),
                 "user": pen.email(pt), "src_ip": pen.ip(), "device_id": pen.device(), "app": keeps.version(pen)}
        lines.append(embed(entry))
    return tool_text("\n".join(lines))


def nursing_home_roster(pen: Pen) -> dict:
    residents = []
    for _ in range(pen.rng.randint(3, 6)):
        res = pen.person(min_age=70, max_age=101)
        age = (pen.near(0) - res.birth).days // 365
        row = {"room": f"{pen.rng.randint(1, 3)}{pen.rng.randint(10, 40)}", "resident": pen.name(res, "family_given"),
               "admit": pen.date(pen.near(1500), 1), "braden": keeps.eponym(pen), "fall_risk": "high"}
        if age >= 90:
            row["age"] = int(pen.age(age))
        residents.append(row)
    return tool_text(f"{keeps.facility(pen)} census", structured={"unit": "Memory Care", "residents": residents})


def claims_raw_payload(pen: Pen) -> dict:
    pt = pen.person()
    payload = {"claim": {"claimNo": pen.other("C", 11), "patient": {"FullName": pen.name(pt, "FULL"),
               "BirthDate": pen.dob(pt, 1), "Acct": pen.account()}, "lines": [
               {"cpt": keeps.code(pen, "cpt"), "dx": keeps.code(pen, "icd10"), "units": 1}]}}
    return tool_text(f"Clearinghouse returned 200. Raw payload: {embed(payload)}")


def staff_chat(pen: Pen) -> dict:
    pt, brother = pen.person(min_age=18), pen.person(min_age=18)
    msgs = [
        f"[RN 07:42] {pen.name(pt, 'FULL')} in bed 12 asking for {keeps.drug(pen)} again",
        f"[MD 07:45] ok. is {pen.name(brother, 'given')} (brother) still the contact? {pen.phone(brother.phone)}",
        f"[RN 07:47] yes. also {pen.name(pt, 'given')}'s {keeps.lab(pen)[0]} came back {keeps.lab(pen)[1]}",
        f"[UC 08:01] transport booked, {keeps.department(pen)}, {keeps.wordlike(pen)}",
    ]
    return tool_text("\n".join(msgs))


SHAPES = (portal_thread, care_plan, home_health_note, hospice_intake, behavioral_session, telehealth_asr,
          notes_search, ocr_card, access_log, nursing_home_roster, claims_raw_payload, staff_chat)
