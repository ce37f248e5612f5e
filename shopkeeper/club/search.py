"""The counter's one search box: phone digits anywhere, a member number, or name prefixes.

Every lookup is a range scan of an index (no LIKE '%…'), so it stays instant at 200,000 members:
- phone: `phone_fragment` holds every suffix of each phone's national digits, so digits found
  anywhere in a phone are a prefix of one suffix;
- names: `name_key` holds each folded word of the first and last name; the longest query word drives
  the index scan and the other words are checked against `member.name_words` of those rows only.
"""

from __future__ import annotations

from shopkeeper.club.members import MemberService
from shopkeeper.club.phones import InvalidPhone, parse_phone, query_digits
from shopkeeper.club.records import MemberSummary
from shopkeeper.club.text import clean_text, fold_words, has_letters, prefix_upper_bound

DEFAULT_LIMIT = 20
_MAX_MEMBER_NUMBER_DIGITS = 7
_MIN_ISRAELI_DIGITS = 7  # the shortest national number phonenumbers calls possible for IL


def _may_be_whole_phone(text: str, digits: str) -> bool:
    """False when parse_phone would surely refuse `text`: fewer digits than any Israeli number and
    no international prefix (+, 00, or a carrier's 01x). Parsing costs more than the index scans."""
    return "+" in text or digits[:2] in ("00", "01") or len(digits.lstrip("0")) >= _MIN_ISRAELI_DIGITS


class MemberSearch:
    """Ranked search: exact member number, exact phone, phone digits, then name prefixes."""

    def __init__(self, db, members: MemberService) -> None:
        self._db = db
        self._members = members

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[MemberSummary]:
        return self._members.summaries(self.search_ids(query, limit))

    def search_ids(self, query: str, limit: int = DEFAULT_LIMIT) -> list[int]:
        """Ids of the best matches, best first, at most `limit`."""
        text = clean_text(query)
        if not text:
            return []
        if has_letters(text):
            return self._by_name(text, limit)
        return self._by_digits(text, limit)

    def exact_id(self, query: str) -> int | None:
        """The one member a scanned card or a full phone names, if any (for scanner input + Enter)."""
        text = clean_text(query)
        digits = "".join(ch for ch in text if ch.isdigit())
        if not digits or has_letters(text):
            return None
        if len(digits) <= _MAX_MEMBER_NUMBER_DIGITS and digits == text and (
            found := self._members.id_by_number(int(digits))
        ):
            return found
        return self._members.id_by_phone(text)

    def _by_digits(self, text: str, limit: int) -> list[int]:
        conn = self._db.connection()
        ranked: dict[int, None] = {}
        digits = "".join(ch for ch in text if ch.isdigit())
        if text.isdigit() and len(digits) <= _MAX_MEMBER_NUMBER_DIGITS:
            row = conn.execute("SELECT id FROM member WHERE number=?", (int(digits),)).fetchone()
            if row:
                ranked[row[0]] = None
        e164 = None
        if _may_be_whole_phone(text, digits):
            try:
                e164 = parse_phone(text).e164
            except InvalidPhone:
                e164 = None
        if e164:
            row = conn.execute("SELECT id FROM member WHERE phone=?", (e164,)).fetchone()
            if row:
                ranked[row[0]] = None
        fragment = query_digits(text)
        if fragment:
            cursor = conn.execute(
                "SELECT member_id FROM phone_fragment WHERE fragment >= ? AND fragment < ? ORDER BY fragment",
                (fragment, prefix_upper_bound(fragment)),
            )
            for (member_id,) in cursor:
                if len(ranked) >= limit:
                    break
                ranked[member_id] = None
        return list(ranked)[:limit]

    def _by_name(self, text: str, limit: int) -> list[int]:
        words = list(dict.fromkeys(fold_words(text)))
        if not words:
            return []
        name_parts = [w for w in words if not w.isdigit()] or words
        phone_parts = [w for w in words if w.isdigit()]
        driver = max(name_parts, key=len)
        others = [w for w in name_parts if w != driver]
        sql = (
            "SELECT k.member_id FROM name_key k JOIN member m ON m.id = k.member_id "
            "WHERE k.word >= ? AND k.word < ?"
        )
        params: list[object] = [driver, prefix_upper_bound(driver)]
        for word in others:
            sql += " AND (' ' || m.name_words) LIKE ?"
            params.append(f"% {word}%")
        for digits in phone_parts:
            # Digits next to a name narrow by phone like a phone query does (national digits,
            # anywhere): matching the E.164 text instead would let "72" hit every +972 number.
            fragment = query_digits(digits)
            sql += (
                " AND EXISTS (SELECT 1 FROM phone_fragment f WHERE f.member_id = m.id"
                " AND f.fragment >= ? AND f.fragment < ?)"
            )
            params += [fragment, prefix_upper_bound(fragment)]
        sql += " ORDER BY k.word, k.member_id"
        ranked: dict[int, None] = {}
        for (member_id,) in self._db.connection().execute(sql, params):
            ranked[member_id] = None
            if len(ranked) >= limit:
                break
        return list(ranked)
