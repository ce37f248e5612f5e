"""The item models, without widgets: search results and the lazy member list."""

from __future__ import annotations

from gui_support import add_many
from PySide6.QtCore import QModelIndex, Qt

from shopkeeper.club.records import MemberDraft
from ui.bidi import LRI, PDI
from ui.models.member_list import MemberListModel
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


def test_member_list_fetches_pages_lazily(shop):
    add_many(shop, 1200)
    model = MemberListModel(shop.members)
    assert model.total == 1200
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    assert model.rowCount() == 500
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1200
    assert not model.canFetchMore(QModelIndex())

    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert names == [
        f"First{i:05d} Last{i:05d}" for i in range(1200)
    ]  # sorted by last name, no gaps


def test_member_list_reload_counts_again(shop):
    add_many(shop, 10)
    model = MemberListModel(shop.members, page_size=4)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4
    add_many(shop, 3, start=10)
    model.reload()
    assert model.total == 13
    assert model.rowCount() == 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 13
