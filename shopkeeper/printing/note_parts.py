"""The pieces a thank-you note is drawn from: the look, the logo, the QR code, cut marks.

Logos: the shop's PNG or JPEG as kept in the settings (read and checked by shopkeeper.logo, the
one reader of logo files), drawn through reportlab's image support.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from shopkeeper.errors import UnsupportedLogo
from shopkeeper.logo import LogoImage, decode_logo
from shopkeeper.printing.drawing import draw_layout
from shopkeeper.printing.layout import Layout, layout_paragraph

# the look: warm ink on white, a dusty-rose accent
INK = HexColor("#33283A")
ACCENT = HexColor("#B4586E")
SOFT = HexColor("#E9C3CB")
MUTED = HexColor("#857A8A")
CODE_INK = HexColor("#7A2E45")
MARKS = HexColor("#222222")


@dataclass(frozen=True)
class Logo:
    """A shop logo ready to draw: its natural size in points and its image."""

    width: float
    height: float
    source: object  # an ImageReader


def logo_from_image(image: LogoImage) -> Logo:
    """The shop's logo as kept in the database (already checked), ready to draw."""
    return _image_logo(image.encoded())


@lru_cache(maxsize=4)
def _image_logo(encoded: str) -> Logo:
    image = decode_logo(encoded)
    reader = ImageReader(io.BytesIO(image.data))
    width, height = reader.getSize()
    return Logo(float(width), float(height), reader)


def shop_logo_or_none(shop) -> Logo | None:
    """The shop's logo for a printout, or None when there is none or it cannot be read (a card
    or a slip then prints without it rather than not at all)."""
    try:
        image = shop.settings.logo()
    except UnsupportedLogo:
        return None
    return logo_from_image(image) if image else None


def draw_logo(canvas, logo: Logo, x: float, top: float, width: float, height: float) -> float:
    """Draw the logo centred in the box (x, top, width, height), as large as fits without
    stretching; returns the height it took."""
    scale = min(width / logo.width, height / logo.height)
    w, h = logo.width * scale, logo.height * scale
    left, bottom = x + (width - w) / 2, top - h
    canvas.drawImage(logo.source, left, bottom, w, h, mask="auto")
    return h


# ---------------------------------------------------------------- QR code


@lru_cache(maxsize=64)
def qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR symbol of ``value`` (error correction M) as (modules per side, dark runs
    (row, first column, length)): one rectangle per run of dark modules draws it fast."""
    modules = qr_modules(value)
    runs = [
        (r, run.start(), run.end() - run.start())
        for r, row in enumerate(modules)
        for run in _DARK_RUN.finditer(bytes(row))
    ]
    return len(modules), tuple(runs)


_DARK_RUN = re.compile(b"\x01+")


def qr_modules(value: str) -> list[list[bool]]:
    """The QR symbol's modules, from reportlab's encoder (``QrCodeWidget``), choosing the data
    mask with the standard's penalty rules as reportlab does, but scored on whole rows as bits:
    some ten times faster, which matters when every note of a batch carries its own code."""
    qr = QrCodeWidget(value, barLevel="M").qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(True, 0)  # function patterns, data under mask 0, format bits left light
    count = qr.moduleCount
    masks = _mask_rows(qr)
    base = [_bits(row) ^ under for row, under in zip(qr.modules, masks[0], strict=True)]
    best = min(
        range(8),
        key=lambda m: (_penalty([b ^ k for b, k in zip(base, masks[m], strict=True)], count), m),
    )
    qr.makeImpl(False, best)
    return qr.modules


def _bits(row: list) -> int:
    """A row of modules as an int, bit c = column c."""
    return int(bytes(reversed(row)).translate(_DIGITS), 2)


_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


_MASKS: dict[int, tuple[tuple[int, ...], ...]] = {}


def _mask_rows(qr) -> tuple[tuple[int, ...], ...]:
    """Per mask pattern, per row: the bits of the data modules that pattern flips."""
    count = qr.moduleCount
    found = _MASKS.get(count)
    if found is None:
        rows = [[0] * count for _ in range(8)]
        for col, row in qr.dataPosIterator():
            for m in range(8):
                if QRUtil.getMask(m)(row, col):
                    rows[m][row] |= 1 << col
        found = _MASKS[count] = tuple(tuple(r) for r in rows)
    return found


_SAME_RUN = re.compile("0{5,}|1{5,}")
_FINDER_LIKE = ("10111010000", "00001011101")


def _penalty(rows: list[int], n: int) -> int:
    """The QR standard's four penalty rules on rows given as bits (bit c = column c)."""
    lines = [format(row, f"0{n}b")[::-1] for row in rows]
    lines += ["".join(column) for column in zip(*lines, strict=True)]
    text = "2".join(lines)  # a separator no rule matches: runs and patterns stay in a line
    runs = _SAME_RUN.findall(text)
    score = sum(map(len, runs)) - 2 * len(runs)
    score += 40 * (text.count(_FINDER_LIKE[0]) + text.count(_FINDER_LIKE[1]))
    inside = (1 << (n - 1)) - 1
    for a, b in zip(rows, rows[1:], strict=False):
        block = ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & ~(a ^ b) & inside
        score += 3 * block.bit_count()
    dark = sum(row.bit_count() for row in rows)
    return score + 10 * (abs(100 * dark // (n * n) - 50) // 5)


def draw_qr(canvas, value: str, x: float, y: float, size: float, color=INK) -> None:
    """A QR code of ``value`` filling the square with its bottom-left corner at (x, y); keep
    white around it (a quiet zone of about four modules).

    The modules go into the page as one filled path in module units under a scaling matrix:
    a few hundred rectangles, written directly rather than through ``canvas.rect``, which
    formats every number the slow way."""
    count, runs = qr_runs(value)
    module = size / count
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.transform(module, 0, 0, -module, x, y + size)  # origin top left, one unit a module
    # rows overlap by a hair so no white seams show between them at any zoom
    path = "\n".join(f"{column} {row - 0.03:.2f} {length} 1.06 re" for row, column, length in runs)
    canvas._code.append(path + "\nf")
    canvas.restoreState()


# ---------------------------------------------------------------- ornaments and marks


def draw_ornament(canvas, centre_x: float, y: float, scale: float) -> None:
    """A small flower between two short lines, centred on (centre_x, y)."""
    flower = cached_layout("✿", 100, font="symbols", size=11 * scale, align="center")
    line = flower.lines[0]
    canvas.saveState()
    canvas.setStrokeColor(SOFT)
    canvas.setLineWidth(0.8 * scale)
    half = line.width / 2 + 4 * scale
    canvas.line(centre_x - half - 18 * scale, y, centre_x - half, y)
    canvas.line(centre_x + half, y, centre_x + half + 18 * scale, y)
    canvas.restoreState()
    draw_layout(canvas, flower, centre_x - 50, y - flower.size * 0.35 + line.baseline, color=ACCENT)


def draw_cut_marks(
    canvas, xs: Sequence[float], ys: Sequence[float], *, gap: float, length: float
) -> None:
    """Cut marks outside the grid whose cut lines are ``xs`` × ``ys``: short strokes in the
    margins continuing each line, starting ``gap`` away from the grid."""
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    canvas.saveState()
    canvas.setStrokeColor(MARKS)
    canvas.setLineWidth(0.35)
    for x in xs:
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for y in ys:
        canvas.line(left - gap - length, y, left - gap, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()


# ---------------------------------------------------------------- layouts of repeated text


@lru_cache(maxsize=512)
def cached_layout(text: str, width: float, height: float | None = None, **options) -> Layout:
    """``layout_paragraph`` for text every note repeats (the return policy, the coupon's terms,
    ornaments): laid out once per run, not once per note.  Layouts are immutable."""
    return layout_paragraph(text, width, height, **options)
