"""The "your order is ready" message and its WhatsApp link: wording, gender, exact encoding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.club.whatsapp import whatsapp_url
from shopkeeper.sales.pickup_messages import gendered, ready_message, whatsapp_ready_link
from shopkeeper.shop import Shop

DANA_READY = (
    "https://wa.me/972523456789?text="
    "%D7%93%D7%A0%D7%94%2C%20"  # דנה,
    "%D7%94%D7%94%D7%96%D7%9E%D7%A0%D7%94%20"  # ההזמנה
    "%D7%A9%D7%9C%D7%9A%20"  # שלך
    "%D7%9E%D7%95%D7%9B%D7%A0%D7%94%20"  # מוכנה
    "%D7%9C%D7%90%D7%99%D7%A1%D7%95%D7%A3%21%20"  # לאיסוף!
    "%D7%A7%D7%95%D7%93%3A%20K7M2QX%0A"  # קוד: K7M2QX + new line
    "%D7%9E%D7%95%D7%96%D7%9E%D7%A0%D7%AA%20"  # מוזמנת
    "%D7%9C%D7%91%D7%95%D7%90%20"  # לבוא
    "%D7%9C%D7%90%D7%A1%D7%95%D7%A3"  # לאסוף
)


@pytest.fixture
def shop(tmp_path):
    opened = Shop(
        tmp_path / "shop", today=lambda: date(2026, 9, 10), now=lambda: datetime(2026, 9, 10, 10)
    )
    yield opened
    opened.close()


def member(shop, first="דנה", phone="052-345-6789", form="f", last="לוי"):
    draft = MemberDraft(first_name=first, last_name=last, phone=phone, address_form=form)
    return shop.members.add(draft).member


def order_for(shop, who, due=None, code="K7M2QX"):
    order = shop.pickups.create(who.id if who else None, [("עוגה", 1, 100_00)], paid=100_00)
    return replace(order, code=code, due=order.due if due is None else due)


def test_the_link_is_encoded_exactly(shop):
    dana = member(shop)
    assert whatsapp_ready_link(order_for(shop, dana), dana) == DANA_READY


def test_the_link_decodes_back_to_the_message(shop):
    dana = member(shop, first="Dana & Co #1?", form="m")
    order = order_for(shop, dana, due=149_90)
    link = whatsapp_ready_link(order, dana, shop_name="צעצועי הגן")
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/972523456789")
    assert "+" not in parts.query and " " not in link
    assert "%26" in parts.query and "%23" in parts.query and "%3F" in parts.query
    assert parse_qs(parts.query) == {"text": [ready_message(order, dana, shop_name="צעצועי הגן")]}
    assert unquote(parts.query.removeprefix("text=")) == (
        "Dana & Co #1?, ההזמנה שלך מוכנה לאיסוף! קוד: K7M2QX\n"
        "לתשלום באיסוף: ₪149.90\n"
        "מוזמן לבוא לאסוף, צעצועי הגן"
    )


@pytest.mark.parametrize(
    "form, welcome",
    [("f", "מוזמנת לבוא לאסוף"), ("m", "מוזמן לבוא לאסוף"), ("", "מוזמן/ת לבוא לאסוף")],
)
def test_the_hebrew_message_follows_the_form_of_address(shop, form, welcome):
    someone = member(shop, form=form)
    text = ready_message(order_for(shop, someone), someone)
    assert text == f"דנה, ההזמנה שלך מוכנה לאיסוף! קוד: K7M2QX\n{welcome}"


def test_the_english_message(shop):
    dana = member(shop, first="Dana")
    text = ready_message(order_for(shop, dana, due=20_00), dana, language="en", shop_name="Garden")
    assert text == (
        "Dana, your order is ready for pickup! Code: K7M2QX\nTo pay at pickup: ₪20\nSee you soon, Garden"
    )


def test_a_member_with_a_last_name_only_is_named_by_it(shop):
    cohen = member(shop, first="", last="כהן")
    assert ready_message(order_for(shop, cohen), cohen).startswith("כהן, ההזמנה")


def test_no_member_no_link(shop):
    assert whatsapp_ready_link(order_for(shop, None), None) is None


def test_the_shop_sends_in_its_language_with_its_name(shop):
    dana = member(shop)
    shop.settings.set("shop_name", "Garden")
    order = shop.pickups.create(dana.id, [("עוגה", 1, 100_00)], paid=100_00)
    link = shop.pickups.whatsapp_ready_link(order)
    assert unquote(link).endswith("מוזמנת לבוא לאסוף, Garden")
    shop.settings.set("language", "en")
    assert "your%20order%20is%20ready" in shop.pickups.whatsapp_ready_link(order)
    assert "%D7%94%D7%94%D7%96" in shop.pickups.whatsapp_ready_link(order, language="he")


@pytest.mark.parametrize(
    "phone, digits",
    [
        ("+972523456789", "972523456789"),
        ("052-345-6789", "972523456789"),
        ("+44 20 7946 0958", "442079460958"),
    ],
)
def test_whatsapp_numbers_are_international_digits(phone, digits):
    assert whatsapp_url(phone, "hi there\n") == f"https://wa.me/{digits}?text=hi%20there%0A"


def test_gendered_alternatives():
    assert gendered("{לקוח יקר|לקוחה יקרה}", "f") == "לקוחה יקרה"
    assert gendered("{לקוח יקר|לקוחה יקרה}", "m") == "לקוח יקר"
    assert gendered("{יקר|יקרה} {מוזמן|מוזמנת}", "") == "יקר/ה מוזמן/ת"
    assert gendered("{Dear|Dear} {a|b}", "") == "Dear a/b"
