"""One document under construction: renders identifiers in a named format and records each as gold.

Every identifier in a document goes through ``Doc``, so the gold labels are the very strings placed in the
text (``tests/unit/bench/test_outside.py`` checks each one occurs where it was planted).
"""

from __future__ import annotations

import datetime as dt
import re

from .values import (
    EMPLOYERS,
    MONTHS,
    MONTHS_DE,
    MONTHS_ES,
    RESTRICTED_ZIP3,
    WEEKDAYS,
    Draw,
    Kept,
    Person,
    Planted,
    exact,
    id_fragments,
    name_fragments,
)


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class Doc:
    """Gold and kept values of one tool result, and the renderers that put them in text."""

    def __init__(self, draw: Draw, source: str) -> None:
        self.draw = draw
        self.rng = draw.rng
        self.source = source
        self.gold: list[Planted] = []
        self.kept: list[Kept] = []

    # --- recording ------------------------------------------------------------------------------------
    def put(
        self, kind: str, fmt: str, value: str, fragments: tuple[str, ...] | None = None, core: str | None = None
    ) -> str:
        """Record ``value`` as a gold identifier and return it for the template."""
        if fragments is None:
            fragments = id_fragments(core if core is not None else value)
        self.gold.append(Planted(kind, fmt, value, fragments, self.source))
        return value

    def keep(self, cls: str, value: str) -> str:
        """Record ``value`` as a non-identifier that must survive masking, and return it."""
        self.kept.append(Kept(cls, value, self.source))
        return value

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)

    # --- names ------------------------------------------------------------------------------------------
    def name(self, p: Person, fmt: str | None = None, kind_fmt: str = "") -> str:
        """``p``'s name in a registration, header or prose format."""
        fmts = [
            "First Last",
            "Last, First",
            "LAST, FIRST M",
            "First M. Last",
            "First Middle Last",
            "F. Last",
            "Last F",
            "lowercase",
            "UPPER",
            "Last, First Middle",
            "nickname-quoted",
        ]
        fmt = fmt or self.rng.choice(fmts)
        g, f, m = p.given, p.family, p.middle
        mi = m[0]
        text = {
            "First Last": f"{g} {f}",
            "Last, First": f"{f}, {g}",
            "LAST, FIRST M": f"{f.upper()}, {g.upper()} {mi}",
            "First M. Last": f"{g} {mi}. {f}",
            "First Middle Last": f"{g} {m} {f}",
            "F. Last": f"{g[0]}. {f}",
            "Last F": f"{f} {g[0]}",
            "lowercase": f"{g} {f}".lower(),
            "UPPER": f"{g} {f}".upper(),
            "Last, First Middle": f"{f}, {g} {m}",
            "nickname-quoted": f'{g} "{p.nickname or g[:3]}" {f}',
            "given": g,
            "family": f,
            "hl7": f"{f.upper()}^{g.upper()}^{mi}",
            "FAMILY": f.upper(),
            "GIVEN": g.upper(),
        }[fmt]
        origin = p.origin if p.origin in ("wordlike", "particle", "romanised", "nickname") else f"faker:{p.origin}"
        label = f"{kind_fmt or fmt} [{origin}]"
        return self.put("NAME", label, text, name_fragments(text))

    def other_name(self, role: str) -> tuple[Person, str]:
        """A relative, employer contact or clinician: (person, rendered name) in prose form."""
        q = self.draw.person()
        fmt = self.rng.choice(["First Last", "given", "First Last", "F. Last"])
        return q, self.name(q, fmt, kind_fmt=f"{role}:{fmt}")

    def provider(self) -> str:
        """A clinician with a title or credential (Safe Harbor does not name providers; reported apart)."""
        q = self.draw.person()
        form = self.rng.choice(
            ["Dr. {g} {f}", "{g} {f}, MD", "{f}, {g} MD", "{g} {f}, RN", "{g} {f} NP-C", "Dr. {f}", "{g} {f}, PA-C"]
        )
        text = form.format(g=q.given, f=q.family)
        core = re.sub(r"\b(Dr|MD|RN|NP|PA|C)\b\.?", "", text)
        return self.put(
            "NAME-provider", form.replace("{g}", "First").replace("{f}", "Last"), text, name_fragments(core)
        )

    def preferred(self, p: Person) -> str:
        """The preferred name or nickname on a face sheet."""
        text = p.nickname or p.given
        return self.put("NAME", "preferred/nickname", text, name_fragments(text))

    def employer(self) -> str:
        """An employer named in a social history (Safe Harbor covers the patient's employers)."""
        text = self.rng.choice(EMPLOYERS)
        return self.put("NAME-employer", "employer", text, (exact(text),))

    # --- dates ------------------------------------------------------------------------------------------
    def date(self, d: dt.date | dt.datetime, fmt: str | None = None, kind_fmt: str = "") -> str:
        """``d`` in one of the formats EHRs, claims, HL7 and mail headers emit; gold fragments are the day and
        month parts (the year alone may stay)."""
        fmts = [
            "ISO",
            "US",
            "US-short",
            "EU-dot",
            "Month Dth, YYYY",
            "D Mon YY",
            "Mon D, YYYY",
            "DD-Mon-YYYY",
            "DD-MON-YYYY",
            "ISO-datetime-Z",
            "ISO-datetime-offset",
            "space-datetime",
            "HL7-DT",
            "HL7-TS",
            "RFC2822",
            "YYYY/MM/DD",
            "Weekday, Month D, YYYY",
            "Dth of Month YYYY",
            "DDMONYYYY",
            "German",
            "Spanish",
            "EU-slash",
            "epoch-ms",
            "Month YYYY",
            "Month D (no year)",
            "M/D (no year)",
            "US-datetime-12h",
        ]
        fmt = fmt or self.rng.choice(fmts)
        if isinstance(d, dt.datetime):
            t = d
        else:
            t = dt.datetime(
                d.year, d.month, d.day, self.rng.randint(6, 22), self.rng.randint(0, 59), self.rng.randint(0, 59)
            )
        y, mo, da = t.year, t.month, t.day
        mon = MONTHS[mo - 1]
        hh, mm, ss = t.hour, t.minute, t.second
        texts: dict[str, tuple[str, list[str]]] = {
            "ISO": (f"{y}-{mo:02d}-{da:02d}", [f"{mo:02d}-{da:02d}"]),
            "US": (f"{mo:02d}/{da:02d}/{y}", [f"{mo:02d}/{da:02d}"]),
            "US-short": (f"{mo}/{da}/{y % 100:02d}", [f"{mo}/{da}/"]),
            "EU-dot": (f"{da:02d}.{mo:02d}.{y}", [f"{da:02d}.{mo:02d}"]),
            "Month Dth, YYYY": (f"{mon} {_ordinal(da)}, {y}", [f"{mon} {_ordinal(da)}"]),
            "D Mon YY": (f"{da} {mon[:3]} {y % 100:02d}", [f"{da} {mon[:3]}"]),
            "Mon D, YYYY": (f"{mon[:3]} {da}, {y}", [f"{mon[:3]} {da}"]),
            "DD-Mon-YYYY": (f"{da:02d}-{mon[:3]}-{y}", [f"{da:02d}-{mon[:3]}"]),
            "DD-MON-YYYY": (f"{da:02d}-{mon[:3].upper()}-{y}", [f"{da:02d}-{mon[:3].upper()}"]),
            "ISO-datetime-Z": (f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z", [f"{mo:02d}-{da:02d}T"]),
            "ISO-datetime-offset": (
                f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mm:02d}:{ss:02d}.000-05:00",
                [f"{mo:02d}-{da:02d}T"],
            ),
            "space-datetime": (f"{y}-{mo:02d}-{da:02d} {hh:02d}:{mm:02d}", [f"-{mo:02d}-{da:02d} "]),
            "HL7-DT": (f"{y}{mo:02d}{da:02d}", []),
            "HL7-TS": (f"{y}{mo:02d}{da:02d}{hh:02d}{mm:02d}{ss:02d}", []),
            "RFC2822": (
                f"{WEEKDAYS[t.weekday()][:3]}, {da:02d} {mon[:3]} {y} {hh:02d}:{mm:02d}:{ss:02d} -0400",
                [f"{da:02d} {mon[:3]}"],
            ),
            "YYYY/MM/DD": (f"{y}/{mo:02d}/{da:02d}", [f"/{mo:02d}/{da:02d}"]),
            "Weekday, Month D, YYYY": (f"{WEEKDAYS[t.weekday()]}, {mon} {da}, {y}", [f"{mon} {da}"]),
            "Dth of Month YYYY": (f"{_ordinal(da)} of {mon} {y}", [f"{_ordinal(da)} of {mon}"]),
            "DDMONYYYY": (f"{da:02d}{mon[:3].upper()}{y}", [f"{da:02d}{mon[:3].upper()}"]),
            "German": (f"{da}. {MONTHS_DE[mo - 1]} {y}", [f"{da}. {MONTHS_DE[mo - 1]}"]),
            "Spanish": (f"{da} de {MONTHS_ES[mo - 1]} de {y}", [f"{da} de {MONTHS_ES[mo - 1]}"]),
            "EU-slash": (f"{da:02d}/{mo:02d}/{y}", [f"{da:02d}/{mo:02d}"]),
            "epoch-ms": (str(int(dt.datetime(y, mo, da, hh, mm, ss, tzinfo=dt.UTC).timestamp() * 1000)), []),
            "Month YYYY": (f"{mon} {y}", []),
            "Month D (no year)": (f"{mon} {da}", [f"{mon} {da}"]),
            "M/D (no year)": (f"{mo}/{da}", [f"{mo}/{da}"]),
            "US-datetime-12h": (
                f"{mo}/{da}/{y} {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                [f"{mo}/{da}/"],
            ),
        }
        text, parts = texts[fmt]
        frags = (
            exact(text),
            *(
                rf"(?<![\w/.-]){re.escape(p)}(?![\w])" if p[-1].isalnum() else rf"(?<![\w/.-]){re.escape(p)}"
                for p in parts
            ),
        )
        return self.put("DATE", kind_fmt or fmt, text, frags)

    def age_over_89(self) -> str:
        age = self.rng.randint(90, 104)
        words = {
            90: "ninety",
            91: "ninety-one",
            92: "ninety-two",
            93: "ninety-three",
            94: "ninety-four",
            95: "ninety-five",
            96: "ninety-six",
            97: "ninety-seven",
            98: "ninety-eight",
            99: "ninety-nine",
        }
        forms = [
            f"{age}-year-old",
            f"{age} y/o",
            f"{age}yo",
            f"age {age}",
            f"aged {age}",
            f"{age} years old",
            f"{age}F",
            f"{age} yr old",
            f"Age: {age}",
        ]
        if age in words:
            forms.append(f"{words[age]}-year-old")
        text = self.rng.choice(forms)
        fmt = re.sub(r"\d+", "N", text.replace(words.get(age, "@"), "words"))
        kept_as_90_plus = rf"(?<![\w]){re.escape(text)}(?![\w+])"  # Safe Harbor's "90+" may follow an age 90
        return self.put("AGE>89", fmt, text, (kept_as_90_plus,))

    # --- contact ----------------------------------------------------------------------------------------
    def phone(self, digits: str | None = None, kind: str = "PHONE", fmt: str | None = None) -> str:
        d = digits or self.draw.phone_digits()
        a, e, n = d[:3], d[3:6], d[6:]
        fmts = [
            "(AAA) EEE-NNNN",
            "AAA-EEE-NNNN",
            "AAA.EEE.NNNN",
            "+1 AAA EEE NNNN",
            "+1AAAEEENNNN",
            "AAAEEENNNN",
            "1-AAA-EEE-NNNN",
            "(AAA)EEE-NNNN",
            "AAA-EEE-NNNN x123",
            "AAA-EEE-NNNN ext. 4410",
            "EEE-NNNN",
            "+1 (AAA) EEE-NNNN",
            "tel:+1-AAA-EEE-NNNN",
        ]
        fmt = fmt or self.rng.choice(fmts)
        ext = str(self.rng.randint(100, 9999))
        text = (
            fmt.replace("AAA", a).replace("EEE", e).replace("NNNN", n).replace("x123", f"x{ext}").replace("4410", ext)
        )
        core = f"{e}{n}" if fmt == "EEE-NNNN" else "1" + d if "+1AAA" in fmt else d
        return self.put(kind, fmt, text, core=core)

    def intl_phone(self, kind: str = "PHONE") -> str:
        forms = [
            ("+44 20 7946 {0}", "UK"),
            ("+49 30 {1}", "DE"),
            ("+33 1 42 68 {2}", "FR"),
            ("+91 98{3}", "IN"),
            ("+52 55 {4}", "MX"),
            ("011 52 33 {4}", "MX-dialled-from-US"),
            ("+63 917 {5}", "PH"),
            ("+234 803 {5}", "NG"),
            ("0171 {6}", "DE-national"),
        ]
        form, label = self.rng.choice(forms)
        text = form.format(
            f"{self.draw.digits(4)}",
            self.draw.digits(6),
            f"{self.draw.digits(2)} {self.draw.digits(2)}",
            f"{self.draw.digits(3)} {self.draw.digits(5)}",
            f"{self.draw.digits(4)} {self.draw.digits(4)}",
            f"{self.draw.digits(3)} {self.draw.digits(4)}",
            self.draw.digits(7),
        )
        return self.put(kind, f"international {label}", text)

    def vanity_phone(self) -> str:
        word = self.rng.choice(["CARE", "NURSE", "HEALTH", "MEDS", "DOCTOR"])
        text = f"1-{self.rng.choice(['617', '508', '312'])}-{self.draw.digits(3)}-{word}"
        return self.put("PHONE", "vanity 1-AAA-EEE-WORD", text)

    def email(self, p: Person, fmt: str | None = None) -> str:
        fmt = fmt or self.rng.choice(["plain", "plain", "mailto", "display", "obfuscated"])
        e = p.email
        if fmt == "plain":
            text = e
        elif fmt == "mailto":
            text = f"mailto:{e}"
        elif fmt == "display":
            text = f'"{p.given} {p.family}" <{e}>'
        else:
            local, domain = e.split("@")
            text = f"{local} at {domain.replace('.', ' dot ')}"
        local = e.split("@")[0]
        frags = (exact(text), exact(e), rf"(?i)(?<![\w.+-]){re.escape(local)}(?![\w+-])")
        if fmt == "display":
            self.put("NAME", "email display name", f"{p.given} {p.family}", name_fragments(f"{p.given} {p.family}"))
        return self.put("EMAIL", fmt, text, frags)

    # --- address ----------------------------------------------------------------------------------------
    def street(self, p: Person, fmt: str | None = None) -> str:
        fmt = fmt or self.rng.choice(["street", "street+unit", "PO Box", "RR box", "UPPER", "grid"])
        number, _, rest = p.street.partition(" ")
        if fmt == "street":
            text = p.street
        elif fmt == "street+unit":
            text = f"{p.street}, {p.unit or 'Apt 3C'}"
        elif fmt == "PO Box":
            text = self.rng.choice(["PO Box", "P.O. Box", "POB"]) + f" {self.rng.randint(10, 99999)}"
            return self.put("ADDRESS", fmt, text, core=text.split()[-1])
        elif fmt == "RR box":
            text = f"RR {self.rng.randint(1, 9)} Box {self.rng.randint(10, 999)}"
            return self.put("ADDRESS", fmt, text, (exact(text),))
        elif fmt == "UPPER":
            text = p.street.upper()
            number, _, rest = text.partition(" ")
        else:
            text = f"N{self.rng.randint(10, 99)}W{self.rng.randint(10000, 29999)} {rest}"
            number, _, rest = text.partition(" ")
        first_word = rest.split()[0]
        frags = (exact(text), rf"(?<![\w]){re.escape(number)}\W{{1,3}}{re.escape(first_word)}\b")
        return self.put("ADDRESS", fmt, text, frags)

    def intl_street(self) -> str:
        forms = [
            ("Hauptstraße {n}", "DE"),
            ("{n} Rue de la République", "FR"),
            ("Calle de Alcalá {n}, 3º B", "ES"),
            ("{n}B Baker Street", "UK"),
            ("Via Garibaldi {n}", "IT"),
            ("Av. Insurgentes Sur {n}, Col. Roma", "MX"),
            ("Flat {n}, 22 Ocean Road", "UK-flat"),
            ("{n}-3 Shibuya, Tokyo 150-0002", "JP"),
        ]
        form, label = self.rng.choice(forms)
        text = form.format(n=self.rng.randint(2, 399))
        return self.put("ADDRESS", f"international {label}", text, (exact(text),))

    def city(self, p: Person, upper: bool = False) -> str:
        text = p.city.upper() if upper else p.city
        return self.put("CITY", "CITY (upper)" if upper else "city", text, (exact(text),))

    def county(self) -> str:
        c = self.rng.choice(
            [
                "Middlesex County",
                "Hidalgo County",
                "Cuyahoga County",
                "St. Tammany Parish",
                "Kenai Peninsula Borough",
                "Prince George's County",
                "Bexar County",
                "Kanawha County",
            ]
        )
        head = c.rsplit(" ", 1)[0]
        return self.put("CITY", "county", c, (exact(head),))

    def zip(self, p: Person, fmt: str | None = None) -> str:
        fmt = fmt or self.rng.choice(["ZIP5", "ZIP+4", "ZIP5", "ZIP+4-nodash"])
        text = {"ZIP5": p.zip5, "ZIP+4": f"{p.zip5}-{p.plus4}", "ZIP+4-nodash": f"{p.zip5}{p.plus4}"}[fmt]
        frags = [rf"(?<!\d){p.zip5}", rf"(?<!\d){p.plus4}(?!\d)" if fmt != "ZIP5" else exact(p.zip5)]
        if p.zip5[:3] in RESTRICTED_ZIP3:
            fmt += " (restricted ZIP3)"
            frags.append(rf"(?<!\d){p.zip5[:3]}(?!\d)")
        return self.put("ZIP", fmt, text, tuple(frags))

    def address_line(self, p: Person) -> str:
        """One-line US address as printed on letters and claims."""
        return f"{self.street(p)}, {self.city(p)}, {self.keep('state', p.state)} {self.zip(p)}"

    # --- numbers ----------------------------------------------------------------------------------------
    def ssn(self, p: Person, fmt: str | None = None) -> str:
        s = p.ssn
        fmt = fmt or self.rng.choice(
            ["AAA-GG-SSSS", "AAAGGSSSS", "AAA GG SSSS", "xxx-xx-SSSS", "***-**-SSSS", "last4 in prose"]
        )
        text = {
            "AAA-GG-SSSS": f"{s[:3]}-{s[3:5]}-{s[5:]}",
            "AAAGGSSSS": s,
            "AAA GG SSSS": f"{s[:3]} {s[3:5]} {s[5:]}",
            "xxx-xx-SSSS": f"xxx-xx-{s[5:]}",
            "***-**-SSSS": f"***-**-{s[5:]}",
            "last4 in prose": s[5:],
        }[fmt]
        core = s if fmt in ("AAA-GG-SSSS", "AAAGGSSSS", "AAA GG SSSS") else s[5:]
        return self.put("SSN", fmt, text, core=core)

    def mrn(self, p: Person, fmt: str | None = None) -> str:
        fmt = fmt or self.rng.choice(["digits", "prefixed E", "dashed", "alpha-prefix"])
        m = p.mrn
        text = {
            "digits": m,
            "prefixed E": f"E{m[-7:]}",
            "dashed": f"{m[-8:-6]}-{m[-6:-3]}-{m[-3:]}",
            "alpha-prefix": f"MGH{m[-7:]}",
        }[fmt]
        return self.put("MRN", fmt, text)

    def member_id(self) -> str:
        fmt = self.rng.choice(
            [
                "3 letters + 9 digits",
                "W + 9 digits",
                "digits + 2-digit suffix",
                "Medicaid 2L+8D",
                "UHC 9 digits",
                "alnum 12",
            ]
        )
        d = self.draw
        text = {
            "3 letters + 9 digits": f"{d.letters(3)}{d.digits(9)}",
            "W + 9 digits": f"W{d.digits(9)}",
            "digits + 2-digit suffix": f"{d.digits(9)}-0{self.rng.randint(1, 4)}",
            "Medicaid 2L+8D": f"{d.letters(2)}{d.digits(8)}",
            "UHC 9 digits": d.digits(9),
            "alnum 12": "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
        }[fmt]
        return self.put("HEALTH_PLAN", f"member id {fmt}", text)

    def mbi(self, fmt: str | None = None) -> str:
        m = self.draw.mbi()
        fmt = fmt or self.rng.choice(["MBI", "MBI-dashed"])
        text = m if fmt == "MBI" else f"{m[:4]}-{m[4:7]}-{m[7:]}"
        return self.put("HEALTH_PLAN", fmt, text, core=m)

    def account(self) -> str:
        fmt = self.rng.choice(["digits", "dashed", "HAR prefix", "V-number"])
        d = self.draw
        text = {
            "digits": d.digits(self.rng.choice([9, 10, 12])),
            "dashed": f"{d.digits(4)}-{d.digits(4)}-{d.digits(2)}",
            "HAR prefix": f"HAR{d.digits(9)}",
            "V-number": f"V{d.digits(8)}",
        }[fmt]
        return self.put("ACCOUNT", f"account {fmt}", text)

    def claim_no(self) -> str:
        fmt = self.rng.choice(["ICN 13-14 digits", "year-CLM-seq", "alnum payer", "digits with dash"])
        d = self.draw
        text = {
            "ICN 13-14 digits": d.digits(self.rng.choice([13, 14])),
            "year-CLM-seq": f"2024-CLM-{d.digits(7)}",
            "alnum payer": f"{d.letters(2)}{d.digits(10)}",
            "digits with dash": f"{d.digits(8)}-{d.digits(3)}",
        }[fmt]
        return self.put("ACCOUNT", f"claim {fmt}", text)

    def card(self) -> str:
        c = self.draw.card()
        fmt = self.rng.choice(["spaced", "plain", "ending"])
        text = {"spaced": " ".join(c[i : i + 4] for i in range(0, 16, 4)), "plain": c, "ending": c[-4:]}[fmt]
        return self.put("ACCOUNT", f"card {fmt}", text, core=c if fmt != "ending" else c[-4:])

    def licence(self) -> str:
        d = self.draw
        fmt, text = self.rng.choice(
            [
                ("DL CA", f"{d.letters(1)}{d.digits(7)}"),
                ("DL FL", f"{d.letters(1)}{d.digits(3)}-{d.digits(3)}-{d.digits(2)}-{d.digits(3)}-0"),
                ("DL NY", f"{d.digits(3)} {d.digits(3)} {d.digits(3)}"),
                ("DL TX", d.digits(8)),
                ("DL WA", f"WDL{d.letters(2)}{d.digits(4)}{d.letters(2)}"),
                ("medical licence", f"MD{d.digits(6)}"),
                ("state licence alnum", f"G{d.digits(5)}"),
                ("RN licence", f"RN{d.digits(7)}"),
                ("passport", f"{d.digits(9)}"),
            ]
        )
        return self.put("LICENSE", fmt, text)

    def dea(self) -> str:
        return self.put("LICENSE", "DEA", self.draw.dea(self.draw.faker("en_US").last_name()))

    def npi(self) -> str:
        return self.put("LICENSE", "NPI (provider)", self.draw.npi())

    def vin(self) -> str:
        v = self.draw.vin()
        fmt = self.rng.choice(["VIN", "vin lowercase"])
        return self.put("VEHICLE", fmt, v if fmt == "VIN" else v.lower(), core=v)

    def plate(self) -> str:
        d = self.draw
        fmt, text = self.rng.choice(
            [
                ("CA 1LLL000", f"{self.rng.randint(1, 9)}{d.letters(3)}{d.digits(3)}"),
                ("LLL-0000", f"{d.letters(3)}-{d.digits(4)}"),
                ("LLL 000", f"{d.letters(3)} {d.digits(3)}"),
                ("000-LLL", f"{d.digits(3)}-{d.letters(3)}"),
            ]
        )
        return self.put("VEHICLE", f"plate {fmt}", text)

    def device_serial(self) -> str:
        d = self.draw
        fmt, text = self.rng.choice(
            [
                ("pacemaker serial", f"{d.letters(3)}{d.digits(6)}{d.letters(1)}"),
                ("pump serial digits", d.digits(8)),
                ("CGM serial", f"{d.digits(1)}{d.letters(2)}{d.digits(2)}{d.letters(1)}{d.digits(4)}"),
                ("SN-prefixed", f"SN-{d.digits(4)}-{d.letters(2)}{d.digits(3)}"),
            ]
        )
        return self.put("DEVICE", fmt, text)

    def udi(self) -> str:
        d = self.draw
        gtin = f"00{d.digits(12)}"
        serial = f"{d.letters(2)}{d.digits(6)}"
        fmt = self.rng.choice(["GS1 parens", "GS1 plain"])
        if fmt == "GS1 parens":
            text = f"(01){gtin}(17)271231(10){d.digits(6)}(21){serial}"
        else:
            text = f"01{gtin}17271231{d.digits(6)}21{serial}"
        return self.put("DEVICE", f"UDI {fmt}", text, (exact(text), *id_fragments(serial)))

    def ip(self) -> str:
        fmt = self.rng.choice(["IPv4", "IPv4:port", "IPv6", "IPv4-mapped IPv6"])
        v4 = self.draw.ipv4()
        text = {
            "IPv4": v4,
            "IPv4:port": f"{v4}:{self.rng.randint(1024, 65535)}",
            "IPv6": self.draw.ipv6(),
            "IPv4-mapped IPv6": f"::ffff:{v4}",
        }[fmt]
        core = v4 if "IPv4" in fmt else text
        frags = (exact(text), exact(core)) if fmt != "IPv6" else (exact(text),)
        return self.put("IP", fmt, text, frags)

    def url(self, p: Person, mrn_digits: str) -> str:
        slug = re.sub(r"[^a-z]", "", (p.given + p.family).lower()) or "pt"
        fmt, text = self.rng.choice(
            [
                ("portal deep link", f"https://mychart.northshore-health.org/MyChart/Patient/{mrn_digits}/Summary"),
                ("personal site", f"www.{slug}.com"),
                ("social profile", f"https://www.facebook.com/{slug}.{self.rng.randint(10, 99)}"),
                ("FHIR absolute ref", f"https://fhir.example-ehr.com/r4/Patient/{mrn_digits}"),
                ("query string", f"https://lab.example.net/results?patient={mrn_digits}&view=pdf"),
            ]
        )
        return self.put("URL", fmt, text, (exact(text),))

    def other_id(self, label: str) -> str:
        d = self.draw
        fmt, text = self.rng.choice(
            [
                ("accession", f"{d.letters(2)}{self.rng.randint(22, 26)}-{d.digits(6)}"),
                ("encounter/CSN", d.digits(10)),
                ("specimen", f"S{self.rng.randint(22, 26)}-{d.digits(5)}"),
                ("appointment id", f"APT-{d.digits(7)}"),
                ("order number", f"ORD{d.digits(8)}"),
                ("UUID", f"{d.digits(8)}-{d.digits(4)}-4{d.digits(3)}-a{d.digits(3)}-{d.digits(12)}"),
            ]
        )
        return self.put("OTHER_ID", fmt, text)

    def biometric(self) -> str:
        d = self.draw
        fmt, text = self.rng.choice(
            [
                ("fingerprint template id", f"FP-{d.digits(8)}"),
                ("voiceprint hash", "".join(self.rng.choice("0123456789abcdef") for _ in range(32))),
                ("iris code id", f"IRIS{d.digits(6)}{d.letters(2)}"),
                ("palm vein id", f"PV{d.digits(9)}"),
            ]
        )
        return self.put("BIOMETRIC", fmt, text)

    def photo(self, p: Person, mrn_digits: str) -> str:
        d = self.draw
        slug = f"{p.family}_{p.given}".replace(" ", "_")
        fmt, text = self.rng.choice(
            [
                ("camera file name", f"IMG_{self.rng.randint(2022, 2026)}{d.digits(4)}_{d.digits(6)}.jpg"),
                ("name in file name", f"{slug}_face.png"),
                ("photo URL with MRN", f"https://images.example-ehr.com/photos/{mrn_digits}.jpg"),
                ("DICOM SOP UID", f"1.2.840.113619.2.55.3.{d.digits(10)}.{d.digits(3)}.{d.digits(10)}.{d.digits(3)}"),
            ]
        )
        frags = (exact(text),)
        if fmt == "name in file name":
            frags += name_fragments(f"{p.family} {p.given}")
        if fmt == "photo URL with MRN":
            frags += (exact(mrn_digits),)
        return self.put("PHOTO", fmt, text, frags)
