"""The members list's cached sort values (kept by triggers) checked against what they cache."""

from __future__ import annotations

_CHECKS = (
    (
        "points balance",
        "SELECT m.member_id, m.points_balance, COALESCE(l.total, 0) FROM member_stats m "
        "LEFT JOIN (SELECT member_id, SUM(points) AS total FROM ledger GROUP BY member_id) l "
        "ON l.member_id = m.member_id WHERE m.points_balance != COALESCE(l.total, 0)",
    ),
    (
        "last purchase",
        "SELECT m.member_id, m.last_purchase_at, COALESCE(p.newest, '') FROM member_stats m "
        "LEFT JOIN (SELECT member_id, MAX(at) AS newest FROM purchase WHERE voided_at IS NULL "
        "GROUP BY member_id) p ON p.member_id = m.member_id "
        "WHERE m.last_purchase_at != COALESCE(p.newest, '')",
    ),
    (
        "12-month spend",
        "SELECT m.member_id, m.spend_12m, COALESCE(t.spend_12m, 0) FROM member_stats m "
        "LEFT JOIN member_tier t ON t.member_id = m.member_id "
        "WHERE m.spend_12m != COALESCE(t.spend_12m, 0)",
    ),
)
_SHOWN = 20


def cached_value_problems(db) -> list[str]:
    """One line per member whose cached balance, last purchase or spend differs from the source."""
    conn = db.connection()
    problems = [
        f"member {member_id}: no cached list values (member_stats row)"
        for (member_id,) in conn.execute(
            "SELECT m.id FROM member m WHERE NOT EXISTS "
            f"(SELECT 1 FROM member_stats s WHERE s.member_id = m.id) LIMIT {_SHOWN}"
        )
    ]
    for what, sql in _CHECKS:
        for member_id, cached, actual in conn.execute(f"{sql} LIMIT {_SHOWN}"):
            problems.append(f"member {member_id}: cached {what} {cached!r} but it is {actual!r}")
    return problems
