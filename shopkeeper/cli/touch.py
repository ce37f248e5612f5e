"""`shopkeeper-cli birthdays`: whose birthday falls in the coming days."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.club.dates import parse_date
from shopkeeper.touch.birthdays import birthdays_between


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `birthdays`."""
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


def list_birthdays(shop, args: argparse.Namespace, out: Output) -> int:
    start = parse_date(args.start) if args.start.strip() else shop.now().date()
    entries = birthdays_between(shop, start, args.days)
    lines = [
        f"{e.date.strftime('%d/%m/%Y')}  {e.kind:<6}  {e.name}"
        f"{f' ({e.age})' if e.age is not None else ''}"
        f"{' [Hebrew]' if e.calendar == 'hebrew' else ''}"
        for e in entries
    ]
    out.result([e.to_json() for e in entries], "\n".join(lines) or "No birthdays in those days.")
    return 0


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 3660:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of days from 1 to 3660")
    return int(text)
