"""What a shape writes with: plants identifiers (tied to one patient, a relative or the household) and keeps
through one board, so every shape gets the same probes and the same gold rules."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import values as V
from .people import STATE_NAMES, Person, Place, Population
from .plant import Board, Document, Plant


class Ctx:
    """One document under construction: ``ctx.name(person)`` returns a placeholder and records the gold."""

    def __init__(self, rng: random.Random, population: Population) -> None:
        self.rng = rng
        self.pop = population
        self.board = Board()

    def document(self, shape: str, template: Any) -> Document:
        return self.board.document(shape, template)

    # -- identifiers ---------------------------------------------------------------------------------------
    def ident(self, kind: str, value: str, probes: tuple[str, ...] | None = None) -> str:
        return self.board.put(Plant(kind, value, probes or V.number_probes(value), identifier=True))

    def name(self, person: Person, style: str | None = None) -> str:
        """The person's name in one of the ways records write it."""
        style = style or self.rng.choice(("full", "full", "full", "last_first", "upper_last_first", "initial",
                                          "given", "family_title", "with_middle"))
        given, family = person.given, person.family
        if person.eastern_order and style in ("full", "with_middle"):
            text = f"{family} {given}"
        else:
            text = {
                "full": f"{given} {family}",
                "last_first": f"{family}, {given}",
                "upper_last_first": f"{family.upper()}, {given.upper()}",
                "upper": f"{given.upper()} {family.upper()}",
                "initial": f"{given[0]}. {family}",
                "given": given,
                "family": family,
                "family_title": f"{'Ms.' if person.female else 'Mr.'} {family}",
                "with_middle": f"{given} {person.middle[:1] + '. ' if person.middle else ''}{family}",
                "hl7": f"{family.upper()}^{given.upper()}^{person.middle[:1].upper()}",
            }[style]
        if style == "family_title":
            probes = V.name_probes(family)
            value = family
            text = text.replace(family, "\x00")
            return text.replace("\x00", self._name_plant(value, probes, person))
        if style == "hl7":
            parts = (family.upper(), given.upper())
            return "^".join(self._name_plant(part, V.name_probes(part), person) for part in parts) + \
                f"^{person.middle[:1].upper()}"
        return self._name_plant(text, V.name_probes(text), person)

    def _name_plant(self, value: str, probes: tuple[str, ...], person: Person) -> str:
        return self.board.put(Plant("name", value, probes, identifier=True, english_word_name=person.english_word))

    def date(self, day: dt.date, style: str | None = None) -> str:
        text, probes = V.date_text(self.rng, day, style)
        return self.ident("date", text, probes)

    def dob(self, person_day: dt.date, style: str | None = None) -> str:
        return self.date(person_day, style)

    def visit_date(self, style: str | None = None) -> str:
        return self.date(V.recent_date(self.rng), style)

    def age90(self) -> str:
        """91 and up: a masker may rightly write "90 or older", which must not read as the age 90 left behind."""
        return self.ident("age_over_89", str(self.rng.randint(91, 104)))

    def phone(self, place: Place | None = None) -> str:
        return self.ident("phone", self._phone_value(place))

    def fax(self, place: Place | None = None) -> str:
        return self.ident("fax", self._phone_value(place))

    def _phone_value(self, place: Place | None) -> str:
        if place is not None and not place.us and self.rng.random() < 0.8:
            locale = {"United Kingdom": "en_GB", "Canada": "en_CA", "Australia": "en_AU", "Germany": "de_DE",
                      "France": "fr_FR", "Mexico": "es_MX", "Brazil": "pt_BR", "Italy": "it_IT",
                      "Netherlands": "nl_NL", "India": "en_IN"}[place.country]
            return self.pop.faker(locale).phone_number()
        return V.us_phone(self.rng)

    def email(self, person: Person) -> str:
        rng = self.rng
        base = V.ascii_fold(rng.choice((f"{person.given}.{person.family}", f"{person.given[0]}{person.family}",
                                        f"{person.family}{person.given[:1]}", f"{person.given}{rng.randint(1, 99)}")))
        if not base.replace(".", "").isalnum() or len(base) < 4:
            base = f"pt{V.digits(rng, 6)}"
        local = base.lower() + rng.choice(("", "", str(rng.randint(1950, 2005)), f"_{rng.randint(1, 999)}"))
        domain = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk", "proton.me",
                             "comcast.net", "aol.com", "web.de", "orange.fr", "live.com"))
        value = f"{local}@{domain}"
        return self.ident("email", value, V.email_probes(value))

    def ssn(self) -> str:
        return self.ident("ssn", V.ssn(self.rng))

    def mrn(self) -> str:
        return self.ident("mrn", V.mrn(self.rng))

    def member(self) -> str:
        return self.ident("health_plan", V.member_id(self.rng))

    def account(self) -> str:
        return self.ident("account", V.account(self.rng))

    def license(self) -> str:
        return self.ident("license", V.license_number(self.rng) if self.rng.random() < 0.8 else V.certificate(self.rng))

    def plate(self) -> str:
        return self.ident("vehicle", V.plate(self.rng))

    def vin(self) -> str:
        return self.ident("vehicle", V.vin(self.rng))

    def device(self) -> str:
        return self.ident("device", V.device(self.rng))

    def ip(self) -> str:
        """The whole address only: a masker may keep a network prefix."""
        address = V.ipv4(self.rng) if self.rng.random() < 0.8 else V.ipv6(self.rng)
        return self.ident("ip", address, (address,))

    def url(self, person: Person | None = None) -> str:
        rng = self.rng
        handle = V.ascii_fold(f"{person.given}.{person.family}").lower() if person is not None else ""
        if len(handle) > 4 and rng.random() < 0.4:
            value = rng.choice((f"https://www.facebook.com/{handle}.{rng.randint(1, 999)}",
                                f"https://instagram.com/{handle.replace('.', '_')}{rng.randint(10, 99)}",
                                f"https://www.linkedin.com/in/{handle.replace('.', '-')}-{V.digits(rng, 4)}"))
        else:
            host = rng.choice(("mychart.northshore-health.org", "portal.valleymed.example", "pacs.stlukes.example",
                               "records.cityhealth.example", "docs.example-hie.net", "share.telehealth.example"))
            value = rng.choice((f"https://{host}/patients/{V.digits(rng, 7)}/chart",
                                f"https://{host}/doc?id={V.digits(rng, 9)}&pt={V.digits(rng, 6)}",
                                f"https://{host}/s/{V.letters(rng, 4)}{V.digits(rng, 6)}",
                                f"http://{host}/viewer/study/1.2.840.{V.digits(rng, 6)}.{V.digits(rng, 4)}"))
        return self.ident("url", value)

    def biometric(self) -> str:
        return self.ident("biometric", V.biometric(self.rng))

    def photo(self) -> str:
        return self.ident("photo", V.photo(self.rng, V.recent_date(self.rng)))

    def other_id(self) -> str:
        return self.ident("other_id", V.other_id(self.rng))

    def street(self, place: Place) -> str:
        line = f"{place.street} {place.unit}".strip() if place.unit and self.rng.random() < 0.6 else place.street
        return self.board.put(Plant("street", line, V.street_probes(line), identifier=True))

    def city(self, place: Place) -> str:
        return self.ident("city", place.city, (place.city,))

    def zip(self, place: Place) -> str:
        code = place.postcode
        if place.us and self.rng.random() < 0.2:
            code = f"{code}-{V.digits(self.rng, 4)}"
        return self.ident("zip", code, tuple(dict.fromkeys((code, code[:5] if place.us else code))))

    def region(self, place: Place) -> str:
        """A US state is allowed to stay (a keep); a foreign region is written as neutral, unscored text."""
        if place.us:
            return self.keep("state", STATE_NAMES[place.region] if self.rng.random() < 0.3 else place.region)
        return place.region

    def address_line(self, place: Place) -> str:
        """``street, city, region postcode[, country]`` on one line."""
        tail = f", {place.country}" if not place.us else ""
        return f"{self.street(place)}, {self.city(place)}, {self.region(place)} {self.zip(place)}{tail}"

    # -- keeps ---------------------------------------------------------------------------------------------
    def keep(self, kind: str, value: str | None = None) -> str:
        value = value if value is not None else self.rng.choice(V.KEEPS[kind])
        return self.board.put(Plant(kind, value, (value,), identifier=False))

    def pick(self, *options: Any) -> Any:
        return self.rng.choice(options)
