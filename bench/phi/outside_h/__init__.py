"""Eighth outside corpus: MCP tool results from care outside the hospital, with Safe Harbor identifiers planted.

Home health, EMS, dialysis, nursing homes, hospice, behavioural health and substance-use programs, dental,
pediatrics and school health, genetics, pharmacy benefit claims, workers' compensation, clinical trials,
telehealth, durable medical equipment, public health and vaccination registries, and a Canadian and a British
clinic. Written without reading the masker's detectors or the other corpora's shapes, so it measures what the
masker does on shapes it has never seen. ``python -m bench.phi.outside_h [seed] [--selfcheck]``.

Labelling decisions: patients, relatives, guarantors, emergency contacts, caregivers and employers are
identifiers; clinicians and staff appear (as people do in real results) but are scored neither way, since Safe
Harbor names the individual and their relatives, employers and household.
See ``bench.phi.outside_kit.score`` for the leak rule (shared by corpora F to I).
"""
