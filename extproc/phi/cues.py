"""The words around a name that say it is one: before it (titles, labels, roles, greetings, verbs taking a
person, prepositions, list labels, sign-offs) and after it (reporting verbs, credentials, kinship).

``patterns`` compiles these into RE2 alternatives; ``name_runs`` decides, by the cue's strength, which
runs after or before them are names. Plain word lists, so a reader can see what is matched.
"""

from __future__ import annotations

# fmt: off

TITLES = (
    "Mr", "Mrs", "Ms", "Mx", "Miss", "Mister", "Dr", "Dra", "Prof", "Sr", "Sra", "Srta", "Herr", "Frau", "Mme",
    "Mlle", "Mevr", "Dhr", "Sig", "Dott", "Pani", "Shri", "Smt", "Dona", "Doña", "Señor", "Señora", "Senhor",
    "Senhora", "Monsieur", "Madame", "Alhaji", "Alhaja", "Sheikh", "Rev", "Pastor", "MR", "MRS", "MS", "DR", "Fru",
    "Frk", "Hr", "Herra", "Rouva", "Mevrouw", "Meneer", "Gospa", "Gospod", "Bapak", "Bwana",
)
"""Honorifics: any capitalised run after one is a name (``Mrs. da Conceição``, ``Herr von Bülow``)."""

LABELS = (
    "Patient", "PATIENT", "patient", "Pt", "Name", "NAME", "name", "Client", "Resident", "Caller", "CALLER", "Re",
    "RE", "Subject", "SUBJECT", "Contact", "Attn", "ATTN", "Informant", "Proxy", "Nok", "NOK", "Guardian", "Spouse",
    "Sibling", "Parent", "Signed", "signed", "Accompanied", "accompanied", "pt", "PT", "Referral", "REFERRAL",
    "Referring", "Consult", "CONSULT", "kin", "KIN", "Decedent", "Recipient", "Donor", "Insured", "Member",
    "Beneficiary", "member", "Nickname", "nickname", "Preferred name", "preferred name", "Goes by", "goes by",
    "AKA", "aka", "Alias", "alias", "Known as", "known as", "Emergency contact", "EMERGENCY CONTACT",
    "Emergency Contact", "Guarantor", "Subscriber", "Policyholder", "Dependent", "Guest", "guest", "Visitor",
    "Witness", "Reporter", "Requester", "Claimant", "Applicant", "Child", "Mother", "Father", "SMS", "Surname",
    "surname", "Forename", "forename", "Escort", "escort",
)
"""Field labels: a name after one with a colon is certain (``Patient: …``), without one it is a weak cue."""

RELATIONS = (
    "Mother", "Father", "Son", "Daughter", "Wife", "Husband", "Partner", "Caregiver", "Brother", "Sister", "mother",
    "father", "son", "daughter", "wife", "husband", "partner", "caregiver", "guardian", "brother", "sister", "niece",
    "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "cousin", "friend",
    "neighbor", "neighbour", "fiancé", "fiancée", "fiance", "boyfriend", "girlfriend", "roommate", "stepson",
    "stepdaughter", "mom", "dad", "children", "kids", "sons", "daughters", "parents", "grandchildren", "siblings",
    "sisters", "brothers", "Children", "Sons", "Daughters", "Parents", "Siblings", "daughter-in-law", "son-in-law",
    "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "Daughter-in-law", "Son-in-law",
    "Mother-in-law", "Father-in-law", "Sister-in-law", "Brother-in-law", "stepmother", "stepfather", "grandma",
    "grandpa", "granny", "Stepmother", "Stepfather", "Grandma", "Grandpa", "Grandmother", "Grandfather", "Mom",
    "Dad", "Mum", "Baby", "baby",
)

ROLES = (
    "Nurse", "nurse", "Pharmacist", "pharmacist", "Interpreter", "interpreter", "Chaplain", "chaplain", "Therapist",
    "therapist", "Physician", "physician", "Provider", "provider", "Attending", "attending", "Surgeon", "surgeon",
    "Doctor", "doctor", "Midwife", "midwife", "Aide", "aide", "Coordinator", "coordinator", "Technician",
    "technician", "Fellow", "fellow", "Intern", "intern", "Student", "student", "Dietitian", "dietitian",
    "Counselor", "counselor", "Practitioner", "practitioner", "NP", "PA", "RN", "PCP", "Rabbi", "Imam", "Driver",
    "driver", "Caseworker", "caseworker", "Sitter", "sitter", "Volunteer", "volunteer", "Doula", "doula", "Paramedic",
    "paramedic", "Scribe", "scribe", "Receptionist", "receptionist", "Medic", "medic", "EMT", "Tech", "tech",
    "Technologist", "technologist", "Sonographer", "sonographer", "Phlebotomist", "phlebotomist", "Porter",
    "porter", "Dentist", "dentist", "Hygienist", "hygienist", "Optometrist", "optometrist", "Physio", "physio",
    "Physiotherapist", "physiotherapist", "Psychologist", "psychologist", "Psychiatrist", "psychiatrist",
    "Counsellor", "counsellor", "Dietician", "dietician", "Navigator", "navigator",
    "Supervisor", "supervisor", "Registrar", "registrar", "Detainee", "detainee",
    "Inmate", "inmate", "Officer", "officer", "Carer", "carer", "Escort", "escort", "Chaperone", "chaperone",
    "OT", "SW", "CM", "Dtr", "dtr", "HCA", "CNA", "LPN", "Dau", "dau", "MD",
)
"""A person's role: a run after one is a name (``Medic Vanhatalo placed…``), and the role word is not."""

GREETINGS = (
    "Dear", "Hi", "Hello", "Hey", "Greetings", "Good morning", "Good afternoon", "Good evening", "hi", "hello", "hey",
    "Sorry", "Welcome", "Congratulations", "Congrats", "it's", "It's", "this is", "This is",
)
"""In lower case too: a chat or a text message greets as often so (``hey Orla, can u cover``)."""

VERBS = (
    "call", "Call", "called", "Called", "phoned", "paged", "texted", "emailed", "told", "Told", "tell", "Tell",
    "let", "Let", "ask", "Ask", "asked", "Asked", "remind", "Remind", "reminded", "Reminded", "advised", "Advised",
    "advise", "Advise", "encouraged", "Encouraged", "instructed", "Instructed", "informed", "Informed", "notify",
    "Notify", "notified", "Notified", "thanked", "saw", "Saw", "seen", "Seen", "met", "Met", "examined", "Examined",
    "visited", "Visited", "greeted", "reassured", "Reassured", "educated", "Educated", "counseled", "Counseled",
    "counselled", "Counselled", "per", "Per", "updated", "Updated", "Please call", "please call",
    "spoke with", "spoke to", "Spoke with",
    "Spoke to", "called to", "voicemail for", "message for", "visited by", "According to", "according to",
    "together with", "discussed with", "Discussed with", "reviewed with", "Reviewed with", "met with", "talked to",
    "talked with", "forwarded to", "signed by", "Signed by", "seeing", "meeting", "examining", "evaluating",
    "calling", "visiting", "thanking", "reminding", "helping", "this is", "This is", "it's", "It's", "it is",
    "given to", "handed over to", "handed off to", "signed out to", "report given to", "given by", "witnessed by",
    "performed by", "administered by", "drawn by", "verified by", "checked by", "dictated by", "assisted by",
    "co-signed by", "cosigned by", "entered by", "sent by", "Sent by",
)
"""Verbs whose object is a person (``Told Amarachi to…``), as weak cues; each also with its first letter in the
other case (``patterns`` adds it: ``Phoned Kalina``)."""


def in_capitals(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words in capitals (``NEPHEW``, ``CALL``, ``WITNESSES``): text typed all in capitals has its cues so."""
    return tuple(sorted({w.upper() for w in words if " " not in w and len(w) > 2}))


def both_cases(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with their first letter in upper and in lower case."""
    return tuple(sorted({v for w in words for v in (w[:1].upper() + w[1:], w[:1].lower() + w[1:])}))

ADDRESSED = (
    "you", "your", "we", "our", "I", "thank you", "thanks", "please", "just", "this is", "here is", "hope",
)
"""After a name and a comma, colon, dash or ``!``: the name is the one addressed (``Ana, your results…``)."""

NOT_BEFORE_PEOPLE = (
    "the", "a", "an", "this", "these", "those", "our", "your", "any", "each", "every", "no", "in", "at", "near",
    "into", "inside", "outside", "around", "across", "throughout", "towards", "toward", "via", "using", "on",
)
"""Words after which a capitalised word is a thing or a place (``the Mayo…``, ``in Lagos``, ``on Eliquis``)."""

DRUG_ACTIONS = (
    "started", "stopped", "held", "given", "continued", "increased", "decreased", "added", "discontinued",
    "titrated", "prescribed", "ordered", "changed", "switched", "resumed", "restarted", "tapered", "weaned",
    "administered", "dosed", "refilled", "approved", "covered", "injected", "infused", "initiated", "reduced",
)
"""After ``was``/``were``: what was done to a drug, not by a person (``Kerendia was started``)."""

FROM_PLACE = (
    "is", "are", "was", "were", "originally", "moved", "came", "comes", "immigrated", "emigrated", "family",
    "relocated", "fled", "returned", "traveled", "travelled", "arrived", "back", "flew", "visiting",
)
"""Words before ``from`` that make what follows a place (``is from Oaxaca``), not a sender (``message from Ana``)."""

TO_PLACE = (
    "admitted", "readmitted", "transferred", "sent", "moved", "taken", "brought", "discharged", "returned",
    "referred", "went", "go", "goes", "going", "transported", "wheeled", "escorted", "upgraded", "downgraded",
    "back", "directly", "straight", "admit", "transfer", "send", "move", "take", "bring", "discharge", "return",
    "refer", "came", "come", "reported", "report", "floated", "assigned", "routed", "faxed", "paged",
)
"""Words before ``to`` that make what follows a place or a service (``admitted to Labor``, ``sent to
Radiology``), not a person (``gave it to Maverick``)."""

PREPOSITIONS = ("with", "to", "for", "from", "by", "With", "To", "For", "From", "By", "TO", "FROM", "BY", "WITH")
"""A name after one of these needs two name words (``to Golnaz Jahanbakhsh``; not ``to Lisbon``), or a colon
(``From: …``)."""

LIST_LABELS = (
    "Attendees", "Present", "Visitors", "Participants", "Care team", "Team", "team", "cc", "CC", "Cc", "Contacts",
    "group", "Group", "Household", "Family members", "Siblings", "Children", "Kids", "Donors", "Roster", "roster",
    "On call", "On call tonight", "Assignments", "Assignment", "Witnesses", "Visitors today",
)
"""With a colon, every name of the comma-separated list after one is a name."""

LOWER_CUES = (
    "spoke w/", "spoke with", "spoke to", "Spoke w/", "Spoke with", "Spoke to", "talked to", "talked with", "called",
    "sent by",
    "Called", "it's", "this is", "message from", "texted", "paged", "intake by", "referred by", "Referred by",
    "seen by", "entered by", "written by", "checked by", "name:", "Name:", "guest:", "Guest:", "client:", "pt:",
    "patient:", "Patient:", "pt", "son", "daughter", "wife", "husband", "partner", "mother", "father", "sister",
    "brother", "nephew", "niece", "daughter-in-law", "son-in-law", "caregiver", "guardian", "neighbor", "neighbour",
    "its", "im", "i'm", "my name is", "name is", "printed by", "by", "cc:", "Cc:", "CC:", "escort:", "Escort:",
    "from:", "From:", "names:", "Names:", "forename:", "surname:", "Surname:", "Forename:", "re",
    "msg from", "call", "pls call", "ring", "Patient", "patient",
)
"""Cues after which a name may be typed in lower case (``spoke w/ ana okafor``, ``hi, it's ana okafor``)."""

SIGN_OFFS = (
    "Thanks",
    "Thx",
    "Thanks again",
    "Best",
    "Gracias",
    "Saludos",
    "Merci",
    "Danke",
    "Obrigada",
    "Obrigado",
    "Tack",
    "Kiitos",
    "Thank you",
    "Many thanks",
    "Regards",
    "Best regards",
    "Kind regards",
    "Warm regards",
    "Best wishes",
    "Sincerely",
    "Cheers",
    "Respectfully",
    "Yours truly",
    "Yours sincerely",
    "Groetjes", "Met vriendelijke groet", "Dziękuję", "Pozdrawiam", "Cordialement", "Grazie", "Saluti",
    "Mit freundlichen Grüßen", "Viele Grüße", "Atenciosamente", "Abraços", "Un saludo", "Atentamente",
    # "thank you" and "regards" in the languages patients and carers write in
    "Diolch", "Faleminderit", "Mahalo", "Mālō", "Malo", "Vinaka", "Fa'afetai", "Faafetai", "Ndatenda", "Ngiyabonga",
    "Enkosi", "Asante", "Salutacions", "Gràcies", "Eskerrik asko", "Moltes gràcies", "Mauruuru", "Ngā mihi",
    "Nga mihi", "Kia ora", "Tapadh leat", "Trugarez", "Grazzi", "Takk", "Tak", "Aitäh", "Paldies", "Ačiū", "Děkuji",
    "Ďakujem", "Hvala", "Köszönöm", "Mulțumesc", "Multumesc", "Благодаря", "Спасибо", "Дякую", "Дзякуй",
    "Ευχαριστώ", "Madloba", "Rahmat", "Tashakkur", "Shukriya", "Shukran", "Dhanyavaad", "Salamat", "Terima kasih",
    "Cảm ơn", "Bedankt", "Dank je", "Dankjewel", "Misaotra", "Bayarlalaa", "Спасибі", "Teşekkürler", "Sağol",
    "Cordiali saluti", "Saudações", "Obrigada mesmo", "Merci beaucoup", "Danke schön", "Muchas gracias",
)
"""A name after one, on the same line or the next, is the writer's."""

TITLE_LINE_WORDS = (
    *("Advocate", "Manager", "Coordinator", "Specialist", "Representative", "Director", "Nurse", "Counselor"),
    *("Counsellor", "Officer", "Assistant", "Navigator", "Supervisor", "Pharmacist", "Physician", "Therapist"),
    *("Social Worker", "Case Manager", "Chaplain", "Dietitian", "Technician", "Administrator", "Agent", "Liaison"),
    *("Practitioner", "Surgeon", "Midwife", "Clerk", "Secretary", "Coder", "Analyst", "Member Services"),
    *("RN", "MD", "NP", "PA-C", "LCSW", "MSW", "PharmD", "DO", "BSN", "CNA", "LPN"),
)
"""Words that end a job title on the line below a signature's name (``MEMBER ADVOCATE``, ``Case Manager``)."""

PARTICLE_WORDS = (
    "da", "das", "de", "del", "della", "delle", "degli", "dei", "di", "do", "dos", "du", "van", "von", "der", "den",
    "ter", "ten", "te", "la", "las", "le", "les", "lo", "los", "li", "al", "el", "bin", "binti", "bint", "ibn",
    "ben", "zu", "zum", "zur", "vom", "af", "av", "mac", "nic", "dela", "delos", "ó", "ní", "uí", "in", "op", "'t",
    "ap", "ferch",
    "\u2019t",
)
"""Particles that may stand between a cue and the capitalised name (``Ms. da Silva``, ``Dr in 't Veld``)."""

PREFIXES = ("al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ul", "d", "l", "dell", "dall", "de", "di")
"""Articles joined to a name (``al-Amoudi``, ``d'Estaing``)."""

REPORTING = (
    "reports", "reported", "states", "stated", "says", "said", "denies", "denied", "endorses", "endorsed",
    "complains", "complained", "presents", "presented", "arrived", "arrives", "agrees", "agreed", "understands",
    "understood", "verbalizes", "verbalized", "verbalised", "declines", "declined", "refuses", "refused", "consents",
    "consented", "wishes", "wished", "wants", "wanted", "prefers", "preferred", "feels", "felt", "asks", "asked",
    "requests", "requested", "called", "calls", "phoned", "texted", "emailed", "sent", "wrote", "returned",
    "returns", "lives", "lived", "works", "worked", "tolerated", "tolerates", "ambulates", "ambulated", "walked",
    "walks", "slept", "sleeps", "ate", "drank", "smokes", "smoked", "drinks", "admits", "acknowledges",
    "acknowledged", "expressed", "expresses", "describes", "described", "explains", "explained", "mentions",
    "mentioned", "recalls", "recalled", "remembers", "remembered", "believes", "thinks", "knows", "knew",
    "confirmed", "confirms", "demonstrated", "demonstrates", "missed", "cancelled", "canceled", "rescheduled",
    "no-showed", "brought", "drove", "came", "comes", "went", "fell", "falls", "declares", "declared", "worries",
    "was seen", "was admitted", "was discharged", "was evaluated", "was examined", "was counseled", "was counselled",
    "was educated", "was instructed", "was advised", "was informed", "was reminded", "was transferred",
    "was accompanied", "is accompanied", "was tearful", "is tearful", "would like", "is worried", "was worried",
    "is anxious", "is concerned", "was concerned", "is doing", "was doing", "is feeling", "was feeling",
    "has been feeling", "has been taking", "is here", "was here", "is an? pleasant", "is an? very pleasant",
    "is an? elderly", "is an? otherwise", r"is an? \d+", r"was an? \d+", "will pick up", "will call", "will return",
    "will follow up", "will bring", "will drive", "will come", "will visit", "will stay", "will arrange", "has had",
    "has a fever", "has a history", "has a cough", "has a rash", "tells", "told", "smiled", "laughed", "cried", "sat",
    "spoke", "speaks", "voiced", "voices", "noticed", "notices", "decided", "decides", "chose", "enjoys", "likes",
    "loves", "hopes", "uses a", "was sitting", "is sitting", "was lying", "is lying", "was sleeping", "is sleeping",
    "was walking", "is walking", "was eating", "is eating", "was resting", "is resting", "was crying", "and I",
    "and me", "herself", "himself", "was alert", "is alert", "was awake", "is awake", "is comfortable",
    "was comfortable", "appears comfortable", "appears well", "looks well", "looked well", "is able", "was able",
    "is unable", "was unable", "tried", "forgot", "is hard of hearing", "was updated", "were updated",
    "attended", "attends", "visited", "waved", "nodded", "answered", "shared", "admitted", "wondered", "wonders",
    "insisted", "insists", "accepted", "woke", "wakes", "eats", "jogged", "swims", "exercised", "exercises",
    "vapes", "drives", "flew", "traveled", "travelled", "moved", "stays", "stayed", "babysits", "retired",
    "studies", "trusts", "fears", "joked", "yelled", "shouted", "screamed", "grimaced", "winced", "shrugged",
    "sighed", "whispered", "hugged", "thanked", "apologized", "apologised", "appreciated", "carried", "lifted",
    "climbed", "tripped", "slipped", "fainted", "coughed", "showered", "bathed", "dressed", "shaved", "cooked",
    "cleaned", "gardens", "plays", "played", "watched", "reads", "listens", "sings", "danced", "knits", "prays",
    "meditates", "pays", "paid", "bought", "owns", "rents", "weighs", "was told", "was asked", "was encouraged",
    "was brought", "is cooperative", "was cooperative", "is oriented", "was oriented", "is confused",
    "was confused", "is agitated", "was agitated", "is happy", "is upset", "was upset", "is pregnant",
    "is married", "is divorced", "is widowed", "is retired", "is employed", "is unemployed", "is homeless",
    "is a smoker", "is a nonsmoker", "is a former", "is a retired", "were called", "were seen", "were present",
    "were informed", "were notified", "were told", "were visiting", "are here", "are aware", "want to", "wish to",
    "agree", "both want", "both had", "both agree", "gave", "gives", "remains", "remained", "manages", "managed",
    "holds", "responded", "responds", "is independent", "was independent", "is aware", "was aware", "is restless",
    "was restless", "has not", "hasn't", "had not", "hadn't", "does not", "doesn't", "did not", "didn't", "is not",
    "isn't", "was not", "wasn't", "cannot", "can't", "will not", "won't", "needs help", "will take", "stayed with",
    "is staying", "was staying", "received a", "received the", "received his", "received her", "is asking",
    "was asking", "is calling", "is waiting", "is requesting", "is feeding", "died", "passed away",
    "was pronounced", "needed", "took", "helped", "helps", "identified", "checked in", "signed the", "is bringing",
    "will manage", "can sign", "is covering", "has moved", "has the", "to discuss", "to round", "to call", "to see",
    "to follow up", "to review", "to speak", "to meet", "to visit", "to bring", "to sign", "to contact", "to update",
    "to collect", "to pick up", "to stay", "to phone", "to accompany", "to attend", "to coordinate", "to arrange",
    "to escort", "to drive", "to text", "to page", "to notify", "to inform",
)
"""What a person does in a note, said right after their name (``Oyelaran reports…``, ``… is a 54-year-old``);
not what a drug does (``was started``, ``has been held``)."""

FAMILY_DOES = (
    "is", "are", "was", "were", "has", "have", "asks", "asked", "requests", "requested", "wants", "wanted", "would",
    "will", "declined", "declines", "agrees", "agreed", "prefers", "preferred", "brought", "called", "visited",
    "members", "is aware", "understands", "understood",
)
"""After ``the Okafor family``: what a family does, so the word before is a family name (not ``family history``)."""

KIN = (
    "son", "daughter", "wife", "husband", "mother", "father", "sister", "brother", "partner", "spouse", "mom", "dad",
    "mum", "children", "kids", "caregiver", "niece", "nephew", "grandson", "granddaughter", "grandchildren",
    "fiancé", "fiancée", "boyfriend", "girlfriend", "parents", "aunt", "uncle", "cousin", "friend", "neighbor",
    "neighbour", "roommate",
)
"""``Sagal's son``: a possessive before one is a person's (``Parkinson's disease`` never takes these)."""

CREDENTIALS = (
    "MD", "DO", "RN", "NP", "PA-C", "PA", "LPN", "APRN", "CNM", "PhD", "PharmD", "DDS", "DMD", "FNP-C", "FNP",
    "MBBS", "LCSW", "MSW", "RD", "CNA", "DPT", "RPh", "BSN", "MSN", "DNP", "FACP", "FACC", "MPH", "ANP", "CRNA",
    "LVN", "OTR", "SLP", "HCA",
)
"""``Golnaz Jahanbakhsh, MD``."""

PARENTHESES = (
    *KIN,
    "patient", "pt", "RN", "MD", "NP", "PA", "DO", "LPN", "PT", "OT", "SLP", "interpreter", "chaplain", "pharmacist",
    "guardian", "front desk", "social work", "case manager", "DOB", "dob", "MRN", "born", "policyholder",
    "policy holder", "subscriber", "guarantor", "insured", "POA", "HCPOA", "healthcare proxy", "proxy", "self",
    "son-in-law", "daughter-in-law", "stepson", "stepdaughter", "grandmother", "grandfather", "legal guardian",
    "CHW", "SW", "CM", "RT", "HCA", "CNA", "doula", "driver", "case worker", "caseworker", "social worker", "sitter",
)
"""``Cosimo Abbruzzese (RN)``, ``Edivaldo de Lacerda (DOB …)``."""

ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ic", "ary", "ory", "ful", "less", "able", "ible", "ical", "oid", "atic")
"""Endings of English adjectives (``Gestational``, ``Obstructive``, ``Chronic``): a word of the lexicon ending so,
capitalised before a lower-case word, opens a term, not a name."""

TERM_ENDINGS = ("ational", "ctive", "ological", "ical", "itic", "otic", "atic", "ular", "ious", "eous", "ative",
                "itive", "ogenic", "ectomy", "ostomy", "otomy", "plasty", "itis", "osis", "emia", "uria", "algia")
"""Endings of medical terms long enough that no name ends so (``Gestational``, ``Congestive``, ``Appendectomy``):
before a lower-case word, such a word opens a term whether or not the lexicon holds it."""

DISCIPLINE_ENDINGS = ("ology", "ologies", "therapy", "iatry", "iatrics", "graphy", "scopy", "ics", "istry", "ery",
                      "acy")
"""Endings of English nouns for departments and disciplines (``Physiotherapy``, ``Diagnostics``, ``Dentistry``,
``Surgery``, ``Pharmacy``): such a word before ``reports`` or ``called`` is a service speaking, not a person
(virtue names such as ``Verity`` or ``Temperance`` end otherwise)."""

FACILITY_HEADS = (
    "crematorium", "cemetery", "mortuary", "inn", "lounge", "suite", "quay", "imaging", "labs", "laboratory",
    "laboratories", "diagnostics", "pharmacy", "dispensary", "surgery", "clinic", "clinics", "hospital",
    "hospitals", "hospice", "infirmary", "sanatorium", "pavilion", "annex", "unit", "building", "centre", "center",
    "plaza", "mall", "station", "terminal", "depot", "academy", "school", "college", "university", "institute",
    "foundation", "trust", "society", "partners", "associates", "group", "health", "healthcare", "care",
    "services", "systems", "solutions", "medical", "dental", "optical", "therapeutics", "pharmaceuticals",
    "diagnostic", "lab", "residence", "apartments", "estates", "general", "practice", "scheduling", "network",
    "alliance", "company", "insurance", "ppo", "hmo", "epo", "shield",
    "advantage", "hotel", "motel", "hostel", "shelter", "library", "museum", "stadium",
    "management", "administration", "operations", "bank", "team", "desk", "office", "program", "programme",
)
"""Nouns that end a facility's or a firm's name (``Orchard Chapel``, ``Quasar Imaging``, ``Mercy General``): a run
of capitalised words ending in one names a place, not a person (``St. Agnes Hospital``), unless the noun is a
name too (``Grace Hall``)."""

US_STATE_CODES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP", "FM",
    "MH", "PW", "AA", "AE", "AP",
)
"""The USPS codes of the states, territories and military post regions (``AA``, ``AE``, ``AP``)."""

PROVINCE_CODES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
"""Canada Post's codes of the provinces and territories."""

EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
"""An Irish Eircode (``A65 F4E2``, ``D11TCD3``): a routing key, then four characters of a restricted set (RE2 and
Python ``re`` read it alike)."""

# fmt: on


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """An RE2 alternation of the words, longest first (``Mrs`` is tried before ``Mr``). The words are letters,
    spaces, hyphens and apostrophes, plus the few regex pieces written as such (``is an? \\d``)."""
    return "|".join(sorted(set(words), key=lambda word: (-len(word), word)))
