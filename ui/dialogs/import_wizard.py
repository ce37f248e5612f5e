"""The import wizard: choose a file, map its columns, check with a dry run, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopkeeper.data.headers import missing_fields
from shopkeeper.data.importing import FIELDS, ImportPreview, preview
from ui.dialogs.import_common import (
    error_label,
    field_label,
    fit_columns,
    problem_text,
    step_texts,
    table_view,
)
from ui.dialogs.import_run import DryRunPage, ImportPage
from ui.models.import_tables import PreviewModel
from ui.tasks import Task


class ImportWizard(QWizard):
    """Import members from a CSV or Excel file; `imported(n)` after a real import wrote n members."""

    imported = Signal(int)

    def __init__(self, shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.path = ""
        self.preview: ImportPreview | None = None
        self.mapping: dict[str, str] = {}
        self.setWindowTitle(self.tr("Import members"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        back, forward = step_texts(self.tr("Back"), self.tr("Next"), self.isRightToLeft())
        self.setButtonText(QWizard.WizardButton.BackButton, back)
        self.setButtonText(QWizard.WizardButton.NextButton, forward)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.import_page):
            self.addPage(page)
        self.resize(760, 540)

    def reject(self) -> None:
        """Close, stopping a preview or dry run; a real import is let finish (it is one transaction)."""
        if self.import_page.running():
            return
        for page in (self.file_page, self.dry_run_page):
            page.stop()
        super().reject()


class FilePage(QWizardPage):
    """Step 1: the file, read at once to show whether it can be imported."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._task: Task | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel (.xlsx) list of customers, with the column names in the first row."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._typing = QTimer(self, singleShot=True, interval=400)
        self._typing.timeout.connect(self._load)
        self.path_edit.textEdited.connect(lambda _text: self._typing.start())
        self.path_edit.returnPressed.connect(self._load)
        self.browse_button.clicked.connect(self._browse)

    def set_path(self, path: str | Path) -> None:
        """Use this file (as if chosen in the file dialog) and read it."""
        self.path_edit.setText(str(path))
        self._load()

    def isComplete(self) -> bool:
        return self._task is None and self._wizard.preview is not None

    def validatePage(self) -> bool:
        return self.isComplete()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _browse(self) -> None:
        start = (
            str(Path(self.path_edit.text()).parent) if self.path_edit.text() else str(Path.home())
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Customer lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def _load(self) -> None:
        self._typing.stop()
        self.stop()
        self._wizard.preview = None
        self._wizard.path = ""
        self.error_label.clear()
        path = self.path_edit.text().strip()
        if not path:
            self.status_label.clear()
            self.completeChanged.emit()
            return
        self.status_label.setText(self.tr("Reading the file…"))
        task = self._task = Task(lambda _progress: preview(path))
        task.finished.connect(lambda result: self._loaded(task, path, result))
        task.failed.connect(lambda exc: self._failed(task, exc))
        self.completeChanged.emit()
        task.start()

    def _loaded(self, task: Task, path: str, result: ImportPreview) -> None:
        if task is not self._task:
            return
        self._task = None
        self._wizard.path, self._wizard.preview = path, result
        self.status_label.setText(
            self.tr("{rows} rows, {columns} columns.").format(
                rows=result.data_rows, columns=len(result.headers)
            )
        )
        self.completeChanged.emit()

    def _failed(self, task: Task, exc: object) -> None:
        if task is not self._task:
            return
        self._task = None
        self.status_label.clear()
        self.error_label.setText(problem_text(exc))
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    """Step 2: which field each column fills, over a preview of the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._built_for: ImportPreview | None = None
        self.combos: dict[str, QComboBox] = {}
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose what each column of the file holds."))
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self.model = PreviewModel([], [], self)
        self.table = table_view(self.model)
        self.table.setWordWrap(False)  # a phone is never split over two lines
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 2)
        layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        found = self._wizard.preview
        if found is None or found is self._built_for:
            return
        self._built_for = found
        self.combos = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for column, title in enumerate((self.tr("Column in the file"), self.tr("Imported as"))):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        for header in found.headers:
            if header in self.combos or not any(ch.isalnum() for ch in header):
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(found.mapping.get(header) or "")))
            combo.currentIndexChanged.connect(lambda _i, h=header: self._chosen(h))
            self.combos[header] = combo
            row = grid.rowCount()
            name = QLabel(header)
            name.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        self._scroll.setWidget(grid_widget)
        self.model = PreviewModel(found.headers, found.rows, self)
        self.table.setModel(self.model)
        self._refresh()

    def isComplete(self) -> bool:
        return self._built_for is not None and not self._missing()

    def validatePage(self) -> bool:
        return self.isComplete()

    def choose(self, header: str, field: str) -> None:
        """Set the field of a column, as picking it in its box would ("" to ignore it)."""
        combo = self.combos[header]
        index = combo.findData(field)
        if index < 0:
            raise ValueError(f"no import field {field!r}")
        combo.setCurrentIndex(index)

    def _chosen(self, header: str) -> None:
        field = self.combos[header].currentData()
        if field:  # a field fills one column: take it from any other
            for other, combo in self.combos.items():
                if other != header and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._refresh()

    def _fields(self) -> list[str | None]:
        return [
            self.combos[h].currentData() or None if h in self.combos else None
            for h in self._built_for.headers
        ]

    def _missing(self) -> list[str]:
        return missing_fields(self._fields()) if self._built_for is not None else []

    def _refresh(self) -> None:
        self._wizard.mapping = {h: c.currentData() or "ignore" for h, c in self.combos.items()}
        labels = []
        for header, field in zip(self._built_for.headers, self._fields(), strict=True):
            chosen = field_label(field) if field else self.tr("(ignore)")
            labels.append(f"{header}\n{chosen}")
        self.model.set_column_labels(labels)
        fit_columns(self.table)
        missing = self._missing()
        problems = []
        if "phone" in missing:
            problems.append(self.tr("Choose the column that holds the phone number."))
        if "name" in missing:
            problems.append(self.tr("Choose a column with the name (first, last or full name)."))
        self.error_label.setText("\n".join(problems))
        self.completeChanged.emit()
