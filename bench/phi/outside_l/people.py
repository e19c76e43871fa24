"""One document's draws: people, places and numbers, each identifier planted as it is written into the text."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from .names import ENGLISH_WORDS, FAMILY_FIRST, GROUPS, HISPANIC, NATIVE, NICKNAMES, STAFF_FAMILY, STAFF_GIVEN

CULTURES = ["US"] * 4 + [g for g in GROUPS if g != "US"]

HOMES = [  # city, state, ZIP, county
    ("Pharr", "TX", "78577", "Hidalgo County"),
    ("Brownsville", "TX", "78521", "Cameron County"),
    ("Santa Ana", "CA", "92704", "Orange County"),
    ("Pomona", "CA", "91766", "Los Angeles County"),
    ("Kissimmee", "FL", "34741", "Osceola County"),
    ("Hialeah", "FL", "33012", "Miami-Dade County"),
    ("Lawrence", "MA", "01841", "Essex County"),
    ("Paterson", "NJ", "07501", "Passaic County"),
    ("Dearborn", "MI", "48126", "Wayne County"),
    ("Hamtramck", "MI", "48212", "Wayne County"),
    ("Jackson Heights", "NY", "11372", "Queens County"),
    ("Bridgeview", "IL", "60455", "Cook County"),
    ("Anaheim", "CA", "92801", "Orange County"),
    ("Westminster", "CA", "92683", "Orange County"),
    ("Lancaster", "PA", "17602", "Lancaster County"),
    ("Allentown", "PA", "18102", "Lehigh County"),
    ("Yakima", "WA", "98902", "Yakima County"),
    ("Dalton", "GA", "30720", "Whitfield County"),
    ("Holyoke", "MA", "01040", "Hampden County"),
    ("Garland", "TX", "75040", "Dallas County"),
]
STREETS = [
    "Sioux Rd",
    "Palmhurst Dr",
    "Bristol St",
    "Orange Blossom Trl",
    "Essex St",
    "Warren Ave",
    "Joseph Campau St",
    "Roosevelt Ave",
    "Harlem Ave",
    "Magnolia St",
    "Lehigh St",
    "Summitview Ave",
    "Thornton Rd",
    "Jupiter Rd",
    "Chestnut St",
    "Main St",
    "Garfield Ave",
    "Coral Way",
]
UNITS = ["Apt 3B", "Unit 12", "Lot 44", "Apt 2", "#207", "Trlr 9", "2nd Fl"]


def _abroad_mx(c: Ctx) -> list[str]:
    town, state, cp = c.pick(
        [("La Piedad", "Mich.", "59300"), ("Jerez", "Zac.", "99300"), ("Tlaquepaque", "Jal.", "45500")]
    )
    return [
        c.id("STREET", f"Calle {c.pick(['Morelos', 'Allende', 'Juárez'])} {c.r.randint(10, 899)}") + ", Col. Centro",
        f"{c.id('POSTAL_ABROAD', cp)} {c.id('CITY', town)}, {state}",
        "México",
    ]


def _abroad_co(c: Ctx) -> list[str]:
    town, dept, cp = c.pick(
        [("Medellín", "Antioquia", "050012"), ("Pereira", "Risaralda", "660001"), ("Cali", "Valle del Cauca", "760042")]
    )
    street = f"Carrera {c.r.randint(10, 80)} # {c.r.randint(10, 99)}-{c.r.randint(10, 99)}"
    return [c.id("STREET", street), f"{c.id('CITY', town)}, {dept} {c.id('POSTAL_ABROAD', cp)}", "Colombia"]


def _abroad_do(c: Ctx) -> list[str]:
    town, cp = c.pick(
        [("Santiago de los Caballeros", "51000"), ("San Francisco de Macorís", "31000"), ("Baní", "94000")]
    )
    return [
        c.id("STREET", f"Calle Duarte #{c.r.randint(2, 120)}") + ", Ens. Libertad",
        f"{c.id('CITY', town)} {c.id('POSTAL_ABROAD', cp)}",
        "República Dominicana",
    ]


def _island_pr(c: Ctx) -> list[str]:
    """Family back on the island: Puerto Rico is in the US, its addresses by urbanización and its own ZIPs."""
    town, code = c.pick([("Carolina", "00985"), ("Bayamón", "00961"), ("Caguas", "00725"), ("Ponce", "00730")])
    urb = c.pick(["Urb. Villa Carolina", "Urb. Santa Juanita", "Bo. Cantera", "Urb. Jardines de Caparra"])
    block = f"Calle {c.r.randint(2, 40)} Bloque {c.r.randint(10, 99)} #{c.r.randint(1, 30)}"
    return [urb, c.id("STREET", block), f"{c.id('CITY', town)} PR {c.id('ZIP', code)}"]


def _abroad_ar(c: Ctx) -> list[str]:
    town, cp, country = c.pick(
        [
            ("Irbid", "21110", "Jordan"),
            ("Zarqa", "13110", "Jordan"),
            ("Tanta", "31511", "Egypt"),
            ("Zahle", "1801", "Lebanon"),
        ]
    )
    return [
        c.id("STREET", f"{c.r.randint(3, 90)} {c.pick(['Al-Jamaa St', 'Palestine St', 'Al-Galaa St'])}"),
        f"{c.id('CITY', town)} {c.id('POSTAL_ABROAD', cp)}",
        country,
    ]


def _abroad_pk(c: Ctx) -> list[str]:
    town, cp = c.pick([("Gujranwala", "52250"), ("Sialkot", "51310"), ("Mirpur", "10250"), ("Faisalabad", "38000")])
    return [
        c.id("STREET", f"House {c.r.randint(2, 400)}, Street {c.r.randint(1, 30)}, Satellite Town"),
        f"{c.id('CITY', town)} {c.id('POSTAL_ABROAD', cp)}",
        "Pakistan",
    ]


def _abroad_bd(c: Ctx) -> list[str]:
    town, cp = c.pick([("Sylhet", "3100"), ("Beanibazar", "3170"), ("Comilla", "3500"), ("Noakhali", "3800")])
    return [
        c.id("STREET", f"Vill. {c.pick(['Kalapur', 'Dasher Bazar', 'Charkhai'])}, House {c.r.randint(5, 99)}"),
        f"P.O. {c.id('CITY', town)} - {c.id('POSTAL_ABROAD', cp)}",
        "Bangladesh",
    ]


def _abroad_vn(c: Ctx) -> list[str]:
    town, cp = c.pick([("Quận 8, TP. Hồ Chí Minh", "700000"), ("Biên Hòa, Đồng Nai", "810000"), ("Vũng Tàu", "790000")])
    return [
        c.id("STREET", f"{c.r.randint(12, 480)} {c.pick(['Phạm Thế Hiển', 'Nguyễn Trãi', 'Lê Hồng Phong'])}"),
        f"{c.id('CITY', town)} {c.id('POSTAL_ABROAD', cp)}",
        "Việt Nam",
    ]


ABROAD: dict[str, Callable[[Ctx], list[str]]] = {
    "Mexican": _abroad_mx,
    "Colombian": _abroad_co,
    "Dominican": _abroad_do,
    "PuertoRican": _island_pr,
    "Arabic": _abroad_ar,
    "Pakistani": _abroad_pk,
    "Bangladeshi": _abroad_bd,
    "Vietnamese": _abroad_vn,
    "US": _abroad_mx,
    "English": _abroad_co,
}


def fold(text: str) -> str:
    """Letters without marks, as a claims system writes them (Quiñones -> Quinones)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    second: str  # a Hispanic second family name (mother's), else ''
    group: str
    female: bool
    english: bool
    nick: str

    @property
    def surnames(self) -> str:
        return f"{self.family} {self.second}" if self.second else self.family

    @property
    def native(self) -> str | None:
        table = NATIVE.get(self.group)
        return f"{table[self.given]} {table[self.family]}" if table else None


class Ctx:
    """One document's random source and Plant."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.p = Plant()
        self.home = rng.choice(HOMES)

    # --- helpers ---------------------------------------------------------------------------------
    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def chance(self, share: float) -> bool:
        return self.r.random() < share

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(n))

    def id(self, kind: str, text: str, probe: str | None = None) -> str:
        return self.p.id(kind, text, probe)

    def keep(self, kind: str, text: str) -> str:
        return self.p.keep(kind, text)

    # --- people ----------------------------------------------------------------------------------
    def person(self, group: str | None = None, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        group = group or ("English" if self.chance(0.27) else self.pick(CULTURES))
        fem, male, fam = ENGLISH_WORDS if group == "English" else GROUPS[group]
        given, family = self.pick(fem if female else male), self.pick(fam)
        second = ""
        if group in HISPANIC:
            second = self.pick([f for f in fam if f != family])
        nick = self.pick(NICKNAMES[group])
        return Person(given, family, second, group, female, group == "English", nick)

    def relative(self, who: Person, female: bool | None = None) -> Person:
        other = self.person(who.group, female)
        if who.group in ("Arabic", "Bangladeshi", "Pakistani") and self.chance(0.5):
            return other  # families there often do not share one family name
        return Person(other.given, who.family, other.second, who.group, other.female, who.english, other.nick)

    def name(self, who: Person, form: str | None = None) -> str:
        """A person's name in one of the forms revenue-cycle and telehealth systems write, planted as written."""
        if who.native and form in (None, "full", "UPPER", "lower") and self.chance(0.3):
            return self.p.name(who.native, who.english)  # a portal or a relative's message in the family's script
        form = form or self.pick(
            [
                "full",
                "full",
                "LAST,FIRST",
                "Last, First",
                "lower",
                "UPPER",
                "F. Last",
                "First L",
                "own",
                "folded",
                "typo",
            ]
        )
        g, f = who.given, who.surnames
        if form == "own":
            if who.native and self.chance(0.6):
                return self.p.name(who.native, who.english)
            form = "full"
        if who.group in FAMILY_FIRST and form in ("full", "UPPER", "lower") and self.chance(0.5):
            g, f = f, g
        text = {
            "full": f"{g} {f}",
            "LAST,FIRST": f"{who.surnames.upper()},{who.given.upper()}",
            "Last, First": f"{who.surnames}, {who.given}",
            "lower": f"{g} {f}".lower(),
            "UPPER": f"{g} {f}".upper(),
            "F. Last": f"{who.given[0]}. {who.family}",
            "First L": f"{who.given} {who.family[0]}",
            "folded": fold(f"{who.given} {who.surnames}").upper(),
            "nick": f"{who.given} ({who.nick}) {who.family}",
            "first_only": who.given,
            "family_only": who.family,
            "initials": f"{who.given[0]}{who.family[0]}",
            "typo": f"{who.given} {_typo(self, who.family)}",
        }[form]
        return self.p.name(text, who.english)

    def given(self, who: Person) -> str:
        return self.p.name(who.given, who.english)

    def family(self, who: Person, upper: bool = False) -> str:
        return self.p.name(who.family.upper() if upper else who.family, who.english)

    def nick(self, who: Person) -> str:
        return self.p.name(who.nick, who.english)

    def employer(self, trades: tuple[str, ...]) -> str:
        """A small employer named after its owner's family (Safe Harbor counts an employer as identifying)."""
        owner = self.person()
        return self.p.name(f"{owner.family} {self.pick(trades)}", owner.english)

    def kin(self, who: Person, women: list[str], men: list[str]) -> str:
        """What a relative is called, by their sex (hija / hijo, mother / father)."""
        return self.pick(women if who.female else men)

    def staff(self, form: str | None = None) -> str:
        """A staff member (counsellor, biller, RPM nurse): written and kept, not a Safe Harbor individual."""
        g, f = self.pick(STAFF_GIVEN), self.pick(STAFF_FAMILY)
        form = form or self.pick(["full", "rn", "dr", "initial", "cred"])
        text = {
            "full": f"{g} {f}",
            "rn": f"{g} {f}, RN",
            "dr": f"Dr. {f}",
            "initial": f"{g[0]}. {f}",
            "cred": f"{g} {f}, {self.pick(['CHAA', 'CRCR', 'NP', 'MD', 'CPC', 'BSN'])}",
        }[form]
        return self.keep("STAFF", text)

    # --- dates and ages --------------------------------------------------------------------------
    def date(self, form: str | None = None, start: int = 2024, end: int = 2026) -> str:
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        mon = MONTHS[m - 1]
        slash = rf"(?<!\d)0?{m}/0?{d}(?!\d)"
        form = form or self.pick(["mdy", "iso", "long", "short", "dmy", "ymd"])
        text, probe = {
            "mdy": (f"{m:02d}/{d:02d}/{y}", slash),
            "short": (f"{m}/{d}/{y % 100:02d}", slash),
            "iso": (f"{y}-{m:02d}-{d:02d}", rf"(?<!\d){m:02d}-{d:02d}(?!\d)"),
            "long": (f"{mon} {d}, {y}", rf"{mon[:3]}\w*\.? {d}(?!\d)"),
            "abbr": (f"{mon[:3]} {d} {y}", rf"{mon[:3]}\w*\.? {d}(?!\d)"),
            "dmy": (f"{d:02d}/{m:02d}/{y}", rf"(?<!\d)0?{d}/0?{m}(?!\d)"),
            "ymd": (f"{y}{m:02d}{d:02d}", rf"{y}{m:02d}{d:02d}"),
            "es": (f"{d} de {_MESES[m - 1]} de {y}", rf"(?<!\d){d} de {_MESES[m - 1]}"),
            "stamp": (
                f"{y}-{m:02d}-{d:02d}T{self.r.randint(10, 23)}:{self.r.randint(10, 59)}:00Z",
                rf"(?<!\d){m:02d}-{d:02d}T",
            ),
        }[form]
        return self.id("DATE", text, probe)

    def dob(self, form: str | None = None) -> str:
        return self.date(form, 1930, 2022)

    def age90(self, labelled: bool = False) -> str:
        """An age over 89; ``labelled`` when the text already says 'Age:'."""
        n = self.r.randint(90, 104)
        forms = [f"{n}", f"{n} yrs", f"{n}Y"] if labelled else [f"{n} y/o", f"{n}yo", f"age {n}", f"{n} años", f"{n}Y"]
        text = self.pick(forms)
        return self.id("AGE", text, rf"(?<!\d){n}(?!\d)")

    # --- places ----------------------------------------------------------------------------------
    def street(self) -> str:
        num, name = str(self.r.randint(100, 9899)), self.pick(STREETS)
        text = f"{num} {name}" + (f" {self.pick(UNITS)}" if self.chance(0.4) else "")
        return self.id("STREET", text, rf"(?<!\d){num}\W+{re.escape(name.split()[0])}")

    def city(self) -> str:
        return self.id("CITY", self.home[0])

    def zip(self) -> str:
        code = self.home[2]
        text = f"{code}-{self.digits(4)}" if self.chance(0.3) else code
        return self.id("ZIP", text, rf"(?<!\d){code}(?!\d)")

    def county(self) -> str:
        return self.id("COUNTY", self.home[3])

    def state(self) -> str:
        return self.home[1]

    def address_lines(self) -> list[str]:
        return [self.street(), f"{self.city()}, {self.state()} {self.zip()}"]

    def abroad(self, who: Person) -> list[str]:
        return ABROAD[who.group](self)

    # --- numbers ---------------------------------------------------------------------------------
    def phone(self, kind: str = "PHONE", abroad: str | None = None) -> str:
        if abroad == "MX":
            return self.id(kind, f"+52 33 {self.digits(4)} {self.digits(4)}")
        if abroad == "CO":
            return self.id(kind, f"+57 3{self.digits(2)} {self.digits(3)} {self.digits(4)}")
        if abroad == "PK":
            return self.id(kind, f"+92 3{self.digits(2)} {self.digits(7)}")
        if abroad == "BD":
            return self.id(kind, f"+880 17{self.digits(2)}-{self.digits(6)}")
        if abroad == "VN":
            return self.id(kind, f"+84 9{self.digits(2)} {self.digits(3)} {self.digits(3)}")
        a, b, c = f"{self.r.randint(2, 9)}{self.digits(2)}", f"{self.r.randint(2, 9)}{self.digits(2)}", self.digits(4)
        form = self.pick(
            ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}", "1-{a}-{b}-{c}"]
        )
        return self.id(kind, form.format(a=a, b=b, c=c))

    def fax(self) -> str:
        return self.phone("FAX")

    def email(self, who: Person) -> str:
        base = fold(f"{who.given}{self.pick(['.', '_', ''])}{who.family}").lower().replace(" ", "").replace("-", "")
        local = self.pick([base, f"{base}{self.digits(2)}", fold(who.given).lower().replace(" ", "") + self.digits(4)])
        dom = self.pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"])
        return self.id("EMAIL", f"{local}@{dom}", rf"(?<![\w.]){re.escape(local)}@")

    def ssn(self) -> str:
        a, b, c = f"{self.r.randint(100, 665)}", self.digits(2).replace("00", "17"), f"{self.r.randint(1000, 9999)}"
        return self.id("SSN", self.pick([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"]))

    def ssn_last4(self) -> str:
        return self.id("SSN", f"{self.r.randint(1000, 9999)}")

    def mrn(self) -> str:
        return self.id(
            "MRN",
            self.pick([f"MRN{self.digits(8)}", f"E{self.digits(7)}", f"{self.digits(9)}", f"PA-{self.digits(6)}"]),
        )

    def member(self) -> str:
        return self.id(
            "PLAN_ID",
            self.pick(
                [
                    f"{self.letters(3)}{self.digits(9)}",
                    f"U{self.digits(10)}",
                    f"{self.digits(11)}",
                    f"ZGP{self.digits(8)}01",
                    f"9{self.digits(8)}A",
                ]
            ),
        )

    def group_no(self) -> str:
        return self.id("PLAN_ID", self.pick([f"GRP{self.digits(6)}", f"{self.digits(7)}-0{self.digits(2)}"]))

    def account(self) -> str:
        return self.id(
            "ACCOUNT",
            self.pick([f"HAR{self.digits(9)}", f"{self.digits(10)}", f"GTR-{self.digits(7)}", f"PB{self.digits(8)}"]),
        )

    def claim(self) -> str:
        return self.id(
            "OTHER_ID",
            self.pick(
                [
                    f"CLM{self.digits(10)}",
                    f"{self.digits(4)}{self.letters(2)}{self.digits(8)}",
                    f"ICN {self.digits(13)}",
                ]
            ),
        )

    def auth(self) -> str:
        return self.id(
            "OTHER_ID",
            self.pick([f"PA{self.digits(9)}", f"A{self.digits(3)}-{self.digits(5)}", f"REF{self.digits(8)}"]),
        )

    def case(self) -> str:
        return self.id("OTHER_ID", self.pick([f"CASE-{self.digits(7)}", f"FA{self.digits(6)}", f"COL{self.digits(8)}"]))

    def serial(self) -> str:
        return self.id(
            "DEVICE",
            self.pick(
                [
                    f"SN{self.digits(4)}{self.letters(2)}{self.digits(4)}",
                    f"{self.letters(2)}{self.digits(8)}",
                    f"BP-{self.digits(3)}-{self.digits(6)}",
                ]
            ),
        )

    def imei(self) -> str:
        return self.id("DEVICE", f"35{self.digits(13)}")

    def url(self, who: Person | None = None) -> str:
        tail = fold(who.family).lower().replace(" ", "") if who and self.chance(0.4) else self.letters(6).lower()
        return self.id(
            "URL",
            self.pick(
                [
                    f"https://pay.clearbill-portal.com/s/{self.digits(8)}{tail}",
                    f"https://visit.medconnecthv.com/join/{tail}-{self.digits(6)}",
                    f"http://portal.sunriver-health.org/statement?acct={self.digits(9)}",
                ]
            ),
        )

    def ip(self) -> str:
        return self.id(
            "IP",
            self.pick(
                [
                    f"{self.r.randint(24, 199)}.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}"
                    f".{self.r.randint(1, 254)}",
                    f"2600:1700:{self.r.randint(4096, 65535):x}:{self.r.randint(4096, 65535):x}"
                    f"::{self.r.randint(16, 255):x}",
                ]
            ),
        )

    def plate(self) -> str:
        return self.id(
            "VEHICLE",
            self.pick(
                [
                    f"{self.letters(3)}-{self.digits(4)}",
                    f"{self.digits(1)}{self.letters(3)}{self.digits(3)}",
                    f"{self.letters(2)}{self.digits(1)} {self.letters(1)}{self.digits(2)}",
                ]
            ),
        )

    def license(self) -> str:
        return self.id(
            "LICENSE",
            self.pick(
                [
                    f"{self.letters(1)}{self.digits(8)}",
                    f"DL {self.digits(9)}",
                    f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                ]
            ),
        )

    def biometric(self) -> str:
        return self.id(
            "BIOMETRIC",
            self.pick(
                [
                    f"FACEID-{self.digits(4)}-{self.letters(4)}{self.digits(4)}",
                    f"vp_{self.letters(3).lower()}{self.digits(9)}",
                    f"FP{self.digits(10)}",
                ]
            ),
        )

    def photo(self) -> str:
        return self.id(
            "PHOTO",
            self.pick(
                [
                    f"IMG_{self.digits(4)}.JPG",
                    f"id_front_{self.digits(6)}.png",
                    f"selfie_{self.digits(8)}.jpg",
                    f"insurance_card_{self.digits(5)}.heic",
                ]
            ),
        )

    def one(self, *writers: Callable[[], Any]) -> Any:
        return self.pick(writers)()


def _typo(c: Ctx, word: str) -> str:
    """A family name as a hurried clerk keys it: two neighbouring letters swapped (Ochoa -> Ohcoa)."""
    if len(word) < 5 or " " in word:
        return word
    i = c.r.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


_MESES = [
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
