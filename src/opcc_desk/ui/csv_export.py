"""Saving a list as CSV from the window: ask where, write it, say how many rows went."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from opcc_desk.services import referrals, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs


@dataclass(frozen=True, slots=True)
class CsvExport:
    """One list the desk can export, and what it is told along the way."""

    ask: str  # the file dialog's title
    file_name: str  # suggested
    failed: str  # the title of the message when nothing was written
    done: str  # the title of the message when it was
    unit: str  # what one row is, counted in that message
    write: Callable[[ServiceContext, Path], int]  # the service that writes it; rows written


WAITLIST = CsvExport(
    "Export the waitlist",
    "waitlist.csv",
    "The waitlist was not exported",
    "Waitlist exported",
    "clients",
    lambda ctx, path: waitlist.export_waitlist(ctx, path),
)
REFERRALS = CsvExport(
    "Export the referral list",
    "referrals.csv",
    "The list was not exported",
    "Referral list exported",
    "referrals",
    lambda ctx, path: referrals.export_referrals(ctx, path),
)


def export_csv(parent: QWidget, ctx: ServiceContext, export: CsvExport) -> None:
    path = dialogs.choose_save_path(parent, export.ask, export.file_name, "CSV files (*.csv)")
    if not path:
        return
    try:
        count = export.write(ctx, Path(path))
    except ServiceError as error:
        dialogs.show_error(parent, export.failed, str(error))
        return
    dialogs.show_info(parent, export.done, f"{count} {export.unit} saved to {path}.")
