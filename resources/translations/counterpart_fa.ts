<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust balance</source>
        <translation>اصلاح موجودی</translation>
    </message>
    <message>
        <source>{program}: {held} on the card now. The change and its reason go into the loyalty history with your name.</source>
        <translation>⁨{program}⁩: الان ⁨{held}⁩ روی کارت است. این تغییر و دلیلش با نام شما در سابقهٔ باشگاه ثبت می‌شود.</translation>
    </message>
    <message>
        <source>e.g. 2 to add, -2 to take off</source>
        <translation>مثلاً ۲ برای افزودن، ⁦-۲⁩ برای کم کردن</translation>
    </message>
    <message>
        <source>e.g. card forgotten on 3 May</source>
        <translation>مثلاً کارت را ۱۳ اردیبهشت جا گذاشت</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;تغییر</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;دلیل</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <source>Adjust (Enter)</source>
        <translation>اصلاح (Enter)</translation>
    </message>
    <message>
        <source>Type a whole number: 2 adds two, -2 takes two off.</source>
        <translation>یک عدد صحیح وارد کنید: ۲ دو تا اضافه می‌کند، ⁦-۲⁩ دو تا کم می‌کند.</translation>
    </message>
</context>
<context>
    <name>AlertWatch</name>
    <message>
        <source>{n} new alert(s) from a survey — open Alerts</source>
        <translation>⁨{n}⁩ هشدار تازه از نظرسنجی — هشدارها را باز کنید</translation>
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
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Show resolved too</source>
        <translation>هشدارهای رسیدگی‌شده را هم نشان بده</translation>
    </message>
    <message>
        <source>A detractor score, a low rating or a worrying word in a survey answer raises an alert here at once. Acknowledge it, follow up, then resolve it with a note of what was done. Click a customer&apos;s name to open their profile.</source>
        <translation>امتیاز یک منتقد، نمرهٔ پایین یا واژه‌ای نگران‌کننده در پاسخ نظرسنجی، بی‌درنگ اینجا هشدار می‌سازد. آن را تأیید کنید، پیگیری کنید و سپس با یادداشتی از کاری که شد، رسیدگی‌شده علامت بزنید. برای باز کردن پروندهٔ مشتری روی نامش کلیک کنید.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>چه گفته شد</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>تأیید دیدن (Ctrl+K)</translation>
    </message>
    <message>
        <source>Resolve… (Ctrl+Enter)</source>
        <translation>رسیدگی… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>هشدار بازی نیست.</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>هنوز هشداری نیست.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>تأیید شد.</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>مشتری: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>رسیدگی شد.</translation>
    </message>
</context>
<context>
    <name>AnswersCard</name>
    <message>
        <source>Survey answers</source>
        <translation>پاسخ‌های نظرسنجی</translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation>هنوز پاسخی به نظرسنجی‌ها نیست.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>{when}, {where}</source>
        <translation>⁨{when}⁩، ⁨{where}⁩</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (ناتمام)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>acknowledge</source>
        <translation>دیده شد</translation>
    </message>
    <message>
        <source>adjust</source>
        <translation>اصلاح امتیاز</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>غیرفعال‌سازی</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>پاک‌کردن</translation>
    </message>
    <message>
        <source>export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>login_failed</source>
        <translation>ورود ناموفق</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>merged_into</source>
        <translation>ادغام در مشتری دیگر</translation>
    </message>
    <message>
        <source>print_card</source>
        <translation>چاپ کارت</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>استفاده از جایزه</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>rekey</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>replace_card</source>
        <translation>تعویض کارت</translation>
    </message>
    <message>
        <source>reset_pin</source>
        <translation>بازنشانی رمز</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>رسیدگی</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>برگرداندن ادغام</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>view</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>void</source>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>گزارش کارها</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>privacy_policy</source>
        <translation>سیاست حریم خصوصی</translation>
    </message>
    <message>
        <source>program</source>
        <translation>برنامهٔ باشگاه</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>survey_response</source>
        <translation>پاسخ نظرسنجی</translation>
    </message>
    <message>
        <source>winback</source>
        <translation>فهرست بازگرداندن</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>(command line)</source>
        <translation>(خط فرمان)</translation>
    </message>
    <message>
        <source>(kiosk)</source>
        <translation>(کیوسک)</translation>
    </message>
    <message>
        <source>(import)</source>
        <translation>(ورود از پرونده)</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(کسی وارد نشده)</translation>
    </message>
    <message>
        <source>Entry {id}, through the {channel}</source>
        <translation>ردیف ⁨{id}⁩، از راه ⁨{channel}⁩</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>ایستگاه کاری</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>گزارش کارها</translation>
    </message>
    <message>
        <source>Every change, view of a profile, sign-in, export and backup, newest first. Entries name fields, never what was typed in them.</source>
        <translation>هر تغییر، دیدن پرونده، ورود، خروجی و پشتیبان، اول تازه‌ترین‌ها. ردیف‌ها نام فیلدها را می‌آورند، هرگز آنچه در آن‌ها نوشته شده را.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;چه کسی</translation>
    </message>
    <message>
        <source>Acti&amp;on</source>
        <translation>&amp;کار</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;از</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>Only a manager can read the audit log.</source>
        <translation>فقط مدیر می‌تواند گزارش کارها را بخواند.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>No one (command line, kiosk)</source>
        <translation>هیچ‌کس (خط فرمان، کیوسک)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>ردیفی پیدا نشد.</translation>
    </message>
    <message>
        <source>{n} entries shown; scroll for more.</source>
        <translation>⁨{n}⁩ ردیف نمایش داده شده؛ برای بیشتر پایین بروید.</translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation>⁨{n}⁩ ردیف.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>خروجی گزارش کارها</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Exported {n} entries to {path}.</source>
        <translation>⁨{n}⁩ ردیف در ⁨{path}⁩ ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>BackupsScreen</name>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Encrypted copies of the whole shop, made every day, when the app closes and when you ask; each one is checked after it is made. Kept: one a day for 7 days, one a week for 4 weeks, one a month for 12 months. A backup opens with the passphrase the shop had when it was made.</source>
        <translation>نسخه‌های رمزگذاری‌شده از کل فروشگاه، هر روز، هنگام بستن برنامه و هر وقت بخواهید ساخته می‌شوند؛ هرکدام پس از ساختن بررسی می‌شود. نگهداری: روزی یکی تا ۷ روز، هفته‌ای یکی تا ۴ هفته، ماهی یکی تا ۱۲ ماه. هر پشتیبان با عبارت عبوری باز می‌شود که فروشگاه هنگام ساختنش داشت.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <source>Use the shop folder</source>
        <translation>پوشهٔ فروشگاه را به کار ببر</translation>
    </message>
    <message>
        <source>Back up now (Ctrl+B)</source>
        <translation>پشتیبان‌گیری همین حالا (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;بررسی</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;بازگردانی…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغییر &amp;عبارت عبور…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ساخته شده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Only a manager can back up, restore or change the passphrase.</source>
        <translation>فقط مدیر می‌تواند پشتیبان بگیرد، بازگردانی کند یا عبارت عبور را عوض کند.</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>پوشهٔ پشتیبان‌ها: ⁨{folder}⁩</translation>
    </message>
    <message>
        <source>Backup folder: {folder} (in the shop folder; choose a USB stick or another disk to keep copies away from this computer)</source>
        <translation>پوشهٔ پشتیبان‌ها: ⁨{folder}⁩ (درون پوشهٔ فروشگاه؛ برای نگه داشتن نسخه‌ها دور از این رایانه، فلش یا دیسک دیگری انتخاب کنید)</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>هنگام بستن</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>پیش از به‌روزرسانی</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made today, or press Back up now.</source>
        <translation>هنوز پشتیبانی نیست. نخستین امروز ساخته می‌شود، یا «پشتیبان‌گیری همین حالا» را بزنید.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backing up the shop…</source>
        <translation>در حال پشتیبان‌گیری از فروشگاه…</translation>
    </message>
    <message>
        <source>Backed up and verified: {name}.</source>
        <translation>پشتیبان گرفته و بررسی شد: ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>در حال بررسی ⁨{name}⁩…</translation>
    </message>
    <message>
        <source>{name} is sound.</source>
        <translation>⁨{name}⁩ سالم است.</translation>
    </message>
    <message>
        <source>{name} failed its check: {problem}</source>
        <translation>⁨{name}⁩ در بررسی رد شد: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>این پشتیبان بازگردانی شود؟</translation>
    </message>
    <message>
        <source>Put back the shop as it was on {when}? Everything recorded since is replaced. The shop as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>فروشگاه به حال ⁨{when}⁩ برگردد؟ هرچه از آن پس ثبت شده جایگزین می‌شود. اول از حال کنونی فروشگاه پشتیبان گرفته می‌شود، پس با بازگردانی همان پشتیبان می‌شود این کار را برگرداند.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازگردانی…</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>عبارت عبور پشتیبان</translation>
    </message>
    <message>
        <source>This backup was made under another passphrase. Type the passphrase it was made with:</source>
        <translation>این پشتیبان با عبارت عبور دیگری ساخته شده. عبارت عبوری را که با آن ساخته شد بنویسید:</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. The shop as it was before is in {name}.</source>
        <translation>پشتیبان ⁨{when}⁩ بازگردانی شد. فروشگاه به حال پیشین در ⁨{name}⁩ است.</translation>
    </message>
    <message>
        <source>The passphrase is changed: the shop opens only with the new one.</source>
        <translation>عبارت عبور عوض شد: فروشگاه فقط با عبارت تازه باز می‌شود.</translation>
    </message>
    <message>
        <source>{n} older backup(s) still open only with the OLD passphrase. Keep it as long as you keep them.</source>
        <translation>⁨{n}⁩ پشتیبان قدیمی‌تر هنوز فقط با عبارت عبور قدیمی باز می‌شوند. تا وقتی آن‌ها را نگه می‌دارید، آن را هم نگه دارید.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>انتخاب پوشهٔ پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Backups now go to {folder}.</source>
        <translation>پشتیبان‌ها از این پس در ⁨{folder}⁩ ذخیره می‌شوند.</translation>
    </message>
</context>
<context>
    <name>BalancesCard</name>
    <message>
        <source>Loyalty</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>No loyalty programs yet.</source>
        <translation>هنوز برنامهٔ باشگاهی نیست.</translation>
    </message>
    <message>
        <source>{held} · {standing}</source>
        <translation>⁨{held}⁩ · ⁨{standing}⁩</translation>
    </message>
    <message>
        <source>Redeem… (Ctrl+R)</source>
        <translation>استفاده از جایزه… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>استفاده از جایزه…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>اصلاح…</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Scan the card · type the total · Enter</source>
        <translation>کارت را اسکن کنید · مبلغ را وارد کنید · Enter</translation>
    </message>
    <message>
        <source>Record {amount}   (Enter)</source>
        <translation>ثبت ⁨{amount}⁩   (Enter)</translation>
    </message>
    <message>
        <source>Record   (Enter)</source>
        <translation>ثبت   (Enter)</translation>
    </message>
    <message>
        <source>Scan the card or pick the customer first, or press F6 for a sale without a customer.</source>
        <translation>اول کارت را اسکن کنید یا مشتری را انتخاب کنید، یا برای فروش بدون مشتری F6 را بزنید.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>همهٔ گزینه‌های درست را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثلاً ۱۳۶۶/۱۱/۲۰</translation>
    </message>
    <message>
        <source>Any format, e.g. 052-555-1234</source>
        <translation>به هر شکل، مثلاً 0912-555-1234</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vegan, wholesale</source>
        <translation>با ویرگول جدا کنید، مثلاً گیاهخوار، عمده‌فروش</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— پرسیده نشده —</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news (marketing consent)</source>
        <translation>موافق دریافت پیشنهادها و خبرهاست (رضایت تبلیغاتی)</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>جزئیات بیشتر</translation>
    </message>
    <message>
        <source>Trusted regular (optional)</source>
        <translation>مشتری ثابت و آشنا (اختیاری)</translation>
    </message>
    <message>
        <source>Only for regulars happy to tell. Ranges and choices, never exact figures.</source>
        <translation>فقط برای مشتری‌های ثابتی که مایل به گفتن هستند. بازه و گزینه، هرگز رقم دقیق.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>ویرایش ⁨{name}⁩</translation>
    </message>
    <message>
        <source>A name and a phone number or e-mail are enough; the rest can wait for a later visit.</source>
        <translation>یک نام و یک شماره تلفن یا ایمیل کافی است؛ بقیه می‌تواند برای مراجعهٔ بعد بماند.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>ذخیره (Enter)</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>ثبت‌نام (Enter)</translation>
    </message>
    <message>
        <source>Maybe already registered:</source>
        <translation>شاید قبلاً ثبت‌نام شده:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>به هر حال ذخیره کن</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>به هر حال ثبت‌نام کن</translation>
    </message>
    <message>
        <source>Discard?</source>
        <translation>دور بریزیم؟</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>فرم بسته شود و آنچه نوشتید از بین برود؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور بریز</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>ادامهٔ نوشتن</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>25,000 – 50,000 a year</source>
        <translation>۲۵٬۰۰۰ تا ۵۰٬۰۰۰ در سال</translation>
    </message>
    <message>
        <source>50,000 – 100,000 a year</source>
        <translation>۵۰٬۰۰۰ تا ۱۰۰٬۰۰۰ در سال</translation>
    </message>
    <message>
        <source>A friend told them</source>
        <translation>دوستی معرفی کرد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>An advert</source>
        <translation>تبلیغ</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>کارشناسی</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>فرزندان</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>تحصیلات</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation>خانه‌دار</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>درآمد خانوار</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>از کجا با ما آشنا شد</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>رضایت تبلیغاتی</translation>
    </message>
    <message>
        <source>Master&apos;s or higher</source>
        <translation>کارشناسی ارشد یا بالاتر</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>شغل</translation>
    </message>
    <message>
        <source>One</source>
        <translation>یک</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Over 100,000 a year</source>
        <translation>بیش از ۱۰۰٬۰۰۰ در سال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>بازنشسته</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>دبیرستان</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>آزاد</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانشجو</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Three or more</source>
        <translation>سه یا بیشتر</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>دو</translation>
    </message>
    <message>
        <source>Under 25,000 a year</source>
        <translation>کمتر از ۲۵٬۰۰۰ در سال</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>آموزش فنی‌وحرفه‌ای</translation>
    </message>
    <message>
        <source>Walked by the shop</source>
        <translation>از جلوی فروشگاه رد شد</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>جستجو در اینترنت</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>پشت پیشخوان</translation>
    </message>
    <message>
        <source>by import</source>
        <translation>با ورود از پرونده</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>از خط فرمان</translation>
    </message>
    <message>
        <source>on the kiosk</source>
        <translation>در کیوسک</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Scan the card, or type a phone or name</source>
        <translation>کارت را اسکن کنید، یا تلفن یا نام را بنویسید</translation>
    </message>
    <message>
        <source>Anonymous (F6)</source>
        <translation>ناشناس (F6)</translation>
    </message>
    <message>
        <source>✕  Change (Esc)</source>
        <translation>✕  تغییر (Esc)</translation>
    </message>
    <message>
        <source>Nobody found for “{query}”. Register them on the Customers screen, or press F6 to sell without a customer.</source>
        <translation>کسی برای «⁨{query}⁩» پیدا نشد. او را در صفحهٔ مشتریان ثبت‌نام کنید، یا برای فروش بدون مشتری F6 را بزنید.</translation>
    </message>
    <message>
        <source>No customer has card {code}.</source>
        <translation>هیچ مشتری‌ای کارت ⁨{code}⁩ را ندارد.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <source>no customer for this sale</source>
        <translation>این فروش مشتری ندارد</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>یک مراجعه</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>⁨{count}⁩ مراجعه</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Phone, name, e-mail or card — or scan</source>
        <translation>تلفن، نام، ایمیل یا کارت — یا اسکن</translation>
    </message>
    <message>
        <source>New customer (F2)</source>
        <translation>مشتری جدید (F2)</translation>
    </message>
    <message>
        <source>Register a new customer (F2)</source>
        <translation>ثبت‌نام مشتری جدید (F2)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Nobody found for “{query}”. New here?</source>
        <translation>کسی برای «⁨{query}⁩» پیدا نشد. مشتری تازه است؟</translation>
    </message>
    <message>
        <source>Newest customers first. Type to search, or scan a card.</source>
        <translation>اول تازه‌ترین مشتریان. برای جستجو بنویسید، یا کارتی را اسکن کنید.</translation>
    </message>
    <message>
        <source>More than {count} found: scroll for more, or type more.</source>
        <translation>بیش از ⁨{count}⁩ پیدا شد: برای بیشتر پایین بروید، یا بیشتر بنویسید.</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>⁨{count}⁩ پیدا شد</translation>
    </message>
    <message>
        <source>No customer has card {code}.</source>
        <translation>هیچ مشتری‌ای کارت ⁨{code}⁩ را ندارد.</translation>
    </message>
</context>
<context>
    <name>DamagedShopDialog</name>
    <message>
        <source>The shop file is damaged</source>
        <translation>پروندهٔ فروشگاه آسیب دیده است</translation>
    </message>
    <message>
        <source>Counterpart checks the shop file every time it opens, and this time part of it could not be read back as it was written (a failing disk, a power cut while saving, or a copy that went wrong). Nothing has been changed.</source>
        <translation>Counterpart هر بار پروندهٔ فروشگاه را هنگام باز کردن بررسی می‌کند و این بار بخشی از آن همان‌طور که نوشته شده بود خوانده نشد (دیسک معیوب، قطع برق هنگام ذخیره، یا رونوشتی که خراب شد). چیزی تغییر نکرده.</translation>
    </message>
    <message>
        <source>What the check found: {problem}</source>
        <translation>آنچه بررسی پیدا کرد: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>The latest good backup is from {when} ({name}, {size}). Restoring it brings the shop back as it was then: anything recorded after it is lost. The damaged file is kept in the backups folder.</source>
        <translation>آخرین پشتیبان سالم از ⁨{when}⁩ است (⁨{name}⁩، ⁨{size}⁩). بازگردانی آن فروشگاه را به حال آن زمان برمی‌گرداند: هرچه پس از آن ثبت شده از دست می‌رود. پروندهٔ آسیب‌دیده در پوشهٔ پشتیبان‌ها نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>No backup in the shop&apos;s backup folders opens with this passphrase. If you have one elsewhere (e.g. on a USB stick), choose it below.</source>
        <translation>هیچ پشتیبانی در پوشه‌های پشتیبان فروشگاه با این عبارت عبور باز نمی‌شود. اگر جای دیگری (مثلاً روی فلش) پشتیبانی دارید، آن را در پایین انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;بازگردانی این پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;انتخاب پشتیبان دیگر…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>انتخاب پشتیبان</translation>
    </message>
    <message>
        <source>Counterpart backups (*.db)</source>
        <translation>پشتیبان‌های Counterpart (*.db)</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>پشتیبان بازگردانی شود؟</translation>
    </message>
    <message>
        <source>Replace the damaged shop file with {name}? Anything recorded after that backup is lost. The damaged file is kept in the backups folder.</source>
        <translation>پروندهٔ آسیب‌دیدهٔ فروشگاه با ⁨{name}⁩ جایگزین شود؟ هرچه پس از آن پشتیبان ثبت شده از دست می‌رود. پروندهٔ آسیب‌دیده در پوشهٔ پشتیبان‌ها نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>از … تا …</translation>
    </message>
    <message>
        <source>Charts for</source>
        <translation>نمودارها برای</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>میانگین سبد خرید</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>شناخته‌شده</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان تازه</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Today, against yesterday</source>
        <translation>امروز، در برابر دیروز</translation>
    </message>
    <message>
        <source>This month so far, against the same days last month</source>
        <translation>این ماه تا اینجا، در برابر همان روزهای ماه گذشته</translation>
    </message>
    <message>
        <source>Sales per day</source>
        <translation>فروش روزانه</translation>
    </message>
    <message>
        <source>Customers by segment (today)</source>
        <translation>مشتریان بر پایهٔ گروه (امروز)</translation>
    </message>
    <message>
        <source>How new customers heard about us</source>
        <translation>مشتریان تازه از کجا با ما آشنا شدند</translation>
    </message>
    <message>
        <source>Loyalty issued and redeemed</source>
        <translation>امتیازهای داده‌شده و استفاده‌شدهٔ باشگاه</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>داده شد</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>استفاده شد</translation>
    </message>
    <message>
        <source>NPS over 12 months</source>
        <translation>NPS در ۱۲ ماه</translation>
    </message>
    <message>
        <source>Only a manager can see the shop&apos;s figures.</source>
        <translation>فقط مدیر می‌تواند آمار فروشگاه را ببیند.</translation>
    </message>
    <message>
        <source>Sales per day, {first} – {last} ({currency})</source>
        <translation>فروش روزانه، ⁨{first}⁩ تا ⁨{last}⁩ (⁨{currency}⁩)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>به‌روز شده در ⁨{time}⁩</translation>
    </message>
    <message>
        <source>answers: {n}</source>
        <translation>پاسخ‌ها: ⁨{n}⁩</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Open that customer instead</source>
        <translation>به جای آن، همان مشتری را باز کن</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>همان تلفن</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>همان ایمیل</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>نام مشابه</translation>
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
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <source>Customer {id}, card {card}</source>
        <translation>مشتری ⁨{id}⁩، کارت ⁨{card}⁩</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه دار</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تکراری احتمالی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>{n} visit(s)</source>
        <translation>⁨{n}⁩ مراجعه</translation>
    </message>
</context>
<context>
    <name>DuplicatesScreen</name>
    <message>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <source>&amp;Find duplicates</source>
        <translation>&amp;یافتن تکراری‌ها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Customers who may be one person: the same phone or e-mail, a similar name, the same birthday. Open a pair to merge it into one customer; a merge can be undone below.</source>
        <translation>مشتریانی که شاید یک نفر باشند: همان تلفن یا ایمیل، نام مشابه، همان تاریخ تولد. یک جفت را باز کنید تا در یک مشتری ادغام شود؛ ادغام را در پایین می‌شود برگرداند.</translation>
    </message>
    <message>
        <source>&amp;Open pair…</source>
        <translation>&amp;باز کردن جفت…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>ادغام‌های اخیر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>Merged into them</source>
        <translation>در او ادغام شد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>برگردانده شد</translation>
    </message>
    <message>
        <source>U&amp;ndo this merge</source>
        <translation>&amp;برگرداندن این ادغام</translation>
    </message>
    <message>
        <source>Press Find duplicates to look through the customer book.</source>
        <translation>برای گشتن در دفتر مشتریان «یافتن تکراری‌ها» را بزنید.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>در حال یافتن تکراری‌ها…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <source>Stopped before the end; the list is as it was.</source>
        <translation>پیش از پایان متوقف شد؛ فهرست همان است که بود.</translation>
    </message>
    <message>
        <source>No likely duplicates among {n} customers.</source>
        <translation>میان ⁨{n}⁩ مشتری تکراری محتملی نیست.</translation>
    </message>
    <message>
        <source>The {n} likeliest of {found} pairs, best first.</source>
        <translation>⁨{n}⁩ جفت محتمل‌تر از ⁨{found}⁩ جفت، بهترین اول.</translation>
    </message>
    <message>
        <source>{n} likely pair(s) among {customers} customers, best first.</source>
        <translation>⁨{n}⁩ جفت محتمل میان ⁨{customers}⁩ مشتری، بهترین اول.</translation>
    </message>
    <message>
        <source>Merged customer {dup} into customer {keep}; moved {what}.</source>
        <translation>مشتری ⁨{dup}⁩ در مشتری ⁨{keep}⁩ ادغام شد؛ ⁨{what}⁩ منتقل شد.</translation>
    </message>
    <message>
        <source>Undone: customers {keep} and {dup} are two again.</source>
        <translation>برگردانده شد: مشتری ⁨{keep}⁩ و ⁨{dup}⁩ دوباره دو نفرند.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase a customer</source>
        <translation>پاک کردن مشتری</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>⁨{name}⁩ برای همیشه پاک شود؟</translation>
    </message>
    <message>
        <source>&lt;b&gt;What goes:&lt;/b&gt; their name, phone, e-mail, address, birthday, notes, tags and what they told us about themselves; their loyalty card number; what they wrote in surveys; their name in alerts; their entries in search. This can&apos;t be undone, and the shop file keeps no trace of it (backups made before now keep it until they are rotated out).</source>
        <translation>&lt;b&gt;آنچه پاک می‌شود:&lt;/b&gt; نام، تلفن، ایمیل، نشانی، تاریخ تولد، یادداشت‌ها، برچسب‌ها و آنچه دربارهٔ خودش گفته؛ شمارهٔ کارت باشگاه؛ آنچه در نظرسنجی‌ها نوشته؛ نامش در هشدارها؛ ردیف‌هایش در جستجو. این کار برگشت‌پذیر نیست و هیچ ردی از آن در پروندهٔ فروشگاه نمی‌ماند (پشتیبان‌های پیش از این، تا وقتی کنار گذاشته شوند، آن را نگه می‌دارند).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What stays, without a name:&lt;/b&gt; their purchases and totals, their loyalty points or punches, and their survey scores, so the shop&apos;s reports stay right. The audit log notes who erased customer {id}, and when.</source>
        <translation>&lt;b&gt;آنچه بی‌نام می‌ماند:&lt;/b&gt; خریدها و جمع‌ها، امتیازها یا مهرهای باشگاه، و نمره‌های نظرسنجی، تا گزارش‌های فروشگاه درست بمانند. گزارش کارها ثبت می‌کند چه کسی و کی مشتری ⁨{id}⁩ را پاک کرد.</translation>
    </message>
    <message>
        <source>The customer asked</source>
        <translation>خود مشتری خواست</translation>
    </message>
    <message>
        <source>Inactive too long</source>
        <translation>مدت زیادی غیرفعال بوده</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>دلیل دیگر</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Type their first name, {name}, to confirm</source>
        <translation>برای تأیید، نام کوچکش را بنویسید: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>خروج از کیوسک</translation>
    </message>
    <message>
        <source>Staff only: a manager&apos;s name and PIN close the kiosk.</source>
        <translation>فقط کارکنان: نام و رمز مدیر کیوسک را می‌بندد.</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>نام مدیر</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name and PIN.</source>
        <translation>نام و رمز مدیر را بنویسید.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a CSV file</source>
        <translation>خروجی به پروندهٔ CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <source>Customers who agreed to marketing (a mailing list)</source>
        <translation>مشتریانی که با پیام تبلیغاتی موافق‌اند (فهرست پستی)</translation>
    </message>
    <message>
        <source>Purchases (one row per line)</source>
        <translation>خریدها (هر قلم یک ردیف)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>خروجی به</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>لغو شد: پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>{n} rows exported to {file}.</source>
        <translation>⁨{n}⁩ ردیف در ⁨{file}⁩ ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>FiguresCard</name>
    <message>
        <source>Figures</source>
        <translation>آمار</translation>
    </message>
    <message>
        <source>Top 10% by spend over the last 12 months</source>
        <translation>جزو ۱۰٪ پرخریدترین‌ها در ۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>در دسترس نیست</translation>
    </message>
    <message>
        <source>Customers who bought {x} also bought: {y}</source>
        <translation>مشتریانی که ⁨{x}⁩ خریدند این‌ها را هم خریدند: ⁨{y}⁩</translation>
    </message>
    <message>
        <source>Customers who buy what they buy also bought: {y}</source>
        <translation>مشتریانی که همین چیزها را می‌خرند این‌ها را هم خریدند: ⁨{y}⁩</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>کل خرید</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>میانگین سبد خرید</translation>
    </message>
    <message>
        <source>Usual interval</source>
        <translation>فاصلهٔ معمول</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>نخستین مراجعه</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>دسته‌های محبوب</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>about every day</source>
        <translation>تقریباً هر روز</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>هر ⁨{n}⁩ روز</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>⁨{n}⁩ روز پیش</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>انتخاب پرونده</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet or another shop system. The first line names the columns.</source>
        <translation>یک پروندهٔ CSV که از صفحه‌گسترده یا سامانهٔ فروشگاهی دیگری گرفته شده. سطر اول نام ستون‌ها را می‌گوید.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>پروندهٔ CSV برای ورود</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Each row is a customer with a first name (or a full name) and a phone or an e-mail. A phone or e-mail the shop already has refuses the row.</source>
        <translation>هر ردیف یک مشتری است با نام (یا نام کامل) و یک تلفن یا ایمیل. ردیفی که تلفن یا ایمیلش از پیش در فروشگاه هست رد می‌شود.</translation>
    </message>
    <message>
        <source>Each row is a purchase, or a line of one: rows with the same purchase number (or receipt) make one purchase. The customer is found by card, phone or e-mail; without them the sale is anonymous. Give the date, and the total or each line&apos;s product, quantity and unit price. Imported purchases earn no loyalty.</source>
        <translation>هر ردیف یک خرید است، یا یک قلم از آن: ردیف‌هایی با شمارهٔ خرید (یا رسید) یکسان یک خرید می‌سازند. مشتری با کارت، تلفن یا ایمیل پیدا می‌شود؛ بدون آن‌ها فروش ناشناس است. تاریخ را بدهید، و جمع یا برای هر قلم کالا، تعداد و قیمت واحد را. خریدهای واردشده امتیاز باشگاه نمی‌گیرند.</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>ورود از پروندهٔ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>پرونده‌های CSV (*.csv *.txt);;همهٔ پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>How the file was read</source>
        <translation>پرونده چگونه خوانده شد</translation>
    </message>
    <message>
        <source>Detected from the file. If the letters look wrong, choose another encoding.</source>
        <translation>از خود پرونده تشخیص داده شد. اگر حرف‌ها درست دیده نمی‌شوند، رمزگذاری دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>ویرگول ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>نقطه‌ویرگول ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>رمزگذاری نویسه</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>جداکننده</translation>
    </message>
    <message>
        <source>{n} rows under the header.</source>
        <translation>⁨{n}⁩ ردیف زیر سرستون.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>A few quick questions</source>
        <translation>چند پرسش کوتاه</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>A dry run checks every row and changes nothing. The import adds every row that passes, or nothing if you cancel.</source>
        <translation>اجرای آزمایشی همهٔ ردیف‌ها را بررسی می‌کند و چیزی را تغییر نمی‌دهد. ورود هر ردیفی را که درست باشد اضافه می‌کند، یا اگر لغو کنید هیچ‌چیز.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>اجرای آزمایشی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>ذخیرهٔ ردیف‌های ردشده…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>{n} rows to check.</source>
        <translation>⁨{n}⁩ ردیف برای بررسی.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>لغو شد: چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Dry run: {n} {what} would be imported from {rows} rows; {bad} rows would be refused. Nothing was changed.</source>
        <translation>اجرای آزمایشی: ⁨{n}⁩ ⁨{what}⁩ از ⁨{rows}⁩ ردیف وارد می‌شود؛ ⁨{bad}⁩ ردیف رد می‌شود. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Imported {n} {what} from {rows} rows; {bad} rows refused.</source>
        <translation>⁨{n}⁩ ⁨{what}⁩ از ⁨{rows}⁩ ردیف وارد شد؛ ⁨{bad}⁩ ردیف رد شد.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>ذخیرهٔ ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Can&apos;t save there: {why}</source>
        <translation>آنجا نمی‌شود ذخیره کرد: ⁨{why}⁩</translation>
    </message>
    <message>
        <source>{n} rejected rows saved to {file}: fix them and import that file.</source>
        <translation>⁨{n}⁩ ردیف ردشده در ⁨{file}⁩ ذخیره شد: درستشان کنید و همان پرونده را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>ورود از پروندهٔ CSV</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>فرزندان</translation>
    </message>
    <message>
        <source>Customer&apos;s card number</source>
        <translation>شمارهٔ کارت مشتری</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>ایمیل مشتری</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>تلفن مشتری</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>تحصیلات</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Full name (split at the first space)</source>
        <translation>نام کامل (در نخستین فاصله جدا می‌شود)</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>از کجا با ما آشنا شد</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ورود…</translation>
    </message>
    <message>
        <source>Income range</source>
        <translation>بازهٔ درآمد</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Loyalty card number</source>
        <translation>شمارهٔ کارت باشگاه</translation>
    </message>
    <message>
        <source>Marketing consent (yes/no)</source>
        <translation>رضایت تبلیغاتی (yes/no)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>شغل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Purchase number (groups lines)</source>
        <translation>شمارهٔ خرید (ردیف‌ها را گروه می‌کند)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>شمارهٔ رسید</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— وارد نشود —</translation>
    </message>
</context>
<context>
    <name>KioskSection</name>
    <message>
        <source>Kiosk on this workstation</source>
        <translation>کیوسک در این ایستگاه کاری</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>باز کردن کیوسک</translation>
    </message>
    <message>
        <source>Kiosk s&amp;creen</source>
        <translation>&amp;صفحهٔ کیوسک</translation>
    </message>
    <message>
        <source>Screen {n}: {w}×{h}</source>
        <translation>صفحهٔ ⁨{n}⁩: ⁨{w}⁩×⁨{h}⁩</translation>
    </message>
    <message>
        <source>(the last one)</source>
        <translation>(آخری)</translation>
    </message>
    <message>
        <source>The kiosk opens full screen there, facing the customer. A manager&apos;s name and PIN close it (Ctrl+Shift+Q, or hold its top corner for three seconds).</source>
        <translation>کیوسک آنجا تمام‌صفحه و رو به مشتری باز می‌شود. نام و رمز مدیر آن را می‌بندد (Ctrl+Shift+Q، یا سه ثانیه نگه داشتن گوشهٔ بالای آن).</translation>
    </message>
    <message>
        <source>The kiosk is starting on {screen}.</source>
        <translation>کیوسک روی ⁨{screen}⁩ باز می‌شود.</translation>
    </message>
    <message>
        <source>The kiosk could not start.</source>
        <translation>کیوسک باز نشد.</translation>
    </message>
</context>
<context>
    <name>KioskUnlock</name>
    <message>
        <source>Open the kiosk</source>
        <translation>باز کردن کیوسک</translation>
    </message>
    <message>
        <source>Staff: type the shop&apos;s passphrase to start the feedback kiosk.</source>
        <translation>کارکنان: برای راه‌اندازی کیوسک بازخورد، عبارت عبور فروشگاه را بنویسید.</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>راه‌اندازی کیوسک</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Sorry, that didn&apos;t work. Please try again.</source>
        <translation>ببخشید، نشد. لطفاً دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>LedgerCard</name>
    <message>
        <source>Loyalty history</source>
        <translation>سابقهٔ باشگاه</translation>
    </message>
    <message>
        <source>Nothing earned or redeemed yet.</source>
        <translation>هنوز چیزی به دست نیامده یا استفاده نشده.</translation>
    </message>
    <message>
        <source>Newest first; the latest {n} shown, scroll for more.</source>
        <translation>اول تازه‌ترین‌ها؛ ⁨{n}⁩ مورد آخر نمایش داده شده، برای بیشتر پایین بروید.</translation>
    </message>
    <message>
        <source>{n} entries, newest first.</source>
        <translation>⁨{n}⁩ ردیف، اول تازه‌ترین‌ها.</translation>
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
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>LineItems</name>
    <message>
        <source>Product or category</source>
        <translation>کالا یا دسته</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Remove this line (Ctrl+Delete)</source>
        <translation>حذف این ردیف (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is at the counter?</source>
        <translation>چه کسی پشت پیشخوان است؟</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;رمز</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Forgot your PIN? A manager can set a new one.</source>
        <translation>رمزتان را فراموش کرده‌اید؟ مدیر می‌تواند رمز تازه بگذارد.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>صندوقدار</translation>
    </message>
    <message>
        <source>&amp;PIN for {name}</source>
        <translation>&amp;رمز ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>رمزتان را وارد کنید و Enter را بزنید.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>این رمز درست نیست.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>رمز اشتباه زیاد وارد شد. یک ثانیهٔ دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {n} seconds.</source>
        <translation>رمز اشتباه زیاد وارد شد. ⁨{n}⁩ ثانیهٔ دیگر دوباره امتحان کنید.</translation>
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
        <translation>+⁨{n}⁩ برای بازخورد</translation>
    </message>
    <message>
        <source>+{n} on their birthday</source>
        <translation>+⁨{n}⁩ برای تولد</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>یک امتیاز</translation>
    </message>
    <message>
        <source>1 point per {unit}</source>
        <translation>یک امتیاز برای هر ⁨{unit}⁩</translation>
    </message>
    <message>
        <source>1 punch</source>
        <translation>یک مهر</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Active until {day}</source>
        <translation>فعال تا ⁨{day}⁩</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>اصلاح شد</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>پاداش</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>به دست آمد</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>در ⁨{day}⁩ تمام شد</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی شد</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>استفاده شد</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>از ⁨{day}⁩ شروع می‌شود</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>پس گرفته شد</translation>
    </message>
    <message>
        <source>a punch per item</source>
        <translation>یک مهر برای هر کالا</translation>
    </message>
    <message>
        <source>a {value} voucher</source>
        <translation>یک بن ⁨{value}⁩</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>expire after {n} quiet days</source>
        <translation>پس از ⁨{n}⁩ روز بی‌خرید منقضی می‌شود</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>from {amount}</source>
        <translation>از ⁨{amount}⁩</translation>
    </message>
    <message>
        <source>no purchase for {days} days</source>
        <translation>{days} روز بدون خرید</translation>
    </message>
    <message>
        <source>purchase undone</source>
        <translation>خرید برگردانده شد</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>reward given back</source>
        <translation>جایزه برگردانده شد</translation>
    </message>
    <message>
        <source>{held}, 1 voucher ready</source>
        <translation>⁨{held}⁩، یک بن آماده</translation>
    </message>
    <message>
        <source>{held}, {n} more to {reward}</source>
        <translation>⁨{held}⁩، ⁨{n}⁩ تای دیگر تا ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>{held}, {n} vouchers ready</source>
        <translation>⁨{held}⁩، ⁨{n}⁩ بن آماده</translation>
    </message>
    <message>
        <source>{n} more to {reward}</source>
        <translation>⁨{n}⁩ تای دیگر تا ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>⁨{n}⁩ امتیاز</translation>
    </message>
    <message>
        <source>{n} points = {value}</source>
        <translation>⁨{n}⁩ امتیاز = ⁨{value}⁩</translation>
    </message>
    <message>
        <source>{n} punches</source>
        <translation>⁨{n}⁩ مهر</translation>
    </message>
    <message>
        <source>{n} punches → {reward}</source>
        <translation>⁨{n}⁩ مهر ← ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>{n} rewards ready ({reward})</source>
        <translation>⁨{n}⁩ جایزهٔ آماده (⁨{reward}⁩)</translation>
    </message>
    <message>
        <source>{rate} points per {unit}</source>
        <translation>⁨{rate}⁩ امتیاز برای هر ⁨{unit}⁩</translation>
    </message>
    <message>
        <source>{reward} is ready</source>
        <translation>⁨{reward}⁩ آماده است</translation>
    </message>
    <message>
        <source>−{taken} taken back — {standing}</source>
        <translation>−⁨{taken}⁩ پس گرفته شد — ⁨{standing}⁩</translation>
    </message>
</context>
<context>
    <name>LoyaltyResult</name>
    <message>
        <source>Loyalty</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>+{back} given back (the reward used on this purchase) — {now}</source>
        <translation>+⁨{back}⁩ برگردانده شد (جایزه‌ای که در این خرید استفاده شد) — ⁨{now}⁩</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>برگردانده شد: ⁨{what}⁩</translation>
    </message>
    <message>
        <source>Undone: nothing to take back.</source>
        <translation>برگردانده شد: چیزی برای پس گرفتن نبود.</translation>
    </message>
    <message>
        <source>Redeem: {reward} (Ctrl+R)</source>
        <translation>استفاده: ⁨{reward}⁩ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Redeem: {reward}</source>
        <translation>استفاده: ⁨{reward}⁩</translation>
    </message>
    <message>
        <source>✓ Redeemed {reward} on this purchase ({used} off) — {now}</source>
        <translation>✓ ⁨{reward}⁩ در این خرید استفاده شد (⁨{used}⁩ کم شد) — ⁨{now}⁩</translation>
    </message>
</context>
<context>
    <name>LoyaltyScreen</name>
    <message>
        <source>Loyalty</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>New program… (F2)</source>
        <translation>برنامهٔ جدید… (F2)</translation>
    </message>
    <message>
        <source>Change… (F4)</source>
        <translation>تغییر… (F4)</translation>
    </message>
    <message>
        <source>Changing a program applies from then on: what customers already earned or redeemed stays on their cards as it was.</source>
        <translation>تغییر برنامه از این پس اعمال می‌شود: آنچه مشتریان تا حالا به دست آورده یا استفاده کرده‌اند همان‌طور روی کارتشان می‌ماند.</translation>
    </message>
    <message>
        <source>Punch cards and points programs. Customers earn in every active program when a purchase is recorded.</source>
        <translation>کارت‌های مهر و برنامه‌های امتیاز. با ثبت هر خرید، مشتریان در همهٔ برنامه‌های فعال امتیاز می‌گیرند.</translation>
    </message>
    <message>
        <source>Only a manager can create or change loyalty programs.</source>
        <translation>فقط مدیر می‌تواند برنامهٔ باشگاه بسازد یا تغییر دهد.</translation>
    </message>
    <message>
        <source>No programs yet.</source>
        <translation>هنوز برنامه‌ای نیست.</translation>
    </message>
    <message>
        <source>Press F2 to create a punch card or a points program.</source>
        <translation>برای ساختن کارت مهر یا برنامهٔ امتیاز F2 را بزنید.</translation>
    </message>
    <message>
        <source>“{name}” is ready: customers earn in it from their next purchase.</source>
        <translation>«⁨{name}⁩» آماده است: مشتریان از خرید بعدی‌شان در آن امتیاز می‌گیرند.</translation>
    </message>
    <message>
        <source>“{name}” is changed.</source>
        <translation>«⁨{name}⁩» تغییر کرد.</translation>
    </message>
    <message>
        <source>“{name}” is saved, switched off.</source>
        <translation>«⁨{name}⁩» ذخیره شد، خاموش.</translation>
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
        <translation>کدام ستون چیست</translation>
    </message>
    <message>
        <source>Guessed from the column names. Change any that are wrong; columns left out are not imported.</source>
        <translation>از روی نام ستون‌ها حدس زده شد. هرکدام نادرست است را عوض کنید؛ ستون‌های کنارگذاشته وارد نمی‌شوند.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در پرونده</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>نخستین مقدار</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>وارد می‌شود به عنوان</translation>
    </message>
</context>
<context>
    <name>MergeCustomers</name>
    <message>
        <source>{n} purchase(s)</source>
        <translation>⁨{n}⁩ خرید</translation>
    </message>
    <message>
        <source>{n} loyalty entries</source>
        <translation>⁨{n}⁩ ردیف باشگاه</translation>
    </message>
    <message>
        <source>{n} survey answer(s)</source>
        <translation>⁨{n}⁩ پاسخ نظرسنجی</translation>
    </message>
    <message>
        <source>{n} alert(s)</source>
        <translation>⁨{n}⁩ هشدار</translation>
    </message>
    <message>
        <source>{n} consent record(s)</source>
        <translation>⁨{n}⁩ ردیف رضایت</translation>
    </message>
    <message>
        <source>{n} kiosk request(s)</source>
        <translation>⁨{n}⁩ درخواست کیوسک</translation>
    </message>
    <message>
        <source>{n} old card(s)</source>
        <translation>⁨{n}⁩ کارت قدیمی</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>چیز دیگری نه</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation>ادغام دو مشتری</translation>
    </message>
    <message>
        <source>Merge into one customer</source>
        <translation>ادغام در یک مشتری</translation>
    </message>
    <message>
        <source>Pick each value to keep. The duplicate&apos;s history moves to the kept customer, their card keeps finding them, and the duplicate leaves the customer list. A merge can be undone from the Duplicates screen.</source>
        <translation>هر مقداری را که باید بماند انتخاب کنید. سابقهٔ تکراری به مشتری نگه‌داشته منتقل می‌شود، کارتش همچنان او را پیدا می‌کند و تکراری از فهرست مشتریان بیرون می‌رود. ادغام را در صفحهٔ تکراری‌ها می‌شود برگرداند.</translation>
    </message>
    <message>
        <source>S&amp;wap kept and duplicate</source>
        <translation>&amp;جابه‌جایی نگه‌داشته و تکراری</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;ادغام…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <translation>فقط مدیر می‌تواند مشتریان را ادغام کند.</translation>
    </message>
    <message>
        <source>Keep: {name} ({id})</source>
        <translation>نگه دار: ⁨{name}⁩ (⁨{id}⁩)</translation>
    </message>
    <message>
        <source>Duplicate: {name} ({id})</source>
        <translation>تکراری: ⁨{name}⁩ (⁨{id}⁩)</translation>
    </message>
    <message>
        <source>Moves to the kept customer: {what}.</source>
        <translation>به مشتری نگه‌داشته منتقل می‌شود: ⁨{what}⁩.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Merge these customers?</source>
        <translation>این مشتریان ادغام شوند؟</translation>
    </message>
    <message>
        <source>Merge customer {dup} into customer {keep}? Customer {dup}&apos;s history moves over and they leave the customer list. You can undo this from the Duplicates screen.</source>
        <translation>مشتری ⁨{dup}⁩ در مشتری ⁨{keep}⁩ ادغام شود؟ سابقهٔ مشتری ⁨{dup}⁩ منتقل می‌شود و از فهرست مشتریان بیرون می‌رود. در صفحهٔ تکراری‌ها می‌توانید این را برگردانید.</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>no data</source>
        <translation>داده‌ای نیست</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <source>Not at all likely</source>
        <translation>اصلاً احتمال ندارد</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>خیلی احتمال دارد</translation>
    </message>
    <message>
        <source>Why? Tell us in a few words (optional).</source>
        <translation>چرا؟ در چند کلمه بگویید (اختیاری).</translation>
    </message>
</context>
<context>
    <name>PolicyLink</name>
    <message>
        <source>Privacy policy</source>
        <translation>سیاست حریم خصوصی</translation>
    </message>
    <message>
        <source>Privacy policy (version {n})</source>
        <translation>سیاست حریم خصوصی (نسخهٔ ⁨{n}⁩)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Rows in red will be refused, for the reason given.</source>
        <translation>نخستین ردیف‌ها همان‌طور که وارد می‌شوند. ردیف‌های قرمز به دلیلی که آمده رد می‌شوند.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>{shown} of {total} rows shown; {bad} of them would be refused.</source>
        <translation>⁨{shown}⁩ از ⁨{total}⁩ ردیف نمایش داده شده؛ ⁨{bad}⁩ تا از آن‌ها رد می‌شوند.</translation>
    </message>
</context>
<context>
    <name>PrivacyPolicyDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>سیاست حریم خصوصی</translation>
    </message>
    <message>
        <source>Customers see this text where they register, and every consent keeps the version it was given under. Saving your changes makes a new version; the old ones stay as they were.</source>
        <translation>مشتریان این متن را هنگام ثبت‌نام می‌بینند و هر رضایت نسخه‌ای را که با آن داده شد نگه می‌دارد. ذخیرهٔ تغییرها نسخهٔ تازه‌ای می‌سازد؛ نسخه‌های قدیمی همان‌طور می‌مانند.</translation>
    </message>
    <message>
        <source>Customers see this text where they register. Only a manager can change it.</source>
        <translation>مشتریان این متن را هنگام ثبت‌نام می‌بینند. فقط مدیر می‌تواند آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>ذخیره به عنوان نسخهٔ تازه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>همان‌طور که عرضه شد</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>نسخهٔ ⁨{n}⁩</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>⁨{version}⁩ (کنونی)</translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation>به عنوان نسخهٔ ⁨{n}⁩ ذخیره شد.</translation>
    </message>
    <message>
        <source>Print the privacy policy to</source>
        <translation>چاپ سیاست حریم خصوصی در</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>در ⁨{path}⁩ چاپ شد.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>How, by whom</source>
        <translation>چگونه، توسط چه کسی</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>سیاست</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>هنوز رضایتی ثبت نشده.</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>سابقهٔ رضایت</translation>
    </message>
    <message>
        <source>A customer may ask for everything we keep about them, or to be erased. Only a manager can do either.</source>
        <translation>مشتری می‌تواند هرچه دربارهٔ او نگه داشته‌ایم را بخواهد، یا بخواهد پاک شود. هر دو کار فقط از مدیر برمی‌آید.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>خروجی داده‌ها…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>پاک کردن…</translation>
    </message>
    <message>
        <source>Their data</source>
        <translation>داده‌های او</translation>
    </message>
    <message>
        <source>Consent and privacy</source>
        <translation>رضایت و حریم خصوصی</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>پس گرفتن رضایت</translation>
    </message>
    <message>
        <source>Give consent</source>
        <translation>دادن رضایت</translation>
    </message>
    <message>
        <source>Privacy policy version {n}</source>
        <translation>سیاست حریم خصوصی، نسخهٔ ⁨{n}⁩</translation>
    </message>
    <message>
        <source>given</source>
        <translation>داده شد</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>پس گرفته شد</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>نسخهٔ ⁨{n}⁩</translation>
    </message>
    <message>
        <source>Only a manager can do this.</source>
        <translation>فقط مدیر می‌تواند این کار را بکند.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>پاک شد</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data to</source>
        <translation>خروجی داده‌های مشتری به</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Saved {pdf} and {json} in {folder}.</source>
        <translation>⁨{pdf}⁩ و ⁨{json}⁩ در ⁨{folder}⁩ ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Privacy</source>
        <translation>حریم خصوصی</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Review customers to erase…</source>
        <translation>بازبینی مشتریان برای پاک کردن…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>مدت نگهداری</translation>
    </message>
    <message>
        <source>Customers inactive for longer than this are proposed for erasure; nobody is erased until a manager reviews the list.</source>
        <translation>مشتریانی که بیش از این غیرفعال بوده‌اند برای پاک شدن پیشنهاد می‌شوند؛ تا مدیر فهرست را بازبینی نکند کسی پاک نمی‌شود.</translation>
    </message>
    <message>
        <source>Edit the privacy policy…</source>
        <translation>ویرایش سیاست حریم خصوصی…</translation>
    </message>
    <message>
        <source>Read the privacy policy…</source>
        <translation>خواندن سیاست حریم خصوصی…</translation>
    </message>
    <message>
        <source>as Counterpart ships it</source>
        <translation>همان‌طور که Counterpart عرضه می‌کند</translation>
    </message>
    <message>
        <source>Privacy policy: version {n}, {when}, {who}</source>
        <translation>سیاست حریم خصوصی: نسخهٔ ⁨{n}⁩، ⁨{when}⁩، ⁨{who}⁩</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ProfileLoyalty</name>
    <message>
        <source>Replace lost card…</source>
        <translation>جایگزینی کارت گم‌شده…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>چاپ کارت…</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>این مشتری</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>استفاده از جایزه</translation>
    </message>
    <message>
        <source>Give {name} {reward}? {used} come off the card.</source>
        <translation>به ⁨{name}⁩ ⁨{reward}⁩ بدهیم؟ ⁨{used}⁩ از کارت کم می‌شود.</translation>
    </message>
    <message>
        <source>Redeemed {reward} — {now}.</source>
        <translation>⁨{reward}⁩ استفاده شد — ⁨{now}⁩.</translation>
    </message>
    <message>
        <source>{program}: adjusted by {delta}; {held} on the card now.</source>
        <translation>⁨{program}⁩: به اندازهٔ ⁨{delta}⁩ اصلاح شد؛ الان ⁨{held}⁩ روی کارت است.</translation>
    </message>
    <message>
        <source>Replace lost card</source>
        <translation>جایگزینی کارت گم‌شده</translation>
    </message>
    <message>
        <source>Give {name} a new card number? The old card {old} stops working for good; balances and history stay with {name}.</source>
        <translation>به ⁨{name}⁩ شمارهٔ کارت تازه بدهیم؟ کارت قدیمی ⁨{old}⁩ برای همیشه از کار می‌افتد؛ موجودی و سابقه برای ⁨{name}⁩ می‌ماند.</translation>
    </message>
    <message>
        <source>New card number {new}. The old card {old} no longer works.</source>
        <translation>شمارهٔ کارت تازه: ⁨{new}⁩. کارت قدیمی ⁨{old}⁩ دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <source>Making the card…</source>
        <translation>در حال ساختن کارت…</translation>
    </message>
    <message>
        <source>The card is saved as {path}. Print it at 100% size.</source>
        <translation>کارت با نام ⁨{path}⁩ ذخیره شد. آن را در اندازهٔ ۱۰۰٪ چاپ کنید.</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Back to search (Esc)</source>
        <translation>بازگشت به جستجو (Esc)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>ویرایش (F4)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>کارت باشگاه</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>رضایت تبلیغاتی</translation>
    </message>
    <message>
        <source>More about them</source>
        <translation>بیشتر دربارهٔ او</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>برچسب‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سابقهٔ تغییرات</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>کارت ⁨{card}⁩</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>پیشنهادها و خبرها</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>پس گرفته شد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>داده شده</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاریخ ثبت‌نام</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>never changed</source>
        <translation>هرگز تغییر نکرده</translation>
    </message>
    <message>
        <source>{when} by {who} on {workstation}, {channel}</source>
        <translation>⁨{when}⁩، توسط ⁨{who}⁩ در ⁨{workstation}⁩، ⁨{channel}⁩</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>کسی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>ایستگاه کاری</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>فیلدها</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>New loyalty program</source>
        <translation>برنامهٔ باشگاه جدید</translation>
    </message>
    <message>
        <source>Change loyalty program</source>
        <translation>تغییر برنامهٔ باشگاه</translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>e.g. a free coffee</source>
        <translation>مثلاً یک قهوهٔ رایگان</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>مثلاً 10</translation>
    </message>
    <message>
        <source>A punch per qualifying item (not per visit)</source>
        <translation>یک مهر برای هر کالای مشمول (نه برای هر مراجعه)</translation>
    </message>
    <message>
        <source>All products; or e.g. coffee, pastries</source>
        <translation>همهٔ کالاها؛ یا مثلاً قهوه، شیرینی</translation>
    </message>
    <message>
        <source>e.g. 1 or 0.5</source>
        <translation>مثلاً 1 یا 0.5</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>مثلاً 100</translation>
    </message>
    <message>
        <source>days without a purchase; empty: never</source>
        <translation>روز بدون خرید؛ خالی: هرگز</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for now</source>
        <translation>مثلاً ۱۴۰۵/۰۱/۰۱، یا خالی برای از همین حالا</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for no end</source>
        <translation>مثلاً ۱۴۰۵/۱۲/۲۹، یا خالی برای بی‌پایان</translation>
    </message>
    <message>
        <source>Active: customers earn in it</source>
        <translation>فعال: مشتریان در آن امتیاز می‌گیرند</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>&amp;جایزه</translation>
    </message>
    <message>
        <source>&amp;Punches for a reward</source>
        <translation>&amp;مهر لازم برای جایزه</translation>
    </message>
    <message>
        <source>&amp;Only for (products, categories)</source>
        <translation>&amp;فقط برای (کالاها، دسته‌ها)</translation>
    </message>
    <message>
        <source>&amp;Minimum spend per punch ({s})</source>
        <translation>&amp;حداقل خرید برای هر مهر (⁨{s}⁩)</translation>
    </message>
    <message>
        <source>P&amp;oints per {s}1</source>
        <translation>&amp;امتیاز برای هر ⁨{s}⁩۱</translation>
    </message>
    <message>
        <source>Points for a &amp;voucher</source>
        <translation>امتیاز لازم برای &amp;بن خرید</translation>
    </message>
    <message>
        <source>Voucher &amp;value ({s})</source>
        <translation>&amp;ارزش بن (⁨{s}⁩)</translation>
    </message>
    <message>
        <source>Points &amp;expire after (days)</source>
        <translation>&amp;انقضای امتیاز پس از (روز)</translation>
    </message>
    <message>
        <source>Bonus for &amp;feedback</source>
        <translation>پاداش برای &amp;بازخورد</translation>
    </message>
    <message>
        <source>&amp;Birthday bonus</source>
        <translation>پاداش &amp;تولد</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;شروع از</translation>
    </message>
    <message>
        <source>Ends o&amp;n</source>
        <translation>&amp;پایان در</translation>
    </message>
    <message>
        <source>Changes apply from now on. What customers have already earned or redeemed stays on their cards as it was.</source>
        <translation>تغییرها از همین حالا اعمال می‌شوند. آنچه مشتریان تا حالا به دست آورده یا استفاده کرده‌اند همان‌طور روی کارتشان می‌ماند.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <source>Create (Enter)</source>
        <translation>ساختن (Enter)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>ذخیره (Enter)</translation>
    </message>
    <message>
        <source>Empty: the voucher&apos;s value</source>
        <translation>خالی: ارزش بن خرید</translation>
    </message>
</context>
<context>
    <name>ProgressDots</name>
    <message>
        <source>Question {n} of {count}</source>
        <translation>پرسش ⁨{n}⁩ از ⁨{count}⁩</translation>
    </message>
</context>
<context>
    <name>PurchaseListModel</name>
    <message>
        <source>Voided</source>
        <translation>باطل شد</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت شد</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>بخشی بازپرداخت شد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>PurchasesCard</name>
    <message>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <source>Refund… (F8)</source>
        <translation>بازپرداخت… (F8)</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>هنوز خریدی نیست.</translation>
    </message>
    <message>
        <source>Newest first; the latest {n} shown, scroll for more.</source>
        <translation>اول تازه‌ترین‌ها؛ ⁨{n}⁩ مورد آخر نمایش داده شده، برای بیشتر پایین بروید.</translation>
    </message>
    <message>
        <source>{n} purchases, newest first.</source>
        <translation>⁨{n}⁩ خرید، اول تازه‌ترین‌ها.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Tap them in order: the most important first.</source>
        <translation>به ترتیب لمس کنید: مهم‌ترین اول.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>از نو</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>{n} of 5</source>
        <translation>⁨{n}⁩ از ۵</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>ضعیف</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>خوب</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>خیلی خوب</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>عالی</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>بازپرداخت یک خرید</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>قبلاً بازپرداخت شده</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>باقی‌مانده برای بازپرداخت</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <source>Why the money goes back, e.g. damaged item</source>
        <translation>چرا پول برمی‌گردد، مثلاً کالای آسیب‌دیده</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <source>Type the amount to give back, like 12.50.</source>
        <translation>مبلغ بازپرداخت را بنویسید، مثلاً 12.50.</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>بازپرداخت (Enter)</translation>
    </message>
    <message>
        <source>That is more than the {left} left to refund on this purchase.</source>
        <translation>این بیشتر از ⁨{left}⁩ باقی‌مانده برای بازپرداخت این خرید است.</translation>
    </message>
    <message>
        <source>{amount} goes back to the customer. Nothing will be left to refund on this purchase; it stops counting toward their spend.</source>
        <translation>⁨{amount}⁩ به مشتری برمی‌گردد. چیزی برای بازپرداخت این خرید نمی‌ماند؛ دیگر در کل خرید او حساب نمی‌شود.</translation>
    </message>
    <message>
        <source>{amount} goes back to the customer. {rest} will still be left to refund on this purchase.</source>
        <translation>⁨{amount}⁩ به مشتری برمی‌گردد. هنوز ⁨{rest}⁩ برای بازپرداخت این خرید می‌ماند.</translation>
    </message>
    <message>
        <source>Refund {amount} (Enter)</source>
        <translation>بازپرداخت ⁨{amount}⁩ (Enter)</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>Every page of the shop file is encrypted again under the new passphrase. Backups made before today keep the OLD passphrase: keep it somewhere safe for as long as you keep those backups. A first backup under the new passphrase is made straight away. Other workstations that remember the passphrase will ask for the new one.</source>
        <translation>همهٔ صفحه‌های پروندهٔ فروشگاه دوباره با عبارت عبور تازه رمزگذاری می‌شوند. پشتیبان‌های پیش از امروز همان عبارت عبور قدیمی را دارند: تا وقتی آن پشتیبان‌ها را نگه می‌دارید، آن را جای امنی نگه دارید. نخستین پشتیبان با عبارت تازه بی‌درنگ ساخته می‌شود. ایستگاه‌های کاری دیگری که عبارت عبور را به خاطر دارند، عبارت تازه را می‌خواهند.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارت عبور &amp;فعلی</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارت عبور &amp;تازه</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>&amp;تکرار عبارت عبور تازه</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Use a few words you will remember; 16+ characters.</source>
        <translation>چند واژه که یادتان بماند؛ ۱۶ نویسه یا بیشتر.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>در حال تغییر…</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>ساختن گزارش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>The preview needs Qt PDF (PySide6-Addons). The report is still made: open it from the folder.</source>
        <translation>پیش‌نمایش به Qt PDF (PySide6-Addons) نیاز دارد. گزارش به هر حال ساخته می‌شود: آن را از پوشه باز کنید.</translation>
    </message>
    <message>
        <source>Only a manager can make and read reports.</source>
        <translation>فقط مدیر می‌تواند گزارش بسازد و بخواند.</translation>
    </message>
    <message>
        <source>Made earlier; Make report makes it again with today&apos;s figures.</source>
        <translation>پیش‌تر ساخته شده؛ «ساختن گزارش» آن را با آمار امروز دوباره می‌سازد.</translation>
    </message>
    <message>
        <source>No report for this month yet: Make report.</source>
        <translation>هنوز گزارشی برای این ماه نیست: ساختن گزارش.</translation>
    </message>
    <message>
        <source>Making the report for {month}…</source>
        <translation>در حال ساختن گزارش ⁨{month}⁩…</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>لغو شد: گزارشی نوشته نشد.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>در ⁨{path}⁩ ذخیره شد</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>چاپگر راه نیفتاد.</translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation>⁨{n}⁩ صفحه به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save there: {why}</source>
        <translation>آنجا ذخیره نشد: ⁨{why}⁩</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>یک نسخه در ⁨{path}⁩ ذخیره شد</translation>
    </message>
</context>
<context>
    <name>ResolveAlertDialog</name>
    <message>
        <source>Resolve alert</source>
        <translation>رسیدگی به هشدار</translation>
    </message>
    <message>
        <source>&amp;What was done about it?</source>
        <translation>&amp;چه کاری برایش شد؟</translation>
    </message>
    <message>
        <source>e.g. Called her, apologised, offered a free coffee on the next visit.</source>
        <translation>مثلاً تماس گرفتیم، عذرخواهی کردیم، یک قهوهٔ رایگان برای مراجعهٔ بعد پیشنهاد دادیم.</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>رسیدگی شد (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Customers to erase</source>
        <translation>مشتریان برای پاک کردن</translation>
    </message>
    <message>
        <source>Erasing removes who they were and keeps what they bought, without a name. Uncheck anyone who should stay.</source>
        <translation>پاک کردن هویت آن‌ها را برمی‌دارد و خریدهایشان را بی‌نام نگه می‌دارد. تیک هرکسی را که باید بماند بردارید.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Customers inactive for more than {years} years: {n}.</source>
        <translation>مشتریان غیرفعال بیش از ⁨{years}⁩ سال: ⁨{n}⁩.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Type {n} to erase the {n} checked customers:</source>
        <translation>برای پاک کردن ⁨{n}⁩ مشتری تیک‌خورده، ⁨{n}⁩ را بنویسید:</translation>
    </message>
    <message>
        <source>Erasing customers…</source>
        <translation>در حال پاک کردن مشتریان…</translation>
    </message>
    <message>
        <source>Customers erased: {n}.</source>
        <translation>مشتریان پاک‌شده: ⁨{n}⁩.</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message>
        <source>Add line (F7)</source>
        <translation>افزودن ردیف (F7)</translation>
    </message>
    <message>
        <source>Use the lines&apos; sum</source>
        <translation>جمع ردیف‌ها را بگذار</translation>
    </message>
    <message>
        <source>From the till, e.g. R-1001</source>
        <translation>از صندوق، مثلاً R-1001</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>شمارهٔ رسید</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>The sum of the lines. The till said {amount}: the lines must add up to it.</source>
        <translation>جمع ردیف‌ها. صندوق ⁨{amount}⁩ نشان داد: جمع ردیف‌ها باید همین شود.</translation>
    </message>
    <message>
        <source>The sum of the lines.</source>
        <translation>جمع ردیف‌ها.</translation>
    </message>
</context>
<context>
    <name>SaleResult</name>
    <message>
        <source>Each purchase you record shows here, with the customer&apos;s figures as they are now. Undo stays offered for a few minutes.</source>
        <translation>هر خریدی که ثبت کنید اینجا با آمار الان مشتری نشان داده می‌شود. تا چند دقیقه می‌توانید آن را برگردانید.</translation>
    </message>
    <message>
        <source>Their figures now</source>
        <translation>آمار الان او</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>برگرداندن (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Undone: {amount} for {name}</source>
        <translation>برگردانده شد: ⁨{amount}⁩ برای ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Undone: {amount} (anonymous)</source>
        <translation>برگردانده شد: ⁨{amount}⁩ (ناشناس)</translation>
    </message>
    <message>
        <source>Recorded {amount} for {name}</source>
        <translation>ثبت شد: ⁨{amount}⁩ برای ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Recorded {amount} (anonymous)</source>
        <translation>ثبت شد: ⁨{amount}⁩ (ناشناس)</translation>
    </message>
    <message>
        <source> · receipt {receipt}</source>
        <translation> · رسید ⁨{receipt}⁩</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>کل خرید</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>میانگین سبد خرید</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Usually buys</source>
        <translation>معمولاً می‌خرد</translation>
    </message>
    <message>
        <source>Customers who bought {x} also bought {y}.</source>
        <translation>مشتریانی که ⁨{x}⁩ خریدند ⁨{y}⁩ هم خریدند.</translation>
    </message>
    <message>
        <source>Customers who buy what {name} buys also bought {y}.</source>
        <translation>مشتریانی که همان چیزهای ⁨{name}⁩ را می‌خرند ⁨{y}⁩ هم خریدند.</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>تا ⁨{time}⁩</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>تلفن یا ایمیل</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>کل خرید</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <source>Bought something in the last 30 days.</source>
        <translation>در ۳۰ روز گذشته چیزی خریده‌اند.</translation>
    </message>
    <message>
        <source>First purchase in the last 30 days.</source>
        <translation>نخستین خرید در ۳۰ روز گذشته.</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Lapsed customers who agreed to hear from the shop: for a come-back offer.</source>
        <translation>مشتریان غیرفعالی که با دریافت پیام از فروشگاه موافق‌اند: برای پیشنهاد بازگشت.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>No purchase for more than {days} days.</source>
        <translation>بیش از ⁨{days}⁩ روز بدون خرید.</translation>
    </message>
    <message>
        <source>No purchases yet</source>
        <translation>هنوز خریدی ندارد</translation>
    </message>
    <message>
        <source>Only the first {n} are printed; export to CSV for the whole list.</source>
        <translation>فقط ⁨{n}⁩ مورد اول چاپ می‌شود؛ برای کل فهرست خروجی CSV بگیرید.</translation>
    </message>
    <message>
        <source>Printed {day}.</source>
        <translation>چاپ‌شده در ⁨{day}⁩.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>کم‌پیدا</translation>
    </message>
    <message>
        <source>Regulars (3+ visits) overdue: more than twice their usual interval since the last visit, not yet lapsed.</source>
        <translation>مشتری‌های ثابت (۳ مراجعه یا بیشتر) که دیر کرده‌اند: بیش از دو برابر فاصلهٔ معمولشان از آخرین مراجعه گذشته، ولی هنوز غیرفعال نشده‌اند.</translation>
    </message>
    <message>
        <source>The top 10% of customers by spend over the last 12 months.</source>
        <translation>۱۰٪ مشتریان برتر از نظر مبلغ خرید در ۱۲ ماه گذشته.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Win-back list</source>
        <translation>فهرست بازگرداندن</translation>
    </message>
</context>
<context>
    <name>SegmentsScreen</name>
    <message>
        <source>Segments</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Lapsed after</source>
        <translation>غیرفعال پس از</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Only a manager can change this.</source>
        <translation>فقط مدیر می‌تواند این را تغییر دهد.</translation>
    </message>
    <message>
        <source>Only a manager can export or print customer lists.</source>
        <translation>فقط مدیر می‌تواند فهرست مشتریان را خروجی بگیرد یا چاپ کند.</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>کسی در این فهرست نیست.</translation>
    </message>
    <message>
        <source>The first {n} shown; scroll for more.</source>
        <translation>⁨{n}⁩ مورد اول نمایش داده شده؛ برای بیشتر پایین بروید.</translation>
    </message>
    <message>
        <source>{n} shown.</source>
        <translation>⁨{n}⁩ مورد نمایش داده شده.</translation>
    </message>
    <message>
        <source>Export the win-back list</source>
        <translation>خروجی فهرست بازگرداندن مشتریان</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>{n} customers exported to {file}.</source>
        <translation>⁨{n}⁩ مشتری در ⁨{file}⁩ ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Only a manager can change settings.</source>
        <translation>فقط مدیر می‌تواند تنظیمات را تغییر دهد.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>این فروشگاه</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;نام فروشگاه</translation>
    </message>
    <message>
        <source>&amp;Country, for phone numbers</source>
        <translation>&amp;کشور، برای شماره تلفن‌ها</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this country&apos;s.</source>
        <translation>شماره‌هایی که بدون کد کشور نوشته شوند، شمارهٔ همین کشور حساب می‌شوند.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>The currency can&apos;t change once sales exist: every amount is stored in it.</source>
        <translation>وقتی فروشی ثبت شده، واحد پول عوض نمی‌شود: همهٔ مبلغ‌ها با آن ذخیره شده‌اند.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>The language of the monthly report, the loyalty cards and the kiosk&apos;s welcome.</source>
        <translation>زبان گزارش ماهانه، کارت‌های باشگاه و صفحهٔ خوشامد کیوسک.</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after</source>
        <translation>&amp;قفل خودکار پس از</translation>
    </message>
    <message>
        <source>Back to the sign-in screen after this many idle minutes (0 = never).</source>
        <translation>پس از این چند دقیقه بی‌کاری، بازگشت به صفحهٔ ورود (۰ = هرگز).</translation>
    </message>
    <message>
        <source>La&amp;psed after</source>
        <translation>&amp;غیرفعال پس از</translation>
    </message>
    <message>
        <source>A customer with no purchase for this many days counts as lapsed.</source>
        <translation>مشتری‌ای که این چند روز خریدی نکرده، غیرفعال حساب می‌شود.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>این ایستگاه کاری</translation>
    </message>
    <message>
        <source>&amp;Screens in</source>
        <translation>&amp;زبان صفحه‌ها</translation>
    </message>
    <message>
        <source>This computer&apos;s screens, whoever signs in. Changes at once.</source>
        <translation>صفحه‌های همین رایانه، برای هر کسی که وارد شود. بی‌درنگ عوض می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Workstation name</source>
        <translation>&amp;نام ایستگاه کاری</translation>
    </message>
    <message>
        <source>Kept on this computer only and recorded with everything done here. Empty: the computer&apos;s name. Takes effect the next time Counterpart starts.</source>
        <translation>فقط روی همین رایانه نگه داشته می‌شود و با هر کاری که اینجا انجام شود ثبت می‌شود. خالی: نام رایانه. از اجرای بعدی Counterpart اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>ذخیره (Enter)</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>چیزی تغییر نکرده.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>e.g. Corner Café</source>
        <translation>مثلاً کافه سر کوچه</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;نام فروشگاه</translation>
    </message>
    <message>
        <source>&amp;Country, for phone numbers</source>
        <translation>&amp;کشور، برای شماره تلفن‌ها</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;واحد پول</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;دوباره بنویسید</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; It encrypts the whole customer book. If it is lost, nobody can recover it: not you, not us.</source>
        <translation>&lt;b&gt;عبارت عبور را یادداشت کنید و جای امنی نگه دارید.&lt;/b&gt; همهٔ دفتر مشتریان با آن رمزگذاری می‌شود. اگر گم شود، هیچ‌کس نمی‌تواند آن را بازیابی کند: نه شما، نه ما.</translation>
    </message>
    <message>
        <source>The first manager can add staff, change settings and see reports.</source>
        <translation>نخستین مدیر می‌تواند کارکنان اضافه کند، تنظیمات را تغییر دهد و گزارش‌ها را ببیند.</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;name</source>
        <translation>&amp;نام مدیر</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>&amp;رمز (۴ تا ۸ رقم)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;تکرار رمز</translation>
    </message>
    <message>
        <source>Welcome to Counterpart</source>
        <translation>به Counterpart خوش آمدید</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>انتخاب عبارت عبور</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>نخستین مدیر</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>گام ⁨{n}⁩ از ⁨{total}⁩</translation>
    </message>
    <message>
        <source>Create the shop</source>
        <translation>ساختن فروشگاه</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>دو رمز یکی نیستند.</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>در حال ساختن فروشگاه…</translation>
    </message>
    <message>
        <source>Use a few words you will remember, 12 characters or more.</source>
        <translation>چند واژه که یادتان بماند، دست‌کم ۱۲ نویسه.</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>افزودن کارمند</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>گذاشتن رمز تازه</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>صندوقدار</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>A cashier registers, looks up and records purchases; a manager also sees reports, exports, settings and staff.</source>
        <translation>صندوقدار ثبت‌نام می‌کند، جستجو می‌کند و خرید ثبت می‌کند؛ مدیر گزارش‌ها، خروجی‌ها، تنظیمات و کارکنان را هم می‌بیند.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;نقش</translation>
    </message>
    <message>
        <source>{name} signs in with this PIN from now on. If they were locked out after wrong PINs, they can sign in again at once.</source>
        <translation>⁨{name}⁩ از این پس با این رمز وارد می‌شود. اگر پس از رمزهای اشتباه قفل شده بود، بی‌درنگ می‌تواند دوباره وارد شود.</translation>
    </message>
    <message>
        <source>&amp;PIN (4-8 digits)</source>
        <translation>&amp;رمز (۴ تا ۸ رقم)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;تکرار رمز</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>افزودن (Enter)</translation>
    </message>
    <message>
        <source>Set PIN (Enter)</source>
        <translation>گذاشتن رمز (Enter)</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>دو رمز یکی نیستند. دوباره بنویسید.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Add staff member… (F2)</source>
        <translation>افزودن کارمند… (F2)</translation>
    </message>
    <message>
        <source>Set new PIN… (F4)</source>
        <translation>گذاشتن رمز تازه… (F4)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;غیرفعال کردن</translation>
    </message>
    <message>
        <source>Everyone who can sign in at this shop. A new PIN also ends a lock-out after wrong PINs.</source>
        <translation>همهٔ کسانی که در این فروشگاه می‌توانند وارد شوند. رمز تازه قفل ناشی از رمزهای اشتباه را هم باز می‌کند.</translation>
    </message>
    <message>
        <source>Only a manager can add staff, set PINs or disable accounts.</source>
        <translation>فقط مدیر می‌تواند کارمند اضافه کند، رمز بگذارد یا حساب‌ها را غیرفعال کند.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (شما)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>صندوقدار</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>قفل تا ⁨{time}⁩</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;فعال کردن</translation>
    </message>
    <message>
        <source>{name} can sign in now.</source>
        <translation>⁨{name}⁩ اکنون می‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>⁨{name}⁩ رمز تازه دارد.</translation>
    </message>
    <message>
        <source>Disable {name}? They can no longer sign in. Their history stays, and a manager can enable them again.</source>
        <translation>⁨{name}⁩ غیرفعال شود؟ دیگر نمی‌تواند وارد شود. سابقه‌اش می‌ماند و مدیر می‌تواند دوباره فعالش کند.</translation>
    </message>
    <message>
        <source>Enable {name}? They can sign in again with their PIN.</source>
        <translation>⁨{name}⁩ فعال شود؟ می‌تواند دوباره با رمزش وارد شود.</translation>
    </message>
    <message>
        <source>{name} is enabled.</source>
        <translation>⁨{name}⁩ فعال شد.</translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation>⁨{name}⁩ غیرفعال شد.</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>Edit survey</source>
        <translation>ویرایش نظرسنجی</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>نظرسنجی جدید</translation>
    </message>
    <message>
        <source>e.g. Checkout NPS</source>
        <translation>مثلاً NPS صندوق</translation>
    </message>
    <message>
        <source>Offered at the counter and on the kiosk</source>
        <translation>در صندوق و کیوسک پیشنهاد می‌شود</translation>
    </message>
    <message>
        <source>Add question ▾</source>
        <translation>افزودن پرسش ▾</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>بالا بردن (Ctrl+Up)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>پایین بردن (Ctrl+Down)</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>هر گزینه در یک سطر</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>پاسخ لازم است</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;پرسش</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;گزینه‌ها</translation>
    </message>
    <message>
        <source>&quot;&amp;Why?&quot;</source>
        <translation>«&amp;چرا؟»</translation>
    </message>
    <message>
        <source>{n} answers were given to version {v}. Changing the questions makes version {next}; those answers keep the wording they were given to.</source>
        <translation>به نسخهٔ ⁨{v}⁩ تعداد ⁨{n}⁩ پاسخ داده شده. تغییر پرسش‌ها نسخهٔ ⁨{next}⁩ را می‌سازد؛ آن پاسخ‌ها همان متنی را که به آن پاسخ داده شد نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>Questions, in the order they are asked</source>
        <translation>پرسش‌ها، به ترتیبی که پرسیده می‌شوند</translation>
    </message>
    <message>
        <source>Preview: what the customer sees</source>
        <translation>پیش‌نمایش: آنچه مشتری می‌بیند</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(هنوز پرسشی نیست)</translation>
    </message>
    <message>
        <source>Survey &quot;{name}&quot; created.</source>
        <translation>نظرسنجی «⁨{name}⁩» ساخته شد.</translation>
    </message>
    <message>
        <source>Saved as version {v} of &quot;{name}&quot;. The {n} answers already given keep the wording they were given to.</source>
        <translation>به عنوان نسخهٔ ⁨{v}⁩ از «⁨{name}⁩» ذخیره شد. ⁨{n}⁩ پاسخ داده‌شده همان متنی را که به آن پاسخ داده شد نگه می‌دارند.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; saved.</source>
        <translation>«⁨{name}⁩» ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد شدن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Stop here: the answers so far are left as they are.</source>
        <translation>همین‌جا تمام کنید: پاسخ‌های تا اینجا همان‌طور می‌مانند.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
</context>
<context>
    <name>SurveyHandover</name>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Hand over screen (Ctrl+H)</source>
        <translation>دادن صفحه به مشتری (Ctrl+H)</translation>
    </message>
    <message>
        <source>Send to kiosk (Ctrl+K)</source>
        <translation>فرستادن به کیوسک (Ctrl+K)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>✓ {name} answered “{survey}”. Thank you!</source>
        <translation>✓ ⁨{name}⁩ به «⁨{survey}⁩» پاسخ داد. سپاس!</translation>
    </message>
    <message>
        <source>{name} answered part of “{survey}”; it was kept.</source>
        <translation>⁨{name}⁩ به بخشی از «⁨{survey}⁩» پاسخ داد؛ نگه داشته شد.</translation>
    </message>
    <message>
        <source>It raised an alert: see Alerts.</source>
        <translation>یک هشدار ساخت: هشدارها را ببینید.</translation>
    </message>
    <message>
        <source>✓ “{survey}” sent to the kiosk for {name}.</source>
        <translation>✓ «⁨{survey}⁩» برای ⁨{name}⁩ به کیوسک فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>SurveyPreview</name>
    <message>
        <source>(no name yet)</source>
        <translation>(هنوز نامی نیست)</translation>
    </message>
    <message>
        <source>Add a question to see it here.</source>
        <translation>پرسشی اضافه کنید تا اینجا دیده شود.</translation>
    </message>
    <message>
        <source>(write the question)</source>
        <translation>(پرسش را بنویسید)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (اختیاری)</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>اصلاً احتمال ندارد</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>خیلی احتمال دارد</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>چرا؟</translation>
    </message>
    <message>
        <source>  (asked only after a score of 0-6)</source>
        <translation>  (فقط پس از امتیاز ۰ تا ۶ پرسیده می‌شود)</translation>
    </message>
    <message>
        <source>(add options)</source>
        <translation>(گزینه اضافه کنید)</translation>
    </message>
    <message>
        <source>Put these in order, most important first:</source>
        <translation>این‌ها را به ترتیب بچینید، مهم‌ترین اول:</translation>
    </message>
    <message>
        <source>Their answer, in their words</source>
        <translation>پاسخ او، با زبان خودش</translation>
    </message>
</context>
<context>
    <name>SurveySettings</name>
    <message>
        <source>Surveys and alert e-mail</source>
        <translation>نظرسنجی‌ها و ایمیل هشدار</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>Keep a half-answered survey (as partial)</source>
        <translation>نظرسنجی نیمه‌کاره را نگه دار (به عنوان ناتمام)</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com — empty: no e-mail</source>
        <translation>مثلاً smtp.example.com — خالی: بدون ایمیل</translation>
    </message>
    <message>
        <source>Encrypt with STARTTLS</source>
        <translation>رمزگذاری با STARTTLS</translation>
    </message>
    <message>
        <source>Alert &amp;words</source>
        <translation>&amp;واژه‌های هشدار</translation>
    </message>
    <message>
        <source>Separated by commas. An answer mentioning one raises an alert, whatever its case.</source>
        <translation>با ویرگول جدا کنید. پاسخی که یکی از آن‌ها را بیاورد هشدار می‌سازد، با هر شکل نوشتنی.</translation>
    </message>
    <message>
        <source>&amp;Kiosk timeout</source>
        <translation>&amp;زمان انتظار کیوسک</translation>
    </message>
    <message>
        <source>Back to the welcome screen after this much silence.</source>
        <translation>پس از این مقدار بی‌کاری، بازگشت به صفحهٔ خوشامد.</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>ناتمام</translation>
    </message>
    <message>
        <source>Otherwise an answer left half-way on the kiosk is dropped.</source>
        <translation>وگرنه پاسخی که در کیوسک نیمه‌کاره بماند دور ریخته می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>&amp;سرور ایمیل</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;درگاه</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;نام کاربری</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;گذرواژه</translation>
    </message>
    <message>
        <source>Kept in the encrypted shop file.</source>
        <translation>در پروندهٔ رمزگذاری‌شدهٔ فروشگاه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Sender address</source>
        <translation>&amp;نشانی فرستنده</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;e-mail</source>
        <translation>&amp;ایمیل مدیر</translation>
    </message>
    <message>
        <source>Alerts from surveys are sent here. No customer&apos;s phone or e-mail is put in them.</source>
        <translation>هشدارهای نظرسنجی به اینجا فرستاده می‌شوند. تلفن یا ایمیل هیچ مشتری‌ای در آن‌ها نمی‌آید.</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>فرستادن ایمیل آزمایشی</translation>
    </message>
    <message>
        <source>Save surveys and e-mail</source>
        <translation>ذخیرهٔ نظرسنجی‌ها و ایمیل</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Sending a test e-mail…</source>
        <translation>در حال فرستادن ایمیل آزمایشی…</translation>
    </message>
    <message>
        <source>The mail server took the test e-mail for {address}. Check that inbox.</source>
        <translation>سرور ایمیل، ایمیل آزمایشی برای ⁨{address}⁩ را پذیرفت. آن صندوق را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Surveys</source>
        <translation>نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Promoters
9-10</source>
        <translation>مروج‌ها
۹ تا ۱۰</translation>
    </message>
    <message>
        <source>Passives
7-8</source>
        <translation>بی‌طرف‌ها
۷ تا ۸</translation>
    </message>
    <message>
        <source>Detractors
0-6</source>
        <translation>منتقدها
۰ تا ۶</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>شاخص خالص مروجان (NPS)</translation>
    </message>
    <message>
        <source>NPS = % promoters − % detractors; passives count in the total only.</source>
        <translation>‏NPS = ٪ مروج‌ها − ٪ منتقدها؛ بی‌طرف‌ها فقط در کل شمرده می‌شوند.</translation>
    </message>
    <message>
        <source>NPS, last 12 months</source>
        <translation>NPS در ۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>پرسش‌ها</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>پیشنهاد می‌شود</translation>
    </message>
    <message>
        <source>New survey (F2)</source>
        <translation>نظرسنجی جدید (F2)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>ویرایش (F4)</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>داده‌ای نیست</translation>
    </message>
    <message>
        <source>No NPS answers {when}.</source>
        <translation>پاسخ NPS برای ⁨{when}⁩ نیست.</translation>
    </message>
    <message>
        <source>{when}, from {n} answers</source>
        <translation>⁨{when}⁩، از ⁨{n}⁩ پاسخ</translation>
    </message>
    <message>
        <source>No answers the month before.</source>
        <translation>ماه پیش پاسخی نبود.</translation>
    </message>
    <message>
        <source>{month}: {nps}</source>
        <translation>⁨{month}⁩: ⁨{nps}⁩</translation>
    </message>
    <message>
        <source>{arrow} {step} against {month} ({nps})</source>
        <translation>⁨{arrow}⁩ ⁨{step}⁩ نسبت به ⁨{month}⁩ (⁨{nps}⁩)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Type here</source>
        <translation>اینجا بنویسید</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>1 stamp</source>
        <translation>یک مهر</translation>
    </message>
    <message>
        <source>{n} stamps</source>
        <translation>⁨{n}⁩ مهر</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>یک امتیاز</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>⁨{n}⁩ امتیاز</translation>
    </message>
    <message>
        <source>You earned {what} on {program}.</source>
        <translation>⁨{what}⁩ در ⁨{program}⁩ به دست آوردید.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>سپاسگزاریم!</translation>
    </message>
    <message>
        <source>Your answers help us do better.</source>
        <translation>پاسخ‌های شما به ما کمک می‌کند بهتر شویم.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the shop</source>
        <translation>باز کردن فروشگاه</translation>
    </message>
    <message>
        <source>The customer book is encrypted. Type the shop&apos;s passphrase to open it.</source>
        <translation>دفتر مشتریان رمزگذاری شده است. برای باز کردنش عبارت عبور فروشگاه را بنویسید.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارت عبور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Remember on this workstation</source>
        <translation>&amp;در این ایستگاه کاری به خاطر بسپار</translation>
    </message>
    <message>
        <source>Keeps the passphrase in this computer&apos;s keyring, so the shop opens by itself. Only tick this on a workstation that is kept safe.</source>
        <translation>عبارت عبور را در جاکلیدی این رایانه نگه می‌دارد تا فروشگاه خودش باز شود. فقط در ایستگاه کاری‌ای که امن نگه داشته می‌شود تیک بزنید.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Shop folder: {folder}</source>
        <translation>پوشهٔ فروشگاه: ⁨{folder}⁩</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>اول عبارت عبور را بنویسید.</translation>
    </message>
    <message>
        <source>The shop file is damaged. Restore a backup to go on.</source>
        <translation>پروندهٔ فروشگاه آسیب دیده است. برای ادامه یک پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this shop. Type it, please.</source>
        <translation>عبارت عبور ذخیره‌شده دیگر این فروشگاه را باز نمی‌کند. لطفاً آن را بنویسید.</translation>
    </message>
    <message>
        <source>That passphrase does not open this shop. Try again.</source>
        <translation>این عبارت عبور فروشگاه را باز نمی‌کند. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>در حال باز کردن…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Tell us how we did: it takes less than a minute.</source>
        <translation>بگویید چطور بودیم: کمتر از یک دقیقه وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Have a loyalty card? Scan it now to earn your reward.</source>
        <translation>کارت باشگاه دارید؟ همین حالا اسکنش کنید تا جایزه‌تان را بگیرید.</translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation>کارتتان را اسکن کنید</translation>
    </message>
    <message>
        <source>✓ Card recognised: your answers earn your feedback reward.</source>
        <translation>✓ کارت شناخته شد: با پاسخ‌هایتان جایزهٔ بازخورد می‌گیرید.</translation>
    </message>
    <message>
        <source>We don&apos;t know that card. You can still answer, anonymously.</source>
        <translation>این کارت را نمی‌شناسیم. باز هم می‌توانید ناشناس پاسخ دهید.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Checkout</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش کارها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Lock / switch user</source>
        <translation>قفل / تعویض کاربر</translation>
    </message>
    <message>
        <source>Back to the staff sign-in screen (Ctrl+L)</source>
        <translation>بازگشت به صفحهٔ ورود کارکنان (Ctrl+L)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>صندوقدار</translation>
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
        <translation>برای این بازه داده‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Acknowledged</source>
        <translation>دیده شد</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>منتقد</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>امتیاز پایین</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>اشاره به کلیدواژه</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>Resolved: {note}</source>
        <translation>رسیدگی شد: ⁨{note}⁩</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{change} pts</source>
        <translation>⁨{change}⁩ امتیاز</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>رمز ۴ تا ۸ رقم است.</translation>
    </message>
    <message>
        <source>A card number is 4 to 20 letters or digits.</source>
        <translation>شمارهٔ کارت ۴ تا ۲۰ حرف یا رقم است.</translation>
    </message>
    <message>
        <source>A card number is plain digits or letters.</source>
        <translation>شمارهٔ کارت فقط رقم یا حرف است.</translation>
    </message>
    <message>
        <source>A customer can&apos;t be merged with themselves.</source>
        <translation>مشتری را نمی‌شود با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>A mail server port is 1 to 65535.</source>
        <translation>درگاه سرور ایمیل ۱ تا ۶۵۵۳۵ است.</translation>
    </message>
    <message>
        <source>A name can be at most 80 characters.</source>
        <translation>نام حداکثر ۸۰ نویسه است.</translation>
    </message>
    <message>
        <source>A program is a punch card or points.</source>
        <translation>برنامه یا کارت مهر است یا امتیاز.</translation>
    </message>
    <message>
        <source>A purchase can&apos;t be in the future.</source>
        <translation>خرید نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>A purchase that came with the merge was refunded or undone since; the merge can&apos;t be undone.</source>
        <translation>خریدی که با ادغام آمد از آن پس بازپرداخت یا برگردانده شده؛ ادغام را نمی‌شود برگرداند.</translation>
    </message>
    <message>
        <source>A receipt number is at most 40 characters.</source>
        <translation>شمارهٔ رسید حداکثر ۴۰ نویسه است.</translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation>نظرسنجی دست‌کم یک پرسش لازم دارد.</translation>
    </message>
    <message>
        <source>An amount can&apos;t be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Ask for at least one pair.</source>
        <translation>دست‌کم یک جفت بخواهید.</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund on that purchase.</source>
        <translation>روی این خرید حداکثر {amount} برای بازپرداخت مانده است.</translation>
    </message>
    <message>
        <source>Auto-lock must be 0 to 240 minutes.</source>
        <translation>قفل خودکار باید ۰ تا ۲۴۰ دقیقه باشد.</translation>
    </message>
    <message>
        <source>Can&apos;t read this file&apos;s characters: save it as UTF-8 and try again.</source>
        <translation>نویسه‌های این پرونده خوانده نمی‌شود: آن را با UTF-8 ذخیره کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Can&apos;t read {name}: {reason}.</source>
        <translation>{name} خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write in {folder}: {reason}.</source>
        <translation>در {folder} نمی‌شود نوشت: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write {name}: {reason}.</source>
        <translation>{name} نوشته نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: the folder {folder} doesn&apos;t exist.</source>
        <translation>{path} نوشته نمی‌شود: پوشهٔ {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: {reason}.</source>
        <translation>{path} نوشته نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper.</source>
        <translation>کاغذ A4 یا Letter را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose English, Hebrew or Persian.</source>
        <translation>انگلیسی، عبری یا فارسی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose keep or dup for {name}, not {side}.</source>
        <translation>برای {name} یکی از keep یا dup را انتخاب کنید، نه {side}.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>یکی از این‌ها را انتخاب کنید: {choices}.</translation>
    </message>
    <message>
        <source>Choose the column with the date of each purchase.</source>
        <translation>ستون تاریخ هر خرید را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the column with the first name (or the full name).</source>
        <translation>ستون نام (یا نام کامل) را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the column with the phone number or the e-mail.</source>
        <translation>ستون شمارهٔ تلفن یا ایمیل را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the column with the total (or the lines&apos; unit prices).</source>
        <translation>ستون جمع (یا قیمت واحد ردیف‌ها) را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Customer {id} is no longer merged into {who}.</source>
        <translation>مشتری {id} دیگر در {who} ادغام نیست.</translation>
    </message>
    <message>
        <source>Customer {id} was already merged into customer {into}.</source>
        <translation>مشتری {id} پیش‌تر در مشتری {into} ادغام شده.</translation>
    </message>
    <message>
        <source>Customer {id} was erased.</source>
        <translation>مشتری {id} پاک شده.</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong.</source>
        <translation>متوسط است: با چند واژهٔ دیگر قوی می‌شود.</translation>
    </message>
    <message>
        <source>Give the date of the purchase.</source>
        <translation>تاریخ خرید را بنویسید.</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>اول نام سرور ایمیل را بنویسید.</translation>
    </message>
    <message>
        <source>Give the product&apos;s unit price.</source>
        <translation>قیمت واحد کالا را بنویسید.</translation>
    </message>
    <message>
        <source>Give the program a name (at most 80 characters).</source>
        <translation>برای برنامه نامی بگذارید (حداکثر ۸۰ نویسه).</translation>
    </message>
    <message>
        <source>Give the purchase total.</source>
        <translation>جمع کل خرید را بنویسید.</translation>
    </message>
    <message>
        <source>Give the sender and the manager&apos;s address for alert e-mails.</source>
        <translation>نشانی فرستنده و نشانی مدیر را برای ایمیل‌های هشدار بنویسید.</translation>
    </message>
    <message>
        <source>Give the sender and the manager&apos;s address.</source>
        <translation>نشانی فرستنده و نشانی مدیر را بنویسید.</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>برای نظرسنجی نامی بگذارید.</translation>
    </message>
    <message>
        <source>Import customers or purchases.</source>
        <translation>مشتریان یا خریدها را وارد کنید.</translation>
    </message>
    <message>
        <source>It can&apos;t be read through: {detail}.</source>
        <translation>نمی‌توان آن را تا آخر خواند: {detail}.</translation>
    </message>
    <message>
        <source>Keep a phone number or an e-mail, so we can find them.</source>
        <translation>یک شماره تلفن یا ایمیل نگه دارید تا بتوانیم پیدایش کنیم.</translation>
    </message>
    <message>
        <source>Keep customers 0 (for ever) to 50 years.</source>
        <translation>نگهداری مشتریان: ۰ (برای همیشه) تا ۵۰ سال.</translation>
    </message>
    <message>
        <source>Lapsed after must be 1 to 3650 days.</source>
        <translation>«غیرفعال پس از» باید ۱ تا ۳۶۵۰ روز باشد.</translation>
    </message>
    <message>
        <source>Mentions {words}</source>
        <translation>اشاره به {words}</translation>
    </message>
    <message>
        <source>Mentions {words}: {said}</source>
        <translation>اشاره به {words}: «{said}»</translation>
    </message>
    <message>
        <source>NPS {score}/10</source>
        <translation>امتیاز NPS:‏ {score} از ۱۰</translation>
    </message>
    <message>
        <source>NPS {score}/10 — &quot;{said}&quot;</source>
        <translation>امتیاز NPS:‏ {score} از ۱۰ — «{said}»</translation>
    </message>
    <message>
        <source>No customer matches {ref}.</source>
        <translation>هیچ مشتری‌ای با {ref} جور نیست.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>چنین کارمندی نیست.</translation>
    </message>
    <message>
        <source>Not enough on the card: {held}, {needed} needed.</source>
        <translation>روی کارت کافی نیست: {held} هست، {needed} لازم است.</translation>
    </message>
    <message>
        <source>One of the two customers was erased since the merge; it can&apos;t be undone.</source>
        <translation>یکی از دو مشتری پس از ادغام پاک شده؛ نمی‌شود آن را برگرداند.</translation>
    </message>
    <message>
        <source>Only a manager can change surveys.</source>
        <translation>فقط مدیر می‌تواند نظرسنجی‌ها را تغییر دهد.</translation>
    </message>
    <message>
        <source>Only a manager can do that.</source>
        <translation>فقط مدیر می‌تواند این کار را بکند.</translation>
    </message>
    <message>
        <source>Only a manager can leave the kiosk.</source>
        <translation>فقط مدیر می‌تواند از کیوسک خارج شود.</translation>
    </message>
    <message>
        <source>Only a manager can set up e-mail.</source>
        <translation>فقط مدیر می‌تواند ایمیل را تنظیم کند.</translation>
    </message>
    <message>
        <source>Only a manager can undo an older purchase.</source>
        <translation>فقط مدیر می‌تواند خرید قدیمی‌تر را برگرداند.</translation>
    </message>
    <message>
        <source>Points per unit is a number, e.g. 1 or 0.5.</source>
        <translation>امتیاز برای هر واحد یک عدد است، مثلاً 1 یا 0.5.</translation>
    </message>
    <message>
        <source>Points per unit must be 0.001 to 100.</source>
        <translation>امتیاز برای هر واحد باید 0.001 تا 100 باشد.</translation>
    </message>
    <message>
        <source>Question {question} is not in survey {survey}.</source>
        <translation>پرسش {question} در نظرسنجی {survey} نیست.</translation>
    </message>
    <message>
        <source>Question {question} needs an answer.</source>
        <translation>پرسش {question} پاسخ می‌خواهد.</translation>
    </message>
    <message>
        <source>Question {question} takes a list of its options, each once.</source>
        <translation>پرسش {question} فهرستی از گزینه‌های خودش را می‌پذیرد، هر کدام یک بار.</translation>
    </message>
    <message>
        <source>Question {question} takes a whole number from {low} to {high}.</source>
        <translation>پرسش {question} یک عدد صحیح از {low} تا {high} می‌پذیرد.</translation>
    </message>
    <message>
        <source>Question {question} takes one of: {choices}.</source>
        <translation>پرسش {question} یکی از این‌ها را می‌پذیرد: {choices}.</translation>
    </message>
    <message>
        <source>Question {question} takes text, at most {limit:,} characters.</source>
        <translation>پرسش {question} متن می‌پذیرد، حداکثر {limit:,} نویسه.</translation>
    </message>
    <message>
        <source>Question {question}: put every option in order.</source>
        <translation>پرسش {question}: همهٔ گزینه‌ها را به ترتیب بچینید.</translation>
    </message>
    <message>
        <source>Redeem in whole rewards of {count}.</source>
        <translation>فقط جایزهٔ کامل می‌شود گرفت، هر جایزه {count}.</translation>
    </message>
    <message>
        <source>Say what the reward is, e.g. a free coffee.</source>
        <translation>بنویسید جایزه چیست، مثلاً یک قهوهٔ رایگان.</translation>
    </message>
    <message>
        <source>Say why the balance changes.</source>
        <translation>بنویسید چرا موجودی تغییر می‌کند.</translation>
    </message>
    <message>
        <source>Say why the money goes back.</source>
        <translation>بنویسید چرا پول برمی‌گردد.</translation>
    </message>
    <message>
        <source>Some of the moved history no longer belongs to {who}.</source>
        <translation>بخشی از سابقهٔ منتقل‌شده دیگر مال {who} نیست.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوی است.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>این رمز درست نیست.</translation>
    </message>
    <message>
        <source>That alert is already resolved.</source>
        <translation>به این هشدار قبلاً رسیدگی شده.</translation>
    </message>
    <message>
        <source>That amount is too large to be right.</source>
        <translation>این مبلغ بزرگ‌تر از آن است که درست باشد.</translation>
    </message>
    <message>
        <source>That birthday can&apos;t be right.</source>
        <translation>این تاریخ تولد نمی‌تواند درست باشد.</translation>
    </message>
    <message>
        <source>That date can&apos;t be right.</source>
        <translation>این تاریخ نمی‌تواند درست باشد.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid: {reason}</source>
        <translation>این نشانی ایمیل درست نیست: {reason}</translation>
    </message>
    <message>
        <source>That file is too big for a customer list.</source>
        <translation>این پرونده برای فهرست مشتریان خیلی بزرگ است.</translation>
    </message>
    <message>
        <source>That is not a phone number.</source>
        <translation>این شماره تلفن نیست.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 12.50.</source>
        <translation>این مبلغ نیست: مثلاً 12.50 بنویسید.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit:,} characters.</source>
        <translation>این خیلی بلند است: حداکثر {limit:,} نویسه.</translation>
    </message>
    <message>
        <source>That merge was already undone.</source>
        <translation>این ادغام قبلاً برگردانده شده.</translation>
    </message>
    <message>
        <source>That name and PIN don&apos;t open the kiosk.</source>
        <translation>این نام و رمز کیوسک را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>That passphrase does not open this shop. Try again.</source>
        <translation>این عبارت عبور فروشگاه را باز نمی‌کند. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That phone number is not valid: check the digits and the area code.</source>
        <translation>این شماره تلفن معتبر نیست: رقم‌ها و پیش‌شماره را بررسی کنید.</translation>
    </message>
    <message>
        <source>That purchase has a refund; it can&apos;t be undone.</source>
        <translation>این خرید بازپرداخت دارد؛ نمی‌شود آن را برگرداند.</translation>
    </message>
    <message>
        <source>That purchase is not this customer&apos;s; use the reward on one of theirs.</source>
        <translation>این خرید مال این مشتری نیست؛ جایزه را روی یکی از خریدهای خودش استفاده کنید.</translation>
    </message>
    <message>
        <source>That purchase was already refunded in full.</source>
        <translation>این خرید قبلاً کامل بازپرداخت شده.</translation>
    </message>
    <message>
        <source>That purchase was already undone.</source>
        <translation>این خرید قبلاً برگردانده شده.</translation>
    </message>
    <message>
        <source>That purchase was undone or refunded in full; the reward can&apos;t be used on it.</source>
        <translation>این خرید برگردانده یا کامل بازپرداخت شده؛ جایزه را نمی‌شود روی آن استفاده کرد.</translation>
    </message>
    <message>
        <source>That purchase was undone; there is nothing to refund.</source>
        <translation>این خرید برگردانده شده؛ چیزی برای بازپرداخت نیست.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be zero.</source>
        <translation>مبلغ نمی‌تواند صفر باشد.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?).</source>
        <translation>پوشهٔ پشتیبان {folder} پیدا نیست (فلش USB وصل است؟).</translation>
    </message>
    <message>
        <source>The backup {name} does not open with this passphrase. It may be from before the passphrase was changed: give the passphrase it was made with.</source>
        <translation>پشتیبان {name} با این عبارت عبور باز نمی‌شود. شاید مال پیش از عوض شدن عبارت عبور باشد: عبارت عبوری را که با آن ساخته شد بدهید.</translation>
    </message>
    <message>
        <source>The backup {name} failed its check: {problem}</source>
        <translation>پشتیبان {name} از بررسی رد شد: {problem}</translation>
    </message>
    <message>
        <source>The backup {name} failed its check: {problem} Try again, or choose another folder.</source>
        <translation>پشتیبان {name} از بررسی رد شد: {problem} دوباره امتحان کنید، یا پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: {problem}</source>
        <translation>پشتیبان {name} آسیب دیده است: {problem}</translation>
    </message>
    <message>
        <source>The balance is {balance}; it can&apos;t go below zero.</source>
        <translation>مانده {balance} است؛ نمی‌تواند زیر صفر برود.</translation>
    </message>
    <message>
        <source>The change can&apos;t be zero.</source>
        <translation>تغییر نمی‌تواند صفر باشد.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>عبارت عبور فعلی درست نیست.</translation>
    </message>
    <message>
        <source>The database structure is damaged: {detail}</source>
        <translation>ساختار پایگاه داده آسیب دیده است: {detail}</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation>جداکننده ویرگول، نقطه‌ویرگول یا تب است.</translation>
    </message>
    <message>
        <source>The file has no column called {column}.</source>
        <translation>پرونده ستونی به نام {column} ندارد.</translation>
    </message>
    <message>
        <source>The file is empty: the first line names the columns.</source>
        <translation>پرونده خالی است: سطر اول نام ستون‌ها را می‌گوید.</translation>
    </message>
    <message>
        <source>The folder {folder} doesn&apos;t exist.</source>
        <translation>پوشهٔ {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>The kiosk timeout must be 5 to 600 s.</source>
        <translation>زمان انتظار کیوسک باید ۵ تا ۶۰۰ ثانیه باشد.</translation>
    </message>
    <message>
        <source>The latest good backup is {name} ({made}).</source>
        <translation>آخرین پشتیبان سالم {name} است ({made}).</translation>
    </message>
    <message>
        <source>The lines add up to {lines}, not {total}.</source>
        <translation>جمع ردیف‌ها {lines} است، نه {total}.</translation>
    </message>
    <message>
        <source>The mail server did not take the message ({reason}).</source>
        <translation>کارساز ایمیل پیام را نپذیرفت ({reason}).</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>عبارت عبور تازه با فعلی یکی است.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>عبارت عبور دست‌کم {count} نویسه لازم دارد.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>بازه پیش از شروعش تمام می‌شود.</translation>
    </message>
    <message>
        <source>The product name is too long (80 at most).</source>
        <translation>نام کالا خیلی بلند است (حداکثر ۸۰).</translation>
    </message>
    <message>
        <source>The program can&apos;t end before it starts.</source>
        <translation>برنامه نمی‌تواند پیش از شروعش تمام شود.</translation>
    </message>
    <message>
        <source>The purchase total can&apos;t be zero.</source>
        <translation>جمع خرید نمی‌تواند صفر باشد.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 10000.</source>
        <translation>تعداد باید ۱ تا ۱۰۰۰۰ باشد.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>تعداد باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>The role is cashier or manager.</source>
        <translation>نقش یا صندوقدار است یا مدیر.</translation>
    </message>
    <message>
        <source>The shop file is damaged. {advice}</source>
        <translation>پروندهٔ فروشگاه آسیب دیده است. {advice}</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>فروشگاه نام لازم دارد.</translation>
    </message>
    <message>
        <source>The shop needs at least one active manager.</source>
        <translation>فروشگاه دست‌کم یک مدیر فعال لازم دارد.</translation>
    </message>
    <message>
        <source>The survey “{name}” is stopped; start it again to take answers.</source>
        <translation>نظرسنجی «{name}» متوقف است؛ برای گرفتن پاسخ دوباره راهش بیندازید.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکی نیستند.</translation>
    </message>
    <message>
        <source>There is already a shop in {folder}.</source>
        <translation>در {folder} از قبل فروشگاهی هست.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>کارمندی به نام {name} از قبل هست.</translation>
    </message>
    <message>
        <source>There is no alert {id}.</source>
        <translation>هشدار {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no answer to keep.</source>
        <translation>پاسخی برای نگه داشتن نیست.</translation>
    </message>
    <message>
        <source>There is no backup that opens with this passphrase to restore.</source>
        <translation>پشتیبانی که با این عبارت عبور باز شود برای بازگردانی نیست.</translation>
    </message>
    <message>
        <source>There is no backup {path}.</source>
        <translation>پشتیبان {path} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no customer field called {name}.</source>
        <translation>فیلدی به نام {name} برای مشتری نیست.</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>مشتری {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no field {field}. Fields: {fields}.</source>
        <translation>فیلد {field} وجود ندارد. فیلدها: {fields}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>پوشهٔ {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no loyalty program {id}.</source>
        <translation>برنامهٔ باشگاه {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no merge {id}.</source>
        <translation>ادغام {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no purchase {id}.</source>
        <translation>خرید {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no shop in {folder}. Create one first.</source>
        <translation>در {folder} فروشگاهی نیست. اول یکی بسازید.</translation>
    </message>
    <message>
        <source>There is no survey {id}.</source>
        <translation>نظرسنجی {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no version {version} of the privacy policy.</source>
        <translation>نسخهٔ {version} سیاست حریم خصوصی وجود ندارد.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>این مشتری پاک شده.</translation>
    </message>
    <message>
        <source>This customer was erased; record the sale without a customer.</source>
        <translation>این مشتری پاک شده؛ فروش را بدون مشتری ثبت کنید.</translation>
    </message>
    <message>
        <source>This customer was erased; register them again if they come back.</source>
        <translation>این مشتری پاک شده؛ اگر برگشت دوباره ثبت‌نامش کنید.</translation>
    </message>
    <message>
        <source>This customer was merged into customer {id}; record the sale on that one.</source>
        <translation>این مشتری در مشتری {id} ادغام شده؛ فروش را به نام او ثبت کنید.</translation>
    </message>
    <message>
        <source>This file is not in {encoding}: choose another encoding.</source>
        <translation>این پرونده با {encoding} نیست: کدگذاری دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This is not a readable CSV file: {reason}.</source>
        <translation>این پروندهٔ CSV خواندنی نیست: {reason}.</translation>
    </message>
    <message>
        <source>This passphrase does not open the shop file, but it opens its newest backup, {name} ({made}). If the passphrase has not been changed since, the shop file is damaged: restore that backup.</source>
        <translation>این عبارت عبور پروندهٔ فروشگاه را باز نمی‌کند، ولی تازه‌ترین پشتیبانش را باز می‌کند: {name} ({made}). اگر عبارت عبور از آن زمان عوض نشده، پروندهٔ فروشگاه آسیب دیده است: آن پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window (process {pid}). Use that window, or close it first.</source>
        <translation>این فروشگاه در پنجرهٔ دیگری از Counterpart باز است (فرایند {pid}). از همان پنجره استفاده کنید، یا اول آن را ببندید.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window on {workstation} (process {pid}). Use that window, or close it first.</source>
        <translation>این فروشگاه در پنجرهٔ دیگری از Counterpart روی {workstation} باز است (فرایند {pid}). از همان پنجره استفاده کنید، یا اول آن را ببندید.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window on {workstation}. Use that window, or close it first.</source>
        <translation>این فروشگاه در پنجرهٔ دیگری از Counterpart روی {workstation} باز است. از همان پنجره استفاده کنید، یا اول آن را ببندید.</translation>
    </message>
    <message>
        <source>This shop is already open in another Counterpart window. Use that window, or close it first.</source>
        <translation>این فروشگاه در پنجرهٔ دیگری از Counterpart باز است. از همان پنجره استفاده کنید، یا اول آن را ببندید.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>رمز اشتباه بیش از حد. {seconds} ثانیهٔ دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Too short: use at least {least} characters.</source>
        <translation>خیلی کوتاه است: دست‌کم {least} نویسه به کار ببرید.</translation>
    </message>
    <message>
        <source>Type a whole number from {low} to {high}.</source>
        <translation>یک عدد صحیح از {low} تا {high} بنویسید.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>مبلغی بنویسید.</translation>
    </message>
    <message>
        <source>Type the staff member&apos;s name.</source>
        <translation>نام کارمند را بنویسید.</translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation>حداکثر {places} رقم اعشار بنویسید.</translation>
    </message>
    <message>
        <source>Weak: add words, or mix letters, digits and symbols.</source>
        <translation>ضعیف است: واژه‌های بیشتری بیفزایید، یا حرف و رقم و نماد را با هم به کار ببرید.</translation>
    </message>
    <message>
        <source>Write --map as CSV_COLUMN=FIELD, not {option}.</source>
        <translation>‎--map را به شکل CSV_COLUMN=FIELD بنویسید، نه {option}.</translation>
    </message>
    <message>
        <source>Write a line as NAME;QTY;UNIT_PRICE[;CATEGORY].</source>
        <translation>هر سطر را به شکل NAME;QTY;UNIT_PRICE[;CATEGORY] بنویسید.</translation>
    </message>
    <message>
        <source>Write the birthday as YYYY-MM-DD.</source>
        <translation>تاریخ تولد را به تقویم شمسی بنویسید، مثلاً ۱۳۶۶/۱۱/۲۰.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (and the time as HH:MM) or DD/MM/YYYY.</source>
        <translation>تاریخ را به شکل YYYY-MM-DD (و ساعت را HH:MM) یا DD/MM/YYYY (میلادی) بنویسید.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>تاریخ را به شکل YYYY-MM-DD یا DD/MM/YYYY (میلادی) بنویسید.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>تاریخ را به تقویم شمسی بنویسید، مثلاً ۱۴۰۵/۰۱/۰۱.</translation>
    </message>
    <message>
        <source>Write the month as YYYY-MM, from {year}.</source>
        <translation>ماه را به شکل YYYY-MM بنویسید، از {year} به بعد.</translation>
    </message>
    <message>
        <source>Write the policy text.</source>
        <translation>متن سیاست را بنویسید.</translation>
    </message>
    <message>
        <source>Write the time as YYYY-MM-DDTHH:MM.</source>
        <translation>زمان را به شکل YYYY-MM-DDTHH:MM بنویسید.</translation>
    </message>
    <message>
        <source>Write what was done about it.</source>
        <translation>بنویسید چه کاری برایش شد.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>yes یا no بنویسید.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>at</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>card_number</source>
        <translation>شمارهٔ کارت</translation>
    </message>
    <message>
        <source>children</source>
        <translation>فرزندان</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>مشتری {id}</translation>
    </message>
    <message>
        <source>customer: this customer was merged into another meanwhile.</source>
        <translation>مشتری: این مشتری در این فاصله با مشتری دیگری ادغام شد.</translation>
    </message>
    <message>
        <source>customer_card</source>
        <translation>کارت مشتری</translation>
    </message>
    <message>
        <source>customer_card: no customer has this card.</source>
        <translation>کارت مشتری: هیچ مشتری‌ای این کارت را ندارد.</translation>
    </message>
    <message>
        <source>customer_email</source>
        <translation>ایمیل مشتری</translation>
    </message>
    <message>
        <source>customer_email: no customer has this e-mail.</source>
        <translation>ایمیل مشتری: هیچ مشتری‌ای این ایمیل را ندارد.</translation>
    </message>
    <message>
        <source>customer_phone</source>
        <translation>تلفن مشتری</translation>
    </message>
    <message>
        <source>customer_phone: no customer has this phone.</source>
        <translation>تلفن مشتری: هیچ مشتری‌ای این تلفن را ندارد.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>e-mail and phone</source>
        <translation>ایمیل و تلفن</translation>
    </message>
    <message>
        <source>education</source>
        <translation>تحصیلات</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>email: the same e-mail as line {line} of the file.</source>
        <translation>ایمیل: همان ایمیل سطر {line} فایل است.</translation>
    </message>
    <message>
        <source>first_name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>how_heard</source>
        <translation>آشنایی با ما</translation>
    </message>
    <message>
        <source>income_range</source>
        <translation>بازهٔ درآمد</translation>
    </message>
    <message>
        <source>it can&apos;t have two dots in a row.</source>
        <translation>نباید دو نقطهٔ پشت سر هم داشته باشد.</translation>
    </message>
    <message>
        <source>it has a character an e-mail address can&apos;t have, such as a space.</source>
        <translation>نویسه‌ای دارد که در نشانی ایمیل مجاز نیست، مانند فاصله.</translation>
    </message>
    <message>
        <source>it isn&apos;t written like an e-mail address (name@example.com).</source>
        <translation>به شکل نشانی ایمیل نوشته نشده است (name@example.com).</translation>
    </message>
    <message>
        <source>it needs an @, as in name@example.com.</source>
        <translation>@ ندارد؛ مانند name@example.com.</translation>
    </message>
    <message>
        <source>last_name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>ردیف {number}</translation>
    </message>
    <message>
        <source>line {row}: {reason}</source>
        <translation>سطر {row}: {reason}</translation>
    </message>
    <message>
        <source>marketing_consent</source>
        <translation>رضایت تبلیغاتی</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>شغل</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>phone: the same phone as line {line} of the file.</source>
        <translation>تلفن: همان تلفن سطر {line} فایل است.</translation>
    </message>
    <message>
        <source>product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>question {n}</source>
        <translation>پرسش {n}</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>receipt: a purchase with this receipt is already in the shop.</source>
        <translation>رسید: خریدی با این رسید از پیش در فروشگاه ثبت شده است.</translation>
    </message>
    <message>
        <source>receipt: the same receipt as line {line} of the file.</source>
        <translation>رسید: همان رسید سطر {line} فایل است.</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>همان تاریخ تولد</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>همان ایمیل</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>همان نام</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>همان تلفن</translation>
    </message>
    <message>
        <source>similar name {score}</source>
        <translation>نام مشابه {score}</translation>
    </message>
    <message>
        <source>something must come after the @.</source>
        <translation>پس از @ باید چیزی بیاید.</translation>
    </message>
    <message>
        <source>something must come before the @.</source>
        <translation>پیش از @ باید چیزی بیاید.</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>the part after the @ needs a dot, as in example.com.</source>
        <translation>بخش پس از @ نقطه ندارد؛ مانند example.com.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>unit_price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>{code} is not a country code.</source>
        <translation>{code} کد کشور نیست.</translation>
    </message>
    <message>
        <source>{code} is not a currency code.</source>
        <translation>{code} کد ارز نیست.</translation>
    </message>
    <message>
        <source>{count} damaged page(s): {detail}</source>
        <translation>{count} صفحهٔ آسیب‌دیده: {detail}</translation>
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
        <translation>{key} شناسهٔ پرسش نیست.</translation>
    </message>
    <message>
        <source>{name} is not a field a merge can choose.</source>
        <translation>{name} فیلدی نیست که در ادغام بشود انتخابش کرد.</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} امتیاز</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} امتیاز</translation>
    </message>
    <message>
        <source>{n} punch</source>
        <translation>{n} مهر</translation>
    </message>
    <message>
        <source>{n} punches</source>
        <translation>{n} مهر</translation>
    </message>
    <message>
        <source>{path} is already there: choose another name.</source>
        <translation>{path} از قبل هست: نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a shop. Restore it from a backup.</source>
        <translation>{path} خالی است: فروشگاه نیست. آن را از پشتیبان بازگردانید.</translation>
    </message>
    <message>
        <source>{path} is not a Counterpart shop.</source>
        <translation>{path} فروشگاه Counterpart نیست.</translation>
    </message>
    <message>
        <source>{question}: {score}/5</source>
        <translation>{question}: {score} از ۵</translation>
    </message>
    <message>
        <source>{what}: customer {id} already has this {what}.</source>
        <translation>{what}: مشتری {id} همین {what} را دارد.</translation>
    </message>
    <message>
        <source>{where}: a &apos;Why?&apos; follows only an NPS score.</source>
        <translation>{where}: «چرا؟» فقط بعد از امتیاز NPS می‌آید.</translation>
    </message>
    <message>
        <source>{where}: choose a kind of question.</source>
        <translation>{where}: نوع پرسش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>{where}: give at least two options.</source>
        <translation>{where}: دست‌کم دو گزینه بدهید.</translation>
    </message>
    <message>
        <source>{where}: name the product or category.</source>
        <translation>{where}: نام کالا یا دسته را بنویسید.</translation>
    </message>
    <message>
        <source>{where}: the product name is too long.</source>
        <translation>{where}: نام کالا خیلی بلند است.</translation>
    </message>
    <message>
        <source>{where}: the quantity must be 1 to {most}.</source>
        <translation>{where}: تعداد باید ۱ تا {most} باشد.</translation>
    </message>
    <message>
        <source>{where}: the quantity must be a whole number.</source>
        <translation>{where}: تعداد باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>{where}: write the question.</source>
        <translation>{where}: پرسش را بنویسید.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} already has this {what}.</source>
        <translation>{who} همین {what} را دارد.</translation>
    </message>
    <message>
        <source>{who} was changed since the merge ({fields}); undoing it would lose that change.</source>
        <translation>{who} از زمان ادغام تغییر کرده ({fields})؛ برگرداندن ادغام آن تغییر را از بین می‌برد.</translation>
    </message>
    <message>
        <source>{who} was part of a later merge; undo that one first.</source>
        <translation>{who} در ادغام بعدی هم بوده؛ اول آن را برگردانید.</translation>
    </message>
    <message>
        <source>{who}&apos;s loyalty balance was used or corrected since the merge; the merge can&apos;t be undone.</source>
        <translation>ماندهٔ باشگاه {who} از زمان ادغام خرج یا اصلاح شده؛ ادغام را نمی‌شود برگرداند.</translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>Ask everyone</source>
        <translation>از همه بپرس</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>نپرس</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>متن آزاد</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>چندگزینه‌ای</translation>
    </message>
    <message>
        <source>NPS 0-10</source>
        <translation>امتیاز ۰ تا ۱۰ (NPS)</translation>
    </message>
    <message>
        <source>Only detractors (0-6)</source>
        <translation>فقط منتقدها (۰ تا ۶)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>رتبه‌بندی</translation>
    </message>
    <message>
        <source>Rating 1-5</source>
        <translation>امتیاز ۱ تا ۵</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>تک‌گزینه‌ای</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and nothing was changed.
The details are in the log file in the shop folder.</source>
        <translation>متأسفیم، مشکلی پیش آمد و چیزی تغییر نکرد.
جزئیات در پروندهٔ گزارش در پوشهٔ فروشگاه است.</translation>
    </message>
</context>
</TS>
