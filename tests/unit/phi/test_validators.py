"""Check digits and structure rules (validators.py): invalid numbers are not identifiers; ZIP prefixes of small
populations become 000."""

from __future__ import annotations

import pytest

from extproc.phi import SAFE_HARBOR, mask_json
from extproc.phi import validators as V
from tests.unit.phi.support import kinds_found, masked


def test_low_population_zip_prefix_becomes_000() -> None:
    assert mask_json({"zip": "03601"}, SAFE_HARBOR).value == {"zip": "000"}
    assert mask_json({"zip": "89301-1234"}, SAFE_HARBOR).value == {"zip": "000"}
    assert mask_json({"zip": "02134"}, SAFE_HARBOR).value == {"zip": "021"}
    assert V.zip3("55612") == "000"


@pytest.mark.parametrize(
    "text",
    [
        "SSN 000-12-3456",  # area 000
        "id 666-12-3456",
        "id 123-00-4567",
        "id 123-45-0000",
    ],
)
def test_validators_reject_invalid_numbers(text: str) -> None:
    assert masked(text) == text


def test_a_vin_with_a_wrong_check_digit_is_no_vin_but_still_an_opaque_number() -> None:
    assert masked("code 1HGCM82633A004353") == "code [NUMBER]"


def test_a_bare_run_of_seven_digits_or_more_is_an_identifier_whatever_its_check_digit() -> None:
    assert masked("NPI 1234567890") != "NPI 1234567890"  # not an NPI (Luhn), still a number that identifies
    assert masked("pi 3.14159265, dose 1000000 units") == "pi 3.14159265, dose [NUMBER] units"


def test_validators() -> None:
    assert V.npi_ok("1234567893") and not V.npi_ok("1234567890")
    assert V.dea_ok("AB1234563") and not V.dea_ok("AB1234567")
    assert V.luhn_ok("4111111111111111") and not V.luhn_ok("4111111111111112")
    assert V.nanp_shaped("(617) 555-0134") and V.nanp_shaped("180-279-2880") and not V.nanp_shaped("617-555-013")
    assert V.nanp_shaped("001-584-514-8525") and V.nanp_shaped("(611) 387-8098"), "from abroad; an N11 made up"
    assert V.mbi_ok("1EG4-TE5-MK73") and not V.mbi_ok("1SG4-TE5-MK73")
    assert V.vin_ok("1HGCM82633A004352") and not V.vin_ok("1HGCM82633A004353")
    assert "VIN" not in kinds_found("code 1HGCM82633A004353 here")


def test_an_itin_is_written_as_an_ssn_and_masked_as_one() -> None:
    assert masked("id 912-72-3456") == "id [SSN]"
