"""Which printer and paper each kind of document goes to, and whether to print without asking.

These belong to the PC, not to the shop (a shop server has several counters, each with its own
printers), so they live in a small JSON file in the user's config folder, never in the shop's
database.  Tests point `PrintPreferences.default_path` elsewhere.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_path

from shopkeeper.paths import APP_NAME

KINDS = ("note", "slip", "card", "birthday_card", "call_sheet", "document")
# What a preview's file name starts with → the kind of document it is.
_PREFIXES = (
    ("birthday-card", "birthday_card"),
    ("note", "note"),
    ("pickup", "slip"),
    ("slip", "slip"),
    ("card", "card"),
    ("calls", "call_sheet"),
)


def kind_of(file_name: str) -> str:
    """The kind of document a preview's proposed file name says ("note-12.pdf" → "note")."""
    name = Path(file_name).name.lower()
    for prefix, kind in _PREFIXES:
        if name.startswith(prefix):
            return kind
    return "document"


@dataclass(frozen=True)
class PrintChoice:
    """A kind of document's printer ("" = ask), its paper ("" = the PDF's own page size, else a
    Qt page size key such as "A4") and whether Print goes straight to that printer."""

    printer: str = ""
    paper: str = ""
    without_asking: bool = False


class PrintPreferences:
    """The choices per kind of document, read from and written to one JSON file."""

    default_path: Path | None = None  # None: the user's config folder

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else self.location()

    @classmethod
    def location(cls) -> Path:
        if cls.default_path is not None:
            return Path(cls.default_path)
        return user_config_path(APP_NAME, appauthor=False) / "printing.json"

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # none yet, or unreadable: ask again rather than fail
        return data if isinstance(data, dict) else {}

    def get(self, kind: str) -> PrintChoice:
        entry = self._read().get(kind)
        if not isinstance(entry, dict):
            return PrintChoice()
        return PrintChoice(
            printer=str(entry.get("printer") or ""),
            paper=str(entry.get("paper") or ""),
            without_asking=bool(entry.get("without_asking")),
        )

    def set(self, kind: str, choice: PrintChoice) -> None:
        """Remember `choice` for `kind` (the file is replaced whole; an unwritable folder is
        ignored: the PC then asks again next time)."""
        data = self._read()
        data[kind] = asdict(choice)
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, indent=2)
            os.replace(temporary, self.path)
        except OSError:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
