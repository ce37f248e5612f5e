"""The import wizard in Hebrew: phone numbers and codes in the preview stay left to right, and
the back / next arrows point the way the layout reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QWizard

from ui.dialogs.import_common import step_texts
from ui.dialogs.import_wizard import ImportWizard
from ui.i18n import apply_language
from ui.models.import_tables import PreviewModel, cell_text

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


@pytest.fixture(autouse=True)
def _pool_drained():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("052 888 1234", f"{LRI}052 888 1234{PDI}"),
        ("+972 52 888 1234", f"{LRI}+972 52 888 1234{PDI}"),
        ("dana@example.com", f"{LRI}dana@example.com{PDI}"),
        ("14/03/1985", f"{LRI}14/03/1985{PDI}"),
        ("דנה כהן", f"{FSI}דנה כהן{PDI}"),
        ("Dana כהן", f"{FSI}Dana כהן{PDI}"),
        ("", ""),
    ],
)
def test_preview_cells_are_isolated(value, shown):
    assert cell_text(value) == shown


def test_the_preview_model_shows_a_phone_left_to_right():
    model = PreviewModel(["שם", "טלפון"], [["דנה", "+972 52 888 1234"]])
    assert model.index(0, 1).data() == f"{LRI}+972 52 888 1234{PDI}"


def test_step_texts_follow_the_layout():
    assert step_texts("Back", "Next", False) == ("\u200e← Back", "\u200eNext →")
    assert step_texts("הקודם", "הבא", True) == ("\u200f→ הקודם", "\u200fהבא ←")


@pytest.mark.parametrize("rtl", [False, True])
def test_the_wizard_arrows_point_the_reading_way(qapp, qtbot, shop, rtl):
    if rtl:
        apply_language(qapp, "he")
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    wizard = ImportWizard(shop)
    qtbot.addWidget(wizard)
    back = wizard.buttonText(QWizard.WizardButton.BackButton)
    forward = wizard.buttonText(QWizard.WizardButton.NextButton)
    assert back[1:].startswith("→" if rtl else "←")
    assert forward.endswith("←" if rtl else "→")
    assert "<" not in back + forward and ">" not in back + forward


def test_the_preview_columns_fit_their_values_in_hebrew(qapp, qtbot, shop, tmp_path):
    apply_language(qapp, "he")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    path = tmp_path / "לקוחות.csv"
    rows = [
        "שם פרטי,שם משפחה,טלפון,עיר",
        "דנה,כהן,+972 52 888 1235,תל אביב",
        "יוסי,לוי,+972 54 123 4567,קריית שמונה",
    ]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8-sig")
    wizard = ImportWizard(shop)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    table, model = page.table, page.model
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), (row, text)
    phone = model.index(0, 2)
    assert model.data(phone).strip(LRI + PDI + "\u200e") == "+972 52 888 1235"
    # The last column takes the room that is left, so the table has no empty band beside it.
    header = table.horizontalHeader()
    assert header.stretchLastSection()
    last = model.columnCount() - 1
    used = sum(table.columnWidth(c) for c in range(model.columnCount()))
    assert used >= table.viewport().width() or table.columnWidth(last) > 100
