"""Editing a member: every field, children and pets, consent; errors stay in the dialog."""

from __future__ import annotations

from gui_support import add_noa, plain
from PySide6.QtCore import Qt

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.records import MemberDraft
from ui.dialogs.edit_member import EditMemberDialog


def test_edit_adds_a_child_and_a_pet(window, shop, qtbot):
    member = shop.members.add(MemberDraft(first_name="Dana", phone="050-765-4321")).member
    window.open_member(member.id)
    qtbot.mouseClick(window.counter.card.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(EditMemberDialog)
    assert dialog is not None and dialog.isVisible()

    qtbot.mouseClick(dialog.children.add_button, Qt.MouseButton.LeftButton)
    name, birthday, gender = dialog.children.rows[0].fields
    qtbot.keyClicks(name, "Tom")
    birthday.setText("01/12/2019")
    gender.setCurrentIndex(gender.findData("m"))
    qtbot.mouseClick(dialog.pets.add_button, Qt.MouseButton.LeftButton)
    pet_name, kind, pet_birthday = dialog.pets.rows[0].fields
    pet_name.setText("Mitzi")
    kind.setText("cat")
    dialog.last_name.setText("Levi")
    dialog.tags.setText("VIP, cats ,")
    dialog.address_form.setCurrentIndex(dialog.address_form.findData("f"))
    dialog.consent["email"].setChecked(True)
    dialog.email.setText("dana@example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = shop.members.get(member.id)
    assert saved.full_name == "Dana Levi"
    assert [(c.name, c.birthday, c.gender) for c in saved.children] == [
        ("Tom", PartialDate(12, 1, 2019), "m")
    ]
    assert [(p.name, p.kind, p.birthday) for p in saved.pets] == [("Mitzi", "cat", None)]
    assert saved.tags == ("VIP", "cats")
    assert saved.address_form == "f"
    assert saved.consents_to("email")
    card = window.counter.card
    assert card.name_label.plain_text() == "Dana Levi"
    assert "Tom" in card.children_value.plain_text()
    assert "★ \u2068Tom\u2069 (child) turns 7 on 01/12 — in 5 days" in card.badge_label.plain_text()


def test_edit_keeps_existing_children_and_removes_one(qtbot, shop):
    noa = add_noa(shop)
    dialog = EditMemberDialog(shop, noa)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.phone.text() == "052-345-6789"
    assert dialog.birthday.text() == "14/03/1985"
    assert [r.fields[0].text() for r in dialog.children.rows] == ["Maya"]
    assert dialog.consent["sms"].isChecked() and not dialog.consent["email"].isChecked()
    dialog.children.add_row().fields[0].setText("Omer")
    dialog.pets.remove_row(dialog.pets.rows[0])
    dialog.save()

    saved = shop.members.get(noa.id)
    assert [c.name for c in saved.children] == ["Maya", "Omer"]
    assert saved.children[0].id == noa.children[0].id  # kept, not re-created
    assert saved.pets == ()
    assert [(r.channel, r.given) for r in saved.consent_history] == [("sms", True)]  # unchanged


def test_bad_child_birthday_is_shown_under_children_and_nothing_saved(qtbot, shop):
    noa = add_noa(shop)
    dialog = EditMemberDialog(shop, noa)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.children.rows[0].fields[1].setText("31/02")
    dialog.first_name.setText("Changed")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.children.error.isVisible()
    assert plain(dialog.children.error.text()) == "“31/02” is not a date (use dd/mm/yyyy or dd/mm)."
    assert shop.members.get(noa.id).first_name == "Noa"


def test_phone_of_another_member_is_refused(qtbot, shop):
    noa = add_noa(shop)
    dana = shop.members.add(MemberDraft(first_name="Dana", phone="050-765-4321")).member
    dialog = EditMemberDialog(shop, dana)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("0523456789")
    dialog.save()
    assert plain(dialog.field_errors["phone"].text()) == (
        f"The phone 052-345-6789 already belongs to member {noa.number} (Noa Cohen)."
    )
    assert shop.members.get(dana.id).phone == "+972507654321"
