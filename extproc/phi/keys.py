"""JSON key names as a detection signal: normalisation and the default key → kind table."""

from __future__ import annotations

from functools import lru_cache

from . import kinds as K

_CACHE: dict[str, str] = {}
_CACHE_MAX = 4096


def normalize_key(key: str) -> str:
    """``dateOfBirth``, ``Date-Of-Birth``, ``date of birth`` → ``date_of_birth`` (cached, bounded)."""
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    out: list[str] = []
    prev = ""
    for ch in key[:128]:
        if ch.isupper():
            if prev and (prev.islower() or prev.isdigit()):
                out.append("_")
            out.append(ch.lower())
        elif ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "_":
            out.append("_")
        prev = ch
    result = "".join(out).strip("_")
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[key] = result
    return result


DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    K.NAME: (
        "name",
        "full_name",
        "given_name",
        "family_name",
        "first_name",
        "last_name",
        "middle_name",
        "maiden_name",
        "patient_name",
        "name_latin",
        "preferred_name",
        "legal_name",
        "mother_name",
        "father_name",
        "spouse_name",
        "emergency_contact",
        "emergency_contact_name",
        "employer",
        "employer_name",
        "employername",
        "place_of_employment",
        "workplace",
        "guardian_name",
        "contact_name",
        "given",
        "family",
        "surname",
        "forename",
        "nickname",
        "alias",
        "pcp_name",
        "provider_name",
        "next_of_kin",
        "caregiver_name",
        *("initials", "patient_initials", "subject_initials", "pt_initials", "participant_initials"),
        *("alphabetic", "ideographic", "phonetic"),  # a DICOM JSON PN value's groups: {"Alphabetic": "Doe^John"}
    ),
    K.DATE: (
        "dob",
        "birth_date",
        "date_of_birth",
        "birthdate",
        "birthday",
        "death_date",
        "date_of_death",
        "deceased_date",
        "admission_date",
        "admit_date",
        "discharge_date",
        "admitted_at",
        "discharged_at",
        "visit_date",
        "service_date",
        "date_of_service",
        "encounter_date",
        "deceased_date_time",
        "birth_date_time",
    ),
    K.AGE: (
        *("age", "age_years", "patient_age", "age_at_visit", "age_at_onset", "onset_age", "age_at_death"),
        *("age_at_diagnosis", "age_at_admission", "current_age", "age_in_years", "years_old", "age_value"),
    ),
    K.ADDRESS: (
        "address",
        "street_address",
        "street",
        "address_line",
        "address_line1",
        "address_line2",
        "line1",
        "line2",
        "home_address",
        "mailing_address",
        "residence",
        "street_line",
    ),
    K.CITY: ("city", "town", "county", "municipality", "district"),
    K.ZIP: ("zip", "zip_code", "zipcode", "postal_code", "postcode", "zip5"),
    K.PHONE: (
        "phone",
        "phone_number",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "home_phone",
        "work_phone",
        "mobile_phone",
        "cell_phone",
        "contact_phone",
        "emergency_phone",
    ),
    K.FAX: ("fax", "fax_number"),
    K.EMAIL: ("email", "email_address", "e_mail", "mail"),
    K.SSN: ("ssn", "social_security_number", "social_security", "ss_number", "ssn_last4", "last4_ssn"),
    K.MRN: ("mrn", "medical_record_number", "medical_record", "record_number", "chart_number"),
    K.HEALTH_PLAN: (
        "member_id",
        "insurance_member_id",
        "subscriber_id",
        "policy_number",
        "health_plan_id",
        "beneficiary_id",
        "insurance_id",
        "group_number",
        "medicaid_id",
        *("medicare_no", "medicare_card", "medicare_card_number", "ihi", "ihi_number", "nhi", "nhi_number"),
        *("health_card", "health_card_number", "ohip", "ohip_number", "ramq", "phn", "care_card", "chi_number"),
        *("nhs_number", "nhs_no", "nhs"),
    ),
    K.MBI: ("medicare_mbi", "mbi", "medicare_id", "medicare_number", "hicn"),
    K.ACCOUNT: ("account_number", "account", "account_id", "acct", "billing_account", "bank_account", "iban"),
    K.CARD: ("card_number", "credit_card", "credit_card_number", "pan", "last4", "last_4", "last_four", "card_last4"),
    K.LICENSE: (
        "drivers_license",
        "driver_license",
        "license_number",
        "licence_number",
        "dl_number",
        "dl",
        "passport",
        "passport_number",
        "certificate_number",
    ),
    K.DEA: ("dea", "dea_number"),
    K.NPI: ("npi", "pcp_npi", "provider_npi"),
    K.VIN: ("vin", "vehicle_vin", "vehicle_id"),
    K.PLATE: ("license_plate", "plate", "plate_number"),
    K.DEVICE: ("device_serial", "serial_number", "serial", "udi", "device_id", "imei"),
    K.URL: ("url", "portal_url", "website", "homepage", "web_url", "profile_url"),
    K.IP: ("ip", "ip_address", "client_ip", "remote_addr", "ipv4", "ipv6"),
    K.BIOMETRIC: (
        *("fingerprint", "voiceprint", "retina_scan", "biometric", "biometric_id", "voiceprint_hash"),
        *("fingerprint_hash", "fingerprint_template", "biometric_hash", "face_template", "iris_code", "retina_hash"),
        *("palm_vein", "palm_vein_id", "face_id", "voice_id"),
    ),
    K.PHOTO: ("photo", "photo_url", "face_image", "avatar", "picture"),
    K.ID: (
        "patient_id",
        "accession_number",
        "appointment_id",
        "encounter_id",
        "claim_id",
        "claim_number",
        "case_number",
        "specimen_id",
        "national_id",
        "external_id",
        "identifier",
        "identifiers",
        "barcode",
        "wristband",
        "global_id",
    ),
}

WORKSPACE_PARENTS = frozenset(
    (
        *("channel", "channels", "reactions", "reaction", "emoji", "files", "file", "attachments", "attachment"),
        *("team", "teams", "workspace", "project", "projects", "repository", "repo", "folder", "folders", "tags"),
        *("tag", "labels", "sheets", "sheet", "tabs", "calendar", "calendars", "app", "bot", "bots", "integration"),
    )
)
"""A chat's, a drive's or a workspace's parts: their ``name`` is mostly a thing's (``cm-discharges``, ``eyes``), but
one shaped like a person's (``Hood, Hoss``, ``jeremiah whitfield``: a care team's member, a file named for its
patient) is still masked as a name."""

NON_PERSON_PARENTS = frozenset(
    (
        "medications",
        "medication",
        *("medicamentos", "medicamento", "medicaments", "médicaments", "medikamente", "farmaci", "medicacion"),
        *("medicación", "medicacao", "medicação", "geneesmiddelen", "leki", "ilaclar", "ilaçlar"),
        "drugs",
        "drug",
        "conditions",
        "condition",
        "problems",
        "diagnoses",
        "diagnosis",
        "allergies",
        "allergy",
        "labs",
        "lab",
        "tests",
        "test",
        "procedures",
        "orders",
        "tools",
        "prompts",
        "resources",
        "resource_templates",
        "clinic",
        "facility",
        "organization",
        "payer",
        "insurance",
        "device",
        "devices",
        "properties",
        "input_schema",
        "output_schema",
        "annotations",
        "capabilities",
        "server_info",
        "client_info",
        "arguments",
        "params",
        "immunizations",
        "vaccines",
        "manufacturer",
        "product",
        "products",
        "equipment",
        "supplies",
        *WORKSPACE_PARENTS,
    )
)
"""Under these parents ``name`` names a thing (a drug, a tool, a chat's channel or reaction, a file), not a person:
the value is scanned instead (a file's name may still hold one)."""

AMBIGUOUS_KEYS = frozenset(("name", "given", "family", "display_name", "alias", "nombre", "nom", "nome", "naam"))

CODE_KEYS = frozenset(("code", "concept_id"))
"""Keys whose value, when it is digits only and a ``system`` key stands beside it (a FHIR Coding:
``{"system": "http://snomed.info/sct", "code": "44054006"}``), is a terminology's code, not a person's number
(a key naming the terminology needs no system: ``TERMINOLOGY_KEYS``)."""

TERMINOLOGY_KEYS = frozenset(
    (
        *("snomed", "snomed_code", "snomed_ct", "snomed_id", "sct", "sctid", "loinc", "loinc_code", "rxnorm"),
        *("rxnorm_code", "rxcui", "icd", "icd9", "icd10", "icd10cm", "icd_code", "icd10_code", "cpt", "cpt_code"),
        *("hcpcs", "hcpcs_code", "ndc", "ndc_code", "cvx", "cvx_code", "mvx", "atc", "atc_code", "drg", "ms_drg"),
        *("opcs", "read_code", "umls_cui", "cui", "mesh", "hgnc", "omim", "orphanet", "ucum"),
    )
)
"""Keys that name a terminology themselves (``"snomed": "73211009"``, ``"cpt": "93000"``): the digits under them are
its code, no ``system`` needed."""

REGION_KEYS = frozenset(("state", "state_code", "province", "country", "country_code"))
"""Parts of an address Safe Harbor leaves: kept when they read as a region's name or code (letters only)."""

NO_INHERIT = frozenset(
    (
        *("use", "system", "type", "code", "unit", "status", "rank", "period", "kind", "score", "confidence"),
        *REGION_KEYS,
    )
)
"""Keys whose leaves do not inherit a parent's kind: structure (FHIR ``name: [{use: official, ...}]``), and the
parts of an address Safe Harbor leaves (a state, a country: ``address: {state: NM}``); their values are still read
as free text."""


IDENTIFIER_SUFFIXES = ("id", "number", "no", "num", "nbr", "identifier")
"""How a key says its value is a number of some record (``visitNumber``, ``rx_no``, ``empi_id``)."""

IDENTIFIER_HEADS: dict[str, tuple[str, ...]] = {
    K.MRN: ("mrn", "patient", "person", "chart", "empi", "mpi", "enterprise", "global_patient", "patient_account"),
    K.HEALTH_PLAN: (
        *("member", "subscriber", "policy", "group", "insurance", "medicaid", "payer_member", "beneficiary"),
        *("plan_member", "health_plan", "insured"),
    ),
    K.ACCOUNT: ("account", "claim", "billing", "invoice", "guarantor", "hospital_account", "har"),
    K.DEVICE: ("device", "serial", "implant", "pump", "pacemaker", "sensor", "transmitter", "cgm"),
    K.LICENSE: ("license", "licence", "drivers_license", "driver_license", "passport", "certificate"),
    K.ID: (
        *("encounter", "visit", "admission", "case", "order", "accession", "specimen", "sample", "prescription"),
        *("rx", "authorization", "prior_auth", "auth", "referral", "confirmation", "appointment", "external"),
        *("wristband", "badge", "barcode", "csn", "fin", "episode", "ticket", "donor", "national", "tax", "voter"),
        *("subject", "participant", "enrollee", "enrollment", "enrolment", "screening", "randomization", "record"),
        *("randomisation", "id", "identity", "identification", "citizen", "philsys", "pps", "umid", "sss"),
    ),
}
"""Record heads that, before an identifier suffix, name a number tied to one person (an MRN, a member, an
account, an order or a visit): Safe Harbor's "any other unique identifying number"."""

_HEAD_KINDS = {head: kind for kind, heads in IDENTIFIER_HEADS.items() for head in heads if "_" not in head}


PERSON_FIELDS: dict[str, tuple[str, ...]] = {
    K.NAME: ("name", "full_name", "first_name", "last_name", "given_name", "family_name", "middle_name", "surname"),
    K.DATE: ("dob", "birth_date", "birthdate", "date_of_birth"),
    K.SSN: ("ssn", "social_security_number"),
    K.MRN: ("mrn",),
    K.PHONE: ("phone", "phone_number", "mobile", "cell", "telephone", "home_phone", "work_phone", "cell_phone"),
    K.EMAIL: ("email", "email_address"),
    K.ADDRESS: ("address", "street", "street_address", "address_line1", "address_line_1", "address1", "line1"),
    K.CITY: ("city",),
    K.ZIP: ("zip", "zip_code", "postal_code", "zipcode"),
    K.FAX: ("fax",),
}
"""A person's fields, as they are written after whose they are (``guarantor_ssn``, ``pt_dob``, ``nok_phone``)."""

PERSON_ROLES = (
    *("patient", "pt", "member", "subscriber", "guarantor", "insured", "caregiver", "emergency_contact", "contact"),
    *("primary", "mother", "father", "spouse", "parent", "guardian", "nok", "next_of_kin", "responsible_party"),
    *("beneficiary", "dependent", "client", "resident", "employee", "applicant", "policy_holder", "policyholder"),
    *("recipient", "donor", "partner", "child", "relative", "home", "work", "personal", "billing", "mailing"),
    *("residential", "permanent", "current", "previous", "alternate", "alt", "secondary", "preferred", "legal"),
)
"""Whose a field is: a person, or the kind of place or number of a person (``home_phone``, ``mailing_zip``)."""


_FIELD_WORDS = {
    "mrn": K.MRN, "ssn": K.SSN, "dob": K.DATE, "birthdate": K.DATE, "phone": K.PHONE, "telephone": K.PHONE,
    "mobile": K.PHONE, "email": K.EMAIL, "zip": K.ZIP, "zipcode": K.ZIP, "postcode": K.ZIP, "fax": K.FAX,
    "npi": K.NPI, "mbi": K.MBI, "vin": K.VIN, "udi": K.DEVICE, "iban": K.ACCOUNT, "passport": K.LICENSE,
    "account": K.ACCOUNT,
}
"""A key's last word that names a person's field whatever comes before it (``primary_mrn``, ``alt_phone``)."""


PERSON_NOUNS = frozenset(
    (
        *("patient", "prescriber", "clinician", "provider", "physician", "doctor", "attending", "resident", "nurse"),
        *("author", "actor", "performer", "practitioner", "caregiver", "reviewer", "approver", "signer", "witness"),
        *("interpreter", "technician", "surgeon", "anesthesiologist", "pcp", "guardian", "spouse", "mother"),
        *("father", "parent", "child", "nok", "next_of_kin", "sender", "recipient", "from", "to", "caller", "pt"),
        *("assignee", "owner", "user", "member", "subscriber", "insured", "guarantor", "beneficiary", "contact"),
        *("participant", "attendee", "relative", "dependent", "therapist", "pharmacist", "counselor", "worker"),
        *("manager", "coordinator", "midwife", "dentist", "chaplain", "volunteer", "student", "staff", "sibling"),
        *("son", "daughter", "husband", "wife", "partner", "requester", "submitter", "verifier", "preparer"),
        *("policyholder", "policy_holder", "holder", "cardholder", "respondent", "informant", "party", "subject"),
        *("debtor", "borrower", "cosigner", "payer_name", "responsible", "decedent", "deceased", "claimant"),
    )
)
"""The last word of a key whose text value, when shaped like a person's name (``Drew Fox``, ``King, Nizhoni``),
is one: ``prescriber``, ``ordering_provider``, ``case_manager``, ``attendees``, an ED board's ``pt``. A value of any
other shape (``svc-ingest``, ``Patient/123``, ``Front Desk``) is read as free text, as any value is. Not ``cc``: on a
clinical record it is the chief complaint (``"cc": "fall"``), and a copied address is found by its shape."""


RECORD_HOLDERS = frozenset(
    (
        *("patient", "person", "subject", "participant", "member", "subscriber", "beneficiary", "client", "pt"),
        *("resident", "insured", "guarantor", "dependent", "enrollee", "individual", "recipient", "donor"),
        *("applicant", "policyholder", "policy_holder", "patients", "persons", "subjects", "participants"),
        *("members", "clients", "residents"),
    )
)
"""Keys whose object is one person's record (``{"patient": {"id": "0219844KA"}}``): its ``id`` is that person's
number, as a FHIR Patient's is. Not the workforce's (``user``, ``assignee``, ``author``): their ids are the
system's."""

PERSON_RESOURCES = frozenset(("Patient", "Person", "RelatedPerson"))
"""FHIR resource types whose logical id is a person's record number (its ``id``, and the part after the type in a
``reference``): masked as an ``ID``."""

PERSON_PARTS = frozenset(("display", "display_name", "full", "full_text"))
"""Keys that, under a person's key, hold that person's name as written (a FHIR reference's ``display``)."""


@lru_cache(maxsize=4096)
def person_key(key: str) -> bool:
    """Whether the normalised ``key`` names a person who may be written by name: its last word is a
    ``PERSON_NOUNS`` word (singular or plural) or it ends in ``by`` (``signed_by``, ``entered_by``)."""
    last = key.rsplit("_", 1)[-1]
    if last == "by":
        return "_" in key
    return last in PERSON_NOUNS or (last.endswith("s") and last[:-1] in PERSON_NOUNS) or key in PERSON_NOUNS


_INDEXING = frozenset(("by", "per", "for", "from", "to", "with", "of", "map", "index", "lookup", "all", "list"))
"""First words of a key that index by a field rather than hold one (``by_ssn``: a map keyed by SSN, its values
no SSNs)."""


_INDEX_JOINS = frozenset(("by", "per"))
"""Words inside a key that make it a map's, keyed by the field after them (``patients_by_mrn``)."""


@lru_cache(maxsize=1024)
def index_kind(key: str) -> str | None:
    """The kind of the keys of a map a normalised key says it is keyed by (``patients_by_mrn`` → ``MRN``,
    ``by_ssn`` → ``SSN``, ``household_by_name`` → ``NAME``), or None."""
    words = key.split("_")
    for i, word in enumerate(words[:-1]):
        if word in _INDEX_JOINS:
            field = "_".join(words[i + 1 :])
            return _INDEX_FIELDS.get(field) or _FIELD_WORDS.get(field) or (K.ID if field in _HEAD_KINDS else None)
    return None


_INDEX_FIELDS = {"name": K.NAME, "email": K.EMAIL, "dob": K.DATE, "date_of_birth": K.DATE, "id": K.ID}


_NAME_OWNERS = frozenset((*PERSON_ROLES, "maiden", "legal", "birth", "paciente", "patient"))

_NAME_ABBREVIATIONS = frozenset(("nm", "fname", "lname", "fnm", "lnm"))
_NAME_PARTS = frozenset(("first", "last", "middle", "given", "family", "forename", "maiden", "initials"))
"""A name's parts, last in a key after a person's word (``patient_first``): the part is the name's."""
_NAME_FORMS = frozenset(
    ("own", "script", "native", "local", "alt", "alternate", "latin", "romanized", "romanised", "kana", "kanji",
     "original", "phonetic", "transliterated", "in", "other", "second", "language")
)
"""Words after ``name`` saying in what form it is written (``name_own_script``, ``name_in_native_script``)."""
_THING_HEADS = frozenset(
    (
        *("med", "drug", "rx", "facility", "dept", "department", "test", "lab", "org", "plan", "payer", "product"),
        *("device", "site", "location", "clinic", "file", "doc", "app", "host", "vendor", "unit", "ward", "proc"),
        *("server", "node", "image", "table", "column", "field", "db", "schema", "service", "svc", "queue", "job"),
        *("task", "event", "template", "form", "report", "item", "model", "brand", "panel", "specimen", "code"),
        *("dx", "diag", "component", "analyte", "result", "obs", "order", "bucket", "container", "env", "region"),
    )
)
"""Words before ``nm`` that make it a thing's name (``med_nm``, ``facility_nm``, ``serverNm``, ``tableNm``)."""


@lru_cache(maxsize=4096)
def derived_kind(key: str) -> str | None:
    """The kind of a normalised key the table does not hold, from its words: a field word last
    (``caregiver2_phone``), or an identifier suffix after a record head (``device_serial_number``,
    ``primary_member_no``)."""
    words = key.split("_")
    if len(words) > 8 or words[0] in _INDEXING or any(w in _INDEX_JOINS for w in words[1:-1]):
        return None  # "by_ssn", "patients_by_mrn": a map keyed by the field, its values no such field
    if _biometric(words):
        return K.BIOMETRIC  # "palm_vein_template", "biometrie_iris"
    if len(words) < 2:
        return None
    last = words[-1]
    kind = _FIELD_WORDS.get(last)
    if kind is not None:
        return kind
    if last == "name" and any(w in PERSON_NOUNS or w in _NAME_OWNERS for w in words[:-1]):
        return K.NAME  # "mother_maiden_name", "ordering_provider_name": a person's, not a drug's
    if last in _NAME_ABBREVIATIONS and not any(w in _THING_HEADS for w in words[:-1]):
        return K.NAME  # "firstNm", "ptNm", "mbr_nm": a person's name, tersely; not "med_nm"
    if words[0] in ("name", "nombre", "nom", "nome") and any(w in PERSON_NOUNS or w in _NAME_OWNERS for w in words[1:]):
        return K.NAME  # "nombrePaciente", "name_of_patient"
    if last in _NAME_PARTS and any(w in PERSON_NOUNS or w in _NAME_OWNERS for w in words[:-1]):
        return K.NAME  # "patient_first", "subscriber_last": a person's name by its part
    if words[0] == "name" and all(w in _NAME_FORMS for w in words[1:]):
        return K.NAME  # "name_own_script", "name_native": a name as written in another form
    if last in IDENTIFIER_SUFFIXES:
        for word in reversed(words[:-1]):
            kind = _HEAD_KINDS.get(word)
            if kind is not None:
                return kind
    return None


FIELDS_ABROAD: dict[str, tuple[str, ...]] = {
    K.NAME: (
        *("nombre", "apellido", "apellidos", "nom", "prenom", "prénom", "vorname", "nachname", "nome", "cognome"),
        *("sobrenome", "voornaam", "achternaam", "naam", "imie", "imię", "nazwisko", "soyad", "soyadi"),
    ),
    K.CITY: (
        *("ciudad", "ville", "stadt", "wohnort", "cidade", "citta", "città", "cty", "municipio", "localidad"),
        *("localite", "localité", "gemeente", "plaats", "miasto", "sehir", "şehir"),
    ),
    K.ZIP: ("postcode", "post_code"),
    K.ADDRESS: (
        # a postal code abroad is removed whole: keeping its first three digits is a rule for US ZIPs only
        *("codigo_postal", "código_postal", "code_postal", "plz", "postleitzahl", "cep", "postnummer"),
        *("kod_pocztowy", "posta_kodu"),
        *("domicilio", "direccion", "dirección", "adresse", "anschrift", "endereco", "endereço", "indirizzo"),
        *("calle", "rue", "strasse", "straße", "adres", "adresa", "addr", "addr_line", "address_line"),
    ),
    K.PHONE: (
        *("telefono", "teléfono", "telefone", "téléphone", "tél", "telefon", "movil", "móvil", "celular"),
        *("cellulare", "telefoon", "mobiel", "telefonnummer", "tel_no"),
    ),
    K.EMAIL: ("correo", "courriel", "correo_electronico", "e_mail", "mail", "emailadres"),
    K.DATE: (
        *("fecha_nacimiento", "fecha_de_nacimiento", "date_de_naissance", "geburtsdatum", "data_nascimento"),
        *("data_di_nascita", "geboortedatum", "data_urodzenia", "dogum_tarihi", "dob_dt", "birth_dt"),
    ),
    K.ID: (
        *("n_secu", "numero_secu", "nir", "curp", "nif", "dni", "nie", "bsn", "pesel", "codice_fiscale", "cpf"),
        *("ppsn", "pps", "nric", "philsys", "psn", "umid", "sss", "gsis", "tin", "sa_id", "rsa_id", "idno"),
        *("aadhaar", "aadhar", "abha", "sin", "social_insurance_number", "ird_number", "tfn", "cpr", "amka"),
        *("personnummer", "rut", "cedula", "cédula", "dui", "rfc", "nss", "insee"),
    ),
    K.HEALTH_PLAN: (
        *("philhealth", "philhealth_number", "philhealth_no", "philhealth_id", "medical_card", "gms_number"),
        *("medical_aid", "medical_aid_number", "medical_aid_no", "scheme_number", "medisave"),
    ),
}
"""Person's fields as other languages and terse exports name them (``ciudad``, ``cp``, ``Anschrift``, ``cty``),
and the national and health numbers abroad (Ireland's PPSN, Singapore's NRIC, the Philippines' PhilSys and
PhilHealth, South Africa's ID and medical aid); not ``ph`` or ``cap``, which a chart uses for a blood gas's pH and
a capsule or a limit."""

_BIOMETRIC_WORDS = frozenset(
    ("fingerprint", "fingerprints", "voiceprint", "faceprint", "biometric", "biometrics", "biometrie", "biométrie")
)
"""Words that make a key's value a biometric identifier whatever else it says (``biométrie_iris``)."""

_BIOMETRIC_PARTS = frozenset(("iris", "retina", "retinal", "palm", "vein", "face", "finger", "voice", "gait"))
_BIOMETRIC_FORMS = frozenset(
    ("template", "scan", "hash", "code", "print", "signature", "vector", "embedding", "match", "enrollment")
)
"""A body part and a captured form of it together name one too (``PalmVeinTemplate``, ``iris_scan``); not
``iris_color``."""


_NOT_BIOMETRIC = frozenset(
    (
        *("cert", "certificate", "key", "ssh", "tls", "ssl", "gpg", "pgp", "x509", "browser", "canvas", "build"),
        *("file", "content", "public", "host", "server", "device", "count", "model", "version", "type", "status"),
        *("quality", "score", "algorithm", "format", "size", "length", "dimension", "dimensions", "sdk", "vendor"),
    )
)
"""Words that make such a key a machine's fingerprint (``cert_fingerprint``, ``sshKeyFingerprint``) or a fact about
a template rather than the template (``face_scan_count``, ``face_embedding_model``)."""


def _biometric(words: list[str]) -> bool:
    if any(word in _NOT_BIOMETRIC for word in words):
        return False
    if any(word in _BIOMETRIC_WORDS for word in words):
        return True
    return any(w in _BIOMETRIC_PARTS for w in words) and any(w in _BIOMETRIC_FORMS for w in words)


_EXPLICIT = frozenset(key for keys in DEFAULT_KEYS.values() for key in keys)


def explicitly_keyed(key: str) -> bool:
    """Whether ``key`` is one of ``DEFAULT_KEYS`` (``mrn``, ``ssn``, ``email``), not one the table derives
    (``group_id``, ``pt_dob``): a protocol's option is checked under its field only for those, so an enum of
    ``group_id`` (``admins``) is no identifier to withhold."""
    return normalize_key(key) in _EXPLICIT


STANDARD_ELEMENTS: dict[str, str] = {
    # MDS 3.0 (CMS's nursing-home assessment), section A: the resident's names, numbers and dates
    "a0500_a": K.NAME, "a0500_b": K.NAME, "a0500_c": K.NAME, "a0600_a": K.SSN, "a0600_b": K.HEALTH_PLAN,
    "a0700": K.HEALTH_PLAN, "a0900": K.DATE, "a1300_a": K.MRN, "a1300_c": K.NAME, "a1600": K.DATE, "a2000": K.DATE,
    "a2300": K.DATE,
    # NEMSIS v3 (EMS patient care reports): ePatient and eScene elements that name a person or a place
    "e_patient_02": K.NAME, "e_patient_03": K.NAME, "e_patient_04": K.NAME, "e_patient_05": K.ADDRESS,
    "e_patient_06": K.CITY, "e_patient_07": K.CITY, "e_patient_09": K.ZIP, "e_patient_12": K.SSN,
    "e_patient_15": K.AGE, "e_patient_17": K.DATE, "e_patient_18": K.PHONE, "e_patient_19": K.EMAIL,
    "e_patient_21": K.LICENSE, "e_scene_15": K.ADDRESS, "e_scene_16": K.ADDRESS, "e_scene_17": K.CITY,
    "e_scene_19": K.ZIP, "e_scene_21": K.CITY,
}
"""Element ids of standards that carry a person's data under numbered keys (``"A0500A": "RÉMI"``, ``"ePatient.02":
"Herath"``), as HL7 and X12 do by position: the standard says what each holds."""


def default_keymap() -> dict[str, str]:
    """Normalised key → kind, from ``DEFAULT_KEYS``, then every identifier head with every identifier suffix
    (``visit_number``, ``subscriber_no``, ``empi``) and every person's field after whose it is (``guarantor_ssn``,
    ``phone2``), the explicit entries first."""
    table = {key: kind for kind, keys in DEFAULT_KEYS.items() for key in keys}
    table.update(STANDARD_ELEMENTS)
    for kind, keys in FIELDS_ABROAD.items():
        for key in keys:
            table.setdefault(key, kind)
    for kind, heads in IDENTIFIER_HEADS.items():
        for head in heads:
            table.setdefault(head if head in ("empi", "mpi", "csn", "fin", "har") else f"{head}_id", kind)
            for suffix in IDENTIFIER_SUFFIXES:
                table.setdefault(f"{head}_{suffix}", kind)
    for kind, fields in PERSON_FIELDS.items():
        for field in fields:
            for role in PERSON_ROLES:
                table.setdefault(f"{role}_{field}", kind)
            for n in ("1", "2", "3", "_1", "_2", "_3"):
                table.setdefault(f"{field}{n}", kind)
    return table
