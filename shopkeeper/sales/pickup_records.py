"""What a pickup order is, as the services hand it out, and its pickup code."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from random import Random

from shopkeeper.club.records import MemberSummary
from shopkeeper.club.text import clean_text
from shopkeeper.money import money_json

STATUSES = ("new", "ready", "collected", "cancelled")
WAITING = ("new", "ready")

# The code on the slip, read aloud, typed by hand or scanned: no 0/O, no 1/I.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LETTERS = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ")
CODE_LENGTH = 6

# A scanner or a person typing with the Hebrew keyboard layout on sends the Hebrew letter of the
# same key (standard Israeli layout); map it back to the Latin letter.
_HEBREW_KEYS = str.maketrans(
    {
        "/": "Q", "'": "W", "ק": "E", "ר": "R", "א": "T", "ט": "Y", "ו": "U", "ן": "I", "ם": "O",
        "פ": "P", "ש": "A", "ד": "S", "ג": "D", "כ": "F", "ע": "G", "י": "H", "ח": "J", "ל": "K",
        "ך": "L", "ז": "Z", "ס": "X", "ב": "C", "ה": "V", "נ": "B", "מ": "N", "צ": "M",
    }
)  # fmt: skip


def new_code(rng: Random | None = None) -> str:
    """A random pickup code; always with a letter, so that digits alone mean an order id."""
    choice = rng.choice if rng is not None else secrets.choice
    while True:
        code = "".join(choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if any(ch in CODE_LETTERS for ch in code):
            return code


def normalise_code(text: str) -> str:
    """A code as stored, from what was typed or scanned: any case, spaces and dashes, or the
    same keys pressed with the Hebrew layout on."""
    text = clean_text(text)
    if any("\u05d0" <= ch <= "\u05ea" for ch in text):
        text = text.translate(_HEBREW_KEYS)
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class PickupLineDraft:
    name: str
    qty: int = 1
    unit_price: int = 0  # agorot


@dataclass(frozen=True)
class PickupLine:
    id: int
    name: str
    qty: int
    unit_price: int  # agorot

    @property
    def total(self) -> int:
        return self.qty * self.unit_price

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "qty": self.qty,
            "unit_price": money_json(self.unit_price),
            "total": money_json(self.total),
        }


@dataclass(frozen=True)
class PickupOrder:
    """A pickup order; `overdue` as of the service's today (waiting past its ready-by day)."""

    id: int
    code: str
    member: MemberSummary | None
    lines: tuple[PickupLine, ...]
    paid: int  # agorot
    due: int  # agorot, to pay at pickup
    ready_by: date
    shelf: str
    note: str
    status: str
    created_at: datetime
    ready_at: datetime | None
    collected_at: datetime | None
    cancelled_at: datetime | None
    purchase_id: int | None
    overdue: bool

    @property
    def number(self) -> int:
        """The order number printed on the slip and said at the counter."""
        return self.id

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def waiting(self) -> bool:
        return self.status in WAITING

    @property
    def customer_name(self) -> str:
        return self.member.full_name if self.member else ""

    @property
    def customer_phone(self) -> str:
        """The phone as shown (052-345-6789), or empty."""
        return self.member.phone_display if self.member and self.member.phone else ""

    def to_json(self) -> dict:
        member = self.member
        return {
            "id": self.id,
            "number": self.number,
            "code": self.code,
            "status": self.status,
            "member": None
            if member is None
            else {
                "id": member.id,
                "number": member.number,
                "name": member.full_name,
                "phone": member.phone,
            },
            "lines": [line.to_json() for line in self.lines],
            "total": money_json(self.total),
            "paid": money_json(self.paid),
            "due": money_json(self.due),
            "ready_by": self.ready_by.isoformat(),
            "shelf": self.shelf,
            "note": self.note,
            "created_at": _iso(self.created_at),
            "ready_at": _iso(self.ready_at),
            "collected_at": _iso(self.collected_at),
            "cancelled_at": _iso(self.cancelled_at),
            "purchase_id": self.purchase_id,
            "overdue": self.overdue,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
