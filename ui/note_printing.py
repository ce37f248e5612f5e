"""The GUI's way to the thank-you notes of the core: templates, sizes, batches and their PDF."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from shopkeeper.errors import ShopError
from shopkeeper.printing.note_batch import (
    NoteBatch,
    NoteRequest,
    compose_note,
    notes_for_members,
    notes_for_shipped,
    sample_coupon,
    shop_logo,
)
from shopkeeper.printing.notes import NoteContent, PrintedNotes, note_pdf
from shopkeeper.printing.placeholders import NoteValues, sample_tiers
from shopkeeper.printing.templates import NoteTemplate

NOTE_SIZES = ("a6", "a5", "a4x4", "label62")

__all__ = ["NOTE_SIZES", "NoteBatch", "NoteRequest", "PrintedNotes", "preview_pdf", "sample_note"]


def size_name(size: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "a6": translate("NoteSizes", "A6 card"),
        "a5": translate("NoteSizes", "A5 page"),
        "a4x4": translate("NoteSizes", "4 on an A4 sheet, with cut marks"),
        "label62": translate("NoteSizes", "62 mm label roll"),
    }
    return names[size]


def member_batch(shop, member_ids: Iterable[int], template: str | None) -> NoteBatch:
    """One note per member, on the template called `template` (the shop's default if None)."""
    chosen = shop.note_templates.choose(template, shop.settings.language)
    return notes_for_members(shop, list(member_ids), chosen)


def shipped_batch(shop, day: date, template: str | None) -> NoteBatch:
    """One note per purchase shipped to a member on `day`."""
    chosen = shop.note_templates.choose(template, shop.settings.language)
    return notes_for_shipped(shop, day, chosen)


def write_notes(
    shop,
    batch: Iterable[NoteContent],
    out: str | Path | BinaryIO,
    size: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintedNotes:
    """The notes as one PDF at `out` (a path is written whole or not at all), with the shop's logo."""
    return note_pdf(batch, out, size, progress, cancelled, logo=shop_logo(shop))


def notes_pdf(shop, batch: Iterable[NoteContent], size: str) -> bytes:
    buffer = io.BytesIO()
    write_notes(shop, batch, buffer, size)
    return buffer.getvalue()


_SAMPLE = {
    "he": ("נועה", "כהן", "נר לבנדר"),
    "en": ("Noa", "Cohen", "lavender candle"),
}


def sample_note(shop, template: NoteTemplate, address_form: str = "f") -> NoteContent:
    """The note `template` prints, for a sample member addressed as `address_form` ("m", "f" or
    ""), with the sample coupon code: nothing is written to the shop. Raises the first problem."""
    language = template.language
    first, last, item = _SAMPLE.get(language, _SAMPLE["en"])
    names = [t.name for t in shop.programme.current().tiers]  # the shop's own tiers
    tier, next_tier = sample_tiers(names, language, address_form)
    coupon = sample_coupon(template, shop.now().date())
    values = NoteValues(
        first_name=first,
        last_name=last,
        address_form=address_form,
        points=240,
        tier=tier,
        next_tier=next_tier,
        to_next_tier=15000 if next_tier else None,
        stamps_left=3,
        coupon=coupon.code if coupon else None,
        last_item=item,
        shop_name=shop.settings.shop_name,
        date=shop.now().date(),
    )
    return compose_note(template, values, coupon.until if coupon else None, sample=True)


def preview_pdf(shop, note: NoteContent, size: str = "a6") -> bytes:
    """One note as PDF bytes, with the shop's logo if it can be printed (else without)."""
    try:
        logo = shop_logo(shop)
    except ShopError:
        logo = None
    buffer = io.BytesIO()
    note_pdf([note], buffer, size, logo=logo)
    return buffer.getvalue()
