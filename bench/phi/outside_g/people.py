"""The drawing context: people with their name forms, and every Safe Harbor identifier, each planted as drawn."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from .names import GROUPS, NATIVE_SCRIPT, WORD_FAMILIES, WORD_GIVEN_MEN, WORD_GIVEN_WOMEN

_WORDS = set(WORD_GIVEN_MEN) | set(WORD_GIVEN_WOMEN) | set(WORD_FAMILIES)
_CITIES = [  # (city, state, county, first three ZIP digits)
    ("Chicago", "IL", "Cook", "606"),
    ("Cicero", "IL", "Cook", "608"),
    ("Evanston", "IL", "Cook", "602"),
    ("Joliet", "IL", "Will", "604"),
    ("Aurora", "IL", "Kane", "605"),
    ("Waukegan", "IL", "Lake", "600"),
    ("Gary", "IN", "Lake", "464"),
    ("Hammond", "IN", "Lake", "463"),
    ("Houston", "TX", "Harris", "770"),
    ("Pasadena", "TX", "Harris", "775"),
    ("Minneapolis", "MN", "Hennepin", "554"),
    ("St. Paul", "MN", "Ramsey", "551"),
    ("Columbus", "OH", "Franklin", "432"),
    ("Philadelphia", "PA", "Philadelphia", "191"),
    ("Camden", "NJ", "Camden", "081"),
    ("Paterson", "NJ", "Passaic", "075"),
    ("Brooklyn", "NY", "Kings", "112"),
    ("Yonkers", "NY", "Westchester", "107"),
    ("Fresno", "CA", "Fresno", "937"),
    ("Oakland", "CA", "Alameda", "946"),
    ("Sacramento", "CA", "Sacramento", "958"),
    ("Gallup", "NM", "McKinley", "873"),
    ("Window Rock", "AZ", "Apache", "865"),
    ("Flagstaff", "AZ", "Coconino", "860"),
    ("Dearborn", "MI", "Wayne", "481"),
    ("Hamtramck", "MI", "Wayne", "482"),
    ("Seattle", "WA", "King", "981"),
    ("Tukwila", "WA", "King", "981"),
    ("Silver Spring", "MD", "Montgomery", "209"),
    ("Takoma Park", "MD", "Montgomery", "209"),
    ("Lowell", "MA", "Middlesex", "018"),
    ("Brockton", "MA", "Plymouth", "023"),
    ("Elizabeth", "NJ", "Union", "072"),
    ("Mattapan", "MA", "Suffolk", "021"),
    ("Garden Grove", "CA", "Orange", "928"),
    ("Westminster", "CA", "Orange", "926"),
]
_STREETS = [
    "Kedzie",
    "Pulaski",
    "Cermak",
    "Halsted",
    "Ashland",
    "Western",
    "Damen",
    "Archer",
    "Lawrence",
    "Devon",
    "Ridgeway",
    "Sheridan",
    "Lincoln",
    "Maple",
    "Oak",
    "Elm",
    "Cedar",
    "Walnut",
    "Washington",
    "Jefferson",
    "Madison",
    "Grand",
    "Central",
    "Lakeview",
    "Harrison",
    "Hamlin",
    "Springfield",
    "Kostner",
    "Cicero",
    "Karlov",
    "Bryn_Mawr",
    "Foster",
    "Montrose",
    "Irving_Park",
    "Belmont",
    "Division",
    "Chicago",
    "Roosevelt",
    "Martin_Luther_King_Jr",
    "Bolsa",
    "Magnolia",
    "Euclid",
]
_SUFFIXES = ["Ave", "St", "Blvd", "Rd", "Avenue", "Street", "Dr", "Ct", "Pl", "Way"]
_AREA = [
    "312",
    "773",
    "872",
    "708",
    "630",
    "847",
    "219",
    "713",
    "832",
    "612",
    "651",
    "614",
    "215",
    "267",
    "718",
    "347",
    "914",
    "559",
    "510",
    "916",
    "505",
    "928",
    "313",
    "206",
    "301",
    "978",
    "508",
    "908",
    "714",
    "617",
]
_MAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"]
_ABROAD = [  # (town, country, postal code)
    ("Monterrey", "México", "64000"),
    ("Guadalajara", "Jalisco, México", "44100"),
    ("Quezon City", "Philippines", "1100"),
    ("Mississauga", "ON, Canada", "L5B 2C9"),
    ("Winnipeg", "MB, Canada", "R3C 4T3"),
    ("Kraków", "Poland", "31-072"),
    ("Lviv", "Ukraine", "79000"),
    ("Port-au-Prince", "Haïti", "HT6110"),
    ("Mumbai", "India", "400050"),
    ("Lahore", "Pakistan", "54000"),
    ("Manchester", "UK", "M14 5RB"),
    ("São Paulo", "Brasil", "01310-100"),
    ("Lisboa", "Portugal", "1250-096"),
    ("Thessaloniki", "Greece", "546 22"),
    ("Amman", "Jordan", "11181"),
    ("Nairobi", "Kenya", "00100"),
    ("Cork", "Ireland", "T12 X70A"),
    ("Seoul", "Korea", "04524"),
]


@dataclass
class Person:
    """One drawn person; ``english`` marks given/family names that are also ordinary English words."""

    given: str
    family: str
    middle: str
    female: bool
    group: str
    nick: str = ""


class Ctx:
    """What a shape draws from: one rng, one Plant collecting labels, and helpers that plant as they render."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.p = Plant()

    # --- small helpers -------------------------------------------------------------------------------
    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(count))

    def letters(self, count: int) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # --- people ----------------------------------------------------------------------------------------
    def person(self, group: str | None = None, female: bool | None = None) -> Person:
        """A patient-side person: one in four wears English-word names, the rest come from the group lists."""
        female = self.chance(0.5) if female is None else female
        if group is None and self.chance(0.33):  # some are redrawn when they meet their word in the text
            given = self.pick(WORD_GIVEN_WOMEN if female else WORD_GIVEN_MEN) if self.chance(0.6) else None
            family = self.pick(WORD_FAMILIES)
            if given is None:
                men, women, _ = GROUPS["anglo"]
                given = self.pick(women if female else men)
            return Person(given, family, self.letters(1), female, "english-word")
        group = group or self.pick(sorted(GROUPS))
        men, women, families = GROUPS[group]
        given = self.pick(women if female else men)
        family = self.pick(families)
        if group == "hispanic" and self.chance(0.3):
            family = f"{family}-{self.pick(families)}" if self.chance(0.5) else f"{family} {self.pick(families)}"
        middle = self.pick(women if female else men) if group in ("vietnamese", "filipino") else self.letters(1)
        if group == "vietnamese":
            middle = "Thị" if female else "Văn"
        return Person(given, family, middle, female, group)

    def relation(self, who: Person) -> str:
        """What a relative is to the patient, by the relative's sex."""
        return self.pick(
            ["daughter", "wife", "sister", "mother", "niece", "granddaughter"]
            if who.female
            else ["son", "husband", "brother", "father", "nephew", "grandson"]
        )

    def staff(self) -> str:
        """A clinician or staff member: appears as people do but is labelled neither way."""
        who = self.person(group=self.pick(sorted(GROUPS)))
        form = self.rng.randrange(4)
        if form == 0:
            return f"Dr. {who.family}"
        if form == 1:
            return f"{who.given[0]}. {who.family}, {self.pick(['RN', 'MD', 'NP', 'PA-C', 'LCSW', 'RT', 'PharmD'])}"
        if form == 2:
            return f"{who.family}, {who.given} {self.pick(['MD', 'DO', 'RN', 'CNA'])}"
        return f"{who.given} {who.family[0]}."

    def _english(self, surface: str) -> bool:
        return any(part.capitalize() in _WORDS for part in re.findall(r"[^\W\d_]+", surface))

    def name(self, surface: str) -> str:
        return self.p.name(surface, self._english(surface))

    def full(self, who: Person, form: str | None = None) -> str:
        """Render and plant one name form; ``form`` one of the keys below, else drawn."""
        forms = [
            "first last",
            "LAST, FIRST M",
            "Last, First",
            "F. Last",
            "Last First",
            "first last lower",
            "FIRST LAST",
            "First M. Last",
            "LAST^FIRST^M",
        ]
        form = form or self.pick(forms)
        g, f, m = who.given, who.family, who.middle
        if who.group == "vietnamese" and form == "first last" and self.chance(0.5):
            return self.name(f"{f} {m} {g}")
        text = {
            "first last": f"{g} {f}",
            "LAST, FIRST M": f"{f.upper()}, {g.upper()} {m[0].upper()}",
            "Last, First": f"{f}, {g}",
            "F. Last": f"{g[0]}. {f}",
            "Last First": f"{f} {g}",
            "first last lower": f"{g} {f}".lower(),
            "FIRST LAST": f"{g} {f}".upper(),
            "First M. Last": f"{g} {m[0]}. {f}",
            "LAST^FIRST^M": f"{f.upper()}^{g.upper()}^{m[0].upper()}",
        }[form]
        return self.name(text)

    def given(self, who: Person) -> str:
        return self.name(who.given)

    def family(self, who: Person) -> str:
        return self.name(who.family)

    def native(self, who: Person) -> str | None:
        """The family name in its own script when the list has one."""
        script = NATIVE_SCRIPT.get(who.family)
        return self.name(script) if script else None

    def nicknamed(self, who: Person) -> str:
        """First "Nick" Last, each part planted on its own (the quotes are no part of a name)."""
        nick = self.pick(
            [
                "Lupe",
                "Chuy",
                "Bobby",
                "Tina",
                "Nene",
                "Junior",
                "Mimi",
                "Babu",
                "Jojo",
                "Bong",
                "Sasha",
                "Kostya",
                "Dimi",
                "Toni",
                "Gigi",
                "Yaya",
                "Tolu",
                "Chichi",
                "Nana",
                "Ti",
            ]
        )
        who.nick = nick
        return f'{self.name(who.given)} "{self.name(nick)}" {self.name(who.family)}'

    # --- dates and ages --------------------------------------------------------------------------------
    def date(self, fmt: str | None = None, year: tuple[int, int] = (2024, 2026)) -> str:
        """A date tied to a person (birth, admission, service) planted with a month-and-day probe."""
        y = self.rng.randint(*year)
        mo, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        fmt = fmt or self.pick(["us", "iso", "hl7", "long", "short", "dmy", "usdash"])
        mon = MONTHS[mo - 1]
        if fmt == "us":
            surface, probe = f"{mo:02d}/{d:02d}/{y}", rf"(?<!\d)0?{mo}/0?{d}(?!\d)"
        elif fmt == "usdash":
            surface, probe = f"{mo}-{d}-{y}", rf"(?<!\d)0?{mo}-0?{d}(?!\d)"
        elif fmt == "iso":
            surface, probe = f"{y}-{mo:02d}-{d:02d}", rf"(?<!\d){mo:02d}-{d:02d}(?!\d)"
        elif fmt == "hl7":
            surface, probe = (
                f"{y}{mo:02d}{d:02d}",
                rf"(?<!\d)(?:\d{{4}})?{mo:02d}{d:02d}(?:\d{{2}}|\d{{4}}|\d{{6}})?(?!\d)",
            )
        elif fmt == "long":
            surface, probe = f"{mon} {d}, {y}", rf"{mon}\s+{d}(?!\d)"
        elif fmt == "short":
            surface, probe = f"{mon[:3]} {d} {y}", rf"{mon[:3]}\w*\.?\s+{d}(?!\d)"
        else:
            surface, probe = f"{d:02d}-{mon[:3].upper()}-{y}", rf"(?<!\d)0?{d}-{mon[:3]}"
        return self.p.id("DATE", surface, probe)

    def dob(self, fmt: str | None = None) -> str:
        return self.date(fmt, (1931, 2019))

    def age90(self) -> str:
        age = str(self.rng.randint(90, 104))
        return self.p.id("AGE", age, rf"(?<!\d){age}(?!\d)")

    # --- places ----------------------------------------------------------------------------------------
    def place(self) -> tuple[str, str, str, str]:
        """(city, state, county, zip5) not yet planted."""
        city, state, county, prefix = self.pick(_CITIES)
        return city, state, county, prefix + self.digits(2)

    def street(self, upper: bool = False) -> str:
        number = str(self.rng.randint(100, 12999))
        first = self.pick(["N", "S", "W", "E", ""])
        name = self.pick(_STREETS).replace("_", " ")
        surface = " ".join(x for x in (number, first, name, self.pick(_SUFFIXES)) if x)
        if self.chance(0.3):
            surface += self.pick(
                [
                    f" Apt {self.rng.randint(1, 40)}",
                    f" #{self.rng.randint(1, 9)}{self.letters(1)}",
                    f" Unit {self.rng.randint(100, 999)}",
                ]
            )
        surface = surface.upper() if upper else surface
        word = surface.split()[1]
        return self.p.id("STREET", surface, rf"(?<!\d){number}\s+{re.escape(word)}")

    def city(self, city: str) -> str:
        return self.p.id("CITY", city)

    def zip(self, zip5: str) -> str:
        return self.p.id("ZIP", zip5)

    def county(self, county: str) -> str:
        return self.p.id("COUNTY", county)

    def address_line(self) -> str:
        """'4417 N Kedzie Ave, Chicago, IL 60625' with street, city and ZIP planted."""
        city, state, _, zip5 = self.place()
        return f"{self.street()}, {self.city(city)}, {state} {self.zip(zip5)}"

    def abroad(self) -> str:
        town, country, code = self.pick(_ABROAD)
        return f"{self.city(town)} {self.p.id('POSTAL_ABROAD', code)}, {country}"

    # --- numbers ---------------------------------------------------------------------------------------
    def _phone_text(self) -> str:
        area, mid, last = self.pick(_AREA), f"{self.rng.randint(201, 989)}", self.digits(4)
        return self.pick(
            [
                f"({area}) {mid}-{last}",
                f"{area}-{mid}-{last}",
                f"{area}.{mid}.{last}",
                f"+1 {area} {mid} {last}",
                f"{area}{mid}{last}",
                f"1-{area}-{mid}-{last}",
            ]
        )

    def phone(self) -> str:
        return self.p.id("PHONE", self._phone_text())

    def fax(self) -> str:
        return self.p.id("FAX", self._phone_text())

    @staticmethod
    def _ascii(text: str) -> str:
        """'Đặng Hùng' -> 'danghung': how a name is typed into an e-mail address or a link."""
        plain = unicodedata.normalize(
            "NFKD", text.replace("Đ", "D").replace("đ", "d").replace("ł", "l").replace("Ł", "L")
        )
        return re.sub(r"[^a-z0-9]", "", plain.encode("ascii", "ignore").decode().lower())

    def email(self, who: Person) -> str:
        g = self._ascii(who.given) or "pt"
        f = self._ascii(who.family) or "mail"
        local = self.pick(
            [
                f"{g}.{f}",
                f"{g}{f}{self.digits(2)}",
                f"{g[0]}{f}{self.digits(3)}",
                f"{f}.{g}{self.digits(2)}",
                f"{g}_{f[:4]}{self.digits(2)}",
            ]
        )
        return self.p.id("EMAIL", f"{local}@{self.pick(_MAIL)}")

    def ssn(self) -> str:
        a, b, c = self.rng.randint(100, 665), self.rng.randint(10, 99), self.rng.randint(1000, 9999)
        return self.p.id("SSN", self.pick([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"]))

    def mrn(self) -> str:
        return self.p.id(
            "MRN",
            self.pick(
                [
                    f"E{self.digits(7)}",
                    f"{self.digits(8)}",
                    f"MR{self.digits(7)}",
                    f"0{self.digits(6)}-{self.digits(1)}",
                ]
            ),
        )

    def plan_id(self) -> str:
        return self.p.id(
            "PLAN_ID",
            self.pick(
                [
                    f"{self.letters(3)}{self.digits(9)}",
                    f"W{self.digits(9)}",
                    f"{self.digits(9)}{self.letters(1)}",
                    f"MCD{self.digits(8)}",
                    f"{self.letters(1)}{self.digits(8)}-0{self.digits(1)}",
                ]
            ),
        )

    def account(self) -> str:
        return self.p.id(
            "ACCOUNT",
            self.pick(
                [
                    f"{self.digits(10)}",
                    f"HAR{self.digits(9)}",
                    f"{self.digits(4)}-{self.digits(6)}",
                    f"GA{self.digits(8)}",
                ]
            ),
        )

    def license(self) -> str:
        return self.p.id(
            "LICENSE",
            self.pick(
                [
                    f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                    f"{self.letters(1)}{self.digits(7)}",
                    f"{self.digits(9)}",
                    f"{self.letters(2)}{self.digits(6)}",
                ]
            ),
        )

    def vehicle(self) -> str:
        vin = "".join(self.pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(17))
        return self.p.id(
            "VEHICLE",
            self.pick(
                [
                    f"{self.digits(1)}{self.letters(3)}{self.digits(3)}",
                    f"{self.letters(2)} {self.digits(5)}",
                    f"{self.letters(3)}-{self.digits(4)}",
                    vin,
                ]
            ),
        )

    def device(self) -> str:
        return self.p.id(
            "DEVICE",
            self.pick(
                [
                    f"{self.letters(3)}{self.digits(6)}{self.letters(1)}",
                    f"SN {self.digits(3)}{self.letters(2)}{self.digits(5)}",
                    f"(01)0{self.digits(13)}(21){self.letters(2)}{self.digits(6)}",
                    f"{self.letters(2)}-{self.digits(8)}",
                ]
            ),
        )

    def url(self, who: Person) -> str:
        slug = self._ascii(who.given + who.family)
        return self.p.id(
            "URL",
            self.pick(
                [
                    f"https://www.facebook.com/{slug}.{self.digits(2)}",
                    f"https://gofundme.com/f/help-{slug}-{self.digits(3)}",
                    f"https://portal.example-health.org/p/{self.digits(9)}/{slug}",
                    f"instagram.com/{slug}{self.digits(2)}",
                    f"https://caringbridge.org/visit/{slug}{self.digits(2)}",
                ]
            ),
        )

    def ip(self) -> str:
        return self.p.id(
            "IP",
            f"{self.rng.randint(24, 223)}.{self.rng.randint(0, 255)}."
            f"{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
        )

    def biometric(self) -> str:
        return self.p.id(
            "BIOMETRIC",
            self.pick(
                [
                    f"PV-{self.digits(4)}-{self.letters(2)}{self.digits(2)}",
                    f"FP{self.digits(8)}",
                    f"VOICE-{self.letters(3)}{self.digits(6)}",
                    f"iris:{self.digits(4)}{self.letters(4)}{self.digits(4)}",
                ]
            ),
        )

    def photo(self) -> str:
        return self.p.id(
            "PHOTO",
            self.pick(
                [
                    f"IMG_{self.digits(4)}{self.letters(2)}{self.digits(3)}.jpg",
                    f"ptphoto_{self.digits(8)}.png",
                    f"wound_{self.digits(7)}_a.jpeg",
                    f"face-{self.letters(3)}{self.digits(6)}.heic",
                ]
            ),
        )

    def other_id(self, prefix: str = "") -> str:
        return self.p.id(
            "OTHER_ID",
            prefix
            + self.pick(
                [
                    f"{self.digits(9)}",
                    f"{self.letters(2)}{self.digits(7)}",
                    f"{self.digits(3)}-{self.digits(4)}-{self.digits(3)}",
                ]
            ),
        )
