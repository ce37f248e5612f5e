"""The counter's one search box: phone digits anywhere, a member number, or name prefixes.

Every lookup is a range scan of an index (no LIKE '%…'), so it stays instant at 200,000 members:
- phone: `phone_fragment` holds every suffix of each phone's national digits, so digits found
  anywhere in a phone are a prefix of one suffix;
- names: `name_key` holds each folded word of the first and last name; the longest query word drives
  the index scan and the other words are checked against `member.name_words` of those rows only.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopkeeper.club.members import MemberService
from shopkeeper.club.phones import InvalidPhone, parse_phone, query_digits
from shopkeeper.club.records import MemberSummary
from shopkeeper.club.text import clean_text, fold_words, has_letters, prefix_upper_bound

DEFAULT_LIMIT = 20
COUNT_CAP = 10_000  # counting stops here: "10,000+" is all the counter needs to say
_MAX_MEMBER_NUMBER_DIGITS = 7
_MIN_ISRAELI_DIGITS = 7  # the shortest national number phonenumbers calls possible for IL


_FRAGMENT_IDS = "SELECT member_id FROM phone_fragment WHERE fragment >= ? AND fragment < ?"


def _may_be_whole_phone(text: str, digits: str) -> bool:
    """False when parse_phone would surely refuse `text`: fewer digits than any Israeli number and
    no international prefix (+, 00, or a carrier's 01x). Parsing costs more than the index scans."""
    return (
        "+" in text or digits[:2] in ("00", "01") or len(digits.lstrip("0")) >= _MIN_ISRAELI_DIGITS
    )


@dataclass(frozen=True)
class SearchPage:
    """The best matches of a query and how many members match in all (counted up to a cap)."""

    members: tuple[MemberSummary, ...]
    total: int  # members matching, at most the cap
    capped: bool = False  # more than `total` match (the count stopped at the cap)

    @property
    def complete(self) -> bool:
        """True when every matching member is in `members`."""
        return not self.capped and self.total <= len(self.members)


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

    def page(self, query: str, limit: int = DEFAULT_LIMIT, cap: int = COUNT_CAP) -> SearchPage:
        """The best `limit` matches and the number of members matching in all, counted through the
        same index ranges up to `cap` (only when the page is full: a short page is the whole count)."""
        ids = self.search_ids(query, limit)
        members = tuple(self._members.summaries(ids))
        if len(ids) < limit:
            return SearchPage(members, len(ids))
        total = self.count(query, cap)
        return SearchPage(members, min(total, cap), capped=total > cap)

    def count(self, query: str, cap: int = COUNT_CAP) -> int:
        """How many members `query` matches, counting stops after `cap` + 1."""
        text = clean_text(query)
        if not text:
            return 0
        if has_letters(text):
            sql, params = self._name_sql(text)
            if not sql:
                return 0
            return self._count_distinct(sql, params, cap)
        return self._count_digits(text, cap)

    def _count_distinct(self, sql: str, params: list[object], cap: int) -> int:
        bounded = f"SELECT COUNT(*) FROM (SELECT DISTINCT member_id FROM ({sql}) LIMIT ?)"
        return self._db.connection().execute(bounded, [*params, cap + 1]).fetchone()[0]

    def _count_digits(self, text: str, cap: int) -> int:
        fragment = query_digits(text)
        exact = self._exact_digit_ids(text)
        if not fragment:
            return len(exact)
        conn = self._db.connection()
        total = self._count_distinct(_FRAGMENT_IDS, [fragment, prefix_upper_bound(fragment)], cap)
        for member_id in exact:  # a member number or whole phone found besides the fragments
            inside = conn.execute(
                "SELECT 1 FROM phone_fragment WHERE member_id=? AND fragment >= ? AND fragment < ?",
                (member_id, fragment, prefix_upper_bound(fragment)),
            ).fetchone()
            total += 0 if inside else 1
        return total

    def exact_id(self, query: str) -> int | None:
        """The one member a scanned card or a full phone names, if any (for scanner input + Enter)."""
        text = clean_text(query)
        digits = "".join(ch for ch in text if ch.isdigit())
        if not digits or has_letters(text):
            return None
        if (
            len(digits) <= _MAX_MEMBER_NUMBER_DIGITS
            and digits == text
            and (found := self._members.id_by_number(int(digits)))
        ):
            return found
        return self._members.id_by_phone(text)

    def _exact_digit_ids(self, text: str) -> list[int]:
        """The member whose number `text` is, then the one whose whole phone it is (if any)."""
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
        return list(ranked)

    def _by_digits(self, text: str, limit: int) -> list[int]:
        conn = self._db.connection()
        ranked: dict[int, None] = dict.fromkeys(self._exact_digit_ids(text))
        fragment = query_digits(text)
        if fragment:
            cursor = conn.execute(
                _FRAGMENT_IDS + " ORDER BY fragment", (fragment, prefix_upper_bound(fragment))
            )
            for (member_id,) in cursor:
                if len(ranked) >= limit:
                    break
                ranked[member_id] = None
        return list(ranked)[:limit]

    def _by_name(self, text: str, limit: int) -> list[int]:
        sql, params = self._name_sql(text)
        if not sql:
            return []
        ranked: dict[int, None] = {}
        for (member_id,) in self._db.connection().execute(
            sql + " ORDER BY k.word, k.member_id", params
        ):
            ranked[member_id] = None
            if len(ranked) >= limit:
                break
        return list(ranked)

    @staticmethod
    def _name_sql(text: str) -> tuple[str, list[object]]:
        """The statement (without its order) giving `member_id` of every name match, and its
        parameters; ("", []) when the text has no words."""
        words = list(dict.fromkeys(fold_words(text)))
        if not words:
            return "", []
        name_parts = [w for w in words if not w.isdigit()] or words
        phone_parts = [w for w in words if w.isdigit()]
        driver = max(name_parts, key=len)
        others = [w for w in name_parts if w != driver]
        # The member row is joined only when other words or digits must be checked on it.
        joined = " JOIN member m ON m.id = k.member_id" if others or phone_parts else ""
        sql = f"SELECT k.member_id FROM name_key k{joined} WHERE k.word >= ? AND k.word < ?"
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
        return sql, params
