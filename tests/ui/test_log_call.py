"""The log-call dialog: each result is logged as chosen; only a call-back carries a day."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from gui_support import TODAY, add_many, add_noa

from shopkeeper.sales.records import PurchaseDraft
from ui.dialogs.log_call import LogCallDialog

RESULTS = ("reached", "no-answer", "call-back", "complaint", "not-interested")


def dialog_for(qtbot, shop, member_id, **kwargs) -> LogCallDialog:
    dialog = LogCallDialog(shop, member_id, today=lambda: TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("result", RESULTS)
def test_each_result_is_logged_with_its_note(shop, qtbot, result):
    noa = add_noa(shop)
    dialog = dialog_for(qtbot, shop, noa.id, reason="winback")
    dialog.choose(result)
    dialog.note_edit.setPlainText(f"note for {result}")
    with qtbot.waitSignal(dialog.callLogged) as logged:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert logged.args == [result]
    [call] = shop.calls.history(noa.id)
    assert (call.result, call.reason, call.note, call.by) == (
        result,
        "winback",
        f"note for {result}",
        "counter",
    )
    assert call.call_back_on == (date(2026, 11, 27) if result == "call-back" else None)
    assert not dialog.isVisible()


def test_the_call_back_day_is_editable_only_for_a_call_back(shop, qtbot):
    noa = add_noa(shop)
    dialog = dialog_for(qtbot, shop, noa.id)
    assert dialog.result_buttons["reached"].isChecked()
    assert not dialog.call_back_edit.isEnabled() and dialog.call_back_on() is None
    dialog.result_buttons["call-back"].click()
    assert dialog.call_back_edit.isEnabled()
    dialog.call_back_edit.setDate(date(2026, 12, 7))
    assert dialog.call_back_on() == date(2026, 12, 7)
    assert dialog.call_back_edit.minimumDate().toPython() == TODAY  # no call-back in the past
    dialog.result_buttons["no-answer"].click()
    assert not dialog.call_back_edit.isEnabled() and dialog.call_back_on() is None
    dialog.result_buttons["call-back"].click()
    dialog.save()
    [call] = shop.calls.history(noa.id)
    assert (call.result, call.call_back_on) == ("call-back", date(2026, 12, 7))


def test_a_follow_up_call_keeps_its_purchase_and_a_refusal_is_shown(shop, qtbot):
    noa = add_noa(shop)
    [other] = add_many(shop, 1)
    receipt = shop.purchases.record(
        PurchaseDraft(noa.id, amount=60000, at=datetime(2026, 11, 22, 12, 0), fulfilment="shipped")
    )
    wrong = dialog_for(qtbot, shop, other, reason="followup", purchase_id=receipt.id)
    wrong.save()
    assert wrong.error_label.plain_text()
    assert "Traceback" not in wrong.error_label.plain_text()
    assert wrong.isVisible() and shop.calls.history(other) == []
    dialog = dialog_for(qtbot, shop, noa.id, reason="followup", purchase_id=receipt.id)
    dialog.save()
    [call] = shop.calls.history(noa.id)
    assert (call.reason, call.purchase_id, call.result) == (
        "followup",
        receipt.id,
        "reached",
    )


def test_the_member_card_is_one_click_away(shop, qtbot):
    noa = add_noa(shop)
    dialog = dialog_for(qtbot, shop, noa.id, context="Last purchase on 01/06/2026")
    assert "Noa Cohen" in dialog.member_label.plain_text()
    assert "052-345-6789" in dialog.member_label.plain_text()
    with qtbot.waitSignal(dialog.memberRequested) as asked:
        dialog.card_button.click()
    assert asked.args == [noa.id]
