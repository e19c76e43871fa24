"""The vocabulary ``model.py`` declares the policy format in: a YAML key is a dataclass field made by ``key``.

``key`` gives the field its kind and the description the JSON Schema shows; the YAML name is the field's unless
``name`` says otherwise, and a field without a default is a required key. A kind reads its YAML node into the
value the model holds, recording each problem with its line (``Nodes``), and describes itself as JSON Schema: the
loader and ``policy_schema()`` both walk the same fields. What no kind can say — a rule between keys — is a
``Section``'s ``check``, plain code beside the dataclass it checks.

These are the kinds the policy file needs, not a validation framework: add one when a key needs it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from yaml.nodes import Node

from extproc.policy.nodes import INVALID, Nodes, is_null, join

Schema = dict[str, Any]
Defs = dict[str, Schema]
"""``$defs`` of the schema being built: shared parts, by name."""
Values = dict[str, Any]
"""A section's values read so far, by YAML key; a key whose value had a problem is absent."""

_KEY = "chaperone.policy.key"


class Kind(Protocol):
    """What a key's value may be."""

    def read(self, nodes: Nodes, node: Node, path: str) -> Any:
        """The value as the model holds it, or ``INVALID`` once a problem has been recorded."""

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        """The JSON Schema of the value; ``default`` is the field's (None for a required key)."""


class Item(Protocol):
    """What a collection (``Named``, ``Listed``) holds: read with what the collection knows of it."""

    def read(self, nodes: Nodes, node: Node, path: str, **given: Any) -> Any: ...

    def schema(self, description: str, default: Any, defs: Defs) -> Schema: ...


@dataclass(frozen=True)
class Key:
    """One YAML key of a section, as ``keys`` gives it."""

    name: str
    kind: Kind
    doc: str
    """The schema's description of the key."""
    into: Callable[[Any], Any] | None = None
    """Turns what the kind read into what the field holds (``frozenset``, lower case)."""
    attr: str = ""
    """The dataclass field."""
    required: bool = False
    """The field has no default."""
    default: Any = None
    """The field's default, as the model holds it."""


def key(kind: Kind, doc: str, *, default: Any = MISSING, name: str = "", into: Callable[[Any], Any] | None = None,
        kw_only: bool | Any = MISSING) -> Any:
    """A dataclass field that is a key of the policy file (see the module docstring)."""
    return dataclasses.field(default=default, kw_only=kw_only, metadata={_KEY: Key(name, kind, doc, into)})


@cache
def keys(cls: type) -> tuple[Key, ...]:
    """The keys ``cls`` declares, in file order; a field made without ``key`` (``Role.name``) is not one."""
    out = []
    for field in dataclasses.fields(cls):
        declared = field.metadata.get(_KEY)
        if declared is not None:
            required = field.default is MISSING
            out.append(dataclasses.replace(declared, name=declared.name or field.name, attr=field.name,
                                           required=required, default=None if required else field.default))
    return tuple(out)


def _shared(ref: str, defs: Defs, build: Callable[[], Schema]) -> Schema:
    """``build()``, or a ``$ref`` to it under ``$defs`` when the part has a ``ref`` name."""
    if not ref:
        return build()
    if ref not in defs:
        defs[ref] = {}  # its place in $defs, before the parts it refers to
        defs[ref] = build()
    return {"$ref": f"#/$defs/{ref}"}


def _described(schema: Schema, description: str, default: Any = None) -> Schema:
    if default is not None:
        schema["default"] = default
    if description:
        schema["description"] = description
    return schema


@dataclass(frozen=True)
class Text:
    """A string that passes ``check`` (which returns the problem, or None); ``fragment`` is the same rule in JSON
    Schema, as near as a regular expression gets."""

    check: Callable[[str], str | None]
    fragment: Schema
    nullable: bool = False
    """``null`` is accepted too, and held as None."""
    ref: str = ""
    """Shared in the schema's ``$defs`` under this name."""

    def or_null(self) -> Text:
        return dataclasses.replace(self, nullable=True)

    def read(self, nodes: Nodes, node: Node, path: str) -> Any:
        if self.nullable and is_null(node):
            return None
        value = nodes.string(node, path, self.check)
        return INVALID if value is None else value

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        def build() -> Schema:
            schema = dict(self.fragment)
            if self.nullable:
                schema["type"] = [schema["type"], "null"]
            return schema

        return _described(_shared(self.ref, defs, build), description, default)


@dataclass(frozen=True)
class FilePath:
    """A path that is ``text``; a relative one resolves against ``Nodes.base_dir`` (see ``load.py``)."""

    text: Text

    def read(self, nodes: Nodes, node: Node, path: str) -> Path | Any:
        value = self.text.read(nodes, node, path)
        return value if value is INVALID else nodes.base_dir / value  # an absolute value replaces base_dir

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        return self.text.schema(description, default, defs)


@dataclass(frozen=True)
class Texts:
    """A list of ``item``s, held as a tuple; ``empty`` is the problem with ``[]`` where a list may not be empty."""

    item: Text
    empty: str = ""

    def read(self, nodes: Nodes, node: Node, path: str) -> tuple[str, ...] | Any:
        values = nodes.strings(node, path, self.item.check, non_empty=self.empty)
        return INVALID if values is None else values

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        schema = {"type": "array", "items": self.item.schema("", None, defs), "description": description}
        if self.empty:
            schema["minItems"] = 1
        return schema


@dataclass(frozen=True)
class Integer:
    low: int
    high: int

    def read(self, nodes: Nodes, node: Node, path: str) -> int | Any:
        value = nodes.integer(node, path, self.low, self.high)
        return INVALID if value is None else value

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        return _described({"type": "integer", "minimum": self.low, "maximum": self.high}, description, default)


@dataclass(frozen=True)
class Boolean:
    """``true`` or ``false``; ``refuse_false`` is the problem with ``false`` where only ``true`` means something."""

    refuse_false: str = ""

    def read(self, nodes: Nodes, node: Node, path: str) -> bool | Any:
        value = nodes.boolean(node, path)
        if value is False and self.refuse_false:
            nodes.add(node, path, self.refuse_false)
            return INVALID
        return INVALID if value is None else value

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        if self.refuse_false:
            return _described({"const": True}, description)
        return _described({"type": "boolean"}, description, default)


@dataclass(frozen=True)
class Choice:
    """One of the words in ``options``, held as the value it maps to."""

    options: Mapping[str, Any]

    def read(self, nodes: Nodes, node: Node, path: str) -> Any:
        word = nodes.string(node, path, self._problem)
        return INVALID if word is None else self.options[word]

    def _problem(self, word: str) -> str | None:
        return None if word in self.options else f"must be {' or '.join(self.options)}"

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        word = next((w for w, value in self.options.items() if value == default), None)
        return _described({"enum": list(self.options)}, description, word)


@dataclass(frozen=True)
class Duration:
    """A duration (``durations.py``) between ``low`` and ``high`` seconds, held in seconds. Its description says
    the default and the range in words: ``90s`` reads better there than the ``1m30s`` a schema cannot say."""

    low: int
    high: int

    def read(self, nodes: Nodes, node: Node, path: str) -> int | Any:
        seconds = nodes.duration(node, path, self.low, self.high)
        return INVALID if seconds is None else seconds

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        return {"type": "string", "pattern": "^[0-9]{1,9}[smhd]$",
                "description": description + " A whole number and s, m, h or d."}


@dataclass(frozen=True)
class Section:
    """A mapping of the keys ``cls`` declares, read into a ``cls``.

    ``one_of``: exactly one of these keys must be given (the others of them are then not read). ``check``: rules
    between keys, given the section's path, its key nodes and the values read (defaults filled in); it records
    problems and may fill in values. ``doc`` and ``ref``: the section's own description and its name in the
    schema's ``$defs``, for a section that is the item of a collection.
    """

    cls: type
    doc: str = ""
    ref: str = ""
    one_of: tuple[str, ...] = ()
    check: Callable[[Nodes, str, dict[str, Node], Values], None] | None = None

    def fields(self, nodes: Nodes, node: Node, path: str) -> tuple[dict[str, Node], Values] | None:
        """The key nodes and the values read, or None when ``node`` is not a mapping."""
        declared = keys(self.cls)
        m = nodes.mapping(node, path, [k.name for k in declared],
                          required=[k.name for k in declared if k.required])
        if m is None:
            return None
        present = [name for name in m if name in self.one_of]  # in file order
        chosen = not self.one_of or len(present) == 1
        if not chosen and (m or not node.value):  # (a block of only unknown keys has had each of them reported)
            listed = f" (given: {', '.join(present)})" if present else ""
            nodes.add(node, path, f"needs exactly one of {', '.join(self.one_of)}{listed}")
        values: Values = {}
        for k in declared:
            if k.name not in m:
                if not k.required:
                    values[k.name] = k.default
            elif chosen or k.name not in self.one_of:
                value = k.kind.read(nodes, m[k.name], join(path, k.name))
                if value is not INVALID:
                    values[k.name] = value if k.into is None else k.into(value)
        if self.check is not None:
            self.check(nodes, path, m, values)
        return m, values

    def build(self, values: Values, **given: Any) -> Any:
        return self.cls(**given, **{k.attr: values[k.name] for k in keys(self.cls) if k.name in values})

    def read(self, nodes: Nodes, node: Node, path: str, **given: Any) -> Any:
        """A ``cls`` (``given`` supplies fields that are not keys), or ``INVALID`` if any part had a problem."""
        start = len(nodes.problems)
        read = self.fields(nodes, node, path)
        if read is None or len(nodes.problems) > start:
            return INVALID
        return self.build(read[1], **given)

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        def build() -> Schema:
            declared = keys(self.cls)
            schema: Schema = {"type": "object", "additionalProperties": False}
            required = [k.name for k in declared if k.required]
            if required:
                schema["required"] = required
            every = len(self.one_of) == len(declared)
            if self.one_of and every:
                schema["minProperties"] = schema["maxProperties"] = 1
            schema["description"] = self.doc or description
            schema["properties"] = {k.name: k.kind.schema(k.doc, k.default, defs) for k in declared}
            if self.one_of and not every:
                schema["oneOf"] = [{"required": [name]} for name in self.one_of]
            return schema

        return _shared(self.ref, defs, build)


@dataclass(frozen=True)
class Named:
    """A mapping from names the file chooses to ``item``s, held as a tuple in file order.

    Each name must pass ``names`` (its problem is reported as ``{noun} name ...``) and goes to the item's field
    ``attr``. ``empty`` is the problem with an empty mapping where one is not allowed.
    """

    item: Item
    names: Text
    noun: str
    attr: str
    empty: str = ""

    def read(self, nodes: Nodes, node: Node, path: str) -> tuple[Any, ...] | Any:
        m = nodes.mapping(node, path, None, key_check=self._name_problem)
        if m is None:
            return INVALID
        if not m and self.empty:
            if not node.value:  # (keys that are not strings have been reported already)
                nodes.add(node, path, self.empty)
            return INVALID
        items = [self.item.read(nodes, value, join(path, name), **{self.attr: name}) for name, value in m.items()]
        return INVALID if any(i is INVALID for i in items) else tuple(items)

    def _name_problem(self, name: str) -> str | None:
        problem = self.names.check(name)
        return None if problem is None else f"{self.noun} name {problem}"

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        schema: Schema = {"type": "object"}
        if self.empty:
            schema["minProperties"] = 1
        schema["propertyNames"] = {"pattern": self.names.fragment["pattern"]}
        schema["additionalProperties"] = self.item.schema("", None, defs)
        schema["description"] = description
        return schema


@dataclass(frozen=True)
class Listed:
    """A list of ``item``s, held as a tuple; ``unique``: a key no two items may share, an item being a ``noun``."""

    item: Section
    unique: str = ""
    noun: str = ""

    def read(self, nodes: Nodes, node: Node, path: str) -> tuple[Any, ...] | Any:
        items = nodes.sequence(node, path)
        if items is None:
            return INVALID
        first_line: dict[Any, int] = {}
        out = []
        for i, item in enumerate(items):
            sub = f"{path}[{i}]"
            start = len(nodes.problems)
            read = self.item.fields(nodes, item, sub)
            if read is not None and self.unique in read[0] and self.unique in read[1]:
                value, key_node = read[1][self.unique], read[0][self.unique]
                if value in first_line:
                    nodes.add(key_node, join(sub, self.unique),
                              f"duplicate {self.noun} {self.unique} {value!r} (first at line {first_line[value]})")
                first_line.setdefault(value, key_node.start_mark.line + 1)
            out.append(INVALID if read is None or len(nodes.problems) > start else self.item.build(read[1]))
        return INVALID if any(i is INVALID for i in out) else tuple(out)

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        return {"type": "array", "items": self.item.schema("", None, defs), "description": description}
