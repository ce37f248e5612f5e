"""Reading a member's history, one kind at a time: each read is a keyset page of one table, newest
first, through the table's member index; `history.py` merges the kinds into one timeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.history_records import RANK, HistoryCursor, HistoryEntry
from shopkeeper.loyalty.coupons import coupon_state
from shopkeeper.sales.queries import load_purchase

_CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Source:
    """Where one kind of entry lives: its table, its time column and what is read of a row."""

    table: str
    at: str
    columns: str


SOURCES: dict[str, Source] = {
    "purchase": Source("purchase", "at", "id"),
    "points": Source("ledger", "at", "id, points, kind, reason, by, source, purchase_id"),
    "stamp": Source("stamp", "at", "id, card, count, kind, purchase_id"),
    "reward": Source(
        "earned_reward",
        "earned_at",
        "id, description, amount, source, used_at, cancelled_at, purchase_id, used_purchase_id",
    ),
    "coupon": Source(
        "coupon c",
        "created_at",
        "id, code, percent, amount, min_basket, valid_from, valid_until, max_uses, batch, "
        "(SELECT COUNT(*) FROM purchase p WHERE p.coupon_id = c.id AND p.voided_at IS NULL)",
    ),
    "call": Source("call_log", "at", "id, reason, result, note, by, call_back_on, purchase_id"),
    "complaint": Source(
        "complaint",
        "opened_at",
        "id, what, status, channel, remedy, goodwill_points, owner, happened_on, resolved_at, "
        "closed_at",
    ),
    "feedback": Source("feedback", "at", "id, nps, comment, by, given_on"),
    "greeting": Source(
        "greeting", "at", "id, occasion, subject_kind, subject_name, channel, by, occasion_date"
    ),
}


def page_rows(
    conn, kind: str, member_id: int, before: HistoryCursor | None, limit: int
) -> list[tuple]:
    """Up to `limit` rows of one kind strictly after `before` in timeline order (time, then rank,
    then id, all descending); each row starts with its time."""
    source = SOURCES[kind]
    sql = f"SELECT {source.at}, {source.columns} FROM {source.table} WHERE member_id = ?"
    params: list[object] = [member_id]
    if before is not None:
        rank = RANK[kind]
        if rank < before.rank:  # ranks below the cursor's come after it within the same second
            sql += f" AND {source.at} <= ?"
            params.append(before.at)
        elif rank > before.rank:
            sql += f" AND {source.at} < ?"
            params.append(before.at)
        else:
            sql += f" AND ({source.at} < ? OR ({source.at} = ? AND id < ?))"
            params += [before.at, before.at, before.id]
    sql += f" ORDER BY {source.at} DESC, id DESC LIMIT ?"
    params.append(limit)
    return conn.execute(sql, params).fetchall()


def entry(conn, kind: str, row: tuple, today: date) -> HistoryEntry:
    """The entry for one row read by `page_rows` (balances are filled in later)."""
    at = datetime.fromisoformat(row[0])
    return _BUILDERS[kind](conn, at, row[1:], today)


def _purchase(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    record = load_purchase(conn, row[0])
    # What the purchase earned stays on its entry after a void or a return: the reversal is a
    # points entry of its own, so the timeline still says what was earned and what was taken back.
    earned = conn.execute(
        "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE purchase_id = ? AND kind = 'earn'",
        (row[0],),
    ).fetchone()[0]
    return HistoryEntry(
        "purchase",
        row[0],
        at,
        points=earned,
        purchase=record,
        amount=record.amount if record else None,
    )


def _points(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, points, kind, reason, by, source, purchase_id = row
    return HistoryEntry(
        "points",
        id_,
        at,
        text=reason,
        state=kind,
        by=by,
        points=points,
        details=(("source", source), ("purchase_id", purchase_id)),
    )


def _stamp(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, card, count, kind, purchase_id = row
    return HistoryEntry(
        "stamp",
        id_,
        at,
        text=card,
        state=kind,
        points=count,
        details=(("purchase_id", purchase_id),),
    )


def _reward(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, description, amount, source, used_at, cancelled_at, purchase_id, used_purchase_id = row
    state = "cancelled" if cancelled_at else "used" if used_at else "waiting"
    return HistoryEntry(
        "reward",
        id_,
        at,
        text=description,
        state=state,
        amount=amount,
        details=(
            ("source", source),
            ("used_at", used_at),
            ("cancelled_at", cancelled_at),
            ("purchase_id", purchase_id),
            ("used_purchase_id", used_purchase_id),
        ),
    )


def _coupon(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, code, percent, amount, min_basket, valid_from, valid_until, max_uses, batch, uses = row
    starts = date.fromisoformat(valid_from) if valid_from else None
    ends = date.fromisoformat(valid_until) if valid_until else None
    return HistoryEntry(
        "coupon",
        id_,
        at,
        text=code,
        state=coupon_state(starts, ends, uses, max_uses, today),
        amount=amount,
        details=(
            ("percent", percent),
            ("min_basket", min_basket),
            ("valid_from", starts),
            ("valid_until", ends),
            ("uses", uses),
            ("max_uses", max_uses),
            ("batch", batch),
        ),
    )


def _call(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, reason, result, note, by, call_back_on, purchase_id = row
    return HistoryEntry(
        "call",
        id_,
        at,
        text=note,
        state=result,
        by=by,
        details=(("reason", reason), ("call_back_on", call_back_on), ("purchase_id", purchase_id)),
    )


def _complaint(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, what, status, channel, remedy, goodwill, owner, happened_on, resolved_at, closed_at = row
    return HistoryEntry(
        "complaint",
        id_,
        at,
        text=what,
        state=status,
        by=owner,
        points=goodwill or None,
        details=(
            ("channel", channel),
            ("remedy", remedy),
            ("goodwill_points", goodwill),
            ("owner", owner),
            ("happened_on", happened_on),
            ("resolved_at", resolved_at),
            ("closed_at", closed_at),
        ),
    )


def _feedback(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, nps, comment, by, given_on = row
    return HistoryEntry(
        "feedback", id_, at, text=comment, by=by, details=(("nps", nps), ("given_on", given_on))
    )


def _greeting(conn, at: datetime, row: tuple, today: date) -> HistoryEntry:
    id_, occasion, subject_kind, subject_name, channel, by, occasion_date = row
    return HistoryEntry(
        "greeting",
        id_,
        at,
        text=occasion,
        by=by,
        details=(
            ("subject_kind", subject_kind),
            ("subject_name", subject_name),
            ("channel", channel),
            ("occasion_date", occasion_date),
        ),
    )


_BUILDERS: dict[str, Callable[[object, datetime, tuple, date], HistoryEntry]] = {
    "purchase": _purchase,
    "points": _points,
    "stamp": _stamp,
    "reward": _reward,
    "coupon": _coupon,
    "call": _call,
    "complaint": _complaint,
    "feedback": _feedback,
    "greeting": _greeting,
}


def points_after(conn, member_id: int, rows: list[tuple[str, int, int]]) -> dict[int, int]:
    """The member's balance right after each ledger row of a page, from its (at, id, points).

    The ledger's time order is (at, id), as expiry replays it: a purchase entered later with an
    earlier date stands where its date puts it, so reading the timeline down, each balance is the
    one below it plus the row's points. A page's rows are consecutive in that order, so one sum of
    everything before the page's oldest row is enough: a page costs the same at the member's first
    row as at their 20,000th."""
    if not rows:
        return {}
    ordered = sorted(rows)
    oldest_at, oldest_id, _ = ordered[0]
    running = conn.execute(
        "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE member_id = ? "
        "AND (at < ? OR (at = ? AND id < ?))",
        (member_id, oldest_at, oldest_at, oldest_id),
    ).fetchone()[0]
    after = {}
    for _, id_, points in ordered:
        running += points
        after[id_] = running
    return after


def stamps_after(conn, member_id: int, rows: list[tuple[str, int, str, int]]) -> dict[int, int]:
    """The stamps on the card right after each stamp row of a page, from its (at, id, card, count);
    in the same time order as the points."""
    result: dict[int, int] = {}
    by_card: dict[str, list[tuple[str, int, int]]] = {}
    for at, id_, card, count in rows:
        by_card.setdefault(card, []).append((at, id_, count))
    for card, card_rows in by_card.items():
        ordered = sorted(card_rows)
        oldest_at, oldest_id, _ = ordered[0]
        running = conn.execute(
            "SELECT COALESCE(SUM(count), 0) FROM stamp WHERE member_id = ? AND card = ? "
            "AND (at < ? OR (at = ? AND id < ?))",
            (member_id, card, oldest_at, oldest_at, oldest_id),
        ).fetchone()[0]
        for _, id_, count in ordered:
            running += count
            result[id_] = running
    return result


def complaint_events(conn, complaint_ids: list[int]) -> dict[int, tuple[dict, ...]]:
    """Each complaint's log (kind, text, by, at), oldest first."""
    events: dict[int, list[dict]] = {}
    for start in range(0, len(complaint_ids), _CHUNK):
        part = complaint_ids[start : start + _CHUNK]
        for complaint_id, kind, text, by, at in conn.execute(
            "SELECT complaint_id, kind, text, by, at FROM complaint_event "
            f"WHERE complaint_id IN ({','.join('?' * len(part))}) ORDER BY id",
            part,
        ):
            events.setdefault(complaint_id, []).append(
                {"kind": kind, "text": text, "by": by, "at": at}
            )
    return {key: tuple(value) for key, value in events.items()}
