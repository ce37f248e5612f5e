"""Opening the shop's SQLite file: pragmas, integrity check, schema version and migrations."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import peewee

from shopkeeper.errors import DatabaseDamaged, NotADatabase, SchemaTooNew, ShopError
from shopkeeper.store.migrations import MIGRATIONS, migrate
from shopkeeper.store.models import database_proxy

SCHEMA_VERSION = len(MIGRATIONS)
DATABASE_FILE = "shop.sqlite3"

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32_000,
}


def open_database(path: Path, *, check: bool = True) -> peewee.SqliteDatabase:
    """Open (creating if needed) the shop database at `path`, check it and migrate it.

    Raises NotADatabase, DatabaseDamaged or SchemaTooNew without writing anything: the file is
    examined on a plain connection first, because the pragmas (WAL) would rewrite its header.
    Writes use `BEGIN IMMEDIATE` so two writers queue instead of failing.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    version = _examine(path, check=check)
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    try:
        db.connect()
        if version < SCHEMA_VERSION:
            migrate(db, version)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        raise _classify(path, exc) from exc
    except Exception:
        db.close()
        raise
    database_proxy.initialize(db)
    return db


def _examine(path: Path, *, check: bool) -> int:
    """The file's schema version, after refusing a newer, foreign or damaged database."""
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=PRAGMAS["busy_timeout"] / 1000)
    except sqlite3.Error as exc:  # a folder named shop.sqlite3, no permission …
        raise _classify(path, exc) from exc
    try:
        # One snapshot: another process may be creating this shop right now.
        version, tables = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT COUNT(*) FROM sqlite_master)"
        ).fetchone()
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(found=version, known=SCHEMA_VERSION)
        if version == 0 and tables:
            raise NotADatabase(path=path, detail="it holds another program's tables")
        if check and version > 0:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
            if problems != ["ok"]:
                raise DatabaseDamaged(path=path, detail=summarise_problems(problems))
    except sqlite3.DatabaseError as exc:
        raise _classify(path, exc) from exc
    finally:
        conn.close()
    return version


def _classify(path: Path, exc: Exception) -> ShopError:
    if "malformed" in str(exc) or "corrupt" in str(exc):
        return DatabaseDamaged(path=path, detail=str(exc))
    return NotADatabase(path=path, detail=str(exc))


def summarise_problems(problems: list[str], shown: int = 3) -> str:
    """The first few lines of an integrity report, and how many more there are."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    text = "; ".join(lines[:shown])
    if len(lines) > shown:
        text += f"; and {len(lines) - shown} more"
    return text


def close_database(db: peewee.SqliteDatabase) -> None:
    """Refresh the planner's statistics when possible, then close this thread's connection."""
    if db.is_closed():
        return
    # Best effort: optimize may need the write lock, and another process may be writing.
    with contextlib.suppress(peewee.OperationalError):
        db.execute_sql("PRAGMA optimize")
    db.close()


def schema_version(db: peewee.SqliteDatabase) -> int:
    """The schema version recorded in the file."""
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def integrity_report(db: peewee.SqliteDatabase) -> list[str]:
    """Full `integrity_check` and `foreign_key_check`; an empty list means healthy."""
    problems = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    problems = [p for p in problems if p != "ok"]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems
