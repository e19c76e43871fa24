"""What is wrong with a policy file: every problem, each with its line and the path of the field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with a policy file.

    Messages name fields and the policy's own vocabulary (keys, algorithm names), never a dump of the file,
    so they are safe to log.
    """

    line: int
    """1-based line in the file; 0 when the problem is not tied to a line (unreadable file, empty file)."""
    path: str
    """Where in the document, e.g. ``roles.intern.tools[2]``; empty for the whole file."""
    message: str

    def __str__(self) -> str:
        where = [f"line {self.line}"] if self.line else []
        if self.path:
            where.append(self.path)
        return ": ".join([*where, self.message])


class PolicyError(Exception):
    """A policy that cannot be used, with every problem found in it (sorted by line)."""

    def __init__(self, problems: Iterable[Problem], source: str = "policy") -> None:
        self.problems: list[Problem] = sorted(problems)
        self.source = source
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{source}: {count} problem{'s' if count != 1 else ''}\n{lines}")
