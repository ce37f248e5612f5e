"""The calls page: win-back best value first, follow-ups, call-backs due; one click logs a call and
the row leaves its list; a complaint result opens the complaint; print and export."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from gui_support import TODAY, add_many, add_noa, plain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.printing.pdf_support import pdftotext_pages
from ui.pages.calls import CallsPage
from ui.widgets.call_list_columns import LISTS
from ui.widgets.dialog_state import is_showing
from ui.widgets.touch_texts import OVERDUE_COLOUR


def buy(shop, member_id: int, amount: int, at: datetime, fulfilment: str = "taken") -> int:
    return shop.purchases.record(
        PurchaseDraft(member_id, amount=amount, at=at, fulfilment=fulfilment)
    ).id


@pytest.fixture
def people(shop):
    """Three lapsed members of different value, a recent shipped buyer, a call-back due."""
    noa = add_noa(shop).id
    big, small, recent, caller = add_many(shop, 4)
    buy(shop, big, 90000, datetime(2026, 5, 10, 11, 0))
    buy(shop, big, 10000, datetime(2026, 6, 1, 11, 0))
    buy(shop, small, 20000, datetime(2026, 7, 1, 11, 0))
    buy(shop, noa, 50000, datetime(2026, 4, 2, 11, 0))
    shipped = buy(shop, recent, 8000, datetime(2026, 11, 22, 15, 0), fulfilment="shipped")
    buy(shop, caller, 5000, datetime(2026, 11, 1, 10, 0))
    shop.calls.log(caller, "call-back", reason="other", call_back_on=TODAY, note="after five")
    return {
        "noa": noa,
        "big": big,
        "small": small,
        "recent": recent,
        "caller": caller,
        "shipped": shipped,
    }


def calls_page(qtbot, shop) -> CallsPage:
    page = CallsPage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_row(qtbot, page: CallsPage, key: str, row: int):
    page.tabs.setCurrentIndex(("winback", "followups", "callbacks").index(key))
    view = page.views[key]
    index = view.model().index(row, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    return page.dialog


def ids(page: CallsPage, key: str) -> list[int]:
    return [entry.member_id for entry in page.models[key].records()]


def test_the_three_lists_match_the_service(shop, qtbot, people):
    page = calls_page(qtbot, shop)
    assert page.days_spin.value() == 90
    assert ids(page, "winback") == [e.member_id for e in shop.calls.winback(TODAY)]
    assert ids(page, "winback")[:3] == [people["big"], people["noa"], people["small"]]
    assert ids(page, "followups") == [people["recent"]]
    assert ids(page, "callbacks") == [people["caller"]]
    big = page.models["winback"]
    cells = [plain(big.index(0, c).data()) for c in range(7)]
    assert cells == ["First00000 Last00000", "052-100-0000", "01/06/2026", "178", "₪1,000", "2", ""]
    follow = page.models["followups"]
    assert [plain(follow.index(0, c).data()) for c in range(5)] == [
        "First00002 Last00002",
        "052-100-0002",
        "22/11/2026",
        "₪80",
        "Shipped",
    ]
    assert plain(page.tabs.tabText(0)) == f"Win-back ({len(shop.calls.winback(TODAY))})"
    assert plain(page.tabs.tabText(2)) == "Call-backs due (1)"


def test_fewer_days_bring_more_members_into_the_win_back_list(shop, qtbot, people):
    page = calls_page(qtbot, shop)
    before = ids(page, "winback")
    assert people["caller"] not in before  # bought 25 days ago
    page.days_spin.setValue(20)
    page.refresh()
    assert ids(page, "winback") == [e.member_id for e in shop.calls.winback(TODAY, days=20)]
    assert people["caller"] not in ids(page, "winback")  # called today
    assert people["recent"] not in ids(page, "winback")


@pytest.mark.parametrize("result", ["reached", "no-answer", "call-back", "not-interested"])
def test_one_click_logs_the_call_and_the_row_leaves_the_list(shop, qtbot, people, result):
    page = calls_page(qtbot, shop)
    dialog = click_row(qtbot, page, "winback", 0)
    assert dialog is not None and dialog.isVisible() and dialog.member_id == people["big"]
    dialog.choose(result)
    if result == "call-back":
        dialog.call_back_edit.setDate(date(2026, 11, 30))
    dialog.note_edit.setPlainText("spoke about the sale")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [call] = shop.calls.history(people["big"])
    assert (call.result, call.reason, call.note) == (result, "winback", "spoke about the sale")
    assert call.call_back_on == (date(2026, 11, 30) if result == "call-back" else None)
    assert people["big"] not in ids(page, "winback")
    assert ids(page, "winback")[:2] == [people["noa"], people["small"]]
    assert "First00000 Last00000" in plain(page.notice_label.plain_text())


def test_a_follow_up_call_is_logged_for_its_purchase(shop, qtbot, people):
    page = calls_page(qtbot, shop)
    dialog = click_row(qtbot, page, "followups", 0)
    assert (dialog.reason, dialog.purchase_id) == ("followup", people["shipped"])
    dialog.save()
    [call] = shop.calls.history(people["recent"])
    assert (call.reason, call.purchase_id, call.result) == (
        "followup",
        people["shipped"],
        "reached",
    )
    assert ids(page, "followups") == [] and plain(page.tabs.tabText(1)) == "Follow-ups (0)"


def test_a_call_back_is_answered_and_leaves_the_due_list(shop, qtbot, people):
    shop.calls.log(people["small"], "call-back", call_back_on=TODAY)
    page = calls_page(qtbot, shop)
    assert set(ids(page, "callbacks")) == {people["caller"], people["small"]}
    dialog = click_row(qtbot, page, "callbacks", ids(page, "callbacks").index(people["caller"]))
    assert dialog.reason == "callback"
    dialog.choose("reached")
    dialog.save()
    assert ids(page, "callbacks") == [people["small"]]
    assert shop.calls.history(people["caller"])[0].reason == "callback"


def test_an_overdue_call_back_shows_in_red(shop, qtbot, people):
    page = CallsPage(shop, lambda: date(2026, 11, 28))
    qtbot.addWidget(page)
    page.show()
    model = page.models["callbacks"]
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR


def test_a_complaint_result_opens_the_complaint_dialog_for_that_member(shop, qtbot, people):
    page = calls_page(qtbot, shop)
    dialog = click_row(qtbot, page, "winback", 1)
    assert dialog.member_id == people["noa"]
    dialog.choose("complaint")
    dialog.save()
    assert shop.calls.history(people["noa"])[0].result == "complaint"
    complaint = page.complaint_dialog
    assert complaint is not None and complaint.isVisible()
    assert complaint.member.member_id == people["noa"]
    complaint.what_edit.setPlainText("The order was wrong")
    with qtbot.waitSignal(page.complaintSaved) as saved:
        complaint.buttons.button(complaint.buttons.StandardButton.Save).click()
    stored = shop.complaints.get(saved.args[0])
    assert (stored.member_id, stored.what) == (people["noa"], "The order was wrong")


def test_the_member_card_is_asked_for_from_the_call_dialog(shop, qtbot, people):
    page = calls_page(qtbot, shop)
    dialog = click_row(qtbot, page, "winback", 0)
    with qtbot.waitSignal(page.openMember) as asked:
        dialog.card_button.click()
    assert asked.args == [people["big"]]


def test_a_big_shop_reads_the_lists_off_the_gui_thread(shop, qtbot, people, monkeypatch):
    monkeypatch.setattr(CallsPage, "BIG_SHOP", 1)
    page = CallsPage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.task is not None
    qtbot.waitUntil(lambda: page.models["followups"].rowCount() == 1, timeout=5000)
    assert ids(page, "winback") == [e.member_id for e in shop.calls.winback(TODAY)]
    assert page.notice_label.isHidden()


def test_print_list_previews_the_shown_list_as_a_pdf(shop, qtbot, people, tmp_path):
    shop.settings.set("language", "en")
    page = calls_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    dialog = page.print_list()
    assert dialog is not None and dialog.isVisible()
    pdf = tmp_path / "followups.pdf"
    pdf.write_bytes(dialog.data)
    [text] = pdftotext_pages(pdf)
    assert "Follow-up calls" in text and "First00002 Last00002" in text
    assert "First00000 Last00000" not in text  # a win-back member, not on this list
    page.tabs.setCurrentIndex(0)
    pdf.write_bytes(page.print_list().data)
    assert "Win-back calls" in pdftotext_pages(pdf)[0]


def test_an_empty_list_prints_under_its_own_title(shop, qtbot, tmp_path):
    shop.settings.set("language", "en")
    page = calls_page(qtbot, shop)
    page.tabs.setCurrentIndex(2)
    pdf = tmp_path / "callbacks.pdf"
    pdf.write_bytes(page.print_list().data)
    text = pdftotext_pages(pdf)[0]
    assert "Call-backs" in text and "Nobody to call on this list." in text


def answer_save_dialog(monkeypatch, path, chosen="CSV (*.csv)"):
    asked = []

    def fake(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_export_writes_a_readable_csv_of_the_shown_list(shop, qtbot, people, monkeypatch, tmp_path):
    shop.settings.set("language", "en")
    page = calls_page(qtbot, shop)
    asked = answer_save_dialog(monkeypatch, tmp_path / "winback")
    written = page.export_list()
    assert written == tmp_path / "winback.csv"
    assert "calls-winback-2026-11-26.csv" in asked[0][1]
    with open(written, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    entries = shop.calls.winback(TODAY)
    assert [row["Name"] for row in rows] == [e.name for e in entries]
    first = rows[0]
    assert (first["Phone"], first["Last purchase"], first["12-month spend"], first["Visits"]) == (
        "052-100-0000",
        "01/06/2026",
        "1000.00",
        "2",
    )
    assert str(written) in plain(page.notice_label.plain_text())


def test_export_to_excel_and_cancelling(shop, qtbot, people, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    page = calls_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    answer_save_dialog(monkeypatch, tmp_path / "followups", chosen="Excel (*.xlsx)")
    written = page.export_list()
    assert written == tmp_path / "followups.xlsx"
    sheet = load_workbook(written).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 2 and "First00002 Last00002" in values[1]
    answer_save_dialog(monkeypatch, "")
    page.notice_label.hide()
    assert page.export_list() is None and page.notice_label.isHidden()


def test_an_export_refused_is_said_not_raised(shop, qtbot, people, monkeypatch, tmp_path):
    page = calls_page(qtbot, shop)
    answer_save_dialog(monkeypatch, tmp_path / "calls.txt")
    assert page.export_list() is None
    assert not (tmp_path / "calls.txt").exists()
    assert "calls.txt" in plain(page.notice_label.plain_text())
    assert "Traceback" not in page.notice_label.plain_text()


def test_an_export_that_cannot_be_written_says_where_and_why(shop, qtbot, people, monkeypatch,
                                                           tmp_path):  # fmt: skip
    page = calls_page(qtbot, shop)
    target = tmp_path / "missing" / "calls.csv"
    answer_save_dialog(monkeypatch, target)
    assert page.export_list() is None
    assert plain(page.notice_label.plain_text()) == (
        f"Could not save to {target}: No such file or directory"
    )


def test_a_cancelled_call_keeps_the_row_and_the_next_click_opens_a_new_dialog(shop, qtbot, people):
    page = calls_page(qtbot, shop)
    first = click_row(qtbot, page, "winback", 0)
    first.reject()
    assert not is_showing(page.dialog)
    assert shop.calls.history(people["big"]) == []
    assert ids(page, "winback")[0] == people["big"]
    second = click_row(qtbot, page, "winback", 1)
    assert second is not first and second.member_id == people["noa"] and second.isVisible()


def test_an_empty_list_exports_and_prints_as_its_own_kind(shop, qtbot, monkeypatch, tmp_path):
    shop.settings.set("language", "en")
    page = calls_page(qtbot, shop)
    page.tabs.setCurrentIndex(LISTS.index("followups"))
    answer_save_dialog(monkeypatch, tmp_path / "followups.csv")
    written = page.export_list()
    with open(written, encoding="utf-8-sig", newline="") as file:
        [header] = list(csv.reader(file))
    assert header[3:7] == ["Purchase no.", "Purchased", "Amount", "Why"]
    pdf = tmp_path / "followups.pdf"
    pdf.write_bytes(page.print_list().data)
    [text] = pdftotext_pages(pdf)
    assert "Follow-up calls" in text and "Purchased" in text


def test_the_lists_are_read_when_the_page_is_shown_not_when_it_is_built(shop, qtbot, people):
    page = CallsPage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    assert page.models["winback"].rowCount() == 0 and page.task is None
    page.show()
    assert ids(page, "winback") == [e.member_id for e in shop.calls.winback(TODAY)]
