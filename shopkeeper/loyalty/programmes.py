"""Programme versions in the database: the current one, the one valid at a moment, saving a change."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from shopkeeper.loyalty.programme import Programme, set_value

_EPOCH = "0001-01-01T00:00:00"


class ProgrammeStore:
    """Reads and versions the loyalty programme. A new shop gets the default programme."""

    def __init__(self, db, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now
        self._cache: dict[str, Programme] = {}

    def current(self) -> Programme:
        return self.at(self._now())

    def at(self, moment: datetime) -> Programme:
        """The programme in force at `moment` (the first version for anything earlier)."""
        stamp = moment.isoformat(timespec="seconds")
        conn = self._db.connection()
        row = conn.execute(
            "SELECT settings FROM programme_version WHERE valid_from <= ? ORDER BY valid_from DESC, id DESC LIMIT 1",
            (stamp,),
        ).fetchone() or conn.execute(
            "SELECT settings FROM programme_version ORDER BY valid_from, id LIMIT 1"
        ).fetchone()
        if row is None:
            return Programme()
        if row[0] not in self._cache:
            self._cache[row[0]] = Programme.from_storage(json.loads(row[0]))
        return self._cache[row[0]]

    def save(self, programme: Programme) -> Programme:
        """Make `programme` the one in force from now on (earlier purchases keep their rules)."""
        with self._db.atomic():
            conn = self._db.connection()
            if conn.execute("SELECT COUNT(*) FROM programme_version").fetchone()[0] == 0:
                # The defaults the shop ran on until now become the first version.
                conn.execute(
                    "INSERT INTO programme_version (valid_from, settings) VALUES (?, ?)",
                    (_EPOCH, json.dumps(Programme().to_storage(), ensure_ascii=False)),
                )
            conn.execute(
                "INSERT INTO programme_version (valid_from, settings) VALUES (?, ?)",
                (self._now().isoformat(timespec="seconds"), json.dumps(programme.to_storage(), ensure_ascii=False)),
            )
        return programme

    def set(self, key: str, value) -> Programme:
        """Change one key as the owner typed it (`programme set KEY VALUE`)."""
        return self.save(set_value(self.current(), key, value))
