"""The history's totals: each count is a Qt plural ("1 visit", "2 visits"; Hebrew has its own forms)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from gui_support import plain
from translator_support import installed

from shopkeeper.club.history_records import HistoryTotals
from ui.models.history_texts import totals_text, visits_text

HEBREW_VISITS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context><name>HistoryTexts</name>
<message numerus="yes"><source>%n visit(s)</source><translation>
<numerusform>ביקור אחד</numerusform><numerusform>%n ביקורים</numerusform></translation></message>
</context></TS>
"""


def totals(visits_12m: int, visits: int) -> HistoryTotals:
    return HistoryTotals(date(2025, 1, 5), visits_12m, 40_00, visits, 90_00, 45_00, (), 0)


def test_one_visit_is_singular_and_more_are_plural():
    text = plain(totals_text(totals(1, 2)))
    assert "Last 12 months: 1 visit, ₪40" in text
    assert "Since joining on 05/01/2025: 2 visits, ₪90, average basket ₪45" in text
    assert [visits_text(n) for n in (0, 1, 2, 11)] == [
        "0 visits",
        "1 visit",
        "2 visits",
        "11 visits",
    ]


@pytest.fixture
def hebrew_visits(qapp, tmp_path: Path):
    with installed(HEBREW_VISITS, tmp_path):
        yield


def test_each_count_takes_the_translation_s_plural_form(hebrew_visits):
    assert [visits_text(n) for n in (1, 7)] == ["ביקור אחד", "7 ביקורים"]
    text = plain(totals_text(totals(1, 7)))
    assert "ביקור אחד" in text and "7 ביקורים" in text


def test_the_history_texts_do_not_pull_in_a_page():
    """The greeting's occasion names live with the other touch texts, not in the templates page."""
    code = (
        "import sys, ui.models.history_texts as h; "
        "print(sorted(m for m in sys.modules if m.startswith('ui.pages'))); "
        "print(h.occasion_title('winback'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.splitlines() == ["[]", "We miss you"]
