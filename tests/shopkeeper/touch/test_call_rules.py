"""The shop's call rules are saved all together or not at all."""

from __future__ import annotations

import pytest

from shopkeeper.errors import InvalidValue
from shopkeeper.touch.calls import CallRules


def test_defaults_and_saving(shop):
    assert shop.calls.rules() == CallRules(
        winback_days=90, followup_days=3, followup_min_amount=500_00
    )
    shop.calls.set_rules(CallRules(45, 0, 0))
    assert shop.calls.rules() == CallRules(45, 0, 0)


@pytest.mark.parametrize(
    "rules",
    [CallRules(0, 3, 0), CallRules(90, -1, 0), CallRules(90, 3, -5), CallRules(90, 3, True)],
)
def test_a_bad_rule_saves_nothing(shop, rules):
    with pytest.raises(InvalidValue):
        shop.calls.set_rules(rules)
    assert shop.calls.rules() == CallRules(90, 3, 500_00)


def test_one_rule_typed_as_text_is_checked_like_the_others(shop):
    assert shop.calls.set_rule("winback_days", " 60 ") == CallRules(60, 3, 500_00)
    assert shop.calls.set_rule("followup_min_amount", "0") == CallRules(60, 3, 0)
    for key, text in [
        ("winback_days", "0"),
        ("followup_days", "-1"),
        ("followup_days", "3.5"),
        ("followup_min_amount", "lots"),
        ("winback_days", "3661"),
        ("language", "5"),
    ]:
        with pytest.raises(InvalidValue):
            shop.calls.set_rule(key, text)
    assert shop.calls.rules() == CallRules(60, 3, 0)
