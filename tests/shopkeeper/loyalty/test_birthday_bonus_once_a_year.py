"""A birthday moved later in the same year does not pay the bonus twice."""

from __future__ import annotations

from datetime import date, datetime

from shopkeeper.club.records import MemberDraft
from shopkeeper.shop import Shop


def test_a_birthday_moved_later_in_the_year_pays_once(tmp_path):
    now = [datetime(2026, 1, 1, 9, 0)]
    shop = Shop(tmp_path, today=lambda: now[0].date(), now=lambda: now[0])
    member = shop.members.add(MemberDraft(first_name="דנה", phone="0523456789", birthday="01/03/1990")).member
    now[0] = datetime(2026, 3, 1, 9, 0)
    assert [p.member_id for p in shop.bonuses.pay_birthdays(date(2026, 3, 1))] == [member.id]
    shop.members.update(member.id, MemberDraft(first_name="דנה", phone="0523456789", birthday="01/06/1990"))
    now[0] = datetime(2026, 6, 1, 9, 0)
    assert shop.bonuses.pay_birthdays(date(2026, 6, 1)) == []
    now[0] = datetime(2027, 6, 1, 9, 0)
    assert [p.member_id for p in shop.bonuses.pay_birthdays(date(2027, 6, 1))] == [member.id]
    shop.close()
