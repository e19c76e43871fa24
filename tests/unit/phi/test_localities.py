"""Towns found by their place in an address (localities.py), whether or not the town list holds them."""

from __future__ import annotations

import pytest

from extproc.phi import detect_text
from extproc.phi import kinds as K


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Deliver to 4770 Lakeview Lane, Quorvaneville 28452; call first", "Quorvaneville"),
        ("3249 King George Blvd, Zubeydaton ON R7A 8M9", "Zubeydaton"),
        ("ADDR: 4309 SPRUCE WAY QUORVANEVILLE\nPHONE", "QUORVANEVILLE"),
        ("DISPATCHED TO 6609 SYCAMORE LN, ZUBEYDATON FOR MVC.", "ZUBEYDATON"),
        ("12 Oak St, Apt 4, Lake Quorvane, NV 89012", "Lake Quorvane"),
    ],
)
def test_the_town_after_a_street(text: str, town: str) -> None:
    assert (town, K.CITY) in [(text[s:e], k) for s, e, k in detect_text(text)]


@pytest.mark.parametrize(
    "text",
    ["at 12 Oak St, Dr. Okafor saw her", "12 Oak St, Apt 4", "Lives at Ring 42, 21629, Germany", "12 Oak St, Patient"],
)
def test_no_town_where_a_title_a_unit_a_country_or_a_label_follows(text: str) -> None:
    assert not [k for _, _, k in detect_text(text) if k == K.CITY]


def test_towns_the_list_holds_anywhere() -> None:
    text = "She lives in Kokomo with her son; moved from Paducah. Take Norco 5 mg for pain."
    assert [(text[s:e], k) for s, e, k in detect_text(text) if k == K.CITY] == [("Kokomo", K.CITY), ("Paducah", K.CITY)]
