"""Messages said below the window (domain/words/messages.py): how they are said, and a
static check that the services and the matching module write their sentences through
``msg``/``say``, so a French window shows them in French (tests/gui/test_messages_fr.py
shows that it does)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from opcc_desk.domain.words import messages
from opcc_desk.domain.words.messages import msg, say

ROOT = Path(__file__).resolve().parents[2] / "src" / "opcc_desk"
SERVICES = ROOT / "services"
# modules whose refusals reach the window besides the services
DOMAIN_REFUSALS = [ROOT / "domain" / "lifecycle.py"]
WORDING = ROOT / "matching" / "wording.py"

GREETING = msg("Test", "Hello {name}, you have {count} new messages.")


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    messages.speak("en", None)


def test_english_is_said_as_written() -> None:
    assert messages.language() == "en"
    assert say(GREETING, name="Zoë", count=3) == "Hello Zoë, you have 3 new messages."


def test_a_value_with_braces_is_filled_in_as_it_is() -> None:
    assert say(GREETING, name="{count}", count=1) == "Hello {count}, you have 1 new messages."


def test_the_chosen_language_moves_the_values(english_again: None) -> None:
    french = {("Test", GREETING.source): "{count} nouveaux messages pour vous, {name}."}
    messages.speak("fr", lambda context, source: french.get((context, source), source))
    assert messages.language() == "fr"
    assert say(GREETING, name="Zoë", count=3) == "3 nouveaux messages pour vous, Zoë."


def test_a_translation_naming_a_missing_value_falls_back_to_english(
    english_again: None,
) -> None:
    messages.speak("fr", lambda context, source: "Bonjour {nom}")
    assert say(GREETING, name="Zoë", count=3) == "Hello Zoë, you have 3 new messages."


def test_speaking_none_is_english_again() -> None:
    messages.speak("fr", lambda context, source: "Bonjour")
    messages.speak("fr", None)
    assert messages.language() == "en"
    assert say(GREETING, name="Ana", count=1).startswith("Hello Ana")


# ---------------------------------------------------------------- the static check


def _is_text(node: ast.AST | None) -> bool:
    """A sentence written in place: a string literal, an f-string, or one joined to one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """ServiceError and every class below it, and the domain's own ValueError kinds (an
    illegal status move), by name, across the given files."""
    names = {"ServiceError", "ValueError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {ast.unparse(base).split(".")[-1] for base in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names - {"ValueError"}  # a bare ValueError is a programming mistake, not a refusal


def _trees(paths: list[Path]) -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}


def sentences_written_in_place() -> list[str]:
    paths = sorted(SERVICES.glob("*.py")) + DOMAIN_REFUSALS
    trees = _trees(paths)
    refusals = _refusal_classes(trees)
    found: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = ast.unparse(node.func).split(".")[-1]
            if (name in refusals or name == "__init__") and any(_is_text(a) for a in node.args):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(…)")
    return found


def test_refusals_are_said_through_messages() -> None:
    """A refusal built from an English literal or f-string would stay English in a
    French window: write it with msg() and say() instead."""
    found = sentences_written_in_place()
    assert not found, "\n".join(found)


def test_the_matching_wording_writes_no_sentence_in_place() -> None:
    tree = ast.parse(WORDING.read_text(encoding="utf-8"))
    found = [
        f"{WORDING.name}:{node.lineno}: {ast.unparse(node)[:60]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        or (
            isinstance(node, ast.Return)
            and _is_text(node.value)
            and not isinstance(node.value, ast.Constant)
        )
        or (
            isinstance(node, ast.Return)
            and isinstance(node.value, ast.Constant)
            and _is_text(node.value)
        )
    ]
    assert not found, "\n".join(found)


def test_every_msg_call_is_readable_by_lupdate() -> None:
    """lupdate reads msg("Context", "Source") from the source text: both must be plain
    string literals, or the sentence never reaches the .ts files."""
    found = []
    for path in ROOT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "msg(" not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "msg":
                literal = len(node.args) == 2 and all(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in node.args
                )
                if not literal or node.keywords:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "\n".join(found)


def test_the_system_s_reason_is_english_as_the_system_says_it() -> None:
    import errno

    from opcc_desk.domain.words.os_errors import os_reason

    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == (
        "No space left on device"
    )
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )
