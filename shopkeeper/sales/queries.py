"""Reading purchases back from the database."""

from __future__ import annotations

from datetime import datetime

from shopkeeper.sales.records import PurchaseLine, PurchaseRecord


def purchase_points(conn, purchase_id: int) -> int:
    """Net points a purchase holds on the ledger (earned less redeemed less reversed; bonuses excluded)."""
    return conn.execute(
        "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE purchase_id=? AND kind IN ('earn', 'redeem', 'reverse')",
        (purchase_id,),
    ).fetchone()[0]


def load_purchase(conn, purchase_id: int) -> PurchaseRecord | None:
    row = conn.execute(
        "SELECT p.id, p.member_id, p.at, p.amount, p.points_discount + p.coupon_discount + p.reward_discount, "
        "p.returned, p.channel, p.fulfilment, p.note, c.code, p.voided_at, p.void_reason, "
        "(SELECT COALESCE(SUM(points), 0) FROM ledger l WHERE l.purchase_id = p.id "
        " AND (l.kind = 'earn' OR (l.kind = 'reverse' AND l.points < 0))) "
        "FROM purchase p LEFT JOIN coupon c ON c.id = p.coupon_id WHERE p.id=?",
        (purchase_id,),
    ).fetchone()
    if row is None:
        return None
    lines = tuple(
        PurchaseLine(*r)
        for r in conn.execute(
            "SELECT id, name, category, qty, unit_price, returned_qty FROM purchase_line WHERE purchase_id=? ORDER BY id",
            (purchase_id,),
        )
    )
    return PurchaseRecord(
        id=row[0], member_id=row[1], at=datetime.fromisoformat(row[2]), amount=row[3], discounts=row[4],
        returned=row[5], channel=row[6], fulfilment=row[7], note=row[8], coupon_code=row[9],
        voided_at=datetime.fromisoformat(row[10]) if row[10] else None, void_reason=row[11],
        points=max(row[12], 0), lines=lines,
    )
