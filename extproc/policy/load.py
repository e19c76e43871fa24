"""Reading a policy file: safe YAML, every problem reported with its line, or a ``Policy``.

The file is composed into a YAML node tree (``yaml.compose`` with the safe loader, never ``yaml.load``) and
validated node by node, so each problem carries the line it is on and duplicate keys — which ``safe_load``
silently resolves to the last one — are caught. Anchors may be declared but aliases (``*name``) are refused:
they are not needed in a policy and would let a small file expand into a huge one.

Relative paths (``identity.jwks.file``, ``identity.dev_signing_key``) resolve against the process's working
directory, like a path given on the command line and like Envoy's own file paths. Kubernetes deployments use
absolute paths of mounted volumes; ``make run`` starts from the repository root, where ``.run/`` is.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import yaml
from yaml.composer import ComposerError
from yaml.nodes import Node

from extproc.policy.decide import Policy
from extproc.policy.errors import PolicyError, Problem
from extproc.policy.model import POLICY_FILE, PolicyFile
from extproc.policy.nodes import INVALID, Nodes

MAX_POLICY_BYTES = 1024 * 1024
MAX_DEPTH = 16
"""Nesting levels of YAML collections; a policy uses six (the composer recurses per level)."""


class _Loader(yaml.SafeLoader):
    """The safe loader, refusing aliases before they can be expanded and nesting deeper than a policy needs."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: object) -> Node | None:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise ComposerError(None, None, "YAML aliases (*name) are not allowed in a policy", mark)
        if self._depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


def _policy(document: PolicyFile, source: str, digest: str) -> Policy:
    metadata = document.resource_metadata
    if not metadata.authorization_servers:  # the default: the issuer is the authorization server
        metadata = dataclasses.replace(metadata, authorization_servers=(document.identity.issuer,))
    return Policy(identity=document.identity, resource_metadata=metadata, upstream=document.upstream,
                  roles=document.roles, source=source, version=document.version, approvals=document.approvals,
                  digest=digest)


def _compose(text: str) -> tuple[Node | None, list[Problem]]:
    try:
        return yaml.compose(text, Loader=_Loader), []
    except yaml.MarkedYAMLError as exc:
        # Only the parser's own words and the line: str(exc) would quote the offending lines of the file.
        mark = exc.problem_mark or exc.context_mark
        words = "; ".join(str(w) for w in (exc.context, exc.problem) if w)
        return None, [Problem(mark.line + 1 if mark else 0, "", f"not valid YAML: {words}")]
    except yaml.YAMLError as exc:  # ReaderError: a character YAML does not allow
        return None, [Problem(0, "", f"not valid YAML: {exc}")]


def load_policy(text: str, source: str = "policy", *, base_dir: Path | None = None) -> Policy:
    """Validate a policy document and build the ``Policy``; raise ``PolicyError`` listing every problem.

    ``source`` names the document in messages. Relative paths in it resolve against ``base_dir``, by default
    the current working directory (see the module docstring). ``Policy.digest`` is the SHA-256 of ``text`` as
    UTF-8, which for a file read by ``read_policy_text`` is the SHA-256 of the file's bytes.
    """
    root, problems = _compose(text)
    if problems:
        raise PolicyError(problems, source)
    if root is None:
        raise PolicyError([Problem(0, "", "the policy is empty")], source)
    nodes = Nodes((Path.cwd() if base_dir is None else base_dir).absolute())
    document = POLICY_FILE.read(nodes, root, "")
    if nodes.problems or document is INVALID:
        raise PolicyError(nodes.problems or [Problem(0, "", "the policy could not be read")], source)
    return _policy(document, source, hashlib.sha256(text.encode("utf-8")).hexdigest())


def read_policy_text(path: str | Path) -> str:
    """The text of a policy file; ``PolicyError`` when it is unreadable, too large or not UTF-8."""
    source = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        raise PolicyError([Problem(0, "", f"cannot read the file: {exc.strerror or exc}")], source) from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError([Problem(0, "", f"larger than {MAX_POLICY_BYTES} bytes")], source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyError([Problem(line, "", "not valid UTF-8")], source) from None


def load_file(path: str | Path, *, base_dir: Path | None = None) -> Policy:
    """Read and load a policy file (``PolicyError`` on any problem)."""
    return load_policy(read_policy_text(path), str(path), base_dir=base_dir)


def check_file(path: str | Path) -> list[Problem]:
    """Every problem in a policy file, for ``chaperone policy check``; an empty list means it is valid."""
    try:
        load_file(path)
    except PolicyError as exc:
        return exc.problems
    return []
