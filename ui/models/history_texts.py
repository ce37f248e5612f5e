"""How the history view words each entry: its kind, what happened, its amount and where it stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopkeeper.club.history_records import HistoryEntry, HistoryTotals
from shopkeeper.sales.records import PurchaseRecord
from ui.bidi import isolate, ltr
from ui.pages.greeting_templates import occasion_title
from ui.widgets.loyalty_texts import (
    channel_text,
    fulfilment_text,
    money,
    number,
    points_text,
    programme_text,
)
from ui.widgets.member_texts import short_date
from ui.widgets.touch_texts import channel_text as touch_channel_text
from ui.widgets.touch_texts import day_text, reason_text, result_text, status_text


def value(text: str) -> str:
    """A name or note typed by someone, isolated so it stays whole inside the row's sentence."""
    return isolate(text)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTexts", text)


def filter_names() -> list[tuple[str, str]]:
    """(filter key, title) for the kind box, in its order."""
    return [
        ("all", _tr("Everything")),
        ("purchases", _tr("Purchases")),
        ("points", _tr("Points")),
        ("coupons", _tr("Coupons")),
        ("rewards", _tr("Rewards and stamps")),
        ("calls", _tr("Calls")),
        ("complaints", _tr("Complaints")),
        ("feedback", _tr("Feedback")),
        ("greetings", _tr("Greetings")),
    ]


def kind_text(kind: str) -> str:
    names = {
        "purchase": _tr("Purchase"),
        "points": _tr("Points"),
        "stamp": _tr("Stamps"),
        "reward": _tr("Reward"),
        "coupon": _tr("Coupon"),
        "call": _tr("Call"),
        "complaint": _tr("Complaint"),
        "feedback": _tr("Feedback"),
        "greeting": _tr("Greeting"),
    }
    return names.get(kind, kind)


def ledger_kind_text(kind: str) -> str:
    names = {
        "earn": _tr("Earned"),
        "redeem": _tr("Redeemed"),
        "bonus": _tr("Bonus"),
        "expire": _tr("Expired"),
        "adjust": _tr("Adjusted by hand"),
        "reverse": _tr("Taken back"),
    }
    return names.get(kind, kind)


def state_text(entry: HistoryEntry) -> str:
    """Where the entry stands: voided, returned, used, expired, waiting, a call's result …"""
    if entry.kind == "purchase" and entry.purchase is not None:
        record = entry.purchase
        if record.voided_at is not None:
            return _tr("Voided")
        if record.returned:
            return _tr("Returned {amount}").format(amount=money(record.returned))
        return ""
    if entry.kind in ("coupon", "reward"):
        names = {
            "available": _tr("Available"),
            "used": _tr("Used"),
            "expired": _tr("Expired"),
            "not-yet": _tr("Not valid yet"),
            "waiting": _tr("Waiting"),
            "cancelled": _tr("Cancelled"),
        }
        return names.get(entry.state, entry.state)
    if entry.kind == "call":
        return result_text(entry.state)
    if entry.kind == "complaint":
        return status_text(entry.state)
    if entry.kind == "greeting":
        channel = str(entry.detail("channel") or "")
        if not channel:
            return _tr("Greeted")
        return _tr("Sent by {channel}").format(channel=touch_channel_text(channel))
    return ""


def details_text(entry: HistoryEntry) -> str:
    """What happened, on one line."""
    kind = entry.kind
    if kind == "purchase" and entry.purchase is not None:
        return purchase_details(entry.purchase)
    if kind == "points":
        words = ledger_kind_text(entry.state)
        return f"{words}: {value(entry.text)}" if entry.text else words
    if kind == "stamp":
        return _tr("{card}: {stamps}, {total} on the card").format(
            card=programme_text(entry.text),
            stamps=ltr(f"{entry.points or 0:+d}"),
            total=ltr(str(entry.balance if entry.balance is not None else "")),
        )
    if kind == "reward":
        return programme_text(entry.text)
    if kind == "coupon":
        percent = entry.detail("percent")
        off = ltr(f"{percent}%") if percent is not None else money(entry.amount or 0)
        until = entry.detail("valid_until")
        if until:
            return _tr("{code} — {off} off, until {date}").format(
                code=ltr(entry.text), off=off, date=ltr(short_date(until))
            )
        return _tr("{code} — {off} off").format(code=ltr(entry.text), off=off)
    if kind == "call":
        reason = reason_text(str(entry.detail("reason", "")))
        parts = [reason]
        if entry.detail("call_back_on"):
            parts.append(day_text(entry.detail("call_back_on")))
        if entry.text:
            parts.append(value(entry.text))
        return " · ".join(parts)
    if kind == "complaint":
        return value(entry.text)
    if kind == "feedback":
        nps = entry.detail("nps")
        score = _tr("Score {nps}").format(nps=ltr(str(nps))) if nps is not None else ""
        return " · ".join(part for part in (score, value(entry.text)) if part)
    if kind == "greeting":
        name = str(entry.detail("subject_name") or "")
        title = occasion_title(entry.text)
        return f"{title} · {value(name)}" if name else title
    return entry.text


def purchase_details(record: PurchaseRecord) -> str:
    """ "No. 12 · In the shop · Taken now · Latte ×2, Mug" with what was returned and why voided."""
    parts = [
        _tr("No. {id}").format(id=ltr(str(record.id))),
        channel_text(record.channel),
        fulfilment_text(record.fulfilment),
    ]
    lines = []
    for line in record.lines:
        text = value(line.name) if line.qty == 1 else f"{value(line.name)} ×{line.qty}"
        if line.returned_qty:
            text += " " + _tr("({qty} returned)").format(qty=line.returned_qty)
        lines.append(text)
    if lines:
        parts.append(", ".join(lines))
    if record.voided_at is not None:
        parts.append(
            _tr("voided {date}: {reason}").format(
                date=ltr(short_date(record.voided_at.date())), reason=value(record.void_reason)
            )
        )
    return " · ".join(parts)


def purchase_lines(record: PurchaseRecord) -> list[str]:
    """One line per item: "Latte ×2 · coffee · ₪15 each", with what came back."""
    lines = []
    for line in record.lines:
        parts = [f"{value(line.name)} ×{line.qty}"]
        if line.category:
            parts.append(value(line.category))
        parts.append(_tr("{price} each").format(price=money(line.unit_price)))
        if line.returned_qty:
            parts.append(_tr("{qty} returned").format(qty=line.returned_qty))
        lines.append(" · ".join(parts))
    return lines


def paid_text(record: PurchaseRecord) -> str:
    return _tr("Paid {paid} after {discounts} off").format(
        paid=money(record.paid), discounts=money(record.discounts)
    )


def amount_text(entry: HistoryEntry) -> str:
    if entry.kind == "purchase" and entry.purchase is not None:
        return money(entry.purchase.amount)
    if entry.kind in ("reward", "coupon") and entry.amount:
        return money(entry.amount)
    return ""


def points_column_text(entry: HistoryEntry) -> str:
    if entry.kind == "points" and entry.points is not None:
        return ltr(f"{'+' if entry.points > 0 else ''}{number(entry.points)}")
    return ""


def balance_text(entry: HistoryEntry) -> str:
    if entry.kind == "points" and entry.balance is not None:
        return ltr(number(entry.balance))
    return ""


def totals_text(totals: HistoryTotals) -> str:
    """Two or three lines for the top of the history."""
    lines = [
        _tr("Last 12 months: {visits} visits, {spend}").format(
            visits=number(totals.visits_12m), spend=money(totals.spend_12m)
        ),
        _tr("Since joining on {date}: {visits} visits, {spend}, average basket {average}").format(
            date=ltr(short_date(totals.joined_on)),
            visits=number(totals.visits),
            spend=money(totals.spend),
            average=money(totals.average_basket),
        ),
    ]
    if totals.favourite_categories:
        names = ", ".join(value(c.category) for c in totals.favourite_categories)
        lines.append(_tr("Favourite categories: {names}").format(names=names))
    lines.append(_tr("Balance: {points}").format(points=points_text(totals.balance)))
    return "\n".join(lines)
