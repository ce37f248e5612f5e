"""The first-start set-up's core: the programme's main choices and the example sentences that
explain them in plain words ("₪100 gives 100 points = ₪10 back"), in Hebrew or English."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from shopkeeper.errors import InvalidProgramme
from shopkeeper.loyalty.earning import points_for, redemption_value
from shopkeeper.loyalty.programme import Programme
from shopkeeper.money import format_money

EXAMPLE_SPEND = 100_00  # agorot: the purchase the example talks about

_TEXTS = {
    "he": {
        "earn": "קנייה של {spend} נותנת {points} נקודות = {value} בחזרה",
        "earn_one": "קנייה של {spend} נותנת נקודה אחת = {value} בחזרה",
        "earn_none": "קנייה של {spend} עדיין לא נותנת נקודות",
        "welcome": "{points} נקודות מתנה בהצטרפות",
        "welcome_one": "נקודה אחת מתנה בהצטרפות",
        "birthday": "{points} נקודות מתנה ביום ההולדת",
        "birthday_one": "נקודה אחת מתנה ביום ההולדת",
        "expiry": "נקודות שלא נוצלו פגות אחרי {months} חודשים",
        "expiry_one": "נקודות שלא נוצלו פגות אחרי חודש אחד",
        "expiry_two": "נקודות שלא נוצלו פגות אחרי חודשיים",
        "no_expiry": "הנקודות אינן פגות",
    },
    "en": {
        "earn": "{spend} gives {points} points = {value} back",
        "earn_one": "{spend} gives 1 point = {value} back",
        "earn_none": "{spend} does not earn points yet",
        "welcome": "{points} points as a gift for joining",
        "welcome_one": "1 point as a gift for joining",
        "birthday": "{points} points as a birthday gift",
        "birthday_one": "1 point as a birthday gift",
        "expiry": "Unused points expire after {months} months",
        "expiry_one": "Unused points expire after 1 month",
        "expiry_two": "Unused points expire after 2 months",
        "no_expiry": "Points never expire",
    },
}


@dataclass(frozen=True)
class ProgrammeChoices:
    """The few programme settings a new shop decides first; money in agorot."""

    points_per_shekel: Decimal
    point_value: int
    welcome_bonus: int
    birthday_bonus: int
    expiry_months: int

    @classmethod
    def of(cls, programme: Programme) -> ProgrammeChoices:
        return cls(
            programme.points_per_shekel,
            programme.point_value,
            programme.welcome_bonus,
            programme.birthday_bonus,
            programme.expiry_months,
        )

    def applied_to(self, programme: Programme) -> Programme:
        """`programme` with these choices (InvalidProgramme for a negative value)."""
        for key in ("point_value", "welcome_bonus", "birthday_bonus", "expiry_months"):
            if getattr(self, key) < 0:
                raise InvalidProgramme(key=key, detail="must not be negative")
        if self.points_per_shekel < 0:
            raise InvalidProgramme(key="points_per_shekel", detail="must not be negative")
        return replace(
            programme,
            points_per_shekel=Decimal(self.points_per_shekel),
            point_value=int(self.point_value),
            welcome_bonus=int(self.welcome_bonus),
            birthday_bonus=int(self.birthday_bonus),
            expiry_months=int(self.expiry_months),
        )


def example_lines(
    choices: ProgrammeChoices, language: str, base: Programme | None = None
) -> list[str]:
    """The choices in plain words, the earning example first: what ₪100 gives and is worth
    back (computed by the same rules a purchase earns by), the bonuses, the expiry."""
    texts = _TEXTS.get(language, _TEXTS["en"])
    programme = choices.applied_to(base or Programme())
    points = points_for(programme, EXAMPLE_SPEND, 0, Decimal(1))
    value = format_money(redemption_value(programme, points))
    spend = format_money(EXAMPLE_SPEND)
    if points == 0:
        lines = [texts["earn_none"].format(spend=spend)]
    elif points == 1:
        lines = [texts["earn_one"].format(spend=spend, value=value)]
    else:
        lines = [texts["earn"].format(spend=spend, points=f"{points:,}", value=value)]
    if choices.welcome_bonus:
        lines.append(_counted(texts, "welcome", points=choices.welcome_bonus))
    if choices.birthday_bonus:
        lines.append(_counted(texts, "birthday", points=choices.birthday_bonus))
    if choices.expiry_months:
        lines.append(_counted(texts, "expiry", months=choices.expiry_months))
    else:
        lines.append(texts["no_expiry"])
    return lines


def _counted(texts: dict[str, str], key: str, **counts: int) -> str:
    """The text `key` in the form its number needs: "_one" for 1, "_two" (Hebrew's dual) for 2."""
    ((name, count),) = counts.items()
    if count == 1 and f"{key}_one" in texts:
        return texts[f"{key}_one"]
    if count == 2 and f"{key}_two" in texts:
        return texts[f"{key}_two"]
    return texts[key].format(**{name: f"{count:,}"})
