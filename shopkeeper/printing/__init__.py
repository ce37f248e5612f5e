"""Printing: PDFs with correct Hebrew (no Qt).  Every PDF draws its text through ``layout``.

The names below are loaded on first use, so importing one printing module (a note template,
say) does not pull in reportlab's canvas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_EXPORTS = {
    "new_canvas": "canvas",
    "FAMILIES": "fonts",
    "register_fonts": "fonts",
    "Layout": "layout",
    "Line": "layout",
    "Run": "layout",
    "direction_for": "layout",
    "draw_layout": "drawing",
    "draw_paragraph": "drawing",
    "isolate": "layout",
    "layout_paragraph": "layout",
    "strip_bidi_controls": "layout",
}

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

if TYPE_CHECKING:
    from shopkeeper.printing.canvas import new_canvas
    from shopkeeper.printing.drawing import draw_layout, draw_paragraph
    from shopkeeper.printing.fonts import FAMILIES, register_fonts
    from shopkeeper.printing.layout import (
        Layout,
        Line,
        Run,
        direction_for,
        isolate,
        layout_paragraph,
        strip_bidi_controls,
    )


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
