"""`shopkeeper-cli print birthday-card PHONE|NUMBER [--child NAME | --pet NAME] [--lang he|en]
[--show-age] [--out FILE] [--printer NAME|default]`: the A6 birthday card the birthdays page prints.

JSON: {"path", "width_mm", "height_mm", "member", "child", "pet", "language", "printer", "job"}.
"""

from __future__ import annotations

import argparse

from reportlab.lib.pagesizes import A6

from shopkeeper.cli.output import Output
from shopkeeper.cli.printing import add_out_argument, check_destination, make_and_send, written
from shopkeeper.printing.birthday_cards import write_birthday_card


def add_parser(psub, common: argparse.ArgumentParser) -> None:
    """Register `birthday-card` under the `print` group."""
    card = psub.add_parser(
        "birthday-card",
        parents=[common],
        help="a birthday card (A6) for a member, their child or their pet",
    )
    card.add_argument("key", metavar="PHONE|NUMBER", help="the member (phone or member number)")
    whose = card.add_mutually_exclusive_group()
    whose.add_argument("--child", metavar="NAME", help="the member's child whose birthday it is")
    whose.add_argument("--pet", metavar="NAME", help="the member's pet whose birthday it is")
    card.add_argument(
        "--lang",
        "--language",
        dest="language",
        choices=("he", "en"),
        help="the card's language (default: the shop's)",
    )
    card.add_argument(
        "--show-age", action="store_true", help="print the age on the card (left out by default)"
    )
    add_out_argument(card)
    card.set_defaults(handler=print_birthday_card)


def print_birthday_card(shop, args: argparse.Namespace, out: Output) -> int:
    if (code := check_destination(args, out)) is not None:
        return code
    member = shop.members.find(args.key)
    language = args.language or shop.settings.language
    made = make_and_send(
        args,
        out,
        lambda path: write_birthday_card(
            shop,
            member.id,
            path,
            child=args.child,
            pet=args.pet,
            language=language,
            show_age=args.show_age,
        ),
        title=f"birthday-card-{member.number}",
    )
    if isinstance(made, int):
        return made
    _path, sent = made
    return written(
        out,
        args.out,
        A6,
        sent,
        member=member.number,
        child=args.child,
        pet=args.pet,
        language=language,
    )
