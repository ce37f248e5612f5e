"""The pickup orders waiting to be collected: overdue first (highlighted), then by ready-by day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from shopkeeper.money import format_money
from shopkeeper.sales.pickup_records import PickupOrder
from ui.bidi import in_ui_direction, isolate, ltr
from ui.models.member_results import Index

PICKUP_COLUMNS = ("number", "code", "customer", "items", "ready_by", "status", "due", "shelf")
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_BACKGROUND = QColor("#ffe3d6")
OVERDUE_FOREGROUND = QColor("#7a2600")


def pickup_column_title(column: str) -> str:
    translate = QCoreApplication.translate
    titles = {
        "number": translate("PickupColumns", "No."),
        "code": translate("PickupColumns", "Code"),
        "customer": translate("PickupColumns", "Customer"),
        "items": translate("PickupColumns", "Items"),
        "ready_by": translate("PickupColumns", "Ready by"),
        "status": translate("PickupColumns", "Status"),
        "due": translate("PickupColumns", "To pay"),
        "shelf": translate("PickupColumns", "Shelf"),
    }
    return titles[column]


def status_text(order: PickupOrder) -> str:
    """ "New", "Ready", … and "overdue" for an order waiting past its day."""
    translate = QCoreApplication.translate
    names = {
        "new": translate("PickupStatus", "New"),
        "ready": translate("PickupStatus", "Ready"),
        "collected": translate("PickupStatus", "Collected"),
        "cancelled": translate("PickupStatus", "Cancelled"),
    }
    text = names.get(order.status, order.status)
    if order.overdue:
        text = translate("PickupStatus", "{status}, overdue").format(status=text)
    return text


def items_text(order: PickupOrder) -> str:
    """ "Candle ×2, Gift box": each name isolated, so a Hebrew name keeps its ×2 after it."""
    return in_ui_direction(
        ", ".join(
            isolate(line.name) if line.qty == 1 else f"{isolate(line.name)} ×{line.qty}"
            for line in order.lines
        )
    )


def cell_text(order: PickupOrder, column: str) -> str:
    if column == "number":
        return ltr(str(order.number))
    if column == "code":
        return ltr(order.code)
    if column == "customer":
        return order.customer_name or QCoreApplication.translate("PickupStatus", "(no member)")
    if column == "items":
        return items_text(order)
    if column == "ready_by":
        return ltr(order.ready_by.strftime("%d/%m/%Y"))
    if column == "status":
        return status_text(order)
    if column == "due":
        return ltr(format_money(order.due))
    return order.shelf


class PickupListModel(QAbstractTableModel):
    """Rows are PickupOrder objects, in the order the service gives them (overdue first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PickupOrder] = []

    def set_orders(self, orders: Sequence[PickupOrder]) -> None:
        self.beginResetModel()
        self._rows = sorted(orders, key=lambda o: (not o.overdue, o.ready_by, o.id))
        self.endResetModel()

    def order(self, row: int) -> PickupOrder:
        return self._rows[row]

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, o in enumerate(self._rows) if o.id == order_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PICKUP_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        order = self._rows[index.row()]
        column = PICKUP_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(order, column)
        if role == ORDER_ID_ROLE:
            return order.id
        if role == Qt.ItemDataRole.BackgroundRole and order.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and order.overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == "items":
            return "\n".join(
                f"{line.qty} × {line.name} — {format_money(line.unit_price)}"
                for line in order.lines
            )
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return pickup_column_title(PICKUP_COLUMNS[section])
        return None
