"""The pieces of one MCP message to mask or check, found by walking it with `extproc.mcp.shapes`' tables, and
the message rebuilt with the masked pieces in their places.

A data piece is masked; a check piece (a string, list or object of structure) must come out of masking
unchanged, or the message is withheld; a members piece is an object's unknown members, keys included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus, urlsplit

from extproc.mcp import payloads
from extproc.mcp.errors import INTERNAL_ERROR, McpError
from extproc.mcp.shapes import (
    BINARY,
    DATA,
    DEFAULT,
    ERROR,
    KEEP,
    OPTION,
    PASS,
    RESULTS,
    SCHEMA,
    SERVER_MESSAGES,
    TIMESTAMP,
    URL,
    VERSION,
    Choice,
    Each,
    Leaf,
    Map,
    Node,
    Obj,
)

PROTOCOL_VERSIONS = frozenset({"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"})
"""Version strings structure may hold as they are (a date-shaped string anywhere else is a date)."""

SCHEMA_WORDS = PROTOCOL_VERSIONS | frozenset({
    "2.0", "text", "image", "audio", "resource", "resource_link", "tool_use", "tool_result", "user", "assistant",
    "working", "input_required", "completed", "failed", "cancelled", "complete", "task", "form", "url", "object",
    "string", "number", "integer", "boolean", "array", "email", "uri", "date", "date-time", "debug", "info",
    "notice", "warning", "error", "critical", "alert", "emergency", "text/plain", "application/json",
})
"""Values the schema itself defines (content types, roles, statuses, JSON Schema types and formats, log levels, the
commonest MIME types): structure as they are, nothing to check. Any other string of structure is checked."""

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?")
"""A task's `createdAt`: kept at the `TIMESTAMP` members only (a date anywhere else is checked like any
string, so a date of birth cannot pass as a protocol timestamp in another member)."""

_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")
FIRST_VERSION = "2024-11-05"
NEWEST_VERSION = max(PROTOCOL_VERSIONS)
"""A protocol version in a version-negotiation error is one MCP has, or a date after the newest the gateway
knows (a client may ask for a newer one): any other date could be a date of service or of birth."""


RESERVED_META = ("io.modelcontextprotocol/", "modelcontextprotocol.io/")
"""`_meta` key prefixes the protocol reserves: structure (checked). Any other `_meta` key is the server's
own and may hold anything (apps put whole records there for their widgets): data."""


class MapKey(str):
    """A path step that is a key the server chose: the audit record shows it as `{key}`, never as written."""

    __slots__ = ()



# ---- where the data is in one message -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Piece:
    """One member of a message to mask: where it is, its value, and for an elicitation default the field it
    belongs to (masked as `{field: value}`, so the field's name is a detection signal). A `check` piece is a
    string of structure: it must come out of masking unchanged, or the message is withheld. A `members`
    piece is an object's unknown members (`{key: value}`, keys masked too), written back in their place."""

    path: tuple[str | int, ...]
    value: Any
    field: str | None = None
    is_default: bool = False
    check: bool = False
    members: bool = False
    base64: str | None = None
    """For the decoded text of a base64 member: the encoding it is written back in."""


ENVELOPE = ("jsonrpc", "id", "method")
"""The JSON-RPC members besides params/result/error: structure (checked). Any other is data."""


def message_shape(doc: dict, call_method: str | None, plumbing: bool) -> list[tuple[str, Node]]:
    """The members of one upstream JSON-RPC message that may hold data, with their shapes. `call_method` is
    the client request it answers (None when unknown); `plumbing` says that request's result is not masked."""
    method = doc.get("method")
    if method is None:  # a response
        result = RESULTS.get(call_method or "") or (PASS if plumbing else DATA)
        return [("error", ERROR), ("result", result)]
    return [("params", SERVER_MESSAGES.get(method, DATA) if isinstance(method, str) else DATA)]


def data_pieces(doc: dict, call_method: str | None, plumbing: bool) -> list[Piece]:
    """Every member of `doc` to mask or check, in document order."""
    pieces: list[Piece] = []
    _collect(doc, _envelope(doc, call_method, plumbing), (), pieces, None, None)
    return pieces


_ENVELOPES: dict[tuple[object, ...], Obj] = {}


def _envelope(doc: dict, call_method: str | None, plumbing: bool) -> Obj:
    """The message's whole shape; built once per kind of message (only methods the tables name are cached:
    names come from the upstream)."""
    method = doc.get("method")
    if method is None:
        key: tuple[object, ...] | None = ("response", call_method if call_method in RESULTS else None, plumbing)
    else:
        key = ("server", method) if type(method) is str and method in SERVER_MESSAGES else None
    found = _ENVELOPES.get(key) if key is not None else None
    if found is None:
        found = Obj({**dict.fromkeys(ENVELOPE, KEEP), **dict(message_shape(doc, call_method, plumbing))})
        if key is not None:
            _ENVELOPES[key] = found
    return found


_SCALARS = (int, float, bool, type(None))


def _collect(value: Any, node: Node, path: tuple[str | int, ...], out: list[Piece], field: str | None,
             parent: Any) -> None:
    # on every upstream message: dispatch by exact type, commonest first
    kind = type(node)
    if kind is Leaf:
        if node is KEEP:
            if type(value) is str:
                if value and value not in SCHEMA_WORDS:
                    out.append(Piece(path, value, check=True))
            elif type(value) not in _SCALARS:
                _check(value, path, out)
        elif node is DATA:
            if type(value) not in _SCALARS:  # a bare number, boolean or null has nothing to mask
                out.append(Piece(path, value))
        elif node is DEFAULT:
            if not _is_option(value, parent):
                out.append(Piece(path, value, field, True))
        else:
            _leaf(value, node, path, out, field, parent)
        return
    if kind is Each:
        if type(value) is list:
            item_node = node.item
            for i, item in enumerate(value):
                _collect(item, item_node, (*path, i), out, field, value)
        elif node.single and type(value) is dict:
            _collect(value, node.item, path, out, field, parent)
        else:
            _collect(value, DATA, path, out, field, parent)
        return
    if type(value) is not dict:  # an Obj, a Map or a Choice: only an object has that shape
        _collect(value, DATA, path, out, field, parent)
    elif kind is Obj:
        members, unknown = node.members, {}
        for key, item in value.items():
            shape = members.get(key)
            if shape is None and node.reserved and key.startswith(RESERVED_META):
                shape = KEEP
                _check(key, (*path, MapKey(key)), out)
            if shape is None:
                unknown[key] = item
            else:
                _collect(item, shape, (*path, key), out, field, value)
        if unknown:
            out.append(Piece(path, unknown, members=True))
    elif kind is Map:
        fields = node.fields
        for key, item in value.items():
            step = MapKey(key)
            _check(key, (*path, step), out)
            _collect(item, node.value, (*path, step), out, key if fields else field, value)
    elif kind is Choice:
        tag = value.get(node.key, _ABSENT)
        if tag is _ABSENT:
            branch = node.absent
        elif type(tag) is str or type(tag) is int:
            branch = node.cases.get(tag, node.other)
        else:
            branch = node.other
        _collect(value, branch, path, out, field, parent)


def _leaf(value: Any, node: Leaf, path: tuple[str | int, ...], out: list[Piece], field: str | None,
          parent: Any) -> None:
    """The structure leaves: what passes as it is, what is checked, and how."""
    kind = type(value)
    if node is PASS:
        return
    if node is VERSION and kind is str and (value in PROTOCOL_VERSIONS
                                           or (_VERSION.fullmatch(value) and value > NEWEST_VERSION)):
        return
    if node is TIMESTAMP and kind is str and _TIMESTAMP.fullmatch(value) and value[:10] >= FIRST_VERSION:
        return  # a task's own clock: from the first MCP revision on, so no date of birth passes as one
    if node is SCHEMA:
        _schema(value, path, out)
    elif node is OPTION:
        # with the field's name as its key (options under `mrn` are MRNs, numbers too)
        _check_values(value, path, out, field)
    elif node is URL:
        words = _url_words(value) if kind is str else None
        if words is None:
            raise McpError(INTERNAL_ERROR, f"the response was withheld: {render(path)[:200]} is not an https URL "
                                           "a user could open safely")
        if words:
            out.append(Piece(path, words, check=True))
    elif node is BINARY:
        _binary(value, path, out, parent)
    else:
        _check(value, path, out)


_URL_WORDS = re.compile(r"[/?&=#:;,+_.]+")


def _url_words(url: str) -> str | None:
    """A URL a client must open as it is (URL-mode elicitation) is checked by the words of its path, query and
    fragment, percent-decoded (the URL itself is an identifier kind the masker would always replace). None
    for anything but https (http on loopback): `data:`, `mailto:`, `javascript:` carry text of their own."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if not host or parts.username is not None or parts.password is not None \
            or not (parts.scheme == "https" or (parts.scheme == "http" and host in ("127.0.0.1", "localhost", "::1"))):
        return None  # nor a user part: `https://Maria:Garcia@auth.example/` carries it to the host
    # the host's labels are words too: the lookup alone sends `okonkwo-19550304.evil.example` out
    rest = unquote_plus(f"{host} {parts.path} {parts.query} {parts.fragment}")
    return " ".join(w for w in _URL_WORDS.split(rest) if w.strip()).strip()

def _binary(value: Any, path: tuple[str | int, ...], out: list[Piece], parent: Any) -> None:
    """Base64 bytes, read for what they are (`extproc.mcp.payloads`): text is masked as text and written back
    in its encoding; media pass with their printable runs checked; anything else is withheld."""
    data = payloads.decode(value) if type(value) is str else None
    if data is None:
        out.append(Piece(path, value))  # not base64: data like any other
        return
    try:
        found = payloads.read(data, parent.get("mimeType") if type(parent) is dict else None)
    except payloads.Uninspectable:
        raise McpError(INTERNAL_ERROR, f"the response was withheld: {render(path)[:200]} holds bytes the gateway "
                                       "cannot read (a document, an archive, or of no known kind)") from None
    if type(found) is payloads.Text:
        out.append(Piece(path, found.text, base64=found.encoding))
    elif found.printable:
        out.append(Piece(path, found.printable, check=True))


JSON_SCHEMA_KEYWORDS = frozenset({
    "$schema", "$id", "$ref", "$defs", "$comment", "definitions", "type", "properties", "patternProperties",
    "additionalProperties", "items", "prefixItems", "required", "title", "description", "format", "enum", "const",
    "default", "examples", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
    "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "anyOf",
    "oneOf", "allOf", "not", "if", "then", "else", "dependentRequired", "contentMediaType", "contentEncoding",
    "readOnly", "writeOnly", "deprecated",
})
_PROPERTY_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_PROSE = frozenset({"title", "description", "$comment"})


def _schema(value: Any, path: tuple[str | int, ...], out: list[Piece], prop: str | None = None,
            root: Any = None, followed: set[tuple[str, str]] | None = None) -> None:
    """A JSON Schema offered to a model (a tool's input or output schema). Its structure is checked word by word
    (`{"dob": {"format": "date"}}` is a schema, not a date); its prose (`title`, `description`) is masked as text;
    the values a property may take are checked with the property's name as their key (`{"mrn": {"const":
    "88812345"}}` is an MRN) — `const` and `enum` withhold the message if they hold ePHI, a `default` or
    `examples` that masking changes is dropped — and so is anything under a keyword JSON Schema does not
    define (`x-example`). A local `$ref` is followed, so the values it names are checked under the name of
    the property that refers to them."""
    root = value if root is None else root
    followed = set() if followed is None else followed
    kind = type(value)
    if kind is list:
        for i, item in enumerate(value):
            _schema(item, (*path, i), out, prop, root, followed)
        return
    if kind is not dict:
        _check(value, path, out)
        return
    for key, item in value.items():
        step = MapKey(key)
        here = (*path, step)
        if key in _PROPERTY_MAPS and type(item) is dict:
            for name, sub in item.items():
                _check(name, (*here, MapKey(name)), out)
                _schema(sub, (*here, MapKey(name)), out, name, root, followed)
        elif key == "$ref" and type(item) is str and prop is not None:
            _check(item, here, out)
            target = _local_ref(root, item)
            if target is not None and (item, prop) not in followed:  # each once per property: refs can loop
                followed.add((item, prop))
                found: list[Piece] = []  # checked where it is referred to; its prose and defaults stay where it is
                _schema(target, here, found, prop, root, followed)
                out.extend(piece for piece in found if piece.check)
        elif key in _PROSE and type(item) is str:
            out.append(Piece(here, item))
        elif key in ("default", "examples"):
            if type(item) not in _SCALARS or (prop is not None and type(item) is not bool and item is not None):
                out.append(Piece(here, item, prop, is_default=True))
        elif key in ("const", "enum") or key not in JSON_SCHEMA_KEYWORDS:
            if key not in JSON_SCHEMA_KEYWORDS:
                _check(key, here, out)
            _check_values(item, here, out, prop)
        else:
            _schema(item, here, out, prop, root, followed)



def _local_ref(root: Any, ref: str) -> Any:
    """The part of `root` a local JSON pointer (`#/$defs/mrn`) names, or None."""
    if not ref.startswith("#/"):
        return None
    node = root
    for step in ref[2:].split("/"):
        step = step.replace("~1", "/").replace("~0", "~")
        if type(node) is not dict or step not in node:
            return None
        node = node[step]
    return node


def _check_values(value: Any, path: tuple[str | int, ...], out: list[Piece], prop: str | None) -> None:
    """Values a property may take: checked with its name as their key, numbers too (an SSN under `ssn`)."""
    kind = type(value)
    if kind is bool or value is None or (kind is str and (not value or value in SCHEMA_WORDS)):
        return
    if kind in (int, float) and prop is None:
        return
    out.append(Piece(path, value, prop, check=True))


def _check(value: Any, path: tuple[str | int, ...], out: list[Piece]) -> None:
    """Structure to be checked (see `KEEP`): a string alone; a list or object whole, so that its keys are the
    masker's signals as they are in data (`{"mrn": "88812345"}`, `{"ssn": 123456789}`)."""
    kind = type(value)
    if kind is str:
        if value and value not in SCHEMA_WORDS:
            out.append(Piece(path, value, check=True))
    elif kind is list or kind is dict:
        if value and not (kind is list and all(type(v) is str and v in SCHEMA_WORDS for v in value)):
            out.append(Piece(path, value, check=True))
    elif kind not in _SCALARS:
        out.append(Piece(path, value, check=True))


_ABSENT = object()


def _is_option(value: Any, field: Any) -> bool:
    """Whether an elicitation default is one of its field's options (`enum`, `oneOf`, multi-select items)."""
    if type(field) is not dict:
        return False
    if type(value) is list:
        items = field.get("items")
        options = _options(items) if type(items) is dict else set()
        return all(type(v) is str and v in options for v in value)
    return type(value) is str and value in _options(field)


def _options(schema: dict) -> set[str]:
    found = {v for v in schema.get("enum") or () if type(v) is str} if type(schema.get("enum")) is list else set()
    for union in ("oneOf", "anyOf"):
        choices = schema.get(union)
        if type(choices) is list:
            found.update(c["const"] for c in choices if type(c) is dict and type(c.get("const")) is str)
    return found


# ---- writing masked pieces back ------------------------------------------------------------------------

DROP = object()
"""A replacement that removes the member (a default masking changed)."""


@dataclass(frozen=True, slots=True)
class Members:
    """A replacement of an object's unknown members: `old` keys out, `new` members in (masked keys)."""

    old: tuple[str, ...]
    new: dict[str, Any]


def replaced(doc: dict, changes: list[tuple[tuple[str | int, ...], Any]]) -> dict:
    """`doc` with the value at each path replaced (or removed, for `DROP`; or, for `Members`, the object's
    members swapped); only the containers on those paths are copied, the rest is shared with `doc`."""
    tree: dict[Any, Any] = {}
    for path, value in changes:
        node = tree
        if type(value) is Members:
            for step in path:
                node = node.setdefault(step, {})
            node[_MEMBERS] = value
            continue
        for step in path[:-1]:
            node = node.setdefault(step, {})
        node[path[-1]] = _Leaf(value)
    return _rebuild(doc, tree)


@dataclass(frozen=True, slots=True)
class _Leaf:
    value: Any


_MEMBERS = object()


def _rebuild(value: Any, tree: dict[Any, Any]) -> Any:
    copy = dict(value) if type(value) is dict else list(value)
    swap = tree.pop(_MEMBERS, None)
    for step, sub in tree.items():
        if type(sub) is _Leaf:
            if sub.value is DROP:
                del copy[step]
            else:
                copy[step] = sub.value
        else:
            copy[step] = _rebuild(value[step], sub)
    if swap is not None:
        for key in swap.old:
            del copy[key]  # type: ignore[arg-type]
        copy.update(swap.new)  # type: ignore[union-attr]
    return copy


def render(path: tuple[str | int, ...]) -> str:
    """A piece's path as the audit record shows it (`result.content[0].text`). Keys the server chose that
    could hold anything (odd characters, long, digit runs) show as `[?]`, never as written."""
    out = []
    for step in path:
        if type(step) is int:
            out.append(f"[{step}]")
        elif type(step) is MapKey:
            out.append(".{key}" if out else "{key}")
        elif _plain(step):  # type: ignore[arg-type]
            out.append(f".{step}" if out else step)
        else:
            out.append("[?]")
    return "".join(out)


def _plain(key: str) -> bool:
    return (len(key) <= 64 and key.isascii() and key.replace("_", "").replace("-", "").isalnum()
            and sum(c.isdigit() for c in key) <= 2)
