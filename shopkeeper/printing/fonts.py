"""Our TrueType fonts, registered with reportlab once, and what each of them can draw.

Families name what a document asks for; each maps to one face plus the faces that stand in,
glyph by glyph, for a character the face lacks (``chain``).  A character no face has is
dropped by the layout, never drawn as a box.

reportlab ignores GSUB, so emoji sequences (ZWJ families, skin tones, flags, keycaps) are
drawn through private-use code points that ``resources/fonts/build_fonts.py`` gave the
ligature glyphs of Noto Emoji; ``emoji_sequences`` reads that table.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

# reportlab font name -> file in FONT_DIR
FACES: dict[str, str] = {
    "Rubik": "Rubik-Regular.ttf",
    "Rubik-Medium": "Rubik-Medium.ttf",
    "Rubik-Bold": "Rubik-Bold.ttf",
    "PlaypenSansHebrew": "PlaypenSansHebrew-Regular.ttf",
    "NotoSansSymbols2": "NotoSansSymbols2-Regular.ttf",
    "NotoEmoji": "NotoEmoji-Regular.ttf",
}
SYMBOLS = "NotoSansSymbols2"
EMOJI = "NotoEmoji"
EMOJI_TABLE = FONT_DIR / "NotoEmoji-Regular.json"

# family -> faces tried in order for each character
FAMILIES: dict[str, tuple[str, ...]] = {
    "sans": ("Rubik", SYMBOLS, EMOJI),
    "sans-medium": ("Rubik-Medium", SYMBOLS, EMOJI),
    "sans-bold": ("Rubik-Bold", SYMBOLS, EMOJI),
    # the handwriting face lacks a few signs Rubik has; Rubik is closer in look than Noto
    "hand": ("PlaypenSansHebrew", "Rubik", SYMBOLS, EMOJI),
    "symbols": (SYMBOLS, "Rubik", EMOJI),
    "emoji": (EMOJI, SYMBOLS, "Rubik"),
}
DEFAULT_FONT = "Rubik"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register every face with reportlab (idempotent, thread-safe, ~20 ms the first time)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FACES.items():
            path = FONT_DIR / filename
            if not path.exists():
                raise FileNotFoundError(
                    f"font missing: {path} (run resources/fonts/build_fonts.py)"
                )
            pdfmetrics.registerFont(ttfonts.TTFont(name, str(path)))
        _install_to_unicode_fix()
        _registered = True


def chain(font: str) -> tuple[str, ...]:
    """The faces tried for each character of text set in ``font`` (a family or a face name)."""
    if font in FAMILIES:
        return FAMILIES[font]
    if font in FACES:
        return (font, *(f for f in (SYMBOLS, EMOJI) if f != font))
    raise ValueError(f"unknown font {font!r}; families: {', '.join(FAMILIES)}")


def face_name(font: str) -> str:
    """The reportlab name of the main face of ``font`` (a family or a face name)."""
    register_fonts()
    return chain(font)[0]


@dataclass(frozen=True)
class FaceMetrics:
    """What one face can draw and how wide: widths in 1/1000 of the font size."""

    name: str
    widths: dict[int, float]  # code point -> advance, for every code point in the cmap
    ascent: float
    descent: float  # negative, as in the font


@cache
def metrics(name: str) -> FaceMetrics:
    register_fonts()
    face = pdfmetrics.getFont(name).face
    widths = {code: float(face.getCharWidth(code)) for code in face.charToGlyph}
    widths.pop(0xFFFC, None)  # the layout's own placeholder; never drawn from text
    return FaceMetrics(name, widths, float(face.ascent), float(face.descent))


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in one face (no fallback): the same figure as reportlab's."""
    widths = metrics(font).widths
    return sum(widths.get(ord(c), 0.0) for c in text) * size / 1000.0


@dataclass(frozen=True)
class MarkAnchors:
    """Mark-to-base anchors of one face (from its GPOS, exported at build time), 1/1000 em."""

    marks: dict[int, tuple[tuple[str, float, float], ...]]  # mark -> (class key, x, y) …
    bases: dict[int, dict[str, tuple[float, float]]]  # base -> {class key: (x, y)}

    def offset(self, base: int, mark: int) -> tuple[float, float] | None:
        """Where the mark's origin goes, from the base's origin; None if not anchored."""
        anchors = self.bases.get(base)
        if anchors is None:
            return None
        for key, mx, my in self.marks.get(mark, ()):
            at = anchors.get(key)
            if at is not None:
                return at[0] - mx, at[1] - my
        return None


@cache
def mark_anchors(name: str) -> MarkAnchors | None:
    """Niqqud placement for face ``name``: reportlab does not apply GPOS, the layout does."""
    path = (FONT_DIR / FACES[name]).with_suffix(".marks.json")
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return MarkAnchors(
        marks={
            int(code, 16): tuple((key, float(x), float(y)) for key, x, y in found)
            for code, found in data["marks"].items()
        },
        bases={
            int(code, 16): {key: (float(x), float(y)) for key, (x, y) in found.items()}
            for code, found in data["bases"].items()
        },
    )


@cache
def emoji_sequences() -> dict[str, str]:
    """{emoji sequence without variation selectors: private-use char of its glyph in NotoEmoji}."""
    if not EMOJI_TABLE.exists():
        return {}
    data = json.loads(EMOJI_TABLE.read_text(encoding="utf-8"))
    return {
        "".join(chr(int(c, 16)) for c in seq.split()): chr(int(code, 16))
        for seq, code in data["sequences"].items()
    }


@cache
def emoji_text_by_code() -> dict[int, str]:
    return {ord(code): seq for seq, code in emoji_sequences().items()}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, corrected: UTF-16BE targets (reportlab writes ``<1F338>``
    for an astral code point, which readers take as garbage) and our emoji private-use code
    points mapped back to the sequences they stand for, so copied text is the real text."""
    emoji = emoji_text_by_code() if fontname.endswith("+" + _emoji_ps_name()) else {}
    entries = []
    for i, code in enumerate(subset):
        text = emoji.get(code) or chr(code)
        entries.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    blocks = []
    for at in range(0, len(entries), 100):  # the PDF spec allows 100 entries per block
        chunk = entries[at : at + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def _emoji_ps_name() -> str:
    return pdfmetrics.getFont(EMOJI).face.name.decode("latin-1")


def _install_to_unicode_fix() -> None:
    # TTFont.addObjects looks the function up in its module at call time.
    if getattr(ttfonts.makeToUnicodeCMap, "__name__", "") != _to_unicode_cmap.__name__:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
