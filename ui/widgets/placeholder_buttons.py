"""A grid of buttons, one per placeholder, that type `{name}` into a text edit."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QPushButton, QTextEdit

COLUMNS = 4


def placeholder_grid(
    names: Iterable[str], title: Callable[[str], str], edit: QPlainTextEdit | QTextEdit
) -> tuple[QGridLayout, dict[str, QPushButton]]:
    """The buttons for `names` (labelled by `title`, the placeholder itself as tooltip) in a
    grid, and the buttons by name; a click inserts the placeholder at the cursor of `edit`."""
    grid = QGridLayout()
    grid.setSpacing(4)
    buttons: dict[str, QPushButton] = {}
    for i, name in enumerate(names):
        button = QPushButton(title(name))
        button.setToolTip(f"{{{name}}}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, n=name: insert_placeholder(edit, n))
        grid.addWidget(button, i // COLUMNS, i % COLUMNS)
        buttons[name] = button
    return grid, buttons


def insert_placeholder(edit: QPlainTextEdit | QTextEdit, name: str) -> None:
    """Type `{name}` at the cursor of `edit` and give it the focus back."""
    edit.insertPlainText(f"{{{name}}}")
    edit.setFocus()
