"""A member's history at scale: the timeline's pages against one raw indexed read of the ledger.

    python benchmarks/bench_history.py [--ledger-rows 20000] [--purchases 3000] [--pages 20]

Builds a shop in a temporary folder with one member who has `--purchases` real purchases (each
with its earn row) and manual adjustments up to `--ledger-rows` ledger rows over five years, plus
other members around them, closes and reopens it, then times:

- `shop.history.timeline(member, limit=100)`: the first page of everything, then the next pages
  by cursor (every kind merged, purchases with their lines, the balance after each points row);
- the same for the points alone (`kinds="points"`);
- the baseline: `SELECT … FROM ledger WHERE member_id=? ORDER BY id DESC LIMIT 100` on the same
  connection (the cheapest read of a page of the ledger, without balances or other kinds).

Prints `name: value unit` lines and a summary line comparing the medians.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from shopkeeper.club.records import MemberDraft
from shopkeeper.sales.records import PurchaseDraft
from shopkeeper.shop import Shop

PAGE = 100
START = datetime(2021, 1, 1, 9, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ledger-rows", type=int, default=20_000)
    parser.add_argument("--purchases", type=int, default=3_000)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-history-") as folder:
        started = time.perf_counter()
        with Shop(Path(folder), now=lambda: START + timedelta(days=5 * 365)) as shop:
            member = build(shop, args.ledger_rows, args.purchases)
        report("build", time.perf_counter() - started, "s", 1)
        with Shop(Path(folder), now=lambda: START + timedelta(days=5 * 365)) as shop:
            conn = shop.db.connection()
            rows = conn.execute("SELECT COUNT(*) FROM ledger WHERE member_id=?", (member,))
            report("member ledger rows", rows.fetchone()[0], "", 0)
            everything = pages(
                lambda before: shop.history.timeline(member, before=before), args.pages
            )
            points = pages(
                lambda before: shop.history.timeline(member, "points", before=before), args.pages
            )
            raw = [
                timed(
                    lambda: conn.execute(
                        "SELECT id, at, kind, points, reason FROM ledger WHERE member_id=? "
                        "ORDER BY id DESC LIMIT ?",
                        (member, PAGE),
                    ).fetchall()
                )
                for _ in range(args.pages)
            ]
            totals = [timed(lambda: shop.history.totals(member)) for _ in range(5)]
        for name, values in (
            ("timeline page", everything),
            ("points page", points),
            ("raw ledger page", raw),
            ("totals", totals),
        ):
            report(f"{name} median", statistics.median(values) * 1000, "ms", 2)
            report(f"{name} max", max(values) * 1000, "ms", 2)
        ratio = statistics.median(everything) / max(statistics.median(raw), 1e-9)
        print(
            f"history page median {statistics.median(everything) * 1000:.1f} ms "
            f"= {ratio:.0f}x a raw ledger page ({args.ledger_rows} ledger rows)"
        )
    return 0


def build(shop: Shop, ledger_rows: int, purchases: int) -> int:
    """One busy member among a few quiet ones; returns the busy member's id."""
    member = shop.members.add(MemberDraft(first_name="Busy", phone="052-111-0000")).member.id
    for n in range(20):
        shop.members.add(MemberDraft(first_name=f"Quiet{n}", phone=f"052-222-{n:04d}"))
    span = timedelta(days=5 * 365)
    with shop.db.atomic():
        for n in range(purchases):
            at = START + span * n / max(purchases, 1)
            shop.purchases.record(PurchaseDraft(member, amount=1_000 + n % 90 * 100, at=at))
        adjustments = max(ledger_rows - purchases, 0)
        shop.db.connection().executemany(
            "INSERT INTO ledger (member_id, at, kind, points, source, reason, by) "
            "VALUES (?, ?, 'adjust', ?, 'manual', 'bench', 'bench')",
            [
                (member, (START + span * n / max(adjustments, 1)).isoformat(timespec="seconds"), 1)
                for n in range(adjustments)
            ],
        )
    return member


def pages(read, count: int) -> list[float]:
    """Seconds per page, reading `count` pages one after another by cursor."""
    times, before = [], None
    for _ in range(count):
        started = time.perf_counter()
        page = read(before)
        times.append(time.perf_counter() - started)
        if len(page) < PAGE:
            break
        before = page[-1].cursor
    return times


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def report(name: str, value: float, unit: str, digits: int) -> None:
    print(f"{name}: {value:.{digits}f} {unit}".rstrip())


if __name__ == "__main__":
    raise SystemExit(main())
