"""The members list: every member, filtered and sorted by one column, read a page at a time.

Without a filter each sort key is one index (schema v5, the member id as the tie-break), so a page
is a range scan whichever end it is read from: keyset paging after or before a row, or an offset
walked over the index (never a sort of all members). With a filter the matching ids are collected
through the search indexes (name words, phone digits, city, tag, tier) and only those are sorted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.member_filter import match_sql
from shopkeeper.club.members import partial_date
from shopkeeper.club.records import MemberSummary
from shopkeeper.club.text import clean_text

# Sort key → the member columns it orders by (the id is always added as the last tie-break).
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("last_name", "first_name"),
    "number": ("number",),
    "joined": ("joined_on",),
    "last_purchase": ("last_purchase_at",),
    "points": ("points_balance",),
    "spend": (
        "spend_12m",
    ),  # member_tier.spend_12m: the last 12 months, as of the last tier update
}
SORT_KEYS = tuple(SORT_COLUMNS)

_ROW_COLUMNS = (
    "m.id, m.number, m.first_name, m.last_name, m.phone, m.city, m.birth_day, m.birth_month, "
    "m.birth_year, m.joined_on, m.last_purchase_at, m.points_balance, m.spend_12m, t.tier"
)
_FROM = "member m LEFT JOIN member_tier t ON t.member_id = m.id"


def tier_names(programme) -> list[str]:
    """The names of a loyalty programme's tiers, lowest threshold first."""
    return [t.name for t in sorted(programme.tiers, key=lambda t: t.threshold)]


@dataclass(frozen=True)
class MemberQuery:
    """What the list shows: `filter_text` as typed, the sort key and its direction.

    `tiers` are tier names the text also stands for (the window passes the tiers whose translated
    name starts with the text; the stored names are matched here)."""

    filter_text: str = ""
    sort_key: str = "name"
    descending: bool = False
    tiers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.sort_key not in SORT_COLUMNS:
            raise ValueError(f"unknown sort key {self.sort_key!r}")

    @property
    def filtered(self) -> bool:
        return bool(clean_text(self.filter_text)) or bool(self.tiers)


@dataclass(frozen=True)
class MemberRow:
    """One row of the members list, with the values it can be sorted by."""

    summary: MemberSummary
    joined_on: date
    last_purchase_at: datetime | None
    points: int
    spend_12m: int  # agorot
    tier: str  # the cached tier, or the programme's lowest for a member who has not bought yet
    cursor: tuple  # the sort values and the id: where the next page starts

    @property
    def id(self) -> int:
        return self.summary.id


class MemberBrowser:
    """Counts and pages of the members list for a `MemberQuery`."""

    def __init__(self, db, tier_names: Callable[[], Sequence[str]] = tuple) -> None:
        """`tier_names` gives the programme's tier names, lowest first."""
        self._db = db
        self._tier_names = tier_names

    def _lowest_tier(self) -> str:
        names = self._tier_names()
        return names[0] if names else ""

    def count(self, query: MemberQuery | None = None) -> int:
        """How many members the query matches (all members without a filter)."""
        conn = self._db.connection()
        match = self._match(query)
        if match is None:
            return conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
        sql, params = match
        return conn.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]

    def browse(
        self,
        query: MemberQuery,
        *,
        after: tuple | None = None,
        before: tuple | None = None,
        limit: int = 500,
    ) -> list[MemberRow]:
        """Up to `limit` rows in the query's order: from the start, just after the row whose
        `cursor` is `after`, or the `limit` rows just before `before` (for paging backwards)."""
        backwards = before is not None
        where, params = self._keyset(query, before if backwards else after, backwards)
        return self._page(query, where, params, limit, backwards=backwards)

    def last_page(self, query: MemberQuery, limit: int) -> list[MemberRow]:
        """The last `limit` rows in the query's order (read from the end of the index)."""
        return self._page(query, "", [], limit, backwards=True)

    def page_at(
        self, query: MemberQuery, offset: int, limit: int, *, total: int | None = None
    ) -> list[MemberRow]:
        """`limit` rows from position `offset`, walked from the nearer end of the order (`total`
        is the query's count, when the caller knows it)."""
        total = self.count(query) if total is None else total
        offset = max(0, min(offset, total))
        limit = max(0, min(limit, total - offset))
        if not limit:
            return []
        from_end = total - offset - limit
        if from_end < offset:
            return self._page(query, "", [], limit, backwards=True, offset=from_end)
        return self._page(query, "", [], limit, offset=offset)

    def position(self, query: MemberQuery, member_id: int) -> int | None:
        """The 0-based row of `member_id` in the query's order, or None if it does not match."""
        conn = self._db.connection()
        row = conn.execute(
            f"SELECT {', '.join('m.' + c for c in SORT_COLUMNS[query.sort_key])}, m.id "
            "FROM member m WHERE m.id = ?",
            (member_id,),
        ).fetchone()
        if row is None:
            return None
        match = self._match(query)
        if match is not None:
            sql, params = match
            if not conn.execute(
                f"SELECT 1 FROM ({sql}) WHERE member_id = ?", (*params, member_id)
            ).fetchone():
                return None
        where, params = self._keyset(query, tuple(row), backwards=True)
        source = "member m"
        if match is not None:
            source = f"({match[0]}) f CROSS JOIN member m"
            where = f"m.id = f.member_id AND {where}"
            params = [*match[1], *params]
        return conn.execute(f"SELECT COUNT(*) FROM {source} WHERE {where}", params).fetchone()[0]

    def rows(
        self, member_ids: Sequence[int], query: MemberQuery | None = None
    ) -> dict[int, MemberRow]:
        """The current rows of these members (to refresh a few loaded rows after a change), their
        cursors for `query`'s sort key."""
        sort_key = query.sort_key if query else "name"
        ids = list(dict.fromkeys(member_ids))
        if not ids:
            return {}
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = f"SELECT {_ROW_COLUMNS} FROM {_FROM} WHERE m.id IN ({','.join('?' * len(chunk))})"
            for r in self._db.connection().execute(sql, chunk):
                found[r[0]] = self._row(r, sort_key, self._lowest_tier())
        return found

    # -- SQL -------------------------------------------------------------------------------
    def _match(self, query: MemberQuery | None) -> tuple[str, list] | None:
        if query is None or not query.filtered:
            return None
        names = list(self._tier_names())
        folded = clean_text(query.filter_text).casefold()
        named = [t for t in names if folded and t.casefold().startswith(folded)]
        return match_sql(query.filter_text, (*query.tiers, *named), names[0] if names else "")

    @staticmethod
    def _keyset(query: MemberQuery, cursor: tuple | None, backwards: bool) -> tuple[str, list]:
        """The WHERE text for rows strictly after (or before) `cursor` in the query's order."""
        if cursor is None:
            return "", []
        columns = [f"m.{c}" for c in SORT_COLUMNS[query.sort_key]] + ["m.id"]
        op = ">" if query.descending == backwards else "<"
        return f"({', '.join(columns)}) {op} ({', '.join('?' * len(columns))})", list(cursor)

    def _page(
        self,
        query: MemberQuery,
        where: str,
        params: list,
        limit: int,
        *,
        backwards: bool = False,
        offset: int = 0,
    ) -> list[MemberRow]:
        descending = query.descending != backwards
        direction = " DESC" if descending else ""
        order = ", ".join(f"m.{c}{direction}" for c in (*SORT_COLUMNS[query.sort_key], "id"))
        source, conditions = _FROM, [where] if where else []
        match = self._match(query)
        if match is not None:
            # The matches drive the join (CROSS JOIN keeps them outside): only they are sorted.
            source = f"({match[0]}) f CROSS JOIN {_FROM}"
            conditions.insert(0, "m.id = f.member_id")
            params = [*match[1], *params]
        sql = f"SELECT {_ROW_COLUMNS} FROM {source}"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        lowest = self._lowest_tier()
        rows = [
            self._row(r, query.sort_key, lowest)
            for r in self._db.connection().execute(sql, [*params, limit, offset])
        ]
        return rows[::-1] if backwards else rows

    @staticmethod
    def _row(r: Sequence, sort_key: str, lowest_tier: str) -> MemberRow:
        summary = MemberSummary(r[0], r[1], r[2], r[3], r[4], r[5], partial_date(r[6], r[7], r[8]))
        by_column = {
            "last_name": r[3],
            "first_name": r[2],
            "number": r[1],
            "joined_on": r[9],
            "last_purchase_at": r[10],
            "points_balance": r[11],
            "spend_12m": r[12],
        }
        return MemberRow(
            summary=summary,
            joined_on=date.fromisoformat(r[9]),
            last_purchase_at=datetime.fromisoformat(r[10]) if r[10] else None,
            points=r[11],
            spend_12m=r[12],
            tier=r[13] or lowest_tier,
            cursor=(*(by_column[c] for c in SORT_COLUMNS[sort_key]), r[0]),
        )
