"""Cleaning what people type, and folding names into search words."""

from __future__ import annotations

import re
import unicodedata

# Bidi controls that sneak in when text is pasted from WhatsApp, Excel or a web page.
DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_MARKS_TABLE = str.maketrans("", "", DIRECTION_MARKS)

# Quotes, geresh and gershayim are part of a name ("שימי", ג'ונסון), so searching ignores them.
_IGNORED_IN_NAMES = str.maketrans("", "", "'\"`\u05f3\u05f4\u2018\u2019\u201c\u201d\u00b4")


def clean_text(text: str | None) -> str:
    """Remove direction marks anywhere and trim surrounding white space; keep the rest as typed."""
    if text is None:
        return ""
    return str(text).translate(_MARKS_TABLE).strip()


def fold_words(text: str) -> list[str]:
    """The words a name is found by: lower-cased, without niqqud, accents or quotes.

    Any other punctuation separates words, so `<b>מיכל</b>` gives `b`, `מיכל`, `b`.
    """
    decomposed = unicodedata.normalize("NFKD", clean_text(text).translate(_IGNORED_IN_NAMES))
    letters = "".join(
        ch if ch.isalnum() else " "
        for ch in decomposed
        if not unicodedata.combining(ch)
    )
    return letters.casefold().split()


def name_words(first_name: str, last_name: str) -> list[str]:
    """Distinct folded words of a member's first and last names, in order."""
    seen: dict[str, None] = {}
    for word in fold_words(first_name) + fold_words(last_name):
        seen.setdefault(word, None)
    return list(seen)


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with `prefix` (code-point order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


_DIGITS = re.compile(r"\d")


def digits_of(text: str) -> str:
    """Only the ASCII digits of `text` (any Unicode digit is converted)."""
    return "".join(str(int(ch)) for ch in text if ch.isdigit())


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
