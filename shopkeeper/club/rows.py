"""Writing checked members into the database in bulk: one path for the counter, imports and the demo.

Raw `executemany` on the open connection: peewee row objects cost ~100 µs each, and the demo shop
writes 200,000 members with ten search rows apiece.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from shopkeeper.club.phones import national_digits
from shopkeeper.club.text import name_words
from shopkeeper.club.validation import CheckedChild, CheckedMember, CheckedPet

MEMBER_COLUMNS = (
    "id, number, first_name, last_name, phone, email, birth_day, birth_month, birth_year, "
    "hebrew_birthday, address_form, address, city, joined_on, source, referred_by_id, notes, "
    "name_words, created_at, updated_at"
)


def phone_fragments(e164: str) -> list[str]:
    """Every suffix of the national digits: a prefix search over them finds digits anywhere."""
    digits = national_digits(e164)
    return [digits[i:] for i in range(len(digits))]


def _birthday(value) -> tuple:
    return (value.day, value.month, value.year) if value else (None, None, None)


def next_ids(conn) -> tuple[int, int]:
    """The next free row id and member number."""
    row = conn.execute("SELECT COALESCE(MAX(id), 0), COALESCE(MAX(number), 0) FROM member").fetchone()
    return row[0] + 1, row[1] + 1


def insert_members(
    conn,
    members: Sequence[CheckedMember],
    *,
    joined_on: Sequence[date],
    referred_by: Sequence[int | None],
    now: datetime,
    consent_when_joined: bool = False,
) -> list[tuple[int, int]]:
    """Insert members with their children, pets, tags, consent and search rows; return (id, number).

    Consent is stamped `now`, or on the join date when `consent_when_joined` (members who joined
    before the shop started using the app).
    """
    first_id, first_number = next_ids(conn)
    stamp = now.isoformat(timespec="seconds")
    ids = [(first_id + i, first_number + i) for i in range(len(members))]
    member_rows, children, pets, tags, consents = [], [], [], [], []
    for (member_id, number), m, joined, referrer in zip(ids, members, joined_on, referred_by, strict=True):
        words = name_words(m.first_name, m.last_name)
        member_rows.append((
            member_id, number, m.first_name, m.last_name, m.phone.e164, m.email, *_birthday(m.birthday),
            int(m.hebrew_birthday), m.address_form, m.address, m.city, joined.isoformat(), m.source,
            referrer, m.notes, " ".join(words), stamp, stamp,
        ))
        children += [_child_row(member_id, c) for c in m.children]
        pets += [_pet_row(member_id, p) for p in m.pets]
        tags += [(member_id, t) for t in m.tags]
        given_at = f"{joined.isoformat()}T12:00:00" if consent_when_joined else stamp
        consents += [(member_id, ch, int(given), given_at, m.consent_how) for ch, given in m.consent.items()]
    conn.executemany(f"INSERT INTO member ({MEMBER_COLUMNS}) VALUES ({', '.join('?' * 20)})", member_rows)
    conn.executemany(
        "INSERT INTO child (member_id, name, birth_day, birth_month, birth_year, gender) VALUES (?,?,?,?,?,?)",
        children,
    )
    conn.executemany(
        "INSERT INTO pet (member_id, name, kind, birth_day, birth_month, birth_year) VALUES (?,?,?,?,?,?)",
        pets,
    )
    conn.executemany("INSERT INTO member_tag (member_id, tag) VALUES (?, ?)", tags)
    conn.executemany(
        "INSERT INTO consent_event (member_id, channel, given, at, how) VALUES (?,?,?,?,?)", consents
    )
    write_search_rows(conn, [(mid, m) for (mid, _), m in zip(ids, members, strict=True)])
    return ids


def write_search_rows(conn, members: Sequence[tuple[int, CheckedMember]]) -> None:
    """(Re)write the name and phone search rows of the given members."""
    conn.executemany(
        "INSERT OR IGNORE INTO name_key (word, member_id) VALUES (?, ?)",
        [(w, mid) for mid, m in members for w in name_words(m.first_name, m.last_name)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO phone_fragment (fragment, member_id) VALUES (?, ?)",
        [(f, mid) for mid, m in members for f in phone_fragments(m.phone.e164)],
    )


def update_member_row(conn, member_id: int, m: CheckedMember, referrer: int | None, now: datetime) -> None:
    """Replace one member's fields, tags, children, pets and search rows (consent is separate)."""
    conn.execute(
        "UPDATE member SET first_name=?, last_name=?, phone=?, email=?, birth_day=?, birth_month=?, "
        "birth_year=?, hebrew_birthday=?, address_form=?, address=?, city=?, source=?, referred_by_id=?, "
        "notes=?, name_words=?, updated_at=? WHERE id=?",
        (
            m.first_name, m.last_name, m.phone.e164, m.email, *_birthday(m.birthday),
            int(m.hebrew_birthday), m.address_form, m.address, m.city, m.source, referrer, m.notes,
            " ".join(name_words(m.first_name, m.last_name)), now.isoformat(timespec="seconds"), member_id,
        ),
    )
    conn.execute("DELETE FROM member_tag WHERE member_id=?", (member_id,))
    conn.executemany("INSERT INTO member_tag (member_id, tag) VALUES (?, ?)", [(member_id, t) for t in m.tags])
    _replace_children(conn, member_id, m.children)
    _replace_pets(conn, member_id, m.pets)
    conn.execute("DELETE FROM name_key WHERE member_id=?", (member_id,))
    conn.execute("DELETE FROM phone_fragment WHERE member_id=?", (member_id,))
    write_search_rows(conn, [(member_id, m)])


def _child_row(member_id: int, c: CheckedChild) -> tuple:
    return (member_id, c.name, *_birthday(c.birthday), c.gender)


def _pet_row(member_id: int, p: CheckedPet) -> tuple:
    return (member_id, p.name, p.kind, *_birthday(p.birthday))


def _replace_children(conn, member_id: int, children: Sequence[CheckedChild]) -> None:
    keep = [c.id for c in children if c.id is not None]
    conn.execute(
        f"DELETE FROM child WHERE member_id=? AND id NOT IN ({','.join('?' * len(keep))})", (member_id, *keep)
    )
    for c in children:
        if c.id is None:
            conn.execute(
                "INSERT INTO child (member_id, name, birth_day, birth_month, birth_year, gender) VALUES (?,?,?,?,?,?)",
                _child_row(member_id, c),
            )
        else:
            conn.execute(
                "UPDATE child SET name=?, birth_day=?, birth_month=?, birth_year=?, gender=? WHERE id=? AND member_id=?",
                (c.name, *_birthday(c.birthday), c.gender, c.id, member_id),
            )


def _replace_pets(conn, member_id: int, pets: Sequence[CheckedPet]) -> None:
    keep = [p.id for p in pets if p.id is not None]
    conn.execute(
        f"DELETE FROM pet WHERE member_id=? AND id NOT IN ({','.join('?' * len(keep))})", (member_id, *keep)
    )
    for p in pets:
        if p.id is None:
            conn.execute(
                "INSERT INTO pet (member_id, name, kind, birth_day, birth_month, birth_year) VALUES (?,?,?,?,?,?)",
                _pet_row(member_id, p),
            )
        else:
            conn.execute(
                "UPDATE pet SET name=?, kind=?, birth_day=?, birth_month=?, birth_year=? WHERE id=? AND member_id=?",
                (p.name, p.kind, *_birthday(p.birthday), p.id, member_id),
            )
