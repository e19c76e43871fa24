"""Chaperone: an Envoy ext_proc service that governs AI-agent access to MCP servers holding ePHI."""
