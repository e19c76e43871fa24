"""Fourth outside corpus: MCP tool results a hospital's privacy officer would worry about (EHR FHIR servers,
clearinghouses, lab, scheduling, pharmacy, portals, care management, note search, document stores, ticketing),
written without reading the masker, to measure how many Safe Harbor identifiers leak and how much is over-masked.

Run ``python -m bench.phi.outside_d [seed] [--selfcheck]``. Modules: ``plant`` (placeholders; each document renders
twice, with its identifiers and with them redacted), ``people`` and ``values`` (persons, places, identifier values
and their probes, keep pools), ``ctx`` (what shapes write with), ``envelopes``, ``shapes_*`` (31 shapes),
``corpus`` (the seeded corpus), ``score`` (the leak rule) and ``report``.

Gold. Identifiers are planted for the persons Safe Harbor names: the patient and the patient's relatives,
household members, caregivers, guarantors and subscribers. Clinicians' names, the facility's and payer's own
phone and fax numbers, group numbers, audit timestamps and foreign regions are written as unscored text (neither
leak nor over-masking). Kinds: name, street, city, zip, date (any date tied to the person: birth, visit, admission,
message), age_over_89 (91 and up), phone, fax, email, ssn, mrn, health_plan, account, license (and certificates),
vehicle (plates, VINs), device (serials, UDIs, IMEIs), url, ip, biometric, photo, other_id (claim, encounter,
ticket, Rx numbers). Keeps (must survive): drugs, doses, labs, vitals, ICD-10, LOINC, CPT, NDC, years alone,
departments, medical eponyms, counts, versions, everyday words that are also names, US states, ages under 90.

Leak rule (``score``): an identifier leaks if any of its probes occurs in the masked output more often than in the
redacted twin. Probes: the whole value; for names each part of 3+ characters (2+ in CJK/Hangul) except particles;
for numbers every token of 4+ characters with a digit and every run of 4+ digits; for dates the day-and-month part
(the year may stay); for e-mails the local part; for streets each street-name word (generic suffixes excluded);
ZIP+4 by its five digits (the first three may stay); IPs whole only. A keep is lost if it occurs fewer times than
in the redacted twin.
"""
