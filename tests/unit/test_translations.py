"""The window's translation files (src/opcc_desk/translations/*.ts): complete, current
with the sources, and faithful to each message's placeholders and French spacing.

These read the XML and run pyside6-lupdate as a program; Qt is never imported here."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "src" / "opcc_desk" / "translations"
UI = ROOT / "src" / "opcc_desk" / "ui"
SCRIPT = ROOT / "scripts" / "translations.sh"
LANGUAGES = ("en", "fr")
# %1…%99, %L1, %n and {name} placeholders
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")

Key = tuple[str, str, str, bool]  # context, source, disambiguation, plural


def ts_file(language: str) -> Path:
    return FOLDER / f"opcc_desk_{language}.ts"


def messages(path: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def label(key: Key) -> str:
    return f"[{key[0]}] {key[1]!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_finished_and_none_is_stale(language: str) -> None:
    problems = []
    for key, message in messages(ts_file(language)).items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind is not None:
            problems.append(f"{kind}: {label(key)}")
        elif not all(text.strip() for text in translations_of(message)):
            problems.append(f"empty: {label(key)}")
    assert not problems, (
        f"{ts_file(language).name} has entries to translate or remove "
        "(scripts/translations.sh update, then translate; see scripts/ts_fill.py):\n"
        + "\n".join(problems)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    problems = []
    for key, message in messages(ts_file(language)).items():
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for text in translations_of(message):
            have = sorted(set(PLACEHOLDER.findall(text)))
            # a singular form may say "one" instead of %n ("chaque seconde")
            if key[3] and "%n" in wanted and "%n" not in have:
                have = sorted({*have, "%n"})
            if have != wanted:
                problems.append(f"{label(key)}: {have} in {text!r}, {wanted} in the source")
    assert not problems, "\n".join(problems)


def test_plural_entries_have_both_forms() -> None:
    for language in LANGUAGES:
        for key, message in messages(ts_file(language)).items():
            if key[3]:
                assert len(translations_of(message)) == 2, label(key)


def test_french_spacing() -> None:
    """No-break space before : ; ? ! and inside « » (a plain space would let the mark
    start a line; none at all is English typography)."""
    problems = []
    for key, message in messages(ts_file("fr")).items():
        for text in translations_of(message):
            plain = re.sub(r"<[^>]+>", "", text)
            if re.search(r" [:;?!»]|« |[\w)}](?:[;?!»]|:(?=\s|$))|«\S", plain):
                problems.append(f"{label(key)}: {text!r}")
    assert not problems, "\n".join(problems)


def test_the_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Every tr()/translate() call in the window has its entry, and no entry is left
    over from a string that is gone: lupdate run afresh finds the same messages."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is missing: install PySide6"
        lupdate = Path(found)
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    for language in LANGUAGES:
        fresh = tmp_path / f"fresh_{language}.ts"
        only = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [str(lupdate), "-silent", "-locations", "none", *only, *sources, "-ts", str(fresh)],
            check=True,
        )
        kept = set(messages(ts_file(language)))
        made = set(messages(fresh))
        assert made - kept == set(), (
            f"{ts_file(language).name} misses strings of the sources "
            f"(run scripts/translations.sh update): {sorted(made - kept)[:10]}"
        )
        assert kept - made == set(), (
            f"{ts_file(language).name} keeps strings the sources no longer have "
            f"(run scripts/translations.sh update): {sorted(kept - made)[:10]}"
        )


def test_the_script_names_every_language_file() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert f"LANGUAGES=({' '.join(LANGUAGES)})" in text
    assert sorted(path.stem for path in FOLDER.glob("*.ts")) == [
        f"opcc_desk_{language}" for language in LANGUAGES
    ]
