"""Bidi with ICU: reorder a line of a prepared paragraph to visual order (with mirroring),
split it into runs of one face (marks placed on their base letters), and the bidi helpers
the ellipsis needs."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from shopkeeper.printing import fonts
from shopkeeper.printing.paragraphs import (
    _BIDI_CHAR,
    _EMOJI_PUA_CHAR,
    PDI,
    PLACEHOLDER,
    _Para,
    _resolver,
    icu,
)

_REORDER = 0


def _reorder_options() -> int:
    global _REORDER
    if not _REORDER:
        _REORDER = icu.Bidi.DO_MIRRORING | icu.Bidi.KEEP_BASE_COMBINING
    return _REORDER


def _visual(p: _Para, bidi, start: int, end: int) -> str:
    """Visual (left-to-right) text of cells [start, end) of a paragraph resolved in ``bidi``."""
    line = bidi.setLine(start, end)
    visual = str(line.writeReordered(_reorder_options()))
    inside = [i for i in p.specials if start <= i < end]
    if inside:
        # placeholders keep their relative visual order through writeReordered; put the
        # real cells back in that order
        inside.sort(key=lambda i: line.getVisualIndex(i - start))
        parts = visual.split(PLACEHOLDER)
        visual = parts[0] + "".join(
            p.text[i] + part for i, part in zip(inside, parts[1:], strict=True)
        )
    return visual


@lru_cache(maxsize=1024)
def _runs_in_units(visual: str, chain: tuple[str, ...]):
    """``_runs`` in 1/1000 of the size, cached: the lines a template repeats come back as is."""
    resolver = _resolver(chain)
    drawn = _BIDI_CHAR.sub("", visual)
    plain = resolver.plain
    if drawn and plain.keys() >= set(drawn):  # one face, no marks: the common line
        width = sum(map(plain.__getitem__, drawn))
        return ((resolver.main.name, drawn, width, 0.0, 0.0),), width, drawn
    runs: list[tuple] = []
    marks: list[tuple] = []
    kept: list[str] = []
    font, chars, start, pen = None, [], 0.0, 0.0
    base = None  # (face, code, origin, width) of the last spacing glyph
    for ch in visual:
        found = resolver.resolve(ch)
        if found is None or not found[0]:
            continue  # bidi controls (and anything undrawable) leave no trace
        face, w = found
        kept.append(ch)
        if w == 0.0 and base is not None and unicodedata.combining(ch):
            marks.append(_mark_run(face, ch, base))
            continue
        if face != font:
            if chars:
                runs.append((font, "".join(chars), pen - start, start, 0.0))
            font, chars, start = face, [], pen
        chars.append(ch)
        base = (face, ord(ch), pen, w)
        pen += w
    if chars:
        runs.append((font, "".join(chars), pen - start, start, 0.0))
    return (*runs, *marks), pen, "".join(kept)


def _mark_run(face: str, mark: str, base: tuple[str, int, float, float]) -> tuple:
    base_face, base_code, origin, base_width = base
    anchors = fonts.mark_anchors(face) if face == base_face else None
    offset = anchors.offset(base_code, ord(mark)) if anchors is not None else None
    dx, dy = offset if offset is not None else (base_width / 2, 0.0)  # marks are drawn centred
    return (face, mark, 0.0, origin + dx, dy)


def _readable(logical: str) -> str:
    """Logical text as a person typed it: no bidi controls, emoji sequences spelled out."""
    logical = _BIDI_CHAR.sub("", logical)
    if _EMOJI_PUA_CHAR.search(logical):
        spelled = fonts.emoji_text_by_code()
        logical = "".join(spelled.get(ord(c), c) for c in logical)
    return logical


def _new_bidi(icu_text: str, level: int):
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(icu_text), level)
    return bidi


def _closers(text: str) -> str:
    """PDIs / PDFs closing what ``text`` left open, so a cut-off ellipsis sits at the
    paragraph's level (at the line's end) rather than inside a cut value."""
    stack: list[str] = []
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            stack.append(PDI)
        elif ch in "\u202a\u202b\u202d\u202e":
            stack.append("\u202c")
        elif ch in (PDI, "\u202c") and stack:
            while stack and stack.pop() != ch:
                pass
    return "".join(reversed(stack))
