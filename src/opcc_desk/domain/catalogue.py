"""Reads the catalogue of approaches and concerns from its TOML text.

The file in ``resources/catalogue.toml`` is meant to be edited by people, so a
mistake in it is reported with the key and field to fix.
"""

from __future__ import annotations

import tomllib
from typing import Any

from opcc_desk.domain.models import Approach, ApproachText, Catalogue, Concern

LANGUAGES: tuple[str, ...] = ("en", "fr")
APPROACH_FIELDS: tuple[str, ...] = ("label", "summary", "what", "sessions", "notice")

REQUIRED_APPROACHES: frozenset[str] = frozenset(
    [
        "relational",
        "cbt",
        "dbt",
        "eft",
        "psychodynamic",
        "person_centred",
        "act",
        "narrative",
        "somatic",
        "ifs",
        "emdr",
        "mindfulness",
        "solution_focused",
        "family_systems",
    ]
)
REQUIRED_CONCERNS: frozenset[str] = frozenset(
    [
        "self_worth",
        "relationships",
        "relational_patterns",
        "emotional_disconnection",
        "relational_trauma",
        "anxiety",
        "depression",
        "trauma",
        "grief",
        "couples",
        "family",
        "life_transitions",
        "stress_burnout",
        "anger",
        "substance_use",
        "eating_body_image",
        "identity",
        "parenting",
        "emotion_regulation",
    ]
)


class CatalogueError(ValueError):
    """The catalogue file is broken; the message names the key and the fix."""


def parse_catalogue(source: str) -> Catalogue:
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"the catalogue file is not valid TOML ({error})") from None
    concerns = {key: _concern(key, body) for key, body in _table(data, "concerns").items()}
    approaches = {
        key: _approach(key, body, concerns) for key, body in _table(data, "approaches").items()
    }
    missing = sorted(
        (REQUIRED_APPROACHES - approaches.keys()) | (REQUIRED_CONCERNS - concerns.keys())
    )
    if missing:
        raise CatalogueError(f"the catalogue lacks required keys: {', '.join(missing)}")
    return Catalogue(approaches=approaches, concerns=concerns)


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    table = data.get(name)
    if not isinstance(table, dict) or not table:
        raise CatalogueError(f"the catalogue has no [{name}] section")
    return table


def _words(where: str, body: Any, field: str) -> str:
    value = body.get(field) if isinstance(body, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{where}: '{field}' is missing or empty; write the wording")
    return " ".join(value.split())


def _concern(key: str, body: Any) -> Concern:
    labels: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for lang in LANGUAGES:
        part = body.get(lang) if isinstance(body, dict) else None
        where = f"concerns.{key}.{lang}"
        labels[lang] = _words(where, part, "label")
        phrases[lang] = _words(where, part, "phrase")
    return Concern(key=key, label=labels, phrase=phrases)


def _approach(key: str, body: Any, concerns: dict[str, Concern]) -> Approach:
    if not isinstance(body, dict):
        raise CatalogueError(f"approaches.{key} must be a table")
    links = body.get("concerns")
    if not isinstance(links, dict) or not links:
        raise CatalogueError(
            f"approaches.{key}: 'concerns' must list concern keys with strengths 1-3"
        )
    strengths: dict[str, int] = {}
    for concern, strength in links.items():
        if concern not in concerns:
            raise CatalogueError(f"approaches.{key}: unknown concern '{concern}'")
        if isinstance(strength, bool) or not isinstance(strength, int) or not 1 <= strength <= 3:
            raise CatalogueError(f"approaches.{key}: strength of '{concern}' must be 1, 2 or 3")
        strengths[concern] = strength
    texts = {}
    for lang in LANGUAGES:
        where = f"approaches.{key}.{lang}"
        part = body.get(lang)
        texts[lang] = ApproachText(*(_words(where, part, f) for f in APPROACH_FIELDS))
    return Approach(key=key, text=texts, concerns=strengths)
