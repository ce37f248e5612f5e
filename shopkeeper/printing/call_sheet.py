"""A printed call list: an A4 table of whom to call, with room to write down what came of it.

One row per member (name, phone, and the list's own columns: last purchase, days, 12-month
spend and visits for win-back), then empty "result" and "notes" columns to fill in by hand.
The first column is on the reading side (right in Hebrew); phones, dates and amounts stay left
to right.  The header row repeats on every page, and each page says which of how many it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from shopkeeper.printing.canvas import new_canvas
from shopkeeper.printing.drawing import draw_layout
from shopkeeper.printing.layout import direction_for, isolate, layout_paragraph
from shopkeeper.touch.call_columns import (
    TITLES,
    CallEntry,
    Column,
    cell_value,
    columns_for,
    list_kind,
)

MARGIN = 12 * mm
TITLE_HEIGHT = 19 * mm
HEAD_HEIGHT = 11 * mm
ROW_HEIGHT = 9 * mm
FOOTER_HEIGHT = 8 * mm
PAD = 1.6 * mm
TEXT_SIZE = 9.5
GREY = Color(0.35, 0.35, 0.35)
LINES = Color(0.62, 0.62, 0.62)
HEAD_FILL = Color(0.9, 0.9, 0.9)
STRIPE = Color(0.965, 0.965, 0.965)
NBSP = "\u00a0"

WORDS = {
    "he": {
        "count": "{count} ברשימה · הודפס {day}",
        "page": "עמוד {page} מתוך {pages}",
        "empty": "אין למי להתקשר ברשימה הזאת.",
    },
    "en": {
        "count": "{count} on the list · printed {day}",
        "page": "Page {page} of {pages}",
        "empty": "Nobody to call on this list.",
    },
}


def rows_per_page() -> int:
    """How many members fit on one A4 page."""
    room = A4[1] - 2 * MARGIN - TITLE_HEIGHT - HEAD_HEIGHT - FOOTER_HEIGHT
    return int(room // ROW_HEIGHT)


def write_call_sheet(
    shop,
    entries: Sequence[CallEntry],
    path: str | Path | BinaryIO,
    *,
    title: str | None = None,
    language: str | None = None,
    empty: str = "winback",
) -> int:
    """Write the call list `entries` (all of one kind; an empty one is of kind `empty`) to `path`
    as an A4 PDF; returns the number of pages.  `title` defaults to the list's name, `language`
    (he or en) to the shop's."""
    language = "en" if (language or shop.settings.language) == "en" else "he"
    words = WORDS[language]
    title = title or TITLES[language][list_kind(entries, empty)]
    columns = [c for c in columns_for(entries, empty) if c.printed]
    per_page = rows_per_page()
    pages = max(1, -(-len(entries) // per_page))
    canvas = new_canvas(path, A4, title=title, language=language)
    sheet = _Sheet(canvas, columns, language)
    subtitle = words["count"].format(
        count=isolate(len(entries)), day=isolate(f"{shop.now().date():%d/%m/%Y}")
    )
    for page in range(pages):
        top = A4[1] - MARGIN
        sheet.heading(shop.settings.shop_name, title, subtitle, top)
        top -= TITLE_HEIGHT
        sheet.head_row(top)
        top -= HEAD_HEIGHT
        chunk = entries[page * per_page : (page + 1) * per_page]
        for index, entry in enumerate(chunk):
            sheet.row(entry, top, striped=index % 2 == 1)
            top -= ROW_HEIGHT
        if not entries:
            sheet.text(words["empty"], MARGIN, top - 4 * mm, A4[0] - 2 * MARGIN, color=GREY)
        footer = words["page"].format(page=isolate(page + 1), pages=isolate(pages))
        sheet.text(footer, MARGIN, MARGIN + 3 * mm, A4[0] - 2 * MARGIN, size=8, align="center")
        canvas.showPage()
    canvas.save()
    return pages


class _Sheet:
    """Draws the parts of a page; the column edges are worked out once."""

    def __init__(self, canvas, columns: Sequence[Column], language: str) -> None:
        self.canvas = canvas
        self.columns = columns
        self.language = language
        self.direction = direction_for(language)
        width = A4[0] - 2 * MARGIN
        total = sum(c.width for c in columns)
        widths = [width * c.width / total for c in columns]
        self.cells: list[tuple[Column, float, float]] = []  # (column, left x, width)
        edge = A4[0] - MARGIN if self.direction == "rtl" else MARGIN
        for column, w in zip(columns, widths, strict=True):
            if self.direction == "rtl":
                edge -= w
                self.cells.append((column, edge, w))
            else:
                self.cells.append((column, edge, w))
                edge += w

    def text(self, text, x, top, width, *, size=TEXT_SIZE, font="sans", align=None, color=None):
        layout = layout_paragraph(
            text, width, font=font, size=size, direction=self.direction, align=align
        )
        draw_layout(self.canvas, layout, x, top, color=color)

    def heading(self, shop_name: str, title: str, subtitle: str, top: float) -> None:
        width = A4[0] - 2 * MARGIN
        if shop_name:
            self.text(isolate(shop_name), MARGIN, top, width, size=9, color=GREY)
            top -= 4.5 * mm
        self.text(title, MARGIN, top, width, size=15, font="sans-bold")
        self.text(subtitle, MARGIN, top - 7.5 * mm, width, size=9, color=GREY)

    def head_row(self, top: float) -> None:
        self._box(top, HEAD_HEIGHT, HEAD_FILL)
        for column, x, width in self.cells:
            title = column.title(self.language)
            self._cell(title, x, width, top, HEAD_HEIGHT, "sans-medium", 8.5, leading=1.1)

    def row(self, entry: CallEntry, top: float, *, striped: bool) -> None:
        self._box(top, ROW_HEIGHT, STRIPE if striped else None)
        for column, x, width in self.cells:
            shown = _shown(column, cell_value(column, entry, self.language), self.language)
            if shown:
                align = None if column.kind == "text" else "center"
                self._cell(shown, x, width, top, ROW_HEIGHT, "sans", TEXT_SIZE, align)

    def _cell(self, text, x, width, top, height, font, size, align=None, leading=1.25) -> None:
        layout = layout_paragraph(
            text,
            width - 2 * PAD,
            height - 2 * PAD,
            font=font,
            size=size,
            min_size=size - 2,
            direction=self.direction,
            align=align,
            valign="middle",
            leading=leading,
            max_lines=2,
        )
        draw_layout(self.canvas, layout, x + PAD, top - PAD)

    def _box(self, top: float, height: float, fill) -> None:
        canvas = self.canvas
        canvas.saveState()
        canvas.setStrokeColor(LINES)
        canvas.setLineWidth(0.5)
        if fill is not None:
            canvas.setFillColor(fill)
        for _column, x, width in self.cells:
            canvas.rect(x, top - height, width, height, stroke=1, fill=fill is not None)
        canvas.restoreState()


def _shown(column: Column, value: object, language: str) -> str:
    """A cell's text: phones, dates and amounts isolated so they read left to right, a name in
    its own direction, a note in the sheet's ("Dana's order מוכנה" reads from the right on a
    Hebrew sheet)."""
    if column.kind == "blank":
        return ""
    if value is None:
        return "—" if column.kind in ("date", "count") else ""
    if column.kind == "date" and isinstance(value, date):
        return isolate(f"{value:%d/%m/%Y}")
    if column.kind == "money":
        shekels = (int(value) + 50) // 100
        return isolate(f"₪{NBSP}{shekels:,}" if language == "he" else f"₪{shekels:,}")
    if column.kind == "text" and column.key != "name":  # a note: in the sheet's direction
        return isolate(value, direction_for(language))
    return isolate(value)
