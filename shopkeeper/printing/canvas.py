"""reportlab canvases that start in our font, so no unembedded Helvetica lands in a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from shopkeeper.printing.fonts import DEFAULT_FONT, register_fonts
from shopkeeper.printing.streaming import StreamingCanvas


def new_canvas(
    target: str | Path | BinaryIO,
    pagesize: tuple[float, float] = A4,
    *,
    title: str | None = None,
    language: str = "he",
    streaming: bool = False,
) -> Canvas:
    """A canvas writing to a path or a binary buffer, its initial font one of ours.

    ``streaming``: each finished page leaves memory at once (``StreamingCanvas``), for long
    documents such as a day's thank-you notes."""
    register_fonts()
    canvas = (StreamingCanvas if streaming else Canvas)(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        initialFontName=DEFAULT_FONT,
        initialFontSize=10,
        pageCompression=1,
        lang=language.replace("_", "-"),
    )
    canvas.setCreator("Shopkeeper")
    if title:
        canvas.setTitle(title)
    return canvas
