"""The Referrals tab's letter buttons.

Kept apart from letter_view so the tab can show its buttons without loading the
letter machinery (ReportLab, Qt's PDF and printing modules): that is loaded when a
button is first pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs

if TYPE_CHECKING:
    from opcc_desk.services.email_letters import SentLetter
    from opcc_desk.ui.letter_view import BatchResult, LetterDialog
    from opcc_desk.ui.operations import Operation


class LetterActions(QObject):
    """The Referrals tab's letter buttons: one referral's letter, or a batch for the
    selected ones. ``selected_ids`` gives the referral numbers selected in the table."""

    def __init__(
        self, ctx: ServiceContext, selected_ids: Callable[[], list[int]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._selected_ids = selected_ids
        self._parent = parent
        self.letter_button = QPushButton(self.tr("&Letter…"))
        self.letter_button.setToolTip(
            self.tr("Preview, print or save the selected referral's letter, or make a new version")
        )
        self.batch_button = QPushButton(self.tr("Letters for &selected…"))
        self.batch_button.setToolTip(
            self.tr(
                "Save a letter for every selected referral in a folder (a stored letter is "
                "used as it is; referrals without one get a new one)"
            )
        )
        self.email_button = QPushButton(self.tr("Send by e&mail…"))
        self.email_button.setToolTip(
            self.tr(
                "Send the selected referral's newest letter to the client as an encrypted "
                "PDF (with their consent); you then read them the passphrase by phone"
            )
        )
        self.buttons = (self.letter_button, self.batch_button, self.email_button)
        self.email_button.clicked.connect(lambda: self.send_by_email())
        self.letter_button.clicked.connect(lambda: self.open_letter())
        self.batch_button.clicked.connect(lambda: self.make_batch())
        self.operation: Operation[BatchResult] | None = None
        self.update()

    def update(self) -> None:
        count = len(self._selected_ids())
        self.letter_button.setEnabled(count == 1)
        self.email_button.setEnabled(count == 1)
        self.batch_button.setEnabled(count >= 1)

    def open_letter(self) -> LetterDialog | None:
        chosen = self._selected_ids()
        if len(chosen) != 1:
            return None
        from opcc_desk.ui.letter_view import LetterDialog

        dialog = LetterDialog(self._ctx, chosen[0], self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not dialog.load():
            dialog.deleteLater()
            return None
        dialog.open()
        return dialog

    def send_by_email(self) -> Operation[SentLetter] | None:
        chosen = self._selected_ids()
        if len(chosen) != 1:
            return None
        from opcc_desk.ui.email_send import send_by_email

        return send_by_email(self._ctx, chosen[0], self._parent)

    def make_batch(self) -> Operation[BatchResult] | None:
        chosen = self._selected_ids()
        if not chosen:
            return None
        from opcc_desk.letters.letterhead import LETTERHEAD
        from opcc_desk.services import settings
        from opcc_desk.ui import letter_view

        try:
            examples = not settings.get(self._ctx, LETTERHEAD).is_set
        except ServiceError as error:
            dialogs.show_error(self._parent, self.tr("Referral letters"), str(error))
            return None
        if examples and not dialogs.ask_yes_no(
            self._parent,
            self.tr("Referral letters"),
            self.tr(
                "These letters will show example clinic details (name, address, phone, who "
                "signs), not your clinic's. The director can set them under File > Clinic "
                "details.\n\nMake and save the letters anyway?"
            ),
        ):
            return None
        folder = letter_view.choose_folder(
            self._parent, self.tr("Save %n letter(s) in which folder?", "", len(chosen))
        )
        if not folder:
            return None
        operation = letter_view.start_batch(self._ctx, chosen, Path(folder), self._parent)
        operation.succeeded.connect(
            lambda result: dialogs.show_info(
                self._parent, self.tr("Referral letters"), result.summary()
            )
        )
        self.operation = operation
        return operation
