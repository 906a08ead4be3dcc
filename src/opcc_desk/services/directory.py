"""Publishing the referral directory: a website, directory.json and a PDF handout.

Reads only what may be published (active therapists who chose to be listed, the
catalogue, the clinic's public details): no client table is touched, so no client
data can reach the files. Who appears and with which contact is decided once, in
publish.listing. Each publication is audited once it is in place.

Permission: THERAPISTS. Publishing is keeping the directory, which reception and
the director both do; EXPORT is the right to write *records* (client files
included) out of the program, which this action never does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from opcc_desk.db.catalogue import read_catalogue
from opcc_desk.db.models import TherapistRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.publish import (
    Clinic,
    Directory,
    FolderProblem,
    build_directory,
    directory_json,
    directory_pdf,
    render_site,
    replace_folder,
)
from opcc_desk.publish.folder import check_target
from opcc_desk.publish.words import LANGUAGES
from opcc_desk.services import audit, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import therapist_from_record

NO_SUCH_LANGUAGE = msg(
    "Directory",
    "The directory's handout can be made in English (en) or French (fr), not '{language}'.",
)

JSON_FILE = "directory.json"
PDF_FILE = "directory.pdf"


@dataclass(frozen=True, slots=True)
class Preview:
    directory: Directory
    left_out: int  # active therapists who asked not to be listed


@dataclass(frozen=True, slots=True)
class Publication:
    folder: Path
    therapists: int
    left_out: int
    files: int


def _clinic(session: Session) -> Clinic:
    """The clinic's public details, whose phone and email are the intake contact.

    The one place the directory reads them (today the letterhead setting), so that a
    move of the settings changes this function only.
    """
    head = settings.read(session, LETTERHEAD)
    return Clinic(
        name=head.name,
        address=head.full_address,
        phone=head.phone,
        email=head.email,
        website=head.website,
        logo=head.logo_bytes(),
    )


def _read(ctx: ServiceContext) -> tuple[Directory, int]:
    with ctx.transaction() as session:
        active = TherapistRecord.archived_at.is_(None)
        rows = session.scalars(
            select(TherapistRecord)
            .where(active, TherapistRecord.directory.is_(True))
            .options(
                selectinload(TherapistRecord.approach_links),
                selectinload(TherapistRecord.concern_links),
            )
            .order_by(TherapistRecord.ref)
        )
        therapists = [therapist_from_record(row) for row in rows]
        left_out = session.scalar(
            select(func.count())
            .select_from(TherapistRecord)
            .where(active, TherapistRecord.directory.is_(False))
        )
        catalogue = read_catalogue(session)
        clinic = _clinic(session)
    return build_directory(therapists, catalogue, clinic, ctx.today()), left_out or 0


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ServiceError(say(NO_SUCH_LANGUAGE, language=language))
    return language


def directory_files(directory: Directory, language: str) -> dict[str, bytes]:
    """Every file of a publication by its path in the folder."""
    files = render_site(directory)
    files[JSON_FILE] = directory_json(directory)
    files[PDF_FILE] = directory_pdf(directory, language)
    return files


def preview(ctx: ServiceContext) -> Preview:
    """Who a publication would list now, and with which contact; nothing is written."""
    ctx.require(Permission.THERAPISTS)
    directory, left_out = _read(ctx)
    return Preview(directory=directory, left_out=left_out)


def publish(ctx: ServiceContext, folder: Path, language: str = "en") -> Publication:
    """Write the directory into ``folder``, replacing a previous publication there in
    one step; ``language`` is the handout's (the website carries both)."""
    ctx.require(Permission.THERAPISTS)
    _language(language)
    try:
        check_target(Path(folder))  # before any work: a wrong folder is said at once
        directory, left_out = _read(ctx)
        files = directory_files(directory, language)
        replace_folder(Path(folder), files)
    except FolderProblem as problem:
        raise ServiceError(str(problem)) from None
    count = len(directory.listings)
    audit.log(
        ctx,
        Action.EXPORT,
        "therapist",
        "",
        f"directory published: {count} therapists, {len(files)} files (website, JSON, PDF)",
    )
    return Publication(folder=Path(folder), therapists=count, left_out=left_out, files=len(files))
