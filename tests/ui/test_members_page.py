"""The members page: the whole list on demand, a filter box, sorting by a column, Ctrl+End."""

from __future__ import annotations

from gui_support import add_many
from PySide6.QtCore import QPoint, Qt

from shopkeeper.club.records import MemberDraft
from shopkeeper.sales.records import PurchaseDraft
from ui.models.member_list import LIST_COLUMNS, PAGE_SIZE

NUMBER, NAME = LIST_COLUMNS.index("number"), LIST_COLUMNS.index("name")


def column_texts(model, column: int, rows: range) -> list[str]:
    return [model.data(model.index(r, column)) for r in rows]


def click_header(qtbot, page, column: str) -> None:
    header = page.table.horizontalHeader()
    section = LIST_COLUMNS.index(column)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def show_members(window, qtbot):
    window.refresh_pages()
    window.show_page(window.members)
    page = window.members
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_the_list_holds_every_member_and_reads_only_the_pages_shown(window, shop, qtbot):
    add_many(shop, 1200)
    page = show_members(window, qtbot)
    model = page.model
    assert model.rowCount() == 1200
    assert page.count_label.text() == "1,200 members"
    qtbot.wait(20)
    assert model.loaded_pages() == [0]
    page.table.scrollToBottom()
    qtbot.wait(20)
    assert model.loaded_pages() == [0, 1199 // PAGE_SIZE]  # the pages between were never read
    assert column_texts(model, NAME, range(1198, 1200)) == [
        "First01198 Last01198",
        "First01199 Last01199",
    ]


def test_count_label_for_one_member(window, shop):
    add_many(shop, 1)
    window.members.refresh()
    assert window.members.count_label.text() == "1 member"


def test_ctrl_end_reaches_the_last_member_of_the_sorted_order(window, shop, qtbot):
    add_many(shop, 1300)
    page = show_members(window, qtbot)
    click_header(qtbot, page, "number")
    click_header(qtbot, page, "number")  # again: reversed, the highest number first
    assert page.model.query.sort_key == "number" and page.model.query.descending
    assert column_texts(page.model, NUMBER, range(2)) == ["1300", "1299"]
    page.table.setFocus()
    assert not page.table.currentIndex().isValid()  # no row current yet: the key still goes
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    current = page.table.currentIndex()
    assert current.row() == 1299
    assert page.model.summary(current.row()).number == 1
    assert 1 not in page.model.loaded_pages()  # got there without reading the middle
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == 0


def test_header_clicks_sort_by_points_spend_last_purchase_and_back_by_name(window, shop, qtbot):
    ids = add_many(shop, 40)
    shop.ledger.adjust(ids[7], 300, "gift")
    shop.ledger.adjust(ids[3], 120, "gift")
    shop.purchases.record(PurchaseDraft(ids[12], amount=2_500_00), by="test")
    page = show_members(window, qtbot)
    balance = LIST_COLUMNS.index("balance")
    header = page.table.horizontalHeader()

    click_header(qtbot, page, "balance")
    assert header.sortIndicatorSection() == balance
    assert column_texts(page.model, balance, range(3)) == ["0", "0", "0"]
    click_header(qtbot, page, "balance")
    assert column_texts(page.model, balance, range(3)) == ["2,500", "300", "120"]

    click_header(qtbot, page, "spend")
    click_header(qtbot, page, "spend")
    assert page.model.summary(0).id == ids[12]
    assert (
        page.model.data(page.model.index(0, LIST_COLUMNS.index("spend"))).strip("\u2066\u2069")
        == "₪2,500"
    )

    click_header(qtbot, page, "phone")  # does not sort: the indicator stays on spend
    assert header.sortIndicatorSection() == LIST_COLUMNS.index("spend")
    assert page.model.query.sort_key == "spend"

    click_header(qtbot, page, "name")
    assert column_texts(page.model, NAME, range(2)) == [
        "First00000 Last00000",
        "First00001 Last00001",
    ]


def test_sorting_keeps_the_current_member_selected(window, shop, qtbot):
    ids = add_many(shop, 900)
    page = show_members(window, qtbot)
    page.table.setCurrentIndex(page.model.index(10, NAME))
    page.sort_by("number", descending=True)
    current = page.table.currentIndex()
    assert page.model.member_id(current.row()) == ids[10]
    assert current.row() == 889
    assert page.table.verticalScrollBar().value() > 0

    page.table.clearSelection()  # nobody chosen: a new order starts at its top
    page.sort_by("name")
    assert page.table.verticalScrollBar().value() == 0


def type_filter(qtbot, page, text: str) -> None:
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, text)
    qtbot.waitUntil(lambda: page.model.query.filter_text == text, timeout=2000)


def test_filter_text_narrows_the_rows_by_name_city_tag_tier_and_phone(window, shop, qtbot):
    add_many(shop, 30)
    shop.members.add(
        MemberDraft(first_name="Dana", last_name="Zur", phone="054-777-1111", city="Haifa")
    )
    shop.members.add(
        MemberDraft(
            first_name="Avi", last_name="Zur", phone="054-777-2222", city="Eilat", tags=("vip",)
        )
    )
    page = show_members(window, qtbot)

    type_filter(qtbot, page, "zur")
    assert page.model.rowCount() == 2
    assert column_texts(page.model, NAME, range(2)) == ["Avi Zur", "Dana Zur"]
    assert page.count_label.text() == "2 of 32 members match"

    type_filter(qtbot, page, "haif")
    assert column_texts(page.model, NAME, range(page.model.rowCount())) == ["Dana Zur"]
    type_filter(qtbot, page, "vip")
    assert column_texts(page.model, NAME, range(page.model.rowCount())) == ["Avi Zur"]
    type_filter(qtbot, page, "777-22")
    assert column_texts(page.model, NAME, range(page.model.rowCount())) == ["Avi Zur"]
    type_filter(qtbot, page, "Memb")  # the lowest tier: everybody who has not bought
    assert page.model.rowCount() == 32

    page.sort_by("name", descending=True)
    type_filter(qtbot, page, "zur")
    assert column_texts(page.model, NAME, range(2)) == ["Dana Zur", "Avi Zur"]

    qtbot.keyClick(page.filter_box, Qt.Key.Key_Escape)
    page.apply_filter()
    assert page.model.rowCount() == 32
    assert page.count_label.text() == "32 members"


def test_enter_on_a_member_opens_the_card_on_the_counter(window, shop, qtbot):
    ids = add_many(shop, 30)
    page = show_members(window, qtbot)
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(3, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.counter
    assert window.counter.card.member.id == ids[3]


def test_double_click_opens_the_member(window, shop, qtbot):
    ids = add_many(shop, 5)
    page = show_members(window, qtbot)
    table = page.table
    rect = table.visualRect(page.model.index(1, 1))
    # A real double-click is press, release, press, double-click, release; QTest sends only the last part.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.counter.card.member.id == ids[1]


def test_a_tier_is_found_by_the_name_the_shopkeeper_sees(window, shop, qtbot, qapp):
    from ui.i18n import apply_language

    ids = add_many(shop, 5)
    shop.purchases.record(PurchaseDraft(ids[2], amount=5_000_00), by="test")
    page = show_members(window, qtbot)
    apply_language(qapp, "he")
    page.filter_box.setText("זהב")  # "Gold" as the Hebrew window shows it
    page.apply_filter()
    assert [page.model.member_id(r) for r in range(page.model.rowCount())] == [ids[2]]
