"""`shopkeeper-cli print …`: PDFs (pickup slips, thank-you notes, member cards).

Each kind of PDF registers its own subcommand from a module of its own (`print_slip.py`,
`print_note.py`, `print_card.py`), which defines `add_parser(subparsers, common)`.  A module listed
here that does not exist yet is skipped, so each can land on its own.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from shopkeeper.cli.output import Output

SUBCOMMAND_MODULES = ("print_slip", "print_note", "print_card")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `print` and every subcommand module that is present."""
    print_ = sub.add_parser("print", parents=[common], help="make PDFs: pickup slips, notes, cards")
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
    """The `--out FILE` every print subcommand takes."""
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF to write")


def written(out: Output, path: Path, page: tuple[float, float], **extra: object) -> int:
    """Report a written PDF: its path and page size in millimetres (and `extra` in JSON)."""
    width, height = (round(side * 25.4 / 72, 1) for side in page)
    data = {"path": str(path), "width_mm": width, "height_mm": height, **extra}
    out.result(data, f"Wrote {path} ({width:g} × {height:g} mm)")
    return 0
