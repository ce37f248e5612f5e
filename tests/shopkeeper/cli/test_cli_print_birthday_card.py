"""`shopkeeper-cli print birthday-card PHONE|NUMBER [--child NAME | --pet NAME] [--lang he|en]`."""

from __future__ import annotations

from tests.shopkeeper.cli.cli_support import DANA
from tests.shopkeeper.printing.pdf_support import pdftotext_pages, run


def test_a_birthday_card_for_a_child_in_english(cli_json, tmp_path):
    code, _, err = cli_json(
        "members", "add", "--first", "Dana", "--phone", DANA, "--child", "Maya,28/11/2017,f"
    )
    assert code == 0, err
    out = tmp_path / "card.pdf"
    code, result, err = cli_json(
        "print", "birthday-card", DANA, "--child", "Maya", "--lang", "en", "--out", str(out)
    )
    assert code == 0, err
    assert result == {
        "path": str(out),
        "width_mm": 105.0,
        "height_mm": 148.0,
        "member": 1,
        "child": "Maya",
        "pet": None,
        "language": "en",
        "printer": None,
        "job": None,
    }
    assert "Page size:       297.638 x 419.528 pts" in run("pdfinfo", out)
    assert "Maya" in pdftotext_pages(out)[0]


def test_an_unknown_child_is_exit_code_1_and_no_file(cli, dana, tmp_path):
    out = tmp_path / "card.pdf"
    code, _, err = cli("print", "birthday-card", DANA, "--child", "Nobody", "--out", str(out))
    assert code == 1 and "Nobody" in err
    assert not out.exists()


def test_the_age_is_printed_only_with_show_age(cli_json, tmp_path):
    code, _, err = cli_json(
        "members", "add", "--first", "Dana", "--phone", DANA, "--child", "Maya,28/11/2017,f"
    )
    assert code == 0, err
    texts = {}
    for flag in ((), ("--show-age",)):
        out = tmp_path / f"card{len(flag)}.pdf"
        args = (
            "print",
            "birthday-card",
            DANA,
            "--child",
            "Maya",
            "--lang",
            "en",
            "--out",
            str(out),
        )
        code, _, err = cli_json(*args, *flag)
        assert code == 0, err
        texts[bool(flag)] = " ".join(pdftotext_pages(out)[0].split())
    assert "turning" not in texts[False]
    assert "She's turning" in texts[True]
