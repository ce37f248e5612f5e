"""Money is integer agorot inside the app; these are the only places it meets text."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidAmount

_MONEY = re.compile(r"^-?\d{1,9}(?:[.,]\d{1,2})?$")


def parse_money(text: str | int | float, *, allow_negative: bool = False) -> int:
    """Agorot from "149.90", "149,9", "₪ 20", "20 ש״ח" or a number; InvalidAmount otherwise."""
    if isinstance(text, int) and not isinstance(text, bool):
        raw = str(text)
    else:
        raw = clean_text(str(text)).replace("₪", "").replace("ש״ח", "").replace('ש"ח', "")
        raw = raw.replace("NIS", "").replace(" ", "").strip()
    if isinstance(text, float):
        raw = f"{text:.2f}"
    if not _MONEY.match(raw):
        raise InvalidAmount(text=clean_text(str(text)))
    try:
        agorot = int((Decimal(raw.replace(",", ".")) * 100).to_integral_value())
    except InvalidOperation as exc:
        raise InvalidAmount(text=clean_text(str(text))) from exc
    if agorot < 0 and not allow_negative:
        raise InvalidAmount(text=clean_text(str(text)))
    return agorot


def format_money(agorot: int) -> str:
    """₪149.90 — the sign first, whole shekels without decimals (₪20)."""
    sign = "-" if agorot < 0 else ""
    shekels, cents = divmod(abs(agorot), 100)
    return f"{sign}₪{shekels:,}" if cents == 0 else f"{sign}₪{shekels:,}.{cents:02d}"


def money_json(agorot: int) -> float:
    """Shekels as a JSON number (149.9)."""
    return round(agorot / 100, 2)
