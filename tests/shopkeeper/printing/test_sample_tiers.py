"""A template's preview shows tiers of the shop's own programme, never one it does not have."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from shopkeeper.loyalty.programme import Tier
from shopkeeper.printing.placeholders import sample_tiers
from shopkeeper.printing.templates import NoteTemplate
from shopkeeper.touch.greeting_preview import sample_greeting
from ui.note_printing import sample_note


def test_the_tier_below_the_top_and_the_top():
    names = ["Member", "Silver", "Gold", "VIP"]
    assert sample_tiers(names, "he") == ("זהב", "VIP")
    assert sample_tiers(names, "en") == ("Gold", "VIP")
    assert sample_tiers(["Member", "Gold"], "he", "f") == ("חברת מועדון", "זהב")
    assert sample_tiers(["Regular", "Friends"], "he") == ("Regular", "Friends")


def test_a_single_tier_has_nothing_above():
    assert sample_tiers(["Member"], "he", "m") == ("חבר מועדון", None)


def test_the_greeting_preview_says_the_tier_given():
    text = sample_greeting(
        "thanks", "he", "הדרגה שלך: {tier}", "f", shop_name="", on=date(2026, 11, 26), tier="כסף"
    )
    assert text == "הדרגה שלך: כסף"


def test_the_note_preview_uses_the_shops_tiers(shop):
    body = "{first_name}: {tier}\nעוד {points_to_next_tier} לדרגת {next_tier}"
    template = NoteTemplate("t", "he", body)
    note = sample_note(shop, template, "f")
    assert "פלטינה" not in note.body
    assert "זהב" in note.body and "VIP" in note.body  # the default programme's top two
    programme = shop.programme.current()
    shop.programme.save(
        replace(programme, tiers=(Tier("Member", 0), Tier("Friends", 1_000_00, Decimal(2))))
    )
    note = sample_note(shop, template, "f")
    assert "חברת מועדון" in note.body and "Friends" in note.body
    shop.programme.save(replace(programme, tiers=(Tier("Member", 0),)))
    note = sample_note(shop, template, "m")
    assert "חבר מועדון" in note.body
    assert "לדרגת" not in note.body  # no tier above: the line is left out
