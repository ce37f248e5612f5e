"""`shopkeeper-cli winback` and `calls log|due|history`: whom to call, and what came of a call."""

from __future__ import annotations

import argparse
from pathlib import Path

from shopkeeper.cli.output import Output
from shopkeeper.cli.printing import pdf_target, to_printer
from shopkeeper.cli.values import BY, day, member_id, positive
from shopkeeper.club.phones import format_phone
from shopkeeper.data.call_export import SUFFIXES, export_calls
from shopkeeper.errors import InvalidValue
from shopkeeper.files import replaced_whole
from shopkeeper.money import format_money
from shopkeeper.printing.call_sheet import write_call_sheet
from shopkeeper.touch.call_records import REASONS, RESULTS


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `winback` and `calls`."""
    winback = sub.add_parser(
        "winback", parents=[common], help="members who have not bought for a while, best first"
    )
    winback.add_argument(
        "--days", type=positive, metavar="N", help="without a purchase (default: the setting, 90)"
    )
    winback.add_argument("--on", metavar="DATE", help="as of this day (default today)")
    winback.add_argument(
        "--limit", type=positive, default=200, metavar="N", help="at most (default 200)"
    )
    winback.add_argument("--pdf", type=Path, metavar="FILE", help="also print the list to a PDF")
    winback.add_argument(
        "--printer",
        metavar="NAME|default",
        help="also send the list to this printer (a CUPS queue, or 'default')",
    )
    winback.add_argument(
        "--export", type=Path, metavar="FILE", help="also write the list to a .csv or .xlsx file"
    )
    winback.set_defaults(handler=list_winback)

    calls = sub.add_parser("calls", parents=[common], help="log a call; calls due; call history")
    csub = calls.add_subparsers(dest="calls_command", metavar="SUBCOMMAND", required=True)
    log = csub.add_parser("log", parents=[common], help="record a call and its result")
    log.add_argument("key", metavar="PHONE|NUMBER", help="the member called")
    log.add_argument("--result", required=True, choices=RESULTS)
    log.add_argument("--call-back", dest="call_back", metavar="DATE", help="with call-back")
    log.add_argument("--note", default="", metavar="T")
    log.add_argument(
        "--reason",
        choices=REASONS,
        help="why the call was made (default: followup with --purchase, otherwise winback)",
    )
    log.add_argument("--purchase", type=positive, metavar="ID", help="the purchase asked about")
    log.set_defaults(handler=log_call)

    due = csub.add_parser("due", parents=[common], help="call-backs and follow-up calls due")
    due.add_argument("--on", metavar="DATE", help="the day (default today)")
    due.set_defaults(handler=calls_due)

    history = csub.add_parser("history", parents=[common], help="a member's calls, newest first")
    history.add_argument("key", metavar="PHONE|NUMBER")
    history.add_argument("--limit", type=positive, default=20, metavar="N")
    history.set_defaults(handler=call_history)


def list_winback(shop, args: argparse.Namespace, out: Output) -> int:
    on = day(args.on, shop.now().date())
    if args.export and args.export.suffix.lower() not in SUFFIXES:
        raise InvalidValue(field="export file", text=args.export.name)
    entries = shop.calls.winback(on, days=args.days, limit=args.limit)
    language = shop.settings.language
    target = args.pdf
    try:
        if args.pdf or args.printer:
            _call_sheet(shop, entries, args, out)
        if args.export:
            target = args.export  # written beside it first: the error would name that file
            export_calls(entries, args.export, language=language)
            out.note(f"Wrote {args.export}")
    except OSError as error:
        return out.fail(f"Cannot write {target}: {error.strerror or error}", 2)
    lines = [
        f"{e.number:>6}  {e.name}  {format_phone(e.phone)}  "
        f"{f'{e.last_purchase_on:%d/%m/%Y} ({e.days_since} days)' if e.last_purchase_on else 'never bought'}"
        f"  {format_money(e.spend_12m)} in {e.visits_12m} visits"
        for e in entries
    ]
    out.result([e.to_json() for e in entries], "\n".join(lines) or "Nobody to win back.")
    return 0


def _call_sheet(shop, entries, args: argparse.Namespace, out: Output) -> None:
    """Write the call sheet to --pdf (or a temporary file) and send it to --printer, if given;
    the print queue's ShopError is exit code 1."""
    with pdf_target(args.pdf) as path:
        with replaced_whole(path) as part:
            pages = write_call_sheet(shop, entries, part, language=shop.settings.language)
        if args.pdf:
            out.note(f"Wrote {args.pdf} ({pages} pages)")
        sent = to_printer(args, path, "call sheet")
        if sent["job"]:
            out.note(f"Sent the call sheet to {sent['printer']} (job {sent['job']})")


def log_call(shop, args: argparse.Namespace, out: Output) -> int:
    member = member_id(shop, args.key)
    call_back_on = day(args.call_back, None) if args.call_back else None
    reason = args.reason or ("followup" if args.purchase else "winback")
    record = shop.calls.log(
        member,
        args.result,
        reason=reason,
        call_back_on=call_back_on,
        note=args.note,
        by=BY,
        purchase_id=args.purchase,
    )
    back = f", call back on {record.call_back_on:%d/%m/%Y}" if record.call_back_on else ""
    out.result(record.to_json(), f"Call #{record.id} logged: {record.result}{back}.")
    return 0


def calls_due(shop, args: argparse.Namespace, out: Output) -> int:
    on = day(args.on, shop.now().date())
    call_backs = shop.calls.call_backs_due(on)
    followups = shop.calls.followups(on)
    sections = [
        (
            "Call back",
            [
                f"{e.call_back_on:%d/%m/%Y}  {e.name}  {format_phone(e.phone)}  {e.note}".rstrip()
                for e in call_backs
            ],
        ),
        (
            "Follow-up calls",
            [
                f"{e.purchase_at:%d/%m/%Y}  {e.name}  {format_phone(e.phone)}  purchase "
                f"{e.purchase_id}  {format_money(e.total)}  {e.reason}"
                for e in followups
            ],
        ),
    ]
    text = "\n\n".join(
        f"{title}:\n" + "\n".join(f"  {line}" for line in lines)
        for title, lines in sections
        if lines
    )
    out.result(
        {
            "call_backs": [e.to_json() for e in call_backs],
            "followups": [e.to_json() for e in followups],
        },
        text or f"No calls due on {on:%d/%m/%Y}.",
    )
    return 0


def call_history(shop, args: argparse.Namespace, out: Output) -> int:
    records = shop.calls.history(member_id(shop, args.key), limit=args.limit)
    lines = [
        f"{r.at:%d/%m/%Y %H:%M}  {r.reason:<8}  {r.result}"
        f"{f' ({r.call_back_on:%d/%m/%Y})' if r.call_back_on else ''}  {r.note}".rstrip()
        for r in records
    ]
    out.result([r.to_json() for r in records], "\n".join(lines) or "No calls yet.")
    return 0
