"""A synthetic person (patient, relative or clinician) whose renderings declare themselves as planted values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import names
from . import values as V
from .corpus import Draft


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str
    born: dt.date

    @classmethod
    def draw(cls, d: Draft, first_year: int = 1925, last_year: int = 2012) -> Person:
        return cls(
            names.given(d.rng), names.surname(d.rng), names.middle_initial(d.rng), V.day(d.rng, first_year, last_year)
        )

    def full(self, d: Draft) -> str:
        """The name as a chart, letter or message writes it, in one of several orders and cases."""
        shapes = [
            f"{self.given} {self.family}",
            f"{self.family}, {self.given}",
            f"{self.given} {self.middle}. {self.family}",
            f"{self.family.upper()}, {self.given.upper()} {self.middle}",
            f"{self.family}, {self.given} {self.middle}",
            f"{self.given} {self.family}",
        ]
        return d.id("NAME", d.rng.choice(shapes))

    def plain(self, d: Draft) -> str:
        return d.id("NAME", f"{self.given} {self.family}")

    def first(self, d: Draft) -> str:
        return d.id("NAME", self.given)

    def last(self, d: Draft) -> str:
        return d.id("NAME", self.family)

    def titled(self, d: Draft, title: str) -> str:
        return f"{title} {d.id('NAME', self.family)}"

    def dob(self, d: Draft) -> str:
        return d.id("DATE", V.date_text(d.rng, self.born))

    def dob_iso(self, d: Draft) -> str:
        return d.id("DATE", self.born.isoformat())

    def email(self, d: Draft) -> str:
        return d.id("EMAIL", V.email(d.rng, self.given, self.family))

    def age_on(self, when: dt.date) -> int:
        return when.year - self.born.year - ((when.month, when.day) < (self.born.month, self.born.day))


@dataclass(frozen=True)
class Home:
    """A street address in a real city, county and state; street, city, county and ZIP are identifiers, the
    state is not (Safe Harbor keeps the state)."""

    line: str
    city: str
    county: str
    state: str
    state_name: str
    zip: str

    @classmethod
    def draw(cls, d: Draft) -> Home:
        city, county, state, state_name, prefix = d.rng.choice(V.PLACES)
        return cls(V.street(d.rng), city, county, state, state_name, V.zip_code(d.rng, prefix))

    def declare(self, d: Draft, county: bool = False) -> None:
        d.id("ADDRESS", self.line)
        d.id("GEO", self.city)
        d.id("GEO", self.zip)
        if county:
            d.id("GEO", self.county)

    def one_line(self, d: Draft) -> str:
        self.declare(d)
        return f"{self.line}, {self.city}, {d.ok('STATE', self.state)} {self.zip}"


def age(d: Draft, years: int) -> str:
    """An age: an identifier from 90 on, an ordinary number below."""
    return d.id("AGE_OVER_89", str(years)) if years >= 90 else d.ok("AGE_UNDER_90", str(years))
