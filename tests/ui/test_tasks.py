"""ui/tasks.py: work runs on a pool thread; progress and the outcome arrive on the GUI thread."""

from __future__ import annotations

import logging
import sqlite3
import threading

import pytest
from PySide6.QtCore import QThreadPool

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import InvalidPhone
from ui.tasks import Task


@pytest.fixture(autouse=True)
def _pool_drained():
    yield
    QThreadPool.globalInstance().waitForDone(5000)


def _recorder(signal, seen: list) -> None:
    signal.connect(lambda *args: seen.append((args, threading.get_ident())))


def test_progress_and_result_are_delivered_on_the_gui_thread(qtbot):
    gui = threading.get_ident()

    def work(progress):
        for done in (1, 2, 3):
            progress(done, 3)
        return {"worker": threading.get_ident()}

    task = Task(work, interval=0)
    progress = []
    _recorder(task.progress, progress)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()

    assert finished.args[0]["worker"] != gui
    assert progress == [((1, 3), gui), ((2, 3), gui), ((3, 3), gui)]


def test_progress_is_thinned_out_but_the_last_step_always_arrives(qtbot):
    task = Task(lambda progress: [progress(done, 1000) for done in range(1, 1001)], interval=60)
    progress = []
    _recorder(task.progress, progress)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert [args for args, _ in progress] == [(1, 1000), (1000, 1000)]


def test_a_shop_error_is_delivered_as_failed_on_the_gui_thread(qtbot):
    gui = threading.get_ident()

    def work(_progress):
        raise InvalidPhone(text="05x-abc")

    task = Task(work)
    failed, finished = [], []
    _recorder(task.failed, failed)
    _recorder(task.finished, finished)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()

    error = blocker.args[0]
    assert isinstance(error, InvalidPhone)
    assert error.params == {"text": "05x-abc"}
    assert failed == [((error,), gui)]
    assert finished == []


def test_an_unexpected_error_is_delivered_and_logged(qtbot, caplog):
    task = Task(lambda _progress: 1 / 0)
    with (
        caplog.at_level(logging.ERROR, logger="ui.tasks"),
        qtbot.waitSignal(task.failed, timeout=5000) as blocker,
    ):
        task.start()
    assert isinstance(blocker.args[0], ZeroDivisionError)
    assert "background task failed" in caplog.text


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    started, steps = threading.Event(), []

    def work(progress):
        started.set()
        for done in range(1, 10_000):
            progress(done, 10_000)
            steps.append(done)
            threading.Event().wait(0.001)
        return "completed"

    task = Task(work)
    finished = []
    task.finished.connect(finished.append)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()

    assert finished == []
    assert len(steps) < 9_999
    assert task.wait(1)


def test_a_task_runs_once(qtbot):
    task = Task(lambda _progress: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    with pytest.raises(RuntimeError):
        task.start()


def test_the_worker_uses_and_then_closes_its_own_database_connection(qtbot, shop):
    gui_connection = shop.db.connection()

    def work(_progress):
        connection = shop.db.connection()
        saved = shop.members.add(MemberDraft(first_name="דנה", phone="052-345-6789"))
        return connection, saved.member.id

    task = Task(work, shop=shop)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    worker_connection, member_id = blocker.args[0]

    assert worker_connection is not gui_connection
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        worker_connection.total_changes  # noqa: B018
    # The GUI thread's connection is untouched and sees the worker's committed write (WAL).
    assert not shop.db.is_closed()
    assert shop.db.connection() is gui_connection
    assert shop.members.count() == 1
    assert shop.members.get(member_id).first_name == "דנה"
