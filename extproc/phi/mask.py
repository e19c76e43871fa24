"""``mask_json``: the gateway's entry point. Walks decoded JSON, masks by key name, then scans free text.

Three passes over one document:

1. walk the value, copying it; a string under a known key (``ssn``, ``birth_date``...) is masked whole
   without any pattern scan (the cheap signal); other strings are queued; a string that is itself JSON
   (MCP ``content[].text``) is parsed and walked structurally;
2. detect identifiers in the queued strings (patterns, dictionary, cue words);
3. names seen anywhere in the document (name keys, cue runs, dictionary) are looked for in every queued
   string too, then replacements are applied and JSON-in-text is re-serialised.

Counts and paths carry kinds and JSON paths only, never a matched value.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from . import kinds as K
from . import names as N
from .detect import detect_text, name_tokens, propagate_many, scan_many, to_original
from .errors import MaskingError
from .id_labels import person_number
from .keys import (
    AMBIGUOUS_KEYS,
    CODE_KEYS,
    NO_INHERIT,
    NON_PERSON_PARENTS,
    PERSON_PARTS,
    PERSON_RESOURCES,
    RECORD_HOLDERS,
    REGION_KEYS,
    TERMINOLOGY_KEYS,
    WORKSPACE_PARENTS,
    derived_kind,
    index_kind,
    normalize_key,
    person_key,
)
from .profiles import Profile
from .rows import sheet_name_columns
from .segments import X12_OBJECT_KEYS, x12_members
from .validators import zip3
from .value_names import name_shaped, person_cell
from .vault import PseudonymVault, new_token


@dataclass
class MaskResult:
    """The masked value (same structure) and what was masked where: kinds and counts only."""

    value: Any
    changed: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    paths: dict[str, dict[str, int]] = field(default_factory=dict)
    names_found: frozenset[str] = frozenset()
    name_values: tuple[str, ...] = ()
    """What the people's names found were (ePHI: for the caller to seek elsewhere, never to log); their words
    are worked out only when asked for (`names`), as few callers ask."""

    @property
    def names(self) -> frozenset[str]:
        """The words of the people's names found, in free text or under name keys."""
        if self.names_found or not self.name_values:
            return self.names_found
        return frozenset(token for value in self.name_values for token in N.name_tokens(value))


WARM_UP = ["Lotta Virtanen (MRN 88812345) seen with Dr. Okafor on 03/04/2025.", {"name": "Ana da Silva"}]
"""A document that reaches every lazily built table (the name lists, their automaton, the name model)."""


def warm_up(profile: Profile) -> None:
    """Build the detector's tables now (about 0.3 s), not on the first response: it would wait that long, and
    every exchange on the event loop with it."""
    mask_json(WARM_UP, profile)


def mask_json(
    value: Any, profile: Profile, vault: PseudonymVault | None = None, session: str | None = None
) -> MaskResult:
    """Mask every identifier in a decoded JSON value according to ``profile``.

    Any failure raises ``MaskingError`` (whose message never holds the data): the caller must refuse the
    response rather than forward it unmasked.
    """
    try:
        return _Masker(profile, vault, session).run(value)
    except MaskingError:
        raise
    except Exception as exc:  # a masker error is a refusal, never a leak
        raise MaskingError(f"masking failed ({type(exc).__name__})") from None


_FOUR_DIGITS = re.compile(r"(?<![0-9])[12][0-9]{3}(?![0-9])")
"""A run of exactly four ASCII digits starting with 1 or 2 (a plain pattern: linear time on untrusted text)."""


def _year(text: str) -> str | None:
    """The first run of exactly four digits that is a year 1800-2199, if any (one regex pass over a date).
    A date that starts with its year (ISO, the commonest keyed date) is read without the regex: a run at the
    start is the first run. So is a compact date or HL7/X12 timestamp (``19810906``, ``198109060830-0500``):
    eight digits or more starting with a year, a month and a day."""
    head = text[:4]
    if len(head) == 4 and "1800" <= head <= "2199" and head.isdigit() and head.isascii():
        if not "0" <= text[4:5] <= "9":
            return head
        if text[4:8].isdigit() and text[4:8].isascii() and "01" <= text[4:6] <= "12" and "01" <= text[6:8] <= "31":
            return head
    for match in _FOUR_DIGITS.finditer(text):
        year = match.group()
        if "1800" <= year <= "2199":
            return year
    return None


_DATE, _DATE_PLACEHOLDER = K.DATE, K.placeholder(K.DATE)

_JSON_SCALARS = frozenset({int, float, bool, type(None)})

_SEG_CACHE: dict[str, str] = {}
_FHIR_KEYS = frozenset(("reference", "resource_type"))
"""Keys the full walk must see even when no text holds an identifier: a reference's ``Patient/…`` and a Patient
resource's ``id`` (``_person_reference``)."""

_KEY_INFO: dict[int, tuple[Any, dict[str, tuple[str, str, str | None, int]]]] = {}
"""Per keymap: key -> normalised key, path segment, kind, and ``_key_flags``."""

_PERSON_KEY, _REFERENCE, _LOGICAL_ID, _PERSON_PART, _X12_SEGMENT = 1, 2, 4, 8, 16

_DIGIT_KINDS = frozenset(
    (K.MRN, K.SSN, K.PHONE, K.FAX, K.DATE, K.ZIP, K.ID, K.ACCOUNT, K.HEALTH_PLAN, K.MBI, K.NPI, K.NUMBER, K.AGE)
)
"""Kinds whose values are written with digits: a sheet's cell under one without any is some other text."""


def _numbered(cell: Any) -> bool:
    """A cell with four digits at least (text), or a number of four digits or more (``9736825957``)."""
    if type(cell) is str:
        return sum(c.isdigit() for c in cell) >= 4 or (len(cell) <= 3 and cell.isdigit())
    return (type(cell) is int or type(cell) is float) and abs(cell) >= 1000


_NUMBER_WORDS = frozenset(("id", "number", "no", "num", "nbr", "identifier"))
"""Last words of a key naming a number (``portal_id``, ``card_no``)."""


def _keyed_by(key: str, kind: str) -> bool:
    """A key of a map keyed by ``kind`` that is such a value, not a field name (an e-mail has its ``@``, the
    numbers and dates their digits)."""
    if kind == K.EMAIL:
        return "@" in key
    return any(c.isdigit() for c in key) and len(key) <= 64


_DIGIT_RUN = re.compile(r"[0-9]{4}")


def _has_digit(cell: Any) -> bool:
    """A number, or text with a digit (an age of ``94`` or ``94 y``)."""
    return type(cell) is int or type(cell) is float or (type(cell) is str and any(c.isdigit() for c in cell))


_WHOSE_KEYS = frozenset((K.EMAIL, K.NAME))
"""Kinds of a key that say whose its value is: under a person's e-mail or name, a display is that person's name."""

_PERSON_COLUMN = "PERSON_COLUMN"
"""A sheet's column headed by a person (``Patient``, ``Name``): its names and numbers are that person's."""


def _key_flags(nk: str) -> int:
    """What a key may hold besides its kind, as bits (mostly none, so the walk tests one number): a person
    (``keys.person_key``), a FHIR reference, a resource's logical id, a person's part (``display``), an X12
    segment's elements (``NM1``, ``DTP_434``)."""
    return (
        (_PERSON_KEY if person_key(nk) else 0)
        | (_REFERENCE if nk == "reference" else 0)
        | (_LOGICAL_ID if nk == "id" else 0)
        | (_PERSON_PART if nk in PERSON_PARTS else 0)
        | (_X12_SEGMENT if nk.partition("_")[0].upper() in X12_OBJECT_KEYS else 0)
    )
_PLAIN_KEYS: dict[int, tuple[Any, set[str]]] = {}  # per keymap: keys known to name no kind


def _person_map_key(key: str, keymap: Any) -> bool:
    """A key of an object directly under a person's key that is a person's name (``{"members": {"Green, Amber":
    …}}``), not a field of that person's record: a key naming a kind or a person keeps its meaning (``{"patient":
    {"FirstName": "Drew", "PatientId": "778812"}}`` masks both values), and one word alone must be a name the
    dictionary knows unambiguously (``MaritalStatus``, ``Race``, ``Work`` are fields)."""
    nk = normalize_key(key)
    if not nk or nk in keymap or derived_kind(nk) or person_key(nk) or nk in PERSON_PARTS or nk in _FHIR_KEYS:
        return False
    if not name_shaped(key):
        return False
    words = key.replace(",", " ").split()
    if len(words) > 1:
        return True
    word = words[0][:1] + words[0][1:].lower() if words[0].isupper() else words[0]
    return word in N.dictionary_names()


_US_ZIP = re.compile(r"\s*\d{5}(?:-?\d{4})?\s*")
"""A US ZIP (or ZIP+4): what Safe Harbor's first-three-digits rule is for; a postal code abroad is removed whole."""

_PLAIN_REFERENCE = re.compile(r"[A-Za-z0-9._~:/\[\]-]*")
"""A reference that is a path and nothing else once its id is masked (``https://ehr/fhir/Patient/[ID]/_history/2``):
no space, query, fragment or ``@`` where another identifier could be (a plain class: linear time)."""


_PERSON_REFERENCE_TYPES = frozenset((*PERSON_RESOURCES, "Practitioner", "PractitionerRole"))


def _refers_to_person(value: dict) -> bool:
    """A FHIR Reference to a person (``{"reference": "Practitioner/9", "display": "Hope Little"}``) under whatever
    key (``recorder``, ``individual``, ``who``, ``other``): its ``display`` is that person's name."""
    reference = value.get("reference")
    return type(reference) is str and any(part in _PERSON_REFERENCE_TYPES for part in reference.split("/")[:-1])


def _person_resource(value: dict) -> bool:
    """A FHIR resource whose logical id is a person's record number (a ``resourceType`` that is no string is no
    type: a list or an object cannot be looked up)."""
    resource_type = value.get("resourceType")
    return type(resource_type) is str and resource_type in PERSON_RESOURCES


def _seg(key: str) -> str:
    """A path segment that cannot carry an identifier: odd keys (digits, spaces, long) become ``[?]``."""
    seg = _SEG_CACHE.get(key)
    if seg is not None:
        return seg
    seg = "[?]"
    plain = len(key) <= 64 and key.isascii() and key.replace("_", "").replace("-", "").isalnum()
    if plain and sum(c.isdigit() for c in key) <= 2:
        seg = "." + key
    if len(_SEG_CACHE) < 4096:
        _SEG_CACHE[key] = seg
    return seg


_FIXED: dict[int, tuple[Profile, dict[str, str]]] = {}


def _fixed_replacements(profile: Profile) -> dict[str, str]:
    """Per profile: the kinds whose replacement does not depend on the value (redacted to a placeholder)."""
    cached = _FIXED.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    fixed = {kind: K.placeholder(kind) for kind in K.ALL_KINDS
             if kind != K.AGE and profile.strategy(kind) == "redact"}
    if len(_FIXED) >= 64:
        _FIXED.clear()
    _FIXED[id(profile)] = (profile, fixed)
    return fixed


_LETTERS = re.compile(r"[^\W\d_]+")
"""Runs of letters (a plain class repeated: linear time on untrusted text)."""


_ASCII_LETTERS = re.compile(r"[a-z]+")
"""``_LETTERS`` over lower-cased ASCII text."""


_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""Han, Hangul, kana (as `names.is_cjk`): scripts written without spaces between names."""


def _letter_runs(text: str) -> set[str]:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return {run.casefold() for run in _LETTERS.findall(text)}


class _RepeatedKey(ValueError):
    """An object in JSON text repeats a key (never the key itself in the message: it may be ePHI)."""


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _RepeatedKey
    return out


_EMBEDDED = json.JSONDecoder(object_pairs_hook=_no_repeats)
"""JSON text inside a string, read as the outer message is: an object that repeats a key is refused, since
``json`` keeps only the last value and the text forwarded would still hold the first."""


_KEPT_PLAIN = 24
"""A kept keyed value (a clinician's view of a name, a phone, an MRN) up to this length and without ``@;:`` or a
line break is its kind's own shape; a longer one may carry more and is read as free text."""

BIG_NUMBER = 1_000_000
"""A JSON integer of seven digits or more is read as a record's number (``NUMBER``) unless its key names a
quantity: no lab value, dose or count of a patient's is that large, but an MRN, an encounter or a phone is."""

QUANTITY_WORDS = frozenset(
    (
        *("count", "total", "amount", "sum", "size", "bytes", "length", "cents", "price", "cost", "charge", "paid"),
        *("balance", "qty", "quantity", "units", "dose", "duration", "ms", "millis", "seconds", "secs", "elapsed"),
        *("version", "offset", "limit", "page", "index", "rank", "score", "weight", "height", "volume", "steps"),
        *("population", "calories", "billed", "allowed", "payment", "fee", "revenue", "budget", "max", "min"),
        *("tokens", "level", "usd", "dollars", "value", "result", "capacity", "estimate", "num"),
    )
)
"""Words of a key that make its number an amount or a measure (``total_charge_cents``, ``bytes``)."""

EAV_MAX_KEYS = 6
_EAV_LABELS = ("label", "name", "key", "k", "field", "attribute", "type", "title", "system")
_EAV_VALUES = ("value", "v", "val", "text", "answer", "data", "number", "id", "identifier")
_EAV_LABEL_SET = frozenset(_EAV_LABELS)


_TERMINOLOGY_WORDS = frozenset(
    ("snomed", "sct", "loinc", "rxnorm", "icd", "icd10", "icd10cm", "cpt", "ndc", "cvx", "nucc", "ucum", "hcpcs")
)
_TERMINOLOGY_PLACES = ("nlm.nih.gov", "hl7.org/fhir/sid", "unitsofmeasure.org", "www.ama-assn.org")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")


def _terminology(coding: dict) -> bool:
    """A FHIR Coding's ``system`` names a terminology by a word of it or its home (not the OID of Social
    Security numbers, nor a word's letters inside another: ``…/secondcare/…`` holds no ``ndc``)."""
    system = coding.get("system")
    if type(system) is not str or len(system) > 200:
        return False
    folded = system.casefold()
    return any(place in folded for place in _TERMINOLOGY_PLACES) or not _TERMINOLOGY_WORDS.isdisjoint(
        _WORD_SPLIT.split(folded)
    )


def _big(number: float) -> bool:
    """Seven digits or more, a whole number (``40977228``, ``40977228.0``)."""
    return not -BIG_NUMBER < number < BIG_NUMBER and (type(number) is int or number.is_integer())


IDENTITY_WORDS = frozenset(
    (
        *("id", "mrn", "ssn", "acct", "account", "record", "patient", "member", "subscriber", "policy", "claim"),
        *("encounter", "visit", "phone", "fax", "npi", "dea", "license", "licence", "serial", "device", "mbi"),
        *("person", "chart", "empi", "mpi", "ident", "identifier", "number", "no"),
    )
)
"""Words of a key that name whose number it is (``mrn_value``, ``acct_num``): no quantity, whatever else it says."""


_VAGUE_QUANTITIES = frozenset(("value", "result", "level", "index", "num"))
"""Quantity words that an identity word in the same key outweighs (``mrn_value``, ``patient_index``)."""


def _quantity(key: str) -> bool:
    """The key names an amount or a measure: its last word does (``claim_amount_cents``, ``encounter_count``),
    or a quantity word does and no word says whose number it is (``mrn_value`` is an MRN)."""
    words = key.split("_")
    if words[-1] in QUANTITY_WORDS and words[-1] not in _VAGUE_QUANTITIES:
        return True
    return IDENTITY_WORDS.isdisjoint(words) and not QUANTITY_WORDS.isdisjoint(words)


def _eav(value: dict, keymap: Any) -> tuple[str, str] | None:
    """``{"label": "Social Security Number", "value": "…"}``, ``{"k": "dl", "v": "…"}``: a small object whose label
    names a kind through the key table; the value's key and that kind."""
    for label in _EAV_LABELS:
        text = value.get(label)
        if type(text) is str and text and len(text) <= 64:
            kind = keymap.get(normalize_key(text)) or derived_kind(normalize_key(text))
            if kind is not None:
                for member in _EAV_VALUES:
                    if member in value and member != label:
                        return member, kind
    return None


def _region_like(value: object) -> bool:
    """A region's name or code as written (``NJ``, ``New Jersey``, ``Côte d'Ivoire``): letters, spaces, dots,
    hyphens and apostrophes, at most 40 characters."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= 40
        and all(c.isalpha() or c in " .-'\u2019" for c in value)
    )


def _letter_runs_of_all(texts: list[str]) -> set[str]:
    """``_letter_runs`` of ``texts`` joined by a line break (see ``_may_hold``), each normalised on its own: the
    same runs, as normalisation works line by line, but one text that may not be normal (a combining mark)
    no longer costs normalising them all."""
    joined = "\n".join(texts)
    if joined.isascii():  # ASCII letters are the runs, and casefold is lower: one call each, no loop per run
        return set(_ASCII_LETTERS.findall(joined.lower()))
    joined = "\n".join([text if text.isascii() else unicodedata.normalize("NFKC", text) for text in texts])
    return {run.casefold() for run in _LETTERS.findall(joined)}


def _may_hold(texts: list[str], names: list[str]) -> bool:
    """Whether any of `texts` shares a run of letters with any of the keyed `names`, case folded: a name's
    later mention always does, so when none does, propagating names cannot find one (and costs ~50 µs for a
    page of patient rows, almost all of it building the automaton)."""
    if not names:
        return False
    # one pass over all names and one over all texts: joined by a line break, which is no letter and which no
    # normalisation composes with, so a run of letters never spans two of them. Every name's runs count, a
    # name with CJK in it too: its Latin part (`Ana 李明`) is sought in an ASCII text as any other name's.
    if not _letter_runs_of_all(names).isdisjoint(_letter_runs_of_all(texts)):
        return True
    foreign = [text for text in texts if not text.isascii()]
    if not foreign:  # the runs sought below are not ASCII: no ASCII text holds one
        return False
    unspaced: set[str] = set()  # CJK: written without spaces, so a mention is a substring of a longer run
    for name in names:
        if not name.isascii() and _UNSPACED.search(name):
            unspaced |= {run for run in _letter_runs(name) if not run.isascii()}  # its Latin runs: compared above
    if unspaced:
        for text in foreign:
            folded = unicodedata.normalize("NFKC", text).casefold()
            if any(run in folded for run in unspaced):
                return True
    return False


_MAY_OPEN_JSON = frozenset("{[" + "".join(c for c in map(chr, range(0x3001)) if c.isspace()))
"""The first characters of a string that may hold JSON text: a bracket, or whitespace before one (every
character ``str.isspace`` accepts is below U+3001)."""


def _root(seg: str) -> str:
    """A member's path at the top level: `name`, not `.name`; an odd key stays `[?]`."""
    return seg[1:] if seg[:1] == "." else seg


_TEXT_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)
"""``json.dumps(value, ensure_ascii=False)`` for a document the walk rebuilt: a tree of new containers made from
parsed JSON, so it can hold no cycle to look for (the search was 13% of serialising a page of rows)."""


MAX_EMBEDDED = 16
"""JSON text inside JSON text is masked at every level up to this many; deeper is refused, never passed on."""


class _Masker:
    __slots__ = (
        "_batch",
        "_known",
        "_plain",
        "_pseudo",
        "_suffixes",
        "embedded",
        "fixed",
        "fixups",
        "ids_masked",
        "keymap",
        "name_values",
        "names",
        "override",
        "parsed",
        "profile",
        "queue",
        "session",
        "tally",
        "vault",
        "years",
    )

    def __init__(self, profile: Profile, vault: PseudonymVault | None, session: str | None) -> None:
        self.profile = profile
        self.keymap = profile.keymap
        self.vault = vault
        self.session = session
        self.tally: dict[tuple[str, str], int] = {}  # (path, kind) -> identifiers replaced there
        self.parsed: dict[str, Any] = {}  # JSON texts the pre-check parsed, by their text
        self.queue: list[tuple[Any, Any, str, str]] = []  # (container, key, text, path)
        self.fixups: list[tuple[Any, Any, Any, Any, bool]] = []  # (container, key, new, old, pretty)
        self.names: set[str] = set()
        self.name_values: list[str] = []  # values keyed as names, for propagation to free text
        self.fixed = _fixed_replacements(profile)
        self.years = profile.strategy(K.DATE) == "generalize"  # a keyed date becomes its year (Safe Harbor)
        self.ids_masked = profile.strategy(K.ID) != "keep"  # else a person's "number" is read as text (a photo's)
        self._pseudo: dict[tuple[str, str], str] = {}
        self._suffixes: dict[tuple[int, str], int] = {}  # (the object's id, a masked key) -> its last suffix
        self.embedded = 0  # JSON texts inside JSON texts being walked
        self.override: str | None = None
        self._batch: tuple[list[str], Any] | None = None

    # ---- pre-check: a document with no identifying key and no span anywhere is returned as it is ------

    def _quick(self, value: Any, texts: dict[str, None], depth: int) -> bool:
        """Collect the distinct strings pass 2 would scan, in its order (the keys of ``texts``: one store per
        string, no separate membership test); ``False`` when a key names a kind (or anything unusual shows up),
        so that the full walk decides. An object inside a container (a row of a list) is read here in an
        inner loop, not by a call of its own: most of a result is rows."""
        if depth > 200:
            return False
        t = type(value)
        if t is dict:
            if not self._plain.issuperset(value) and not self._plain_keys(value):
                return False
            if len(value) <= EAV_MAX_KEYS and not _EAV_LABEL_SET.isdisjoint(value) and _eav(value, self.keymap):
                return False  # a label naming its value's kind: the full walk masks that value
            items: Any = value.values()
        elif t is list:
            if value and type(value[0]) is list and self._table_columns(value) is not None:
                return False  # a sheet under a heading row: its columns name kinds no text rule would see
            items = value
        else:
            items = None
        if items is not None:
            quick, plain, opens, labels = self._quick, self._plain, _MAY_OPEN_JSON, _EAV_LABEL_SET
            for v in items:
                tv = type(v)
                if tv is str:
                    if v:
                        if v[0] in opens:
                            if not quick(v, texts, depth + 1):
                                return False
                        else:
                            texts[v] = None
                elif tv is dict:  # `self._quick(v, texts, depth + 1)`, inline
                    if depth >= 200 or not (plain.issuperset(v) or self._plain_keys(v)):
                        return False
                    if len(v) <= EAV_MAX_KEYS and not labels.isdisjoint(v) and _eav(v, self.keymap):
                        return False
                    for w in v.values():
                        tw = type(w)
                        if tw is str:
                            if w:
                                if w[0] in opens:
                                    if not quick(w, texts, depth + 2):
                                        return False
                                else:
                                    texts[w] = None
                        elif (tw is int or tw is float) and not -BIG_NUMBER < w < BIG_NUMBER and _big(w):
                            return False  # a number of seven digits or more: the full walk decides
                        elif tw in _JSON_SCALARS:
                            pass
                        elif tw is dict or tw is list:
                            if not quick(w, texts, depth + 2):
                                return False
                        else:
                            return False
                elif (tv is int or tv is float) and not -BIG_NUMBER < v < BIG_NUMBER and _big(v):
                    return False
                elif tv is list:
                    if not quick(v, texts, depth + 1):
                        return False
                elif not (tv is int or tv is float or tv is bool or v is None):
                    return False
            return True
        if t is str:
            if value:
                first = value.lstrip()[:1]
                if first == "{" or first == "[":
                    try:
                        parsed = _EMBEDDED.decode(value)
                    except _RepeatedKey:
                        return False  # the full walk refuses it
                    except (ValueError, RecursionError):
                        parsed = None
                    if isinstance(parsed, dict | list):
                        self.parsed[value] = parsed  # the full walk, if one follows, does not parse it again
                        return self._quick(parsed, texts, depth + 1)
                texts[value] = None
            return True
        if t is int or t is float:
            return not _big(value)
        return t is float or t is bool or value is None

    def _plain_keys(self, value: dict) -> bool:
        """Whether no key of ``value`` names a kind or is itself an identifier (keys seen before are known
        plain: the common case is one ``issuperset`` call, made by the caller)."""
        ok, keymap = self._plain, self.keymap
        for k in value:
            if k not in ok:
                nk = normalize_key(k) if type(k) is str else ""
                if not nk or nk in keymap or derived_kind(nk) or person_key(nk) or nk in _FHIR_KEYS or detect_text(k):
                    return False  # a key naming a kind or a person, a FHIR reference, or a key that is an identifier
                if k.partition("_")[0].upper() in X12_OBJECT_KEYS:
                    return False  # an X12 segment's key: its elements are read by position, by the full walk only
                if len(ok) < 4096:
                    ok.add(k)
        return True

    # ---- bookkeeping -------------------------------------------------------------------------------

    def _count(self, path: str, kind: str) -> None:
        """One identifier replaced in the output (counts are made where bytes change, nowhere else)."""
        key = (self.override or path, kind)
        self.tally[key] = self.tally.get(key, 0) + 1

    def _replacement(self, kind: str, text: str) -> str | None:
        """What replaces ``text`` of ``kind``; ``None`` keeps it."""
        strategy = self.profile.strategies.get(kind, "redact")  # `Profile.strategy`, inline
        if kind == K.AGE:
            digits = "".join(c for c in text if "0" <= c <= "9")  # not "²": int() would refuse it
            if digits and int(digits[:4]) <= 89:
                return None
            if not digits and not text.lower().startswith(("ninety", "one hundred")):  # words: over 89 only so
                return None
        if strategy == "keep":
            return None
        if strategy == "generalize":
            if kind == K.DATE:
                return _year(text) or K.placeholder(K.DATE)
            if kind == K.ZIP:
                return zip3(text) if _US_ZIP.fullmatch(text) else K.placeholder(K.ZIP)  # K1A 0B6: no US ZIP3
            if kind == K.AGE:
                return "90+"
            return K.placeholder(kind)
        if strategy == "pseudonym":
            if self.vault is not None:
                return self.vault.token(self.session, kind, text)
            key = (kind, " ".join(text.casefold().split()))
            tok = self._pseudo.get(key)
            if tok is None:
                tok = self._pseudo[key] = new_token(kind)
            return tok
        return K.placeholder(kind)

    # ---- pass 1: structure and key names -------------------------------------------------------------

    def run(self, value: Any) -> MaskResult:
        keymap = self.keymap
        plain = _PLAIN_KEYS.get(id(keymap))
        if plain is None or plain[0] is not keymap:
            if len(_PLAIN_KEYS) >= 64:  # profiles are few; never grow without bound
                _PLAIN_KEYS.clear()
            plain = _PLAIN_KEYS[id(keymap)] = (keymap, set())
        self._plain = plain[1]
        info = _KEY_INFO.get(id(keymap))
        if info is None or info[0] is not keymap:
            if len(_KEY_INFO) >= 64:
                _KEY_INFO.clear()
            info = _KEY_INFO[id(keymap)] = (keymap, {})
        self._known = info[1]
        found: dict[str, None] = {}
        if self._quick(value, found, 0):
            texts = list(found)
            batch = scan_many(texts) if texts else None
            if batch is None or not any(batch.spans):
                # no identifying key and no span in any string: nothing can change (no names to propagate)
                return MaskResult(value)
            self._batch = (texts, batch)
        holder: list[Any] = [None]
        holder[0] = self._walk(value, "", None, "", holder, 0)
        if self.queue:
            self._scan_queue()
        # Innermost first: a document embedded in a text that is itself embedded was appended before the text
        # around it, and must be serialised into it before that text is serialised in turn (outermost first
        # sent the inner original out while counting it masked).
        for container, key, new_obj, old_obj, pretty in self.fixups:
            if new_obj != old_obj:
                if pretty:
                    container[key] = json.dumps(new_obj, ensure_ascii=False, indent=2)
                else:
                    container[key] = _TEXT_JSON.encode(new_obj)
        counts: dict[str, int] = {}
        paths: dict[str, dict[str, int]] = {}
        for (path, kind), n in self.tally.items():
            counts[kind] = counts.get(kind, 0) + n
            paths.setdefault(path, {})[kind] = n
        return MaskResult(holder[0], bool(self.tally), counts, paths, frozenset(self.names), tuple(self.name_values))

    def _scan_queue(self) -> None:
        """Passes 2 and 3 over the queued strings: each distinct string is scanned once, all in one batch."""
        index: dict[str, int] = {}
        texts: list[str] = []
        for item in self.queue:
            text = item[2]
            if text not in index:
                index[text] = len(texts)
                texts.append(text)
        pre = self._batch
        batch = pre[1] if pre is not None and pre[0] == texts else scan_many(texts)
        found_names = [name_tokens(batch.norm(i), spans) for i, spans in enumerate(batch.spans) if spans]
        if found_names or _may_hold(batch.texts, self.name_values):
            for value in set(self.name_values):  # a patient's name is often keyed more than once
                self.names.update(N.name_tokens(value))
            for tokens in found_names:
                self.names.update(tokens)
            found = propagate_many(batch, N.build_extra(self.names, batch.buffer))
        else:  # no text holds a word of a keyed name: building the automaton would find nothing
            found = batch.spans
        if not any(found):
            return  # no span in any text (a page of codes beside keyed identifiers): nothing to replace
        final: list[list[tuple[int, int, str]] | None] = [None] * len(texts)
        for container, key, text, path in self.queue:
            i = index[text]
            spans = final[i]
            if spans is None:
                spans = final[i] = to_original(batch.norm(i), found[i]) if found[i] else []
            if spans:
                new = self._mask_text(text, path, spans)
                if new is not None:
                    container[key] = new

    def _walk(self, value: Any, path: str, kind: str | None, parent: str, container: Any, key: Any) -> Any:
        """The generic walker (top level and unusual types); dicts and lists go to the specialised loops."""
        if isinstance(value, str):
            if kind is not None:
                return self._keyed(value, kind, path, container, key)
            if value:
                self._text(value, path, container, key)
            return value
        if isinstance(value, dict):
            return self._walk_dict(value, path, kind, parent)
        if isinstance(value, list):
            return self._walk_list(value, path, kind, parent)
        if kind is not None and isinstance(value, int | float) and not isinstance(value, bool):
            replaced = self._replacement(kind, str(value))
            if replaced is None or replaced == str(value):  # a year under a date's key: unchanged, uncounted
                return value
            self._count(path, kind)
            return replaced
        return value

    def _walk_dict(self, value: dict, path: str, kind: str | None, parent: str, row: bool = False) -> dict:
        """One object; ``row``: an element of a list (whose keys are a record's fields, never a map's names)."""
        out: dict[Any, Any] = {}
        keymap, known, fixed, tally, queue = self.keymap, self._known, self.fixed, self.tally, self.queue
        override, name_values, name_kind, years = self.override, self.name_values, K.NAME, self.years
        embedded = override is not None
        ambiguous_parent = parent in NON_PERSON_PARENTS
        person_parent = person_key(parent)  # {"patient": {"display": "Rocky Swan"}}, {"members": {"Green, Amber": …}}
        record_holder = parent in RECORD_HOLDERS  # {"patient": {"id": "0219844KA"}}: the person's number
        people_map = (person_parent or parent.endswith("by_name")) and not row  # householdByName: {name: …}
        keyed_by = index_kind(parent) if not row and "_" in parent else None  # {"patients_by_mrn": {"91-511971": …}}
        eav = _eav(value, keymap) if len(value) <= EAV_MAX_KEYS and not _EAV_LABEL_SET.isdisjoint(value) else None
        x12: dict[str, dict[int, str]] | None = None  # an X12 loop's positions, read at its first segment key
        for k, v in value.items():
            k_out = k
            named_key = people_map and type(k) is str and (k[:1] > "z" or k[:1] < "a" or " " in k)
            if named_key and _person_map_key(k, keymap):
                # a map of people keyed by their names ({"members": {"Green, Amber": …}})
                k_out = self._mask_key(k, [(0, len(k), name_kind)], path, value, out)
                entry = (normalize_key(k), "[?]", None, 0)
            elif keyed_by is not None and keyed_by != name_kind and type(k) is str and _keyed_by(k, keyed_by):
                # a map keyed by the field its name says (``patients_by_mrn``): each key is one
                k_out = self._mask_key(k, [(0, len(k), keyed_by)], path, value, out)
                entry = (normalize_key(k), "[?]", None, 0)
            elif people_map and type(k) is str and person_number(k) and not detect_text(k):
                # or by their numbers ({"subjects": {"US80-005": …}}), which text rules alone would not take
                k_out = self._mask_key(k, [(0, len(k), K.ID)], path, value, out)
                entry = (normalize_key(k), "[?]", None, 0)
            else:
                entry = known.get(k) if type(k) is str else None
            if entry is None:
                nk = normalize_key(k) if isinstance(k, str) else ""
                spans = detect_text(k) if isinstance(k, str) else []
                if spans:  # keys are data: a map keyed by SSN, MRN, email, name or date of birth
                    k_out = self._mask_key(k, spans, path, value, out)
                    whose = any(kind in _WHOSE_KEYS for _, _, kind in spans)
                    if whose and not (keymap.get(nk) or derived_kind(nk)):  # not "Ana Lee | chart_no": an MRN's
                        nk = "recipient"  # {"ana@x.org": {"display": "jeremiah whitfield"}}: what it holds is theirs
                    entry = (nk, "[?]", keymap.get(nk) or derived_kind(nk), _key_flags(nk))  # never the key in a path
                else:
                    seg = _seg(k)  # also refuses a non-string key, as every path segment always did
                    entry = (nk, seg, keymap.get(nk) or derived_kind(nk), _key_flags(nk))
                    if type(k) is str and len(known) < 4096:
                        known[k] = entry
            nk, seg, child_kind, flags = entry
            if (
                child_kind is not None
                and ambiguous_parent
                and nk in AMBIGUOUS_KEYS
                and not (parent in WORKSPACE_PARENTS and type(v) is str and person_cell(v))
            ):
                child_kind = None  # a drug's or a channel's name; a team member's ``Hood, Hoss`` stays a name
            t = type(v)
            if child_kind is None:  # tested once: a keyed value (most of a patient row) skips the four below
                if kind is not None and (nk not in NO_INHERIT or (nk in REGION_KEYS and not _region_like(v))):
                    child_kind = kind  # a "state" holding digits under an address is the address's (07501)
                elif eav is not None and k == eav[0]:
                    child_kind = eav[1]  # {"label": "Social Security Number", "value": "…"}: the label names the kind
                elif (t is int or t is float) and not -BIG_NUMBER < v < BIG_NUMBER and _big(v) and not _quantity(nk):
                    child_kind = K.NUMBER  # 40977228 under `pt_ident`: a record's number, not an amount
                elif t is int or t is float or t is bool or v is None:
                    out[k_out] = v
                    continue
            child = "" if embedded else (path + seg if path else _root(seg))
            if flags & _X12_SEGMENT and x12 is None:
                x12 = x12_members(value)  # the whole object: an NM1 decides whose loop its other segments are
            if x12 and k in x12:  # an X12 loop written as JSON: its elements are read by position
                out[k_out] = self._x12_elements(v, x12[k], child, nk, out, k_out)
                continue
            if t is str:
                if record_holder and child_kind is None and nk.rpartition("_")[2] in _NUMBER_WORDS and person_number(v):
                    child_kind = K.ID  # {"patient": {"portal_id": "pt039070"}}: a number of that person's
                if flags and v:  # rare: a person's key, a FHIR reference or logical id, a person's display
                    if flags & _REFERENCE or (flags & _LOGICAL_ID and (record_holder or _person_resource(value))):
                        masked_ref = self._person_reference(v, nk == "id", override or child)  # a Patient's number
                        if masked_ref is not None:
                            if _PLAIN_REFERENCE.fullmatch(masked_ref):
                                out[k_out] = masked_ref
                                continue
                            v = masked_ref  # more than a path (a query, a note, an address): the rest is read as text
                    display = flags & _PERSON_PART and (person_parent or _refers_to_person(value))
                    named = flags & _PERSON_KEY or display
                    if named and child_kind is None and name_shaped(v):
                        child_kind = name_kind  # "prescriber": "Drew Fox": a person's key, a name's shape
                    elif flags & _PERSON_KEY and child_kind is None and person_number(v) and self.ids_masked:
                        child_kind = K.ID  # "subject": "US80-005", "portal_user": "pt601281": the person's number
                if child_kind is not None:
                    placeholder = fixed.get(child_kind)
                    if placeholder is None and years and child_kind == _DATE:  # `_replacement`'s, inline
                        placeholder = _year(v) or _DATE_PLACEHOLDER
                    if placeholder == v:  # a date that is its year already: unchanged, so not counted
                        out[k_out] = v
                    elif placeholder is not None and v and not v.isspace():  # `_keyed`'s common case, inline
                        if child_kind == name_kind:
                            name_values.append(v)
                        at = (override or child, child_kind)
                        tally[at] = tally.get(at, 0) + 1
                        out[k_out] = placeholder
                    else:
                        out[k_out] = self._keyed(v, child_kind, child, out, k_out)
                else:
                    # a coding's code (SNOMED CT's are digits): its key or a system beside it says which terminology
                    coded = nk in TERMINOLOGY_KEYS or (nk in CODE_KEYS and _terminology(value))
                    if v and not (coded and v.isdigit() and len(v) <= 18):
                        if v[0] in _MAY_OPEN_JSON:
                            self._text(v, child, out, k_out)
                        else:  # `_text`'s common case, inline: free text, queued for passes 2 and 3
                            queue.append((out, k_out, v, override or child))
                    out[k_out] = v
            elif t is dict:
                out[k_out] = self._walk_dict(v, child, child_kind, nk)
            elif t is list:
                out[k_out] = self._walk_list(v, child, child_kind, nk)
            else:
                out[k_out] = self._walk(v, path + seg if path else _root(seg), child_kind, nk, out, k_out)
        return out

    def _mask_key(self, key: str, spans: list[tuple[int, int, str]], path: str, siblings: dict, out: dict) -> str:
        """A key holding an identifier, masked like any text and counted at `PATH.{key}`; a masked key that
        would collide with another member gets a stable suffix, so no member is lost."""
        masked = self._mask_text(key, f"{path}.{{key}}" if path else "{key}", spans)
        if masked is None:
            return key
        candidate = masked
        if candidate in siblings or candidate in out:
            slot = (id(out), masked)  # thousands of keys masked alike: each goes on from the last suffix given,
            n = self._suffixes.get(slot, 1)  # not from ``#2`` (a taken suffix stays taken: the same suffixes)
            while candidate in siblings or candidate in out:
                n += 1
                candidate = f"{masked} #{n}"
            self._suffixes[slot] = n
        return candidate

    def _person_reference(self, value: str, whole: bool, path: str) -> str | None:
        """A FHIR Patient's (Person's, RelatedPerson's) logical id, whole (its ``id``) or after the type in a
        reference (``Patient/8235E46450``, ``https://ehr/fhir/Patient/8235E46450/_history/2``): the record's
        number, masked as an ``ID`` and counted; ``None`` when it is no such reference or the profile keeps it."""
        if whole:
            if not value.strip():
                return None
            start, end = 0, len(value)
        else:
            parts = value.split("/")
            at = next((i for i, part in enumerate(parts[:-1]) if part in PERSON_RESOURCES), None)
            if at is None or not parts[at + 1]:
                return None
            start = len("/".join(parts[: at + 1])) + 1
            end = start + len(parts[at + 1])
        replaced = self._replacement(K.ID, value[start:end])
        if replaced is None or replaced == value[start:end]:
            return None
        at_path = (self.override or path, K.ID)
        self.tally[at_path] = self.tally.get(at_path, 0) + 1
        return value[:start] + replaced + value[end:]

    def _x12_elements(
        self, value: str | list, kinds: dict[int, str], path: str, parent: str, container: dict, key: Any
    ) -> str | list:
        """An X12 segment's elements as a list (or a ``DTP``'s date as a string, at ``-1``): each element whose
        position names a kind is masked as a keyed value of it, the others read as any text would be."""
        if type(value) is str:
            return self._keyed(value, kinds[-1], path, container, key)
        out: list[Any] = [None] * len(value)
        embedded = self.override is not None
        for i, element in enumerate(value):
            at = "" if embedded else f"{path}[{i}]"
            kind = kinds.get(i)
            out[i] = self._keyed(element, kind, at, out, i) if kind else self._walk(element, at, None, parent, out, i)
        return out

    def _walk_list(self, value: list, path: str, kind: str | None, parent: str) -> list:
        if kind is None and value and type(value[0]) is list:
            table = self._table_columns(value)
            if table is not None:
                return self._walk_table(value, path, parent, *table)
            if len(value) >= 2:
                names = sheet_name_columns(value)
                if names:  # no heading row: the rows' own cells told which columns hold people
                    kinds: list[str | None] = [None] * len(value[0])
                    for column in names:
                        kinds[column] = _PERSON_COLUMN
                    return self._walk_table(value, path, parent, -1, kinds)
        lst: list[Any] = [None] * len(value)
        override, queue = self.override, self.queue
        embedded = override is not None
        people = kind is None and person_key(parent)  # "attendees": ["Drew Fox", "King, Nizhoni"]
        for i, v in enumerate(value):
            t = type(v)
            if people and t is str and name_shaped(v):
                lst[i] = self._keyed(v, K.NAME, "" if embedded else f"{path}[{i}]", lst, i)
            elif kind is None and (t is int or t is float) and _big(v) and not _quantity(parent):
                lst[i] = self._walk(v, "" if embedded else f"{path}[{i}]", K.NUMBER, parent, lst, i)
            elif kind is None and (t is int or t is float or t is bool or v is None):
                lst[i] = v
            elif t is str and kind is None:  # `_walk`'s free-text case, inline: a list of codes or notes
                if v:
                    if v[0] in _MAY_OPEN_JSON:
                        self._text(v, "" if embedded else f"{path}[{i}]", lst, i)
                    else:  # `_text`'s common case, inline
                        queue.append((lst, i, v, override or ("" if embedded else f"{path}[{i}]")))
                lst[i] = v
            elif t is dict:
                lst[i] = self._walk_dict(v, "" if embedded else f"{path}[{i}]", kind, parent, True)
            else:
                lst[i] = self._walk(v, "" if embedded else f"{path}[{i}]", kind, parent, lst, i)
        return lst

    def _table_columns(self, rows: list) -> tuple[int, list[str | None]] | None:
        """A sheet's values as a list of rows (Google Sheets', Excel's ``values``): the first of its first three
        rows whose cells are all text or empty and name a kind for some column (``MRN``, ``Patient``, ``DOB``), with
        each column's kind; ``_PERSON_COLUMN`` for a person's heading (``Patient``, ``Name``)."""
        for at in range(min(3, len(rows) - 1)):
            row = rows[at]
            if type(row) is not list or not 2 <= len(row) <= 64:
                continue
            if not all(cell is None or type(cell) is str for cell in row):
                continue
            kinds: list[str | None] = []
            for cell in row:
                nk = normalize_key(cell) if cell else ""
                kind = (self.keymap.get(nk) or derived_kind(nk)) if nk else None
                if (kind == K.NAME and nk in AMBIGUOUS_KEYS) or (kind is None and nk and person_key(nk)):
                    kind = _PERSON_COLUMN
                kinds.append(kind)
            if any(kinds):
                return at, kinds
        return None

    def _walk_table(self, rows: list, path: str, parent: str, heading: int, kinds: list[str | None]) -> list:
        """The rows under a sheet's heading row, each cell read as its column's key would be read: a kind's column
        masks its cells whatever they hold (``9736825957`` under ``Phone``), a person's column its names and
        numbers; the rows above the heading and any other cell are walked as any value is."""
        embedded = self.override is not None
        people = person_key(parent)  # "patients": [[…], ["Wickremeratne, Ruwan", …]]: as `_walk_list` reads a row
        strategies = self.profile.strategies
        kept = {kind for kind in (*kinds, K.ID) if kind and strategies.get(kind) == "keep"}
        out: list[Any] = []
        for i, row in enumerate(rows):
            at = "" if embedded else f"{path}[{i}]"
            if type(row) is not list:
                out.append(self._row_cell(row, at, parent, people, out, i))  # as `_walk_list` reads an item
                continue
            if i <= heading:
                out.append(self._walk(row, at, None, parent, out, i))
                continue
            cells: list[Any] = []
            for j, cell in enumerate(row):
                kind = kinds[j] if j < len(kinds) else None
                here = "" if embedded else f"{at}[{j}]"
                if kind == _PERSON_COLUMN:
                    if type(cell) is str and person_cell(cell):
                        cells.append(self._keyed(cell, K.NAME, here, cells, j))
                        continue
                    kind = K.ID if type(cell) is str and person_number(cell) else None
                if kind in _DIGIT_KINDS and not (_numbered(cell) or (kind == K.AGE and _has_digit(cell))):
                    kind = None  # a totals row's ``Total`` or ``4`` under ``MRN`` or ``Phone``: no one's number
                elif kind == K.AGE and type(cell) is str and _DIGIT_RUN.search(cell):
                    kind = None  # ``BB00565705`` under ``Age``: no age (which an age's key would keep unread)
                elif kind in kept:
                    kind = None  # a kind the profile keeps is read as text: an SSN under ``DOB`` is still masked
                if kind is not None and type(cell) is str:
                    cells.append(self._keyed(cell, kind, here, cells, j))
                elif kind is None:
                    cells.append(self._row_cell(cell, here, parent, people, cells, j))
                else:
                    cells.append(self._walk(cell, here, kind, parent, cells, j))
            out.append(cells)
        return out

    def _row_cell(self, cell: Any, path: str, parent: str, people: bool, row: list, j: int) -> Any:
        """A sheet's cell no column's kind reads, read as `_walk_list` reads a row's item: a name under a person's
        key, a big number (``9736825957``), free text; a sheet's heading never masks less than its rows did."""
        t = type(cell)
        if people and t is str and name_shaped(cell):
            return self._keyed(cell, K.NAME, path, row, j)
        if (t is int or t is float) and _big(cell) and not _quantity(parent):
            return self._walk(cell, path, K.NUMBER, parent, row, j)
        if t is dict:
            return self._walk_dict(cell, path, None, parent, True)
        return self._walk(cell, path, None, parent, row, j)

    def _keyed(self, value: str, kind: str, path: str, container: Any, key: Any) -> str:
        """A value whose key names its kind: no detection needed. A redacted kind's placeholder is a constant
        (most keyed values of a patient row), so the common case is two dict lookups and the tally. A value the
        profile keeps (an age under 90, a name for a clinician) is read as free text: what else it holds
        (``45, jane.doe@example.com``) is masked as it would be anywhere."""
        if not value.strip():
            return value
        if kind == K.NAME:
            self.name_values.append(value)  # tokenised only if some free text is scanned for names later
        replaced = self.fixed.get(kind)
        if replaced is None:
            replaced = self._replacement(kind, value)
            if replaced is None:
                if len(value) > _KEPT_PLAIN or kind == K.ID or any(c in value for c in "@;:\n"):
                    self._text(value, path, container, key)  # more than its own kind's shape; an "id_number" an SSN's
                return value
            if replaced == value:  # the record says only what changed the bytes
                return value
        at = (self.override or path, kind)  # `_count`, inline: once per keyed identifier
        self.tally[at] = self.tally.get(at, 0) + 1
        return replaced

    def _text(self, value: str, path: str, container: Any, key: Any) -> None:
        if value[0] in _MAY_OPEN_JSON and value.lstrip()[:1] in ("{", "["):
            parsed = self.parsed.pop(value, None)
            if parsed is None:
                try:
                    parsed = _EMBEDDED.decode(value)
                except _RepeatedKey:
                    # json keeps a repeated key's last value: the walk would mask one, the bytes would carry both
                    raise MaskingError("JSON text inside a string repeats a key: refused as ambiguous") from None
                except ValueError:
                    parsed = None
                except RecursionError:
                    raise MaskingError("embedded JSON nested too deeply to mask") from None
            if isinstance(parsed, dict | list):
                # counts of the embedded document are reported at the text's own path
                sub = self._walk_embedded(parsed, path)
                # the caller keeps the original text; it is replaced by the masked serialisation after pass 3
                self.fixups.append((container, key, sub, parsed, "\n" in value))
                return
        self.queue.append((container, key, value, self.override or path))

    def _walk_embedded(self, parsed: Any, path: str) -> Any:
        outer = self.override
        self.override = outer or path
        self.embedded += 1
        if self.embedded > MAX_EMBEDDED:
            raise MaskingError(f"JSON text embedded more than {MAX_EMBEDDED} levels deep")
        try:
            holder: list[Any] = [None]
            holder[0] = self._walk(parsed, "", None, "", holder, 0)
        finally:
            self.override = outer
            self.embedded -= 1
        return holder[0]

    # ---- passes 2 and 3: free text ---------------------------------------------------------------------

    def _mask_text(self, text: str, path: str, spans: list[tuple[int, int, str]]) -> str | None:
        if not spans:
            return None
        parts: list[str] = []
        last = 0
        fixed, tally, at_path = self.fixed, self.tally, self.override or path
        for s, e, kind in spans:
            value = text[s:e]
            replaced = fixed.get(kind)  # a redacted kind's constant placeholder, as `_replacement` would give
            if replaced is None:
                replaced = self._replacement(kind, value)
            counted = kind
            if replaced is None and e - s > 3:
                # a span the profile keeps (an age under 90, a CSV cell or an XML element read whole) may hold
                # other identifiers, which the merge of overlapping spans folded into it: they are masked (and
                # counted by this call, each by its kind; the span's own kind is not)
                inner = [sp for sp in detect_text(value) if sp[1] - sp[0] < e - s]
                replaced = self._mask_text(value, path, inner) if inner else None
                counted = None
            if replaced is None or replaced == value:  # a date that is its year already: nothing to count
                continue
            parts.append(text[last:s])
            parts.append(replaced)
            last = e
            if counted is not None:  # `_count`, inline
                at = (at_path, counted)
                tally[at] = tally.get(at, 0) + 1
        if not parts:
            return None
        parts.append(text[last:])
        return "".join(parts)
