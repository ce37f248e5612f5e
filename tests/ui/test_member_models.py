"""The item models, without widgets: search results and the lazy member list."""

from __future__ import annotations

from gui_support import add_many
from PySide6.QtCore import QModelIndex, Qt

from shopkeeper.club.member_browse import MemberQuery
from shopkeeper.club.records import MemberDraft
from ui.bidi import LRI, PDI
from ui.models.member_list import LIST_COLUMNS, MemberListModel
from ui.models.member_results import COLUMNS, MEMBER_ID_ROLE, MemberResultsModel


def test_results_model_shows_summary_columns(shop):
    saved = shop.members.add(
        MemberDraft(
            first_name="Dana",
            last_name="Levi",
            phone="0523456789",
            city="Haifa",
            birthday="07/03/1990",
        )
    ).member
    model = MemberResultsModel()
    model.set_results(shop.search.search("Dana"))

    assert model.rowCount() == 1
    assert model.columnCount() == len(COLUMNS) == 5
    row = [model.data(model.index(0, c)) for c in range(5)]
    assert row == [str(saved.number), "Dana Levi", f"{LRI}052-345-6789{PDI}", "Haifa", "07/03"]
    assert model.data(model.index(0, 2), MEMBER_ID_ROLE) == saved.id
    assert model.member_id(0) == saved.id
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["No.", "Name", "Phone", "City", "Birthday"]


def test_results_model_clear_and_out_of_range(shop):
    shop.members.add(MemberDraft(first_name="Dana", phone="0523456789"))
    model = MemberResultsModel()
    model.set_results(shop.search.search("Dana"))
    assert model.data(model.index(0, 4)) == ""  # no birthday
    assert model.data(model.index(5, 0)) is None
    model.clear()
    assert model.rowCount() == 0


def test_member_list_reads_pages_by_position(shop):
    add_many(shop, 1200)
    model = MemberListModel(shop.member_list, page_size=500)
    assert model.total == model.rowCount() == 1200
    assert model.loaded_pages() == []
    assert not model.canFetchMore(QModelIndex())

    assert (
        model.data(model.index(1199, 1)) == "First01199 Last01199"
    )  # the last page, read from the end
    assert model.loaded_pages() == [2]
    assert model.data(model.index(700, 1)) == "First00700 Last00700"  # before a loaded page
    assert model.loaded_pages() == [1, 2]
    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert names == [
        f"First{i:05d} Last{i:05d}" for i in range(1200)
    ]  # sorted by last name, no gaps
    assert model.data(model.index(1200, 1)) is None


def test_member_list_reload_counts_again(shop):
    add_many(shop, 10)
    model = MemberListModel(shop.member_list, page_size=4)
    model.fetchMore(QModelIndex())
    assert model.loaded_pages() == [0]
    add_many(shop, 3, start=10)
    model.reload()
    assert model.total == model.rowCount() == 13
    assert model.loaded_pages() == []
    assert model.data(model.index(12, 1)) == "First00012 Last00012"


def test_member_list_sorts_and_filters(shop):
    ids = add_many(shop, 10)
    shop.ledger.adjust(ids[4], 50, "gift")
    model = MemberListModel(shop.member_list, page_size=3, loyalty=shop.loyalty)
    model.sort_by("points", descending=True)
    assert model.member_id(0) == ids[4]
    assert model.data(model.index(0, LIST_COLUMNS.index("balance"))) == "50"
    assert model.position(ids[9]) == 1  # ties: the id reversed too
    assert model.position(ids[0]) == 9
    model.set_query(MemberQuery("first0000", "number", descending=True))
    assert model.total == 10 and model.all_members == 10
    model.set_query(MemberQuery("last00003"))
    assert [model.member_id(r) for r in range(model.rowCount())] == [ids[3]]
    assert model.position(ids[4]) is None
    assert (
        model.headerData(LIST_COLUMNS.index("spend"), Qt.Orientation.Horizontal) == "Spend (12 mo.)"
    )
    tip = model.headerData(
        LIST_COLUMNS.index("spend"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "12 months" in tip
