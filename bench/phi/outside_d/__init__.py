"""Fourth outside corpus: MCP tool results a hospital's privacy officer would worry about, written without reading
the masker, to measure how many Safe Harbor identifiers leak and how much clinical text is lost.

Run ``python -m bench.phi.outside_d [seed] [--selfcheck]``; the layout is ``plant`` (placeholders and the
rendering of gold), ``people`` and ``values`` (identifier and keep generators), ``shapes_*`` (document shapes),
``corpus`` (the seeded corpus), ``score`` (the leak rule) and ``report``.
"""
