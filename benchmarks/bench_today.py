"""The today page's queries at scale: `touch.today.today` against the same SQL run raw.

    python benchmarks/bench_today.py [--members 200000] [--seed 1] [--runs 30]

Builds a demo shop in a temporary folder (members with children and pets, two years of sales,
calls, feedback and complaints), reopens it as the app would, then times the whole report the
today page shows — birthdays of today and the week (members, children, pets; Gregorian and
Hebrew calendars), pickups waiting, call-backs due, follow-up purchases, the best-value lapsed
members, complaint follow-ups — through the service, and the same statements run raw on a plain
sqlite3 connection to the same file (fetching the rows, without building records or the Hebrew
dates). Service and raw runs alternate after a warm-up. Prints `name: value unit` lines and
a summary line.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.settings import DEFAULTS
from shopkeeper.shop import Shop
from shopkeeper.touch import birthdays as bd
from shopkeeper.touch import call_winback, calls
from shopkeeper.touch.today import WEEK_AHEAD, WINBACK_ON_TODAY, today

_PICKUPS = "SELECT * FROM pickup_order o LEFT JOIN member m ON m.id = o.member_id WHERE o.status IN ('new', 'ready') ORDER BY o.ready_by, o.id"
_COMPLAINTS = (
    "SELECT c.*, m.first_name, m.last_name, m.phone FROM complaint c LEFT JOIN member m "
    "ON m.id = c.member_id WHERE c.status IN ('open', 'in-progress') AND c.follow_up_on IS NOT NULL "
    "AND c.follow_up_on <= ? ORDER BY c.follow_up_on, c.id"
)
_GREETED = "SELECT member_id, subject_kind, subject_name, occasion_date FROM greeting WHERE occasion_date BETWEEN ? AND ?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)

    on = date.today()
    with tempfile.TemporaryDirectory(prefix="bench-today-") as folder:
        started = time.perf_counter()
        with Shop(Path(folder)) as shop:
            fill_demo_shop(shop, members=args.members, seed=args.seed, today=on)
        report("members", args.members, "members")
        report("build", time.perf_counter() - started, "s", 1)
        shop = Shop(Path(folder))
        raw = sqlite3.connect(shop.database_path, isolation_level=None)
        raw.execute("PRAGMA cache_size = -32000")
        try:
            counts(shop, raw, on)
            service_ms, raw_ms = measure(shop, raw, on, args.runs)
        finally:
            raw.close()
            shop.close()

    for label, times in (("service", service_ms), ("raw", raw_ms)):
        report(f"today {label} p50", statistics.median(times), "ms", 1)
        report(f"today {label} max", max(times), "ms", 1)
    service, baseline = statistics.median(service_ms), statistics.median(raw_ms)
    print(f"today {service:.0f} ms = {service / baseline:.1f}x raw")
    return 0


def counts(shop: Shop, raw: sqlite3.Connection, on: date) -> None:
    """What the page shows, so the figures can be read against it."""
    result = today(shop, on)
    report("birthdays today", len(result.birthdays_today), "")
    report("birthdays this week", len(result.birthdays_week), "")
    report("pickups waiting", len(result.pickups_ready) + len(result.pickups_overdue), "")
    report("call-backs due", len(result.call_backs), "")
    report("follow-ups", len(result.followups), "")
    report("win-back shown", len(result.winback), "")
    report("complaint follow-ups", len(result.complaints_due), "")
    report("children", raw.execute("SELECT COUNT(*) FROM child").fetchone()[0], "")
    report("pets", raw.execute("SELECT COUNT(*) FROM pet").fetchone()[0], "")
    report("purchases", raw.execute("SELECT COUNT(*) FROM purchase").fetchone()[0], "")


def measure(shop: Shop, raw: sqlite3.Connection, on: date, runs: int) -> tuple[list[float], list[float]]:
    for _ in range(3):  # warm the page cache for both
        today(shop, on)
        raw_today(raw, on)
    service_ms: list[float] = []
    raw_ms: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        today(shop, on)
        service_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        raw_today(raw, on)
        raw_ms.append((time.perf_counter() - started) * 1000)
    return service_ms, raw_ms


def raw_today(conn: sqlite3.Connection, on: date) -> int:
    """The statements behind the today report, fetched and nothing more; returns the row count."""
    last = on + timedelta(days=WEEK_AHEAD)
    rows = conn.execute(_GREETED, (on.isoformat(), last.isoformat())).fetchall()
    spans = bd._month_day_spans(on, last)
    hebrew_spans = bd._month_day_spans(on - bd.HEBREW_DRIFT, last + bd.HEBREW_DRIFT)
    for sql, alias in bd._TABLES:
        match, params = bd._born_in(alias, spans)
        where = f"{match} AND (m.hebrew_birthday = 0 OR {alias}.birth_year IS NULL)"
        rows += conn.execute(sql.format(where=where), params).fetchall()
    for sql, alias in bd._HEBREW_TABLES:
        match, params = bd._born_in(alias, hebrew_spans)
        where = f"m.hebrew_birthday = 1 AND {alias}.birth_year IS NOT NULL AND {match}"
        rows += conn.execute(sql.format(where=where), params).fetchall()
    rows += conn.execute(_PICKUPS).fetchall()
    rows += conn.execute(calls._CALL_BACKS, (on.isoformat(),)).fetchall()
    oldest = on - timedelta(days=calls.FOLLOWUP_LOOKBACK)
    newest = on - timedelta(days=int(DEFAULTS[calls.FOLLOWUP_DAYS]) - 1)
    minimum = int(DEFAULTS[calls.FOLLOWUP_MIN_AMOUNT])
    rows += conn.execute(
        calls._FOLLOWUPS, (oldest.isoformat(), newest.isoformat(), minimum, minimum)
    ).fetchall()
    days = int(DEFAULTS[calls.WINBACK_DAYS])
    window = {
        "since": (on - timedelta(days=days - 1)).isoformat(),
        "until": (on + timedelta(days=1)).isoformat(),
    }
    lapsed = conn.execute(
        call_winback._BY_CACHED_SPEND + f" LIMIT {WINBACK_ON_TODAY}", window
    ).fetchall()
    marks = ",".join("?" * len(lapsed))
    rows += conn.execute(
        f"SELECT id, number, first_name, last_name, phone FROM member WHERE id IN ({marks})",
        [member_id for member_id, _ in lapsed],
    ).fetchall()
    rows += conn.execute(_COMPLAINTS, (on.isoformat(),)).fetchall()
    return len(rows)


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:,.{digits}f} {unit}".rstrip())


if __name__ == "__main__":
    raise SystemExit(main())
