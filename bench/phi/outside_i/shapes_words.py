"""Name-free documents that use the English name-words as plain words: everything in them must stay."""

from __future__ import annotations

from typing import Any

from .clinical import dept, drug, word
from .people import Ctx
from .shapes_payer import text_block

PHRASES = [
    "Baker's cyst",
    "rolling walker",
    "bill the secondary payer",
    "mark the operative site",
    "will call back",
    "grace period",
    "hope to discharge",
    "joy of eating returns",
    "cook with less salt",
    "stone in the left ureter",
    "fox and wolf hazards on farm",
    "bird flu screening",
    "swan-neck deformity",
    "bell's palsy",
    "little finger",
    "young adult clinic",
    "small bowel",
    "strong grip",
    "wise to recheck",
    "moody and irritable",
    "sharp pain",
    "frost bite",
    "snow shoveling",
    "winter months",
    "rice and beans",
    "gold standard",
    "silver nitrate",
    "price transparency",
    "cash pay",
    "food banks",
    "fisher exact test",
    "carpenter by trade",
    "page the on-call",
    "chambers of the heart",
    "hall monitor",
    "church group",
    "lake swimming",
    "lamb chops",
    "love languages",
    "short stature",
    "long-acting",
    "green stools",
    "brown recluse bite",
    "white coat hypertension",
    "black tarry stool",
    "knight's move thinking",
    "king-size bed",
    "glass of water",
    "steel plate",
    "heart rate",
    "chase the lab",
    "grant funding",
    "frank blood",
    "guy wire",
    "art therapy",
    "clay pot cooking",
    "reed diffuser",
    "cliff diving",
    "lance the abscess",
    "drew blood",
    "dawn phenomenon",
    "amber urine",
    "ruby-colored",
    "pearl-like papule",
    "iris coloboma",
    "holly berries",
    "poison ivy",
    "daisy wheel chart",
    "violet discoloration",
    "hazel eyes",
    "olive oil",
    "autumn allergies",
    "summer camp physical",
    "April showers",
    "June follow-up",
    "faith-based program",
    "honey for cough",
    "sunny disposition",
    "misty vision",
    "patience with titration",
    "charity care",
]


def words_education(c: Ctx) -> Any:
    picks = c.r.sample(PHRASES, 5)
    text = (
        f"Patient education handout — {dept(c)}\nPrinted for visit {c.date()} · MRN {c.mrn()}\n\n"
        + "\n".join(f"- {word(c, p)}" for p in picks)
        + f"\n\nMedication reminder: {drug(c)}."
    )
    return text_block(text)


def words_policy(c: Ctx) -> Any:
    """A payer policy's keyword index: the name-words as index terms, each pointing at a section."""
    picks = c.r.sample(PHRASES, 4)
    return {
        "policy": "UM-PR-114",
        "title": "Home safety and equipment",
        "index_terms": [
            {"term": word(c, p), "see": f"section {i + 2}.{c.r.randint(1, 6)}"} for i, p in enumerate(picks)
        ],
        "owner": dept(c),
        "applies_to_case": c.other_id(),
        "reviewed": c.date(),
    }


SHAPES = {"words_education": words_education, "words_policy": words_policy}
