"""Why audit could not do its job: the exchanges that depend on it are refused."""


class AuditUnavailable(Exception):
    """The record could not be made durable: the exchange it describes must be refused."""
