"""The running policy, reloaded when its file changes; a bad edit never replaces a good policy."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from extproc.policy.decide import Policy
from extproc.policy.errors import PolicyError, Problem
from extproc.policy.load import load_policy, read_policy_text

log = logging.getLogger(__name__)

Signature = tuple[int, int, int, int]
"""(mtime_ns, size, inode, device) of the file a path resolves to."""


def _signature(path: Path) -> Signature:
    # os.stat follows symlinks: a Kubernetes ConfigMap update swaps the `..data` symlink to a new directory,
    # so the inode (and usually mtime) of the resolved file changes although the mounted path does not.
    st = os.stat(path)
    return st.st_mtime_ns, st.st_size, st.st_ino, st.st_dev


class PolicyStore:
    """Holds the current ``Policy`` of one file and reloads it when the file changes.

    The constructor loads the file and raises ``PolicyError`` if it is unusable: the gateway refuses to start
    on a bad policy. Later, ``maybe_reload`` (cheap enough to call per request) looks at the file at most once
    per ``interval`` seconds; a changed file that fails to load leaves the previous policy in force, sets
    ``last_error`` and logs one warning listing the problems (never the file's content). Meant to be used from
    one thread, the gateway's event loop; the stat and the rare reload are short blocking calls.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        base_dir: Path | None = None,
        finish: Callable[[Policy], Policy] | None = None,
    ) -> None:
        self.path = Path(path)
        self._finish = finish
        """Completes each loaded version with what the gateway adds (its public URL as the audience); raises
        ``PolicyError`` to refuse that version, like a problem in the file."""
        self.interval = interval
        self.last_error: PolicyError | None = None
        """Why the file's latest version is not in force; None while the current policy is the file's."""
        self._clock = clock
        self._base_dir = base_dir
        self._signature: Signature | None = None
        self._policy = self._load()
        self._checked_at = clock()

    @property
    def current(self) -> Policy:
        """The policy in force."""
        return self._policy

    def maybe_reload(self) -> bool:
        """Reload if the interval has passed and the file changed; True when a new policy took effect."""
        now = self._clock()
        if now - self._checked_at < self.interval:
            return False
        self._checked_at = now
        try:
            signature = _signature(self.path)
        except OSError as exc:
            if self._signature is not None:  # warn once, when the file goes away
                self._signature = None
                self._failed(PolicyError([Problem(0, "", f"cannot read the file: {exc.strerror or exc}")],
                                         str(self.path)))
            return False
        if signature == self._signature:
            return False
        try:
            policy = self._load()
        except Exception as exc:  # whatever goes wrong, the running policy stays: this is the request path
            error = exc if isinstance(exc, PolicyError) else PolicyError(
                [Problem(0, "", f"could not be loaded ({type(exc).__name__})")], str(self.path))
            self._signature = signature  # do not retry (or warn again) until the file changes again
            self._failed(error)
            return False
        self._policy = policy
        self.last_error = None
        log.info("policy %s reloaded: %d roles", self.path, len(policy.roles))
        return True

    def _load(self) -> Policy:
        try:
            signature = _signature(self.path)  # before reading: a write after it is seen by the next check
        except OSError as exc:
            raise PolicyError([Problem(0, "", f"cannot read the file: {exc.strerror or exc}")],
                              str(self.path)) from None
        policy = load_policy(read_policy_text(self.path), str(self.path), base_dir=self._base_dir)
        if self._finish is not None:
            policy = self._finish(policy)
        self._signature = signature
        return policy

    def _failed(self, error: PolicyError) -> None:
        self.last_error = error
        log.warning("policy %s not reloaded, the previous policy stays in force: %s", self.path,
                    "; ".join(str(p) for p in error.problems))
