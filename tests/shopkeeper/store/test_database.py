"""Opening the shop file: pragmas, schema version, and refusing what must not be opened."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import DatabaseDamaged, NotADatabase, SchemaTooNew
from shopkeeper.shop import Shop
from shopkeeper.store.database import DATABASE_FILE, SCHEMA_VERSION
from shopkeeper.store.lock import InstanceLock

PAGE_HEADER_LEAF_TABLE = 0x0D


def _fingerprint(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path), isolation_level=None)


def _shop_with_members(data_dir: Path, count: int) -> Path:
    with Shop(data_dir) as shop:
        for i in range(count):
            shop.members.add(
                MemberDraft(first_name=f"Name{i:04d}", last_name="Levi-" + "x" * 40, phone=f"05234{i:05d}")
            )
    return data_dir / DATABASE_FILE


def _member_leaf_page(path: Path, marker: bytes) -> int:
    """Offset of a table b-tree leaf page of `member` (the one holding `marker`)."""
    with _raw(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = path.read_bytes()
    for offset in range(page_size, len(data), page_size):
        page = data[offset:offset + page_size]
        if page[0] == PAGE_HEADER_LEAF_TABLE and marker in page:
            return offset
    raise AssertionError("no member leaf page found")


def test_new_database_has_current_schema_and_pragmas(shop):
    conn = shop.db.connection()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_worker_thread_gets_the_same_pragmas(shop):
    seen = {}

    def work():
        conn = shop.db.connection()
        seen["fk"] = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        seen["sync"] = conn.execute("PRAGMA synchronous").fetchone()[0]
        seen["busy"] = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        shop.db.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == {"fk": 1, "sync": 2, "busy": 5000}


def test_reopening_keeps_the_data_and_version(tmp_path):
    path = _shop_with_members(tmp_path, 3)
    with Shop(tmp_path) as shop:
        assert shop.members.count() == 3
        assert shop.check().schema_version == SCHEMA_VERSION
    assert path.exists()


def test_database_newer_than_the_app_is_refused_untouched(tmp_path):
    path = tmp_path / DATABASE_FILE
    conn = _raw(path)
    conn.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, future TEXT)")
    conn.execute("INSERT INTO member (future) VALUES ('from a later version')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _fingerprint(path)

    with pytest.raises(SchemaTooNew) as caught:
        Shop(tmp_path)

    assert caught.value.params == {"found": SCHEMA_VERSION + 1, "known": SCHEMA_VERSION}
    assert "newer Shopkeeper" in str(caught.value)
    assert _fingerprint(path) == before
    with _raw(path) as check:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()


def test_newer_wal_database_is_refused_untouched(tmp_path):
    path = _shop_with_members(tmp_path, 2)
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(SchemaTooNew):
        Shop(tmp_path, exclusive=True)
    assert _fingerprint(path) == before
    # The lock was given back: a corrected app could open it.
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()
    with Shop(tmp_path, exclusive=True) as shop:
        assert shop.members.count() == 2


def test_damaged_member_page_is_reported_clearly(tmp_path):
    path = _shop_with_members(tmp_path, 300)
    offset = _member_leaf_page(path, b"Name0150")
    with open(path, "r+b") as damaged:
        damaged.seek(offset + 1536)
        damaged.write(b"\xff" * 1024)
    before = _fingerprint(path)

    with pytest.raises(DatabaseDamaged) as caught:
        Shop(tmp_path, exclusive=True)

    message = str(caught.value)
    assert message.startswith(f"The shop database at {path} failed its integrity check")
    assert "Restore a backup" in message
    assert "Traceback" not in message
    assert "\n" not in message
    assert len(message) < 400
    assert _fingerprint(path) == before
    with InstanceLock(tmp_path):  # given back on the way out
        pass


def test_damaged_header_is_not_a_database(tmp_path):
    path = _shop_with_members(tmp_path, 5)
    with open(path, "r+b") as damaged:
        damaged.write(b"\x00" * 100)
    with pytest.raises(NotADatabase) as caught:
        Shop(tmp_path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"first name,phone\n\xd7\x93\xd7\xa0\xd7\x99,0523456789\n" * 50, b"\x00" * 4096],
    ids=["random", "csv", "zeros"],
)
def test_a_file_that_is_not_sqlite_is_refused(tmp_path, content):
    path = tmp_path / DATABASE_FILE
    path.write_bytes(content)
    with pytest.raises(NotADatabase) as caught:
        Shop(tmp_path)
    assert caught.value.params["path"] == path
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / DATABASE_FILE
    conn = _raw(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(NotADatabase):
        Shop(tmp_path)
    assert _fingerprint(path) == before


def test_an_empty_file_becomes_a_new_shop(tmp_path):
    (tmp_path / DATABASE_FILE).write_bytes(b"")
    with Shop(tmp_path) as shop:
        assert shop.check().schema_version == SCHEMA_VERSION
        assert shop.members.count() == 0


def test_a_crash_before_any_checkpoint_loses_nothing(tmp_path):
    crash = (
        "import os, sys\n"
        "from shopkeeper.shop import Shop\n"
        "from shopkeeper.club.records import MemberDraft\n"
        "shop = Shop(sys.argv[1], exclusive=True)\n"
        "shop.members.add(MemberDraft(first_name='דנה', phone='052-345-6789'))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(tmp_path)], check=True, timeout=60)
    assert (tmp_path / (DATABASE_FILE + "-wal")).stat().st_size > 0
    with Shop(tmp_path, exclusive=True) as shop:
        assert shop.check().ok
        assert shop.members.find("0523456789").first_name == "דנה"


def test_processes_opening_a_new_shop_together_all_write(tmp_path):
    writer = (
        "import sys\n"
        "from shopkeeper.shop import Shop\n"
        "from shopkeeper.club.records import MemberDraft\n"
        "k = int(sys.argv[2])\n"
        "with Shop(sys.argv[1]) as shop:\n"
        "    for i in range(15):\n"
        "        shop.members.add(MemberDraft(first_name=f'p{k}', phone=f'052-{k:03d}-{i:04d}'))\n"
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", writer, str(tmp_path), str(k)], stderr=subprocess.PIPE)
        for k in range(4)
    ]
    errors = [w.communicate(timeout=120)[1].decode() for w in writers]
    assert [w.returncode for w in writers] == [0, 0, 0, 0], errors
    with Shop(tmp_path) as shop:
        assert shop.members.count() == 60
        numbers = [m.number for m in shop.members.browse(limit=100)]
        assert sorted(numbers) == list(range(1, 61))
        assert shop.check().ok
