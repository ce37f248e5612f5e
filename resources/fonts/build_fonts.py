"""Build the TrueType fonts bundled with Shopkeeper (re-runnable).

Downloads the OFL-licensed fonts from npm ``@fontsource/*`` packages
(``npm pack`` into a temp dir), converts the per-script WOFF2 subsets to TTF,
merges the Latin / Latin-ext / Hebrew subsets into one font per weight with
``fontTools.merge.Merger``, and writes the TTFs plus the OFL licence texts next
to this script.  Needs ``npm`` on PATH and ``fontTools`` + ``brotli``
(dev extra).  Usage: ``python resources/fonts/build_fonts.py``
"""

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
]
# npm package -> (pinned version, licence file written here); bump to update.
PACKAGES = {
    "rubik": ("5.3.0", "OFL-Rubik.txt"),
    "playpen-sans-hebrew": ("5.3.0", "OFL-PlaypenSansHebrew.txt"),
    "noto-sans-symbols-2": ("5.3.0", "OFL-NotoSansSymbols2.txt"),
}
REQUIRED_TEXT = [*range(0x20, 0x7F), *range(0x5D0, 0x5EB), 0x20AA]  # ASCII, alef-tav, ₪
REQUIRED_SYMBOLS = [ord(c) for c in "★☆✓✔✗✘☎⇧⌫▲▼●○■□"]


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
            font.save(OUT / name)
            line = check(OUT / name, REQUIRED_SYMBOLS if unicodes else REQUIRED_TEXT)
            ok &= line.endswith("OK")
            print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
