"""Therapists → Publish directory…: see who will be listed and with which contact, then
write the website, directory.json and the handout into a folder (off the UI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.validation import language_name
from opcc_desk.publish import MARKER
from opcc_desk.services import directory
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, i18n
from opcc_desk.ui.operations import Operation, Progress
from opcc_desk.ui.widgets.dialog_parts import fit_on_screen

COLUMNS = (
    str(QT_TRANSLATE_NOOP("DirectoryDialog", "Name")),
    str(QT_TRANSLATE_NOOP("DirectoryDialog", "Approaches")),
    str(QT_TRANSLATE_NOOP("DirectoryDialog", "Languages")),
    str(QT_TRANSLATE_NOOP("DirectoryDialog", "Sessions")),
    str(QT_TRANSLATE_NOOP("DirectoryDialog", "Accepting")),
    str(QT_TRANSLATE_NOOP("DirectoryDialog", "Contact shown")),
)
DEFAULT_NAME = "referral-directory"


def open_in_browser(url: QUrl) -> bool:
    """The system's browser (tests replace this)."""
    return QDesktopServices.openUrl(url)


class DirectoryDialog(QDialog):
    published = Signal(str)  # the folder, once the publication is in place

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Publish the referral directory"))
        self.resize(900, 620)
        self.operation: Operation[directory.Publication] | None = None

        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder to publish into"))
        self.folder.setPlaceholderText(self.tr("a new folder, or one published before"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the printed handout"))
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        # the handout starts in the language the person at the desk reads
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        columns = [self.tr(name) for name in COLUMNS]
        self.table = QTableWidget(0, len(columns))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Therapists who will be listed"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the approaches give way (elided, whole in the tooltip) so the contact stays in view
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(
            self.tr(
                "The website has English and French pages; the printed handout is in the "
                "language chosen here. Publishing again replaces the folder in one step."
            )
        )
        self.status.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.publish_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open in browser"))
        self.open_button.setEnabled(False)  # once something is published
        self._index: Path | None = None
        close = QPushButton(self.tr("Close"))

        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button)
        form = QFormLayout()
        for text, field, row in (
            (self.tr("&Folder:"), self.folder, where),
            (self.tr("&Handout in:"), self.language, self.language),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.publish_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.choose_button.clicked.connect(self.choose_folder)
        self.folder.textChanged.connect(lambda _text: self._update_button())
        self.publish_button.clicked.connect(lambda: self.publish())
        self.open_button.clicked.connect(self.open_published)
        close.clicked.connect(self.accept)
        self._update_button()

    # ------------------------------------------------------------ preview

    def load(self) -> bool:
        """Show who would be published now; False (with a message) when it cannot."""
        try:
            preview = directory.preview(self._ctx)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Cannot read the directory"), str(error))
            return False
        catalogue = preview.directory.catalogue
        listings = preview.directory.listings
        self.table.setRowCount(len(listings))
        for row, listing in enumerate(listings):
            formats = [
                name
                for name, offered in (
                    (self.tr("In person"), listing.in_person),
                    (self.tr("Online"), listing.online),
                )
                if offered
            ]
            contact = (
                self.tr("Their own phone and email")
                if listing.contact.own
                else self.tr("The clinic's intake contact")
            )
            cells = (
                listing.name,
                ", ".join(i18n.approach_label(catalogue, key) for key in listing.approaches),
                ", ".join(
                    language_name(code, i18n.current_language()) for code in listing.languages
                ),
                ", ".join(formats),
                self.tr("Yes") if listing.accepting else self.tr("No"),
                contact,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        own = sum(1 for listing in listings if listing.contact.own)
        parts = [self.tr("%n therapist(s) will be listed.", "", len(listings))]
        if preview.left_out:
            parts.append(
                self.tr("%n asked not to be listed and will not appear.", "", preview.left_out)
            )
        parts.append(
            self.tr(
                "%n chose to show their own phone and email; the others show the clinic's "
                "intake contact. Archived therapists and client records are never published.",
                "",
                own,
            )
        )
        self.summary.setText(" ".join(parts))
        return True

    # ------------------------------------------------------------ folder

    def choose_folder(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Where to publish the directory"))
        if not chosen:
            return
        path = Path(chosen)
        # a folder that holds other things gets the directory in a new folder inside it
        if (path / MARKER).is_file() or not any(path.iterdir()):
            self.folder.setText(str(path))
        else:
            self.folder.setText(str(path / DEFAULT_NAME))

    def _update_button(self) -> None:
        running = self.operation is not None and self.operation.running
        self.publish_button.setEnabled(bool(self.folder.text().strip()) and not running)

    # ------------------------------------------------------------ publishing

    def publish(self) -> Operation[directory.Publication] | None:
        text = self.folder.text().strip()
        if not text:
            return None
        target = Path(text).expanduser()
        language = str(self.language.currentData())
        ctx = self._ctx

        writing = self.tr("Writing the website, directory.json and the handout…")

        def work(progress: Progress) -> directory.Publication:
            progress.report(0, 0, writing)
            return directory.publish(ctx, target, language)

        self.status.setText(self.tr("Publishing…"))
        # the fonts are parsed here, on the UI thread, once per process: parsing them on
        # the worker thread while Qt ran its event loop crashed the test process twice
        from opcc_desk.letters.fonts import register_fonts

        register_fonts()
        operation: Operation[directory.Publication] = Operation(
            work,
            parent=self,
            title=self.tr("Publish the directory"),
            label=self.tr("Publishing…"),
        )
        operation.succeeded.connect(self._published)
        operation.failed.connect(
            lambda _error: self.status.setText(
                self.tr("Nothing was published; the folder is as it was before.")
            )
        )
        operation.finished.connect(self._update_button)
        self.operation = operation
        operation.start()
        self._update_button()
        return operation

    def _published(self, result: object) -> None:
        assert isinstance(result, directory.Publication)
        self.status.setText(
            self.tr(
                "Published %n therapist(s) to {folder}. Open it in the browser to look, or let "
                "the website copy the folder.",
                "",
                result.therapists,
            ).format(folder=result.folder)
        )
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._index = result.folder / "index.html"
        self.open_button.setEnabled(True)
        self.published.emit(str(result.folder))

    def open_published(self) -> bool:
        if self._index is None:
            return False
        return open_in_browser(QUrl.fromLocalFile(str(self._index)))


def open_directory_dialog(ctx: ServiceContext, parent: QWidget | None = None) -> DirectoryDialog:
    """Open the dialog without blocking the window (it closes and is deleted on its own)."""
    dialog = DirectoryDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.load():
        fit_on_screen(dialog)
        dialog.open()
    else:
        dialog.close()
    return dialog
