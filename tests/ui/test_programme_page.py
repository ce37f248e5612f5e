"""The loyalty programme page: values go through the core's rules, errors show by their field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from gui_support import plain

from ui.pages.programme import ProgrammePage, owner_number


@pytest.fixture
def page(qtbot, shop):
    widget = ProgrammePage(shop)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def versions(shop) -> int:
    return shop.db.connection().execute("SELECT COUNT(*) FROM programme_version").fetchone()[0]


def test_owner_numbers():
    assert owner_number("₪5,000") == "5000"
    assert owner_number("149,90") == "149.90"
    assert owner_number(" 0.5 ") == "0.5"
    assert owner_number("abc") == "abc"


def test_the_page_shows_the_programme_in_force(page):
    assert page.fields["points_per_shekel"].text() == "1"
    assert page.fields["point_value"].text() == "0.10"
    assert plain(page.value_hint.plain_text()) == "100 points = ₪10"
    assert page.tables["tiers"].rows()[2] == [
        "Gold",
        "5000",
        "1.5",
        "Free gift wrapping and 10% off on your birthday",
    ]
    assert page.tables["rewards"].rows()[0] == ["₪20 voucher", "200", "20"]


def test_saving_a_change_makes_a_new_version(page, shop):
    page.fields["points_per_shekel"].setText("2")
    page.fields["min_purchase"].setText("10,50")
    page.fields["excluded_categories"].setText("Gift cards, tobacco")
    page.tables["tiers"].set_cell(2, 1, "4,000")
    page.tables["stamp_cards"].add_row(["Coffee", "coffee", "10", "a free coffee", "12"])
    assert page.save()
    assert plain(page.saved_label.plain_text()) == "Saved; in force from now."
    programme = shop.programme.current()
    assert programme.points_per_shekel == Decimal(2)
    assert programme.min_purchase == 10_50
    assert programme.excluded_categories == ("gift cards", "tobacco")
    assert [t.threshold for t in programme.tiers] == [0, 2_000_00, 4_000_00, 10_000_00]
    [card] = programme.stamp_cards
    assert (card.name, card.stamps_needed, card.reward_amount) == ("Coffee", 10, 12_00)


def test_a_bad_value_is_refused_next_to_its_field(page, shop):
    before = versions(shop)
    page.fields["points_per_shekel"].setText("-1")
    page.fields["expiry_months"].setText("soon")
    page.tables["tiers"].set_cell(0, 1, "100")
    assert not page.save()
    assert plain(page.errors["points_per_shekel"].text()) == "must not be negative"
    assert plain(page.errors["expiry_months"].text()) == "“soon” is not a whole number"
    assert plain(page.errors["tiers"].text()) == "the lowest tier must start at 0"
    assert not page.errors["min_purchase"].text()
    assert versions(shop) == before
    assert shop.programme.current().points_per_shekel == Decimal(1)

    page.load()  # undo: back to what is in force, errors gone
    assert page.fields["points_per_shekel"].text() == "1"
    assert not page.errors["tiers"].text()


def test_a_removed_reward_row_is_saved(page, shop):
    table = page.tables["rewards"]
    table.view.setCurrentIndex(table.model.index(2, 0))
    table.remove_current()
    assert page.save()
    assert [r.name for r in shop.programme.current().rewards] == ["₪20 voucher", "₪50 voucher"]


def test_the_main_window_has_the_page_and_refreshes_the_card_after_saving(window, shop):
    from gui_support import add_noa, open_card

    noa = add_noa(shop)
    shop.ledger.adjust(noa.id, 250, "opening", by="test")
    panel = open_card(window, noa.id)
    assert "Gift bag" not in plain(panel.rewards_label.plain_text())
    window.show_page(window.programme)
    window.programme.tables["rewards"].set_cell(2, 1, "250")
    assert window.programme.save()
    assert "Gift bag for 250 points" in plain(panel.rewards_label.plain_text())
