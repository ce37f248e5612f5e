"""The pickup slip: what goes on the bag on the shelf and in the customer's hand.

Order number, customer and phone, the items, paid and left to pay, the ready-by day, the shelf,
and the pickup code in big letters over a Code 128 barcode of it (the counter's scanner types the
code, which opens the order).  Two sizes: A6 (105 × 148 mm, scaled down and then cut with "and N
more items" when the items do not fit) and a 62 mm continuous label whose height is measured from
its content first.  All text goes through the layout engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import Color
from reportlab.lib.units import mm

from shopkeeper.printing.canvas import new_canvas
from shopkeeper.printing.layout import Layout, direction_for, draw_layout, isolate, layout_paragraph
from shopkeeper.printing.note_parts import Logo, draw_logo
from shopkeeper.sales.pickup_records import PickupOrder

SIZES = ("a6", "label62")
A6 = (105 * mm, 148 * mm)
LABEL_WIDTH = 62 * mm
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.6, 0.6, 0.6)
NBSP = "\u00a0"
LOGO_HEIGHT = 12 * mm  # the logo at the head of the slip (scaled with the type)

LABELS = {
    "he": {
        "number": "הזמנה לאיסוף מס׳ {number}",
        "total": "סה״כ",
        "paid": "שולם",
        "due": "לתשלום באיסוף",
        "paid_up": "שולם במלואו",
        "ready_by": "מוכנה עד",
        "shelf": "מדף",
        "code": "קוד איסוף",
        "more": "ועוד {count} פריטים",
    },
    "en": {
        "number": "Pickup order no. {number}",
        "total": "Total",
        "paid": "Paid",
        "due": "To pay at pickup",
        "paid_up": "Paid in full",
        "ready_by": "Ready by",
        "shelf": "Shelf",
        "code": "Pickup code",
        "more": "and {count} more items",
    },
}


@dataclass(frozen=True)
class _Geometry:
    width: float  # page width
    side: float  # left and right margins
    top: float
    bottom: float
    bar_width: float  # one Code 128 module: a whole number of dots at 300 dpi
    bar_height: float
    scale: float  # of the type sizes


_GEOMETRY = {
    "a6": _Geometry(A6[0], 8 * mm, 8 * mm, 7 * mm, 1.44, 40.0, 1.0),
    "label62": _Geometry(LABEL_WIDTH, 3 * mm, 4 * mm, 5 * mm, 1.2, 34.0, 0.86),
}


def pickup_slip_pdf(
    order: PickupOrder,
    shop_name: str,
    out: str | Path | BinaryIO,
    *,
    size: str = "a6",
    language: str = "he",
    logo: Logo | None = None,
) -> tuple[float, float]:
    """Write the slip of `order` to `out` (a path or a binary buffer); returns the page size in
    points.  `language` (he or en) sets the words and the direction; `logo` (the shop's) heads
    the slip, centred above the shop's name."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    geometry = _GEOMETRY[size]
    words = LABELS.get(language, LABELS["he"])
    content_width = geometry.width - 2 * geometry.side
    if size == "a6":
        room = A6[1] - geometry.top - geometry.bottom
        column = _fit_a6(order, shop_name, words, language, geometry, content_width, room, logo)
        page = A6
    else:
        column = _slip(order, shop_name, words, language, geometry, content_width, 1.0, None, logo)
        page = (geometry.width, geometry.top + column.height + geometry.bottom)
    canvas = new_canvas(
        out, page, title=words["number"].format(number=order.number), language=language
    )
    column.draw(canvas, geometry.side, page[1] - geometry.top)
    canvas.showPage()
    canvas.save()
    return page


def _fit_a6(order, shop_name, words, language, geometry, width, room, logo=None) -> _Column:
    """The A6 slip at the largest type that fits, down to 75 %; then with fewer items listed."""
    for step in range(6):
        scale = 1.0 - step * 0.05
        column = _slip(order, shop_name, words, language, geometry, width, scale, None, logo)
        if column.height <= room:
            return column
    shown = len(order.lines)
    while shown > 1:
        shown -= 1
        column = _slip(order, shop_name, words, language, geometry, width, 0.75, shown, logo)
        if column.height <= room:
            return column
    return column


class _Column:
    """Blocks stacked from the top of a column `width` wide, in one paragraph direction."""

    def __init__(self, width: float, direction: str) -> None:
        self.width = width
        self.direction = direction
        self.rtl = direction == "rtl"
        self.blocks: list[tuple[float, float, Callable]] = []  # (gap above, height, draw)

    @property
    def height(self) -> float:
        return sum(gap + height for gap, height, _ in self.blocks)

    def text(
        self,
        text: str,
        size: float,
        *,
        font="sans",
        gap=0.0,
        align=None,
        color=None,
        direction=None,
    ) -> None:
        layout = layout_paragraph(
            text,
            self.width,
            font=font,
            size=size,
            align=align,
            direction=direction or self.direction,
        )
        self.blocks.append((gap, layout.height, _layout_drawer(layout, 0.0, color)))

    def row(
        self,
        start: str,
        end: str,
        size: float,
        *,
        font="sans",
        end_font=None,
        end_size=None,
        gap=0.0,
        color=None,
    ) -> None:
        """`start` on the reading side (right in Hebrew), `end` on the other, tops aligned."""
        end_size = end_size or size
        end_font = end_font or font
        natural = layout_paragraph(end, 10_000, font=end_font, size=end_size).lines[0].width
        end_width = min(natural + 1, self.width * 0.5)
        start_width = self.width - end_width - 6
        first = layout_paragraph(start, start_width, font=font, size=size, direction=self.direction)
        second = layout_paragraph(
            end,
            end_width,
            font=end_font,
            size=end_size,
            direction=self.direction,
            align="left" if self.rtl else "right",
        )
        start_x = self.width - start_width if self.rtl else 0.0
        end_x = 0.0 if self.rtl else self.width - end_width
        height = max(first.height, second.height)
        draws = (_layout_drawer(first, start_x, color), _layout_drawer(second, end_x, color))
        self.blocks.append((gap, height, lambda c, x, top: [d(c, x, top) for d in draws]))

    def rule(self, gap: float) -> None:
        def draw(canvas, x, top):
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(x, top, x + self.width, top)
            canvas.restoreState()

        self.blocks.append((gap, 0.0, draw))

    def barcode(self, value: str, bar_width: float, bar_height: float, gap: float) -> None:
        symbol = Code128(
            value, barWidth=bar_width, barHeight=bar_height, humanReadable=False, quiet=False
        )

        def draw(canvas, x, top):
            symbol.drawOn(canvas, x + (self.width - symbol.width) / 2, top - bar_height)

        self.blocks.append((gap, bar_height, draw))

    def image(self, logo: Logo, height: float, gap: float = 0.0) -> None:
        """The logo centred, at most `height` tall (and the column's width wide)."""
        scale = min(self.width / logo.width, height / logo.height)
        drawn = logo.height * scale

        def draw(canvas, x, top):
            draw_logo(canvas, logo, x, top, self.width, drawn)

        self.blocks.append((gap, drawn, draw))

    def draw(self, canvas, x: float, top: float) -> None:
        for gap, height, draw in self.blocks:
            top -= gap
            draw(canvas, x, top)
            top -= height


def _layout_drawer(layout: Layout, dx: float, color) -> Callable:
    return lambda canvas, x, top: draw_layout(canvas, layout, x + dx, top, color=color)


def _slip(order, shop_name, words, language, geometry, width, scale, shown, logo=None) -> _Column:
    s = geometry.scale * scale
    column = _Column(width, direction_for(language))
    if logo is not None:
        column.image(logo, LOGO_HEIGHT * s)
    amounts = [line.total for line in order.lines] + [order.total, order.paid, order.due]
    cents = any(amount % 100 for amount in amounts)  # then every amount shows its agorot

    def money(agorot: int) -> str:
        return _money(agorot, language, cents)

    if shop_name:
        gap = 3 * s if logo is not None else 0.0
        column.text(
            isolate(shop_name), 11 * s, font="sans-medium", align="center", color=GREY, gap=gap
        )
    column.text(
        words["number"].format(number=isolate(order.number)),
        15 * s,
        font="sans-bold",
        align="center",
        gap=4 * s if shop_name or logo is not None else 0.0,
    )
    if order.member is not None:
        column.rule(7 * s)
        column.text(isolate(order.customer_name), 13 * s, font="sans-medium", gap=6 * s)
        if order.customer_phone:
            column.text(isolate(order.customer_phone, "ltr"), 11.5 * s, gap=3 * s)
    column.rule(7 * s)
    lines = order.lines if shown is None else order.lines[:shown]
    for index, line in enumerate(lines):
        name = isolate(line.name, column.direction) + (f" × {line.qty}" if line.qty > 1 else "")
        price = money(line.total) if line.unit_price else ""
        column.row(name, price, 10.5 * s, gap=(6 if index == 0 else 3.5) * s)
    if shown is not None and shown < len(order.lines):
        more = words["more"].format(count=len(order.lines) - shown)
        column.text(more, 10 * s, gap=3.5 * s, color=GREY)
    _money_rows(column, order, words, money, s)
    column.rule(7 * s)
    column.row(words["ready_by"], isolate(f"{order.ready_by:%d/%m/%Y}"), 11.5 * s, gap=6 * s)
    if order.shelf:
        column.row(
            words["shelf"],
            isolate(order.shelf),
            11.5 * s,
            end_font="sans-bold",
            end_size=15 * s,
            gap=4 * s,
        )
    if order.note:
        column.text(isolate(order.note, column.direction), 9.5 * s, gap=4 * s, color=GREY)
    column.rule(7 * s)
    column.text(words["code"], 9 * s, align="center", gap=6 * s, color=GREY)
    column.text(order.code, 30 * s, font="sans-bold", align="center", gap=2 * s, direction="ltr")
    column.barcode(order.code, geometry.bar_width, geometry.bar_height * scale, 6 * s)
    return column


def _money_rows(column: _Column, order: PickupOrder, words, money: Callable, s: float) -> None:
    total = order.total
    gap = 6 * s
    if total and (order.paid or total != order.due):
        column.row(words["total"], money(total), 10.5 * s, gap=gap)
        gap = 3.5 * s
    if order.paid:
        column.row(words["paid"], money(order.paid), 10.5 * s, gap=gap)
        gap = 3.5 * s
    if order.due:
        column.row(words["due"], money(order.due), 12.5 * s, font="sans-bold", gap=gap)
    elif order.paid or total:
        column.text(words["paid_up"], 12.5 * s, font="sans-bold", gap=gap)


def _money(agorot: int, language: str, cents: bool) -> str:
    """₪ and the amount kept together and left to right: "₪ 149.90" (on an RTL line the amount
    is read first, then the sign) or "₪149.90" in English; agorot shown when `cents`."""
    shekels, rest = divmod(agorot, 100)
    amount = f"{shekels:,}.{rest:02d}" if cents else f"{shekels:,}"
    return isolate(f"₪{NBSP}{amount}" if direction_for(language) == "rtl" else f"₪{amount}")
