"""The printed call list: A4 pages, a header row on each, right-to-left columns in Hebrew with
phones, dates and amounts left to right, and empty columns to write the result in (poppler)."""

from __future__ import annotations

import html
import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from shopkeeper.printing.call_sheet import rows_per_page, write_call_sheet
from shopkeeper.touch.call_records import CallBackEntry, FollowUpEntry, WinbackEntry
from tests.shopkeeper.printing.pdf_support import (
    pdf_fonts,
    pdftotext_pages,
    poppler_expectation,
    run,
)

_SIZE = re.compile(r"Page size:\s+([\d.]+) x ([\d.]+) pts")
_PAGES = re.compile(r"Pages:\s+(\d+)")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>'
)


def winback(n: int, **fields) -> WinbackEntry:
    values = dict(
        member_id=n,
        number=n,
        name=f"דנה {n}",
        phone=f"+97252400{n:04d}",
        last_purchase_on=date(2026, 8, 1),
        days_since=117,
        spend_12m=1234_50,
        visits_12m=7,
        last_called_at=None,
    )
    values.update(fields)
    return WinbackEntry(**values)


def drawn_rows(pdf: Path, page: int = 1) -> list[str]:
    """The words drawn across the page, left to right, one string per row of the table (words
    whose middles are within 3 pt): what a person sees, cell after cell."""
    words = [
        (float(x), (float(y0) + float(y1)) / 2, html.unescape(text))
        for x, y0, y1, text in _WORD.findall(
            run("pdftotext", "-bbox", "-f", page, "-l", page, pdf, "-")
        )
    ]
    rows: list[list[tuple[float, float, str]]] = []
    for word in sorted(words, key=lambda w: w[1]):
        if rows and abs(rows[-1][0][1] - word[1]) <= 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [" ".join(text for _x, _y, text in sorted(row)) for row in rows]


def info(pdf: Path) -> tuple[int, tuple[float, float]]:
    text = run("pdfinfo", pdf)
    width, height = _SIZE.search(text).groups()
    return int(_PAGES.search(text).group(1)), (float(width), float(height))


@pytest.fixture
def named_shop(shop):
    shop.settings.set("shop_name", "חנות הצעצועים של רוני")
    return shop


def test_hebrew_sheet_reads_right_to_left_with_phones_left_to_right(named_shop, tmp_path):
    pdf = tmp_path / "calls.pdf"
    entries = [winback(1), winback(2, last_purchase_on=None, days_since=None, spend_12m=0)]
    assert write_call_sheet(named_shop, entries, pdf, language="he") == 1
    pages, size = info(pdf)
    assert (pages, size) == (1, (595.276, 841.89))
    assert all(font["emb"] == "yes" for font in pdf_fonts(pdf))
    text = pdftotext_pages(pdf)[0]
    assert poppler_expectation("חנות הצעצועים של רוני") in text
    assert poppler_expectation("שיחות לחידוש קשר") in text
    rows = drawn_rows(pdf)
    assert rows[2] == "26/11/2026 ספדוה · המישרב 2"  # 2 ברשימה · הודפס 26/11/2026
    # the columns from the right: name, phone, last purchase, days, spend, visits, result, notes
    assert rows[3] == "תורעה האצות םירוקיב ׳ח 12 תוינק םימי הנורחא היינק ןופלט םש"
    assert re.fullmatch("7 ₪\\s?1,235 117 01/08/2026 052-400-0001 1 הנד", rows[4])
    assert re.fullmatch("7 ₪\\s?0 — — 052-400-0002 2 הנד", rows[5])  # never bought
    assert rows[6] == "1 ךותמ 1 דומע"  # עמוד 1 מתוך 1


def test_english_sheet_reads_left_to_right(shop, tmp_path):
    pdf = tmp_path / "calls.pdf"
    write_call_sheet(shop, [winback(1, name="Dana Levi")], pdf, language="en")
    rows = drawn_rows(pdf)
    assert rows[:2] == ["Win-back calls", "1 on the list · printed 26/11/2026"]
    assert "Name Phone Days Visits Result Notes" in rows
    assert "Dana Levi 052-400-0001 01/08/2026 117 ₪1,235 7" in rows
    assert rows[-1] == "Page 1 of 1"


def test_long_lists_go_on_to_more_pages_each_with_the_header(shop, tmp_path):
    pdf = tmp_path / "calls.pdf"
    per_page = rows_per_page()
    assert per_page >= 20
    count = 2 * per_page + 1
    assert write_call_sheet(shop, [winback(n) for n in range(1, count + 1)], pdf) == 3
    texts = pdftotext_pages(pdf)
    assert len(texts) == 3
    for index, page in enumerate(texts, start=1):
        assert "טלפון" in page and "הערות" in page
        assert drawn_rows(pdf, index)[-1] == f"3 ךותמ {index} דומע"  # עמוד N מתוך 3
    phones = [re.findall(r"052-400-\d{4}", page) for page in texts]
    assert [len(p) for p in phones] == [per_page, per_page, 1]
    assert phones[2] == [f"052-400-{count:04d}"]


def test_an_empty_list_is_one_page_saying_so(shop, tmp_path):
    pdf = tmp_path / "calls.pdf"
    assert write_call_sheet(shop, [], pdf, language="he") == 1
    assert poppler_expectation("אין למי להתקשר ברשימה הזאת.") in pdftotext_pages(pdf)[0]
    write_call_sheet(shop, [], pdf, language="en", empty="callback")
    [text] = pdftotext_pages(pdf)
    assert "Call-backs" in text and "Call back on" in text and "Last purchase" not in text


def test_follow_up_and_call_back_sheets_have_their_own_columns(shop, tmp_path):
    followup = FollowUpEntry(
        3, 3, "יוסי (הבן)", "+972524000003", 812, datetime(2026, 11, 20, 12), 650_00, "shipped"
    )
    pdf = tmp_path / "followups.pdf"
    write_call_sheet(shop, [followup], pdf, language="he")
    text = pdftotext_pages(pdf)[0]
    assert poppler_expectation("שיחות מעקב אחרי קנייה") in text
    assert "נשלח" in text and "812" in text and "20/11/2026" in text
    assert poppler_expectation("יוסי (הבן)") in text  # brackets mirrored as drawn RTL
    call_back = CallBackEntry(4, 4, "Noa", "+972524000004", date(2026, 11, 27), "after 5 pm", 9)
    pdf = tmp_path / "call-backs.pdf"
    write_call_sheet(shop, [call_back], pdf, title="Call them", language="en")
    rows = drawn_rows(pdf)
    assert rows[0] == "Call them"
    assert "Noa 052-400-0004 27/11/2026 after 5 pm" in rows


def test_names_with_markup_and_emoji_print_as_typed(shop, tmp_path):
    out = io.BytesIO()
    entry = winback(5, name="<b>Dana</b> & 🎉 " + "ארוך" * 30)
    write_call_sheet(shop, [entry], out, language="en")
    pdf = tmp_path / "odd.pdf"
    pdf.write_bytes(out.getvalue())
    row = next(line for line in drawn_rows(pdf) if "052-400-0005" in line)
    assert row.startswith("<b>Dana</b> &")


def test_a_list_of_mixed_kinds_is_refused(shop, tmp_path):
    call_back = CallBackEntry(4, 4, "Noa", "+972524000004", date(2026, 11, 27), "", 9)
    with pytest.raises(ValueError):
        write_call_sheet(shop, [winback(1), call_back], tmp_path / "x.pdf")
