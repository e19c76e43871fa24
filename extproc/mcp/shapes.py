"""Which members of each MCP message are data (masked) and which are protocol structure, read from the MCP
schema of both revisions (modelcontextprotocol/modelcontextprotocol schema/2025-11-25 and schema/2026-07-28,
schema.ts; the tasks extension of SEP-2663). `extproc.mcp.pieces` walks a message by these tables.

Masking rewrites data only: rewriting structure breaks the protocol (an elicitation's `format: email`
masked as an e-mail address, a `supported` version list cut to years). Each message type is a tree of nodes:

- `DATA`: masked as any JSON (keys inside it stay a detection signal);
- `KEEP`: protocol structure the peer acts on (types, codes, ids, JSON Schema keywords, the reserved `_meta`
  keys). Structure cannot be rewritten, so it is **checked**, not trusted: if masking would change it, the
  whole message is withheld — a hostile server cannot carry ePHI out in structure. `VERSION`, `TIMESTAMP`,
  `OPTION`, `SCHEMA` and `URL` are structure checked in their own ways (see `pieces`);
- `BINARY`: base64 bytes, read by what they hold (`extproc.mcp.payloads`);
- `DEFAULT`: an elicitation field's default (see `FIELD`); `PASS`: not masked, as the policy decided;
- `Obj`, `Each`, `Map`, `Choice`: objects with known members, arrays, maps with server-chosen keys, unions
  told apart by one member (`type`, `mode`, `method`, `resultType`, `code`).

What the schema does not describe is `DATA`: an unknown member (its key masked with its value), method,
content type, result type or error code's data, and any value of the wrong JSON type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum


class Leaf(Enum):
    DATA = "data"
    KEEP = "keep"
    BINARY = "binary"
    DEFAULT = "default"
    PASS = "pass"
    VERSION = "version"
    TIMESTAMP = "timestamp"
    SCHEMA = "schema"
    OPTION = "option"
    URL = "url"


DATA, KEEP, BINARY, DEFAULT, PASS = Leaf.DATA, Leaf.KEEP, Leaf.BINARY, Leaf.DEFAULT, Leaf.PASS
VERSION, TIMESTAMP, SCHEMA, OPTION, URL = Leaf.VERSION, Leaf.TIMESTAMP, Leaf.SCHEMA, Leaf.OPTION, Leaf.URL

@dataclass(frozen=True, slots=True)
class Obj:
    """An object with known members; any other member is data, its key included."""

    members: Mapping[str, Node]
    reserved: bool = False
    """`_meta`: keys with a reserved prefix (`pieces.RESERVED_META`) are structure."""


@dataclass(frozen=True, slots=True)
class Each:
    """An array of `item`s; with `single`, one bare item is accepted too (`SamplingMessage.content`)."""

    item: Node
    single: bool = False


@dataclass(frozen=True, slots=True)
class Map:
    """An object whose keys the server chooses (structure) and whose values are `value`s. With `fields`, the
    key names an elicitation field: a detection signal for that field's default."""

    value: Node
    fields: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    """A union told apart by member `key`: `absent` when it is missing, `other` for a value not in `cases`."""

    key: str
    cases: Mapping[str | int, Node]
    absent: Node = DATA
    other: Node = DATA


Node = Leaf | Obj | Each | Map | Choice


# ---- content ------------------------------------------------------------------------------------------

IMPLEMENTATION = Obj({"name": DATA, "version": DATA, "title": DATA, "description": DATA, "websiteUrl": DATA,
                      "icons": DATA})
"""`serverInfo`: masked as data, never withheld (every 2026-07-28 result carries the stamp): its name, version
and prose as text, its links and icons as data."""

META = Obj({"io.modelcontextprotocol/serverInfo": IMPLEMENTATION,
            "io.modelcontextprotocol/related-task": Obj({"taskId": KEEP})}, reserved=True)

ANNOTATIONS = Obj({"audience": KEEP, "priority": KEEP, "lastModified": DATA})
"""`lastModified` is the date a patient's document changed: a date of the individual, so data."""

_BLOCK = {"type": KEEP, "annotations": ANNOTATIONS, "_meta": META}

RESOURCE_CONTENTS = Obj({"uri": DATA, "mimeType": KEEP, "_meta": META, "text": DATA, "blob": BINARY})
"""Contents already delivered (a `resources/read` result, an embedded resource). Their `uri` is data: it
often names the patient (`ehr://patients/P000008`), the client asked for it or needs it for nothing, and the
journal's copy must not hold it; masking keeps it a string (`ehr://patients/[ID]`)."""

RESOURCE_LINK = Obj({**_BLOCK, "uri": DATA, "mimeType": KEEP, "size": KEEP, "icons": DATA, "name": DATA,
                     "title": DATA, "description": DATA})
"""`uri` often names the patient (`ehr://patients/P000008`): data, like a read result's (a masked link the
client cannot follow, rather than a withheld result). `name`, `title` and `description` are prose: scanned
as free text, never taken for a person's name by their key (`name` here is a resource's name)."""

_CONTENT_CASES: dict[str | int, Node] = {
    "text": Obj({**_BLOCK, "text": DATA}),
    "image": Obj({**_BLOCK, "data": BINARY, "mimeType": KEEP}),
    "audio": Obj({**_BLOCK, "data": BINARY, "mimeType": KEEP}),
    "resource_link": RESOURCE_LINK,
    "resource": Obj({**_BLOCK, "resource": RESOURCE_CONTENTS}),
}
CONTENT = Choice("type", _CONTENT_CASES)
"""`ContentBlock` of tool results, prompt messages and sampling."""

SAMPLING_CONTENT = Choice("type", {
    **_CONTENT_CASES,
    "tool_use": Obj({"type": KEEP, "id": KEEP, "name": KEEP, "input": DATA, "_meta": META}),
    "tool_result": Obj({"type": KEEP, "toolUseId": KEEP, "content": Each(CONTENT), "structuredContent": DATA,
                        "isError": KEEP, "_meta": META}),
})


# ---- server requests: elicitation, sampling, roots --------------------------------------------------------

_OPTIONS = Each(Obj({"const": OPTION, "title": DATA}))
FIELD = Obj({
    "type": KEEP, "title": DATA, "format": KEEP, "minLength": KEEP, "maxLength": KEEP, "minimum": KEEP,
    "maximum": KEEP, "enum": OPTION, "enumNames": DATA, "oneOf": _OPTIONS, "anyOf": _OPTIONS,
    "items": Obj({"type": KEEP, "enum": OPTION, "oneOf": _OPTIONS, "anyOf": _OPTIONS}), "minItems": KEEP,
    "maxItems": KEEP, "description": DATA, "default": DEFAULT,
})
"""`PrimitiveSchemaDefinition`: the form the client draws and validates against. Keywords, formats and the
values of options are structure (`OPTION`: checked with the field's name as their key, so options under
`mrn` are MRNs; an option that is ePHI withholds the request, as the answer would carry it back); titles,
`enumNames` and the description are prose (masked as text, which cannot break validation). A default is
data: kept when it is one of the field's options (checked as options are), otherwise masked with the field's
name as its key — and dropped when masking changes it, since a placeholder may not validate (`format`,
length, number type) and, if accepted by the user, would go back to the server as the answer."""

REQUESTED_SCHEMA = Obj({"$schema": KEEP, "type": KEEP, "properties": Map(FIELD, fields=True), "required": KEEP,
                        "title": DATA, "description": DATA})

ELICIT_FORM = Obj({"mode": KEEP, "message": DATA, "requestedSchema": REQUESTED_SCHEMA, "task": KEEP, "_meta": META})
ELICIT_URL = Obj({"mode": KEEP, "message": DATA, "elicitationId": KEEP, "url": URL, "task": KEEP, "_meta": META})
"""The user must open `url` (the spec forbids personal data in it): structure, checked like any."""

ELICIT = Choice("mode", {"form": ELICIT_FORM, "url": ELICIT_URL}, absent=ELICIT_FORM)

TOOL = Obj({"name": KEEP, "title": DATA, "description": DATA, "inputSchema": SCHEMA, "outputSchema": SCHEMA,
            "annotations": Obj({"title": DATA}), "icons": DATA, "execution": KEEP, "_meta": META})
"""A tool definition offered to a model: its JSON Schemas are checked word by word (`SCHEMA`: a property named
`dob` with `format: date` is a schema, not a date), its prose masked as text."""

SAMPLING = Obj({
    "messages": Each(Obj({"role": KEEP, "content": Each(SAMPLING_CONTENT, single=True), "_meta": META})),
    "systemPrompt": DATA, "metadata": DATA,
    "modelPreferences": Obj({"hints": Each(Obj({"name": KEEP})), "costPriority": KEEP, "speedPriority": KEEP,
                             "intelligencePriority": KEEP}),
    "includeContext": KEEP, "temperature": KEEP, "maxTokens": KEEP, "stopSequences": KEEP, "tools": Each(TOOL),
    "toolChoice": Obj({"mode": KEEP, "name": KEEP}), "task": KEEP, "_meta": META,
})

ONLY_META = Obj({"_meta": META})

INPUT_REQUEST = Choice("method", {
    "elicitation/create": Obj({"method": KEEP, "params": ELICIT}),
    "sampling/createMessage": Obj({"method": KEEP, "params": SAMPLING}),
    "roots/list": Obj({"method": KEEP, "params": ONLY_META}),
})
"""A 2026-07-28 `InputRequiredResult`'s server request (multi round-trip)."""


# ---- errors ------------------------------------------------------------------------------------------

def _error() -> Choice:
    """An error object. Its code is structure and its message always data: the upstream picks the code, so a
    code cannot vouch for the message (a tools/call answered "-32601" with a patient's record). The data of
    the MCP protocol errors the schema defines is structure, checked (a client negotiates from `supported`:
    known versions pass); any other error's data has no schema, so it is data."""
    plain = Obj({"code": KEEP, "message": DATA, "data": DATA})
    return Choice("code", {
        -32021: Obj({"code": KEEP, "message": DATA, "data": Obj({"requiredCapabilities": KEEP})}),
        -32022: Obj({"code": KEEP, "message": DATA, "data": Obj({"supported": Each(VERSION), "requested": VERSION})}),
        -32042: Obj({"code": KEEP, "message": DATA, "data": Obj({"elicitations": Each(ELICIT_URL)})}),
    }, absent=plain, other=plain)


ERROR = _error()
"""Any error an upstream sends, whatever it answers."""


# ---- results -----------------------------------------------------------------------------------------

_RESULT = {"_meta": META, "resultType": KEEP}
_CACHEABLE = {"ttlMs": KEEP, "cacheScope": KEEP}

TASK = Obj({"taskId": KEEP, "status": KEEP, "statusMessage": DATA, "createdAt": TIMESTAMP,
            "lastUpdatedAt": TIMESTAMP,
            "ttl": KEEP, "ttlMs": KEEP, "pollInterval": KEEP, "pollIntervalMs": KEEP, "_meta": META})
"""A task's own timestamps are the protocol's, not dates of a patient; its status message is prose."""

_CALL_TOOL = {"content": Each(CONTENT), "structuredContent": DATA, "isError": KEEP, "task": TASK}
_GET_PROMPT = {"description": DATA, "messages": Each(Obj({"role": KEEP, "content": CONTENT, "_meta": META}))}
_READ_RESOURCE = {"contents": Each(RESOURCE_CONTENTS), **_CACHEABLE}
_COMPLETE = {"completion": Obj({"values": DATA, "total": KEEP, "hasMore": KEEP})}

ANY_RESULT = Obj({**_RESULT, **_CALL_TOOL, **_GET_PROMPT, **_READ_RESOURCE, **_COMPLETE})
"""A result of a method not named where it arrives (`tasks/result`, a finished task's `result`)."""

INPUT_REQUIRED = Obj({**_RESULT, "inputRequests": Map(INPUT_REQUEST), "requestState": KEEP})
"""`requestState` is opaque to the client and returned unchanged: masking it would break the retry."""

TASK_STATE = Obj({**TASK.members, **_RESULT, "task": TASK, "inputRequests": Map(INPUT_REQUEST),
                  "requestState": KEEP, "result": ANY_RESULT, "error": ERROR})
"""A task as `tasks/get` and task notifications show it (2025-11-25 flat; the 2026-07-28 tasks extension
adds the input it waits for and, once ended, the result or error)."""


def _result(members: dict[str, Node]) -> Choice:
    complete = Obj({**_RESULT, **members})
    return Choice("resultType", {"complete": complete, "input_required": INPUT_REQUIRED, "task": TASK_STATE},
                  absent=complete)


RESULTS: dict[str, Node] = {
    **dict.fromkeys(("ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"), Obj(_RESULT)),
    "initialize": Obj({"protocolVersion": VERSION, "capabilities": PASS, "serverInfo": IMPLEMENTATION,
                       "instructions": DATA, "_meta": META}),
    "tools/call": _result(_CALL_TOOL),
    "prompts/get": _result(_GET_PROMPT),
    "resources/read": _result(_READ_RESOURCE),
    "completion/complete": _result(_COMPLETE),
    "tasks/get": TASK_STATE,
    "tasks/cancel": TASK_STATE,
    "tasks/list": Obj({**_RESULT, "tasks": Each(TASK_STATE), "nextCursor": KEEP}),
    "tasks/result": ANY_RESULT,
    "tasks/update": Obj(_RESULT),
    "subscriptions/listen": Obj(_RESULT),
}
"""Results by the request's method: of data methods, and of the plumbing whose result is empty or known (an
unknown member there is data). The catalogues (`*/list`) and `server/discover` pass as the policy decided
(`methods.UNMASKED_RESULTS`); any other method's result is data."""


# ---- server requests and notifications -----------------------------------------------------------------

_TASK_REF = Obj({"taskId": KEEP, "cursor": KEEP, "_meta": META})

SERVER_MESSAGES: dict[str, Node] = {
    "elicitation/create": ELICIT,
    "sampling/createMessage": SAMPLING,
    "roots/list": ONLY_META,
    "ping": ONLY_META,
    "tasks/get": _TASK_REF, "tasks/result": _TASK_REF, "tasks/cancel": _TASK_REF, "tasks/list": _TASK_REF,
    "notifications/progress": Obj({"progressToken": KEEP, "progress": KEEP, "total": KEEP, "message": DATA,
                                   "_meta": META}),
    "notifications/message": Obj({"level": KEEP, "logger": KEEP, "data": DATA, "_meta": META}),
    "notifications/cancelled": Obj({"requestId": KEEP, "reason": DATA, "_meta": META}),
    "notifications/tools/list_changed": ONLY_META,
    "notifications/prompts/list_changed": ONLY_META,
    "notifications/resources/list_changed": ONLY_META,
    "notifications/resources/updated": Obj({"uri": DATA, "_meta": META}),
    "notifications/elicitation/complete": Obj({"elicitationId": KEEP, "_meta": META}),
    "notifications/subscriptions/acknowledged": Obj({"notifications": KEEP, "_meta": META}),
    "notifications/tasks/status": TASK_STATE,
    "notifications/tasks": TASK_STATE,
}
"""`params` of the requests and notifications a server sends, by method; unknown methods' params are data."""
