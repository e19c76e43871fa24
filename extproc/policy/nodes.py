"""Reading YAML nodes of a policy file: each reader checks one node and records what is wrong with its line.

The readers return None (``INVALID`` for comparison operands, where None is YAML null) for a value they could
not use, having recorded why; they never raise on a hostile document.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Collection
from pathlib import Path

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from extproc.policy.durations import format_duration, parse_duration
from extproc.policy.errors import Problem

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_KINDS = {_MAP: "a mapping", _SEQ: "a list", _STR: "a string", _INT: "an integer", _BOOL: "a boolean",
          _NULL: "empty (null)", "tag:yaml.org,2002:float": "a number", "tag:yaml.org,2002:timestamp": "a date"}
_QUOTABLE = frozenset({_INT, _BOOL, "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"})
"""Plain scalars YAML reads as something other than a string (``123``, ``yes``, ``1.0``, ``2024-01-01``)."""
_FLOAT = "tag:yaml.org,2002:float"
_CONSTRUCTOR = SafeConstructor()
INVALID = object()
"""What the readers of comparison operands return for a value they could not use (None is YAML null)."""


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def is_null(node: Node) -> bool:
    """``null``, ``~`` or nothing at all after the colon."""
    return isinstance(node, ScalarNode) and node.tag == _NULL


def _kind(node: Node) -> str:
    return _KINDS.get(node.tag, f"a value tagged {node.tag}")


class Nodes:
    """Collects problems while reading nodes; each reader returns None for a value it could not use.

    ``base_dir`` is what relative file paths in the document resolve against (see ``load.py``).
    """

    def __init__(self, base_dir: Path) -> None:
        self.problems: list[Problem] = []
        self.base_dir = base_dir

    def add(self, node: Node, path: str, message: str) -> None:
        self.problems.append(Problem(node.start_mark.line + 1, path, message))

    def mapping(
        self,
        node: Node,
        path: str,
        known: Collection[str] | None,
        required: Collection[str] = (),
        key_check: Callable[[str], str | None] | None = None,
    ) -> dict[str, Node] | None:
        """Key → value node. Reports non-string, duplicate, unknown (``known``) and missing keys, and keys
        ``key_check`` objects to (they are kept: their values are still checked)."""
        if not (isinstance(node, MappingNode) and node.tag == _MAP):
            self.add(node, path, f"must be a mapping (key: value), not {_kind(node)}")
            return None
        out: dict[str, Node] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not (isinstance(key_node, ScalarNode) and key_node.tag == _STR):
                self.add(key_node, path, f"keys must be strings, not {_kind(key_node)}")
                continue
            key = key_node.value
            sub = join(path, key)
            if key in seen:
                self.add(key_node, sub, f"duplicate key (first at line {seen[key]}): YAML would silently keep "
                                        "only the last one")
                continue
            seen[key] = key_node.start_mark.line + 1
            if known is not None and key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else "known keys: " + ", ".join(known)
                self.add(key_node, sub, f"unknown key {key!r} ({hint})")
                continue
            problem = key_check(key) if key_check is not None else None
            if problem is not None:
                self.add(key_node, sub, problem)
            out[key] = value_node
        for key in required:
            if key not in seen:
                self.add(node, join(path, key), "is required")
        return out

    def sequence(self, node: Node, path: str) -> list[Node] | None:
        if not (isinstance(node, SequenceNode) and node.tag == _SEQ):
            self.add(node, path, f"must be a list, not {_kind(node)} (write [] for none)")
            return None
        return list(node.value)

    def string(self, node: Node, path: str, check: Callable[[str], str | None] | None = None) -> str | None:
        """A string scalar passed through ``check`` (a problem or None; default: non-empty and trimmed)."""
        if not (isinstance(node, ScalarNode) and node.tag == _STR):
            quote = " (put it in quotes)" if isinstance(node, ScalarNode) and node.tag in _QUOTABLE else ""
            self.add(node, path, f"must be a string, not {_kind(node)}{quote}")
            return None
        problem = (check or non_empty)(node.value)
        if problem is not None:
            self.add(node, path, problem)
            return None
        return str(node.value)

    def strings(
        self, node: Node, path: str, check: Callable[[str], str | None] | None = None, *, non_empty: str = ""
    ) -> tuple[str, ...] | None:
        """A list of strings; ``non_empty`` is the message for an empty list, when one is not allowed."""
        items = self.sequence(node, path)
        if items is None:
            return None
        if not items and non_empty:
            self.add(node, path, non_empty)
            return None
        values = [self.string(item, f"{path}[{i}]", check) for i, item in enumerate(items)]
        return None if None in values else tuple(v for v in values if v is not None)

    def integer(self, node: Node, path: str, low: int, high: int) -> int | None:
        if not (isinstance(node, ScalarNode) and node.tag == _INT):
            self.add(node, path, f"must be an integer, not {_kind(node)}")
            return None
        try:
            value = int(_CONSTRUCTOR.construct_yaml_int(node))
        except ValueError:  # more digits than Python converts
            value = high + 1
        if not low <= value <= high:
            self.add(node, path, f"must be between {low} and {high}")
            return None
        return value

    def boolean(self, node: Node, path: str) -> bool | None:
        if not (isinstance(node, ScalarNode) and node.tag == _BOOL):
            self.add(node, path, f"must be true or false, not {_kind(node)}")
            return None
        return bool(_CONSTRUCTOR.construct_yaml_bool(node))

    def duration(self, node: Node, path: str, low: int, high: int) -> int | None:
        """Seconds of a duration string (``durations.py``) within ``low``..``high``."""
        seconds = parse_duration(node.value) if isinstance(node, ScalarNode) and node.tag == _STR else None
        if seconds is None:
            self.add(node, path, "must be a duration: a whole number and one of s, m, h, d (e.g. 90s, 15m, 1h, 7d)")
            return None
        if not low <= seconds <= high:
            self.add(node, path, f"must be between {format_duration(low)} and {format_duration(high)}")
            return None
        return seconds

    def number(self, node: Node, path: str) -> int | float | None:
        """A finite integer or decimal."""
        if not (isinstance(node, ScalarNode) and node.tag in (_INT, _FLOAT)):
            self.add(node, path, f"must be a number, not {_kind(node)}")
            return None
        try:
            if node.tag == _INT:
                return int(_CONSTRUCTOR.construct_yaml_int(node))
            value = float(_CONSTRUCTOR.construct_yaml_float(node))
        except ValueError:  # more digits than Python converts
            self.add(node, path, "is too large")
            return None
        if not math.isfinite(value):
            self.add(node, path, "must be a finite number")
            return None
        return value

    def scalar(self, node: Node, path: str) -> object:
        """A string, number, boolean or null (a ``Scalar``); ``INVALID`` when it is none of them."""
        if isinstance(node, ScalarNode):
            if node.tag == _STR:
                return str(node.value)
            if node.tag == _NULL:
                return None
            if node.tag == _BOOL:
                return bool(_CONSTRUCTOR.construct_yaml_bool(node))
            if node.tag in (_INT, _FLOAT):
                number = self.number(node, path)
                return INVALID if number is None else number
        quote = " (put it in quotes)" if isinstance(node, ScalarNode) and node.tag in _QUOTABLE else ""
        self.add(node, path, f"must be a string, number, boolean or null, not {_kind(node)}{quote}")
        return INVALID


def non_empty(value: str) -> str | None:
    """The check of a string that is not otherwise constrained: not empty, not padded with whitespace."""
    if not value:
        return "must not be empty"
    if value != value.strip():
        return "has leading or trailing whitespace"
    return None
