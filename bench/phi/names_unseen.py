"""Banks 7-12: name sources no earlier bank took, in phrasing no earlier bank used.

Banks 4-6 drew their names from 18 of Faker's locales (``names_fresh.LOCALES``). Each bank here draws from
other Faker locales, none taken before: bank 7 from Lithuanian, romanised Thai, Chilean Spanish, Québécois,
Swiss German, Irish-language, Macedonian (Cyrillic) and Armenian lists; bank 8 from Kenyan, Pakistani, Twi,
Romanian, Hungarian, Argentine, New Zealand, Hebrew and Greek lists; bank 9 from Yoruba, Igbo, Hausa, Czech,
Austrian, Colombian, Persian (Arabic script) and Sinhala (Sinhala script) lists; bank 10 from Ukrainian
(Cyrillic), Turkish, Portuguese, Mexican Spanish, Italian, Swiss French, Tamil, Nepali (Devanagari) and Bengali
lists; bank 11 from Polish, Russian (Cyrillic), Brazilian, Gujarati (Gujarati script), Marathi (Devanagari),
Korean (Hangul, family name first), Saudi Arabic (Arabic script) and Algerian French lists; bank 12 from Hindi
(Devanagari), Odia (Odia script), Palestinian Arabic, Spanish, Dutch, Thai (Thai script), Japanese (kanji and
kana, family name first), Indian English and Irish lists. Banks 11 and 12 are written in ``names_unseen_late``;
banks 13 and 14, which also draw from Mimesis's lists, in ``names_unseen_last``.
Every entry sharing a part with the
detector's shipped data, with the hand-written held-out file, or with any entry of banks 4-6 (or of any
earlier bank here) is dropped. Each bank was written before it was first measured; the first figure is the one to
quote.
"""

from __future__ import annotations

import importlib
import random
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from . import names_fresh as F
from . import names_heldout as H

SOURCES = {
    7: {
        "lithuanian": "lt_LT",
        "thai (romanised)": "en_TH",
        "chilean": "es_CL",
        "quebecois": "fr_QC",
        "swiss german": "de_CH",
        "irish-language": "ga_IE",
        "macedonian": "mk_MK",
        "armenian": "hy_AM",
    },
    8: {
        "kenyan": "en_KE",
        "pakistani": "en_PK",
        "twi": "tw_GH",
        "romanian": "ro_RO",
        "hungarian": "hu_HU",
        "argentine": "es_AR",
        "new zealand": "en_NZ",
        "hebrew": "he_IL",
        "greek": "el_GR",
    },
    9: {
        "yoruba": "yo_NG",
        "igbo": "ig_NG",
        "hausa": "ha_NG",
        "czech": "cs_CZ",
        "austrian": "de_AT",
        "colombian": "es_CO",
        "persian": "fa_IR",
        "sinhala": "si_LK",
    },
    10: {
        "ukrainian": "uk_UA",
        "turkish": "tr_TR",
        "portuguese": "pt_PT",
        "mexican": "es_MX",
        "italian": "it_IT",
        "swiss french": "fr_CH",
        "tamil": "ta_IN",
        "nepali": "ne_NP",
        "bengali": "bn_BD",
    },
    11: {
        "polish": "pl_PL",
        "russian": "ru_RU",
        "brazilian": "pt_BR",
        "gujarati": "gu_IN",
        "marathi": "mr_IN",
        "korean": "ko_KR",
        "saudi arabic": "ar_SA",
        "algerian french": "fr_DZ",
    },
    12: {
        "hindi": "hi_IN",
        "odia": "or_IN",
        "palestinian arabic": "ar_PS",
        "spanish": "es_ES",
        "dutch": "nl_NL",
        "thai": "th_TH",
        "japanese": "ja_JP",
        "indian english": "en_IN",
        "irish": "en_IE",
    },
}
"""Per bank, the languages and the Faker locale whose person lists they come from (none used by banks 4-6)."""

PER_LIST = 40


@dataclass(frozen=True)
class UnseenPool:
    """Given and family names per (language, sex), and how many entries were dropped for overlap."""

    given: dict[tuple[str, str], list[str]]
    family: dict[tuple[str, str], list[str]]
    dropped: int

    @property
    def languages(self) -> list[str]:
        return sorted({lang for lang, _ in self.given.keys() & self.family.keys()})

    @property
    def entries(self) -> frozenset[str]:
        return frozenset(e for group in (*self.given.values(), *self.family.values()) for e in group)

    @property
    def size(self) -> int:
        return len(self.entries)


def _first(provider: type, *names: str) -> list[str]:
    for name in names:
        value = getattr(provider, name, None)
        if isinstance(value, dict | list | tuple) and value:
            return list(value)
    return []


def _raw(locale: str) -> dict[tuple[str, str], list[str]]:
    """The locale's lists by (role, sex); a locale without lists per sex gives its one list to both."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out = {}
    for sex, word in (("f", "female"), ("m", "male")):
        out[("given", sex)] = _first(provider, f"first_names_{word}", "first_names")
        out[("family", sex)] = _first(provider, f"last_names_{word}", "last_names")
    unisex = _first(provider, "unisex_last_names")
    if unisex:  # Polish: its ``last_names`` is a placeholder; the common -ski names take -ska for women
        common = _first(provider, "male_last_names")
        out[("family", "m")] = common + unisex
        out[("family", "f")] = [n[:-1] + "a" if n.endswith("ki") else n for n in common] + unisex
    return out


@cache
def _earlier_entries(bank: int) -> frozenset[str]:
    """Every entry a bank before ``bank`` drew (banks 4-6, and those here before it)."""
    entries: set[str] = set()
    for seed in F.DRAWS:
        entries.update(F.fresh_pool(*F.DRAWS[seed]).entries)
    for before in range(7, bank):
        entries.update(unseen_pool(before).entries)
    return frozenset(entries)


@cache
def _earlier(bank: int) -> frozenset[str]:
    """Parts of every entry a bank before ``bank`` drew."""
    return frozenset(part for entry in _earlier_entries(bank) for part in H._parts(entry))


@cache
def unseen_pool(bank: int, seed: int = 20261130) -> UnseenPool:
    """``PER_LIST`` entries per list of ``bank``'s locales, none with a part known to the detector, to the
    hand-written set or to an earlier bank."""
    rng = random.Random(seed + bank)
    known = F._known_parts() | _earlier(bank)
    given: dict[tuple[str, str], list[str]] = {}
    family: dict[tuple[str, str], list[str]] = {}
    dropped = 0
    for language, locale in sorted(SOURCES[bank].items()):
        for (role, sex), entries in _raw(locale).items():
            unique = sorted({unicodedata.normalize("NFC", e.strip()) for e in entries if e.strip()})
            kept = [e for e in unique if not any(p in known for p in H._parts(e))]
            dropped += len(unique) - len(kept)
            if kept:
                target = given if role == "given" else family
                target[(language, sex)] = rng.sample(kept, min(PER_LIST, len(kept)))
    return UnseenPool(given, family, dropped)


def overlap(pool: UnseenPool) -> int:
    """Entries sharing a part with the shipped data now (0 unless the data changed since)."""
    known = H.shipped_tokens()
    return sum(any(p in known for p in H._parts(e)) for e in pool.entries)


FAMILY_FIRST = frozenset(("korean", "japanese"))
"""Languages written family name first (``김 경숙``); no bank before 11 draws one."""


def _people(rng: random.Random, pool: UnseenPool) -> tuple[dict[str, H.Person], dict[str, str]]:
    """As bank 4's (`names_fresh`), among the languages with given and family names of both sexes."""
    languages = [lang for lang in pool.languages if all((lang, s) in pool.given for s in "fm")]
    languages = [lang for lang in languages if all((lang, s) in pool.family for s in "fm")]
    people, sexes = F._people(rng, pool, languages)  # an UnseenPool has the same given and family tables
    return {who: replace(p, family_first=p.language in FAMILY_FIRST) for who, p in people.items()}, sexes


# ---- bank 7: written before the name model, measured once with the detector as it stood ---------------------
# Shift flowsheets with times, social work and chaplaincy, consent and guardianship forms, visitor logs, voicemail
# transcripts, chat exports with "[time] Name:", "goes by", slashes, names with ages in brackets, possessives
# opening a sentence, abbreviations (dtr, hsb, SO), appointment lines.

SEVENTH_HEADERS = (
    "FLOWSHEET COMMENTS\n0700 {P.full} awake, oriented x3\n",
    "SOCIAL WORK NOTE\nMet with pt and dtr {R.given} at bedside.\n",
    "CONSENT\nI, {P.full}, consent to the procedure described.\n",
    "Guardian: {R.full} (court-appointed)\n",
    "[09:14] {O.full}: pt in 4B asking for pain meds\n",
    "Voicemail transcript: hi this is {R.given} calling about my mom {P.given}\n",
    "Appt w/ {C.full} NP on {date}\n",
    "Chaplain visit - {P.given} {P.family}, rm 318\n",
)

SEVENTH_FIRST = (
    "{P.given} goes by {P.given} {P.family} on all forms.",
    "{P.given}'s meds were crushed and given in applesauce.",
    "Pt known to this writer; {P.given} well groomed today.",
    "Met {P.given} and hsb {R.given} in the family room.",
    "{P.given} {P.family}, aka {P.given}, seen at home.",
    "Call placed to SO {R.given} at 11:20.",
)

SEVENTH_BODY = (
    "1000 {P.given} up to chair with assist of {O.given}.",
    "1400 dtr {R.given} at bedside, updated on plan.",
    "{R.given} ({rel}, 34) is main caregiver.",
    "{R.given}/{S.given} share the night shifts at home.",
    "{P.given} needs help with buttons and zips.",
    "{R.given} brought in the home med list.",
    "Pt's goal: dance at {S.given}'s wedding in June.",
    "Prayed with {P.given} and {R.given} at their request.",
    "Consent witnessed by {O.full} and {Q.full}.",
    "[10:02] {Q.given}: labs are back, K 3.1",
    "{O.given} to recheck BP in an hour.",
    "Visitor log: 14:05 {R.full} in, 15:10 out.",
    "Per SW {O.given}, {P.given} qualifies for respite care.",
    "{P.given} keeps asking for {R.given}.",
    "Plan d/w {C.given} {C.family} (hospitalist).",
    "{S.given} {P.family} signed as witness.",
    "Wants {R.given} present for all decisions.",
    "{P.given} ate 75% of breakfast, fed self.",
    "SW gave {R.given} the caregiver support number.",
    "{P.family} family meeting set for Thursday.",
    "Chaplain {O.given} offered a blessing, accepted.",
    "Reviewed advance directive with {P.given} and hsb.",
    "Hospice liaison {Q.full} to call {R.given}.",
    "{C.family} agrees with plan of care.",
    "Dtr {R.given} states pt was at baseline yesterday.",
)

SEVENTH_SIGNATURES = (
    "\n{O.full}, MSW\n",
    "\n[11:40] {O.given}: thanks all\n",
    "\nChaplain {O.full}\n",
    "\nEntered by {Q.given} {Q.family}, unit clerk\n",
    "",
)

SEVENTH_MESSAGES = (
    "[08:31] {R.given}: is {P.given} awake yet?",
    "hey {O.given}, can u cover bed 12 for {C.given}",
    "Voicemail from {R.full}: please call back re {P.given}.",
    "{P.given} {P.family} here, my sugar was 250 this am",
    "Msg for {C.title}: {R.given} says {P.given} is worse.",
    "{R.given} ({rel}) wants to know if {P.given} can have visitors.",
)

SEVENTH_BODIES = (" {S.given} is on the way.", " ty {O.given}", " call {R.given} back pls", "")

SEVENTH_CLOSINGS = ("\n~{R.given}", "\nCheers, {O.given}", "\n{R.given} & {S.given}", "")

SEVENTH_LISTS = (
    "At bedside: {R.given} (dtr), {S.given} (son), {O.given} (RN).",
    "Visitors: {R.full} / {S.full}",
    "Emergency contacts: 1) {R.full} 2) {S.full}",
    "Care conference: {C.full}, {O.full}, {R.given}, {S.given}",
    "Witnesses - {O.given} {O.family} and {Q.given} {Q.family}",
)

SEVENTH_NEGATIVES = (
    "Code Blue called at 03:10; ROSC after two rounds.",
    "Rapid Response team at bedside.",
    "Meals on Wheels referral sent.",
    "Lifeline pendant in place.",
    "Case Management to follow.",
    "Chaplain Services notified.",
    "Tegaderm changed; Mepilex on sacrum.",
    "Bed Bath given; Chlorhexidine wipes used.",
    "Team Huddle at 07:30.",
    "Braden score 14; Morse fall score 45.",
    "Ativan 0.5 mg given for anxiety.",
    "Advance Directive on file.",
    "Lives near Vilnius in the summer.",
    "Flew in from Santiago last week.",
    "Family from Quebec City visiting.",
    "POLST reviewed; DNR confirmed.",
    "Respite Care approved for two weeks.",
    "Hospital Medicine consulted.",
)

_SEVENTH = H._Bank(
    SEVENTH_HEADERS,
    SEVENTH_FIRST,
    SEVENTH_BODY,
    SEVENTH_SIGNATURES,
    SEVENTH_MESSAGES,
    SEVENTH_BODIES,
    SEVENTH_CLOSINGS,
    SEVENTH_LISTS,
    SEVENTH_NEGATIVES,
)

# ---- bank 8: written after the name model and the changes that came with it, measured once ------------------
# Emergency triage, telehealth transcripts with speaker labels, pharmacy pick-ups, obstetrics (FOB, baby boy
# Surname), incident reports, dialysis chair tables with pipes, quoted e-mail replies ("On ..., X wrote:"),
# pronouns in brackets, suffixes (III), credentials (PharmD), interpreters by language, modal verbs.

EIGHTH_HEADERS = (
    "ED TRIAGE\n{age} y/o {sex} brought in by EMS, {rel} {R.given} following.\n",
    "Telehealth transcript\n{C.title}: Good morning.\n{P.given}: Morning, doctor.\n",
    "Rx pickup log | {P.full} | picked up by {R.given} ({rel})\n",
    "L&D ADMISSION\nFOB: {S.full}\n",
    "INCIDENT REPORT\nReported by: {O.full}\n",
    "Chair 3 | {P.full} | MWF | {C.title}\n",
    "On {date}, {R.full} wrote:\n> is {P.given} able to come home this week?\n",
    "School nurse letter re: student {P.full}\n",
)

EIGHTH_FIRST = (
    "{P.given} {P.family} III presents with {symptom} for two days.",
    "{P.given} (she/her) is here with {his} {rel} for {cond}.",
    "{P.given} should keep the fistula arm clean and dry.",
    "Via interpreter {O.given} (Hungarian), {P.given} reports pain at 6/10.",
    "Baby boy {P.family} delivered at 04:12, Apgars 8/9.",
    "{P.full}, PharmD, reviewed the anticoagulation plan.",
)

EIGHTH_BODY = (
    "{P.given}: I have been coughing since Sunday.",
    "{C.title}: Any fever?",
    "{P.given} will bring the glucose log next time.",
    "Partner {S.given} present and supportive.",
    "{R.given} may pick up the prescription on Friday.",
    "Witness statement taken from {Q.given} at 03:20.",
    "{R.given} wrote that {P.given} seemed confused.",
    "> {R.given} said the pharmacy was closed",
    "Pharmacist {O.given} {O.family}, PharmD, counselled on timing.",
    "{P.given} could not recall the name of the medicine.",
    "{S.given} and {R.given} (sister) alternate visits.",
    "Dialysis tech {Q.given} cannulated without difficulty.",
    "Interpreter {O.given} (Greek) present for consent.",
    "The {P.family}s' home has no ramp.",
    "{P.given} might need a second opinion.",
    "Left a note for {R.given} at the front desk.",
    "{Q.full}, RN, witnessed the fall.",
    "{P.given} says {R.given} is moving in next month.",
    "School contact: {R.full} ({rel}), {phone}.",
    "{P.given} tolerated the session; 3 kg removed.",
    "Per {P.given}'s {rel} {R.given}, no recent travel.",
    "{C.family} reviewed the strip; category I.",
)

EIGHTH_SIGNATURES = (
    "\n{O.full}, PharmD\n",
    "\n-- {Q.given}, dialysis RN\n",
    "\nReviewed by {C.full} III\n",
    "\nEnd of transcript ({P.given}, {C.title})\n",
    "",
)

EIGHTH_MESSAGES = (
    "On {date}, {P.full} wrote:\n> can {R.given} get my refill?",
    "{R.given} from {P.given}'s family called about the bill.",
    "Triage call: {P.given} (he/him) has a fever of 39.",
    "Hi, {P.given} {P.family} III here, is the pharmacy open Sunday?",
    "{O.given} covering for {C.title} today.",
    "{R.full} would like to speak to the charge nurse.",
)

EIGHTH_BODIES = (" {S.given} can drive.", " Thanks - {O.given} (pharmacy)", " cc {C.title}", "")

EIGHTH_CLOSINGS = ("\n{P.given} {P.family} III", "\nSent by {R.given}", "\n> {O.given}", "")

EIGHTH_LISTS = (
    "Chair | Patient | Nurse\n1 | {P.full} | {O.given}\n2 | {R.full} | {Q.given}",
    "Support people: {R.given} (partner), {S.given} (doula)",
    "Witnesses: {Q.full}; {O.full}",
    "Call tree - {R.given} > {S.given} > {C.title}",
    "Family present today: {R.given} & {S.given} {P.family}",
)

EIGHTH_NEGATIVES = (
    "Pitocin started at 2 mU/min; Epidural placed.",
    "Bishop score 8; Nexplanon removed last year.",
    "Dexcom G7 and Omnipod in place.",
    "Kayexalate held; Lokelma given.",
    "Trelegy daily; Dupixent every two weeks.",
    "Medtronic pump interrogated.",
    "Kaiser Permanente records requested.",
    "Baxter bag changed at 06:00.",
    "Fistula thrill present; bruit audible.",
    "Apgars 8 and 9 at one and five minutes.",
    "Triage level ESI 3.",
    "Incident reported through the Safety Portal.",
    "Flew in from Budapest on Sunday.",
    "Family lives near Wellington.",
    "Telehealth visit via Zoom.",
)

_EIGHTH = H._Bank(
    EIGHTH_HEADERS,
    EIGHTH_FIRST,
    EIGHTH_BODY,
    EIGHTH_SIGNATURES,
    EIGHTH_MESSAGES,
    EIGHTH_BODIES,
    EIGHTH_CLOSINGS,
    EIGHTH_LISTS,
    EIGHTH_NEGATIVES,
)

# ---- bank 9: written before any change of session 7, measured once with the detector as it stood ------------
# Physiotherapy and rehab, wound clinic, bereavement calls, discharge summaries that go on by family name alone,
# referral letters ("Dear Dr X,"), lower-case SMS threads ("name: ..."), safeguarding reports, critical-value
# call-back logs, lines ending in " - Name", sentences in Spanish, German and Czech, initials after a name.

NINTH_HEADERS = (
    "PHYSIOTHERAPY INITIAL ASSESSMENT\nName: {P.full}   Referred by: {C.title}\n",
    "Dear {C.title},\nThank you for seeing {P.full}, whom I reviewed on {date}.\n",
    "DISCHARGE SUMMARY\nPatient: {P.full}\nNext of kin: {R.full} ({rel})\n",
    "Critical value call-back log\n{date} 02:14 K 6.8 called to {O.full}, read back - {O.given}\n",
    "SAFEGUARDING REFERRAL\nConcern raised by {Q.full} about {P.given} {P.family}.\n",
    "Wound clinic - {P.full}\n",
    "Bereavement call to {R.full} re: {P.given}\n",
    "Paciente: {P.full}. Acompañante: {R.given} ({rel}).\n",
)

NINTH_FIRST = (
    "{P.full} was admitted with {cond}. {P.family} improved on oral antibiotics.",
    "Seen today, {P.given} {P.family} mobilised 20 m with a frame; {P.family} needs supervision on stairs.",
    "{P.given} {P.family} (DOB {date}) attended with {his} {rel} {R.given}.",
    "Paciente {P.given} refiere dolor lumbar desde hace una semana.",
    "Frau {P.family} berichtet über Schwindel seit Montag.",
    "{P.full} told the team {he} lives alone; {R.given} visits daily.",
)

NINTH_BODY = (
    "{P.family} declined the hoist and transferred with one assist.",
    "{P.family} was reviewed by the ward pharmacist before discharge.",
    "Wound bed 80% granulating; {P.given} reports less pain at dressing change.",
    "Call back from {O.given} - K repeated, 5.1.",
    "Spoke with {R.given} ({rel}); {R.given} will collect {P.given} at 4 pm.",
    "Exercises taught to {P.given} and carer {S.given}.",
    "Su hija {R.given} trae la lista de medicamentos.",
    "Der Sohn {S.given} ist einverstanden.",
    "Pacientka {P.given} {P.family} udává bolest hlavy.",
    "Concern: {S.given} {P.family} shouts at {P.given} during visits.",
    "{P.given} has been tearful since {S.given} moved away.",
    "Discussed with {C.title}, who agrees to review {P.family} on Friday.",
    "Rehab goals agreed with {P.given}: stairs, kitchen, garden.",
    "Mr and Mrs {P.family} thanked the team.",
    "Bereavement pack posted to {R.given} {R.family}.",
    "{R.given} said the funeral is on Tuesday.",
    "Critical result handed over to night SHO {Q.given} {Q.family} - {Q.given}",
    "Referred to OT; {O.given} will see {P.family} tomorrow.",
    "{P.family}'s daughter asked for a copy of the letter.",
    "Dressing by {Q.given}, next change Thursday.",
    "{P.given} walked to the bathroom with {O.given} (PT).",
    "Letter cc: {R.full}, {rel}.",
    "{C.family} happy for {P.family} to go home with the district nurses.",
    "Phoned {R.given} twice, no answer; voicemail left.",
)

NINTH_SIGNATURES = (
    "\nYours sincerely,\n{C.full}\n",
    "\n{O.full}, physiotherapist\n",
    "\nTissue viability nurse - {Q.given} {Q.family}\n",
    "\nSafeguarding lead: {O.full}\n",
    "",
)

NINTH_MESSAGES = (
    "{R.given}: is mum ok? {P.given} wont answer her phone",
    "hi its {P.given} {P.family}, can i move my physio to tuesday",
    "{O.given}: pt in bay 3 ({P.family}) pulled her cannula",
    "Message from {R.full} for {C.title}: {P.given} fell again last night.",
    "Hola, soy {R.given}, la {rel} de {P.given}.",
    "{Q.given} - can you see {P.family} in side room 2?",
)

NINTH_BODIES = (" {S.given} will bring her in.", " thanks {O.given} x", " ring {R.given} on the mobile", "")

NINTH_CLOSINGS = ("\n- {R.given}", "\nRegards, {O.full}", "\n{S.given} (son)", "")

NINTH_LISTS = (
    "Attendees: {C.full}; {O.full}; {R.full} ({rel}); {P.given} {P.family}",
    "Discharge checklist - TTOs collected by {R.given}, transport booked by {Q.given}",
    "Family contacts:\n- {R.full}\n- {S.full}",
    "Therapy team: {O.given} (PT), {Q.given} (OT), {C.given} {C.family} (SLT)",
    "Bay 3: {P.family}, {S.family}, {R.family}",
)

NINTH_NEGATIVES = (
    "Zimmer frame provided; Theraband exercises taught.",
    "Aquacel Ag applied; Allevyn border on heel.",
    "Barthel index 65; Berg balance 38.",
    "District Nurses to visit twice weekly.",
    "Critical Care Outreach aware.",
    "Paracetamol and Oramorph given.",
    "Madopar timing reviewed.",
    "Lives near Lagos, flies home in March.",
    "Flew in from Vienna last week.",
    "Family from Bogotá visiting.",
    "TTOs ready; Blister pack arranged.",
    "Sodium Chloride 0.9% at 83 ml/h.",
    "Timed Up and Go 18 s.",
    "Bereavement Services informed.",
    "Social Services referral made.",
)

_NINTH = H._Bank(
    NINTH_HEADERS,
    NINTH_FIRST,
    NINTH_BODY,
    NINTH_SIGNATURES,
    NINTH_MESSAGES,
    NINTH_BODIES,
    NINTH_CLOSINGS,
    NINTH_LISTS,
    NINTH_NEGATIVES,
)

# ---- bank 10: written after the changes of session 7, to measure them once ----------------------------------
# ICU bed handovers with en dashes, radiology requests, dental and eye clinics, mental-health notes, clinic
# schedules by time, appointment reminders by SMS, medication reconciliation, custody health, CSV-like rows,
# nicknames in quotes, "Surname, Given" inside sentences, Portuguese, Italian, French and Turkish sentences.

TENTH_HEADERS = (
    "ICU HANDOVER\nBed 7 \u2013 {P.full} \u2013 day 3 post CABG\n",
    "RADIOLOGY REQUEST\nRequested by: {C.title}   Patient: {P.inverted}\n",
    "Dental recall - {P.full} (seen by {O.given})\n",
    "09:30 {P.full} (new pt)\n10:00 {R.full} (f/u)\n",
    "Reminder: {P.given}, your eye clinic appointment is on {date}. Reply Y to confirm.\n",
    "MENTAL STATE EXAMINATION\n{P.full}, {age}, seen with {his} {rel} {R.given}.\n",
    "Custody health assessment: detainee {P.full}\n",
    "Doente: {P.full}. Acompanhante: {R.given} ({rel}).\n",
)

TENTH_FIRST = (
    "{P.given} \"{P.given}\" {P.family} was calm and cooperative throughout.",
    "{P.family}, {P.given} attended alone and was seen promptly.",
    "Il paziente {P.given} {P.family} riferisce dolore toracico.",
    "Madame {P.family} signale des vertiges depuis lundi.",
    "{P.given} {P.family} hasta {date} tarihinde acil servise geldi.",
    "Seen in clinic: {P.full}, referred by {C.title} for {cond}.",
)

TENTH_BODY = (
    "{P.given} appeared well kempt; speech normal in rate and tone.",
    "Mood described by {P.given} as 'flat'; {R.given} agrees.",
    "Meds reconciled with {R.given}, who manages the dosette box.",
    "Bed 4 \u2013 {S.full} \u2013 extubated at 06:00.",
    "Night RN {O.given} reports good urine output.",
    "{P.family} to have a chest X-ray before the ward round.",
    "Dentist {O.full} extracted the lower left molar.",
    "Optometrist {Q.given} noted raised pressures; {C.title} informed.",
    "{R.given} ({rel}) is the named contact for discharge.",
    "Detainee {P.family} was seen in cell 4 with an officer present.",
    "{P.given} denied thoughts of self-harm; {S.given} will stay over tonight.",
    "A sua filha {R.given} acompanha a consulta.",
    "La figlia {R.given} \u00e8 presente.",
    "K\u0131z\u0131 {R.given} de yan\u0131ndayd\u0131.",
    "Physio {O.given} and OT {Q.given} to assess on Monday.",
    "{C.family} reviewed the films and agrees with the plan.",
    "Spoke to {R.full} by phone, consent to share given.",
    "{P.given} has asked that {S.given} not be given any information.",
    "Handover given to {Q.full} at 19:30.",
    "{P.given} {P.family} tolerated NG feed at 40 ml/h.",
    "Nickname on the ward: \"{P.given}\".",
    "{S.given} brought clean clothes; {P.given} was pleased.",
    "Per {O.given}, {P.family} slept most of the night.",
    "CSV row: {P.family},{P.given},{date}",
)

TENTH_SIGNATURES = (
    "\n{C.full}, Consultant Radiologist\n",
    "\nHandover by {O.given} {O.family}\n",
    "\n{O.full} BDS\n",
    "\nAssessed by {Q.full}, custody nurse\n",
    "",
)

TENTH_MESSAGES = (
    "Reminder for {P.given}: bloods at 8am, fasting please.",
    "{R.given} here (for {P.given} {P.family}) - can we change the time?",
    "Hi {C.title}, {P.family} is asking for you in bed 7.",
    "{O.given} to {Q.given}: can you do the 10 o'clock obs?",
    "Message left for {R.full} re {P.given}'s results.",
    "Ol\u00e1 {P.given}, a sua consulta foi remarcada.",
)

TENTH_BODIES = (" {S.given} can bring {P.given} in.", " cheers {O.given}", " Reply STOP to opt out.", "")

TENTH_CLOSINGS = ("\n\u2013 {O.given}", "\nBest, {C.full}", "\n{R.given} ({rel})", "")

TENTH_LISTS = (
    "Beds: 3 \u2013 {P.family}; 4 \u2013 {S.family}; 5 \u2013 {R.family}",
    "Clinic list: {P.full}, {R.full}, {S.full}",
    "Present at review: {C.title}, {O.given} (RN), {R.given} ({rel}) and {P.given}",
    "Contacts on file -> {R.full}; {S.full}",
    "Name | Role\n{O.full} | RN\n{Q.full} | HCA",
)

TENTH_NEGATIVES = (
    "Propofol weaned; Noradrenaline at 0.05.",
    "Panoramic X-ray taken; Amalgam filling replaced.",
    "Goldmann tonometry 24 mmHg; Latanoprost started.",
    "PHQ-9 score 14; GAD-7 score 9.",
    "Dosette box checked.",
    "Custody Suite B notified.",
    "Ward Round at 09:00.",
    "Sertraline increased to 100 mg.",
    "Lives near Lisbon; family in Porto.",
    "Flew in from Istanbul last month.",
    "Holiday in Lugano planned.",
    "Glasgow Coma Scale 15.",
    "Echo booked for Tuesday.",
    "Incident logged on Datix.",
    "Chlorhexidine mouthwash twice daily.",
)

_TENTH = H._Bank(
    TENTH_HEADERS,
    TENTH_FIRST,
    TENTH_BODY,
    TENTH_SIGNATURES,
    TENTH_MESSAGES,
    TENTH_BODIES,
    TENTH_CLOSINGS,
    TENTH_LISTS,
    TENTH_NEGATIVES,
)

BANKS = {7: _SEVENTH, 8: _EIGHTH, 9: _NINTH, 10: _TENTH}

STYLES = {
    7: "flowsheets with times, social work, chaplaincy, consent and guardianship, visitor logs, voicemail, chat "
    "exports, slashes, abbreviations",
    8: "emergency triage, telehealth transcripts, pharmacy pick-ups, obstetrics, incident reports, pipe tables, "
    "quoted e-mail replies, pronouns, suffixes, credentials",
    9: "physiotherapy, wound clinic, bereavement calls, discharge summaries going on by family name, referral "
    "letters, lower-case SMS threads, safeguarding, critical-value call-backs, Spanish, German and Czech sentences",
    10: "ICU bed handovers with en dashes, radiology requests, dental and eye clinics, mental-health notes, clinic "
    "schedules, SMS reminders, custody health, CSV rows, nicknames in quotes, Portuguese, Italian, French and "
    "Turkish sentences",
}

FIRST_RUNS = {
    7: "written and measured once before the name model: recall 0.900, NAME precision 0.942; its misses were "
    "first read in session 7",
    8: "written after the name model, its first run: recall 0.913, NAME precision 0.968; the detector before the "
    "model: 0.845",
    9: "written before any change of session 7, its first run: recall 0.878, NAME precision 0.894",
    10: "written after the changes of session 7, its first run: recall 0.958, NAME precision 0.896",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


def draw(bank_number: int, templates: H._Bank, seed: int = 20261130, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from ``templates`` with names from bank ``bank_number``'s own locales."""
    rng = random.Random(seed + bank_number)
    pool = unseen_pool(bank_number)
    return [H.document(rng, templates, *_people(rng, pool)) for _ in range(count)]


def samples(bank_number: int, seed: int = 20261130, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (7-10) with names from its own locales."""
    return draw(bank_number, BANKS[bank_number], seed, count)
