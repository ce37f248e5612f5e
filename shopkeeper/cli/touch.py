"""`shopkeeper-cli birthdays` and `today`: whose birthday is coming, and the morning list."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.club.dates import parse_date
from shopkeeper.club.phones import format_phone
from shopkeeper.touch.birthdays import birthdays_between
from shopkeeper.touch.today import today


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `birthdays` and `today`."""
    birthdays = sub.add_parser(
        "birthdays", parents=[common], help="members', children's and pets' birthdays in a range"
    )
    birthdays.add_argument(
        "--from", dest="start", default="", metavar="DATE", help="first day (default today)"
    )
    birthdays.add_argument(
        "--days", type=_days, default=7, metavar="N", help="how many days (default 7)"
    )
    birthdays.set_defaults(handler=list_birthdays)
    morning = sub.add_parser(
        "today", parents=[common], help="birthdays, pickups, calls and complaint follow-ups due"
    )
    morning.add_argument("--on", default="", metavar="DATE", help="the day (default today)")
    morning.set_defaults(handler=show_today)


def list_birthdays(shop, args: argparse.Namespace, out: Output) -> int:
    start = parse_date(args.start) if args.start.strip() else shop.now().date()
    entries = birthdays_between(shop, start, args.days)
    lines = [_birthday_line(e) for e in entries]
    out.result([e.to_json() for e in entries], "\n".join(lines) or "No birthdays in those days.")
    return 0


def show_today(shop, args: argparse.Namespace, out: Output) -> int:
    on = parse_date(args.on) if args.on.strip() else shop.now().date()
    report = today(shop, on)
    sections = [
        ("Birthdays today", [_birthday_line(e) for e in report.birthdays_today]),
        ("Birthdays this week", [_birthday_line(e) for e in report.birthdays_week]),
        ("Pickups overdue", [_pickup_line(o) for o in report.pickups_overdue]),
        ("Pickups ready", [_pickup_line(o) for o in report.pickups_ready]),
        ("Call back", [f"{e.name}  {format_phone(e.phone)}  {e.note}".rstrip() for e in report.call_backs]),
        ("Follow-up calls", [
            f"{e.name}  {format_phone(e.phone)}  purchase {e.purchase_id}" for e in report.followups
        ]),
        ("Win-back calls", [f"{e.name}  {format_phone(e.phone)}" for e in report.winback]),
        ("Complaint follow-ups", [f"#{c.id}  {c.member_name}  {c.what}" for c in report.complaints_due]),
    ]
    text = "\n\n".join(
        f"{title}:\n" + "\n".join(f"  {line}" for line in lines) for title, lines in sections if lines
    )
    out.result(report.to_json(), text or f"Nothing due on {on:%d/%m/%Y}.")
    return 0


def _birthday_line(e) -> str:
    return (
        f"{e.date.strftime('%d/%m/%Y')}  {e.kind:<6}  {e.name}"
        f"{f' ({e.age})' if e.age is not None else ''}"
        f"{' [Hebrew]' if e.calendar == 'hebrew' else ''}"
    )


def _pickup_line(order) -> str:
    who = order.member.full_name if order.member else ""
    return f"#{order.id}  {order.code}  {who}  ready by {order.ready_by:%d/%m/%Y}".rstrip()


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 3660:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of days from 1 to 3660")
    return int(text)
