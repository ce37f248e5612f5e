"""Printing from the customer card: a member card, a thank-you note, a new pickup order."""

from __future__ import annotations

from pathlib import Path

from gui_support import add_noa
from PySide6.QtGui import QDesktopServices

from shopkeeper.printing.note_batch import SAMPLE_CODE
from tests.shopkeeper.printing.pdf_support import pdftotext_pages


def pdf_text(folder: Path, data: bytes) -> str:
    path = folder / "read.pdf"
    path.write_bytes(data)
    return "\n".join(pdftotext_pages(path))


def test_member_card_single_and_sheet(window):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.counter.card.print_buttons.print_card()
    preview = dialog.preview()
    assert preview.preview.page_count == 1
    assert preview.preview.image.width() < preview.preview.image.height() * 2  # card-shaped
    dialog.choose("layout", "sheet")
    dialog.choose("code", "qr")
    sheet = dialog.preview()
    assert sheet.preview.page_count == 1
    assert sheet.preview.image.height() > sheet.preview.image.width()  # A4 portrait
    dialog.close()


def test_thank_you_note_asks_template_and_size(window):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.counter.card.print_buttons.print_note()
    names = [
        dialog.combos["template"].itemText(i) for i in range(dialog.combos["template"].count())
    ]
    assert names[0] == "תודה" and "Thank you" in names  # the shop's language first
    dialog.choose("size", "a6")
    preview = dialog.preview()
    assert preview.preview.page_count == 1
    image = preview.preview.image
    assert abs(image.width() / image.height() - 105 / 148) < 0.02  # an A6 card
    dialog.choose("size", "a4x4")
    dialog.choose("template", "Thank you")
    sheet = dialog.preview().preview.image
    assert abs(sheet.width() / sheet.height() - 210 / 297) < 0.02
    dialog.close()


def test_new_pickup_order_from_the_card(window):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    window.counter.card.print_buttons.pickup_button.click()
    assert window.stack.currentWidget() is window.pickups
    dialogs = [d for d in window.pickups.children() if type(d).__name__ == "NewPickupDialog"]
    assert dialogs and dialogs[-1].member_id == noa.id


def coupon_codes(shop) -> list[str]:
    return [row[0] for row in shop.db.connection().execute("SELECT code FROM coupon ORDER BY id")]


def test_previewing_a_note_makes_no_coupon_and_saving_makes_one(window, tmp_path, monkeypatch):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.counter.card.print_buttons.print_note()
    dialog.choose("template", "Thank you")
    previews = [dialog.preview() for _ in range(3)]
    assert coupon_codes(window.shop) == []
    sample = pdf_text(tmp_path, previews[-1].data)
    assert SAMPLE_CODE in sample and "Sample: the real code is made when printed" in sample

    preview = previews[-1]
    monkeypatch.setattr(preview, "choose_path", lambda: str(tmp_path / "note"))
    preview.save_button.click()
    codes = coupon_codes(window.shop)
    assert len(codes) == 1 and codes[0] != SAMPLE_CODE
    saved = pdf_text(tmp_path, (tmp_path / "note.pdf").read_bytes())
    assert codes[0] in saved and SAMPLE_CODE not in saved and "Sample" not in saved
    assert preview.data == (tmp_path / "note.pdf").read_bytes()  # the preview shows it now

    preview.save_to(tmp_path / "again.pdf")  # saved twice: the same PDF, the same coupon
    assert (tmp_path / "again.pdf").read_bytes() == preview.data
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.choose("size", "a4x4")
    sheet = dialog.preview()  # another preview from the same dialog shows the coupon made
    assert codes[0] in pdf_text(tmp_path, sheet.data)
    sheet.open_button.click()
    assert opened and codes[0] in pdf_text(tmp_path, sheet.viewer_path.read_bytes())
    previews[0].save_to(tmp_path / "first.pdf")  # an older preview prints that coupon too
    assert codes[0] in pdf_text(tmp_path, (tmp_path / "first.pdf").read_bytes())
    assert coupon_codes(window.shop) == codes
    assert window.shop.coupons.get(codes[0]).member_id == noa.id
    dialog.close()


def test_cancelling_the_save_makes_no_coupon(window, monkeypatch):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.counter.card.print_buttons.print_note()
    preview = dialog.preview()
    monkeypatch.setattr(preview, "choose_path", lambda: "")
    preview.save_button.click()
    assert coupon_codes(window.shop) == [] and preview.saved_path is None
    dialog.close()
