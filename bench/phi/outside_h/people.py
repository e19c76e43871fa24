"""Drawing people, places and numbers for one document, planting each as it is written.

``Ctx`` hands a shape everything it writes about a patient: each call plants its surface (with the leak probe
its kind needs) and returns it, so a template reads like the record it imitates. Staff names come from the
same pools but are not planted: Safe Harbor names the individual and household, not their clinicians.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from .names import ENGLISH_WORDS, GROUPS, NATIVE, Group

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MESES = [
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

US_TOWNS = [
    "Chillicothe",
    "Bemidji",
    "Kalispell",
    "Hagerstown",
    "Lewiston",
    "Muncie",
    "Nacogdoches",
    "Pocatello",
    "Sheboygan",
    "Tupelo",
    "Valdosta",
    "Watertown",
    "Yakima",
    "Zanesville",
    "Altoona",
    "Bangor",
    "Cheyenne",
    "Dubuque",
    "Elkhart",
    "Florence",
    "Gadsden",
    "Hammond",
    "Joplin",
    "Kokomo",
    "Lufkin",
    "Mankato",
    "Oshkosh",
    "Paducah",
    "Roanoke",
    "Saginaw",
    "Texarkana",
    "Wausau",
    "Ypsilanti",
    "Bozeman",
    "Kearney",
    "Greeley",
    "Pueblo",
    "Hattiesburg",
    "Owensboro",
    "Lawrence",
]
US_PLACES = ("Lake Charles", "Grand Forks", "Eau Claire", "Rock Springs", "Glens Falls", "Fall River")
COUNTIES = [
    "Washtenaw",
    "Hennepin",
    "Cuyahoga",
    "Maricopa",
    "Ramsey",
    "Dane",
    "Multnomah",
    "Travis",
    "Onondaga",
    "Allegheny",
    "Kanawha",
    "Pima",
    "Lancaster",
    "Jefferson",
    "Sangamon",
    "Polk",
    "Marion",
    "Hidalgo",
    "Yakima",
    "Kent",
    "Wayne",
    "Cabarrus",
    "Buncombe",
    "Pinellas",
]
STATES = [
    "OH",
    "MN",
    "MT",
    "MD",
    "ME",
    "IN",
    "TX",
    "ID",
    "WI",
    "MS",
    "GA",
    "NY",
    "WA",
    "PA",
    "IA",
    "CO",
    "KY",
    "VA",
    "MI",
    "ND",
    "NE",
    "LA",
]
STREETS = [
    "Maple",
    "Oak",
    "Cedar",
    "Elm",
    "Pine",
    "Walnut",
    "Chestnut",
    "Sycamore",
    "Hickory",
    "Locust",
    "Spruce",
    "Poplar",
    "Juniper",
    "Magnolia",
    "Laurel",
    "Prospect",
    "Franklin",
    "Jefferson",
    "Lincoln",
    "Madison",
    "Washington",
    "Highland",
    "Fairview",
    "Ridgeway",
    "Greenwood",
    "Lakeview",
    "Orchard",
    "Mill",
    "Church",
    "Union",
    "Bridge",
    "Valley",
    "Spring",
    "Center",
    "Railroad",
    "Meadowbrook",
    "Hillcrest",
    "Sunset",
    "Woodland",
]
SUFFIXES = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Ct",
    "Blvd",
    "Way",
    "Pl",
    "Terrace",
    "Pike",
]
CA_CITIES = (
    (
        "Brampton Surrey Mississauga Laval Longueuil Gatineau Saskatoon Regina Thunder_Bay Iqaluit Moose_Factory "
        "Abbotsford Sherbrooke Trois-Rivières Kitchener Sudbury Winnipeg Yellowknife Chisasibi Rankin_Inlet"
    )
    .replace("_", " ")
    .split()
)
CA_PROVINCES = ["ON", "QC", "BC", "AB", "SK", "MB", "NU", "NT"]
CA_STREETS = [
    "rue Saint-Denis",
    "boul. Saint-Laurent",
    "rue Sherbrooke Est",
    "chemin Sainte-Foy",
    "Queen Street West",
    "Bloor Street",
    "Kingsway",
    "Main Street",
    "King George Blvd",
    "Avenue Road",
    "Albert Street",
    "Portage Avenue",
    "Federal Road",
    "Niaqunngusiaq Rd",
]
QC_CITIES = ("Laval", "Longueuil", "Gatineau", "Sherbrooke", "Trois-Rivières", "Saguenay", "Rimouski", "Chisasibi")
UK_TOWNS = (
    (
        "Leicester Bradford Slough Luton Cardiff Swansea Wrexham Dundee Paisley Inverness Oldham Wolverhampton "
        "Southall Tower_Hamlets Croydon Stockport Bolton Aberystwyth Motherwell Ealing"
    )
    .replace("_", " ")
    .split()
)
UK_STREETS = [
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Mill Lane",
    "Albert Road",
    "Queen's Road",
    "Park Avenue",
    "Heol y Bont",
    "Ffordd Penrhyn",
    "Great Western Road",
    "Soho Road",
    "Belgrave Road",
    "Whitechapel Road",
    "Broadway",
]
EMAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "comcast.net",
    "yahoo.ca",
    "videotron.ca",
    "shaw.ca",
    "btinternet.com",
    "hotmail.co.uk",
    "sky.com",
    "protonmail.com",
]
NICKNAMES = {
    "William": "Bill",
    "Robert": "Bobby",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Richard": "Dick",
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Chukwuemeka": "Emeka",
    "Krzysztof": "Krzyś",
    "Małgorzata": "Gosia",
    "Aleksandra": "Ola",
    "Alejandro": "Alex",
    "Francisco": "Paco",
    "María_Guadalupe": "Lupe",
    "Jesús": "Chuy",
    "Lachlan": "Lachie",
    "Kenojuak": "Kenny",
    "Oluwafemi": "Femi",
    "Chiamaka": "Ada",
    "Gurpreet": "Gary",
    "Jaswinder": "Jas",
    "Kwabena": "KB",
    "Rahmatullah": "Rahmat",
    "Mohammad": "Mo",
    "Yitzchak": "Itzik",
    "Catriona": "Cat",
    "Geneviève": "Gen",
    "Jean-François": "J-F",
    "Sukhwinder": "Sukhi",
    "Chinedu": "Chi-Chi",
    "Bienvenido": "Benny",
    "Luzviminda": "Luz",
    "Kateri": "Kat",
    "Salamonie": "Sal",
    "Partha": "Bapi",
    "Tamilselvi": "Selvi",
}


def fold(text: str) -> str:
    """ASCII letters of a name, as e-mail user names and user ids are typed."""
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower())


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str
    sex: str  # "M" or "F"
    group: str
    english: bool
    native: tuple[str, str] | None

    @property
    def first_part(self) -> str:
        return self.given.split()[0]  # José of José Luis; Ka-Wai and Jean-François stay whole

    @property
    def nickname(self) -> str | None:
        return NICKNAMES.get(self.given.replace(" ", "_"))


def _feminine(family: str) -> str:
    """Polish women carry the feminine form of -ski/-cki/-dzki surnames."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if family.endswith(male):
            return family[: -len(male)] + female
    return family


FEMALE_KIN = frozenset(["daughter", "wife", "mother", "sister", "niece", "granddaughter", "aunt"])
MALE_KIN = frozenset(["son", "husband", "father", "brother", "nephew", "grandson", "uncle"])


def _kin_family(family: str, sex: str, group: str) -> str:
    """The family name a relative of the other sex carries (Polish -ski/-ska, Sikh Singh/Kaur)."""
    if group == "polish":
        for female, male in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
            if family.endswith(female):
                family = family[: -len(female)] + male
        return _feminine(family) if sex == "F" else family
    if group == "punjabi" and family.split()[0] in ("Singh", "Kaur"):
        return f"{'Kaur' if sex == 'F' else 'Singh'} {family.split(' ', 1)[1]}"
    return family


class Ctx:
    """One document's draw: the random source and the labels planted so far."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.p = Plant()
        self.born = date(1970, 1, 1)  # the last birth date drawn, for writing it again in another form

    # --- plumbing ------------------------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def keep(self, kind: str, surface: str) -> str:
        return self.p.keep(kind, surface)

    def again(self, surface: str, transform: Callable[[str], str] = str.upper) -> str:
        """Plant an earlier identifier once more as written differently (capitals, lower case)."""
        item = next(i for i in reversed(self.p.identifiers) if i.surface == surface)
        self.p.identifiers.append(replace(item, surface=transform(surface)))
        return transform(surface)

    def recase(self, surface: str, transform: Callable[[str], str] = str.upper) -> str:
        """Write the identifier just planted differently (a fax in capitals): the label follows the text."""
        index = max(i for i, item in enumerate(self.p.identifiers) if item.surface == surface)
        item = self.p.identifiers[index]
        self.p.identifiers[index] = replace(item, surface=transform(surface))
        return transform(surface)

    # --- people --------------------------------------------------------------------------------------
    def person(
        self,
        sex: str | None = None,
        groups: tuple[str, ...] | None = None,
        english: bool | None = None,
        script: bool = False,
    ) -> Person:
        """Someone from the groups given (any, else); ``script``: from a group with its own script, writing it."""
        if script:
            groups, english = tuple(NATIVE), False
        sex = sex or self.pick("MF")
        if english is None:
            english = groups is None and self.chance(0.25)
        group_name = "english" if english else self.pick(groups or tuple(GROUPS))
        group: Group = ENGLISH_WORDS if english else GROUPS[group_name]
        given = self.pick(group.male if sex == "M" else group.female).replace("_", " ")
        middle = self.pick(group.male if sex == "M" else group.female).replace("_", " ")
        family = self.pick(group.family).replace("_", " ")
        mix = self.rng.random() if english else 1.0  # an English-word name beside an ordinary one, or both words
        if mix < 0.35:
            given = self.pick(GROUPS["anglo"].male if sex == "M" else GROUPS["anglo"].female)
        elif mix < 0.6:
            family = self.pick(GROUPS["anglo"].family)
        if group_name in ("mexican", "salvadoran", "dominican") and self.chance(0.5):
            family = f"{family}{self.pick((' ', '-'))}{self.pick(group.family).replace('_', ' ')}"
        if group_name == "punjabi" and self.chance(0.5):
            family = f"{'Singh' if sex == 'M' else 'Kaur'} {family}"
        if group_name == "polish" and sex == "F":
            family = _feminine(family)
        native = None
        if group_name in NATIVE and (script or self.chance(0.4)):  # one who also writes the name in its own script
            script = NATIVE[group_name]
            given, native_given, sex = self.pick([g for g in script.given if g[2] == sex] or script.given)
            family, native_family = self.pick(script.family)
            native = (native_given, native_family)
        return Person(given, family, middle, sex, group_name, english, native)

    def relative(self, of: Person, relation: str) -> Person:
        """A relative of ``of``: same culture, the sex the relation implies, often the same family name."""
        last_word = relation.split()[-1]
        sex = "F" if last_word in FEMALE_KIN else "M" if last_word in MALE_KIN else None
        kin = self.person(sex=sex, groups=(of.group,)) if of.group in GROUPS else self.person(sex=sex, english=True)
        if last_word not in ("neighbor", "neighbour", "friend", "partner") and self.chance(0.7):
            kin = replace(kin, family=_kin_family(of.family, kin.sex, of.group))
        return kin

    def name(self, person: Person, form: str = "first_last") -> str:
        """Plant one mention of a person, written in ``form``; returns the surface."""
        g, f, m = person.given, person.family, person.middle
        forms = {
            "first_last": f"{g} {f}",
            "full": f"{g} {m[0]}. {f}",
            "LAST, FIRST M": f"{f.upper()}, {g.upper()} {m[0].upper()}",
            "Last, First": f"{f}, {g}",
            "F. Last": f"{g[0]}. {f}",
            "last": f,
            "first": g,
            "first_part": person.first_part,
            "lower": f"{g} {f}".lower(),
            "UPPER": f"{g} {f}".upper(),
            "hl7": f"{f.upper()}^{g.upper()}^{m[0].upper()}",
            "family_first": f"{f.upper()} {g}",
            "nick": f"{g} “{person.nickname}” {f}" if person.nickname else f"{g} {f}",
            "nickname": person.nickname or person.first_part,
            "native": (
                (
                    f"{person.native[1]}{person.native[0]}"
                    if person.group == "cantonese"
                    else f"{person.native[1]} {person.native[0]}"
                    if person.group == "japanese"
                    else f"{person.native[0]} {person.native[1]}"
                )
                if person.native
                else f"{g} {f}"
            ),
        }
        return self.p.name(forms[form], person.english)

    def any_name(self, person: Person) -> str:
        """A full mention in one of the forms records use most."""
        form = self.pick(("first_last", "full", "LAST, FIRST M", "Last, First", "UPPER", "lower", "F. Last"))
        if person.group in ("cantonese", "japanese") and self.chance(0.4):
            form = "family_first"
        if person.nickname and self.chance(0.3):
            form = "nick"
        return self.name(person, form)

    def staff(self, title: str | None = None) -> str:
        """A clinician's or clerk's name (not planted: scored neither way)."""
        person = self.person(english=False)
        name = self.pick(
            (
                f"{person.given} {person.family}",
                f"{person.given[0]}. {person.family}",
                f"{person.family}, {person.given[0]}",
            )
        )
        return f"{title} {name}" if title else name

    # --- dates ---------------------------------------------------------------------------------------
    def day(self, start: int, end: int) -> date:
        first = date(start, 1, 1)
        return first + timedelta(days=self.rng.randrange((date(end, 12, 31) - first).days))

    def date(self, fmt: str, when: date | None = None, years: tuple[int, int] = (2023, 2026)) -> str:
        """Plant a date; its probe finds month and day together in the form written (a year may stay)."""
        d = when or self.day(*years)
        m, dd, y = d.month, d.day, d.year
        month, mon = MONTHS[m - 1], MONTHS[m - 1][:3]
        md = rf"(?<!\d)0?{m}[/.-]0?{dd}(?!\d)"
        dm = rf"(?<!\d)0?{dd}[/.-]0?{m}(?!\d)"
        table = {
            "us": (f"{m:02d}/{dd:02d}/{y}", md),
            "us_short": (f"{m}/{dd}/{y % 100:02d}", md),
            "us_dash": (f"{m:02d}-{dd:02d}-{y}", md),
            "iso": (f"{y}-{m:02d}-{dd:02d}", md),
            "uk": (f"{dd:02d}/{m:02d}/{y}", dm),
            "uk_dot": (f"{dd}.{m}.{y}", dm),
            "long": (f"{month} {dd}, {y}", rf"{month}\s+0?{dd}(?!\d)"),
            "mon": (f"{mon} {dd}, {y}", rf"{mon}\.?\s+0?{dd}(?!\d)"),
            "d_mon_y": (f"{dd} {mon} {y}", rf"(?<!\d)0?{dd}\s+{mon}"),
            "oracle": (f"{dd:02d}-{mon.upper()}-{y}", rf"(?<!\d)0?{dd}-{mon}"),
            "hl7": (f"{y}{m:02d}{dd:02d}", rf"(?<!\d)(?:\d{{4}})?{m:02d}{dd:02d}"),
            "fr": (f"{dd} {MOIS[m - 1]} {y}", rf"(?<!\d)0?{dd}(?:er)?\s+{MOIS[m - 1]}"),
            "es": (f"{dd} de {MESES[m - 1]} de {y}", rf"(?<!\d)0?{dd}\s+de\s+{MESES[m - 1]}"),
            "md": (f"{m}/{dd}", md),
        }
        surface, probe = table[fmt]
        return self.p.id("DATE", surface, probe)

    def dob(self, fmt: str, ages: tuple[int, int] = (20, 88)) -> tuple[str, int]:
        """Plant a birth date for someone aged within ``ages`` in 2025; returns it and the age."""
        age = self.rng.randint(*ages)
        self.born = self.day(2025 - age, 2025 - age)
        return self.date(fmt, self.born), age

    def age(self, age: int, suffix: str = "") -> str:
        """An age over 89 is an identifier (its number is the probe); younger ages are plain text."""
        if age > 89:
            return self.p.id("AGE", str(age), rf"(?<!\d){age}(?!\d)") + suffix
        return f"{age}{suffix}"

    # --- places --------------------------------------------------------------------------------------
    def street(self, country: str = "US") -> str:
        number = str(self.rng.randint(2, 9899))
        if country in ("CA", "QC"):
            name = self.pick(CA_STREETS[:4] if country == "QC" else CA_STREETS)
            surface = f"{number} {name}" if not name.startswith(("rue", "boul", "chemin")) else f"{number}, {name}"
        elif country == "UK":
            number = str(self.rng.randint(1, 240))
            surface = f"{number} {self.pick(UK_STREETS)}"
            if self.chance(0.3):
                surface = f"Flat {self.rng.randint(1, 30)}, {surface}"
        else:
            surface = f"{number} {self.pick(STREETS)} {self.pick(SUFFIXES)}"
            if self.chance(0.25):
                surface += self.pick(
                    (
                        f" Apt {self.rng.randint(1, 40)}{self.pick('ABCD')}",
                        f" #{self.rng.randint(100, 999)}",
                        f" Unit {self.rng.randint(1, 12)}",
                    )
                )
        first_word = re.split(r"[\s,]+", surface.split(number, 1)[1].strip(" ,"))[0]
        return self.p.id("STREET", surface, rf"(?<!\d){number}\W+{re.escape(first_word)}")

    def city(self, country: str = "US") -> str:
        pool = {"US": US_TOWNS + list(US_PLACES), "CA": CA_CITIES, "QC": QC_CITIES, "UK": UK_TOWNS}[country]
        return self.p.id("CITY", self.pick(pool))

    def state(self) -> str:
        return self.pick(STATES)

    def zip(self, plus4: bool = False) -> str:
        five = f"{self.rng.randint(1001, 99950):05d}"
        surface = f"{five}-{self.digits(4)}" if plus4 else five
        return self.p.id("ZIP", surface, rf"(?<!\d){five}(?!\d)")

    def county(self, suffix: bool = True) -> str:
        name = self.pick(COUNTIES)
        return self.p.id("COUNTY", f"{name} County" if suffix else name)

    def postal(self, country: str) -> str:
        if country in ("CA", "QC"):
            a = "ABCEGHJKLMNPRSTVXY"
            district = self.pick("GHJ" if country == "QC" else a)
            surface = f"{district}{self.digits(1)}{self.pick(a)} {self.digits(1)}{self.pick(a)}{self.digits(1)}"
        else:
            area = self.pick(("SW", "LE", "BD", "CF", "DD", "PA", "M", "B", "E", "IV", "SA", "LL", "G", "UB"))
            surface = f"{area}{self.rng.randint(1, 19)} {self.digits(1)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self.p.id("POSTAL_ABROAD", surface)

    # --- contact -------------------------------------------------------------------------------------
    def _nanp(self) -> tuple[str, str, str]:
        return (
            f"{self.rng.randint(2, 9)}{self.digits(2)}",
            f"{self.rng.randint(2, 9)}{self.digits(2)}",
            self.digits(4),
        )

    def phone(self, country: str = "US", kind: str = "PHONE") -> str:
        if country == "UK":
            surface = self.pick(
                (
                    f"07{self.digits(3)} {self.digits(6)}",
                    f"+44 7{self.digits(3)} {self.digits(6)}",
                    f"0{self.rng.randint(113, 191)} {self.digits(3)} {self.digits(4)}",
                    f"020 {self.digits(4)} {self.digits(4)}",
                )
            )
        else:
            a, e, n = self._nanp()
            surface = self.pick(
                (f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}", f"{a}{e}{n}")
            )
        return self.p.id(kind, surface)

    def fax(self, country: str = "US") -> str:
        return self.phone(country, "FAX")

    def email(self, person: Person | None = None) -> str:
        if person is not None:
            g, f = fold(person.given), fold(person.family)
            local = self.pick(
                (
                    f"{g}.{f}",
                    f"{g[0]}{f}",
                    f"{f}{g[0]}{self.digits(2)}",
                    f"{g}{self.digits(3)}",
                    f"{g}_{f}{self.digits(2)}",
                )
            )
        else:
            local = self.pick(("sunflower", "bluejay", "nanabear", "ktown", "gramps", "mamita")) + self.digits(3)
        return self.p.id("EMAIL", f"{local}@{self.pick(EMAIL_DOMAINS)}", rf"{re.escape(local)}@")

    def url(self, person: Person | None = None) -> str:
        token = self.letters(6, "abcdefghjkmnpqrstuvwxyz23456789")
        handle = f"{fold(person.given)}.{fold(person.family)}.{self.digits(2)}" if person else token
        surface = self.pick(
            (
                f"https://www.facebook.com/{handle}",
                f"https://gofund.me/{token}",
                f"https://instagram.com/{handle}",
                f"https://caringbridge.org/visit/{handle}",
            )
        )
        return self.p.id("URL", surface)

    def ip(self) -> str:
        first = self.pick((24, 47, 68, 73, 76, 98, 99, 108, 142, 174, 184, 206))
        return self.p.id(
            "IP", f"{first}.{self.rng.randint(1, 254)}.{self.rng.randint(0, 254)}.{self.rng.randint(1, 254)}"
        )

    # --- numbers -------------------------------------------------------------------------------------
    def ssn(self) -> str:
        area = self.rng.choice([n for n in range(100, 899) if n != 666])
        return self.p.id(
            "SSN",
            self.pick(
                (
                    f"{area}-{self.digits(2)}-{self.digits(4)}",
                    f"{area}{self.digits(6)}",
                    f"{area} {self.digits(2)} {self.digits(4)}",
                )
            ),
        )

    def mrn(self, prefix: str = "") -> str:
        body = self.pick(
            (
                self.digits(8),
                f"{self.letters(1)}{self.digits(7)}",
                f"{self.digits(3)}-{self.digits(5)}",
                f"{self.letters(2)}{self.digits(6)}",
            )
        )
        return self.p.id("MRN", prefix + body)

    def medicare(self) -> str:
        """A Medicare Beneficiary Identifier (MBI) shape, with or without dashes."""
        a = "ACDEFGHJKMNPQRTUVWXY"
        mbi = (
            f"{self.rng.randint(1, 9)}{self.pick(a)}{self.pick(a + '0123456789')}{self.digits(1)}"
            f"{self.pick(a)}{self.pick(a + '0123456789')}{self.digits(1)}{self.pick(a)}{self.pick(a)}{self.digits(2)}"
        )
        return self.p.id("PLAN_ID", self.pick((mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}")))

    def plan(self) -> str:
        return self.p.id(
            "PLAN_ID",
            self.pick(
                (
                    f"{self.letters(3)}{self.digits(9)}",
                    f"{self.letters(2)}{self.digits(8)}",
                    f"W{self.digits(9)}",
                    f"{self.digits(9)}-01",
                    f"ZGP{self.digits(8)}",
                )
            ),
        )

    def health_card(self, province: str = "ON") -> str:
        if province == "QC":
            surface = f"{self.letters(4)} {self.digits(4)} {self.digits(4)}"
        elif province == "ON":
            surface = f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}-{self.letters(2)}"
        else:
            surface = f"{self.digits(4)} {self.digits(3)} {self.digits(3)}"
        return self.p.id(self.pick(("PLAN_ID", "OTHER_ID")), surface)

    def nhs(self) -> str:
        """An NHS number with a valid modulus-11 check digit (drawn again when the check would be 10)."""
        while True:
            body = self.digits(9)
            check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
            if check != 10:
                break
        n = body + str(check % 11)
        return self.p.id("OTHER_ID", self.pick((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}")))

    def account(self, prefix: str = "") -> str:
        return self.p.id(
            "ACCOUNT",
            prefix
            + self.pick(
                (
                    self.digits(10),
                    f"{self.digits(4)}-{self.digits(6)}",
                    f"G{self.digits(8)}",
                    f"{self.digits(7)}-{self.digits(2)}",
                )
            ),
        )

    def license(self, state: str | None = None) -> str:
        st = state or self.state()
        body = self.pick(
            (
                f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                self.digits(9),
                f"{self.letters(1)}{self.digits(8)}",
                f"{self.letters(2)}{self.digits(6)}",
            )
        )
        return self.p.id("LICENSE", body) + ("" if self.chance(0.5) else f" ({st})")

    def vin(self) -> str:
        return self.p.id("VEHICLE", self.letters(1, "12345JKW") + self.letters(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))

    def plate(self) -> str:
        return self.p.id(
            "VEHICLE",
            self.pick(
                (
                    f"{self.letters(3)} {self.digits(4)}",
                    f"{self.digits(1)}{self.letters(3)}{self.digits(3)}",
                    f"{self.letters(3)}-{self.digits(3)}{self.letters(1)}",
                )
            ),
        )

    def serial(self, prefix: str = "") -> str:
        return self.p.id(
            "DEVICE",
            prefix
            + self.pick(
                (
                    f"{self.letters(2)}{self.digits(8)}",
                    f"{self.digits(3)}{self.letters(3)}{self.digits(5)}",
                    f"{self.letters(1)}{self.digits(4)}-{self.digits(5)}",
                )
            ),
        )

    def biometric(self) -> str:
        hexes = "0123456789abcdef"
        return self.p.id(
            "BIOMETRIC",
            self.pick(
                (
                    f"FP-{self.letters(12, hexes)}",
                    f"VPRINT-{self.digits(6)}-{self.letters(2)}",
                    f"palmvein:{self.letters(16, hexes)}",
                    f"IRIS{self.digits(4)}{self.letters(6, hexes)}",
                )
            ),
        )

    def photo(self) -> str:
        return self.p.id(
            "PHOTO",
            self.pick(
                (
                    f"IMG_{self.digits(4)}.HEIC",
                    f"face_{self.letters(8, 'abcdef0123456789')}.jpg",
                    f"IDPHOTO-{self.digits(7)}.png",
                    f"resident_photo_{self.digits(6)}.jpg",
                )
            ),
        )

    def other(self, prefix: str = "", n: int = 7) -> str:
        return self.p.id("OTHER_ID", prefix + self.digits(n))
