"""Thank-you notes at scale: the real note PDF path against raw reportlab drawing the same strings.

    python benchmarks/bench_notes.py [--count 1000] [--seed 1]

Builds a demo shop of COUNT members (two years of purchases), fills in one Hebrew A6 note per
member on the default template (DB reads and a fresh coupon each: timed on its own), then writes
them as one PDF through ``note_pdf`` — bidi, wrapping, auto-shrink, font fallback, the QR code,
page streaming — and, in the same run, with a plain reportlab canvas that draws the same strings
with ``drawRightString`` (no bidi, no wrapping, no shrinking) and the same QR code.  The two
alternate, best of three each.  A second pair does the same without the coupon (text only).

Memory: the peak traced by ``tracemalloc`` while writing COUNT and 10 × COUNT unique notes (made
on the fly, so the list of notes is not what is measured) to a file, for the real path and the
raw one.

Prints ``name: value unit`` lines and ends with ``notes N in T s = R x raw reportlab``.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import io
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.printing.fonts import register_fonts
from shopkeeper.printing.layout import strip_bidi_controls
from shopkeeper.printing.note_batch import notes_for_members
from shopkeeper.printing.note_parts import draw_qr
from shopkeeper.printing.notes import NoteContent, note_pdf
from shopkeeper.shop import Shop

W, H = A6
MEMORY_FACTOR = 10
QR_POOL = 40  # coupon codes the memory runs cycle through (the QR cache holds 64)


def raw_pdf(notes, out) -> int:
    """The baseline: the same strings per note, drawn as they are, right-aligned, one per line."""
    register_fonts()
    canvas = Canvas(out, pagesize=A6, initialFontName="Rubik", pageCompression=1)
    right = W - 11 * mm
    pages = 0
    for note in notes:
        canvas.setFont("PlaypenSansHebrew", 15)
        y = H - 30 * mm
        for line in strip_bidi_controls(note.body).split("\n"):
            canvas.drawRightString(right, y, line)
            y -= 20
        if note.coupon:
            draw_qr(canvas, note.coupon, 14 * mm, 24 * mm, 16 * mm)
            canvas.setFont("Rubik-Medium", 8.5)
            canvas.drawRightString(right - 8 * mm, 38 * mm, note.coupon_offer)
            canvas.setFont("Rubik-Bold", 13)
            canvas.drawRightString(right - 8 * mm, 32 * mm, note.coupon)
            canvas.setFont("Rubik", 6.5)
            canvas.drawRightString(right - 8 * mm, 27 * mm, note.coupon_until)
        canvas.setFont("Rubik", 6.5)
        canvas.drawRightString(right, 12 * mm, note.return_policy)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def real_pdf(notes, out) -> int:
    return note_pdf(notes, out, size="a6").pages


def timed(write: Callable, notes) -> float:
    gc.collect()
    started = time.perf_counter()
    write(notes, io.BytesIO())
    return time.perf_counter() - started


def best_of(rounds: int, real: Callable, raw: Callable, notes) -> tuple[float, float]:
    real_times, raw_times = [], []
    for _ in range(rounds):
        real_times.append(timed(real, notes))
        raw_times.append(timed(raw, notes))
    return min(real_times), min(raw_times)


def unique_notes(notes: list[NoteContent], count: int) -> Iterator[NoteContent]:
    """``count`` notes, each different (a number in the greeting changes), made one at a time.

    Their coupons come from a pool of QR_POOL codes: encoding a QR code is CPU work that keeps
    nothing, and under tracemalloc it would take most of the run."""
    for i in range(count):
        note = notes[i % len(notes)]
        lines = note.body.split("\n")
        lines[0] = f"{lines[0]} ({i})"
        coupon = notes[i % QR_POOL].coupon if note.coupon else None
        yield dataclasses.replace(note, body="\n".join(lines), coupon=coupon)


def peak_memory(write: Callable, notes: list[NoteContent], count: int, folder: Path) -> float:
    """MB: the most memory traced while writing ``count`` notes to a file."""
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    write(unique_notes(notes, count), str(folder / f"memory-{count}.pdf"))
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return peak / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="notes (and members)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each, best kept")
    args = parser.parse_args(argv)
    count = args.count
    # page streams Flate-compressed only, as note_pdf writes them (reportlab's default adds
    # ASCII85 on top, which would slow the baseline down for nothing)
    rl_config.useA85 = 0

    with tempfile.TemporaryDirectory(prefix="bench-notes-") as name:
        folder = Path(name)
        shop = Shop(folder / "shop")
        try:
            started = time.perf_counter()
            fill_demo_shop(shop, members=count, seed=args.seed)
            print(f"demo shop: {time.perf_counter() - started:.2f} s ({count} members)")
            ids = [r[0] for r in shop.db.connection().execute("SELECT id FROM member ORDER BY id")]
            template = shop.note_templates.get("תודה")
            started = time.perf_counter()
            notes = list(notes_for_members(shop, ids, template))
            fill = time.perf_counter() - started
            print(f"fill in notes: {fill * 1000 / count:.2f} ms/note (DB reads, a coupon each)")
        finally:
            shop.close()

        # warm-up: fonts, ICU, caches of the template's fixed lines
        real_pdf(notes[:20], io.BytesIO())
        raw_pdf(notes[:20], io.BytesIO())

        real, raw = best_of(args.rounds, real_pdf, raw_pdf, notes)
        print(f"real path: {real:.3f} s ({real * 1000 / count:.2f} ms/note)")
        print(f"raw reportlab: {raw:.3f} s ({raw * 1000 / count:.2f} ms/note)")
        plain = [
            dataclasses.replace(n, coupon=None, coupon_offer="", coupon_until="") for n in notes
        ]
        text_real, text_raw = best_of(args.rounds, real_pdf, raw_pdf, plain)
        print(f"text only, real path: {text_real:.3f} s")
        print(f"text only, raw reportlab: {text_raw:.3f} s")
        print(f"text only ratio: {text_real / text_raw:.2f} x")
        for label, write in (("real path", real_pdf), ("raw reportlab", raw_pdf)):
            for n in (count, count * MEMORY_FACTOR):
                print(
                    f"peak memory, {label}, {n} notes: {peak_memory(write, notes, n, folder):.1f} MB"
                )
    print(f"notes {count} in {real:.2f} s = {real / raw:.2f}x raw reportlab")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
