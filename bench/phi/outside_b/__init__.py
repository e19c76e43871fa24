"""A second outside corpus for the ePHI masker: seeded, synthetic MCP tool results (FHIR, athenahealth-style JSON,
claims, pharmacy fills, HL7 v2, letters, transcripts, portal threads, telehealth logs) with every Safe Harbor
identifier class planted, and clinical vocabulary that must survive. Written without reading the detector or the
first outside corpus, so it can serve as a final held-out measure. Run: ``python -m bench.phi.outside_b [seed]``.
"""
