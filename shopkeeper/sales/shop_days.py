"""Days the shop is open, for proposing when an order will be ready (pyluach for the Hebrew calendar).

Closed: Shabbat, and the Israeli days of rest on which shops close — Rosh Hashana (both days),
Yom Kippur, the first day of Sukkot, Shemini Atzeret / Simchat Torah, the first and seventh days of
Pesach, Shavuot — and Yom Ha'atzmaut.  Chol hamoed and eves of holidays are working days (shorter
hours, but an order can be ready).  Friday counts as a working day unless the shop says otherwise.
"""

from __future__ import annotations

from datetime import date, timedelta

from pyluach import dates, hebrewcal

SATURDAY, FRIDAY = 5, 4
IYAR = 2


def closed_reason(day: date, *, friday_open: bool = True) -> str | None:
    """Why the shop is closed on `day` ("Shabbat", "Rosh Hashana" …), or None if it is open."""
    if day.weekday() == SATURDAY:
        return "Shabbat"
    if day.weekday() == FRIDAY and not friday_open:
        return "Friday"
    hebrew = dates.GregorianDate(day.year, day.month, day.day).to_heb()
    festival = hebrewcal.festival(hebrew, israel=True, include_working_days=False)
    if festival:
        return festival
    if _is_independence_day(hebrew):
        return "Yom Ha'atzmaut"
    return None


def is_working_day(day: date, *, friday_open: bool = True) -> bool:
    return closed_reason(day, friday_open=friday_open) is None


def proposed_ready_by(today: date, working_days: int = 2, *, friday_open: bool = True) -> date:
    """The `working_days`-th working day after `today` (today itself does not count)."""
    if working_days < 0:
        raise ValueError("working_days cannot be negative")
    day, left = today, working_days
    while left:
        day += timedelta(days=1)
        if is_working_day(day, friday_open=friday_open):
            left -= 1
    return day


def _is_independence_day(hebrew: dates.HebrewDate) -> bool:
    """5 Iyar, moved so as not to touch Shabbat: from Friday or Saturday to the Thursday
    before, from Monday to Tuesday (the rule since 5764 / 2004)."""
    if hebrew.month != IYAR or not 3 <= hebrew.day <= 6 or hebrew.year < 5764:
        return False
    fifth = dates.HebrewDate(hebrew.year, IYAR, 5).to_pydate()
    shift = {FRIDAY: -1, SATURDAY: -2, 0: 1}.get(fifth.weekday(), 0)  # 0: Monday
    observed = fifth + timedelta(days=shift)
    return hebrew.to_pydate() == observed
