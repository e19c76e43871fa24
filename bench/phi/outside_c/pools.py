"""Word lists the generator draws from: people, places, and clinical look-alikes that must survive masking."""

from __future__ import annotations

# Given names: many origins, and English words that are also names (Grace, Hope, Will, Bill, Rose, Jack...).
FIRST_NAMES = (
    "Grace", "Hope", "Will", "Bill", "Rose", "Jack", "Faith", "Joy", "June", "April", "Dawn", "Summer",
    "Mark", "Art", "Guy", "Sandy", "Amber", "Ruby", "Pearl", "Ivy", "Victor", "Chase", "Hunter", "Drew",
    "Wade", "Grant", "Iris", "Holly", "Rusty", "Destiny", "Precious", "Sunny", "Cliff", "Glen", "Dale",
    "Oluwaseun", "Ngozi", "Chiamaka", "Emeka", "Kwame", "Kofi", "Ayodele", "Amara", "Imani", "Jamal",
    "Deshawn", "Latoya", "Tyrone", "Aaliyah", "Siobhan", "Aoife", "Niamh", "Ciarán", "Bartholomew",
    "Xiomara", "Guadalupe", "Itzel", "Ximena", "Matías", "Esperanza", "Marisol", "José", "María José",
    "Priya", "Rajesh", "Arjun", "Sunita", "Lakshmi", "Venkat", "Thanh", "Bao", "Mei-Ling", "Hiroshi",
    "Keiko", "Min-jun", "Ji-woo", "Zoltán", "Björn", "Ingrid", "Sven", "Giuseppe", "Tomasz", "Agnieszka",
    "Dmitri", "Anastasiya", "Fatima", "Youssef", "Tariq", "Leilani", "Kalani", "Tevita", "Mele",
    "Nizhoni", "Ahanu", "Shoshana", "Yitzhak", "Thandiwe", "Sipho", "Anh", "Quang", "Rhiannon", "Eero",
)
NICKNAMES = {
    "William": "Bill", "Robert": "Bobby", "Elizabeth": "Betsy", "Margaret": "Peggy", "Richard": "Dick",
    "Katherine": "Kitty", "Theodore": "Teddy", "Patricia": "Trish", "Alexander": "Sasha", "Josephine": "Josie",
    "Francisco": "Paco", "Dolores": "Lola", "Jonathan": "Jack", "Harold": "Hal", "Rosalind": "Rose",
}
SURNAMES = (
    "Baker", "Brown", "Green", "Young", "King", "Moore", "White", "Black", "Hill", "Wood", "Rivers",
    "Price", "Long", "Little", "Bird", "Fox", "Love", "Cook", "Banks", "Day", "Snow", "Rice", "Small",
    "Strong", "Stone", "Lake", "Field", "Freeman", "Sharp", "Best",
    "O'Brien", "D'Angelo", "O'Neill-Baker", "McAllister", "MacLeod", "van der Berg", "de la Cruz",
    "dos Santos", "di Stefano", "von Hagen", "al-Rashid", "Abu-Ghazaleh", "Nakamura-Reyes",
    "Smith-Oyelaran", "St. Pierre", "Le", "Ng", "Nwachukwu", "Okafor", "Adeyemi", "Mensah", "Kowalczyk",
    "Szymański", "Hernández", "Ramírez", "Villanueva", "Tran", "Pham", "Nguyen", "Kapoor",
    "Venkataraman", "Chaudhry", "Haddad", "Khoury", "Petrov", "Ivanova", "Yamamoto", "Takahashi", "Park",
    "Choi", "Kealoha", "Fifita", "Begay", "Yazzie", "Tsosie", "Whitehorse", "Lindqvist", "Fitzgerald",
    "Ó Súilleabháin", "Papadopoulos", "Bergström", "Goldberg", "Mahlangu", "Oyelaran", "Achterberg",
)
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

STREET_NAMES = (
    "Hope", "Grace", "Baker", "King", "Green", "Maple", "Cedar", "Old Mill", "Martin Luther King Jr",
    "Willow Creek", "Rose", "Jackson", "Kamehameha", "El Camino", "Bayou", "Prairie View", "Church",
    "Sunset", "Lakeshore", "Cottonwood", "Piñon", "Chestnut", "Moore", "Young", "Canyon Ridge",
)
STREET_TYPES = ("Street", "St", "Ave", "Avenue", "Rd", "Road", "Blvd", "Ln", "Lane", "Dr", "Ct", "Way", "Pkwy")
UNITS = ("Apt 3B", "Unit 12", "#204", "Apt. 7", "Ste 110", "Lot 42", "Trlr 9")
# (city, county, state code, state name, ZIP prefix)
PLACES = (
    ("Springfield", "Sangamon", "IL", "Illinois", "627"),
    ("Hope", "Hempstead", "AR", "Arkansas", "718"),
    ("Lubbock", "Lubbock", "TX", "Texas", "794"),
    ("Tacoma", "Pierce", "WA", "Washington", "984"),
    ("Walla Walla", "Walla Walla", "WA", "Washington", "993"),
    ("Coeur d'Alene", "Kootenai", "ID", "Idaho", "838"),
    ("Ypsilanti", "Washtenaw", "MI", "Michigan", "481"),
    ("Kalamazoo", "Kalamazoo", "MI", "Michigan", "490"),
    ("Eau Claire", "Eau Claire", "WI", "Wisconsin", "547"),
    ("Natchitoches", "Natchitoches Parish", "LA", "Louisiana", "714"),
    ("Kaneohe", "Honolulu", "HI", "Hawaii", "967"),
    ("Flagstaff", "Coconino", "AZ", "Arizona", "860"),
    ("Truth or Consequences", "Sierra", "NM", "New Mexico", "879"),
    ("Pawtucket", "Providence", "RI", "Rhode Island", "028"),
    ("Bismarck", "Burleigh", "ND", "North Dakota", "585"),
    ("Chula Vista", "San Diego", "CA", "California", "919"),
    ("Bountiful", "Davis", "UT", "Utah", "840"),
    ("Independence", "Jackson", "MO", "Missouri", "640"),
    ("Cleveland Heights", "Cuyahoga", "OH", "Ohio", "441"),
    ("Hialeah", "Miami-Dade", "FL", "Florida", "330"),
    ("Gallup", "McKinley", "NM", "New Mexico", "873"),
    ("Bangor", "Penobscot", "ME", "Maine", "044"),
)
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me")

DRUGS = (
    ("metformin", "500 mg PO BID"), ("lisinopril", "10 mg PO daily"), ("apixaban", "5 mg PO BID"),
    ("sertraline", "50 mg PO daily"), ("buprenorphine-naloxone", "8 mg-2 mg SL daily"),
    ("insulin glargine", "22 units subcut at bedtime"), ("albuterol HFA", "2 puffs q4h PRN"),
    ("amoxicillin-clavulanate", "875 mg-125 mg PO q12h"), ("atorvastatin", "40 mg PO nightly"),
    ("furosemide", "40 mg IV once"), ("nitroglycerin", "0.4 mg SL q5min PRN"),
    ("levothyroxine", "88 mcg PO daily"), ("quetiapine", "25 mg PO at bedtime"),
    ("ondansetron", "4 mg IV q6h PRN"), ("ceftriaxone", "1 g IV q24h"), ("tamsulosin", "0.4 mg PO daily"),
    ("enoxaparin", "40 mg subcut daily"), ("gabapentin", "300 mg PO TID"), ("warfarin", "5 mg PO daily"),
)
NDCS = ("0093-7214-01", "00378-0215-01", "0591-0461-01", "68180-0513-01", "0054-0018-25", "50090-3121-0")
ICD10 = (
    ("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential hypertension"),
    ("F32.1", "Major depressive disorder, single episode, moderate"), ("J44.1", "COPD with exacerbation"),
    ("M54.50", "Low back pain, unspecified"), ("Z79.4", "Long term (current) use of insulin"),
    ("S72.001A", "Fracture of right femoral neck, initial encounter"), ("I48.91", "Atrial fibrillation"),
    ("F10.20", "Alcohol dependence, uncomplicated"), ("N18.3", "Chronic kidney disease, stage 3"),
    ("K02.52", "Dental caries on pit and fissure surface"), ("G47.33", "Obstructive sleep apnea"),
    ("F41.1", "Generalized anxiety disorder"), ("C50.911", "Malignant neoplasm of right breast"),
)
CPT = ("99214", "99285", "93000", "70450", "71046", "88305", "90471", "90686", "99349", "36415", "80053")
HCPCS = ("E0601", "E0114", "A7030", "E1390", "A0130", "G0180")
CDT = ("D0120", "D1110", "D2391", "D7140", "D0274")
LOINC = (("4548-4", "Hemoglobin A1c"), ("2345-7", "Glucose"), ("718-7", "Hemoglobin"), ("2160-0", "Creatinine"),
         ("6690-2", "WBC"), ("2823-3", "Potassium"), ("33914-3", "eGFR"))
SNOMED = (("44054006", "Diabetes mellitus type 2"), ("38341003", "Hypertensive disorder"),
          ("195967001", "Asthma"), ("399068003", "Malignant tumor of prostate"), ("35489007", "Depressive disorder"))
CVX = (("141", "Influenza, seasonal, injectable"), ("213", "SARS-COV-2 (COVID-19) vaccine"),
       ("33", "Pneumococcal polysaccharide PPV23"), ("115", "Tdap"), ("187", "Zoster recombinant"))
ALLERGIES = (("penicillin", "hives"), ("sulfa drugs", "rash"), ("latex", "contact dermatitis"),
             ("shellfish", "anaphylaxis"), ("codeine", "nausea"), ("iodinated contrast", "urticaria"))
LABS = ("HbA1c 7.8 %", "Creatinine 1.12 mg/dL", "K 4.1 mmol/L", "WBC 11.4 x10^3/uL", "Hgb 9.8 g/dL",
        "Na 131 mmol/L", "Troponin I 0.04 ng/mL", "INR 2.6", "TSH 3.2 mIU/L", "Lactate 2.9 mmol/L")
VITALS = ("BP 142/88", "HR 96", "SpO2 94% RA", "Temp 38.4 °C", "RR 22", "BP 118/76", "Wt 81.6 kg",
          "BMI 31.2", "Pain 6/10", "GCS 15")
DEPARTMENTS = ("Cardiology", "Emergency Department", "Behavioral Health", "Pediatric Dentistry",
               "Oncology Infusion", "Radiology", "Surgical Pathology", "Home Health", "Patient Financial Services",
               "Utilization Management", "Medical Records", "Endocrinology", "Case Management")
ROLES = ("charge nurse", "social worker", "attending physician", "case manager", "PCP", "hospitalist",
         "respiratory therapist", "nurse practitioner", "dental hygienist", "pharmacist", "care coordinator")
DEVICE_MODELS = ("Medtronic Azure XT DR MRI", "Dexcom G7", "Omnipod 5", "ResMed AirSense 11",
                 "Tandem t:slim X2", "Philips DreamStation 2", "Invacare Platinum 10", "Abbott FreeStyle Libre 3")
PAYERS = ("Blue Cross Blue Shield of Illinois", "Aetna", "UnitedHealthcare", "Humana Gold Plus", "Cigna",
          "Kaiser Permanente", "Molina Healthcare", "Medicare Part B", "Tricare West", "Ambetter")
EPONYMS = ("Baker's cyst", "Parkinson's disease", "Graves' disease", "Hodgkin lymphoma", "Bell's palsy",
           "Crohn's disease", "Down syndrome", "Cushing's syndrome", "Wilson's disease", "Young's modulus")
# English phrases built from words that are also names; they must come back untouched.
WORD_TRAPS = ("grace period", "Will follow up", "willpower", "hope to", "rose to", "Bill to", "jack-knife",
              "green sputum", "young adult", "king-size", "brown discoloration", "Grace period", "Hope is",
              "Rusty red", "in good faith", "joy in", "summer camp", "April showers")
# Sentences carrying a kept phrase between [[ ]]: words that are also names, and eponyms, in clinical prose.
TRAP_SENTENCES = (
    "Temp [[rose to]] 38.9 °C overnight.", "Positioned [[jack-knife]] prone for the procedure.",
    "Coughing up [[green sputum]] x3 days.", "Moving to the [[young adult]] clinic next year.",
    "Requests a [[king-size]] bariatric bed.", "Mild [[brown discoloration]] of toenails.",
    "[[Grace period]] for the premium ends at month end.", "[[Hope is]] to wean oxygen before discharge.",
    "[[Rusty red]] sputum noted this AM.", "Family acting [[in good faith]] per team.",
    "Finds [[joy in]] gardening and church.", "Works seasonally at a [[summer camp]].",
    "[[Will follow up]] in 2 weeks.", "Has the [[willpower]] to quit smoking.", "We [[hope to]] discharge tomorrow.",
    "[[Bill to]] secondary insurance.", "Asthma worse with [[April showers]] and pollen.",
    "Known [[Baker's cyst]] behind L knee.", "History of [[Bell's palsy]], resolved.",
    "Father had [[Parkinson's disease]].", "Sister with [[Graves' disease]].",
    "Remote [[Hodgkin lymphoma]], in remission.",
)
