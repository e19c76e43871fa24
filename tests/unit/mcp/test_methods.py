"""The method tables (methods.py) against the MCP SDK's per-revision surface."""

from mcp_types.methods import CLIENT_NOTIFICATIONS as SDK_CLIENT_NOTIFICATIONS

from extproc.mcp.call import LEGACY_REVISION, MODERN_REVISION
from extproc.mcp.methods import CLIENT_NOTIFICATIONS


def test_client_notifications_are_the_schemas_for_each_revision() -> None:
    for modern, revision in ((False, LEGACY_REVISION), (True, MODERN_REVISION)):
        ours = {name for name, note in CLIENT_NOTIFICATIONS.items() if note.defined_in(modern)}
        assert ours == {name for name, version in SDK_CLIENT_NOTIFICATIONS if version == revision}, revision
