"""Hebrew-first paragraph layout for reportlab: the only way our PDFs draw text.

Per paragraph (explicit newlines separate paragraphs):

1. clean the text: drop what no font can draw (and niqqud if asked), swap emoji sequences
   for the private-use code points of their glyphs, pick a face per character (fallback);
2. resolve bidi for the whole paragraph with ICU, direction given by the document's
   language (a Hebrew line that starts with an English name is still right-to-left);
3. wrap the *logical* text greedily by measured width at ICU line-break opportunities,
   breaking inside a word only when that word alone is wider than the line;
4. reorder each line with ICU (``setLine`` + ``writeReordered`` with mirroring), split it
   into runs of one face, align it.

If the paragraph does not fit its box, the size shrinks by 0.5 pt down to ``min_size``;
what still does not fit is cut with an ellipsis on the last line.  Widths are kept in
1/1000 of the size, so trying a smaller size only re-wraps.

Step 1 lives in ``paragraphs``, step 3 and the fitting in ``wrapping``, steps 2 and 4 in
``bidi_lines``; this module keeps the public API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from shopkeeper.printing import fonts
from shopkeeper.printing.bidi_lines import _new_bidi, _readable, _runs_in_units, _visual
from shopkeeper.printing.paragraphs import (  # noqa: F401 - also re-exports the public constants
    _BIDI_CHAR,
    _EPS,
    BIDI_CONTROLS,
    DROP_NIQQUD,
    ELLIPSIS,
    FSI,
    NIQQUD,
    PDI,
    PLACEHOLDER,
    SPACES,
    STRIP_BIDI,
    _prepare,
    _require_icu,
    _Resolver,
    _resolver,
    icu,
)
from shopkeeper.printing.wrapping import (
    _content_height,
    _ellipsis_line,
    _fits,
    _lines_fit,
    _trimmed_end,
    _wrap,
)

Direction = Literal["rtl", "ltr", "auto"]
Align = Literal["left", "right", "center"]
VAlign = Literal["top", "middle", "bottom"]
# text breaks that start a new paragraph; tabs and odd spaces become plain spaces
_NORMALISE = str.maketrans(
    {
        "\r": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\x1c": "\n",
        "\x1d": "\n",
        "\x1e": "\n",
        "\x85": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\t": " ",
    }
)
_VALUE_CLEAN = str.maketrans(
    {**{c: None for c in BIDI_CONTROLS}, **{c: " " for c in "\n\r\t\x0b\x0c\x85\u2028\u2029"}}
)
_VALUE_UNCLEAN = re.compile("[" + BIDI_CONTROLS + "\n\r\t\x0b\x0c\x85\u2028\u2029]")
_ODD_BREAK = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t]")
_RTL_LANGUAGES = {"he", "iw", "yi", "ar", "fa", "ur"}


def direction_for(language: str) -> Literal["rtl", "ltr"]:
    """Paragraph direction of a document in ``language`` ("he", "he_IL", "en" …)."""
    return "rtl" if language.replace("-", "_").split("_")[0].lower() in _RTL_LANGUAGES else "ltr"


_OPENERS = {None: FSI, "auto": FSI, "rtl": "\u2067", "ltr": "\u2066"}


def isolate(value: object, direction: Direction | None = None) -> str:
    """Wrap an inserted value (a name, a code, an amount) in FSI … PDI so it keeps its own
    direction inside the sentence.  Bidi controls inside the value are removed and line
    breaks become spaces, so a value can neither leak out of its isolate nor split the
    paragraph.

    ``direction`` "rtl" / "ltr" isolates in that direction instead (RLI / LRI): a line of
    free text (an item, a note) in a Hebrew document reads from the right even when it
    starts with an English word ("Dana's order מוכנה לאיסוף"), and a code stays left to right
    even when it holds no Latin letter."""
    value = str(value)
    if _VALUE_UNCLEAN.search(value):
        value = value.translate(_VALUE_CLEAN)
    return _OPENERS[direction] + value + PDI


def strip_bidi_controls(text: str) -> str:
    return _BIDI_CHAR.sub("", text)


class Run(NamedTuple):
    """Consecutive glyphs of one face, in visual order (left to right), drawn with their
    origin ``x`` from the line's left edge and ``y`` above its baseline (only marks have a y)."""

    font: str
    text: str
    width: float
    x: float
    y: float = 0.0


@dataclass(frozen=True)
class Line:
    visual_runs: tuple[Run, ...]
    width: float
    x: float  # left edge, from the box's left
    baseline: float  # from the box's top, downwards
    logical: str  # the line's text in logical order, without bidi controls, emoji spelled out
    rtl: bool  # direction of its paragraph
    text: str  # what is drawn, left to right (niqqud after its letter; emoji sequences as
    # the private-use code points of their glyphs)


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]
    size: float  # the font size used (after shrinking)
    height: float  # from the first line's ascent to the last line's descent
    width: float  # the box width laid out for
    truncated: bool  # text was cut (ellipsis) because it did not fit even at min_size

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


def _runs(visual: str, resolver: _Resolver, size: float) -> tuple[tuple[Run, ...], float, str]:
    """Split a visual line into runs of one face.  Zero-width combining marks (niqqud) come
    out as runs of their own, placed on their base letter by the face's anchors."""
    units, width, drawn = _runs_in_units(visual, resolver.chain)
    scale = size / 1000.0
    runs = tuple(Run(f, t, w * scale, x * scale, y * scale) for f, t, w, x, y in units)
    return runs, width * scale, drawn


# ---------------------------------------------------------------- public API


def layout_paragraph(
    text: str,
    width: float,
    height: float | None = None,
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
) -> Layout:
    """Lay out ``text`` in a box ``width`` wide and (if given) ``height`` high, without drawing.

    ``direction`` is the paragraphs' base direction ("auto": from the first strong letter);
    ``align`` defaults to right for right-to-left paragraphs and left otherwise.  The size
    shrinks by 0.5 pt from ``size`` to ``min_size`` (default: no shrinking) until the text
    fits ``height`` and ``max_lines``; beyond that the last line ends with an ellipsis.
    Trailing newlines are ignored; other newlines start a new paragraph.
    """
    if width <= 0:
        raise ValueError("width must be positive")
    if direction not in ("rtl", "ltr", "auto"):
        raise ValueError(f"direction must be rtl, ltr or auto, not {direction!r}")
    _require_icu()
    chain = fonts.chain(font)
    resolver = _resolver(chain)
    main = resolver.main
    asc, desc = main.ascent, main.descent
    level = {"rtl": 1, "ltr": 0, "auto": icu.Bidi.DEFAULT_LTR}[direction]
    paragraphs = [
        _prepare(part, chain, keep_niqqud, level)
        for part in _normalised(text).rstrip("\n").split("\n")
    ]
    min_size = size if min_size is None else min(min_size, size)

    def wrap_all(at: float) -> list[tuple[int, int, int]]:
        units = width * 1000.0 / at
        return [(pi, s, e) for pi, p in enumerate(paragraphs) for s, e in _wrap(p, units)]

    used = size
    wrapped = wrap_all(used)
    while (
        not _fits(len(wrapped), used, height, leading, asc, desc, max_lines)
        and used - 0.5 >= min_size - _EPS
    ):
        used = round(used - 0.5, 2)
        wrapped = wrap_all(used)
    if used > min_size and not _fits(len(wrapped), used, height, leading, asc, desc, max_lines):
        used = min_size  # sizes not on the 0.5 grid: try the floor itself
        wrapped = wrap_all(used)

    truncated = False
    room = len(wrapped)
    if height is not None:
        room = 1
        while room < len(wrapped) and _lines_fit(room + 1, used, height, leading, asc, desc):
            room += 1
    if max_lines is not None:
        room = min(room, max(1, max_lines))
    if room < len(wrapped):
        wrapped, truncated = wrapped[:room], True

    lines = []
    bidis: dict[int, object] = {}
    for index, (pi, s, e) in enumerate(wrapped):
        p = paragraphs[pi]
        if truncated and index == len(wrapped) - 1:
            visual, logical, rtl = _ellipsis_line(p, s, e, width * 1000.0 / used, resolver)
            logical = _readable(logical)
        else:
            end = _trimmed_end(p, s, e)
            found = p.lines.get((s, end))
            if found is None:  # a paragraph every note repeats is reordered once
                if pi not in bidis:
                    bidis[pi] = _new_bidi(p.icu_text, p.level) if p.text else None
                bidi = bidis[pi]
                visual = _visual(p, bidi, s, end) if bidi is not None and end > s else ""
                rtl = bool(bidi.getParaLevel() & 1) if bidi is not None else p.level == 1
                found = p.lines[(s, end)] = (visual, _readable(p.text[s:end]), rtl)
            visual, logical, rtl = found
        runs, line_width, drawn = _runs(visual, resolver, used)
        lines.append((runs, line_width, logical, rtl, drawn))

    content = _content_height(len(lines), used, leading, asc, desc)
    top = 0.0
    if height is not None and valign != "top":
        top = max(0.0, height - content) * (0.5 if valign == "middle" else 1.0)
    first_baseline = top + asc * used / 1000.0
    out = []
    for i, (runs, line_width, logical, rtl, drawn) in enumerate(lines):
        side = align or ("right" if rtl else "left")
        x = {"left": 0.0, "right": width - line_width, "center": (width - line_width) / 2}[side]
        baseline = first_baseline + i * used * leading
        out.append(Line(runs, line_width, x, baseline, logical, rtl, drawn))
    return Layout(tuple(out), used, content, width, truncated)


def _normalised(text: object) -> str:
    text = str(text).replace("\r\n", "\n")
    return text.translate(_NORMALISE) if _ODD_BREAK.search(text) else text


def __getattr__(name: str):
    # drawing lives in its own module, which needs this one; loaded on first use
    if name in ("draw_layout", "draw_paragraph"):
        from shopkeeper.printing import drawing

        return getattr(drawing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
