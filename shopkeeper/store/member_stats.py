"""The members list's cached sort values (`member_stats`, schema step 5) around a bulk load.

The triggers of step 5 keep each member's balance, last purchase and 12-month spend current row by
row, which is right for a sale and ruinous for a load of millions of rows in one transaction: every
ledger row then rewrites its member's row and moves its entry in the sort indexes, and the dirty
pages spill. A bulk load sets those triggers aside, and every member's values are recomputed in one
pass when it ends, from the same sources the triggers follow.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

# The triggers that follow the ledger, the purchases and the tier cache (member_stats_new, which
# gives a new member their row, stays: it is as cheap as the member's own insert).
FOLLOWING_TRIGGERS = (
    "ledger_balance_insert",
    "ledger_balance_delete",
    "purchase_last_insert",
    "purchase_last_update",
    "purchase_last_delete",
    "member_tier_spend_insert",
    "member_tier_spend_update",
    "member_tier_spend_delete",
)

RECOMPUTE_SQL = """
UPDATE member_stats SET
    points_balance = COALESCE((SELECT SUM(points) FROM ledger
        WHERE ledger.member_id = member_stats.member_id), 0),
    last_purchase_at = COALESCE((SELECT MAX(at) FROM purchase
        WHERE purchase.member_id = member_stats.member_id AND voided_at IS NULL), ''),
    spend_12m = COALESCE((SELECT spend_12m FROM member_tier
        WHERE member_tier.member_id = member_stats.member_id), 0)
"""


@contextlib.contextmanager
def recomputed_after(conn) -> Iterator[None]:
    """Inside the caller's transaction: the following triggers set aside while the block writes,
    then every member's cached values recomputed and the triggers created again, as the schema
    defines them (read back from the database). After an error the caller's rollback restores
    them. Wrap it around the block that drops and recreates the indexes, so the recomputation
    reads through the indexes."""
    marks = ",".join("?" * len(FOLLOWING_TRIGGERS))
    triggers = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name IN ({marks}) "
        "ORDER BY name",
        FOLLOWING_TRIGGERS,
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    conn.execute(RECOMPUTE_SQL)
    for _, sql in triggers:
        conn.execute(sql)
