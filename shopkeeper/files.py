"""Writing a file whole or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replaced_whole(path: str | Path) -> Iterator[Path]:
    """Yield a path beside `path` to write to; when the block ends without an error it takes
    `path`'s place, otherwise it is removed. A full disk or a crash in the middle never leaves
    a half-written file where the old one (or none) was."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        yield part
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(part)
        raise
