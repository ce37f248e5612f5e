"""Build the TrueType fonts bundled with Shopkeeper (re-runnable).

Downloads the OFL-licensed fonts from npm ``@fontsource/*`` packages
(``npm pack`` into a temp dir), converts the per-script WOFF2 subsets to TTF,
merges the Latin / Latin-ext / Hebrew subsets into one font per weight with
``fontTools.merge.Merger``, and writes the TTFs plus the OFL licence texts next
to this script.  Noto Emoji (monochrome) is the emoji fallback; its ligatures get
private-use code points (see ``emoji_sequences``), and the Hebrew faces' niqqud anchors
are written beside them (``*.marks.json``, see ``mark_anchors``).  Needs ``npm`` on PATH and ``fontTools`` + ``brotli``
(dev extra).  Usage: ``python resources/fonts/build_fonts.py``
"""

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent
TEXT = ["latin", "latin-ext", "hebrew"]  # merge order: first font wins on overlaps
# Symbols worth keeping in the fallback font: arrows (Noto Sans Symbols 2 has
# no plain ←↑→↓), technical, geometric shapes, misc symbols (★ ☎ ☺),
# dingbats (✓ ✔ ✗ ✘), misc symbols & arrows, plus spaces.  No ₪ (Rubik has it).
SYMBOLS = "U+0020,U+00A0,U+2190-21FF,U+2300-23FF,U+25A0-27BF,U+2B00-2BFF"

# Google's static Rubik instances are (wrongly) named "Rubik Light ..." inside.
RUBIK_FIX = {"Rubik Light": "Rubik", "RubikLight": "Rubik"}
# output file, npm package, weight, subsets, name fixes, unicode subset
FONTS = [
    ("Rubik-Regular.ttf", "rubik", 400, TEXT, RUBIK_FIX, None),
    ("Rubik-Medium.ttf", "rubik", 500, TEXT, RUBIK_FIX, None),
    ("Rubik-Bold.ttf", "rubik", 700, TEXT, RUBIK_FIX, None),
    ("PlaypenSansHebrew-Regular.ttf", "playpen-sans-hebrew", 400, TEXT, {}, None),
    ("NotoSansSymbols2-Regular.ttf", "noto-sans-symbols-2", 400, ["symbols"], {}, SYMBOLS),
    ("NotoEmoji-Regular.ttf", "noto-emoji", 400, ["emoji"], {}, None),
]
# npm package -> (pinned version, licence file written here); bump to update.
PACKAGES = {
    "rubik": ("5.3.0", "OFL-Rubik.txt"),
    "playpen-sans-hebrew": ("5.3.0", "OFL-PlaypenSansHebrew.txt"),
    "noto-sans-symbols-2": ("5.3.0", "OFL-NotoSansSymbols2.txt"),
    "noto-emoji": ("5.3.2", "OFL-NotoEmoji.txt"),
}
REQUIRED_TEXT = [*range(0x20, 0x7F), *range(0x5D0, 0x5EB), 0x20AA]  # ASCII, alef-tav, ₪
REQUIRED_SYMBOLS = [ord(c) for c in "★☆✓✔✗✘☎⇧⌫▲▼●○■□"]


# reportlab draws one glyph per code point and ignores GSUB, so an emoji sequence (ZWJ family,
# skin tone, flag, keycap) would print as its pieces.  The build gives every ligature glyph of
# Noto Emoji a Private Use code point from here on and writes the sequence -> code point table
# beside the font (NotoEmoji-Regular.json); shopkeeper.printing swaps sequences for those code
# points and maps them back to the real sequence in the PDF's ToUnicode table.
EMOJI_PUA_START = 0xE000
EMOJI_PUA_END = 0xF8FF
IGNORED_IN_SEQUENCES = {0xFE0E, 0xFE0F}  # variation selectors: the engine drops them
REQUIRED_EMOJI = [ord(c) for c in "🌸❤👑😀🐶🎁"] + [EMOJI_PUA_START]


def emoji_sequences(font: TTFont) -> dict[str, int]:
    """Give each GSUB ligature glyph a PUA code point; return {"1F468 200D 1F4BB": 0xE000}."""
    rev = {}
    for code, glyph in sorted(font.getBestCmap().items(), reverse=True):
        rev[glyph] = code  # lowest code point wins for glyphs mapped twice
    found: dict[tuple[int, ...], str] = {}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        if lookup.LookupType != 4:
            continue
        for sub in lookup.SubTable:
            for first, ligatures in sub.ligatures.items():
                for lig in ligatures:
                    glyphs = [first, *lig.Component]
                    if not all(g in rev for g in glyphs):
                        continue  # built from an intermediate glyph: unreachable from text
                    seq = tuple(rev[g] for g in glyphs if rev[g] not in IGNORED_IN_SEQUENCES)
                    if len(seq) > 1:
                        found.setdefault(seq, lig.LigGlyph)
    # one code point per sequence (not per glyph: the monochrome font draws every skin tone
    # alike), so the PDF's text maps back to exactly what was typed
    if len(found) > EMOJI_PUA_END - EMOJI_PUA_START + 1:
        raise SystemExit("emoji: more sequences than BMP private-use code points")
    table: dict[str, int] = {}
    added: dict[int, str] = {}
    for code, (seq, glyph) in enumerate(sorted(found.items()), start=EMOJI_PUA_START):
        table[" ".join(f"{c:04X}" for c in seq)] = code
        added[code] = glyph
    for sub in font["cmap"].tables:
        if sub.isUnicode():
            sub.cmap.update(added)
    del font["GSUB"]  # reportlab never applies it; the table above replaces it
    return table


def mark_anchors(font: TTFont) -> dict | None:
    """Hebrew mark-to-base anchors from GPOS, for a layout without a shaper (reportlab):
    {"marks": {"05B8": [[key, x, y], ...]}, "bases": {"05D0": {key: [x, y]}}}, where key names
    one mark class of one subtable; in 1/1000 of the em.  None if the font has no Hebrew marks."""
    cmap = font.getBestCmap()
    by_glyph: dict[str, int] = {}
    for code, glyph in sorted(cmap.items(), reverse=True):
        by_glyph[glyph] = code

    def hebrew_mark(glyph):
        return 0x591 <= by_glyph.get(glyph, 0) <= 0x5C7

    def hebrew_base(glyph):
        code = by_glyph.get(glyph, 0)
        return 0x5D0 <= code <= 0x5F2 or 0xFB1D <= code <= 0xFB4F

    scale = 1000 / font["head"].unitsPerEm
    marks: dict[str, list] = {}
    bases: dict[str, dict] = {}
    if "GPOS" not in font:
        return None
    for li, lookup in enumerate(font["GPOS"].table.LookupList.Lookup):
        for si, sub in enumerate(lookup.SubTable):
            sub = getattr(sub, "ExtSubTable", sub)
            if type(sub).__name__ != "MarkBasePos":
                continue
            for glyph, rec in zip(sub.MarkCoverage.glyphs, sub.MarkArray.MarkRecord, strict=True):
                if hebrew_mark(glyph):
                    a = rec.MarkAnchor
                    key = f"{li}.{si}.{rec.Class}"
                    marks.setdefault(f"{by_glyph[glyph]:04X}", []).append(
                        [key, round(a.XCoordinate * scale), round(a.YCoordinate * scale)]
                    )
            for glyph, rec in zip(sub.BaseCoverage.glyphs, sub.BaseArray.BaseRecord, strict=True):
                if hebrew_base(glyph):
                    for cls, a in enumerate(rec.BaseAnchor):
                        if a is not None:
                            bases.setdefault(f"{by_glyph[glyph]:04X}", {})[f"{li}.{si}.{cls}"] = [
                                round(a.XCoordinate * scale),
                                round(a.YCoordinate * scale),
                            ]
    return {"marks": marks, "bases": bases} if marks else None


def write_json(path: Path, data: dict[str, dict]) -> None:
    """{section: {key: value}} with one key a line, so a rebuild diffs readably."""
    lines = ["{"]
    for si, (section, entries) in enumerate(sorted(data.items())):
        lines.append(f"{json.dumps(section)}: {{")
        items = sorted(entries.items())
        for i, (key, value) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(f"{json.dumps(key)}: {json.dumps(value, separators=(',', ':'))}{comma}")
        lines.append("}," if si < len(data) - 1 else "}")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fetch(pkg: str, version: str, tmp: Path) -> Path:
    """npm pack @fontsource/<pkg>@<version> into tmp, untar, return the package dir."""
    dest = tmp / pkg
    tgz = subprocess.run(
        ["npm", "pack", "--silent", f"@fontsource/{pkg}@{version}"],
        cwd=tmp,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    with tarfile.open(tmp / tgz) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def to_ttf(src: Path, dst: Path) -> Path:
    """WOFF2 -> plain TTF."""
    font = TTFont(src, recalcTimestamp=False)  # keep upstream dates: reproducible
    font.flavor = None
    for tag in ("STAT", "vhea", "vmtx"):  # unused; Merger would drop STAT anyway
        if tag in font:
            del font[tag]
    font.save(dst)
    return dst


def build(pkg_dir: Path, weight: int, subsets, renames, unicodes, tmp: Path) -> TTFont:
    """Convert + merge one weight's WOFF2 subsets; optionally subset; fix names."""
    stem = pkg_dir.parent.name
    ttfs = []
    for sub in subsets:
        src = pkg_dir / "files" / f"{stem}-{sub}-{weight}-normal.woff2"
        if src.exists():
            ttfs.append(to_ttf(src, tmp / f"{stem}-{sub}-{weight}.ttf"))
    font = Merger().merge([str(p) for p in ttfs]) if len(ttfs) > 1 else TTFont(ttfs[0])
    upstream = TTFont(ttfs[0])["head"]  # Merger stamps "now"; keep upstream dates
    font["head"].created, font["head"].modified = upstream.created, upstream.modified
    if unicodes:
        opts = subset.Options(layout_features=["*"], name_IDs=["*"], notdef_outline=True)
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=subset.parse_unicodes(unicodes))
        sub.subset(font)
    for rec in font["name"].names:
        text = rec.toUnicode()
        for old, new in renames.items():
            text = text.replace(old, new)
        rec.string = text
    font.recalcTimestamp = False
    return font


def check(path: Path, required) -> str:
    font = TTFont(path)
    cmap = font.getBestCmap()
    missing = [f"U+{c:04X}" for c in required if c not in cmap]
    status = "OK" if not missing else f"MISSING {' '.join(missing)}"
    return (
        f"{path.name}: family={font['name'].getBestFamilyName()!r} "
        f"glyphs={len(font.getGlyphOrder())} cmap={len(cmap)} "
        f"size={path.stat().st_size // 1024} KiB  check: {status}"
    )


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pkgs = {pkg: fetch(pkg, ver, tmp) for pkg, (ver, _) in PACKAGES.items()}
        for pkg, (_, lic) in PACKAGES.items():
            (OUT / lic).write_text(
                (pkgs[pkg] / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8"
            )
        for name, pkg, weight, subsets, renames, unicodes in FONTS:
            font = build(pkgs[pkg], weight, subsets, renames, unicodes, tmp)
            required = REQUIRED_SYMBOLS if unicodes else REQUIRED_TEXT
            if pkg == "noto-emoji":
                table = emoji_sequences(font)
                sidecar = (OUT / name).with_suffix(".json")
                write_json(sidecar, {"sequences": {k: f"{v:04X}" for k, v in table.items()}})
                print(f"{sidecar.name}: {len(table)} emoji sequences")
                required = REQUIRED_EMOJI
            anchors = mark_anchors(font)
            if anchors:
                sidecar = (OUT / name).with_suffix(".marks.json")
                write_json(sidecar, anchors)
                print(
                    f"{sidecar.name}: {len(anchors['marks'])} marks, {len(anchors['bases'])} bases"
                )
            font.save(OUT / name)
            line = check(OUT / name, required)
            ok &= line.endswith("OK")
            print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
