"""A member's whole history as one timeline, newest first, paged by a cursor, with the totals above it.

Each kind is read a page at a time from its own table through the member's index; the pages are
merged and cut to the limit, and the last entry's cursor starts the next page. The points balance
after each ledger row is the sum of the ledger up to that row (in the ledger's time order), so it is
right on every page however deep, without reading the pages before it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime

from shopkeeper.club import history_queries as queries
from shopkeeper.club.history_records import (
    RANK,
    CategoryShare,
    HistoryCursor,
    HistoryEntry,
    HistoryTotals,
    kinds_for,
)
from shopkeeper.errors import MemberNotFound
from shopkeeper.loyalty.tiers import SPEND_WINDOW

DEFAULT_LIMIT = 100
FAVOURITES = 3  # categories named in the totals


class HistoryService:
    """Reads the timeline and the totals of one member; writes nothing."""

    def __init__(self, db, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def timeline(
        self,
        member_id: int,
        kinds: str | Iterable[str] | None = None,
        before: HistoryCursor | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[HistoryEntry]:
        """Up to `limit` entries after `before` (None: from the newest), newest first.

        `kinds` are filter or kind names (see `kinds_for`); None is everything. Pass the last
        entry's `cursor` as `before` for the next page; a page shorter than `limit` is the last.
        """
        if limit < 1:
            return []
        conn = self._db.connection()
        today = self._now().date()
        wanted = kinds_for(kinds if kinds is None or isinstance(kinds, str) else tuple(kinds))
        # Each kind's newest `limit` rows after the cursor; the page is the newest `limit` of all.
        keyed = []
        for kind in wanted:
            for row in queries.page_rows(conn, kind, member_id, before, limit):
                cursor = HistoryCursor(row[0], RANK[kind], row[1])
                keyed.append((cursor, kind, row))
        page = heapq.nlargest(limit, keyed, key=lambda item: item[0])
        entries = [queries.entry(conn, kind, row, today) for _, kind, row in page]
        return self._with_running_figures(conn, member_id, entries)

    def everything(
        self, member_id: int, kinds: str | Iterable[str] | None = None, page: int = 500
    ) -> list[HistoryEntry]:
        """The whole timeline (for the CLI and exports): every page, newest first."""
        result: list[HistoryEntry] = []
        before = None
        while True:
            chunk = self.timeline(member_id, kinds, before=before, limit=page)
            result.extend(chunk)
            if len(chunk) < page:
                return result
            before = chunk[-1].cursor

    def _with_running_figures(
        self, conn, member_id: int, entries: list[HistoryEntry]
    ) -> list[HistoryEntry]:
        balances = queries.points_after(
            conn,
            member_id,
            [(e.cursor.at, e.id, e.points or 0) for e in entries if e.kind == "points"],
        )
        on_card = queries.stamps_after(
            conn,
            member_id,
            [(e.cursor.at, e.id, e.text, e.points or 0) for e in entries if e.kind == "stamp"],
        )
        logs = queries.complaint_events(conn, [e.id for e in entries if e.kind == "complaint"])
        result = []
        for item in entries:
            if item.kind == "points":
                item = replace(item, balance=balances[item.id])
            elif item.kind == "stamp":
                item = replace(item, balance=on_card.get(item.id))
            elif item.kind == "complaint":
                item = replace(item, details=(*item.details, ("events", logs.get(item.id, ()))))
            result.append(item)
        return result

    def totals(self, member_id: int) -> HistoryTotals:
        """Visits and spend in the last 12 months and since joining, the average basket, the
        favourite categories and the balance; voided purchases and returns are left out."""
        conn = self._db.connection()
        row = conn.execute("SELECT joined_on FROM member WHERE id = ?", (member_id,)).fetchone()
        if row is None:
            raise MemberNotFound(key=str(member_id))
        now = self._now().replace(microsecond=0)
        visits, spend = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(amount - returned), 0) FROM purchase "
            "WHERE member_id = ? AND voided_at IS NULL",
            (member_id,),
        ).fetchone()
        visits_12m, spend_12m = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(amount - returned), 0) FROM purchase "
            "WHERE member_id = ? AND voided_at IS NULL AND at > ? AND at <= ?",
            (
                member_id,
                (now - SPEND_WINDOW).isoformat(timespec="seconds"),
                now.isoformat(timespec="seconds"),
            ),
        ).fetchone()
        favourites = tuple(
            CategoryShare(category, qty, category_spend)
            for category, qty, category_spend in conn.execute(
                "SELECT l.category, SUM(l.qty - l.returned_qty), "
                "SUM((l.qty - l.returned_qty) * l.unit_price) AS spend "
                "FROM purchase p JOIN purchase_line l ON l.purchase_id = p.id "
                "WHERE p.member_id = ? AND p.voided_at IS NULL AND l.category != '' "
                "GROUP BY l.category HAVING SUM(l.qty - l.returned_qty) > 0 "
                "ORDER BY spend DESC, SUM(l.qty - l.returned_qty) DESC, l.category LIMIT ?",
                (member_id, FAVOURITES),
            )
        )
        balance = conn.execute(
            "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE member_id = ?", (member_id,)
        ).fetchone()[0]
        return HistoryTotals(
            joined_on=date.fromisoformat(row[0]),
            visits_12m=visits_12m,
            spend_12m=spend_12m,
            visits=visits,
            spend=spend,
            average_basket=round(spend / visits) if visits else 0,
            favourite_categories=favourites,
            balance=balance,
        )
