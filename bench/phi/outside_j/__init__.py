"""Tenth outside corpus: MCP tool results from clinical trials, public health, dental practices and behavioral
health, for patients in Ireland, South Africa, Singapore, the Philippines and the US, with Safe Harbor identifiers
planted.

Written without reading the masker's detectors or the other corpora's shapes and name lists, so it measures what
the masker does on data it has never seen. ``python -m bench.phi.outside_j [seed] [--selfcheck]``.

Labelling decisions: patients, trial subjects, relatives, legally authorised representatives, contacts traced,
callers about themselves and employers are identifiers; clinicians, investigators, monitors and staff appear but
are scored neither way. Identifiers of no person stay: protocol numbers, study site numbers, vaccine lot numbers,
provinces and countries, drug kits' product codes. See ``bench.phi.outside_kit.score`` for the leak rule.
"""
