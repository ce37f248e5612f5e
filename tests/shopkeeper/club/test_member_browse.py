"""The members list's core: every sort key both ways, paged any way, filtered by each kind."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopkeeper.club.member_browse import SORT_COLUMNS, SORT_KEYS, MemberQuery
from shopkeeper.club.records import MemberDraft
from shopkeeper.club.validation import check_member
from shopkeeper.sales.records import PurchaseDraft
from shopkeeper.shop import Shop

CITIES = ("חיפה", "Haifa", "תל אביב", "חולון", "")
FIRST = ("דנה", "Dana", "נועה", "Noa", "דנה")
LAST = ("כהן", "לוי", "Cohen", "כהן")
COUNT = 60


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """60 members with repeated names, cities and points (ties), tags, purchases and a void."""
    folder = tmp_path_factory.mktemp("browse")
    now = datetime(2026, 11, 26, 10, 0)
    opened = Shop(folder, today=lambda: now.date(), now=lambda: now)
    drafts = [
        check_member(
            MemberDraft(
                first_name=FIRST[i % len(FIRST)],
                last_name=LAST[i % len(LAST)],
                phone=f"052-{3000000 + i * 7:07d}",
                city=CITIES[i % len(CITIES)],
                tags=("vip",) if i % 9 == 0 else ("wholesale",) if i % 11 == 0 else (),
            )
        )
        for i in range(COUNT)
    ]
    joined = [date(2024, 1, 1) + timedelta(days=(i * 37) % 50) for i in range(COUNT)]
    ids = opened.members.add_checked_many(drafts, joined)
    for n, member_id in enumerate(ids):
        if n % 3 == 0:
            at = now - timedelta(days=(n * 13) % 40, hours=n % 5)
            opened.purchases.record(PurchaseDraft(member_id, amount=(n % 7) * 1000_00, at=at))
        if n % 4 == 0:
            opened.ledger.adjust(member_id, (n % 5) * 10 + 10, "gift")
    voided = opened.purchases.record(PurchaseDraft(ids[1], amount=90_00, at=now))
    opened.purchases.void(voided.id, "mistake")
    yield opened
    opened.close()


def expected(shop: Shop, query: MemberQuery, ids: set[int] | None = None) -> list[int]:
    columns = ", ".join(SORT_COLUMNS[query.sort_key])
    rows = (
        shop.db.connection()
        .execute(f"SELECT {columns} FROM member m JOIN member_stats s ON s.member_id = m.id")
        .fetchall()
    )
    ordered = sorted(rows, reverse=query.descending)
    return [r[-1] for r in ordered if ids is None or r[-1] in ids]


def page_forward(shop: Shop, query: MemberQuery, limit: int) -> list[int]:
    seen, after = [], None
    while page := shop.member_list.browse(query, after=after, limit=limit):
        seen += [r.id for r in page]
        after = page[-1].cursor
    return seen


def page_backward(shop: Shop, query: MemberQuery, limit: int) -> list[int]:
    page = shop.member_list.last_page(query, limit)
    seen = [r.id for r in page]
    while page:
        page = shop.member_list.browse(query, before=page[0].cursor, limit=limit)
        seen = [r.id for r in page] + seen
    return seen


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_pages_to_one_sorted_list(shop, key, descending):
    query = MemberQuery(sort_key=key, descending=descending)
    want = expected(shop, query)
    assert len(want) == COUNT == shop.member_list.count(query)
    assert page_forward(shop, query, 7) == want
    assert page_backward(shop, query, 7) == want
    assert [r.id for r in shop.member_list.page_at(query, 50, 20)] == want[50:]
    assert [r.id for r in shop.member_list.page_at(query, 5, 9)] == want[5:14]
    assert [shop.member_list.position(query, i) for i in want[::11]] == list(range(0, COUNT, 11))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(SORT_KEYS),
    descending=st.booleans(),
    limit=st.integers(1, 70),
    text=st.sampled_from(["", "דנ", "כהן", "חי", "vip", "052", "3000", "noa", "Silver", "Member"]),
    index_scan_from=st.sampled_from([0, 5000]),  # both plans: walk the sort index, sort matches
)
def test_paging_any_size_any_filter_equals_the_sorted_matches(
    shop, key, descending, limit, text, index_scan_from
):
    shop.member_list.index_scan_from = index_scan_from
    try:
        query = MemberQuery(text, key, descending)
        want = expected(shop, query, set(page_forward(shop, MemberQuery(text), COUNT + 1)))
        assert page_forward(shop, query, limit) == want
        assert page_backward(shop, query, limit) == want
        assert shop.member_list.count(query) == len(want)
        assert [r.id for r in shop.member_list.page_at(query, 3, limit)] == want[3 : 3 + limit]
        assert [shop.member_list.position(query, i) for i in want[:3]] == list(range(len(want[:3])))
    finally:
        shop.member_list.index_scan_from = 5000


def test_ties_are_broken_by_id(shop):
    query = MemberQuery(sort_key="points")
    rows = shop.member_list.page_at(query, 0, COUNT)
    zeros = [r.id for r in rows if r.points == 0]
    assert len(zeros) > 10 and zeros == sorted(zeros)
    names = [(r.summary.last_name, r.summary.first_name, r.id) for r in page_forward_rows(shop)]
    assert names == sorted(names)


def page_forward_rows(shop: Shop):
    return shop.member_list.page_at(MemberQuery(), 0, COUNT)


def test_rows_carry_the_cached_values(shop):
    rows = {r.id: r for r in page_forward_rows(shop)}
    first = shop.member_list.page_at(MemberQuery(sort_key="number"), 0, 2)
    member = rows[first[0].id]  # n = 0: bought ₪0 worth 26/11 10:00, then a gift of 10 points
    assert member.points == 10 == shop.ledger.balance(member.id)
    assert member.last_purchase_at == datetime(2026, 11, 26, 10, 0)
    assert rows[first[1].id].last_purchase_at is None  # its only purchase was voided
    assert rows[first[1].id].tier == "Member"  # bought nothing that counts: the lowest tier


def ids_matching(shop: Shop, text: str, **fields) -> set[int]:
    return {r.id for r in shop.member_list.page_at(MemberQuery(text, **fields), 0, COUNT)}


def column_of(shop: Shop, sql: str) -> set[int]:
    return {r[0] for r in shop.db.connection().execute(sql)}


def test_filter_by_name_prefix_city_tag_tier_and_phone(shop):
    assert ids_matching(shop, "דנ") == column_of(
        shop, "SELECT id FROM member WHERE first_name='דנה'"
    )
    assert ids_matching(shop, "דנה כה") == column_of(
        shop, "SELECT id FROM member WHERE first_name='דנה' AND last_name='כהן'"
    )
    assert ids_matching(shop, "haif") == column_of(shop, "SELECT id FROM member WHERE city='Haifa'")
    assert ids_matching(shop, "חו") == column_of(shop, "SELECT id FROM member WHERE city='חולון'")
    assert ids_matching(shop, "wholesale") == column_of(
        shop, "SELECT member_id FROM member_tag WHERE tag='wholesale'"
    )
    gold = column_of(shop, "SELECT member_id FROM member_tier WHERE tier='Gold'")
    assert gold and ids_matching(shop, "gold") == gold
    assert ids_matching(shop, "", tiers=("Gold",)) == gold  # a translated tier name, resolved
    lowest = ids_matching(shop, "member")
    assert lowest == column_of(
        shop,
        "SELECT id FROM member WHERE id NOT IN (SELECT member_id FROM member_tier WHERE tier!='Member')",
    )
    phone = shop.db.connection().execute("SELECT id, phone FROM member LIMIT 1 OFFSET 5").fetchone()
    tail = phone[1][-6:]
    assert ids_matching(shop, f"{tail[:3]}-{tail[3:]}") == {phone[0]}  # digits in the phone
    by_number = column_of(shop, f"SELECT id FROM member WHERE number={int(tail)}")
    assert ids_matching(shop, tail) == {phone[0]} | by_number  # bare digits: a number too
    assert ids_matching(shop, "0" + phone[1][4:]) == {phone[0]}
    assert column_of(shop, "SELECT id FROM member WHERE number=7") <= ids_matching(shop, "7")
    assert ids_matching(shop, "zzz") == set()
    assert shop.member_list.count(MemberQuery("zzz")) == 0
    assert shop.member_list.position(MemberQuery("haif"), phone[0]) is None


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", SORT_KEYS)
def test_unfiltered_pages_use_the_sort_index(shop, key, descending):
    conn = shop.db.connection()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)  # the SQL as run, its values filled in
    try:
        query = MemberQuery(sort_key=key, descending=descending)
        first = shop.member_list.browse(query, limit=5)
        shop.member_list.browse(query, after=first[-1].cursor, limit=5)
        shop.member_list.browse(query, before=first[-1].cursor, limit=5)
        shop.member_list.last_page(query, 5)
        shop.member_list.page_at(query, 20, 5)
    finally:
        conn.set_trace_callback(None)
    pages = [sql for sql in statements if "CROSS JOIN" in sql and "ORDER BY" in sql]
    assert len(pages) == 5
    for sql in pages:
        plan = " | ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "TEMP B-TREE" not in plan, plan
        driver = "s" if key in ("last_purchase", "points", "spend") else "m"
        assert f"{driver} USING INDEX" in plan or f"{driver} USING COVERING INDEX" in plan, plan
