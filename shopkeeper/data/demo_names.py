"""Names, places and phrases the demo shop is made of.

Written as text, one comma-separated list per constant; `Hebrew=latin` pairs give a member an e-mail
address, `name=weight` says how common a choice is. The order is part of the seed's result: append,
do not sort.
"""

from __future__ import annotations


def _items(text: str) -> tuple[str, ...]:
    return tuple(" ".join(item.split()) for item in text.split(",") if item.strip())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (first.strip(), second.strip()) for first, second in (i.split("=") for i in _items(text))
    )


def _triples(text: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (a.strip(), b.strip(), c.strip()) for a, b, c in (item.split("=") for item in _items(text))
    )


def _weighted(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((name, int(weight)) for name, weight in _pairs(text))


# -- Hebrew-speaking members (most of the club) ----------------------------------------------------
HEBREW_FEMALE = _pairs("""
    נועה=noa, מיכל=michal, שירה=shira, תמר=tamar, יעל=yael, מאיה=maya, אביגיל=avigail,
    הילה=hila, רונית=ronit, אורית=orit, דנה=dana, ליאת=liat, קרן=keren, סיגל=sigal, אסתר=ester,
    רחל=rachel, שרה=sara, לאה=lea, רבקה=rivka, חנה=hana, מירב=meirav, ענבל=inbal, אפרת=efrat,
    עדי=adi, שני=shani, גלית=galit, אילנה=ilana, יפית=yafit, רותם=rotem, נטע=neta, הדס=hadas,
    אורנה=orna, טליה=talia, ליה=lia, אלה=ela, נגה=noga, עינב=einav, שלומית=shlomit, מרים=miriam,
    זהבה=zehava, פנינה=pnina, שושנה=shoshana, ציפי=tzipi, דבורה=dvora, יהודית=yehudit, אתי=eti,
    סמדר=smadar, ורד=vered, לימור=limor, מורן=moran, שקד=shaked, אגם=agam, אביטל=avital,
    הודיה=hodaya, אושרת=osheret, בתיה=batya, רינה=rina, דורית=dorit, נורית=nurit, עופרה=ofra,
    אהובה=ahuva, מלכה=malka, ריקי=riki, אלינור=elinor, ספיר=sapir, מעיין=maayan, הגר=hagar,
    רוני=roni, ליאור=lior, קרין=karin, אורטל=ortal, סתיו=stav, יובל=yuval, חגית=hagit,
    ג'קלין=jacqueline, אסתר "אתי"=eti, ז'קלין=jacqueline
""")
HEBREW_MALE = _pairs("""
    דוד=david, משה=moshe, יוסף=yosef, אברהם=avraham, יצחק=yitzhak, יעקב=yaakov, שמואל=shmuel,
    דניאל=daniel, אריאל=ariel, איתי=itay, עומר=omer, נועם=noam, יונתן=yonatan, אורי=uri,
    גיל=gil, רון=ron, אבי=avi, אלון=alon, עידו=ido, תומר=tomer, יואב=yoav, אסף=asaf, ערן=eran,
    עמיר=amir, שי=shai, גיא=guy, ניר=nir, אייל=eyal, רועי=roi, מתן=matan, איתן=eitan,
    נתנאל=netanel, אליהו=eliyahu, חיים=haim, מרדכי=mordechai, שלמה=shlomo, אהרון=aharon,
    מאיר=meir, יהודה=yehuda, בנימין=binyamin, עזרא=ezra, ציון=tzion, שמעון=shimon, יגאל=yigal,
    רפאל=rafael, אליעזר=eliezer, זאב=zeev, דב=dov, צבי=tzvi, אמנון=amnon, גדעון=gideon,
    עוזי=uzi, קובי=kobi, מוטי=moti, שלום=shalom, אופיר=ofir, ליאם=liam, אלעד=elad, בועז=boaz,
    עוז=oz, יאיר=yair, אביב=aviv, הראל=harel, ינון=yinon, אלירן=eliran, דור=dor, אוהד=ohad,
    ברק=barak, חגי=hagai, נדב=nadav, שגיא=sagi, רז=raz, ג'קי=jacky, ז'ק=jacques,
    שמעון "שימי"=shimi, יעקב "קובי"=kobi
""")
HEBREW_LAST = _pairs("""
    כהן=cohen, לוי=levi, מזרחי=mizrahi, פרץ=peretz, ביטון=biton, דהן=dahan, אברהם=avraham,
    פרידמן=friedman, אזולאי=azulay, מלכה=malka, חדד=hadad, גבאי=gabay, אוחיון=ohayon,
    יוסף=yosef, שלום=shalom, אשכנזי=ashkenazi, כץ=katz, גולן=golan, שפירא=shapira, אלון=alon,
    רוזנברג=rosenberg, ברק=barak, שמעוני=shimoni, טל=tal, בן דוד=ben-david, בן חיים=ben-haim,
    אוחנה=ohana, עמר=amar, סעדה=saada, נחום=nahum, חזן=hazan, ויס=weiss, גרינברג=greenberg,
    קליין=klein, שטרן=stern, לנדאו=landau, הורוביץ=horowitz, פישר=fisher, סגל=segal,
    רבינוביץ=rabinovich, זילברמן=zilberman, אלמוג=almog, שחר=shahar, כרמי=carmi, נוי=noy,
    דגן=dagan, אבוטבול=abutbul, בוזגלו=buzaglo, אלבז=elbaz, טורג'מן=turgeman, סויסה=suissa,
    ששון=sasson, קדוש=kadosh, אסולין=assulin, מימון=maimon, זכאי=zakai, עזרא=ezra, אדרי=edri,
    בן שושן=ben-shushan, אלקיים=elkayam, חביב=haviv, צור=tzur, רז=raz, ארד=arad, לב=lev,
    הראל=harel, גל=gal, שרון=sharon, ישראלי=israeli, ירושלמי=yerushalmi, מור=mor, בר=bar,
    אורן=oren, גרוס=gross, קפלן=kaplan, ברגר=berger, וולך=wallach, פרלמן=perlman,
    דוידוביץ=davidovich, יעקבי=yaakobi, בכר=bachar, נגר=nagar, ג'רבי=jerbi, ג'ונסון=johnson,
    צ'רקסקי=cherkassky, בן עמי=ben-ami, אלמליח=elmaleh, יונס=yunes, סלים=salim, חסון=hasson,
    פינטו=pinto
""")

# -- English-speaking members (olim from the US, UK, South Africa …) -------------------------------
ENGLISH_FEMALE = _items("""
    Sarah, Emily, Rachel, Rebecca, Hannah, Leah, Jessica, Ashley, Lauren, Megan, Abigail, Chloe,
    Olivia, Emma, Sophie, Natalie, Julia, Miriam, Deborah, Judith, Naomi, Susan, Linda, Karen,
    Jennifer, Elizabeth, Katie, Amy, Laura, Tova, Chana, Debbie, Michelle, Nicole, Ruth, Esther,
    Shoshana, Zoe, Ella, Ava
""")
ENGLISH_MALE = _items("""
    David, Michael, Daniel, Jonathan, Benjamin, Joshua, Samuel, Aaron, Adam, Jacob, Ethan, Noah,
    Nathan, Matthew, Andrew, Joseph, Robert, Richard, Steven, Mark, Paul, Jeremy, Zachary, Eli,
    Gabriel, Simon, Ari, Josh, Ben, Max, Jeff, Howard, Larry, Brian, Kevin, Jason, Alan, Gary,
    Dov, Yoni
""")
ENGLISH_LAST = _items("""
    Smith, Johnson, Goldberg, Cohen, Levine, Friedman, Katz, Rosen, Schwartz, Miller, Brown,
    Davis, Wilson, Taylor, Clark, Lewis, Walker, Green, Baker, Adams, Silver, Gold, Stein,
    Rubin, Kaplan, Berman, Shapiro, Feldman, Weiner, Harris, O'Brien, O'Neill, Bernstein,
    Epstein, Sherman, Fisher, Hoffman, Jacobs, Marcus, Abrams, Greene, Rosenthal, Segal, Weiss,
    Klein, Schneider, Levy, Glass, Newman, Fine
""")

# -- Russian-speaking members, names as they are written in Hebrew ---------------------------------
RUSSIAN_FEMALE = _pairs("""
    אולגה=olga, יוליה=yulia, נטליה=natalia, אירינה=irina, סבטלנה=svetlana, טטיאנה=tatiana,
    אלנה=elena, מרינה=marina, ויקטוריה=victoria, אנה=anna, יקטרינה=ekaterina, לודמילה=ludmila,
    גלינה=galina, אנסטסיה=anastasia, קסניה=ksenia, דריה=daria, פולינה=polina, אלינה=alina,
    ורה=vera, לריסה=larisa, ז'אנה=zhanna
""")
RUSSIAN_MALE = _pairs("""
    דמיטרי=dmitri, אלכסנדר=alexander, סרגיי=sergei, אנדריי=andrei, ולדימיר=vladimir,
    מיכאיל=mikhail, איגור=igor, יבגני=evgeni, אלכסיי=alexei, ניקולאי=nikolai, פאבל=pavel,
    אנטון=anton, מקסים=maxim, ויקטור=victor, בוריס=boris, אולג=oleg, ארטיום=artyom, רומן=roman,
    דניס=denis, קונסטנטין=konstantin, יורי=yuri, ואדים=vadim, לאוניד=leonid, ז'ניה=zhenya
""")
# Surnames change with gender and many women keep the -a: masculine=feminine=latin.
RUSSIAN_LAST = _triples("""
    איבנוב=איבנובה=ivanov, פטרוב=פטרובה=petrov, סמירנוב=סמירנובה=smirnov,
    קוזנצוב=קוזנצובה=kuznetsov, פופוב=פופובה=popov, סוקולוב=סוקולובה=sokolov,
    לבדב=לבדבה=lebedev, קוזלוב=קוזלובה=kozlov, נוביקוב=נוביקובה=novikov,
    מורוזוב=מורוזובה=morozov, וולקוב=וולקובה=volkov, סולוביוב=סולוביובה=soloviev,
    וסילייב=וסילייבה=vasiliev, זייצב=זייצבה=zaitsev, פבלוב=פבלובה=pavlov,
    סמיונוב=סמיונובה=semyonov, גולובין=גולובינה=golubin, בוגדנוב=בוגדנובה=bogdanov,
    קוגן=קוגן=kogan, גורביץ'=גורביץ'=gurevich, רבינוביץ'=רבינוביץ'=rabinovich,
    שפירו=שפירו=shapiro, ליברמן=ליברמן=liberman, זלמנוביץ'=זלמנוביץ'=zalmanovich,
    קרסניאנסקי=קרסניאנסקיה=krasnyansky, בלוצרקובסקי=בלוצרקובסקיה=belotserkovsky,
    גרינשפון=גרינשפון=grinshpon, מלמד=מלמד=melamed
""")

# -- Children: names given in the last twenty years ------------------------------------------------
CHILD_FEMALE = _items("""
    נועה, מאיה, תמר, אביגיל, יעל, שירה, אלה, ליה, אגם, הילה, אריאל, עדן, רומי, אלמה, ליבי, שקד,
    מיקה, נגה, טליה, רוני, Emma, Lily, Mia, אנה
""")
CHILD_MALE = _items("""
    דוד, אריאל, נועם, איתי, יהונתן, עומר, אורי, יוסף, לביא, אייל, רפאל, אדם, עידו, יואב, בארי,
    אליה, מיכאל, נהוראי, ליאו, רואי, Ethan, Noah, Leo, מקסים
""")

# -- Pets (kind=weight) ----------------------------------------------------------------------------
PET_KINDS = _weighted("""
    כלב=45, חתול=35, תוכי=6, ארנב=5, אוגר=4, דג זהב=2, שרקן=2, צב=1
""")
PET_NAMES = _items("""
    לואי, שוקו, מיקי, בל, לוסי, רקסי, טופי, צ'יקו, סימבה, נלה, לונה, מקס, בונבון, פיצי, שמנמן,
    ג'ינג'י, מוקה, קפוצ'ינו, ביסלי, במבה, פלפל, קינג, צ'רלי, מילו, לאקי, זיגי, שלג, פשוש, טייגר,
    מוצי, צ'ופצ'יק, דובי, קוקו, רוקי, טוסט, חומוס, Max, Bella, Luna, Charlie, Coco, Daisy, Buddy
""")

# -- Places (city=weight) --------------------------------------------------------------------------
CITIES = _weighted("""
    תל אביב-יפו=16, ירושלים=12, חיפה=7, ראשון לציון=6, פתח תקווה=6, אשדוד=5, נתניה=5, באר שבע=5,
    חולון=4, רמת גן=4, בני ברק=3, רחובות=3, בת ים=3, אשקלון=3, כפר סבא=3, הרצליה=3, חדרה=2,
    מודיעין-מכבים-רעות=3, רעננה=3, הוד השרון=2, גבעתיים=2, קריית גת=1, נס ציונה=2, ראש העין=2,
    קריית אתא=1, נהריה=1, עכו=1, אילת=1, טבריה=1, צפת=1, כרמיאל=1, עפולה=1, יבנה=1, אור יהודה=1,
    זכרון יעקב=1, קיסריה=1, גבעת שמואל=1, יהוד-מונוסון=1, מעלה אדומים=1
""")
STREETS = _items("""
    הרצל, ויצמן, ז'בוטינסקי, רוטשילד, בן גוריון, הנביאים, סוקולוב, אחד העם, ביאליק, העצמאות,
    הרב קוק, שדרות ירושלים, דיזנגוף, אלנבי, הגפן, הזית, התאנה, הרימון, האלה, האורן, הברוש,
    ההדסים, הנרקיס, הרקפת, הכלנית, משה שרת, גולדה מאיר, יגאל אלון, רבי עקיבא, המלך דוד, הפלמ"ח,
    ההגנה, קק"ל, אבן גבירול, בר אילן
""")

# -- Club details ----------------------------------------------------------------------------------
EMAIL_DOMAINS = _weighted("""
    gmail.com=60, walla.co.il=10, hotmail.com=8, yahoo.com=7, outlook.com=6, 012.net.il=3,
    bezeqint.net=3, icloud.com=3
""")
SOURCES = _items("""
    המלצה של חבר, אינסטגרם, פייסבוק, גוגל, עבר ברחוב, אתר, שלט בחנות, טיקטוק, יריד, ועד עובדים
""")
TAGS = _items("""
    VIP, קבוע, משלוחים, אונליין, סיטונאי, שכונה, אירועים, מתנות, עובד
""")
CONSENT_HOW = _items("""
    בקופה, טופס באתר, בטלפון, טופס נייר
""")
NOTES_FEMALE = _items("""
    מעדיפה ללא בישום, אלרגית לאגוזים, מעדיפה שיחה ולא הודעה, לשמור לה מידה M, מגיעה בימי שישי,
    אוהבת צבעים בהירים, לא לשלוח הודעות בשבת, מעדיפה משלוח עד הבית
""")
NOTES_MALE = _items("""
    מעדיף ללא בישום, אלרגי לאגוזים, מעדיף שיחה ולא הודעה, קונה מתנות לאשתו, מגיע בימי שישי,
    לא לשלוח הודעות בשבת, מעדיף איסוף עצמי, משלם תמיד במזומן
""")
