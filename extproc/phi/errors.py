"""The one exception the masking engine lets out."""

from __future__ import annotations


class MaskingError(Exception):
    """Masking failed; the gateway must refuse the response (a masker error is a refusal, never a leak).

    The message never contains the text being masked: only the kind of failure.
    """
