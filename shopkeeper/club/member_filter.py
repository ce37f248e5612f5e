"""The members list's one filter box as SQL: which member ids a typed text matches.

Digits match phone digits anywhere (`phone_fragment`) or a member number; text with letters
matches a name (every word a prefix of one of the member's name words, through `name_key`), a city
(prefix, through `member_city`), a tag (prefix, through `member_tag_tag`) or a tier (prefix of its
name, through `member_tier_tier`; the programme's lowest tier also holds members who never bought).
The caller resolves which tier names the text stands for (the programme's names, and translated ones).
Every branch is an index range scan; the branches are joined with UNION, so a member counts once.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopkeeper.club.phones import query_digits
from shopkeeper.club.text import clean_text, fold_words, has_letters, prefix_upper_bound

_MAX_MEMBER_NUMBER_DIGITS = 7
_NOTHING = ("SELECT NULL AS member_id WHERE 0", [])


def match_sql(text: str, tiers: Sequence[str] = (), lowest_tier: str = "") -> tuple[str, list]:
    """A `SELECT member_id …` of the members `text` matches, or who are in one of `tiers` (the tier
    names the text stands for, worked out by the caller; `lowest_tier` also holds members with no
    cached tier)."""
    cleaned = clean_text(text)
    branches: list[tuple[str, list]] = []
    if cleaned and has_letters(cleaned):
        branches += _name(cleaned)
        lowered = cleaned.lower()
        branches.append(
            (
                "SELECT id AS member_id FROM member WHERE lower(city) >= ? AND lower(city) < ?",
                [lowered, prefix_upper_bound(lowered)],
            )
        )
        branches.append(
            (
                "SELECT member_id FROM member_tag WHERE tag >= ? AND tag < ?",
                [cleaned, prefix_upper_bound(cleaned)],
            )
        )
    elif cleaned:
        branches += _digits(cleaned)
    tier_names = list(dict.fromkeys(tiers))
    if tier_names:
        marks = ",".join("?" * len(tier_names))
        branches.append((f"SELECT member_id FROM member_tier WHERE tier IN ({marks})", tier_names))
        if lowest_tier in tier_names:
            branches.append(
                (
                    "SELECT id AS member_id FROM member "
                    "WHERE NOT EXISTS (SELECT 1 FROM member_tier t WHERE t.member_id = member.id)",
                    [],
                )
            )
    if not branches:
        return _NOTHING[0], list(_NOTHING[1])
    sql = " UNION ".join(sql for sql, _ in branches)
    return sql, [p for _, params in branches for p in params]


def _name(text: str) -> list[tuple[str, list]]:
    words = list(dict.fromkeys(fold_words(text)))
    if not words:
        return []
    driver = max(words, key=len)
    others = [w for w in words if w != driver]
    sql = "SELECT k.member_id FROM name_key k"
    if others:
        sql += " JOIN member nm ON nm.id = k.member_id"
    sql += " WHERE k.word >= ? AND k.word < ?"
    params: list = [driver, prefix_upper_bound(driver)]
    for word in others:
        sql += " AND (' ' || nm.name_words) LIKE ?"
        params.append(f"% {word}%")
    return [(sql, params)]


def _digits(text: str) -> list[tuple[str, list]]:
    branches: list[tuple[str, list]] = []
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and text.isdigit() and len(digits) <= _MAX_MEMBER_NUMBER_DIGITS:
        branches.append(("SELECT id AS member_id FROM member WHERE number = ?", [int(digits)]))
    fragment = query_digits(text)
    if fragment:
        branches.append(
            (
                "SELECT member_id FROM phone_fragment WHERE fragment >= ? AND fragment < ?",
                [fragment, prefix_upper_bound(fragment)],
            )
        )
    return branches
