"""Marks that someone was greeted (table ``greeting``): one per member, subject, occasion and day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

BIRTHDAYS = ("birthday", "child_birthday", "pet_birthday")
SUBJECT_KINDS = ("member", "child", "pet")
BIRTHDAY_OF = dict(zip(SUBJECT_KINDS, BIRTHDAYS, strict=True))  # whose birthday → occasion
_COLUMNS = "member_id, occasion, subject_kind, subject_name, occasion_date, channel, by, at"


@dataclass(frozen=True)
class GreetedMark:
    """A note that a member (or their child or pet) was greeted for an occasion: who, when."""

    member_id: int
    occasion: str
    subject_kind: str
    subject_name: str  # the child's or pet's name; '' for the member
    occasion_date: date
    channel: str
    by: str
    at: datetime

    def to_json(self) -> dict:
        return {
            "member_id": self.member_id,
            "occasion": self.occasion,
            "subject_kind": self.subject_kind,
            "subject_name": self.subject_name,
            "occasion_date": self.occasion_date.isoformat(),
            "channel": self.channel,
            "by": self.by,
            "at": self.at.isoformat(timespec="seconds"),
        }


def find_mark(
    conn, member_id: int, kind: str, name: str, on: date, occasion: str | None = None
) -> GreetedMark | None:
    """The first mark for the subject on ``on`` (of ``occasion`` if given), or None."""
    sql = (
        f"SELECT {_COLUMNS} FROM greeting WHERE member_id=? AND subject_kind=? "
        "AND subject_name=? AND occasion_date=?"
    )
    params: tuple = (member_id, kind, name, on.isoformat())
    if occasion is not None:
        sql += " AND occasion=?"
        params += (occasion,)
    row = conn.execute(sql + " ORDER BY id LIMIT 1", params).fetchone()
    return None if row is None else _mark(row)


def _mark(row) -> GreetedMark:
    *head, day, channel, by, at = row
    return GreetedMark(*head, date.fromisoformat(day), channel, by, datetime.fromisoformat(at))


def add_mark(conn, mark: GreetedMark) -> None:
    """Insert ``mark`` (the caller holds the transaction and checked there is none yet)."""
    conn.execute(
        f"INSERT INTO greeting ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
        (
            mark.member_id,
            mark.occasion,
            mark.subject_kind,
            mark.subject_name,
            mark.occasion_date.isoformat(),
            mark.channel,
            mark.by,
            mark.at.isoformat(timespec="seconds"),
        ),
    )


def marked_between(
    conn, start: date, end: date, occasions: Iterable[str]
) -> dict[tuple[int, str, str, date], GreetedMark]:
    """The first mark of each (member_id, subject_kind, subject_name, occasion_date) with a day
    in [start, end], in one query."""
    wanted = tuple(occasions)
    if not wanted:
        return {}
    slots = ",".join("?" * len(wanted))
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM greeting "
        f"WHERE occasion_date BETWEEN ? AND ? AND occasion IN ({slots}) ORDER BY id",
        (start.isoformat(), end.isoformat(), *wanted),
    )
    marks: dict[tuple[int, str, str, date], GreetedMark] = {}
    for row in rows:
        mark = _mark(row)
        key = (mark.member_id, mark.subject_kind, mark.subject_name, mark.occasion_date)
        marks.setdefault(key, mark)
    return marks
