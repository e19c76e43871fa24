"""People's names of many origins, written for this corpus alone (never drawn from the detector's lists).

Given names include ordinary English words (Grace, Will, Hope, Hunter) and names with hyphens and apostrophes;
surnames include particles (van der, de la, da), hyphens, apostrophes and Mc/Mac forms, because real charts
carry all of these and a masker that only knows "Firstname Lastname" misses them.
"""

from __future__ import annotations

import random

GIVEN = {
    "english": [
        "Tom",
        "Grace",
        "Will",
        "Jasmine",
        "Hope",
        "Faith",
        "Joy",
        "Rose",
        "Ivy",
        "June",
        "Dawn",
        "Penny",
        "Bill",
        "Mark",
        "Rich",
        "Drew",
        "Chase",
        "Hunter",
        "Summer",
        "Sky",
        "Heather",
        "Holly",
        "Robin",
        "Frank",
        "Pat",
        "Jack",
        "Nick",
        "Matt",
        "Sue",
        "Kay",
        "Ray",
        "Wade",
        "Dusty",
        "Misty",
        "Brandy",
        "Crystal",
        "Amber",
        "Margaret",
        "Eleanor",
        "Harold",
        "Dorothy",
        "Walter",
        "Beverly",
        "Clifford",
        "Edna",
        "Mildred",
        "Vernon",
        "Tyler",
        "Madison",
        "Brooke",
        "Austin",
        "Savannah",
        "Logan",
        "Mason",
        "Taylor",
        "Kennedy",
        "Paige",
    ],
    "hispanic": ["José", "María", "Guadalupe", "Jesús", "Ximena", "Alejandro", "Itzel", "Rocío", "Joaquín", "Luz"],
    "african": ["Chinedu", "Ngozi", "Oluwaseun", "Kwame", "Ama", "Abebe", "Tigist", "Folake", "Thabo", "Zanele"],
    "arabic": ["Mohammed", "Fatima", "Omar", "Aisha", "Youssef", "Layla", "Khalid", "Noor", "Tariq", "Rania"],
    "south_asian": ["Priya", "Arjun", "Lakshmi", "Venkatesh", "Anjali", "Rohan", "Deepa", "Sanjay", "Kavya"],
    "east_asian": ["Xiaoming", "Wei", "Mei-Ling", "Hiroshi", "Yuki", "Sakura", "Ji-woo", "Minh", "Thanh", "Haruto"],
    "european": [
        "Dmitri",
        "Oksana",
        "Wojciech",
        "Zsófia",
        "Søren",
        "Åsa",
        "Jean-Luc",
        "Anne-Marie",
        "Giulia",
        "Matthias",
        "Siobhán",
        "Eoin",
        "Niamh",
        "Ioana",
        "Bogdan",
    ],
    "african_american": [
        "D'Andre",
        "De'Shawn",
        "Ja'Nae",
        "Keisha",
        "Tyrone",
        "LaToya",
        "Darnell",
        "Shaniqua",
        "Jamal",
        "Imani",
        "Marquise",
    ],
}

SURNAME = {
    "english": [
        "Smith",
        "Baker",
        "Cook",
        "Young",
        "King",
        "Brown",
        "Green",
        "White",
        "Bishop",
        "Hill",
        "Wood",
        "Rivers",
        "Price",
        "Love",
        "Moody",
        "Short",
        "Long",
        "Fairweather",
        "Underwood",
        "Pennington",
        "Holloway",
        "Ashby",
        "Marsh",
        "Fox",
        "Sterling",
        "Waters",
        "Crane",
        "Hale",
        "Dunn",
        "Frost",
    ],
    "hispanic": ["Hernández", "García", "Villanueva", "Quiñones", "Ochoa", "Castañeda", "Mendoza", "Barrios"],
    "african": ["Okafor", "Adeyemi", "Mensah", "Abubakar", "Nwosu", "Tesfaye", "Dlamini", "Balogun"],
    "arabic": ["Haddad", "Khoury", "Al-Masri", "El-Sayed", "Nasser", "Abdelrahman", "Saleh"],
    "south_asian": ["Patel", "Shah", "Iyer", "Ramaswamy", "Chaudhry", "Venkataraman", "Banerjee", "Reddy"],
    "east_asian": ["Nguyen", "Tran", "Kim", "Park", "Chen", "Zhang", "Takahashi", "Watanabe", "Hoang", "Liu"],
    "european": [
        "Kowalski",
        "Nowak",
        "Müller",
        "Schröder",
        "Virtanen",
        "Ivanova",
        "Popescu",
        "Horváth",
        "Lindqvist",
        "Ó Súilleabháin",
    ],
    "particle": [
        "van der Berg",
        "de la Cruz",
        "da Silva",
        "dos Santos",
        "Van Buren",
        "St. Clair",
        "von Hagen",
        "De Luca",
        "ter Horst",
        "bin Yusof",
        "du Plessis",
        "Le Blanc",
    ],
    "apostrophe": ["O'Brien", "O'Connor", "D'Angelo", "O'Malley", "D'Souza", "N'Diaye"],
    "mac": ["McAllister", "MacLeod", "McKenzie", "MacDonald", "McCaffrey"],
    "hyphen": ["Smith-Jones", "García-López", "Okafor-Williams", "Nguyen-Park", "Reyes-Whitfield", "Lindqvist-Hale"],
}

MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"


def given(rng: random.Random) -> str:
    """A given name from an origin chosen first, so rare origins are as likely as common ones; English names that
    are also ordinary words get extra weight, being the ones a word-list masker stumbles on."""
    origin = "english" if rng.random() < 0.25 else rng.choice(sorted(GIVEN))
    return rng.choice(GIVEN[origin])


def surname(rng: random.Random) -> str:
    """A family name, origin chosen first (particles, apostrophes and hyphens are each an origin here)."""
    return rng.choice(SURNAME[rng.choice(sorted(SURNAME))])


def middle_initial(rng: random.Random) -> str:
    return rng.choice(MIDDLE_INITIALS)
