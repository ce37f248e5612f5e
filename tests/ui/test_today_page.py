"""The today page: birthdays today and this week, pickups, calls and complaint follow-ups due, each
with its one-click action; typing on it searches at the counter."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import TODAY, plain
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from today_support import fill_today

from ui.dialogs.greeting import GreetingDialog
from ui.models.action_rows import ALERT_BACKGROUND
from ui.models.today_rows import CallTarget, load_today
from ui.pages.today import TodayPage


@pytest.fixture
def page(qtbot, shop):
    today_page = TodayPage(shop, lambda: TODAY)
    qtbot.addWidget(today_page)
    return today_page


def show_and_wait(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()


def reload(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def texts(section, row: int) -> list[str]:
    model = section.model
    return [plain(model.data(model.index(row, c)) or "") for c in range(model.columnCount())]


def click_button(qtbot, section, row: int) -> None:
    """A real click on the button drawn in the row's last cell."""
    index = section.model.index(row, section.model.action_column)
    section.view.scrollTo(index)
    centre = section.view.visualRect(index).center()
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_every_list_shows_what_is_due(page, shop, qtbot):
    made = fill_today(shop)
    show_and_wait(qtbot, page)

    [dana] = page.birthdays_today.rows()
    assert (dana.payload.kind, dana.payload.name, dana.payload.date) == ("member", "Dana Levi", TODAY)
    assert texts(page.birthdays_today, 0) == ["Dana Levi", "Member", "36", "", "Greet…"]
    assert plain(dana.tooltip) == "Member · 054-111-2233"
    assert plain(page.birthdays_week.rows()[0].tooltip) == "Child of Noa Cohen · 052-345-6789"

    week = page.birthdays_week.rows()
    assert [(r.payload.kind, r.payload.name, r.payload.date) for r in week] == [
        ("child", "Maya", date(2026, 11, 28)),
        ("pet", "Bamba", date(2026, 11, 29)),
    ]
    assert texts(page.birthdays_week, 0) == ["Maya", "Child of Noa Cohen", "Sat 28/11", "9",
                                             "Greet…"]  # fmt: skip
    assert texts(page.birthdays_week, 1)[:4] == ["Bamba", "Pet of Avi Mizrahi", "Sun 29/11", "5"]
    assert page.birthdays_week.title_label.text() == "This week (2)"

    pickups = page.pickups.rows()
    assert [r.payload for r in pickups] == [made.overdue_order, made.ready_order]
    assert [r.alert for r in pickups] == [True, False]
    assert texts(page.pickups, 0)[1:] == ["Dana Levi", "054-111-2233", "23/11/2026", "New, overdue",
                                          "Open"]  # fmt: skip
    model = page.pickups.model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole).color() == ALERT_BACKGROUND

    calls = page.calls.rows()
    call_back = next(r for r in calls if r.payload.reason == "callback")
    assert call_back.payload == CallTarget(made.avi.id, "callback")
    row = calls.index(call_back)
    assert texts(page.calls, row) == ["Avi Mizrahi", "050-222-3344", "Call-back",
                                      "Thu 26/11: after the holiday", "Call…"]  # fmt: skip

    [complaint] = page.complaints.rows()
    assert complaint.payload == made.complaint and complaint.alert
    assert texts(page.complaints, 0) == [str(made.complaint), "Dana Levi",
                                         "The candle arrived broken", "25/11/2026", "Open", "Open"]  # fmt: skip


def test_friendly_lines_when_there_is_nothing_to_do(page, qtbot):
    show_and_wait(qtbot, page)
    for section, text in (
        (page.birthdays_today, "No birthdays today."),
        (page.birthdays_week, "No more birthdays this week."),
        (page.pickups, "No orders waiting to be collected."),
        (page.calls, "No calls due."),
        (page.complaints, "No complaint follow-ups due."),
    ):
        assert section.empty_label.isVisible() and not section.view.isVisible()
        assert section.empty_label.plain_text() == text
    assert plain(page.date_label.text()).startswith("Thursday 26/11/2026")


def test_greeting_from_the_today_page_marks_greeted_and_the_row_goes(page, shop, qtbot):
    made = fill_today(shop)
    show_and_wait(qtbot, page)
    click_button(qtbot, page.birthdays_today, 0)
    dialog = page.findChild(GreetingDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.text().startswith("מזל טוב ליום ההולדת, Dana היקרה!")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.mark_button.click()
    assert page.birthdays_today.rows() == []
    assert page.birthdays_today.empty_label.isVisible()
    mark = shop.greetings.greeted_by(made.dana.id, "member", "", TODAY)
    assert (mark.by, mark.channel) == ("counter", "")

    # A child's birthday this week, greeted by copying the text: gone too, the channel recorded.
    dialog = page.greet(page.birthdays_week.rows()[0].payload)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text()
    assert [r.payload.name for r in page.birthdays_week.rows()] == ["Bamba"]
    mark = shop.greetings.greeted_by(made.noa.id, "child", "Maya", date(2026, 11, 28))
    assert mark.channel == "copy"


def test_the_buttons_open_the_order_the_call_and_the_complaint(window, shop, qtbot):
    made = fill_today(shop)
    reload(qtbot, window.today)
    today = window.today

    click_button(qtbot, today.pickups, 0)
    assert window.stack.currentWidget() is window.pickups
    assert window.pickups.shown_order.id == made.overdue_order

    window.show_page(today)
    row = next(i for i, r in enumerate(today.calls.rows()) if r.payload.reason == "callback")
    click_button(qtbot, today.calls, row)
    assert window.stack.currentWidget() is window.calls
    dialog = window.calls.dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.member_id, dialog.reason) == (made.avi.id, "callback")
    dialog.reject()

    window.show_page(today)
    today.complaints.click_action(0)
    assert window.stack.currentWidget() is window.care
    assert window.care.complaint_dialog is not None
    assert window.care.complaint_dialog.isVisible()


def test_double_click_opens_the_member_and_enter_acts(window, shop, qtbot):
    made = fill_today(shop)
    reload(qtbot, window.today)
    section = window.today.birthdays_week
    centre = section.view.visualRect(section.model.index(1, 0)).center()
    # A real double-click is press, release, press, double-click, release; QTest sends the last part.
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.stack.currentWidget() is window.counter
    assert window.counter.card.member.id == made.avi.id

    window.show_page(window.today)
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(0, 0))
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    dialog = window.today.findChild(GreetingDialog)
    assert dialog is not None and dialog.subject.name == "Maya"


def test_the_window_opens_on_today_and_typing_there_searches_at_the_counter(window, shop, qtbot):
    fill_today(shop)
    assert window.stack.currentWidget() is window.today
    assert window.stack.indexOf(window.today) == 0
    qtbot.waitUntil(lambda: window.today.hasFocus() or window.today.isAncestorOf(
        QGuiApplication.focusObject()))  # fmt: skip
    qtbot.keyClicks(window.today, "D")
    assert window.stack.currentWidget() is window.counter
    assert window.counter.search_box.hasFocus()
    qtbot.keyClicks(window.counter.search_box, "ana")
    qtbot.waitUntil(lambda: window.counter._searched_text == "Dana", timeout=2000)
    assert window.counter.model.rowCount() == 1


def test_long_lists_show_their_first_rows_and_say_how_many(page, shop, qtbot):
    fill_today(shop)
    data = load_today(shop, TODAY, shown=1)
    assert [r.payload.name for r in data.birthdays_week.rows] == ["Maya"]
    assert (data.birthdays_week.total, data.pickups.total, len(data.pickups.rows)) == (2, 2, 1)
    page.show()
    page.birthdays_week.set_rows(data.birthdays_week.rows, data.birthdays_week.total)
    assert page.birthdays_week.title_label.text() == "This week (2)"
    assert page.birthdays_week.more_label.isVisible()
    assert page.birthdays_week.more_label.plain_text() == (
        "The first 1 of 2; the Birthdays page lists them all."
    )
