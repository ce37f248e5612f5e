"""Greeting texts per occasion, from editable templates, and who was greeted when.

Each occasion (``OCCASIONS``) and promotion (``PROMOTIONS``) has a default text per language in
``greeting_texts``; the owner may replace it (``save_template``, checked like a note template)
and go back to the default (``reset_template``).  A greeting is plain text, ready to copy or to
send through a WhatsApp link: names come through exactly as stored, nothing is escaped.

A promotion (a coupon, a sale) is an advertisement: it is made only for a member who agreed to
advertising on that channel (``NoConsent`` otherwise), opens with the marking the law asks for
and the shop's name, and ends with the way to opt out.  A greeting never carries those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.records import CHANNELS
from shopkeeper.club.text import clean_text
from shopkeeper.club.whatsapp import whatsapp_url
from shopkeeper.errors import InvalidValue, NoConsent, ShopNameMissing
from shopkeeper.printing.placeholders import check_template, fill
from shopkeeper.touch.greeting_marks import (
    BIRTHDAY_OF,
    BIRTHDAYS,
    SUBJECT_KINDS,
    GreetedMark,
    add_mark,
    find_mark,
    marked_between,
)
from shopkeeper.touch.greeting_texts import (
    DEFAULTS,
    LANGUAGES,
    OCCASIONS,
    OPTIONAL,
    PLACEHOLDERS,
    PROMOTIONS,
    advertisement_frame,
)
from shopkeeper.touch.greeting_values import find_subject, value_texts

__all__ = ["OCCASIONS", "PROMOTIONS", "GreetedMark", "Greeting", "GreetingService"]


@dataclass(frozen=True)
class Greeting:
    """A text ready to send, and the link that opens it in WhatsApp."""

    text: str
    whatsapp_url: str
    occasion: str
    promotional: bool = False

    def to_json(self) -> dict:
        """As `shopkeeper-cli greet --json` prints it."""
        return {"text": self.text, "whatsapp_url": self.whatsapp_url, "occasion": self.occasion}


class GreetingService:
    """Ready greeting texts (birthday, child's, pet's, thanks, ready, win-back) and promotions."""

    def __init__(self, db, members, settings, ledger, loyalty, now: Callable[[], datetime]) -> None:
        self._db = db
        self._members = members
        self._settings = settings
        self._ledger = ledger
        self._loyalty = loyalty
        self._now = now

    @property
    def _conn(self):
        return self._db.connection()

    # ------------------------------------------------------------ texts

    def compose(
        self,
        member_id: int,
        occasion: str = "birthday",
        *,
        child: str | None = None,
        pet: str | None = None,
        language: str | None = None,
        isolated: bool = False,
        show_age: bool = True,
    ) -> Greeting:
        """The greeting for ``occasion``, worded for the member (or, for a child's birthday,
        for the child).  With ``child`` or ``pet`` the occasion "birthday" is theirs.
        ``isolated`` wraps each value in FSI … PDI, for a printed card.  Raises MemberNotFound,
        SubjectNotFound for a child or pet the member does not have, InvalidValue otherwise."""
        occasion = _subject_occasion(occasion, child, pet)
        return self._make(member_id, occasion, child, pet, language, "", isolated, None, show_age)

    def promotion(
        self,
        member_id: int,
        channel: str,
        kind: str = "sale",
        *,
        language: str | None = None,
        details: str = "",
    ) -> Greeting:
        """An advertisement (``kind`` coupon or sale, ``details`` the offer) for a member who
        agreed to advertising on ``channel``; NoConsent, and nothing made, otherwise."""
        if channel not in CHANNELS:
            raise InvalidValue(field="channel", text=channel)
        if kind not in PROMOTIONS:
            raise InvalidValue(field="promotion", text=kind)
        member = self._members.get(member_id)
        if not member.consents_to(channel):
            raise NoConsent(name=member.full_name, channel=channel, form=member.address_form)
        shop_name = self._settings.get("shop_name")
        if not shop_name:  # an advertisement must name who sends it
            raise ShopNameMissing()
        return self._make(member_id, kind, None, None, language, details, False, shop_name)

    def _make(
        self, member_id, occasion, child, pet, language, details, isolated, advertiser, ages=True
    ):
        language = self._language(language)
        member = self._members.get(member_id)
        subject = find_subject(member, child, pet)
        texts = value_texts(
            member,
            subject,
            points=self._ledger.balance(member_id),
            tier=self._loyalty.tier(member_id),
            language=language,
            shop_name=self._settings.get("shop_name"),
            now=self._now(),
            details=details,
            show_age=ages,
        )
        form = subject.gender if subject.kind == "child" else member.address_form
        wrap = None
        if isolated:
            from shopkeeper.printing.layout import isolate  # reportlab only when printing

            wrap = isolate
        body = fill(self.template(occasion, language), texts, form, optional=OPTIONAL, wrap=wrap)
        if advertiser is not None:
            body = advertisement_frame(body, advertiser, language)
        return Greeting(body, whatsapp_url(member.phone, body), occasion, advertiser is not None)

    def _language(self, language: str | None) -> str:
        language = language or self._settings.get("language") or "he"
        if language not in LANGUAGES:
            raise InvalidValue(field="language", text=language)
        return language

    # ------------------------------------------------------------ templates

    def default_template(self, occasion: str, language: str) -> str:
        """The built-in text for ``occasion`` (an occasion or a promotion) in ``language``."""
        _check_occasion(occasion)
        if language not in LANGUAGES:
            raise InvalidValue(field="language", text=language)
        return DEFAULTS[language][occasion]

    def template(self, occasion: str, language: str) -> str:
        """The text in use: the owner's when edited, else the default."""
        default = self.default_template(occasion, language)
        row = self._conn.execute(
            "SELECT body FROM greeting_template WHERE occasion=? AND language=?",
            (occasion, language),
        ).fetchone()
        return row[0] if row else default

    def edited(self, occasion: str, language: str) -> bool:
        """Whether the owner replaced the default text."""
        self.default_template(occasion, language)
        return bool(
            self._conn.execute(
                "SELECT 1 FROM greeting_template WHERE occasion=? AND language=?",
                (occasion, language),
            ).fetchone()
        )

    def save_template(self, occasion: str, language: str, body: str) -> str:
        """Keep ``body`` as the text for ``occasion``; returns it as stored.  Raises the first
        problem (UnknownPlaceholder, UnbalancedBraces, TooManyForms) of a bad text and
        InvalidValue for an empty one."""
        self.default_template(occasion, language)
        body = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").split("\n"))
        body = body.strip("\n")
        if not body.strip():
            raise InvalidValue(field="greeting text", text="")
        problems = check_template(body, PLACEHOLDERS)
        if problems:
            raise problems[0]
        with self._db.atomic():
            self._conn.execute(
                "INSERT INTO greeting_template (occasion, language, body, updated_at) "
                "VALUES (?,?,?,?) ON CONFLICT(occasion, language) "
                "DO UPDATE SET body=excluded.body, updated_at=excluded.updated_at",
                (occasion, language, body, self._stamp()),
            )
        return body

    def reset_template(self, occasion: str, language: str) -> str:
        """Go back to the default text; returns it."""
        default = self.default_template(occasion, language)
        with self._db.atomic():
            self._conn.execute(
                "DELETE FROM greeting_template WHERE occasion=? AND language=?",
                (occasion, language),
            )
        return default

    # ------------------------------------------------------------ who was greeted

    def mark_greeted(
        self,
        member_id: int,
        occasion: str,
        on: date,
        *,
        subject_kind: str = "member",
        subject_name: str = "",
        channel: str = "",
        by: str = "",
    ) -> GreetedMark:
        """Note that the member (or their child or pet) was greeted for ``occasion`` celebrated
        ``on``.  A birthday occasion follows the subject (a child's "birthday" is a
        child_birthday).  Marking again keeps the first mark, which is returned."""
        _check_occasion(occasion)
        if subject_kind not in SUBJECT_KINDS:
            raise InvalidValue(field="subject", text=subject_kind)
        if occasion in BIRTHDAYS:
            occasion = BIRTHDAY_OF[subject_kind]
        with self._db.atomic():
            member = self._members.get(member_id)
            name = ""
            if subject_kind != "member":
                named = {subject_kind: subject_name}
                name = find_subject(member, named.get("child"), named.get("pet")).name
            found = find_mark(self._conn, member_id, subject_kind, name, on, occasion)
            if found is not None:
                return found
            mark = GreetedMark(
                member_id,
                occasion,
                subject_kind,
                name,
                on,
                clean_text(channel),
                clean_text(by),
                self._now().replace(microsecond=0),
            )
            add_mark(self._conn, mark)
        return mark

    def greeted(
        self, start: date, end: date, *, occasions: Iterable[str] = BIRTHDAYS
    ) -> set[tuple[int, str, str, date]]:
        """(member_id, subject_kind, subject_name, occasion_date) of every mark for a day in
        [start, end] (inclusive), birthday occasions by default; subject_name is '' for the
        member themselves."""
        return set(marked_between(self._conn, start, end, occasions))

    def greeted_marks(
        self, start: date, end: date, *, occasions: Iterable[str] = BIRTHDAYS
    ) -> dict[tuple[int, str, str, date], GreetedMark]:
        """As `greeted`, with who marked each and when (the first mark of each)."""
        return marked_between(self._conn, start, end, occasions)

    def greeted_by(
        self,
        member_id: int,
        subject_kind: str,
        subject_name: str,
        on: date,
        *,
        occasion: str | None = None,
    ) -> GreetedMark | None:
        """Who greeted the member (or their child or pet) on ``on``, and when; None if nobody has
        yet.  With ``occasion`` only a mark for it counts (a birthday occasion follows the
        subject, as in ``mark_greeted``); without, the first mark of that day."""
        if occasion is not None:
            _check_occasion(occasion)
            if occasion in BIRTHDAYS and subject_kind in BIRTHDAY_OF:
                occasion = BIRTHDAY_OF[subject_kind]
        name = "" if subject_kind == "member" else clean_text(subject_name)
        return find_mark(self._conn, member_id, subject_kind, name, on, occasion)

    def _stamp(self) -> str:
        return self._now().isoformat(timespec="seconds")


def _check_occasion(occasion: str) -> None:
    if occasion not in OCCASIONS and occasion not in PROMOTIONS:
        raise InvalidValue(field="occasion", text=occasion)


def _subject_occasion(occasion: str, child: str | None, pet: str | None) -> str:
    """The occasion a greeting is for: with a child or a pet, "birthday" is theirs."""
    if occasion not in OCCASIONS:
        raise InvalidValue(field="occasion", text=occasion)
    if child is not None and pet is not None:
        raise InvalidValue(field="greeting", text="a child or a pet, not both")
    if child is not None or pet is not None:
        subject_occasion = "child_birthday" if child is not None else "pet_birthday"
        if occasion not in ("birthday", subject_occasion):
            raise InvalidValue(field="occasion", text=occasion)
        return subject_occasion
    if occasion in ("child_birthday", "pet_birthday"):
        field = "child" if occasion == "child_birthday" else "pet"
        raise InvalidValue(field=field, text="")
    return occasion
