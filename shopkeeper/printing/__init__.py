"""Printing: PDFs with correct Hebrew (no Qt).  Every PDF draws its text through ``layout``."""

from shopkeeper.printing.canvas import new_canvas
from shopkeeper.printing.fonts import FAMILIES, register_fonts
from shopkeeper.printing.layout import (
    Layout,
    Line,
    Run,
    direction_for,
    draw_layout,
    draw_paragraph,
    isolate,
    layout_paragraph,
    strip_bidi_controls,
)

__all__ = [
    "FAMILIES",
    "Layout",
    "Line",
    "Run",
    "direction_for",
    "draw_layout",
    "draw_paragraph",
    "isolate",
    "layout_paragraph",
    "new_canvas",
    "register_fonts",
    "strip_bidi_controls",
]
