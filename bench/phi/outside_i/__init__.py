"""Ninth outside corpus: MCP tool results from payers, pharmacies, monitoring, clinics in the US, Australia and
New Zealand, with Safe Harbor identifiers planted.

Written without reading the masker's detectors or the other corpora's content, so it measures what the masker
does on shapes it has never seen. ``python -m bench.phi.outside_i [seed] [--selfcheck]``.

Labelling decisions: patients, relatives, guarantors, emergency contacts, household members and employers are
identifiers; clinicians and staff appear (as people do in real results) but are scored neither way, since Safe
Harbor names the individual and their relatives, employers and household.
See ``bench.phi.outside_kit.score`` for the leak rule (shared by corpora F to I).
"""
