"""Synthetic identifiers and non-identifiers for the outside corpus, each in the formats real systems emit.

Written from how EHR, claims, lab, scheduling and messaging systems print these values, not from the
detector's patterns: the corpus is there to find what the detector misses. Every value is drawn from a
``random.Random`` and a seeded Faker, so a run is reproducible and no value belongs to a real person.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from dataclasses import dataclass, field

from faker import Faker

from extproc.phi.validators import LOW_POPULATION_ZIP3

LOCALES = {
    "en_US": 40,
    "es_MX": 14,
    "vi_VN": 3,
    "de_DE": 3,
    "fr_FR": 3,
    "it_IT": 3,
    "pt_BR": 3,
    "pl_PL": 3,
    "ru_RU": 2,
    "zh_CN": 2,
    "ja_JP": 1,
    "ko_KR": 2,
    "ar_AA": 1,
    "hi_IN": 1,
    "nl_NL": 2,
    "tr_TR": 2,
    "el_GR": 1,
    "yo_NG": 3,
    "ig_NG": 2,
    "en_NG": 2,
    "ga_IE": 2,
    "en_IE": 2,
    "zu_ZA": 1,
    "uk_UA": 1,
    "fa_IR": 1,
    "he_IL": 1,
    "tw_GH": 1,
}
"""Where a patient's name is drawn from, weighted roughly like a US urban hospital's roster."""

ROMANISED = [
    ("Xiaoming", "Wang"),
    ("Mei-Ling", "Chen"),
    ("Thi Lan", "Nguyen"),
    ("Van Minh", "Tran"),
    ("Min-jun", "Kim"),
    ("Seo-yeon", "Park"),
    ("Hiroshi", "Yamamoto"),
    ("Yuki", "Takahashi"),
    ("Priyanka", "Venkataraman"),
    ("Oluwaseun", "Adeyemi"),
    ("Chukwuemeka", "Okonkwo"),
    ("Kwame", "Mensah"),
    ("Aigerim", "Nurlanovna"),
    ("Bao", "Vu"),
    ("Jia", "Li"),
    ("Anh", "Do"),
    ("Sung", "Oh"),
    ("Ngoc Anh", "Pham"),
    ("Wei", "Zhang"),
]
"""Short and romanised Asian and African names, as US registration desks type them (two-letter surnames too)."""

WORDLIKE = [
    ("Hope", "Baker"),
    ("Will", "Rose"),
    ("Grant", "Hill"),
    ("Summer", "Brown"),
    ("Faith", "Young"),
    ("Christian", "Love"),
    ("Autumn", "Wood"),
    ("Mark", "Price"),
    ("Joy", "Fields"),
    ("Rich", "Sterling"),
    ("Grace", "Church"),
    ("Dawn", "Marsh"),
    ("Chase", "Banks"),
    ("Ivy", "Green"),
    ("Destiny", "Cross"),
    ("Hunter", "Stone"),
    ("Pat", "Nurse"),
    ("Rose", "Bush"),
    ("Sterling", "Frost"),
    ("Bill", "Payne"),
    ("Miles", "Long"),
    ("Crystal", "Waters"),
    ("Royal", "King"),
    ("Patience", "Moody"),
    ("Major", "Little"),
]
"""Names that are also English words: a detector that needs capitals or a dictionary struggles with these."""

PARTICLED = [
    ("Ludwig", "van der Berg"),
    ("Ana", "de la Cruz"),
    ("Jean-Luc", "d'Arcy"),
    ("Pieter", "de Vries"),
    ("Maria", "dos Santos"),
    ("Giulia", "Di Stefano"),
    ("Aoife", "Ní Bhriain"),
    ("Seán", "Mac Giolla"),
    ("Omar", "al-Rashid"),
    ("Fatima", "El Amrani"),
    ("Karl", "von Hohenberg"),
    ("Luis", "del Toro"),
    ("Sarah", "Miller-Okafor"),
    ("Siobhan", "O'Connell"),
    ("Marcus", "D'Angelo"),
    ("Zoë", "St. Clair"),
    ("Nguyễn", "Văn An"),
    ("José", "Núñez"),
    ("Åsa", "Ångström"),
    ("Renée", "Lefèvre-Dubois"),
    ("Mary-Kate", "McAllister"),
    ("Abdul", "bin Hamid"),
    ("Rhys", "ap Gwynn"),
    ("Anne-Marie", "LaFleur"),
]
"""Particles, hyphens, apostrophes and diacritics as they appear on real registrations."""

NICKNAMES = {
    "Robert": "Bobby",
    "William": "Bill",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Richard": "Dick",
    "Katherine": "Kate",
    "Alejandro": "Alex",
    "Guadalupe": "Lupe",
    "Francisco": "Paco",
    "Theodore": "Ted",
}

CITIES = [
    ("Worcester", "MA", "01609"),
    ("Springfield", "IL", "62704"),
    ("Boise", "ID", "83702"),
    ("Winston-Salem", "NC", "27101"),
    ("Coeur d'Alene", "ID", "83814"),
    ("St. Louis", "MO", "63110"),
    ("Lowell", "MA", "01852"),
    ("Hialeah", "FL", "33012"),
    ("Dearborn", "MI", "48126"),
    ("Chula Vista", "CA", "91910"),
    ("Berlin", "NH", "03570"),
    ("Presque Isle", "ME", "04769"),
    ("Laredo", "TX", "78040"),
    ("Yakima", "WA", "98901"),
    ("Cheyenne", "WY", "82001"),
    ("Fargo", "ND", "58102"),
    ("Elko", "NV", "89801"),
    ("Kalispell", "MT", "59901"),
    ("Brattleboro", "VT", "05301"),
    ("Hanover", "NH", "03755"),
    ("Paterson", "NJ", "07501"),
    ("Scranton", "PA", "18503"),
    ("Santa Fe", "NM", "87501"),
    ("Kailua", "HI", "96734"),
    ("Fairbanks", "AK", "99701"),
    ("Gallup", "NM", "87301"),
]
"""(city, state, ZIP). Some ZIPs sit in Safe Harbor's low-population three-digit areas (036, 059, 821, 878...)."""

RESTRICTED_ZIPS = [
    ("Colebrook", "NH", "03602"),
    ("Havre", "MT", "05901"),
    ("Rock Springs", "WY", "82101"),
    ("Las Vegas", "NM", "87826"),
    ("Alamogordo", "NM", "87950"),
    ("Lander", "WY", "82301"),
    ("Riverton", "WY", "82301"),
    ("Ely", "NV", "89301"),
]
RESTRICTED_ZIP3 = LOW_POPULATION_ZIP3
"""The ZIP3s of 20,000 people or fewer (HHS's list, as the masker ships it: one source, so the two never drift)."""
"""The 2000-census three-digit areas under 20,000 people (HHS guidance): they must become 000."""

COUNTIES = [
    "Middlesex County",
    "Hidalgo County",
    "Cuyahoga County",
    "Maricopa County",
    "St. Tammany Parish",
    "Kenai Peninsula Borough",
    "Prince George's County",
    "Bexar County",
    "Kanawha County",
]

STREETS = [
    "Maple Ave",
    "Elm Street",
    "Old Post Rd",
    "Martin Luther King Jr Blvd",
    "Calle Ocho",
    "Pine Ridge Dr",
    "Via Sorrento",
    "Rue Principale",
    "Kings Hwy",
    "Cedar Ln",
    "N Broadway",
    "Orchard Ct",
    "Lakeshore Dr",
    "County Road 12",
    "Camino Real",
    "Quail Run",
    "Avenida Central",
    "Hawthorne Terrace",
    "W 3rd St",
    "Bluemound Rd",
    "Peachtree St NE",
    "Magnolia Way",
]

EMPLOYERS = ["Dunkin' Donuts on Main St", "Raytheon", "the Hialeah Walmart", "Tyson Foods", "Boise School District"]
"""Employers as a social history names them."""

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Planted:
    """One gold identifier: its Safe Harbor class, the format it was written in, the text planted, and the
    regular expressions that, found in the masked output, mean some of it survived."""

    kind: str
    fmt: str
    value: str
    fragments: tuple[str, ...]
    source: str = ""


@dataclass(frozen=True)
class Kept:
    """One planted non-identifier (drug, code, lab value...): masking it is over-masking."""

    cls: str
    value: str
    source: str = ""


_ALNUM = "A-Za-z0-9"


def skeleton(core: str) -> str:
    """A regex for the letters and digits of ``core`` in order, allowing any short separators between them,
    bounded so it cannot start or end inside a longer run (``555-0142`` matches ``5550142`` and ``555 0142``)."""
    chars = [c for c in core if c.isalnum()]
    body = "[^A-Za-z0-9]{0,3}".join(re.escape(c) for c in chars)
    return f"(?i)(?<![{_ALNUM}]){body}(?![{_ALNUM}])"


def exact(text: str) -> str:
    """A regex for ``text`` verbatim, not inside a longer word or number."""
    return rf"(?<![\w]){re.escape(text)}(?![\w])"


def id_fragments(core: str) -> tuple[str, ...]:
    """Leaked if all of ``core``'s letters/digits survive, or its first or last six (a partial mask)."""
    chars = [c for c in core if c.isalnum()]
    frags = [skeleton(core)]
    if len(chars) >= 8:
        frags += [skeleton("".join(chars[:6])), skeleton("".join(chars[-6:]))]
    return tuple(frags)


def name_fragments(text: str) -> tuple[str, ...]:
    """Any part of three characters or more (two for Han, Hangul, kana, written without spaces); a name with
    no such part (``Li``, ``김``) must go whole. Parts are split at spaces and punctuation only, so scripts
    with combining vowel signs (Devanagari, Bengali) keep their words whole."""
    frags = []
    for run in re.findall(r"[^\s\d_,.;:!?\"()\[\]{}^|/<>*~=+&@#-]+", text):
        cjk = any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in run)
        if len(run) >= 3 or (cjk and len(run) >= 2):
            frags.append(exact(run))
    return tuple(frags) or (exact(text),)


@dataclass
class Person:
    """A synthetic patient or relative: every attribute a record might hold about them."""

    given: str
    family: str
    middle: str
    sex: str
    origin: str
    dob: dt.date
    ssn: str
    mrn: str
    phone: str  # ten digits
    email: str
    street: str
    unit: str
    city: str
    state: str
    zip5: str
    plus4: str
    nickname: str | None = None
    extra: dict = field(default_factory=dict)


class Draw:
    """All random choices for one corpus: one ``random.Random`` and one seeded Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self._fakers: dict[str, Faker] = {}

    def faker(self, locale: str) -> Faker:
        fk = self._fakers.get(locale)
        if fk is None:
            fk = Faker(locale)
            fk.seed_instance(self.seed + len(self._fakers))
            self._fakers[locale] = fk
        return fk

    # --- people -----------------------------------------------------------------------------------------
    def name_pair(self) -> tuple[str, str, str]:
        """(given, family, origin): Faker locales mostly, with word-like, particled and romanised names."""
        r = self.rng.random()
        if r < 0.12:
            g, f = self.rng.choice(WORDLIKE)
            return g, f, "wordlike"
        if r < 0.24:
            g, f = self.rng.choice(PARTICLED)
            return g, f, "particle"
        if r < 0.32:
            g, f = self.rng.choice(ROMANISED)
            return g, f, "romanised"
        if r < 0.37:
            g = self.rng.choice(list(NICKNAMES))
            return g, self.faker("en_US").last_name(), "nickname"
        locale = self.rng.choices(list(LOCALES), weights=list(LOCALES.values()))[0]
        fk = self.faker(locale)
        female = self.rng.random() < 0.5
        try:
            given = fk.first_name_female() if female else fk.first_name_male()
        except AttributeError:
            given = fk.first_name()
        return given, fk.last_name(), locale

    def person(self) -> Person:
        rng = self.rng
        given, family, origin = self.name_pair()
        if rng.random() < 0.85:
            city, state, zip5 = rng.choice(CITIES)
        else:
            city, state, zip5 = rng.choice(RESTRICTED_ZIPS)
        middle = self.faker("en_US").first_name() if rng.random() < 0.5 else rng.choice(string.ascii_uppercase)
        local = re.sub(r"[^a-z]", "", self.faker("en_US").user_name().lower()) or "pt"
        email = rng.choice(
            [
                f"{_ascii(given)}.{_ascii(family)}@gmail.com",
                f"{_ascii(given)[:1]}{_ascii(family)}{rng.randint(1, 99)}@yahoo.com",
                f"{local}{rng.randint(10, 9999)}@outlook.com",
                f"{_ascii(family)}.{_ascii(given)}+portal@icloud.com",
                f"{local}@comcast.net",
                f"{_ascii(given).upper()}.{_ascii(family).upper()}@AOL.COM",
            ]
        )
        unit = rng.choice(["", "", "Apt 4B", "Unit 12", "#305", "Apt. 2", "Ste 110", "Lot 17", "Fl 3"])
        return Person(
            given=given,
            family=family,
            middle=middle,
            sex=rng.choice("FM"),
            origin=origin,
            dob=dt.date(rng.randint(1931, 2021), rng.randint(1, 12), rng.randint(1, 28)),
            ssn=self.ssn_digits(),
            mrn=str(rng.randint(1000000, 99999999)).zfill(rng.choice([7, 8, 10])),
            phone=self.phone_digits(),
            email=email,
            street=f"{rng.randint(2, 29999)} {rng.choice(STREETS)}",
            unit=unit,
            city=city,
            state=state,
            zip5=zip5,
            plus4=f"{rng.randint(1, 9999):04d}",
            nickname=NICKNAMES.get(given),
        )

    # --- numbers ------------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    def ssn_digits(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"

    def phone_digits(self) -> str:
        area = self.rng.choice(["617", "508", "312", "713", "305", "206", "404", "212", "415", "702", "803", "907"])
        exchange = f"{self.rng.randint(2, 9)}{self.rng.randint(0, 9)}{self.rng.randint(0, 9)}"
        return f"{area}{exchange}{self.digits(4)}"

    def date(self, start: int = 2022, end: int = 2026) -> dt.date:
        return dt.date(self.rng.randint(start, end), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def luhn(self, body: str) -> str:
        """``body`` with its Luhn check digit (cards, NPIs)."""
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        return body + str((10 - total % 10) % 10)

    def npi(self) -> str:
        body = self.rng.choice("12") + self.digits(8)
        full = self.luhn("80840" + body)
        return body + full[-1]

    def dea(self, family: str) -> str:
        first = self.rng.choice("ABFGM")
        second = (_ascii(family)[:1] or "X").upper()
        d = [self.rng.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return f"{first}{second}{''.join(map(str, d))}{check}"

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                strict=True,
            )
        )
        values.update({str(i): i for i in range(10)})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        while True:
            vin = [self.rng.choice(chars) for _ in range(17)]
            vin[9] = self.rng.choice("LMNPRST")
            total = sum(values[c] * w for c, w in zip(vin, weights, strict=True))
            check = total % 11
            vin[8] = "X" if check == 10 else str(check)
            return "".join(vin)

    def mbi(self) -> str:
        """Medicare Beneficiary Identifier: 11 characters, letters without S L O I B Z."""
        letters = "ACDEFGHJKMNPQRTUVWXY"
        pattern = "CAANANNAANN"  # C numeric 1-9, A letter, N alnum/numeric by position
        out = []
        for i, p in enumerate(pattern):
            if i == 0:
                out.append(str(self.rng.randint(1, 9)))
            elif p == "A":
                out.append(self.rng.choice(letters))
            elif i in (2, 5):
                out.append(self.rng.choice(letters + string.digits))
            else:
                out.append(self.rng.choice(string.digits))
        return "".join(out)

    def card(self) -> str:
        prefix = self.rng.choice(["4", "51", "6011"])
        return self.luhn(prefix + self.digits(15 - len(prefix)))

    def ipv4(self) -> str:
        first = self.rng.choice([10, 172, 192, 73, 98, 24, 68, 203, 198])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ipv6(self) -> str:
        groups = [f"{self.rng.randint(0, 0xFFFF):x}" for _ in range(8)]
        form = self.rng.randrange(3)
        if form == 0:
            return ":".join(groups)
        if form == 1:
            return f"2001:db8:{groups[2]}::{groups[6]}:{groups[7]}"
        return f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"


def _ascii(text: str) -> str:
    """Lower-case ASCII letters of a name, for e-mail local parts."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower()) or "pt"
