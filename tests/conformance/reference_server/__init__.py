"""Chaperone's own MCP server for the conformance suite's server scenarios, on the official Python SDK.

The suite's reference server is not published on npm and copying it from its repository is not allowed, so this
one is written here, from what the suite's scenario checks call and assert. Every tool, resource and prompt is a
synthetic fixture named `test_*` / `test://...`; `python -m tests.conformance.reference_server --port N` serves
it on http://127.0.0.1:N/mcp for both protocol revisions (2025-11-25 sessions, 2026-07-28 stateless requests).
"""
