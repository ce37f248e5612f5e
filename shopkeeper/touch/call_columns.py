"""The columns of a call list, as the printed sheet and the exported file show them.

One set per kind of list (win-back, follow-ups, call-backs).  A value is kept typed (a date,
agorot, a count) so a spreadsheet gets real dates and numbers and the sheet formats them
its own way; "result" and "notes" are left empty, to be filled in by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.phones import format_phone
from shopkeeper.touch.call_records import CallBackEntry, FollowUpEntry, WinbackEntry

KINDS = ("text", "phone", "date", "count", "money", "blank")

CallEntry = WinbackEntry | FollowUpEntry | CallBackEntry


@dataclass(frozen=True)
class Column:
    key: str
    he: str
    en: str
    kind: str  # one of KINDS
    width: float  # share of the printed table's width
    value: Callable[[CallEntry], object]
    printed: bool = True  # on the sheet as well as in the file

    def title(self, language: str) -> str:
        return self.he if language == "he" else self.en


_REASON = {
    "he": {"shipped": "נשלח", "amount": "קנייה גדולה"},
    "en": {"shipped": "Shipped", "amount": "Large purchase"},
}

_START = (
    Column("number", "מס׳ חבר", "Member no.", "count", 0, lambda e: e.number, printed=False),
    Column("name", "שם", "Name", "text", 3.2, lambda e: e.name),
    Column("phone", "טלפון", "Phone", "phone", 2.7, lambda e: format_phone(e.phone)),
)
_END = (
    Column("result", "תוצאה", "Result", "blank", 2.3, lambda e: None),
    Column("notes", "הערות", "Notes", "blank", 3.0, lambda e: None),
)
WINBACK_COLUMNS = (
    *_START,
    Column(
        "last_purchase_on",
        "קנייה אחרונה",
        "Last purchase",
        "date",
        2.2,
        lambda e: e.last_purchase_on,
    ),
    Column("days_since", "ימים", "Days", "count", 1.0, lambda e: e.days_since),
    Column("spend_12m", "קניות 12 ח׳", "12-month spend", "money", 2.0, lambda e: e.spend_12m),
    Column("visits_12m", "ביקורים", "Visits", "count", 1.3, lambda e: e.visits_12m),
    Column(
        "last_called_at",
        "שיחה קודמת",
        "Last call",
        "date",
        0,
        lambda e: e.last_called_at and _day(e.last_called_at),
        printed=False,
    ),
    *_END,
)
FOLLOWUP_COLUMNS = (
    *_START,
    Column("purchase_id", "קנייה מס׳", "Purchase no.", "count", 1.5, lambda e: e.purchase_id),
    Column("purchase_at", "תאריך קנייה", "Purchased", "date", 2.2, lambda e: e.purchase_at.date()),
    Column("total", "סכום", "Amount", "money", 1.7, lambda e: e.total),
    Column("reason", "סיבה", "Why", "text", 2.0, lambda e: e.reason),
    *_END,
)
CALL_BACK_COLUMNS = (
    *_START,
    Column("call_back_on", "לחזור ב־", "Call back on", "date", 2.2, lambda e: e.call_back_on),
    Column("note", "הערה קודמת", "Earlier note", "text", 4.2, lambda e: e.note),
    *_END,
)
_BY_TYPE = {
    WinbackEntry: ("winback", WINBACK_COLUMNS),
    FollowUpEntry: ("followup", FOLLOWUP_COLUMNS),
    CallBackEntry: ("callback", CALL_BACK_COLUMNS),
}
TITLES = {
    "he": {
        "winback": "שיחות לחידוש קשר",
        "followup": "שיחות מעקב אחרי קנייה",
        "callback": "לחזור ללקוחות",
    },
    "en": {"winback": "Win-back calls", "followup": "Follow-up calls", "callback": "Call-backs"},
}


def list_kind(entries: Sequence[CallEntry], empty: str = "winback") -> str:
    """ "winback", "followup" or "callback": the kind of the entries, `empty` for an empty list;
    ValueError for a list that mixes kinds (or an unknown `empty`)."""
    kinds = {type(entry) for entry in entries}
    if len(kinds) > 1 or not kinds <= _BY_TYPE.keys():
        raise ValueError("a call list holds entries of one kind")
    if not kinds:
        if empty not in TITLES["en"]:
            raise ValueError(f"no call list of kind {empty!r}")
        return empty
    return _BY_TYPE[kinds.pop()][0]


def columns_for(entries: Sequence[CallEntry], empty: str = "winback") -> tuple[Column, ...]:
    """The columns of the list `entries` is (all of one kind; of kind `empty` when empty)."""
    kind = list_kind(entries, empty)
    return next(columns for name, columns in _BY_TYPE.values() if name == kind)


def cell_value(column: Column, entry: CallEntry, language: str) -> object:
    """The column's value for `entry`; a follow-up's reason in words of `language`."""
    value = column.value(entry)
    if column.key == "reason":
        return _REASON["he" if language == "he" else "en"].get(value, value)
    return value


def _day(iso_time: str) -> date:
    return datetime.fromisoformat(iso_time).date()
