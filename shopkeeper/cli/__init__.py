"""shopkeeper-cli: thin commands over the same Shop services the GUI uses (no Qt here).

    shopkeeper-cli [--data-dir DIR] COMMAND ... [--json]

Exit codes: 0 done; 1 the shop said no (a ShopError: invalid phone, member not found, rejected rows,
failed integrity check …); 2 it could not start (bad arguments, a database that cannot be opened, an
import file that cannot be used at all).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from shopkeeper.cli import (
    calls,
    commands,
    complaints,
    feedback,
    greet,
    loyalty,
    members,
    pickups,
    printing,
    programme,
    purchases,
    settings,
    touch,
)
from shopkeeper.cli.output import Output
from shopkeeper.errors import (
    DatabaseDamaged,
    ImportFileError,
    NotADatabase,
    SchemaTooNew,
    ShopError,
)
from shopkeeper.paths import resolve_data_dir
from shopkeeper.shop import Shop

__all__ = ["build_parser", "main"]

_CANNOT_OPEN = (SchemaTooNew, DatabaseDamaged, NotADatabase)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; `--json` and `--data-dir` are accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the shop's data folder (default: the platform's user data folder)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    parser = argparse.ArgumentParser(
        prog="shopkeeper-cli",
        parents=[common],
        description="The customer club from the command line, on the same data as the Shopkeeper app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.add_parsers(sub, common)
    members.add_parsers(sub, common)
    purchases.add_parsers(sub, common)
    loyalty.add_parsers(sub, common)
    programme.add_parsers(sub, common)
    pickups.add_parsers(sub, common)
    printing.add_parsers(sub, common)
    touch.add_parsers(sub, common)
    greet.add_parsers(sub, common)
    feedback.add_parsers(sub, common)
    complaints.add_parsers(sub, common)
    calls.add_parsers(sub, common)
    settings.add_parsers(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code (never raises for a user's mistake)."""
    _use_utf8_output()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already printed by argparse
        return exit_.code if isinstance(exit_.code, int) else 2
    out = Output(json_mode=getattr(args, "json", False))
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        shop = Shop(data_dir)
    except _CANNOT_OPEN as error:
        return out.fail(str(error), 2)
    except ShopError as error:
        return out.fail(str(error), 1)
    except OSError as error:
        return out.fail(f"Cannot open the shop in {data_dir}: {error.strerror or error}", 2)
    except sqlite3.Error as error:
        return out.fail(f"Cannot open the shop in {data_dir}: {error}", 2)
    try:
        return args.handler(shop, args, out)
    except ImportFileError as error:
        return out.fail(str(error), 2)
    except ShopError as error:
        return out.fail(str(error), 1)
    except sqlite3.Error as error:
        return out.fail(f"The shop database reported an error: {error}", 1)
    except KeyboardInterrupt:
        return out.fail("Interrupted; the unfinished change was not saved.", 130)
    except BrokenPipeError:  # `shopkeeper-cli … | head`: the reader left, which is not an error
        _silence_stdout()
        return 1
    finally:
        shop.close()


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _use_utf8_output() -> None:
    """Hebrew names must print on a Windows console or a pipe with a legacy code page too."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8")
