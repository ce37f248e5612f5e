"""The demo shop: realistic, valid, deterministic for a seed, with something to show this week."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from shopkeeper.club.phones import parse_phone
from shopkeeper.club.validation import check_email
from shopkeeper.data import demo, demo_names
from shopkeeper.data.demo import DemoMembers, fill_demo_shop
from shopkeeper.errors import CouponRefused
from shopkeeper.loyalty.ledger import ExpiryReport
from shopkeeper.loyalty.tiers import refresh_all_tiers, spend_12m, tier_status
from shopkeeper.shop import Shop
from shopkeeper.touch.today import today
from tests.shopkeeper.data.demo_replay import COMPARED
from tests.shopkeeper.data.demo_replay import table as history_table

TODAY = date(2026, 11, 26)  # the shop fixture's clock
NOW = datetime(2026, 11, 26, 10, 30)


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory):
    """One shop of 2,000 demo members (seed 5), shared by the read-only tests below."""
    opened = Shop(tmp_path_factory.mktemp("demo"), today=lambda: TODAY, now=lambda: NOW)
    assert fill_demo_shop(opened, members=2000, seed=5, today=TODAY) == 2000
    yield opened
    opened.close()


def rows(shop, sql: str) -> list[tuple]:
    return shop.db.connection().execute(sql).fetchall()


def members_json(tmp_path, seed: int, numbers=(1, 2, 3, 4, 17, 150)) -> list[dict]:
    with Shop(tmp_path, today=lambda: TODAY, now=lambda: NOW) as shop:
        fill_demo_shop(shop, members=150, seed=seed, today=TODAY)
        return [shop.members.find(str(n)).to_json() for n in numbers]


def test_same_seed_same_members_other_seed_other_members(tmp_path):
    first = members_json(tmp_path / "a", seed=11)
    assert members_json(tmp_path / "b", seed=11) == first
    other = members_json(tmp_path / "c", seed=12)
    assert [m["phone"] for m in other] != [m["phone"] for m in first]
    assert [m["first_name"] + m["last_name"] for m in other] != [
        m["first_name"] + m["last_name"] for m in first
    ]


def test_count_and_progress(shop, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 40)
    calls = []
    assert (
        fill_demo_shop(shop, members=100, seed=2, today=TODAY, progress=lambda *a: calls.append(a))
        == 100
    )
    assert calls == [(40, 100), (80, 100), (100, 100)]
    assert shop.members.count() == 100
    assert shop.check().ok


def test_an_interrupted_demo_leaves_the_shop_empty(shop, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 10)

    def stop(done: int, total: int) -> None:
        if done == 20:
            raise KeyboardInterrupt

    schema = shop.db.connection().execute("SELECT * FROM sqlite_master").fetchall()
    with pytest.raises(KeyboardInterrupt):
        fill_demo_shop(shop, members=50, seed=2, today=TODAY, progress=stop)
    assert shop.members.count() == 0
    assert shop.db.connection().execute("SELECT * FROM sqlite_master").fetchall() == schema
    assert shop.db.connection().execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert shop.db.connection().execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0


def test_phones_are_unique_valid_israeli_mobiles(demo_shop):
    phones = [p for (p,) in rows(demo_shop, "SELECT phone FROM member")]
    assert len(set(phones)) == len(phones) == 2000
    for phone in phones:
        parsed = parse_phone(phone)
        assert parsed.e164 == phone and parsed.allocated, phone
        assert parsed.national[:3] in {"050", "052", "053", "054", "055", "058"}


def test_demo_skips_phones_the_shop_already_has():
    first = next(DemoMembers(3, TODAY).members(1))[0].phone.e164
    again = next(DemoMembers(3, TODAY, {first}).members(1))[0].phone.e164
    assert again != first and parse_phone(again).allocated


def test_names_match_the_form_of_address(demo_shop):
    female = {name for name, _ in demo_names.HEBREW_FEMALE + demo_names.RUSSIAN_FEMALE}
    female |= set(demo_names.ENGLISH_FEMALE)
    male = {name for name, _ in demo_names.HEBREW_MALE + demo_names.RUSSIAN_MALE} | set(
        demo_names.ENGLISH_MALE
    )
    forms = {"f": 0, "m": 0}
    for first, form in rows(demo_shop, "SELECT first_name, address_form FROM member"):
        forms[form] += 1
        assert first in (female if form == "f" else male), (first, form)
    assert forms["f"] > 600 and forms["m"] > 600


def test_a_mix_of_hebrew_english_and_quoted_names(demo_shop):
    names = [
        f + " " + last for f, last in rows(demo_shop, "SELECT first_name, last_name FROM member")
    ]
    hebrew = sum(any("\u05d0" <= ch <= "\u05ea" for ch in n) for n in names)
    assert 0.7 * len(names) < hebrew < 0.95 * len(names)
    assert any("'" in n for n in names) and any('"' in n for n in names)


def test_details_are_filled_for_some_members(demo_shop):
    def share(sql: str) -> float:
        return rows(demo_shop, sql)[0][0] / 2000

    assert 0.25 < share("SELECT COUNT(DISTINCT member_id) FROM child") < 0.35
    assert 0.15 < share("SELECT COUNT(DISTINCT member_id) FROM pet") < 0.25
    assert 0.35 < share("SELECT COUNT(*) FROM member WHERE email != ''") < 0.55
    assert (
        0.05
        < share("SELECT COUNT(*) FROM member WHERE birth_day IS NOT NULL AND birth_year IS NULL")
        < 0.2
    )
    assert 0.03 < share("SELECT COUNT(*) FROM member WHERE birth_day IS NULL") < 0.13
    assert share("SELECT COUNT(*) FROM member WHERE notes != ''") > 0.05
    assert share("SELECT COUNT(DISTINCT member_id) FROM member_tag") > 0.15
    kinds = {k for (k,) in rows(demo_shop, "SELECT DISTINCT kind FROM pet")}
    assert {"כלב", "חתול"} <= kinds and len(kinds) >= 4
    assert len({c for (c,) in rows(demo_shop, "SELECT DISTINCT city FROM member")}) > 20
    for (email,) in rows(demo_shop, "SELECT email FROM member WHERE email != ''"):
        assert check_email(email) == email


def test_consent_is_mixed_per_channel(demo_shop):
    counts = dict(
        ((channel, given), n)
        for channel, given, n in rows(
            demo_shop, "SELECT channel, given, COUNT(*) FROM consent_event GROUP BY 1, 2"
        )
    )
    for channel in ("sms", "whatsapp", "email"):
        assert counts[(channel, 1)] > 100 and counts[(channel, 0)] > 20
    never_asked = rows(
        demo_shop,
        "SELECT COUNT(*) FROM member WHERE id NOT IN (SELECT member_id FROM consent_event)",
    )[0][0]
    assert never_asked > 20
    without_email = rows(
        demo_shop,
        "SELECT COUNT(*) FROM consent_event e JOIN member m ON m.id = e.member_id "
        "WHERE e.channel = 'email' AND m.email = ''",
    )[0][0]
    assert without_email == 0


def test_dates_are_plausible(demo_shop):
    ((earliest, latest),) = rows(demo_shop, "SELECT MIN(joined_on), MAX(joined_on) FROM member")
    assert str(TODAY - timedelta(days=3 * 365)) <= earliest and latest <= str(TODAY)
    assert (
        rows(demo_shop, "SELECT COUNT(*) FROM member WHERE birth_year > 2008 OR birth_year < 1940")[
            0
        ][0]
        == 0
    )
    for table in ("child", "pet"):
        assert (
            rows(demo_shop, f"SELECT COUNT(*) FROM {table} WHERE birth_year >= {TODAY.year}")[0][0]
            == 0
        )
    feb_29 = rows(
        demo_shop, "SELECT birth_year FROM member WHERE birth_month = 2 AND birth_day = 29"
    )
    assert feb_29, "some members are born on 29 February"
    assert all(year is None or year % 4 == 0 for (year,) in feb_29)


def test_birthdays_in_the_coming_week_for_members_children_and_pets(shop):
    fill_demo_shop(shop, members=4, seed=9, today=TODAY)
    members = [shop.members.find(str(n)) for n in (1, 2, 3, 4)]

    def days_until(birthday) -> int:
        return (birthday.next_on_or_after(TODAY) - TODAY).days

    assert days_until(members[0].birthday) == 0
    assert days_until(members[1].birthday) <= 7
    assert any(days_until(c.birthday) <= 7 for c in members[2].children)
    assert any(days_until(p.birthday) <= 7 for p in members[3].pets)


def test_demo_members_are_found_by_the_counter_search(demo_shop):
    member = demo_shop.members.get(77)
    by_phone = demo_shop.search.search_ids(member.phone_display[-6:])
    assert member.id in by_phone
    by_number = demo_shop.search.search_ids(str(member.number))
    assert by_number[0] == member.id


def test_demo_consent_is_dated_on_the_day_the_member_joined(demo_shop):
    pairs = rows(
        demo_shop,
        "SELECT substr(c.at, 1, 10), m.joined_on FROM consent_event c JOIN member m ON m.id = c.member_id",
    )
    assert pairs and all(given_on == joined for given_on, joined in pairs)


# -- purchases and loyalty ---------------------------------------------------------------------
END_OF_TODAY = datetime.combine(TODAY, datetime.max.time()).replace(microsecond=0)


def test_the_history_is_deterministic_for_a_seed(tmp_path):
    def history(folder, seed: int) -> dict[str, list[tuple]]:
        with Shop(folder, today=lambda: TODAY, now=lambda: NOW) as shop:
            fill_demo_shop(shop, members=120, seed=seed, today=TODAY)
            return {name: history_table(shop, name) for name in COMPARED}

    first = history(tmp_path / "a", 11)
    assert history(tmp_path / "b", 11) == first
    assert len(first["purchase"]) > 1000 and len(first["ledger"]) > 1000
    other = history(tmp_path / "c", 12)
    assert other["purchase"] != first["purchase"] and other["ledger"] != first["ledger"]


def test_balances_are_the_ledger_and_never_went_below_zero(demo_shop):
    sums = dict(rows(demo_shop, "SELECT member_id, SUM(points) FROM ledger GROUP BY member_id"))
    assert len(sums) == 2000  # everyone had the welcome bonus
    assert all(points >= 0 for points in sums.values())
    for member_id, points in sums.items():
        assert demo_shop.ledger.balance(member_id) == points
    for member_id in list(sums)[::97]:
        card = demo_shop.loyalty.for_member(member_id)
        assert card.balance == sum(e.points for e in demo_shop.ledger.entries(member_id))
    assert demo_shop.ledger.check() == []
    kinds = {k for (k,) in rows(demo_shop, "SELECT DISTINCT kind || ':' || source FROM ledger")}
    assert kinds >= {
        "bonus:welcome",
        "bonus:birthday",
        "earn:purchase",
        "redeem:purchase",
        "redeem:reward",
        "reverse:purchase",
        "expire:expiry",
    }


def test_cached_tiers_are_what_a_fresh_recompute_gives(demo_shop):
    conn = demo_shop.db.connection()
    programme = demo_shop.programme.current()
    cached = rows(demo_shop, "SELECT member_id, tier, spend_12m, computed_at FROM member_tier")
    buyers = rows(demo_shop, "SELECT COUNT(DISTINCT member_id) FROM purchase")[0][0]
    assert len(cached) == buyers > 1500
    for member_id, tier, spend, computed_at in cached[::13]:
        fresh = tier_status(programme, spend_12m(conn, member_id, END_OF_TODAY))
        assert (fresh.name, fresh.spend_12m) == (tier, spend)
        assert computed_at == END_OF_TODAY.isoformat()
    tiers = dict(rows(demo_shop, "SELECT tier, COUNT(*) FROM member_tier GROUP BY tier"))
    assert tiers["Member"] > tiers["Silver"] > tiers.get("Gold", 0) > 0


def test_purchases_look_like_a_small_shops(demo_shop):
    ((count, low, high, median),) = rows(
        demo_shop,
        "SELECT COUNT(*), MIN(amount), MAX(amount), "
        "(SELECT amount FROM purchase ORDER BY amount LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM purchase)) "
        "FROM purchase",
    )
    assert count > 2000 * 8 and low >= 20_00 and high <= 900_00 and median < 150_00
    categories = {c for (c,) in rows(demo_shop, "SELECT DISTINCT category FROM purchase_line")}
    assert categories == {"קפה", "מזון", "צעצועים", "קוסמטיקה", "מתנות"}
    mismatched = rows(
        demo_shop,
        "SELECT COUNT(*) FROM purchase p WHERE EXISTS (SELECT 1 FROM purchase_line l WHERE l.purchase_id = p.id) "
        "AND p.amount != (SELECT SUM(qty * unit_price) FROM purchase_line l WHERE l.purchase_id = p.id)",
    )[0][0]
    assert mismatched == 0
    mix = dict(
        rows(demo_shop, "SELECT channel || '/' || fulfilment, COUNT(*) FROM purchase GROUP BY 1")
    )
    assert mix["store/taken"] > 0.7 * count and mix["web/shipped"] > 0 and mix["phone/pickup"] > 0
    today = TODAY.isoformat()
    shipped_today = rows(
        demo_shop, f"SELECT COUNT(*) FROM purchase WHERE fulfilment='shipped' AND at >= '{today}'"
    )[0][0]
    assert shipped_today >= 2
    assert rows(demo_shop, "SELECT MAX(at) FROM purchase")[0][0] < NOW.isoformat()
    early = rows(
        demo_shop,
        "SELECT COUNT(*) FROM purchase p JOIN member m ON m.id = p.member_id WHERE p.at < m.joined_on",
    )[0][0]
    assert early == 0
    voids = rows(demo_shop, "SELECT void_reason FROM purchase WHERE voided_at IS NOT NULL")
    assert 0 < len(voids) < 0.02 * count and all(reason for (reason,) in voids)


def test_a_members_favourite_categories_are_in_the_shops_hebrew(demo_shop):
    """A Hebrew shop: the history's favourite categories are Hebrew words, not "toys"."""
    busiest = rows(
        demo_shop,
        "SELECT p.member_id FROM purchase p JOIN purchase_line l ON l.purchase_id = p.id "
        "GROUP BY p.member_id ORDER BY COUNT(DISTINCT l.category) DESC, p.member_id LIMIT 1",
    )[0][0]
    favourites = [c.category for c in demo_shop.history.totals(busiest).favourite_categories]
    assert len(favourites) >= 2
    assert all(re.fullmatch("[\u05d0-\u05ea]+", category) for category in favourites)


def test_stamp_cards_part_way_and_a_reward_waiting(demo_shop):
    (card,) = demo_shop.programme.current().stamp_cards
    assert (card.category, card.stamps_needed) == ("קפה", 10)
    counts = [n for (n,) in rows(demo_shop, "SELECT SUM(count) FROM stamp GROUP BY member_id")]
    assert all(0 <= n < 10 for n in counts) and sum(0 < n < 10 for n in counts) > 50
    waiting = rows(
        demo_shop,
        "SELECT member_id FROM earned_reward WHERE source = 'card:כרטיס קפה' AND used_at IS NULL",
    )
    assert waiting
    loyalty = demo_shop.loyalty.for_member(waiting[0][0])
    assert loyalty.waiting_rewards[0].description == card.reward
    assert loyalty.stamp_cards[0].needed == 10
    used = rows(demo_shop, "SELECT COUNT(*) FROM earned_reward WHERE used_at IS NOT NULL")[0][0]
    assert used > 0


def test_coupons_some_used_one_for_a_member_one_expired(demo_shop):
    coupons = rows(demo_shop, "SELECT code, member_id, valid_until FROM coupon ORDER BY id")
    uses = dict(
        rows(
            demo_shop,
            "SELECT coupon_id, COUNT(*) FROM purchase WHERE coupon_id IS NOT NULL GROUP BY 1",
        )
    )
    assert 0 < len(uses) < len(coupons) and set(uses.values()) == {1}
    ((code, member_id, _),) = [c for c in coupons if c[1] is not None]
    assert [c.code for c in demo_shop.coupons.valid_for(member_id, TODAY)] == [code]
    expired = [c for c, _, until in coupons if until < TODAY.isoformat()]
    with pytest.raises(CouponRefused) as refused:
        demo_shop.coupons.check(expired[0], None, 500_00, TODAY)
    assert refused.value.params["why"] == "expired"


def test_birthday_bonuses_once_a_year_from_the_morning_after_joining(demo_shop):
    joined = dict(rows(demo_shop, "SELECT id, joined_on FROM member"))
    paid = rows(demo_shop, "SELECT member_id, at, reason FROM ledger WHERE source = 'birthday'")
    assert len(paid) > 2000
    assert len({(member_id, reason) for member_id, _, reason in paid}) == len(paid)
    for member_id, at, reason in paid:
        occurrence = datetime.strptime(reason.rsplit(" ", 1)[1], "%d/%m/%Y").date()
        day = date.fromisoformat(at[:10])
        first_run = date.fromisoformat(joined[member_id]) + timedelta(days=1)
        assert day == max(occurrence, first_run) <= occurrence + timedelta(days=7) and day <= TODAY
        assert at[10:] == "T08:00:00"


def test_todays_jobs_have_nothing_left_to_do(tmp_path):
    with Shop(tmp_path, today=lambda: TODAY, now=lambda: NOW) as shop:
        fill_demo_shop(shop, members=1500, seed=3, today=TODAY)
        assert shop.ledger.expire(TODAY) == ExpiryReport(0, 0)
        # This morning's run is done; only a member who joined since has a birthday to be paid.
        joined_today = {
            m for (m,) in rows(shop, f"SELECT id FROM member WHERE joined_on = '{TODAY}'")
        }
        assert {p.member_id for p in shop.bonuses.pay_birthdays(TODAY)} <= joined_today
        assert refresh_all_tiers(shop.db, shop.programme.current(), TODAY) == 0
        # The member whose birthday is today had it paid this morning.
        (first,) = rows(shop, "SELECT MIN(id) FROM member")[0]
        assert rows(
            shop,
            f"SELECT at FROM ledger WHERE member_id={first} AND source='birthday' "
            f"AND at >= '{TODAY}'",
        ) == [(f"{TODAY}T08:00:00",)]


def test_the_demo_shop_passes_its_check_with_every_index(demo_shop, shop):
    assert demo_shop.check().ok
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert rows(demo_shop, schema) == rows(shop, schema)


def test_the_demo_has_calls_feedback_and_complaints_to_show(demo_shop):
    """Something on every list of the today, calls and care pages, and nothing inconsistent."""
    report = today(demo_shop, TODAY)
    assert len(report.call_backs) == 2
    assert report.complaints_due and report.winback
    assert len(report.followups) < 40  # older orders were already followed up
    nps = demo_shop.feedback.nps()
    assert nps.responses >= 100 and nps.detractors and 0 < nps.nps < 100
    statuses = {c.status for c in demo_shop.complaints.list()}
    assert statuses == {"open", "in-progress", "resolved", "closed"}
    resolved = [c for c in demo_shop.complaints.list() if c.goodwill_points]
    assert resolved and 3 <= resolved[0].resolution_days < 4
    assert demo_shop.ledger.check() == []
    assert any(c.feedback_id for c in demo_shop.complaints.list())
