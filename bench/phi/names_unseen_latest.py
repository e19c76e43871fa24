"""Banks 21 and 22: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-20 took nearly all of Faker's and Mimesis's person lists and, by hand, names of some forty cultures from
the Pacific to the Andes. These two take their names from ``data/late_names.txt``, written in session 10 by a hand
that had read neither the detector nor the name lists of banks 1-20 (bar their English word-name lines, read to
pick other words): bank 21 Sakha and Buryat (some in Cyrillic), Malagasy and Shona (other names than bank 16's),
Kikuyu, Aymara, Chamorro and Sinhala (some in Sinhala letters); bank 22 Dinka, Oromo, Karen, Romani, Upper Sorbian,
Luxembourgish, Nahuatl and K'iche'. About one person in four has instead an English name that is also an ordinary
word (Gosling, Periwinkle, Pedlar; Lapwing, Warrener, Chintz), and the name-free documents use those same words as
words. Every entry sharing a part with the detector's shipped data, the hand-written held-out file or any entry of
banks 4-20 is dropped, and bank 22 drops bank 21's as well. Both banks were written before either was measured;
bank 21 is long-form documents, bank 22 short structured snippets.
"""

from __future__ import annotations

import random
import re
from functools import cache, partial

from . import names_heldout as H
from . import names_unseen_closing as X
from . import names_unseen_ending as E
from . import names_unseen_final as Z

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    21: ("sakha", "buryat", "malagasy", "shona", "kikuyu", "aymara", "chamorro", "sinhala", "english 21"),
    22: ("dinka", "oromo", "karen", "romani", "upper sorbian", "luxembourgish", "nahuatl", "k'iche'", "english 22"),
}
"""Per bank, the languages of ``data/late_names.txt`` it draws; ``english 21`` and ``english 22`` are two lists of
English word-names, one per bank, both called ``english`` in the pool."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


latest_pool = E.written_pools(SOURCES, "late_names.txt", lambda: ((E.ending_pool, max(E.SOURCES)),))

pool = latest_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


RELATIVE_TITLES = {
    "chamorro": {"f": "Tan", "m": "Tun"},
    "kikuyu": {"f": "Cucu", "m": "Guka"},
    "shona": {"f": "Mbuya", "m": "Sekuru"},
    "malagasy": {"f": "Ramatoa", "m": "Andriamatoa"},
    "aymara": {"f": "Mama", "m": "Tata"},
    "oromo": {"f": "Aadde", "m": "Obbo"},
    "luxembourgish": {"f": "Tata", "m": "Monni"},
    "k'iche'": {"f": "Nan", "m": "Tat"},
    "romani": {"f": "Bibi", "m": "Kako"},
    "karen": {"f": "Thramu", "m": "Thra"},
    "sinhala": {"f": "Nona", "m": "Mahattaya"},
}
"""What a language's sentences call a relative or elder of either sex, written where a sentence has ``{Rt}`` before
``{R.given}`` (``Tan Asuncion``, ``Sekuru Tongai``, ``Obbo Gemechu``, ``Monni Fränz``, ``Tat Kej``), or after it in
Sinhala (``Sarath Mahattaya``)."""

TITLE_AFTER_NAME = frozenset(("sinhala",))
"""Languages whose relative's title follows the name: no name after it is titled."""

CULTURAL_TITLES = tuple(
    sorted({t for lang, titles in RELATIVE_TITLES.items() if lang not in TITLE_AFTER_NAME for t in titles.values()})
)
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 21: written with bank 22 in session 10, before either was measured ---------------------------------
# Ambulance patient care reports, haemodialysis flowsheets, genetic pedigree narratives, referral faxes read by OCR
# with broken lines, poison centre call notes, pre-anaesthesia assessments, home birth records, mobile crisis team
# assessments, hospital-at-home ward rounds by video, memory clinic collateral histories, TB directly observed
# therapy logs, lactation consults, wheelchair seating clinics, medical examiner investigations, insurance appeal
# letters; sentences in Sakha, Buryat, Malagasy, Shona, Kikuyu, Aymara, Chamorro and Sinhala.

TWENTY_FIRST_HEADERS = (
    "PATIENT CARE REPORT - Medic {n}1\nPt name: {P.full}   Age {age}\nCrew: {O.full} (EMT-P), {Q.full} (EMT-B)\n\n",
    "HAEMODIALYSIS RUN SHEET - station {n}\n{P.INVERTED}\nPrescribing nephrologist: {C.title}\n\n",
    "Pedigree narrative, cancer genetics clinic\nProband: {P.full} (III-{n})\nCounsellor: {O.full}, MS, CGC\n\n",
    "----- Page 1 of {n} -----\nREFERRAL FOR CONSULTATI0N\nPatient Nam e: {P.full}\nReferr ing: {C.title}\n\n",
    "POISON CENTRE - call record\nCaller: {R.full} ({rel})   Exposed: {P.given}, {age}\n\n",
    "PRE-ANAESTHETIC ASSESSMENT\n{P.full}, {age}   Anaesthetist: {C.full}\n\n",
    "Home birth record\nMother: {P.full}   Birth partner: {R.full}\nMidwives: {O.full}, {Q.full}\n\n",
    "MOBILE CRISIS TEAM - field assessment\nIndividual: {P.full}\nReferred by: {R.full} ({rel})\n\n",
    "Hospital at home - virtual ward round, day {n}\n{P.full} (video)   Consultant: {C.title}\n\n",
    "Memory clinic: collateral history from {R.full}, {rel} of {P.full}\n\n",
    "TB DOT LOG - week {n}\nClient: {P.full}\nObserver: {Q.full}\n\n",
    "Wheelchair seating clinic\nClient: {P.full}   Therapist: {O.full}\nCarer present: {R.given}\n\n",
    "MEDICAL EXAMINER - investigator's narrative\nDecedent: {P.FULL}\nInvestigator: {Q.full}\n\n",
)

TWENTY_FIRST_FIRST = (
    "Dispatched 02:14 to a fall at home; {P.full} found on the kitchen floor by {R.given}.",
    "Run {n} of the week for {P.full}; pre-weight 71.4 kg, target 69.0.",
    "{P.given} came to the genetics clinic with {R.full} and a hand-drawn family tree.",
    "Lactation visit, day {n} postpartum: {P.full} and baby, with {R.given} at home.",
    "Caller reports that {P.given}, {age}, swallowed an unknown number of {R.given}'s tablets.",
    "Seen {P.full} in the pre-op clinic before the hip replacement.",
    "{P.full} laboured at home in the pool; {O.given} arrived at 03:40.",
    "On behalf of {P.full}, we appeal the denial of the home oxygen claim.",
    "Called to the address by {R.full}, who found {P.given} unresponsive at 07:10.",
)

TWENTY_FIRST_BODY = (
    "On arrival {P.given} was alert, GCS 15, complaining of the left hip; {R.given} had not moved the patient.",
    "Splinted in position of comfort by {O.given}; fentanyl 50 mcg IN, reassessed at ten minutes.",
    "Transported non-urgent to the emergency department; handover to triage nurse {D.full}.",
    "{R.full} followed in a private car with {P.given}'s medication bag.",
    "Access via the left forearm fistula, good thrill; needled by {O.given} on the second attempt.",
    "Hour 2: BP 98/60, UF rate reduced, {P.given} given 100 ml saline; {C.family} informed.",
    "{P.given} asked to come off ten minutes early for {his} {rel}'s birthday; declined by {O.family}.",
    "Post-weight 69.3 kg; needles out, haemostasis at nine minutes, checked by {Q.given}.",
    "Maternal side: {P.given}'s mother, {R.full}, had breast cancer at 41 and is alive at 67.",
    "Paternal aunt {S.full} (II-{n}) died of ovarian cancer in her fifties, per {P.given}.",
    "{P.given} is not sure whether {R.given} was ever tested; consent to contact relatives signed.",
    "Panel testing offered; {P.given} would like {R.given} present when the results come back.",
    "pt {P.lower} is a {age} y/o with wors-\nening dyspnoea, ref erred by {C.title} for an echo",
    "Ple ase contact {O.full} at the practice with any ques-\ntions regarding {P.family}.",
    "Call-back at 30 minutes: {R.given} says {P.given} is drowsy but rousable; advised the ED.",
    "Toxicologist {D.initial} reviewed the call; charcoal not indicated at this time.",
    "Airway: Mallampati 2, full dentition; {P.given} has a loose crown upper left.",
    "{P.given} stopped the apixaban two days ago as {C.title} asked.",
    "Membranes ruptured 01:50, clear; {R.given} stayed in the pool with {P.given}.",
    "Baby born 04:12 into the water, Apgars 9 and 10; second midwife {Q.given} arrived at 04:05.",
    "{P.given} was calm and engaged, denied thoughts of harm, and agreed to a safety plan with {R.given}.",
    "The team left {P.given} with {R.full} and a crisis line card; follow-up call by {Q.given} tomorrow.",
    "Oxygen saturation 94% on the home probe; {P.given} walked to the kitchen on video without a rest.",
    "{R.given} reports {P.given} has been getting lost on the way to the shop since the spring.",
    "According to {R.given}, {P.given} repeats the same questions and forgot {S.given}'s wedding.",
    "Dose {n}: swallowed in front of {Q.given} at the kitchen table; no nausea.",
    "{P.given} missed Friday's dose because {R.given} was away at the clinic in town.",
    "Latch improved after repositioning; {P.given} fed in the rugby hold with {O.given} watching.",
    "Tilt-in-space frame trialled; {R.given} can manage the brakes and the headrest.",
    "Scene examined with {Q.given}; {P.family} was last seen alive by {R.full} at 22:00.",
    "Medications found at the bedside were counted with {O.full} and taken for review.",
    "{P.given}'s {rel}, {R.given}, was told of the death in person by {Q.family} and the police.",
    "The denial letter of {date} states the oxygen saturation was not recorded at rest; it was, by {O.full}.",
)

TWENTY_FIRST_SIGNATURES = (
    "\n\nPCR completed by {O.full}, EMT-P; crew partner {Q.given}",
    "\n-- dialysis RN {O.middle}",
    "\n\n{O.full}, MS, CGC\nGenetic counsellor",
    "\n-----\nFAX FROM: {C.full}, MD\n",
    "\nSpecialist in poison information: {Q.full}",
    "\n\nYours faithfully,\n{C.full}\non behalf of {P.given}",
    "\nMidwife {O.given}",
    "\nDictated by {C.middle}, not read back",
    "",
)

TWENTY_FIRST_OPENERS = (
    "Medic {n}1 to dispatch: ",
    "To the dialysis unit from {C.title}: ",
    "Message for {P.full} from the genetics clinic: ",
    "Poison centre follow-up with {R.given}: ",
    "From the virtual ward ({O.given}): ",
    "Dear {R.given}, ",
    "To {Q.full}, TB programme: ",
)

TWENTY_FIRST_BODIES = (
    "{P.given} is in the back with {R.given}, ETA twelve minutes.",
    "please add a second run for {P.full} on Saturday; potassium 6.2.",
    "the results for {P.given} are ready; please bring {R.given} if you can.",
    "{P.given} is awake and eating; no further calls needed.",
    "{P.given}'s saturations dropped overnight, so {C.title} will call at ten.",
    "thank you for telling us about {P.given}'s memory; {C.title} will see you both on {date}.",
    "{P.given} has finished month {n} of treatment with no missed doses this week.",
)

TWENTY_FIRST_CLOSINGS = (
    " Over. {O.given}",
    " Regards, {O.full}",
    " - {Q.given}",
    " With best wishes, the genetics team",
    "",
)

TWENTY_FIRST_LISTS = (
    "Crew: {O.full}, {Q.full}; supervisor {D.full} on scene.",
    "Pedigree: {P.given} (proband), {R.full} (mother), {S.full} (aunt, deceased).",
    "Chairs this shift: {P.family}, {R.family}, {S.family}.",
    "At the birth: {R.full}, {O.full}, {Q.full}.",
    "Collateral from {R.full} and {S.full}; the GP, {D.title}, was also called.",
    "Present at the scene: {Q.full} (investigator), {O.full} (police), {R.full} ({rel}).",
)

TWENTY_FIRST_NEGATIVES = (
    "Cashmere throw and Angora cardigan cut off for the 12-lead; Vanilla-scented candle left lit.",
    "Taffeta, Organza and Damask fibres found on the dressing; Caramel-coloured stool, guaiac negative.",
    "The Gosling Ward dialysis chairs are cleaned with Clinell; the Mallard Room holds the spares.",
    "Pedlar's bag of vitamins from the market; Peridot and Citrine stones worn for luck.",
    "Stoker and Mariner by trade before retirement; asbestos exposure at the Saltmarsh works.",
    "Poison centre: Lobelia, Foxglove and Daffodil bulbs eaten; Petunia and Begonia petals are non-toxic.",
    "Lotus position not possible after the hip; Mimosa and Wisteria pollen make the asthma worse.",
    "Grazier and shearer on a sheep station; Q fever serology sent, Keeper of the stock records.",
    "The Minster Street clinic and the Grange Road pharmacy share the fax number.",
    "Sergeant at the scene; Clerk of the court notified; Cardinal Health supplied the pump.",
    "Kiln burns to both forearms at the pottery; Forge Lane ambulance station responded.",
    "Toffee and Caramel sweets in the pocket; Punch and Cake at the christening before the fall.",
    "Acres of wheat around the farm; Haycock and Sheaf fields are sprayed in June.",
    "Scout troop first aid badge; the Tracker app shows the DOT videos uploaded on time.",
    "Whisper voice test passed; Halo brace removed in March; Bounty paper towels used for the spill.",
    "Cougar Creek Road and Panther Ridge are outside the ambulance service area.",
    "Trigger finger on the right; Blade of the scalpel disposed of in the sharps bin.",
    "Gudgeon pin and Grindstone injury at the workshop; Millstone Lane for the follow-up.",
)

_TWENTY_FIRST = H._Bank(
    TWENTY_FIRST_HEADERS,
    TWENTY_FIRST_FIRST,
    TWENTY_FIRST_BODY,
    TWENTY_FIRST_SIGNATURES,
    TWENTY_FIRST_OPENERS,
    TWENTY_FIRST_BODIES,
    TWENTY_FIRST_CLOSINGS,
    TWENTY_FIRST_LISTS,
    TWENTY_FIRST_NEGATIVES,
)

TWENTY_FIRST_LOCAL = {
    "sakha": X._local(
        body=("{R.given} сарсын кэлиэ.", "{P.given} бүгүн үчүгэйдик утуйда.", "{R.given} Дьокуускайтан кэллэ."),
        messages=("Дорообо, {R.given}! ",),
        closings=(" Махтал, {O.given}.",),
    ),
    "buryat": X._local(
        body=("{R.given} үглөөдэр ерэхэ.", "{P.given} һайн унтаа."),
        messages=("Сайн байна, {R.given}! ",),
        closings=(" Баярлаа, {O.given}.",),
    ),
    "malagasy": X._local(
        body=("{Rt} {R.given} no nitondra ny fanafody.", "Tsara ny torimason'i {P.given} omaly alina."),
        messages=("Salama tompoko {R.given}, ",),
        closings=(" Misaotra betsaka, {O.given}.",),
    ),
    "shona": X._local(
        body=("{Rt} {R.given} achauya mangwana.", "{P.given} akarara zvakanaka nezuro."),
        messages=("Mangwanani {R.given}, ",),
        closings=(" Maita basa, {O.given}.",),
    ),
    "kikuyu": X._local(
        body=("{Rt} {R.given} nĩ egũũka rũciũ.", "{P.given} nĩ akomire wega."),
        messages=("Wĩ mwega, {R.given}? ",),
        closings=(" Nĩ wega, {O.given}.",),
    ),
    "aymara": X._local(
        body=("{Rt} {R.given} came down from El Alto for {P.given}.", "{R.given} greeted {P.given} with «Kamisaraki»."),
        messages=("Kamisaraki, {R.given}! ",),
        closings=(" Jallalla, {O.given}.",),
    ),
    "chamorro": X._local(
        body=("{Rt} {R.given} brought kelaguen and stayed the night.", "Håfa adai, {P.given}, said {R.given}."),
        messages=("Håfa adai {R.given}, ",),
        closings=(" Si Yu'os ma'åse', {O.given}.",),
    ),
    "sinhala": X._local(
        body=("{R.given} හෙට එනවා.", "{P.given} ඊයේ රෑ හොඳට නිදාගත්තා.", "{R.given} {Rt} brought the clinic book."),
        messages=("ආයුබෝවන් {R.given}, ",),
        closings=(" ස්තූතියි, {O.given}.",),
    ),
}


# ---- bank 22: written with bank 21 in session 10, before either was measured ---------------------------------
# Short structured snippets: HL7 v2 segments (PID, NK1, PV1) with carets, X12 NM1 segments with asterisks,
# calendar entries (SUMMARY, ATTENDEE;CN=), application log lines with key=value, SMS with sender lines,
# tab-separated exports, form fields with check boxes, e-mail subject lines (RE:, FW:), IRC-style <nick> chat,
# queue displays, wristband and label printouts, YAML-like lists; sentences in Dinka, Oromo, Karen, Romani,
# Upper Sorbian, Luxembourgish, Nahuatl and K'iche'.

TWENTY_SECOND_HEADERS = (
    "PID|1||||{P.family}^{P.given}||{date}\nNK1|1|{R.family}^{R.given}|{rel}\n",
    "NM1*IL*1*{P.family}*{P.given}~\nNM1*82*1*{C.family}*{C.given}~\n",
    "BEGIN:VEVENT\nSUMMARY:Follow-up {P.full}\nATTENDEE;CN={C.full}:MAILTO:clinic\nEND:VEVENT\n",
    '2026-11-30T07:{n}2:10Z INFO checkin patient="{P.full}" desk={O.given}\n',
    "SMS thread (mobile, {R.full})\n{R.given}: is {P.given} out of theatre yet\n",
    "name\t{P.full}\ncontact\t{R.full}\nnurse\t{O.full}\n",
    "[x] Interpreter needed   Patient name: {P.full}   Language: ______\n",
    "Subject: RE: FW: bloods for {P.full}\n\n",
    "<{O.given}> anyone seen {P.family}'s chart?\n",
    "NOW SERVING: A0{n}7  {P.FULL}\n",
    "** WRISTBAND **\n{P.INVERTED}\nDOB {date}\n",
    "LABEL\n{P.FULL}\nWard 4W\n",
    "- name: {P.full}\n  role: patient\n- name: {R.full}\n  role: {rel}\n",
)

TWENTY_SECOND_FIRST = (
    "PV1|1|I|4W^12^A||||{C.family}^{C.given}^^^DR",
    "SUMMARY:{P.given} - dressing change with {O.given}",
    "2026-11-30 08:01:44 WARN duplicate record: {P.full} / {S.full}",
    "<{Q.given}> {P.given} in 4 is asking for water",
    "{R.given}: running late, tell {P.given} 20 min",
    "Subject: {P.family}, {P.given} - discharge meds",
    "[ ] consent signed by {P.full}",
    "Label: {P.FULL} / ward 4W / bed {n}",
    "ATTENDEE;CN={R.full}:MAILTO:family",
)

TWENTY_SECOND_BODY = (
    "\nNK1|2|{S.family}^{S.given}|{rel2}|||EC",
    "\nOBX|1|TX|NOTE||seen by {O.given} {O.family}",
    "\nNM1*QC*1*{R.family}*{R.given}~",
    "\nDESCRIPTION:bring {R.given} and the insurance card",
    "\nORGANIZER;CN={O.full}:MAILTO:ward4w",
    '\nuser={O.given} action=view patient="{P.full}"',
    "\n09:12:05 INFO paged {C.family} re {P.family}",
    "\n<{D.given}> {C.given} is in theatre till 2",
    "\n<{O.given}> ok I'll tell {R.given}",
    "\n{P.given}: can I eat before the scan?",
    "\n{O.given} (ward): yes, until midnight",
    "\ncontact\t{S.full}\t{rel2}",
    "\n[x] Next of kin: {R.full}",
    "\n[ ] Witness: {Q.full}",
    "\nSignature of interpreter: ____ {Q.full}",
    "\nFW: {R.given} asked about visiting",
    "\nRE: {S.full} - transport booked",
    "\nLabel printed by {O.lower}",
    "\n  escort: {R.full}",
    "\n  called_by: {Q.given}",
    "\n{P.family} {P.given} | bed {n} | nil by mouth",
    "\nNEXT: A0{n}8  {R.FULL}",
    "\nsms to {R.given}: {P.given} is back on the ward",
    "\nReply from {R.given}: thank you!!",
    "\nlog: {O.middle} signed the handover",
    "\nPager {n}31 -> {C.title}",
    "\nPV1|1|O|CLINIC^3||||{D.family}^{D.given}",
    "\nDTSTART:20261203T0930 ({P.given} + {R.given})",
    '\n10:41:07 ERROR label print failed name="{P.FULL}"',
    "\n{O.given}\t{Q.given}\t{D.given}",
    "\nto: {R.given} | text: appointment with {C.title} confirmed",
    "\n  - visitor: {S.full}",
    "\nrelationship to patient: {rel}; name of relative: {R.inverted}",
    "\nDr on call / bleep: {D.family} / {n}44",
)

TWENTY_SECOND_SIGNATURES = (
    "\n-- {O.full}",
    "\nEND:VEVENT",
    "\n<{O.given}> thx",
    "\nprinted by {Q.lower}",
    "\n{Q.full}",
    "\nsent from my phone - {R.given}",
    "",
)

TWENTY_SECOND_OPENERS = (
    "SMS {R.given}: ",
    "<{O.given}> ",
    "Subject: re {P.full} - ",
    "SUMMARY:",
    "ATTENDEE;CN={C.full}: ",
    "msg: ",
    "[x] ",
)

TWENTY_SECOND_BODIES = (
    "{P.given} is ready to go home",
    "call {R.given} re {P.given} when free",
    "clinic with {C.title} moved to Thu",
    "{P.family}^{P.given} merged into {S.family}^{S.given}",
    "bring {P.given}'s glasses pls",
    "{S.given} will collect at 5",
    "ward round with {C.full} cancelled",
)

TWENTY_SECOND_CLOSINGS = (" - {O.given}", " [delivered]", " ({Q.given})", "", " /{O.lower}")

TWENTY_SECOND_LISTS = (
    "\nNK1|1|{R.family}^{R.given}|{rel}\nNK1|2|{S.family}^{S.given}|{rel2}",
    "\nATTENDEE;CN={C.full}\nATTENDEE;CN={O.full}\nATTENDEE;CN={R.full}",
    "\nname\trole\n{O.full}\tRN\n{Q.full}\tHCA\n{D.full}\tFY1",
    "\n<{O.given}> <{Q.given}> <{D.given}> joined #ward4w",
    "\n[x] {R.full}  [ ] {S.full}  [ ] {Q.full}",
    "\n- {R.full}\n- {S.full}",
    "\nqueue: {P.given} {P.family}, {R.given} {R.family}, {S.given} {S.family}",
    "\ncc: {C.lower}; {D.lower}",
)

TWENTY_SECOND_NEGATIVES = (
    "\nOBX|1|TX|DIET||Satsuma, Honeydew melon, Sherbet, Fudge (diabetic)",
    "\nSUMMARY:Fire drill - Furnace room and Boiler house\nLOCATION:Cloister corridor",
    "\n2026-11-30 03:10:00 INFO job=nightly-backup host=Lapwing status=ok",
    "\nward\tbed\tstatus\nCurlew\t4\tclean\nPetrel\t7\tblocked\nCormorant\t2\topen",
    "\n[x] Denim  [ ] Corduroy  [ ] Flannel  (scrub fabric survey)",
    "\nSubject: FW: Steeple Court car park closed; use the Spire Road entrance",
    "\nallergy: Chalk dust; Velour upholstery; Tallow soap; Garlick capsules",
    "\nNM1*PR*2*PHEASANT HILL HEALTH PLAN~",
    "\n- item: Hatchet injury kit\n- item: Latch for the drug cupboard\n- item: Barrel of saline",
    "\n<bot> Reminder: Wagtail and Warbler wards on skeleton staff tonight",
    "\nCricket, Polo and Jockey injuries clinic: Tuesday; Boxer's fracture list: Thursday",
    "\nDESCRIPTION:Reef-knot sling teaching; Moat Street physio; Fen Road x-ray",
    "\nTassel, Chintz and Poplin curtains replaced on the Skylark ward",
    "\nLOCATION:Ironmonger Row clinic, Hosier Lane entrance",
    "\nRocket-shaped balloon in the Ocean play room; Firefly night-light for bed 3",
    "\nGossamer-thin skin; Silk tape only; Feather-light touch, per tissue viability",
)

_TWENTY_SECOND = H._Bank(
    TWENTY_SECOND_HEADERS,
    TWENTY_SECOND_FIRST,
    TWENTY_SECOND_BODY,
    TWENTY_SECOND_SIGNATURES,
    TWENTY_SECOND_OPENERS,
    TWENTY_SECOND_BODIES,
    TWENTY_SECOND_CLOSINGS,
    TWENTY_SECOND_LISTS,
    TWENTY_SECOND_NEGATIVES,
)

TWENTY_SECOND_LOCAL = {
    "dinka": X._local(
        body=("\n{R.given} said «cï yï bak» to {P.given} on the phone.",),
        messages=("Cï yï bak, {R.given}? ",),
        closings=(" Yïn ca leec, {O.given}.",),
    ),
    "oromo": X._local(
        body=("\n{Rt} {R.given} boru ni dhufa.", "\n{P.given} halkan gaarii rafe."),
        messages=("Akkam {R.given}, ",),
        closings=(" Galatoomaa, {O.given}.",),
    ),
    "karen": X._local(
        body=("\n{Rt} {R.given} interpreting in S'gaw Karen for {P.given}.",),
        messages=("Oh ler gay, {R.given}! ",),
        closings=(" Ta blu, {O.given}.",),
    ),
    "romani": X._local(
        body=("\n{Rt} {R.given} avela tehara.", "\n{P.given} sovelas mishto."),
        messages=("Sastipe, {R.given}! ",),
        closings=(" Nais tuke, {O.given}.",),
    ),
    "upper sorbian": X._local(
        body=("\n{R.given} přińdźe jutře.", "\n{P.given} je dobře spał."),
        messages=("Dobry dźeń, {R.given}, ",),
        closings=(" Wulki dźak, {O.given}.",),
    ),
    "luxembourgish": X._local(
        body=("\n{Rt} {R.given} kënnt muer de Moien.", "\n{P.given} huet gutt geschlof."),
        messages=("Moien {R.given}, ",),
        closings=(" Merci villmools, {O.given}.",),
    ),
    "nahuatl": X._local(
        body=("\n{R.given} huallaz moztla.",),
        messages=("Niltze, {R.given}! ",),
        closings=(" Tlazohcamati, {O.given}.",),
    ),
    "k'iche'": X._local(
        body=("\n{Rt} {R.given} interpreted in K'iche' for {P.given}.", "\n{R.given} xub'ij: utz."),
        messages=("Saqarik, {R.given}! ",),
        closings=(" Maltyox, {O.given}.",),
    ),
}

BANKS = {21: _TWENTY_FIRST, 22: _TWENTY_SECOND}
LOCAL = {21: TWENTY_FIRST_LOCAL, 22: TWENTY_SECOND_LOCAL}

STYLES = {
    21: "ambulance patient care reports, haemodialysis run sheets, genetic pedigree narratives, OCR'd referral "
    "faxes with broken lines, poison centre calls, pre-anaesthetic assessments, home births, mobile crisis "
    "assessments, virtual ward rounds, memory clinic collateral, TB DOT logs, lactation visits, seating clinics, "
    "medical examiner narratives, insurance appeals, Sakha, Buryat, Malagasy, Shona, Kikuyu, Aymara, Chamorro and "
    "Sinhala sentences",
    22: "HL7 PID/NK1/PV1 segments with carets, X12 NM1 segments, calendar entries, log lines with key=value, SMS, "
    "tab-separated exports, check-box form fields, RE:/FW: subject lines, <nick> chat, queue displays, wristbands, "
    "YAML-like lists, Dinka, Oromo, Karen, Romani, Upper Sorbian, Luxembourgish, Nahuatl and K'iche' sentences",
}

FIRST_RUNS = {
    21: (
        "written in session 10 by another hand; its first run, before its misses were read: recall 0.981, NAME "
        "precision 0.900 (the detector at the session's start: 0.982, 0.858)"
    ),
    22: "its first run: recall 0.833, NAME precision 0.930 (the detector at the session's start: 0.833, 0.884)",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    return E.local_templates(BANKS[bank], LOCAL[bank].get(language), title)


_SEGMENT = re.compile(r"(^|\n)[A-Z0-9]{2,3}[|*]")
"""The start of an HL7 or X12 segment (``PID|``, ``NK1|``, ``NM1*``)."""


def _segment_classes(text: str, start: int, end: int) -> set[str]:
    """Classes of bank 22's machine lines read off the line around a name: a field of an HL7 or X12 segment, a
    calendar property (``ATTENDEE;CN=``, ``SUMMARY:``), a log line's ``key="value"``, a tab-separated cell, a
    ``<nick>`` of a chat line, a check-box form field."""
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[line_start:start], text[end:]
    out = set()
    if _SEGMENT.match(text, line_start - 1 if line_start else 0) and before[-1:] in "|^*" and after[:1] in "|^*~":
        out.add("segment field")
    if before.endswith(("CN=", "SUMMARY:")):
        out.add("calendar property")
    if before.endswith('="') or (before.endswith("=") and not before.endswith("CN=")):
        out.add("log key")
    if before.endswith("\t") or after.startswith("\t"):
        out.add("tab cell")
    if before.endswith("<") and after.startswith(">"):
        out.add("chat nick")
    if before.startswith(("[x] ", "[ ] ")):
        out.add("form field")
    return out


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word``, ``native script``, ``titled`` after a title of the banks'
    communities, bank 17's context classes, bank 20's snippet classes and those of ``_segment_classes``."""
    return E.with_classes(sample, english, CULTURAL_TITLES, E._snippet_classes, _segment_classes)


def samples(bank_number: int, seed: int = 20261205, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (21 or 22) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    templates = partial(_templates, bank_number)
    return E.samples_of(latest_pool(bank_number), rng, count, templates, H.document, _with_own_classes)
