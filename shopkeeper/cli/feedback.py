"""`shopkeeper-cli feedback add|nps`: record a customer's NPS answer and compute NPS for a period."""

from __future__ import annotations

import argparse
from datetime import date

from shopkeeper.cli.output import Output
from shopkeeper.cli.values import BY, day, member_id, whole
from shopkeeper.club.dates import parse_date
from shopkeeper.club.text import clean_text
from shopkeeper.loyalty.ledger import months_before
from shopkeeper.touch.feedback_records import NpsReport


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `feedback` and its subcommands."""
    feedback = sub.add_parser(
        "feedback", parents=[common], help="customer feedback: NPS answers and the score"
    )
    fsub = feedback.add_subparsers(dest="feedback_command", metavar="SUBCOMMAND", required=True)

    add = fsub.add_parser("add", parents=[common], help="record an NPS answer (0–10)")
    add.add_argument(
        "key", metavar="PHONE|NUMBER", help="the member; - or none for a walk-in customer"
    )
    add.add_argument("--nps", type=whole, required=True, metavar="N", help="0 to 10")
    add.add_argument("--comment", default="", metavar="T")
    add.add_argument("--date", metavar="DATE", help="when it was given (default today)")
    add.set_defaults(handler=add_feedback)

    nps = fsub.add_parser(
        "nps", parents=[common], help="NPS of a period: % promoters (9–10) minus % detractors (0–6)"
    )
    nps.add_argument("--from", dest="start", metavar="DATE", help="first day (default: all)")
    nps.add_argument("--to", dest="end", metavar="DATE", help="last day (default: all)")
    nps.add_argument(
        "--by-month",
        action="store_true",
        help="one line per month (default range: the 12 months up to today)",
    )
    nps.set_defaults(handler=show_nps)


def add_feedback(shop, args: argparse.Namespace, out: Output) -> int:
    member = member_id(shop, args.key, allow_none=True)
    given_on = day(args.date, shop.now().date())
    feedback_id = shop.feedback.add(
        member, args.nps, comment=args.comment, given_on=given_on, by=BY
    )
    record = shop.feedback.get(feedback_id)
    who = f"{record.member_name} " if record.member_name else "a walk-in customer "
    out.result(
        {"id": record.id, "nps": record.nps, "category": record.category},
        f"Feedback #{record.id} from {who}on {record.given_on:%d/%m/%Y}: "
        f"{record.nps} ({record.category}).",
    )
    return 0


def show_nps(shop, args: argparse.Namespace, out: Output) -> int:
    start = _optional_day(args.start)
    end = _optional_day(args.end)
    if args.by_month:
        end = end or shop.now().date()
        start = start or months_before(end, 11).replace(day=1)
        months = shop.feedback.by_month(start, end)
        out.result(
            [{"month": month, **report.to_json()} for month, report in months],
            "\n".join(f"{month}  {_report_text(report)}" for month, report in months),
        )
        return 0
    report = shop.feedback.nps(start, end)
    out.result(report.to_json(), _report_text(report))
    return 0


def _report_text(report: NpsReport) -> str:
    if report.nps is None:
        return "NPS -   (no responses)"
    return (
        f"NPS {report.nps}  ({report.responses} responses: {report.promoters} promoters, "
        f"{report.passives} passives, {report.detractors} detractors)"
    )


def _optional_day(text: str | None) -> date | None:
    return parse_date(text) if text is not None and clean_text(text) else None
