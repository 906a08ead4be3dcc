"""What the directory publishes: each listed therapist's public facts, and nothing else.

The one place that decides who appears and which contact is shown, so the website,
the JSON and the handout can never disagree: archived therapists and those who asked
not to be listed are left out; a therapist's own phone and email appear only when
they chose so (and gave one), otherwise the clinic's intake contact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from opcc_desk.domain.enums import Level, Modality
from opcc_desk.domain.models import Catalogue, Therapist
from opcc_desk.domain.words.names import written_name


@dataclass(frozen=True, slots=True)
class Clinic:
    """The clinic's public details: the letterhead, whose phone and email are the
    intake contact printed for every therapist who keeps their own private."""

    name: str
    address: str
    phone: str
    email: str
    website: str
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    phone: str
    email: str
    own: bool  # the therapist's own; False: the clinic's intake contact


@dataclass(frozen=True, slots=True)
class Listing:
    id: str
    slug: str  # the page's file name without ".html": safe whatever the id holds
    first_name: str
    last_name: str
    pronouns: str
    credentials: tuple[str, ...]
    registration: str
    languages: tuple[str, ...]
    approaches: tuple[str, ...]
    concerns: tuple[str, ...]
    client_types: tuple[str, ...]
    age_groups: tuple[str, ...]
    in_person: bool
    online: bool
    locations: tuple[str, ...]
    fee: Decimal
    sliding_scale_min: Decimal | None
    associate: bool
    accepting: bool
    bio: str
    contact: Contact

    @property
    def name(self) -> str:
        """As the letters write it: 王小明 for a name in Chinese, Japanese or Korean."""
        return written_name(self.first_name, self.last_name)

    @property
    def lowest_fee(self) -> Decimal:
        """What a client pays at least: the sliding scale's floor, else the full fee."""
        return self.sliding_scale_min if self.sliding_scale_min is not None else self.fee


@dataclass(frozen=True, slots=True)
class Directory:
    clinic: Clinic
    catalogue: Catalogue
    listings: tuple[Listing, ...]
    made: date

    def approaches_used(self) -> list[str]:
        """Approach keys at least one listed therapist practises, in catalogue order."""
        used = {key for listing in self.listings for key in listing.approaches}
        return [key for key in self.catalogue.approaches if key in used]

    def concerns_used(self) -> list[str]:
        used = {key for listing in self.listings for key in listing.concerns}
        return [key for key in self.catalogue.concerns if key in used]

    def languages_used(self) -> list[str]:
        return sorted({code for listing in self.listings for code in listing.languages})


def is_published(therapist: Therapist) -> bool:
    return therapist.directory and not therapist.archived


def contact_for(therapist: Therapist, clinic: Clinic) -> Contact:
    if therapist.directory_contact and (therapist.phone or therapist.email):
        return Contact(phone=therapist.phone, email=therapist.email, own=True)
    return Contact(phone=clinic.phone, email=clinic.email, own=False)


_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def _slugs(ids: list[str]) -> dict[str, str]:
    """A file name for each id: lower-case letters, digits, '-' and '_' only (an id may
    hold '/', '..' or any script), made unique with a number when two ids fold alike."""
    taken: set[str] = set()
    result: dict[str, str] = {}
    for ref in ids:
        base = "therapist-" + (_UNSAFE.sub("-", ref.lower()).strip("-") or "x")
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        result[ref] = slug
    return result


def build_directory(
    therapists: Iterable[Therapist], catalogue: Catalogue, clinic: Clinic, made: date
) -> Directory:
    """The directory of the therapists who chose to be listed, in name order."""
    chosen = sorted(
        (t for t in therapists if is_published(t)),
        key=lambda t: (t.last_name.casefold(), t.first_name.casefold(), t.id),
    )
    slugs = _slugs([t.id for t in chosen])
    listings = tuple(
        Listing(
            id=t.id,
            slug=slugs[t.id],
            first_name=t.first_name,
            last_name=t.last_name,
            pronouns=t.pronouns,
            credentials=tuple(t.credentials),
            registration=t.registration,
            languages=tuple(t.languages),
            approaches=tuple(key for key in t.approaches if key in catalogue.approaches),
            concerns=tuple(key for key in t.concerns if key in catalogue.concerns),
            client_types=tuple(str(x) for x in t.client_types),
            age_groups=tuple(str(x) for x in t.age_groups),
            in_person=Modality.IN_PERSON in t.modalities,
            online=Modality.VIRTUAL in t.modalities,
            locations=tuple(t.locations),
            fee=t.fee,
            sliding_scale_min=t.sliding_scale_min,
            associate=t.level is Level.ASSOCIATE,
            accepting=t.accepting,
            bio=t.bio,
            contact=contact_for(t, clinic),
        )
        for t in chosen
    )
    return Directory(clinic=clinic, catalogue=catalogue, listings=listings, made=made)
