"""The template editors show placeholders as chips named in the interface's language and
gendered forms readably, while the stored template text stays the same (round trip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from shopkeeper.printing.placeholders import PLACEHOLDERS
from shopkeeper.touch.greeting_texts import DEFAULTS
from ui.i18n import apply_language
from ui.pages.greeting_templates import GreetingTemplatesEditor
from ui.pages.templates import TemplatesPage
from ui.widgets.chip_editor import OBJECT_CHAR, ChipTextEdit, forms_label, tokens
from ui.widgets.template_form import placeholder_title

TEMPLATES = [
    "{לקוח יקר|לקוחה יקרה} {first_name},\nצברת {points} נקודות!",
    "Dear {first_name} {last_name}, {{braces}} stay, {frist} stays, {first_name",
    "{שמור|שמרי|שמור/י} על עצמך 💛\n\n  באהבה, {shop_name}  ",
    "",
    *DEFAULTS["he"].values(),
    *DEFAULTS["en"].values(),
]


@pytest.fixture
def hebrew(qapp):
    apply_language(qapp, "he")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def editor(qtbot, names=PLACEHOLDERS) -> ChipTextEdit:
    edit = ChipTextEdit(names, placeholder_title)
    qtbot.addWidget(edit)
    return edit


def test_tokens():
    assert tokens("היי {first_name} {a|b} {{x}} {nope}", {"first_name"}) == [
        ("text", "היי "),
        ("value", "{first_name}"),
        ("text", " "),
        ("forms", "{a|b}"),
        ("text", " {{x}} {nope}"),
    ]
    assert forms_label("{היקר|היקרה}") == "היקר / היקרה"


@pytest.mark.parametrize("text", TEMPLATES)
def test_the_template_text_round_trips(qtbot, text):
    from shopkeeper.touch.greeting_texts import PLACEHOLDERS as GREETING

    edit = editor(qtbot, set(PLACEHOLDERS) | set(GREETING))
    edit.setPlainText(text)
    assert edit.toPlainText() == text


def test_chips_are_named_in_the_interface_language(qtbot, hebrew):
    edit = editor(qtbot)
    edit.setPlainText("{לקוח יקר|לקוחה יקרה} {first_name}, צברת {points} נקודות")
    assert edit.chip_labels() == ["לקוח יקר / לקוחה יקרה", "שם פרטי", "נקודות"]
    shown = edit.document().toRawText()
    assert "{" not in shown and "|" not in shown  # no braces or pipes on the surface
    assert shown.count(OBJECT_CHAR) == 3


def test_one_backspace_removes_a_whole_chip(qtbot):
    edit = editor(qtbot)
    edit.setPlainText("Hi {first_name}!")
    cursor = edit.textCursor()
    cursor.setPosition(4)  # just after the chip
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.toPlainText() == "Hi !"


def test_copy_gives_the_template_text_and_paste_makes_chips(qtbot):
    edit = editor(qtbot)
    edit.setPlainText("Hi {first_name}!")
    edit.selectAll()
    edit.copy()
    assert QGuiApplication.clipboard().text() == "Hi {first_name}!"
    edit.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setText(" {points} {a|b}")
    edit.paste()
    assert edit.toPlainText() == "Hi {first_name}! {points} {a|b}"
    assert edit.chip_labels()[-2:] == ["Points", "a / b"]


def test_a_problem_is_marked_where_it_is_after_chips(qtbot):
    edit = editor(qtbot)
    edit.setPlainText("{first_name} {last_name} {frist}")
    assert edit.document_position(0) == 0
    assert edit.document_position(len("{first_name} {last_name} ")) == 4  # two chips, two spaces


def test_the_note_editor_saves_the_placeholders_it_shows_as_chips(shop, qtbot, hebrew):
    page = TemplatesPage(shop)
    qtbot.addWidget(page)
    page.show()
    page.select("תודה")
    body = "{היקר|היקרה} {first_name}, יש לך {points} נקודות"
    page.form.body_edit.setPlainText(body)
    assert page.form.body_edit.chip_labels() == ["היקר / היקרה", "שם פרטי", "נקודות"]
    page.form.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.mouseClick(page.form.placeholder_buttons["tier"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shop.note_templates.get("תודה").body == body + "{tier}"


def test_the_greeting_editor_loads_and_saves_the_same_text(shop, qtbot, hebrew):
    editor_page = GreetingTemplatesEditor(shop)
    qtbot.addWidget(editor_page)
    default = shop.greetings.default_template("birthday", "he")
    assert editor_page.body_edit.toPlainText() == default
    assert "גיל" in editor_page.body_edit.chip_labels()
    assert "בן / בת" in editor_page.body_edit.chip_labels()
