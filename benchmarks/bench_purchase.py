"""Recording a purchase at scale: the real PurchaseService against one raw INSERT transaction.

    python benchmarks/bench_purchase.py [--members 200000] [--ledger-rows 2000000] [--seed 1]
                                        [--purchases 300]

Builds a demo shop (members with two years of purchases and points) in a temporary folder and tops
its ledger up to `--ledger-rows` with manual adjustments spread over the members and the two years,
closes and reopens it, then times on random members:

- `shop.purchases.record(PurchaseDraft(member, amount=…))`: the quote, the purchase row, points at
  the tier's multiplier, the ledger row, stamp cards, the referral check, the tier recomputed and
  cached, the new balance; one transaction, committed with synchronous=FULL;
- the baseline: on a plain sqlite3 connection to the same file with the same pragmas,
  `BEGIN IMMEDIATE`, one purchase row and one ledger row, `COMMIT`;
- the card's read: `shop.loyalty.for_member(id)` (everything the card shows), and the balance and
  tier alone (`shop.ledger.balance` + `shop.loyalty.tier`).

Service and raw purchases alternate, in shuffled order, after a warm-up. Prints `name: value unit`
lines and a summary line comparing the medians.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.sales.records import PurchaseDraft
from shopkeeper.shop import Shop
from shopkeeper.store.database import PRAGMAS

WARM_UP = 20
_FILLER_CHUNK = 50_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--ledger-rows", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--purchases", type=int, default=300, help="of each kind, and card reads")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="bench-purchase-") as folder:
        started = time.perf_counter()
        with Shop(Path(folder)) as shop:
            fill_demo_shop(shop, members=args.members, seed=args.seed)
            report("demo", time.perf_counter() - started, "s", 1)
            filler = top_up_ledger(shop, args.ledger_rows, rng)
            conn = shop.db.connection()
            counts = conn.execute(
                "SELECT (SELECT COUNT(*) FROM member), (SELECT COUNT(*) FROM purchase), "
                "(SELECT COUNT(*) FROM ledger)"
            ).fetchone()
        report("members", counts[0], "members")
        report("purchases", counts[1], "purchases")
        report("ledger rows", counts[2], f"rows ({filler} added as adjustments)")
        report("build", time.perf_counter() - started, "s", 1)
        shop = Shop(Path(folder))
        raw = sqlite3.connect(shop.database_path, isolation_level=None)
        for pragma, value in PRAGMAS.items():
            raw.execute(f"PRAGMA {pragma} = {value}")
        try:
            members = [rng.randint(1, counts[0]) for _ in range(args.purchases)]
            service_ms, raw_ms = time_purchases(shop, raw, members, rng)
            readers = {
                "card for_member": lambda m: shop.loyalty.for_member(m),
                "card balance+tier": lambda m: (shop.ledger.balance(m), shop.loyalty.tier(m)),
            }
            readers_on = [rng.randint(1, counts[0]) for _ in range(args.purchases)]
            read_ms = time_reads(readers, readers_on)
            report("database", shop.database_path.stat().st_size / 1e6, "MB", 0)
        finally:
            raw.close()
            shop.close()

    for label, times in (("service", service_ms), ("raw insert", raw_ms)):
        report(f"purchase {label} p50", percentile(times, 50), "ms", 3)
        report(f"purchase {label} p95", percentile(times, 95), "ms", 3)
    for label, times in read_ms.items():
        report(f"{label} p50", percentile(times, 50), "ms", 3)
        report(f"{label} p95", percentile(times, 95), "ms", 3)
    service, baseline = percentile(service_ms, 50), percentile(raw_ms, 50)
    print(f"purchase {service:.1f} ms = {service / baseline:.1f}x raw insert")
    return 0


def top_up_ledger(shop: Shop, target: int, rng: random.Random) -> int:
    """Add manual adjustments (a few points each, never taking a balance below zero) on random
    members at random moments of the last two years until the ledger holds `target` rows."""
    conn = shop.db.connection()
    have, members = conn.execute(
        "SELECT (SELECT COUNT(*) FROM ledger), (SELECT MAX(id) FROM member)"
    ).fetchone()
    missing = max(0, target - have)
    start = datetime.now().replace(microsecond=0) - timedelta(days=730)
    with shop.db.atomic():
        for first in range(0, missing, _FILLER_CHUNK):
            conn.executemany(
                "INSERT INTO ledger (member_id, at, kind, points, source, reason, by) "
                "VALUES (?, ?, 'adjust', ?, 'manual', 'goodwill', 'bench')",
                [
                    (
                        rng.randint(1, members),
                        (start + timedelta(seconds=rng.randrange(730 * 86_400))).isoformat(),
                        rng.randint(1, 50),
                    )
                    for _ in range(min(_FILLER_CHUNK, missing - first))
                ],
            )
    return missing


def time_purchases(
    shop: Shop, raw: sqlite3.Connection, members: list[int], rng: random.Random
) -> tuple[list[float], list[float]]:
    """Milliseconds per purchase through the service and as a raw transaction, interleaved."""

    def service(member_id: int, amount: int) -> None:
        shop.purchases.record(PurchaseDraft(member_id, amount=amount), by="bench")

    def rawly(member_id: int, amount: int) -> None:
        at = datetime.now().isoformat(timespec="seconds")
        raw.execute("BEGIN IMMEDIATE")
        purchase_id = raw.execute(
            "INSERT INTO purchase (member_id, at, amount, created_by) VALUES (?, ?, ?, 'bench')",
            (member_id, at, amount),
        ).lastrowid
        raw.execute(
            "INSERT INTO ledger (member_id, at, kind, points, source, purchase_id, by) "
            "VALUES (?, ?, 'earn', ?, 'purchase', ?, 'bench')",
            (member_id, at, amount // 100, purchase_id),
        )
        raw.execute("COMMIT")

    def amount() -> int:
        return rng.randint(20, 300) * 100 - rng.choice((0, 10))

    for member_id in members[:WARM_UP]:
        service(member_id, amount())
        rawly(member_id, amount())
    runs: list[tuple[Callable[[int, int], None], list[float], int]] = []
    service_ms: list[float] = []
    raw_ms: list[float] = []
    for member_id in members:
        pair = [(service, service_ms), (rawly, raw_ms)]
        rng.shuffle(pair)
        runs += [(run, times, member_id) for run, times in pair]
    for run, times, member_id in runs:
        value = amount()
        started = time.perf_counter_ns()
        run(member_id, value)
        times.append((time.perf_counter_ns() - started) / 1e6)
    return service_ms, raw_ms


def time_reads(
    readers: dict[str, Callable[[int], object]], members: list[int]
) -> dict[str, list[float]]:
    """Milliseconds per read for each reader, on the same members, after a warm-up."""
    times: dict[str, list[float]] = {name: [] for name in readers}
    for member_id in members[:WARM_UP]:
        for read in readers.values():
            read(member_id)
    for member_id in members:
        for name, read in readers.items():
            started = time.perf_counter_ns()
            read(member_id)
            times[name].append((time.perf_counter_ns() - started) / 1e6)
    return times


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))]


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}")


if __name__ == "__main__":
    raise SystemExit(main())
