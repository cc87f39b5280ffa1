"""The customer data export's words in the shop's language (English, Hebrew, Persian).
English is the key; a missing translation prints the English."""

from __future__ import annotations

HE = {
    "{shop} — data kept about customer {id}": "{shop} — המידע השמור על לקוח {id}",
    "{shop} · customer {id} · exported {when}": "יוצא ב־{when} · לקוח {id} · {shop}",
    "Everything {shop} keeps about you, as of {when}. Customer number {id}.": (
        "כל מה ש־{shop} שומר עליך, נכון ל־{when}. מספר לקוח {id}."
    ),
    "Contact and details": "פרטי קשר ופרטים",
    "First name": "שם פרטי",
    "Last name": "שם משפחה",
    "Phone": "טלפון",
    "E-mail": "דוא״ל",
    "Address": "כתובת",
    "Birthday": "יום הולדת",
    "Loyalty card": "כרטיס מועדון",
    "Heard of us through": "שמע עלינו דרך",
    "Tags": "תגיות",
    "Notes": "הערות",
    "Household income": "הכנסת משק הבית",
    "Children": "ילדים",
    "Education": "השכלה",
    "Occupation": "עיסוק",
    "Record": "הרשומה",
    "Registered": "נרשם",
    "{when} by {staff} on {workstation} ({channel})": (
        "{when} על ידי {staff} · {workstation} · {channel}"
    ),
    "Last change": "שינוי אחרון",
    "{when} by {staff}": "{when} על ידי {staff}",
    "Visits": "ביקורים",
    "Spent in all": "סך הכול קניות",
    "First visit": "ביקור ראשון",
    "Last visit": "ביקור אחרון",
    "Marketing consent": "הסכמה לדיוור",
    "Offers and news": "מבצעים וחדשות",
    "Yes": "כן",
    "No": "לא",
    "When": "מתי",
    "Consent": "הסכמה",
    "How": "איך",
    "Staff": "עובד",
    "Workstation": "עמדה",
    "Policy version": "גרסת מדיניות",
    "given": "ניתנה",
    "withdrawn": "בוטלה",
    "No consent was ever recorded.": "לא נרשמה הסכמה מעולם.",
    "Purchases ({n})": "קניות ({n})",
    "Receipt": "קבלה",
    "Total ({currency})": "סכום ({currency})",
    "Items": "פריטים",
    "voided": "בוטלה",
    "refunded {amount}": "הוחזרו {amount}",
    "No purchases.": "אין קניות.",
    "Loyalty": "מועדון לקוחות",
    "Balances": "יתרות",
    "Program": "תוכנית",
    "What": "מה",
    "Change": "שינוי",
    "Reason": "סיבה",
    "No loyalty history.": "אין היסטוריית מועדון.",
    "Survey answers": "תשובות לסקרים",
    "Survey": "סקר",
    "Question": "שאלה",
    "Answer": "תשובה",
    "No survey answers.": "אין תשובות לסקרים.",
    "Who looked at or changed this record": "מי צפה ברשומה או שינה אותה",
    "Action": "פעולה",
    "Fields": "שדות",
    "Nothing in the audit log.": "אין דבר ביומן.",
    "You can ask us to correct any of this, to stop offers and news, or to erase you from "
    "our customer list.": "אפשר לבקש מאיתנו לתקן כל פרט, להפסיק לשלוח מבצעים וחדשות, "
    "או למחוק אותך מרשימת הלקוחות שלנו.",
}

FA = {
    "{shop} — data kept about customer {id}": "{shop} — داده‌های نگه‌داشته دربارهٔ مشتری {id}",
    "{shop} · customer {id} · exported {when}": "خروجی در {when}، مشتری {id}، {shop}",
    "Everything {shop} keeps about you, as of {when}. Customer number {id}.": (
        "هر آنچه {shop} دربارهٔ شما نگه می‌دارد، تا {when}. شمارهٔ مشتری {id}."
    ),
    "Contact and details": "تماس و جزئیات",
    "First name": "نام",
    "Last name": "نام خانوادگی",
    "Phone": "تلفن",
    "E-mail": "ایمیل",
    "Address": "نشانی",
    "Birthday": "تاریخ تولد",
    "Loyalty card": "کارت باشگاه",
    "Heard of us through": "آشنایی با ما از راه",
    "Tags": "برچسب‌ها",
    "Notes": "یادداشت‌ها",
    "Household income": "درآمد خانوار",
    "Children": "فرزندان",
    "Education": "تحصیلات",
    "Occupation": "شغل",
    "Record": "پرونده",
    "Registered": "ثبت‌نام",
    "{when} by {staff} on {workstation} ({channel})": (
        "{when} به دست {staff}، {workstation}، {channel}"
    ),
    "Last change": "آخرین تغییر",
    "{when} by {staff}": "{when} به دست {staff}",
    "Visits": "مراجعه‌ها",
    "Spent in all": "مجموع خرید",
    "First visit": "نخستین مراجعه",
    "Last visit": "آخرین مراجعه",
    "Marketing consent": "رضایت به دریافت پیام تبلیغاتی",
    "Offers and news": "پیشنهادها و خبرها",
    "Yes": "بله",
    "No": "خیر",
    "When": "زمان",
    "Consent": "رضایت",
    "How": "از راه",
    "Staff": "کارمند",
    "Workstation": "ایستگاه کاری",
    "Policy version": "نسخهٔ سیاست",
    "given": "داده شد",
    "withdrawn": "پس گرفته شد",
    "No consent was ever recorded.": "هیچ رضایتی ثبت نشده است.",
    "Purchases ({n})": "خریدها ({n})",
    "Receipt": "رسید",
    "Total ({currency})": "جمع ({currency})",
    "Items": "اقلام",
    "voided": "باطل‌شده",
    "refunded {amount}": "{amount} بازپرداخت‌شده",
    "No purchases.": "خریدی نیست.",
    "Loyalty": "باشگاه مشتریان",
    "Balances": "موجودی‌ها",
    "Program": "برنامه",
    "What": "چه",
    "Change": "تغییر",
    "Reason": "دلیل",
    "No loyalty history.": "سابقه‌ای در باشگاه نیست.",
    "Survey answers": "پاسخ‌های نظرسنجی",
    "Survey": "نظرسنجی",
    "Question": "پرسش",
    "Answer": "پاسخ",
    "No survey answers.": "پاسخی به نظرسنجی نیست.",
    "Who looked at or changed this record": "چه کسی این پرونده را دید یا تغییر داد",
    "Action": "کار",
    "Fields": "فیلدها",
    "Nothing in the audit log.": "چیزی در گزارش کارها نیست.",
    "You can ask us to correct any of this, to stop offers and news, or to erase you from "
    "our customer list.": "می‌توانید از ما بخواهید هر یک از این‌ها را درست کنیم، فرستادن "
    "پیشنهادها و خبرها را متوقف کنیم، یا شما را از فهرست مشتریان پاک کنیم.",
}

WORDS = {"he": HE, "fa": FA}


def words_for(language: str):
    """t(english, **values) in `language`."""
    table = WORDS.get(language, {})

    def t(text: str, **values) -> str:
        return table.get(text, text).format(**values) if values else table.get(text, text)

    return t
