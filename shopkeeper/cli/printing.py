"""`shopkeeper-cli print …`: PDFs (pickup slips, thank-you notes, member cards, birthday cards).

Every subcommand writes `--out FILE`, sends the PDF to `--printer NAME|default` (through CUPS's
`lp`, at the PDF's own page size), or both; its JSON says where: "printer" and "job" (null when
it was not printed).

Each kind of PDF registers its own subcommand from a module of its own (`print_slip.py`,
`print_note.py`, `print_card.py`), which defines `add_parser(subparsers, common)`.  A module listed
here that does not exist yet is skipped, so each can land on its own.
"""

from __future__ import annotations

import argparse
import importlib
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from shopkeeper.cli.output import Output
from shopkeeper.printing.print_queue import send_pdf

SUBCOMMAND_MODULES = ("print_slip", "print_note", "print_card", "print_birthday_card")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `print` and every subcommand module that is present."""
    print_ = sub.add_parser(
        "print",
        parents=[common],
        help="make PDFs and print them: pickup slips, notes, cards, birthday cards",
    )
    psub = print_.add_subparsers(dest="print_command", metavar="WHAT", required=True)
    for name in SUBCOMMAND_MODULES:
        qualified = f"{__package__}.{name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name != qualified:
                raise  # the module is there but something it imports is not
            continue
        module.add_parser(psub, common)


def add_out_argument(parser: argparse.ArgumentParser) -> None:
    """The `--out FILE` and `--printer NAME|default` every print subcommand takes (one or both)."""
    parser.add_argument("--out", type=Path, metavar="FILE", help="the PDF to write")
    parser.add_argument(
        "--printer",
        metavar="NAME|default",
        help="send the PDF to this printer (a CUPS queue, or 'default'); --out is still written",
    )


def check_destination(args: argparse.Namespace, out: Output) -> int | None:
    """Exit code 2 with a message when neither --out nor --printer was given, else None."""
    if args.out is None and not args.printer:
        return out.fail("Say where the PDF goes: --out FILE, --printer NAME|default, or both.", 2)
    return None


@contextmanager
def pdf_target(out: Path | None) -> Iterator[Path]:
    """The path to write the PDF to: `out` (the `--out` file), or a temporary file when it only
    goes to a printer (removed after)."""
    if out is not None:
        yield out
        return
    with tempfile.TemporaryDirectory(prefix="shopkeeper-print-") as folder:
        yield Path(folder) / "document.pdf"


def to_printer(args: argparse.Namespace, path: Path, title: str = "") -> dict[str, object]:
    """Send the PDF at `path` to `--printer` if given: {"printer", "job"} for the JSON (both None
    when not printed).  Raises the print queue's ShopError (exit code 1)."""
    if not args.printer:
        return {"printer": None, "job": None}
    job = send_pdf(path, args.printer, title=title)
    return {"printer": args.printer, "job": job}


def printed_text(sent: dict[str, object]) -> str:
    """A line's tail for a person: where the PDF was sent, if it was."""
    return f"; sent to {sent['printer']} (job {sent['job']})" if sent["job"] else ""


def make_and_send(
    args: argparse.Namespace, out: Output, make: Callable[[Path], object], title: str = ""
) -> tuple[object, dict[str, object]] | int:
    """Write the PDF with `make(path)` to --out (or a temporary file) and send it to --printer:
    (what `make` returned, {"printer", "job"}), or the exit code when the file cannot be written."""
    with pdf_target(args.out) as path:
        try:
            made = make(path)
        except OSError as error:
            return out.fail(f"Cannot write {path}: {error.strerror or error}", 2)
        return made, to_printer(args, path, title)


def page_mm(page: tuple[float, float]) -> tuple[float, float]:
    """A page's (width, height) in points as millimetres, to a tenth."""
    width, height = (round(side * 25.4 / 72, 1) for side in page)
    return width, height


def written(
    out: Output,
    path: Path | None,
    page: tuple[float, float],
    sent: dict[str, object] | None = None,
    **extra: object,
) -> int:
    """Report a PDF written to `path` (None: only printed) and sent as `sent` says: its path and
    page size in millimetres (and `extra` in JSON)."""
    sent = sent or {"printer": None, "job": None}
    width, height = page_mm(page)
    data = {"path": str(path) if path else None, "width_mm": width, "height_mm": height}
    data.update(extra)
    data.update(sent)
    what = f"Wrote {path}" if path else "Made the PDF"
    out.result(data, f"{what} ({width:g} × {height:g} mm){printed_text(sent)}")
    return 0
