"""`shopkeeper-cli members consent`: record a member's yes or no to advertising on a channel."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.club.records import CHANNELS


def add_parsers(msub, common: argparse.ArgumentParser) -> None:
    """Register `members consent`."""
    consent = msub.add_parser(
        "consent", parents=[common], help="a member agrees to, or refuses, advertising"
    )
    consent.add_argument("key", metavar="PHONE|NUMBER")
    consent.add_argument(
        "channel", type=str.lower, choices=CHANNELS, metavar="CHANNEL", help="sms|whatsapp|email"
    )
    consent.add_argument("state", choices=("on", "off"), metavar="on|off")
    consent.add_argument("--how", default="shopkeeper-cli", metavar="TEXT", help="how they said so")
    consent.set_defaults(handler=set_consent)


def set_consent(shop, args: argparse.Namespace, out: Output) -> int:
    """Takes effect at once: the next advertisement for that channel is refused or allowed."""
    member = shop.members.find(args.key)
    member = shop.members.set_consent(member.id, args.channel, args.state == "on", args.how)
    record = member.consent(args.channel)
    data = {
        "channel": record.channel,
        "given": record.given,
        "how": record.how,
        "at": record.at.isoformat(timespec="seconds"),
    }
    state = "agreed to" if record.given else "refused"
    out.result(data, f"{member.full_name} {state} advertising by {record.channel}.")
    return 0
