"""directory.json: the same listings for a website that draws its own pages.

One object per published therapist, with catalogue keys (stable, for code) and their
labels in English and French (for people), money as decimal strings, and the page
each therapist has on the published site. docs/directory.schema.json describes it.
"""

from __future__ import annotations

import json
from typing import Any

from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.lists import capitalised
from opcc_desk.publish.listing import Directory, Listing
from opcc_desk.publish.words import LANGUAGES, word

FORMAT_VERSION = 1


def _labels(make: Any) -> dict[str, str]:
    return {language: make(language) for language in LANGUAGES}


def _listing(listing: Listing, directory: Directory) -> dict[str, Any]:
    catalogue = directory.catalogue
    return {
        "id": listing.id,
        "first_name": listing.first_name,
        "last_name": listing.last_name,
        "pronouns": listing.pronouns,
        "credentials": list(listing.credentials),
        "registration": listing.registration,
        "languages": [
            {
                "code": code,
                "label": _labels(lambda lang, c=code: capitalised(language_name(c, lang))),
            }
            for code in listing.languages
        ],
        "approaches": [
            {"key": key, "label": _labels(lambda lang, k=key: catalogue.approach_label(k, lang))}
            for key in listing.approaches
        ],
        "concerns": [
            {"key": key, "label": _labels(lambda lang, k=key: catalogue.concern_label(k, lang))}
            for key in listing.concerns
        ],
        "client_types": list(listing.client_types),
        "age_groups": list(listing.age_groups),
        "in_person": listing.in_person,
        "online": listing.online,
        "locations": list(listing.locations),
        "fee": f"{listing.fee:.2f}",
        "sliding_scale_min": (
            None if listing.sliding_scale_min is None else f"{listing.sliding_scale_min:.2f}"
        ),
        "associate": listing.associate,
        "accepting": listing.accepting,
        "bio": listing.bio,
        "contact": {
            "phone": listing.contact.phone,
            "email": listing.contact.email,
            "own": listing.contact.own,
        },
        "pages": {
            language: ("" if language == "en" else f"{language}/") + f"{listing.slug}.html"
            for language in LANGUAGES
        },
    }


def directory_json(directory: Directory) -> bytes:
    clinic = directory.clinic
    document = {
        "format": FORMAT_VERSION,
        "updated": directory.made.isoformat(),
        "clinic": {
            "name": clinic.name,
            "phone": clinic.phone,
            "email": clinic.email,
            "website": clinic.website,
        },
        "note": _labels(lambda lang: word(lang, "footer_private")),
        "therapists": [_listing(listing, directory) for listing in directory.listings],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
