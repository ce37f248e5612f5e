"""Opening the shop's SQLite file: pragmas, integrity check, schema version and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from shopkeeper.errors import DatabaseDamaged, NotADatabase, SchemaTooNew
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

    Raises NotADatabase, DatabaseDamaged or SchemaTooNew without writing anything.
    Writes use `BEGIN IMMEDIATE` so two writers queue instead of failing.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    try:
        db.connect()
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(found=version, known=SCHEMA_VERSION)
        if check and version > 0:
            verdict = db.execute_sql("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise DatabaseDamaged(path=path, detail=verdict)
        if version < SCHEMA_VERSION:
            migrate(db, version)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        if "malformed" in str(exc) or "corrupt" in str(exc):
            raise DatabaseDamaged(path=path, detail=str(exc)) from exc
        raise NotADatabase(path=path, detail=str(exc)) from exc
    except Exception:
        db.close()
        raise
    database_proxy.initialize(db)
    return db


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
