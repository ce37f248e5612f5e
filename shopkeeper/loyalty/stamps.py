"""Stamp cards ("the 10th coffee free") and the rewards members earn or buy with points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from shopkeeper.errors import RewardNotAvailable
from shopkeeper.loyalty.programme import Programme


@dataclass(frozen=True)
class StampCardStatus:
    name: str
    category: str
    stamps: int
    needed: int
    reward: str

    def to_json(self) -> dict:
        return {"name": self.name, "category": self.category, "stamps": self.stamps,
                "needed": self.needed, "reward": self.reward}


@dataclass(frozen=True)
class EarnedReward:
    """A reward waiting for the member: from a full stamp card, or bought with points at the counter."""

    id: int
    source: str
    description: str
    amount: int  # agorot off when used; 0 for a gift
    earned_at: datetime

    def to_json(self) -> dict:
        return {"id": self.id, "source": self.source, "description": self.description,
                "amount": self.amount / 100, "earned_at": self.earned_at.isoformat(timespec="seconds")}


def stamp_counts(conn, member_id: int) -> dict[str, int]:
    return dict(
        conn.execute("SELECT card, SUM(count) FROM stamp WHERE member_id=? GROUP BY card", (member_id,)).fetchall()
    )


def card_statuses(conn, member_id: int, programme: Programme) -> list[StampCardStatus]:
    counts = stamp_counts(conn, member_id)
    return [
        StampCardStatus(c.name, c.category, counts.get(c.name, 0), c.stamps_needed, c.reward)
        for c in programme.stamp_cards
    ]


def add_stamps(
    conn, member_id: int, purchase_id: int, units_by_category: dict[str, int], programme: Programme, at: datetime
) -> list[str]:
    """Stamp the cards this purchase's categories earn; full cards become rewards. Returns their texts."""
    stamp_at = at.isoformat(timespec="seconds")
    earned = []
    counts = stamp_counts(conn, member_id)
    for card in programme.stamp_cards:
        units = units_by_category.get(card.category.casefold(), 0)
        if not units:
            continue
        conn.execute(
            "INSERT INTO stamp (member_id, card, count, purchase_id, at, kind) VALUES (?,?,?,?,?, 'stamp')",
            (member_id, card.name, units, purchase_id, stamp_at),
        )
        total = counts.get(card.name, 0) + units
        while total >= card.stamps_needed:
            total -= card.stamps_needed
            conn.execute(
                "INSERT INTO stamp (member_id, card, count, purchase_id, at, kind) VALUES (?,?,?,?,?, 'reward')",
                (member_id, card.name, -card.stamps_needed, purchase_id, stamp_at),
            )
            conn.execute(
                "INSERT INTO earned_reward (member_id, source, description, amount, earned_at, purchase_id) "
                "VALUES (?,?,?,?,?,?)",
                (member_id, f"card:{card.name}", card.reward, card.reward_amount, stamp_at, purchase_id),
            )
            earned.append(card.reward)
    return earned


def remove_stamps(conn, member_id: int, purchase_id: int, units_by_card: dict[str, int], at: datetime) -> None:
    """Take back exactly the stamps a purchase gave (a void or a return).

    Stamps and the rewards they became are counted together: a reward holds the stamps it took.
    What the card lacks comes from cancelling rewards, their stamps returning to the card first:
    an unused reward before a used one, this purchase's before the newest. A used reward that is
    cancelled was handed over already; it only stops a later void of the purchase that used it from
    bringing it back. So voiding every purchase, in any order, leaves no stamps and no rewards."""
    stamp_at = at.isoformat(timespec="seconds")
    for card, units in units_by_card.items():
        have = stamp_counts(conn, member_id).get(card, 0)
        while have < units:
            reward = _reward_holding_stamps(conn, member_id, card, purchase_id)
            if reward is None:
                break
            reward_id, needed = reward
            conn.execute("UPDATE earned_reward SET cancelled_at=? WHERE id=?", (stamp_at, reward_id))
            conn.execute(
                "INSERT INTO stamp (member_id, card, count, purchase_id, at, kind) VALUES (?,?,?,?,?, 'reverse')",
                (member_id, card, needed, purchase_id, stamp_at),
            )
            have += needed
        take = min(units, have)
        if take:
            conn.execute(
                "INSERT INTO stamp (member_id, card, count, purchase_id, at, kind) VALUES (?,?,?,?,?, 'reverse')",
                (member_id, card, -take, purchase_id, stamp_at),
            )


def _reward_holding_stamps(conn, member_id: int, card: str, purchase_id: int) -> tuple[int, int] | None:
    """(id, stamps it took) of the card reward to cancel next when stamps are taken back."""
    row = conn.execute(
        "SELECT id, purchase_id FROM earned_reward WHERE member_id=? AND source=? AND cancelled_at IS NULL "
        "ORDER BY used_at IS NOT NULL, purchase_id = ? DESC, id DESC LIMIT 1",
        (member_id, f"card:{card}", purchase_id),
    ).fetchone()
    if row is None:
        return None
    needed = conn.execute(
        "SELECT count FROM stamp WHERE member_id=? AND card=? AND purchase_id=? AND kind='reward' "
        "ORDER BY id DESC LIMIT 1",
        (member_id, card, row[1]),
    ).fetchone()
    return row[0], -needed[0] if needed else 0


def stamps_given(conn, purchase_id: int) -> dict[str, int]:
    """Stamps a purchase still holds per card (given less already taken back)."""
    return {
        card: n
        for card, n in conn.execute(
            "SELECT card, SUM(CASE WHEN kind='stamp' THEN count WHEN kind='reverse' AND count < 0 THEN count ELSE 0 END) "
            "FROM stamp WHERE purchase_id=? GROUP BY card",
            (purchase_id,),
        )
        if n > 0
    }


def waiting_rewards(conn, member_id: int) -> list[EarnedReward]:
    return [
        EarnedReward(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]))
        for r in conn.execute(
            "SELECT id, source, description, amount, earned_at FROM earned_reward "
            "WHERE member_id=? AND used_at IS NULL AND cancelled_at IS NULL ORDER BY id",
            (member_id,),
        )
    ]


def use_rewards(conn, member_id: int, reward_ids: Sequence[int], purchase_id: int, at: datetime) -> int:
    """Mark waiting rewards as used on a purchase; returns their total agorot off."""
    waiting = {r.id: r for r in waiting_rewards(conn, member_id)}
    total = 0
    for reward_id in reward_ids:
        reward = waiting.pop(reward_id, None)  # popped: the same reward cannot be used twice
        if reward is None:
            raise RewardNotAvailable(name=str(reward_id))
        conn.execute(
            "UPDATE earned_reward SET used_purchase_id=?, used_at=? WHERE id=?",
            (purchase_id, at.isoformat(timespec="seconds"), reward_id),
        )
        total += reward.amount
    return total


def release_rewards(conn, purchase_id: int) -> None:
    """A voided purchase gives back the rewards it used."""
    conn.execute("UPDATE earned_reward SET used_purchase_id=NULL, used_at=NULL WHERE used_purchase_id=?", (purchase_id,))
