"""``Pen``: writes identifiers into a document in the many ways real systems do, recording each in the Sheet."""

from __future__ import annotations

import datetime as dt
import json
import random
import string

from .people import Address, Person, Phone, draw_person, us_phone
from .plant import DIGITS, NAME, TEXT, Sheet

TODAY = dt.date(2026, 10, 19)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NAME_STYLES = ("full", "full", "family_given", "FAMILY_GIVEN", "FULL", "lower", "given", "title", "initial",
               "full_middle", "given_family_upper")


def _date_render(day: dt.date, style: int) -> tuple[str, str]:
    """(text, leak form): the form is the rendering without its year, or all of it when the year is fused in."""
    m, d, y = day.month, day.day, day.year
    mon = MONTHS[m - 1]
    options = (
        (f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}"),
        (f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}"),
        (f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}"),
        (f"{y}{m:02d}{d:02d}", f"{y}{m:02d}{d:02d}"),
        (f"{d} {mon[:3]} {y}", f"{d} {mon[:3]}"),
        (f"{mon} {d}, {y}", f"{mon} {d}"),
        (f"{d:02d}-{mon[:3].upper()}-{y}", f"{d:02d}-{mon[:3].upper()}"),
        (f"{m}/{d}/{y % 100:02d}", f"{m}/{d}/{y % 100:02d}"),
        (f"{d}/{m}/{y}", f"{d}/{m}"),
    )
    return options[style % len(options)]


class Pen:
    """Draws people and identifiers from ``rng`` and writes them, recording every one in ``sheet``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sheet = Sheet()
        self._serial = 0

    # --- people ---------------------------------------------------------------------------------------------
    def person(self, *, min_age: int = 0, max_age: int = 88) -> Person:
        return draw_person(self.rng, min_age=min_age, max_age=max_age, today=TODAY)

    def name(self, who: Person, style: str = "") -> str:
        style = style or self.rng.choice(NAME_STYLES)
        g, f, mid = who.given, who.family, who.middle
        text = {
            "full": f"{g} {f}",
            "full_middle": f"{g} {mid} {f}" if mid else f"{g} {f}",
            "family_given": f"{f}, {g}",
            "FAMILY_GIVEN": f"{f.upper()}, {g.upper()}",
            "FULL": f"{g} {f}".upper(),
            "given_family_upper": f"{g} {f.upper()}",
            "lower": f"{g} {f}".lower(),
            "given": g,
            "family": f,
            "title": f,
            "initial": f"{g[:1]}. {f}",
            "hl7": f"{f.upper()}^{g.upper()}" + (f"^{mid[:1].upper()}" if mid else ""),
            "x12_family": f.upper(),
            "x12_given": g.upper(),
            "dicom": f"{f.upper()}^{g.upper()}",
        }[style]
        if style == "title":
            text = f
        return self.sheet.put("name", text, mode=NAME, forms=who.parts, english=who.english,
                              ident=f"{g}|{mid}|{f}")

    def title(self, who: Person) -> str:
        """'Mrs. Family' and the like; only the family name is recorded."""
        prefix = self.rng.choice(("Mr.", "Mrs.", "Ms.", "Mx.", "Sr.", "Sra.", "Herr", "Frau", "Mme", "M."))
        if who.sex == "F" and prefix in ("Mr.", "Sr.", "Herr", "M."):
            prefix = "Ms."
        return f"{prefix} {self.name(who, 'title')}"

    # --- dates and ages -------------------------------------------------------------------------------------
    def date(self, day: dt.date, style: int | None = None) -> str:
        text, form = _date_render(day, self.rng.randrange(9) if style is None else style)
        mode = DIGITS if form.isdigit() else TEXT
        return self.sheet.put("date", text, mode=mode, forms=(form,), ident=day.isoformat())

    def dob(self, who: Person, style: int | None = None) -> str:
        return self.date(who.birth, style)

    def near(self, days_back: int = 400, days_ahead: int = 0) -> dt.date:
        return TODAY + dt.timedelta(days=self.rng.randint(-days_back, days_ahead))

    def age(self, years: int) -> str:
        return self.sheet.put("age", str(years), forms=(str(years),))

    # --- places and contact ---------------------------------------------------------------------------------
    def street(self, home: Address, upper: bool = False) -> str:
        text = f"{home.number} {home.street}" + (f" {home.unit}" if home.unit else "")
        if home.country not in ("US", "GB", "IE", "CA", "AU", "NG", "IN", "PH"):
            text = f"{home.street} {home.number}" if home.country in ("DE", "NL", "PL", "IT", "ES", "MX", "BR") \
                else f"{home.number} {home.street}"
        text = text.upper() if upper else text
        return self.sheet.put("street", text, forms=(home.street_form,), ident=home.street_form)

    def city(self, home: Address, upper: bool = False) -> str:
        text = home.city.upper() if upper else home.city
        return self.sheet.put("city", text, forms=(home.city,), ident=home.city)

    def postcode(self, home: Address) -> str:
        digits = "".join(ch for ch in home.postcode_form if ch.isdigit())
        if digits == home.postcode_form.replace("-", "").replace(" ", "") and len(digits) >= 5:
            return self.sheet.put("zip", home.postcode, mode=DIGITS, forms=(digits,), ident=digits)
        return self.sheet.put("zip", home.postcode, forms=(home.postcode_form,), ident=home.postcode_form)

    def county(self, home: Address) -> str:
        return self.sheet.put("county", f"{home.county} County", forms=(home.county,), ident=home.county)

    def address_line(self, home: Address, upper: bool = False) -> str:
        """One-line postal address as a letter or a note writes it."""
        street, city, code = self.street(home, upper), self.city(home, upper), self.postcode(home)
        if home.country == "US":
            return f"{street}, {city}, {home.region} {code}"
        if home.country in ("GB", "IE", "CA", "AU"):
            return f"{street}, {city} {code}, {home.country}"
        return f"{street}, {code} {city}, {home.country}"

    def phone(self, number: Phone, kind: str = "phone") -> str:
        return self.sheet.put(kind, number.text, mode=DIGITS, forms=(number.national,), ident=number.national)

    def fax(self) -> str:
        return self.phone(us_phone(self.rng), "fax")

    def email(self, who: Person) -> str:
        return self.sheet.put("email", who.email)

    # --- numbers and codes ----------------------------------------------------------------------------------
    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def letters(self, count: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(count))

    def alnum(self, count: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase + string.digits) for _ in range(count))

    def _numeric(self, kind: str, text: str) -> str:
        digits = "".join(ch for ch in text if ch.isdigit())
        return self.sheet.put(kind, text, mode=DIGITS, forms=(digits,), ident=digits)

    def ssn(self) -> str:
        a, b, c = f"{self.rng.randint(101, 665)}", f"{self.rng.randint(10, 99)}", self.digits(4)
        return self._numeric("ssn", self.rng.choice((f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}")))

    def mrn(self) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return self._numeric("mrn", self.digits(8))
        text = (f"MRN{self.digits(7)}", f"E{self.digits(9)}", f"{self.letters(2)}-{self.digits(6)}")[style - 1]
        return self.sheet.put("mrn", text)

    def plan_id(self) -> str:
        text = self.rng.choice((
            f"{self.letters(3)}{self.digits(9)}", f"W{self.digits(9)}",
            f"{self.digits(1)}{self.letters(2)}{self.digits(1)}-{self.letters(1)}{self.alnum(2)}-{self.letters(2)}"
            f"{self.digits(2)}", f"ZGP{self.digits(8)}01", f"{self.digits(11)}A",
        ))
        return self.sheet.put("plan", text)

    def group_no(self) -> str:
        """A group number names the employer's plan, not the person: neither planted nor kept."""
        return f"GRP-{self.digits(5)}"

    def account(self) -> str:
        return self._numeric("account", self.rng.choice((self.digits(10), f"{self.digits(4)}-{self.digits(6)}",
                                                        f"{self.digits(3)} {self.digits(4)} {self.digits(3)}")))

    def licence(self) -> str:
        text = self.rng.choice((
            f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"DL {self.digits(9)}",
            f"RN{self.digits(7)}", f"{self.letters(2)}{self.digits(7)}", f"MD{self.digits(6)}",
            f"LCSW-{self.digits(5)}",
        ))
        return self.sheet.put("licence", text)

    def plate(self) -> str:
        text = self.rng.choice((f"{self.digits(1)}{self.letters(3)}{self.digits(3)}",
                                f"{self.letters(2)}{self.digits(2)} {self.letters(3)}",
                                f"{self.letters(3)}-{self.digits(4)}"))
        return self.sheet.put("vehicle", text)

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.sheet.put("vehicle", "".join(self.rng.choice(chars) for _ in range(17)))

    def device(self) -> str:
        text = self.rng.choice((f"SN{self.digits(8)}", f"{self.letters(3)}{self.digits(6)}{self.letters(1)}",
                                f"(01){self.digits(14)}(21){self.alnum(8)}", f"PJN{self.digits(6)}H",
                                f"{self.alnum(4)}-{self.alnum(4)}-{self.alnum(4)}"))
        return self.sheet.put("device", text)

    def url(self, host: str = "") -> str:
        host = host or self.rng.choice(("portal.lakeside-health.org", "mychart.stbrigid.org",
                                        "telehealth.northgate.care", "files.ehr-vendor.net"))
        path = self.rng.choice(("p", "patients", "share", "v", "doc"))
        return self.sheet.put("url", f"https://{host}/{path}/{self.alnum(10).lower()}")

    def ip(self) -> str:
        if self.rng.random() < 0.2:
            text = ":".join(f"{self.rng.randint(0, 65535):x}" for _ in range(8))
        else:
            text = ".".join(str(self.rng.randint(11, 223)) for _ in range(4))
        return self.sheet.put("ip", text)

    def biometric(self) -> str:
        kind = self.rng.choice(("FPT", "VPR", "IRS", "FACE", "PALM"))
        return self.sheet.put("biometric", f"{kind}-{self.alnum(12)}")

    def photo(self, who: Person) -> str:
        text = self.rng.choice((f"IMG_{self.digits(8)}_{self.digits(6)}.jpg", f"pt_photo_{self.alnum(8).lower()}.png",
                                f"https://img.lakeside-health.org/faces/{self.alnum(12).lower()}.jpeg"))
        return self.sheet.put("photo", text)

    def other(self, prefix: str, count: int = 8) -> str:
        """Any other unique number: claim, accession, case, subject, encounter ids."""
        return self.sheet.put("other_id", f"{prefix}{self.digits(count)}")

    def keep(self, kind: str, text: str) -> str:
        return self.sheet.keep(kind, text)



def embed(value: object) -> str:
    """JSON inside text, as tools that return a serialised payload write it (non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False)
