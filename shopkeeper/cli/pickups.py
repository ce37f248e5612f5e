"""`shopkeeper-cli pickup new|show|ready|collect|cancel|list`."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output
from shopkeeper.cli.values import day, member_id
from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue
from shopkeeper.money import format_money, parse_money
from shopkeeper.sales.pickup_records import PickupLineDraft, PickupOrder

ITEM_FORMAT = "name|qty|price"


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `pickup` and its subcommands."""
    pickup = sub.add_parser(
        "pickup", parents=[common], help="pickup orders: create, mark ready, collect, list"
    )
    psub = pickup.add_subparsers(dest="pickup_command", metavar="SUBCOMMAND", required=True)

    new = psub.add_parser("new", parents=[common], help="a new pickup order with a pickup code")
    new.add_argument(
        "key", metavar="PHONE|NUMBER", help="the member; - or none for a customer without one"
    )
    new.add_argument(
        "--item",
        action="append",
        required=True,
        metavar=f'"{ITEM_FORMAT}"',
        help="an item, price per unit in ₪ (repeatable; qty may be empty for 1)",
    )
    new.add_argument("--paid", default="0", metavar="₪", help="already paid (default 0)")
    new.add_argument(
        "--due", metavar="₪", help="to pay at pickup (default: the items' total less --paid)"
    )
    new.add_argument(
        "--ready-by",
        metavar="DATE",
        help="YYYY-MM-DD or dd/mm/yyyy (default: 2 working days on, skipping Shabbat and holidays)",
    )
    new.add_argument("--shelf", default="", metavar="S", help="where the order waits")
    new.add_argument("--note", default="", metavar="TEXT")
    new.set_defaults(handler=new_order)

    show = psub.add_parser("show", parents=[common], help="one order, by id or pickup code")
    show.add_argument("key", metavar="ID|CODE")
    show.set_defaults(handler=show_order)

    ready = psub.add_parser(
        "ready", parents=[common], help="mark ready; prints the WhatsApp link with the message"
    )
    ready.add_argument("key", metavar="ID|CODE")
    ready.add_argument("--language", choices=("he", "en"), help="of the message (default: shop's)")
    ready.set_defaults(handler=ready_order)

    for name, handler, text in (
        ("collect", collect_order, "the customer took the order (and paid what was due)"),
        ("cancel", cancel_order, "cancel a waiting order"),
    ):
        command = psub.add_parser(name, parents=[common], help=text)
        command.add_argument("key", metavar="ID|CODE")
        command.set_defaults(handler=handler)

    list_ = psub.add_parser(
        "list", parents=[common], help="waiting orders (new and ready), overdue first"
    )
    list_.add_argument("--overdue", action="store_true", help="only those past their ready-by day")
    list_.add_argument("--on", metavar="DATE", help="as of this day (default today)")
    list_.set_defaults(handler=list_orders)


def new_order(shop, args: argparse.Namespace, out: Output) -> int:
    member = member_id(shop, args.key, allow_none=True)
    order = shop.pickups.create(
        member,
        [parse_item(text) for text in args.item],
        paid=parse_money(args.paid),
        due=None if args.due is None else parse_money(args.due),
        ready_by=day(args.ready_by, None) if args.ready_by else None,
        shelf=args.shelf,
        note=args.note,
    )
    out.result(
        order.to_json(), f"Pickup order {order.number}, code {order.code}\n{_details(order)}"
    )
    return 0


def show_order(shop, args: argparse.Namespace, out: Output) -> int:
    order = shop.pickups.find(args.key)
    out.result(order.to_json(), order_line(order) + "\n" + _details(order))
    return 0


def ready_order(shop, args: argparse.Namespace, out: Output) -> int:
    order = shop.pickups.ready(shop.pickups.find(args.key).id)
    link = shop.pickups.whatsapp_ready_link(order, args.language)
    text = f"Pickup order {order.number} is ready."
    text += f"\nWhatsApp: {link}" if link else " No member's phone to send a message to."
    out.result({**order.to_json(), "whatsapp_url": link}, text)
    return 0


def collect_order(shop, args: argparse.Namespace, out: Output) -> int:
    order = shop.pickups.collect(shop.pickups.find(args.key).id)
    paid = f"; take {format_money(order.due)}" if order.due else ""
    out.result(order.to_json(), f"Pickup order {order.number} collected{paid}.")
    return 0


def cancel_order(shop, args: argparse.Namespace, out: Output) -> int:
    order = shop.pickups.cancel(shop.pickups.find(args.key).id)
    out.result(order.to_json(), f"Pickup order {order.number} cancelled.")
    return 0


def list_orders(shop, args: argparse.Namespace, out: Output) -> int:
    on = day(args.on, shop.members.today())
    orders = shop.pickups.waiting(on, overdue_only=args.overdue)
    empty = "No overdue pickup orders." if args.overdue else "No pickup orders waiting."
    out.result([o.to_json() for o in orders], "\n".join(map(order_line, orders)) or empty)
    return 0


def parse_item(text: str) -> PickupLineDraft:
    """`name|qty|price`: price per unit in ₪, qty empty for 1; `name|price` is one of them."""
    parts = [clean_text(part) for part in text.split("|")]
    if len(parts) == 2:
        parts.insert(1, "")
    if len(parts) != 3 or not parts[0] or not parts[2]:
        raise InvalidValue(field=f"item (write it as {ITEM_FORMAT})", text=text)
    name, qty_text, price_text = parts
    if qty_text and (not qty_text.isdigit() or int(qty_text) < 1):
        raise InvalidValue(field="item quantity", text=qty_text)
    return PickupLineDraft(name, int(qty_text) if qty_text else 1, parse_money(price_text))


def order_line(order: PickupOrder) -> str:
    """One order on one line: number, code, status, customer, ready-by, shelf, due."""
    parts = [
        f"#{order.number}",
        order.code,
        order.status + (" OVERDUE" if order.overdue else ""),
        order.customer_name or "(no member)",
        f"ready by {order.ready_by:%d/%m/%Y}",
    ]
    if order.shelf:
        parts.append(f"shelf {order.shelf}")
    if order.due:
        parts.append(f"due {format_money(order.due)}")
    return "  ".join(parts)


def _details(order: PickupOrder) -> str:
    lines = [f"  {line.name} × {line.qty}  {format_money(line.total)}" for line in order.lines]
    lines.append(f"  paid {format_money(order.paid)}, due {format_money(order.due)}")
    return "\n".join(lines)
