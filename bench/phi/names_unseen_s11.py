"""Banks 27 and 28: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-26 took nearly all of Faker's and Mimesis's person lists and, by hand, names of some eighty cultures (see
``names_unseen_sealed`` for the list up to bank 22 and ``names_unseen_closing10`` for banks 23-26). These two take
their names from ``data/s11_names.txt``, written in session 11 by a hand that had not read the detector and read earlier
banks' lists only to choose other English words and to check that a culture was new: bank 27 Ladino (some in Hebrew
letters), Occitan, Corsican, Friulian, Manx, Kashubian, Aromanian and Abkhaz (some in Cyrillic); bank 28 Yucatec
Maya, Guaraní, Cree (some in syllabics), Tahitian, Tuvan (some in Cyrillic), Bambara, Rapa Nui and Cornish. About
one person in four has instead an English name that is also an ordinary word (Pergola, Moraine, Inkwell; Turmeric,
Spokeshave, Barometer), and the name-free documents use those same words as words. Every entry sharing a part with
the detector's shipped data, the hand-written held-out file or any entry of banks 4-26 is dropped (``EARLIER``), and
bank 28 drops bank 27's as well. Both banks are sealed: written before either was measured. Bank 27 is long-form
documents, bank 28 short structured snippets.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache, partial

from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_closing as X
from . import names_unseen_closing10 as Y
from . import names_unseen_ending as E
from . import names_unseen_final as Z
from . import names_unseen_sealed as S

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    27: ("ladino", "occitan", "corsican", "friulian", "manx", "kashubian", "aromanian", "abkhaz", "english 27"),
    28: ("yucatec maya", "guarani", "cree", "tahitian", "tuvan", "bambara", "rapa nui", "cornish", "english 28"),
}
"""Per bank, the languages of ``data/s11_names.txt`` it draws; ``english 27`` and ``english 28`` are two lists of
English word-names, one per bank, both called ``english`` in the pool."""

EARLIER: tuple[tuple[Callable[[int], U.UnseenPool], int], ...] = (*Y.EARLIER, (Y.pool, 25), (Y.pool, 26))
"""The banks after 19 whose drawn entries these banks drop, on top of what bank 20 dropped (the shipped data, the
hand-written set and banks 4-19): each a bank's pool function and number; a bank written later goes at the end."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


s11_pool = E.written_pools(SOURCES, "s11_names.txt", lambda: EARLIER)

pool = s11_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


RELATIVE_TITLES = {
    "ladino": {"f": "Nona", "m": "Nono"},
    "occitan": {"f": "Tanta", "m": "Oncle"},
    "corsican": {"f": "Zia", "m": "Ziu"},
    "friulian": {"f": "Agne", "m": "Barbe"},
    "guarani": {"f": "Ña", "m": "Karai"},
    "tahitian": {"f": "Mama", "m": "Papa"},
    "cree": {"f": "Kokum", "m": "Mosom"},
}
"""What a language's sentences write before the name of a relative of either sex, where a sentence has ``{Rt}``
before ``{R.given}`` (``Nona Estreya``, ``Barbe Bortul``, ``Zia Nunziata``, ``Karai Tabaré``, ``Kokum Pîsim``)."""

CULTURAL_TITLES = tuple(sorted({t for titles in RELATIVE_TITLES.values() for t in titles.values()}))
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 27: written with bank 28 in session 11, sealed until measured ---------------------------------------
# Renal dialysis transfer letters, memory clinic letters, fertility consultations, occupational health fitness-for-
# work reports, sleep study reports, palliative home visits, antenatal booking notes, hearing aid fittings, diabetic
# foot clinics, transplant coordinator call transcripts, mental health tribunal reports, social-work home
# assessments, interpreter-mediated consultations, e-mails between a community pharmacy and a practice; sentences in
# Ladino, Occitan, Corsican, Friulian, Manx, Kashubian, Aromanian and Abkhaz.

TWENTY_SEVENTH_HEADERS = (
    "RENAL UNIT - TRANSFER OF DIALYSIS CARE\nPatient: {P.full}\nReceiving unit contact: {O.full}\n\n",
    "Memory Assessment Service\nRe: {P.title}, age {age}\nAccompanied by: {R.full} ({rel})\n\n",
    "Reproductive Medicine - consultation record\nPartners seen: {P.full} and {R.full}\n\n",
    "OCCUPATIONAL HEALTH REPORT - FITNESS FOR WORK\nEmployee: {P.FULL}\nReferring manager: {Q.full}\n\n",
    "Sleep Disorders Centre - polysomnography report\nName: {P.INVERTED}\nScored by: {O.full}\n\n",
    "Community Palliative Care - home visit\nPatient: {P.full}\nMain carer: {R.full}\n\n",
    "ANTENATAL BOOKING - MIDWIFERY RECORD\nWoman: {P.full}\nBirth partner: {R.full}\n\n",
    "Audiology - hearing aid fitting and verification\nClient: {P.middle}\nAudiologist: {O.full}\n\n",
    "Diabetic Foot Clinic\nSurname, first name: {P.inverted}\nPodiatrist: {O.full}\n\n",
    "Transcript - call from transplant coordinator ({O.full}) to {P.full}, {date}\n\n",
    "MENTAL HEALTH TRIBUNAL - RESPONSIBLE CLINICIAN'S REPORT\nPatient: {P.full}\nNearest relative: {R.full}\n\n",
    "Adult Social Care - home assessment\nPerson assessed: {P.full}\nAssessor: {Q.full}, social worker\n\n",
    "Consultation with interpreter\nPatient: {P.family} {P.given} (family name first, as on the ID card)\n"
    "Interpreter: {Q.full}\n\n",
    "From: {O.full} (community pharmacy)\nTo: practice mailbox\nSubject: {P.full} - weekly blister packs\n\n",
)

TWENTY_SEVENTH_FIRST = (
    "{P.full} transfers to your unit for haemodialysis three times a week from next Monday.",
    "Dear {C.title}, I saw {P.full} in the memory clinic today with {his} {rel}, {R.full}.",
    "{P.given} and {R.given} have been trying to conceive for three years.",
    "{P.full} was referred by {Q.full} after four weeks off work with back pain.",
    "{P.given} was studied overnight in bed 2 for snoring and witnessed pauses in breathing.",
    "Home visit to {P.full}; {R.given} let me in and stayed for the whole visit.",
    "{P.full} booked at nine weeks; this is {his} second pregnancy.",
    "{P.given} came for the fitting of two behind-the-ear aids, with {R.given}.",
    "{P.title} attended with a new ulcer under the right first metatarsal head.",
    "COORDINATOR: Hello, is that {P.given}? It's {O.given} from the transplant team.",
    "This report concerns {P.full}, detained under section 3 since {date}.",
    "I visited {P.full} at home at the request of {his} {rel}, {R.full}.",
    "The consultation was held in {his} own language through {Q.full}, a booked interpreter.",
    "Dear colleagues, a note about {P.full} and the changes to {his} packs from Friday.",
    "dictated by {C.lower}, not yet checked: {P.lower}, follow-up visit.",
)

TWENTY_SEVENTH_BODY = (
    "Dry weight 71.5 kg; {P.given} has a left brachiocephalic fistula, needled by {O.given} without trouble.",
    "{P.given} prefers the afternoon shift so that {R.given} can drive after work.",
    "Hepatitis B surface antibody is protective; {C.title} will send the last three months of bloods.",
    "{P.family} had one episode of hypotension on the machine last month and now runs at a lower rate.",
    "Addenbrooke's score 71/100; {P.given} lost most points on recall and verbal fluency.",
    "{R.given} says {P.given} has left the gas on twice and no longer manages the bills.",
    "{P.given} still walks to the shop alone and knows the way home, {R.given} says.",
    "We discussed driving; {P.title} agreed to stop and to tell the licensing agency.",
    "Tests for {R.given} are normal; {P.given}'s day-21 progesterone confirms ovulation.",
    "Tubal patency test is booked; {O.given} explained the procedure to {P.given} and {R.given}.",
    "{P.given} may return on reduced hours, four hours a day for two weeks, then full duties.",
    "{P.family} should avoid lifting over 10 kg until reviewed by {C.title} in six weeks.",
    "{Q.given} has agreed to a desk and chair assessment for {P.given}.",
    "Apnoea-hypopnoea index 34 an hour; lowest oxygen saturation 81%; {P.given} slept four hours.",
    "CPAP is offered; {P.given} will meet {O.given} for a mask fitting next week.",
    "{R.given} reports that {P.given} stops breathing several times a night and falls asleep at the wheel.",
    "{P.given} is bed-bound now and eats a few spoonfuls of soup; {R.given} gives the mouth care.",
    "Syringe driver running with morphine and midazolam; {O.given} from the district nurses refills it daily.",
    "{P.given} wants to die at home, and {R.full} and {S.full} agree to this plan.",
    "The DNACPR form is in the yellow folder on the kitchen table, signed by {C.title}.",
    "First pregnancy ended in a caesarean section; {P.given} would like to try for a vaginal birth.",
    "{P.given} takes folic acid; booking bloods were taken by {O.given} today.",
    "{R.given} will be the birth partner and knows the route to the unit.",
    "Real-ear measurements matched the targets; {P.given} heard {R.given} clearly across the room.",
    "{P.given} was shown how to change the domes and the batteries, and {R.given} practised too.",
    "{P.given}'s ulcer measures 1.4 by 1.1 cm, probes to bone; an X-ray was requested by {C.title}.",
    "{P.family} walks barefoot at home; {O.given} gave a pair of offloading boots.",
    "COORDINATOR: We have a kidney offer for you, {P.given}. Can you come in tonight?",
    "{P.given}: Yes. My {rel} {R.given} will drive me. Do I stop eating now?",
    "COORDINATOR: Nothing to eat from now, {P.given}; {C.title} will see you on the ward.",
    "{P.given} heard voices telling them not to eat; {R.given} found {P.given} at the station.",
    "The nearest relative, {R.full}, objects to discharge before a care package is in place.",
    "{P.given} keeps the flat clean but cannot manage the stairs; {Q.given} asked for a stairlift assessment.",
    "{R.full} visits every day after work and does the shopping for {P.given}.",
    "{P.given} asked {Q.given} to translate the letter from the housing office as well.",
    "Through the interpreter, {P.given} said the pain began after the death of {his} {rel2}.",
    "{P.family} {P.given} is written family name first on the card, and so the hospital record has it.",
    "The pharmacist, {O.full}, noticed that {P.given} is collecting two different statins.",
    "Please can {C.title} confirm whether {P.given} should still take the alendronic acid?",
    "{P.given}'s {rel}, {R.given}, said the tablets are stored in a warm kitchen drawer.",
    "Seen with {C.initial}, who agreed the plan.",
    "Also present: {S.full}, who asked for copies of any letters.",
    'In {his} words: "I want {R.given} to stay, not the others."',
    "Ref: {P.FULL} / renal / {date}.",
    "{P.given} - ok to contact by text; {R.given} - only by phone.",
)

TWENTY_SEVENTH_SIGNATURES = (
    "\n\nYours sincerely,\n\n{C.full}\nConsultant nephrologist",
    "\n\nWith kind regards,\n{C.full}\nOld age psychiatry",
    "\n\n{O.full}\nFertility nurse specialist",
    "\n\nOccupational health physician: {C.full}",
    "\n\nReport authorised by {C.title}",
    "\n\n{O.full}, clinical nurse specialist, palliative care",
    "\n\nMidwife: {O.full}",
    "\n\nAudiologist: {O.full}",
    "\n-- {O.given}, podiatry",
    "\n\nEND OF TRANSCRIPT (typed by {Q.full})",
    "\n\nResponsible clinician: {C.full}",
    "\n\n{Q.full}\nSocial worker, adult team",
    "",
)

TWENTY_SEVENTH_OPENERS = (
    "Dear {R.title},\n\n",
    "Hi {C.given},\n\n",
    "To the dialysis unit, re {P.full}:\n\n",
    "Hello {R.given}, this is {O.full} from the memory clinic. ",
    "Message left for {P.title}: ",
    "For the attention of {Q.full}, social care.\n\n",
    "{R.given} - ",
    "Re {P.FULL}, date of birth {date}.\n\n",
)

TWENTY_SEVENTH_BODIES = (
    "Thank you for looking after {P.given} on Tuesday. {P.given} is now on the afternoon shift. {R.given} "
    "asks whether the parking permit can be renewed.",
    "The results for {P.full} are back. The scan shows small vessel change. {C.title} would like to see "
    "{P.given} and {R.given} together in May.",
    "We have moved {P.given}'s mask fitting to Thursday. Please bring the machine. {O.given} will meet you at "
    "reception.",
    "{P.given} died peacefully at home this morning with {R.given} and {S.given} beside {his} bed. The "
    "verification was done by {O.full}.",
    "The blister packs for {P.given} are ready. {R.full} may collect them. The statin has been stopped as "
    "{C.title} asked.",
    "Your appointment with {C.full} is on {date}. {P.given} may bring {R.given}; an interpreter, {Q.full}, is booked.",
    "{P.given} rang twice. {P.given} wants to know if the hearing aids can be made louder. I told {P.given} "
    "{O.given} would call back.",
    "After our visit, {P.given} agreed to a trial of carers twice a day. {R.given} will stay on as the main carer.",
)

TWENTY_SEVENTH_CLOSINGS = (
    "\n\nKind regards,\n{O.full}",
    "\n\nBest wishes,\n{C.full}",
    " Thanks, {Q.given}.",
    "\n\n-- sent from the renal unit",
    "",
)

TWENTY_SEVENTH_LISTS = (
    "Copies to: {C.title}; {D.title}; {R.full}.",
    "Present at the meeting: {P.full}, {R.full} ({rel}), {Q.full} (social worker), {O.full} (nurse).",
    "Dialysis shift Monday: {P.full}, {R.full}, {S.full}.",
    "Contacts: {R.full} (first), {S.full} (second).",
    "Interpreters on the rota: {Q.full}, {O.full} and {D.full}.",
    "Clinic list, room 4: {P.inverted}; {R.inverted}; {S.inverted}.",
)

TWENTY_SEVENTH_NEGATIVES = (
    "The hospice garden has a Pergola, a Gazebo and a rose Trellis; family meetings are held in the Orangery.",
    "Falls risk: the Veranda step, a loose Parquet floor in the Parlour, and a steep stair to the Mezzanine.",
    "Asbestos survey of the Rotunda found old Stucco behind the Cornice; the Cupola roof is sound.",
    "The Atrium and the Colonnade are closed for repairs; use the Portico at the Pavilion entrance.",
    "Clinic 9 is past the Bandstand and the Obelisk; the Grotto cafe is under the Arcade.",
    "A Fresco and a Mosaic in the chapel Vestibule; a Frieze of Acanthus leaves above the Lintel.",
    "The Skylight over the Solarium leaks; the Awning by the Loggia was torn in the storm.",
    "Geology field trip injuries: a fall into a Sinkhole, a slip on Shingle, a cut on Chert at an Outcrop.",
    "Dust exposure in the Limestone and Sandstone quarry; Silt and Loess in the air on dry days.",
    "The rescue was from a Crevasse near a Moraine; the team crossed a Drumlin field and an Esker.",
    "Sulphur fumes from a Fumarole near the Caldera, and a scald from a Geyser during the holiday.",
    "Peat and Loam smell on the farm boots; the Marl pit is fenced off.",
    "Altitude sickness on the Plateau; the Steppe and Savanna trips were cancelled.",
    "Stationery order: Clipboard, Notepad, Stapler, Eraser, Pencil, Paperclip, Thumbtack and an Inkpad.",
    "The Almanac, the Gazetteer and the Thesaurus are on the shelf by the Typewriter in the records room.",
    "The leaflet has a Glossary, a Footnote on each page and a Preface by the chief nurse.",
    "Art therapy used Gouache, Tempera and Pastel on an Easel; the Palette was washed after each session.",
    "The poetry group wrote a Haiku, a Limerick, an Ode and an Elegy; one Couplet was read at the memorial.",
    "The old case notes have a Letterhead, a Postmark from 1962 and a Bookplate inside the Flyleaf.",
    "Please use an Asterisk, not an Ampersand, in the drug chart; the Serif font prints badly.",
    "Reading list: an Octavo and a Quarto edition, a Folio of plates, a Codex facsimile on Vellum and Papyrus.",
    "The Scrapbook, the Sketchbook and the Jotter belong to the patient in bed 6; the Crayon box is shared.",
)

_TWENTY_SEVENTH = H._Bank(
    TWENTY_SEVENTH_HEADERS,
    TWENTY_SEVENTH_FIRST,
    TWENTY_SEVENTH_BODY,
    TWENTY_SEVENTH_SIGNATURES,
    TWENTY_SEVENTH_OPENERS,
    TWENTY_SEVENTH_BODIES,
    TWENTY_SEVENTH_CLOSINGS,
    TWENTY_SEVENTH_LISTS,
    TWENTY_SEVENTH_NEGATIVES,
)

TWENTY_SEVENTH_LOCAL = {
    "ladino": X._local(
        body=(
            "{Rt} {R.given} va vinir amanyana kon los dokumentos.",
            "{Rt} {R.given} brought the Shabbat food and sat with {P.given} until nine.",
            "{P.given} asks that {Rt} {R.given} be phoned first.",
            "{P.given} asked that the letter be read to {R.given} in Judeo-Spanish, as at home in Izmir.",
        ),
        first=("{Rt} {R.given} came with {P.given} from the Sephardic home.",),
        messages=("Buenos dias {R.given}, ", "Kerida famiya, {Rt} {R.given}: "),
        closings=(" Mersi muncho, {O.given}.",),
    ),
    "occitan": X._local(
        body=(
            "{Rt} {R.given} vendrà deman de matin.",
            "{P.given} speaks Occitan with {R.given} and French with us.",
            "{Rt} {R.given} keeps the spare key and feeds the cat.",
        ),
        first=("{Rt} {R.given} phoned the unit about {P.given} before the visit.",),
        messages=("Bonjorn {R.given}, ", "Bonjorn {Rt} {R.given}, "),
        closings=(" Mercés plan, {O.given}.",),
    ),
    "corsican": X._local(
        body=(
            "{Rt} {R.given} ghjunghjerà dumane da Aiacciu.",
            "{Rt} {R.given} has looked after {P.given} since the stroke.",
            "{P.given} would rather the family in Bastia heard the news from {R.given}.",
        ),
        first=("{Rt} {R.given} came with {P.given} and answered most of the questions.",),
        messages=("Bonghjornu {R.given}, ", "Bonghjornu {Rt} {R.given}, "),
        closings=(" À ringraziavvi, {O.given}.",),
    ),
    "friulian": X._local(
        body=(
            "Doman a vegnin ancje {Rt} {R.given} e i fruts.",
            "{Rt} {R.given} drives down from Tolmezzo on Saturdays.",
            "Cognome e non: {P.family} {P.given} (as the Udine records write it).",
        ),
        first=("{P.given} was brought in by {Rt} {R.given}, who speaks Friulian with {his} family.",),
        messages=("Mandi {R.given}, ", "Mandi {Rt} {R.given}, "),
        closings=(" Graciis, {O.given}.",),
    ),
    "manx": X._local(
        body=("Ta {R.given} cheet mairagh.", "{P.given} asked for the leaflet to be sent to {R.full} in Ramsey."),
        messages=("Moghrey mie {R.given}, ",),
        closings=(" Gura mie ayd, {O.given}.",),
    ),
    "kashubian": X._local(
        body=(
            "{R.given} przińdze jutro rano.",
            "{P.given} speaks Kashubian with {R.given}; the family lives near Kartuzy.",
        ),
        messages=("Dobri dzéń {R.given}, ",),
        closings=(" Dzãkùjã, {O.given}.",),
    ),
    "aromanian": X._local(
        body=("{R.given} va s-yinã mãne.", "{P.given} said {R.given} translates for the family from Aromanian."),
        messages=("Bunã dzua {R.given}, ",),
        closings=(" Haristo, {O.given}.",),
    ),
    "abkhaz": X._local(
        body=(
            "NOTE: {R.given} speaks Abkhaz (аԥсуа бызшәа) with {P.given}.",
            "{P.given} asked that {R.given} in Sukhum be phoned after the result.",
        ),
        messages=("Бзиала шәаабеит, {R.given}! ",),
        closings=(" Иҭабуп, {O.given}.",),
    ),
}


# ---- bank 28: written with bank 27 in session 11, sealed until measured ---------------------------------------
# Short structured snippets, one a line: HL7 v2 NK1/PV1/ROL/PID segments, tab-separated bed boards, header-less CSV
# rows, key=value log lines, IRC-style chat lines with nicks, pager and SMS gateway lines, "NOW SERVING" boards,
# fax cover fields, label: value lines, slash lists, lower-case typed lines and ALL CAPS reminders; sentences in
# Yucatec Maya, Guaraní, Cree (some in syllabics), Tahitian, Tuvan, Bambara, Rapa Nui and Cornish.

TWENTY_EIGHTH_HEADERS = (
    "MSH|^~\\&|RENAL|NORTH|||202506030712||ADT^A08|{n}118|P|2.4\nPID|1||{n}0447||{P.family}^{P.given}||{date}\n",
    "NK1|1|{R.family}^{R.given}|SPOUSE\nNK1|2|{S.family}^{S.given}|CHILD\n",
    "PV1|1|I|W3^12^B||||{C.family}^{C.given}^^^DR\n",
    "BED\tPATIENT\tNURSE\n{n}A\t{P.full}\t{O.given}\n",
    'ts=2025-06-03T07:12:44Z level=info svc=portal event=login user="{P.lower}"\n',
    "<{O.given}> morning all, handover in 5\n<{Q.given}> ok\n",
    "NOW SERVING  B-{n}1  {P.FULL}\nNEXT         B-{n}2  {R.FULL}\n",
    "FAX COVER\nATTN: {C.FULL}\nFROM: {O.full}, pharmacy\nRE: {P.full}\n",
    "PAGER 4471 >> {C.given} pls call bay {n} re {P.given}\n",
    'SMS OUT 07700 900{n}11 "Hi {R.given}, {P.given} is ready to go home"\n',
    "Booked by: {O.full}\nFor: {P.full}\n",
    "2025-06-03,{P.given},{P.family},dialysis,{O.given}\n",
)

TWENTY_EIGHTH_FIRST = (
    "ROL|1|AD|PP|{C.family}^{C.given}",
    "NK1|1|{R.family}^{R.given}|MOTHER",
    "<{O.given}> who has bay {n}?",
    'level=warn msg="duplicate record" name="{P.full}"',
    "NOW SERVING A-{n}7 {P.FULL}",
    "ATTN: {D.full}",
    "Collected by: {R.full}",
    "{n}\t{P.inverted}\t{O.given}",
    "call {R.lower}",
    "TAXI FOR {P.FULL} 14:30",
)

TWENTY_EIGHTH_BODY = (
    "PID|1||{n}921||{S.family}^{S.given}",
    "NK1|2|{S.family}^{S.given}|BROTHER",
    "PV1|1|O|CLINIC7||||{D.family}^{D.given}",
    "ROL|2|AD|CP|{O.family}^{O.given}",
    "{n}B\t{R.full}\t{Q.given}",
    "{n}C\t{S.inverted}\t{O.given}",
    'ts=07:20:02 level=info event=print_label user={O.given} patient="{P.full}"',
    'ts=07:20:09 level=info event=consent signed_by="{R.full}"',
    'ts=07:21:40 level=debug event=lookup q="{P.lower}" hits=2',
    "<{Q.given}> {P.given} is asking for water",
    "<{O.given}> {R.given} rang, on the way",
    "* {Q.given} has joined #ward3",
    "<{R.given}> thanks for looking after {P.given}",
    "PAGE {C.FULL} TO WARD 3",
    "SMS IN from {R.given}: running late, tell {P.given}",
    "{n}3,{R.given},{R.family},visitor,{O.given}",
    "{n}4,{S.family},{S.given},escort,",
    "Interpreter: {Q.full}",
    "Chaplain: {D.full}",
    "Driver: {O.given}",
    "Kin to call first: {R.FULL}",
    "Pharmacist: {O.middle}",
    "Signed for by: {R.full} ({rel})",
    "{P.given}/{R.given}/{S.given}",
    "{R.full} / {S.full}",
    "pls ring {R.given} re transport home",
    "{P.lower} - fasting from midnight",
    "CALL {R.FULL} BEFORE 5PM",
    "DO NOT DISCHARGE {P.FULL} WITHOUT TTO",
    "Known to staff as {P.given}",
    "left msg for {C.title}",
    'note: "{P.given} prefers the window bed"',
    "{P.family}'s glasses are in the drawer",
    "{R.given} (daughter-in-law) has the keys",
)

TWENTY_EIGHTH_SIGNATURES = (
    "\n-- {O.given}",
    "\n/{Q.lower}",
    "\nEND {O.FULL}",
    "\n<{O.given}> done",
    "",
)

TWENTY_EIGHTH_OPENERS = (
    "<{O.given}> ",
    "SMS OUT to {R.full}: ",
    "PAGER 2290 >> {C.given} ",
    "ATTN: {C.full}\n",
    "msg from {Q.lower}: ",
    "ts=08:02:11 level=info note=",
)

TWENTY_EIGHTH_BODIES = (
    "{P.given} is back from scan, bay {n}",
    "please bring {P.given}'s slippers and the blue bag",
    "{P.FULL} TO ROOM 2",
    "{R.given} and {S.given} can visit after 2",
    "ring {R.given} about {P.family}'s lift home",
    "transport booked for {P.inverted}",
)

TWENTY_EIGHTH_CLOSINGS = (" -{O.given}", " ty {Q.given}", "", " ({O.full})", "\n\n{O.full}\nBed manager")

TWENTY_EIGHTH_LISTS = (
    "visitors: {R.full}/{S.full}/{Q.full}",
    "NK1|1|{R.family}^{R.given}\nNK1|2|{S.family}^{S.given}",
    "{n}A\t{R.full}\n{n}B\t{S.full}",
    "on call: {C.full}; {D.full}",
    "\n{R.FULL}\n{S.FULL}\n{Q.FULL}",
    "{n}1,{R.family},{R.given}\n{n}2,{S.family},{S.given}",
    "escorts = {R.lower}, {S.lower}",
)

TWENTY_EIGHTH_NEGATIVES = (
    "KITCHEN ORDER: Turmeric, Cumin, Coriander, Fenugreek, Sumac, Allspice",
    "diet,allergen\nTortilla,gluten\nCiabatta,gluten\nFocaccia,gluten\nChapati,gluten",
    "ts=09:14:02 level=info svc=stores item=Peppercorn qty=4",
    "ALLERGY: Wasabi; Horseradish; Jalapeno; Habanero; Chipotle",
    "sweet trolley: Butterscotch / Liquorice / Gumdrop / Lollipop / Candyfloss",
    "pharmacy\tLozenge\t20\npharmacy\tPastille\t12",
    "<pharmacy> Lozenge stock low, Pastille ok",
    "ESTATES: replace Hinge, Hasp and Padlock on the sluice door",
    "workshop\tHacksaw\t1\nworkshop\tJigsaw\t1\nworkshop\tSpokeshave\t2\nworkshop\tBradawl\t3",
    'ts=10:02:44 level=warn svc=estates msg="Flywheel guard missing" asset=Crankshaft-4',
    "tools out: Crowbar, Cleaver, Pliers, Clamp, Rasp, Ratchet",
    "OT woodwork: Dovetail and Mortise joints; Tenon saw; Dowel rods",
    "CALIBRATION DUE: Barometer / Hygrometer / Anemometer / Thermostat",
    "lab,item,count\nlab,Beaker,12\nlab,Burette,4\nlab,Flask,9\nlab,Bunsen,2",
    "museum loan: Astrolabe; Orrery; Sundial; Hourglass; Chronometer",
    "biomed ts=11:30 asset=Oscilloscope status=ok next=Galvanometer",
    "physics teaching set: Pendulum, Metronome, Gyroscope, Kaleidoscope, Periscope, Telescope, Microscope",
    "ROOM 12 STORE: Tripod, Protractor, Calliper, Micrometer, Abacus",
    "<estates> Turbine alarm cleared; Capacitor and Resistor swapped on board 3",
)

_TWENTY_EIGHTH = H._Bank(
    TWENTY_EIGHTH_HEADERS,
    TWENTY_EIGHTH_FIRST,
    TWENTY_EIGHTH_BODY,
    TWENTY_EIGHTH_SIGNATURES,
    TWENTY_EIGHTH_OPENERS,
    TWENTY_EIGHTH_BODIES,
    TWENTY_EIGHTH_CLOSINGS,
    TWENTY_EIGHTH_LISTS,
    TWENTY_EIGHTH_NEGATIVES,
)

TWENTY_EIGHTH_LOCAL = {
    "yucatec maya": X._local(
        body=("NOTE: {P.given} speaks Maya; {R.given} interprets", "[SMS] Ma'alob k'iin {R.given}, {P.given} ma'alob"),
        messages=("Ma'alob k'iin {R.given}, ",),
        closings=(" Dios bo'otik, {O.given}",),
    ),
    "guarani": X._local(
        body=(
            "{Rt} {R.given} oúta ko'ẽrõ",
            "[SMS] Mba'éichapa {R.given}, {P.given} oĩ porã",
            "visitor: {Rt} {R.given}",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Mba'éichapa {R.given}, ", "Mba'éichapa {Rt} {R.given}, "),
        closings=(" Aguyje, {O.given}",),
    ),
    "cree": X._local(
        body=(
            "{Rt} {R.given} will come from Waskaganish",
            "NOTE: {P.given} speaks Cree (ᓀᐦᐃᔭᐍᐏᐣ)",
            "<{O.given}> {Rt} {R.given} is at the front desk",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Tânisi {R.given}, ", "ᑖᓂᓯ {R.given}, ", "Tânisi {Rt} {R.given}, "),
        closings=(" Kinanâskomitin, {O.given}",),
    ),
    "tahitian": X._local(
        body=(
            "{Rt} {R.given} will fly in from Papeete",
            "[SMS] Ia ora na {R.given}, {P.given} is awake",
            "escort: {Rt} {R.given}",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Ia ora na {R.given}, ", "Ia ora na {Rt} {R.given}, "),
        closings=(" Māuruuru, {O.given}",),
    ),
    "tuvan": X._local(
        body=("NOTE: {R.given} speaks Tuvan with {P.given}",),
        messages=("Экии, {R.given}! ",),
        closings=(" Четтирдим, {O.given}",),
    ),
    "bambara": X._local(
        body=("NOTE: {P.given} speaks Bambara; {R.given} speaks French", "[SMS] I ni ce {R.given}, {P.given} ka kɛnɛ"),
        messages=("I ni sɔgɔma {R.given}, ",),
        closings=(" I ni ce, {O.given}",),
    ),
    "rapa nui": X._local(
        body=("NOTE: family in Hanga Roa, ask for {R.given}", "[SMS] Iorana {R.given}, {P.given} is asking for you"),
        messages=("Iorana {R.given}, ",),
        closings=(" Maururu, {O.given}",),
    ),
    "cornish": X._local(
        body=("NOTE: {P.given} would like letters in Cornish as well", "[SMS] Dydh da {R.given}, {P.given} is home"),
        messages=("Dydh da {R.given}, ",),
        closings=(" Meur ras, {O.given}",),
    ),
}

BANKS = {27: _TWENTY_SEVENTH, 28: _TWENTY_EIGHTH}
LOCAL = {27: TWENTY_SEVENTH_LOCAL, 28: TWENTY_EIGHTH_LOCAL}

STYLES = {
    27: "renal transfer letters, memory clinic letters, fertility consultations, fitness-for-work reports, sleep "
    "study reports, palliative home visits, antenatal booking notes, hearing aid fittings, diabetic foot clinics, "
    "transplant call transcripts, tribunal reports, social-work home assessments, interpreted consultations, "
    "pharmacy e-mails, Ladino, Occitan, Corsican, Friulian, Manx, Kashubian, Aromanian and Abkhaz sentences",
    28: "one-line snippets: HL7 v2 NK1/PV1/ROL/PID segments, tab-separated bed boards, header-less CSV rows, "
    "key=value log lines, IRC-style chat with nicks, pager and SMS gateway lines, NOW SERVING boards, fax cover "
    "fields, label: value lines, slash lists, lower-case and ALL CAPS lines, Yucatec Maya, Guaraní, Cree, "
    "Tahitian, Tuvan, Bambara, Rapa Nui and Cornish sentences",
}

FIRST_RUNS = {
    27: "written in session 11 by another hand; its first run, after session 11's address and label rules, before "
    "its misses were read: recall 0.992, NAME precision 0.930 (the detector at the session's start: the same)",
    28: "written in session 11 by another hand; its first run, after session 11's address and label rules, before "
    "its misses were read: recall 0.856, NAME precision 0.882 (the detector at the session's start: the same)",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    return E.local_templates(BANKS[bank], LOCAL[bank].get(language), title)


def _field_classes(text: str, start: int, end: int) -> set[str]:
    """Bank 26's classes of machine formats, with two of bank 28's: a ``log field`` after a ``key=`` or
    ``key="`` of a log line, a ``chat nick`` between the angle brackets of an IRC-style line (``<Name> hi``)."""
    out = Y._field_classes(text, start, end)
    before, after = text[:start], text[end:]
    if re.search(r'(?<![\w=])[a-z_]+="?$', before):
        out.add("log field")
    if before.endswith("<") and after.startswith(">") and (start == 1 or text[start - 2] == "\n"):
        out.add("chat nick")
    return out


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word``, ``native script``, ``titled`` after a title of the banks'
    communities, bank 17's context classes, bank 20's snippet classes and ``_field_classes``."""
    return E.with_classes(sample, english, CULTURAL_TITLES, E._snippet_classes, _field_classes)


_COMPOSE = {27: H.document, 28: S._snippets}
"""How each bank puts its templates together: bank 27 as sentences of prose, bank 28 a snippet a line (as 24)."""


def samples(bank_number: int, seed: int = 20261227, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (27 or 28) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    templates = partial(_templates, bank_number)
    return E.samples_of(s11_pool(bank_number), rng, count, templates, _COMPOSE[bank_number], _with_own_classes)
