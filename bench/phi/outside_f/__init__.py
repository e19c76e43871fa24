"""Sixth outside corpus: MCP tool results a US health system's auditor wrote, with Safe Harbor identifiers planted.

Written without reading the masker's detectors or the other corpora, so it measures what the masker does on
shapes it has never seen. ``python -m bench.phi.outside_f [seed] [--selfcheck]``.

Labelling decisions: patients, relatives, guarantors, emergency contacts and caregivers are identifiers;
clinicians and staff appear (as people do in real results) but are scored neither way, since Safe Harbor
names the individual and their relatives, employers and household.
See ``bench.phi.outside_kit.score`` for the leak rule (shared by corpora F to I).
"""
