"""Demo EHR MCP server with deterministic synthetic patients (no real PHI)."""
