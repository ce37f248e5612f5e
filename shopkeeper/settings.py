"""Shop-wide settings kept in the database (shop name, language)."""

from __future__ import annotations

from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue

LANGUAGES = ("he", "en")
DEFAULTS = {
    "shop_name": "",
    "language": "he",
    # calls (shopkeeper.touch.calls): lapsed after this many days without a purchase; a follow-up
    # call this many days after a purchase that was shipped or reached the amount (agorot)
    "winback_days": "90",
    "followup_days": "3",
    "followup_min_amount": "50000",
}


class SettingsService:
    def __init__(self, db) -> None:
        self._db = db

    def get(self, key: str) -> str:
        row = self._db.connection().execute("SELECT value FROM setting WHERE key=?", (key,)).fetchone()
        return row[0] if row else DEFAULTS.get(key, "")

    def set(self, key: str, value: str) -> None:
        value = clean_text(value)
        if key == "language" and value not in LANGUAGES:
            raise InvalidValue(field="language", text=value)
        with self._db.atomic():
            self._db.connection().execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    @property
    def shop_name(self) -> str:
        return self.get("shop_name")

    @property
    def language(self) -> str:
        return self.get("language")
