"""The today report as rows of the today page's lists, each with its one action."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from shopkeeper.touch.birthdays import BirthdayEntry
from shopkeeper.touch.today import TodayReport, today
from ui.bidi import isolate, ltr
from ui.models.action_rows import ActionRow
from ui.models.birthday_texts import age_text, calendar_text, day_text, whose_text
from ui.models.pickup_list import cell_text as pickup_cell
from ui.widgets.touch_texts import day_text as full_day_text
from ui.widgets.touch_texts import money_text, phone_text, reason_text
from ui.widgets.touch_texts import status_text as complaint_status_text

translate = QCoreApplication.translate


SHOWN = 50  # rows a list of the today page shows at most; the pages of their own list them all


@dataclass(frozen=True)
class Listed:
    """The rows a list shows, and how many there are in all."""

    rows: list[ActionRow]
    total: int


@dataclass(frozen=True)
class CallTarget:
    """What a "Call" button asks the calls page to log."""

    member_id: int
    reason: str  # callback | followup | winback
    purchase_id: int | None = None


@dataclass(frozen=True)
class TodayData:
    """The report and the rows of each list of the today page."""

    report: TodayReport
    birthdays_today: Listed
    birthdays_week: Listed
    pickups: Listed
    calls: Listed
    complaints: Listed


def load_today(shop, on: date, shown: int = SHOWN) -> TodayData:
    """Read the report and make the rows of its lists (run off the GUI thread: the texts are
    translated there too, which Qt allows)."""
    report = today(shop, on)
    day, week = report.birthdays_today[:shown], report.birthdays_week[:shown]
    pickups = pickup_rows(report)
    calls = len(report.call_backs) + len(report.followups) + len(report.winback)
    return TodayData(
        report,
        Listed(birthday_rows(day, with_date=False), len(report.birthdays_today)),
        Listed(birthday_rows(week, with_date=True), len(report.birthdays_week)),
        Listed(pickups[:shown], len(pickups)),
        Listed(call_rows(report, shown), calls),
        Listed(complaint_rows(report)[:shown], len(report.complaints_due)),
    )


def birthday_titles(*, with_date: bool) -> list[str]:
    """Name, whose, age and the Hebrew date; this week's list has the day (and Hebrew date in it)
    instead of a Hebrew date column, to leave the names room."""
    name, whose, age = (
        translate("TodayPage", "Name"),
        translate("TodayPage", "Whose"),
        translate("TodayPage", "Age"),
    )
    if with_date:
        return [name, whose, translate("TodayPage", "Day"), age]
    return [name, whose, age, translate("TodayPage", "Hebrew date")]


def birthday_rows(
    entries: Sequence[BirthdayEntry], *, with_date: bool
) -> list[ActionRow]:
    rows = []
    for entry in entries:
        name, whose = isolate(entry.name), whose_text(entry, entry.member_name)
        hebrew = calendar_text(entry)
        if with_date:
            day = day_text(entry.date)
            cells = [name, whose, f"{day} · {hebrew}" if hebrew else day, age_text(entry.age)]
        else:
            cells = [name, whose, age_text(entry.age), hebrew]
        tooltip = " · ".join(p for p in (cells[1], phone_text(entry.member_phone)) if p)
        rows.append(ActionRow(tuple(cells), entry, translate("TodayPage", "Greet…"), entry.member_id,
                              tooltip))  # fmt: skip
    return rows


def pickup_titles() -> list[str]:
    return [
        translate("TodayPage", "Order"),
        translate("TodayPage", "Customer"),
        translate("TodayPage", "Phone"),
        translate("TodayPage", "Ready by"),
        translate("TodayPage", "Status"),
    ]


def pickup_rows(report: TodayReport) -> list[ActionRow]:
    orders = {o.id: o for o in (*report.pickups_overdue, *report.pickups_ready)}
    rows = []
    for order in orders.values():
        cells = (
            pickup_cell(order, "number"),
            isolate(order.customer_name) or translate("PickupStatus", "(no member)"),
            ltr(order.customer_phone),
            pickup_cell(order, "ready_by"),
            pickup_cell(order, "status"),
        )
        member_id = order.member.id if order.member else None
        rows.append(
            ActionRow(
                cells, order.id, translate("TodayPage", "Open"), member_id, alert=order.overdue
            )
        )
    return rows


def call_titles() -> list[str]:
    return [
        translate("TodayPage", "Name"),
        translate("TodayPage", "Phone"),
        translate("TodayPage", "Call"),
        translate("TodayPage", "Why"),
    ]


def call_rows(report: TodayReport, shown: int = SHOWN) -> list[ActionRow]:
    """Call-backs first (late ones highlighted), then follow-ups, then the best lapsed members;
    at most `shown` rows, follow-ups giving way to the others."""
    call_backs = report.call_backs[:shown]
    followups = report.followups[: max(shown - len(call_backs) - len(report.winback), 0)]
    winback = report.winback[: shown - len(call_backs) - len(followups)]
    rows = []
    for entry in call_backs:
        why = day_text(entry.call_back_on)
        if entry.note:
            why += f": {isolate(entry.note)}"
        rows.append(_call_row(entry, why, CallTarget(entry.member_id, "callback"),
                              alert=entry.call_back_on < report.on))  # fmt: skip
    for entry in followups:
        text = (
            translate("TodayPage", "{amount}, shipped {day}")
            if entry.reason == "shipped"
            else translate("TodayPage", "{amount} on {day}")
        )
        why = text.format(amount=money_text(entry.total),
                          day=ltr(entry.purchase_at.strftime("%d/%m")))  # fmt: skip
        target = CallTarget(entry.member_id, "followup", entry.purchase_id)
        rows.append(_call_row(entry, why, target))
    for entry in winback:
        if entry.days_since is None:
            why = translate("TodayPage", "No purchase yet")
        else:
            why = translate("TodayPage", "{days} days since the last purchase").format(
                days=ltr(str(entry.days_since))
            )
        spend = translate("TodayPage", "{amount} in the last 12 months, {visits} visits").format(
            amount=money_text(entry.spend_12m), visits=ltr(str(entry.visits_12m))
        )
        rows.append(_call_row(entry, why, CallTarget(entry.member_id, "winback"), tooltip=spend))
    return rows


def _call_row(
    entry, why: str, target: CallTarget, *, alert: bool = False, tooltip: str = ""
) -> ActionRow:
    cells = (isolate(entry.name), phone_text(entry.phone), reason_text(target.reason), why)
    return ActionRow(cells, target, translate("TodayPage", "Call…"), entry.member_id,
                     tooltip or why, alert)  # fmt: skip


def complaint_titles() -> list[str]:
    return [
        translate("TodayPage", "No."),
        translate("TodayPage", "Customer"),
        translate("TodayPage", "What happened"),
        translate("TodayPage", "Follow up on"),
        translate("TodayPage", "Status"),
    ]


def complaint_rows(report: TodayReport) -> list[ActionRow]:
    rows = []
    for record in report.complaints_due:
        what = record.what.splitlines()[0] if record.what else ""
        cells = (
            ltr(str(record.id)),
            isolate(record.member_name),
            isolate(what),
            full_day_text(record.follow_up_on),
            complaint_status_text(record.status),
        )
        rows.append(ActionRow(cells, record.id, translate("TodayPage", "Open"), record.member_id, record.what,
                              record.follow_up_overdue(report.on)))  # fmt: skip
    return rows
