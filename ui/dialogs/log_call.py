"""What came of a call: reached, no answer, call back on a date, complaint opened, not interested."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.call_records import RESULTS as CALL_RESULTS
from ui.bidi import isolate, ltr
from ui.messages import error_text
from ui.widgets.optional_date import day_edit, qdate
from ui.widgets.text_label import TextLabel
from ui.widgets.touch_texts import reason_text, result_text

ERROR_STYLE = "color: #b3261e;"


class LogCallDialog(QDialog):
    """Logs one call through `shop.calls.log`; emits `callLogged(result)` and closes.

    `memberRequested(member_id)` asks for the member's card; the dialog stays open meanwhile.
    """

    callLogged = Signal(str)
    memberRequested = Signal(int)

    def __init__(
        self,
        shop: Shop,
        member_id: int,
        *,
        reason: str = "winback",
        purchase_id: int | None = None,
        context: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self.member_id = member_id
        self.reason = reason
        self.purchase_id = purchase_id
        self.logged_result: str | None = None
        self.setWindowTitle(self.tr("Log a call"))
        self.resize(460, 420)

        member = shop.members.get(member_id)
        self.member_label = TextLabel(wrap=True)
        self.member_label.setText(
            self._member_line(member.address_form).format(
                name=isolate(member.full_name),
                number=ltr(str(member.number)),
                phone=ltr(member.phone_display) or self.tr("no phone"),
            )
        )
        self.context_label = TextLabel(
            "\n".join(part for part in (reason_text(reason), context) if part), wrap=True
        )
        self.context_label.setStyleSheet("color: #5a6270;")
        self.card_button = QPushButton(self.tr("Member card"))
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(lambda: self.memberRequested.emit(self.member_id))

        self.results = QButtonGroup(self)
        self.result_buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout()
        for row, result in enumerate(CALL_RESULTS):
            button = QRadioButton(result_text(result, member.address_form))
            self.results.addButton(button, row)
            self.result_buttons[result] = button
            grid.addWidget(button, row, 0)
        day = today()
        self.call_back_edit = day_edit(day + timedelta(days=1))
        self.call_back_edit.setMinimumDate(qdate(day))
        grid.addWidget(self.call_back_edit, CALL_RESULTS.index("call-back"), 1)
        grid.setColumnStretch(2, 1)
        self.results.idToggled.connect(lambda *_: self._result_changed())
        self.result_buttons["reached"].setChecked(True)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Notes"))
        self.note_edit.setTabChangesFocus(True)
        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.member_label)
        layout.addWidget(self.context_label)
        layout.addWidget(TextLabel(self.tr("Result:"), wrap=False))
        layout.addLayout(grid)
        layout.addWidget(self.note_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._result_changed()

    def _member_line(self, form: str) -> str:
        """ "{name}, member {number} — {phone}" in the member's form of address (m or f)."""
        if form == "m":
            return self.tr("{name}, member {number} — {phone}", "masculine")
        if form == "f":
            return self.tr("{name}, member {number} — {phone}", "feminine")
        return self.tr("{name}, member {number} — {phone}")

    def chosen_result(self) -> str:
        """The chosen result, as the call log stores it."""
        return CALL_RESULTS[max(self.results.checkedId(), 0)]

    def choose(self, result: str) -> None:
        self.result_buttons[result].setChecked(True)

    def _result_changed(self) -> None:
        self.call_back_edit.setEnabled(self.chosen_result() == "call-back")

    def call_back_on(self) -> date | None:
        return (
            self.call_back_edit.date().toPython() if self.chosen_result() == "call-back" else None
        )

    def save(self) -> None:
        """Log the call; on a problem, say what it is and keep the dialog open."""
        result = self.chosen_result()
        try:
            self._shop.calls.log(
                self.member_id,
                result,
                reason=self.reason,
                call_back_on=self.call_back_on(),
                note=self.note_edit.toPlainText(),
                by="counter",
                purchase_id=self.purchase_id,
            )
        except ShopError as error:
            self.error_label.setText(error_text(error))
            return
        self.logged_result = result
        self.callLogged.emit(result)
        self.accept()
