"""Referral letters: make one, keep it unchanged, print the kept copy.

Every generated letter is stored exactly as printed (PDF bytes, SHA-256, who, when,
version, language) in the same transaction that read what it says. Printing again
prints the stored bytes; a new version is made only when the desk asks for one.
Making a letter changes nothing else: the referral's status is the desk's to move.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from opcc_desk.atomic_files import write_private
from opcc_desk.db.models import LetterRecord, ReferralRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import Modality, ReferralStatus
from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.postal import MailingAddress
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words import messages
from opcc_desk.domain.words.lists import mid_sentence
from opcc_desk.domain.words.messages import Message, msg, say
from opcc_desk.letters import (
    LANGUAGES,
    ApproachInfo,
    Fit,
    LetterData,
    TherapistInfo,
    build_letter,
    describe_character,
    missing_in_letter,
)
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.matching import PairFacts, pair_facts
from opcc_desk.services import audit, consent, settings
from opcc_desk.services.consent import require_consent
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import FileNotWritten, NotFound, ServiceError
from opcc_desk.services.mapping import client_from_record, therapist_from_record


@dataclass(frozen=True, slots=True)
class LetterInfo:
    referral_id: int
    version: int
    language: str
    created_at: datetime
    created_by: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class StoredLetter:
    info: LetterInfo
    pdf: bytes

    @property
    def file_name(self) -> str:
        return f"referral-{self.info.referral_id}-letter-{self.info.version}.pdf"


@dataclass(frozen=True, slots=True)
class LetterCheck:
    """What the desk should know before a letter is made."""

    referral_id: int
    language: str  # the language the letter will be in
    language_note: str  # why it is not the client's language, when it is not
    missing: tuple[str, ...]  # characters no bundled font can draw, described
    client_name: str
    has_letters: bool
    ended: ReferralStatus | None = None  # the referral's ending, when it has ended
    mailable: bool = True  # the client's street and postal code are on file
    example_details: bool = False  # the clinic's details are still the shipped examples

    @property
    def ended_note(self) -> str:
        """Why making a letter needs a second thought, or '' for an open referral."""
        return "" if self.ended is None else ended_note(self.referral_id, self.ended)

    @property
    def notes(self) -> tuple[str, ...]:
        """What the desk should be told before this letter leaves, one line each."""
        out = []
        if self.example_details:
            out.append(say(EXAMPLE_DETAILS_NOTE))
        if not self.mailable:
            out.append(say(NOT_MAILABLE_NOTE))
        return tuple(out)


EXAMPLE_DETAILS_NOTE = msg(
    "Letters",
    "These letters use example clinic details (name, address, phone, signatory); the "
    "director sets the clinic's own under File > Clinic details, or with 'opcc-desk clinic set'.",
)
NOT_MAILABLE_NOTE = msg(
    "Letters",
    "This letter cannot be mailed: the client's address is incomplete (a street and a "
    "postal code are needed). It can still be handed over or emailed.",
)
UNPRINTABLE = msg(
    "Letters",
    "Referral {referral}: the letter holds characters that no font of the program "
    "can print, so they would come out as empty boxes: {characters}. Check the "
    "spelling in the record, or make the letter anyway.",
)
# one whole sentence per ending: the status is a word of the sentence, in its language
ENDED = {
    ReferralStatus.CLOSED: msg(
        "Letters",
        "Referral {referral} has ended (closed): a letter would send the client "
        "to a therapist for a referral that is no longer open.",
    ),
    ReferralStatus.DECLINED: msg(
        "Letters",
        "Referral {referral} has ended (declined): a letter would send the client "
        "to a therapist for a referral that is no longer open.",
    ),
    ReferralStatus.NO_RESPONSE: msg(
        "Letters",
        "Referral {referral} has ended (no_response): a letter would send the client "
        "to a therapist for a referral that is no longer open.",
    ),
    ReferralStatus.WITHDRAWN: msg(
        "Letters",
        "Referral {referral} has ended (withdrawn): a letter would send the client "
        "to a therapist for a referral that is no longer open.",
    ),
}
ENDED_OTHERWISE = msg(
    "Letters",
    "Referral {referral} has ended ({status}): a letter would send the client "
    "to a therapist for a referral that is no longer open.",
)
NOT_A_LETTER_LANGUAGE = msg(
    "Letters", "Letters can be made in English (en) or French (fr), not '{requested}'."
)
IN_ENGLISH_INSTEAD = msg(
    "Letters",
    "The client's language is {language}; letters come in English "
    "or French, so this one is in English.",
)
NO_REFERRAL = msg("Letters", "There is no referral with number {referral}.")
NO_LETTER_YET = msg("Letters", "Referral {referral} has no letter yet.")
NO_SUCH_VERSION = msg("Letters", "Referral {referral} has no letter version {version}.")
MADE_TWICE = msg(
    "Letters",
    "Another desk made a letter for referral {referral} at the same moment; "
    "open the referral's letters again.",
)
CHANGED_OUTSIDE = msg(
    "Letters",
    "The stored letter {version} of referral {referral} does not match "
    "its fingerprint: it was changed outside the program. Make a new version.",
)


class UnprintableCharacters(ServiceError):
    """The letter would print empty boxes; the desk decides whether to go ahead."""

    def __init__(self, referral_id: int, missing: list[str]) -> None:
        described = ", ".join(describe_character(char) for char in missing)
        super().__init__(say(UNPRINTABLE, referral=referral_id, characters=described))
        self.referral_id = referral_id
        self.characters = tuple(missing)


class ReferralEnded(ServiceError):
    """A letter for a referral that has ended would send the client to a therapist the
    referral no longer stands for; the desk confirms it first."""

    def __init__(self, referral_id: int, status: ReferralStatus) -> None:
        super().__init__(ended_note(referral_id, status))
        self.referral_id = referral_id
        self.status = status


def ended_note(referral_id: int, status: ReferralStatus) -> str:
    sentence: Message = ENDED.get(status, ENDED_OTHERWISE)
    return say(sentence, referral=referral_id, status=status.value)


def _ending(referral: ReferralRecord) -> ReferralStatus | None:
    status = ReferralStatus(referral.status)
    return None if status.is_open else status


# ------------------------------------------------------------------ language


def letter_language(client_language: str, requested: str | None = None) -> tuple[str, str]:
    """The letter's language and, when it is not the client's, a note saying why."""
    if requested:
        if requested not in LANGUAGES:
            raise ServiceError(say(NOT_A_LETTER_LANGUAGE, requested=requested))
        return requested, ""
    if client_language in LANGUAGES:
        return client_language, ""
    named = language_name(client_language, messages.language())
    return "en", say(IN_ENGLISH_INSTEAD, language=named)


# ------------------------------------------------------------------ what the letter says


def _referral(session: Session, referral_id: int) -> ReferralRecord:
    referral = session.get(ReferralRecord, referral_id)
    if referral is None:
        raise NotFound(say(NO_REFERRAL, referral=referral_id))
    return referral


def _fit(facts: PairFacts, catalogue: Catalogue, language: str) -> Fit:
    """Matching's facts for this pair, with labels in the letter's language."""
    return Fit(
        shared_concerns=_concern_labels(catalogue, facts.shared_concerns, language),
        approach_asked=facts.approach.asked,
        language=language_name(facts.language, language) if facts.language else "",
        in_person_at=facts.in_person_at,
        virtual=facts.virtual,
        shared_times=facts.shared_slots,
        fee_fit=facts.fee_fit if facts.fee_fit in ("full", "sliding") else "",
        gender=facts.gender,
        client_type=facts.client_type,
    )


def _concern_labels(catalogue: Catalogue, keys: Sequence[str], language: str) -> tuple[str, ...]:
    return tuple(mid_sentence(catalogue.concern_label(key, language)) for key in keys)


def _approach_info(facts: PairFacts, catalogue: Catalogue, language: str) -> ApproachInfo | None:
    choice = facts.approach
    entry = catalogue.approaches.get(choice.key)
    if entry is None:
        return None
    wording = entry.text.get(language, entry.text["en"])
    return ApproachInfo(
        label=wording.label,
        label_in_sentence=mid_sentence(wording.label),
        what=wording.what,
        sessions=wording.sessions,
        notice=wording.notice,
        strong_concerns=_concern_labels(catalogue, choice.strong, language),
        weak_concerns=_concern_labels(catalogue, choice.weak, language),
    )


def _letter_data(
    ctx: ServiceContext,
    session: Session,
    catalogue: Catalogue,
    referral_id: int,
    requested: str | None,
    version: int,
) -> tuple[LetterData, str]:
    referral = _referral(session, referral_id)
    require_consent(referral.client.ref, referral.client.consent_to_contact, consent.NO_LETTER)
    client = client_from_record(referral.client)
    therapist = therapist_from_record(referral.therapist)
    language, note = letter_language(client.language, requested)
    # the approach kept with the referral, or the one a match would choose
    facts = pair_facts(client, therapist, catalogue, referral.approach_key or None)
    phrases = []
    for key in dict.fromkeys(client.concerns):
        concern = catalogue.concerns.get(key)
        if concern is not None:
            phrases.append(concern.phrase.get(language, concern.phrase["en"]))
    # an incomplete address is left off altogether: the letter is handed over or
    # emailed, and nothing on it suggests it could go by post
    mailing = MailingAddress(client.address, client.city, "", client.postal_code)
    data = LetterData(
        language=language,
        date=ctx.today(),
        referral_id=referral.id,
        version=version,
        client_first_name=client.first_name,
        client_last_name=client.last_name,
        client_preferred_name=client.preferred_name,
        client_address=mailing.lines() if mailing.mailable else (),
        therapist=TherapistInfo(
            first_name=therapist.first_name,
            last_name=therapist.last_name,
            pronouns=therapist.pronouns,
            credentials=tuple(therapist.credentials),
            registration=therapist.registration,
            email=therapist.email,
            phone=therapist.phone,
            in_person_at=tuple(therapist.locations),
            in_person=Modality.IN_PERSON in therapist.modalities,
            virtual=Modality.VIRTUAL in therapist.modalities,
            fee=therapist.fee,
            sliding_scale_min=therapist.sliding_scale_min,
            associate=therapist.level is not None and therapist.level.value == "associate",
        ),
        approach=_approach_info(facts, catalogue, language),
        concern_phrases=tuple(phrases),
        fit=_fit(facts, catalogue, language),
        letterhead=settings.read(session, LETTERHEAD),
    )
    return data, note


def _next_version(session: Session, referral_id: int) -> int:
    latest = session.scalar(
        select(func.max(LetterRecord.version)).where(LetterRecord.referral_id == referral_id)
    )
    return (latest or 0) + 1


# ------------------------------------------------------------------ use cases


def check_letter(ctx: ServiceContext, referral_id: int, language: str | None = None) -> LetterCheck:
    """The language and any characters that cannot print, before making a letter."""
    catalogue = ctx.catalogue
    with ctx.transaction() as session:
        version = _next_version(session, referral_id)
        data, note = _letter_data(ctx, session, catalogue, referral_id, language, version)
        return LetterCheck(
            referral_id=referral_id,
            language=data.language,
            language_note=note,
            missing=tuple(describe_character(c) for c in missing_in_letter(data)),
            client_name=data.client_name,
            has_letters=version > 1,
            ended=_ending(_referral(session, referral_id)),
            mailable=bool(data.client_address),
            example_details=not data.letterhead.is_set,
        )


def generate_letter(
    ctx: ServiceContext,
    referral_id: int,
    language: str | None = None,
    *,
    allow_missing: bool = False,
    allow_ended: bool = False,
) -> StoredLetter:
    """Make the next version of the referral's letter and store it, in one transaction.

    Raises UnprintableCharacters (nothing stored) when a character cannot be drawn
    by any bundled font, unless ``allow_missing``; raises ReferralEnded (nothing
    stored) when the referral has ended (closed, declined, no response, withdrawn),
    unless ``allow_ended``.
    """
    ctx.require(Permission.LETTERS)
    catalogue = ctx.catalogue
    now = ctx.clock()
    try:
        with ctx.transaction() as session:
            ending = _ending(_referral(session, referral_id))
            if ending is not None and not allow_ended:
                raise ReferralEnded(referral_id, ending)
            version = _next_version(session, referral_id)
            data, _note = _letter_data(ctx, session, catalogue, referral_id, language, version)
            missing = missing_in_letter(data)
            if missing and not allow_missing:
                raise UnprintableCharacters(referral_id, missing)
            pdf = build_letter(data)
            record = LetterRecord(
                referral_id=referral_id,
                version=version,
                language=data.language,
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
                created_at=now,
                created_by=ctx.user,
            )
            session.add(record)
            session.flush()
            client_ref = _referral(session, referral_id).client.ref
            what = f"referral {referral_id}, letter version {version} ({data.language})"
            audit.append(session, ctx, Action.LETTER, "client", client_ref, what)
            return StoredLetter(info=_info(record, len(pdf)), pdf=pdf)
    except IntegrityError:
        raise ServiceError(say(MADE_TWICE, referral=referral_id)) from None


def record_output(ctx: ServiceContext, referral_id: int, version: int, how: str) -> None:
    """Log that a stored letter left the program (printed or saved to a file)."""
    with ctx.transaction() as session:
        client_ref = _referral(session, referral_id).client.ref
        what = f"referral {referral_id}, letter version {version} {how}"
        audit.append(session, ctx, Action.PRINT, "client", client_ref, what)


def list_letters(ctx: ServiceContext, referral_id: int) -> list[LetterInfo]:
    """The referral's stored letters, newest first (without their bytes)."""
    with ctx.transaction() as session:
        _referral(session, referral_id)
        rows = session.execute(
            select(
                LetterRecord.referral_id,
                LetterRecord.version,
                LetterRecord.language,
                LetterRecord.created_at,
                LetterRecord.created_by,
                LetterRecord.sha256,
                func.length(LetterRecord.pdf),
            )
            .where(LetterRecord.referral_id == referral_id)
            .order_by(LetterRecord.version.desc())
        )
        return [LetterInfo(*row) for row in rows]


def stored_letter(
    ctx: ServiceContext, referral_id: int, version: int | None = None
) -> StoredLetter:
    """A stored letter exactly as it was made (the newest when ``version`` is None).

    The bytes are checked against their SHA-256 so a copy changed behind the
    program's back is never printed as if it were the original.
    """
    ctx.require(Permission.LETTERS)
    with ctx.transaction() as session:
        _referral(session, referral_id)
        query = select(LetterRecord).where(LetterRecord.referral_id == referral_id)
        if version is None:
            query = query.order_by(LetterRecord.version.desc()).limit(1)
        else:
            query = query.where(LetterRecord.version == version)
        record = session.scalars(query).first()
        if record is None:
            if version is None:
                raise NotFound(say(NO_LETTER_YET, referral=referral_id))
            raise NotFound(say(NO_SUCH_VERSION, referral=referral_id, version=version))
        pdf = bytes(record.pdf)
        if hashlib.sha256(pdf).hexdigest() != record.sha256:
            raise ServiceError(say(CHANGED_OUTSIDE, version=record.version, referral=referral_id))
        return StoredLetter(info=_info(record, len(pdf)), pdf=pdf)


def letter_for_batch(
    ctx: ServiceContext, referral_id: int, language: str | None = None
) -> tuple[StoredLetter, bool]:
    """The newest stored letter, or a new one when the referral has none yet.
    Returns the letter and whether it was made now. A client who has not agreed to be
    contacted gets none, not even one stored before the rule."""
    with ctx.transaction() as session:
        client = _referral(session, referral_id).client
        require_consent(client.ref, client.consent_to_contact, consent.NO_LETTER)
    try:
        return stored_letter(ctx, referral_id), False
    except NotFound:
        return generate_letter(ctx, referral_id, language), True


def _info(record: LetterRecord, size: int) -> LetterInfo:
    return LetterInfo(
        referral_id=record.referral_id,
        version=record.version,
        language=record.language,
        created_at=record.created_at,
        created_by=record.created_by,
        sha256=record.sha256,
        size=size,
    )


# ------------------------------------------------------------------ files


def write_private_file(path: Path, data: bytes) -> None:
    """Write a letter or report to ``path``, readable by its owner only, all or nothing.

    Letters and reports are health information: a reader never sees half a file and
    a full disk leaves the old file as it was.
    """
    try:
        write_private(path, data)
    except OSError as error:
        raise FileNotWritten(path, error) from None


__all__ = [
    "LetterCheck",
    "LetterInfo",
    "StoredLetter",
    "UnprintableCharacters",
    "check_letter",
    "generate_letter",
    "letter_for_batch",
    "letter_language",
    "list_letters",
    "stored_letter",
    "write_private_file",
]
