"""Small Hebrew translations for a test, compiled with lrelease as the shipped one is."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


def ts_document(entries: Iterable[tuple[str, str, str, str]]) -> str:
    """A .ts file of (context, source, comment, translation) entries."""
    contexts: dict[str, list[str]] = {}
    for context, source, comment, text in entries:
        note = f"<comment>{escape(comment)}</comment>" if comment else ""
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>{note}"
            f"<translation>{escape(text)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="he">'
        f"{body}</TS>"
    )


@contextmanager
def installed(ts_text: str, folder: Path) -> Iterator[None]:
    """`ts_text` compiled into a .qm in `folder` and installed while the block runs."""
    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = folder / "test_he.ts"
    ts.write_text(ts_text, encoding="utf-8")
    qm = folder / "test_he.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
