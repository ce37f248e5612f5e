"""A PDF printed on a QPrinter: each page rendered by pdfium at the printer's resolution and
painted on a printer page of the PDF page's own size, so a 62 mm label stays 62 mm and A6 stays A6.

The PDF stays the single source of what is printed: nothing is laid out twice. When a paper is
chosen for the printer (A6 notes on A4 sheets), each page is painted on it at its real size,
centred, and only shrunk if it does not fit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

MAX_DPI = 600  # more gives no sharper print, only longer jobs
MAX_PIXELS = 40_000_000  # one page's image at most (an A4 page at 600 dpi is 35 million)
_MM_PER_POINT = 25.4 / 72


class PrintError(Exception):
    """The printer could not be opened or stopped taking pages; the message says which."""


def available_printers() -> list[str]:
    """The names of the printers installed on this PC (empty: none)."""
    return list(QPrinterInfo.availablePrinterNames())


def page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """A margin-less page layout of exactly this size (points), portrait or landscape as the
    page is; a size within a point of a named paper (A6, A4) gets that paper's name."""
    portrait = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    if size.id() == QPageSize.PageSizeId.Custom or not _close(size, portrait):
        size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    landscape = width_pt > height_pt
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def _close(size: QPageSize, points: QSizeF) -> bool:
    got = size.sizePoints()
    return abs(got.width() - points.width()) <= 1.5 and abs(got.height() - points.height()) <= 1.5


def first_page_points(pdf: bytes | str | Path) -> tuple[float, float]:
    """The first page's (width, height) in points; (0, 0) for a PDF without pages."""
    document = _open(pdf)
    try:
        return document[0].get_size() if len(document) else (0.0, 0.0)
    finally:
        document.close()


def print_pdf(
    pdf: bytes | str | Path,
    printer: QPrinter,
    *,
    paper: QPageSize | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print every page of `pdf` on `printer`; returns the number of pages printed.

    Each printer page is the PDF page's size (or `paper`, when given, with the page painted on
    it at real size).  `progress(done, total)` is called before the first page and after each;
    when it raises (a cancelled Task), the job is aborted and the exception goes on.  PrintError
    when the printer cannot be opened.  Safe on a worker thread (QPainter on a QPrinter is).
    """
    document = _open(pdf)
    painter = QPainter()
    try:
        total = len(document)
        if progress is not None:
            progress(0, total)
        printer.setFullPage(True)
        printed = 0
        for index in range(total):
            page = document[index]
            try:
                width, height = page.get_size()
                layout = _paper_layout(paper, width, height) if paper else None
                layout = layout or page_layout(width, height)
                if printed == 0:
                    printer.setPageLayout(layout)
                    if not painter.begin(printer):
                        raise PrintError(_cannot_open(printer))
                else:
                    printer.setPageLayout(layout)
                    if not printer.newPage():
                        raise PrintError(_cannot_open(printer))
                _paint_page(painter, printer, page, width, height)
            finally:
                page.close()
            printed += 1
            if progress is not None:
                progress(printed, total)
    except BaseException:
        if painter.isActive():
            printer.abort()
            painter.end()
        raise
    finally:
        document.close()
    if painter.isActive() and not painter.end():
        raise PrintError(_cannot_open(printer))
    return printed


def _paper_layout(paper: QPageSize, width: float, height: float) -> QPageLayout:
    landscape = width > height
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def _paint_page(painter: QPainter, printer: QPrinter, page, width: float, height: float) -> None:
    """Render `page` (width × height points) for the printer and paint it: the whole page when
    the paper is the page's size, else at real size centred (shrunk only to fit)."""
    dpi = printer.resolution()
    full = printer.pageLayout().fullRectPoints()
    scale = min(1.0, full.width() / width, full.height() / height)
    target_w, target_h = width * scale, height * scale
    render_dpi = min(dpi, MAX_DPI)
    pixels = (width / 72 * render_dpi) * (height / 72 * render_dpi)
    if pixels > MAX_PIXELS:
        render_dpi *= (MAX_PIXELS / pixels) ** 0.5
    image = render_image(page, render_dpi / 72 * scale)
    points_to_device = dpi / 72
    left = (full.width() - target_w) / 2 * points_to_device
    top = (full.height() - target_h) / 2 * points_to_device
    target = QRectF(left, top, target_w * points_to_device, target_h * points_to_device)
    painter.drawImage(target, image)


def render_image(page, scale: float) -> QImage:
    """One pdfium page as a QImage at `scale` pixels per point (white background)."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes away with it


def _open(pdf: bytes | str | Path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(Path(pdf)))


def _cannot_open(printer: QPrinter) -> str:
    where = printer.outputFileName() or printer.printerName() or "?"
    text = QCoreApplication.translate("PdfPrinter", "The printer {name} could not be opened.")
    return text.format(name=where)


def size_mm(width_pt: float, height_pt: float) -> tuple[float, float]:
    """A size in points as millimetres, rounded to a tenth."""
    return round(width_pt * _MM_PER_POINT, 1), round(height_pt * _MM_PER_POINT, 1)
