"""The birthdays page: today, this week, this month or chosen days; greet, mark, print a card."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from gui_support import TODAY, plain
from PySide6.QtCore import QDate, Qt
from today_support import fill_today

from shopkeeper.club.records import MemberDraft
from ui.dialogs.greeting import GreetingDialog
from ui.models import birthday_list
from ui.models.birthday_list import BIRTHDAY_COLUMNS, load_birthdays
from ui.pages.birthdays import BirthdaysPage


@pytest.fixture
def page(qtbot, shop):
    birthdays = BirthdaysPage(shop, lambda: TODAY)
    qtbot.addWidget(birthdays)
    return birthdays


def names(page) -> list[str]:
    return [r.entry.name for r in page.model.rows()]


def cell(page, row: int, column: str) -> str:
    return plain(page.model.data(page.model.index(row, BIRTHDAY_COLUMNS.index(column))) or "")


def wait_for(qtbot, page, change) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        change()


def test_switching_the_range(page, shop, qtbot):
    fill_today(shop)
    shop.members.add(MemberDraft(first_name="Ruth", phone="052-999-0001", birthday="05/11/1970"))
    shop.members.add(MemberDraft(first_name="Eli", phone="052-999-0002", birthday="15/12/1980"))
    wait_for(qtbot, page, page.show)
    assert names(page) == ["Dana Levi", "Maya", "Bamba"]  # this week, today first
    assert [cell(page, 0, c) for c in BIRTHDAY_COLUMNS] == [
        "Member", "Dana Levi", "Dana Levi", "054-111-2233", "Thu 26/11", "", "36", "",
    ]  # fmt: skip
    assert [cell(page, 1, c) for c in ("kind", "member", "phone")] == ["Child", "Noa Cohen",
                                                                         "052-345-6789"]  # fmt: skip
    assert page.count_label.text() == "3 birthdays, 0 greeted"

    wait_for(qtbot, page, lambda: page.set_range("today"))
    assert names(page) == ["Dana Levi"]
    wait_for(qtbot, page, lambda: page.set_range("month"))
    assert names(page) == ["Ruth", "Dana Levi", "Maya", "Bamba"]
    assert page.days() == (date(2026, 11, 1), date(2026, 11, 30))

    wait_for(qtbot, page, lambda: page.set_range("custom"))
    assert page.from_edit.isEnabled() and page.to_edit.isEnabled()
    page.from_edit.setDate(QDate(2026, 12, 1))
    wait_for(qtbot, page, lambda: page.to_edit.setDate(QDate(2026, 12, 31)))
    assert names(page) == ["Eli"]


def test_mark_greeted_keeps_the_row_ticked_with_who_and_when(page, shop, qtbot):
    made = fill_today(shop)
    wait_for(qtbot, page, page.show)
    assert not page.mark_button.isEnabled()  # nothing selected yet
    page.select((made.noa.id, "child", "Maya", date(2026, 11, 28)))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert page.mark_greeted()
    assert names(page) == ["Dana Levi", "Maya", "Bamba"]
    assert cell(page, 1, "greeted") == "✓ counter, 26/11 10:30"
    assert page.selected().entry.name == "Maya" and not page.mark_button.isEnabled()
    assert page.count_label.text() == "3 birthdays, 1 greeted"


def test_greet_opens_the_dialog_and_greeting_ticks_the_row(page, shop, qtbot):
    made = fill_today(shop)
    wait_for(qtbot, page, page.show)
    page.select((made.avi.id, "pet", "Bamba", date(2026, 11, 29)))
    dialog = page.greet()
    assert isinstance(dialog, GreetingDialog) and "Bamba" in dialog.text()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.mark_button.click()
    assert cell(page, 2, "greeted").startswith("✓ counter")


def test_print_birthday_card_shows_the_pdf(page, shop, qtbot):
    made = fill_today(shop)
    wait_for(qtbot, page, page.show)
    page.select((made.dana.id, "member", "", TODAY))
    with qtbot.waitSignal(page.printer.shown, timeout=10000) as shown:
        page.print_card()
    preview = shown.args[0]
    assert preview.data.startswith(b"%PDF") and preview.isVisible()
    preview.reject()


def test_the_card_preview_names_the_member_and_the_child_and_uses_the_number(page, shop, qtbot):
    made = fill_today(shop)
    connection = shop.db.connection()
    connection.execute("UPDATE member SET number = 1042 WHERE id = ?", (made.noa.id,))
    connection.execute("UPDATE member SET number = 1077 WHERE id = ?", (made.dana.id,))
    wait_for(qtbot, page, page.show)
    page.select((made.noa.id, "child", "Maya", date(2026, 11, 28)))
    with qtbot.waitSignal(page.printer.shown, timeout=10000) as shown:
        page.print_card()
    preview = shown.args[0]
    assert preview.windowTitle() == "Birthday card for Maya (Noa Cohen)"
    assert preview._file_name == "birthday-card-1042.pdf" and preview.kind == "birthday_card"
    preview.reject()
    page.select((made.dana.id, "member", "", TODAY))
    with qtbot.waitSignal(page.printer.shown, timeout=10000) as shown:
        page.print_card()
    preview = shown.args[0]
    assert preview.windowTitle() == "Birthday card for Dana Levi"
    assert preview._file_name == "birthday-card-1077.pdf"
    preview.reject()


def test_the_greeted_column_shows_the_birthday_mark_not_a_thank_you(shop):
    made = fill_today(shop)
    shop.greetings.mark_greeted(made.dana.id, "thanks", TODAY, channel="copy", by="Ruth")
    shop.greetings.mark_greeted(made.dana.id, "birthday", TODAY, channel="whatsapp", by="Dan")
    [dana] = [r for r in load_birthdays(shop, TODAY, TODAY) if r.entry.name == "Dana Levi"]
    assert (dana.mark.occasion, dana.mark.by, dana.mark.channel) == ("birthday", "Dan", "whatsapp")


def test_a_mouse_click_on_a_row_enables_its_actions(page, shop, qtbot):
    fill_today(shop)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert not page.greet_button.isEnabled()
    rect = page.table.visualRect(page.model.index(1, BIRTHDAY_COLUMNS.index("name")))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected().entry.name == "Maya"
    assert page.greet_button.isEnabled() and page.mark_button.isEnabled()


def test_a_failed_reading_is_said_on_the_page(page, shop, qtbot, monkeypatch):
    def locked(*_args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(birthday_list, "birthdays_between", locked)
    wait_for(qtbot, page, page.show)
    assert page.status_label.plain_text() == ("The birthdays could not be read: database is locked")
