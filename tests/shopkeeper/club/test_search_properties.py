"""Property tests of name search over small random populations of Hebrew and English names."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopkeeper.club.records import MemberDraft
from shopkeeper.club.text import fold_words
from shopkeeper.shop import Shop

HEBREW = "אבגדהוזחטיכךלמםנןסעפףצץקרשת"
ENGLISH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LIMIT = 20

words = st.one_of(
    st.text(alphabet=HEBREW, min_size=1, max_size=7),
    st.text(alphabet=ENGLISH, min_size=1, max_size=7),
)
# Names of one to three words, sometimes with the marks people type inside them.
names = st.lists(words, min_size=1, max_size=3).map(" ".join)
decorated = st.tuples(names, st.sampled_from(["", "'", '"', "-", "׳"])).map(
    lambda pair: pair[0][:1] + pair[1] + pair[0][1:] if pair[1] != "-" else pair[0].replace(" ", "-")
)
populations = st.lists(st.tuples(decorated, names), min_size=1, max_size=12)


def _open_shop(tmp: str) -> Shop:
    return Shop(
        Path(tmp), today=lambda: date(2026, 11, 26), now=lambda: datetime(2026, 11, 26, 10, 30)
    )


def _fill(shop: Shop, population) -> dict[int, list[str]]:
    """Add the population; return each member id's folded name words."""
    words_of = {}
    for i, (first, last) in enumerate(population):
        member = shop.members.add(
            MemberDraft(first_name=first, last_name=last, phone=f"052-{i:03d}-1111")
        ).member
        words_of[member.id] = fold_words(first) + fold_words(last)
    return words_of


def _matches(name_words: list[str], query: str) -> bool:
    return all(any(w.startswith(q) for w in name_words) for q in fold_words(query))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations, st.data())
def test_a_prefix_of_any_name_word_finds_the_member(population, data):
    with tempfile.TemporaryDirectory() as tmp:
        shop = _open_shop(tmp)
        try:
            words_of = _fill(shop, population)
            member_id = data.draw(st.sampled_from(sorted(words_of)))
            typed = data.draw(st.sampled_from(" ".join(population[member_id - 1]).split()))
            folded = fold_words(typed)
            if not folded:
                return
            word = data.draw(st.sampled_from(folded))
            prefix = word[: data.draw(st.integers(1, len(word)))]
            query = data.draw(st.sampled_from([prefix, prefix.upper(), f"  {prefix} "]))
            found = shop.search.search_ids(query)
            if len(found) < LIMIT:
                assert member_id in found
            assert len(found) == len(set(found)) <= LIMIT
        finally:
            shop.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations, st.data())
def test_results_match_every_query_word_and_nothing_is_missed(population, data):
    with tempfile.TemporaryDirectory() as tmp:
        shop = _open_shop(tmp)
        try:
            words_of = _fill(shop, population)
            pool = sorted({w for ws in words_of.values() for w in ws})
            picked = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))
            query = " ".join(w[: data.draw(st.integers(1, len(w)))] for w in picked)
            found = shop.search.search_ids(query)
            expected = {mid for mid, ws in words_of.items() if _matches(ws, query)}
            assert set(found) <= expected, f"{query!r} found a member that does not match"
            assert set(found) == expected or len(found) == LIMIT
        finally:
            shop.close()
