"""Drawing one member card: the card's size and look, the header band with the shop's name
and the tier, the member's name and number, and the Code 128 barcode or QR code of the
member number.  Hebrew cards are laid out right to left; the number and the code are always
left to right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from reportlab.graphics.barcode import code128, qrencoder
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm

from shopkeeper.printing.layout import Layout, direction_for, draw_layout, isolate, layout_paragraph
from shopkeeper.printing.note_parts import Logo, draw_logo

if TYPE_CHECKING:
    from shopkeeper.printing.cards import CardData

CodeKind = Literal["code128", "qr"]

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
CARD_SIZE = (CARD_WIDTH, CARD_HEIGHT)

# the look
INK = HexColor("#1C2430")
MUTED = HexColor("#69788A")
BAND = HexColor("#1F4E5A")
BAND_TEXT = HexColor("#FFFFFF")
BAND_SUBTEXT = HexColor("#C9DCE0")
ACCENT = HexColor("#E3B448")
ACCENT_TEXT = HexColor("#2A2110")

PAD = 4.5 * mm  # side padding inside the card
BAND_HEIGHT = 15 * mm
STRIPE = 0.9 * mm  # the accent line under the band
BARCODE_HEIGHT = 10 * mm
BARCODE_MODULE = 0.45 * mm  # narrowest bar: wide enough for a cheap scanner at the counter
NAME_SIZE, NAME_ONE_LINE_MIN, NAME_MIN = 15.0, 10.5, 7.0
NAME_HEIGHT = 10.5 * mm  # two lines of the name at most
QR_SIZE = 25 * mm  # the symbol itself; the card around it is its quiet zone
BOTTOM_PAD = 4 * mm
LOGO_TILE = 11 * mm  # the logo's white tile in the band
LOGO_GAP = 2.5 * mm
LOGO_INSET = 0.9 * mm

LABELS = {
    "he": {"card": "כרטיס חבר מועדון", "number": "מס׳ חבר", "title": "מועדון לקוחות"},
    "en": {"card": "Member card", "number": "Member no.", "title": "Customer club"},
}


# ---------------------------------------------------------------- one card


def draw_card(canvas, card: CardData, x: float, y: float, *, code: CodeKind = "code128") -> None:
    """Draw one card with its bottom-left corner at (x, y)."""
    language = _language(card.language)
    labels = LABELS[language]
    direction = direction_for(language)
    rtl = direction == "rtl"
    inner = CARD_WIDTH - 2 * PAD
    canvas.saveState()

    # header band: shop name (and what the card is), tier as a label on the far side
    band_bottom = y + CARD_HEIGHT - BAND_HEIGHT
    canvas.setFillColor(BAND)
    canvas.rect(x, band_bottom, CARD_WIDTH, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(x, band_bottom, CARD_WIDTH, STRIPE, stroke=0, fill=1)
    pill_width = _draw_tier(canvas, card.tier, x, band_bottom + STRIPE / 2, direction)
    title_width = inner - (pill_width + 3 * mm if pill_width else 0)
    title_x = x + PAD + (CARD_WIDTH - 2 * PAD - title_width if rtl else 0)
    if card.logo is not None:  # a white tile in the start corner; the name moves beside it
        tile_x = x + CARD_WIDTH - PAD - LOGO_TILE if rtl else x + PAD
        _draw_logo_tile(canvas, card.logo, tile_x, band_bottom + STRIPE / 2)
        title_width -= LOGO_TILE + LOGO_GAP
        title_x += 0 if rtl else LOGO_TILE + LOGO_GAP
    band_mid = band_bottom + STRIPE / 2 + (BAND_HEIGHT - STRIPE / 2) / 2
    shop_name = card.shop_name.strip() or labels["title"]
    _line(
        canvas,
        isolate(shop_name),
        title_x,
        band_mid + 0.6 * mm,
        title_width,
        font="sans-bold",
        size=12.5,
        min_size=7,
        direction=direction,
        color=BAND_TEXT,
    )
    _line(
        canvas,
        labels["card"],
        title_x,
        band_mid - 4.2 * mm,
        title_width,
        font="sans",
        size=6.5,
        direction=direction,
        color=BAND_SUBTEXT,
    )

    # the member: name (shrinks, then wraps to two lines), number; the code below or beside
    content_top = band_bottom - 3.8 * mm
    text_x, text_width = x + PAD, inner
    if code == "qr":
        qr_x = x + PAD if rtl else x + CARD_WIDTH - PAD - QR_SIZE
        qr_y = y + (CARD_HEIGHT - BAND_HEIGHT - QR_SIZE) / 2
        _draw_qr(canvas, card.code, qr_x, qr_y, QR_SIZE)
        text_width = inner - QR_SIZE - 4 * mm
        if rtl:
            text_x = x + CARD_WIDTH - PAD - text_width
    name = _name_layout(card.name, text_width, direction)
    draw_layout(canvas, name, text_x, content_top, color=INK)
    number_baseline = content_top - name.height - 5.2 * mm
    _draw_number(canvas, labels["number"], card.code, text_x, number_baseline, text_width, rtl)
    if code == "code128":
        bars_x = None if rtl else x + PAD
        _draw_code128(canvas, card.code, bars_x, x + CARD_WIDTH - PAD, y + BOTTOM_PAD)
    canvas.restoreState()


def _draw_logo_tile(canvas, logo: Logo, x: float, band_base: float) -> None:
    """The shop's logo on a small white rounded tile, centred in the band's height."""
    bottom = band_base + (BAND_HEIGHT - STRIPE / 2 - LOGO_TILE) / 2
    canvas.setFillColor(BAND_TEXT)
    canvas.roundRect(x, bottom, LOGO_TILE, LOGO_TILE, 1.4 * mm, stroke=0, fill=1)
    box = LOGO_TILE - 2 * LOGO_INSET
    height = logo.height * min(box / logo.width, box / logo.height)
    draw_logo(canvas, logo, x + LOGO_INSET, bottom + (LOGO_TILE + height) / 2, box, box)


def _name_layout(name: str, width: float, direction: str) -> Layout:
    """The member's name: one line, shrinking from 15 pt to 10.5 pt; a name still too long
    wraps to two lines, shrinking on to 7 pt, then ends with an ellipsis."""
    one = layout_paragraph(
        isolate(name),
        width,
        font="sans-bold",
        size=NAME_SIZE,
        min_size=NAME_ONE_LINE_MIN,
        direction=direction,
        max_lines=1,
    )
    if not one.truncated:
        return one
    return layout_paragraph(
        isolate(name),
        width,
        NAME_HEIGHT,
        font="sans-bold",
        size=NAME_ONE_LINE_MIN,
        min_size=NAME_MIN,
        direction=direction,
        max_lines=2,
        leading=1.1,
    )


def _line(
    canvas,
    text: str,
    x: float,
    baseline: float,
    width: float,
    *,
    font: str,
    size: float,
    direction: str,
    color: Color,
    min_size: float | None = None,
) -> Layout:
    """One line of text in a box ``width`` wide, its baseline at ``baseline``; shrinks to
    ``min_size``, then ends with an ellipsis."""
    layout = layout_paragraph(
        text,
        width,
        font=font,
        size=size,
        min_size=min_size,
        direction=direction,
        max_lines=1,
    )
    if layout.lines:
        draw_layout(canvas, layout, x, baseline + layout.lines[0].baseline, color=color)
    return layout


def _draw_tier(canvas, tier: str, x: float, band_base: float, direction: str) -> float:
    """The tier as a small rounded label at the end side of the band; returns its width."""
    tier = tier.strip()
    if not tier:
        return 0.0
    size, height, side = 7.0, 5.2 * mm, 2.6 * mm
    layout = layout_paragraph(
        isolate(tier),
        30 * mm,
        font="sans-bold",
        size=size,
        min_size=5.5,
        direction=direction,
        max_lines=1,
    )
    text_width = layout.lines[0].width if layout.lines else 0.0
    width = text_width + 2 * side
    left = x + PAD if direction == "rtl" else x + CARD_WIDTH - PAD - width
    bottom = band_base + (BAND_HEIGHT - STRIPE / 2 - height) / 2
    canvas.setFillColor(ACCENT)
    canvas.roundRect(left, bottom, width, height, height / 2, stroke=0, fill=1)
    baseline = bottom + height / 2 - 0.36 * layout.size  # centre Rubik's cap height
    if layout.lines:
        line = layout.lines[0]
        top = baseline + line.baseline
        draw_layout(canvas, layout, left + side - line.x, top, color=ACCENT_TEXT)
    return width


def _draw_number(
    canvas, label: str, number: str, x: float, baseline: float, width: float, rtl: bool
) -> None:
    """ "Member no. 1234": the label muted, the number (left to right) in ink, at the start side."""
    direction = "rtl" if rtl else "ltr"
    caption = layout_paragraph(label, width, font="sans", size=7.5, direction=direction)
    value = layout_paragraph(isolate(number), width, font="sans-medium", size=11, direction="ltr")
    caption_width = caption.lines[0].width
    value_width = value.lines[0].width
    gap = 1.6 * mm
    if rtl:
        caption_x = x + width - caption_width
        value_x = caption_x - gap - value_width
    else:
        caption_x = x
        value_x = x + caption_width + gap
    draw_layout(
        canvas,
        caption,
        caption_x - caption.lines[0].x,
        baseline + caption.lines[0].baseline,
        color=MUTED,
    )
    draw_layout(
        canvas, value, value_x - value.lines[0].x, baseline + value.lines[0].baseline, color=INK
    )


def code128_modules(value: str) -> list[tuple[bool, int]]:
    """Code 128 of ``value`` (set C for digits) as (bar?, width in modules), left to right."""
    barcode = code128.Code128(value, humanReadable=False, quiet=False)
    barcode.validate()
    barcode.encode()
    barcode.decompose()
    return [(ch.isupper(), ord(ch.upper()) - ord("A") + 1) for ch in barcode.decomposed]


def _draw_code128(canvas, value: str, left: float | None, right: float, bottom: float) -> None:
    """Bars of ``value``; from ``left``, or ending at ``right`` when ``left`` is None."""
    modules = code128_modules(value)
    total = sum(width for _bar, width in modules) * BARCODE_MODULE
    at = left if left is not None else right - total
    canvas.setFillColor(INK)
    path = canvas.beginPath()
    for bar, width in modules:
        if bar:
            path.rect(at, bottom, width * BARCODE_MODULE, BARCODE_HEIGHT)
        at += width * BARCODE_MODULE
    canvas.drawPath(path, stroke=0, fill=1)


def qr_matrix(value: str) -> list[list[bool]]:
    """The QR code of ``value`` (error correction M), dark modules True, rows top to bottom."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    count = qr.getModuleCount()
    return [[bool(qr.isDark(r, c)) for c in range(count)] for r in range(count)]


def _draw_qr(canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code filling the square (x, y, size); the white around it is its quiet zone."""
    matrix = qr_matrix(value)
    count = len(matrix)
    module = size / count
    left, top = x, y + size
    canvas.setFillColor(INK)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < count:  # one rectangle per run of dark modules: smaller file, no seams
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect(
                    left + start * module, top - (r + 1) * module, (c - start) * module, module
                )
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)


def _language(language: str) -> str:
    return "he" if direction_for(language or "he") == "rtl" else "en"
