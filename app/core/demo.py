"""A demo shop full of realistic customers, fast: an Israeli shop whose customers have
Hebrew, Persian and English names, local and foreign phones, some e-mails and birthdays.

Deterministic for a given seed and starting shop. Rows go in through the store's bulk
insert, one write transaction per batch; the search keys are made as the customer book
makes them, so the demo customers are found exactly like typed-in ones.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from app.core import audit, cards
from app.core.customers import CHOICES, HOW_HEARD, search_keys
from app.core.demo_sales import make_demo_sales
from app.store import customers as rows

BATCH = 5000

# "native=latin" pairs; the latin form makes the e-mail address.
_HE_FIRST = (
    "נועה=Noa;מאיה=Maya;תמר=Tamar;יעל=Yael;שירה=Shira;אביגיל=Avigail;רוני=Roni;מיכל=Michal;"
    "הילה=Hila;דנה=Dana;נטע=Neta;עדי=Adi;ליאור=Lior;נוי=Noy;רחל=Rachel;שרה=Sara;אסתר=Esther;"
    "לאה=Leah;חנה=Hana;רבקה=Rivka;אילנה=Ilana;גלית=Galit;אורית=Orit;סיגל=Sigal;ענבל=Inbal;"
    "קרן=Keren;מורן=Moran;יונתן=Yonatan;דוד=David;משה=Moshe;יוסף=Yosef;אברהם=Avraham;"
    "יצחק=Yitzhak;יעקב=Yaakov;איתי=Itai;עומר=Omer;אריאל=Ariel;נועם=Noam;איתן=Eitan;עידו=Ido;"
    "גיא=Guy;אלון=Alon;רון=Ron;אבי=Avi;שלמה=Shlomo;חיים=Haim;דניאל=Daniel;עמית=Amit;"
    "תומר=Tomer;ניר=Nir;אסף=Asaf;ירון=Yaron;אורן=Oren;שי=Shai;רועי=Roy;מתן=Matan"
)
_HE_LAST = (
    "כהן=Cohen;לוי=Levi;מזרחי=Mizrahi;פרץ=Peretz;ביטון=Biton;דהן=Dahan;אברהם=Avraham;"
    "פרידמן=Friedman;אזולאי=Azulay;מלכה=Malka;חדד=Hadad;עמר=Amar;גבאי=Gabay;שפירא=Shapira;"
    "אוחיון=Ohayon;יוסף=Yosef;קליין=Klein;דוד=David;אשכנזי=Ashkenazi;גולן=Golan;ברק=Barak;"
    "שטרן=Stern;רוזנברג=Rosenberg;וייס=Weiss;כץ=Katz;אלון=Alon;בן דוד=Ben David;חזן=Hazan;"
    "סגל=Segal;טל=Tal;שמעוני=Shimoni;נחום=Nahum;בר=Bar;אדלר=Adler;גרינברג=Greenberg;"
    "זילברמן=Zilberman;שלום=Shalom;ששון=Sasson;אלמוג=Almog;לנדאו=Landau;הורוביץ=Horowitz;"
    "גולדשטיין=Goldstein;ברגר=Berger;בן חיים=Ben Haim;נחמיאס=Nahmias"
)
_FA_FIRST = (
    "مریم=Maryam;فاطمه=Fatemeh;زهرا=Zahra;سارا=Sara;نگار=Negar;لیلا=Leila;شیرین=Shirin;"
    "پریسا=Parisa;نازنین=Nazanin;مهسا=Mahsa;آزاده=Azadeh;یاسمن=Yasaman;الهام=Elham;نرگس=Narges;"
    "ستاره=Setareh;رویا=Roya;مینا=Mina;شیوا=Shiva;ترانه=Taraneh;سپیده=Sepideh;محمد=Mohammad;"
    "علی=Ali;حسین=Hossein;رضا=Reza;مهدی=Mehdi;امیر=Amir;داریوش=Dariush;کوروش=Kourosh;"
    "بهرام=Bahram;آرش=Arash;بابک=Babak;فرهاد=Farhad;کامران=Kamran;سیاوش=Siavash;پیمان=Peyman;"
    "نیما=Nima;سعید=Saeed;حمید=Hamid;مجید=Majid;پویا=Pouya;امید=Omid;بهزاد=Behzad"
)
_FA_LAST = (
    "احمدی=Ahmadi;محمدی=Mohammadi;حسینی=Hosseini;رضایی=Rezaei;کریمی=Karimi;موسوی=Mousavi;"
    "جعفری=Jafari;رحیمی=Rahimi;هاشمی=Hashemi;صادقی=Sadeghi;قاسمی=Ghasemi;نوری=Nouri;"
    "عباسی=Abbasi;طاهری=Taheri;کاظمی=Kazemi;مرادی=Moradi;اکبری=Akbari;شریفی=Sharifi;"
    "سلطانی=Soltani;نجفی=Najafi;فرهادی=Farhadi;تهرانی=Tehrani;شیرازی=Shirazi;"
    "اصفهانی=Esfahani;یزدانی=Yazdani;پارسا=Parsa;کیانی=Kiani;بهرامی=Bahrami;افشار=Afshar;"
    "امینی=Amini;ابراهیمی=Ebrahimi;زارعی=Zarei;صالحی=Salehi;یوسفی=Yousefi;حیدری=Heydari;"
    "خسروی=Khosravi;خلیلی=Khalili;مهدوی=Mahdavi;رستمی=Rostami;کرمانی=Kermani;فروتن=Forutan"
)
_EN_FIRST = (
    "Emma;Olivia;Sophie;Charlotte;Amelia;Grace;Lucy;Hannah;Emily;Chloe;Jessica;Sarah;Rebecca;"
    "Laura;Megan;Ella;Isabella;Zoë;Anna;Claire;Renée;James;William;Oliver;Jack;Harry;George;"
    "Thomas;Daniel;Samuel;Joseph;Benjamin;Matthew;Michael;David;Andrew;Ethan;Noah;Lucas;Henry;"
    "Alexander;Ryan;Nathan;José"
)
_EN_LAST = (
    "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Taylor;Anderson;Thomas;Moore;"
    "Martin;Jackson;Thompson;White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;"
    "Scott;Green;Baker;Adams;Hall;Evans;Hughes;Edwards;Wood;Turner;Carter;Parker;Collins;"
    "Stewart;Morris;Cooper;Bennett;Murphy;Cook;O'Brien;García"
)
_HE_STREETS = "הרצל;ביאליק;רוטשילד;אלנבי;דיזנגוף;ז'בוטינסקי;בן יהודה;ויצמן;סוקולוב;הנביאים"
_HE_CITIES = "תל אביב;רמת גן;חולון;בת ים;גבעתיים;הרצליה;רעננה;פתח תקווה;ירושלים;חיפה"
_LATIN_STREETS = "Herzl;Bialik;Rothschild;Allenby;Dizengoff;Jabotinsky;Ben Yehuda;Weizmann"
_LATIN_CITIES = "Tel Aviv;Ramat Gan;Holon;Bat Yam;Givatayim;Herzliya;Ra'anana;Haifa"
_TAGS = "regular;gluten-free;vegan;wholesale;neighbour;events;birthday-club;staff-family"
_NOTES = (
    "Prefers oat milk.;Allergic to nuts.;Ask about the new catalogue.;Pays by bank transfer.;"
    "מעדיפה חלב שקדים.;מגיע כל יום שישי בבוקר.;ترجیح می‌دهد با پیامک خبر بگیرد."
)
_DOMAINS = (
    ("gmail.com", 45), ("walla.co.il", 12), ("hotmail.com", 10), ("yahoo.com", 8),
    ("outlook.com", 8), ("icloud.com", 6), ("bezeqint.net", 6), ("netvision.net.il", 5),
)
_HOW_HEARD_WEIGHTS = {"friend": 35, "walked_by": 25, "social_media": 20, "search": 10,
                      "advert": 6, "other": 4}
# Israeli mobile prefixes and the next digits libphonenumber accepts for them.
_IL_MOBILE = (("50", "23456789"), ("52", "23456789"), ("53", "0123456789"),
              ("54", "23456789"), ("58", "34567"))
_IR_MOBILE = ("912", "913", "915", "917", "919", "935", "936", "937", "939", "901", "990")
_US_AREAS = ("212", "310", "415", "617", "718", "917", "646", "305", "312", "202")


def _pairs(data: str) -> list[tuple[str, str]]:
    out = []
    for item in data.split(";"):
        native, _, latin = item.partition("=")
        out.append((native, latin or native))
    return out


NAMES = {  # origin -> (first names, last names) as (native, latin) pairs
    "he": (_pairs(_HE_FIRST), _pairs(_HE_LAST)),
    "fa": (_pairs(_FA_FIRST), _pairs(_FA_LAST)),
    "en": (_pairs(_EN_FIRST), _pairs(_EN_LAST)),
}


class _Maker:
    """Draws one customer after another from a seeded generator."""

    def __init__(self, rng: random.Random, staff: dict, months: int, total: int):
        self.rng = rng
        self.staff = staff
        self.phones: set[str] = set()
        self.emails: set[str] = set()
        self.cards: set[str] = set()
        now = audit.now().replace(microsecond=0)
        span = timedelta(days=max(1, round(months * 30.44)))
        start = now - span
        days = span.days
        # Created times spread over the period, in shop hours, oldest first (ids follow time).
        times = []
        for _ in range(total):
            day = start + timedelta(days=rng.randrange(days))
            moment = day.replace(hour=6, minute=0, second=0) + timedelta(
                seconds=rng.randrange(12 * 3600))
            times.append(min(moment, now))
        self.times = sorted(times)
        self.import_until = start + span / 5  # the oldest fifth came from the old system
        self.streets = {"he": (_HE_STREETS.split(";"), _HE_CITIES.split(";")),
                        "latin": (_LATIN_STREETS.split(";"), _LATIN_CITIES.split(";"))}
        self.domains = [d for d, _ in _DOMAINS]
        self.domain_weights = [w for _, w in _DOMAINS]
        self.heard = list(_HOW_HEARD_WEIGHTS)
        self.heard_weights = list(_HOW_HEARD_WEIGHTS.values())
        assert set(self.heard) <= set(HOW_HEARD)

    def row(self, index: int) -> dict:
        rng = self.rng
        origin = rng.choices(("he", "fa", "en"), (62, 22, 16))[0]
        firsts, lasts = NAMES[origin]
        (first, first_latin), (last, last_latin) = rng.choice(firsts), rng.choice(lasts)
        if origin != "en" and rng.random() < 0.08:  # typed in Latin letters at the counter
            first, last = first_latin, last_latin
        if rng.random() < 0.04:
            last, last_latin = "", ""
        phone = self.phone(origin) if rng.random() < 0.93 else None
        email = self.email(first_latin, last_latin) if not phone or rng.random() < 0.58 else None
        created_at = self.times[index]
        channel, workstation, by = self.provenance(created_at)
        consent = rng.random() < 0.55
        values = {
            "first_name": first, "last_name": last, "phone": phone, "email": email,
            "address": self.address(origin) if rng.random() < 0.22 else "",
            "birthday": self.birthday() if rng.random() < 0.5 else None,
            "how_heard": rng.choices(self.heard, self.heard_weights)[0]
            if rng.random() < 0.65 else "",
            "notes": rng.choice(_NOTES.split(";")) if rng.random() < 0.03 else "",
            "tags": ",".join(sorted(set(rng.choices(_TAGS.split(";"), k=rng.randint(1, 2)))))
            if rng.random() < 0.08 else "",
            "marketing_consent": consent,
            "consent_at": created_at if consent else None,
            "consent_channel": channel if consent else None,
            "consent_by": by if consent else None,
            "card_number": self.card(),
            "created_at": created_at, "created_by": by, "created_workstation": workstation,
            "created_channel": channel,
            "updated_at": None, "updated_by": None, "updated_workstation": None,
            "updated_channel": None,
        }
        regular = rng.random() < 0.1
        for name in ("income_range", "children", "education", "occupation"):
            values[name] = rng.choice(CHOICES[name]) if regular and rng.random() < 0.7 else ""
        values.update(search_keys(values))
        return values

    def phone(self, origin: str) -> str:
        rng = self.rng
        while True:
            abroad = {"he": 0.01, "fa": 0.35, "en": 0.4}[origin]
            if rng.random() >= abroad:
                prefix, next_digits = rng.choice(_IL_MOBILE)
                number = f"+972{prefix}{rng.choice(next_digits)}{rng.randrange(10**6):06d}"
            elif origin == "fa":
                number = f"+98{rng.choice(_IR_MOBILE)}{rng.randrange(10**7):07d}"
            elif rng.random() < 0.5:
                number = f"+447{rng.choice('458')}{rng.randrange(10**8):08d}"
            else:
                number = f"+1{rng.choice(_US_AREAS)}{rng.randint(2, 9)}{rng.randrange(10**6):06d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def email(self, first: str, last: str) -> str:
        rng = self.rng
        first = "".join(ch for ch in _ascii(first).lower() if ch.isalnum())
        last = "".join(ch for ch in _ascii(last).lower() if ch.isalnum())
        pattern = rng.randrange(6) if last else 5
        local = (f"{first}.{last}", f"{first}{last}", f"{first}_{last}", f"{first[0]}.{last}",
                 f"{last}.{first}", f"{first}{rng.randint(1, 99)}")[pattern]
        domain = rng.choices(self.domains, self.domain_weights)[0]
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += rng.randint(1, 9)
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def address(self, origin: str) -> str:
        streets, cities = self.streets["he" if origin == "he" else "latin"]
        rng = self.rng
        return f"{rng.choice(streets)} {rng.randint(1, 120)}, {rng.choice(cities)}"

    def birthday(self) -> date:
        rng = self.rng
        age = min(90, max(16, int(rng.gauss(42, 15))))
        today = date.today()
        return date(today.year - age, 1, 1) + timedelta(days=rng.randrange(365))

    def provenance(self, created_at: datetime) -> tuple[str, str, int | None]:
        rng = self.rng
        if created_at < self.import_until:
            return "import", "counter-1", self.staff["manager"]
        who = self.staff["cashier"] if rng.random() < 0.7 else self.staff["manager"]
        return "counter", rng.choice(("counter-1", "counter-1", "counter-2")), who

    def card(self) -> str:
        while True:
            body = cards.PREFIX + f"{self.rng.randrange(10**9):09d}"
            number = body + cards.luhn_digit(body)
            if number not in self.cards:
                self.cards.add(number)
                return number


def _ascii(text: str) -> str:
    import unicodedata  # noqa: PLC0415

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def make_demo(
    shop, customers: int, months: int, seed: int,
    progress: Callable[[int, int], None] | None = None, sales: bool = False,
) -> int:
    """Add `customers` realistic customers made over the last `months` months, and with
    `sales` their purchase history. Returns how many customers were added.
    `progress(done, total)` is called after each batch."""
    members = shop.staff_list()
    by_role = {m.role: m.id for m in reversed(members)}
    any_id = members[0].id if members else None
    staff = {"manager": by_role.get("manager", any_id),
             "cashier": by_role.get("cashier", by_role.get("manager", any_id))}
    with shop.read() as session:
        existing = rows.count(session)
        first_new = rows.max_id(session)
    # A shop that already has customers gets different ones, still reproducibly.
    rng = random.Random(seed if not existing else f"{seed}/{existing}")
    maker = _Maker(rng, staff, months, customers)
    done = 0
    while done < customers:
        batch = [maker.row(i) for i in range(done, min(customers, done + BATCH))]
        with shop.write() as session:
            if existing:
                _replace_taken_cards(session, batch, maker)
            rows.bulk_add(session, batch)
            done += len(batch)
            if done >= customers:
                audit.record(session, shop.actor, "import", "customer", None,
                             f"demo customers={customers}")
        if progress:
            progress(done, customers)
    if sales:
        with shop.read() as session:
            added = rows.registered_since(session, first_new)
        make_demo_sales(shop, added, seed, progress)
    return done


def _replace_taken_cards(session, batch: list[dict], maker: _Maker) -> None:
    """Cards already held by the shop's own customers get a fresh number."""
    while taken := rows.cards_in_use(session, [r["card_number"] for r in batch]):
        for r in batch:
            if r["card_number"] in taken:
                r["card_number"] = maker.card()
