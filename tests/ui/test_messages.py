"""Every ShopError has a translatable text with the same placeholders as the core's English one."""

from __future__ import annotations

import inspect
import re

import pytest
from gui_support import plain
from PySide6.QtCore import QCoreApplication

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
    "requested": 300,
    "balance": 120,
    "minimum": 100,
    "maximum": 150,
    "code": "AB12CD34",
    "id": 5,
    "on": "01/02/2026",
    "earned": 80,
    "shortfall": 30,
    "lines": "₪10",
    "amount": "₪12",
    "channel": "sms",
    "status": "closed",
    "target": "open",
    "kind": "child",
    "subject": "Noa",
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


@pytest.mark.parametrize(
    ("why", "detail"),
    [
        ("used", "already used"),
        ("used", "used 3 times already"),
        ("expired", "expired on 01/11/2026"),
        ("not_yet", "valid only from 01/12/2026"),
        ("other_member", "it belongs to another member"),
        ("basket", "the basket must reach ₪1,200.50"),
    ],
)
def test_coupon_refusal_reasons_read_as_the_core_words_them(why, detail):
    """The reason is rebuilt from translatable texts; untranslated it is the core's own wording."""
    error = errors.CouponRefused(code="AB12CD34", why=why, detail=detail)
    assert plain(error_text(error)) == str(error)


def test_programme_errors_name_the_setting_as_the_page_does():
    error = errors.InvalidProgramme(key="points_per_shekel", detail="“x” is not a number")
    assert plain(error_text(error)) == "Programme setting Points per ₪1: “x” is not a number"


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errors.NoConsent(name="Avi", channel="whatsapp"), [("whatsapp", "וואטסאפ")]),
        (
            errors.ComplaintStatusRefused(id=3, status="in-progress", target="open"),
            [("in-progress", "בטיפול"), ("open", "פתוחה")],
        ),
        (errors.SubjectNotFound(name="Noa", kind="pet", subject="Rex"), [("pet", "חיית מחמד")]),
    ],
)
def test_codes_in_greeting_and_complaint_errors_are_shown_in_words(error, words, monkeypatch):
    """A channel, a status or a kind of subject reads in the user's language, not as its code."""
    table = {("errors", code): word for code, word in words}
    monkeypatch.setattr(
        QCoreApplication,
        "translate",
        staticmethod(lambda context, source, *rest: table.get((context, source), source)),
    )
    shown = plain(error_text(error))
    for code, word in words:
        assert word in shown
        assert code not in shown.replace(word, "")


LOGO_REFUSALS = [
    errors.UnsupportedLogo(path="fake.png", reason="empty"),
    errors.UnsupportedLogo(path="fake.png", reason="too_big", mb="3.5"),
    errors.UnsupportedLogo(path="fake.png", reason="not_image"),
    errors.UnsupportedLogo(
        path="fake.png", reason="too_many_pixels", width=5000, height=20, most=4000
    ),
    errors.UnsupportedLogo(path="fake.png", reason="huge", most=4000),
    errors.UnsupportedLogo(path="fake.png", reason="unreadable"),
    errors.UnsupportedLogo(path="/tmp/x.png", reason="missing"),
    errors.UnsupportedLogo(path="/tmp", reason="folder"),
    errors.UnsupportedLogo(path="/tmp/x.png", reason="cannot_open"),
    errors.UnsupportedLogo(path="logo", reason="damaged"),
]


@pytest.mark.parametrize("error", LOGO_REFUSALS, ids=lambda e: e.params["reason"])
def test_a_logo_refusal_is_worded_per_reason_in_the_users_language(error, monkeypatch):
    """Untranslated it is the core's English; translated, no English detail is left in it."""
    assert plain(error_text(error)) == str(error)
    english = str(error).split(": ", 1)[1]
    monkeypatch.setattr(
        QCoreApplication,
        "translate",
        staticmethod(
            lambda context, source, *rest: (
                "הלוגו {path} לא מתאים: {detail}"
                if source.startswith("The logo")
                else "סיבה[" + " ".join(re.findall(r"\{\w+\}", source)) + "]"
                if context == "logo"
                else source
            )
        ),
    )
    shown = plain(error_text(error))
    assert shown.startswith(f"הלוגו {error.params['path']} לא מתאים: סיבה[")
    assert english not in shown
    for key in ("mb", "width", "height", "most"):
        if key in error.params:  # the values are filled into the translated reason
            assert str(error.params[key]) in shown.split(": ", 1)[1]
