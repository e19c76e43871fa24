"""A held-out evaluation of names in free text: many cultures' names in notes and messages, seeded.

Names come from ``data/heldout_names.txt`` (written for this evaluation, apart from the detector's data);
every entry with a token, or a part of a hyphenated or apostrophe'd token, found in any file the detector
ships (``extproc/phi/data/*.txt``) is dropped, so recall here is recall on names the detector has never
seen. Templates mix clinical notes, short messages and lists: names with and without titles, with particles
(``da Conceição``, ``van der Linden``, ``al-Rashidi``), apostrophes and hyphens, at sentence starts,
repeated later in the document by title and family name or by given name alone, next to negatives that
look like names (drugs, eponyms, places, months, capitalised clinical words).

Gold spans cover a person's name as written (given and family name together when both are written, the
particles included; never the title). Each gold name carries the classes it belongs to, so recall is
reported per class.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import demo.patients as dp
from extproc.phi import kinds as K

Gold = tuple[int, int, str]

PARTICLES = frozenset(
    (
        "da",
        "das",
        "de",
        "del",
        "della",
        "dell",
        "degli",
        "dei",
        "di",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "'t",
        "t",
        "in",
        "la",
        "las",
        "le",
        "les",
        "lo",
        "los",
        "li",
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "at",
        "az",
        "bin",
        "binti",
        "bint",
        "ibn",
        "ó",
        "ní",
        "nic",
        "mac",
        "uí",
        "zu",
        "zur",
        "vom",
        "y",
        "e",
        "dalla",
        "an",
    )
)
"""Particles as this evaluation writes them: not names, so they are not checked against the detector's data."""

_JOINERS = "'\u2019-"


@dataclass(frozen=True)
class Person:
    """One person of the held-out set: ``family_first`` for cultures that write the family name first."""

    language: str
    given: str
    family: str
    family_first: bool

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


@dataclass
class NameSample:
    """One document; ``tags[i]`` holds the classes of ``gold[i]`` (empty for identifiers other than names)."""

    category: str
    text: str = ""
    gold: list[Gold] = field(default_factory=list)
    tags: list[frozenset[str]] = field(default_factory=list)

    def add(self, piece: str, kind: str | None = None, tags: frozenset[str] = frozenset()) -> None:
        if kind is not None and piece:
            self.gold.append((len(self.text), len(self.text) + len(piece), kind))
            self.tags.append(tags)
        self.text += piece


def _parts(entry: str) -> list[str]:
    """The casefolded name parts of ``entry``: words split at hyphens and apostrophes, particles left out."""
    out: list[str] = []
    for word in unicodedata.normalize("NFKC", entry).split():
        for joiner in _JOINERS[1:]:
            word = word.replace(joiner, _JOINERS[0])
        for part in word.split(_JOINERS[0]):
            folded = part.casefold()
            if len(folded) >= 2 and folded not in PARTICLES:
                out.append(folded)
    return out


WHOLE_LINES = frozenset(("cities.txt",))
"""Data files whose entries the detector matches only whole (a town of two words, ``Harbor City``, finds neither
word alone): only their one-word entries are tokens a held-out name must not share."""


def shipped_tokens() -> frozenset[str]:
    """Every word, and every hyphen/apostrophe part of a word, in the detector's shipped data (casefolded)."""
    out: set[str] = set()
    data = resources.files("extproc.phi").joinpath("data")
    for item in data.iterdir():
        if not item.name.endswith(".txt"):
            continue
        for line in item.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("#") or (item.name in WHOLE_LINES and len(line.split()) > 1):
                continue
            for word in unicodedata.normalize("NFKC", line).split():
                folded = word.casefold()
                out.add(folded)
                out.update(_parts(folded))
    return frozenset(out)


@dataclass(frozen=True)
class HeldOut:
    """The usable entries per language and role, and how many were dropped for overlap."""

    given: dict[str, list[str]]
    family: dict[str, list[str]]
    family_first: frozenset[str]
    dropped: int

    def overlap(self) -> int:
        """Entries left that still share a part with the shipped data (0 unless the data changed underneath)."""
        known = shipped_tokens()
        entries = [e for group in (*self.given.values(), *self.family.values()) for e in group]
        return sum(any(p in known for p in _parts(e)) for e in entries)

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.given.values()) + sum(len(v) for v in self.family.values())


def held_out() -> HeldOut:
    """The held-out entries with no part in the detector's shipped data."""
    known = shipped_tokens()
    given: dict[str, list[str]] = {}
    family: dict[str, list[str]] = {}
    first: set[str] = set()
    dropped = 0
    path = Path(__file__).parent / "data" / "heldout_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, role, entries = line.split("|")
        if role == "order":
            first.add(language)
            continue
        target = given if role == "given" else family
        for entry in entries.split(";"):
            entry = unicodedata.normalize("NFC", entry.strip())
            if any(p in known for p in _parts(entry)):
                dropped += 1
                continue
            target.setdefault(language, []).append(entry)
    languages = given.keys() & family.keys()
    return HeldOut(
        {k: v for k, v in given.items() if k in languages},
        {k: v for k, v in family.items() if k in languages},
        frozenset(first),
        dropped,
    )


def has_particle(entry: str) -> bool:
    """A family name written with a particle word or prefix (``da Silva``, ``al-Rashidi``, ``d'Aubigny``)."""
    for word in entry.split():
        if word.casefold() in PARTICLES:
            return True
        head = word.replace("\u2019", "'").replace("-", "'").split("'")[0]
        if head != word and head.casefold() in PARTICLES and head[:1].islower():
            return True
    return False


# ---- templates --------------------------------------------------------------------------------------------
# Placeholders: {X.full} {X.given} {X.family} {X.title} (title and family name; the title is not gold)
# {X.FULL} (upper case), {X.inverted} ("family, given"), {X.INVERTED} ("FAMILY, GIVEN"), {X.lower} (typed in
# lower case), {X.honorific} (a title of another language, or Mx), {X.middle} ("Given M. Family"), {X.initial}
# ("G. Family", the initial not gold) for X in P (patient), R and S (relatives), C and D (clinicians), O and Q
# (staff); {age} {sex} {he} {his} {rel} {rel2} {cond} {symptom} {n} {date} {phone}.

HEADERS = (
    "Patient: {P.full}\nDOB: {date}\n\n",
    "PATIENT NAME: {P.FULL}\n\n",
    "Re: {P.full} (DOB {date})\n",
    "Name: {P.inverted}    Visit date: {date}\n\n",
    "{P.full} - clinic visit\n\n",
    "Pt: {P.title}\n",
    "Telephone encounter\nCaller: {R.full} ({rel})\nPatient: {P.full}\n\n",
    "Subject: {P.full}\n\n",
)

FIRST = (
    "{P.full} is a {age}-year-old {sex} seen today for follow-up of {cond}.",
    "{P.full}, {age}, presents with three days of {symptom}.",
    "Saw {P.full} in clinic this morning for {cond}.",
    "{P.title} is a pleasant {age}-year-old {sex} referred by {C.title} for {cond}.",
    "This is a {age}-year-old {sex}, {P.full}, who comes in for {cond}.",
    "I had the pleasure of seeing {P.full} today.",
    "{P.full} was admitted overnight with {symptom}.",
    "Telephone encounter with {P.full} regarding {cond}.",
    "Our patient, {P.full}, returns after a {n}-week course of physical therapy.",
    "Home visit: {P.full} lives alone in a second-floor apartment.",
    "Chart review for {P.full} before the procedure.",
    "{P.full} came to the walk-in clinic with {symptom}.",
    "Follow-up visit with {P.title} for {cond}.",
)

BODY = (
    "{P.given} reports that the {symptom} has improved since the last visit.",
    "{P.title} agrees with the plan and will return in {n} weeks.",
    "Discussed risks and benefits with {P.title}; all questions answered.",
    "{P.given} was tearful when discussing the diagnosis.",
    "According to {P.given}, the pain began after a fall at home.",
    "Per {his} {rel} {R.full}, {P.given} has been more confused at night.",
    "Plan reviewed with {P.given} and {R.full} at the bedside.",
    "{R.full} ({rel}) will drive {P.given} to appointments.",
    "Advised {P.given} to avoid NSAIDs and to keep a blood pressure log.",
    "Left a message for {P.title} to call back.",
    "{P.given} declined the influenza vaccine today.",
    "Today {P.given} walked 200 feet with a rolling walker.",
    "I spent 25 minutes counselling {P.title} on diet and exercise.",
    "{P.given} lives with {his} {rel}, {R.given}, who manages the medications.",
    "{P.given}'s {rel}, {R.full}, is the health care proxy.",
    "Emergency contact: {R.full} ({rel}), {phone}.",
    "Spoke with {R.full} by phone; {R.given} confirms that {P.given} has been taking the metformin.",
    "Interpreter {O.full} was present for the whole visit.",
    "When asked, {P.family} said {he} had not eaten since breakfast.",
    "{P.title} is tolerating the new dose of insulin well.",
    "{P.family} states {he} is feeling much better.",
    "{P.title}'s blood pressure today was 142/88.",
    "Pharmacist {O.full} reviewed the medication list with {P.given}.",
    "It was a pleasure to see {P.given} again today.",
    "Instructions were given to {P.given} and {his} {rel} {R.given}.",
    "Home health nurse {O.full} will visit twice a week.",
    "{P.given} and {R.given} both had questions about hospice.",
    "Will ask {C.title} to see {P.title} next week.",
    "{P.given} understands the warning signs and knows when to go to the emergency department.",
    "Seen together with {R.given}, {P.given}'s {rel}.",
    "Reviewed the imaging with {P.given} and answered {his} questions.",
    "{P.given} would like to discuss the results with {his} {rel} first.",
    "Encouraged {P.given} to bring {his} pill bottles next time.",
    "{P.title} has no new complaints.",
    "Overall {P.given} is doing well.",
    "Nurse {O.given} checked on {P.given} at noon; no distress.",
    "Called {P.title} with the biopsy results.",
    "{C.title} discussed the case with {P.given} and {his} {rel}.",
    "{P.given} is worried about the cost of the new inhaler.",
    "Yesterday {P.given} missed the dialysis session.",
    "After the procedure {P.title} was comfortable.",
    "Message forwarded to {C.full}.",
    "{R.given} asked whether {P.given} can travel in June.",
    "{P.given} has a history of Crohn's disease and takes Humira every two weeks.",
    "{P.title} was counselled on smoking cessation.",
    "{P.given} denies chest pain, fever or cough.",
    "Teaching done with {P.given}, who demonstrated the inhaler technique correctly.",
    "{P.family} family asked for a copy of the discharge summary.",
    "The {P.family} household has two dogs and a cat.",
    "{R.given} {P.family} ({rel}) called to say that {P.given} fell again.",
)

SIGNATURES = (
    "\nSigned: {C.title}\n",
    "\nElectronically signed by {C.full}, MD on {date}\n",
    "\n-- {O.full}, RN\n",
    "\n{C.full}, NP\n",
    "\nAttending: {C.title}\n",
    "",
)

MESSAGE_OPENERS = (
    "Hi {P.given}, your lab results are back and they look stable.",
    "Dear {P.title}, this is a reminder of your appointment on {date}.",
    "Hello {P.given}! The pharmacy has your refill ready.",
    "{P.full} called asking for a refill of lisinopril.",
    "Phone message from {R.full} ({rel} of {P.title}): {P.given} has a fever of 38.5.",
    "Please call {P.given} back at {phone} about the MRI.",
    "Patient {P.full} (DOB {date}) requests a call back.",
    "{P.given} sent a photo of the rash this morning.",
    "Re: {P.full} - prior authorization approved.",
    "Good morning {P.given}, we received your message.",
    "{P.title} left a voicemail asking about the new dose.",
    "Portal message from {P.full}: can I take ibuprofen with my blood thinner?",
    "{P.full} no-showed for the 9:30 appointment.",
    "Refill request for {P.full}, atorvastatin 40 mg.",
)

MESSAGE_BODIES = (
    " {P.given} says the swelling is better.",
    " I let {P.given} know that {C.title} will review it tomorrow.",
    " {P.title} prefers a call after 3 pm.",
    " Told {P.given} to go to urgent care if the fever returns.",
    " {R.given} will pick up the prescription.",
    " Let {P.title} know the results are normal.",
    " {P.family} asked if the appointment can be moved to Friday.",
    "",
)

MESSAGE_CLOSINGS = (
    "\nThanks,\n{O.given}",
    "\nBest regards,\n{C.full}",
    "\n-- {O.full}, RN",
    "\nKind regards, {O.given} (front desk)",
    "",
    "",
)

LISTS = (
    "Care team: {C.title}, {O.full} (RN) and {Q.full} (social work).",
    "Present at the family meeting: {P.full}, {R.full}, {S.full} and chaplain {O.given}.",
    "Visitors today were {R.given}, {S.given} and {O.given}.",
    "cc: {C.title}, {D.title}",
    "Contacts on file: {R.full} ({rel}); {S.full} ({rel2}).",
    "Attendees: {O.full}, {Q.full}, {C.full}.",
    "{P.given}'s children, {R.given} and {S.given}, were updated by phone.",
    "Consulted: {C.title} (cardiology), {D.title} (nephrology).",
    "Signed out to {C.full} and {D.full} for the weekend.",
)

NEGATIVES = (
    "History of Parkinson's disease, on carbidopa-levodopa.",
    "Crohn's flare last spring; Humira started in March.",
    "Hashimoto's thyroiditis, stable on levothyroxine.",
    "Worsening Alzheimer's per family; Aricept continued.",
    "Eliquis held 48 hours before the procedure.",
    "Lasix 40 mg IV given with good diuresis.",
    "Ozempic was started in June; weight down 4 kg.",
    "Follow up on Monday with cardiology.",
    "Denies chest pain. Tolerating diet. Ambulating independently.",
    "Traveled to Lisbon and Porto in August; no sick contacts.",
    "Recently moved from Rio de Janeiro to Los Angeles.",
    "Born in Lagos, Nigeria; moved to Houston ten years ago.",
    "Referred to the Mayo Clinic for a second opinion.",
    "Positive Babinski sign on the left; Romberg negative.",
    "Epley maneuver performed for BPPV.",
    "Guillain-Barré syndrome ruled out.",
    "Stevens-Johnson syndrome after Bactrim in the past.",
    "Epstein-Barr virus serology pending.",
    "Epworth Sleepiness Scale 14; Glasgow Coma Scale 15.",
    "Appointment moved to Thursday afternoon.",
    "Started Xarelto; stopped Coumadin.",
    "Tylenol and Motrin alternating for fever.",
    "Hospice evaluation requested by family.",
    "Van transport arranged for Tuesday.",
    "De-escalated antibiotics to Keflex.",
    "Down syndrome, trisomy 21.",
    "Bell's palsy resolved.",
    "Cushing's ruled out with a dexamethasone suppression test.",
    "Foley catheter removed; voiding spontaneously.",
    "Holter monitor shows rare PVCs.",
    "Whipple procedure at Johns Hopkins some years ago.",
    "Medicare Advantage plan through Humana.",
    "Lives near Lake Michigan; summers on Cape Cod.",
    "Visited San Diego and Santa Fe over the holidays.",
    "New York Heart Association class II.",
    "Physical Therapy and Occupational Therapy to follow.",
    "Ensure supplement twice daily.",
    "Pap smear normal; Gram stain negative.",
    "Apgar scores 8 and 9.",
    "Sjögren's syndrome suspected; anti-Ro positive.",
    "Raynaud's phenomenon in cold weather.",
    "Graves' disease treated with methimazole.",
    "Klebsiella and Enterococcus cultures negative.",
    "Cleared for travel to Hanoi and Ho Chi Minh City.",
    "Mediterranean diet recommended.",
    "Wednesday dialysis session missed.",
    "Al-Anon meeting information provided.",
    "Seen at Mount Sinai in the spring.",
    "Kerala-style diet, mostly rice and fish.",
    "Transferred from Den Haag last year; records requested.",
    "Prefers Portuguese; interpreter requested.",
    "Tolerated Zofran; Reglan avoided.",
    "Hodgkin lymphoma in remission since childhood.",
    "Meniere's disease with vertigo spells.",
    "Kaposi sarcoma lesions unchanged.",
    "Swan-Ganz catheter placed in the ICU.",
    "Addison's disease on hydrocortisone.",
    "Wolff-Parkinson-White pattern on ECG.",
    "Saturday clinic is closed in December.",
    "Christmas travel to Dublin planned.",
    "Novo Nordisk patient assistance form completed.",
    "Pfizer vaccine given in the left deltoid.",
    "Listening to Mozart helps with sleep.",
    "Reads the Bible daily; Catholic.",
    "Ramadan fasting discussed with the diabetes plan.",
    "Works at Walmart on the night shift.",
    "Watched the Super Bowl; no chest pain.",
)

# ---- a second bank of templates, written after the detector's context rules and never tuned against ----------
# The first bank's misses were read while the detector was developed; this one measures phrasing it has not met.

FRESH_HEADERS = (
    "Pt name: {P.full} | DOB {date}\n",
    "Discharge summary for {P.full}\n\n",
    "To: {C.title}\nFrom: {O.full}\nRe: your patient {P.full}\n\n",
    "SOCIAL WORK NOTE\nClient: {P.full}\n",
    "{P.inverted} (DOB {date}) - follow-up\n",
    "Nursing shift note, bed 12 - {P.title}\n",
    "ED TRIAGE - {P.FULL}\n",
)

FRESH_FIRST = (
    "{P.full} presented to the emergency department after a syncopal episode.",
    "Met {P.full} and {his} {rel} in the family room.",
    "History obtained from {P.full} and the chart.",
    "{P.full} returns for a blood pressure check.",
    "Received a call from {P.full} this afternoon.",
    "Thank you for seeing {P.full}, whom I follow for {cond}.",
)

FRESH_BODY = (
    "{P.given} tells me {he} has been sleeping poorly.",
    "At the bedside were {R.full} and {S.full}.",
    "{P.title} tolerated the procedure without complications.",
    "Per {P.given}'s {rel}, {he} stopped the medication last week.",
    "{R.given} ({rel}) is the main caregiver and lives next door.",
    "{P.given} smiled and said {he} felt ready to go home.",
    "We reviewed the results together; {P.family} understood the plan.",
    "Explained to {P.given} that the biopsy was benign.",
    "{P.title} asked to speak with the chaplain.",
    "{P.given}'s weight is down 2 kg since March.",
    "{P.given} was sitting up in a chair, eating breakfast.",
    "No concerns voiced by {P.given} or {his} family.",
    "{R.given} brought in a list of medications.",
    "Handed over to night nurse {O.given}.",
    "{P.given} and I discussed advance directives.",
    "The patient, {P.full}, consents to the procedure.",
    "{P.title} walked the hallway twice with physical therapy.",
    "Reassured {P.title}; return precautions given.",
    "Appointment with {C.full} on {date}.",
    "{P.given} uses a walker at home.",
    "Labs drawn; {P.given} tolerated the venipuncture.",
    "Family update: {R.given} and {S.given} were called.",
    "{R.full}, {P.given}'s {rel}, is listed as the emergency contact.",
    "Spent time with {P.given} going over the insulin pen.",
    "{C.title} will see {P.given} in two weeks.",
    "{P.family} is hard of hearing; spoke slowly.",
    "Both {P.given} and {R.given} want to continue dialysis.",
)

FRESH_MESSAGES = (
    "{P.given} - your prescription was sent to the pharmacy.",
    "Good news, {P.given}: the scan was normal.",
    "Hey {P.given}, just checking in after your procedure.",
    "Message for {C.title}: {P.full} called, wants to talk about the new pills.",
    "{R.full} left a message asking if {P.given} can shower after surgery.",
    "Reminder: {P.full}, annual physical on {date}.",
    "From {O.full} (front desk): {P.title} needs to reschedule.",
    "Text from {P.given}: running 10 min late.",
)

FRESH_CLOSINGS = ("\n- {O.given}", "\nSincerely,\n{C.full}, MD", "\nThank you!\n{O.full}", "")

FRESH_LISTS = (
    "Family members present: {R.full}, {S.full}.",
    "Team: {C.title}; {O.full}, RN; {Q.full}, PT.",
    "Discussed with {C.title} and {D.title}.",
    "{R.given}, {S.given}, and {P.given} attended.",
    "Emergency contacts - {R.full} ({rel}), {S.full} ({rel2}).",
)

FRESH_NEGATIVES = (
    "Alzheimer's Association pamphlet given.",
    "Barrett's esophagus on last EGD.",
    "Dupuytren's contracture of the right hand.",
    "Homan's sign negative.",
    "Murphy's sign positive.",
    "Korotkoff sounds audible to 90.",
    "Trendelenburg position during the procedure.",
    "Valsalva maneuver terminated the SVT.",
    "Started Jardiance and Entresto.",
    "Humalog sliding scale with meals.",
    "Lantus 20 units at bedtime.",
    "Plavix held before surgery.",
    "Moved here from Guadalajara.",
    "Speaks Tagalog and some English.",
    "Easter Sunday admission.",
    "February labs normal.",
    "Tuesday and Thursday dialysis.",
    "Medicaid pending.",
    "Uses Dexcom and an Omnipod pump.",
    "Followed by Hematology/Oncology.",
    "Denies tobacco. Drinks socially. Works as an electrician.",
    "Reviewed MyChart messages.",
    "Clostridioides difficile negative.",
    "Parkinson's-like tremor noted.",
    "Non-Hodgkin lymphoma, in remission.",
    "Records received from the Cleveland Clinic.",
)


# ---- a third bank, written last and measured once: the figure for phrasing nobody tuned against -------------

THIRD_HEADERS = (
    "S: {P.given} states the cough is worse at night.\nO: afebrile.\n",
    "SBAR\nSituation: {P.title} in room 4 with chest pain.\n",
    "Consult requested by {C.title} for {P.full}.\n",
    "PHONE TRIAGE\nCaller {R.full} ({rel})\n",
    "Chaplain visit - {P.full}\n",
    "Case management: {P.inverted}\n",
    "PT daily note for {P.title}\n",
)

THIRD_FIRST = (
    "Patient is {P.full}, seen in the hallway bed.",
    "{P.full} arrived by ambulance from home.",
    "Spent 30 minutes with {P.full} and {his} {rel} today.",
    "We met {P.given} {P.family} for the first time this morning.",
    "Referral for {P.full} received by fax.",
)

THIRD_BODY = (
    "Background: {P.given} has heart failure and lives with {his} {rel}.",
    "Assessment: {P.given} looks tired but is answering questions.",
    "Recommendation: ask {C.title} to review the ECG.",
    "{P.given} prays daily and asked for communion.",
    "{R.given}, the {rel}, cried during the visit.",
    "Updated {R.given} by phone at 6 pm.",
    "{P.given} walked 150 feet with the physical therapist, then rested.",
    "Goals per {P.given}: get back to gardening.",
    "I explained the results to {P.family} in plain language.",
    "{P.given} prefers to be called by {his} first name.",
    "Transportation arranged; {R.given} will bring the car around.",
    "{C.full} reviewed the chart remotely.",
    "Verbal consent from {P.given}; witness {O.full}.",
    "{P.family}'s daughter asked about visiting hours.",
    "Note co-signed by {C.title}.",
    "{S.given} flew in from out of state to help.",
    "Plan discussed with the family ({R.given} and {S.given}).",
    "Psych: {P.given} denies suicidal ideation.",
    "Skin intact per nurse {O.given}.",
    "{P.given} was anxious about the procedure but calmer after teaching.",
    "Call {R.full} if there are any changes.",
    "Med rec completed with {P.given} and the pharmacy list.",
    "Nexletol and Kerendia were started last month.",
    "Rinvoq on hold for infection.",
    "{P.given} is Catholic and speaks Tagalog at home.",
)

THIRD_MESSAGES = (
    "Dear {P.given},\nYour colonoscopy is booked for {date}.",
    "{P.given}, the lab called - your potassium is fine.",
    "Quick note for {C.title}: {P.full} wants to switch to the evening clinic.",
    "Mr/Ms {P.family}, please bring your insurance card.",
    "{R.given} here - my {rel} {P.given} has a fever again.",
    "Can someone call {P.given} back? Number on file.",
    "Received {P.given}'s blood sugar log, looks good.",
)

THIRD_BODIES = (" Thanks, {O.given}.", " -{O.given}", " Regards, {C.full}", " {P.given} says thank you.", "")

THIRD_LISTS = (
    "Present: {P.given}, {R.given} ({rel}), {S.given} and nurse {O.given}.",
    "Interdisciplinary team: {C.full} (MD), {O.full} (RN), {Q.full} (SW).",
    "Contacts: 1) {R.full} 2) {S.full}",
    "{R.given} and {S.given} will alternate nights.",
)

THIRD_NEGATIVES = (
    "Nexletol started for LDL.",
    "Qulipta for migraine prevention.",
    "Kerendia added for CKD.",
    "Rybelsus stopped because of nausea.",
    "Continue Eliquis; hold Aspirin.",
    "Bell's palsy in 2019, resolved.",
    "Crohn's ileitis on Stelara.",
    "Alzheimer's dementia, moderate.",
    "Negative McMurray test.",
    "Positive Phalen sign on the right.",
    "Gram-negative rods in the urine.",
    "Family from Oaxaca and Puebla.",
    "Lived in Manila until 2005.",
    "Visited Nairobi in March.",
    "Prefers Mandarin.",
    "Seen every Friday in clinic.",
    "Monday through Wednesday dialysis.",
    "Normal S1 S2. No JVD. Lungs clear.",
    "Afebrile. Ambulating. Tolerating diet.",
    "Mild Raynaud's in winter.",
    "Down syndrome with hypothyroidism.",
    "Hodgkin's disease as a teenager.",
)

CONDITIONS = (
    "type 2 diabetes",
    "hypertension",
    "heart failure",
    "chronic kidney disease",
    "COPD",
    "atrial fibrillation",
    "osteoarthritis of the knee",
    "depression",
    "asthma",
    "Crohn's disease",
    "Parkinson's disease",
    "migraine",
)
SYMPTOMS = ("cough", "shortness of breath", "abdominal pain", "dizziness", "swelling", "low back pain", "fever")
RELATIONS = ("daughter", "son", "wife", "husband", "mother", "sister", "brother", "niece", "partner", "neighbour")
TITLES_F = ("Ms.", "Mrs.", "Ms", "Mrs", "Miss", "Sra.", "Mme")
TITLES_M = ("Mr.", "Mr", "Sr.", "Herr", "M.")
CLINICIAN_TITLES = ("Dr.", "Dr", "Prof.", "Nurse Practitioner")
_WITH_FAMILY = frozenset(
    ("title", "honorific", "family", "full", "FULL", "inverted", "INVERTED", "lower", "middle", "initial")
)
HONORIFICS_F = ("Mx.", "Mx", "Sra.", "Frau", "Fru", "Pani", "Mevr.", "Dra.", "Ms.")
HONORIFICS_M = ("Mx.", "Mx", "Sr.", "Herr", "Hr.", "Pan", "Dhr.", "Dr.", "Mr.")


class _Builder:
    """Fills templates for one document, recording gold spans and their classes."""

    def __init__(self, rng: random.Random, people: dict[str, Person], sexes: dict[str, str], category: str):
        self.rng = rng
        self.people = people
        self.sexes = sexes
        self.sample = NameSample(category)
        self.mentioned: set[str] = set()
        self.scalars: dict[str, str] = {}

    def scalar(self, name: str) -> str:
        value = self.scalars.get(name)
        if value is None:
            rng = self.rng
            choices = {
                "age": lambda: str(rng.randint(19, 88)),
                "sex": lambda: "woman" if self.sexes["P"] == "f" else "man",
                "he": lambda: "she" if self.sexes["P"] == "f" else "he",
                "his": lambda: "her" if self.sexes["P"] == "f" else "his",
                "rel": lambda: rng.choice(RELATIONS),
                "rel2": lambda: rng.choice(RELATIONS),
                "cond": lambda: rng.choice(CONDITIONS),
                "symptom": lambda: rng.choice(SYMPTOMS),
                "n": lambda: str(rng.randint(2, 8)),
            }
            value = self.scalars[name] = choices[name]()
        return value

    def fill(self, template: str, in_list: bool = False) -> None:
        s = self.sample
        rest = template
        while rest:
            open_at = rest.find("{")
            if open_at < 0:
                s.add(rest)
                break
            s.add(rest[:open_at])
            close_at = rest.index("}", open_at)
            self._placeholder(rest[open_at + 1 : close_at], in_list)
            rest = rest[close_at + 1 :]

    def _placeholder(self, name: str, in_list: bool) -> None:
        s, rng = self.sample, self.rng
        if name == "date":
            d = date(1935, 1, 1) + timedelta(days=rng.randint(0, 32000))
            s.add(rng.choice((d.isoformat(), f"{d.month}/{d.day}/{d.year}", d.strftime("%B %-d, %Y"))), K.DATE)
            return
        if name == "phone":
            s.add(dp._phone(rng), K.PHONE)
            return
        if "." not in name:
            s.add(self.scalar(name))
            return
        who, form = name.split(".")
        person = self.people[who]
        tags: set[str] = set()
        if who in self.mentioned:
            tags.add("later mention")
        self.mentioned.add(who)
        before = s.text
        if not before.strip() or before.rstrip(" ").endswith((".", "!", "?", "\n")):
            tags.add("sentence start")
        if in_list:
            tags.add("list")
        if form == "title":
            if who in ("C", "D"):
                title = rng.choice(CLINICIAN_TITLES)
            else:
                title = rng.choice(TITLES_F if self.sexes.get(who) == "f" else TITLES_M)
            s.add(title + " ")
            tags.discard("sentence start")
            tags.add("titled")
            text = person.family
        elif form == "given":
            text = person.given
            tags.add("given name alone")
        elif form == "family":
            text = person.family
            tags.add("family name alone")
        elif form == "honorific":  # titles of many languages and none (Mx, Sra., Herr, Frau, Pani...)
            s.add(rng.choice(HONORIFICS_F if self.sexes.get(who) == "f" else HONORIFICS_M) + " ")
            tags.discard("sentence start")
            tags.add("titled")
            text = person.family
        elif form in ("inverted", "INVERTED"):
            text = f"{person.family}, {person.given}"
            tags.add("inverted")
            if form == "INVERTED":
                text = text.upper()
                tags.add("upper case")
        elif form == "initial":  # "J. Kowalski": the family name gold, like a title the initial is not
            s.add(f"{person.given[0]}. ")
            tags.discard("sentence start")
            tags.add("initial")
            text = person.family
        elif form == "middle":  # "Ana M. Okafor": given and family name gold, the initial between them not
            tags.add("middle initial")
            s.add(person.given, K.NAME, frozenset(tags))
            s.add(f" {rng.choice('ABCDEFGHJKLMNPRSTVW')}. ")
            text = person.family
        elif form == "lower":
            text = person.full.lower()
            tags.add("lower case")
        elif form == "FULL":
            text = person.full.upper()
            tags.add("upper case")
        else:
            text = person.full
        if form in _WITH_FAMILY and has_particle(person.family):
            tags.add("particle")
        if any(j in text.replace(" ", "") for j in _JOINERS):
            tags.add("apostrophe or hyphen")
        if "titled" not in tags:
            tags.add("no title")
        if form in ("inverted", "INVERTED"):  # "family, given": two gold names, the comma is not a name
            family, given = text.split(", ", 1)
            s.add(family, K.NAME, frozenset(tags))
            s.add(", ")
            s.add(given, K.NAME, frozenset(tags))
            return
        s.add(text, K.NAME, frozenset(tags))


@dataclass(frozen=True)
class _Bank:
    headers: tuple[str, ...]
    first: tuple[str, ...]
    body: tuple[str, ...]
    signatures: tuple[str, ...]
    openers: tuple[str, ...]
    bodies: tuple[str, ...]
    closings: tuple[str, ...]
    lists: tuple[str, ...]
    negatives: tuple[str, ...]


_FIRST_BANK = _Bank(
    HEADERS, FIRST, BODY, SIGNATURES, MESSAGE_OPENERS, MESSAGE_BODIES, MESSAGE_CLOSINGS, LISTS, NEGATIVES
)
_FRESH = _Bank(
    FRESH_HEADERS,
    FRESH_FIRST,
    FRESH_BODY,
    FRESH_CLOSINGS,
    FRESH_MESSAGES,
    (" {P.given} would like a call back.", " {R.given} has the details.", ""),
    FRESH_CLOSINGS,
    FRESH_LISTS,
    FRESH_NEGATIVES,
)


_THIRD = _Bank(
    THIRD_HEADERS,
    THIRD_FIRST,
    THIRD_BODY,
    ("\nSigned, {C.title}", "\n{O.full}, RN", ""),
    THIRD_MESSAGES,
    THIRD_BODIES,
    ("", "\n- {O.given}"),
    THIRD_LISTS,
    THIRD_NEGATIVES,
)


def _person(rng: random.Random, pool: HeldOut, language: str | None = None, family: str | None = None) -> Person:
    lang = language or rng.choice(sorted(pool.given))
    return Person(
        lang,
        rng.choice(pool.given[lang]),
        family if family is not None else rng.choice(pool.family[lang]),
        lang in pool.family_first,
    )


def _people(rng: random.Random, pool: HeldOut) -> tuple[dict[str, Person], dict[str, str]]:
    """A patient whose family name has a particle or a joiner half of the time, relatives, clinicians, staff."""
    lang = rng.choice(sorted(pool.given))
    hard = [f for f in pool.family[lang] if has_particle(f) or any(j in f for j in _JOINERS)]
    family = rng.choice(hard) if hard and rng.random() < 0.5 else rng.choice(pool.family[lang])
    patient = _person(rng, pool, lang, family)
    same = family if rng.random() < 0.5 else None
    people = {
        "P": patient,
        "R": _person(rng, pool, lang, same),
        "S": _person(rng, pool, lang, family),
        "C": _person(rng, pool),
        "D": _person(rng, pool),
        "O": _person(rng, pool),
        "Q": _person(rng, pool),
    }
    sexes = {who: rng.choice("fm") for who in people}
    return people, sexes


def document(rng: random.Random, bank: _Bank, people: dict[str, Person], sexes: dict[str, str]) -> NameSample:
    """One document from ``bank``: a note (45%), a message (30%), a list (10%) or negatives with no name (15%)."""
    roll = rng.random()
    if roll < 0.45:
        b = _Builder(rng, people, sexes, "note")
        if rng.random() < 0.6:
            b.fill(rng.choice(bank.headers))
        else:
            b.fill(rng.choice(bank.first) + " ")
        body = rng.sample(bank.body, rng.randint(3, 6))
        if rng.random() < 0.4:
            body.insert(rng.randrange(len(body) + 1), rng.choice(bank.negatives))
        b.fill(" ".join(body))
        if rng.random() < 0.3:
            b.fill(" " + rng.choice(bank.lists), in_list=True)
        b.fill(rng.choice(bank.signatures))
    elif roll < 0.75:
        b = _Builder(rng, people, sexes, "message")
        b.fill(rng.choice(bank.openers))
        b.fill(rng.choice(bank.bodies))
        b.fill(rng.choice(bank.closings))
    elif roll < 0.85:
        b = _Builder(rng, people, sexes, "list")
        b.fill(rng.choice(bank.first) + " ")
        b.fill(rng.choice(bank.lists), in_list=True)
    else:
        b = _Builder(rng, people, sexes, "negative")
        b.fill(" ".join(rng.sample(bank.negatives, rng.randint(3, 6))))
    return b.sample


def samples(seed: int = 20260311, count: int = 400, bank_number: int = 1) -> list[NameSample]:
    """``count`` documents from template bank 1, 2 or 3 with the hand-written held-out names."""
    bank = (_FIRST_BANK, _FRESH, _THIRD)[bank_number - 1]
    rng = random.Random(seed)
    pool = held_out()
    return [document(rng, bank, *_people(rng, pool)) for _ in range(count)]
