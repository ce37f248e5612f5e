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


# One English text, its Hebrew chosen by a translator's comment (written out as literals so that
# lupdate finds each form); the gender unknown, the neutral slash-form translation is used.


def _member_word(gender: str) -> str:
    translate = QCoreApplication.translate
    if gender == "m":
        return translate("Birthdays", "Member", "masculine")
    if gender == "f":
        return translate("Birthdays", "Member", "feminine")
    return translate("Birthdays", "Member")


def _child_word(gender: str) -> str:
    translate = QCoreApplication.translate
    if gender == "m":
        return translate("Birthdays", "Child", "boy")
    if gender == "f":
        return translate("Birthdays", "Child", "girl")
    return translate("Birthdays", "Child")


def _child_of(gender: str) -> str:
    translate = QCoreApplication.translate
    if gender == "m":
        return translate("Birthdays", "Child of {name}", "boy")
    if gender == "f":
        return translate("Birthdays", "Child of {name}", "girl")
    return translate("Birthdays", "Child of {name}")


def kind_text(kind: str, gender: str = "") -> str:
    """ "Member" / "Child" / "Pet"; in Hebrew the member's form of address and the child's
    gender pick the word ("חברת מועדון", "ילדה"), the slash form only when not known."""
    translate = QCoreApplication.translate
    if kind == "member":
        return _member_word(gender)
    if kind == "child":
        return _child_word(gender)
    if kind == "pet":
        return translate("Birthdays", "Pet")
    return kind


def whose_text(entry: BirthdayEntry, owner: str) -> str:
    """ "Member", or "Child of Noa Cohen" / "Pet of Noa Cohen" for a child's or pet's birthday."""
    translate = QCoreApplication.translate
    if entry.kind == "child":
        text = _child_of(entry.gender)
        return text.format(name=isolate(owner))
    if entry.kind == "pet":
        return translate("Birthdays", "Pet of {name}").format(name=isolate(owner))
    return _member_word(entry.gender)


def hebrew_calendar_tip(gender: str) -> str:
    """ "Celebrated on the Hebrew calendar" in the gender of whoever celebrates ("חוגג" /
    "חוגגת": the member's form of address or the child's gender; the slash form if unknown)."""
    translate = QCoreApplication.translate
    if gender == "m":
        return translate("BirthdayColumns", "Celebrated on the Hebrew calendar", "masculine")
    if gender == "f":
        return translate("BirthdayColumns", "Celebrated on the Hebrew calendar", "feminine")
    return translate("BirthdayColumns", "Celebrated on the Hebrew calendar")


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
