"""The choices the forms offer, and how a stored cell reads for the person at the desk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
from opcc_desk.domain.words.days import slot_phrase
from opcc_desk.ui import i18n

CONTEXT = "Choices"


def _mark(text: object) -> str:
    return str(text)


# The labels below are marked for translation and translated where shown (shown()),
# since these tables are made before the window's language is installed.

GENDER_CHOICES: list[tuple[str, str]] = [
    (Gender.WOMAN.value, _mark(QT_TRANSLATE_NOOP("Choices", "Woman"))),
    (Gender.MAN.value, _mark(QT_TRANSLATE_NOOP("Choices", "Man"))),
    (Gender.NONBINARY.value, _mark(QT_TRANSLATE_NOOP("Choices", "Nonbinary"))),
]
CLIENT_TYPE_CHOICES: list[tuple[str, str]] = [
    (ClientType.INDIVIDUAL.value, _mark(QT_TRANSLATE_NOOP("Choices", "Individual"))),
    (ClientType.COUPLE.value, _mark(QT_TRANSLATE_NOOP("Choices", "Couple"))),
    (ClientType.FAMILY.value, _mark(QT_TRANSLATE_NOOP("Choices", "Family"))),
]
AGE_GROUP_CHOICES: list[tuple[str, str]] = [
    (AgeGroup.CHILD.value, _mark(QT_TRANSLATE_NOOP("Choices", "Child (under 13)"))),
    (AgeGroup.TEEN.value, _mark(QT_TRANSLATE_NOOP("Choices", "Teen (13–17)"))),
    (AgeGroup.ADULT.value, _mark(QT_TRANSLATE_NOOP("Choices", "Adult (18–64)"))),
    (AgeGroup.SENIOR.value, _mark(QT_TRANSLATE_NOOP("Choices", "Senior (65 and over)"))),
]
AGE_GROUP_SHORT: dict[str, str] = {
    AgeGroup.CHILD.value: _mark(QT_TRANSLATE_NOOP("Choices", "child")),
    AgeGroup.TEEN.value: _mark(QT_TRANSLATE_NOOP("Choices", "teen")),
    AgeGroup.ADULT.value: _mark(QT_TRANSLATE_NOOP("Choices", "adult")),
    AgeGroup.SENIOR.value: _mark(QT_TRANSLATE_NOOP("Choices", "senior")),
}
MODALITY_CHOICES: list[tuple[str, str]] = [
    (ModalityPreference.EITHER.value, _mark(QT_TRANSLATE_NOOP("Choices", "In person or virtual"))),
    (ModalityPreference.IN_PERSON.value, _mark(QT_TRANSLATE_NOOP("Choices", "In person only"))),
    (ModalityPreference.VIRTUAL.value, _mark(QT_TRANSLATE_NOOP("Choices", "Virtual only"))),
]
THERAPIST_MODALITY_CHOICES: list[tuple[str, str]] = [
    (Modality.IN_PERSON.value, _mark(QT_TRANSLATE_NOOP("Choices", "In person"))),
    (Modality.VIRTUAL.value, _mark(QT_TRANSLATE_NOOP("Choices", "Virtual"))),
]
# the therapist form's age-group ticks: short, as they sit side by side
AGE_GROUP_TICKS: list[tuple[str, str]] = [
    (AgeGroup.CHILD.value, _mark(QT_TRANSLATE_NOOP("Choices", "Child"))),
    (AgeGroup.TEEN.value, _mark(QT_TRANSLATE_NOOP("Choices", "Teen"))),
    (AgeGroup.ADULT.value, _mark(QT_TRANSLATE_NOOP("Choices", "Adult"))),
    (AgeGroup.SENIOR.value, _mark(QT_TRANSLATE_NOOP("Choices", "Senior"))),
]
LEVEL_CHOICES: list[tuple[str, str]] = [
    ("", _mark(QT_TRANSLATE_NOOP("Choices", "Not set"))),
    (Level.SENIOR.value, _mark(QT_TRANSLATE_NOOP("Choices", "Senior therapist"))),
    (
        Level.ASSOCIATE.value,
        _mark(QT_TRANSLATE_NOOP("Choices", "Associate (supervised, lower cost)")),
    ),
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


def shown(options: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """A table's (value, label) pairs with the labels in the window's language."""
    return [(value, QCoreApplication.translate(CONTEXT, text)) for value, text in options]


def short_age_group(value: str) -> str:
    """'adult' (or « adulte »): the age group a birth date gives, in the hint."""
    return QCoreApplication.translate(CONTEXT, AGE_GROUP_SHORT[value])


def language_entries() -> list[tuple[str, str]]:
    """(code, name in the window's language) of every ISO 639-1 language, English and
    French first."""
    names = language_names(i18n.current_language())
    first = [code for code in ("en", "fr") if code in names]
    rest = sorted((code for code in names if code not in first), key=lambda c: names[c].casefold())
    return [(code, names[code]) for code in [*first, *rest]]


def display_cell(catalogue: Catalogue, name: str, cell: str) -> str:
    """A cell as the person at the desk reads it (labels rather than keys)."""
    items = split_list(cell)
    language = i18n.current_language()
    if name == "concerns":
        return ", ".join(i18n.concern_label(catalogue, key) for key in items)
    if name in ("approaches", "approach_preference"):
        return ", ".join(i18n.approach_label(catalogue, key) for key in items)
    if name == "availability":
        return ", ".join(slot_phrase(slot, language) for slot in items)
    if name in ("language", "languages"):
        names = language_names(language)
        return ", ".join(names.get(code, code) for code in items)
    choices = DISPLAY_CHOICES.get(name)
    if choices is not None:
        labels = dict(shown(choices))
        return ", ".join(labels.get(item, item) for item in items)
    if name in ("credentials", "locations"):
        return ", ".join(items)
    return cell
