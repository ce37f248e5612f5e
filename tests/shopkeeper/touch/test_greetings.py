"""Greeting texts: every occasion in Hebrew (feminine, masculine, neutral) and English, a child's
birthday worded by the child's gender, a pet's, names kept exactly, the WhatsApp link."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from shopkeeper.errors import InvalidValue, MemberNotFound, SubjectNotFound
from shopkeeper.touch.greetings import OCCASIONS, PROMOTIONS, Greeting
from tests.shopkeeper.touch.greeting_support import SHOP_NAME, add_member, family

SIGNED_HE = f"באהבה, {SHOP_NAME}"
SIGNED_EN = f"With love, {SHOP_NAME}"

HEBREW = {
    ("birthday", "f"): [
        "מזל טוב ליום ההולדת, דנה היקרה! 🎂",
        "בת 40 ועד 120!",
        "מאחלים לך שנה של בריאות, שמחה והגשמה.",
        SIGNED_HE,
    ],
    ("birthday", "m"): [
        "מזל טוב ליום ההולדת, דנה היקר! 🎂",
        "בן 40 ועד 120!",
        "מאחלים לך שנה של בריאות, שמחה והגשמה.",
        SIGNED_HE,
    ],
    ("birthday", ""): [
        "מזל טוב ליום ההולדת, דנה היקר/ה! 🎂",
        "בן/בת 40 ועד 120!",
        "מאחלים לך שנה של בריאות, שמחה והגשמה.",
        SIGNED_HE,
    ],
    ("thanks", "f"): [
        "תודה רבה, דנה! 🌸",
        "מקווים שתיהני מהקנייה.",
        "נשמח לראות אותך שוב!",
        SIGNED_HE,
    ],
    ("thanks", "m"): [
        "תודה רבה, דנה! 🌸",
        "מקווים שתיהנה מהקנייה.",
        "נשמח לראות אותך שוב!",
        SIGNED_HE,
    ],
    ("thanks", ""): [
        "תודה רבה, דנה! 🌸",
        "מקווים שתיהנו מהקנייה.",
        "נשמח לראות אותך שוב!",
        SIGNED_HE,
    ],
    ("ready", "f"): [
        "היי דנה, ההזמנה שלך מוכנה לאיסוף! 📦",
        "מוזמנת לבוא לאסוף אותה בשעות הפתיחה.",
        f"תודה, {SHOP_NAME}",
    ],
    ("ready", "m"): [
        "היי דנה, ההזמנה שלך מוכנה לאיסוף! 📦",
        "מוזמן לבוא לאסוף אותה בשעות הפתיחה.",
        f"תודה, {SHOP_NAME}",
    ],
    ("ready", ""): [
        "היי דנה, ההזמנה שלך מוכנה לאיסוף! 📦",
        "מוזמן/ת לבוא לאסוף אותה בשעות הפתיחה.",
        f"תודה, {SHOP_NAME}",
    ],
    ("winback", "f"): [
        "היי דנה, מזמן לא ראינו אותך והתגעגענו!",
        "מקווים שהכול טוב אצלך, ותמיד נשמח לראות אותך.",
        "שמרי על עצמך 💛",
        SIGNED_HE,
    ],
    ("winback", "m"): [
        "היי דנה, מזמן לא ראינו אותך והתגעגענו!",
        "מקווים שהכול טוב אצלך, ותמיד נשמח לראות אותך.",
        "שמור על עצמך 💛",
        SIGNED_HE,
    ],
    ("winback", ""): [
        "היי דנה, מזמן לא ראינו אותך והתגעגענו!",
        "מקווים שהכול טוב אצלך, ותמיד נשמח לראות אותך.",
        "שמור/י על עצמך 💛",
        SIGNED_HE,
    ],
}

ENGLISH = {
    "birthday": [
        "Happy birthday, דנה! 🎂",
        "Here's to 40 and many more!",
        "Wishing you a year full of health, joy and good moments.",
        SIGNED_EN,
    ],
    "thanks": [
        "Thank you, דנה! 🌸",
        "We hope you enjoy your purchase.",
        "We'd love to see you again!",
        SIGNED_EN,
    ],
    "ready": [
        "Hi דנה, your order is ready for pickup! 📦",
        "Come and collect it whenever suits you during opening hours.",
        f"Thanks, {SHOP_NAME}",
    ],
    "winback": [
        "Hi דנה, it's been a while and we miss you!",
        "We hope all is well, and we'd always love to see you.",
        "Take care 💛",
        SIGNED_EN,
    ],
}


@pytest.mark.parametrize(("occasion", "form"), list(HEBREW))
def test_hebrew_texts_follow_the_form_of_address(shop, occasion, form):
    member_id = family(shop, form)
    greeting = shop.greetings.compose(member_id, occasion, language="he")
    assert greeting.text.split("\n") == HEBREW[occasion, form]
    assert greeting.occasion == occasion and not greeting.promotional


@pytest.mark.parametrize("form", ["f", "m", ""])
@pytest.mark.parametrize("occasion", list(ENGLISH))
def test_english_texts(shop, occasion, form):
    member_id = family(shop, form)
    greeting = shop.greetings.compose(member_id, occasion, language="en")
    assert greeting.text.split("\n") == ENGLISH[occasion]


def test_the_shop_language_is_the_default(shop):
    member_id = family(shop)
    assert shop.greetings.compose(member_id).text.startswith("מזל טוב ליום ההולדת")
    shop.settings.set("language", "en")
    assert shop.greetings.compose(member_id).text.startswith("Happy birthday")


def test_thanks_mentions_points_only_when_there_are_some(shop):
    member_id = family(shop)
    shop.ledger.adjust(member_id, 1234, "test", "tester")
    he = shop.greetings.compose(member_id, "thanks", language="he").text.split("\n")
    en = shop.greetings.compose(member_id, "thanks", language="en").text.split("\n")
    assert he[2] == "יש לך עכשיו 1,234 נקודות במועדון."
    assert en[2] == "You now have 1,234 points in our club."


# ---------------------------------------------------------------- children and pets


@pytest.mark.parametrize("parent_form", ["f", "m", ""])
def test_a_daughters_birthday_is_worded_for_her(shop, parent_form):
    member_id = family(shop, parent_form)
    greeting = shop.greetings.compose(member_id, child="נועה", language="he")
    assert greeting.occasion == "child_birthday"
    assert greeting.text.split("\n") == [
        "היי דנה, מזל טוב לבתך נועה ליום ההולדת! 🎈",
        "בת 8 ועד 120!",
        "מאחלים לה שנה מלאה בשמחה, צחוק והפתעות.",
        SIGNED_HE,
    ]


def test_a_sons_birthday_is_worded_for_him(shop):
    member_id = family(shop, "f")
    he = shop.greetings.compose(member_id, child="Tom", language="he")
    en = shop.greetings.compose(member_id, child="Tom", language="en")
    assert he.text.split("\n")[:3] == [
        "היי דנה, מזל טוב לבנך Tom ליום ההולדת! 🎈",
        "בן 6 ועד 120!",  # on the coming birthday, 01/12/2026
        "מאחלים לו שנה מלאה בשמחה, צחוק והפתעות.",
    ]
    assert en.text.split("\n") == [
        "Hi דנה, happy birthday to your son Tom! 🎈",
        "He's turning 6 – how exciting!",
        "Wishing him a year full of fun, laughter and surprises.",
        SIGNED_EN,
    ]


def test_a_daughter_in_english(shop):
    member_id = family(shop)
    text = shop.greetings.compose(member_id, child="נועה", language="en").text
    assert text.split("\n")[:3] == [
        "Hi דנה, happy birthday to your daughter נועה! 🎈",
        "She's turning 8 – how exciting!",
        "Wishing her a year full of fun, laughter and surprises.",
    ]


def test_a_child_without_gender_or_birthday(shop):
    member_id = family(shop)
    he = shop.greetings.compose(member_id, child="alex", language="he").text
    en = shop.greetings.compose(member_id, child="Alex", language="en").text
    assert he.split("\n") == [
        "היי דנה, מזל טוב לילדך Alex ליום ההולדת! 🎈",
        "מאחלים לו/לה שנה מלאה בשמחה, צחוק והפתעות.",
        SIGNED_HE,
    ]
    assert en.split("\n")[:2] == [
        "Hi דנה, happy birthday to your child Alex! 🎈",
        "Wishing them a year full of fun, laughter and surprises.",
    ]


@pytest.mark.parametrize(("form", "word"), [("f", "תחגגי"), ("m", "תחגוג"), ("", "תחגגו")])
def test_a_pets_birthday(shop, form, word):
    member_id = family(shop, form)
    greeting = shop.greetings.compose(member_id, "birthday", pet="רקס", language="he")
    assert greeting.occasion == "pet_birthday"
    assert greeting.text.split("\n") == [
        "היי דנה, מזל טוב לרקס ליום ההולדת! 🐾",
        "מאחלים המון ליטופים, חטיפים טעימים ובריאות טובה.",
        f"{word} בכיף!",
        SIGNED_HE,
    ]


def test_a_pets_birthday_in_english_names_its_kind(shop):
    member_id = family(shop)
    text = shop.greetings.compose(member_id, pet="רקס", language="en").text
    assert text.split("\n") == [
        "Hi דנה, happy birthday to רקס! 🐾",
        "Give the birthday dog a big hug from us.",
        "Wishing רקס lots of cuddles, tasty treats and good health.",
        SIGNED_EN,
    ]


def test_an_unknown_child_or_pet(shop):
    member_id = family(shop)
    with pytest.raises(SubjectNotFound) as raised:
        shop.greetings.compose(member_id, child="Dan")
    assert raised.value.params == {"name": "דנה לוי", "kind": "child", "subject": "Dan"}
    with pytest.raises(SubjectNotFound):
        shop.greetings.compose(member_id, pet="נועה")


@pytest.mark.parametrize(
    ("occasion", "child", "pet"),
    [
        ("christmas", None, None),
        ("thanks", "נועה", None),
        ("birthday", "נועה", "רקס"),
        ("child_birthday", None, None),
        ("pet_birthday", None, None),
        ("coupon", None, None),
    ],
)
def test_refused_requests(shop, occasion, child, pet):
    member_id = family(shop)
    with pytest.raises(InvalidValue):
        shop.greetings.compose(member_id, occasion, child=child, pet=pet)


def test_unknown_member_and_language(shop):
    member_id = family(shop)
    with pytest.raises(MemberNotFound):
        shop.greetings.compose(member_id + 99)
    with pytest.raises(InvalidValue):
        shop.greetings.compose(member_id, language="fr")


# ---------------------------------------------------------------- ages


def test_no_birth_year_no_age_line(shop):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop, birthday="28/11")
    he = shop.greetings.compose(member_id, language="he").text.split("\n")
    en = shop.greetings.compose(member_id, language="en").text.split("\n")
    assert he == [
        "מזל טוב ליום ההולדת, דנה היקרה! 🎂",
        "מאחלים לך שנה של בריאות, שמחה והגשמה.",
        SIGNED_HE,
    ]
    assert "Here's to" not in "\n".join(en)


@pytest.mark.parametrize(
    ("birthday", "age"),
    [
        ("26/11/1986", 40),  # today
        ("20/11/1986", 40),  # six days ago: a late greeting is for that birthday
        ("19/11/1986", 40),  # a week ago, still
        ("18/11/1986", 41),  # longer ago: the coming one
        ("25/12/1986", 40),
        ("29/02/1988", 39),  # celebrated on 28/02/2027
    ],
)
def test_age_on_the_birthday_being_greeted(shop, birthday, age):
    member_id = add_member(shop, birthday=birthday)
    assert shop.greetings.compose(member_id, language="he").text.split("\n")[1] == (
        f"בת {age} ועד 120!"
    )


@pytest.mark.parametrize(("hebrew", "age"), [(False, 40), (True, 41)])
def test_age_on_the_hebrew_calendar(shop, hebrew, age):
    # born 10/12/1986 = 8 Kislev 5747: the Gregorian birthday is on 10/12/2026 (40); the Hebrew
    # one, 8 Kislev 5787 = 18/11/2026, was eight days ago, so 8 Kislev 5788 (41) is greeted
    member_id = add_member(shop, birthday="10/12/1986", hebrew=hebrew)
    assert shop.greetings.compose(member_id, language="he").text.split("\n")[1] == (
        f"בת {age} ועד 120!"
    )


def test_no_shop_name_no_signature(shop):
    member_id = add_member(shop)
    lines = shop.greetings.compose(member_id, "ready", language="he").text.split("\n")
    assert lines == [
        "היי דנה, ההזמנה שלך מוכנה לאיסוף! 📦",
        "מוזמנת לבוא לאסוף אותה בשעות הפתיחה.",
    ]


# ---------------------------------------------------------------- names and the link

ODD_NAME = '<b>Dana</b> & "Co" 🌸👩‍👧'


@pytest.mark.parametrize("language", ["he", "en"])
def test_names_come_through_exactly(shop, language):
    shop.settings.set("shop_name", "Tom & <Jerry> 🐭")
    member_id = add_member(shop, ODD_NAME, form="f")
    greeting = shop.greetings.compose(member_id, "thanks", language=language)
    assert ODD_NAME in greeting.text
    assert "Tom & <Jerry> 🐭" in greeting.text
    assert "&amp;" not in greeting.text and "&lt;" not in greeting.text
    assert "\u2068" not in greeting.text  # plain text: no isolates


@pytest.mark.parametrize("occasion", ["birthday", "thanks", "ready", "winback"])
def test_the_whatsapp_link_decodes_to_the_text(shop, occasion):
    member_id = add_member(shop, ODD_NAME)
    greeting = shop.greetings.compose(member_id, occasion)
    parts = urlsplit(greeting.whatsapp_url)
    assert (parts.scheme, parts.netloc) == ("https", "wa.me")
    assert parts.path == "/" + shop.members.get(member_id).phone.lstrip("+")
    assert parse_qs(parts.query, keep_blank_values=True)["text"] == [greeting.text]
    assert unquote(parts.query.removeprefix("text=")) == greeting.text
    assert "+" not in parts.query and " " not in parts.query


def test_isolated_values_for_print(shop):
    member_id = family(shop)
    text = shop.greetings.compose(member_id, child="Tom", isolated=True).text
    assert "\u2068Tom\u2069" in text and "\u2068דנה\u2069" in text


def test_greeting_json(shop):
    member_id = family(shop)
    greeting = shop.greetings.compose(member_id, "ready")
    assert isinstance(greeting, Greeting)
    assert greeting.to_json() == {
        "text": greeting.text,
        "whatsapp_url": greeting.whatsapp_url,
        "occasion": "ready",
    }


def test_every_default_template_is_valid_and_distinct(shop):
    for language in ("he", "en"):
        texts = [shop.greetings.default_template(o, language) for o in OCCASIONS + PROMOTIONS]
        assert len(set(texts)) == len(texts)
        for text in texts:
            assert shop.greetings.save_template("thanks", language, text) == text
