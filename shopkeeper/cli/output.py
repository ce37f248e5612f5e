"""How the CLI prints: JSON (names exactly as stored, not \\u-escaped) or lines for a person."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.records import CHANNELS, Member, MemberSummary


class Output:
    """Prints results to stdout and messages to stderr, as JSON or as text."""

    def __init__(self, json_mode: bool = False) -> None:
        self.json_mode = json_mode

    def result(self, data: object, text: str) -> None:
        """Print `data` as JSON in JSON mode, otherwise `text`."""
        if self.json_mode:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        elif text:
            print(text)

    def warn(self, message: str) -> None:
        print(f"warning: {message}", file=sys.stderr)

    def note(self, message: str) -> None:
        """Progress and other remarks for a person: stderr, so stdout stays clean."""
        print(message, file=sys.stderr)

    def fail(self, message: str, code: int = 1) -> int:
        """Print the message on stderr and return `code` as the exit code."""
        print(message, file=sys.stderr)
        return code


def member_lines(members: Sequence[MemberSummary | Member]) -> str:
    """One aligned line per member: number, name, phone, city."""
    if not members:
        return ""
    number_width = max(len(str(m.number)) for m in members)
    name_width = max(len(m.full_name) for m in members)
    phone_width = max(len(m.phone_display) for m in members)
    return "\n".join(
        f"{m.number:>{number_width}}  {m.full_name:<{name_width}}  {m.phone_display:<{phone_width}}  {m.city}".rstrip()
        for m in members
    )


def member_card(member: Member) -> str:
    """Everything about one member, one labelled line per field that has a value."""
    rows = [
        ("Member", f"{member.number}  {member.full_name}"),
        ("Phone", member.phone_display),
        ("E-mail", member.email),
        (
            "Birthday",
            _date_text(member.birthday) + (" (Hebrew calendar)" if member.hebrew_birthday else ""),
        ),
        ("Address as", {"f": "feminine", "m": "masculine"}.get(member.address_form, "")),
        ("Address", member.address),
        ("City", member.city),
        ("Joined", member.joined_on.strftime("%d/%m/%Y")),
        ("Source", member.source),
        ("Referred by", f"member {member.referred_by}" if member.referred_by else ""),
        ("Tags", ", ".join(member.tags)),
        ("Notes", member.notes),
        ("Children", "; ".join(_person(c.name, c.birthday, c.gender) for c in member.children)),
        ("Pets", "; ".join(_person(p.name, p.birthday, p.kind) for p in member.pets)),
        ("Consent", _consent_text(member)),
    ]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label + ':':<{width + 1}}  {value}" for label, value in rows if value)


def _date_text(value: PartialDate | None) -> str:
    return value.display() if value else ""


def _person(name: str, birthday: PartialDate | None, detail: str) -> str:
    extra = ", ".join(part for part in (detail, _date_text(birthday)) if part)
    return f"{name} ({extra})" if extra else name


def _consent_text(member: Member) -> str:
    parts = []
    for channel in CHANNELS:
        record = member.consent(channel)
        if record is None:
            parts.append(f"{channel} not asked")
        else:
            state = "yes" if record.given else "no"
            parts.append(f"{channel} {state} since {record.at:%d/%m/%Y}")
    return ", ".join(parts)
