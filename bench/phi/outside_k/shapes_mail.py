"""Mail, calendars, in-basket and voicemail: what an agent reads from Outlook, Google Workspace and the EHR's inbox."""

from __future__ import annotations

from typing import Any

from .names import split_words
from .office import cpt, dept, drug, facility, icd, lab, language, meeting_id, room, text_result, word
from .people import Ctx, fold

NATO = {
    w[0].upper(): w
    for w in split_words(
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec"
        " romeo sierra tango uniform victor whiskey x-ray yankee zulu"
    )
}


def _sig(c: Ctx, who: tuple[str, str], title: str) -> str:
    g, f = who
    return (
        f"{c.keep('STAFF', f'{g} {f}')}, {c.keep('WORD', title)}\n{dept(c)} | {facility(c)}\n"
        f"Office x{c.keep('EXTENSION', c.digits(5))}  |  {c.staff_email(who)}"
    )


def email_thread(c: Ctx) -> Any:
    """A Graph API message whose body holds the whole thread, quoted replies and signatures included."""
    pt = c.person()
    dau = c.relative(pt, female=True)
    a, b = c.staffer(), c.staffer()
    sent = c.date("iso")
    earlier = c.date("long")
    quoted = (
        f"From: {c.keep('STAFF', f'{b[1]}, {b[0]}')}\nSent: {earlier} {c.time()}\n"
        f"Subject: {c.name(pt, 'LAST, First')} - discharge needs\n\n"
        f"Team, {c.given(pt)} ({c.mrn()}) is medically ready. Daughter {c.name(dau, 'First Last')} wants to take "
        f"{'him' if not pt.female else 'her'} home to {c.address()} but the stairs are a problem. "
        f"Started {drug(c)}; last {lab(c)}.\n\n{_sig(c, b, 'Case Manager')}"
    )
    reply = (
        f"Thanks {c.keep('STAFF', b[0])} - I called the daughter at {c.phone()}, she prefers e-mail "
        f"({c.email(dau)}). {c.given(dau)} says her brother can stay nights. Home health referral sent, "
        f"{cpt(c)}. Will update {c.family(pt)}'s chart.\n\n{_sig(c, a, 'MSW, LICSW')}\n\n"
        + "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
    )
    return {
        "value": [
            {
                "id": f"AAMkAG{c.letters(6)}{c.digits(4)}AAA=",
                "subject": f"RE: {c.name(pt, 'LAST, First')} - discharge needs",
                "receivedDateTime": f"{sent}T{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:07Z",
                "from": {"emailAddress": {"name": c.keep("STAFF", f"{a[0]} {a[1]}"), "address": c.staff_email(a)}},
                "toRecipients": [{"emailAddress": {"name": c.keep("STAFF", f"{b[0]} {b[1]}")}}],
                "importance": "normal",
                "body": {"contentType": "text", "content": reply},
            }
        ],
        "@odata.nextLink": None,
    }


def email_raw(c: Ctx) -> Any:
    """A family member's message to the clinic mailbox as raw RFC 822 text, with a reply quoted below it."""
    pt = c.person()
    son = c.relative(pt, female=False)
    mail = c.email(son)
    clinic = c.staffer()
    body = (
        f"From: {c.name(son, 'First Last')} <{mail}>\nTo: frontdesk@lakeshorehealth.org\n"
        f"Date: {c.date('long')}\nSubject: appointment for my {'mother' if pt.female else 'father'}\n"
        f"Content-Type: text/plain; charset=utf-8\n\n"
        f"Hello,\n\nmy {'mom' if pt.female else 'dad'} {c.name(pt, c.pick(['First Last', 'own', 'UPPER']))} "
        f"(birthday {c.dob('mdy')}) missed the appointment on {c.date('mon_day')} because nobody could drive. "
        + (
            f"{'She' if pt.female else 'He'} only speaks {language(c, pt.group)}. "
            if pt.group not in ("US", "English")
            else f"{'She' if pt.female else 'He'} does not do e-mail. "
        )
        + f"Can you call me at {c.phone()} after 5? "
        f"Our address changed to {c.address()}."
        + (
            f" Our grandmother in {c.abroad(pt)} also asks about the letter."
            if pt.group not in ("US", "English")
            else ""
        )
        + f"\n\nthank you\n{c.given(son)}\n\nSent from my iPhone\n\n"
        f"On {c.date('long')}, {c.keep('STAFF', f'{clinic[0]} {clinic[1]}')} <{c.staff_email(clinic)}> wrote:\n"
        f"> Dear {c.family(pt)} family, this is a reminder of the {dept(c)} visit.\n"
        f"> Please bring the medication bottles ({drug(c)}).\n> Reply STOP to stop reminders."
    )
    return text_result(body)


def calendar_event(c: Ctx) -> Any:
    """An Outlook event for a family meeting: the patient in the subject, relatives among the attendees."""
    pt = c.person()
    wife, interp = c.relative(pt, female=True), c.staffer()
    day = c.date("iso")
    return {
        "id": f"AAMkADQ{c.digits(6)}",
        "subject": f"Family mtg - {c.name(pt, c.pick(['LAST, First', 'First Last', 'First L.']))} ({c.mrn()})",
        "start": {"dateTime": f"{day}T{c.r.randint(13, 16)}:00:00.0000000", "timeZone": "Central Standard Time"},
        "location": {"displayName": f"{room(c)}, {facility(c)}"},
        "attendees": [
            {
                "emailAddress": {"name": c.keep("STAFF", f"{interp[0]} {interp[1]}"), "address": c.staff_email(interp)},
                "type": "required",
            },
            {"emailAddress": {"name": c.name(wife, "First Last"), "address": c.email(wife)}, "type": "optional"},
            {"emailAddress": {"name": c.staff("dr")}, "type": "required"},
        ],
        "onlineMeeting": {
            "joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
            "conferenceId": meeting_id(c),
        },
        "bodyPreview": (
            f"Goals of care discussion. {language(c, pt.group)} interpreter booked. {c.given(wife)} will join by phone "
            f"({c.phone()}). Topics: {icd(c)}, {word(c, 'code status')}, {cpt(c)}."
        ),
        "categories": [c.keep("WORD", "Patient care")],
    }


def _home_visit(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    c.move()
    visit = c.date("iso")
    return {
        "kind": "calendar#event",
        "status": "confirmed",
        "summary": f"HV {c.name(pt, c.pick(['First Last', 'lower', 'Last, First', 'F. Last']))}",
        "location": c.address(),
        "description": c.one(
            lambda: (
                f"dressing change, bring {drug(c)}. gate code {c.keep('WORD', '#' + c.digits(4))}. "
                f"ask for {c.given(pt)}'s grandson"
            ),
            lambda: f"SOC visit {cpt(c)}. dog in yard. cell {c.phone()}",
            lambda: f"INR check - last {lab(c)}. parks in driveway: {c.vehicle(False)}",
        ),
        "start": {"dateTime": f"{visit}T{c.r.randint(8, 16):02d}:30:00-06:00"},
        "creator": {"email": c.staff_email()},
        "reminders": {"useDefault": True},
    }


def google_calendar(c: Ctx) -> Any:
    """A home-health nurse's Google Calendar day: home visits with addresses, door codes and who to ask for."""
    items = [_home_visit(c) for _ in range(c.r.randint(2, 4))]
    return {"kind": "calendar#events", "summary": c.keep("DEPARTMENT", "Home Health"), "items": items}


def _advice(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    proxy = c.relative(pt)
    text = c.one(
        lambda: (
            f"hi dr its {c.given(pt, lower=True)} again, the {drug(c)} makes me dizzy. can i stop it? "
            f"my # is {c.phone()}"
        ),
        lambda: (
            f"This is {c.name(proxy, 'First Last')} writing for my {'mother' if pt.female else 'father'} "
            f"{c.given(pt)}. {('She' if pt.female else 'He')} is {c.age90()} and fell on {c.date('md')}. "
            f"Do we need to come in?"
        ),
        lambda: (
            f"Please send the letter for my employer {c.p.name(c.pick(EMPLOYERS), False)}. "
            f"Fax {c.fax()}. Thank you, {c.name(pt, 'First Last')}"
        ),
    )
    return {
        "type": c.keep("WORD", "Patient Advice Request"),
        "from": c.name(pt, c.pick(["LAST, First", "Last, First", "LAST, FIRST"])),
        "mrn": c.mrn(),
        "received": f"{c.date('mdy')} {c.time()}",
        "portal_user": c.other_id(),
        "text": text,
        "pool": dept(c),
    }


def inbasket(c: Ctx) -> Any:
    """The clinician's In Basket: patient advice requests as the patient or a proxy typed them."""
    return {"inbasket": [_advice(c) for _ in range(c.r.randint(2, 3))], "source": c.keep("PRODUCT", "Epic In Basket")}


# Employers are identifiers (Safe Harbor names the individual's employer).
EMPLOYERS = [
    "Jennie-O Turkey Store",
    "Swift Pork Plant Worthington",
    "Amazon MSP1",
    "Hormel Austin",
    "Foster Farms Livingston",
    "Tyson Fresh Meats Lexington",
    "Marriott Copley Place",
]


def voicemail(c: Ctx) -> Any:
    """A voicemail transcription: numbers and names spelled out, the way a caller says them."""
    pt = c.person()
    caller = c.relative(pt) if c.chance(0.5) else pt
    who = "this is" if caller is pt else f"I'm calling for {c.given(pt)}, this is"
    text = (
        f"hi um {who} {c.name(caller, c.pick(['First Last', 'lower']))}, that's "
        f"{c.name(caller, 'spelled')}, "
        f"{fold(caller.family)[0].upper()} as in {NATO.get(fold(caller.family)[0].upper(), 'the letter')}... "
        f"date of birth is {c.date('spoken', 1930, 2020)} nineteen {c.pick(['fifty', 'sixty', 'eighty'])} "
        f"{c.pick(['two', 'six', 'nine'])}. calling about the {word(c, 'lab results')} and a refill on "
        f"{drug(c)}. you can call me back at {c.phone(form='spoken')}. "
        + (f"she's {c.age90('spoken')} so please talk slow. " if c.chance(0.5) else "")
        + "okay thank you bye"
    )
    return {
        "voicemail": {
            "mailbox": c.keep("EXTENSION", f"x{c.digits(5)}"),
            "received": f"{c.date('mdy')} {c.time()}",
            "caller_id": c.phone(),
            "duration_s": c.r.randint(18, 95),
            "transcription": text,
            "transcription_engine": c.keep("PRODUCT", "Vocera"),
            "confidence": round(c.r.uniform(0.61, 0.93), 2),
        }
    }


SHAPES = {
    "email_thread": email_thread,
    "email_raw": email_raw,
    "calendar_event": calendar_event,
    "google_calendar": google_calendar,
    "inbasket": inbasket,
    "voicemail": voicemail,
}
