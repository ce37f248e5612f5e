"""The counter's status line at scale: `shop.search.page` (the page and the capped total) against
`shop.search.search` (the page alone), on the same queries.

    python benchmarks/bench_search_count.py [--members 200000] [--seed 1] [--queries 200] [--keep DIR]

The queries are the ones that match most: one to three letters of a name and one to four phone
digits, where the count runs to its cap. Prints `name: value unit` lines and a summary line.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.shop import Shop


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))]


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}")


def queries(shop: Shop, rng: random.Random, count: int) -> list[str]:
    """Short name prefixes (Hebrew and English) and short digit strings, as typed first."""
    names = [s.first_name for s in shop.search.search("ל", 50) + shop.search.search("d", 50)]
    names += [s.last_name for s in shop.search.search("כ", 50) + shop.search.search("l", 50)]
    names = [n for n in names if n]
    out = []
    for _ in range(count):
        if rng.random() < 0.5 and names:
            name = rng.choice(names)
            out.append(name[: rng.randint(1, min(3, len(name)))])
        else:
            out.append("".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the shop in this folder, or reuse it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-count-") as scratch:
        folder = args.keep or Path(scratch)
        with Shop(folder) as shop:
            if shop.members.count() == 0:
                fill_demo_shop(shop, members=args.members, seed=args.seed)
            args.members = shop.members.count()
        with Shop(folder) as shop:
            texts = queries(shop, random.Random(args.seed), args.queries)
            for text in texts[:20]:  # warm-up
                shop.search.page(text)
            page_ms, search_ms, capped = [], [], 0
            for text in texts:
                started = time.perf_counter()
                found = shop.search.page(text)
                page_ms.append((time.perf_counter() - started) * 1000)
                capped += found.capped
                started = time.perf_counter()
                shop.search.search(text)
                search_ms.append((time.perf_counter() - started) * 1000)
    report("members", args.members, "members")
    report("queries", len(texts), "queries")
    report("capped counts", capped, f"of {len(texts)}")
    for label, times in (("page+count", page_ms), ("search only", search_ms)):
        for pct in (50, 95, 100):
            report(f"{label} p{pct}", percentile(times, pct), "ms", 2)
    p95, base = percentile(page_ms, 95), percentile(search_ms, 95)
    print(f"search with total p95 {p95:.2f} ms = {p95 / max(base, 1e-9):.1f}x search alone")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
