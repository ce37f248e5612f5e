"""Filling empty tables with a great many rows at once (the demo shop).

Inserting a million rows keeps every secondary index up to date row by row, in random order; dropping
the indexes of the empty tables first and creating them again at the end builds each from sorted
data, several times faster. The index definitions are read back from the database itself, so the
schema stays what the migrations made. A larger page cache helps the rest.

The rows of a bulk load are made valid by construction, so the per-row checks are skipped too:
`CHECK (kind IN (…))` alone costs SQLite about 2 µs a row (it builds the list for every row), more
than the insert itself. `PRAGMA integrity_check` (the shop's check) still verifies every CHECK
constraint, and `foreign_key_check` every reference, afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

BULK_CACHE_KIB = 64 * 1024


@contextlib.contextmanager
def bulk_load(conn, tables: Sequence[str]) -> Iterator[None]:
    """Inside the caller's transaction: set aside the secondary indexes of those `tables` that are
    empty now, and create them again when the block ends without an error (after an error the
    caller's rollback brings them back). Meanwhile the page cache is larger and CHECK constraints
    are not evaluated."""
    empty = [
        t for t in tables if conn.execute(f'SELECT NOT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0]
    ]
    marks = ",".join("?" * len(empty))
    indexes = (
        conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
            "ORDER BY tbl_name, name",
            empty,
        ).fetchall()
        if empty
        else []
    )
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    checks_ignored = conn.execute("PRAGMA ignore_check_constraints").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        yield
        for _, sql in indexes:
            conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA ignore_check_constraints = {int(checks_ignored)}")


@contextlib.contextmanager
def foreign_keys_checked_later(conn) -> Iterator[None]:
    """Outside a transaction: skip the per-row foreign key lookups of a bulk insert whose rows are
    made consistent by construction; `PRAGMA foreign_key_check` (the shop's check) still sees any
    break. Inside an open transaction SQLite ignores the switch and checks each row as usual."""
    enabled = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(enabled)}")
