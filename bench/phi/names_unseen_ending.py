"""Banks 19 and 20: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

Banks 4-18 took nearly all of Faker's and Mimesis's person lists and, by hand, Pacific, Khmer, Mongolian, African,
Albanian, Basque, Welsh, Catalan, Maltese, Kurdish, Native American, Inuit, Sámi, Gaelic, Yiddish, Hmong, Lao, Uzbek,
Tatar, Uyghur, Pashto, Wolof, Quechua, Faroese, Breton and Kabyle names. These two take their names from
``data/ending_names.txt``, written in session 9 by a hand that had read neither the detector nor the name lists of
banks 1-18 (bar the first two lines of bank 17's): bank 19 Bosnian, Chechen (some in Cyrillic), Afrikaans, Sesotho
and Setswana, Mapuche, Tibetan (some in Tibetan letters), Sardinian and Kyrgyz (some in Cyrillic); bank 20 Galician,
West Frisian, Ossetian and Tajik (some in Cyrillic), Turkmen, Fula, Yolŋu and Cajun French. About one person in four
has instead an English name that is also an ordinary word (Quince, Gannet, Lasso; Beekeeper, Sextant,
Bookbinder), and the name-free documents use those same words as words. Every entry sharing a part with the detector's
shipped data, the hand-written held-out file or any entry of banks 4-18 is dropped, and bank 20 drops bank 19's as
well. Both banks were written before either was measured; bank 19 is long-form documents, bank 20 short structured
snippets.
"""

# ruff: noqa: RUF001 - the Tibetan, Cyrillic and Yolŋu letters are the names' and sentences' own, not look-alikes

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import astuple
from functools import cache, partial

from . import names_fresh as F
from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_closing as X
from . import names_unseen_final as Z

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    19: ("bosnian", "chechen", "afrikaans", "sotho-tswana", "mapuche", "tibetan", "sardinian", "kyrgyz", "english 19"),
    20: ("galician", "frisian", "ossetian", "turkmen", "tajik", "fula", "yolngu", "cajun", "english 20"),
}
"""Per bank, the languages of ``data/ending_names.txt`` it draws; ``english 19`` and ``english 20`` are two lists
of English word-names, one per bank, both called ``english`` in the pool."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


@cache
def _before(bank: int) -> tuple[frozenset[str], frozenset[str]]:
    """Parts known to the detector, the hand-written set or banks 4-18 (and bank 19, for 20), and those banks'
    entries themselves (a one-sign name has no part to check)."""
    earlier = [X.closing_pool(max(X.SOURCES)).entries] + [ending_pool(b).entries for b in range(min(SOURCES), bank)]
    return Z.taken_after(X._before(max(X.SOURCES)), earlier)


def taken_before(
    earlier: tuple[tuple[Callable[[int], U.UnseenPool], int], ...],
    own: Callable[[int], U.UnseenPool],
    first: int,
    bank: int,
) -> tuple[frozenset[str], frozenset[str]]:
    """What a bank after 20 may not draw: what bank 20 could not (the detector's parts, the hand-written set, banks
    4-19), the entries of the ``earlier`` banks (each a pool function and a bank number) and those of ``own``'s banks
    from ``first`` up to ``bank``."""
    entries = [pool(number).entries for pool, number in earlier] + [own(b).entries for b in range(first, bank)]
    return Z.taken_after(_before(max(SOURCES)), entries)


def written_pools(
    sources: dict[int, tuple[str, ...]],
    file: str,
    earlier: Callable[[], tuple[tuple[Callable[[int], U.UnseenPool], int], ...]],
) -> Callable[[int], U.UnseenPool]:
    """A later bank module's pool function: every entry of a bank's ``sources`` in the hand-written ``file`` not known
    to the detector, the hand-written set, the ``earlier()`` banks (read when a pool is drawn, so a module's
    ``EARLIER`` stays its one home) or the module's banks before it (family names serve both sexes); sorted, so the
    pool does not depend on the hash seed; drawn once per bank."""

    @cache
    def pool(bank: int) -> U.UnseenPool:
        return Z.draw(sources[bank], Z.written(file), *taken_before(earlier(), pool, min(sources), bank))

    return pool


@cache
def ending_pool(bank: int) -> U.UnseenPool:
    """Every entry of ``bank``'s languages not known to the detector, the hand-written set or an earlier bank
    (family names serve both sexes); sorted, so the pool does not depend on the hash seed."""
    return Z.draw(SOURCES[bank], Z.written("ending_names.txt"), *_before(bank))


pool = ending_pool
"""The bank's names (``bench.phi`` prints their count and languages)."""


def _people(rng: random.Random, pool: U.UnseenPool) -> tuple[dict[str, H.Person], dict[str, str]]:
    """As bank 17's: English for about one person in four, a given name in the family name's script."""
    others = [lang for lang in pool.languages if lang != ENGLISH]
    people, sexes = F._people(rng, pool, others * 3 + [ENGLISH] * len(others))
    return {who: X._same_script(rng, pool, p, sexes[who]) for who, p in people.items()}, sexes


RELATIVE_TITLES = {
    "afrikaans": {"f": "Tannie", "m": "Oom"},
    "sotho-tswana": {"f": "Mme", "m": "Ntate"},
    "sardinian": {"f": "Tzia", "m": "Tziu"},
    "kyrgyz": {"f": "Eje", "m": "Baike"},
    "galician": {"f": "Dona", "m": "Don"},
    "frisian": {"f": "Muoike", "m": "Omke"},
    "cajun": {"f": "Tante", "m": "Nonc"},
    "yolngu": {"f": "Aunty", "m": "Uncle"},
}
"""What a language's sentences call a relative of either sex, written where a sentence has ``{Rt}`` before
``{R.given}`` (``Oom Wynand``, ``Ntate Kagiso``, ``Tziu Bachisio``, ``Aunty Yalmay``)."""

CULTURAL_TITLES = (
    "Lonko",
    "Genla",
    "Hadži",
    *sorted({t for titles in RELATIVE_TITLES.values() for t in titles.values()}),
)
"""Titles of the banks' communities written before a name: the name after one is classed ``titled`` like a name
after ``Mr.``."""


# ---- bank 19: written with bank 20 in session 9, before either was measured ----------------------------------
# Inpatient rehab team conferences, ICU family updates by phone, utilisation review, home infusion deliveries,
# wound-photo logs, school hearing and vision screening, adoption medicals, refugee health intake, occupational
# injury reports, pre-participation sports physicals, funeral home coordination, organ procurement logs; sentences
# in Bosnian, Afrikaans, Sesotho, Setswana, Mapudungun, Tibetan, Sardinian, Kyrgyz and Chechen.

NINETEENTH_HEADERS = (
    "INTERDISCIPLINARY REHAB TEAM CONFERENCE - week {n}\nParticipant: {P.full}\nFacilitator: {C.title}\n\n",
    "ICU family update (telephone), {date}\nCaller reached: {R.full} ({rel})\n\n",
    "Utilisation review - continued stay\nMember: {P.inverted}   Reviewer: {O.full}, RN\n\n",
    "HOME INFUSION DELIVERY RECEIPT\nShip to: {P.full}\nReceived by: {R.full}\n\n",
    "Wound photograph log for {P.full}, series {n}\n",
    "Refugee health intake, first visit\nClient: {P.full}   Caseworker: {O.full}\n\n",
    "Employer's first report of occupational injury\nInjured worker: {P.FULL}\nSupervisor: {Q.full}\n\n",
    "Pre-participation physical evaluation\nAthlete: {P.full}   Sport: cross-country\n\n",
    "Intercountry adoption medical review\nChild: {P.given} {P.family}\nAdoptive parent: {R.full}\n\n",
    "Organ procurement organisation - referral log\nDonor family contact: {R.full}\n\n",
)

NINETEENTH_FIRST = (
    "Funeral home coordination for the late {P.full}:",
    "Screening table {n} at the primary school, hearing and vision; pupil {P.full}:",
    "Spoke by phone tonight with {R.given}, who is the {rel} of {P.full}.",
    "Team conference notes, {P.title}:",
    "Rehab day {n}. {P.given} was in the gym by eight.",
    "Courier dropped the elastomeric pumps with {R.full} at the door.",
    "{P.full} came to the intake office with {R.full}.",
    "Injury at the packing line involving {P.full}; witness {Q.full}.",
)

NINETEENTH_BODY = (
    "Physiotherapy reports {P.given} now walks sixty metres with a rollator and stand-by assistance.",
    "Occupational therapy, {O.full}: shower transfers still need one person; kitchen assessment booked.",
    "Speech pathology has upgraded {P.title} to soft and bite-sized.",
    "Estimated discharge date discussed; {P.given} would like to go home to {his} {rel} rather than to respite.",
    "I told {R.given} that the overnight numbers were steadier and that {P.given} is still sedated.",
    "{R.given} asked whether the breathing tube could come out this week; I said we would know more after rounds.",
    "The {rel} wants calls before nine in the evening; the next update is from {C.title} after the family meeting.",
    "Criteria met for continued acute stay per the reviewer; next review in {n} days, documented by {O.given}.",
    "Peer-to-peer offered with {D.title}; the plan for {P.family} stays unchanged until then.",
    "Cold chain intact on arrival, two boxes, signed for by {R.given} at the kitchen table.",
    "Line dressing was changed by the visiting nurse {O.full} and the cap replaced.",
    "Photo {n}: heel ulcer, ruler in frame, taken by {O.given}; {P.given} declined the second angle.",
    "Compared with last week's image the slough is less; {C.title} will review the series on Friday.",
    "Passed the pure-tone sweep in the right ear, referred on the left; letter home to {R.full}.",
    "Snellen 6/12 both eyes with glasses left at home; teacher {Q.full} will remind {P.given}.",
    "Growth below the third centile on arrival, catching up; the file from the orphanage lists no allergies.",
    "{R.given} brought the translated immunisation card; two doses of measles vaccine recorded.",
    "Arrived from a transit camp {n} weeks ago; latent TB screening and hepatitis B serology sent.",
    "{P.given} speaks some English and asked that {his} {rel} {S.full} interpret at the next visit.",
    "Caught the left hand between rollers; first aid by {Q.given}, then taken to urgent care.",
    "{P.title} was cleared for full duties except lifting, reviewed again by {D.full}.",
    "Cleared for all sports; {P.given}'s murmur is innocent and disappears standing.",
    "The funeral director, {O.full}, will collect from the mortuary after the medical certificate is signed.",
    "Release to the funeral home authorised by {R.full} by phone; body viewed by the family at four.",
    "Time of referral logged; {R.given} and {S.given} gave authorisation for tissue donation only.",
    "Coordinator {O.full} met the family in the quiet room with the chaplain.",
    "Consent for the wound photographs was signed by the next of kin ({R.full}) on admission.",
    "At the refugee intake the {rel} interpreted (with help from {S.given}), as no Sesotho interpreter was free.",
)

NINETEENTH_SIGNATURES = (
    "\n\nConference chaired by {C.full}, rehabilitation medicine",
    "\n-- {O.full}, utilisation review nurse",
    "\nRecorded by {O.middle}, RN",
    "\n\nSigned {D.full}, team physician",
    "\nEntered by {Q.given} at the front desk",
    "",
)

NINETEENTH_OPENERS = (
    "Update for the team: ",
    "Message left for {R.full}: ",
    "Infusion pharmacy to {P.full}: ",
    "From the school nurse, {O.full}: ",
    "Dear {R.given}, ",
    "To the duty manager at the funeral home: ",
    "Reply to {C.title}: ",
)

NINETEENTH_BODIES = (
    "{P.given}'s next delivery is Tuesday between ten and two; please keep the fridge clear.",
    "the family of {P.full} will arrive at the mortuary at three with the clothing.",
    "{P.given} failed the hearing screen on one side and should see an audiologist.",
    "your {rel} {P.given} had a calm night and the pressures are holding.",
    "the adoption paperwork for {P.given} {P.family} needs one more blood test.",
    "{R.full} confirmed the donor family meeting for tomorrow.",
    "we have the wound photos for {P.title} but need the consent page.",
)

NINETEENTH_CLOSINGS = (
    " Regards, {O.full}",
    " Kind regards from the rehab ward",
    " - {Q.given}",
    " Thanks, {C.given}",
    "",
)

NINETEENTH_LISTS = (
    "Conference attendees: {C.full}, {O.full}, {Q.full} and {D.full}.",
    "Family on the call: {R.full}, {S.full} and {P.given}'s cousin.",
    "Pupils referred: {P.full}, {R.full}, {S.full}.",
    "Drivers for this round: {O.given}, {Q.given}, {D.given}.",
    "Donor family: {R.full} (spouse), {S.full} (sibling).",
    "Photos reviewed by {C.title}, {D.title} and {O.full}.",
)

NINETEENTH_NEGATIVES = (
    "Slate grey discharge on the dressing; no Kestrel-style cleanser left in the cupboard.",
    "The Farrier's knot on the cast was reinforced; Ledger sheet and Anvil splint filed in March.",
    "Weather: Gale warning and Sleet from Tuesday, so Monday's Thrift store run moves to Sunday.",
    "Scrubs in Indigo and Teal, Velvet wheelchair cushion, Satin pillowcase, Lace-up brace.",
    "Snellen chart, Ishihara plates, Rinne and Weber tests done; Meadowsweet tea is not on the formulary.",
    "Apixaban, Ceftriaxone, Vancomycin via PICC; the Granite worktop in the Cartwright Lane kitchen was wiped.",
    "The Brewer's yeast tablets and Saffron capsules were stopped before the Harrier charity run.",
    "Gannet Point, Osprey Bay, Heron Quay and Plover Cove are the home infusion delivery zones.",
    "Crimson flushing at the site; Ochre staining from Betadine; Sienna-brown eschar, Umber edges.",
    "Funeral Saturday at Greenwood Crematorium, Orchard Chapel; Drover's Inn for the wake.",
    "Organ procurement called at 02:10; Thresher Ward bed 4 and Chandler Suite theatre on stand-by.",
    "Hammer toe, Mallet finger, Boutonnière deformity; Chisel, Rivet and Lever tools in the plaster room.",
    "Kindness and Candour are the values of the rehab unit; Modesty screens in every bay.",
    "Sports physical: Marfan screen negative, Tanner stage 4, Valsalva manoeuvre without a murmur.",
    "Thunder and Blizzard warnings in January; the Squall line reached the Ridge road by Tuesday.",
    "Mulberry, Quince and Damson jam at the adoption open day; Clover honey by the Bramble hedge.",
)

_NINETEENTH = H._Bank(
    NINETEENTH_HEADERS,
    NINETEENTH_FIRST,
    NINETEENTH_BODY,
    NINETEENTH_SIGNATURES,
    NINETEENTH_OPENERS,
    NINETEENTH_BODIES,
    NINETEENTH_CLOSINGS,
    NINETEENTH_LISTS,
    NINETEENTH_NEGATIVES,
)

NINETEENTH_LOCAL = {
    "bosnian": X._local(
        body=(
            "Porodica {P.family} je obaviještena o planu otpusta.",
            "Hadži {R.given} je donio nalaze iz Sarajeva.",
            "{P.given} danas hoda uz pomoć štapa.",
        ),
        messages=("Poštovani {R.given}, ",),
    ),
    "afrikaans": X._local(
        body=(
            "{Rt} {R.given} sal die medikasie by die apteek gaan haal.",
            "{P.given} se oefeninge gaan goed, sê die fisioterapeut.",
        ),
        closings=(" Baie dankie, {O.given}.",),
    ),
    "sotho-tswana": X._local(
        body=("{Rt} {R.given} o tla tla kamoso ka hora ya leshome.", "Re buile le {R.full} ka mohala."),
        messages=("Dumela {R.given}, ",),
        closings=(" Ke a leboga, {O.given}.",),
    ),
    "mapuche": X._local(
        body=(
            "Lonko {R.full} pidió que una machi visite a {P.given} antes del alta.",
            "La familia {P.family} viene de la comunidad cerca de Temuco.",
        ),
        messages=("Mari mari, {R.given}. ",),
    ),
    "tibetan": X._local(
        body=("Genla {R.given} interpreted for {P.given} at the intake.", "{P.given}-la asked for tsampa at lunch."),
        messages=("Tashi delek, {R.given}! ",),
        closings=(" ཐུགས་རྗེ་ཆེ། {O.given}",),
    ),
    "sardinian": X._local(
        body=("{Rt} {R.given} at portadu sos documentos a s'ispidale.", "{P.given} istat mègius oe."),
        closings=(" Gràtzias, {O.given}.",),
    ),
    "kyrgyz": X._local(
        body=("{Rt} {R.given} эртең келет.", "{P.given} бүгүн жакшы уктады."),
        messages=("Саламатсызбы, {R.given}! ",),
        closings=(" Рахмат, {O.given}.",),
    ),
    "chechen": X._local(
        body=("{R.given} хIинца цигахь ву.",),
        messages=("Ассаламу алайкум, {R.given}. ",),
        closings=(" Баркалла, {O.given}.",),
    ),
}


# ---- bank 20: written with bank 19 in session 9, before either was measured ----------------------------------
# Short structured snippets: key: value lines, CSV rows, markdown tables, JSON-like lines inside text, names in ALL
# CAPS and typed in lower case, "Family, Given", middle initials, quoted nicknames, names after credentials and
# roles, names starting a sentence before a verb, slash, semicolon and bullet lists, names in parentheses and in
# quoted speech; sentences in Galician, Frisian, Ossetian, Turkmen, Tajik, Fula, Yolŋu English and Cajun French.

TWENTIETH_HEADERS = (
    "patient: {P.full}\nnext_of_kin: {R.full} ({rel})\nattending: {C.title}\n\n",
    "NAME: {P.INVERTED}\nDOB: {date}\nNOK: {R.FULL}\n\n",
    "| field | value |\n|---|---|\n| patient | {P.full} |\n| contact | {R.full} |\n| nurse | {O.full} |\n\n",
    "bed,patient,nurse\n{n},{P.full},{O.full}\n\n",
    '"patient": "{P.full}", "escort": "{R.full}", "ward": "4B"\n',
    "{P.lower} / intake typed on the ward tablet\n",
    "Surname, given name: {P.inverted}\nPreferred: {P.given}\n\n",
    "> from {O.full} (charge nurse)\n",
    "TRANSFER SLIP - {P.FULL} - ESCORT {Q.FULL}\n",
    "- patient: {P.full}\n- caller: {R.full}\n- taken by: {O.given}\n\n",
)

TWENTIETH_FIRST = (
    "Charge nurse {O.full} called at 06:10 about {P.full}.",
    "{C.full}, MD, FRACP, reviewed {P.full} on the ward.",
    "RN {O.full} / pharmacist {Q.full} / interpreter {D.full}:",
    "{P.given} walked out to the car park with {R.given}.",
    "Seen with interpreter {Q.full}; patient {P.middle}.",
    "{R.full} rang the ward about {P.full}.",
    "(caller: {R.full}) re {P.full}:",
    'Ward clerk: "{P.full} is here for the two o\'clock slot."',
    "{P.given} “{S.given}” {P.family} checked in at the kiosk.",
)

TWENTIETH_BODY = (
    '{P.given} said, "{R.given} will bring my tablets after work."',
    '"Ask {S.given}," {P.given} told the night nurse, "they have the key."',
    "Plan agreed with {C.full}, FRCP; escalate to {D.full}, MBBS, if worse.",
    "Escort (family): {R.full}.",
    "Discharge letter copied to the GP ({D.title}) and to {R.inverted}.",
    "{R.given} brought clothes; {S.given} will drive.",
    "pt {P.lower} says pain is 3/10 now.",
    "Called {R.FULL} x2, no answer; voicemail left.",
    "Physio {O.middle} saw {P.given} at 11:00.",
    "Interpreter {Q.full} (booked) did not arrive; {S.given} interpreted instead.",
    "{P.family} family asked for the room to be quiet after eight.",
    "Meds reconciled by pharmacist {Q.full}, BPharm.",
    "note by {O.given}: {P.given} ate half of lunch.",
    "{C.title} phoned {R.given} with the CT result.",
    "ALLERGY CHECK DONE BY {O.FULL}.",
    "Wristband reads {P.INVERTED}; checked against the chart by {Q.given}.",
    "status: waiting for {R.given} to sign",
    "{S.given} wants to know if visiting ends at eight.",
)

TWENTIETH_SIGNATURES = (
    "\n-- {O.full}, RN",
    "\nsigned: {C.full}, MD",
    "\n/s/ {D.middle}",
    "\n{Q.lower}",
    "\n\u2014 {O.given} (ward clerk)",
    "",
)

TWENTIETH_OPENERS = (
    "[07:42] {O.given}: ",
    "re: {P.full} -- ",
    "To: {R.full}\nSubject: appointment\n\n",
    "Hi {R.given}, ",
    "FROM {Q.FULL}: ",
    "note to self re {P.lower}: ",
    "> {C.full} wrote: ",
)

TWENTIETH_BODIES = (
    "{P.given}'s bloods are back and normal.",
    "can {R.given} collect the script at 4?",
    "BED 12 ({P.FULL}) NEEDS A SITTER TONIGHT.",
    '"we\'ll be there at noon" - {R.given}',
    "appointment moved; {C.title} is away.",
    "{P.family}, {P.given}: discharge pending transport.",
    "{S.given} and {R.given} both want the update.",
)

TWENTIETH_CLOSINGS = (" -{O.given}", " thx {Q.given}", " (sent by {O.full})", "", "\n\n{O.full}\nWard 4B")

TWENTIETH_LISTS = (
    "Visitors: {R.full}/{S.full}/{Q.given}",
    "On call: {C.full}; {D.full}; {O.full}",
    "\n- {R.full}\n- {S.full}\n- {Q.full}",
    "\n\u2022 {C.title}\n\u2022 {D.title}\n\u2022 {O.full}",
    "Team: {C.inverted}; {D.inverted}; {O.inverted}",
    "Contacts (in order): 1. {R.full} 2. {S.full}",
    "names: {R.lower}, {S.lower}",
    "\n| role | name |\n|---|---|\n| nurse | {O.full} |\n| doctor | {C.full} |",
)

TWENTIETH_NEGATIVES = (
    "drug: Heparin\nroute: IV\ndose: 5000 units\nsite: Left Arm\n",
    "| test | result |\n|---|---|\n| Coombs | negative |\n| Gram stain | Gram positive cocci |\n",
    "ward,bed,status\nSycamore,4,clean\nHawthorn,7,blocked\nCypress,2,open\n",
    '"unit": "Lighthouse", "alert": "Beacon", "month": "August"\n',
    "SHIFT: NIGHT / WEATHER: HURRICANE WATCH / GENERATOR: OK",
    "Allergies: Penicillin; Latex; Mustard; Sesame.",
    "- Compass score 3\n- Glasgow Coma Scale 15\n- Braden 18\n",
    "Lunch: Dumpling soup, Custard, Muffin, Treacle sponge, Crumpet with Marmite.",
    "Transport: Wagon 3, the Sleigh ambulance in snow (Avalanche Road closed), the Tugboat to the island clinic.",
    "Spices to avoid with warfarin: Fennel, Clove, Paprika, Cayenne, Caraway, Anise and Tarragon.",
    "Garden therapy: Hedgehog house, Nettle patch, Thistle bed, Dandelion lawn, Bracken bank.",
    "Tools: Trowel, Spade, Rake, Scythe, Sickle and Pickaxe are kept in the Plough shed.",
    "Rooms: Schooner Room, Galleon Room, Clipper Lounge, Frigate Hall, Harbour Suite.",
    "Parkinson's, Addison's, Graves' disease, Cushing's; Babinski sign absent.",
    "Sextant Diagnostics, Quasar Imaging and Nebula Labs; results by Friday, 3 June.",
    "Snowdrop and Buttercup wards closed for cleaning; Hyacinth open. Elderberry syrup is not a cough remedy.",
)

_TWENTIETH = H._Bank(
    TWENTIETH_HEADERS,
    TWENTIETH_FIRST,
    TWENTIETH_BODY,
    TWENTIETH_SIGNATURES,
    TWENTIETH_OPENERS,
    TWENTIETH_BODIES,
    TWENTIETH_CLOSINGS,
    TWENTIETH_LISTS,
    TWENTIETH_NEGATIVES,
)

TWENTIETH_LOCAL = {
    "galician": X._local(
        body=("{Rt} {R.given} vén mañá ás dez.", "{P.given} durmiu ben esta noite."),
        messages=("Bo día, {R.given}. ",),
        closings=(" Grazas, {O.given}.",),
    ),
    "frisian": X._local(
        body=("{Rt} {R.given} komt moarn om tsien oere.", "{P.given} hat goed sliept."),
        closings=(" Tige tank, {O.given}.",),
    ),
    "ossetian": X._local(messages=("Дæ бон хорз, {R.given}! ",), closings=(" Бузныг, {O.given}.",)),
    "turkmen": X._local(
        body=("{R.given} ertir sagat onda geler.",),
        messages=("Salam, {R.given}! ",),
        closings=(" Sag boluň, {O.given}.",),
    ),
    "tajik": X._local(
        body=("{R.given} фардо меояд.",),
        messages=("Ассалому алайкум, {R.given}! ",),
        closings=(" Раҳмат, {O.given}.",),
    ),
    "fula": X._local(messages=("Jam na, {R.given}? ",), closings=(" A jaraama, {O.given}.",)),
    "yolngu": X._local(
        body=("{Rt} {R.given} said manymak, the plan is good.", "Yo, {R.given} will come tomorrow."),
        messages=("Yo {R.given}, ",),
    ),
    "cajun": X._local(
        body=("{Rt} {R.given} va venir demain matin.", "Mais, {R.given} called again about the papers."),
        messages=("Comment ça va, {R.given}? ",),
        closings=(" Merci beaucoup, {O.given}.",),
    ),
}

BANKS = {19: _NINETEENTH, 20: _TWENTIETH}
LOCAL = {19: NINETEENTH_LOCAL, 20: TWENTIETH_LOCAL}

STYLES = {
    19: "inpatient rehab team conferences, ICU family updates by phone, utilisation review, home infusion "
    "deliveries, wound-photo logs, school hearing and vision screening, adoption medicals, refugee health intake, "
    "occupational injury reports, sports physicals, funeral home coordination, organ procurement logs, Bosnian, "
    "Afrikaans, Sesotho, Setswana, Mapuche, Tibetan, Sardinian, Kyrgyz and Chechen sentences",
    20: "key: value lines, CSV rows, markdown tables, JSON-like lines, ALL-CAPS and lower-case names, 'Family, "
    "Given', middle initials, quoted nicknames, names after credentials and roles, slash, semicolon and bullet "
    "lists, parentheses, quoted speech, Galician, Frisian, Ossetian, Turkmen, Tajik, Fula, Yolŋu and Cajun "
    "sentences",
}

FIRST_RUNS = {
    19: "written in session 9 by another hand"
    "; its first run, after session 9's third round: recall 0.969, NAME precision 0.823",
    20: "written in session 9 by another hand"
    "; its first run, after session 9's third round: recall 0.947, NAME precision 0.817",
}
"""What each bank scored the first time it was measured, before anyone read its misses."""


Classes = Callable[[str, int, int], set[str]]
"""Reads classes of the name at ``text[start:end]`` off the text around it."""
Compose = Callable[[random.Random, H._Bank, dict[str, H.Person], dict[str, str]], H.NameSample]
"""Writes one document from a bank's templates and its people (``names_heldout.document`` or a bank's own)."""


def local_templates(bank: H._Bank, own: H._Bank | None, title: str) -> H._Bank:
    """``bank``'s templates followed by a language's ``own`` sentences (if it has any), their ``{Rt}`` written as
    ``title``; banks 19-26 merge their languages' sentences this one way."""
    if own is None:
        return bank
    local = (tuple(t.replace("{Rt}", title) for t in group) for group in astuple(own))
    merged = (a + b for a, b in zip(astuple(bank), local, strict=True))
    return H._Bank(*merged)


def with_classes(
    sample: H.NameSample, english: frozenset[str], cultural_titles: tuple[str, ...], *more: Classes
) -> H.NameSample:
    """Adds the classes banks 19-26 share: ``english word``, ``native script``, ``titled`` after one of
    ``cultural_titles``, bank 17's context classes, and those each of ``more`` reads around the name."""
    titled = tuple(f"{title} " for title in cultural_titles)
    tags = []
    for (start, end, _), classes in zip(sample.gold, sample.tags, strict=True):
        text = sample.text[start:end]
        own = set(classes)
        if classes:
            if any(part in english for part in H._parts(text)):
                own.add("english word")
            if any(Z._non_latin(c) for c in text):
                own.add("native script")
            if sample.text[:start].endswith(titled):
                own -= {"no title", "sentence start"}
                own.add("titled")
            own |= X._context_classes(sample.text, start, end)
            for read in more:
                own |= read(sample.text, start, end)
        tags.append(frozenset(own))
    sample.tags = tags
    return sample


def samples_of(
    pool: U.UnseenPool,
    rng: random.Random,
    count: int,
    templates: Callable[[str, str], H._Bank],
    compose: Compose,
    own_classes: Callable[[H.NameSample, frozenset[str]], H.NameSample],
) -> list[H.NameSample]:
    """``count`` documents of banks 19-26's making: people drawn from ``pool`` as ``_people`` draws them, written
    by ``compose`` from ``templates(patient's language, relative's sex)``, then classed by ``own_classes``."""
    english = Z.english_parts(pool)
    out = []
    for _ in range(count):
        people, sexes = _people(rng, pool)
        written = compose(rng, templates(people["P"].language, sexes["R"]), people, sexes)
        out.append(own_classes(written, english))
    return out


@cache
def _templates(bank: int, language: str, relative_sex: str) -> H._Bank:
    """The bank's templates, with the sentences of ``language`` when it has its own, their relative called by the
    title of ``relative_sex``."""
    title = RELATIVE_TITLES.get(language, {}).get(relative_sex, "")
    return local_templates(BANKS[bank], LOCAL[bank].get(language), title)


_KEY = re.compile(r'^[-\s"]*[A-Za-z_ ,"]+: "?$')
"""A line's key before a name (``patient: ``, ``- caller: ``, ``"escort": "``), not a sentence's colon."""


def _snippet_classes(text: str, start: int, end: int) -> set[str]:
    """Classes of bank 20's snippets read off the line around a name: after a key, in a table cell or a CSV row,
    on a bullet, in a semicolon list, in quoted speech."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    line = text[line_start : len(text) if line_end < 0 else line_end]
    after = text[end:]
    out = set()
    if _KEY.match(before) and (after.startswith(("\n", '"', ",", " (")) or not after):
        out.add("key value")
    if before.endswith("| "):
        out.add("table cell")
    elif line.count(",") >= 2 and ", " not in line:
        out.add("csv row")
    if before.startswith(("- ", "\u2022 ")):
        out.add("bullet")
    ends_item = after.startswith((";", ".", "\n")) or not after
    if (before.endswith("; ") and ends_item) or (before.endswith(": ") and after.startswith(";")):
        out.add("semicolon list")
    if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
        out.add("in quotes")
    return out


def _with_own_classes(sample: H.NameSample, english: frozenset[str]) -> H.NameSample:
    """Adds this bank's classes: ``english word``, ``native script``, ``titled`` after a title of the banks'
    communities, bank 17's context classes (possessive, parentheses, slash list, alone on a line) and those of
    ``_snippet_classes``."""
    return with_classes(sample, english, CULTURAL_TITLES, _snippet_classes)


def samples(bank_number: int, seed: int = 20261203, count: int = 300) -> list[H.NameSample]:
    """``count`` documents from bank ``bank_number`` (19 or 20) with names from its own languages; sentences in a
    language other than English appear only when the patient's names come from it."""
    rng = random.Random(seed + bank_number)
    templates = partial(_templates, bank_number)
    return samples_of(ending_pool(bank_number), rng, count, templates, H.document, _with_own_classes)
