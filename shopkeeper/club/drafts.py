"""A saved member as a draft, so one field can change and the rest be saved as they are."""

from __future__ import annotations

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.records import ChildDraft, Member, MemberDraft, PetDraft


def draft_from_member(member: Member) -> MemberDraft:
    """Every field of `member` as a form would hold it; children and pets keep their ids."""
    return MemberDraft(
        first_name=member.first_name,
        last_name=member.last_name,
        phone=member.phone,
        email=member.email,
        birthday=_typed(member.birthday),
        hebrew_birthday=member.hebrew_birthday,
        address_form=member.address_form,
        address=member.address,
        city=member.city,
        joined_on=member.joined_on,
        source=member.source,
        referred_by=str(member.referred_by) if member.referred_by is not None else "",
        tags=member.tags,
        notes=member.notes,
        children=tuple(
            ChildDraft(c.name, _typed(c.birthday), c.gender, c.id) for c in member.children
        ),
        pets=tuple(PetDraft(p.name, p.kind, _typed(p.birthday), p.id) for p in member.pets),
    )


def _typed(birthday: PartialDate | None) -> str:
    return birthday.display() if birthday else ""
