"""Free-text shapes: notes, letters, messages, transcripts and search snippets, with messy spacing and case."""

from __future__ import annotations

from typing import Any

from . import values as V
from .ctx import Ctx
from .envelopes import resource_result, structured_result, text_result


def clinical_note(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    relative = ctx.pop.person()
    age = ctx.age90() if rng.random() < 0.35 else ctx.keep("age")
    text = (
        f"S: {ctx.name(person, ctx.pick('full', 'given', 'family_title'))} is a {age} y/o "
        f"{'F' if person.female else 'M'} seen {ctx.visit_date()} for f/u of {ctx.keep('eponym')}. "
        f"{ctx.pick('Accompanied by', 'brought in by', 'pt here w/')} {ctx.name(relative, ctx.pick('full', 'given'))}, "
        f"who reports {ctx.keep('word')} over the wknd.\n"
        f"O:  {ctx.keep('vital')}  {ctx.keep('vital')}   labs: {ctx.keep('lab')}, {ctx.keep('lab')}\n"
        f"A: {ctx.keep('icd10')} - stable.  P: cont {ctx.keep('drug')} {ctx.keep('dose')}, {ctx.keep('count')}. "
        f"RTC in {rng.randint(2, 12)} wks. pt lives @ {ctx.street(place)} ({ctx.city(place)}), "
        f"best # {ctx.phone(place)}.\n-- {ctx.pop.provider()}, MD"
    )
    return text_result(text)


def discharge_summary(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    admit = V.recent_date(rng)
    text = (
        f"DISCHARGE SUMMARY\nPatient: {ctx.name(person, 'upper_last_first')}\n"
        f"MRN: {ctx.mrn()}    Acct#: {ctx.account()}\n"
        f"Admitted: {ctx.date(admit)}   Discharged: {ctx.date(admit.replace(day=min(admit.day + 3, 28)))}\n"
        f"Unit: {ctx.keep('department')}\n\nHPI: {ctx.age90()}-year-old {'woman' if person.female else 'man'} "
        f"with {ctx.keep('eponym')} and {ctx.keep('eponym')} admitted after a fall at home. "
        f"{ctx.keep('lab')} on arrival.\n"
        f"Hospital course: treated with {ctx.keep('drug')} {ctx.keep('dose')}.  "
        f"Discharged to {ctx.pick('daughter', 'son', 'nephew')} {ctx.name(ctx.pop.person(), 'full')}'s home.\n"
        f"Follow-up: {ctx.keep('department')} on {ctx.date(V.recent_date(rng), ctx.pick('long', 'us'))}.\n"
        f"Dictated by {ctx.pop.provider()} (job {rng.randint(100000, 999999)})"
    )
    return resource_result(f"notes://discharge/{rng.randint(1, 99999)}", "text/plain", text)


def portal_thread(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    messages = [
        {"from": ctx.name(person), "sent": ctx.visit_date("iso"),
         "body": f"hi, this is {ctx.name(person, 'given')} - my {ctx.keep('drug')} ran out, can you refill? "
                 f"pharmacy fax is {ctx.fax()}. also my new cell {ctx.phone()}. thx"},
        {"from": "Care Team", "sent": ctx.visit_date("iso"),
         "body": f"Hello {ctx.name(person, ctx.pick('given', 'family_title'))}, refill sent ({ctx.keep('count')}). "
                 f"Please bring your insurance card (ID {ctx.member()}) to the {ctx.keep('department')}."},
    ]
    if rng.random() < 0.5:
        messages.append({"from": ctx.name(ctx.pop.person(), "full"), "sent": ctx.visit_date("iso"),
                         "body": f"I'm {ctx.name(person, 'given')}'s {ctx.pick('husband', 'mom', 'sister')}, "
                                 f"writing from {ctx.email(person)} - is {ctx.keep('dose')} right?"})
    structured = {"thread_id": ctx.other_id(), "patient_mrn": ctx.mrn(), "messages": messages}
    return structured_result(structured, summary=f"{len(messages)} messages")


def email_thread(ctx: Ctx) -> Any:
    rng, person, guarantor = ctx.rng, ctx.pop.person(), ctx.pop.person()
    text = (
        f"From: {ctx.name(guarantor, 'full')} <{ctx.email(guarantor)}>\n"
        f"To: billing@{ctx.pick('stlukes', 'northshore-health', 'valleymed')}.example\n"
        f"Date: {ctx.pick('Mon', 'Tue', 'Thu')}, {ctx.date(V.recent_date(rng), 'dmy')} 09:14 -0500\n"
        f"Subject: RE: statement for acct {ctx.account()}\n\n"
        f"Hello,\nI am the guarantor for {ctx.name(person, 'full')} (DOB {ctx.dob(V.birth_date(rng))}). "
        f"The charge for {ctx.keep('cpt')} on {ctx.visit_date('us')} was already paid. "
        f"Our plan is {ctx.pick('Cigna', 'UHC', 'Humana')} id {ctx.member()}.\n"
        f"Call me at {ctx.phone()} or write to {ctx.address_line(ctx.pop.place())}.\n\n"
        f"> On {ctx.visit_date('long')}, Patient Accounts wrote:\n"
        f"> Dear {ctx.name(guarantor, ctx.pick('family_title', 'full'))}, a balance remains. Ref {ctx.other_id()}.\n"
    )
    return text_result(text)


def referral_letter(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    text = (
        f"{ctx.keep('department')}\n\n{ctx.visit_date('long')}\n\n"
        f"{ctx.name(person, 'full')}\n{ctx.street(place)}\n{ctx.city(place)}, {ctx.region(place)} {ctx.zip(place)}\n\n"
        f"RE: {ctx.name(person, 'upper')}   DOB: {ctx.dob(V.birth_date(rng), ctx.pick('us', 'eu', 'long'))}   "
        f"NHS/ID no: {ctx.other_id()}\n\nDear Dr. {ctx.pop.provider()},\n\n"
        f"Thank you for seeing this patient with {ctx.keep('eponym')} ({ctx.keep('icd10')}). Current meds: "
        f"{ctx.keep('drug')} {ctx.keep('dose')}, {ctx.keep('drug')}. Recent {ctx.keep('lab')}.\n"
        f"{ctx.pick('Her husband', 'His wife', 'Their partner', 'The daughter')} {ctx.name(ctx.pop.person(), 'given')} "
        f"can be reached on "
        f"{ctx.phone(place)}; fax results to {ctx.fax()}.\n\nYours sincerely,\n{ctx.pop.provider()}"
    )
    return text_result(text)


def sms_log(ctx: Ctx) -> Any:
    rng = ctx.rng
    rows = []
    for _ in range(rng.randint(3, 6)):
        person = ctx.pop.person()
        rows.append(f"[{ctx.visit_date('iso')} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}] to {ctx.phone()}: "
                    + ctx.pick(
                        f"Hi {ctx.name(person, 'given')}, reminder: appt {ctx.visit_date('day_month')} at "
                        f"{ctx.keep('department')}. Reply C to confirm",
                        f"{ctx.name(person, 'upper')} your Rx "
                        f"{ctx.keep('drug')} is ready. Pickup code {ctx.other_id()}",
                        f"Hello {ctx.name(person, 'full')}, your lab ({ctx.keep('loinc')}) is back, "
                        f"log in: {ctx.url(person)}",
                    ) + f"  status={ctx.pick('DELIVERED', 'FAILED', 'queued')}")
    return text_result("\n".join(rows))


def call_transcript(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    turns = [
        ("Agent", "Thank you for calling patient access, who am I speaking with?"),
        ("Caller", f"uh yes this is {ctx.name(person, 'full')}"),
        ("Agent", "Can you verify your date of birth?"),
        ("Caller", f"{ctx.dob(V.birth_date(rng), ctx.pick('long', 'us_nopad'))}"),
        ("Agent", "And the last four of your social or your member ID?"),
        ("Caller", f"member id is {ctx.member()}"),
        ("Agent", f"Thanks. I see an appointment in {ctx.keep('department')} on {ctx.visit_date('long')}."),
        ("Caller", f"my {ctx.pick('daughter', 'son', 'wife', 'neighbour')} {ctx.name(ctx.pop.person(), 'given')} "
                   f"will drive me, number is {ctx.phone(place)}"),
        ("Agent", f"Noted. Still at {ctx.street(place)}?"),
        ("Caller", f"yes, zip {ctx.zip(place)}. And I take {ctx.keep('drug')} now."),
    ]
    transcript = [{"speaker": speaker, "t": f"00:{index * 7 // 60:02d}:{index * 7 % 60:02d}", "text": said}
                  for index, (speaker, said) in enumerate(turns)]
    return structured_result({"call_id": ctx.other_id(), "caller_ani": ctx.phone(place), "transcript": transcript})


def search_snippets(ctx: Ctx) -> Any:
    rng = ctx.rng
    hits = []
    for rank in range(rng.randint(3, 6)):
        person = ctx.pop.person()
        snippet = ctx.pick(
            f"...pt **{ctx.name(person, 'last_first')}** ({ctx.mrn()}) c/o {ctx.keep('word')}, "
            f"hx {ctx.keep('eponym')}...",
            f"...{ctx.name(person, 'initial')} DOB {ctx.dob(V.birth_date(rng), 'us')} "
            f"started **{ctx.keep('drug')}**...",
            f"...called {ctx.name(person, 'given')} at {ctx.phone()} re {ctx.keep('lab')}...",
            f"...{ctx.age90()} yo, lives alone at {ctx.street(ctx.pop.place())}, uses {ctx.keep('drug')}...",
        )
        hits.append({"rank": rank + 1, "score": round(rng.uniform(0.3, 0.99), 3), "doc": f"note/{ctx.other_id()}",
                     "snippet": snippet})
    query = ctx.pick("fall risk", "anticoagulation", "missed dose", "wound")
    return structured_result({"query": query, "hits": hits}, summary=f"{len(hits)} hits for '{query}'")


SHAPES = {
    "clinical_note": clinical_note,
    "discharge_summary": discharge_summary,
    "portal_thread": portal_thread,
    "email_thread": email_thread,
    "referral_letter": referral_letter,
    "sms_log": sms_log,
    "call_transcript": call_transcript,
    "search_snippets": search_snippets,
}
