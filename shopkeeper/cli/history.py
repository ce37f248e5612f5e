"""`shopkeeper-cli members history PHONE|NUMBER [--kind …]`: the member's whole timeline, newest first."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.club.history_records import FILTERS, HistoryEntry
from shopkeeper.money import format_money

KIND_CHOICES = tuple(name for name in FILTERS if name != "all")


def add_parsers(msub, common: argparse.ArgumentParser) -> None:
    """Register `members history`."""
    history = msub.add_parser(
        "history",
        parents=[common],
        help="everything a member did, newest first: purchases, points, coupons, calls …",
    )
    history.add_argument("key", metavar="PHONE|NUMBER")
    history.add_argument(
        "--kind",
        choices=KIND_CHOICES,
        default=None,
        help="only this kind of entry (default: everything)",
    )
    history.set_defaults(handler=show_history)


def show_history(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    entries = shop.history.everything(member.id, args.kind)
    if out.json_mode:
        out.result([e.to_json() for e in entries], "")
        return 0
    if not entries:
        out.result(None, f"Nothing in the history of {member.full_name} yet.")
        return 0
    out.result(None, history_table(entries))
    return 0


def history_table(entries: list[HistoryEntry]) -> str:
    """One aligned line per entry: when, kind, amount, points, balance, what."""
    rows = [
        (
            f"{e.at:%d/%m/%Y %H:%M}",
            e.kind,
            format_money(e.amount) if e.amount is not None and e.kind != "stamp" else "",
            f"{e.points:+d}" if e.points is not None and e.kind == "points" else "",
            str(e.balance) if e.balance is not None and e.kind == "points" else "",
            entry_text(e),
        )
        for e in entries
    ]
    head = ("When", "Kind", "Amount", "Points", "Balance", "What")
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(5)]

    def line(row: tuple[str, ...]) -> str:
        cells = [
            row[0].ljust(widths[0]),
            row[1].ljust(widths[1]),
            row[2].rjust(widths[2]),
            row[3].rjust(widths[3]),
            row[4].rjust(widths[4]),
            row[5],
        ]
        return "  ".join(cells).rstrip()

    return "\n".join(line(row) for row in [head, *rows])


def entry_text(entry: HistoryEntry) -> str:
    """What happened, in a few words."""
    kind = entry.kind
    if kind == "purchase" and entry.purchase is not None:
        record = entry.purchase
        lines = ", ".join(f"{ln.qty}× {ln.name}" for ln in record.lines)
        parts = [f"#{record.id}", f"{record.channel}/{record.fulfilment}"]
        if lines:
            parts.append(lines)
        if record.returned:
            parts.append(f"returned {format_money(record.returned)}")
        if record.voided_at is not None:
            parts.append(f"VOIDED {record.voided_at:%d/%m/%Y}: {record.void_reason}")
        return "  ".join(parts)
    if kind == "points":
        return f"{entry.state}: {entry.text}" if entry.text else entry.state
    if kind == "stamp":
        return f"{entry.text}: {entry.points:+d} ({entry.balance} on the card)"
    if kind == "coupon":
        percent = entry.detail("percent")
        off = f"{percent}%" if percent is not None else ""
        return f"{entry.text} {off} ({entry.state})".replace("  ", " ")
    if kind == "feedback":
        nps = entry.detail("nps")
        return f"NPS {nps}: {entry.text}" if nps is not None else entry.text
    if kind == "greeting":
        name = entry.detail("subject_name")
        return f"{entry.text} {name}".strip() + f" ({entry.detail('channel') or 'greeted'})"
    return f"{entry.text} ({entry.state})" if entry.state else entry.text
