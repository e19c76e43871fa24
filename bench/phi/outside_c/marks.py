"""Inline gold marks: templates write values wrapped in marks, then ``settle`` strips them and records where.

Marking inside the text (instead of searching for values afterwards) ties each gold value to the exact JSON
leaf it was written into, including leaves of JSON documents carried inside strings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_IDENT, _KEEP, _SEP, _END = "\x01", "\x04", "\x02", "\x03"
_MARK = re.compile("([\x01\x04])([a-z_0-9]+)\x02([^\x01\x02\x03\x04]*)\x03")
EMBED = "<json>"
Path = tuple[str | int, ...]


def ident(kind: str, value: object) -> str:
    """An identifier that must be masked."""
    return f"{_IDENT}{kind}{_SEP}{value}{_END}"


def keep(kind: str, value: object) -> str:
    """A non-identifier that must survive unchanged."""
    return f"{_KEEP}{kind}{_SEP}{value}{_END}"


@dataclass(frozen=True)
class Num:
    """A JSON number leaf that is gold (an identifier such as a ZIP, or a kept value such as a year)."""

    kind: str
    number: int
    is_identifier: bool = True


@dataclass(frozen=True)
class Embedded:
    """A JSON document serialised into a string leaf, as MCP servers put structured results in text."""

    value: Any
    indent: int | None = None


@dataclass(frozen=True)
class Gold:
    path: Path
    kind: str
    value: str
    is_identifier: bool


def settle(value: Any, path: Path = ()) -> tuple[Any, list[Gold]]:
    """The clean JSON value and the gold planted in it, each with the path of its leaf."""
    golds: list[Gold] = []
    clean = _settle(value, path, golds)
    return clean, golds


def _settle(value: Any, path: Path, golds: list[Gold]) -> Any:
    if isinstance(value, str):
        for match in _MARK.finditer(value):
            golds.append(Gold(path, match.group(2), match.group(3), match.group(1) == _IDENT))
        clean = _MARK.sub(lambda m: m.group(3), value)
        if any(c in clean for c in (_IDENT, _KEEP, _SEP, _END)):
            raise ValueError(f"malformed mark at {path}")
        return clean
    if isinstance(value, Num):
        golds.append(Gold(path, value.kind, str(value.number), value.is_identifier))
        return value.number
    if isinstance(value, Embedded):
        inner = _settle(value.value, (*path, EMBED), golds)
        return json.dumps(inner, ensure_ascii=False, indent=value.indent)
    if isinstance(value, dict):
        return {key: _settle(item, (*path, key), golds) for key, item in value.items()}
    if isinstance(value, list):
        return [_settle(item, (*path, index), golds) for index, item in enumerate(value)]
    return value


def leaf_text(value: Any, path: Path) -> str:
    """The text at ``path`` in a (possibly masked) value; where the path no longer exists, its nearest ancestor.

    Decodes JSON inside strings on the way, so a value planted in an embedded document is looked for there.
    """
    current = value
    for step in path:
        if step == EMBED:
            if isinstance(current, str):
                try:
                    current = json.loads(current)
                except ValueError:
                    return current
            continue
        in_dict = isinstance(current, dict) and step in current
        if in_dict or (isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current)):
            current = current[step]
        else:
            break
    if isinstance(current, str):
        return current
    if current is None:
        return ""
    return json.dumps(current, ensure_ascii=False)
