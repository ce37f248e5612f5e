"""Thank-you note templates kept in the shop's database, and the values a note fills in.

``shop.note_templates`` lists, reads, saves and deletes templates (``note_template`` table); a shop
with none gets the two defaults back (a Hebrew and an English thank-you).  ``values_for`` gathers
what a note says about one member: name, points, tier and the way to the next one, stamps left,
the last thing bought.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from shopkeeper.club.text import clean_text
from shopkeeper.errors import DuplicateTemplate, InvalidValue, TemplateNotFound
from shopkeeper.printing.placeholders import NoteValues, amount_text, check_template

LANGUAGES = ("he", "en")
_COLUMNS = "id, name, language, body, return_policy, coupon_percent, coupon_amount, coupon_days, updated_at"


@dataclass(frozen=True)
class NoteTemplate:
    """A note's text (with placeholders), its return policy and the coupon it hands out."""

    name: str
    language: str = "he"
    body: str = ""
    return_policy: str = ""
    coupon_percent: int | None = None
    coupon_amount: int | None = None  # agorot
    coupon_days: int = 60  # the coupon is valid this many days from printing
    id: int | None = None
    updated_at: datetime | None = None

    @property
    def wants_coupon(self) -> bool:
        """Whether each note carries a fresh coupon for the next order."""
        return bool(self.coupon_percent or self.coupon_amount)

    def coupon_offer(self) -> str:
        """What the coupon gives, in the template's language: "10% הנחה בקנייה הבאה"."""
        if not self.wants_coupon:
            return ""
        if self.coupon_percent:
            off = f"{self.coupon_percent}%"
        else:
            off = amount_text(self.coupon_amount or 0, self.language)
        return _WORDS[self.language]["offer"].format(off=off)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "language": self.language,
            "body": self.body,
            "return_policy": self.return_policy,
            "coupon_percent": self.coupon_percent,
            "coupon_amount": None if self.coupon_amount is None else self.coupon_amount / 100,
            "coupon_days": self.coupon_days,
        }


_WORDS = {
    "he": {
        "offer": "{off} הנחה בקנייה הבאה",
        "until": "בתוקף עד {day}",
        "sample": "דוגמה: הקוד האמיתי נוצר בהדפסה",
    },
    "en": {
        "offer": "{off} off your next order",
        "until": "Valid until {day}",
        "sample": "Sample: the real code is made when printed",
    },
}


def coupon_until_text(language: str, until: date) -> str:
    """ "בתוקף עד 25/01/2027" / "Valid until 25/01/2027"."""
    return _WORDS[language]["until"].format(day=until.strftime("%d/%m/%Y"))


def coupon_sample_text(language: str) -> str:
    """What a preview's coupon says under its sample code, in the note's language."""
    return _WORDS[language]["sample"]


DEFAULT_TEMPLATES = (
    NoteTemplate(
        name="תודה",
        language="he",
        body=(
            "{first_name} {היקר|היקרה},\n"
            "תודה גדולה שקנית אצלנו! 🌸\n"
            "מקווים {שתיהנה|שתיהני|שתיהנו} מ{last_item}.\n"
            "צברת {points} נקודות ({tier}).\n"
            "עוד {points_to_next_tier} {ותגיע|ותגיעי|ותגיעו} לדרגת {next_tier}!\n"
            "🎁 קוד מתנה לקנייה הבאה: {coupon}\n"
            "באהבה, {shop_name}"
        ),
        return_policy="אפשר להחליף או להחזיר תוך 14 יום, בצירוף החשבונית.",
        coupon_percent=10,
        coupon_days=60,
    ),
    NoteTemplate(
        name="Thank you",
        language="en",
        body=(
            "Dear {first_name},\n"
            "Thank you so much for shopping with us! 🌸\n"
            "We hope you enjoy your {last_item}.\n"
            "You now have {points} points ({tier} tier).\n"
            "Only {points_to_next_tier} more to reach {next_tier}!\n"
            "🎁 A gift code for next time: {coupon}\n"
            "With love, {shop_name}"
        ),
        return_policy="Exchanges and returns within 14 days with your receipt.",
        coupon_percent=10,
        coupon_days=60,
    ),
)


class TemplateService:
    """The note templates of one shop: list, get, save (checked), delete."""

    def __init__(self, db, now: Callable[[], datetime] = datetime.now) -> None:
        self._db = db
        self._now = now

    @property
    def _conn(self):
        return self._db.connection()

    def list(self) -> list[NoteTemplate]:
        """Every template, oldest first (the defaults are created if there are none)."""
        self.ensure_defaults()
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM note_template ORDER BY id").fetchall()
        return [_from_row(row) for row in rows]

    def get(self, name: str) -> NoteTemplate:
        """The template called ``name`` (TemplateNotFound otherwise)."""
        self.ensure_defaults()
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM note_template WHERE name=?", (clean_text(name),)
        ).fetchone()
        if row is None:
            raise TemplateNotFound(name=clean_text(name))
        return _from_row(row)

    def default(self, language: str) -> NoteTemplate:
        """The first template in ``language``, or the first of all if none is."""
        templates = self.list()
        return next((t for t in templates if t.language == language), templates[0])

    def choose(self, name: str | None, language: str) -> NoteTemplate:
        """``get(name)`` when a name is given, else ``default(language)``."""
        return self.get(name) if name else self.default(language)

    def save(self, template: NoteTemplate) -> NoteTemplate:
        """Insert (no id) or update (id) a template after checking it; returns it as stored.

        Raises UnknownPlaceholder / UnbalancedBraces / TooManyForms for a bad text,
        DuplicateTemplate for a name in use, InvalidValue for other fields."""
        template = _checked(template)
        stamp = self._now().isoformat(timespec="seconds")
        values = (
            template.name,
            template.language,
            template.body,
            template.return_policy,
            template.coupon_percent,
            template.coupon_amount,
            template.coupon_days,
            stamp,
        )
        conn = self._conn
        with self._db.atomic():
            clash = conn.execute(
                "SELECT id FROM note_template WHERE name=? AND id IS NOT ?",
                (template.name, template.id),
            ).fetchone()
            if clash:
                raise DuplicateTemplate(name=template.name)
            if template.id is None:
                cursor = conn.execute(
                    "INSERT INTO note_template (name, language, body, return_policy, "
                    "coupon_percent, coupon_amount, coupon_days, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?)",
                    values,
                )
                template_id = cursor.lastrowid
            else:
                cursor = conn.execute(
                    "UPDATE note_template SET name=?, language=?, body=?, return_policy=?, "
                    "coupon_percent=?, coupon_amount=?, coupon_days=?, updated_at=? WHERE id=?",
                    (*values, template.id),
                )
                if cursor.rowcount == 0:
                    raise TemplateNotFound(name=str(template.id))
                template_id = template.id
        return replace(template, id=template_id, updated_at=datetime.fromisoformat(stamp))

    def delete(self, name: str) -> None:
        """Remove the template called ``name`` (TemplateNotFound if there is none)."""
        with self._db.atomic():
            cursor = self._conn.execute(
                "DELETE FROM note_template WHERE name=?", (clean_text(name),)
            )
            if cursor.rowcount == 0:
                raise TemplateNotFound(name=clean_text(name))

    def ensure_defaults(self) -> int:
        """Create the default templates when the shop has none; returns how many were made."""
        if self._conn.execute("SELECT 1 FROM note_template LIMIT 1").fetchone():
            return 0
        with self._db.atomic():
            if self._conn.execute("SELECT 1 FROM note_template LIMIT 1").fetchone():
                return 0  # another window made them first
            for template in DEFAULT_TEMPLATES:
                self.save(template)
        return len(DEFAULT_TEMPLATES)


def _checked(template: NoteTemplate) -> NoteTemplate:
    name = clean_text(template.name)
    if not name:
        raise InvalidValue(field="template name", text=template.name)
    if template.language not in LANGUAGES:
        raise InvalidValue(field="language", text=template.language)
    body = template.body.replace("\r\n", "\n").strip()
    if not body:
        raise InvalidValue(field="note text", text="")
    policy = template.return_policy.replace("\r\n", "\n").strip()
    for text in (body, policy):
        problems = check_template(text)
        if problems:
            raise problems[0]
    percent, amount = template.coupon_percent, template.coupon_amount
    if percent is not None and amount is not None:
        raise InvalidValue(field="coupon", text="give either a percent or an amount")
    if percent is not None and not 1 <= percent <= 100:
        raise InvalidValue(field="coupon percent", text=str(percent))
    if amount is not None and amount <= 0:
        raise InvalidValue(field="coupon amount", text=str(amount / 100))
    if not 1 <= template.coupon_days <= 3650:
        raise InvalidValue(field="coupon days", text=str(template.coupon_days))
    return replace(template, name=name, body=body, return_policy=policy)


def _from_row(row) -> NoteTemplate:
    return NoteTemplate(
        id=row[0],
        name=row[1],
        language=row[2],
        body=row[3],
        return_policy=row[4],
        coupon_percent=row[5],
        coupon_amount=row[6],
        coupon_days=row[7],
        updated_at=datetime.fromisoformat(row[8]),
    )


# ---------------------------------------------------------------- what a note says


# the tier names a new shop starts with, as a Hebrew note says them (by form of address)
_HEBREW_TIERS = {
    "Member": {"m": "חבר מועדון", "f": "חברת מועדון", "": "חבר/ת מועדון"},
    "Silver": "כסף",
    "Gold": "זהב",
    "VIP": "VIP",
}


def tier_name(name: str | None, language: str, address_form: str = "") -> str:
    """A tier's name as a note in ``language`` says it (the default tiers have Hebrew names)."""
    if not name or language != "he":
        return name or ""
    found = _HEBREW_TIERS.get(name, name)
    return found.get(address_form, found[""]) if isinstance(found, dict) else found


def values_for(
    shop,
    member_id: int,
    coupon_code: str | None = None,
    *,
    language: str = "he",
    purchase_id: int | None = None,
) -> NoteValues:
    """What a note says about member ``member_id`` (MemberNotFound if unknown): ``last_item`` is
    the first line of purchase ``purchase_id`` if given, else of the member's latest purchase."""
    member = shop.members.get(member_id)
    loyalty = shop.loyalty.for_member(member_id, purchases=0)
    tier = loyalty.tier
    form = member.address_form
    left = [card.needed - card.stamps for card in loyalty.stamp_cards if card.needed > card.stamps]
    return NoteValues(
        first_name=member.first_name,
        last_name=member.last_name,
        address_form=form,
        points=loyalty.balance,
        tier=tier_name(tier.name, language, form),
        next_tier=tier_name(tier.next_name, language, form) or None,
        to_next_tier=tier.to_next,
        stamps_left=min(left) if left else None,
        coupon=coupon_code,
        last_item=_last_item(shop.db.connection(), member_id, purchase_id),
        shop_name=shop.settings.shop_name,
        date=shop.now().date(),
    )


def _last_item(conn, member_id: int, purchase_id: int | None) -> str:
    if purchase_id is not None:
        row = conn.execute(
            "SELECT name FROM purchase_line WHERE purchase_id=? ORDER BY id LIMIT 1", (purchase_id,)
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT l.name FROM purchase p JOIN purchase_line l ON l.purchase_id = p.id "
            "WHERE p.member_id=? AND p.voided_at IS NULL ORDER BY p.at DESC, p.id DESC, l.id "
            "LIMIT 1",
            (member_id,),
        ).fetchone()
    return row[0] if row else ""


def coupon_valid_until(template: NoteTemplate, today: date) -> date:
    """The last day a coupon printed today on this template's notes can be used."""
    return today + timedelta(days=template.coupon_days)
