"""What happens to each upstream message of one exchange: the answer's JSON-RPC id is checked, list results
are filtered to what the caller may use, data members are masked per the caller's profile, the upstream
credential is scrubbed — and what was masked is tallied for the audit record (counts, never values).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

from extproc.exchange.ports import Ports
from extproc.identity.principal import Principal
from extproc.mcp import payloads
from extproc.mcp.call import McpCall
from extproc.mcp.errors import INTERNAL_ERROR, McpError
from extproc.mcp.jsonrpc import Message
from extproc.mcp.methods import (
    CATALOGUES,
    TASK_NOTIFICATIONS,
    TASKS_LIST,
    TOOLS_CALL,
    UNMASKED_RESULTS,
    Catalogue,
    Target,
)
from extproc.mcp.pieces import DROP, Members, Piece, data_pieces, render, replaced
from extproc.phi import SAFE_HARBOR, MaskingError, MaskResult
from extproc.phi import kinds as K
from extproc.phi.keys import explicitly_keyed

SAFE_HARBOR_PROFILE = SAFE_HARBOR.name


_WIRE_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
"""What `json.dumps` with these options builds on every call, built once."""


def encode(doc: dict) -> bytes:
    """A message as it leaves. A number beyond a double (`1e99999`, valid JSON) parses as infinity, which JSON
    cannot write: such a message is forwarded as it came when nothing in it changes, and withheld when it must
    be rewritten."""
    try:
        return _WIRE_JSON.encode(doc).encode()
    except ValueError:
        raise McpError(INTERNAL_ERROR, "the response holds a number beyond the range of a double and had to be "
                                       "rewritten, so it was withheld") from None


_WORD = re.compile(r"[^\W_]+")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-Z])")
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]")


def _numbers_only(paths: dict[str, dict[str, int]]) -> frozenset[int]:
    """The structure pieces (``[i]…`` paths of the checked list) whose only masked kind is ``NUMBER``: a bare
    run of digits that no word calls an identifier (a progress token ``1732960000``, a numeric task id) is masked
    in data but does not withhold a protocol member — as before such runs were read at all. Anything else,
    or a number beside it, still does."""
    kinds_at: dict[int, set[str]] = {}
    for path, counts in paths.items():
        index = path[1 : path.find("]")] if path.startswith("[") else ""
        if index.isdigit():
            kinds_at.setdefault(int(index), set()).update(counts)
    return frozenset(i for i, kinds in kinds_at.items() if kinds == {K.NUMBER})


def _words(value: object) -> set[str]:
    """The words of a value of structure, keys included, as names are compared: invisible characters dropped,
    compatibility forms folded (fullwidth letters), split at punctuation and case changes (`ChidiOkonkwo` is
    chidi, okonkwo), case-folded. Letters glued to digits stay one word (`option1` is no `Option`: the name
    detector's false positives in the data must not withhold ordinary forms), so `okonkwo19550304` passes."""
    text = value if type(value) is str else json.dumps(value, ensure_ascii=False)
    text = _CAMEL.sub(" ", unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)))
    return {word.casefold() for word in _WORD.findall(text)}


def _piece_path(pieces: list[Piece], path: str) -> str:
    """A masker path in the list of pieces (`[k]...`) as the piece's path in the message. A default's
    field name, its key in the masked list, is left out: the piece's own path already names the field."""
    k, _, rest = path.removeprefix("[").partition("]")
    if not path.startswith("[") or not k.isdigit() or int(k) >= len(pieces):
        return render(pieces[0].path[:1])
    piece = pieces[int(k)]
    if piece.field is not None:
        rest = _after_first_segment(rest)
    return render(piece.path) + rest


def _after_first_segment(path: str) -> str:
    if path.startswith("["):
        return path.partition("]")[2]
    cut = [i for i in (path.find(".", 1), path.find("[", 1)) if i > 0]
    return path[min(cut):] if cut else ""


class ResponseInspector:
    """Inspects the upstream messages of one allowed exchange (see the module docstring)."""

    def __init__(self, ports: Ports, principal: Principal | None, call: McpCall | None, profile: str | None,
                 http_method: str) -> None:
        self._ports = ports
        self._principal = principal
        self._call = call
        self.profile = profile
        """The policy's masking profile for this call; None means the default (Safe Harbor)."""
        self._http_method = http_method
        self.answered = False
        """A POST's JSON-RPC response has come: its stream ends with it."""
        self.messages_seen = 0
        self.masked: dict[str, int] = {}
        self.masked_paths: dict[str, dict[str, int]] = {}
        self.response_for_record: str | None = None
        self._named: list[MaskResult] = []
        """Masking results that found people's names, whose words a later event id is checked against."""
        self._names: set[str] = set()
        self.task: dict[str, object] | None = None
        """The task this exchange created or used, for its record: id and tool (never data)."""
        if call is not None and call.target_kind == Target.TASK and call.target is not None:
            binding = ports.tasks.binding(call.target)
            self.task = {"id": call.target, "tool": binding.tool if binding is not None else None}

    def observe(self, message: Message, raw: bytes) -> bytes | None:
        """Check one upstream message; its replacement bytes when it must change (list filtering, scrubbing)."""
        self.messages_seen += 1
        doc = message.doc
        call = self._call
        if message.is_response:
            expected = call.request_id if call else None
            # An error with a null id (Envoy's own local replies, a server that could not read the request)
            # answers no request in particular: it may pass. Any other id must be the request's.
            if expected is not None and message.id != expected and not (message.id is None and "error" in doc):
                raise McpError(INTERNAL_ERROR, "upstream answered with a different JSON-RPC id than the request's")
            result = doc.get("result")
            if call is not None and call.method in CATALOGUES and isinstance(result, dict):
                assert self._principal is not None
                doc = {**doc, "result": self._ports.authorizer.filter_list(self._principal, call.method, result)}
            elif call is not None and call.method == TASKS_LIST and isinstance(result, dict):
                assert self._principal is not None
                doc = {**doc, "result": self._ports.tasks.own_tasks(self._principal, call, result)}
        result = doc.get("result")
        binds = message.is_response and call is not None and call.method == TOOLS_CALL \
            and self._principal is not None and type(result) is dict \
            and ("task" in result or result.get("resultType") == "task")  # creates a task: see mcp.tasks
        tallied = ({**self.masked}, {path: {**counts} for path, counts in self.masked_paths.items()}) if binds \
            else None
        masked = self._mask(doc, self.profile, count=True)
        if binds:
            assert call is not None and self._principal is not None and tallied is not None
            # bound once masking let the answer through (its task id is checked structure), before it leaves:
            # the client can name the task only once it has it
            try:
                created = self._ports.tasks.task_created(self._principal, call, doc["result"])
            except McpError:
                self.masked, self.masked_paths = tallied  # withheld: nothing of it was masked on the way out
                raise
            if created is not None:
                self.task = {"id": created, "tool": call.target, "created": True}
        scrubbed = self._ports.scrubber.scrub(masked, raw)
        if scrubbed is not None:
            masked = scrubbed
        out = None if masked is message.doc else encode(masked)
        if message.is_response:
            self.response_for_record = self._for_record(doc, out or raw, raw)
            if call is not None and self._http_method == "POST":
                # The answer ends the exchange: on an event stream the server should close it now (MCP
                # streamable HTTP); the gateway does, so the record covers every byte the client received.
                self.answered = True
        return out

    def _for_record(self, original: dict, sent: bytes, raw: bytes) -> str:
        """The response as the journal may hold it: Safe Harbor masked, whatever the caller's role saw."""
        if self.profile in (None, SAFE_HARBOR_PROFILE):
            return sent.decode("utf-8")
        strict = self._mask(original, SAFE_HARBOR_PROFILE, count=False)
        return encode(self._ports.scrubber.scrub(strict, raw) or strict).decode("utf-8")

    def _mask(self, doc: dict, profile: str | None, count: bool) -> dict:
        """ePHI masked per `profile` (None: the default, Safe Harbor) in the data members of `doc` (see
        `extproc.mcp.shapes`), all in one masker call so a name found in one is sought in all; with `count`,
        what was masked is tallied per kind and path for the audit record, never the values."""
        out = doc
        method = self._call.method if self._call is not None else None
        if doc.get("method") in TASK_NOTIFICATIONS:
            # a task's status and result on a stream the caller opened for something else (listen, GET): the
            # stream's decision says nothing of the task's tool, so the strictest profile applies
            profile = SAFE_HARBOR_PROFILE
        found = data_pieces(doc, method, method in UNMASKED_RESULTS)
        checks = [p for p in found if p.check]
        pieces = [p for p in found if not p.check] if checks else found
        result = None
        if pieces:
            values = [p.value if p.field is None else {p.field: p.value} for p in pieces]
            result = self._mask_value(values, profile)
        if checks:
            names = result.names if result is not None else frozenset()
            if names and any(p.is_default for p in pieces):
                # a default is dropped if masking changes it: its words are no name the message carries
                kept = [p.value if p.field is None else {p.field: p.value} for p in pieces if not p.is_default]
                names = self._mask_value(kept, profile).names if kept else frozenset()
            self._check(checks, profile, names)
        if result is not None:
            if result.names_found or result.name_values:
                self._named.append(result)
            if result.changed:
                changes = []
                for p, new, old in zip(pieces, result.value, values, strict=True):
                    if new == old:
                        continue
                    # a default masking changed is dropped, never sent as a placeholder (see extproc.mcp.shapes.FIELD)
                    changes.append((p.path, DROP if p.is_default else Members(tuple(old), new) if p.members
                                    else payloads.encode(new, p.base64) if p.base64 else new))
                if changes:
                    out = replaced(doc, changes)
            if count:
                self._tally(result, lambda path: _piece_path(pieces, path))
        catalogue = CATALOGUES.get(method) if method is not None else None
        if catalogue is not None and catalogue.display_texts and "method" not in doc \
                and isinstance(doc.get("result"), dict):
            listed = self._mask_catalogue(doc["result"], catalogue, profile, count)
            if listed is not doc["result"]:
                out = {**out, "result": listed}
        return out

    def check_structure(self, value: str) -> None:
        """An SSE event's type or id: checked like structure, against the names this exchange's data held."""
        while self._named:
            self._names.update(self._named.pop().names)
        self._check([Piece(("id",), value, check=True)], self.profile, frozenset(self._names))

    def _check(self, checks: list[Piece], profile: str | None, names: frozenset[str]) -> None:
        """Structure must come out of masking unchanged, or the message is withheld. It is masked apart from the
        data (a patient's name in the text must not make a server's own name look like ePHI), then sought for
        the words of the names the data held (a task id `okonkwo-19550304` beside "Chidi Okonkwo")."""
        values = [p.value if p.field is None or not explicitly_keyed(p.field) else {p.field: p.value} for p in checks]
        result = self._mask_value(values, profile)
        sought = frozenset(unicodedata.normalize("NFKC", name).casefold() for name in names if len(name) >= 4)
        shape_only = _numbers_only(result.paths)
        for i, (p, new, old) in enumerate(zip(checks, result.value, values, strict=True)):
            if (new != old and i not in shape_only) or (sought and not sought.isdisjoint(_words(old))):
                raise McpError(INTERNAL_ERROR, f"the response was withheld: its protocol member "
                                               f"{render(p.path)[:200]} holds what looks like ePHI, which cannot "
                                               "be masked without breaking the protocol")

    def _mask_catalogue(self, result: dict, catalogue: Catalogue, profile: str | None, count: bool) -> dict:
        """`result` with the display texts of its entries masked (see `Catalogue.display_texts`)."""
        member = catalogue.key
        entries = result.get(member)
        if not isinstance(entries, list):
            return result
        where = [(i, key) for i, entry in enumerate(entries) if isinstance(entry, dict)
                 for key in catalogue.display_texts if isinstance(entry.get(key), str) and entry[key]]
        if not where:
            return result
        # one list of bare strings: scanned as free text, with names found in one entry sought in all
        masked = self._mask_value([entries[i][key] for i, key in where], profile)
        if count:
            def path(inner: str) -> str:  # "[k]..." in the list of texts → the entry's own path
                k, _, rest = inner.removeprefix("[").partition("]")
                if not k.isdigit() or int(k) >= len(where):
                    return f"result.{member}"
                i, key = where[int(k)]
                return f"result.{member}[{i}].{key}{rest}"
            self._tally(masked, path)
        if not masked.changed:
            return result
        new_entries = list(entries)
        for (i, key), text in zip(where, masked.value, strict=True):
            if text != entries[i][key]:
                new_entries[i] = {**new_entries[i], key: text}
        return {**result, member: new_entries}

    def _mask_value(self, value: object, profile: str | None) -> MaskResult:
        session = self._call.session_id if self._call else None
        try:
            return self._ports.masker.mask(value, profile, session)
        except MaskingError:
            raise McpError(INTERNAL_ERROR, "the response could not be masked, so it was withheld") from None

    def _tally(self, result: MaskResult, full_path: Callable[[str], str]) -> None:
        """What was masked, per kind and JSON path, for the audit record (never the values)."""
        for kind, n in result.counts.items():
            self.masked[kind] = self.masked.get(kind, 0) + n
        for path, counts in result.paths.items():
            at = self.masked_paths.setdefault(full_path(path), {})  # paths may meet: `{key}` for any key
            for kind, n in counts.items():
                at[kind] = at.get(kind, 0) + n
