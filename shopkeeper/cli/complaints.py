"""`shopkeeper-cli complaints new|update|show|list`: the complaints log and its fixed flow."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.cli.values import BY, day, member_id, whole
from shopkeeper.club.dates import parse_date
from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue
from shopkeeper.touch.complaint_records import CHANNELS, REMEDIES, STATUSES, ComplaintRecord
from shopkeeper.touch.complaints import KEEP


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `complaints` and its subcommands."""
    complaints = sub.add_parser(
        "complaints", parents=[common], help="complaints: open, follow up, resolve, list"
    )
    csub = complaints.add_subparsers(dest="complaints_command", metavar="SUBCOMMAND", required=True)

    new = csub.add_parser("new", parents=[common], help="open a complaint; prints its id")
    new.add_argument("key", metavar="PHONE|NUMBER", help="the member who complained")
    new.add_argument("--what", required=True, metavar="TEXT", help="what happened")
    new.add_argument("--remedy", choices=REMEDIES, help="the remedy chosen")
    new.add_argument("--owner", default="", metavar="NAME", help="who handles it")
    new.add_argument("--follow-up", dest="follow_up", metavar="DATE", help="when to follow up")
    new.add_argument("--channel", choices=CHANNELS, default="in-person", help="how it came in")
    new.add_argument("--happened", metavar="DATE", help="when it happened (default today)")
    new.set_defaults(handler=new_complaint)

    update = csub.add_parser(
        "update", parents=[common], help="move it on, log what the customer was told, add points"
    )
    update.add_argument("id", type=complaint_id, metavar="ID")
    update.add_argument("--status", choices=STATUSES, help="forward only: open → closed")
    update.add_argument("--informed", metavar="TEXT", help="what the customer was told")
    update.add_argument(
        "--goodwill", type=whole, metavar="POINTS", help="goodwill points (when resolving)"
    )
    update.add_argument("--remedy", choices=REMEDIES)
    update.add_argument("--owner", metavar="NAME")
    update.add_argument("--follow-up", dest="follow_up", metavar="DATE")
    update.add_argument("--note", metavar="TEXT", help="an internal note")
    update.set_defaults(handler=update_complaint)

    show = csub.add_parser("show", parents=[common], help="one complaint with its log")
    show.add_argument("id", type=complaint_id, metavar="ID")
    show.set_defaults(handler=show_complaint)

    list_ = csub.add_parser("list", parents=[common], help="complaints, newest first")
    list_.add_argument("--open", action="store_true", help="only those not resolved or closed")
    list_.set_defaults(handler=list_complaints)


def new_complaint(shop, args: argparse.Namespace, out: Output) -> int:
    member = member_id(shop, args.key)
    today = shop.now().date()
    new_id = shop.complaints.open(
        member,
        args.what,
        happened_on=day(args.happened, today),
        channel=args.channel,
        remedy=args.remedy,
        owner=args.owner,
        follow_up_on=parse_date(args.follow_up) if _given(args.follow_up) else None,
        by=BY,
    )
    record = shop.complaints.get(new_id)
    out.result(
        {"id": new_id},
        f"Complaint #{new_id} opened for {record.member_name} ({record.member_phone_display}).",
    )
    return 0


def update_complaint(shop, args: argparse.Namespace, out: Output) -> int:
    if args.goodwill is not None and args.goodwill <= 0:
        raise InvalidValue(field="goodwill points", text=str(args.goodwill))
    record = shop.complaints.update(
        args.id,
        status=args.status,
        informed=args.informed,
        goodwill=args.goodwill or 0,
        remedy=KEEP if args.remedy is None else args.remedy,
        owner=args.owner,
        follow_up_on=parse_date(args.follow_up) if _given(args.follow_up) else KEEP,
        note=args.note,
        by=BY,
    )
    out.result(record.to_json(), complaint_card(record))
    return 0


def show_complaint(shop, args: argparse.Namespace, out: Output) -> int:
    record = shop.complaints.get(args.id)
    out.result(record.to_json(), complaint_card(record))
    return 0


def list_complaints(shop, args: argparse.Namespace, out: Output) -> int:
    records = shop.complaints.list(open_only=args.open)
    empty = "No open complaints." if args.open else "No complaints."
    out.result(
        [record.to_json() for record in records],
        "\n".join(complaint_line(record) for record in records) or empty,
    )
    return 0


def complaint_line(record: ComplaintRecord) -> str:
    """One line: number, status, member, follow-up day, what happened."""
    follow_up = f"  follow up {record.follow_up_on:%d/%m/%Y}" if record.follow_up_on else ""
    return (
        f"#{record.id}  {record.status:<11}  {record.member_name} "
        f"({record.member_phone_display}){follow_up}  {record.what}"
    )


def complaint_card(record: ComplaintRecord) -> str:
    """The complaint with one labelled line per field that has a value, then its log."""
    rows = [
        ("Complaint", f"#{record.id}  {record.status}"),
        ("Member", f"{record.member_name} ({record.member_phone_display})"),
        ("What", record.what),
        ("Happened", f"{record.happened_on:%d/%m/%Y} ({record.channel})"),
        ("Remedy", record.remedy or ""),
        ("Handled by", record.owner),
        ("Follow up", f"{record.follow_up_on:%d/%m/%Y}" if record.follow_up_on else ""),
        ("Goodwill", f"{record.goodwill_points} points" if record.goodwill_points else ""),
        ("Opened", f"{record.opened_at:%d/%m/%Y %H:%M}"),
        ("Resolved", f"{record.resolved_at:%d/%m/%Y %H:%M}" if record.resolved_at else ""),
        ("Closed", f"{record.closed_at:%d/%m/%Y %H:%M}" if record.closed_at else ""),
        (
            "Resolution",
            f"{record.resolution_days} days" if record.resolution_days is not None else "",
        ),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{label + ':':<{width + 1}}  {value}" for label, value in rows if value]
    lines += [
        f"  {event.at:%d/%m/%Y %H:%M}  {event.kind:<9}  {event.text}"
        f"{f'  ({event.by})' if event.by else ''}".rstrip()
        for event in record.events
    ]
    return "\n".join(lines)


def complaint_id(text: str) -> int:
    """An argparse type: a complaint number, typed with or without a leading #."""
    digits = clean_text(text).lstrip("#").strip()
    if not digits.isdigit() or int(digits) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a complaint number")
    return int(digits)


def _given(text: str | None) -> bool:
    return text is not None and bool(clean_text(text))
