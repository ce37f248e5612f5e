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

# Sort key → the columns it orders by, then the id as the tie-break; each key is one index (v5).
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("m.last_name", "m.first_name", "m.id"),
    "number": ("m.number", "m.id"),
    "joined": ("m.joined_on", "m.id"),
    "last_purchase": ("s.last_purchase_at", "s.member_id"),
    "points": ("s.points_balance", "s.member_id"),
    # member_tier.spend_12m: the last 12 months as of the member's last purchase or tier refresh
    "spend": ("s.spend_12m", "s.member_id"),
}
SORT_KEYS = tuple(SORT_COLUMNS)

_ROW_COLUMNS = (
    "m.id, m.number, m.first_name, m.last_name, m.phone, m.city, m.birth_day, m.birth_month, "
    "m.birth_year, m.joined_on, s.last_purchase_at, s.points_balance, s.spend_12m, t.tier"
)
_TIER = "LEFT JOIN member_tier t ON t.member_id = m.id"
_JOINED = "s.member_id = m.id"


def _driver(sort_key: str) -> str:
    """The table whose index gives the order (it drives the join; the other is looked up by id)."""
    return "s" if SORT_COLUMNS[sort_key][0].startswith("s.") else "m"


def _tables(sort_key: str) -> str:
    if _driver(sort_key) == "s":
        return "member_stats s CROSS JOIN member m"
    return "member m CROSS JOIN member_stats s"


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

    # From this many matches a filtered page walks the sort index, keeping the matching rows;
    # below it the matches are sorted. Measured at 200,000 members: 11,670 matches 31 → 19 ms a
    # page, 8,262 matches 14 → 9 ms; 2,429 matches 10 ms sorted but 21 ms walking the index.
    index_scan_from = 5000

    def __init__(self, db, tier_names: Callable[[], Sequence[str]] = tuple) -> None:
        """`tier_names` gives the programme's tier names, lowest first."""
        self._db = db
        self._tier_names = tier_names

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
        total: int | None = None,
    ) -> list[MemberRow]:
        """Up to `limit` rows in the query's order: from the start, just after the row whose
        `cursor` is `after`, or the `limit` rows just before `before` (for paging backwards).
        `total` is the query's count, when the caller knows it (it picks the plan)."""
        backwards = before is not None
        where, params = _keyset(query, before if backwards else after, backwards)
        return self._page(query, where, params, limit, backwards=backwards, total=total)

    def last_page(
        self, query: MemberQuery, limit: int, total: int | None = None
    ) -> list[MemberRow]:
        """The last `limit` rows in the query's order (read from the end of the index)."""
        return self._page(query, "", [], limit, backwards=True, total=total)

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
        backwards = from_end < offset
        skip = from_end if backwards else offset
        if skip and self._match(query) is None:
            # Walk the offset over the sort index alone (covering: no row is read), then page
            # from the row found there.
            cursor = self._cursor_at(query, skip - 1, backwards)
            if cursor is not None:
                if backwards:
                    return self.browse(query, before=cursor, limit=limit)
                return self.browse(query, after=cursor, limit=limit)
        return self._page(query, "", [], limit, backwards=backwards, offset=skip, total=total)

    def position(self, query: MemberQuery, member_id: int) -> int | None:
        """The 0-based row of `member_id` in the query's order, or None if it does not match."""
        conn = self._db.connection()
        row = conn.execute(
            f"SELECT {', '.join(SORT_COLUMNS[query.sort_key])} FROM {_tables(query.sort_key)} "
            f"WHERE {_JOINED} AND m.id = ?",
            (member_id,),
        ).fetchone()
        if row is None:
            return None
        match = self._match(query)
        where, params = _keyset(query, tuple(row), backwards=True)
        if match is None:
            driver = _driver(query.sort_key)
            source = "member_stats s" if driver == "s" else "member m"
            return conn.execute(f"SELECT COUNT(*) FROM {source} WHERE {where}", params).fetchone()[
                0
            ]
        sql, match_params = match
        if not conn.execute(
            f"SELECT 1 FROM ({sql}) WHERE member_id = ?", (*match_params, member_id)
        ).fetchone():
            return None
        return conn.execute(
            f"SELECT COUNT(*) FROM ({sql}) f CROSS JOIN member m CROSS JOIN member_stats s "
            f"WHERE m.id = f.member_id AND {_JOINED} AND {where}",
            [*match_params, *params],
        ).fetchone()[0]

    def rows(
        self, member_ids: Sequence[int], query: MemberQuery | None = None
    ) -> dict[int, MemberRow]:
        """The current rows of these members (to refresh a few loaded rows after a change), their
        cursors for `query`'s sort key."""
        sort_key = query.sort_key if query else "name"
        ids = list(dict.fromkeys(member_ids))
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = (
                f"SELECT {_ROW_COLUMNS} FROM member m CROSS JOIN member_stats s {_TIER} "
                f"WHERE {_JOINED} AND m.id IN ({','.join('?' * len(chunk))})"
            )
            for r in self._db.connection().execute(sql, chunk):
                found[r[0]] = self._row(r, sort_key, self._lowest_tier())
        return found

    # -- SQL -------------------------------------------------------------------------------
    def _lowest_tier(self) -> str:
        names = self._tier_names()
        return names[0] if names else ""

    def _match(self, query: MemberQuery | None) -> tuple[str, list] | None:
        if query is None or not query.filtered:
            return None
        names = list(self._tier_names())
        folded = clean_text(query.filter_text).casefold()
        named = [t for t in names if folded and t.casefold().startswith(folded)]
        return match_sql(query.filter_text, (*query.tiers, *named), names[0] if names else "")

    def _many(self, query: MemberQuery, total: int | None) -> bool:
        """Whether a filter matches enough members that walking the sort index finds a page
        sooner than sorting the matches."""
        if total is None:
            total = self.count(query)
        return total >= self.index_scan_from

    def _cursor_at(self, query: MemberQuery, skip: int, backwards: bool) -> tuple | None:
        """The sort values and id of the row `skip` rows from the start (or end) of the order."""
        columns = SORT_COLUMNS[query.sort_key]
        source = "member_stats s" if _driver(query.sort_key) == "s" else "member m"
        return (
            self._db.connection()
            .execute(
                f"SELECT {', '.join(columns)} FROM {source} "
                f"ORDER BY {_order(query, backwards)} LIMIT 1 OFFSET ?",
                (skip,),
            )
            .fetchone()
        )

    def _page(
        self,
        query: MemberQuery,
        where: str,
        params: list,
        limit: int,
        *,
        backwards: bool = False,
        offset: int = 0,
        total: int | None = None,
    ) -> list[MemberRow]:
        order = _order(query, backwards)
        conditions = [_JOINED, where] if where else [_JOINED]
        match = self._match(query)
        if match is not None and self._many(query, total):
            # Many matches: walk the sort index as without a filter and keep the matching rows
            # (the + keeps SQLite from driving the join by the matches instead).
            conditions.append(f"+{SORT_COLUMNS[query.sort_key][-1]} IN ({match[0]})")
            params = [*params, *match[1]]
            match = None
        if match is None:
            sql = (
                f"SELECT {_ROW_COLUMNS} FROM {_tables(query.sort_key)} {_TIER} "
                f"WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT ? OFFSET ?"
            )
        else:
            # Few matches: they drive the join (CROSS JOIN keeps them outside) and only their
            # sort values and ids are sorted; the shown columns are read for the page alone.
            sql = (
                f"SELECT {_ROW_COLUMNS} FROM (SELECT m.id AS page_id FROM ({match[0]}) f "
                "CROSS JOIN member m CROSS JOIN member_stats s "
                f"WHERE m.id = f.member_id AND {' AND '.join(conditions)} "
                f"ORDER BY {order} LIMIT ? OFFSET ?) p "
                f"CROSS JOIN member m CROSS JOIN member_stats s {_TIER} "
                f"WHERE m.id = p.page_id AND {_JOINED} ORDER BY {order}"
            )
            params = [*match[1], *params]
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
            "m.last_name": r[3],
            "m.first_name": r[2],
            "m.number": r[1],
            "m.joined_on": r[9],
            "s.last_purchase_at": r[10],
            "s.points_balance": r[11],
            "s.spend_12m": r[12],
            "m.id": r[0],
            "s.member_id": r[0],
        }
        return MemberRow(
            summary=summary,
            joined_on=date.fromisoformat(r[9]),
            last_purchase_at=datetime.fromisoformat(r[10]) if r[10] else None,
            points=r[11],
            spend_12m=r[12],
            tier=r[13] or lowest_tier,
            cursor=tuple(by_column[c] for c in SORT_COLUMNS[sort_key]),
        )


def _order(query: MemberQuery, backwards: bool) -> str:
    direction = " DESC" if query.descending != backwards else ""
    return ", ".join(f"{c}{direction}" for c in SORT_COLUMNS[query.sort_key])


def _keyset(query: MemberQuery, cursor: tuple | None, backwards: bool) -> tuple[str, list]:
    """The WHERE text for rows strictly after (or before) `cursor` in the query's order."""
    if cursor is None:
        return "", []
    columns = SORT_COLUMNS[query.sort_key]
    op = ">" if query.descending == backwards else "<"
    return f"({', '.join(columns)}) {op} ({', '.join('?' * len(columns))})", list(cursor)
