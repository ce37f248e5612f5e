"""A shop with something in every list of the today page, made through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from gui_support import TODAY, add_noa

from shopkeeper.club.records import Member, MemberDraft, PetDraft


@dataclass(frozen=True)
class TodayShop:
    dana: Member  # birthday today; an overdue pickup; a complaint to follow up
    noa: Member  # her daughter Maya's birthday in two days; an order ready
    avi: Member  # his dog Bamba's birthday in three days; asked to be called back today
    ready_order: int
    overdue_order: int
    complaint: int


def fill_today(shop) -> TodayShop:
    dana = shop.members.add(
        MemberDraft(first_name="Dana", last_name="Levi", phone="054-111-2233",
                    birthday="26/11/1990", address_form="f")  # fmt: skip
    ).member
    noa = add_noa(shop)
    avi = shop.members.add(
        MemberDraft(first_name="Avi", last_name="Mizrahi", phone="050-222-3344",
                    address_form="m", pets=(PetDraft("Bamba", "dog", "29/11/2021"),))  # fmt: skip
    ).member
    ready = shop.pickups.create(noa.id, [("Candle", 1, 4500)], ready_by=TODAY + timedelta(days=1))
    shop.pickups.ready(ready.id)
    overdue = shop.pickups.create(dana.id, [("Soap", 2, 1500)], ready_by=TODAY - timedelta(days=3))
    shop.calls.log(avi.id, "call-back", call_back_on=TODAY, note="after the holiday")
    complaint = shop.complaints.open(dana.id, "The candle arrived broken",
                                     follow_up_on=TODAY - timedelta(days=1))  # fmt: skip
    return TodayShop(dana, noa, avi, ready.id, overdue.id, complaint)
