"""Preview an intake file before importing it: every row's fate, problems and look-alikes.

A form tool's export (not in the desk's own columns) first goes through the
mapping step (ui/import_mapping.py). Nothing is written until "Import" is pressed,
and then the whole file goes in one transaction (or nothing does).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.form_mapping import FormMapping
from opcc_desk.services import form_imports, intake, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.intake import ImportPreview
from opcc_desk.ui import dialogs, theme
from opcc_desk.ui.forms.problems import in_window_language
from opcc_desk.ui.import_mapping import MappingStep

ACTION_TEXT = {
    "add": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "New")),
    "update": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Update")),
    "unchanged": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "No change")),
    "problem": str(QT_TRANSLATE_NOOP("ImportPreviewDialog", "Problem")),
}
ACTION_COLOUR = {  # theme names; the words in ACTION_TEXT say the same
    "problem": "overdue",
    "add": "success",
    "update": "info",
    "unchanged": "greyed",
}


def _problem_text(problem: str) -> str:
    """A row's problem ("email: 'zoë@' is not a valid email address…") with the check's
    message in the window's language; the column name is the file's own and stays."""
    field, colon, message = problem.partition(": ")
    if not colon:
        return in_window_language(problem)
    shown = in_window_language(message)
    if shown == message:
        return problem
    return QCoreApplication.translate("RecordForm", "{label}: {message}").format(
        label=field, message=shown
    )


class ImportPreviewDialog(QDialog):
    imported = Signal(int)  # rows added or updated
    LINE, ID, NAME, ACTION, PROBLEMS, DUPLICATES = range(6)

    def __init__(self, ctx: ServiceContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._path = path
        self.setWindowTitle(self.tr("Import intake file: {file}").format(file=path.name))
        self.resize(1100, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Rows of the file and what happens to each"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Intake id"),
                self.tr("Name"),
                self.tr("What happens"),
                self.tr("Problems"),
                self.tr("May already be on file"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (self.LINE, self.ID, self.NAME, self.ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.DUPLICATES, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.next_button = QPushButton(self.tr("&Keep this mapping and preview"))
        self.back_button = QPushButton(self.tr("&Back to the mapping"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self.next_button.clicked.connect(self.show_preview)
        self.back_button.clicked.connect(self.show_mapping)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(preview_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.preview = ImportPreview(str(path))
        self._mapping: FormMapping | None = None
        self.mapping_step: MappingStep | None = None
        try:
            export = form_imports.read_export(path)
        except ServiceError:
            export = None  # the preview says what is wrong with the file
        if export is not None and not export.in_desk_columns:
            self.mapping_step = MappingStep(ctx, export)
            self.pages.addWidget(self.mapping_step)
            self.resize(1200, 720)
            self.show_mapping()
        else:
            self.back_button.hide()
            self.next_button.hide()
            self.refresh()

    def show_mapping(self) -> None:
        assert self.mapping_step is not None
        self.pages.setCurrentWidget(self.mapping_step)
        self.setWindowTitle(
            self.tr("Import intake file: {file}: how to read it").format(file=self._path.name)
        )
        self.back_button.hide()
        self.import_button.hide()
        self.next_button.show()
        self.next_button.setDefault(True)

    def show_preview(self) -> None:
        """Keep the mapping under its name, then preview the file read through it."""
        assert self.mapping_step is not None
        mapping = self.mapping_step.mapping()
        try:
            form_imports.save_mapping(self._ctx, self.mapping_step.name(), mapping)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The mapping was not kept"), str(error))
            return
        self._mapping = mapping
        self.pages.setCurrentIndex(0)
        self.setWindowTitle(self.tr("Import intake file: {file}").format(file=self._path.name))
        self.next_button.hide()
        self.back_button.show()
        self.import_button.show()
        self.import_button.setDefault(True)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.preview = intake.preview_intake(self._ctx, self._path, self._mapping)
        except ServiceError as error:
            self.preview = ImportPreview(str(self._path), file_problem=str(error))
        p = self.preview
        parts = []
        if p.file_problem:
            parts.append(
                self.tr(
                    "<b style='color:{colour}'>The file cannot be imported:</b> {problem}"
                ).format(
                    colour=theme.colours().overdue, problem=html.escape(p.file_problem, quote=False)
                )
            )
        else:
            parts.append(
                self.tr(
                    "%n row(s): {new} new, {updated} updated, {unchanged} unchanged.",
                    "",
                    len(p.rows),
                ).format(
                    new=p.count("add"),
                    updated=p.count("update"),
                    unchanged=p.count("unchanged"),
                )
            )
            if p.problem_rows:
                if self._mapping is not None:
                    fix = self.tr(
                        "<b style='color:{colour}'>%n row(s) have problems.</b> Correct the "
                        "mapping (Back), or fix them in the file and open it again; nothing is "
                        "imported until every row is right.",
                        "",
                        p.problem_rows,
                    )
                else:
                    fix = self.tr(
                        "<b style='color:{colour}'>%n row(s) have problems.</b> Fix them in the "
                        "file and open it again; nothing is imported until every row is right.",
                        "",
                        p.problem_rows,
                    )
                parts.append(fix.format(colour=theme.colours().overdue))
            if p.duplicate_rows:
                parts.append(
                    self.tr(
                        "<b>%n row(s) may already be on file.</b> They are imported as new "
                        "records; check them afterwards (merge or keep both).",
                        "",
                        p.duplicate_rows,
                    )
                )
        # the file's own words (column names, answers) are text, not markup
        parts.extend(html.escape(warning, quote=False) for warning in p.warnings)
        self.summary.setText("<br>".join(parts))
        self.table.setRowCount(len(p.rows))
        for number, row in enumerate(p.rows):
            cells = [
                str(row.line),
                row.client_id,
                row.name,
                QCoreApplication.translate("ImportPreviewDialog", ACTION_TEXT[row.action]),
                "\n".join(_problem_text(problem) for problem in row.problems),
                "\n".join(row.duplicates),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.ACTION:
                    item.setForeground(
                        QBrush(QColor(getattr(theme.colours(), ACTION_COLOUR[row.action])))
                    )
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        self.import_button.setEnabled(p.can_import)

    def run_import(self) -> None:
        try:
            report = intake.import_intake(self._ctx, self._path, self._mapping)
        except transfer.ImportRejected as error:
            dialogs.show_error(self, self.tr("Nothing was imported"), str(error))
            self.refresh()
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Nothing was imported"), str(error))
            return
        changed = len(report.added) + len(report.updated)
        dialogs.show_info(
            self,
            self.tr("Intake file imported"),
            self.tr("{new} new, {updated} updated, {unchanged} unchanged.").format(
                new=len(report.added), updated=len(report.updated), unchanged=report.unchanged
            ),
        )
        self.imported.emit(changed)
        self.accept()
