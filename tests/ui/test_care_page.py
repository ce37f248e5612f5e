"""The care page: recent feedback by category, NPS for a period and by month, statements,
a detractor's complaint in one click, complaints open first with overdue follow-ups in red."""

from __future__ import annotations

from datetime import date, timedelta

from gui_support import TODAY, add_many, add_noa, plain
from PySide6.QtCore import Qt

from ui.pages.care import CarePage
from ui.widgets.complaints_panel import resolution_text
from ui.widgets.feedback_panel import COMPLAINT_COLUMN
from ui.widgets.touch_texts import CATEGORY_BACKGROUNDS, OVERDUE_COLOUR


def care_page(qtbot, shop) -> CarePage:
    page = CarePage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_cell(qtbot, view, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_a_detractor_opens_a_complaint_prefilled_in_one_click(shop, qtbot):
    noa = add_noa(shop)
    [other] = add_many(shop, 1)
    detractor = shop.feedback.add(
        noa.id, 3, comment="Nobody helped me", given_on=date(2026, 11, 20)
    )
    shop.feedback.add(other, 10, comment="Lovely", given_on=date(2026, 11, 21))
    page = care_page(qtbot, shop)
    model = page.feedback.recent
    rows = {model.record(r).id: r for r in range(model.rowCount())}
    assert plain(model.index(rows[detractor], COMPLAINT_COLUMN).data()) == "Open complaint…"
    assert (
        model.index(rows[detractor], 0).data(Qt.ItemDataRole.BackgroundRole).color()
        == (CATEGORY_BACKGROUNDS["detractor"])
    )
    assert model.index(rows[detractor], 3).data() == "Detractor"

    # a promoter's complaint cell is empty, and clicking it opens nothing
    promoter_row = 1 - rows[detractor]
    click_cell(qtbot, page.feedback.recent_view, promoter_row, COMPLAINT_COLUMN)
    assert page.complaint_dialog is None

    click_cell(qtbot, page.feedback.recent_view, rows[detractor], COMPLAINT_COLUMN)
    dialog = page.complaint_dialog
    assert dialog is not None and dialog.isVisible() and dialog.record is None
    assert dialog.member.member_id == noa.id and dialog.feedback_id == detractor
    assert dialog.what_edit.toPlainText() == "Nobody helped me"
    assert dialog.happened_edit.date().toPython() == date(2026, 11, 20)
    assert page.tabs.currentWidget() is page.feedback
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [complaint] = shop.complaints.list()
    assert (complaint.member_id, complaint.feedback_id, complaint.what) == (
        noa.id,
        detractor,
        "Nobody helped me",
    )
    row = next(r for r in range(model.rowCount()) if model.record(r).id == detractor)
    assert plain(model.index(row, COMPLAINT_COLUMN).data()) == f"Complaint {complaint.id}"

    # once opened, the same click shows that complaint rather than a second one
    click_cell(qtbot, page.feedback.recent_view, row, COMPLAINT_COLUMN)
    assert page.complaint_dialog.record.id == complaint.id
    assert len(shop.complaints.list()) == 1


def test_a_walk_in_detractor_cannot_open_a_complaint(shop, qtbot):
    shop.feedback.add(None, 2, comment="Too slow")
    page = care_page(qtbot, shop)
    assert page.feedback.recent.index(0, COMPLAINT_COLUMN).data() == ""
    page.feedback.recent_view.setCurrentIndex(page.feedback.recent.index(0, 0))
    assert not page.feedback.complaint_button.isEnabled()
    assert plain(page.feedback.recent.index(0, 1).data()) == "(walk-in)"


def test_nps_for_the_chosen_period_matches_the_service(shop, qtbot):
    members = add_many(shop, 8)
    scores = [
        (date(2026, 9, 3), 10),
        (date(2026, 9, 15), 9),
        (date(2026, 9, 28), 4),
        (date(2026, 10, 2), 7),
        (date(2026, 10, 9), 0),
        (date(2026, 10, 30), 10),
        (date(2026, 11, 5), 9),
        (date(2026, 11, 25), 6),
    ]
    for member, (day, score) in zip(members, scores, strict=True):
        shop.feedback.add(member, score, given_on=day)
    page = care_page(qtbot, shop)
    panel = page.feedback
    for start, end in [
        (date(2026, 9, 1), date(2026, 11, 26)),
        (date(2026, 10, 1), date(2026, 10, 31)),
        (date(2026, 9, 10), date(2026, 11, 10)),
        (date(2026, 1, 1), date(2026, 2, 1)),
    ]:
        panel.set_period(start, end)
        report = shop.feedback.nps(start, end)
        expected = "—" if report.nps is None else f"{report.nps:+d}" if report.nps else "0"
        assert plain(panel.nps_label.text()) == f"NPS {expected}"
        assert plain(panel.counts_label.plain_text()) == (
            f"{report.responses} answers: {report.promoters} promoters, {report.passives} passives, "
            f"{report.detractors} detractors"
        )
        months = shop.feedback.by_month(start, end)
        assert panel.months.rowCount() == len(months)
        for row, (month, month_report) in enumerate(reversed(months)):  # latest first
            cells = [plain(panel.months.index(row, c).data()) for c in range(6)]
            year, number = month.split("-")
            nps = month_report.nps
            assert cells == [
                f"{number}/{year}",
                "—" if nps is None else f"{nps:+d}" if nps else "0",
                str(month_report.responses),
                str(month_report.promoters),
                str(month_report.passives),
                str(month_report.detractors),
            ]
    # the whole period: 4 promoters, 1 passive, 3 detractors of 8 → +13 (12.5 rounded away)
    panel.set_period(date(2026, 9, 1), date(2026, 11, 26))
    assert plain(panel.nps_label.text()) == "NPS +13"


def test_a_reversed_period_is_refused_with_a_message(shop, qtbot):
    page = care_page(qtbot, shop)
    page.feedback.set_period(date(2026, 11, 1), date(2026, 10, 1))
    assert page.feedback.error_label.isVisible()
    assert "period" in page.feedback.error_label.plain_text()


def test_statements_are_added_retired_and_show_their_mean(shop, qtbot):
    noa = add_noa(shop)
    staff = shop.feedback.add_statement("The staff knew what I needed")
    page = care_page(qtbot, shop)
    statements = page.feedback.statements
    statements.text_edit.setText("Easy to find things")
    statements.add_button.click()
    assert [s.text for s in shop.feedback.statements()] == [
        "The staff knew what I needed",
        "Easy to find things",
    ]
    shop.feedback.add(noa.id, 9, answers={staff: 4}, given_on=TODAY)
    shop.feedback.add(noa.id, 8, answers={staff: 5}, given_on=TODAY)
    page.refresh()
    assert statements.model.rowCount() == 2
    assert plain(statements.model.index(0, 1).data()) == "4.50"
    assert plain(statements.model.index(0, 2).data()) == "2"
    assert statements.model.index(1, 1).data() == "—"
    statements.view.setCurrentIndex(statements.model.index(0, 0))
    statements.retire_button.click()
    assert [s.text for s in shop.feedback.statements()] == ["Easy to find things"]
    assert statements.model.index(0, 3).data() == "retired"  # answered, so still shown
    statements.text_edit.setText("Easy to find things")  # the same as an active one
    statements.add_button.click()
    assert "Easy to find things" in page.feedback.error_label.plain_text()


def test_complaints_list_open_first_with_overdue_follow_ups_in_red(shop, qtbot):
    noa = add_noa(shop)
    done = shop.complaints.open(noa.id, "Old issue")
    shop.complaints.update(done, status="resolved")
    late = shop.complaints.open(noa.id, "Late one", follow_up_on=date(2026, 11, 20))
    soon = shop.complaints.open(noa.id, "Soon one", follow_up_on=date(2026, 11, 30))
    page = care_page(qtbot, shop)
    panel = page.complaints
    assert [r.id for r in panel.model.records()] == [late, soon]
    panel.set_open_only(False)
    assert [r.id for r in panel.model.records()] == [late, soon, done]
    follow_up = 6
    assert panel.model.index(0, follow_up).data(Qt.ItemDataRole.ForegroundRole).color() == (
        OVERDUE_COLOUR
    )
    assert panel.model.index(1, follow_up).data(Qt.ItemDataRole.ForegroundRole) is None
    assert plain(panel.model.index(2, 8).data()) == "0 days"
    assert plain(panel.model.index(0, 8).data()) == "opened today"
    click_cell(qtbot, panel.view, 1, 2)
    assert page.complaint_dialog.record.id == soon


def test_an_unknown_complaint_is_reported_not_raised(shop, qtbot):
    page = care_page(qtbot, shop)
    assert page.open_complaint(42) is None
    assert page.error_label.plain_text() == "There is no complaint number 42."


def test_how_long_a_complaint_has_been_open_reads_naturally(shop):
    noa = add_noa(shop)
    record = shop.complaints.get(shop.complaints.open(noa.id, "Late order"))
    opened = record.opened_at.date()
    assert plain(resolution_text(record, opened)) == "opened today"
    assert plain(resolution_text(record, opened + timedelta(days=1))) == "open since yesterday"
    assert plain(resolution_text(record, opened + timedelta(days=5))) == "open 5 days"
