"""Member cards: credit-card size (ID-1, 85.6 × 54 mm), one per page or ten on an A4 sheet.

The PDF side takes plain data (``CardData``); ``card_data`` gathers it from a shop.  The card
carries the shop's logo (when it has one) and name in a header band, the member's name, number and tier, and a Code 128
barcode (or a QR code) of the member number: the counter's search treats scanned digits + Enter
as a member number, so scanning the card opens the member.

Hebrew cards are laid out right to left, English ones left to right; the number and the
barcode are always left to right.  On a sheet the cards fill rows from the start side (top
right in Hebrew), with cut marks in the margins and gaps around each card, never over one.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from shopkeeper.printing.canvas import new_canvas
from shopkeeper.printing.card_design import (  # noqa: F401 - also re-exports the card's look
    ACCENT,
    ACCENT_TEXT,
    BAND,
    BAND_HEIGHT,
    BAND_SUBTEXT,
    BAND_TEXT,
    BARCODE_HEIGHT,
    BARCODE_MODULE,
    BOTTOM_PAD,
    CARD_HEIGHT,
    CARD_SIZE,
    CARD_WIDTH,
    INK,
    LABELS,
    MUTED,
    NAME_HEIGHT,
    NAME_MIN,
    NAME_ONE_LINE_MIN,
    NAME_SIZE,
    PAD,
    QR_SIZE,
    STRIPE,
    CodeKind,
    _language,
    code128_modules,
    draw_card,
    qr_matrix,
)
from shopkeeper.printing.layout import direction_for
from shopkeeper.printing.note_parts import Logo, shop_logo_or_none
from shopkeeper.printing.templates import tier_name

# an A4 sheet: 2 columns × 5 rows with gaps for the cut marks, centred on the page
SHEET_COLUMNS, SHEET_ROWS = 2, 5
PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
COLUMN_GAP = 8 * mm
ROW_GAP = 3.5 * mm
MARK_OFFSET = 0.8 * mm  # a cut mark starts this far from the card's edge …
MARK_LENGTH = 4 * mm  # … and runs at most this long
MARK_PAGE_CLEARANCE = 1.5 * mm  # and stops this far from the page's edge
MARKS = HexColor("#333333")


@dataclass(frozen=True)
class CardData:
    """Everything printed on one member card."""

    shop_name: str
    name: str
    number: int
    tier: str
    language: str  # "he" or "en": labels and layout direction
    logo: Logo | None = field(default=None, compare=False)  # drawn in the band's start corner

    @property
    def code(self) -> str:
        """What the barcode holds: the member number, as the counter's search reads it."""
        return str(self.number)


def card_data(shop, member_id: int, language: str | None = None) -> CardData:
    """The card of member ``member_id`` (MemberNotFound if unknown), in the shop's language
    unless ``language`` is given; a default tier's Hebrew name follows the member's form of
    address, as on their notes."""
    member = shop.members.get(member_id)
    language = _language(language or shop.settings.language)
    tier = shop.loyalty.tier(member_id).name
    return CardData(
        shop_name=shop.settings.shop_name,
        name=member.full_name,
        number=member.number,
        tier=tier_name(tier, language, member.address_form),
        language=language,
        logo=shop_logo_or_none(shop),
    )


def write_cards(
    target: str | Path | BinaryIO,
    cards: Sequence[CardData],
    *,
    sheet: bool = False,
    code: CodeKind = "code128",
) -> int:
    """Write the cards as a PDF: one card-size page each, or (``sheet``) ten to an A4 page.
    Returns the number of pages."""
    if not cards:
        raise ValueError("no cards to print")
    if code not in ("code128", "qr"):
        raise ValueError(f"code must be code128 or qr, not {code!r}")
    language = cards[0].language
    title = LABELS[_language(language)]["card"]
    canvas = new_canvas(target, A4 if sheet else CARD_SIZE, title=title, language=language)
    pages = 0
    if sheet:
        cells = sheet_cells(direction_for(language))
        for chunk in sheets(cards):
            for card, (x, y) in zip(chunk, cells, strict=False):
                draw_card(canvas, card, x, y, code=code)
            draw_cut_marks(canvas, cells[: len(chunk)])
            canvas.showPage()
            pages += 1
    else:
        for card in cards:
            draw_card(canvas, card, 0, 0, code=code)
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages


def cards_pdf(
    cards: Sequence[CardData], *, sheet: bool = False, code: CodeKind = "code128"
) -> bytes:
    """The PDF of ``write_cards`` as bytes."""
    buffer = io.BytesIO()
    write_cards(buffer, cards, sheet=sheet, code=code)
    return buffer.getvalue()


# ---------------------------------------------------------------- the A4 sheet


def sheet_cells(direction: str = "rtl") -> list[tuple[float, float]]:
    """Bottom-left corners of the ten cards on an A4 page, in filling order: rows from the top,
    each from the start side (right for right-to-left)."""
    page_w, page_h = A4
    grid_w = SHEET_COLUMNS * CARD_WIDTH + (SHEET_COLUMNS - 1) * COLUMN_GAP
    grid_h = SHEET_ROWS * CARD_HEIGHT + (SHEET_ROWS - 1) * ROW_GAP
    left0 = (page_w - grid_w) / 2
    top0 = (page_h + grid_h) / 2
    columns = range(SHEET_COLUMNS)
    if direction == "rtl":
        columns = reversed(columns)
    order = list(columns)
    return [
        (left0 + c * (CARD_WIDTH + COLUMN_GAP), top0 - (r + 1) * CARD_HEIGHT - r * ROW_GAP)
        for r in range(SHEET_ROWS)
        for c in order
    ]


Segment = tuple[float, float, float, float]


def cut_marks(cells: Sequence[tuple[float, float]]) -> list[Segment]:
    """Short lines continuing each card's edges past its corners, kept clear of every card in
    ``cells`` and of the page edge."""
    slots = list(cells)
    page_w, page_h = A4
    segments: list[Segment] = []
    for x, y in cells:
        for cx, sx in ((x, -1), (x + CARD_WIDTH, 1)):
            for cy, sy in ((y, -1), (y + CARD_HEIGHT, 1)):
                # horizontal: along the edge y = cy, outward in x; vertical: along x = cx, outward in y
                room_x = _room(cx, sx, cy, slots, horizontal=True, limit=page_w)
                room_y = _room(cy, sy, cx, slots, horizontal=False, limit=page_h)
                for room, horizontal in ((room_x, True), (room_y, False)):
                    end = min(MARK_OFFSET + MARK_LENGTH, room)
                    if end - MARK_OFFSET < 0.5 * mm:
                        continue
                    if horizontal:
                        a, b = cx + sx * MARK_OFFSET, cx + sx * end
                        segments.append((min(a, b), cy, max(a, b), cy))
                    else:
                        a, b = cy + sy * MARK_OFFSET, cy + sy * end
                        segments.append((cx, min(a, b), cx, max(a, b)))
    return segments


def _room(edge: float, sign: int, across: float, slots, *, horizontal: bool, limit: float) -> float:
    """How far a mark may run from ``edge`` in direction ``sign`` along the line at ``across``:
    up to the page's edge less the clearance, or to a card less the mark offset."""
    room = (limit - edge if sign > 0 else edge) - MARK_PAGE_CLEARANCE
    for sx, sy in slots:
        lo, hi = (sx, sx + CARD_WIDTH) if horizontal else (sy, sy + CARD_HEIGHT)
        span_lo, span_hi = (sy, sy + CARD_HEIGHT) if horizontal else (sx, sx + CARD_WIDTH)
        if not span_lo - 1e-6 <= across <= span_hi + 1e-6:
            continue  # this slot does not sit on the mark's line
        distance = lo - edge if sign > 0 else edge - hi
        if distance > 1e-6:
            room = min(room, distance - MARK_OFFSET)
    return room


def draw_cut_marks(canvas, cells: Sequence[tuple[float, float]]) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MARKS)
    canvas.setLineWidth(0.4)
    for x1, y1, x2, y2 in cut_marks(cells):
        canvas.line(x1, y1, x2, y2)
    canvas.restoreState()


def sheets(cards: Sequence[CardData]) -> Iterator[Sequence[CardData]]:
    """The cards in groups of one A4 sheet."""
    for start in range(0, len(cards), PER_SHEET):
        yield cards[start : start + PER_SHEET]
