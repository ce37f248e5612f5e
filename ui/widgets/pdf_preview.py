"""A PDF shown inside the app: its pages rendered by pdfium, one at a time, with page navigation."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.text_label import TextLabel

DEFAULT_ZOOM = 1.5  # 108 dpi: a note or a slip readable on a laptop screen


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Page `index` of `document` as an RGB image at `scale` pixels per point."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it
    finally:
        page.close()


class PdfPreview(QWidget):
    """Shows a PDF given as bytes or a path; `pageChanged(index, count)` after every move."""

    pageChanged = Signal(int, int)

    def __init__(
        self, parent: QWidget | None = None, *, zoom: float = DEFAULT_ZOOM, fit_width: bool = False
    ) -> None:
        super().__init__(parent)
        self._document: pdfium.PdfDocument | None = None
        self._page = 0
        self._zoom = zoom
        self._fit_width = fit_width  # the page as wide as the view, until zoomed by hand
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(80)
        self._resize_timer.timeout.connect(self._refit)
        self.image: QImage | None = None

        self.page_view = QLabel()
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setStyleSheet("background: #8a919c; padding: 12px;")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page_view)

        self.previous_button = QPushButton(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button = QPushButton(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.page_label = TextLabel(wrap=False)
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self._zoom * 1.25))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self._zoom / 1.25))
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setAutoDefault(False)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") + 28)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._update_controls()

    # -- content ---------------------------------------------------------------------------
    def set_pdf(self, source: bytes | str | Path | None) -> None:
        """Show `source` (PDF bytes or a file), from its first page; None empties the view."""
        self.clear()
        if source is None:
            return
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        self._document = pdfium.PdfDocument(data)
        self._page = 0
        self._render()

    def clear(self) -> None:
        if self._document is not None:
            self._document.close()
        self._document = None
        self._page = 0
        self.image = None
        self.page_view.clear()
        self._update_controls()

    @property
    def page_count(self) -> int:
        return len(self._document) if self._document is not None else 0

    @property
    def current_page(self) -> int:
        return self._page

    def show_page(self, index: int) -> None:
        """Go to page `index` (0-based; clamped to the document)."""
        if self._document is None:
            return
        index = max(0, min(index, self.page_count - 1))
        if index != self._page or self.image is None:
            self._page = index
            self._render()

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._zoom = max(0.5, min(zoom, 4.0))
        if self._document is not None:
            self._render()

    # -- drawing ---------------------------------------------------------------------------
    def _render(self) -> None:
        assert self._document is not None
        ratio = self.devicePixelRatioF() or 1.0
        if self._fit_width:
            page_width = self._document[self._page].get_width()
            room = self.scroll.viewport().width() - 32  # the grey padding around the page
            self._zoom = max(0.3, min(room / page_width, 4.0)) if page_width else self._zoom
        self.image = render_page(self._document, self._page, self._zoom * ratio)
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self._update_controls()
        self.pageChanged.emit(self._page, self.page_count)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_width and self._document is not None:
            self._resize_timer.start()

    def _refit(self) -> None:
        if self._document is not None:
            self._render()

    def _update_controls(self) -> None:
        count = self.page_count
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self._page + 1, count=count)
            if count
            else ""
        )
        self.previous_button.setEnabled(count > 0 and self._page > 0)
        self.next_button.setEnabled(count > 0 and self._page < count - 1)
        self.zoom_in_button.setEnabled(count > 0)
        self.zoom_out_button.setEnabled(count > 0)
