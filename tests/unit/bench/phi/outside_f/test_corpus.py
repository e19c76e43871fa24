"""What corpus F holds beyond what every kit corpus does (see tests/unit/bench/phi/outside_kit)."""

from __future__ import annotations

import pytest

from bench.phi.outside_f.corpus import SHAPES
from tests.unit.bench.phi.outside_kit.corpora import SMALL, drawn


@pytest.fixture(scope="module")
def docs():
    return drawn("F", SMALL["F"])


def test_every_one_of_at_least_25_shapes_plants_identifiers(docs) -> None:
    assert len(SHAPES) >= 25
    for doc in docs:
        assert doc.identifiers, doc.shape
