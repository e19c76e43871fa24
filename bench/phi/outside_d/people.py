"""Persons and places: names from many cultures (one person in five carries an English word as a name) and
addresses from several countries, drawn from Faker instances seeded from the corpus seed."""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

# Given names and family names that are also everyday English words; the report splits name recall on them.
WORD_GIVEN = (
    "Hope", "Faith", "Grace", "Joy", "June", "May", "April", "Iris", "Holly", "Ivy", "Rose", "Daisy", "Violet",
    "Pearl", "Ruby", "Amber", "Dawn", "Summer", "Autumn", "Sky", "River", "Hunter", "Mason", "Chase", "Wade",
    "Dale", "Glen", "Cliff", "Lane", "Frank", "Mark", "Will", "Bill", "Penny", "Sandy", "Crystal", "Rocky",
    "Forrest", "Baker", "Miles", "Guy", "Rich", "Sterling", "Storm", "Melody", "Destiny", "Harmony", "Patience",
)
WORD_FAMILY = (
    "Baker", "Cook", "Hunter", "Fisher", "Carpenter", "Mason", "Miller", "Taylor", "Turner", "Walker", "Porter",
    "Brown", "Green", "White", "Black", "Gray", "Young", "Wood", "Hill", "Stone", "Rivers", "Fields", "Bush",
    "Lake", "Brook", "Moss", "Marsh", "Frost", "Snow", "Winter", "Knight", "King", "Bishop", "Church", "Hall",
    "Bell", "Rose", "Price", "Little", "Long", "Sharp", "Strong", "Wise", "Hart", "Fox", "Wolf", "Bird", "Swan",
    "Crane", "Drake", "Lamb", "Root", "Banks", "Ball", "Page", "Small", "Short", "Sweet", "Day", "Love", "Best",
    "Cash", "Power", "Head", "Field", "Glass", "Potter", "Weaver", "Shepherd", "Steward", "Chandler", "Gardner",
    "Coward", "Savage", "Friend", "Pope", "Noble", "Rich", "Sparrow", "Woods", "Sterling", "Booth", "Cross",
)
_WORDS = frozenset(word.lower() for word in WORD_GIVEN + WORD_FAMILY)

# Locales for names; weights roughly follow a large US urban hospital with many immigrant communities.
NAME_LOCALES = (
    ("en_US", 18), ("en_GB", 4), ("en_IE", 2), ("es_MX", 10), ("es_ES", 2), ("pt_BR", 4), ("fr_FR", 3),
    ("de_DE", 3), ("it_IT", 3), ("pl_PL", 3), ("nl_NL", 2), ("tr_TR", 2), ("ru_RU", 2), ("uk_UA", 2),
    ("vi_VN", 4), ("en_IN", 5), ("yo_NG", 3), ("ig_NG", 2), ("ha_NG", 1), ("zh_CN", 5), ("ja_JP", 2),
    ("ko_KR", 3), ("ar_AA", 2), ("fa_IR", 2), ("he_IL", 1), ("el_GR", 2), ("fil_PH", 3), ("id_ID", 1),
    ("sw", 1), ("zu_ZA", 1), ("fi_FI", 1), ("sv_SE", 1), ("hu_HU", 1), ("cs_CZ", 1),
)
# Address locales (Faker's address and phone providers); the rest of the time the address is built as a US one.
ADDRESS_LOCALES = ("en_GB", "en_CA", "en_AU", "de_DE", "fr_FR", "es_MX", "pt_BR", "it_IT", "nl_NL", "en_IN")
_COUNTRY = {
    "en_GB": "United Kingdom", "en_CA": "Canada", "en_AU": "Australia", "de_DE": "Germany", "fr_FR": "France",
    "es_MX": "Mexico", "pt_BR": "Brazil", "it_IT": "Italy", "nl_NL": "Netherlands", "en_IN": "India",
}
_ROMANIZED = ("zh_CN", "ja_JP")
_EASTERN_ORDER = ("zh_CN", "ja_JP", "ko_KR", "hu_HU", "vi_VN")

_US_STREET = (
    "Maple", "Oak", "Cedar", "Washington", "Lincoln", "Elm", "Highland", "Sunset", "Jefferson", "Park", "Lakeview",
    "Ridgewood", "Chestnut", "Willow", "Franklin", "Madison", "Prospect", "Hawthorne", "Magnolia", "Sycamore",
    "Dorchester", "Juniper", "Beacon", "Tremont", "Holloway", "Kingsbury", "Saddlebrook", "Quail Run", "Fox Hollow",
)
_US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pl")
_US_CITY = (
    ("Worcester", "MA"), ("Springfield", "IL"), ("Dayton", "OH"), ("Tacoma", "WA"), ("Fresno", "CA"),
    ("Lowell", "MA"), ("Yonkers", "NY"), ("Paterson", "NJ"), ("Hialeah", "FL"), ("Laredo", "TX"),
    ("Chandler", "AZ"), ("Gresham", "OR"), ("Elgin", "IL"), ("Brockton", "MA"), ("Kenosha", "WI"),
    ("Flint", "MI"), ("Odessa", "TX"), ("Allentown", "PA"), ("Waterbury", "CT"), ("Pueblo", "CO"),
    ("Santa Ana", "CA"), ("Fall River", "MA"), ("Cedar Rapids", "IA"), ("Grand Prairie", "TX"),
    ("Murfreesboro", "TN"), ("Hoboken", "NJ"), ("Framingham", "MA"), ("Quincy", "MA"), ("Pawtucket", "RI"),
)
STATE_NAMES = {
    "MA": "Massachusetts", "IL": "Illinois", "OH": "Ohio", "WA": "Washington", "CA": "California", "NY": "New York",
    "NJ": "New Jersey", "FL": "Florida", "TX": "Texas", "AZ": "Arizona", "OR": "Oregon", "WI": "Wisconsin",
    "MI": "Michigan", "PA": "Pennsylvania", "CT": "Connecticut", "CO": "Colorado", "IA": "Iowa", "TN": "Tennessee",
    "RI": "Rhode Island",
}


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str
    locale: str
    female: bool
    eastern_order: bool

    @property
    def english_word(self) -> bool:
        return self.given.lower() in _WORDS or self.family.lower() in _WORDS


@dataclass(frozen=True)
class Place:
    """A postal address; ``region`` is a state (kept under Safe Harbor) or a foreign region, ``us`` says which."""

    street: str
    unit: str
    city: str
    region: str
    postcode: str
    country: str
    us: bool


class Population:
    """Draws persons and places; every Faker instance is seeded from one rng so the corpus depends on the seed."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker]) -> None:
        self._rng = rng
        self._fakers = fakers
        self._name_locales = [locale for locale, _ in NAME_LOCALES]
        self._name_weights = [weight for _, weight in NAME_LOCALES]

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            self._fakers[locale] = Faker(locale)
        fake = self._fakers[locale]
        fake.seed_instance(self._rng.getrandbits(32))
        return fake

    def person(self) -> Person:
        rng = self._rng
        female = rng.random() < 0.55
        if rng.random() < 0.2:
            us = self.faker("en_US")
            given = rng.choice(WORD_GIVEN) if rng.random() < 0.5 else (
                us.first_name_female() if female else us.first_name_male())
            return Person(given, rng.choice(WORD_FAMILY), self._middle(us, female), "en_US", female, False)
        locale = rng.choices(self._name_locales, self._name_weights)[0]
        fake = self.faker(locale)
        if locale in _ROMANIZED and rng.random() < 0.7:
            given, family = fake.first_romanized_name(), fake.last_romanized_name()
        else:
            given = fake.first_name_female() if female else fake.first_name_male()
            family = fake.last_name_female() if female and hasattr(fake, "last_name_female") else fake.last_name()
        middle = self._middle(fake, female) if locale.startswith(("en_", "es_", "pt_")) else ""
        return Person(given, family, middle, locale, female, locale in _EASTERN_ORDER)

    def place(self) -> Place:
        rng = self._rng
        if rng.random() < 0.72:
            city, state = rng.choice(_US_CITY)
            street = f"{rng.randint(2, 29999)} {rng.choice(_US_STREET)} {rng.choice(_US_SUFFIX)}"
            unit = rng.choice(("", "", "", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                               f"Unit {rng.randint(1, 900)}", f"# {rng.randint(2, 60)}"))
            return Place(street, unit, city, state, f"{rng.randint(1001, 99950):05d}", "USA", True)
        locale = rng.choice(ADDRESS_LOCALES)
        fake = self.faker(locale)
        street = " ".join(fake.street_address().replace('"', "").split())
        region = fake.administrative_unit() if hasattr(fake, "administrative_unit") else ""
        return Place(street, "", self._city(fake), region, fake.postcode(), _COUNTRY[locale], False)

    def _city(self, fake: Faker) -> str:
        """A listed city drawn in sorted order: some Faker locales build their list from a set, whose order (and so
        the seeded draw) would follow PYTHONHASHSEED."""
        for provider in fake.factories[0].providers:
            listed = getattr(provider, "cities", None)
            if isinstance(listed, (list, tuple)) and listed:
                return self._rng.choice(sorted(set(listed)))
        return fake.city()

    def provider(self) -> str:
        """A clinician's name: not planted (Safe Harbor covers the patient, relatives and household)."""
        fake = self.faker(self._rng.choice(("en_US", "en_US", "en_GB", "es_MX", "en_IN", "de_DE")))
        return f"{fake.first_name()} {fake.last_name()}"

    def _middle(self, fake: Faker, female: bool) -> str:
        if self._rng.random() < 0.5:
            return ""
        return fake.first_name_female() if female else fake.first_name_male()
