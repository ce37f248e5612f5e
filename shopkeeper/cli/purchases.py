"""`shopkeeper-cli purchases add|void|return|list|show`."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.cli.values import BY, count, day, member_id, positive
from shopkeeper.club.text import clean_text
from shopkeeper.data.purchase_import import purchase_moment
from shopkeeper.errors import InvalidValue
from shopkeeper.money import format_money, parse_money
from shopkeeper.sales.records import (
    CHANNELS,
    FULFILMENTS,
    LineDraft,
    PurchaseDraft,
    PurchaseRecord,
    Receipt,
    VoidResult,
)

LINE_FORMAT = "name|category|qty|price"


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `purchases` and its subcommands."""
    purchases = sub.add_parser(
        "purchases", parents=[common], help="record, void, return and list purchases"
    )
    psub = purchases.add_subparsers(dest="purchases_command", metavar="SUBCOMMAND", required=True)

    add = psub.add_parser("add", parents=[common], help="record a purchase (points, tier, stamps)")
    add.add_argument(
        "key", metavar="PHONE|NUMBER", help="the member; - or none for a purchase without one"
    )
    add.add_argument(
        "amount", metavar="AMOUNT", help="in ₪, e.g. 149.90; - for the sum of the lines"
    )
    add.add_argument("--date", metavar="YYYY-MM-DD", help="a past day (default now)")
    add.add_argument(
        "--line",
        action="append",
        default=[],
        metavar=f'"{LINE_FORMAT}"',
        help="an item line, price in ₪ (repeatable)",
    )
    add.add_argument("--channel", choices=CHANNELS, default="store")
    add.add_argument("--fulfilment", choices=FULFILMENTS, default="taken")
    add.add_argument(
        "--redeem", type=count, default=0, metavar="POINTS", help="points off this purchase"
    )
    add.add_argument("--coupon", default="", metavar="CODE", help="a coupon code")
    add.add_argument(
        "--reward",
        action="append",
        default=[],
        metavar="NAME",
        help="a catalogue reward bought with points now (repeatable)",
    )
    add.add_argument("--note", default="")
    add.set_defaults(handler=add_purchase)

    void = psub.add_parser("void", parents=[common], help="void a whole purchase")
    void.add_argument("id", type=positive, metavar="ID")
    void.add_argument("--reason", required=True, metavar="TEXT")
    void.add_argument(
        "--write-off",
        action="store_true",
        help="if its points were already spent, take the balance to 0 instead of refusing",
    )
    void.set_defaults(handler=void_purchase)

    return_ = psub.add_parser("return", parents=[common], help="return some lines of a purchase")
    return_.add_argument("id", type=positive, metavar="ID")
    return_.add_argument(
        "--line",
        action="append",
        type=_line_qty,
        required=True,
        metavar="LINE_ID=QTY",
        help="a line and how many of it come back (repeatable; the line ids are in `purchases show`)",
    )
    return_.add_argument("--reason", required=True, metavar="TEXT")
    return_.add_argument("--write-off", action="store_true", help="as for void")
    return_.set_defaults(handler=return_lines)

    list_ = psub.add_parser("list", parents=[common], help="a member's purchases, newest first")
    list_.add_argument("key", metavar="PHONE|NUMBER")
    list_.add_argument(
        "--limit", type=positive, default=50, metavar="N", help="at most N (default 50)"
    )
    list_.set_defaults(handler=list_purchases)

    show = psub.add_parser("show", parents=[common], help="one purchase with its lines")
    show.add_argument("id", type=positive, metavar="ID")
    show.set_defaults(handler=show_purchase)


def add_purchase(shop, args: argparse.Namespace, out: Output) -> int:
    member = member_id(shop, args.key, allow_none=True)
    lines = tuple(parse_line(text) for text in args.line)
    amount = None if args.amount.strip() == "-" and lines else parse_money(args.amount)
    today = shop.members.today()
    on = day(args.date, today)
    if on > today:
        return out.fail(f"date: {on:%d/%m/%Y} is after today; record a purchase when it happens.")
    at = None if on == today else purchase_moment(on, None, shop.now())
    draft = PurchaseDraft(
        member_id=member,
        amount=amount,
        lines=lines,
        at=at,
        channel=args.channel,
        fulfilment=args.fulfilment,
        note=args.note,
        redeem_points=args.redeem,
        coupon_code=args.coupon,
        catalogue_rewards=tuple(clean_text(name) for name in args.reward),
    )
    receipt = shop.purchases.record(draft, by=BY)
    difference = receipt.quote.lines_difference
    if difference:
        out.warn(
            f"the lines add up to {format_money(receipt.quote.lines_total or 0)}, "
            f"{format_money(abs(difference))} {'less' if difference > 0 else 'more'} than the "
            f"amount {format_money(receipt.quote.amount)}; the purchase was recorded as "
            f"{format_money(receipt.quote.amount)}."
        )
    out.result(receipt.to_json(), _receipt_text(receipt, member is not None, at is None))
    return 0


def void_purchase(shop, args: argparse.Namespace, out: Output) -> int:
    result = shop.purchases.void(args.id, args.reason, by=BY, write_off=args.write_off)
    out.result(_change_json(result), _change_text("voided", result))
    return 0


def return_lines(shop, args: argparse.Namespace, out: Output) -> int:
    quantities: dict[int, int] = {}
    for line_id, qty in args.line:
        quantities[line_id] = quantities.get(line_id, 0) + qty
    result = shop.purchases.return_lines(
        args.id, quantities, args.reason, by=BY, write_off=args.write_off
    )
    out.result(_change_json(result), _change_text("returned in part", result))
    return 0


def list_purchases(shop, args: argparse.Namespace, out: Output) -> int:
    member = shop.members.find(args.key)
    records = shop.purchases.for_member(member.id, limit=args.limit)
    text = "\n".join(purchase_line(r) for r in records) or f"{member.full_name}: no purchases yet."
    out.result([r.to_json() for r in records], text)
    return 0


def show_purchase(shop, args: argparse.Namespace, out: Output) -> int:
    record = shop.purchases.get(args.id)
    lines = [purchase_line(record)]
    lines += [
        f"  line {ln.id}: {ln.name}  {ln.category or '-'}  {ln.qty} × {format_money(ln.unit_price)}"
        + (f"  ({ln.returned_qty} returned)" if ln.returned_qty else "")
        for ln in record.lines
    ]
    if record.note:
        lines.append(f"  note: {record.note}")
    out.result(record.to_json(), "\n".join(lines))
    return 0


def parse_line(text: str) -> LineDraft:
    """`name|category|qty|price` (price in ₪; category may be empty, qty defaults to 1)."""
    parts = [clean_text(part) for part in text.split("|")]
    if len(parts) != 4 or not parts[0] or not parts[3]:
        raise InvalidValue(field=f"line (write it as {LINE_FORMAT})", text=text)
    name, category, qty_text, price_text = parts
    if qty_text and not qty_text.isdigit():
        raise InvalidValue(field="line quantity", text=qty_text)
    return LineDraft(
        name=name,
        category=category,
        qty=int(qty_text) if qty_text else 1,
        unit_price=parse_money(price_text),
    )


def purchase_line(record: PurchaseRecord) -> str:
    """One purchase on one line: id, time, amount (and paid), points, channel, void."""
    paid = f" (paid {format_money(record.paid)})" if record.discounts else ""
    returned = f", {format_money(record.returned)} returned" if record.returned else ""
    parts = [
        f"#{record.id}",
        f"{record.at:%d/%m/%Y %H:%M}",
        f"{format_money(record.amount)}{paid}{returned}",
        f"{record.points:+d} points" if record.member_id is not None else "no member",
        f"{record.channel}, {record.fulfilment}",
    ]
    if record.coupon_code:
        parts.append(f"coupon {record.coupon_code}")
    if record.voided_at:
        parts.append(f"VOIDED {record.voided_at:%d/%m/%Y}: {record.void_reason}")
    return "  ".join(parts)


def _receipt_text(receipt: Receipt, has_member: bool, now: bool) -> str:
    """The receipt for a person; a tier change is told only for a purchase made now."""
    quote = receipt.quote
    lines = [
        f"Purchase {receipt.id}: {format_money(quote.amount)}, to pay {format_money(quote.to_pay)}."
    ]
    discounts = [
        (quote.coupon_discount, "coupon"),
        (quote.reward_discount, "rewards"),
        (quote.points_discount, f"{quote.points_redeemed} points"),
    ]
    lines += [f"  {format_money(value)} off for {what}" for value, what in discounts if value]
    if has_member:
        lines.append(
            f"  +{receipt.points_earned} points; balance {receipt.balance}; tier {receipt.tier}"
            + (
                f" (was {receipt.tier_before})"
                if now and receipt.tier_before != receipt.tier
                else ""
            )
        )
        lines += [f"  reward earned: {name}" for name in receipt.rewards_earned]
        lines += [f"  bonus: {bonus}" for bonus in receipt.bonuses]
    return "\n".join(lines)


def _change_json(result: VoidResult) -> dict:
    return {
        "id": result.purchase_id,
        "points_reversed": result.points_reversed,
        "written_off": result.written_off,
        "balance": result.balance,
        "tier": result.tier,
    }


def _change_text(what: str, result: VoidResult) -> str:
    text = f"Purchase {result.purchase_id} {what}: {result.points_reversed:+d} points"
    if result.written_off:
        text += f" ({result.written_off} already spent, written off)"
    return text + f"; balance {result.balance}; tier {result.tier or '-'}."


def _line_qty(text: str) -> tuple[int, int]:
    line, sep, qty = text.partition("=")
    try:
        value = int(line), int(qty) if sep else 1
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not LINE_ID=QTY") from None
    if value[0] < 1 or value[1] < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not LINE_ID=QTY")
    return value
