"""Members with children and pets for the greeting tests (the shop's today is 2026-11-26)."""

from __future__ import annotations

from itertools import count

from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft

SHOP_NAME = "הסדנה של רותי"
_phones = count(1)


def add_member(
    shop,
    first_name: str = "דנה",
    *,
    form: str = "f",
    birthday: str = "28/11/1986",
    hebrew: bool = False,
    last_name: str = "לוי",
    children: tuple[ChildDraft, ...] = (),
    pets: tuple[PetDraft, ...] = (),
    consent: dict[str, bool] | None = None,
) -> int:
    """A new member (no welcome bonus) with a fresh phone; returns the id."""
    draft = MemberDraft(
        first_name=first_name,
        last_name=last_name,
        phone=f"0527{next(_phones):06d}",
        birthday=birthday,
        hebrew_birthday=hebrew,
        address_form=form,
        children=children,
        pets=pets,
        consent=consent or {},
        consent_how="form" if consent else "",
    )
    return shop.members.add(draft).member.id


def family(shop, form: str = "f") -> int:
    """דנה (born 28/11/1986) with a daughter נועה (28/11/2018), a son Tom (01/12/2020), a child
    Alex with no birthday or gender, and a dog רקס (29/11/2021)."""
    shop.settings.set("shop_name", SHOP_NAME)
    return add_member(
        shop,
        form=form,
        children=(
            ChildDraft("נועה", "28/11/2018", "f"),
            ChildDraft("Tom", "01/12/2020", "m"),
            ChildDraft("Alex", ""),
        ),
        pets=(PetDraft("רקס", "dog", "29/11/2021"),),
    )
