"""Shop-wide settings kept in the database: the shop's name, language, logo and set-up state."""

from __future__ import annotations

from pathlib import Path

from shopkeeper.club.text import clean_text
from shopkeeper.errors import BlankShopName, InvalidValue, UnsupportedLogo
from shopkeeper.logo import LogoImage, check_logo, decode_logo, read_logo_file

LANGUAGES = ("he", "en")
SETUP_STATES = ("", "done", "skipped")  # "": the first-start set-up was never finished nor skipped
LOGO_KEY = "logo"
DEFAULTS = {
    "shop_name": "",
    "language": "he",
    "setup": "",
    # calls (shopkeeper.touch.calls): lapsed after this many days without a purchase; a follow-up
    # call this many days after a purchase that was shipped or reached the amount (agorot)
    "winback_days": "90",
    "followup_days": "3",
    "followup_min_amount": "50000",
}
MAX_NAME = 80
# whole numbers, given to scripts as numbers (a value that is not one is shown as kept)
NUMERIC = ("winback_days", "followup_days", "followup_min_amount")


class SettingsService:
    def __init__(self, db) -> None:
        self._db = db

    def get(self, key: str) -> str:
        row = (
            self._db.connection()
            .execute("SELECT value FROM setting WHERE key=?", (key,))
            .fetchone()
        )
        return row[0] if row else DEFAULTS.get(key, "")

    def set(self, key: str, value: str) -> None:
        """Save one setting as typed; the shop's name (never blank), language and set-up state
        are checked."""
        value = clean_text(value)
        if key == "language" and value not in LANGUAGES:
            raise InvalidValue(field="language", text=value)
        if key == "setup" and value not in SETUP_STATES:
            raise InvalidValue(field="setup", text=value)
        if key == "shop_name" and not value.strip():
            raise BlankShopName()
        if key == "shop_name" and len(value) > MAX_NAME:
            raise InvalidValue(field="shop_name", text=value[:20] + "…")
        if key == LOGO_KEY:
            if value:
                self.set_logo_file(value)
            else:
                self.remove_logo()
            return
        self._put(key, value)

    def _put(self, key: str, value: str) -> None:
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

    # -- the logo ----------------------------------------------------------------------------
    def logo(self) -> LogoImage | None:
        """The shop's logo, or None; UnsupportedLogo if what is kept can no longer be read."""
        return decode_logo(self.get(LOGO_KEY))

    def set_logo(self, data: bytes, name: str = "") -> LogoImage:
        """Check and keep the image bytes (UnsupportedLogo if they are not a usable logo)."""
        logo = check_logo(data, name)
        self._put(LOGO_KEY, logo.encoded())
        return logo

    def set_logo_file(self, path: str | Path) -> LogoImage:
        """Read, check and keep the logo file at `path`; the file itself is not needed afterwards."""
        logo = read_logo_file(path)
        self._put(LOGO_KEY, logo.encoded())
        return logo

    def remove_logo(self) -> None:
        with self._db.atomic():
            self._db.connection().execute("DELETE FROM setting WHERE key=?", (LOGO_KEY,))

    # -- the first-start set-up ---------------------------------------------------------------
    @property
    def setup_state(self) -> str:
        """ "done", "skipped" or "" (never finished nor skipped)."""
        return self.get("setup")

    def needs_setup(self) -> bool:
        """True for a shop with no members whose set-up was never finished nor skipped."""
        if self.setup_state:
            return False
        row = self._db.connection().execute("SELECT EXISTS (SELECT 1 FROM member)").fetchone()
        return not row[0]

    def to_json(self) -> dict:
        """Every setting as scripts see it: the call rules as numbers, the logo as its format and
        size, or None."""
        data: dict[str, object] = {key: self.get(key) for key in DEFAULTS}
        for key in NUMERIC:
            text = str(data[key]).strip()
            data[key] = int(text) if text.isdigit() else text
        try:
            logo = self.logo()
        except UnsupportedLogo:  # an unreadable stored logo still lets the rest be shown
            data["logo"] = {"error": "the stored logo cannot be read"}
        else:
            data["logo"] = logo.to_json() if logo else None
        return {
            "shop_name": data.pop("shop_name"),
            "language": data.pop("language"),
            "logo": data.pop("logo"),
            **data,
        }
