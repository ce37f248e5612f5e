"""Shop: one open shop database and the services over it (the GUI and the CLI both start here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from shopkeeper.club.history import HistoryService
from shopkeeper.club.member_browse import MemberBrowser, tier_names
from shopkeeper.club.member_browse_check import cached_value_problems
from shopkeeper.club.members import MemberService
from shopkeeper.club.records import MemberDraft, SavedMember
from shopkeeper.club.search import MemberSearch
from shopkeeper.loyalty.bonuses import Bonuses
from shopkeeper.loyalty.coupons import CouponService
from shopkeeper.loyalty.ledger import Ledger
from shopkeeper.loyalty.programmes import ProgrammeStore
from shopkeeper.loyalty.status import LoyaltyStatus
from shopkeeper.printing.templates import TemplateService
from shopkeeper.sales.pickups import PickupService
from shopkeeper.sales.purchases import PurchaseService
from shopkeeper.settings import SettingsService
from shopkeeper.store.database import (
    DATABASE_FILE,
    SCHEMA_VERSION,
    close_database,
    integrity_report,
    open_database,
    schema_version,
)
from shopkeeper.store.lock import InstanceLock
from shopkeeper.touch.calls import CallService
from shopkeeper.touch.complaints import ComplaintService
from shopkeeper.touch.feedback import FeedbackService
from shopkeeper.touch.greetings import GreetingService


@dataclass(frozen=True)
class CheckReport:
    path: str
    schema_version: int
    app_schema_version: int
    problems: tuple[str, ...]
    members: int

    @property
    def ok(self) -> bool:
        return not self.problems


class Shop:
    """Opens the store and hands out one service per area."""

    def __init__(
        self,
        data_dir: Path,
        *,
        exclusive: bool = False,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._now = now
        self._lock = InstanceLock(self.data_dir) if exclusive else None
        if self._lock:
            self._lock.acquire()
        try:
            self.db = open_database(self.data_dir / DATABASE_FILE)
        except Exception:
            if self._lock:
                self._lock.release()
            raise
        self.members = MemberService(self.db, today=today, now=now)
        self.search = MemberSearch(self.db, self.members)
        self.history = HistoryService(self.db, now)
        self.settings = SettingsService(self.db)
        self.programme = ProgrammeStore(self.db, now)
        self.ledger = Ledger(self.db, self.programme, now)
        self.coupons = CouponService(self.db, now)
        self.bonuses = Bonuses(self.db, self.programme, self.ledger, now)
        self.purchases = PurchaseService(
            self.db, self.programme, self.ledger, self.coupons, self.bonuses, now
        )
        self.member_list = MemberBrowser(self.db, lambda: tier_names(self.programme.current()))
        self.loyalty = LoyaltyStatus(self.db, self.programme, self.ledger, self.coupons, now)
        self.pickups = PickupService(self.db, self.members, self.settings, now=now)
        self.note_templates = TemplateService(self.db, now)
        self.greetings = GreetingService(
            self.db, self.members, self.settings, self.ledger, self.loyalty, now
        )
        self.calls = CallService(self.db, self.settings, now)
        self.feedback = FeedbackService(self.db, now)
        self.complaints = ComplaintService(self.db, self.ledger, now)

    def now(self) -> datetime:
        """The shop's clock (fixed in tests): what every service takes as the present moment."""
        return self._now()

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    def join(self, draft: MemberDraft, *, welcome: bool = True, by: str = "") -> SavedMember:
        """A new member and, if the programme gives one, the welcome bonus, in one transaction."""
        with self.db.atomic():
            saved = self.members.add(draft)
            if welcome:
                self.bonuses.welcome(saved.member.id, by=by)
        return saved

    def check(self) -> CheckReport:
        """Full integrity check and schema version."""
        return CheckReport(
            path=str(self.database_path),
            schema_version=schema_version(self.db),
            app_schema_version=SCHEMA_VERSION,
            problems=tuple(integrity_report(self.db))
            + tuple(self.ledger.check())
            + tuple(cached_value_problems(self.db)),
            members=self.members.count(),
        )

    def close(self) -> None:
        """Close the database (refreshing the planner's statistics when it can) and the lock."""
        try:
            close_database(self.db)
        finally:
            if self._lock:
                self._lock.release()

    def __enter__(self) -> Shop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
