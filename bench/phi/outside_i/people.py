"""People, places and numbers drawn for one document, each identifier planted as it is written into the text."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.phi.outside_kit.months import MONTHS
from bench.phi.outside_kit.plant import Plant

from .names import ENGLISH_WORDS, FAMILY_FIRST, GROUPS, NICKNAMES, REGION_GROUPS, STAFF, STAFF_GIVEN

# The Midwest holds eleven of the cultures, so it is drawn as often as the other US regions together.
US_REGIONS = ["midwest", "midwest", "midwest", "texas", "florida", "hawaii"]

PLACES: dict[str, list[tuple[str, str, str, str]]] = {  # city, state, ZIP or postcode, county or region
    "midwest": [
        ("Saint Paul", "MN", "55106", "Ramsey County"),
        ("Rochester", "MN", "55901", "Olmsted County"),
        ("Fargo", "ND", "58103", "Cass County"),
        ("Sioux Falls", "SD", "57104", "Minnehaha County"),
        ("Eau Claire", "WI", "54701", "Eau Claire County"),
        ("Wausau", "WI", "54403", "Marathon County"),
        ("Cedar Rapids", "IA", "52402", "Linn County"),
        ("Decorah", "IA", "52101", "Winneshiek County"),
        ("Omaha", "NE", "68107", "Douglas County"),
        ("Grand Rapids", "MI", "49507", "Kent County"),
        ("Holland", "MI", "49423", "Ottawa County"),
        ("Brooklyn Park", "MN", "55445", "Hennepin County"),
        ("Willmar", "MN", "56201", "Kandiyohi County"),
        ("Owatonna", "MN", "55060", "Steele County"),
    ],
    "texas": [
        ("McAllen", "TX", "78501", "Hidalgo County"),
        ("Laredo", "TX", "78041", "Webb County"),
        ("Houston", "TX", "77036", "Harris County"),
        ("El Paso", "TX", "79905", "El Paso County"),
        ("Brownsville", "TX", "78520", "Cameron County"),
        ("Pasadena", "TX", "77506", "Harris County"),
        ("San Antonio", "TX", "78207", "Bexar County"),
    ],
    "florida": [
        ("Hialeah", "FL", "33012", "Miami-Dade County"),
        ("Kissimmee", "FL", "34741", "Osceola County"),
        ("Doral", "FL", "33178", "Miami-Dade County"),
        ("North Miami", "FL", "33161", "Miami-Dade County"),
        ("Orlando", "FL", "32822", "Orange County"),
        ("Tampa", "FL", "33614", "Hillsborough County"),
        ("Delray Beach", "FL", "33444", "Palm Beach County"),
    ],
    "hawaii": [
        ("Hilo", "HI", "96720", "Hawaii County"),
        ("Kaneohe", "HI", "96744", "Honolulu County"),
        ("Waipahu", "HI", "96797", "Honolulu County"),
        ("Wailuku", "HI", "96793", "Maui County"),
        ("Lihue", "HI", "96766", "Kauai County"),
        ("Pearl City", "HI", "96782", "Honolulu County"),
    ],
    "au": [
        ("Marrickville", "NSW", "2204", ""),
        ("Parramatta", "NSW", "2150", ""),
        ("Footscray", "VIC", "3011", ""),
        ("Oakleigh", "VIC", "3166", ""),
        ("Cabramatta", "NSW", "2166", ""),
        ("Darwin", "NT", "0800", ""),
        ("Alice Springs", "NT", "0870", ""),
        ("Toowoomba", "QLD", "4350", ""),
        ("Dubbo", "NSW", "2830", ""),
        ("Port Adelaide", "SA", "5015", ""),
    ],
    "nz": [
        ("Otara", "Auckland", "2023", ""),
        ("Porirua", "Wellington", "5022", ""),
        ("Rotorua", "", "3010", ""),
        ("Gisborne", "", "4010", ""),
        ("Mangere", "Auckland", "2022", ""),
        ("Dunedin", "", "9016", ""),
        ("Hamilton", "", "3204", ""),
        ("Whangārei", "", "0110", ""),
    ],
}
STREETS = {
    "us": [
        "Elm",
        "Summit",
        "Cedar Lake",
        "Maplewood",
        "Larpenteur",
        "Galveston",
        "Bougainvillea",
        "Kamehameha",
        "Ala Moana",
        "Palmetto",
        "Dodge",
        "Prairie View",
        "Kalanianaole",
        "Flagler",
        "Bissonnet",
        "Nicollet",
    ],
    "us_sfx": ["St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Way", "Ct", "Street", "Avenue", "Hwy"],
    "oz": [
        "Wattle",
        "Illawarra",
        "Banksia",
        "Kurrajong",
        "Tui",
        "Pohutukawa",
        "Great South",
        "Karangahape",
        "Marion",
        "Bungalow",
        "Jacaranda",
        "Cumberland",
        "Riccarton",
        "Ponsonby",
        "Stuart",
    ],
    "oz_sfx": ["St", "Rd", "Pde", "Cres", "Tce", "Ave", "Place", "Street", "Road", "Drive", "Close"],
}


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    group: str
    female: bool
    english: bool
    middle: str
    nick: str


class Fakers:
    """Shared draw tables (kept in one place so each shape reads only what it writes)."""

    groups = GROUPS
    regions = REGION_GROUPS


class Ctx:
    """One document's random draws and its Plant."""

    def __init__(self, rng: random.Random, fakers: Fakers) -> None:
        self.r = rng
        self.f = fakers
        self.p = Plant()
        self.region = rng.choice([*US_REGIONS, "au", "nz"])

    # --- small helpers ------------------------------------------------------------------------------
    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    @property
    def oz(self) -> bool:
        return self.region in ("au", "nz")

    # --- people -------------------------------------------------------------------------------------
    def person(self, region: str | None = None, female: bool | None = None) -> Person:
        region = region or self.region
        female = self.chance(0.5) if female is None else female
        if self.chance(0.25):
            fem, male, fam = ENGLISH_WORDS
            group, english = "English", True
        else:
            group = self.pick(self.f.regions[region])
            fem, male, fam = self.f.groups[group]
            english = False
        given = self.pick(fem if female else male)
        family = self.pick(fam)
        if given == family:
            family = self.pick(fam)
        return Person(given, family, group, female, english, self.pick("ABCDEFGHJKLMNPRSTW"), self.pick(NICKNAMES))

    def name(self, who: Person, form: str | None = None) -> str:
        """Write a person's name in one of the forms records use, planting what was written."""
        forms = ["First Last", "LAST, FIRST M", "Last, First", "F. Last", "lower", "UPPER", "nick", "Last First M"]
        form = form or self.pick(forms)
        g, f = who.given, who.family
        if who.group in FAMILY_FIRST and form in ("First Last", "lower", "UPPER") and self.chance(0.6):
            g, f = f, g  # family name first, as written at home
        text = {
            "First Last": f"{g} {f}",
            "LAST, FIRST M": f"{who.family.upper()}, {who.given.upper()} {who.middle}",
            "Last, First": f"{who.family}, {who.given}",
            "F. Last": f"{who.given[0]}. {who.family}",
            "lower": f"{g} {f}".lower(),
            "UPPER": f"{g} {f}".upper(),
            "nick": f'{who.given} "{who.nick}" {who.family}',
            "Last First M": f"{who.family} {who.given} {who.middle}",
            "HL7": f"{who.family.upper()}^{who.given.upper()}^{who.middle}",
        }[form]
        return self.p.name(text, who.english)

    def family(self, who: Person, upper: bool = False) -> str:
        return self.p.name(who.family.upper() if upper else who.family, who.english)

    def given(self, who: Person) -> str:
        return self.p.name(who.given, who.english)

    def staff(self, title: bool = True) -> str:
        """A clinician or staff member: written, never planted."""
        last = self.pick(STAFF)
        if not title:
            return f"{self.pick(STAFF_GIVEN)} {last}"
        return self.pick(
            [
                f"Dr. {last}",
                f"{last}, MD",
                f"{self.pick(STAFF_GIVEN)} {last}, RN",
                f"{last} PharmD",
                f"{self.pick(STAFF_GIVEN)[0]}. {last}",
            ]
        )

    # --- dates --------------------------------------------------------------------------------------
    def date(self, form: str | None = None, year_from: int = 2023, year_to: int = 2026) -> str:
        y, m, d = self.r.randint(year_from, year_to), self.r.randint(1, 12), self.r.randint(1, 28)
        us = ["mdy", "mdy_short", "iso", "long", "dmy_mon"]
        oz = ["dmy", "iso", "dmy_mon", "dmy_long"]
        form = form or self.pick(oz if self.oz else us)
        mon = MONTHS[m - 1]
        text, probe = {
            "mdy": (f"{m:02d}/{d:02d}/{y}", rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)"),
            "mdy_short": (f"{m}/{d}/{y % 100:02d}", rf"(?<!\d)0?{m}[/.-]0?{d}(?!\d)"),
            "iso": (f"{y}-{m:02d}-{d:02d}", rf"(?<!\d){m:02d}-{d:02d}(?!\d)"),
            "long": (f"{mon} {d}, {y}", rf"{mon[:3]}\w*\.? {d}(?!\d)"),
            "dmy_mon": (f"{d:02d}-{mon[:3].upper()}-{y}", rf"(?<!\d)0?{d}[- ]{mon[:3]}"),
            "dmy": (f"{d:02d}/{m:02d}/{y}", rf"(?<!\d)0?{d}[/.-]0?{m}(?!\d)"),
            "dmy_long": (f"{d} {mon} {y}", rf"(?<!\d){d} {mon[:3]}"),
            "hl7": (f"{y}{m:02d}{d:02d}", rf"\d{{4}}{m:02d}{d:02d}"),
        }[form]
        return self.p.id("DATE", text, probe)

    def dob(self, form: str | None = None) -> str:
        return self.date(form, 1931, 2024)

    def age90(self, form: str | None = None) -> str:
        n = self.r.randint(90, 104)
        text = (form or self.pick(["{n} y/o", "{n}-year-old", "{n}yo", "aged {n}", "{n} yrs"])).format(n=n)
        return self.p.id("AGE", text, rf"(?<!\d){n}(?!\d)")

    def time(self) -> str:
        return f"{self.r.randint(6, 22):02d}:{self.r.randint(0, 59):02d}"

    # --- places -------------------------------------------------------------------------------------
    def place(self) -> tuple[str, str, str, str]:
        return self.pick(PLACES[self.region])

    def street(self) -> str:
        num = str(self.r.randint(3, 9899))
        if self.oz:
            name, sfx = self.pick(STREETS["oz"]), self.pick(STREETS["oz_sfx"])
            prefix = self.pick(["", "", f"Unit {self.r.randint(1, 12)}/", f"{self.r.randint(1, 9)}/"])
            text = f"{prefix}{num} {name} {sfx}"
        else:
            name, sfx = self.pick(STREETS["us"]), self.pick(STREETS["us_sfx"])
            text = f"{num} {self.pick(['', 'N ', 'W ', 'SE '])}{name} {sfx}" + self.pick(
                ["", "", f" Apt {self.r.randint(1, 40)}"]
            )
        first = text.split(num, 1)[1].split()[0]
        return self.p.id("STREET", text, rf"(?<!\d){num}\W+{re.escape(first)}")

    def address(self, one_line: bool = True) -> str:
        """A full planted address in the region's layout."""
        city, state, code, _ = self.place()
        street = self.street()
        c = self.p.id("CITY", city)
        if self.oz:
            pc = self.p.id("POSTAL_ABROAD", code)
            tail = f"{c} {state} {pc}".replace("  ", " ") if state else f"{c} {pc}"
        else:
            z = self.zip(code)
            tail = f"{c}, {state} {z}"
        return f"{street}, {tail}" if one_line else f"{street}\n{tail}"

    def zip(self, code: str | None = None) -> str:
        code = code or self.place()[2]
        text = code + (f"-{self.digits(4)}" if self.chance(0.3) else "")
        return self.p.id("ZIP", text, rf"(?<!\d){code}(?!\d)")

    def county(self) -> str:
        county = self.place()[3] or self.pick(PLACES["midwest"])[3]
        return self.p.id("COUNTY", county)

    # --- numbers ------------------------------------------------------------------------------------
    def phone(self, kind: str = "PHONE") -> str:
        if self.region == "au":
            text = self.pick(
                [
                    f"04{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                    f"(0{self.pick('2378')}) {self.digits(4)} {self.digits(4)}",
                    f"+61 4{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                ]
            )
        elif self.region == "nz":
            text = self.pick(
                [
                    f"021 {self.digits(3)} {self.digits(4)}",
                    f"(09) {self.digits(3)} {self.digits(4)}",
                    f"+64 27 {self.digits(3)} {self.digits(4)}",
                    f"04-{self.digits(3)} {self.digits(4)}",
                ]
            )
        else:
            a = self.pick(["612", "651", "507", "701", "956", "713", "305", "786", "407", "808", "402", "616"])
            e, l4 = f"{self.r.randint(201, 989)}", self.digits(4)
            text = self.pick([f"({a}) {e}-{l4}", f"{a}-{e}-{l4}", f"{a}.{e}.{l4}", f"+1{a}{e}{l4}", f"{a}{e}{l4}"])
        return self.p.id(kind, text)

    def fax(self) -> str:
        return self.phone("FAX")

    def email(self, who: Person | None = None) -> str:
        if who:
            base = self.pick(
                [f"{who.given}.{who.family}", f"{who.given[0]}{who.family}", f"{who.family}{self.digits(2)}"]
            )
            local = re.sub(r"[^a-z0-9.]", "", base.lower()) or "member"
        else:
            local = self.pick(
                ["sunnydays", "kiwimum", "fishing4ever", "grandmaof5", "bluey_fan", "tx.rancher"]
            ) + self.digits(2)
        domain = self.pick(
            [
                "gmail.com",
                "yahoo.com",
                "outlook.com",
                "icloud.com",
                "hotmail.com",
                "xtra.co.nz",
                "bigpond.com",
                "hawaiiantel.net",
            ]
        )
        return self.p.id("EMAIL", f"{local}@{domain}", rf"(?<![\w.]){re.escape(local)}@")

    def ssn(self) -> str:
        a, b, c = self.r.randint(100, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return self.p.id("SSN", self.pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"]))

    def mrn(self) -> str:
        return self.p.id(
            "MRN",
            self.pick(
                [
                    f"MRN{self.digits(8)}",
                    f"{self.digits(9)}",
                    f"E{self.digits(7)}",
                    f"HH-{self.digits(6)}",
                    f"{self.letters(2)}{self.digits(7)}",
                ]
            ),
        )

    def plan_id(self) -> str:
        if self.region == "au":  # Medicare card number, with its IRN
            return self.p.id(
                "PLAN_ID",
                self.pick(
                    [
                        f"2{self.digits(3)} {self.digits(5)} {self.r.randint(1, 5)}",
                        f"{self.r.randint(2, 6)}{self.digits(9)}",
                        f"{self.r.randint(2, 6)}{self.digits(3)}-{self.digits(5)}-{self.r.randint(1, 5)}",
                    ]
                ),
            )
        if self.region == "nz":
            return self.p.id("PLAN_ID", self.pick([f"SX{self.digits(7)}", f"{self.digits(8)}-00"]))
        return self.p.id(
            "PLAN_ID",
            self.pick(
                [
                    f"{self.letters(3)}{self.digits(9)}",
                    f"W{self.digits(9)}01",
                    f"{self.digits(1)}{self.letters(1)}{self.digits(1)}{self.letters(2)}"
                    f"{self.digits(2)}{self.letters(2)}{self.digits(2)}",
                    f"MCD{self.digits(8)}",
                    f"{self.digits(11)}",
                ]
            ),
        )

    def national_id(self) -> str:
        """IHI (Australia) or NHI (New Zealand); elsewhere a state or insurer's case number."""
        if self.region == "au":
            return self.p.id("OTHER_ID", f"8003 60{self.digits(2)} {self.digits(4)} {self.digits(4)}")
        if self.region == "nz":
            return self.p.id(
                "OTHER_ID",
                self.pick(
                    [f"{self.letters(3)}{self.digits(4)}", f"{self.letters(3)}{self.digits(2)}{self.letters(2)}"]
                ),
            )
        return self.other_id()

    def other_id(self) -> str:
        return self.p.id(
            "OTHER_ID",
            self.pick(
                [
                    f"CASE-{self.digits(7)}",
                    f"UM{self.digits(9)}",
                    f"APL-{self.digits(2)}-{self.digits(6)}",
                    f"GRV{self.digits(8)}",
                    f"PA{self.digits(10)}",
                ]
            ),
        )

    def account(self) -> str:
        return self.p.id(
            "ACCOUNT",
            self.pick(
                [
                    f"{self.digits(10)}",
                    f"ACCT-{self.digits(8)}",
                    f"G{self.digits(9)}",
                    f"{self.digits(4)}-{self.digits(6)}",
                ]
            ),
        )

    def license(self) -> str:
        if self.oz:
            return self.p.id(
                "LICENSE",
                self.pick(
                    [f"{self.digits(8)}", f"DL{self.digits(6)}{self.letters(1)}", f"{self.letters(2)}{self.digits(6)}"]
                ),
            )
        return self.p.id(
            "LICENSE",
            self.pick(
                [
                    f"{self.letters(1)}{self.digits(12)}",
                    f"{self.letters(1)}{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                    f"{self.digits(9)}",
                    f"H{self.digits(8)}",
                ]
            ),
        )

    def vehicle(self) -> str:
        vin = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        plate = (
            f"{self.digits(1)}{self.letters(3)}{self.digits(3)}"
            if self.oz
            else f"{self.letters(3)}-{self.digits(4)}"
            if self.chance(0.5)
            else f"{self.digits(3)} {self.letters(3)}"
        )
        return self.p.id("VEHICLE", self.pick([vin, plate]))

    def mac(self) -> str:
        """A wearable's Bluetooth address, a device identifier."""
        return self.p.id("DEVICE", ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(6)))

    def device(self) -> str:
        return self.p.id(
            "DEVICE",
            self.pick(
                [
                    f"SN{self.digits(10)}",
                    f"{self.letters(2)}{self.digits(6)}{self.letters(1)}",
                    f"{self.digits(3)}-{self.digits(5)}-{self.letters(2)}",
                    ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(6)),
                ]
            ),
        )

    def url(self, who: Person | None = None) -> str:
        tail = self.pick(["photos/", "p/", "u/"]) + self.digits(7)
        host = self.pick(
            [
                "myportal.northstarhealth.org",
                "share.carelinkmail.com",
                "drive.example-cloud.com",
                "patient.kaimedical.net",
                "mychart.sunlake.org",
            ]
        )
        return self.p.id("URL", f"https://{host}/{tail}")

    def ip(self) -> str:
        if self.chance(0.2):
            return self.p.id(
                "IP",
                f"2001:db8:{self.r.randint(1, 0xFFFF):x}:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFFF):x}",
            )
        return self.p.id(
            "IP",
            f"{self.r.randint(11, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
        )

    def biometric(self) -> str:
        return self.p.id(
            "BIOMETRIC",
            self.pick(
                [
                    f"VP-{self.digits(4)}-{self.letters(4)}{self.digits(2)}",
                    f"FPT{self.digits(9)}",
                    f"iris-{self.letters(2)}{self.digits(8)}",
                ]
            ),
        )

    def photo(self) -> str:
        return self.p.id(
            "PHOTO",
            self.pick(
                [
                    f"IMG_{self.digits(4)}{self.letters(2)}{self.digits(3)}.jpg",
                    f"photo_{self.digits(9)}.heic",
                    f"face_{self.letters(3)}{self.digits(6)}.png",
                ]
            ),
        )
