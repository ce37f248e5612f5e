"""The feedback dialog: a member found by phone or name, NPS as toggles, Likert answers."""

from __future__ import annotations

from datetime import date

from gui_support import TODAY, add_many, add_noa

from ui.dialogs.feedback import FeedbackDialog
from ui.pages.care import CarePage


def test_feedback_with_nps_comment_and_likert_answers_is_saved(shop, qtbot):
    noa = add_noa(shop)
    staff = shop.feedback.add_statement("The staff knew what I needed")
    prices = shop.feedback.add_statement("Prices are fair")
    retired = shop.feedback.add_statement("Parking was easy")
    shop.feedback.retire_statement(retired)
    page = CarePage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    dialog = page.add_feedback()
    assert set(dialog.likert) == {staff, prices}  # a retired statement is not asked
    dialog.member.query_edit.setText("0523456789")
    dialog.member.find_button.click()
    assert dialog.member.member_id == noa.id
    dialog.given_on_edit.setDate(date(2026, 11, 24))
    dialog.nps.buttons[9].click()
    dialog.comment_edit.setPlainText("Great advice on candles")
    dialog.likert[staff].buttons[5].click()
    with qtbot.waitSignal(dialog.feedbackSaved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    record = shop.feedback.get(saved.args[0])
    assert (record.member_id, record.nps, record.comment, record.given_on) == (
        noa.id,
        9,
        "Great advice on candles",
        date(2026, 11, 24),
    )
    assert record.answers == ((staff, 5),)  # the unanswered statement stays unanswered
    assert page.feedback.recent.records() == [record]
    assert page.feedback.recent.index(0, 3).data() == "Promoter"


def test_clicking_the_chosen_score_again_clears_it(shop, qtbot):
    dialog = FeedbackDialog(shop, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.nps.buttons[3].click()
    dialog.nps.buttons[7].click()
    assert dialog.nps.value() == 7
    assert [s for s, b in dialog.nps.buttons.items() if b.isChecked()] == [7]
    dialog.nps.buttons[7].click()
    assert dialog.nps.value() is None and not any(
        b.isChecked() for b in dialog.nps.buttons.values()
    )
    assert sorted(dialog.nps.buttons) == list(range(11))


def test_walk_in_feedback_needs_something_said(shop, qtbot):
    dialog = FeedbackDialog(shop, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error_label.plain_text() == "Choose a score or write what the customer said."
    assert shop.feedback.recent() == []
    dialog.nps.buttons[0].click()
    dialog.save()
    [record] = shop.feedback.recent()
    assert (record.member_id, record.nps, record.category, record.given_on) == (
        None,
        0,
        "detractor",
        TODAY,
    )


def test_a_name_with_several_matches_offers_a_choice(shop, qtbot):
    first, second = add_many(shop, 2)
    dialog = FeedbackDialog(shop, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.member.query_edit.setText("First")
    dialog.member.find()
    assert dialog.member.matches.count() == 2 and not dialog.member.matches.isHidden()
    dialog.member.matches.setCurrentIndex(1)
    dialog.member.matches.activated.emit(1)
    assert dialog.member.member_id == dialog.member.matches.itemData(1)
    assert {dialog.member.matches.itemData(i) for i in range(2)} == {first, second}
    dialog.member.query_edit.setText("Nobody")
    dialog.member.find()
    assert dialog.member.member_id is None
    assert "Nobody" in dialog.member.chosen_label.plain_text()


def test_feedback_for_the_card_member_starts_with_that_member(shop, qtbot):
    noa = add_noa(shop)
    page = CarePage(shop, lambda: TODAY)
    qtbot.addWidget(page)
    dialog = page.add_feedback(noa.id)
    assert dialog.member.member_id == noa.id
    assert dialog.member.query_edit.text() == "052-345-6789"
    assert dialog.given_on_edit.date().toPython() == TODAY
