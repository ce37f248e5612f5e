"""Unexpected errors: logged with their traceback in the data folder and told in a friendly dialog."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from shopkeeper.errors import ShopError
from ui.messages import error_text

LOG_FILE = "shopkeeper-errors.log"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_error(
    log_dir: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """Append the traceback to the error log; return its path, or None if it cannot be written."""
    path = Path(log_dir) / LOG_FILE
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return None
    return path


def error_box(exc: BaseException, log_path: Path | None) -> QMessageBox:
    """The dialog for an unexpected error (a ShopError gets its own translated message)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("crash", "Shopkeeper"))
    if isinstance(exc, ShopError):
        box.setText(error_text(exc))
    else:
        box.setText(
            translate(
                "crash",
                "Something unexpected went wrong. Your saved data is safe; the last action may not have finished.",
            )
        )
    if log_path is not None:
        box.setInformativeText(
            translate("crash", "The details were written to {path}.").format(path=log_path)
        )
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return box


def report_unexpected(log_dir: Path, exc: BaseException) -> None:
    """Log an error that nothing else caught and tell the user in a dialog."""
    log_path = log_error(log_dir, type(exc), exc, exc.__traceback__)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.__stderr__)
    if QApplication.instance() is not None:
        error_box(exc, log_path).exec()


def install_excepthook(log_dir: Path) -> ExceptHook:
    """Show unexpected errors in a dialog (and log them) instead of dying silently; return the old hook."""
    previous = sys.excepthook
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if showing:
            log_error(log_dir, exc_type, exc, tb)
            return
        showing = True
        try:
            report_unexpected(log_dir, exc.with_traceback(tb))
        finally:
            showing = False

    sys.excepthook = hook
    return previous
