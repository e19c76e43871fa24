"""Banks 15 and 16: names written by hand for cultures no earlier bank drew, in phrasing no earlier bank used.

Banks 4-14 took nearly all of Faker's and Mimesis's person lists. These two take their names from
``data/final_names.txt``, written in session 9 by a hand that had not read the detector or its data: bank 15
Hawaiian, Samoan, Fijian, Khmer (family name first), Albanian, Basque, Welsh and Amharic (Ge'ez script); bank 16
Māori, Tongan, Mongolian (Cyrillic, the patronymic first), Malagasy, Shona, Catalan, Maltese and Kurdish. About
one person in five has instead a common English name that is also an ordinary English word (Clover, Sterling,
Thatcher; Willow, Arrow, Copper), and the name-free documents use those same words as words. Every entry sharing
a part with the detector's shipped data, the hand-written held-out file or any entry of banks 4-14 is dropped,
and bank 16 drops bank 15's as well, so each name is new to the detector and to whoever tuned it. Both banks were
written before either was measured.
"""

# ruff: noqa: RUF001 - the okina and Cyrillic letters are the names' and sentences' own, not look-alikes

from __future__ import annotations

import random
import unicodedata
from dataclasses import astuple, replace
from functools import cache
from pathlib import Path

from . import names_fresh as F
from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_last as B

ENGLISH = "english"

SOURCES: dict[int, tuple[str, ...]] = {
    15: ("hawaiian", "samoan", "fijian", "khmer", "albanian", "basque", "welsh", "amharic", "english 15"),
    16: ("maori", "tongan", "mongolian", "malagasy", "shona", "catalan", "maltese", "kurdish", "english 16"),
}
"""Per bank, the languages of ``data/final_names.txt`` it draws; ``english 15`` and ``english 16`` are two lists of
English word-names, one per bank, both called ``english`` in the pool."""

FAMILY_FIRST = frozenset(("khmer", "mongolian"))
"""Written family name (Khmer) or patronymic (Mongolian, ``Батын Болормаа``) first."""

MIN_PER_LIST = 8
"""A language left with fewer entries than this in one of its lists is left out."""

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""

_ROLES = {"given_f": ("given", "f"), "given_m": ("given", "m"), "family": ("family", "")}


def written(filename: str) -> dict[str, dict[str, list[str]]]:
    """A hand-written list file's entries (``data/FILENAME``) by language and role (``given_f``, ``given_m``,
    ``family``); banks 17-20 keep theirs in files of the same form."""
    out: dict[str, dict[str, list[str]]] = {}
    path = Path(__file__).parent / "data" / filename
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, role, entries = line.split("|")
        out.setdefault(language, {})[role] = [e for e in entries.split(";") if e.strip()]
    return out


@cache
def _before(bank: int) -> tuple[frozenset[str], frozenset[str]]:
    """Parts known to the detector, the hand-written set or banks 4-14 (and bank 15, for 16), and those banks'
    entries themselves (a one-sign name has no part to check)."""
    return taken_after(B._before(max(B.SOURCES) + 1), [final_pool(b).entries for b in range(min(SOURCES), bank)])


def taken_after(
    earlier: tuple[frozenset[str], frozenset[str]], groups: list[frozenset[str]]
) -> tuple[frozenset[str], frozenset[str]]:
    """``earlier``'s known parts and drawn entries with those of ``groups`` (the entries later banks drew)."""
    parts, entries = earlier
    for group in groups:
        parts = parts | {part for entry in group for part in H._parts(entry)}
        entries = entries | group
    return parts, entries


@cache
def final_pool(bank: int) -> U.UnseenPool:
    """Every entry of ``bank``'s languages not known to the detector, the hand-written set or an earlier bank
    (family names serve both sexes); sorted, so the pool does not depend on the hash seed."""
    return draw(SOURCES[bank], written("final_names.txt"), *_before(bank))


def draw(
    sources: tuple[str, ...], lists: dict[str, dict[str, list[str]]], parts: frozenset[str], taken: frozenset[str]
) -> U.UnseenPool:
    """The entries of ``sources`` (languages of a ``written`` file; ``english …`` ones pooled as English) that are
    neither ``taken`` nor have a part in ``parts``; a language with a list under ``MIN_PER_LIST`` is left out."""
    given: dict[tuple[str, str], list[str]] = {}
    family: dict[tuple[str, str], list[str]] = {}
    dropped = 0
    for source in sources:
        language = ENGLISH if source.startswith(ENGLISH) else source
        kept: dict[str, list[str]] = {}
        for role, entries in lists[source].items():
            unique = sorted({unicodedata.normalize("NFC", e.strip()) for e in entries})
            kept[role] = [e for e in unique if e not in taken and not B._known(e, parts)]
            dropped += len(unique) - len(kept[role])
        if min(map(len, kept.values())) < MIN_PER_LIST:
            continue
        for sex in "fm":
            given[(language, sex)] = kept[f"given_{sex}"]
            family[(language, sex)] = kept["family"]
    return U.UnseenPool(given, family, dropped)


def _people(rng: random.Random, pool: U.UnseenPool) -> tuple[dict[str, H.Person], dict[str, str]]:
    """As bank 4's (`names_fresh`), with English for about one person in five: each other language is listed
    four times and English once per other language."""
    others = [lang for lang in pool.languages if lang != ENGLISH]
    people, sexes = F._people(rng, pool, others * 4 + [ENGLISH] * len(others))
    return {who: replace(p, family_first=p.language in FAMILY_FIRST) for who, p in people.items()}, sexes


def _local(
    headers: tuple[str, ...] = (),
    first: tuple[str, ...] = (),
    body: tuple[str, ...] = (),
    messages: tuple[str, ...] = (),
    closings: tuple[str, ...] = (),
) -> H._Bank:
    """A language's own sentences, added to a bank's templates for a patient of that language."""
    return H._Bank(headers, first, body, (), messages, (), closings, (), ())


CULTURAL_TITLES = ("Tūtū", "Faifeʻau", "Bong", "Kaumātua", "Faifekau", "Mamoste")
"""Titles of the banks' languages written before a name in the templates (``Tūtū {R.given}``): the name after one
is classed ``titled`` like a name after ``Mr.``."""


# ---- bank 15: written with bank 16 in session 9, before either was measured ----------------------------------
# Interfacility transport dispatch, NICU rounds and parent updates, oncology infusion chairs, spiritual care,
# interpreter session logs, community health worker home visits, disability benefit letters, court-ordered
# evaluations, tumor board minutes, organ donation family conferences, rehab goal sheets, pharmacist counselling,
# nurse advice line scripts, Welsh, Albanian, Basque, Amharic, Khmer, Hawaiian, Samoan and Fijian sentences.

FIFTEENTH_HEADERS = (
    "CAD {n}0417 INTERFACILITY TRANSFER\nPt {P.FULL}, {age}, to the cath lab; sending RN {O.full}\n",
    "NICU ROUNDS - pod C, isolette 12\nBaby {P.family} (twin A); mother {R.full}\n",
    "INFUSION CHAIR 7 - cycle {n} day 1\n{P.full}   Oncologist: {C.title}\n",
    "SPIRITUAL CARE CONTACT\nVisited: {P.full}; also present {R.given} ({rel})\n",
    "INTERPRETER SESSION LOG\nInterpreter: {O.full}   Modality: video   Patient: {P.full}\n",
    "CHW HOME VISIT {date}\nHousehold of {P.full}; worker {Q.full}\n",
    "Re: Disability determination for {P.full}\nClaimant's treating provider: {C.title}\n\n",
    "COURT-ORDERED EVALUATION\nIn the matter of {P.INVERTED}\nEvaluator: {C.full}, PhD\n\n",
    "TUMOR BOARD MINUTES\nCase 3: {P.full}, {age}\nPresenting: {C.title}\n",
    "DONOR FAMILY CONFERENCE\nPotential donor: {P.full}\nNext of kin: {R.full} ({rel})\n",
    "REHAB GOAL SHEET - week 2\nname: {P.lower}\n",
    "PHARMACIST COUNSELLING RECORD\nCounselled: {P.full}   By: {O.full}, PharmD\n",
    "NURSE ADVICE LINE - adult {symptom} protocol\nCaller: {R.given} {R.family}, {rel} of {P.full}\n",
)

FIFTEENTH_FIRST = (
    "Unit 22 picked up {P.full} from the surgical floor at 14:05 for transfer across town.",
    "Twin A, {P.given}, had two desaturations overnight, both self-resolved.",
    "{P.full} took chair 7 at 08:40 for FOLFOX; port accessed on the first try.",
    "I sat with {P.given} for twenty minutes and {he} asked me to read a psalm.",
    "Interpreter connected by video at 10:12 for {P.full} and {C.title}.",
    "{Q.given} found {P.given} at home with the curtains drawn and the pill organizer untouched since Sunday.",
    "This letter supports the claim of {P.full}, whom I have treated since {date}.",
    "{P.full} was evaluated at the request of the court and was told the interview is not confidential.",
    "The board reviewed {P.given} {P.family}, a {age}-year-old {sex} with a new pancreatic head mass.",
    "{R.full} and the rest of {P.given}'s family met the donation coordinator after the second exam.",
    "Goal 1 for {P.given}: dress the upper body with set-up only by Friday.",
    "Walked {P.full} through the new apixaban dose at the counter; {he} repeated it back.",
    "Caller says {P.given} has had {symptom} since last night; adult protocol followed.",
)

FIFTEENTH_BODY = (
    "Crew: {O.given} attending, {Q.given} driving; {P.given} on 2 L nasal cannula for the ride.",
    "Handoff at the receiving unit to {D.full}, who signed the transfer sheet.",
    "Mother {R.given} did skin-to-skin for an hour; father {S.given} gave the 15:00 feed by syringe.",
    "{P.given} remains on room air; {R.given} asked when the hearing screen will be done.",
    "Premedicated with dexamethasone; {P.given} dozed through most of the oxaliplatin.",
    "Chair-side, {R.given} knitted while {P.given} watched a film.",
    "{P.family} flushed at minute 20; {C.family} aware, rate halved and the bag finished.",
    "{P.given} said {he} is not afraid of dying, only of leaving {R.given} alone.",
    "Offered a blessing; {P.given} accepted and held {R.given}'s hand throughout.",
    "Interpreter {O.given} repeated the consent twice at {P.given}'s request.",
    "{O.family} (interpreter) noted that {P.given} used the word for tired, not for pain.",
    "Session ended 10:41; {O.given} {O.family} logged 29 minutes.",
    "{Q.given} helped {P.given} fill the pill box for the week and phoned the pharmacy.",
    "Food bank referral made; {R.given} will collect the box on Thursday.",
    "In my opinion {P.given} cannot stand longer than ten minutes or lift more than five pounds.",
    "Over the past year {P.family} has missed at least 40 days of work because of {cond}.",
    "Collateral obtained from {R.full}, {P.given}'s {rel}, by telephone.",
    "{P.given} was oriented and cooperative; counsel, {Q.full}, sat in for the first half hour.",
    "Radiology ({D.title}): 3.1 cm mass abutting the SMV, no distant disease.",
    "Consensus: neoadjuvant chemotherapy, then restage; {C.family} to discuss with {P.given}.",
    "Genetics referral for {P.given} given a {rel} with colon cancer at 49.",
    "{R.given} said {P.given} had signed up as a donor on {his} licence and would have wanted this.",
    "{S.given} needed time; the coordinator, {O.full}, came back after the family had prayed.",
    "{R.given} and {S.given} signed the authorization at 21:50.",
    "Goal 2: {P.given} to walk 50 m with a quad cane and stand-by assist; {O.given} (PT) to progress.",
    "{P.given} wants to cook for {R.given} again; OT ({Q.given}) to trial the kitchen.",
    "Told {P.given} not to double up a missed dose; leaflet given in large print.",
    "{R.given} will manage the blister packs because {P.given}'s eyesight is poor.",
    "Nurse: Is {P.given} able to come to the phone? Caller: No, {he} is too breathless.",
    "Disposition per protocol: emergency department now; {R.given} will drive.",
    "{P.given}'s {rel} {R.given} brought lunch from home and stayed until the pump beeped.",
)

FIFTEENTH_SIGNATURES = (
    "\nTransport RN: {O.full} | Unit 22 | {phone}\n",
    "\n{C.full}, MD (Neonatology)\n",
    "\nChair 7 RN {O.given} {O.family}; double-checked by {Q.full}\n",
    "\n{Q.full}, BCC, Staff Chaplain\n",
    "\nInterpreter ID 4471 - {O.full}\n",
    "\nRespectfully,\n\n{C.full}, MD\nTreating physician\n",
    "\nMinutes taken by {Q.full}, tumor board coordinator\n",
    "\n{O.full}, RPh\n",
    "",
)

FIFTEENTH_MESSAGES = (
    "Dispatch to Unit 22: {P.full} ready at bay 3, bring the bariatric stretcher.",
    "NICU parent line: {R.given}, {P.given} had a good night and took 30 ml by bottle.",
    "Hi {P.given}, your infusion moved to chair 3 at 09:00 on {date}; please come 15 minutes early.",
    "Chaplain page: family of {P.full} asking for a priest, room 14.",
    "Interpreter request: {P.full}, {C.title}'s clinic, 14:30, in person if possible.",
    "{Q.given} (CHW) texted: {P.given} is out of insulin pens until Monday.",
    "Dear {P.title}, we have received your application for disability benefits.",
    "To the court: the report on {P.full} will be filed by {date}.",
    "Tumor board list for Thursday: add {P.full} (lung, stage IIIA) for {C.title}.",
    "Coordinator to {C.title}: {R.full} has agreed to meet at 19:00.",
    "Pharmacy: {P.given}, your new inhaler is ready; ask for {O.given} for the demonstration.",
    "Advice line call-back for {R.given} about {P.given}'s temperature.",
)

FIFTEENTH_BODIES = (
    " {R.given} can sign for the delivery.",
    " Ask for {Q.given} at the desk.",
    " Page {O.given} at 4471 when done.",
    " {S.given} is bringing the paperwork.",
    "",
)

FIFTEENTH_CLOSINGS = (
    "\n- {O.given}, Unit 22 dispatch",
    "\nThank you,\n{O.full}\nDisability Determination Services",
    "\n{C.full} for the tumor board",
    "",
)

FIFTEENTH_LISTS = (
    "Tumor board attendees: {C.full} (surgery), {D.full} (radiology), {O.full} (pathology), {Q.full} (navigator)",
    "NICU parent contacts - {R.full} (mother) / {S.full} (father)",
    "Chairs this morning: 1 {P.family}; 2 {R.family}; 3 {S.family}; 4 {Q.family}",
    "Interpreters on shift: {O.given} {O.family}, {Q.given} {Q.family}",
    "Donor family present: {R.full}, {S.full} and two of {P.given}'s cousins",
    "Household members: {P.given} (client), {R.given} ({rel}), {S.given} ({rel2})",
    "Present at the court interview: {Q.full}; {O.full}",
)

FIFTEENTH_NEGATIVES = (
    "Major bleeding risk discussed; Apixaban continued.",
    "Patience and a warm blanket settled the infant after the heel stick.",
    "Cash payment taken at the window; the Medicare Part D card had expired.",
    "Coral-pink rash across the trunk; no target lesions.",
    "Sterling silver ring cut off before the CT.",
    "Keen to go home; walks to the kitchen and back with a frame.",
    "Sweet tea and crackers tolerated at 15:00.",
    "Chapel open all night on the ground floor.",
    "Chance of neutropenia about 20%; Neulasta on-body injector applied.",
    "Amber urine, 30 ml/h; Foley flushed.",
    "Pearl-sized node in the right axilla.",
    "Hedge trimmer cut to the left thumb; Tetanus booster given.",
    "Water history from Flint, Michigan, noted.",
    "Shepherd's pie on the tray; Ensure Plus twice daily.",
    "Thunder and hail delayed the air ambulance from Hilo.",
    "Judge's order received; the Court date is in October.",
    "Bishop score 4; Cervidil placed.",
    "Hunter syndrome excluded on the newborn screen.",
    "Gentle range of motion only, no lifting over 10 lb.",
    "Liberty Mutual denied the claim in April.",
    "Moody and withdrawn since the diagnosis, per nursing.",
    "Surfactant (Curosurf) at 02:10; CPAP 6.",
    "Oxaliplatin, Leucovorin and 5-FU; Onivyde next cycle.",
    "Lovenox teaching done; Zofran for nausea.",
    "Family in Apia, Suva and Phnom Penh.",
    "Records requested from Tirana and Donostia; Cardiff notes faxed.",
    "Travelled to Addis Ababa for Meskel in September.",
    "Ember-red skin at the port site; Keflex started.",
    "Honor system for the snack cupboard; Harmony Unit on level 3.",
    "Thresher shark bite in 2019, healed.",
    "Mercy, Temperance and Unity wards move to Tower B in March.",
    "Sparrow-sized clot in the catheter hub.",
    "Rusty water from the tap at home; Legionella test negative.",
    "Brick steps at the front door, no rail.",
    "Cloverleaf skull excluded on the cranial ultrasound.",
    "Meadow grass pollen allergy; Cetirizine in spring.",
    "Fern pattern on the slide; AmniSure positive.",
    "Blossom season makes the hay fever worse.",
    "The deacon of the parish brought communion at 11:00.",
    "Duke Activity Status Index 28.",
    "Noble gas ventilation scan normal.",
    "Royal Infirmary letter received.",
    "Marsh 3b on the duodenal biopsy.",
    "Dove soap only; Cetaphil for the eczema.",
    "Velvet-soft skin over the graft; Mepitel changed.",
    "Merry-go-round injury at age 6.",
    "Orchard worker, pesticide exposure in May.",
    "Partridge Road entrance for the chemotherapy suite.",
    "Thorn prick to the thumb while gardening; Flucloxacillin started.",
    "Weaver's bottom suspected; ischial bursa tender.",
    "Nightingale ward layout, 28 beds.",
    "Early riser, a lark: sleeps 21:00 to 05:00.",
    "Bliss leaflet for NICU parents given.",
    "Story consistent with the injury.",
    "The journey to the clinic takes two buses.",
    "ACE inhibitor cough; switched to Losartan.",
    "Canyon hike in June; altitude advice given.",
    "Ledger of doses kept by the family on the fridge.",
    "Cliff fall in 2015, L1 fracture.",
    "Prudence advised about driving until the seizure review.",
    "Ward steward brought the menu at 11:30.",
    "Sheriff's deputy present; handcuffs removed for the scan.",
    "Grove Street pharmacy closes at 18:00.",
    "Ranger station called about the lost hiker.",
)

_FIFTEENTH = H._Bank(
    FIFTEENTH_HEADERS,
    FIFTEENTH_FIRST,
    FIFTEENTH_BODY,
    FIFTEENTH_SIGNATURES,
    FIFTEENTH_MESSAGES,
    FIFTEENTH_BODIES,
    FIFTEENTH_CLOSINGS,
    FIFTEENTH_LISTS,
    FIFTEENTH_NEGATIVES,
)

FIFTEENTH_LOCAL = {
    "hawaiian": _local(
        first=("Aloha mai, {P.given}! Tūtū {R.given} is with you today.",),
        body=("Tūtū {R.given} brought poi from home and stayed through the evening.",),
        messages=("Aloha {P.given}, e kelepona mai iā mākou ma {phone}.",),
        closings=("\nMahalo nui, {O.given}",),
    ),
    "samoan": _local(
        body=("Faifeʻau {Q.family} from the church visited {P.given} after the service.",),
        messages=("Talofa {P.given}, o lau tofiga o le {date}.",),
        closings=("\nFaʻafetai, {O.given}",),
    ),
    "fijian": _local(
        body=("{R.given} e na tiko vata kei {P.given} ena bogi nikua.",),
        messages=("Bula {P.given}, na nomu gauna ena {date}.",),
        closings=("\nVinaka, {O.given}",),
    ),
    "khmer": _local(
        first=("{P.full} មកពិនិត្យសុខភាពនៅថ្ងៃនេះ។",),
        body=("{R.given} នៅជាមួយអ្នកជំងឺ។", "Bong {R.given}, the older sibling, translated for {P.given}."),
    ),
    "albanian": _local(
        headers=("Kartela e pacientit: {P.full}\n",),
        first=("{P.full} u paraqit në urgjencë me dhimbje barku.",),
        body=("{R.given} flet shqip dhe pak anglisht.",),
        closings=("\nFaleminderit, {Q.given}",),
    ),
    "basque": _local(
        headers=("Gaixoaren izena: {P.full}\n",),
        first=("{P.full} gaur goizean etorri da kontsultara.",),
        body=("{R.given} ospitalean geratuko da gaur gauean.",),
        closings=("\nEskerrik asko, {O.given}",),
    ),
    "welsh": _local(
        headers=("Ymweliad cartref - {P.full}\n",),
        first=("Mae {P.given} yn teimlo'n well heddiw, meddai {R.given}.",),
        body=("Mae {R.given} yn aros gyda {P.given} heno.",),
        messages=("Annwyl {P.given}, mae eich apwyntiad ar {date}.",),
        closings=("\nDiolch, {Q.given}",),
    ),
    "amharic": _local(
        first=("{P.full} ዛሬ ለምርመራ መጥተዋል።",),
        body=("{R.given} ከታካሚው ጋር ይቆያሉ።",),
        messages=("ሰላም {P.given}፣ ቀጠሮዎ {date} ነው።",),
    ),
}
"""Sentences in the patient's language, used only in documents about a patient whose names come from it."""


# ---- bank 16: written with bank 15 in session 9, before either was measured ----------------------------------
# Team chat with times, e-mail replies quoting earlier mail, markdown tables, sleep studies, audiology fittings,
# blood donor sessions, travel clinic, vaccination outreach queues, ward whiteboards, release of remains, shelter
# intake typed in lower case, names alone on a line, family names alone in later mentions, possessives, ALL-CAPS
# headers, Māori, Tongan, Mongolian, Malagasy, Shona, Catalan, Maltese and Kurdish sentences.

SIXTEENTH_HEADERS = (
    "SLEEP STUDY REPORT\nPATIENT: {P.FULL}\nREFERRING: {C.title}\n\n",
    "AUDIOLOGY - hearing aid fitting\n{P.full}\n\n",
    "BLOOD DONOR SESSION - bed 2\nDonor: {P.inverted}\n",
    "TRAVEL CLINIC\n| Traveller | {P.full} |\n| Destination | Ulaanbaatar, 3 weeks |\n\n",
    "| name | dose | given by |\n|---|---|---|\n| {P.full} | MMR #2 | {O.given} |\n\n",
    "WARD WHITEBOARD - 4 EAST\nBed 9 {P.family} / RN {O.given} / MD {C.family}\n",
    "RELEASE OF REMAINS\nDecedent: {P.FULL}\nReleased to: {R.full} ({rel})\n\n",
    "shelter intake\nguest: {P.lower}\nreferred by {Q.lower}\n\n",
    "From: {O.full}\nTo: {C.full}\nSubject: {P.family} - sleep study\n\n",
    "#ward-4-east   {O.given} 07:02\n",
)

SIXTEENTH_FIRST = (
    "{P.full}, {age}, slept 7 hours; AHI 34 an hour, worst on {his} back.",
    "Fitted {P.given} with receiver-in-canal aids both sides; first fit at 80% of target.",
    "{P.given} gave 470 ml of whole blood, felt faint at the end and lay flat for ten minutes.",
    "{P.title} leaves for Madagascar in six weeks and needs typhoid and rabies.",
    "Outreach day at the church hall: {P.given} {P.family} first in the queue at 08:55.",
    "Bed 9: {P.family} nil by mouth after midnight; {R.given} visiting until 20:00.",
    "{P.full} was released to the funeral director named by {R.given} at 16:20.",
    "{P.lower} checked in at 22:40 with one bag and no medicines.",
    "{O.given}: morning all, {P.family} in bed 9 pulled the NG tube again",
    "On {date}, {C.full} wrote:\n> Can we get {P.given} into the lab sooner?",
)

SIXTEENTH_BODY = (
    "Titration: CPAP 9 cm H2O abolished the events; {P.given} slept better in the second half.",
    "{R.given} says {P.given} snores loudly and stops breathing for seconds at a time.",
    "{P.family} fell asleep in 6 minutes; REM latency short.",
    "Real-ear measures done; {P.given} could hear {R.given} whisper from across the room.",
    "{P.given}'s right ear had wax, removed by {O.given} with suction.",
    "Haemoglobin 138 before donation; {O.given} took the unit and {Q.given} checked the labels.",
    "{P.given} asked whether {R.given} can give platelets for the ward.",
    "Itinerary per {P.given}: Antananarivo, then Morondava, staying with {R.full}.",
    "Malaria tablets: {P.given} prefers daily doxycycline.",
    "{S.given} {S.family} and {R.given} came with {P.given}; all three vaccinated.",
    "Whiteboard updated by {O.given}; {C.family} to round at 10.",
    "{P.family} pulled the cannula at 03:00; re-sited by {Q.given}.",
    "{R.given} identified {P.given} by the tattoo on the left forearm.",
    "Personal effects (watch, wedding ring) handed to {R.full}.",
    "{P.given} agreed to the house rules; locker 14; shower rota with {Q.given}.",
    "{Q.family} (case worker) will see {P.given} on Monday about housing.",
    "{C.given}: ok, I'll ring {P.family}'s {rel} after the huddle\n",
    "{D.given}: thumbs up, {O.given} is covering bay 2\n",
    "\n> {P.given} has been waiting since March.\n",
    "Thanks {C.given} - booked {P.family} for the split-night study on {date}.",
    "{P.family}'s hearing aids go home in the blue case; {R.given} has the charger.",
    "{R.given}'s number is on the board next to {P.family}'s name.",
    "Later {P.family} asked for the volume to be turned down.",
    "{P.family} again: no show for the follow-up; letter sent.",
    "Told {P.title} the pressure will be set at 9.",
    "{P.honorific} would like the report posted, not e-mailed.",
)

SIXTEENTH_SIGNATURES = (
    "\nScored by {Q.full}, RPSGT; interpreted by {C.full}, MD\n",
    "\n{O.full}, Au.D.\n",
    "\nSession lead: {O.given} {O.family}\n",
    "\n-- \n{C.full}\nTravel Medicine\n",
    "\nReleased by {Q.full}, mortuary; witness {O.full}\n",
    "\nintake by {Q.lower}\n",
    "",
)

SIXTEENTH_MESSAGES = (
    "{O.given} 07:15: can someone cover {P.family} in bed 9? stuck at a rapid response\n",
    "Re: {P.full} - sleep study\n\nHi {C.given}, the study is scored and on the shared drive.",
    "Hi {P.given}, thank you for donating today! You can give again from {date}.",
    "{P.given} - your yellow fever certificate is ready at reception.",
    "Sorry {P.given}, the audiology clinic on {date} is cancelled; we will call you.",
    "@here {P.family}'s {rel} is at the front desk asking for {C.title}",
    "New referral: {P.full}, {age}, witnessed apnoeas, Epworth 17.",
    "{R.given}, {P.given} has moved to bed 12 on 4 East.",
    "Dear {P.title}, thank you for your donation on {date}.",
)

SIXTEENTH_BODIES = (
    "\n{O.given} 07:16: on it",
    "\n\nOn {date}, {C.full} wrote:\n> please add {P.given} to Friday",
    " Call {Q.given} on {phone} with questions.",
    " {R.given}'s number is on file.",
    "",
)

SIXTEENTH_CLOSINGS = (
    "\n-- {O.full} (audiology)",
    "",
)

SIXTEENTH_LISTS = (
    "| bed | patient | nurse |\n|---|---|---|\n| 9 | {P.family} | {O.given} |\n| 10 | {R.family} | {Q.given} |",
    "Donors today: {P.full}, {R.full}, {S.full} (deferred: low iron)",
    "Outreach queue: 1. {P.full} 2. {R.full} 3. {S.full}",
    "Travel group: {P.given}, {R.given}, {S.given} - all need hepatitis A",
    "Sleep lab week: Mon {P.family}; Tue {R.family}; Wed {S.family}",
    "Names on the release form: {R.full} ({rel}) and {S.full} ({rel2})",
    "CC: {C.full}; {D.full}; {O.full}",
    "Whiteboard: RN {O.given} | HCA {Q.given} | MD {C.family} | family {R.given}",
    "{P.FULL}\n{R.FULL}\n{S.FULL}",
    "On call for the sleep lab: {C.title}; {D.title}",
)

SIXTEENTH_NEGATIVES = (
    "Echo ordered for the murmur; Holter in November.",
    "Willow bark tea and Ginger capsules brought from home; Warfarin held.",
    "Copper IUD in place since 2019.",
    "Iron studies low; Ferinject 1 g booked.",
    "Sugar 11.2 before lunch; NovoRapid 6 units.",
    "Sharp debridement at the bedside; Silver alginate dressing.",
    "Ward 4 East, Bay 2; the Ridge Road clinic is closed on Friday.",
    "Rocky course after the Whipple; Creon with meals.",
    "Dusty house, two cats; Fluticasone continued.",
    "Lucky fall, no fracture on the X-ray.",
    "Bright light therapy in winter; Melatonin 3 mg.",
    "Young-onset Parkinson's; Madopar since June.",
    "Stormy night: the power went out at 02:00 and the CPAP alarmed.",
    "Good seal with the nasal pillows; ResMed AirSense 11.",
    "Olive oil drops for a week before the wax removal.",
    "Rye and barley avoided; Coeliac serology positive.",
    "Hammer toe on the right; Podiatry referral.",
    "Happy to go home after the dawn round.",
    "Chase the potassium at 14:00; Sando-K given.",
    "Cotton wool and linen savers by the bed.",
    "Brown urine after the Rifampicin, as expected.",
    "Antananarivo, Ulaanbaatar, Valletta and Barcelona on the itinerary.",
    "Flights via Auckland and Nukuʻalofa; Harare contact in August.",
    "Mantoux read at 72 hours, 4 mm.",
    "Gold standard polysomnography, Level 1.",
    "Kindness rota in the staff room; Comfort round at 14:00.",
    "Summer heat warning: fluids, no Lasix before the trip.",
    "Autumn vaccine clinic: Fluenz and Comirnaty.",
    "Small, Proud and Free: the poster in Bay 2.",
    "Blue Cross card scanned; Kingston Hospital letter attached.",
    "Honey dressing (Medihoney) to the heel.",
    "Knight's move thought disorder not present.",
    "Star chart on the fridge for the bedwetting.",
    "Sage and rosemary tea per the family; no interaction with Apixaban.",
    "River crossing planned in Madagascar; Schistosomiasis advice given.",
    "Arrow points to the lesion on image 14.",
    "Bacon and eggs for breakfast; carb count 45 g.",
    "Basket of fruit from the church; a bucket by the bed for vomiting.",
    "Button battery ingestion excluded on the X-ray.",
    "Candle wax burn on the left hand; Flamazine applied.",
    "Golden Jubilee Hospital letter in the notes.",
    "Laurel Ward on level 2; leather sofa in the relatives' room.",
    "Lovely day, sat in the garden.",
    "Money worries; Citizens Advice referral.",
    "Mustard-coloured stool; pepper spray to the eyes, irrigated.",
    "Needle-stick injury to the nurse; Hepatitis B immune.",
    "Oats and wheat reintroduced after the scope.",
    "A pound a week is the target.",
    "Precious little sleep on the ward; a promise made to review at 16:00.",
    "Treasure hunt on the children's ward on Saturday.",
    "Sailor on a cargo ship; seafarer medical due.",
    "Smiley-face pain scale 4 of 10.",
    "Speedy recovery wished by the neighbours.",
    "Spike protein antibody positive; Tiger Balm on the shoulder.",
    "Trace protein in the urine; summit of Kilimanjaro in June.",
    "Tulip bulbs in the garden; ladder fall from the roof.",
    "Wise to avoid Ibuprofen with the Warfarin.",
    "Zeal for the new diet, per the dietitian.",
    "Misty vision in the right eye; Ophthalmology same day.",
    "Stout and whisky at weekends; AUDIT-C 6.",
    "Woody induration of the thigh after the injection.",
    "Legend on the chart: grey means nil by mouth.",
    "Orbit CT: no fracture.",
    "Charm bracelet removed before theatre.",
    "Bold type on the allergy band; Ford Fiesta crash at 40 mph.",
)

_SIXTEENTH = H._Bank(
    SIXTEENTH_HEADERS,
    SIXTEENTH_FIRST,
    SIXTEENTH_BODY,
    SIXTEENTH_SIGNATURES,
    SIXTEENTH_MESSAGES,
    SIXTEENTH_BODIES,
    SIXTEENTH_CLOSINGS,
    SIXTEENTH_LISTS,
    SIXTEENTH_NEGATIVES,
)

SIXTEENTH_LOCAL = {
    "maori": _local(
        headers=("Tūroro: {P.full}\n",),
        first=("Kia ora {P.given}, kei te pēhea koe i tēnei rā?",),
        body=(
            "Kei konei a {R.given} hei tautoko i a {P.given}.",
            "Kaumātua {R.given} led a karakia before the study began.",
        ),
        messages=("Kia ora {R.given}, kua pai ake a {P.given}.",),
        closings=("\nNgā mihi, {O.given}",),
    ),
    "tongan": _local(
        first=("Mālō e lelei {P.given}!",),
        body=("ʻOku nofo ʻa {R.given} mo {P.given}.", "Faifekau {Q.family} came by and prayed with {P.given}."),
        closings=("\nMālō, {Q.given}",),
    ),
    "mongolian": _local(
        headers=("Өвчтөн: {P.full}\n",),
        first=("{P.full} өнөөдөр эмнэлэгт хэвтсэн.",),
        body=("{R.given} өвчтөнийг асарч байна.",),
        messages=("Сайн байна уу {P.given}, таны үзлэг {date}.",),
    ),
    "malagasy": _local(
        first=("Manao ahoana {P.given}, ho avy ve ianao rahampitso?",),
        body=("Miaraka amin'i {P.given} i {R.given} anio.",),
        closings=("\nMisaotra, {Q.given}",),
    ),
    "shona": _local(
        first=("Mhoro {P.given}, makadii?",),
        body=("{R.given} ari kuchengeta {P.given} kumba.",),
        messages=("Mhoro {R.given}, {P.given} ari nani?",),
        closings=("\nNdatenda, {O.given}",),
    ),
    "catalan": _local(
        headers=("Pacient: {P.full}\n",),
        first=("{P.full} ha vingut a urgències amb dolor al pit.",),
        body=("{R.given} es queda a dormir amb {P.given}.",),
        messages=("Bon dia {P.given}, la seva cita és el {date}.",),
        closings=("\nSalutacions,\n{C.full}",),
    ),
    "maltese": _local(
        headers=("Pazjent: {P.full}\n",),
        first=("{P.full} daħal l-isptar il-bieraħ b'uġigħ fiż-żaqq.",),
        body=("{R.given} se jibqa' ma' {P.given} il-lejl kollu.",),
        messages=("Bonġu {P.given}, l-appuntament tiegħek huwa fil-{date}.",),
        closings=("\nGrazzi, {O.given}",),
    ),
    "kurdish": _local(
        first=("{P.given} îro hat nexweşxaneyê.",),
        body=("{R.given} li cem {P.given} dimîne.", "Mamoste {R.given} translated for the family."),
        messages=("Silav {P.given}, randevûya te {date} e.",),
    ),
}
"""Sentences in the patient's language, used only in documents about a patient whose names come from it."""


BANKS = {15: _FIFTEENTH, 16: _SIXTEENTH}
LOCAL = {15: FIFTEENTH_LOCAL, 16: SIXTEENTH_LOCAL}

STYLES = {
    15: "interfacility transport dispatch, NICU rounds, oncology infusion chairs, spiritual care, interpreter "
    "session logs, community health worker visits, disability letters, court-ordered evaluations, tumor board "
    "minutes, donor family conferences, rehab goals, pharmacist counselling, nurse advice line, Welsh, Albanian, "
    "Basque, Amharic, Khmer, Hawaiian, Samoan and Fijian sentences",
    16: "team chat with times, quoted e-mail replies, markdown tables, sleep studies, audiology, blood donors, "
    "travel clinic, outreach queues, ward whiteboards, release of remains, lower-case shelter intake, names alone "
    "on a line, possessives, ALL-CAPS headers, Māori, Tongan, Mongolian, Malagasy, Shona, Catalan, Maltese and "
    "Kurdish sentences",
}

FIRST_RUNS = {
    15: "written in session 9 by another hand"
    "; its first run, after session 9's first round (census names, person keys, scripts): recall 0.955, "
    "NAME precision 0.946",
    16: "written in session 9 by another hand"
    "; its first run, after session 9's first round: recall 0.934, NAME precision 0.928",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""

pool = final_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


def english_parts(pool: U.UnseenPool) -> frozenset[str]:
    """The parts of a pool's English word-names (the name-free documents use them as words)."""
    groups = [group for (lang, _), group in (*pool.given.items(), *pool.family.items()) if lang == ENGLISH]
    return frozenset(part for group in groups for entry in group for part in H._parts(entry))


@cache
def _templates(bank: int, language: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own."""
    own = LOCAL[bank].get(language)
    if own is None:
        return BANKS[bank]
    merged = (a + b for a, b in zip(astuple(BANKS[bank]), astuple(own), strict=True))
    return H._Bank(*merged)


OKINA = "\u02bb"


def _non_latin(char: str) -> bool:
    """A letter of another script (Ge'ez, Cyrillic); the okina is a modifier letter of no script."""
    return unicodedata.category(char) in ("Lu", "Ll", "Lo") and "LATIN" not in unicodedata.name(char, "")


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word`` (a name that is also an English word), ``native script`` (a
    name written in letters other than Latin), ``okina`` (Hawaiian, Samoan, Tongan: U+02BB, not an
    apostrophe) and ``titled`` after a title of the banks' languages."""
    tags = []
    for (start, end, _), classes in zip(sample.gold, sample.tags, strict=True):
        text = sample.text[start:end]
        own = set(classes)
        if classes and any(part in english for part in H._parts(text)):
            own.add("english word")
        if classes and any(_non_latin(c) for c in text):
            own.add("native script")
        if classes and OKINA in text:
            own.add("okina")
        if classes and sample.text[:start].endswith(tuple(f"{title} " for title in CULTURAL_TITLES)):
            own -= {"no title", "sentence start"}
            own.add("titled")
        tags.append(frozenset(own))
    sample.tags = tags
    return sample


def samples(bank_number: int, seed: int = 20261130, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (15 or 16) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    pool = final_pool(bank_number)
    english = english_parts(final_pool(bank_number))
    out = []
    for _ in range(count):
        people, sexes = _people(rng, pool)
        templates = _templates(bank_number, people["P"].language)
        out.append(_with_own_classes(H.document(rng, templates, people, sexes), english))
    return out
