"""`shopkeeper-cli complaints new|update|show|list`."""

from __future__ import annotations

from tests.shopkeeper.cli.cli_support import DANA, YOSSI

LIST_KEYS = {
    "id",
    "member_phone",
    "member_name",
    "what",
    "status",
    "remedy",
    "owner",
    "follow_up_on",
    "opened_at",
    "resolved_at",
    "closed_at",
    "resolution_days",
    "goodwill_points",
    "events",
}


def new(cli_json, *args: str) -> int:
    code, data, err = cli_json("complaints", "new", *args)
    assert code == 0, err
    return data["id"]


def test_new_prints_the_id(cli_json, dana):
    code, data, err = cli_json(
        "complaints",
        "new",
        DANA,
        "--what",
        "the cake was squashed",
        "--remedy",
        "replacement",
        "--owner",
        "Avi",
        "--follow-up",
        "28/11/2026",
    )
    assert code == 0, err
    assert data == {"id": 1}
    code, shown, err = cli_json("complaints", "show", "1")
    assert code == 0, err
    assert shown.keys() >= LIST_KEYS
    assert (shown["member_phone"], shown["member_name"]) == (dana["phone"], "דנה")
    assert (shown["what"], shown["remedy"], shown["owner"], shown["follow_up_on"]) == (
        "the cake was squashed",
        "replacement",
        "Avi",
        "2026-11-28",
    )
    assert (shown["status"], shown["goodwill_points"], shown["resolution_days"]) == (
        "open",
        0,
        None,
    )
    assert shown["opened_at"] == "2026-11-26T10:30:00"
    assert [(e["kind"], e["text"], e["by"]) for e in shown["events"]] == [
        ("opened", "the cake was squashed", "shopkeeper-cli"),
    ]


def test_new_with_channel_and_day(cli_json, dana):
    complaint_id = new(
        cli_json,
        str(dana["number"]),
        "--what",
        "rude",
        "--channel",
        "phone",
        "--happened",
        "2026-11-20",
    )
    _, shown, _ = cli_json("complaints", "show", f"#{complaint_id}")
    assert (shown["channel"], shown["happened_on"]) == ("phone", "2026-11-20")


def test_new_refuses_bad_input(cli_json, dana):
    assert cli_json("complaints", "new", DANA)[0] == 2  # --what is required
    assert cli_json("complaints", "new", DANA, "--what", "x", "--remedy", "hug")[0] == 2
    code, _, err = cli_json("complaints", "new", "0501111111", "--what", "x")
    assert code == 1 and "0501111111" in err
    code, _, err = cli_json("complaints", "new", DANA, "--what", "x", "--follow-up", "31/02/2026")
    assert code == 1 and "31/02/2026" in err
    code, _, err = cli_json("complaints", "new", DANA, "--what", "  ")
    assert code == 1
    assert cli_json("complaints", "list")[1] == []


def test_update_through_the_whole_flow_with_goodwill(cli_json, dana):
    balance_before = cli_json("points", "show", DANA)[1]["balance"]
    complaint_id = new(cli_json, DANA, "--what", "wrong size")
    code, record, err = cli_json(
        "complaints",
        "update",
        str(complaint_id),
        "--status",
        "in-progress",
        "--informed",
        "ordered the right size",
        "--owner",
        "Avi",
        "--remedy",
        "credit",
        "--follow-up",
        "2026-11-30",
        "--note",
        "supplier slow",
    )
    assert code == 0, err
    assert (record["status"], record["owner"], record["remedy"], record["follow_up_on"]) == (
        "in-progress",
        "Avi",
        "credit",
        "2026-11-30",
    )
    assert [(e["kind"], e["text"]) for e in record["events"][1:]] == [
        ("status", "in-progress"),
        ("remedy", "credit"),
        ("owner", "Avi"),
        ("follow-up", "2026-11-30"),
        ("informed", "ordered the right size"),
        ("note", "supplier slow"),
    ]
    code, record, err = cli_json(
        "complaints", "update", str(complaint_id), "--status", "resolved", "--goodwill", "50"
    )
    assert code == 0, err
    assert (record["status"], record["goodwill_points"], record["resolution_days"]) == (
        "resolved",
        50,
        0.0,
    )
    assert record["resolved_at"] == "2026-11-26T10:30:00"
    code, points, err = cli_json("points", "show", DANA)
    assert code == 0, err
    assert points["balance"] == balance_before + 50
    assert [(e["kind"], e["points"], e["source"], e["reason"]) for e in points["ledger"]][0] == (
        "bonus",
        50,
        "goodwill",
        f"complaint #{complaint_id}",
    )
    code, record, err = cli_json("complaints", "update", str(complaint_id), "--status", "closed")
    assert code == 0, err
    assert record["closed_at"] == "2026-11-26T10:30:00"


def test_update_refusals(cli_json, dana):
    complaint_id = str(new(cli_json, DANA, "--what", "wrong size"))
    code, _, err = cli_json("complaints", "update", complaint_id, "--goodwill", "50")
    assert code == 1 and "goodwill" in err  # not resolved
    code, _, err = cli_json(
        "complaints", "update", complaint_id, "--status", "resolved", "--goodwill", "0"
    )
    assert code == 1
    assert cli_json("complaints", "show", complaint_id)[1]["status"] == "open"  # nothing saved
    cli_json("complaints", "update", complaint_id, "--status", "resolved")
    code, _, err = cli_json("complaints", "update", complaint_id, "--status", "open")
    assert (
        code == 1 and err.strip() == f"Complaint {complaint_id} is resolved; it cannot become open."
    )
    code, _, err = cli_json("complaints", "update", "99", "--informed", "x")
    assert code == 1 and "99" in err
    assert cli_json("complaints", "update", "abc")[0] == 2
    assert cli_json("complaints", "update", complaint_id, "--status", "done")[0] == 2


def test_list_and_list_open(cli_json, dana, yossi):
    first = new(cli_json, DANA, "--what", "one")
    second = new(cli_json, YOSSI, "--what", "two")
    cli_json("complaints", "update", str(first), "--status", "resolved")
    code, listed, err = cli_json("complaints", "list")
    assert code == 0, err
    assert [c["id"] for c in listed] == [second, first]
    assert all(c.keys() >= LIST_KEYS for c in listed)
    assert listed[0]["member_phone"] == yossi["phone"] and listed[0]["member_name"] == "Yossi"
    code, listed, err = cli_json("complaints", "list", "--open")
    assert [c["id"] for c in listed] == [second]


def test_human_output(cli, dana):
    code, out, err = cli("complaints", "new", DANA, "--what", "late", "--follow-up", "2026-11-28")
    assert code == 0, err
    assert out.strip() == "Complaint #1 opened for דנה (052-345-6789)."
    code, out, _ = cli("complaints", "list")
    assert out.strip() == "#1  open         דנה (052-345-6789)  follow up 28/11/2026  late"
    code, out, _ = cli("complaints", "update", "1", "--status", "resolved", "--goodwill", "20")
    assert "Goodwill:    20 points" in out and "Resolution:  0.0 days" in out
    assert "goodwill   20  (shopkeeper-cli)" in out
    code, out, _ = cli("complaints", "list", "--open")
    assert out.strip() == "No open complaints."
