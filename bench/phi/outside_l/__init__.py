"""Twelfth outside corpus (L): what MCP tools return to an AI agent from the revenue cycle and patient access
(registration screens, eligibility JSON, prior-authorization exports, denials and appeals, statements, payment
plans, financial counselling, charity care, collections) and from remote patient monitoring and telehealth
(device enrolments, alert feeds, nurse triage, video visits, RPM billing worksheets, identity checks).

Patients mostly in the US, many of Mexican, Colombian, Dominican, Puerto Rican, Arabic-speaking, Pakistani,
Bangladeshi and Vietnamese families, with relatives abroad (addresses in those countries' own formats) and names
sometimes in Arabic or Bengali script. Written without reading the masker's detectors or the other corpora's
shapes and name lists. ``python -m bench.phi.outside_l [seed] [--selfcheck]``.

Labelling decisions: patients, relatives, guarantors, household members and employers are identifiers, and so is
every date (month and day) in a document about a patient, the last four of an SSN, and every account, claim,
authorization, case, member and group number. Staff (financial counsellors, billers, RPM nurses, medical
directors, collection agents) appear only where clearly staff (a signature, a chat speaker, a reviewer) and are
kept. What identifies no person stays: payer and plan names, payer ids, CPT/HCPCS/ICD-10/CARC/RARC codes, dollar
amounts, percentages of poverty level, drugs, vital values, device models, departments, years alone, US states
and countries. See ``bench.phi.outside_kit.score`` for the leak rule.
"""
