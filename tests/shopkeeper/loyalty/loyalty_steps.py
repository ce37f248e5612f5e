"""Random counter days for the property tests: a small club, steps drawn by hypothesis, invariants.

A `Day` holds a real shop on a temporary file and a clock. Each step is a plain tuple drawn by
`steps(...)`; `Day.apply` carries it out through the services, expecting only the refusals a
shopkeeper can cause, and checks that a refusal wrote nothing.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import strategies as st

from shopkeeper.errors import AlreadyVoided, InsufficientPoints, InvalidValue, PointsAlreadySpent
from shopkeeper.loyalty import stamps
from shopkeeper.loyalty.programme import RewardItem, StampCardRule, Tier
from shopkeeper.loyalty.tiers import spend_12m, tier_status
from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.loyalty.loyalty_support import (
    Clock,
    add_member,
    line,
    open_shop,
    phone_for,
    set_programme,
    table_counts,
)

START = datetime(2025, 1, 6, 9, 0)
MEMBERS = 3  # member 1 was referred by member 0
CATEGORIES = ("coffee", "gift", "home", "")

programmes = st.builds(
    dict,
    points_per_shekel=st.sampled_from([Decimal(1), Decimal("0.5"), Decimal(2)]),
    rounding=st.sampled_from(["down", "nearest"]),
    min_purchase=st.sampled_from([0, 20_00]),
    point_value=st.sampled_from([10, 5]),
    min_redeem=st.sampled_from([1, 50]),
    expiry_months=st.integers(1, 4),
)

_line = st.tuples(
    st.sampled_from(CATEGORIES), st.integers(1, 3), st.integers(0, 80_00) | st.integers(5_00, 60_00)
)
lines = st.lists(_line, max_size=3) | st.lists(_line, min_size=1, max_size=3)
purchases = st.tuples(
    st.just("buy"),
    st.sampled_from([None, *range(MEMBERS), 0, 1]),  # mostly members
    st.one_of(st.none(), st.integers(0, 300_00), st.integers(20_00, 250_00)),
    lines,
    st.integers(0, 100),  # share of the redeemable points to redeem
    st.sampled_from([None, "percent", "amount"]),  # a coupon made now and used
    st.booleans(),  # use the oldest waiting stamp-card reward
    st.booleans(),  # buy the catalogue voucher
    st.integers(0, 3),  # days back-dated
)
voids = st.tuples(st.just("void"), st.integers(0, 30), st.booleans())
returns = st.tuples(st.just("return"), st.integers(0, 30), st.integers(0, 2), st.booleans())
adjustments = st.tuples(
    st.just("adjust"), st.integers(0, MEMBERS - 1), st.integers(-200, 200).filter(bool)
)
advances = st.tuples(st.just("advance"), st.integers(1, 75))
expiries = st.just(("expire",))
birthdays = st.just(("birthdays",))


def steps(
    *,
    negative_adjustments: bool = True,
    expiry: bool = True,
    write_off: bool = True,
    weighted: tuple[str, ...] = (),
):
    """Lists of steps, purchases the most common; the switches leave out what a property cannot
    allow and `weighted` (step names, repeated for weight) replaces the usual mix."""
    table = {
        "buy": purchases,
        "void": voids if write_off else voids.map(lambda s: (*s[:2], False)),
        "return": returns if write_off else returns.map(lambda s: (*s[:3], False)),
        "adjust": adjustments
        if negative_adjustments
        else adjustments.map(lambda s: (*s[:2], abs(s[2]))),
        "advance": advances,
        "birthdays": birthdays,
        "expire": expiries,
    }
    if not weighted:
        weighted = ("buy",) * 5 + ("void", "void", "return", "adjust", "advance", "advance")
        weighted += ("birthdays",)
        if expiry:
            weighted += ("expire", "expire")
    return st.lists(st.sampled_from(weighted).flatmap(table.__getitem__), min_size=4, max_size=24)


def add_months(day: date, months: int) -> date:
    """`months` after `day` (the month's last day when it has fewer days)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def fifo_lots(rows: list[tuple[datetime, int]]) -> list[list]:
    """What is left of each positive row after the negative ones used the oldest points first."""
    lots: list[list] = []
    debt = 0
    for at, points in rows:
        if points > 0:
            settled = min(debt, points)
            debt -= settled
            if points > settled:
                lots.append([at, points - settled])
            continue
        need = -points
        for lot in lots:
            taken = min(need, lot[1])
            lot[1] -= taken
            need -= taken
        lots = [lot for lot in lots if lot[1]]
        debt += need
    return lots


class Day:
    """A club of three members and the steps applied to it."""

    def __init__(self, folder: Path, settings: dict) -> None:
        # The programme is in force from a month before the first (maybe back-dated) purchase.
        self.clock = Clock(START - timedelta(days=30))
        self.shop = open_shop(folder, self.clock)
        self.programme = set_programme(
            self.shop,
            **settings,
            excluded_categories=("gift",),
            welcome_bonus=25,
            birthday_bonus=40,
            referral_bonus=30,
            tiers=(
                Tier("Member", 0),
                Tier("Silver", 150_00, Decimal("1.5"), "wrap"),
                Tier("Gold", 400_00, Decimal(2), "gift"),
            ),
            stamp_cards=(StampCardRule("Coffee", "coffee", 3, "free coffee", 5_00),),
            rewards=(RewardItem("Voucher", 60, 6_00),),
        )
        self.members = []
        for n in range(MEMBERS):
            referred = phone_for(0) if n == 1 else ""
            member = add_member(
                self.shop,
                f"m{n}",
                phone_for(n),
                birthday=f"{10 + n}/0{1 + n}/1990",
                referred_by=referred,
            )
            self.shop.bonuses.welcome(member)
            self.members.append(member)
        self.clock.set(START)
        self.purchase_ids: list[int] = []
        self.written_off: dict[int, int] = {}  # points each purchase's returns and void wrote off
        self.touched: set[int] = set()

    def close(self) -> None:
        self.shop.close()

    # -- steps -------------------------------------------------------------------------------
    def apply(self, step: tuple) -> None:
        self.touched = set()
        getattr(self, f"_{step[0]}")(*step[1:])

    def _buy(
        self, who, amount, line_specs, redeem_share, coupon, use_reward, voucher, days_back
    ) -> None:
        member = None if who is None else self.members[who]
        drawn = tuple(line(f"item {i}", c, q, p) for i, (c, q, p) in enumerate(line_specs))
        if amount is None and not drawn:
            amount = 0
        at = self.clock.now - timedelta(days=days_back)
        draft = PurchaseDraft(member, amount, lines=drawn, at=at)
        if coupon:
            code = self.shop.coupons.create(
                **({"percent": 15} if coupon == "percent" else {"amount": 10_00})
            )[0]
            draft = replace(draft, coupon_code=code.lower())
        if member is not None:
            waiting = stamps.waiting_rewards(self.shop.db.connection(), member)
            if use_reward and waiting:
                draft = replace(draft, reward_ids=(waiting[0].id,))
            if voucher and self.shop.ledger.balance(member) >= 60:
                draft = replace(draft, catalogue_rewards=("Voucher",))
            draft = replace(draft, redeem_points=self._redeemable(draft, redeem_share))
        quote = self.shop.purchases.quote(draft)
        receipt = self.shop.purchases.record(draft)
        assert receipt.quote == quote, "the quote is what recording did"
        assert receipt.points_earned == quote.points_to_earn
        self.purchase_ids.append(receipt.id)
        if member is not None:
            self.touched.add(member)

    def _redeemable(self, draft: PurchaseDraft, share: int) -> int:
        quote = self.shop.purchases.quote(draft)
        programme = self.shop.programme.at(draft.at)
        left = quote.to_pay // programme.point_value
        most = min(left, quote.balance_before - quote.points_redeemed)
        if most < programme.min_redeem or share == 0:
            return 0
        return programme.min_redeem + (most - programme.min_redeem) * share // 100

    def _void(self, pick, write_off) -> None:
        if not self.purchase_ids:
            return
        purchase_id = self.purchase_ids[pick % len(self.purchase_ids)]
        record = self.shop.purchases.get(purchase_id)
        before = table_counts(self.shop)
        try:
            result = self.shop.purchases.void(purchase_id, "property test", write_off=write_off)
        except AlreadyVoided:
            assert record.voided_at is not None
        except PointsAlreadySpent:
            assert not write_off
        else:
            assert record.voided_at is None
            self._wrote_off(purchase_id, result.written_off, write_off)
            if record.member_id is not None:
                self.touched.add(record.member_id)
            return
        assert table_counts(self.shop) == before, "a refused void wrote nothing"

    def _return(self, pick, line_pick, write_off) -> None:
        if not self.purchase_ids:
            return
        record = self.shop.purchases.get(self.purchase_ids[pick % len(self.purchase_ids)])
        if not record.lines:
            return
        chosen = record.lines[line_pick % len(record.lines)]
        before = table_counts(self.shop)
        try:
            result = self.shop.purchases.return_lines(
                record.id, {chosen.id: 1}, "property test", write_off=write_off
            )
        except AlreadyVoided:
            assert record.voided_at is not None
        except InvalidValue:
            assert chosen.returned_qty == chosen.qty
        except PointsAlreadySpent:
            assert not write_off
        else:
            self._wrote_off(record.id, result.written_off, write_off)
            if record.member_id is not None:
                self.touched.add(record.member_id)
            return
        assert table_counts(self.shop) == before, "a refused return wrote nothing"

    def _wrote_off(self, purchase_id: int, points: int, allowed: bool) -> None:
        assert points >= 0
        assert allowed or points == 0, "nothing is written off unless asked"
        self.written_off[purchase_id] = self.written_off.get(purchase_id, 0) + points

    def _adjust(self, who, points) -> None:
        member = self.members[who]
        balance = self.shop.ledger.balance(member)
        try:
            assert self.shop.ledger.adjust(member, points, "property test") == balance + points
        except InsufficientPoints:
            assert balance + points < 0
            assert self.shop.ledger.balance(member) == balance

    def _advance(self, days) -> None:
        self.clock.advance(days=days)

    def _birthdays(self) -> None:
        self.shop.bonuses.pay_birthdays(self.clock.today())

    def _expire(self) -> None:
        today = self.clock.today()
        months = self.shop.programme.at(datetime.combine(today, datetime.max.time())).expiry_months
        cutoff = datetime.combine(add_months(today, -months), datetime.max.time()).replace(
            microsecond=0
        )
        before = {m: self._lots(m) for m in self.members}
        report = self.shop.ledger.expire(today)
        removed = 0
        for member in self.members:
            old = [lot for lot in before[member] if lot[0] <= cutoff]
            young = [lot for lot in before[member] if lot[0] > cutoff]
            for at, _ in old:
                assert add_months(at.date(), months) <= today, "only points N months old expire"
            after = self._lots(member)
            assert (
                sum(left for _, left in after)
                == sum(left for _, left in young)
                == self.shop.ledger.balance(member)
            )
            assert sorted(a for a, _ in after) == sorted(a for a, _ in young)
            removed += sum(left for _, left in old)
        assert report.points == removed
        counts = table_counts(self.shop)
        again = self.shop.ledger.expire(today)
        assert (again.members, again.points) == (0, 0)
        assert table_counts(self.shop) == counts, "a second run changes nothing"

    def _lots(self, member: int) -> list[list]:
        rows = [(e.at, e.points) for e in reversed(self.shop.ledger.entries(member))]
        return fifo_lots(rows)

    # -- invariants --------------------------------------------------------------------------
    def check(self) -> None:
        """Balance = ledger sum ≥ 0, the ledger's own check, every purchase's earned points settled
        at most once, and the tier cache true."""
        assert self.shop.ledger.check() == []
        conn = self.shop.db.connection()
        for purchase_id in self.purchase_ids:
            self._check_settled(purchase_id)
        for member in self.members:
            entries = self.shop.ledger.entries(member)
            balance = self.shop.ledger.balance(member)
            assert balance == sum(e.points for e in entries) >= 0
            cached = conn.execute(
                "SELECT tier, spend_12m, computed_at FROM member_tier WHERE member_id=?", (member,)
            ).fetchone()
            if cached is None:
                continue
            on = datetime.fromisoformat(cached[2])
            status = tier_status(self.shop.programme.at(on), spend_12m(conn, member, on))
            assert (cached[0], cached[1]) == (status.name, status.spend_12m), (
                "the cache is a fresh computation"
            )
            if member in self.touched:
                fresh = self.shop.loyalty.tier(member)
                assert (cached[0], cached[1]) == (fresh.name, fresh.spend_12m)

    def _check_settled(self, purchase_id: int) -> None:
        """Earned points taken back plus those written off never pass what the purchase earned;
        once it is voided they are exactly what it earned."""
        earned, redeemed, held = (
            self.shop.db.connection()
            .execute(
                "SELECT COALESCE(SUM(CASE WHEN kind='earn' THEN points END), 0), "
                "COALESCE(-SUM(CASE WHEN kind='redeem' THEN points END), 0), "
                "COALESCE(SUM(points), 0) FROM ledger "
                "WHERE purchase_id=? AND kind IN ('earn', 'redeem', 'reverse')",
                (purchase_id,),
            )
            .fetchone()
        )
        voided = self.shop.purchases.get(purchase_id).voided_at is not None
        # A void's row also gives back the points the purchase redeemed.
        taken = earned - held - (0 if voided else redeemed)
        settled = taken + self.written_off.get(purchase_id, 0)
        assert 0 <= taken <= settled <= earned, "no earned point is taken back or written off twice"
        if voided:
            assert settled == earned, "a void settles everything the purchase earned"
