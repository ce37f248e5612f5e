"""The members page: a lazy list over every member, opening one on the counter."""

from __future__ import annotations

from gui_support import add_many
from PySide6.QtCore import QModelIndex, Qt


def test_members_page_loads_a_page_at_a_time(window, shop, qtbot):
    add_many(shop, 1200)
    window.refresh_pages()
    window.show_page(window.members)
    model = window.members.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert 0 < model.rowCount() <= 500
    assert window.members.count_label.text() == "1,200 members"

    first = model.rowCount()
    model.fetchMore(QModelIndex())
    assert model.rowCount() > first
    window.members.table.scrollToBottom()
    qtbot.wait(50)
    assert model.rowCount() <= 1200


def test_count_label_for_one_member(window, shop):
    add_many(shop, 1)
    window.members.refresh()
    assert window.members.count_label.text() == "1 member"


def test_enter_on_a_member_opens_the_card_on_the_counter(window, shop, qtbot):
    ids = add_many(shop, 30)
    window.refresh_pages()
    window.show_page(window.members)
    table = window.members.table
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 30)
    table.setFocus()
    table.setCurrentIndex(window.members.model.index(3, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.counter
    assert window.counter.card.member.id == ids[3]


def test_double_click_opens_the_member(window, shop, qtbot):
    ids = add_many(shop, 5)
    window.refresh_pages()
    window.show_page(window.members)
    table = window.members.table
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 5)
    rect = table.visualRect(window.members.model.index(1, 1))
    # A real double-click is press, release, press, double-click, release; QTest sends only the last part.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.counter.card.member.id == ids[1]
