"""The main window: shortcuts, the title, settings, the language switch and the import wizard hook."""

from __future__ import annotations

import sys
import types

from gui_support import add_many, add_noa
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from shopkeeper.club.records import MemberDraft
from ui.dialogs.quick_join import QuickJoinDialog


def test_today_is_the_first_page_and_the_counter_one_key_away(window, qtbot):
    assert window.stack.currentWidget() is window.today
    assert window.stack.indexOf(window.today) == 0
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions() if a.shortcut()}
    assert (shortcuts["Today"], shortcuts["Counter"]) == ("Ctrl+0", "Ctrl+1")
    window.activateWindow()
    qtbot.keyClick(window.today, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.counter
    assert window.counter.search_box.hasFocus()
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.today


def test_f2_and_ctrl_f_focus_the_search_from_any_page(window, qtbot):
    assert {s.toString() for s in window.find_action.shortcuts()} == {"F2", "Ctrl+F"}
    for key, modifier in (
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
    ):
        window.show_page(window.settings)
        window.activateWindow()
        qtbot.keyClick(window.settings.shop_name_edit, key, modifier)
        assert window.stack.currentWidget() is window.counter
        assert window.counter.search_box.hasFocus()


def test_ctrl_n_opens_quick_join_prefilled_from_the_search(window, qtbot):
    assert window.quick_join_action.shortcut() == QKeySequence("Ctrl+N")
    window.show_page(window.counter)
    window.counter.search_box.setText("Dana Levi")
    window.activateWindow()
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickJoinDialog)
    assert dialog is not None and dialog.isVisible()
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Dana", "Levi")


def test_title_has_the_shop_name(window, shop, qtbot):
    assert window.windowTitle() == "Shopkeeper"
    window.show_page(window.settings)
    window.settings.shop_name_edit.setText("Dana's Pets")
    qtbot.mouseClick(window.settings.save_name_button, Qt.MouseButton.LeftButton)
    assert shop.settings.shop_name == "Dana's Pets"
    assert window.windowTitle() == "Dana's Pets — Shopkeeper"
    window.settings.shop_name_edit.setText("   ")
    qtbot.mouseClick(window.settings.save_name_button, Qt.MouseButton.LeftButton)
    assert shop.settings.shop_name == "Dana's Pets"  # a blank name is refused, by the field
    assert "needs a name" in window.settings.name_error.text()
    assert window.windowTitle() == "Dana's Pets — Shopkeeper"


def test_settings_show_the_data_folder_and_check_the_database(window, shop, qtbot):
    add_many(shop, 3)
    assert str(shop.data_dir) in window.settings.folder_label.plain_text()
    qtbot.mouseClick(window.settings.check_button, Qt.MouseButton.LeftButton)
    assert window.settings.check_result.plain_text().startswith(
        "The database is healthy: 3 members"
    )


def test_language_switch_rebuilds_the_window_in_the_new_direction(window, shop, qtbot):
    noa = add_noa(shop)
    window.open_member(noa.id)
    window.set_language("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.counter.card.member.id == noa.id  # the rebuilt counter shows the same member

    window.show_page(window.settings)
    combo = window.settings.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert shop.settings.language == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.stack.currentWidget() is window.settings
    assert window.settings.language_combo.currentData() == "en"
    assert window.counter.card.member.id == noa.id
    # The rebuilt window still answers its shortcuts exactly once each.
    assert len([a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+N")]) == 1


def test_import_action_opens_the_wizard_then_refreshes(window, shop, monkeypatch):
    opened = []

    class FakeWizard:
        def __init__(self, shop_arg, parent):
            opened.append((shop_arg, parent))

        def exec(self):
            shop.members.add(MemberDraft(first_name="Imported", phone="050-765-4321"))
            return 1

    module = types.ModuleType("ui.dialogs.import_wizard")
    module.ImportWizard = FakeWizard
    monkeypatch.setitem(sys.modules, "ui.dialogs.import_wizard", module)
    assert window.members.count_label.text() == "0 members"
    window.import_action.trigger()
    assert opened == [(shop, window)]
    assert window.members.count_label.text() == "1 member"
