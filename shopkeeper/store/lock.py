"""One GUI per shop: an exclusive lock file next to the database, naming its holder."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from shopkeeper.errors import ShopLocked

LOCK_FILE = "shopkeeper.lock"


class InstanceLock:
    """An OS-level exclusive lock on `<data_dir>/shopkeeper.lock`, released when the process dies."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILE
        self._handle = None

    def acquire(self) -> None:
        """Take the lock or raise ShopLocked naming the process that holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while the app runs
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().split()
            handle.close()
            pid = holder[0] if holder else "?"
            host = holder[1] if len(holder) > 1 else socket.gethostname()
            raise ShopLocked(pid=pid, host=host)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {socket.gethostname()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
