"""Every member in one list, loaded a page at a time as you scroll."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from shopkeeper.shop import Shop
from ui.i18n import ui_font
from ui.models.member_list import LIST_COLUMNS, MemberListModel
from ui.pages.counter import configure_member_table
from ui.widgets.text_label import TextLabel


class MembersPage(QWidget):
    """The lazy member list; `memberActivated(id)` on double-click or Enter."""

    memberActivated = Signal(int)
    quickJoinRequested = Signal(str)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self.model = MemberListModel(shop.members, parent=self, loyalty=shop.loyalty)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_member_table(self.table)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # for batch notes
        em = self.table.fontMetrics().horizontalAdvance("0")
        self.table.setColumnWidth(LIST_COLUMNS.index("balance"), em * 9 + 16)
        self.table.setColumnWidth(LIST_COLUMNS.index("tier"), em * 12 + 16)
        self.table.activated.connect(self._activated)

        title = TextLabel(self.tr("Members"), wrap=False)
        title.setFont(ui_font(16, bold=True))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #5a6270;")
        add_button = QPushButton(self.tr("Quick join…"))
        add_button.setAutoDefault(False)
        add_button.clicked.connect(lambda: self.quickJoinRequested.emit(""))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(add_button)
        hint = QLabel(
            self.tr("Sorted by last name. Double-click a member (or press Enter) to open the card.")
        )
        hint.setStyleSheet("color: #7a8290;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.table)
        self._update_count()

    def refresh(self) -> None:
        """Count again and reload from the first page."""
        self.model.reload()
        self._update_count()
        if self.isVisible():
            self.model.fetchMore(QModelIndex())

    def _update_count(self) -> None:
        total = self.model.total
        if total == 1:
            self.count_label.setText(self.tr("1 member"))
        else:
            self.count_label.setText(self.tr("{n} members").format(n=QLocale().toString(total)))

    def selected_member_ids(self) -> list[int]:
        """The members whose rows are selected, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.member_id(row) for row in rows]

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.memberActivated.emit(self.model.member_id(index.row()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.rowCount() == 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
