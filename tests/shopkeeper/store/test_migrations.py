"""Migrations: every earlier schema's file opens and migrates; the SQL matches the models."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.shop import Shop
from shopkeeper.store.database import DATABASE_FILE, SCHEMA_VERSION
from shopkeeper.store.migrations import MIGRATIONS, migrate
from shopkeeper.store.models import ALL_MODELS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SCHEMA_FILES = sorted(FIXTURES.glob("schema_v*.sqlite3"))


def _version_of(path: Path) -> int:
    return int(path.stem.removeprefix("schema_v"))


def test_there_is_a_fixture_for_every_released_version():
    versions = {_version_of(p) for p in SCHEMA_FILES}
    assert versions, "tests/fixtures/make_fixtures.py has not been run"
    assert set(range(1, SCHEMA_VERSION)) <= versions
    assert max(versions) <= SCHEMA_VERSION


@pytest.mark.parametrize("fixture", SCHEMA_FILES, ids=lambda p: p.stem)
def test_fixture_migrates_to_current_version_and_members_survive(tmp_path, fixture):
    shutil.copyfile(fixture, tmp_path / DATABASE_FILE)
    conn = sqlite3.connect(tmp_path / DATABASE_FILE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == _version_of(fixture)
    conn.close()

    with Shop(tmp_path, exclusive=True) as shop:
        report = shop.check()
        assert report.ok, report.problems
        assert report.schema_version == SCHEMA_VERSION
        assert report.members == 3

        [michal] = shop.search.search("מיכל")
        assert michal.phone == "+972523456789"
        assert [m.number for m in shop.search.search("שימי")] == [2]
        assert [m.number for m in shop.search.search("גונס")] == [2]
        assert [m.number for m in shop.search.search("smi")] == [3]
        assert [m.number for m in shop.search.search("03-123")] == [3]
        assert shop.search.exact_id("052-345-6789") == michal.id

        member = shop.members.get(michal.id)
        assert member.birthday.iso() == "1988-02-29"
        assert [(c.name, c.birthday.iso(), c.gender) for c in member.children] == [
            ("נועה", "2015-07-14", "f")
        ]
        assert [(p.name, p.kind, p.birthday.iso()) for p in member.pets] == [("ריקי", "כלב", "--05-03")]
        assert member.consents_to("sms") and member.consents_to("whatsapp")
        assert member.consents_to("email")  # withdrawn at first, then given
        assert [r.given for r in member.consent_history if r.channel == "email"] == [False, True]
        assert shop.members.find("+972 54 123 4568").referred_by == 1
        assert shop.settings.shop_name == "קפה הפינה"

        # The migrated shop takes new members on top of the old ones.
        added = shop.members.add(MemberDraft(first_name="חדש", phone="050-555-1234")).member
        assert added.number == 4


def test_migrate_runs_each_step_once_in_order(tmp_path):
    db = peewee.SqliteDatabase(str(tmp_path / "x.sqlite3"))
    assert migrate(db, 0) == len(MIGRATIONS)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    schema = db.execute_sql("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()
    # Already current: nothing to run, nothing fails.
    assert migrate(db, len(MIGRATIONS)) == len(MIGRATIONS)
    # Another process migrated after this one read the version: the steps are skipped.
    assert migrate(db, 0) == len(MIGRATIONS)
    assert db.execute_sql("SELECT type, name FROM sqlite_master ORDER BY name").fetchall() == schema
    assert ("table", "ledger") in schema and ("table", "member") in schema
    db.close()


def _columns(conn, table: str) -> dict[str, tuple]:
    return {row[1]: row for row in conn.execute(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_migration_schema_matches_the_models(shop, model):
    conn = shop.db.connection()
    table = model._meta.table_name
    columns = _columns(conn, table)
    assert columns, f"no table {table}"
    fields = {f.column_name: f for f in model._meta.sorted_fields}
    assert set(fields) == set(columns)
    for name, field in fields.items():
        _, _, _, notnull, _, pk = columns[name]
        if not pk:
            assert bool(notnull) == (not field.null), f"{table}.{name} nullability"


def test_every_table_has_a_model(shop):
    tables = {
        name
        for (name,) in shop.db.connection().execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert tables == {m._meta.table_name for m in ALL_MODELS}


def test_consent_history_cannot_be_rewritten(shop):
    member = shop.members.add(
        MemberDraft(first_name="דנה", phone="052-345-6789", consent={"sms": True})
    ).member
    conn = shop.db.connection()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE consent_event SET given=0 WHERE member_id=?", (member.id,))
    assert shop.members.get(member.id).consents_to("sms")
