"""What a referral letter says, as plain values: the service fills it, the letter prints it.

Nothing here reads a database or knows about Qt; a test can build a LetterData by
hand and get a real PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from opcc_desk.domain.words.names import display_name, written_name
from opcc_desk.letters.letterhead import Letterhead

LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class TherapistInfo:
    first_name: str
    last_name: str
    pronouns: str = ""
    credentials: tuple[str, ...] = ()
    registration: str = ""
    email: str = ""
    phone: str = ""
    in_person_at: tuple[str, ...] = ()  # offices or cities; empty when not offered
    in_person: bool = False
    virtual: bool = False
    fee: Decimal = Decimal(0)
    sliding_scale_min: Decimal | None = None
    associate: bool = False

    @property
    def name(self) -> str:
        return written_name(self.first_name, self.last_name)

    @property
    def short_name(self) -> str:
        """How sentences refer to the therapist: the first name, as the desk does."""
        return self.first_name.strip() or self.name


@dataclass(frozen=True, slots=True)
class Fit:
    """Why this therapist, as facts; the wording turns them into sentences."""

    shared_concerns: tuple[str, ...] = ()  # concern labels, mid-sentence, letter's language
    approach_asked: bool = False
    language: str = (
        ""  # the client's language by name, when not English and the therapist speaks it
    )
    in_person_at: str = ""  # the therapist's office in the client's city
    virtual: bool = False  # the client asked for online sessions and the therapist offers them
    shared_times: tuple[str, ...] = ()  # availability slots such as "mon_evening"
    fee_fit: str = ""  # "full", "sliding", or "" when the client gave no budget
    gender: str = ""  # the gender the client asked for, when the therapist is that gender
    client_type: str = ""  # "couple" or "family" when the client is one


@dataclass(frozen=True, slots=True)
class ApproachInfo:
    label: str  # as a heading
    label_in_sentence: str  # as it reads mid-sentence ("relational psychotherapy")
    what: str
    sessions: str
    notice: str
    strong_concerns: tuple[str, ...] = ()  # the client's concerns it often helps with (labels)
    weak_concerns: tuple[str, ...] = ()  # the client's concerns it can help with (labels)


@dataclass(frozen=True, slots=True)
class LetterData:
    language: str  # "en" or "fr"
    date: date
    referral_id: int
    version: int
    client_first_name: str
    client_last_name: str
    therapist: TherapistInfo
    approach: ApproachInfo | None  # None when the therapist lists no approach
    concern_phrases: tuple[str, ...] = ()  # the client's concerns, as catalogue phrases
    fit: Fit = field(default_factory=Fit)
    client_preferred_name: str = ""
    client_address: tuple[str, ...] = ()  # lines, for a mailed letter
    letterhead: Letterhead = field(default_factory=Letterhead)

    @property
    def client_name(self) -> str:
        """The client's name exactly as entered, in the order its script writes names."""
        return written_name(self.client_first_name, self.client_last_name)

    @property
    def greeting_name(self) -> str:
        return display_name(
            self.client_first_name, self.client_last_name, self.client_preferred_name
        )

    @property
    def reference(self) -> str:
        return f"R-{self.referral_id}"

    def texts(self) -> tuple[str, ...]:
        """Every string that is not our own wording: these are what may hold characters
        no bundled font can draw."""
        t = self.therapist
        parts: list[str] = [
            self.client_first_name,
            self.client_last_name,
            self.client_preferred_name,
            *self.client_address,
            t.first_name,
            t.last_name,
            t.pronouns,
            *t.credentials,
            t.registration,
            t.email,
            t.phone,
            *t.in_person_at,
            *self.concern_phrases,
            *self.fit.shared_concerns,
            self.fit.language,
            self.fit.in_person_at,
            *self.letterhead.texts(),
        ]
        if self.approach is not None:
            a = self.approach
            parts += [a.label, a.label_in_sentence, a.what, a.sessions, a.notice]
            parts += [*a.strong_concerns, *a.weak_concerns]
        return tuple(parts)
