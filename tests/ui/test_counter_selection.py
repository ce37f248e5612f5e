"""The card always shows the selected result: clicks and arrows open the member, F5 acts on them;
the status line tells how many match; the layout keeps names and the right edge whole."""

from __future__ import annotations

import pytest
from gui_support import TODAY, add_many, add_noa, plain
from PySide6.QtCore import Qt

from shopkeeper.club.records import MemberDraft
from shopkeeper.club.search import SearchPage
from ui.dialogs.record_purchase import RecordPurchaseDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.models.member_results import COLUMNS


def search_and_wait(qtbot, window, text):
    window.counter.search_box.setText(text)
    qtbot.waitUntil(lambda: window.counter._searched_text == text, timeout=2000)


@pytest.fixture
def two(window, shop, qtbot):
    """Noa Cohen and Noam Bar, both found by "noa" (Noa first)."""
    noa = add_noa(shop)
    noam = shop.members.add(MemberDraft(first_name="Noam", last_name="Bar", phone="054-999-8877"))
    window.show_page(window.counter)
    search_and_wait(qtbot, window, "noa")
    assert [window.counter.model.member_id(r) for r in range(2)] == [noa.id, noam.member.id]
    return noa, noam.member


def click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_search_selects_no_row_and_opens_nobody(window, two):
    counter = window.counter
    assert not counter.results.selectionModel().hasSelection()
    assert counter.right.currentWidget() is counter.placeholder


def test_clicking_the_second_result_then_f5_records_on_the_second_member(window, shop, two, qtbot):
    noa, noam = two
    window.open_member(noa.id)  # the card showed Noa before the click
    click_row(qtbot, window.counter.results, 1)
    assert window.counter.card.member.id == noam.id
    assert window.counter.card.name_label.plain_text() == "Noam Bar"
    assert window.counter.results.selectionModel().selectedRows()[0].row() == 1

    qtbot.keyClick(window, Qt.Key.Key_F5)
    dialog = window.findChild(RecordPurchaseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.member_id == noam.id
    assert dialog.windowTitle() == "Record purchase — Noam Bar"
    dialog.amount_edit.setText("80")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [p.amount for p in shop.purchases.for_member(noam.id)] == [80_00]
    assert shop.purchases.for_member(noa.id) == []


def test_arrow_keys_move_the_card(window, two, qtbot):
    noa, noam = two
    counter = window.counter
    qtbot.keyClick(counter.search_box, Qt.Key.Key_Down)  # into the results: the first row
    assert counter.card.member.id == noa.id
    qtbot.keyClick(counter.results, Qt.Key.Key_Down)
    assert counter.card.member.id == noam.id
    qtbot.keyClick(counter.results, Qt.Key.Key_Up)
    assert counter.card.member.id == noa.id
    assert counter.right.currentWidget() is counter.card


def test_the_card_and_the_selected_row_never_disagree(window, shop, two, qtbot):
    noa, noam = two
    counter = window.counter
    window.open_member(noam.id)  # opened from elsewhere: its row is selected
    assert counter.results.selectionModel().selectedRows()[0].row() == 1
    search_and_wait(qtbot, window, "cohen")  # Noam is not listed: no row is selected
    assert not counter.results.selectionModel().hasSelection()
    assert counter.card.member.id == noam.id
    search_and_wait(qtbot, window, "noa")  # listed again: selected again
    assert counter.results.selectionModel().selectedRows()[0].row() == 1


def test_the_status_line_says_how_many_match_in_all(window, shop, qtbot):
    add_many(shop, 1655)
    window.show_page(window.counter)
    search_and_wait(qtbot, window, "first")
    assert window.counter.model.rowCount() == 20
    assert plain(window.counter.status_label.plain_text()) == "20 of 1,655 shown — keep typing"
    search_and_wait(qtbot, window, "first0000")  # First00000 … First00009
    assert window.counter.status_label.plain_text() == "Found: 10 — Enter opens the first"
    page = SearchPage(members=tuple(shop.search.search("first")), total=10_000, capped=True)
    assert plain(window.counter._status(page)) == "20 of 10,000+ shown — keep typing"


def test_names_keep_their_width_at_the_default_window_size(window, shop, qtbot):
    add_noa(shop)
    window.show_page(window.counter)
    search_and_wait(qtbot, window, "noa")
    view = window.counter.results
    assert (window.width(), window.height()) == (1200, 760)
    name_width = view.columnWidth(COLUMNS.index("name"))
    assert name_width >= view.fontMetrics().horizontalAdvance("Deborah Schneider") + 8
    assert not view.isColumnHidden(COLUMNS.index("phone"))


def test_hebrew_search_box_and_results_lie_inside_the_page(qapp, qtbot, shop):
    apply_language(qapp, "he")
    window = MainWindow(shop, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    add_noa(shop)
    window.show_page(window.counter)
    search_and_wait(qtbot, window, "noa")
    counter = window.counter
    assert counter.isRightToLeft()
    inside = counter.splitter.geometry()  # the page's content area, left of the side bar
    for widget in (counter.search_box, counter.results):
        right = widget.mapTo(counter, widget.rect().topRight()).x()
        left = widget.mapTo(counter, widget.rect().topLeft()).x()
        assert inside.left() <= left and right <= inside.right(), type(widget).__name__
    nav_left = window.nav.mapTo(window, window.nav.rect().topLeft()).x()
    box_right = counter.search_box.mapTo(window, counter.search_box.rect().topRight()).x()
    assert box_right < nav_left
