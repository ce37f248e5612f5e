"""Property tests: NPS stays within −100…100 and matches a plain recount of the answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopkeeper.shop import Shop
from shopkeeper.touch.feedback import month_starts

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRST = date(2026, 1, 1)
days = st.integers(min_value=0, max_value=500).map(lambda n: FIRST + timedelta(days=n))
answers = st.lists(st.tuples(days, st.integers(min_value=0, max_value=10)), max_size=40)


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    shop = Shop(
        tmp_path_factory.mktemp("nps"),
        today=lambda: date(2026, 11, 26),
        now=lambda: datetime(2026, 11, 26, 10, 0),
    )
    yield shop
    shop.close()


def _replace_answers(shop, given_answers) -> None:
    with shop.db.atomic():
        shop.db.execute_sql("DELETE FROM feedback")
        for on, score in given_answers:
            shop.feedback.add(None, score, given_on=on)


def _recount(given_answers, start: date | None, end: date | None) -> dict:
    scores = [
        score
        for on, score in given_answers
        if (start is None or on >= start) and (end is None or on <= end)
    ]
    promoters = sum(1 for s in scores if s >= 9)
    passives = sum(1 for s in scores if s in (7, 8))
    detractors = sum(1 for s in scores if s <= 6)
    nps = None
    if scores:
        exact = Decimal(100 * (promoters - detractors)) / Decimal(len(scores))
        nps = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return {
        "nps": nps,
        "promoters": promoters,
        "passives": passives,
        "detractors": detractors,
        "responses": len(scores),
    }


@SETTINGS
@given(given_answers=answers, start=st.none() | days, end=st.none() | days)
def test_nps_matches_a_recount_over_any_period(club, given_answers, start, end):
    if start and end and start > end:
        start, end = end, start
    _replace_answers(club, given_answers)
    report = club.feedback.nps(start, end)
    assert report.to_json() == _recount(given_answers, start, end)
    if report.nps is not None:
        assert -100 <= report.nps <= 100


@SETTINGS
@given(
    scores=st.lists(st.integers(min_value=9, max_value=10), min_size=1, max_size=30),
    on=days,
)
def test_only_promoters_give_100(club, scores, on):
    _replace_answers(club, [(on, s) for s in scores])
    assert club.feedback.nps().nps == 100


@SETTINGS
@given(
    scores=st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=30),
    on=days,
)
def test_only_detractors_give_minus_100(club, scores, on):
    _replace_answers(club, [(on, s) for s in scores])
    assert club.feedback.nps().nps == -100


@SETTINGS
@given(given_answers=answers, start=days, end=days)
def test_by_month_adds_up_to_the_whole_period(club, given_answers, start, end):
    if start > end:
        start, end = end, start
    _replace_answers(club, given_answers)
    months = club.feedback.by_month(start, end)
    assert [month for month, _ in months] == [f"{m:%Y-%m}" for m in month_starts(start, end)]
    for month, report in months:
        in_month = [(on, s) for on, s in given_answers if f"{on:%Y-%m}" == month]
        assert report.to_json() == _recount(in_month, start, end)
    whole = club.feedback.nps(start, end)
    assert sum(report.responses for _, report in months) == whole.responses
    assert sum(report.promoters for _, report in months) == whole.promoters
    assert sum(report.detractors for _, report in months) == whole.detractors


@SETTINGS
@given(
    promoters=st.integers(min_value=0, max_value=12),
    passives=st.integers(min_value=0, max_value=12),
    detractors=st.integers(min_value=0, max_value=12),
)
def test_nps_from_counts_matches_a_recount(club, promoters, passives, detractors):
    on = date(2026, 11, 1)
    given_answers = [(on, 10)] * promoters + [(on, 7)] * passives + [(on, 2)] * detractors
    _replace_answers(club, given_answers)
    assert club.feedback.nps().to_json() == _recount(given_answers, None, None)
