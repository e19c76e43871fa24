"""Third outside corpus: seeded MCP tool results with planted Safe Harbor identifiers and planted look-alikes.

Written without reading the masker or the other corpora, so it can serve as a held-out measure:
``python -m bench.phi.outside_c [seed]`` (``--selfcheck`` scores an identity and an oracle masker instead).
"""
