"""Why an approval operation was refused, and why the store could not answer."""


class ReviewRefused(Exception):
    """A review, consumption or lookup the rules do not allow; `code` is stable for clients."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class StoreUnavailable(Exception):
    """The approvals store could not be reached or did not answer: callers fail closed."""
