"""How the card words a member's details: birthday badges, consent status, children and pets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.records import ChildRecord, ConsentRecord, PetRecord
from shopkeeper.club.upcoming import UpcomingBirthday
from ui.bidi import isolate

BADGE_MARK = "★"
SEPARATOR = " · "


def day_month(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def when_text(days_away: int) -> str:
    """today / tomorrow / in N days."""
    if days_away == 0:
        return QCoreApplication.translate("MemberTexts", "today")
    if days_away == 1:
        return QCoreApplication.translate("MemberTexts", "tomorrow")
    return QCoreApplication.translate("MemberTexts", "in {n} days").format(n=days_away)


# One English text, its Hebrew chosen by a translator's comment (each form a literal, so lupdate
# finds it); Qt falls back to the text without a comment (the neutral slash form).


def _child_badge(gender: str, with_age: bool) -> str:
    translate = QCoreApplication.translate
    if with_age:
        if gender == "m":
            return translate("MemberTexts", "{name} (child) turns {age} on {date} — {when}", "boy")
        if gender == "f":
            return translate("MemberTexts", "{name} (child) turns {age} on {date} — {when}", "girl")
        return translate("MemberTexts", "{name} (child) turns {age} on {date} — {when}")
    if gender == "m":
        return translate("MemberTexts", "{name} (child): birthday on {date} — {when}", "boy")
    if gender == "f":
        return translate("MemberTexts", "{name} (child): birthday on {date} — {when}", "girl")
    return translate("MemberTexts", "{name} (child): birthday on {date} — {when}")


def _not_asked(form: str) -> str:
    translate = QCoreApplication.translate
    if form == "m":
        return translate("MemberTexts", "Not asked", "masculine")
    if form == "f":
        return translate("MemberTexts", "Not asked", "feminine")
    return translate("MemberTexts", "Not asked")


def badge_text(b: UpcomingBirthday) -> str:
    """One line of the birthday badge, e.g. "★ Noa (child) turns 9 on 28/11 — in 2 days"."""
    translate = QCoreApplication.translate
    values = {
        "name": isolate(b.name),
        "age": b.age,
        "date": day_month(b.on),
        "when": when_text(b.days_away),
    }
    if b.kind == "member":
        if b.age is not None:
            text = translate("MemberTexts", "Birthday: turns {age} on {date} — {when}")
        else:
            text = translate("MemberTexts", "Birthday on {date} — {when}")
    elif b.kind == "child":
        text = _child_badge(b.gender, b.age is not None)  # "(ילד)" / "(ילדה)" by the gender
    elif b.age is not None:
        text = translate("MemberTexts", "{name} (pet) turns {age} on {date} — {when}")
    else:
        text = translate("MemberTexts", "{name} (pet): birthday on {date} — {when}")
    return f"{BADGE_MARK} {text.format(**values)}"


def channel_name(channel: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "sms": translate("MemberTexts", "SMS"),
        "whatsapp": translate("MemberTexts", "WhatsApp"),
        "email": translate("MemberTexts", "E-mail"),
    }
    return names.get(channel, channel)


def how_text(how: str) -> str:
    """Where consent was recorded, in words (unknown sources shown as stored)."""
    translate = QCoreApplication.translate
    known = {
        "counter": translate("MemberTexts", "at the counter"),
        "edited": translate("MemberTexts", "edited"),
        "quick join": translate("MemberTexts", "quick join"),
        "import": translate("MemberTexts", "import"),
        "demo": translate("MemberTexts", "demo"),
    }
    return known.get(how, how)


def consent_text(record: ConsentRecord | None, form: str = "") -> str:
    """Yes since … / No since … / Not asked ("לא נשאל" / "לא נשאלה" by the member's form of
    address `form`, m or f; the slash form when it is not known)."""
    translate = QCoreApplication.translate
    if record is None:
        return _not_asked(form)
    if record.given:
        text = translate("MemberTexts", "Yes, since {date}").format(
            date=short_date(record.at.date())
        )
    else:
        text = translate("MemberTexts", "No, since {date}").format(
            date=short_date(record.at.date())
        )
    return f"{text} ({how_text(record.how)})" if record.how else text


def birthday_text(birthday: PartialDate | None, today: date) -> str:
    """dd/mm/yyyy (age N), or dd/mm without a year."""
    if birthday is None:
        return ""
    age = birthday.age_on(today)
    if age is None:
        return birthday.display()
    return (
        birthday.display()
        + SEPARATOR
        + QCoreApplication.translate("MemberTexts", "age {age}").format(age=age)
    )


def gender_text(gender: str) -> str:
    translate = QCoreApplication.translate
    return {"f": translate("MemberTexts", "girl"), "m": translate("MemberTexts", "boy")}.get(
        gender, ""
    )


def child_line(child: ChildRecord, today: date) -> str:
    parts = [isolate(child.name), gender_text(child.gender), birthday_text(child.birthday, today)]
    return SEPARATOR.join(p for p in parts if p)


def pet_line(pet: PetRecord, today: date) -> str:
    parts = [isolate(pet.name), pet.kind, birthday_text(pet.birthday, today)]
    return SEPARATOR.join(p for p in parts if p)
