"""A thank-you note's coupon box: a dashed frame, the QR code on the side the text ends, and
beside it the offer, the code, the last day and (on a preview) the sample hint."""

from __future__ import annotations

from reportlab.lib.units import mm

from shopkeeper.printing.drawing import draw_layout
from shopkeeper.printing.layout import isolate, layout_paragraph
from shopkeeper.printing.note_parts import ACCENT, CODE_INK, INK, MUTED, cached_layout, draw_qr


def draw_coupon(canvas, note, x: float, y: float, width: float, height: float, s: float) -> None:
    """The coupon of `note` (a NoteContent with a coupon) in the box at (x, y), scaled by `s`
    from the A6 design."""
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8 * s)
    canvas.setDash(3 * s, 2 * s)
    canvas.roundRect(x, y, width, height, 2.5 * mm * s)
    canvas.restoreState()
    pad = 2.6 * mm * s
    qr = height - 2 * pad
    qr_x = x + pad if note.rtl else x + width - pad - qr
    draw_qr(canvas, note.coupon, qr_x, y + pad, qr)
    column_x = x + (qr + 2 * pad if note.rtl else pad)
    _draw_terms(canvas, note, column_x, y, width - qr - 3 * pad, height, s)


def _draw_terms(canvas, note, x: float, y: float, width: float, height: float, s: float) -> None:
    """The coupon's lines, centred as a block in the column."""
    direction = "rtl" if note.rtl else "ltr"

    def line(text: str, font: str, size: float, color, max_lines: int = 1, min_size=None):
        layout = cached_layout(text, width, None, font=font, size=size, min_size=min_size,
                               direction=direction, align="center", max_lines=max_lines)  # fmt: skip
        return layout, color

    parts = []
    if note.coupon_offer:
        parts.append(line(note.coupon_offer, "sans-medium", 8.5 * s, INK, max_lines=2))
    code = layout_paragraph(isolate(note.coupon), width, None, font="sans-bold", size=13 * s,
                            min_size=8 * s, direction=direction, align="center",
                            max_lines=1)  # fmt: skip
    parts.append((code, CODE_INK))
    if note.coupon_until:
        parts.append(line(note.coupon_until, "sans", 6.5 * s, MUTED))
    if note.coupon_hint:
        parts.append(line(note.coupon_hint, "sans-medium", 6.5 * s, ACCENT, min_size=5 * s))
    gap = 1.2 * mm * s
    total = sum(layout.height for layout, _ in parts) + gap * (len(parts) - 1)
    top = y + (height + total) / 2
    for layout, color in parts:
        draw_layout(canvas, layout, x, top, color=color)
        top -= layout.height + gap
