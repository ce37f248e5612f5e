"""`shopkeeper-cli import purchases FILE [--dry-run]`: the member import's report and exit codes."""

from __future__ import annotations

import openpyxl

from tests.shopkeeper.cli.cli_support import DANA, YOSSI


def write(tmp_path, text: str, name: str = "purchases.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_all_rows_fine_exit_0_and_a_second_run_counts_existing(cli, cli_json, dana, tmp_path):
    path = write(tmp_path, f"טלפון,תאריך,סכום\n{DANA},01/02/2026,100\n{DANA},2026-03-01,50\n")
    code, report, err = cli_json("import", "purchases", str(path))
    assert code == 0, err
    assert report == {"imported": 2, "existing": 0, "rejected": []}
    assert cli_json("points", "show", DANA)[1]["ledger"][0]["points"] == 50
    code, out, _ = cli("import", "purchases", str(path))
    assert code == 0
    assert "Imported 0 purchases; 2 already recorded; 0 rows rejected." in out


def test_rejected_rows_exit_1_with_row_numbers(cli, cli_json, dana, tmp_path):
    path = write(tmp_path, f"Phone,Date,Amount\n{DANA},01/02/2026,10\n{YOSSI},01/02/2026,10\n")
    code, report, _ = cli_json("import", "purchases", str(path))
    assert code == 1
    assert report["imported"] == 1
    assert [r["row"] for r in report["rejected"]] == [3]
    assert "no member with this phone" in report["rejected"][0]["reason"]
    code, out, _ = cli("import", "purchases", str(path))
    assert "  row 3: phone: no member with this phone" in out


def test_dry_run_writes_nothing(cli_json, dana, yossi, tmp_path):
    path = tmp_path / "purchases.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Phone", "Date", "Total", "Item", "Category"])
    workbook.active.append([YOSSI, "05/05/2026", 80, "Latte", "coffee"])
    workbook.save(path)
    code, report, err = cli_json("import", "purchases", str(path), "--dry-run")
    assert code == 0, err
    assert report == {"imported": 1, "existing": 0, "rejected": []}
    assert cli_json("purchases", "list", YOSSI)[1] == []
    assert cli_json("import", "purchases", str(path))[1]["imported"] == 1
    (record,) = cli_json("purchases", "list", YOSSI)[1]
    assert (record["at"], record["points"], record["lines"][0]["category"]) == (
        "2026-05-05T12:00:00",
        80,
        "coffee",
    )


def test_unusable_file_exit_2(cli_json, tmp_path):
    code, data, err = cli_json("import", "purchases", str(tmp_path / "missing.csv"))
    assert (code, data) == (2, None)
    assert "cannot be imported" in err
    path = write(tmp_path, f"Phone,Amount\n{DANA},10\n")
    code, _, err = cli_json("import", "purchases", str(path))
    assert code == 2 and "missing column: date" in err
