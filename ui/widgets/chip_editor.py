"""A template text editor that shows placeholders as coloured chips named in the interface's
language ("שם פרטי", "נקודות") and gendered forms readably ("היקר / היקרה"), while the text it
gives and takes is the stored template language (``{first_name}``, ``{היקר|היקרה}``).

Each chip is one object character in the document (so the cursor steps over it and one
backspace removes it) carrying its source text; `toPlainText()` puts the sources back.
Unknown names and broken braces stay as typed, so their problems can be shown where they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from PySide6.QtCore import QMimeData, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

CHIP_PAD = 5.0  # room on each side of a chip's label
SOURCE = QTextFormat.Property.UserProperty + 1  # the chip's template text, e.g. "{first_name}"
LABEL = QTextFormat.Property.UserProperty + 2  # what the chip shows
KIND = QTextFormat.Property.UserProperty + 3  # "value" or "forms"
OBJECT_CHAR = "\ufffc"
COLOURS = {"value": ("#dbe8ff", "#1f4e9c"), "forms": ("#efe2fb", "#6a3d9a")}  # fill, text
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}")
FORM_SEPARATOR = " / "


def tokens(text: str, names: Collection[str]) -> list[tuple[str, str]]:
    """`text` cut into ("text", piece) and ("value" | "forms", source) parts: a known placeholder
    or a gendered form becomes a chip; anything else stays text."""
    parts: list[tuple[str, str]] = []
    at = 0
    for match in _TOKEN.finditer(text):
        inner = match.group(1)
        if inner is None:
            continue  # {{ or }}: a brace itself, kept as typed
        name = inner.strip()
        kind = "value" if name in names else "forms" if "|" in inner else ""
        if not kind:
            continue
        if match.start() > at:
            parts.append(("text", text[at : match.start()]))
        parts.append((kind, match.group(0)))
        at = match.end()
    if at < len(text):
        parts.append(("text", text[at:]))
    return parts


def forms_label(source: str) -> str:
    """A gendered form as the editor shows it: "{היקר|היקרה}" → "היקר / היקרה"."""
    forms = [form.strip() for form in source[1:-1].split("|")]
    return FORM_SEPARATOR.join(form for form in forms if form) or source


def chip_image(label: str, kind: str, font: QFont, ratio: float = 2.0) -> QImage:
    """A chip drawn as an image: a rounded, coloured box with `label` in `font`."""
    fill, ink = COLOURS.get(kind, COLOURS["value"])
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(label) + 2 * CHIP_PAD, metrics.height() + 2
    image = QImage(int(width * ratio + 1), int(height * ratio + 1), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(ink), 0.8))
    painter.setBrush(QColor(fill))
    box = QRectF(0.5, 0.5, width - 1, height - 1)
    painter.drawRoundedRect(box, 6, 6)
    painter.setFont(font)
    painter.setPen(QColor(ink))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
    painter.end()
    return image


def _chip_source(fmt: QTextFormat) -> str | None:
    value = fmt.property(SOURCE) if fmt.isImageFormat() else None
    return str(value) if value else None


class ChipTextEdit(QTextEdit):
    """Plain template text in, plain template text out (`setPlainText`, `toPlainText`,
    `insertPlainText`), placeholders shown as chips labelled by `title(name)`."""

    def __init__(
        self,
        names: Collection[str],
        title: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = frozenset(names)
        self._title = title
        self.setAcceptRichText(False)
        self._images: set[str] = set()

    # ------------------------------------------------------------ text in and out

    def setPlainText(self, text: str) -> None:
        self.document().clear()
        self._images.clear()
        cursor = QTextCursor(self.document())
        self._insert(cursor, text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def insertPlainText(self, text: str) -> None:
        cursor = self.textCursor()
        self._insert(cursor, text)
        self.setTextCursor(cursor)

    def toPlainText(self) -> str:
        return self._source(0, None)[0]

    def chip_labels(self) -> list[str]:
        """The labels of the chips, in order (what a reader sees)."""
        labels = []
        for block in _blocks(self.document()):
            for fragment in _fragments(block):
                fmt = fragment.charFormat()
                if _chip_source(fmt):
                    labels.extend([str(fmt.property(LABEL))] * fragment.length())
        return labels

    def document_position(self, offset: int) -> int:
        """The document position of character `offset` of `toPlainText()` (a chip's whole
        source maps to the chip)."""
        return self._source(0, offset)[1]

    # ------------------------------------------------------------ copy and paste

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        data = QMimeData()
        data.setText(self._source(cursor.selectionStart(), None, cursor.selectionEnd())[0])
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(source.text())

    # ------------------------------------------------------------ inside

    def _insert(self, cursor: QTextCursor, text: str) -> None:
        plain = QTextCharFormat()
        cursor.beginEditBlock()
        for kind, piece in tokens(text.replace("\r\n", "\n"), self._names):
            if kind == "text":
                cursor.insertText(piece, plain)
                continue
            label = self._title(piece[1:-1].strip()) if kind == "value" else forms_label(piece)
            chip = QTextImageFormat()
            chip.setName(self._image(label, kind))
            chip.setProperty(SOURCE, piece)
            chip.setProperty(KIND, kind)
            chip.setProperty(LABEL, label)
            chip.setToolTip(piece)
            chip.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            cursor.insertText(OBJECT_CHAR, chip)
        cursor.endEditBlock()
        cursor.setCharFormat(plain)

    def _image(self, label: str, kind: str) -> str:
        """The resource name of the chip image for `label` (drawn once per document)."""
        name = f"chip:{kind}/{label}"
        if name not in self._images:
            image = chip_image(label, kind, self.font(), self.devicePixelRatioF() * 2)
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            self._images.add(name)
        return name

    def _source(self, start: int, offset: int | None, end: int | None = None) -> tuple[str, int]:
        """The template text of document positions [start, end) and, for `offset` into that
        text, its document position."""
        out: list[str] = []
        length = 0
        found = -1
        for block in _blocks(self.document()):
            for fragment in _fragments(block):
                fmt = fragment.charFormat()
                text = fragment.text()
                for i, ch in enumerate(text):
                    pos = fragment.position() + i
                    if pos < start or (end is not None and pos >= end):
                        continue
                    chip = _chip_source(fmt) if ch == OBJECT_CHAR else None
                    piece = chip or ch
                    if offset is not None and found < 0 and length + len(piece) > offset:
                        found = pos
                    out.append(piece)
                    length += len(piece)
            newline = block.position() + block.length() - 1
            if block.next().isValid() and newline >= start and (end is None or newline < end):
                if offset is not None and found < 0 and length >= offset:
                    found = newline
                out.append("\n")
                length += 1
        if found < 0:
            found = self.document().characterCount() - 1
        return "".join(out), found


def _blocks(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            yield fragment
        it += 1
