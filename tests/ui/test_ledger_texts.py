"""The history shows the programme's own ledger reasons in the window's language, with their values
(the day, the member or complaint number), and what a person typed exactly as typed."""

from __future__ import annotations

from datetime import datetime

import pytest
from gui_support import plain as unisolated
from translator_support import installed, ts_document

from shopkeeper.club.history_records import HistoryEntry
from ui.models.history_texts import details_text
from ui.models.ledger_texts import ledger_reason_text

# (source, kind, stored reason, purchase id) → the translatable English text the window shows
ENGLISH = [
    ("welcome", "bonus", "welcome to the club", None, "Welcome to the club"),
    ("birthday", "bonus", "happy birthday 28/11/2026", None, "Birthday (28/11/2026)"),
    (
        "referral",
        "bonus",
        "referred by member 12",
        7,
        "Joined on the recommendation of member No. 12",
    ),
    ("referral", "bonus", "brought member 40", 7, "Recommended member No. 40, who joined"),
    (
        "expiry",
        "expire",
        "points from before 2024-12-07 expired",
        None,
        "Points earned up to 07/12/2024",
    ),
    ("goodwill", "bonus", "complaint #3", None, "Goodwill for complaint No. 3"),
    ("purchase", "earn", "", 15, "Purchase No. 15"),
    ("purchase", "redeem", "discount on the purchase", 15, "Discount on purchase No. 15"),
    ("purchase", "redeem", "discount on the purchase", None, "Discount on a purchase"),
    ("reward", "redeem", "Coffee on us", 15, "Reward: Coffee on us"),
]
HEBREW = [  # context, source text, translation
    ("LedgerReasons", "Welcome to the club", "ברוכים הבאים למועדון"),
    ("LedgerReasons", "Birthday ({date})", "יום הולדת ({date})"),
    ("LedgerReasons", "Points earned up to {date}", "נקודות שנצברו עד {date}"),
    ("LedgerReasons", "Goodwill for complaint No. {number}", "פיצוי על תלונה מס׳ {number}"),
    (
        "LedgerReasons",
        "{reason} ({points} points already spent, written off)",
        "{reason} ({points} נקודות כבר מומשו ונמחקו)",
    ),
]


def plain(text: str) -> str:
    """`text` without direction isolates and marks."""
    return unisolated(text).replace("\u200e", "").replace("\u200f", "")


@pytest.fixture
def hebrew(qapp, tmp_path):
    """A translator with Hebrew for some ledger reasons, built with lrelease as the real one is."""
    entries = [("LedgerReasons", source, "", text) for _, source, text in HEBREW]
    with installed(ts_document(entries), tmp_path):
        yield


@pytest.mark.parametrize(("source", "kind", "reason", "purchase", "shown"), ENGLISH)
def test_the_programmes_reasons_are_worded_by_the_window(
    qapp, source, kind, reason, purchase, shown
):
    assert plain(ledger_reason_text(source, kind, reason, purchase)) == shown


@pytest.mark.parametrize(
    ("source", "kind", "reason"),
    [
        ("manual", "adjust", "ספירת מלאי — תיקון"),
        ("manual", "adjust", "welcome to the club"),  # typed by hand: never reworded
        ("purchase", "reverse", "wrong member"),
        ("unknown", "bonus", "kept as stored"),
    ],
)
def test_what_a_person_typed_is_shown_verbatim(qapp, source, kind, reason):
    assert plain(ledger_reason_text(source, kind, reason, 3)) == reason


def test_a_written_off_void_keeps_the_typed_reason_inside_the_translated_words(qapp):
    text = ledger_reason_text(
        "purchase", "reverse", "wrong member (40 points already spent, written off)"
    )
    assert plain(text) == "wrong member (40 points already spent, written off)"


def test_in_hebrew_the_reasons_read_in_hebrew_with_their_values(hebrew):
    assert ledger_reason_text("welcome", "bonus", "welcome to the club") == "ברוכים הבאים למועדון"
    assert plain(ledger_reason_text("birthday", "bonus", "happy birthday 28/11/2026")) == (
        "יום הולדת (28/11/2026)"
    )
    assert plain(
        ledger_reason_text("expiry", "expire", "points from before 2024-12-07 expired")
    ) == ("נקודות שנצברו עד 07/12/2024")
    assert plain(ledger_reason_text("goodwill", "bonus", "complaint #3")) == "פיצוי על תלונה מס׳ 3"
    written_off = "נרשם בטעות (40 points already spent, written off)"
    assert plain(ledger_reason_text("purchase", "reverse", written_off)) == (
        "נרשם בטעות (40 נקודות כבר מומשו ונמחקו)"
    )
    assert plain(ledger_reason_text("manual", "adjust", "typed by hand")) == "typed by hand"


def points_entry(source: str, kind: str, reason: str, purchase_id=None) -> HistoryEntry:
    return HistoryEntry(
        "points",
        1,
        datetime(2026, 11, 26, 10, 30),
        text=reason,
        state=kind,
        points=50,
        balance=50,
        details=(("source", source), ("purchase_id", purchase_id)),
    )


def test_the_history_row_says_the_kind_then_the_reason(qapp):
    welcome = points_entry("welcome", "bonus", "welcome to the club")
    assert plain(details_text(welcome)) == "Bonus: Welcome to the club"
    manual = points_entry("manual", "adjust", "שי לחג")
    assert plain(details_text(manual)) == "Adjusted by hand: שי לחג"
    earned = points_entry("purchase", "earn", "", 12)
    assert plain(details_text(earned)) == "Earned: Purchase No. 12"
    assert welcome.to_json()["reason"] == "welcome to the club"  # the CLI keeps the stored text
