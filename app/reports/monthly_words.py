"""The monthly report's words in the shop's language (English, Hebrew, Persian). English
is the key; a missing translation prints the English. The figures put into them come from
`numbers`, in the language's digits (Persian digits in Persian, Western in Hebrew)."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

RTL = {"he", "fa"}
LOCALES = {"en": "en", "he": "he_IL", "fa": "fa_IR"}

HE = {
    "MONTHLY REPORT": "דוח חודשי",
    "{first} – {last}, compared with {before}": "{first} – {last}, בהשוואה ל{before}",
    "Monthly report, {month} · {shop}": "דוח חודשי, {month} · {shop}",
    "Made by Counterpart on {made} · figures in {currency}":
        "הופק ב-Counterpart ב-{made} · סכומים ב-{currency}",
    "Page {n} of {m}": "עמוד {n} מתוך {m}",
    "vs {month}": "לעומת {month}",
    "vs the days before": "לעומת הימים שלפני",
    "Sales": "מכירות", "Purchases": "קניות", "Average basket": "סל ממוצע",
    "Identified customers": "לקוחות מזוהים", "{n} anonymous": "{n} אנונימיים",
    "New customers": "לקוחות חדשים", "Active customers": "לקוחות פעילים",
    "bought this month": "קנו החודש", "Newly lapsed": "נטשו החודש",
    "crossed the lapsed line": "עברו את סף הנטישה", "NPS": "NPS",
    "{n} answers": "{n} תשובות", "Refunds": "החזרים", "gross {amount}": "ברוטו {amount}",
    "none this month": "אין החודש", "{program}: issued": "{program}: הונפקו",
    "{n} redeemed": "{n} מומשו", "Loyalty held today": "יתרות מועדון היום",
    "owed as vouchers · {held}": "חוב בשוברים · {held}", "punches": "ניקובים",
    "points": "נקודות", "no figure last month": "אין נתון בחודש הקודם",
    "same as last month": "כמו בחודש הקודם", "pts": "נק׳",
    "Sales per day": "מכירות לפי יום",
    "{currency}, gross · Fridays and Saturdays in amber":
        "{currency}, ברוטו · שישי ושבת בכתום",
    "Best day {day}: {amount} from {n} purchases · quietest {quiet}: {quiet_amount} · "
    "busiest weekday {weekday}, {average} on average":
        "היום הטוב ביותר {day}: {amount} מ-{n} קניות · השקט ביותר {quiet}: {quiet_amount} · "
        "היום העמוס בשבוע: {weekday}, {average} בממוצע",
    "Average sales by weekday": "מכירות ממוצעות לפי יום בשבוע",
    "Purchases by hour": "קניות לפי שעה", "local time, whole month": "שעון מקומי, כל החודש",
    "Customers and feedback": "לקוחות ומשוב",
    "NPS over the last 12 months": "NPS ב-12 החודשים האחרונים",
    "% promoters minus % detractors": "% ממליצים פחות % מלעיזים",
    "Customers by segment (today)": "לקוחות לפי פלח (היום)",
    "How new customers heard about us": "איך לקוחות חדשים שמעו עלינו",
    "asked at registration": "נשאלו ברישום", "survey answers": "תשובות לסקר",
    "Why customers bought: average rank": "למה לקוחות קנו: דירוג ממוצע",
    "1 = first reason · {n} answers": "1 = הסיבה הראשונה · {n} תשובות",
    "Survey answers": "תשובות לסקרים", "no answers this month": "אין תשובות החודש",
    "No NPS answers this month.": "אין תשובות NPS החודש.",
    "This month: {p} promoters, {pa} passives, {d} detractors ({n} answers)":
        "החודש: {p} ממליצים, {pa} פסיביים, {d} מלעיזים ({n} תשובות)",
    "Loyalty": "מועדון לקוחות",
    "issued and redeemed this month; held today": "הונפקו ומומשו החודש; יתרות היום",
    "Issued vs redeemed": "הונפקו מול מומשו", "issued": "הונפקו", "redeemed": "מומשו",
    "Program": "תוכנית", "Issued": "הונפקו", "Redeemed": "מומשו",
    "Rewards' value": "שווי ההטבות", "Held now": "יתרה כעת", "Holders": "מחזיקים",
    "Liability": "התחייבות", "No loyalty program.": "אין תוכנית מועדון.",
    "Best customers and best sellers": "הלקוחות הטובים והמוצרים הנמכרים",
    "Top customers": "הלקוחות המובילים", "Best-selling products": "המוצרים הנמכרים ביותר",
    "Customer": "לקוח", "Spent": "הוציאו", "Product": "מוצר", "Qty": "כמות",
    "Sales by category": "מכירות לפי קטגוריה",
    "What customers told us": "מה הלקוחות אמרו לנו",
    "detractors' own words, no contact details": "בלשון המלעיזים, ללא פרטי קשר",
    "Date": "תאריך", "Score": "ציון", "Comment": "הערה",
    "No detractor comments this month.": "אין הערות של מלעיזים החודש.",
    "Win-back list": "רשימת החזרה",
    "lapsed customers who agreed to hear from us": "לקוחות שנטשו והסכימו לקבל מאיתנו דיוור",
    "Last visit": "ביקור אחרון", "Visits": "ביקורים", "Spent in all": "סך הכול הוציאו",
    "No lapsed customer with consent: no data.": "אין לקוחות שנטשו עם הסכמה: אין נתונים.",
    "The first 15; the Segments screen and `counterpart winback` give the whole list.":
        "15 הראשונים; הרשימה המלאה במסך הפלחים וב-`counterpart winback`.",
    "Birthdays in {month}": "ימי הולדת ב{month}", "{n} customers": "{n} לקוחות",
    "No customer has a birthday next month (or no birthdays are known).":
        "לאף לקוח אין יום הולדת בחודש הבא (או שימי ההולדת אינם ידועים).",
    "…and {n} more.": "…ועוד {n}.",
    "Data quality": "איכות הנתונים", "the whole book, today": "כל ספר הלקוחות, היום",
    "No customers yet: no data.": "אין עדיין לקוחות: אין נתונים.",
    "Customers": "לקוחות", "in the book today": "בספר היום",
    "Marketing consent": "הסכמה לדיוור", "{n} agreed": "{n} הסכימו",
    "Missing phone": "חסר טלפון", "Missing e-mail": "חסר דוא״ל",
    "No contact at all": "ללא פרטי קשר", "neither phone nor e-mail": "לא טלפון ולא דוא״ל",
    "Invalid values": "ערכים שגויים", "{p} phones, {e} e-mails": "{p} טלפונים, {e} כתובות",
    "Likely duplicates": "כפילויות אפשריות",
    "{p} shared phones, {e} shared e-mails": "{p} טלפונים משותפים, {e} כתובות משותפות",
    "No data for this month.": "אין נתונים לחודש הזה.",
    "No data for this period.": "אין נתונים לתקופה הזו.",
    "New": "חדשים", "Active": "פעילים", "At risk": "בסיכון", "Lapsed": "נטשו",
    "VIP (top 10%)": "VIP (10% העליונים)", "A friend": "חבר", "Social media": "רשתות חברתיות",
    "Walked by": "עברו ליד", "Search": "חיפוש", "Advert": "פרסומת", "Other": "אחר",
    "Not asked": "לא נשאלו",
}

FA = {
    "MONTHLY REPORT": "گزارش ماهانه",
    "{first} – {last}, compared with {before}": "{first} – {last}، در مقایسه با {before}",
    "Monthly report, {month} · {shop}": "گزارش ماهانه، {month} · {shop}",
    "Made by Counterpart on {made} · figures in {currency}":
        "تهیه‌شده با Counterpart در {made} · مبالغ به {currency}",
    "Page {n} of {m}": "صفحهٔ {n} از {m}",
    "vs {month}": "نسبت به {month}",
    "vs the days before": "نسبت به روزهای پیش",
    "Sales": "فروش", "Purchases": "خریدها", "Average basket": "میانگین سبد",
    "Identified customers": "مشتریان شناخته‌شده", "{n} anonymous": "{n} ناشناس",
    "New customers": "مشتریان تازه", "Active customers": "مشتریان فعال",
    "bought this month": "این ماه خرید کردند", "Newly lapsed": "ریزش این ماه",
    "crossed the lapsed line": "از مرز ریزش گذشتند", "NPS": "NPS",
    "{n} answers": "{n} پاسخ", "Refunds": "بازپرداخت‌ها", "gross {amount}": "ناخالص {amount}",
    "none this month": "این ماه نبود", "{program}: issued": "{program}: صادرشده",
    "{n} redeemed": "{n} استفاده‌شده", "Loyalty held today": "مانده باشگاه امروز",
    "owed as vouchers · {held}": "بدهی به‌صورت بن · {held}", "punches": "مهر",
    "points": "امتیاز", "no figure last month": "ماه پیش رقمی نبود",
    "same as last month": "مانند ماه پیش", "pts": "واحد",
    "Sales per day": "فروش روزانه",
    "{currency}, gross · Fridays and Saturdays in amber":
        "{currency}، ناخالص · جمعه و شنبه به رنگ نارنجی",
    "Best day {day}: {amount} from {n} purchases · quietest {quiet}: {quiet_amount} · "
    "busiest weekday {weekday}, {average} on average":
        "بهترین روز {day}: {amount} از {n} خرید · کم‌فروش‌ترین {quiet}: {quiet_amount} · "
        "پرفروش‌ترین روز هفته: {weekday}، به‌طور میانگین {average}",
    "Average sales by weekday": "میانگین فروش بر حسب روز هفته",
    "Purchases by hour": "خریدها بر حسب ساعت", "local time, whole month": "وقت محلی، کل ماه",
    "Customers and feedback": "مشتریان و بازخورد",
    "NPS over the last 12 months": "NPS در ۱۲ ماه گذشته",
    "% promoters minus % detractors": "% مروجان منهای % منتقدان",
    "Customers by segment (today)": "مشتریان بر حسب گروه (امروز)",
    "How new customers heard about us": "مشتریان تازه چطور با ما آشنا شدند",
    "asked at registration": "پرسیده‌شده هنگام ثبت‌نام", "survey answers": "پاسخ‌های نظرسنجی",
    "Why customers bought: average rank": "چرا خرید کردند: میانگین رتبه",
    "1 = first reason · {n} answers": "۱ = دلیل اول · {n} پاسخ",
    "Survey answers": "پاسخ‌های نظرسنجی", "no answers this month": "این ماه پاسخی نبود",
    "No NPS answers this month.": "این ماه پاسخ NPS نبود.",
    "This month: {p} promoters, {pa} passives, {d} detractors ({n} answers)":
        "این ماه: {p} مروج، {pa} بی‌طرف، {d} منتقد ({n} پاسخ)",
    "Loyalty": "باشگاه مشتریان",
    "issued and redeemed this month; held today": "صادر و استفاده‌شده این ماه؛ مانده امروز",
    "Issued vs redeemed": "صادرشده در برابر استفاده‌شده", "issued": "صادرشده",
    "redeemed": "استفاده‌شده", "Program": "برنامه", "Issued": "صادرشده",
    "Redeemed": "استفاده‌شده", "Rewards' value": "ارزش جایزه‌ها", "Held now": "مانده اکنون",
    "Holders": "دارندگان", "Liability": "تعهد", "No loyalty program.": "برنامهٔ باشگاهی نیست.",
    "Best customers and best sellers": "بهترین مشتریان و پرفروش‌ترین‌ها",
    "Top customers": "مشتریان برتر", "Best-selling products": "پرفروش‌ترین کالاها",
    "Customer": "مشتری", "Spent": "خرج کرده", "Product": "کالا", "Qty": "تعداد",
    "Sales by category": "فروش بر حسب دسته",
    "What customers told us": "آنچه مشتریان گفتند",
    "detractors' own words, no contact details": "به زبان خود منتقدان، بدون اطلاعات تماس",
    "Date": "تاریخ", "Score": "نمره", "Comment": "نظر",
    "No detractor comments this month.": "این ماه نظری از منتقدان نبود.",
    "Win-back list": "فهرست بازگرداندن",
    "lapsed customers who agreed to hear from us": "مشتریان ریزش‌کرده‌ای که پیام ما را پذیرفته‌اند",
    "Last visit": "آخرین مراجعه", "Visits": "مراجعه‌ها", "Spent in all": "کل خرج",
    "No lapsed customer with consent: no data.": "مشتری ریزش‌کرده با رضایت نیست: داده‌ای نیست.",
    "The first 15; the Segments screen and `counterpart winback` give the whole list.":
        "۱۵ نفر اول؛ فهرست کامل در صفحهٔ گروه‌ها و `counterpart winback`.",
    "Birthdays in {month}": "تولدهای {month}", "{n} customers": "{n} مشتری",
    "No customer has a birthday next month (or no birthdays are known).":
        "ماه آینده تولد هیچ مشتری‌ای نیست (یا تاریخ تولدها معلوم نیست).",
    "…and {n} more.": "…و {n} نفر دیگر.",
    "Data quality": "کیفیت داده‌ها", "the whole book, today": "کل دفتر مشتریان، امروز",
    "No customers yet: no data.": "هنوز مشتری‌ای نیست: داده‌ای نیست.",
    "Customers": "مشتریان", "in the book today": "امروز در دفتر",
    "Marketing consent": "رضایت تبلیغاتی", "{n} agreed": "{n} موافق",
    "Missing phone": "بدون تلفن", "Missing e-mail": "بدون ایمیل",
    "No contact at all": "بدون هیچ راه تماس", "neither phone nor e-mail": "نه تلفن نه ایمیل",
    "Invalid values": "مقادیر نادرست", "{p} phones, {e} e-mails": "{p} تلفن، {e} ایمیل",
    "Likely duplicates": "تکراری‌های احتمالی",
    "{p} shared phones, {e} shared e-mails": "{p} تلفن مشترک، {e} ایمیل مشترک",
    "No data for this month.": "برای این ماه داده‌ای نیست.",
    "No data for this period.": "برای این دوره داده‌ای نیست.",
    "New": "تازه", "Active": "فعال", "At risk": "در خطر", "Lapsed": "ریزش‌کرده",
    "VIP (top 10%)": "ویژه (۱۰٪ برتر)", "A friend": "یک دوست", "Social media": "شبکه‌های اجتماعی",
    "Walked by": "از جلوی مغازه", "Search": "جست‌وجو", "Advert": "آگهی", "Other": "دیگر",
    "Not asked": "پرسیده نشده",
}

WORDS = {"he": HE, "fa": FA}


def words(language: str) -> Callable[..., str]:
    """t("Sales") or t("{n} answers", n=5) in `language`."""
    table = WORDS.get(language, {})

    def t(text: str, **values) -> str:
        said = table.get(text, text)
        return said.format(**values) if values else said

    return t


# The language of the report being built (set around one build, per thread).
current = ContextVar("report_language", default="en")


def t(text: str, **values) -> str:
    """`text` in the language of the report being built."""
    return words(current.get())(text, **values)


def rtl() -> bool:
    return current.get() in RTL
