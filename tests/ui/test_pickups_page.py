"""The pickups page: new orders, overdue first, ready → WhatsApp, slips, a scanned code at the counter."""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote

from gui_support import TODAY, add_noa
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from ui.models.pickup_list import OVERDUE_BACKGROUND, PickupListModel


def test_new_order_dialog_creates_an_order_for_the_card_member(window, qtbot):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.pickups.new_order(noa.id)
    assert dialog.ready_by_edit.date().toPython() == window.shop.pickups.proposed_ready_by(TODAY)
    row = dialog.lines.rows[0]
    row.name.setText("Candle")
    row.qty.setValue(2)
    row.price.setText("45")
    dialog.paid_edit.setText("20")
    dialog.shelf_edit.setText("B2")
    with qtbot.waitSignal(dialog.orderCreated) as created:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    order = window.shop.pickups.get(created.args[0])
    assert order.member.id == noa.id and order.due == 7000 and order.shelf == "B2"
    assert window.pickups.shown_order.id == order.id
    assert order.code in window.pickups.notice_label.text()


def test_new_order_dialog_finds_a_member_by_phone_and_refuses_no_items(window):
    noa = add_noa(window.shop)
    dialog = window.pickups.new_order()
    dialog.member_edit.setText("0523456789")
    dialog.find_button.click()
    assert dialog.member_id == noa.id
    dialog.save()
    assert dialog.error_label.text() and window.shop.pickups.waiting(on=TODAY) == []


def test_overdue_orders_come_first_and_are_highlighted(shop, qtbot):
    later = shop.pickups.create(None, [("Soap", 1, 1000)], ready_by=date(2026, 12, 3))
    late = shop.pickups.create(None, [("Tea", 1, 1000)], ready_by=date(2026, 11, 20))
    model = PickupListModel()
    model.set_orders(shop.pickups.waiting(on=TODAY))
    assert [model.order(r).id for r in range(2)] == [late.id, later.id]
    background = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == OVERDUE_BACKGROUND
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "overdue" in model.data(model.index(0, 5))


def test_mark_ready_then_send_whatsapp(window, monkeypatch):
    noa = add_noa(window.shop)
    order = window.shop.pickups.create(noa.id, [("Candle", 1, 4500)])
    window.open_pickup(order.id)
    assert not window.pickups.whatsapp_button.isEnabled()
    window.pickups.ready_button.click()
    assert window.shop.pickups.get(order.id).status == "ready"
    assert window.pickups.whatsapp_button.isEnabled()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.pickups.whatsapp_button.click()
    url = opened[0].toString()
    assert url.startswith("https://wa.me/972523456789")
    assert "Noa" in unquote(url)
    window.pickups.collect_button.click()
    assert window.shop.pickups.get(order.id).status == "collected"
    assert window.pickups.model.rowCount() == 0


def test_cancel_and_refused_change(window):
    order = window.shop.pickups.create(None, [("Tea", 1, 1000)])
    window.open_pickup(order.id)
    window.pickups.cancel_button.click()
    assert window.shop.pickups.get(order.id).status == "cancelled"
    assert window.pickups.shown_order.status == "cancelled"
    assert not window.pickups.collect_button.isEnabled()


def test_print_slip_previews_it(window):
    order = window.shop.pickups.create(None, [("Tea", 1, 1000)])
    window.open_pickup(order.id)
    dialog = window.pickups.print_slip()
    assert dialog.preview.page_count == 1 and dialog.data.startswith(b"%PDF")
    dialog.close()


def test_scanning_a_pickup_code_at_the_counter_opens_the_order(window, qtbot):
    add_noa(window.shop)
    order = window.shop.pickups.create(None, [("Tea", 1, 1000)])
    window.focus_search()
    qtbot.keyClicks(window.counter.search_box, order.code.lower())
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pickups
    assert window.pickups.shown_order.id == order.id
    window.focus_search()
    window.counter.search_box.setText("0523456789")
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.counter


def test_a_mouse_click_on_an_order_shows_its_actions(window, qtbot):
    noa = add_noa(window.shop)
    window.shop.pickups.create(noa.id, [("Candle", 1, 4500)])
    window.show_page(window.pickups)
    window.pickups.refresh()
    table = window.pickups.table
    table.clearSelection()
    window.pickups._selection_changed()
    assert not window.pickups.ready_button.isEnabled()
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pickups.ready_button.isEnabled()
