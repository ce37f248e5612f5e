"""The greeting texts editor: the text per occasion and language, a live preview for a sample woman
and man, problems shown where they are, save and back to the default."""

from __future__ import annotations

import pytest

from shopkeeper.errors import UnknownPlaceholder
from ui.messages import error_text
from ui.pages.templates import TemplatesPage


@pytest.fixture
def editor(qtbot, shop):
    page = TemplatesPage(shop)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.greetings)
    return page.greetings


def test_the_text_in_use_with_previews_for_a_woman_and_a_man(editor, shop):
    editor.choose("birthday", "he")
    assert editor.body_edit.toPlainText() == shop.greetings.default_template("birthday", "he")
    woman = editor.previews["f"].toPlainText()
    man = editor.previews["m"].toPlainText()
    assert woman.startswith("מזל טוב ליום ההולדת, נועה היקרה!")
    assert man.startswith("מזל טוב ליום ההולדת, דני היקר!")

    editor.choose("child_birthday", "en")
    assert "your daughter Maya" in editor.previews["f"].toPlainText()
    assert "your son Ethan" in editor.previews["m"].toPlainText()

    editor.choose("sale", "en")
    assert editor.previews["f"].toPlainText().startswith("Advertisement – ")
    assert editor.previews["f"].toPlainText().endswith("Reply STOP to opt out")


def test_problems_are_shown_inline_and_block_saving(editor, shop):
    editor.choose("thanks", "en")
    editor.body_edit.setPlainText("Thanks {first_nam}!")
    [problem] = editor.problems()
    assert isinstance(problem, UnknownPlaceholder)
    assert editor.problem_label.plain_text() == error_text(problem)
    assert not editor.save_button.isEnabled()
    assert editor.body_edit.extraSelections()  # the place is marked
    editor.update_preview()
    assert editor.previews["m"].toPlainText() == "The preview waits until the text is fixed."
    assert shop.greetings.template("thanks", "en") == shop.greetings.default_template("thanks", "en")


def test_save_then_reset_to_the_default(editor, shop, qtbot):
    editor.choose("winback", "en")
    editor.body_edit.setPlainText("We miss you, {first_name}! {Come|Come} back soon.")
    assert editor.save_button.isEnabled() and editor.problem_label.plain_text() == ""
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert shop.greetings.template("winback", "en") == (
        "We miss you, {first_name}! {Come|Come} back soon."
    )
    assert editor.status_label.plain_text() == "Saved."
    editor.update_preview()
    assert editor.previews["f"].toPlainText() == "We miss you, Noa! Come back soon."

    editor.reset_button.click()
    default = shop.greetings.default_template("winback", "en")
    assert shop.greetings.template("winback", "en") == default
    assert editor.body_edit.toPlainText() == default
