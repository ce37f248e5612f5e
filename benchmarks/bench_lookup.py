"""Counter search at scale: the real MemberSearch against the same index scans in raw SQL.

    python benchmarks/bench_lookup.py [--members 200000] [--seed 1] [--queries 300]

Builds a demo shop in a temporary folder, closes and reopens it (as the app would on its next
start), then times ~300 queries of each kind — phone fragments (4-7 digits, some typed with dashes),
name prefixes (1-4 letters, Hebrew and English) and member numbers — through `shop.search.search`,
and the same lookups as raw SQL on a plain sqlite3 connection to the same file: the statements
MemberSearch runs, the same rows fetched, then the member rows for them. Service and raw calls
alternate, in shuffled order, after a warm-up. Prints `name: value unit` lines and a summary line.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shopkeeper.club.members import SUMMARY_COLUMNS
from shopkeeper.club.phones import InvalidPhone, national_digits, parse_phone
from shopkeeper.club.search import DEFAULT_LIMIT
from shopkeeper.club.text import fold_words, prefix_upper_bound
from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.shop import Shop

KINDS = ("phone", "name", "number")
_NUMBER_DIGITS = 7  # MemberSearch tries digit strings this short as member numbers too
_NAME_SQL = (
    "SELECT k.member_id FROM name_key k JOIN member m ON m.id = k.member_id "
    "WHERE k.word >= ? AND k.word < ? ORDER BY k.word, k.member_id"
)
_FRAGMENT_SQL = (
    "SELECT member_id FROM phone_fragment WHERE fragment >= ? AND fragment < ? ORDER BY fragment"
)


@dataclass(frozen=True)
class Query:
    kind: str
    text: str  # as typed at the counter
    word: str = ""  # name: the folded prefix
    digits: str = ""  # phone / number: the national digits
    number: int | None = None  # the member number it may be
    e164: str | None = None  # the full phone it may be


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=300, help="per kind")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-lookup-") as folder:
        started = time.perf_counter()
        with Shop(Path(folder)) as shop:
            fill_demo_shop(shop, members=args.members, seed=args.seed)
        report("members", args.members, "members")
        report("build", time.perf_counter() - started, "s", 1)
        started = time.perf_counter()
        shop = Shop(Path(folder))
        report("open", (time.perf_counter() - started) * 1000, "ms", 1)
        raw = sqlite3.connect(shop.database_path, isolation_level=None)
        raw.execute("PRAGMA cache_size = -32000")
        try:
            queries = make_queries(raw, random.Random(args.seed), args.queries)
            service_ms, raw_ms, same = measure(shop, raw, queries, random.Random(args.seed))
        finally:
            raw.close()
            shop.close()

    report("same results", same, f"of {len(queries)} queries")
    for kind in KINDS:
        for label, times in (("service", service_ms), ("raw", raw_ms)):
            report(f"{kind} {label} p50", percentile(times[kind], 50), "ms", 3)
            report(f"{kind} {label} p95", percentile(times[kind], 95), "ms", 3)
    service_p95 = percentile([t for kind in KINDS for t in service_ms[kind]], 95)
    raw_p95 = percentile([t for kind in KINDS for t in raw_ms[kind]], 95)
    print(f"lookup p95 {service_p95:.2f} ms = {service_p95 / raw_p95:.1f}x raw index")
    return 0


def make_queries(conn: sqlite3.Connection, rng: random.Random, per_kind: int) -> list[Query]:
    """Lookups a person would type, drawn from members that exist."""
    count = conn.execute("SELECT MAX(id) FROM member").fetchone()[0]

    def member(member_id: int) -> tuple[int, str, str, str]:
        return conn.execute(
            "SELECT number, phone, first_name, last_name FROM member WHERE id = ?", (member_id,)
        ).fetchone()

    queries = []
    for i in range(per_kind):
        _, phone, first, last = member(rng.randint(1, count))
        queries.append(digit_query("phone", phone_fragment(phone, rng, dashed=i % 3 == 0)))
        queries.append(digit_query("number", str(rng.randint(1, count))))
        want_hebrew = i % 2 == 0
        while (is_hebrew := any("\u05d0" <= ch <= "\u05ea" for ch in first + last)) != want_hebrew:
            _, _, first, last = member(rng.randint(1, count))
        word = rng.choice(fold_words(rng.choice((first, last)) or first + last))
        typed = word[: rng.randint(1, min(4, len(word)))]
        if not is_hebrew and rng.random() < 0.5:
            typed = typed.capitalize()
        queries.append(Query("name", typed, word=fold_words(typed)[0]))
    return queries


def phone_fragment(e164: str, rng: random.Random, dashed: bool) -> str:
    """4-7 consecutive digits of the national number, as shown (052-345-6789) when `dashed`."""
    digits = national_digits(e164)
    length = rng.randint(4, 7)
    start = rng.randint(0, len(digits) - length)
    if not dashed:
        return digits[start : start + length]
    shown = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    positions = [i for i, ch in enumerate(shown) if ch.isdigit()]
    return shown[positions[start] : positions[start + length - 1] + 1]


def digit_query(kind: str, text: str) -> Query:
    digits = "".join(ch for ch in text if ch.isdigit())
    try:
        e164 = parse_phone(text).e164
    except InvalidPhone:
        e164 = None
    number = int(digits) if text.isdigit() and len(digits) <= _NUMBER_DIGITS else None
    return Query(kind, text, digits=digits, number=number, e164=e164)


def raw_lookup(conn: sqlite3.Connection, query: Query, limit: int = DEFAULT_LIMIT) -> list[tuple]:
    """The statements MemberSearch runs for `query`, then the member rows, with nothing around."""
    ranked: dict[int, None] = {}
    if query.kind == "name":
        for (member_id,) in conn.execute(_NAME_SQL, (query.word, prefix_upper_bound(query.word))):
            ranked[member_id] = None
            if len(ranked) >= limit:
                break
    else:
        if query.number is not None:
            row = conn.execute("SELECT id FROM member WHERE number = ?", (query.number,)).fetchone()
            if row:
                ranked[row[0]] = None
        if query.e164:
            row = conn.execute("SELECT id FROM member WHERE phone = ?", (query.e164,)).fetchone()
            if row:
                ranked[row[0]] = None
        bounds = (query.digits, prefix_upper_bound(query.digits))
        for (member_id,) in conn.execute(_FRAGMENT_SQL, bounds):
            if len(ranked) >= limit:
                break
            ranked[member_id] = None
    if not ranked:
        return []
    ids = list(ranked)
    found = {
        row[0]: row
        for row in conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM member WHERE id IN ({','.join('?' * len(ids))})", ids
        )
    }
    return [found[i] for i in ids if i in found]


def measure(
    shop: Shop, conn: sqlite3.Connection, queries: list[Query], rng: random.Random
) -> tuple[dict[str, list[float]], dict[str, list[float]], int]:
    """Milliseconds per query, by kind, for the service and for raw SQL; how many agreed."""
    service: Callable[[Query], list] = lambda q: shop.search.search(q.text)  # noqa: E731
    rawly: Callable[[Query], list] = lambda q: raw_lookup(conn, q)  # noqa: E731
    same = 0
    for query in queries:  # warm-up, and the check that both answer the same
        same += [m.id for m in service(query)] == [row[0] for row in rawly(query)]
    service_ms: dict[str, list[float]] = {kind: [] for kind in KINDS}
    raw_ms: dict[str, list[float]] = {kind: [] for kind in KINDS}
    order = list(queries)
    rng.shuffle(order)
    for query in order:
        for run, times in ((service, service_ms), (rawly, raw_ms)):
            started = time.perf_counter_ns()
            run(query)
            times[query.kind].append((time.perf_counter_ns() - started) / 1e6)
    return service_ms, raw_ms, same


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))]


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}")


if __name__ == "__main__":
    raise SystemExit(main())
