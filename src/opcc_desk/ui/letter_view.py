"""Referral letters in the window: preview, print, save, new version, and batches.

What is shown, printed and saved is always a stored letter, byte for byte: the
preview loads the stored PDF, Print prints those pages, Save as writes those bytes.
A new version is made only when the desk asks for one.

Questions that open a system dialog (the printer, a folder) are small functions
here, like those of :mod:`opcc_desk.ui.dialogs`, so tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.validation import language_name
from opcc_desk.services import email_letters, letters
from opcc_desk.services.consent import NoConsent
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError
from opcc_desk.ui import dialogs, i18n, theme
from opcc_desk.ui.operations import Operation, Progress

PRINT_DPI = 300  # pages are rendered at this resolution for the printer
# the letters' languages, each named as it names itself (as in File → Language…)
LANGUAGE_NAMES = i18n.NATIVE_NAMES
# a referral that has ended, as the question before its letter names it
ENDED_STATUSES = {
    "closed": str(QT_TRANSLATE_NOOP("LetterDialog", "closed")),
    "declined": str(QT_TRANSLATE_NOOP("LetterDialog", "declined")),
    "no_response": str(QT_TRANSLATE_NOOP("LetterDialog", "no response")),
    "withdrawn": str(QT_TRANSLATE_NOOP("LetterDialog", "withdrawn")),
}


class LetterWords(QObject):
    """The context of the batch summary's counts: lupdate marks a plural only in a
    ``Class.tr(text, "", n)`` call."""


def _when(moment: datetime) -> str:
    """A stored letter's or a send's time: the day in the window's language, then the
    hour on the 24-hour clock as that language writes it ("14:05", « 14 h 05 »)."""
    time = QCoreApplication.translate("LetterView", "{hour}:{minute}").format(
        hour=f"{moment.hour:02d}", minute=f"{moment.minute:02d}"
    )
    return QCoreApplication.translate("LetterView", "{day} at {time}").format(
        day=i18n.ui_date(moment), time=time
    )


# ------------------------------------------------------------------ questions (replaceable)


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LetterView", "Print letter"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    folder = QFileDialog.getExistingDirectory(parent, title)
    return folder or None


# ------------------------------------------------------------------ PDF helpers


class PdfPane(QWidget):
    """A PDF shown from bytes in memory. QtPdf loads asynchronously: ``ready`` fires
    once the pages can be drawn (or ``failed`` when the bytes are not a PDF)."""

    ready = Signal()
    failed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self.pdf = b""
        self.document.statusChanged.connect(self._status_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, pdf: bytes) -> None:
        self.document.close()
        self.pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def clear(self) -> None:
        self.document.close()
        self.pdf = b""

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.ready.emit()
        elif status == QPdfDocument.Status.Error:
            self.failed.emit()


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of a loaded PDF, scaled to fit the paper; returns the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError("The printer could not be started; check it is on and try again.")
    try:
        pages = document.pageCount()
        dpi = min(printer.resolution(), PRINT_DPI)
        for page in range(pages):
            if page and not printer.newPage():
                raise ServiceError("The printer stopped part-way; check it and print again.")
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - size.width()) // 2,
                area.y() + (area.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, image)
        return pages
    finally:
        painter.end()


def pdf_text(path: Path) -> list[str]:
    """The text of each page of a PDF file, as QtPdf reads it (the self-test's check)."""
    document = QPdfDocument()
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise ValueError(f"QtPdf cannot read {path.name}: {error.name}")
        return [document.getAllText(page).text() for page in range(document.pageCount())]
    finally:
        document.close()


def wait_until_ready(pane: PdfPane, timeout_ms: int = 5000) -> bool:
    """Block (running the event loop) until the pane's PDF is loaded."""
    if pane.is_ready():
        return True
    loop = QEventLoop()
    pane.ready.connect(loop.quit)
    pane.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return pane.is_ready()


def print_pane(parent: QWidget, pane: PdfPane, printed: Callable[[], None] = lambda: None) -> bool:
    """Ask for a printer and print the PDF ``pane`` shows, then call ``printed``; a failure
    of either is shown to the user. False when nothing was printed."""
    printer = choose_printer(parent)
    if printer is None:
        return False
    try:
        print_document(pane.document, printer)
        printed()
    except ServiceError as error:
        dialogs.show_error(parent, QCoreApplication.translate("LetterView", "Print"), str(error))
        return False
    return True


def save_pdf(
    parent: QWidget,
    titles: tuple[str, str],
    suggested: str,
    pdf: bytes,
    saved: Callable[[], None] = lambda: None,
) -> Path | None:
    """Ask where to save ``pdf`` (``.pdf`` added when the name has no such ending), write
    it owner-only, then call ``saved``. ``titles``: the file dialog's, and the message's
    when saving fails (shown to the user). The path written, or None."""
    ask, failed = titles
    chosen = dialogs.choose_save_path(
        parent, ask, suggested, QCoreApplication.translate("LetterView", "PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        letters.write_private_file(path, pdf)
        saved()
    except ServiceError as error:
        dialogs.show_error(parent, failed, str(error))
        return None
    return path


# ------------------------------------------------------------------ one referral's letters


class LetterDialog(QDialog):
    """The stored letters of one referral: preview, Print, Save as, New version."""

    def __init__(
        self, ctx: ServiceContext, referral_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.referral_id = referral_id
        self.current: letters.StoredLetter | None = None
        self._check: letters.LetterCheck | None = None
        self.setWindowTitle(self.tr("Letter for referral {referral}").format(referral=referral_id))
        self.resize(820, 900)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Stored versions"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of a new version"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(theme.style(color="warning"))
        # until the director sets the clinic's details, every letter shows the examples
        self.example_banner = QLabel(
            self.tr(
                "These letters use example clinic details (name, address, phone, who signs). "
                "The director sets the clinic's own under File > Clinic details; until then, "
                "check before a letter leaves the desk."
            )
        )
        self.example_banner.setWordWrap(True)
        self.example_banner.setStyleSheet(
            theme.style(background="warning_background", color="text")
            + f" border-left: 4px solid {theme.colours().warning}; padding: 6px;"
        )
        self.example_banner.hide()
        self.mail_note = QLabel(
            self.tr(
                "This letter cannot be mailed: the client's address is incomplete (a street "
                "and a postal code are needed). It can still be handed over or emailed."
            )
        )
        self.mail_note.setWordWrap(True)
        self.mail_note.hide()
        self.pane = PdfPane(self)
        self.pane.view.setAccessibleName(self.tr("Letter preview"))
        self.sent_note = QLabel()
        self.sent_note.setWordWrap(True)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.new_button = QPushButton(self.tr("&New version"))
        self.email_button = QPushButton(self.tr("Send by e&mail…"))
        self.email_button.setToolTip(
            self.tr("Send the newest version to the client as an encrypted PDF")
        )
        self.new_button.setToolTip(
            self.tr("Make the letter again from today's records; the old one is kept")
        )
        close = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:")))
        top.addWidget(self.versions, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("New versions in:")))
        top.addWidget(self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.example_banner)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
        layout.addWidget(self.sent_note)
        layout.addWidget(self.mail_note)
        layout.addWidget(self.pane, 1)
        layout.addLayout(buttons)

        self.versions.currentIndexChanged.connect(self._version_chosen)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.new_button.clicked.connect(lambda: self.new_version())
        self.email_button.clicked.connect(lambda: self.send_by_email())
        close.clicked.connect(self.accept)
        self._update_buttons()

    # -------------------------------------------------------------- loading

    def load(self) -> bool:
        """Show the newest stored letter, making the first one when there is none.
        Returns False when the referral cannot be shown (the error was shown)."""
        try:
            check = letters.check_letter(self._ctx, self.referral_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Letter"), str(error))
            return False
        self._check = check
        self.heading.setText(
            self.tr("<b>Referral {referral}</b>: letter to {client}").format(
                referral=self.referral_id, client=_escape(check.client_name)
            )
        )
        index = self.language.findData(check.language)
        self.language.setCurrentIndex(max(index, 0))
        self.note.setText(check.language_note)
        self.note.setVisible(bool(check.language_note))
        self._show_missing(check.missing)
        self._show_notes(check)
        if check.has_letters:
            self._refresh_versions()
            return True
        return self.new_version() is not None

    def _show_notes(self, check: letters.LetterCheck) -> None:
        self.example_banner.setVisible(check.example_details)
        self.mail_note.setVisible(not check.mailable)

    def _examples_confirmed(self, title: str) -> bool:
        """While the clinic's details are the examples, whether the desk wants the
        letter out anyway (asked each time: it is easy to miss a banner)."""
        if self._check is None or not self._check.example_details:
            return True
        return dialogs.ask_yes_no(
            self,
            title,
            self.tr(
                "This letter shows example clinic details (name, address, phone, who signs), "
                "not your clinic's. The director can set them under File > Clinic details.\n\n"
                "Use this letter anyway?"
            ),
        )

    def _show_missing(self, missing: tuple[str, ...]) -> None:
        text = ""
        if missing:
            text = self.tr(
                "Some characters of this letter cannot be printed by the program's fonts and "
                "show as empty boxes: {characters}. Check the spelling in the record."
            ).format(characters=", ".join(missing))
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _refresh_versions(self, select: int | None = None) -> None:
        stored = letters.list_letters(self._ctx, self.referral_id)
        self.versions.blockSignals(True)
        self.versions.clear()
        for info in stored:
            when = _when(info.created_at)
            language = (
                LANGUAGE_NAMES[info.language]
                if info.language in LANGUAGE_NAMES
                else language_name(info.language, i18n.current_language())
            )
            if info.created_by:
                text = self.tr("Version {version}: {when} by {user}, {language}")
            else:
                text = self.tr("Version {version}: {when}, {language}")
            self.versions.addItem(
                text.format(
                    version=info.version, when=when, user=info.created_by, language=language
                ),
                info.version,
            )
        if not stored:
            self.versions.addItem(self.tr("No letter yet"), None)
        self._show_sends()
        self.versions.blockSignals(False)
        index = self.versions.findData(select) if select is not None else 0
        self.versions.setCurrentIndex(max(index, 0))
        self._version_chosen()

    def _show_sends(self) -> None:
        """Which versions went to the client by email, newest first (who, when, where)."""
        try:
            sends = email_letters.sends_for(self._ctx, self.referral_id)
        except ServiceError:
            sends = []
        lines = [
            self.tr("Version {version} sent by email to {address} on {when} by {user}").format(
                version=s.version,
                address=s.address,
                when=_when(s.sent_at),
                user=s.sent_by or "—",
            )
            for s in sends
        ]
        self.sent_note.setText("\n".join(lines))
        self.sent_note.setVisible(bool(lines))

    def _version_chosen(self, _index: int = 0) -> None:
        version = self.versions.currentData()
        if version is None:
            self.current = None
            self.pane.clear()
        else:
            try:
                self.current = letters.stored_letter(self._ctx, self.referral_id, int(version))
            except ServiceError as error:
                self.current = None
                self.pane.clear()
                dialogs.show_error(self, self.tr("Letter"), str(error))
            else:
                self.pane.show_pdf(self.current.pdf)
        self._update_buttons()

    def show_version(self, version: int) -> None:
        """Show one stored version (the client's page opens the letter it lists)."""
        self._refresh_versions(select=version)

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.current is not None)
        self.save_button.setEnabled(self.current is not None)

    # -------------------------------------------------------------- actions

    def new_version(self) -> letters.StoredLetter | None:
        """Make and store a new version in the chosen language; warn first about any
        character that would print as an empty box."""
        language = str(self.language.currentData())
        try:
            check = letters.check_letter(self._ctx, self.referral_id, language)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Letter"), str(error))
            return None
        self._show_missing(check.missing)
        self._check = check
        self._show_notes(check)
        if check.missing and not dialogs.ask_yes_no(
            self,
            self.tr("Characters that cannot be printed"),
            self.tr(
                "These characters of the letter cannot be printed by the program's fonts and "
                "would show as empty boxes:\n\n{characters}\n\n"
                "Check the spelling in the record first. Make the letter anyway?"
            ).format(characters="\n".join(check.missing)),
        ):
            if self.versions.count() == 0:
                self._refresh_versions()
            return None
        if check.ended is not None and not self._confirm_ended(check.ended.value):
            if self.versions.count() == 0:
                self._refresh_versions()
            return None
        try:
            made = letters.generate_letter(
                self._ctx,
                self.referral_id,
                language,
                allow_missing=bool(check.missing),
                allow_ended=check.ended is not None,
            )
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Letter not made"), str(error))
            return None
        self._refresh_versions(select=made.info.version)
        return made

    def _confirm_ended(self, status: str) -> bool:
        """A referral that has ended gets a letter only when the desk means it."""
        return dialogs.ask_yes_no(
            self,
            self.tr("Referral has ended"),
            self.tr(
                "Referral {referral} has ended: its status is {status}. A letter would send "
                "the client to a therapist for a referral that is no longer open.\n\n"
                "Make the letter anyway?"
            ).format(
                referral=self.referral_id,
                status=self.tr(ENDED_STATUSES[status])
                if status in ENDED_STATUSES
                else status.replace("_", " "),
            ),
        )

    def send_by_email(self) -> Operation[email_letters.SentLetter] | None:
        from opcc_desk.ui.email_send import send_by_email

        if not self._examples_confirmed(self.tr("Send by email")):
            return None
        operation = send_by_email(self._ctx, self.referral_id, self)
        if operation is not None:
            # a letter made for the send shows up among the versions, and the send below them
            operation.succeeded.connect(lambda _sent: self._refresh_versions())
        return operation

    def print_letter(self) -> bool:
        """Print the stored letter shown (never a fresh one)."""
        if self.current is None:
            return False
        if not self._examples_confirmed(self.tr("Print")):
            return False
        if not wait_until_ready(self.pane):
            dialogs.show_error(
                self, self.tr("Print"), self.tr("The letter could not be opened for printing.")
            )
            return False
        version = self.current.info.version
        return print_pane(
            self,
            self.pane,
            lambda: letters.record_output(self._ctx, self.referral_id, version, "printed"),
        )

    def save_letter(self) -> Path | None:
        if self.current is None:
            return None
        if not self._examples_confirmed(self.tr("Save as")):
            return None
        version = self.current.info.version
        return save_pdf(
            self,
            (self.tr("Save the letter"), self.tr("Letter not saved")),
            self.current.file_name,
            self.current.pdf,
            lambda: letters.record_output(self._ctx, self.referral_id, version, "saved to a file"),
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ batches


@dataclass
class BatchResult:
    folder: Path
    total: int
    made: list[int] = field(default_factory=list)  # referral ids with a new letter
    reused: list[int] = field(default_factory=list)  # referral ids whose stored letter was used
    skipped: list[str] = field(default_factory=list)  # why, one line per referral
    cancelled: bool = False

    def summary(self) -> str:
        lines = []
        if self.cancelled:
            lines.append(
                LetterWords.tr(
                    "Stopped at Cancel: %n letter(s) saved of {total}.",  # type: ignore[arg-type]
                    "",
                    self.done,  # type: ignore[arg-type]
                ).format(total=self.total)
            )
        if self.made:
            lines.append(
                LetterWords.tr(
                    "%n new letter(s) made and stored.",  # type: ignore[arg-type]
                    "",
                    len(self.made),  # type: ignore[arg-type]
                )
            )
        if self.reused:
            lines.append(
                LetterWords.tr(
                    "%n letter(s) already stored were used as they are.",  # type: ignore[arg-type]
                    "",
                    len(self.reused),  # type: ignore[arg-type]
                )
            )
        if self.done:
            lines.append(
                QCoreApplication.translate("LetterView", "Saved in {folder}.").format(
                    folder=self.folder
                )
            )
        if self.skipped:
            lines.append(QCoreApplication.translate("LetterView", "Not made:"))
            lines.extend(f"  {line}" for line in self.skipped)
        return "\n".join(lines) or QCoreApplication.translate("LetterView", "No letter was made.")

    @property
    def done(self) -> int:
        return len(self.made) + len(self.reused)


def batch_work(
    ctx: ServiceContext, referral_ids: list[int], folder: Path
) -> Callable[[Progress], BatchResult]:
    # the words are looked up here, on the UI thread, and filled in on the worker
    one_of = QCoreApplication.translate("LetterView", "Letter {number} of {total}…")
    done = QCoreApplication.translate("LetterView", "Done")

    def work(progress: Progress) -> BatchResult:
        result = BatchResult(folder=folder, total=len(referral_ids))
        for number, referral_id in enumerate(referral_ids):
            if progress.cancelled:
                result.cancelled = True
                break
            progress.report(
                number,
                len(referral_ids),
                one_of.format(number=number + 1, total=len(referral_ids)),
            )
            try:
                letter, made = letters.letter_for_batch(ctx, referral_id)
                letters.write_private_file(folder / letter.file_name, letter.pdf)
            except (
                letters.UnprintableCharacters,
                letters.ReferralEnded,
                NoConsent,
                NotFound,
            ) as error:
                result.skipped.append(str(error))
                continue
            (result.made if made else result.reused).append(referral_id)
        else:
            progress.report(len(referral_ids), len(referral_ids), done)
        return result

    return work


def start_batch(
    ctx: ServiceContext, referral_ids: list[int], folder: Path, parent: QWidget | None
) -> Operation[BatchResult]:
    """Make (or reuse) each referral's letter and save it in ``folder``, off the UI
    thread, with a progress dialog whose Cancel stops after the current letter."""
    # the fonts are parsed here, on the UI thread, once per process: parsing them on
    # the worker thread while Qt ran its event loop crashed the test process twice
    from opcc_desk.letters.fonts import register_fonts

    register_fonts()
    operation: Operation[BatchResult] = Operation(
        batch_work(ctx, referral_ids, folder),
        parent=parent,
        title=QCoreApplication.translate("LetterView", "Referral letters"),
        label=QCoreApplication.translate("LetterView", "Making letters…"),
    )
    operation.start()
    return operation
