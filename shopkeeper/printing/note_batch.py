"""Which notes to print: one per shipped purchase of a day, or one per chosen member.

A batch is lazy: notes are filled in (and, when the template hands out coupons, their fresh
coupons made) as the PDF reaches them, a hundred notes per transaction — so a cancelled run
leaves coupons only for the hundreds it reached, and ten thousand notes are never all in memory.
Reading a batch twice reuses the coupons of the first time (``note_coupon``): a note printed
again hands out no second coupon.  A preview composes the same notes
with ``sample_coupon`` instead (``member_note``): the sample code, marked as one, and no write.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from shopkeeper.loyalty.coupons import CODE_LENGTH
from shopkeeper.printing.note_parts import Logo, logo_from_image
from shopkeeper.printing.notes import NoteContent
from shopkeeper.printing.placeholders import NoteValues, render
from shopkeeper.printing.templates import (
    NoteTemplate,
    coupon_sample_text,
    coupon_until_text,
    coupon_valid_until,
    values_for,
)

LOGO_SETTING = "logo"  # settings key: the logo image, kept in the database
COUPON_BATCH = "note"
SAMPLE_CODE = "X" * CODE_LENGTH  # a preview's code: the format of a real one, and no coupon
_CHUNK = 100


@dataclass(frozen=True)
class NoteCoupon:
    """The coupon a note carries: its code and last day; ``sample`` when it is only shown."""

    code: str
    until: date
    sample: bool = False


@dataclass(frozen=True)
class NoteRequest:
    member_id: int
    purchase_id: int | None = None  # the purchase the note thanks for (its first item is named)


class NoteBatch(Sequence[NoteContent]):
    """Notes for a list of requests, made as they are read (``len`` is known up front)."""

    def __init__(self, shop, template: NoteTemplate, requests: Iterable[NoteRequest]) -> None:
        self.shop = shop
        self.template = template
        self.requests = list(requests)

    def __len__(self) -> int:
        return len(self.requests)

    def __getitem__(self, index):  # a Sequence's contract; printing only iterates
        if isinstance(index, slice):
            return [note_content(self.shop, self.template, r) for r in self.requests[index]]
        return note_content(self.shop, self.template, self.requests[index])

    def __iter__(self) -> Iterator[NoteContent]:
        for start in range(0, len(self.requests), _CHUNK):
            with self.shop.db.atomic():
                chunk = [
                    note_content(self.shop, self.template, request)
                    for request in self.requests[start : start + _CHUNK]
                ]
            yield from chunk

    @property
    def member_ids(self) -> list[int]:
        return [request.member_id for request in self.requests]


def note_content(shop, template: NoteTemplate, request: NoteRequest) -> NoteContent:
    """One member's note on ``template``, with its coupon if the template gives one: the coupon
    this note already made when it is printed again, else a fresh one."""
    coupon = note_coupon(shop, template, request.member_id, request.purchase_id)
    return member_note(shop, template, request, coupon)


def coupon_batch(purchase_id: int | None) -> str:
    """The coupon's ``batch`` text that ties it to its note: the purchase it thanks for, or the
    member's note when it thanks for no purchase."""
    return COUPON_BATCH if purchase_id is None else f"{COUPON_BATCH}:purchase:{purchase_id}"


def note_coupon(
    shop, template: NoteTemplate, member_id: int, purchase_id: int | None = None
) -> NoteCoupon | None:
    """The coupon of member ``member_id``'s printed note on ``template`` (for ``purchase_id``),
    or None when the template gives none.  The same note printed again — same member and
    purchase, or the member's note coupon still unused, with the same terms — carries the coupon
    it made the first time; otherwise a fresh one is written to the shop now."""
    if not template.wants_coupon:
        return None
    today = shop.now().date()
    batch = coupon_batch(purchase_id)
    made = shop.coupons.unused_for(
        member_id, batch, today, percent=template.coupon_percent, amount=template.coupon_amount
    )
    if made is not None and made.valid_until is not None:
        return NoteCoupon(made.code, made.valid_until)
    until = coupon_valid_until(template, today)
    code = shop.coupons.create(
        percent=template.coupon_percent,
        amount=template.coupon_amount,
        until=until,
        member_id=member_id,
        batch=batch,
    )[0]
    return NoteCoupon(code, until)


def sample_coupon(template: NoteTemplate, today: date) -> NoteCoupon | None:
    """What a preview shows where a note's coupon goes: the sample code (nothing written)."""
    if not template.wants_coupon:
        return None
    return NoteCoupon(SAMPLE_CODE, coupon_valid_until(template, today), sample=True)


def member_note(
    shop, template: NoteTemplate, request: NoteRequest, coupon: NoteCoupon | None
) -> NoteContent:
    """The note ``template`` says to ``request``'s member, carrying ``coupon`` (None: no coupon
    line, even if the template gives one).  Writes nothing."""
    values = values_for(
        shop,
        request.member_id,
        coupon.code if coupon else None,
        language=template.language,
        purchase_id=request.purchase_id,
    )
    until = coupon.until if coupon else None
    sample = bool(coupon and coupon.sample)
    return compose_note(template, values, until, member_id=request.member_id, sample=sample)


def compose_note(
    template: NoteTemplate,
    values: NoteValues,
    until: date | None,
    *,
    member_id: int | None = None,
    sample: bool = False,
) -> NoteContent:
    """The note ``template`` says with ``values`` (its coupon, if any, valid ``until``): also
    what an editor's preview shows for a sample member.  ``sample``: the coupon's code is a
    sample, and the coupon says so.  Raises the template's first problem."""
    language = template.language
    coupon = values.coupon
    return NoteContent(
        body=render(template.body, values, language=language),
        language=language,
        return_policy=render(template.return_policy, values, language=language),
        coupon=coupon,
        coupon_offer=template.coupon_offer() if coupon else "",
        coupon_until=coupon_until_text(language, until) if coupon and until else "",
        coupon_hint=coupon_sample_text(language) if coupon and sample else "",
        member_id=member_id,
    )


def notes_for_members(
    shop, member_ids: Iterable[int], template: NoteTemplate | None = None
) -> NoteBatch:
    """One note per member (a member named twice gets one), in the order given."""
    template = template or shop.note_templates.default(shop.settings.language)
    unique = dict.fromkeys(member_ids)
    for member_id in unique:
        shop.members.get(member_id)  # MemberNotFound now, not halfway through the PDF
    return NoteBatch(shop, template, [NoteRequest(member_id) for member_id in unique])


def notes_for_shipped(shop, day: date, template: NoteTemplate | None = None) -> NoteBatch:
    """One note per purchase shipped on ``day`` to a member (not voided), in the order sold."""
    template = template or shop.note_templates.default(shop.settings.language)
    rows = (
        shop.db.connection()
        .execute(
            "SELECT id, member_id FROM purchase WHERE fulfilment = 'shipped' AND member_id IS NOT NULL "
            "AND voided_at IS NULL AND at >= ? AND at < ? ORDER BY at, id",
            (day.isoformat(), (day + timedelta(days=1)).isoformat()),
        )
        .fetchall()
    )
    return NoteBatch(shop, template, [NoteRequest(member, purchase) for purchase, member in rows])


def shop_logo(shop) -> Logo | None:
    """The shop's logo (settings key ``logo``: a PNG or JPEG kept in the database), or None if
    unset; UnsupportedLogo if it is set but cannot be printed."""
    image = shop.settings.logo()
    return logo_from_image(image) if image else None
