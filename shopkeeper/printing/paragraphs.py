"""Paragraphs made ready for layout: the character tables, text cleaning (what no font can
draw, niqqud, emoji sequences swapped for the private-use code points of their glyphs), the
face of each character (fallback chain), measured widths and ICU line-break opportunities.

Prepared paragraphs are cached: a template's fixed lines are prepared once.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from shopkeeper.printing import fonts

try:
    import icu
except ImportError:  # pragma: no cover - pyicu-wheels has no macOS arm64 wheel
    icu = None

FSI, PDI = "\u2068", "\u2069"
ELLIPSIS = "\u2026"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
STRIP_BIDI = str.maketrans("", "", BIDI_CONTROLS)
NIQQUD = "".join(chr(c) for c in range(0x591, 0x5C8) if unicodedata.category(chr(c)) == "Mn")
DROP_NIQQUD = str.maketrans("", "", NIQQUD)
# the same sets as regular expressions: a search or sub is far quicker than str.translate
_BIDI_CHAR = re.compile("[" + BIDI_CONTROLS + "]")
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
_EPS = 1e-6


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
