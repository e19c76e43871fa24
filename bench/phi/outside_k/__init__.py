"""Eleventh outside corpus (K): the hospital's office tools an AI agent reads through MCP, with Safe Harbor
identifiers planted in unstructured workplace text.

Mail threads with quoted replies and signatures, Outlook and Google calendar events, service-desk tickets about a
patient's portal account, Teams and Slack exports, SharePoint and Drive listings whose file names hold patients,
meeting and voicemail transcripts, fax covers and intake forms after OCR, spreadsheet exports, In Basket
messages, bed boards and whiteboards, safety reports. US patients mostly, and patients of Vietnamese, Haitian,
Somali, Ethiopian, Hmong, Ukrainian, Brazilian, K'iche' and Nepali families, sometimes in their own script.
Written without reading the masker's detectors or the other corpora's content.
``python -m bench.phi.outside_k [seed] [--selfcheck]``.

Labelling decisions: patients, relatives, household members, emergency contacts and employers are identifiers,
and so is every date (month and day) in a document about a patient, down to an e-mail's sent date. The
workforce (clinicians, nurses, case managers, interpreters, service-desk agents) is not what Safe Harbor names:
where a staff member is clearly staff (a signature, a sender, an assignee, an @mention) the name and work
e-mail are planted as non-identifiers that must stay; staff names are drawn from their own list, never a
patient's. See ``bench.phi.outside_kit.score`` for the leak rule.
"""
