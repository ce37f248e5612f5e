"""Bulk rows for the demo's history: buffers flushed with executemany, inside the caller's transaction.

Rows go in as the services would write them (same columns, same text); a purchase's rows are written
after the purchase itself so every foreign key holds at each statement.
"""

from __future__ import annotations

_PURCHASE_SQL = (
    "INSERT INTO purchase (id, member_id, at, amount, points_discount, coupon_discount, reward_discount, "
    "coupon_id, channel, fulfilment, note, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
_LINE_SQL = (
    "INSERT INTO purchase_line (purchase_id, name, category, qty, unit_price) VALUES (?,?,?,?,?)"
)
_LEDGER_SQL = (
    "INSERT INTO ledger (member_id, at, kind, points, source, purchase_id, reason, by) "
    "VALUES (?,?,?,?,?,?,?,?)"
)
_STAMP_SQL = (
    "INSERT INTO stamp (member_id, card, count, purchase_id, at, kind) VALUES (?,?,?,?,?,?)"
)
_REWARD_SQL = (
    "INSERT INTO earned_reward (id, member_id, source, description, amount, earned_at, purchase_id, "
    "used_purchase_id, used_at, cancelled_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
_VOID_SQL = "UPDATE purchase SET voided_at=?, void_reason=? WHERE id=?"
_TIER_SQL = (
    "INSERT INTO member_tier (member_id, tier, spend_12m, computed_at) VALUES (?,?,?,?) "
    "ON CONFLICT(member_id) DO UPDATE SET tier=excluded.tier, spend_12m=excluded.spend_12m, "
    "computed_at=excluded.computed_at"
)
_COUPON_SQL = (
    "INSERT INTO coupon (id, code, percent, amount, min_basket, valid_from, valid_until, max_uses, "
    "member_id, batch, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
FLUSH_PURCHASES = 20_000


class SalesWriter:
    """Collects rows and writes them in batches. Ids of purchases and rewards are given here so
    rows can point at them before they are written."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self.purchases: list[tuple] = []
        self.lines: list[tuple] = []
        self.ledger: list[tuple] = []
        self.stamps: list[tuple] = []
        self.rewards: list[list] = []  # mutable: a reward is used later; written at the end
        self.voids: list[tuple] = []  # (voided_at, reason, purchase id)
        self.next_purchase = _next_id(conn, "purchase")
        self.next_reward = _next_id(conn, "earned_reward")
        self.counts = {"purchases": 0, "ledger": 0}

    def purchase(self, row: tuple) -> int:
        """Queue a purchase row (without its id); returns the id it gets."""
        purchase_id = self.next_purchase
        self.next_purchase += 1
        self.purchases.append((purchase_id, *row))
        return purchase_id

    def reward(
        self,
        member_id: int,
        source: str,
        description: str,
        amount: int,
        at: str,
        purchase_id: int,
        used: bool = False,
    ) -> list:
        """Queue an earned reward; returns its row, whose used columns (7, 8) may be set later."""
        row = [
            self.next_reward,
            member_id,
            source,
            description,
            amount,
            at,
            purchase_id,
            purchase_id if used else None,
            at if used else None,
            None,
        ]
        self.next_reward += 1
        self.rewards.append(row)
        return row

    def coupons(self, rows: list[tuple]) -> None:
        self._conn.executemany(_COUPON_SQL, rows)

    def flush(self) -> None:
        """Write what is queued: purchases first, then the rows that point at them."""
        conn = self._conn
        conn.executemany(_PURCHASE_SQL, self.purchases)
        conn.executemany(_LINE_SQL, self.lines)
        conn.executemany(_LEDGER_SQL, self.ledger)
        conn.executemany(_STAMP_SQL, self.stamps)
        self.counts["purchases"] += len(self.purchases)
        self.counts["ledger"] += len(self.ledger)
        for rows in (self.purchases, self.lines, self.ledger, self.stamps):
            rows.clear()

    def finish(self, tiers: list[tuple]) -> None:
        """The last rows, the rewards, the voids and the cached tiers."""
        self.flush()
        self._conn.executemany(_REWARD_SQL, self.rewards)
        self._conn.executemany(_VOID_SQL, self.voids)
        self._conn.executemany(_TIER_SQL, tiers)


def _next_id(conn, table: str) -> int:
    return conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
