"""The greetings' default wording, in Hebrew and English, and the frame every advertisement gets.

Templates use the note template language (``shopkeeper.printing.placeholders``): placeholders
in braces and ``{masculine|feminine|neutral}`` forms.  The member's form of address picks the
forms, except in a child's birthday greeting, where the child's gender picks them (the wording
about the child changes; the parent is addressed in words the same for both).

Hebrew lines start with a Hebrew word, so a text beginning with a Latin name is still shown right
to left by the phone that receives it.
"""

from __future__ import annotations

OCCASIONS = ("birthday", "child_birthday", "pet_birthday", "thanks", "ready", "winback")
PROMOTIONS = ("coupon", "sale")
LANGUAGES = ("he", "en")

# every placeholder a greeting may use
PLACEHOLDERS = (
    "first_name",
    "last_name",
    "shop_name",
    "points",
    "tier",
    "date",
    "age",
    "child_name",
    "child_age",
    "pet_name",
    "pet_kind",
    "pet_age",
    "details",
)
# a line using one of these is left out when there is no such value (no points yet, no birth
# year, no shop name set), so a greeting never says "you have  points"
OPTIONAL = frozenset(
    {
        "shop_name",
        "points",
        "age",
        "child_name",
        "child_age",
        "pet_name",
        "pet_kind",
        "pet_age",
        "details",
    }
)

DEFAULTS: dict[str, dict[str, str]] = {
    "he": {
        "birthday": (
            "מזל טוב ליום ההולדת, {first_name} {היקר|היקרה}! 🎂\n"
            "{בן|בת} {age} ועד 120!\n"
            "מאחלים לך שנה של בריאות, שמחה והגשמה.\n"
            "באהבה, {shop_name}"
        ),
        "child_birthday": (
            "היי {first_name}, מזל טוב ל{בנך|בתך|ילדך} {child_name} ליום ההולדת! 🎈\n"
            "{בן|בת|בן/בת} {child_age} ועד 120!\n"
            "מאחלים {לו|לה|לו/לה} שנה מלאה בשמחה, צחוק והפתעות.\n"
            "באהבה, {shop_name}"
        ),
        "pet_birthday": (
            "היי {first_name}, מזל טוב ל{pet_name} ליום ההולדת! 🐾\n"
            "מאחלים המון ליטופים, חטיפים טעימים ובריאות טובה.\n"
            "{תחגוג|תחגגי|תחגגו} בכיף!\n"
            "באהבה, {shop_name}"
        ),
        "thanks": (
            "תודה רבה, {first_name}! 🌸\n"
            "מקווים {שתיהנה|שתיהני|שתיהנו} מהקנייה.\n"
            "יש לך עכשיו {points} נקודות במועדון.\n"
            "נשמח לראות אותך שוב!\n"
            "באהבה, {shop_name}"
        ),
        "ready": (
            "היי {first_name}, ההזמנה שלך מוכנה לאיסוף! 📦\n"
            "{מוזמן|מוזמנת} לבוא לאסוף אותה בשעות הפתיחה.\n"
            "תודה, {shop_name}"
        ),
        "winback": (
            "היי {first_name}, מזמן לא ראינו אותך והתגעגענו!\n"
            "מקווים שהכול טוב אצלך, ותמיד נשמח לראות אותך.\n"
            "{שמור|שמרי|שמור/י} על עצמך 💛\n"
            "באהבה, {shop_name}"
        ),
        "coupon": (
            "היי {first_name}, יש לנו קופון במיוחד בשבילך! 🎁\n"
            "{details}\n"
            "{מוזמן|מוזמנת} לממש אותו בחנות."
        ),
        "sale": ("היי {first_name}, מבצע חדש אצלנו! 🛍️\n{details}\n{מוזמן|מוזמנת} לקפוץ ולהתרשם."),
    },
    "en": {
        "birthday": (
            "Happy birthday, {first_name}! 🎂\n"
            "Here's to {age} and many more!\n"
            "Wishing you a year full of health, joy and good moments.\n"
            "With love, {shop_name}"
        ),
        "child_birthday": (
            "Hi {first_name}, happy birthday to your {son|daughter|child} {child_name}! 🎈\n"
            "{He's|She's|They're} turning {child_age} – how exciting!\n"
            "Wishing {him|her|them} a year full of fun, laughter and surprises.\n"
            "With love, {shop_name}"
        ),
        "pet_birthday": (
            "Hi {first_name}, happy birthday to {pet_name}! 🐾\n"
            "Give the birthday {pet_kind} a big hug from us.\n"
            "Wishing {pet_name} lots of cuddles, tasty treats and good health.\n"
            "With love, {shop_name}"
        ),
        "thanks": (
            "Thank you, {first_name}! 🌸\n"
            "We hope you enjoy your purchase.\n"
            "You now have {points} points in our club.\n"
            "We'd love to see you again!\n"
            "With love, {shop_name}"
        ),
        "ready": (
            "Hi {first_name}, your order is ready for pickup! 📦\n"
            "Come and collect it whenever suits you during opening hours.\n"
            "Thanks, {shop_name}"
        ),
        "winback": (
            "Hi {first_name}, it's been a while and we miss you!\n"
            "We hope all is well, and we'd always love to see you.\n"
            "Take care 💛\n"
            "With love, {shop_name}"
        ),
        "coupon": (
            "Hi {first_name}, we have a coupon just for you! 🎁\n"
            "{details}\n"
            "Use it in the shop whenever you like."
        ),
        "sale": (
            "Hi {first_name}, there's a sale on at our shop! 🛍️\n{details}\nCome in and have a look."
        ),
    },
}

# Israeli law (the Communications Law, section 30A) wants an advertisement to open with the word
# "פרסומת" and the advertiser's name, and to say how to refuse further ones.
ADVERTISEMENT = {"he": "פרסומת", "en": "Advertisement"}
OPT_OUT = {"he": "להסרה השיבו ״הסר״", "en": "Reply STOP to opt out"}

# common pet kinds as each language names them; anything else is used as typed
_PET_KINDS = (
    ("dog", "כלב", "כלבה"),
    ("cat", "חתול", "חתולה"),
    ("puppy", "גור", "גורה"),
    ("kitten", "חתלתול", "חתלתולה"),
    ("rabbit", "ארנב", "ארנבת"),
    ("bird", "ציפור"),
    ("parrot", "תוכי", "תוכית"),
    ("fish", "דג", "דגה"),
    ("hamster", "אוגר", "אוגרת"),
    ("guinea pig", "שרקן", "שרקנית"),
    ("turtle", "צב", "צבה"),
    ("horse", "סוס", "סוסה"),
)
_KIND_INDEX = {name: kinds for kinds in _PET_KINDS for name in kinds}


def advertisement_frame(body: str, shop_name: str, language: str) -> str:
    """``body`` as an advertisement: the marking and the shop's name first, the way to opt
    out last."""
    return f"{ADVERTISEMENT[language]} – {shop_name}\n{body}\n{OPT_OUT[language]}"


def pet_kind_text(kind: str, language: str) -> str:
    """A pet's kind in ``language`` when it is a common one (dog ↔ כלב), else as typed."""
    kinds = _KIND_INDEX.get(kind.strip().lower())
    if kinds is None:
        return kind.strip()
    if language == "en":
        return kinds[0]
    return kind.strip() if kind.strip() in kinds[1:] else kinds[1]
