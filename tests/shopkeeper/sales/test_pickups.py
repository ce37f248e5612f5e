"""Pickup orders: creating them, their codes, status changes, and the list of waiting orders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import InvalidValue, PickupNotFound, PickupStatusRefused
from shopkeeper.sales import pickups as pickups_module
from shopkeeper.sales.pickup_records import (
    CODE_ALPHABET,
    CODE_LENGTH,
    CODE_LETTERS,
    PickupLineDraft,
    normalise_code,
)
from shopkeeper.shop import Shop

THURSDAY = datetime(2026, 9, 10, 10, 0)  # the eve of the eve of Rosh Hashana 5787


class Clock:
    def __init__(self, start: datetime = THURSDAY) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def today(self) -> date:
        return self.now.date()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shop(tmp_path, clock):
    opened = Shop(tmp_path / "shop", today=clock.today, now=clock)
    yield opened
    opened.close()


@pytest.fixture
def dana(shop) -> int:
    draft = MemberDraft(first_name="דנה", last_name="לוי", phone="052-345-6789", address_form="f")
    return shop.members.add(draft).member.id


CAKE = ("עוגת גבינה", 2, 89_90)
CANDLES = PickupLineDraft("נרות", 3, 5_00)


# -- creating ------------------------------------------------------------------------------------
def test_a_new_order_owes_the_lines_less_what_was_paid(shop, dana, clock):
    order = shop.pickups.create(dana, [CAKE, CANDLES], paid=50_00, shelf=" B3 ", note="לעטוף")
    assert order.status == "new"
    assert [(ln.name, ln.qty, ln.unit_price, ln.total) for ln in order.lines] == [
        ("עוגת גבינה", 2, 89_90, 179_80),
        ("נרות", 3, 5_00, 15_00),
    ]
    assert (order.total, order.paid, order.due) == (194_80, 50_00, 144_80)
    assert (order.shelf, order.note) == ("B3", "לעטוף")
    assert order.created_at == clock.now
    assert (order.ready_at, order.collected_at, order.cancelled_at) == (None, None, None)
    assert order.member.id == dana and order.member.full_name == "דנה לוי"
    assert order.customer_phone == "052-345-6789"
    assert order.number == order.id
    assert not order.overdue
    assert shop.pickups.get(order.id) == order


def test_due_given_by_hand_wins_and_never_goes_below_zero(shop, dana):
    assert shop.pickups.create(dana, [CAKE], paid=10_00, due=0).due == 0
    assert shop.pickups.create(dana, [CAKE], paid=500_00).due == 0  # paid more than the lines
    assert shop.pickups.create(None, [("שי", 1, 0)], due=30_00).due == 30_00


def test_ready_by_defaults_to_two_working_days_and_can_be_given(shop, dana):
    # Thursday 10/9/2026: Friday counts, then Rosh Hashana (Saturday and Sunday), then Monday
    assert shop.pickups.create(dana, [CAKE]).ready_by == date(2026, 9, 14)
    assert shop.pickups.create(dana, [CAKE], ready_by=date(2026, 9, 30)).ready_by == date(
        2026, 9, 30
    )


def test_an_order_without_a_member(shop):
    order = shop.pickups.create(None, [CAKE], note="אורית 050-1234567")
    assert order.member is None
    assert (order.customer_name, order.customer_phone) == ("", "")
    assert shop.pickups.whatsapp_ready_link(order) is None


@pytest.mark.parametrize(
    "lines, options, field",
    [
        ([], {}, "items"),
        ([("עוגה", 0, 10_00)], {}, "item quantity"),
        ([("עוגה", 1, -1)], {}, "item price"),
        ([("  ", 1, 10_00)], {}, "item name"),
        ([CAKE], {"paid": -1}, "paid"),
        ([CAKE], {"due": -5}, "due"),
    ],
)
def test_invalid_orders_are_refused_and_nothing_is_written(shop, dana, lines, options, field):
    with pytest.raises(InvalidValue) as error:
        shop.pickups.create(dana, lines, **options)
    assert error.value.params["field"] == field
    assert shop.db.connection().execute("SELECT COUNT(*) FROM pickup_order").fetchone()[0] == 0


def test_an_unknown_member_is_refused(shop):
    with pytest.raises(InvalidValue):
        shop.pickups.create(999, [CAKE])


# -- codes ---------------------------------------------------------------------------------------
def test_codes_are_short_unambiguous_unique_and_found_however_typed(shop, dana):
    orders = [shop.pickups.create(dana, [CAKE]) for _ in range(200)]
    codes = [order.code for order in orders]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(CODE_ALPHABET) and not set(code) & set("01IO")
        assert set(code) & CODE_LETTERS, "a code of digits only would read as an order id"
    for order in orders[:20]:
        code = order.code
        typed = f" {code[:3].lower()}-{code[3:]} "
        assert shop.pickups.find_by_code(typed).id == order.id
        assert shop.pickups.find_by_code(" ".join(code)).id == order.id
        assert shop.pickups.find(code.lower()).id == order.id


def test_a_code_typed_with_the_hebrew_layout_on_is_found(shop, dana):
    order = shop.pickups.create(dana, [CAKE])
    latin_to_hebrew = str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM", "/'קראטוןםפשדגכעיחלךזסבהנמצ")
    typed = order.code.translate(latin_to_hebrew)  # lower-case keys with Hebrew on
    assert shop.pickups.find_by_code(typed).id == order.id
    assert normalise_code("קרא-234") == "ERT234"


def test_a_code_already_taken_is_never_given_again(shop, dana, monkeypatch):
    first = shop.pickups.create(dana, [CAKE])
    proposals = iter([first.code, first.code, "ZZ2345"])
    monkeypatch.setattr(pickups_module, "new_code", lambda: next(proposals))
    assert shop.pickups.create(dana, [CAKE]).code == "ZZ2345"


def test_find_by_number_or_code(shop, dana):
    order = shop.pickups.create(dana, [CAKE])
    assert shop.pickups.find(str(order.id)).id == order.id
    assert shop.pickups.find(f"#{order.id}").id == order.id
    for missing in ("999", "ABCDEF", "--", ""):
        with pytest.raises(PickupNotFound):
            shop.pickups.find(missing)


# -- statuses ------------------------------------------------------------------------------------
def test_new_then_ready_then_collected_keeps_each_moment(shop, dana, clock):
    order = shop.pickups.create(dana, [CAKE])
    clock.now += timedelta(days=1, hours=2)
    ready = shop.pickups.ready(order.id)
    assert (ready.status, ready.ready_at) == ("ready", clock.now)
    clock.now += timedelta(days=3)
    collected = shop.pickups.collect(order.id)
    assert (collected.status, collected.collected_at) == ("collected", clock.now)
    assert collected.ready_at == ready.ready_at and collected.cancelled_at is None


def test_an_order_on_the_shelf_can_be_collected_without_being_marked_ready(shop, dana):
    collected = shop.pickups.collect(shop.pickups.create(dana, [CAKE]).id)
    assert (collected.status, collected.ready_at) == ("collected", None)


@pytest.mark.parametrize("first", ["new", "ready"])
def test_a_waiting_order_can_be_cancelled(shop, dana, clock, first):
    order = shop.pickups.create(dana, [CAKE])
    if first == "ready":
        shop.pickups.ready(order.id)
    cancelled = shop.pickups.cancel(order.id)
    assert (cancelled.status, cancelled.cancelled_at) == ("cancelled", clock.now)


@pytest.mark.parametrize(
    "done, then, message",
    [
        (["ready"], "ready", "Pickup order {id}: it was already marked ready on 10/09/2026."),
        (["collect"], "collect", "Pickup order {id}: it was already collected on 10/09/2026."),
        (
            ["collect"],
            "cancel",
            "Pickup order {id}: it was collected on 10/09/2026 and cannot be cancelled now.",
        ),
        (
            ["cancel"],
            "ready",
            "Pickup order {id}: it was cancelled on 10/09/2026 and cannot be marked ready now.",
        ),
        (
            ["ready", "cancel"],
            "collect",
            "Pickup order {id}: it was cancelled on 10/09/2026 and cannot be collected now.",
        ),
    ],
)
def test_illegal_changes_are_refused_with_a_clear_message(shop, dana, done, then, message):
    order = shop.pickups.create(dana, [CAKE])
    for step in done:
        getattr(shop.pickups, step)(order.id)
    before = shop.pickups.get(order.id)
    with pytest.raises(PickupStatusRefused) as error:
        getattr(shop.pickups, then)(order.id)
    assert str(error.value) == message.format(id=order.id)
    assert error.value.params["why"] == before.status
    assert shop.pickups.get(order.id) == before


def test_changing_an_unknown_order(shop):
    with pytest.raises(PickupNotFound):
        shop.pickups.ready(42)


# -- waiting -------------------------------------------------------------------------------------
def test_waiting_lists_overdue_first_then_by_ready_by(shop, dana, clock):
    make = shop.pickups.create
    later = make(dana, [CAKE], ready_by=date(2026, 9, 20))
    soon = make(dana, [CAKE], ready_by=date(2026, 9, 15))
    late_ready = make(dana, [CAKE], ready_by=date(2026, 9, 8))
    shop.pickups.ready(late_ready.id)
    very_late = make(dana, [CAKE], ready_by=date(2026, 9, 1))
    today = make(dana, [CAKE], ready_by=date(2026, 9, 10))
    same_day_later = make(dana, [CAKE], ready_by=date(2026, 9, 15))
    shop.pickups.collect(make(dana, [CAKE], ready_by=date(2026, 9, 2)).id)
    shop.pickups.cancel(make(dana, [CAKE], ready_by=date(2026, 9, 3)).id)

    waiting = shop.pickups.waiting()
    assert [o.id for o in waiting] == [
        very_late.id,
        late_ready.id,
        today.id,
        soon.id,
        same_day_later.id,
        later.id,
    ]
    assert [o.overdue for o in waiting] == [True, True, False, False, False, False]
    assert [o.id for o in shop.pickups.waiting(overdue_only=True)] == [very_late.id, late_ready.id]
    # a week on, more of them are late
    assert [o.overdue for o in shop.pickups.waiting(on=date(2026, 9, 17))] == [True] * 5 + [False]
    clock.now = datetime(2026, 9, 16, 9, 0)
    assert shop.pickups.get(soon.id).overdue and not shop.pickups.get(later.id).overdue


def test_a_collected_or_cancelled_order_is_never_overdue(shop, dana):
    order = shop.pickups.create(dana, [CAKE], ready_by=date(2026, 9, 1))
    assert shop.pickups.get(order.id).overdue
    assert not shop.pickups.collect(order.id).overdue


def test_orders_of_a_member_newest_first(shop, dana):
    first = shop.pickups.create(dana, [CAKE])
    second = shop.pickups.create(dana, [CANDLES])
    shop.pickups.create(None, [CAKE])
    assert [o.id for o in shop.pickups.for_member(dana)] == [second.id, first.id]


def test_proposed_ready_by_on_the_shop(shop):
    assert shop.pickups.proposed_ready_by() == date(2026, 9, 14)
    assert shop.pickups.proposed_ready_by(date(2026, 9, 18), 1) == date(2026, 9, 20)
    shop.pickups.friday_open = False
    assert shop.pickups.proposed_ready_by() == date(2026, 9, 15)


def test_to_json_in_shekels(shop, dana):
    data = shop.pickups.create(dana, [CAKE], paid=50_00, shelf="B3").to_json()
    assert data["total"] == 179.8 and data["paid"] == 50.0 and data["due"] == 129.8
    assert data["lines"][0] == {
        "id": 1,
        "name": "עוגת גבינה",
        "qty": 2,
        "unit_price": 89.9,
        "total": 179.8,
    }
    assert data["member"]["phone"] == "+972523456789"
    assert (data["ready_by"], data["status"], data["overdue"]) == ("2026-09-14", "new", False)
