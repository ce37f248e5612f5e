"""The note template language: every placeholder, gendered forms, errors instead of blanks."""

from __future__ import annotations

from datetime import date

import pytest

from shopkeeper.errors import TooManyForms, UnbalancedBraces, UnknownPlaceholder
from shopkeeper.printing.layout import isolate
from shopkeeper.printing.placeholders import (
    PLACEHOLDERS,
    NoteValues,
    amount_text,
    check_template,
    choose_form,
    neutral_form,
    placeholders_in,
    render,
)

NBSP = "\u00a0"
DANA = NoteValues(
    first_name="Dana",
    last_name="לוי",
    address_form="f",
    points=1234,
    tier="כסף",
    next_tier="זהב",
    to_next_tier=150_00,
    stamps_left=3,
    coupon="AB12CD34",
    last_item="Mug (large)",
    shop_name="הסדנה של רותי",
    date=date(2026, 11, 26),
)


@pytest.mark.parametrize(
    ("name", "language", "text"),
    [
        ("first_name", "he", "Dana"),
        ("last_name", "he", "לוי"),
        ("points", "he", "1,234"),
        ("tier", "he", "כסף"),
        ("points_to_next_tier", "he", f"₪{NBSP}150"),
        ("points_to_next_tier", "en", "₪150"),
        ("next_tier", "he", "זהב"),
        ("stamps_left", "he", "3"),
        ("coupon", "he", "AB12CD34"),
        ("last_item", "en", "Mug (large)"),
        ("shop_name", "he", "הסדנה של רותי"),
        ("date", "he", "26/11/2026"),
    ],
)
def test_every_placeholder_is_filled_in_isolated(name, language, text):
    assert render(f"<{{{name}}}>", DANA, language=language) == f"<{isolate(text)}>"


def test_the_tests_cover_every_placeholder():
    covered = {
        "first_name", "last_name", "points", "tier", "points_to_next_tier", "next_tier",
        "stamps_left", "coupon", "last_item", "shop_name", "date",
    }  # fmt: skip
    assert covered == set(PLACEHOLDERS)


def test_spaces_inside_the_braces_are_allowed():
    assert render("{ first_name }", DANA) == isolate("Dana")


def test_amounts_keep_agorot_and_thousands():
    assert amount_text(1_234_50, "he") == f"₪{NBSP}1,234.50"
    assert amount_text(149_90, "en") == "₪149.90"
    assert amount_text(20_00, "en") == "₪20"


def test_a_value_cannot_break_out_of_its_isolate_or_its_line():
    sly = NoteValues(first_name="A\u202eB\nC\u2069D")
    assert render("שלום {first_name}!", sly) == "שלום \u2068AB CD\u2069!"


# ---------------------------------------------------------------- gendered forms


@pytest.mark.parametrize(
    ("form", "expected"),
    [("m", "לקוח יקר"), ("f", "לקוחה יקרה"), ("", "לקוח/ה יקר/ה")],
)
def test_gendered_forms_follow_the_form_of_address(form, expected):
    values = NoteValues(first_name="נועה", address_form=form)
    assert render("{לקוח יקר|לקוחה יקרה}, {first_name}", values) == (
        f"{expected}, {isolate('נועה')}"
    )


def test_a_third_form_is_the_neutral_one():
    template = "מקווים {שתיהנה|שתיהני|שתיהנו}"
    assert render(template, NoteValues(address_form="")) == "מקווים שתיהנו"
    assert render(template, NoteValues(address_form="f")) == "מקווים שתיהני"
    assert render(template, NoteValues(address_form="m")) == "מקווים שתיהנה"


@pytest.mark.parametrize(
    ("masculine", "feminine", "neutral"),
    [
        ("יקר", "יקרה", "יקר/ה"),
        ("לקוח יקר", "לקוחה יקרה", "לקוח/ה יקר/ה"),
        ("נאמן", "נאמנה", "נאמן/ה"),  # across the final letter
        ("שתיהנה", "שתיהני", "שתיהנה/שתיהני"),
        ("אתה", "את", "אתה/את"),
        ("תודה לך", "תודה לך", "תודה לך"),
        ("ילד", "ילדה קטנה", "ילד/ילדה קטנה"),  # different numbers of words: whole
        ("Dear sir", "Dear madam", "Dear sir/madam"),
        ("", "ה", "/ה"),  # יקר{|ה} → יקר/ה
    ],
)
def test_the_neutral_form_is_made_word_by_word(masculine, feminine, neutral):
    assert neutral_form(masculine, feminine) == neutral
    assert choose_form((masculine, feminine), "") == neutral


def test_a_suffix_alternative_inside_a_word():
    assert render("יקר{|ה}", NoteValues(address_form="")) == "יקר/ה"
    assert render("יקר{|ה}", NoteValues(address_form="f")) == "יקרה"


# ---------------------------------------------------------------- errors, never blanks


def test_an_unknown_placeholder_is_an_error_not_a_blank():
    template = "שלום {frist_name}, יש לך {points} נקודות"
    problems = check_template(template)
    assert [type(p) for p in problems] == [UnknownPlaceholder]
    assert problems[0].params == {"name": "frist_name", "at": 5}
    assert str(problems[0]) == "“{frist_name}” is not a placeholder a note can fill in."
    with pytest.raises(UnknownPlaceholder):
        render(template, DANA)


def test_every_problem_is_listed_with_its_place():
    template = "{first_name} {שם}\n{points} {a|b|c|d} {tier\nבסוף }"
    problems = check_template(template)
    assert [(type(p), p.params["at"]) for p in problems] == [
        (UnknownPlaceholder, 13),
        (TooManyForms, 27),
        (UnbalancedBraces, 37),
        (UnbalancedBraces, 48),
    ]


@pytest.mark.parametrize(
    "template",
    ["{first_name", "first_name}", "{first{name}", "}{", "{first_name\n}", "{{first_name}"],
)
def test_unbalanced_braces_are_an_error(template):
    assert any(isinstance(p, UnbalancedBraces) for p in check_template(template))
    with pytest.raises(UnbalancedBraces):
        render(template, DANA)


def test_doubled_braces_print_a_brace():
    assert check_template("{{first_name}} {{ }}") == []
    assert render("{{first_name}} {{ }}", DANA) == "{first_name} { }"


def test_empty_braces_are_an_unknown_placeholder():
    assert [type(p) for p in check_template("a {} b")] == [UnknownPlaceholder]


def test_placeholders_in_lists_what_a_template_uses():
    assert placeholders_in("{first_name} {היקר|היקרה} {coupon}\n{first_name}") == {
        "first_name",
        "coupon",
    }


# ---------------------------------------------------------------- values a member lacks


def test_a_line_about_a_missing_value_is_left_out():
    template = "שלום {first_name}\nעוד {points_to_next_tier} לדרגת {next_tier}\nקוד: {coupon}\nביי"
    top_tier = NoteValues(first_name="דנה", tier="VIP", next_tier=None, to_next_tier=None)
    assert render(template, top_tier) == f"שלום {isolate('דנה')}\nביי"
    assert render(template, DANA).count("\n") == 3


def test_no_stamp_card_and_no_purchase_drop_their_lines():
    values = NoteValues(first_name="Dana")
    assert render("a\n{stamps_left} stamps\n{last_item}\nb", values, language="en") == "a\nb"


def test_no_shop_name_yet_leaves_out_the_sign_off():
    from shopkeeper.printing.templates import DEFAULT_TEMPLATES

    unnamed = NoteValues(first_name="דנה", points=10, tier="כסף", shop_name="")
    for template, sign_off in zip(DEFAULT_TEMPLATES, ("באהבה,", "With love,"), strict=True):
        text = render(template.body, unnamed, language=template.language)
        assert sign_off not in text
        assert not text.rstrip().endswith(",")
        named = render(template.body, DANA, language=template.language)
        assert named.splitlines()[-1] == f"{sign_off} {isolate(DANA.shop_name)}"


def test_an_empty_name_leaves_no_double_space():
    values = NoteValues(first_name="Dana", last_name="")
    assert render("Dear {first_name} {last_name}, hi", values) == f"Dear {isolate('Dana')}, hi"
    assert render("{last_name} {first_name}!", values) == f"{isolate('Dana')}!"


def test_zero_points_and_zero_stamps_are_values_not_blanks():
    values = NoteValues(points=0, stamps_left=0)
    assert render("{points}/{stamps_left}", values) == f"{isolate('0')}/{isolate('0')}"
