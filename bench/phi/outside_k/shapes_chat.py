"""Teams and Slack exports, a unit's chat, the bed board, a whiteboard photo and a meeting transcript."""

from __future__ import annotations

from typing import Any

from .office import LANGUAGES, bed, drug, icd, lab, language, meeting_id, text_result, word
from .people import Ctx, Person


def _mention(c: Ctx, who: tuple[str, str]) -> str:
    return c.keep("STAFF", f"{who[0]} {who[1]}")


def teams_export(c: Ctx) -> Any:
    """A Teams channel's messages from Graph: HTML bodies, mentions of staff, reactions, a reply chain."""
    pt = c.person()
    a, b = c.staffer(), c.staffer()
    day = c.date("iso")
    first = {
        "id": c.digits(13),
        "createdDateTime": f"{day}T{c.r.randint(11, 22)}:{c.r.randint(10, 59)}:00.{c.digits(3)}Z",
        "from": {"user": {"displayName": _mention(c, a), "userIdentityType": "aadUser"}},
        "body": {
            "contentType": "html",
            "content": (
                f'<div><at id="0">{_mention(c, b)}</at> can you see '
                f"{c.name(pt, c.pick(['First Last', 'LAST, First']))} "
                f"in {bed(c)}? {lab(c)}. Family at bedside, wife's cell {c.phone()}</div>"
            ),
        },
        "mentions": [{"id": 0, "mentionText": _mention(c, b)}],
        "reactions": [{"reactionType": "like", "user": {"displayName": c.staff("full")}}],
    }
    reply = {
        "id": c.digits(13),
        "replyToId": first["id"],
        "from": {"user": {"displayName": _mention(c, b)}},
        "body": {
            "contentType": "html",
            "content": f"<p>on it. is {c.given(pt)} still NPO? will order {drug(c)}</p>",
        },
        "reactions": [],
    }
    return {
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams/channels/messages",
        "value": [first, reply],
    }


def slack_export(c: Ctx) -> Any:
    """A Slack channel export: a users table, messages with <@U…> mentions, a thread, files, reactions."""
    users = {f"U0{c.letters(8)}": c.staffer() for _ in range(3)}
    ids = list(users)
    pt, pt2 = c.person(), c.person()
    msgs = [
        {
            "user": ids[0],
            "ts": f"17{c.digits(8)}.{c.digits(6)}",
            "text": f"<@{ids[1]}> {c.given(pt, lower=c.chance(0.5))} in {bed(c)} wants to leave AMA, "
            + (
                f"can someone get the {language(c, pt.group)} interpreter"
                if pt.group in LANGUAGES
                else "charge rn aware"
            ),
            "reactions": [{"name": "eyes", "users": [ids[2]], "count": 1}],
        },
        {
            "user": ids[1],
            "ts": f"17{c.digits(8)}.{c.digits(6)}",
            "thread_ts": "parent",
            "text": f"ok. fyi {c.name(pt, c.pick(['First L.', 'First Last', 'lower']))} dob {c.dob('mdy_short')} "
            f"- {icd(c)}. {c.given(pt)}'s nephew is on the way",
        },
        {
            "user": ids[2],
            "ts": f"17{c.digits(8)}.{c.digits(6)}",
            "text": f"unrelated: pharmacy says {c.name(pt2, 'F. Last')} needs {drug(c)} before 1400",
            "files": [{"name": f"{c.photo()}", "title": "wound pic", "mimetype": "image/jpeg"}],
        },
    ]
    msgs[1]["thread_ts"] = msgs[0]["ts"]
    return {
        "channel": {"name": c.keep("CHANNEL", c.pick(["4w-nursing", "ed-huddle", "cm-discharges"]))},
        "users": [
            {"id": uid, "name": c.keep("STAFF", f"{g.lower()}.{f.lower()}"), "real_name": c.keep("STAFF", f"{g} {f}")}
            for uid, (g, f) in users.items()
        ],
        "messages": msgs,
    }


def _chat_line(c: Ctx, pt: Person, handle: str) -> str:
    return c.one(
        lambda: f"{handle}: {c.given(pt, lower=True)} in {bed(c)} keeps pulling {'her' if pt.female else 'his'} iv lol",
        lambda: f"{handle}: who has {c.family(pt)}?? family at desk asking",
        lambda: f"{handle}: {c.name(pt, 'UPPER')} d/c'd, bed ready for clean",
        lambda: f"{handle}: pls call {c.given(pt)}'s son back {c.phone()}",
        lambda: f"{handle}: {c.name(pt, 'lower')} k+ redraw ordered",
        lambda: f"{handle}: fyi {c.family(pt)} in {bed(c)} goes by {c.nick(pt)}, family asked",
    )


def unit_chat(c: Ctx) -> Any:
    """A plain-text chat log as a unit's group chat tool returns it: lower case, first names, abbreviations."""
    lines = []
    for _ in range(c.r.randint(3, 5)):
        handle = c.staff("handle")
        lines.append(f"[{c.time()}] " + _chat_line(c, c.person(), handle))
    return text_result("\n".join(lines))


def _bed_row(c: Ctx) -> str:
    pt = c.person()
    form = c.pick(["LAST, First", "First L.", "initials", "UPPER", "F. Last"])
    age = c.age90("{n}") if c.chance(0.35) else c.keep("AGE_UNDER_90", str(c.r.randint(19, 88)))
    note = c.one(
        lambda: word(c, "fall risk"),
        lambda: word(c, "NPO p MN"),
        lambda: f"{language(c, pt.group)} interp",
        lambda: f"dtr {c.given(c.relative(pt, True))} {c.phone()}",
        lambda: word(c, "DNR/DNI"),
    )
    return f"{bed(c):<6}| {c.name(pt, form):<16}| {age:<4}| {c.staff('dr'):<11}| {note}"


def bed_board(c: Ctx) -> Any:
    """The unit's bed board as a table: room, patient (initials or last name), age, team, notes."""
    rows = ["RM    | PT              | AGE | TEAM       | NOTES", "------+-----------------+-----+------------+------"]
    rows += [_bed_row(c) for _ in range(c.r.randint(4, 7))]
    head = f"BED BOARD {c.keep('DEPARTMENT', '4 West Med-Surg')} {c.date('mdy')} {c.time()}\n"
    return text_result(head + "\n".join(rows))


def whiteboard(c: Ctx) -> Any:
    """A whiteboard photo run through OCR: names alone on lines, arrows, smudged characters."""
    pt, pt2 = c.person(), c.person()
    text = (
        f"[transcribed from {c.photo()}]\n"
        f"DISCHARGES TODAY\n{c.name(pt, c.pick(['UPPER', 'First Last', 'LAST, First']))}\n"
        f"  -> needs ride, {c.given(pt)}'s bro picking up ~{c.time()}\n"
        f"{c.name(pt2, c.pick(['UPPER', 'First L.', 'lower']))}\n"
        f"  -> {drug(c)} teach | f/u {c.date('md')}\n"
        f"ISOLATION: {bed(c)} {c.family(pt2, upper=True)} (contact)\n"
        f"PCA on call: {c.staff('first')}   charge: {c.staff('first')}"
    )
    return {"source": "whiteboard-ocr", "confidence": round(c.r.uniform(0.4, 0.8), 2), "text": text}


def transcript(c: Ctx) -> Any:
    """A meeting transcript (WebVTT from Teams): speaker labels, timestamps, a relative dialling in."""
    pt = c.person()
    kin = c.relative(pt)
    dr, sw = c.staffer(), c.staffer()
    kin_label = c.name(kin, "First Last")

    def at(minute: int) -> str:
        second = c.r.randint(10, 50)
        return f"00:{minute:02d}:{second}.{c.digits(3)} --> 00:{minute:02d}:{second + 6}.{c.digits(3)}"

    cues = [
        (
            f"<v {_mention(c, dr)}>",
            f"Okay so we're here to talk about {c.given(pt)}. This is {c.name(pt, 'First Last')}, "
            f"{c.mrn()}, admitted {c.date('ordinal')} with {icd(c)}.",
        ),
        (
            f"<v {kin_label}>",
            f"Hi, yes, I'm the {'daughter' if kin.female else 'son'}. I'm in {c.abroad(kin)} "
            f"right now so the connection is bad.",
        ),
        (f"<v {_mention(c, sw)}>", f"Thank you {c.given(kin)}. Can I confirm the best number for you, {c.phone()}?"),
        (
            f"<v {kin_label}>",
            f"Yes. And my {'mom' if pt.female else 'dad'} lives at {c.address()}, nobody is there now.",
        ),
        (f"<v {_mention(c, dr)}>", f"Understood. The {lab(c)} is why we recommend {word(c, 'hospice')}."),
    ]
    body = "WEBVTT\n\n" + "\n\n".join(f"{at(i * 3 + 1)}\n{v}{t}</v>" for i, (v, t) in enumerate(cues))
    return {"meeting": {"id": meeting_id(c), "title": c.keep("WORD", "Family meeting")}, "transcript": body}


SHAPES = {
    "teams_export": teams_export,
    "slack_export": slack_export,
    "unit_chat": unit_chat,
    "bed_board": bed_board,
    "whiteboard": whiteboard,
    "transcript": transcript,
}
