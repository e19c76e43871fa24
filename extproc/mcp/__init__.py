"""Strict parsing of the MCP traffic that crosses the gateway: JSON-RPC, SSE and the parsed call."""
