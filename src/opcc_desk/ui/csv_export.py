"""Saving a list as CSV from the window: ask where, write it, say how many rows went."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from opcc_desk.services import referrals, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs


class CsvWords(QObject):
    """The translation context of the export messages: a plural needs a class's tr, which
    pyside6-lupdate reads as a plural only in the form ``Class.tr(text, "", n)`` (its
    stub wants an instance, hence the type: ignore below)."""


def _clients_saved(count: int) -> str:
    return CsvWords.tr("%n client(s) saved to {path}.", "", count)  # type: ignore[arg-type]


def _referrals_saved(count: int) -> str:
    return CsvWords.tr("%n referral(s) saved to {path}.", "", count)  # type: ignore[arg-type]


def _words(text: str) -> str:
    return QCoreApplication.translate("CsvWords", text)


@dataclass(frozen=True, slots=True)
class CsvExport:
    """One list the desk can export, and what it is told along the way (the titles are
    marked for translation here and translated when shown)."""

    ask: str  # the file dialog's title
    file_name: str  # suggested
    failed: str  # the title of the message when nothing was written
    done: str  # the title of the message when it was
    saved: Callable[[int, str], str]  # the message: so many rows saved to that file
    write: Callable[[ServiceContext, Path], int]  # the service that writes it; rows written


WAITLIST = CsvExport(
    str(QT_TRANSLATE_NOOP("CsvWords", "Export the waitlist")),
    "waitlist.csv",
    str(QT_TRANSLATE_NOOP("CsvWords", "The waitlist was not exported")),
    str(QT_TRANSLATE_NOOP("CsvWords", "Waitlist exported")),
    lambda count, path: _clients_saved(count).format(path=path),
    lambda ctx, path: waitlist.export_waitlist(ctx, path),
)
REFERRALS = CsvExport(
    str(QT_TRANSLATE_NOOP("CsvWords", "Export the referral list")),
    "referrals.csv",
    str(QT_TRANSLATE_NOOP("CsvWords", "The list was not exported")),
    str(QT_TRANSLATE_NOOP("CsvWords", "Referral list exported")),
    lambda count, path: _referrals_saved(count).format(path=path),
    lambda ctx, path: referrals.export_referrals(ctx, path),
)


def export_csv(parent: QWidget, ctx: ServiceContext, export: CsvExport) -> None:
    path = dialogs.choose_save_path(
        parent,
        _words(export.ask),
        export.file_name,
        QCoreApplication.translate("CsvWords", "CSV files (*.csv)"),
    )
    if not path:
        return
    try:
        count = export.write(ctx, Path(path))
    except ServiceError as error:
        dialogs.show_error(parent, _words(export.failed), str(error))
        return
    dialogs.show_info(parent, _words(export.done), export.saved(count, path))
