"""Tool results from Irish, South African, Singaporean and Philippine services, and a cross-border patient index."""

from __future__ import annotations

from typing import Any

from .clinical import drug, facility, icd, lab, snomed, vaccine, word
from .envelope import json_text, structured, text_block
from .people import Ctx


def ie_referral(c: Ctx) -> Any:
    """An Irish GP's referral letter through the messaging service, with a line or two in Irish."""
    c.region = "ie"
    who, nok = c.person(), c.person()
    code, dx = icd(c)
    name = c.name(who, c.pick(["First Last", "UPPER"]))
    relation = c.pick(["daughter", "partner"] if nok.female else ["son", "partner"])
    letter = (
        f"{c.date(c.pick(['ord', 'dmy_long', 'ga']))}\n\nRe: {name}   DOB {c.dob('dmy')}\n"
        f"{c.address(one_line=False)}\nPPSN {c.ppsn()}   Medical card {c.plan_id()}\nMob {c.phone()}   "
        f"Fax (surgery) {c.fax()}\n\nA Dhochtúir, a chara,\n\n"
        f"I would be grateful if you would see {c.given(who)}, who has {dx} ({code}). "
        f"Tá {c.given(who)} ag éirí níos measa le míosa anuas. Current meds: {drug(c)}. "
        f"{'Her' if who.female else 'His'} {relation} {c.name(nok, 'First Last')} "
        f"({c.phone()}) will accompany. Is fearr leis/léi Gaeilge a labhairt.\n\nIs mise le meas,\n{c.staff()}"
    )
    return text_block(letter)


def za_clinic(c: Ctx) -> Any:
    """A South African medical aid pre-authorisation: SA ID, scheme number, notes in Afrikaans or isiZulu."""
    c.region = "za"
    who, member = c.person(), c.person()
    code, dx = icd(c)
    name = c.name(who, c.pick(["First Last", "LAST, FIRST", "Last, First"]))
    zulu = c.chance(0.5)
    note = (
        f"{c.p.name('u' + who.given.replace(' ', ''), who.english)} ufike nomama wakhe, "
        f"{c.name(member, 'First Last')}; "
        f"uthi akakwazi ukulala kusukela ngo-{c.date('ymd')}."
        if zulu
        else f"Pasiënt {c.given(who)} is saam met {c.name(member, 'First Last')} hier; "
        f"{'sy' if who.female else 'hy'} sê die pyn het op "
        f"{c.date('af')} begin."
    )
    return structured(
        {
            "preauth_ref": c.other_id(),
            "scheme": word(c, c.pick(["Discovery Health Classic Saver", "GEMS Emerald", "Bonitas BonCap"])),
            "member": {"name": c.name(member, "LAST, FIRST"), "member_no": c.plan_id(), "id_number": c.sa_id()},
            "patient": {"name": name, "id_number": c.sa_id(who.female), "dob": c.dob("ymd"), "cell": c.phone()},
            "address": c.address(),
            "icd10": code,
            "diagnosis": dx,
            "note": note,
            "hospital": facility(c),
        },
        f"Pre-authorisation {c.pick(['approved', 'pending clinical review'])}.",
    )


def sg_discharge(c: Ctx) -> Any:
    """A Singapore hospital's discharge summary extract: NRIC, postal code, a Han-script name where given."""
    c.region = "sg"
    who, nok = c.person(), c.person()
    name, value, loinc = lab(c)
    header = c.name(who, c.pick(["UPPER", "First Last"]))
    han = f" ({c.name(who, 'han')})" if who.han else ""
    age, dob = c.age_and_dob(0.4, c.pick(["{n}", "{n}Y", "{n} yrs"]), "dmy")
    text = (
        f"DISCHARGE SUMMARY\nPatient: {header}{han}\nNRIC/FIN: {c.nric()}   DOB: {dob}   Age: {age}\n"
        f"Address: {c.address()}\nAdmitted {c.date('dmy_mon')}  Discharged {c.date('dmy_mon')}\n"
        f"Results: {name} {value} [LOINC {loinc}]\nDischarge meds: {drug(c)}\n"
        f"NOK: {c.name(nok, 'First Last')} ({c.pick(['daughter', 'wife'] if nok.female else ['son', 'husband'])}) "
        f"HP {c.phone()}\n"
        f"Follow-up at {facility(c, 'clinic')} in {c.pick(['2', '4', '6'])} weeks. Patient speaks "
        f"{c.pick(['Hokkien', 'Malay', 'Tamil', 'Mandarin'])}; {c.given(who)} prefers calls after 6pm."
    )
    return text_block(text)


def ph_konsulta(c: Ctx) -> Any:
    """A PhilHealth primary care (Konsulta) encounter as JSON in text, with a Tagalog or Cebuano note."""
    c.region = "ph"
    who, kin = c.person(), c.person()
    code, dx = snomed(c)
    vname, cvx, lot = vaccine(c)
    note = (
        f"Sabi ni {c.given(who)}, nilalagnat siya mula pa noong {c.date('tl_ika')}. "
        f"Kasama niya ang {c.pick(['asawa', 'anak', 'kapatid'])} na si {c.name(kin, 'First Last')}."
        if c.chance(0.5)
        else f"Si {c.given(who)} miingon nga gihilantan siya sukad {c.date('tl')}. "
        f"Iyang {c.pick(['bana', 'asawa', 'anak'])} si {c.name(kin, 'First Last')} ang nagdala niya."
    )
    age, dob = c.age_and_dob(0.3, c.pick(["{n}", "{n} taong gulang", "{n} y/o"]), c.pick(["mdy", "long", "iso"]))
    record = {
        "pin": c.philhealth(),
        "patient": c.name(who, c.pick(["LAST, FIRST", "First M. Last", "UPPER"])),
        "dob": dob,
        "age": age,
        "address": c.address(),
        "mobile": c.phone(),
        "philsys": c.national_id(),
        "assessment": {"snomed": code, "finding": dx, "note": note},
        "immunization": {"vaccine": vname, "cvx": cvx, "lot": lot},
        "facility": facility(c, "clinic"),
    }
    return json_text(record, twice=c.chance(0.5))


def mpi_merge(c: Ctx) -> Any:
    """A master patient index's merge candidates keyed by MRN, one person registered twice in two countries."""
    who = c.person()
    first_region = c.region
    candidates: dict[str, Any] = {}
    for region in (first_region, c.pick(["ie", "za", "sg", "ph", "us"])):
        c.region = region
        candidates[c.mrn()] = {
            "name": c.name(who, c.pick(["First Last", "LAST, FIRST", "Last, First", "LAST^FIRST"])),
            "dob": c.dob("iso"),
            "national_id": c.national_id(),
            "driver_licence": c.license() if c.chance(0.4) else None,
            "phone": c.phone(),
            "address": c.address(),
            "registered_at": facility(c, c.pick(["hospital", "clinic"])),
        }
    age_line = f"; oldest linked record says {c.age90()}" if c.chance(0.3) else ""
    return json_text(
        {"match_score": round(c.r.uniform(0.81, 0.97), 2), "candidates": candidates, "reason": f"name+dob{age_line}"},
        twice=c.chance(0.5),
    )


SHAPES = {
    "ie_referral": ie_referral,
    "za_clinic": za_clinic,
    "sg_discharge": sg_discharge,
    "ph_konsulta": ph_konsulta,
    "mpi_merge": mpi_merge,
}
