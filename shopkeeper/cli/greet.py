"""`shopkeeper-cli greet`: a ready greeting text and its WhatsApp link."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output

OCCASIONS = ("birthday", "thanks", "ready", "winback")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `greet`."""
    greet = sub.add_parser(
        "greet", parents=[common], help="a greeting text for a member, their child or pet"
    )
    greet.add_argument("key", metavar="PHONE|NUMBER")
    whose = greet.add_mutually_exclusive_group()
    whose.add_argument("--child", metavar="NAME", help="the child whose birthday it is")
    whose.add_argument("--pet", metavar="NAME", help="the pet whose birthday it is")
    greet.add_argument(
        "--occasion", choices=OCCASIONS, default="birthday", help="what for (default birthday)"
    )
    greet.add_argument(
        "--language", choices=("he", "en"), help="the text's language (default the shop's)"
    )
    greet.set_defaults(handler=greet_member)


def greet_member(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    greeting = shop.greetings.compose(
        member.id, args.occasion, child=args.child, pet=args.pet, language=args.language
    )
    out.result(greeting.to_json(), f"{greeting.text}\n\n{greeting.whatsapp_url}")
    return 0
