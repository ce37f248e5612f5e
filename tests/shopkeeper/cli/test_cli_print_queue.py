"""`shopkeeper-cli print … --printer NAME|default`: the PDF goes to a real CUPS queue (cups-pdf),
at its own page size, and the PDF the queue writes is read back (pdfinfo, pdftotext)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

import pytest

from shopkeeper.printing import print_queue as queue_module
from shopkeeper.printing.print_queue import media_option
from shopkeeper.sales.records import PurchaseDraft
from tests.print_queue_support import job_id, print_queue, release
from tests.shopkeeper.cli.cli_support import DANA
from tests.shopkeeper.printing.pdf_support import pdftotext_pages, run

_SIZE = re.compile(r"Page(?: +\d+)? size: +([\d.]+) x ([\d.]+) pts")


@pytest.fixture(scope="session")
def queue():
    yield print_queue()
    release()


def size_mm(pdf) -> tuple[float, float]:
    width, height = _SIZE.search(run("pdfinfo", pdf)).groups()
    return float(width) * 25.4 / 72, float(height) * 25.4 / 72


def near(got: tuple[float, float], want: tuple[float, float]) -> bool:
    return abs(got[0] - want[0]) <= 1 and abs(got[1] - want[1]) <= 1


def test_media_for_named_and_custom_pages():
    assert media_option(105, 148) == "A6" and media_option(148, 105) == "A6"
    assert media_option(210.1, 297) == "A4"
    assert media_option(62, 100) == "Custom.62x100mm"
    assert media_option(85.6, 54) == "Custom.85.6x54mm"


def test_a_note_to_the_printer_only(cli_json, dana, queue, open_shop):
    code, result, err = cli_json("print", "note", DANA, "--printer", queue.name)
    assert code == 0, err
    assert result["printer"] == queue.name and result["job"].startswith(f"{queue.name}-")
    assert result["out"] is None and result["pages"] == 1
    printed = queue.job_pdf(result["job"])
    assert near(size_mm(printed), (105, 148))
    assert result["coupon"] in pdftotext_pages(printed)[0]


def test_a_62_mm_label_is_not_scaled_and_out_is_still_written(cli_json, dana, queue, tmp_path):
    out = tmp_path / "label.pdf"
    code, result, err = cli_json(
        "print", "note", DANA, "--size", "label62", "--out", str(out), "--printer", queue.name
    )
    assert code == 0, err
    assert result["out"] == str(out) and out.read_bytes().startswith(b"%PDF")
    printed = queue.job_pdf(result["job"])
    width, height = size_mm(printed)
    assert abs(width - 62) <= 0.5 and near((width, height), size_mm(out))
    assert result["coupon"] in pdftotext_pages(printed)[0]


def test_a_pickup_slip_to_the_printer(cli_json, dana, queue, tmp_path):
    code, order, err = cli_json("pickup", "new", DANA, "--item", "Teapot|1|89.90")
    assert code == 0, err
    code, result, err = cli_json(
        "print", "slip", str(order["id"]), "--language", "en", "--printer", queue.name
    )
    assert code == 0, err
    assert result["path"] is None and result["job"]
    printed = queue.job_pdf(result["job"])
    assert near(size_mm(printed), (105, 148))
    assert order["code"] in pdftotext_pages(printed)[0].replace(" ", "")


def test_a_member_card_and_a_birthday_card_to_the_printer(cli_json, dana, queue):
    code, result, err = cli_json("print", "card", DANA, "--printer", queue.name)
    assert code == 0, err
    width, height = sorted(size_mm(queue.job_pdf(result["job"])))
    assert abs(width - 54) <= 1 and abs(height - 85.6) <= 1
    code, result, err = cli_json("print", "birthday-card", DANA, "--printer", queue.name)
    assert code == 0, err
    assert near(size_mm(queue.job_pdf(result["job"])), (105, 148))


def test_an_unknown_printer_is_exit_code_1_naming_the_queues(cli, dana, queue, tmp_path):
    code, _, err = cli("print", "note", DANA, "--printer", "NoSuchPrinter")
    assert code == 1
    assert "There is no printer called “NoSuchPrinter”" in err and queue.name in err


def test_without_cups_the_message_says_so(cli, dana, monkeypatch, tmp_path):
    monkeypatch.setattr(queue_module.shutil, "which", lambda name: None)
    out = tmp_path / "n.pdf"
    code, _, err = cli("print", "note", DANA, "--out", str(out), "--printer", "default")
    assert code == 1 and "CUPS is not installed" in err
    assert out.exists()  # --out was still written


def test_neither_out_nor_printer_is_a_usage_error(cli, dana):
    code, _, err = cli("print", "note", DANA)
    assert code == 2 and "--out FILE, --printer NAME|default" in err


def test_the_winback_call_sheet_to_the_printer(cli_json, open_shop, dana, queue, tmp_path):
    shop = open_shop()
    try:
        at = datetime.combine(shop.now().date() - timedelta(days=120), time(12))
        shop.purchases.record(PurchaseDraft(dana["id"], 300_00, at=at))
    finally:
        shop.close()
    code, entries, err = cli_json("winback", "--printer", queue.name)
    assert code == 0, err
    assert [entry["member_id"] for entry in entries] == [dana["id"]]
    assert f"Sent the call sheet to {queue.name}" in err
    printed = queue.job_pdf(job_id(err))
    assert near(size_mm(printed), (210, 297))
    assert "052-345-6789" in pdftotext_pages(printed)[0]
    out = tmp_path / "calls.pdf"
    code, _, err = cli_json("winback", "--pdf", str(out), "--printer", queue.name)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert queue.job_pdf(job_id(err.splitlines()[-1]))


def test_the_call_sheet_to_an_unknown_printer_is_exit_code_1(cli, dana, queue):
    code, _, err = cli("winback", "--printer", "NoSuchPrinter")
    assert code == 1 and "There is no printer called “NoSuchPrinter”" in err
