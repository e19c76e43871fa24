"""The demo's default patients, generated once per test module."""

from __future__ import annotations

import pytest

from demo.patients import Patient, generate_patients


@pytest.fixture(scope="module")
def patients() -> list[Patient]:
    return generate_patients()
