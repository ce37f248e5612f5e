"""Recording purchases with their discounts and points, voiding them, returning some lines.

One transaction each. A purchase's points, stamps, coupon use and spend are all keyed by its id, so a
void reverses exactly what it produced; bonuses it triggered (referral) stay, as the programme says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime

from shopkeeper.club.text import clean_text
from shopkeeper.errors import (
    AlreadyVoided,
    BelowMinimumRedemption,
    InsufficientPoints,
    InvalidValue,
    MemberNotFound,
    PointsAlreadySpent,
    PurchaseNotFound,
    ReasonRequired,
    RedemptionTooLarge,
    RewardNotAvailable,
)
from shopkeeper.loyalty import stamps
from shopkeeper.loyalty.bonuses import Bonuses
from shopkeeper.loyalty.coupons import CouponService
from shopkeeper.loyalty.earning import excluded_value, points_for, redemption_value
from shopkeeper.loyalty.ledger import Ledger
from shopkeeper.loyalty.programmes import ProgrammeStore
from shopkeeper.loyalty.tiers import recompute_tier, spend_12m, tier_status
from shopkeeper.sales.points_owed import points_owed, returned_value
from shopkeeper.sales.queries import load_purchase, purchase_points
from shopkeeper.sales.records import (
    CHANNELS,
    FULFILMENTS,
    PurchaseDraft,
    PurchaseRecord,
    Quote,
    Receipt,
    VoidResult,
)


class PurchaseService:
    def __init__(
        self,
        db,
        programmes: ProgrammeStore,
        ledger: Ledger,
        coupons: CouponService,
        bonuses: Bonuses,
        now: Callable[[], datetime],
    ) -> None:
        self._db = db
        self._programmes = programmes
        self._ledger = ledger
        self._coupons = coupons
        self._bonuses = bonuses
        self._now = now

    @property
    def _conn(self):
        return self._db.connection()

    # -- quoting and recording -------------------------------------------------------------
    def quote(self, draft: PurchaseDraft) -> Quote:
        """Discounts, amount to pay and points, as recording it would give; writes nothing."""
        return self._quote(draft, draft.at or self._now())

    def _quote(self, draft: PurchaseDraft, at: datetime) -> Quote:
        _check_draft(draft)
        programme = self._programmes.at(at)
        lines_total = sum(ln.qty * ln.unit_price for ln in draft.lines) if draft.lines else None
        amount = draft.amount if draft.amount is not None else (lines_total or 0)
        member = draft.member_id
        if member is not None and not self._conn.execute("SELECT 1 FROM member WHERE id=?", (member,)).fetchone():
            raise MemberNotFound(key=str(member))
        if member is None and (draft.redeem_points or draft.reward_ids or draft.catalogue_rewards):
            raise InvalidValue(field="points", text="a purchase without a member earns and redeems nothing")
        balance = self._ledger.balance(member) if member is not None else 0
        tier = tier_status(programme, spend_12m(self._conn, member, at)) if member is not None else None

        coupon_discount = 0
        if clean_text(draft.coupon_code):
            coupon = self._coupons.check(draft.coupon_code, member, amount, at.date())
            coupon_discount = coupon.discount_on(amount)
        reward_discount, catalogue_points = self._reward_discounts(draft, programme)
        reward_discount = min(reward_discount, amount - coupon_discount)
        left = amount - coupon_discount - reward_discount

        points = draft.redeem_points
        if points:
            if points < programme.min_redeem:
                raise BelowMinimumRedemption(minimum=programme.min_redeem, requested=points)
            if redemption_value(programme, points) > left:
                raise RedemptionTooLarge(requested=points, maximum=left // max(programme.point_value, 1))
        redeemed = points + catalogue_points
        if redeemed > balance:
            raise InsufficientPoints(requested=redeemed, balance=balance)
        points_discount = redemption_value(programme, points)
        to_pay = left - points_discount
        earn = 0
        if tier is not None:
            excluded = excluded_value(programme, ((ln.category, ln.qty, ln.unit_price) for ln in draft.lines))
            earn = points_for(programme, to_pay, min(excluded, to_pay), tier.multiplier)
        return Quote(
            amount=amount,
            lines_total=lines_total,
            lines_difference=amount - lines_total if lines_total is not None else 0,
            coupon_discount=coupon_discount,
            reward_discount=reward_discount,
            points_discount=points_discount,
            points_redeemed=redeemed,
            to_pay=to_pay,
            points_to_earn=earn,
            balance_before=balance,
            balance_after=balance - redeemed + earn,
            tier=tier.name if tier else "",
        )

    def _reward_discounts(self, draft: PurchaseDraft, programme) -> tuple[int, int]:
        discount = points = 0
        if draft.reward_ids:
            waiting = {r.id: r for r in stamps.waiting_rewards(self._conn, draft.member_id)}
            for reward_id in draft.reward_ids:
                reward = waiting.pop(reward_id, None)  # the same reward twice is not available twice
                if reward is None:
                    raise RewardNotAvailable(name=str(reward_id))
                discount += reward.amount
        catalogue = {r.name: r for r in programme.rewards}
        for name in draft.catalogue_rewards:
            if name not in catalogue:
                raise RewardNotAvailable(name=name)
            discount += catalogue[name].amount
            points += catalogue[name].points
        return discount, points

    def record(self, draft: PurchaseDraft, by: str = "") -> Receipt:
        """Save the purchase with its redemptions, points, stamps, bonuses and tier, all or nothing."""
        at = (draft.at or self._now()).replace(microsecond=0)
        with self._db.atomic():
            quote = self._quote(draft, at)
            conn = self._conn
            programme = self._programmes.at(at)
            coupon_id = self._coupons.get(draft.coupon_code).id if clean_text(draft.coupon_code) else None
            purchase_id = conn.execute(
                "INSERT INTO purchase (member_id, at, amount, points_discount, coupon_discount, reward_discount, "
                "coupon_id, channel, fulfilment, note, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    draft.member_id, at.isoformat(timespec="seconds"), quote.amount, quote.points_discount,
                    quote.coupon_discount, quote.reward_discount, coupon_id, draft.channel, draft.fulfilment,
                    clean_text(draft.note), by,
                ),
            ).lastrowid
            conn.executemany(
                "INSERT INTO purchase_line (purchase_id, name, category, qty, unit_price) VALUES (?,?,?,?,?)",
                [(purchase_id, clean_text(ln.name), clean_text(ln.category).casefold(), ln.qty, ln.unit_price)
                 for ln in draft.lines],
            )
            if draft.member_id is None:
                return Receipt(purchase_id, quote, 0, 0, "", "", (), ())
            member = draft.member_id
            tier_before = quote.tier
            for name in draft.catalogue_rewards:
                reward = next(r for r in programme.rewards if r.name == name)
                self._ledger.append(member, "redeem", -reward.points, "reward", at=at,
                                    purchase_id=purchase_id, reason=name, by=by)
                conn.execute(
                    "INSERT INTO earned_reward (member_id, source, description, amount, earned_at, purchase_id, "
                    "used_purchase_id, used_at) VALUES (?, 'points', ?, ?, ?, ?, ?, ?)",
                    (member, name, reward.amount, at.isoformat(), purchase_id, purchase_id, at.isoformat()),
                )
            if draft.redeem_points:
                self._ledger.append(member, "redeem", -draft.redeem_points, "purchase", at=at,
                                    purchase_id=purchase_id, reason="discount on the purchase", by=by)
            stamps.use_rewards(conn, member, draft.reward_ids, purchase_id, at)
            if quote.points_to_earn:
                self._ledger.append(member, "earn", quote.points_to_earn, "purchase", at=at,
                                    purchase_id=purchase_id, by=by)
            units = Counter()
            for ln in draft.lines:
                units[clean_text(ln.category).casefold()] += ln.qty
            earned_rewards = stamps.add_stamps(conn, member, purchase_id, dict(units), programme, at)
            bonuses = self._bonuses.referral_on_first_purchase(member, purchase_id, at, by)
            # The cached tier is today's: a back-dated (imported) purchase must not set an old one.
            now = self._now().replace(microsecond=0)
            tier = recompute_tier(conn, member, self._programmes.at(now), now)
            balance = self._ledger.balance(member)
        return Receipt(purchase_id, quote, quote.points_to_earn, balance, tier.name, tier_before,
                       tuple(earned_rewards), tuple(bonuses))

    # -- voids and returns -----------------------------------------------------------------
    def void(self, purchase_id: int, reason: str, by: str = "", *, write_off: bool = False) -> VoidResult:
        """Void a whole purchase: its points, stamps, coupon use, rewards and spend are reversed.

        If points it earned were already spent, PointsAlreadySpent says how many; with `write_off`
        the balance goes to zero instead and the shortfall is noted on the ledger row. Points an
        earlier return wrote off are not taken back again.
        """
        reason = clean_text(reason)
        if not reason:
            raise ReasonRequired()
        now = self._now().replace(microsecond=0)
        with self._db.atomic():
            record = self.get(purchase_id)
            if record.voided_at:
                raise AlreadyVoided(id=purchase_id, on=f"{record.voided_at:%d/%m/%Y}")
            conn = self._conn
            written_off = change = 0
            member = record.member_id
            if member is not None:
                owed = points_owed(conn, self._programmes.at(record.at), record, None)
                # What the purchase holds on the ledger, less what earlier returns wrote off.
                change = -(purchase_points(conn, purchase_id) - owed.written_off)
                change, written_off = self._take_back(member, purchase_id, change, write_off)
                if change:
                    self._ledger.append(member, "reverse", change, "purchase", at=now,
                                        purchase_id=purchase_id, reason=_noted(reason, written_off), by=by)
                stamps.remove_stamps(conn, member, purchase_id, stamps.stamps_given(conn, purchase_id), now)
                conn.execute(
                    "UPDATE earned_reward SET cancelled_at=? WHERE source='points' AND purchase_id=?",
                    (now.isoformat(), purchase_id),
                )
                stamps.release_rewards(conn, purchase_id)
            conn.execute(
                "UPDATE purchase SET voided_at=?, void_reason=? WHERE id=?",
                (now.isoformat(timespec="seconds"), reason, purchase_id),
            )
            return self._after_change(purchase_id, member, change, written_off, now)

    def return_lines(
        self, purchase_id: int, quantities: Mapping[int, int], reason: str, by: str = "", *, write_off: bool = False
    ) -> VoidResult:
        """Return some lines: spend drops by their value and the points they earned come back."""
        reason = clean_text(reason)
        if not reason:
            raise ReasonRequired()
        now = self._now().replace(microsecond=0)
        with self._db.atomic():
            record = self.get(purchase_id)
            if record.voided_at:
                raise AlreadyVoided(id=purchase_id, on=f"{record.voided_at:%d/%m/%Y}")
            lines = {ln.id: ln for ln in record.lines}
            for line_id, qty in quantities.items():
                line = lines.get(line_id)
                if line is None or qty < 1 or qty > line.qty - line.returned_qty:
                    raise InvalidValue(field="returned quantity", text=f"{line_id}×{qty}")
            conn = self._conn
            returned = {ln.id: ln.returned_qty + quantities.get(ln.id, 0) for ln in record.lines}
            for line_id, qty in quantities.items():
                conn.execute("UPDATE purchase_line SET returned_qty = returned_qty + ? WHERE id=?", (qty, line_id))
            conn.execute(
                "UPDATE purchase SET returned = ? WHERE id=?",
                (returned_value(record.amount, record.lines, returned), purchase_id),
            )
            member, change, written_off = record.member_id, 0, 0
            if member is not None:
                programme = self._programmes.at(record.at)
                change = -points_owed(conn, programme, record, returned).owed
                change, written_off = self._take_back(member, purchase_id, change, write_off)
                if change:
                    self._ledger.append(member, "reverse", change, "purchase", at=now, purchase_id=purchase_id,
                                        reason=_noted(reason, written_off), by=by)
                units = Counter()
                for line_id, qty in quantities.items():
                    units[lines[line_id].category] += qty
                by_card = {c.name: units[c.category.casefold()] for c in programme.stamp_cards
                           if units.get(c.category.casefold())}
                given = stamps.stamps_given(conn, purchase_id)
                stamps.remove_stamps(conn, member, purchase_id,
                                     {card: min(n, given.get(card, 0)) for card, n in by_card.items()}, now)
            return self._after_change(purchase_id, member, change, written_off, now)

    def _take_back(self, member: int, purchase_id: int, change: int, write_off: bool) -> tuple[int, int]:
        if change >= 0:
            return change, 0
        balance = self._ledger.balance(member)
        shortfall = -(balance + change)
        if shortfall <= 0:
            return change, 0
        if not write_off:
            raise PointsAlreadySpent(id=purchase_id, earned=-change, balance=balance, shortfall=shortfall)
        return -balance, shortfall

    def _after_change(self, purchase_id, member, change, written_off, now) -> VoidResult:
        if member is None:
            return VoidResult(purchase_id, 0, 0, 0, "")
        tier = recompute_tier(self._conn, member, self._programmes.at(now), now)
        return VoidResult(purchase_id, change, written_off, self._ledger.balance(member), tier.name)

    # -- reading ---------------------------------------------------------------------------
    def get(self, purchase_id: int) -> PurchaseRecord:
        record = load_purchase(self._conn, purchase_id)
        if record is None:
            raise PurchaseNotFound(id=purchase_id)
        return record

    def for_member(self, member_id: int, limit: int = 50) -> list[PurchaseRecord]:
        """The member's purchases, newest first."""
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM purchase WHERE member_id=? ORDER BY at DESC, id DESC LIMIT ?", (member_id, limit)
        )]
        return [load_purchase(self._conn, i) for i in ids]


def _noted(reason: str, written_off: int) -> str:
    """The ledger row's reason, with the points written off when there were any."""
    return f"{reason} ({written_off} points already spent, written off)" if written_off else reason


def _check_draft(draft: PurchaseDraft) -> None:
    if draft.channel not in CHANNELS:
        raise InvalidValue(field="channel", text=draft.channel)
    if draft.fulfilment not in FULFILMENTS:
        raise InvalidValue(field="fulfilment", text=draft.fulfilment)
    if draft.amount is not None and draft.amount < 0:
        raise InvalidValue(field="amount", text=str(draft.amount / 100))
    if draft.amount is None and not draft.lines:
        raise InvalidValue(field="amount", text="")
    if draft.redeem_points < 0:
        raise InvalidValue(field="points", text=str(draft.redeem_points))
    for line in draft.lines:
        if not clean_text(line.name) or line.qty < 1 or line.unit_price < 0:
            raise InvalidValue(field="line", text=f"{line.name}|{line.category}|{line.qty}|{line.unit_price / 100}")
