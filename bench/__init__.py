"""Benchmarks run by `make bench`: figures measured side by side in one run, never in tests."""
