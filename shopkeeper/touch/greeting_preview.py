"""A greeting text as a sample member would receive it: the template editor's live preview."""

from __future__ import annotations

from datetime import date

from shopkeeper.errors import ShopError
from shopkeeper.printing.placeholders import check_template, fill
from shopkeeper.touch.greeting_texts import (
    OPTIONAL,
    PLACEHOLDERS,
    PROMOTIONS,
    advertisement_frame,
    pet_kind_text,
)
from shopkeeper.touch.greeting_values import age_text

# a sample member per form of address: first name, last name, child, pet
_SAMPLES = {
    ("he", "f"): ("נועה", "כהן", "מאיה", "רקסי"),
    ("he", "m"): ("דני", "לוי", "איתי", "רקסי"),
    ("en", "f"): ("Noa", "Cohen", "Maya", "Rexy"),
    ("en", "m"): ("Dan", "Levi", "Ethan", "Rexy"),
}


def problems(body: str) -> list[ShopError]:
    """Every problem of a greeting text (unknown placeholder, brace, forms), in order."""
    return check_template(body, PLACEHOLDERS)


def sample_texts(
    language: str, form: str, shop_name: str, on: date, tier: str | None = None
) -> dict[str, str]:
    """The placeholders' values for the sample member addressed as `form` ("f" or "m"); `tier`
    is a tier of the shop's programme (see ``sample_tiers``)."""
    first, last, child, pet = _SAMPLES.get((language, form), _SAMPLES[(language, "f")])
    return {
        "first_name": first,
        "last_name": last,
        "shop_name": shop_name or ("החנות של דנה" if language == "he" else "Dana's Shop"),
        "points": "240",
        "tier": tier if tier is not None else ("זהב" if language == "he" else "Gold"),
        "date": on.strftime("%d/%m/%Y"),
        "age": age_text(40, language),
        "child_name": child,
        "child_age": age_text(7, language),
        "pet_name": pet,
        "pet_kind": pet_kind_text("dog", language),
        "pet_age": age_text(3, language),
        "details": "20% הנחה על כל הנרות" if language == "he" else "20% off all candles",
    }


def sample_greeting(
    occasion: str,
    language: str,
    body: str,
    form: str,
    *,
    shop_name: str,
    on: date,
    tier: str | None = None,
) -> str:
    """`body` filled in for the sample member (for a child's birthday, a daughter or a son: the
    child's gender picks the forms); a promotion gets its advertisement frame. Raises the text's
    first problem."""
    texts = sample_texts(language, form, shop_name, on, tier)
    text = fill(body, texts, form, optional=OPTIONAL)
    if occasion in PROMOTIONS:
        text = advertisement_frame(text, texts["shop_name"], language)
    return text
