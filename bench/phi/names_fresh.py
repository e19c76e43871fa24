"""A second held-out name source and the template banks written after it: names from Faker's locale lists.

``bench/phi/data/heldout_names.txt`` was written by hand, and its names were read while the detector's context
rules were tuned on banks 1-3. This pool comes from somewhere else: the given and family name lists that the
Faker package ships for languages that set has none of (Finnish, Swedish, Norwegian, Danish, Icelandic,
Estonian, Latvian, Slovak, Slovenian, Croatian, Flemish, Azerbaijani, Uzbek, Indonesian, Zulu, Swahili,
Bulgarian in Cyrillic, Georgian in its own script). Every entry with a part in the detector's shipped data, or
in the hand-written held-out file, is dropped, so these names are new to the detector and to whoever tuned it.
Each bank here is measured once before anyone reads its misses; the first figure is the one to quote.
"""

from __future__ import annotations

import importlib
import random
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import names_heldout as H

LOCALES = {
    "finnish": "fi_FI",
    "swedish": "sv_SE",
    "norwegian": "no_NO",
    "danish": "da_DK",
    "icelandic": "is_IS",
    "estonian": "et_EE",
    "latvian": "lv_LV",
    "slovak": "sk_SK",
    "slovenian": "sl_SI",
    "croatian": "hr_HR",
    "flemish": "nl_BE",
    "azerbaijani": "az_AZ",
    "uzbek": "uz_UZ",
    "indonesian": "id_ID",
    "zulu": "zu_ZA",
    "swahili": "sw",
    "bulgarian": "bg_BG",
    "georgian": "ka_GE",
}
"""Languages with no entry in ``heldout_names.txt``, and the Faker locale whose person lists they come from."""

PER_LIST = 40
"""Entries drawn (seeded) from each list, so no language outweighs another."""

DOUBLE_BARRELLED = frozenset(
    ("finnish", "swedish", "norwegian", "danish", "slovenian", "croatian", "flemish", "slovak")
)
"""Languages whose family names are often two joined by a hyphen (``Virtanen-Korhonen``): built from two entries."""


@dataclass(frozen=True)
class FreshPool:
    """Given names per language and sex, family names per language and sex, and how many were dropped."""

    given: dict[tuple[str, str], list[str]]
    family: dict[tuple[str, str], list[str]]
    dropped: int
    earlier: frozenset[str] = frozenset()
    """The entries of the earlier draws this one had to leave out."""

    @property
    def languages(self) -> list[str]:
        """The languages with given and family names of both sexes left."""
        keys = self.given.keys() & self.family.keys()
        return sorted({lang for lang, _ in keys if (lang, "f") in keys and (lang, "m") in keys})

    @property
    def entries(self) -> frozenset[str]:
        return frozenset(e for group in (*self.given.values(), *self.family.values()) for e in group)

    @property
    def size(self) -> int:
        return sum(map(len, self.given.values())) + sum(map(len, self.family.values()))


def _list(provider: type, *names: str) -> list[str]:
    for name in names:
        value = getattr(provider, name, None)
        if isinstance(value, dict | list | tuple):
            return list(value)
    return []


def _raw(language: str) -> dict[str, list[str]]:
    """The locale's lists by role and sex: ``given_f``, ``given_m``, ``family_f``, ``family_m``."""
    locale = LOCALES[language]
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    suffix = "_est" if language == "estonian" else ""
    out = {
        "given_f": _list(provider, f"first_names_female{suffix}"),
        "given_m": _list(provider, f"first_names_male{suffix}"),
    }
    if language == "icelandic":  # patronymics: a father's name and -son / -dóttir
        stems = _list(provider, "last_names_without_suffix")
        out["family_f"] = [s + "dóttir" for s in stems]
        out["family_m"] = [s + "son" for s in stems]
        return out
    out["family_f"] = _list(provider, "last_names_female", f"last_names{suffix}", "last_names")
    out["family_m"] = _list(provider, "last_names_male", f"last_names{suffix}", "last_names")
    return out


@cache
def _known_parts() -> frozenset[str]:
    """Parts of the detector's shipped data and of the hand-written held-out names (casefolded)."""
    known = set(H.shipped_tokens())
    path = Path(__file__).parent / "data" / "heldout_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.count("|") != 2:
            continue
        for entry in line.split("|")[2].split(";"):
            known.update(H._parts(entry))
    return frozenset(known)


@cache
def fresh_pool(seed: int = 20260401, after: int | None = None) -> FreshPool:
    """``PER_LIST`` entries from each list with no part known to the detector or to the earlier held-out set;
    with ``after`` (the seed of an earlier draw), none of that draw's entries either: names nobody has read."""
    rng = random.Random(seed)
    taken = fresh_pool(*DRAWS[after]) if after is not None else None
    known = _known_parts()
    given: dict[tuple[str, str], list[str]] = {}
    family: dict[tuple[str, str], list[str]] = {}
    dropped = 0
    for language in sorted(LOCALES):
        for key, entries in _raw(language).items():
            role, sex = key.split("_")
            unique = sorted({unicodedata.normalize("NFC", e.strip()) for e in entries if e.strip()})
            kept = []
            if taken is not None:
                unique = [e for e in unique if e not in taken.entries and e not in taken.earlier]
            for entry in unique:
                if any(p in known for p in H._parts(entry)):
                    dropped += 1
                else:
                    kept.append(entry)
            if kept:
                target = given if role == "given" else family
                target[(language, sex)] = rng.sample(kept, min(PER_LIST, len(kept)))
    earlier = taken.entries | taken.earlier if taken is not None else frozenset()
    return FreshPool(given, family, dropped, earlier)


def faker_version() -> str:
    """The Faker release the lists came from: another release may draw other names (the figures move with it)."""
    return importlib.import_module("faker").VERSION


def overlap(pool: FreshPool) -> int:
    """Entries that share a part with the shipped data now (0 unless the data changed since the pool was drawn)."""
    known = H.shipped_tokens()
    entries = [e for group in (*pool.given.values(), *pool.family.values()) for e in group]
    return sum(any(p in known for p in H._parts(e)) for e in entries)


def _person(rng: random.Random, pool: FreshPool, sex: str, language: str, family: str | None = None) -> H.Person:
    if family is None:
        family = rng.choice(pool.family[(language, sex)])
        if language in DOUBLE_BARRELLED and rng.random() < 0.25:
            family = f"{family}-{rng.choice(pool.family[(language, sex)])}"
    return H.Person(language, rng.choice(pool.given[(language, sex)]), family, False)


def _people(rng: random.Random, pool: FreshPool,
            languages: list[str] | None = None) -> tuple[dict[str, H.Person], dict[str, str]]:
    """A patient, relatives of the same language (one sharing the family name), clinicians and staff of any
    (of `languages`, by default all the pool's)."""
    languages = pool.languages if languages is None else languages
    sexes = {who: rng.choice("fm") for who in "PRSCDOQ"}
    lang = rng.choice(languages)
    patient = _person(rng, pool, sexes["P"], lang)
    people = {"P": patient}
    shared = sexes["S"] == sexes["P"] and lang != "icelandic"
    people["R"] = _person(rng, pool, sexes["R"], lang)
    people["S"] = _person(rng, pool, sexes["S"], lang, patient.family if shared else None)
    for who in "CDOQ":
        people[who] = _person(rng, pool, sexes[who], rng.choice(languages))
    return people, sexes


# ---- bank 4: handoffs, discharge summaries, referral letters, portal messages, typed chat, inverted lines ----
# Written before the detector was changed for it, and measured once before its misses were read.

FOURTH_HEADERS = (
    "HANDOFF 19:00\nBed 7: {P.full}, {age}, {cond}\n",
    "DISCHARGE SUMMARY\nPatient: {P.INVERTED}\nAttending: {C.title}\n\n",
    "{P.INVERTED}\nAdmit date {date}\n\n",
    "Dear {C.title},\n\nRe: {P.full}, DOB {date}\n\n",
    "I-PASS for {P.given} {P.family} (rm 12)\n",
    "progress note - {P.lower}\n",
    "Referral: {P.inverted} to {C.title} (cardiology)\n\n",
    "Portal thread with {P.honorific}\n",
)

FOURTH_FIRST = (
    "Thank you for referring {P.title}, a {age}-year-old {sex} with {cond}.",
    "{P.given} {P.family} was admitted on {date} for {cond} and is discharged home today.",
    "I am writing about our mutual patient {P.full}.",
    "Received {P.given} from the ED at 14:00.",
    "Handoff from {O.given}: {P.given} in 12B is a {age}-year-old {sex} with {cond}.",
    "{P.honorific} was seen today with an interpreter.",
    "{P.FULL} ({age}) - {cond}, stable overnight.",
)

FOURTH_BODY = (
    "Overnight {P.given} was restless; {O.given} gave the PRN dose at 02:00.",
    "{P.given}'s {rel} ({R.full}) is at the bedside and asks to be called with any change.",
    'Prefers to be called "{P.given}".',
    "Hospital course: {P.family} responded well to IV diuresis.",
    "{R.given} ({rel}) holds power of attorney.",
    "Spoke w/ {R.lower} ({rel}) re: discharge plan.",
    "spoke w/ {P.lower}, pain 4/10, wants to go home",
    "Discharged to the care of {R.title}, {his} {rel}.",
    "Follow-up with {C.full} in two weeks.",
    "Please page {C.title} if {P.given} spikes a temperature.",
    "{P.title} tolerated a regular diet.",
    "The {P.family} family asks for no visitors after 8 pm.",
    "Per {R.given}, {P.given} has not been eating.",
    "{P.given} asked for {his} {rel}, {R.given}, several times overnight.",
    "Note from {O.full}: dressing changed, site clean.",
    "{P.given} and {his} {rel} {R.given} were given the discharge instructions.",
    "{C.title} is aware of the potassium of 5.6.",
    "I saw {P.given} with {his} {rel} on {date}.",
    "{P.given} is independent with ADLs.",
    "Plan per {C.title}: repeat labs in the morning.",
    "{S.full}, the {rel2}, brought clothes for discharge.",
    "{P.given}'s goal is to walk to the mailbox and back.",
    "Ask {R.given} about the pill organizer.",
    "Diet: cardiac. Activity: as tolerated. {P.given} verbalised understanding.",
    "Medications reconciled by {O.title}.",
    '"{P.given} has not been the same since the fall," says {R.given}.',
    "{R.honorific} asked for the results in writing.",
    "Seen with {his} {rel} ({R.given}) and an interpreter.",
    "{P.family}'s creatinine is back to baseline.",
    "Daughter-in-law {S.given} manages the pillbox.",
    "{P.given} remains full code after discussion with {R.given} and {S.given}.",
    "pt ({P.given}) ambulating in hall w/ walker",
    "Called {R.lower} at home, no answer, left vm.",
    "{P.honorific}'s blood sugars ranged 110-180.",
    "Interpreter ({O.full}) used for the whole visit.",
)

FOURTH_SIGNATURES = (
    "\n\nYours sincerely,\n\n{C.full}\nConsultant cardiologist\n",
    "\nHandoff given to {O.given} at 19:00.\n",
    "\nDictated by {C.title}; not proofread.\n",
    "\n- {O.lower}\n",
    "",
)

FOURTH_MESSAGES = (
    "Hi {C.title}, this is {P.given}. Can I take my pills with food?",
    "hi, it's {P.lower} - is my appointment still on?",
    "Hello, I'm writing for my {rel} {P.full}, who can't use the portal.",
    "{P.given} here. The new pills make me dizzy.",
    "This is {R.given}, {P.given}'s {rel}. {P.given} fell again this morning.",
    "Good afternoon {P.honorific}, your results are attached.",
    "Message from {P.INVERTED} received through the portal.",
    "To {C.title} from {P.full}: my refill did not go through.",
)

FOURTH_BODIES = (
    " My {rel} {R.given} will drive me.",
    " {R.given} says I should ask about the dose.",
    " Can {C.title} call me back?",
    " Sorry for the trouble.",
    "",
)

FOURTH_CLOSINGS = (
    "\nSent from my iPhone",
    "\n{P.given} {P.family}",
    "\nThanks so much!\n{P.given}",
    "\n-{P.lower}",
    "",
)

FOURTH_LISTS = (
    "Visitors: {R.given}, {S.given} and {O.given}.",
    "Family at bedside: {R.full}, {S.full}.",
    "CC: {C.INVERTED}; {D.INVERTED}",
    "Contacts:\n{R.INVERTED} ({rel})\n{S.INVERTED} ({rel2})",
    "Care team - {C.honorific}, {O.full} (RN), {Q.given} (PT)",
    "Copies to: {C.full}; {D.full}",
    "{R.lower}, {S.lower} visited today",
    "Visitors today ({R.given} and {S.given}) stayed until 9 pm.",
)

FOURTH_NEGATIVES = (
    "Will follow up in clinic.",
    "Grace period for the copay ends Friday.",
    "May resume walking next week.",
    "Hope to wean oxygen tomorrow.",
    "Parkinson's medications given on time.",
    "Crohn's disease, on Entyvio.",
    "Gabapentin 300 mg at bedtime.",
    "Potassium 5.6 mmol/L; repeat in the morning.",
    "Foley removed; Bair Hugger on.",
    "Wound VAC changed Monday.",
    "Transfer to Rehab on Friday.",
    "Mini-Mental State Exam 27/30.",
    "Discharged home with Home Health.",
    "Cardiac diet; Ensure with meals.",
    "Seen by Palliative Care.",
    "Flu shot given; Prevnar due.",
    "Norco for breakthrough pain.",
    "Trip to Helsinki and Tallinn in May.",
    "Family lives in Oslo.",
    "Moved from Zagreb last year.",
    "Hemoglobin A1c 7.2%.",
    "Tylenol 650 mg every 6 hours as needed.",
    "Hashimoto's thyroiditis; Synthroid continued.",
    "Barthel index 60.",
    "Graves' orbitopathy followed by Ophthalmology.",
    "Mobility: Hoyer lift.",
    "Pending: Quantiferon, HIV, Hep C.",
)

_FOURTH = H._Bank(
    FOURTH_HEADERS,
    FOURTH_FIRST,
    FOURTH_BODY,
    FOURTH_SIGNATURES,
    FOURTH_MESSAGES,
    FOURTH_BODIES,
    FOURTH_CLOSINGS,
    FOURTH_LISTS,
    FOURTH_NEGATIVES,
)

# ---- bank 5: written after the detector was changed for bank 4, measured once before its misses were read ----
# Operating-room and procedure notes, paediatric notes (Mom/Dad), medication administration, critical results
# called, secure chat with @mentions, e-mail headers, schedules, middle initials, suffixes, slashes, tables.

FIFTH_HEADERS = (
    "OPERATIVE NOTE\nSurgeon: {C.full}\nAssistant: {D.full}\nPatient: {P.middle}\n\n",
    "From: {P.full}\nTo: Clinic inbox\nSubject: question about my meds\n\n",
    "09:30\t{P.INVERTED}\tfollow-up\t{C.title}\n",
    "Pediatric visit - {P.given}, age {n}\n",
    "Name\t{P.full}\tDOB\t{date}\n",
    "MAR note - {P.FULL}\n",
    "Critical result: {P.middle}, potassium 6.1\n",
    "Family tree: mother {R.full}, father {S.full}\n",
)

FIFTH_FIRST = (
    "{P.middle} is a {age}-year-old {sex} here with {his} {rel} for {cond}.",
    "Mom ({R.given}) brought {P.given} in for {symptom}.",
    "Critical value called to {O.full} at 14:32 and read back.",
    "Procedure performed by {C.title} with {D.title} assisting.",
    "Secure chat: @{O.given} can you check on {P.title} in bed 4?",
    "Returned {P.given}'s call about {cond}.",
)

FIFTH_BODY = (
    "Dad ({S.given}) at the bedside, asking good questions.",
    "Dose given by {O.given}, witnessed by {Q.given}.",
    "{P.given} {P.family} Jr. is listed as the emergency contact's son.",
    "Siblings {R.given}/{S.given} both had strep last week.",
    "Anesthesia by {O.full}; no complications.",
    "@{Q.given} please page {C.title} when the labs are back.",
    "Per chart, {P.given} was last seen in {date}.",
    "Pt's {rel}, {R.given}, asked about the next appointment.",
    "Baby {P.family} is feeding well.",
    "{P.given} and {his} {rel} {R.given} live with {S.given}.",
    "Verbal order from {C.full}, read back and confirmed.",
    "{R.full} signed the consent as guardian.",
    "Counseled {P.given} on {cond}; teach-back done.",
    "{P.title} {P.given} prefers morning appointments.",
    "According to the mother, {P.given} slept through the night.",
    "Handed the prescription to {R.given}.",
    "{P.given} ate half of lunch and walked with {O.given}.",
    "Wife {R.given} would like a call after rounds.",
    "Tolerated the procedure well per {D.title}.",
    "{P.FULL} - allergies reviewed.",
    "Discussed with {P.given}'s care team ({C.full}, {O.full}).",
    "{R.given} cannot visit this week.",
    "Sibling {S.given} is a possible donor.",
    "{P.family}, {P.given} — labs drawn at 06:00.",
    "Teaching provided to {P.given} and {R.given} together.",
)

FIFTH_SIGNATURES = (
    "\n{C.middle}, MD\n",
    "\nRN: {O.full}\n",
    "\n/s/ {C.full}\n",
    "\nsent by {O.lower} via secure chat\n",
    "",
)

FIFTH_MESSAGES = (
    "@{O.given} is {P.given} {P.family} ready for discharge?",
    "ok thx {R.given}, will tell {P.given}",
    "From: {R.full}\nSubject: my {rel} {P.given}\n\nShe is still coughing.",
    "Hi team, {P.given} {P.family}'s mom called again.",
    "Reminder for {P.middle}: fasting labs on {date}.",
    "{C.title} - {P.given} is asking for you.",
)

FIFTH_BODIES = (
    " Thx, {O.given}",
    " cc {Q.full}",
    " {R.given} will call back.",
    "",
)

FIFTH_CLOSINGS = ("\n{P.full}", "\n--\n{O.full}", "\nRegards\n{R.given}", "")

FIFTH_LISTS = (
    "Surgical team: {C.full}, {D.full}, {O.full}.",
    "Household: {R.given} ({rel}), {S.given} ({rel2}).",
    "On call: {C.title} / {D.title}",
    "Children: {R.given}, {S.given}",
    "Signed by {C.full} and {O.full}.",
    "Next of kin: {R.INVERTED}",
)

FIFTH_NEGATIVES = (
    "Mom reports good feeding.",
    "Dad at bedside.",
    "Baby Friendly hospital policy reviewed.",
    "Apgar 9/9; Ballard 39 weeks.",
    "Tanner stage 3.",
    "Kawasaki disease ruled out.",
    "Wilms tumor surveillance ultrasound normal.",
    "Heimlich maneuver taught to parents.",
    "Motrin and Tylenol alternating.",
    "Sevoflurane induction; Propofol drip.",
    "Bovie cautery used; Ioban drape.",
    "Stryker bed alarm on.",
    "Versed 2 mg IV given.",
    "Critical value: troponin 0.9.",
    "Read back and confirmed.",
    "@team please review.",
    "Summer camp form signed.",
    "Cleared for Little League.",
    "Sent to Labcorp.",
    "Lives in Reykjavik part of the year.",
    "Honey not given under one year.",
    "Will call if worse.",
    "Faith-based counselling offered.",
)

_FIFTH = H._Bank(
    FIFTH_HEADERS,
    FIFTH_FIRST,
    FIFTH_BODY,
    FIFTH_SIGNATURES,
    FIFTH_MESSAGES,
    FIFTH_BODIES,
    FIFTH_CLOSINGS,
    FIFTH_LISTS,
    FIFTH_NEGATIVES,
)

# ---- bank 6: written after the changes for bank 5, measured once before its misses were read -------------------
# Home-care and transport logs, therapy notes, pronouncements, insurer calls, Spanish cues, quoted speech,
# bullets, "c/o", ages written "54F", names after "as per", telegraphic voice-to-text.

SIXTH_HEADERS = (
    "HOME HEALTH VISIT\nClient: {P.full}, {age}F\n",
    "Transport request: pickup for {P.full} at 10:00\n",
    "Therapy session note - {P.given}\n",
    "PRONOUNCEMENT NOTE\nDecedent: {P.inverted}\n",
    "Insurance call log ({date})\n",
    "Nota de enfermería - {P.full}\n",
    "{P.full}, {age}M, {cond}\n",
)

SIXTH_FIRST = (
    "HH visit. {P.given} c/o fatigue and poor appetite.",
    "Pronounced by {C.full} at 03:12.",
    "Spoke to {O.full} at the insurer, reference number on file.",
    "Habló con {R.given}, su hija, sobre el plan.",
    "Driver {O.given} will wait at the main entrance.",
    "As per {R.given}'s report, {P.given} fell twice this week.",
)

SIXTH_BODY = (
    "Family ({R.given}, {S.given}) notified by phone.",
    'She said, "{R.given} will come tomorrow."',
    "\u2022 {R.full} ({rel})\n\u2022 {S.full} ({rel2})",
    "Mail to {P.full} c/o {R.full}.",
    "{P.given} tearful talking about {his} late {rel}, {R.given}.",
    "Therapist: {C.full}. Modality: CBT.",
    "Pt states {R.given} handles the bills.",
    "Su esposo {R.given} la acompaña.",
    "{P.given} wants {S.given} to make decisions if {he} cannot.",
    "Checked in with {P.title} by phone at 4 pm.",
    "Next HH visit with {O.full} on Friday.",
    "{R.given} and {P.given} argued during the visit; de-escalated.",
    "Care coordinated with {C.title} and {O.title}.",
    "Equipment delivered; signed for by {R.given}.",
    "Voice message left for {R.full}.",
    "{P.given} ({age}) lives with {S.given} and two cats.",
    "Goal set by {P.given}: walk to church with {R.given}.",
    "Medication box filled by {O.given}.",
    "Insurer rep {O.given} approved 12 visits.",
    "The {P.family}s moved here last spring.",
    "{P.given} asked that {R.given} not be told about the diagnosis.",
    "Plan explained to {P.given} in Spanish by {O.full}.",
    "Pickup confirmed with {R.given} for Tuesday.",
    "No answer from {P.given}; left a message with {S.given}.",
)

SIXTH_SIGNATURES = ("\n{O.full}, HHA\n", "\n-- {C.title}\n", "\nDocumented by {O.full}\n", "")

SIXTH_MESSAGES = (
    "Hi {C.title}, my husband {R.given} and I have a question.",
    "{P.given}, su cita es el {date}.",
    "Driver update: {O.given} is 10 minutes away, {P.given}.",
    "Can {R.full} pick up the forms for {P.given}?",
    "{P.full} says thanks for the call.",
)

SIXTH_BODIES = (" Gracias, {R.given}", " - {O.given}", " {S.given} will bring the list.", "")

SIXTH_CLOSINGS = ("\nBest,\n{P.given}", "\n{R.full}", "")

SIXTH_LISTS = (
    "Present - {R.given}, {S.given}, {O.given}",
    "Notified: {R.full}; {S.full}; {C.title}",
    "Household members: {R.full} and {S.full}",
    "Caregivers rotate: {R.given} (days), {S.given} (nights).",
)

SIXTH_NEGATIVES = (
    "HH visit completed; vitals stable.",
    "Pronounced at 03:12; family notified.",
    "Insurer approved 12 visits.",
    "Habló con la familia sobre el plan.",
    "Transport arranged through Medicaid.",
    "CBT session focused on sleep.",
    "Mail forwarded to the new address.",
    "Goal: walk to church on Sunday.",
    "Equipment: Hoyer lift, shower chair.",
    "Lives with two cats; no stairs.",
    "Prefers Spanish; interpreter used.",
    "Grace and mercy mentioned during prayer.",
    "Will reassess in May.",
    "Faith community brings meals.",
    "Sister Mary hospital records requested.",
    "Driver waited at the main entrance.",
)

_SIXTH = H._Bank(
    SIXTH_HEADERS,
    SIXTH_FIRST,
    SIXTH_BODY,
    SIXTH_SIGNATURES,
    SIXTH_MESSAGES,
    SIXTH_BODIES,
    SIXTH_CLOSINGS,
    SIXTH_LISTS,
    SIXTH_NEGATIVES,
)

DRAWS: dict[int, tuple[int, int | None]] = {
    20260401: (20260401, None),
    20260402: (20260402, 20260401),
    20260403: (20260403, 20260402),
}
"""Each draw's seed and the draw before it: a draw leaves out every entry of the draws before it."""

BANKS = {4: (_FOURTH, 20260401), 5: (_FIFTH, 20260402), 6: (_SIXTH, 20260403)}
"""Each bank with the draw of its names."""


def samples(seed: int = 20260314, count: int = 300, bank_number: int = 4) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` with Faker-sourced names, in the proportions of banks 1-3."""
    bank, draw = BANKS[bank_number]
    rng = random.Random(seed)
    pool = fresh_pool(*DRAWS[draw])
    return [H.document(rng, bank, *_people(rng, pool)) for _ in range(count)]
