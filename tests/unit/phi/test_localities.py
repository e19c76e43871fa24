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


@pytest.mark.parametrize(
    ("text", "pieces"),  # the kind as the tail gives it; a name rule may have found the piece first
    [
        ("Lives at Jüttnerstraße 26, 69101 Göppingen.", [("69101", K.ADDRESS), ("Göppingen", K.CITY)]),
        ("Unit 26, 47 Williams Drive, Taylormouth 5898", [("Taylormouth", K.CITY), ("5898", K.ADDRESS)]),
        ("Viale Tullio, 33, 95017, Vena (CT)", [("95017", K.ADDRESS), ("Vena", K.CITY)]),
        ("21 McLoughlin Street E95C3EH Quorvane Ville", [("E95C3EH", K.ADDRESS), ("Quorvane Ville", K.CITY)]),
        ("Rambla de Daniel Montoya 538, Santa Cruz de Tenerife, 46386", [("Santa Cruz de Tenerife", K.CITY)]),
    ],
)
def test_the_town_and_the_postal_code_after_a_street_in_any_order(text: str, pieces: list[tuple[str, str]]) -> None:
    covered = {i for s, e, _ in detect_text(text) for i in range(s, e)}
    for piece, _ in pieces:
        start = text.index(piece)
        assert {i for i in range(start, start + len(piece)) if text[i].isalnum()} <= covered, piece


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Moved to 12 Oak St 2019 with her son", "2019"),  # a year straight after a street
        ("12 Oak St, Springfield, IL 62701", "IL"),  # a state stays
        ("Lives at Hauptstraße 5, Göppingen, Hessen 85175, Germany", "Hessen"),  # so does a region after the town
        ("Seen at 12 Oak St Quorvane by the team", "Quorvane"),  # the sentence goes on: no town by its place
    ],
)
def test_what_an_address_tail_leaves(text: str, kept: str) -> None:
    start = text.index(kept)
    assert not [k for s, e, k in detect_text(text) if s < start + len(kept) and e > start]


def test_an_address_written_a_part_to_a_line() -> None:
    text = "Re: Quorvane\n160 Oakpark Drive\nGlasnevin\nCo. Dublin\nD11TCD3\nPPSN on file"
    found = [(text[s:e], k) for s, e, k in detect_text(text)]
    for piece in (("Glasnevin", K.CITY), ("Co. Dublin", K.CITY), ("D11TCD3", K.ADDRESS)):
        assert piece in found, piece
    text = "160 Oakpark Drive\nFollow up in two weeks"
    assert [k for _, _, k in detect_text(text)] == [K.ADDRESS]
