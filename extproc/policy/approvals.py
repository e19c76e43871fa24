"""Which approval rule, if any, a ``tools/call`` falls under: the first in file order that covers the tool and
whose conditions all hold.

This runs on every allowed ``tools/call``, so the part that depends only on the tool name is computed once per
name and cached: the rules whose patterns cover the name, cut after the first one without conditions (no later
rule can be reached). A call needing no approval costs one dict lookup; only rules with ``when`` conditions look
at the arguments. The cache is bounded, as tool names come from callers.
"""

from __future__ import annotations

import json
import operator
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from extproc.policy.grants import Grant, GrantTable
from extproc.policy.model import NUMERIC_OPERATORS, ApprovalRule, Condition, Scalar

TOOL_CACHE_SIZE = 4096
"""Distinct tool names remembered; the cache is emptied when full."""

CACHED_NAME_MAX = 256
"""Longer tool names are resolved on every call instead of being kept as cache keys (bounded memory)."""

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le,
    "ne": operator.ne,
}
_SYMBOL = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "eq": "==", "ne": "!=", "in": "in"}
_NUMBER = (int, float)


def _kind(value: object) -> type:
    """The JSON type of a decoded value: integers and decimals are one kind (numbers); booleans are not numbers."""
    kind = type(value)
    return float if kind is int else kind


def comparable(condition: Condition, value: object) -> bool:
    """Whether ``value`` has the type ``condition`` is written with (see ``Condition``: if not, it holds)."""
    if condition.operator in NUMERIC_OPERATORS:
        return type(value) in _NUMBER and value == value  # NaN compares with nothing
    if condition.operator == "in":
        return any(_kind(value) is _kind(member) for member in cast(tuple[Scalar, ...], condition.value))
    return _kind(value) is _kind(condition.value)


def _folded(value: object) -> object:
    """A string as servers commonly read it (Unicode-compatible forms, any case, outer spaces dropped); any
    other value as it is."""
    return unicodedata.normalize("NFKC", value).casefold().strip() if isinstance(value, str) else value


def holds(condition: Condition, arguments: Mapping[str, Any]) -> bool:
    """Whether ``condition`` holds for a call's arguments; an absent or incomparable argument holds.

    ``eq`` and ``in`` compare strings folded (see ``_folded``), so ``"ALL"`` or fullwidth ``"all"`` cannot dodge a rule
    written for ``"all"`` at a server that normalises them; ``ne`` compares exactly, so it too errs towards
    holding."""
    if condition.argument not in arguments:
        return True
    value = arguments[condition.argument]
    if not comparable(condition, value):
        return True
    if condition.operator == "in":
        kind, folded = _kind(value), _folded(value)
        return any(_kind(member) is kind and _folded(member) == folded
                   for member in cast(tuple[Scalar, ...], condition.value))
    if condition.operator == "eq":
        return _folded(value) == _folded(condition.value)
    return _COMPARE[condition.operator](value, condition.value)


def describe(condition: Condition) -> str:
    """The condition as operators read it, e.g. ``limit > 100`` or ``site in ["a", "b"]``."""
    value: Scalar | list[Scalar] = (
        list(condition.value) if isinstance(condition.value, tuple) else condition.value
    )
    return f"{json.dumps(condition.argument)} {_SYMBOL[condition.operator]} {json.dumps(value)}"


class ApprovalIndex:
    """A policy's approval rules, indexed by tool name for the hot path.

    Safe to share between threads: its cache only ever gains entries or is emptied whole.
    """

    __slots__ = ("_cache", "_rules", "_tables")

    def __init__(self, rules: Sequence[ApprovalRule]) -> None:
        self._rules = tuple(rules)
        self._tables = tuple(GrantTable(Grant(i, rule.name, None, p) for p in rule.tools)
                             for i, rule in enumerate(self._rules))
        self._cache: dict[str, tuple[ApprovalRule, ...]] = {}

    def candidates(self, tool: str) -> tuple[ApprovalRule, ...]:
        """The rules that may apply to ``tool``, in file order: those covering it, up to the first without
        conditions."""
        found = self._cache.get(tool)
        if found is not None:
            return found
        covering: list[ApprovalRule] = []
        for rule, table in zip(self._rules, self._tables, strict=True):
            if table.match(tool) is not None:
                covering.append(rule)
                if not rule.when:
                    break
        found = tuple(covering)
        if len(tool) <= CACHED_NAME_MAX:
            if len(self._cache) >= TOOL_CACHE_SIZE:
                self._cache.clear()
            self._cache[tool] = found
        return found

    def rule_for(self, tool: str, arguments: Mapping[str, Any]) -> ApprovalRule | None:
        """The rule a call of ``tool`` with ``arguments`` needs approval under, or None."""
        candidates = self._cache.get(tool)
        if candidates is None:
            candidates = self.candidates(tool)
        for rule in candidates:
            if all(holds(condition, arguments) for condition in rule.when):
                return rule
        return None
