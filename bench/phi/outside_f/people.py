"""People and their identifiers, and a context whose helpers write an identifier in some form and label it."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from . import vocab

TODAY = dt.date(2026, 11, 30)


@dataclass
class Person:
    given: str
    middle: str
    family: str
    english: bool
    sex: str
    dob: dt.date
    age: int
    ssn: str
    mrn: str
    phone: str
    email: str
    street_no: str
    street: str
    unit: str
    city: str
    state: str
    zip: str
    county: str
    member_id: str
    account: str


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Fakers:
    """One seeded-per-draw Faker per locale (creating them is the slow part)."""

    def __init__(self) -> None:
        locales = sorted(set(vocab.FAKER_LOCALES) | {loc for _, loc in vocab.ABROAD})
        self.by_locale = {loc: Faker(loc) for loc in locales}

    def get(self, locale: str, rng: random.Random) -> Faker:
        fake = self.by_locale[locale]
        fake.seed_instance(rng.getrandbits(32))
        return fake


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


class Ctx:
    """A document's random source, labels and the writers of identifiers in varied forms."""

    def __init__(self, rng: random.Random, fakers: Fakers) -> None:
        self.rng = rng
        self.fakers = fakers
        self.p = Plant()

    # --- drawing -----------------------------------------------------------------------------------
    def person(self, old: bool | None = None, english: bool | None = None) -> Person:
        rng = self.rng
        english = rng.random() < 0.25 if english is None else english
        sex = rng.choice("FM")
        if english:
            given, family = rng.choice(vocab.ENGLISH_GIVEN), rng.choice(vocab.ENGLISH_FAMILY)
        else:
            fake = self.fakers.get(rng.choice(vocab.FAKER_LOCALES), rng)
            given = fake.first_name_female() if sex == "F" else fake.first_name_male()
            family = fake.last_name()
        old = rng.random() < 0.3 if old is None else old
        age = rng.randint(90, 104) if old else rng.randint(1, 88)
        dob = TODAY - dt.timedelta(days=age * 365 + rng.randint(30, 330))
        age = (TODAY - dob).days // 365
        if old and age < 90:
            dob, age = dob - dt.timedelta(days=366), age + 1
        city, state, zip3 = rng.choice(vocab.US_CITIES)
        mail = ascii_fold(rng.choice((f"{given}.{family}", f"{given[0]}{family}", f"{family}{given[0]}"))).lower()
        mail = re.sub(r"[^a-z.]", "", mail) + rng.choice(("", str(dob.year % 100), str(rng.randint(2, 99))))
        return Person(
            given=given,
            middle=rng.choice("ABCDEFGHJKLMNPRSTW"),
            family=family,
            english=english,
            sex=sex,
            dob=dob,
            age=age,
            ssn=f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            mrn=rng.choice(("", "E", "M", "00")) + _digits(rng, rng.choice((7, 8, 9))),
            phone=f"{rng.choice(vocab.AREA_CODES)}{rng.randint(201, 989)}{_digits(rng, 4)}",
            email=f"{mail}@{rng.choice(vocab.MAIL_DOMAINS)}",
            street_no=str(rng.randint(120, 9899)),
            street=f"{rng.choice(vocab.STREET_NAMES)} {rng.choice(vocab.STREET_SUFFIXES)}",
            unit=rng.choice(("", "", f"Apt {rng.randint(2, 48)}", f"Unit {rng.choice('ABCD')}{rng.randint(1, 9)}")),
            city=city,
            state=state,
            zip=zip3 + _digits(rng, 2),
            county=rng.choice(vocab.COUNTIES),
            member_id=rng.choice(("XEH", "W", "ZGP", "MBR", "H")) + _digits(rng, rng.choice((8, 9, 10))),
            account=_digits(rng, rng.choice((8, 9, 10))),
        )

    def staff(self) -> str:
        """A clinician's name: written as real results do, scored neither way (see the package docstring)."""
        fake = self.fakers.get("en_US", self.rng)
        return f"{fake.first_name()} {fake.last_name()}"

    def pick(self, options):
        return self.rng.choice(options)

    def date_in(self, start_year: int = 2021, end_year: int = 2026) -> dt.date:
        start = dt.date(start_year, 1, 1)
        return start + dt.timedelta(days=self.rng.randint(0, (dt.date(end_year, 11, 1) - start).days))

    # --- names ---------------------------------------------------------------------------------------
    def name(self, who: Person, form: str | None = None) -> str:
        """Write a name in one of many forms; each written name is one labelled identifier."""
        g, m, f = who.given, who.middle, who.family
        forms = {
            "full": f"{g} {f}",
            "mid": f"{g} {m}. {f}",
            "inv": f"{f}, {g}",
            "inv_mid": f"{f}, {g} {m}",
            "caps": f"{g} {f}".upper(),
            "caps_inv": f"{f.upper()}, {g.upper()}",
            "lower": f"{g} {f}".lower(),
            "given": g,
            "family": f,
            "initial": f"{g[0]}. {f}",
            "hl7": f"{f}^{g}^{m}".upper(),
            "given_caps": g.upper(),
            "family_caps": f.upper(),
            "possessive": f"{g}'s",
        }
        form = form or self.rng.choice(("full", "full", "mid", "inv", "inv_mid", "caps", "caps_inv", "lower"))
        return self.p.name(forms[form], who.english)

    def nick(self, who: Person) -> str:
        nick = self.rng.choice(vocab.NICKNAMES)
        return f'{self.name(who, "given")} "{self.p.name(nick, True)}" {self.name(who, "family")}'

    # --- dates -------------------------------------------------------------------------------------
    def date(self, day: dt.date, form: str | None = None) -> str:
        """Write a date tied to a person; the probe finds its month and day, since a year alone may stay."""
        form = form or self.rng.choice(("us", "us", "iso", "long", "dmy", "short", "hl7", "eu", "noyear"))
        m, d, y = day.month, day.day, day.year
        mon = MONTHS[m - 1]
        numeric = rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)"
        if form == "us":
            return self.p.id("DATE", f"{m:02d}/{d:02d}/{y}", numeric)
        if form == "short":
            return self.p.id("DATE", f"{m}/{d}/{y % 100:02d}", numeric)
        if form == "iso":
            return self.p.id("DATE", day.isoformat(), rf"(?<!\d){m:02d}-{d:02d}(?!\d)")
        if form == "eu":
            return self.p.id("DATE", f"{d:02d}.{m:02d}.{y}", rf"(?<!\d)0?{d}[/.-]0?{m}[/.-]")
        if form == "long":
            return self.p.id("DATE", f"{mon} {d}, {y}", rf"\b{mon[:3]}\w*\.?\s+{d}\b")
        if form == "dmy":
            return self.p.id("DATE", f"{d:02d}-{mon[:3].upper()}-{y}", rf"(?<!\d)0?{d}[\s-]{mon[:3]}")
        if form == "hl7":
            return self.p.id("DATE", f"{y}{m:02d}{d:02d}", rf"(?<!\d){y}{m:02d}{d:02d}")
        return self.p.id("DATE", f"{m}/{d}", numeric)

    def age(self, who: Person, form: str | None = None) -> str:
        a = who.age
        form = form or self.rng.choice(("{a}-year-old", "{a} y/o", "{a}yo", "age {a}", "Age: {a}", "{a} years"))
        if a <= 89:
            return self.p.keep("AGE_UNDER_90", form.format(a=a))
        return self.p.id("AGE", form.format(a=a), rf"(?<!\d){a}(?!\d)")

    def age_value(self, who: Person) -> int:
        """An age as a JSON number: an identifier over 89, a value that must stay otherwise."""
        if who.age <= 89:
            self.p.keep("AGE_UNDER_90", str(who.age))
        else:
            self.p.id("AGE", str(who.age), rf"(?<!\d){who.age}(?!\d)")
        return who.age

    # --- numbers and places --------------------------------------------------------------------------
    def phone(self, who: Person | None = None, kind: str = "PHONE") -> str:
        n = who.phone if who else f"{self.pick(vocab.AREA_CODES)}{self.rng.randint(201, 989)}{_digits(self.rng, 4)}"
        a, b, c = n[:3], n[3:6], n[6:]
        form = self.rng.choice(
            (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", n, f"1-{a}-{b}-{c}")
        )
        return self.p.id(kind, form)

    def ssn(self, who: Person) -> str:
        form = self.rng.choice((who.ssn, who.ssn, who.ssn.replace("-", " "), who.ssn.replace("-", "")))
        return self.p.id("SSN", form)

    def mrn(self, who: Person) -> str:
        return self.p.id("MRN", who.mrn)

    def street(self, who: Person, caps: bool = False) -> str:
        line = f"{who.street_no} {who.street}" + (f" {who.unit}" if who.unit else "")
        line = line.upper() if caps else line
        first = who.street.split()[0]
        return self.p.id("STREET", line, rf"\b{who.street_no}\s+{first}\b")

    def city(self, who: Person, caps: bool = False) -> str:
        return self.p.id("CITY", who.city.upper() if caps else who.city)

    def zip(self, who: Person) -> str:
        z = who.zip if self.rng.random() < 0.7 else f"{who.zip}-{_digits(self.rng, 4)}"
        return self.p.id("ZIP", z, rf"(?<!\d){who.zip}(?!\d)")  # ZIP+4 cut to five digits still leaks

    def county(self, who: Person, caps: bool = False) -> str:
        return self.p.id("COUNTY", who.county.upper() if caps else who.county)

    def address(self, who: Person, caps: bool = False) -> str:
        state = who.state
        return f"{self.street(who, caps)}, {self.city(who, caps)}, {state} {self.zip(who)}"

    def abroad(self) -> str:
        """An address abroad: street, city and a postal code of that country."""
        city, locale = self.pick(vocab.ABROAD)
        fake = self.fakers.get(locale, self.rng)
        code = fake.postalcode() if locale == "en_CA" else fake.postcode()
        no, name = str(self.rng.randint(120, 899)), self.pick(vocab.STREET_NAMES)
        line = self.p.id("STREET", f"{no} {name} Road", rf"\b{no}\s+{name.split()[0]}\b")
        return f"{line}, {self.p.id('CITY', city)} {self.p.id('POSTAL_ABROAD', code)}"

    def email(self, who: Person, upper: bool = False) -> str:
        local = who.email.split("@")[0]
        return self.p.id("EMAIL", who.email.upper() if upper else who.email, rf"(?<![\w.+-]){re.escape(local)}@")

    def member(self, who: Person) -> str:
        return self.p.id("PLAN_ID", who.member_id)

    def account(self, who: Person) -> str:
        return self.p.id("ACCOUNT", who.account)

    def ident(self, kind: str) -> str:
        """A fresh identifier of the less common kinds, in a shape a real system would print."""
        r, dg = self.rng, lambda n: _digits(self.rng, n)
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        made = {
            "LICENSE": lambda: r.choice(
                (
                    f"S{dg(3)}-{dg(4)}-{dg(4)}",
                    f"D{dg(8)}",
                    f"{r.choice(letters)}{dg(7)}",
                    f"BC-{dg(3)}-{r.randint(1930, 2024)}-{dg(6)}",
                )
            ),
            "VEHICLE": lambda: r.choice(
                (
                    self.fakers.get("en_US", r).vin(),
                    self.fakers.get("en_US", r).license_plate()
                    if r.random() < 0.3
                    else f"{dg(1)}{r.choice(letters)}{r.choice(letters)}{r.choice(letters)}{dg(3)}",
                )
            ),
            "DEVICE": lambda: r.choice(
                (
                    f"PJN{dg(6)}H",
                    f"SN {r.choice(letters)}{dg(2)}-{dg(5)}",
                    f"(01)00{dg(12)}(21){r.choice(letters)}{dg(6)}",
                    f"8G{dg(4)}{r.choice(letters)}",
                    f"CGM-{r.choice(letters)}{r.choice(letters)}{dg(6)}",
                )
            ),
            "URL": lambda: r.choice(
                (
                    f"https://mychart.example-health.org/patient/{dg(7)}/summary",
                    f"https://photos.example-health.org/wound/{dg(8)}.jpg",
                    f"http://www.facebook.com/profile.php?id=1000{dg(10)}",
                    f"https://portal.example-health.org/visit?enc={dg(9)}",
                )
            ),
            "IP": lambda: r.choice(
                (
                    f"{r.choice((73, 98, 24, 174, 68))}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(2, 254)}",
                    f"2601:{r.randint(0x100, 0xFFF):x}:{r.randint(0x1000, 0xFFFF):x}::{r.randint(0x100, 0xFFFF):x}",
                )
            ),
            "BIOMETRIC": lambda: r.choice(
                (
                    f"FP-TPL-{dg(4)}{r.choice(letters)}{dg(4)}",
                    f"VOICEPRINT {dg(10)}",
                    f"IRIS-{r.choice(letters)}{r.choice(letters)}{dg(7)}",
                )
            ),
            "PHOTO": lambda: r.choice(
                (
                    f"IMG_{dg(4)}_{dg(6)}.jpg",
                    f"facephoto_{dg(8)}.png",
                    f"PTPHOTO-{dg(7)}",
                    f"dermcam-{dg(6)}-{r.choice(letters)}.jpeg",
                )
            ),
            "OTHER_ID": lambda: r.choice(
                (
                    f"CLM{dg(11)}",
                    f"S{r.randint(21, 26)}-{dg(5)}",
                    f"Rx#{dg(7)}",
                    f"ACC-{dg(8)}",
                    f"TKT-{dg(7)}",
                    f"ENC{dg(9)}",
                )
            ),
            "FAX": lambda: self.phone(None, "FAX"),
        }
        value = made[kind]()
        return value if kind == "FAX" else self.p.id(kind, value)

    # --- things that must stay ---------------------------------------------------------------------
    def keep(self, kind: str, options) -> str:
        return self.p.keep(kind, self.rng.choice(options))

    def drug(self) -> str:
        return f"{self.keep('DRUG', vocab.DRUGS)} {self.keep('DOSE', vocab.DOSES)} {self.rng.choice(vocab.SIGS)}"

    def lab(self) -> tuple[str, str, str]:
        name, unit, (lo, hi) = self.rng.choice(vocab.LABS)
        value = self.rng.uniform(lo, hi)
        text = f"{value:.1f}" if hi < 20 else str(int(value))
        if not hi < 20 and 90 <= int(value) <= 119:
            text = str(int(value) + 30)
        return self.p.keep("LAB", name), self.p.keep("LAB_VALUE", text), unit

    def icd(self) -> str:
        code, label = self.rng.choice(vocab.ICD10)
        return f"{self.p.keep('ICD10', code)} {label}"

    def year(self) -> str:
        return self.p.keep("YEAR", str(self.rng.randint(1978, 2024)))
