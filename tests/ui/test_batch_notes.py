"""Batch thank-you notes: progress while the window stays responsive, cancel leaves no file."""

from __future__ import annotations

from datetime import datetime

from gui_support import TODAY, add_many
from PySide6.QtCore import QItemSelectionModel, QTimer

from shopkeeper.sales.records import PurchaseDraft
from ui.dialogs.batch_notes import BatchNotesDialog


def test_batch_shows_progress_and_the_window_stays_responsive(window, qtbot, tmp_path):
    ids = add_many(window.shop, 80)
    dialog = BatchNotesDialog(window.shop, ids, today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.members_radio.isChecked()
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("a4x4"))
    seen: list[int] = []
    events: list[str] = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: events.append("tick"))
    out = tmp_path / "notes.pdf"
    task = dialog.start(out)
    timer.start()
    task.progress.connect(lambda done, total: events.append("progress"))
    assert not dialog.make_button.isEnabled() and dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    timer.stop()
    # the event loop kept running while the notes were made: timer ticks between progress reports
    assert "progress" in events and "tick" in events[events.index("progress") :]
    assert seen == sorted(seen) and seen[-1] == 80 and len(set(seen)) >= 2
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert "20 pages" in dialog.status_label.text()
    preview = dialog.preview()
    assert preview.preview.page_count == 20
    preview.close()


def test_cancel_stops_and_leaves_no_file(window, qtbot, tmp_path):
    ids = add_many(window.shop, 60)
    dialog = BatchNotesDialog(window.shop, ids, today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "notes.pdf"
    task = dialog.start(out)
    task.progress.connect(lambda done, total: dialog.cancel_button.click())
    with qtbot.waitSignal(task.cancelled, timeout=60000):
        pass
    assert list((tmp_path / "out").iterdir()) == []  # neither the PDF nor a part of it
    assert dialog.make_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert "no file" in dialog.status_label.text()


def test_shipped_today_and_members_selection_from_the_window(window, qtbot, tmp_path):
    ids = add_many(window.shop, 3)
    for member_id in ids[:2]:
        window.shop.purchases.record(
            PurchaseDraft(
                member_id, amount=5000, at=datetime(2026, 11, 26, 10), fulfilment="shipped"
            )
        )
    window.refresh_pages()
    window.show_page(window.members)
    window.members.table.selectionModel().select(
        window.members.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.members.selected_member_ids() == [ids[2]]
    dialog = window.print_notes()
    assert dialog.members_radio.isChecked()
    dialog.shipped_radio.setChecked(True)
    with qtbot.waitSignal(dialog.finishedNotes, timeout=60000):
        dialog.start(tmp_path / "shipped.pdf")
    assert "2 notes" in dialog.status_label.text()
    dialog.close()
