"""`shopkeeper-cli print note|notes`: thank-you notes to a PDF file (poppler-utils required)."""

from __future__ import annotations

import re

from tests.shopkeeper.cli.cli_support import DANA, YOSSI
from tests.shopkeeper.printing.pdf_support import drawn_lines, pdf_fonts, run

_SIZE = re.compile(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts")
A6 = (297.64, 419.53)
A4 = (595.28, 841.89)
NOT_PRINTED = {"printer": None, "job": None}
A6_MM = {"width_mm": 105.0, "height_mm": 148.0}


def sizes(pdf) -> list[tuple[float, float]]:
    out = run("pdfinfo", "-f", "1", "-l", "99", pdf)
    return [(round(float(w), 2), round(float(h), 2)) for w, h in _SIZE.findall(out)]


def coupon_codes(open_shop) -> list[tuple[str, int | None, str]]:
    shop = open_shop()
    try:
        return (
            shop.db.connection()
            .execute("SELECT code, member_id, batch FROM coupon ORDER BY id")
            .fetchall()
        )
    finally:
        shop.close()


def test_a_note_for_one_member(cli_json, dana, tmp_path, open_shop):
    out = tmp_path / "note.pdf"
    code, result, err = cli_json("print", "note", DANA, "--out", str(out))
    assert code == 0, err
    [(coupon, member_id, batch)] = coupon_codes(open_shop)
    assert result == {
        "notes": 1,
        "out": str(out),
        "path": str(out),
        **A6_MM,
        "pages": 1,
        "coupon": coupon,
        **NOT_PRINTED,
    }
    assert (member_id, batch) == (dana["id"], "note")
    assert sizes(out) == [A6]
    assert all(row["emb"] == "yes" for row in pdf_fonts(out))
    lines = drawn_lines(out)
    assert ",ה/רקיה הנד" in lines  # no form of address given: the neutral form
    assert coupon in lines


def test_printing_a_note_again_reuses_its_coupon(cli_json, dana, tmp_path, open_shop):
    codes = []
    for name in ("first.pdf", "again.pdf"):
        code, result, err = cli_json("print", "note", DANA, "--out", str(tmp_path / name))
        assert code == 0, err
        codes.append(result["coupon"])
    assert codes[0] == codes[1]
    assert coupon_codes(open_shop) == [(codes[0], dana["id"], "note")]


def test_a_note_by_member_number_on_the_english_template_as_a_label(cli, dana, tmp_path):
    out = tmp_path / "label.pdf"
    code, text, err = cli(
        "print", "note", "1", "--template", "Thank you", "--size", "label62", "--out", str(out)
    )
    assert code == 0, err
    assert text.strip() == f"Wrote a note on 1 page to {out}"
    [(width, _height)] = sizes(out)
    assert width == 175.75
    assert "Dear הנד," in drawn_lines(out)


def test_a_label_note_gives_its_path_and_page_size_like_every_print_command(
    cli_json, dana, tmp_path
):
    out = tmp_path / "label.pdf"
    code, result, err = cli_json("print", "note", DANA, "--size", "label62", "--out", str(out))
    assert code == 0, err
    assert (result["path"], result["width_mm"], result["height_mm"]) == (str(out), 62.0, 100.0)
    code, result, err = cli_json(
        "print", "notes", "--members", DANA, "--size", "label62", "--out", str(out)
    )
    assert code == 0, err
    assert (result["path"], result["width_mm"], result["height_mm"]) == (str(out), 62.0, 100.0)


def test_notes_for_chosen_members_four_to_a_sheet(cli_json, dana, yossi, tmp_path):
    out = tmp_path / "sheet.pdf"
    code, result, err = cli_json(
        "print", "notes", "--members", f"{DANA},{YOSSI},1", "--size", "a4x4", "--out", str(out)
    )
    assert code == 0, err
    assert result == {
        "notes": 2,
        "out": str(out),
        "path": str(out),
        "width_mm": 210.0,
        "height_mm": 297.0,
        "pages": 1,
        **NOT_PRINTED,
    }  # Dana named twice: one note
    assert sizes(out) == [A4]


def test_notes_for_the_day_s_shipped_purchases(cli, cli_json, dana, yossi, tmp_path):
    for key, fulfilment in ((DANA, "shipped"), (YOSSI, "shipped"), (DANA, "taken")):
        code, _, err = cli_json(
            "purchases", "add", key, "120", "--line", "Teapot||1|120", "--fulfilment", fulfilment
        )
        assert code == 0, err
    out = tmp_path / "day.pdf"
    code, result, err = cli_json("print", "notes", "--shipped-on", "2026-11-26", "--out", str(out))
    assert code == 0, err
    assert result == {
        "notes": 2,
        "out": str(out),
        "path": str(out),
        **A6_MM,
        "pages": 2,
        **NOT_PRINTED,
    }
    assert sizes(out) == [A6, A6]
    code, text, err = cli("print", "notes", "--shipped-on", "26/11/2026", "--out", str(out))
    assert (code, err) == (0, "")
    assert text.strip() == f"Wrote 2 notes on 2 pages to {out}"


def test_a_day_with_nothing_shipped_is_an_error_and_writes_nothing(cli, dana, tmp_path):
    out = tmp_path / "none.pdf"
    code, _, err = cli("print", "notes", "--shipped-on", "2026-11-25", "--out", str(out))
    assert code == 1
    assert "No purchase shipped to a member on 25/11/2026" in err
    assert not out.exists()


def test_unknown_template_member_or_size(cli, dana, tmp_path):
    out = str(tmp_path / "x.pdf")
    code, _, err = cli("print", "note", DANA, "--template", "nope", "--out", out)
    assert (code, err.strip()) == (1, "There is no note template called “nope”.")
    code, _, err = cli("print", "note", "0501111111", "--out", out)
    assert code == 1 and "No member" in err
    code, _, err = cli("print", "notes", "--members", f"{DANA},999", "--out", out)
    assert code == 1 and "“999”" in err
    code, _, _ = cli("print", "note", DANA, "--size", "a7", "--out", out)
    assert code == 2
    code, _, _ = cli("print", "notes", "--out", out)  # neither --shipped-on nor --members
    assert code == 2


def test_a_folder_that_does_not_exist(cli, dana, tmp_path):
    code, _, err = cli("print", "note", DANA, "--out", str(tmp_path / "no" / "such" / "n.pdf"))
    assert code == 2 and err.startswith("Cannot write")
