"""The compiled approvals API, checked before use: present, and compiled from the .proto as it is now.

Every other module imports the messages from here, so a missing or stale build fails with what to do
instead of an ImportError from deep inside, or a server speaking an older API than its source says.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from extproc.approvals.api import build


class GeneratedCodeMissing(RuntimeError):
    """The generated approvals API is absent or was compiled from another version of the .proto."""


def _load() -> tuple[ModuleType, str]:
    try:
        from extproc.approvals.api._generated import PROTO_SHA256, approvals_pb2
    except ImportError:
        raise GeneratedCodeMissing(
            "run make / pip install again: generated approvals API missing "
            f"(extproc/approvals/api/_generated is compiled from proto/{build.PROTO_NAME})"
        ) from None
    source = build.PROTO_ROOT / build.PROTO_NAME  # present in a source checkout, not in an installed wheel
    if source.exists() and build.proto_sha256(build.PROTO_ROOT) != PROTO_SHA256:
        raise GeneratedCodeMissing(
            f"run make / pip install again: the generated approvals API is older than proto/{build.PROTO_NAME}"
        )
    return approvals_pb2, PROTO_SHA256


approvals_pb2, PROTO_SHA256 = _load()

SERVICE = approvals_pb2.DESCRIPTOR.services_by_name["Approvals"]
DESCRIPTOR_SET = Path(approvals_pb2.__file__).with_name(build.DESCRIPTOR_SET_NAME)
"""What Envoy's gRPC-JSON transcoder reads: the service and its messages."""


def method_path(name: str) -> str:
    """The HTTP/2 path of an RPC, e.g. `/chaperone.approvals.v1.Approvals/Approve` (the JSON path too)."""
    return f"/{SERVICE.full_name}/{SERVICE.methods_by_name[name].name}"
