"""The feedback tab: recent feedback coloured by NPS category, NPS for a period and by month, and
the Likert statements; a detractor's row opens a complaint in one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.feedback_records import FeedbackRecord, NpsReport
from ui.bidi import isolate, ltr
from ui.i18n import ui_font
from ui.messages import error_text
from ui.widgets.optional_date import day_edit, qdate
from ui.widgets.record_table import Column, RecordTableModel, record_view
from ui.widgets.statements_panel import StatementsPanel
from ui.widgets.text_label import TextLabel
from ui.widgets.touch_texts import (
    CATEGORY_BACKGROUNDS,
    CATEGORY_COLOURS,
    category_text,
    day_text,
    nps_text,
)

LINK_COLOUR = QColor("#1f5fbf")
COMPLAINT_COLUMN = 5


def complaint_cell(record: FeedbackRecord) -> str:
    translate = QCoreApplication.translate
    if record.complaint_id is not None:
        return translate("FeedbackColumns", "Complaint {number}").format(
            number=ltr(str(record.complaint_id))
        )
    return translate("FeedbackColumns", "Open complaint…") if record.calls_for_complaint else ""


def recent_columns() -> list[Column]:
    translate = QCoreApplication.translate
    return [
        Column(translate("FeedbackColumns", "Date"), lambda r: day_text(r.given_on)),
        Column(
            translate("FeedbackColumns", "Member"),
            lambda r: isolate(r.member_name) or translate("FeedbackColumns", "(walk-in)"),
        ),
        Column(
            translate("FeedbackColumns", "NPS"),
            lambda r: ltr(str(r.nps)) if r.nps is not None else "",
        ),
        Column(
            translate("FeedbackColumns", "Category"),
            lambda r: category_text(r.category, r.member_form),
            foreground=lambda r: CATEGORY_COLOURS.get(r.category or ""),
        ),
        Column(
            translate("FeedbackColumns", "Comment"),
            lambda r: isolate(r.comment),
            tooltip=lambda r: r.comment,
        ),
        Column(
            translate("FeedbackColumns", "Complaint"),
            complaint_cell,
            foreground=lambda r: LINK_COLOUR if complaint_cell(r) else None,
        ),
    ]


def month_columns() -> list[Column]:
    translate = QCoreApplication.translate

    def month(row: tuple[str, NpsReport]) -> str:
        year, number = row[0].split("-")
        return ltr(f"{number}/{year}")

    return [
        Column(translate("NpsColumns", "Month"), month),
        Column(translate("NpsColumns", "NPS"), lambda r: nps_text(r[1].nps)),
        Column(translate("NpsColumns", "Responses"), lambda r: ltr(str(r[1].responses))),
        Column(translate("NpsColumns", "Promoters"), lambda r: ltr(str(r[1].promoters))),
        Column(translate("NpsColumns", "Passives"), lambda r: ltr(str(r[1].passives))),
        Column(translate("NpsColumns", "Detractors"), lambda r: ltr(str(r[1].detractors))),
    ]


def first_of_month_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


class FeedbackPanel(QWidget):
    """Emits `addRequested()`, `complaintRequested(feedback_id)` (a detractor without a complaint),
    `complaintOpened(complaint_id)` (the one already opened) and `memberRequested(member_id)`."""

    addRequested = Signal()
    complaintRequested = Signal(int)
    complaintOpened = Signal(int)
    memberRequested = Signal(int)
    RECENT = 200

    def __init__(
        self, shop: Shop, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self.report: NpsReport | None = None

        self.add_button = QPushButton(self.tr("Record feedback…"))
        self.add_button.clicked.connect(self.addRequested)
        self.from_edit = day_edit(first_of_month_before(today(), 11))
        self.to_edit = day_edit(today())
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Period from")))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.to_edit)

        self.recent = RecordTableModel(
            recent_columns(),
            row_background=lambda r: CATEGORY_BACKGROUNDS.get(r.category or ""),
            parent=self,
        )
        self.recent_view = record_view(self.recent, stretch=4)
        self.recent_view.clicked.connect(self._recent_clicked)
        self.recent_view.activated.connect(self._recent_activated)
        self.recent_view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.complaint_button = QPushButton(self.tr("Open complaint"))
        self.complaint_button.clicked.connect(self.complaint_for_selected)
        recent_box = QGroupBox(self.tr("Recent feedback"))
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent_view, 1)
        recent_buttons = QHBoxLayout()
        recent_buttons.addStretch(1)
        recent_buttons.addWidget(self.complaint_button)
        recent_layout.addLayout(recent_buttons)

        self.nps_label = QLabel()
        self.nps_label.setFont(ui_font(22, bold=True))
        self.counts_label = TextLabel(wrap=True)
        self.months = RecordTableModel(month_columns(), parent=self)
        self.months_view = record_view(self.months)
        nps_box = QGroupBox(self.tr("NPS"))
        summary = QHBoxLayout()
        summary.addWidget(self.nps_label)
        summary.addSpacing(12)
        summary.addWidget(self.counts_label, 1)
        nps_layout = QVBoxLayout(nps_box)
        nps_layout.addLayout(summary)
        nps_layout.addWidget(self.months_view, 1)

        self.statements = StatementsPanel(shop)
        self.statements.changed.connect(self.refresh)
        self.statements.failed.connect(self._show_error)
        statements_box = QGroupBox(self.tr("Statements answered 1–5"))
        QVBoxLayout(statements_box).addWidget(self.statements)

        bottom = QSplitter()
        bottom.addWidget(nps_box)
        bottom.addWidget(statements_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(recent_box)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.from_edit.dateChanged.connect(lambda _d: self.refresh_period())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh_period())

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.refresh_period()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.recent.set_records(self._shop.feedback.recent(self.RECENT))
        self._selected()
        self.refresh_period()

    def refresh_period(self) -> None:
        """NPS, months and Likert means for the chosen period."""
        start, end = self.period()
        try:
            self.report = self._shop.feedback.nps(start, end)
            # the latest month on top, where it is seen without scrolling
            self.months.set_records(self._shop.feedback.by_month(start, end)[::-1])
            self.statements.set_results(self._shop.feedback.likert(start, end))
        except ShopError as error:
            self._show_error(error_text(error))
            return
        self.error_label.hide()
        report = self.report
        self.nps_label.setText(self.tr("NPS {score}").format(score=nps_text(report.nps)))
        self.counts_label.setText(
            self.tr(
                "{responses} answers: {promoters} promoters, {passives} passives, "
                "{detractors} detractors"
            ).format(
                responses=report.responses,
                promoters=report.promoters,
                passives=report.passives,
                detractors=report.detractors,
            )
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- acting ------------------------------------------------------------------------------
    def _selected(self) -> FeedbackRecord | None:
        index = self.recent_view.currentIndex()
        record = self.recent.record(index.row()) if index.isValid() else None
        self.complaint_button.setEnabled(
            record is not None and (record.complaint_id is not None or record.calls_for_complaint)
        )
        self.complaint_button.setText(
            self.tr("Show complaint")
            if record is not None and record.complaint_id is not None
            else self.tr("Open complaint")
        )
        return record

    def _recent_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == COMPLAINT_COLUMN:
            self.complaint_for(self.recent.record(index.row()))

    def _recent_activated(self, index: QModelIndex) -> None:
        record = self.recent.record(index.row()) if index.isValid() else None
        if record is not None and index.column() != COMPLAINT_COLUMN and record.member_id:
            self.memberRequested.emit(record.member_id)

    def complaint_for_selected(self) -> None:
        record = self._selected()
        if record is not None:
            self.complaint_for(record)

    def complaint_for(self, record: FeedbackRecord) -> None:
        """Show the complaint opened from this feedback, or ask for a new one (detractors)."""
        if record.complaint_id is not None:
            self.complaintOpened.emit(record.complaint_id)
        elif record.calls_for_complaint:
            self.complaintRequested.emit(record.id)
