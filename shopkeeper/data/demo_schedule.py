"""When the demo shop's members join, shop, get voided and have birthdays: one sorted list of events.

A moment is an int, seconds since the first day of the shop's history; an event is one int
(moment, member index, kind) so two million of them sort in a second and come out in time order.
Members differ in how often they come (from once in two years to twice a week), how much they spend
and whether they come for coffee; a few chosen members make sure every page has something to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from random import Random

from shopkeeper.club.dates import PartialDate
from shopkeeper.data.demo_baskets import Baskets
from shopkeeper.touch.birthdays import celebrations

DAY = 86_400
HISTORY_DAYS = 730  # two years of purchases
JOIN_SECOND = 12 * 3600  # the demo dates members' consent at noon on the day they joined
BIRTHDAY_RUN = 8 * 3600  # the moment `Bonuses.pay_birthdays` writes on its rows
VOID_RATE = 0.006
SATURDAY, FRIDAY = 5, 4
BIRTHDAY_GRACE = 7  # the daily run pays a birthday up to a week late (a member who just joined)

# Event kinds, in the order they happen when two share a moment.
WELCOME, BIRTHDAY, PURCHASE, PURCHASE_VOIDED, VOID, SHIPPED_TODAY, PICKUP = range(7)
KIND_MASK = 0b111
MEMBER_BITS = 37  # up to 137 billion members
MEMBER_MASK = (1 << MEMBER_BITS) - 1
MOMENT_SHIFT = MEMBER_BITS + 3


class Timeline:
    """Moments as ints and back: ISO text, the day, the weekday."""

    def __init__(self, first_day: date, today: date) -> None:
        self.first_day = first_day
        self.today = (today - first_day).days
        days = [first_day + timedelta(days=i) for i in range(self.today + 2)]
        self.days = [
            d.isoformat() + "T" for d in days
        ]  # a moment's text is days[day] + times[second]
        self.weekdays = [d.weekday() for d in days]
        self.times = [
            f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)
        ]

    def stamp(self, moment: int) -> str:
        """ISO 8601 to the second, as the services store `at`."""
        return self.days[moment // DAY] + self.times[moment % DAY]

    def day_of(self, day: date) -> int:
        return (day - self.first_day).days

    def date(self, day: int) -> date:
        return self.first_day + timedelta(days=day)

    def weekday(self, day: int) -> int:
        return self.weekdays[day]


def event(moment: int, member: int, kind: int) -> int:
    """One event as an int: sorting them sorts by moment, then member, then kind."""
    return (moment << MOMENT_SHIFT) | (member << 3) | kind


class Schedule:
    """Every member's profile and events. `intensity` scales how often members come."""

    def __init__(
        self,
        rng: Random,
        today: date,
        joined: Sequence[date],
        birthdays: Sequence[tuple[PartialDate, bool] | None],
        intensity: float = 1.0,
    ) -> None:
        self.rng = rng
        first = min([today - timedelta(days=HISTORY_DAYS), *joined])
        self.timeline = Timeline(first, today)
        self.size: list[int] = []  # which basket pool the member buys from (Baskets.SCALES)
        self.median: list[float] = []  # ₪ of the amounts typed without lines
        self.coffee: list[float] = []  # share of visits that are for coffee
        self.redeemer: list[float] = []  # chance of redeeming points when the balance allows
        self.events: list[int] = []
        showcase = self._choose_showcase(today, joined)
        self.regular = showcase[0] if showcase else None  # the coffee regular saving up rewards
        roles = (SHIPPED_TODAY, SHIPPED_TODAY, PICKUP, PICKUP)
        forced = {m: kind for m, kind in zip(showcase[1:], roles, strict=False)}
        day_of = self.timeline.day_of
        for m, (joined_on, birthday) in enumerate(zip(joined, birthdays, strict=True)):
            regular = m == self.regular
            self._profile(regular)
            join = day_of(joined_on) * DAY + JOIN_SECOND
            self.events.append(event(join, m, WELCOME))
            if birthday is not None:
                self._birthdays(m, joined_on, birthday)
            self._purchases(m, join, self._rate(regular) * intensity, forced.get(m))
        self.events.sort()

    def _choose_showcase(self, today: date, joined: Sequence[date]) -> list[int]:
        """The longest-standing of the first members (the coffee regular), then four more who
        joined at least a week ago: two web orders shipped today, two pickups."""
        settled = [
            m for m in range(min(len(joined), 200)) if joined[m] <= today - timedelta(days=7)
        ]
        if not settled:
            return []
        regular = min(settled, key=lambda m: (joined[m], m))
        return [regular, *[m for m in settled if m != regular][:4]]

    def _profile(self, regular: bool) -> None:
        rnd = self.rng.random
        scale = min(
            3.0, self.rng.lognormvariate(0, 0.35)
        )  # basket size against the median customer
        self.size.append(Baskets.size_of(scale))
        self.median.append(75 * scale)
        self.coffee.append(1.0 if regular else 0.6 if rnd() < 0.2 else 0.05)
        roll = rnd()
        self.redeemer.append(0.0 if regular or roll < 0.4 else 0.15 if roll < 0.85 else 0.5)

    def _rate(self, regular: bool) -> float:
        """Visits a year: many come rarely, a few weekly or more."""
        rnd = self.rng.random
        roll = rnd()
        if regular:
            return 60.0
        if roll < 0.25:
            return 0.4
        if roll < 0.80:
            return 1 + 3 * rnd()
        if roll < 0.97:
            return 5 + 10 * rnd()
        return 20 + 40 * rnd()

    def _birthdays(self, m: int, joined_on: date, birthday: tuple[PartialDate, bool]) -> None:
        """The daily run (at 8:00, before the member could have joined that day) pays each birthday
        once: on the day, or on the first morning of membership when that is within the week after.
        The day is the Hebrew one for members who chose it, as the birthdays list shows."""
        timeline = self.timeline
        today = timeline.date(timeline.today)
        first_run = joined_on + timedelta(days=1)
        born, hebrew = birthday
        for occurrence, _, _ in celebrations(born, hebrew, date(joined_on.year - 1, 1, 1), today):
            paid = occurrence if occurrence >= first_run else first_run
            if paid <= today and (paid - occurrence).days <= BIRTHDAY_GRACE:
                self.events.append(event(timeline.day_of(paid) * DAY + BIRTHDAY_RUN, m, BIRTHDAY))

    def _purchases(self, m: int, join: int, rate: float, forced: int | None) -> None:
        rnd = self.rng.random
        regular = m == self.regular
        today = self.timeline.today
        weekdays = self.timeline.weekdays
        join_day = join // DAY
        start = max(join_day, today - HISTORY_DAYS + 1)
        length = today - start + 1
        count = min(length, int(rate * length / 365 + rnd()))
        days = set(self.rng.sample(range(start, today + 1), count)) if count else set()
        for day in [d for d in days if weekdays[d] == SATURDAY]:
            moved = day - 1 if rnd() < 0.5 else day + 1  # most come on Friday or Sunday
            if start <= moved <= today and moved not in days and rnd() < 0.8:
                days.discard(day)
                days.add(moved)
        if regular:
            days.update(range(max(start, today - 20), today))  # coffee most days of the last weeks
        if days and start == join_day and join_day not in days and rnd() < 0.55:
            days.discard(min(days))
            days.add(join_day)  # joined the club while buying
        if forced is not None:
            day = today if forced == SHIPPED_TODAY else today - (1 if m % 2 else 3)
            if forced == PICKUP and weekdays[day] == SATURDAY:
                day -= 1  # a phone order: the shop answers the phone when it is open
            days.discard(day)
            moment = day * DAY + (7 * 3600 + int(rnd() * 7200) if day == today else 11 * 3600)
            self.events.append(event(moment, m, forced))
        events = self.events
        member = m << 3  # event() without the call: this runs a million times
        for day in sorted(days):
            if day == join_day:
                moment = join + 30 + int(rnd() * 570)
            elif day == today:
                moment = day * DAY + 7 * 3600 + int(rnd() * 3 * 3600)
            else:
                moment = day * DAY + _opening_second(weekdays[day], rnd())
            if day != today and not regular and forced is None and rnd() < VOID_RATE:
                events.append((moment << MOMENT_SHIFT) | member | PURCHASE_VOIDED)
                events.append(((moment + 120 + int(rnd() * 1380)) << MOMENT_SHIFT) | member | VOID)
            else:
                events.append((moment << MOMENT_SHIFT) | member | PURCHASE)


def _opening_second(weekday: int, roll: float) -> int:
    """A second of the day the shop sells: Sunday to Thursday 9-20, Friday 8:30-14:30, the
    website on Saturday 9-23."""
    if weekday == SATURDAY:
        return 9 * 3600 + int(roll * 14 * 3600)
    if weekday == FRIDAY:
        return 8 * 3600 + 1800 + int(roll * 6 * 3600)
    return 9 * 3600 + int(roll * 11 * 3600)
