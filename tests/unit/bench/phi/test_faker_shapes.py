"""The Faker probe (bench/phi/faker_shapes.py): what may stay is not counted, the rest is."""

from __future__ import annotations

from bench.phi import faker_shapes as F


def test_a_value_left_partly_unmasked_counts_and_a_state_or_a_title_may_stay() -> None:
    assert F.left("ab12", "Code ab12 here.") and not F.left("ZZ 034070 Q", "Tested ZZ 034070 Q yesterday.")
    assert not F.left("826-801-8159x08301", "Call 826-801-8159x08301 today.")
    assert not F.left("Dr. Zubeyda Quaresma MD", "Patient Dr. Zubeyda Quaresma MD was seen today.")
    assert not F.left("Tucson, AZ 85701", "Address: Tucson, AZ 85701")


def test_a_probe_counts_every_provider_the_locale_has() -> None:
    results = F.probe("en_US", per_provider=5)
    assert set(results) == set(F.PROBES)
    assert all(drawn == 5 and 0 <= left <= 5 for left, drawn, _ in results.values())
