"""`shopkeeper-cli print slip ID|CODE (--out FILE | --printer NAME|default) [--size a6|label62]`."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.cli.printing import add_out_argument, check_destination, make_and_send, written
from shopkeeper.printing.note_parts import shop_logo_or_none
from shopkeeper.printing.slips import SIZES, pickup_slip_pdf


def add_parser(psub, common: argparse.ArgumentParser) -> None:
    """Register `slip` under the `print` group."""
    slip = psub.add_parser("slip", parents=[common], help="a pickup order's slip with its barcode")
    slip.add_argument("key", metavar="ID|CODE", help="the order number or its pickup code")
    add_out_argument(slip)
    slip.add_argument(
        "--size", choices=SIZES, default="a6", help="A6 page or a 62 mm label roll (default a6)"
    )
    slip.add_argument("--language", choices=("he", "en"), help="default: the shop's language")
    slip.set_defaults(handler=print_slip)


def print_slip(shop, args: argparse.Namespace, out: Output) -> int:
    if (code := check_destination(args, out)) is not None:
        return code
    order = shop.pickups.find(args.key)
    language = args.language or shop.settings.language
    logo = shop_logo_or_none(shop)
    made = make_and_send(
        args,
        out,
        lambda path: pickup_slip_pdf(
            order, shop.settings.shop_name, path, size=args.size, language=language, logo=logo
        ),
        title=f"pickup-{order.number}",
    )
    if isinstance(made, int):
        return made
    page, sent = made
    return written(out, args.out, page, sent, id=order.id, code=order.code, size=args.size)
