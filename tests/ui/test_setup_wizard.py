"""The first-start set-up: saved on finish, skipped for good, the demo filled off the GUI thread,
the import opened after it, the language switched at once; and its wiring at start."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

import ui.app as app_module
from shopkeeper.club.records import MemberDraft
from ui.dialogs.setup_wizard import SetupWizard, open_setup_wizard

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def wizard(qtbot, shop):
    opened = SetupWizard(shop)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def logo_file(tmp_path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (80, 40), "orange").save(path)
    return path


def click(qtbot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), LEFT)


def choose(qtbot, radio) -> None:
    """Click a radio button on its circle (the start side of its row)."""
    rtl = radio.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = radio.width() - 8 if rtl else 8
    qtbot.mouseClick(radio, LEFT, pos=QPoint(x, radio.height() // 2))


def test_fill_the_shop_choose_english_finish_and_everything_is_saved(
    qtbot, wizard, shop, logo_file
):
    # the window speaks English (the saved language is still Hebrew): English is offered
    assert wizard.language_page.buttons["en"].isChecked() and shop.settings.language == "he"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.shop_page
    wizard.shop_page.name_edit.setText("  Noa's Corner ")
    assert wizard.shop_page.logo.load_file(str(logo_file))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert shop.settings.shop_name == "Noa's Corner"
    assert shop.settings.logo().width == 80
    page = wizard.programme_page
    assert page.example.text().splitlines()[0] == "₪100 gives 100 points = ₪10 back"
    page.per_shekel.setValue(2)
    page.point_value.setValue(0.05)
    page.welcome.setValue(0)
    assert page.example.text().splitlines() == [
        "₪100 gives 200 points = ₪10 back",
        "100 points as a birthday gift",
        "Unused points expire after 24 months",
    ]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.start_page.choice() == "empty"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    assert shop.settings.setup_state == "done" and shop.settings.language == "en"
    programme = shop.programme.current()
    assert (programme.points_per_shekel, programme.point_value, programme.welcome_bonus) == (
        Decimal(2),
        5,
        0,
    )
    assert shop.members.count() == 0


def test_hebrew_example_and_an_unchanged_programme_is_not_versioned(qtbot, wizard, shop):
    with qtbot.waitSignal(wizard.languageChanged) as changed:
        choose(qtbot, wizard.language_page.buttons["he"])
    assert changed.args == ["he"] and wizard.language == "he"
    wizard.next()
    wizard.shop_page.name_edit.setText("הפינה של נועה")
    wizard.next()
    assert wizard.programme_page.example.text().splitlines()[0] == (
        "קנייה של ₪100 נותנת 100 נקודות = ₪10 בחזרה"
    )
    wizard.next()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    rows = shop.db.connection().execute("SELECT COUNT(*) FROM programme_version").fetchone()[0]
    assert rows == 0 and shop.settings.setup_state == "done"


def test_a_bad_logo_is_explained_and_not_kept(wizard, shop, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    wizard.next()
    assert not wizard.shop_page.logo.load_file(str(bad))
    assert "cannot be read" in wizard.shop_page.logo.error.text()
    assert wizard.shop_page.logo.error.isVisible()
    wizard.shop_page.name_edit.setText("Noa's Corner")
    wizard.next()
    assert wizard.currentPage() is wizard.programme_page
    assert shop.settings.logo() is None


@pytest.mark.parametrize("blank", ["", "   "])
def test_the_shop_page_does_not_move_on_without_a_name(qtbot, wizard, shop, blank):
    wizard.next()
    page = wizard.shop_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not page.isComplete() and not next_button.isEnabled()
    page.name_edit.setText("Noa")
    assert page.isComplete() and next_button.isEnabled()
    assert not page.name_error.isVisible()
    page.name_edit.setText(blank)
    assert not next_button.isEnabled()
    assert page.name_error.isVisible() and "shop's name" in page.name_error.text()
    wizard.next()  # even asked directly, it stays
    assert wizard.currentPage() is page and shop.settings.shop_name == ""
    page.name_edit.setText(" Noa's Corner ")
    qtbot.mouseClick(next_button, LEFT)
    assert wizard.currentPage() is wizard.programme_page
    assert shop.settings.shop_name == "Noa's Corner"


def test_a_failing_save_shows_a_sentence_not_a_traceback(qtbot, wizard, shop, monkeypatch, caplog):
    from shopkeeper.errors import InvalidProgramme

    wizard.next()
    wizard.shop_page.name_edit.setText("Noa")
    wizard.next()
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    def refused(_programme):
        raise InvalidProgramme(key="welcome_bonus", detail="must not be negative")

    monkeypatch.setattr(shop.programme, "save", refused)
    wizard.programme_page.welcome.setValue(7)
    qtbot.mouseClick(finish, LEFT)
    error = wizard.start_page.error
    assert wizard.isVisible() and error.isVisible()
    assert "must not be negative" in error.text() and "InvalidProgramme" not in error.text()

    def broken(_programme):
        raise KeyError("points_per_shekel_internal")

    monkeypatch.setattr(shop.programme, "save", broken)
    with caplog.at_level("ERROR"):
        qtbot.mouseClick(finish, LEFT)
    assert error.text() == "The programme could not be saved; nothing was changed. Try again."
    assert "points_per_shekel_internal" in caplog.text  # the detail is logged
    assert wizard.isVisible() and shop.settings.setup_state == ""


def test_skip_marks_it_skipped_and_it_is_not_offered_again(qtbot, wizard, shop):
    assert shop.settings.needs_setup()
    click(qtbot, wizard, QWizard.WizardButton.CustomButton1)
    assert not wizard.isVisible()
    assert shop.settings.setup_state == "skipped"
    assert not shop.settings.needs_setup()


def test_closing_it_counts_as_skipped(wizard, shop):
    wizard.close()
    assert shop.settings.setup_state == "skipped"


def test_the_demo_choice_fills_the_empty_shop_off_the_gui_thread(qtbot, wizard, shop, monkeypatch):
    monkeypatch.setattr(app_module, "DEMO_MEMBERS", 40)
    wizard.next()
    wizard.shop_page.name_edit.setText("Noa's Corner")
    wizard.next()
    wizard.next()
    choose(qtbot, wizard.start_page.buttons["demo"])
    with qtbot.waitSignal(wizard.shopFilled, timeout=120_000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        assert wizard.running() and wizard.start_page.progress.isVisible()
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.reject()  # closing is refused while the demo is written
        assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert shop.members.count() == 40
    assert shop.settings.shop_name == "Noa's Corner"  # the owner's name is kept
    assert shop.settings.logo() is not None
    assert shop.settings.setup_state == "done"


def test_no_demo_on_a_shop_with_members(qtbot, shop):
    shop.members.add(MemberDraft(first_name="Dana", phone="052-345-6789"))
    wizard = SetupWizard(shop)
    qtbot.addWidget(wizard)
    assert not wizard.start_page.buttons["demo"].isEnabled()
    assert "Only an empty shop" in wizard.start_page.notes["demo"].text()


def test_in_the_window_import_opens_after_it_and_the_language_switches_at_once(
    qtbot, window, shop, monkeypatch
):
    imports = []
    monkeypatch.setattr(window, "import_members", lambda: imports.append(True))
    wizard = open_setup_wizard(window)
    qtbot.waitExposed(wizard)
    choose(qtbot, wizard.language_page.buttons["he"])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.isVisible()  # the window was rebuilt in Hebrew; the set-up stays open
    wizard.next()
    wizard.shop_page.name_edit.setText("הפינה של נועה")
    wizard.next()
    assert window.windowTitle().startswith("הפינה של נועה")
    wizard.next()
    choose(qtbot, wizard.start_page.buttons["import"])
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: imports == [True])
    assert shop.settings.setup_state == "done"


def test_settings_page_reopens_it(qtbot, window, shop):
    window.show_page(window.settings)
    qtbot.mouseClick(window.settings.setup_button, LEFT)
    wizards = window.findChildren(SetupWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].close()


def test_settings_page_logo_choose_and_remove(qtbot, window, shop, logo_file, monkeypatch):
    page = window.settings
    monkeypatch.setattr(
        "ui.widgets.logo_picker.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(logo_file), ""),
    )
    qtbot.mouseClick(page.logo_picker.choose_button, LEFT)
    assert shop.settings.logo().to_json()["width"] == 80
    assert page.logo_picker.preview.pixmap() is not None
    assert not page.logo_picker.preview.pixmap().isNull()
    qtbot.mouseClick(page.logo_picker.remove_button, LEFT)
    assert shop.settings.logo() is None
    assert not page.logo_picker.remove_button.isEnabled()


# ---------------------------------------------------------------- at start


def test_main_offers_it_on_an_empty_shop_only_and_never_for_demo(tmp_path, started, monkeypatch):
    monkeypatch.setattr(app_module, "DEMO_MEMBERS", 20)
    assert app_module.main(["--data-dir", str(tmp_path / "new"), "--lang", "en"]) == 0
    assert len(started[0].findChildren(SetupWizard)) == 1
    assert app_module.main(["--data-dir", str(tmp_path / "demo"), "--demo", "--lang", "en"]) == 0
    assert started[1].findChildren(SetupWizard) == []


def test_offer_setup_rules(qtbot, window, shop):
    assert app_module.offer_setup(shop, window, demo=True) is None
    shop.settings.set("setup", "skipped")
    assert app_module.offer_setup(shop, window) is None
    shop.settings.set("setup", "")
    wizard = app_module.offer_setup(shop, window)
    assert isinstance(wizard, SetupWizard)
    wizard.close()
