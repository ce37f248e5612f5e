"""`shopkeeper-cli programme show|set`: the loyalty programme the owner configures."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.loyalty.programme import KEYS, Programme
from shopkeeper.money import format_money

LIST_KEYS = ("tiers", "stamp_cards", "rewards")
MONEY_KEYS = ("min_purchase", "point_value")  # typed and shown in ₪, stored in agorot
POINT_KEYS = ("min_redeem", "welcome_bonus", "birthday_bonus", "referral_bonus")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `programme show` and `programme set`."""
    programme = sub.add_parser(
        "programme", parents=[common], help="show or change the loyalty programme"
    )
    psub = programme.add_subparsers(dest="programme_command", metavar="SUBCOMMAND", required=True)
    show = psub.add_parser("show", parents=[common], help="the programme in force now")
    show.set_defaults(handler=show_programme)
    set_ = psub.add_parser(
        "set",
        parents=[common],
        help="change one setting from now on (earlier purchases keep their rules)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="keys:\n" + "\n".join(f"  {key:<20} {text}" for key, (_, text) in KEYS.items()),
    )
    set_.add_argument("key", metavar="KEY", help=f"one of: {', '.join(KEYS)}")
    set_.add_argument("value", metavar="VALUE", help="₪ amounts as 50 or 0.1; lists as JSON")
    set_.set_defaults(handler=set_programme)


def show_programme(shop, args: argparse.Namespace, out: Output) -> int:
    programme = shop.programme.current()
    out.result(programme.to_json(), programme_text(programme))
    return 0


def set_programme(shop, args: argparse.Namespace, out: Output) -> int:
    key = args.key.strip()
    value = args.value
    if key not in LIST_KEYS:
        value = value.replace("₪", "").replace("ש״ח", "").replace('ש"ח', "").strip()
    programme = shop.programme.set(key, value)
    lines = key_lines(programme, key)
    text = f"{key} is now {lines[0]}" + "".join(f"\n{' ' * (len(key) + 8)}{ln}" for ln in lines[1:])
    out.result(programme.to_json(), text + "\n(from now on; earlier purchases keep their rules)")
    return 0


def programme_text(programme: Programme) -> str:
    """Every key with its value as a person reads it: amounts in ₪, one tier or reward a line."""
    width = max(len(key) for key in KEYS) + 2
    rows = []
    for key in KEYS:
        lines = key_lines(programme, key)
        rows.append(f"{key:<{width}}{lines[0]}")
        rows += [f"{'':<{width}}{line}" for line in lines[1:]]
    return "\n".join(rows)


def key_lines(programme: Programme, key: str) -> list[str]:
    """The value of one key as text lines (lists take a line per item)."""
    value = getattr(programme, key)
    if key == "point_value":
        return [f"{format_money(value)} (100 points = {format_money(value * 100)})"]
    if key in MONEY_KEYS:
        return [format_money(value)]
    if key in POINT_KEYS:
        return [f"{value} points"]
    if key == "expiry_months":
        return [f"{value} months" if value else "never"]
    if key == "excluded_categories":
        return [", ".join(value) or "-"]
    if key == "tiers":
        return [
            f"{t.name}: from {format_money(t.threshold)} a year, points ×{t.multiplier}"
            + (f", {t.perk}" if t.perk else "")
            for t in value
        ]
    if key == "stamp_cards":
        return [
            f"{c.name}: {c.stamps_needed} × {c.category} → {c.reward}"
            + (f" ({format_money(c.reward_amount)} off)" if c.reward_amount else "")
            for c in value
        ] or ["-"]
    if key == "rewards":
        return [
            f"{r.name}: {r.points} points → "
            + (f"{format_money(r.amount)} off" if r.amount else "a gift")
            for r in value
        ] or ["-"]
    return [str(value)]
