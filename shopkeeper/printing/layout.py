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
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Literal, NamedTuple

from shopkeeper.printing import fonts

try:
    import icu
except ImportError:  # pragma: no cover - pyicu-wheels has no macOS arm64 wheel
    icu = None

Direction = Literal["rtl", "ltr", "auto"]
Align = Literal["left", "right", "center"]
VAlign = Literal["top", "middle", "bottom"]

FSI, PDI = "\u2068", "\u2069"
ELLIPSIS = "\u2026"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
STRIP_BIDI = str.maketrans("", "", BIDI_CONTROLS)
NIQQUD = "".join(chr(c) for c in range(0x591, 0x5C8) if unicodedata.category(chr(c)) == "Mn")
DROP_NIQQUD = str.maketrans("", "", NIQQUD)
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
# the same sets as regular expressions: a search or sub is far quicker than str.translate
_BIDI_CHAR = re.compile("[" + BIDI_CONTROLS + "]")
_VALUE_UNCLEAN = re.compile("[" + BIDI_CONTROLS + "\n\r\t\x0b\x0c\x85\u2028\u2029]")
_ODD_BREAK = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t]")
SPACES = frozenset(
    " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)
_SPACE_RUN = re.compile("[" + "".join(sorted(SPACES)) + "]+")
PLACEHOLDER = "\ufffc"  # stands in, for ICU, for an astral char or an emoji sequence: both neutral
_EMOJI_PUA = range(0xE000, 0xF900)
_EMOJI_PUA_CHAR = re.compile("[\ue000-\uf8ff]")
_SPECIAL_CHAR = re.compile("[\ue000-\uf8ff\U00010000-\U0010ffff]")
# never drawn: joiners, variation selectors, soft hyphen, word joiner, BOM, lone skin tones,
# lone regional indicators, tag characters (their sequences were matched before this)
_ALWAYS_DROP = frozenset(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0x20E3, 0xFEFF, 0xFFFC, 0xFFFD]
    + list(range(0xFE00, 0xFE10))
    + list(range(0x1F3FB, 0x1F400))
    + list(range(0x1F1E6, 0x1F200))
    + list(range(0xE0000, 0xE0080))
    + list(range(0xE0100, 0xE01F0))
)
_RTL_LANGUAGES = {"he", "iw", "yi", "ar", "fa", "ur"}
_EPS = 1e-6


def direction_for(language: str) -> Literal["rtl", "ltr"]:
    """Paragraph direction of a document in ``language`` ("he", "he_IL", "en" …)."""
    return "rtl" if language.replace("-", "_").split("_")[0].lower() in _RTL_LANGUAGES else "ltr"


def isolate(value: object) -> str:
    """Wrap an inserted value (a name, a code, an amount) in FSI … PDI so it keeps its own
    direction inside the sentence.  Bidi controls inside the value are removed and line
    breaks become spaces, so a value can neither leak out of its isolate nor split the
    paragraph."""
    value = str(value)
    if _VALUE_UNCLEAN.search(value):
        value = value.translate(_VALUE_CLEAN)
    return FSI + value + PDI


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


# ---------------------------------------------------------------- preparation (cached)


class _Para:
    """One paragraph ready to wrap.  What only wrapping needs (break opportunities, trimmed
    ends, marks) is worked out on first use: most lines of a note fit without wrapping."""

    __slots__ = ("text", "icu_text", "cum", "specials", "level", "lines", "_combining", "_lazy")

    def __init__(self, text, icu_text, cum, specials, level, combining=frozenset()):
        self.text = text  # one char per cell: astral chars and emoji PUA chars included
        self.icu_text = icu_text  # text with those replaced by PLACEHOLDER: all BMP
        # prefix sums of the cells' widths (1/1000 of the size), len n + 1; a compact array:
        # a batch of personalised notes fills the cache with thousands of paragraphs
        self.cum = cum
        self.specials = specials  # indices of placeholder cells
        self.level = level  # ICU paragraph level asked for (0, 1 or DEFAULT_LTR)
        self.lines: dict = {}  # (start, end) -> (visual, logical, rtl): lines already reordered
        self._combining = combining  # the combining marks the fonts know (for ``marks``)
        self._lazy = None

    @property
    def trim(self) -> Sequence[int]:
        """trim[e]: e without the spaces before it."""
        return self._wrapping()[0]

    @property
    def marks(self) -> bytes:
        """1 for a combining mark: never starts a line."""
        return self._wrapping()[1]

    @property
    def breaks(self) -> Sequence[int]:
        """Line-break opportunities, ascending, ending with n."""
        return self._wrapping()[2]

    def _wrapping(self) -> tuple[Sequence[int], bytes, Sequence[int]]:
        if self._lazy is None:  # a race only computes the same twice
            self._lazy = _wrapping_data(self.text, self.icu_text, self._combining)
        return self._lazy


def _wrapping_data(text: str, icu_text: str, combining) -> tuple[array, bytes, array]:
    n = len(text)
    trim = array("l", range(n + 1))
    for run in _SPACE_RUN.finditer(text):
        for e in range(run.start() + 1, run.end() + 1):
            trim[e] = run.start()
    marks = bytearray(n)
    if not combining.isdisjoint(text):
        for i, ch in enumerate(text):
            if ch in combining:
                marks[i] = 1
    if n:
        breaker = _icu_local.breaker
        breaker.setText(icu_text)
        breaks = array("l", (b for b in breaker if 0 < b <= n)) or array("l", (n,))
    else:
        breaks = array("l")
    return trim, bytes(marks), breaks


class _Resolver:
    """Which face draws a char, for one font chain; None = no face can (dropped)."""

    def __init__(self, chain: tuple[str, ...]):
        self.chain = chain
        self.faces = [fonts.metrics(name) for name in chain]
        self.main = self.faces[0]
        self.cache: dict[str, tuple[str, float] | None] = {}  # dict ops are atomic: no lock
        # chars the main face draws with a width of their own (no marks): {char: width}
        self.plain: dict[str, float] = {}
        self.widths: dict[str, float] = {}  # every char some face draws (or a bidi control)
        self.combining: set[str] = set()  # the combining marks among them

    def resolve(self, ch: str) -> tuple[str, float] | None:
        try:
            return self.cache[ch]
        except KeyError:
            pass
        code = ord(ch)
        found = None
        if code in _EMOJI_PUA:  # only our own emoji sequences reach here as PUA chars
            face = fonts.metrics(fonts.EMOJI)
            found = (face.name, face.widths[code]) if code in face.widths else None
        elif ch in BIDI_CONTROLS:
            found = ("", 0.0)
        elif code not in _ALWAYS_DROP and unicodedata.category(ch) not in ("Cc", "Co", "Cs"):
            for face in self.faces:
                if code in face.widths:
                    found = (face.name, face.widths[code])
                    break
        self.cache[ch] = found
        if found is not None:
            self.widths[ch] = found[1]
            if unicodedata.combining(ch):
                self.combining.add(ch)
        if (
            found is not None
            and found[0] == self.main.name
            and found[1] > 0
            and not unicodedata.combining(ch)
        ):
            self.plain[ch] = found[1]
        return found


@lru_cache(maxsize=64)
def _resolver(chain: tuple[str, ...]) -> _Resolver:
    return _Resolver(chain)


@lru_cache(maxsize=1)
def _sequence_index() -> tuple[dict[str, str], frozenset[str], frozenset[str], int]:
    table = fonts.emoji_sequences()
    firsts = frozenset(seq[0] for seq in table)
    seconds = frozenset(seq[1] for seq in table)
    longest = max((len(seq) for seq in table), default=0)
    return table, firsts, seconds, longest


def _swap_emoji_sequences(text: str) -> str:
    table, firsts, seconds, longest = _sequence_index()
    if not table:
        return text
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in firsts and i + 1 < n and text[i + 1] in seconds:
            for size in range(min(longest, n - i), 1, -1):
                code = table.get(text[i : i + size])
                if code is not None:
                    out.append(code)
                    i += size
                    break
            else:
                out.append(ch)
                i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class _ThreadICU(threading.local):
    def __init__(self) -> None:
        self.breaker = icu.BreakIterator.createLineInstance(icu.Locale("he_IL"))


_icu_local = _ThreadICU() if icu is not None else None


def _require_icu() -> None:
    if icu is None:  # pragma: no cover
        raise RuntimeError("Hebrew PDF layout needs PyICU (pip install pyicu-wheels)")


@lru_cache(maxsize=1024)  # personalised paragraphs never repeat: keep the cache small
def _prepare(paragraph: str, chain: tuple[str, ...], keep_niqqud: bool, level: int) -> _Para:
    _require_icu()
    if not keep_niqqud:
        paragraph = paragraph.translate(DROP_NIQQUD)
    # user text never holds our private-use code points: drop them before sequences make some
    if _EMOJI_PUA_CHAR.search(paragraph):
        paragraph = _EMOJI_PUA_CHAR.sub("", paragraph)
    _table, firsts, seconds, _longest = _sequence_index()
    if not (firsts.isdisjoint(paragraph) or seconds.isdisjoint(paragraph)):
        paragraph = _swap_emoji_sequences(paragraph.replace("\ufe0f", "").replace("\ufe0e", ""))
    resolver = _resolver(chain)
    drawable = resolver.widths
    if not drawable.keys() >= set(paragraph):
        for ch in set(paragraph):
            resolver.resolve(ch)
        paragraph = "".join(ch for ch in paragraph if ch in drawable)  # no face: dropped
    text = paragraph
    widths = list(map(drawable.__getitem__, text))
    if _SPECIAL_CHAR.search(text):  # astral chars and emoji glyphs: one placeholder each for ICU
        specials = tuple(i for i, ch in enumerate(text) if _SPECIAL_CHAR.match(ch))
        icu_text = _SPECIAL_CHAR.sub(PLACEHOLDER, text)
    else:
        specials, icu_text = (), text
    return _Para(
        text,
        icu_text,
        array("d", (0.0, *accumulate(widths))),
        specials,
        level,
        resolver.combining,
    )


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


# ---------------------------------------------------------------- reordering


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


def _runs(visual: str, resolver: _Resolver, size: float) -> tuple[tuple[Run, ...], float, str]:
    """Split a visual line into runs of one face.  Zero-width combining marks (niqqud) come
    out as runs of their own, placed on their base letter by the face's anchors."""
    units, width, drawn = _runs_in_units(visual, resolver.chain)
    scale = size / 1000.0
    runs = tuple(Run(f, t, w * scale, x * scale, y * scale) for f, t, w, x, y in units)
    return runs, width * scale, drawn


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


def _trimmed_end(p: _Para, s: int, e: int) -> int:
    """The end of line [s, e) without its trailing spaces."""
    if e == len(p.text) and p._lazy is None:  # a whole paragraph: no need for the trim table
        text = p.text
        while e > s and text[e - 1] in SPACES:
            e -= 1
        return e
    return max(p.trim[e], s)


def _normalised(text: object) -> str:
    text = str(text).replace("\r\n", "\n")
    return text.translate(_NORMALISE) if _ODD_BREAK.search(text) else text


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


def __getattr__(name: str):
    # drawing lives in its own module, which needs this one; loaded on first use
    if name in ("draw_layout", "draw_paragraph"):
        from shopkeeper.printing import drawing

        return getattr(drawing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
