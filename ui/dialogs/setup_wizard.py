"""The first-start set-up: language, the shop's name and logo, the programme, then how to start
(import the customers, start empty, or fill the empty shop with the demo).

It opens by itself on an empty shop whose set-up was never done nor skipped (ui/app.py), and from
Settings ("Set up the shop…").  Finishing marks the set-up "done"; skipping or closing it marks it
"skipped": either way it does not come back by itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from shopkeeper.errors import ShopError
from shopkeeper.first_start import ProgrammeChoices
from ui.dialogs.setup_pages import LanguagePage, ProgrammePage, ShopPage, StartPage
from ui.messages import error_text
from ui.tasks import Task

log = logging.getLogger(__name__)


class SetupWizard(QWizard):
    """Signals what the window should follow: `languageChanged(code)`, `shopNameChanged(name)`,
    `importRequested()` (after it closed, when the owner chose to import) and `shopFilled()`
    (the demo was written)."""

    languageChanged = Signal(str)
    shopNameChanged = Signal(str)
    importRequested = Signal()
    shopFilled = Signal()

    def __init__(self, shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        # the language the window speaks now (--lang may differ from the saved one)
        hebrew = QLocale().language() == QLocale.Language.Hebrew
        self.language = "he" if hebrew else "en"
        self._task: Task | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.customButtonClicked.connect(lambda _which: self.skip())
        self.language_page = LanguagePage(self)
        self.shop_page = ShopPage(self)
        self.programme_page = ProgrammePage(self)
        self.start_page = StartPage(self)
        for page in (self.language_page, self.shop_page, self.programme_page, self.start_page):
            self.addPage(page)
        self.retranslate()
        self.resize(640, 500)

    # -- language --------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """Keep the language, let the window switch to it, and speak it from now on."""
        if code == self.language and code == self.shop.settings.language:
            return
        self.shop.settings.set("language", code)
        self.language = code
        self.languageChanged.emit(code)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the shop"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip the set-up"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        for page in (self.language_page, self.shop_page, self.programme_page, self.start_page):
            page.retranslate()

    # -- ending ----------------------------------------------------------------------------
    def skip(self) -> None:
        """Close without finishing; the set-up is marked skipped (Settings can reopen it)."""
        self.reject()

    def reject(self) -> None:
        if self.running():
            return
        if not self.shop.settings.setup_state:
            self.shop.settings.set("setup", "skipped")
        super().reject()

    def accept(self) -> None:
        """Finish: fill the demo first when chosen (off the GUI thread), then the programme."""
        if self.running():
            return
        if self.start_page.choice() == "demo" and self.start_page.demo_allowed:
            self._fill_demo()
            return
        self._finish()

    def running(self) -> bool:
        return self._task is not None

    def _finish(self) -> None:
        try:
            self._save_programme()
        except ShopError as exc:  # the programme's checks, a locked or full database
            self.start_page.error.show_error(error_text(exc))
            return
        except Exception:  # a bug: its detail goes to the log, never to the owner
            log.exception("the set-up could not save the programme")
            self.start_page.error.show_error(
                self.tr("The programme could not be saved; nothing was changed. Try again.")
            )
            return
        if self.shop.settings.language != self.language:
            self.shop.settings.set("language", self.language)
        self.shop.settings.set("setup", "done")
        super().accept()
        if self.start_page.choice() == "import":
            self.importRequested.emit()

    def _save_programme(self) -> None:
        chosen = self.programme_page.choices()
        current = self.shop.programme.current()
        if chosen != ProgrammeChoices.of(current):
            self.shop.programme.save(chosen.applied_to(current))

    def _fill_demo(self) -> None:
        from shopkeeper.data.demo import fill_demo_shop
        from ui.app import DEMO_MEMBERS, DEMO_SEED

        shop = self.shop
        page = self.start_page
        page.error.clear_error()
        page.progress.show()
        page.status.setText(self.tr("Filling the demo shop…"))
        self._set_buttons_enabled(False)
        self._task = Task(
            lambda progress: fill_demo_shop(
                shop, members=DEMO_MEMBERS, seed=DEMO_SEED, progress=progress
            ),
            shop=shop,
        )
        self._task.progress.connect(self._demo_progress)
        self._task.finished.connect(self._demo_done)
        self._task.failed.connect(self._demo_failed)
        self._task.start()

    def _demo_progress(self, done: int, total: int) -> None:
        self.start_page.status.setText(
            self.tr("Filling the demo shop… {done} of {total} members").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )

    def _demo_done(self, _added: object) -> None:
        self._task = None
        self.start_page.progress.hide()
        self._set_buttons_enabled(True)
        self.shopFilled.emit()
        self.shopNameChanged.emit(self.shop.settings.shop_name)
        self._finish()

    def _demo_failed(self, error: object) -> None:
        self._task = None
        self.start_page.progress.hide()
        self.start_page.status.clear()
        self._set_buttons_enabled(True)
        if isinstance(error, ShopError):
            text = self.tr("The demo could not be filled: {reason}").format(
                reason=error_text(error)
            )
        else:  # a bug: logged by the task; the shop is left as it was (one transaction)
            text = self.tr("The demo could not be filled; the shop was left as it was.")
        self.start_page.error.show_error(text)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CustomButton1,
        ):
            self.button(which).setEnabled(enabled)


def open_setup_wizard(window) -> SetupWizard:
    """Open the set-up over the main window (window-modal, not blocking), wired to it."""
    wizard = SetupWizard(window.shop, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.languageChanged.connect(window.set_language)
    wizard.shopNameChanged.connect(lambda _name: window.update_title())
    wizard.shopFilled.connect(window.refresh_pages)
    # the import wizard opens once the set-up has closed, not inside its Finish click
    wizard.importRequested.connect(lambda: QTimer.singleShot(0, window, window.import_members))
    wizard.open()
    return wizard
