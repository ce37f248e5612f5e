"""The main window: a side bar of pages (today, counter, members …), menus, shortcuts and dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from shopkeeper.errors import MemberNotFound
from shopkeeper.shop import Shop
from ui.dialogs.adjust_points import AdjustPointsDialog
from ui.dialogs.batch_notes import BatchNotesDialog
from ui.dialogs.edit_member import EditMemberDialog
from ui.dialogs.quick_join import QuickJoinDialog
from ui.dialogs.record_purchase import RecordPurchaseDialog
from ui.dialogs.sale_choice import SaleChoiceDialog
from ui.dialogs.setup_wizard import open_setup_wizard
from ui.i18n import apply_language
from ui.navigation import NavBar
from ui.pages.birthdays import BirthdaysPage
from ui.pages.calls import CallsPage
from ui.pages.care import CarePage
from ui.pages.counter import CounterPage
from ui.pages.members import MembersPage
from ui.pages.pickups import PickupsPage
from ui.pages.programme import ProgrammePage
from ui.pages.settings import SettingsPage
from ui.pages.templates import TemplatesPage
from ui.pages.today import TodayPage
from ui.widgets.loyalty_panel import RECORD_SHORTCUT


class MainWindow(QMainWindow):
    """Holds the pages; everything in it is rebuilt when the language changes."""

    def __init__(
        self, shop: Shop, *, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self._today = today
        self._window_actions: list[QAction] = []
        self._toolbar: QToolBar | None = None
        self.resize(1200, 760)
        self._build()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_pages()
        self.stack = QStackedWidget()
        self.nav = NavBar()
        pages = [
            (self.today, self.tr("Today"), "Ctrl+0"),
            (self.counter, self.tr("Counter"), "Ctrl+1"),
            (self.members, self.tr("Members"), "Ctrl+2"),
            (self.birthdays, self.tr("Birthdays"), "Ctrl+3"),
            (self.calls, self.tr("Calls"), "Ctrl+4"),
            (self.care, self.tr("Customer care"), "Ctrl+5"),
            (self.pickups, self.tr("Pickups"), "Ctrl+6"),
            (self.programme, self.tr("Loyalty programme"), "Ctrl+7"),
            (self.templates, self.tr("Templates"), "Ctrl+8"),
            (self.settings, self.tr("Settings"), "Ctrl+9"),
        ]
        page_actions: list[QAction] = []
        for page, title, shortcut in pages:
            self.stack.addWidget(page)
            self.nav.add(page, title, shortcut, self.show_page_by(page))
            page_actions.append(self._add_action(title, self.show_page_by(page), [shortcut]))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus(page_actions)
        self.update_title()
        self.show_page(self.today)

    def _build_pages(self) -> None:
        today = self._today
        self.today = TodayPage(self.shop, today)
        self.counter = CounterPage(self.shop, today)
        self.members = MembersPage(self.shop)
        self.birthdays = BirthdaysPage(self.shop, today)
        self.calls = CallsPage(self.shop, today)
        self.care = CarePage(self.shop, today)
        self.pickups = PickupsPage(self.shop, today)
        self.settings = SettingsPage(self.shop)
        self.programme = ProgrammePage(self.shop)
        self.templates = TemplatesPage(self.shop)
        self.today.openMember.connect(self.open_member)
        self.today.openPickup.connect(self.open_pickup)
        self.today.callRequested.connect(self.log_call)
        self.today.complaintRequested.connect(self.open_complaint)
        self.today.searchTyped.connect(self.search_typed)
        self.birthdays.memberRequested.connect(self.open_member)
        self.calls.openMember.connect(self.open_member)
        self.calls.complaintSaved.connect(lambda _id: self.care.refresh())
        self.care.openMember.connect(self.open_member)
        self.counter.pickupRequested.connect(self.open_pickup)
        self.counter.card.print_buttons.pickupRequested.connect(self.new_pickup)
        self.counter.card.touch_buttons.feedbackRequested.connect(self.care.add_feedback)
        self.counter.card.touch_buttons.complaintRequested.connect(self.care.new_complaint)
        self.programme.programmeSaved.connect(self.refresh_pages)
        self.settings.call_rules.rulesSaved.connect(self.calls.use_saved_rules)
        self.counter.quickJoinRequested.connect(self.quick_join)
        self.counter.editRequested.connect(self.edit_member)
        self.counter.card.loyaltyChanged.connect(self._loyalty_changed)
        self.members.memberActivated.connect(self.open_member)
        self.members.quickJoinRequested.connect(self.quick_join)
        self.settings.shopNameChanged.connect(lambda _name: self.update_title())
        self.settings.languageChanged.connect(self.set_language)
        self.settings.setupRequested.connect(lambda: open_setup_wizard(self))

    def _add_action(
        self, text: str, slot: Callable[[], object], shortcuts: Sequence[str] = ()
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        self._window_actions.append(action)
        return action

    def _build_menus(self, page_actions: list[QAction]) -> None:
        self.import_action = self._add_action(
            self.tr("Import members…"), self.import_members, ["Ctrl+I"]
        )
        self.quick_join_action = self._add_action(
            self.tr("Quick join…"), self.quick_join, ["Ctrl+N"]
        )
        self.find_action = self._add_action(
            self.tr("Find member"), self.focus_search, ["F2", "Ctrl+F"]
        )
        self.record_action = self._add_action(
            self.tr("Record purchase…"), self.record_purchase, [RECORD_SHORTCUT]
        )
        self.adjust_action = self._add_action(self.tr("Adjust points…"), self.adjust_points, ["F6"])
        self.notes_action = self._add_action(
            self.tr("Print thank-you notes…"), self.print_notes, ["Ctrl+P"]
        )
        self.quit_action = self._add_action(self.tr("Quit"), self.close, ["Ctrl+Q"])

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.notes_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        members_menu = bar.addMenu(self.tr("&Members"))
        members_menu.addAction(self.find_action)
        members_menu.addAction(self.quick_join_action)
        members_menu.addSeparator()
        members_menu.addAction(self.record_action)
        members_menu.addAction(self.adjust_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in page_actions:
            go_menu.addAction(action)

        self._toolbar = QToolBar(self.tr("Actions"))
        self._toolbar.setObjectName("actions")
        self._toolbar.setMovable(False)
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.find_action,
            self.record_action,
            self.quick_join_action,
            self.import_action,
        ):
            self._toolbar.addAction(action)
        self.addToolBar(self._toolbar)

    def _teardown(self) -> None:
        self.menuBar().clear()
        if self._toolbar is not None:
            self.removeToolBar(self._toolbar)
            self._toolbar.deleteLater()
            self._toolbar = None
        for action in self._window_actions:
            self.removeAction(action)
            action.deleteLater()
        self._window_actions.clear()

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.nav.check(page)
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_page_by(self, page: QWidget) -> Callable[[], None]:
        return lambda: self.show_page(page)

    def focus_search(self) -> None:
        """F2 / Ctrl+F from anywhere: the counter's search box, its text selected."""
        self.show_page(self.counter)
        self.counter.focus_search()

    def search_typed(self, text: str) -> None:
        """Letters or digits typed on the today page start a search at the counter (a scanned card
        too: the rest of its digits and its Enter follow into the search box)."""
        self.show_page(self.counter)
        self.counter.focus_search()
        self.counter.search_box.setText(text)

    def update_title(self) -> None:
        name = self.shop.settings.shop_name
        if name:
            self.setWindowTitle(self.tr("{shop} — Shopkeeper").format(shop=name))
        else:
            self.setWindowTitle(self.tr("Shopkeeper"))

    def open_member(self, member_id: int, notices: Sequence[str] = ()) -> None:
        """Show a member's card on the counter page."""
        self.show_page(self.counter)
        self.counter.open_member(member_id, notices)

    def open_pickup(self, order_id: int) -> None:
        """Show a pickup order on the pickups page (a slip's code scanned at the counter)."""
        self.show_page(self.pickups)
        self.pickups.open_order(order_id)

    def log_call(self, member_id: int, reason: str = "winback", purchase_id: int | None = None):
        """The calls page with its dialog to log a call to the member (from the today page)."""
        self.show_page(self.calls)
        return self.calls.log_call(member_id, reason, purchase_id)

    def open_complaint(self, complaint_id: int):
        """A complaint, opened on the customer care page."""
        self.show_page(self.care)
        return self.care.open_complaint(complaint_id)

    def new_pickup(self, member_id: int | None = None):
        """A new pickup order (for the member on the card), shown on the pickups page when saved."""
        self.show_page(self.pickups)
        return self.pickups.new_order(member_id)

    def open_card(self) -> bool:
        """Show the counter; True if a member's card is open on it."""
        self.show_page(self.counter)
        return self.counter.card.member is not None and (
            self.counter.right.currentWidget() is self.counter.card
        )

    def record_purchase(self) -> RecordPurchaseDialog | SaleChoiceDialog | None:
        """F5: record a purchase for the member on the card; with nobody open, ask whether to find
        the member or to record the sale without one."""
        if not self.open_card():
            choice = SaleChoiceDialog(self)
            choice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            choice.findRequested.connect(self.counter.focus_search)
            choice.withoutMemberRequested.connect(self.counter.record_without_member)
            choice.open()
            return choice
        return self.counter.card.loyalty.record_purchase()

    def adjust_points(self) -> AdjustPointsDialog | None:
        if not self.open_card():
            self.counter.focus_search()
            return None
        return self.counter.card.loyalty.adjust_points()

    def _loyalty_changed(self, member_id: int) -> None:
        self.members.model.refresh_loyalty([member_id])

    def daily_jobs_done(self, report: object) -> None:
        """The start-up jobs (expiry, birthday bonuses) ended: show their effect if they had one."""
        if getattr(report, "changed", False):
            self.refresh_pages()

    def daily_jobs_failed(self, error: object) -> None:
        """A failed start-up job is logged by the task and tried again at the next start."""

    def refresh_pages(self) -> None:
        """Re-read what the pages show after members were added or changed."""
        self.counter.refresh()
        self.members.refresh()
        self.pickups.refresh()
        for page in (self.today, self.birthdays):
            if page.isVisible():
                page.refresh()

    # -- dialogs ---------------------------------------------------------------------------
    def quick_join(self, prefill: str | None = None) -> QuickJoinDialog:
        """Open quick join (window-modal, not blocking); prefilled from the counter's search text."""
        if prefill is None:
            prefill = (
                self.counter.search_box.text() if self.stack.currentWidget() is self.counter else ""
            )
        dialog = QuickJoinDialog(self.shop, prefill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.memberSaved.connect(self._member_saved)
        dialog.openExistingRequested.connect(self.open_member)
        dialog.open()
        return dialog

    def edit_member(self, member_id: int) -> EditMemberDialog | None:
        """Open the edit dialog for a member (window-modal, not blocking)."""
        try:
            member = self.shop.members.get(member_id)
        except MemberNotFound:
            return None
        dialog = EditMemberDialog(self.shop, member, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.memberSaved.connect(self._member_saved)
        dialog.open()
        return dialog

    def print_notes(self) -> BatchNotesDialog:
        """Notes for today's shipped purchases, or for the members selected on the members page."""
        dialog = BatchNotesDialog(
            self.shop, self.members.selected_member_ids(), today=self._today, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_members(self) -> None:
        """Run the import wizard, then show what it brought in."""
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.shop, self).exec()
        self.refresh_pages()

    def _member_saved(self, member_id: int, warnings: list[str]) -> None:
        self.refresh_pages()
        self.open_member(member_id, warnings)

    # -- language --------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Install the language's translations and rebuild every page in it, keeping the open member."""
        app = QApplication.instance()
        if app is not None:
            apply_language(app, language)
        member = self.counter.card.member
        search_text = self.counter.search_box.text()
        showing = self.stack.currentIndex()
        self._teardown()
        self._build()
        self.counter.search_box.setText(search_text)
        self.counter.run_search()
        if member is not None:
            self.counter.open_member(member.id)
        if showing > 0:
            self.show_page(self.stack.widget(showing))
