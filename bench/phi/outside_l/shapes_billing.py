"""Patient financial services: prior auths, denials and appeals, statements, plans, counselling, collections."""

from __future__ import annotations

import json
from typing import Any

from .people import Ctx, Person
from .vocab import carc, cpt, dept, drug, icd, json_text, money, payer, plan, rarc, structured, text_block, year


def prior_auth_export(c: Ctx) -> Any:
    """A payer portal's prior-authorization export: CSV inside the text block."""
    lines = ["auth_number,member_name,member_id,dob,service,dx,status,submitted,decision_date"]
    for _ in range(c.r.randint(3, 6)):
        who = c.person()
        code, _ = cpt(c)
        dx, _ = icd(c)
        name = c.name(who, c.pick(["LAST,FIRST", "Last, First", "full", "folded"]))
        lines.append(
            f'{c.auth()},"{name}",{c.member()},{c.dob("mdy")},{code},{dx},'
            f"{c.pick(['APPROVED', 'PENDED', 'DENIED', 'PARTIAL'])},{c.date('iso')},{c.date('iso')}"
        )
    return text_block(f"Export from {payer(c)} provider portal\n" + "\n".join(lines))


def denial_letter(c: Ctx) -> Any:
    """A payer's denial letter as mailed: the member's address on several lines, the reason codes."""
    pt = c.person()
    code, what = cpt(c)
    reason, why = carc(c)
    name = c.name(pt, c.pick(["UPPER", "full"]))
    street, town = c.address_lines()
    text = "\n".join(
        [
            payer(c),
            "Appeals and Grievances Dept",
            "",
            c.date("long"),
            "",
            name,
            street,
            town,
            "",
            f"Member ID: {c.member()}    Claim #: {c.claim()}",
            f"Date of service: {c.date('mdy')}",
            "",
            f"Dear {c.p.name(pt.given + ' ' + pt.family, pt.english)}:",
            f"We reviewed the claim for {what} (CPT {code}) billed {money(c)}. It was denied with reason {reason} "
            f"({why}) and remark {rarc(c)}. You may appeal within 180 days by calling {c.phone()} or by fax to "
            f"{c.fax()}.",
            "",
            "Sincerely,",
            c.staff("dr"),
            "Medical Director",
        ]
    )
    return text_block(text)


def appeal_letter(c: Ctx) -> Any:
    """The hospital's appeal, the letterhead department, the member, a relative's statement quoted in Spanish."""
    pt = c.person(c.pick(["Mexican", "Colombian", "Dominican", "PuertoRican"]))
    rel = c.relative(pt)
    code, what = cpt(c)
    dx, dxw = icd(c)
    reason, _ = carc(c)
    text = (
        f"{dept(c)}\n\n{c.date('long')}\n\n{payer(c)}\nATTN: Level 1 Appeals\n\n"
        f"RE: {c.name(pt, c.pick(['UPPER', 'Last, First']))}\nDOB: {c.dob('mdy')}\nClaim: {c.claim()}\n"
        f"Auth: {c.auth()}\n\nTo whom it may concern,\n\nWe appeal denial {reason} for {what} ({code}). "
        f"The patient presented with {dxw} ({dx}); delay would have placed {c.given(pt)} at risk. "
        f"Su {c.kin(rel, ['hija', 'esposa', 'hermana'], ['hijo', 'hermano'])} "
        f'{c.name(rel, "full")} declaró: "llevamos a '
        f'{c.given(pt)} a emergencias el {c.date("es")} porque no podía respirar".\n\n{c.staff("cred")}'
    )
    return text_block(text)


def statement(c: Ctx) -> Any:
    """A patient statement's data as the billing system's API returns it, with the pay link."""
    gt = c.person()
    pt = c.relative(gt) if c.chance(0.5) else gt
    lines = []
    for _ in range(c.r.randint(2, 4)):
        code, what = cpt(c)
        lines.append(
            {
                "dos": c.date("mdy"),
                "cpt": code,
                "desc": what,
                "charge": money(c),
                "insPaid": money(c, 5, 800),
                "patientDue": money(c, 5, 600),
            }
        )
    street, town = c.address_lines()
    body = {
        "statementDate": c.date("iso"),
        "guarantor": {"name": c.name(gt, "UPPER"), "account": c.account(), "mailTo": [street, town]},
        "patient": c.name(pt, c.pick(["full", "Last, First"])),
        "lines": lines,
        "payOnline": c.url(gt),
        "questions": f"{dept(c)} {c.phone()}",
        "message": "Le ofrecemos planes de pago sin intereses." if c.chance(0.5) else "Balance due upon receipt.",
    }
    return structured(body, f"Statement for account ending {c.id('ACCOUNT', c.digits(6))}")


def payment_plan(c: Ctx) -> Any:
    """A payment plan's schedule: installments with dates, the card on file, the signer."""
    gt = c.person()
    n = c.r.randint(3, 6)
    body = {
        "planId": c.case(),
        "guarantor": c.name(gt, c.pick(["full", "Last, First", "lower"])),
        "account": c.account(),
        "total": money(c, 400, 9000),
        "installments": [{"due": c.date("iso"), "amount": money(c, 25, 400)} for _ in range(n)],
        "autopay": {"card": f"VISA ending {c.r.randint(1000, 9999)}", "email": c.email(gt)},
        "signed": {"by": c.given(gt), "at": c.date("stamp"), "ip": c.ip()},
        "createdBy": c.staff("full"),
    }
    return json_text(body, indent=2)


def counselling_note(c: Ctx) -> Any:
    """A financial counsellor's free-text note, relatives abroad and remittances, in the counsellor's words."""
    pt = c.person()
    rel = c.relative(pt)
    abroad = c.abroad(pt)
    g = c.given(pt)
    phone_abroad = {"Mexican": "MX", "Colombian": "CO", "Pakistani": "PK", "Bangladeshi": "BD", "Vietnamese": "VN"}
    text = (
        f"FIN COUNSELING NOTE  {c.date('mdy')}  {c.staff('cred')}\n"
        f"Met with {c.name(pt, c.pick(['full', 'lower', 'own']))} ({c.mrn()}) re: balance {money(c)} on {c.account()}. "
        + (f"Pt is {c.age90()}, came with family. " if c.chance(0.2) else "")
        + f"{g} works part time at {c.employer(('Market', 'Car Wash', 'Packing'))}, household of {c.r.randint(2, 7)}. "
        f"Sends money monthly to {c.kin(rel, ['mother', 'sister', 'wife'], ['father', 'brother'])} "
        f"{c.name(rel, c.pick(['full', 'own']))} "
        f"at {', '.join(abroad)}, tel {c.phone(abroad=phone_abroad.get(pt.group))}.\n"
        f"Screened for {payer(c)}: {c.pick(['likely eligible', 'over income', 'pending docs'])}. "
        f"Applied {plan(c)} marketplace option for {year(c)}. {g} to return with paystubs on {c.date('abbr')}."
    )
    return text_block(text)


def charity_application(c: Ctx) -> Any:
    """A charity-care application as submitted through the portal: household members, income, assets."""
    app = c.person()
    members = [c.relative(app) for _ in range(c.r.randint(1, 3))]
    street, town = c.address_lines()
    body = {
        "applicationId": c.case(),
        "applicant": {
            "name": c.name(app, "full"),
            "dob": c.dob("mdy"),
            "ssn": c.ssn(),
            "phone": c.phone(),
            "address": f"{street}, {town}",
            "county": c.county(),
        },
        "household": [_member(c, m, c.pick(["child", "child", "spouse", "parent"])) for m in members],
        "employer": c.employer(("Dairy", "Poultry Inc", "Cleaning Services")),
        "monthlyIncome": money(c, 800, 4200),
        "vehicle": {"plate": c.plate(), "year": year(c)},
        "idDocument": {"type": "driver license", "number": c.license(), "image": c.photo()},
        "fplPercent": c.keep("PERCENT", f"{c.r.randint(90, 250)}%"),
        "reviewer": c.staff("initial"),
    }
    return json_text(body)


def _member(c: Ctx, who: Person, relation: str) -> dict[str, str]:
    """One household member, born when their relation to the applicant says."""
    born = {"child": (2006, 2023), "spouse": (1960, 2000), "parent": (1930, 1965)}[relation]
    name = c.name(who, c.pick(["full", "First L", "nick"]))
    return {"name": name, "dob": c.date("mdy", *born), "relation": relation}


def collections_log(c: Ctx) -> Any:
    """The collection agency's service log: key=value lines about the account and the debtor."""
    gt = c.person()
    acct = c.account()
    lines = []
    for _ in range(c.r.randint(3, 6)):
        event = c.pick(["dial", "letter", "skiptrace", "promise", "dispute"])
        extra = {
            "dial": lambda: f"to={c.phone()} result={c.pick(['NA', 'LVM', 'RPC', 'disc'])}",
            "letter": lambda: f'addr="{c.street()}" city="{c.city()}" zip={c.zip()}',
            "skiptrace": lambda: f"new_phone={c.phone()} email={c.email(gt)}",
            "promise": lambda: f"amount={money(c, 25, 500)} date={c.date('iso')}",
            "dispute": lambda: f'reason="{c.pick(["not my bill", "insurance should pay", "identity theft"])}"',
        }[event]()
        lines.append(
            f'{c.date("stamp")} level=info acct={acct} debtor="{c.name(gt, "LAST,FIRST")}" '
            f"event={event} {extra} agent={c.keep('AGENT_ID', 'agt' + c.digits(3))}"
        )
    return text_block("\n".join(lines))


def collections_calls(c: Ctx) -> Any:
    """A collections call transcript as chat lines, agent and guarantor, code-switching."""
    gt = c.person()
    pt = c.relative(gt)
    agent = c.staff("full")
    g = c.given(gt)
    lines = [
        f"[{c.date('stamp')}] {agent}: Thank you for calling {dept(c)}, am I speaking with {c.name(gt, 'full')}?",
        f"[caller]: yes this is {g}, calling about my {c.kin(pt, ['daughter', 'mother'], ['son', 'father'])} "
        f"{c.name(pt, c.pick(['full', 'first_only']))}'s bill",
        f"[{agent}]: Can you verify the date of birth and last four of the social?",
        f"[caller]: {c.dob('long')}, last four {c.ssn_last4()}",
        f"[{agent}]: I see {money(c)} from {c.date('mdy')}, {payer(c)} denied it, code {carc(c)[0]}.",
        "[caller]: "
        + c.one(
            lambda: f"no entiendo, {g} tiene Medicaid desde {year(c)}",
            lambda: f"my number changed, it's {c.phone()} now",
            lambda: f"send it to {c.email(gt)} please",
            lambda: f"{'she' if pt.female else 'he'} is {c.age90()} and on a fixed income, I handle the bills",
        ),
        f"[{agent}]: Noted. Reference {c.case()}.",
    ]
    return text_block("\n".join(lines))


def denials_queue(c: Ctx) -> Any:
    """A denials work queue as rows of a JSON array of arrays (no heading row), one claim per row."""
    rows = []
    for _ in range(c.r.randint(3, 5)):
        who = c.person()
        reason, _ = carc(c)
        rows.append(
            [
                c.claim(),
                c.name(who, c.pick(["LAST,FIRST", "full", "F. Last"])),
                c.date("mdy"),
                reason,
                money(c),
                payer(c),
                drug(c) if c.chance(0.3) else cpt(c)[0],
            ]
        )
    return json_text({"queue": dept(c), "rows": json.dumps(rows, ensure_ascii=False)})


SHAPES = {
    "billing_prior_auth_export": prior_auth_export,
    "billing_denial_letter": denial_letter,
    "billing_appeal_letter": appeal_letter,
    "billing_statement": statement,
    "billing_payment_plan": payment_plan,
    "billing_counselling_note": counselling_note,
    "billing_charity_application": charity_application,
    "billing_collections_log": collections_log,
    "billing_collections_calls": collections_calls,
    "billing_denials_queue": denials_queue,
}
