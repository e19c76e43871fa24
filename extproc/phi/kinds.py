"""The identifier kinds the engine detects (45 CFR 164.514(b)(2)), as plain strings.

Kinds are strings rather than an Enum so counts and paths serialise without conversion and profiles can be
written as ordinary mappings.
"""

from __future__ import annotations

NAME = "NAME"
ADDRESS = "ADDRESS"
CITY = "CITY"
ZIP = "ZIP"
DATE = "DATE"
AGE = "AGE"
PHONE = "PHONE"
FAX = "FAX"
EMAIL = "EMAIL"
SSN = "SSN"
MRN = "MRN"
HEALTH_PLAN = "HEALTH_PLAN"
MBI = "MBI"
ACCOUNT = "ACCOUNT"
CARD = "CARD"
LICENSE = "LICENSE"
DEA = "DEA"
NPI = "NPI"
VIN = "VIN"
PLATE = "PLATE"
DEVICE = "DEVICE"
URL = "URL"
IP = "IP"
BIOMETRIC = "BIOMETRIC"
PHOTO = "PHOTO"
ID = "ID"
"""Any other unique identifying number (patient ids, accession numbers, appointment ids...)."""
NUMBER = "NUMBER"
"""A bare run of seven to ten digits that no word around calls anything: masked in data as any identifier,
but not enough to withhold a protocol member (a progress token, a numeric task id) — see
``extproc.exchange.inspection``."""

ALL_KINDS: tuple[str, ...] = (
    NAME,
    ADDRESS,
    CITY,
    ZIP,
    DATE,
    AGE,
    PHONE,
    FAX,
    EMAIL,
    SSN,
    MRN,
    HEALTH_PLAN,
    MBI,
    ACCOUNT,
    CARD,
    LICENSE,
    DEA,
    NPI,
    VIN,
    PLATE,
    DEVICE,
    URL,
    IP,
    BIOMETRIC,
    PHOTO,
    ID,
    NUMBER,
)


def placeholder(kind: str) -> str:
    """The typed placeholder that replaces a redacted identifier, e.g. ``[SSN]``."""
    return f"[{kind}]"
