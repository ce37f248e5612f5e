"""How a birthday entry reads in the lists: whose it is, its day, its calendar and the age."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from shopkeeper.touch.birthdays import BirthdayEntry
from shopkeeper.touch.hebrew import hebrew_date_text
from shopkeeper.touch.today import greeting_key
from ui.bidi import isolate, ltr


def subject_name(entry: BirthdayEntry) -> str:
    """The name a greeting mark records: the child's or pet's, empty for the member."""
    return greeting_key(entry)[2]


# translator's comments choosing a gendered translation of one English text; without one (or
# with the gender unknown) the neutral, slash-form translation is used
_MEMBER_FORMS = {"m": "masculine", "f": "feminine"}
_CHILD_FORMS = {"m": "boy", "f": "girl"}


def kind_text(kind: str, gender: str = "") -> str:
    """ "Member" / "Child" / "Pet"; in Hebrew the member's form of address and the child's
    gender pick the word ("חברת מועדון", "ילדה"), the slash form only when not known."""
    translate = QCoreApplication.translate
    if kind == "member":
        return translate("Birthdays", "Member", _MEMBER_FORMS.get(gender))
    if kind == "child":
        return translate("Birthdays", "Child", _CHILD_FORMS.get(gender))
    if kind == "pet":
        return translate("Birthdays", "Pet")
    return kind


def whose_text(entry: BirthdayEntry, owner: str) -> str:
    """ "Member", or "Child of Noa Cohen" / "Pet of Noa Cohen" for a child's or pet's birthday."""
    translate = QCoreApplication.translate
    if entry.kind == "child":
        text = translate("Birthdays", "Child of {name}", _CHILD_FORMS.get(entry.gender))
        return text.format(name=isolate(owner))
    if entry.kind == "pet":
        return translate("Birthdays", "Pet of {name}").format(name=isolate(owner))
    return translate("Birthdays", "Member", _MEMBER_FORMS.get(entry.gender))


def day_text(day: date) -> str:
    """ "Sat 28/11": the weekday in the interface's language, then the day and month."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{name} {ltr(day.strftime('%d/%m'))}"


def calendar_text(entry: BirthdayEntry) -> str:
    """Empty for the Gregorian calendar; the Hebrew date (ט״ז כסלו) of a Hebrew-calendar birthday."""
    return isolate(hebrew_date_text(entry.date)) if entry.calendar == "hebrew" else ""


def age_text(age: int | None) -> str:
    return "" if age is None else ltr(str(age))


def channel_text(channel: str) -> str:
    """How a greeting was sent, as the greeted column says it."""
    translate = QCoreApplication.translate
    texts = {
        "whatsapp": translate("Birthdays", "WhatsApp"),
        "copy": translate("Birthdays", "copied"),
        "sms": translate("Birthdays", "SMS"),
        "email": translate("Birthdays", "e-mail"),
        "card": translate("Birthdays", "card"),
    }
    return texts.get(channel, channel)


def greeted_text(mark) -> str:
    """ "✓ counter, 26/11 10:30 (WhatsApp)" for a greeting mark."""
    at = ltr(mark.at.strftime("%d/%m %H:%M"))
    text = f"✓ {isolate(mark.by)}, {at}" if mark.by else f"✓ {at}"
    return f"{text} ({channel_text(mark.channel)})" if mark.channel else text
