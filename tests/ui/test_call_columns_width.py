"""The call lists' columns are sized from font metrics: a date column (the "last called" one)
is wide enough for a whole date before any row has one, and no title or value is cut."""

from __future__ import annotations

import pytest
from gui_support import TODAY, add_many
from PySide6.QtCore import Qt

from ui.i18n import apply_language
from ui.pages.calls import CallsPage
from ui.widgets.call_list_columns import CELL_PADDING, LISTS


@pytest.mark.parametrize("language", ["en", "he"])
def test_no_column_of_a_call_list_is_cut(qapp, qtbot, shop, language):
    apply_language(qapp, language)
    if language == "he":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    add_many(shop, 3)
    page = CallsPage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    for key in LISTS:
        view = page.views[key]
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        model = view.model()
        for column in range(1, model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 8
            for row in range(model.rowCount()):
                text = model.index(row, column).data() or ""
                assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8
    last_called = page.views["winback"].horizontalHeader().sectionSize(6)
    date = page.views["winback"].fontMetrics().horizontalAdvance("26/11/2026")
    assert last_called >= date + CELL_PADDING  # room for the date a call will bring
