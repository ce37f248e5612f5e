"""Properties of any import: every non-blank row is accounted for once, and a dry run tells the truth."""

from __future__ import annotations

import csv
import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from shopkeeper.club.records import MemberDraft
from shopkeeper.data.importing import import_members
from shopkeeper.shop import Shop

PHONES = ["0523456789", "052-345-6789", "0541234567", "541234567", "+972501234567", "abc", "", "12"]
BIRTHDAYS = ["", "03/02/1990", "29/02", "31/02", "2000-01-01", "1/1", "13/13"]
NAMES = ["דנה", "Ron", "", "<b>&</b>", 'שמעון "שימי"', "😀"]

rows = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(NAMES), st.sampled_from(PHONES), st.sampled_from(BIRTHDAYS)),
        st.just(("", "", "")),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(rows=rows, existing=st.booleans())
def test_every_row_is_imported_existing_rejected_or_blank(rows, existing):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "members.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([["Name", "Phone", "Birthday"], *rows])
        shop = Shop(
            Path(folder) / "shop",
            today=lambda: date(2026, 11, 26),
            now=lambda: datetime(2026, 11, 26, 10, 30),
        )
        try:
            if existing:
                shop.members.add(MemberDraft(first_name="Old", phone="0523456789"))
            before = shop.members.count()
            dry = import_members(shop, path, dry_run=True)
            assert shop.members.count() == before
            real = import_members(shop, path)
            assert dry.to_json() == real.to_json()

            data_rows = [n for n, row in enumerate(rows, start=2) if any(row)]
            assert real.imported + real.existing + len(real.rejected) == len(data_rows)
            assert [r.row for r in real.rejected] == sorted(r.row for r in real.rejected)
            assert {r.row for r in real.rejected} <= set(data_rows)
            assert shop.members.count() == before + real.imported
            again = import_members(shop, path)
            assert again.imported == 0
            assert again.existing == real.imported + real.existing
        finally:
            shop.close()
