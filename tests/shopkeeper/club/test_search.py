"""The counter's search box: phone digits, member numbers and name prefixes, ranked, via indexes."""

from __future__ import annotations

from datetime import date

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.club.validation import check_member

PEOPLE = [
    ('שמעון "שימי"', "כהן", "052-345-6789"),  # 1
    ("ג'ונסון", "לוי", "054-111-2233"),  # 2
    ("בית קפה", "", "03-1234567"),  # 3
    ("<b>מיכל</b>", "", "050-765-4321"),  # 4
    ("תמר", "אבירם", "058-222-3344"),  # 5
    ("John", "McSmith", "+1 212 555 0100"),  # 6
    ("מיכל", "כהן", "052-999-1212"),  # 7
    ("Michal", "Cohen", "053-444-5566"),  # 8
]


@pytest.fixture
def people(shop):
    for first, last, phone in PEOPLE:
        shop.members.add(MemberDraft(first_name=first, last_name=last, phone=phone))
    return shop


def numbers(shop, query, limit=20):
    return [m.number for m in shop.search.search(query, limit)]


@pytest.mark.parametrize(
    "query",
    ["6789", "345-6789", "345 6789", "3456789", "0523456789", "052-345-6789", "52-345-6789",
     "523456789", "+972 52 345 6789", "+972523456789", "972523456789", "\u200e052-345\u200f",
     "456789", "0523", "+972 52 3"],
)
def test_phone_digits_anywhere_in_any_spelling(people, query):
    assert numbers(people, query)[0] == 1
    assert set(numbers(people, query)) <= {1, 3, 7}  # only phones with those digits


def test_typing_the_country_code_narrows_step_by_step(people):
    assert set(numbers(people, "+972 5")) == {1, 2, 4, 5, 7, 8}  # every 05x, not the 03 landline
    assert set(numbers(people, "+972 52")) == {1, 7}
    assert set(numbers(people, "00972 52")) == {1, 7}
    assert set(numbers(people, "+1 212")) == {6, 7}  # digits anywhere: 052-999-1212 has 1212


def test_digits_match_only_phones_that_contain_them(people):
    assert numbers(people, "1212") == [7, 6]  # 052-999-1212 national, and +1 212 ... via 12125550100
    assert numbers(people, "1122") == [2]
    assert numbers(people, "12345678") == []
    assert numbers(people, "031234567") == [3]
    assert numbers(people, "3-1234567") == [3]


def test_member_number_exact_is_ranked_first(people):
    found = numbers(people, "5")
    assert found[0] == 5
    assert set(found) == {1, 2, 3, 4, 5, 6, 7, 8}  # every phone has a 5 somewhere
    assert numbers(people, "8")[0] == 8
    assert numbers(people, "9") == [1, 7]  # no member 9: phones with a 9, in digit order


def test_an_exact_full_phone_beats_fragments(shop):
    # Member 1's phone has 0505551234's digits nowhere; member 2's is that phone exactly;
    # member 3's phone contains "505551234" as a fragment too.
    shop.members.add(MemberDraft(first_name="א", phone="052-000-0000"))
    shop.members.add(MemberDraft(first_name="ב", phone="050-555-1234"))
    shop.members.add(MemberDraft(first_name="ג", phone="+1 505 551 2345"))
    assert numbers(shop, "050-555-1234") == [2]
    assert numbers(shop, "505551234")[0] == 2
    assert set(numbers(shop, "505551234")) == {2, 3}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("שימי", [1]),
        ('"שימי"', [1]),
        ("שמעון", [1]),
        ("שמ", [1]),
        ("ג'ונ", [2]),
        ("ג׳ונ", [2]),  # Hebrew geresh
        ("גונ", [2]),
        ("גונסון לו", [2]),
        ("בית ק", [3]),
        ("ק בית", [3]),
        ("קפה", [3]),
        ("מיכל", [4, 7]),
        ("<b>מיכל", [4]),  # "b" is a word of its own, and only member 4 has it
        ("מר", []),
        ("מיר", []),
        ("תמ", [5]),
        ("אבי", [5]),
        ("john", [6]),
        ("JOHN", [6]),
        ("mcs", [6]),
        ("smith", []),
        ("jo mc", [6]),
        ("mic", [8]),
        ("MICHAL COH", [8]),
        ("מיכל כהן", [7]),
        ("כהן מיכל", [7]),
        ("כהן", [1, 7]),
        ("כהן ש", [1]),
        ("מיכל x", []),
    ],
)
def test_name_rules(people, query, expected):
    assert sorted(numbers(people, query)) == expected


def test_every_query_word_must_match(people):
    assert set(numbers(people, "מיכל")) == {4, 7}
    assert numbers(people, "מיכל כ") == [7]
    assert numbers(people, "מיכל כהן ש") == []


def test_name_and_phone_digits_together(people):
    assert numbers(people, "מיכל 1212") == [7]
    assert numbers(people, "מיכל 052") == [7]
    assert numbers(people, "מיכל 050") == [4]
    assert numbers(people, "כהן 72") == []  # "72" is in +972, not in any national number


def test_blank_and_punctuation_only_queries(people):
    for query in ["", "   ", "\u200f", "---", "'\"", "()"]:
        assert numbers(people, query) == []


def test_limit_is_honoured(shop):
    for i in range(30):
        shop.members.add(MemberDraft(first_name=f"דנה{i:02d}", last_name="לוי", phone=f"052-000-{i:04d}"))
    assert len(shop.search.search("דנה")) == 20
    assert len(shop.search.search("לוי", limit=7)) == 7
    assert len(shop.search.search("052-000")) == 20
    assert len(shop.search.search("0", limit=5)) == 5
    assert len(shop.search.search("דנה0")) == 10
    assert len(set(shop.search.search_ids("לוי", limit=30))) == 30


def test_name_results_are_in_word_order(shop):
    for i, name in enumerate(["דנית", "דנה", "דן", "דני"]):
        shop.members.add(MemberDraft(first_name=name, phone=f"052-000-{i:04d}"))
    assert [m.first_name for m in shop.search.search("דנ")] == ["דנה", "דני", "דנית"]


def test_search_returns_summaries(people):
    [found] = people.search.search("שימי")
    assert (found.number, found.full_name, found.phone, found.phone_display) == (
        1, 'שמעון "שימי" כהן', "+972523456789", "052-345-6789"
    )


def test_exact_id_for_scanner_input(people):
    assert people.search.exact_id("3") == people.members.id_by_number(3)
    assert people.search.exact_id("0523456789") == people.members.id_by_number(1)
    assert people.search.exact_id("+972 52 345 6789") == people.members.id_by_number(1)
    assert people.search.exact_id("345") is None
    assert people.search.exact_id("מיכל") is None
    assert people.search.exact_id("") is None


def test_search_follows_edits(people):
    member_id = people.members.id_by_number(5)
    people.members.update(member_id, MemberDraft(first_name="נגה", last_name="אבירם", phone="058-222-3300"))
    assert numbers(people, "תמר") == []
    assert numbers(people, "נגה") == [5]
    assert numbers(people, "3344") == []
    assert numbers(people, "3300") == [5]


FULL_SCAN_TABLES = ("member", "name_key", "phone_fragment")


@pytest.mark.parametrize(
    "query",
    ["מיכל", "מיכל כהן", "כהן ש", "מיכל 052", "john mcs", "6789", "052-345", "+972 52 345 6789",
     "5", "0523456789", "3"],
)
def test_every_search_statement_uses_an_index(people, query):
    # Statistics as the app keeps them (PRAGMA optimize on close), over a crowd of members, so
    # the planner chooses as it would in a real shop rather than for a table of eight rows.
    filler = [
        check_member(MemberDraft(first_name=f"אורח{i}", last_name=f"משפחה{i % 97}", phone=f"054{i:07d}"))
        for i in range(3000)
    ]
    people.members.add_checked_many(filler, [date(2026, 1, 1)] * len(filler))
    conn = people.db.connection()
    conn.execute("ANALYZE")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        people.search.search(query)
        people.search.exact_id(query)
    finally:
        conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    for sql in selects:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert plan, sql
        for step in plan:
            assert not any(step.startswith(f"SCAN {t}") for t in FULL_SCAN_TABLES), (sql, plan)
            assert not step.startswith(("SCAN k", "SCAN m", "SCAN f")), (sql, plan)
        assert any(
            "USING" in step and ("INDEX" in step or "PRIMARY KEY" in step) for step in plan
        ), (sql, plan)
