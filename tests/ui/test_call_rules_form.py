"""Settings → Calls: the win-back and follow-up rules, saved together and used by the calls page."""

from __future__ import annotations

from gui_support import plain

from shopkeeper.touch.calls import CallRules


def test_saving_the_rules_changes_the_calls_page(window):
    form = window.settings.call_rules
    assert (form.winback_days.value(), form.followup_days.value()) == (90, 3)
    assert form.min_amount.agorot() == 500_00
    form.winback_days.setValue(60)
    form.followup_days.setValue(5)
    form.min_amount.setText("0")
    assert form.save()
    assert window.shop.calls.rules() == CallRules(60, 5, 0)
    assert window.calls.days_spin.value() == 60
    assert form.saved_label.text() == "Saved"


def test_a_bad_amount_is_refused_and_nothing_is_saved(window):
    form = window.settings.call_rules
    form.winback_days.setValue(30)
    form.min_amount.setText("12.345")
    assert not form.save()
    assert plain(form.error.text()) == "“12.345” is not an amount in shekels (for example 149.90)."
    assert not form.error.isHidden()
    assert window.shop.calls.rules().winback_days == 90
