"""Feedback: recording NPS answers, NPS for a period and by month, Likert statements."""

from __future__ import annotations

from datetime import date

import pytest

from shopkeeper.errors import InvalidValue, MemberNotFound
from shopkeeper.touch.feedback import NpsReport, category, month_starts
from shopkeeper.touch.feedback_records import nps_score
from tests.shopkeeper.touch.touch_support import add_member


def give(shop, *scores: int, on: date = date(2026, 11, 20), member_id: int | None = None):
    return [shop.feedback.add(member_id, score, given_on=on) for score in scores]


@pytest.mark.parametrize(
    ("nps", "expected"),
    [
        (10, "promoter"),
        (9, "promoter"),
        (8, "passive"),
        (7, "passive"),
        (6, "detractor"),
        (0, "detractor"),
        (None, None),
    ],
)
def test_categories_at_their_boundaries(nps, expected):
    assert category(nps) == expected


def test_nps_counts_promoters_minus_detractors_in_percent(shop):
    give(shop, 10, 9, 9, 8, 7, 6, 0, 3)  # 3 promoters, 2 passives, 3 detractors
    give(shop, 10, 10)  # 5 promoters of 10
    report = shop.feedback.nps()
    assert report == NpsReport(nps=20, promoters=5, passives=2, detractors=3, responses=10)
    assert report.to_json() == {
        "nps": 20,
        "promoters": 5,
        "passives": 2,
        "detractors": 3,
        "responses": 10,
    }


def test_nps_is_rounded_half_away_from_zero():
    assert nps_score(1, 0, 8) == 13  # 12.5
    assert nps_score(0, 1, 8) == -13
    assert nps_score(1, 0, 3) == 33  # 33.3
    assert nps_score(2, 0, 3) == 67  # 66.7
    assert nps_score(0, 0, 0) is None


def test_no_responses_gives_none_and_json_null(shop):
    report = shop.feedback.nps()
    assert report.nps is None and report.responses == 0
    assert report.to_json()["nps"] is None


def test_all_passives_give_zero_not_none(shop):
    give(shop, 7, 8)
    assert shop.feedback.nps().nps == 0


def test_period_includes_both_ends_and_nothing_outside(shop):
    give(shop, 0, on=date(2026, 10, 31))
    give(shop, 10, on=date(2026, 11, 1))
    give(shop, 9, on=date(2026, 11, 30))
    give(shop, 0, on=date(2026, 12, 1))
    report = shop.feedback.nps(date(2026, 11, 1), date(2026, 11, 30))
    assert (report.nps, report.promoters, report.responses) == (100, 2, 2)
    assert shop.feedback.nps(start=date(2026, 12, 1)).nps == -100
    assert shop.feedback.nps(end=date(2026, 10, 31)).nps == -100
    assert shop.feedback.nps().responses == 4


def test_every_response_counts_even_twice_from_one_member(shop):
    dana = add_member(shop)
    give(shop, 10, 0, member_id=dana)
    assert shop.feedback.nps() == NpsReport(0, 1, 0, 1, 2)


def test_feedback_without_nps_is_not_a_response(shop):
    shop.feedback.add(None, None, comment="nice music")
    give(shop, 9)
    assert shop.feedback.nps().responses == 1


def test_by_month_lists_every_month_in_order_with_empty_months(shop):
    give(shop, 10, 0, 0, on=date(2026, 9, 15))
    give(shop, 9, on=date(2026, 11, 2))
    give(shop, 0, on=date(2026, 8, 31))  # before the range
    months = shop.feedback.by_month(date(2026, 9, 1), date(2026, 11, 30))
    assert [month for month, _ in months] == ["2026-09", "2026-10", "2026-11"]
    september, october, november = (report for _, report in months)
    assert (september.nps, september.responses) == (-33, 3)
    assert october == NpsReport(None, 0, 0, 0, 0)
    assert (november.nps, november.responses) == (100, 1)


def test_by_month_clips_the_first_and_last_months_and_crosses_the_year(shop):
    give(shop, 0, on=date(2026, 12, 10))
    give(shop, 10, on=date(2026, 12, 20))
    give(shop, 10, on=date(2027, 1, 5))
    give(shop, 0, on=date(2027, 1, 6))
    months = dict(shop.feedback.by_month(date(2026, 12, 15), date(2027, 1, 5)))
    assert list(months) == ["2026-12", "2027-01"]
    assert months["2026-12"].nps == 100 and months["2027-01"].nps == 100


def test_month_starts():
    assert month_starts(date(2026, 11, 26), date(2027, 2, 1)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    assert month_starts(date(2026, 11, 26), date(2026, 11, 26)) == [date(2026, 11, 1)]


def test_a_period_ending_before_it_starts_is_refused(shop):
    with pytest.raises(InvalidValue):
        shop.feedback.nps(date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(InvalidValue):
        shop.feedback.by_month(date(2026, 11, 2), date(2026, 10, 1))


@pytest.mark.parametrize("nps", [-1, 11, 5.5, True, "9"])
def test_nps_outside_0_to_10_is_refused(shop, nps):
    with pytest.raises(InvalidValue):
        shop.feedback.add(None, nps)
    assert shop.feedback.recent() == []


def test_empty_feedback_is_refused(shop):
    with pytest.raises(InvalidValue):
        shop.feedback.add(None, None, comment="  ")


def test_unknown_member_is_refused(shop):
    with pytest.raises(MemberNotFound):
        shop.feedback.add(999, 9)


def test_walk_in_feedback_and_recent_newest_day_first(shop):
    dana = add_member(shop, "דנה", "לוי")
    first = shop.feedback.add(None, 3, comment="waited long", given_on=date(2026, 11, 20))
    second = shop.feedback.add(dana, 10, given_on=date(2026, 11, 25), by="Avi")
    recent = shop.feedback.recent()
    assert [r.id for r in recent] == [second, first]
    assert recent[0].member_name == "דנה לוי" and recent[0].category == "promoter"
    walk_in = recent[1]
    assert walk_in.member_id is None and walk_in.member_name == "" and walk_in.member_phone == ""
    assert (walk_in.nps, walk_in.category, walk_in.comment) == (3, "detractor", "waited long")
    assert walk_in.given_on == date(2026, 11, 20)
    assert shop.feedback.recent(limit=1)[0].id == second


def test_given_on_defaults_to_the_shops_today(shop):
    feedback_id = shop.feedback.add(None, 9)
    assert shop.feedback.get(feedback_id).given_on == date(2026, 11, 26)


def test_comment_keeps_markup_characters_and_emoji_as_typed(shop):
    comment = '<b>שירות</b> & "מחירים" 👍🏽 👨‍👩‍👧'
    feedback_id = shop.feedback.add(None, 10, comment=comment)
    assert shop.feedback.get(feedback_id).comment == comment
    assert shop.feedback.get(feedback_id).to_json()["comment"] == comment


def test_statements_add_retire_and_order(shop):
    staff = shop.feedback.add_statement("the staff knew what I needed")
    price = shop.feedback.add_statement("  prices were fair ")
    shop.feedback.retire_statement(staff)
    assert [(s.id, s.text) for s in shop.feedback.statements()] == [(price, "prices were fair")]
    assert [(s.id, s.active) for s in shop.feedback.statements(active_only=False)] == [
        (staff, False),
        (price, True),
    ]


def test_statement_text_is_required_and_not_duplicated_while_active(shop):
    with pytest.raises(InvalidValue):
        shop.feedback.add_statement(" ")
    first = shop.feedback.add_statement("clean shop")
    with pytest.raises(InvalidValue):
        shop.feedback.add_statement("clean shop")
    shop.feedback.retire_statement(first)
    assert shop.feedback.add_statement("clean shop") != first
    with pytest.raises(InvalidValue):
        shop.feedback.retire_statement(999)


def test_likert_mean_per_statement_and_period(shop):
    staff = shop.feedback.add_statement("the staff knew what I needed")
    price = shop.feedback.add_statement("prices were fair")
    shop.feedback.add(None, 9, answers={staff: 5, price: 2}, given_on=date(2026, 11, 1))
    shop.feedback.add(None, None, answers={staff: 4}, given_on=date(2026, 11, 2))
    shop.feedback.add(None, 6, answers={staff: 1, price: 3}, given_on=date(2026, 10, 1))
    november = shop.feedback.likert(date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.statement_id, r.mean, r.count) for r in november] == [
        (staff, 4.5, 2),
        (price, 2.0, 1),
    ]
    everything = shop.feedback.likert()
    assert [(r.mean, r.count) for r in everything] == [(3.33, 3), (2.5, 2)]
    assert shop.feedback.likert(end=date(2026, 9, 30))[0].mean is None


def test_retired_statement_keeps_its_answers(shop):
    staff = shop.feedback.add_statement("the staff knew what I needed")
    feedback_id = shop.feedback.add(None, 9, answers={staff: 4})
    shop.feedback.retire_statement(staff)
    assert shop.feedback.get(feedback_id).answers == ((staff, 4),)
    [result] = shop.feedback.likert()
    assert (result.statement_id, result.mean, result.count, result.active) == (staff, 4.0, 1, False)
    assert shop.feedback.likert(end=date(2026, 1, 1)) == []  # retired and unanswered: not listed
    with pytest.raises(InvalidValue):  # no longer asked
        shop.feedback.add(None, 9, answers={staff: 4})


@pytest.mark.parametrize("score", [0, 6, 2.5, True])
def test_likert_scores_outside_1_to_5_are_refused(shop, score):
    staff = shop.feedback.add_statement("the staff knew what I needed")
    with pytest.raises(InvalidValue):
        shop.feedback.add(None, 9, answers={staff: score})
    assert shop.feedback.recent() == []


def test_answer_to_an_unknown_statement_saves_nothing(shop):
    with pytest.raises(InvalidValue):
        shop.feedback.add(None, 9, answers={42: 3})
    assert shop.feedback.recent() == []
    assert shop.feedback.nps().responses == 0


def test_only_a_members_detractor_feedback_calls_for_a_complaint(shop):
    member = add_member(shop)
    cases = {
        shop.feedback.add(member, 3): True,
        shop.feedback.add(member, 7): False,
        shop.feedback.add(member, 10): False,
        shop.feedback.add(None, 2, comment="walk-in"): False,
    }
    for feedback_id, expected in cases.items():
        assert shop.feedback.get(feedback_id).calls_for_complaint is expected
