<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="36"/>
        <source>Adjust points — {name}</source>
        <translation>עדכון נקודות — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="44"/>
        <source>+50 or -30</source>
        <translation>+50 או -30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="47"/>
        <source>for example: a goodwill gesture</source>
        <translation>לדוגמה: מחווה של רצון טוב</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="58"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="60"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="64"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="68"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="88"/>
        <source>Balance {before} → {after}</source>
        <translation>יתרה: {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="94"/>
        <source>Balance {points}</source>
        <translation>יתרה: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/adjust_points.py" line="104"/>
        <source>Type the points to add (+50) or to take away (-30).</source>
        <translation>יש להקליד כמה נקודות להוסיף (‎+50) או להוריד (‎-30).</translation>
    </message>
</context>
<context>
    <name>BatchNotesDialog</name>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="74"/>
        <source>Print thank-you notes</source>
        <translation>הדפסת פתקי תודה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="76"/>
        <source>Purchases shipped on</source>
        <translation>קניות שנשלחו בתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="83"/>
        <source>The members selected on the members page ({n})</source>
        <translation>החברים שנבחרו בדף החברים ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="101"/>
        <source>Template:</source>
        <translation>תבנית:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="102"/>
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="105"/>
        <location filename="../../ui/dialogs/batch_notes.py" line="277"/>
        <source>%v of %m notes</source>
        <translation>%v מתוך %m פתקים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="110"/>
        <source>Make the PDF</source>
        <translation>יצירת ה־PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="113"/>
        <source>Cancel printing</source>
        <translation>ביטול ההדפסה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="116"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="119"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="129"/>
        <source>Print without asking next time</source>
        <translation>להדפיס בלי לשאול בפעם הבאה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="136"/>
        <source>No printer is installed on this computer: make the PDF and save it.</source>
        <translation>אין מדפסת מותקנת במחשב הזה: יש להכין את קובץ ה-PDF ולשמור אותו.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="179"/>
        <source>Making the notes…</source>
        <translation>הפתקים בהכנה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="187"/>
        <location filename="../../ui/dialogs/batch_notes.py" line="190"/>
        <source>Stopping…</source>
        <translation>עוצרים…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="214"/>
        <source>There are no notes to print.</source>
        <translation>אין פתקים להדפסה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="218"/>
        <source>{notes} notes on {pages} pages: {path}</source>
        <translation>{notes} פתקים ב־{pages} עמודים: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="233"/>
        <source>The notes could not be made: {error}</source>
        <translation>לא ניתן היה להכין את הפתקים: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="241"/>
        <source>Cancelled: no file was written.</source>
        <translation>בוטל: לא נשמר שום קובץ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="266"/>
        <source>%v of %m pages</source>
        <translation>%v מתוך %m עמודים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="267"/>
        <source>Printing…</source>
        <translation>מדפיס…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/batch_notes.py" line="282"/>
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>עמוד אחד נשלח למדפסת {printer}.</numerusform>
            <numerusform>%n עמודים נשלחו למדפסת {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_notes.py" line="289"/>
        <source>Printing was cancelled between two pages.</source>
        <translation>ההדפסה בוטלה בין שני עמודים.</translation>
    </message>
</context>
<context>
    <name>BirthdayCardPrinter</name>
    <message>
        <location filename="../../ui/birthday_printing.py" line="72"/>
        <source>Print the age</source>
        <translation>להדפיס את הגיל</translation>
    </message>
    <message>
        <location filename="../../ui/birthday_printing.py" line="89"/>
        <source>Birthday card for {name} ({member})</source>
        <translation>כרטיס ברכה ליום הולדת ל{name} ({member})</translation>
    </message>
    <message>
        <location filename="../../ui/birthday_printing.py" line="92"/>
        <source>Birthday card for {member}</source>
        <translation>כרטיס ברכה ליום הולדת ל{member}</translation>
    </message>
    <message>
        <location filename="../../ui/birthday_printing.py" line="109"/>
        <source>The card could not be made: {reason}</source>
        <translation>לא ניתן היה להכין את הכרטיס: {reason}</translation>
    </message>
</context>
<context>
    <name>BirthdayColumns</name>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="54"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="55"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="56"/>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="57"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="58"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="59"/>
        <source>Hebrew date</source>
        <translation>תאריך עברי</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="60"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_list.py" line="61"/>
        <source>Greeted</source>
        <translation>ברכה נשלחה</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="80"/>
        <source>Celebrated on the Hebrew calendar</source>
        <comment>masculine</comment>
        <translation>חוגג לפי התאריך העברי</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="82"/>
        <source>Celebrated on the Hebrew calendar</source>
        <comment>feminine</comment>
        <translation>חוגגת לפי התאריך העברי</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="83"/>
        <source>Celebrated on the Hebrew calendar</source>
        <translation>חוגג/ת לפי התאריך העברי</translation>
    </message>
</context>
<context>
    <name>Birthdays</name>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="30"/>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="39"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="60"/>
        <source>Pet</source>
        <translation>חיית מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="48"/>
        <source>Child of {name}</source>
        <translation>ילד/ה של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="27"/>
        <source>Member</source>
        <comment>masculine</comment>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="29"/>
        <source>Member</source>
        <comment>feminine</comment>
        <translation>חברת מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="36"/>
        <source>Child</source>
        <comment>boy</comment>
        <translation>ילד</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="38"/>
        <source>Child</source>
        <comment>girl</comment>
        <translation>ילדה</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="45"/>
        <source>Child of {name}</source>
        <comment>boy</comment>
        <translation>הילד של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="47"/>
        <source>Child of {name}</source>
        <comment>girl</comment>
        <translation>הילדה של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="71"/>
        <source>Pet of {name}</source>
        <translation>חיית המחמד של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="105"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="106"/>
        <source>copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="107"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="108"/>
        <source>e-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/models/birthday_texts.py" line="109"/>
        <source>card</source>
        <translation>כרטיס</translation>
    </message>
</context>
<context>
    <name>BirthdaysPage</name>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="74"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="74"/>
        <source>This week</source>
        <translation>השבוע</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="75"/>
        <source>This month</source>
        <translation>החודש</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="75"/>
        <source>From … to …</source>
        <translation>מתאריך … עד …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="85"/>
        <source>Birthdays:</source>
        <translation>ימי הולדת:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="87"/>
        <source>from</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="89"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="112"/>
        <source>Greet…</source>
        <translation>שליחת ברכה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="114"/>
        <source>Print birthday card…</source>
        <translation>הדפסת כרטיס ברכה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="116"/>
        <source>Mark as greeted</source>
        <translation>סימון שנשלחה ברכה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="118"/>
        <source>Birthday coupon…</source>
        <translation>קופון יום הולדת…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="119"/>
        <source>Only for members who agreed to receive offers</source>
        <translation>רק לחברי מועדון שהסכימו לקבל דיוור שיווקי</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="178"/>
        <source>{count} birthdays, {greeted} greeted</source>
        <translation>ימי הולדת: {count}, נשלחו ברכות: {greeted}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="189"/>
        <source>The birthdays could not be read: {reason}</source>
        <translation>לא ניתן היה לקרוא את ימי ההולדת: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/birthdays.py" line="264"/>
        <source>Marked as greeted.</source>
        <translation>סומן שנשלחה ברכה.</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="57"/>
        <location filename="../../ui/widgets/call_list_columns.py" line="73"/>
        <location filename="../../ui/widgets/call_list_columns.py" line="89"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="58"/>
        <location filename="../../ui/widgets/call_list_columns.py" line="74"/>
        <location filename="../../ui/widgets/call_list_columns.py" line="90"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="60"/>
        <source>Last purchase</source>
        <translation>קנייה אחרונה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="61"/>
        <source>never</source>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="63"/>
        <source>Days since</source>
        <translation>ימים מאז</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="64"/>
        <source>Spend, 12 months</source>
        <translation>קניות, 12 חודשים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="65"/>
        <source>Visits, 12 months</source>
        <translation>ביקורים, 12 חודשים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="66"/>
        <source>Last called</source>
        <translation>שיחה אחרונה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="75"/>
        <source>Purchase date</source>
        <translation>תאריך הקנייה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="76"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="77"/>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="92"/>
        <source>Call back on</source>
        <translation>לחזור בתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="96"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
</context>
<context>
    <name>CallListOutput</name>
    <message>
        <location filename="../../ui/widgets/call_output.py" line="52"/>
        <source>Call list</source>
        <translation>רשימת שיחות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_output.py" line="63"/>
        <source>Export the call list</source>
        <translation>ייצוא רשימת השיחות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_output.py" line="82"/>
        <source>Could not save to {path}: {reason}</source>
        <translation>לא ניתן לשמור ב־{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>CallLists</name>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="134"/>
        <source>Win-back ({count})</source>
        <translation>החזרת לקוחות ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="135"/>
        <source>Follow-ups ({count})</source>
        <translation>שיחות מעקב ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="136"/>
        <source>Call-backs due ({count})</source>
        <translation>שיחות חוזרות ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="150"/>
        <source>Asked to be called back on {day}</source>
        <comment>masculine</comment>
        <translation>ביקש שנחזור ב־{day}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="152"/>
        <source>Asked to be called back on {day}</source>
        <comment>feminine</comment>
        <translation>ביקשה שנחזור ב־{day}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="161"/>
        <source>Purchase of {amount} on {day}</source>
        <translation>קנייה של {amount} ב־{day}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="153"/>
        <source>Asked to be called back on {day}</source>
        <translation>ביקש/ה שנחזור ב־{day}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list_columns.py" line="170"/>
        <source>Last purchase on {day}</source>
        <translation>קנייה אחרונה ב־{day}</translation>
    </message>
</context>
<context>
    <name>CallReason</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="55"/>
        <source>Win-back</source>
        <translation>החזרת לקוח</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="56"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="57"/>
        <source>Call-back</source>
        <translation>שיחה חוזרת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="58"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="59"/>
        <source>Shipped</source>
        <translation>במשלוח</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="60"/>
        <source>Large purchase</source>
        <translation>קנייה גדולה</translation>
    </message>
</context>
<context>
    <name>CallResult</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="32"/>
        <source>Not interested</source>
        <comment>masculine</comment>
        <translation>לא מעוניין</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="34"/>
        <source>Not interested</source>
        <comment>feminine</comment>
        <translation>לא מעוניינת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="43"/>
        <source>Reached</source>
        <translation>דיברנו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="44"/>
        <source>No answer</source>
        <translation>אין מענה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="45"/>
        <source>Call back on</source>
        <translation>לחזור ללקוח בתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="46"/>
        <source>Complaint opened</source>
        <translation>נפתחה תלונה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="35"/>
        <source>Not interested</source>
        <translation>לא מעוניין/ת</translation>
    </message>
</context>
<context>
    <name>CallRulesForm</name>
    <message>
        <location filename="../../ui/widgets/call_rules_form.py" line="28"/>
        <source>0 = shipped orders only</source>
        <translation>0 = רק הזמנות במשלוח</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_rules_form.py" line="29"/>
        <source>Save call rules</source>
        <translation>שמירת כללי השיחות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_rules_form.py" line="36"/>
        <source>Win-back: no purchase for (days)</source>
        <translation>החזרת לקוחות: בלי קנייה במשך (ימים)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_rules_form.py" line="37"/>
        <source>Follow-up call after (days)</source>
        <translation>שיחת מעקב אחרי (ימים)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_rules_form.py" line="38"/>
        <source>Follow up purchases of at least</source>
        <translation>מעקב אחרי קניות של לפחות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_rules_form.py" line="73"/>
        <source>Saved</source>
        <translation>נשמר</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../ui/pages/calls.py" line="91"/>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="107"/>
        <source>Click a row to log the call</source>
        <translation>לחיצה על שורה לרישום השיחה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="114"/>
        <source>Members who have not bought for</source>
        <translation>חברי מועדון שלא קנו במשך</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="125"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="127"/>
        <source>Print list…</source>
        <translation>הדפסת הרשימה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="129"/>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="175"/>
        <source>Reading the call lists…</source>
        <translation>קריאת רשימות השיחות…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="200"/>
        <source>The call lists could not be read: {reason}</source>
        <translation>לא ניתן היה לקרוא את רשימות השיחות: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="241"/>
        <source>Call to {name} logged: {result}.</source>
        <translation>השיחה עם {name} נרשמה: {result}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calls.py" line="284"/>
        <source>Saved to {path}</source>
        <translation>נשמר ב־{path}</translation>
    </message>
</context>
<context>
    <name>CardPrintButtons</name>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="29"/>
        <source>Thank-you note…</source>
        <translation>פתק תודה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="31"/>
        <source>Member card…</source>
        <translation>כרטיס חבר…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="33"/>
        <source>New pickup order…</source>
        <translation>הזמנה לאיסוף…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="62"/>
        <source>Template:</source>
        <translation>תבנית:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="63"/>
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="73"/>
        <source>Thank-you note for {name}</source>
        <translation>פתק תודה ל{name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="85"/>
        <source>Print:</source>
        <translation>הדפסה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="86"/>
        <source>One card (85.6 × 54 mm)</source>
        <translation>כרטיס אחד (85.6 × 54 מ״מ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="87"/>
        <source>A sheet of 10 on A4, with cut marks</source>
        <translation>גיליון A4 של 10 כרטיסים, עם סימני חיתוך</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="89"/>
        <source>Code:</source>
        <translation>קוד:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="90"/>
        <source>Barcode (Code 128)</source>
        <translation>ברקוד (Code 128)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="91"/>
        <source>QR code</source>
        <translation>קוד QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_printing.py" line="100"/>
        <source>Member card for {name}</source>
        <translation>כרטיס חבר ל{name}</translation>
    </message>
</context>
<context>
    <name>CardTouchButtons</name>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="38"/>
        <source>Message…</source>
        <translation>הודעה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="42"/>
        <source>Thank you for your purchase</source>
        <translation>תודה על הקנייה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="43"/>
        <source>Your order is ready</source>
        <translation>ההזמנה שלך מוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="44"/>
        <source>We miss you</source>
        <translation>התגעגענו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="45"/>
        <source>Advertisement: a sale…</source>
        <translation>פרסומת: מבצע…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="46"/>
        <source>Advertisement: a coupon…</source>
        <translation>פרסומת: קופון…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="52"/>
        <source>Feedback…</source>
        <translation>משוב…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_touch_buttons.py" line="54"/>
        <source>Complaint…</source>
        <translation>תלונה…</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../ui/pages/care.py" line="50"/>
        <source>Feedback</source>
        <translation>משובים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care.py" line="51"/>
        <source>Complaints</source>
        <translation>תלונות</translation>
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
    <name>ComplaintChannel</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="79"/>
        <source>In person</source>
        <translation>פנים אל פנים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="80"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="81"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="82"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="83"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="84"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
</context>
<context>
    <name>ComplaintColumns</name>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="22"/>
        <source>{days} days</source>
        <translation>{days} ימים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="27"/>
        <source>opened today</source>
        <translation>נפתחה היום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="29"/>
        <source>open since yesterday</source>
        <translation>פתוחה מאתמול</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="30"/>
        <source>open {days} days</source>
        <translation>פתוחה {days} ימים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="40"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="41"/>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="43"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="47"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="49"/>
        <source>Remedy</source>
        <translation>פתרון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="52"/>
        <source>Handled by</source>
        <translation>באחריות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="54"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="58"/>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="60"/>
        <source>Resolution time</source>
        <translation>זמן טיפול</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="71"/>
        <source>Who handles it</source>
        <translation>באחריות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="72"/>
        <source>Follow up on</source>
        <translation>בתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="90"/>
        <location filename="../../ui/dialogs/complaint.py" line="129"/>
        <source>New complaint</source>
        <translation>תלונה חדשה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="94"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="101"/>
        <location filename="../../ui/dialogs/complaint.py" line="140"/>
        <source>Member:</source>
        <translation>חבר מועדון:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="102"/>
        <location filename="../../ui/dialogs/complaint.py" line="141"/>
        <source>What happened:</source>
        <translation>מה קרה:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="103"/>
        <location filename="../../ui/dialogs/complaint.py" line="142"/>
        <source>When:</source>
        <translation>מתי:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="104"/>
        <source>Channel:</source>
        <translation>ערוץ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="105"/>
        <location filename="../../ui/dialogs/complaint.py" line="143"/>
        <source>Remedy:</source>
        <translation>פתרון:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="106"/>
        <location filename="../../ui/dialogs/complaint.py" line="144"/>
        <source>Handled by:</source>
        <translation>באחריות:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="107"/>
        <location filename="../../ui/dialogs/complaint.py" line="145"/>
        <source>Follow-up:</source>
        <translation>מעקב:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="117"/>
        <source>NPS {score}</source>
        <translation>ציון המלצה (NPS): {score}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="132"/>
        <source>New complaint — {name}</source>
        <translation>תלונה חדשה — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="146"/>
        <source>Status:</source>
        <translation>מצב:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="151"/>
        <source>Start handling</source>
        <translation>התחלת טיפול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="152"/>
        <source>Mark resolved</source>
        <translation>סימון כטופלה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="153"/>
        <source>Mark closed</source>
        <translation>סימון כסגורה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="163"/>
        <source>Points added to the member&apos;s balance on resolving</source>
        <translation>הנקודות יתווספו ליתרת הנקודות כשהתלונה תסומן כטופלה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="168"/>
        <source>Goodwill points:</source>
        <translation>נקודות פיצוי:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="178"/>
        <source>Log</source>
        <translation>יומן</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="186"/>
        <source>Member card</source>
        <translation>כרטיס הלקוח</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="197"/>
        <source>Complaint {number}</source>
        <translation>תלונה {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="205"/>
        <source>{day}, {channel}</source>
        <translation>{day}, {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="227"/>
        <source>Resolved in {days} days</source>
        <translation>טופלה תוך {days} ימים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="231"/>
        <source>{points} goodwill points given</source>
        <translation>ניתנו {points} נקודות פיצוי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint.py" line="241"/>
        <source>Find the member first.</source>
        <translation>יש לחפש קודם את הלקוח במועדון.</translation>
    </message>
</context>
<context>
    <name>ComplaintEvent</name>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="27"/>
        <source>{points} points</source>
        <translation>{points} נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="128"/>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="129"/>
        <source>Customer kept informed</source>
        <translation>עדכון הלקוח</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="130"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="131"/>
        <source>Goodwill points</source>
        <translation>נקודות פיצוי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="132"/>
        <source>Remedy</source>
        <translation>פתרון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="133"/>
        <source>Handled by</source>
        <translation>באחריות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="134"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="135"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
</context>
<context>
    <name>ComplaintLog</name>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="44"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="47"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="48"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="49"/>
        <source>By</source>
        <translation>על ידי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="56"/>
        <source>What the customer was told</source>
        <translation>מה נאמר ללקוח</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaint_log.py" line="58"/>
        <source>Customer kept informed</source>
        <translation>עדכון הלקוח</translation>
    </message>
</context>
<context>
    <name>ComplaintRemedy</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="92"/>
        <source>Refund</source>
        <translation>החזר כספי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="93"/>
        <source>Store credit</source>
        <translation>זיכוי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="94"/>
        <source>Compensation</source>
        <translation>פיצוי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="95"/>
        <source>Replacement</source>
        <translation>החלפה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="96"/>
        <source>Apology</source>
        <translation>התנצלות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="99"/>
        <source>Not chosen yet</source>
        <translation>טרם נבחר</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="68"/>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="69"/>
        <source>In progress</source>
        <translation>בטיפול</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="70"/>
        <source>Resolved</source>
        <translation>טופלה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="71"/>
        <source>Closed</source>
        <translation>סגורה</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="76"/>
        <source>New complaint…</source>
        <translation>תלונה חדשה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="79"/>
        <source>Still being handled</source>
        <translation>עדיין בטיפול</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="80"/>
        <source>All complaints</source>
        <translation>כל התלונות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="85"/>
        <source>Show:</source>
        <translation>הצגה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/complaints_panel.py" line="89"/>
        <source>Click a complaint to handle it</source>
        <translation>לחיצה על תלונה לטיפול בה</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../ui/pages/counter.py" line="133"/>
        <source>Phone, name or member number — or scan a card</source>
        <translation>טלפון, שם או מספר חבר — או סריקת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="140"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="141"/>
        <source>A new member with a name and a phone (Ctrl+N)</source>
        <translation>הצטרפות למועדון עם שם וטלפון בלבד (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="176"/>
        <source>Type a phone number, a name or a member number.
A scanned card opens the member at once.</source>
        <translation>הקלידו מספר טלפון, שם או מספר חבר.
סריקת כרטיס מועדון פותחת מיד את כרטיס הלקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="223"/>
        <source>Found: {n} — Enter opens the first</source>
        <translation>נמצאו: {n} — Enter פותח את הראשון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="225"/>
        <source>{shown} of {total} shown — keep typing</source>
        <translation>מוצגים {shown} מתוך {total} — המשיכו להקליד</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="310"/>
        <source>Sale saved without a member: {amount}.</source>
        <translation>נשמרה מכירה ללא חבר מועדון: {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter.py" line="221"/>
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
        <translation>איך הגיעו אלינו</translation>
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
    <name>FeedbackColumns</name>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="46"/>
        <source>Complaint {number}</source>
        <translation>תלונה {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="49"/>
        <source>Open complaint…</source>
        <translation>פתיחת תלונה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="55"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="57"/>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="58"/>
        <source>(walk-in)</source>
        <translation>(לקוח מזדמן)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="61"/>
        <source>NPS</source>
        <translation>ציון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="65"/>
        <source>Category</source>
        <translation>סיווג</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="70"/>
        <source>Comment</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="75"/>
        <source>Complaint</source>
        <translation>תלונה</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="46"/>
        <location filename="../../ui/dialogs/feedback.py" line="101"/>
        <source>Record feedback</source>
        <translation>רישום משוב</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="55"/>
        <source>How likely are you to recommend us to a friend? (0 = not at all, 10 = surely)</source>
        <translation>עד כמה סביר שתמליצו עלינו לחבר? (0 = בכלל לא, 10 = בוודאות)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="60"/>
        <source>What the customer said</source>
        <translation>מה הלקוח אמר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="64"/>
        <source>Member:</source>
        <translation>חבר מועדון:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="65"/>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="66"/>
        <source>NPS:</source>
        <translation>ציון המלצה:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="68"/>
        <source>Comment:</source>
        <translation>תגובה:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="72"/>
        <source>How much do they agree? (1 = not at all, 5 = fully)</source>
        <translation>מידת ההסכמה (1 = בכלל לא, 5 = לגמרי)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="104"/>
        <source>Record feedback — {name}</source>
        <translation>רישום משוב — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback.py" line="114"/>
        <source>Choose a score or write what the customer said.</source>
        <translation>יש לבחור ציון או לכתוב מה הלקוח אמר.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="122"/>
        <source>Record feedback…</source>
        <translation>רישום משוב…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="129"/>
        <source>Period from</source>
        <translation>תקופה מתאריך</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="131"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="143"/>
        <location filename="../../ui/widgets/feedback_panel.py" line="249"/>
        <source>Open complaint</source>
        <translation>פתיחת תלונה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="145"/>
        <source>Recent feedback</source>
        <translation>משובים אחרונים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="158"/>
        <source>NPS</source>
        <translation>מדד ההמלצה (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="170"/>
        <source>Statements answered 1–5</source>
        <translation>היגדים (דירוג ‎1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="222"/>
        <source>NPS {score}</source>
        <translation>מדד המלצה {score}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="225"/>
        <source>{responses} answers: {promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>{responses} תשובות: {promoters} ממליצים, {passives} פסיביים, {detractors} לא מרוצים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="247"/>
        <source>Show complaint</source>
        <translation>הצגת התלונה</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Choose the file</source>
        <translation>בחירת קובץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="84"/>
        <source>A CSV or Excel (.xlsx) list of customers, with the column names in the first row.</source>
        <translation>רשימת לקוחות בקובץ CSV או Excel (xlsx), ושמות העמודות בשורה הראשונה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="89"/>
        <source>Path of the file</source>
        <translation>נתיב הקובץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="90"/>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="130"/>
        <source>Choose the file to import</source>
        <translation>בחירת קובץ לייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>Customer lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>רשימות לקוחות (*.csv *.xlsx *.xlsm *.txt *.tsv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="148"/>
        <source>Reading the file…</source>
        <translation>קריאת הקובץ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>{rows} rows, {columns} columns.</source>
        <translation>{rows} שורות, {columns} עמודות.</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="96"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="101"/>
        <source>Sale</source>
        <translation>מבצע</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="102"/>
        <source>Coupon</source>
        <translation>קופון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="104"/>
        <source>For example: 20% off all candles</source>
        <translation>לדוגמה: 20% הנחה על כל הנרות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="105"/>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="106"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="107"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="115"/>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="117"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="119"/>
        <source>Print card…</source>
        <translation>הדפסת כרטיס…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="121"/>
        <source>Mark as greeted</source>
        <translation>סימון שנשלחה ברכה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="123"/>
        <source>Mark as greeted when I copy or send it</source>
        <translation>לסמן שנשלחה ברכה בעת העתקה או שליחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="155"/>
        <source>Promotion for {name}</source>
        <translation>פרסומת ל{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="156"/>
        <source>Greeting for {name}</source>
        <translation>ברכה ל{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="175"/>
        <source>{child}, child of {name}</source>
        <comment>boy</comment>
        <translation>{child}, הבן של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="177"/>
        <source>{child}, child of {name}</source>
        <comment>girl</comment>
        <translation>{child}, הבת של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="178"/>
        <source>{child}, child of {name}</source>
        <translation>{child}, ילד/ה של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="166"/>
        <source>{pet}, pet of {name}</source>
        <translation>{pet}, חיית המחמד של {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="229"/>
        <source>The text is on the clipboard.</source>
        <translation>הטקסט הועתק ללוח.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="241"/>
        <source>WhatsApp could not be opened; copy the text instead.</source>
        <translation>לא ניתן היה לפתוח את WhatsApp; אפשר להעתיק את הטקסט.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="243"/>
        <source>WhatsApp opened; press send there.</source>
        <translation>WhatsApp נפתח; יש ללחוץ שם על שליחה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/greeting.py" line="289"/>
        <source>Greeted ✓</source>
        <translation>נשלחה ברכה ✓</translation>
    </message>
</context>
<context>
    <name>GreetingTemplatesEditor</name>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="75"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="76"/>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="85"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="87"/>
        <source>Back to the default text</source>
        <translation>חזרה לטקסט ברירת המחדל</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="94"/>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="95"/>
        <source>Text:</source>
        <translation>טקסט:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="96"/>
        <source>Insert:</source>
        <translation>הוספה:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="109"/>
        <source>For a woman:</source>
        <translation>ללקוחה:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="109"/>
        <source>For a man:</source>
        <translation>ללקוח:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="200"/>
        <source>The preview waits until the text is fixed.</source>
        <translation>התצוגה המקדימה תתעדכן אחרי תיקון הטקסט.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="219"/>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="231"/>
        <source>The default text is back.</source>
        <translation>הטקסט חזר לברירת המחדל.</translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <location filename="../../ui/models/history_model.py" line="36"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_model.py" line="37"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_model.py" line="38"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_model.py" line="39"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_model.py" line="40"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_model.py" line="41"/>
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_model.py" line="42"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>HistoryTexts</name>
    <message>
        <location filename="../../ui/models/history_texts.py" line="41"/>
        <source>Everything</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="42"/>
        <source>Purchases</source>
        <translation>קניות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="43"/>
        <location filename="../../ui/models/history_texts.py" line="56"/>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="44"/>
        <source>Coupons</source>
        <translation>קופונים</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="45"/>
        <source>Rewards and stamps</source>
        <translation>הטבות וחותמות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="46"/>
        <source>Calls</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="47"/>
        <source>Complaints</source>
        <translation>תלונות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="48"/>
        <location filename="../../ui/models/history_texts.py" line="62"/>
        <source>Feedback</source>
        <translation>משובים</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="49"/>
        <source>Greetings</source>
        <translation>ברכות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="55"/>
        <source>Purchase</source>
        <translation>קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="57"/>
        <source>Stamps</source>
        <translation>חותמות</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="58"/>
        <source>Reward</source>
        <translation>הטבה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="59"/>
        <source>Coupon</source>
        <translation>קופון</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="60"/>
        <source>Call</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="61"/>
        <source>Complaint</source>
        <translation>תלונה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="63"/>
        <source>Greeting</source>
        <translation>ברכה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="70"/>
        <source>Earned</source>
        <translation>נצברו</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="71"/>
        <source>Redeemed</source>
        <translation>מומשו</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="72"/>
        <source>Bonus</source>
        <translation>בונוס</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="73"/>
        <location filename="../../ui/models/history_texts.py" line="96"/>
        <source>Expired</source>
        <translation>פגו</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="74"/>
        <source>Adjusted by hand</source>
        <translation>עדכון ידני</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="75"/>
        <source>Taken back</source>
        <translation>הוחזרו</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="86"/>
        <source>Voided</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="88"/>
        <source>Returned {amount}</source>
        <translation>הוחזרו {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="94"/>
        <source>Available</source>
        <translation>זמין</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="95"/>
        <source>Used</source>
        <translation>נוצל</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="97"/>
        <source>Not valid yet</source>
        <translation>עוד לא בתוקף</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="98"/>
        <source>Waiting</source>
        <translation>ממתינה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="99"/>
        <source>Cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="109"/>
        <source>Greeted</source>
        <translation>ברכה נשלחה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="110"/>
        <source>Sent by {channel}</source>
        <translation>נשלחה ב{channel}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="129"/>
        <source>{card}: {stamps}, {total} on the card</source>
        <translation>{card}: {stamps}, {total} בכרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="141"/>
        <source>{code} — {off} off, until {date}</source>
        <translation>{code} — {off} הנחה, עד {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="144"/>
        <source>{code} — {off} off</source>
        <translation>{code} — {off} הנחה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="158"/>
        <source>Score {nps}</source>
        <translation>ציון {nps}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="173"/>
        <source>No. {id}</source>
        <translation>מס&apos; {id}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="181"/>
        <source>({qty} returned)</source>
        <translation>({qty} הוחזרו)</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="189"/>
        <source>voided {date}: {reason}</source>
        <translation>בוטלה ב-{date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="203"/>
        <source>{price} each</source>
        <translation>{price} ליחידה</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="205"/>
        <source>{qty} returned</source>
        <translation>{qty} הוחזרו</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="211"/>
        <source>Paid {paid} after {discounts} off</source>
        <translation>שולם {paid} אחרי הנחה של {discounts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/history_texts.py" line="241"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>ביקור אחד</numerusform>
            <numerusform>%n ביקורים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="257"/>
        <source>Last 12 months: {visits}, {spend}</source>
        <translation>12 החודשים האחרונים: {visits}, {spend}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="260"/>
        <source>Since joining on {date}: {visits}, {spend}, average basket {average}</source>
        <translation>מאז ההצטרפות ב-{date}: {visits}, {spend}, סל ממוצע {average}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="272"/>
        <source>Favourite categories: {names}</source>
        <translation>קטגוריות מועדפות: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_texts.py" line="274"/>
        <source>Balance: {points}</source>
        <translation>יתרה: {points}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="19"/>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="20"/>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="21"/>
        <source>Full name</source>
        <translation>שם מלא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="22"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="23"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="24"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="25"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="26"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="27"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="28"/>
        <source>Form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="29"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="30"/>
        <source>Source</source>
        <translation>מקור הגעה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="31"/>
        <source>Join date</source>
        <translation>תאריך הצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="32"/>
        <source>SMS consent</source>
        <translation>הסכמה ל-SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="33"/>
        <source>WhatsApp consent</source>
        <translation>הסכמה ל-WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="34"/>
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
        <location filename="../../ui/dialogs/import_common.py" line="51"/>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>אירעה שגיאה לא צפויה: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="50"/>
        <source>Import members</source>
        <translation>ייבוא חברים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Back</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="64"/>
        <source>Welcome to Shopkeeper</source>
        <translation>ברוכים הבאים ל-Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="66"/>
        <source>A few questions and the shop is ready; each can be changed later.</source>
        <translation>כמה שאלות והחנות מוכנה; אפשר לשנות כל תשובה אחר כך.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="70"/>
        <source>Choose the language of the window and of the printouts. The set-up switches to it at once.</source>
        <translation>בחרו את שפת החלון וההדפסות. ההגדרה עוברת אליה מיד.</translation>
    </message>
</context>
<context>
    <name>LedgerReasons</name>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="26"/>
        <source>Welcome to the club</source>
        <translation>ברוכים הבאים למועדון</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="28"/>
        <source>Birthday ({date})</source>
        <translation>יום הולדת ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="32"/>
        <source>Joined on the recommendation of member No. {number}</source>
        <translation>הצטרפות בהמלצת חבר מועדון מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="36"/>
        <source>Recommended member No. {number}, who joined</source>
        <translation>המלצה על חבר מועדון מס׳ {number}, שהצטרף</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="40"/>
        <source>Points earned up to {date}</source>
        <translation>נקודות שנצברו עד {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="44"/>
        <source>Goodwill for complaint No. {number}</source>
        <translation>פיצוי על תלונה מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="50"/>
        <source>Purchase No. {number}</source>
        <translation>קנייה מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="55"/>
        <source>Discount on a purchase</source>
        <translation>הנחה בקנייה</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="56"/>
        <source>Discount on purchase No. {number}</source>
        <translation>הנחה בקנייה מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="60"/>
        <source>{reason} ({points} points already spent, written off)</source>
        <translation>{reason} ({points} נקודות שכבר מומשו נמחקו)</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_texts.py" line="64"/>
        <source>Reward: {name}</source>
        <translation>הטבה: {name}</translation>
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
    <name>LogCallDialog</name>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="59"/>
        <source>Log a call</source>
        <translation>רישום שיחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="120"/>
        <source>{name}, member {number} — {phone}</source>
        <comment>masculine</comment>
        <translation>{name}, חבר מועדון מס׳ {number} — {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="122"/>
        <source>{name}, member {number} — {phone}</source>
        <comment>feminine</comment>
        <translation>{name}, חברת מועדון מס׳ {number} — {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="123"/>
        <source>{name}, member {number} — {phone}</source>
        <translation>{name}, חבר/ה מס׳ {number} — {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="68"/>
        <source>no phone</source>
        <translation>אין טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="75"/>
        <source>Member card</source>
        <translation>כרטיס הלקוח</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="96"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_call.py" line="110"/>
        <source>Result:</source>
        <translation>תוצאה:</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../ui/widgets/logo_picker.py" line="62"/>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_picker.py" line="63"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_picker.py" line="64"/>
        <source>A PNG or JPEG picture, at most 2 MB.</source>
        <translation>תמונת PNG או JPEG, עד 2 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_picker.py" line="70"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>בחירת הלוגו של החנות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_picker.py" line="70"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>תמונות (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_picker.py" line="111"/>
        <source>No logo</source>
        <translation>אין לוגו</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="91"/>
        <source>Record purchase…</source>
        <translation>רישום קנייה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="95"/>
        <source>Amount, points, coupon and rewards in one go ({key})</source>
        <translation>סכום, נקודות, קופון והטבות בפעולה אחת ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="101"/>
        <source>Adjust points…</source>
        <translation>עדכון נקודות…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="122"/>
        <source>Stamp cards</source>
        <translation>כרטיסיות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="123"/>
        <source>Rewards available now</source>
        <translation>הטבות זמינות עכשיו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="124"/>
        <source>Coupons</source>
        <translation>קופונים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="125"/>
        <source>Last purchases</source>
        <translation>קניות אחרונות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="126"/>
        <source>History…</source>
        <translation>היסטוריה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="131"/>
        <source>Every purchase, points row, coupon, call and more; void or return ({key})</source>
        <translation>כל קנייה, תנועת נקודות, קופון, שיחה ועוד; ביטול או החזרה ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="138"/>
        <source>No purchases yet.</source>
        <translation>עדיין אין קניות.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="183"/>
        <source>worth {amount}</source>
        <translation>שוות {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="193"/>
        <source>{tier} tier</source>
        <translation>דרגת {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="195"/>
        <source>points {multiplier}</source>
        <translation>נקודות {multiplier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="202"/>
        <source>The top tier.</source>
        <translation>הדרגה הגבוהה ביותר.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="206"/>
        <source>{amount} more to reach {tier}</source>
        <translation>עוד {amount} לדרגת {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="212"/>
        <source>Spent in the last 12 months: {amount}</source>
        <translation>קניות ב־12 החודשים האחרונים: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="218"/>
        <source>{card}: {stamps}/{needed} — {reward}</source>
        <translation>{card}: {stamps}/{needed} — {reward}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="233"/>
        <source>{reward} — waiting</source>
        <translation>{reward} — ממתינה למימוש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="237"/>
        <source>{reward} for {points}</source>
        <translation>{reward} תמורת {points}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="249"/>
        <source>{code} — {off} off, until {date}</source>
        <translation>{code} — {off} הנחה, עד {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="254"/>
        <source>{code} — {off} off</source>
        <translation>{code} — {off} הנחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="280"/>
        <source>voided</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="339"/>
        <source>Points adjusted; the balance is {points}.</source>
        <translation>הנקודות עודכנו; היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="344"/>
        <source>Purchase voided; the balance is {points}.</source>
        <translation>הקנייה בוטלה; היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="352"/>
        <source>Purchase saved: {earned}, the balance is {points}.</source>
        <translation>הקנייה נשמרה: {earned}, היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="358"/>
        <source>To pay: {amount}</source>
        <translation>לתשלום: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="362"/>
        <source>New tier: {tier}!</source>
        <translation>דרגה חדשה: {tier}!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="366"/>
        <source>Reward earned: {reward}</source>
        <translation>הטבה חדשה: {reward}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_panel.py" line="374"/>
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
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Counter</source>
        <translation>קופה</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Pickups</source>
        <translation>הזמנות לאיסוף</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Loyalty programme</source>
        <translation>מועדון הלקוחות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Birthdays</source>
        <translation>ימי הולדת</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Calls</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Customer care</source>
        <translation>שירות לקוחות</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Templates</source>
        <translation>תבניות</translation>
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
        <location filename="../../ui/main_window.py" line="222"/>
        <source>{shop} — Shopkeeper</source>
        <translation>{shop} — Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="184"/>
        <source>Match the columns</source>
        <translation>התאמת עמודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="185"/>
        <source>Choose what each column of the file holds.</source>
        <translation>בחרו מה יש בכל עמודה של הקובץ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="195"/>
        <source>The first rows of the file:</source>
        <translation>השורות הראשונות בקובץ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <source>Column in the file</source>
        <translation>עמודה בקובץ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <source>Imported as</source>
        <translation>ייובא בתור</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="217"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="272"/>
        <source>(ignore)</source>
        <translation>(לא לייבא)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="279"/>
        <source>Choose the column that holds the phone number.</source>
        <translation>בחרו את העמודה של מספר הטלפון.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="281"/>
        <source>Choose a column with the name (first, last or full name).</source>
        <translation>בחרו עמודה עם השם (שם פרטי, שם משפחה או שם מלא).</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="118"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="119"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="120"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="121"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="122"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="123"/>
        <source>Member since</source>
        <translation>במועדון מאז</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="124"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="125"/>
        <source>Heard of us</source>
        <translation>איך הגיעו אלינו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="126"/>
        <source>Referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="134"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="140"/>
        <source>Marketing consent</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="163"/>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="165"/>
        <source>Pets</source>
        <translation>חיות מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="181"/>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="183"/>
        <source>Edit this member (Ctrl+E)</source>
        <translation>עריכת כרטיס הלקוח (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="185"/>
        <source>New search</source>
        <translation>חיפוש חדש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="187"/>
        <source>Clear the search and look for someone else (Esc)</source>
        <translation>ניקוי החיפוש וחיפוש לקוח אחר (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="214"/>
        <location filename="../../ui/widgets/member_card.py" line="228"/>
        <source>Member No. {number}</source>
        <translation>מס׳ חבר {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="291"/>
        <source>(celebrates by the Hebrew calendar)</source>
        <comment>masculine</comment>
        <translation>(חוגג לפי התאריך העברי)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="293"/>
        <source>(celebrates by the Hebrew calendar)</source>
        <comment>feminine</comment>
        <translation>(חוגגת לפי התאריך העברי)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="294"/>
        <source>(celebrates by the Hebrew calendar)</source>
        <translation>(חוגג/ת לפי התאריך העברי)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="253"/>
        <source>Withdraw</source>
        <translation>ביטול הסכמה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_card.py" line="253"/>
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
    <message>
        <location filename="../../ui/models/member_list.py" line="50"/>
        <source>Joined</source>
        <translation>הצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_list.py" line="51"/>
        <source>Last purchase</source>
        <translation>קנייה אחרונה</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_list.py" line="52"/>
        <source>Spend (12 mo.)</source>
        <translation>קניות (12 ח׳)</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_list.py" line="158"/>
        <source>Spent in the last 12 months (returns taken off, voided purchases left out), as worked out at the member&apos;s last purchase or the daily tier update.</source>
        <translation>סכום הקניות ב-12 החודשים האחרונים (בניכוי החזרות, בלי קניות שבוטלו), כפי שחושב בקנייה האחרונה או בעדכון הדרגות היומי.</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_list.py" line="164"/>
        <source>Click to sort; click again to reverse.</source>
        <translation>לחיצה ממיינת; לחיצה נוספת הופכת את הסדר.</translation>
    </message>
</context>
<context>
    <name>MemberHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="46"/>
        <source>History — {name}</source>
        <translation>היסטוריה — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="56"/>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="92"/>
        <source>Void…</source>
        <translation>ביטול הקנייה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="93"/>
        <source>Void the selected purchase and take back its points</source>
        <translation>ביטול הקנייה שנבחרה והחזרת הנקודות שלה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="95"/>
        <source>Return…</source>
        <translation>החזרה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="96"/>
        <source>Take back some items of the selected purchase</source>
        <translation>החזרת חלק מהפריטים של הקנייה שנבחרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="98"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="174"/>
        <source>Purchase voided; the balance is {points}.</source>
        <translation>הקנייה בוטלה; היתרה: {points}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_history.py" line="182"/>
        <source>Items returned; the balance is {points}.</source>
        <translation>הפריטים הוחזרו; היתרה: {points}.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="30"/>
        <source>Phone, member number or name</source>
        <translation>טלפון, מספר חבר או שם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="32"/>
        <source>Find</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="69"/>
        <source>No member matches “{text}”.</source>
        <translation>לא נמצא חבר מועדון שמתאים ל&quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="104"/>
        <source>{name}, member {number}</source>
        <comment>masculine</comment>
        <translation>{name}, חבר מועדון מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="106"/>
        <source>{name}, member {number}</source>
        <comment>feminine</comment>
        <translation>{name}, חברת מועדון מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="107"/>
        <source>{name}, member {number}</source>
        <translation>{name}, חבר/ה מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="111"/>
        <source>No member: the feedback is kept anonymous.</source>
        <translation>ללא חבר מועדון: המשוב יישמר באופן אנונימי.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="113"/>
        <source>Find the member first.</source>
        <translation>יש לחפש קודם את הלקוח במועדון.</translation>
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
        <location filename="../../ui/widgets/member_texts.py" line="74"/>
        <source>Birthday: turns {age} on {date} — {when}</source>
        <translation>יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="76"/>
        <source>Birthday on {date} — {when}</source>
        <translation>יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="46"/>
        <source>{name} (child) turns {age} on {date} — {when}</source>
        <translation>{name} (ילד/ה): יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="43"/>
        <source>{name} (child) turns {age} on {date} — {when}</source>
        <comment>boy</comment>
        <translation>{name} (ילד): יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="45"/>
        <source>{name} (child) turns {age} on {date} — {when}</source>
        <comment>girl</comment>
        <translation>{name} (ילדה): יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="48"/>
        <source>{name} (child): birthday on {date} — {when}</source>
        <comment>boy</comment>
        <translation>{name} (ילד): יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="50"/>
        <source>{name} (child): birthday on {date} — {when}</source>
        <comment>girl</comment>
        <translation>{name} (ילדה): יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="51"/>
        <source>{name} (child): birthday on {date} — {when}</source>
        <translation>{name} (ילד/ה): יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="57"/>
        <source>Not asked</source>
        <comment>masculine</comment>
        <translation>לא נשאל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="59"/>
        <source>Not asked</source>
        <comment>feminine</comment>
        <translation>לא נשאלה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="80"/>
        <source>{name} (pet) turns {age} on {date} — {when}</source>
        <translation>{name} (חיית מחמד): יום הולדת {age} ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="82"/>
        <source>{name} (pet): birthday on {date} — {when}</source>
        <translation>{name} (חיית מחמד): יום הולדת ב-{date} — {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="89"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="90"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="91"/>
        <source>E-mail</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="100"/>
        <source>at the counter</source>
        <translation>בקופה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="101"/>
        <source>edited</source>
        <translation>בעריכה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="102"/>
        <source>quick join</source>
        <translation>בהצטרפות מהירה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="103"/>
        <source>import</source>
        <translation>בייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="104"/>
        <source>demo</source>
        <translation>הדגמה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="60"/>
        <source>Not asked</source>
        <translation>לא נשאל/ה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="116"/>
        <source>Yes, since {date}</source>
        <translation>כן, מאז {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="120"/>
        <source>No, since {date}</source>
        <translation>לא, מאז {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="136"/>
        <source>age {age}</source>
        <translation>גיל {age}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="142"/>
        <source>girl</source>
        <translation>בת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_texts.py" line="142"/>
        <source>boy</source>
        <translation>בן</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="74"/>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="77"/>
        <source>Filter: name, phone, city, tag or tier</source>
        <translation>סינון: שם, טלפון, עיר, תגית או דרגה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="87"/>
        <source>Quick join…</source>
        <translation>הצטרפות מהירה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="97"/>
        <source>Click a column&apos;s title to sort by it, again to reverse. Double-click a member (or press Enter) to open the card.</source>
        <translation>לחיצה על כותרת עמודה ממיינת לפיה, לחיצה נוספת הופכת את הסדר. לחיצה כפולה על חבר מועדון (או Enter) פותחת את הכרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="182"/>
        <source>{n} of {total} members match</source>
        <translation>{n} מתוך {total} חברי מועדון מתאימים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="187"/>
        <source>1 member</source>
        <translation>חבר מועדון אחד</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="189"/>
        <source>{n} members</source>
        <translation>{n} חברים</translation>
    </message>
</context>
<context>
    <name>NewPickupDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="64"/>
        <location filename="../../ui/dialogs/new_pickup.py" line="117"/>
        <location filename="../../ui/dialogs/new_pickup.py" line="147"/>
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
        <location filename="../../ui/dialogs/new_pickup.py" line="118"/>
        <source>No member: the order is kept without a customer.</source>
        <translation>ללא חבר מועדון: ההזמנה תישמר בלי שם לקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="121"/>
        <source>New pickup order — {name}</source>
        <translation>הזמנת איסוף חדשה — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="132"/>
        <source>{name}, member {number}</source>
        <comment>masculine</comment>
        <translation>{name}, חבר מועדון מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="134"/>
        <source>{name}, member {number}</source>
        <comment>feminine</comment>
        <translation>{name}, חברת מועדון מס׳ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_pickup.py" line="135"/>
        <source>{name}, member {number}</source>
        <translation>{name}, חבר/ה מס׳ {number}</translation>
    </message>
</context>
<context>
    <name>NoteSizes</name>
    <message>
        <location filename="../../ui/note_printing.py" line="35"/>
        <source>A6 card</source>
        <translation>כרטיס A6</translation>
    </message>
    <message>
        <location filename="../../ui/note_printing.py" line="36"/>
        <source>A5 page</source>
        <translation>דף A5</translation>
    </message>
    <message>
        <location filename="../../ui/note_printing.py" line="37"/>
        <source>4 on an A4 sheet, with cut marks</source>
        <translation>4 בגיליון A4, עם סימני חיתוך</translation>
    </message>
    <message>
        <location filename="../../ui/note_printing.py" line="38"/>
        <source>62 mm label roll</source>
        <translation>גליל מדבקות 62 מ״מ</translation>
    </message>
</context>
<context>
    <name>NpsCategory</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="108"/>
        <source>Promoter</source>
        <comment>masculine</comment>
        <translation>ממליץ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="109"/>
        <source>Passive</source>
        <comment>masculine</comment>
        <translation>פסיבי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="111"/>
        <source>Promoter</source>
        <comment>feminine</comment>
        <translation>ממליצה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="112"/>
        <source>Passive</source>
        <comment>feminine</comment>
        <translation>פסיבית</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="114"/>
        <source>Promoter</source>
        <translation>ממליץ/ה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="115"/>
        <source>Passive</source>
        <translation>פסיבי/ת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="119"/>
        <source>Detractor</source>
        <translation>לא מרוצה</translation>
    </message>
</context>
<context>
    <name>NpsColumns</name>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="90"/>
        <source>Month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="91"/>
        <source>NPS</source>
        <translation>מדד המלצה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="92"/>
        <source>Responses</source>
        <translation>תשובות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="93"/>
        <source>Promoters</source>
        <translation>ממליצים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="94"/>
        <source>Passives</source>
        <translation>פסיביים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/feedback_panel.py" line="95"/>
        <source>Detractors</source>
        <translation>לא מרוצים</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="177"/>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="178"/>
        <source>A child&apos;s birthday</source>
        <translation>יום הולדת של ילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="179"/>
        <source>A pet&apos;s birthday</source>
        <translation>יום הולדת של חיית מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="180"/>
        <source>Thank you for a purchase</source>
        <translation>תודה על קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="181"/>
        <source>Order ready</source>
        <translation>ההזמנה מוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="182"/>
        <source>We miss you</source>
        <translation>התגעגענו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="183"/>
        <source>Coupon (advertisement)</source>
        <translation>קופון (פרסומת)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_texts.py" line="184"/>
        <source>Sale (advertisement)</source>
        <translation>מבצע (פרסומת)</translation>
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
    <name>PdfPrinter</name>
    <message>
        <location filename="../../ui/printing/pdf_printer.py" line="157"/>
        <source>The printer {name} could not be opened.</source>
        <translation>לא ניתן לפתוח את המדפסת {name}.</translation>
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
        <location filename="../../ui/models/today_rows.py" line="120"/>
        <source>(no member)</source>
        <translation>(ללא חבר מועדון)</translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <location filename="../../ui/pages/pickups.py" line="74"/>
        <source>New pickup order…</source>
        <translation>הזמנה חדשה לאיסוף…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="76"/>
        <source>Mark ready</source>
        <translation>סימון כמוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="78"/>
        <source>Collected</source>
        <translation>נאספה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="80"/>
        <source>Cancel order</source>
        <translation>ביטול ההזמנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="82"/>
        <source>Send WhatsApp</source>
        <translation>שליחת וואטסאפ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="83"/>
        <source>Tell the customer the order is ready</source>
        <translation>להודיע ללקוח שההזמנה מוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="86"/>
        <source>A6 slip</source>
        <translation>פתק A6</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="87"/>
        <source>62 mm label</source>
        <translation>מדבקה 62 מ״מ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="88"/>
        <source>Print slip…</source>
        <translation>הדפסת פתק איסוף…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="155"/>
        <source>No order selected.</source>
        <translation>לא נבחרה הזמנה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="159"/>
        <source>Order {number} — code {code}</source>
        <translation>הזמנה {number} — קוד {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="166"/>
        <source>Total {total}, paid {paid}, to pay {due}</source>
        <translation>סה״כ {total}, שולם {paid}, לתשלום {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="171"/>
        <source>Ready by {day}</source>
        <translation>מוכנה עד {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="172"/>
        <source>Shelf {shelf}</source>
        <translation>מדף {shelf}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="188"/>
        <source>Order {number} saved, pickup code {code}.</source>
        <translation>הזמנה {number} נשמרה, קוד האיסוף {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="202"/>
        <source>Order {number} is ready.</source>
        <translation>הזמנה {number} מוכנה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="203"/>
        <source>Order {number} was collected.</source>
        <translation>הזמנה {number} נאספה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="204"/>
        <source>Order {number} was cancelled.</source>
        <translation>הזמנה {number} בוטלה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="208"/>
        <source>Send WhatsApp to tell the customer.</source>
        <translation>אפשר לשלוח וואטסאפ כדי להודיע ללקוח.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pickups.py" line="232"/>
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
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="46"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="47"/>
        <source>Child&apos;s name</source>
        <translation>שם הילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="48"/>
        <source>Child&apos;s age</source>
        <translation>גיל הילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="49"/>
        <source>Pet&apos;s name</source>
        <translation>שם חיית המחמד</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="50"/>
        <source>Pet&apos;s kind</source>
        <translation>סוג חיית המחמד</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="51"/>
        <source>Pet&apos;s age</source>
        <translation>גיל חיית המחמד</translation>
    </message>
    <message>
        <location filename="../../ui/pages/greeting_templates.py" line="52"/>
        <source>Offer details</source>
        <translation>פרטי ההצעה</translation>
    </message>
</context>
<context>
    <name>PrintChoicesDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_choices.py" line="62"/>
        <source>Preview…</source>
        <translation>תצוגה מקדימה…</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/printing/print_job.py" line="105"/>
        <source>Print</source>
        <translation>הדפסה</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_job.py" line="171"/>
        <source>The printer did not take the document: {reason}</source>
        <translation>המדפסת לא קיבלה את המסמך: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="80"/>
        <source>Print preview</source>
        <translation>תצוגה לפני הדפסה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="90"/>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="92"/>
        <source>Open in viewer</source>
        <translation>פתיחה במציג</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="93"/>
        <source>Open the PDF in the system&apos;s viewer to print it</source>
        <translation>פתיחת ה־PDF במציג של המערכת כדי להדפיס אותו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="95"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="100"/>
        <source>Print without asking next time</source>
        <translation>להדפיס בלי לשאול בפעם הבאה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="129"/>
        <source>Print on {printer} (Ctrl+P)</source>
        <translation>הדפסה ב-{printer} (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="131"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>בחירת מדפסת והדפסה (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="136"/>
        <source>No printer is installed on this computer: save the PDF (Save as…) and print it from another one.</source>
        <translation>אין מדפסת מותקנת במחשב הזה: שמרו את קובץ ה-PDF (שמירה בשם…) והדפיסו אותו ממחשב אחר.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="154"/>
        <source>Printing…</source>
        <translation>מדפיס…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_preview.py" line="170"/>
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>עמוד אחד נשלח למדפסת {printer}.</numerusform>
            <numerusform>%n עמודים נשלחו למדפסת {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="179"/>
        <source>Printing was cancelled.</source>
        <translation>ההדפסה בוטלה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="204"/>
        <source>Save the PDF</source>
        <translation>שמירת ה־PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="204"/>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="226"/>
        <location filename="../../ui/dialogs/print_preview.py" line="255"/>
        <source>Could not save to {path}: {reason}</source>
        <translation>לא ניתן לשמור ב־{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="232"/>
        <source>Saved to {path}</source>
        <translation>נשמר ב־{path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="263"/>
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
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="189"/>
        <source>The loyalty programme</source>
        <translation>תוכנית הנאמנות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="190"/>
        <source>How members earn points and what the points are worth.</source>
        <translation>איך חברי המועדון צוברים נקודות ומה שוויין.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="192"/>
        <source>Points for each ₪1</source>
        <translation>נקודות על כל ₪1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="193"/>
        <source>One point is worth</source>
        <translation>שווי נקודה אחת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="194"/>
        <source>Points for joining</source>
        <translation>נקודות בהצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="195"/>
        <source>Points on the birthday</source>
        <translation>נקודות ביום ההולדת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="196"/>
        <source>Points expire after (months)</source>
        <translation>הנקודות פגות אחרי (חודשים)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="200"/>
        <source>never</source>
        <translation>לעולם לא</translation>
    </message>
</context>
<context>
    <name>QuickJoinDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="62"/>
        <source>Quick join</source>
        <translation>הצטרפות מהירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="71"/>
        <source>Neutral</source>
        <translation>ניטרלית</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="72"/>
        <source>Female (לקוחה יקרה)</source>
        <translation>נקבה (לקוחה יקרה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="73"/>
        <source>Male (לקוח יקר)</source>
        <translation>זכר (לקוח יקר)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="74"/>
        <source>How the greetings and notes address them</source>
        <translation>איך הברכות והפתקים פונים אליהם</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="76"/>
        <source>dd/mm/yyyy or dd/mm (optional)</source>
        <translation>יום/חודש/שנה או יום/חודש (לא חובה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="100"/>
        <source>Open existing member</source>
        <translation>פתיחת הכרטיס הקיים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="114"/>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="116"/>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="117"/>
        <source>Form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="118"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="121"/>
        <source>Birthday</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="123"/>
        <source>Agrees to messages by</source>
        <translation>הסכמה לדיוור</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="127"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_join.py" line="130"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="43"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="44"/>
        <source>Coupon discount</source>
        <translation>הנחת קופון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="45"/>
        <source>Rewards discount</source>
        <translation>הנחת הטבות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="46"/>
        <source>Points used</source>
        <translation>מימוש נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="47"/>
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="48"/>
        <source>Points to earn</source>
        <translation>נקודות שיצברו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="49"/>
        <source>Balance after</source>
        <translation>יתרה אחרי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quote_summary.py" line="77"/>
        <source>{amount} for {points}</source>
        <translation>{amount} תמורת {points}</translation>
    </message>
</context>
<context>
    <name>RecordPurchaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="63"/>
        <source>Record a sale without a member</source>
        <translation>רישום מכירה ללא חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="66"/>
        <source>Record purchase — {name}</source>
        <translation>רישום קנייה — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="79"/>
        <source>A sale without a member</source>
        <translation>מכירה ללא חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="82"/>
        <source>It earns no points and takes no coupon or reward.</source>
        <translation>היא לא צוברת נקודות ולא מקבלת קופון או הטבה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="85"/>
        <source>Balance: {points} (worth {amount})</source>
        <translation>יתרה: {points} (שוות {amount})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="93"/>
        <source>149.90 or 149,90 — Enter saves</source>
        <translation>149.90 או 149,90 — Enter שומר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="96"/>
        <source>Item lines…</source>
        <translation>שורות פריטים…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="134"/>
        <source>Max</source>
        <translation>מקסימום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="145"/>
        <source>type or scan</source>
        <translation>הקלדה או סריקה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="160"/>
        <source>{reward} — waiting</source>
        <translation>{reward} — ממתינה למימוש</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="166"/>
        <source>{reward} for {points}</source>
        <translation>{reward} תמורת {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="173"/>
        <source>optional</source>
        <translation>לא חובה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="177"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="182"/>
        <source>Sold</source>
        <translation>אופן המכירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="183"/>
        <source>Use points</source>
        <translation>מימוש נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="185"/>
        <source>Coupon code</source>
        <translation>קוד קופון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="191"/>
        <source>Rewards</source>
        <translation>הטבות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="193"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="198"/>
        <source>Save purchase</source>
        <translation>שמירת הקנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="200"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="308"/>
        <source>Balance {points}</source>
        <translation>יתרה: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="317"/>
        <source>up to {points} ({amount})</source>
        <translation>עד {points} ({amount})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="324"/>
        <source>not enough to redeem (at least {points})</source>
        <translation>אין מספיק למימוש (לפחות {points})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="332"/>
        <source>The lines add up to {total}.</source>
        <translation>סכום השורות: {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_purchase.py" line="334"/>
        <source>That is {difference} different from the amount.</source>
        <translation>הפרש של {difference} מהסכום.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../ui/models/import_tables.py" line="99"/>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="99"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>ReturnPurchaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="40"/>
        <source>Return items</source>
        <translation>החזרת פריטים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="43"/>
        <source>Return items — {name}</source>
        <translation>החזרת פריטים — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="48"/>
        <source>Choose how many of each item came back; their spend, points and stamps are taken back.</source>
        <translation>בחרו כמה יחידות מכל פריט הוחזרו; הסכום, הנקודות והחותמות שלהן יבוטלו.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="61"/>
        <source>{name} ({price} each)</source>
        <translation>{name} ({price} ליחידה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="66"/>
        <source>bought {qty}, returned {returned}</source>
        <translation>נקנו {qty}, הוחזרו {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="79"/>
        <source>Nothing is left to return on this purchase.</source>
        <translation>לא נשאר מה להחזיר בקנייה הזו.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="83"/>
        <source>for example: too small, broken</source>
        <translation>לדוגמה: קטן מדי, שבור</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="93"/>
        <source>Purchase</source>
        <translation>קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="94"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="99"/>
        <source>Return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="104"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="129"/>
        <source>Choose how many of which items came back.</source>
        <translation>בחרו כמה יחידות ואילו פריטים הוחזרו.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="140"/>
        <source>Say why the items came back.</source>
        <translation>כתבו למה הפריטים הוחזרו.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/return_purchase.py" line="158"/>
        <source>Return and write off {points}</source>
        <translation>החזרה ומחיקת {points}</translation>
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
    <name>SaleChoiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/sale_choice.py" line="20"/>
        <source>Record purchase</source>
        <translation>רישום קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sale_choice.py" line="21"/>
        <source>No member is open. Who is the sale for?</source>
        <translation>אין חבר מועדון פתוח. למי המכירה?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sale_choice.py" line="25"/>
        <source>A member earns points on it. A sale without a member is kept in the day&apos;s sales, with no points, coupon or reward.</source>
        <translation>חבר מועדון צובר עליה נקודות. מכירה ללא חבר מועדון נשמרת במכירות היום, בלי נקודות, קופון או הטבה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sale_choice.py" line="32"/>
        <source>Find a member</source>
        <translation>חיפוש חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sale_choice.py" line="35"/>
        <source>Sale without a member</source>
        <translation>מכירה ללא חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sale_choice.py" line="38"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>The name on the window and on printouts</source>
        <translation>השם שיופיע בחלון ובהדפסות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="70"/>
        <source>The window switches at once, and Shopkeeper starts in this language next time.</source>
        <translation>השפה מתחלפת מיד ונשמרת גם להפעלה הבאה.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>Set up the shop…</source>
        <translation>הגדרת החנות…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>Open folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Check the database</source>
        <translation>בדיקת מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Shop name</source>
        <translation>שם החנות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Logo</source>
        <translation>לוגו</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="115"/>
        <source>First start</source>
        <translation>הפעלה ראשונה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="116"/>
        <source>Data folder</source>
        <translation>תיקיית נתונים</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="117"/>
        <source>Schema version</source>
        <translation>גרסת סכמה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="120"/>
        <source>Calls</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Saved</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="167"/>
        <source>The database is healthy: {members} members, schema version {version}.</source>
        <translation>מסד הנתונים תקין: {members} חברים, גרסת סכמה {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="172"/>
        <source>Problems found:</source>
        <translation>נמצאו בעיות:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="66"/>
        <source>Set up the shop</source>
        <translation>הגדרת החנות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="67"/>
        <source>Skip the set-up</source>
        <translation>דילוג על ההגדרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="68"/>
        <source>Back</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="69"/>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="70"/>
        <source>Finish</source>
        <translation>סיום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="107"/>
        <source>The programme could not be saved; nothing was changed. Try again.</source>
        <translation>לא ניתן היה לשמור את התוכנית; דבר לא השתנה. נסו שוב.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="131"/>
        <source>Filling the demo shop…</source>
        <translation>ממלא את חנות ההדגמה…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="146"/>
        <source>Filling the demo shop… {done} of {total} members</source>
        <translation>ממלא את חנות ההדגמה… {done} מתוך {total} חברים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="165"/>
        <source>The demo could not be filled: {reason}</source>
        <translation>לא ניתן היה למלא את ההדגמה: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="169"/>
        <source>The demo could not be filled; the shop was left as it was.</source>
        <translation>לא ניתן היה למלא את ההדגמה; החנות נשארה כפי שהייתה.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="107"/>
        <source>Enter the shop&apos;s name to go on.</source>
        <translation>כדי להמשיך יש להקליד את שם החנות.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="111"/>
        <source>Your shop</source>
        <translation>החנות שלך</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="112"/>
        <source>The name and logo appear on notes, member cards and slips.</source>
        <translation>השם והלוגו מופיעים על פתקי תודה, כרטיסי מועדון ותלושים.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="113"/>
        <source>Shop name</source>
        <translation>שם החנות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="114"/>
        <source>Logo</source>
        <translation>לוגו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="115"/>
        <source>For example: Noa&apos;s Corner</source>
        <translation>לדוגמה: הפינה של נועה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="116"/>
        <source>Thank-you notes are signed with it.</source>
        <translation>פתקי התודה חתומים בשם הזה.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="256"/>
        <source>How would you like to start?</source>
        <translation>איך להתחיל?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="257"/>
        <source>You can import customers or change any of this later.</source>
        <translation>אפשר לייבא לקוחות או לשנות כל דבר מאוחר יותר.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="258"/>
        <source>Import my customers</source>
        <translation>ייבוא הלקוחות שלי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="260"/>
        <source>From a CSV or Excel list: the import opens when the set-up ends.</source>
        <translation>מרשימת CSV או Excel: הייבוא נפתח בסוף ההגדרה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="262"/>
        <source>Start empty</source>
        <translation>להתחיל ריק</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="263"/>
        <source>Members join at the counter, one by one.</source>
        <translation>חברי המועדון מצטרפים בקופה, אחד אחד.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="264"/>
        <source>Look at a demo shop</source>
        <translation>להציץ בחנות הדגמה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="267"/>
        <source>{count} made-up members with two years of purchases, to try everything. Use a new data folder for the real shop.</source>
        <translation>{count} חברים בדויים עם שנתיים של קניות, כדי לנסות הכול. לחנות האמיתית השתמשו בתיקיית נתונים חדשה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="271"/>
        <source>Only an empty shop can be filled with the demo.</source>
        <translation>רק חנות ריקה אפשר למלא בהדגמה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_pages.py" line="274"/>
        <source>Filling the demo shop…</source>
        <translation>ממלא את חנות ההדגמה…</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="38"/>
        <source>Statement</source>
        <translation>היגד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="39"/>
        <source>Mean (1–5)</source>
        <translation>ממוצע (‎1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="40"/>
        <source>Answers</source>
        <translation>תשובות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="42"/>
        <source>Asked</source>
        <translation>נשאל</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="44"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="46"/>
        <source>retired</source>
        <translation>הופסק</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="57"/>
        <source>A new statement, e.g. “The staff knew what I needed”</source>
        <translation>היגד חדש, למשל &quot;הצוות ידע מה אני צריך/ה&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="60"/>
        <source>Add statement</source>
        <translation>הוספת היגד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="63"/>
        <source>Stop asking</source>
        <translation>הפסקת השאלה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/statements_panel.py" line="65"/>
        <source>Its answers are kept and still counted</source>
        <translation>התשובות שכבר ניתנו נשמרות ועדיין נספרות</translation>
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
        <location filename="../../ui/widgets/template_form.py" line="73"/>
        <source>none</source>
        <translation>בלי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="85"/>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="86"/>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="87"/>
        <source>Text:</source>
        <translation>טקסט:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="88"/>
        <source>Insert:</source>
        <translation>הוספה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="89"/>
        <source>Return policy:</source>
        <translation>מדיניות החזרה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="90"/>
        <source>Coupon, percent off:</source>
        <translation>קופון, אחוז הנחה:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="91"/>
        <source>or amount off (₪):</source>
        <translation>או סכום הנחה (₪):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_form.py" line="92"/>
        <source>Coupon valid for (days):</source>
        <translation>תוקף הקופון (ימים):</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="44"/>
        <location filename="../../ui/pages/templates.py" line="127"/>
        <source>New template</source>
        <translation>תבנית חדשה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="46"/>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="59"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="70"/>
        <source>Preview for a woman</source>
        <translation>תצוגה מקדימה ללקוחה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="71"/>
        <source>Preview for a man</source>
        <translation>תצוגה מקדימה ללקוח</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="72"/>
        <source>Preview, form of address not given</source>
        <translation>תצוגה מקדימה, בלי לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="89"/>
        <source>Thank-you notes</source>
        <translation>פתקי תודה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="90"/>
        <source>Greetings</source>
        <translation>ברכות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="157"/>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="165"/>
        <source>The preview waits until the text is fixed.</source>
        <translation>התצוגה המקדימה תתעדכן אחרי תיקון הטקסט.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/models/today_rows.py" line="77"/>
        <location filename="../../ui/models/today_rows.py" line="136"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="78"/>
        <source>Whose</source>
        <translation>של מי</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="79"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="82"/>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="83"/>
        <source>Hebrew date</source>
        <translation>תאריך עברי</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="99"/>
        <source>Greet…</source>
        <translation>ברכה…</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="106"/>
        <source>Order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="107"/>
        <location filename="../../ui/models/today_rows.py" line="191"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="108"/>
        <location filename="../../ui/models/today_rows.py" line="137"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="109"/>
        <source>Ready by</source>
        <translation>מוכן עד</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="110"/>
        <location filename="../../ui/models/today_rows.py" line="194"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="128"/>
        <location filename="../../ui/models/today_rows.py" line="209"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="138"/>
        <source>Call</source>
        <translation>סוג שיחה</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="139"/>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="158"/>
        <source>{amount}, shipped {day}</source>
        <translation>{amount}, נשלח ב־{day}</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="160"/>
        <source>{amount} on {day}</source>
        <translation>{amount} ב־{day}</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="168"/>
        <source>No purchase yet</source>
        <translation>עדיין אין קניות</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="170"/>
        <source>{days} days since the last purchase</source>
        <translation>{days} ימים מאז הקנייה האחרונה</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="173"/>
        <source>{amount} in the last 12 months, {visits} visits</source>
        <translation>{amount} ב־12 החודשים האחרונים, {visits} ביקורים</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="184"/>
        <source>Call…</source>
        <translation>שיחה…</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="190"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="192"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_rows.py" line="193"/>
        <source>Follow up on</source>
        <translation>תאריך מעקב</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="71"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="76"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="87"/>
        <source>The first {shown} of {total}; the Birthdays page lists them all.</source>
        <translation>{shown} הראשונים מתוך {total}; הרשימה המלאה בדף ימי הולדת.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="89"/>
        <source>Birthdays today</source>
        <translation>ימי הולדת היום</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="90"/>
        <source>No birthdays today.</source>
        <translation>אין ימי הולדת היום.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>This week</source>
        <translation>השבוע</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="93"/>
        <source>No more birthdays this week.</source>
        <translation>אין עוד ימי הולדת השבוע.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="95"/>
        <source>Pickups ready / overdue</source>
        <translation>הזמנות לאיסוף: מוכנות / באיחור</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="96"/>
        <source>No orders waiting to be collected.</source>
        <translation>אין הזמנות שממתינות לאיסוף.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="97"/>
        <source>The first {shown} of {total}; the Pickups page lists them all.</source>
        <translation>{shown} הראשונות מתוך {total}; הרשימה המלאה בדף הזמנות לאיסוף.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="100"/>
        <source>Calls due</source>
        <translation>שיחות לביצוע</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="100"/>
        <source>No calls due.</source>
        <translation>אין שיחות לביצוע.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="101"/>
        <source>The first {shown} of {total}; the Calls page lists them all.</source>
        <translation>{shown} הראשונות מתוך {total}; הרשימה המלאה בדף שיחות.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="104"/>
        <source>Complaint follow-ups due</source>
        <translation>תלונות למעקב</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="105"/>
        <source>No complaint follow-ups due.</source>
        <translation>אין תלונות למעקב.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <source>The first {shown} of {total}; the Customer care page lists them all.</source>
        <translation>{shown} הראשונות מתוך {total}; הרשימה המלאה בדף שירות לקוחות.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="153"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="184"/>
        <source>The lists could not be read: {reason}</source>
        <translation>לא ניתן היה לקרוא את הרשימות: {reason}</translation>
    </message>
</context>
<context>
    <name>VoidPurchaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="37"/>
        <location filename="../../ui/dialogs/void_purchase.py" line="65"/>
        <source>Void purchase</source>
        <translation>ביטול קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="40"/>
        <source>Void purchase — {name}</source>
        <translation>ביטול קנייה — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="45"/>
        <source>The points, stamps, rewards and spend of this purchase are taken back.</source>
        <translation>הנקודות, החותמות, ההטבות וסכום הקנייה יוחזרו לאחור.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="49"/>
        <source>for example: entered twice, wrong member</source>
        <translation>לדוגמה: נרשמה פעמיים, חבר שגוי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="59"/>
        <source>Purchase</source>
        <translation>קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="60"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="69"/>
        <source>Cancel</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="99"/>
        <source>Say why the purchase is voided.</source>
        <translation>יש לכתוב למה הקנייה מבוטלת.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_purchase.py" line="120"/>
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
        <location filename="../../ui/messages.py" line="23"/>
        <source>“{text}” is not a phone number that can exist.</source>
        <translation>המספר &quot;{text}&quot; אינו מספר טלפון תקין.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>The logo {path} cannot be used: {detail}</source>
        <translation>אי אפשר להשתמש בלוגו {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>The phone {phone} already belongs to member {number} ({name}).</source>
        <translation>הטלפון {phone} כבר שייך לחבר/ת מועדון מס׳ {number} ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>“{text}” is not a date (use dd/mm/yyyy or dd/mm).</source>
        <translation>התאריך &quot;{text}&quot; אינו תקין (יש להקליד יום/חודש/שנה או יום/חודש).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>כתובת האימייל &quot;{text}&quot; אינה תקינה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>A member needs a first or last name.</source>
        <translation>יש להזין שם פרטי או שם משפחה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>{field}: “{text}” is not allowed.</source>
        <translation>{field}: הערך &quot;{text}&quot; אינו מותר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>No member with the phone or number “{key}”.</source>
        <translation>אין במועדון מישהו עם הטלפון או המספר &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>This shop&apos;s database was written by a newer Shopkeeper (schema {found}, this app knows up to {known}). Update the app; the database was not touched.</source>
        <translation>מסד הנתונים של החנות נכתב בגרסה חדשה יותר של Shopkeeper (סכמה {found}, גרסה זו מכירה עד {known}). יש לעדכן את התוכנה; מסד הנתונים לא שונה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The shop database at {path} failed its integrity check ({detail}). Restore a backup; nothing was changed.</source>
        <translation>מסד הנתונים של החנות בנתיב {path} לא עבר את בדיקת התקינות ({detail}). יש לשחזר מגיבוי; דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>{path} is not a Shopkeeper database ({detail}).</source>
        <translation>הקובץ {path} אינו מסד נתונים של Shopkeeper ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Shopkeeper is already open on this shop (process {pid} on {host}). Switch to that window, or close it first.</source>
        <translation>החנות כבר פתוחה ב-Shopkeeper (תהליך {pid} במחשב {host}). יש לעבור לחלון ההוא, או לסגור אותו קודם.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>The file cannot be imported: {detail}</source>
        <translation>לא ניתן לייבא את הקובץ: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>phone: missing.</source>
        <translation>טלפון: חסר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>duplicate phone in the file (row {row})</source>
        <translation>טלפון כפול בקובץ (שורה {row})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>The phone {phone} is not in any range in use; the member was saved, check the number.</source>
        <translation>המספר {phone} אינו בטווח מספרים שבשימוש; הפרטים נשמרו, כדאי לבדוק את המספר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>“{text}” is not an amount in shekels (for example 149.90).</source>
        <translation>&quot;{text}&quot; אינו סכום בשקלים (לדוגמה 149.90).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Not enough points: {requested} asked for, the balance is {balance}.</source>
        <translation>אין מספיק נקודות: התבקשו {requested}, היתרה היא {balance}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>At least {minimum} points must be redeemed at once ({requested} asked for).</source>
        <translation>יש לממש לפחות {minimum} נקודות בפעם אחת (התבקשו {requested}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>{requested} points are worth more than the amount to pay; at most {maximum} can be used.</source>
        <translation>{requested} נקודות שוות יותר מהסכום לתשלום; אפשר לממש לכל היותר {maximum}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>A manual change of points needs a reason.</source>
        <translation>לשינוי ידני של נקודות צריך סיבה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>There is no coupon with the code “{code}”.</source>
        <translation>אין קופון עם הקוד &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>The coupon {code} cannot be used: {detail}.</source>
        <translation>אי אפשר להשתמש בקופון {code}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>There is no purchase number {id}.</source>
        <translation>אין קנייה מספר {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>Purchase {id} was already voided on {on}.</source>
        <translation>קנייה {id} כבר בוטלה ב־{on}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Purchase {id} earned {earned} points but the balance is only {balance}: the points were spent. Void it with a write-off of {shortfall} points, or adjust the points first.</source>
        <translation>קנייה {id} צברה {earned} נקודות, אבל היתרה היא רק {balance}: הנקודות כבר מומשו. אפשר לבטל אותה ולמחוק {shortfall} נקודות, או לעדכן קודם את הנקודות.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>The lines add up to {lines}, not to the amount {amount}.</source>
        <translation>סכום השורות הוא {lines} ולא הסכום {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>Programme setting {key}: {detail}</source>
        <translation>הגדרת המועדון {key}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114"/>
        <source>The reward “{name}” is not available to this member.</source>
        <translation>ההטבה &quot;{name}&quot; אינה זמינה לחבר המועדון הזה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>There is no pickup order “{key}”.</source>
        <translation>אין הזמנה לאיסוף &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>Pickup order {id}: {detail}.</source>
        <translation>הזמנה לאיסוף {id}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129"/>
        <source>“{{{name}}}” is not a placeholder a note can fill in.</source>
        <translation>„{{{name}}}” אינו שדה שפתק יכול למלא.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>A brace is not closed, or closed without being opened: “{text}” (write {{{{ or }}}} for a brace itself).</source>
        <translation>סוגר מסולסל לא נסגר, או נסגר בלי שנפתח: „{text}” (לסוגר עצמו כתבו {{{{ או }}}}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>“{text}” has more than three forms; write {{masculine|feminine}} or {{masculine|feminine|neutral}}.</source>
        <translation>ב„{text}” יש יותר משלוש צורות; כתבו {{זכר|נקבה}} או {{זכר|נקבה|סתמי}}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>There is no note template called “{name}”.</source>
        <translation>אין תבנית פתק בשם „{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>There is already a note template called “{name}”.</source>
        <translation>כבר יש תבנית פתק בשם „{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>The phone {phone} already belongs to member {number} ({name}).</source>
        <comment>masculine</comment>
        <translation>הטלפון {phone} כבר שייך לחבר מועדון מס׳ {number} ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>The phone {phone} already belongs to member {number} ({name}).</source>
        <comment>feminine</comment>
        <translation>הטלפון {phone} כבר שייך לחברת מועדון מס׳ {number} ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>{name} has not agreed to receive advertising by {channel}; nothing was prepared.</source>
        <comment>masculine</comment>
        <translation>{name} לא הסכים לקבל פרסומות ב־{channel}; לא הוכנה הודעה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>{name} has not agreed to receive advertising by {channel}; nothing was prepared.</source>
        <comment>feminine</comment>
        <translation>{name} לא הסכימה לקבל פרסומות ב־{channel}; לא הוכנה הודעה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>{name} has not agreed to receive advertising by {channel}; nothing was prepared.</source>
        <translation>{name} לא הסכים/ה לקבל פרסומות ב־{channel}; לא הוכנה הודעה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>There is no complaint number {id}.</source>
        <translation>אין תלונה מספר {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>Complaint {id} is {status}; it cannot become {target}.</source>
        <translation>תלונה {id} במצב {status}; אי אפשר להעביר אותה למצב {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>An advertisement must name the shop: set the shop&apos;s name in Settings first.</source>
        <translation>פרסומת חייבת לכלול את שם החנות: יש להגדיר קודם את שם החנות בהגדרות.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="203"/>
        <source>The shop needs a name: thank-you notes and printouts are signed with it.</source>
        <translation>לחנות צריך להיות שם: פתקי התודה וההדפסות חתומים בו.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>{name} has no {kind} called “{subject}”.</source>
        <translation>ל־{name} אין {kind} בשם &quot;{subject}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="144"/>
        <source>sms</source>
        <comment>advertising channel</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="145"/>
        <source>whatsapp</source>
        <comment>advertising channel</comment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="146"/>
        <source>email</source>
        <comment>advertising channel</comment>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="147"/>
        <source>open</source>
        <comment>complaint status</comment>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="148"/>
        <source>in-progress</source>
        <comment>complaint status</comment>
        <translation>בטיפול</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="149"/>
        <source>resolved</source>
        <comment>complaint status</comment>
        <translation>טופלה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="150"/>
        <source>closed</source>
        <comment>complaint status</comment>
        <translation>סגורה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="151"/>
        <source>child</source>
        <comment>whose birthday</comment>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="152"/>
        <source>pet</source>
        <comment>whose birthday</comment>
        <translation>חיית מחמד</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/messages.py" line="216"/>
        <source>gender</source>
        <translation>מין</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>form of address</source>
        <translation>לשון פנייה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>child&apos;s name</source>
        <translation>שם הילד/ה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="219"/>
        <source>pet&apos;s name</source>
        <translation>שם חיית המחמד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>consent channel</source>
        <translation>ערוץ הסכמה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>referred by</source>
        <translation>בהמלצת</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226"/>
        <source>item line</source>
        <translation>שורת פריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>fulfilment</source>
        <translation>אופן המסירה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>returned quantity</source>
        <translation>כמות מוחזרת</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>coupon</source>
        <translation>קופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>percent</source>
        <translation>אחוז</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="231"/>
        <source>valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>item name</source>
        <translation>שם הפריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="234"/>
        <source>item quantity</source>
        <translation>כמות הפריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>item price</source>
        <translation>מחיר הפריט</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="237"/>
        <source>amount due</source>
        <translation>סכום לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="238"/>
        <source>member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>template name</source>
        <translation>שם התבנית</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240"/>
        <source>note text</source>
        <translation>טקסט הפתק</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>coupon percent</source>
        <translation>אחוז הקופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>coupon amount</source>
        <translation>סכום הקופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="243"/>
        <source>coupon days</source>
        <translation>ימי תוקף הקופון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>recommendation score (0–10)</source>
        <translation>ציון המלצה (‎0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>score (1–5)</source>
        <translation>ציון (‎1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="246"/>
        <source>call-back date</source>
        <translation>תאריך לחזרה ללקוח</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247"/>
        <source>days</source>
        <translation>ימים</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248"/>
        <source>export file</source>
        <translation>קובץ ייצוא</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>feedback</source>
        <translation>משוב</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <source>goodwill points</source>
        <translation>נקודות פיצוי</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="251"/>
        <source>greeting text</source>
        <translation>טקסט הברכה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>greeting</source>
        <translation>ברכה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>date it happened</source>
        <translation>תאריך המקרה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>occasion</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="256"/>
        <source>promotion</source>
        <translation>פרסומת</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>purchase</source>
        <translation>קנייה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>remedy</source>
        <translation>פתרון</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>call result</source>
        <translation>תוצאת השיחה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>shop name</source>
        <translation>שם החנות</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>statement</source>
        <translation>היגד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <source>status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="264"/>
        <source>child or pet</source>
        <translation>ילד/ה או חיית מחמד</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>what happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>what the customer was told</source>
        <translation>מה נאמר ללקוח</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="268"/>
        <source>win-back days</source>
        <translation>ימים להחזרת לקוחות</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>follow-up days</source>
        <translation>ימים עד שיחת מעקב</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>follow-up minimum amount</source>
        <translation>סכום מינימלי לשיחת מעקב</translation>
    </message>
</context>
<context>
    <name>logo</name>
    <message>
        <location filename="../../ui/message_details.py" line="51"/>
        <source>the file is empty.</source>
        <translation>הקובץ ריק.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="53"/>
        <source>it is {mb} MB; a logo may be at most 2 MB.</source>
        <translation>גודלו {mb} MB; לוגו יכול להיות עד 2 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="57"/>
        <source>it is not a PNG or JPEG image.</source>
        <translation>זו לא תמונת PNG או JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="59"/>
        <source>it is {width} × {height} pixels; at most {most} on a side.</source>
        <translation>גודלו {width} × {height} פיקסלים; לכל היותר {most} בכל צד.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="67"/>
        <source>it claims far too many pixels; at most {most} on a side.</source>
        <translation>יש בו הרבה יותר מדי פיקסלים; לכל היותר {most} בכל צד.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="71"/>
        <source>the image cannot be read.</source>
        <translation>אי אפשר לקרוא את התמונה.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="73"/>
        <source>there is no such file.</source>
        <translation>אין קובץ כזה.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="75"/>
        <source>it is a folder, not a file.</source>
        <translation>זו תיקייה, לא קובץ.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="77"/>
        <source>the file cannot be opened.</source>
        <translation>אי אפשר לפתוח את הקובץ.</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="79"/>
        <source>the stored logo is damaged.</source>
        <translation>הלוגו השמור פגום.</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <location filename="../../ui/message_details.py" line="87"/>
        <source>Points per ₪1</source>
        <translation>נקודות לכל ₪1</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="88"/>
        <source>Rounding</source>
        <translation>עיגול</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="89"/>
        <source>Minimum purchase</source>
        <translation>קנייה מינימלית</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="90"/>
        <source>Categories that earn no points</source>
        <translation>קטגוריות שלא צוברות נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="91"/>
        <source>Value of one point</source>
        <translation>שווי נקודה אחת</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="92"/>
        <source>Fewest points redeemed at once</source>
        <translation>מינימום נקודות למימוש</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="93"/>
        <source>Welcome bonus</source>
        <translation>בונוס הצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="94"/>
        <source>Birthday bonus</source>
        <translation>בונוס יום הולדת</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="95"/>
        <source>Referral bonus</source>
        <translation>בונוס חבר מביא חבר</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="96"/>
        <source>Points expire after (months)</source>
        <translation>תפוגת נקודות (חודשים)</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="97"/>
        <source>Tiers</source>
        <translation>דרגות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="98"/>
        <source>Stamp cards</source>
        <translation>כרטיסיות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="99"/>
        <source>Rewards</source>
        <translation>הטבות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="108"/>
        <source>must not be negative</source>
        <translation>אסור שיהיה שלילי</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="109"/>
        <source>the lowest tier must start at 0</source>
        <translation>הדרגה הנמוכה צריכה להתחיל ב־0</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="112"/>
        <source>every tier needs its own name</source>
        <translation>לכל דרגה צריך שם משלה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="113"/>
        <source>each card needs a name, a category and at least 2 stamps</source>
        <translation>לכל כרטיסייה צריך שם, קטגוריה ולפחות 2 חותמות</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="116"/>
        <source>every card needs its own name</source>
        <translation>לכל כרטיסייה צריך שם משלה</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="117"/>
        <source>each reward needs its own name and a positive number of points</source>
        <translation>לכל הטבה צריך שם משלה ומספר נקודות חיובי</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="125"/>
        <source>“{value}” is not a number</source>
        <translation>&quot;{value}&quot; אינו מספר</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="130"/>
        <source>“{value}” is not a whole number</source>
        <translation>&quot;{value}&quot; אינו מספר שלם</translation>
    </message>
    <message>
        <location filename="../../ui/message_details.py" line="134"/>
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
