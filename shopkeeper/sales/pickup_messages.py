"""The "your order is ready" message and its WhatsApp link.

The wording lives here only (``READY_MESSAGES``), so that editable greeting templates can take its
place.  ``{masculine|feminine}`` alternatives are chosen by the member's form of address; when it is
not known both are written as ``masculine/feminine-ending`` the way Hebrew forms do (מוזמן/ת).
"""

from __future__ import annotations

import re

from shopkeeper.club.records import Member
from shopkeeper.club.whatsapp import whatsapp_url
from shopkeeper.money import format_money
from shopkeeper.sales.pickup_records import PickupOrder

READY_MESSAGES: dict[str, dict[str, str]] = {
    "he": {
        "ready": "{first_name}, ההזמנה שלך מוכנה לאיסוף! קוד: {code}",
        "due": "לתשלום באיסוף: {due}",
        "welcome": "{מוזמן|מוזמנת} לבוא לאסוף",
        "signature": "{shop_name}",
    },
    "en": {
        "ready": "{first_name}, your order is ready for pickup! Code: {code}",
        "due": "To pay at pickup: {due}",
        "welcome": "See you soon",
        "signature": "{shop_name}",
    },
}
_NOT_FINAL = str.maketrans("ךםןףץ", "כמנפצ")
_ALTERNATIVES = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def ready_message(
    order: PickupOrder, member: Member | None, *, language: str = "he", shop_name: str = ""
) -> str:
    """The text sent when `order` is ready, in `language` (he or en), worded for the member."""
    texts = READY_MESSAGES.get(language, READY_MESSAGES["he"])
    form = member.address_form if member else ""
    first_name = (member.first_name or member.full_name) if member else ""
    values = {
        "first_name": first_name,
        "code": order.code,
        "due": format_money(order.due),
        "shop_name": shop_name,
    }
    lines = [_fill(texts["ready"], values, form)]
    if order.due > 0:
        lines.append(_fill(texts["due"], values, form))
    closing = _fill(texts["welcome"], values, form)
    if shop_name:
        closing += ", " + _fill(texts["signature"], values, form)
    lines.append(closing)
    text = "\n".join(lines)
    return text if first_name else text.removeprefix(", ")


def whatsapp_ready_link(
    order: PickupOrder, member: Member | None, *, language: str = "he", shop_name: str = ""
) -> str | None:
    """`https://wa.me/972…?text=…` with the ready message, or None without a member's phone."""
    if member is None or not member.phone:
        return None
    return whatsapp_url(
        member.phone, ready_message(order, member, language=language, shop_name=shop_name)
    )


def gendered(text: str, form: str) -> str:
    """Pick `{masculine|feminine}` by form of address ('m', 'f', or '' for both)."""

    def pick(match: re.Match) -> str:
        masculine, feminine = match.group(1), match.group(2)
        if form == "f":
            return feminine
        if form == "m":
            return masculine
        return _both(masculine, feminine)

    return _ALTERNATIVES.sub(pick, text)


def _both(masculine: str, feminine: str) -> str:
    """מוזמן + מוזמנת → מוזמן/ת, יקר + יקרה → יקר/ה; otherwise both in full with a slash."""
    if feminine == masculine:
        return masculine
    stem = masculine[:-1] + masculine[-1:].translate(_NOT_FINAL)
    if masculine and feminine.startswith(stem):
        return f"{masculine}/{feminine[len(stem) :]}"
    return f"{masculine}/{feminine}"


def _fill(template: str, values: dict[str, str], form: str) -> str:
    return gendered(template, form).format(**values)
