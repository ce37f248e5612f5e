"""Which days the shop is open, and the ready-by day proposed for a new pickup order (real dates)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyluach import dates, hebrewcal

from shopkeeper.sales.shop_days import closed_reason, is_working_day, proposed_ready_by


@pytest.mark.parametrize(
    "day, reason",
    [
        (date(2026, 9, 12), "Shabbat"),  # also 1 Tishrei 5787: Shabbat is named first
        (date(2026, 9, 13), "Rosh Hashana"),  # 2 Tishrei, a Sunday
        (date(2026, 9, 21), "Yom Kippur"),
        (date(2026, 9, 26), "Shabbat"),  # first day of Sukkot 5787
        (date(2027, 10, 16), "Shabbat"),  # first day of Sukkot 5788
        (date(2026, 10, 3), "Shabbat"),  # Shemini Atzeret 5787
        (date(2025, 10, 7), "Succos"),  # first day of Sukkot 5786, a Tuesday
        (date(2025, 10, 14), "Shmini Atzeres"),
        (date(2026, 4, 2), "Pesach"),  # first day, Thursday
        (date(2026, 4, 8), "Pesach"),  # seventh day, Wednesday
        (date(2026, 5, 22), "Shavuos"),
        (date(2027, 6, 11), "Shavuos"),
        (date(2024, 5, 14), "Yom Ha'atzmaut"),  # 5 Iyar was a Monday: moved to Tuesday
        (date(2025, 5, 1), "Yom Ha'atzmaut"),  # 5 Iyar was a Saturday: moved to Thursday
        (date(2026, 4, 22), "Yom Ha'atzmaut"),  # 5 Iyar on a Wednesday stays
        (date(2028, 5, 2), "Yom Ha'atzmaut"),
    ],
)
def test_closed_days(day, reason):
    assert closed_reason(day) == reason
    assert not is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 9, 11),  # Friday, eve of Rosh Hashana
        date(2026, 9, 14),  # Tzom Gedalia: a fast, not a day of rest
        date(2026, 9, 20),  # eve of Yom Kippur
        date(2026, 9, 28),  # chol hamoed Sukkot
        date(2026, 4, 5),  # chol hamoed Pesach
        date(2026, 12, 7),  # Chanukah
        date(2026, 3, 3),  # Purim
        date(2024, 5, 13),  # 5 Iyar 5784, Independence Day was moved off it
        date(2025, 5, 2),  # Friday, the day after the moved Independence Day
    ],
)
def test_open_days(day):
    assert closed_reason(day) is None


def test_friday_can_be_a_day_off():
    assert closed_reason(date(2026, 9, 11), friday_open=False) == "Friday"


@pytest.mark.parametrize(
    "today, working_days, friday_open, expected",
    [
        # Rosh Hashana 5787 is Saturday 12 and Sunday 13 September 2026
        (date(2026, 9, 10), 2, True, date(2026, 9, 14)),
        (date(2026, 9, 10), 2, False, date(2026, 9, 15)),
        (date(2026, 9, 11), 2, True, date(2026, 9, 15)),
        (date(2026, 9, 11), 1, True, date(2026, 9, 14)),
        (date(2026, 9, 18), 2, True, date(2026, 9, 22)),  # over Shabbat and Yom Kippur
        (date(2026, 9, 24), 2, True, date(2026, 9, 27)),  # Sukkot on Shabbat; chol hamoed counts
        (date(2026, 4, 1), 2, True, date(2026, 4, 5)),  # eve of Pesach → Friday, Sunday
        (date(2026, 5, 21), 2, True, date(2026, 5, 25)),  # Shavuot on Friday, then Shabbat
        (date(2026, 4, 21), 1, True, date(2026, 4, 23)),  # over Yom Ha'atzmaut
        (date(2026, 11, 26), 2, True, date(2026, 11, 29)),  # a plain week: Friday, Sunday
        (date(2026, 11, 26), 0, True, date(2026, 11, 26)),
    ],
)
def test_proposed_ready_by(today, working_days, friday_open, expected):
    assert proposed_ready_by(today, working_days, friday_open=friday_open) == expected


def test_the_dates_above_agree_with_pyluach():
    rosh_hashana = dates.HebrewDate(5787, 7, 1).to_pydate()
    assert rosh_hashana == date(2026, 9, 12)
    second = dates.GregorianDate(2026, 9, 13)
    assert hebrewcal.festival(second, israel=True, include_working_days=False) == "Rosh Hashana"
    assert dates.HebrewDate(5786, 1, 15).to_pydate() == date(2026, 4, 2)


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError):
        proposed_ready_by(date(2026, 1, 1), -1)


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2035, 12, 31)),
    st.integers(min_value=1, max_value=6),
    st.booleans(),
)
def test_the_proposal_is_exactly_n_working_days_on(today, working_days, friday_open):
    ready_by = proposed_ready_by(today, working_days, friday_open=friday_open)
    assert is_working_day(ready_by, friday_open=friday_open)
    between = [today + timedelta(days=n) for n in range(1, (ready_by - today).days + 1)]
    assert sum(is_working_day(d, friday_open=friday_open) for d in between) == working_days
    closed_runs = "".join(
        "x" if not is_working_day(d, friday_open=friday_open) else " " for d in between
    )
    assert "x" * 5 not in closed_runs  # at most Friday, Shabbat and two days of Rosh Hashana
