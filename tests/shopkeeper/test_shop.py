"""The Shop facade: settings kept in the database, and the integrity check report."""

from __future__ import annotations

import pytest

from shopkeeper.club.records import ChildDraft, MemberDraft
from shopkeeper.errors import InvalidValue
from shopkeeper.shop import Shop
from shopkeeper.store.database import SCHEMA_VERSION


def test_settings_defaults(shop):
    assert shop.settings.language == "he"
    assert shop.settings.shop_name == ""
    assert shop.settings.get("no such setting") == ""


def test_settings_are_kept_across_opening(tmp_path):
    with Shop(tmp_path) as shop:
        shop.settings.set("shop_name", '  \u200fקפה "הפינה" & <בר>  ')
        shop.settings.set("language", "en")
        shop.settings.set("language", " he ")
        shop.settings.set("language", "en")
    with Shop(tmp_path) as shop:
        assert shop.settings.shop_name == 'קפה "הפינה" & <בר>'
        assert shop.settings.language == "en"
        rows = shop.db.connection().execute("SELECT COUNT(*) FROM setting").fetchone()[0]
        assert rows == 2


@pytest.mark.parametrize("language", ["fr", "", "HE", "hebrew", "en-US"])
def test_only_known_languages(shop, language):
    with pytest.raises(InvalidValue) as caught:
        shop.settings.set("language", language)
    assert caught.value.params == {"field": "language", "text": language.strip()}
    assert shop.settings.language == "he"


def test_check_reports_a_healthy_shop(shop):
    shop.members.add(MemberDraft(first_name="דנה", phone="052-345-6789",
                                 children=(ChildDraft(name="נועה"),), consent={"sms": True}))
    shop.members.add(MemberDraft(first_name="יוסי", phone="054-123-4567"))
    report = shop.check()
    assert report.ok
    assert report.problems == ()
    assert report.members == 2
    assert report.schema_version == report.app_schema_version == SCHEMA_VERSION
    assert report.path == str(shop.database_path)


def test_check_reports_a_dangling_reference(shop):
    dana = shop.members.add(MemberDraft(first_name="דנה", phone="052-345-6789")).member
    conn = shop.db.connection()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO child (member_id, name) VALUES (?, 'יתום')", (dana.id + 100,))
    conn.execute("PRAGMA foreign_keys = ON")
    report = shop.check()
    assert not report.ok
    assert report.problems == ("child row 1 points to a missing member",)
