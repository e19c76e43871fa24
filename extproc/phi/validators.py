"""Check-digit and structure rules that turn pattern hits into identifiers (cutting false positives).

All functions take the candidate as matched (ASCII after normalisation) and return ``True`` when it is a
plausible identifier of that kind. They are pure, small and only ever see short strings.
"""

from __future__ import annotations

import ipaddress

_NOT_DIGITS = {i: None for i in range(128) if not 48 <= i <= 57}
"""Every ASCII character but the digits, to nothing: the digits of an ASCII candidate in one C-level pass."""


def _digits(text: str) -> str:
    if text.isascii():
        return text.translate(_NOT_DIGITS)
    return "".join(c for c in text if "0" <= c <= "9")


_LUHN_PLAIN = {str(d): d for d in range(10)}
_LUHN_DOUBLED = {str(d): 2 * d - 9 if d > 4 else 2 * d for d in range(10)}
"""What Luhn adds for a digit as it stands, and for every second digit from the right: doubled, less nine past
nine (dict lookups: ``int`` per character costs more than the loop it replaces)."""


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) over a decimal string of ASCII digits, check digit included."""
    backwards = digits[::-1]
    total = sum(map(_LUHN_PLAIN.__getitem__, backwards[::2])) + sum(map(_LUHN_DOUBLED.__getitem__, backwards[1::2]))
    return total % 10 == 0


def ssn_ok(text: str) -> bool:
    """Area not 000/666, group not 00, serial not 0000 (SSA rules since 2011 randomisation); an area of 9xx is an
    ITIN (the IRS's number for those without an SSN, written alike): a person's number too. A number shown by its
    last four only (``***-**-7196``, ``xxx-xx-3877``) is still its serial."""
    d = _digits(text)
    if text[:1] in "*xX":
        return len(d) == 4 and d != "0000"
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and group != "00" and serial != "0000"


def npi_ok(text: str) -> bool:
    """10 digits starting 1 or 2, Luhn-valid over the ``80840`` prefix (CMS NPI standard)."""
    d = _digits(text)
    return len(d) == 10 and d[0] in "12" and luhn_ok("80840" + d)


def card_ok(text: str) -> bool:
    """13-19 digits, a known issuer first digit (3-6) and Luhn-valid."""
    d = _digits(text)
    return 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d)


def dea_ok(text: str) -> bool:
    """DEA registration: 2 letters + 7 digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7."""
    if len(text) != 9 or not text[:2].isalpha() or not text[2:].isdigit():
        return False
    d = [ord(c) - 48 for c in text[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nanp_shaped(text: str) -> bool:
    """A number written as a NANP phone (separators or brackets, maybe ``+1``/``1``/``001`` before it): ten digits.
    Any area code and exchange pass (``611``, ``180``): no phone has them, yet a made-up number does, and a number
    written so is one whatever its digits."""
    d = _digits(text)
    if len(d) == 13 and d.startswith("001"):
        d = d[3:]
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10


_MBI_LETTERS = frozenset("ACDEFGHJKMNPQRTUVWXY")


def mbi_ok(text: str) -> bool:
    """Medicare Beneficiary Identifier position rules (CMS): C A AN N A AN N A A N N, dashes allowed."""
    s = text.replace("-", "").upper()
    if len(s) != 11:
        return False
    letters = _MBI_LETTERS
    return (
        "1" <= s[0] <= "9"
        and s[1] in letters
        and (s[2].isdigit() or s[2] in letters)
        and s[3].isdigit()
        and s[4] in letters
        and (s[5].isdigit() or s[5] in letters)
        and s[6].isdigit()
        and s[7] in letters
        and s[8] in letters
        and s[9].isdigit()
        and s[10].isdigit()
    )


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(text: str) -> bool:
    """17 characters without I/O/Q, letters and digits mixed, ISO 3779 check digit at position 9."""
    s = text.upper()
    if len(s) != 17 or not any(map(str.isdigit, s)) or not any(map(str.isalpha, s)):
        return False
    try:
        total = sum(_VIN_VALUES[c] * w for c, w in zip(s, _VIN_WEIGHTS, strict=True))
    except KeyError:
        return False
    remainder = total % 11
    return s[8] == ("X" if remainder == 10 else str(remainder))


def ip_ok(text: str) -> bool:
    """A syntactically valid IPv4 or IPv6 address (IPv6 needs at least two groups)."""
    if ":" not in text:  # no IPv6 address: ``ipaddress``'s IPv4 rules, without the cost of its exceptions
        octets = text.split(".")
        return len(octets) == 4 and all(map(_octet_ok, octets))
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _octet_ok(octet: str) -> bool:
    """``ipaddress``'s rule for one IPv4 octet: one to three ASCII digits, no leading zero, at most 255."""
    return octet.isascii() and octet.isdigit() and len(octet) <= 3 and (octet == "0" or octet[0] != "0") and (
        int(octet) <= 255
    )


def date_ok(month: int, day: int) -> bool:
    """A calendar-plausible month/day pair (the year is checked by the pattern)."""
    return 1 <= month <= 12 and 1 <= day <= 31


def zip3(zip_code: str) -> str:
    """Safe Harbor ZIP generalisation: the first three digits, ``000`` for the low-population prefixes."""
    d = _digits(zip_code)[:3]
    if len(d) < 3:
        return "000"
    return "000" if d in LOW_POPULATION_ZIP3 else d


LOW_POPULATION_ZIP3 = frozenset(
    (
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    )
)
"""3-digit ZIP prefixes with 20,000 people or fewer (2000 census), replaced by ``000`` under Safe Harbor."""


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def snomed_ok(digits: str) -> bool:
    """A SNOMED CT identifier: 6 to 18 digits, a partition of the core or an extension (``00``-``02``,
    ``10``-``12``) before a Verhoeff check digit (``44054006``, ``195967001``)."""
    if not (6 <= len(digits) <= 18 and digits.isdigit()) or digits[-3:-1] not in _SNOMED_PARTITIONS:
        return False
    check = 0
    for i, ch in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][int(ch)]]
    return check == 0


_SNOMED_PARTITIONS = frozenset(("00", "01", "02", "10", "11", "12"))
