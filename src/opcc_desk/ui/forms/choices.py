"""The choices the forms offer, and how a stored cell reads for the person at the desk."""

from __future__ import annotations

from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.validation import language_names, split_list

GENDER_CHOICES: list[tuple[str, str]] = [
    (Gender.WOMAN.value, "Woman"),
    (Gender.MAN.value, "Man"),
    (Gender.NONBINARY.value, "Nonbinary"),
]
CLIENT_TYPE_CHOICES: list[tuple[str, str]] = [
    (ClientType.INDIVIDUAL.value, "Individual"),
    (ClientType.COUPLE.value, "Couple"),
    (ClientType.FAMILY.value, "Family"),
]
AGE_GROUP_CHOICES: list[tuple[str, str]] = [
    (AgeGroup.CHILD.value, "Child (under 13)"),
    (AgeGroup.TEEN.value, "Teen (13–17)"),
    (AgeGroup.ADULT.value, "Adult (18–64)"),
    (AgeGroup.SENIOR.value, "Senior (65 and over)"),
]
AGE_GROUP_SHORT: dict[str, str] = {
    AgeGroup.CHILD.value: "child",
    AgeGroup.TEEN.value: "teen",
    AgeGroup.ADULT.value: "adult",
    AgeGroup.SENIOR.value: "senior",
}
MODALITY_CHOICES: list[tuple[str, str]] = [
    (ModalityPreference.EITHER.value, "In person or virtual"),
    (ModalityPreference.IN_PERSON.value, "In person only"),
    (ModalityPreference.VIRTUAL.value, "Virtual only"),
]
THERAPIST_MODALITY_CHOICES: list[tuple[str, str]] = [
    (Modality.IN_PERSON.value, "In person"),
    (Modality.VIRTUAL.value, "Virtual"),
]
LEVEL_CHOICES: list[tuple[str, str]] = [
    ("", "Not set"),
    (Level.SENIOR.value, "Senior therapist"),
    (Level.ASSOCIATE.value, "Associate (supervised, lower cost)"),
]

# How the conflict dialog names the values of choice fields (singular and list forms).
DISPLAY_CHOICES: dict[str, list[tuple[str, str]]] = {
    "gender": GENDER_CHOICES,
    "therapist_gender": GENDER_CHOICES,
    "client_type": CLIENT_TYPE_CHOICES,
    "client_types": CLIENT_TYPE_CHOICES,
    "age_group": AGE_GROUP_CHOICES,
    "age_groups": AGE_GROUP_CHOICES,
    "modality": MODALITY_CHOICES,
    "modalities": THERAPIST_MODALITY_CHOICES,
    "level": LEVEL_CHOICES,
}


def language_entries() -> list[tuple[str, str]]:
    """(code, English name) of every ISO 639-1 language, English and French first."""
    names = language_names()
    first = [code for code in ("en", "fr") if code in names]
    rest = sorted((code for code in names if code not in first), key=lambda c: names[c].casefold())
    return [(code, names[code]) for code in [*first, *rest]]


def display_cell(catalogue: Catalogue, name: str, cell: str) -> str:
    """A cell as the person at the desk reads it (labels rather than keys)."""
    items = split_list(cell)
    if name == "concerns":
        return ", ".join(catalogue.concern_label(key) for key in items)
    if name in ("approaches", "approach_preference"):
        return ", ".join(catalogue.approach_label(key) for key in items)
    if name == "availability":
        return ", ".join(slot.replace("_", " ").capitalize() for slot in items)
    if name in ("language", "languages"):
        names = language_names()
        return ", ".join(names.get(code, code) for code in items)
    choices = DISPLAY_CHOICES.get(name)
    if choices is not None:
        labels = dict(choices)
        return ", ".join(labels.get(item, item) for item in items)
    if name in ("credentials", "locations"):
        return ", ".join(items)
    return cell
