"""The Hebrew translation is complete, keeps every placeholder, and its .qm is up to date."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


@pytest.fixture(scope="module")
def hebrew_ts() -> Path:
    path = TRANSLATIONS / "shopkeeper_he.ts"
    assert path.exists(), "resources/translations/shopkeeper_he.ts is missing"
    return path


def test_every_string_is_translated(hebrew_ts):
    untranslated = [
        (context, message.findtext("source"))
        for context, message in _messages(hebrew_ts)
        if message.find("translation").get("type") in ("unfinished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert untranslated == []


def test_translations_keep_their_placeholders(hebrew_ts):
    broken = []
    for context, message in _messages(hebrew_ts):
        source = message.findtext("source")
        translation = message.find("translation")
        plural = [f.text or "" for f in translation.iter("numerusform")]
        expected = sorted(PLACEHOLDER.findall(source))
        for index, form in enumerate(plural or [translation.text or ""]):
            found = sorted(PLACEHOLDER.findall(form))
            # Hebrew says the one of a plural in words ("ביקור אחד"): its first form may drop %n
            if plural and index == 0 and "%n" not in form:
                found = sorted([*found, "%n"])
            if found != expected:
                broken.append((context, source, form))
    assert broken == []


def test_plural_forms_count_with_n(hebrew_ts):
    """Every form of a plural but the first (which may name the one in words) shows the count."""
    missing = [
        (context, message.findtext("source"), form.text)
        for context, message in _messages(hebrew_ts)
        for form in list(message.find("translation").iter("numerusform"))[1:]
        if "%n" not in (form.text or "")
    ]
    assert missing == []


def test_translations_are_hebrew(hebrew_ts):
    letters = [
        message.find("translation").text or ""
        for _, message in _messages(hebrew_ts)
        if re.search(r"[A-Za-z]{3}", message.findtext("source") or "")
    ]
    hebrew = [t for t in letters if re.search(r"[\u05d0-\u05ea]", t)]
    assert len(hebrew) >= 0.9 * len(letters)


def test_qm_matches_the_ts(hebrew_ts):
    """The shipped .qm was rebuilt after the last .ts edit: every translation loads from it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(hebrew_ts.with_suffix(".qm")))
    stale = []
    for context, message in _messages(hebrew_ts):
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            continue
        got = translator.translate(context, message.findtext("source"), message.findtext("comment"))
        if got != (translation.text or ""):
            stale.append((context, message.findtext("source"), got))
    assert stale == []
