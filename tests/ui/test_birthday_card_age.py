"""The birthdays page asks whether the card prints the age: off by default, ticked it does."""

from __future__ import annotations

import pytest
from gui_support import TODAY
from PySide6.QtCore import Qt
from today_support import fill_today

from tests.shopkeeper.printing.pdf_support import pdftotext_pages
from ui.pages.birthdays import BirthdaysPage


@pytest.fixture
def page(qtbot, shop):
    birthdays = BirthdaysPage(shop, lambda: TODAY)
    qtbot.addWidget(birthdays)
    return birthdays


def card_text(page, qtbot, tmp_path, name: str) -> str:
    with qtbot.waitSignal(page.printer.shown, timeout=10000) as shown:
        qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    preview = shown.args[0]
    pdf = tmp_path / name
    pdf.write_bytes(preview.data)
    preview.reject()
    return pdftotext_pages(pdf)[0]


def test_the_card_prints_the_age_only_when_ticked(page, shop, qtbot, tmp_path):
    made = fill_today(shop)  # Dana Levi, born 26/11/1990: 36 today
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    page.select((made.dana.id, "member", "", TODAY))
    box = page.printer.age_box
    assert box.isVisible() and not box.isChecked()
    assert "36" not in card_text(page, qtbot, tmp_path, "plain.pdf")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert "36" in card_text(page, qtbot, tmp_path, "age.pdf")
