"""Shapes from claims, eligibility, pharmacy, scheduling, revenue cycle, credentialing, registries and research."""

from __future__ import annotations

from . import keeps
from .envelope import tool_text
from .render import Pen, embed


def x12_837(pen: Pen) -> dict:
    pt, sub = pen.person(), pen.person(min_age=25)
    segs = [
        f"ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*PAYER*{pen.digits(6)}*1200*^*00501*"
        f"{pen.digits(9)}*0*P*:",
        f"ST*837*0001*{keeps.version(pen)}",
        f"NM1*IL*1*{pen.name(sub, 'x12_family')}*{pen.name(sub, 'x12_given')}****MI*{pen.plan_id()}",
        f"N3*{pen.street(sub.home, True)}", f"N4*{pen.city(sub.home, True)}*{sub.home.region or 'ZZ'}*"
        f"{pen.postcode(sub.home)}",
        f"DMG*D8*{pen.dob(sub, 3)}*{sub.sex}",
        f"NM1*QC*1*{pen.name(pt, 'x12_family')}*{pen.name(pt, 'x12_given')}",
        f"DMG*D8*{pen.dob(pt, 3)}*{pt.sex}",
        f"CLM*{pen.other('CLM', 10)}*{pen.rng.randint(80, 900)}.00***11:B:1",
        f"HI*ABK:{keeps.code(pen, 'icd10').replace('.', '')}",
        f"SV1*HC:{keeps.code(pen, 'cpt')}*{pen.rng.randint(80, 400)}.00*UN*1",
        f"DTP*472*D8*{pen.date(pen.near(), 3)}",
        "SE*14*0001",
    ]
    return tool_text("~\n".join(segs) + "~")


def eligibility_271(pen: Pen) -> dict:
    sub, dep = pen.person(min_age=25), pen.person(max_age=25)
    body = {
        "eligibilityResponse": {
            "subscriber": {"mbrId": pen.plan_id(), "firstNm": pen.name(sub, "given"), "lastNm": pen.name(sub, "family"),
                           "dob_dt": pen.dob(sub, 1), "addr": {"ln1": pen.street(sub.home), "cty": pen.city(sub.home),
                                                               "zip": pen.postcode(sub.home)}},
            "dependents": [{"relCd": "19", "ptNm": pen.name(dep, "FAMILY_GIVEN"), "dobDt": pen.dob(dep, 3)}],
            "coverage": {"planType": "PPO", "grpNbr": pen.group_no(), "copay": "$30", "deductibleMet": "$1,150",
                         "effective": keeps.year(pen)},
            "payerTraceNo": pen.other("TRN", 12),
        }
    }
    return tool_text("Eligibility: ACTIVE COVERAGE", structured=body)


def pharmacy_fills(pen: Pen) -> dict:
    pt = pen.person()
    fills = []
    for _ in range(pen.rng.randint(2, 5)):
        fills.append({"rx_number": pen.other("RX", 7), "fill_date": pen.date(pen.near(), 1), "drug": keeps.drug(pen),
                      "ndc": keeps.code(pen, "ndc"), "qty": keeps.count(pen), "days_supply": 30})
    body = {"patient_name": pen.name(pt), "patient_dob": pen.dob(pt, 0), "member_id": pen.plan_id(),
            "bin": "610014", "pcn": "MEDDPRIME", "phone_on_file": pen.phone(pt.phone), "fills": fills,
            "pharmacy": keeps.facility(pen)}
    return tool_text(f"{len(fills)} fills found", structured=body)


def scheduling(pen: Pen) -> dict:
    appts = []
    for _ in range(pen.rng.randint(3, 6)):
        pt = pen.person()
        appts.append({"apptId": pen.rng.randint(10000, 99999), "apptDt": pen.date(pen.near(0, 40), 1) + "T09:30",
                      "ptNm": pen.name(pt, pen.rng.choice(("family_given", "FAMILY_GIVEN", "full"))),
                      "dob_dt": pen.dob(pt, pen.rng.choice((0, 1))), "phn": pen.phone(pt.phone),
                      "visitType": pen.rng.choice(("NEW", "F/U", "TELE")), "dept": keeps.department(pen),
                      "cpt": keeps.code(pen, "cpt")})
    return tool_text(f"{len(appts)} appointments", structured={"appointments": appts})


def collections_letter(pen: Pen) -> dict:
    guarantor, pt = pen.person(min_age=30), pen.person()
    text = (f"{pen.name(guarantor, 'FULL')}\n{pen.address_line(guarantor.home, True)}\n\nRE: Account "
            f"{pen.account()}   Patient: {pen.name(pt, 'full')}   Service date: {pen.date(pen.near())}\n\n"
            f"Dear {pen.title(guarantor)},\nOur records show a balance of ${pen.rng.randint(40, 4000)}.{pen.digits(2)} "
            f"for services at {keeps.facility(pen)} (CPT {keeps.code(pen, 'cpt')}). This is your final notice; the "
            f"{keeps.wordlike(pen)}. SSN on file: {pen.ssn()}. Call {pen.fax()} (fax) or pay at {pen.url()}.\n")
    return tool_text(text)


def credentialing(pen: Pen) -> dict:
    staff = pen.person(min_age=26, max_age=70)
    rec = {
        "employee": {"legal_name": pen.name(staff, "family_given"), "preferred": pen.name(staff, "given"),
                     "dob": pen.dob(staff), "ssn": pen.ssn(), "home_address": pen.address_line(staff.home),
                     "personal_email": pen.email(staff), "mobile": pen.phone(staff.phone)},
        "licences": [{"type": "State licence", "number": pen.licence(), "expires": keeps.year(pen)},
                     {"type": "DEA", "number": pen.sheet.put("licence", f"B{pen.letters(1)}{pen.digits(7)}")}],
        "parking": {"plate": pen.plate(), "vehicle": "2019 Honda Civic"},
        "badge_photo": pen.photo(staff), "department": keeps.department(pen),
        "emergency_contact": {"name": pen.name(pen.person(min_age=18)), "relation": "spouse"},
    }
    return tool_text("Credentialing file", structured=rec)


def population_registry(pen: Pen) -> dict:
    rows = ["mrn,patient,dob,zip,last_a1c,dx,pcp_site"]
    for _ in range(pen.rng.randint(4, 9)):
        pt = pen.person(min_age=30)
        rows.append(f"{pen.mrn()},\"{pen.name(pt, 'family_given')}\",{pen.dob(pt, 1)},{pen.postcode(pt.home)},"
                    f"{keeps.lab(pen)[1]},{keeps.code(pen, 'icd10')},{keeps.facility(pen)}")
    return tool_text("Diabetes registry - care gaps (CSV)\n" + "\n".join(rows))


def immunization_registry(pen: Pen) -> dict:
    child, mother = pen.person(max_age=6), pen.person(min_age=20, max_age=45)
    doses = [{"cvx": pen.rng.choice(("08", "20", "110", "133", "94")), "administered": pen.date(pen.near(900), 1),
              "lot": f"{pen.letters(2)}{pen.digits(4)}", "cpt": keeps.code(pen, "cpt")}
             for _ in range(pen.rng.randint(2, 5))]
    body = {"registryPatientId": pen.other("IIS", 10), "child": {"name": pen.name(child, "full_middle"),
            "birthDate": pen.dob(child, 1), "multipleBirth": False},
            "motherMaidenName": pen.name(mother, "family"), "responsibleParty": pen.name(mother, "full"),
            "county": pen.county(child.home) if child.home.country == "US" else "out of state",
            "doses": doses, "forecastEngine": keeps.version(pen)}
    return tool_text(embed(body))


def case_report(pen: Pen) -> dict:
    pt = pen.person(min_age=18)
    contacts = [pen.person() for _ in range(pen.rng.randint(1, 3))]
    contact_lines = "\n".join(f"  - {pen.name(c, pen.rng.choice(('full', 'FULL', 'family_given')))}, "
                              f"{pen.phone(c.phone)}" for c in contacts)
    text = (f"REPORTABLE DISEASE CASE REPORT  -- {keeps.facility(pen)}\nCase #: {pen.other('CR-', 7)}\n"
            f"Condition: {keeps.code(pen, 'icd10')} (confirmed)\nPatient: {pen.name(pt, 'FAMILY_GIVEN')}  "
            f"DOB {pen.dob(pt)}  Sex {pt.sex}\nResidence: {pen.address_line(pt.home)}"
            + (f" ({pen.county(pt.home)})" if pt.home.country == "US" else "")
            + f"\nOnset: {pen.date(pen.near(30))}   Specimen: {pen.other('SP', 9)}\nClose contacts:\n{contact_lines}\n"
            f"Reporter fax: {pen.fax()}\n")
    return tool_text(text)


def trial_subject(pen: Pen) -> dict:
    pt = pen.person(min_age=18)
    visits = [{"visit": f"V{i}", "date": pen.date(pen.near(500), 1), "hba1c": keeps.lab(pen)[1]}
              for i in range(1, pen.rng.randint(3, 5))]
    body = {"study": pen.keep("trial", "NCT0" + pen.digits(7)), "protocol": keeps.version(pen),
            "subject_id": pen.other("SUBJ-", 6),
            "screening": {"initials_hidden": True, "consent_signed": pen.date(pen.near(600), 1),
                          "contact": {"name": pen.name(pt), "phone": pen.phone(pt.phone), "email": pen.email(pt)}},
            "wearable": {"model": "ActiTrack 2", "serial": pen.device(), "paired_ip": pen.ip()},
            "arm": pen.rng.choice(("A", "B", "placebo")), "visits": visits, "site": keeps.facility(pen)}
    return tool_text("Subject record", structured=body)


SHAPES = (x12_837, eligibility_271, pharmacy_fills, scheduling, collections_letter, credentialing,
          population_registry, immunization_registry, case_report, trial_subject)
