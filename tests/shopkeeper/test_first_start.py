"""The set-up's programme choices and the plain-words example computed from them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from shopkeeper.errors import InvalidProgramme
from shopkeeper.first_start import ProgrammeChoices, example_lines
from shopkeeper.loyalty.programme import Programme


def test_the_default_programme_in_plain_words():
    choices = ProgrammeChoices.of(Programme())
    assert example_lines(choices, "en") == [
        "₪100 gives 100 points = ₪10 back",
        "50 points as a gift for joining",
        "100 points as a birthday gift",
        "Unused points expire after 24 months",
    ]
    assert example_lines(choices, "he")[0] == "קנייה של ₪100 נותנת 100 נקודות = ₪10 בחזרה"


def test_the_example_follows_the_values():
    choices = ProgrammeChoices(Decimal("0.5"), 5, 0, 20, 0)
    assert example_lines(choices, "en") == [
        "₪100 gives 50 points = ₪2.50 back",
        "20 points as a birthday gift",
        "Points never expire",
    ]
    assert example_lines(choices, "he")[-1] == "הנקודות אינן פגות"
    assert example_lines(replace(choices, points_per_shekel=Decimal("0.01")), "en")[0] == (
        "₪100 gives 1 point = ₪0.05 back"
    )
    assert example_lines(replace(choices, points_per_shekel=Decimal(0)), "en")[0] == (
        "₪100 does not earn points yet"
    )


def test_the_example_uses_the_programmes_rounding_and_minimum():
    base = replace(Programme(), min_purchase=150_00)
    choices = ProgrammeChoices.of(base)
    assert example_lines(choices, "en", base)[0] == "₪100 does not earn points yet"


def test_choices_apply_to_a_programme_and_refuse_negatives():
    programme = ProgrammeChoices(Decimal(2), 20, 10, 0, 12).applied_to(Programme())
    assert (programme.points_per_shekel, programme.point_value, programme.welcome_bonus) == (
        Decimal(2),
        20,
        10,
    )
    assert (programme.birthday_bonus, programme.expiry_months) == (0, 12)
    assert programme.tiers == Programme().tiers  # the rest is kept
    with pytest.raises(InvalidProgramme):
        ProgrammeChoices(Decimal(1), -1, 0, 0, 0).applied_to(Programme())


def test_one_point_and_one_month_read_as_singulars():
    choices = ProgrammeChoices(Decimal(1), 10, 1, 1, 1)
    assert example_lines(choices, "en")[1:] == [
        "1 point as a gift for joining",
        "1 point as a birthday gift",
        "Unused points expire after 1 month",
    ]
    assert example_lines(choices, "he")[1:] == [
        "נקודה אחת מתנה בהצטרפות",
        "נקודה אחת מתנה ביום ההולדת",
        "נקודות שלא נוצלו פגות אחרי חודש אחד",
    ]
    two = replace(choices, welcome_bonus=2, expiry_months=2)
    assert example_lines(two, "he")[1] == "2 נקודות מתנה בהצטרפות"
    assert example_lines(two, "he")[-1] == "נקודות שלא נוצלו פגות אחרי חודשיים"
    assert example_lines(two, "en")[-1] == "Unused points expire after 2 months"
    assert example_lines(replace(choices, expiry_months=12), "he")[-1] == (
        "נקודות שלא נוצלו פגות אחרי 12 חודשים"
    )
