"""Normalisation before matching (normalize.py): escaped, fullwidth, other scripts' digits, zero-width characters."""

from __future__ import annotations

import json

from extproc.phi import SAFE_HARBOR, mask_json
from tests.unit.phi.support import masked


def test_decoded_fullwidth_and_zero_width() -> None:
    escaped = json.loads('{"note": "SSN \\u0031\\u0032\\u0033-45-6789"}')
    assert "6789" not in mask_json(escaped, SAFE_HARBOR).value["note"]
    assert masked("SSN \uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19 ok") == "SSN [SSN] ok"
    assert masked("SSN 123\u200b-45-\u200b6789 ok") == "SSN [SSN] ok"
    assert masked("call 617\u200b-555-01\u200d34 now") == "call [PHONE] now"
    assert masked("call \u0666\u0661\u0667-\u0665\u0665\u0665-\u0660\u0661\u0663\u0664 now") == "call [PHONE] now"
