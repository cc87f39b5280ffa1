"""The words for the codes the customer data export would otherwise print raw: choices made
at registration (how they heard of us, income, children, education, occupation), channels,
loyalty entry kinds and stock reasons, audit actions and erase reasons.

The same words as on screen: the English is the GUI's source text (customer_labels,
loyalty_labels, the erase dialog, the audit labels) and the Hebrew and Persian are its
translations in resources/translations (a test compares them)."""

from __future__ import annotations

# (what, code) -> the GUI's English words
ENGLISH: dict[tuple[str, str], str] = {
    ("how_heard", "friend"): "A friend told them",
    ("how_heard", "social_media"): "Social media",
    ("how_heard", "walked_by"): "Walked by the shop",
    ("how_heard", "search"): "Web search",
    ("how_heard", "advert"): "An advert",
    ("how_heard", "other"): "Other",
    ("income_range", "under_25k"): "Under 25,000 a year",
    ("income_range", "25k_50k"): "25,000 – 50,000 a year",
    ("income_range", "50k_100k"): "50,000 – 100,000 a year",
    ("income_range", "100k_plus"): "Over 100,000 a year",
    ("children", "0"): "None",
    ("children", "1"): "One",
    ("children", "2"): "Two",
    ("children", "3+"): "Three or more",
    ("education", "secondary"): "Secondary school",
    ("education", "vocational"): "Vocational training",
    ("education", "bachelor"): "Bachelor's degree",
    ("education", "master_plus"): "Master's or higher",
    ("occupation", "employed"): "Employed",
    ("occupation", "self_employed"): "Self-employed",
    ("occupation", "student"): "Student",
    ("occupation", "retired"): "Retired",
    ("occupation", "homemaker"): "Homemaker",
    ("occupation", "other"): "Other",
    ("channel", "counter"): "at the counter",
    ("channel", "kiosk"): "on the kiosk",
    ("channel", "import"): "by import",
    ("channel", "cli"): "from the command line",
    ("loyalty_kind", "earn"): "Earned",
    ("loyalty_kind", "redeem"): "Redeemed",
    ("loyalty_kind", "reverse"): "Taken back",
    ("loyalty_kind", "adjust"): "Adjusted",
    ("loyalty_kind", "expire"): "Expired",
    ("loyalty_kind", "bonus"): "Bonus",
    ("loyalty_reason", "refund"): "refund",
    ("loyalty_reason", "undo"): "purchase undone",
    ("loyalty_reason", "reward given back"): "reward given back",
    ("loyalty_reason", "survey"): "feedback",
    ("loyalty_reason", "birthday"): "birthday",
    ("erase_reason", "request"): "The customer asked",
    ("erase_reason", "retention"): "Inactive too long",
    ("erase_reason", "other"): "Another reason",
    ("action", "redeem"): "redeem",
    ("action", "adjust"): "adjust",
    ("action", "replace_card"): "replace_card",
    ("action", "print_card"): "print_card",
    ("action", "merged_into"): "merged_into",
    ("action", "unmerge"): "unmerge",
}

# where on screen the words come from: (translation context, what)
CONTEXTS = {
    "how_heard": "CustomerLabels",
    "income_range": "CustomerLabels",
    "children": "CustomerLabels",
    "education": "CustomerLabels",
    "occupation": "CustomerLabels",
    "channel": "CustomerLabels",
    "loyalty_kind": "LoyaltyLabels",
    "loyalty_reason": "LoyaltyLabels",
    "erase_reason": "EraseCustomerDialog",
    "action": "AuditLabels",
}

# the audit log's action codes read as words in English too
ENGLISH_ACTIONS = {
    "redeem": "Redeemed a reward",
    "adjust": "Balance adjusted",
    "replace_card": "Card replaced",
    "print_card": "Card printed",
    "merged_into": "Merged into another customer",
    "unmerge": "Merge undone",
}

HE = {
    "A friend told them": "חבר/ה סיפר/ה",
    "Social media": "רשתות חברתיות",
    "Walked by the shop": "עבר/ה ליד החנות",
    "Web search": "חיפוש ברשת",
    "An advert": "פרסומת",
    "Other": "אחר",
    "Under 25,000 a year": "פחות מ־25,000 בשנה",
    "25,000 – 50,000 a year": "25,000 – 50,000 בשנה",
    "50,000 – 100,000 a year": "50,000 – 100,000 בשנה",
    "Over 100,000 a year": "יותר מ־100,000 בשנה",
    "None": "אין",
    "One": "אחד",
    "Two": "שניים",
    "Three or more": "שלושה או יותר",
    "Secondary school": "תיכון",
    "Vocational training": "הכשרה מקצועית",
    "Bachelor's degree": "תואר ראשון",
    "Master's or higher": "תואר שני ומעלה",
    "Employed": "שכיר/ה",
    "Self-employed": "עצמאי/ת",
    "Student": "סטודנט/ית",
    "Retired": "פנסיונר/ית",
    "Homemaker": "עקר/ת בית",
    "at the counter": "בקופה",
    "on the kiosk": "בקיוסק",
    "by import": "בייבוא",
    "from the command line": "משורת הפקודה",
    "Earned": "נצבר",
    "Redeemed": "מומש",
    "Taken back": "הוחזר",
    "Adjusted": "תוקן",
    "Expired": "פג תוקף",
    "Bonus": "בונוס",
    "refund": "החזר",
    "purchase undone": "הרכישה בוטלה",
    "reward given back": "ההטבה הוחזרה",
    "feedback": "משוב",
    "birthday": "יום הולדת",
    "The customer asked": "הלקוח ביקש",
    "Inactive too long": "לא פעיל זמן רב מדי",
    "Another reason": "סיבה אחרת",
    "redeem": "מימוש הטבה",
    "adjust": "תיקון יתרה",
    "replace_card": "החלפת כרטיס",
    "print_card": "הדפסת כרטיס",
    "merged_into": "מוזג ללקוח אחר",
    "unmerge": "ביטול מיזוג",
}

FA = {
    "A friend told them": "دوستی معرفی کرد",
    "Social media": "شبکه‌های اجتماعی",
    "Walked by the shop": "از جلوی فروشگاه رد شد",
    "Web search": "جستجو در اینترنت",
    "An advert": "تبلیغ",
    "Other": "دیگر",
    "Under 25,000 a year": "کمتر از ۲۵٬۰۰۰ در سال",
    "25,000 – 50,000 a year": "۲۵٬۰۰۰ تا ۵۰٬۰۰۰ در سال",
    "50,000 – 100,000 a year": "۵۰٬۰۰۰ تا ۱۰۰٬۰۰۰ در سال",
    "Over 100,000 a year": "بیش از ۱۰۰٬۰۰۰ در سال",
    "None": "ندارد",
    "One": "یک",
    "Two": "دو",
    "Three or more": "سه یا بیشتر",
    "Secondary school": "دبیرستان",
    "Vocational training": "آموزش فنی‌وحرفه‌ای",
    "Bachelor's degree": "کارشناسی",
    "Master's or higher": "کارشناسی ارشد یا بالاتر",
    "Employed": "کارمند",
    "Self-employed": "آزاد",
    "Student": "دانشجو",
    "Retired": "بازنشسته",
    "Homemaker": "خانه‌دار",
    "at the counter": "پشت پیشخوان",
    "on the kiosk": "در کیوسک",
    "by import": "با ورود از پرونده",
    "from the command line": "از خط فرمان",
    "Earned": "به دست آمد",
    "Redeemed": "استفاده شد",
    "Taken back": "پس گرفته شد",
    "Adjusted": "اصلاح شد",
    "Expired": "منقضی شد",
    "Bonus": "پاداش",
    "refund": "بازپرداخت",
    "purchase undone": "خرید برگردانده شد",
    "reward given back": "جایزه برگردانده شد",
    "feedback": "بازخورد",
    "birthday": "تولد",
    "The customer asked": "خود مشتری خواست",
    "Inactive too long": "مدت زیادی غیرفعال بوده",
    "Another reason": "دلیل دیگر",
    "redeem": "استفاده از جایزه",
    "adjust": "اصلاح امتیاز",
    "replace_card": "تعویض کارت",
    "print_card": "چاپ کارت",
    "merged_into": "ادغام در مشتری دیگر",
    "unmerge": "برگرداندن ادغام",
}

WORDS = {"he": HE, "fa": FA}


def label(what: str, code: str | None, language: str) -> str:
    """A stored code in words: label('how_heard', 'friend', 'fa') -> 'دوستی معرفی کرد'.
    A code without words (typed text, a program's name) is printed as it is."""
    if not code:
        return ""
    english = ENGLISH.get((what, code))
    if english is None:
        return code
    if what == "action" and language not in WORDS:
        return ENGLISH_ACTIONS.get(code, english)
    return WORDS.get(language, {}).get(english, english)
