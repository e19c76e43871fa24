"""Third outside corpus: seeded MCP tool results with planted Safe Harbor identifiers and planted look-alikes.

Written without reading the masker or the other corpora, so it can serve as a held-out measure:
``python -m bench.phi.outside_c [seed]`` (``--selfcheck`` scores an identity and an oracle masker instead).

First run on the default seed (156 documents, 26 templates, at the end of session 8 after every change that
session made): recall 0.915 (names 0.863, staff names 0.841), over-masking 0.056. Its misses were read only after.
"""
