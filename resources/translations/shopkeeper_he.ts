<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
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
        <location filename="../../ui/pages/counter.py" line="76"/>
        <source>Phone, name or member number — or scan a card</source>
        <translation>טלפון, שם או מספר חבר — או סריקת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="83"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="84"/>
        <source>A new member with a name and a phone (Ctrl+N)</source>
        <translation>צירוף חבר/ה חדש/ה עם שם וטלפון בלבד (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="114"/>
        <source>Type a phone number, a name or a member number.
A scanned card opens the member at once.</source>
        <translation>הקלידו מספר טלפון, שם או מספר חבר.
סריקת כרטיס מועדון פותחת מיד את כרטיס הלקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="157"/>
        <source>Found: {n} — Enter opens the first</source>
        <translation>נמצאו: {n} — Enter פותח את הראשון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="159"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Counter</source>
        <translation>קופה</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Import members…</source>
        <translation>ייבוא חברים…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Find member</source>
        <translation>חיפוש לקוח</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Members</source>
        <translation>&amp;מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Go</source>
        <translation>&amp;ניווט</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>{shop} — Shopkeeper</source>
        <translation>{shop} — Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
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
        <location filename="../../ui/widgets/member_card.py" line="108"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="109"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="110"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="111"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="112"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="113"/>
        <source>Member since</source>
        <translation>במועדון מאז</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="114"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="115"/>
        <source>Heard of us</source>
        <translation>איך שמע/ה עלינו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="116"/>
        <source>Referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="124"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="130"/>
        <source>Marketing consent</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="153"/>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="155"/>
        <source>Pets</source>
        <translation>חיות מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="171"/>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="173"/>
        <source>Edit this member (Ctrl+E)</source>
        <translation>עריכת כרטיס הלקוח (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="175"/>
        <source>New search</source>
        <translation>חיפוש חדש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="177"/>
        <source>Clear the search and look for someone else (Esc)</source>
        <translation>ניקוי החיפוש וחיפוש לקוח אחר (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="200"/>
        <location filename="../../ui/widgets/member_card.py" line="213"/>
        <source>Member No. {number}</source>
        <translation>מס׳ חבר {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="210"/>
        <source>(celebrates by the Hebrew calendar)</source>
        <translation>(חוגג/ת לפי התאריך העברי)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="236"/>
        <source>Withdraw</source>
        <translation>ביטול הסכמה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="236"/>
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
        <location filename="../../ui/pages/members.py" line="31"/>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="35"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="44"/>
        <source>Sorted by last name. Double-click a member (or press Enter) to open the card.</source>
        <translation>ממוין לפי שם משפחה. לחיצה כפולה על שורה (או Enter) פותחת את כרטיס הלקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="65"/>
        <source>1 member</source>
        <translation>חבר/ה אחד/ת</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="67"/>
        <source>{n} members</source>
        <translation>{n} חברים</translation>
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
    <name>_ReportView</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="32"/>
        <source>Rows that will not be imported:</source>
        <translation>שורות שלא ייובאו:</translation>
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
        <location filename="../../ui/messages.py" line="15"/>
        <source>“{text}” is not a phone number that can exist.</source>
        <translation>המספר &quot;{text}&quot; אינו מספר טלפון תקין.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>The phone {phone} already belongs to member {number} ({name}).</source>
        <translation>הטלפון {phone} כבר שייך לחבר/ת מועדון מס׳ {number} ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>“{text}” is not a date (use dd/mm/yyyy or dd/mm).</source>
        <translation>התאריך &quot;{text}&quot; אינו תקין (יש להקליד יום/חודש/שנה או יום/חודש).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>כתובת האימייל &quot;{text}&quot; אינה תקינה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>A member needs a first or last name.</source>
        <translation>יש להזין שם פרטי או שם משפחה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>{field}: “{text}” is not allowed.</source>
        <translation>{field}: הערך &quot;{text}&quot; אינו מותר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>No member with the phone or number “{key}”.</source>
        <translation>אין במועדון חבר/ה עם הטלפון או המספר &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>This shop&apos;s database was written by a newer Shopkeeper (schema {found}, this app knows up to {known}). Update the app; the database was not touched.</source>
        <translation>מסד הנתונים של החנות נכתב בגרסה חדשה יותר של Shopkeeper (סכמה {found}, גרסה זו מכירה עד {known}). יש לעדכן את התוכנה; מסד הנתונים לא שונה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>The shop database at {path} failed its integrity check ({detail}). Restore a backup; nothing was changed.</source>
        <translation>מסד הנתונים של החנות בנתיב {path} לא עבר את בדיקת התקינות ({detail}). יש לשחזר מגיבוי; דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>{path} is not a Shopkeeper database ({detail}).</source>
        <translation>הקובץ {path} אינו מסד נתונים של Shopkeeper ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Shopkeeper is already open on this shop (process {pid} on {host}). Switch to that window, or close it first.</source>
        <translation>החנות כבר פתוחה ב-Shopkeeper (תהליך {pid} במחשב {host}). יש לעבור לחלון ההוא, או לסגור אותו קודם.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>The file cannot be imported: {detail}</source>
        <translation>לא ניתן לייבא את הקובץ: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>phone: missing.</source>
        <translation>טלפון: חסר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>duplicate phone in the file (row {row})</source>
        <translation>טלפון כפול בקובץ (שורה {row})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>The phone {phone} is not in any range in use; the member was saved, check the number.</source>
        <translation>המספר {phone} אינו בטווח מספרים שבשימוש; הפרטים נשמרו, כדאי לבדוק את המספר.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>gender</source>
        <translation>מין</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>child&apos;s name</source>
        <translation>שם הילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>pet&apos;s name</source>
        <translation>שם חיית המחמד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>consent channel</source>
        <translation>ערוץ הסכמה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>language</source>
        <translation>שפה</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/app.py" line="41"/>
        <source>Shopkeeper cannot start</source>
        <translation>לא ניתן להפעיל את Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>The data folder {path} cannot be used: {detail}</source>
        <translation>לא ניתן להשתמש בתיקיית הנתונים {path}: {detail}</translation>
    </message>
</context>
</TS>
