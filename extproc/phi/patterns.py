"""Identifier patterns in free text: one combined RE2 alternation, validators, context words.

Only RE2 (linear time, no backtracking) ever runs on untrusted text. The alternation is compiled once over
UTF-8 bytes; each alternative is a named group so one pass over a string yields every candidate, and
Python only touches candidates. A candidate that fails its validator is retried one character later, so
an invalid number cannot swallow a valid identifier that overlaps it (every alternative that can fail
validation has a bounded length, which keeps the retry linear).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

import re2

from . import cues as C
from . import id_labels as IL
from . import kinds as K
from . import name_model as M
from . import name_runs as R
from . import names as N
from . import validators as V
from . import value_names as VN
from .errors import MaskingError
from .keys import default_keymap, derived_kind, normalize_key, person_key

Span = tuple[int, int, str]
"""``(start, end, kind)`` over the normalised text, end exclusive."""

_STATES = "|".join(C.US_STATE_CODES)
_STATE_WORDS = frozenset(("OR", "IN", "OK", "ME", "HI", "AS", "DE", "LA", "CO"))
"""State codes that are also words in capitals (``OR``, ``IN``): before another capitalised word, not a state."""
_STATE_CODES_NOT_CREDENTIALS = "|".join(c for c in _STATES.split("|") if c not in ("MD", "PA", "DC"))
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    "Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico"
)
_COUNTRIES = (
    "Germany|Deutschland|Mexico|México|India|Australia|Netherlands|Nederland|France|Italy|Italia|Spain|España|"
    "Portugal|Brazil|Brasil|Argentina|Colombia|Chile|Peru|Poland|Polska|Austria|Switzerland|Belgium|Denmark|Sweden|"
    "Norway|Finland|Ireland|Greece|Turkey|Türkiye|Israel|Egypt|Nigeria|Kenya|South Africa|Philippines|Vietnam|"
    "Thailand|Indonesia|Malaysia|Japan|China|Korea|South Korea|Taiwan|Pakistan|Bangladesh|Iran|Iraq|Ukraine|Russia|"
    "Romania|Hungary|Czechia|Czech Republic|New Zealand|Saudi Arabia|Morocco|Ethiopia|Ghana|Puerto Rico|Nepal|"
    "Laos|Guatemala|Honduras|El Salvador|Haiti|Somalia|Afghanistan|Cambodia|Myanmar|Sri Lanka|Singapore|Jamaica|"
    "Dominican Republic|Cuba|Venezuela|Ecuador|Bolivia|Uganda|Tanzania|Rwanda|Zimbabwe|Zambia|Sudan|Eritrea|"
    "Cameroon|Senegal|Jordan|Lebanon|Syria|Yemen|Kuwait|Qatar|United Arab Emirates|UAE|Albania|Bosnia|Serbia|"
    "Croatia|Bulgaria|Slovakia|Slovenia|Lithuania|Latvia|Estonia|Belarus|Moldova|Armenia|Azerbaijan|Kazakhstan|"
    "Uzbekistan|Mongolia|Iceland|Luxembourg|Scotland|England|Wales|United Kingdom|Fiji|Samoa|Tonga|Nicaragua|"
    "Panama|Costa Rica|Paraguay|Uruguay|Liberia|Sierra Leone|Mozambique|Angola|Congo|Tunisia|Algeria|Libya|"
    "República Dominicana|Republica Dominicana|Pakistán|Jordania|Líbano|Egipto|Marruecos|Viet Nam"
)
"""Countries a postal code stands before at an address's end (``Hessen 85175, Germany``)."""
_COUNTRY_CODES = (
    "AT|BE|BR|CH|CZ|DE|DK|ES|FI|FR|GR|HU|IE|IT|LU|MX|NL|NO|PL|PT|RO|SE|SK|SI|HR|BG|LT|LV|EE|IS|TR|AR|CL|CO|PE"
)
"""Countries whose addresses write the postal code before the town, by their ISO codes (no US state's)."""
_YEAR = r"(?:1[89]|20|21)\d{2}"
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_POSTCODE_AFTER_WORD = rf"(?:\d{{4}}|\d{{6}}|\d{{3}} \d{{3}}|\d{{5}}-\d{{3}}|{C.EIRCODE})"
"""The postal codes a five-digit ZIP is not, as written after their word (``Postcode 2484``, ``PIN 560 034``,
``CEP 01386-459``, an Eircode)."""
_ANY = "[0-9OolI]"
_OCR = "[0-9OolI]*[OolI][0-9OolI]*"
"""A group of a number as OCR reads it: digits and the letters read for them, a letter at least (so a date or a
phone written plainly is never this alternative's to search); the handler checks its length."""
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORDINAL_WORDS = (
    "(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth"
    "|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    "|eighteenth|nineteenth|twentieth|thirtieth"
)
"""A month's day as an ordinal word (``eleventh``, ``twenty-third``), as a transcription writes it."""
_YEAR_TAIL_WORDS = (
    "hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|ten|oh|one|two|three|four|five|six|seven|eight|nine"
)
"""The words of a year after ``nineteen``/``twenty``, the longer before the shorter (``sixty`` before ``six``)."""
_MM = r"(?:1[0-2]|0?[1-9])"
_STREET_SUFFIXES = (
    "St", "Street", "Streets", "Ave", "Avenue", "Rd", "Road", "Roads", "Blvd", "Boulevard", "Ln", "Lane", "Dr",
    "Drive", "Drives", "Ct", "Court", "Courts", "Way", "Ways", "Pl", "Place", "Terrace", "Ter", "Pkwy", "Parkway",
    "Parkways", "Hwy", "Highway", "Cir", "Circle", "Circles", "Sq", "Square", "Squares", "Trail", "Trl", "Row",
    "Loop", "Plaza", "Pike", "Alley", "Crescent", "Close", "Broadway", "Annex", "Arcade", "Bayou", "Beach", "Bend",
    "Bluff", "Bluffs", "Bottom", "Branch", "Bridge", "Brook", "Brooks", "Burg", "Burgs", "Bypass", "Camp", "Canyon",
    "Cape", "Causeway", "Center", "Centers", "Cliff", "Cliffs", "Club", "Common", "Commons", "Corner", "Corners",
    "Course", "Cove", "Coves", "Creek", "Crest", "Crossing", "Crossroad", "Curve", "Dale", "Dam", "Divide",
    "Estate", "Estates", "Expressway", "Extension", "Extensions", "Falls", "Ferry", "Field", "Fields", "Flat",
    "Flats", "Ford", "Fords", "Forest", "Forge", "Forges", "Fork", "Forks", "Fort", "Freeway", "Garden", "Gardens",
    "Gateway", "Glen", "Glens", "Green", "Greens", "Grove", "Groves", "Harbor", "Harbors", "Haven", "Heights",
    "Hill", "Hills", "Hollow", "Inlet", "Island", "Islands", "Isle", "Junction", "Junctions", "Key", "Keys",
    "Knoll", "Knolls", "Lake", "Lakes", "Landing", "Light", "Lights", "Lock", "Locks", "Lodge", "Manor", "Manors",
    "Meadow", "Meadows", "Mews", "Mill", "Mills", "Mission", "Motorway", "Mount", "Mountain", "Mountains", "Neck",
    "Orchard", "Oval", "Overpass", "Park", "Parks", "Pass", "Passage", "Path", "Pine", "Pines", "Plain", "Plains",
    "Point", "Points", "Port", "Ports", "Prairie", "Radial", "Ramp", "Ranch", "Rapid", "Rapids", "Rest", "Ridge",
    "Ridges", "River", "Route", "Run", "Shoal", "Shoals", "Shore", "Shores", "Skyway", "Spring", "Springs", "Spur",
    "Spurs", "Station", "Stravenue", "Stream", "Summit", "Throughway", "Trace", "Track", "Trafficway", "Tunnel",
    "Turnpike", "Underpass", "Union", "Unions", "Valley", "Valleys", "Viaduct", "View", "Views", "Village",
    "Villages", "Ville", "Vista", "Walk", "Walks", "Wall", "Well", "Wells", "Fall", "Land", "Rue", "Loaf",
    "Crossroads", "Mall", "Via", "Tce", "Cres", "Pde", "Cct", "Esp", "Bvd", "Parade", "Esplanade", "Circuit",
    "Rise", "Promenade", "Quadrant", "Wynd", "Boardwalk", "Concourse", "Chase", "Glade", "Outlook", "Alleyway",
    "Amble", "Anchorage", "Approach", "Basin", "Brae", "Brow", "Byway", "Circus", "Colonnade", "Copse", "Courtyard",
    "Crossway", "Dell", "Driveway", "Fairway", "Fire Track", "Firetrail", "Footway", "Foreshore", "Frontage",
    "Gully", "Highroad", "Laneway", "Lookout", "Meander", "Mew", "Nook", "Parklands", "Pathway", "Quay", "Quays",
    "Ramble", "Ridgeway", "Riverway", "Riviera", "Roadway", "Siding", "Strand", "Tarn", "Thoroughfare", "Tollway",
    "Tor", "Vale", "Villas", "Walkway",
)
"""Street suffixes as the USPS lists them (Publication 28: ``Timothy Road``, ``Allison Expressway``), and the
Australian and New Zealand kinds and their abbreviations (``Jacaranda Tce``, ``Illawarra Pde``, ``Dylan Footway``),
bar those a clinical sentence uses after a number and capitals (``2 Left Upper``, ``3 Normal Range``, ``Main
Entrance``)."""
_SUFFIX = rf"(?:{'|'.join(_STREET_SUFFIXES)})"
_SUFFIX_CAPS = rf"(?:{'|'.join(sorted({w.upper() for w in _STREET_SUFFIXES}))})"
_STREET_WORDS = (
    "Via", "Viale", "Vicolo", "Calle", "Callejón", "Avenida", "Rua", "Rue", "Strada", "Stretto", "Corso", "Piazza",
    "Contrada", "Lungomare", "Carrera", "Diagonal", "Transversal", "Prolongación", "Calzada", "Camino", "Pasaje",
    "Paseo", "Jirón", "Carretera", "Travesía", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia", "Largo",
    "Chemin", "Allée", "Impasse", "Quai", "Privada", "Peatonal", "Boulevard", "Circuito", "Cerrada", "Andador",
    "Periférico", "Retorno", "Eje", "Rambla", "Ronda", "Vial", "Glorieta", "Urbanización", "Piazzale", "Borgo",
    "Canale", "Rotonda", "Vila", "Conjunto", "Chácara", "Ladeira", "Viela", "Quadra", "Setor", "Residencial",
    "Loteamento", "Condomínio", "Lagoa", "Jardim", "Parque",
)
_PARTICLES = "de|del|de la|de las|de los|di|da|do|dos|das|della|delle|degli|dei"
"""The small words inside a street's or a town's name in Spanish, Italian and Portuguese (``Rambla de Daniel
Montoya 538``, ``Largo de Novais, 814``)."""
_STREET_FIRST = rf"(?:{'|'.join(_STREET_WORDS)}|VIA|CALLE|AVENIDA|RUA|RUE)"
"""Words that open a street's name in Italian, Spanish, Portuguese and French (``Via Garibaldi 211``,
``Diagonal Comoras 126``, ``Stretto Torquato 93``)."""
_STREET_FIRST_MIXED = rf"(?:{'|'.join(_STREET_WORDS)})"
"""The same words as written in a sentence: after a number only so (``Sent 2 VIA EMAIL`` is none)."""
_STREET_LAST = r"(?:stra(?:ß|ss)e|weg|gasse|platz|allee|straat|laan|gracht|vej|gatan|gata|veien|katu)"
_STREET_LAST_WORD = r"(?:Stra(?:ß|ss)e|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee)"
"""The same as a word of its own after a hyphenated name (``Luzie-Schüler-Straße 3/9``, ``Nelli-Gotthard-Platz 4``)."""
_UNITS_ABROAD = (
    r"(?:Interior|Int\.|Edif\.|Depto\.|Dpto\.|Piso|Apto\.|Casa|Apt\.|Puerta|Appartamento|Piano|Interno|Scala"
    r"|Escalera|Andar|Bloco|Lote|Sala)"
)
"""The flat, floor or door after a street's number abroad (``Edif. 162``, ``Puerta 9``, ``Appartamento 5``)."""
_STREET_FIRST_FRENCH = "(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai|route|cours|passage|voie|square)"
"""The kinds of street a French address writes in lower case after its number (``5, rue Anne Bègue``)."""
"""Endings of a street's name in German, Dutch and Nordic languages (``Hauptstraße 16``)."""
_MON_INTL = (
    r"(?:(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus))"
)
"""Month names of Spanish, Portuguese, French, German, Italian and Dutch (those English does not share)."""
_HEX = r"[0-9A-Fa-f]{1,4}"
_CTX_WORDS = (
    r"ssn|ss#|social security(?: number| no\.?| #)?|mrn|medical record(?: number| no\.?| #)?|acct|"
    r"account(?: number| no\.?| #)?|member(?: id| #| number| no\.?)|subscriber(?: id| #| number)|"
    r"policy(?: number| no\.?| #)?|group(?: number| no\.?| #)|medicare(?: id| number| #)?|mbi|"
    r"driver'?s licen[cs]e(?: number| no\.?| #)?|driver licen[cs]e|licen[cs]e(?: number| no\.?| #)|"
    r"serial(?: number| no\.?| #)?|s/n|vin|licen[cs]e plate|plate(?: number| no\.?| #)?|tag number|"
    r"passport(?: number| no\.?| #)?|certificate(?: number| no\.?| #)?|badge(?: number| #)?|"
    r"patient id|dea(?: number| no\.?| #)?|npi|device id|udi|chart(?: number| no\.?| #)?|"
    r"health card(?: number| no\.?| #)?|health number|ohip|ramq|phn|ihi|hcn|nhs(?: number| no\.?| #)|"
    r"chi(?: number| no\.?)|medicaid(?: id| number| no\.?| #)?|subject|participant|enrollee|licen[cs]e|"
    r"medical card(?: number| no\.?| #)?|gms(?: number| no\.?| #)?|ppsn|pps(?: number| no\.?)|nric"
)
_UNCASED = r"\p{Lo}\x{10D0}-\x{10FF}"
"""Letters of scripts written without case: ``Lo``, and Georgian, whose everyday letters Unicode files as
lower case (``Ll``) since capitals were added for headings — a Georgian name never starts with one."""
_TOK = rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'\x{{2019}}-]*|[{_UNCASED}][{_UNCASED}\p{{M}}]*)"
_FOREIGN_CAPITAL = r"[\x{0400}-\x{042F}\x{0386}-\x{03AB}\x{0531}-\x{0556}]"
"""A capital of the Cyrillic, Greek or Armenian alphabets (RE2 cannot intersect a script with ``Lu``)."""
_FOREIGN_LETTERS = r"[\p{Cyrillic}\p{Greek}\p{Armenian}\p{M}]+"
_OPENING = r"[\"(\x{201C}]"
"""A quote or a bracket opened between a cue and its name (``called "Ana"``, ``brother (Tomás)``)."""
_PARTICLE = rf"(?:(?i:{C.alternation(C.PARTICLE_WORDS)}) )"
_PREFIX = rf"(?:(?:{C.alternation(C.PREFIXES)})['\x{{2019}}-])"
_CUE_WORDS = (
    C.alternation(
        [*C.TITLES, *C.LABELS, *C.RELATIONS, *C.ROLES, *C.GREETINGS, *C.both_cases(C.VERBS), *C.PREPOSITIONS,
         *C.LIST_LABELS, *C.in_capitals(C.RELATIONS), *C.in_capitals(C.VERBS)]
    )
    + r"|\p{Lu}\."
)
_LEAD = r"(?:(?m:^)|[^\p{L}\p{M}\p{N}'\x{2019}\n-])"
"""Where a word starts: a line's start or a character that is no letter, digit or joiner (taken into the match;
handlers skip it). Never a capital inside a word, so a rejected match is not found again one letter later
(RE2's ``\b`` is ASCII-only: it would also miss ``Ümran``)."""
_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:['\x{2019}\x{02BB}-]\p{L}[\p{Ll}\p{M}]*)?"
"""A capitalised word, not all in capitals (``Okafor``, ``O'Neill``, ``Haile-Mariam``)."""
_TRAILING = (
    rf"['\x{{2019}}]s \p{{Ll}}"
    rf"| (?:{C.alternation(C.REPORTING)})\b"
    rf"|,? (?:{C.alternation(C.CREDENTIALS)})(?:[ ,.;|)]|(?m:$))"
    rf"| \((?:{C.alternation(C.PARENTHESES)})\b"
    r"|,? who\b| and (?:his|her|their) |, (?:a |an )?\d{1,3}[- ]?(?:year|yr|y/?o\b)|, \d{1,3},"
    r"| \d{1,3} ?(?:(?i:yo|y/o)|[FM])\b"
    rf"|, (?:the|her|his|their|my|our) (?:{C.alternation(C.KIN)})\b"
    r"| here[.,!:]| here -| \(\d{1,3} ?(?:[FMfm]|y|yo|y/o|yrs?)?\)"
    r"|,? (?:Jr|Sr)\.?(?:[ ,;:)]|(?m:$))| (?:II|III|IV)(?:[ ,.;:)]|(?m:$))"
    rf"| (?:family|household)(?:[.,;:)]| (?:{C.alternation(C.FAMILY_DOES)})\b)"
    r"|,?[ \t]{1,3}\(?(?:DOB|D\.O\.B\.|[Dd]ob|[Dd]ate of [Bb]irth)\b"
)

_PERSON_COLUMNS = frozenset(
    w.casefold()
    for w in (
        *(*C.LABELS, *C.ROLES, *C.RELATIONS, "Patient name", "Full name", "Next of kin", "Emergency contact"),
        *("Visitor", "Staff", "Assigned to", "Witness", "Family", "Clinician", "Carer", "Support person"),
        *("Signer", "Signatory", "Participant", "Recipient", "Requester", "Requestor", "Subscriber", "Guarantor"),
        *("Insured", "Member", "Attendee", "Caller"),
    )
)
"""Column headings whose cells hold a person (``Patient``, ``Nurse``, ``Name``, ``Next of kin``)."""

_DATE_COLUMNS = frozenset(
    (
        *("dob", "d.o.b.", "date of birth", "birth date", "birthdate", "date", "admit date", "admitted"),
        *("discharge date", "discharged", "visit date", "appt date", "appointment date", "service date", "dos"),
        *("date of service", "collected", "received", "seen", "due", "due date", "date of death", "dod"),
    )
)
"""Column headings whose cells are dates: there a bare ``2/22`` is one (no sentence says so)."""

_PHONE_COLUMNS = frozenset(("phone", "telephone", "tel", "mobile", "cell", "phone number", "callback", "fax", "ph"))
"""Column headings whose cells are phone numbers: there a local ``996-9635`` is one."""

_AGE_COLUMNS = frozenset(("age", "age (y)", "age (yrs)", "yrs", "age/sex", "age/gender", "age / sex", "edad", "âge"))
"""Column headings whose cells are ages: there a bare ``94`` is an age over 89."""

_NUMBER_COLUMNS = frozenset(
    (
        *("mrn", "mrn #", "subject", "subject id", "participant", "participant id", "record id", "patient id"),
        *("account", "account #", "acct", "member id", "member #", "ssn", "id", "id #", "case #", "case number"),
        *("accession", "accession #", "claim", "claim #", "encounter", "csn", "fin", "visit #", "study id"),
    )
)
"""Column headings whose cells are a person's numbers: there a bare ``4471229`` or ``IE96-555`` is one."""

_COLUMN_HEADINGS = _PERSON_COLUMNS | _DATE_COLUMNS | _PHONE_COLUMNS | _AGE_COLUMNS | _NUMBER_COLUMNS

# (group name, regex). Order matters at equal start positions (RE2 leftmost-first).
_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    # (a separator or a word's end after the keyword: "dea" must not take "deae-40c5-…", a UUID's group)
    ("ctx", rf"(?i:\b(?:{_CTX_WORDS}))(?:[ \t:#.*]+|\b)(?:(?i:is|of) )?[A-Za-z0-9][A-Za-z0-9/-]{{3,24}}"),
    # any label ending in ID, number, No. or # and its value (``Health card: …``, ``pickup_id=…``), by a separator;
    # after ``ID`` or ``#``, a number of six digits and hyphens at least with only a space (``ID 0158-3165383-1``)
    (
        "idlabel",
        r"(?i:\b(?:[a-z]+[ _-]){0,2}(?:id|identifier|number|num|nbr|no\.?|card|#))[ \t]*[:=#][ \t]*"
        r"[A-Za-z0-9][A-Za-z0-9-]{1,24}"
        r"|(?i:\b(?:[a-z]+[ _-]){0,2}(?:id|#))[ \t]+[0-9][0-9-]{5,24}\b",
    ),
    # the cue word and the first letter of a name only: the run of name tokens is matched from that letter
    # (see _TAILS)
    (
        "cue",
        rf"\b(?:{_CUE_WORDS})(?:[.:,][ \t]*|[ \t]+)(?::[ \t]*)?(?:\*\*[ \t]*)?{_OPENING}?{_PARTICLE}{{0,3}}{_PREFIX}?"
        rf"[\p{{Lu}}{_UNCASED}]",
    ),
    # a capitalised word and what follows it, which says it ends a name (a reporting verb, a credential, 's son)
    ("after", rf"{_LEAD}[\p{{Lu}}{_UNCASED}][\p{{L}}\p{{M}}'\x{{2019}}-]*(?:{_TRAILING})"),
    # two capitalised words in a row that no word list knows: a full name (``Fahad Warraich``)
    ("pair", rf"{_LEAD}{_WORD} (?:{_PARTICLE}){{0,2}}{_PREFIX}?{_WORD}"),
    # someone addressed in a chat (``@Ana can you…``)
    ("mention", rf"(?:(?m:^)|[ \t(])@[\p{{Lu}}{_UNCASED}]"),
    # a line (or a table cell) that starts with a name in capitals, family name first (``DOE, JANE``)
    (
        "inverted",
        r"(?:(?m:^)|\t| - |: )\p{Lu}[\p{Lu}\p{M}'\x{2019}-]+(?: \p{Lu}[\p{Lu}\p{M}'\x{2019}-]+)?, "
        r"\p{Lu}[\p{Lu}\p{M}'\x{2019}-]*(?: \p{Lu}\.?)?(?:[ \t]*(?m:$)| \(| \[| - |\t|,)",
    ),
    # a CSV cell or a log's quoted value holding ``Family, Given`` (``"Hendricks, Danny"``, ``name="de la Cruz, Ana"``)
    (
        "quotedinverted",
        rf"(?:(?m:^)|[,;\t=])\"{_PARTICLE}{{0,3}}{_WORD}(?:[ -]{_WORD})?, {_WORD}(?: {_WORD})?(?: \p{{Lu}}\.?)?\""
        r"(?:[,;\t ]|(?m:$))",
    ),
    # a name typed in lower case after a cue, or as a signature ending a message (``spoke w/ ana okafor``)
    ("lower", rf"\b(?:{C.alternation(C.LOWER_CUES)})[ \t]+\p{{Ll}}|(?m:^)-[ ]?\p{{Ll}}"),
    # a capitalised word addressed in the second person (``Ana - your prescription…``, ``Ana, we received…``)
    ("addressed", rf"{_WORD}(?:[,:!]| -| \x{{2014}}| \x{{2013}}) (?:{C.alternation(C.ADDRESSED)})\b"),
    # a name written in capitals opening a message and addressed by it (``to 555…: BILL MOSS your Rx is ready``)
    ("addressedcaps", r"(?:(?m:^)|: )\p{Lu}[\p{Lu}\p{M}'\x{2019}-]+(?: \p{Lu}[\p{Lu}\p{M}'\x{2019}-]+){1,2} your\b"),
    # a numbered list's item that is a name in capitals (``24) FILIP DOSTÁLOVÁ  MRN…``), or a line that is one
    (
        "capsline",
        r"(?m:^)(?:[0-9]{1,3}[).] +)?\p{Lu}[\p{Lu}\p{M}'\x{2019}-]+(?: \p{Lu}[\p{Lu}\p{M}'\x{2019}-]+){1,2}"
        r"(?:  |\t| - |(?m:$))",
    ),
    # a table cell holding ``Family, Given`` (``| Sirma, Yordan |``): a person's name however its column is headed
    ("cellinverted", r"\|[ \t]*\p{Lu}[\p{L}\p{M}'\x{2019}-]+, \p{Lu}[\p{L}\p{M}'\x{2019}-]+(?: \p{Lu}\.?)?[ \t]*\|"),
    # a name in capitals a queue board or a page calls (``QUEUE 09  LUPARIO NORALEZ  CALLED``)
    (
        "called",
        r"\b(?:QUEUE|PAGE|TICKET|NEXT|NOW SERVING|CALLING)[:#]? ?[A-Z]?\d{1,5} +\p{Lu}[\p{Lu}\p{M}'\x{2019}-]+"
        r"(?: \p{Lu}[\p{Lu}\p{M}'\x{2019}-]+){1,2}(?:  |\t|: | CALLED\b| TO DESK\b| PLEASE\b|(?m:$))",
    ),
    # an e-mail header's sender or recipient written before the address, unquoted (``From: June Crane <…@…>``)
    ("headername", r"(?m:^)(?:From|To|Cc|CC|Reply-To|Sender):[ \t]+[^<>\n\"@]{2,60} <[^<>\s@]{1,64}@"),
    # a capitalised word inside a sentence (after a lower-case word or a comma) that no word list knows
    ("single", rf"[^\p{{L}}\p{{M}}'\x{{2019}}\n-]\p{{Ll}}[\p{{Ll}}\p{{M}}]*,? {_WORD}"),
    # a capitalised word where no lower-case word leads to it: a line's or a sentence's start, a list item, a
    # bracket (``Lotta c/o fatigue``, ``Present - Leia, Enar``, ``Family (Austri, Svanbjörg)``)
    # (three letters at least, as the model asks: ``He``, ``It``, ``No`` are never looked at; not after a comma: an
    # item of a list is found beside the name before it, by ``name_runs.list_names``; after a semicolon only as
    # the subject of a clause, see ``_lead``)
    (
        "lead",
        r"(?:(?m:^)|[(\[\"/\x{201C}\x{2022}]|[^\p{L}\p{M}\p{N}\s,][ \t])"
        r"\p{Lu}[\p{Ll}\p{M}]{2,}(?:['\x{2019}\x{02BB}-]\p{L}[\p{Ll}\p{M}]*)?",
    ),
    # a run of words in a script without case inside text in Latin letters (``taught to امیرمهدی and carer``)
    (
        "island",
        rf"(?:(?m:^)|[^\p{{L}}\p{{M}}\p{{N}}\n])[{_UNCASED}][{_UNCASED}\p{{M}}\x{{200C}}\x{{200D}}]*"
        rf"(?:[ \t][{_UNCASED}][{_UNCASED}\p{{M}}\x{{200C}}\x{{200D}}]*)*",
    ),
    # capitalised words in Cyrillic, Greek or Armenian letters inside text in Latin letters (``Ферапонт will``)
    (
        "foreign",
        rf"{_FOREIGN_CAPITAL}{_FOREIGN_LETTERS}(?:[ \t]{_FOREIGN_CAPITAL}{_FOREIGN_LETTERS}){{0,2}}",
    ),
    # who lies in a bed or a room a handoff names by number (``rm8  frank turner   90+yo``, ``Bed 9 Taufa /``)
    (
        "room",
        r"(?:(?m:^)|[ \t(/|;,])(?i:rm|room|bed|bay|cubicle|stretcher)[ ]?#?[0-9]{1,4}[A-Za-z]?(?:-[0-9]{1,3})?"
        r"(?::|\)| -)?[ \t]+\pL",
    ),
    # who speaks in a chat export that puts the time after the speaker (``Hejîn 07:16: on it``, ``Sailor 07:02``)
    (
        "speakertime",
        rf"(?m:^)[ \t]*[\p{{Lu}}{_UNCASED}][\p{{L}}\p{{M}}'\x{{2019}}-]*"
        rf"(?: [\p{{Lu}}{_UNCASED}][\p{{L}}\p{{M}}'\x{{2019}}-]*)?"
        r" [0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?: ?[AaPp][Mm])?(?::|[ \t]*(?m:$))",
    ),
    # a name with a nickname in quotes between its given and family names (``Robert "Bob" Okafor``)
    ("nickname", rf"{_LEAD}{_WORD} [\"'\x{{201C}}\x{{2018}}]{_WORD}[\"'\x{{201D}}\x{{2019}}] {_WORD}"),
    # a table row in pipes (``Chair | Patient | Nurse``): its header may name the columns holding people
    (
        "table",
        rf"(?:(?m:^)|\|)[ \t]*(?i:{C.alternation(sorted(_COLUMN_HEADINGS))})[ \t]*(?:\||(?m:$))",
    ),
    # a line of two to four words standing above a line naming a role (``FELIPA CUESTA`` over ``MEMBER ADVOCATE``,
    # ``Ana Okafor`` over ``Case Manager``): a signature block
    (
        "signature",
        rf"(?m:^)[ \t]*(?i:(?:[A-Za-z]+ ){{0,3}}(?:{C.alternation(C.TITLE_LINE_WORDS)}))\b",
    ),
    # a single name in square brackets (``[Kerrie] hospice on-call``, ``[Jet], mother``): an annotation of who
    ("bracketed", r"\[\p{Lu}[\p{Ll}\p{M}]+\](?:[ ,:]|(?m:$))"),
    # a family name in the plural after "the" (``The Paavilainens moved``)
    ("plural", rf"\b(?:The|the) {_WORD}s['\x{{2019}}]? \p{{Ll}}"),
    # a sign-off, the name after it on the same line or the next; a signature dash at the start of a line
    # (``(?m:^)``/``(?m:$)`` are empty-width: they match at a line feed without taking it)
    (
        "signoff",
        rf"\b(?:{C.alternation(C.SIGN_OFFS)})(?:[,.!:;]|[ \t]|(?m:$))"
        rf"|(?m:^)(?:--? |\x{{2014}}|\x{{2013}}|[/~](?:\p{{Lu}}|[{_UNCASED}]))"
        rf"| -\p{{Lu}}[\p{{L}}\p{{M}}'\x{{2019}}-]*[.!]?(?m:$)"
        rf"| - \p{{Lu}}[\p{{Ll}}\p{{M}}'\x{{2019}}-]+[.!]?(?m:$)",
    ),
    # a name in brackets closing a message's line, who wrote or is meant (``call Urjii re Dabala (Bilise)``)
    ("parenthesised", r"[ \t]\(\p{Lu}[\p{Ll}\p{M}]+\)[ \t]*(?m:$)"),
    (
        "email",
        r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){0,8}\.[A-Za-z]{2,24}",
    ),
    ("url", r"(?i:\b(?:https?|ftp|sftp)://|\bwww\.)[^\s<>\"'`{}|\\^\[\]]+"),
    ("ssn", r"\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b|(?:\*{3}|\b[xX]{3})-(?:\*{2}|[xX]{2})-\d{4}\b"),
    ("mbi", r"\b[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}\b"),
    ("dea", r"\b[A-Z][A-Z9]\d{7}\b"),
    ("vin", r"\b[A-HJ-NPR-Za-hj-npr-z0-9]{17}\b"),
    ("card", r"\b[3-6]\d{3}(?:[ -]?\d{2,6}){2,4}\b"),
    ("npi", r"\b[12]\d{9}\b"),
    # a number written as a phone (its extension with it: ``826-801-8159x08301``, ``… ext. 12``; ``001-`` dials
    # the US from abroad)
    (
        "phone",
        r"(?:\+?1[ .-]?|\b001[ .-])?(?:\(\d{3}\)[ ]?|\b\d{3}[ .-])\d{3}[ .-]\d{4}"
        r"(?:[ ]?(?i:x|ext\.?|extension)[ ]?\d{1,6})?\b",
    ),
    (
        "phonectx",
        r"(?i:\b(?:phone|tel|telephone|cell|mobile|fax|call|pager)\b)[ \t:#.]*(?:(?i:at) )?"
        r"\+?1?\d{10}\b",
    ),
    # a local number without its area code, a vanity number, after a word that says it is a phone
    (
        "phonelocal",
        r"(?i:\b(?:phone|tel|telephone|cell|mobile|fax|call|pager|ph|contact|home|work|ext|callback"
        r"|reach(?: her| him)? at)\b)[ \t:#.]*(?:(?i:at|on) )?[2-9]\d{2}-\d{4}\b"
        r"|\b1-\d{3}-\d{3}-[A-Z]{4,7}\b",
    ),
    # a date or a phone as OCR reads a fax back, a letter for a digit (``O9/O5/2026``, ``(65l) 387-67l3``): the
    # handler reads the letters as digits and asks the date's or the phone's own check
    (
        "ocrdigits",
        rf"\b(?:{_OCR}/{_ANY}{{1,2}}/{_ANY}{{4}}|{_ANY}{{1,2}}/{_OCR}/{_ANY}{{4}}|{_ANY}{{1,2}}/{_ANY}{{1,2}}/{_OCR})\b"
        rf"|(?:\(|\b)(?:{_OCR}\)?[ .-]?{_ANY}{{3}}[ .-]{_ANY}{{4}}|{_ANY}{{3}}\)?[ .-]?{_OCR}[ .-]{_ANY}{{4}}"
        rf"|{_ANY}{{3}}\)?[ .-]?{_ANY}{{3}}[ .-]{_OCR})\b",
    ),
    # an eight-digit number (Singapore's, Hong Kong's) after a word that says it is a phone (``contacted at 9424
    # 0380``, ``SMS OTP to 9057 8081``, ``HP 89335003``)
    (
        "phone8",
        r"(?i:\b(?:contacted at|call(?:ed)?(?: me| her| him)?(?: back)? at|reach(?: me| her| him)? at|sms(?: otp)? to"
        r"|text(?:ed)? to|whatsapp|hp|mobile|mob|phone|tel|cell))[ \t:#.]*[3689]\d{3}[ -]?\d{4}\b",
    ),
    ("intl", r"\+[2-9]\d{0,2}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}\b"),
    ("ip4", r"\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b"),
    ("ip6", rf"\b(?:{_HEX}:){{7}}{_HEX}\b|\b(?:{_HEX}:){{1,6}}:(?:{_HEX}:){{0,5}}{_HEX}\b|\b(?:{_HEX}:){{1,7}}:"),
    (
        "date",
        rf"\b{_YEAR}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])"
        rf"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{{1,9}})?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
        rf"|\b{_YEAR}/{_MM}/{_DAY}\b"
        rf"|\b{_DAY}/{_DAY}/(?:{_YEAR}|\d{{2}})\b"
        rf"|\b{_DAY}[.-]{_DAY}[.-]{_YEAR}\b"
        rf"|\b{_MON}\.? {_DAY}(?:st|nd|rd|th)?\b(?:,? {_YEAR}\b)?"
        rf"|\b{_DAY}(?:st|nd|rd|th)? (?:of )?{_MON}\.?(?:,? {_YEAR})?\b"
        rf"|\b{_MON}\.?,? {_YEAR}\b"
        rf"|\b{_DAY}[-/]{_MON}[-/](?:{_YEAR}|\d{{2}})\b|\b{_DAY}{_MON}{_YEAR}\b"
        rf"|\b{_DAY}(?:\.|º|er)? (?:de )?{_MON_INTL}\.?(?:,? (?:de |del )?{_YEAR})?\b",
    ),
    # a month and a day without a year, where a date is meant (``on 2/22``, ``2/22 at 10:30``); never ``1/2 tab``
    (
        "dayofyear",
        rf"(?i:\b(?:on|by|until|since|from|thru|through|due|appt\.?|appointment|visit|seen|dos|dated|before|after"
        rf"|next|last|sched(?:uled)?|onset|session|tomorrow|today|yesterday|[a-z]*date|started|stopped|held|resumed"
        rf"|positive(?: for \w+)?|negative(?: for \w+)?|fall|fell|injured|surgery|admitted|discharged|transferred"
        rf"|flying in|arriving|arrived|returned|born|died|expired|exposure|exposed|taken|drawn|collected|received"
        rf"|faxed|signed|vaccinated|tested|diagnosed|delivered|mg|mcg|units))[ \t]*[:,]?[ \t]*{_MM}/{_DAY}\b"
        rf"|\b{_MM}/{_DAY} (?:at|@) \d"
        rf"|(?m:^)[ \t]*{_MM}/{_DAY}[ \t]*(?m:$)",
    ),
    (
        "address",
        rf"\b\d{{1,6}}[A-Z]? (?:[NSEW]{{1,2}}\.? )?(?:[A-Z](?:[a-z]+|[a-z]{{1,2}}[A-Z][a-z]+|'[A-Z][a-z]+)\.? "
        rf"|\d{{1,3}}(?:st|nd|rd|th) ){{1,4}}{_SUFFIX}\b\.?"
        r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Rm|Room|Fl|Floor|#)\.? ?#?[A-Za-z0-9-]{1,6}\b)?"
        r"|\bP\.? ?O\.? Box \d{1,6}\b|\bPOB \d{1,6}\b|\b(?:RR|HC|R\.R\.|Rural Route) \d{1,3},? Box \d{1,6}\b"
        rf"|\b\d{{1,6}} (?:[NSEW]\.? )?Broadway\b",
    ),
    # addresses in capitals, on a street grid, and abroad: their own alternative, searched only in a text the
    # set finds one in (the common form above is in most notes; these are not)
    (
        "address2",
        rf"\b(?:\d{{1,6}}[A-Z]?|[NSEW]\d{{1,3}}[NSEW]\d{{1,6}}) (?:[NSEW]\.? )?(?:[A-Z][A-Z]+\.? ){{1,4}}"
        rf"{_SUFFIX_CAPS}\b"
        rf"|\b[NSEW]\d{{1,3}}[NSEW]\d{{1,6}} (?:[NSEW]\.? )?(?:[A-Z][a-z]+\.? ){{0,3}}{_SUFFIX}\b"
        rf"|\b{_STREET_FIRST} (?:(?:{_PARTICLES}) )?(?:[A-Z][\p{{L}}']+ (?:(?:{_PARTICLES}) )?){{0,3}}"
        rf"[A-Z][\p{{L}}']+,? \d{{1,5}}[a-z]?\b"
        rf"(?:(?: \d{{1,5}}| ?,? {_UNITS_ABROAD} \d{{1,5}}){{1,3}}\b)?"
        rf"|\b\d{{1,5}},? {_STREET_FIRST_MIXED} (?:[A-Z][\p{{L}}']+ ){{0,3}}[A-Z][\p{{L}}']+"
        rf"|\b(?:\p{{Lu}}\p{{Ll}}+-)*\p{{Lu}}\p{{Ll}}+(?:{_STREET_LAST}|-{_STREET_LAST_WORD}) "
        rf"\d{{1,5}}(?:[a-z]|[/-]\d{{1,3}})?\b"
        rf"|\b\d{{1,5}}(?: ?(?:bis|ter))?,? {_STREET_FIRST_FRENCH} (?:(?:de la|de l'|du|des|de|d')[ ]?)?"
        rf"[A-Z][\p{{L}}'-]+"
        rf"(?: (?:(?:de|du|des|la|le) )?[A-Z][\p{{L}}'-]+){{0,3}}"
        rf"|\b\d{{2,6}} VIA [A-Z]+(?: [A-Z]+)?\b",
    ),
    # a county or parish (``Middlesex County``): a geographic subdivision smaller than a state
    (
        "county",
        r"\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:County|Parish|Borough)\b"
        r"|\b(?:Co\.|County) (?:na |an )?\p{Lu}[\p{Ll}\x{0301}]+(?:[ -]\p{Lu}\p{Ll}+)?\b",
    ),
    # a town named a city (``Cebu City``, ``Talisay City``): a subdivision smaller than a state
    ("namedcity", r"\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? City\b"),
    (
        "cityzip",
        rf"(?:\b[A-Z](?:[a-z]+|[A-Z]+)(?:[ -][A-Z](?:[a-z]+|[A-Z]+)){{0,2}}, )?\b(?:{_STATES}|{_STATE_NAMES})\.?,? "
        r"\d{5}(?:-\d{4})?\b",
    ),
    # a postal code abroad: Canada's and the UK's by their shape, any other before its country's name
    (
        "postcode",
        r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"
        r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b"
        rf"|\b\d{{4,6}}(?:-\d{{3,4}})?,?[ \n](?:{_COUNTRIES})\b",
    ),
    # a city before a state (``Paterson, NJ``, ``Kailua, Hawaii``) with no ZIP after it; not ``Okafor, MD`` or
    # ``Lee, PA`` (credentials), which the state codes MD and PA would take
    (
        "citystate",
        rf"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}, (?:{_STATE_CODES_NOT_CREDENTIALS}|{_STATE_NAMES})\b",
    ),
    ("zipctx", r"(?i:\b(?:zip(?: code)?|post ?code|postal code)\b)[ \t:#*\"']*\d{5}(?:-\d{4})?\b"),
    # a Singapore address: its block, street, number and unit (``Blk 178 Woodlands Drive 14 #16-851``), and the
    # six-digit postal code after the city's name (``Singapore 525041``)
    (
        "sgaddress",
        r"\bBlk \d{1,4}[A-Z]?(?: [A-Z][a-z]+){1,4}(?: \d{1,3}[A-Z]?)?(?:,? #\d{1,3}-\d{1,5})?"
        r"|\bBlock \d{1,4}[A-Z]?(?: [A-Z][a-z]+){1,4}(?: \d{1,3}[A-Z]?)?,? #\d{1,3}-\d{1,5}"
        r"|\bSingapore,? \d{6}\b",
    ),
    # an HL7 address's city, state and ZIP by their components in any segment (``^^Paterson^NJ^07501``)
    ("hl7zip", rf"\^[A-Za-z][A-Za-z .'-]{{0,40}}\^(?:{_STATES})\^\d{{5}}(?:-\d{{4}})?\b"),
    # an Indian address's house and street (``H.No. 27, Dara Nagar``, ``170, Bhagat Marg``), and its town before the
    # PIN code (``Tenali-915342``, ``Navi Mumbai - 400703``)
    (
        "inaddress",
        r"\b(?:H\. ?No\. ?|House No\.? ?|Flat No\.? ?)?\d{1,4}(?:/\d{1,4})?,?[ \n](?:\p{Lu}\p{Ll}+ ){1,2}"
        r"(?:Nagar|Marg|Path|Zila|Chowk|Ganj|Gali|Bagh|Vihar|Colony|Enclave|Layout|Puram|Peth|Wadi|Halli)\b",
    ),
    ("inpin", r"\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? ?- ?[1-9]\d{5}\b"),
    # a postal code abroad after its word, by the shapes a five-digit ZIP is not (``Postcode 2484``, ``PIN 560034``,
    # ``CEP 01386-459``, ``Eircode D02 X285``)
    (
        "postctx",
        r"(?i:\b(?:post ?code|postal code|pin ?code|pincode|pin|eircode|cep|plz)\b)[ \t:#*\"']*"
        rf"{_POSTCODE_AFTER_WORD}\b",
    ),
    (
        "age",
        r"\b\d{2,3}(?:-| )?(?:years?|yrs?|y)(?:-| )?old\b|\b\d{2,3} ?(?:y/o|yo|y\.o\.)"
        r"|(?i:\baged?\b)(?: \((?i:years?|yrs?)\))?[ \t:=.]*\d{2,3}\b"
        r"|\b\d{2,3} ?(?:years?|yrs?|y|Y)\b(?:[ ,.;:)/]|(?m:$))|\b(?:9\d|1[0-2]\d) ?[MF]\b"
        r"|(?i:\b(?:turns|turned|turning|will be|celebrat(?:ed|es|ing) (?:her|his|their))) (?:9\d|1[0-2]\d)\b"
        r"|(?i:\b(?:9\d|1[0-2]\d)(?:st|nd|rd|th) birthday)",
    ),
    # an age over 89 in brackets or commas right after a name (``Smith, Ann (93)``, ``Mrs Okafor, 93, lives``)
    ("agebracket", r"(?:(?m:^)|[^\p{L}\p{M}\n])\p{L}+(?: \((?:9\d|1[0-2]\d)(?: ?[MFmf])?\)|, (?:9\d|1[0-2]\d),)"),
    # what a call's transcription spells out: a name letter by letter (``W-I-L-S-O-N``), a number digit by digit
    # in words (``four zero one, nine two six, four two eight four``), a date with its day as an ordinal word
    # (``February eleventh nineteen sixty nine``)
    (
        "spelledname",
        r"(?i:\b(?:that's|that is|spelled|spelling|spells?|last name|first name|surname|name is|name's)\b)[ ,:]*"
        r"(?:[A-Z]-){2,}[A-Z]\b",
    ),
    (
        "digitwords",
        rf"(?i:\b{_DIGIT_WORD}(?:[ ,.-]{{1,3}}{_DIGIT_WORD}){{6,15}}\b)",
    ),
    (
        "datewords",
        rf"\b(?:{_MONTH_NAMES}) (?:the )?(?i:{_ORDINAL_WORDS})\b"
        rf"(?:,? (?i:nineteen|twenty)(?:[ -](?i:{_YEAR_TAIL_WORDS})){{1,2}})?",
    ),
    # a patient typed in lower case where a message opens, placed in a bed (``abdikarim in Bed 4``, ``kyle in ED 17``)
    (
        "lowerinbed",
        r"(?:(?m:^)|: )[a-z][\p{Ll}\p{M}'-]+(?: [a-z][\p{Ll}\p{M}'-]+)? (?:in|at|to) "
        r"(?i:bed|rm|room|ed|bay|pod|icu|pacu) ?\d",
    ),
    # a name in capitals a waiting room's board or a page sends somewhere (``AIDYSMAA TYULUSH TO ROOM 2``, ``PAGE
    # MORTISE RETORT TO WARD 3``, ``NOW SERVING A-57 HONU HAOA``)
    (
        "capsto",
        r"(?:(?m:^)|: |\bPAGE )[\p{Lu}'-]+(?: [\p{Lu}'-]+){0,2} TO (?:ROOM|WARD|BED|BAY|DESK|WINDOW|COUNTER|TRIAGE)"
        r" ?\d{0,3}\b|\bNOW SERVING [A-Z]?-?\d{1,4} [\p{Lu}'-]+(?: [\p{Lu}'-]+){0,2}",
    ),
    # a name typed in lower case where a text message says who writes (``its zolani here``, ``this is siew lan here``)
    ("lowerhere", r"(?i:\b(?:it'?s|this is) )[a-z][\p{Ll}\p{M}'-]+(?: [a-z][\p{Ll}\p{M}'-]+)? here\b"),
    # a research subject's initials in brackets after their number (``Subject ZA93-059 (N-M), a 34-year-old``)
    (
        "subjectinitials",
        r"(?i:\b(?:subject|patient|participant|pt))[ #:]*[A-Za-z0-9-]{3,20} \(\p{Lu}(?:[.-]?\p{Lu}){1,3}\.?\)",
    ),
    # a name typed in lower case right before its date of birth (``fyi mack lock dob 12/16/12``)
    ("lowerdob", r"\b[a-z][\p{Ll}\p{M}'-]+ [a-z][\p{Ll}\p{M}'-]+,? (?i:dob|d\.o\.b\.|born)[ :]*\d"),
    # an age over 89 in words (``ninety-three-year-old``, ``one hundred and one years old``)
    (
        "agewords",
        r"(?i:\b(?:ninety|one hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?"
        r"[- ](?:years?|yrs?)[- ]old\b|\baged? (?:ninety|one hundred)(?:[- ](?:and[- ])?[a-z]+)?\b)",
    ),
    ("mrn", r"\bMRN-?\d{4,12}\b"),
    # what is said to end a number: ``SSN ends in 4603``, ``card ending 0854``, ``Visa x0854``
    (
        "lastfour",
        r"(?i:\b(?:ssn|social security(?: number| no\.?)?|ss#|card|visa|mastercard|amex|discover|account|acct)\b)"
        r"[^.\n\d]{0,24}?(?:ending(?: in)?|ends in|last (?:four|4)(?: digits)?(?: are| is)?|x{2,}|\*{2,}|#)"
        r"[ :#]*\d{4,8}\b"
        r"|(?i:\blast (?:four|4)(?: digits)?"
        r"(?: (?:are|is|of (?:the |his |her |my |your )?(?:social|ssn|card|account)))?)[ :#-]*\d{4}\b",
    ),
    # a plate after a word that says so (``plate WGN 046``, ``caller in car AX 67 VZ GP``, ``driveway: LHL 094``)
    (
        "plate",
        r"(?i:\b(?:plate|licen[cs]e tag|tag number|tag no\.?|tag #|vehicle|veh|car|truck|van|suv|driveway|parked)\b)"
        r"[ \t:#.]*(?:(?i:number|no\.?|#) ?)?[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,3}\b",
    ),
    # an Australian Medicare card number after its name (``Medicare 2294 36915 3``, ``Medicare 5114-90399-3``)
    ("aumedicare", r"\bMedicare(?: card| no\.?| number)?[ \t:#]*[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ /-]?\d)?\b"),
    # an Australian postcode after its state (``Marrickville NSW 2204``): removed whole, as a code abroad is
    ("aupostcode", r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}\b"),
    # a biometric template named by what it holds (``voiceprint VP-7626-BNNS06``, ``fingerprint=FPT393827399``)
    (
        "biometricref",
        r"(?i:\b(?:voice ?print|finger ?print|face ?print|palm ?print|palm vein|iris (?:scan|template)|retina scan"
        r"|biometric(?: match| id| template| ref)?|(?:face|voice|palm|iris) (?:match|template|tmpl|id)(?: on file)?))"
        r"(?:[ \t:=#]+(?:id |template )?)(?i:(?:voice|finger|face|palm) ?print[:=#])?[A-Za-z0-9][A-Za-z0-9-]{5,30}\b",
    ),
    # a ZIP+4 (``96793-2637``): no other number is written so (an NDC, ``00093-7214-01``, has a third group)
    ("zip4", r"\b\d{5}-\d{4}\b"),
    # a UK National Insurance number (``QQ 12 34 56 C``): a person's number, as an SSN is
    ("nino", r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b"),
    # a flat, a unit or a level and its street, as UK and Australian addresses open (``Flat 2, Haynes Rapid``,
    # ``Studio 20E, Leslie Road``, ``Level 6 57 Debra Quadrant``, ``Unit 26, 47 Williams Drive``, ``9/16 Stephens
    # Green``)
    (
        "flat",
        r"\b(?:(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite|Level|Shop) [A-Z]?\d{1,4}[A-Za-z]?,?[ \n](?:\d{1,5}[A-Z]? )?"
        r"|\d{1,4}[A-Z]?/\d{1,5}[A-Z]? )"
        rf"(?:[A-Z](?:[a-z]+|[a-z]{{1,2}}[A-Z][a-z]+|'[A-Z][a-z]+) ){{1,3}}{_SUFFIX}\b",
    ),
    # a UK phone (``01632 960 968``, ``(0191) 496 0780``, ``+44 20 7946 0958``)
    (
        "ukphone",
        r"(?:\+(?:44|61|64)[ ]?(?:\(0\)[ ]?)?\d{1,4}|\(0\d{1,4}\)|\b0\d{1,4})[ .-]?\d{3,4}[ .-]?\d{3,4}\b"
        r"|(?:\(0\d{2,5}\)[ ]?|\b0\d{2,5} )\d{4,8}\b",
    ),
    # a French phone in pairs (``04 27 98 20 97``, ``+33 (0)2 14 52 54 80``), a Brazilian one after its area code
    # (``83 3570-4197``, ``(11) 98765-4321``; not ``12 0800-1600``, hours)
    (
        "frphone",
        r"(?:\+33 ?(?:\(0\) ?)?|\b0)[1-9](?:[ .]\d{2}){4}\b|(?:\(\d{2}\) ?|\b\d{2} )(?:9\d{4}|[3-9]\d{3})-\d{4}\b",
    ),
    # a network card's address (``6a:e8:ed:a1:fd:42``): a device's identifier
    ("mac", r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b"),
    # a UUID, whole, in any case (``a409a137-00cd-4d0c-847d-d4a7435d2f47``): a record's number by its shape
    ("uuid", r"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b"),
    # a military or diplomatic address (``PSC 5171, Box 8793, APO AP 53705``, ``USNS Smith, FPO AA 12345``)
    (
        "military",
        r"\b(?:(?:PSC|Unit|CMR) \d{3,5},? Box \d{3,5}|USN?S \p{Lu}[\p{L}'-]+),? (?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}\b",
    ),
    # a vehicle identification number after the word vehicle, check digit or not (``Vehicle 1HGBH41JXMN109186``)
    ("vehiclevin", r"(?i:\bvehicle\b)[ \t:#]*[A-HJ-NPR-Z0-9]{17}\b"),
    # an e-mail address spelled out to dodge filters (``joseph at comcast dot net``)
    (
        "spelledemail",
        r"\b[A-Za-z0-9._%+-]{2,64} ?(?:\(at\)|\[at\]| at ) ?[A-Za-z0-9-]{2,63}"
        r"(?: ?(?:\(dot\)|\[dot\]| dot ) ?[A-Za-z]{2,24}){1,3}\b",
    ),
    # the display name of an e-mail address (``"Hiroshi Yamamoto" <joseph@comcast.net>``)
    ("displayname", r"\"[^\"\n]{2,60}\" <[A-Za-z0-9._%+-]{1,64}@"),
    # a camera's or a phone's photo file name (``IMG_20240714_396823.jpg``, ``PXL_…``, ``DSC_0042.JPG``)
    (
        "photofile",
        r"(?i:\b(?:IMG|PXL|DSC|DCIM|VID|MVIMG|Screenshot)[_-][A-Za-z0-9_-]{3,40}\.(?:jpe?g|png|heic|gif|tiff?|mp4|mov)\b)"
        r"|(?i:\b[A-Za-z_-]{0,20}(?:face|photo|selfie|portrait|headshot|mugshot|passport|id_card|license|wound|lesion"
        r"|rash|ulcer|burn|injury|xray)[A-Za-z_-]{0,20}"
        r"[0-9][A-Za-z0-9_-]{2,40}\.(?:jpe?g|png|heic|gif|tiff?|bmp|webp)\b)"
        r"|(?i:\b[A-Za-z_-]{0,20}[0-9]{5,}[A-Za-z0-9_-]{0,30}\.(?:jpe?g|png|heic|gif|tiff?|bmp|webp)\b)",
    ),
    # a phone or fax number after its label, whether or not the numbering plan would issue it (``Fax: 128.060.5925``)
    (
        "phonelabel",
        r"(?i:\b(?:phone|tel|telephone|cell|mobile|fax|pager)\b)[^\n0-9]{0,24}?(?:\+?1[ .-]?)?\(?[0-9]{3}\)?"
        r"[ .-]?[0-9]{3}[ .-][0-9]{4}(?: ?(?i:x|ext\.?) ?[0-9]{1,6})?\b",
    ),
    # a FHIR Patient's logical id inside a text or a path (``/fhir/Patient/124-6752``); a plate written with a space
    ("fhirpatient", r"\b(?:Patient|Person|RelatedPerson)/[A-Za-z0-9][A-Za-z0-9.-]{0,63}"),
    ("plate2", r"(?i:(?:\b|_)(?:plate|vehicle)(?: number| no\.?| #)?)[ \t:#.\"']*[A-Z0-9]{1,4}[ -][A-Z0-9]{2,6}\b"),
    # a quoted key and its quoted value in a text that is no JSON document (a log's JSON lines, a payload
    # quoted in a message): the key names the kind, as in a document (``"device_id": "U6HZ-0PX2-IJBP"``)
    (
        "quotedpair",
        r"\"[A-Za-z_][A-Za-z0-9_ -]{0,40}\"[ \t]*:[ \t]*\"[^\"\n\\]{1,200}\""
        r"|'[A-Za-z_][A-Za-z0-9_ -]{0,40}'[ \t]*:[ \t]*'[^'\n\\]{1,200}'",
    ),
    # a postal code before its town and a country's code, as Europe writes them (``43342 SULMONA, IT``)
    (
        "eupostal",
        r"\b(?:[0-9]{4,5}|[0-9]{2}-[0-9]{3}|[0-9]{5}-[0-9]{3}|[0-9]{4} [A-Z]{2}) \p{Lu}[\p{L}\p{M}'.-]+"
        rf"(?: [\p{{Lu}}\p{{Ll}}][\p{{L}}\p{{M}}'.-]+){{0,3}}, (?:{_COUNTRY_CODES})\b",
    ),
    # capitals and digits in groups of four (``WU1O-2SZ2-W7UL``), or a code after a prefix (``FPT-LFQF98UHB8M3``)
    ("keyed4", r"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?:-[A-Z0-9]{4})?\b|\b[A-Z]{2,5}-[A-Z0-9]{8,20}\b"),
    # a DICOM person name (``(0010,0010) PN [NEMEȘ^PLEȘU]``): its components between the carets
    (
        "dicompn",
        r"\bPN[ \t]+\[[^\]\n]{1,100}\]|(?i:\b(?:patient_?name|name|pn))[ \t]*[:=]?[ \t]*"
        r"\p{Lu}[\p{L}\p{M}'-]+\^\p{Lu}[\p{L}\p{M}'-]*(?:\^[\p{L}\p{M}'-]*)*"
        r"|(?:(?m:^)|[ \t:=(\[\"])\p{Lu}[\p{L}\p{M}'-]+\^\p{Lu}[\p{L}\p{M}'-]*(?:\^[\p{L}\p{M}'-]*){0,4}",
    ),
    # who speaks in a chat that writes its nicknames in angle brackets (``<Meztli> ward round cancelled``)
    (
        "nick",
        rf"(?:(?m:^)|[ \t])<[\p{{Lu}}{_UNCASED}][\p{{L}}\p{{M}}'\x{{2019}}-]*"
        rf"(?: [\p{{Lu}}{_UNCASED}][\p{{L}}\p{{M}}'-]*)?>",
    ),
    # a log's key=value (or a snake_case key and a colon) whose key names a person (``user=Cihuatl``,
    # ``called_by: Tsura``, ``author="Ana Okafor"``)
    (
        "logpair",
        r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*(?:=|_[A-Za-z0-9]+: )(?:\"[^\"\n]{1,60}\"|[^\s\",;|=]{1,40})",
    ),
    # an employer named after the words that say one works there (``Works at Lane Tortilleria``): Safe Harbor's
    # names include the individual's employers
    (
        "employer",
        r"\b(?:[Ww]orks (?:(?:nights|days|weekends|evenings|shifts|part-time|full-time|part time|full time) )?"
        r"(?:at|for)|[Ee]mployed (?:at|by)|[Ee]mployer:)[ \t]+\p{Lu}[\p{L}\p{M}'&.-]*"
        r"(?:(?:,? | and | & | y | e | de )\p{Lu}[\p{L}\p{M}'&.-]*){0,5}",
    ),
    # a line typed without capitals (``hey is fatima abdelrahman in 526``): its dictionary names typed so too
    ("lowerline", r"(?m:^)[^\p{L}\p{N}\n]{0,6}\p{Ll}[^\n]* [^\n]* [^\n]*"),
    # a name typed in lower case before an age and sex (``P: aaliyah washington 85yo M``)
    (
        "lowerage",
        r"(?:(?m:^)|: |\t)\p{Ll}[\p{Ll}\p{M}'-]+(?: \p{Ll}[\p{Ll}\p{M}'-]+){1,2} \d{1,3} ?(?:yo|y/o|[FM])\b",
    ),
    # a name typed in lower case signing a line off after a slash (``… cancelled /meztli quetzalcoatl``)
    ("slashlower", r"[ \t]/\p{Ll}[\p{Ll}\p{M}'-]+(?: \p{Ll}[\p{Ll}\p{M}'-]+){1,2}[ \t]*(?m:$)"),
    # a search result's highlighted words (``<em>Hrubý</em>``, ``**Hrubý**``): a name when shaped like one
    ("highlight", r"<(?:em|b|strong|mark)>[^<>\n]{1,60}</(?:em|b|strong|mark)>"),
    # a driver's licence after DL, an IBAN written without spaces (checked by its mod-97 sum)
    ("dl", r"\bDL[ \t:#]*[A-Z0-9][A-Z0-9-]{5,20}\b"),
    ("ibancompact", r"\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\b"),
    # a DICOM UID (a study's, a series', an image's: ``1.2.840.113619.2.55.3.8827334416.310…``)
    ("dicomuid", r"\b1\.2\.(?:840|826|276|392)(?:\.\d{1,20}){5,30}\b"),
    # an opaque code of capitals and digits mixed (``7XK4Q29D``, ``A1B2-C3D4``): a record's number by its shape
    # (letters and digits alternate twice at least, so ``F32``, ``COVID19``, ``MRN5590982`` never reach the handler)
    ("opaque", r"\b(?:[A-Z]+[0-9]+|[0-9]+[A-Z]+){2,}[A-Z0-9]*(?:-[A-Z0-9]+){0,3}\b|\b[0-9]{3,}[A-Z][0-9]{3,}\b"),
    # a device's GS1 UDI written without its brackets: (01) GTIN, then (17) expiry, (10) lot or (21) serial
    ("udi", r"\b01\d{14}[A-Za-z0-9]{2,40}\b"),
    # a specimen or accession number (``S24-09474``, ``UW22-275578``), digits in groups (``94-798-863``,
    # ``269 300 067``), a 32 to 64 digit hexadecimal digest (a biometric template's or a voiceprint's hash)
    (
        "grouped",
        r"\b[A-Z]{1,3}\d{2}-\d{4,8}\b|\b\d{2,3}-\d{3}-\d{3}\b|\b\d{3} \d{3} \d{3}\b|\b\d{2}-\d{7}(?:-\d)?\b"
        r"|(?i:\b(?:voice|finger|iris|retina|face|palm|biometric|print|template)\w*\b)"
        r"[^\n]{0,24}?\b[0-9a-f]{32,64}\b",
    ),
    (
        "id",
        r"\b[A-Z]{1,5}\d{5,15}[A-Z]{0,4}\b|\b[A-Z]{2,6}-\d{2,6}-\d{4,12}\b|\b[A-Z]{1,6}-\d{5,12}(?:-\d{1,4})?\b"
        r"|\b\d{7,19}\b",
    ),
)

_NAMES = tuple(name for name, _ in _ALTERNATIVES)
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 32 << 20
_SET = re2.Set.SearchSet(_OPTIONS)
for _name, _rx in _ALTERNATIVES:
    _SET.Add(_rx.encode())
_SET.Compile()
# The low-level RE2 objects: ``Match(anchor, bytes, pos, endpos)`` returns group spans without the Python
# wrapper's per-call offset bookkeeping (we only ever pass bytes, so its str handling is not needed).
_COMPILED = tuple(re2.compile(rx.encode(), _OPTIONS)._regexp for _, rx in _ALTERNATIVES)
_UNANCHORED = re2._Anchor.UNANCHORED
_ANCHOR_START = re2._Anchor.ANCHOR_START

_TAILS = {
    _NAMES.index("cue"): re2.compile(
        rf"{_TOK}(?: {_PARTICLE}{{0,3}}{_PREFIX}?{_TOK}){{0,3}}".encode(), _OPTIONS
    )._regexp,
}
"""Alternatives searched by their head, their tail matched anchored where the head's last character starts.

Searched whole, the cue pattern (a cue word, then up to five name tokens of Unicode letters) ran at 5 MB/s
and took half of all pattern time on dense patient JSON; its head alone (the cue word and the first
letter) runs 15 times faster and finds the same starts. Every head's last character is the first
character of its tail, and the tail always matches there, so head + anchored tail is the match the whole
pattern gives (leftmost-first, greedy), and the search resumes after it as before."""


_ASCII_VALUE_CHARS = "".join(chr(c) for c in range(128) if chr(c).isalnum()) + "-/"


def _trailing_value(s: str) -> int:
    """Index where the trailing identifier value (letters, digits, ``-``, ``/``) of ``s`` starts."""
    if s.isascii():  # one C-level strip: the ASCII letters and digits are the ASCII characters isalnum takes
        return len(s.rstrip(_ASCII_VALUE_CHARS))
    i = len(s)
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "-/"):
        i -= 1
    return i


_CTX_KINDS: tuple[tuple[str, str], ...] = (
    ("mrn", K.MRN),
    ("medical card", K.HEALTH_PLAN),
    ("gms", K.HEALTH_PLAN),
    ("medicaid", K.HEALTH_PLAN),  # a plan's number, which a profile keeping IDs still masks
    ("health card", K.HEALTH_PLAN),
    ("medical", K.MRN),
    ("acc", K.ACCOUNT),
    ("member", K.HEALTH_PLAN),
    ("subscriber", K.HEALTH_PLAN),
    ("policy", K.HEALTH_PLAN),
    ("group", K.HEALTH_PLAN),
    ("medicare", K.MBI),
    ("mbi", K.MBI),
    ("driver", K.LICENSE),
    ("serial", K.DEVICE),
    ("s/n", K.DEVICE),
    ("device", K.DEVICE),
    ("udi", K.DEVICE),
    ("vin", K.VIN),
    ("plate", K.PLATE),
    ("tag", K.PLATE),
    ("license plate", K.PLATE),
    ("licence plate", K.PLATE),
    ("dea", K.DEA),
    ("npi", K.NPI),
    ("patient", K.ID),
    ("lic", K.LICENSE),
)


@lru_cache(maxsize=1024)
def _ctx_kind(keyword: str) -> str:
    """The kind a context keyword names (cached: the same few labels, ``MRN``, ``SSN``, recur in every note)."""
    k = keyword.lower()
    if k.startswith(("ss", "social")):
        return K.SSN
    for prefix, kind in _CTX_KINDS:
        if k.startswith(prefix):
            return K.PLATE if "plate" in k else kind
    return K.ID


_LOOKBACK_WORDS: tuple[tuple[str, str], ...] = (
    ("serial", K.DEVICE),
    ("s/n", K.DEVICE),
    ("device", K.DEVICE),
    ("licen", K.LICENSE),
    ("member", K.HEALTH_PLAN),
    ("subscriber", K.HEALTH_PLAN),
    ("policy", K.HEALTH_PLAN),
    ("insurance", K.HEALTH_PLAN),
    ("account", K.ACCOUNT),
    ("acct", K.ACCOUNT),
    ("mrn", K.MRN),
    ("record", K.MRN),
    ("plate", K.PLATE),
    ("iban", K.ACCOUNT),
    ("claim", K.ACCOUNT),
)


def _lookback_kind(text: str, start: int, default: str) -> str:
    """The kind named by the closest context word in the 40 characters before ``start``, at a word's start
    (``plate`` in ``license plate``, ``vehicle_plate``; not in ``template``)."""
    window = text[max(0, start - 40) : start].lower()
    best, best_pos = default, -1
    for word, kind in _LOOKBACK_WORDS:
        if word not in window:  # most windows hold none of the words: ``in`` spares a method call each
            continue
        pos = window.rfind(word)
        while pos > 0 and window[pos - 1].isalpha():
            pos = window.rfind(word, 0, pos)
        if pos > best_pos:
            best, best_pos = kind, pos
    return best


def _digit_run(s: str, from_end: bool) -> tuple[int, int]:
    idx = range(len(s) - 1, -1, -1) if from_end else range(len(s))
    start = end = -1
    for i in idx:
        if s[i].isdigit():
            if end < 0:
                start = end = i
            else:
                start, end = min(start, i), max(end, i)
        elif end >= 0:
            break
    return start, end + 1


def _temperature(s: str, a: int, text: str) -> bool:
    """``100F`` after a word for temperature (``Temp 100F``, ``febrile to 101 F``): degrees, not an age."""
    if not s.endswith("F"):
        return False
    window = text[max(0, a - 24) : a].lower()
    return any(word in window for word in ("temp", "fever", "febrile", "tmax", "t max", "°", "deg"))


def _age_bracket(s: str, a: int, text: str) -> list[Span]:
    """The number after a word that is no English word (a name: ``Ann (93)``; not ``Total (100)``)."""
    if not s[0].isalpha():
        s, a = s[1:], a + 1
    cut = min(i for i in (s.find(" ("), s.find(", ")) if i >= 0)
    word = s[:cut]
    if word.casefold() in N.english() and word not in N.dictionary_names() and word not in N.ambiguous():
        return []
    lo, hi = _digit_run(s, from_end=False)
    return [(a + lo, a + hi, K.AGE)]


def _age_words(s: str, a: int, text: str) -> list[Span]:
    """An age over 89 in words: the words from its number on (``aged ninety-three``)."""
    low = s.lower()
    start = min(i for i in (low.find("ninety"), low.find("one hundred")) if i >= 0)
    return [(a + start, a + len(s), K.AGE)]


def _age(s: str, a: int) -> list[Span]:
    lo, hi = _digit_run(s, from_end=s[:1].isalpha())
    return [(a + lo, a + hi, K.AGE)] if 89 < int(s[lo:hi]) <= 130 else []


def _city_state(s: str, a: int, text: str) -> list[Span]:
    """The city before ``, STATE`` (the state itself is kept: Safe Harbor masks what is smaller than a state),
    unless the words before the comma are everyday words or stop words (``Call, OK``, ``Seen, NE``)."""
    comma = s.rindex(", ")
    city = s[:comma]
    end = a + len(s)
    if s[comma + 2 :] in _STATE_WORDS and text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
        return []  # "Postgres, OR MySQL", "Rome, IN Italy": a word in capitals, not a state
    for word in city.replace("-", " ").split():
        if R.is_stop(word) or (R.is_common(word) and not R.is_place_word(word)):
            return []
    return [(a, a + comma, K.CITY)]


def _zip_start(s: str) -> int:
    """Where the ZIP code ending ``s`` starts: its five digits, with the ``-`` and four after them if written (the
    whole ZIP+4 is one identifier; the masker generalises it from its first three digits)."""
    n = len(s)
    return n - 10 if n >= 10 and s[n - 5] == "-" and s[n - 10 : n - 5].isdigit() else n - 5


def _cityzip(s: str, a: int) -> list[Span]:
    lo = _zip_start(s)
    out: list[Span] = [(a + lo, a + len(s), K.ZIP)]
    comma = s.find(",")
    state_start = s.rfind(" ", 0, lo - 1)
    if 0 < comma < state_start:
        out.append((a, a + comma, K.CITY))
    return out


_TOWN_BEFORE = re2.compile(r"(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) $")


def _postcode(s: str, a: int, text: str) -> list[Span]:
    """A postal code abroad: the code alone (before a country's name, the name stays), and there the town two
    commas back (``…, Göppingen, Hessen 85175, Germany``: a region stands between), or else the town right before
    the code (``Damak 57217, Nepal``)."""
    if not s[0].isdigit():
        return [(a, a + len(s), K.ZIP)]
    digits = len(s) - len(s.lstrip("0123456789-"))
    out: list[Span] = [(a, a + digits, K.ADDRESS)]  # removed whole: the first three digits are a US ZIP's rule
    region_comma = text.rfind(", ", max(0, a - 40), a)
    town_comma = text.rfind(", ", max(0, region_comma - 40), region_comma) if region_comma > 0 else -1
    if town_comma >= 0:
        town = text[town_comma + 2 : region_comma]
        words = town.split()
        if 0 < len(words) <= 4 and words[0][:1].isupper() and not any(c.isdigit() for c in town):
            out.append((town_comma + 2, region_comma, K.CITY))
            return out
    low = max(0, a - 40)  # a slice: re2's pos and endpos cost the length of the text before them
    before = _TOWN_BEFORE.search(text[low:a])
    if before is not None and not any(R.is_common(w) or R.is_stop(w) for w in before.group(1).split()):
        out.append((low + before.start(1), low + before.end(1), K.CITY))  # ``Damak 57217, Nepal``: no region between
    return out


def _hl7_city_zip(s: str, a: int, text: str) -> list[Span]:
    """An HL7 address's city and ZIP around its state (``^Paterson^NJ^07501``): the city and the ZIP, the state
    kept (the ZIP is generalised from its first three digits, as anywhere)."""
    city_end = s.index("^", 1)
    zip_at = s.rindex("^") + 1
    out: list[Span] = [(a + zip_at, a + len(s), K.ZIP)]
    if city_end > 1:
        out.append((a + 1, a + city_end, K.CITY))
    return out


def _town_and_pin(s: str, a: int, text: str) -> list[Span]:
    """An Indian town and its PIN code (``Bhiwani-332708``): the code always, the town unless it is an everyday
    word (``Batch-332708`` is a lot's number)."""
    dash = s.rindex("-")
    town = s[:dash].rstrip()
    pin = (a + len(s) - 6, a + len(s), K.ADDRESS)
    if any(R.is_common(w) or R.is_english(w) or R.is_stop(w) for w in town.split()):
        return []
    return [(a, a + len(town), K.CITY), pin]


_NOT_COUNTIES = frozenset(("ltd", "inc", "llc", "plc", "kg", "gmbh", "pty", "limited", "incorporated"))


def _county(s: str, a: int, text: str) -> list[Span]:
    """A county (``Middlesex County``, ``Co. Tipperary``, ``County Cork``); not a firm's ``Co. Ltd``."""
    if s.startswith("Co.") and s.split()[-1].casefold() in _NOT_COUNTIES:
        return []
    return [(a, a + len(s), K.CITY)]


def _named_city(s: str, a: int, text: str) -> list[Span]:
    """A town whose name ends in ``City`` (``Cebu City``), unless its first word is an everyday one (``Inner City``,
    ``Big City``): a name and a city's word say a place."""
    first = s.split()[0]
    if R.is_common(first) or R.is_english(first) or R.is_stop(first):
        return []
    return [(a, a + len(s), K.CITY)]


_ROLE_WORDS = frozenset(
    (
        *("pt", "pts", "patient", "patients", "mom", "mum", "dad", "family", "someone", "nobody", "everyone", "who"),
        *("he", "she", "they", "the", "my", "your", "our", "his", "her", "their", "new", "next", "admit", "me"),
        *("admission", "transfer", "consult", "pt's", "baby", "infant", "kid", "child", "boy", "girl", "man"),
        *("woman", "lady", "guy", "gentleman", "resident", "visitor", "isolation", "iso", "contact", "sitter"),
        *("it", "one", "one's", "pharmacy", "clinic", "office", "nurse", "doctor", "dr", "just", "dob", "born"),
    )
)
"""Words that say who only by role, or stand where a lower-case name would (``pt in bed 4``, ``new admit to rm
3``, ``its mom here``, ``her mom dob``): no one's name."""


def _roles_only(words: list[str]) -> bool:
    """Whether one of the lower-case words a rule proposes as a name is a role's word or a stop word."""
    return any(w in _ROLE_WORDS or R.is_stop(w.capitalize()) for w in words)


def _lower_in_bed(s: str, a: int, text: str) -> list[Span]:
    """The lower-case words before ``in Bed 4`` opening a message: the patient placed there (``kyle``,
    ``guled nur``), unless a word says who only by role (``pt``, ``mom``, ``new admit``)."""
    lead = 2 if s.startswith(": ") else 0
    words = s[lead:].split(" ")
    name = words[:2] if words[1] not in ("in", "at", "to") else words[:1]
    if _roles_only(name):
        return []
    start = a + lead
    return [(start, start + len(" ".join(name)), K.NAME)]


_BOARD_WORDS = frozenset(("PAGE", "CALL", "SEND", "TAKE", "PATIENT", "PT", "NEXT", "NOW", "SERVING", "PLEASE", "TO"))


def _caps_sent(s: str, a: int, text: str) -> list[Span]:
    """The capitals a board sends to a room or calls (``HONU HAOA``), when a word of them is no everyday word and
    none is the board's own (``PAGE``, ``NEXT PATIENT``)."""
    if s.startswith("NOW SERVING "):
        ticket_end = s.index(" ", len("NOW SERVING ")) + 1
        start, end = ticket_end, len(s)
    else:
        start = 2 if s.startswith(": ") else 5 if s.startswith("PAGE ") else 0
        end = s.index(" TO ")
    words = s[start:end].split(" ")
    if any(w in _BOARD_WORDS for w in words) or all(R.is_english(w.capitalize()) for w in words):
        return []
    return [(a + start, a + end, K.NAME)]


def _lower_here(s: str, a: int, text: str) -> list[Span]:
    """The lower-case words of ``its zolani here``: who writes, unless a word says who only by role (``its mom
    here``, ``this is the pharmacy here``) or is a stop word."""
    lead = len("this is ") if s[:5].lower() == "this " else s.index(" ") + 1
    words = s[lead : len(s) - len(" here")].split(" ")
    if _roles_only(words):
        return []
    return [(a + lead, a + len(s) - len(" here"), K.NAME)]




def _lower_before_birth(s: str, a: int, text: str) -> list[Span]:
    """The two lower-case words before ``dob`` and a date: whose birth date it is (``mack lock``), unless a word
    says who only by role or is a stop word (``the patient dob``, ``her mom dob``)."""
    words = s.split(" ")[:2]
    words[1] = words[1].rstrip(",")
    if _roles_only(words):
        return []
    return [(a, a + len(words[0]) + 1 + len(words[1]), K.NAME)]


def _postcode_after_word(s: str, a: int, text: str) -> list[Span]:
    """The code after ``Postcode``/``PIN``/``CEP``/``Eircode``, unless a group follows it (``CEP 01386-459-01``
    is an NDC's shape): from the first digit or the Eircode's letter after the word and its separators."""
    if text[a + len(s) : a + len(s) + 1] == "-":
        return []
    value = _POSTCODE_VALUE.search(s)
    return [(a + value.start(), a + len(s), K.ZIP)] if value else []


_POSTCODE_VALUE = re2.compile(rf"{_POSTCODE_AFTER_WORD}$")


def _fhir_patient(s: str, a: int, text: str) -> list[Span]:
    """The id after ``Patient/`` (``Person/``, ``RelatedPerson/``): a person's record number (not ``_history``)."""
    slash = s.index("/") + 1
    ident = s[slash:].rstrip(".-")
    if not ident or ident.startswith("_"):
        return []
    return [(a + slash, a + slash + len(ident), K.ID)]


_PLATE_VALUE = re2.compile(r"[A-Z0-9]{1,4}[ -][A-Z0-9]{2,6}$")


def _plate_with_space(s: str, a: int, text: str) -> list[Span]:
    """A plate after its word, in two groups (``plate WJ 61237``, ``vehicle_plate: SR 13149``), with a digit."""
    found = _PLATE_VALUE.search(s)
    if found is None or not any(c.isdigit() for c in found.group()):
        return []
    return [(a + found.start(), a + len(s), K.PLATE)]


def _quoted_pair(s: str, a: int, text: str) -> list[Span]:
    """The value of a quoted pair when its key names a kind the key table knows; a name key's value only when
    it is shaped like a person's (``"FullName": "MELODY ДЕЙСУН"``; not ``"name": "Lisinopril"``); a person's key's
    value when it reads as a name (``"user":"Iveth"``; not ``"user":"svc_batch"``)."""
    quote = s[0]
    close = s.index(quote, 1)
    key = s[1:close]
    kind = _key_kind(key)
    value_start = s.index(quote, close + 1) + 1
    value = s[value_start:-1]
    if kind is None:
        if person_key(normalize_key(key)) and (VN.name_shaped(value) or _written_as_a_name(value, False)):
            return [(a + value_start, a + len(s) - 1, K.NAME)]  # "user":"Iveth": a person's key, a name's value
        return []
    if kind == K.NAME and not VN.name_shaped(value):
        return []  # "name": "Lisinopril": a name key's value must read as a person's
    if not value.strip() or value.strip() in ("-", "n/a", "N/A", "null", "none"):
        return []
    return [(a + value_start, a + len(s) - 1, kind)]


_KEYMAP = default_keymap()


@lru_cache(maxsize=1024)
def _key_kind(key: str) -> str | None:
    nk = normalize_key(key)
    return _KEYMAP.get(nk) or derived_kind(nk)


def _eu_postal(s: str, a: int, text: str) -> list[Span]:
    """The postal code and the town before a country's code (``43342 SULMONA, IT``, ``69-136 Brodnica, PL``)."""
    comma = s.rindex(", ")
    digits = s.index(" ")  # "8010 GRAZ, AT": the town in capitals is the town's, never the code's
    if s[4:5] == " " and s[5:7].isalpha() and s[5:7].isupper() and s[7:8] == " ":
        digits = 7  # "4661 AJ Maasbree, NL": the Dutch code's letters are the code's
    return [(a, a + digits, K.ADDRESS), (a + digits + 1, a + comma, K.CITY)]  # the code removed whole, as abroad


def _keyed4(s: str, a: int, text: str) -> list[Span]:
    """Four-character groups of capitals and digits, or a prefixed code: a serial's or a template's shape when
    letters and digits both stand in it; a NUMBER unless a word before names the kind."""
    core = s.replace("-", "")
    digits = sum(map(str.isdigit, core))
    if digits < 2 or len(core) - digits < 2 or (a > 0 and text[a - 1] in "._/-"):
        return []
    return [(a, a + len(s), _lookback_kind(text, a, K.NUMBER))]


def _dicom_person(s: str, a: int, text: str) -> list[Span]:
    """Each component of a DICOM ``PN`` value (family^given^middle^prefix^suffix), its spaces trimmed; or of a
    name written so in a text (``PatientName: NGUYEN^MAI``)."""
    bracketed = s.endswith("]")
    if bracketed:
        open_at, body = s.index("[") + 1, s[s.index("[") + 1 : -1]
    else:  # after its label: the name starts at the capital before the first caret
        caret = s.index("^")
        open_at = max(s.rfind(sep, 0, caret) for sep in " :=\t([\"") + 1
        body = s[open_at:]
    out: list[Span] = []
    pos = open_at
    for part in body.split("^"):
        stripped = part.strip()
        if stripped and any(c.isalpha() for c in stripped):
            lead = len(part) - len(part.lstrip())
            out.append((a + pos + lead, a + pos + lead + len(stripped), K.NAME))
        pos += len(part) + 1
    return out


def _nick(s: str, a: int, text: str) -> list[Span]:
    """The nickname a chat line opens with, between angle brackets: who speaks (not ``<Note>`` or ``<DIV>``: a word
    the lists call everyday, or letters in capitals)."""
    open_at = s.index("<") + 1
    inner = s[open_at:-1]
    if inner.isupper() or any(R.is_common(w) or w.casefold() in R.CUE_WORDS for w in inner.split(" ")):
        return []
    return [(a + open_at, a + len(s) - 1, K.NAME)]


def _log_pair(s: str, a: int, text: str) -> list[Span]:
    """The value of a log's ``key=value`` (or ``snake_key: value``) whose key names a person, when it reads as a
    person's name (``user=Cihuatl``; not ``user=svc_backup`` or ``patient=stable``)."""
    cut = s.find("=")
    if cut < 0:
        cut = s.index(": ")
        value_at = cut + 2
    else:
        value_at = cut + 1
    key = s[:cut]
    value = s[value_at:]
    if value.startswith('"'):
        value, value_at = value[1:-1], value_at + 1
    kind = _key_kind(key)
    if kind is not None and kind != K.NAME and value.strip() and value.strip() not in _EMPTY_VALUES:
        return [(a + value_at, a + value_at + len(value), kind)]  # serial=326-72860-LY, mrn=…: the key says
    if kind != K.NAME and not person_key(normalize_key(key)) and not _person_display(key):
        return []
    if not s.endswith('"'):
        value = value.rstrip(".!?")  # "… by user=Cihuatl.": the sentence's full stop, not the name's
    if kind is None and IL.person_number(value):
        return [(a + value_at, a + value_at + len(value), K.ID)]  # subject=IE09-611, user=pt601281: their number
    if not value or not (
        VN.name_shaped(value) or _written_as_a_name(value, _key_kind(key) == K.NAME) or VN.person_cell(value)
    ):
        return []
    return [(a + value_at, a + value_at + len(value), K.NAME)]


_EMPTY_VALUES = frozenset(("-", "n/a", "N/A", "null", "none", "None", "true", "false", "0"))


def _written_as_a_name(value: str, name_key: bool) -> bool:
    """A log value a person's key holds that reads as a name though no list knows it: under a name's key, words of
    letters (``name="MU NAW THA"``); under another person's key, one capitalised word no lexicon holds
    (``called_by: Netty``)."""
    words = value.replace("'", "").replace("\u2019", "").replace("-", "").split(" ")
    if not all(w.isalpha() for w in words) or len(words) > 6:
        return False
    if name_key:
        return True
    return len(words) == 1 and value[:1].isupper() and R.unknown_word(value)


_ZIP4 = re2.compile(r"\d{5}-\d{4}")


def _uk_phone(s: str, a: int, text: str) -> list[Span]:
    """A UK, Australian, New Zealand or German number: nine to eleven digits with its trunk ``0`` (or after
    ``+44``, ``+61``, ``+64``), written in groups (``01632 960 968``, ``(08) 7433 6383``, ``04-423 3694``,
    ``(01868) 77793``)."""
    digits = sum(c.isdigit() for c in s)
    national = digits - 1 if s.startswith("+") else digits  # "+44 20 …": the country code's two digits less, a 0 more
    if not (9 <= national <= 11) or not any(c in s for c in " (-.") or _ZIP4.fullmatch(s):
        return []  # ``07501-0186`` is a ZIP+4
    return [(a, a + len(s), K.PHONE)]


_SENTENCE_END = re2.compile(r"[\p{Ll}\p{Lu}]{4}\. ")
"""A full stop after a word of four letters or more, then a space: a sentence's end, not ``Co.`` or ``Inc.``."""


def _employer(s: str, a: int, text: str) -> list[Span]:
    """The employer's name after ``works at`` (``works nights at``): every capitalised word of it, whatever the
    word lists say (``Green Drywall``, ``Love Moving Co``, ``Delta TechOps``), bar a trailing full stop."""
    at = s.index(next(c for c in s[4:] if c.isupper()), 4)
    sentence = _SENTENCE_END.search(s, at)  # ``works at SMRT Trains. Raised by``: the firm ends with its sentence
    end = len(s[: sentence.end() - 2 if sentence else len(s)].rstrip("."))
    firm = s[at:end]
    if " " not in firm and (R.is_common(firm) or R.is_english(firm) or R.is_stop(firm)):
        return []  # "Employer: None", "Employer: Retired": a word, no firm
    return [(a + at, a + end, K.NAME)]


def _lower_age(s: str, a: int, text: str) -> list[Span]:
    """A lower-case name before an age, as the lower-case cues read one (two or three words)."""
    lead = 0
    while not s[lead].isalpha():
        lead += 1
    return R.lower_names(text, a + lead)


def _person_display(key: str) -> bool:
    """A key for how a person is shown (``user_display``, ``patient_label``): a person's word, then a display's."""
    words = normalize_key(key).split("_")
    return len(words) > 1 and words[-1] in _DISPLAY_WORDS and person_key("_".join(words[:-1]))


_DISPLAY_WORDS = frozenset(("display", "label", "shown", "full", "fullname", "text"))


def _slash_lower(s: str, a: int, text: str) -> list[Span]:
    """A lower-case name after a slash ending a line, as the lower-case cues read one (two or three words)."""
    return R.lower_names(text, a + 2)


def _parenthesised(s: str, a: int, text: str) -> list[Span]:
    """The word in brackets closing a line, unless the lexicon holds it as no name (``Search (Beta)``,
    ``(Optional)``): a label's qualifier, as the dash sign-off reads ``- Cardiology``."""
    word = s.strip(" \t")[1:-1]
    if R.is_english(word) or R.is_common(word):
        return []
    return [(a + 2, a + 2 + len(word), R.WEAK)]


def _highlight(s: str, a: int, text: str) -> list[Span]:
    """The words a search result highlights, when they read as a name (a query for a patient highlights theirs)."""
    open_end = s.index(">") + 1
    close = s.rindex("</")
    inner = s[open_end:close].strip()
    if not inner or not VN.name_shaped(inner):
        return []
    start = a + s.index(inner, open_end)
    return [(start, start + len(inner), K.NAME)]


def _labelled_phone(s: str, a: int, text: str) -> list[Span]:
    """The number after a phone or fax label, its extension with it."""
    i = next(i for i, c in enumerate(s) if c.isdigit() or c in "+(")
    kind = K.FAX if s[:i].lower().lstrip().startswith("fax") else K.PHONE
    return [(a + i, a + len(s), kind)]


def _driver_licence(s: str, a: int, text: str) -> list[Span]:
    """The number after ``DL``: with a digit in it (``DL 1976-169892``, ``DL A028-6776-1104``)."""
    value = s[2:].lstrip(" \t:#")
    if not any(c.isdigit() for c in value):
        return []
    return [(a + len(s) - len(value), a + len(s), K.LICENSE)]


def _iban(s: str, a: int, text: str) -> list[Span]:
    """An IBAN: its check digits make the number mod 97 equal one."""
    rearranged = s[4:] + s[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return [(a, a + len(s), K.ACCOUNT)] if int(digits) % 97 == 1 else []


_OCR_DIGITS = str.maketrans("OolI", "0011")


def _ocr_digits(s: str, a: int, text: str) -> list[Span]:
    """A date or a phone with letters OCR reads for digits: a letter at least, four real digits (``SpO2`` and
    ``CO2`` are no number), and the date's or the phone's check on what it reads."""
    if not any(c in "OolI" for c in s) or sum(c.isdigit() for c in s) < 4:
        return []
    read = s.translate(_OCR_DIGITS)
    if read.count("/") == 2:
        return _date(read, a, text)
    return _phone(read, a, text)


def _phone(s: str, a: int, text: str) -> list[Span]:
    i = 0
    while i < len(s) and not (s[i].isdigit() or s[i] in "+("):
        i += 1
    value = s[i:]
    cut = max(value.lower().rfind("x"), value.lower().rfind("ext"))
    if not V.nanp_shaped(value[:cut] if cut > 0 else value):
        return []
    kind = K.FAX if "fax" in text[max(0, a + i - 24) : a + i].lower() else K.PHONE
    return [(a + i, a + len(s), kind)]


_SCALES = frozenset((2, 3, 4, 5, 10))
"""The denominators of scores and fractions written alone (``4/5`` strength, ``7/10`` pain, ``1/2``)."""


def _day_of_year(s: str, a: int, text: str) -> list[Span]:
    """``on 2/22``, ``Statement date: 11/21``: the month and day only, when both are valid."""
    start = slash = s.index("/")
    while start > 0 and s[start - 1].isdigit():
        start -= 1
    end = slash + 1
    while end < len(s) and s[end].isdigit():
        end += 1
    m, d = (int(x) for x in s[start:end].split("/"))
    if text.startswith("/", a + end):  # "due 3/4/2025": the full date's own pattern has it
        return []
    if d <= 4 and s[:5].lower().startswith(("mg", "mcg", "units")):
        return []  # "5 mg 1/2 tab": a dose's fraction, not the day it started ("50 mg 6/30")
    if d in _SCALES and s.strip() == s[start:end]:
        return []  # a value that is only "4/5" or "7/10": a score on a scale; "10/27" alone is a day
    return [(a + start, a + end, K.DATE)] if V.date_ok(m, d) else []


def _phone_local(s: str, a: int, text: str) -> list[Span]:
    """A local number after a phone word, or a vanity number: its last token."""
    start = max(s.rfind(" "), s.rfind(":"), s.rfind("#"), s.rfind("\t")) + 1 if not s[:1].isdigit() else 0
    kind = K.FAX if "fax" in text[max(0, a - 24) : a + start].lower() else K.PHONE
    return [(a + start, a + len(s), kind)]


def _last_four_kind(s: str, before: str = "") -> str:
    """Whose number ends so: a social security number's when its word opens the match or stands in the 80
    characters before (``… last four of the social? … last four 1751``), else an account's."""
    head = s[:6].lower()
    if head.startswith(("ss", "soc")):
        return K.SSN
    folded = (before + s).lower()
    return K.SSN if "social" in folded or "ssn" in folded else K.ACCOUNT


def _last_four(s: str, a: int, text: str) -> list[Span]:
    """The digits ending a number said by its last ones (``SSN ends in 4603``, ``account ending 886679``,
    ``last four 1751``)."""
    digits = len(s) - len(s.rstrip("0123456789"))
    return [(a + len(s) - digits, a + len(s), _last_four_kind(s, text[max(0, a - 80) : a]))]


def _plate(s: str, a: int, text: str) -> list[Span]:
    """The plate's characters after ``plate``/``tag``/``car``: its short groups of capitals and digits, letters
    and digits both (``WGN 046``, ``AX 67 VZ GP``), not a word (``car 2 VIA``)."""
    words = s.replace(":", " ").replace("#", " ").split()
    groups: list[str] = []
    for word in reversed(words[1:]):
        if len(word) > 8 or not all(c.isdigit() or "A" <= c <= "Z" or c == "-" for c in word):
            break
        groups.append(word)
    value = " ".join(reversed(groups[:4]))
    if not value or not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return []
    return [(a + len(s) - len(value), a + len(s), K.PLATE)]


_DICOM_STANDARD = "1.2.840.10008."
"""The root of the DICOM standard's own UIDs (transfer syntaxes, SOP classes): numbers of the standard, no one's."""

_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _prefixed(core: str) -> bool:
    """``core`` (capitals and digits only, as ``opaque`` matches them) is one to five capitals, digits, then up
    to four capitals: the ``id`` pattern's own shape (and ICD-10, HCPCS, CDT codes when short). The two classes
    are disjoint, so each run is read whole with a C-level strip instead of a regex call."""
    after_letters = core.lstrip(_CAPITALS)
    after_digits = after_letters.lstrip("0123456789")
    return (
        1 <= len(core) - len(after_letters) <= 5
        and len(after_digits) < len(after_letters)
        and len(after_digits) <= 4
        and after_digits.lstrip(_CAPITALS) == ""
    )


def _opaque(s: str, a: int, text: str) -> list[Span]:
    """Capitals and digits mixed, seven to 24 of them with four digits and two letters at least, not the ``id``
    pattern's letters-then-digits (``E11``, ``J1100``, ``MRN5590982`` are found or left there) nor glued to a
    word: a ``NUMBER``, masked in data, no cause to withhold a protocol member."""
    core = s.replace("-", "")
    digits = sum(map(str.isdigit, core))
    if not 7 <= len(core) <= 24 or digits < 4 or _prefixed(core):
        return []
    if len(core) - digits < 2 and digits < 7:
        return []  # one letter among digits: a record's code only when the digits are many (``0546R07138``)
    if len(core) == 10 and core[:3].isdigit() and core[-1] == "X":
        return []  # a provider taxonomy code (``207Q00000X``): a specialty, no one's number
    if len(core) == 12 and core[:6].isdigit() and core[6] == "X":
        return []  # an X12 implementation guide (``005010X222A1``)
    end = a + len(s)
    glued_after = end + 1 < len(text) and text[end] in "._" and text[end + 1].isalnum()
    if (a > 0 and (text[a - 1].isalpha() or text[a - 1] in "._/-")) or glued_after:
        return []  # part of a path, a file name, a dotted version or a lower-case word (a full stop ends it)
    return [(a, end, _lookback_kind(text, a, K.NUMBER))]


def _display_name(s: str, a: int, text: str) -> list[Span]:
    """The quoted name before an e-mail address (``"Hiroshi Yamamoto" <…>``), unless its words are a desk's or a
    team's (``"Support Desk"``): everyday, stop, place or thing words."""
    close = s.find('"', 1)  # the name holds no quote: the first one after the opening closes it
    if close < 2:
        return []
    words = s[1:close].split()
    if not words or all(R.is_stop(w) or R.is_common(w) or R.is_place_word(w) or R.is_thing(w) for w in words):
        return []
    return [(a + 1, a + close, K.NAME)]


def _grouped(s: str, a: int, text: str) -> list[Span]:
    """A number in digit groups or a hexadecimal digest: an identifier unless the digest is all digits or all
    letters (a number, a word) or the groups follow a decimal point."""
    if len(s) >= 32:  # a digest after the word that says what it is (``voiceprint hash: f3fd…``)
        digest = s.rsplit(" ", 1)[-1].rsplit(":", 1)[-1].rsplit("=", 1)[-1]
        if digest.isdigit() or digest.isalpha() or len(digest) < 32:
            return []
        return [(a + len(s) - len(digest), a + len(s), K.BIOMETRIC)]
    if a > 0 and text[a - 1] in ".-":
        return []  # a version's or a range's part; after "/" a path's segment is a record's (ehr://…/ENC19-809620/)
    if len(s) >= 10 and s[2:3] == "-" and s[3:10].isdigit() and s[10:11] in ("", "-"):
        return [(a, a + len(s), _lookback_kind(text, a, K.NUMBER))]  # 65-0059387-4: by its shape alone, as above
    return [(a, a + len(s), _lookback_kind(text, a, K.ID))]


def _simple(kind: str, check: Callable[[str], bool] | None = None) -> Callable[[str, int, str], list[Span]]:
    def handle(s: str, a: int, text: str) -> list[Span]:
        if check is not None and not check(s):
            return []
        return [(a, a + len(s), kind)]

    return handle


_CTX_CHECKS = {K.SSN: V.ssn_ok, K.NPI: V.npi_ok, K.DEA: V.dea_ok, K.MBI: V.mbi_ok}


def _ctx(s: str, a: int, text: str) -> list[Span]:
    vs = _trailing_value(s)
    end = a + len(s)
    if text[end : end + 1] == " ":  # groups after it (``MRN: 4471 2290``, ``RAMQ SYGS 0366 7549``), not after a
        first = s[vs:]  # lower-case word (``Subject: Ticket INC0012``)
        if first.isupper() or any(c.isdigit() for c in first):
            end = IL.value_end(text, end)
    value = text[a + vs : end]
    label = s[:vs].strip(" \t:#.")
    kind = _ctx_kind(label)
    bare = s[:vs].strip().lower()  # the word alone: ``license #`` and ``Patient ID`` keep their old reading
    if kind == K.LICENSE and bare in ("license", "licence") and len(value) < 6:
        return []  # ``licence 2024 renewal``: a bare licence's number is longer than a year
    if bare in _RESEARCH_LABELS and not _SUBJECT_NUMBER.fullmatch(value):
        return []  # ``Subject 2024 update``, ``participant 3``: a research subject's number has letters or five digits
    if not any(map(str.isdigit, value)) and not (len(value) >= 8 and value.isupper() and kind != K.ID):
        return []
    check = _CTX_CHECKS.get(kind)
    if check is not None and not check(value if end == a + len(s) else s[vs:]):
        return []
    return [(a + vs, end, kind)]


_RESEARCH_LABELS = frozenset(("subject", "subject:", "participant", "participant:", "enrollee", "enrollee:"))
_SUBJECT_NUMBER = re2.compile(r"(?:[A-Za-z0-9]*[A-Za-z-][A-Za-z0-9-]*\d{2}[A-Za-z0-9-]*|\d{5,})")
"""A research subject's number: letters or a hyphen with two digits at least (``ZA93-059``, ``S-0042``), or five
digits."""


def _labelled_id(s: str, a: int, text: str) -> list[Span]:
    """The value after a label ending in ``ID``, ``number``, ``No.``, ``#`` or ``card`` that numbers a person
    (``Health card: 9478 539 520``, ``Medicaid ID: 12345678A``, ``pickup_id=T514-160-879-588``), with its groups;
    a value with fewer than four digits (``ID: A3``, ``Claim #: pending``) is none."""
    vs = _trailing_value(s)
    label = IL.words_before(text, a) + s[:vs].rstrip(" \t:=#")  # another rule may have taken the label's start
    if not IL.names_a_person(label):
        return []
    end = IL.value_end(text, a + len(s))
    value = text[a + vs : end]
    if sum(c.isdigit() for c in value) < 4:
        return []
    if not any(c in s for c in ":=") and _SSN_SHAPE.fullmatch(value):
        return []  # ``id 666-12-3456``: an SSN's shape the SSN's own checks refused
    return [(a + vs, end, _ctx_kind(label))]


_SSN_SHAPE = re2.compile(r"\d{3}-\d{2}-\d{4}")


_DIGIT_RUN = re2.compile(r"\d{4}")
_TERMINOLOGY_HOSTS = frozenset(
    (
        *("snomed.info", "loinc.org", "hl7.org", "terminology.hl7.org", "unitsofmeasure.org", "www.nlm.nih.gov"),
        *("nlm.nih.gov", "www.ama-assn.org", "www.cms.gov", "www.cdc.gov", "id.who.int", "www.whocc.no"),
    )
)
"""Hosts of the code systems' identifying URIs (FHIR ``coding[].system``): a URL naming a terminology, with no
query and no run of four digits in its path (``http://hl7.org/fhir/Patient/98765`` is a person's), is no
person's URL."""


def _url(s: str, a: int, text: str) -> list[Span]:
    s2 = s.rstrip(".,;:!?)'\"")
    if len(s2) <= 8:
        return []
    rest = s2.split("//", 1)[-1]
    host = rest.split("/", 1)[0].lower()
    if host in _TERMINOLOGY_HOSTS and not any(c in rest for c in "?#@=") and not _DIGIT_RUN.search(rest):
        return []
    return [(a, a + len(s2), K.URL)]


def _ip(s: str, a: int, text: str) -> list[Span]:
    before = text[a - 1] if a > 0 else " "
    after = text[a + len(s) : a + len(s) + 2]
    if before == "." or (after[:1] == "." and after[1:2].isdigit()):
        return []  # part of a longer dotted number (a version string)
    return [(a, a + len(s), K.IP)] if V.ip_ok(s.rstrip(":") if s.endswith(":::") else s) else []


def _date(s: str, a: int, text: str) -> list[Span]:
    if "/" in s and s.count("/") == 2 and s[0].isdigit() and len(s.split("/")[0]) <= 2:
        m, d = (int(x) for x in s.split("/")[:2])
        if not (V.date_ok(m, d) or V.date_ok(d, m)):
            return []
    return [(a, a + len(s), K.DATE)]


_UUID = re2.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


def _in_uuid(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, next to a hyphen, is one group of a UUID (read in the 36 characters around)."""
    if not ((end < len(text) and text[end] == "-") or (start > 0 and text[start - 1] == "-")):
        return False
    low = max(0, start - 36)  # a slice: re2's pos and endpos cost the length of the text before them (quadratic)
    return any(low + m.start() <= start and end <= low + m.end() for m in _UUID.finditer(text[low : end + 36]))


def _card(s: str, a: int, text: str) -> list[Span]:
    """A payment card's number by its Luhn check, unless its digits are groups of a UUID (a task's id)."""
    if _in_uuid(text, a, a + len(s)) or not V.card_ok(s):
        return []
    return [(a, a + len(s), K.CARD)]


_CODE_SYSTEMS = frozenset(
    ("snomed", "sct", "snomed-ct", "rxnorm", "rxcui", "concept", "loinc", "icd", "icd-10", "cpt", "ndc", "hcpcs")
)
"""Words naming a clinical terminology: a run of digits after one is one of its codes."""


def _id(s: str, a: int, text: str) -> list[Span]:
    """An identifier by its shape. A bare run of seven to ten digits is one too (an MRN, an SSN or a phone
    number written without separators, an encounter or member number: no lab value, code or dose is written
    so), of kind ``NUMBER`` unless a word before it names one, except where it is part of something else: the
    digits after a decimal point, a version or a dated name after a letter or a hyphen
    (``claude-3-5-sonnet-20241022``), a terminology's code (``SNOMED 44054006``). A UUID's group of digits is a
    ``NUMBER`` whatever its length; eleven digits or more elsewhere are an identifier whatever surrounds them."""
    if _in_uuid(text, a, a + len(s)):
        return [(a, a + len(s), K.NUMBER)]  # masked, yet a UUID (a task's id) in a protocol member is not withheld
    if _trial_registration(s):
        return []  # a study's public number (``NCT05815047``, ``ISRCTN12345678``), no one's
    if text.endswith(_DIAGNOSIS_QUALIFIERS, max(0, a - 4), a):
        return []  # X12 HI's ``ABK:H401131``: an ICD-10 code after its qualifier
    if s.isdigit() and len(s) < 11:
        before = text[a - 1] if a > 0 else " "
        if before in ".," and a > 1 and text[a - 2].isdigit():
            return []
        if V.snomed_ok(s) and _described(text, a + len(s)):
            return []  # "44054006 | Diabetes mellitus type 2": a concept's id before its term, no one's number
        if before.isalpha() or before in "-_." or _after_code_system(text, a):
            return []
        return [(a, a + len(s), _lookback_kind(text, a, K.NUMBER))]
    if s[1:2] == "-" and s[2:].isdigit():
        # one letter and digits (``M-489526509``): a record's by its shape alone, as a task's id or a progress
        # token (``T-1732960000``) is; a NUMBER, masked in data, no cause to withhold a protocol member
        return [(a, a + len(s), _lookback_kind(text, a, K.NUMBER))]
    return [(a, a + len(s), _lookback_kind(text, a, K.ID))]


_DIAGNOSIS_QUALIFIERS = ("ABK:", "ABF:", "ABJ:", "ABN:", "APR:", "BK:", "BF:", "BJ:", "BN:", "PR:")
"""X12 HI code-list qualifiers (ICD-10-CM principal, other, admitting, external cause; ICD-9 kin)."""

_DESCRIPTION = re2.compile(r"[ \t]*(?:\||-|:)?[ \t]*[A-Z][a-z]")


def _described(text: str, end: int) -> bool:
    """A capitalised term right after a code (``… | Diabetes``, ``… Asthma``)."""
    return _DESCRIPTION.match(text[end : end + 8]) is not None


def _trial_registration(value: str) -> bool:
    """A trial registry's number: ClinicalTrials.gov's ``NCT`` or ISRCTN's, eight digits after."""
    for prefix in ("NCT", "ISRCTN"):
        if value.startswith(prefix) and len(value) == len(prefix) + 8 and value[len(prefix) :].isdigit():
            return True
    return False


def _after_code_system(text: str, start: int) -> bool:
    """One of the two words right before ``start`` names a terminology (``SNOMED CT 44054006``, ``RxCUI:
    1049630``): whole words, not letters inside one (``grandchild``, ``conception``)."""
    words = text[max(0, start - 24) : start].replace(":", " ").replace("#", " ").split()[-2:]
    return any(w.strip(".,;()[]").casefold() in _CODE_SYSTEMS for w in words)


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_WORD = _ASCII_LETTERS + ".'-"
_OPENERS = '"(\u201c'
_STRONG_CUES = frozenset(C.TITLES)
_CUE_SET = frozenset(w for w in (*C.LABELS, *C.RELATIONS, *C.ROLES, *C.GREETINGS, *C.LIST_LABELS) if " " not in w)
_PREPOSITION_CUES = frozenset(C.PREPOSITIONS)
_LABEL_CUES = frozenset(C.LABELS)
_LIST_CUES = frozenset(C.LIST_LABELS)
_VERB_CUES = frozenset(C.both_cases(C.VERBS))
_SUBJECT_LINES = frozenset(("Re", "RE"))
"""Labels that head an e-mail's subject line as often as a person's name (``RE: Claim denial``): weak cues."""


def _cue(s: str, a: int, text: str) -> list[Span]:
    """The run after a cue, marked with the cue's strength; nothing when the run starts with a stop word or
    another cue (``son. Mr. Okafor``, ``Signed: Dr. Cabdi``, ``Attending: Nurse Practitioner …``), so the search
    resumes inside and that cue decides."""
    n = len(s)
    i = n - len(s.lstrip(_ASCII_LETTERS))  # letters all: the loop below would pass them, one call each
    while i < n and (s[i].isalpha() or (s[i] == "-" and i + 1 < n and s[i + 1].isalpha())):
        i += 1
    # "spoke with", "Please call", "Care team" (not a Georgian name: Unicode files its letters as lower case)
    while i + 1 < n and s[i] == " " and s[i + 1].islower() and not N.uncased(s[i + 1]):
        j = i + 1
        while j < n and s[j].isalpha():
            j += 1
        if s[i + 1 : j].casefold() in R.PARTICLES:
            break
        i = j
    cue = s[:i]
    j = i
    while j < n and s[j] in ".:, \t*":  # "**Patient:** Evelio": markdown's bold between the label and the name
        j += 1
    if j < n and s[j] in _OPENERS:
        j += 1
    if j >= n:
        return []
    first = n - len(s[j:].lstrip(_ASCII_WORD))  # as above: letters, full stops, apostrophes, hyphens all pass
    while first < n and (s[first].isalpha() or s[first] in ".'\u2019-"):
        first += 1
    word = s[j:first].rstrip(".")
    initial = len(word) == 1 and text[a + j + 1 : a + j + 2] == "."
    if R.is_stop(word) or word in _CUE_SET or initial:  # another cue or an initial follows: it decides
        return []
    separator = s[i:j].rstrip(_OPENERS)
    colon = ":" in separator
    title = cue.split(" ", 1)[0] in _STRONG_CUES
    if title and "," in separator:  # "Lake Dr, San Antonio": a street, not a doctor
        return []
    if "." in separator and len(cue) > 1 and (cue[0].islower() or not (title or cue in _LABEL_CUES)):
        return []  # "…'s son. Hashimoto's", "…first name. Psych:": a new sentence, not "Dr." or "Pt."
    if cue in _LIST_CUES:
        if not colon:
            return []
        strength = R.LIST
    elif title or (colon and cue not in _VERB_CUES and cue not in _SUBJECT_LINES):
        strength = R.STRONG  # "Nurse: …", not "Micro called: Staph aureus"
    elif cue in _PREPOSITION_CUES:
        strength = R.PREP
    else:
        strength = R.WEAK
    return [(a + j, a + n, strength)]


_KIN_AFTER = tuple(f" {word}" for word in C.KIN)
_DISCIPLINE_ENDINGS = C.DISCIPLINE_ENDINGS
_ADJECTIVE_ENDINGS = C.ADJECTIVE_ENDINGS
_TERM_ENDINGS = C.TERM_ENDINGS
_SUFFIXES = (" Jr", " Sr", ", Jr", ", Sr", " II", " IV")
"""Generational suffixes (``III`` starts with `` II``): the word before ends a person's name."""


def _after(s: str, a: int, text: str) -> list[Span]:
    """The end of the capitalised word before a trailing cue (the cue starts at its first space or comma). A
    possessive before an ordinary word is a person's unless the word is an eponym or the next an eponym's noun
    (``Ana's weight``, ``Sagal's son``; not ``Parkinson's medications``, ``Wilson's disease``)."""
    if not s[0].isalpha():  # the character before the word
        s, a = s[1:], a + 1
    space, comma = s.find(" "), s.find(",")
    cut = space if comma < 0 or 0 <= space < comma else comma
    word = s[:cut]
    if R.is_stop(word):  # "He lives", "She reports"
        return []
    if s[cut + 1 : cut + 2].isdigit() and R.is_english(word) and not R.run_before(text, a - 1, weak=True, limit=1):
        return []  # "Tower 3F", "Ward 4M": a floor or a unit; "Autumn Love 44F" is a name, an age and a sex
    if s.startswith(_SUFFIXES, cut) and _numbered_thing(word):
        return []  # "Phase III", "World War II", "Mobitz II": a numbered thing, not a generation
    possessive = word.endswith(("'s", "\u2019s")) and not s.startswith(_KIN_AFTER, cut)
    if possessive and (word[:-2] in N.eponyms() or N.eponym_tail(text, a + cut - 2)):
        return []
    bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word
    if bare.casefold().endswith(_DISCIPLINE_ENDINGS) and R.is_english(bare) and not s.startswith(_KIN_AFTER, cut):
        return []  # "Physiotherapy reports", "Security called": a service speaking, not a person
    return [(a + cut, a + len(s), R.AFTER)]


def _numbered_thing(word: str) -> bool:
    """A word a Roman numeral or ``Jr`` follows that is not a person's: an English word no name list holds, an
    eponym, a brand, a place."""
    if word.casefold() in N.english() and word not in N.dictionary_names():
        return True
    return word in N.eponyms() or R.is_thing(word) or R.is_place_word(word)


def _compound(word: str) -> bool:
    """A capitalised word joined to a lower-case one (``Luhn-valid``, ``Parkinson-like``): an adjective."""
    hyphen = word.find("-")
    return hyphen > 0 and word[hyphen + 1 : hyphen + 2].islower()


_COMPASS = frozenset(("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"))


def _pair(s: str, a: int, text: str) -> list[Span]:
    """Two capitalised words that are neither everyday words, titles, places nor eponyms, and not both known to
    the dictionary (which finds those itself): the run they start."""
    if not s[0].isalpha():  # the character before the word
        s, a = s[1:], a + 1
    space = s.find(" ")
    last = s.rfind(" ") + 1
    first, second = s[:space], s[last:]
    known = N.dictionary_names()
    if first in known or second in known:  # the dictionary finds those (and their neighbours) itself
        return []
    if first in _COMPASS and a > 1 and text[a - 1] == " " and text[a - 2].isdigit():
        return []  # "5 North Med-Surg", "4 West Oncology": a hospital unit, by floor and wing
    for word in (first, second):
        if R.is_stop(word) or R.is_common(word) or R.is_place_word(word) or R.is_thing(word) or _compound(word):
            return []
    if second.casefold() in R.FACILITY_HEADS and R.is_english(first) and R.is_english(second):
        return []  # "Orchard Chapel", "Quasar Imaging": a place or a firm, not a person
    end = a + len(s)
    if text.startswith(" ", end) and _bare_number(text, end + 1) and not _age_after(text, end + 1):
        return []  # "Fast Track 2", "Resus Bay 3": a place numbered, not a person
    if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():  # "Glasgow Coma Scale", "… Hospital"
        after = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:")
        if R.is_common(after) or R.is_stop(after):
            return []
    return [(a, end, R.WEAK)]


_NOT_BEFORE_PEOPLE = frozenset(C.NOT_BEFORE_PEOPLE)
_FROM_PLACE = [[w] for w in C.FROM_PLACE]
_TO_PLACE = [[w] for w in C.TO_PLACE]
"""Words after which a capitalised word is a thing or a place (``the Mayo…``, ``in Lagos``, ``at Mercy``,
``on Eliquis``), not a person."""


_DRUG_ACTIONS = frozenset(C.DRUG_ACTIONS)


_AGE_AFTER = re2.compile(r"\d{1,3} ?(?:yo|y/o|y\b|yrs?\b|[FMfm]\b|-year)")


def _bare_number(text: str, at: int) -> bool:
    """One or two digits at ``at`` ending the word: no list's number (``2)``, ``3.``), time or date (``09:10``), nor
    a house number (``Diagonal Comoras 126``: a street abroad, masked as a name's words until a rule reads it)."""
    stop = at
    while stop < len(text) and stop - at < 3 and text[stop].isdigit():
        stop += 1
    return 0 < stop - at <= 2 and (stop == len(text) or (text[stop] not in ").:/-" and not text[stop].isdigit()))


def _age_after(text: str, at: int) -> bool:
    """An age (and sex) at ``at``: ``44F``, ``85yo``, ``70 y/o`` say a person's name came before."""
    return _AGE_AFTER.match(text[at : at + 12]) is not None


def _given_a_drug(text: str, end: int) -> bool:
    """What follows the word says it is a drug (``Kerendia was started``, ``… and Nexletol were held``)."""
    following = text[end : end + 40].split()[:4]
    for k, word in enumerate(following[:3]):
        if word in ("was", "were", "is", "are", "has", "have", "been"):
            rest = following[k + 1 :]
            return bool(rest) and (rest[0].rstrip(".,;") in _DRUG_ACTIONS or rest[:1] == ["been"])
    return False


def _adjective_before_a_word(text: str, end: int, word: str) -> bool:
    """A word of the lexicon ending as adjectives do, a lower-case word after it (``Gestational diabetes``)."""
    if not text[end + 1 : end + 2].islower():
        return False
    folded = word.casefold()
    return folded.endswith(_TERM_ENDINGS) or (folded.endswith(_ADJECTIVE_ENDINGS) and R.is_english(word))


def _person_before(text: str, conjunction: int, item: str | None = None) -> bool:
    """Whether ``A`` in ``A and B`` (``conjunction`` is where ``and`` starts; ``item`` is ``B``) may be a person:
    not a place, a thing or an everyday word, not after a preposition of place, and not with ``B`` both English
    words no name list holds."""
    units = R.run_before(text, conjunction - 1, weak=True, limit=1)
    if not units:
        return True  # no capitalised word before: nothing to go by
    word = text[units[0][1] : units[0][2]]
    if R.is_place_word(word) or R.is_thing(word):
        return False
    if item is not None and R.is_english(word) and R.is_english(item):
        return False  # "Labor and Delivery", "Sickle and Pickaxe": two words no name list holds, one kind of thing
    space = text.rfind(" ", max(0, units[0][0] - 14), units[0][0] - 1)
    preceding = text[space + 1 : units[0][0] - 1].lower()
    if preceding in _NOT_BEFORE_PEOPLE:
        return False
    if preceding == "from":
        return text[max(0, space - 14) : space].lower().split(" ")[-1:] not in _FROM_PLACE
    return True


def _single(s: str, a: int, text: str) -> list[Span]:
    """A capitalised word after a lower-case word, that is no everyday word, title, place, eponym, brand or
    organism, not after a determiner or a preposition of place (``the Mayo…``, ``in Lagos``) and not the first
    word of a thing's name (``Mercy Hospital``); the dictionary finds its own names."""
    space = s.rfind(" ")
    word = s[space + 1 :]
    if word in N.dictionary_names() or word in N.ambiguous():  # "… walker Hope to wean": only with a name
        return []
    if R.is_stop(word) or R.is_common(word) or R.is_place_word(word) or R.is_thing(word) or _compound(word):
        return []
    if _adjective_before_a_word(text, a + len(s), word):
        return []  # "for Gestational diabetes", "has Obstructive sleep apnea": an adjective opening a term
    before = s[1:space].rstrip(",")
    if s[space - 1] != "," and before.lower() in _NOT_BEFORE_PEOPLE:
        return []  # "in Lagos", "the Mayo…"
    if before == "of" and R.is_english(word):
        return []  # "Date of Birth", "Place of Service", "Department of Health": a title's words, no one's
    if before == "from" and text[max(0, a - 14) : a].lower().split(" ")[-1:] in _FROM_PLACE:
        return []  # "is from Oaxaca", "moved from Puebla": where one comes from
    if before == "to" and text[max(0, a - 14) : a].lower().split(" ")[-1:] in _TO_PLACE and R.is_english(word):
        return []  # "admitted to Labor", "sent to Radiology": where one goes (but "gave it to Maverick")
    if before in ("and", "or") and not _person_before(text, a + 1, word):
        return []  # "from Oaxaca and Puebla", "Eliquis and Xarelto": the same kind as the item before
    end = a + len(s)
    if N.eponym_tail(text, end) or _given_a_drug(text, end):
        return []
    if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
        after = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:")
        if R.is_common(after) or R.is_stop(after):
            return []
    return [(a + space + 1, end, R.WEAK)]


def _lead(s: str, a: int, text: str) -> list[Span]:
    """A capitalised word opening a line, a sentence, a list item or a bracket that no list knows and that reads
    as a name, unless what follows says it is a drug, an eponym or a thing's first word (``Tegaderm changed``
    fails the model; ``Ativan 0.5 mg``, ``Braden score``, ``Code Blue`` fail here)."""
    lead = 0
    while not s[lead].isalpha():  # the one or two characters before the word
        lead += 1
    start, end = a + lead, a + len(s)
    if end < len(text) and (text[end].isalpha() or text[end] in "'\u2019-"):  # "Smith-Jones's"
        end = N.token_end(text, start, start + N.LONGEST_WORD + 1)
        if end - start > N.LONGEST_WORD:
            return []
        if text.startswith(("'s", "\u2019s"), end - 2):
            end -= 2
    word = text[start:end]
    if not R.unknown_word(word) or _label_before_name(text, start, end):  # unknown_word: cached, mostly false
        return []
    subject = _subject_of(text, end)
    if not (subject or R.unknown_name_like(word) or _speaker(text, start, end, word)):
        return []
    if end < len(text) and (text[end].isalnum() or text[end] in "_-"):
        return []  # glued to digits or to more of itself: a token, an identifier (``Qwerty7_x``), not a word
    if any(c.isupper() and word[i] not in "'\u2019-" for i, c in enumerate(word[1:])):
        return []  # a capital inside, not after a joiner (``AbcDef``): a key or a brand; the dictionary has McNeil
    following = text[end + 1 : end + 2]
    if s[0] == ";" and not (subject or _finite_verb_at(text, end + 1)):
        return []  # after a semicolon, a clause's subject (``lives alone; Juliane visits``), never a list item
    if text.startswith(" ", end) and (following.isdigit() or following.isupper()):
        return []  # "Ativan 0.5 mg", "Code Blue", "Rapid Response" (a name's second word: the pair rule)
    if N.eponym_tail(text, end) or _given_a_drug(text, end) or _not_english(text, end):
        return []
    return [(start, end, R.WEAK)]


_FINITE = frozenset(
    (
        *("will", "would", "can", "could", "may", "might", "should", "must", "shall", "wont", "won't", "cannot"),
        *("can't", "is", "was", "has", "had", "does", "did", "doesn't", "didn't", "isn't", "wasn't"),
    )
)
"""Modal and auxiliary verbs: after a capitalised word, they make it a clause's subject."""


def _finite_verb_at(text: str, start: int) -> bool:
    """A verb a subject agrees with starts at ``start`` (``will see``, ``visits``): not ``given``, ``held``, a
    noun (``Lokelma given``, ``Ioban drape``), which a brand heading a clause takes as often as a person does."""
    if start > len(text) or text[start - 1] != " ":
        return False
    word = text[start : start + 12].split(" ", 1)[0].rstrip(".,;:!?")
    if word in _FINITE:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word in N.english()


_TIME_PREFIX = re2.compile(r"\[?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]?[ \t]+")
SPEAKER_SCORE = -0.3
"""The model score a chat speaker needs without a time stamp before it: about nine names in ten pass, while a
foreign section label (``Befund:``) mostly does not."""


def _speaker(text: str, start: int, end: int, word: str) -> bool:
    """The word is who speaks on a line of a chat or an SMS thread (``[10:02] Guy: labs are back``,
    ``Chinyere: pt in bay 3``): at the line's start, or after a time stamp alone, with a colon and a lower-case
    message after it. With the time stamp the shape alone decides; without, the model must not rule the word
    out and the message must be English (a section label of a note in another language is not a speaker)."""
    if not text.startswith(": ", end) or not text[end + 2 : end + 3].islower():
        return False
    line = text.rfind("\n", 0, start) + 1
    if line != start and not text.endswith((". ", "! ", "? "), line, start):
        return _TIME_PREFIX.fullmatch(text[line:start]) is not None  # a speaker opens a line or a sentence
    if M.score(word) < SPEAKER_SCORE:
        return False
    english = N.english()
    message = text[end + 2 : end + 60].split("\n", 1)[0].split()[:6]
    return sum(w.strip(".,;:!?()").casefold() in english for w in message) >= 2  # "Befund: unauffällig" is none


_DONE_TO_THINGS = frozenset(
    (
        *("used", "applied", "changed", "placed", "removed", "done", "taken", "replaced", "checked", "cleaned"),
        *("emptied", "sent", "noted", "inserted", "reinforced", "dated", "labelled", "labeled", "secured", "flushed"),
    )
)
"""Participles after a plural noun heading a clause (``Chlorhexidine wipes used``): the noun is a thing."""

_PERSON_PARTICIPLES = frozenset(w.lower() for w in C.VERBS if " " not in w and w.endswith("ed"))
"""``Yacine notified``, ``Ryma paged``: what is done to a person (the cue verbs), said after the one it was done to."""

_OBJECTS = frozenset(("the", "a", "an", "her", "his", "him", "them", "their", "it", "me", "us", "my", "our", "this"))


def _subject_of(text: str, end: int) -> bool:
    """A verb that agrees with a subject follows the word (``Reina can bring``, ``Branco reviewed the films``):
    the word heads a clause, where a capitalised word no list knows is a person far more often than not, so the
    model's letters are not asked. A past form counts with an object after it (``reviewed the``), since a
    participle alone follows a thing as often (``Aquacel applied``); what is done to a drug never counts."""
    if end + 1 >= len(text) or text[end] != " ":
        return False
    words = text[end + 1 : end + 30].split(" ", 2)
    if _finite_verb_at(text, end + 1):
        if words[0] in _FINITE:
            return not _given_a_drug(text, end)
        # "keeps asking", not a plural noun before a participle ("Chlorhexidine wipes used")
        following = words[1].rstrip(".,;:") if len(words) > 1 else ""
        return not (following in _DRUG_ACTIONS or following in _DONE_TO_THINGS)
    if words[0].rstrip(".,;:") in _PERSON_PARTICIPLES:
        return True
    if len(words) < 3:
        return False
    verb, following = words[0], words[1]
    if not (len(verb) > 4 and verb.endswith("ed") and verb not in _DRUG_ACTIONS and verb in N.english()):
        return False
    # "reviewed the films", "intubated by …", "relieved Okafor at 15:00": a past form with an object or an agent
    return following in _OBJECTS or following == "by" or _person_word(following.rstrip(".,;:"))


def _person_word(word: str) -> bool:
    """A word that can only be a name where an object stands: in a script without case, or capitalised and
    unknown to every list."""
    first = word[:1]
    return bool(first) and (N.uncased(first) or (first.isalpha() and not first.islower() and not first.isupper())
                            or (first.isupper() and R.unknown_word(word)))


_FOREIGN_WORDS = 2
"""Lower-case words of four letters or more that no English word list holds, among the six words after a
candidate, that make its sentence one in another language (``Habló con la familia sobre el plan``)."""


def _not_english(text: str, end: int) -> bool:
    """The words after ``end`` are not English: the lexicon that tells names from words cannot judge them there
    (abbreviations, ``c/o``, ``pt``, ``dtr``, are too short to count)."""
    english = N.english()
    foreign = 0
    for word in text[end : end + 60].split()[:6]:
        word = word.strip(".,;:!?()\"")
        if len(word) >= 4 and word.isalpha() and word.islower() and word not in english and not R.is_common(word):
            foreign += 1
    return foreign >= _FOREIGN_WORDS


ISLAND_WORDS = 3
"""The most words a run in a script without case may have to be a name inside Latin text: more is a sentence."""

ISLAND_WINDOW = 120
"""Characters each side of such a run in which words of other scripts must outnumber those of its own
``ISLAND_RATIO`` to one: the text around it is in Latin (or Cyrillic, or Arabic…) letters, not a text in that
script with a Latin drug name in it."""

ISLAND_RATIO = 2


UNSPACED_NAME = 4
"""The most Han or kana signs one part of a name has (``斉藤``, ``美加子``); a sentence in those scripts runs longer
without a space."""


def _island(s: str, a: int, text: str) -> list[Span]:
    """A name in Arabic, Sinhala, Devanagari, Hebrew... letters inside Latin text: in an English note such a
    word is neither English nor a brand, and no lower-case word or capital tells where it stands (the cue,
    pair and lead rules look for capitals). Han and kana, written without spaces, count only in runs of names'
    length (``斉藤 淳``), never a sentence of them."""
    start = a if s[0].isalpha() else a + 1
    end = a + len(s)
    words = text[start:end].split()
    if len(words) > ISLAND_WORDS or _label_before_name(text, start, end):
        return []
    if N.unspaced(text[start]) and (len(words) > 2 or any(len(w) > UNSPACED_NAME for w in words)):
        return []  # Han or kana: a family and a given name of a few signs each; a longer run is a sentence
    if not _among_other_scripts(text, start, end):
        return []
    return [(start, end, R.WEAK)]


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    """The script of a letter, by the first word of its Unicode name (``LATIN``, ``HANGUL``, ``CJK``, ``ARABIC``)."""
    if ch < "\u0250":
        return "LATIN"
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _among_other_scripts(text: str, start: int, end: int) -> bool:
    """Whether the words around ``start:end`` are mostly in other scripts than its own, ``ISLAND_RATIO`` to one:
    a Korean name in an English, Russian or Arabic sentence (or one mixing them), not a word of a Korean text."""
    own_script = _script_of(text[start])
    own = other = 0
    for word in text[max(0, start - ISLAND_WINDOW) : end + ISLAND_WINDOW].split():
        first = word.lstrip("([\"'\u201c-")[:1]
        if not first.isalpha():
            continue
        if _script_of(first) == own_script:
            own += 1
        else:
            other += 1
    return other >= ISLAND_RATIO * own


def _label_before_name(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` open a line or a sentence, and a colon and a capitalised word no English list
    holds follow them: they are a field's label in some language (``Ασθενής: Dalton Yates``, ``Saatekiri:
    Yanis``), the name comes after it (not ``Handoff from ზაურ: Rudolf…``, where a cue leads to the word)."""
    if not text.startswith(": ", end):
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before and before[-1] not in ".!?\n":
        return False
    following = text[end + 2 : end + 34].split(" ", 1)[0].rstrip(".,;:")
    first = following[:1]
    if not first or not (first.isupper() or (first.isalpha() and not first.islower())):
        return False
    return following.casefold() not in N.english()


def _foreign(s: str, a: int, text: str) -> list[Span]:
    """Capitalised words in Cyrillic, Greek or Armenian letters inside Latin text (``; Нифонт set a reminder``):
    the lexicon and the model know Latin words only, and there such a word is a name far more often than not.
    Not in a sentence of that script: around the run, words of other scripts must outnumber its own
    ``ISLAND_RATIO`` to one (``Пациентка жалуется…`` is read as the text it is); nor an acronym in capitals."""
    start = a
    end = a + len(s)
    if start > 0 and (text[start - 1].isalnum() or unicodedata.category(text[start - 1])[0] == "M"):
        return []  # inside a word: the pattern has no start-of-word test (cheaper to search without one)
    if all(w.isupper() for w in text[start:end].split()) or _label_before_name(text, start, end):
        return []
    if not _among_other_scripts(text, start, end):
        return []
    return [(start, end, R.WEAK)]


def _speaker_before_time(s: str, a: int, text: str) -> list[Span]:
    """The one or two words opening a chat line before its time (``Hejîn 07:16: on it``): a speaker, unless a
    word is one the lists call everyday, English and no name, a stop word, a place or a thing (``Update 07:16:``,
    ``Handoff 19:00``)."""
    lead = len(s) - len(s.lstrip(" \t"))
    body = s[lead:]
    words = body[: body.rfind(" ", 0, body.index(":"))].split(" ")
    for word in words:
        if R.is_stop(word) or R.is_common(word) or R.is_english(word) or R.is_place_word(word) or R.is_thing(word):
            return []
    start = a + lead
    return [(start, start + len(" ".join(words)), K.NAME)]


def _addressed_caps(s: str, a: int, text: str) -> list[Span]:
    """Two or three words in capitals before ``your``, opening a message: the one addressed, when every word is a
    name's by the lists or no word they know (``BILL MOSS``; not ``PLEASE NOTE your``)."""
    lead = 2 if s.startswith(": ") else 0
    words = s[lead:].rsplit(" ", 1)[0]
    for word in words.split(" "):
        if not VN.value_name_word(word[:1] + word[1:].lower(), alone=False):
            return []
    return [(a + lead, a + lead + len(words), K.NAME)]


CAPS_LINE_FLOOR = -0.7
"""The model score below which a word no list knows reads as a thing's (``WHITEBOARD``, ``BLUECROSS``), not a
name's, on a line of capitals; ``FILIP`` (-0.6) is above it."""


def _caps_line(s: str, a: int, text: str) -> list[Span]:
    """Two or three words in capitals alone on a line or as a numbered item, each a name's by the lists (the
    census's everyday words too: ``ROSE PAGE``) or no word they know that reads as a name (``ANSSI PEKKARINEN``),
    none an acronym: a pharmacy label's or a handoff's line of a name (``CHF EXACERBATION``, ``WARD
    WHITEBOARD``, ``BLUECROSS BLUESHIELD`` are not)."""
    lead = 0
    if s[0].isdigit():
        lead = s.index(" ") + 1
        while s[lead] == " ":
            lead += 1
    body = s[lead:].rstrip(" \t-")
    return [(a + lead, a + lead + len(body), K.NAME)] if _caps_name(body) else []


def _caps_name(body: str) -> bool:
    """Words in capitals that are a name's: each a name's by the lists or no word they know that reads as one,
    one at least a name's, none of three letters or fewer."""
    named = False
    for word in body.split(" "):
        title = word[:1] + word[1:].lower()
        if len(word) <= 3:
            return False
        if VN.known_name(title):
            named = True
        elif not R.unknown_word(title) or M.score(title) < CAPS_LINE_FLOOR:
            return False
        elif M.name_like(title):
            named = True
    return named


def _called(s: str, a: int, text: str) -> list[Span]:
    """A name in capitals a queue board or a page calls (``QUEUE 09  LUPARIO NORALEZ  CALLED``, ``PAGE 7712
    MAGOMEDALI ABDULMANAPOV: …``), judged as a capitals line's."""
    start = next(i for i, c in enumerate(s) if c.isdigit())  # the ticket's or the pager's number
    while start < len(s) and not s[start].isspace():
        start += 1
    while start < len(s) and s[start] == " ":
        start += 1
    words = []
    for word in s[start:].rstrip(": \t").split(" "):
        if not word or word in _CALLED_TAILS:
            break  # "  CALLED", " TO DESK": what the board says after the name
        words.append(word)
    body = " ".join(words)
    return [(a + start, a + start + len(body), K.NAME)] if words and _caps_name(body) else []


_CALLED_TAILS = frozenset(("CALLED", "TO", "DESK", "PLEASE"))


def _cell_inverted(s: str, a: int, text: str) -> list[Span]:
    """``Family, Given`` alone in a table's cell, when it reads as a person's name (not ``Lisinopril, Oral``)."""
    value = s[1:-1].strip(" \t")
    start = s.index(value)
    return [(a + start, a + start + len(value), K.NAME)] if VN.name_shaped(value) else []


def _header_name(s: str, a: int, text: str) -> list[Span]:
    """The name before the address in ``From:``/``To:`` (unquoted), when it is shaped like one (``June Crane``;
    not ``Billing Office``)."""
    colon = s.index(":")
    value = s[colon + 1 : s.rindex(" <")].strip(" \t")
    if not VN.name_shaped(value):
        return []
    start = a + s.index(value, colon + 1)
    return [(start, start + len(value), K.NAME)]


ROOM_WORDS = 3
"""The most words a name after a bed's or a room's number has."""


def _room(s: str, a: int, text: str) -> list[Span]:
    """The name after a bed's or a room's number in a handoff or a whiteboard (``rm 6: Shepherd - dob``,
    ``Bed 9 Taufa / RN``, ``rm8  frank turner   90+yo``): capitalised, a cue like a label's; in lower case (typed
    fast on a handoff), one to three words that end where the column does (two spaces, `` - ``, a line's end),
    none an everyday or a stop word (``bed 4  empty``, ``rm 12 is clean``)."""
    start = a + len(s) - 1
    if text[start].isupper() or N.uncased(text[start]) or not (text[start].isupper() or text[start].islower()):
        return [(start, start + 1, R.STRONG)]
    end, words = start, 0
    while words < ROOM_WORDS:
        stop = N.token_end(text, end, end + N.LONGEST_WORD)
        if stop == end:
            return []
        word = text[end:stop]
        if word.casefold() in N.words() or R.is_stop(word.capitalize()) or (word in N.english() and len(word) < 3):
            return []
        words += 1
        end = stop
        if not text.startswith(" ", end) or text.startswith("  ", end) or not text[end + 1 : end + 2].isalpha():
            break
        end += 1
    if words < 2 or not (end >= len(text) or text.startswith(("  ", " - ", "\t", "\n", " ("), end)):
        return []
    return [(start, end, K.NAME)]


def _nickname(s: str, a: int, text: str) -> list[Span]:
    """``Robert "Bob" Okafor``: three names, the quoted one without its quotes (straight or curly, paired or not),
    unless a word list says the given or the family name is a thing, a place or a stop word (everyday words are
    names in this shape: ``Mark "Mar" Price``)."""
    if not s[0].isalpha():
        s, a = s[1:], a + 1
    first_quote = s.find(" ") + 1
    second_quote = s.rfind(" ") - 1  # the pattern ends with a quote, a space and a word: any quote pair
    if not 0 < first_quote < second_quote:
        return []
    words = ((0, first_quote - 1), (first_quote + 1, second_quote), (second_quote + 2, len(s)))
    for ws, we in (words[0], words[2]):  # the nickname itself may be any word (``"Mar"``, ``"Bud"``)
        word = s[ws:we]
        if R.is_stop(word) or R.is_place_word(word) or R.is_thing(word):
            return []
    return [(a + ws, a + we, K.NAME) for ws, we in words]


TABLE_ROWS = 200
"""The most rows after a heading read as that table's (a bound on the walk a hostile text could ask for)."""


def _english_words(cell: str) -> bool:
    """A cell of English words no name list holds (``Unassigned``, ``Float pool``, ``TBD``)."""
    english, known = N.english(), N.dictionary_names()
    return all(w.casefold() in english and w not in known for w in cell.split())


_RULE_CHARS = "-+=: \t"


def _table(s: str, a: int, text: str) -> list[Span]:
    """Under a person's column heading, a cell shaped like a name is one (whatever its words: ``Little, Victor``),
    and any other non-empty cell a weak cue, for every row with as many cells as the heading row (a ``|---|`` rule
    is skipped): a table cell has no sentence around it to tell a name. The
    match is one heading cell; the row is read from the first such cell only."""
    n = len(text)
    at = a + 1 if s[0] == "|" else a
    start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", at)
    line_end = n if line_end < 0 else line_end
    if start > 0 and "|" in text[text.rfind("\n", 0, start - 1) + 1 : start - 1]:
        return []  # a row under another: only a table's first row is its heading (each table walked once)
    cells = text[start:line_end].split("|")
    headings = [cell.strip().casefold() for cell in cells]
    columns = {i for i, cell in enumerate(headings) if cell in _PERSON_COLUMNS}
    dates = {i for i, cell in enumerate(headings) if cell in _DATE_COLUMNS}
    phones = {i for i, cell in enumerate(headings) if cell in _PHONE_COLUMNS}
    ages = {i for i, cell in enumerate(headings) if cell in _AGE_COLUMNS}
    numbers = {i for i, cell in enumerate(headings) if cell in _NUMBER_COLUMNS}
    read = columns | dates | phones | ages | numbers
    if len(cells) < 2 or not read or text.count("|", start, at) != min(read):
        return []
    out: list[Span] = []
    pos = line_end + 1
    for _ in range(TABLE_ROWS):
        if pos >= n:
            break
        end = text.find("\n", pos)
        end = n if end < 0 else end
        parts = text[pos:end].split("|")
        if len(parts) != len(cells):
            if parts[0] and not parts[0].strip(_RULE_CHARS):
                pos = end + 1  # a rule drawn with ``+`` (``------+-----``, as psql prints one): not a row
                continue
            break
        offset = pos
        for i, part in enumerate(parts):
            body = part.lstrip(" \t")
            cell_start = offset + len(part) - len(body)
            value = body.rstrip(" \t")
            if i in columns and body[:1].isalpha() and VN.person_cell(value):
                out.append((cell_start, cell_start + len(value), K.NAME))  # "| May Knight |": column and shape say who
            elif (i in columns or i in numbers) and IL.person_number(value):
                out.append((cell_start, cell_start + len(value), K.ID))  # "| IE96-555 |" under "Subject"
            elif i in columns and body[:1].isalpha() and not _english_words(value):
                out.append((cell_start, cell_start + 1, R.WEAK))
            elif i in ages:
                over = _AGE_CELL.fullmatch(value)
                if over is not None:
                    out.append((cell_start, cell_start + over.end(1), K.AGE))
            elif i in dates or i in phones:
                kind = _cell_kind(value, i in dates)
                if kind is not None:
                    out.append((cell_start, cell_start + len(value), kind))
            offset += len(part) + 1
        pos = end + 1
    return out


_AGE_CELL = re2.compile(r"(9\d|1[0-2]\d)(?: ?(?:y|yo|yrs?|[MFmf]|/[MFmf]|[MFmf]/))?")
"""An age over 89 in an age column (``94``, ``101 F``, ``92y``): the number, not its sex or unit."""
def _cell_kind(value: str, date_column: bool) -> str | None:
    """A date column's ``2/22`` or ``9/9/41`` (a valid month and day), a phone column's ``996-9635`` (seven
    digits or more): what the cell alone would not be taken for."""
    if not value or not value[0].isdigit() or len(value) > 24:
        return None
    if date_column:
        parts = value.replace("-", "/").replace(".", "/").split("/")
        if 2 <= len(parts) <= 3 and all(p.isdigit() for p in parts):
            m, d = int(parts[0]), int(parts[1])
            return K.DATE if V.date_ok(m, d) or V.date_ok(d, m) else None
        return None
    digits = sum(c.isdigit() for c in value)
    return K.PHONE if digits >= 7 and all(c.isdigit() or c in " -.()+x" for c in value) else None


def _plural(s: str, a: int, text: str) -> list[Span]:
    """``The Okafors moved``: the family name in the plural, when the singular reads as a name."""
    word = s[4:-2].rstrip("'\u2019")  # ``the Okafors' home``
    if not R.unknown_name_like(word[:-1]) or R.is_common(word):
        return []
    return [(a + 4, a + 4 + len(word), R.WEAK)]


def _mention(s: str, a: int, text: str) -> list[Span]:
    """The name after ``@`` in a chat: a weak cue (``@team``, ``@All`` are everyday words)."""
    at = s.index("@")
    return [(a + at + 1, a + len(s), R.WEAK)]


def _inverted(s: str, a: int, text: str) -> list[Span]:
    """A line (or a tab-separated cell) starting ``FAMILY, GIVEN`` in capitals, when no word of it is an everyday
    word, a place, a stop word or a thing (a problem list in capitals, ``ANEMIA, CKD``, is none of them)."""
    if s[0] == "\t":
        s, a = s[1:], a + 1
    elif s.startswith((" - ", ": ")):  # "ANESTHESIA RECORD - PALOMINO, CHE - ASA II", "rider: PARK, DESTINY T"
        s, a = s[2 if s[0] == ":" else 3 :], a + (2 if s[0] == ":" else 3)
    comma = s.index(", ")
    family = s[:comma].split(" ")
    given_part = s[comma + 2 :].rstrip(" \t([-,")
    given = given_part.split(" ")[0]
    initial = given_part != given  # "LOVE, HOPE R": a middle initial, the shape of a name whatever its words
    if s.endswith(",") and not initial:
        return []  # "ANEMIA, CKD, HTN": a problem list goes on; a name before a credential has its initial
    for word in (*family, given):
        title = word[:1] + word[1:].lower()
        if R.is_stop(word) or R.is_place_word(title) or R.is_thing(title):
            return []
        if R.is_common(title) and not initial:
            return []
    if len(given) <= 3 and len(family[-1]) <= 3:  # "CHF, CKD": abbreviations
        return []
    return [(a, a + 1, R.STRONG)]


def _quoted_inverted(s: str, a: int, text: str) -> list[Span]:
    """``"Family, Given"`` in quotes as a cell or a value: both parts names unless a word list says one is an
    everyday word, a place, a thing or a stop word (``"Boston, MA"`` has a place; ``"Stable, improving"`` words)."""
    open_quote = s.index('"')
    close_quote = s.index('"', open_quote + 1)
    inner = s[open_quote + 1 : close_quote]
    family, given = inner.split(", ", 1)
    start = a + open_quote + 1
    if s[0] == "=" and _person_field(text, a) and VN.name_shaped(inner):  # a log's name="Friend, Dawn"
        comma = start + len(family)
        return [(start, comma, K.NAME), (comma + 2, start + len(inner), K.NAME)]
    for word in (*family.split(), *given.split()):
        core = word.rstrip(".")
        if len(core) == 1 or core.casefold() in R.PARTICLES:
            continue
        if R.is_stop(core) or R.is_common(core) or R.is_place_word(core) or R.is_thing(core):
            return []
    comma = start + len(family)
    return [(start, comma, K.NAME), (comma + 2, start + len(inner), K.NAME)]


def _person_field(text: str, equals: int) -> bool:
    """The key before ``=`` at ``equals`` names a person or a name (``name=``, ``patient=``, ``signed_by=``)."""
    begin = equals
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_-."):
        begin -= 1
    key = normalize_key(text[begin:equals])
    return key == "name" or key.endswith("_name") or person_key(key)


_NAME_LINE_WORDS = (2, 4)


def _signature(s: str, a: int, text: str) -> list[Span]:
    """The line above a job title (the match: ``MEMBER ADVOCATE``, ``Case Manager``), when it is two to four
    capitalised words no list knows as everyday, stop, place or thing words (title-cased first when in capitals):
    a signature block's name (``CARE MANAGEMENT`` over ``Case Manager`` is none). The line is read in the
    handler: no pattern may match a line feed, which joins the strings of a document."""
    if a < 2 or text[a - 1] != "\n":
        return []
    low = max(0, a - 82)  # a name line is short: the look back is bounded
    before = text.rfind("\n", low, a - 1)
    if before < 0 and low > 0:
        return []
    start = before + 1
    line = text[start : a - 1].rstrip(" \t\r")
    words = line.split(" ")
    if not _NAME_LINE_WORDS[0] <= len(words) <= _NAME_LINE_WORDS[1] or len(line) > 80:
        return []
    for word in words:
        first = word[:1]
        if not first or not (first.isupper() or N.uncased(first) or (first.isalpha() and not first.islower())):
            return []
    for word in words:
        core = word.rstrip(".")
        if len(core) == 1:
            continue
        title = core[:1] + core[1:].lower() if core.isupper() else core
        if R.is_stop(title) or R.is_common(title) or R.is_place_word(title) or R.is_thing(title) or R.is_english(title):
            return []
    return [(start, start + len(line), K.NAME)]


def _lower(s: str, a: int, text: str) -> list[Span]:
    """The lower-case name after a cue, or signing a message off (``- ana okafor`` ending it)."""
    return R.lower_names(text, a + len(s) - 1, last_line=s[0] == "-")


def _addressed(s: str, a: int, text: str) -> list[Span]:
    """The capitalised word a message addresses, unless a word list knows it (``Overall, you…``)."""
    end = 0
    while end < len(s) and s[end] not in ",:! ":
        end += 1
    word = s[:end]
    if R.is_stop(word) or R.is_common(word) or R.is_place_word(word) or R.is_thing(word) or _compound(word):
        return []
    if word.casefold() in R.CUE_WORDS:  # "Subject: your evaluation", "Patient: you…": a label, not a person
        return []
    return [(a, a + end, R.WEAK)]


_SIGN_OFF_TAIL = 20
"""The most characters of lower-case words after a sign-off on its line (``so much!``) before the name below."""


def _signoff(s: str, a: int, text: str) -> list[Span]:
    """The writer's name after a sign-off (same line or next) or a signature dash at the start of a line
    (``-- Ana``; ``- Ana`` as the last line), a slash or a tilde opening a short line (``/Ana``, ``~Ana``), or
    ``-Ana`` ending a line."""
    if s[0] == " ":  # "… card. -Ana", "… cancelled - Heliotrope" ending a line: a name signing off
        lead = 3 if s.startswith(" - ") else 2
        word = s[lead:].rstrip(".!")
        if lead == 3 and (R.is_english(word) or R.is_common(word)):
            return []  # "PROGRESS NOTE - Cardiology", "Dispo - Home": a heading's part, no signature
        return [(a + lead, a + lead + len(word), R.WEAK)]
    if s[0] in "/~":  # "/Daire", "~Ana" on a line of their own: a signature, not a path ("/Users/ana")
        line_end = text.find("\n", a)
        line = text[a + 1 : len(text) if line_end < 0 else line_end]
        signature = len(line) <= 40 and "/" not in line and "." not in line.rstrip(".")
        return [(a + 1, a + 2, R.WEAK)] if signature else []
    if s == "- ":  # a single dash signs only the last line (else: a bullet); at most some blank space after it
        line_end = text.find("\n", a)
        if line_end >= 0 and (len(text) - line_end > 64 or text[line_end:].strip()):
            return []
    pos = a + len(s)
    n = len(text)
    while pos < n and text[pos] in " \t!.,:;":
        pos += 1
    if s[0].isalpha() and pos < n and text[pos].islower():  # "Thanks so much!", "Best wishes to all," ending a line
        line_end = text.find("\n", pos, pos + _SIGN_OFF_TAIL + 1)
        if line_end > 0 and text[pos:line_end].rstrip("\r !.,").replace(" ", "").isalpha():
            pos = line_end
    if text.startswith("\n", pos) or text.startswith("\r\n", pos):
        pos = text.index("\n", pos) + 1
        while pos < n and text[pos] in " \t":
            pos += 1
        if s[0].isalpha() and text.startswith(("\n", "\r\n"), pos):  # a letter's blank line before the name
            pos = text.index("\n", pos) + 1
        if s[0] not in "-\u2014\u2013" and text.startswith(("--", "\u2014", "\u2013"), pos):
            pos = min(n, pos + (2 if text[pos] == "-" else 1))
            while pos < n and text[pos] == " ":
                pos += 1
    if pos >= n or (text[pos].islower() and not N.uncased(text[pos])):
        return []
    return [(pos, pos + 1, R.WEAK)]


_HANDLERS: dict[str, Callable[[str, int, str], list[Span]]] = {
    "ctx": _ctx,
    "idlabel": _labelled_id,
    "cue": _cue,
    "after": _after,
    "pair": _pair,
    "single": _single,
    "lead": _lead,
    "island": _island,
    "foreign": _foreign,
    "nickname": _nickname,
    "room": _room,
    "addressedcaps": _addressed_caps,
    "headername": _header_name,
    "capsline": _caps_line,
    "called": _called,
    "cellinverted": _cell_inverted,
    "speakertime": _speaker_before_time,
    "table": _table,
    "plural": _plural,
    "inverted": _inverted,
    "mention": _mention,
    "lower": _lower,
    "signature": _signature,
    "bracketed": lambda s, a, t: [(a + 1, a + s.index("]"), R.WEAK)] if R.unknown_word(s[1 : s.index("]")]) else [],
    "quotedinverted": _quoted_inverted,
    "addressed": _addressed,
    "signoff": _signoff,
    "email": _simple(K.EMAIL),
    "url": _url,
    "ssn": _simple(K.SSN, V.ssn_ok),
    "mbi": _simple(K.MBI, V.mbi_ok),
    "dea": _simple(K.DEA, V.dea_ok),
    "vin": _simple(K.VIN, V.vin_ok),
    "card": _card,
    "npi": _simple(K.NPI, V.npi_ok),
    "phone": lambda s, a, t: _phone(s, a, t) if not (a > 0 and t[a - 1].isalnum()) else [],
    "phonectx": _phone,
    "phonelabel": _labelled_phone,
    "dicompn": _dicom_person,
    "nick": _nick,
    "logpair": _log_pair,
    "slashlower": _slash_lower,
    "lowerage": _lower_age,
    "lowerline": lambda s, a, t: N.lower_typed_hits(s, a),
    "employer": _employer,
    "highlight": _highlight,
    "quotedpair": _quoted_pair,
    "eupostal": _eu_postal,
    "keyed4": _keyed4,
    "fhirpatient": _fhir_patient,
    "plate2": _plate_with_space,
    "vehiclevin": lambda s, a, t: [(a + len(s) - 17, a + len(s), K.VIN)],
    "parenthesised": _parenthesised,
    "mac": lambda s, a, t: [(a, a + len(s), K.DEVICE)] if any(c.isalpha() for c in s) else [],
    "nino": lambda s, a, t: [(a, a + len(s), K.ID)],
    "aumedicare": lambda s, a, t: [(a + next(i for i, c in enumerate(s) if c.isdigit()), a + len(s), K.HEALTH_PLAN)],
    "aupostcode": lambda s, a, t: [(a + len(s) - 4, a + len(s), K.ADDRESS)],
    "biometricref": lambda s, a, t: [(a + len(s) - len(s.replace("=", " ").split()[-1]), a + len(s), K.BIOMETRIC)],
    "zip4": lambda s, a, t: [] if "-" in (t[a - 1 : a], t[a + len(s) : a + len(s) + 1]) else [(a, a + len(s), K.ZIP)],
    "flat": lambda s, a, t: [(a, a + len(s), K.ADDRESS)],
    "ukphone": _uk_phone,
    "frphone": _simple(K.PHONE),
    "phone8": lambda s, a, t: [(a + len(s) - (9 if s[-5] in " -" else 8), a + len(s), K.PHONE)],
    "uuid": lambda s, a, t: [(a, a + len(s), _lookback_kind(t, a, K.NUMBER))],
    "military": lambda s, a, t: [(a, a + len(s), K.ADDRESS)],
    "dl": _driver_licence,
    "ibancompact": _iban,
    "intl": lambda s, a, t: [(a, a + len(s), K.PHONE)] if sum(c.isdigit() for c in s) >= 9 else [],
    "ip4": _ip,
    "ip6": _ip,
    "date": _date,
    "ocrdigits": _ocr_digits,
    "address": _simple(K.ADDRESS),
    "address2": _simple(K.ADDRESS),
    "county": _county,
    "namedcity": _named_city,
    "citystate": _city_state,
    "dayofyear": _day_of_year,
    "phonelocal": _phone_local,
    "lastfour": _last_four,
    "plate": _plate,
    "grouped": _grouped,
    "udi": _simple(K.DEVICE),
    "opaque": _opaque,
    "spelledemail": lambda s, a, t: [(a, a + len(s), K.EMAIL)] if "dot" in s else [],
    "displayname": _display_name,
    "photofile": _simple(K.PHOTO),
    "dicomuid": lambda s, a, t: [] if len(s) < 26 or s.startswith(_DICOM_STANDARD) else [(a, a + len(s), K.PHOTO)],
    "cityzip": lambda s, a, t: _cityzip(s, a),
    "postcode": _postcode,
    "zipctx": lambda s, a, t: [(a + _zip_start(s), a + len(s), K.ZIP)],
    "postctx": _postcode_after_word,
    "inaddress": _simple(K.ADDRESS),
    "hl7zip": _hl7_city_zip,
    "sgaddress": lambda s, a, t: [(a + len(s) - 6 if s[0] == "S" else a, a + len(s), K.ADDRESS)],
    "inpin": _town_and_pin,
    "age": lambda s, a, t: _age(s, a) if not _temperature(s, a, t) else [],
    "agewords": _age_words,
    "lowerinbed": _lower_in_bed,
    "lowerdob": _lower_before_birth,
    "lowerhere": _lower_here,
    "capsto": _caps_sent,
    "subjectinitials": lambda s, a, t: [(a + s.rindex("(") + 1, a + len(s) - 1, K.NAME)],
    "spelledname": lambda s, a, t: [(a + len(s) - len(s.rsplit(None, 1)[-1]), a + len(s), K.NAME)],
    "digitwords": _simple(K.PHONE),
    "datewords": _simple(K.DATE),
    "agebracket": _age_bracket,
    "mrn": _simple(K.MRN),
    "id": _id,
}


def find_patterns(text: str) -> list[Span]:
    """Every validated pattern identifier in ``text`` (already normalised); ``CUE`` spans mark name runs.

    An ``RE2::Set`` pass says which alternatives occur at all; only those are then searched, each on its
    own (so overlapping candidates of different kinds are all seen; the caller merges overlaps).
    """
    return find_patterns_joined([text], text).get(0, [])


SEPARATOR = "\n"
"""Joins the strings of one document for a single pass: no alternative can match a line feed (every character
class above excludes it), so no match crosses from one string into the next, and ``\\b`` sees it as the
string's edge."""


def find_patterns_joined(texts: list[str], buffer: str) -> dict[int, list[Span]]:
    """The pattern spans of each (normalised) text that has any, by index, with one ``RE2::Set`` pass and one
    search loop per alternative over ``buffer`` (the texts joined by ``SEPARATOR``), instead of one of each
    per string.

    Handlers still see each string on its own (offsets, look-back windows), so the spans are exactly those
    of ``find_patterns(text)``.
    """
    out: dict[int, list[Span]] = {}
    if not texts:
        return out
    ascii_only = buffer.isascii()
    data = buffer.encode("ascii") if ascii_only else buffer.encode("utf-8")
    hits = _SET.Match(data)
    if not hits:
        return out
    encoded: list[bytes] | None = None
    starts: list[int] = []
    pos = 0
    if ascii_only:
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
    else:
        encoded = [t.encode("utf-8") for t in texts]
        for b in encoded:
            starts.append(pos)
            pos += len(b) + 1
    size = len(data)
    limits = [*starts[1:], size + 1]  # where the string after each one starts
    unanchored = _UNANCHORED
    for index in hits:
        match = _COMPILED[index].Match  # bound once per alternative, not once per search
        handler = _HANDLERS[_NAMES[index]]
        tail = _TAILS.get(index)
        pos = 0
        i, base, limit = -1, 0, -1  # the string of the last match, where it starts, where the next one does
        text, sdata, plain = "", b"", True
        mark = (0, 0)  # (byte offset, character offset) of the last match decoded in a non-ASCII string
        while pos < size:
            bstart, bend = match(unanchored, data, pos, size)[0]
            if bstart < 0:
                break
            if tail is not None:
                first = bend - 1
                while (data[first] & 0xC0) == 0x80:  # back to the start of the head's last character
                    first -= 1
                bend = max(bend, tail.Match(_ANCHOR_START, data, first, size)[0][1])
            if bstart >= limit:  # matches come left to right: find the string only when it changes
                i = bisect_right(starts, bstart) - 1
                base, limit, text = starts[i], limits[i], texts[i]
                sdata = encoded[i] if encoded is not None else b""
                plain = encoded is None or len(sdata) == len(text)
                mark = (0, 0)
            start = bstart - base
            end = bend - base
            if plain:  # an ASCII string: byte offsets are its offsets
                if end > len(text):  # crossed a separator: cannot happen, but never guess
                    raise MaskingError("a pattern match crossed two strings")
            else:
                if end > len(sdata):
                    raise MaskingError("a pattern match crossed two strings")
                lb = start
                # decode only the bytes since the last match in this string
                from_byte, from_char = mark if mark[0] <= lb else (0, 0)
                start = from_char + len(sdata[from_byte:lb].decode("utf-8"))
                end = start + len(sdata[lb:end].decode("utf-8"))
                mark = (lb, start)
            spans = handler(text[start:end], start, text)
            if spans:
                per = out.get(i)
                if per is None:
                    out[i] = spans
                else:
                    per.extend(spans)
                pos = bend if bend > bstart else bstart + 1
            else:
                pos = bstart + 1
                while pos < size and (data[pos] & 0xC0) == 0x80:
                    pos += 1
    return out
