"""Grant patterns and the tables that match names and URIs against them.

A pattern is an exact name or URI, or a prefix followed by one trailing ``*``; a lone ``*`` grants everything of
its kind. There are no other wildcards, no regular expressions and no case folding: matching is a dict lookup
plus ``str.startswith`` per prefix, linear in the input whatever a caller sends.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

WILDCARD = "*"

_SEPARATORS = ("\\", "?", "#", "%2f", "%2F", "%5c", "%5C")
_DOTS = (("%2e", "."), ("%2E", "."))


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a grant pattern, or None when it can."""
    if not pattern:
        return "must not be empty"
    stars = pattern.count(WILDCARD)
    if stars > 1:
        return "has more than one * (only a single trailing * is allowed: a prefix match)"
    if stars == 1 and not pattern.endswith(WILDCARD):
        return "has a * before the end (only a single trailing * is allowed: a prefix match)"
    literal = pattern.removesuffix(WILDCARD)
    if literal != literal.strip():
        return "has leading or trailing whitespace"
    return None


def has_dot_segment(uri: str) -> bool:
    """True when a segment of ``uri`` is ``.`` or ``..``, also percent-encoded or delimited by ``\\ ? #``.

    A prefix grant like ``file:///data/*`` must not cover ``file:///data/../etc/passwd``, which a server may
    normalize to a path outside the prefix. Such URIs are matched by exact grants and a lone ``*`` only.
    """
    if "." not in uri and "%" not in uri:
        return False
    text = uri
    for sep in _SEPARATORS:
        text = text.replace(sep, "/")
    for encoded, dot in _DOTS:
        text = text.replace(encoded, dot)
    return any(segment in (".", "..") for segment in text.split("/"))


@dataclass(frozen=True, slots=True)
class Grant:
    """One pattern of one role, with the role's position in the file (lower wins)."""

    order: int
    role: str
    masking: str | None
    pattern: str


class GrantTable:
    """Every pattern of one kind (tools, prompts or resources) that a set of roles grants.

    ``match`` returns the grant of the first role in file order that covers a name; within one role an exact
    pattern is preferred over a prefix, so the rule names the most specific pattern. Prefixes are grouped by
    length: a lookup costs one dict probe per distinct prefix length, not one comparison per pattern.
    """

    __slots__ = ("_exact", "_prefixes", "_uris")

    def __init__(self, grants: Iterable[Grant], *, uris: bool = False) -> None:
        exact: dict[str, Grant] = {}
        by_length: dict[int, dict[str, Grant]] = {}
        for grant in sorted(grants, key=lambda g: g.order):
            if grant.pattern.endswith(WILDCARD):
                prefix = grant.pattern[:-1]
                by_length.setdefault(len(prefix), {}).setdefault(prefix, grant)
            else:
                exact.setdefault(grant.pattern, grant)
        self._exact = exact
        # One entry per prefix length: (length, the only prefix of that length or None, table of all of them).
        self._prefixes = tuple(
            (length, next(iter(table)) if len(table) == 1 else None, table)
            for length, table in sorted(by_length.items())
        )
        self._uris = uris

    def __bool__(self) -> bool:
        return bool(self._exact or self._prefixes)

    def match(self, name: str) -> Grant | None:
        """The grant covering ``name`` from the first role in file order, or None."""
        best = self._exact.get(name)
        dotted: bool | None = None
        size = len(name)
        for length, single, table in self._prefixes:
            if length > size:
                break
            if single is None:
                grant = table.get(name[:length])
            elif name.startswith(single):  # the only prefix of this length: no slice to allocate
                grant = table[single]
            else:
                continue
            if grant is None or (best is not None and grant.order >= best.order):
                continue
            if length and self._uris:
                if dotted is None:
                    dotted = has_dot_segment(name)
                if dotted:
                    continue
            best = grant
        return best

    def first(self) -> Grant | None:
        """The grant of the first role in file order, whatever it covers."""
        candidates = [*self._exact.values(), *(g for _, _, table in self._prefixes for g in table.values())]
        return min(candidates, key=lambda g: g.order, default=None)

    def could_match_template(self, template: str) -> bool:
        """Whether some URI that ``template`` (RFC 6570) can expand to may be granted.

        Every expansion starts with the template's literal prefix (the text before the first ``{``). A prefix
        grant may then cover some expansion when either string is a prefix of the other (``ehr://patients/*``
        covers all of ``ehr://patients/{id}``, ``ehr://patients/P1*`` some of them); an exact grant when it
        starts with the literal prefix. A template without ``{`` is a plain URI and matched as one. Visibility
        is a hint for discovery only: every read is still decided on its concrete URI.
        """
        brace = template.find("{")
        if brace < 0:
            return self.match(template) is not None
        literal = template[:brace]
        prefixes = (p for _, _, table in self._prefixes for p in table)
        if any(literal.startswith(p) or p.startswith(literal) for p in prefixes):
            return True
        return any(uri.startswith(literal) for uri in self._exact)
