"""The intake's closed choices in words, for sentences shown to the desk."""

from __future__ import annotations

from opcc_desk.domain.enums import ClientType, ModalityPreference

_CLIENT_TYPES = {
    "en": {
        ClientType.INDIVIDUAL: "individual",
        ClientType.COUPLE: "couple",
        ClientType.FAMILY: "family",
    },
    "fr": {
        ClientType.INDIVIDUAL: "individuel",
        ClientType.COUPLE: "couple",
        ClientType.FAMILY: "famille",
    },
}
_MODALITIES = {
    "en": {
        ModalityPreference.IN_PERSON: "in person",
        ModalityPreference.VIRTUAL: "online",
        ModalityPreference.EITHER: "in person or online",
    },
    "fr": {
        ModalityPreference.IN_PERSON: "en personne",
        ModalityPreference.VIRTUAL: "en ligne",
        ModalityPreference.EITHER: "en personne ou en ligne",
    },
}


def client_type_phrase(client_type: ClientType, language: str = "en") -> str:
    return _CLIENT_TYPES.get(language, _CLIENT_TYPES["en"])[client_type]


def modality_phrase(modality: ModalityPreference, language: str = "en") -> str:
    """How the client wants to meet: 'in person', 'online', 'in person or online'."""
    return _MODALITIES.get(language, _MODALITIES["en"])[modality]
