"""Complaints: a fixed flow from open to closed, with remedy, owner, follow-up and goodwill points.

Status only moves forward (open → in-progress → resolved → closed; steps may be skipped, and closing
straight from open resolves it too). Every change writes a complaint_event in the same transaction,
so the log is the complaint's history. Goodwill points need the complaint resolved, now or in the
same change, and not yet closed; they are a ledger 'bonus' row with source 'goodwill', so the
member's balance stays the sum of the ledger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from shopkeeper.club.text import clean_text
from shopkeeper.errors import (
    ComplaintNotFound,
    ComplaintStatusRefused,
    InvalidValue,
    MemberNotFound,
)
from shopkeeper.touch.complaint_records import (
    CHANNELS,
    EVENT_KINDS,
    REMEDIES,
    STATUSES,
    WAITING,
    ComplaintEvent,
    ComplaintRecord,
    complaint_from_row,
)

__all__ = [
    "CHANNELS",
    "EVENT_KINDS",
    "REMEDIES",
    "STATUSES",
    "ComplaintEvent",
    "ComplaintRecord",
    "ComplaintService",
]

GOODWILL_SOURCE = "goodwill"


class Keep:
    """The value of an `update` argument left as it is (None clears the remedy or follow-up)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()

_SELECT = (
    "SELECT c.id, c.member_id, m.first_name, m.last_name, m.phone, c.what, c.happened_on, "
    "c.channel, c.remedy, c.owner, c.follow_up_on, c.status, c.goodwill_points, c.opened_at, "
    "c.resolved_at, c.closed_at, c.feedback_id "
    "FROM complaint c LEFT JOIN member m ON m.id = c.member_id"
)
_WAITING_SQL = "c.status IN ({})".format(", ".join(f"'{status}'" for status in WAITING))


class ComplaintService:
    """Opens, updates and lists complaints; goodwill points go through the ledger."""

    def __init__(self, db, ledger, now: Callable[[], datetime]) -> None:
        self._db = db
        self._ledger = ledger
        self._now = now

    @property
    def _conn(self):
        return self._db.connection()

    # -- opening -----------------------------------------------------------------------------
    def open(
        self,
        member_id: int,
        what: str,
        *,
        happened_on: date | None = None,
        channel: str = "in-person",
        remedy: str | None = None,
        owner: str = "",
        follow_up_on: date | None = None,
        feedback_id: int | None = None,
        by: str = "",
    ) -> int:
        """Open a complaint for a member (status 'open'); returns its id."""
        text = clean_text(what)
        if not text:
            raise InvalidValue(field="what", text=what or "")
        if channel not in CHANNELS:
            raise InvalidValue(field="channel", text=str(channel))
        _check_remedy(remedy)
        today = self._now().date()
        happened_on = happened_on or today
        if happened_on > today:
            raise InvalidValue(field="happened on", text=f"{happened_on:%d/%m/%Y}")
        conn = self._conn
        moment = self._moment()
        with self._db.atomic():
            if (
                member_id is None
                or not conn.execute("SELECT 1 FROM member WHERE id=?", (member_id,)).fetchone()
            ):
                raise MemberNotFound(key="" if member_id is None else str(member_id))
            if feedback_id is not None:
                row = conn.execute(
                    "SELECT member_id FROM feedback WHERE id=?", (feedback_id,)
                ).fetchone()
                if row is None or row[0] not in (None, member_id):
                    raise InvalidValue(field="feedback", text=str(feedback_id))
            complaint_id = conn.execute(
                "INSERT INTO complaint (member_id, what, happened_on, channel, remedy, owner, "
                "follow_up_on, status, feedback_id, goodwill_points, opened_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, 0, ?)",
                (
                    member_id,
                    text,
                    happened_on.isoformat(),
                    channel,
                    remedy,
                    clean_text(owner),
                    follow_up_on.isoformat() if follow_up_on else None,
                    feedback_id,
                    moment,
                ),
            ).lastrowid
            self._log(complaint_id, [("opened", text)], by, moment)
        return complaint_id

    def open_from_feedback(
        self,
        feedback_id: int,
        *,
        owner: str = "",
        follow_up_on: date | None = None,
        by: str = "",
    ) -> int:
        """Open a complaint from a (detractor's) feedback: its member, its comment as what
        happened, its day. Once opened, asking again returns the same complaint's id."""
        with self._db.atomic():
            row = self._conn.execute(
                "SELECT member_id, given_on, nps, comment FROM feedback WHERE id=?", (feedback_id,)
            ).fetchone()
            if row is None:
                raise InvalidValue(field="feedback", text=str(feedback_id))
            member_id, given_on, nps, comment = row
            if member_id is None:  # a walk-in's feedback: nobody to follow up with
                raise InvalidValue(field="member", text="")
            existing = self._conn.execute(
                "SELECT MIN(id) FROM complaint WHERE feedback_id=?", (feedback_id,)
            ).fetchone()[0]
            if existing is not None:
                return existing
            what = comment or (f"NPS {nps}" if nps is not None else f"feedback #{feedback_id}")
            return self.open(
                member_id,
                what,
                happened_on=min(date.fromisoformat(given_on), self._now().date()),
                owner=owner,
                follow_up_on=follow_up_on,
                feedback_id=feedback_id,
                by=by,
            )

    # -- changing ----------------------------------------------------------------------------
    def update(
        self,
        complaint_id: int,
        *,
        status: str | None = None,
        informed: str | None = None,
        goodwill: int = 0,
        remedy: str | None | Keep = KEEP,
        owner: str | None = None,
        follow_up_on: date | None | Keep = KEEP,
        note: str | None = None,
        by: str = "",
    ) -> ComplaintRecord:
        """Apply the given changes together; each one that changes something is logged as an event.

        `remedy` and `follow_up_on` stay as they are unless given; None clears them.

        `informed` records what the customer was told; `goodwill` (> 0) adds points through the
        ledger and needs the complaint resolved (now or by this same change) and not closed.
        """
        if status is not None and status not in STATUSES:
            raise InvalidValue(field="status", text=str(status))
        if not isinstance(remedy, Keep):
            _check_remedy(remedy)
        if not isinstance(goodwill, int) or isinstance(goodwill, bool) or goodwill < 0:
            raise InvalidValue(field="goodwill points", text=str(goodwill))
        informed = _required_text(informed, "informed")
        note = _required_text(note, "note")
        conn = self._conn
        moment = self._moment()
        with self._db.atomic():
            row = conn.execute(
                "SELECT member_id, status, remedy, owner, follow_up_on, goodwill_points, "
                "resolved_at FROM complaint WHERE id=?",
                (complaint_id,),
            ).fetchone()
            if row is None:
                raise ComplaintNotFound(id=complaint_id)
            member_id, current, old_remedy, old_owner, old_follow_up, points, resolved_at = row
            changes: dict[str, object] = {}
            events: list[tuple[str, str]] = []
            if status is not None and status != current:
                if STATUSES.index(status) < STATUSES.index(current):
                    raise ComplaintStatusRefused(id=complaint_id, status=current, target=status)
                changes["status"] = status
                if status in ("resolved", "closed") and resolved_at is None:
                    changes["resolved_at"] = moment
                if status == "closed":
                    changes["closed_at"] = moment
                events.append(("status", status))
            if goodwill:
                final = changes.get("status", current)
                if current == "closed" or final not in ("resolved", "closed"):
                    raise InvalidValue(field="goodwill points", text=str(goodwill))
                self._ledger.append(
                    member_id,
                    "bonus",
                    goodwill,
                    GOODWILL_SOURCE,
                    reason=f"complaint #{complaint_id}",
                    by=clean_text(by),
                )
                changes["goodwill_points"] = points + goodwill
                events.append(("goodwill", str(goodwill)))
            if not isinstance(remedy, Keep) and remedy != old_remedy:
                changes["remedy"] = remedy
                events.append(("remedy", remedy or ""))
            if owner is not None and clean_text(owner) != old_owner:
                changes["owner"] = clean_text(owner)
                events.append(("owner", clean_text(owner)))
            if not isinstance(follow_up_on, Keep):
                new_follow_up = follow_up_on.isoformat() if follow_up_on else None
                if new_follow_up != old_follow_up:
                    changes["follow_up_on"] = new_follow_up
                    events.append(("follow-up", new_follow_up or ""))
            if informed is not None:
                events.append(("informed", informed))
            if note is not None:
                events.append(("note", note))
            if changes:
                columns = ", ".join(f"{column}=?" for column in changes)
                conn.execute(
                    f"UPDATE complaint SET {columns} WHERE id=?", (*changes.values(), complaint_id)
                )
            self._log(complaint_id, events, by, moment)
        return self.get(complaint_id)

    # -- reading -----------------------------------------------------------------------------
    def get(self, complaint_id: int) -> ComplaintRecord:
        """One complaint with its log (ComplaintNotFound when there is none)."""
        found = self._records("WHERE c.id=?", (complaint_id,))
        if not found:
            raise ComplaintNotFound(id=complaint_id)
        return found[0]

    def list(self, open_only: bool = False) -> list[ComplaintRecord]:
        """Complaints, newest first; `open_only` keeps those not yet resolved or closed."""
        where = f"WHERE {_WAITING_SQL} " if open_only else ""
        return self._records(f"{where}ORDER BY c.id DESC", ())

    def follow_ups_due(self, on: date) -> list[ComplaintRecord]:
        """Open and in-progress complaints whose follow-up day is `on` or earlier: overdue ones
        first (earliest day first), then those due on the day."""
        return self._records(
            f"WHERE {_WAITING_SQL} AND c.follow_up_on IS NOT NULL AND c.follow_up_on <= ? "
            "ORDER BY c.follow_up_on, c.id",
            (on.isoformat(),),
        )

    def for_member(self, member_id: int) -> list[ComplaintRecord]:
        """A member's complaints, newest first."""
        return self._records("WHERE c.member_id=? ORDER BY c.id DESC", (member_id,))

    # -- helpers -----------------------------------------------------------------------------
    def _moment(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def _log(self, complaint_id: int, events: Sequence[tuple[str, str]], by: str, at: str) -> None:
        self._conn.executemany(
            "INSERT INTO complaint_event (complaint_id, kind, text, by, at) VALUES (?, ?, ?, ?, ?)",
            [(complaint_id, kind, text, clean_text(by), at) for kind, text in events],
        )

    def _records(self, tail: str, params: tuple) -> list[ComplaintRecord]:
        rows = self._conn.execute(f"{_SELECT} {tail}", params).fetchall()
        events: dict[int, list[ComplaintEvent]] = {row[0]: [] for row in rows}
        ids = list(events)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            for complaint_id, kind, text, by, at in self._conn.execute(
                "SELECT complaint_id, kind, text, by, at FROM complaint_event "
                f"WHERE complaint_id IN ({','.join('?' * len(part))}) ORDER BY id",
                part,
            ):
                events[complaint_id].append(
                    ComplaintEvent(kind, text, by, datetime.fromisoformat(at))
                )
        return [complaint_from_row(row, tuple(events[row[0]])) for row in rows]


def _check_remedy(remedy: str | None) -> None:
    if remedy is not None and remedy not in REMEDIES:
        raise InvalidValue(field="remedy", text=str(remedy))


def _required_text(text: str | None, field: str) -> str | None:
    """None stays None (nothing to record); anything else must have some text."""
    if text is None:
        return None
    cleaned = clean_text(text)
    if not cleaned:
        raise InvalidValue(field=field, text=text)
    return cleaned
