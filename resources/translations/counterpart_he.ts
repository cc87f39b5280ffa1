<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust balance</source>
        <translation>תיקון יתרה</translation>
    </message>
    <message>
        <source>{program}: {held} on the card now. The change and its reason go into the loyalty history with your name.</source>
        <translation>⁨{program}⁩: כרגע ⁨{held}⁩ בכרטיס. השינוי והסיבה שלו נרשמים בהיסטוריית המועדון עם השם שלך.</translation>
    </message>
    <message>
        <source>e.g. 2 to add, -2 to take off</source>
        <translation>למשל 2 להוספה, ‎-2 להורדה</translation>
    </message>
    <message>
        <source>e.g. card forgotten on 3 May</source>
        <translation>למשל שכח את הכרטיס ב־3 במאי</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;שינוי</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;סיבה</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Adjust (Enter)</source>
        <translation>תיקון (Enter)</translation>
    </message>
    <message>
        <source>Type a whole number: 2 adds two, -2 takes two off.</source>
        <translation>הקלידו מספר שלם: 2 מוסיף שניים, ‎-2 מוריד שניים.</translation>
    </message>
</context>
<context>
    <name>AlertWatch</name>
    <message>
        <source>{n} new alert(s) from a survey — open Alerts</source>
        <translation>⁨{n}⁩ התראות חדשות מסקר — פתחו את ההתראות</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>Alerts</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>Show resolved too</source>
        <translation>להציג גם התראות שטופלו</translation>
    </message>
    <message>
        <source>A detractor score, a low rating or a worrying word in a survey answer raises an alert here at once. Acknowledge it, follow up, then resolve it with a note of what was done. Click a customer&apos;s name to open their profile.</source>
        <translation>ציון של מלעיז, דירוג נמוך או מילה מדאיגה בתשובה לסקר יוצרים כאן התראה מיד. אשרו שראיתם, טפלו, ואז סגרו אותה עם הערה על מה שנעשה. לחיצה על שם לקוח פותחת את הכרטיס שלו.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>מה נאמר</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>טופל על ידי</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>אישור קריאה (Ctrl+K)</translation>
    </message>
    <message>
        <source>Resolve… (Ctrl+Enter)</source>
        <translation>סגירת טיפול… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>פתיחת לקוח</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>אנונימי</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>קיוסק</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>אין התראות פתוחות.</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>אין עדיין התראות.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>סומן כנקרא.</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>לקוח: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>טופל.</translation>
    </message>
</context>
<context>
    <name>AnswersCard</name>
    <message>
        <source>Survey answers</source>
        <translation>תשובות לסקרים</translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation>אין עדיין תשובות לסקרים.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>סקר</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>תשובה</translation>
    </message>
    <message>
        <source>{when}, {where}</source>
        <translation>⁨{when}⁩, ⁨{where}⁩</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (חלקי)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>acknowledge</source>
        <translation>סומן כנראה</translation>
    </message>
    <message>
        <source>adjust</source>
        <translation>תיקון יתרה</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>גיבוי</translation>
    </message>
    <message>
        <source>create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>login</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>login_failed</source>
        <translation>כניסה נכשלה</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>מיזוג</translation>
    </message>
    <message>
        <source>merged_into</source>
        <translation>מוזג ללקוח אחר</translation>
    </message>
    <message>
        <source>print_card</source>
        <translation>הדפסת כרטיס</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>מימוש הטבה</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>החזר</translation>
    </message>
    <message>
        <source>rekey</source>
        <translation>החלפת ביטוי סיסמה</translation>
    </message>
    <message>
        <source>replace_card</source>
        <translation>החלפת כרטיס</translation>
    </message>
    <message>
        <source>reset_pin</source>
        <translation>איפוס קוד</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>טיפול</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>ביטול מיזוג</translation>
    </message>
    <message>
        <source>update</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>view</source>
        <translation>צפייה</translation>
    </message>
    <message>
        <source>void</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>התראה</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>יומן פעולות</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>privacy_policy</source>
        <translation>מדיניות פרטיות</translation>
    </message>
    <message>
        <source>program</source>
        <translation>תוכנית מועדון</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <source>report</source>
        <translation>דוח</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>חנות</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>סקר</translation>
    </message>
    <message>
        <source>survey_response</source>
        <translation>תשובה לסקר</translation>
    </message>
    <message>
        <source>winback</source>
        <translation>רשימת החזרה</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>(command line)</source>
        <translation>(שורת הפקודה)</translation>
    </message>
    <message>
        <source>(kiosk)</source>
        <translation>(קיוסק)</translation>
    </message>
    <message>
        <source>(import)</source>
        <translation>(ייבוא)</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(אף אחד לא מחובר)</translation>
    </message>
    <message>
        <source>Entry {id}, through the {channel}</source>
        <translation>רשומה ⁨{id}⁩, דרך ⁨{channel}⁩</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>יומן פעולות</translation>
    </message>
    <message>
        <source>Every change, view of a profile, sign-in, export and backup, newest first. Entries name fields, never what was typed in them.</source>
        <translation>כל שינוי, צפייה בכרטיס לקוח, כניסה, ייצוא וגיבוי, החדשים ראשונים. הרשומות מציינות שדות, אף פעם לא את מה שהוקלד בהם.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ניקוי מסננים</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>ייצוא ל־CSV…</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;מי</translation>
    </message>
    <message>
        <source>Acti&amp;on</source>
        <translation>&amp;פעולה</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;רשומה</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;מתאריך</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;עד תאריך</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>כל יום</translation>
    </message>
    <message>
        <source>Only a manager can read the audit log.</source>
        <translation>רק מנהל יכול לקרוא את יומן הפעולות.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>No one (command line, kiosk)</source>
        <translation>אף אחד (שורת הפקודה, קיוסק)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>אין רשומות מתאימות.</translation>
    </message>
    <message>
        <source>{n} entries shown; scroll for more.</source>
        <translation>מוצגות ⁨{n}⁩ רשומות; גללו לעוד.</translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation>⁨{n}⁩ רשומות.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>ייצוא יומן הפעולות</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצאים…</translation>
    </message>
    <message>
        <source>Exported {n} entries to {path}.</source>
        <translation>⁨{n}⁩ רשומות יוצאו אל ⁨{path}⁩.</translation>
    </message>
</context>
<context>
    <name>BackupsScreen</name>
    <message>
        <source>Backups</source>
        <translation>גיבויים</translation>
    </message>
    <message>
        <source>Encrypted copies of the whole shop, made every day, when the app closes and when you ask; each one is checked after it is made. Kept: one a day for 7 days, one a week for 4 weeks, one a month for 12 months. A backup opens with the passphrase the shop had when it was made.</source>
        <translation>עותקים מוצפנים של כל החנות, שנעשים כל יום, כשהתוכנה נסגרת וכשמבקשים; כל אחד נבדק אחרי שנעשה. נשמרים: אחד ליום במשך 7 ימים, אחד לשבוע במשך 4 שבועות, אחד לחודש במשך 12 חודשים. גיבוי נפתח עם סיסמת ההצפנה שהייתה לחנות כשהוא נעשה.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>בחירת תיקייה…</translation>
    </message>
    <message>
        <source>Use the shop folder</source>
        <translation>להשתמש בתיקיית החנות</translation>
    </message>
    <message>
        <source>Back up now (Ctrl+B)</source>
        <translation>גיבוי עכשיו (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;בדיקה</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;שחזור…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>שינוי &amp;סיסמת ההצפנה…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>נעשה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>נבדק</translation>
    </message>
    <message>
        <source>Only a manager can back up, restore or change the passphrase.</source>
        <translation>רק מנהל יכול לגבות, לשחזר או לשנות את סיסמת ההצפנה.</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>תיקיית הגיבויים: ⁨{folder}⁩</translation>
    </message>
    <message>
        <source>Backup folder: {folder} (in the shop folder; choose a USB stick or another disk to keep copies away from this computer)</source>
        <translation>תיקיית הגיבויים: ⁨{folder}⁩ (בתוך תיקיית החנות; בחרו דיסק־און־קי או דיסק אחר כדי לשמור עותקים הרחק מהמחשב הזה)</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>ידני</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>יומי</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>בסגירה</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>לפני שחזור</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>סיסמת הצפנה חדשה</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>לפני עדכון</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>נבדק ותקין</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>עוד לא נבדק</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made today, or press Back up now.</source>
        <translation>אין עדיין גיבויים. הראשון ייעשה היום, או הקישו על גיבוי עכשיו.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>מגבים…</translation>
    </message>
    <message>
        <source>Backing up the shop…</source>
        <translation>מגבים את החנות…</translation>
    </message>
    <message>
        <source>Backed up and verified: {name}.</source>
        <translation>גובה ונבדק: ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>בודקים את ⁨{name}⁩…</translation>
    </message>
    <message>
        <source>{name} is sound.</source>
        <translation>⁨{name}⁩ תקין.</translation>
    </message>
    <message>
        <source>{name} failed its check: {problem}</source>
        <translation>⁨{name}⁩ לא עבר את הבדיקה: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>לשחזר את הגיבוי הזה?</translation>
    </message>
    <message>
        <source>Put back the shop as it was on {when}? Everything recorded since is replaced. The shop as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>להחזיר את החנות למצבה ב־⁨{when}⁩? כל מה שנרשם מאז יוחלף. החנות במצבה הנוכחי מגובה קודם, כך שאפשר לבטל זאת בשחזור הגיבוי הזה.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>משחזרים…</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>סיסמת ההצפנה של הגיבוי</translation>
    </message>
    <message>
        <source>This backup was made under another passphrase. Type the passphrase it was made with:</source>
        <translation>הגיבוי הזה נעשה עם סיסמת הצפנה אחרת. הקלידו את סיסמת ההצפנה שאיתה נעשה:</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. The shop as it was before is in {name}.</source>
        <translation>הגיבוי מ־⁨{when}⁩ שוחזר. החנות כפי שהייתה לפני כן נמצאת ב־⁨{name}⁩.</translation>
    </message>
    <message>
        <source>The passphrase is changed: the shop opens only with the new one.</source>
        <translation>סיסמת ההצפנה שונתה: החנות נפתחת רק עם החדשה.</translation>
    </message>
    <message>
        <source>{n} older backup(s) still open only with the OLD passphrase. Keep it as long as you keep them.</source>
        <translation>⁨{n}⁩ גיבויים ישנים עדיין נפתחים רק עם סיסמת ההצפנה הישנה. שמרו אותה כל עוד אתם שומרים אותם.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>בחירת תיקיית הגיבויים</translation>
    </message>
    <message>
        <source>Backups now go to {folder}.</source>
        <translation>הגיבויים נשמרים מעכשיו ב־⁨{folder}⁩.</translation>
    </message>
</context>
<context>
    <name>BalancesCard</name>
    <message>
        <source>Loyalty</source>
        <translation>מועדון לקוחות</translation>
    </message>
    <message>
        <source>No loyalty programs yet.</source>
        <translation>אין עדיין תוכניות מועדון.</translation>
    </message>
    <message>
        <source>{held} · {standing}</source>
        <translation>⁨{held}⁩ · ⁨{standing}⁩</translation>
    </message>
    <message>
        <source>Redeem… (Ctrl+R)</source>
        <translation>מימוש… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>מימוש…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>תיקון…</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>קופה</translation>
    </message>
    <message>
        <source>Scan the card · type the total · Enter</source>
        <translation>סרקו את הכרטיס · הקלידו את הסכום · Enter</translation>
    </message>
    <message>
        <source>Record {amount}   (Enter)</source>
        <translation>רישום ⁨{amount}⁩   (Enter)</translation>
    </message>
    <message>
        <source>Record   (Enter)</source>
        <translation>רישום   (Enter)</translation>
    </message>
    <message>
        <source>Scan the card or pick the customer first, or press F6 for a sale without a customer.</source>
        <translation>קודם סרקו את הכרטיס או בחרו לקוח, או הקישו F6 למכירה בלי לקוח.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>בחרו את כל מה שמתאים.</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD (שנה-חודש-יום)</translation>
    </message>
    <message>
        <source>Any format, e.g. 052-555-1234</source>
        <translation>בכל צורה, למשל 052-555-1234</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vegan, wholesale</source>
        <translation>מופרדות בפסיקים, למשל טבעוני, סיטונאי</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— לא נשאל —</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news (marketing consent)</source>
        <translation>מסכים/ה לקבל מבצעים ועדכונים (הסכמה לדיוור)</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>פרטים נוספים</translation>
    </message>
    <message>
        <source>Trusted regular (optional)</source>
        <translation>לקוח קבוע ומוכר (רשות)</translation>
    </message>
    <message>
        <source>Only for regulars happy to tell. Ranges and choices, never exact figures.</source>
        <translation>רק ללקוחות קבועים שמוכנים לספר. טווחים ובחירות, אף פעם לא מספרים מדויקים.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Edit customer</source>
        <translation>עריכת לקוח</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>לקוח חדש</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>עריכת ⁨{name}⁩</translation>
    </message>
    <message>
        <source>A name and a phone number or e-mail are enough; the rest can wait for a later visit.</source>
        <translation>מספיקים שם ומספר טלפון או דוא״ל; השאר יכול לחכות לביקור הבא.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>שמירה (Enter)</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>רישום (Enter)</translation>
    </message>
    <message>
        <source>Maybe already registered:</source>
        <translation>אולי כבר רשום/ה:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>לשמור בכל זאת</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>לרשום בכל זאת</translation>
    </message>
    <message>
        <source>Discard?</source>
        <translation>לבטל?</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>לסגור את הטופס ולאבד את מה שהוקלד?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>לא לשמור</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>להמשיך להקליד</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>25,000 – 50,000 a year</source>
        <translation>25,000 – 50,000 בשנה</translation>
    </message>
    <message>
        <source>50,000 – 100,000 a year</source>
        <translation>50,000 – 100,000 בשנה</translation>
    </message>
    <message>
        <source>A friend told them</source>
        <translation>חבר/ה סיפר/ה</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>An advert</source>
        <translation>פרסומת</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>תואר ראשון</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>שונה</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>השכלה</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>שכיר/ה</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation>עקר/ת בית</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>הכנסת משק הבית</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>איך שמעו עלינו</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <source>Master&apos;s or higher</source>
        <translation>תואר שני ומעלה</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>איחוד</translation>
    </message>
    <message>
        <source>None</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>עיסוק</translation>
    </message>
    <message>
        <source>One</source>
        <translation>אחד</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>Over 100,000 a year</source>
        <translation>יותר מ־100,000 בשנה</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>נרשם</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>פנסיונר/ית</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>תיכון</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>עצמאי/ת</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>רשתות חברתיות</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>סטודנט/ית</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Three or more</source>
        <translation>שלושה או יותר</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>שניים</translation>
    </message>
    <message>
        <source>Under 25,000 a year</source>
        <translation>פחות מ־25,000 בשנה</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>צפייה</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>הכשרה מקצועית</translation>
    </message>
    <message>
        <source>Walked by the shop</source>
        <translation>עבר/ה ליד החנות</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>חיפוש ברשת</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>בקופה</translation>
    </message>
    <message>
        <source>by import</source>
        <translation>בייבוא</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>משורת הפקודה</translation>
    </message>
    <message>
        <source>on the kiosk</source>
        <translation>בקיוסק</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Scan the card, or type a phone or name</source>
        <translation>סרקו את הכרטיס, או הקלידו טלפון או שם</translation>
    </message>
    <message>
        <source>Anonymous (F6)</source>
        <translation>אנונימי (F6)</translation>
    </message>
    <message>
        <source>✕  Change (Esc)</source>
        <translation>✕  החלפה (Esc)</translation>
    </message>
    <message>
        <source>Nobody found for “{query}”. Register them on the Customers screen, or press F6 to sell without a customer.</source>
        <translation>לא נמצא אף אחד עבור „⁨{query}⁩”. רשמו אותו במסך הלקוחות, או הקישו F6 למכירה בלי לקוח.</translation>
    </message>
    <message>
        <source>No customer has card {code}.</source>
        <translation>לאף לקוח אין את הכרטיס ⁨{code}⁩.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>אנונימי</translation>
    </message>
    <message>
        <source>no customer for this sale</source>
        <translation>מכירה בלי לקוח</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>ביקור אחד</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>⁨{count}⁩ ביקורים</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Phone, name, e-mail or card — or scan</source>
        <translation>טלפון, שם, דוא״ל או כרטיס — או סריקה</translation>
    </message>
    <message>
        <source>New customer (F2)</source>
        <translation>לקוח חדש (F2)</translation>
    </message>
    <message>
        <source>Register a new customer (F2)</source>
        <translation>רישום לקוח חדש (F2)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Nobody found for “{query}”. New here?</source>
        <translation>לא נמצא אף אחד עבור „⁨{query}⁩”. לקוח חדש?</translation>
    </message>
    <message>
        <source>Newest customers first. Type to search, or scan a card.</source>
        <translation>הלקוחות החדשים ראשונים. הקלידו כדי לחפש, או סרקו כרטיס.</translation>
    </message>
    <message>
        <source>More than {count} found: scroll for more, or type more.</source>
        <translation>נמצאו יותר מ־⁨{count}⁩: גללו לעוד, או הקלידו עוד.</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>נמצאו ⁨{count}⁩</translation>
    </message>
    <message>
        <source>No customer has card {code}.</source>
        <translation>לאף לקוח אין את הכרטיס ⁨{code}⁩.</translation>
    </message>
</context>
<context>
    <name>DamagedShopDialog</name>
    <message>
        <source>The shop file is damaged</source>
        <translation>קובץ החנות פגום</translation>
    </message>
    <message>
        <source>Counterpart checks the shop file every time it opens, and this time part of it could not be read back as it was written (a failing disk, a power cut while saving, or a copy that went wrong). Nothing has been changed.</source>
        <translation>Counterpart בודקת את קובץ החנות בכל פתיחה, והפעם חלק ממנו לא נקרא כפי שנכתב (דיסק שכושל, הפסקת חשמל בזמן שמירה, או העתקה שהשתבשה). שום דבר לא שונה.</translation>
    </message>
    <message>
        <source>What the check found: {problem}</source>
        <translation>מה הבדיקה מצאה: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>The latest good backup is from {when} ({name}, {size}). Restoring it brings the shop back as it was then: anything recorded after it is lost. The damaged file is kept in the backups folder.</source>
        <translation>הגיבוי התקין האחרון הוא מ־⁨{when}⁩ (⁨{name}⁩, ⁨{size}⁩). שחזור שלו מחזיר את החנות למצבה אז: כל מה שנרשם אחריו אובד. הקובץ הפגום נשמר בתיקיית הגיבויים.</translation>
    </message>
    <message>
        <source>No backup in the shop&apos;s backup folders opens with this passphrase. If you have one elsewhere (e.g. on a USB stick), choose it below.</source>
        <translation>אף גיבוי בתיקיות הגיבוי של החנות לא נפתח עם סיסמת ההצפנה הזו. אם יש לכם גיבוי במקום אחר (למשל בדיסק־און־קי), בחרו אותו למטה.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;שחזור הגיבוי הזה</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;בחירת גיבוי אחר…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>בחירת גיבוי</translation>
    </message>
    <message>
        <source>Counterpart backups (*.db)</source>
        <translation>גיבויי Counterpart ‏(*.db)</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>לשחזר את הגיבוי?</translation>
    </message>
    <message>
        <source>Replace the damaged shop file with {name}? Anything recorded after that backup is lost. The damaged file is kept in the backups folder.</source>
        <translation>להחליף את קובץ החנות הפגום ב־⁨{name}⁩? כל מה שנרשם אחרי הגיבוי הזה אובד. הקובץ הפגום נשמר בתיקיית הגיבויים.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>לוח בקרה</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>החודש</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>החודש שעבר</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 הימים האחרונים</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>מ… עד…</translation>
    </message>
    <message>
        <source>Charts for</source>
        <translation>גרפים עבור</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>רכישות</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>סל ממוצע</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>מזוהים</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>לקוחות חדשים</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Today, against yesterday</source>
        <translation>היום, לעומת אתמול</translation>
    </message>
    <message>
        <source>This month so far, against the same days last month</source>
        <translation>החודש עד עכשיו, לעומת אותם ימים בחודש שעבר</translation>
    </message>
    <message>
        <source>Sales per day</source>
        <translation>מכירות ליום</translation>
    </message>
    <message>
        <source>Customers by segment (today)</source>
        <translation>לקוחות לפי פלח (היום)</translation>
    </message>
    <message>
        <source>How new customers heard about us</source>
        <translation>איך לקוחות חדשים שמעו עלינו</translation>
    </message>
    <message>
        <source>Loyalty issued and redeemed</source>
        <translation>הטבות מועדון שניתנו ומומשו</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ניתנו</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>מומשו</translation>
    </message>
    <message>
        <source>NPS over 12 months</source>
        <translation>NPS לאורך 12 חודשים</translation>
    </message>
    <message>
        <source>Only a manager can see the shop&apos;s figures.</source>
        <translation>רק מנהל יכול לראות את נתוני החנות.</translation>
    </message>
    <message>
        <source>Sales per day, {first} – {last} ({currency})</source>
        <translation>מכירות ליום, ⁨{first}⁩ – ⁨{last}⁩ (⁨{currency}⁩)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדשים</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>לא פעילים</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>עודכן ב־⁨{time}⁩</translation>
    </message>
    <message>
        <source>answers: {n}</source>
        <translation>תשובות: ⁨{n}⁩</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Open that customer instead</source>
        <translation>לפתוח את הלקוח הזה במקום</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>אותו טלפון</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>אותו דוא״ל</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>שם דומה</translation>
    </message>
    <message>
        <source>{who} ({reason})</source>
        <translation>⁨{who}⁩ (⁨{reason}⁩)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>(no name)</source>
        <translation>(בלי שם)</translation>
    </message>
    <message>
        <source>Customer {id}, card {card}</source>
        <translation>לקוח ⁨{id}⁩, כרטיס ⁨{card}⁩</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>להשאיר</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>כפילות אפשרית</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>{n} visit(s)</source>
        <translation>⁨{n}⁩ ביקורים</translation>
    </message>
</context>
<context>
    <name>DuplicatesScreen</name>
    <message>
        <source>Duplicates</source>
        <translation>כפילויות</translation>
    </message>
    <message>
        <source>&amp;Find duplicates</source>
        <translation>&amp;חיפוש כפילויות</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Customers who may be one person: the same phone or e-mail, a similar name, the same birthday. Open a pair to merge it into one customer; a merge can be undone below.</source>
        <translation>לקוחות שאולי הם אדם אחד: אותו טלפון או דוא״ל, שם דומה, אותו יום הולדת. פתחו זוג כדי לאחד אותו ללקוח אחד; אפשר לבטל איחוד למטה.</translation>
    </message>
    <message>
        <source>&amp;Open pair…</source>
        <translation>&amp;פתיחת הזוג…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>איחודים אחרונים</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>נשאר</translation>
    </message>
    <message>
        <source>Merged into them</source>
        <translation>אוחד לתוכו</translation>
    </message>
    <message>
        <source>By</source>
        <translation>על ידי</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>U&amp;ndo this merge</source>
        <translation>&amp;ביטול האיחוד הזה</translation>
    </message>
    <message>
        <source>Press Find duplicates to look through the customer book.</source>
        <translation>הקישו על חיפוש כפילויות כדי לעבור על ספר הלקוחות.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>מחפשים כפילויות…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>עוצרים…</translation>
    </message>
    <message>
        <source>Stopped before the end; the list is as it was.</source>
        <translation>נעצר לפני הסוף; הרשימה נשארה כמו שהייתה.</translation>
    </message>
    <message>
        <source>No likely duplicates among {n} customers.</source>
        <translation>אין כפילויות סבירות בין ⁨{n}⁩ לקוחות.</translation>
    </message>
    <message>
        <source>The {n} likeliest of {found} pairs, best first.</source>
        <translation>⁨{n}⁩ הזוגות הסבירים ביותר מתוך ⁨{found}⁩, הטובים ראשונים.</translation>
    </message>
    <message>
        <source>{n} likely pair(s) among {customers} customers, best first.</source>
        <translation>⁨{n}⁩ זוגות סבירים בין ⁨{customers}⁩ לקוחות, הטובים ראשונים.</translation>
    </message>
    <message>
        <source>Merged customer {dup} into customer {keep}; moved {what}.</source>
        <translation>לקוח ⁨{dup}⁩ אוחד לתוך לקוח ⁨{keep}⁩; הועברו ⁨{what}⁩.</translation>
    </message>
    <message>
        <source>Undone: customers {keep} and {dup} are two again.</source>
        <translation>בוטל: לקוחות ⁨{keep}⁩ ו־⁨{dup}⁩ שוב שניים נפרדים.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase a customer</source>
        <translation>מחיקת לקוח</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>למחוק את ⁨{name}⁩ לצמיתות?</translation>
    </message>
    <message>
        <source>&lt;b&gt;What goes:&lt;/b&gt; their name, phone, e-mail, address, birthday, notes, tags and what they told us about themselves; their loyalty card number; what they wrote in surveys; their name in alerts; their entries in search. This can&apos;t be undone, and the shop file keeps no trace of it (backups made before now keep it until they are rotated out).</source>
        <translation>&lt;b&gt;מה נמחק:&lt;/b&gt; השם, הטלפון, הדוא״ל, הכתובת, יום ההולדת, ההערות, התגיות ומה שסיפרו לנו על עצמם; מספר כרטיס המועדון; מה שכתבו בסקרים; השם בהתראות; הרשומות בחיפוש. אי אפשר לבטל את זה, וקובץ החנות לא שומר מזה שום עקבות (גיבויים שנעשו לפני כן שומרים את זה עד שהם מתחלפים).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What stays, without a name:&lt;/b&gt; their purchases and totals, their loyalty points or punches, and their survey scores, so the shop&apos;s reports stay right. The audit log notes who erased customer {id}, and when.</source>
        <translation>&lt;b&gt;מה נשאר, בלי שם:&lt;/b&gt; הרכישות והסכומים, הנקודות או הניקובים במועדון, והציונים בסקרים, כדי שהדוחות של החנות יישארו נכונים. יומן הפעולות רושם מי מחק את לקוח ⁨{id}⁩, ומתי.</translation>
    </message>
    <message>
        <source>The customer asked</source>
        <translation>הלקוח ביקש</translation>
    </message>
    <message>
        <source>Inactive too long</source>
        <translation>לא פעיל זמן רב מדי</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>סיבה אחרת</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>Type their first name, {name}, to confirm</source>
        <translation>הקלידו את השם הפרטי, ⁨{name}⁩, כדי לאשר</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>יציאה מהקיוסק</translation>
    </message>
    <message>
        <source>Staff only: a manager&apos;s name and PIN close the kiosk.</source>
        <translation>לצוות בלבד: שם וקוד של מנהל סוגרים את הקיוסק.</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>שם המנהל</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name and PIN.</source>
        <translation>הקלידו את שם המנהל ואת הקוד.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a CSV file</source>
        <translation>ייצוא לקובץ CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>כל הלקוחות</translation>
    </message>
    <message>
        <source>Customers who agreed to marketing (a mailing list)</source>
        <translation>לקוחות שהסכימו לדיוור (רשימת תפוצה)</translation>
    </message>
    <message>
        <source>Purchases (one row per line)</source>
        <translation>רכישות (שורה לכל פריט)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ייצוא אל</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצאים…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>בוטל: שום קובץ לא נכתב.</translation>
    </message>
    <message>
        <source>{n} rows exported to {file}.</source>
        <translation>⁨{n}⁩ שורות יוצאו אל ⁨{file}⁩.</translation>
    </message>
</context>
<context>
    <name>FiguresCard</name>
    <message>
        <source>Figures</source>
        <translation>נתונים</translation>
    </message>
    <message>
        <source>Top 10% by spend over the last 12 months</source>
        <translation>בין 10% המוציאים הגדולים ב־12 החודשים האחרונים</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>לא זמין</translation>
    </message>
    <message>
        <source>Customers who bought {x} also bought: {y}</source>
        <translation>לקוחות שקנו ⁨{x}⁩ קנו גם: ⁨{y}⁩</translation>
    </message>
    <message>
        <source>Customers who buy what they buy also bought: {y}</source>
        <translation>לקוחות שקונים את מה שהם קונים קנו גם: ⁨{y}⁩</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>סך הרכישות</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>סל ממוצע</translation>
    </message>
    <message>
        <source>Usual interval</source>
        <translation>מרווח רגיל</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>ביקור ראשון</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>ביקור אחרון</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>קטגוריות מועדפות</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>הצעות</translation>
    </message>
    <message>
        <source>about every day</source>
        <translation>בערך כל יום</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>כל ⁨{n}⁩ ימים</translation>
    </message>
    <message>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>לפני ⁨{n}⁩ ימים</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>בחירת הקובץ</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet or another shop system. The first line names the columns.</source>
        <translation>קובץ CSV שיוצא מגיליון אלקטרוני או ממערכת חנות אחרת. השורה הראשונה נותנת שמות לעמודות.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>רכישות</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>קובץ ה־CSV לייבוא</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Each row is a customer with a first name (or a full name) and a phone or an e-mail. A phone or e-mail the shop already has refuses the row.</source>
        <translation>כל שורה היא לקוח עם שם פרטי (או שם מלא) וטלפון או דוא״ל. שורה עם טלפון או דוא״ל שכבר קיימים בחנות נדחית.</translation>
    </message>
    <message>
        <source>Each row is a purchase, or a line of one: rows with the same purchase number (or receipt) make one purchase. The customer is found by card, phone or e-mail; without them the sale is anonymous. Give the date, and the total or each line&apos;s product, quantity and unit price. Imported purchases earn no loyalty.</source>
        <translation>כל שורה היא רכישה, או שורה מתוכה: שורות עם אותו מספר רכישה (או קבלה) יוצרות רכישה אחת. הלקוח נמצא לפי כרטיס, טלפון או דוא״ל; בלעדיהם המכירה אנונימית. ציינו את התאריך, ואת הסכום או לכל שורה את המוצר, הכמות והמחיר ליחידה. רכישות מיובאות לא צוברות במועדון.</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>ייבוא מקובץ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>קובצי CSV (*.csv *.txt);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>How the file was read</source>
        <translation>איך הקובץ נקרא</translation>
    </message>
    <message>
        <source>Detected from the file. If the letters look wrong, choose another encoding.</source>
        <translation>זוהה מתוך הקובץ. אם האותיות נראות משובשות, בחרו קידוד אחר.</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>פסיק ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>נקודה־פסיק ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>טאב</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>קידוד</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>מפריד</translation>
    </message>
    <message>
        <source>{n} rows under the header.</source>
        <translation>⁨{n}⁩ שורות מתחת לכותרת.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>A few quick questions</source>
        <translation>כמה שאלות קצרות</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>A dry run checks every row and changes nothing. The import adds every row that passes, or nothing if you cancel.</source>
        <translation>הרצת ניסיון בודקת כל שורה ולא משנה דבר. הייבוא מוסיף כל שורה שעוברת, או כלום אם מבטלים.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>הרצת ניסיון</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>שמירת השורות שנדחו…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>{n} rows to check.</source>
        <translation>⁨{n}⁩ שורות לבדיקה.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודקים…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>מייבאים…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>בוטל: שום דבר לא יובא.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>רכישות</translation>
    </message>
    <message>
        <source>Dry run: {n} {what} would be imported from {rows} rows; {bad} rows would be refused. Nothing was changed.</source>
        <translation>הרצת ניסיון: ⁨{n}⁩ ⁨{what}⁩ ייובאו מתוך ⁨{rows}⁩ שורות; ⁨{bad}⁩ שורות יידחו. שום דבר לא השתנה.</translation>
    </message>
    <message>
        <source>Imported {n} {what} from {rows} rows; {bad} rows refused.</source>
        <translation>יובאו ⁨{n}⁩ ⁨{what}⁩ מתוך ⁨{rows}⁩ שורות; ⁨{bad}⁩ שורות נדחו.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>שמירת השורות שנדחו</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Can&apos;t save there: {why}</source>
        <translation>אי אפשר לשמור שם: ⁨{why}⁩</translation>
    </message>
    <message>
        <source>{n} rejected rows saved to {file}: fix them and import that file.</source>
        <translation>⁨{n}⁩ שורות שנדחו נשמרו ב־⁨{file}⁩: תקנו אותן וייבאו את הקובץ הזה.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>ייבוא מקובץ CSV</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <source>Customer&apos;s card number</source>
        <translation>מספר הכרטיס של הלקוח</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>הדוא״ל של הלקוח</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>הטלפון של הלקוח</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>תאריך ושעה</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>השכלה</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Full name (split at the first space)</source>
        <translation>שם מלא (מפוצל ברווח הראשון)</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>איך שמעו עלינו</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Income range</source>
        <translation>טווח הכנסה</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>Loyalty card number</source>
        <translation>מספר כרטיס מועדון</translation>
    </message>
    <message>
        <source>Marketing consent (yes/no)</source>
        <translation>הסכמה לדיוור (yes/no)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>עיסוק</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Purchase number (groups lines)</source>
        <translation>מספר רכישה (מקבץ שורות)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>מספר קבלה</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>מחיר ליחידה</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— לא לייבא —</translation>
    </message>
</context>
<context>
    <name>KioskSection</name>
    <message>
        <source>Kiosk on this workstation</source>
        <translation>קיוסק בעמדה הזו</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>פתיחת הקיוסק</translation>
    </message>
    <message>
        <source>Kiosk s&amp;creen</source>
        <translation>&amp;מסך הקיוסק</translation>
    </message>
    <message>
        <source>Screen {n}: {w}×{h}</source>
        <translation>מסך ⁨{n}⁩: ⁨{w}⁩×⁨{h}⁩</translation>
    </message>
    <message>
        <source>(the last one)</source>
        <translation>(האחרון)</translation>
    </message>
    <message>
        <source>The kiosk opens full screen there, facing the customer. A manager&apos;s name and PIN close it (Ctrl+Shift+Q, or hold its top corner for three seconds).</source>
        <translation>הקיוסק נפתח שם במסך מלא, מול הלקוח. שם וקוד של מנהל סוגרים אותו (Ctrl+Shift+Q, או החזקה על הפינה העליונה שלוש שניות).</translation>
    </message>
    <message>
        <source>The kiosk is starting on {screen}.</source>
        <translation>הקיוסק עולה ב־⁨{screen}⁩.</translation>
    </message>
    <message>
        <source>The kiosk could not start.</source>
        <translation>הקיוסק לא הצליח לעלות.</translation>
    </message>
</context>
<context>
    <name>KioskUnlock</name>
    <message>
        <source>Open the kiosk</source>
        <translation>פתיחת הקיוסק</translation>
    </message>
    <message>
        <source>Staff: type the shop&apos;s passphrase to start the feedback kiosk.</source>
        <translation>צוות: הקלידו את סיסמת ההצפנה של החנות כדי להפעיל את קיוסק המשוב.</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>הפעלת הקיוסק</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Feedback</source>
        <translation>משוב</translation>
    </message>
    <message>
        <source>Sorry, that didn&apos;t work. Please try again.</source>
        <translation>סליחה, זה לא עבד. נסו שוב, בבקשה.</translation>
    </message>
</context>
<context>
    <name>LedgerCard</name>
    <message>
        <source>Loyalty history</source>
        <translation>היסטוריית מועדון</translation>
    </message>
    <message>
        <source>Nothing earned or redeemed yet.</source>
        <translation>עדיין לא נצבר ולא מומש דבר.</translation>
    </message>
    <message>
        <source>Newest first; the latest {n} shown, scroll for more.</source>
        <translation>החדשים ראשונים; מוצגים ⁨{n}⁩ האחרונים, גללו לעוד.</translation>
    </message>
    <message>
        <source>{n} entries, newest first.</source>
        <translation>⁨{n}⁩ רשומות, החדשות ראשונות.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>#{id}</source>
        <translation>#⁨{id}⁩</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>תוכנית</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>LineItems</name>
    <message>
        <source>Product or category</source>
        <translation>מוצר או קטגוריה</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>רשות</translation>
    </message>
    <message>
        <source>Remove this line (Ctrl+Delete)</source>
        <translation>הסרת השורה (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>מחיר ליחידה</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is at the counter?</source>
        <translation>מי ליד הקופה?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;קוד</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>Forgot your PIN? A manager can set a new one.</source>
        <translation>שכחתם את הקוד? מנהל יכול לקבוע קוד חדש.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <source>&amp;PIN for {name}</source>
        <translation>&amp;קוד של ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>הקלידו את הקוד ואז הקישו Enter.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>הקוד הזה לא נכון.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>נכנסים…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>יותר מדי קודים שגויים. נסו שוב בעוד שנייה.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {n} seconds.</source>
        <translation>יותר מדי קודים שגויים. נסו שוב בעוד ⁨{n}⁩ שניות.</translation>
    </message>
</context>
<context>
    <name>LoyaltyLabels</name>
    <message>
        <source>+{earned} — {standing}</source>
        <translation>+⁨{earned}⁩ — ⁨{standing}⁩</translation>
    </message>
    <message>
        <source>+{n} for feedback</source>
        <translation>+⁨{n}⁩ על משוב</translation>
    </message>
    <message>
        <source>+{n} on their birthday</source>
        <translation>+⁨{n}⁩ ליום ההולדת</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>נקודה אחת</translation>
    </message>
    <message>
        <source>1 point per {unit}</source>
        <translation>נקודה אחת לכל ⁨{unit}⁩</translation>
    </message>
    <message>
        <source>1 punch</source>
        <translation>ניקוב אחד</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>Active until {day}</source>
        <translation>פעילה עד ⁨{day}⁩</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>תוקן</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>בונוס</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>נצבר</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>הסתיימה ב־⁨{day}⁩</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation>כרטיסיית ניקובים</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>מומש</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>מתחילה ב־⁨{day}⁩</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>כבויה</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>הוחזר</translation>
    </message>
    <message>
        <source>a punch per item</source>
        <translation>ניקוב לכל פריט</translation>
    </message>
    <message>
        <source>a {value} voucher</source>
        <translation>שובר של ⁨{value}⁩</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <source>expire after {n} quiet days</source>
        <translation>פגות אחרי ⁨{n}⁩ ימים בלי רכישה</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>משוב</translation>
    </message>
    <message>
        <source>from {amount}</source>
        <translation>מ־⁨{amount}⁩</translation>
    </message>
    <message>
        <source>no purchase for {days} days</source>
        <translation>אין קנייה כבר {days} ימים</translation>
    </message>
    <message>
        <source>purchase undone</source>
        <translation>הרכישה בוטלה</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>החזר</translation>
    </message>
    <message>
        <source>reward given back</source>
        <translation>ההטבה הוחזרה</translation>
    </message>
    <message>
        <source>{held}, 1 voucher ready</source>
        <translation>⁨{held}⁩, שובר אחד מוכן</translation>
    </message>
    <message>
        <source>{held}, {n} more to {reward}</source>
        <translation>⁨{held}⁩, עוד ⁨{n}⁩ עד ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>{held}, {n} vouchers ready</source>
        <translation>⁨{held}⁩, ⁨{n}⁩ שוברים מוכנים</translation>
    </message>
    <message>
        <source>{n} more to {reward}</source>
        <translation>עוד ⁨{n}⁩ עד ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>⁨{n}⁩ נקודות</translation>
    </message>
    <message>
        <source>{n} points = {value}</source>
        <translation>⁨{n}⁩ נקודות = ⁨{value}⁩</translation>
    </message>
    <message>
        <source>{n} punches</source>
        <translation>⁨{n}⁩ ניקובים</translation>
    </message>
    <message>
        <source>{n} punches → {reward}</source>
        <translation>⁨{n}⁩ ניקובים ← ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>{n} rewards ready ({reward})</source>
        <translation>⁨{n}⁩ הטבות מוכנות (⁨{reward}⁩)</translation>
    </message>
    <message>
        <source>{rate} points per {unit}</source>
        <translation>⁨{rate}⁩ נקודות לכל ⁨{unit}⁩</translation>
    </message>
    <message>
        <source>{reward} is ready</source>
        <translation>⁨{reward}⁩ מוכן/ה</translation>
    </message>
    <message>
        <source>−{taken} taken back — {standing}</source>
        <translation>−⁨{taken}⁩ הוחזרו — ⁨{standing}⁩</translation>
    </message>
</context>
<context>
    <name>LoyaltyResult</name>
    <message>
        <source>Loyalty</source>
        <translation>מועדון לקוחות</translation>
    </message>
    <message>
        <source>+{back} given back (the reward used on this purchase) — {now}</source>
        <translation>+⁨{back}⁩ הוחזרו (ההטבה שמומשה ברכישה הזו) — ⁨{now}⁩</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>בוטל: ⁨{what}⁩</translation>
    </message>
    <message>
        <source>Undone: nothing to take back.</source>
        <translation>בוטל: אין מה להחזיר.</translation>
    </message>
    <message>
        <source>Redeem: {reward} (Ctrl+R)</source>
        <translation>מימוש: ⁨{reward}⁩ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Redeem: {reward}</source>
        <translation>מימוש: ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>✓ Redeemed {reward} on this purchase ({used} off) — {now}</source>
        <translation>✓ מומש: ⁨{reward}⁩ ברכישה הזו (ירדו ⁨{used}⁩) — ⁨{now}⁩</translation>
    </message>
</context>
<context>
    <name>LoyaltyScreen</name>
    <message>
        <source>Loyalty</source>
        <translation>מועדון לקוחות</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>תוכנית</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>כלל</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>New program… (F2)</source>
        <translation>תוכנית חדשה… (F2)</translation>
    </message>
    <message>
        <source>Change… (F4)</source>
        <translation>שינוי… (F4)</translation>
    </message>
    <message>
        <source>Changing a program applies from then on: what customers already earned or redeemed stays on their cards as it was.</source>
        <translation>שינוי בתוכנית חל מעכשיו והלאה: מה שלקוחות כבר צברו או מימשו נשאר בכרטיסים שלהם כמו שהיה.</translation>
    </message>
    <message>
        <source>Punch cards and points programs. Customers earn in every active program when a purchase is recorded.</source>
        <translation>כרטיסיות ניקובים ותוכניות נקודות. לקוחות צוברים בכל תוכנית פעילה כשנרשמת רכישה.</translation>
    </message>
    <message>
        <source>Only a manager can create or change loyalty programs.</source>
        <translation>רק מנהל יכול ליצור או לשנות תוכניות מועדון.</translation>
    </message>
    <message>
        <source>No programs yet.</source>
        <translation>אין עדיין תוכניות.</translation>
    </message>
    <message>
        <source>Press F2 to create a punch card or a points program.</source>
        <translation>הקישו F2 כדי ליצור כרטיסיית ניקובים או תוכנית נקודות.</translation>
    </message>
    <message>
        <source>“{name}” is ready: customers earn in it from their next purchase.</source>
        <translation>„⁨{name}⁩” מוכנה: לקוחות צוברים בה מהרכישה הבאה שלהם.</translation>
    </message>
    <message>
        <source>“{name}” is changed.</source>
        <translation>„⁨{name}⁩” שונתה.</translation>
    </message>
    <message>
        <source>“{name}” is saved, switched off.</source>
        <translation>„⁨{name}⁩” נשמרה, כבויה.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Counterpart — {shop}</source>
        <translation>Counterpart — ⁨{shop}⁩</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>איזו עמודה היא מה</translation>
    </message>
    <message>
        <source>Guessed from the column names. Change any that are wrong; columns left out are not imported.</source>
        <translation>נוחש לפי שמות העמודות. שנו את מה שלא נכון; עמודות שהושמטו לא ייובאו.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>עמודה בקובץ</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ערך ראשון</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>מיובא בתור</translation>
    </message>
</context>
<context>
    <name>MergeCustomers</name>
    <message>
        <source>{n} purchase(s)</source>
        <translation>⁨{n}⁩ רכישות</translation>
    </message>
    <message>
        <source>{n} loyalty entries</source>
        <translation>⁨{n}⁩ רשומות מועדון</translation>
    </message>
    <message>
        <source>{n} survey answer(s)</source>
        <translation>⁨{n}⁩ תשובות לסקרים</translation>
    </message>
    <message>
        <source>{n} alert(s)</source>
        <translation>⁨{n}⁩ התראות</translation>
    </message>
    <message>
        <source>{n} consent record(s)</source>
        <translation>⁨{n}⁩ רשומות הסכמה</translation>
    </message>
    <message>
        <source>{n} kiosk request(s)</source>
        <translation>⁨{n}⁩ בקשות קיוסק</translation>
    </message>
    <message>
        <source>{n} old card(s)</source>
        <translation>⁨{n}⁩ כרטיסים ישנים</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>שום דבר נוסף</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation>איחוד שני לקוחות</translation>
    </message>
    <message>
        <source>Merge into one customer</source>
        <translation>איחוד ללקוח אחד</translation>
    </message>
    <message>
        <source>Pick each value to keep. The duplicate&apos;s history moves to the kept customer, their card keeps finding them, and the duplicate leaves the customer list. A merge can be undone from the Duplicates screen.</source>
        <translation>בחרו איזה ערך להשאיר. ההיסטוריה של הכפיל עוברת ללקוח שנשאר, הכרטיס שלו ממשיך למצוא אותו, והכפיל יוצא מרשימת הלקוחות. אפשר לבטל איחוד במסך הכפילויות.</translation>
    </message>
    <message>
        <source>S&amp;wap kept and duplicate</source>
        <translation>&amp;החלפה בין הנשאר לכפיל</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;איחוד…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <translation>רק מנהל יכול לאחד לקוחות.</translation>
    </message>
    <message>
        <source>Keep: {name} ({id})</source>
        <translation>להשאיר: ⁨{name}⁩ (⁨{id}⁩)</translation>
    </message>
    <message>
        <source>Duplicate: {name} ({id})</source>
        <translation>כפיל: ⁨{name}⁩ (⁨{id}⁩)</translation>
    </message>
    <message>
        <source>Moves to the kept customer: {what}.</source>
        <translation>עובר ללקוח שנשאר: ⁨{what}⁩.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Merge these customers?</source>
        <translation>לאחד את הלקוחות האלה?</translation>
    </message>
    <message>
        <source>Merge customer {dup} into customer {keep}? Customer {dup}&apos;s history moves over and they leave the customer list. You can undo this from the Duplicates screen.</source>
        <translation>לאחד את לקוח ⁨{dup}⁩ לתוך לקוח ⁨{keep}⁩? ההיסטוריה של לקוח ⁨{dup}⁩ עוברת, והוא יוצא מרשימת הלקוחות. אפשר לבטל זאת במסך הכפילויות.</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <source>Not at all likely</source>
        <translation>בכלל לא סביר</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>סביר מאוד</translation>
    </message>
    <message>
        <source>Why? Tell us in a few words (optional).</source>
        <translation>למה? ספרו לנו בכמה מילים (רשות).</translation>
    </message>
</context>
<context>
    <name>PolicyLink</name>
    <message>
        <source>Privacy policy</source>
        <translation>מדיניות פרטיות</translation>
    </message>
    <message>
        <source>Privacy policy (version {n})</source>
        <translation>מדיניות פרטיות (גרסה ⁨{n}⁩)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Rows in red will be refused, for the reason given.</source>
        <translation>השורות הראשונות כפי שייובאו. שורות באדום יידחו, מהסיבה שמופיעה.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודקים…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>{shown} of {total} rows shown; {bad} of them would be refused.</source>
        <translation>מוצגות ⁨{shown}⁩ מתוך ⁨{total}⁩ שורות; ⁨{bad}⁩ מהן יידחו.</translation>
    </message>
</context>
<context>
    <name>PrivacyPolicyDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>מדיניות פרטיות</translation>
    </message>
    <message>
        <source>Customers see this text where they register, and every consent keeps the version it was given under. Saving your changes makes a new version; the old ones stay as they were.</source>
        <translation>לקוחות רואים את הטקסט הזה כשהם נרשמים, וכל הסכמה שומרת את הגרסה שבה ניתנה. שמירת השינויים יוצרת גרסה חדשה; הישנות נשארות כמו שהיו.</translation>
    </message>
    <message>
        <source>Customers see this text where they register. Only a manager can change it.</source>
        <translation>לקוחות רואים את הטקסט הזה כשהם נרשמים. רק מנהל יכול לשנות אותו.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>שמירה כגרסה חדשה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>כפי שסופקה</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>גרסה ⁨{n}⁩</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>⁨{version}⁩ (נוכחית)</translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation>נשמר כגרסה ⁨{n}⁩.</translation>
    </message>
    <message>
        <source>Print the privacy policy to</source>
        <translation>הדפסת מדיניות הפרטיות אל</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>הודפס אל ⁨{path}⁩.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <source>How, by whom</source>
        <translation>איך, על ידי מי</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>מדיניות</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>עדיין לא נרשמה הסכמה.</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>היסטוריית הסכמות</translation>
    </message>
    <message>
        <source>A customer may ask for everything we keep about them, or to be erased. Only a manager can do either.</source>
        <translation>לקוח רשאי לבקש את כל מה שאנחנו שומרים עליו, או להימחק. רק מנהל יכול לעשות כל אחד מהם.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>ייצוא נתונים…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Their data</source>
        <translation>הנתונים שלהם</translation>
    </message>
    <message>
        <source>Consent and privacy</source>
        <translation>הסכמה ופרטיות</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>ביטול הסכמה</translation>
    </message>
    <message>
        <source>Give consent</source>
        <translation>מתן הסכמה</translation>
    </message>
    <message>
        <source>Privacy policy version {n}</source>
        <translation>מדיניות פרטיות, גרסה ⁨{n}⁩</translation>
    </message>
    <message>
        <source>given</source>
        <translation>ניתנה</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>גרסה ⁨{n}⁩</translation>
    </message>
    <message>
        <source>Only a manager can do this.</source>
        <translation>רק מנהל יכול לעשות את זה.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data to</source>
        <translation>ייצוא נתוני הלקוח אל</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצאים…</translation>
    </message>
    <message>
        <source>Saved {pdf} and {json} in {folder}.</source>
        <translation>⁨{pdf}⁩ ו־⁨{json}⁩ נשמרו ב־⁨{folder}⁩.</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Privacy</source>
        <translation>פרטיות</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source> years</source>
        <translation> שנים</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Review customers to erase…</source>
        <translation>סקירת לקוחות למחיקה…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>תקופת שמירה</translation>
    </message>
    <message>
        <source>Customers inactive for longer than this are proposed for erasure; nobody is erased until a manager reviews the list.</source>
        <translation>לקוחות שלא פעילים יותר מזה מוצעים למחיקה; אף אחד לא נמחק עד שמנהל עובר על הרשימה.</translation>
    </message>
    <message>
        <source>Edit the privacy policy…</source>
        <translation>עריכת מדיניות הפרטיות…</translation>
    </message>
    <message>
        <source>Read the privacy policy…</source>
        <translation>קריאת מדיניות הפרטיות…</translation>
    </message>
    <message>
        <source>as Counterpart ships it</source>
        <translation>כפי ש־Counterpart מספקת אותה</translation>
    </message>
    <message>
        <source>Privacy policy: version {n}, {when}, {who}</source>
        <translation>מדיניות פרטיות: גרסה ⁨{n}⁩, ⁨{when}⁩, ⁨{who}⁩</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
</context>
<context>
    <name>ProfileLoyalty</name>
    <message>
        <source>Replace lost card…</source>
        <translation>החלפת כרטיס שאבד…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>הדפסת כרטיס…</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>הלקוח הזה</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>מימוש</translation>
    </message>
    <message>
        <source>Give {name} {reward}? {used} come off the card.</source>
        <translation>לתת ל⁨{name}⁩ ⁨{reward}⁩? ירדו ⁨{used}⁩ מהכרטיס.</translation>
    </message>
    <message>
        <source>Redeemed {reward} — {now}.</source>
        <translation>מומש: ⁨{reward}⁩ — ⁨{now}⁩.</translation>
    </message>
    <message>
        <source>{program}: adjusted by {delta}; {held} on the card now.</source>
        <translation>⁨{program}⁩: תוקן ב־⁨{delta}⁩; כרגע ⁨{held}⁩ בכרטיס.</translation>
    </message>
    <message>
        <source>Replace lost card</source>
        <translation>החלפת כרטיס שאבד</translation>
    </message>
    <message>
        <source>Give {name} a new card number? The old card {old} stops working for good; balances and history stay with {name}.</source>
        <translation>לתת ל⁨{name}⁩ מספר כרטיס חדש? הכרטיס הישן ⁨{old}⁩ יפסיק לעבוד לצמיתות; היתרות וההיסטוריה נשארות אצל ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>New card number {new}. The old card {old} no longer works.</source>
        <translation>מספר כרטיס חדש: ⁨{new}⁩. הכרטיס הישן ⁨{old}⁩ כבר לא עובד.</translation>
    </message>
    <message>
        <source>Making the card…</source>
        <translation>מכינים את הכרטיס…</translation>
    </message>
    <message>
        <source>The card is saved as {path}. Print it at 100% size.</source>
        <translation>הכרטיס נשמר בשם ⁨{path}⁩. הדפיסו אותו בגודל 100%.</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Back to search (Esc)</source>
        <translation>חזרה לחיפוש (Esc)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>עריכה (F4)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>פרטי קשר</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>כרטיס מועדון</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <source>More about them</source>
        <translation>עוד עליהם</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>תגיות והערות</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>יומן שינויים</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>כרטיס ⁨{card}⁩</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>מבצעים ועדכונים</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>מאז</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ניתנה</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>נרשם/ה</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>שינוי אחרון</translation>
    </message>
    <message>
        <source>never changed</source>
        <translation>לא שונה מעולם</translation>
    </message>
    <message>
        <source>{when} by {who} on {workstation}, {channel}</source>
        <translation>⁨{when}⁩, על ידי ⁨{who}⁩ בעמדה ⁨{workstation}⁩, ⁨{channel}⁩</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>שדות</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>New loyalty program</source>
        <translation>תוכנית מועדון חדשה</translation>
    </message>
    <message>
        <source>Change loyalty program</source>
        <translation>שינוי תוכנית מועדון</translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation>כרטיסיית ניקובים</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <source>e.g. a free coffee</source>
        <translation>למשל קפה חינם</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>למשל 10</translation>
    </message>
    <message>
        <source>A punch per qualifying item (not per visit)</source>
        <translation>ניקוב לכל פריט מתאים (לא לכל ביקור)</translation>
    </message>
    <message>
        <source>All products; or e.g. coffee, pastries</source>
        <translation>כל המוצרים; או למשל קפה, מאפים</translation>
    </message>
    <message>
        <source>e.g. 1 or 0.5</source>
        <translation>למשל 1 או 0.5</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>למשל 100</translation>
    </message>
    <message>
        <source>days without a purchase; empty: never</source>
        <translation>ימים בלי רכישה; ריק: אף פעם</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for now</source>
        <translation>בצורה YYYY-MM-DD, או ריק מעכשיו</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for no end</source>
        <translation>בצורה YYYY-MM-DD, או ריק בלי סוף</translation>
    </message>
    <message>
        <source>Active: customers earn in it</source>
        <translation>פעילה: לקוחות צוברים בה</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;סוג</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;שם</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>&amp;הטבה</translation>
    </message>
    <message>
        <source>&amp;Punches for a reward</source>
        <translation>&amp;ניקובים להטבה</translation>
    </message>
    <message>
        <source>&amp;Only for (products, categories)</source>
        <translation>&amp;רק עבור (מוצרים, קטגוריות)</translation>
    </message>
    <message>
        <source>&amp;Minimum spend per punch ({s})</source>
        <translation>&amp;קנייה מינימלית לניקוב (⁨{s}⁩)</translation>
    </message>
    <message>
        <source>P&amp;oints per {s}1</source>
        <translation>&amp;נקודות לכל ⁨{s}⁩1</translation>
    </message>
    <message>
        <source>Points for a &amp;voucher</source>
        <translation>נקודות ל&amp;שובר</translation>
    </message>
    <message>
        <source>Voucher &amp;value ({s})</source>
        <translation>&amp;ערך השובר (⁨{s}⁩)</translation>
    </message>
    <message>
        <source>Points &amp;expire after (days)</source>
        <translation>הנקודות &amp;פגות אחרי (ימים)</translation>
    </message>
    <message>
        <source>Bonus for &amp;feedback</source>
        <translation>בונוס על &amp;משוב</translation>
    </message>
    <message>
        <source>&amp;Birthday bonus</source>
        <translation>בונוס &amp;יום הולדת</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;מתחילה ב־</translation>
    </message>
    <message>
        <source>Ends o&amp;n</source>
        <translation>&amp;מסתיימת ב־</translation>
    </message>
    <message>
        <source>Changes apply from now on. What customers have already earned or redeemed stays on their cards as it was.</source>
        <translation>השינויים חלים מעכשיו והלאה. מה שלקוחות כבר צברו או מימשו נשאר בכרטיסים שלהם כמו שהיה.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Create (Enter)</source>
        <translation>יצירה (Enter)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>שמירה (Enter)</translation>
    </message>
    <message>
        <source>Empty: the voucher&apos;s value</source>
        <translation>ריק: ערך השובר</translation>
    </message>
</context>
<context>
    <name>ProgressDots</name>
    <message>
        <source>Question {n} of {count}</source>
        <translation>שאלה ⁨{n}⁩ מתוך ⁨{count}⁩</translation>
    </message>
</context>
<context>
    <name>PurchaseListModel</name>
    <message>
        <source>Voided</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>הוחזרה</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>הוחזרה בחלקה</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>PurchasesCard</name>
    <message>
        <source>Purchases</source>
        <translation>רכישות</translation>
    </message>
    <message>
        <source>Refund… (F8)</source>
        <translation>החזר… (F8)</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>אין עדיין רכישות.</translation>
    </message>
    <message>
        <source>Newest first; the latest {n} shown, scroll for more.</source>
        <translation>החדשים ראשונים; מוצגים ⁨{n}⁩ האחרונים, גללו לעוד.</translation>
    </message>
    <message>
        <source>{n} purchases, newest first.</source>
        <translation>⁨{n}⁩ רכישות, החדשות ראשונות.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Tap them in order: the most important first.</source>
        <translation>געו בהם לפי הסדר: החשוב ביותר ראשון.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>להתחיל מחדש</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>{n} of 5</source>
        <translation>⁨{n}⁩ מתוך 5</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>גרוע</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>סביר</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>טוב</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>טוב מאוד</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>מצוין</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>החזר</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>החזר על רכישה</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>כבר הוחזר</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>נותר להחזר</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <source>Why the money goes back, e.g. damaged item</source>
        <translation>למה הכסף חוזר, למשל פריט פגום</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Type the amount to give back, like 12.50.</source>
        <translation>הקלידו את הסכום להחזרה, למשל 12.50.</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>החזר (Enter)</translation>
    </message>
    <message>
        <source>That is more than the {left} left to refund on this purchase.</source>
        <translation>זה יותר מה־⁨{left}⁩ שנותרו להחזר ברכישה הזו.</translation>
    </message>
    <message>
        <source>{amount} goes back to the customer. Nothing will be left to refund on this purchase; it stops counting toward their spend.</source>
        <translation>⁨{amount}⁩ חוזרים ללקוח. לא יישאר מה להחזיר ברכישה הזו; היא כבר לא תיספר בסך הרכישות שלו.</translation>
    </message>
    <message>
        <source>{amount} goes back to the customer. {rest} will still be left to refund on this purchase.</source>
        <translation>⁨{amount}⁩ חוזרים ללקוח. עוד ⁨{rest}⁩ יישארו להחזר ברכישה הזו.</translation>
    </message>
    <message>
        <source>Refund {amount} (Enter)</source>
        <translation>החזר ⁨{amount}⁩ (Enter)</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>שינוי סיסמת ההצפנה</translation>
    </message>
    <message>
        <source>Every page of the shop file is encrypted again under the new passphrase. Backups made before today keep the OLD passphrase: keep it somewhere safe for as long as you keep those backups. A first backup under the new passphrase is made straight away. Other workstations that remember the passphrase will ask for the new one.</source>
        <translation>כל עמוד בקובץ החנות מוצפן מחדש בסיסמת ההצפנה החדשה. גיבויים שנעשו לפני היום שומרים את סיסמת ההצפנה הישנה: שמרו אותה במקום בטוח כל עוד אתם שומרים את הגיבויים האלה. גיבוי ראשון בסיסמה החדשה נעשה מיד. עמדות אחרות שזוכרות את סיסמת ההצפנה יבקשו את החדשה.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>סיסמת ההצפנה ה&amp;נוכחית</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>סיסמת הצפנה &amp;חדשה</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>סיסמה חדשה &amp;שוב</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>שינוי סיסמת ההצפנה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Use a few words you will remember; 16+ characters.</source>
        <translation>השתמשו בכמה מילים שתזכרו; 16 תווים ומעלה.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>משנים…</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Monthly report</source>
        <translation>דוח חודשי</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>הפקת דוח</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>שמירת עותק…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <source>The preview needs Qt PDF (PySide6-Addons). The report is still made: open it from the folder.</source>
        <translation>התצוגה המקדימה צריכה את Qt PDF ‏(PySide6-Addons). הדוח מופק בכל זאת: פתחו אותו מהתיקייה.</translation>
    </message>
    <message>
        <source>Only a manager can make and read reports.</source>
        <translation>רק מנהל יכול להפיק ולקרוא דוחות.</translation>
    </message>
    <message>
        <source>Made earlier; Make report makes it again with today&apos;s figures.</source>
        <translation>הופק קודם; „הפקת דוח” מפיקה אותו שוב עם הנתונים של היום.</translation>
    </message>
    <message>
        <source>No report for this month yet: Make report.</source>
        <translation>אין עדיין דוח לחודש הזה: הפקת דוח.</translation>
    </message>
    <message>
        <source>Making the report for {month}…</source>
        <translation>מפיקים את הדוח של ⁨{month}⁩…</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>בוטל: שום דוח לא נכתב.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>נשמר ב־⁨{path}⁩</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>לא ניתן היה להפעיל את המדפסת.</translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation>⁨{n}⁩ עמודים נשלחו למדפסת.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>שמירת הדוח</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Could not save there: {why}</source>
        <translation>לא ניתן היה לשמור שם: ⁨{why}⁩</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>עותק נשמר ב־⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>ResolveAlertDialog</name>
    <message>
        <source>Resolve alert</source>
        <translation>סגירת התראה</translation>
    </message>
    <message>
        <source>&amp;What was done about it?</source>
        <translation>&amp;מה נעשה בעניין?</translation>
    </message>
    <message>
        <source>e.g. Called her, apologised, offered a free coffee on the next visit.</source>
        <translation>למשל התקשרנו, התנצלנו, הצענו קפה חינם בביקור הבא.</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>סגירה (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Customers to erase</source>
        <translation>לקוחות למחיקה</translation>
    </message>
    <message>
        <source>Erasing removes who they were and keeps what they bought, without a name. Uncheck anyone who should stay.</source>
        <translation>המחיקה מסירה מי הם היו ושומרת את מה שקנו, בלי שם. הסירו את הסימון ממי שצריך להישאר.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>נרשם</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>ביקור אחרון</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>להציג עוד</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Customers inactive for more than {years} years: {n}.</source>
        <translation>לקוחות שלא פעילים יותר מ־⁨{years}⁩ שנים: ⁨{n}⁩.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>Type {n} to erase the {n} checked customers:</source>
        <translation>הקלידו ⁨{n}⁩ כדי למחוק את ⁨{n}⁩ הלקוחות המסומנים:</translation>
    </message>
    <message>
        <source>Erasing customers…</source>
        <translation>מוחקים לקוחות…</translation>
    </message>
    <message>
        <source>Customers erased: {n}.</source>
        <translation>לקוחות שנמחקו: ⁨{n}⁩.</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message>
        <source>Add line (F7)</source>
        <translation>הוספת שורה (F7)</translation>
    </message>
    <message>
        <source>Use the lines&apos; sum</source>
        <translation>להשתמש בסכום השורות</translation>
    </message>
    <message>
        <source>From the till, e.g. R-1001</source>
        <translation>מהקופה הרושמת, למשל R-1001</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>רשות</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>מספר קבלה</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <source>The sum of the lines. The till said {amount}: the lines must add up to it.</source>
        <translation>סכום השורות. הקופה הראתה ⁨{amount}⁩: השורות צריכות להסתכם בזה.</translation>
    </message>
    <message>
        <source>The sum of the lines.</source>
        <translation>סכום השורות.</translation>
    </message>
</context>
<context>
    <name>SaleResult</name>
    <message>
        <source>Each purchase you record shows here, with the customer&apos;s figures as they are now. Undo stays offered for a few minutes.</source>
        <translation>כל רכישה שנרשמת מופיעה כאן, עם הנתונים של הלקוח כפי שהם עכשיו. אפשר לבטל במשך כמה דקות.</translation>
    </message>
    <message>
        <source>Their figures now</source>
        <translation>הנתונים שלהם עכשיו</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>ביטול (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>רכישה אחרונה</translation>
    </message>
    <message>
        <source>Undone: {amount} for {name}</source>
        <translation>בוטל: ⁨{amount}⁩ עבור ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Undone: {amount} (anonymous)</source>
        <translation>בוטל: ⁨{amount}⁩ (אנונימי)</translation>
    </message>
    <message>
        <source>Recorded {amount} for {name}</source>
        <translation>נרשם: ⁨{amount}⁩ עבור ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Recorded {amount} (anonymous)</source>
        <translation>נרשם: ⁨{amount}⁩ (אנונימי)</translation>
    </message>
    <message>
        <source> · receipt {receipt}</source>
        <translation> · קבלה ⁨{receipt}⁩</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>סך הרכישות</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>סל ממוצע</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>ביקור אחרון</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Usually buys</source>
        <translation>קונה בדרך כלל</translation>
    </message>
    <message>
        <source>Customers who bought {x} also bought {y}.</source>
        <translation>לקוחות שקנו ⁨{x}⁩ קנו גם ⁨{y}⁩.</translation>
    </message>
    <message>
        <source>Customers who buy what {name} buys also bought {y}.</source>
        <translation>לקוחות שקונים את מה ש⁨{name}⁩ קונה קנו גם ⁨{y}⁩.</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>עד ⁨{time}⁩</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>טלפון או דוא״ל</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>ביקור אחרון</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>סך הרכישות</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>בסיכון</translation>
    </message>
    <message>
        <source>Bought something in the last 30 days.</source>
        <translation>קנו משהו ב־30 הימים האחרונים.</translation>
    </message>
    <message>
        <source>First purchase in the last 30 days.</source>
        <translation>רכישה ראשונה ב־30 הימים האחרונים.</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>לא פעילים</translation>
    </message>
    <message>
        <source>Lapsed customers who agreed to hear from the shop: for a come-back offer.</source>
        <translation>לקוחות לא פעילים שהסכימו לקבל עדכונים מהחנות: להצעה שתחזיר אותם.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדשים</translation>
    </message>
    <message>
        <source>No purchase for more than {days} days.</source>
        <translation>בלי רכישה יותר מ־⁨{days}⁩ ימים.</translation>
    </message>
    <message>
        <source>No purchases yet</source>
        <translation>אין עדיין רכישות</translation>
    </message>
    <message>
        <source>Only the first {n} are printed; export to CSV for the whole list.</source>
        <translation>רק ⁨{n}⁩ הראשונים מודפסים; לרשימה המלאה ייצאו ל־CSV.</translation>
    </message>
    <message>
        <source>Printed {day}.</source>
        <translation>הודפס ב־⁨{day}⁩.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>שקטים</translation>
    </message>
    <message>
        <source>Regulars (3+ visits) overdue: more than twice their usual interval since the last visit, not yet lapsed.</source>
        <translation>קבועים (3+ ביקורים) שמתעכבים: עבר יותר מפעמיים המרווח הרגיל שלהם מאז הביקור האחרון, ועדיין לא הפכו ללא פעילים.</translation>
    </message>
    <message>
        <source>The top 10% of customers by spend over the last 12 months.</source>
        <translation>10% הלקוחות המובילים לפי סכום הרכישות ב־12 החודשים האחרונים.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Win-back list</source>
        <translation>רשימת החזרה</translation>
    </message>
</context>
<context>
    <name>SegmentsScreen</name>
    <message>
        <source>Segments</source>
        <translation>פלחים</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>החלה</translation>
    </message>
    <message>
        <source>Lapsed after</source>
        <translation>לא פעיל אחרי</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>פלח</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <source>Only a manager can change this.</source>
        <translation>רק מנהל יכול לשנות את זה.</translation>
    </message>
    <message>
        <source>Only a manager can export or print customer lists.</source>
        <translation>רק מנהל יכול לייצא או להדפיס רשימות לקוחות.</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>אין אף אחד ברשימה הזו.</translation>
    </message>
    <message>
        <source>The first {n} shown; scroll for more.</source>
        <translation>מוצגים ⁨{n}⁩ הראשונים; גללו לעוד.</translation>
    </message>
    <message>
        <source>{n} shown.</source>
        <translation>מוצגים ⁨{n}⁩.</translation>
    </message>
    <message>
        <source>Export the win-back list</source>
        <translation>ייצוא רשימת ההחזרה</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצאים…</translation>
    </message>
    <message>
        <source>{n} customers exported to {file}.</source>
        <translation>⁨{n}⁩ לקוחות יוצאו אל ⁨{file}⁩.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Only a manager can change settings.</source>
        <translation>רק מנהל יכול לשנות הגדרות.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> דקות</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>החנות הזו</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;שם החנות</translation>
    </message>
    <message>
        <source>&amp;Country, for phone numbers</source>
        <translation>&amp;מדינה, למספרי טלפון</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this country&apos;s.</source>
        <translation>מספרי טלפון בלי קידומת מדינה נקראים כמספרים של המדינה הזו.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>The currency can&apos;t change once sales exist: every amount is stored in it.</source>
        <translation>אי אפשר לשנות מטבע אחרי שיש מכירות: כל הסכומים שמורים בו.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>The language of the monthly report, the loyalty cards and the kiosk&apos;s welcome.</source>
        <translation>השפה של הדוח החודשי, כרטיסי המועדון ומסך הפתיחה בקיוסק.</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after</source>
        <translation>&amp;נעילה אוטומטית אחרי</translation>
    </message>
    <message>
        <source>Back to the sign-in screen after this many idle minutes (0 = never).</source>
        <translation>חזרה למסך הכניסה אחרי מספר כזה של דקות בלי פעילות (0 = אף פעם).</translation>
    </message>
    <message>
        <source>La&amp;psed after</source>
        <translation>&amp;לא פעיל אחרי</translation>
    </message>
    <message>
        <source>A customer with no purchase for this many days counts as lapsed.</source>
        <translation>לקוח בלי רכישה במשך מספר כזה של ימים נחשב לא פעיל.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>העמדה הזו</translation>
    </message>
    <message>
        <source>&amp;Screens in</source>
        <translation>ה&amp;מסכים ב־</translation>
    </message>
    <message>
        <source>This computer&apos;s screens, whoever signs in. Changes at once.</source>
        <translation>המסכים של המחשב הזה, לכל מי שנכנס. משתנה מיד.</translation>
    </message>
    <message>
        <source>&amp;Workstation name</source>
        <translation>&amp;שם העמדה</translation>
    </message>
    <message>
        <source>Kept on this computer only and recorded with everything done here. Empty: the computer&apos;s name. Takes effect the next time Counterpart starts.</source>
        <translation>נשמר רק במחשב הזה ונרשם עם כל מה שנעשה כאן. ריק: שם המחשב. ייכנס לתוקף בהפעלה הבאה של Counterpart.</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>שמירה (Enter)</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>שום דבר לא השתנה.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Back</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>e.g. Corner Café</source>
        <translation>למשל קפה הפינה</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;שם החנות</translation>
    </message>
    <message>
        <source>&amp;Country, for phone numbers</source>
        <translation>&amp;מדינה, למספרי טלפון</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;מטבע</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;סיסמת הצפנה</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;הקלדה חוזרת</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; It encrypts the whole customer book. If it is lost, nobody can recover it: not you, not us.</source>
        <translation>&lt;b&gt;רשמו את סיסמת ההצפנה ושמרו אותה במקום בטוח.&lt;/b&gt; היא מצפינה את כל ספר הלקוחות. אם היא הולכת לאיבוד, אף אחד לא יכול לשחזר אותה: לא אתם ולא אנחנו.</translation>
    </message>
    <message>
        <source>The first manager can add staff, change settings and see reports.</source>
        <translation>המנהל הראשון יכול להוסיף אנשי צוות, לשנות הגדרות ולראות דוחות.</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;name</source>
        <translation>&amp;שם המנהל</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>&amp;קוד (4 עד 8 ספרות)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;קוד שוב</translation>
    </message>
    <message>
        <source>Welcome to Counterpart</source>
        <translation>ברוכים הבאים ל־Counterpart</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>בחירת סיסמת הצפנה</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>המנהל הראשון</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>שלב ⁨{n}⁩ מתוך ⁨{total}⁩</translation>
    </message>
    <message>
        <source>Create the shop</source>
        <translation>יצירת החנות</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>שני הקודים לא זהים.</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>יוצרים את החנות…</translation>
    </message>
    <message>
        <source>Use a few words you will remember, 12 characters or more.</source>
        <translation>השתמשו בכמה מילים שתזכרו, 12 תווים או יותר.</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>הוספת איש צוות</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>קביעת קוד חדש</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>A cashier registers, looks up and records purchases; a manager also sees reports, exports, settings and staff.</source>
        <translation>קופאי רושם לקוחות, מחפש ורושם רכישות; מנהל גם רואה דוחות, ייצוא, הגדרות וצוות.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;שם</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;תפקיד</translation>
    </message>
    <message>
        <source>{name} signs in with this PIN from now on. If they were locked out after wrong PINs, they can sign in again at once.</source>
        <translation>מעכשיו ⁨{name}⁩ נכנס/ת עם הקוד הזה. אם הכניסה ננעלה אחרי קודים שגויים, אפשר להיכנס שוב מיד.</translation>
    </message>
    <message>
        <source>&amp;PIN (4-8 digits)</source>
        <translation>&amp;קוד (4-8 ספרות)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;קוד שוב</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>הוספה (Enter)</translation>
    </message>
    <message>
        <source>Set PIN (Enter)</source>
        <translation>קביעת קוד (Enter)</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>שני הקודים לא זהים. הקלידו אותם שוב.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>Add staff member… (F2)</source>
        <translation>הוספת איש צוות… (F2)</translation>
    </message>
    <message>
        <source>Set new PIN… (F4)</source>
        <translation>קביעת קוד חדש… (F4)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;השבתה</translation>
    </message>
    <message>
        <source>Everyone who can sign in at this shop. A new PIN also ends a lock-out after wrong PINs.</source>
        <translation>כל מי שיכול להיכנס בחנות הזו. קוד חדש גם משחרר נעילה אחרי קודים שגויים.</translation>
    </message>
    <message>
        <source>Only a manager can add staff, set PINs or disable accounts.</source>
        <translation>רק מנהל יכול להוסיף אנשי צוות, לקבוע קודים או להשבית חשבונות.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (את/ה)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>נעול עד ⁨{time}⁩</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;הפעלה</translation>
    </message>
    <message>
        <source>{name} can sign in now.</source>
        <translation>⁨{name}⁩ יכול/ה להיכנס עכשיו.</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>ל⁨{name}⁩ יש קוד חדש.</translation>
    </message>
    <message>
        <source>Disable {name}? They can no longer sign in. Their history stays, and a manager can enable them again.</source>
        <translation>להשבית את ⁨{name}⁩? לא תהיה עוד אפשרות להיכנס. ההיסטוריה נשארת, ומנהל יכול להפעיל שוב.</translation>
    </message>
    <message>
        <source>Enable {name}? They can sign in again with their PIN.</source>
        <translation>להפעיל את ⁨{name}⁩? אפשר יהיה להיכנס שוב עם הקוד.</translation>
    </message>
    <message>
        <source>{name} is enabled.</source>
        <translation>⁨{name}⁩ הופעל/ה.</translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation>⁨{name}⁩ הושבת/ה.</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>Edit survey</source>
        <translation>עריכת סקר</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>סקר חדש</translation>
    </message>
    <message>
        <source>e.g. Checkout NPS</source>
        <translation>למשל NPS בקופה</translation>
    </message>
    <message>
        <source>Offered at the counter and on the kiosk</source>
        <translation>מוצע בקופה ובקיוסק</translation>
    </message>
    <message>
        <source>Add question ▾</source>
        <translation>הוספת שאלה ▾</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>הזזה למעלה (Ctrl+Up)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>הזזה למטה (Ctrl+Down)</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>אפשרות אחת בכל שורה</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>חובה לענות</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;סוג</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;שאלה</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;אפשרויות</translation>
    </message>
    <message>
        <source>&quot;&amp;Why?&quot;</source>
        <translation>„&amp;למה?”</translation>
    </message>
    <message>
        <source>{n} answers were given to version {v}. Changing the questions makes version {next}; those answers keep the wording they were given to.</source>
        <translation>לגרסה ⁨{v}⁩ ניתנו ⁨{n}⁩ תשובות. שינוי השאלות יוצר את גרסה ⁨{next}⁩; התשובות האלה שומרות את הניסוח שאליו ענו.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>שמירה (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;שם</translation>
    </message>
    <message>
        <source>Questions, in the order they are asked</source>
        <translation>שאלות, לפי סדר השאלה</translation>
    </message>
    <message>
        <source>Preview: what the customer sees</source>
        <translation>תצוגה מקדימה: מה שהלקוח רואה</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(אין עדיין שאלה)</translation>
    </message>
    <message>
        <source>Survey &quot;{name}&quot; created.</source>
        <translation>הסקר „⁨{name}⁩” נוצר.</translation>
    </message>
    <message>
        <source>Saved as version {v} of &quot;{name}&quot;. The {n} answers already given keep the wording they were given to.</source>
        <translation>נשמר כגרסה ⁨{v}⁩ של „⁨{name}⁩”. ⁨{n}⁩ התשובות שכבר ניתנו שומרות את הניסוח שאליו ענו.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; saved.</source>
        <translation>„⁨{name}⁩” נשמר.</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Back</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Stop here: the answers so far are left as they are.</source>
        <translation>לעצור כאן: התשובות עד עכשיו נשמרות כמו שהן.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
</context>
<context>
    <name>SurveyHandover</name>
    <message>
        <source>Survey</source>
        <translation>סקר</translation>
    </message>
    <message>
        <source>Hand over screen (Ctrl+H)</source>
        <translation>העברת המסך ללקוח (Ctrl+H)</translation>
    </message>
    <message>
        <source>Send to kiosk (Ctrl+K)</source>
        <translation>שליחה לקיוסק (Ctrl+K)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>הלקוח</translation>
    </message>
    <message>
        <source>✓ {name} answered “{survey}”. Thank you!</source>
        <translation>✓ ⁨{name}⁩ ענה/תה על „⁨{survey}⁩”. תודה!</translation>
    </message>
    <message>
        <source>{name} answered part of “{survey}”; it was kept.</source>
        <translation>⁨{name}⁩ ענה/תה על חלק מ„⁨{survey}⁩”; התשובות נשמרו.</translation>
    </message>
    <message>
        <source>It raised an alert: see Alerts.</source>
        <translation>נוצרה התראה: ראו התראות.</translation>
    </message>
    <message>
        <source>✓ “{survey}” sent to the kiosk for {name}.</source>
        <translation>✓ „⁨{survey}⁩” נשלח לקיוסק עבור ⁨{name}⁩.</translation>
    </message>
</context>
<context>
    <name>SurveyPreview</name>
    <message>
        <source>(no name yet)</source>
        <translation>(אין עדיין שם)</translation>
    </message>
    <message>
        <source>Add a question to see it here.</source>
        <translation>הוסיפו שאלה כדי לראות אותה כאן.</translation>
    </message>
    <message>
        <source>(write the question)</source>
        <translation>(כתבו את השאלה)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (רשות)</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>בכלל לא סביר</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>סביר מאוד</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>למה?</translation>
    </message>
    <message>
        <source>  (asked only after a score of 0-6)</source>
        <translation>  (נשאל רק אחרי ציון 0-6)</translation>
    </message>
    <message>
        <source>(add options)</source>
        <translation>(הוסיפו אפשרויות)</translation>
    </message>
    <message>
        <source>Put these in order, most important first:</source>
        <translation>סדרו לפי החשיבות, החשוב ביותר ראשון:</translation>
    </message>
    <message>
        <source>Their answer, in their words</source>
        <translation>התשובה שלהם, במילים שלהם</translation>
    </message>
</context>
<context>
    <name>SurveySettings</name>
    <message>
        <source>Surveys and alert e-mail</source>
        <translation>סקרים ודוא״ל התראות</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> שניות</translation>
    </message>
    <message>
        <source>Keep a half-answered survey (as partial)</source>
        <translation>לשמור סקר שנענה חלקית (כחלקי)</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com — empty: no e-mail</source>
        <translation>למשל smtp.example.com — ריק: בלי דוא״ל</translation>
    </message>
    <message>
        <source>Encrypt with STARTTLS</source>
        <translation>הצפנה עם STARTTLS</translation>
    </message>
    <message>
        <source>Alert &amp;words</source>
        <translation>&amp;מילות התראה</translation>
    </message>
    <message>
        <source>Separated by commas. An answer mentioning one raises an alert, whatever its case.</source>
        <translation>מופרדות בפסיקים. תשובה שמזכירה אחת מהן יוצרת התראה, בלי קשר לאותיות גדולות או קטנות.</translation>
    </message>
    <message>
        <source>&amp;Kiosk timeout</source>
        <translation>&amp;זמן קצוב לקיוסק</translation>
    </message>
    <message>
        <source>Back to the welcome screen after this much silence.</source>
        <translation>חזרה למסך הפתיחה אחרי זמן כזה בלי פעילות.</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>לא הושלם</translation>
    </message>
    <message>
        <source>Otherwise an answer left half-way on the kiosk is dropped.</source>
        <translation>אחרת, תשובה שנעזבה באמצע בקיוסק נזרקת.</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>&amp;שרת דואר</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;פורט</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>אבטחה</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;שם משתמש</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;סיסמה</translation>
    </message>
    <message>
        <source>Kept in the encrypted shop file.</source>
        <translation>נשמרת בקובץ החנות המוצפן.</translation>
    </message>
    <message>
        <source>&amp;Sender address</source>
        <translation>&amp;כתובת השולח</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;e-mail</source>
        <translation>&amp;הדוא״ל של המנהל</translation>
    </message>
    <message>
        <source>Alerts from surveys are sent here. No customer&apos;s phone or e-mail is put in them.</source>
        <translation>התראות מסקרים נשלחות לכאן. אין בהן טלפון או דוא״ל של לקוחות.</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>שליחת דוא״ל ניסיון</translation>
    </message>
    <message>
        <source>Save surveys and e-mail</source>
        <translation>שמירת הגדרות הסקרים והדוא״ל</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <source>Sending a test e-mail…</source>
        <translation>שולחים דוא״ל ניסיון…</translation>
    </message>
    <message>
        <source>The mail server took the test e-mail for {address}. Check that inbox.</source>
        <translation>שרת הדואר קיבל את דוא״ל הניסיון אל ⁨{address}⁩. בדקו את תיבת הדואר הזו.</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Surveys</source>
        <translation>סקרים</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <source>Promoters
9-10</source>
        <translation>ממליצים
9-10</translation>
    </message>
    <message>
        <source>Passives
7-8</source>
        <translation>אדישים
7-8</translation>
    </message>
    <message>
        <source>Detractors
0-6</source>
        <translation>מלעיזים
0-6</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>תשובות</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>מדד NPS (נכונות להמליץ)</translation>
    </message>
    <message>
        <source>NPS = % promoters − % detractors; passives count in the total only.</source>
        <translation>‏NPS = % ממליצים − % מלעיזים; האדישים נספרים רק בסך הכול.</translation>
    </message>
    <message>
        <source>NPS, last 12 months</source>
        <translation>NPS ב־12 החודשים האחרונים</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>סקר</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>שאלות</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>מוצע</translation>
    </message>
    <message>
        <source>New survey (F2)</source>
        <translation>סקר חדש (F2)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>עריכה (F4)</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>החודש</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>No NPS answers {when}.</source>
        <translation>אין תשובות NPS ⁨{when}⁩.</translation>
    </message>
    <message>
        <source>{when}, from {n} answers</source>
        <translation>⁨{when}⁩, מתוך ⁨{n}⁩ תשובות</translation>
    </message>
    <message>
        <source>No answers the month before.</source>
        <translation>אין תשובות בחודש הקודם.</translation>
    </message>
    <message>
        <source>{month}: {nps}</source>
        <translation>⁨{month}⁩: ⁨{nps}⁩</translation>
    </message>
    <message>
        <source>{arrow} {step} against {month} ({nps})</source>
        <translation>⁨{arrow}⁩ ⁨{step}⁩ לעומת ⁨{month}⁩ (⁨{nps}⁩)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Type here</source>
        <translation>הקלידו כאן</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>1 stamp</source>
        <translation>חותמת אחת</translation>
    </message>
    <message>
        <source>{n} stamps</source>
        <translation>⁨{n}⁩ חותמות</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>נקודה אחת</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>⁨{n}⁩ נקודות</translation>
    </message>
    <message>
        <source>You earned {what} on {program}.</source>
        <translation>הרווחת ⁨{what}⁩ ב⁨{program}⁩.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>תודה רבה!</translation>
    </message>
    <message>
        <source>Your answers help us do better.</source>
        <translation>התשובות שלכם עוזרות לנו להשתפר.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the shop</source>
        <translation>פתיחת החנות</translation>
    </message>
    <message>
        <source>The customer book is encrypted. Type the shop&apos;s passphrase to open it.</source>
        <translation>ספר הלקוחות מוצפן. הקלידו את סיסמת ההצפנה של החנות כדי לפתוח אותו.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;סיסמת הצפנה</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>סיסמת הצפנה</translation>
    </message>
    <message>
        <source>&amp;Remember on this workstation</source>
        <translation>&amp;לזכור בעמדה הזו</translation>
    </message>
    <message>
        <source>Keeps the passphrase in this computer&apos;s keyring, so the shop opens by itself. Only tick this on a workstation that is kept safe.</source>
        <translation>שומר את סיסמת ההצפנה במחזיק המפתחות של המחשב הזה, כך שהחנות נפתחת לבד. סמנו רק בעמדה שמוגנת היטב.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Shop folder: {folder}</source>
        <translation>תיקיית החנות: ⁨{folder}⁩</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>קודם הקלידו את סיסמת ההצפנה.</translation>
    </message>
    <message>
        <source>The shop file is damaged. Restore a backup to go on.</source>
        <translation>קובץ החנות פגום. שחזרו גיבוי כדי להמשיך.</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this shop. Type it, please.</source>
        <translation>סיסמת ההצפנה השמורה כבר לא פותחת את החנות הזו. הקלידו אותה, בבקשה.</translation>
    </message>
    <message>
        <source>That passphrase does not open this shop. Try again.</source>
        <translation>סיסמת ההצפנה הזו לא פותחת את החנות. נסו שוב.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>פותחים…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Tell us how we did: it takes less than a minute.</source>
        <translation>ספרו לנו איך היה: זה לוקח פחות מדקה.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Have a loyalty card? Scan it now to earn your reward.</source>
        <translation>יש לכם כרטיס מועדון? סרקו אותו עכשיו כדי לקבל את ההטבה.</translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation>סרקו את הכרטיס</translation>
    </message>
    <message>
        <source>✓ Card recognised: your answers earn your feedback reward.</source>
        <translation>✓ הכרטיס זוהה: התשובות שלכם מזכות אתכם בהטבת המשוב.</translation>
    </message>
    <message>
        <source>We don&apos;t know that card. You can still answer, anonymously.</source>
        <translation>אנחנו לא מכירים את הכרטיס הזה. אפשר לענות בכל זאת, בעילום שם.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Checkout</source>
        <translation>קופה</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>פלחים</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>מועדון לקוחות</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>סקרים</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>לוח בקרה</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>דוחות</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>כפילויות</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>גיבויים</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>יומן פעולות</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Lock / switch user</source>
        <translation>נעילה / החלפת משתמש</translation>
    </message>
    <message>
        <source>Back to the staff sign-in screen (Ctrl+L)</source>
        <translation>חזרה למסך הכניסה של הצוות (Ctrl+L)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <source>{name} ({role})
{shop} · {workstation}</source>
        <translation>⁨{name}⁩ (⁨{role}⁩)
⁨{shop}⁩ · ⁨{workstation}⁩</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>No data for this period.</source>
        <translation>אין נתונים לתקופה הזו.</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Acknowledged</source>
        <translation>נקראה</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>מלעיז</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>דירוג נמוך</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>אזכור מילת מפתח</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדשה</translation>
    </message>
    <message>
        <source>Resolved: {note}</source>
        <translation>טופלה: ⁨{note}⁩</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{change} pts</source>
        <translation>⁨{change}⁩ נק׳</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>קוד הוא 4 עד 8 ספרות.</translation>
    </message>
    <message>
        <source>A card number is 4 to 20 letters or digits.</source>
        <translation>מספר כרטיס הוא 4 עד 20 אותיות או ספרות.</translation>
    </message>
    <message>
        <source>A card number is plain digits or letters.</source>
        <translation>מספר כרטיס הוא ספרות או אותיות בלבד.</translation>
    </message>
    <message>
        <source>A customer can&apos;t be merged with themselves.</source>
        <translation>אי אפשר לאחד לקוח עם עצמו.</translation>
    </message>
    <message>
        <source>A mail server port is 1 to 65535.</source>
        <translation>פורט של שרת דואר הוא 1 עד 65535.</translation>
    </message>
    <message>
        <source>A name can be at most 80 characters.</source>
        <translation>שם יכול להיות לכל היותר 80 תווים.</translation>
    </message>
    <message>
        <source>A program is a punch card or points.</source>
        <translation>תוכנית היא כרטיסיית ניקובים או נקודות.</translation>
    </message>
    <message>
        <source>A purchase can&apos;t be in the future.</source>
        <translation>רכישה לא יכולה להיות בעתיד.</translation>
    </message>
    <message>
        <source>A purchase that came with the merge was refunded or undone since; the merge can&apos;t be undone.</source>
        <translation>רכישה שעברה באיחוד הוחזרה או בוטלה מאז; אי אפשר לבטל את האיחוד.</translation>
    </message>
    <message>
        <source>A receipt number is at most 40 characters.</source>
        <translation>מספר קבלה הוא לכל היותר 40 תווים.</translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation>סקר צריך לפחות שאלה אחת.</translation>
    </message>
    <message>
        <source>An amount can&apos;t be negative.</source>
        <translation>סכום לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>Ask for at least one pair.</source>
        <translation>בקשו לפחות זוג אחד.</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund on that purchase.</source>
        <translation>אפשר להחזיר על הרכישה הזו לכל היותר {amount}.</translation>
    </message>
    <message>
        <source>Auto-lock must be 0 to 240 minutes.</source>
        <translation>נעילה אוטומטית צריכה להיות 0 עד 240 דקות.</translation>
    </message>
    <message>
        <source>Can&apos;t read this file&apos;s characters: save it as UTF-8 and try again.</source>
        <translation>אי אפשר לקרוא את התווים בקובץ: שמרו אותו כ־UTF-8 ונסו שוב.</translation>
    </message>
    <message>
        <source>Can&apos;t read {name}: {reason}.</source>
        <translation>אי אפשר לקרוא את {name}: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write in {folder}: {reason}.</source>
        <translation>אי אפשר לכתוב ב־{folder}: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write {name}: {reason}.</source>
        <translation>אי אפשר לכתוב את {name}: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: the folder {folder} doesn&apos;t exist.</source>
        <translation>אי אפשר לכתוב את {path}: התיקייה {folder} לא קיימת.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: {reason}.</source>
        <translation>אי אפשר לכתוב את {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper.</source>
        <translation>בחרו נייר A4 או Letter.</translation>
    </message>
    <message>
        <source>Choose English, Hebrew or Persian.</source>
        <translation>בחרו אנגלית, עברית או פרסית.</translation>
    </message>
    <message>
        <source>Choose keep or dup for {name}, not {side}.</source>
        <translation>בחרו keep או dup עבור {name}, לא {side}.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>בחרו אחד מאלה: {choices}.</translation>
    </message>
    <message>
        <source>Choose the column with the date of each purchase.</source>
        <translation>בחרו את העמודה עם התאריך של כל רכישה.</translation>
    </message>
    <message>
        <source>Choose the column with the first name (or the full name).</source>
        <translation>בחרו את העמודה עם השם הפרטי (או השם המלא).</translation>
    </message>
    <message>
        <source>Choose the column with the phone number or the e-mail.</source>
        <translation>בחרו את העמודה עם מספר הטלפון או הדוא״ל.</translation>
    </message>
    <message>
        <source>Choose the column with the total (or the lines&apos; unit prices).</source>
        <translation>בחרו את העמודה עם הסכום (או המחירים ליחידה של השורות).</translation>
    </message>
    <message>
        <source>Customer {id} is no longer merged into {who}.</source>
        <translation>לקוח {id} כבר לא מאוחד לתוך {who}.</translation>
    </message>
    <message>
        <source>Customer {id} was already merged into customer {into}.</source>
        <translation>לקוח {id} כבר אוחד לתוך לקוח {into}.</translation>
    </message>
    <message>
        <source>Customer {id} was erased.</source>
        <translation>לקוח {id} נמחק.</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong.</source>
        <translation>סבירה: עוד כמה מילים יהפכו אותה לחזקה.</translation>
    </message>
    <message>
        <source>Give the date of the purchase.</source>
        <translation>ציינו את תאריך הרכישה.</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>קודם ציינו את שם שרת הדואר.</translation>
    </message>
    <message>
        <source>Give the product&apos;s unit price.</source>
        <translation>ציינו את מחיר היחידה של המוצר.</translation>
    </message>
    <message>
        <source>Give the program a name (at most 80 characters).</source>
        <translation>תנו לתוכנית שם (לכל היותר 80 תווים).</translation>
    </message>
    <message>
        <source>Give the purchase total.</source>
        <translation>ציינו את סכום הקנייה.</translation>
    </message>
    <message>
        <source>Give the sender and the manager&apos;s address for alert e-mails.</source>
        <translation>ציינו את כתובת השולח ואת כתובת המנהל לדוא״ל ההתראות.</translation>
    </message>
    <message>
        <source>Give the sender and the manager&apos;s address.</source>
        <translation>ציינו את כתובת השולח ואת כתובת המנהל.</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>תנו לסקר שם.</translation>
    </message>
    <message>
        <source>Import customers or purchases.</source>
        <translation>ייבאו לקוחות או רכישות.</translation>
    </message>
    <message>
        <source>It can&apos;t be read through: {detail}.</source>
        <translation>אי אפשר לקרוא אותו עד הסוף: {detail}.</translation>
    </message>
    <message>
        <source>Keep a phone number or an e-mail, so we can find them.</source>
        <translation>השאירו מספר טלפון או דוא״ל, כדי שנוכל למצוא אותם.</translation>
    </message>
    <message>
        <source>Keep customers 0 (for ever) to 50 years.</source>
        <translation>שמירת לקוחות: 0 (לתמיד) עד 50 שנה.</translation>
    </message>
    <message>
        <source>Lapsed after must be 1 to 3650 days.</source>
        <translation>„לא פעיל אחרי” צריך להיות 1 עד 3650 ימים.</translation>
    </message>
    <message>
        <source>Mentions {words}</source>
        <translation>אזכור של {words}</translation>
    </message>
    <message>
        <source>Mentions {words}: {said}</source>
        <translation>אזכור של {words}: „{said}”</translation>
    </message>
    <message>
        <source>NPS {score}/10</source>
        <translation>ציון NPS:‏ {score} מתוך 10</translation>
    </message>
    <message>
        <source>NPS {score}/10 — &quot;{said}&quot;</source>
        <translation>ציון NPS:‏ {score} מתוך 10 — „{said}”</translation>
    </message>
    <message>
        <source>No customer matches {ref}.</source>
        <translation>אין לקוח שמתאים ל־{ref}.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>אין איש צוות כזה.</translation>
    </message>
    <message>
        <source>Not enough on the card: {held}, {needed} needed.</source>
        <translation>אין מספיק בכרטיס: יש {held}, צריך {needed}.</translation>
    </message>
    <message>
        <source>One of the two customers was erased since the merge; it can&apos;t be undone.</source>
        <translation>אחד משני הלקוחות נמחק מאז האיחוד; אי אפשר לבטל אותו.</translation>
    </message>
    <message>
        <source>Only a manager can change surveys.</source>
        <translation>רק מנהל יכול לשנות סקרים.</translation>
    </message>
    <message>
        <source>Only a manager can do that.</source>
        <translation>רק מנהל יכול לעשות את זה.</translation>
    </message>
    <message>
        <source>Only a manager can leave the kiosk.</source>
        <translation>רק מנהל יכול לצאת מהקיוסק.</translation>
    </message>
    <message>
        <source>Only a manager can set up e-mail.</source>
        <translation>רק מנהל יכול להגדיר דוא״ל.</translation>
    </message>
    <message>
        <source>Only a manager can undo an older purchase.</source>
        <translation>רק מנהל יכול לבטל רכישה ישנה יותר.</translation>
    </message>
    <message>
        <source>Points per unit is a number, e.g. 1 or 0.5.</source>
        <translation>נקודות ליחידה הן מספר, למשל 1 או 0.5.</translation>
    </message>
    <message>
        <source>Points per unit must be 0.001 to 100.</source>
        <translation>נקודות ליחידה צריכות להיות 0.001 עד 100.</translation>
    </message>
    <message>
        <source>Question {question} is not in survey {survey}.</source>
        <translation>שאלה {question} לא נמצאת בסקר {survey}.</translation>
    </message>
    <message>
        <source>Question {question} needs an answer.</source>
        <translation>שאלה {question} צריכה תשובה.</translation>
    </message>
    <message>
        <source>Question {question} takes a list of its options, each once.</source>
        <translation>שאלה {question} מקבלת רשימה של האפשרויות שלה, כל אחת פעם אחת.</translation>
    </message>
    <message>
        <source>Question {question} takes a whole number from {low} to {high}.</source>
        <translation>שאלה {question} מקבלת מספר שלם מ־{low} עד {high}.</translation>
    </message>
    <message>
        <source>Question {question} takes one of: {choices}.</source>
        <translation>שאלה {question} מקבלת אחת מאלה: {choices}.</translation>
    </message>
    <message>
        <source>Question {question} takes text, at most {limit:,} characters.</source>
        <translation>שאלה {question} מקבלת טקסט, לכל היותר {limit:,} תווים.</translation>
    </message>
    <message>
        <source>Question {question}: put every option in order.</source>
        <translation>שאלה {question}: סדרו את כל האפשרויות.</translation>
    </message>
    <message>
        <source>Redeem in whole rewards of {count}.</source>
        <translation>מממשים רק הטבות שלמות, כל אחת {count}.</translation>
    </message>
    <message>
        <source>Say what the reward is, e.g. a free coffee.</source>
        <translation>כתבו מה ההטבה, למשל קפה חינם.</translation>
    </message>
    <message>
        <source>Say why the balance changes.</source>
        <translation>כתבו למה היתרה משתנה.</translation>
    </message>
    <message>
        <source>Say why the money goes back.</source>
        <translation>כתבו למה הכסף מוחזר.</translation>
    </message>
    <message>
        <source>Some of the moved history no longer belongs to {who}.</source>
        <translation>חלק מההיסטוריה שהועברה כבר לא שייך ל־{who}.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>חזקה.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>הקוד הזה לא נכון.</translation>
    </message>
    <message>
        <source>That alert is already resolved.</source>
        <translation>ההתראה הזו כבר טופלה.</translation>
    </message>
    <message>
        <source>That amount is too large to be right.</source>
        <translation>הסכום הזה גדול מכדי להיות נכון.</translation>
    </message>
    <message>
        <source>That birthday can&apos;t be right.</source>
        <translation>יום ההולדת הזה לא יכול להיות נכון.</translation>
    </message>
    <message>
        <source>That date can&apos;t be right.</source>
        <translation>התאריך הזה לא יכול להיות נכון.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid: {reason}</source>
        <translation>כתובת הדוא״ל הזו לא תקינה: {reason}</translation>
    </message>
    <message>
        <source>That file is too big for a customer list.</source>
        <translation>הקובץ הזה גדול מדי לרשימת לקוחות.</translation>
    </message>
    <message>
        <source>That is not a phone number.</source>
        <translation>זה לא מספר טלפון.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 12.50.</source>
        <translation>זה לא סכום: הקלידו למשל 12.50.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit:,} characters.</source>
        <translation>זה ארוך מדי: לכל היותר {limit:,} תווים.</translation>
    </message>
    <message>
        <source>That merge was already undone.</source>
        <translation>האיחוד הזה כבר בוטל.</translation>
    </message>
    <message>
        <source>That name and PIN don&apos;t open the kiosk.</source>
        <translation>השם והקוד האלה לא פותחים את הקיוסק.</translation>
    </message>
    <message>
        <source>That passphrase does not open this shop. Try again.</source>
        <translation>סיסמת ההצפנה הזו לא פותחת את החנות. נסו שוב.</translation>
    </message>
    <message>
        <source>That phone number is not valid: check the digits and the area code.</source>
        <translation>מספר הטלפון הזה לא תקין: בדקו את הספרות ואת הקידומת.</translation>
    </message>
    <message>
        <source>That purchase has a refund; it can&apos;t be undone.</source>
        <translation>לרכישה הזו יש החזר; אי אפשר לבטל אותה.</translation>
    </message>
    <message>
        <source>That purchase is not this customer&apos;s; use the reward on one of theirs.</source>
        <translation>הרכישה הזו לא של הלקוח הזה; ממשו את ההטבה באחת מהרכישות שלו.</translation>
    </message>
    <message>
        <source>That purchase was already refunded in full.</source>
        <translation>הרכישה הזו כבר הוחזרה במלואה.</translation>
    </message>
    <message>
        <source>That purchase was already undone.</source>
        <translation>הרכישה הזו כבר בוטלה.</translation>
    </message>
    <message>
        <source>That purchase was undone or refunded in full; the reward can&apos;t be used on it.</source>
        <translation>הרכישה הזו בוטלה או הוחזרה במלואה; אי אפשר לממש בה את ההטבה.</translation>
    </message>
    <message>
        <source>That purchase was undone; there is nothing to refund.</source>
        <translation>הרכישה הזו בוטלה; אין מה להחזיר.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be zero.</source>
        <translation>הסכום לא יכול להיות אפס.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?).</source>
        <translation>תיקיית הגיבויים {folder} לא נמצאת (האם הדיסק הנייד מחובר?).</translation>
    </message>
    <message>
        <source>The backup {name} does not open with this passphrase. It may be from before the passphrase was changed: give the passphrase it was made with.</source>
        <translation>הגיבוי {name} לא נפתח עם סיסמת ההצפנה הזו. ייתכן שהוא מלפני שסיסמת ההצפנה הוחלפה: הקלידו את סיסמת ההצפנה שאיתה נעשה.</translation>
    </message>
    <message>
        <source>The backup {name} failed its check: {problem}</source>
        <translation>הגיבוי {name} לא עבר את הבדיקה: {problem}</translation>
    </message>
    <message>
        <source>The backup {name} failed its check: {problem} Try again, or choose another folder.</source>
        <translation>הגיבוי {name} לא עבר את הבדיקה: {problem} נסו שוב, או בחרו תיקייה אחרת.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: {problem}</source>
        <translation>הגיבוי {name} פגום: {problem}</translation>
    </message>
    <message>
        <source>The balance is {balance}; it can&apos;t go below zero.</source>
        <translation>היתרה היא {balance}; היא לא יכולה לרדת מתחת לאפס.</translation>
    </message>
    <message>
        <source>The change can&apos;t be zero.</source>
        <translation>השינוי לא יכול להיות אפס.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>סיסמת ההצפנה הנוכחית לא נכונה.</translation>
    </message>
    <message>
        <source>The database structure is damaged: {detail}</source>
        <translation>מבנה מסד הנתונים פגום: {detail}</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation>המפריד הוא פסיק, נקודה־פסיק או טאב.</translation>
    </message>
    <message>
        <source>The file has no column called {column}.</source>
        <translation>בקובץ אין עמודה בשם {column}.</translation>
    </message>
    <message>
        <source>The file is empty: the first line names the columns.</source>
        <translation>הקובץ ריק: השורה הראשונה נותנת שמות לעמודות.</translation>
    </message>
    <message>
        <source>The folder {folder} doesn&apos;t exist.</source>
        <translation>התיקייה {folder} לא קיימת.</translation>
    </message>
    <message>
        <source>The kiosk timeout must be 5 to 600 s.</source>
        <translation>הזמן הקצוב של הקיוסק צריך להיות 5 עד 600 שניות.</translation>
    </message>
    <message>
        <source>The latest good backup is {name} ({made}).</source>
        <translation>הגיבוי התקין האחרון הוא {name} ({made}).</translation>
    </message>
    <message>
        <source>The lines add up to {lines}, not {total}.</source>
        <translation>סכום השורות הוא {lines}, לא {total}.</translation>
    </message>
    <message>
        <source>The mail server did not take the message ({reason}).</source>
        <translation>שרת הדואר לא קיבל את ההודעה ({reason}).</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>סיסמת ההצפנה החדשה זהה לנוכחית.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>סיסמת ההצפנה צריכה לפחות {count} תווים.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>התקופה מסתיימת לפני שהיא מתחילה.</translation>
    </message>
    <message>
        <source>The product name is too long (80 at most).</source>
        <translation>שם המוצר ארוך מדי (לכל היותר 80).</translation>
    </message>
    <message>
        <source>The program can&apos;t end before it starts.</source>
        <translation>התוכנית לא יכולה להסתיים לפני שהיא מתחילה.</translation>
    </message>
    <message>
        <source>The purchase total can&apos;t be zero.</source>
        <translation>סכום הרכישה לא יכול להיות אפס.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 10000.</source>
        <translation>הכמות צריכה להיות 1 עד 10000.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>הכמות צריכה להיות מספר שלם.</translation>
    </message>
    <message>
        <source>The role is cashier or manager.</source>
        <translation>התפקיד הוא קופאי או מנהל.</translation>
    </message>
    <message>
        <source>The shop file is damaged. {advice}</source>
        <translation>קובץ החנות פגום. {advice}</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>לחנות צריך שם.</translation>
    </message>
    <message>
        <source>The shop needs at least one active manager.</source>
        <translation>לחנות צריך לפחות מנהל פעיל אחד.</translation>
    </message>
    <message>
        <source>The survey “{name}” is stopped; start it again to take answers.</source>
        <translation>הסקר &quot;{name}&quot; מושהה; הפעילו אותו שוב כדי לקבל תשובות.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>שתי סיסמאות ההצפנה לא זהות.</translation>
    </message>
    <message>
        <source>There is already a shop in {folder}.</source>
        <translation>כבר יש חנות ב־{folder}.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>כבר יש איש צוות בשם {name}.</translation>
    </message>
    <message>
        <source>There is no alert {id}.</source>
        <translation>אין התראה {id}.</translation>
    </message>
    <message>
        <source>There is no answer to keep.</source>
        <translation>אין תשובה לשמור.</translation>
    </message>
    <message>
        <source>There is no backup that opens with this passphrase to restore.</source>
        <translation>אין גיבוי שנפתח עם סיסמת ההצפנה הזו כדי לשחזר.</translation>
    </message>
    <message>
        <source>There is no backup {path}.</source>
        <translation>אין גיבוי {path}.</translation>
    </message>
    <message>
        <source>There is no customer field called {name}.</source>
        <translation>אין שדה לקוח בשם {name}.</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>אין לקוח {id}.</translation>
    </message>
    <message>
        <source>There is no field {field}. Fields: {fields}.</source>
        <translation>אין שדה {field}. השדות: {fields}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>אין תיקייה {folder}.</translation>
    </message>
    <message>
        <source>There is no loyalty program {id}.</source>
        <translation>אין תוכנית מועדון {id}.</translation>
    </message>
    <message>
        <source>There is no merge {id}.</source>
        <translation>אין איחוד {id}.</translation>
    </message>
    <message>
        <source>There is no purchase {id}.</source>
        <translation>אין רכישה {id}.</translation>
    </message>
    <message>
        <source>There is no shop in {folder}. Create one first.</source>
        <translation>אין חנות ב־{folder}. צרו חנות קודם.</translation>
    </message>
    <message>
        <source>There is no survey {id}.</source>
        <translation>אין סקר {id}.</translation>
    </message>
    <message>
        <source>There is no version {version} of the privacy policy.</source>
        <translation>אין גרסה {version} של מדיניות הפרטיות.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>הלקוח הזה נמחק.</translation>
    </message>
    <message>
        <source>This customer was erased; record the sale without a customer.</source>
        <translation>הלקוח הזה נמחק; רשמו את המכירה בלי לקוח.</translation>
    </message>
    <message>
        <source>This customer was erased; register them again if they come back.</source>
        <translation>הלקוח הזה נמחק; רשמו אותו מחדש אם יחזור.</translation>
    </message>
    <message>
        <source>This customer was merged into customer {id}; record the sale on that one.</source>
        <translation>הלקוח הזה אוחד לתוך לקוח {id}; רשמו את המכירה עליו.</translation>
    </message>
    <message>
        <source>This file is not in {encoding}: choose another encoding.</source>
        <translation>הקובץ הזה לא בקידוד {encoding}: בחרו קידוד אחר.</translation>
    </message>
    <message>
        <source>This is not a readable CSV file: {reason}.</source>
        <translation>זה לא קובץ CSV קריא: {reason}.</translation>
    </message>
    <message>
        <source>This passphrase does not open the shop file, but it opens its newest backup, {name} ({made}). If the passphrase has not been changed since, the shop file is damaged: restore that backup.</source>
        <translation>סיסמת ההצפנה הזו לא פותחת את קובץ החנות, אבל היא פותחת את הגיבוי החדש ביותר שלו, {name} ({made}). אם סיסמת ההצפנה לא הוחלפה מאז, קובץ החנות פגום: שחזרו את הגיבוי הזה.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window (process {pid}). Use that window, or close it first.</source>
        <translation>החנות הזו כבר פתוחה בחלון אחר של Counterpart (תהליך {pid}). עבדו בחלון ההוא, או סגרו אותו קודם.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window on {workstation} (process {pid}). Use that window, or close it first.</source>
        <translation>החנות הזו כבר פתוחה בחלון אחר של Counterpart בעמדה {workstation} (תהליך {pid}). עבדו בחלון ההוא, או סגרו אותו קודם.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window on {workstation}. Use that window, or close it first.</source>
        <translation>החנות הזו כבר פתוחה בחלון אחר של Counterpart בעמדה {workstation}. עבדו בחלון ההוא, או סגרו אותו קודם.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window. Use that window, or close it first.</source>
        <translation>החנות הזו כבר פתוחה בחלון אחר של Counterpart. עבדו בחלון ההוא, או סגרו אותו קודם.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>יותר מדי קודים שגויים. נסו שוב בעוד {seconds} שניות.</translation>
    </message>
    <message>
        <source>Too short: use at least {least} characters.</source>
        <translation>קצרה מדי: השתמשו בלפחות {least} תווים.</translation>
    </message>
    <message>
        <source>Type a whole number from {low} to {high}.</source>
        <translation>הקלידו מספר שלם מ־{low} עד {high}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>הקלידו סכום.</translation>
    </message>
    <message>
        <source>Type the staff member&apos;s name.</source>
        <translation>הקלידו את שם איש הצוות.</translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation>לכל היותר {places} ספרות אחרי הנקודה.</translation>
    </message>
    <message>
        <source>Weak: add words, or mix letters, digits and symbols.</source>
        <translation>חלשה: הוסיפו מילים, או שלבו אותיות, ספרות וסימנים.</translation>
    </message>
    <message>
        <source>Write --map as CSV_COLUMN=FIELD, not {option}.</source>
        <translation>כתבו את ‎--map כ־CSV_COLUMN=FIELD, לא {option}.</translation>
    </message>
    <message>
        <source>Write a line as NAME;QTY;UNIT_PRICE[;CATEGORY].</source>
        <translation>כתבו שורה בצורה NAME;QTY;UNIT_PRICE[;CATEGORY].</translation>
    </message>
    <message>
        <source>Write the birthday as YYYY-MM-DD.</source>
        <translation>כתבו את יום ההולדת בצורה YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (and the time as HH:MM) or DD/MM/YYYY.</source>
        <translation>כתבו את התאריך בצורה YYYY-MM-DD (ואת השעה HH:MM) או DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>כתבו את התאריך בצורה YYYY-MM-DD או DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>כתבו את התאריך בצורה YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the month as YYYY-MM, from {year}.</source>
        <translation>כתבו את החודש כ־YYYY-MM, החל מ־{year}.</translation>
    </message>
    <message>
        <source>Write the policy text.</source>
        <translation>כתבו את נוסח המדיניות.</translation>
    </message>
    <message>
        <source>Write the time as YYYY-MM-DDTHH:MM.</source>
        <translation>כתבו את הזמן בצורה YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Write what was done about it.</source>
        <translation>כתבו מה נעשה בעניין.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>כתבו yes או no.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>at</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <source>card_number</source>
        <translation>מספר כרטיס</translation>
    </message>
    <message>
        <source>children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>לקוח {id}</translation>
    </message>
    <message>
        <source>customer: this customer was merged into another meanwhile.</source>
        <translation>לקוח: הלקוח הזה אוחד בינתיים עם לקוח אחר.</translation>
    </message>
    <message>
        <source>customer_card</source>
        <translation>כרטיס הלקוח</translation>
    </message>
    <message>
        <source>customer_card: no customer has this card.</source>
        <translation>כרטיס הלקוח: לאף לקוח אין את הכרטיס הזה.</translation>
    </message>
    <message>
        <source>customer_email</source>
        <translation>דוא״ל הלקוח</translation>
    </message>
    <message>
        <source>customer_email: no customer has this e-mail.</source>
        <translation>דוא״ל הלקוח: לאף לקוח אין את הדוא״ל הזה.</translation>
    </message>
    <message>
        <source>customer_phone</source>
        <translation>טלפון הלקוח</translation>
    </message>
    <message>
        <source>customer_phone: no customer has this phone.</source>
        <translation>טלפון הלקוח: לאף לקוח אין את הטלפון הזה.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>e-mail and phone</source>
        <translation>דוא״ל וטלפון</translation>
    </message>
    <message>
        <source>education</source>
        <translation>השכלה</translation>
    </message>
    <message>
        <source>email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>email: the same e-mail as line {line} of the file.</source>
        <translation>דוא״ל: אותו דוא״ל כמו בשורה {line} בקובץ.</translation>
    </message>
    <message>
        <source>first_name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>how_heard</source>
        <translation>איך שמעו עלינו</translation>
    </message>
    <message>
        <source>income_range</source>
        <translation>טווח הכנסה</translation>
    </message>
    <message>
        <source>it can&apos;t have two dots in a row.</source>
        <translation>אסור שיהיו בה שתי נקודות ברצף.</translation>
    </message>
    <message>
        <source>it has a character an e-mail address can&apos;t have, such as a space.</source>
        <translation>יש בה תו שאסור בכתובת דוא״ל, כמו רווח.</translation>
    </message>
    <message>
        <source>it isn&apos;t written like an e-mail address (name@example.com).</source>
        <translation>היא לא כתובה ככתובת דוא״ל (name@example.com).</translation>
    </message>
    <message>
        <source>it needs an @, as in name@example.com.</source>
        <translation>חסר בה @, כמו ב־name@example.com.</translation>
    </message>
    <message>
        <source>last_name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>שורה {number}</translation>
    </message>
    <message>
        <source>line {row}: {reason}</source>
        <translation>שורה {row}: {reason}</translation>
    </message>
    <message>
        <source>marketing_consent</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>עיסוק</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>phone: the same phone as line {line} of the file.</source>
        <translation>טלפון: אותו טלפון כמו בשורה {line} בקובץ.</translation>
    </message>
    <message>
        <source>product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>question {n}</source>
        <translation>שאלה {n}</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>receipt: a purchase with this receipt is already in the shop.</source>
        <translation>קבלה: קנייה עם הקבלה הזאת כבר רשומה בחנות.</translation>
    </message>
    <message>
        <source>receipt: the same receipt as line {line} of the file.</source>
        <translation>קבלה: אותה קבלה כמו בשורה {line} בקובץ.</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>אותו יום הולדת</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>אותו דוא״ל</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>אותו שם</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>אותו טלפון</translation>
    </message>
    <message>
        <source>similar name {score}</source>
        <translation>שם דומה {score}</translation>
    </message>
    <message>
        <source>something must come after the @.</source>
        <translation>צריך לבוא משהו אחרי ה־@.</translation>
    </message>
    <message>
        <source>something must come before the @.</source>
        <translation>צריך לבוא משהו לפני ה־@.</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>the part after the @ needs a dot, as in example.com.</source>
        <translation>בחלק שאחרי ה־@ חסרה נקודה, כמו ב־example.com.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>unit_price</source>
        <translation>מחיר ליחידה</translation>
    </message>
    <message>
        <source>{code} is not a country code.</source>
        <translation>{code} אינו קוד מדינה.</translation>
    </message>
    <message>
        <source>{code} is not a currency code.</source>
        <translation>{code} אינו קוד מטבע.</translation>
    </message>
    <message>
        <source>{count} damaged page(s): {detail}</source>
        <translation>{count} דפים פגומים: {detail}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>{key} is not a question id.</source>
        <translation>{key} אינו מזהה של שאלה.</translation>
    </message>
    <message>
        <source>{name} is not a field a merge can choose.</source>
        <translation>{name} אינו שדה שאפשר לבחור באיחוד.</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} נקודה</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} נקודות</translation>
    </message>
    <message>
        <source>{n} punch</source>
        <translation>{n} ניקוב</translation>
    </message>
    <message>
        <source>{n} punches</source>
        <translation>{n} ניקובים</translation>
    </message>
    <message>
        <source>{path} is already there: choose another name.</source>
        <translation>{path} כבר קיים: בחרו שם אחר.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a shop. Restore it from a backup.</source>
        <translation>{path} ריק: זו לא חנות. שחזרו אותו מגיבוי.</translation>
    </message>
    <message>
        <source>{path} is not a Counterpart shop.</source>
        <translation>{path} אינו חנות של Counterpart.</translation>
    </message>
    <message>
        <source>{question}: {score}/5</source>
        <translation>{question}: {score} מתוך 5</translation>
    </message>
    <message>
        <source>{what}: customer {id} already has this {what}.</source>
        <translation>{what}: ללקוח {id} כבר יש אותו {what}.</translation>
    </message>
    <message>
        <source>{where}: a &apos;Why?&apos; follows only an NPS score.</source>
        <translation>{where}: ”למה?“ בא רק אחרי ציון NPS.</translation>
    </message>
    <message>
        <source>{where}: choose a kind of question.</source>
        <translation>{where}: בחרו סוג שאלה.</translation>
    </message>
    <message>
        <source>{where}: give at least two options.</source>
        <translation>{where}: תנו לפחות שתי אפשרויות.</translation>
    </message>
    <message>
        <source>{where}: name the product or category.</source>
        <translation>{where}: כתבו את שם המוצר או הקטגוריה.</translation>
    </message>
    <message>
        <source>{where}: the product name is too long.</source>
        <translation>{where}: שם המוצר ארוך מדי.</translation>
    </message>
    <message>
        <source>{where}: the quantity must be 1 to {most}.</source>
        <translation>{where}: הכמות צריכה להיות 1 עד {most}.</translation>
    </message>
    <message>
        <source>{where}: the quantity must be a whole number.</source>
        <translation>{where}: הכמות צריכה להיות מספר שלם.</translation>
    </message>
    <message>
        <source>{where}: write the question.</source>
        <translation>{where}: כתבו את השאלה.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} already has this {what}.</source>
        <translation>ל־{who} כבר יש אותו {what}.</translation>
    </message>
    <message>
        <source>{who} was changed since the merge ({fields}); undoing it would lose that change.</source>
        <translation>{who} השתנה מאז האיחוד ({fields}); ביטול האיחוד יאבד את השינוי הזה.</translation>
    </message>
    <message>
        <source>{who} was part of a later merge; undo that one first.</source>
        <translation>{who} היה חלק מאיחוד מאוחר יותר; בטלו אותו קודם.</translation>
    </message>
    <message>
        <source>{who}&apos;s loyalty balance was used or corrected since the merge; the merge can&apos;t be undone.</source>
        <translation>יתרת המועדון של {who} נוצלה או תוקנה מאז האיחוד; אי אפשר לבטל את האיחוד.</translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>Ask everyone</source>
        <translation>לשאול את כולם</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>לא לשאול</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>טקסט חופשי</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>בחירה מרובה</translation>
    </message>
    <message>
        <source>NPS 0-10</source>
        <translation>NPS 0-10</translation>
    </message>
    <message>
        <source>Only detractors (0-6)</source>
        <translation>רק מלעיזים (0-6)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>דירוג לפי סדר</translation>
    </message>
    <message>
        <source>Rating 1-5</source>
        <translation>ציון 1-5</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>בחירה אחת</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and nothing was changed.
The details are in the log file in the shop folder.</source>
        <translation>מצטערים, משהו השתבש ושום דבר לא שונה.
הפרטים נמצאים בקובץ היומן בתיקיית החנות.</translation>
    </message>
</context>
</TS>
