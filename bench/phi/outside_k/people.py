"""People, places and numbers drawn for one document, each identifier planted as it is written into the text."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from .names import ENGLISH_WORDS, FAMILY_FIRST, GROUPS, NATIVE, NICKNAMES, STAFF_FAMILY, STAFF_GIVEN, VIET_MIDDLE

# US-born patients are drawn six times as often as each immigrant community (with the English-word names, most).
CULTURES = ["US"] * 6 + [g for g in GROUPS if g != "US"]

PLACES = [  # city, state, ZIP, county: where the communities of this corpus live
    ("Minneapolis", "MN", "55454", "Hennepin County"),
    ("Saint Paul", "MN", "55117", "Ramsey County"),
    ("Fresno", "CA", "93702", "Fresno County"),
    ("Sacramento", "CA", "95823", "Sacramento County"),
    ("Columbus", "OH", "43229", "Franklin County"),
    ("Seattle", "WA", "98118", "King County"),
    ("Tukwila", "WA", "98188", "King County"),
    ("Silver Spring", "MD", "20910", "Montgomery County"),
    ("Houston", "TX", "77072", "Harris County"),
    ("San Jose", "CA", "95122", "Santa Clara County"),
    ("Garden Grove", "CA", "92844", "Orange County"),
    ("Brockton", "MA", "02301", "Plymouth County"),
    ("Mattapan", "MA", "02126", "Suffolk County"),
    ("Brooklyn", "NY", "11226", "Kings County"),
    ("Framingham", "MA", "01702", "Middlesex County"),
    ("Danbury", "CT", "06810", "Fairfield County"),
    ("Newark", "NJ", "07105", "Essex County"),
    ("Philadelphia", "PA", "19116", "Philadelphia County"),
    ("Chicago", "IL", "60618", "Cook County"),
    ("Providence", "RI", "02907", "Providence County"),
    ("Omaha", "NE", "68107", "Douglas County"),
    ("Akron", "OH", "44310", "Summit County"),
    ("Harrisburg", "PA", "17109", "Dauphin County"),
    ("Lewiston", "ME", "04240", "Androscoggin County"),
]
STREETS = [
    "Cedar Ave S",
    "Franklin Ave",
    "University Ave W",
    "Rainier Ave S",
    "Bellaire Blvd",
    "Brookhurst St",
    "Bolsa Ave",
    "Flatbush Ave",
    "Blue Hill Ave",
    "Ferry St",
    "Castor Ave",
    "Morse Rd",
    "Elmwood Ave",
    "Derry St",
    "Lisbon St",
    "Kings Canyon Rd",
    "Tully Rd",
    "Georgia Ave",
    "Maple Grove Dr",
    "Old Orchard Ln",
    "Sycamore Ct",
    "Northgate Way",
]
ABROAD = {  # a relative's town abroad: town, country, postcode
    "Ukrainian": [("Lviv", "Ukraine", "79000"), ("Kharkiv", "Ukraine", "61002"), ("Ternopil", "Ukraine", "46001")],
    "Brazilian": [
        ("Governador Valadares", "Brazil", "35010-000"),
        ("Criciúma", "Brazil", "88801-500"),
        ("Belo Horizonte", "Brazil", "30130-110"),
    ],
    "Nepali": [("Damak", "Nepal", "57217"), ("Kathmandu", "Nepal", "44600"), ("Pokhara", "Nepal", "33700")],
    "Haitian": [("Cap-Haïtien", "Haiti", "HT1110"), ("Jacmel", "Haiti", "HT9110"), ("Les Cayes", "Haiti", "HT8110")],
    "Vietnamese": [("Huế", "Vietnam", "530000"), ("Đà Nẵng", "Vietnam", "550000"), ("Cần Thơ", "Vietnam", "900000")],
    "Kiche": [
        ("Totonicapán", "Guatemala", "08001"),
        ("Quetzaltenango", "Guatemala", "09001"),
        ("Santa Cruz del Quiché", "Guatemala", "14001"),
    ],
    "Somali": [("Nairobi Eastleigh", "Kenya", "00610"), ("Hargeisa", "Somaliland", "SL-3000")],
    "Amharic": [("Bahir Dar", "Ethiopia", "6000"), ("Hawassa", "Ethiopia", "1050")],
    "Hmong": [("Lampang", "Thailand", "52000"), ("Phonsavan", "Laos", "03000")],
    "US": [
        ("Ramstein-Miesenbach", "Germany", "66877"),
        ("Vicenza", "Italy", "36100"),
        ("Toronto", "Canada", "M6H 2L9"),
    ],
}
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def fold(text: str) -> str:
    """Letters without their marks, as an e-mail address or an older system writes a name (Nguyễn -> Nguyen)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    group: str
    female: bool
    english: bool
    middle: str
    nick: str

    @property
    def native(self) -> str | None:
        """The name in the person's own script and order, where the culture has one."""
        table = NATIVE.get(self.group)
        if not table:
            return None
        given, family = table[self.given], table[self.family]
        return f"{family} {given}" if self.group == "Ukrainian" else f"{given} {family}"


class Ctx:
    """One document's random draws and its Plant."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.p = Plant()
        self.home = rng.choice(PLACES)

    # --- small helpers ------------------------------------------------------------------------------
    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def one(self, *writers: Callable[[], Any]) -> Any:
        """Write one of several alternatives; only the chosen one plants its labels."""
        return self.pick(writers)()

    def keep(self, kind: str, text: str) -> str:
        return self.p.keep(kind, text)

    # --- people -------------------------------------------------------------------------------------
    def person(self, female: bool | None = None, group: str | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        if group is None:
            group = "English" if self.chance(0.25) else self.pick(CULTURES)
        fem, male, fam = ENGLISH_WORDS if group == "English" else GROUPS[group]
        given, family = self.pick(fem if female else male), self.pick(fam)
        while family == given:
            family = self.pick(fam)
        middle = self.pick(VIET_MIDDLE[female]) if group == "Vietnamese" else self.pick("ABCDEFGHJKLMNPRSTW")
        nick = self.pick(NICKNAMES.get(group, NICKNAMES["US"]))
        return Person(given, family, group, female, group == "English", middle, nick)

    def relative(self, who: Person, female: bool | None = None) -> Person:
        """A household member: same culture, and the same family name where the culture passes one on."""
        other = self.person(female, who.group)
        if who.group in ("Amharic", "Somali"):
            return other
        return Person(other.given, who.family, who.group, other.female, who.english, other.middle, other.nick)

    def name(self, who: Person, form: str | None = None) -> str:
        """Write a person's name in one of the forms office text uses, planting what was written."""
        forms = ["First Last", "First Last", "LAST, First", "Last, First", "F. Last", "lower", "UPPER", "First L."]
        form = form or self.pick(forms)
        g, f = who.given, who.family
        if form == "own":  # as the person writes it: own script, or family first
            if who.native and self.chance(0.7):
                return self.p.name(who.native, who.english)
            form = "First Last"
        if who.group in FAMILY_FIRST and form in ("First Last", "lower", "UPPER") and self.chance(0.4):
            g, f = f, g
            if who.group == "Vietnamese":
                g = f"{who.family} {who.middle}"
        text = {
            "First Last": f"{g} {f}",
            "LAST, First": f"{who.family.upper()}, {who.given}",
            "LAST, FIRST": f"{who.family.upper()}, {who.given.upper()}",
            "Last, First": f"{who.family}, {who.given}",
            "F. Last": f"{who.given[0]}. {who.family}",
            "First L.": f"{who.given} {who.family[0]}.",
            "lower": f"{g} {f}".lower(),
            "UPPER": f"{g} {f}".upper(),
            "nick": f'{who.given} "{who.nick}" {who.family}',
            "folded": fold(f"{g} {f}"),
            "initials": f"{who.given[0]}.{who.family[0]}.",
            "spelled": "-".join(fold(who.family).upper().replace(" ", "").replace("'", "")),
        }[form]
        return self.p.name(text, who.english)

    def given(self, who: Person, lower: bool = False) -> str:
        return self.p.name(who.given.lower() if lower else who.given, who.english)

    def family(self, who: Person, upper: bool = False) -> str:
        return self.p.name(who.family.upper() if upper else who.family, who.english)

    def nick(self, who: Person) -> str:
        return self.p.name(who.nick, who.english)

    def staff(self, form: str | None = None) -> str:
        """A member of the workforce: written and kept (the workforce is not the individual Safe Harbor means)."""
        g, f = self.pick(STAFF_GIVEN), self.pick(STAFF_FAMILY)
        form = form or self.pick(["full", "dr", "rn", "initial", "last_first", "creds"])
        text = {
            "full": f"{g} {f}",
            "dr": f"Dr. {f}",
            "rn": f"{g} {f}, RN",
            "initial": f"{g[0]}. {f}",
            "last_first": f"{f}, {g}",
            "creds": f"{g} {f}, {self.pick(['MSW, LICSW', 'NP', 'PharmD', 'MD', 'BSN, RN', 'CCMA'])}",
            "first": g,
            "handle": f"{g.lower()}.{f.lower()}",
        }[form]
        return self.p.keep("STAFF", text)

    def staffer(self) -> tuple[str, str]:
        """One member of the workforce (given, family) for a shape writing them several ways."""
        return self.pick(STAFF_GIVEN), self.pick(STAFF_FAMILY)

    def staff_email(self, who: tuple[str, str] | None = None) -> str:
        g, f = who or self.staffer()
        local = re.sub(r"[^a-z.]", "", f"{g[0]}{f}".lower())
        return self.p.keep("STAFF_EMAIL", f"{local}@lakeshorehealth.org")

    # --- dates --------------------------------------------------------------------------------------
    def date(self, form: str | None = None, year_from: int = 2024, year_to: int = 2026) -> str:
        y, m, d = self.r.randint(year_from, year_to), self.r.randint(1, 12), self.r.randint(1, 28)
        form = form or self.pick(["mdy", "mdy_short", "iso", "long", "dmy_mon", "ordinal"])
        mon = MONTHS[m - 1]
        month_day = rf"{mon[:3]}\w*\.? {d}(?!\d)"
        text, probe = {
            "mdy": (f"{m:02d}/{d:02d}/{y}", rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)"),
            "mdy_short": (f"{m}/{d}/{y % 100:02d}", rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)"),
            "md": (f"{m}/{d}", rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)"),
            "iso": (f"{y}-{m:02d}-{d:02d}", rf"(?<!\d){m:02d}-{d:02d}(?!\d)"),
            "long": (f"{mon} {d}, {y}", month_day),
            "mon_day": (f"{mon[:3]} {d}", month_day),
            "ordinal": (f"{mon} {d}{self._suffix(d)}", month_day),
            "dmy_mon": (f"{d:02d}-{mon[:3].upper()}-{y}", rf"(?<!\d)0?{d}[- ]{mon[:3]}"),
            "compact": (f"{m:02d}{d:02d}{y % 100:02d}", rf"(?<!\d){m:02d}{d:02d}\d\d(?!\d)"),
            "spoken": (f"{mon} {ORDINALS[d - 1]}", rf"{mon} {ORDINALS[d - 1]}"),
            "ymd": (f"{y}{m:02d}{d:02d}", rf"{y}{m:02d}{d:02d}"),
        }[form]
        return self.p.id("DATE", text, probe)

    @staticmethod
    def _suffix(d: int) -> str:
        return "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    def dob(self, form: str | None = None) -> str:
        return self.date(form, 1932, 2023)

    def age90(self, form: str | None = None) -> str:
        n = self.r.randint(90, 103)
        if form == "spoken":  # a voicemail's "ninety-four years old"
            n = min(n, 99)
            text = "ninety" + (f"-{DIGIT_WORDS[n % 10]}" if n % 10 else "")
            return self.p.id("AGE", f"{text} years old", re.escape(text))
        text = (form or self.pick(["{n}yo", "{n} y/o", "{n}F", "{n}M", "age {n}", "{n} yrs"])).format(n=n)
        return self.p.id("AGE", text, rf"(?<!\d){n}(?!\d)")

    def time(self) -> str:
        """A time of day (kept): 24-hour or a daytime clock reading."""
        if self.chance(0.5):
            text = f"{self.r.randint(7, 19):02d}:{self.pick(['00', '15', '30', '45'])}"
        else:
            hour, half = self.pick([(h, "AM") for h in range(7, 12)] + [(h, "PM") for h in range(1, 7)])
            text = f"{hour}:{self.pick(['00', '30'])} {half}"
        return self.p.keep("TIME", text)

    # --- places -------------------------------------------------------------------------------------
    def street(self) -> str:
        num = str(self.r.randint(12, 9890))
        name = self.pick(STREETS)
        unit = self.pick(
            ["", "", "", f" Apt {self.r.randint(1, 30)}{self.pick('ABCD')}", f" #{self.r.randint(100, 420)}"]
        )
        text = f"{num} {name}{unit}"
        return self.p.id("STREET", text, rf"(?<!\d){num}\W+{re.escape(name.split()[0])}")

    def move(self) -> None:
        """Draw another home town, for a list of patients who do not all live in one place."""
        self.home = self.pick(PLACES)

    def city(self) -> str:
        return self.p.id("CITY", self.home[0])

    def zip(self) -> str:
        code = self.home[2]
        text = code + (f"-{self.digits(4)}" if self.chance(0.25) else "")
        return self.p.id("ZIP", text, rf"(?<!\d){code}(?!\d)")

    def county(self) -> str:
        return self.p.id("COUNTY", self.home[3])

    def address(self, one_line: bool = True) -> str:
        street = self.street()
        tail = f"{self.city()}, {self.home[1]} {self.zip()}"
        return f"{street}, {tail}" if one_line else f"{street}\n{tail}"

    def abroad(self, who: Person) -> str:
        """A relative's town and postcode in the old country."""
        town, country, code = self.pick(ABROAD.get(who.group, ABROAD["US"]))
        return f"{self.p.id('CITY', town)} {self.p.id('POSTAL_ABROAD', code)}, {country}"

    # --- numbers ------------------------------------------------------------------------------------
    def _phone_digits(self) -> tuple[str, str, str]:
        area = self.pick(
            [
                "612",
                "651",
                "559",
                "916",
                "614",
                "206",
                "301",
                "713",
                "408",
                "714",
                "508",
                "617",
                "718",
                "203",
                "973",
                "215",
                "773",
                "401",
                "402",
                "330",
                "717",
                "207",
            ]
        )
        return area, str(self.r.randint(201, 989)), self.digits(4)

    def phone(self, kind: str = "PHONE", form: str | None = None) -> str:
        a, e, n = self._phone_digits()
        form = form or self.pick(["paren", "dash", "dot", "plus", "bare"])
        text = {
            "paren": f"({a}) {e}-{n}",
            "dash": f"{a}-{e}-{n}",
            "dot": f"{a}.{e}.{n}",
            "plus": f"+1 {a} {e} {n}",
            "bare": f"{a}{e}{n}",
            "spoken": " ".join(DIGIT_WORDS[int(x)] for x in a)
            + ", "
            + " ".join(DIGIT_WORDS[int(x)] for x in e)
            + ", "
            + " ".join(DIGIT_WORDS[int(x)] for x in n),
            "ocr": f"({a}) {e}-{n}".replace("0", "O").replace("1", "l"),
        }[form]
        return self.p.id(kind, text)

    def fax(self, form: str | None = None) -> str:
        return self.phone("FAX", form)

    def email(self, who: Person | None = None) -> str:
        if who:
            g, f = fold(who.given).lower().replace(" ", ""), fold(who.family).lower().replace(" ", "")
            local = self.pick([f"{g}.{f}", f"{g[0]}{f}", f"{f}{g}{self.digits(2)}", f"{g}{self.digits(4)}", f"{g}_{f}"])
            local = re.sub(r"[^a-z0-9._]", "", local)
        else:
            local = self.pick(["mamadou.family", "bluejay", "quietriver", "sweetpea", "kcfan"]) + self.digits(3)
        domain = self.pick(
            ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "comcast.net", "aol.com"]
        )
        return self.p.id("EMAIL", f"{local}@{domain}", rf"(?<![\w.]){re.escape(local)}@")

    def ssn(self, form: str | None = None) -> str:
        a, b, c = self.r.randint(101, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        form = form or self.pick(["dash", "dash", "bare", "space"])
        return self.p.id("SSN", {"dash": f"{a}-{b}-{c}", "bare": f"{a}{b}{c}", "space": f"{a} {b} {c}"}[form])

    def mrn(self) -> str:
        return self.p.id(
            "MRN",
            self.pick(
                [
                    f"{self.digits(8)}",
                    f"LRH{self.digits(7)}",
                    f"E{self.digits(7)}",
                    f"00{self.digits(7)}",
                    f"{self.digits(2)}-{self.digits(6)}",
                ]
            ),
        )

    def plan_id(self) -> str:
        return self.p.id(
            "PLAN_ID",
            self.pick(
                [
                    f"{self.letters(3)}{self.digits(9)}",
                    f"MA{self.digits(8)}",
                    f"{self.digits(1)}{self.letters(1)}{self.digits(1)}{self.letters(1)}-"
                    f"{self.letters(1)}{self.digits(2)}-{self.letters(2)}{self.digits(2)}",
                    f"W{self.digits(10)}",
                ]
            ),
        )

    def account(self) -> str:
        return self.p.id("ACCOUNT", self.pick([f"HAR{self.digits(9)}", f"{self.digits(10)}", f"GT-{self.digits(7)}"]))

    def other_id(self, use: str = "portal") -> str:
        """A number tied to the patient: a portal account, an interpreter-service job, a case."""
        forms = {
            "portal": [f"MYC-{self.digits(8)}", f"pt{self.digits(6)}", f"WP-{self.digits(7)}"],
            "job": [f"JOB-{self.digits(6)}-P", f"IS{self.digits(7)}"],
            "case": [f"CM{self.digits(7)}", f"CASE-{self.digits(6)}"],
        }[use]
        return self.p.id("OTHER_ID", self.pick(forms))

    def license(self) -> str:
        return self.p.id(
            "LICENSE",
            self.pick(
                [
                    f"{self.letters(1)}{self.digits(12)}",
                    f"{self.digits(9)}",
                    f"{self.letters(1)}{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                    f"{self.letters(2)}{self.digits(6)}",
                ]
            ),
        )

    def vehicle(self, vin: bool | None = None) -> str:
        if vin or (vin is None and self.chance(0.4)):
            return self.p.id("VEHICLE", "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)))
        return self.p.id(
            "VEHICLE",
            self.pick(
                [
                    f"{self.letters(3)}-{self.digits(4)}",
                    f"{self.digits(1)}{self.letters(3)}{self.digits(3)}",
                    f"{self.letters(3)} {self.digits(3)}",
                ]
            ),
        )

    def device(self) -> str:
        return self.p.id(
            "DEVICE",
            self.pick(
                [
                    f"SN{self.digits(9)}",
                    f"{self.letters(3)}{self.digits(7)}",
                    f"R{self.digits(2)}{self.letters(1)}-{self.digits(6)}",
                    ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(6)),
                ]
            ),
        )

    def ip(self) -> str:
        if self.chance(0.15):
            return self.p.id(
                "IP",
                f"2601:{self.r.randint(0x100, 0xFFF):x}:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFFF):x}",
            )
        return self.p.id(
            "IP",
            f"{self.pick(['73', '98', '174', '67', '24', '108'])}.{self.r.randint(0, 255)}."
            f"{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
        )

    def biometric(self) -> str:
        return self.p.id(
            "BIOMETRIC",
            self.pick([f"VP-{self.digits(8)}", f"palm-{self.letters(2)}{self.digits(7)}", f"FP{self.digits(10)}"]),
        )

    def photo(self) -> str:
        return self.p.id(
            "PHOTO",
            self.pick(
                [
                    f"IMG_{self.digits(4)}.HEIC",
                    f"PXL_{self.digits(8)}_{self.digits(9)}.jpg",
                    f"wound_{self.digits(6)}.jpg",
                    f"Photo {self.digits(3)}{self.letters(1)}.png",
                ]
            ),
        )
