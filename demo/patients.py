"""Deterministic synthetic patients, labs, appointments and notes for the demo EHR.

Everything here is generated with ``random.Random`` from fixed seeds, relative to a fixed
reference date, so the same seed always yields byte-identical output. The data is fake but
shaped like real ePHI (SSNs, MBIs, NPIs, VINs, phone numbers, addresses, free-text notes that
embed identifiers, names in many scripts, ages over 89) because it is the test corpus for a
PHI-masking engine.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

REFERENCE_DATE = date(2026, 1, 1)
"""All ages and relative dates are computed against this fixed day, never ``date.today()``."""

PORTAL_BASE_URL = "https://portal.example-health.org/p/"

# --------------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameGroup:
    """A pool of names from one language; entries are ``"native|romanized"`` or plain Latin."""

    language: str
    script: str
    given_female: tuple[str, ...]
    given_male: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False
    """Display order: family name first, no space (Chinese, Korean)."""


# fmt: off
NAME_GROUPS: tuple[NameGroup, ...] = (
    NameGroup(
        language="english",
        script="Latin",
        given_female=(
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Margaret",
            "Dorothy", "Emily", "Hope", "May", "Rose", "Mary-Kate",
        ),
        given_male=(
            "James", "Robert", "John", "Michael", "William", "David", "Richard", "Joseph",
            "Thomas", "Charles", "Will", "Frank", "Christopher",
        ),
        family=(
            "Smith", "Johnson", "Williams", "Brown", "O'Brien", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Thompson", "Smith-Jones", "McAllister", "Walker",
        ),
    ),
    NameGroup(
        language="spanish",
        script="Latin",
        given_female=(
            "María", "Lucía", "Sofía", "Carmen", "Guadalupe", "Ana", "Isabel", "Rosa",
            "Beatriz", "Ximena", "María José", "Inés",
        ),
        given_male=(
            "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Alejandro", "Francisco",
            "Javier", "Jesús", "Raúl", "Ángel",
        ),
        family=(
            "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Muñoz", "Peña", "De la Cruz", "Núñez",
        ),
    ),
    NameGroup(
        language="vietnamese",
        script="Latin",
        given_female=(
            "Thảo", "Hương", "Lan", "Linh", "Ngọc Anh", "Thu Trang", "Mai", "Hạnh", "Phương",
            "Thúy", "Hà", "Yến",
        ),
        given_male=(
            "Minh", "Đức", "Tuấn", "Hùng", "Quang", "Thành", "Văn Nam", "Quốc Bảo", "Huy",
            "Long", "Khoa", "Dũng",
        ),
        family=(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ",
        ),
    ),
    NameGroup(
        language="chinese",
        script="Han",
        given_female=(
            "芳|Fang", "娜|Na", "秀英|Xiuying", "敏|Min", "静|Jing", "丽|Li", "艳|Yan",
            "婷婷|Tingting", "玉兰|Yulan", "雪梅|Xuemei", "慧|Hui", "桂英|Guiying",
        ),
        given_male=(
            "伟|Wei", "强|Qiang", "磊|Lei", "军|Jun", "洋|Yang", "勇|Yong", "杰|Jie", "涛|Tao",
            "明|Ming", "超|Chao", "志强|Zhiqiang", "建国|Jianguo",
        ),
        family=(
            "王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "杨|Yang", "黄|Huang",
            "赵|Zhao", "吴|Wu", "周|Zhou", "徐|Xu", "孙|Sun", "欧阳|Ouyang", "司马|Sima",
        ),
        family_first=True,
    ),
    NameGroup(
        language="arabic",
        script="Arabic",
        given_female=(
            "فاطمة|Fatima", "عائشة|Aisha", "مريم|Maryam", "ليلى|Layla", "نور|Nour",
            "زينب|Zainab", "سارة|Sara", "هدى|Huda", "رانيا|Rania", "ياسمين|Yasmin",
            "سلمى|Salma", "آمنة|Amina",
        ),
        given_male=(
            "محمد|Mohammed", "أحمد|Ahmed", "علي|Ali", "عمر|Omar", "خالد|Khaled", "يوسف|Youssef",
            "حسن|Hassan", "إبراهيم|Ibrahim", "مصطفى|Mustafa", "طارق|Tariq", "سامي|Sami",
            "كريم|Karim",
        ),
        family=(
            "حداد|Haddad", "منصور|Mansour", "الحسن|Al-Hassan", "العلي|Al-Ali", "خوري|Khoury",
            "النجار|Al-Najjar", "عبد الله|Abdullah", "السيد|El-Sayed", "الشمري|Al-Shammari",
            "حمدان|Hamdan", "يوسف|Youssef", "القحطاني|Al-Qahtani",
        ),
    ),
    NameGroup(
        language="hindi",
        script="Devanagari",
        given_female=(
            "प्रिया|Priya", "सुनीता|Sunita", "अनीता|Anita", "पूजा|Pooja", "कविता|Kavita",
            "नेहा|Neha", "लक्ष्मी|Lakshmi", "दिव्या|Divya", "आरती|Aarti", "मीना|Meena",
            "गीता|Geeta", "रेखा|Rekha",
        ),
        given_male=(
            "राहुल|Rahul", "अमित|Amit", "राजेश|Rajesh", "सुरेश|Suresh", "विजय|Vijay",
            "अर्जुन|Arjun", "संजय|Sanjay", "अनिल|Anil", "रवि|Ravi", "मनोज|Manoj",
            "दीपक|Deepak", "आदित्य|Aditya",
        ),
        family=(
            "शर्मा|Sharma", "वर्मा|Verma", "गुप्ता|Gupta", "सिंह|Singh", "पटेल|Patel",
            "कुमार|Kumar", "मिश्रा|Mishra", "यादव|Yadav", "जोशी|Joshi", "अग्रवाल|Agarwal",
            "चौहान|Chauhan", "त्रिपाठी|Tripathi",
        ),
    ),
    NameGroup(
        language="russian",
        script="Cyrillic",
        given_female=(
            "Ольга|Olga", "Наталья|Natalya", "Елена|Elena", "Татьяна|Tatyana", "Анна|Anna",
            "Мария|Maria", "Ирина|Irina", "Светлана|Svetlana", "Екатерина|Ekaterina",
            "Юлия|Yulia", "Людмила|Lyudmila", "Галина|Galina",
        ),
        given_male=(
            "Иван|Ivan", "Дмитрий|Dmitry", "Сергей|Sergei", "Алексей|Alexei", "Андрей|Andrei",
            "Михаил|Mikhail", "Николай|Nikolai", "Владимир|Vladimir", "Павел|Pavel",
            "Юрий|Yuri", "Борис|Boris", "Виктор|Viktor",
        ),
        family=(
            "Иванов|Ivanov", "Смирнов|Smirnov", "Кузнецов|Kuznetsov", "Попов|Popov",
            "Соколов|Sokolov", "Лебедев|Lebedev", "Козлов|Kozlov", "Новиков|Novikov",
            "Морозов|Morozov", "Петров|Petrov", "Волков|Volkov", "Соловьёв|Solovyov",
            "Васильев|Vasilyev", "Зайцев|Zaitsev",
        ),
    ),
    NameGroup(
        language="yoruba",
        script="Latin",
        given_female=(
            "Fúnmiláyọ̀", "Adétóún", "Yéwándé", "Títílayọ̀", "Bùkọ́lá", "Ìyábọ̀", "Fọláṣadé",
            "Mọ́rẹ́nikẹ́", "Ayọ̀ká", "Ṣadé", "Kẹ́hìndé", "Ìfẹ́olúwa",
        ),
        given_male=(
            "Adéwálé", "Olúwaseun", "Ayọ̀délé", "Babájídé", "Olúmìdé", "Túndé", "Akínọlá",
            "Ọláolúwa", "Kúnlé", "Dàpọ̀", "Ṣégun", "Fẹ́mi",
        ),
        family=(
            "Adébáyọ̀", "Ògúnlẹ́yẹ", "Ọládipọ̀", "Akínwùmí", "Babátúndé", "Ọlátúnjí",
            "Adéyẹmí", "Ògúndélé", "Fáṣọlá", "Ìdòwú", "Adésànyà", "Ọ̀ṣúntókì",
        ),
    ),
    NameGroup(
        language="korean",
        script="Hangul",
        given_female=(
            "서연|Seoyeon", "지우|Jiwoo", "민지|Minji", "수빈|Subin", "지민|Jimin", "하은|Haeun",
            "예린|Yerin", "은지|Eunji", "영희|Younghee", "미숙|Misook", "혜진|Hyejin", "순자|Soonja",
        ),
        given_male=(
            "민준|Minjun", "서준|Seojun", "도윤|Doyun", "현우|Hyunwoo", "지훈|Jihoon",
            "성민|Sungmin", "영수|Youngsoo", "동현|Donghyun", "준호|Junho", "상철|Sangcheol",
            "재원|Jaewon", "태양|Taeyang",
        ),
        family=(
            "김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung", "강|Kang", "조|Cho", "윤|Yoon",
            "장|Jang", "임|Lim", "한|Han", "오|Oh",
        ),
        family_first=True,
    ),
)

# (city, state, 3-digit ZIP prefix, area codes)
CITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Boston", "MA", "021", ("617", "857")),
    ("Worcester", "MA", "016", ("508", "774")),
    ("New York", "NY", "100", ("212", "646", "917")),
    ("Brooklyn", "NY", "112", ("718", "347")),
    ("Chicago", "IL", "606", ("312", "773")),
    ("Houston", "TX", "770", ("713", "832")),
    ("San Antonio", "TX", "782", ("210", "726")),
    ("Los Angeles", "CA", "900", ("213", "323")),
    ("San Jose", "CA", "951", ("408", "669")),
    ("Miami", "FL", "331", ("305", "786")),
    ("Phoenix", "AZ", "850", ("602", "480")),
    ("Seattle", "WA", "981", ("206",)),
    ("Atlanta", "GA", "303", ("404", "678")),
    ("Detroit", "MI", "482", ("313",)),
    ("Minneapolis", "MN", "554", ("612",)),
    ("Albuquerque", "NM", "871", ("505",)),
    ("Honolulu", "HI", "968", ("808",)),
)

STREET_NAMES = (
    "Maple", "Oak", "Washington", "Elm", "Cedar", "Park", "Lake", "Hill", "Pine", "Main",
    "Highland", "Sunset", "Lincoln", "Jefferson", "Martin Luther King Jr", "Riverside",
    "Chestnut", "Walnut", "Magnolia", "Church",
)
STREET_SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net")
PAYERS = (
    "Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana",
    "Kaiser Permanente", "Medicaid", "Medicare Advantage",
)

# ICD-10-CM code, description, medication name, dose
CONDITIONS: tuple[tuple[str, str, str, str], ...] = (
    ("E11.9", "Type 2 diabetes mellitus without complications", "metformin", "500 mg PO twice daily"),
    ("I10", "Essential (primary) hypertension", "lisinopril", "10 mg PO daily"),
    ("E78.5", "Hyperlipidemia, unspecified", "atorvastatin", "20 mg PO nightly"),
    ("J45.909", "Unspecified asthma, uncomplicated", "albuterol HFA", "90 mcg 2 puffs q4-6h PRN"),
    ("I48.91", "Unspecified atrial fibrillation", "apixaban", "5 mg PO twice daily"),
    ("N18.30", "Chronic kidney disease, stage 3 unspecified", "sodium bicarbonate", "650 mg PO twice daily"),
    ("J44.9", "Chronic obstructive pulmonary disease, unspecified", "tiotropium", "18 mcg inhaled daily"),
    ("F32.9", "Major depressive disorder, single episode, unspecified", "sertraline", "50 mg PO daily"),
    ("F41.1", "Generalized anxiety disorder", "escitalopram", "10 mg PO daily"),
    ("I50.9", "Heart failure, unspecified", "furosemide", "40 mg PO daily"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee", "acetaminophen", "650 mg PO q6h PRN"),
    ("E03.9", "Hypothyroidism, unspecified", "levothyroxine", "75 mcg PO daily"),
    ("G30.9", "Alzheimer's disease, unspecified", "donepezil", "10 mg PO nightly"),
    ("B20", "Human immunodeficiency virus [HIV] disease", "bictegravir/emtricitabine/tenofovir AF",
     "50/200/25 mg PO daily"),
    ("F10.20", "Alcohol dependence, uncomplicated", "naltrexone", "50 mg PO daily"),
    ("K21.9", "Gastro-esophageal reflux disease without esophagitis", "omeprazole", "20 mg PO daily"),
    ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
     "aspirin", "81 mg PO daily"),
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia", "insulin glargine", "20 units SC nightly"),
)

# fmt: on

# device type, serial prefix, digits, suffix letters
DEVICES: tuple[tuple[str, str, int, str], ...] = (
    ("pacemaker", "PJN", 6, "HGR"),
    ("implantable cardioverter-defibrillator", "BWK", 6, "HS"),
    ("insulin pump", "NG", 7, ""),
    ("continuous glucose monitor", "SM", 8, ""),
    ("cochlear implant", "CI", 7, "AB"),
    ("hearing aid", "HA", 8, ""),
    ("CPAP machine", "CP", 9, ""),
)

VIN_WMIS = ("1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1G1", "4T1", "JN1", "WVW")
VIN_YEAR_CODES = "56789ABCDEFGHJKLMNPRS"  # model years 2005..2025
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O, Q
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # A-Z minus S, L, O, I, B, Z

CLINICS: tuple[tuple[str, str], ...] = (
    ("Back Bay Internal Medicine", "internal medicine"),
    ("Riverside Cardiology Clinic", "cardiology"),
    ("Endocrinology & Diabetes Center", "endocrinology"),
    ("Pulmonary Associates", "pulmonology"),
    ("Behavioral Health, Suite 300", "psychiatry"),
    ("Geriatrics Clinic", "geriatrics"),
    ("Infectious Disease Clinic", "infectious disease"),
    ("Nephrology Associates", "nephrology"),
    ("Orthopedics, Building C", "orthopedics"),
)

# --------------------------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------------------------


def luhn_check_digit(payload: str) -> int:
    """The Luhn check digit to append to the decimal string ``payload``."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # rightmost payload digit gets doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi_check_digit(first_nine: str) -> int:
    """NPI check digit: Luhn over the ``80840`` card-issuer prefix plus the first nine digits."""
    return luhn_check_digit("80840" + first_nine)


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The ISO 3779 / 49 CFR 565 check character (position 9) for a 17-character VIN."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


# --------------------------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    """A coded problem-list entry."""

    icd10: str
    description: str


@dataclass(frozen=True)
class Medication:
    """An active medication."""

    name: str
    dose: str


@dataclass(frozen=True)
class Provider:
    """A clinician with a (synthetic, Luhn-valid) NPI."""

    name: str
    npi: str
    specialty: str


@dataclass(frozen=True)
class Patient:
    """One synthetic patient record; every identifier is fake but format-valid."""

    patient_id: str
    mrn: str
    given_name: str
    family_name: str
    name_language: str
    name_script: str
    name_latin: str
    """ASCII romanization, given name first (``Wei Wang``, ``Jesus Sanchez``), as US systems store it."""
    birth_date: str
    age: int
    sex: str
    ssn: str
    phone: str
    fax: str
    email: str
    street_address: str
    city: str
    state: str
    zip: str
    insurance_payer: str
    insurance_member_id: str
    medicare_mbi: str
    account_number: str
    drivers_license: str
    vehicle_vin: str
    device_type: str
    device_serial: str
    ip_address: str
    portal_url: str
    pcp_name: str
    pcp_npi: str
    conditions: tuple[Condition, ...] = field(default_factory=tuple)
    medications: tuple[Medication, ...] = field(default_factory=tuple)
    family_name_first: bool = False

    @property
    def full_name(self) -> str:
        """Display name in the convention of the name's language."""
        if self.family_name_first:
            return f"{self.family_name}{self.given_name}"
        return f"{self.given_name} {self.family_name}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record with every field (conditions and medications as lists of dicts)."""
        return {
            "patient_id": self.patient_id,
            "mrn": self.mrn,
            "name": self.full_name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "name_language": self.name_language,
            "name_script": self.name_script,
            "name_latin": self.name_latin,
            "birth_date": self.birth_date,
            "age": self.age,
            "sex": self.sex,
            "ssn": self.ssn,
            "phone": self.phone,
            "fax": self.fax,
            "email": self.email,
            "street_address": self.street_address,
            "city": self.city,
            "state": self.state,
            "zip": self.zip,
            "insurance_payer": self.insurance_payer,
            "insurance_member_id": self.insurance_member_id,
            "medicare_mbi": self.medicare_mbi,
            "account_number": self.account_number,
            "drivers_license": self.drivers_license,
            "vehicle_vin": self.vehicle_vin,
            "device_type": self.device_type,
            "device_serial": self.device_serial,
            "ip_address": self.ip_address,
            "portal_url": self.portal_url,
            "primary_care_provider": {"name": self.pcp_name, "npi": self.pcp_npi},
            "conditions": [{"icd10": c.icd10, "description": c.description} for c in self.conditions],
            "medications": [{"name": m.name, "dose": m.dose} for m in self.medications],
        }

    def summary(self) -> dict[str, Any]:
        """The short form returned by searches."""
        return {
            "patient_id": self.patient_id,
            "mrn": self.mrn,
            "name": self.full_name,
            "birth_date": self.birth_date,
            "phone": self.phone,
            "city": self.city,
            "zip": self.zip,
        }


# --------------------------------------------------------------------------------------------
# Field generators
# --------------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _split(entry: str) -> tuple[str, str]:
    """``"native|roman"`` -> (native, roman); a Latin entry romanizes itself."""
    if "|" in entry:
        native, roman = entry.split("|", 1)
        return native, roman
    return entry, entry


def _strip_marks(text: str) -> str:
    """Drop diacritics but keep case, spaces, hyphens and apostrophes (``Nguyễn`` -> ``Nguyen``)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def ascii_fold(text: str) -> str:
    """Lowercase ASCII letters/digits only (strips diacritics, so ``Nguyễn`` -> ``nguyen``)."""
    return "".join(c for c in _strip_marks(text) if c.isalnum()).lower()


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        ssn = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn not in ("078-05-1120", "219-09-9999", "123-45-6789"):  # famously invalid/advertised
            return ssn


def _nanp_part(rng: random.Random) -> str:
    """A 3-digit NANP area code or exchange: first digit 2-9, not an N11 service code."""
    while True:
        part = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if part[1:] != "11":
            return part


def _phone(rng: random.Random, area_code: str | None = None) -> str:
    area = area_code or _nanp_part(rng)
    return f"({area}) {_nanp_part(rng)}-{_digits(rng, 4)}"


def _mbi(rng: random.Random) -> str:
    alnum = _MBI_LETTERS + string.digits
    return "".join(
        (
            str(rng.randint(1, 9)),
            rng.choice(_MBI_LETTERS),
            rng.choice(alnum),
            rng.choice(string.digits),
            rng.choice(_MBI_LETTERS),
            rng.choice(alnum),
            rng.choice(string.digits),
            rng.choice(_MBI_LETTERS),
            rng.choice(_MBI_LETTERS),
            rng.choice(string.digits),
            rng.choice(string.digits),
        )
    )


def _npi(rng: random.Random) -> str:
    first_nine = rng.choice("12") + _digits(rng, 8)
    return first_nine + str(npi_check_digit(first_nine))


def _vin(rng: random.Random) -> str:
    body = (
        rng.choice(VIN_WMIS)
        + "".join(rng.choice(_VIN_CHARS) for _ in range(5))
        + "0"  # check-digit placeholder (weight 0)
        + rng.choice(VIN_YEAR_CODES)
        + rng.choice(_VIN_CHARS)
        + _digits(rng, 6)
    )
    return body[:8] + vin_check_digit(body) + body[9:]


def _drivers_license(rng: random.Random, state: str) -> str:
    letter = rng.choice(string.ascii_uppercase)
    formats = {
        "MA": lambda: "S" + _digits(rng, 8),
        "NY": lambda: _digits(rng, 9),
        "CA": lambda: letter + _digits(rng, 7),
        "TX": lambda: _digits(rng, 8),
        "IL": lambda: letter + _digits(rng, 11),
        "FL": lambda: letter + _digits(rng, 12),
        "WA": lambda: "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
    }
    return formats.get(state, lambda: letter + _digits(rng, 8))()


def _device(rng: random.Random) -> tuple[str, str]:
    kind, prefix, n, suffixes = rng.choice(DEVICES)
    return kind, prefix + _digits(rng, n) + (rng.choice(suffixes) if suffixes else "")


def _ip_address(rng: random.Random) -> str:
    while True:
        a = rng.randint(11, 223)
        b = rng.randint(0, 255)
        if a in (100, 127, 169, 172, 192, 198, 203):  # skip private/shared/loopback/doc-ish blocks
            continue
        return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _birth_date(rng: random.Random, age: int) -> date:
    """A birth date such that the patient is exactly ``age`` on ``REFERENCE_DATE``."""
    latest = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - age)
    earliest = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - age - 1) + timedelta(days=1)
    return date.fromordinal(rng.randint(earliest.toordinal(), latest.toordinal()))


def age_on(birth: date, on: date = REFERENCE_DATE) -> int:
    """Completed years of age on the given day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _make_providers() -> tuple[Provider, ...]:
    rng = random.Random("chaperone-demo-providers")
    specialties = [specialty for _, specialty in CLINICS]
    providers: list[Provider] = []
    seen: set[str] = set()
    for i in range(24):
        group = NAME_GROUPS[i % len(NAME_GROUPS)]
        given = _split(rng.choice(group.given_female + group.given_male))[1]
        family = _split(rng.choice(group.family))[1]
        npi = _npi(rng)
        if npi in seen:  # pragma: no cover - astronomically unlikely
            continue
        seen.add(npi)
        title = rng.choice(("MD", "MD", "DO", "NP", "PA-C"))
        providers.append(Provider(f"{given} {family}, {title}", npi, specialties[i % len(specialties)]))
    return tuple(providers)


PROVIDERS: tuple[Provider, ...] = _make_providers()
"""Fixed clinician pool (independent of the patient seed)."""


def _provider_for(specialty: str, rng: random.Random) -> Provider:
    matching = [p for p in PROVIDERS if p.specialty == specialty]
    return rng.choice(matching or list(PROVIDERS))


def _pick_age(rng: random.Random, index: int) -> int:
    if index % 12 == 5 or rng.random() < 0.04:  # guaranteed share of 90+ (HIPAA age category)
        return rng.randint(90, 104)
    return rng.randint(18, 89)


def _make_patient(seed: int, index: int) -> Patient:
    rng = random.Random(f"chaperone-demo:{seed}:{index}")
    group = NAME_GROUPS[rng.randrange(len(NAME_GROUPS))]
    sex = rng.choice(("female", "male"))
    given, given_roman = _split(rng.choice(group.given_female if sex == "female" else group.given_male))
    family, family_roman = _split(rng.choice(group.family))
    if group.language == "spanish" and rng.random() < 0.4:
        family = f"{family} {_split(rng.choice(group.family))[0]}"
        family_roman = family
    if group.language == "russian" and sex == "female" and family.endswith(("ов", "ев", "ёв", "ин")):
        family, family_roman = family + "а", family_roman + "a"  # noqa: RUF001 - Cyrillic feminine suffix

    age = _pick_age(rng, index)
    birth = _birth_date(rng, age)
    city, state, zip_prefix, area_codes = rng.choice(CITIES)
    area = rng.choice(area_codes)

    g, f = ascii_fold(given_roman), ascii_fold(family_roman)
    local_parts = (
        f"{g}.{f}{birth.year % 100:02d}",
        f"{g[:1]}{f}{rng.randint(1, 999)}",
        f"{f}.{g}",
        f"{g}{f}{birth.day}",
    )
    email = f"{rng.choice(local_parts)}@{rng.choice(EMAIL_DOMAINS)}"

    street = f"{rng.randint(1, 9899)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIXES)}"
    if rng.random() < 0.3:
        street += f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"

    n_conditions = min(len(CONDITIONS), 1 + rng.randint(0, 2) + (age >= 65) + (age >= 90))
    chosen = rng.sample(CONDITIONS, n_conditions)
    conditions = tuple(Condition(code, desc) for code, desc, _, _ in chosen)
    medications = tuple(Medication(med, dose) for _, _, med, dose in chosen)

    device_type, device_serial = _device(rng)
    pcp = _provider_for("internal medicine" if age < 80 else "geriatrics", rng)
    token = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(12))

    return Patient(
        patient_id=f"P{index + 1:06d}",
        mrn=f"MRN-{rng.randint(1_000_000, 9_999_999)}",
        given_name=given,
        family_name=family,
        name_language=group.language,
        name_script=group.script,
        name_latin=f"{_strip_marks(given_roman)} {_strip_marks(family_roman)}",
        birth_date=birth.isoformat(),
        age=age_on(birth),
        sex=sex,
        ssn=_ssn(rng),
        phone=_phone(rng, area),
        fax=_phone(rng, area),
        email=email,
        street_address=street,
        city=city,
        state=state,
        zip=zip_prefix + _digits(rng, 2),
        insurance_payer=rng.choice(PAYERS),
        insurance_member_id="".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + _digits(rng, 9),
        medicare_mbi=_mbi(rng),
        account_number=f"ACCT-{_digits(rng, 8)}",
        drivers_license=_drivers_license(rng, state),
        vehicle_vin=_vin(rng),
        device_type=device_type,
        device_serial=device_serial,
        ip_address=_ip_address(rng),
        portal_url=PORTAL_BASE_URL + token,
        pcp_name=pcp.name,
        pcp_npi=pcp.npi,
        conditions=conditions,
        medications=medications,
        family_name_first=group.family_first,
    )


def generate_patients(count: int = 200, seed: int = 7) -> list[Patient]:
    """``count`` deterministic synthetic patients; a prefix is stable as ``count`` grows."""
    if count < 0:
        raise ValueError("count must be non-negative")
    patients: list[Patient] = []
    seen_mrns: set[str] = set()
    for index in range(count):
        patient = _make_patient(seed, index)
        attempt = 0
        while patient.mrn in seen_mrns:  # keep MRNs unique, still deterministically
            attempt += 1
            rng = random.Random(f"chaperone-demo-mrn:{seed}:{index}:{attempt}")
            patient = replace(patient, mrn=f"MRN-{rng.randint(1_000_000, 9_999_999)}")
        seen_mrns.add(patient.mrn)
        patients.append(patient)
    return patients


# --------------------------------------------------------------------------------------------
# Derived clinical documents
# --------------------------------------------------------------------------------------------

# test, LOINC, unit, low, high, decimals, reference-range text, conditions that make it relevant
_LABS: tuple[tuple[str, str, str, float, float, int, str, tuple[str, ...]], ...] = (
    ("Hemoglobin A1c", "4548-4", "%", 4.0, 5.6, 1, "4.0-5.6", ("E11",)),
    ("Glucose, fasting", "1558-6", "mg/dL", 70, 99, 0, "70-99", ()),
    ("Creatinine", "2160-0", "mg/dL", 0.6, 1.3, 2, "0.60-1.30", ()),
    ("eGFR (CKD-EPI 2021)", "98979-8", "mL/min/1.73m2", 60, 120, 0, ">=60", ("N18",)),
    ("Potassium", "2823-3", "mmol/L", 3.5, 5.1, 1, "3.5-5.1", ()),
    ("Sodium", "2951-2", "mmol/L", 136, 145, 0, "136-145", ()),
    ("LDL cholesterol, calculated", "13457-7", "mg/dL", 40, 99, 0, "<100", ("E78", "I25")),
    ("TSH", "3016-3", "mIU/L", 0.4, 4.0, 2, "0.40-4.00", ("E03",)),
    ("Hemoglobin", "718-7", "g/dL", 12.0, 17.5, 1, "12.0-17.5", ()),
    ("WBC", "6690-2", "10*3/uL", 4.5, 11.0, 1, "4.5-11.0", ()),
    ("NT-proBNP", "33762-6", "pg/mL", 0, 125, 0, "<125", ("I50",)),
    ("INR", "6301-6", "{INR}", 0.8, 1.2, 1, "0.8-1.2", ("I48",)),
    ("HIV-1 RNA viral load", "20447-9", "copies/mL", 0, 20, 0, "<20", ("B20",)),
    ("CD4 T cells", "24467-3", "cells/uL", 500, 1500, 0, "500-1500", ("B20",)),
)


def _seeded(kind: str, patient: Patient) -> random.Random:
    return random.Random(f"chaperone-demo-{kind}:{patient.patient_id}:{patient.mrn}")


def _has(patient: Patient, prefixes: tuple[str, ...]) -> bool:
    return any(c.icd10.startswith(prefixes) for c in patient.conditions)


def _fmt_dt(d: date, hour: int, minute: int) -> str:
    return datetime.combine(d, time(hour, minute)).isoformat()


def labs_for(patient: Patient) -> list[dict[str, Any]]:
    """Deterministic lab results; some comments embed the patient's name, MRN or phone."""
    rng = _seeded("labs", patient)
    basic = [lab for lab in _LABS if not lab[7]]
    relevant = [lab for lab in _LABS if lab[7] and _has(patient, lab[7])]
    chosen = rng.sample(basic, 4) + relevant
    collected = REFERENCE_DATE - timedelta(days=rng.randint(3, 540))
    results: list[dict[str, Any]] = []
    dob = patient.birth_date
    for test, loinc, unit, low, high, decimals, ref_range, _ in chosen:
        span = high - low
        raw = rng.uniform(low - 0.25 * span, high + 0.35 * span) if span else rng.uniform(0, 10)
        raw = max(raw, 0.0)
        value: float | int = round(raw, decimals) if decimals else round(raw)
        high_ok = ref_range.startswith(">")  # ">=60": no upper limit
        low_ok = ref_range.startswith("<")  # "<100": no lower limit
        flag = "H" if value > high and not high_ok else ("L" if value < low and not low_ok else "")
        if rng.random() < 0.4:
            provider = _provider_for(rng.choice(CLINICS)[1], rng)
        else:
            provider = Provider(patient.pcp_name, patient.pcp_npi, "internal medicine")
        if flag and rng.random() < 0.5:
            comment = (
                f"Abnormal result called to {patient.given_name} {patient.family_name} at {patient.phone}; "
                "read-back verified."
            )
        else:
            comment = rng.choice(
                (
                    "",
                    "",
                    "",
                    f"Specimen for {patient.mrn} received hemolyzed; redraw requested.",
                    f"Pt {patient.family_name}, {patient.given_name} (DOB {dob}) reports fasting 12 h.",
                    f"Result faxed to {patient.fax} per patient request.",
                    "Repeat in 3 months.",
                )
            )
        results.append(
            {
                "accession_number": f"ACC-{collected.year % 100:02d}-{_digits(rng, 7)}",
                "test": test,
                "loinc": loinc,
                "value": value,
                "unit": unit,
                "reference_range": ref_range,
                "flag": flag,
                "collected_at": _fmt_dt(collected, rng.randint(6, 11), rng.choice((0, 12, 25, 38, 47))),
                "ordering_provider": {"name": provider.name, "npi": provider.npi},
                "comment": comment,
            }
        )
    return results


_REASONS = (
    "Annual wellness visit",
    "Follow-up: {condition}",
    "Medication review",
    "Post-discharge follow-up",
    "Lab review",
    "Device check: {device}",
)


def appointments_for(patient: Patient) -> list[dict[str, Any]]:
    """Deterministic past and upcoming appointments with free-text scheduling notes."""
    rng = _seeded("appointments", patient)
    interpreter = patient.name_language not in ("english",)
    appointments: list[dict[str, Any]] = []
    for _ in range(rng.randint(2, 4)):
        day = REFERENCE_DATE + timedelta(days=rng.randint(-200, 180))
        clinic, specialty = rng.choice(CLINICS)
        provider = _provider_for(specialty, rng)
        condition = rng.choice(patient.conditions).description if patient.conditions else "general health"
        reason = rng.choice(_REASONS).format(condition=condition, device=patient.device_type)
        if day < REFERENCE_DATE:
            status = rng.choice(("completed", "completed", "completed", "no-show", "cancelled"))
        else:
            status = "scheduled"
        note = rng.choice(
            (
                f"Pt requests callback at {patient.phone} to confirm.",
                f"Reminder sent to {patient.email}.",
                f"Bring insurance card ({patient.insurance_payer} {patient.insurance_member_id}).",
                f"Transport arranged from {patient.street_address}, {patient.city}.",
                f"Left voicemail for {patient.given_name} re: prep instructions.",
                "",
            )
        )
        if interpreter and rng.random() < 0.6:
            note = (note + f" {patient.name_language.capitalize()} interpreter requested.").strip()
        appointments.append(
            {
                "datetime": _fmt_dt(day, rng.randint(8, 16), rng.choice((0, 15, 30, 45))),
                "clinic": clinic,
                "provider": {"name": provider.name, "npi": provider.npi},
                "reason": reason,
                "status": status,
                "note": note,
            }
        )
    appointments.sort(key=lambda a: a["datetime"])
    return [
        {"appointment_id": f"APT-{patient.patient_id[1:]}-{i:02d}", **appointment}
        for i, appointment in enumerate(appointments, start=1)
    ]


def clinical_note(patient: Patient) -> str:
    """A free-text progress note with identifiers embedded in prose, as real notes have."""
    rng = _seeded("note", patient)
    birth = date.fromisoformat(patient.birth_date)
    visit = REFERENCE_DATE - timedelta(days=rng.randint(1, 60))
    pronoun = "She" if patient.sex == "female" else "He"
    problems = "; ".join(f"{c.description} ({c.icd10})" for c in patient.conditions) or "no chronic problems"
    meds = "\n".join(f"  - {m.name} {m.dose}" for m in patient.medications) or "  - none"
    dob_prose = f"{birth.strftime('%B')} {birth.day}, {birth.year}"
    age_phrase = f"{patient.age}-year-old"
    ip = patient.ip_address
    extra = rng.choice(
        (
            f"{pronoun} was involved in a minor MVA last month; vehicle VIN {patient.vehicle_vin} recorded "
            "for the auto-insurance claim.",
            f"Family member asked that results also be sent by fax to {patient.fax}.",
            f"{pronoun} uses the patient portal ({patient.portal_url}); last login from {ip}.",
        )
    )
    return (
        f"PROGRESS NOTE - {rng.choice(CLINICS)[0]}\n"
        f"Date of service: {visit.isoformat()}\n"
        f"Patient: {patient.full_name}    DOB: {patient.birth_date}    MRN: {patient.mrn}\n"
        f"Account: {patient.account_number}\n"
        "\n"
        f"HPI: {patient.given_name} {patient.family_name} is a {age_phrase} {patient.sex} (born {dob_prose}) "
        f"with a history of {problems}, seen today for follow-up. {pronoun} lives at "
        f"{patient.street_address}, {patient.city}, {patient.state} {patient.zip} and can be reached at "
        f"{patient.phone} or {patient.email}. Registration verified with SSN {patient.ssn} and "
        f"driver's license {patient.drivers_license} ({patient.state}). {extra}\n"
        "\n"
        f"Devices: {patient.device_type}, serial {patient.device_serial}; interrogation unremarkable.\n"
        "\n"
        f"Medications:\n{meds}\n"
        "\n"
        f"Coverage: {patient.insurance_payer}, member ID {patient.insurance_member_id}; "
        f"Medicare MBI {patient.medicare_mbi}.\n"
        "\n"
        f"Assessment/Plan: Continue current regimen. Recheck labs in 3 months. Call {patient.phone} "
        f"with results; OK to leave a message for {patient.given_name}.\n"
        "\n"
        f"Electronically signed: {patient.pcp_name} (NPI {patient.pcp_npi}) on {visit.isoformat()}\n"
    )
