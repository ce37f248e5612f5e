"""`shopkeeper-cli pickup …` and `print slip`: JSON, messages and exit codes."""

from __future__ import annotations

import subprocess
from datetime import datetime
from urllib.parse import unquote

import pytest

from tests.shopkeeper.cli.cli_support import DANA
from tests.shopkeeper.printing.pdf_support import require, run


def new(cli_json, *args: str) -> dict:
    code, order, err = cli_json("pickup", "new", *args)
    assert code == 0, err
    return order


# -- new -----------------------------------------------------------------------------------------
def test_new_returns_id_and_code(cli_json, dana):
    order = new(
        cli_json,
        DANA,
        "--item",
        "עוגה|2|89.90",
        "--item",
        "נרות||5",
        "--paid",
        "50",
        "--shelf",
        "A1",
    )
    assert isinstance(order["id"], int) and len(order["code"]) == 6
    assert order["member"]["number"] == dana["number"]
    assert [(ln["name"], ln["qty"], ln["unit_price"]) for ln in order["lines"]] == [
        ("עוגה", 2, 89.9),
        ("נרות", 1, 5.0),
    ]
    assert (order["paid"], order["due"], order["shelf"]) == (50.0, 134.8, "A1")
    # Thursday 26/11/2026: Friday, then Sunday
    assert order["ready_by"] == "2026-11-29"


def test_new_with_due_ready_by_and_no_member(cli_json):
    order = new(
        cli_json,
        "-",
        "--item",
        "מארז שי|1|249",
        "--due",
        "100",
        "--ready-by",
        "03/12/2026",
        "--note",
        "אורית",
    )
    assert order["member"] is None
    assert (order["due"], order["ready_by"], order["note"]) == (100.0, "2026-12-03", "אורית")


def test_new_as_text(cli, dana):
    code, out, err = cli("pickup", "new", DANA, "--item", "עוגה|1|20")
    assert code == 0, err
    assert out.startswith("Pickup order 1, code ")
    assert "עוגה × 1  ₪20" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["--item", "עוגה|x|20"], "item quantity: “x” is not allowed."),
        (["--item", "עוגה|0|20"], "item quantity: “0” is not allowed."),
        (["--item", "עוגה"], "item (write it as name|qty|price): “עוגה” is not allowed."),
        (["--item", "עוגה|1|abc"], "“abc” is not an amount in shekels (for example 149.90)."),
        (["--item", "עוגה|1|20", "--ready-by", "31/02/2026"], "“31/02/2026” is not a date"),
    ],
)
def test_new_refuses_bad_input_with_exit_1(cli, dana, args, message):
    code, out, err = cli("pickup", "new", DANA, *args)
    assert (code, out) == (1, "")
    assert message in err


def test_new_for_an_unknown_member(cli):
    code, _, err = cli("pickup", "new", "0509999999", "--item", "x|1|1")
    assert code == 1 and "No member with the phone or number" in err


def test_new_needs_an_item(cli, dana):
    code, _, err = cli("pickup", "new", DANA)
    assert code == 2 and "--item" in err


# -- ready, collect, cancel ----------------------------------------------------------------------
def test_ready_returns_the_whatsapp_link(cli_json, cli, dana):
    order = new(cli_json, DANA, "--item", "עוגה|1|20")
    code, ready, err = cli_json("pickup", "ready", str(order["id"]))
    assert code == 0, err
    assert ready["status"] == "ready" and ready["ready_at"] == "2026-11-26T10:30:00"
    url = ready["whatsapp_url"]
    assert url.startswith("https://wa.me/972523456789?text=")
    assert unquote(url.split("text=")[1]) == (
        f"דנה, ההזמנה שלך מוכנה לאיסוף! קוד: {order['code']}\n"
        "לתשלום באיסוף: ₪20\n"
        "מוזמן/ת לבוא לאסוף"
    )
    code, out, err = cli("pickup", "ready", str(order["id"]))
    assert code == 1 and out == ""
    assert err.strip() == f"Pickup order {order['id']}: it was already marked ready on 26/11/2026."


def test_ready_as_text_prints_the_link(cli, cli_json, dana):
    order = new(cli_json, DANA, "--item", "עוגה|1|20")
    code, out, err = cli("pickup", "ready", order["code"].lower())
    assert code == 0, err
    assert out.splitlines()[0] == f"Pickup order {order['id']} is ready."
    assert out.splitlines()[1].startswith("WhatsApp: https://wa.me/972523456789?text=")


def test_ready_without_a_member_has_no_link(cli_json):
    order = new(cli_json, "-", "--item", "עוגה|1|20")
    code, ready, _ = cli_json("pickup", "ready", str(order["id"]))
    assert code == 0 and ready["whatsapp_url"] is None


def test_collect_and_cancel(cli_json, cli, dana):
    first = new(cli_json, DANA, "--item", "עוגה|1|20")
    second = new(cli_json, DANA, "--item", "עוגה|1|20")
    code, collected, _ = cli_json("pickup", "collect", str(first["id"]))
    assert code == 0 and collected["status"] == "collected"
    code, out, _ = cli("pickup", "cancel", f"{second['code'][:3]}-{second['code'][3:]}")
    assert code == 0 and out.strip() == f"Pickup order {second['id']} cancelled."
    code, _, err = cli("pickup", "cancel", str(first["id"]))
    assert code == 1 and "cannot be cancelled" in err
    code, _, err = cli("pickup", "collect", "999")
    assert code == 1 and err.strip() == "There is no pickup order “999”."


def test_show_by_code(cli_json, dana):
    order = new(cli_json, DANA, "--item", "עוגה|1|20")
    code, shown, _ = cli_json("pickup", "show", f" {order['code'].lower()} ")
    assert code == 0 and shown["id"] == order["id"]


# -- list ----------------------------------------------------------------------------------------
def test_list_overdue_first(cli_json, cli, clock, dana):
    later = new(cli_json, DANA, "--item", "a|1|1", "--ready-by", "2026-12-10")
    late = new(cli_json, DANA, "--item", "b|1|1", "--ready-by", "2026-11-20")
    soon = new(cli_json, DANA, "--item", "c|1|1", "--ready-by", "2026-11-27")
    gone = new(cli_json, DANA, "--item", "d|1|1", "--ready-by", "2026-11-01")
    cli_json("pickup", "collect", str(gone["id"]))

    code, listed, _ = cli_json("pickup", "list")
    assert code == 0
    assert [(o["id"], o["overdue"]) for o in listed] == [
        (late["id"], True),
        (soon["id"], False),
        (later["id"], False),
    ]
    code, overdue, _ = cli_json("pickup", "list", "--overdue")
    assert [o["id"] for o in overdue] == [late["id"]]
    clock.now = datetime(2026, 11, 30, 9, 0)
    code, overdue, _ = cli_json("pickup", "list", "--overdue")
    assert [o["id"] for o in overdue] == [late["id"], soon["id"]]
    code, out, _ = cli("pickup", "list", "--overdue", "--on", "2026-11-10")
    assert (code, out.strip()) == (0, "No overdue pickup orders.")
    code, out, _ = cli("pickup", "list")
    assert out.splitlines()[0].startswith(f"#{late['id']}  {late['code']}  new OVERDUE  דנה")


# -- print slip ----------------------------------------------------------------------------------
def test_print_slip(cli_json, cli, dana, tmp_path):
    order = new(cli_json, DANA, "--item", "עוגה|2|89.90", "--shelf", "B3")
    out = tmp_path / "slip.pdf"
    code, written, err = cli_json("print", "slip", str(order["id"]), "--out", str(out))
    assert code == 0, err
    assert written == {
        "path": str(out),
        "width_mm": 105.0,
        "height_mm": 148.0,
        "id": order["id"],
        "code": order["code"],
        "size": "a6",
        "printer": None,
        "job": None,
    }
    assert "Page size:       297.638 x 419.528 pts" in run("pdfinfo", out)
    png = tmp_path / "slip"
    run("pdftoppm", "-r", "150", "-png", "-singlefile", out, png)
    scanned = subprocess.run(
        [require("zbarimg"), "-q", "--raw", f"{png}.png"], capture_output=True, text=True
    )
    assert scanned.stdout.split() == [order["code"]]

    label = tmp_path / "label.pdf"
    code, text, err = cli("print", "slip", order["code"], "--out", str(label), "--size", "label62")
    assert code == 0, err
    assert text.startswith(f"Wrote {label} (62 × ")


def test_print_slip_errors(cli_json, cli, dana, tmp_path):
    order = new(cli_json, DANA, "--item", "עוגה|1|20")
    code, _, err = cli("print", "slip", "999", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "There is no pickup order" in err
    code, _, err = cli("print", "slip", str(order["id"]), "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 2 and err.startswith("Cannot write ")
    code, _, err = cli("print", "slip", str(order["id"]), "--out", "x.pdf", "--size", "a4")
    assert code == 2 and "invalid choice" in err
    code, _, err = cli("print", "slip", str(order["id"]))
    assert code == 2 and "--out" in err
