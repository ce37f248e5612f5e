"""The columns of the three call lists: win-back, after-purchase follow-ups, call-backs due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from shopkeeper.touch.call_records import CallBackEntry, FollowUpEntry, WinbackEntry
from ui.bidi import isolate, ltr
from ui.widgets.record_table import Column
from ui.widgets.touch_texts import (
    OVERDUE_COLOUR,
    as_date,
    day_text,
    money_text,
    phone_text,
    reason_text,
)

LISTS = ("winback", "followups", "callbacks")
# the longest text a column of each kind shows, measured with the view's font: the column is
# never narrower, even before any row has such a value (a "last called" date appears later)
DATE_SAMPLE = "00/00/0000"
PHONE_SAMPLE = "000-000-0000"
MONEY_SAMPLE = "₪00,000.00"
NUMBER_SAMPLE = "0000"
CELL_PADDING = 20  # the cell's margins and a little air, in pixels
_SAMPLES = {
    "winback": (
        "",
        PHONE_SAMPLE,
        DATE_SAMPLE,
        NUMBER_SAMPLE,
        MONEY_SAMPLE,
        NUMBER_SAMPLE,
        DATE_SAMPLE,
    ),
    "followups": ("", PHONE_SAMPLE, DATE_SAMPLE, MONEY_SAMPLE, ""),
    "callbacks": ("", PHONE_SAMPLE, DATE_SAMPLE, ""),
}


def _name(entry) -> str:
    return isolate(entry.name)


def _number(value: int | None) -> str:
    return ltr(str(value)) if value is not None else ""


def winback_columns() -> list[Column]:
    translate = QCoreApplication.translate
    return [
        Column(translate("CallColumns", "Name"), _name),
        Column(translate("CallColumns", "Phone"), lambda e: phone_text(e.phone)),
        Column(
            translate("CallColumns", "Last purchase"),
            lambda e: day_text(e.last_purchase_on) or translate("CallColumns", "never"),
        ),
        Column(translate("CallColumns", "Days since"), lambda e: _number(e.days_since)),
        Column(translate("CallColumns", "Spend, 12 months"), lambda e: money_text(e.spend_12m)),
        Column(translate("CallColumns", "Visits, 12 months"), lambda e: _number(e.visits_12m)),
        Column(translate("CallColumns", "Last called"), lambda e: day_text(e.last_called_at)),
    ]


def followup_columns() -> list[Column]:
    translate = QCoreApplication.translate
    return [
        Column(translate("CallColumns", "Name"), _name),
        Column(translate("CallColumns", "Phone"), lambda e: phone_text(e.phone)),
        Column(translate("CallColumns", "Purchase date"), lambda e: day_text(e.purchase_at)),
        Column(translate("CallColumns", "Amount"), lambda e: money_text(e.total)),
        Column(translate("CallColumns", "Why"), lambda e: reason_text(e.reason)),
    ]


def callback_columns(today: Callable[[], date]) -> list[Column]:
    translate = QCoreApplication.translate

    def late(entry):
        day = as_date(entry.call_back_on)
        return OVERDUE_COLOUR if day is not None and day < today() else None

    return [
        Column(translate("CallColumns", "Name"), _name),
        Column(translate("CallColumns", "Phone"), lambda e: phone_text(e.phone)),
        Column(
            translate("CallColumns", "Call back on"),
            lambda e: day_text(e.call_back_on),
            foreground=late,
        ),
        Column(translate("CallColumns", "Note"), lambda e: isolate(e.note)),
    ]


def column_width(view: QTableView, key: str, column: int) -> int:
    """The width column `column` of list `key` needs: its title, its longest possible value and
    the longest value it shows now, measured with the view's font metrics."""
    metrics = view.fontMetrics()
    model = view.model()
    texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or ""), _SAMPLES[key][column]]
    texts += [
        str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), 200))
    ]
    header = view.horizontalHeader().fontMetrics()
    widest = max(
        max(metrics.horizontalAdvance(t) for t in texts[1:]),
        header.horizontalAdvance(texts[0])
        + view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) * 2,
    )
    return widest + CELL_PADDING


def fit_columns(view: QTableView, key: str) -> None:
    """Size every column but the name from font metrics (see `column_width`); the name takes
    the rest of the width."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(1, view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, column_width(view, key, column))
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)


def list_title(key: str, count: int) -> str:
    """The tab title of a list with its number of rows: "Win-back (12)"."""
    translate = QCoreApplication.translate
    titles = {
        "winback": translate("CallLists", "Win-back ({count})"),
        "followups": translate("CallLists", "Follow-ups ({count})"),
        "callbacks": translate("CallLists", "Call-backs due ({count})"),
    }
    return titles[key].format(count=count)


def call_reason(key: str) -> str:
    """The call log's reason for a call made from list `key`."""
    return {"winback": "winback", "followups": "followup", "callbacks": "callback"}[key]


def _asked_to_be_called_back(form: str) -> str:
    """In the member's form of address ("ביקש" / "ביקשה"; the slash form when not known)."""
    translate = QCoreApplication.translate
    if form == "m":
        return translate("CallLists", "Asked to be called back on {day}", "masculine")
    if form == "f":
        return translate("CallLists", "Asked to be called back on {day}", "feminine")
    return translate("CallLists", "Asked to be called back on {day}")


def entry_context(entry) -> str:
    """What the call is about, shown in the log-call dialog: the purchase, the call-back asked
    for, or the last purchase."""
    translate = QCoreApplication.translate
    if isinstance(entry, FollowUpEntry):
        return translate("CallLists", "Purchase of {amount} on {day}").format(
            amount=money_text(entry.total), day=day_text(entry.purchase_at)
        )
    if isinstance(entry, CallBackEntry):
        asked = _asked_to_be_called_back(entry.address_form).format(
            day=day_text(entry.call_back_on)
        )
        return "\n".join(part for part in (asked, isolate(entry.note)) if part)
    if isinstance(entry, WinbackEntry) and entry.last_purchase_on:
        return translate("CallLists", "Last purchase on {day}").format(
            day=day_text(entry.last_purchase_on)
        )
    return ""
