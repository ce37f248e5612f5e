"""The club's members: add, edit, find, consent. Every write is one IMMEDIATE transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache

from shopkeeper.club import rows
from shopkeeper.club.dates import PartialDate
from shopkeeper.club.phones import format_phone, parse_phone
from shopkeeper.club.records import (
    CHANNELS,
    ChildRecord,
    ConsentRecord,
    Member,
    MemberDraft,
    MemberSummary,
    PetRecord,
    SavedMember,
)
from shopkeeper.club.text import clean_text
from shopkeeper.club.validation import CheckedMember, check_member
from shopkeeper.errors import (
    DuplicatePhone,
    InvalidPhone,
    InvalidValue,
    MemberNotFound,
    ShopError,
    UnallocatedPhone,
)

SUMMARY_COLUMNS = (
    "id, number, first_name, last_name, phone, city, birth_day, birth_month, birth_year"
)


@lru_cache(maxsize=65_536)
def partial_date(day: int | None, month: int | None, year: int | None) -> PartialDate | None:
    """A stored birthday; cached, because every row of a list or a search result makes one."""
    return PartialDate(month, day, year) if day and month else None


def summary_from_row(row: Sequence) -> MemberSummary:
    return MemberSummary(
        row[0], row[1], row[2], row[3], row[4], row[5], partial_date(row[6], row[7], row[8])
    )


class MemberService:
    """Members, their children and pets, and their consent history."""

    def __init__(
        self,
        db,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ):
        self._db = db
        self._today = today
        self._now = now

    def today(self) -> date:
        """The shop's today (fixed in tests)."""
        return self._today()

    @property
    def _conn(self):
        return self._db.connection()

    # -- reading ---------------------------------------------------------------------------
    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]

    def get(self, member_id: int) -> Member:
        """The whole member; MemberNotFound if the id is unknown."""
        conn = self._conn
        row = conn.execute(
            "SELECT id, number, first_name, last_name, phone, email, birth_day, birth_month, birth_year, "
            "hebrew_birthday, address_form, address, city, joined_on, source, "
            "(SELECT number FROM member r WHERE r.id = member.referred_by_id), notes "
            "FROM member WHERE id = ?",
            (member_id,),
        ).fetchone()
        if row is None:
            raise MemberNotFound(key=str(member_id))
        tags = tuple(
            t
            for (t,) in conn.execute(
                "SELECT tag FROM member_tag WHERE member_id=? ORDER BY tag", (member_id,)
            )
        )
        children = tuple(
            ChildRecord(cid, name, partial_date(d, m, y), gender)
            for cid, name, d, m, y, gender in conn.execute(
                "SELECT id, name, birth_day, birth_month, birth_year, gender FROM child WHERE member_id=? ORDER BY id",
                (member_id,),
            )
        )
        pets = tuple(
            PetRecord(pid, name, kind, partial_date(d, m, y))
            for pid, name, kind, d, m, y in conn.execute(
                "SELECT id, name, kind, birth_day, birth_month, birth_year FROM pet WHERE member_id=? ORDER BY id",
                (member_id,),
            )
        )
        consent = tuple(
            ConsentRecord(channel, bool(given), datetime.fromisoformat(at), how)
            for channel, given, at, how in conn.execute(
                "SELECT channel, given, at, how FROM consent_event WHERE member_id=? ORDER BY id",
                (member_id,),
            )
        )
        return Member(
            id=row[0],
            number=row[1],
            first_name=row[2],
            last_name=row[3],
            phone=row[4],
            email=row[5],
            birthday=partial_date(row[6], row[7], row[8]),
            hebrew_birthday=bool(row[9]),
            address_form=row[10],
            address=row[11],
            city=row[12],
            joined_on=date.fromisoformat(row[13]),
            source=row[14],
            referred_by=row[15],
            tags=tags,
            notes=row[16],
            children=children,
            pets=pets,
            consent_history=consent,
        )

    def id_by_phone(self, phone_text: str) -> int | None:
        """The member id owning this phone (any accepted spelling), or None."""
        try:
            e164 = parse_phone(phone_text).e164
        except InvalidPhone:
            return None
        row = self._conn.execute("SELECT id FROM member WHERE phone=?", (e164,)).fetchone()
        return row[0] if row else None

    def id_by_number(self, number: int) -> int | None:
        row = self._conn.execute("SELECT id FROM member WHERE number=?", (number,)).fetchone()
        return row[0] if row else None

    def find(self, key: str) -> Member:
        """The member with this member number or phone; MemberNotFound otherwise."""
        key = clean_text(key)
        member_id = None
        if key.isdigit() and len(key) <= 7:
            member_id = self.id_by_number(int(key))
        if member_id is None:
            member_id = self.id_by_phone(key)
        if member_id is None:
            raise MemberNotFound(key=key)
        return self.get(member_id)

    def browse(
        self, after: tuple[str, str, int] | None = None, limit: int = 500
    ) -> list[MemberSummary]:
        """Members sorted by last name, first name; keyset paging from the (last, first, id) `after`."""
        if after is None:
            cursor = self._conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM member ORDER BY last_name, first_name, id LIMIT ?",
                (limit,),
            )
        else:
            cursor = self._conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM member WHERE (last_name, first_name, id) > (?, ?, ?) "
                "ORDER BY last_name, first_name, id LIMIT ?",
                (*after, limit),
            )
        return [summary_from_row(r) for r in cursor]

    def summaries(self, ids: Sequence[int]) -> list[MemberSummary]:
        """Summaries of the given members, in the given order."""
        if not ids:
            return []
        found = {
            r[0]: summary_from_row(r)
            for r in self._conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM member WHERE id IN ({','.join('?' * len(ids))})",
                tuple(ids),
            )
        }
        return [found[i] for i in ids if i in found]

    # -- writing ---------------------------------------------------------------------------
    def add(self, draft: MemberDraft) -> SavedMember:
        """Validate and add a member; DuplicatePhone if the phone already belongs to someone."""
        checked = check_member(draft)
        with self._db.atomic():
            self._refuse_duplicate(checked.phone.e164)
            referrer = self._referrer_id(draft.referred_by)
            [(member_id, _)] = rows.insert_members(
                self._conn,
                [checked],
                joined_on=[draft.joined_on or self._today()],
                referred_by=[referrer],
                now=self._now(),
            )
            if checked.birthday:
                self._birthday_set(member_id)
        return SavedMember(self.get(member_id), self._warnings(checked))

    def add_checked_many(
        self,
        members: Sequence[CheckedMember],
        joined_on: Sequence[date],
        *,
        consent_when_joined: bool = False,
    ) -> list[int]:
        """Insert already checked members whose phones are known to be new (imports, the demo).

        All or nothing, in one transaction (a savepoint inside the caller's): outside one, every
        row would be its own synchronous commit.
        """
        with self._db.atomic():
            ids = rows.insert_members(
                self._conn,
                members,
                joined_on=joined_on,
                referred_by=[None] * len(members),
                now=self._now(),
                consent_when_joined=consent_when_joined,
            )
        return [member_id for member_id, _ in ids]

    def update(self, member_id: int, draft: MemberDraft) -> SavedMember:
        """Replace a member's details, children and pets; consent changes are appended to history."""
        checked = check_member(draft)
        with self._db.atomic():
            current = self.get(member_id)
            self._refuse_duplicate(checked.phone.e164, except_id=member_id)
            referrer = self._referrer_id(draft.referred_by)
            if referrer == member_id:
                raise InvalidValue(field="referred by", text=draft.referred_by)
            rows.update_member_row(self._conn, member_id, checked, referrer, self._now())
            if checked.birthday != current.birthday:
                self._birthday_set(member_id)
            for channel, given in checked.consent.items():
                if current.consents_to(channel) != given:
                    self._append_consent(member_id, channel, given, checked.consent_how or "edited")
        return SavedMember(self.get(member_id), self._warnings(checked))

    def set_consent(self, member_id: int, channel: str, given: bool, how: str = "") -> Member:
        """Record consent given or withdrawn on one channel; takes effect at once."""
        if channel not in CHANNELS:
            raise InvalidValue(field="channel", text=channel)
        with self._db.atomic():
            self.get(member_id)
            self._append_consent(member_id, channel, given, clean_text(how))
        return self.get(member_id)

    # -- helpers ---------------------------------------------------------------------------
    def _birthday_set(self, member_id: int) -> None:
        """Remember when the birthday was entered or changed (a birthday bonus needs 30 days' notice).

        Imported and demo members keep NULL: their birthdays were known before the app."""
        self._conn.execute(
            "UPDATE member SET birthday_set_on=? WHERE id=?", (self._today().isoformat(), member_id)
        )

    def _append_consent(self, member_id: int, channel: str, given: bool, how: str) -> None:
        self._conn.execute(
            "INSERT INTO consent_event (member_id, channel, given, at, how) VALUES (?,?,?,?,?)",
            (member_id, channel, int(given), self._now().isoformat(timespec="seconds"), how),
        )

    def _refuse_duplicate(self, e164: str, except_id: int | None = None) -> None:
        row = self._conn.execute(
            "SELECT id, number, first_name, last_name, address_form FROM member WHERE phone=?",
            (e164,),
        ).fetchone()
        if row and row[0] != except_id:
            raise DuplicatePhone(
                phone=format_phone(e164),
                number=row[1],
                name=" ".join(p for p in row[2:4] if p),
                member_id=row[0],
                form=row[4] or "",
            )

    def _referrer_id(self, key: str) -> int | None:
        key = clean_text(key)
        return self.find(key).id if key else None

    @staticmethod
    def _warnings(checked: CheckedMember) -> tuple[ShopError, ...]:
        if not checked.phone.allocated:
            return (UnallocatedPhone(phone=checked.phone.national),)
        return ()
