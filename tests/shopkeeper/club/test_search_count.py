"""The counter's search tells how many members match in all, not only the page it shows."""

from __future__ import annotations

from datetime import date

from shopkeeper.club.records import MemberDraft
from shopkeeper.club.validation import check_member

TODAY = date(2026, 11, 26)


def add_many(shop, count: int, first: str = "Dana", phone_prefix: str = "052") -> None:
    checked = [
        check_member(
            MemberDraft(
                first_name=f"{first}{i:04d}",
                last_name="Levi",
                phone=f"{phone_prefix}-{1000000 + i:07d}",
            )
        )
        for i in range(count)
    ]
    shop.members.add_checked_many(checked, [TODAY] * count)


def test_a_full_page_counts_every_match(shop):
    add_many(shop, 45)
    add_many(shop, 7, first="Moshe", phone_prefix="054")
    page = shop.search.page("dana", limit=20)
    assert len(page.members) == 20
    assert (page.total, page.capped, page.complete) == (45, False, False)
    assert shop.search.page("levi", limit=20).total == 52
    # Phone digits, distinct members, and member No. 52 (a Moshe, phone 054-…) by its number.
    assert shop.search.page("052", limit=20).total == 46
    assert shop.search.page("dana levi", limit=20).total == 45  # the second word narrows too


def test_a_short_page_is_the_whole_count(shop):
    add_many(shop, 7, first="Moshe", phone_prefix="054")
    page = shop.search.page("moshe", limit=20)
    assert (len(page.members), page.total, page.complete) == (7, 7, True)
    assert shop.search.page("zzz").total == 0
    assert shop.search.page("").members == ()


def test_a_member_with_many_matching_suffixes_counts_once(shop):
    shop.members.add(MemberDraft(first_name="Rina", phone="052-222-2222"))
    shop.members.add(MemberDraft(first_name="Tal", phone="054-222-2299"))
    assert shop.search.count("22") == 2
    assert shop.search.page("22", limit=1).total == 2


def test_a_member_number_outside_the_phone_digits_is_counted(shop):
    add_many(shop, 3)  # numbers 1-3, phones 052-100-0000 … 052-100-0002
    shop.members.add(MemberDraft(first_name="Noa", phone="054-999-8877"))  # number 4
    assert [m.number for m in shop.search.search("3")] == [3]  # no phone has a 3
    assert shop.search.count("3") == 1
    assert shop.search.count("2") == 3  # member 2 by number and by phone: once
    assert shop.search.count("4") == 1  # Noa, by number and by phone


def test_the_count_stops_at_the_cap(shop):
    add_many(shop, 30)
    page = shop.search.page("dana", limit=5, cap=12)
    assert (page.total, page.capped, page.complete) == (12, True, False)
    assert shop.search.page("dana", limit=5, cap=30).capped is False
    assert shop.search.page("dana", limit=5, cap=29).capped is True
