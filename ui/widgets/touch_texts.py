"""Translated names of call results, complaint statuses, channels, remedies, NPS categories and
greeting occasions, and the way dates, times, amounts and phones are shown in the call and care
pages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from shopkeeper.club.phones import format_phone
from shopkeeper.money import format_money
from ui.bidi import ltr

OVERDUE_COLOUR = QColor("#b3261e")
CATEGORY_COLOURS = {
    "promoter": QColor("#1d6b2a"),
    "passive": QColor("#8a6d00"),
    "detractor": QColor("#b3261e"),
}
CATEGORY_BACKGROUNDS = {
    "promoter": QColor("#e3f4e1"),
    "passive": QColor("#fbf3d5"),
    "detractor": QColor("#fde4e1"),
}


def _not_interested(form: str) -> str:
    translate = QCoreApplication.translate
    if form == "m":
        return translate("CallResult", "Not interested", "masculine")
    if form == "f":
        return translate("CallResult", "Not interested", "feminine")
    return translate("CallResult", "Not interested")


def result_text(result: str, form: str = "") -> str:
    """A call's result; "Not interested" in the member's form of address `form` (m or f) when
    it is known ("לא מעוניין" / "לא מעוניינת"; "לא מעוניין/ת" otherwise)."""
    translate = QCoreApplication.translate
    names = {
        "reached": translate("CallResult", "Reached"),
        "no-answer": translate("CallResult", "No answer"),
        "call-back": translate("CallResult", "Call back on"),
        "complaint": translate("CallResult", "Complaint opened"),
        "not-interested": _not_interested(form),
    }
    return names.get(result, result)


def reason_text(reason: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "winback": translate("CallReason", "Win-back"),
        "followup": translate("CallReason", "Follow-up"),
        "callback": translate("CallReason", "Call-back"),
        "other": translate("CallReason", "Other"),
        "shipped": translate("CallReason", "Shipped"),
        "amount": translate("CallReason", "Large purchase"),
    }
    return names.get(reason, reason)


def status_text(status: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "open": translate("ComplaintStatus", "Open"),
        "in-progress": translate("ComplaintStatus", "In progress"),
        "resolved": translate("ComplaintStatus", "Resolved"),
        "closed": translate("ComplaintStatus", "Closed"),
    }
    return names.get(status, status)


def channel_text(channel: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "in-person": translate("ComplaintChannel", "In person"),
        "phone": translate("ComplaintChannel", "Phone"),
        "whatsapp": translate("ComplaintChannel", "WhatsApp"),
        "sms": translate("ComplaintChannel", "SMS"),
        "email": translate("ComplaintChannel", "E-mail"),
        "other": translate("ComplaintChannel", "Other"),
    }
    return names.get(channel, channel)


def remedy_text(remedy: str | None) -> str:
    translate = QCoreApplication.translate
    names = {
        "refund": translate("ComplaintRemedy", "Refund"),
        "credit": translate("ComplaintRemedy", "Store credit"),
        "compensation": translate("ComplaintRemedy", "Compensation"),
        "replacement": translate("ComplaintRemedy", "Replacement"),
        "apology": translate("ComplaintRemedy", "Apology"),
    }
    if not remedy:
        return translate("ComplaintRemedy", "Not chosen yet")
    return names.get(remedy, remedy)


def category_text(category: str | None, form: str = "") -> str:
    """The NPS category's name, in the form of address `form` (m or f) when it is known
    ("ממליץ" / "ממליצה"; "ממליץ/ה" otherwise)."""
    translate = QCoreApplication.translate
    if form == "m":
        promoter = translate("NpsCategory", "Promoter", "masculine")
        passive = translate("NpsCategory", "Passive", "masculine")
    elif form == "f":
        promoter = translate("NpsCategory", "Promoter", "feminine")
        passive = translate("NpsCategory", "Passive", "feminine")
    else:
        promoter = translate("NpsCategory", "Promoter")
        passive = translate("NpsCategory", "Passive")
    names = {
        "promoter": promoter,
        "passive": passive,
        "detractor": translate("NpsCategory", "Detractor"),
    }
    return names.get(category or "", "")


def event_text(kind: str) -> str:
    """The name of a complaint log entry's kind ("informed", "status", …)."""
    translate = QCoreApplication.translate
    names = {
        "opened": translate("ComplaintEvent", "Opened"),
        "informed": translate("ComplaintEvent", "Customer kept informed"),
        "status": translate("ComplaintEvent", "Status"),
        "goodwill": translate("ComplaintEvent", "Goodwill points"),
        "remedy": translate("ComplaintEvent", "Remedy"),
        "owner": translate("ComplaintEvent", "Handled by"),
        "follow-up": translate("ComplaintEvent", "Follow-up"),
        "note": translate("ComplaintEvent", "Note"),
    }
    return names.get(kind, kind)


def as_date(value: date | datetime | str | None) -> date | None:
    """A date from a date, a datetime or stored ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()


def day_text(value: date | datetime | str | None) -> str:
    """dd/mm/yyyy kept left to right, or nothing."""
    day = as_date(value)
    return ltr(day.strftime("%d/%m/%Y")) if day else ""


def money_text(agorot: int) -> str:
    return ltr(format_money(agorot))


def phone_text(phone: str) -> str:
    """A stored phone shown nationally, kept left to right; nothing for no phone."""
    return ltr(format_phone(phone)) if phone else ""


def nps_text(nps: int | None) -> str:
    """An NPS with its sign (+40, -10, 0), or a dash when nobody answered."""
    if nps is None:
        return "—"
    return ltr(f"{nps:+d}" if nps else "0")


def occasion_title(occasion: str) -> str:
    """A greeting's occasion ("birthday", "winback" …) in the interface's language."""
    translate = QCoreApplication.translate
    titles = {
        "birthday": translate("Occasions", "Birthday"),
        "child_birthday": translate("Occasions", "A child's birthday"),
        "pet_birthday": translate("Occasions", "A pet's birthday"),
        "thanks": translate("Occasions", "Thank you for a purchase"),
        "ready": translate("Occasions", "Order ready"),
        "winback": translate("Occasions", "We miss you"),
        "coupon": translate("Occasions", "Coupon (advertisement)"),
        "sale": translate("Occasions", "Sale (advertisement)"),
    }
    return titles.get(occasion, occasion)
