"""shopkeeper-cli on a real shop folder, with the shop's clock in the test's hands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import shopkeeper.cli
from shopkeeper.cli import main
from shopkeeper.shop import Shop
from tests.shopkeeper.cli.cli_support import DANA, YOSSI, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "shop"


@pytest.fixture
def open_shop(data_dir, clock):
    """open_shop() → the test's shop, opened directly (close it after use)."""
    return lambda: Shop(data_dir, today=clock.today, now=clock)


@pytest.fixture
def cli(capsys, data_dir, clock, monkeypatch):
    """cli(*args) → (exit code, stdout, stderr), run against the test's shop folder."""
    monkeypatch.setattr(
        shopkeeper.cli, "Shop", lambda folder: Shop(folder, today=clock.today, now=clock)
    )

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err

    return run


@pytest.fixture
def cli_json(cli):
    """cli_json(*args) → (exit code, parsed JSON or None, stderr)."""

    def run(*args: str) -> tuple[int, object, str]:
        code, out, err = cli(*args, "--json")
        return code, json.loads(out) if out.strip() else None, err

    return run


@pytest.fixture
def dana(cli_json) -> dict:
    """A member (number 1) added through the CLI."""
    code, member, err = cli_json("members", "add", "--first", "דנה", "--phone", DANA)
    assert code == 0, err
    return member


@pytest.fixture
def yossi(cli_json) -> dict:
    code, member, err = cli_json("members", "add", "--first", "Yossi", "--phone", YOSSI)
    assert code == 0, err
    return member
