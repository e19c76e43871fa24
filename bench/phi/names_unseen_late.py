"""Banks 11 and 12: the names of ``names_unseen.SOURCES[11]`` and ``[12]`` in phrasing no earlier bank used.

The pool code (locales, dropping every entry that shares a part with the shipped data or an earlier bank) is
``names_unseen``'s; this module holds only the templates. Bank 11 was written before any change of this session
and measured once; bank 12 is left unmeasured, to be the next bank nobody has scored.
"""

from __future__ import annotations

from . import names_heldout as H
from . import names_unseen as U

# ---- bank 11: written before any change of this session, measured once ---------------------------------------
# Prior-authorization letters, claims denials and appeals, care-coordination e-mails with forwarded chains, night
# shift notes by the clock, lab call logs, home-health visits, patient-portal secure messages, family meeting
# minutes, "spoke w/", "pt's <rel>", possessives, initials ("J. Kowalski"), preferred names, e-mail recipients in
# angle brackets, Russian, Brazilian Portuguese and French sentences.

ELEVENTH_HEADERS = (
    "PRIOR AUTHORIZATION REQUEST\nMember: {P.full}   DOB: {date}\nRequesting provider: {C.title}\n\n",
    "RE: Claim denial - member {P.INVERTED}\nTo whom it may concern,\n\n",
    "---------- Forwarded message ---------\nFrom: {O.full}\nTo: {Q.full}\n"
    "Subject: FW: discharge plan for {P.given} {P.family}\n\n",
    "Night shift 19:00-07:00 - {P.full}\n",
    "HOME HEALTH SKILLED NURSING VISIT\nPatient: {P.full}   Clinician: {O.full}, RN\n\n",
    "Secure message from {P.full} to {C.title}\nSubject: side effects?\n\n",
    "FAMILY MEETING MINUTES ({date})\nPresent: {R.full}, {S.full}, {C.title}\n\n",
    "Lab call 14:20 - micro: GPC in clusters, 1 of 2 bottles, {P.INVERTED}\n",
    "Appeal of adverse benefit determination\nEnrollee: {P.full}\nClaim date of service: {date}\n\n",
)

ELEVENTH_FIRST = (
    "We are requesting coverage of adalimumab for {P.full}, who has failed two conventional agents.",
    "Spoke w/ {P.given} {P.family} this am re: the denied MRI claim.",
    "Pt's {rel} {R.given} called at 08:40 to report a fall overnight.",
    "{P.full} was seen at home today for wound care and med teaching.",
    "{P.initial} was reviewed on the post-take round; plan unchanged.",
    "Пациентка {P.full} жалуется на слабость и одышку.",
    "A paciente {P.full} relata falta de ar há três dias.",
    "{P.given} {P.family} has been on the waitlist for the transplant clinic since spring.",
    "Mme {P.family} se plaint de douleurs abdominales depuis la veille.",
)

ELEVENTH_BODY = (
    "22:10 {P.given} restless, pulling at lines; sitter {O.given} at bedside.",
    "02:45 reoriented {P.given} x2, slept after.",
    "05:30 AM labs drawn by {Q.given}; {P.given} tolerated well.",
    "Spoke w/ {R.given} by phone, who will bring {P.given}'s CPAP tonight.",
    "Pt's {rel} {R.given} asks to be called with any change overnight.",
    "The denial cites lack of medical necessity; {C.family}'s notes document two failed trials.",
    "{C.title} spoke peer-to-peer with the plan's medical director on {date}.",
    "Claim resubmitted by {Q.full} with modifier 25.",
    "Troponin 0.09 phoned through, read back by {O.given} {O.family}.",
    "Micro called w/ positive blood cx; {C.given} notified, cefazolin started.",
    "{O.given}, can you confirm {P.family}'s insurance is active before the visit?",
    "Home safety: {P.given} uses a walker indoors; throw rugs removed by {S.given}.",
    "Taught {P.given} and {R.given} to flush the PICC; return demo good.",
    "{R.given} wants to know if {P.given}'s Medicare covers the shower chair.",
    "Decision: {S.given} will be the point of contact and {R.given} agrees.",
    "Minutes taken by {Q.full}.",
    "{P.given} asked for {C.given} {C.family} to stay on as PCP.",
    "Family agreed {P.given} goes to {S.given}'s house after rehab.",
    "{C.title}'s office faxed the chart notes on {date}.",
    "{P.initial} seen again; wound edges approximated, no erythema.",
    "Case manager {O.full} arranged a Hoyer lift through the DME vendor.",
    "{R.given} приходит каждый вечер после работы.",
    "{R.given} vai buscar os remédios na farmácia amanhã.",
    "Prefers to be called {P.given} rather than {P.honorific}.",
    "Reauthorization due by {date}; {O.given} set a reminder.",
    "Per {C.given}, hold the 21:00 heparin if the platelets are under 100.",
    "Le fils de la patiente, {S.given}, reste joignable au {phone}.",
    "Med list confirmed w/ {P.given} and pill organizer refilled for the week.",
)

ELEVENTH_SIGNATURES = (
    "\n\nSincerely,\n{C.full}, MD\nMedical Director, Rheumatology\n",
    "\nAppeal prepared by {Q.full}, Revenue Cycle\n",
    "\n{O.given} {O.family} RN BSN | Home Health\n",
    "\nThanks!\n{O.given}\n\nFrom: {Q.full}\nSent: Tuesday 16:02\nSubject: RE: {P.family} DME\n",
    "\nSent from my iPhone\n",
    "",
)

ELEVENTH_MESSAGES = (
    "Hello {C.title}, this is {P.given}. The new pills make me dizzy, should I stop?",
    "FW: FW: {P.full} - hospice referral\n\n{O.given}, see below.",
    "Hi, I'm {R.given}, {P.given}'s {rel}. Can I get access to the portal?",
    "Your claim for {P.full} dated {date} was denied: service not covered under the plan.",
    "{C.given} - lab called w/ {P.family}'s INR, 4.8.",
    "Message to {P.given}: your prior authorization for the CT was approved.",
    "Здравствуйте! Это {P.given} {P.family}, по поводу анализов.",
    "Bonjour, je suis {R.given}, je vous écris pour {P.given}.",
)

ELEVENTH_BODIES = (
    " {R.given} can bring the forms Monday.",
    " Please reply to {O.given} directly.",
    " Obrigada, {P.given}.",
    " Can {S.given} come to the next visit?",
    "",
)

ELEVENTH_CLOSINGS = (
    "\n\nRespectfully,\n{P.given} {P.family}",
    "\n-- \n{O.full} | Care Coordinator",
    "\n(sent on behalf of {P.given} by {R.given})",
    "\n-- Спасибо, {R.given}",
    "",
)

ELEVENTH_LISTS = (
    "Action items: 1. {O.given} - order hospital bed. 2. {S.given} - call the pharmacy. "
    "3. {C.title} - update POLST.",
    "cc: {O.full}; {Q.full}; file",
    "Household: {P.given} ({age}), {R.given} ({rel}), {S.given} (grandson)",
    "Recipients: {R.full} <family>, {O.full} <case mgmt>, {C.full} <PCP>",
    "Staff on shift: {O.given} {O.family} (charge), {Q.given} {Q.family} (float)",
)

ELEVENTH_NEGATIVES = (
    "Prior authorization for Humira denied; Enbrel is on formulary.",
    "Claim denied under CARC 50; appeal window 180 days.",
    "Hoyer lift and Drive Medical shower chair delivered Wednesday.",
    "Micro called: Staph aureus in 1 of 2 bottles.",
    "Heparin drip per Weight-Based Nomogram; PTT due at 14:00.",
    "Optum Rx requires step therapy through Trulicity first.",
    "Spends half the year in Kraków.",
    "Flew home from São Paulo on Friday.",
    "PICC flushed with Normal Saline; BioPatch changed.",
    "Secure Chat is down until Monday.",
    "Telemetry Unit full; boarding in PACU.",
    "Blue Cross Blue Shield of Texas, Member Services.",
    "Peer-to-peer scheduled for Thursday at 13:30.",
    "Relatives arriving from Seoul and Riyadh in August.",
    "Keflex completed; Augmentin started.",
    "OASIS start-of-care assessment completed.",
    "Norton scale 12; Waterlow 15.",
    "Medicaid Managed Care denied the Omnipod.",
)

_ELEVENTH = H._Bank(
    ELEVENTH_HEADERS,
    ELEVENTH_FIRST,
    ELEVENTH_BODY,
    ELEVENTH_SIGNATURES,
    ELEVENTH_MESSAGES,
    ELEVENTH_BODIES,
    ELEVENTH_CLOSINGS,
    ELEVENTH_LISTS,
    ELEVENTH_NEGATIVES,
)

# ---- bank 12: written with bank 11, left unmeasured -----------------------------------------------------------
# Operative notes, anaesthesia records, hospice visits, interpreter-assisted visits, school health-office
# letters, occupational health clearances, insurance member correspondence, names in parentheses and square
# brackets, names opening a line, ALL-CAPS headers with names, lists split by slashes and semicolons, names
# followed by ages and dates, sign-off blocks, sentences in Polish, Dutch and Vietnamese.

TWELFTH_HEADERS = (
    "OPERATIVE REPORT\nSURGEON: {C.FULL}\nASSISTANT: {D.full}\nPATIENT: {P.FULL}\n\n",
    "ANESTHESIA RECORD - {P.INVERTED} - ASA II\n",
    "HOSPICE NURSE VISIT\n{P.full} ({age}) - comfort care, day 12\n",
    "[Interpreter {O.full} present by video]\n",
    "Dear parent/guardian of {P.full},\n\n",
    "OCCUPATIONAL HEALTH CLEARANCE\nEmployee: {P.full}   Supervisor: {R.full}\n\n",
    "Member correspondence\nDear {P.honorific},\n\n",
    "{P.full} / {date} / pre-op holding\n",
    "Verslag: {P.full}, {age} jaar\n",
)

TWELFTH_FIRST = (
    "{P.full} ({age}) was brought to theatre and placed supine.",
    "Induction uneventful; {P.given} intubated by {O.given} on the first pass.",
    "Bệnh nhân {P.full} được đưa vào phòng mổ lúc 08:00.",
    "Pacjent {P.full} przyjęty na oddział z bólem brzucha.",
    "Patiënt {P.full} meldt zich met buikpijn sinds maandag.",
    "Your child, {P.given} {P.family}, was seen in the health office today.",
    "{P.INVERTED} [{age}y] seen for a pre-placement exam.",
    "With {O.given} {O.family} interpreting, {P.given} described the pain as burning.",
)

TWELFTH_BODY = (
    "Time-out performed with {C.family}, {D.family} and {O.given} (circulator).",
    "Surgeon: {C.full}; assist: {D.full}; scrub: {Q.given}.",
    "EBL 150 ml; specimen to pathology labelled {P.INVERTED}.",
    "Anaesthetist {O.full} placed a 20G cannula in the left hand.",
    "09:42 [{O.given}] propofol 150 mg, rocuronium 50 mg.",
    "{P.given} extubated awake and taken to recovery by {Q.given}.",
    "Hospice aide ({Q.full}) bathed {P.given} this morning.",
    "{P.given} is comfortable; {R.given} and {S.given} at the bedside, sharing memories.",
    "[{R.given}, {rel}]: hasn't eaten anything since yesterday.",
    "Interpreter ({O.given} {O.family}) stayed for the whole visit; teach-back done.",
    "{P.given} says through the interpreter that the pain is worse at night.",
    "Please return the signed form with {P.given} by Friday.",
    "{P.given} may return to PE once cleared by {C.title}.",
    "Cleared for work without restrictions; supervisor {R.full} notified.",
    "Fit test passed; {P.family} may use the N95 on the ward.",
    "Your appeal for {P.full} was received on {date}.",
    "Member {P.full} (ID on file) is eligible through {date}.",
    "{S.given} (guardian) signed the consent at 10:20.",
    "De dochter, {R.given}, is aanwezig bij het gesprek.",
    "Córka {R.given} zostaje z pacjentem na noc.",
    "Con gái {R.given} ở lại với bệnh nhân.",
    "{C.full} / {D.full} / {O.full} signed the count sheet.",
    "NOTE TO {C.FULL}: PLEASE CO-SIGN.",
    "{P.full}, 14 y, allergic to peanuts; auto-injector kept in the office.",
    "{O.given} relieved {Q.given} at 15:00 for the second half of the case.",
    "Death pronounced at 03:15 by {O.full}; {R.given} ({rel}) present.",
    "{R.given} (b. {date}) listed as a dependant on the policy.",
)

TWELFTH_SIGNATURES = (
    "\n\n___________________\n{C.full}, MD, FACS\nDictated {date}, transcribed by {Q.given}\n",
    "\nCRNA: {O.full}\n",
    "\nWarm regards,\n\n{Q.full}\nSchool Nurse\n",
    "\nMember Services | {O.given}\n",
    "\nMet vriendelijke groet,\n{O.full}\n",
    "",
)

TWELFTH_MESSAGES = (
    "Dear {P.given} {P.family}, we received your request for a replacement ID card.",
    "To: {C.FULL}\nFrom: OR scheduling\n{P.full} booked for lap chole on {date}.",
    "[{O.given}] hospice on-call: {P.given} died peacefully at 03:15, family present.",
    "Beste {P.given}, uw afspraak is verzet naar dinsdag.",
    "Chào {P.given}, kết quả xét nghiệm của bạn bình thường.",
    "Occ health: {P.full} cleared to return Monday (light duty).",
    "Hi {R.given}, {P.given} came to the nurse's office today with a headache.",
)

TWELFTH_BODIES = (
    " Questions: ask for {O.given}.",
    " {R.given} ({rel}) informed.",
    " Dziękuję, {O.given}.",
    " Bring {P.given}'s inhaler back on Monday.",
    "",
)

TWELFTH_CLOSINGS = (
    "\n\n{O.FULL}\nMEMBER ADVOCATE",
    "\n/{Q.given}",
    "\n(signed) {C.full}",
    "\nGroetjes, {R.given}",
    "",
)

TWELFTH_LISTS = (
    "Team: {C.family}/{D.family}/{O.given}",
    "Present: {R.full}; {S.full}; {O.full} (interpreter)",
    "Students seen today:\n{P.full} (grade 4)\n{R.full} (grade 2)",
    "Count verified by: {O.given} {O.family} [RN] and {Q.given} {Q.family} [ST]",
    "Dependants: {R.given} {P.family} ({date}); {S.given} {P.family} ({date})",
)

TWELFTH_NEGATIVES = (
    "Laparoscopic cholecystectomy; Veress needle entry at Palmer's point.",
    "Bair Hugger on; Sevoflurane 2%; Sugammadex for reversal.",
    "Mallampati II; Cormack-Lehane grade 1.",
    "Pfannenstiel incision closed with Monocryl.",
    "Reverse Trendelenburg for the case.",
    "Hospice Medicare Benefit election signed.",
    "Roxanol 5 mg q2h PRN; Haldol for agitation.",
    "Language Line used for Vietnamese; Dutch interpreter unavailable.",
    "EpiPen Jr and Albuterol kept in the Health Office.",
    "Tdap and MMR up to date; Mantoux negative.",
    "Fit-tested for the 3M 1870+ and the Halyard N95.",
    "UnitedHealthcare Community Plan, Explanation of Benefits enclosed.",
    "Surgery moved to Tuesday; Holding Area at 06:30.",
    "Family lives in Rotterdam; travelling from Hanoi in October.",
    "Recovery in PACU Bay 4; Aldrete score 9.",
    "Occupational Health Clinic closed on Good Friday.",
)

_TWELFTH = H._Bank(
    TWELFTH_HEADERS,
    TWELFTH_FIRST,
    TWELFTH_BODY,
    TWELFTH_SIGNATURES,
    TWELFTH_MESSAGES,
    TWELFTH_BODIES,
    TWELFTH_CLOSINGS,
    TWELFTH_LISTS,
    TWELFTH_NEGATIVES,
)

BANKS = {11: _ELEVENTH, 12: _TWELFTH}

STYLES = {
    11: "prior authorizations, claims denials and appeals, forwarded care-coordination e-mails, night shift notes, "
    "lab call logs, home health, portal secure messages, family meeting minutes, initials, preferred names, "
    "Russian, Brazilian Portuguese and French sentences",
    12: "operative notes, anaesthesia records, hospice, interpreter-assisted visits, school health office, "
    "occupational health, member correspondence, names in brackets, ALL-CAPS headers, slash and semicolon lists, "
    "sign-off blocks, Polish, Dutch and Vietnamese sentences",
}

FIRST_RUNS = {
    11: "written before any change of session 8, its first run: recall 0.968, NAME precision 0.873",
    12: "written with bank 11 by another hand and left unmeasured while session 8 changed the detector on bank 11's "
    "misses; its first run, after those changes: recall 0.915, NAME precision 0.930",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


pool = U.unseen_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


def samples(bank_number: int, seed: int = 20261130, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (11 or 12) with names from its own locales."""
    return U.draw(bank_number, BANKS[bank_number], seed, count)
