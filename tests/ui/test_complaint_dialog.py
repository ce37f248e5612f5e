"""The complaint dialog: opening one, moving its status forward only, goodwill points through the
ledger, "customer kept informed" entries, refusals shown as text."""

from __future__ import annotations

from datetime import date

from gui_support import TODAY, add_noa, plain

from ui.dialogs.complaint import ComplaintDialog
from ui.pages.care import CarePage


def care_page(qtbot, shop) -> CarePage:
    page = CarePage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    return page


def test_resolving_with_goodwill_adds_exactly_those_points_and_shows_resolved(shop, qtbot):
    noa = add_noa(shop)
    complaint_id = shop.complaints.open(noa.id, "The candle arrived broken")
    shop.ledger.adjust(noa.id, 120, "opening balance")
    before = shop.ledger.balance(noa.id)
    page = care_page(qtbot, shop)
    dialog = page.open_complaint(complaint_id)
    assert dialog.status_label.plain_text() == "Open"
    assert dialog.goodwill_spin.isEnabled()
    dialog.goodwill_spin.setValue(75)
    dialog.status_buttons["resolved"].click()
    assert shop.ledger.balance(noa.id) == before + 75
    stored = shop.complaints.get(complaint_id)
    assert stored.status == "resolved" and stored.goodwill_points == 75
    assert dialog.status_label.plain_text() == "Resolved"
    assert not dialog.goodwill_spin.isEnabled() and dialog.goodwill_spin.value() == 0
    assert not dialog.status_buttons["in-progress"].isEnabled()
    assert not dialog.status_buttons["resolved"].isEnabled()
    assert dialog.status_buttons["closed"].isEnabled()
    assert "75 goodwill points given" in plain(dialog.resolution_label.plain_text())
    # the list on the page shows it resolved once "all complaints" are shown
    assert page.complaints.model.rowCount() == 0  # "still being handled" is the default filter
    page.complaints.set_open_only(False)
    row = page.complaints.model.records().index(stored)
    assert page.complaints.model.index(row, 3).data() == "Resolved"


def test_resolving_without_goodwill_leaves_the_balance(shop, qtbot):
    noa = add_noa(shop)
    complaint_id = shop.complaints.open(noa.id, "Late delivery")
    page = care_page(qtbot, shop)
    dialog = page.open_complaint(complaint_id)
    dialog.status_buttons["in-progress"].click()
    assert shop.complaints.get(complaint_id).status == "in-progress"
    assert not dialog.status_buttons["in-progress"].isEnabled()
    dialog.status_buttons["resolved"].click()
    assert shop.ledger.balance(noa.id) == 0
    assert shop.complaints.get(complaint_id).status == "resolved"


def test_a_stale_dialog_cannot_move_the_status_back_and_says_why(shop, qtbot):
    noa = add_noa(shop)
    complaint_id = shop.complaints.open(noa.id, "Wrong size")
    page = care_page(qtbot, shop)
    dialog = page.open_complaint(complaint_id)
    shop.complaints.update(complaint_id, status="closed")  # meanwhile, from the CLI
    dialog.goodwill_spin.setValue(30)
    dialog.status_buttons["in-progress"].click()
    assert (
        plain(dialog.error_label.plain_text())
        == "Complaint 1 is closed; it cannot become in-progress."
    )
    assert "Traceback" not in dialog.error_label.text()
    assert shop.complaints.get(complaint_id).status == "closed"
    assert shop.ledger.balance(noa.id) == 0


def test_customer_kept_informed_entries_are_logged_and_shown(shop, qtbot):
    noa = add_noa(shop)
    complaint_id = shop.complaints.open(noa.id, "Missing item")
    page = care_page(qtbot, shop)
    dialog = page.open_complaint(complaint_id)
    dialog.log.informed_edit.setText("Called: replacement ordered")
    dialog.log.add_button.click()
    events = shop.complaints.get(complaint_id).events
    assert [(e.kind, e.text) for e in events][-1] == ("informed", "Called: replacement ordered")
    model = dialog.log.model
    assert model.rowCount() == len(events)
    assert model.index(model.rowCount() - 1, 1).data() == "Customer kept informed"
    assert plain(model.index(model.rowCount() - 1, 2).data()) == "Called: replacement ordered"
    assert dialog.log.informed_edit.text() == ""


def test_saving_changes_remedy_owner_and_follow_up(shop, qtbot):
    noa = add_noa(shop)
    complaint_id = shop.complaints.open(noa.id, "Scratched mug")
    dialog = care_page(qtbot, shop).open_complaint(complaint_id)
    dialog.remedy_combo.setCurrentIndex(dialog.remedy_combo.findData("replacement"))
    dialog.owner_edit.setText("Dana")
    dialog.follow_up.set_value(date(2026, 12, 1))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = shop.complaints.get(complaint_id)
    assert (stored.remedy, stored.owner, stored.follow_up_on) == (
        "replacement",
        "Dana",
        date(2026, 12, 1),
    )
    assert [e.kind for e in stored.events] == ["opened", "remedy", "owner", "follow-up"]
    shown = [plain(dialog.log.model.index(row, 2).data()) for row in range(4)]
    assert shown == ["Scratched mug", "Replacement", "Dana", "01/12/2026"]


def test_a_new_complaint_for_a_member(shop, qtbot):
    noa = add_noa(shop)
    page = care_page(qtbot, shop)
    dialog = page.new_complaint(noa.id)
    assert dialog.member.member_id == noa.id
    assert page.tabs.currentWidget() is page.complaints
    dialog.what_edit.setPlainText("Charged twice")
    dialog.happened_edit.setDate(date(2026, 11, 20))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("phone"))
    dialog.remedy_combo.setCurrentIndex(dialog.remedy_combo.findData("refund"))
    dialog.owner_edit.setText("Avi")
    dialog.follow_up.set_value(date(2026, 11, 29))
    with qtbot.waitSignal(dialog.complaintSaved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = shop.complaints.get(saved.args[0])
    assert (stored.member_id, stored.what, stored.happened_on, stored.channel) == (
        noa.id,
        "Charged twice",
        date(2026, 11, 20),
        "phone",
    )
    assert (stored.remedy, stored.owner, stored.follow_up_on, stored.status) == (
        "refund",
        "Avi",
        date(2026, 11, 29),
        "open",
    )
    assert page.complaints.model.records() == [stored]


def test_a_new_complaint_needs_a_member_and_a_text(shop, qtbot):
    noa = add_noa(shop)
    dialog = ComplaintDialog(shop, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.what_edit.setPlainText("Rude reply")
    dialog.open_complaint()
    assert dialog.error_label.plain_text() == "Find the member first."
    dialog.member.query_edit.setText("052-345-6789")
    dialog.member.find_button.click()
    assert dialog.member.member_id == noa.id
    dialog.what_edit.setPlainText("   ")
    assert dialog.open_complaint() is None
    assert dialog.error_label.text() and shop.complaints.list() == []


def test_clearing_the_remedy_and_the_follow_up(shop, qtbot):
    noa = add_noa(shop)
    complaint_id = shop.complaints.open(
        noa.id, "Scratched mug", remedy="credit", follow_up_on=date(2026, 12, 1)
    )
    dialog = care_page(qtbot, shop).open_complaint(complaint_id)
    dialog.remedy_combo.setCurrentIndex(dialog.remedy_combo.findData(None))
    dialog.follow_up.set_value(None)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = shop.complaints.get(complaint_id)
    assert (stored.remedy, stored.follow_up_on) == (None, None)
