"""Importing purchase history: rows to purchases, points as the programme said on each date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.data.headers import PURCHASE_FIELDS, PURCHASE_HEADERS, map_columns
from shopkeeper.data.importing import ImportReport, RejectedRow
from shopkeeper.data.purchase_import import import_purchases, purchase_moment
from shopkeeper.errors import ImportFileError
from shopkeeper.shop import Shop

DANA = "052-345-6789"
YOSSI = "054-123-4567"


@pytest.fixture
def members(shop):
    """Two members; returns {phone: id}."""
    ids = {}
    for first, phone in (("דנה", DANA), ("יוסי", YOSSI)):
        ids[phone] = shop.members.add(MemberDraft(first_name=first, phone=phone)).member.id
    return ids


def purchases(shop, member_id):
    """The member's purchases, oldest first, as (at, amount in agorot, points, channel)."""
    return [
        (r.at, r.amount, r.points, r.channel)
        for r in reversed(shop.purchases.for_member(member_id, limit=1000))
    ]


def purchase_count(shop) -> int:
    return shop.db.connection().execute("SELECT COUNT(*) FROM purchase").fetchone()[0]


def ledger_rows(shop) -> int:
    return shop.db.connection().execute("SELECT COUNT(*) FROM ledger").fetchone()[0]


# -- headers ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("טלפון", "phone"),
        ("Phone", "phone"),
        ("נייד", "phone"),
        ("תאריך", "date"),
        ("Date", "date"),
        ("סכום", "amount"),
        ("Amount", "amount"),
        ("Total", "amount"),
        ('סה"כ', "amount"),
        ("פריט", "item"),
        ("מוצר", "item"),
        ("Item", "item"),
        ("קטגוריה", "category"),
        ("Category", "category"),
        ("כמות", "qty"),
        ("Qty", "qty"),
        ("Quantity", "qty"),
        ("מחיר", "price"),
        ("Unit price", "price"),
        ("ערוץ", "channel"),
        ("Channel", "channel"),
        ("הערה", "note"),
        ("Note", "note"),
    ],
)
def test_purchase_headers_are_recognised(header, field):
    assert PURCHASE_HEADERS.recognise(header) == field


def test_every_purchase_field_has_its_own_name_and_member_headers_are_unchanged():
    assert map_columns(list(PURCHASE_FIELDS), vocabulary=PURCHASE_HEADERS) == list(PURCHASE_FIELDS)
    assert map_columns(["Date", "טלפון"]) == [None, "phone"]  # members: "Date" means nothing


# -- what is imported -------------------------------------------------------------------------
def test_hebrew_csv_with_an_item_line(shop, members, write_csv):
    path = write_csv(
        [
            ["טלפון", "תאריך", "סכום", "פריט", "קטגוריה", "כמות", "מחיר", "ערוץ", "הערה"],
            [DANA, "05/03/2026", "149.90", "קפה", "coffee", "2", "12.50", "טלפון", "בלי סוכר"],
            [YOSSI, "2026-04-01", "₪1,234.50", "", "", "", "", "אתר", ""],
        ]
    )
    report = import_purchases(shop, path)
    assert report == ImportReport(imported=2, existing=0, rejected=[], dry_run=False)
    (dana,) = shop.purchases.for_member(members[DANA])
    assert dana.at == datetime(2026, 3, 5, 12, 0)
    assert (dana.amount, dana.channel, dana.note, dana.points) == (149_90, "phone", "בלי סוכר", 149)
    assert [(ln.name, ln.category, ln.qty, ln.unit_price) for ln in dana.lines] == [
        ("קפה", "coffee", 2, 12_50)
    ]
    assert purchases(shop, members[YOSSI]) == [(datetime(2026, 4, 1, 12), 1234_50, 1234, "web")]
    assert shop.ledger.balance(members[DANA]) == 149


def test_english_xlsx_with_date_cells_and_number_cells(shop, members, write_xlsx):
    path = write_xlsx(
        [
            ["Phone", "Date", "Total", "Product", "Qty", "Channel"],
            [DANA, datetime(2026, 2, 10), 80, "Mug", 2, "store"],
            [YOSSI, datetime(2026, 2, 11, 17, 45), 59.9, None, None, None],
            [DANA, date(2026, 2, 12), "20", None, None, "Web"],
        ]
    )
    report = import_purchases(shop, path)
    assert report.to_json() == {"imported": 3, "existing": 0, "rejected": []}
    assert purchases(shop, members[DANA]) == [
        (datetime(2026, 2, 10, 12), 80_00, 80, "store"),
        (datetime(2026, 2, 12, 12), 20_00, 20, "web"),
    ]
    mug = shop.purchases.for_member(members[DANA])[1].lines
    assert [(ln.name, ln.qty, ln.unit_price) for ln in mug] == [("Mug", 2, 40_00)]
    assert purchases(shop, members[YOSSI]) == [(datetime(2026, 2, 11, 17, 45), 59_90, 59, "store")]


def test_a_date_with_a_time_keeps_the_time_and_today_is_not_after_now(shop, members, write_csv):
    path = write_csv(
        [
            ["Phone", "Date", "Amount"],
            [DANA, "01/11/2026 18:05", "10"],
            [DANA, "26/11/2026", "10"],
        ]
    )
    assert import_purchases(shop, path).imported == 2
    assert [p[0] for p in purchases(shop, members[DANA])] == [
        datetime(2026, 11, 1, 18, 5),
        datetime(2026, 11, 26, 10, 30),  # noon would be after the shop's now (10:30)
    ]


def test_purchase_moment():
    now = datetime(2026, 11, 26, 10, 30)
    assert purchase_moment(date(2026, 1, 2), None, now) == datetime(2026, 1, 2, 12)
    assert purchase_moment(date(2026, 11, 26), None, now) == now
    assert purchase_moment(date(2026, 11, 26), None, now.replace(hour=15)) == datetime(
        2026, 11, 26, 12
    )


def test_rejected_rows_have_their_spreadsheet_row_number_and_reason(shop, members, write_csv):
    path = write_csv(
        [
            ["Phone", "Date", "Amount", "Item", "Qty", "Channel"],
            [DANA, "01/02/2026", "10", "", "", ""],  # 2: fine
            ["050-000-0000", "01/02/2026", "10", "", "", ""],  # 3: nobody
            ["", "01/02/2026", "10", "", "", ""],  # 4
            ["12", "01/02/2026", "10", "", "", ""],  # 5: not a phone
            [DANA, "", "10", "", "", ""],  # 6
            [DANA, "31/02/2026", "10", "", "", ""],  # 7
            [DANA, "01/02/2030", "10", "", "", ""],  # 8: the future
            [DANA, "01/02/2026", "", "", "", ""],  # 9
            [DANA, "01/02/2026", "abc", "", "", ""],  # 10
            [DANA, "01/02/2026", "-5", "", "", ""],  # 11
            ["", "", "", "", "", ""],  # 12: blank, skipped
            [DANA, "01/02/2026", "10", "Mug", "two", ""],  # 13
            [DANA, "01/02/2026", "10", "", "", "fax"],  # 14
        ]
    )
    report = import_purchases(shop, path)
    assert report.imported == 1
    reasons = {r.row: r.reason for r in report.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14]
    assert "no member with this phone" in reasons[3]
    assert reasons[4] == "phone: missing."
    assert reasons[5].startswith("phone: ")
    assert reasons[6] == "date: missing."
    assert reasons[7].startswith("date: ") and "31/02/2026" in reasons[7]
    assert reasons[8] == "date: 01/02/2030 is after today."
    assert reasons[9] == "amount: missing."
    assert reasons[10].startswith("amount: ") and "abc" in reasons[10]
    assert reasons[11].startswith("amount: ")
    assert "quantity" in reasons[13] and "two" in reasons[13]
    assert "channel" in reasons[14] and "fax" in reasons[14]
    assert isinstance(report.rejected[0], RejectedRow)


def test_missing_required_column_is_a_file_error(shop, members, write_csv):
    path = write_csv([["Phone", "Amount"], [DANA, "10"]])
    with pytest.raises(ImportFileError, match="missing column: date"):
        import_purchases(shop, path)
    assert purchase_count(shop) == 0


def test_unreadable_file_is_a_file_error(shop, tmp_path):
    with pytest.raises(ImportFileError):
        import_purchases(shop, tmp_path / "nothing.csv")


def test_mapping_names_an_unknown_column(shop, members, write_csv):
    path = write_csv([["טל", "יום", "כסף"], [DANA, "01/02/2026", "10"]])
    report = import_purchases(shop, path, mapping={"יום": "date", "כסף": "amount"})
    assert report.imported == 1


# -- dry run and re-import --------------------------------------------------------------------
def test_dry_run_writes_nothing_but_reports_the_same(shop, members, write_csv):
    path = write_csv(
        [["Phone", "Date", "Amount"], [DANA, "01/02/2026", "10"], [YOSSI, "bad", "10"]]
    )
    dry = import_purchases(shop, path, dry_run=True)
    assert (dry.imported, dry.existing, [r.row for r in dry.rejected], dry.dry_run) == (
        1,
        0,
        [3],
        True,
    )
    assert (purchase_count(shop), ledger_rows(shop)) == (0, 0)
    real = import_purchases(shop, path)
    assert (real.imported, [r.row for r in real.rejected], real.dry_run) == (1, [3], False)
    assert purchase_count(shop) == 1


def test_importing_the_same_file_again_counts_existing_and_adds_nothing(shop, members, write_csv):
    rows = [
        ["Phone", "Date", "Amount"],
        [DANA, "01/02/2026", "10"],
        [DANA, "01/02/2026", "10"],  # two equal purchases the same day are both real
        [YOSSI, "03/02/2026", "25.50"],
    ]
    first = import_purchases(shop, write_csv(rows))
    assert (first.imported, first.existing) == (3, 0)
    balance = shop.ledger.balance(members[DANA])
    again = import_purchases(shop, write_csv(rows))
    assert (again.imported, again.existing, again.rejected) == (0, 3, [])
    assert purchase_count(shop) == 3
    assert shop.ledger.balance(members[DANA]) == balance == 20
    longer = import_purchases(shop, write_csv([*rows, [DANA, "01/02/2026", "10"]]))
    assert (longer.imported, longer.existing) == (1, 3)


def test_progress_is_told(shop, members, write_csv):
    seen = []
    path = write_csv([["Phone", "Date", "Amount"], [DANA, "01/02/2026", "10"]])
    import_purchases(shop, path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 1)]


# -- points as history says -------------------------------------------------------------------
def test_rows_are_recorded_in_date_order_so_the_tier_comes_out_as_it_was(shop, members, write_csv):
    path = write_csv(
        [
            ["Phone", "Date", "Amount"],
            [DANA, "01/03/2026", "100"],  # after the big one below: Silver, ×1.25
            [DANA, "01/02/2026", "2500"],  # spend reaches Silver (₪2,000)
        ]
    )
    assert import_purchases(shop, path).imported == 2
    assert [(p[1], p[2]) for p in purchases(shop, members[DANA])] == [
        (2500_00, 2500),
        (100_00, 125),
    ]
    assert shop.loyalty.tier(members[DANA]).name == "Silver"


def test_points_follow_the_programme_in_force_on_each_date(tmp_path, write_csv):
    clock = [datetime(2026, 1, 1, 9, 0)]
    shop = Shop(tmp_path / "clocked", today=lambda: clock[0].date(), now=lambda: clock[0])
    try:
        dana = shop.members.add(MemberDraft(first_name="דנה", phone=DANA)).member.id
        shop.programme.save(replace(shop.programme.current(), points_per_shekel=Decimal(1)))
        clock[0] = datetime(2026, 6, 1, 9, 0)
        shop.programme.save(replace(shop.programme.current(), points_per_shekel=Decimal(2)))
        clock[0] = datetime(2026, 11, 26, 10, 30)
        path = write_csv(
            [
                ["טלפון", "תאריך", "סכום"],
                [DANA, "10/07/2026", "100"],
                [DANA, "10/03/2026", "100"],
                [DANA, "10/12/2025", "100"],  # before the first saved version: the defaults
            ]
        )
        assert import_purchases(shop, path).imported == 3
        assert [(p[0].date(), p[2]) for p in purchases(shop, dana)] == [
            (date(2025, 12, 10), 100),
            (date(2026, 3, 10), 100),
            (date(2026, 7, 10), 200),
        ]
        assert shop.ledger.balance(dana) == 400
    finally:
        shop.close()


def test_a_referred_members_first_imported_purchase_pays_the_referral(shop, write_csv):
    referrer = shop.members.add(MemberDraft(first_name="דנה", phone=DANA)).member
    friend = shop.members.add(
        MemberDraft(first_name="יוסי", phone=YOSSI, referred_by=str(referrer.number))
    ).member
    path = write_csv([["Phone", "Date", "Amount"], [YOSSI, "01/02/2026", "10"]])
    assert import_purchases(shop, path).imported == 1
    bonus = shop.programme.current().referral_bonus
    assert shop.ledger.balance(friend.id) == 10 + bonus
    assert shop.ledger.balance(referrer.id) == bonus
