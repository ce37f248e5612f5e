"""`shopkeeper-cli winback` and `calls log|due|history`."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, time, timedelta

import openpyxl
import pytest

from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.cli.cli_support import DANA, YOSSI
from tests.shopkeeper.printing.pdf_support import run

TODAY = date(2026, 11, 26)
DAY = timedelta(days=1)
WINBACK_KEYS = {
    "member_id",
    "number",
    "name",
    "phone",
    "last_purchase_on",
    "days_since",
    "spend_12m",
    "visits_12m",
    "last_called_at",
}


def bought(open_shop, member_id: int, amount: int, days_ago: int, **fields) -> int:
    shop = open_shop()
    try:
        at = datetime.combine(TODAY - days_ago * DAY, time(12))
        return shop.purchases.record(PurchaseDraft(member_id, amount, at=at, **fields)).id
    finally:
        shop.close()


@pytest.fixture
def lapsed(open_shop, dana, yossi):
    """Dana spent ₪300 120 days ago, Yossi ₪100 100 days ago: both lapsed, Dana first."""
    bought(open_shop, dana["id"], 300_00, 120)
    bought(open_shop, yossi["id"], 100_00, 100)
    return dana, yossi


def test_winback_lists_lapsed_members_best_value_first(cli_json, lapsed):
    dana, yossi = lapsed
    code, entries, err = cli_json("winback")
    assert code == 0, err
    assert [e["phone"] for e in entries] == [dana["phone"], yossi["phone"]]
    assert set(entries[0]) == WINBACK_KEYS
    assert (entries[0]["spend_12m"], entries[0]["visits_12m"], entries[0]["days_since"]) == (
        300_00,
        1,
        120,
    )
    assert entries[0]["last_purchase_on"] == "2026-07-29"


def test_winback_days_on_and_limit(cli_json, lapsed):
    dana, yossi = lapsed
    assert [e["phone"] for e in cli_json("winback", "--days", "110")[1]] == [dana["phone"]]
    assert cli_json("winback", "--on", "01/08/2026")[1] == []  # 100 days before that, both bought
    assert [e["phone"] for e in cli_json("winback", "--limit", "1")[1]] == [dana["phone"]]
    code, _out, err = cli_json("winback", "--days", "0")
    assert code == 2 and "--days" in err


def test_winback_text_for_a_person(cli, lapsed):
    code, out, _err = cli("winback")
    assert code == 0
    first = out.splitlines()[0]
    assert "דנה" in first and "052-345-6789" in first and "29/07/2026 (120 days)" in first
    assert "₪300" in first


def test_winback_writes_a_pdf_and_an_export(cli_json, lapsed, tmp_path):
    pdf, sheet, table = tmp_path / "calls.pdf", tmp_path / "calls.xlsx", tmp_path / "calls.csv"
    code, entries, err = cli_json("winback", "--pdf", str(pdf), "--export", str(sheet))
    assert code == 0, err
    assert len(entries) == 2 and f"Wrote {pdf}" in err
    assert re.search(r"Pages:\s+1\n", run("pdfinfo", pdf))
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert [row[2] for row in rows] == ["טלפון", "052-345-6789", "054-123-4567"]
    assert cli_json("winback", "--export", str(table))[0] == 0
    with open(table, encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.reader(file))) == 3


def test_winback_refuses_an_export_it_cannot_write(cli_json, lapsed, tmp_path):
    code, _out, err = cli_json("winback", "--export", str(tmp_path / "calls.txt"))
    assert code == 1 and "calls.txt" in err
    assert not (tmp_path / "calls.txt").exists()
    code, _out, err = cli_json("winback", "--pdf", str(tmp_path / "missing" / "calls.pdf"))
    assert code == 2 and "Cannot write" in err
    target = tmp_path / "missing" / "calls.csv"
    code, _out, err = cli_json("winback", "--export", str(target))
    assert code == 2 and err.startswith(f"Cannot write {target}: ")  # not its .part file


def test_calls_log_takes_the_member_off_the_winback_list(cli_json, lapsed):
    dana, yossi = lapsed
    code, record, err = cli_json(
        "calls", "log", DANA, "--result", "no-answer", "--note", "voicemail"
    )
    assert code == 0, err
    assert record == {
        "id": record["id"],
        "member_id": dana["id"],
        "reason": "winback",
        "purchase_id": None,
        "result": "no-answer",
        "call_back_on": None,
        "note": "voicemail",
        "by": "shopkeeper-cli",
        "at": "2026-11-26T10:30:00",
    }
    assert [e["phone"] for e in cli_json("winback")[1]] == [yossi["phone"]]


def test_a_call_back_needs_a_day_and_comes_due_on_it(cli_json, dana):
    code, _record, err = cli_json("calls", "log", DANA, "--result", "call-back")
    assert code == 1 and "call back on" in err
    code, _record, err = cli_json(
        "calls", "log", DANA, "--result", "reached", "--call-back", "30/11/2026"
    )
    assert code == 1
    code, record, err = cli_json(
        "calls", "log", str(dana["number"]), "--result", "call-back", "--call-back", "30/11/2026"
    )
    assert code == 0, err
    assert record["call_back_on"] == "2026-11-30"
    assert cli_json("calls", "due")[1] == {"call_backs": [], "followups": []}
    code, due, err = cli_json("calls", "due", "--on", "2026-11-30")
    assert code == 0, err
    assert [(e["phone"], e["call_id"]) for e in due["call_backs"]] == [
        (dana["phone"], record["id"])
    ]


def test_a_follow_up_is_due_until_logged_for_its_purchase(cli_json, open_shop, dana):
    purchase = bought(open_shop, dana["id"], 80_00, 4, fulfilment="shipped")
    code, due, err = cli_json("calls", "due")
    assert code == 0, err
    assert [(e["purchase_id"], e["reason"], e["total"]) for e in due["followups"]] == [
        (purchase, "shipped", 80_00)
    ]
    code, record, err = cli_json(
        "calls", "log", DANA, "--result", "reached", "--purchase", str(purchase)
    )
    assert code == 0, err
    assert (record["reason"], record["purchase_id"]) == ("followup", purchase)
    assert cli_json("calls", "due")[1]["followups"] == []


def test_calls_history_and_unknown_members(cli_json, cli, dana):
    for result in ("no-answer", "reached"):
        assert cli_json("calls", "log", DANA, "--result", result, "--reason", "other")[0] == 0
    code, history, err = cli_json("calls", "history", DANA)
    assert code == 0, err
    assert [r["result"] for r in history] == ["reached", "no-answer"]
    code, _out, err = cli_json("calls", "log", YOSSI, "--result", "reached")
    assert code == 1 and "054" in err
    code, _out, err = cli("calls", "log", DANA, "--result", "answered")
    assert code == 2 and "--result" in err
