"""The import wizard's last two steps: the dry run and the import, each run in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QLabel, QProgressBar, QVBoxLayout, QWidget, QWizardPage

from shopkeeper.data.importing import ImportReport, import_members
from ui.dialogs.import_common import error_label, problem_text, rejection_text, table_view
from ui.models.import_tables import RejectedRowsModel
from ui.tasks import Task

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard


class _ReportView(QWidget):
    """A progress bar, a summary line and the table of rejected rows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.progress_bar = QProgressBar()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.error_label = error_label()
        self.rejected_model = RejectedRowsModel(parent=self)
        self.rejected_table = table_view(self.rejected_model)
        self.rejected_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejected_title = QLabel(self.tr("Rows that will not be imported:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.progress_bar, self.summary_label, self.error_label):
            layout.addWidget(widget)
        layout.addWidget(self.rejected_title)
        layout.addWidget(self.rejected_table, 1)
        self.reset()

    def reset(self) -> None:
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.progress_bar.show()
        self.summary_label.clear()
        self.error_label.clear()
        self.rejected_model.set_rows([])
        self.rejected_title.hide()
        self.rejected_table.hide()

    def show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done if total else 1)

    def show_report(self, report: ImportReport, summary: str) -> None:
        if self.progress_bar.maximum() == 0:  # no progress was told (an empty file)
            self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.summary_label.setText(summary)
        self.rejected_model.set_rows([(r.row, rejection_text(r)) for r in report.rejected])
        self.rejected_title.setVisible(bool(report.rejected))
        self.rejected_table.setVisible(bool(report.rejected))

    def show_error(self, exc: object) -> None:
        self.progress_bar.hide()
        self.error_label.setText(problem_text(exc))


class _RunPage(QWizardPage):
    """A page that runs `import_members` in the background when shown.

    Subclasses set `dry_run` and define `summary(report) -> str`, the report in words.
    """

    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._task: Task | None = None
        self.report: ImportReport | None = None
        self.view = _ReportView(self)
        QVBoxLayout(self).addWidget(self.view)

    def initializePage(self) -> None:
        self.stop()
        self.report = None
        self.view.reset()
        shop, path, mapping = self._wizard.shop, self._wizard.path, dict(self._wizard.mapping)
        dry_run = self.dry_run
        task = self._task = Task(
            lambda progress: import_members(
                shop, path, dry_run=dry_run, mapping=mapping, progress=progress
            ),
            shop=shop,
        )
        task.progress.connect(lambda done, total: self._progress(task, done, total))
        task.finished.connect(lambda report: self._finished(task, report))
        task.failed.connect(lambda exc: self._failed(task, exc))
        self.completeChanged.emit()
        task.start()

    def cleanupPage(self) -> None:
        self.stop()

    def running(self) -> bool:
        return self._task is not None

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is self._task:
            self.view.show_progress(done, total)

    def _finished(self, task: Task, report: ImportReport) -> None:
        if task is not self._task:
            return
        self._task = None
        self.report = report
        self.view.show_report(report, self.summary(report))
        self.completeChanged.emit()
        if not report.dry_run:
            self._wizard.imported.emit(report.imported)

    def _failed(self, task: Task, exc: object) -> None:
        if task is not self._task:
            return
        self._task = None
        self.view.show_error(exc)
        self.completeChanged.emit()


class DryRunPage(_RunPage):
    """Step 3: what the import would do, with every rejected row; nothing is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("What the import will do. Nothing has been written yet."))
        self.setCommitPage(True)

    def isComplete(self) -> bool:
        return self._task is None and self.report is not None and self.report.imported > 0

    def validatePage(self) -> bool:
        return self.isComplete()

    def summary(self, report: ImportReport) -> str:
        text = self.tr(
            "Will be imported: {imported}\nAlready members (left unchanged): {existing}\n"
            "Rejected: {rejected}"
        ).format(imported=report.imported, existing=report.existing, rejected=len(report.rejected))
        if not report.imported:
            text += "\n" + self.tr("There is nothing new to import.")
        return text


class ImportPage(_RunPage):
    """Step 4: the import itself, once, with a progress bar, then what it did."""

    dry_run = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("All the rows are written together: if the import stops, nothing is written.")
        )
        self.view.rejected_title.setText(self.tr("Rows that were not imported:"))

    def isComplete(self) -> bool:
        return self._task is None

    def initializePage(self) -> None:
        if self.report is None and not self.running():  # the import runs once
            super().initializePage()

    def summary(self, report: ImportReport) -> str:
        return self.tr(
            "Imported: {imported}\nAlready members (left unchanged): {existing}\n"
            "Not imported: {rejected}"
        ).format(imported=report.imported, existing=report.existing, rejected=len(report.rejected))
