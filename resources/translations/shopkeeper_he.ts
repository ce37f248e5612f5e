<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="35"/>
        <source>Adjust points</source>
        <translation>עדכון נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="42"/>
        <source>+50 or -30</source>
        <translation>+50 או -30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="45"/>
        <source>for example: a goodwill gesture</source>
        <translation>לדוגמה: מחווה של רצון טוב</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="56"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="58"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="62"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="66"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="86"/>
        <source>Balance {before} → {after}</source>
        <translation>יתרה: {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="92"/>
        <source>Balance {points}</source>
        <translation>יתרה: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="102"/>
        <source>Type the points to add (+50) or to take away (-30).</source>
        <translation>יש להקליד כמה נקודות להוסיף (‎+50) או להוריד (‎-30).</translation>
    </message>
</context>
<context>
    <name>BatchNotesDialog</name>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="62"/>
        <source>Print thank-you notes</source>
        <translation>הדפסת פתקי תודה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="64"/>
        <source>Purchases shipped on</source>
        <translation>קניות שנשלחו בתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="71"/>
        <source>The members selected on the members page ({n})</source>
        <translation>החברים שנבחרו בדף החברים ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="89"/>
        <source>Template:</source>
        <translation>תבנית:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="90"/>
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="93"/>
        <source>%v of %m notes</source>
        <translation>%v מתוך %m פתקים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="98"/>
        <source>Make the PDF</source>
        <translation>יצירת ה־PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="101"/>
        <source>Cancel printing</source>
        <translation>ביטול ההדפסה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="104"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="149"/>
        <source>Making the notes…</source>
        <translation>הפתקים בהכנה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="156"/>
        <source>Stopping…</source>
        <translation>עוצרים…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="177"/>
        <source>There are no notes to print.</source>
        <translation>אין פתקים להדפסה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="181"/>
        <source>{notes} notes on {pages} pages: {path}</source>
        <translation>{notes} פתקים ב־{pages} עמודים: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="193"/>
        <source>The notes could not be made: {error}</source>
        <translation>לא ניתן היה להכין את הפתקים: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="200"/>
        <source>Cancelled: no file was written.</source>
        <translation>בוטל: לא נשמר שום קובץ.</translation>
    </message>
</context>
<context>
    <name>CardPrintButtons</name>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="28"/>
        <source>Thank-you note…</source>
        <translation>פתק תודה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="30"/>
        <source>Member card…</source>
        <translation>כרטיס חבר…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="32"/>
        <source>New pickup order…</source>
        <translation>הזמנה לאיסוף…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="60"/>
        <source>Template:</source>
        <translation>תבנית:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="61"/>
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="68"/>
        <source>Thank-you note for {name}</source>
        <translation>פתק תודה ל{name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="79"/>
        <source>Print:</source>
        <translation>הדפסה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="80"/>
        <source>One card (85.6 × 54 mm)</source>
        <translation>כרטיס אחד (85.6 × 54 מ״מ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="81"/>
        <source>A sheet of 10 on A4, with cut marks</source>
        <translation>גיליון A4 של 10 כרטיסים, עם סימני חיתוך</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="83"/>
        <source>Code:</source>
        <translation>קוד:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="84"/>
        <source>Barcode (Code 128)</source>
        <translation>ברקוד (Code 128)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="85"/>
        <source>QR code</source>
        <translation>קוד QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="94"/>
        <source>Member card for {name}</source>
        <translation>כרטיס חבר ל{name}</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="121"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="121"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="121"/>
        <source>Gender</source>
        <translation>מין</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="122"/>
        <source>Add a child</source>
        <translation>הוספת ילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="129"/>
        <source>dd/mm/yyyy</source>
        <translation>יום/חודש/שנה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="131"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="132"/>
        <source>Girl</source>
        <translation>בת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="133"/>
        <source>Boy</source>
        <translation>בן</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../ui/pages/counter.py" line="77"/>
        <source>Phone, name or member number — or scan a card</source>
        <translation>טלפון, שם או מספר חבר — או סריקת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="84"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="85"/>
        <source>A new member with a name and a phone (Ctrl+N)</source>
        <translation>צירוף חבר/ה חדש/ה עם שם וטלפון בלבד (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="115"/>
        <source>Type a phone number, a name or a member number.
A scanned card opens the member at once.</source>
        <translation>הקלידו מספר טלפון, שם או מספר חבר.
סריקת כרטיס מועדון פותחת מיד את כרטיס הלקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="158"/>
        <source>Found: {n} — Enter opens the first</source>
        <translation>נמצאו: {n} — Enter פותח את הראשון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="160"/>
        <source>No member found — Ctrl+N adds a new one</source>
        <translation>לא נמצאו חברי מועדון — Ctrl+N להצטרפות חדשה</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="140"/>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="141"/>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>מה הייבוא יעשה. עדיין לא נשמר דבר.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="152"/>
        <source>Will be imported: {imported}
Already members (left unchanged): {existing}
Rejected: {rejected}</source>
        <translation>ייובאו: {imported}
כבר במועדון (לא ישתנו): {existing}
יידחו: {rejected}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="156"/>
        <source>There is nothing new to import.</source>
        <translation>אין רשומות חדשות לייבוא.</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="47"/>
        <source>Edit member — {name}</source>
        <translation>עריכת כרטיס לקוח — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="58"/>
        <source>dd/mm/yyyy or dd/mm</source>
        <translation>יום/חודש/שנה או יום/חודש</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="59"/>
        <source>Celebrates by the Hebrew calendar</source>
        <translation>חוגג/ת לפי התאריך העברי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="61"/>
        <source>Neutral</source>
        <translation>ניטרלית</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="62"/>
        <source>Female (לקוחה יקרה)</source>
        <translation>נקבה (לקוחה יקרה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="63"/>
        <source>Male (לקוח יקר)</source>
        <translation>זכר (לקוח יקר)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="66"/>
        <source>Phone or member number</source>
        <translation>טלפון או מספר חבר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="68"/>
        <source>Comma separated, e.g. VIP, dogs</source>
        <translation>מופרדות בפסיקים, למשל VIP, כלבים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="79"/>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="80"/>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="81"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="82"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="83"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="85"/>
        <source>Form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="86"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="87"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="88"/>
        <source>Heard of us</source>
        <translation>איך שמע/ה עלינו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="89"/>
        <source>Referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="90"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="91"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="97"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="101"/>
        <source>Agrees to messages by</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="107"/>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="110"/>
        <source>Pets</source>
        <translation>חיות מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="133"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/edit_member.py" line="136"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Choose the file</source>
        <translation>בחירת קובץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="74"/>
        <source>A CSV or Excel (.xlsx) list of customers, with the column names in the first row.</source>
        <translation>רשימת לקוחות בקובץ CSV או Excel (xlsx), ושמות העמודות בשורה הראשונה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Path of the file</source>
        <translation>נתיב הקובץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="120"/>
        <source>Choose the file to import</source>
        <translation>בחירת קובץ לייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="122"/>
        <source>Customer lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>רשימות לקוחות (*.csv *.xlsx *.xlsm *.txt *.tsv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="138"/>
        <source>Reading the file…</source>
        <translation>קריאת הקובץ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="151"/>
        <source>{rows} rows, {columns} columns.</source>
        <translation>{rows} שורות, {columns} עמודות.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="18"/>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="19"/>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="20"/>
        <source>Full name</source>
        <translation>שם מלא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="21"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="22"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="23"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="24"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="25"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="26"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="27"/>
        <source>Form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="28"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="29"/>
        <source>Source</source>
        <translation>מקור הגעה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="30"/>
        <source>Join date</source>
        <translation>תאריך הצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="31"/>
        <source>SMS consent</source>
        <translation>הסכמה ל-SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="32"/>
        <source>WhatsApp consent</source>
        <translation>הסכמה ל-WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="33"/>
        <source>E-mail consent</source>
        <translation>הסכמה לאימייל</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="167"/>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="169"/>
        <source>All the rows are written together: if the import stops, nothing is written.</source>
        <translation>כל השורות נשמרות יחד: אם הייבוא נעצר, שום דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="171"/>
        <source>Rows that were not imported:</source>
        <translation>שורות שלא יובאו:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="182"/>
        <source>Imported: {imported}
Already members (left unchanged): {existing}
Not imported: {rejected}</source>
        <translation>יובאו: {imported}
כבר במועדון (לא שונו): {existing}
לא יובאו: {rejected}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="42"/>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>אירעה שגיאה לא צפויה: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="43"/>
        <source>Import members</source>
        <translation>ייבוא חברים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="46"/>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../ui/widgets/line_items.py" line="73"/>
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items.py" line="73"/>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items.py" line="73"/>
        <source>Qty</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items.py" line="73"/>
        <source>Unit price</source>
        <translation>מחיר ליחידה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items.py" line="78"/>
        <source>Add a line</source>
        <translation>הוספת שורה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items.py" line="100"/>
        <source>Remove this line</source>
        <translation>הסרת השורה</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="87"/>
        <source>Record purchase…</source>
        <translation>רישום קנייה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="91"/>
        <source>Amount, points, coupon and rewards in one go ({key})</source>
        <translation>סכום, נקודות, קופון והטבות בפעולה אחת ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="97"/>
        <source>Adjust points…</source>
        <translation>עדכון נקודות…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="118"/>
        <source>Stamp cards</source>
        <translation>כרטיסיות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="119"/>
        <source>Rewards available now</source>
        <translation>הטבות זמינות עכשיו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="120"/>
        <source>Coupons</source>
        <translation>קופונים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="121"/>
        <source>Last purchases</source>
        <translation>קניות אחרונות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="122"/>
        <source>No purchases yet.</source>
        <translation>עדיין אין קניות.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="167"/>
        <source>worth {amount}</source>
        <translation>שוות {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="177"/>
        <source>{tier} tier</source>
        <translation>דרגת {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="179"/>
        <source>points {multiplier}</source>
        <translation>נקודות {multiplier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="186"/>
        <source>The top tier.</source>
        <translation>הדרגה הגבוהה ביותר.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="190"/>
        <source>{amount} more to reach {tier}</source>
        <translation>עוד {amount} לדרגת {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="200"/>
        <source>Spent in the last 12 months: {amount}</source>
        <translation>קניות ב־12 החודשים האחרונים: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="206"/>
        <source>{card}: {stamps}/{needed} — {reward}</source>
        <translation>{card}: {stamps}/{needed} — {reward}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="221"/>
        <source>{reward} — waiting</source>
        <translation>{reward} — ממתינה למימוש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="225"/>
        <source>{reward} for {points}</source>
        <translation>{reward} תמורת {points}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="237"/>
        <source>{code} — {off} off, until {date}</source>
        <translation>{code} — {off} הנחה, עד {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="242"/>
        <source>{code} — {off} off</source>
        <translation>{code} — {off} הנחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="266"/>
        <source>voided</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="271"/>
        <source>Void…</source>
        <translation>ביטול…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="273"/>
        <source>Void this purchase and take back its points</source>
        <translation>ביטול הקנייה והחזרת הנקודות שצברה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="318"/>
        <source>Points adjusted; the balance is {points}.</source>
        <translation>הנקודות עודכנו; היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="323"/>
        <source>Purchase voided; the balance is {points}.</source>
        <translation>הקנייה בוטלה; היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="331"/>
        <source>Purchase saved: {earned}, the balance is {points}.</source>
        <translation>הקנייה נשמרה: {earned}, היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="337"/>
        <source>To pay: {amount}</source>
        <translation>לתשלום: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="341"/>
        <source>New tier: {tier}!</source>
        <translation>דרגה חדשה: {tier}!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="345"/>
        <source>Reward earned: {reward}</source>
        <translation>הטבה חדשה: {reward}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="353"/>
        <source>Referral bonus: {points} to both members</source>
        <translation>בונוס חבר מביא חבר: {points} לכל אחד מהשניים</translation>
    </message>
</context>
<context>
    <name>LoyaltyTexts</name>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="29"/>
        <source>{n} point</source>
        <translation>{n} נקודה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="30"/>
        <source>{n} points</source>
        <translation>{n} נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="59"/>
        <source>In the shop</source>
        <translation>בחנות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="60"/>
        <source>By phone</source>
        <translation>בטלפון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="61"/>
        <source>Online</source>
        <translation>באתר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="69"/>
        <source>Taken now</source>
        <translation>נלקח עכשיו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="70"/>
        <source>To be picked up</source>
        <translation>לאיסוף</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="71"/>
        <source>Shipped</source>
        <translation>במשלוח</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="86"/>
        <source>{amount} (paid {paid})</source>
        <translation>{amount} (שולם {paid})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="94"/>
        <source>coupon {code}</source>
        <translation>קופון {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="104"/>
        <source>Voided {date}: {reason}</source>
        <translation>בוטלה ב־{date}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Counter</source>
        <translation>קופה</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Pickups</source>
        <translation>הזמנות לאיסוף</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Loyalty programme</source>
        <translation>מועדון הלקוחות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Note templates</source>
        <translation>תבניות פתקים</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Import members…</source>
        <translation>ייבוא חברים…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Find member</source>
        <translation>חיפוש לקוח</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Record purchase…</source>
        <translation>רישום קנייה…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Adjust points…</source>
        <translation>עדכון נקודות…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Print thank-you notes…</source>
        <translation>הדפסת פתקי תודה…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Members</source>
        <translation>&amp;מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Go</source>
        <translation>&amp;ניווט</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>{shop} — Shopkeeper</source>
        <translation>{shop} — Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="174"/>
        <source>Match the columns</source>
        <translation>התאמת עמודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="175"/>
        <source>Choose what each column of the file holds.</source>
        <translation>בחרו מה יש בכל עמודה של הקובץ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="185"/>
        <source>The first rows of the file:</source>
        <translation>השורות הראשונות בקובץ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="197"/>
        <source>Column in the file</source>
        <translation>עמודה בקובץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="197"/>
        <source>Imported as</source>
        <translation>ייובא בתור</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="262"/>
        <source>(ignore)</source>
        <translation>(לא לייבא)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="268"/>
        <source>Choose the column that holds the phone number.</source>
        <translation>בחרו את העמודה של מספר הטלפון.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="270"/>
        <source>Choose a column with the name (first, last or full name).</source>
        <translation>בחרו עמודה עם השם (שם פרטי, שם משפחה או שם מלא).</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="117"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="118"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="119"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="120"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="121"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="122"/>
        <source>Member since</source>
        <translation>במועדון מאז</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="123"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="124"/>
        <source>Heard of us</source>
        <translation>איך שמע/ה עלינו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="125"/>
        <source>Referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="133"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="139"/>
        <source>Marketing consent</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="162"/>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="164"/>
        <source>Pets</source>
        <translation>חיות מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="180"/>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="182"/>
        <source>Edit this member (Ctrl+E)</source>
        <translation>עריכת כרטיס הלקוח (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="184"/>
        <source>New search</source>
        <translation>חיפוש חדש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="186"/>
        <source>Clear the search and look for someone else (Esc)</source>
        <translation>ניקוי החיפוש וחיפוש לקוח אחר (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="211"/>
        <location filename="../../ui/widgets/member_card.py" line="225"/>
        <source>Member No. {number}</source>
        <translation>מס׳ חבר {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="222"/>
        <source>(celebrates by the Hebrew calendar)</source>
        <translation>(חוגג/ת לפי התאריך העברי)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="248"/>
        <source>Withdraw</source>
        <translation>ביטול הסכמה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="248"/>
        <source>Give consent</source>
        <translation>מתן הסכמה</translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <location filename="../../ui/models/member_results.py" line="29"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_results.py" line="30"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_results.py" line="31"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_results.py" line="32"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_results.py" line="33"/>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_results.py" line="34"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_results.py" line="35"/>
        <source>Tier</source>
        <translation>דרגה</translation>
    </message>
</context>
<context>
    <name>MemberTexts</name>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="29"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="31"/>
        <source>tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="32"/>
        <source>in {n} days</source>
        <translation>בעוד {n} ימים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="46"/>
        <source>Birthday: turns {age} on {date} — {when}</source>
        <translation>יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="48"/>
        <source>Birthday on {date} — {when}</source>
        <translation>יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="51"/>
        <source>{name} (child) turns {age} on {date} — {when}</source>
        <translation>{name} (ילד/ה): יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="53"/>
        <source>{name} (child): birthday on {date} — {when}</source>
        <translation>{name} (ילד/ה): יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="55"/>
        <source>{name} (pet) turns {age} on {date} — {when}</source>
        <translation>{name} (חיית מחמד): יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="57"/>
        <source>{name} (pet): birthday on {date} — {when}</source>
        <translation>{name} (חיית מחמד): יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="64"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="65"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="66"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="75"/>
        <source>at the counter</source>
        <translation>בקופה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="76"/>
        <source>edited</source>
        <translation>בעריכה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="77"/>
        <source>quick join</source>
        <translation>בהצטרפות מהירה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="78"/>
        <source>import</source>
        <translation>בייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="79"/>
        <source>demo</source>
        <translation>הדגמה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="88"/>
        <source>Not asked</source>
        <translation>לא נשאל/ה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="90"/>
        <source>Yes, since {date}</source>
        <translation>כן, מאז {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="94"/>
        <source>No, since {date}</source>
        <translation>לא, מאז {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="110"/>
        <source>age {age}</source>
        <translation>גיל {age}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="116"/>
        <source>girl</source>
        <translation>בת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="116"/>
        <source>boy</source>
        <translation>בן</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="35"/>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="39"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="48"/>
        <source>Sorted by last name. Double-click a member (or press Enter) to open the card.</source>
        <translation>ממוין לפי שם משפחה. לחיצה כפולה על שורה (או Enter) פותחת את כרטיס הלקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="69"/>
        <source>1 member</source>
        <translation>חבר/ה אחד/ת</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="71"/>
        <source>{n} members</source>
        <translation>{n} חברים</translation>
    </message>
</context>
<context>
    <name>NewPickupDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="64"/>
        <source>New pickup order</source>
        <translation>הזמנה חדשה לאיסוף</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="68"/>
        <source>Phone or member number</source>
        <translation>טלפון או מספר חבר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="70"/>
        <source>Find</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="91"/>
        <source>Member:</source>
        <translation>חבר מועדון:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="93"/>
        <source>Items:</source>
        <translation>פריטים:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="94"/>
        <source>Paid now (₪):</source>
        <translation>שולם עכשיו (₪):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="95"/>
        <source>Ready by:</source>
        <translation>מוכן עד:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="96"/>
        <source>Shelf:</source>
        <translation>מדף:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="97"/>
        <source>Note:</source>
        <translation>הערה:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="112"/>
        <location filename="../../ui/dialogs/new_pickup.py" line="117"/>
        <source>No member: the order is kept without a customer.</source>
        <translation>ללא חבר מועדון: ההזמנה תישמר בלי שם לקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="122"/>
        <source>{name}, member {number}</source>
        <translation>{name}, חבר/ה מס׳ {number}</translation>
    </message>
</context>
<context>
    <name>NoteSizes</name>
    <message>
        <location filename="../../ui/note_printing.py" line="38"/>
        <source>A6 card</source>
        <translation>כרטיס A6</translation>
    </message>
    <message>
        <location filename="../../ui/note_printing.py" line="39"/>
        <source>A5 page</source>
        <translation>דף A5</translation>
    </message>
    <message>
        <location filename="../../ui/note_printing.py" line="40"/>
        <source>4 on an A4 sheet, with cut marks</source>
        <translation>4 בגיליון A4, עם סימני חיתוך</translation>
    </message>
    <message>
        <location filename="../../ui/note_printing.py" line="41"/>
        <source>62 mm label roll</source>
        <translation>גליל מדבקות 62 מ״מ</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="63"/>
        <source>Previous page</source>
        <translation>העמוד הקודם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="65"/>
        <source>Next page</source>
        <translation>העמוד הבא</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="71"/>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="74"/>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="163"/>
        <source>Page {page} of {count}</source>
        <translation>עמוד {page} מתוך {count}</translation>
    </message>
</context>
<context>
    <name>PetsEditor</name>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="167"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="167"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="167"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="168"/>
        <source>Add a pet</source>
        <translation>הוספת חיית מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="175"/>
        <source>dog, cat…</source>
        <translation>כלב, חתול…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="177"/>
        <source>dd/mm/yyyy</source>
        <translation>יום/חודש/שנה</translation>
    </message>
</context>
<context>
    <name>PickupColumns</name>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="24"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="25"/>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="26"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="27"/>
        <source>Items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="28"/>
        <source>Ready by</source>
        <translation>מוכן עד</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="29"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="30"/>
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="31"/>
        <source>Shelf</source>
        <translation>מדף</translation>
    </message>
</context>
<context>
    <name>PickupStatus</name>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="40"/>
        <source>New</source>
        <translation>חדשה</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="41"/>
        <source>Ready</source>
        <translation>מוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="42"/>
        <source>Collected</source>
        <translation>נאספה</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="43"/>
        <source>Cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="47"/>
        <source>{status}, overdue</source>
        <translation>{status}, באיחור</translation>
    </message>
    <message>
        <location filename="../../ui/models/pickup_list.py" line="67"/>
        <source>(no member)</source>
        <translation>(ללא חבר מועדון)</translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <location filename="../../ui/pages/pickups.py" line="71"/>
        <source>New pickup order…</source>
        <translation>הזמנה חדשה לאיסוף…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="73"/>
        <source>Mark ready</source>
        <translation>סימון כמוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="75"/>
        <source>Collected</source>
        <translation>נאספה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="77"/>
        <source>Cancel order</source>
        <translation>ביטול ההזמנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="79"/>
        <source>Send WhatsApp</source>
        <translation>שליחת וואטסאפ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="80"/>
        <source>Tell the customer the order is ready</source>
        <translation>להודיע ללקוח שההזמנה מוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="83"/>
        <source>A6 slip</source>
        <translation>פתק A6</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="84"/>
        <source>62 mm label</source>
        <translation>מדבקה 62 מ״מ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="85"/>
        <source>Print slip…</source>
        <translation>הדפסת פתק איסוף…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="157"/>
        <source>No order selected.</source>
        <translation>לא נבחרה הזמנה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="161"/>
        <source>Order {number} — code {code}</source>
        <translation>הזמנה {number} — קוד {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="168"/>
        <source>Total {total}, paid {paid}, to pay {due}</source>
        <translation>סה״כ {total}, שולם {paid}, לתשלום {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="173"/>
        <source>Ready by {day}</source>
        <translation>מוכנה עד {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="174"/>
        <source>Shelf {shelf}</source>
        <translation>מדף {shelf}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="190"/>
        <source>Order {number} saved, pickup code {code}.</source>
        <translation>הזמנה {number} נשמרה, קוד האיסוף {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="204"/>
        <source>Order {number} is ready.</source>
        <translation>הזמנה {number} מוכנה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="205"/>
        <source>Order {number} was collected.</source>
        <translation>הזמנה {number} נאספה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="206"/>
        <source>Order {number} was cancelled.</source>
        <translation>הזמנה {number} בוטלה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="210"/>
        <source>Send WhatsApp to tell the customer.</source>
        <translation>אפשר לשלוח וואטסאפ כדי להודיע ללקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="233"/>
        <source>Slip of order {number}</source>
        <translation>פתק איסוף להזמנה {number}</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="36"/>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="37"/>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="38"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="39"/>
        <source>Tier</source>
        <translation>דרגה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="40"/>
        <source>To next tier</source>
        <translation>עד הדרגה הבאה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="41"/>
        <source>Next tier</source>
        <translation>הדרגה הבאה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="42"/>
        <source>Stamps left</source>
        <translation>חותמות שנותרו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="43"/>
        <source>Coupon</source>
        <translation>קופון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="44"/>
        <source>Last item</source>
        <translation>הפריט האחרון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="45"/>
        <source>Shop name</source>
        <translation>שם החנות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="46"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
</context>
<context>
    <name>PrintChoicesDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_choices.py" line="57"/>
        <source>Preview…</source>
        <translation>תצוגה מקדימה…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="57"/>
        <source>Print preview</source>
        <translation>תצוגה לפני הדפסה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="67"/>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="69"/>
        <source>Open in viewer</source>
        <translation>פתיחה במציג</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="70"/>
        <source>Open the PDF in the system&apos;s viewer to print it</source>
        <translation>פתיחת ה־PDF במציג של המערכת כדי להדפיס אותו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="89"/>
        <source>Save the PDF</source>
        <translation>שמירת ה־PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="108"/>
        <source>Could not save to {path}: {reason}</source>
        <translation>לא ניתן לשמור ב־{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="114"/>
        <source>Saved to {path}</source>
        <translation>נשמר ב־{path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="129"/>
        <source>No PDF viewer opened; the file is at {path}</source>
        <translation>לא נפתח מציג PDF; הקובץ נמצא ב־{path}</translation>
    </message>
</context>
<context>
    <name>ProgrammeDefaults</name>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="38"/>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="39"/>
        <source>Silver</source>
        <translation>כסף</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="40"/>
        <source>Gold</source>
        <translation>זהב</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="41"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="42"/>
        <source>5% off accessories</source>
        <translation>5% הנחה על אביזרים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="43"/>
        <source>Free gift wrapping and 10% off on your birthday</source>
        <translation>עטיפת מתנה חינם ו־10% הנחה ביום ההולדת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="46"/>
        <source>Early access to sales and a yearly gift</source>
        <translation>גישה מוקדמת למבצעים ומתנה שנתית</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="49"/>
        <source>₪20 voucher</source>
        <translation>שובר ₪20</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="50"/>
        <source>₪50 voucher</source>
        <translation>שובר ₪50</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_texts.py" line="51"/>
        <source>Gift bag</source>
        <translation>שקית מתנה</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../ui/pages/programme.py" line="106"/>
        <source>Loyalty programme</source>
        <translation>מועדון הלקוחות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="110"/>
        <source>Changes apply from the moment they are saved; earlier purchases keep the rules of their day.</source>
        <translation>שינויים חלים מרגע השמירה; קניות קודמות נשארות לפי הכללים שהיו בתוקף בזמנן.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="116"/>
        <source>Earning</source>
        <translation>צבירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="118"/>
        <source>e.g. 1 or 0.5</source>
        <translation>למשל 1 או 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="121"/>
        <source>Round down</source>
        <translation>עיגול כלפי מטה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="122"/>
        <source>Round to nearest</source>
        <translation>עיגול לקרוב</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="125"/>
        <source>₪ to earn any points</source>
        <translation>₪ כדי לצבור נקודות בכלל</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="127"/>
        <source>Item categories, separated by commas</source>
        <translation>קטגוריות פריטים, מופרדות בפסיקים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="132"/>
        <source>Redeeming</source>
        <translation>מימוש</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="139"/>
        <source>Bonuses and expiry</source>
        <translation>בונוסים ותפוגה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="140"/>
        <source>points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="142"/>
        <source>points, once a year</source>
        <translation>נקודות, פעם בשנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="145"/>
        <source>points, to both members</source>
        <translation>נקודות, לכל אחד מהשניים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="147"/>
        <source>0 = never</source>
        <translation>0 = לעולם לא</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="152"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="153"/>
        <source>From ₪ in 12 months</source>
        <translation>החל מ־₪ ב־12 חודשים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="154"/>
        <source>Points ×</source>
        <translation>נקודות ×</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="155"/>
        <source>Perk</source>
        <translation>הטבה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="161"/>
        <source>Card</source>
        <translation>כרטיסייה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="162"/>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="163"/>
        <source>Stamps</source>
        <translation>חותמות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="164"/>
        <location filename="../../ui/pages/programme.py" line="170"/>
        <source>Reward</source>
        <translation>הטבה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="165"/>
        <source>Reward ₪</source>
        <translation>שווי ההטבה ₪</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="170"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="170"/>
        <source>₪ off (0 = a gift)</source>
        <translation>₪ הנחה (0 = מתנה)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="184"/>
        <source>Save the programme</source>
        <translation>שמירת התוכנית</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="187"/>
        <source>Undo changes</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="313"/>
        <source>Saved; in force from now.</source>
        <translation>נשמר; בתוקף מעכשיו.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme.py" line="338"/>
        <source>{points} points = {amount}</source>
        <translation>{points} נקודות = {amount}</translation>
    </message>
</context>
<context>
    <name>QuickJoinDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="59"/>
        <source>Quick join</source>
        <translation>הצטרפות מהירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="67"/>
        <source>dd/mm/yyyy or dd/mm (optional)</source>
        <translation>יום/חודש/שנה או יום/חודש (לא חובה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="91"/>
        <source>Open existing member</source>
        <translation>פתיחת הכרטיס הקיים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="105"/>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="107"/>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="108"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="111"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="113"/>
        <source>Agrees to messages by</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="117"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="120"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="34"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="35"/>
        <source>Coupon discount</source>
        <translation>הנחת קופון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="36"/>
        <source>Rewards discount</source>
        <translation>הנחת הטבות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="37"/>
        <source>Points used</source>
        <translation>מימוש נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="38"/>
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="39"/>
        <source>Points to earn</source>
        <translation>נקודות שיצברו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="40"/>
        <source>Balance after</source>
        <translation>יתרה אחרי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="68"/>
        <source>{amount} for {points}</source>
        <translation>{amount} תמורת {points}</translation>
    </message>
</context>
<context>
    <name>RecordPurchaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="58"/>
        <source>Record purchase</source>
        <translation>רישום קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="69"/>
        <source>Balance: {points} (worth {amount})</source>
        <translation>יתרה: {points} (שוות {amount})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="76"/>
        <source>149.90 or 149,90 — Enter saves</source>
        <translation>149.90 או 149,90 — Enter שומר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="79"/>
        <source>Item lines…</source>
        <translation>שורות פריטים…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="117"/>
        <source>Max</source>
        <translation>מקסימום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="128"/>
        <source>type or scan</source>
        <translation>הקלדה או סריקה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="141"/>
        <source>{reward} — waiting</source>
        <translation>{reward} — ממתינה למימוש</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="147"/>
        <source>{reward} for {points}</source>
        <translation>{reward} תמורת {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="154"/>
        <source>optional</source>
        <translation>לא חובה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="158"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="163"/>
        <source>Sold</source>
        <translation>אופן המכירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="164"/>
        <source>Use points</source>
        <translation>מימוש נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="166"/>
        <source>Coupon code</source>
        <translation>קוד קופון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="169"/>
        <source>Rewards</source>
        <translation>הטבות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="171"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="176"/>
        <source>Save purchase</source>
        <translation>שמירת הקנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="178"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="283"/>
        <source>Balance {points}</source>
        <translation>יתרה: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="294"/>
        <source>up to {points} ({amount})</source>
        <translation>עד {points} ({amount})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="301"/>
        <source>not enough to redeem (at least {points})</source>
        <translation>אין מספיק למימוש (לפחות {points})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="309"/>
        <source>The lines add up to {total}.</source>
        <translation>סכום השורות: {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="311"/>
        <source>That is {difference} different from the amount.</source>
        <translation>הפרש של {difference} מהסכום.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../ui/models/import_tables.py" line="85"/>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="85"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/widgets/row_table.py" line="42"/>
        <source>Add a row</source>
        <translation>הוספת שורה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_table.py" line="45"/>
        <source>Remove the row</source>
        <translation>הסרת השורה</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/widgets/family_editor.py" line="77"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="39"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>The name on the window and on printouts</source>
        <translation>השם שיופיע בחלון ובהדפסות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>The window switches at once, and Shopkeeper starts in this language next time.</source>
        <translation>השפה מתחלפת מיד ונשמרת גם להפעלה הבאה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>Open folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81"/>
        <source>Check the database</source>
        <translation>בדיקת מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91"/>
        <source>Shop name</source>
        <translation>שם החנות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Data folder</source>
        <translation>תיקיית נתונים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>Schema version</source>
        <translation>גרסת סכמה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="116"/>
        <source>Saved</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134"/>
        <source>The database is healthy: {members} members, schema version {version}.</source>
        <translation>מסד הנתונים תקין: {members} חברים, גרסת סכמה {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Problems found:</source>
        <translation>נמצאו בעיות:</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="62"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="63"/>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="71"/>
        <source>none</source>
        <translation>בלי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="90"/>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="91"/>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="92"/>
        <source>Text:</source>
        <translation>טקסט:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="93"/>
        <source>Insert:</source>
        <translation>הוספה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="94"/>
        <source>Return policy:</source>
        <translation>מדיניות החזרה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="95"/>
        <source>Coupon, percent off:</source>
        <translation>קופון, אחוז הנחה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="96"/>
        <source>or amount off (₪):</source>
        <translation>או סכום הנחה (₪):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="97"/>
        <source>Coupon valid for (days):</source>
        <translation>תוקף הקופון (ימים):</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="39"/>
        <location filename="../../ui/pages/templates.py" line="118"/>
        <source>New template</source>
        <translation>תבנית חדשה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="41"/>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="54"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="65"/>
        <source>Preview for a woman</source>
        <translation>תצוגה מקדימה ללקוחה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="66"/>
        <source>Preview for a man</source>
        <translation>תצוגה מקדימה ללקוח</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="67"/>
        <source>Preview, form of address not given</source>
        <translation>תצוגה מקדימה, בלי לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="148"/>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="156"/>
        <source>The preview waits until the text is fixed.</source>
        <translation>התצוגה המקדימה תתעדכן אחרי תיקון הטקסט.</translation>
    </message>
</context>
<context>
    <name>VoidPurchaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="39"/>
        <location filename="../../ui/dialogs/void_purchase.py" line="72"/>
        <source>Void purchase</source>
        <translation>ביטול קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="44"/>
        <source>The points, stamps, rewards and spend of this purchase are taken back.</source>
        <translation>הנקודות, החותמות, ההטבות וסכום הקנייה יוחזרו לאחור.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="48"/>
        <source>for example: entered twice, wrong member</source>
        <translation>לדוגמה: נרשמה פעמיים, חבר שגוי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="66"/>
        <source>Purchase</source>
        <translation>קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="67"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="76"/>
        <source>Cancel</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="106"/>
        <source>Say why the purchase is voided.</source>
        <translation>יש לכתוב למה הקנייה מבוטלת.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="126"/>
        <source>Void and write off {points}</source>
        <translation>ביטול ומחיקת {points}</translation>
    </message>
</context>
<context>
    <name>_ReportView</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="32"/>
        <source>Rows that will not be imported:</source>
        <translation>שורות שלא ייובאו:</translation>
    </message>
</context>
<context>
    <name>coupons</name>
    <message>
        <location filename="../../ui/message_details.py" line="27"/>
        <source>used {n} times already</source>
        <translation>כבר נוצל {n} פעמים</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="29"/>
        <source>already used</source>
        <translation>כבר נוצל</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="31"/>
        <source>expired on {date}</source>
        <translation>פג תוקפו ב־{date}</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="33"/>
        <source>valid only from {date}</source>
        <translation>בתוקף רק מ־{date}</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="35"/>
        <source>it belongs to another member</source>
        <translation>הוא שייך לחבר מועדון אחר</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="37"/>
        <source>the basket must reach {amount}</source>
        <translation>הקנייה צריכה להגיע ל־{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="41"/>
        <source>it belongs to a member; open the member&apos;s card first</source>
        <translation>הוא שייך לחבר מועדון; יש לפתוח קודם את הכרטיס שלו</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="43"/>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="48"/>
        <source>Something unexpected went wrong. Your saved data is safe; the last action may not have finished.</source>
        <translation>אירעה שגיאה לא צפויה. הנתונים השמורים בטוחים, אבל ייתכן שהפעולה האחרונה לא הושלמה.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="55"/>
        <source>The details were written to {path}.</source>
        <translation>הפרטים נרשמו בקובץ {path}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>“{text}” is not a phone number that can exist.</source>
        <translation>המספר &quot;{text}&quot; אינו מספר טלפון תקין.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>The phone {phone} already belongs to member {number} ({name}).</source>
        <translation>הטלפון {phone} כבר שייך לחבר/ת מועדון מס׳ {number} ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>“{text}” is not a date (use dd/mm/yyyy or dd/mm).</source>
        <translation>התאריך &quot;{text}&quot; אינו תקין (יש להקליד יום/חודש/שנה או יום/חודש).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>כתובת האימייל &quot;{text}&quot; אינה תקינה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>A member needs a first or last name.</source>
        <translation>יש להזין שם פרטי או שם משפחה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>{field}: “{text}” is not allowed.</source>
        <translation>{field}: הערך &quot;{text}&quot; אינו מותר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>No member with the phone or number “{key}”.</source>
        <translation>אין במועדון חבר/ה עם הטלפון או המספר &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>This shop&apos;s database was written by a newer Shopkeeper (schema {found}, this app knows up to {known}). Update the app; the database was not touched.</source>
        <translation>מסד הנתונים של החנות נכתב בגרסה חדשה יותר של Shopkeeper (סכמה {found}, גרסה זו מכירה עד {known}). יש לעדכן את התוכנה; מסד הנתונים לא שונה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>The shop database at {path} failed its integrity check ({detail}). Restore a backup; nothing was changed.</source>
        <translation>מסד הנתונים של החנות בנתיב {path} לא עבר את בדיקת התקינות ({detail}). יש לשחזר מגיבוי; דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>{path} is not a Shopkeeper database ({detail}).</source>
        <translation>הקובץ {path} אינו מסד נתונים של Shopkeeper ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Shopkeeper is already open on this shop (process {pid} on {host}). Switch to that window, or close it first.</source>
        <translation>החנות כבר פתוחה ב-Shopkeeper (תהליך {pid} במחשב {host}). יש לעבור לחלון ההוא, או לסגור אותו קודם.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The file cannot be imported: {detail}</source>
        <translation>לא ניתן לייבא את הקובץ: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>phone: missing.</source>
        <translation>טלפון: חסר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>duplicate phone in the file (row {row})</source>
        <translation>טלפון כפול בקובץ (שורה {row})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>The phone {phone} is not in any range in use; the member was saved, check the number.</source>
        <translation>המספר {phone} אינו בטווח מספרים שבשימוש; הפרטים נשמרו, כדאי לבדוק את המספר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>“{text}” is not an amount in shekels (for example 149.90).</source>
        <translation>&quot;{text}&quot; אינו סכום בשקלים (לדוגמה 149.90).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Not enough points: {requested} asked for, the balance is {balance}.</source>
        <translation>אין מספיק נקודות: התבקשו {requested}, היתרה היא {balance}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>At least {minimum} points must be redeemed at once ({requested} asked for).</source>
        <translation>יש לממש לפחות {minimum} נקודות בפעם אחת (התבקשו {requested}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>{requested} points are worth more than the amount to pay; at most {maximum} can be used.</source>
        <translation>{requested} נקודות שוות יותר מהסכום לתשלום; אפשר לממש לכל היותר {maximum}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>A manual change of points needs a reason.</source>
        <translation>לשינוי ידני של נקודות צריך סיבה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>There is no coupon with the code “{code}”.</source>
        <translation>אין קופון עם הקוד &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>The coupon {code} cannot be used: {detail}.</source>
        <translation>אי אפשר להשתמש בקופון {code}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>There is no purchase number {id}.</source>
        <translation>אין קנייה מספר {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Purchase {id} was already voided on {on}.</source>
        <translation>קנייה {id} כבר בוטלה ב־{on}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>Purchase {id} earned {earned} points but the balance is only {balance}: the points were spent. Void it with a write-off of {shortfall} points, or adjust the points first.</source>
        <translation>קנייה {id} צברה {earned} נקודות, אבל היתרה היא רק {balance}: הנקודות כבר מומשו. אפשר לבטל אותה ולמחוק {shortfall} נקודות, או לעדכן קודם את הנקודות.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>The lines add up to {lines}, not to the amount {amount}.</source>
        <translation>סכום השורות הוא {lines} ולא הסכום {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>Programme setting {key}: {detail}</source>
        <translation>הגדרת המועדון {key}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>The reward “{name}” is not available to this member.</source>
        <translation>ההטבה &quot;{name}&quot; אינה זמינה לחבר המועדון הזה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>There is no pickup order “{key}”.</source>
        <translation>אין הזמנה לאיסוף &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>Pickup order {id}: {detail}.</source>
        <translation>הזמנה לאיסוף {id}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>“{{{name}}}” is not a placeholder a note can fill in.</source>
        <translation>„{{{name}}}” אינו שדה שפתק יכול למלא.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>A brace is not closed, or closed without being opened: “{text}” (write {{{{ or }}}} for a brace itself).</source>
        <translation>סוגר מסולסל לא נסגר, או נסגר בלי שנפתח: „{text}” (לסוגר עצמו כתבו {{{{ או }}}}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>“{text}” has more than three forms; write {{masculine|feminine}} or {{masculine|feminine|neutral}}.</source>
        <translation>ב„{text}” יש יותר משלוש צורות; כתבו {{זכר|נקבה}} או {{זכר|נקבה|סתמי}}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>There is no note template called “{name}”.</source>
        <translation>אין תבנית פתק בשם „{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>There is already a note template called “{name}”.</source>
        <translation>כבר יש תבנית פתק בשם „{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The logo {path} cannot be printed: {detail}</source>
        <translation>אי אפשר להדפיס את הלוגו {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>gender</source>
        <translation>מין</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>child&apos;s name</source>
        <translation>שם הילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>pet&apos;s name</source>
        <translation>שם חיית המחמד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>consent channel</source>
        <translation>ערוץ הסכמה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <source>referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>item line</source>
        <translation>שורת פריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>fulfilment</source>
        <translation>אופן המסירה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>returned quantity</source>
        <translation>כמות מוחזרת</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>coupon</source>
        <translation>קופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>percent</source>
        <translation>אחוז</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>item name</source>
        <translation>שם הפריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>item quantity</source>
        <translation>כמות הפריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>item price</source>
        <translation>מחיר הפריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>amount due</source>
        <translation>סכום לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>template name</source>
        <translation>שם התבנית</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>note text</source>
        <translation>טקסט הפתק</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>coupon percent</source>
        <translation>אחוז הקופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="178"/>
        <source>coupon amount</source>
        <translation>סכום הקופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>coupon days</source>
        <translation>ימי תוקף הקופון</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <location filename="../../ui/message_details.py" line="49"/>
        <source>Points per ₪1</source>
        <translation>נקודות לכל ₪1</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="50"/>
        <source>Rounding</source>
        <translation>עיגול</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="51"/>
        <source>Minimum purchase</source>
        <translation>קנייה מינימלית</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="52"/>
        <source>Categories that earn no points</source>
        <translation>קטגוריות שלא צוברות נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="53"/>
        <source>Value of one point</source>
        <translation>שווי נקודה אחת</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="54"/>
        <source>Fewest points redeemed at once</source>
        <translation>מינימום נקודות למימוש</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="55"/>
        <source>Welcome bonus</source>
        <translation>בונוס הצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="56"/>
        <source>Birthday bonus</source>
        <translation>בונוס יום הולדת</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="57"/>
        <source>Referral bonus</source>
        <translation>בונוס חבר מביא חבר</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="58"/>
        <source>Points expire after (months)</source>
        <translation>תפוגת נקודות (חודשים)</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="59"/>
        <source>Tiers</source>
        <translation>דרגות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="60"/>
        <source>Stamp cards</source>
        <translation>כרטיסיות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="61"/>
        <source>Rewards</source>
        <translation>הטבות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="70"/>
        <source>must not be negative</source>
        <translation>אסור שיהיה שלילי</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="71"/>
        <source>the lowest tier must start at 0</source>
        <translation>הדרגה הנמוכה צריכה להתחיל ב־0</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="74"/>
        <source>every tier needs its own name</source>
        <translation>לכל דרגה צריך שם משלה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="75"/>
        <source>each card needs a name, a category and at least 2 stamps</source>
        <translation>לכל כרטיסייה צריך שם, קטגוריה ולפחות 2 חותמות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="78"/>
        <source>every card needs its own name</source>
        <translation>לכל כרטיסייה צריך שם משלה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="79"/>
        <source>each reward needs its own name and a positive number of points</source>
        <translation>לכל הטבה צריך שם משלה ומספר נקודות חיובי</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="87"/>
        <source>“{value}” is not a number</source>
        <translation>&quot;{value}&quot; אינו מספר</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="92"/>
        <source>“{value}” is not a whole number</source>
        <translation>&quot;{value}&quot; אינו מספר שלם</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="96"/>
        <source>a row of the table has a missing or wrong value</source>
        <translation>בשורה בטבלה חסר ערך או שיש ערך שגוי</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>Shopkeeper cannot start</source>
        <translation>לא ניתן להפעיל את Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>The data folder {path} cannot be used: {detail}</source>
        <translation>לא ניתן להשתמש בתיקיית הנתונים {path}: {detail}</translation>
    </message>
</context>
</TS>
