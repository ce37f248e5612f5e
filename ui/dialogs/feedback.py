"""Record a customer's feedback: who (or nobody), when, NPS 0–10, a comment, the Likert answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from ui.messages import error_text
from ui.widgets.member_picker import MemberPicker
from ui.widgets.optional_date import day_edit, qdate
from ui.widgets.score_buttons import ScoreButtons
from ui.widgets.text_label import TextLabel

ERROR_STYLE = "color: #b3261e;"


class FeedbackDialog(QDialog):
    """Saves through `shop.feedback.add`; emits `feedbackSaved(feedback_id)` and closes."""

    feedbackSaved = Signal(int)

    def __init__(
        self,
        shop: Shop,
        member_id: int | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Record feedback"))
        self.resize(620, 560)

        self.member = MemberPicker(shop)
        day = today()
        self.given_on_edit = day_edit(day)
        self.given_on_edit.setMaximumDate(qdate(day))
        self.nps = ScoreButtons(0, 10)
        nps_hint = TextLabel(
            self.tr("How likely are you to recommend us to a friend? (0 = not at all, 10 = surely)")
        )
        nps_hint.setStyleSheet("color: #5a6270;")
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("What the customer said"))
        self.comment_edit.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("Member:"), self.member)
        form.addRow(self.tr("Date:"), self.given_on_edit)
        form.addRow(self.tr("NPS:"), self.nps)
        form.addRow("", nps_hint)
        form.addRow(self.tr("Comment:"), self.comment_edit)

        self.likert: dict[int, ScoreButtons] = {}
        statements = shop.feedback.statements(active_only=True)
        likert_box = QGroupBox(self.tr("How much do they agree? (1 = not at all, 5 = fully)"))
        likert_form = QFormLayout(likert_box)
        for statement in statements:
            buttons = ScoreButtons(1, 5)
            self.likert[statement.id] = buttons
            label = TextLabel(statement.text, wrap=True)
            label.setMinimumWidth(220)
            likert_form.addRow(label, buttons)
        likert_box.setVisible(bool(statements))

        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(likert_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.member.memberChanged.connect(self._name_in_title)
        if member_id is not None:
            self.member.set_member(member_id)

    def _name_in_title(self, member_id: int) -> None:
        if member_id < 0:
            self.setWindowTitle(self.tr("Record feedback"))
            return
        name = self._shop.members.get(member_id).full_name
        self.setWindowTitle(self.tr("Record feedback — {name}").format(name=name))

    def answers(self) -> dict[int, int]:
        """The Likert scores given, by statement id (statements left blank are not answered)."""
        return {sid: b.value() for sid, b in self.likert.items() if b.value() is not None}

    def save(self) -> None:
        """Save the feedback; on a problem, say what it is and keep the dialog open."""
        comment = self.comment_edit.toPlainText().strip()
        if self.nps.value() is None and not comment and not self.answers():
            self.error_label.setText(self.tr("Choose a score or write what the customer said."))
            return
        try:
            self.saved_id = self._shop.feedback.add(
                self.member.member_id,
                self.nps.value(),
                comment=comment,
                given_on=self.given_on_edit.date().toPython(),
                answers=self.answers() or None,
                by="counter",
            )
        except ShopError as error:
            self.error_label.setText(error_text(error))
            return
        self.feedbackSaved.emit(self.saved_id)
        self.accept()
