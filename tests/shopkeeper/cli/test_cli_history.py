"""`shopkeeper-cli members history PHONE|NUMBER [--kind …] [--json]`."""

from __future__ import annotations

from shopkeeper.sales.records import LineDraft, PurchaseDraft
from tests.shopkeeper.cli.cli_support import DANA

PURCHASE_KEYS = {"at", "kind", "id", "amount", "lines", "channel", "fulfilment", "voided"}
LINE_KEYS = {"name", "qty", "unit_price", "category", "returned_qty"}
POINTS_KEYS = {"at", "kind", "points", "balance", "reason"}


def history(cli_json, *args: str) -> list[dict]:
    code, data, err = cli_json("members", "history", *args)
    assert code == 0, err
    assert isinstance(data, list)
    return data


def test_json_timeline_newest_first_with_purchase_and_points_keys(cli_json, dana, open_shop, clock):
    shop = open_shop()
    try:
        clock.now = clock.now.replace(hour=11)
        shop.purchases.record(
            PurchaseDraft(
                dana["id"],
                lines=(LineDraft("Latte", "coffee", 2, 15_00),),
                channel="phone",
                fulfilment="pickup",
            ),
            by="test",
        )
        clock.now = clock.now.replace(hour=12)
        voided = shop.purchases.record(PurchaseDraft(dana["id"], amount=20_00), by="test")
        clock.now = clock.now.replace(hour=13)
        shop.purchases.void(voided.id, "entered twice", by="test")
    finally:
        shop.close()

    entries = history(cli_json, DANA)
    assert [e["at"] for e in entries] == sorted((e["at"] for e in entries), reverse=True)
    purchases = [e for e in entries if e["kind"] == "purchase"]
    assert all(set(p) >= PURCHASE_KEYS for p in purchases)
    assert [(p["id"], p["amount"], p["voided"]) for p in purchases] == [
        (voided.id, 20_00, True),
        (voided.id - 1, 30_00, False),
    ]
    latte = purchases[1]
    assert (latte["channel"], latte["fulfilment"]) == ("phone", "pickup")
    assert latte["lines"] == [
        {"name": "Latte", "qty": 2, "unit_price": 15_00, "category": "coffee", "returned_qty": 0}
    ]
    assert all(set(line) == LINE_KEYS for line in latte["lines"])

    points = [e for e in entries if e["kind"] == "points"]
    assert all(set(p) >= POINTS_KEYS for p in points)
    # Oldest first, each balance is the one before plus the row's points; the newest is the balance.
    running = 0
    for row in reversed(points):
        running += row["points"]
        assert row["balance"] == running
    code, shown, _ = cli_json("points", "show", DANA)
    assert points[0]["balance"] == shown["balance"]
    assert points[0]["reason"] == "entered twice"


def test_kind_filter_and_member_number(cli_json, dana):
    cli_json("purchases", "add", DANA, "30")
    only = history(cli_json, str(dana["number"]), "--kind", "points")
    assert {e["kind"] for e in only} == {"points"}
    assert [(e["type"], e["points"], e["balance"]) for e in only] == [
        ("earn", 30, 80),
        ("bonus", 50, 50),
    ]
    assert {e["kind"] for e in history(cli_json, DANA, "--kind", "purchases")} == {"purchase"}
    assert history(cli_json, DANA, "--kind", "greetings") == []


def test_text_table_and_an_unknown_member(cli, dana):
    cli("purchases", "add", DANA, "30")
    code, out, _ = cli("members", "history", DANA)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Kind", "Amount", "Points", "Balance", "What"]
    assert "purchase" in lines[1] and "₪30" in lines[1]
    code, out, err = cli("members", "history", "0509999999")
    assert code == 1 and out == ""
    assert "No member" in err
    code, _, err = cli("members", "history", DANA, "--kind", "shoes")
    assert code == 2


def test_a_voided_purchase_keeps_the_points_it_earned(cli_json, dana, open_shop):
    shop = open_shop()
    try:
        bought = shop.purchases.record(PurchaseDraft(dana["id"], amount=40_00), by="test")
        shop.purchases.void(bought.id, "wrong member", by="test")
    finally:
        shop.close()

    entries = history(cli_json, DANA)
    (purchase,) = [e for e in entries if e["kind"] == "purchase"]
    assert (purchase["voided"], purchase["points"], purchase["net_points"]) == (True, 40, 0)
    moves = [(e["type"], e["points"]) for e in entries if e["kind"] == "points"]
    assert moves[:2] == [("reverse", -40), ("earn", 40)]


def test_a_partial_return_keeps_the_earned_points_and_shows_what_is_left(cli_json, dana, open_shop):
    shop = open_shop()
    try:
        bought = shop.purchases.record(
            PurchaseDraft(dana["id"], lines=(LineDraft("Mug", "gifts", 2, 20_00),)), by="test"
        )
        line_id = shop.purchases.get(bought.id).lines[0].id
        shop.purchases.return_lines(bought.id, {line_id: 1}, "broken", by="test")
    finally:
        shop.close()

    (purchase,) = [e for e in history(cli_json, DANA) if e["kind"] == "purchase"]
    assert (purchase["voided"], purchase["points"], purchase["net_points"]) == (False, 40, 20)
