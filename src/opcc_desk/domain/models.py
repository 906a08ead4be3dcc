"""Plain records the rest of the program passes around.

They hold no database session and no Qt object, so a table model, the matching
engine or a test can keep them as long as it likes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
    ReferralStatus,
)
from opcc_desk.domain.words.names import display_name, written_name


@dataclass(frozen=True, slots=True)
class Concern:
    key: str
    label: dict[str, str]  # language -> short label
    phrase: dict[str, str]  # language -> phrase for a sentence in a letter


@dataclass(frozen=True, slots=True)
class ApproachText:
    label: str
    summary: str
    what: str
    sessions: str
    notice: str


@dataclass(frozen=True, slots=True)
class Approach:
    key: str
    text: dict[str, ApproachText]  # language -> wording
    concerns: dict[str, int]  # concern key -> strength 1..3

    def label(self, language: str = "en") -> str:
        return self.text.get(language, self.text["en"]).label


@dataclass(frozen=True, slots=True)
class Catalogue:
    approaches: dict[str, Approach]
    concerns: dict[str, Concern]

    def approach_label(self, key: str, language: str = "en") -> str:
        approach = self.approaches.get(key)
        return approach.label(language) if approach else key

    def concern_label(self, key: str, language: str = "en") -> str:
        concern = self.concerns.get(key)
        if concern is None:
            return key
        return concern.label.get(language, concern.label["en"])


@dataclass(slots=True)
class Therapist:
    id: str
    first_name: str
    last_name: str
    languages: list[str]
    approaches: list[str]
    client_types: list[ClientType]
    age_groups: list[AgeGroup]
    modalities: list[Modality]
    fee: Decimal
    accepting: bool
    pronouns: str = ""
    gender: Gender | None = None
    credentials: list[str] = field(default_factory=list)
    registration: str = ""
    email: str = ""
    phone: str = ""
    concerns: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    sliding_scale_min: Decimal | None = None
    level: Level | None = None
    capacity: int | None = None
    availability: list[str] = field(default_factory=list)
    bio: str = ""
    directory: bool = True  # listed in the published directory (their choice)
    directory_contact: bool = False  # their own phone and email published, not the clinic's
    archived: bool = False
    version: int = 0  # optimistic-lock counter; 0 = not stored yet

    @property
    def full_name(self) -> str:
        return written_name(self.first_name, self.last_name)


@dataclass(slots=True)
class Client:
    id: str
    first_name: str
    last_name: str
    language: str
    client_type: ClientType
    concerns: list[str]
    modality: ModalityPreference
    consent_to_contact: bool
    submitted: datetime | None = None
    preferred_name: str = ""
    pronouns: str = ""
    date_of_birth: date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    city: str = ""
    postal_code: str = ""
    age_group: AgeGroup | None = None
    approach_preference: list[str] = field(default_factory=list)
    therapist_gender: Gender | None = None
    location: str = ""
    max_fee: Decimal | None = None
    availability: list[str] = field(default_factory=list)
    # agrees to receive health information (the referral letter) by email
    email_consent: bool = False
    notes: str = ""
    archived: bool = False
    version: int = 0

    @property
    def full_name(self) -> str:
        return written_name(self.first_name, self.last_name)

    @property
    def display_name(self) -> str:
        """The name the desk uses when speaking to the client."""
        return display_name(self.first_name, self.last_name, self.preferred_name)


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the Clients table: enough to show and search, nothing more."""

    id: str
    first_name: str
    last_name: str
    preferred_name: str
    email: str
    phone: str
    language: str
    client_type: ClientType
    modality: ModalityPreference
    city: str
    submitted: datetime | None
    open_referrals: int
    archived: bool


@dataclass(frozen=True, slots=True)
class TherapistRow:
    id: str
    first_name: str
    last_name: str
    credentials: str
    languages: str
    approaches: str
    modalities: str
    fee: Decimal
    sliding_scale_min: Decimal | None
    accepting: bool
    capacity: int | None
    open_referrals: int
    archived: bool


@dataclass(frozen=True, slots=True)
class ReferralRow:
    id: int
    client_id: str
    client_name: str
    therapist_id: str
    therapist_name: str
    approach: str
    approach_label: str
    status: ReferralStatus
    created_at: datetime
    updated_at: datetime
