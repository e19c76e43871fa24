"""Outside corpus E: MCP tool results and resources a hospital privacy officer would test the masker with,
written without reading the detector, its name lists or the other corpora.

37 shapes (FHIR, HL7 v2, X12 837/271, DICOM dumps, radiology and lab reports, letters, pharmacy, scheduling,
portal threads, care plans, home health, hospice, behavioural health and telehealth transcripts, dental,
ophthalmology and referral records with Spanish, French and German keys, nursing-home rosters, immunization
and case reports, research, revenue cycle, staff credentialing, patient-index matches, ambulance reports, fax
covers, search hits, OCR, access logs, JSON inside text) are drawn from a seed, planting labelled identifiers
of 22 Safe Harbor kinds and labelled terms that must survive.

Leak rule (``score``): an identifier leaks when any of its forms is still readable anywhere in the document
after masking (JSON inside text decoded) — for a name, any part of 2+ letters (particles such as van, de,
bin aside) as a whole word, in any case, including inside an unmasked e-mail address; for digit identifiers,
their digits across common separators; for the rest, the value itself, a date's value being its rendering
without the year. A partial survival (the last four digits, the year) is not a leak, and a placeholder the
masker wrote ("[MARK]") is not read. A kept term is lost when it occurs fewer times after masking than
before; a document the masker refuses leaks nothing and loses every kept term. Every document is checked to
make the rule exact: each identifier findable before masking, none after the oracle, no non-name identifier
inside another, no name part shared by two people, each kept term untouched by the oracle (``corpus``).
"""
