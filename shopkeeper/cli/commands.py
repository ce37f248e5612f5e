"""`shopkeeper-cli demo`, `import members|purchases` and `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shopkeeper.cli.output import Output


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register the commands that are not about single members."""
    demo = sub.add_parser("demo", parents=[common], help="fill an empty shop with made-up members")
    demo.add_argument(
        "--members", type=_count, default=500, metavar="N", help="how many (default 500)"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="same seed, same shop (default 1)"
    )
    demo.set_defaults(handler=run_demo)

    import_ = sub.add_parser(
        "import", parents=[common], help="import members or purchases from a CSV or Excel file"
    )
    isub = import_.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    members = isub.add_parser(
        "members", parents=[common], help="members from CSV (any encoding) or .xlsx"
    )
    members.add_argument("file", type=Path, metavar="FILE")
    members.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    members.add_argument(
        "--map",
        action="append",
        type=_mapping,
        default=[],
        metavar='"Header=field"',
        help="read the column Header into field (repeatable; field - or ignore skips the column)",
    )
    members.set_defaults(handler=import_members)
    purchases = isub.add_parser(
        "purchases",
        parents=[common],
        help="purchase history (phone, date, amount, optional item) from CSV or .xlsx",
    )
    purchases.add_argument("file", type=Path, metavar="FILE")
    purchases.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    purchases.add_argument(
        "--map",
        action="append",
        type=_mapping,
        default=[],
        metavar='"Header=field"',
        help="read the column Header into field: phone, date, amount, item, category, qty, price, "
        "channel, note (repeatable; - skips the column)",
    )
    purchases.set_defaults(handler=import_purchases)

    check = sub.add_parser("check", parents=[common], help="integrity check and schema version")
    check.set_defaults(handler=check_shop)


def run_demo(shop, args: argparse.Namespace, out: Output) -> int:
    from shopkeeper.data.demo import fill_demo_shop

    existing = shop.members.count()
    if existing:
        return out.fail(
            f"The shop already has {existing} members; the demo only fills an empty shop "
            "(use --data-dir with a new folder).",
            1,
        )
    progress = None
    if not out.json_mode and sys.stderr.isatty() and args.members >= 20_000:

        def progress(done: int, total: int) -> None:
            out.note(f"{done:,} of {total:,} members")

    added = fill_demo_shop(shop, members=args.members, seed=args.seed, progress=progress)
    settings = shop.settings.to_json()
    out.result(
        {"members": added, "shop_name": settings["shop_name"], "logo": settings["logo"]},
        f"{added} demo members added to {shop.database_path}",
    )
    return 0


def import_members(shop, args: argparse.Namespace, out: Output) -> int:
    from shopkeeper.data.importing import import_members as run_import

    mapping = dict(args.map) or None
    report = run_import(shop, args.file, dry_run=args.dry_run, mapping=mapping)
    out.result(report.to_json(), _import_text(report, "members", "already members"))
    return 1 if report.rejected else 0


def import_purchases(shop, args: argparse.Namespace, out: Output) -> int:
    from shopkeeper.data.purchase_import import import_purchases as run_import

    report = run_import(
        shop, args.file, dry_run=args.dry_run, mapping=dict(args.map) or None, by="shopkeeper-cli"
    )
    out.result(report.to_json(), _import_text(report, "purchases", "already recorded"))
    return 1 if report.rejected else 0


def check_shop(shop, args: argparse.Namespace, out: Output) -> int:
    report = shop.check()
    data = {
        "ok": report.ok,
        "schema_version": report.schema_version,
        "app_schema_version": report.app_schema_version,
        "problems": list(report.problems),
        "members": report.members,
        "path": report.path,
    }
    lines = [
        f"Database:       {report.path}",
        f"Schema version: {report.schema_version} (this app: {report.app_schema_version})",
        f"Members:        {report.members}",
        f"Integrity:      {'ok' if report.ok else 'PROBLEMS'}",
        *(f"  {problem}" for problem in report.problems),
    ]
    out.result(data, "\n".join(lines))
    return 0 if report.ok else 1


def _import_text(report, what: str, existing: str) -> str:
    verb = "Would import" if report.dry_run else "Imported"
    lines = [
        ("Dry run, nothing written. " if report.dry_run else "")
        + f"{verb} {report.imported} {what}; {report.existing} {existing}; "
        f"{len(report.rejected)} rows rejected."
    ]
    lines += [f"  row {rejected.row}: {rejected.reason}" for rejected in report.rejected]
    return "\n".join(lines)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("cannot be negative")
    return value


def _mapping(text: str) -> tuple[str, str]:
    header, sep, field = text.rpartition("=")
    if not sep or not header.strip():
        raise argparse.ArgumentTypeError(f"“{text}” is not Header=field")
    return header.strip(), field.strip()
