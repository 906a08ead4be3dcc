"""Sending a referral's letter by email from the window: check, confirm, send off the UI
thread, then show the passphrase once for the desk to read to the client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opcc_desk.services import email_letters
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.i18n import status_text
from opcc_desk.ui.operations import Operation


def send_by_email(
    ctx: ServiceContext, referral_id: int, parent: QWidget | None
) -> Operation[email_letters.SentLetter] | None:
    """Send the referral's newest letter (made first when it has none) after asking;
    None when it cannot go (said why) or the person at the desk said no."""
    title = QCoreApplication.translate("EmailSend", "Send by email")
    try:
        address = email_letters.check_send(ctx, referral_id)
    except ServiceError as error:
        dialogs.show_error(parent, title, str(error))
        return None
    question = QCoreApplication.translate(
        "EmailSend",
        "Send the letter for referral {referral} to {address} as an encrypted PDF?\n\n"
        "Then read the client the passphrase that opens it, by phone. It is shown only "
        "once and never sent by email.",
    ).format(referral=referral_id, address=address)
    if not dialogs.ask_yes_no(parent, title, question):
        return None
    ended = email_letters.ending(ctx, referral_id)
    if ended is not None and not dialogs.ask_yes_no(
        parent,
        title,
        QCoreApplication.translate(
            "EmailSend",
            "Referral {referral} has ended: its status is {status}. The letter would send "
            "the client to a therapist for a referral that is no longer open.\n\n"
            "Send it anyway?",
        ).format(referral=referral_id, status=status_text(ended)),
    ):
        return None
    # a letter made for the send draws with fonts parsed here, on the UI thread
    from opcc_desk.letters.fonts import register_fonts

    register_fonts()
    operation: Operation[email_letters.SentLetter] = Operation(
        lambda _progress: email_letters.send_letter(
            ctx, referral_id, allow_ended=ended is not None
        ),
        parent=parent,
        title=title,
        label=QCoreApplication.translate("EmailSend", "Sending the letter…"),
    )
    operation.succeeded.connect(lambda sent: _show_passphrase(parent, sent))
    operation.start()
    return operation


def _show_passphrase(parent: QWidget | None, sent: email_letters.SentLetter) -> None:
    text = QCoreApplication.translate(
        "EmailSend",
        "The letter (version {version}) was sent to {address}. Read this passphrase to the "
        "client by phone, letter by letter; they type it, dashes included, to open the "
        "attached PDF. It is not kept anywhere and will not be shown again.",
    ).format(version=sent.version, address=sent.address)
    dialogs.show_passphrase(
        parent,
        QCoreApplication.translate("EmailSend", "Passphrase for the client"),
        text,
        sent.passphrase,
    )
