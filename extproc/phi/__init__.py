"""ePHI masking engine: detects the 18 Safe Harbor identifier kinds in decoded JSON and masks them per profile.

Public API: ``mask_json``, ``warm_up``, ``MaskResult``, ``MaskingError``, ``PseudonymVault``, ``Profile``,
``get_profile``, ``detect_text`` (spans, for evaluation) and the ``kinds`` module.
"""

from __future__ import annotations

from . import kinds
from .detect import detect_text
from .errors import MaskingError
from .mask import MaskResult, mask_json, warm_up
from .profiles import CLINICAL, PROFILES, PSEUDONYMIZED, SAFE_HARBOR, Profile, get_profile
from .vault import PseudonymVault

__all__ = [
    "CLINICAL",
    "PROFILES",
    "PSEUDONYMIZED",
    "SAFE_HARBOR",
    "MaskResult",
    "MaskingError",
    "Profile",
    "PseudonymVault",
    "detect_text",
    "get_profile",
    "kinds",
    "mask_json",
    "warm_up",
]
