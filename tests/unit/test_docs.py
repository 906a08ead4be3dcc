"""The reference pages in docs/ say what the program does: every command, column,
catalogue key, rule, weight and status is described, and nothing that does not exist."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from opcc_desk.arguments import build_parser
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.followup import DEFAULT_DAYS
from opcc_desk.domain.lifecycle import allowed_moves
from opcc_desk.domain.records import CLIENT_COLUMNS, THERAPIST_COLUMNS
from opcc_desk.matching.settings import Rule, Weights
from opcc_desk.services.catalogue import shipped_catalogue
from opcc_desk.services.transfer import REFERRAL_COLUMNS

DOCS = Path(__file__).resolve().parents[2] / "docs"


def page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def quoted(text: str) -> set[str]:
    """Everything written as `code` on a page."""
    return set(re.findall(r"`([^`]+)`", text))


def commands() -> dict[str, set[str]]:
    """Each command of the parser with its actions (an empty set when it has none)."""

    def actions(parser: argparse.ArgumentParser) -> set[str]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return set(action.choices)
        return set()

    top = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {name: actions(sub) for name, sub in top.choices.items()}


def section(text: str, heading: str) -> str:
    """The part of a page from ``heading`` to the next heading of the same level."""
    level = heading.split(" ")[0]
    start = text.index(heading + "\n") + len(heading)
    end = text.find("\n" + level + " ", start)
    return text[start:] if end < 0 else text[start:end]


def documented_commands() -> list[list[str]]:
    """Each `code` in the first cell of the command tables, split into words."""
    tables = section(page("command-line.md"), "## Commands")
    cells = re.findall(r"^\| ([^|]*(?:\\\|[^|]*)*) \|", tables, flags=re.MULTILINE)
    return [code.split() for cell in cells for code in re.findall(r"`([^`]+)`", cell)]


def test_every_command_and_action_is_described() -> None:
    described = {tuple(words[:2]) for words in documented_commands()}
    first_words = {words[0] for words in documented_commands()}
    for name, actions in commands().items():
        assert name in first_words, f"docs/command-line.md does not describe '{name}'"
        for action in actions:
            assert (name, action) in described, f"'{name} {action}' is not described"


def test_no_command_is_described_that_does_not_exist() -> None:
    known = commands()
    for words in documented_commands():
        name = words[0]
        assert name in known, f"docs/command-line.md describes '{name}', which does not exist"
        if known[name]:
            first = words[1].split("\\|")
            assert all(action in known[name] for action in first), words


def test_every_option_and_environment_variable_is_described() -> None:
    text = page("command-line.md")
    for option in ("--db", "--user", "--debug", "--version"):
        assert f"`{option}" in text
    for variable in ("OPCC_DESK_DB", "OPCC_DESK_PASSWORD", "OPCC_DESK_NEW_PASSWORD"):
        assert f"`{variable}`" in text
    for code in ("0", "1", "2"):
        assert f"| `{code}` |" in text


def test_every_column_is_described() -> None:
    described = quoted(page("file-formats.md"))
    written = {part.strip() for cell in described for part in cell.split(",")}
    for column in (*THERAPIST_COLUMNS, *CLIENT_COLUMNS, *REFERRAL_COLUMNS):
        assert column in written, f"docs/file-formats.md does not describe '{column}'"


def test_every_catalogue_key_is_listed_with_its_labels() -> None:
    text = page("file-formats.md")
    catalogue = shipped_catalogue()
    for key, approach in catalogue.approaches.items():
        labels = f"| `{key}` | {approach.text['en'].label} | {approach.text['fr'].label} |"
        assert labels in text
    for key, concern in catalogue.concerns.items():
        assert f"| `{key}` | {concern.label['en']} | {concern.label['fr']} |" in text


def test_every_rule_and_default_weight_is_described() -> None:
    text = page("matching.md")
    for rule in Rule:
        assert f"| `{rule.value}` |" in text
    for name, weight in Weights().items():
        assert f"| `{name}` | {weight:g} |" in text


@pytest.mark.parametrize("status", list(ReferralStatus))
def test_every_status_and_its_moves_are_described(status: ReferralStatus) -> None:
    text = page("referral-lifecycle.md")
    assert f"| `{status.value}` |" in text
    moves = allowed_moves(status)
    if moves:
        listed = ", ".join(f"`{move.value}`" for move in moves)
        assert f"| `{status.value}` | {listed} |" in text


def test_follow_up_delays_are_the_defaults() -> None:
    text = section(page("referral-lifecycle.md"), "## Follow-ups")
    for status, days in DEFAULT_DAYS.items():
        row = re.search(rf"^\| `{status.value}` \| ([^|]+) \|", text, flags=re.MULTILINE)
        assert row is not None and row.group(1).split()[0].strip(",") == str(days or "none")
