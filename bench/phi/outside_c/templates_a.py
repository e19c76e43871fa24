"""Templates, part one: clinical documents (chart summary, notes, reports) as EHR-facing MCP servers return them."""

from __future__ import annotations

import random
import re
from typing import Any

from . import pools
from . import values as V
from .envelopes import resource, structured, text_only
from .marks import Num
from .marks import ident as I
from .marks import keep as K


def _drug(rng: random.Random) -> str:
    name, dose = rng.choice(pools.DRUGS)
    return f"{K('drug', name)} {K('dose', dose)}"


def _age_under_90(rng: random.Random) -> str:
    years = rng.randint(19, 89)
    return K("age_under_90", rng.choice((f"{years}-year-old", f"{years} y/o", f"{years}yo", f"{years} yo")))


def _trap(rng: random.Random) -> str:
    """A sentence whose word-that-is-also-a-name (or eponym) must survive."""
    sentence = rng.choice(pools.TRAP_SENTENCES)
    kind = "eponym" if "'s " in sentence or "Hodgkin" in sentence or "' " in sentence else "word_trap"
    return re.sub(r"\[\[(.+?)\]\]", lambda m: K(kind, m.group(1)), sentence)


def _address_line(rng: random.Random, where: V.Place) -> str:
    state = K("state", where.state) if rng.random() < 0.8 else K("state", where.state_name)
    return f"{I('address', where.street)}, {I('city', where.city)}, {state} {I('zip', V.zip_text(rng, where))}"


def chart_summary(rng: random.Random) -> dict[str, Any]:
    """EHR chart summary in markdown with headings and bullet lists."""
    who, birth, where, pcp = V.person(rng), V.dob(rng), V.place(rng), V.person(rng)
    icd = rng.sample(pools.ICD10, 3)
    problems = "\n".join(f"- {K('icd10', code)} {desc} (since {K('year', rng.randint(1995, 2023))})"
                         for code, desc in icd)
    meds = "\n".join(f"- {_drug(rng)}" for _ in range(3))
    allergen, reaction = rng.choice(pools.ALLERGIES)
    text = (
        f"# Chart summary — {who.full(rng)}\n\n"
        f"**DOB:** {V.date(rng, birth)}  \n**MRN:** {V.mrn(rng)}  \n**Sex:** F  \n"
        f"**Address:** {_address_line(rng, where)}  \n**Home phone:** {V.phone(rng)}\n\n"
        f"## Care team\n- {K('role', 'PCP')}: Dr. {pcp.full(rng, 'staff_name')} "
        f"({K('department', rng.choice(pools.DEPARTMENTS))})\n\n"
        f"## Active problems\n{problems}\n\n## Medications\n{meds}\n\n"
        f"## Allergies\n- {K('allergen', allergen)}: {reaction}\n\n"
        f"**County:** {I('county', where.county)}  \n**Clinic fax:** {V.fax(rng)}\n\n"
        f"{_trap(rng)} {_trap(rng)}\n\n"
        f"## Recent vitals\n{K('vital', rng.choice(pools.VITALS))}, {K('vital', rng.choice(pools.VITALS))} on "
        f"{V.date(rng)}\n"
    )
    return text_only(text)


def problem_med_allergy_lists(rng: random.Random) -> dict[str, Any]:
    """Problem, medication and allergy lists as a FHIR-flavoured structured result."""
    who = V.person(rng)
    mrn = V.mrn(rng)
    problems = [{"code": {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": K("icd10", code), "display": desc},
                 "snomed": K("snomed", rng.choice(pools.SNOMED)[0]), "onset": V.date(rng), "status": "active"}
                for code, desc in rng.sample(pools.ICD10, 2)]
    meds = []
    for _ in range(rng.randint(2, 4)):
        name, dose = rng.choice(pools.DRUGS)
        meds.append({"medication": K("drug", name), "sig": K("dose", dose), "ndc": K("ndc", rng.choice(pools.NDCS)),
                     "prescriber": V.person(rng).full(rng, "staff_name"), "last_filled": V.date(rng),
                     "rx_number": V.other_id(rng, "RX")})
    allergen, reaction = rng.choice(pools.ALLERGIES)
    content = {"patient": {"name": who.full(rng), "mrn": mrn, "birthDate": I("date", V.dob(rng).isoformat())},
               "problems": problems, "medications": meds,
               "allergies": [{"substance": K("allergen", allergen), "reaction": reaction, "recorded": V.datetime(rng)}]}
    return structured(content)


def flowsheet(rng: random.Random) -> dict[str, Any]:
    """Nursing flowsheet rows as key: value lines."""
    who, when = V.person(rng), V.day(rng)
    rows = [
        f"Patient: {who.full(rng)}", f"MRN: {V.mrn(rng)}", f"Room: {rng.randint(200, 699)}-{rng.choice('AB')}",
        f"Flowsheet date: {V.date(rng, when)}", f"Recorded: {V.datetime(rng, when)}",
        f"{K('vital', rng.choice(pools.VITALS))}", f"{K('vital', rng.choice(pools.VITALS))}",
        f"Glucose POC: {rng.randint(70, 320)} mg/dL", f"Insulin given: {_drug(rng)}",
        f"Last BM: {V.relative_date(rng)}", f"Fall risk (Morse): {rng.randint(0, 95)}", f"Braden: {rng.randint(9, 23)}",
        f"Note: {_trap(rng)}", f"Encounter (FIN): {V.account(rng)}",
        f"IV site: L forearm, placed {V.date(rng, when)}",
        f"RN: {V.person(rng).full(rng, 'staff_name')}, {K('role', 'charge nurse')}",
        f"Family at bedside: {V.person(rng).full(rng)} "
        f"({rng.choice(('daughter', 'son', 'wife', 'husband', 'niece'))}), "
        f"cell {V.phone(rng)}",
    ]
    return text_only("\n".join(rows))


def behavioral_health_note(rng: random.Random) -> dict[str, Any]:
    """Behavioral-health progress note; relatives and an employer-free social history, word traps included."""
    who, sister, therapist = V.person(rng), V.person(rng), V.person(rng)
    text = (
        f"BEHAVIORAL HEALTH PROGRESS NOTE\nClient: {who.full(rng)}   DOB: {V.date(rng, V.dob(rng))}   "
        f"Session: {V.date(rng)}\nClinician: {therapist.full(rng, 'staff_name')}, LCSW "
        f"({K('department', 'Behavioral Health')})\n\n"
        f"S: {who.given()} reports low mood since her sister {sister.full(rng)} moved to "
        f"{I('city', V.place(rng).city)}. "
        f"Last drink {V.relative_date(rng)}. "
        f"Sleeping 4-5 h. Denies SI/HI. Drinking 3-4 beers nightly since {K('year', rng.randint(2015, 2023))}. "
        f"Says she has no {K('word_trap', 'willpower')} left but is {K('word_trap', 'hope to')} return to work.\n"
        f"O: Affect constricted. PHQ-9 {rng.randint(10, 24)}, GAD-7 {rng.randint(5, 19)}. {_age_under_90(rng)} "
        f"female.\n"
        f"A: {K('icd10', 'F32.1')} MDD, moderate; {K('icd10', 'F10.20')}.\n"
        f"Works as a trucker (CDL {V.license_no(rng)}); posts daily at {V.url(rng, who)}. {_trap(rng)}\n"
        f"P: Continue {_drug(rng)}. Safety plan reviewed; crisis line and sister's number {V.phone(rng)} on file. "
        f"Next session {V.date(rng)}.\n"
    )
    return text_only(text)


def ed_course(rng: random.Random) -> dict[str, Any]:
    """ED course narrative with date-stamped entries, as a resource."""
    who, when = V.person(rng), V.day(rng)
    mrn = V.mrn(rng)
    steps = [
        f"{V.datetime(rng, when)} Arrived by EMS ({K('department', 'Emergency Department')}), {V.age_over_89(rng)} "
        f"from {I('address', V.place(rng).street)}. {K('vital', 'BP 142/88')}, {K('vital', 'HR 96')}.",
        f"{V.datetime(rng, when)} Fever {V.relative_date(rng)}. "
        f"{K('drug', 'ceftriaxone')} {K('dose', '1 g IV q24h')} started. "
        f"{K('lab', rng.choice(pools.LABS))}.",
        f"{V.datetime(rng, when)} Spoke with son {V.person(rng).full(rng)} at {V.phone(rng)}; "
        f"pt's Medicare {K('payer', 'Medicare Part B')} card in wallet. Registration FIN {V.account(rng)}.",
        f"{V.datetime(rng, when)} {_trap(rng)}",
        f"{V.datetime(rng, when)} Admitted to {K('department', 'Cardiology')} under "
        f"Dr. {V.person(rng).full(rng, 'staff_name')}. {K('word_trap', 'Will follow up')} troponin.",
    ]
    return resource(f"ehr://encounters/{V.other_id(rng, 'ENC')}/ed-course", "text/plain",
                    f"ED COURSE — {who.full(rng)} — MRN {mrn}\n" + "\n".join(steps))


def social_work_note(rng: random.Random) -> dict[str, Any]:
    """Social-work note about family members and living situation."""
    who, daughter, son_in_law, where = V.person(rng), V.person(rng), V.person(rng), V.place(rng)
    text = (
        f"SOCIAL WORK ASSESSMENT ({V.date(rng)})\n"
        f"Met with pt {who.full(rng)} and daughter {daughter.full(rng)}. Pt lives alone at {_address_line(rng, where)} "
        f"in {I('county', where.county)} County. Daughter and her husband {son_in_law.full(rng)} live in "
        f"{K('state', where.state_name)}; daughter's email {V.email(rng, daughter)}, work {V.phone(rng)}.\n"
        f"Pt's grandson {V.person(rng).given()} helps with groceries. Daughter is healthcare POA "
        f"(document dated {V.date(rng)}). {K('role', 'case manager')} to arrange {K('department', 'Home Health')}.\n"
        f"Pt's mother, {V.age_over_89(rng)}, also lives with them. Family started {V.url(rng, who)}. "
        f"Marriage certificate {V.license_no(rng)} requested for benefits. {_trap(rng)}\n"
        f"Insurance: {K('payer', rng.choice(pools.PAYERS))}, member {V.member_id(rng)}. "
        f"{K('word_trap', 'Hope is')} to return home by the weekend.\n"
    )
    return text_only(text)


def home_health_visit(rng: random.Random) -> dict[str, Any]:
    """Home-health visit note with directions, a vehicle and a wound photo."""
    who, where, when = V.person(rng), V.place(rng), V.day(rng)
    content = {
        "visit_id": V.other_id(rng, "HHV"), "visit_date": V.date(rng, when),
        "clinician": V.person(rng).full(rng, "staff_name"),
        "discipline": K("role", "nurse practitioner"), "cpt": K("cpt", "99349"),
        "patient": {"name": who.full(rng), "address": I("address", where.street), "city": I("city", where.city),
                    "state": K("state", where.state),
                    "county": I("county", where.county), "age": Num("age_under_90", rng.randint(40, 89), False),
                    "zip": Num("zip", int(where.zip5)) if where.zip5[0] != "0" else I("zip", where.zip5)},
        "narrative": (f"Arrived {V.datetime(rng, when)}. Discharged from rehab "
                      f"{V.relative_date(rng)}. Caregiver {V.person(rng).full(rng)} met us; her car "
                      f"(plate {V.plate(rng)}) blocks the ramp. Gate code {V.other_id(rng, 'GC')}. "
                      f"Wound L heel 2.1 x 1.4 cm, {K('word_trap', 'brown discoloration')} at edges; photo "
                      f"{V.photo(rng, when)} uploaded. {K('vital', rng.choice(pools.VITALS))}."),
        "equipment": [{"model": K("device_model", "Invacare Platinum 10"), "serial": V.serial(rng)}],
    }
    return structured(content)


def dental_record(rng: random.Random) -> dict[str, Any]:
    """Dental chart entry with tooth numbers and CDT codes."""
    who, when = V.person(rng), V.day(rng)
    text = (
        f"Dental Progress Note | {K('department', 'Pediatric Dentistry')}\nPatient: {who.full(rng)} "
        f"(chart {V.mrn(rng)}), DOB {V.date(rng, V.dob(rng))}\nDate of service: {V.date(rng, when)}\n"
        f"Guardian: {V.person(rng).full(rng)}, {V.phone(rng)}\n"
        f"Procedures: {K('cdt', 'D0120')} periodic eval; {K('cdt', 'D1110')} prophylaxis; {K('cdt', 'D2391')} "
        f"resin #{rng.randint(2, 31)} MO. Dx {K('icd10', 'K02.52')}.\n"
        f"Radiographs: bitewings, image {V.photo(rng, when)}.\n"
        f"Provider: Dr. {V.person(rng).full(rng, 'staff_name')}, {K('role', 'dental hygienist')} assisted.\n"
        f"Account {V.account(rng)}. {_trap(rng)}\n"
        f"Recall in 6 months. Amoxicillin premed not indicated; {_drug(rng)}.\n"
    )
    return text_only(text)


def radiology_report(rng: random.Random) -> dict[str, Any]:
    """Radiology report with history, comparison and an implanted device."""
    who, when = V.person(rng), V.day(rng)
    text = (
        f"EXAM: CT HEAD WITHOUT CONTRAST ({K('cpt', '70450')})\nPATIENT: {who.full(rng)}  MRN: {V.mrn(rng)}  "
        f"ACC#: {V.other_id(rng, 'RAD')}\nDATE: {V.datetime(rng, when)}\n\n"
        f"HISTORY: {_age_under_90(rng)} with fall, on {K('drug', 'apixaban')}. Pacemaker "
        f"({K('device_model', 'Medtronic Azure XT DR MRI')}, serial {V.serial(rng)}).\n"
        f"COMPARISON: MRI brain {V.date(rng)}; CT head {V.date(rng)}.\n"
        f"FINDINGS: No acute hemorrhage. Chronic small-vessel change. Incidental "
        f"{K('eponym', rng.choice(pools.EPONYMS))} "
        f"noted on prior knee imaging is not re-evaluated.\nIMPRESSION: No acute intracranial abnormality.\n"
        f"Dictated by: {V.person(rng).full(rng, 'staff_name')}, MD ({K('department', 'Radiology')}) "
        f"{V.datetime(rng, when)}\n"
    )
    return structured({"report": text, "status": "final", "modality": "CT"}, summary=text)


def pathology_report(rng: random.Random) -> dict[str, Any]:
    """Surgical pathology report as resource contents (markdown)."""
    who, when = V.person(rng), V.day(rng)
    snomed_code, snomed_text = rng.choice(pools.SNOMED)
    text = (
        f"## SURGICAL PATHOLOGY REPORT\n\n| Field | Value |\n|---|---|\n| Patient | {who.full(rng)} |\n"
        f"| Accession | {V.other_id(rng, 'S')} |\n| Collected | {V.datetime(rng, when)} |\n"
        f"| Received | {V.date(rng, when)} |\n| Submitting physician | {V.person(rng).full(rng, 'staff_name')} |\n\n"
        f"### Final diagnosis\nRight breast, core biopsy: invasive ductal carcinoma, grade 2 "
        f"({K('icd10', 'C50.911')}; SNOMED {K('snomed', snomed_code)} {snomed_text}). CPT {K('cpt', '88305')}.\n\n"
        f"### Clinical history\n{V.age_over_89(rng)} woman, mass first noted {V.date(rng)}.\n"
    )
    return resource(f"lis://reports/{V.other_id(rng, 'SP')}", "text/markdown", text)


def immunization_record(rng: random.Random) -> dict[str, Any]:
    """Immunisation history as a structured registry answer."""
    who = V.person(rng)
    doses = [{"cvx": K("cvx", code), "vaccine": name, "administered": V.date(rng),
              "site": rng.choice(("L deltoid", "R deltoid")), "administered_by": V.person(rng).full(rng, "staff_name")}
             for code, name in rng.sample(pools.CVX, 3)]
    content = {"registry": "State IIS", "state": K("state", rng.choice(pools.PLACES)[3]),
               "patient": {"name": who.full(rng), "dob": V.date(rng, V.dob(rng)), "registry_id": V.other_id(rng, "IIS"),
                           "mother_maiden_name": I("name", V.person(rng).last),
                           "birth_certificate": V.license_no(rng), "county": I("county", rng.choice(pools.PLACES)[1])},
               "doses": doses, "cpt": [K("cpt", "90471"), K("cpt", "90686")]}
    return structured(content)


def secure_messages(rng: random.Random) -> dict[str, Any]:
    """Portal secure-message thread as a JSON array inside text (and structured)."""
    who, nurse = V.person(rng), V.person(rng)
    thread = [
        {"from": who.full(rng), "from_email": V.email(rng, who), "sent": V.datetime(rng),
         "body": f"Hi, this is {who.given()} — can I take {K('drug', 'ondansetron')} with my chemo? "
                 f"My new cell is {V.phone(rng)}. Pics of the rash: {V.url(rng, who)}"},
        {"from": nurse.full(rng, "staff_name"), "sent": V.datetime(rng),
         "body": f"Yes, {K('dose', '4 mg IV q6h PRN')} was the hospital dose; at home use the tablets. "
                 f"{K('word_trap', 'Will follow up')} with Dr. {I('staff_name', V.person(rng).last)}."},
        {"from": who.full(rng), "sent": V.datetime(rng), "client_ip": V.ip(rng),
         "body": f"Thanks! My husband {V.person(rng).full(rng)} will drive me on {V.date(rng)}."},
    ]
    return structured({"thread_id": V.other_id(rng, "MSG"), "messages": thread})
