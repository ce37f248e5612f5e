"""Line breaking by measured width: greedy lines at ICU break opportunities, whether lines
fit a box, and the last line cut with an ellipsis when the text does not fit."""

from __future__ import annotations

from bisect import bisect_right

from shopkeeper.printing.bidi_lines import _closers, _new_bidi, _visual
from shopkeeper.printing.paragraphs import _EPS, ELLIPSIS, SPACES, _Para, _Resolver

# ---------------------------------------------------------------- wrapping


def _wrap(p: _Para, max_units: float) -> list[tuple[int, int]]:
    """Greedy lines [(start, end)) of the logical text; ends include trailing spaces."""
    n = len(p.text)
    if n == 0:
        return [(0, 0)]
    limit = max_units + _EPS
    if p.cum[n] <= limit:
        return [(0, n)]  # the whole paragraph fits on one line
    cum, trim, breaks, marks = p.cum, p.trim, p.breaks, p.marks
    lines = []
    start, bi, nb = 0, 0, len(breaks)
    while start < n:
        while breaks[bi] <= start:
            bi += 1
        best = -1
        j = bi
        base = cum[start]
        while j < nb:
            e = breaks[j]
            if cum[max(trim[e], start)] - base <= limit:
                best = e
                j += 1
            else:
                break
        if best < 0:  # one word wider than the line: break inside it
            first = breaks[bi]
            k = bisect_right(cum, base + limit, start + 1, first + 1) - 1
            while start < k < first and marks[k]:
                k -= 1  # keep a letter with its niqqud
            if k <= start:
                k = start + 1
                while k < first and marks[k]:
                    k += 1
            best = k
        lines.append((start, best))
        start = best
    return lines


def _lines_fit(
    count: int, size: float, height: float | None, leading: float, asc: float, desc: float
) -> bool:
    if height is None:
        return True
    return _content_height(count, size, leading, asc, desc) <= height + _EPS


def _content_height(count: int, size: float, leading: float, asc: float, desc: float) -> float:
    if count == 0:
        return 0.0
    return (asc - desc) * size / 1000.0 + (count - 1) * size * leading


def _trimmed_end(p: _Para, s: int, e: int) -> int:
    """The end of line [s, e) without its trailing spaces."""
    if e == len(p.text) and p._lazy is None:  # a whole paragraph: no need for the trim table
        text = p.text
        while e > s and text[e - 1] in SPACES:
            e -= 1
        return e
    return max(p.trim[e], s)


def _fits(count, size, height, leading, asc, desc, max_lines) -> bool:
    if max_lines is not None and count > max_lines:
        return False
    return _lines_fit(count, size, height, leading, asc, desc)


def _ellipsis_line(p: _Para, s: int, e: int, max_units: float, resolver: _Resolver):
    """The last line that fits, cut so that it ends (logically) with an ellipsis."""
    mark = ELLIPSIS if resolver.resolve(ELLIPSIS) else "..."
    mark_units = sum(resolver.resolve(c)[1] for c in mark)
    cum, trim = p.cum, p.trim

    def fits(end: int) -> bool:
        return cum[max(trim[end], s)] - cum[s] + mark_units <= max_units + _EPS

    end = max(p.trim[e], s)
    if not fits(end):
        words = [b for b in p.breaks if s < b < e and fits(b)]
        if words:
            end = words[-1]
        else:
            end = s
            while end + 1 <= e and fits(end + 1):
                end += 1
            while end > s and end < len(p.text) and p.marks[end]:
                end -= 1
    end = max(trim[end], s)
    icu_text = p.icu_text[:end] + _closers(p.icu_text[:end]) + mark
    bidi = _new_bidi(icu_text, p.level)
    cut = _Para(
        p.text[:end] + icu_text[end:],
        icu_text,
        (),
        tuple(i for i in p.specials if i < end),
        p.level,
    )
    visual = _visual(cut, bidi, s, len(icu_text))
    return visual, p.text[s:end] + mark, bool(bidi.getParaLevel() & 1)
