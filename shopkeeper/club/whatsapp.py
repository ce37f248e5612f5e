"""Links that open a WhatsApp chat with a text ready to send (the shopkeeper presses send)."""

from __future__ import annotations

from urllib.parse import quote

from shopkeeper.club.phones import parse_phone


def whatsapp_url(phone: str, text: str) -> str:
    """`https://wa.me/<international digits>?text=<text, percent-encoded>` for a stored (E.164)
    or typed phone: 052-345-6789 and +972523456789 both give wa.me/972523456789.  Spaces are
    %20 and line breaks %0A, never `+`, which WhatsApp would print."""
    digits = parse_phone(phone).e164.lstrip("+")
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"
