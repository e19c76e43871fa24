"""What the masking tests ask of one string: the text as masked, the kinds found in it."""

from __future__ import annotations

from extproc.phi import SAFE_HARBOR, Profile, detect_text, mask_json


def masked(text: str, profile: Profile = SAFE_HARBOR) -> str:
    return mask_json({"note": text}, profile).value["note"]


def kinds_found(text: str) -> set[str]:
    return {k for _, _, k in detect_text(text)}
