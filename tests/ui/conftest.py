"""GUI fixtures: a main window on the test shop, and a clean language around every test."""

from __future__ import annotations

import pytest
from gui_support import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.printing.preferences import PrintPreferences


@pytest.fixture(autouse=True)
def english_left_to_right(qapp):
    """Each test starts and ends in English, left to right (main() and language tests change both)."""
    apply_language(qapp, "en")
    yield
    apply_language(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def print_preferences(tmp_path, monkeypatch):
    """Printer choices go to the test's folder, never to the user's config."""
    monkeypatch.setattr(PrintPreferences, "default_path", tmp_path / "printing.json")
    return PrintPreferences()


@pytest.fixture
def window(qtbot, shop):
    """The main window on the test shop, shown, with today fixed at 2026-11-26."""
    main_window = MainWindow(shop, today=lambda: TODAY)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def started(monkeypatch, qapp):
    """Make QApplication.exec return at once and remember the windows main() showed."""
    windows = []
    real_show = MainWindow.show

    def show(window):
        windows.append(window)
        real_show(window)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    yield windows
    for window in windows:
        window.close()
        window.deleteLater()
