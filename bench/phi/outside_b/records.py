"""Templates for record-shaped tool results: FHIR R4 resources and bundles, athenahealth-style appointment lists,
claims/EOBs, pharmacy fill histories, HL7 v2 lab messages and remote device monitoring."""

from __future__ import annotations

import json
from typing import Any

from . import values as V
from .corpus import Draft, mcp_result
from .people import Home, Person, age


def _dumps(d: Draft, structured: Any) -> str:
    """Servers serialise the same record into the text block, compactly or pretty-printed."""
    return json.dumps(structured, ensure_ascii=False, indent=d.rng.choice([None, 2]))


def fhir_patient(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, kin = Person.draw(d), Person.draw(d, 1940, 2000)
    home = Home.draw(d)
    home.declare(d, county=True)
    given = [pt.first(d), pt.middle] if rng.random() < 0.5 else [pt.first(d)]
    resource = {
        "resourceType": "Patient",
        "id": d.id("OTHER_ID", f"e{V.upper(rng, 2).lower()}{V.digits(rng, 6)}-{V.digits(rng, 4)}"),
        "meta": {
            "versionId": str(rng.randint(1, 9)),
            "lastUpdated": d.id("DATE", V.timestamp(rng, V.day(rng, 2023, 2026))),
        },
        "identifier": [
            {
                "use": "usual",
                "type": {
                    "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}],
                    "text": "MRN",
                },
                "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14",
                "value": d.id("MRN", V.mrn(rng)),
            },
            {
                "use": "official",
                "type": {"text": "SSN"},
                "system": "http://hl7.org/fhir/sid/us-ssn",
                "value": d.id("SSN", V.ssn(rng)),
            },
            {
                "type": {"text": "Driver's License"},
                "system": f"urn:oid:2.16.840.1.113883.4.3.{rng.randint(1, 56)}",
                "value": d.id("LICENSE", V.licence(rng)),
            },
        ],
        "active": True,
        "name": [{"use": "official", "family": pt.last(d), "given": given}, {"use": "usual", "text": pt.plain(d)}],
        "telecom": [
            {"system": "phone", "value": d.id("PHONE", V.phone(rng)), "use": rng.choice(["home", "mobile"])},
            {"system": "email", "value": pt.email(d)},
            {"system": "fax", "value": d.id("FAX", V.phone(rng)), "use": "work"},
        ],
        "gender": rng.choice(["female", "male", "other", "unknown"]),
        "birthDate": pt.dob_iso(d),
        "address": [
            {
                "use": "home",
                "line": [home.line],
                "city": home.city,
                "district": home.county,
                "state": d.ok("STATE", home.state),
                "postalCode": home.zip,
                "country": "US",
            }
        ],
        "photo": [
            {
                "contentType": "image/jpeg",
                "url": d.id("PHOTO", f"https://fhir.example-health.org/Binary/photo-{V.digits(rng, 7)}.jpg"),
            }
        ],
        "contact": [
            {
                "relationship": [{"text": d.ok("ROLE", rng.choice(["daughter", "son", "spouse", "guardian"]))}],
                "name": {"family": kin.last(d), "given": [kin.first(d)]},
                "telecom": [{"system": "phone", "value": d.id("PHONE", V.phone(rng))}],
            }
        ],
        "generalPractitioner": [
            {"reference": f"Practitioner/{V.digits(rng, 6)}", "display": Person.draw(d).titled(d, "Dr.")}
        ],
        "managingOrganization": {"display": d.ok("DEPARTMENT", rng.choice(V.DEPARTMENTS))},
    }
    return mcp_result(_dumps(d, resource), resource)


def fhir_bundle(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, doc = Person.draw(d), Person.draw(d, 1950, 1995)
    seen = V.day(rng, 2021, 2026)
    ref = f"Patient/{d.id('OTHER_ID', V.other_id(rng, 'P'))}"
    patient_display = pt.full(d)
    observations = []
    for code, label, unit, (low, high) in rng.sample(V.LOINC, 3):
        value = round(rng.uniform(low, high), 1)
        observations.append(
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": d.ok("LOINC", code), "display": label}]},
                    "subject": {"reference": ref, "display": patient_display},
                    "effectiveDateTime": d.id("DATE", V.timestamp(rng, seen)),
                    "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org"},
                }
            }
        )
        d.ok("LAB_VALUE", str(value))
    systolic, diastolic, pulse = rng.randint(98, 178), rng.randint(52, 104), rng.randint(48, 118)
    bp = d.ok("VITAL", f"{systolic}/{diastolic}")
    icd, icd_text = rng.choice(V.ICD10)
    snomed, snomed_text = rng.choice(V.SNOMED)
    years = pt.age_on(seen)
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(observations) + 2,
        "link": [{"relation": "self", "url": f"https://fhir.example-health.org/api/FHIR/R4/Encounter?patient={ref}"}],
        "entry": [
            {
                "resource": {
                    "resourceType": "Encounter",
                    "status": "finished",
                    "class": {"code": "AMB", "display": "ambulatory"},
                    "identifier": [
                        {
                            "system": "urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8",
                            "value": d.id("OTHER_ID", V.digits(rng, 9)),
                        }
                    ],
                    "subject": {"reference": ref, "display": patient_display},
                    "participant": [{"individual": {"display": doc.full(d)}}],
                    "period": {"start": d.id("DATE", V.timestamp(rng, seen))},
                    "serviceProvider": {"display": d.ok("DEPARTMENT", rng.choice(V.DEPARTMENTS))},
                    "reasonCode": [{"text": f"{age(d, years)} yo seen for {icd_text.lower()}"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "clinicalStatus": {"text": "active"},
                    "code": {
                        "coding": [
                            {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": d.ok("ICD10", icd)},
                            {
                                "system": "http://snomed.info/sct",
                                "code": d.ok("SNOMED", snomed),
                                "display": snomed_text,
                            },
                        ]
                    },
                    "onsetDateTime": d.id("DATE", V.day(rng, 2005, 2020).isoformat()),
                    "note": [
                        {
                            "text": f"Dx since {d.ok('YEAR', str(rng.randint(2001, 2019)))}; BP today {bp}, "
                            f"HR {d.ok('VITAL', str(pulse))}."
                        }
                    ],
                }
            },
            *observations,
        ],
    }
    text = (
        f"Found {bundle['total']} resources for {patient_display} (DOB {pt.dob(d)}). "
        f"Latest encounter with {doc.titled(d, 'Dr.')}."
    )
    return mcp_result(text, bundle)


def athena_appointments(d: Draft) -> dict[str, Any]:
    rng = d.rng
    department = d.ok("DEPARTMENT", rng.choice(V.DEPARTMENTS))
    rows, appointments = [], []
    for _ in range(rng.randint(3, 5)):
        pt, doc = Person.draw(d), Person.draw(d, 1950, 1995)
        when = V.day(rng, 2025, 2026)
        date = d.id("DATE", f"{when:%m/%d/%Y}")
        name = pt.plain(d)
        mobile = d.id("PHONE", V.phone(rng))
        patient_id = d.id("MRN", V.digits(rng, rng.choice([5, 6, 7])))
        visit = rng.choice(["FOLLOW UP", "NEW PATIENT", "ANNUAL PHYSICAL", "TELEHEALTH", "POST-OP"])
        appointments.append(
            {
                "appointmentid": d.id("OTHER_ID", V.digits(rng, 7)),
                "appointmentstatus": rng.choice(["f", "x", "2", "3"]),
                "appointmenttype": visit,
                "date": date,
                "starttime": f"{rng.randint(7, 16):02d}:{rng.choice([0, 20, 40]):02d}",
                "duration": rng.choice([15, 20, 30, 40]),
                "departmentid": str(rng.randint(1, 150)),
                "patientid": patient_id,
                "patient": {
                    "firstname": pt.first(d),
                    "lastname": pt.last(d),
                    "dob": pt.dob(d),
                    "mobilephone": mobile,
                    "email": pt.email(d),
                },
                "providername": doc.plain(d),
                "insurances": [
                    {
                        "insuranceplanname": d.ok("PAYER", rng.choice(V.PAYERS)),
                        "insuranceidnumber": d.id("HEALTH_PLAN", V.member_id(rng)),
                    }
                ],
            }
        )
        rows.append(f"| {date} | {appointments[-1]['starttime']} | {name} | {patient_id} | {mobile} | {visit} |")
    text = (
        f"### Appointments — {department}\n\n| Date | Time | Patient | Patient ID | Mobile | Type |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    return mcp_result(text, {"appointments": appointments, "totalcount": len(appointments)})


def claim_eob(d: Draft) -> dict[str, Any]:
    rng = d.rng
    member, subscriber = Person.draw(d, 1990, 2015), Person.draw(d, 1960, 1990)
    home = Home.draw(d)
    payer = d.ok("PAYER", rng.choice(V.PAYERS))
    service = V.day(rng, 2024, 2026)
    lines = []
    for cpt, label in rng.sample(V.CPTS, 3):
        billed = round(rng.uniform(40, 2400), 2)
        lines.append(
            {
                "procedureCode": d.ok("CPT", cpt),
                "description": label,
                "serviceDate": d.id("DATE", service.isoformat()),
                "billed": billed,
                "allowed": round(billed * 0.62, 2),
                "patientResponsibility": round(billed * 0.1, 2),
            }
        )
    icd, _ = rng.choice(V.ICD10)
    claim = {
        "claimNumber": d.id("OTHER_ID", V.other_id(rng, "CLM")),
        "payer": payer,
        "status": "PROCESSED",
        "subscriber": {
            "name": subscriber.full(d),
            "memberId": d.id("HEALTH_PLAN", V.member_id(rng)),
            "ssnOnFile": d.id("SSN", V.ssn(rng)),
            "groupNumber": f"GRP-{V.digits(rng, 6)}",
            "employer": f"{subscriber.family} Landscaping LLC",
        },
        "patient": {
            "name": member.full(d),
            "relationship": d.ok("ROLE", rng.choice(["son", "daughter"])),
            "dateOfBirth": member.dob(d),
            "address": home.one_line(d),
        },
        "patientAccountNumber": d.id("ACCOUNT", V.account(rng)),
        "diagnosisCodes": [d.ok("ICD10", icd)],
        "serviceLines": lines,
        "processedDate": d.id("DATE", V.date_text(rng, V.day(rng, 2025, 2026))),
        "checkNumber": d.id("OTHER_ID", V.digits(rng, 8)),
    }
    d.id("NAME", subscriber.family)
    total = round(sum(line["patientResponsibility"] for line in lines), 2)
    text = (
        f"EXPLANATION OF BENEFITS — {payer}\nClaim {claim['claimNumber']} for {claim['patient']['name']} "
        f"(member {claim['subscriber']['memberId']}), account {claim['patientAccountNumber']}.\n"
        f"Date of service: {lines[0]['serviceDate']}. You may owe the provider: ${total:.2f}."
    )
    return mcp_result(text, claim)


def pharmacy_history(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, prescriber = Person.draw(d), Person.draw(d, 1950, 1992)
    home = Home.draw(d)
    fills, rows = [], ["rx_number,fill_date,drug,strength,ndc,qty,days_supply,prescriber,prescriber_dea,pharmacy_phone"]
    dea = d.id("LICENSE", f"{V.upper(rng, 2)}{V.digits(rng, 7)}")
    prescriber_name = prescriber.full(d)
    for _ in range(rng.randint(2, 4)):
        drug, dose = rng.choice(V.DRUGS)
        fill = {
            "rxNumber": d.id("OTHER_ID", f"{rng.randint(1, 9)}{V.digits(rng, 6)}"),
            "fillDate": d.id("DATE", V.day(rng, 2025, 2026).isoformat()),
            "drugDescription": d.ok("DRUG", drug),
            "strength": d.ok("DOSE", dose),
            "ndc": d.ok("NDC", rng.choice(V.NDCS)),
            "quantity": rng.choice([30, 90, 60]),
            "daysSupply": rng.choice([30, 90]),
            "prescriber": prescriber_name,
            "prescriberDEA": dea,
            "pharmacyPhone": d.id("PHONE", V.phone(rng)),
        }
        fills.append(fill)
        rows.append(",".join(f'"{v}"' if "," in str(v) else str(v) for v in fill.values()))
    structured = {
        "patient": {
            "name": pt.full(d),
            "dob": pt.dob(d),
            "gender": rng.choice(["F", "M"]),
            "address": home.one_line(d),
            "cardholderId": d.id("HEALTH_PLAN", V.member_id(rng)),
        },
        "medicationHistory": fills,
        "source": "PBM claims + dispensed",
        "consent": "Y",
    }
    text = f"Medication history export ({len(fills)} fills)\n" + "\n".join(rows)
    return mcp_result(text, structured)


def lab_hl7(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, orderer = Person.draw(d), Person.draw(d, 1950, 1992)
    home = Home.draw(d)
    home.declare(d)
    collected = V.day(rng, 2024, 2026)
    mrn, accession = d.id("MRN", V.mrn(rng)), d.id("OTHER_ID", f"S{collected:%y}-{V.digits(rng, 6)}")
    stamp = d.id("DATE", f"{collected:%Y%m%d}{rng.randint(6, 20):02d}{rng.randint(0, 59):02d}")
    phone = d.id("PHONE", V.phone(rng))
    family, given, dob = pt.last(d), pt.first(d), d.id("DATE", f"{pt.born:%Y%m%d}")
    segments = [
        f"MSH|^~\\&|LAB|CORELAB|EHR|CLINIC|{stamp}||ORU^R01|{V.digits(rng, 8)}|P|2.5.1",
        f"PID|1||{mrn}^^^HOSP^MR||{family}^{given}^{pt.middle}||{dob}|{rng.choice(['F', 'M'])}|||"
        f"{home.line}^^{home.city}^{d.ok('STATE', home.state)}^{home.zip}||{phone}|||||"
        f"{d.id('ACCOUNT', V.account(rng))}|{d.id('SSN', V.ssn(rng))}",
        f"ORC|RE|{accession}|||||||||{V.digits(rng, 6)}^{orderer.last(d)}^{orderer.first(d)}",
    ]
    results = []
    for index, (code, label, unit, (low, high)) in enumerate(rng.sample(V.LOINC, 4), start=1):
        value = d.ok("LAB_VALUE", str(round(rng.uniform(low, high), 1)))
        segments.append(f"OBX|{index}|NM|{d.ok('LOINC', code)}^{label}^LN||{value}|{unit}|||||F")
        results.append({"loinc": code, "test": label, "value": value, "unit": unit})
    structured = {
        "accession": accession,
        "collected": stamp,
        "patientName": f"{family}, {given}",
        "orderingProvider": orderer.plain(d),
        "results": results,
    }
    d.id("NAME", f"{family}, {given}")
    return mcp_result("\r".join(segments), structured)


def device_monitoring(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt = Person.draw(d, 1925, 1960)
    model = d.ok("DEVICE_MODEL", rng.choice(V.DEVICE_MODELS))
    serial = d.id("DEVICE_ID", V.serial(rng))
    monitor_ip = d.id("IP", rng.choice([V.ipv4(rng), V.ipv6(rng)]))
    transmissions = []
    for _ in range(rng.randint(2, 3)):
        when = V.day(rng, 2025, 2026)
        transmissions.append(
            {
                "receivedAt": d.id("DATE", V.timestamp(rng, when)),
                "sourceIp": monitor_ip,
                "batteryVoltage": f"{rng.uniform(2.6, 3.1):.2f} V",
                "afBurden": f"{rng.randint(0, 40)}%",
                "alerts": rng.choice([[], ["AT/AF > 6h"]]),
            }
        )
    years = pt.age_on(V.day(rng, 2025, 2026))
    structured = {
        "patient": {"displayName": pt.plain(d), "mrn": d.id("MRN", V.mrn(rng)), "birthDate": pt.dob_iso(d)},
        "device": {
            "model": model,
            "serialNumber": serial,
            "manufacturer": "see model",
            "udi": d.id("DEVICE_ID", f"(01)00{V.digits(rng, 12)}(21){serial}"),
            "implantDate": d.id("DATE", V.date_text(rng, V.day(rng, 2012, 2024))),
            "homeMonitorId": d.id("DEVICE_ID", f"HM-{V.digits(rng, 4)}-{V.upper(rng, 4)}"),
        },
        "clinic": d.ok("DEPARTMENT", rng.choice(["Cardiology Clinic", "Sleep Medicine Lab", "Endocrinology"])),
        "transmissions": transmissions,
        "lastTransmissionRaw": json.dumps({"sn": serial, "ip": monitor_ip, **transmissions[-1]}),
    }
    text = (
        f"Remote monitoring summary: {structured['patient']['displayName']}, {age(d, years)} y/o, "
        f"{model} SN {serial}; last transmission from {monitor_ip}."
    )
    return mcp_result(text, structured)
