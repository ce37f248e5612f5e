"""The members page at scale: sorting, filtering and Ctrl+End on the real page, against raw SQL.

    python benchmarks/bench_members_page.py [--members 200000] [--seed 1] [--runs 15] [--keep DIR]

Builds a demo shop in a temporary folder, closes and reopens it (as the app would on its next
start), shows the real `MembersPage` on an offscreen QApplication and times each action a shopkeeper
takes, until its rows are painted:

- sort: a column's title clicked (each sort key, both ways): the model resets, counts, reads the
  first page and the view paints it;
- filter: text applied in the filter box (a name prefix, a city, a tag, a tier, phone digits), then
  the same filter sorted by points, highest first;
- Ctrl+End: the key pressed on the sorted list (the last page read from the end of the index);
- middle: a jump to the middle row (the scroll bar dragged half way);
- keep: a new order that keeps the selected member (its position counted through the index).

Every action is timed up to its rows painted. The baselines: a raw indexed SELECT of a first page
(a page of the model's size, highest points first) on a plain sqlite3 connection to the same file, and a repaint of
the table with nothing changed (Qt's own share of each action). Prints `name: value unit` lines and a summary line.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from shopkeeper.club.member_browse import SORT_KEYS
from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.shop import Shop
from shopkeeper.store.database import DATABASE_FILE

LIMIT_MS = 100.0
FILTERS = (("name", "דנ"), ("city", "חיפה"), ("tag", "VIP"), ("tier", "Gold"), ("phone", "0523"))
COLUMN_OF = {
    "name": "name",
    "number": "number",
    "joined": "joined",
    "last_purchase": "last_purchase",
    "points": "balance",
    "spend": "spend",
}
_RAW_PAGE = (
    "SELECT id, number, first_name, last_name, phone, city, birth_day, birth_month, birth_year, "
    "joined_on, last_purchase_at, points_balance, spend_12m FROM member_stats "
    "CROSS JOIN member ON id = member_id ORDER BY points_balance DESC, member_id DESC LIMIT ?"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=15, help="times each action is repeated")
    parser.add_argument("--keep", type=Path, help="build the shop in this folder, or reuse it")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory(prefix="bench-members-") as scratch:
        folder = args.keep or Path(scratch)
        started = time.perf_counter()
        if not (folder / DATABASE_FILE).exists():
            with Shop(folder) as shop:
                fill_demo_shop(shop, members=args.members, seed=args.seed)
            report("build", time.perf_counter() - started, "s", 1)
        shop = Shop(folder)
        report("members", shop.members.count(), "members")
        raw = sqlite3.connect(shop.database_path, isolation_level=None)
        raw.execute("PRAGMA cache_size = -32000")
        try:
            results = measure(app, shop, raw, args.runs)
        finally:
            raw.close()
            shop.close()

    for name, times in results.items():
        report(f"{name} p50", percentile(times, 50), "ms", 2)
        report(f"{name} max", max(times), "ms", 2)
    baselines = ("raw first page", "paint only")
    actions = {name: times for name, times in results.items() if name not in baselines}
    worst_name = max(actions, key=lambda n: max(actions[n]))
    worst = max(actions[worst_name])
    raw_p50 = percentile(results["raw first page"], 50)
    verdict = "under" if worst < LIMIT_MS else "OVER"
    print(
        f"members page worst action {worst:.1f} ms ({worst_name}) {verdict} {LIMIT_MS:.0f} ms; "
        f"first page by points p50 {percentile(results['sort points desc'], 50):.1f} ms "
        f"= {percentile(results['sort points desc'], 50) / raw_p50:.1f}x raw index page "
        f"(+ {percentile(results['paint only'], 50):.1f} ms of painting)"
    )
    return 0


def measure(app, shop: Shop, raw: sqlite3.Connection, runs: int) -> dict[str, list[float]]:
    """Milliseconds of each action on a shown MembersPage, `runs` times each (after a warm-up)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.i18n import apply_language
    from ui.models.member_list import PAGE_SIZE
    from ui.pages.members import MembersPage

    apply_language(app, "en")
    page = MembersPage(shop)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    table = page.table

    def state(text: str, column: str, descending: bool = False) -> None:
        page.filter_box.setText(text)
        page.apply_filter()
        page.sort_by(column, descending)
        table.clearSelection()
        table.scrollToTop()

    def neutral(column: str, descending: bool) -> None:
        """Another order than the one an action asks for, so the action does all its work."""
        state("", "joined" if column != "joined" else "number", not descending)

    def ctrl_end() -> None:
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        assert table.currentIndex().row() == page.model.rowCount() - 1

    def top_row_current() -> None:
        table.setFocus()
        table.selectionModel().setCurrentIndex(
            page.model.index(0, 1), table.selectionModel().SelectionFlag.NoUpdate
        )

    # name: (prepare, act); only `act` is timed, up to its rows painted.
    actions: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}
    for key in SORT_KEYS:
        column = COLUMN_OF[key]
        for descending in (False, True):
            way = "desc" if descending else "asc"
            actions[f"sort {key} {way}"] = (
                lambda c=column, d=descending: neutral(c, d),
                lambda c=column, d=descending: page.sort_by(c, d),
            )
            actions[f"ctrl+end {key} {way}"] = (
                lambda c=column, d=descending: (state("", c, d), top_row_current()),
                ctrl_end,
            )
    for kind, text in FILTERS:
        actions[f"filter {kind}"] = (
            lambda: state("", "name"),
            lambda t=text: (page.filter_box.setText(t), page.apply_filter()),
        )
        actions[f"filter {kind} sort by points"] = (
            lambda t=text: state(t, "name"),
            lambda: page.sort_by("balance", True),
        )
    actions["middle row"] = (
        lambda: state("", "spend", True),
        lambda: table.scrollTo(page.model.index(page.model.rowCount() // 2, 1)),
    )

    def select_a_third_down() -> None:
        state("", "name")
        table.setCurrentIndex(page.model.index(page.model.rowCount() // 3, 1))

    actions["sort keeping the selected member"] = (
        select_a_third_down,
        lambda: page.sort_by("number", True),
    )

    actions["paint only"] = (lambda: state("", "balance", True), lambda: None)  # Qt's own share

    times: dict[str, list[float]] = {name: [] for name in actions}
    times["raw first page"] = []
    for name, (prepare, act) in actions.items():
        for run in range(runs + 1):  # the first is a warm-up
            prepare()
            app.processEvents()
            started = time.perf_counter_ns()
            act()
            table.viewport().repaint()
            elapsed = (time.perf_counter_ns() - started) / 1e6
            if run:
                times[name].append(elapsed)
    for run in range(runs + 1):
        started = time.perf_counter_ns()
        raw.execute(_RAW_PAGE, (PAGE_SIZE,)).fetchall()
        if run:
            times["raw first page"].append((time.perf_counter_ns() - started) / 1e6)
    page.close()
    return times


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))]


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}")


if __name__ == "__main__":
    raise SystemExit(main())
