"""A complaint: opened (member, what, when, channel, remedy, owner, follow-up), or handled (its
status moved forward, goodwill points on resolving, "customer kept informed" entries)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.complaint_records import CHANNELS, REMEDIES, STATUSES, ComplaintRecord
from ui.bidi import isolate, ltr, make_ltr
from ui.messages import error_text
from ui.widgets.complaint_log import ComplaintLog
from ui.widgets.member_picker import MemberPicker
from ui.widgets.optional_date import OptionalDate, day_edit, qdate
from ui.widgets.text_label import TextLabel
from ui.widgets.touch_texts import channel_text, day_text, remedy_text, status_text

ERROR_STYLE = "color: #b3261e;"
FOLLOW_UP_DAYS = 3
MAX_GOODWILL = 100_000


class ComplaintDialog(QDialog):
    """New when `complaint_id` is None (prefilled from `member_id` / `feedback_id`), else the
    complaint itself. Emits `complaintSaved(id)` after every change and `memberRequested(id)`."""

    complaintSaved = Signal(int)
    memberRequested = Signal(int)

    def __init__(
        self,
        shop: Shop,
        complaint_id: int | None = None,
        *,
        member_id: int | None = None,
        feedback_id: int | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self.feedback_id = feedback_id
        self.record: ComplaintRecord | None = None
        self.resize(640, 620)
        day = today()

        self.remedy_combo = QComboBox()
        self.remedy_combo.addItem(remedy_text(None), None)
        for remedy in REMEDIES:
            self.remedy_combo.addItem(remedy_text(remedy), remedy)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who handles it"))
        self.follow_up = OptionalDate(self.tr("Follow up on"), day + timedelta(FOLLOW_UP_DAYS))
        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        if complaint_id is None:
            self._build_new(member_id, day)
        else:
            self._build_existing(layout)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if complaint_id is not None:
            self.show_record(shop.complaints.get(complaint_id))

    # -- building ----------------------------------------------------------------------------
    def _build_new(self, member_id: int | None, day: date) -> None:
        self.setWindowTitle(self.tr("New complaint"))
        self.member = MemberPicker(self._shop, optional=False)
        self.what_edit = QPlainTextEdit()
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setPlaceholderText(self.tr("What happened"))
        self.what_edit.setMaximumHeight(110)
        self.happened_edit = day_edit(day)
        self.happened_edit.setMaximumDate(qdate(day))
        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_text(channel), channel)
        self.form.addRow(self.tr("Member:"), self.member)
        self.form.addRow(self.tr("What happened:"), self.what_edit)
        self.form.addRow(self.tr("When:"), self.happened_edit)
        self.form.addRow(self.tr("Channel:"), self.channel_combo)
        self.form.addRow(self.tr("Remedy:"), self.remedy_combo)
        self.form.addRow(self.tr("Handled by:"), self.owner_edit)
        self.form.addRow(self.tr("Follow-up:"), self.follow_up)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.open_complaint)
        self.buttons.rejected.connect(self.reject)
        if self.feedback_id is not None:
            feedback = self._shop.feedback.get(self.feedback_id)
            member_id = feedback.member_id if member_id is None else member_id
            nps = (
                self.tr("NPS {score}").format(score=feedback.nps)
                if feedback.nps is not None
                else ""
            )
            self.what_edit.setPlainText(feedback.comment or nps)
            self.happened_edit.setDate(qdate(min(feedback.given_on, day)))
        self.member.memberChanged.connect(self._name_in_title)
        if member_id is not None:
            self.member.set_member(member_id)

    def _name_in_title(self, member_id: int) -> None:
        if member_id < 0:
            self.setWindowTitle(self.tr("New complaint"))
            return
        name = self._shop.members.get(member_id).full_name
        self.setWindowTitle(self.tr("New complaint — {name}").format(name=name))

    def _build_existing(self, layout: QVBoxLayout) -> None:
        self.member_label = TextLabel(wrap=True, selectable=True)
        self.what_label = TextLabel(wrap=True, selectable=True)
        self.when_label = TextLabel(wrap=True)
        self.status_label = TextLabel(wrap=False)
        self.resolution_label = TextLabel(wrap=True)
        self.form.addRow(self.tr("Member:"), self.member_label)
        self.form.addRow(self.tr("What happened:"), self.what_label)
        self.form.addRow(self.tr("When:"), self.when_label)
        self.form.addRow(self.tr("Remedy:"), self.remedy_combo)
        self.form.addRow(self.tr("Handled by:"), self.owner_edit)
        self.form.addRow(self.tr("Follow-up:"), self.follow_up)
        self.form.addRow(self.tr("Status:"), self.status_label)
        self.form.addRow("", self.resolution_label)

        self.status_buttons: dict[str, QPushButton] = {}
        texts = {
            "in-progress": self.tr("Start handling"),
            "resolved": self.tr("Mark resolved"),
            "closed": self.tr("Mark closed"),
        }
        for status, text in texts.items():
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.status_buttons[status] = button
        self.goodwill_spin = QSpinBox()
        self.goodwill_spin.setRange(0, MAX_GOODWILL)
        self.goodwill_spin.setSingleStep(10)
        self.goodwill_spin.setToolTip(self.tr("Points added to the member's balance on resolving"))
        make_ltr(self.goodwill_spin)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_buttons["in-progress"])
        status_row.addSpacing(16)
        status_row.addWidget(QLabel(self.tr("Goodwill points:")))
        status_row.addWidget(self.goodwill_spin)
        status_row.addWidget(self.status_buttons["resolved"])
        status_row.addSpacing(16)
        status_row.addWidget(self.status_buttons["closed"])
        status_row.addStretch(1)
        layout.addLayout(status_row)

        self.log = ComplaintLog()
        self.log.informed.connect(self.add_informed)
        box = QGroupBox(self.tr("Log"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.log)
        layout.addWidget(box, 1)

        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.card_button = QPushButton(self.tr("Member card"))
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(self._member_requested)
        self.buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(lambda: self.apply())
        self.buttons.rejected.connect(self.reject)

    # -- showing -----------------------------------------------------------------------------
    def show_record(self, record: ComplaintRecord) -> None:
        """Fill the dialog from the stored complaint."""
        self.record = record
        self.setWindowTitle(self.tr("Complaint {number}").format(number=record.id))
        self.member_label.setText(
            " — ".join(
                p for p in (isolate(record.member_name), ltr(record.member_phone_display)) if p
            )
        )
        self.what_label.setText(record.what)
        self.when_label.setText(
            self.tr("{day}, {channel}").format(
                day=day_text(record.happened_on), channel=channel_text(record.channel)
            )
        )
        self.remedy_combo.setCurrentIndex(max(self.remedy_combo.findData(record.remedy), 0))
        self.owner_edit.setText(record.owner)
        self.follow_up.set_value(record.follow_up_on)
        self.status_label.setText(status_text(record.status))
        self.resolution_label.setText(self._resolution(record))
        position = STATUSES.index(record.status)
        for status, button in self.status_buttons.items():
            button.setEnabled(STATUSES.index(status) > position)
        self.goodwill_spin.setEnabled(record.status in ("open", "in-progress"))
        if not self.goodwill_spin.isEnabled():
            self.goodwill_spin.setValue(0)
        self.log.set_events(record.events)
        self.card_button.setEnabled(record.member_id is not None)

    def _resolution(self, record: ComplaintRecord) -> str:
        parts = []
        if record.resolution_days is not None:
            parts.append(
                self.tr("Resolved in {days} days").format(days=ltr(f"{record.resolution_days:g}"))
            )
        if record.goodwill_points:
            parts.append(
                self.tr("{points} goodwill points given").format(
                    points=ltr(str(record.goodwill_points))
                )
            )
        return "; ".join(parts)

    # -- acting ------------------------------------------------------------------------------
    def open_complaint(self) -> int | None:
        """Open the new complaint; on a problem, say what it is and keep the dialog open."""
        if self.member.member_id is None:
            self.error_label.setText(self.tr("Find the member first."))
            return None
        try:
            complaint_id = self._shop.complaints.open(
                self.member.member_id,
                self.what_edit.toPlainText(),
                happened_on=self.happened_edit.date().toPython(),
                channel=self.channel_combo.currentData(),
                remedy=self.remedy_combo.currentData(),
                owner=self.owner_edit.text(),
                follow_up_on=self.follow_up.value(),
                feedback_id=self.feedback_id,
                by="counter",
            )
        except ShopError as error:
            self.error_label.setText(error_text(error))
            return None
        self.complaintSaved.emit(complaint_id)
        self.accept()
        return complaint_id

    def move_to(self, status: str) -> None:
        """Move the status forward (with the goodwill points when resolving) and save the fields."""
        goodwill = self.goodwill_spin.value() if status in ("resolved", "closed") else 0
        self.apply(status=status, goodwill=goodwill if self.goodwill_spin.isEnabled() else 0)

    def add_informed(self, text: str) -> None:
        if self.apply(informed=text):
            self.log.clear_box()

    def apply(self, **changes) -> bool:
        """Save the edited fields with `changes` in one update; True when it was saved."""
        record = self.record
        if record is None:
            return False
        remedy = self.remedy_combo.currentData()
        if remedy != record.remedy:
            changes["remedy"] = remedy  # None: not chosen (any more)
        if self.owner_edit.text().strip() != record.owner:
            changes["owner"] = self.owner_edit.text()
        follow_up = self.follow_up.value()
        if follow_up != record.follow_up_on:
            changes["follow_up_on"] = follow_up  # None: no follow-up any more
        try:
            updated = self._shop.complaints.update(record.id, by="counter", **changes)
        except ShopError as error:
            self.error_label.setText(error_text(error))
            return False
        self.error_label.setText("")
        self.show_record(updated)
        self.complaintSaved.emit(updated.id)
        return True

    def _member_requested(self) -> None:
        if self.record is not None and self.record.member_id is not None:
            self.memberRequested.emit(self.record.member_id)
