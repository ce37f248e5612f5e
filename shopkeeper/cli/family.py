"""`shopkeeper-cli members child add`, `members pet add` and `members set`."""

from __future__ import annotations

import argparse
from dataclasses import replace

from shopkeeper.cli.output import Output, member_card
from shopkeeper.club.drafts import draft_from_member
from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft


def add_parsers(msub, common: argparse.ArgumentParser) -> None:
    """Register the `members` subcommands that change children, pets and preferences."""
    child = msub.add_parser("child", parents=[common], help="a member's children")
    csub = child.add_subparsers(dest="child_command", metavar="SUBCOMMAND", required=True)
    add_child = csub.add_parser("add", parents=[common], help="add a child to a member")
    add_child.add_argument("key", metavar="PHONE|NUMBER")
    add_child.add_argument("--name", required=True)
    add_child.add_argument("--birthday", required=True, metavar="DD/MM[/YYYY]")
    add_child.add_argument("--gender", default="", choices=("f", "m"))
    add_child.set_defaults(handler=child_add)

    pet = msub.add_parser("pet", parents=[common], help="a member's pets")
    psub = pet.add_subparsers(dest="pet_command", metavar="SUBCOMMAND", required=True)
    add_pet = psub.add_parser("add", parents=[common], help="add a pet to a member")
    add_pet.add_argument("key", metavar="PHONE|NUMBER")
    add_pet.add_argument("--name", required=True)
    add_pet.add_argument("--kind", required=True, help="dog, cat …")
    add_pet.add_argument("--birthday", required=True, metavar="DD/MM[/YYYY]")
    add_pet.set_defaults(handler=pet_add)

    set_ = msub.add_parser("set", parents=[common], help="change a member's preferences")
    set_.add_argument("key", metavar="PHONE|NUMBER")
    set_.add_argument(
        "--hebrew-birthday", choices=("on", "off"), help="celebrate on the Hebrew date"
    )
    set_.add_argument("--address", choices=("f", "m"), help="address them as f or m")
    set_.set_defaults(handler=member_set)


def child_add(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    draft = draft_from_member(member)
    child = ChildDraft(args.name, args.birthday, args.gender)
    return _save(shop, member.id, replace(draft, children=(*draft.children, child)), out)


def pet_add(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    draft = draft_from_member(member)
    pet = PetDraft(args.name, args.kind, args.birthday)
    return _save(shop, member.id, replace(draft, pets=(*draft.pets, pet)), out)


def member_set(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    draft = draft_from_member(member)
    if args.hebrew_birthday is not None:
        draft = replace(draft, hebrew_birthday=args.hebrew_birthday == "on")
    if args.address is not None:
        draft = replace(draft, address_form=args.address)
    return _save(shop, member.id, draft, out)


def _save(shop, member_id: int, draft: MemberDraft, out: Output) -> int:
    saved = shop.members.update(member_id, draft)
    for warning in saved.warnings:
        out.warn(str(warning))
    out.result(saved.member.to_json(), member_card(saved.member))
    return 0
