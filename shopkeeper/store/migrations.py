"""Ordered schema migrations. Each step runs in one transaction and bumps `PRAGMA user_version`.

Steps are frozen SQL: never edit a released step, append a new one. Tests open a fixture database
made by every earlier version (tests/fixtures/schema_v*.sqlite3) and migrate it to the current one.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

from shopkeeper.store.migration_v5 import V5_MEMBER_LIST

V1_SCHEMA = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL DEFAULT '',
    birth_day INTEGER,
    birth_month INTEGER,
    birth_year INTEGER,
    hebrew_birthday INTEGER NOT NULL DEFAULT 0,
    address_form TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    joined_on TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    referred_by_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    name_words TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX member_birthday ON member(birth_month, birth_day);
CREATE INDEX member_name ON member(last_name, first_name);
CREATE TABLE member_tag (
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (member_id, tag)
) WITHOUT ROWID;
CREATE INDEX member_tag_tag ON member_tag(tag);
CREATE TABLE child (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    birth_day INTEGER,
    birth_month INTEGER,
    birth_year INTEGER,
    gender TEXT NOT NULL DEFAULT ''
);
CREATE INDEX child_member ON child(member_id);
CREATE INDEX child_birthday ON child(birth_month, birth_day);
CREATE TABLE pet (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    birth_day INTEGER,
    birth_month INTEGER,
    birth_year INTEGER
);
CREATE INDEX pet_member ON pet(member_id);
CREATE INDEX pet_birthday ON pet(birth_month, birth_day);
CREATE TABLE consent_event (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'email')),
    given INTEGER NOT NULL,
    at TEXT NOT NULL,
    how TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_event_member ON consent_event(member_id, channel, id);
CREATE TRIGGER consent_event_append_only BEFORE UPDATE ON consent_event
BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only');
END;
CREATE TABLE phone_fragment (
    fragment TEXT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    PRIMARY KEY (fragment, member_id)
) WITHOUT ROWID;
CREATE INDEX phone_fragment_member ON phone_fragment(member_id);
CREATE TABLE name_key (
    word TEXT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    PRIMARY KEY (word, member_id)
) WITHOUT ROWID;
CREATE INDEX name_key_member ON name_key(member_id);
"""


def _split_sql(script: str) -> list[str]:
    """Split a DDL script on `;` at line ends, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if line.rstrip().endswith(";") and (
            not text.upper().startswith("CREATE TRIGGER") or text.upper().endswith("END;")
        ):
            statements.append(text)
            current = []
    return statements


V2_LOYALTY = """
ALTER TABLE member ADD COLUMN birthday_set_on TEXT;
CREATE TABLE programme_version (
    id INTEGER PRIMARY KEY,
    valid_from TEXT NOT NULL,
    settings TEXT NOT NULL
);
CREATE INDEX programme_version_from ON programme_version(valid_from, id);
CREATE TABLE coupon (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    percent INTEGER,
    amount INTEGER,
    min_basket INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT,
    valid_until TEXT,
    max_uses INTEGER NOT NULL DEFAULT 1,
    member_id INTEGER REFERENCES member(id) ON DELETE CASCADE,
    batch TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((percent IS NULL) != (amount IS NULL))
);
CREATE INDEX coupon_member ON coupon(member_id);
CREATE TABLE purchase (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    at TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    points_discount INTEGER NOT NULL DEFAULT 0,
    coupon_discount INTEGER NOT NULL DEFAULT 0,
    reward_discount INTEGER NOT NULL DEFAULT 0,
    returned INTEGER NOT NULL DEFAULT 0,
    coupon_id INTEGER REFERENCES coupon(id),
    channel TEXT NOT NULL DEFAULT 'store' CHECK (channel IN ('store', 'phone', 'web')),
    fulfilment TEXT NOT NULL DEFAULT 'taken' CHECK (fulfilment IN ('taken', 'pickup', 'shipped')),
    note TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX purchase_member ON purchase(member_id, at);
CREATE INDEX purchase_at ON purchase(at);
CREATE INDEX purchase_coupon ON purchase(coupon_id);
CREATE TABLE purchase_line (
    id INTEGER PRIMARY KEY,
    purchase_id INTEGER NOT NULL REFERENCES purchase(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    qty INTEGER NOT NULL CHECK (qty > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    returned_qty INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX purchase_line_purchase ON purchase_line(purchase_id);
CREATE TABLE ledger (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'bonus', 'expire', 'adjust', 'reverse')),
    points INTEGER NOT NULL,
    source TEXT NOT NULL,
    purchase_id INTEGER REFERENCES purchase(id),
    reason TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ledger_member ON ledger(member_id, id);
CREATE INDEX ledger_purchase ON ledger(purchase_id);
CREATE INDEX ledger_source ON ledger(source, member_id);
CREATE TRIGGER ledger_append_only BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the points ledger is append-only');
END;
CREATE TABLE member_tier (
    member_id INTEGER PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE,
    tier TEXT NOT NULL,
    spend_12m INTEGER NOT NULL,
    computed_at TEXT NOT NULL
);
CREATE TABLE stamp (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    card TEXT NOT NULL,
    count INTEGER NOT NULL,
    purchase_id INTEGER REFERENCES purchase(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('stamp', 'reward', 'reverse'))
);
CREATE INDEX stamp_member ON stamp(member_id, card);
CREATE INDEX stamp_purchase ON stamp(purchase_id);
CREATE TABLE earned_reward (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    description TEXT NOT NULL,
    amount INTEGER NOT NULL DEFAULT 0,
    earned_at TEXT NOT NULL,
    purchase_id INTEGER REFERENCES purchase(id),
    used_purchase_id INTEGER REFERENCES purchase(id),
    used_at TEXT,
    cancelled_at TEXT
);
CREATE INDEX earned_reward_member ON earned_reward(member_id);
"""


V3_PRINTING = """
CREATE TABLE note_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL DEFAULT 'he' CHECK (language IN ('he', 'en')),
    body TEXT NOT NULL,
    return_policy TEXT NOT NULL DEFAULT '',
    coupon_percent INTEGER,
    coupon_amount INTEGER,
    coupon_days INTEGER NOT NULL DEFAULT 60,
    updated_at TEXT NOT NULL
);
CREATE TABLE pickup_order (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ready', 'collected', 'cancelled')),
    paid INTEGER NOT NULL DEFAULT 0,
    due INTEGER NOT NULL DEFAULT 0,
    ready_by TEXT NOT NULL,
    shelf TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    ready_at TEXT,
    collected_at TEXT,
    cancelled_at TEXT,
    purchase_id INTEGER REFERENCES purchase(id)
);
CREATE INDEX pickup_order_status ON pickup_order(status, ready_by);
CREATE INDEX pickup_order_member ON pickup_order(member_id);
CREATE TABLE pickup_line (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES pickup_order(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    unit_price INTEGER NOT NULL DEFAULT 0 CHECK (unit_price >= 0)
);
CREATE INDEX pickup_line_order ON pickup_line(order_id);
"""


V4_TOUCH = """
CREATE TABLE greeting_template (
    id INTEGER PRIMARY KEY,
    occasion TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('he', 'en')),
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (occasion, language)
);
CREATE TABLE greeting (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    occasion TEXT NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT 'member' CHECK (subject_kind IN ('member', 'child', 'pet')),
    subject_name TEXT NOT NULL DEFAULT '',
    occasion_date TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX greeting_day ON greeting(occasion_date, member_id);
CREATE INDEX greeting_member ON greeting(member_id);
CREATE TABLE call_log (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT 'winback'
        CHECK (reason IN ('winback', 'followup', 'callback', 'other')),
    purchase_id INTEGER REFERENCES purchase(id) ON DELETE SET NULL,
    result TEXT NOT NULL
        CHECK (result IN ('reached', 'no-answer', 'call-back', 'complaint', 'not-interested')),
    call_back_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    CHECK ((result = 'call-back') = (call_back_on IS NOT NULL))
);
CREATE INDEX call_log_member ON call_log(member_id, at);
CREATE INDEX call_log_at ON call_log(at);
CREATE INDEX call_log_call_back ON call_log(call_back_on) WHERE call_back_on IS NOT NULL;
CREATE INDEX call_log_purchase ON call_log(purchase_id) WHERE purchase_id IS NOT NULL;
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES member(id) ON DELETE CASCADE,
    given_on TEXT NOT NULL,
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    comment TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX feedback_day ON feedback(given_on);
CREATE INDEX feedback_member ON feedback(member_id);
CREATE TABLE feedback_statement (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE feedback_answer (
    feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL REFERENCES feedback_statement(id),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (feedback_id, statement_id)
);
CREATE TABLE complaint (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES member(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'in-person'
        CHECK (channel IN ('in-person', 'phone', 'whatsapp', 'sms', 'email', 'other')),
    remedy TEXT CHECK (remedy IN ('refund', 'credit', 'compensation', 'replacement', 'apology')),
    owner TEXT NOT NULL DEFAULT '',
    follow_up_on TEXT,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in-progress', 'resolved', 'closed')),
    feedback_id INTEGER REFERENCES feedback(id) ON DELETE SET NULL,
    goodwill_points INTEGER NOT NULL DEFAULT 0 CHECK (goodwill_points >= 0),
    opened_at TEXT NOT NULL,
    resolved_at TEXT,
    closed_at TEXT
);
CREATE INDEX complaint_status ON complaint(status, follow_up_on);
CREATE INDEX complaint_member ON complaint(member_id);
CREATE TABLE complaint_event (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX complaint_event_complaint ON complaint_event(complaint_id, id);
CREATE INDEX member_tier_spend ON member_tier(spend_12m);
CREATE INDEX member_hebrew ON member(birth_month, birth_day) WHERE hebrew_birthday = 1;
"""


def _script(sql: str) -> Callable[[peewee.SqliteDatabase], None]:
    """A migration step that runs the DDL script `sql`, statement by statement."""

    def step(db: peewee.SqliteDatabase) -> None:
        for statement in _split_sql(sql):
            db.execute_sql(statement)

    return step


# Each step brings a shop from the version before it to its own (1-based); never edit a released
# step, add one.
MIGRATIONS: list[Callable[[peewee.SqliteDatabase], None]] = [
    _script(V1_SCHEMA),
    _script(V2_LOYALTY),
    _script(V3_PRINTING),
    _script(V4_TOUCH),
    _script(V5_MEMBER_LIST),
]


def migrate(db: peewee.SqliteDatabase, current: int) -> int:
    """Apply every step after `current`; return the new version.

    Each step re-reads the version under the write lock, so two processes opening a new shop at
    the same moment do not both run it.
    """
    for version, step in enumerate(MIGRATIONS[current:], start=current + 1):
        with db.atomic("IMMEDIATE"):
            if db.execute_sql("PRAGMA user_version").fetchone()[0] >= version:
                continue
            step(db)
            db.execute_sql(f"PRAGMA user_version = {version}")
    return len(MIGRATIONS)
