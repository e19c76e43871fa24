"""Synthetic identifier values in the many spellings real systems use, drawn from one ``random.Random``."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass

from . import pools
from .marks import ident

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str
    nickname: str | None = None

    def full(self, rng: random.Random, kind: str = "name") -> str:
        """One marked mention of this person, in a spelling picked at random."""
        style = rng.randrange(8)
        if style == 0:
            return ident(kind, f"{self.last}, {self.first}")
        if style == 1:
            return ident(kind, f"{self.first} {self.middle}. {self.last}")
        if style == 2:
            return ident(kind, f"{self.last.upper()}, {self.first.upper()} {self.middle}")
        if style == 3 and self.nickname:
            return ident(kind, f"{self.first} '{self.nickname}' {self.last}")
        if style == 4:
            return ident(kind, f"{self.first[0]}. {self.last}")
        return ident(kind, f"{self.first} {self.last}")

    def titled(self, title: str, kind: str = "name") -> str:
        return f"{title} {ident(kind, self.last)}"

    def given(self, kind: str = "name") -> str:
        return ident(kind, self.nickname or self.first)


def person(rng: random.Random) -> Person:
    if rng.random() < 0.2:
        formal, nick = rng.choice(list(pools.NICKNAMES.items()))
        return Person(formal, rng.choice(pools.SURNAMES), rng.choice(pools.MIDDLE_INITIALS), nick)
    return Person(rng.choice(pools.FIRST_NAMES), rng.choice(pools.SURNAMES), rng.choice(pools.MIDDLE_INITIALS))


def digits(rng: random.Random, count: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(count - 1))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


def day(rng: random.Random, start: int = 2019, end: int = 2025) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange((end - start + 1) * 365))


def date_text(rng: random.Random, when: dt.date) -> str:
    """A date in one of the formats clinical and billing systems print."""
    m, d, y = when.month, when.day, when.year
    return rng.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", when.isoformat(), f"{d:02d}-{MONTHS[m - 1][:3]}-{y}",
        f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d}", f"{y}{m:02d}{d:02d}",
        f"{m}/{d}", f"{MONTHS[m - 1][:3].upper()} {d:02d} {y}", f"{when.strftime('%A')}, {MONTHS[m - 1]} {d}",
    ))


def date(rng: random.Random, when: dt.date | None = None) -> str:
    return ident("date", date_text(rng, when or day(rng)))


def relative_date(rng: random.Random, when: dt.date | None = None) -> str:
    """A relative expression anchored to an absolute date, as notes write them; only the date is gold."""
    marked = date(rng, when)
    return rng.choice((f"yesterday ({marked})", f"{rng.randint(2, 9)} days ago on {marked}", f"POD#2 ({marked})",
                       f"last week ({marked})", f"since {marked}", f"x3 days, onset {marked}", f"tomorrow, {marked}"))


def datetime(rng: random.Random, when: dt.date | None = None) -> str:
    moment = dt.datetime.combine(when or day(rng), dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60)))
    text = rng.choice((
        moment.strftime("%Y-%m-%dT%H:%M:%SZ"), moment.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
        moment.strftime("%m/%d/%Y %H%M"), moment.strftime("%m/%d/%Y %I:%M %p"), moment.strftime("%d-%b-%Y %H:%M"),
        moment.strftime("%Y%m%d%H%M%S"), moment.strftime("%a %b %d %H:%M:%S %Y"),
    ))
    return ident("date", text)


def dob(rng: random.Random) -> dt.date:
    return day(rng, 1931, 2012)


def age_over_89(rng: random.Random) -> str:
    years = rng.randint(90, 104)
    return rng.choice((f"{ident('age_over_89', years)}-year-old", f"{ident('age_over_89', years)} y/o",
                       f"age {ident('age_over_89', years)}", f"{ident('age_over_89', years)}yo"))


def phone_text(rng: random.Random) -> str:
    area, exchange, line = rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)
    return rng.choice((
        f"({area}) {exchange}-{line:04d}", f"{area}-{exchange}-{line:04d}", f"{area}.{exchange}.{line:04d}",
        f"+1 {area} {exchange} {line:04d}", f"{area}{exchange}{line:04d}",
        f"{area}-{exchange}-{line:04d} x{rng.randint(10, 999)}",
        f"1 ({area}) {exchange} {line:04d}", f"+1-{area}-{exchange}-{line:04d}",
    ))


def phone(rng: random.Random) -> str:
    return ident("phone", phone_text(rng))


def fax(rng: random.Random) -> str:
    return ident("fax", phone_text(rng))


def email(rng: random.Random, who: Person) -> str:
    first = who.first.lower().replace(" ", "").replace("'", "")
    last = who.last.lower().replace(" ", "").replace("'", "")
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(50, 99)}",
                        f"{last}{first[0]}{rng.randint(1, 99)}", f"{first}{rng.randint(1940, 2005)}"))
    ascii_local = local.encode("ascii", "ignore").decode().replace("-", "")
    return ident("email", f"{ascii_local}@{rng.choice(pools.EMAIL_DOMAINS)}")


def ssn(rng: random.Random) -> str:
    area, group, serial = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return ident("ssn", rng.choice((f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}")))


def mrn(rng: random.Random) -> str:
    return ident("mrn", rng.choice((digits(rng, 8), f"{digits(rng, 3)}-{digits(rng, 4)}", f"E{digits(rng, 7)}",
                                    f"MR{digits(rng, 6)}", f"{letters(rng, 2)}{digits(rng, 6)}")))


def member_id(rng: random.Random) -> str:
    mbi = (f"{rng.randint(1, 9)}{letters(rng, 2)}{rng.randint(0, 9)}-{letters(rng, 2)}{rng.randint(0, 9)}-"
           f"{letters(rng, 2)}{rng.randint(10, 99)}")
    return ident("health_plan", rng.choice((f"{letters(rng, 3)}{digits(rng, 9)}", f"W{digits(rng, 9)}", mbi,
                                            f"{digits(rng, 8)}A", f"{letters(rng, 1)}{digits(rng, 8)}-01")))


def account(rng: random.Random) -> str:
    return ident("account", rng.choice((digits(rng, 11), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
                                        f"G{digits(rng, 8)}", f"HAR{digits(rng, 9)}", f"{digits(rng, 10)}")))


def license_no(rng: random.Random) -> str:
    return ident("license", rng.choice((f"{letters(rng, 1)}{digits(rng, 7)}",
                                        f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
                                        f"RN{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
                                        f"BC-{digits(rng, 4)}-{digits(rng, 6)}")))


def vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return ident("vehicle", "".join(rng.choice(alphabet) for _ in range(17)))


def plate(rng: random.Random) -> str:
    return ident("vehicle", rng.choice((f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
                                        f"{letters(rng, 3)}-{digits(rng, 4)}", f"{letters(rng, 2)} {digits(rng, 5)}")))


def serial(rng: random.Random) -> str:
    return ident("device", rng.choice((f"{letters(rng, 3)}{digits(rng, 7)}", f"{digits(rng, 2)}-{digits(rng, 7)}",
                                       f"SN{letters(rng, 1)}{digits(rng, 8)}",
                                       f"(01)00{digits(rng, 12)}(17)2{digits(rng, 5)}(21)"
                                       f"{letters(rng, 2)}{digits(rng, 6)}")))


def url(rng: random.Random, who: Person) -> str:
    handle = "".join(c for c in (who.first + who.last).lower() if c.isascii() and c.isalnum())
    return ident("url", rng.choice((
        f"https://www.facebook.com/{handle}.{rng.randint(1, 99)}",
        f"https://portal.mychart-example.org/patient/{digits(rng, 7)}",
        f"https://instagram.com/{handle}_{rng.randint(10, 99)}", f"http://{handle}.blogspot.com/",
        f"https://gofundme.com/f/help-{handle}-{digits(rng, 4)}",
        f"https://linkedin.com/in/{handle}{digits(rng, 3)}",
    )))


def ip(rng: random.Random) -> str:
    return ident("ip", rng.choice((
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"{rng.choice((73, 98, 174, 203, 68))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"2601:{rng.randint(256, 4095):x}:{rng.randint(256, 65535):x}::{rng.randint(1, 65535):x}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
    )))


def biometric(rng: random.Random) -> str:
    return ident("biometric", rng.choice((f"FP-{digits(rng, 5)}-{letters(rng, 2)}", f"VP{digits(rng, 7)}",
                                          "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                                          f"PALM-{letters(rng, 2)}{digits(rng, 6)}", f"IRIS{digits(rng, 8)}")))


def photo(rng: random.Random, when: dt.date) -> str:
    return ident("photo", rng.choice((f"IMG_{when:%Y%m%d}_{digits(rng, 6)}.jpg", f"DSC{digits(rng, 5)}.JPG",
                                      f"wound_{when:%Y-%m-%d}_L_heel_{digits(rng, 3)}.png",
                                      f"face_{digits(rng, 8)}.jpeg", f"PXL_{when:%Y%m%d}_{digits(rng, 9)}.jpg")))


def other_id(rng: random.Random, prefix: str) -> str:
    return ident("other_id", rng.choice((f"{prefix}{digits(rng, 8)}", f"{prefix}-{digits(rng, 7)}",
                                         f"{prefix}{rng.randint(19, 25)}-{digits(rng, 6)}")))


@dataclass(frozen=True)
class Place:
    street: str
    city: str
    county: str
    state: str
    state_name: str
    zip5: str


def place(rng: random.Random) -> Place:
    city, county, state, state_name, prefix = rng.choice(pools.PLACES)
    number = rng.choice((str(rng.randint(2, 99)), str(rng.randint(100, 9999)), str(rng.randint(10000, 39999))))
    street = rng.choice((
        f"{number} {rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_TYPES)}",
        f"{number} {rng.choice('NSEW')}. {rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_TYPES)}",
        f"{number} {rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_TYPES)} {rng.choice(pools.UNITS)}",
        f"PO Box {rng.randint(10, 9999)}", f"RR {rng.randint(1, 9)} Box {rng.randint(10, 499)}",
        f"{number} County Road {rng.randint(2, 999)}",
    ))
    return Place(street, city, county, state, state_name, prefix + f"{rng.randint(0, 99):02d}")


def zip_text(rng: random.Random, where: Place) -> str:
    return where.zip5 if rng.random() < 0.7 else f"{where.zip5}-{rng.randint(1000, 9999)}"
