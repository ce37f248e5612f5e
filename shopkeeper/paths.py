"""Where a shop's data lives: the platform's user data folder unless --data-dir says otherwise."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Shopkeeper"


def default_data_dir() -> Path:
    """~/.local/share/Shopkeeper on Linux, %LOCALAPPDATA%\\Shopkeeper on Windows."""
    return user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(value: str | Path | None) -> Path:
    return Path(value).expanduser().resolve() if value else default_data_dir()
