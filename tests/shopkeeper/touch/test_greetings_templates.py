"""Editing the greeting texts: saved per occasion and language, checked, reset to the default."""

from __future__ import annotations

import pytest

from shopkeeper.errors import InvalidValue, TooManyForms, UnbalancedBraces, UnknownPlaceholder
from shopkeeper.touch.greeting_texts import DEFAULTS
from shopkeeper.touch.greetings import OCCASIONS, PROMOTIONS
from tests.shopkeeper.touch.greeting_support import family


def test_defaults_live_in_code_until_edited(shop):
    for occasion in OCCASIONS + PROMOTIONS:
        for language in ("he", "en"):
            assert shop.greetings.template(occasion, language) == DEFAULTS[language][occasion]
            assert not shop.greetings.edited(occasion, language)
    count = shop.db.connection().execute("SELECT COUNT(*) FROM greeting_template").fetchone()
    assert count == (0,)


def test_an_edited_text_is_used_and_reset_brings_the_default_back(shop):
    member_id = family(shop, "m")
    body = "{first_name}, תודה! {חזור|חזרי} בקרוב 🙂\nיש לך {points} נקודות"
    assert shop.greetings.save_template("thanks", "he", body + "\r\n") == body
    assert shop.greetings.template("thanks", "he") == body
    assert shop.greetings.edited("thanks", "he")
    assert shop.greetings.template("thanks", "en") == DEFAULTS["en"]["thanks"]
    assert (
        shop.greetings.compose(member_id, "thanks", language="he").text
        == "דנה, תודה! חזור בקרוב 🙂"
    )

    shop.ledger.adjust(member_id, 20, "test", "tester")
    assert shop.greetings.compose(member_id, "thanks", language="he").text.split("\n") == [
        "דנה, תודה! חזור בקרוב 🙂",
        "יש לך 20 נקודות",
    ]
    assert shop.greetings.reset_template("thanks", "he") == DEFAULTS["he"]["thanks"]
    assert not shop.greetings.edited("thanks", "he")
    assert shop.greetings.compose(member_id, "thanks", language="he").text.startswith("תודה רבה")


def test_saving_again_replaces_and_stamps(shop):
    shop.greetings.save_template("winback", "en", "Miss you, {first_name}!")
    shop.greetings.save_template("winback", "en", "We miss you, {first_name}!")
    rows = (
        shop.db.connection()
        .execute("SELECT occasion, language, body, updated_at FROM greeting_template")
        .fetchall()
    )
    assert rows == [("winback", "en", "We miss you, {first_name}!", "2026-11-26T10:30:00")]


def test_a_child_template_takes_the_childs_placeholders(shop):
    member_id = family(shop)
    shop.greetings.save_template(
        "child_birthday", "en", "{child_name} is {child_age}! Hug {him|her|them} for us."
    )
    text = shop.greetings.compose(member_id, child="נועה", language="en").text
    assert text == "נועה is 8! Hug her for us."


def test_a_pet_template_takes_the_pets_placeholders(shop):
    member_id = family(shop)
    shop.greetings.save_template(
        "pet_birthday", "he", "{pet_name} ה{pet_kind} בן {pet_age}!\n{date}"
    )
    text = shop.greetings.compose(member_id, pet="רקס", language="he").text
    assert text == "רקס הכלב בן 5!\n26/11/2026"


@pytest.mark.parametrize(
    ("body", "error", "at"),
    [
        ("Hi {frist_name}", UnknownPlaceholder, 3),
        ("Hi {coupon}", UnknownPlaceholder, 3),  # a note's placeholder, not a greeting's
        ("Hi {first_name", UnbalancedBraces, 3),
        ("Hi first_name}", UnbalancedBraces, 13),
        ("{a|b|c|d}", TooManyForms, 0),
    ],
)
def test_a_bad_text_is_refused_and_nothing_is_stored(shop, body, error, at):
    with pytest.raises(error) as raised:
        shop.greetings.save_template("birthday", "he", body)
    assert raised.value.params["at"] == at
    assert shop.greetings.template("birthday", "he") == DEFAULTS["he"]["birthday"]


@pytest.mark.parametrize(
    ("occasion", "language", "body"),
    [("birthday", "he", "  \n "), ("party", "he", "hi"), ("birthday", "fr", "hi")],
)
def test_refused_values(shop, occasion, language, body):
    with pytest.raises(InvalidValue):
        shop.greetings.save_template(occasion, language, body)


def test_unknown_occasion_or_language_have_no_default(shop):
    with pytest.raises(InvalidValue):
        shop.greetings.default_template("party", "he")
    with pytest.raises(InvalidValue):
        shop.greetings.template("birthday", "ru")
    with pytest.raises(InvalidValue):
        shop.greetings.reset_template("party", "en")


def test_a_promotion_text_can_be_edited_but_keeps_its_frame(shop):
    member_id = family(shop)
    shop.members.set_consent(member_id, "sms", True, "form")
    shop.greetings.save_template("sale", "he", "סוף עונה! {details}")
    text = shop.greetings.promotion(member_id, "sms", "sale", language="he", details="50%")
    assert text.text.split("\n") == [
        "פרסומת – הסדנה של רותי",
        "סוף עונה! 50%",
        "להסרה השיבו ״הסר״",
    ]
