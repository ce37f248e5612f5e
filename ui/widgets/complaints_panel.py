"""The complaints tab: open ones first, with owner, follow-up day (overdue in red) and how long
resolving took; one click opens a complaint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopkeeper.shop import Shop
from shopkeeper.touch.complaint_records import ComplaintRecord, open_first
from ui.bidi import isolate, ltr
from ui.widgets.record_table import Column, RecordTableModel, record_view
from ui.widgets.touch_texts import OVERDUE_COLOUR, day_text, remedy_text, status_text


def resolution_text(record: ComplaintRecord, today: date) -> str:
    translate = QCoreApplication.translate
    if record.resolution_days is not None:
        return translate("ComplaintColumns", "{days} days").format(
            days=ltr(f"{record.resolution_days:g}")
        )
    days = (today - record.opened_at.date()).days
    if days <= 0:
        return translate("ComplaintColumns", "opened today")
    if days == 1:
        return translate("ComplaintColumns", "open since yesterday")
    return translate("ComplaintColumns", "open {days} days").format(days=ltr(str(days)))


def complaint_columns(today: Callable[[], date]) -> list[Column]:
    translate = QCoreApplication.translate

    def overdue(record: ComplaintRecord):
        return OVERDUE_COLOUR if record.follow_up_overdue(today()) else None

    return [
        Column(translate("ComplaintColumns", "No."), lambda r: ltr(str(r.id))),
        Column(translate("ComplaintColumns", "Member"), lambda r: isolate(r.member_name)),
        Column(
            translate("ComplaintColumns", "What happened"),
            lambda r: isolate(r.what),
            tooltip=lambda r: r.what,
        ),
        Column(translate("ComplaintColumns", "Status"), lambda r: status_text(r.status)),
        Column(
            translate("ComplaintColumns", "Remedy"),
            lambda r: remedy_text(r.remedy) if r.remedy else "",
        ),
        Column(translate("ComplaintColumns", "Handled by"), lambda r: isolate(r.owner)),
        Column(
            translate("ComplaintColumns", "Follow-up"),
            lambda r: day_text(r.follow_up_on),
            foreground=overdue,
        ),
        Column(translate("ComplaintColumns", "Opened"), lambda r: day_text(r.opened_at)),
        Column(
            translate("ComplaintColumns", "Resolution time"), lambda r: resolution_text(r, today())
        ),
    ]


class ComplaintsPanel(QWidget):
    """Emits `newRequested()` and `complaintOpened(complaint_id)`."""

    newRequested = Signal()
    complaintOpened = Signal(int)

    def __init__(
        self, shop: Shop, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self.new_button = QPushButton(self.tr("New complaint…"))
        self.new_button.clicked.connect(self.newRequested)
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("Still being handled"), True)
        self.filter_combo.addItem(self.tr("All complaints"), False)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter_combo)
        self.model = RecordTableModel(complaint_columns(today), parent=self)
        self.view = record_view(self.model, stretch=2)
        self.view.setToolTip(self.tr("Click a complaint to handle it"))
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def open_only(self) -> bool:
        return bool(self.filter_combo.currentData())

    def set_open_only(self, open_only: bool) -> None:
        self.filter_combo.setCurrentIndex(0 if open_only else 1)

    def refresh(self) -> None:
        self.model.set_records(open_first(self._shop.complaints.list(open_only=self.open_only())))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.complaintOpened.emit(self.model.record(index.row()).id)
