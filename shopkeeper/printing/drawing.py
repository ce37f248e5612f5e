"""Drawing laid-out text on a reportlab canvas (see ``layout`` for how it is laid out)."""

from __future__ import annotations

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont as _pdf_font

from shopkeeper.printing.layout import Align, Direction, Layout, VAlign, layout_paragraph


def draw_layout(canvas, layout: Layout, x: float, top: float, color=None) -> None:
    """Draw a layout with its box's left edge at ``x`` and top edge at ``top``.

    The text goes into the page as one text object of positioned runs, written with the font
    subsets reportlab keeps for the document (``splitString`` / ``getSubsetInternalName``, its
    API for TrueType fonts): the same glyphs ``canvas.drawString`` would draw per run, without
    measuring every string again (the layout knows where each run goes)."""
    if not layout.lines:
        return
    doc = canvas._doc
    shown = _shown_runs(canvas)
    size = _num(layout.size)
    ops = ["BT"]
    current = None
    for line in layout.lines:
        left = x + line.x
        y = top - line.baseline
        for run in line.visual_runs:
            ops.append(f"1 0 0 1 {_num(left + run.x)} {_num(y + run.y)} Tm")
            key = (run.font, run.text)
            chunks = shown.get(key)
            if chunks is None:
                font = _pdf_font(run.font)
                chunks = shown[key] = [
                    (font.getSubsetInternalName(subset, doc), f"({escapePDF(chunk)}) Tj")
                    for subset, chunk in font.splitString(run.text, doc)
                ]
            for name, show in chunks:
                if name != current:
                    ops.append(f"{name} {size} Tf")
                    current = name
                ops.append(show)
    ops.append("ET")
    canvas.saveState()
    if color is not None:
        canvas.setFillColor(color)
    canvas._code.append("\n".join(ops))
    canvas.restoreState()


_SHOWN_MAX = 2048


def _shown_runs(canvas) -> dict:
    """The canvas's runs already turned into font subsets and escaped bytes: a document's
    glyph-to-subset assignments never change, so a run every page repeats is encoded once.
    Kept on the canvas (it belongs to its document), emptied when it grows large."""
    shown = getattr(canvas, "_shopkeeper_shown_runs", None)
    if shown is None or len(shown) > _SHOWN_MAX:
        shown = canvas._shopkeeper_shown_runs = {}
    return shown


def _num(value: float) -> str:
    """A coordinate or size for the page stream, as precise as reportlab writes it (seven
    significant digits), so a page drawn this way matches one drawn with ``drawString``."""
    size = abs(value)
    if size <= 1e-7:
        return "0"
    if size < 10:
        return f"{value:.6f}"
    if size < 100:
        return f"{value:.5f}"
    if size < 1000:
        return f"{value:.4f}"
    return f"{value:.3f}"


def draw_paragraph(
    canvas,
    text: str,
    box: tuple[float, float, float, float],
    *,
    font: str = "sans",
    size: float = 12,
    min_size: float | None = None,
    direction: Direction = "rtl",
    align: Align | None = None,
    valign: VAlign = "top",
    leading: float = 1.25,
    keep_niqqud: bool = True,
    max_lines: int | None = None,
    color=None,
) -> Layout:
    """Lay out ``text`` in ``box`` = (x, y, width, height) — (x, y) its bottom-left corner, in
    reportlab's coordinates — and draw it.  Returns the layout (its ``size`` is the size used)."""
    x, y, width, height = box
    layout = layout_paragraph(
        text,
        width,
        height,
        font=font,
        size=size,
        min_size=min_size,
        direction=direction,
        align=align,
        valign=valign,
        leading=leading,
        keep_niqqud=keep_niqqud,
        max_lines=max_lines,
    )
    draw_layout(canvas, layout, x, y + height, color=color)
    return layout
