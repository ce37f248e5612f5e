"""Reading our PDFs back with poppler (pdftotext, pdffonts), for the printing tests.

Two readings of a page:

- ``drawn_lines``: ``pdftotext -bbox-layout`` lists lines of words with their boxes, the glyphs
  of each word in the order they sit on the page, left to right; sorted by position that is
  exactly what was drawn (visual order), which the tests compare with hand-worked strings.
- ``pdftotext`` (plain): poppler rebuilds logical order from the drawing.  It gets a
  right-to-left line right when the line is Hebrew with neutrals, numbers and emoji, and it
  returns brackets as drawn (mirrored): ``poppler_expectation`` computes that from the logical
  text.  For a Latin-script run inside a Hebrew line, or Hebrew inside an English line, its
  heuristic misplaces words even when the drawing is right (``-bbox`` shows that), so those
  strings are checked through ``drawn_lines`` only.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import icu

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SWAP = str.maketrans("()[]{}<>", ")(][}{><")
_LINE = re.compile(r'<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>(.*?)</line>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def require(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is missing: install poppler-utils"
    return path


def run(*args: str | Path) -> str:
    result = subprocess.run(
        [require(str(args[0])), *map(str, args[1:])],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def pdftotext_pages(pdf: Path, *options: str) -> list[str]:
    """Plain pdftotext, one string per page, bidi marks removed, outer whitespace stripped."""
    pages = run("pdftotext", *options, pdf, "-").split("\f")[:-1]
    return [BIDI_MARKS.sub("", page).strip() for page in pages]


def drawn_lines(pdf: Path, page: int = 1) -> list[str]:
    """The glyphs drawn on a page, left to right per line, words joined by one space."""
    out = run("pdftotext", "-bbox-layout", "-f", page, "-l", page, pdf, "-")
    lines = []
    for y_min, body in _LINE.findall(out):
        words = sorted(
            (float(x), html.unescape(text)) for x, _y, _x2, _y2, text in _WORD.findall(body)
        )
        lines.append((float(y_min), " ".join(text for _x, text in words)))
    return [text for _y, text in sorted(lines)]


def poppler_expectation(logical: str, direction: str = "rtl") -> str:
    """What plain pdftotext returns for a correctly drawn line: the logical text without
    bidi controls, with ( ) [ ] { } < > swapped where ICU resolves them right-to-left (they
    were drawn mirrored; poppler does not undo mirroring)."""
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(logical), 1 if direction == "rtl" else 0)
    levels = bidi.getLevels()  # one per UTF-16 code unit
    out, unit = [], 0
    for ch in logical:
        out.append(ch.translate(_SWAP) if levels[unit] & 1 else ch)
        unit += 2 if ord(ch) > 0xFFFF else 1
    return BIDI_MARKS.sub("", "".join(out))


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts rows: name, type, emb (yes/no) …"""
    lines = run("pdffonts", pdf).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [subtype words] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows
