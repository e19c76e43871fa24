"""Banks 13 and 14: names from a second package, in phrasing no earlier bank used, both written before either is
measured.

Banks 4-12 used up most of Faker's person lists. These two also draw from Mimesis, whose per-locale person data
(given names by sex, family names, sometimes by sex) was gathered apart from Faker's: Kazakh, Estonian, Greek,
Persian, Moroccan and Tunisian Arabic, Icelandic patronymics, Ukrainian, Japanese, Korean, Russian, and more,
beside the Faker locales no bank took (German, Belgian French, Luxembourgish, mainland and Taiwanese Chinese,
Arabic). Both banks also mix in, at about one person in five, names from Faker's American and British English
lists: the common English names the detector does not ship (many of them English words: Penny, Holly, Archer,
Brewer, Field, Swift). Every entry sharing a part with the detector's shipped data, with the hand-written held-out
file or with any entry of banks 4-12 is dropped, and bank 14 drops bank 13's as well, so each bank's names are
new to the detector and to whoever tuned it. A language left with fewer than ``MIN_PER_LIST`` entries in one of
its lists is left out.
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import replace
from functools import cache
from importlib import resources

from . import names_fresh as F
from . import names_heldout as H
from . import names_unseen as U

ENGLISH = "english"

SOURCES: dict[int, dict[str, tuple[str, ...]]] = {
    13: {
        ENGLISH: ("faker:en_US", "faker:en_GB"),
        "german": ("faker:de_DE",),
        "belgian french": ("faker:fr_BE",),
        "chinese": ("faker:zh_CN",),
        "estonian": ("mimesis:et",),
        "greek": ("mimesis:el",),
        "persian": ("mimesis:fa",),
        "moroccan arabic": ("mimesis:ar-ma",),
        "icelandic": ("mimesis:is",),
        "ukrainian": ("mimesis:uk",),
        "japanese": ("mimesis:ja",),
        "finnish": ("mimesis:fi",),
    },
    14: {
        ENGLISH: ("faker:en_US", "faker:en_GB"),
        "luxembourgish": ("faker:de_LU",),
        "arabic": ("faker:ar_AA",),
        "taiwanese": ("faker:zh_TW",),
        "kazakh": ("mimesis:kk",),
        "russian": ("mimesis:ru",),
        "french": ("mimesis:fr",),
        "korean": ("mimesis:ko",),
        "turkish": ("mimesis:tr",),
        "hungarian": ("mimesis:hu",),
        "danish": ("mimesis:da",),
        "mexican": ("mimesis:es-mx",),
        "tunisian arabic": ("mimesis:ar-tn",),
    },
}
"""Per bank, the languages and the person lists they come from (``library:locale``; a language with two merges
them). Left out as nearly used up by the shipped data: Faker's fr_CA (no given name left), fr_FR, es_CA, vi_VN and
en_NG (a handful), Mimesis's sv (spelling variants of one name: ``Aabiörn``, ``Aabiørn``)."""

MIN_PER_LIST = 10

FAMILY_FIRST = U.FAMILY_FIRST | {"chinese", "taiwanese"}


def _mimesis(locale: str) -> dict[tuple[str, str], list[str]]:
    """Mimesis's lists by (role, sex); its family names come as one list or one per sex."""
    path = resources.files("mimesis").joinpath("datasets", locale, "person.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    surnames = data["surnames"]
    out = {}
    for sex, word in (("f", "female"), ("m", "male")):
        out[("given", sex)] = list(data["names"][word])
        out[("family", sex)] = list(surnames[word] if isinstance(surnames, dict) else surnames)
    return out


def _raw(sources: tuple[str, ...]) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for source in sources:
        library, locale = source.split(":")
        lists = U._raw(locale) if library == "faker" else _mimesis(locale)
        for key, entries in lists.items():
            out.setdefault(key, []).extend(entries)
    return out


@cache
def _before(bank: int) -> tuple[frozenset[str], frozenset[str]]:
    """Parts known to the detector or the hand-written set, with parts of every entry an earlier bank drew (banks
    4-12, and 13 for 14); and those entries themselves, for names too short to have a part (``王``)."""
    entries = set(U._earlier_entries(min(SOURCES)))
    for before in range(min(SOURCES), bank):
        entries.update(last_pool(before).entries)
    parts = F._known_parts() | {part for entry in entries for part in H._parts(entry)}
    return parts, frozenset(entries)


def _known(entry: str, parts: frozenset[str]) -> bool:
    """The entry has a known part, or is itself a known word (a one-sign name has no part to check)."""
    return unicodedata.normalize("NFKC", entry).casefold() in parts or any(p in parts for p in H._parts(entry))


@cache
def last_pool(bank: int, seed: int = 20261130) -> U.UnseenPool:
    """``U.PER_LIST`` entries per list of ``bank``'s languages, none known to the detector, to the hand-written set
    or to an earlier bank."""
    rng = random.Random(seed + bank)
    parts, taken = _before(bank)
    given: dict[tuple[str, str], list[str]] = {}
    family: dict[tuple[str, str], list[str]] = {}
    dropped = 0
    for language, sources in sorted(SOURCES[bank].items()):
        kept: dict[tuple[str, str], list[str]] = {}
        for key, entries in _raw(sources).items():
            unique = sorted({unicodedata.normalize("NFC", e.strip()) for e in entries if e.strip()})
            kept[key] = [e for e in unique if e not in taken and not _known(e, parts)]
            dropped += len(unique) - len(kept[key])
        if min(map(len, kept.values())) < MIN_PER_LIST:
            continue
        for (role, sex), entries in kept.items():
            target = given if role == "given" else family
            target[(language, sex)] = rng.sample(entries, min(U.PER_LIST, len(entries)))
    return U.UnseenPool(given, family, dropped)


def _people(rng: random.Random, pool: U.UnseenPool) -> tuple[dict[str, H.Person], dict[str, str]]:
    """As bank 4's (`names_fresh`), with English for about one person in five: each other language is listed
    four times and English once per other language. Once the detector ships the common English names (the census
    lists), too few are left to draw from, and the bank has none."""
    others = [lang for lang in pool.languages if lang != ENGLISH]
    english = [ENGLISH] * len(others) if ENGLISH in pool.languages else []
    people, sexes = F._people(rng, pool, others * 4 + english)  # same tables as a FreshPool
    return {who: replace(p, family_first=p.language in FAMILY_FIRST) for who, p in people.items()}, sexes


# ---- bank 13: written with bank 14, before either was measured ------------------------------------------------
# ED triage notes, paramedic run sheets, pharmacy refill call logs, dialysis unit notes, transplant coordinator
# messages, genetic counselling letters with pedigrees, behavioural health group notes (many first names),
# wound-photo captions, telehealth chat transcripts with timestamps, names in JSON-like "key": "value" lines,
# Greek, Estonian, Ukrainian and Persian sentences.

THIRTEENTH_HEADERS = (
    "ED TRIAGE {date} 03:12\nName: {P.full}   Age: {age}   Arrived: private car, {rel} {R.given} driving\n"
    "CC: {symptom}\n\n",
    "EMS RUN SHEET - Medic 14\nPt: {P.INVERTED}   Crew: {O.full} (P) / {Q.full} (EMT)\n",
    "PHARMACY REFILL LINE - call log\n10:42 inbound, caller {R.full} on behalf of {P.full}\n",
    "DIALYSIS UNIT - treatment record\nPatient: {P.full}   Station 6   Nephrologist: {C.title}\n",
    "From: Kidney Transplant Office\nTo: {P.full}\nSubject: your evaluation, next steps\n\n",
    "GENETIC COUNSELLING CONSULTATION\nConsultand: {P.full} ({age})   Referred by: {C.title}\n\n",
    "IOP GROUP NOTE - Thursday 18:00-21:00\nFacilitator: {O.full}\n",
    "Photo 3 of 5 - sacral wound - {P.full} - taken by {Q.given} {Q.family}\n",
    "[14:02:11] {C.title} joined the visit\n[14:02:40] {P.given} {P.family} joined the visit\n",
    '"patient_name": "{P.full}",\n"emergency_contact": "{R.full}",\n"pcp": "{C.full}",\n',
    "Ασθενής: {P.full}, {age} ετών\n",
    "Saatekiri: {P.full}\n",
)

THIRTEENTH_FIRST = (
    "{P.full} walked into triage holding {his} left wrist, pain 8/10.",
    "Dispatched 02:47 for a fall; found {P.given} {P.family} supine on the kitchen floor, alert.",
    "{P.given} called for an early refill of the lisinopril; the bottle fell in the sink.",
    "{P.full} arrived for the 06:00 chair, pre-weight 82.4 kg.",
    "Dear {P.given}, the selection committee met on {date} and approved you for listing.",
    "{P.full} came with {his} {rel} {R.given} to talk about the BRCA2 variant found in the family.",
    "{P.given} checked in ten minutes late and sat by the door.",
    "Wound photographed for {P.INVERTED} at the weekly visit.",
    "Patsient {P.full} pöördus erakorralise meditsiini osakonda kõhuvaluga.",
    "Пацієнт(ка) {P.full} скаржиться на загрудинний біль з ранку.",
    "{P.given}'s video froze twice before the visit could start.",
)

THIRTEENTH_BODY = (
    "Triage ESI 3; {P.given} placed in hallway bed 22.",
    "{R.given} ({rel}) read out the med list from a photo on the phone.",
    "03:20 {P.given} to CT with {O.given}; tech aware of the contrast allergy.",
    "Medic {O.family} placed an 18G in the right AC, 500 ml NS running.",
    "Report given to charge RN {Q.given} at the ambulance bay.",
    "Pt refused transport at first; {R.given} persuaded {P.given} to go.",
    "Refill sent; told {R.given} it will be ready after 16:00.",
    "Left VM for {P.given}: the plan rejected the 90-day supply.",
    "Caller verified name and DOB; spoke with {P.given} directly.",
    "{P.given} cramped in the last hour; UF goal lowered by {O.given}.",
    "Access: left arm AVF, cannulated by {Q.given} on the second try.",
    "Post-weight 80.1 kg; {P.family} left the unit walking, {R.given} driving.",
    "{C.family} wants a repeat Kt/V next month.",
    "Please bring {P.given}'s blood type card and the dental clearance letter.",
    "{S.given} has started the living-donor questionnaire.",
    "Pedigree: proband {P.given}; {rel} {R.given} with ovarian cancer at 44; maternal aunt {S.given} {S.family}, "
    "breast cancer at 51.",
    "{P.given} is unsure whether to tell {S.given} about the result.",
    "Cascade testing offered to {R.given} and {S.given}; {R.given} declined for now.",
    "Check-in: {P.given} shared a win from the week; {R.given} and {S.given} offered support.",
    "{O.given} redirected {Q.given} when the talk turned to using.",
    "{C.given} and {D.given} left early for work; {P.given} stayed for the relapse-prevention exercise.",
    "Caption: stage 3, 2.1 x 1.8 cm, 20% slough, {P.family}, {date}.",
    "Measured by {Q.given}; photos uploaded by {O.given}.",
    "[14:05:02] {P.given}: can you hear me? my camera is off",
    "[14:05:30] {C.title}: Yes, I can hear you, {P.given}.",
    "[14:09:12] {R.given} joined the visit",
    '"caregiver": "{R.full}", "relationship": "{rel}",',
    '"attending": "{C.title}", "nurse": "{O.full}",',
    "Συνοδός: {R.given} {R.family}.",
    "Kaasas on {R.given}, kes tõlgib.",
    "{R.given} залишається з пацієнтом на ніч.",
    "همراه بیمار: {R.full}",
    "Per the run sheet, {P.given} was last seen well by {S.given} at 22:00.",
    "Crossmatch with {R.given}'s sample sent to the HLA lab.",
)

THIRTEENTH_SIGNATURES = (
    "\n-- {O.full}, RN (triage)\n",
    "\nCrew: {O.given} {O.family} / {Q.given} {Q.family}\nReceiving RN: {D.full}\n",
    "\n{Q.full}, CPhT\n",
    "\nTransplant Coordinator: {O.full}, RN, CCTC\nPhone {phone}\n",
    "\n{O.full}, MS, CGC\nLicensed Genetic Counselor\n",
    "\n[14:31:55] {C.title} ended the visit\n",
    "",
)

THIRTEENTH_MESSAGES = (
    "Hi {P.given}, this is {O.given} from the transplant office. Your crossmatch is on {date}.",
    "Refill request: {P.full}, tacrolimus 1 mg x 30 days. Caller: {R.given} ({rel}).",
    "[09:15:07] {P.given}: hello? is {C.title} on yet",
    "Medic 14 to ED: ten minutes out with a {age} y/o, name {P.full}, stable.",
    "Dialysis: {P.given} no-show again; {R.given} says the car broke down.",
    '"from": "{P.full}", "message": "I missed my evening dose, what do I do?"',
    "Dear {P.given}, your genetic test report is ready; {O.given} will call you on {date}.",
    "Hi {R.given}, a reminder that {P.given}'s group moves to Wednesdays.",
)

THIRTEENTH_BODIES = (
    " Please call {O.given} at {phone}.",
    " {S.given} can drive you.",
    ' "reply_to": "{O.full}"',
    "\n[09:16:40] {O.given}: the doctor is joining now",
    " -{Q.given}, pharmacy",
    "",
)

THIRTEENTH_CLOSINGS = (
    "\n\n{O.full}\nKidney Transplant Program",
    "\n[09:40:02] {P.given} left the chat",
    "\nThank you, {R.given}",
    "\n-- {O.given} (CGC)",
    "",
)

THIRTEENTH_LISTS = (
    "Attendance: {P.given}, {R.given}, {S.given}, {C.given}, {D.given}, {Q.given} (6); facilitator {O.given}.",
    "Pedigree key: I-1 {R.full} (d. 68, colon ca); I-2 {S.full}; II-3 {P.full} (proband)",
    "Living donor candidates: {R.full} ({rel}); {S.full} ({rel2})",
    "Station 4 {P.family} | Station 5 {R.family} | Station 6 {S.family}",
    "Crew: {O.full} (medic), {Q.full} (EMT-B), {D.full} (supervisor)",
    '"participants": ["{P.full}", "{C.full}", "{R.full}"]',
)

THIRTEENTH_NEGATIVES = (
    "Tenecteplase given at 03:51; door-to-needle 38 minutes.",
    "LUCAS device applied; King airway placed by the second medic.",
    "Narcan 4 mg intranasal, GCS 14 after.",
    "Tacrolimus trough 7.2; Mycophenolate continued; Prograf brand only.",
    "Epogen 4000 units and Venofer 100 mg given on the Fresenius 2008T.",
    "Kt/V 1.4; URR 72%.",
    "BRCA2 founder variant; Lynch syndrome panel negative; Amsterdam criteria not met.",
    "Braden 13; Mepilex Border changed; Santyl to the base.",
    "Bright red blood on the dressing, about 5 ml.",
    "Marks on both forearms from earlier IV attempts.",
    "Sharp pain on inspiration, worse lying flat.",
    "Golden hour missed; transfer from Riverside declined.",
    "Doxy.me link sent; Zoom as backup.",
    "Holter returned Monday; Zio patch ordered for December.",
    "Penny-sized bruise on the left shin.",
    "Frost nip on three toes after the walk home.",
    "Flew in from Tallinn via Reykjavík; family in Shiraz.",
    "Walgreens on Main Street closed for the holiday.",
    "CVS Caremark needs a new prescription.",
    "Alcoholics Anonymous meets Sunday in St. Mary's Hall.",
    "Wound VAC at 125 mmHg continuous.",
    "Parents from Thessaloniki; grandparents in Casablanca.",
)

_THIRTEENTH = H._Bank(
    THIRTEENTH_HEADERS,
    THIRTEENTH_FIRST,
    THIRTEENTH_BODY,
    THIRTEENTH_SIGNATURES,
    THIRTEENTH_MESSAGES,
    THIRTEENTH_BODIES,
    THIRTEENTH_CLOSINGS,
    THIRTEENTH_LISTS,
    THIRTEENTH_NEGATIVES,
)

# ---- bank 14: written with bank 13, before either was measured ------------------------------------------------
# Well-child visits (parents, siblings, school), labour and delivery (partner, doula, the baby's name), palliative
# family meetings with many relatives, insurance call-centre transcripts ("Agent:", "Caller:"), appointment SMS
# batches, discharge instructions addressed to caregivers, staff rosters and on-call lists, safety event reports,
# research consent notes, German, French, Russian and Kazakh sentences.

FOURTEENTH_HEADERS = (
    "WELL CHILD VISIT - 18 MONTHS\nChild: {P.full}   Brought by: {R.full} (parent)\n\n",
    "L&D ADMISSION NOTE\n{P.full}, G2P1 at 39+2; partner {S.full}; doula {O.full}\n\n",
    "PALLIATIVE CARE FAMILY MEETING\nPatient: {P.full}\nFamily: {R.full}, {S.full}, {Q.full}\n\n",
    "Call 55310 | Member Services\nAgent: {O.given}\nCaller: {R.full}, calling for {P.full}\n\n",
    "SMS batch 07:00 - reminders for {date}\n",
    "DISCHARGE INSTRUCTIONS\nFor the caregivers of {P.full}: {R.full} and {S.full}\n\n",
    "ON-CALL ROSTER - week of {date}\nPeds: {C.full}   OB: {D.full}\n",
    "SAFETY EVENT REPORT\nReporter: {O.full}   Patient involved: {P.INVERTED}\n\n",
    "RESEARCH CONSENT NOTE - protocol 2024-118\nParticipant: {P.full}   Consented by: {O.full}, CRC\n\n",
    "Vorsorgeuntersuchung U7 - {P.full}\n",
    "Compte rendu de consultation - {P.full}\n",
    "Қабылдау бөлімі - {P.full}\n",
)

FOURTEENTH_FIRST = (
    "{P.given} is a healthy 18-month-old here with parent {R.given} and sibling {S.given}.",
    "{P.full} presented in active labour at 02:30; partner {S.given} at the bedside.",
    "Family meeting with {P.given}'s {rel} {R.given}, {S.given} and the palliative team.",
    "Agent: Thank you for calling, my name is {O.given}. Who am I speaking with?\nCaller: {R.full}, for {P.given}.",
    "Hi {P.given}! Reminder: {C.title} at 9:40 on {date}. Reply C to confirm, R to reschedule.",
    "{R.given} and {S.given}: these instructions are for you as {P.given}'s caregivers.",
    "Event: {P.full} found on the floor beside the bed at 04:10 by {Q.full}.",
    "{P.full} read the consent form with {his} {rel} {R.given} and asked good questions.",
    "{P.given} {P.family} kam heute mit {R.given} zur Kontrolle.",
    "{P.full} est venu(e) en consultation avec {R.given}.",
    "Пациент {P.full} поступил в приёмное отделение, жалобы на боль в груди.",
    "Науқас {P.full} кеуде ауыруына шағымданып келді.",
)

FOURTEENTH_BODY = (
    "Growth: weight 50th centile, length 40th; {P.given} walks well and says six words.",
    "Sibling {S.given} (5) also here, vaccines up to date.",
    "Daycare: {P.given} goes to Little Acorns three days a week; teacher {Q.given} has no concerns.",
    "Parent {R.given} asked about screen time and picky eating.",
    "School: {P.given} is in 2nd grade with {Q.title}; reading at grade level.",
    "Baby {P.family} born 05:52, 3.41 kg; name chosen: {S.given}.",
    "Doula {O.given} helped with positioning; partner {S.given} cut the cord.",
    "Epidural placed by {C.title} at 03:15.",
    "{P.given} pushing well; FHR 140s, moderate variability.",
    "{R.given} flew in overnight and {S.given} joined by phone.",
    "{P.given} said clearly: no more hospital, I want to be at home with {R.given}.",
    "Present: {R.given} ({rel}), {S.given} ({rel2}), two grandchildren and the chaplain.",
    "{S.given} disagrees with stopping the feeds; {R.given} is the health care agent.",
    "Agent: Can you verify the member's date of birth?\nCaller: {date}.",
    "Caller: My {rel}, {P.given}, got a bill for the ambulance ride.",
    "Agent {O.given} transferred the call to claims ({Q.given}).",
    "Reminder sent to {R.full} at {phone}: delivered.",
    "{S.given}, your flu shot is on {date} at the Elm Street clinic.",
    "Give {P.given} the amoxicillin twice a day for 10 days; {R.given} has the dosing syringe.",
    "Call {C.title} or the after-hours line if {P.given} has a fever over 38.5.",
    "Primary call: {C.full} (pager 4411); backup: {D.full}.",
    "Night charge RN: {O.full}; house supervisor: {Q.full}.",
    "Immediate actions: bed alarm on, {C.title} notified, {R.given} ({rel}) told at 05:00.",
    "Witness: {Q.full}, patient care tech.",
    "{P.given} agreed to the optional biobank draw; {R.given} witnessed.",
    "Copy of the signed consent given to {P.given}; questions answered by {C.title}.",
    "Laut {R.given} schläft {P.given} seit einer Woche schlecht.",
    "Selon {R.given}, {P.given} mange moins depuis lundi.",
    "Le médecin traitant, {C.title}, est informé.",
    "{R.given} дежурит возле пациента всю ночь.",
    "Туысы {R.given} үнемі қасында.",
    "{S.given} will take the night shift so {R.given} can sleep.",
)

FOURTEENTH_SIGNATURES = (
    "\n{C.full}, MD, FAAP\n",
    "\n{O.full}, CNM\n",
    "\nPalliative Care: {C.full}, MD; {O.full}, LCSW; Chaplain {Q.full}\n",
    "\nCall wrap-up by {O.given} {O.family}, ext. 4471\n",
    "\nReviewed with caregiver {R.full}   Signature: ____________\n",
    "\nSubmitted by {O.full}; reviewed by nurse manager {Q.full}\n",
    "\nMit freundlichen Grüßen\n{C.full}\n",
    "\nCordialement,\n{C.title}\n",
    "",
)

FOURTEENTH_MESSAGES = (
    "Hi {P.given}, reminder: well-child visit for {S.given} on {date} at 10:20. Reply C to confirm.",
    "To {R.given}: {P.given}'s school form is signed and at the front desk.",
    "Agent: Good afternoon, this is {O.given} with member services.\nCaller: Hi, I'm {R.full}.",
    "{P.family} household: appointments for {P.given}, {R.given} and {S.given} on {date}.",
    "Outgoing SMS to {phone}: {P.given}, your lab work is due before Friday.",
    "Kind reminder, {R.given}: bring {P.given}'s vaccination record.",
    "Здравствуйте, {R.given}! Напоминаем: приём {P.given} {date}.",
    "Bonjour {R.given}, le rendez-vous de {P.given} est confirmé.",
    "Hallo {P.given}, Ihr Termin bei {C.title} ist am {date}.",
    "Құрметті {P.given}! Қабылдауыңыз {date}.",
)

FOURTEENTH_BODIES = (
    "\nCaller: Thank you, {O.given}.",
    " Questions? Ask for {Q.given}.",
    " Reply STOP to unsubscribe.",
    " {S.given} will come too.",
    "",
)

FOURTEENTH_CLOSINGS = (
    "\n-- {O.given}, scheduling",
    "\nAgent {O.full} | ref 88-2211",
    "\nMerci, {R.given}",
    "\nViele Grüße, {Q.given}",
    "",
)

FOURTEENTH_LISTS = (
    "On call tonight: Peds {C.full}; OB {D.full}; Anesthesia {O.full}",
    "Roster Sat/Sun: {O.given} {O.family}, {Q.given} {Q.family}, {R.given} {R.family} (float)",
    "Family meeting attendees: {R.full}, {S.full}, {O.full} (SW), {C.title}",
    "SMS batch: {P.full} 08:30 | {R.full} 09:10 | {S.full} 09:50",
    "Household: {R.given} (parent), {S.given} (sibling, 7), {P.given} (patient, 4)",
    "Consent witnesses: {Q.full}; {O.full}",
    "Support at delivery: {S.given} (partner), {O.given} (doula), {R.given} ({rel})",
)

FOURTEENTH_NEGATIVES = (
    "MMR and Varicella given; next DTaP at 4 years.",
    "Vitamin D drops; Enfamil Gentlease 4 oz every 3 hours.",
    "Pitocin off at 06:10; Cytotec held; Apgars 8 and 9.",
    "Little Acorns Daycare wants the updated Asthma Action Plan.",
    "Grace period ends Friday; the Premium Plan renews in January.",
    "Hope Hospice accepted the referral.",
    "Will call back Monday once the prior authorization is in.",
    "Baker Act evaluation not indicated.",
    "Humana Gold Plus, Tier 3, deductible met in March.",
    "Ambulance claim denied; EOB dated Tuesday.",
    "Pager 4411; Vocera badge for the charge nurse.",
    "Fall without injury; Morse 55; Posey bed alarm on.",
    "IRB approval through December; Informed Consent Form v3.2.",
    "Bring the Graco car seat; the Pack 'n Play stays at home.",
    "Reise nach München im August; Impfpass vorhanden.",
    "Rendez-vous à Lyon en septembre; carte Vitale oubliée.",
    "Прилетел из Астаны в среду.",
    "Almaty clinic records faxed Friday.",
    "Tylenol 160 mg/5 ml, 5 ml every 6 hours as needed.",
    "Sharp Memorial declined the transfer.",
    "Noble Health Plan, Member Services, Monday to Friday.",
    "Cord blood banked with Cryo-Cell; Vitamin K given.",
)

_FOURTEENTH = H._Bank(
    FOURTEENTH_HEADERS,
    FOURTEENTH_FIRST,
    FOURTEENTH_BODY,
    FOURTEENTH_SIGNATURES,
    FOURTEENTH_MESSAGES,
    FOURTEENTH_BODIES,
    FOURTEENTH_CLOSINGS,
    FOURTEENTH_LISTS,
    FOURTEENTH_NEGATIVES,
)

BANKS = {13: _THIRTEENTH, 14: _FOURTEENTH}

STYLES = {
    13: "ED triage, paramedic run sheets, pharmacy refill call logs, dialysis, transplant coordinator messages, "
    "genetic counselling pedigrees, behavioural health groups (many first names), wound-photo captions, "
    "timestamped telehealth chats, JSON-like lines, Greek, Estonian, Ukrainian and Persian sentences",
    14: "well-child visits, labour and delivery, palliative family meetings, insurance call-centre transcripts, "
    "SMS reminder batches, discharge instructions for caregivers, rosters and on-call lists, safety event "
    "reports, research consent, German, French, Russian and Kazakh sentences",
}


FIRST_RUNS = {
    13: "written by another hand while session 8 changed the detector, never read; its first run, after those "
    "changes: recall 0.985, NAME precision 0.882",
    14: "written with bank 13, left unmeasured until the end of session 8; its first run: recall 0.962, NAME "
    "precision 0.836",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""

pool = last_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


def samples(bank_number: int, seed: int = 20261130, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (13 or 14) with names from its own languages."""
    rng = random.Random(seed + bank_number)
    pool = last_pool(bank_number)
    return [H.document(rng, BANKS[bank_number], *_people(rng, pool)) for _ in range(count)]
