"""Win-back and after-purchase follow-up call lists, and the log of calls made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from shopkeeper.club.records import full_name_sql
from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue, MemberNotFound, PurchaseNotFound
from shopkeeper.touch.call_records import (
    REASONS,
    RESULTS,
    CallBackEntry,
    CallRecord,
    FollowUpEntry,
    WinbackEntry,
)
from shopkeeper.touch.call_winback import lapsed_members

__all__ = [
    "REASONS",
    "RESULTS",
    "CallBackEntry",
    "CallRecord",
    "CallRules",
    "CallService",
    "FollowUpEntry",
    "WinbackEntry",
]

# settings keys (defaults in shopkeeper.settings.DEFAULTS)
WINBACK_DAYS = "winback_days"
FOLLOWUP_DAYS = "followup_days"
FOLLOWUP_MIN_AMOUNT = "followup_min_amount"  # agorot; 0 turns the amount rule off
RULE_KEYS = (WINBACK_DAYS, FOLLOWUP_DAYS, FOLLOWUP_MIN_AMOUNT)
FOLLOWUP_LOOKBACK = 30  # days: an older purchase is not followed up any more
MAX_DAYS = 3660  # the longest win-back or follow-up wait accepted
MAX_AMOUNT = 10**12  # agorot


@dataclass(frozen=True)
class CallRules:
    """The shop's call rules: lapsed after `winback_days` without a purchase; purchases shipped
    or of at least `followup_min_amount` agorot (0: shipped only) followed up after
    `followup_days`."""

    winback_days: int
    followup_days: int
    followup_min_amount: int


_CALL_COLUMNS = "id, member_id, reason, purchase_id, result, call_back_on, note, by, at"
_MEMBER_COLUMNS = f"m.number, {full_name_sql('m')}, m.phone"
_FOLLOWUPS = (
    f"SELECT p.member_id, {_MEMBER_COLUMNS}, p.id, p.at, p.amount, p.fulfilment "
    "FROM purchase p JOIN member m ON m.id = p.member_id "
    "WHERE p.at >= ? AND p.at < ? AND p.voided_at IS NULL "
    "AND (p.fulfilment = 'shipped' OR (? > 0 AND p.amount >= ?)) "
    "AND NOT EXISTS (SELECT 1 FROM call_log c WHERE c.purchase_id = p.id "
    "AND c.reason = 'followup') "
    "ORDER BY p.at, p.id"
)
_CALL_BACKS = (
    f"SELECT c.member_id, {_MEMBER_COLUMNS}, c.call_back_on, c.note, c.id, m.address_form "
    "FROM call_log c JOIN member m ON m.id = c.member_id "
    "WHERE c.call_back_on IS NOT NULL AND c.call_back_on <= ? "
    "AND NOT EXISTS (SELECT 1 FROM call_log later WHERE later.member_id = c.member_id "
    "AND (later.at > c.at OR (later.at = c.at AND later.id > c.id))) "
    "ORDER BY c.call_back_on, c.at, c.id"
)


class CallService:
    """Whom to call (lapsed members by value, follow-ups, call-backs due) and what came of it."""

    def __init__(self, db, settings, now: Callable[[], datetime]) -> None:
        self._db = db
        self._settings = settings
        self._now = now

    @property
    def _conn(self):
        return self._db.connection()

    # -- whom to call ----------------------------------------------------------------------
    def winback(self, on: date, *, days: int | None = None, limit: int = 200) -> list[WinbackEntry]:
        """Members who have not bought in the `days` days up to `on` (default: the
        `winback_days` setting), best value first: 12-month spend, then visits, then the most
        recent purchase.  Members called (for any reason) in those days are left out; members
        who never bought come last, once they have been members for `days` days."""
        days = self._whole(WINBACK_DAYS, 1, MAX_DAYS) if days is None else days
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
            raise InvalidValue(field="days", text=str(days))
        return lapsed_members(self._conn, on, days, limit)

    def followups(self, on: date) -> list[FollowUpEntry]:
        """Purchases to ask about, oldest first: made `followup_days` days before `on` or
        earlier (up to 30 days back), shipped or of at least `followup_min_amount`, not voided,
        and without a follow-up call logged for them yet."""
        days = self._whole(FOLLOWUP_DAYS, 0, MAX_DAYS)
        minimum = self._whole(FOLLOWUP_MIN_AMOUNT, 0, MAX_AMOUNT)
        oldest = on - timedelta(days=max(FOLLOWUP_LOOKBACK, days))
        newest = on - timedelta(days=days)
        rows = self._conn.execute(
            _FOLLOWUPS,
            (oldest.isoformat(), (newest + timedelta(days=1)).isoformat(), minimum, minimum),
        ).fetchall()
        return [
            FollowUpEntry(
                member_id=r[0],
                number=r[1],
                name=r[2],
                phone=r[3],
                purchase_id=r[4],
                purchase_at=datetime.fromisoformat(r[5]),
                total=r[6],
                reason="shipped" if r[7] == "shipped" else "amount",
            )
            for r in rows
        ]

    def call_backs_due(self, on: date) -> list[CallBackEntry]:
        """Members who asked to be called back on `on` or before, earliest first, unless a
        later call to them has been logged since."""
        rows = self._conn.execute(_CALL_BACKS, (on.isoformat(),)).fetchall()
        return [
            CallBackEntry(
                member_id=r[0],
                number=r[1],
                name=r[2],
                phone=r[3],
                call_back_on=date.fromisoformat(r[4]),
                note=r[5],
                call_id=r[6],
                address_form=r[7] or "",
            )
            for r in rows
        ]

    # -- the log -----------------------------------------------------------------------------
    def log(
        self,
        member_id: int,
        result: str,
        *,
        reason: str = "winback",
        call_back_on: date | None = None,
        note: str = "",
        by: str = "",
        purchase_id: int | None = None,
    ) -> CallRecord:
        """Record a call to a member and what came of it.  A call-back needs the day to call
        back (today or later), and only a call-back has one; a purchase must be the member's."""
        if result not in RESULTS:
            raise InvalidValue(field="result", text=str(result))
        if reason not in REASONS:
            raise InvalidValue(field="reason", text=str(reason))
        now = self._now().replace(microsecond=0)
        if result == "call-back" and call_back_on is None:
            raise InvalidValue(field="call back on", text="")
        if result != "call-back" and call_back_on is not None:
            raise InvalidValue(field="call back on", text=call_back_on.isoformat())
        if call_back_on is not None and call_back_on < now.date():
            raise InvalidValue(field="call back on", text=f"{call_back_on:%d/%m/%Y}")
        with self._db.atomic():
            conn = self._conn
            if conn.execute("SELECT 1 FROM member WHERE id=?", (member_id,)).fetchone() is None:
                raise MemberNotFound(key=str(member_id))
            if purchase_id is not None:
                row = conn.execute(
                    "SELECT member_id FROM purchase WHERE id=?", (purchase_id,)
                ).fetchone()
                if row is None:
                    raise PurchaseNotFound(id=purchase_id)
                if row[0] != member_id:
                    raise InvalidValue(field="purchase", text=str(purchase_id))
            call_id = conn.execute(
                "INSERT INTO call_log (member_id, reason, purchase_id, result, call_back_on, note, "
                "by, at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    member_id,
                    reason,
                    purchase_id,
                    result,
                    call_back_on.isoformat() if call_back_on else None,
                    clean_text(note),
                    clean_text(by),
                    now.isoformat(timespec="seconds"),
                ),
            ).lastrowid
            row = conn.execute(
                f"SELECT {_CALL_COLUMNS} FROM call_log WHERE id=?", (call_id,)
            ).fetchone()
        return CallRecord.from_row(row)

    def history(self, member_id: int, limit: int = 20) -> list[CallRecord]:
        """The member's calls, newest first."""
        rows = self._conn.execute(
            f"SELECT {_CALL_COLUMNS} FROM call_log WHERE member_id=? "
            "ORDER BY at DESC, id DESC LIMIT ?",
            (member_id, limit),
        ).fetchall()
        return [CallRecord.from_row(row) for row in rows]

    # -- the shop's rules ------------------------------------------------------------------
    def rules(self) -> CallRules:
        """When members count as lapsed and which purchases are followed up."""
        return CallRules(
            winback_days=self._whole(WINBACK_DAYS, 1, MAX_DAYS),
            followup_days=self._whole(FOLLOWUP_DAYS, 0, MAX_DAYS),
            followup_min_amount=self._whole(FOLLOWUP_MIN_AMOUNT, 0, MAX_AMOUNT),
        )

    def set_rules(self, rules: CallRules) -> None:
        """Save all three rules at once, or none when one is out of range (InvalidValue)."""
        for key, value, least, most in (
            (WINBACK_DAYS, rules.winback_days, 1, MAX_DAYS),
            (FOLLOWUP_DAYS, rules.followup_days, 0, MAX_DAYS),
            (FOLLOWUP_MIN_AMOUNT, rules.followup_min_amount, 0, MAX_AMOUNT),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
                raise InvalidValue(field=key, text=str(value))
        with self._db.atomic():
            self._settings.set(WINBACK_DAYS, str(rules.winback_days))
            self._settings.set(FOLLOWUP_DAYS, str(rules.followup_days))
            self._settings.set(FOLLOWUP_MIN_AMOUNT, str(rules.followup_min_amount))

    def set_rule(self, key: str, text: str) -> CallRules:
        """Change one rule, typed as text (a whole number of days, or agorot for
        `followup_min_amount`), checked as `set_rules` checks it; InvalidValue if it is not."""
        if key not in RULE_KEYS:
            raise InvalidValue(field="setting", text=key)
        cleaned = clean_text(text)
        if not cleaned.isdigit():
            raise InvalidValue(field=key, text=cleaned)
        rules = replace(self.rules(), **{key: int(cleaned)})
        self.set_rules(rules)
        return rules

    def _whole(self, key: str, least: int, most: int) -> int:
        """A whole-number setting from `least` to `most`; InvalidValue naming the key if it holds
        anything else."""
        text = self._settings.get(key).strip()
        if not text.isdigit() or not least <= int(text) <= most:
            raise InvalidValue(field=key, text=text)
        return int(text)
