"""What the feedback service hands out: NPS reports, statements, Likert means, feedback rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PROMOTER_FROM = 9  # 9–10
PASSIVE_FROM = 7  # 7–8; 0–6 are detractors


def category(nps: int | None) -> str | None:
    """'promoter' (9–10), 'passive' (7–8), 'detractor' (0–6), or None without an NPS answer."""
    if nps is None:
        return None
    if nps >= PROMOTER_FROM:
        return "promoter"
    if nps >= PASSIVE_FROM:
        return "passive"
    return "detractor"


def nps_score(promoters: int, detractors: int, responses: int) -> int | None:
    """100 × (promoters − detractors) / responses, rounded half away from zero; None without any.

    Integer arithmetic, so 12.5 becomes 13 and −12.5 becomes −13 (Python's round() would give 12).
    """
    if responses <= 0:
        return None
    difference = promoters - detractors
    magnitude = (200 * abs(difference) + responses) // (2 * responses)
    return magnitude if difference >= 0 else -magnitude


@dataclass(frozen=True)
class NpsReport:
    """Net Promoter Score of a period: every NPS answer given in it counts once."""

    nps: int | None
    promoters: int
    passives: int
    detractors: int
    responses: int

    @classmethod
    def of(cls, promoters: int, passives: int, detractors: int) -> NpsReport:
        responses = promoters + passives + detractors
        return cls(
            nps_score(promoters, detractors, responses), promoters, passives, detractors, responses
        )

    def to_json(self) -> dict:
        return {
            "nps": self.nps,
            "promoters": self.promoters,
            "passives": self.passives,
            "detractors": self.detractors,
            "responses": self.responses,
        }


@dataclass(frozen=True)
class Statement:
    """An owner-defined statement answered 1–5 ("the staff knew what I needed")."""

    id: int
    text: str
    active: bool

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text, "active": self.active}


@dataclass(frozen=True)
class LikertResult:
    """The mean 1–5 answer to one statement in a period (None when nobody answered it)."""

    statement_id: int
    text: str
    mean: float | None
    count: int
    active: bool = True

    def to_json(self) -> dict:
        return {
            "statement_id": self.statement_id,
            "text": self.text,
            "mean": self.mean,
            "count": self.count,
            "active": self.active,
        }


@dataclass(frozen=True)
class FeedbackRecord:
    """One piece of feedback; a walk-in customer has no member (member_id None, name '')."""

    id: int
    member_id: int | None
    member_name: str
    given_on: date
    nps: int | None
    comment: str
    category: str | None
    member_phone: str = ""
    answers: tuple[tuple[int, int], ...] = ()  # (statement id, score)
    complaint_id: int | None = None  # the complaint opened from it, if any
    member_form: str = ""  # the member's form of address (m, f or ''), for gendered wording

    @property
    def calls_for_complaint(self) -> bool:
        """A detractor who is a member: one click opens a complaint from it."""
        return self.category == "detractor" and self.member_id is not None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "member_id": self.member_id,
            "member_name": self.member_name,
            "member_phone": self.member_phone,
            "given_on": self.given_on.isoformat(),
            "nps": self.nps,
            "category": self.category,
            "comment": self.comment,
            "answers": {str(statement): score for statement, score in self.answers},
            "complaint_id": self.complaint_id,
        }
