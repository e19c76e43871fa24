"""``python -m bench.phi.faker_shapes``: identifiers as a test-data generator writes them, one in a plain sentence.

The outside corpora and banks are written by hand; a corpus an outsider draws may come from a generator instead,
with its own formats (``826-801-8159x08301``, ``401 Allison Expressway Suite 272``, ``ZZ 034070 T``). This draws
300 values of each of Faker's identifier providers per locale, puts each in a sentence with a cue or none, and
counts the values detection leaves a letter or digit of uncovered. What may stay is not counted: a state's or a
province's code (Safe Harbor keeps states), a title or a credential beside a name (``Dr.``, ``MD``). Faker draws
from its own lists, so this measures shapes, not names the detector has never seen (the banks do that).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from extproc.phi import detect_text

LOCALES = (
    *("en_US", "en_GB", "en_CA", "en_AU", "en_NZ", "en_IE", "en_IN", "en_PH"),
    *("es_MX", "es_ES", "pt_BR", "fr_FR", "de_DE", "it_IT"),
)
PER_PROVIDER = 300
SEED = 20261130

_MAY_STAY = re.compile(
    r"\b(?:[A-Z]{2,4}|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Dra|Sr|Sra|Srta|Lic|Ing|Jr|II|III|IV|V|MD|DO|PhD|DDS|DVM|RN"
    r"|Herr|Frau|Dipl\.-Ing|Dipl\.-Kfm|Univ\.Prof|B\.A|B\.Sc|B\.Eng|M\.A|M\.Sc|M\.Eng|MBA\.?|Sig|Sig\.ra|Dott"
    r"|Dott\.ssa|Avv|Mme|Mlle|Sr\.a|Dr\.a)\b\.?"
)
"""Tokens of a value that may stay: codes in capitals (a state's, a province's), titles, credentials and degrees
(``Herr``, ``Sig.ra``, ``Dipl.-Ing.``, ``B.Sc.``), suffixes."""


@dataclass(frozen=True)
class Probe:
    """One provider: how to draw a value, and the sentence it is written in."""

    draw: Callable[[Faker], str]
    sentence: str


PROBES: dict[str, Probe] = {
    "name": Probe(lambda f: f.name(), "Patient {} was seen today."),
    "name, no cue": Probe(lambda f: f.name(), "{} was seen today."),
    "family, given": Probe(lambda f: f"{f.last_name()}, {f.first_name()}", "Patient: {}"),
    "ssn": Probe(lambda f: f.ssn(), "ID {} noted."),
    "date of birth": Probe(lambda f: f.date_of_birth().strftime("%m/%d/%Y"), "DOB {}"),
    "date": Probe(lambda f: f.date(), "Seen on {}."),
    "address": Probe(lambda f: f.address().replace("\n", ", "), "Lives at {}."),
    "street": Probe(lambda f: f.street_address(), "Lives at {}."),
    "city": Probe(lambda f: f.city(), "Moved to {} last year."),
    "postcode": Probe(lambda f: f.postcode(), "Postcode {}"),
    "phone": Probe(lambda f: f.phone_number(), "Call {} today."),
    "email": Probe(lambda f: f.email(), "Email {} for results."),
    "url": Probe(lambda f: f.url(), "Portal: {}"),
    "ipv4": Probe(lambda f: f.ipv4(), "Login from {}."),
    "ipv6": Probe(lambda f: f.ipv6(), "Login from {}."),
    "mac address": Probe(lambda f: f.mac_address(), "Device MAC {}."),
    "licence plate": Probe(lambda f: f.license_plate(), "License plate {}."),
    "vin": Probe(lambda f: f.vin(), "Vehicle VIN {}."),
    "iban": Probe(lambda f: f.iban(), "Account IBAN {}."),
    "card": Probe(lambda f: f.credit_card_number(), "Card {} on file."),
    "passport": Probe(lambda f: f.passport_number(), "Passport {}."),
    "employer": Probe(lambda f: f.company(), "Works at {}."),
    "uuid": Probe(lambda f: f.uuid4(), "Record {} updated."),
}


def left(value: str, sentence: str) -> bool:
    """Whether detection leaves a letter or a digit of ``value`` uncovered in ``sentence`` (bar what may stay)."""
    start = sentence.index(value)
    covered: set[int] = set()
    for s, e, _ in detect_text(sentence):
        covered.update(range(s, e))
    for stays in _MAY_STAY.finditer(value):
        covered.update(range(start + stays.start(), start + stays.end()))
    return any(sentence[i].isalnum() and i not in covered for i in range(start, start + len(value)))


def probe(locale: str, per_provider: int = PER_PROVIDER) -> dict[str, tuple[int, int, list[str]]]:
    """Per provider the locale has: values left partly unmasked, values drawn, and a few of those left."""
    faker = Faker(locale)
    faker.seed_instance(SEED)
    out: dict[str, tuple[int, int, list[str]]] = {}
    for name, p in PROBES.items():
        try:
            values = [p.draw(faker) for _ in range(per_provider)]
        except AttributeError:  # the locale has no such provider
            continue
        missed = [v for v in values if v.strip() and left(v, p.sentence.format(v))]
        out[name] = (len(missed), len(values), missed[:3])
    return out


def main(argv: list[str]) -> int:
    locales = argv or list(LOCALES)
    print(f"Faker {__import__('faker').VERSION}: values left with a letter or digit unmasked, of {PER_PROVIDER} each")
    total = [0, 0]
    for locale in locales:
        results = probe(locale)
        left_over = {k: v for k, v in results.items() if v[0]}
        missed = sum(v[0] for v in results.values())
        drawn = sum(v[1] for v in results.values())
        total[0] += missed
        total[1] += drawn
        print(f"  {locale}: {drawn - missed}/{drawn} values masked whole ({(drawn - missed) / drawn:.3f})")
        for name, (n, _, examples) in sorted(left_over.items(), key=lambda kv: -kv[1][0]):
            print(f"    {name:15} {n:4} left, e.g. {examples}")
    print(f"  all: {(total[1] - total[0]) / total[1]:.3f} of {total[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
