"""Tenth outside corpus: MCP tool results from clinical trials, public health, dental practices and behavioral
health, for patients in Ireland, South Africa, Singapore, the Philippines and the US, with Safe Harbor identifiers
planted.

Written without reading the masker's detectors or the other corpora's shapes and name lists, so it measures what
the masker does on data it has never seen. ``python -m bench.phi.outside_j [seed] [--selfcheck]``.

Labelling decisions: patients, trial subjects, relatives, legally authorised representatives, contacts traced,
callers about themselves and employers are identifiers; clinicians, investigators, monitors and staff appear but
are scored neither way. What identifies no person stays: protocol numbers, study site numbers, vaccine lot numbers
(a batch, not a person), South African provinces and Metro Manila (as large as a US state), countries, years alone,
codes, scores and facility names. See ``bench.phi.outside_kit.score`` for the leak rule.
"""
