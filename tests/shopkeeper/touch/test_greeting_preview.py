"""The template editor's preview: the sample member's text, forms by gender, the advert frame."""

from __future__ import annotations

from datetime import date

import pytest

from shopkeeper.errors import UnknownPlaceholder
from shopkeeper.touch.greeting_preview import problems, sample_greeting

ON = date(2026, 11, 26)


def test_the_form_of_address_picks_the_words():
    body = "{first_name} {היקר|היקרה}, מזל טוב!"
    assert sample_greeting("birthday", "he", body, "f", shop_name="", on=ON) == "נועה היקרה, מזל טוב!"
    assert sample_greeting("birthday", "he", body, "m", shop_name="", on=ON) == "דני היקר, מזל טוב!"


def test_a_promotion_preview_carries_the_advert_marking_and_the_shop():
    text = sample_greeting("sale", "he", "{details}", "f", shop_name="קפה הפינה", on=ON)
    assert text.startswith("פרסומת") and "קפה הפינה" in text
    assert "פרסומת" not in sample_greeting("thanks", "he", "תודה {first_name}", "f", shop_name="x", on=ON)


def test_problems_are_listed_and_the_preview_refuses_them():
    [problem] = problems("שלום {nickname}")
    assert isinstance(problem, UnknownPlaceholder)
    with pytest.raises(UnknownPlaceholder):
        sample_greeting("birthday", "he", "שלום {nickname}", "f", shop_name="", on=ON)
