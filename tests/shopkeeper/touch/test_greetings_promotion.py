"""Promotions: only with consent on that channel, marked "פרסומת" / "Advertisement" at the start,
naming the shop, ending with the way to opt out; a plain greeting never carries those."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopkeeper.club.records import CHANNELS
from shopkeeper.errors import InvalidValue, NoConsent, ShopNameMissing
from shopkeeper.touch.greetings import OCCASIONS, PROMOTIONS
from tests.shopkeeper.touch.greeting_support import SHOP_NAME, add_member, family

MARKS = ("פרסומת", "Advertisement", "הסר", "STOP")


@pytest.mark.parametrize("kind", PROMOTIONS)
def test_a_hebrew_promotion(shop, kind):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop, consent={"whatsapp": True})
    greeting = shop.greetings.promotion(
        member_id, "whatsapp", kind, language="he", details="BDAY10: 10% הנחה"
    )
    lines = greeting.text.split("\n")
    assert greeting.promotional and greeting.occasion == kind
    assert lines[0] == f"פרסומת – {SHOP_NAME}"
    assert greeting.text.startswith("פרסומת")
    assert lines[-1] == "להסרה השיבו ״הסר״"
    assert "BDAY10: 10% הנחה" in lines
    assert lines[1].startswith("היי דנה")


def test_a_coupon_in_english(shop):
    shop.settings.set("shop_name", "Ruti's Workshop")
    member_id = add_member(shop, "Dana", form="f", consent={"sms": True})
    greeting = shop.greetings.promotion(
        member_id, "sms", "coupon", language="en", details="Code BDAY10 – 10% off"
    )
    assert greeting.text.split("\n") == [
        "Advertisement – Ruti's Workshop",
        "Hi Dana, we have a coupon just for you! 🎁",
        "Code BDAY10 – 10% off",
        "Use it in the shop whenever you like.",
        "Reply STOP to opt out",
    ]
    query = parse_qs(urlsplit(greeting.whatsapp_url).query)
    assert query["text"] == [greeting.text]


def test_a_sale_without_details_drops_the_line(shop):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop, form="m", consent={"whatsapp": True})
    text = shop.greetings.promotion(member_id, "whatsapp", "sale", language="he").text
    assert text.split("\n") == [
        f"פרסומת – {SHOP_NAME}",
        "היי דנה, מבצע חדש אצלנו! 🛍️",
        "מוזמן לקפוץ ולהתרשם.",
        "להסרה השיבו ״הסר״",
    ]


def test_no_consent_on_that_channel_no_promotion(shop):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop, consent={"email": True})
    for channel in ("sms", "whatsapp"):
        with pytest.raises(NoConsent) as raised:
            shop.greetings.promotion(member_id, channel, "sale")
        assert raised.value.params == {"name": "דנה לוי", "channel": channel, "form": "f"}
    assert shop.greetings.promotion(member_id, "email", "sale").promotional


def test_opting_out_is_immediate(shop):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop, consent={"whatsapp": True})
    shop.greetings.promotion(member_id, "whatsapp", "coupon")
    shop.members.set_consent(member_id, "whatsapp", False, "replied הסר")
    with pytest.raises(NoConsent):
        shop.greetings.promotion(member_id, "whatsapp", "coupon")
    shop.members.set_consent(member_id, "whatsapp", True, "asked again at the counter")
    assert shop.greetings.promotion(member_id, "whatsapp", "coupon").promotional


def test_an_advertisement_must_name_the_shop(shop):
    member_id = add_member(shop, consent={"whatsapp": True})
    with pytest.raises(ShopNameMissing):
        shop.greetings.promotion(member_id, "whatsapp", "sale")


@pytest.mark.parametrize(("channel", "kind"), [("fax", "sale"), ("sms", "birthday")])
def test_unknown_channel_or_kind(shop, channel, kind):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop, consent={"sms": True})
    with pytest.raises(InvalidValue):
        shop.greetings.promotion(member_id, channel, kind)


@pytest.mark.parametrize("language", ["he", "en"])
def test_plain_greetings_never_carry_the_marking(shop, language):
    member_id = family(shop)
    shop.members.set_consent(member_id, "whatsapp", True, "form")
    texts = [shop.greetings.compose(member_id, o, language=language).text for o in OCCASIONS[3:]]
    texts += [
        shop.greetings.compose(member_id, child="נועה", language=language).text,
        shop.greetings.compose(member_id, pet="רקס", language=language).text,
        shop.greetings.compose(member_id, language=language).text,
    ]
    for text in texts:
        assert not any(mark in text for mark in MARKS), text


# a history of consent events: (channel, given) in order
histories = st.lists(st.tuples(st.sampled_from(CHANNELS), st.booleans()), max_size=8)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    history=histories,
    channel=st.sampled_from(CHANNELS),
    kind=st.sampled_from(PROMOTIONS),
    language=st.sampled_from(("he", "en")),
)
def test_a_promotion_exactly_when_the_latest_word_on_that_channel_is_yes(
    shop, history, channel, kind, language
):
    shop.settings.set("shop_name", SHOP_NAME)
    member_id = add_member(shop)
    for event_channel, given_ in history:
        shop.members.set_consent(member_id, event_channel, given_, "test")
    latest = [given_ for event_channel, given_ in history if event_channel == channel]
    agreed = bool(latest) and latest[-1]
    if agreed:
        text = shop.greetings.promotion(member_id, channel, kind, language=language).text
        assert text.startswith("פרסומת" if language == "he" else "Advertisement")
        assert text.endswith("להסרה השיבו ״הסר״" if language == "he" else "Reply STOP to opt out")
        assert SHOP_NAME in text.split("\n")[0]
    else:
        with pytest.raises(NoConsent):
            shop.greetings.promotion(member_id, channel, kind, language=language)
