"""The import wizard: file, column mapping, dry run, import (qtbot, offscreen)."""

from __future__ import annotations

import pytest
from gui_support import plain
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QWizard

from shopkeeper.club.records import MemberDraft
from ui.dialogs.import_wizard import ImportWizard

HEADER = ["שם פרטי", "שם משפחה", "טלפון", "תאריך לידה", "עיר", "הערות", "כינוי"]
ROWS = [
    ["דנה", "כהן", "052-345-6789", "14/03/1985", "תל אביב", "לקוחה ותיקה", "דנוש"],  # row 2
    ["יוסי", "לוי", "05x-abc", "01/01/1980", "חיפה", "", ""],  # row 3: bad phone
    ["מיכל", "אברהם", "054-123-4567", "31/02/1990", "ירושלים", "", ""],  # row 4: no 31/02
    ["", "", "", "", "", "", ""],  # row 5: blank, skipped
    ["קיים", "כבר", "053-111-2233", "", "", "", ""],  # row 6: already a member
    ["רון", "שמש", "052-345-6789", "", "", "", ""],  # row 7: same phone as row 2
    ["נועה", "ברק", "050-765-4321", "29/02", "באר שבע", "", "נונו"],  # row 8
]


@pytest.fixture(autouse=True)
def _pool_drained():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def customers(tmp_path):
    path = tmp_path / "לקוחות.csv"
    lines = [",".join(cells) for cells in [HEADER, *ROWS]]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def club(shop):
    """The shop with one member already in it (the phone on row 6)."""
    shop.members.add(MemberDraft(first_name="קיים", last_name="כבר", phone="0531112233"))
    return shop


@pytest.fixture
def wizard(qtbot, club):
    dialog = ImportWizard(club)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _choose_file(qtbot, wizard: ImportWizard, path) -> None:
    wizard.file_page.set_path(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=5000)


def _to_dry_run(qtbot, wizard: ImportWizard, path) -> None:
    _choose_file(qtbot, wizard, path)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page


def _run_dry_run(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page
    qtbot.waitUntil(lambda: wizard.dry_run_page.report is not None, timeout=10_000)


def _rejected_rows(page) -> list[tuple[str, str]]:
    model = page.view.rejected_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_a_readable_file_enables_next(qtbot, wizard, customers):
    assert not _next_enabled(wizard)
    _choose_file(qtbot, wizard, customers)
    assert _next_enabled(wizard)
    assert wizard.file_page.error_label.text() == ""
    assert "6 rows" in wizard.file_page.status_label.text()


def test_a_binary_file_is_refused_on_the_first_page(qtbot, wizard, tmp_path):
    binary = tmp_path / "customers.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    wizard.file_page.set_path(binary)
    qtbot.waitUntil(lambda: wizard.file_page.error_label.text() != "", timeout=5000)

    message = wizard.file_page.error_label.text()
    assert "cannot be imported" in message
    assert "does not contain text" in message
    assert "Traceback" not in message
    assert not wizard.file_page.isComplete()
    assert not _next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page


def test_a_typed_path_is_read_once_typing_pauses(qtbot, wizard, tmp_path, customers):
    qtbot.keyClicks(wizard.file_page.path_edit, str(tmp_path / "nowhere.csv"))
    qtbot.waitUntil(lambda: wizard.file_page.error_label.text() != "", timeout=5000)
    assert "no file" in wizard.file_page.error_label.text()
    assert not _next_enabled(wizard)

    _choose_file(qtbot, wizard, customers)
    assert wizard.file_page.error_label.text() == ""
    assert _next_enabled(wizard)


def test_hebrew_headers_are_recognised_and_the_first_rows_shown(qtbot, wizard, customers):
    _to_dry_run(qtbot, wizard, customers)
    page = wizard.mapping_page

    chosen = {header: combo.currentData() for header, combo in page.combos.items()}
    assert chosen == {
        "שם פרטי": "first_name",
        "שם משפחה": "last_name",
        "טלפון": "phone",
        "תאריך לידה": "birthday",
        "עיר": "city",
        "הערות": "notes",
        "כינוי": "",
    }
    assert page.combos["טלפון"].currentText() == "Phone"
    assert page.combos["כינוי"].currentText() == "(ignore)"

    model = page.model
    assert model.rowCount() == 6  # the blank row is not shown
    assert plain(model.index(0, 0).data()) == "דנה"
    assert model.index(0, 2).data() == "\u2066052-345-6789\u2069"  # left to right
    assert model.headerData(2, Qt.Orientation.Horizontal) == "טלפון\nPhone"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "כינוי\n(ignore)"
    assert _next_enabled(wizard)


def test_changing_a_column_in_its_box_moves_the_field(qtbot, wizard, customers, club):
    _to_dry_run(qtbot, wizard, customers)
    page = wizard.mapping_page
    combo = page.combos["כינוי"]
    combo.setCurrentIndex(combo.findData("notes"))

    # A field fills one column: the column that had it is now ignored.
    assert page.combos["הערות"].currentData() == ""
    assert wizard.mapping["כינוי"] == "notes"
    assert wizard.mapping["הערות"] == "ignore"
    assert page.model.headerData(6, Qt.Orientation.Horizontal) == "כינוי\nNotes"
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "הערות\n(ignore)"

    _run_dry_run(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.report is not None, timeout=10_000)
    dana = club.members.find("052-345-6789")
    assert dana.notes == "דנוש"


def test_without_a_phone_column_next_is_disabled_and_told(qtbot, wizard, customers):
    _to_dry_run(qtbot, wizard, customers)
    page = wizard.mapping_page
    page.choose("טלפון", "")
    assert not _next_enabled(wizard)
    assert "phone" in page.error_label.text()

    page.choose("טלפון", "phone")
    assert _next_enabled(wizard)
    assert page.error_label.text() == ""


def test_the_dry_run_counts_and_lists_rejected_rows_and_writes_nothing(
    qtbot, wizard, customers, club
):
    _to_dry_run(qtbot, wizard, customers)
    _run_dry_run(qtbot, wizard)
    page = wizard.dry_run_page

    assert (page.report.imported, page.report.existing, page.report.dry_run) == (2, 1, True)
    summary = page.view.summary_label.text()
    assert "Will be imported: 2" in summary
    assert "Already members (left unchanged): 1" in summary
    assert "Rejected: 3" in summary
    rejected = _rejected_rows(page)
    assert [row for row, _ in rejected] == ["3", "4", "7"]
    assert "05x-abc" in plain(rejected[0][1])
    assert "31/02/1990" in plain(rejected[1][1])
    assert "row 2" in rejected[2][1]
    assert page.view.rejected_table.isVisibleTo(wizard)
    assert club.members.count() == 1
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_import_imports_with_progress_and_says_so(qtbot, wizard, customers, club):
    _to_dry_run(qtbot, wizard, customers)
    _run_dry_run(qtbot, wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.next()
        assert wizard.currentPage() is wizard.import_page
    page = wizard.import_page

    assert imported.args == [2]
    assert club.members.count() == 3
    assert club.members.find("050-765-4321").last_name == "ברק"
    assert club.members.find("053-111-2233").first_name == "קיים"
    bar = page.view.progress_bar
    assert bar.maximum() == len(ROWS)
    assert bar.value() == bar.maximum()
    assert "Imported: 2" in page.view.summary_label.text()
    assert [row for row, _ in _rejected_rows(page)] == ["3", "4", "7"]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()


def test_going_back_from_the_dry_run_and_again_runs_it_again(qtbot, wizard, customers, club):
    _to_dry_run(qtbot, wizard, customers)
    _run_dry_run(qtbot, wizard)
    first = wizard.dry_run_page.report
    wizard.back()
    wizard.mapping_page.choose("תאריך לידה", "")  # birthdays ignored: row 4 becomes fine
    _run_dry_run(qtbot, wizard)

    report = wizard.dry_run_page.report
    assert report is not first
    assert (report.imported, report.existing, len(report.rejected)) == (3, 1, 2)
    assert club.members.count() == 1


def test_next_is_refused_on_the_mapping_page_without_a_phone(qtbot, wizard, customers):
    _to_dry_run(qtbot, wizard, customers)
    wizard.mapping_page.choose("טלפון", "")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page


def test_nothing_new_to_import_keeps_the_import_button_disabled(qtbot, wizard, tmp_path):
    path = tmp_path / "again.csv"
    path.write_text("First name,Phone\nKayam,053-111-2233\n", encoding="utf-8")
    _to_dry_run(qtbot, wizard, path)
    _run_dry_run(qtbot, wizard)

    report = wizard.dry_run_page.report
    assert (report.imported, report.existing, report.rejected) == (0, 1, [])
    assert "nothing new to import" in wizard.dry_run_page.view.summary_label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not wizard.dry_run_page.view.rejected_table.isVisibleTo(wizard)


def test_closing_during_the_dry_run_closes_at_once_and_writes_nothing(
    qtbot, wizard, customers, club
):
    _to_dry_run(qtbot, wizard, customers)
    wizard.next()
    assert wizard.dry_run_page.running()
    wizard.reject()
    assert not wizard.isVisible()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert club.members.count() == 1


def test_the_wizard_cannot_be_closed_while_the_import_runs(qtbot, wizard, customers, club):
    _to_dry_run(qtbot, wizard, customers)
    _run_dry_run(qtbot, wizard)
    wizard.next()
    assert wizard.import_page.running()  # its outcome is delivered by the event loop, not yet run
    wizard.reject()
    assert wizard.isVisible()

    qtbot.waitUntil(lambda: wizard.import_page.report is not None, timeout=10_000)
    wizard.reject()
    assert not wizard.isVisible()
    assert club.members.count() == 3
