"""Customer feedback: NPS answers with comments, Likert answers to the owner's statements.

NPS counts every answer whose `given_on` falls in the period (both ends included): promoters 9–10,
passives 7–8, detractors 0–6. Feedback may come from a walk-in customer without a member. A retired
statement is no longer asked, but its answers stay and still count in the Likert means.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from shopkeeper.club.records import full_name
from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue, MemberNotFound
from shopkeeper.touch.feedback_records import (
    FeedbackRecord,
    LikertResult,
    NpsReport,
    Statement,
    category,
)

__all__ = [
    "FeedbackRecord",
    "FeedbackService",
    "LikertResult",
    "NpsReport",
    "Statement",
    "category",
    "month_starts",
]

_COUNTS = (
    "SELECT COALESCE(SUM(nps >= 9), 0), COALESCE(SUM(nps BETWEEN 7 AND 8), 0), "
    "COALESCE(SUM(nps <= 6), 0) FROM feedback WHERE nps IS NOT NULL"
)


class FeedbackService:
    """Records feedback and computes NPS for any period."""

    def __init__(self, db, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    @property
    def _conn(self):
        return self._db.connection()

    # -- recording ---------------------------------------------------------------------------
    def add(
        self,
        member_id: int | None,
        nps: int | None,
        *,
        comment: str = "",
        given_on: date | None = None,
        answers: Mapping[int, int] | None = None,
        by: str = "",
    ) -> int:
        """Record one customer's feedback (member_id None for a walk-in); returns its id.

        `answers` maps statement id → 1–5. At least an NPS, an answer or a comment is needed.
        """
        if nps is not None and not _whole_in(nps, 0, 10):
            raise InvalidValue(field="NPS", text=str(nps))
        answers = dict(answers or {})
        for score in answers.values():
            if not _whole_in(score, 1, 5):
                raise InvalidValue(field="score", text=str(score))
        comment = clean_text(comment)
        if nps is None and not answers and not comment:
            raise InvalidValue(field="feedback", text="")
        given_on = given_on or self._now().date()
        conn = self._conn
        with self._db.atomic():
            if (
                member_id is not None
                and not conn.execute("SELECT 1 FROM member WHERE id=?", (member_id,)).fetchone()
            ):
                raise MemberNotFound(key=str(member_id))
            for statement_id in answers:
                row = conn.execute(
                    "SELECT active FROM feedback_statement WHERE id=?", (statement_id,)
                ).fetchone()
                if row is None or not row[0]:
                    raise InvalidValue(field="statement", text=str(statement_id))
            feedback_id = conn.execute(
                "INSERT INTO feedback (member_id, given_on, nps, comment, by, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (member_id, given_on.isoformat(), nps, comment, clean_text(by), self._moment()),
            ).lastrowid
            conn.executemany(
                "INSERT INTO feedback_answer (feedback_id, statement_id, score) VALUES (?, ?, ?)",
                [(feedback_id, sid, score) for sid, score in sorted(answers.items())],
            )
        return feedback_id

    # -- NPS ---------------------------------------------------------------------------------
    def nps(self, start: date | None = None, end: date | None = None) -> NpsReport:
        """NPS of the answers given from `start` to `end` (inclusive; None = open-ended)."""
        _check_period(start, end)
        where, params = _period(start, end)
        row = self._conn.execute(_COUNTS + where, params).fetchone()
        return NpsReport.of(*row)

    def by_month(self, start: date, end: date) -> list[tuple[str, NpsReport]]:
        """("YYYY-MM", report) for every month touching [start, end], in order; the first and last
        months count only the days inside the range. Months without answers have NPS None."""
        _check_period(start, end)
        where, params = _period(start, end)
        counts = {
            month: NpsReport.of(promoters, passives, detractors)
            for month, promoters, passives, detractors in self._conn.execute(
                "SELECT substr(given_on, 1, 7), COALESCE(SUM(nps >= 9), 0), "
                "COALESCE(SUM(nps BETWEEN 7 AND 8), 0), COALESCE(SUM(nps <= 6), 0) "
                f"FROM feedback WHERE nps IS NOT NULL{where} GROUP BY 1",
                params,
            )
        }
        empty = NpsReport.of(0, 0, 0)
        return [
            (month, counts.get(month, empty))
            for month in (f"{m:%Y-%m}" for m in month_starts(start, end))
        ]

    # -- Likert statements -------------------------------------------------------------------
    def statements(self, active_only: bool = True) -> list[Statement]:
        """The owner's statements in the order they were added."""
        sql = "SELECT id, text, active FROM feedback_statement"
        if active_only:
            sql += " WHERE active=1"
        return [Statement(r[0], r[1], bool(r[2])) for r in self._conn.execute(sql + " ORDER BY id")]

    def add_statement(self, text: str) -> int:
        """A new statement to answer 1–5; refused when empty or when an active one says the same."""
        cleaned = clean_text(text)
        if not cleaned:
            raise InvalidValue(field="statement", text=text or "")
        with self._db.atomic():
            if self._conn.execute(
                "SELECT 1 FROM feedback_statement WHERE active=1 AND text=?", (cleaned,)
            ).fetchone():
                raise InvalidValue(field="statement", text=cleaned)
            return self._conn.execute(
                "INSERT INTO feedback_statement (text, active, created_at) VALUES (?, 1, ?)",
                (cleaned, self._moment()),
            ).lastrowid

    def retire_statement(self, statement_id: int) -> None:
        """Stop asking a statement; its answers are kept and still counted."""
        with self._db.atomic():
            cursor = self._conn.execute(
                "UPDATE feedback_statement SET active=0 WHERE id=?", (statement_id,)
            )
            if cursor.rowcount == 0:
                raise InvalidValue(field="statement", text=str(statement_id))

    def likert(self, start: date | None = None, end: date | None = None) -> list[LikertResult]:
        """Mean answer per statement in the period (2 decimals): every active statement, and
        retired ones answered in the period."""
        _check_period(start, end)
        where, params = _period(start, end, column="f.given_on")
        answered = {
            sid: (total, count)
            for sid, total, count in self._conn.execute(
                "SELECT a.statement_id, SUM(a.score), COUNT(*) FROM feedback_answer a "
                f"JOIN feedback f ON f.id = a.feedback_id WHERE 1{where} GROUP BY a.statement_id",
                params,
            )
        }
        results = []
        for statement in self.statements(active_only=False):
            total, count = answered.get(statement.id, (0, 0))
            if count or statement.active:
                mean = round(total / count, 2) if count else None
                results.append(
                    LikertResult(statement.id, statement.text, mean, count, statement.active)
                )
        return results

    # -- reading -----------------------------------------------------------------------------
    def recent(self, limit: int = 50) -> list[FeedbackRecord]:
        """The latest feedback, newest day first."""
        return self._records("ORDER BY f.given_on DESC, f.id DESC LIMIT ?", (limit,))

    def get(self, feedback_id: int) -> FeedbackRecord:
        """One piece of feedback (InvalidValue when there is none with that id)."""
        found = self._records("WHERE f.id=?", (feedback_id,))
        if not found:
            raise InvalidValue(field="feedback", text=str(feedback_id))
        return found[0]

    def for_member(self, member_id: int, limit: int = 50) -> list[FeedbackRecord]:
        """A member's feedback, newest first."""
        return self._records(
            "WHERE f.member_id=? ORDER BY f.given_on DESC, f.id DESC LIMIT ?", (member_id, limit)
        )

    # -- helpers -----------------------------------------------------------------------------
    def _moment(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def _records(self, tail: str, params: tuple) -> list[FeedbackRecord]:
        rows = self._conn.execute(
            "SELECT f.id, f.member_id, m.first_name, m.last_name, m.phone, f.given_on, f.nps, "
            "f.comment, (SELECT MIN(c.id) FROM complaint c WHERE c.feedback_id = f.id), "
            "m.address_form "
            f"FROM feedback f LEFT JOIN member m ON m.id = f.member_id {tail}",
            params,
        ).fetchall()
        answers: dict[int, list[tuple[int, int]]] = {row[0]: [] for row in rows}
        ids = list(answers)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            for feedback_id, statement_id, score in self._conn.execute(
                "SELECT feedback_id, statement_id, score FROM feedback_answer "
                f"WHERE feedback_id IN ({','.join('?' * len(part))}) ORDER BY statement_id",
                part,
            ):
                answers[feedback_id].append((statement_id, score))
        return [
            FeedbackRecord(
                id=row[0],
                member_id=row[1],
                member_name=full_name(row[2] or "", row[3] or ""),
                given_on=date.fromisoformat(row[5]),
                nps=row[6],
                comment=row[7],
                category=category(row[6]),
                member_phone=row[4] or "",
                answers=tuple(answers[row[0]]),
                complaint_id=row[8],
                member_form=row[9] or "",
            )
            for row in rows
        ]


def month_starts(start: date, end: date) -> list[date]:
    """The first day of every month from start's month to end's month, in order."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _whole_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise InvalidValue(field="period", text=f"{start:%d/%m/%Y}–{end:%d/%m/%Y}")


def _period(start: date | None, end: date | None, column: str = "given_on") -> tuple[str, tuple]:
    where, params = "", ()
    if start is not None:
        where += f" AND {column} >= ?"
        params += (start.isoformat(),)
    if end is not None:
        where += f" AND {column} <= ?"
        params += (end.isoformat(),)
    return where, params
