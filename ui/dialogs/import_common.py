"""Texts and small widgets shared by the pages of the import wizard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyle, QTableView

from shopkeeper.data.importing import RejectedRow
from shopkeeper.errors import ShopError
from ui.messages import error_text

ERROR_STYLE = "color: #b3261e;"
COLUMN_CAP = 320  # px: a long note is cut rather than make the table wider than the window


def field_label(field: str) -> str:
    """The name of an import field as the user reads it."""
    labels = {
        "first_name": QCoreApplication.translate("ImportFields", "First name"),
        "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "full_name": QCoreApplication.translate("ImportFields", "Full name"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "birthday": QCoreApplication.translate("ImportFields", "Birthday"),
        "city": QCoreApplication.translate("ImportFields", "City"),
        "address": QCoreApplication.translate("ImportFields", "Address"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "gender": QCoreApplication.translate("ImportFields", "Form of address"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
        "source": QCoreApplication.translate("ImportFields", "Source"),
        "joined_on": QCoreApplication.translate("ImportFields", "Join date"),
        "consent_sms": QCoreApplication.translate("ImportFields", "SMS consent"),
        "consent_whatsapp": QCoreApplication.translate("ImportFields", "WhatsApp consent"),
        "consent_email": QCoreApplication.translate("ImportFields", "E-mail consent"),
    }
    return labels.get(field, field)


def step_texts(back: str, forward: str, rtl: bool) -> tuple[str, str]:
    """The back and next buttons' texts with arrows that point the way the layout reads:
    "← Back" / "Next →" left to right, "הקודם →" / "← הבא" right to left (the arrows are
    not mirrored by bidi, so each is chosen, and a mark fixes the text's own direction)."""
    mark, back_arrow, next_arrow = ("\u200f", "→", "←") if rtl else ("\u200e", "←", "→")
    return f"{mark}{back_arrow} {back}", f"{mark}{forward} {next_arrow}"


def problem_text(exc: object) -> str:
    """What to tell the shopkeeper about a failed background call (never a traceback)."""
    if isinstance(exc, ShopError):
        return error_text(exc)
    return QCoreApplication.translate(
        "ImportWizard", "Something unexpected went wrong: {detail}"
    ).format(detail=str(exc) or type(exc).__name__)


def rejection_text(rejected: RejectedRow) -> str:
    """Why a row was rejected, in the user's language where the importer says which error it was."""
    if rejected.error is None:
        return rejected.reason
    prefix, _, _ = rejected.reason.partition(": ")
    labels = {
        "phone": field_label("phone"),
        "email": field_label("email"),
        "birthday": field_label("birthday"),
        "join date": field_label("joined_on"),
    }
    text = error_text(rejected.error)
    return f"{labels[prefix]}: {text}" if prefix in labels else text


def error_label() -> QLabel:
    """A wrapping, selectable label for a problem the user must fix."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def table_view(model: QObject) -> QTableView:
    """A read-only table over `model`, selecting whole rows."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, cap: int = COLUMN_CAP) -> None:
    """Size each column to the widest value shown in it or line of its header (measured with the
    view's fonts, at most `cap` px) and let the last column take the room that is left."""
    model = view.model()
    cells = view.fontMetrics()
    header = view.horizontalHeader()
    heads = header.fontMetrics()
    style = view.style()
    cell_pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 8
    head_pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(
            (heads.horizontalAdvance(line) + head_pad for line in title.split("\n")), default=0
        )
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            width = max(width, cells.horizontalAdvance(text) + cell_pad)
        view.setColumnWidth(column, min(width, cap))
    header.setStretchLastSection(True)
