"""The demo shop's keeping-in-touch history: calls made (follow-ups answered, a few call-backs due),
feedback with NPS and statements, complaints at every step, one birthday already greeted.

Deterministic for a seed and the shop's today; written inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from random import Random

from shopkeeper.touch.birthdays import birthdays_in
from shopkeeper.touch.complaints import GOODWILL_SOURCE

FEEDBACK_SHARE = 0.08  # members who answered the "how likely are you to recommend us" question
FEEDBACK_CAP = 4000
STATEMENTS = (
    "הצוות הבין מה אני צריך",
    "קל למצוא בחנות את מה שמחפשים",
    "המחירים הוגנים",
)
_COMMENTS = {
    "promoter": ("שירות מעולה, תמיד עם חיוך", "הקפה הכי טוב בשכונה", "Love this shop!", ""),
    "passive": ("בסדר, לפעמים יש תור ארוך", "חסרו מידות", ""),
    "detractor": ("חיכיתי 20 דקות בקופה", "המוצר הגיע שבור", "המחיר עלה בלי הודעה"),
}
_CALL_NOTES = ("ביקשה לחזור אחרי החגים", "לא היה בבית, לחזור בערב", "רוצה לשמוע על המבצע")
# (days ago it happened, what, channel, remedy, owner, status, follow-up in days from today, goodwill)
_COMPLAINTS = (
    (2, "המארז הגיע עם ספל שבור", "whatsapp", "replacement", "דנה", "open", 0, 0),
    (9, "חויבה פעמיים על אותה קנייה", "phone", "refund", "יוסי", "in-progress", -2, 0),
    (
        20,
        "ההזמנה לא הייתה מוכנה בזמן שהובטח",
        "in-person",
        "compensation",
        "דנה",
        "resolved",
        None,
        50,
    ),
    (45, "קיבל מידה לא נכונה", "email", "replacement", "יוסי", "closed", None, 0),
)


def add_demo_touch(
    shop, member_ids: Sequence[int], seed: int = 1, today: date | None = None
) -> None:
    """Write the demo's calls, feedback, complaints and a greeting for some of `member_ids`."""
    if not member_ids:
        return
    today = today or date.today()
    rng = Random(f"touch-{seed}")
    conn = shop.db.connection()
    with shop.db.atomic():
        _followups_answered(shop, conn, rng, today)
        _winback_calls(shop, conn, rng, today)
        feedback = _feedback(conn, rng, member_ids, today)
        _complaints(shop, conn, rng, member_ids, feedback, today)
        _greeted(conn, today)


def _at(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, time(hour, minute)).isoformat(timespec="seconds")


def _followups_answered(shop, conn, rng: Random, today: date) -> None:
    """The shop called about every order but those of the last few days."""
    recent = today - timedelta(days=5)
    rows = []
    for entry in shop.calls.followups(today):
        if entry.purchase_at.date() >= recent:
            continue
        called = entry.purchase_at.date() + timedelta(days=3)
        result = "reached" if rng.random() < 0.8 else "no-answer"
        note = "הכל בסדר, מרוצה" if result == "reached" else ""
        rows.append(
            (
                entry.member_id,
                "followup",
                entry.purchase_id,
                result,
                None,
                note,
                "דנה",
                _at(called, 11, rng.randrange(60)),
            )
        )
    _calls(conn, rows)


def _winback_calls(shop, conn, rng: Random, today: date) -> None:
    """A few lapsed members called already: two asked to be called back (one today, one was due
    yesterday), one was not interested, one did not answer."""
    lapsed = shop.calls.winback(today, limit=30)
    plan = (("call-back", 0), ("call-back", -1), ("not-interested", None), ("no-answer", None))
    rows = []
    for entry, (result, back) in zip(lapsed[5::5], plan, strict=False):
        called = today - timedelta(days=rng.randint(3, 12))
        call_back_on = (today + timedelta(days=back)).isoformat() if back is not None else None
        note = rng.choice(_CALL_NOTES) if result == "call-back" else ""
        rows.append(
            (
                entry.member_id,
                "winback",
                None,
                result,
                call_back_on,
                note,
                "יוסי",
                _at(called, 17, rng.randrange(60)),
            )
        )
    _calls(conn, rows)


def _calls(conn, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO call_log (member_id, reason, purchase_id, result, call_back_on, note, by, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _feedback(conn, rng: Random, member_ids: Sequence[int], today: date) -> list[tuple[int, int]]:
    """NPS answers over the last year (most promoters, some detractors), with statement scores;
    returns (feedback id, member id) of the detractors."""
    created = _at(today - timedelta(days=365), 9)
    statement_ids = [
        conn.execute(
            "INSERT INTO feedback_statement (text, active, created_at) VALUES (?, 1, ?)",
            (text, created),
        ).lastrowid
        for text in STATEMENTS
    ]
    count = min(FEEDBACK_CAP, max(12, int(len(member_ids) * FEEDBACK_SHARE)))
    detractors = []
    for member_id in rng.sample(list(member_ids), k=min(count, len(member_ids))):
        nps = rng.choices((10, 9, 8, 7, 6, 4, 2), weights=(30, 25, 15, 10, 8, 7, 5))[0]
        kind = "promoter" if nps >= 9 else "passive" if nps >= 7 else "detractor"
        given_on = today - timedelta(days=rng.randrange(365))
        feedback_id = conn.execute(
            "INSERT INTO feedback (member_id, given_on, nps, comment, by, at) "
            "VALUES (?, ?, ?, ?, 'counter', ?)",
            (
                member_id,
                given_on.isoformat(),
                nps,
                rng.choice(_COMMENTS[kind]),
                _at(given_on, 12, rng.randrange(60)),
            ),
        ).lastrowid
        conn.executemany(
            "INSERT INTO feedback_answer (feedback_id, statement_id, score) VALUES (?, ?, ?)",
            [
                (feedback_id, sid, max(1, min(5, round(nps / 2) + rng.randint(-1, 0))))
                for sid in statement_ids
            ],
        )
        if kind == "detractor" and given_on < today - timedelta(days=2):
            detractors.append((feedback_id, member_id))
    return detractors


# The demo knows each member's form of address, so its notes never need the slash form.
_INFORMED = {
    "m": "עדכנו את הלקוח בטלפון",
    "f": "עדכנו את הלקוחה בטלפון",
    "": "עדכנו את הלקוח/ה בטלפון",
}


def _address_form(conn, member_id: int) -> str:
    row = conn.execute("SELECT address_form FROM member WHERE id=?", (member_id,)).fetchone()
    return row[0] if row and row[0] else ""


def _complaints(shop, conn, rng: Random, member_ids, detractors, today: date) -> None:
    chosen = rng.sample(list(member_ids), k=min(len(member_ids), len(_COMPLAINTS)))
    for member_id, plan in zip(chosen, _COMPLAINTS, strict=False):
        ago, what, channel, remedy, owner, status, follow_up, goodwill = plan
        happened = today - timedelta(days=ago)
        opened = _at(happened, 10, rng.randrange(60))
        moments = _complaint_moments(status, happened)
        follow_up_on = (
            (today + timedelta(days=follow_up)).isoformat() if follow_up is not None else None
        )
        complaint_id = conn.execute(
            "INSERT INTO complaint (member_id, what, happened_on, channel, remedy, owner, "
            "follow_up_on, status, goodwill_points, opened_at, resolved_at, closed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                member_id,
                what,
                happened.isoformat(),
                channel,
                remedy,
                owner,
                follow_up_on,
                status,
                goodwill,
                opened,
                *moments,
            ),
        ).lastrowid
        events = [("opened", what, opened)]
        if status != "open":
            told = _INFORMED.get(_address_form(conn, member_id), _INFORMED[""])
            events.append(("informed", told, _at(happened + timedelta(days=1), 12)))
        if moments[0]:
            events.append(("status", "resolved", moments[0]))
        if goodwill:
            shop.ledger.append(
                member_id,
                "bonus",
                goodwill,
                GOODWILL_SOURCE,
                at=datetime.fromisoformat(moments[0]),
                reason=f"complaint #{complaint_id}",
                by=owner,
            )
            events.append(("goodwill", str(goodwill), moments[0]))
        if moments[1]:
            events.append(("status", "closed", moments[1]))
        conn.executemany(
            "INSERT INTO complaint_event (complaint_id, kind, text, by, at) VALUES (?, ?, ?, ?, ?)",
            [(complaint_id, kind, text, owner, at) for kind, text, at in events],
        )
    if detractors:  # one detractor's comment already turned into a complaint, being handled
        feedback_id, member_id = detractors[0]
        shop.complaints.open_from_feedback(
            feedback_id, owner="דנה", follow_up_on=today + timedelta(days=1), by="דנה"
        )


def _complaint_moments(status: str, happened: date) -> tuple[str | None, str | None]:
    resolved = _at(happened + timedelta(days=3), 15) if status in ("resolved", "closed") else None
    closed = _at(happened + timedelta(days=6), 16) if status == "closed" else None
    return resolved, closed


def _greeted(conn, today: date) -> None:
    """The first of today's member birthdays was already greeted on WhatsApp this morning."""
    today_birthdays = birthdays_in(conn, today, today, kinds=("member",))
    if today_birthdays:
        conn.execute(
            "INSERT INTO greeting (member_id, occasion, subject_kind, subject_name, occasion_date, "
            "channel, by, at) VALUES (?, 'birthday', 'member', '', ?, 'whatsapp', 'דנה', ?)",
            (today_birthdays[-1].member_id, today.isoformat(), _at(today, 8, 40)),
        )
