"""`shopkeeper-cli members count|search|show|add|history`."""

from __future__ import annotations

import argparse

from shopkeeper.cli import family, member_consent
from shopkeeper.cli import history as member_history
from shopkeeper.cli.output import Output, member_card, member_lines
from shopkeeper.club.dates import parse_date
from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft
from shopkeeper.club.search import DEFAULT_LIMIT


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `members` and its subcommands."""
    members = sub.add_parser("members", parents=[common], help="count, find, show and add members")
    msub = members.add_subparsers(dest="members_command", metavar="SUBCOMMAND", required=True)

    count = msub.add_parser("count", parents=[common], help="how many members the club has")
    count.set_defaults(handler=count_members)

    search = msub.add_parser(
        "search", parents=[common], help="phone digits, member number or names"
    )
    search.add_argument("text", help="what you would type in the counter's search box")
    search.add_argument(
        "--limit", type=_positive, default=DEFAULT_LIMIT, help="at most this many (default 20)"
    )
    search.set_defaults(handler=search_members)

    show = msub.add_parser("show", parents=[common], help="one member, by phone or member number")
    show.add_argument("key", metavar="PHONE|NUMBER")
    show.set_defaults(handler=show_member)

    add = msub.add_parser("add", parents=[common], help="add a member")
    add.add_argument("--first", default="", help="first name")
    add.add_argument("--last", default="", help="last name")
    add.add_argument("--phone", required=True, help="mobile or landline, any usual spelling")
    add.add_argument("--birthday", default="", metavar="DD/MM[/YYYY]")
    add.add_argument("--hebrew-birthday", action="store_true", help="celebrate on the Hebrew date")
    add.add_argument("--email", default="")
    add.add_argument("--city", default="")
    add.add_argument("--address", default="")
    add.add_argument("--notes", default="")
    add.add_argument("--gender", default="", metavar="f|m", help="how to address them: f or m")
    add.add_argument("--tag", action="extend", nargs="+", default=[], metavar="T", help="tags")
    add.add_argument("--source", default="", help="how they heard of the shop")
    add.add_argument(
        "--referred-by", default="", metavar="PHONE|NUMBER", help="the member who brought them"
    )
    add.add_argument("--joined", default="", metavar="DD/MM/YYYY", help="join date (default today)")
    add.add_argument(
        "--consent",
        default="",
        metavar="CHANNELS",
        help="channels the member agreed to, comma separated: sms,whatsapp,email",
    )
    add.add_argument("--consent-how", default="shopkeeper-cli", help="how consent was given")
    add.add_argument(
        "--no-welcome", action="store_true", help="no welcome bonus (it is given by default)"
    )
    add.add_argument(
        "--child",
        action="append",
        default=[],
        metavar="NAME[,DD/MM/YYYY[,f|m]]",
        help="a child (repeatable)",
    )
    add.add_argument(
        "--pet",
        action="append",
        default=[],
        metavar="NAME[,KIND[,DD/MM/YYYY]]",
        help="a pet (repeatable)",
    )
    add.set_defaults(handler=add_member)
    family.add_parsers(msub, common)
    member_consent.add_parsers(msub, common)
    member_history.add_parsers(msub, common)


def count_members(shop, args: argparse.Namespace, out: Output) -> int:
    count = shop.members.count()
    out.result({"count": count}, f"{count} members")
    return 0


def search_members(shop, args: argparse.Namespace, out: Output) -> int:
    found = shop.search.search(args.text, limit=args.limit)
    if out.json_mode:
        out.result([shop.members.get(s.id).to_json() for s in found], "")
    else:
        out.result(None, member_lines(found) or f"No member matches “{args.text}”.")
    return 0


def show_member(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    out.result(member.to_json(), member_card(member))
    return 0


def add_member(shop, args: argparse.Namespace, out: Output) -> int:
    consent = {
        channel.strip().lower(): True for channel in args.consent.split(",") if channel.strip()
    }
    draft = MemberDraft(
        first_name=args.first,
        last_name=args.last,
        phone=args.phone,
        email=args.email,
        birthday=args.birthday,
        hebrew_birthday=args.hebrew_birthday,
        address_form=args.gender,
        address=args.address,
        city=args.city,
        joined_on=parse_date(args.joined) if args.joined.strip() else None,
        source=args.source,
        referred_by=args.referred_by,
        tags=tuple(args.tag),
        notes=args.notes,
        children=tuple(ChildDraft(*_fields(text, 3)) for text in args.child),
        pets=tuple(PetDraft(*_fields(text, 3)) for text in args.pet),
        consent=consent,
        consent_how=args.consent_how if consent else "",
    )
    saved = shop.join(draft, welcome=not args.no_welcome, by="cli")
    for warning in saved.warnings:
        out.warn(str(warning))
    out.result(saved.member.to_json(), member_card(saved.member))
    return 0


def _fields(text: str, count: int) -> list[str]:
    """`name,birthday,gender` → exactly `count` parts (missing ones empty)."""
    parts = [part.strip() for part in text.split(",", count - 1)]
    return parts + [""] * (count - len(parts))


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number from 1 up")
    return int(text)
