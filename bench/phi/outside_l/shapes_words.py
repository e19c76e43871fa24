"""Name-free documents that use the corpus's English name-words as plain words: every word of them must stay."""

from __future__ import annotations

from typing import Any

from .people import Ctx
from .vocab import cpt, dept, json_text, model, money, payer, structured, text_block

PHRASES = [
    "the electric kettle in the break room",
    "a primrose yellow wristband for fall risk",
    "a step ladder by bay 4",
    "a bucket of ice for the cooler",
    "gravel in the parking lot",
    "a pebble in the shoe",
    "cobble a quick fix",
    "the rafter above the loading dock",
    "the hopper of the shredder",
    "a thimble of barium",
    "the gable end of the annex",
    "lattice under the porch ramp",
    "plumb the new sink",
    "fletcher arrows at the rehab fair",
    "a glover's needle",
    "a snow shovel by the entrance",
    "the bellows of the manual resuscitator",
    "a pitcher of water at the bedside",
    "buckle the wheelchair belt",
    "the zipper on the cold pack",
    "a sprocket on the bed frame",
    "mortar and pestle",
    "a plank of wood for splinting",
    "the hearth of the fireplace",
    "a chimney fire",
    "a fender bender",
    "poppy seed muffins",
    "up with the lark",
    "bluebell wood walk",
    "marigold planters",
    "the journey home",
    "a breezy afternoon",
    "cricket noise in the dock",
    "tansy tea",
    "dahlia bulbs",
    "sorrel soup",
    "cinnamon rolls",
    "candy for the pediatric desk",
    "glory days",
    "a dash of salt",
    "tucker bag",
    "tinker with the printer",
    "gusty winds",
    "the gunner on the rifle team",
    "moose crossing sign",
    "the oxygen tank",
    "bolt the cabinet",
    "skipper of the regatta",
    "a biscuit with gravy",
    "booker of the conference room",
    "goody bags",
]


def _phrases(c: Ctx, n: int) -> list[str]:
    return [c.keep("PHRASE", p) for p in c.r.sample(PHRASES, n)]


def words_facilities_memo(c: Ctx) -> Any:
    """A facilities memo to the access staff."""
    a, b, d = _phrases(c, 3)
    return text_block(f"{dept(c)} facilities update\nPlease note: {a}; {b}. Also {d}. Thank you!")


def words_rpm_faq(c: Ctx) -> Any:
    """The RPM program's device FAQ served to the agent as JSON question/answer pairs."""
    items = [{"q": f"What about {p}?", "a": f"See the {model(c)} guide."} for p in _phrases(c, 3)]
    return json_text({"faq": items, "billing": f"{cpt(c)[0]} billed monthly"})


def words_charge_master_notes(c: Ctx) -> Any:
    """Charge-master change notes: prices, payers, and the team's comments."""
    a, b = _phrases(c, 2)
    code, what = cpt(c)
    rows = [
        ["code", "desc", "price", "payer", "comment"],
        [code, what, money(c), payer(c), a],
        [cpt(c)[0], "supply", money(c, 5, 60), payer(c), b],
    ]
    return structured({"values": rows}, "charge master diff")


SHAPES = {
    "words_facilities_memo": words_facilities_memo,
    "words_rpm_faq": words_rpm_faq,
    "words_charge_master_notes": words_charge_master_notes,
}
