"""The thank-you note's template language: placeholders and gendered forms.

A template is text with

- placeholders in braces, filled from the member: ``{first_name}`` ``{last_name}``
  ``{points}`` ``{tier}`` ``{points_to_next_tier}`` ``{next_tier}`` ``{stamps_left}``
  ``{coupon}`` ``{last_item}`` ``{shop_name}`` ``{date}``;
- gendered forms in braces, separated by ``|``: ``{לקוח יקר|לקוחה יקרה}`` is the masculine
  form for a member addressed as masculine (``address_form`` "m") and the feminine one for "f".
  A member with no form of address given ('') gets the third form when there is one
  (``{יקר|יקרה|יקר/ה}``); otherwise a neutral form is made word by word: a word the same in
  both stays, a feminine word that is the masculine plus an ending becomes ``masculine/ending``
  (``יקר|יקרה`` → ``יקר/ה``, also across a final letter: ``נאמן|נאמנה`` → ``נאמן/ה``), and any
  other word is written ``masculine/feminine``; forms with different numbers of words are
  written whole, ``masculine/feminine``.  So ``{לקוח יקר|לקוחה יקרה}`` → ``לקוח/ה יקר/ה``;
- ``{{`` and ``}}`` for a brace itself.

An unknown placeholder (``{frist_name}``), a brace left open or closed without opening, or more
than three forms is an error (``check_template`` lists them all, ``render`` raises the first):
a note never prints a blank where a word was meant.  Braces do not span lines.

Every value is inserted isolated (``isolate``), so an English name or a code keeps its own
direction inside a Hebrew sentence.  ``{points_to_next_tier}`` is the amount still to spend to
reach the next tier, as shekels (``₪ 150`` in Hebrew, ``₪150`` in English); ``{date}`` is
dd/mm/yyyy.  A line that uses a value the member does not have — no next tier (the top one),
no stamp card, no coupon, no purchase yet — is left out of the note, so a note never says
"only  more to reach ".

Other texts (the greetings) use the same language with their own placeholders: ``fill`` takes
the allowed names and their values, ``check_template(text, names)`` checks against them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from shopkeeper.errors import ShopError, TooManyForms, UnbalancedBraces, UnknownPlaceholder

PLACEHOLDERS = (
    "first_name",
    "last_name",
    "points",
    "tier",
    "points_to_next_tier",
    "next_tier",
    "stamps_left",
    "coupon",
    "last_item",
    "shop_name",
    "date",
)
# a line using one of these is dropped when the member has no such value (and the sign-off when
# the shop has no name yet, so a note never ends "With love," with nothing after it)
OPTIONAL = frozenset(
    {"points_to_next_tier", "next_tier", "stamps_left", "coupon", "last_item", "shop_name"}
)
NBSP = "\u00a0"
_FINALS = str.maketrans("ךםןףץ", "כמנפצ")
_SNIPPET = 24  # characters of context an error quotes


@dataclass(frozen=True)
class NoteValues:
    """What a note can say about one member (amounts in agorot, missing values None)."""

    first_name: str = ""
    last_name: str = ""
    address_form: str = ""  # "m", "f" or "" (not given)
    points: int = 0
    tier: str = ""
    next_tier: str | None = None
    to_next_tier: int | None = None  # agorot still to spend to reach next_tier
    stamps_left: int | None = None  # stamps to the nearest stamp-card reward
    coupon: str | None = None
    last_item: str = ""
    shop_name: str = ""
    date: date | None = None


class _Value(NamedTuple):
    name: str


class _Forms(NamedTuple):
    forms: tuple[str, ...]


_Token = str | _Value | _Forms


# ---------------------------------------------------------------- parsing


def _parse_line(
    line: str, offset: int, problems: list[ShopError], names: Collection[str]
) -> list[_Token]:
    tokens: list[_Token] = []
    text: list[str] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch in "{}" and line.startswith(ch * 2, i):
            text.append(ch)
            i += 2
            continue
        if ch == "}":
            problems.append(UnbalancedBraces(text=_snippet(line, i), at=offset + i))
            i += 1
            continue
        if ch != "{":
            text.append(ch)
            i += 1
            continue
        close = line.find("}", i + 1)
        reopen = line.find("{", i + 1)
        if close < 0 or 0 <= reopen < close:
            problems.append(UnbalancedBraces(text=_snippet(line, i), at=offset + i))
            i += 1
            continue
        inside = line[i + 1 : close]
        if text:
            tokens.append("".join(text))
            text = []
        if "|" in inside:
            forms = tuple(inside.split("|"))
            if len(forms) > 3:
                problems.append(TooManyForms(text=line[i : close + 1], at=offset + i))
            tokens.append(_Forms(forms))
        else:
            name = inside.strip()
            if name not in names:
                problems.append(UnknownPlaceholder(name=inside, at=offset + i))
            tokens.append(_Value(name))
        i = close + 1
    if text:
        tokens.append("".join(text))
    return tokens


def _snippet(line: str, at: int) -> str:
    return line[at : at + _SNIPPET]


def _parse(
    template: str, names: Collection[str] = PLACEHOLDERS
) -> tuple[list[list[_Token]], list[ShopError]]:
    problems: list[ShopError] = []
    lines, offset = [], 0
    for line in template.split("\n"):
        lines.append(_parse_line(line, offset, problems, names))
        offset += len(line) + 1
    return lines, problems


def check_template(text: str, names: Collection[str] = PLACEHOLDERS) -> list[ShopError]:
    """Every problem in a template (UnknownPlaceholder, UnbalancedBraces, TooManyForms), in the
    order they occur; each has ``params["at"]``, its character offset.  Empty: the text is fine.
    ``names``: the placeholders allowed (a note's by default)."""
    return _parse(text, names)[1]


def placeholders_in(text: str) -> set[str]:
    """The placeholder names a (valid) template uses."""
    lines, _ = _parse(text)
    return {token.name for line in lines for token in line if isinstance(token, _Value)}


# ---------------------------------------------------------------- gendered forms


def choose_form(forms: tuple[str, ...], address_form: str) -> str:
    """The form for a member addressed as ``address_form`` ("m", "f" or ''); see the module."""
    masculine, feminine = forms[0], forms[1]
    if address_form == "m":
        return masculine
    if address_form == "f":
        return feminine
    if len(forms) > 2:
        return forms[2]
    return neutral_form(masculine, feminine)


def neutral_form(masculine: str, feminine: str) -> str:
    """``יקר`` + ``יקרה`` → ``יקר/ה``; ``לקוח יקר`` + ``לקוחה יקרה`` → ``לקוח/ה יקר/ה``."""
    if masculine == feminine:
        return masculine
    m_words, f_words = masculine.split(" "), feminine.split(" ")
    if len(m_words) != len(f_words) or not masculine.strip() or not feminine.strip():
        return f"{masculine}/{feminine}"
    return " ".join(_neutral_word(m, f) for m, f in zip(m_words, f_words, strict=True))


def _neutral_word(masculine: str, feminine: str) -> str:
    if masculine == feminine:
        return masculine
    if masculine:
        stem = masculine[:-1] + masculine[-1].translate(_FINALS)  # נאמן → נאמנ
        for base in (masculine, stem):
            if len(feminine) > len(base) and feminine.startswith(base):
                return f"{masculine}/{feminine[len(base) :]}"
    return f"{masculine}/{feminine}"


# ---------------------------------------------------------------- rendering


def amount_text(agorot: int, language: str) -> str:
    """Shekels as a note prints them, kept together and left to right: ``₪ 149.90`` in a
    right-to-left note (read as the amount, then the sign), ``₪149.90`` in English; whole
    shekels without agorot."""
    shekels, rest = divmod(abs(agorot), 100)
    amount = f"{shekels:,}" if rest == 0 else f"{shekels:,}.{rest:02d}"
    sign = "-" if agorot < 0 else ""
    if _rtl(language):
        return f"{sign}₪{NBSP}{amount}"
    return f"{sign}₪{amount}"


def sample_tiers(
    tier_names: Sequence[str], language: str, address_form: str = ""
) -> tuple[str, str | None]:
    """The tier and next tier a sample member shows in a template's preview, taken from the
    shop's programme (``tier_names`` lowest first): the one below the top and the top one, or
    the only tier and no next one.  Named as a note in ``language`` names them."""
    from shopkeeper.printing.templates import tier_name  # templates imports this module

    names = [n for n in tier_names if n] or [""]
    tier = names[-2] if len(names) > 1 else names[0]
    above = names[-1] if len(names) > 1 else None
    return (
        tier_name(tier, language, address_form),
        tier_name(above, language, address_form) if above else None,
    )


def _rtl(language: str) -> bool:
    from shopkeeper.printing.layout import direction_for  # reportlab only when printing

    return direction_for(language) == "rtl"


def value_texts(values: NoteValues, language: str = "he") -> dict[str, str]:
    """Each placeholder's text for this member, not yet isolated ('' when there is none)."""
    return {
        "first_name": values.first_name,
        "last_name": values.last_name,
        "points": f"{values.points:,}",
        "tier": values.tier,
        "points_to_next_tier": (
            amount_text(values.to_next_tier, language)
            if values.next_tier and values.to_next_tier is not None
            else ""
        ),
        "next_tier": values.next_tier or "",
        "stamps_left": "" if values.stamps_left is None else str(values.stamps_left),
        "coupon": values.coupon or "",
        "last_item": values.last_item,
        "shop_name": values.shop_name,
        "date": values.date.strftime("%d/%m/%Y") if values.date else "",
    }


def render(template: str, values: NoteValues, *, language: str = "he") -> str:
    """The note's text for one member; raises the template's first problem if it has one."""
    from shopkeeper.printing.layout import isolate  # reportlab only when printing

    return fill(
        template,
        value_texts(values, language),
        values.address_form,
        optional=OPTIONAL,
        wrap=isolate,
    )


def fill(
    template: str,
    texts: Mapping[str, str],
    address_form: str,
    *,
    optional: Collection[str] = (),
    wrap: Callable[[str], str] | None = None,
) -> str:
    """Any text in this template language: ``texts`` names the placeholders allowed and their
    values, ``address_form`` picks the gendered forms, a line using a name in ``optional``
    whose value is empty is left out, and ``wrap`` (``isolate`` for print; None keeps values
    as they are) is applied to each value.  Raises the template's first problem."""
    lines, problems = _parse(template, texts.keys())
    if problems:
        raise problems[0]
    out = []
    for tokens in lines:
        if any(isinstance(t, _Value) and t.name in optional and not texts[t.name] for t in tokens):
            continue
        parts: list[str] = []
        for token in tokens:
            if isinstance(token, _Value):
                text = texts[token.name]
                if text:
                    parts.append(wrap(text) if wrap else text)
                elif parts and parts[-1].endswith(" "):
                    parts[-1] = parts[-1][:-1]  # no double space where a value is missing
            elif isinstance(token, _Forms):
                parts.append(choose_form(token.forms, address_form))
            else:
                parts.append(token)
        out.append("".join(parts).strip())
    return "\n".join(out)
