"""Every ShopError has a translatable text with the same placeholders as the core's English one."""

from __future__ import annotations

import inspect

import pytest
from gui_support import plain

from shopkeeper import errors
from ui.messages import error_text, template_for

PARAMS = {
    "text": "abc",
    "phone": "052-345-6789",
    "number": 12,
    "name": "Dana <b>&",
    "member_id": 3,
    "field": "city",
    "key": "999",
    "found": 9,
    "known": 1,
    "path": "/tmp/x",
    "detail": "boom",
    "pid": 42,
    "host": "till",
    "row": 7,
}

ERROR_CLASSES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, errors.ShopError) and cls is not errors.ShopError
]


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_untranslated_text_equals_core_message(cls):
    """With no translation installed, the GUI's template is the core's: same words, same placeholders."""
    error = cls(**PARAMS)
    assert template_for(error) is not None, f"ui/messages.py has no text for {cls.__name__}"
    assert plain(error_text(error)) == str(error)


def test_invalid_value_names_the_field_in_words():
    assert (
        plain(error_text(errors.InvalidValue(field="child name", text="")))
        == "child's name: “” is not allowed."
    )


def test_unknown_error_falls_back_to_its_message():
    class Odd(errors.ShopError):
        template = "odd {x}"

    assert plain(error_text(Odd(x=1))) == "odd 1"
