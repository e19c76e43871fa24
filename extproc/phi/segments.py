"""Identifiers in HL7 v2 and X12 text, read by position as the standards define their fields.

Free-text detection cannot read ``PID|1||0045827480^^^NSH^MR||BROWN^SUMMER^D||19810906``: the names are in
capitals, the date is compact, the address has no cue word. The standards say what each field holds, so the
fields that identify a person (HL7 v2.5.1 PID, PD1, NK1, GT1, IN1, IN2, PV1, MRG and the providers of EVN,
ORC, OBR, OBX, DG1, ROL, AIP; X12 005010 837/835/270/271 NM1 loops with N2, N3, N4, DMG, REF, PER, and DTP,
DTM, CLM, CLP, SBR, PAT, BHT, GS, ISA) are marked with the engine's kinds, component by component, so a
masked message keeps its separators. A payer's loop (``NM1*PR``), codes, amounts and free text (OBX-5, NTE-3:
the normal detector reads them) are left alone. Every other HL7 component written as a DT/DTM timestamp is a
date too (Safe Harbor keeps only the year).

Hostile input: only ``str.find``/``split`` over the text, a bounded number of segments, fields, repetitions and
components, and no exception on malformed input — a segment that cannot be read is skipped, and the normal
detector still runs on the whole text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from . import kinds as K
from .validators import npi_ok

Span = tuple[int, int, str]

MAX_SEGMENTS = 20_000
MAX_FIELDS = 100  # PV1 has 52 fields, IN2 72: anything past the cap is not read
MAX_REPEATS = 20
MAX_COMPONENTS = 20

# ---- HL7 v2 ----------------------------------------------------------------------------------------------

_KEEP = "keep"  # a field the table names so the date rule leaves it (control ids, free text)
_XPN = "XPN"  # person name: family ^ given ^ further given names (suffix, prefix, degree are kept)
_XCN = "XCN"  # provider: id ^ family ^ given ^ further given names
_XAD = "XAD"  # address: street ^ other designation ^ city ^ state ^ zip ^ country ^ type ^ other ^ county
_XTN = "XTN"  # telecom: number ^ use ^ equipment ^ email ^ country ^ area ^ local ^ extension ... ^ unformatted
_XON = "XON"  # organisation name (an employer): its name component
_DLN = "DLN"  # driver's licence: number ^ issuing state ^ expiry date
_CX = "CX"  # identifier ^ check digit ^ scheme ^ authority ^ type code: the type code names the kind

_CX_TYPES = {
    "MR": K.MRN, "MRT": K.MRN, "PI": K.MRN, "PT": K.MRN, "PN": K.ID, "SS": K.SSN, "SN": K.HEALTH_PLAN,
    "MB": K.HEALTH_PLAN, "MC": K.HEALTH_PLAN, "MA": K.HEALTH_PLAN, "HC": K.HEALTH_PLAN, "DL": K.LICENSE,
    "AN": K.ACCOUNT, "BA": K.ACCOUNT, "AM": K.CARD, "VS": K.CARD, "MS": K.CARD, "VN": K.ID, "NPI": K.NPI,
    "PPN": K.ID, "EI": K.ID,
}
"""HL7 table 0203 (identifier type) codes that name a kind; any other code keeps the field's own kind."""

_HL7_FIELDS: dict[str, dict[int, str | tuple[str, str]]] = {
    "MSH": {7: K.DATE, 10: _KEEP},
    "EVN": {5: _XCN},
    "PID": {
        2: (_CX, K.MRN), 3: (_CX, K.MRN), 4: (_CX, K.MRN), 5: _XPN, 6: _XPN, 7: K.DATE, 9: _XPN, 11: _XAD,
        12: K.CITY, 13: _XTN, 14: _XTN, 18: (_CX, K.ACCOUNT), 19: K.SSN, 20: _DLN, 21: (_CX, K.ID),
        23: K.CITY, 29: K.DATE,
    },
    "PD1": {4: _XCN},
    "NK1": {
        2: _XPN, 4: _XAD, 5: _XTN, 6: _XTN, 8: K.DATE, 9: K.DATE, 12: (_CX, K.ID), 13: _XON, 16: K.DATE,
        30: _XPN, 31: _XTN, 32: _XAD, 33: (_CX, K.ID), 37: K.SSN,
    },
    "GT1": {
        2: (_CX, K.ACCOUNT), 3: _XPN, 4: _XPN, 5: _XAD, 6: _XTN, 7: _XTN, 8: K.DATE, 12: K.SSN, 13: K.DATE,
        14: K.DATE, 16: _XPN, 17: _XAD, 18: _XTN, 19: (_CX, K.ID), 45: _XPN, 46: _XTN, 51: _XON,
    },
    "IN1": {
        10: (_CX, K.ID), 11: _XON, 12: K.DATE, 13: K.DATE, 16: _XPN, 18: K.DATE, 19: _XAD, 29: K.DATE,
        36: K.HEALTH_PLAN, 44: _XAD, 49: (_CX, K.HEALTH_PLAN),
    },
    "IN2": {
        1: (_CX, K.ID), 2: K.SSN, 3: _XCN, 6: K.HEALTH_PLAN, 7: _XPN, 8: K.HEALTH_PLAN, 9: _XPN, 10: K.ID,
        25: (_CX, K.HEALTH_PLAN), 26: (_CX, K.HEALTH_PLAN), 49: _XPN, 50: _XTN, 52: _XPN, 53: _XTN,
        61: (_CX, K.HEALTH_PLAN), 63: _XTN, 64: _XTN,
    },
    "PV1": {5: (_CX, K.ID), 7: _XCN, 8: _XCN, 9: _XCN, 17: _XCN, 19: (_CX, K.ID), 44: K.DATE, 45: K.DATE,
            50: (_CX, K.ID), 52: _XCN},
    "PV2": {13: _XCN},
    "MRG": {1: (_CX, K.MRN), 2: (_CX, K.MRN), 3: (_CX, K.ACCOUNT), 4: (_CX, K.MRN), 5: (_CX, K.ID),
            6: (_CX, K.ID), 7: _XPN},
    "ORC": {2: K.ID, 3: K.ID, 10: _XCN, 11: _XCN, 12: _XCN},
    "OBR": {2: K.ID, 3: K.ID, 16: _XCN, 28: _XCN},
    "OBX": {5: _KEEP, 16: _XCN},
    "NTE": {3: _KEEP},
    "DG1": {16: _XCN},
    "ROL": {4: _XCN},
    "AIP": {3: _XCN},
}

_COMPONENTS = {
    _XPN: {0: K.NAME, 1: K.NAME, 2: K.NAME},
    _XCN: {1: K.NAME, 2: K.NAME, 3: K.NAME},
    _XAD: {0: K.ADDRESS, 1: K.ADDRESS, 2: K.CITY, 4: K.ZIP, 7: K.ADDRESS, 8: K.CITY},
    _XTN: {0: K.PHONE, 3: K.EMAIL, 5: K.PHONE, 6: K.PHONE, 7: K.PHONE, 11: K.PHONE},
    _XON: {0: K.NAME},
    _DLN: {0: K.LICENSE, 2: K.DATE},
}

_HL7_MARKERS = tuple(f"{segment}|" for segment in _HL7_FIELDS)
_MLLP = " \t\x0b\x1c\ufeff"  # what may stand before a segment id on its line (MLLP framing, indentation)

# ---- X12 ---------------------------------------------------------------------------------------------------

_PAYERS = frozenset({"PR", "2B", "TV", "40", "41"})
"""Payer, third-party administrator, receiver, submitter: not the patient's; their loops are kept."""
_PROVIDERS = frozenset({"85", "82", "DN", "DK", "DQ", "P3", "71", "72", "73", "77", "87", "1P", "FA", "PE", "SJ"})
"""Providers and facilities: a person's name and id are masked, a business address and references are not."""
_PATIENTS = frozenset({"IL", "QC", "03", "GB", "QD", "S1", "74", "36"})
"""Subscriber, patient, dependent, other insured, responsible party, parent, corrected patient, employer: masked
whether a person or not; another entity that is not a person (NM102 ``2``) is an organisation, kept like a
provider."""
_LOOP = frozenset({"NM1", "N2", "N3", "N4", "REF", "PER", "PRV", "DMG", "DTP"})
"""What follows an NM1 in its loop; any other segment starts a loop of the patient's (claim, service line)."""

_NM1_IDS = {"MI": K.HEALTH_PLAN, "II": K.HEALTH_PLAN, "MR": K.HEALTH_PLAN, "34": K.SSN, "XX": K.NPI}
"""NM108 qualifiers that name the kind of NM109; any other is an ``ID``."""
_REF_IDS = {
    "SY": K.SSN, "0F": K.HEALTH_PLAN, "1W": K.HEALTH_PLAN, "IG": K.HEALTH_PLAN, "6P": K.HEALTH_PLAN,
    "1L": K.HEALTH_PLAN, "F6": K.HEALTH_PLAN, "NQ": K.HEALTH_PLAN, "HJ": K.HEALTH_PLAN, "EA": K.MRN,
    "EJ": K.ACCOUNT, "23": K.ACCOUNT,
    "Q4": K.ID, "3H": K.ID, "49": K.ID, "9F": K.ID, "G1": K.ID, "F8": K.ID, "1K": K.ID,
}
"""REF01 qualifiers whose REF02 identifies a person (SSN, member, policy, group, record, account, case,
referral, authorisation, claim numbers); provider and payer references (0B, G2, EI, 2U...) are not listed."""
_PER_IDS = {"TE": K.PHONE, "HP": K.PHONE, "WP": K.PHONE, "CP": K.PHONE, "BN": K.PHONE, "EX": K.PHONE,
            "FX": K.FAX, "EM": K.EMAIL, "UR": K.URL}
_X12_ELEMENTS: dict[str, dict[int, str]] = {
    "N2": {1: K.NAME, 2: K.NAME},
    "N3": {1: K.ADDRESS, 2: K.ADDRESS},
    "N4": {1: K.CITY, 3: K.ZIP},
    "DMG": {2: K.DATE},
    "DTM": {2: K.DATE},
    "BHT": {4: K.DATE},
    "GS": {4: K.DATE},
    "ISA": {9: K.DATE},
    "CLM": {1: K.ACCOUNT},
    "CLP": {1: K.ACCOUNT, 7: K.ID},
    "SBR": {3: K.HEALTH_PLAN},
    "PAT": {6: K.DATE},
}
"""Elements read the same wherever the segment is (N2/N3/N4 only in a patient's loop)."""
_X12_QUOTED = ("NM1", "N3", "N4", "DMG", "REF", "PER", "DTP", "CLM", "CLP")
"""The segments an excerpt is recognised by (``NM1*IL*...~`` alone in a text)."""
_X12_MARKERS = tuple(f"{segment}*" for segment in _X12_QUOTED)


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold an HL7 v2 or X12 segment (a few ``in`` checks: other texts pay nothing more)."""
    if "MSH" in text or "ISA" in text:
        return True
    if "|" in text and any(marker in text for marker in _HL7_MARKERS):
        return True
    return "*" in text and any(marker in text for marker in _X12_MARKERS)


def find(text: str) -> list[Span]:
    """Identifier spans of the HL7 v2 and X12 segments in ``text`` (unsorted, may overlap other detections)."""
    out: list[Span] = []
    if "MSH" in text or "|" in text:
        _hl7(text, out)
    if "ISA" in text or "*" in text:
        _x12(text, out)
    return out


X12_OBJECT_KEYS = frozenset(("NM1", "N2", "N3", "N4", "DMG", "REF", "PER", "DTP", "CLM", "CLP", "SBR", "PAT", "DTM"))
"""Keys that make an object an X12 loop written as JSON (``{"NM1": ["IL", "1", "EZE", "IFEOMA"], "N4": [...]}``)."""
_X12_UNSAFE = frozenset("*~\n")


def x12_members(obj: dict) -> dict[str, dict[int, str]]:
    """The kinds of an X12 loop's elements when the loop is written as JSON, by key and element index (``-1``:
    the whole string): each segment key (``NM1``, or ``DTP_434`` with its qualifier after the id) holds its
    elements after the id as a list, or a ``DTP``'s date as a string. The loop is read as the text reader reads
    ``NM1*IL*1*EZE*IFEOMA~`` (an NM1 decides whose loop it is), so the two never disagree."""
    text: list[str] = []
    where: list[tuple[int, int, str, int]] = []  # start, end, key, index
    pos = 0
    for key, value in obj.items():
        if type(key) is not str:
            continue
        name, _, qualifier = key.partition("_")
        name = name.upper()
        if name not in X12_OBJECT_KEYS:
            continue
        if type(value) is list and 0 < len(value) <= MAX_FIELDS:  # a null (an empty element) keeps the positions
            elements, indices = [e if type(e) is str else "" for e in value], range(len(value))
        elif type(value) is str and name == "DTP" and qualifier:
            elements, indices = [qualifier, "RD8" if "-" in value else "D8", value], (-2, -3, -1)
        else:
            continue
        if any(not _X12_UNSAFE.isdisjoint(e) for e in elements):
            continue  # a separator inside an element: not read by position
        pos += len(name) + 1
        for element, index in zip(elements, indices, strict=True):
            where.append((pos, pos + len(element), key, index))
            pos += len(element) + 1
        text.append(f"{name}*{'*'.join(elements)}~")
    if not where:
        return {}
    spans: list[Span] = []
    _x12("".join(text), spans)
    out: dict[str, dict[int, str]] = {}
    firsts = [first for first, _, _, _ in where]  # ascending: one bisection per span, not a scan of every element
    for start, _, kind in spans:
        at = bisect_right(firsts, start) - 1
        if at >= 0:
            _, last, key, index = where[at]
            if start < last and index >= -1:
                out.setdefault(key, {})[index] = kind
    return out


def _pieces(value: str, sep: str, start: int, cap: int) -> list[tuple[int, str]]:
    """``value`` split at ``sep`` (at most ``cap`` pieces; an unread remainder is dropped), with offsets."""
    parts = value.split(sep, cap)
    if len(parts) > cap:
        parts.pop()
    out = []
    for part in parts:
        out.append((start, part))
        start += len(part) + len(sep)
    return out


def _mark(out: list[Span], start: int, value: str, kind: str) -> None:
    """``value`` at ``start`` as ``kind``, without the spaces around it; an empty or HL7-null value is nothing."""
    stripped = value.strip()
    if not stripped or stripped == '""':
        return
    at = start + value.find(stripped)
    out.append((at, at + len(stripped), kind))


def _is_id(value: str, size: int) -> bool:
    """A segment id: ``size`` ASCII capitals or digits, a letter first."""
    return (
        len(value) == size and value.isascii() and value.isalnum() and value[0].isalpha() and value.upper() == value
    )


def _is_timestamp(value: str) -> bool:
    """An HL7 DT/DTM value of day precision or finer: ``YYYYMMDD[HHMM[SS[.S+]]][+/-ZZZZ]``, a plausible date."""
    if len(value) >= 13 and value[-5] in "+-" and value[-4:].isdigit():
        value = value[:-5]
    if len(value) > 15 and value[14] == "." and value[15:].isdigit() and len(value) <= 19:
        value = value[:14]
    if len(value) not in (8, 12, 14) or not value.isdigit() or not value.isascii():
        return False
    return "1800" <= value[:4] <= "2199" and "01" <= value[4:6] <= "12" and "01" <= value[6:8] <= "31"


# ---- HL7 v2 ----------------------------------------------------------------------------------------------


def _hl7(text: str, out: list[Span]) -> None:
    """Every segment line: its separators declared by the latest ``MSH`` (default ``|^~``), fields by table."""
    field, component, repeat = "|", "^", "~"
    segments = 0
    start = 0
    for line in text.replace("\r", "\n").split("\n"):
        at = start
        start += len(line) + 1
        if field not in line and "MSH" not in line:
            continue
        lead = len(line) - len(line.lstrip(_MLLP))
        if line.startswith("MSH", lead) and len(line) >= lead + 6:
            sep, comp, rep = line[lead + 3], line[lead + 4], line[lead + 5]
            if len({sep, comp, rep}) != 3 or any(c.isalnum() or c.isspace() for c in (sep, comp, rep)):
                continue  # not an MSH this reader can trust: skipped
            field, component, repeat = sep, comp, rep
        elif not (_is_id(line[lead:lead + 3], 3) and line.startswith(field, lead + 3)):
            lead = _marker(line, _HL7_FIELDS, field)
            if lead < 0:
                continue
        segments += 1
        if segments > MAX_SEGMENTS:
            return
        _hl7_segment(line[lead:], at + lead, field, component, repeat, out)


def _marker(line: str, ids: Iterable[str], sep: str) -> int:
    """Where a known segment starts inside a line of prose (``Result: PID|1||...``), or -1."""
    best = -1
    for segment in ids:
        i = line.find(segment + sep)
        while i > 0 and line[i - 1].isalnum():
            i = line.find(segment + sep, i + 1)
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best


def _hl7_segment(segment: str, at: int, field: str, component: str, repeat: str, out: list[Span]) -> None:
    fields = _pieces(segment, field, at, MAX_FIELDS)
    name = fields[0][1]
    rules = _HL7_FIELDS.get(name, {})
    if name == "OBX" and len(fields) > 5 and _observes_age(fields[3][1], component):
        start, value = fields[5]
        if value.strip().isdigit() and len(value.strip()) <= 3 and int(value) > 89:  # no int() of a huge number
            _mark(out, start, value, K.AGE)  # OBX|1|NM|AGE^Age^L||94: the age observed, over 89
    shift = 1 if name == "MSH" else 0  # MSH-1 is the field separator itself: MSH-2 is the first piece
    for number, (start, value) in enumerate(fields[1:], start=1 + shift):
        if not value or (shift and number == 2):
            continue
        rule = rules.get(number)
        if rule == _KEEP:
            continue
        for rep_at, rep in _pieces(value, repeat, start, MAX_REPEATS):
            comps = _pieces(rep, component, rep_at, MAX_COMPONENTS)
            if rule is None:
                for comp_at, comp in comps:
                    if _is_timestamp(comp):
                        out.append((comp_at, comp_at + len(comp), K.DATE))
            else:
                _hl7_field(rule, comps, out)


_AGE_CODES = frozenset(("age", "30525-0", "21612-7", "21611-9"))
"""OBX-3 identifiers of a patient's age: the word, and LOINC's codes for age (reported, estimated)."""


def _observes_age(identifier: str, component: str) -> bool:
    """Whether an OBX-3 names the patient's age (``AGE^Age^L``, ``30525-0^Age^LN``)."""
    return any(part.strip().casefold() in _AGE_CODES for part in identifier.split(component)[:2])


def _hl7_field(rule: str | tuple[str, str], comps: list[tuple[int, str]], out: list[Span]) -> None:
    if isinstance(rule, tuple):  # CX: the identifier, its kind from its type code when that names one
        type_code = comps[4][1].strip() if len(comps) > 4 else ""
        _mark(out, *comps[0], _CX_TYPES.get(type_code, rule[1]))
        return
    layout = _COMPONENTS.get(rule)
    if layout is None:  # a plain field: its first component is the identifier
        _mark(out, *comps[0], rule)
        return
    fax = rule == _XTN and len(comps) > 2 and comps[2][1].strip() == "FX"  # equipment type: a fax machine
    for index, kind in layout.items():
        if index < len(comps):
            _mark(out, *comps[index], K.FAX if fax and kind == K.PHONE else kind)
    if rule == _XCN:  # the provider's id, or a whole name written in the id component
        value = comps[0][1].strip()
        if value:
            has_digit = any(c.isdigit() for c in value)
            _mark(out, *comps[0], (K.NPI if npi_ok(value) else K.ID) if has_digit else K.NAME)


# ---- X12 ---------------------------------------------------------------------------------------------------


def _x12_delimiters(text: str) -> tuple[str, str]:
    """The element separator and segment terminator an ``ISA`` declares (ISA is fixed: 16 elements, the
    terminator after ISA16); without one, ``*`` and ``~`` (or a line break when the text has no ``~``)."""
    i = text.find("ISA")
    while i >= 0:
        sep = text[i + 3:i + 4]
        if sep and not sep.isalnum() and not sep.isspace() and (i == 0 or not text[i - 1].isalnum()):
            j = i + 3
            for _ in range(15):
                j = text.find(sep, j + 1, i + 200)
                if j < 0:
                    break
            if j >= 0:
                terminator = text[j + 2:j + 3]
                if terminator and terminator != sep and not terminator.isalnum() and terminator != " ":
                    return sep, terminator
        i = text.find("ISA", i + 3)
    return "*", "~" if "~" in text else "\n"


def _x12_lines(text: str, terminator: str) -> Iterator[tuple[int, str]]:
    """Each stripped segment and its offset: the pieces between terminators, and the lines within them (X12 data
    holds no line break, so prose around an excerpt stays apart from its segments); at most ``MAX_SEGMENTS``."""
    count = 0
    for at, piece in _pieces(text, terminator, 0, MAX_SEGMENTS):
        for line_at, line in _pieces(piece, "\n", at, MAX_SEGMENTS) if "\n" in piece else ((at, piece),):
            stripped = line.lstrip()
            if not stripped:
                continue
            count += 1
            if count > MAX_SEGMENTS:
                return
            yield line_at + len(line) - len(stripped), stripped.rstrip()


def _x12(text: str, out: list[Span]) -> None:
    """Every segment: what an NM1 names decides whose its loop is (patient, provider, payer)."""
    sep, terminator = _x12_delimiters(text)
    scope = "patient"  # before any NM1: fail closed
    for at, line in _x12_lines(text, terminator):
        end = line.find(sep)
        if end < 0:
            continue
        if not _is_id(line[:end], 3) and not _is_id(line[:end], 2):
            lead = _marker(line, _X12_QUOTED, sep)
            if lead < 0:
                continue
            line, at = line[lead:], at + lead
        elements = _pieces(line, sep, at, MAX_FIELDS)
        name = elements[0][1]
        if name not in _LOOP:
            scope = "patient"
        if name == "NM1":
            scope = _nm1(elements, out)
        elif name == "REF" and scope == "patient" and len(elements) > 2:
            kind = _REF_IDS.get(elements[1][1].strip())
            if kind is not None:
                _mark(out, *elements[2], kind)
        elif name == "PER" and scope == "patient":
            _per(elements, out)
        elif name == "DTP" and len(elements) > 3:
            _dtp(elements, out)
        elif scope == "patient" or name not in ("N2", "N3", "N4"):
            for index, kind in _X12_ELEMENTS.get(name, {}).items():
                if index < len(elements):
                    _mark(out, *elements[index], kind)


def _nm1(elements: list[tuple[int, str]], out: list[Span]) -> str:
    """NM1: entity code, person (1) or not (2), last/organisation name, first, middle, prefix, suffix,
    id qualifier, id. Returns whose loop it opens."""
    code = elements[1][1].strip() if len(elements) > 1 else ""
    person = elements[2][1].strip() != "2" if len(elements) > 2 else True
    if code in _PAYERS:
        return "payer"
    scope = "provider" if code in _PROVIDERS or (not person and code not in _PATIENTS) else "patient"
    if scope == "patient" or person:
        for index in (3, 4, 5):
            if index < len(elements):
                _mark(out, *elements[index], K.NAME)
        if len(elements) > 9:
            _mark(out, *elements[9], _NM1_IDS.get(elements[8][1].strip(), K.ID))
    return scope


def _per(elements: list[tuple[int, str]], out: list[Span]) -> None:
    """PER: function, contact name, then up to three (qualifier, number) pairs."""
    if len(elements) > 2:
        _mark(out, *elements[2], K.NAME)
    for index in (3, 5, 7):
        if index + 1 < len(elements):
            _mark(out, *elements[index + 1], _PER_IDS.get(elements[index][1].strip(), K.PHONE))


def _dtp(elements: list[tuple[int, str]], out: list[Span]) -> None:
    """DTP: qualifier, format (D8, RD8 range ``CCYYMMDD-CCYYMMDD``, DT, TM), date. Every date is a date."""
    form = elements[2][1].strip()
    at, value = elements[3]
    if form == "TM":
        return
    if form.startswith("RD"):
        for part_at, part in _pieces(value, "-", at, 2):
            _mark(out, part_at, part, K.DATE)
        return
    _mark(out, at, value, K.DATE)
