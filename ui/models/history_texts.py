"""How the history view words each entry: its kind, what happened, its amount and where it stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from shopkeeper.club.history_records import HistoryEntry, HistoryTotals
from shopkeeper.sales.records import PurchaseRecord
from ui.bidi import isolate, ltr
from ui.models.ledger_texts import ledger_reason_text
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
from ui.widgets.touch_texts import (
    day_text,
    occasion_title,
    reason_text,
    result_text,
    status_text,
)


def value(text: str) -> str:
    """A name or note typed by someone, isolated so it stays whole inside the row's sentence."""
    return isolate(text)


translate = QCoreApplication.translate  # called with literals, so the translation tools find them


def filter_names() -> list[tuple[str, str]]:
    """(filter key, title) for the kind box, in its order."""
    return [
        ("all", translate("HistoryTexts", "Everything")),
        ("purchases", translate("HistoryTexts", "Purchases")),
        ("points", translate("HistoryTexts", "Points")),
        ("coupons", translate("HistoryTexts", "Coupons")),
        ("rewards", translate("HistoryTexts", "Rewards and stamps")),
        ("calls", translate("HistoryTexts", "Calls")),
        ("complaints", translate("HistoryTexts", "Complaints")),
        ("feedback", translate("HistoryTexts", "Feedback")),
        ("greetings", translate("HistoryTexts", "Greetings")),
    ]


def kind_text(kind: str) -> str:
    names = {
        "purchase": translate("HistoryTexts", "Purchase"),
        "points": translate("HistoryTexts", "Points"),
        "stamp": translate("HistoryTexts", "Stamps"),
        "reward": translate("HistoryTexts", "Reward"),
        "coupon": translate("HistoryTexts", "Coupon"),
        "call": translate("HistoryTexts", "Call"),
        "complaint": translate("HistoryTexts", "Complaint"),
        "feedback": translate("HistoryTexts", "Feedback"),
        "greeting": translate("HistoryTexts", "Greeting"),
    }
    return names.get(kind, kind)


def ledger_kind_text(kind: str) -> str:
    names = {
        "earn": translate("HistoryTexts", "Earned"),
        "redeem": translate("HistoryTexts", "Redeemed"),
        "bonus": translate("HistoryTexts", "Bonus"),
        "expire": translate("HistoryTexts", "Expired"),
        "adjust": translate("HistoryTexts", "Adjusted by hand"),
        "reverse": translate("HistoryTexts", "Taken back"),
    }
    return names.get(kind, kind)


def state_text(entry: HistoryEntry, form: str = "") -> str:
    """Where the entry stands: voided, returned, used, expired, waiting, a call's result … (in
    the member's form of address `form`, m or f, where Hebrew needs one)."""
    if entry.kind == "purchase" and entry.purchase is not None:
        record = entry.purchase
        if record.voided_at is not None:
            return translate("HistoryTexts", "Voided")
        if record.returned:
            return translate("HistoryTexts", "Returned {amount}").format(
                amount=money(record.returned)
            )
        return ""
    if entry.kind in ("coupon", "reward"):
        names = {
            "available": translate("HistoryTexts", "Available"),
            "used": translate("HistoryTexts", "Used"),
            "expired": translate("HistoryTexts", "Expired"),
            "not-yet": translate("HistoryTexts", "Not valid yet"),
            "waiting": translate("HistoryTexts", "Waiting"),
            "cancelled": translate("HistoryTexts", "Cancelled"),
        }
        return names.get(entry.state, entry.state)
    if entry.kind == "call":
        return result_text(entry.state, form)
    if entry.kind == "complaint":
        return status_text(entry.state)
    if entry.kind == "greeting":
        channel = str(entry.detail("channel") or "")
        if not channel:
            return translate("HistoryTexts", "Greeted")
        return translate("HistoryTexts", "Sent by {channel}").format(
            channel=touch_channel_text(channel)
        )
    return ""


def details_text(entry: HistoryEntry) -> str:
    """What happened, on one line."""
    kind = entry.kind
    if kind == "purchase" and entry.purchase is not None:
        return purchase_details(entry.purchase)
    if kind == "points":
        words = ledger_kind_text(entry.state)
        purchase_id = entry.detail("purchase_id")
        reason = ledger_reason_text(
            str(entry.detail("source") or ""), entry.state, entry.text, purchase_id
        )
        return f"{words}: {reason}" if reason else words
    if kind == "stamp":
        return translate("HistoryTexts", "{card}: {stamps}, {total} on the card").format(
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
            return translate("HistoryTexts", "{code} — {off} off, until {date}").format(
                code=ltr(entry.text), off=off, date=ltr(short_date(until))
            )
        return translate("HistoryTexts", "{code} — {off} off").format(code=ltr(entry.text), off=off)
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
        score = (
            translate("HistoryTexts", "Score {nps}").format(nps=ltr(str(nps)))
            if nps is not None
            else ""
        )
        return " · ".join(part for part in (score, value(entry.text)) if part)
    if kind == "greeting":
        name = str(entry.detail("subject_name") or "")
        title = occasion_title(entry.text)
        return f"{title} · {value(name)}" if name else title
    return entry.text


def purchase_details(record: PurchaseRecord) -> str:
    """ "No. 12 · In the shop · Taken now · Latte ×2, Mug" with what was returned and why voided."""
    parts = [
        translate("HistoryTexts", "No. {id}").format(id=ltr(str(record.id))),
        channel_text(record.channel),
        fulfilment_text(record.fulfilment),
    ]
    lines = []
    for line in record.lines:
        text = value(line.name) if line.qty == 1 else f"{value(line.name)} ×{line.qty}"
        if line.returned_qty:
            text += " " + translate("HistoryTexts", "({qty} returned)").format(
                qty=line.returned_qty
            )
        lines.append(text)
    if lines:
        parts.append(", ".join(lines))
    if record.voided_at is not None:
        parts.append(
            translate("HistoryTexts", "voided {date}: {reason}").format(
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
        parts.append(translate("HistoryTexts", "{price} each").format(price=money(line.unit_price)))
        if line.returned_qty:
            parts.append(translate("HistoryTexts", "{qty} returned").format(qty=line.returned_qty))
        lines.append(" · ".join(parts))
    return lines


def paid_text(record: PurchaseRecord) -> str:
    return translate("HistoryTexts", "Paid {paid} after {discounts} off").format(
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


class HistoryTexts(QObject):
    """The history's plural texts: `self.tr` with a count is what lupdate reads as a plural (its
    forms "ביקור אחד" / "%n ביקורים"), and the class name is the context of the other texts."""

    def visits(self, count: int) -> str:
        return self.tr("%n visit(s)", "", count)


def visits_text(count: int) -> str:
    """ "1 visit" / "12 visits": a Qt plural, so each language gives its own forms ("ביקור אחד")."""
    return english_plural(HistoryTexts().visits(count), count)


def english_plural(text: str, count: int) -> str:
    """The English source's "(s)" made right for `count` while no translation replaces it."""
    return text.replace("(s)", "" if abs(count) == 1 else "s")


def totals_text(totals: HistoryTotals) -> str:
    """Two or three lines for the top of the history."""
    lines = [
        translate("HistoryTexts", "Last 12 months: {visits}, {spend}").format(
            visits=visits_text(totals.visits_12m), spend=money(totals.spend_12m)
        ),
        translate(
            "HistoryTexts",
            "Since joining on {date}: {visits}, {spend}, average basket {average}",
        ).format(
            date=ltr(short_date(totals.joined_on)),
            visits=visits_text(totals.visits),
            spend=money(totals.spend),
            average=money(totals.average_basket),
        ),
    ]
    if totals.favourite_categories:
        names = ", ".join(value(c.category) for c in totals.favourite_categories)
        lines.append(translate("HistoryTexts", "Favourite categories: {names}").format(names=names))
    lines.append(
        translate("HistoryTexts", "Balance: {points}").format(points=points_text(totals.balance))
    )
    return "\n".join(lines)
