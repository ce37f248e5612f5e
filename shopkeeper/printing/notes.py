"""Thank-you notes as a PDF: an A6 card, A5, four A6 notes on an A4 sheet, or a 62 mm label.

Each note has the shop's logo (or a small flower) at the top, the greeting in the handwriting
font, as large as its box allows, an optional coupon for the next order (its terms, its code as
text and as a QR code) and an optional return policy in small print.  Hebrew notes are laid out
right to left, English ones left to right.

Sizes: ``a6`` 105 × 148 mm; ``a5`` 148 × 210 mm (the A6 design, larger); ``a4x4`` four notes on
an A4 page, each 95 × 134 mm (A6 shrunk to leave margins a printer can reach), with cut marks in
the margins, never on a note; the notes fill the sheet from the top corner where their language
starts (top right in Hebrew), then the row below; ``label62`` a 62 mm continuous label roll
(Brother QL), as tall as the note needs.

Pages are drawn and written one at a time (``StreamingCanvas``), so a batch of ten thousand
notes takes little more memory than a hundred.  What every card repeats — the frame, the logo,
the return policy — is drawn once into a PDF form and placed on each page (a label's height
varies: its repeated parts are laid out once and drawn on each).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.lib.units import mm

from shopkeeper.printing.canvas import new_canvas
from shopkeeper.printing.drawing import draw_layout
from shopkeeper.printing.layout import direction_for, layout_paragraph
from shopkeeper.printing.note_coupon import draw_coupon
from shopkeeper.printing.note_parts import (
    INK,
    MUTED,
    SOFT,
    Logo,
    cached_layout,
    draw_cut_marks,
    draw_logo,
    draw_ornament,
)

SIZES = ("a6", "a5", "a4x4", "label62")
LABEL_WIDTH = 62 * mm
SHEET_CELL = (95 * mm, 95 * mm * A6[1] / A6[0])  # A6's proportions, 95 mm wide
CUT_GAP, CUT_LENGTH = 1.5 * mm, 5 * mm
TITLES = {"he": "פתקי תודה", "en": "Thank-you notes"}


def page_size(size: str) -> tuple[float, float]:
    """The page (width, height) in points a note PDF of this size is printed on."""
    return {"a6": A6, "a5": A5, "a4x4": A4, "label62": (LABEL_WIDTH, 100 * mm)}[size]


Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NoteContent:
    """One note, its text already filled in for its member."""

    body: str
    language: str = "he"
    return_policy: str = ""
    coupon: str | None = None  # the code
    coupon_offer: str = ""  # "10% הנחה בקנייה הבאה"
    coupon_until: str = ""  # "בתוקף עד 25/01/2027"
    coupon_hint: str = ""  # a preview's "דוגמה: …", under a sample code
    member_id: int | None = None

    @property
    def rtl(self) -> bool:
        return direction_for(self.language) == "rtl"


@dataclass(frozen=True)
class PrintedNotes:
    notes: int
    pages: int
    cancelled: bool = False

    def to_json(self, out: str) -> dict:
        return {"notes": self.notes, "out": out, "pages": self.pages}


def note_pdf(
    notes: Iterable[NoteContent],
    out: str | Path | BinaryIO,
    size: str = "a6",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    logo: Logo | None = None,
) -> PrintedNotes:
    """Write ``notes`` as one PDF to ``out`` (a path or a binary buffer).

    ``progress(done, total)`` is called after each page with the notes done so far (``total`` is
    0 when ``notes`` has no length); ``cancelled()`` is asked before each page, and when it turns
    true the run stops and nothing is written (a file already at ``out`` is left as it was).
    With no notes nothing is written either.
    Returns how many notes and pages were (or would have been) written."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    total = len(notes) if hasattr(notes, "__len__") else 0
    stream = iter(notes)
    first = next(stream, None)
    if first is None:
        return PrintedNotes(0, 0)
    stream = chain([first], stream)
    target, final = _target(out)
    pagesize = page_size(size)
    canvas = new_canvas(
        target,
        pagesize,
        title=TITLES.get(first.language, TITLES["en"]),
        language=first.language,
        streaming=True,
    )
    writer = _Writer(canvas, logo)
    done = pages = 0
    try:
        for group in _pages(stream, 4 if size == "a4x4" else 1):
            if cancelled is not None and cancelled():
                canvas.discard()
                _remove(target, final)
                return PrintedNotes(done, pages, cancelled=True)
            if size == "a4x4":
                writer.sheet(group)
            elif size == "label62":
                writer.label(group[0])
            else:
                writer.card(group[0], 0, 0, *pagesize)
            canvas.showPage()
            pages += 1
            done += len(group)
            if progress is not None:
                progress(done, total)
        canvas.save()
    except BaseException:
        canvas.discard()
        _remove(target, final)
        raise
    if final is not None:
        os.replace(target, final)
    return PrintedNotes(done, pages)


def _pages(notes: Iterator[NoteContent], per_page: int) -> Iterator[list[NoteContent]]:
    group: list[NoteContent] = []
    for note in notes:
        group.append(note)
        if len(group) == per_page:
            yield group
            group = []
    if group:
        yield group


def _target(out: str | Path | BinaryIO) -> tuple[str | BinaryIO, Path | None]:
    """Where the canvas writes, and the path it becomes once complete (None for a buffer)."""
    if hasattr(out, "write"):
        return out, None
    final = Path(out)
    return str(final.with_name(final.name + ".part")), final


def _remove(target, final: Path | None) -> None:
    if final is not None:
        with contextlib.suppress(OSError):
            os.remove(target)


# ---------------------------------------------------------------- drawing


class _Writer:
    """Draws notes on one canvas; keeps the forms it made for what repeats."""

    def __init__(self, canvas, logo: Logo | None) -> None:
        self.canvas = canvas
        self.logo = logo
        self.forms: set[str] = set()

    # a card: A6, A5 or a cell of the A4 sheet, everything scaled from the A6 design
    def card(self, note: NoteContent, x: float, y: float, width: float, height: float) -> None:
        canvas = self.canvas
        s = width / A6[0]
        side, top_pad, bottom_pad = 11 * mm * s, 10 * mm * s, 8 * mm * s
        inner = width - 2 * side
        header = (15 + 4) * mm * s if self.logo else 7 * mm * s
        policy = 8 * mm * s if note.return_policy else 0.0
        coupon = 22 * mm * s if note.coupon else 0.0

        name = self._card_form(note, width, height, s, side, top_pad, bottom_pad, policy)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(name)
        canvas.restoreState()

        floor = y + bottom_pad + (policy + 2.5 * mm * s if policy else 0.0)
        if note.coupon:
            draw_coupon(canvas, note, x + side, floor, inner, coupon, s)
            floor += coupon + 3 * mm * s
        top = y + height - top_pad - header
        direction = "rtl" if note.rtl else "ltr"
        body = layout_paragraph(
            note.body,
            inner,
            top - floor,
            font="hand",
            size=15 * s,
            min_size=7 * s,
            direction=direction,
            align="center",
            valign="middle",
            leading=1.38,
        )
        draw_layout(canvas, body, x + side, top, color=INK)

    def _card_form(self, note, width, height, s, side, top_pad, bottom_pad, policy) -> str:
        """The frame, the logo or flower and the return policy, drawn once per run."""
        key = repr((round(width, 2), round(height, 2), note.language, note.return_policy))
        name = "note-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        if name in self.forms:
            return name
        canvas = self.canvas
        canvas.beginForm(name, 0, 0, width, height)
        inset = 4.5 * mm * s
        canvas.setStrokeColor(SOFT)
        canvas.setLineWidth(0.9 * s)
        canvas.roundRect(inset, inset, width - 2 * inset, height - 2 * inset, 3 * mm * s)
        top = height - top_pad
        if self.logo:
            draw_logo(canvas, self.logo, side, top, width - 2 * side, 15 * mm * s)
        else:
            draw_ornament(canvas, width / 2, top - 2.5 * mm * s, s)
        if policy:
            layout = cached_layout(
                note.return_policy,
                width - 2 * side,
                policy,
                font="sans",
                size=6.5 * s,
                min_size=5 * s,
                direction="rtl" if note.rtl else "ltr",
                align="center",
                valign="bottom",
                leading=1.25,
            )
            draw_layout(canvas, layout, side, bottom_pad + policy, color=MUTED)
        canvas.endForm()
        self.forms.add(name)
        return name

    # four notes on an A4 sheet, with cut marks in the margins
    def sheet(self, group: list[NoteContent]) -> None:
        cells = sheet_cells(group[0].rtl)
        for note, (x, y) in zip(group, cells, strict=False):
            self.card(note, x, y, *SHEET_CELL)
        cw, ch = SHEET_CELL
        left, bottom = min(x for x, _ in cells), min(y for _, y in cells)
        draw_cut_marks(
            self.canvas,
            [left, left + cw, left + 2 * cw],
            [bottom, bottom + ch, bottom + 2 * ch],
            gap=CUT_GAP,
            length=CUT_LENGTH,
        )

    # a 62 mm label, as tall as the note
    def label(self, note: NoteContent) -> None:
        canvas = self.canvas
        width = LABEL_WIDTH
        side, top_pad, bottom_pad, gap = 4 * mm, 5 * mm, 5 * mm, 3 * mm
        inner = width - 2 * side
        direction = "rtl" if note.rtl else "ltr"
        body = layout_paragraph(
            note.body,
            inner,
            None,
            font="hand",
            size=11,
            direction=direction,
            align="center",
            leading=1.35,
        )
        policy = None
        if note.return_policy:
            policy = cached_layout(
                note.return_policy,
                inner,
                None,
                font="sans",
                size=6,
                direction=direction,
                align="center",
                leading=1.25,
                max_lines=4,
            )
        header = 12 * mm if self.logo else 5 * mm
        coupon = 20 * mm if note.coupon else 0.0
        height = top_pad + header + gap + body.height + bottom_pad
        height += coupon + gap if coupon else 0.0
        height += policy.height + gap if policy else 0.0
        height = max(height, 40 * mm)
        canvas.setPageSize((width, height))
        top = height - top_pad
        if self.logo:
            draw_logo(canvas, self.logo, side, top, inner, header)
        else:
            draw_ornament(canvas, width / 2, top - 2 * mm, 0.9)
        top -= header + gap
        draw_layout(canvas, body, side, top, color=INK)
        top -= body.height + gap
        if note.coupon:
            draw_coupon(self.canvas, note, side, top - coupon, inner, coupon, 20 / 22)
            top -= coupon + gap
        if policy:
            draw_layout(canvas, policy, side, top, color=MUTED)


def sheet_cells(rtl: bool) -> list[tuple[float, float]]:
    """Bottom-left corners of the four notes on an A4 sheet, in filling order: the top row
    first, starting on the right for a right-to-left language."""
    cw, ch = SHEET_CELL
    left = (A4[0] - 2 * cw) / 2
    bottom = (A4[1] - 2 * ch) / 2
    columns = [left + cw, left] if rtl else [left, left + cw]
    return [(x, bottom + ch) for x in columns] + [(x, bottom) for x in columns]
