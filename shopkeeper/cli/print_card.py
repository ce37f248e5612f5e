"""`shopkeeper-cli print card PHONE|NUMBER [--members PHONE,…] [--sheet] [--qr] [--out FILE]
[--printer NAME|default]`."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4

from shopkeeper.cli import values
from shopkeeper.cli.output import Output
from shopkeeper.cli.printing import add_out_argument, check_destination, make_and_send, written
from shopkeeper.printing.cards import CARD_SIZE, card_data, write_cards


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register `card` under the `print` group's subcommands."""
    card = sub.add_parser(
        "card",
        parents=[common],
        help="member cards (credit-card size) with a barcode the counter's search opens",
        description="Member cards: one card-size page per member, or ten to an A4 sheet "
        "(--sheet) with cut marks.",
    )
    card.add_argument(
        "member", nargs="?", metavar="PHONE|NUMBER", help="the member (phone or member number)"
    )
    card.add_argument(
        "--members",
        type=_keys,
        default=[],
        metavar="PHONE,…",
        help="more members, comma-separated (phones or member numbers)",
    )
    card.add_argument("--sheet", action="store_true", help="ten cards to an A4 page, cut marks")
    card.add_argument("--qr", action="store_true", help="a QR code instead of a Code 128 barcode")
    card.add_argument(
        "--language",
        choices=("he", "en"),
        default=None,
        help="the card's language (default: the shop's)",
    )
    add_out_argument(card)
    card.set_defaults(handler=print_card)


def print_card(shop, args: argparse.Namespace, out: Output) -> int:
    if (code := check_destination(args, out)) is not None:
        return code
    keys = ([args.member] if args.member else []) + args.members
    if not keys:
        return out.fail("Name a member (phone or member number), or several with --members.", 2)
    ids: list[int] = []
    for key in keys:
        member_id = values.member_id(shop, key)
        if member_id not in ids:  # the same member named twice gets one card
            ids.append(member_id)
    cards = [card_data(shop, member_id, args.language) for member_id in ids]
    code = "qr" if args.qr else "code128"
    made = make_and_send(
        args, out, lambda path: _write(path, cards, sheet=args.sheet, code=code), "cards"
    )
    if isinstance(made, int):
        return made
    pages, sent = made
    return written(
        out,
        args.out,
        A4 if args.sheet else CARD_SIZE,
        sent,
        pages=pages,
        cards=len(cards),
        members=[card.number for card in cards],
        layout="sheet" if args.sheet else "single",
        code=code,
    )


def _write(target: Path, cards, *, sheet: bool, code: str) -> int:
    """Make the whole PDF first, so a member that cannot be printed leaves no half a file."""
    buffer = io.BytesIO()
    pages = write_cards(buffer, cards, sheet=sheet, code=code)
    target.write_bytes(buffer.getvalue())
    return pages


def _keys(text: str) -> list[str]:
    keys = [part.strip() for part in text.split(",") if part.strip()]
    if not keys:
        raise argparse.ArgumentTypeError(
            "give one or more phones or member numbers, comma-separated"
        )
    return keys
