"""The loyalty programme page: earning, redeeming, bonuses, expiry, tiers, stamp cards and rewards.

Every value goes through `shopkeeper.loyalty.programme.set_value`, so the core's rules decide what is
allowed and its errors are shown next to the field they are about.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import InvalidProgramme, ShopError
from shopkeeper.loyalty.programme import Programme, set_value
from shopkeeper.shop import Shop
from ui.bidi import leading_alignment, make_ltr
from ui.i18n import ui_font
from ui.message_details import programme_detail, programme_key_name
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.loyalty_texts import money, programme_text
from ui.widgets.row_table import RowTable
from ui.widgets.text_label import TextLabel

MONEY_KEYS = ("min_purchase", "point_value")
COUNT_KEYS = ("min_redeem", "welcome_bonus", "birthday_bonus", "referral_bonus", "expiry_months")
TABLE_KEYS = ("tiers", "stamp_cards", "rewards")


def owner_number(text: str) -> str:
    """A number as the owner typed it, for the core to read: "₪5,000" → "5000", "149,90" → "149.90"."""
    text = text.replace("₪", "").replace(" ", "").strip()
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        return text.replace(",", "")
    if re.fullmatch(r"-?\d+,\d{1,2}", text):
        return text.replace(",", ".")
    return text


def shekels(agorot: int) -> str:
    """Agorot as the owner types shekels: 2000, 12.50, 0.10."""
    whole, cents = divmod(agorot, 100)
    return f"{whole}.{cents:02d}" if cents else str(whole)


def decimal_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


class ProgrammePage(QWidget):
    """Emits `programmeSaved()` after a new version was saved."""

    programmeSaved = Signal()

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._build()
        self.load()

    # -- building --------------------------------------------------------------------------
    def _line(self, key: str, hint: str = "") -> QLineEdit:
        edit = make_ltr(QLineEdit())
        edit.setMaximumWidth(160)
        edit.setToolTip(hint)
        edit.textChanged.connect(self._edited)
        self.fields[key] = edit
        return edit

    def _row(self, form: QFormLayout, key: str, widget: QWidget, hint: str = "") -> None:
        self.errors[key] = ErrorLabel()
        box = QHBoxLayout()
        box.addWidget(widget)
        if hint:
            note = TextLabel(hint)
            note.setAlignment(leading_alignment())
            note.setStyleSheet("color: #5a6270;")
            box.addWidget(note, 1)
        else:
            box.addStretch(1)
        form.addRow(programme_key_name(key), box)
        form.addRow("", self.errors[key])

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setLabelAlignment(leading_alignment())
        return group, form

    def _build(self) -> None:
        title = TextLabel(self.tr("Loyalty programme"))
        title.setFont(ui_font(16, bold=True))
        intro = TextLabel(
            self.tr(
                "Changes apply from the moment they are saved; earlier purchases keep the rules of "
                "their day."
            )
        )
        intro.setStyleSheet("color: #5a6270;")

        earning, form = self._group(self.tr("Earning"))
        self._row(
            form, "points_per_shekel", self._line("points_per_shekel"), self.tr("e.g. 1 or 0.5")
        )
        self.rounding = QComboBox()
        self.rounding.addItem(self.tr("Round down"), "down")
        self.rounding.addItem(self.tr("Round to nearest"), "nearest")
        self.rounding.currentIndexChanged.connect(self._edited)
        self._row(form, "rounding", self.rounding)
        self._row(form, "min_purchase", self._line("min_purchase"), self.tr("₪ to earn any points"))
        categories = QLineEdit()
        categories.setToolTip(self.tr("Item categories, separated by commas"))
        categories.textChanged.connect(self._edited)
        self.fields["excluded_categories"] = categories
        self._row(form, "excluded_categories", categories)

        redeeming, form = self._group(self.tr("Redeeming"))
        self.value_hint = TextLabel()
        self.value_hint.setStyleSheet("color: #5a6270;")
        self._row(form, "point_value", self._line("point_value"))
        form.addRow("", self.value_hint)
        self._row(form, "min_redeem", self._line("min_redeem"))

        bonuses, form = self._group(self.tr("Bonuses and expiry"))
        self._row(form, "welcome_bonus", self._line("welcome_bonus"), self.tr("points"))
        self._row(
            form, "birthday_bonus", self._line("birthday_bonus"), self.tr("points, once a year")
        )
        self._row(
            form, "referral_bonus", self._line("referral_bonus"), self.tr("points, to both members")
        )
        self._row(form, "expiry_months", self._line("expiry_months"), self.tr("0 = never"))

        self.tables = {
            "tiers": RowTable(
                [
                    self.tr("Name"),
                    self.tr("From ₪ in 12 months"),
                    self.tr("Points ×"),
                    self.tr("Perk"),
                ],
                stretch=3,
            ),
            "stamp_cards": RowTable(
                [
                    self.tr("Card"),
                    self.tr("Category"),
                    self.tr("Stamps"),
                    self.tr("Reward"),
                    self.tr("Reward ₪"),
                ],
                stretch=3,
            ),
            "rewards": RowTable(
                [self.tr("Reward"), self.tr("Points"), self.tr("₪ off (0 = a gift)")], stretch=0
            ),
        }
        table_groups = []
        for key, table in self.tables.items():
            table.model.dataChanged.connect(self._edited)
            table.model.rowsRemoved.connect(self._edited)
            group = QGroupBox(programme_key_name(key))
            box = QVBoxLayout(group)
            box.addWidget(table)
            self.errors[key] = ErrorLabel()
            box.addWidget(self.errors[key])
            table_groups.append(group)

        self.save_button = QPushButton(self.tr("Save the programme"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.load)
        self.saved_label = TextLabel(wrap=False)
        self.general_error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.saved_label, 1)

        body = QWidget()
        body.setMaximumWidth(900)
        layout = QVBoxLayout(body)
        for widget in (title, intro, earning, redeeming, bonuses, *table_groups):
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.fields["points_per_shekel"])

    # -- values ----------------------------------------------------------------------------
    def load(self) -> None:
        """Show the programme in force now (dropping unsaved edits)."""
        p = self._shop.programme.current()
        texts = {
            "points_per_shekel": decimal_text(p.points_per_shekel),
            "min_purchase": shekels(p.min_purchase),
            "excluded_categories": ", ".join(p.excluded_categories),
            "point_value": shekels(p.point_value),
            **{key: str(getattr(p, key)) for key in COUNT_KEYS},
        }
        for key, text in texts.items():
            self.fields[key].setText(text)
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(p.rounding)))
        self.tables["tiers"].set_rows(
            [
                [
                    programme_text(t.name),
                    shekels(t.threshold),
                    decimal_text(t.multiplier),
                    programme_text(t.perk),
                ]
                for t in p.tiers
            ]
        )
        self.tables["stamp_cards"].set_rows(
            [
                [
                    programme_text(c.name),
                    c.category,
                    str(c.stamps_needed),
                    programme_text(c.reward),
                    shekels(c.reward_amount),
                ]
                for c in p.stamp_cards
            ]
        )
        self.tables["rewards"].set_rows(
            [[programme_text(r.name), str(r.points), shekels(r.amount)] for r in p.rewards]
        )
        for label in (*self.errors.values(), self.general_error):
            label.clear_error()
        self.saved_label.setText("")
        self._show_value_hint()

    def typed(self) -> dict[str, object]:
        """Each key's value as typed, in the form `set_value` reads (₪ as text, lists of dicts)."""
        values: dict[str, object] = {
            key: owner_number(self.fields[key].text()) for key in (*MONEY_KEYS, *COUNT_KEYS)
        }
        values["points_per_shekel"] = owner_number(self.fields["points_per_shekel"].text())
        values["rounding"] = self.rounding.currentData()
        values["excluded_categories"] = self.fields["excluded_categories"].text()
        values["tiers"] = [
            {"name": n, "threshold": owner_number(t), "multiplier": owner_number(m), "perk": perk}
            for n, t, m, perk in self.tables["tiers"].rows()
        ]
        values["stamp_cards"] = [
            {
                "name": n,
                "category": c,
                "stamps_needed": s,
                "reward": r,
                "reward_amount": owner_number(a) or "0",
            }
            for n, c, s, r, a in self.tables["stamp_cards"].rows()
        ]
        values["rewards"] = [
            {"name": n, "points": pts, "amount": owner_number(a) or "0"}
            for n, pts, a in self.tables["rewards"].rows()
        ]
        return values

    def programme(self) -> tuple[Programme | None, dict[str, ShopError]]:
        """The programme as typed, or None with the error of each key that the core refused."""
        programme = self._shop.programme.current()
        problems: dict[str, ShopError] = {}
        for key, value in self.typed().items():
            try:
                programme = set_value(programme, key, value)
            except ShopError as exc:
                problems[key] = exc
        return (None if problems else programme), problems

    def save(self) -> bool:
        """Save a new version of the programme; False (errors shown by their fields) if refused."""
        for label in (*self.errors.values(), self.general_error):
            label.clear_error()
        programme, problems = self.programme()
        for key, error in problems.items():
            self.errors.get(key, self.general_error).show_error(self._error_text(error))
        if programme is None:
            self.saved_label.setText("")
            return False
        try:
            self._shop.programme.save(programme)
        except ShopError as exc:
            self.general_error.show_error(error_text(exc))
            return False
        self.saved_label.setText(self.tr("Saved; in force from now."))
        self.programmeSaved.emit()
        return True

    @staticmethod
    def _error_text(error: ShopError) -> str:
        """Next to its own field, the setting's name need not be repeated."""
        if isinstance(error, InvalidProgramme):
            return programme_detail(str(error.params.get("detail", "")))
        return error_text(error)

    def _edited(self, *_args: object) -> None:
        self.saved_label.setText("")
        self._show_value_hint()

    def _show_value_hint(self) -> None:
        """ "100 points = ₪10" for the point value typed."""
        try:
            value = set_value(
                Programme(), "point_value", owner_number(self.fields["point_value"].text())
            )
        except ShopError:
            self.value_hint.setText("")
            return
        self.value_hint.setText(
            self.tr("{points} points = {amount}").format(
                points=100, amount=money(100 * value.point_value)
            )
        )
