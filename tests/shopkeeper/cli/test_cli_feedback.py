"""`shopkeeper-cli feedback add` and `feedback nps`."""

from __future__ import annotations

from tests.shopkeeper.cli.cli_support import DANA, YOSSI

NPS_KEYS = {"nps", "promoters", "passives", "detractors", "responses"}


def test_add_prints_id_nps_and_category(cli_json, dana):
    code, data, err = cli_json("feedback", "add", DANA, "--nps", "9", "--comment", "<&> 👍")
    assert code == 0, err
    assert data == {"id": 1, "nps": 9, "category": "promoter"}
    code, data, err = cli_json("feedback", "add", str(dana["number"]), "--nps", "6")
    assert code == 0, err
    assert data == {"id": 2, "nps": 6, "category": "detractor"}


def test_add_keeps_the_comment_and_date_as_given(cli_json, dana, open_shop):
    code, data, err = cli_json(
        "feedback",
        "add",
        DANA,
        "--nps",
        "7",
        "--comment",
        "<b>מעולה</b> & 😀",
        "--date",
        "20/11/2026",
    )
    assert code == 0, err
    shop = open_shop()
    try:
        record = shop.feedback.get(data["id"])
        assert record.comment == "<b>מעולה</b> & 😀"
        assert record.given_on.isoformat() == "2026-11-20"
        assert record.member_id == dana["id"]
    finally:
        shop.close()


def test_add_for_a_walk_in_customer(cli_json):
    code, data, err = cli_json("feedback", "add", "-", "--nps", "10")
    assert code == 0, err
    assert data["category"] == "promoter"


def test_add_refuses_an_nps_outside_0_to_10(cli_json, dana):
    code, data, err = cli_json("feedback", "add", DANA, "--nps", "11")
    assert code == 1 and data is None and "11" in err
    code, _, err = cli_json("feedback", "add", DANA, "--nps", "nine")
    assert code == 2


def test_add_for_an_unknown_member(cli_json):
    code, _, err = cli_json("feedback", "add", "0501111111", "--nps", "5")
    assert code == 1 and "0501111111" in err


def test_nps_with_no_responses_is_null(cli_json):
    code, data, err = cli_json("feedback", "nps")
    assert code == 0, err
    assert data == {"nps": None, "promoters": 0, "passives": 0, "detractors": 0, "responses": 0}


def test_nps_counts_every_response_in_the_period(cli_json, dana, yossi):
    for key, score, day in [
        (DANA, "10", "2026-11-01"),
        (DANA, "3", "2026-11-15"),  # the same member twice: both count
        (YOSSI, "9", "2026-11-30"),
        (YOSSI, "8", "2026-11-10"),
        (YOSSI, "0", "2026-10-31"),  # outside
    ]:
        code, _, err = cli_json("feedback", "add", key, "--nps", score, "--date", day)
        assert code == 0, err
    code, data, err = cli_json("feedback", "nps", "--from", "01/11/2026", "--to", "30/11/2026")
    assert code == 0, err
    assert data == {"nps": 25, "promoters": 2, "passives": 1, "detractors": 1, "responses": 4}
    code, data, err = cli_json("feedback", "nps")
    assert data.keys() == NPS_KEYS and data["responses"] == 5 and data["nps"] == 0


def test_nps_by_month(cli_json, dana):
    cli_json("feedback", "add", DANA, "--nps", "10", "--date", "2026-09-03")
    cli_json("feedback", "add", DANA, "--nps", "2", "--date", "2026-11-03")
    code, months, err = cli_json(
        "feedback", "nps", "--from", "2026-09-01", "--to", "2026-11-30", "--by-month"
    )
    assert code == 0, err
    assert months == [
        {
            "month": "2026-09",
            "nps": 100,
            "promoters": 1,
            "passives": 0,
            "detractors": 0,
            "responses": 1,
        },
        {
            "month": "2026-10",
            "nps": None,
            "promoters": 0,
            "passives": 0,
            "detractors": 0,
            "responses": 0,
        },
        {
            "month": "2026-11",
            "nps": -100,
            "promoters": 0,
            "passives": 0,
            "detractors": 1,
            "responses": 1,
        },
    ]


def test_nps_by_month_defaults_to_the_last_12_months(cli_json):
    code, months, err = cli_json("feedback", "nps", "--by-month")
    assert code == 0, err
    assert [m["month"] for m in months][:2] == ["2025-12", "2026-01"]
    assert months[-1]["month"] == "2026-11" and len(months) == 12


def test_nps_with_the_period_backwards_is_refused(cli_json):
    code, _, err = cli_json("feedback", "nps", "--from", "2026-11-30", "--to", "2026-11-01")
    assert code == 1 and err


def test_human_output(cli, dana):
    code, out, err = cli("feedback", "add", DANA, "--nps", "4", "--date", "25/11/2026")
    assert code == 0, err
    assert out.strip() == "Feedback #1 from דנה on 25/11/2026: 4 (detractor)."
    code, out, _ = cli("feedback", "nps")
    assert out.strip() == "NPS -100  (1 responses: 0 promoters, 0 passives, 1 detractors)"
    code, out, _ = cli("feedback", "nps", "--from", "2026-01-01", "--to", "2026-01-31")
    assert out.strip() == "NPS -   (no responses)"
