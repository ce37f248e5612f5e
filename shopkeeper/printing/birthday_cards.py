"""Birthday cards: an A6 page with balloons, a coloured border, the greeting in the handwriting
font and, when given, a gift code as text and as a QR code.

``write_birthday_card`` takes the greeting from the shop's birthday template (the member's, a
child's or a pet's, worded for them) and writes the PDF; ``draw_birthday_card`` draws plain data
(``BirthdayCard``).  Hebrew cards are laid out right to left, English ones left to right; the code
is always left to right.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm

from shopkeeper.files import replaced_whole
from shopkeeper.printing.canvas import new_canvas
from shopkeeper.printing.drawing import draw_layout
from shopkeeper.printing.layout import direction_for, isolate, layout_paragraph
from shopkeeper.printing.note_parts import cached_layout, draw_qr

# the look: a warm ink and four party colours
INK = HexColor("#3A2E39")
MUTED = HexColor("#7D7080")
CORAL = HexColor("#E8665A")
GOLD = HexColor("#F2B134")
TEAL = HexColor("#2A9D8F")
PLUM = HexColor("#7B5EA7")
PINK = HexColor("#EF8FB0")
CODE_INK = HexColor("#8A2F3C")

TITLES = {"he": "יום הולדת שמח!", "en": "Happy Birthday!"}
GIFT = {"he": "מתנה ליום ההולדת, בקנייה הבאה", "en": "A birthday gift for your next visit"}
DOCUMENT = {"he": "כרטיס יום הולדת", "en": "Birthday card"}

WIDTH, HEIGHT = A6
SIDE = 12 * mm  # text keeps this far from the page's sides
BORDER = 5 * mm  # the coloured frame's inset
BALLOONS_TOP = 11 * mm  # from the page's top
TITLE_TOP = 50 * mm
TITLE_HEIGHT = 13 * mm
BODY_TOP = TITLE_TOP + TITLE_HEIGHT + 3 * mm
BOTTOM = 13 * mm
COUPON_HEIGHT = 25 * mm

# (x, y from the top, kind, colour) of the confetti, in mm; kind 0 dot, 1 square, 2 streamer
_CONFETTI = (
    (11, 12, 0, GOLD),
    (18, 22, 1, TEAL),
    (10, 32, 2, PINK),
    (22, 9, 2, PLUM),
    (94, 12, 0, TEAL),
    (87, 22, 1, CORAL),
    (95, 33, 2, GOLD),
    (83, 9, 2, PINK),
    (10, 136, 1, CORAL),
    (18, 141, 0, PLUM),
    (95, 136, 1, PLUM),
    (87, 141, 0, GOLD),
    (30, 38, 0, CORAL),
    (75, 40, 0, TEAL),
)


@dataclass(frozen=True)
class BirthdayCard:
    """What one birthday card says."""

    text: str  # the greeting, values already isolated
    language: str = "he"
    coupon_code: str | None = None

    @property
    def rtl(self) -> bool:
        return direction_for(self.language) == "rtl"


def write_birthday_card(
    shop,
    member_id: int,
    path: str | Path,
    *,
    child: str | None = None,
    pet: str | None = None,
    language: str | None = None,
    coupon_code: str | None = None,
    show_age: bool = False,
) -> Path:
    """Write the birthday card of member ``member_id`` (or of their child or pet) to ``path``
    as an A6 PDF; returns the path.  The age is printed only with ``show_age`` (the lines of
    the greeting that tell it are left out otherwise).  Raises MemberNotFound /
    SubjectNotFound."""
    greeting = shop.greetings.compose(
        member_id,
        "birthday",
        child=child,
        pet=pet,
        language=language,
        isolated=True,
        show_age=show_age,
    )
    used = language or shop.settings.get("language") or "he"
    code = (coupon_code or "").strip() or None
    with replaced_whole(path) as part:
        draw_birthday_card(BirthdayCard(greeting.text, used, code), part)
    return Path(path)


def draw_birthday_card(card: BirthdayCard, target) -> None:
    """Write ``card`` as a one-page A6 PDF to ``target`` (a path or a binary buffer)."""
    language = card.language if card.language in TITLES else "en"
    canvas = new_canvas(target, A6, title=DOCUMENT[language], language=language)
    _frame(canvas)
    _confetti(canvas)
    _balloons(canvas, WIDTH / 2, HEIGHT - BALLOONS_TOP)
    direction = "rtl" if card.rtl else "ltr"
    inner = WIDTH - 2 * SIDE
    title = cached_layout(
        TITLES[language],
        inner,
        TITLE_HEIGHT,
        font="hand",
        size=24,
        min_size=14,
        direction=direction,
        align="center",
        valign="middle",
    )
    draw_layout(canvas, title, SIDE, HEIGHT - TITLE_TOP, color=CORAL)
    floor = BOTTOM
    if card.coupon_code:
        _coupon(canvas, card, SIDE, floor, inner, COUPON_HEIGHT)
        floor += COUPON_HEIGHT + 4 * mm
    top = HEIGHT - BODY_TOP
    body = layout_paragraph(
        card.text,
        inner,
        top - floor,
        font="hand",
        size=13 if card.coupon_code else 16,
        min_size=7,
        direction=direction,
        align="center",
        valign="middle",
        leading=1.4,
    )
    draw_layout(canvas, body, SIDE, top, color=INK)
    canvas.showPage()
    canvas.save()


# ---------------------------------------------------------------- decoration


def _frame(canvas) -> None:
    """A coral frame with a dashed gold line inside it."""
    canvas.saveState()
    canvas.setStrokeColor(CORAL)
    canvas.setLineWidth(2.4)
    canvas.roundRect(BORDER, BORDER, WIDTH - 2 * BORDER, HEIGHT - 2 * BORDER, 4 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.setDash(4, 3)
    inset = BORDER + 2.2 * mm
    canvas.roundRect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset, 3 * mm)
    canvas.restoreState()


def _confetti(canvas) -> None:
    canvas.saveState()
    for x_mm, y_mm, kind, colour in _CONFETTI:
        x, y = x_mm * mm, HEIGHT - y_mm * mm
        canvas.setFillColor(colour)
        canvas.setStrokeColor(colour)
        if kind == 0:
            canvas.circle(x, y, 1.1 * mm, stroke=0, fill=1)
        elif kind == 1:
            canvas.saveState()
            canvas.translate(x, y)
            canvas.rotate(25 + 10 * x_mm % 40)
            canvas.rect(-1 * mm, -1 * mm, 2 * mm, 2 * mm, stroke=0, fill=1)
            canvas.restoreState()
        else:
            canvas.setLineWidth(0.9)
            path = canvas.beginPath()
            path.moveTo(x - 2 * mm, y)
            path.curveTo(x - 1 * mm, y + 1.5 * mm, x + 1 * mm, y - 1.5 * mm, x + 2 * mm, y)
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


# (centre x offset, centre y offset from the cluster's top, colour, tilt) of each balloon, in mm
_BALLOONS = ((-13, -11, TEAL, 12), (13, -11, GOLD, -12), (0, -8, CORAL, 0))


def _balloons(canvas, centre_x: float, top: float) -> None:
    """Three balloons on strings that meet below them, under a small bow."""
    knot_y = top - 37 * mm
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    for dx, dy, _colour, _tilt in _BALLOONS:
        bx, by = centre_x + dx * mm, top + dy * mm - 9.5 * mm
        path = canvas.beginPath()
        path.moveTo(bx, by)
        path.curveTo(bx - 2 * mm, by - 6 * mm, centre_x + 2 * mm, knot_y + 8 * mm, centre_x, knot_y)
        canvas.drawPath(path, stroke=1, fill=0)
    for dx, dy, colour, tilt in _BALLOONS:
        _balloon(canvas, centre_x + dx * mm, top + dy * mm, colour, tilt)
    _bow(canvas, centre_x, knot_y)
    canvas.restoreState()


def _balloon(canvas, x: float, y: float, colour, tilt: float) -> None:
    """One balloon centred on (x, y): body, knot and a light shine."""
    w, h = 13 * mm, 16 * mm
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(tilt)
    canvas.setFillColor(colour)
    canvas.ellipse(-w / 2, -h / 2, w / 2, h / 2, stroke=0, fill=1)
    knot = canvas.beginPath()
    knot.moveTo(0, -h / 2 + 0.3 * mm)
    knot.lineTo(-1.3 * mm, -h / 2 - 1.6 * mm)
    knot.lineTo(1.3 * mm, -h / 2 - 1.6 * mm)
    knot.close()
    canvas.drawPath(knot, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFillAlpha(0.55)
    canvas.ellipse(-w / 2 + 2 * mm, 1.5 * mm, -w / 2 + 4.4 * mm, 5.5 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _bow(canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setFillColor(PLUM)
    for side in (-1, 1):
        loop = canvas.beginPath()
        loop.moveTo(x, y)
        loop.curveTo(x + side * 3 * mm, y + 2.2 * mm, x + side * 3 * mm, y - 2.2 * mm, x, y)
        canvas.drawPath(loop, stroke=0, fill=1)
    canvas.circle(x, y, 0.8 * mm, stroke=0, fill=1)
    canvas.restoreState()


# ---------------------------------------------------------------- the gift code


def _coupon(canvas, card: BirthdayCard, x: float, y: float, width: float, height: float):
    """A dashed box: the QR code on the side the text ends, the offer and the code beside it."""
    canvas.saveState()
    canvas.setStrokeColor(PLUM)
    canvas.setLineWidth(0.9)
    canvas.setDash(3, 2)
    canvas.roundRect(x, y, width, height, 2.5 * mm)
    canvas.restoreState()
    pad = 2.6 * mm
    qr = height - 2 * pad
    qr_x = x + pad if card.rtl else x + width - pad - qr
    draw_qr(canvas, card.coupon_code, qr_x, y + pad, qr, color=INK)
    column_x = x + (qr + 2 * pad if card.rtl else pad)
    column = width - qr - 3 * pad
    direction = "rtl" if card.rtl else "ltr"
    language = card.language if card.language in GIFT else "en"
    offer = cached_layout(
        GIFT[language],
        column,
        None,
        font="sans-medium",
        size=8.5,
        direction=direction,
        align="center",
        max_lines=2,
    )
    code = layout_paragraph(
        isolate(card.coupon_code),
        column,
        None,
        font="sans-bold",
        size=13,
        min_size=7,
        direction=direction,
        align="center",
        max_lines=1,
    )
    gap = 1.5 * mm
    total = offer.height + gap + code.height
    top = y + (height + total) / 2
    draw_layout(canvas, offer, column_x, top, color=INK)
    draw_layout(canvas, code, column_x, top - offer.height - gap, color=CODE_INK)
