"""FHIR R4 shapes as an EHR's MCP server returns them: resources and search bundles, readable (no base64)."""

from __future__ import annotations

from typing import Any

from . import values as V
from .ctx import Ctx
from .envelopes import resource_result, structured_result, text_result
from .plant import dumps


def fhir_patient(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    relative = ctx.pop.person()
    born = V.birth_date(rng)
    resource = {
        "resourceType": "Patient",
        "id": ctx.other_id(),
        "meta": {"versionId": str(rng.randint(1, 9)), "profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
        "identifier": [
            {"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "type": {"text": "MRN"}, "value": ctx.mrn()},
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": ctx.ssn()},
        ],
        "name": [{"use": "official", "family": ctx.name(person, "family"), "given": [ctx.name(person, "given")]}],
        "telecom": [{"system": "phone", "value": ctx.phone(place), "use": ctx.pick("home", "mobile")},
                    {"system": "email", "value": ctx.email(person)}],
        "gender": "female" if person.female else "male",
        "birthDate": ctx.dob(born, "iso"),
        "address": [{"line": [ctx.street(place)], "city": ctx.city(place), "state": ctx.region(place),
                     "postalCode": ctx.zip(place), "country": place.country}],
        "contact": [{"relationship": [{"text": ctx.pick("spouse", "daughter", "son", "mother", "guardian")}],
                     "name": {"text": ctx.name(relative, "full")},
                     "telecom": [{"system": "phone", "value": ctx.phone()}]}],
        "communication": [{"language": {"text": ctx.pick("English", "Spanish", "Vietnamese", "Yoruba", "Polish")}}],
        "extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                       "valueCode": "F" if person.female else "M"}],
    }
    if rng.random() < 0.4:
        resource["photo"] = [{"contentType": "image/jpeg", "title": ctx.photo()}]
    return structured_result(resource, summary=ctx.pick(None, "Found 1 patient.", "patient.read OK"))


def fhir_encounters(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    reference = f"Patient/{ctx.other_id()}"
    entries = []
    for _ in range(rng.randint(2, 5)):
        entries.append({"resource": {
            "resourceType": "Encounter", "status": ctx.pick("finished", "in-progress", "planned"),
            "class": {"code": ctx.pick("AMB", "IMP", "EMER")},
            "subject": {"reference": reference, "display": ctx.name(person, ctx.pick("full", "last_first"))},
            "period": {"start": f"{ctx.date(V.recent_date(rng), 'iso')}T{rng.randint(6, 20):02d}:00:00Z"},
            "serviceProvider": {"display": ctx.keep("department")},
            "participant": [{"individual": {"display": f"Dr. {ctx.pop.provider()}"}}],
            "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": ctx.keep("icd10")}]}],
            "identifier": [{"system": "urn:visit", "value": ctx.other_id()}],
        }})
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries,
              "meta": {"tag": [{"code": ctx.keep("version")}]}}
    return structured_result(bundle, indent=ctx.pick(None, 2))


def fhir_observations(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    subject = {"reference": f"Patient/{ctx.mrn()}", "display": ctx.name(person)}
    entries = []
    for _ in range(rng.randint(2, 6)):
        entries.append({"fullUrl": ctx.url() if rng.random() < 0.3 else "urn:uuid:obs", "resource": {
            "resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": ctx.keep("loinc")}], "text": ctx.keep("lab")},
            "subject": subject, "effectiveDateTime": ctx.visit_date("iso"),
            "note": [{"text": f"{ctx.keep('vital')}; on {ctx.keep('drug')} {ctx.keep('dose')}"}],
            "device": {"display": f"glucometer serial {ctx.device()}" if rng.random() < 0.3 else "analyzer"},
        }})
    return structured_result({"resourceType": "Bundle", "type": "searchset", "entry": entries})


def fhir_document_reference(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    note = (f"{ctx.keep('department')} progress note\n"
            f"Pt: {ctx.name(person, 'upper_last_first')}   DOB {ctx.dob(V.birth_date(rng))}  MRN {ctx.mrn()}\n"
            f"Lives at {ctx.address_line(place)} with {ctx.pick('wife', 'husband', 'partner', 'daughter')} "
            f"{ctx.name(ctx.pop.person(), 'full')} (cell {ctx.phone(place)}).\n"
            f"A/P: {ctx.keep('eponym')} ({ctx.keep('icd10')}), continue {ctx.keep('drug')} {ctx.keep('dose')}. "
            f"Dx first made in {ctx.keep('year')}.\n")
    resource = {
        "resourceType": "DocumentReference", "id": ctx.other_id(), "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
        "subject": {"display": ctx.name(person)}, "date": ctx.visit_date("iso"),
        "content": [{"attachment": {"contentType": "text/plain", "data_text": note,
                                    "url": ctx.url()}}],
    }
    if rng.random() < 0.5:
        uri = f"fhir://DocumentReference/{rng.randint(1000, 99999)}"
        return resource_result(uri, "application/fhir+json", dumps(resource, 2))
    return structured_result(resource)


def fhir_coverage_eob(ctx: Ctx) -> Any:
    rng, person, subscriber = ctx.rng, ctx.pop.person(), ctx.pop.person()
    items = [{"sequence": n + 1, "productOrService": {"coding": [{"code": ctx.keep("cpt")}]},
              "servicedDate": ctx.visit_date("iso"),
              "net": {"value": round(rng.uniform(20, 2400), 2), "currency": "USD"}}
             for n in range(rng.randint(1, 4))]
    resource = {
        "resourceType": "ExplanationOfBenefit", "identifier": [{"value": ctx.other_id()}],
        "patient": {"display": ctx.name(person, "full")},
        "insurance": [{"coverage": {"display": f"{ctx.pick('Aetna PPO', 'BCBS Blue Choice', 'MassHealth')} "
                                               f"member {ctx.member()}"}}],
        "subscriber": {"display": f"{ctx.name(subscriber, 'last_first')} "
                                  f"(policyholder, DOB {ctx.dob(V.birth_date(rng), 'us')})"},
        "billablePeriod": {"start": ctx.visit_date("iso")},
        "payee": {"party": {"display": f"account {ctx.account()}"}},
        "diagnosis": [{"diagnosisCodeableConcept": {"coding": [{"code": ctx.keep("icd10")}]}}],
        "item": items,
    }
    return structured_result(resource, summary=f"EOB retrieved ({len(items)} lines)")


def fhir_related_care_team(ctx: Ctx) -> Any:
    rng, person, relative, place = ctx.rng, ctx.pop.person(), ctx.pop.person(), ctx.pop.place()
    lines = [
        "CareTeam + RelatedPerson (summary view)",
        f"  patient ........ {ctx.name(person, 'with_middle')}  [{ctx.mrn()}]",
        f"  age ............ {ctx.age90() if rng.random() < 0.5 else ctx.keep('age')}",
        f"  caregiver ...... {ctx.name(relative, ctx.pick('full', 'last_first', 'initial'))} "
        f"({ctx.pick('niece', 'son-in-law', 'neighbor', 'POA')})",
        f"                   {ctx.phone(place)} / {ctx.email(relative)}",
        f"                   {ctx.address_line(place)}",
        f"  PCP ............ Dr. {ctx.pop.provider()} ({ctx.keep('department')})",
        f"  goals .......... {ctx.keep('word')}; manage {ctx.keep('eponym')}",
    ]
    return text_result("\n".join(lines))


SHAPES = {
    "fhir_patient": fhir_patient,
    "fhir_encounters": fhir_encounters,
    "fhir_observations": fhir_observations,
    "fhir_document_reference": fhir_document_reference,
    "fhir_coverage_eob": fhir_coverage_eob,
    "fhir_related_care_team": fhir_related_care_team,
}
