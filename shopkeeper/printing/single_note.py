"""One member's thank-you note, previewed and then printed from the same place (the customer card).

A preview writes nothing: where the coupon goes it shows the sample code, marked as a sample.
The coupon is made when the note is printed (saved, or opened to print), once: printing the note
again — saved twice, saved then opened, another size — carries the same coupon, so a member is
handed one coupon however often the note is printed.  A template with other coupon terms (another
percent, amount or number of days) needs a coupon of its own.
"""

from __future__ import annotations

from shopkeeper.printing.note_batch import (
    NoteCoupon,
    NoteRequest,
    member_note,
    note_coupon,
    sample_coupon,
)
from shopkeeper.printing.notes import NoteContent
from shopkeeper.printing.templates import NoteTemplate

_Terms = tuple[int | None, int | None, int]


class SingleNote:
    """The note for member ``member_id``: ``preview(template)`` and ``printed(template)``."""

    def __init__(self, shop, member_id: int) -> None:
        self.shop = shop
        self.member_id = member_id
        self._coupons: dict[_Terms, NoteCoupon] = {}

    def preview(self, template: NoteTemplate) -> NoteContent:
        """The note as it will print, but with the sample code (or the coupon already made for
        it, once printed): nothing is written.  MemberNotFound if the member is gone."""
        coupon = self._coupons.get(_terms(template))
        if coupon is None:
            coupon = sample_coupon(template, self.shop.now().date())
        return member_note(self.shop, template, NoteRequest(self.member_id), coupon)

    def printed(self, template: NoteTemplate) -> NoteContent:
        """The note to print: its coupon made now the first time (nothing is made when the note
        cannot be composed), the same coupon after."""
        request = NoteRequest(self.member_id)
        terms = _terms(template)
        coupon = self._coupons.get(terms)
        if coupon is not None or not template.wants_coupon:
            return member_note(self.shop, template, request, coupon)
        with self.shop.db.atomic():
            self.shop.members.get(self.member_id)  # MemberNotFound, not a coupon for no one
            coupon = note_coupon(self.shop, template, self.member_id)
            note = member_note(self.shop, template, request, coupon)  # raises: no coupon kept
        if coupon is not None:
            self._coupons[terms] = coupon
        return note

    @property
    def coupon_codes(self) -> list[str]:
        """The codes of the coupons made by printing, oldest first."""
        return [coupon.code for coupon in self._coupons.values()]


def _terms(template: NoteTemplate) -> _Terms:
    return (template.coupon_percent, template.coupon_amount, template.coupon_days)
