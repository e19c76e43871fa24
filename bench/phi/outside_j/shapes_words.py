"""Name-free documents that use the English name-words as plain words: every one of them must stay."""

from __future__ import annotations

from typing import Any

from .clinical import dept, drug, protocol, site, word
from .envelope import structured, text_block
from .people import Ctx

PHRASES = [
    "thankful for the interpreter",
    "beauty products may irritate the skin",
    "pretty stable overnight",
    "happiness scale item 4",
    "purity of the reference standard",
    "queen-size mattress",
    "Candida on the oral swab",
    "viola player with jaw pain",
    "closed on Christmas Eve",
    "cassia bark tea",
    "two glasses of chardonnay nightly",
    "peace of mind",
    "tawny port at weekends",
    "faithful to the diary",
    "sweetness of the syrup hides the taste",
    "silence in the group is allowed",
    "gift voucher for completing the diary",
    "max dose 4 g per day",
    "honest about missed doses",
    "curt with reception",
    "bobby pins removed before MRI",
    "herb supplements stopped",
    "doc to review at 2pm",
    "a tad tender on palpation",
    "jerry can of petrol in the shed",
    "pardon the delay in replying",
    "trust fund pays for the carer",
    "flip chart in group room",
    "matt finish on the veneers",
    "innocent murmur",
    "dose given at 08:00",
    "clever use of the pill organiser",
    "talent show at the day centre",
    "wisdom tooth extraction",
    "knowledge check passed",
    "welcome pack posted",
    "brilliant blue dye",
    "SMART goals set",
    "baked spud for lunch",
    "stern warning about the waiting list",
    "garden centre work",
    "fish oil capsules",
    "nail fungus",
    "skeeter bites on both legs",
    "coy about alcohol intake",
    "parish nurse visits",
    "worth repeating the ECG",
    "east wing, ground floor",
    "younger siblings at home",
    "elder abuse screen negative",
    "Friday clinic",
    "Easter Monday closure",
    "winters are harder",
    "wheel barrow injury",
    "pill box filled weekly",
    "brand name only",
    "pinky finger laceration",
    "walking cane",
    "lice combs handed out",
    "tidy and well kempt",
    "crook of the elbow",
    "contrast dye allergy",
    "would not budge on the diet",
    "hand hygiene audit",
    "mellow after lunch",
    "hurt his back lifting",
    "pickles and chips most days",
    "nurse-led clinic",
    "glucose reader",
    "ring pessary change",
    "fissure seal on 36",
    "date stamp on the form",
    "lard in the cooking",
    "strange metallic taste",
    "toll-free helpline",
    "trim nails short",
    "yard work",
    "bream and rice on Fridays",
    "blood pressure cuff",
    "duck under the door frame",
    "speed of onset",
    "ear wax removal",
    "cheer up",
    "tea trolley cart in the corridor",
    "mullet haircut",
    "it was kismet, she says",
]


def words_leaflet(c: Ctx) -> Any:
    """A printed leaflet or handout: plain sentences, the name-words as ordinary words."""
    picks = c.r.sample(PHRASES, 6)
    text = (
        f"{dept(c, 'general')} — patient information\nPrinted {c.date()} for record {c.mrn()}\n\n"
        + "\n".join(f"• {word(c, p)}" for p in picks)
        + f"\n\nYour medicine: {drug(c)}."
    )
    return text_block(text)


def words_protocol(c: Ctx) -> Any:
    """A study site's SOP index or protocol notes: terms pointing at sections, one site and one date."""
    picks = c.r.sample(PHRASES, 5)
    return structured(
        {
            "protocol": protocol(c),
            "site": site(c),
            "terms": [{"term": word(c, p), "section": f"{i + 3}.{c.r.randint(1, 9)}"} for i, p in enumerate(picks)],
            "last_amended": c.date("iso"),
            "query_ref": c.other_id(),
        },
        "SOP index.",
    )


SHAPES = {"words_leaflet": words_leaflet, "words_protocol": words_protocol}
