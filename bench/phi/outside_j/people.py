"""People, places and numbers drawn for one document, each identifier planted as it is written into the text."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from .names import (
    ENGLISH_WORDS,
    FAMILY_FIRST,
    GROUPS,
    HAN_FAMILY,
    HAN_GIVEN,
    NICKNAMES,
    PATRONYMIC,
    REGION_GROUPS,
    STAFF,
    STAFF_GIVEN,
    split_names,
)
from .places import DOMAINS, PLACES, STREETS

REGIONS = ["ie", "za", "sg", "ph", "us", "us"]
MONTHS_GA = split_names(
    "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán_Fómhair Deireadh_Fómhair Samhain Nollaig"
)
MONTHS_AF = split_names("Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember")
MONTHS_TL = split_names("Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre")
MONTHS_ES = split_names("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
DATE_FORMS = {
    "ie": ["dmy", "dmy_long", "ord", "iso", "dmy"],
    "za": ["ymd", "dmy_long", "iso", "dmy"],
    "sg": ["dmy", "dmy_mon", "iso", "dmy_long"],
    "ph": ["long", "mdy", "iso", "dmy_long"],
    "us": ["mdy", "iso", "long", "mdy_short"],
}
EMPLOYERS = {
    "ie": ["Dunnes Stores", "Glanbia Ingredients", "Bus Éireann", "Musgrave Wholesale", "Intel Leixlip"],
    "za": ["Shoprite Checkers", "Sasol Secunda", "Eskom Megawatt Park", "Pick n Pay Hypermarket", "Transnet Freight"],
    "sg": ["SMRT Trains", "Sheng Siong Supermarket", "ST Engineering", "Changi Airport Group", "NTUC FairPrice"],
    "ph": ["Jollibee Foods", "SM Supermalls", "Concentrix BPO", "Mang Inasal", "Lhuillier Pawnshop"],
    "us": ["Amazon DSP", "Tyson Foods", "Kroger Marketplace", "UPS Worldport", "Delta TechOps"],
}
_NRIC_LETTERS = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK"}


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    group: str
    female: bool
    english: bool
    middle: str
    nick: str
    han: str  # the name in Han script, or ''

    @property
    def connector(self) -> str:
        """'bin'/'binte' or 's/o'/'d/o' for those who carry their father's name, else ''."""
        pair = PATRONYMIC.get(self.group)
        return pair[self.female] if pair else ""

    @property
    def full(self) -> str:
        if self.connector:
            return f"{self.given} {self.connector} {self.family}"
        if self.group in FAMILY_FIRST:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"


class Ctx:
    """One document's random draws and its Plant."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.p = Plant()
        self.region = rng.choice(REGIONS)

    # --- small helpers ------------------------------------------------------------------------------
    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def time(self) -> str:
        return f"{self.r.randint(6, 22):02d}:{self.r.randint(0, 59):02d}"

    # --- people -------------------------------------------------------------------------------------
    def person(self, region: str | None = None, female: bool | None = None) -> Person:
        region = region or self.region
        female = self.chance(0.5) if female is None else female
        if self.chance(0.25):
            fem, male, fam = ENGLISH_WORDS
            group, english = "English", True
        else:
            group = self.pick(REGION_GROUPS[region])
            fem, male, fam = GROUPS[group]
            english = False
        given = self.pick(fem if female else male)
        family = self.pick(fam)
        if "/" in family:  # a man's and a woman's form
            family = family.split("/")[female]
        if family.lower() == given.lower():
            family = self.pick([f for f in fam if "/" not in f] or fam)
        han = ""
        if group == "SgChinese" and given in HAN_GIVEN and family in HAN_FAMILY:
            han = HAN_FAMILY[family] + HAN_GIVEN[given]
        nick = self.pick(NICKNAMES[region])
        return Person(given, family, group, female, english, self.pick("ABCDEFGJKLMNPRSTV"), nick, han)

    def name(self, who: Person, form: str | None = None) -> str:
        """Write a person's name in one of the forms records use, planting what was written."""
        forms = ["First Last", "LAST, FIRST", "Last, First", "F. Last", "lower", "UPPER", "nick", "First M. Last"]
        form = form or self.pick(forms)
        if who.han and form in ("First Last", "UPPER", "lower") and self.chance(0.25):
            form = "han"  # Singapore records often carry the Chinese characters alone
        g, f = who.given, who.family
        if who.connector and form in ("LAST, FIRST", "Last, First", "First M. Last"):
            form = "UPPER" if form == "LAST, FIRST" else "First Last"
        full = who.full
        if who.group in FAMILY_FIRST and self.chance(0.25):
            full = f"{g} {f}"  # written the Western way round, as some forms do
        text = {
            "First Last": full,
            "LAST, FIRST": f"{f.upper()}, {g.upper()}",
            "Last, First": f"{f}, {g}",
            "F. Last": f"{g[0]}. {f}",
            "lower": full.lower(),
            "UPPER": full.upper(),
            "nick": f"{g} '{who.nick}' {f}" if not who.connector else f"{full} ({who.nick})",
            "First M. Last": f"{g} {who.middle}. {f}",
            "Last First": f"{f} {g}",
            "LAST^FIRST": f"{f.upper()}^{g.upper()}^{who.middle}",
            "han": who.han or full,
        }[form]
        return self.p.name(text, who.english)

    def initials(self, who: Person) -> str:
        """Initials as trial logs keep them: 'K-M-D', 'KMD' or 'K.D.'."""
        g = [w[0] for w in who.given.replace("-", " ").split() if w[:1].isalpha()]
        f = [w[0] for w in who.family.split() if w[:1].isupper()] or [who.family[0]]
        letters = (g + ([who.middle] if self.chance(0.4) else []) + f)[:3]
        text = self.pick(["-".join(letters), "".join(letters), ".".join(letters) + "."]).upper()
        return self.p.name(text, who.english)

    def typo(self, text: str) -> str:
        """The name as typed in a hurry: two neighbouring letters swapped (the typed form is what gets planted)."""
        if len(text) < 4:
            return text
        i = self.r.randint(1, len(text) - 3)
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]

    def family(self, who: Person, upper: bool = False) -> str:
        return self.p.name(who.family.upper() if upper else who.family, who.english)

    def given(self, who: Person) -> str:
        return self.p.name(who.given, who.english)

    def nick(self, who: Person) -> str:
        return self.p.name(who.nick, who.english)

    def employer(self) -> str:
        """The patient's employer, an identifier under Safe Harbor, planted as a name."""
        return self.p.name(self.pick(EMPLOYERS[self.region]), False)

    def staff(self, title: bool = True) -> str:
        """A clinician, investigator or staff member: written, never planted."""
        last = self.pick(STAFF)
        if not title:
            return f"{self.pick(STAFF_GIVEN)} {last}"
        return self.pick(
            [f"Dr {last}", f"Dr. {last}", f"{last}, MD", f"{self.pick(STAFF_GIVEN)} {last}, RN", f"CRA {last}"]
        )

    # --- dates --------------------------------------------------------------------------------------
    def date(self, form: str | None = None, year_from: int = 2023, year_to: int = 2026) -> str:
        y, m, d = self.r.randint(year_from, year_to), self.r.randint(1, 12), self.r.randint(1, 28)
        form = form or self.pick(DATE_FORMS[self.region])
        mon, ga, af, tl, es = MONTHS[m - 1], MONTHS_GA[m - 1], MONTHS_AF[m - 1], MONTHS_TL[m - 1], MONTHS_ES[m - 1]
        ga = ga.replace("_", " ")
        sfx = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        slash_md, slash_dm = rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)", rf"(?<!\d)0?{d}[/.-]0?{m}(?!\d)"
        text, probe = {
            "mdy": (f"{m:02d}/{d:02d}/{y}", slash_md),
            "mdy_short": (f"{m}/{d}/{y % 100:02d}", slash_md),
            "dmy": (f"{d:02d}/{m:02d}/{y}", slash_dm),
            "dmy_dot": (f"{d:02d}.{m:02d}.{y}", slash_dm),
            "ymd": (f"{y}/{m:02d}/{d:02d}", slash_md),
            "iso": (f"{y}-{m:02d}-{d:02d}", rf"(?<!\d){m:02d}-{d:02d}(?!\d)"),
            "long": (f"{mon} {d}, {y}", rf"{mon[:3]}\w*\.? {d}(?!\d)"),
            "dmy_long": (f"{d} {mon} {y}", rf"(?<!\d){d} {mon[:3]}"),
            "ord": (f"{d}{sfx} {mon} {y}", rf"(?<!\d){d}(?:st|nd|rd|th)?\W+{mon[:3]}"),
            "dmy_mon": (f"{d:02d}-{mon[:3]}-{y}", rf"(?<!\d)0?{d}[- ]{mon[:3]}"),
            "compact": (f"{d:02d}{mon[:3].upper()}{y}", rf"(?<!\d)0?{d}{mon[:3]}"),
            "ga": (f"{d} {ga} {y}", rf"(?<!\d){d}\W+{re.escape(ga)}"),
            "af": (f"{d} {af} {y}", rf"(?<!\d){d}\W+{af[:3]}"),
            "tl": (f"{tl} {d}, {y}", rf"{tl[:3]}\w* {d}(?!\d)"),
            "tl_ika": (f"ika-{d} ng {tl} {y}", rf"ika-{d} ng {tl}"),
            "es": (f"{d} de {es} de {y}", rf"(?<!\d){d} de {es}"),
            "hl7": (f"{y}{m:02d}{d:02d}", rf"\d{{4}}{m:02d}{d:02d}"),
        }[form]
        return self.p.id("DATE", text, probe)

    def dob(self, form: str | None = None, child: bool = False) -> str:
        return self.date(form, 2010, 2023) if child else self.date(form, 1934, 2005)

    def age_and_dob(self, p90: float, age_form: str, dob_form: str | None = None) -> tuple[str, str]:
        """An age (planted when over 89) and a birth date that agrees with it."""
        n = self.r.randint(90, 103) if self.chance(p90) else self.r.randint(18, 88)
        age = self.age90(age_form, n) if n > 89 else age_form.format(n=n)
        return age, self.date(dob_form, 2025 - n, 2025 - n)

    def age90(self, form: str | None = None, n: int | None = None) -> str:
        n = n or self.r.randint(90, 103)
        forms = {
            "ie": ["{n} years", "aged {n}", "{n} bliain d'aois", "{n}yo"],
            "za": ["{n} jaar oud", "{n}-year-old", "age {n}", "{n} yrs"],
            "sg": ["{n}/F", "{n} y.o.", "aged {n}", "{n}YO"],
            "ph": ["{n} taong gulang", "{n} y/o", "edad {n}", "{n} anyos"],
            "us": ["{n} y/o", "{n}-year-old", "{n}yo", "age {n}"],
        }[self.region]
        text = (form or self.pick(forms)).format(n=n)
        return self.p.id("AGE", text, rf"(?<!\d){n}(?!\d)")

    # --- places -------------------------------------------------------------------------------------
    def place(self) -> tuple[str, str, str, str]:
        """(town, state or province, postcode or its routing key, county) in this document's region."""
        return self.pick(PLACES[self.region])

    def street(self) -> str:
        """A street address line in the region's layout, probed by its number and the word after it."""
        r = self.region
        name = self.pick(STREETS[r])
        num = str(self.r.randint(2, 340))
        if r == "sg":
            text = f"Blk {num} {name} #{self.r.randint(2, 25):02d}-{self.r.randint(10, 999)}"
        elif r == "ph" and self.chance(0.5):
            blk, lot = str(self.r.randint(1, 40)), str(self.r.randint(1, 60))
            text = f"Blk {blk} Lot {lot} {name}"
            return self.p.id("STREET", text, rf"Lot\W*{lot}\W+{re.escape(name.split()[0])}")
        elif r == "ie" and self.chance(0.3):
            text = self.pick([f"Apt {self.r.randint(1, 40)}, {num} {name}", f"No. {num} {name}"])
        elif r == "za" and self.chance(0.25):
            text = self.pick([f"{num} Section {self.pick('ABCDGHKMNQ')}", f"Erf {self.digits(4)}"])
            head, after = text.split()[:2]
            return self.p.id("STREET", text, rf"{re.escape(head)}\W+{re.escape(after)}")
        elif r == "us":
            text = f"{num} {name}" + self.pick(["", "", f" Apt {self.r.randint(1, 30)}", f" #{self.r.randint(1, 9)}B"])
        else:
            text = f"{num} {name}"
        first = text.split(num, 1)[1].split()[0]
        return self.p.id("STREET", text, rf"(?<!\d){num}\W+{re.escape(first)}")

    def postcode(self, key: str | None = None) -> str:
        """Eircode, South African, Singaporean or Philippine postcode (POSTAL_ABROAD), or a US ZIP."""
        key = key or self.place()[2]
        if self.region == "us":
            return self.zip(key)
        code = key
        if self.region == "ie":
            tail = self.pick("ACDEFHKNPRTVWXY") + "".join(self.pick("ACDEFHKNPRTVWXY0123456789") for _ in range(3))
            code = f"{key} {tail}" if self.chance(0.8) else f"{key}{tail}"
        elif self.region == "sg":
            code = key + self.digits(4)
        return self.p.id("POSTAL_ABROAD", code)

    def zip(self, code: str | None = None) -> str:
        code = code or self.pick(PLACES["us"])[2]
        text = code + (f"-{self.digits(4)}" if self.chance(0.3) else "")
        return self.p.id("ZIP", text, rf"(?<!\d){code}(?!\d)")

    def address(self, one_line: bool = True) -> str:
        """A full planted address in the region's layout."""
        town, state, key, county = self.place()
        street = self.street()
        sep = ", " if one_line else "\n"
        r = self.region
        if r == "us":
            return f"{street}{sep}{self.p.id('CITY', town)}, {state} {self.zip(key)}"
        if r == "sg":
            return f"{street}{sep}Singapore {self.postcode(key)}"
        if r == "ie":
            return f"{street}{sep}{self.p.id('CITY', town)}{sep}{self.p.id('COUNTY', county)}{sep}{self.postcode(key)}"
        if r == "za":
            return f"{street}{sep}{self.p.id('CITY', town)}{sep}{state}{sep}{self.postcode(key)}"
        brgy, city = town.split("|")
        province = county if county == "Metro Manila" else self.p.id("COUNTY", county)
        return (
            f"{street}{sep}Brgy. {self.p.id('CITY', brgy)}{sep}{self.p.id('CITY', city)}{sep}"
            f"{province} {self.postcode(key)}"
        )

    def town(self) -> str:
        return self.p.id("CITY", self.place()[0].split("|")[-1])

    def county(self) -> str:
        """A county (US, Ireland) or province (Philippines): smaller than a state."""
        rows = [row for row in PLACES[self.region] if row[3] and row[3] != "Metro Manila"] or PLACES["us"]
        return self.p.id("COUNTY", self.pick(rows)[3])

    # --- numbers ------------------------------------------------------------------------------------
    def phone(self, kind: str = "PHONE") -> str:
        d = self.digits
        text = {
            "ie": lambda: self.pick(
                [f"08{self.pick('35679')} {d(3)} {d(4)}", f"+353 8{self.pick('35679')} {d(3)} {d(4)}",
                 f"(01) {d(3)} {d(4)}", f"0{self.pick(['21', '91', '61', '51', '66'])} {d(3)} {d(4)}",
                 f"08{self.pick('3567')}{d(7)}"]
            ),
            "za": lambda: self.pick(
                [f"0{self.pick(['82', '83', '72', '73', '76', '79', '84', '61'])} {d(3)} {d(4)}",
                 f"+27 {self.pick(['82', '71', '63'])} {d(3)} {d(4)}", f"(011) {d(3)} {d(4)}",
                 f"0{self.pick(['21', '31', '12', '51', '41'])}-{d(3)}-{d(4)}", f"07{d(8)}"]
            ),
            "sg": lambda: self.pick(
                [f"9{d(3)} {d(4)}", f"+65 8{d(3)} {d(4)}", f"6{d(3)} {d(4)}", f"+65-9{d(3)}-{d(4)}", f"8{d(7)}"]
            ),
            "ph": lambda: self.pick(
                [f"09{self.pick(['17', '18', '27', '55', '98', '66'])} {d(3)} {d(4)}",
                 f"+63 9{self.pick(['17', '20', '47'])} {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}",
                 f"(032) {d(3)} {d(4)}", f"09{d(9)}"]
            ),
            "us": lambda: self._us_phone(),
        }[self.region]()  # fmt: skip
        return self.p.id(kind, text)

    def _us_phone(self) -> str:
        a = self.pick(["718", "347", "650", "617", "201", "773", "404", "713", "702", "707", "914", "901", "313"])
        e, last = f"{self.r.randint(201, 989)}", self.digits(4)
        return self.pick([f"({a}) {e}-{last}", f"{a}-{e}-{last}", f"{a}.{e}.{last}", f"+1 {a} {e} {last}"])

    def fax(self) -> str:
        return self.phone("FAX")

    def email(self, who: Person | None = None) -> str:
        if who:
            g, f = who.given.split()[0], who.family.split()[-1]
            base = self.pick([f"{g}.{f}", f"{g[0]}{f}", f"{f}{self.digits(2)}", f"{g}{self.digits(4)}"])
            local = re.sub(r"[^a-z0-9.]", "", base.lower().translate(str.maketrans("áéíóúñ", "aeioun"))) or "pt"
        else:
            local = self.pick(["sunbird", "mamaof3", "jeepney.king", "braai_master", "kopi_o", "gaa.fan"])
            local += self.digits(2)
        domain = self.pick(DOMAINS[self.region])
        return self.p.id("EMAIL", f"{local}@{domain}", rf"(?<![\w.]){re.escape(local)}@")

    def ssn(self) -> str:
        a, b, c = self.r.randint(100, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return self.p.id("SSN", self.pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"]))

    def ppsn(self) -> str:
        """An Irish PPS number with its check letter (and the second letter some carry)."""
        body = self.digits(7)
        second = self.pick(["", "", "A", "W"])
        total = sum(int(ch) * (8 - i) for i, ch in enumerate(body))
        total += 9 * ("ABCDEFGHIJKLMNOPQRSTUVW".index(second) + 1 if second and second != "W" else 0)
        text = body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second
        return self.p.id("OTHER_ID", text if self.chance(0.8) else f"{body} {text[7:]}")

    def sa_id(self, female: bool | None = None) -> str:
        """A South African ID number: birth date, sex sequence, citizenship, 8 and its Luhn digit."""
        y, m, d = self.r.randint(1935, 2020), self.r.randint(1, 12), self.r.randint(1, 28)
        female = self.chance(0.5) if female is None else female
        seq = self.r.randint(0, 4999) + (0 if female else 5000)
        body = f"{y % 100:02d}{m:02d}{d:02d}{seq:04d}{self.pick('0001')}8"
        total = 0
        for i, ch in enumerate(reversed(body)):
            n = int(ch) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        text = body + str((10 - total % 10) % 10)
        return self.p.id("OTHER_ID", text if self.chance(0.8) else f"{text[:6]} {text[6:10]} {text[10:]}")

    def nric(self) -> str:
        """A Singapore NRIC or FIN with its check letter."""
        prefix = self.pick("SSSTTFG")
        body = self.digits(7)
        total = sum(int(ch) * w for ch, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
        total += 4 if prefix in "TG" else 0
        table = _NRIC_LETTERS["ST" if prefix in "ST" else "FG"]
        return self.p.id("OTHER_ID", f"{prefix}{body}{table[total % 11]}")

    def philhealth(self) -> str:
        """A PhilHealth Identification Number (the member's health insurance number)."""
        body = self.digits(12)
        return self.p.id("PLAN_ID", self.pick([f"{body[:2]}-{body[2:11]}-{body[11]}", body]))

    def national_id(self) -> str:
        """The region's national identifier: PPSN, SA ID, NRIC, PhilSys/SSS/UMID number or SSN."""
        r = self.region
        if r == "ie":
            return self.ppsn()
        if r == "za":
            return self.sa_id()
        if r == "sg":
            return self.nric()
        if r == "ph":
            d = self.digits
            return self.p.id(
                "OTHER_ID",
                self.pick([f"{d(4)}-{d(4)}-{d(4)}-{d(4)}", f"{d(2)}-{d(7)}-{d(1)}", f"CRN-{d(4)}-{d(7)}-{d(1)}"]),
            )
        return self.ssn()

    def plan_id(self) -> str:
        """The region's health cover number: medical card, medical aid, Shield policy, PhilHealth, US plan."""
        d = self.digits
        text = {
            "ie": lambda: self.pick([f"{d(7)}{self.letters(1)}", f"VHI {d(8)}", f"LH{d(7)}", f"GMS {d(6)}"]),
            "za": lambda: self.pick([f"{d(9)}", f"GEMS {d(8)}", f"BON{d(7)}", f"{d(3)} {d(3)} {d(3)}"]),
            "sg": lambda: self.pick([f"IS-{d(10)}", f"MSH{d(8)}", f"P{d(9)}"]),
            "ph": lambda: "",
            "us": lambda: self.pick([f"{self.letters(3)}{d(9)}", self._mbi(), f"MCD{d(8)}"]),
        }[self.region]()  # fmt: skip
        return self.philhealth() if self.region == "ph" else self.p.id("PLAN_ID", text)

    def _mbi(self) -> str:
        """A Medicare Beneficiary Identifier as printed on the card."""
        d, a = self.digits, self.letters
        return f"{d(1)}{a(2)}{d(1)}-{a(2)}{d(1)}-{a(2)}{d(2)}"

    def mrn(self) -> str:
        d = self.digits
        text = {
            "ie": lambda: self.pick([f"{d(7)}", f"HRN {d(6)}", f"MRN{d(8)}", f"IHI {d(10)}"]),
            "za": lambda: self.pick([f"{d(8)}", f"Folder {d(6)}", f"HN{d(7)}"]),
            "sg": lambda: self.pick([f"{d(3)}{self.letters(1)}{d(5)}", f"MRN{d(9)}", f"{d(8)}"]),
            "ph": lambda: self.pick([f"HRN-{d(2)}-{d(6)}", f"{d(2)}-{d(5)}", f"PN{d(7)}"]),
            "us": lambda: self.pick([f"MRN{d(8)}", f"{d(9)}", f"E{d(7)}", f"{self.letters(2)}{d(7)}"]),
        }[self.region]()  # fmt: skip
        return self.p.id("MRN", text)

    def subject_id(self, site: str) -> str:
        """A trial subject number (built on its site's number, which identifies no one and stays)."""
        sep = self.pick(["-", "-", ""])
        return self.p.id("OTHER_ID", f"{site}{sep}{self.digits(3)}")

    def other_id(self) -> str:
        d = self.digits
        return self.p.id(
            "OTHER_ID",
            self.pick([f"CASE-{d(7)}", f"NDX{d(8)}", f"CT-{d(2)}-{d(5)}", f"ACC{d(9)}", f"INC{d(8)}"]),
        )

    def account(self) -> str:
        d = self.digits
        return self.p.id("ACCOUNT", self.pick([f"{d(10)}", f"ACCT-{d(8)}", f"G{d(9)}", f"{d(4)}-{d(6)}", f"PT{d(7)}"]))

    def license(self) -> str:
        d = self.digits
        text = {
            "ie": lambda: f"{d(9)}",
            "za": lambda: f"{d(10)}{self.letters(2)}",
            "sg": lambda: f"DL-{d(7)}{self.letters(1)}",
            "ph": lambda: f"{self.letters(1)}{d(2)}-{d(2)}-{d(6)}",
            "us": lambda: self.pick([f"{self.letters(1)}{d(12)}", f"{d(9)}", f"{self.letters(1)}{d(7)}"]),
        }[self.region]()  # fmt: skip
        return self.p.id("LICENSE", text)

    def vehicle(self) -> str:
        vin = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        d = self.digits
        plate = {
            "ie": lambda: f"{self.r.randint(12, 25)}{self.pick('12')}-{self.pick(['D', 'C', 'G', 'KY', 'LK'])}-{d(4)}",
            "za": lambda: self.pick([f"{self.letters(2)} {d(2)} {self.letters(2)} GP", f"ND {d(3)}-{d(3)}"]),
            "sg": lambda: f"S{self.letters(2)}{d(4)}{self.letters(1)}",
            "ph": lambda: f"{self.letters(3)} {d(4)}",
            "us": lambda: f"{self.letters(3)}-{d(4)}",
        }[self.region]()  # fmt: skip
        return self.p.id("VEHICLE", self.pick([vin, plate, plate]))

    def device(self) -> str:
        d = self.digits
        return self.p.id(
            "DEVICE",
            self.pick(
                [f"SN{d(10)}", f"{self.letters(3)}{d(7)}", f"{d(4)}-{d(4)}-{self.letters(2)}", f"UDI (21){d(9)}"]
            ),
        )

    def url(self) -> str:
        host = self.pick(
            [
                "econsent.trialvault.io",
                "portal.kliniekhub.co.za",
                "files.carebridge-sg.com",
                "my.hsemail.ie",
                "share.boxcare.ph",
            ]
        )
        return self.p.id("URL", f"https://{host}/{self.pick(['s', 'f', 'u', 'doc'])}/{self.letters(3)}{self.digits(6)}")

    def ip(self) -> str:
        if self.chance(0.2):
            return self.p.id("IP", f"2001:db8:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFFF):x}")
        return self.p.id(
            "IP",
            f"{self.r.randint(11, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
        )

    def biometric(self) -> str:
        return self.p.id(
            "BIOMETRIC",
            self.pick(
                [f"FP-{self.digits(8)}", f"voiceprint:{self.letters(3)}{self.digits(6)}", f"face-tmpl-{self.digits(9)}"]
            ),
        )

    def photo(self) -> str:
        return self.p.id(
            "PHOTO",
            self.pick(
                [
                    f"IMG_{self.digits(4)}.JPG",
                    f"intraoral_{self.digits(8)}.png",
                    f"selfie_{self.letters(2)}{self.digits(6)}.jpg",
                ]
            ),
        )
