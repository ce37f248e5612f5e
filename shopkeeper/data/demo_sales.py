"""Two years of purchases for the demo shop, with the points, stamps, rewards and tiers they earn.

The services record one purchase per transaction, far too slow for a million. Here the shop's history
is played in time order in memory by the rules the services apply (`points_for`, the programme's tiers
and stamp cards, oldest-first expiry through `remaining_lots`) and written in bulk. The result is the
database the services would have left had each event happened at its time: a welcome bonus on joining,
birthday bonuses from the daily run, purchases (some redeeming points, a coupon, a stamp-card reward
or a catalogue reward), a few voided minutes later, then today an expiry run and a tier refresh.
Deterministic for the seed; the only clock is `today`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from random import Random

from shopkeeper.club.dates import PartialDate
from shopkeeper.data import demo_baskets as baskets
from shopkeeper.data.demo_books import Books
from shopkeeper.data.demo_coupons import DemoCoupons
from shopkeeper.data.demo_identity import DEMO_PROGRAMME
from shopkeeper.data.demo_rules import EPOCH, Rules, RulesInForce
from shopkeeper.data.demo_schedule import (
    BIRTHDAY,
    BIRTHDAY_GRACE,
    DAY,
    KIND_MASK,
    MEMBER_MASK,
    MOMENT_SHIFT,
    PICKUP,
    PURCHASE_VOIDED,
    SATURDAY,
    SHIPPED_TODAY,
    VOID,
    WELCOME,
    Schedule,
)
from shopkeeper.data.demo_writer import FLUSH_PURCHASES, SalesWriter
from shopkeeper.touch.birthdays import celebrations

SMALL_SHOP = 5_000  # up to this many members, each comes more often (a richer picture to look at)
BIG_SHOP_INTENSITY = 0.75  # about 4.4 purchases a member: 200,000 members in under a minute
# A member who can afford a catalogue reward takes one on this share of visits.
_CATALOGUE_CHANCE = 0.03
_STAMP_REWARD_CHANCE = 0.75  # a waiting free coffee is used on a coffee visit
# The coffee regular keeps the free coffees of the last weeks (one is waiting today).
SAVING_DAYS = 21
LINES_SHARE = 0.3  # of purchases other than coffee visits, those entered with item lines
_NO_DISCOUNTS = (None, 0, None, None, 0, 0)


def fill_demo_sales(
    shop,
    member_ids: Sequence[int],
    joined: Sequence[date],
    birthdays: Sequence[tuple[PartialDate, bool] | None],
    seed: int,
    today: date,
) -> dict[str, int]:
    """Write the demo history of these members inside the caller's transaction; returns counts."""
    conn = shop.db.connection()
    rng = Random(f"demo sales {seed}")
    intensity = 2.5 if len(member_ids) <= SMALL_SHOP else BIG_SHOP_INTENSITY
    schedule = Schedule(rng, today, joined, birthdays, intensity)
    writer = SalesWriter(conn)
    coupons = DemoCoupons(rng, today, schedule.timeline)
    regular = member_ids[schedule.regular] if schedule.regular is not None else None
    writer.coupons(coupons.create(conn, regular))
    rules = _rules(conn)
    books = Books(member_ids, schedule.timeline, rules, writer)
    _History(rng, schedule, birthdays, rules, coupons, books).run()
    books.expire()
    writer.finish(books.tiers())
    return {**writer.counts, "voids": len(writer.voids), "rewards": len(writer.rewards)}


def _rules(conn) -> RulesInForce:
    """The shop's programme versions; a shop without any gets the demo's, valid from the start."""
    rows = conn.execute(
        "SELECT valid_from, settings FROM programme_version ORDER BY valid_from, id"
    ).fetchall()
    if not rows:
        settings = json.dumps(DEMO_PROGRAMME.to_storage(), ensure_ascii=False)
        conn.execute(
            "INSERT INTO programme_version (valid_from, settings) VALUES (?, ?)", (EPOCH, settings)
        )
        rows = [(EPOCH, settings)]
    return RulesInForce(rows)


class _History:
    """Plays the events in time order on the members' books."""

    def __init__(
        self,
        rng: Random,
        schedule: Schedule,
        birthdays: Sequence[tuple[PartialDate, bool] | None],
        rules: RulesInForce,
        coupons: DemoCoupons,
        books: Books,
    ) -> None:
        self.rnd = rng.random
        self.schedule = schedule
        self.timeline = schedule.timeline
        self.birthdays = birthdays
        self.rules = rules
        self.single_rules = rules.only()  # most shops have one programme version: no lookup
        self.coupons = coupons
        self.books = books
        self.out: SalesWriter = books.out
        self.to_void: dict[int, tuple[int, int]] = {}  # member → (purchase id, points earned)
        self.weekdays = self.timeline.weekdays
        self.days, self.times = self.timeline.days, self.timeline.times  # ISO text of a moment
        self.baskets = baskets.Baskets(self.rnd)

    def run(self) -> None:
        """Every event in time order; queued rows are flushed every so many purchases."""
        out = self.out
        for key in self.schedule.events:
            kind = key & KIND_MASK
            m = (key >> 3) & MEMBER_MASK
            moment = key >> MOMENT_SHIFT
            if kind == WELCOME:
                self._welcome(m, moment)
            elif kind == BIRTHDAY:
                self._birthday(m, moment)
            elif kind == VOID:
                self._void(m, moment)
            else:
                self._purchase(m, moment, kind)
                if len(out.purchases) >= FLUSH_PURCHASES:
                    out.flush()

    def _welcome(self, m: int, moment: int) -> None:
        """As `Bonuses.welcome` when the member joins."""
        at = self.timeline.stamp(moment)
        points = self.rules.at(at).programme.welcome_bonus
        if points:
            self.books.ledger(
                m, moment, at, "bonus", points, "welcome", reason="welcome to the club"
            )

    def _birthday(self, m: int, moment: int) -> None:
        """As `Bonuses.pay_birthdays` on the day: the birthday of the last week, at 8:00."""
        day = self.timeline.date(moment // DAY)
        born, hebrew = self.birthdays[m]
        occurrence = celebrations(born, hebrew, day - timedelta(days=BIRTHDAY_GRACE), day)[-1][0]
        points = self.rules.at(day.isoformat() + "T00:00:00").programme.birthday_bonus
        if points:
            on = f"{occurrence.day:02d}/{occurrence.month:02d}/{occurrence.year}"
            at = self.timeline.stamp(moment)
            reason = f"happy birthday {on}"
            self.books.ledger(
                m, moment, at, "bonus", points, "birthday", reason=reason, by="birthday"
            )

    def _purchase(self, m: int, moment: int, kind: int) -> None:
        """As `PurchaseService.record`: the quote (coupon, rewards, points, tier multiplier), then
        the rows in the order the service writes them. The hot path of a big demo: kept flat."""
        rnd = self.rnd
        schedule = self.schedule
        books = self.books
        day = moment // DAY
        at = self.days[day] + self.times[moment - day * DAY]
        rules = self.single_rules or self.rules.at(at)
        plain = kind == PURCHASE_VOIDED  # rung up by mistake: nothing redeemed, nothing stamped
        if kind == SHIPPED_TODAY:
            channel, fulfilment = "web", "shipped"
        elif kind == PICKUP:
            channel, fulfilment = "phone", "pickup"
        else:
            mix = baskets.CLOSED_DAY if self.weekdays[day] == SATURDAY else baskets.OPEN_DAY
            channel, fulfilment = mix[int(rnd() * 1000)]
        note = "" if fulfilment == "taken" else baskets.note_for(rnd, fulfilment)
        roll, coffee = rnd(), schedule.coffee[m]
        if roll < coffee and not plain:
            lines, amount, units = baskets.pick(rnd, self.baskets.coffee)
        elif roll < coffee + LINES_SHARE * (1 - coffee):
            lines, amount, units = baskets.pick(rnd, self.baskets.general[schedule.size[m]])
        else:
            lines, amount, units = (), self.baskets.plain_amount(rnd, schedule.median[m]), None
        discounts = _NO_DISCOUNTS if plain else self._discounts(m, day, amount, lines, rules)
        coupon, coupon_discount, reward, catalogue, reward_discount, redeem = discounts
        points_discount = redeem * rules.point_value
        to_pay = amount - coupon_discount - reward_discount - points_discount
        earn = rules.earn(to_pay, lines, books.spend_before(m, moment))

        out = self.out
        member_id = books.ids[m]
        purchase_id = out.next_purchase
        out.next_purchase += 1
        out.purchases.append((
            purchase_id, member_id, at, amount, points_discount, coupon_discount, reward_discount,
            coupon.id if coupon else None, channel, fulfilment, note, "",
        ))  # fmt: skip
        if lines:
            out.lines.extend([(purchase_id, *line) for line in lines])
        if catalogue:
            name = catalogue.name
            books.ledger(m, moment, at, "redeem", -catalogue.points, "reward", purchase_id, name)
            out.reward(member_id, "points", name, catalogue.amount, at, purchase_id, used=True)
        if redeem:
            reason = "discount on the purchase"
            books.ledger(m, moment, at, "redeem", -redeem, "purchase", purchase_id, reason)
        if reward:
            reward[7], reward[8] = purchase_id, at
        if earn:
            books.ledger(m, moment, at, "earn", earn, "purchase", purchase_id)
        if units and rules.cards:
            books.stamp(m, purchase_id, units, rules, at)
        books.keep_spend(m, moment, amount)
        if plain:
            self.to_void[m] = (purchase_id, earn)

    def _discounts(self, m: int, day: int, amount: int, lines, rules: Rules) -> tuple:
        """(coupon, its discount, stamp-card reward used, catalogue reward, rewards' discount,
        points redeemed): now and then a thank-you code, a free coffee waiting on a coffee visit,
        a reward from the catalogue, points off as the member likes to and the balance allows."""
        rnd = self.rnd
        coupon = reward = catalogue = None
        coupon_discount = reward_discount = catalogue_points = redeem = 0
        coupons = self.coupons
        if coupons.first_day <= day <= coupons.last_day and (coupon := coupons.take()):
            coupon_discount = coupon.discount_on(amount)
        waiting = self.books.waiting[m]
        saving = m == self.schedule.regular and day > self.timeline.today - SAVING_DAYS
        coffee = lines and lines[0][1] == baskets.COFFEE
        if waiting and coffee and not saving and rnd() < _STAMP_REWARD_CHANCE:
            reward = waiting.pop(0)
            reward_discount = reward[4]
        balance = self.books.balance[m]
        if balance >= rules.cheapest_reward and rnd() < _CATALOGUE_CHANCE:
            catalogue = baskets.pick(rnd, rules.affordable(balance))
            reward_discount += catalogue.amount
            catalogue_points = catalogue.points
        if reward_discount > amount - coupon_discount:
            reward_discount = amount - coupon_discount
        chance = self.schedule.redeemer[m]
        if chance and rnd() < chance:
            left = amount - coupon_discount - reward_discount
            redeem = self._redeem(rules, balance - catalogue_points, left)
        return coupon, coupon_discount, reward, catalogue, reward_discount, redeem

    def _redeem(self, rules: Rules, balance: int, left: int) -> int:
        """Points redeemed as a discount: within the balance, not more than is left to pay, at
        least the programme's minimum; all that fits or a round part of it."""
        most = min(balance, left // rules.point_value) if rules.point_value else 0
        least = rules.min_redeem
        if most < least:
            return 0
        if self.rnd() < 0.5:
            return most
        return least + 10 * int(self.rnd() * ((most - least) // 10 + 1))

    def _void(self, m: int, moment: int) -> None:
        """As `PurchaseService.void` minutes later: its points reversed, its spend gone."""
        purchase_id, earned = self.to_void.pop(m)
        at = self.timeline.stamp(moment)
        reason = baskets.pick(self.rnd, baskets.VOID_REASONS)
        if earned:
            self.books.ledger(m, moment, at, "reverse", -earned, "purchase", purchase_id, reason)
        self.books.drop_last_spend(m)
        self.out.voids.append((at, reason, purchase_id))
