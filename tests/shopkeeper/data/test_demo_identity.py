"""The demo shop has a name, a logo and Hebrew stamp-card and reward texts."""

from __future__ import annotations

import re
from datetime import date

from PIL import Image

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.data.demo_identity import DEMO_SHOP_NAME, demo_logo_png
from shopkeeper.logo import check_logo

TODAY = date(2026, 11, 26)
HEBREW = re.compile("[\u05d0-\u05ea]{2}")
LATIN = re.compile("[A-Za-z]")


def test_the_demo_shop_has_a_name_a_logo_and_hebrew_texts(shop):
    fill_demo_shop(shop, members=40, seed=3, today=TODAY)
    assert shop.settings.shop_name == DEMO_SHOP_NAME == "הפינה של נועה"
    logo = shop.settings.logo()
    assert (logo.format, logo.width, logo.height) == ("png", 256, 256)
    programme = shop.programme.current()
    [card] = programme.stamp_cards
    assert (card.name, card.reward, card.stamps_needed) == ("כרטיס קפה", "כל קפה עשירי חינם", 10)
    texts = [r.name for r in programme.rewards] + [t.perk for t in programme.tiers if t.perk]
    assert texts and all(HEBREW.search(t) and not LATIN.search(t) for t in texts)
    # the history the demo wrote names the Hebrew rewards
    used = {
        name
        for (name,) in shop.db.connection().execute(
            "SELECT DISTINCT description FROM earned_reward"
        )
    }
    assert used and used <= {"כל קפה עשירי חינם", *[r.name for r in programme.rewards]}


def test_the_demo_keeps_a_name_and_logo_the_owner_chose(shop):
    shop.settings.set("shop_name", "Garden Toys")
    own = Image.new("RGB", (10, 10), "blue")
    own.save(shop.data_dir / "own.png")
    shop.settings.set_logo_file(shop.data_dir / "own.png")
    fill_demo_shop(shop, members=10, seed=3, today=TODAY, sales=False)
    assert shop.settings.shop_name == "Garden Toys"
    assert shop.settings.logo().width == 10


def test_the_demo_logo_is_a_valid_round_badge():
    data = demo_logo_png()
    assert check_logo(data).format == "png"
    assert len(data) < 40_000


def test_demo_notes_speak_to_each_member_in_their_form(shop):
    fill_demo_shop(shop, members=120, seed=3, today=TODAY)
    told = (
        shop.db.connection()
        .execute(
            "SELECT e.text, m.address_form FROM complaint_event e "
            "JOIN complaint c ON c.id = e.complaint_id JOIN member m ON m.id = c.member_id "
            "WHERE e.kind = 'informed'"
        )
        .fetchall()
    )
    assert told
    expected = {"m": "עדכנו את הלקוח בטלפון", "f": "עדכנו את הלקוחה בטלפון"}
    assert all(text == expected[form] for text, form in told)
    texts = shop.db.connection().execute("SELECT text FROM complaint_event").fetchall()
    assert not [t for (t,) in texts if "/ה" in t or "/ת" in t]
