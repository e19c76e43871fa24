"""The server and its HTTP app: every fixture registered, caching hints, SSE resumption, DNS-rebinding checks."""

from __future__ import annotations

from mcp.server.caching import CacheHint
from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette

from tests.conformance.reference_server import catalog, input_required, stateless, tasks, tools
from tests.conformance.reference_server.event_store import MemoryEventStore

NAME, VERSION = "chaperone-conformance-server", "1.0.0"
CACHE_HINT = CacheHint(ttl_ms=60_000, scope="public")  # fixed fixtures: the same for every caller
CACHEABLE = ("tools/list", "prompts/list", "resources/list", "resources/templates/list", "resources/read")
RETRY_MS = 500  # the SSE `retry:` a client waits before resuming a stream this server closed
LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def build_server() -> MCPServer:
    server = MCPServer(NAME, version=VERSION, tools=[tools.json_schema_tool()],
                       cache_hints=dict.fromkeys(CACHEABLE, CACHE_HINT), extensions=[tasks.TasksExtension()])
    for module in (tools, catalog, input_required, stateless, tasks):
        module.register(server)
    return server


def loopback_only() -> TransportSecuritySettings:
    """Host and Origin must name this machine (DNS-rebinding protection for a server on localhost)."""
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[host for name in LOOPBACK for host in (name, f"{name}:*")],
        allowed_origins=[origin for name in LOOPBACK for origin in (f"http://{name}", f"http://{name}:*")],
    )


def build_app() -> Starlette:
    return build_server().streamable_http_app(event_store=MemoryEventStore(), retry_interval=RETRY_MS,
                                              transport_security=loopback_only())
