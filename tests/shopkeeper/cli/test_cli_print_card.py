"""`shopkeeper-cli print card`: member cards to a PDF file (poppler-utils and zbarimg required)."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.shopkeeper.cli.cli_support import DANA, YOSSI
from tests.shopkeeper.printing.pdf_support import drawn_lines, pdf_fonts, require, run

_SIZE = re.compile(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts")


def sizes(pdf) -> list[tuple[float, float]]:
    """Each page's size in points, to 0.01."""
    out = run("pdfinfo", "-f", "1", "-l", "99", pdf)
    return [(round(float(w), 2), round(float(h), 2)) for w, h in _SIZE.findall(out)]


def scan(pdf, tmp_path) -> list[str]:
    stem = tmp_path / "scan"
    run("pdftoppm", "-r", 300, "-f", 1, "-l", 1, "-singlefile", "-png", pdf, stem)
    found = subprocess.run(
        [require("zbarimg"), "-q", f"{stem}.png"], capture_output=True, text=True, timeout=60
    )
    return found.stdout.split()


CARD = (242.65, 153.07)
A4 = (595.28, 841.89)


def test_a_card_by_member_number(cli_json, dana, tmp_path, open_shop):
    out = tmp_path / "card.pdf"
    code, result, err = cli_json("print", "card", "1", "--out", str(out))
    assert code == 0, err
    assert result == {
        "path": str(out),
        "width_mm": 85.6,
        "height_mm": 54.0,
        "pages": 1,
        "cards": 1,
        "members": [1],
        "layout": "single",
        "code": "code128",
        "printer": None,
        "job": None,
    }
    assert sizes(out) == [CARD]
    assert all(row["emb"] == "yes" for row in pdf_fonts(out))
    assert "הנד" in drawn_lines(out)  # דנה, drawn right to left
    [read] = scan(out, tmp_path)
    assert read == "CODE-128:1"
    shop = open_shop()
    try:  # what the card holds opens the member at the counter
        assert shop.search.exact_id(read.split(":")[1]) == dana["id"]
    finally:
        shop.close()


def test_a_card_by_phone_with_a_qr_in_english(cli, dana, yossi, tmp_path):
    out = tmp_path / "yossi.pdf"
    code, stdout, err = cli("print", "card", YOSSI, "--qr", "--language", "en", "--out", str(out))
    assert code == 0, err
    assert stdout.strip() == f"Wrote {out} (85.6 × 54 mm)"
    assert scan(out, tmp_path) == ["QR-Code:2"]
    lines = drawn_lines(out)
    assert "Yossi" in lines and "Member no. 2" in lines


def test_a_sheet_of_several_members(cli_json, dana, yossi, tmp_path):
    out = tmp_path / "sheet.pdf"
    code, result, err = cli_json(
        "print", "card", "--members", f"{YOSSI}, 1", "--sheet", "--out", str(out)
    )
    assert code == 0, err
    assert (result["pages"], result["cards"], result["members"]) == (1, 2, [2, 1])
    assert (result["layout"], result["width_mm"], result["height_mm"]) == ("sheet", 210, 297)
    assert sizes(out) == [A4]


def test_a_member_named_twice_gets_one_card_and_several_pages_when_single(
    cli_json, dana, yossi, tmp_path
):
    out = tmp_path / "cards.pdf"
    code, result, err = cli_json("print", "card", DANA, "--members", "1,2", "--out", str(out))
    assert code == 0, err
    assert (result["pages"], result["members"]) == (2, [1, 2])
    assert sizes(out) == [CARD, CARD]


def test_an_unknown_member_fails_and_writes_nothing(cli, dana, tmp_path):
    out = tmp_path / "none.pdf"
    code, stdout, err = cli("print", "card", "1", "--members", "0509999999", "--out", str(out))
    assert code == 1
    assert "0509999999" in err and stdout == ""
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("print", "card", "1"),
        ("print", "card", "--out", "x.pdf"),
        ("print", "card", "1", "--members", ",", "--out", "x.pdf"),
    ],
    ids=["no --out", "no member", "empty --members"],
)
def test_usage_errors_exit_2(cli, dana, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _out, _err = cli(*args)
    assert code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_file_is_a_message_not_a_traceback(cli, dana, tmp_path):
    code, _out, err = cli("print", "card", "1", "--out", str(tmp_path / "missing" / "card.pdf"))
    assert code == 2
    assert "Cannot write" in err and "card.pdf" in err
