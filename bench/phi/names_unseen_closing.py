"""Banks 17 and 18: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-16 took nearly all of Faker's and Mimesis's person lists and, by hand, Pacific, Khmer, Mongolian, African,
Albanian, Basque, Welsh, Catalan, Maltese and Kurdish names. These two take their names from
``data/closing_names.txt``, written in session 9 by a hand that had read neither the detector nor the lists of
banks 15-16: bank 17 Native American (mostly Diné), Inuit, Sámi, Scottish Gaelic, Yiddish (some in Hebrew
letters), Hmong, Lao (some in Lao script) and Uzbek; bank 18 Tatar (some in Cyrillic), Uyghur (some in Arabic
script), Pashto, Wolof, Quechua, Faroese, Breton and Kabyle Tamazight (some in Tifinagh). About one person in four
has instead an English name that is also an ordinary word (Yarrow, Kestrel, Thistle; Sapphire, Basalt, Hollow),
and the name-free documents use those same words as words. Every entry sharing a part with the detector's shipped
data, the hand-written held-out file or any entry of banks 4-16 is dropped, and bank 18 drops bank 17's as well.
Both banks were written before either was measured.
"""

# ruff: noqa: RUF001 - the Uzbek turned comma and the Diné glottal stop are the languages' own letters, not look-alikes

from __future__ import annotations

import random
from dataclasses import astuple, replace
from functools import cache

from . import names_fresh as F
from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_final as Z

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    17: (
        "native american",
        "inuit",
        "sami",
        "scottish gaelic",
        "yiddish",
        "hmong",
        "lao",
        "uzbek",
        "english 17",
    ),
    18: ("tatar", "uyghur", "pashto", "wolof", "quechua", "faroese", "breton", "tamazight", "english 18"),
}
"""Per bank, the languages of ``data/closing_names.txt`` it draws; ``english 17`` and ``english 18`` are two lists
of English word-names, one per bank, both called ``english`` in the pool."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


@cache
def _before(bank: int) -> tuple[frozenset[str], frozenset[str]]:
    """Parts known to the detector, the hand-written set or banks 4-16 (and bank 17, for 18), and those banks'
    entries themselves (a one-sign name has no part to check)."""
    earlier = [Z.final_pool(max(Z.SOURCES)).entries] + [closing_pool(b).entries for b in range(min(SOURCES), bank)]
    return Z.taken_after(Z._before(max(Z.SOURCES)), earlier)


@cache
def closing_pool(bank: int) -> U.UnseenPool:
    """Every entry of ``bank``'s languages not known to the detector, the hand-written set or an earlier bank
    (family names serve both sexes); sorted, so the pool does not depend on the hash seed."""
    return Z.draw(SOURCES[bank], Z.written("closing_names.txt"), *_before(bank))


def _people(rng: random.Random, pool: U.UnseenPool) -> tuple[dict[str, H.Person], dict[str, str]]:
    """As bank 4's (`names_fresh`), with English for about one person in four: each other language is listed
    three times and English once per other language."""
    others = [lang for lang in pool.languages if lang != ENGLISH]
    people, sexes = F._people(rng, pool, others * 3 + [ENGLISH] * len(others))
    return {who: _same_script(rng, pool, p, sexes[who]) for who, p in people.items()}, sexes


def _native(entry: str) -> bool:
    """Written in letters other than Latin (Hebrew, Lao, Cyrillic, Arabic, Tifinagh)."""
    return any(Z._non_latin(c) for c in entry)


def _same_script(rng: random.Random, pool: U.UnseenPool, person: H.Person, sex: str) -> H.Person:
    """The person with a given name in the family name's script: nobody signs ``Äxmät Хәбибуллин``. The given
    name changes, not the family name, so relatives keep the family name they share."""
    if _native(person.given) == _native(person.family):
        return person
    same = [g for g in pool.given[(person.language, sex)] if _native(g) == _native(person.family)]
    return replace(person, given=rng.choice(same)) if same else person


def _local(
    headers: tuple[str, ...] = (),
    first: tuple[str, ...] = (),
    body: tuple[str, ...] = (),
    messages: tuple[str, ...] = (),
    closings: tuple[str, ...] = (),
) -> H._Bank:
    """A language's own sentences, added to a bank's templates for a patient of that language."""
    return H._Bank(headers, first, body, (), messages, (), closings, (), ())


RELATIVE_TITLES = {
    "yiddish": {"f": "Mume", "m": "Feter"},
    "quechua": {"f": "Mama", "m": "Tayta"},
    "tamazight": {"f": "Nna", "m": "Dda"},
    "pashto": {"f": "Bibi", "m": "Haji"},
}
"""What a language's sentences call a relative of either sex, written where a sentence has ``{Rt}`` before
``{R.given}`` (``Feter Berel``, ``Mume Gittel``, ``Dda Aksil``, ``Nna Tiziri``)."""

CULTURAL_TITLES = ("Elder", "Maighstir", *sorted({t for titles in RELATIVE_TITLES.values() for t in titles.values()}))
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 17: written with bank 18 in session 9, before either was measured ----------------------------------
# Nursing-home MDS notes, hospice bereavement follow-ups, community paramedic home visits, school-based clinic
# notes, prison health, addiction treatment groups, prenatal classes, dialysis transport, language-line call
# summaries, vaccination drive rosters, foster-care health passports, chaplain visit logs; sentences in Scottish
# Gaelic, Yiddish, Northern Sámi, Uzbek, Hmong, Lao, Inuktitut and Diné bizaad.

SEVENTEENTH_HEADERS = (
    "MDS QUARTERLY REVIEW - Resident: {P.INVERTED} - Wing C, room {n}\nAssessor: {O.full}, RN\n\n",
    "BEREAVEMENT FOLLOW-UP (13-month call)\nDecedent: {P.full}\nBereaved: {R.full} ({rel})\n\n",
    "Community Paramedic Home Visit Log\nClient: {P.full}   DOB {date}\nMedic: {O.given} {O.family}\n",
    "School-Based Health Center | Student: {P.full} | Grade {n} | Guardian on file: {R.full}\n",
    "INMATE HEALTH SERVICES REQUEST\nName: {P.INVERTED}   Housing unit {n}\nTriage: {C.title}\n\n",
    "Recovery group sign-in (evening IOP) — facilitator {O.full}\n",
    "Prenatal class, week {n} of 8. Parents attending: {P.full} and {R.full}.\n",
    "DIALYSIS TRANSPORT MANIFEST {date}\nPick-up: {P.FULL}\nDriver: {O.full}\n",
    "Language line call summary — interpreter ID {n}04, caller {R.full}, about patient {P.full}.\n",
    "FOSTER CARE HEALTH PASSPORT\nChild: {P.full}\nCaseworker: {O.full}\nPlacement carer: {R.full}\n\n",
    "Chaplain visit log, {date}: {P.full}, bed {n}.\n",
    "Parish nurse note for {P.title} (home-bound), seen with {R.given}.\n",
)

SEVENTEENTH_FIRST = (
    "Section GG reviewed with {P.given}.",
    "Called {R.full} as planned for the anniversary check-in.",
    "Arrived at 10:40; {P.full} answered the door using a walker.",
    "{P.given} came in from third period with a headache.",
    "Sick call slip from {P.INVERTED} received at pill line.",
    "Check-in round: {P.given} spoke first tonight.",
    "Couple number {n}: {P.given} and {R.given}.",
    "Driver {O.family} reports {P.family} was not ready at the door.",
    "Interpreter connected at 14:02; {R.given} speaking for {P.given}.",
    "Passport updated at review: {P.full}, age {age}.",
    "Visited {P.title} at the family's request.",
    "Mobile clinic, booster drive. First through the door: {P.full}.",
)

SEVENTEENTH_BODY = (
    "BIMS score {n}/15; {P.given} recalled two of three words after a cue.",
    "Mood interview (PHQ-9 OV) completed with staff member {O.given} as {P.given} declined.",
    "Falls since last assessment: {n}. Daughter-in-law {R.full} asked for a bed alarm.",
    "{R.given} says the first winter without {P.given} was the hardest part.",
    "The grief group at the library on Thursdays was offered; {R.family} will think about it.",
    "{R.given}'s sleep has improved since the spring, by {R.given}'s own account.",
    "Pill organiser checked with {P.given}: two evening doses missed this week.",
    "Home is warm, fridge stocked; {P.family} has a neighbour, {Q.full}, who checks in daily.",
    "Weights logged on the paper chart by {R.full}; no gain over 2 kg.",
    "School nurse {O.full} gave ibuprofen per the standing order and rang {R.given}.",
    "Asthma action plan copied to the PE teacher, {Q.title}.",
    "{P.given} asked to rest in the quiet room until the bell.",
    "Seen at cell-front by {C.title}; vitals within normal limits.",
    "Medication pass: {P.family} refused the 20:00 dose and signed the refusal form.",
    "Referred to the chronic-care clinic run by {D.full}.",
    "{P.given} shared about day {n} of sobriety and got a round of applause.",
    "Peer sponsor {Q.given} drove {P.given} to the meeting.",
    "Urine screen collected, observed by {O.family}.",
    "{R.given} practised the breathing pattern while {P.given} timed the contractions.",
    "Car seat check booked with {Q.full} from the fire station.",
    "The midwife, {D.full}, covered cord clamping and skin-to-skin.",
    "Chair time moved to 06:30 at {P.given}'s request; transport confirmed with {O.full}.",
    "Wheelchair van needed; {P.family} uses a power chair since the amputation.",
    "The interpreter repeated the dose twice; {R.given} read it back correctly.",
    "Caller ({R.full}) asked whether {P.given} can take the tablets with tea.",
    "Immunisations caught up at the drive: {P.given} received the second dose.",
    "Dental screen overdue; caseworker {O.family} will book it before the court review.",
    "Birth mother {R.full} consented to sharing the allergy list with the carer.",
    "Prayed with {P.given} and {R.given} at the bedside; {P.given} asked for a psalm.",
    "Left a card for {R.title} at the nurses' station.",
    "{P.family} has {cond}; {he} manages it with help from {R.given}.",
)

SEVENTEENTH_SIGNATURES = (
    "\n-- {O.full}, MDS coordinator",
    "\nBereavement coordinator: {Q.full}",
    "\nCP {O.initial} / unit {n}",
    "\n{C.full}, APRN (school-based health)",
    "\nReviewed: {D.title}",
    "\nFacilitator: {O.given}",
    "\nChaplain {Q.full}",
    "",
)

SEVENTEENTH_MESSAGES = (
    "To the family of {P.full}: ",
    "Re: transport for {P.full} — ",
    "Hello {R.given}, ",
    "Message for {C.title} from the language line: ",
    "Dear {R.full}, ",
    "Roster note ({O.given}): ",
    "Hi {P.given} — ",
    "Kite note from {P.INVERTED}, unit {n}: ",
)

SEVENTEENTH_BODIES = (
    "we are thinking of you as the first anniversary of {P.given}'s passing comes near.",
    "the van will come at 05:45; please have {P.given} ready at the side door.",
    "{P.given} did well in class today and asked about the tour of the birthing unit.",
    "{R.given} ({rel}) requests a call in their own language about {P.given}'s new tablets.",
    "the memorial service on {date} is open to all families; {Q.full} will lead it.",
    "the booster clinic moved to the gym; {P.family} and {S.given} are on the 3 pm list.",
    "your next group is Tuesday; bring the workbook {O.given} handed out.",
    "I need to see the nurse about my {symptom}, it has been {n} days.",
)

SEVENTEENTH_CLOSINGS = (
    " With sympathy, {Q.full}",
    " — {O.given}",
    " Call {phone} with questions.",
    " Thanks, {O.full}",
    "",
    " Warmly, the hospice team ({Q.given} and {O.given})",
)

SEVENTEENTH_LISTS = (
    "Drive roster: {P.full}; {R.full}; {S.full}; {Q.full}.",
    "Group tonight: {P.given}, {Q.given}, {R.given}, {S.given} (late).",
    "Transport run 2: {P.INVERTED} / {Q.INVERTED} / {R.INVERTED}",
    "Bereaved contacts to call this month:\n- {R.full}\n- {S.full}\n- {Q.full}\n",
    "Class pairs: {P.given} + {R.given}; {Q.given} + {S.given}.",
    "Visitors approved for {P.family}: {R.full} ({rel}), {S.full} ({rel2}).",
    "Pill line, unit {n}: {P.FULL}; {Q.FULL}; {S.FULL}",
    "Care team: {C.title}, {D.title}, {O.full} (RN), {Q.full} (SW).",
)

SEVENTEENTH_NEGATIVES = (
    "Thistle and nettle stings treated with cool compresses after the garden outing.",
    "The kettle in the day room was unplugged after a near-miss; Facilities replaced it in March.",
    "Crimson rash over both shins, blanching; no Koebner phenomenon.",
    "Quarry dust exposure noted in the work history; spirometry per ATS criteria.",
    "Causeway road closed by the tide, so the Tuesday dialysis run left at 05:15.",
    "Stillwater Road and Millpond Lane are outside the service area for the van.",
    "Otter Creek fishing trip approved by the recovery house for Saturday.",
    "Shipwright Museum outing cancelled because of high winds from the Atlantic.",
    "Breeze through the open window kept the room cool; Lasix held for low blood pressure.",
    "Lace-up shoes advised; Charcot foot on the left, offloading boot ordered.",
    "Onyx-coloured stools after iron tablets explained; Hemoccult negative.",
    "Topaz and Agate halls are closed for floor waxing this week.",
    "Lilac and Peony rooms host the prenatal class; Zinnia room is the quiet room.",
    "Yarrow tea and sorrel soup brought from home; no interaction with Eliquis expected.",
    "Anchor the tubing to the thigh with a StatLock before transport.",
    "Compass Behavioral Health accepts Medicaid; Narcan kits from the Walgreens on Main.",
    "Cyclone warnings in November delayed the vaccine shipment from Anchorage.",
    "Kestrel, Osprey and Harrier units are the three wings of the facility.",
    "Walnut and hickory allergens tested negative; Zyrtec as needed.",
    "Pewter-grey skin on arrival; Glasgow Coma Scale 14, Foley not placed.",
    "Zinc oxide barrier cream to the sacrum; Braden score 14.",
    "Sequoia Clinic and the Sycamore Street pharmacy share a fax line.",
    "Flax seed for constipation; Miralax as second line per Beers criteria.",
    "Nimbus mattress in place; turning schedule every two hours.",
    "Quill pen-style insulin devices given out at the Tuesday drive; NovoLog in the fridge.",
    "Stalwart support from the Wednesday AA meeting at St. Brigid's noted.",
    "Pilot programme with Medicare Advantage covers the paramedic visits through December.",
    "Farrier and tiler by trade; asked about lifting limits after the hernia repair.",
    "Furrow between the brows when asked about pain; PAINAD score 3.",
    "Frostbite to two toes in January; podiatry in Fairbanks follows.",
)

_SEVENTEENTH = H._Bank(
    SEVENTEENTH_HEADERS,
    SEVENTEENTH_FIRST,
    SEVENTEENTH_BODY,
    SEVENTEENTH_SIGNATURES,
    SEVENTEENTH_MESSAGES,
    SEVENTEENTH_BODIES,
    SEVENTEENTH_CLOSINGS,
    SEVENTEENTH_LISTS,
    SEVENTEENTH_NEGATIVES,
)

SEVENTEENTH_LOCAL = {
    "scottish gaelic": _local(
        first=("Maighstir {Q.family} asked to see {P.given} after the service.",),
        body=(
            "Tha {P.given} gu math an-diugh, said {R.given}.",
            "{R.given} spoke Gàidhlig with {P.given}: «Ciamar a tha thu, {P.given}?»",
            "Visit from the minister, Maighstir {Q.family}, on Sunday.",
        ),
        messages=("A {R.given}, mòran taing for the call — ",),
    ),
    "yiddish": _local(
        first=("{Rt} {R.given} rang the desk before the visit.", "Sick call for {P.full}; {Rt} {R.given} waiting."),
        body=(
            "{P.given} zogt: ikh fil zikh beser haynt.",
            "{Rt} {R.given} brought soup and sat with {P.given} for an hour.",
            "{R.given} asked that the chaplain say a kapitl tehilim with {P.given}.",
        ),
        closings=(" A gezunt dir, {R.given}.",),
    ),
    "sami": _local(
        body=(
            "{P.given} greeted staff with «Buorre beaivi» and asked for {R.given}.",
            "{R.given} will take {P.given} to the reindeer calving in May if {he} is strong enough.",
            "{P.given} spoke about home, the reindeer and the long light of June.",
        ),
        messages=("Buorre beaivi, {R.given}! ",),
    ),
    "uzbek": _local(
        body=(
            "«{P.given} bugun oʻzini yaxshi his qilyapti», said {R.given}.",
            "{R.given} asked whether {P.given} can fast during Ramadan on dialysis.",
        ),
        messages=("Assalomu alaykum, {R.given}! ",),
    ),
    "hmong": _local(
        body=(
            "{R.given} said «{P.given} mob plab» and the interpreter confirmed abdominal pain.",
            "The family held a hu plig for {P.given} at home; {R.family} asked us to note it.",
        ),
        messages=("Nyob zoo {R.given}, ",),
    ),
    "lao": _local(
        body=(
            "{R.given} said ສະບາຍດີ to the interpreter and then put {P.given} on the line.",
            "A baci for {P.given} is planned before the move to long-term care.",
        ),
        messages=("ສະບາຍດີ {R.given} — ",),
    ),
    "inuit": _local(
        body=(
            "{P.given} prefers country food; {R.given} brings arctic char from Iqaluit.",
            "«Ullaakkut, {P.given}», said the medic; {P.given} laughed and answered in Inuktitut.",
        ),
    ),
    "native american": _local(
        first=("Elder {R.given} present for the family meeting about {P.given}.",),
        body=(
            "Elder {R.given} offered a prayer in Diné bizaad before the dressing change.",
            "{P.given} asked that the sage smudge be allowed in the room; approved by {O.family}.",
        ),
        messages=("Yáʼátʼééh {R.given}, ",),
    ),
}


# ---- bank 18: written with bank 17 in session 9, before either was measured ----------------------------------
# Pager messages, voicemail transcriptions, whiteboard photos read by OCR, team threads with @mentions and emoji,
# fax cover sheets, consent witness blocks, lower-case typed notes, ALL-CAPS telegram-like notes, names alone on
# a line, in parentheses, possessive, at a sentence's start, family names alone later, initials, slash and
# semicolon lists; sentences in Tatar, Uyghur, Pashto, Wolof, Quechua, Faroese, Breton and Kabyle Tamazight.

EIGHTEENTH_HEADERS = (
    "PAGE 0417 >> CALL {C.FULL} RE RM {n} {P.FULL} K+ 6.1 <<\n",
    "[voicemail, 00:{n}4, auto-transcribed]\nhi um this is {R.full} calling about my {rel} {P.given} ",
    "OCR whiteboard_bay{n}.jpg\nRN: {O.given}\nPT: {P.family}\nGOAL: chair x3\n",
    "#unit-6-handoff\n@{O.given} 🙏 can you take {P.family} in 12? 👀\n",
    "FAX COVER SHEET\nTo: {C.title}\nFrom: {O.full}\nRe: {P.INVERTED}\nPages: {n} incl. cover\n\n",
    "CONSENT — WITNESS BLOCK\nPatient: {P.full}\nWitness: {O.full}\nInterpreter: {Q.full}\n\n",
    "note typed on the ward tablet: pt {P.lower}, {age}, {cond}.\n",
    "TELEGRAM-STYLE UPDATE STOP PT {P.FULL} STABLE STOP\n",
    "{P.full}\n",
    "Re: {P.given}'s discharge (forwarded from {C.full})\n\n",
)

EIGHTEENTH_FIRST = (
    "{P.given} is asking for {R.given}.",
    "{P.full}: {age}, {cond}, day {n}.",
    "Pt ({P.full}) seen at bedside with {rel}.",
    "{P.family} again refused the 06:00 labs.",
    "Bed {n} — {P.initial}, {age}, {cond}.",
    "pls page {C.family}/{D.family} re bed {n}.",
    "ASSIGNMENT: {O.given} / {Q.given} / {P.family}",
    "{R.full} (HCP) on the phone for {P.given}.",
)

EIGHTEENTH_BODY = (
    "{P.family} was walked twice; {P.family} tolerated it well.",
    "{P.given}'s {rel} brought the home medication list.",
    "Spoke with {R.given} ({rel}) at 19:10; {R.given} agrees with the plan.",
    "{C.family} reviewed the scan and called {P.family}'s {rel}.",
    "Per {D.initial}, hold heparin until platelets are back.",
    "@{C.given} bp 88/50 in {n}, fluids? 😬",
    "👍 {O.given} covering {P.family} till 1500",
    "ok thx @{O.given} — will tell {P.given} ✅",
    "...so um {P.given} has been really tired and {he} stopped eating...",
    "...you can call me back at {phone}, it's {R.given} again, thanks bye.",
    "MOBILITY: w/ {O.given} PT   DIET: soft   FAMILY: {R.given} ({rel})",
    "DC PLAN: home w/ {R.FULL}",
    "c0nsent signed by pt; witnessed by {O.full} (RN) and {Q.full}.",
    "Interpreter ({Q.full}) read the form aloud in the patient's language.",
    "Patient's mark witnessed: {O.INVERTED}.",
    "pt {P.lower} up in chair, {rel} {R.lower} at bedside.",
    "daughter-in-law {S.lower} wants a call after rounds.",
    "NEPHEW {R.FULL} TO VISIT SUNDAY STOP NO PORK STOP",
    "REQUEST FROM {C.FULL} STOP",
    "Contacts: {R.full} ({rel}); {S.full} ({rel2}).",
    "On call tonight: {C.family}/{D.family}.",
    "Sign-out from {C.initial} to {D.initial}.",
    "Family present (names as given at the desk):\n{R.full}\n{S.full}\n",
    "{D.title}'s note from yesterday is addended.",
    "{O.given} and {Q.given} turned {P.family} at 02:00.",
    "The {cond} is stable; {P.family} wants to go home to {R.given}.",
    "{R.given} left a voicemail for {C.title} about the {symptom}.",
    "Whiteboard still says {O.given} — updated to {Q.given} at shift change.",
    "Pls fax the summary for {P.INVERTED} to {C.title}.",
    "{Q.full} (chaplain) stopped by; {P.given} declined.",
)

EIGHTEENTH_SIGNATURES = (
    "\n{O.given}",
    "\n— {O.full}, RN",
    "\nsent from pager 3310 ({C.family})",
    "\nwitness: ____________ {O.full}",
    "\n[end of transcription]",
    "\nFAX FROM {O.FULL}",
    "",
)

EIGHTEENTH_MESSAGES = (
    "@{C.given} ",
    "thread: {P.family} 🧵 ",
    "VM from {R.full}: ",
    "To {C.title} — ",
    "PAGE: ",
    "hey {O.given}! ",
    "FAX TO {C.FULL}: ",
)

EIGHTEENTH_BODIES = (
    "{P.given} is back from CT, {R.given} is with {P.family} now 👍",
    "{P.family}'s potassium 6.1 — repeat drawn, pls call back",
    "hi it's {R.given}, {P.given}'s {rel}, can someone call me at {phone}",
    "pt {P.lower} would like the chaplain",
    "PLEASE SIGN ORDERS FOR {P.INVERTED} BEFORE 1700",
    "witness needed for {P.given} consent, {O.given} busy — anyone?",
)

EIGHTEENTH_CLOSINGS = (
    " 🙏",
    " — {O.given}",
    " thx!!",
    " cb {phone}",
    "",
    " ({O.full})",
)

EIGHTEENTH_LISTS = (
    "Team: {C.family}/{D.family}/{O.family}",
    "Visitors: {R.full}; {S.full}; {Q.full}",
    "@{O.given} @{Q.given} @{C.given} huddle at 3 🕒",
    "WITNESSES: {O.FULL}; {Q.FULL}",
    "Bay {n}:\n{P.full}\n{Q.full}\n{S.full}\n",
    "Assignments — {O.given}: 1-4; {Q.given}: 5-8; {R.given}: float",
    "cc: {C.initial}; {D.initial}; {O.initial}",
    "pts to see: {P.family} (12), {Q.family} (14), {S.family} (15)",
)

EIGHTEENTH_NEGATIVES = (
    "Acacia gum in the tube-feed thickener; Nutmeg and cinnamon avoided with the MAOI.",
    "Chamomile tea at night; Foxglove poisoning ruled out, digoxin level 0.6.",
    "Columbine Unit and the Harebell room are closed for cleaning until Monday.",
    "Lupine allergy cross-reacts with peanut; EpiPen on the Amethyst floor.",
    "Sapphire-blue wristband for fall risk; Turquoise band for DNR per Arizona policy.",
    "Rainbow Babies and Children's Hospital accepted the transfer via Life Flight.",
    "Snowdrop and Verbena courtyards are smoke-free; Nicorette gum offered.",
    "Mallow root and marjoram in the herbal blend; told to stop before surgery.",
    "Alder pollen season in April; Flonase and Claritin restarted.",
    "Basalt, Colorado is the home address on the referral; Boulder Community Health sent records.",
    "Cinder block wall behind the bed; Constable from the county sheriff's office left at noon.",
    "Tide chart for the ferry crossing checked; the Wave ambulance boat runs hourly.",
    "Lion's mane supplement and Spruce tip syrup listed under home remedies.",
    "Brass doorknob burns in the kitchen; Silvadene to the palm.",
    "Hawthorn berry extract stopped because of the beta-blocker.",
    "Elderberry syrup for cough; Tylenol as needed, no more than 3 g a day.",
    "Hollow sound on percussion of the left base; Tree-in-bud opacities on CT.",
    "Lead level 12 mcg/dL after the renovation; Leaf blower noise triggers the migraines.",
    "Tin of Vaseline and a Kingfisher-print blanket were sent home with the belongings.",
    "MRI at Mercy on Thursday; Ativan 0.5 mg before the scan.",
    "PAGE 0222: CODE BLUE DRILL 1400 STOP NO ACTION NEEDED",
    "fax line down 10:00-11:00, use the Epic inbasket instead",
    "whiteboard: GOAL chair x3 / DIET soft / NPO after midnight",
    "@here 🚨 pyxis in B pod is jammed, pharmacy aware",
    "consent form v3.2 replaces v3.1 from 1 January; witness must be 18 or over.",
    "KEEP NPO STOP MAGNESIUM 2 G IV STOP",
    "Stag beetle bite on the forearm; the fire Marshal sent a photo of the Sword-shaped debris.",
    "Plumber and tailor by trade; Sweetpea and Primula plants in the window.",
    "Drifter of sand on the Rover's tyres; Dell laptop on the cart needs a charger.",
    "Regent Street clinic and the Goldfinch pharmacy open late on Fridays.",
)

_EIGHTEENTH = H._Bank(
    EIGHTEENTH_HEADERS,
    EIGHTEENTH_FIRST,
    EIGHTEENTH_BODY,
    EIGHTEENTH_SIGNATURES,
    EIGHTEENTH_MESSAGES,
    EIGHTEENTH_BODIES,
    EIGHTEENTH_CLOSINGS,
    EIGHTEENTH_LISTS,
    EIGHTEENTH_NEGATIVES,
)

EIGHTEENTH_LOCAL = {
    "tatar": _local(
        body=("«Исәнме, {P.given}!» said {R.given} on the phone.", "Isänme, {P.given}! {R.given} brought çäkçäk."),
        messages=("Isänme {R.given}! ",),
    ),
    "uyghur": _local(
        body=("«Yaxshimusiz, {P.given}?» asked {R.given}, and {P.given} nodded.", "Rehmet, {R.given}."),
        messages=("Yaxshimusiz {R.given}, ",),
    ),
    "pashto": _local(
        first=("{Rt} {R.given} is the contact for {P.given}.", "{P.full} seen with {Rt} {R.given}."),
        body=("Salaam, {P.given}, sanga yee? — {R.given} translated the answer.", "{Rt} {R.given} manana wayi."),
        messages=("Salaam {R.given}, ",),
    ),
    "wolof": _local(
        body=("«Na nga def, {P.given}?» asked {R.given}; {P.given} said «Maa ngi fi rekk».",),
        closings=(" Jërëjëf, {R.given}.",),
    ),
    "quechua": _local(
        first=("{Rt} {R.given} came down from the village for {P.given}.", "{Rt} {R.given} at bedside."),
        body=("{Rt} {R.given} asked «Allillanchu, {P.given}?»", "{R.given} said sulpayki to the team."),
        messages=("Allillanchu, {R.given}? ",),
    ),
    "faroese": _local(
        body=("Góðan morgun, {P.given}. {R.given} kemur seinni.",),
        closings=(" Takk fyri, {R.given}.",),
    ),
    "breton": _local(
        body=("Demat, {P.given}! {R.given} will bring the kouign-amann.",),
        closings=(" Trugarez, {R.given}.",),
    ),
    "tamazight": _local(
        first=("{Rt} {R.given} translating for {P.given}.", "{P.full}, with {Rt} {R.given}."),
        body=("Azul, {P.given}! {Rt} {R.given} is on the way.", "{Rt} {R.given} said tanemmirt to the nurses."),
        messages=("Azul {R.given}, ",),
    ),
}

BANKS = {17: _SEVENTEENTH, 18: _EIGHTEENTH}
LOCAL = {17: SEVENTEENTH_LOCAL, 18: EIGHTEENTH_LOCAL}

STYLES = {
    17: "nursing-home MDS reviews, hospice bereavement calls, community paramedic visits, school-based clinics, "
    "prison sick calls, addiction recovery groups, prenatal classes, dialysis transport, language-line summaries, "
    "booster drive rosters, foster-care health passports, chaplain logs, Scottish Gaelic, Yiddish, Sámi, Uzbek, "
    "Hmong, Lao, Inuktitut and Diné sentences",
    18: "pager messages, voicemail transcripts, whiteboard OCR, threads with @mentions and emoji, fax covers, consent "
    "witness blocks, lower-case tablet notes, ALL-CAPS telegram notes, names alone on a line, in parentheses and "
    "possessive, initials, slash and semicolon lists, Tatar, Uyghur, Pashto, Wolof, Quechua, Faroese, Breton and "
    "Kabyle sentences",
}

FIRST_RUNS = {
    17: "written in session 9 by another hand"
    "; its first run, after session 9's second round: recall 0.972, NAME precision 0.947",
    18: "written in session 9 by another hand"
    "; its first run, after session 9's second round: recall 0.872, NAME precision 0.952",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""

pool = closing_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    own = LOCAL[bank].get(language)
    if own is None:
        return BANKS[bank]
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    local = (tuple(t.replace("{Rt}", title) for t in group) for group in astuple(own))
    merged = (a + b for a, b in zip(astuple(BANKS[bank]), local, strict=True))
    return H._Bank(*merged)


def _context_classes(text: str, start: int, end: int) -> set[str]:
    """Classes read off the characters around a name: possessive, in parentheses, @mention, alone on a line,
    in a slash list."""
    before, after = text[:start], text[end:]
    out = set()
    if after.startswith(("'s", "\u2019s")):
        out.add("possessive")
    if before.endswith("(") or (after.startswith(")") and "(" in before.rsplit("\n", 1)[-1]):
        out.add("parentheses")
    if before.endswith("@"):
        out.add("at mention")
    if before.endswith("/") or after.startswith("/"):
        out.add("slash list")
    if (not before or before.endswith("\n")) and (not after or after.startswith("\n")):
        out.add("alone on a line")
    return out


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word`` (a name that is also an English word), ``native script`` (a
    name written in letters other than Latin), ``titled`` after a title of the banks' communities, and the classes
    of ``_context_classes``."""
    tags = []
    for (start, end, _), classes in zip(sample.gold, sample.tags, strict=True):
        text = sample.text[start:end]
        own = set(classes)
        if classes:
            if any(part in english for part in H._parts(text)):
                own.add("english word")
            if any(Z._non_latin(c) for c in text):
                own.add("native script")
            if sample.text[:start].endswith(tuple(f"{title} " for title in CULTURAL_TITLES)):
                own -= {"no title", "sentence start"}
                own.add("titled")
            own |= _context_classes(sample.text, start, end)
        tags.append(frozenset(own))
    sample.tags = tags
    return sample


def samples(bank_number: int, seed: int = 20261201, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (17 or 18) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    pool = closing_pool(bank_number)
    english = Z.english_parts(closing_pool(bank_number))
    out = []
    for _ in range(count):
        people, sexes = _people(rng, pool)
        templates = _templates(bank_number, people["P"].language, sexes["R"])
        out.append(_with_own_classes(H.document(rng, templates, people, sexes), english))
    return out
