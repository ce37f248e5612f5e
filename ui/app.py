"""`shopkeeper`: start the GUI on a shop (language, fonts, single instance, demo data)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shopkeeper.errors import ShopError
from shopkeeper.loyalty.bonuses import BirthdayPayment
from shopkeeper.loyalty.ledger import ExpiryReport
from shopkeeper.loyalty.tiers import refresh_all_tiers
from shopkeeper.paths import APP_NAME, resolve_data_dir
from shopkeeper.shop import Shop
from ui.crash import install_excepthook, report_unexpected
from ui.i18n import LANGUAGES, RESOURCES, apply_language, register_fonts, ui_font
from ui.messages import error_text
from ui.tasks import Task

__all__ = ["RESOURCES", "main"]

DEMO_MEMBERS = 500
DEMO_SEED = 1
JOBS_WAIT_SECONDS = 60


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="shopkeeper", description="The customer club at the counter."
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="he or en (default: the shop's saved language)"
    )
    parser.add_argument("--data-dir", help="the shop's folder (default: the user data folder)")
    parser.add_argument("--demo", action="store_true", help="fill an empty shop with demo members")
    return parser.parse_args(argv)


def startup_error(text: str) -> int:
    """Tell why the shop cannot be opened; the exit status is 1."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("startup", "Shopkeeper cannot start"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()
    return 1


def open_shop(data_dir: Path) -> Shop | str:
    """The shop, opened exclusively, or the translated reason it cannot be."""
    try:
        return Shop(data_dir, exclusive=True)
    except ShopError as exc:
        return error_text(exc)
    except OSError as exc:
        return QCoreApplication.translate(
            "startup", "The data folder {path} cannot be used: {detail}"
        ).format(path=data_dir, detail=exc.strerror or exc)


def fill_demo(shop: Shop) -> None:
    """Give an empty shop demo members so a newcomer sees the app working."""
    if shop.members.count():
        return
    from shopkeeper.data.demo import fill_demo_shop

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        fill_demo_shop(shop, members=DEMO_MEMBERS, seed=DEMO_SEED)
    finally:
        QApplication.restoreOverrideCursor()


def offer_setup(shop: Shop, window: QObject, *, demo: bool = False) -> QObject | None:
    """Open the first-start set-up over the window (not blocking) on an empty shop whose set-up
    was never done nor skipped; never for --demo."""
    if demo or not shop.settings.needs_setup():
        return None
    from ui.dialogs.setup_wizard import open_setup_wizard

    return open_setup_wizard(window)


@dataclass(frozen=True)
class DailyReport:
    """What the daily jobs changed: points expired, birthday bonuses paid, cached tiers that moved."""

    expired: ExpiryReport
    birthdays: tuple[BirthdayPayment, ...]
    tiers_changed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.expired.points or self.birthdays or self.tiers_changed)


def daily_jobs(shop: Shop, today: date) -> DailyReport:
    """Expire old points, pay birthday bonuses and let spend older than 12 months leave the tiers
    the members list shows; each is safe to run more than once a day."""
    expired = shop.ledger.expire(today)
    paid = shop.bonuses.pay_birthdays(today)
    tiers = refresh_all_tiers(shop.db, shop.programme.current(), today)
    return DailyReport(expired, tuple(paid), tiers)


def start_daily_jobs(shop: Shop, today: date, window: QObject) -> Task:
    """Run the daily jobs on a pool thread; the window refreshes when they changed something."""
    task = Task(lambda _progress: daily_jobs(shop, today), shop=shop)
    task.finished.connect(window.daily_jobs_done)
    task.failed.connect(window.daily_jobs_failed)
    task.start()
    return task


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; returns the exit status (non-zero when the shop could not be opened)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    register_fonts()
    app.setFont(ui_font())

    data_dir = resolve_data_dir(args.data_dir)
    # The language before the shop opens, so a refusal (another window has it open …) is translated.
    apply_language(app, args.lang or LANGUAGES[0])
    opened = open_shop(data_dir)
    if isinstance(opened, str):
        return startup_error(opened)
    shop = opened
    previous_hook = sys.excepthook
    jobs: Task | None = None
    try:
        if not args.lang:
            apply_language(app, shop.settings.language or LANGUAGES[0])
        install_excepthook(data_dir)
        if args.demo:
            fill_demo(shop)
        from ui.main_window import MainWindow

        window = MainWindow(shop)
        window.show()
        offer_setup(shop, window, demo=args.demo)
        jobs = start_daily_jobs(shop, date.today(), window)
        return app.exec()
    except Exception as exc:  # the last line of defence: a dialog and a log, never a bare traceback
        report_unexpected(data_dir, exc)
        return 1
    finally:
        sys.excepthook = previous_hook
        if jobs is not None:
            jobs.wait(JOBS_WAIT_SECONDS)  # the pool thread must be done with the database first
        shop.close()


if __name__ == "__main__":
    sys.exit(main())
