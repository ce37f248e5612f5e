"""The start-up jobs: expiry and birthday bonuses, off the GUI thread, safe to repeat."""

from __future__ import annotations

import threading
from datetime import datetime

from gui_support import TODAY
from PySide6.QtCore import QObject, Slot

from shopkeeper.club.records import MemberDraft
from shopkeeper.shop import Shop
from ui import app as app_module


def member_with_old_points(shop) -> int:
    member = shop.members.add(
        MemberDraft(first_name="Dana", phone="050-765-4321", birthday="22/11/1990")
    ).member
    with shop.db.atomic():
        shop.ledger.append(member.id, "bonus", 70, "manual", at=datetime(2023, 1, 5, 9, 0))
    shop.db.connection().execute(
        "UPDATE member SET birthday_set_on='2020-01-01' WHERE id=?", (member.id,)
    )
    return member.id


def test_daily_jobs_expire_and_pay_birthdays_once(shop):
    member_id = member_with_old_points(shop)
    report = app_module.daily_jobs(shop, TODAY)
    assert report.changed
    assert report.expired.points == 70
    assert [p.member_id for p in report.birthdays] == [member_id]
    assert shop.ledger.balance(member_id) == shop.programme.current().birthday_bonus

    again = app_module.daily_jobs(shop, TODAY)
    assert not again.changed
    assert shop.ledger.balance(member_id) == shop.programme.current().birthday_bonus


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.reports: list[object] = []

    @Slot(object)
    def daily_jobs_done(self, report: object) -> None:
        self.reports.append(report)

    @Slot(object)
    def daily_jobs_failed(self, error: object) -> None:
        self.reports.append(error)


def test_the_jobs_run_off_the_gui_thread(qtbot, shop, monkeypatch):
    threads = []
    real = app_module.daily_jobs

    def recording(shop_, today):
        threads.append(threading.current_thread())
        return real(shop_, today)

    monkeypatch.setattr(app_module, "daily_jobs", recording)
    receiver = Receiver()
    task = app_module.start_daily_jobs(shop, TODAY, receiver)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert len(receiver.reports) == 1 and not receiver.reports[0].changed


def test_main_runs_the_jobs_at_start(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    with Shop(tmp_path) as shop:
        member_id = member_with_old_points(shop)
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    assert app_module.main(["--data-dir", str(tmp_path), "--lang", "en"]) == 0
    with Shop(tmp_path) as shop:
        kinds = [e.kind for e in shop.ledger.entries(member_id)]
    assert "expire" in kinds
    for window in shown:
        window.deleteLater()


def test_spend_older_than_a_year_leaves_the_listed_tier(shop):
    from shopkeeper.sales.records import PurchaseDraft

    member_id = shop.members.add(MemberDraft(first_name="Tal", phone="054-111-2233")).member.id
    shop.purchases.record(
        PurchaseDraft(member_id, amount=2_500_00, at=datetime(2025, 11, 1, 12, 0)), by="test"
    )
    shop.db.connection().execute(
        "UPDATE member_tier SET tier='Silver' WHERE member_id=?", (member_id,)
    )
    assert shop.loyalty.balances_and_tiers([member_id])[member_id][1] == "Silver"
    report = app_module.daily_jobs(shop, TODAY)
    assert report.tiers_changed == 1
    assert shop.loyalty.balances_and_tiers([member_id])[member_id][1] == "Member"
