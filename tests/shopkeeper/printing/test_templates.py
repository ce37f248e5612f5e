"""Note templates in the database (defaults, CRUD, checks) and the values a note fills in."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import (
    DuplicateTemplate,
    InvalidValue,
    MemberNotFound,
    TemplateNotFound,
    UnbalancedBraces,
    UnknownPlaceholder,
)
from shopkeeper.printing.layout import strip_bidi_controls
from shopkeeper.printing.placeholders import check_template, render
from shopkeeper.printing.templates import NoteTemplate, tier_name, values_for
from shopkeeper.sales.records import LineDraft, PurchaseDraft


def add_member(shop, first="דנה", last="לוי", phone="052-345-6789", form="f") -> int:
    return shop.join(
        MemberDraft(first_name=first, last_name=last, phone=phone, address_form=form)
    ).member.id


def buy(shop, member_id, *lines) -> int:
    draft = PurchaseDraft(
        member_id=member_id,
        lines=tuple(LineDraft(name, category, 1, price) for name, category, price in lines),
    )
    return shop.purchases.record(draft, by="test").id


# ---------------------------------------------------------------- defaults


def test_a_new_shop_gets_a_hebrew_and_an_english_default(shop):
    templates = shop.note_templates.list()
    assert [(t.name, t.language) for t in templates] == [("תודה", "he"), ("Thank you", "en")]
    for template in templates:
        assert check_template(template.body) == []
        assert template.wants_coupon and template.coupon_percent == 10
        assert template.return_policy
        assert template.id is not None and template.updated_at == datetime(2026, 11, 26, 10, 30)
    hebrew = templates[0].body
    for placeholder in ("{first_name}", "{points}", "{tier}", "{points_to_next_tier}",
                        "{next_tier}", "{coupon}"):  # fmt: skip
        assert placeholder in hebrew
    assert "{היקר|היקרה}" in hebrew


def test_the_hebrew_default_speaks_to_each_member_in_their_form(shop):
    template = shop.note_templates.get("תודה")
    for form, greeting, verb, phone in (
        ("f", "היקרה", "ותגיעי", "052-345-6781"),
        ("m", "היקר", "ותגיע", "052-345-6782"),
        ("", "היקר/ה", "ותגיעו", "052-345-6783"),
    ):
        member = add_member(shop, phone=phone, form=form)
        text = strip_bidi_controls(render(template.body, values_for(shop, member, "AB12CD34")))
        assert text.startswith(f"דנה {greeting},")
        assert f"{verb} לדרגת כסף!" in text
        assert "קוד מתנה לקנייה הבאה: AB12CD34" in text


def test_defaults_are_made_once_and_come_back_when_all_are_deleted(shop):
    assert shop.note_templates.ensure_defaults() == 2
    assert shop.note_templates.ensure_defaults() == 0
    for template in shop.note_templates.list():
        shop.note_templates.delete(template.name)
    assert len(shop.note_templates.list()) == 2


def test_default_and_choose_go_by_language_and_name(shop):
    assert shop.note_templates.default("en").name == "Thank you"
    assert shop.note_templates.default("he").name == "תודה"
    assert shop.note_templates.choose(None, "en").name == "Thank you"
    assert shop.note_templates.choose("תודה", "en").language == "he"


# ---------------------------------------------------------------- save, get, delete


def test_save_get_update_delete(shop):
    saved = shop.note_templates.save(
        NoteTemplate(name="  חג שמח ", body="חג שמח {first_name}!\r\n", coupon_amount=20_00)
    )
    assert (saved.name, saved.body, saved.coupon_amount) == (
        "חג שמח",
        "חג שמח {first_name}!",
        20_00,
    )
    assert shop.note_templates.get("חג שמח") == saved
    renamed = shop.note_templates.save(
        NoteTemplate(name="פסח", body=saved.body, id=saved.id, language="he", coupon_days=30)
    )
    assert renamed.id == saved.id
    with pytest.raises(TemplateNotFound):
        shop.note_templates.get("חג שמח")
    assert shop.note_templates.get("פסח").coupon_days == 30
    assert shop.note_templates.get("פסח").coupon_amount is None
    shop.note_templates.delete("פסח")
    with pytest.raises(TemplateNotFound):
        shop.note_templates.delete("פסח")
    assert [t.name for t in shop.note_templates.list()] == ["תודה", "Thank you"]


def test_a_name_in_use_is_refused(shop):
    shop.note_templates.list()
    with pytest.raises(DuplicateTemplate) as refused:
        shop.note_templates.save(NoteTemplate(name="Thank you", body="Hi", language="en"))
    assert refused.value.params == {"name": "Thank you"}
    own = shop.note_templates.get("Thank you")
    assert shop.note_templates.save(own).id == own.id  # saving itself is not a clash


def test_a_template_with_a_bad_placeholder_is_not_saved(shop):
    with pytest.raises(UnknownPlaceholder) as refused:
        shop.note_templates.save(NoteTemplate(name="x", body="שלום {frist_name}"))
    assert refused.value.params["name"] == "frist_name"
    with pytest.raises(UnbalancedBraces):
        shop.note_templates.save(NoteTemplate(name="x", body="ok", return_policy="{shop_name"))
    assert "x" not in [t.name for t in shop.note_templates.list()]


@pytest.mark.parametrize(
    "template",
    [
        NoteTemplate(name="", body="hi"),
        NoteTemplate(name="x", body="  "),
        NoteTemplate(name="x", body="hi", language="fr"),
        NoteTemplate(name="x", body="hi", coupon_percent=10, coupon_amount=500),
        NoteTemplate(name="x", body="hi", coupon_percent=0),
        NoteTemplate(name="x", body="hi", coupon_percent=101),
        NoteTemplate(name="x", body="hi", coupon_amount=-5),
        NoteTemplate(name="x", body="hi", coupon_days=0),
    ],
)
def test_invalid_fields_are_refused(shop, template):
    with pytest.raises(InvalidValue):
        shop.note_templates.save(template)


def test_coupon_offer_in_each_language():
    assert NoteTemplate("a", coupon_percent=15).coupon_offer() == "15% הנחה בקנייה הבאה"
    assert NoteTemplate("a", "en", coupon_amount=20_00).coupon_offer() == "₪20 off your next order"
    assert NoteTemplate("a").coupon_offer() == ""


# ---------------------------------------------------------------- what a note says


def test_values_for_a_member_with_purchases(shop):
    shop.settings.set("shop_name", "Ruti's Studio")
    shop.programme.set(
        "stamp_cards",
        '[{"name": "Coffee", "category": "coffee", "stamps_needed": 10, "reward": "a coffee"},'
        ' {"name": "Cake", "category": "cake", "stamps_needed": 5, "reward": "a cake"}]',
    )
    dana = add_member(shop)
    buy(shop, dana, ("Latte", "coffee", 15_00))
    buy(shop, dana, ("עציץ", "plants", 300_00), ("Latte", "coffee", 15_00), ("Cake", "cake", 25_00))
    values = values_for(shop, dana, "AB12CD34")
    assert values.first_name == "דנה" and values.last_name == "לוי" and values.address_form == "f"
    assert values.points == shop.ledger.balance(dana) > 0
    assert (values.tier, values.next_tier) == ("חברת מועדון", "כסף")
    assert values.to_next_tier == 2_000_00 - 355_00
    assert values.stamps_left == 4  # the cake card: 1 of 5; coffee: 2 of 10
    assert values.last_item == "עציץ"  # the newest purchase's first line
    assert values.coupon == "AB12CD34"
    assert values.shop_name == "Ruti's Studio"
    assert values.date == date(2026, 11, 26)
    english = values_for(shop, dana, language="en")
    assert (english.tier, english.next_tier, english.coupon) == ("Member", "Silver", None)


def test_values_for_a_new_member_and_a_given_purchase(shop):
    noa = add_member(shop, "Noa", "", "054-123-4567", "")
    values = values_for(shop, noa)
    assert (values.last_item, values.stamps_left, values.tier) == ("", None, "חבר/ת מועדון")
    first = buy(shop, noa, ("Mug", "", 30_00))
    buy(shop, noa, ("Plate", "", 40_00))
    assert values_for(shop, noa, purchase_id=first).last_item == "Mug"
    with pytest.raises(MemberNotFound):
        values_for(shop, 999)


def test_the_top_tier_has_no_next_one(shop):
    vip = add_member(shop)
    buy(shop, vip, ("Sofa", "", 12_000_00))
    values = values_for(shop, vip)
    assert (values.tier, values.next_tier, values.to_next_tier) == ("VIP", None, None)
    text = render("a\n{points_to_next_tier} to {next_tier}\nb", values)
    assert text == "a\nb"


def test_tier_names_in_a_note():
    assert tier_name("Gold", "he") == "זהב"
    assert tier_name("Member", "he", "m") == "חבר מועדון"
    assert tier_name("Member", "en", "f") == "Member"
    assert tier_name("Platinum", "he") == "Platinum"
    assert tier_name(None, "he") == ""


def test_shop_exposes_the_service(shop):
    assert shop.note_templates.get("תודה").body.startswith("{first_name}")
    member = add_member(shop)
    # no name set yet: the line that signs with it is left out
    assert render("a\n{shop_name}!", values_for(shop, member)) == "a"
    shop.settings.set("shop_name", "Noa")
    assert render("a\n{shop_name}!", values_for(shop, member)) == "a\n\u2068Noa\u2069!"
