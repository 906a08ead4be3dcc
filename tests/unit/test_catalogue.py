"""The shipped catalogue is complete, and a broken one is reported with the key to fix."""

from __future__ import annotations

import pytest

from opcc_desk.domain.catalogue import (
    APPROACH_FIELDS,
    LANGUAGES,
    REQUIRED_APPROACHES,
    REQUIRED_CONCERNS,
    CatalogueError,
    parse_catalogue,
)
from opcc_desk.resources import resource_path


@pytest.fixture(scope="module")
def source() -> str:
    return resource_path("catalogue.toml").read_text(encoding="utf-8")


def test_shipped_catalogue_has_every_contract_key_in_both_languages(source: str) -> None:
    catalogue = parse_catalogue(source)
    assert catalogue.approaches.keys() >= REQUIRED_APPROACHES
    assert catalogue.concerns.keys() >= REQUIRED_CONCERNS
    for approach in catalogue.approaches.values():
        for language in LANGUAGES:
            text = approach.text[language]
            for field in APPROACH_FIELDS:
                assert getattr(text, field).strip(), (approach.key, language, field)
        assert len(approach.concerns) >= 3


def test_every_approach_has_its_own_explanation(source: str) -> None:
    catalogue = parse_catalogue(source)
    whats = [a.text["en"].what for a in catalogue.approaches.values()]
    assert len(set(whats)) == len(whats)
    french = [a.text["fr"].what for a in catalogue.approaches.values()]
    assert not set(whats) & set(french)


def test_relational_explanation_covers_the_centre_facts(source: str) -> None:
    relational = parse_catalogue(source).approaches["relational"]
    text = " ".join(
        (relational.text["en"].what, relational.text["en"].sessions, relational.text["en"].notice)
    ).lower()
    for idea in ("between people", "patterns", "your therapist", "own pace", "trust"):
        assert idea in text, idea
    assert relational.concerns["self_worth"] == 3
    assert relational.concerns["relational_patterns"] == 3


def test_every_concern_is_linked_to_some_approach(source: str) -> None:
    catalogue = parse_catalogue(source)
    linked = {key for a in catalogue.approaches.values() for key in a.concerns}
    assert linked == set(catalogue.concerns)


def test_broken_toml_names_the_problem() -> None:
    with pytest.raises(CatalogueError, match="not valid TOML"):
        parse_catalogue("[concerns\n")


def test_missing_wording_names_the_key_and_field(source: str) -> None:
    start = source.index("[approaches.cbt.fr]")
    line = source.index("summary =", start)
    end = source.index("\n", line)
    broken = source[:line] + 'summary = ""' + source[end:]
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(broken)
    assert "approaches.cbt.fr" in str(error.value)


def test_unknown_concern_link_is_refused(source: str) -> None:
    broken = source.replace("[approaches.cbt]", "[approaches.cbt]\n# x", 1).replace(
        "concerns = {", "concerns = { nonsense = 2, ", 1
    )
    with pytest.raises(CatalogueError, match="unknown concern 'nonsense'"):
        parse_catalogue(broken)
