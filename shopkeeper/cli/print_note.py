"""`shopkeeper-cli print note PHONE|NUMBER …` and `print notes (--shipped-on DATE | --members …)`.

    print note PHONE|NUMBER [--template NAME] [--size a6|a5|a4x4|label62] [--out FILE]
        [--printer NAME|default]
    print notes (--shipped-on DATE | --members PHONE,…) [--template NAME] [--size …] [--out FILE]
        [--printer NAME|default]

JSON: {"notes": N, "out": path or null, "pages": N, "printer": name or null, "job": id or null,
"path": path or null, "width_mm": W, "height_mm": H} ("path" and the page size as every other
print command gives them; "out" is the same path, kept for scripts that read it)
(a single note adds "coupon": its code or null; printed again, the note carries the same one).
Nothing to print (no shipped purchase that day) is exit code 1, and no file is written.
"""

from __future__ import annotations

import argparse
import sys

from shopkeeper.cli import values
from shopkeeper.cli.output import Output
from shopkeeper.cli.printing import (
    add_out_argument,
    check_destination,
    make_and_send,
    page_mm,
    printed_text,
)
from shopkeeper.printing.note_batch import notes_for_members, notes_for_shipped, shop_logo
from shopkeeper.printing.notes import SIZES, note_pdf, page_size

_PROGRESS_FROM = 200  # a person at a terminal sees progress for batches this big


def add_parser(psub, common: argparse.ArgumentParser) -> None:
    """Register `note` and `notes` under the `print` group."""
    note = psub.add_parser("note", parents=[common], help="a thank-you note for one member (PDF)")
    note.add_argument("key", metavar="PHONE|NUMBER", help="the member (phone or member number)")
    _common_options(note)
    note.set_defaults(handler=print_note)

    notes = psub.add_parser(
        "notes",
        parents=[common],
        help="thank-you notes in one PDF: a day's shipped purchases, or chosen members",
    )
    which = notes.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--shipped-on", metavar="DATE", help="one note per purchase shipped that day (YYYY-MM-DD)"
    )
    which.add_argument(
        "--members", type=_keys, metavar="PHONE,…", help="one note per member, comma-separated"
    )
    _common_options(notes)
    notes.set_defaults(handler=print_notes)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template", metavar="NAME", help="the note template (default: the shop language's first)"
    )
    parser.add_argument(
        "--size",
        choices=SIZES,
        default="a6",
        help="a6 card, a5, a4x4 (four to an A4 sheet, cut marks) or label62 (default a6)",
    )
    add_out_argument(parser)


def print_note(shop, args: argparse.Namespace, out: Output) -> int:
    if (code := check_destination(args, out)) is not None:
        return code
    member_id = values.member_id(shop, args.key)
    logo = shop_logo(shop)
    notes = list(notes_for_members(shop, [member_id], _template(shop, args)))
    made = make_and_send(
        args, out, lambda path: note_pdf(notes, path, size=args.size, logo=logo), "note"
    )
    if isinstance(made, int):
        return made
    result, sent = made
    data = {**_json(result, args), "coupon": notes[0].coupon, **sent}
    out.result(data, f"{_made(args, result.pages, 'a note')}{printed_text(sent)}")
    return 0


def print_notes(shop, args: argparse.Namespace, out: Output) -> int:
    if (code := check_destination(args, out)) is not None:
        return code
    template = _template(shop, args)
    if args.shipped_on:
        day = values.day(args.shipped_on, shop.members.today())
        batch = notes_for_shipped(shop, day, template)
        if not len(batch):
            return out.fail(f"No purchase shipped to a member on {day:%d/%m/%Y}: no notes.", 1)
    else:
        ids = [values.member_id(shop, key) for key in args.members]
        batch = notes_for_members(shop, ids, template)
    logo = shop_logo(shop)
    progress = None
    if not out.json_mode and sys.stderr.isatty() and len(batch) >= _PROGRESS_FROM:

        def progress(done: int, total: int) -> None:
            if done % 100 == 0 or done == total:
                out.note(f"{done:,} of {total:,} notes")

    made = make_and_send(
        args,
        out,
        lambda path: note_pdf(batch, path, size=args.size, progress=progress, logo=logo),
        "notes",
    )
    if isinstance(made, int):
        return made
    result, sent = made
    out.result(
        {**_json(result, args), **sent},
        f"{_made(args, result.pages, _count(result.notes, 'note'))}{printed_text(sent)}",
    )
    return 0


def _out(args: argparse.Namespace) -> str | None:
    return str(args.out) if args.out is not None else None


def _json(result, args: argparse.Namespace) -> dict:
    """The notes' JSON: what was made, and the path and page size every print command reports."""
    width, height = page_mm(page_size(args.size))
    return {
        **result.to_json(_out(args)),
        "path": _out(args),
        "width_mm": width,
        "height_mm": height,
    }


def _made(args: argparse.Namespace, pages: int, what: str) -> str:
    where = f" to {args.out}" if args.out is not None else ""
    return f"Wrote {what} on {_count(pages, 'page')}{where}"


def _template(shop, args: argparse.Namespace):
    return shop.note_templates.choose(args.template, shop.settings.language)


def _count(count: int, thing: str) -> str:
    return f"1 {thing}" if count == 1 else f"{count:,} {thing}s"


def _keys(text: str) -> list[str]:
    keys = [part.strip() for part in text.split(",") if part.strip()]
    if not keys:
        raise argparse.ArgumentTypeError(
            "give one or more phones or member numbers, comma-separated"
        )
    return keys
