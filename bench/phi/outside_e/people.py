"""People to plant: names from many cultures (a quarter of them ordinary English words), birth dates, homes
at home and abroad, phones and e-mail addresses, all drawn from one ``random.Random``."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass
from functools import cache

from faker import Faker

# Locales whose Faker names are written in Latin letters, and those (fewer people) written in their own script.
LATIN_LOCALES = (
    "en_US", "en_US", "en_US", "en_GB", "en_IE", "ga_IE", "es_MX", "es_MX", "es_ES", "es_CO", "fr_FR", "de_DE",
    "it_IT", "pt_BR", "pl_PL", "nl_NL", "tr_TR", "vi_VN", "en_IN", "yo_NG", "ig_NG", "ha_NG", "en_KE",
    "sv_SE", "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "tw_GH", "zu_ZA", "fil_PH", "id_ID", "da_DK", "hr_HR",
)
ROMANIZED_LOCALES = ("zh_CN", "ja_JP")
NATIVE_LOCALES = ("ru_RU", "uk_UA", "hi_IN", "el_GR", "fa_IR", "ar_SA", "he_IL", "ko_KR", "zh_CN", "ja_JP")

# Names that are also ordinary English words (colours, trades, nature, virtues, months...).
WORD_GIVEN = (
    "Hope", "Faith", "Grace", "Joy", "Rose", "Lily", "Daisy", "Iris", "Ivy", "Violet", "Hazel", "Amber", "Ruby",
    "Pearl", "June", "April", "May", "Summer", "Autumn", "Dawn", "River", "Heather", "Holly", "Olive", "Sage",
    "Will", "Mark", "Bill", "Drew", "Chase", "Hunter", "Mason", "Frank", "Grant", "Patience", "Honor", "Dale",
    "Glen", "Cliff", "Sunny", "Angel", "Star", "Melody", "Destiny", "Jack", "Brook", "Robin", "Wren", "Jay",
    "Fern", "Clay", "Reed", "Gray", "Rusty", "Penny", "Crystal", "Charity", "Ginger", "Misty", "Storm",
)
WORD_FAMILY = (
    "Smith", "Baker", "Mason", "Carpenter", "Cooper", "Fisher", "Hunter", "Miller", "Taylor", "Turner", "Walker",
    "Weaver", "Porter", "Butler", "Cook", "Shepherd", "Brown", "Green", "White", "Black", "Gray", "Young",
    "Long", "Short", "Strong", "Little", "Good", "Best", "Bright", "Rich", "Wise", "Moody", "Bird", "Fox",
    "Wolf", "Crane", "Swan", "Hawk", "Finch", "Sparrow", "Lamb", "Hill", "Wood", "Field", "Brooks", "Rivers",
    "Stone", "Banks", "Rose", "Bush", "Moss", "Marsh", "Lake", "Snow", "Frost", "Winter", "March", "Day",
    "Knight", "King", "Bishop", "Dean", "Church", "Hall", "Price", "Cash", "Love", "Bond", "Gold", "Silver",
    "Steel", "Page", "Sharp", "Swift", "Wild", "Bell", "Power", "Ward", "Case", "Chance", "Cross", "Sterling",
    "Summers", "Woods", "Early", "Moon", "Sweet", "Hardy", "Noble", "Savage", "Friend", "Goodman", "Glass",
)
PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "de", "da", "dos", "das", "bin", "ibn", "abu",
                       "bint", "al", "el", "la", "le", "di", "du", "mac", "mc", "ter", "ten", "st"})


@dataclass(frozen=True)
class Address:
    """A home: ``street_form`` is the part of the street line whose survival identifies it."""

    number: str
    street: str
    street_form: str
    unit: str
    city: str
    region: str
    postcode: str
    postcode_form: str
    county: str
    country: str


@dataclass(frozen=True)
class Phone:
    """A phone number: ``national`` digits (no trunk 0) are its leak form; ``text`` how it is written."""

    national: str
    text: str


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str
    english: bool
    locale: str
    sex: str
    birth: dt.date
    home: Address
    phone: Phone
    email: str

    @property
    def parts(self) -> tuple[str, ...]:
        """The name's parts whose survival as a whole word counts as a leak."""
        words: list[str] = []
        for piece in (self.given, self.middle, self.family):
            for word in piece.replace("-", " ").split():
                if word.lower() in PARTICLES:
                    continue
                if len(word) >= 2 or any(ord(ch) >= 0x2E80 for ch in word):
                    words.append(word)
        return tuple(dict.fromkeys(words))


@cache
def faker_for(locale: str) -> Faker:
    return Faker(locale)


def _seeded(rng: random.Random, locale: str) -> Faker:
    fake = faker_for(locale)
    fake.seed_instance(rng.getrandbits(32))
    return fake


def _clean(name: str) -> str:
    """One word-ish name: Faker sometimes returns titles or two words where we want one."""
    name = name.strip().split()[-1] if name.strip().lower().startswith(("mr", "ms", "dr", "mrs")) else name.strip()
    return unicodedata.normalize("NFC", name.replace('"', "").replace("\\", ""))


def draw_name(rng: random.Random) -> tuple[str, str, str, bool, str]:
    """(given, middle, family, english-word name, locale)."""
    roll = rng.random()
    if roll < 0.08:
        locale = rng.choice(NATIVE_LOCALES)
        fake = _seeded(rng, locale)
        given, family = _clean(fake.first_name()), _clean(fake.last_name())
    elif roll < 0.14:
        locale = rng.choice(ROMANIZED_LOCALES)
        fake = _seeded(rng, locale)
        given, family = _clean(fake.first_romanized_name()), _clean(fake.last_romanized_name())
    else:
        locale = rng.choice(LATIN_LOCALES)
        fake = _seeded(rng, locale)
        given, family = _clean(fake.first_name()), _clean(fake.last_name())
    english = False
    if rng.random() < 0.25:
        english = True
        which = rng.random()
        if which < 0.4:
            given = rng.choice(WORD_GIVEN)
        elif which < 0.8:
            family = rng.choice(WORD_FAMILY)
        else:
            given, family = rng.choice(WORD_GIVEN), rng.choice(WORD_FAMILY)
    middle = ""
    if locale.startswith(("en_", "es_", "pt_")) and rng.random() < 0.2:
        middle = rng.choice(WORD_GIVEN) if english and rng.random() < 0.5 else _clean(_seeded(rng, locale).first_name())
    return given, middle, family, english, locale


US_STATES = ("MA", "NY", "CA", "TX", "FL", "IL", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MN", "OR", "NM")
US_COUNTIES = (
    "Middlesex", "Suffolk", "Essex", "Worcester", "Hampden", "Kings", "Queens", "Cook", "Harris", "Maricopa",
    "Bexar", "Travis", "Fulton", "Cuyahoga", "Hennepin", "Multnomah", "Wake", "Mecklenburg", "Orange",
    "Riverside", "Broward", "Pima", "Bernalillo", "Washtenaw", "Onondaga", "Erie", "Dane", "Polk",
)
US_STREET_CORES = (
    "Maple", "Oak", "Elm", "Cedar", "Willow", "Birch", "Sycamore", "Chestnut", "Juniper", "Magnolia", "Laurel",
    "Hawthorne", "Prospect", "Pleasant", "Highland", "Lakeview", "Ridgewood", "Fairmount", "Beacon", "Harbor",
    "Meadowbrook", "Sunset", "Kenwood", "Greenleaf", "Whitney", "Lincoln", "Jefferson", "Franklin", "Tremont",
    "Cottage Grove", "Old Mill", "Quarry Hill", "Orchard", "Bayberry", "Pine Ridge", "Stony Brook", "Winding Way",
)
US_SUFFIXES = (("Street", "St", "ST."), ("Avenue", "Ave", "AVE"), ("Road", "Rd", "RD"), ("Lane", "Ln", "LN"),
               ("Drive", "Dr", "DR"), ("Court", "Ct", "CT"), ("Boulevard", "Blvd", "BLVD"), ("Terrace", "Ter", "TER"),
               ("Place", "Pl", "PL"), ("Circle", "Cir", "CIR"))

# Abroad: Faker locale for street and city, a postcode maker, and how national numbers look.
ABROAD = {
    "GB": ("en_GB", lambda r: f"{r.choice('BLMNS')}{r.choice('EWNS')}{r.randint(1, 19)} {r.randint(1, 9)}"
           f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}", "+44", "20 {4} {4}"),
    "IE": ("en_IE", lambda r: f"D{r.randint(1, 24):02d} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(100, 999)}",
           "+353", "1 {3} {4}"),
    "FR": ("fr_FR", lambda r: f"{r.randint(1000, 95999):05d}", "+33", "{1} {2} {2} {2} {2}"),
    "DE": ("de_DE", lambda r: f"{r.randint(10000, 99999)}", "+49", "30 {4} {4}"),
    "IT": ("it_IT", lambda r: f"{r.randint(10000, 98999):05d}", "+39", "06 {4} {4}"),
    "ES": ("es_ES", lambda r: f"{r.randint(1000, 52999):05d}", "+34", "91 {3} {2} {2}"),
    "MX": ("es_MX", lambda r: f"{r.randint(10000, 99999)}", "+52", "55 {4} {4}"),
    "BR": ("pt_BR", lambda r: f"{r.randint(10000, 99999)}-{r.randint(100, 999)}", "+55", "11 9{4}-{4}"),
    "PL": ("pl_PL", lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}", "+48", "{3} {3} {3}"),
    "NL": ("nl_NL", lambda r: f"{r.randint(1000, 9999)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
           f"{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}", "+31", "6 {4} {4}"),
    "IN": ("en_IN", lambda r: f"{r.randint(110001, 855999)}", "+91", "9{4} {5}"),
    "CA": ("en_CA", lambda r: f"{r.choice('KLMNT')}{r.randint(1, 9)}{r.choice('ABCEGH')} {r.randint(1, 9)}"
           f"{r.choice('ABCEGH')}{r.randint(1, 9)}", "+1", "416-{3}-{4}"),
    "AU": ("en_AU", lambda r: f"{r.randint(2000, 7999)}", "+61", "4{2} {3} {3}"),
    "PH": ("en_PH", lambda r: f"{r.randint(1000, 9999)}", "+63", "917 {3} {4}"),
    "NG": ("en_NG", lambda r: f"{r.randint(100001, 999999)}", "+234", "803 {3} {4}"),
}


# Faker's it_IT cities are drawn from a set, whose order follows PYTHONHASHSEED: Italy's come from here.
ITALIAN_CITIES = ("Bergamo", "Lecco", "Cremona", "Pavia", "Frosinone", "Civitavecchia", "Sassuolo", "Carpi",
                  "Bitonto", "Marsala", "Cefalù", "Rovereto", "Vigevano", "Faenza", "Gallarate", "Sulmona")


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def _fill(rng: random.Random, pattern: str) -> str:
    """Replace each ``{n}`` in ``pattern`` by n random digits."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "{":
            end = pattern.index("}", i)
            out.append(_digits(rng, int(pattern[i + 1:end])))
            i = end + 1
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def us_phone(rng: random.Random) -> Phone:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
    exch = f"{rng.randint(2, 9)}{_digits(rng, 2)}"
    line = _digits(rng, 4)
    style = rng.randrange(6)
    text = (f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}", f"+1 {area} {exch} {line}",
            f"{area}{exch}{line}", f"1-{area}-{exch}-{line}")[style]
    return Phone(area + exch + line, text)


def abroad_phone(rng: random.Random, country: str) -> Phone:
    _, _, code, pattern = ABROAD[country]
    national = _fill(rng, pattern)
    text = f"{code} {national}" if rng.random() < 0.7 else ("0" + national if code != "+1" else national)
    return Phone("".join(ch for ch in national if ch.isdigit()), text)


def us_home(rng: random.Random) -> Address:
    core = rng.choice(US_STREET_CORES)
    suffix = rng.choice(rng.choice(US_SUFFIXES))
    zip5 = f"{rng.randint(1001, 99950):05d}"
    postcode = zip5 if rng.random() < 0.7 else f"{zip5}-{_digits(rng, 4)}"
    unit = rng.choice(("", "", "", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f"Unit {rng.randint(100, 999)}"))
    city = _clean(_seeded(rng, "en_US").city()) if rng.random() < 0.5 else _seeded(rng, "en_US").city()
    return Address(str(rng.randint(2, 9899)), f"{core} {suffix}", core, unit, city, rng.choice(US_STATES),
                   postcode, zip5, rng.choice(US_COUNTIES), "US")


def abroad_home(rng: random.Random, country: str) -> Address:
    locale, postcode_of, _, _ = ABROAD[country]
    fake = _seeded(rng, locale)
    street = fake.street_name().replace('"', "")
    postcode = postcode_of(rng)
    city = rng.choice(ITALIAN_CITIES) if country == "IT" else fake.city().replace('"', "")
    return Address(str(rng.randint(1, 240)), street, street, "", city, "", postcode, postcode, "", country)


def ascii_fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii() and (ch.isalnum() or ch in "._-"))


def draw_person(rng: random.Random, *, min_age: int = 0, max_age: int = 88, today: dt.date) -> Person:
    given, middle, family, english, locale = draw_name(rng)
    age_days = rng.randint(min_age * 366, max_age * 365 + 300)
    birth = today - dt.timedelta(days=age_days)
    if rng.random() < 0.72:
        home, phone = us_home(rng), us_phone(rng)
    else:
        country = rng.choice(sorted(ABROAD))
        home, phone = abroad_home(rng, country), abroad_phone(rng, country)
    local = ascii_fold(given).lower() or "pt"
    last = ascii_fold(family).lower() or str(rng.randint(10, 99))
    domain = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "web.de", "orange.fr",
                         "hotmail.co.uk", "comcast.net", "gmx.net", "qq.com", "mail.ru", "uol.com.br"))
    email = rng.choice((f"{local}.{last}@{domain}", f"{local[:1]}{last}{rng.randint(1, 99)}@{domain}",
                        f"{last}_{local}{birth.year % 100:02d}@{domain}"))
    return Person(given, family, middle, english, locale, rng.choice("FM"), birth, home, phone, email)
