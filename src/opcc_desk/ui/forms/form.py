"""The window around a record form: three columns of fields, the banner, Save and
Cancel, and the rules for closing.

Keyboard: Tab walks the fields top to bottom, column by column; Enter in a
one-line field moves to the next field (it never saves a half-filled form);
Ctrl+S saves; Esc closes, asking first when something is unsaved.

The behaviour lives in the parts a form owns: its ``fields`` (a FieldSet), the
problems shown on them (a ProblemDisplay) and the record being edited (a
RecordSession). A form of one kind only lays out its fields.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.forms.fields import FieldSet, form_style
from opcc_desk.ui.forms.problems import ProblemDisplay
from opcc_desk.ui.forms.session import R, RecordKind, RecordSession


class RecordForm(QDialog, Generic[R]):
    """Add a new record (``record_id=None``) or edit a stored one; ``KIND`` says which
    kind of record, and how it is read, checked and stored."""

    saved = Signal(str)
    connection_lost = Signal(str)  # a save could not reach the database; the text says why

    KIND: ClassVar[RecordKind[Any]]  # set by each form (a ClassVar cannot hold R)

    def __init__(
        self, ctx: ServiceContext, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        kind: RecordKind[R] = self.KIND
        # Read first: a missing record or an unreachable database raises ServiceError
        # to the caller before any window appears.
        record = kind.fetch(ctx, record_id) if record_id else None
        self._close_confirmed = False
        self._close_after_save = False  # the person meant to close once it is saved
        self.fields = FieldSet()

        self.setObjectName(f"{kind.noun}Editor")
        self.setStyleSheet(form_style())
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 10)
        outer.setSpacing(8)
        self.banner = QLabel(self)
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)

        body = QWidget()
        columns_layout = QHBoxLayout(body)
        columns_layout.setContentsMargins(0, 0, 4, 0)
        columns_layout.setSpacing(12)
        columns: list[QVBoxLayout] = []
        for _ in range(3):
            column = QVBoxLayout()
            column.setSpacing(10)
            columns_layout.addLayout(column, 1)
            columns.append(column)
        self._build(columns)
        self.fields.align_labels()
        for column in columns:
            column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes to the fields, not to the frame around them (it scrolls to each field)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        bar = QHBoxLayout()
        legend = QLabel(
            QCoreApplication.translate(
                "RecordForm",
                "Fields marked * are required.  Enter moves to the next field.  "
                "Ctrl+S saves, Esc closes.",
            )
        )
        legend.setEnabled(False)
        bar.addWidget(legend, 1)
        self.cancel_button = QPushButton(QCoreApplication.translate("RecordForm", "Cancel"))
        self.save_button = QPushButton(QCoreApplication.translate("RecordForm", "Save"))
        self.save_button.setToolTip(
            QCoreApplication.translate("RecordForm", "Save and close (Ctrl+S)")
        )
        for button in (self.cancel_button, self.save_button):
            # No default button: Enter must never save a half-filled form.
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setMinimumWidth(100)
            bar.addWidget(button)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save_and_close)
        outer.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_and_close)

        self.problems = ProblemDisplay(
            self.fields,
            self.banner,
            self.scroll_area,
            lambda row: kind.parse(ctx, row),
            self._adjust_message,
        )
        self.session: RecordSession[R] = RecordSession(
            ctx, kind, record, self.fields, self.problems, self
        )
        self.session.on_saved = self.saved.emit
        self.session.on_connection_lost = self.connection_lost.emit
        self.session.on_refresh = self._refresh_hints
        self.session.load(record)
        self._fit_screen(body)
        start = "first_name" if self.fields["id"].read().strip() else "id"
        self.fields[start].focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_screen(self, body: QWidget) -> None:
        """As large as the fields want, never larger than the screen's free area (a
        laptop at 200 % has about 960×520 points): what does not fit scrolls."""
        screen = self.screen().availableGeometry()
        wanted = body.sizeHint() + QSize(60, 110)  # margins, the banner and the buttons
        width = min(wanted.width(), screen.width() - 40)
        height = min(wanted.height(), screen.height() - 60)
        self.setMinimumSize(min(480, width), min(320, height))
        self.resize(width, height)

    # ------------------------------------------------------------ what a form lays out

    def _build(self, columns: list[QVBoxLayout]) -> None:
        """Lay out the fields in the three columns, through ``self.fields``."""
        raise NotImplementedError

    def _refresh_hints(self) -> None:
        """Refresh hints that depend on several fields."""

    def _adjust_message(self, _name: str, message: str) -> str:
        """This form's own wording of a field's problem."""
        return message

    # ------------------------------------------------------------ public API

    @property
    def record_id(self) -> str | None:
        """The id of the stored record, or None while a new one is not saved yet."""
        return self.session.record_id

    def field_widget(self, name: str) -> QWidget:
        """The input widget of one file column (used by tests and the main window)."""
        return self.fields[name].focus

    def error_text(self, name: str) -> str:
        """The red message under one field, '' when it has none."""
        return self.problems.error_text(name)

    def is_dirty(self) -> bool:
        return self.session.is_dirty()

    def save(self) -> bool:
        """Check the form; when it passes, store it and return True. The form stays open."""
        return self.session.save()

    @property
    def waiting_to_save(self) -> bool:
        """True while a save waits for the database connection to come back."""
        return self.session.waiting_to_save

    def retry_save(self) -> bool:
        """Try the save that found no connection again (the main window calls this when
        the connection returns); closes the form afterwards if that was the intent."""
        if not self.session.waiting_to_save:
            return False
        self.session.waiting_to_save = False
        if not self.save():
            return False
        if self._close_after_save:
            self._close_confirmed = True
            self.accept()
        return True

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True when the editor may close now."""
        if self._close_confirmed or not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self, self._what())
        if answer is dialogs.Unsaved.SAVE:
            if not self.save():
                return False
        elif answer is not dialogs.Unsaved.DISCARD:
            return False
        self._close_confirmed = True
        return True

    # ------------------------------------------------------------ closing

    def _what(self) -> str:
        return self.session.kind.this()

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here (QDialog's
        # closeEvent calls reject and refuses the close while the dialog stays open).
        if self._close_confirmed or not self.is_dirty():
            super().reject()
            return
        answer = dialogs.ask_unsaved(self, self._what())
        if answer is dialogs.Unsaved.SAVE:
            self._close_after_save = True
            if self.save():
                self.accept()
        elif answer is dialogs.Unsaved.DISCARD:
            self._close_confirmed = True
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()  # Enter on a button the user tabbed to presses it
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _save_and_close(self) -> None:
        self._close_after_save = True
        if self.save():
            self._close_confirmed = True
            self.accept()
