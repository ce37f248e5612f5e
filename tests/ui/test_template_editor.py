"""The note template editor: placeholders, an unknown one refused, save, live preview."""

from __future__ import annotations

from gui_support import plain

from shopkeeper.printing.note_batch import SAMPLE_CODE
from ui.note_printing import sample_note
from ui.pages.templates import TemplatesPage


def page_for(shop, qtbot) -> TemplatesPage:
    page = TemplatesPage(shop)
    qtbot.addWidget(page)
    page.show()
    return page


def test_template_editor_rejects_an_unknown_placeholder(shop, qtbot):
    page = page_for(shop, qtbot)
    assert page.save_button.isEnabled()
    page.form.body_edit.setPlainText("Dear {frist_name}, thank you!")
    assert not page.save_button.isEnabled()
    assert plain(page.form.problem_label.text()).lstrip("\u200e") == (
        "“{frist_name}” is not a placeholder a note can fill in."
    )
    assert page.form.body_edit.extraSelections()  # the mistake is marked in the text
    assert page.save() is None
    assert all("frist" not in t.body for t in shop.note_templates.list())
    page.form.body_edit.setPlainText("Dear {first_name}, thank you!")
    assert page.save_button.isEnabled() and page.form.problem_label.text() == ""


def test_placeholder_buttons_insert_and_save_stores(shop, qtbot):
    page = page_for(shop, qtbot)
    page.select("Thank you")
    page.form.body_edit.setPlainText("Hello ")
    page.form.body_edit.moveCursor(page.form.body_edit.textCursor().MoveOperation.End)
    page.form.placeholder_buttons["first_name"].click()
    assert page.form.body_edit.toPlainText() == "Hello {first_name}"
    page.form.percent_spin.setValue(0)
    page.form.amount_edit.setText("25")
    with qtbot.waitSignal(page.saved):
        page.save_button.click()
    stored = shop.note_templates.get("Thank you")
    assert stored.body == "Hello {first_name}" and stored.coupon_amount == 2500
    assert stored.coupon_percent is None


def test_live_preview_renders_the_note(shop, qtbot):
    page = page_for(shop, qtbot)
    page.select("תודה")
    page.form.body_edit.setPlainText("{first_name} {היקר|היקרה}, תודה!")
    qtbot.waitUntil(lambda: page.preview.page_count == 1, timeout=5000)
    image = page.preview.image
    assert abs(image.width() / image.height() - 105 / 148) < 0.02
    page.form.body_edit.setPlainText("{first_name")
    page.update_preview()
    assert page.preview_error.text()


def test_new_and_delete_template(shop, qtbot):
    page = page_for(shop, qtbot)
    count = page.list_widget.count()
    page.new_template()
    page.form.name_edit.setText("Short")
    page.save()
    assert page.list_widget.count() == count + 1
    assert page.list_widget.currentItem().text() == "Short"
    page.delete_template()
    assert page.list_widget.count() == count


def test_the_editor_preview_shows_the_sample_code_and_makes_no_coupon(shop, qtbot):
    page = page_for(shop, qtbot)
    page.select("Thank you")
    for form in ("f", "m", ""):
        page.form_combo.setCurrentIndex(page.form_combo.findData(form))
        page.update_preview()
    note = sample_note(shop, page.form.template())
    assert note.coupon == SAMPLE_CODE
    assert note.coupon_hint == "Sample: the real code is made when printed"
    assert page.preview.page_count == 1
    assert shop.db.connection().execute("SELECT COUNT(*) FROM coupon").fetchone() == (0,)
