"""Banks 29 and 30: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-28 took nearly all of Faker's and Mimesis's person lists and, by hand, names of some ninety cultures (see
``names_unseen_sealed`` for the list up to bank 22, ``names_unseen_closing10`` for banks 23-26 and
``names_unseen_s11`` for banks 27-28). These two take their names from ``data/s11b_names.txt``, written in session 11
by another hand that had not read the detector and read earlier banks' lists only to choose other English words and to
check that a culture was new: bank 29 Sindhi and Balochi (some in Arabic script), Karakalpak (some in Cyrillic),
Luganda, Papiamento, Nuer, Kanuri and Comorian; bank 30 Chichewa, Bemba, Venda, Tsonga, Kiribati, Tuvaluan,
Mauritian Creole and Niuean. About one person in four has instead an English name that is also an ordinary word
(Houndstooth, Samovar, Crotchet; Lacewing, Barracuda, Tiddlywink), and the name-free documents use those same words
as words. Every entry sharing a part with the detector's shipped data, the hand-written held-out file or any entry of
banks 4-28 is dropped (``EARLIER``), and bank 30 drops bank 29's as well. Both banks are sealed: written before
either was measured. Bank 29 is long-form documents, bank 30 short structured snippets.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache, partial

from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_closing as X
from . import names_unseen_ending as E
from . import names_unseen_final as Z
from . import names_unseen_s11 as N
from . import names_unseen_sealed as S

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    29: ("sindhi", "balochi", "karakalpak", "luganda", "papiamento", "nuer", "kanuri", "comorian", "english 29"),
    30: (
        "chichewa",
        "bemba",
        "venda",
        "tsonga",
        "kiribati",
        "tuvaluan",
        "mauritian creole",
        "niuean",
        "english 30",
    ),
}
"""Per bank, the languages of ``data/s11b_names.txt`` it draws; ``english 29`` and ``english 30`` are two lists of
English word-names, one per bank, both called ``english`` in the pool."""

EARLIER: tuple[tuple[Callable[[int], U.UnseenPool], int], ...] = (*N.EARLIER, (N.pool, 27), (N.pool, 28))
"""The banks after 19 whose drawn entries these banks drop, on top of what bank 20 dropped (the shipped data, the
hand-written set and banks 4-19): each a bank's pool function and number; a bank written later goes at the end."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


s11b_pool = E.written_pools(SOURCES, "s11b_names.txt", lambda: EARLIER)

pool = s11b_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


RELATIVE_TITLES = {
    "sindhi": {"f": "Masi", "m": "Mamo"},
    "karakalpak": {"f": "Apa", "m": "Aǵa"},
    "luganda": {"f": "Ssenga", "m": "Kojja"},
    "papiamento": {"f": "Tanchi", "m": "Tio"},
    "chichewa": {"f": "Amayi", "m": "Abambo"},
    "tsonga": {"f": "Manana", "m": "Tatana"},
    "kiribati": {"f": "Nei", "m": "Ten"},
    "mauritian creole": {"f": "Tantinn", "m": "Tonton"},
}
"""What a language's sentences write before the name of a relative of either sex, where a sentence has ``{Rt}``
before ``{R.given}`` (``Masi Marvi``, ``Ssenga Nakato``, ``Tio Shurandy``, ``Amayi Chikondi``, ``Nei Teima``)."""

CULTURAL_TITLES = tuple(sorted({t for titles in RELATIVE_TITLES.values() for t in titles.values()}))
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 29: written with bank 30 in session 11, sealed until measured ---------------------------------------
# Asthma review letters, stroke unit discharge summaries, fracture clinic letters, tuberculosis contact tracing
# notes, eye casualty notes, dermatology referral e-mails, school nurse letters, travel clinic notes, physiotherapy
# progress reports, speech and language therapy reports, safeguarding strategy minutes, out-of-hours call
# transcripts, patient liaison replies, refugee health assessments, transfusion reaction reports; sentences in
# Sindhi, Balochi, Karakalpak, Luganda, Papiamento, Nuer, Kanuri and Comorian.

TWENTY_NINTH_HEADERS = (
    "RESPIRATORY CLINIC - ANNUAL ASTHMA REVIEW\nPatient: {P.full}\nSpecialist nurse: {O.full}\n\n",
    "Stroke Unit Discharge Summary\nName: {P.INVERTED}\nNext of kin: {R.full} ({rel})\nConsultant: {C.full}\n\n",
    "Fracture Clinic\nRe: {P.title}, {age}\nSeen by: {D.full}\n\n",
    "TB SERVICE - CONTACT TRACING RECORD\nIndex case: {P.full}\nHousehold contact: {R.full}\n\n",
    "Eye Casualty - triage note\nPatient: {P.middle}\nTriage nurse: {O.full}\n\n",
    "From: {C.full}\nTo: dermatology referrals\nSubject: photos for {P.full}, possible melanoma\n\n",
    "School Nursing Team\nTo the parent or carer of {P.full}\nFrom: {O.full}, school nurse\n\n",
    "Travel Health Clinic\nTraveller: {P.full}\nTravelling with: {R.full}\nVaccinator: {Q.full}\n\n",
    "PHYSIOTHERAPY PROGRESS REPORT\nClient: {P.FULL}\nPhysiotherapist: {O.full}\nReferrer: {C.title}\n\n",
    "Speech and Language Therapy - swallow assessment\nName registered (surname first): {P.family} {P.given}\n"
    "Therapist: {Q.full}\n\n",
    "STRATEGY MEETING - MINUTES\nChild: {P.full}\nChair: {D.full}\nMinutes taken by: {Q.full}\n\n",
    "Out of hours - call recording, typed up\nCaller: {R.full} ({rel} of {P.full})\nCall handler: {O.given}\n\n",
    "Patient Advice and Liaison Service\nOur ref: PALS/{n}41\nDear {R.title},\n\n",
    "New Arrival Health Assessment\nFamily name / given name: {P.family} / {P.given}\nInterpreter: {Q.full}\n\n",
    "Blood Bank - suspected transfusion reaction\nRecipient: {P.inverted}\nReported by: {O.full}\n\n",
)

TWENTY_NINTH_FIRST = (
    "{P.full} came for {his} yearly asthma check with {his} {rel}, {R.given}.",
    "{P.full} was admitted on {date} with a left-sided weakness that began at breakfast.",
    "Thank you for sending {P.title}, who fell from a ladder while picking fruit.",
    "{R.full} shares a flat with {P.full}, who was found to have smear-positive TB.",
    "{P.given} was hit in the right eye by a squash ball this evening.",
    "Hi team, I'm attaching three photos of a mole on {P.given}'s back, taken by {O.given} today.",
    "Dear parent, your child {P.given} was seen by the school nurse today after a nosebleed in class.",
    "{P.full} is going to visit family for six weeks and asked about malaria tablets.",
    "{P.given} has now had eight sessions of physiotherapy after the knee replacement.",
    "{P.title} was referred by the ward because {he} coughs when drinking tea.",
    "The meeting was called by {D.full} after {P.given} told a teacher about bruises on {his} arm.",
    "HANDLER: Out of hours, you're speaking to {O.given}. Who's the call about?",
    "Thank you for writing to us about the care your {rel}, {P.full}, received on ward 9.",
    "{P.full} arrived last month with {his} {rel} {R.full}; this is {his} first health check here.",
    "About twenty minutes into the second unit, {P.given} became hot and shivery.",
    "typed from dictation by {Q.lower}, for {P.lower}, not yet read by the doctor.",
)

TWENTY_NINTH_BODY = (
    "Peak flow 380, best 450; {P.given} uses the blue inhaler most nights, which tells us control is poor.",
    "Inhaler technique was checked by {O.given}; {P.given} had been breathing out through the mouthpiece.",
    "{R.given} smokes on the balcony, not indoors, and is willing to see the stop-smoking service.",
    "We stepped {P.given} up to a combination inhaler and gave a written action plan, read with {R.given}.",
    "Thrombolysis was not given as {P.given} arrived outside the window; the CT showed no bleed.",
    "{P.family} can walk twenty metres with a frame and one helper; {R.given} will be trained to help.",
    "Swallow screen failed on day 1; {Q.given} upgraded {P.given} to soft food on day 5.",
    "{P.given}'s blood pressure target is below 130; {C.title} started ramipril and atorvastatin.",
    "X-ray confirms an undisplaced fracture of the distal radius; {D.given} applied a backslab.",
    "{P.given} is right-handed and works as a bus driver, so will be off work for six weeks.",
    "{P.title} should come back in one week for a check X-ray and a cast.",
    "{R.given} had a chest X-ray today, which was clear; the skin test is booked with {O.given}.",
    "Three children live in the flat; {S.full} and the two younger ones will be screened on Friday.",
    "{P.given} has been told to stay away from work until two weeks into treatment.",
    "Visual acuity 6/18 right, 6/6 left; hyphaema of 2 mm; pressure normal; {D.title} reviewed.",
    "{P.given} must not play sport for two weeks and should sleep propped up, {O.given} explained.",
    "{P.family} says the mole has grown and itches; {R.given} noticed it bleed on a towel.",
    "Dermoscopy shows an atypical network; {C.title} would like {P.given} seen within two weeks.",
    "{P.given} was sat up, pinched the soft part of the nose for ten minutes, and the bleeding stopped.",
    "If {P.given} has more nosebleeds, please ask the GP to look at {his} nose, {O.given} writes.",
    "{P.given} needs typhoid and hepatitis A; {Q.given} gave both today in the left arm.",
    "{R.given} had yellow fever in 2019, and the certificate is still valid.",
    "Knee flexion has improved from 70 to 105 degrees; {P.given} climbs stairs one at a time.",
    "{P.given} practises the exercises twice a day, and {R.given} counts the repetitions.",
    "{O.given} has discharged {P.family} to the gym programme with a review in a month.",
    "On thin liquids {P.given} coughed at once; on mildly thick fluids {his} swallow was safe.",
    "{Q.given} left a chart by the bed so that {R.given} can thicken the drinks when visiting.",
    "{P.given} said that {his} {rel2}'s friend had hurt {his} arm while {R.given} was at work.",
    "The police officer, {S.full}, agreed to a joint visit with children's social care.",
    "{R.full} was told of the concerns and was not present when they were discussed.",
    "CALLER: It's {P.given}, my {rel}. {P.given} is very sleepy and won't eat.",
    "HANDLER: Is {P.given} breathing normally? Can you put {P.given} on the phone?",
    "CALLER: {S.given} is here with me now, we can drive {P.given} in.",
    "{C.title} looked into your complaint and spoke to the nurses who were on duty.",
    "We are sorry that {P.given} waited four hours for pain relief; {O.full} has met the team.",
    "{P.given} and {R.given} came by boat and lorry over eleven months; both are well now.",
    "{P.given} has not had the measles vaccine; {Q.given} booked the catch-up doses.",
    "Through {Q.given}, {P.given} asked whether {his} {rel2} could also be seen this week.",
    "{P.given}'s temperature rose from 36.8 to 38.9; the transfusion was stopped at once by {O.given}.",
    "The bag and the giving set were sent to the lab; {C.title} asked for a repeat group and screen.",
    "{P.family} {P.given} is written family name first in the passport and on the wristband.",
    "Seen with {C.initial}, registrar.",
    "Also present: {S.full} (advocate).",
    '{P.given} said: "Please call {R.given}, not the others."',
    "Ref: {P.FULL}, {date}.",
    "{R.given} - speaks English; {S.given} - needs an interpreter.",
)

TWENTY_NINTH_SIGNATURES = (
    "\n\nYours sincerely,\n\n{C.full}\nConsultant respiratory physician",
    "\n\nDischarging doctor: {D.full}",
    "\n\nKind regards,\n{D.full}\nOrthopaedic registrar",
    "\n\n{O.full}\nTB nurse specialist",
    "\n\nSeen by {D.title}, ophthalmology",
    "\n\nThanks,\n{C.given}",
    "\n\n{O.full}\nSchool nurse, north locality",
    "\n\nVaccinator: {Q.full}",
    "\n\n{O.full}, MCSP",
    "\n\n{Q.full}\nSpeech and language therapist",
    "\n\nActions agreed; minutes approved by {D.full}",
    "\n\nEND OF CALL",
    "\n\nYours sincerely,\n{O.full}\nPALS officer",
    "",
)

TWENTY_NINTH_OPENERS = (
    "Dear {C.title},\n\n",
    "Hi {O.given},\n\n",
    "Good morning {R.given}, ",
    "To whom it may concern, re {P.full}:\n\n",
    "Message for {P.title} from the fracture clinic: ",
    "{Q.given}, ",
    "Re {P.INVERTED}, born {date}.\n\n",
    "Hello, this is {O.full} calling from the eye unit. ",
)

TWENTY_NINTH_BODIES = (
    "{P.given}'s cast comes off on Monday. Please bring {P.given} to clinic 3 at ten. {R.given} may come too.",
    "The sputum result for {P.full} is back and the TB is sensitive to all first-line drugs. {C.title} will "
    "see {P.given} in two weeks.",
    "I have moved {P.given}'s swallow review to Thursday. {R.given} asked to be there. {Q.given} will bring "
    "the thickener.",
    "{P.given} did not come to the asthma review today. I phoned and left a message for {R.given}. Could you "
    "send another date?",
    "We received your letter about {P.full}. {O.full} will reply within 25 working days. {P.given}'s records "
    "have been requested.",
    "Your appointment with {D.full} is on {date}. Please use eye drops as shown. {R.given} should drive you home.",
    "{P.given} had the second typhoid dose today. {R.full} has the certificate. Safe travels from {Q.given}.",
    "Thank you for the photos of {P.given}'s mole. They are clear. {C.title} has booked {P.given} for a biopsy.",
)

TWENTY_NINTH_CLOSINGS = (
    "\n\nKind regards,\n{O.full}",
    "\n\nBest wishes,\n{C.full}",
    " Many thanks, {Q.given}.",
    "\n\n-- sent from the eye unit",
    "",
)

TWENTY_NINTH_LISTS = (
    "Copies: {C.title}; {D.title}; {R.full}.",
    "Attendees: {D.full} (chair), {S.full} (police), {Q.full} (minutes), {O.full} (school nurse).",
    "Household contacts screened: {R.full}, {S.full}, {Q.full}.",
    "Next of kin: {R.full} (first), {S.full} (second).",
    "Fracture clinic, room 2: {P.inverted}; {R.inverted}; {S.inverted}.",
    "Interpreters booked this week: {Q.full}, {O.full}, {D.full}.",
)

TWENTY_NINTH_NEGATIVES = (
    "The music therapy room has a Harmonica, a Tambourine, a Xylophone and a Glockenspiel; the Ukulele is on loan.",
    "Ward concert programme: a Waltz, a Jig, a Motet and a sea Shanty; the Soprano sang the Descant in the Refrain.",
    "Please do not leave the Strainer, the Saucepan, the Toaster or the Corkscrew in the ward kitchen sink.",
    "The day room has a Samovar, a Thermos of hot water, a Teaspoon for each cup and a clean Tablecloth.",
    "The garden project needs Secateurs, Shears and Loppers; the Hosepipe and the Sprinkler are by the Greenhouse.",
    "Patients on the Allotment plant Tuber, Bulb, Rhizome and Corm crops; the Compost and the Mulch are free.",
    "The Scarecrow, the Birdbath and the Birdtable were made by the Tuesday group; the Rabbit Hutch needs repair.",
    "Occupational therapy sewing: Twill, Suede and Moleskin offcuts, a Braid trim and Herringbone and "
    "Houndstooth scraps.",
    "The choir practises the Crescendo, the Staccato and the Legato passages; watch the Fermata and each Crotchet.",
    "Music theory class: a Quaver is half a Crotchet, a Minim is two, a Semibreve is four; mind the Clef on the Stave.",
    "The hospital band has a Bassoon, an Oboe, a Trombone, a Tuba and a Cornet; the Timpani need new skins.",
    "The Harpsichord and the Clavichord in the chapel were tuned; the Accordion and the Bagpipe are stored away.",
    "Hand hygiene poster: wipe the Blender, the Juicer and the Peeler; throw away the paper Napkin and Placemat.",
    "Volunteers cleared the Coldframe, the Polytunnel and the Glasshouse and rebuilt the Windbreak by the Kennel.",
    "The donated instruments: a Mandolin, a Zither, a Dulcimer, a Banjo, a Kazoo, a Piccolo and a Sitar.",
    "Play list for the stroke group: Reggae, a slow Waltz and a Yodel song; keep the Tempo gentle.",
    "The therapy garden has Topiary, an Espalier pear and a Parterre of herbs under the Arbor.",
)

_TWENTY_NINTH = H._Bank(
    TWENTY_NINTH_HEADERS,
    TWENTY_NINTH_FIRST,
    TWENTY_NINTH_BODY,
    TWENTY_NINTH_SIGNATURES,
    TWENTY_NINTH_OPENERS,
    TWENTY_NINTH_BODIES,
    TWENTY_NINTH_CLOSINGS,
    TWENTY_NINTH_LISTS,
    TWENTY_NINTH_NEGATIVES,
)

TWENTY_NINTH_LOCAL = {
    "sindhi": X._local(
        body=(
            "{Rt} {R.given} ghar me aahe.",
            "{P.given} speaks Sindhi at home; {Rt} {R.given} came up from Hyderabad to stay.",
            "{Rt} {R.given} asked that the letter also be read to {P.given} in Sindhi.",
        ),
        first=("{P.given} came with {Rt} {R.given}, who answered most questions in Sindhi.",),
        messages=("Salaam {R.given}, ", "Salaam {Rt} {R.given}, "),
        closings=(" Mehrbani, {O.given}.",),
    ),
    "balochi": X._local(
        body=(
            "{R.given} bandaa kayt.",
            "{P.given} speaks Balochi with {R.given}; the family is from Turbat.",
            "{R.given} asked that the men of the family be told after {P.given}, not before.",
        ),
        messages=("Salaam {R.given}, ",),
        closings=(" Minnatwar, {O.given}.",),
    ),
    "karakalpak": X._local(
        body=(
            "{Rt} {R.given} erteń keledi.",
            "{P.given} speaks Karakalpak and Russian; {Rt} {R.given} translates for the family.",
            "Фамилиясы, аты: {P.family} {P.given} (as the Nukus papers write it).",
        ),
        first=("{Rt} {R.given} brought {P.given} in and stayed all afternoon.",),
        messages=("Assalawma áleykum {R.given}, ", "Assalawma áleykum {Rt} {R.given}, "),
        closings=(" Raxmet, {O.given}.",),
    ),
    "luganda": X._local(
        body=(
            "{Rt} {R.given} ajja kujja enkya.",
            "{Rt} {R.given} is the family member {P.given} asked us to speak to, as is usual in Buganda.",
            "{P.given} said {Rt} {R.given} in Kampala should hear the news first.",
        ),
        first=("{P.given} was brought by {Rt} {R.given}.",),
        messages=("Oli otya {R.given}, ", "Oli otya {Rt} {R.given}, "),
        closings=(" Webale nnyo, {O.given}.",),
    ),
    "papiamento": X._local(
        body=(
            "{Rt} {R.given} ta bin mañan mainta.",
            "{Rt} {R.given} flew in from Willemstad and is staying near the hospital.",
            "{P.given} speaks Papiamentu with {R.given} and Dutch with the nurses.",
        ),
        first=("{Rt} {R.given} rang the ward about {P.given} before the visit.",),
        messages=("Bon dia {R.given}, ", "Bon dia {Rt} {R.given}, "),
        closings=(" Masha danki, {O.given}.",),
    ),
    "nuer": X._local(
        body=(
            "{P.given} speaks Nuer; {R.given} interprets, as the family has done since the camp in Gambella.",
            "{R.given} asked that the cattle-camp relatives be told through {S.given}.",
        ),
        messages=("Male {R.given}, ",),
    ),
    "kanuri": X._local(
        body=(
            "{P.given} speaks Kanuri and Hausa; {R.given} has the papers from Maiduguri.",
            "{R.given} said the family in Borno should be phoned after the result.",
        ),
        messages=("Wushe {R.given}, ",),
    ),
    "comorian": X._local(
        body=(
            "{P.given} speaks Shikomori and French; {R.given} came from Moroni last year.",
            "{R.given} asked that the letter be sent in French as well.",
        ),
        messages=("Jeje {R.given}, ",),
        closings=(" Marahaba, {O.given}.",),
    ),
}


# ---- bank 30: written with bank 29 in session 11, sealed until measured ---------------------------------------
# Short structured snippets, one a line: CSV exports with and without a heading row, tab-separated theatre and
# clinic lists, WhatsApp-style chat exports, key=value audit log lines, pharmacy queue boards, label: value lines,
# HL7 v2 IN1/GT1/OBX/TXA/MRG segments, lower-case typed lines, ALL CAPS notices and slash lists; sentences in
# Chichewa, Bemba, Venda, Tsonga, Kiribati, Tuvaluan, Mauritian Creole and Niuean.

THIRTIETH_HEADERS = (
    "date,surname,forename,clinic,clinician\n2025-09-14,{P.family},{P.given},diabetes,{C.family}\n",
    "IN1|1|PLAN7|{n}04|NHS||||||||||||{P.family}^{P.given}|SELF\nGT1|1||{R.family}^{R.given}\n",
    "THEATRE\tSLOT\tPATIENT\tSURGEON\nT2\t08:30\t{P.full}\t{C.family}\n",
    "14/09/2025, 07:58 - {O.given}: morning, who's on bay {n}?\n14/09/2025, 07:59 - {Q.given}: me\n",
    'audit ts=2025-09-14T08:01:12Z actor="{O.full}" action=view record={n}7731 subject="{P.full}"\n',
    "PHARMACY QUEUE\nTICKET 2{n}  READY    {P.FULL}\nTICKET 3{n}  WAITING  {R.FULL}\n",
    "Patient: {P.full}\nClinician: {C.full}\nEscort: {R.full}\n",
    "OBX|1|TX|NOTE||seen with {R.given}||||||F|||||{O.family}^{O.given}\n",
    "TXA|1|DS|TX|||||||{C.family}^{C.given}\n",
    "MRG|{n}0921||||||{P.family}^{P.given}\n",
    "{P.family},{P.given},{date},outpatient,no show\n",
    "WARD 7 BOARD\n{n}\t{P.inverted}\tNBM\n",
)

THIRTIETH_FIRST = (
    "GT1|1||{R.family}^{R.given}",
    "2025-09-14,{P.family},{P.given},renal,{O.given}",
    "14/09/2025, 09:12 - {O.given}: {P.given} back from x-ray",
    'audit actor="{Q.full}" action=print subject="{P.full}"',
    "TICKET 4{n}  READY  {P.FULL}",
    "Patient: {P.inverted}",
    "{n}\t{P.full}\tday case",
    "pls ring {R.lower} re lift home",
    "ALL VISITORS FOR {P.FULL} TO DESK",
    "Surname: {P.family}",
)

THIRTIETH_BODY = (
    "IN1|2|PLAN9|{n}11|PRIVATE||||||||||||{S.family}^{S.given}|SPOUSE",
    "GT1|2||{S.family}^{S.given}",
    "OBX|2|TX|NOTE||called {R.given} at 10:15||||||F",
    "TXA|2|DS|TX|||||||{D.family}^{D.given}",
    "2025-09-14,{R.family},{R.given},escort,",
    "{n}2,{S.given},{S.family},carer,{O.given}",
    "T3\t09:45\t{R.full}\t{D.family}",
    "T4\t11:00\t{S.inverted}\t{C.family}",
    "14/09/2025, 09:20 - {Q.given}: {P.given} is asking for {his} glasses",
    "14/09/2025, 09:21 - {O.given}: {R.given} is bringing them",
    "14/09/2025, 09:40 - {R.given}: on the bus now, tell {P.given} 20 mins",
    'audit actor="{O.full}" action=amend field=allergies subject="{P.full}"',
    "audit actor={Q.given} action=export rows=12",
    'audit ts=08:44:02 action=merge from="{S.full}" to="{P.full}"',
    "TICKET 5{n}  READY    {R.FULL}",
    "TICKET 6{n}  WAITING  {S.FULL}",
    "Escort: {R.full}",
    "Interpreter: {Q.full} (booked)",
    "Porter: {O.given}",
    "Consent witnessed by: {D.full}",
    "Next of kin: {R.full} ({rel})",
    "Surname: {R.family}; forename: {R.given}",
    "Dietitian: {O.middle}",
    "{P.given}/{R.given}/{S.given}",
    "{R.full} / {S.full} / {Q.full}",
    "{P.lower} nil by mouth from 2am",
    "ring {R.given} when {P.given} is back on the ward",
    "NO VISITORS FOR {P.FULL} TODAY",
    "PHONE {R.FULL} IF ANY CHANGE",
    "{P.family}'s walking frame is in the sluice",
    "{R.given}'s number is on the whiteboard",
    'comment: "{P.given} likes tea with no sugar"',
    "Known as {P.given} on the ward",
    "seen by {C.title}",
    "carers: {R.full}; {S.full}",
)

THIRTIETH_SIGNATURES = (
    "\n-- {O.given}",
    "\nentered by {Q.lower}",
    "\nSIGNED {O.FULL}",
    "\n14/09/2025, 10:02 - {O.given}: done",
    "",
)

THIRTIETH_OPENERS = (
    "14/09/2025, 10:15 - {O.given}: ",
    "Message to {R.full}: ",
    "TO {C.FULL}: ",
    "Attn: {D.full}\n",
    "from {Q.lower}: ",
    "audit action=note text=",
)

THIRTIETH_BODIES = (
    "{P.given} is back in bed {n} and eating",
    "please bring {P.given}'s hearing aid and charger",
    "{P.FULL} CALLED TO ROOM 4",
    "{R.given} and {S.given} may visit after lunch",
    "ask {R.given} about {P.family}'s keys",
    "taxi booked for {P.inverted} at 3",
)

THIRTIETH_CLOSINGS = (" -{O.given}", " thx {Q.given}", "", " ({O.full})", "\n\n{O.full}\nDischarge lounge")

THIRTIETH_LISTS = (
    "visitors: {R.full}/{S.full}/{Q.full}",
    "GT1|2||{S.family}^{S.given}\nGT1|3||{Q.family}^{Q.given}",
    "T1\t{R.full}\nT2\t{S.full}",
    "on call: {C.full}; {D.full}",
    "\n{R.FULL}\n{S.FULL}\n{Q.FULL}",
    "surname,forename\n{R.family},{R.given}\n{S.family},{S.given}",
    "escorts: {R.lower}; {S.lower}",
)

THIRTIETH_NEGATIVES = (
    "pest control,pest,area\npest control,Aphid,greenhouse\npest control,Termite,stores\npest control,Moth,linen",
    "PEST LOG: Gnat / Midge / Hoverfly / Greenfly / Bluebottle / Blowfly",
    "ts=06:12:40 level=info svc=estates trap=3 catch=Cockchafer,Millipede,Silkworm",
    "ward 4 infestation: Flea; Mite; Sandfly; Horsefly",
    "school project\tCaterpillar\tChrysalis\tCocoon\tLarva\tPupa",
    "14/09/2025, 11:02 - Estates: Lacewing and Damselfly boxes put up by the pond",
    "MENU: Prawn, Lobster, Crayfish, Mackerel, Sardine, Anchovy, Halibut",
    "fish counter\tPilchard\tSprat\tWhitebait\tTurbot\tPlaice\tFlounder",
    "ALLERGY: Clam; Conch; Abalone; Octopus; Squid; Cuttlefish",
    "aquarium board: Seahorse / Starfish / Urchin / Jellyfish / Goby / Blenny / Wrasse",
    "games cupboard,item,count\ngames cupboard,Backgammon,2\ngames cupboard,Draughts,3\ngames cupboard,Mahjong,1",
    "DAY ROOM: Bingo 2pm, Crossword and Sudoku 3pm, Cribbage and Whist 4pm",
    "playroom\tDollhouse\tMarionette\tPuppet\tTiddlywink\tPlasticine",
    "physio garden: Croquet, Quoits, Hoop, Stilts, Pogo, Trampoline",
    "ts=15:02:10 level=warn svc=play item=Trampoline status=closed reason=wet",
    "RECREATION: Snooker / Billiards / Pinball / Dartboard / Roulette wheel (props only)",
    "children's ward loans: Frisbee; Boomerang; Skateboard; Scooter; Unicycle",
    "quiz answers: Charades, Leapfrog, Piggyback, Cartwheel, Somersault, Handstand",
    "board games: Ludo / Parcheesi / Mancala / Dreidel / Tangram / Origami",
)

_THIRTIETH = H._Bank(
    THIRTIETH_HEADERS,
    THIRTIETH_FIRST,
    THIRTIETH_BODY,
    THIRTIETH_SIGNATURES,
    THIRTIETH_OPENERS,
    THIRTIETH_BODIES,
    THIRTIETH_CLOSINGS,
    THIRTIETH_LISTS,
    THIRTIETH_NEGATIVES,
)

THIRTIETH_LOCAL = {
    "chichewa": X._local(
        body=(
            "{Rt} {R.given} abwera mawa",
            "NOTE: {P.given} speaks Chichewa; {Rt} {R.given} interprets",
            "escort: {Rt} {R.given}",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Moni {R.given}, ", "Moni {Rt} {R.given}, "),
        closings=(" Zikomo kwambiri, {O.given}",),
    ),
    "bemba": X._local(
        body=(
            "NOTE: {P.given} speaks Bemba; {R.given} speaks English",
            "[SMS] Mwashibukeni {R.given}, {P.given} ali bwino",
        ),
        messages=("Mwashibukeni {R.given}, ",),
        closings=(" Natotela, {O.given}",),
    ),
    "venda": X._local(
        body=("NOTE: family in Thohoyandou, ask for {R.given}", "[SMS] Ndaa {R.given}, {P.given} o vuwa"),
        messages=("Ndaa {R.given}, ", "Aa {R.given}, "),
        closings=(" Ndo livhuwa, {O.given}",),
    ),
    "tsonga": X._local(
        body=(
            "{Rt} {R.given} u ta fika mundzuku",
            "NOTE: {P.given} speaks Xitsonga with {Rt} {R.given}",
            "visitor: {Rt} {R.given}",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Avuxeni {R.given}, ", "Avuxeni {Rt} {R.given}, "),
        closings=(" Inkomu, {O.given}",),
    ),
    "kiribati": X._local(
        body=(
            "{Rt} {R.given} will fly in from Tarawa",
            "[SMS] Mauri {R.given}, {P.given} e marurung",
            "escort: {Rt} {R.given}",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Mauri {R.given}, ", "Mauri {Rt} {R.given}, "),
        closings=(" Ko rabwa, {O.given}",),
    ),
    "tuvaluan": X._local(
        body=("NOTE: family on Funafuti, ask for {R.given}", "[SMS] Talofa {R.given}, {P.given} is awake"),
        messages=("Talofa {R.given}, ",),
        closings=(" Fakafetai, {O.given}",),
    ),
    "mauritian creole": X._local(
        body=(
            "{Rt} {R.given} pou vinn demin bonner",
            "[SMS] Bonzour {R.given}, {P.given} pe dormi",
            "visitor: {Rt} {R.given}",
        ),
        first=("kin: {Rt} {R.given}",),
        messages=("Bonzour {R.given}, ", "Bonzour {Rt} {R.given}, "),
        closings=(" Mersi boukou, {O.given}",),
    ),
    "niuean": X._local(
        body=("NOTE: family in Alofi, ask for {R.given}", "[SMS] Fakaalofa lahi atu {R.given}, {P.given} is home"),
        messages=("Fakaalofa lahi atu {R.given}, ",),
        closings=(" Fakaaue lahi, {O.given}",),
    ),
}

BANKS = {29: _TWENTY_NINTH, 30: _THIRTIETH}
LOCAL = {29: TWENTY_NINTH_LOCAL, 30: THIRTIETH_LOCAL}

STYLES = {
    29: "asthma review letters, stroke discharge summaries, fracture clinic letters, TB contact tracing notes, eye "
    "casualty notes, dermatology referral e-mails, school nurse letters, travel clinic notes, physiotherapy reports, "
    "swallow assessments, safeguarding minutes, out-of-hours call transcripts, PALS replies, new arrival health "
    "assessments, transfusion reaction reports, Sindhi, Balochi, Karakalpak, Luganda, Papiamento, Nuer, Kanuri and "
    "Comorian sentences",
    30: "one-line snippets: CSV rows with and without a heading, HL7 v2 IN1/GT1/OBX/TXA/MRG segments, tab-separated "
    "theatre lists, WhatsApp-style chat exports, key=value audit lines, pharmacy queue boards, label: value lines, "
    "slash lists, lower-case and ALL CAPS lines, Chichewa, Bemba, Venda, Tsonga, Kiribati, Tuvaluan, Mauritian "
    "Creole and Niuean sentences",
}

FIRST_RUNS = {
    29: "written in session 11 by another hand, after banks 27 and 28 were read; its first run, before its misses "
    "were read: recall 0.985, NAME precision 0.853 (the detector at the session's start: the same)",
    30: "written in session 11 by another hand, after banks 27 and 28 were read; its first run, before its misses "
    "were read: recall 0.867, NAME precision 0.917 (the detector at the session's start: 0.855, 0.916)",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    return E.local_templates(BANKS[bank], LOCAL[bank].get(language), title)


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word``, ``native script``, ``titled`` after a title of the banks'
    communities, bank 17's context classes, bank 20's snippet classes and bank 28's field classes."""
    return E.with_classes(sample, english, CULTURAL_TITLES, E._snippet_classes, N._field_classes)


_COMPOSE = {29: H.document, 30: S._snippets}
"""How each bank puts its templates together: bank 29 as sentences of prose, bank 30 a snippet a line (as 28)."""


def samples(bank_number: int, seed: int = 20261229, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (29 or 30) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    templates = partial(_templates, bank_number)
    return E.samples_of(s11b_pool(bank_number), rng, count, templates, _COMPOSE[bank_number], _with_own_classes)
