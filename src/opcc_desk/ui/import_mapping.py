"""The mapping step of the intake import: a form tool's export read into client columns.

Shown when the chosen file is not written in the desk's own columns. Each question
of the export sits beside its answers in the first rows, with the client column it
fills; below, every distinct answer of the closed-list columns with the desk value
it becomes. What could not be read is marked in red and counted at the top. The
desk corrects any line, and the corrections are kept under the mapping's name so
the next export of the same form needs none.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.form_mapping import IGNORED, FormMapping, client_fields, spelled_as_in
from opcc_desk.services import form_imports
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.form_imports import FormExport
from opcc_desk.ui import theme
from opcc_desk.ui.forms.problems import in_window_language

FIRST_ROWS = 3
LEFT_OUT = "—"  # shown for an answer the mapping leaves out on purpose


class MappingStep(QWidget):
    """Edits one mapping for one export; ``mapping()`` gives the result."""

    changed = Signal()

    QUESTION, COLUMN = 0, 1  # then one column per first row
    FIELD, ANSWER, VALUE = range(3)

    def __init__(self, ctx: ServiceContext, export: FormExport, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._export = export
        self._saved = form_imports.saved_mappings(ctx)
        found = form_imports.mapping_for(ctx, export)
        if found is not None:
            self._mapping = spelled_as_in(self._saved[found], export.headers)
            name = found
            # questions the form gained since the mapping was kept get suggestions
            fresh = form_imports.suggest(ctx, export).mapping
            for header in export.headers:
                if header not in self._mapping.columns and header in fresh.columns:
                    form_imports.point_column(
                        ctx, export, header, fresh.columns[header], self._mapping
                    )
        else:
            self._mapping = form_imports.suggest(ctx, export).mapping
            name = f"Get Matched ({export.path.stem})"
        self._filling = False

        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.addItems(sorted(self._saved))
        self.name_box.setCurrentText(name)
        self.name_box.setAccessibleName(self.tr("Name of the mapping"))
        self.name_box.setToolTip(
            self.tr("The mapping is kept under this name and offered for the next export")
        )
        self.name_box.activated.connect(self._load_saved)
        self.intro = QLabel(
            self.tr(
                "This file is not in the desk's own columns, so it is read through a mapping. "
                "Check each line: the client column each question fills, and what each answer "
                "means. Lines in red could not be read; correct them before going on."
            )
        )
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        shown = min(FIRST_ROWS, len(export.rows))
        self.questions = QTableWidget(len(export.headers), 2 + shown)
        self.questions.setTabKeyNavigation(False)  # Tab leaves the table
        self.questions.setHorizontalHeaderLabels(
            [self.tr("Question in the export"), self.tr("Client column")]
            + [self.tr("Line %1").replace("%1", str(r.line)) for r in export.rows[:shown]]
        )
        self.questions.setAccessibleName(self.tr("Questions and the client columns they fill"))
        self.questions.verticalHeader().hide()
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setWordWrap(True)
        heading = self.questions.horizontalHeader()
        heading.setSectionResizeMode(self.QUESTION, QHeaderView.ResizeMode.Interactive)
        heading.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(2, 2 + shown):
            heading.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.questions.setColumnWidth(self.QUESTION, 260)
        # wrapped questions need their rows re-measured whenever the columns settle
        self.questions.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.column_boxes: dict[str, QComboBox] = {}
        for row, question in enumerate(export.headers):
            self.questions.setItem(row, self.QUESTION, QTableWidgetItem(question))
            box = QComboBox()
            box.addItem(self.tr("(ignore)"), IGNORED)
            for name in client_fields():
                box.addItem(name, name)
            box.setAccessibleName(self.tr("Client column for: %1").replace("%1", question))
            box.currentIndexChanged.connect(lambda _index, q=question: self._column_chosen(q))
            self.column_boxes[question] = box
            holder = QWidget()  # keeps the box its own height in a row of wrapped text
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 0, 2, 0)
            holder_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)
            self.questions.setCellWidget(row, self.COLUMN, holder)
            for offset, source in enumerate(export.rows[:shown]):
                text = source.cells.get(question, "").replace("\n", " / ")
                self.questions.setItem(row, 2 + offset, QTableWidgetItem(text))

        self.answers = QTableWidget(0, 3)
        self.answers.setTabKeyNavigation(False)  # Tab leaves the table
        self.answers.setHorizontalHeaderLabels(
            [self.tr("Client column"), self.tr("Answer in the export"), self.tr("Desk value")]
        )
        self.answers.setAccessibleName(self.tr("Answers and the desk values they become"))
        self.answers.verticalHeader().hide()
        self.answers.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        answers_header = self.answers.horizontalHeader()
        answers_header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        answers_header.setSectionResizeMode(self.ANSWER, QHeaderView.ResizeMode.Stretch)
        answers_header.setSectionResizeMode(self.VALUE, QHeaderView.ResizeMode.Stretch)
        self.answers.itemChanged.connect(self._answer_edited)

        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Mapping name:"))
        name_label.setBuddy(self.name_box)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_box, 1)
        questions_part = QWidget()
        questions_layout = QVBoxLayout(questions_part)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(QLabel(self.tr("<b>Questions</b>, beside the first rows")))
        questions_layout.addWidget(self.questions)
        answers_part = QWidget()
        answers_layout = QVBoxLayout(answers_part)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Answers</b>: type the desk's value (several with ';' between them), "
                    "or — to leave the answer out"
                )
            )
        )
        answers_layout.addWidget(self.answers)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(questions_part)
        splitter.addWidget(answers_part)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(name_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._fill()

    # ------------------------------------------------------------ reading the screen

    def name(self) -> str:
        return self.name_box.currentText().strip()

    def mapping(self) -> FormMapping:
        return copy.deepcopy(self._mapping)

    def unread(self) -> list[tuple[str, str, str]]:
        """(client column, question, answer) of every answer with no usable desk value."""
        result = []
        for row in range(self.answers.rowCount()):
            field = self._cell(row, self.FIELD)
            answer = self._cell(row, self.ANSWER)
            if field.data(Qt.ItemDataRole.UserRole + 1):
                result.append((field.text(), answer.toolTip(), answer.text()))
        return result

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.answers.item(row, column)
        assert item is not None  # every cell is set when the table is filled
        return item

    # ------------------------------------------------------------ filling the screen

    def _fill(self) -> None:
        self._filling = True
        try:
            for question, box in self.column_boxes.items():
                index = box.findData(self._mapping.columns.get(question, IGNORED))
                box.setCurrentIndex(max(index, 0))
                row = self._export.headers.index(question)
                item = self.questions.item(row, self.QUESTION)
                assert item is not None
                ignored = self._mapping.columns.get(question, IGNORED) == IGNORED
                # an empty brush: the palette's own text colour
                item.setForeground(QBrush(QColor(theme.colours().greyed)) if ignored else QBrush())
            self._fill_answers()
        finally:
            self._filling = False
        self._summarise()

    def _fill_answers(self) -> None:
        lines = form_imports.answer_lines(self._ctx, self._export, self._mapping)
        # answers with no desk value first, where the desk will look
        lines.sort(key=lambda line: line.value is not None or line.fine_as_written)
        self.answers.setRowCount(len(lines))
        for row, line in enumerate(lines):
            field = QTableWidgetItem(line.field)
            field.setFlags(field.flags() & ~Qt.ItemFlag.ItemIsEditable)
            answer = QTableWidgetItem(line.answer)
            answer.setFlags(answer.flags() & ~Qt.ItemFlag.ItemIsEditable)
            answer.setToolTip(line.header)
            if line.value is None:
                shown = "" if not line.fine_as_written else line.answer.strip().lower()
            else:
                shown = line.value if line.value else LEFT_OUT
            value = QTableWidgetItem(shown)
            value.setData(Qt.ItemDataRole.UserRole, line.value is not None)
            self.answers.setItem(row, self.FIELD, field)
            self.answers.setItem(row, self.ANSWER, answer)
            self.answers.setItem(row, self.VALUE, value)
            self._mark(row)

    def _mark(self, row: int) -> None:
        """Red when the answer has no desk value the checks would take."""
        field = self._cell(row, self.FIELD)
        value = self._cell(row, self.VALUE)
        text = value.text().strip()
        problem: str | None
        if not text:
            problem = self.tr("Not recognised: type the desk's value, or — to leave it out")
        elif text in {LEFT_OUT, "-"}:
            problem = None
        else:
            problem = form_imports.value_problem(self._ctx, field.text(), text)
        bad = problem is not None
        field.setData(Qt.ItemDataRole.UserRole + 1, bad)
        for column in (self.FIELD, self.ANSWER, self.VALUE):
            item = self._cell(row, column)
            item.setBackground(
                QBrush(QColor(theme.colours().error_background)) if bad else QBrush()
            )
        # a field check's message, in the window's language
        value.setToolTip(in_window_language(problem) if problem else "")

    def _summarise(self) -> None:
        used = [q for q in self._export.headers if self._mapping.columns.get(q, IGNORED)]
        ignored = len(self._export.headers) - len(used)
        unread = self.unread()
        parts = [
            self.tr("%1 of %2 questions go to client columns; %3 ignored.")
            .replace("%1", str(len(used)))
            .replace("%2", str(len(self._export.headers)))
            .replace("%3", str(ignored))
        ]
        if unread:
            listed = ", ".join(f"“{answer}” ({field})" for field, _q, answer in unread[:8])
            more = "…" if len(unread) > 8 else ""
            parts.append(
                f"<b style='color:{theme.colours().overdue}'>"
                + self.tr("%1 answer(s) could not be read:").replace("%1", str(len(unread)))
                + f"</b> {listed}{more}"
            )
        else:
            parts.append(self.tr("Every answer has a desk value."))
        self.summary.setText("<br>".join(parts))

    # ------------------------------------------------------------ corrections

    def _load_saved(self, _index: int) -> None:
        chosen = self.name_box.currentText()
        if chosen in self._saved:
            self._mapping = spelled_as_in(self._saved[chosen], self._export.headers)
            self._fill()
            self.changed.emit()

    def _column_chosen(self, question: str) -> None:
        if self._filling:
            return
        box = self.column_boxes[question]
        form_imports.point_column(
            self._ctx, self._export, question, str(box.currentData()), self._mapping
        )
        self._fill()
        self.changed.emit()

    def _answer_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.VALUE:
            return
        row = item.row()
        field = self._cell(row, self.FIELD).text()
        answer = self._cell(row, self.ANSWER).text()
        text = item.text().strip()
        table = self._mapping.values.setdefault(field, {})
        if not text:
            table.pop(answer, None)
        else:
            table[answer] = "" if text in {LEFT_OUT, "-"} else text
        self._filling = True
        try:
            self._mark(row)
        finally:
            self._filling = False
        self._summarise()
        self.changed.emit()
