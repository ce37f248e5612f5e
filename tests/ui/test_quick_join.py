"""Quick join: a new member from the counter; a phone that is taken offers the member who has it."""

from __future__ import annotations

from gui_support import add_noa, plain
from PySide6.QtCore import Qt

from shopkeeper.cli import main as cli_main
from shopkeeper.club.records import CHANNELS
from shopkeeper.shop import Shop
from ui.dialogs.quick_join import QuickJoinDialog, prefill_from_search


def test_prefill_from_search_text():
    assert prefill_from_search("Dana Levi Cohen") == ("Dana", "Levi Cohen", "")
    assert prefill_from_search("  נועה ") == ("נועה", "", "")
    assert prefill_from_search("052-345-6789") == ("", "", "052-345-6789")
    assert prefill_from_search("0523") == ("", "", "")  # a fragment is not a phone
    assert prefill_from_search("") == ("", "", "")


def test_quick_join_creates_the_member_and_opens_the_card(window, shop, qtbot):
    window.show_page(window.counter)
    window.counter.search_box.setText("0542223344")
    dialog = window.quick_join()
    assert dialog.isVisible()
    assert dialog.phone.text() == "0542223344"
    assert dialog.phone.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not any(box.isChecked() for box in dialog.consent.values())  # unticked by default
    qtbot.keyClicks(dialog.first_name, "Daniel")
    qtbot.keyClicks(dialog.last_name, "Levi")
    dialog.consent["whatsapp"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert shop.members.count() == 1
    member = shop.members.find("054-222-3344")
    assert member.full_name == "Daniel Levi"
    assert [c for c in CHANNELS if member.consents_to(c)] == ["whatsapp"]
    assert window.counter.card.member.id == member.id
    assert not window.counter.card.notice_label.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_enter_saves(window, shop, qtbot):
    dialog = window.quick_join("Dana")
    qtbot.keyClicks(dialog.phone, "050-765-4321")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert shop.members.find("0507654321").first_name == "Dana"


def test_duplicate_phone_offers_the_existing_member(window, shop, qtbot):
    noa = add_noa(shop)
    dialog = window.quick_join("")
    qtbot.keyClicks(dialog.first_name, "Other")
    qtbot.keyClicks(dialog.phone, "+972 52 345 6789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert shop.members.count() == 1
    assert dialog.duplicate_box.isVisible()
    assert plain(dialog.duplicate_label.text()) == (
        f"The phone 052-345-6789 already belongs to member {noa.number} (Noa Cohen)."
    )
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert window.counter.card.member.id == noa.id
    assert window.stack.currentWidget() is window.counter
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_errors_are_shown_by_their_field(qtbot, shop):
    dialog = QuickJoinDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("052-345-6789")
    dialog.save()
    assert dialog.name_error.isVisible()
    assert plain(dialog.name_error.text()) == "A member needs a first or last name."

    dialog.first_name.setText("Dana")
    dialog.phone.setText("12ab")
    dialog.save()
    assert not dialog.name_error.isVisible()
    assert plain(dialog.phone_error.text()) == "“12ab” is not a phone number that can exist."

    dialog.phone.setText("052-345-6789")
    dialog.birthday.setText("31/02")
    dialog.save()
    assert plain(dialog.birthday_error.text()) == "“31/02” is not a date (use dd/mm/yyyy or dd/mm)."
    assert shop.members.count() == 0
    assert dialog.isVisible()


def test_unallocated_phone_is_saved_with_a_warning_on_the_card(window, shop, qtbot):
    dialog = window.quick_join("Dana")
    dialog.phone.setText("059-123-4567")
    dialog.save()
    member = shop.members.find("0591234567")
    assert window.counter.card.member.id == member.id
    assert window.counter.card.notice_label.isVisible()
    assert "059-123-4567 is not in any range in use" in plain(
        window.counter.card.notice_label.plain_text()
    )


def test_correcting_the_phone_hides_the_duplicate_warning(window, shop, qtbot):
    add_noa(shop)
    dialog = window.quick_join("Other")
    dialog.phone.setText("052-345-6789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicate_box.isVisible()
    dialog.phone.setFocus()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Backspace)
    assert not dialog.duplicate_box.isVisible()
    qtbot.keyClicks(dialog.phone, "0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shop.members.find("052-345-6780").first_name == "Other"


def test_quick_join_asks_the_form_of_address(window, shop, qtbot):
    dialog = window.quick_join("Dana")
    assert [dialog.address_form.itemData(i) for i in range(3)] == ["", "f", "m"]
    dialog.address_form.setCurrentIndex(dialog.address_form.findData("f"))
    dialog.phone.setText("050-765-4321")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shop.members.find("0507654321").address_form == "f"


def test_quick_join_pays_the_welcome_bonus_as_the_cli_does(window, shop, qtbot, tmp_path, capsys):
    dialog = window.quick_join("Dana Levi")
    dialog.phone.setText("050-765-4321")
    dialog.address_form.setCurrentIndex(dialog.address_form.findData("f"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    member = shop.members.find("0507654321")
    window_rows = [(e.kind, e.points, e.source, e.reason) for e in shop.ledger.entries(member.id)]

    cli_dir = tmp_path / "cli-shop"
    args = ["--data-dir", str(cli_dir), "members", "add", "--first", "Dana", "--last", "Levi"]
    assert cli_main([*args, "--phone", "050-765-4321", "--gender", "f"]) == 0
    capsys.readouterr()
    with Shop(cli_dir) as cli_shop:
        cli_member = cli_shop.members.find("0507654321")
        cli_rows = [
            (e.kind, e.points, e.source, e.reason) for e in cli_shop.ledger.entries(cli_member.id)
        ]

    bonus = shop.programme.current().welcome_bonus
    assert bonus > 0
    assert window_rows == cli_rows == [("bonus", bonus, "welcome", "welcome to the club")]
    assert shop.ledger.balance(member.id) == bonus
    assert plain(window.counter.card.loyalty.balance_label.plain_text()) == f"{bonus} points"
