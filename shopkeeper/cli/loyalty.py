"""`shopkeeper-cli points show|adjust|expire|birthdays` and `coupons new|show`."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.cli.values import BY, day, member_id, positive, whole
from shopkeeper.errors import InvalidValue
from shopkeeper.money import format_money, parse_money


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `points` and `coupons` with their subcommands."""
    points = sub.add_parser(
        "points", parents=[common], help="balances, the ledger, expiry, bonuses"
    )
    psub = points.add_subparsers(dest="points_command", metavar="SUBCOMMAND", required=True)

    show = psub.add_parser("show", parents=[common], help="a member's balance, tier and ledger")
    show.add_argument("key", metavar="PHONE|NUMBER")
    show.add_argument(
        "--limit", type=positive, default=None, metavar="N", help="newest N rows only"
    )
    show.set_defaults(handler=show_points)

    adjust = psub.add_parser("adjust", parents=[common], help="add or take away points by hand")
    adjust.add_argument("key", metavar="PHONE|NUMBER")
    adjust.add_argument("points", type=whole, metavar="±N", help="e.g. 50 or -50")
    adjust.add_argument("--reason", required=True, metavar="TEXT", help="why (kept on the ledger)")
    adjust.set_defaults(handler=adjust_points)

    expire = psub.add_parser(
        "expire", parents=[common], help="expire points older than the programme's months"
    )
    expire.add_argument("--today", metavar="YYYY-MM-DD", help="run as of this day (default today)")
    expire.set_defaults(handler=expire_points)

    birthdays = psub.add_parser(
        "birthdays", parents=[common], help="pay the birthday bonus due (safe to run daily)"
    )
    birthdays.add_argument("--today", metavar="YYYY-MM-DD", help="run as of this day")
    birthdays.set_defaults(handler=pay_birthdays)

    coupons = sub.add_parser("coupons", parents=[common], help="generate and look up coupon codes")
    csub = coupons.add_subparsers(dest="coupons_command", metavar="SUBCOMMAND", required=True)
    new = csub.add_parser("new", parents=[common], help="generate coupon codes")
    off = new.add_mutually_exclusive_group(required=True)
    off.add_argument("--percent", type=positive, metavar="N", help="N%% off the basket")
    off.add_argument("--amount", metavar="₪", help="this many shekels off")
    new.add_argument(
        "--uses", type=positive, default=1, metavar="N", help="uses per code (default 1)"
    )
    new.add_argument("--from", dest="valid_from", metavar="DATE", help="first day it can be used")
    new.add_argument("--until", metavar="DATE", help="last day it can be used")
    new.add_argument("--count", type=positive, default=1, metavar="N", help="how many codes")
    new.add_argument("--min-basket", default="0", metavar="₪", help="smallest basket it applies to")
    new.add_argument("--member", metavar="PHONE|NUMBER", help="only this member may use it")
    new.add_argument("--batch", default="", metavar="NAME", help="a name for the batch")
    new.set_defaults(handler=new_coupons)

    look = csub.add_parser("show", parents=[common], help="one coupon's terms and uses")
    look.add_argument("code", metavar="CODE")
    look.set_defaults(handler=show_coupon)


def show_points(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    balance = shop.ledger.balance(member.id)
    tier = shop.loyalty.tier(member.id)
    entries = shop.ledger.entries(member.id, limit=args.limit)
    data = {
        "balance": balance,
        "tier": tier.name,
        "tier_detail": tier.to_json(),
        "ledger": [entry.to_json() for entry in entries],
    }
    lines = [
        f"{member.number}  {member.full_name}",
        f"Balance: {balance} points",
        f"Tier:    {tier.name}"
        + (
            f" ({format_money(tier.to_next)} more to reach {tier.next_name})"
            if tier.next_name
            else ""
        ),
    ]
    for entry in entries:
        source = f"purchase {entry.purchase_id}" if entry.purchase_id else entry.source
        detail = "; ".join(part for part in (source, entry.reason) if part)
        lines.append(f"  {entry.at:%d/%m/%Y %H:%M}  {entry.kind:<7} {entry.points:>+7}  {detail}")
    out.result(data, "\n".join(lines))
    return 0


def adjust_points(shop, args: argparse.Namespace, out: Output) -> int:
    if args.points == 0:
        raise InvalidValue(field="points", text="0")
    member = member_id(shop, args.key)
    balance = shop.ledger.adjust(member, args.points, args.reason, by=BY)
    out.result(
        {"points": args.points, "balance": balance},
        f"{args.points:+d} points; the balance is now {balance}.",
    )
    return 0


def expire_points(shop, args: argparse.Namespace, out: Output) -> int:
    report = shop.ledger.expire(day(args.today, shop.members.today()), by=BY)
    out.result(
        {"members": report.members, "points": report.points},
        f"{report.points} points expired from {report.members} members.",
    )
    return 0


def pay_birthdays(shop, args: argparse.Namespace, out: Output) -> int:
    payments = shop.bonuses.pay_birthdays(day(args.today, shop.members.today()), by=BY)
    data, lines = [], []
    for payment in payments:
        member = shop.members.get(payment.member_id)
        data.append(
            {
                "member_id": payment.member_id,
                "number": member.number,
                "points": payment.points,
                "birthday": payment.birthday.isoformat(),
            }
        )
        lines.append(
            f"{member.number}  {member.full_name}  +{payment.points} points "
            f"(birthday {payment.birthday:%d/%m/%Y})"
        )
    out.result(data, "\n".join(lines) or "No birthday bonus due.")
    return 0


def new_coupons(shop, args: argparse.Namespace, out: Output) -> int:
    today = shop.members.today()
    codes = shop.coupons.create(
        percent=args.percent,
        amount=parse_money(args.amount) if args.amount is not None else None,
        uses=args.uses,
        valid_from=day(args.valid_from, today) if args.valid_from else None,
        until=day(args.until, today) if args.until else None,
        min_basket=parse_money(args.min_basket),
        member_id=member_id(shop, args.member) if args.member else None,
        count=args.count,
        batch=args.batch,
    )
    out.result({"codes": codes}, "\n".join(codes))
    return 0


def show_coupon(shop, args: argparse.Namespace, out: Output) -> int:
    coupon = shop.coupons.get(args.code)
    terms = [f"{coupon.code}: {coupon.describe()} off"]
    if coupon.min_basket:
        terms.append(f"from a basket of {format_money(coupon.min_basket)}")
    if coupon.valid_from:
        terms.append(f"from {coupon.valid_from:%d/%m/%Y}")
    if coupon.valid_until:
        terms.append(f"until {coupon.valid_until:%d/%m/%Y}")
    if coupon.member_id is not None:
        terms.append(f"for member {shop.members.get(coupon.member_id).number} only")
    terms.append(f"used {coupon.uses} of {coupon.max_uses}")
    out.result(coupon.to_json(), ", ".join(terms))
    return 0
