"""Banks 25 and 26: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-24 took nearly all of Faker's and Mimesis's person lists and, by hand, names of some sixty cultures (see
``names_unseen_sealed`` for the list up to bank 22, and Malayalam, Kannada, Assamese, Kinyarwanda, Akan, Hausa,
Dhivehi, Marshallese, Palauan, Romansh, Chuvash, Bashkir, Kalmyk, Ainu, Haitian Creole and Lingala for banks 23 and
24). These two take their names from ``data/closing10_names.txt``, written at the close of session 10 by a hand that
had read neither the detector nor the name lists of banks 1-24 (bar their English lists, read to choose other
words): bank 25 Javanese, Sundanese, Tetum, Ilocano, Mizo, Meitei (some in Meitei Mayek and Bengali script), Santali
(some in Ol Chiki) and Tulu; bank 26 Adyghe, Avar, Erzya and Udmurt (some in Cyrillic), Lezgin, Crimean Tatar, Gagauz
and Garifuna. About one person in four has instead an English name that is also an ordinary word (Mazurka,
Halberd, Haywain; Bobbin, Pangolin, Tureen), and the name-free documents use those same words as words. Every entry
sharing a part with the detector's shipped data, the hand-written held-out file or any entry of banks 4-24 is dropped
(``EARLIER``), and bank 26 drops bank 25's as well. Both banks are sealed: written before either was measured,
measured once at the end of session 10. Bank 25 is long-form documents, bank 26 short structured snippets.
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
from . import names_unseen_sealed as S

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    25: ("javanese", "sundanese", "tetum", "ilocano", "mizo", "meitei", "santali", "tulu", "english 25"),
    26: ("adyghe", "avar", "lezgin", "crimean tatar", "gagauz", "erzya", "udmurt", "garifuna", "english 26"),
}
"""Per bank, the languages of ``data/closing10_names.txt`` it draws; ``english 25`` and ``english 26`` are two lists
of English word-names, one per bank, both called ``english`` in the pool."""

EARLIER: tuple[tuple[Callable[[int], U.UnseenPool], int], ...] = (*S.EARLIER, (S.pool, 23), (S.pool, 24))
"""The banks after 19 whose drawn entries these banks drop, on top of what bank 20 dropped (the shipped data, the
hand-written set and banks 4-19): each a bank's pool function and number; a bank written later goes at the end."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


closing10_pool = E.written_pools(SOURCES, "closing10_names.txt", lambda: EARLIER)

pool = closing10_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


RELATIVE_TITLES = {
    "javanese": {"f": "Bu", "m": "Pak"},
    "sundanese": {"f": "Ceu", "m": "Mang"},
    "tetum": {"f": "Mana", "m": "Maun"},
    "ilocano": {"f": "Manang", "m": "Manong"},
    "mizo": {"f": "Pi", "m": "Pu"},
    "santali": {"f": "Ayo", "m": "Baba"},
    "tulu": {"f": "Appe", "m": "Amme"},
    "garifuna": {"f": "Tía", "m": "Tío"},
    "crimean tatar": {"f": "Ana", "m": "Aqay"},
}
"""What a language's sentences write before the name of a relative of either sex, where a sentence has ``{Rt}``
before ``{R.given}`` (``Bu Sumarni``, ``Manong Isidro``, ``Pu Lalduhoma``, ``Tío Cirilo``)."""

CULTURAL_TITLES = (
    "Raden",
    "Ibu",
    *sorted({t for titles in RELATIVE_TITLES.values() for t in titles.values()}),
)
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 25: written with bank 26 at the close of session 10, sealed until measured ---------------------------
# Dermatology photo-consent notes, bariatric pre-operative letters, dental trauma reports to a school, vaccine
# adverse-event narratives, child-protection medical reports, travel-insurance repatriation letters, prison release
# health summaries, hyperbaric oxygen treatment logs, low-vision assessments, mountain rescue handovers, cardiac
# rehabilitation letters, stammering therapy reports, radio medical advice to ships; sentences in Javanese,
# Sundanese, Tetum, Ilocano, Mizo, Meitei, Santali and Tulu.

TWENTY_FIFTH_HEADERS = (
    "DERMATOLOGY - CLINICAL PHOTOGRAPHY CONSENT\nPatient: {P.full}\nPhotographer: {O.full}\n\n",
    "Bariatric Surgery Service - pre-operative assessment letter\nRe: {P.full}, aged {age}\n\n",
    "Dental Hospital - report to school following dental trauma\nPupil: {P.full}\nParent/carer: {R.full}\n\n",
    "SUSPECTED ADVERSE EVENT FOLLOWING IMMUNISATION - narrative\nVaccinee: {P.INVERTED}\nReporter: {O.full}\n\n",
    "CHILD PROTECTION MEDICAL ASSESSMENT - CONFIDENTIAL\nChild: {P.full}\nSocial worker: {Q.full}\n\n",
    "Re: Medical repatriation - policyholder {P.full}\nAssistance coordinator: {O.full}\n\n",
    "HEALTHCARE IN CUSTODY - RELEASE SUMMARY\nName: {P.FULL}\nPrison GP: {C.title}\n\n",
    "Hyperbaric Medicine Unit - treatment record, dive {n}\nPatient: {P.full}\nChamber attendant: {Q.full}\n\n",
    "LOW VISION CLINIC\nClient: {P.middle}\nOptometrist: {O.full}\n\n",
    "MOUNTAIN RESCUE - CASUALTY HANDOVER\nCasualty: {P.given} (surname not known at scene)\nTeam leader: {Q.full}\n\n",
    "Cardiac Rehabilitation Programme - progress letter\nParticipant: {P.full}\n\n",
    "Speech and Language Therapy - fluency report\nClient: {P.full}\nTherapist: {O.full}, SLT\n\n",
    "RADIO MEDICAL ADVICE LOG\nVessel master: {Q.full}\nPatient (crew): {P.FULL}\n\n",
)

TWENTY_FIFTH_FIRST = (
    "{P.full} agreed to photographs of the rash on both forearms for the medical record only.",
    "Dear {C.title}, thank you for referring {P.full} for assessment before sleeve gastrectomy.",
    "{P.given} fell in the school playground on {date} and knocked out an upper front tooth.",
    "{P.full} developed a widespread urticarial rash 40 minutes after the second dose.",
    "{P.given} was brought to the assessment suite by {R.given}, {his} {rel}, at the request of {Q.full}.",
    "Dear {R.title}, we write about the return home of {P.full} after the fracture in Lisbon.",
    "{P.full} is released tomorrow; this summary goes to {his} community GP.",
    "{P.title} had the fourteenth hyperbaric session today for the radiation cystitis.",
    "{P.full} came to the low vision clinic with {R.given} and a bag of magnifiers.",
    "Casualty {P.given} slipped on the scree at about 15:20; {R.given} raised the alarm by phone.",
    "Dear {C.title}, {P.full} completed six of the eight weeks of the programme.",
    "{P.given} was seen with {R.given} for review of {his} stammer before the change of school.",
    "The master, {Q.full}, called at 03:10 ship's time about {P.given}, an able seaman with chest pain.",
    "handwritten on the consent form, copied in: {P.lower} ok for teaching use, not for publication.",
)

TWENTY_FIFTH_BODY = (
    "Photographs taken by {O.given}: six views, no face included; {P.given} saw each image before saving.",
    "{P.given} declined consent for the images to be used in the teaching library, and {O.given} noted it.",
    "Consent was explained to {P.given} in {his} own language by the interpreter, {Q.full}.",
    "{P.family} asked that the tattoo on the left shoulder not be photographed.",
    "Body mass index 47; {P.given} has lost 9 kg on the liquid diet supervised by {O.given}.",
    "{P.given} uses CPAP every night and brought the download, reviewed by {C.title}.",
    "The dietitian, {Q.full}, is satisfied that {P.given} understands the post-operative stages.",
    "{R.given} will stay with {P.given} for the first two weeks after surgery.",
    "Avulsed tooth 11 was replanted by {R.given} within 20 minutes and kept in milk on the way.",
    "Please let {P.given} sit out of contact sports until the splint comes off; {C.title} will review.",
    "The school nurse, {O.full}, gave first aid and called {R.full} at once.",
    "{P.given} may need soft food at lunch; {his} teacher {S.full} has been told.",
    "Onset 40 minutes after the dose; {P.given} was given oral antihistamine by {O.given}.",
    "No history of allergy; {R.given} says {P.given} had the first dose without any reaction.",
    "The batch number was checked by {O.given} and the report sent the same day.",
    "{P.family} was observed for two hours and went home with {R.full}.",
    "{P.given} told me in {R.given}'s absence that the bruises came from a fall off a bike.",
    "The pattern of bruising on the upper arms of {P.given} is not typical of accidental injury.",
    "{Q.given} and I agreed that {P.given} stays with {his} {rel}, {S.full}, tonight.",
    "{R.given} gave a history that changed twice during the interview, noted by {Q.given}.",
    "{P.given} is fit to fly on a stretcher with a medical escort, {O.given}, from the assistance company.",
    "The treating surgeon in Lisbon, {D.title}, agreed to release {P.given} on Thursday.",
    "{R.full} will meet the aircraft and travel with {P.given} in the ambulance.",
    "{P.title} takes methadone 60 mg daily; the first community dose is arranged at the pharmacy on Friday.",
    "{P.given} has a hepatitis C treatment course started in custody; {O.given} booked the follow-up.",
    "Naloxone kit given to {P.given}, and {R.given} was shown how to use it.",
    "{P.given} tolerated 2.4 ATA for 90 minutes; {Q.given} noted ear pain on descent, settled.",
    "Session stopped at minute 50 because {P.given} felt anxious; {C.title} reviewed and restarted.",
    "Visual acuity 6/60 in the better eye; {P.given} reads large print with a 4x stand magnifier.",
    "{P.given} would like to keep cooking; {O.given} marked the oven dial with tactile bumps.",
    "{R.given} reads the post aloud for {P.given} each morning.",
    "At the roadhead {P.given} had a GCS of 15 and an angulated left ankle; handed to paramedic {D.full}.",
    "{R.given} and {S.given} walked out with the team; {Q.given} carried the vacuum mattress.",
    "{P.given} walked 400 m in six minutes at the end of the programme and no longer gets angina.",
    "{P.family} has stopped smoking, supported by {O.given} from the quit service.",
    "{P.given}'s {rel}, {R.full}, joined the last two education sessions.",
    "Stammering is more severe on the telephone; {P.given} avoids saying {his} own name at the register.",
    "{P.given} used easy onset well in the clinic, and {R.given} will practise it at home.",
    "Advice by radio from {C.title}: aspirin 300 mg, oxygen, and divert to the nearest port.",
    "{Q.family} reported the pulse as 110 and irregular; {P.given} was pale and sweating.",
    "pt {P.given} says shes ok to be photgraphed but not her face, wrote {O.given}.",
    'Known to everyone on board as "{S.given}", {P.given} asked that the log use {his} real name.',
    "{P.family} {P.given} (family name first on the passport) was entered that way by {O.given}.",
    "Reviewed by {C.initial} with the images on the screen.",
)

TWENTY_FIFTH_SIGNATURES = (
    "\n\nClinical photographer: {O.full}\nDermatologist: {C.full}",
    "\n\nYours sincerely,\n\n{C.full}\nConsultant bariatric surgeon",
    "\n\nKind regards,\n{C.full}\nSpecialty dentist, paediatric dentistry",
    "\n\nReported by {O.full}, immunisation nurse",
    "\n\nExamining paediatrician: {C.full}\nPresent: {Q.full} (social worker)",
    "\n\nWith regards,\n{O.full}\nMedical assistance team",
    "\n\nHealthcare team, HMP: {O.full}",
    "\n-- {Q.given} (chamber attendant)",
    "\nDictated, not read: {C.initial}",
    "\n\n{O.full}\nSpecialist speech and language therapist",
    "",
)

TWENTY_FIFTH_OPENERS = (
    "Dear {P.title}, ",
    "To the school office, re {P.full}: ",
    "Message for {R.full}: ",
    "From the assistance desk ({O.full}): ",
    "Hello {R.given}, ",
    "To {Q.full}, safeguarding team: ",
    "Release planning for {P.full}: ",
    "Dear {C.title}, ",
)

TWENTY_FIFTH_BODIES = (
    "{P.given}'s photographs are stored in the record and will not be used for teaching.",
    "the pre-operative date for {P.full} is {date}; please stop the liquid diet the night before.",
    "the splint for {P.given} comes off in two weeks; {C.title} will see {P.given} then.",
    "the reaction of {P.given} has been reported, and {R.given} was given a copy.",
    "the medical report on {P.full} was sent to {Q.given} and the duty team.",
    "the flight for {P.given} is confirmed for Thursday, with {O.given} as escort.",
    "{P.given} leaves on Friday morning; {R.full} will collect {his} property bag at the gate.",
    "{P.given} asked whether {R.given} may sit in the waiting room during the next dive.",
)

TWENTY_FIFTH_CLOSINGS = (
    " Kind regards, {O.full}",
    " Yours, {C.full}",
    " - {Q.given}",
    " Best wishes from the rehab team",
    "",
)

TWENTY_FIFTH_LISTS = (
    "Photographed this session: {P.full}, {R.full}, {S.full} and {Q.full}.",
    "Present at the assessment: {R.full} ({rel}), {Q.full} (social worker) and {O.full}.",
    "Escorts on the flight: {O.full} and {D.full}.",
    "Copies to {C.title}, {D.title} and {O.full}.",
    "Dived today: {P.given} {P.family}; {R.given} {R.family}; {S.given} {S.family}.",
    "Rescue team: {Q.full}, {O.full}, {S.full}.",
    "Contacts on release: {R.full}, then {S.full}.",
)

TWENTY_FIFTH_NEGATIVES = (
    "The school Mazurka and Polka club was cancelled; a Minuet and a Gavotte were danced at the open day instead.",
    "Background music in the waiting room: a Nocturne, a Barcarolle and a Sarabande; the Bolero was too loud.",
    "The Tango, Rumba and Samba classes count towards the activity goals of cardiac rehab; the Fandango does not.",
    "A Tarantella and a Hornpipe at the ward party; the Quadrille needed eight dancers and had only six.",
    "The Overture, Prelude and Finale were played by the hospital orchestra; an Encore followed the Coda.",
    "The patient found the Pirouette and Arabesque of the ballet class hard after the sleeve surgery.",
    "Arietta and Cadenza exercises in singing helped with breath control in the fluency group.",
    "Photographs of the Halberd, Sabre and Rapier injuries are kept in the forensic teaching set.",
    "The museum's Claymore and Cutlass display fell on a visitor; Dirk wounds are rare in our series.",
    "Gauntlet and Visor worn at the re-enactment; a Flail swung into the face caused the dental trauma.",
    "The Portcullis gate at the castle trapped a hand; the Barbican steps were wet.",
    "Trebuchet and Catapult replicas at the school fair; a Crossbow bolt injury was reported to the police.",
    "Reveille at six in the cadet camp; Bugle and Fife practice was suspended during the measles outbreak.",
    "The Bayonet wound of the casualty was from an antique Musket; the Flintlock had no powder.",
    "Bivouac on the ridge; the Stockade hut was used as a casualty shelter; Muster point at the roadhead.",
    "Parade and Tattoo at the barracks; Taps was played at the memorial for the rescue volunteer.",
    "Haywain injuries from a runaway cart; the Pitchfork puncture was cleaned and tetanus given.",
    "Stubble burning smoke made the asthma worse; the Silo and Granary are dusty in August.",
    "Hayloft fall of 3 m; the Stile on the footpath was broken; Coppice work ended for the winter.",
    "Beehive stings at the Henhouse; the Dovecote in the yard is now empty.",
    "Fallow field next to the Pigsty; Cowshed slurry fumes blamed for the headache.",
    "The Ploughshare cut to the leg needed twelve sutures; the Yoke and Harrow are old.",
    "Wheelbarrow strain of the back; Mattock and Billhook injuries are common in hedge laying.",
    "Ragwort and Knapweed pulled by hand; Teasel and Dock in the verge; Furze on the hill.",
    "Sainfoin, Vetch, Trefoil and Lucerne in the hay; Fescue and Ryegrass pollen counts high.",
    "Marram grass on the dunes; Sedge by the water; Rushlight candles at the craft fair.",
    "The Threshold of the cardiac rehab gym is raised; Tillage and Harvest work resume after week eight.",
    "Sheepfold, Pinfold and Oxbow are the names of the three walking routes for the rehab group.",
    "Applecart Lane and Haycock Road are closed; use the Tithebarn entrance for the dental hospital.",
    "Grazier, Herdsman and Cowherd are listed as occupations exposed to zoonoses in the leaflet.",
)

_TWENTY_FIFTH = H._Bank(
    TWENTY_FIFTH_HEADERS,
    TWENTY_FIFTH_FIRST,
    TWENTY_FIFTH_BODY,
    TWENTY_FIFTH_SIGNATURES,
    TWENTY_FIFTH_OPENERS,
    TWENTY_FIFTH_BODIES,
    TWENTY_FIFTH_CLOSINGS,
    TWENTY_FIFTH_LISTS,
    TWENTY_FIFTH_NEGATIVES,
)

TWENTY_FIFTH_LOCAL = {
    "javanese": X._local(
        body=(
            "{Rt} {R.given} badhe rawuh mbenjing enjing.",
            "Raden {R.family} asked that the family in Yogyakarta be told before {P.given}.",
        ),
        messages=("Sugeng enjing {R.given}, ",),
        closings=(" Matur nuwun, {O.given}.",),
    ),
    "sundanese": X._local(
        body=("{Rt} {R.given} badé sumping énjing.", "{P.given} asked that {R.given} be phoned in Bandung."),
        messages=("Wilujeng énjing {R.given}, ",),
        closings=(" Hatur nuhun, {O.given}.",),
    ),
    "tetum": X._local(
        body=("{Rt} {R.given} sei mai aban dadeer.", "{P.given} asked for the letter to go to {R.full} in Dili."),
        messages=("Bondia {R.given}, ",),
        closings=(" Obrigadu barak, {O.given}.",),
    ),
    "ilocano": X._local(
        body=("{Rt} {R.given} ket umay inton bigat.", "{P.given} said {R.given} will fly in from Laoag."),
        messages=("Naimbag a bigat {R.given}, ",),
        closings=(" Agyamanak, {O.given}.",),
    ),
    "mizo": X._local(
        body=("{Rt} {R.given} chu naktuk zingah a lo kal ang.", "{P.given} asked that {Rt} {R.given} sign too."),
        messages=("Chibai {R.given}, ",),
        closings=(" Ka lawm e, {O.given}.",),
    ),
    "meitei": X._local(
        body=("{R.given} ꯍꯌꯦꯡ ꯂꯥꯛꯀꯅꯤ.", "{P.given} asked that {R.given} be called in Imphal before the result."),
        messages=("Khurumjari {R.given}, ",),
        closings=(" Thagatchari, {O.given}.",),
    ),
    "santali": X._local(
        body=("{Rt} {R.given} gapa hijuḱa.", "{P.given} asked for the form to be read aloud to {R.given} in Santali."),
        messages=("Johar {R.given}, ",),
        closings=(" Sarhao, {O.given}.",),
    ),
    "tulu": X._local(
        body=("{Rt} {R.given} elle barpe.", "{P.given} said the family in Udupi speaks Tulu with {R.given}."),
        messages=("Namaskara {R.given}, ",),
        closings=(" Solmelu, {O.given}.",),
    ),
}


# ---- bank 26: written with bank 25 at the close of session 10, sealed until measured ---------------------------
# Short structured snippets, one a line: HL7 v2 GT1/IN1/ORC/OBR/TXA segments, X12 270/271 and 837 name loops, DICOM
# requesting and performing physician tags, XML and YAML fragments, JSON log lines, e-mail From/To/Cc headers,
# Teams-style chat lines, queue boards, wristbands and specimen labels, SQL result rows, spreadsheet rows, form
# fields, rota lines; names in ALL CAPS and lower case, "Family, Given", middle initials, in quotes, after keys and
# in cells; sentences in Adyghe, Avar, Lezgin, Crimean Tatar, Gagauz, Erzya, Udmurt and Garifuna.

TWENTY_SIXTH_HEADERS = (
    "GT1|1||{R.family}^{R.given}||12 MILL ST^^LEEDS\nIN1|1|BCBS|||||||||||||{P.family}^{P.given}|01\n",
    "HL~\nNM1*PR*2*NORTH HEALTH PLAN~\nNM1*IL*1*{P.family}*{P.given}****MI*{n}44~\n",
    "(0032,1032) PN [{C.family}^{C.given}]\n(0008,1050) PN [{D.family}^{D.given}]\n",
    "<patient>\n<family>{P.family}</family>\n<given>{P.given}</given>\n</patient>\n",
    "patient:\n  name: {P.full}\n  contact: {R.full}\n",
    '["2025-04-11T06:02:17Z","info","checkin","{P.full}"]\n',
    "From: {O.full} <ward7@clinic.example>\nTo: {C.full} <on-call@clinic.example>\n",
    "[6:02 AM] {O.full}\nbay 4 handover done\n",
    "QUEUE  03  {P.FULL}  WAITING\nQUEUE  04  {R.FULL}  CALLED\n",
    "WRISTBAND: {P.INVERTED}  DOB {date}\n",
    "SPECIMEN  EDTA 4ml\n{P.FULL}\n",
    "id | patient | clinician\n---+---------+----------\n{n} | {P.full} | {C.full}\n",
    "Last name: {P.family}\nFirst name: {P.given}\n",
    "ROTA wk {n}: {O.full} (early), {Q.full} (late)\n",
    "ORC|NW|{n}551||||||||||{C.family}^{C.given}\n",
    "Cc: {R.full}; {S.full}\n",
)

TWENTY_SIXTH_FIRST = (
    "TXA|1|DS|TX|||||||{C.family}^{C.given}",
    "NM1*QC*1*{P.family}*{P.given}~",
    "<author>{C.full}</author>",
    "[7:15 AM] {O.full}: doors open",
    "To: {R.full}",
    "QUEUE 07  {P.FULL}",
    "clinician: {C.full}",
    "Guarantor name: {R.FULL}",
    "from: {O.lower}",
    "escort: {R.full} ({rel})",
)

TWENTY_SIXTH_BODY = (
    "GT1|1||{S.family}^{S.given}",
    "OBR|1|||CBC|||||||||||{C.family}^{C.given}",
    "NTE|2||spoke to {R.given}, will bring list of meds",
    "NM1*85*1*{C.family}*{C.given}****XX*{n}12~",
    "NM1*03*1*{R.family}*{R.given}~",
    "<contact>{R.full}</contact>",
    "  - {S.full}",
    "  interpreter: {Q.middle}",
    '"level":"warn","msg":"duplicate","name":"{P.lower}"',
    '"user":"{O.given}","action":"print_label"',
    "[7:22 AM] {R.given}: parking now",
    "[7:24 AM] {O.given}: {P.given} is in bay 4",
    "Cc: {Q.full}",
    "Subject: {P.family} - repatriation docs",
    "Subject: RE: {P.FULL} / consent",
    "| {P.full} | {O.full} | 10:40 |",
    "| bay {n} | {P.inverted} | {Q.given} |",
    "{n}7 | {R.full} | {O.full}",
    "{n}1,{P.family},{P.given},{O.given}",
    "{n}2,{S.family},{S.given},{rel}",
    "- [ ] phone {R.given} about the bus",
    "- [x] band checked ({O.given})",
    "Witnessed by: {O.full}",
    "Patient signature: ______ ({P.full})",
    "Next of kin: {R.FULL}",
    "Known as: {P.given}",
    "Referrer: {C.title}",
    "QUEUE 09  {S.FULL}  CALLED",
    "{P.given} / {R.given} / {S.given}",
    "Family name, given name: {S.inverted}",
    "2025-04-11 07:31 {O.given}: {P.family} to theatre",
    "> {C.full} wrote: fine to go",
    "{R.given} (brother-in-law) is driving",
    "{P.family}'s phone is charging at the desk",
)

TWENTY_SIXTH_SIGNATURES = (
    "\n</patient>",
    "\n-- {O.full}",
    "\nsent by {Q.lower}",
    "\nSigned: {C.full}",
    "\n{O.given}",
    "",
)

TWENTY_SIXTH_OPENERS = (
    "[6:55 AM] {O.full}: ",
    "PAGE 7712 {C.FULL}: ",
    "Subject: {P.family}, {P.given} - ",
    "To: {R.full}\nSubject: visiting\n\n",
    "From: {O.full}\n\n",
    "queue note ({O.full}): ",
    "re {P.lower}: ",
)

TWENTY_SIXTH_BODIES = (
    "{P.given} moved to bay {n}, visiting until 8",
    "please ring {R.given} about {P.family}'s lift home",
    "{P.FULL} TO DESK 3 PLEASE",
    "list moved, {C.title} running late",
    '"{P.given} wants the aisle seat" - {R.given}',
    "{S.given} and {R.given} are both on the visitors list",
    "band reprinted for {P.inverted}",
)

TWENTY_SIXTH_CLOSINGS = (" -{O.given}", " thanks {Q.given}", "", " ({O.full})", "\n\n{O.full}\nQueue desk")

TWENTY_SIXTH_LISTS = (
    "Visitors: {R.full}/{S.full}",
    "On call: {C.full}; {D.full}; {O.full}",
    "\n- {R.full}\n- {S.full}\n- {Q.full}",
    "\n| name | role |\n|---|---|\n| {O.full} | nurse |\n| {C.full} | doctor |",
    "bay,patient,nurse\n{n},{P.full},{O.full}\n{n}1,{R.full},{Q.full}",
    "<cc>{C.full}</cc>\n<cc>{D.full}</cc>",
    "GT1|1||{R.family}^{R.given}\nGT1|2||{S.family}^{S.given}",
    "names: {R.lower}, {S.lower}",
    "\n{R.FULL}\n{S.FULL}",
)

TWENTY_SIXTH_NEGATIVES = (
    "OBX|1|TX|ALLERGY||Mohair-free blanket; Batik and Madras dyes tested; Chambray gown allowed",
    "LINEN: Georgette, Crepe, Gabardine, Batiste and Organdie sent to the laundry",
    "fabric,allowed\nShantung,yes\nPongee,yes\nBombazine,no\nGrosgrain,yes\n",
    "patch test: Dimity; Nainsook; Marocain; Tussore",
    "| item | ward |\n|---|---|\n| Bobbin | OT |\n| Spindle | OT |\n| Distaff | OT |",
    "SUMMARY: Crochet, Tatting and Smocking group (occupational therapy)",
    "OT craft box: Quilt, Patchwork, Needlepoint, Embroidery, Sampler, Doily, Bodkin, Pincushion, Skein, Hank",
    "gown list: Pinafore / Bonnet / Shawl / Mantilla / Petticoat / Camisole / Chemise / Kimono / Cardigan",
    "ROOM: Aardvark Room, Armadillo Suite, Pangolin Lounge",
    "Paediatric bays: Tapir, Okapi, Gazelle, Impala, Kudu, Eland, Oryx, Ibex",
    "ZOONOSIS: Walrus, Narwhal, Manatee and Dugong handlers at the aquarium",
    "site,zone\nMarmoset Road,A\nLemur Street,B\nGibbon Lane,C\nBaboon Row,D\n",
    "bites: Mongoose, Meerkat, Wombat, Koala, Possum, Raccoon, Skunk",
    '"level":"info","msg":"pest control","species":["Weevil","Earwig","Silverfish","Woodlouse"]',
    "Subject: Beetle, Hornet and Wasp stings - summer poster",
    "- Scorpion antivenom: pharmacy\n- Tarantula exposure: poison line\n- Centipede bite: ED",
    "shellfish: Barnacle / Limpet / Whelk / Cockle / Mussel / Winkle / Scallop / Oyster",
    "OBX|2|TX|EXPOSURE||Gecko; Iguana; Chameleon; Salamander; Tortoise; Terrapin",
    "pet,count\nHamster,2\nGerbil,1\nChinchilla,3\nDormouse,1\n",
    "KITCHEN: Ladle, Skillet, Colander, Teapot, Saucer, Tumbler, Goblet, Flagon, Tankard",
    "<equipment>Cauldron</equipment><equipment>Churn</equipment><equipment>Trough</equipment>",
    "Ward rooms: Pantry, Larder, Scullery, Buttery",
    "| tray | item |\n|---|---|\n| 1 | Tureen |\n| 2 | Porringer |\n| 3 | Ramekin |\n| 4 | Cruet |",
    "lost property: Satchel, Knapsack, Pouch, Wallet, Purse, Hamper, Casket",
    "WARN lift.fault name=Viaduct floor=2; Aqueduct lab on 3",
    "route: Milestone / Signpost / Crossroads / Culvert / Sluice / Millrace / Towpath",
    "Footbridge Road depot; Lychgate House; Belfry Close",
    "Chancel, Transept, Crypt and Vestry: chaplaincy rooms",
    "- Sconce lights: 08:00\n- Candlestick check: 11:00\n- Lantern test: 15:00",
    "stores: Trivet, Griddle, Gridiron, Skewer, Spatula, Whisk, Sieve, Funnel, Pestle, Grater",
    "antiques unit: Mangle, Washboard, Flatiron, Coalscuttle, Warmingpan, Washstand, Dresser, Settle",
    "Inglenook Cafe / Mantelpiece Lounge / Sideboard Shop / Wardrobe Store",
)

_TWENTY_SIXTH = H._Bank(
    TWENTY_SIXTH_HEADERS,
    TWENTY_SIXTH_FIRST,
    TWENTY_SIXTH_BODY,
    TWENTY_SIXTH_SIGNATURES,
    TWENTY_SIXTH_OPENERS,
    TWENTY_SIXTH_BODIES,
    TWENTY_SIXTH_CLOSINGS,
    TWENTY_SIXTH_LISTS,
    TWENTY_SIXTH_NEGATIVES,
)

TWENTY_SIXTH_LOCAL = {
    "adyghe": X._local(
        body=("NOTE: {P.given} speaks Adyghe (адыгабзэ)",),
        messages=("Уимафэ шIу, {R.given}! ",),  # noqa: RUF001
        closings=(" Тхьауегъэпсэу, {O.given}",),
    ),
    "avar": X._local(
        body=("NOTE: {R.given} interprets Avar for {P.given}",),
        messages=("Ворчӏами, {R.given}! ",),
        closings=(" Баркала, {O.given}",),
    ),
    "lezgin": X._local(
        body=("NOTE: {P.given} prefers Lezgin; {R.given} can interpret",),
        messages=("Салам, {R.given}! ",),
        closings=(" Чухсагъул, {O.given}",),
    ),
    "crimean tatar": X._local(
        body=("{Rt} {R.given} yarın kelecek", "[SMS] Selâm {R.given}, {P.given} yaqşı"),  # noqa: RUF001
        messages=("Selâm {R.given}, ",),
        closings=(" Sağ ol, {O.given}",),
    ),
    "gagauz": X._local(
        body=("{R.given} yarın gelecek", "NOTE: {P.given} speaks Gagauz and Russian"),  # noqa: RUF001
        messages=("Merhaba {R.given}, ",),
        closings=(" Saa ol, {O.given}",),
    ),
    "erzya": X._local(
        body=("NOTE: {R.given} speaks Erzya with {P.given}",),
        messages=("Шумбратадо, {R.given}! ",),
        closings=(" Сюкпря, {O.given}",),
    ),
    "udmurt": X._local(
        body=("NOTE: {P.given} asked for an Udmurt speaker",),
        messages=("Ӟечбур, {R.given}! ",),
        closings=(" Тау, {O.given}",),  # noqa: RUF001
    ),
    "garifuna": X._local(
        body=("{Rt} {R.given} will come from Trujillo", "[SMS] Buiti binafi {R.given}, {P.given} is awake"),
        messages=("Buiti binafi {R.given}, ",),
        closings=(" Seremei, {O.given}",),
    ),
}

BANKS = {25: _TWENTY_FIFTH, 26: _TWENTY_SIXTH}
LOCAL = {25: TWENTY_FIFTH_LOCAL, 26: TWENTY_SIXTH_LOCAL}

STYLES = {
    25: "dermatology photography consent, bariatric pre-operative letters, dental trauma reports to schools, "
    "vaccine adverse-event narratives, child-protection medical reports, travel-insurance repatriation letters, "
    "prison release health summaries, hyperbaric oxygen logs, low-vision assessments, mountain rescue handovers, "
    "cardiac rehabilitation letters, stammering therapy reports, radio medical advice to ships, Javanese, "
    "Sundanese, Tetum, Ilocano, Mizo, Meitei, Santali and Tulu sentences",
    26: "one-line snippets: HL7 v2 GT1/IN1/ORC/OBR/TXA segments, X12 270/837 name loops, DICOM physician tags, XML "
    "and YAML fragments, JSON log lines, e-mail From/To/Cc headers, chat lines with times, queue boards, "
    "wristbands and specimen labels, SQL result rows, CSV rows, checklists, form fields, rota lines, Adyghe, Avar, "
    "Lezgin, Crimean Tatar, Gagauz, Erzya, Udmurt and Garifuna sentences",
}

FIRST_RUNS = {
    25: (
        "written in session 10 by another hand, sealed until the session's last round ended; its first run: recall "
        "0.977, NAME precision 0.895 (the detector at the session's start: 0.976, 0.880)"
    ),
    26: "its first run: recall 0.907, NAME precision 0.891 (the detector at the session's start: 0.893, 0.853)",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    return E.local_templates(BANKS[bank], LOCAL[bank].get(language), title)


def _field_classes(text: str, start: int, end: int) -> set[str]:
    """Bank 24's classes of machine formats (``delimited field``, ``attribute``), and a name between an XML element's
    tags (``<given>Name</given>``) as a delimited field too."""
    out = S._field_classes(text, start, end)
    if text[:start].endswith(">") and text[end:].startswith("</"):
        out.add("delimited field")
    return out


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word``, ``native script``, ``titled`` after a title of the banks'
    communities, bank 17's context classes, bank 20's snippet classes and ``_field_classes``."""
    return E.with_classes(sample, english, CULTURAL_TITLES, E._snippet_classes, _field_classes)


_COMPOSE = {25: H.document, 26: S._snippets}
"""How each bank puts its templates together: bank 25 as sentences of prose, bank 26 a snippet a line (as 24)."""


def samples(bank_number: int, seed: int = 20261225, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (25 or 26) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    templates = partial(_templates, bank_number)
    return E.samples_of(closing10_pool(bank_number), rng, count, templates, _COMPOSE[bank_number], _with_own_classes)
