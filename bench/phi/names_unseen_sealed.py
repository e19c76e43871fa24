"""Banks 23 and 24: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-20 took nearly all of Faker's and Mimesis's person lists and, by hand, Pacific, Khmer, Mongolian, African,
Albanian, Basque, Welsh, Catalan, Maltese, Kurdish, Native American, Inuit, Sámi, Gaelic, Yiddish, Hmong, Lao, Uzbek,
Tatar, Uyghur, Pashto, Wolof, Quechua, Faroese, Breton, Kabyle, Bosnian, Chechen, Afrikaans, Sotho-Tswana, Mapuche,
Tibetan, Sardinian, Kyrgyz, Galician, Frisian, Ossetian, Turkmen, Tajik, Fula, Yolŋu and Cajun names. These two take
their names from ``data/sealed_names.txt``, written in session 10 by a hand that had read neither the detector nor
the name lists of banks 1-20 (bar their English lists, read to choose other words): bank 23 Malayalam (some in
Malayalam script), Kannada, Assamese, Kinyarwanda, Akan, Hausa, Dhivehi (some in Thaana) and Marshallese; bank 24
Palauan, Romansh, Chuvash and Bashkir (some in Cyrillic), Kalmyk, Ainu, Haitian Creole and Lingala. About one person
in four has instead an English name that is also an ordinary word (Speedwell, Tungsten, Cordwainer; Meringue,
Bowsprit, Stevedore), and the name-free documents use those same words as words. Every entry sharing a part with
the detector's shipped data, the hand-written held-out file or any entry of banks 4-22 is dropped (``EARLIER``), and
bank 24 drops bank 23's as well. Both banks are sealed: written before either was measured, measured once at the
end of session 10. Bank 23 is long-form documents, bank 24 short structured snippets.
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
from . import names_unseen_latest as W

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    23: ("malayalam", "kannada", "assamese", "kinyarwanda", "akan", "hausa", "dhivehi", "marshallese", "english 23"),
    24: ("palauan", "romansh", "chuvash", "bashkir", "kalmyk", "ainu", "haitian", "lingala", "english 24"),
}
"""Per bank, the languages of ``data/sealed_names.txt`` it draws; ``english 23`` and ``english 24`` are two lists
of English word-names, one per bank, both called ``english`` in the pool."""

EARLIER: tuple[tuple[Callable[[int], U.UnseenPool], int], ...] = ((E.ending_pool, 20), (W.pool, 21), (W.pool, 22))
"""The banks after 19 whose drawn entries these banks drop, on top of what bank 20 dropped (the shipped data, the
hand-written set and banks 4-19): each a bank's pool function and number; a bank written later goes at the end."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


sealed_pool = E.written_pools(SOURCES, "sealed_names.txt", lambda: EARLIER)

pool = sealed_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


RELATIVE_TITLES = {
    "malayalam": {"f": "Smt.", "m": "Sri"},
    "akan": {"f": "Maame", "m": "Agya"},
    "hausa": {"f": "Hajiya", "m": "Alhaji"},
    "marshallese": {"f": "Leroij", "m": "Iroij"},
    "palauan": {"f": "Mechas", "m": "Rubak"},
    "romansh": {"f": "Dunna", "m": "Signur"},
    "ainu": {"f": "Huchi", "m": "Ekashi"},
    "haitian": {"f": "Tant", "m": "Tonton"},
    "lingala": {"f": "Mama", "m": "Papa"},
}
"""What a language's sentences write before the name of a relative of either sex, where a sentence has ``{Rt}``
before ``{R.given}`` (``Hajiya Hadiza``, ``Rubak Ngiraked``, ``Tonton Wilner``, ``Mama Ngalula``)."""

CULTURAL_TITLES = (
    "Opanyin",
    "Malam",
    *sorted({t for titles in RELATIVE_TITLES.values() for t in titles.values()}),
)
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 23: written with bank 24 in session 10, sealed until measured ----------------------------------------
# Occupational health surveillance, veterans' disability claims, transplant waiting-list letters, home-birth midwife
# notes, coroner referrals, insurance appeal letters, clinical trial screening, genetic counselling letters, IVF
# cycle notes, poison centre calls, oral food challenges, fitness-to-drive reviews, lactation visits, wheelchair
# seating clinics; sentences in Malayalam, Kannada, Assamese, Kinyarwanda, Twi, Hausa, Dhivehi and Marshallese.

TWENTY_THIRD_HEADERS = (
    "OCCUPATIONAL HEALTH SURVEILLANCE - annual audiometry and spirometry\nEmployee: {P.full}\nSite nurse: {O.full}\n\n",
    "Department of Veterans Affairs - independent medical opinion\nVeteran: {P.INVERTED}\nExaminer: {C.title}\n\n",
    "Transplant Centre - waiting list status letter\nRecipient: {P.full}\nCoordinator: {O.full}, RN\n\n",
    "HOME BIRTH RECORD\nMother: {P.full}\nBirth partner: {R.full} ({rel})\nSecond midwife: {Q.full}\n\n",
    "Referral to HM Coroner\nDeceased: {P.full}, aged {age}\nInformant: {R.full}\nReferring doctor: {C.title}\n\n",
    "Re: Appeal of denied claim - member {P.full}\nTo the Appeals Unit\n\n",
    "CLINICAL TRIAL PRE-SCREENING LOG, study {n}\nCandidate: {P.middle}\nResearch nurse: {O.full}\n\n",
    "Genetic counselling clinic letter\nPatient: {P.full}\nCounsellor: {Q.full}, MSc\n\n",
    "FERTILITY UNIT - stimulation cycle {n}\nPatient: {P.full}   Partner: {R.full}\n\n",
    "POISON INFORMATION CENTRE - call record\nCaller: {R.full} ({rel})\nExposed person: {P.given}, age {n}\n\n",
    "Allergy day unit - oral food challenge (baked egg)\nChild: {P.full}\nParent present: {R.given}\n\n",
    "Medical review of fitness to drive\nLicence holder: {P.FULL}\n\n",
    "Lactation consultant home visit\nMother: {P.full}   Baby: {S.given}\n\n",
    "WHEELCHAIR AND SEATING CLINIC\nClient: {P.full}\nTherapist: {O.full}   Engineer: {Q.full}\n\n",
)

TWENTY_THIRD_FIRST = (
    "{P.full} attended for the annual noise and dust surveillance required by the employer.",
    "I have reviewed the service treatment records of {P.full} at the request of {his} representative.",
    "Dear {P.title}, we are writing to confirm that you remain active on the kidney waiting list.",
    "Called to the home of {P.full} at 02:40; {R.given} met me at the door.",
    "I am referring the death of {P.full} to the coroner because the cause is not known.",
    "I write on behalf of my patient, {P.full}, to appeal the denial of coverage for {his} infusion.",
    "{P.given} {P.family} was pre-screened for the study by phone and in clinic.",
    "Thank you for coming to the genetics clinic with your {rel}, {R.given}.",
    "The poison centre took a call from {R.full} about {P.given}, who swallowed some tablets.",
    "{P.given} came to the day unit with {R.given} for the baked egg challenge.",
    "{P.title} was referred by the licensing agency after a seizure in the spring.",
    "Visited {P.full} on day {n} after the birth; {S.given} was feeding at the breast.",
    "{P.full} came to the seating clinic in a borrowed chair with {R.given}.",
    "pocket notes, typed up after the birth: {P.lower}, second baby, 6 cm at 01:10.",
)

TWENTY_THIRD_BODY = (
    "Audiogram shows a 4 kHz notch on the left; {P.given} admits to removing the ear defenders on the press line.",
    "Spirometry within normal limits; {P.given} was fit-tested for the new half mask by {O.given}.",
    "Blood lead 0.9 micromol/L; {P.family} stays in the smelting area with a repeat in three months.",
    "Manager {Q.full} has been told only that {P.given} is fit with restrictions, not the diagnosis.",
    "It is at least as likely as not that the tinnitus of {P.title} began during service.",
    "The discharge examination of {P.given} notes the knee injury; the claim is supported by {R.full}'s statement.",
    "{P.family} served two tours; {his} {rel}, {R.given}, describes the nightmares since then.",
    "Your waiting time counts from {date}; {C.title} reviews the list every three months.",
    "If your phone number changes, tell {O.given} at once, because offers come at night.",
    "{R.full} is listed as your living-donor contact; the work-up for {R.given} continues.",
    "Labour established at 01:10; {P.given} used the pool and {R.given} kept the notes of the contractions.",
    "Baby {S.given} born at 04:52, cried at once; second midwife {Q.given} arrived at 04:30.",
    "Physiological third stage; {P.given} lost about 300 ml and the placenta was complete.",
    "Informant {R.full} found {P.given} in bed at 07:00; last seen well by {S.given} the night before.",
    "{P.given} had not seen a doctor in the last month, so no certificate can be issued by {C.title}.",
    "The coroner's officer, {Q.full}, asked for the medical records and the list of medicines.",
    "The plan denied the infusion for {P.given} as not medically necessary; the reviewer was {D.full}.",
    "{P.title} has failed two biologics, which the letter of denial does not mention.",
    "Please direct questions about {P.given}'s appeal to {O.full} in the practice office.",
    "{P.given} meets inclusion criteria 1 to 4; exclusion 7 (prior anthracycline) needs checking by {C.title}.",
    "Consent discussion held with {P.given} and {R.given}; {P.given} asked for a week to decide.",
    "{P.family} was not eligible: eGFR below the threshold; {O.given} logged the reason.",
    "Your {rel}, {R.given}, carries the same BRCA2 variant, so {P.given} was offered testing.",
    "We drew the family tree with {P.given}: two aunts on the side of {R.given} had ovarian cancer.",
    "Day {n} scan: nine follicles; {P.given} will trigger tonight at 21:30 as {C.title} advised.",
    "Egg collection booked for {P.given}; {R.given} to bring the sample by eight.",
    "{R.given} says {P.given} may have taken up to six of the iron tablets at about noon.",
    "Advice given to {R.given}: go to the emergency department, take the packet; the centre's nurse was {O.given}.",
    "{P.given} ate the muffin in six steps and had hives after the fifth; cetirizine given by {O.given}.",
    "Challenge negative; {P.given} can eat baked egg at home, and {R.given} has the written plan.",
    "{P.given} has been seizure-free for {n} months on lamotrigine; {his} {rel} confirms there were no absences.",
    "{P.family} drives a taxi; the higher licence stays suspended, advised {C.title}.",
    "Latch improved with the laid-back position; {P.given} fed {S.given} twice during the visit.",
    "{R.given} gives the night bottle of expressed milk so that {P.given} can sleep.",
    "Pressure mapping showed peak load under the left ischium; {Q.given} fitted a new cushion.",
    "{P.given} propels the chair with the right arm only; {O.given} trialled a one-arm drive.",
    "{P.given}'s {rel} {R.full} asked whether the old chair can go back to the store.",
    "pt {P.given} c/o ringing in both ears sinse the shift change, worse at nite.",
    'Known as "{S.given}" at work, {P.given} asked that letters use {his} given name.',
    "Eligibility re-checked by {C.initial} with the protocol open.",
    "{P.family} {P.given} (family name first on the passport) was registered that way by {O.given}.",
)

TWENTY_THIRD_SIGNATURES = (
    "\n\nOccupational health nurse: {O.full}\nOccupational physician: {C.full}",
    "\n\nRespectfully submitted,\n{C.full}, MD\nIndependent medical examiner",
    "\n\nWith kind regards,\n{O.full}\nTransplant coordinator",
    "\n\nMidwives: {O.full}, {Q.full}",
    "\n\nReferring doctor: {C.full}\nCoroner's officer: {Q.full}",
    "\n\nSincerely,\n\n{C.full}, MD",
    "\n-- {O.given} (research nurse)",
    "\nDictated, not read: {C.initial}",
    "\nYours sincerely,\n{Q.full}\nGenetic counsellor",
    "",
)

TWENTY_THIRD_OPENERS = (
    "Dear {P.title}, ",
    "To the veterans' service officer, re {P.full}: ",
    "Message for {R.full}: ",
    "From the transplant office ({O.full}): ",
    "Hello {R.given}, ",
    "To the coroner's officer, {Q.full}: ",
    "Appeal follow-up for {P.full}: ",
    "Dear {C.title}, ",
)

TWENTY_THIRD_BODIES = (
    "{P.given}'s hearing test shows a change from last year and we would like to repeat it.",
    "the nexus opinion for {P.full} is attached, with {R.given}'s statement.",
    "you have been suspended from the list while the infection is treated; {C.title} will review {P.given} again.",
    "the birth notes for {S.given} are in the blue folder that {O.given} left.",
    "the family of {P.full} has asked for the body to be released before Friday.",
    "the second-level appeal for {P.given} was filed on {date}.",
    "{P.given} would like to join the study and asked {R.given} to come to the consent visit.",
    "{P.given}'s result was negative for the familial variant; the letter went to {R.full} as well.",
)

TWENTY_THIRD_CLOSINGS = (
    " Kind regards, {O.full}",
    " Yours, {C.full}",
    " - {Q.given}",
    " Best wishes from the seating team",
    "",
)

TWENTY_THIRD_LISTS = (
    "Surveillance list for this week: {P.full}, {R.full}, {S.full} and {Q.full}.",
    "Present at the birth: {R.full} ({rel}), midwives {O.full} and {Q.full}.",
    "Statements enclosed from {R.full} ({rel}) and {S.full} ({rel2}).",
    "Copies to {C.title}, {D.title} and {O.full}.",
    "Screened this month: {P.given} {P.family}; {R.given} {R.family}; {S.given} {S.family}.",
    "Relatives offered cascade testing: {R.full}, {S.full}.",
    "Next of kin as given by the informant: {R.full}, then {S.full}.",
)

TWENTY_THIRD_NEGATIVES = (
    "Gypsum and Mica dust at the board plant; Pumice soap in the wash room; spirometry normal.",
    "Tungsten carbide grinding, Nickel allergy on patch testing, Bismuth subsalicylate for the diarrhoea.",
    "Forge, Kiln and Furnace areas need ear defenders; Crucible store exempt.",
    "Tools in the workshop: Auger, Gimlet, Awl, Mallet, Plane, Lathe, Vice, Wrench and Spanner.",
    "Injury from a Winch crank handle; Pulley guard replaced; Gasket failure on the Boiler.",
    "Nugget of gold and an Ingot of silver were in the pocket of the deceased, returned with the effects.",
    "Guinea worm excluded; travelled to Crown Point and Sovereign Bay before the fever.",
    "Lobelia, Speedwell, Campion and Celandine in the herbal mix; Valerian for sleep stopped before the trial.",
    "Wisteria House and Gardenia Ward hold the transplant beds; Begonia Lounge for relatives.",
    "Freesia and Fuchsia bouquets are not allowed on the fertility unit.",
    "Birth pool filled at Midsummer; the Sonata ringtone of the pager woke the mother at Dusk.",
    "Cantata choir sang at the Vesper service in the hospital chapel; Eventide Home is next door.",
    "Chime of the door alarm at the poison centre; Garland and Wreath delivered for the memorial.",
    "Taffeta, Chintz and Damask fabric samples for the seating cushion covers; Organza and Tulle rejected.",
    "Ermine-white skin on the lips after the caustic; Vixen Lane ambulance station responded.",
    "Egret, Puffin and Petrel colonies on the island; the Skylark ferry carries the transplant team.",
    "Nightjar and Wagtail trails near the quarry; the Nuthatch Centre runs the hearing clinic.",
    "Cordwainer Street and Lorimer Row are closed; use the Spurrier Road entrance.",
    "Armourer and Pewterer by trade; both exposed to lead fume before the extraction was fitted.",
    "Drayman's lift injury claim; Lamplighter Court is the address of the veterans' office.",
    "Sweep of the chimney done in March; no carbon monoxide alarm; poison centre notified.",
    "The Alderman Room and Burgess Hall host the appeals panel; the Vicar and the Parson sat on it.",
    "Prior authorisation refused; Canon scanner jammed, so the appeal was faxed twice.",
    "Scrivener's error in the policy number; the Notary stamped the affidavit for the veterans' claim.",
    "Usher syndrome excluded by the genetic panel; Bowler hat and Keeper's gloves in the lost property.",
    "Gamekeeper's thumb after the fall; Cowman's cottage has no phone signal.",
    "Quarryman's lungs: silica exposure for twenty years; Tollman Bridge closed for repairs.",
    "Watchman on the night shift; the Herald printed the coroner's notice; the town Crier is a volunteer.",
    "Fortitude and Clemency House are the two hostels of the veterans' charity.",
    "Obsidian-black stools after the charcoal; Zircon crown on the upper incisor.",
    "Dynamo torch and a Bugler's whistle in the home-birth kit.",
    "Farthing Wood walk on Sunday for the lactation group.",
)

_TWENTY_THIRD = H._Bank(
    TWENTY_THIRD_HEADERS,
    TWENTY_THIRD_FIRST,
    TWENTY_THIRD_BODY,
    TWENTY_THIRD_SIGNATURES,
    TWENTY_THIRD_OPENERS,
    TWENTY_THIRD_BODIES,
    TWENTY_THIRD_CLOSINGS,
    TWENTY_THIRD_LISTS,
    TWENTY_THIRD_NEGATIVES,
)

TWENTY_THIRD_LOCAL = {
    "malayalam": X._local(
        body=(
            "{Rt} {R.given} ഇന്ന് വൈകുന്നേരം വരും.",
            "{P.given} said the family is from Thrissur and asked for the letter in Malayalam.",
        ),
        messages=("Namaskaram {R.given}, ",),
        closings=(" Nanni, {O.given}.",),
    ),
    "kannada": X._local(
        body=("{R.given} naale baruttare.", "{P.given} asked that {R.given} be called before the result."),
        messages=("Namaskara {R.given}, ",),
        closings=(" Dhanyavadagalu, {O.given}.",),
    ),
    "assamese": X._local(
        body=("{R.given} kaili ahibo.",),
        messages=("Nomoskar {R.given}, ",),
        closings=(" ধন্যবাদ, {O.given}.",),
    ),
    "kinyarwanda": X._local(
        body=("{R.given} azaza ejo mu gitondo.", "Twavuganye na {R.full} kuri telefoni."),
        messages=("Muraho {R.given}, ",),
        closings=(" Murakoze, {O.given}.",),
    ),
    "akan": X._local(
        body=(
            "{Rt} {R.given} bɛba ɔkyena anɔpa.",
            "Opanyin {R.family} asked that the family be told before {P.given}.",
        ),
        messages=("Maakye {R.given}, ",),
        closings=(" Medaase, {O.given}.",),
    ),
    "hausa": X._local(
        body=(
            "Mun yi magana da {Rt} {R.given} ta waya.",
            "Malam {Q.family} interpreted for {P.given} in Hausa.",
        ),
        messages=("Sannu {R.given}, ",),
        closings=(" Na gode, {O.given}.",),
    ),
    "dhivehi": X._local(
        body=("{R.given} flew in from Malé with the records of {P.given}.",),
        messages=("Assalaamu alaikum {R.given}, ",),
        closings=(" ޝުކުރިއްޔާ، {O.given}",),
    ),
    "marshallese": X._local(
        body=(
            "{Rt} {R.given} came from Majuro to be with {P.given}.",
            "{P.given} asked that the letter go to {R.full} on Ebeye.",
        ),
        messages=("Iokwe {R.given}, ",),
        closings=(" Kommol tata, {O.given}.",),
    ),
}


# ---- bank 24: written with bank 23 in session 10, sealed until measured ----------------------------------------
# Short structured snippets, one a line: HL7 v2 segments, X12 and DICOM name fields, vCard and iCalendar lines,
# application log lines, specimen and barcode labels, calendar rows, SMS and pager lines, e-mail subject lines,
# visitor badges, ticket titles, tab-separated exports, checklists, FHIR name fragments, form fields; names in ALL
# CAPS and lower case, "Family, Given", middle initials, in quotes, after keys and in cells; sentences in Palauan,
# Romansh, Chuvash, Bashkir, Kalmyk, Ainu, Haitian Creole and Lingala.

TWENTY_FOURTH_HEADERS = (
    "MSH|^~\\&|ADT|NORTH|LAB|NORTH|20250302071455||ADT^A04|{n}771|P|2.5\nPID|1||||{P.family}^{P.given}||{date}\n",
    "NM1*IL*1*{P.family}*{P.given}~\nNM1*QC*1*{R.family}*{R.given}~\n",
    "(0010,0010) PN [{P.family}^{P.given}]\n(0008,0090) PN [{C.family}^{C.given}]\n",
    "BEGIN:VCARD\nFN:{R.full}\nN:{R.family};{R.given};;;\nNOTE:next of kin of {P.full}\nEND:VCARD\n",
    "BEGIN:VEVENT\nSUMMARY:Home visit - {P.full}\nORGANIZER;CN={O.full}:MAILTO:visits@clinic.example\n",
    '2025-03-02T07:14:55Z INFO kiosk.checkin patient_name="{P.full}" slot=0930 desk=3\n',
    "*{P.FULL}*\nSST  LAV  {date}\n",
    "09:30-10:00 | {P.full} | phlebotomy | room 2\n10:00-10:30 | {R.full} | review | room 2\n",
    "[SMS 07:41] {R.given}: is {P.given} out of theatre yet?\n",
    "PAGE 5512 from 4W: pt {P.family} rm {n}2, {symptom}, pls call -{O.given}\n",
    "Subject: RE: FW: {P.family} - transport form\n",
    "VISITOR | {R.full} | visiting: {P.family}, bed {n}\n",
    "HIM-{n}21 Merge duplicate charts for {P.inverted}\n",
    "{n}\t{P.family}\t{P.given}\t{rel}\n",
    '"resourceType": "Patient", "family": "{P.family}", "given": ["{P.given}"]\n',
    "Patient name (print): {P.FULL}\n",
)

TWENTY_FOURTH_FIRST = (
    "NK1|1|{R.family}^{R.given}|DAU^daughter",
    "PV1|1|O|CLINIC3||||{C.family}^{C.given}^^^Dr",
    "ATTENDEE;CN={C.full}:MAILTO:rota@clinic.example",
    "[SMS 18:02] to {R.given}: {P.given} is on ward 6 now",
    "[07:58] {O.full}: covering bay 3 till 8",
    "- [x] consent signed by {R.full}",
    "Rx for: {P.FULL}",
    "NOW SERVING 042 - {P.given}",
    "from: {O.lower}",
    "caller: {R.full} ({rel})",
)

TWENTY_FOURTH_BODY = (
    "NK1|2|{S.family}^{S.given}|SIB^sibling",
    "OBX|3|TX|COMMENT||seen with {R.given}, interpreter {Q.full}",
    "NTE|1||called {R.full}, no answer",
    "NM1*82*1*{C.family}*{C.given}****XX*{n}09~",
    "DESCRIPTION:bring the blue folder; {R.given} drives",
    "ATTENDEE;CN={O.full}:MAILTO:rota@clinic.example",
    'WARN portal.login user_display="{P.lower}" attempts=3',
    'INFO sms.sent to_name="{R.given}" template=reminder',
    "[SMS 07:43] {R.given}: ok thanks, {S.given} is coming too",
    "[SMS 07:45] ward 6: {P.given} is back and eating",
    "PAGE 5514: {C.family} re {P.family} K 5.9 cb 4411 -{O.given}",
    "Subject: {P.full} / bloods / {date}",
    "Subject: URGENT - {P.FULL}",
    "| {P.full} | {O.full} | 08:00 |",
    "| bed {n} | {P.inverted} | {Q.given} |",
    "{n}3,{P.family},{P.given},{O.given}",
    "{n}4\t{R.family}\t{R.given}\t{rel}",
    "- [ ] call {R.given} re discharge",
    "- [x] wristband checked ({O.given})",
    "Witness: {O.full}",
    "Signature of patient: ______ ({P.full})",
    "Interpreter: {Q.middle}",
    "Escort: {R.lower}",
    "NEXT OF KIN: {R.FULL}",
    "Preferred name: {P.given}",
    "Referring clinician: {C.title}",
    '"given": ["{R.given}"], "family": "{R.family}"',
    "{P.given} / {R.given} / {S.given}",
    "Surname, forename: {S.inverted}",
    "VISITOR | {S.full} | badge {n}7",
    "2025-03-02 08:03 {O.given}: {P.family} to x-ray",
    "> {C.full} wrote: ok for discharge",
    "{R.given} (son-in-law) will collect",
    "{P.family}'s bag is in locker {n}",
)

TWENTY_FOURTH_SIGNATURES = (
    "\nEND:VEVENT",
    "\n-- {O.full}",
    "\nsent by {Q.lower}",
    "\nSigned: {C.full}",
    "\n{O.given}",
    "",
)

TWENTY_FOURTH_OPENERS = (
    "[SMS 06:55] to {R.full}: ",
    "PAGE 6601 {C.FULL}: ",
    "Subject: {P.family}, {P.given} - ",
    "[{n}:15] {O.given}: ",
    "To: {R.full}\nSubject: visiting\n\n",
    "Calendar note ({O.full}): ",
    "re {P.lower}: ",
)

TWENTY_FOURTH_BODIES = (
    "{P.given} moved to bed {n}, visiting till 8",
    "pls call {R.given} re {P.family} transport",
    "{P.FULL} READY FOR PICKUP AT DOOR 2",
    "slot moved, {C.title} running late",
    '"{P.given} wants the window seat" - {R.given}',
    "{S.given} and {R.given} both on the list",
    "label reprinted for {P.inverted}",
)

TWENTY_FOURTH_CLOSINGS = (" -{O.given}", " thx {Q.given}", "", " ({O.full})", "\n\n{O.full}\nWard 6 clerk")

TWENTY_FOURTH_LISTS = (
    "Visitors: {R.full}/{S.full}",
    "On call: {C.full}; {D.full}; {O.full}",
    "\n- {R.full}\n- {S.full}\n- {Q.full}",
    "\n| name | role |\n|---|---|\n| {O.full} | nurse |\n| {C.full} | doctor |",
    "bed,patient,nurse\n{n},{P.full},{O.full}\n{n}1,{R.full},{Q.full}",
    "ATTENDEE;CN={C.full}\nATTENDEE;CN={D.full}",
    "NK1|1|{R.family}^{R.given}\nNK1|2|{S.family}^{S.given}",
    "names: {R.lower}, {S.lower}",
    "\n{R.FULL}\n{S.FULL}",
)

TWENTY_FOURTH_NEGATIVES = (
    "OBX|1|TX|DIET||Meringue and Praline not allowed; Fudge and Toffee sugar-free only",
    "MENU: Brioche, Madeleine, Crumble, Syrup sponge, Honeydew melon, Cantaloupe, Papaya",
    "fruit,allowed\nGuava,yes\nLychee,yes\nKumquat,no\nSatsuma,yes\n",
    "allergen: Loganberry; Lingonberry; Cloudberry; Bilberry",
    "| herb | interaction |\n|---|---|\n| Angelica | warfarin |\n| Borage | liver |\n| Lovage | diuretic |",
    "SUMMARY:Cardamom and Vanilla tasting (nutrition group)",
    "Dessert trolley: Pavlova, Charlotte, Bonbon, Sherbet, Jelly, Junket, Posset, Syllabub, Trifle, Blancmange",
    "snack list: Shortbread / Gingersnap / Scone / Waffle / Pancake / Fritter / Pretzel / Bagel",
    "ROOM: Bosun Room, Coxswain Suite, Helmsman Lounge",
    "Ward names: Mariner, Purser, Rigger, Bowsprit, Mainsail, Spinnaker",
    "EQUIP: Capstan hoist, Windlass lift, Bollard post, Cleat hook, Hawser strap, Lanyard clip",
    "site,zone\nGunwale Road,A\nTransom Street,B\nKetch Lane,C\nSloop Row,D\n",
    "ferry: Brigantine, Barque, Whaler, Trawler, Lugger, Coracle",
    "INFO transport.route name=Anchorage stop=Jib stop=Cutter stop=Yawl",
    "Subject: Stevedore and Longshoreman medicals - Wharfinger gate closed",
    "- Harbourmaster office: ground floor\n- Lockmaster clinic: first floor\n- Tollkeeper kiosk: car park",
    "site: Docker Street / Lighterman Quay / Waterman Steps / Bargee Basin",
    "OBX|2|TX|OCC||Navigator; Quartermaster; Cabinetmaker; Upholsterer",
    "occupation,count\nGlovemaker,2\nBootmaker,1\nSaltmaker,3\nBrickmaker,4\nLimeburner,1\n",
    "Rooms: Tallowman Hall, Chandlery, Pieman Cafe, Muffinman kiosk",
    "DIET: Cheesemaker's plate declined; Buttermaker's spread allowed",
    "Pastrycook, Baxter and Maltster shifts cover the hospital kitchen",
    "Subject: Distiller and Taverner exposure survey",
    "| kiosk | status |\n|---|---|\n| Pedlar | closed |\n| Costermonger | open |\n| Packman | open |",
    "WARN lift.fault name=Weighmaster floor=2; Assayer lab on 3",
    "roster: Exciseman / Tidewaiter / Ganger / Navvy / Platelayer",
    "Signalman Road depot; Stationmaster House; Linesman Close",
    "Teamster, Muleteer and Cameleer: outpatient travel clinic posters",
    "- Postman's knock: 08:00\n- Courier: 11:00\n- Messenger: 15:00",
    "Typesetter, Compositor and Stationer offices moved to block C",
    "PAGE 9000: FIRE DRILL 1400, Surveyor and Draughtsman offices evacuate first",
    "WEATHER: Gust 60 mph, Doldrums forecast tomorrow, Harmattan dust advisory for travellers",
    "Atoll, Lagoon-side and Shoal wards; Sandbar cafe; Inlet car park",
    "Estuary Clinic / Fjord House / Strait Lane / Headland Road",
)

_TWENTY_FOURTH = H._Bank(
    TWENTY_FOURTH_HEADERS,
    TWENTY_FOURTH_FIRST,
    TWENTY_FOURTH_BODY,
    TWENTY_FOURTH_SIGNATURES,
    TWENTY_FOURTH_OPENERS,
    TWENTY_FOURTH_BODIES,
    TWENTY_FOURTH_CLOSINGS,
    TWENTY_FOURTH_LISTS,
    TWENTY_FOURTH_NEGATIVES,
)

TWENTY_FOURTH_LOCAL = {
    "palauan": X._local(
        body=("{Rt} {R.given} will bring the family from Koror", "[SMS] Alii {R.given}, {P.given} is awake"),
        messages=("Alii {R.given}, ",),
        closings=(" Sulang, {O.given}",),
    ),
    "romansh": X._local(
        body=("{Rt} {R.given} vegn damaun", "NOTE: {P.given} discurra rumantsch"),
        messages=("Allegra {R.given}! ",),
        closings=(" Grazia fitg, {O.given}",),
    ),
    "chuvash": X._local(
        body=("{R.given} ыран килет",),
        messages=("Ырӑ кун, {R.given}! ",),
        closings=(" Тавтапуҫ, {O.given}",),
    ),
    "bashkir": X._local(
        body=("{R.given} иртәгә килә",),
        messages=("Һаумыһығыҙ, {R.given}! ",),
        closings=(" Рәхмәт, {O.given}",),
    ),
    "kalmyk": X._local(
        body=("note: {R.given} speaks Kalmyk and Russian",),
        messages=("Мендвт, {R.given}! ",),
        closings=(" Ханҗанав, {O.given}",),
    ),
    "ainu": X._local(
        body=("{Rt} {R.given} will come from Biratori", "note: {P.given} asked for the Ainu name on the band"),
        messages=("Irankarapte, {R.given}! ",),
    ),
    "haitian": X._local(
        body=("{Rt} {R.given} ap vini demen maten", "[SMS] {R.given}: {P.given} pa santi l byen"),
        messages=("Bonjou {R.given}, ",),
        closings=(" Mèsi anpil, {O.given}",),
    ),
    "lingala": X._local(
        body=("{Rt} {R.given} akoya lobi", "[SMS] Mbote {R.given}, {P.given} azali malamu"),
        messages=("Mbote {R.given}, ",),
        closings=(" Matondo mingi, {O.given}",),
    ),
}

BANKS = {23: _TWENTY_THIRD, 24: _TWENTY_FOURTH}
LOCAL = {23: TWENTY_THIRD_LOCAL, 24: TWENTY_FOURTH_LOCAL}

STYLES = {
    23: "occupational health surveillance, veterans' disability opinions, transplant waiting-list letters, home-birth "
    "midwife records, coroner referrals, insurance appeal letters, clinical trial pre-screening, genetic counselling "
    "letters, fertility cycles, poison centre calls, oral food challenges, fitness to drive, lactation visits, "
    "wheelchair seating clinics, Malayalam, Kannada, Assamese, Kinyarwanda, Twi, Hausa, Dhivehi and Marshallese "
    "sentences",
    24: "one-line snippets: HL7 v2 segments, X12 and DICOM name fields, vCard and iCalendar lines, log lines, barcode "
    "labels, calendar rows, SMS and pager lines, e-mail subjects, visitor badges, ticket titles, tab-separated and "
    "CSV rows, checklists, FHIR fragments, form fields, Palauan, Romansh, Chuvash, Bashkir, Kalmyk, Ainu, Haitian "
    "Creole and Lingala sentences",
}

FIRST_RUNS = {
    23: (
        "written in session 10 by another hand, sealed until the first round's end; its first run: recall 0.991, "
        "NAME precision 0.889 (the detector at the session's start: 0.987, 0.847)"
    ),
    24: "its first run: recall 0.908, NAME precision 0.826 (the detector at the session's start: 0.906, 0.801)",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    return E.local_templates(BANKS[bank], LOCAL[bank].get(language), title)


def _field_classes(text: str, start: int, end: int) -> set[str]:
    """Classes of bank 24's machine formats read off the characters around a name: a field of a caret, star, pipe,
    tab or semicolon separated record (``PID|1||||FAMILY^GIVEN``, ``NM1*IL*1*FAMILY*GIVEN~``, ``N:Family;Given``),
    a ``CN=`` or ``name="`` attribute."""
    before, after = text[:start], text[end:]
    out = set()
    if before.endswith(("^", "*", "|", "\t", "[", "N:")) or after.startswith(("^", "*", "~", "\t", "]")):
        out.add("delimited field")
    if before.endswith(("CN=", '="', ': "', '["')):
        out.add("attribute")
    return out


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word``, ``native script``, ``titled`` after a title of the banks'
    communities, bank 17's context classes, bank 20's snippet classes and ``_field_classes``."""
    return E.with_classes(sample, english, CULTURAL_TITLES, E._snippet_classes, _field_classes)


def _snippets(rng: random.Random, bank: H._Bank, people: dict[str, H.Person], sexes: dict[str, str]) -> H.NameSample:
    """One document of bank 24, in the shares of ``names_heldout.document`` but one snippet a line: a record
    (header or first line, then 3 to 6 lines), a message, a list, or name-free lines."""
    roll = rng.random()
    if roll < 0.45:
        b = H._Builder(rng, people, sexes, "note")
        b.fill(rng.choice(bank.headers) if rng.random() < 0.6 else rng.choice(bank.first) + "\n")
        lines = rng.sample(bank.body, rng.randint(3, 6))
        if rng.random() < 0.4:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(bank.negatives))
        b.fill("\n".join(lines))
        if rng.random() < 0.3:
            b.fill("\n" + rng.choice(bank.lists), in_list=True)
        b.fill(rng.choice(bank.signatures))
    elif roll < 0.75:
        b = H._Builder(rng, people, sexes, "message")
        b.fill(rng.choice(bank.openers))
        b.fill(rng.choice(bank.bodies))
        b.fill(rng.choice(bank.closings))
    elif roll < 0.85:
        b = H._Builder(rng, people, sexes, "list")
        b.fill(rng.choice(bank.first) + "\n")
        b.fill(rng.choice(bank.lists), in_list=True)
    else:
        b = H._Builder(rng, people, sexes, "negative")
        b.fill("\n".join(rng.sample(bank.negatives, rng.randint(3, 6))))
    return b.sample


_COMPOSE = {23: H.document, 24: _snippets}
"""How each bank puts its templates together: bank 23 as sentences of prose, bank 24 a snippet a line."""


def samples(bank_number: int, seed: int = 20261210, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (23 or 24) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    templates = partial(_templates, bank_number)
    return E.samples_of(sealed_pool(bank_number), rng, count, templates, _COMPOSE[bank_number], _with_own_classes)
