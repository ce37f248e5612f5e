"""`shopkeeper` start-up: language and direction, the demo, and clear messages when a shop cannot open."""

from __future__ import annotations

import os
import re
import sqlite3
import sys

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shopkeeper.club.records import MemberDraft
from shopkeeper.shop import Shop
from ui import app as app_module
from ui.crash import LOG_FILE, install_excepthook
from ui.i18n import TRANSLATIONS_DIR


@pytest.fixture
def shown_boxes(monkeypatch):
    """Message boxes record their text instead of waiting for a click."""
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_second_instance_is_told_and_exits_non_zero(tmp_path, shown_boxes):
    with Shop(tmp_path, exclusive=True):
        status = app_module.main(["--data-dir", str(tmp_path), "--lang", "en"])
    assert status == 1
    [(title, text)] = shown_boxes
    assert title == "Shopkeeper cannot start"
    assert text.startswith("Shopkeeper is already open on this shop (process ")


def test_newer_database_is_refused_with_a_message(tmp_path, shown_boxes):
    Shop(tmp_path).close()
    with sqlite3.connect(tmp_path / "shop.sqlite3") as db:
        db.execute("PRAGMA user_version = 999")
    assert app_module.main(["--data-dir", str(tmp_path)]) == 1
    text = shown_boxes[0][1]
    assert "999" in text and re.search("[\u05d0-\u05ea]{3}", text)  # told in Hebrew
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_second_instance_is_told_in_hebrew(tmp_path, shown_boxes):
    with Shop(tmp_path, exclusive=True):
        assert app_module.main(["--data-dir", str(tmp_path), "--lang", "he"]) == 1
    [(title, text)] = shown_boxes
    assert re.search("[\u05d0-\u05ea]{3}", title) and re.search("[\u05d0-\u05ea]{3}", text)
    assert str(os.getpid()) in text


def test_a_file_that_is_not_a_database_is_refused(tmp_path, shown_boxes):
    (tmp_path / "shop.sqlite3").write_bytes(b"\x00\xff not sqlite at all " * 100)
    assert app_module.main(["--data-dir", str(tmp_path), "--lang", "en"]) == 1
    assert "is not a Shopkeeper database" in shown_boxes[0][1]


def test_starts_in_the_saved_language_right_to_left(tmp_path, started):
    with Shop(tmp_path) as shop:
        assert shop.settings.language == "he"
    assert app_module.main(["--data-dir", str(tmp_path)]) == 0
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    [window] = started
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.font().family() == "Rubik"
    if (TRANSLATIONS_DIR / "shopkeeper_he.qm").exists():
        assert QCoreApplication.translate("MainWindow", "Counter") != "Counter"
    # The shop was closed and unlocked on the way out.
    Shop(tmp_path, exclusive=True).close()


def test_lang_option_overrides_the_saved_language(tmp_path, started):
    assert app_module.main(["--data-dir", str(tmp_path), "--lang", "en"]) == 0
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert (
        started[0].counter.search_box.placeholderText().startswith("Phone, name or member number")
    )


def test_demo_fills_an_empty_shop_only(tmp_path, started):
    assert app_module.main(["--data-dir", str(tmp_path), "--demo", "--lang", "en"]) == 0
    with Shop(tmp_path) as shop:
        assert shop.members.count() == app_module.DEMO_MEMBERS

    other = tmp_path / "other"
    with Shop(other) as shop:
        shop.members.add(MemberDraft(first_name="Only", phone="050-765-4321"))
    assert app_module.main(["--data-dir", str(other), "--demo", "--lang", "en"]) == 0
    with Shop(other) as shop:
        assert shop.members.count() == 1


def test_unexpected_errors_are_logged_and_shown_kindly(tmp_path, shown_boxes):
    previous = install_excepthook(tmp_path)
    try:
        try:
            raise ValueError("boom")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    log = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "ValueError: boom" in log and "Traceback" in log
    [(_, text)] = shown_boxes
    assert text.startswith("Something unexpected went wrong.")


def test_a_failure_while_starting_is_shown_not_raised(tmp_path, shown_boxes, monkeypatch, started):
    def broken(shop):
        raise RuntimeError("demo broke")

    monkeypatch.setattr(app_module, "fill_demo", broken)
    assert app_module.main(["--data-dir", str(tmp_path), "--demo", "--lang", "en"]) == 1
    assert shown_boxes[0][1].startswith("Something unexpected went wrong.")
    assert "RuntimeError: demo broke" in (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    Shop(tmp_path, exclusive=True).close()  # closed and unlocked all the same
