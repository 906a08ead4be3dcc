"""The window's translation files (src/opcc_desk/translations/*.ts): complete, current
with the sources, and faithful to each message's placeholders and French spacing.

These read the XML and run pyside6-lupdate as a program; Qt is never imported here."""

from __future__ import annotations

import ast
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


MSG_CALL = re.compile(r"\bmsg\(")


def translated_sources() -> list[str]:
    """What scripts/translations.sh hands to lupdate: the window's files, and every other
    file that names messages with msg()."""
    window = {path for path in UI.rglob("*.py")}
    below = {
        path
        for path in (ROOT / "src" / "opcc_desk").rglob("*.py")
        if UI not in path.parents and MSG_CALL.search(path.read_text(encoding="utf-8"))
    }
    return sorted(str(path) for path in window | below)


def test_the_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Every tr()/translate() call in the window has its entry, and no entry is left
    over from a string that is gone: lupdate run afresh finds the same messages."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is missing: install PySide6"
        lupdate = Path(found)
    sources = translated_sources()
    for language in LANGUAGES:
        fresh = tmp_path / f"fresh_{language}.ts"
        only = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-locations",
                "none",
                *only,
                *("-tr-function-alias", "QT_TRANSLATE_NOOP+=msg"),
                *sources,
                "-ts",
                str(fresh),
            ],
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


# ---------------------------------------------------------------- strings left unwrapped

# The files whose every user-visible string goes through tr()/translate(). Wave 2 of the
# translation adds the rest of ui/ here, then translates what
# test_visible_strings_are_wrapped lists.
TRANSLATED = [
    "accessibility.py",
    "audit_view.py",
    "client_page.py",
    "conflict_dialog.py",
    "connection.py",
    "consent_view.py",
    "contact_dialog.py",
    "csv_export.py",
    "dialogs.py",
    "directory_dialog.py",
    "duplicate_dialog.py",
    "email_send.py",
    "followup_view.py",
    "forms/choices.py",
    "forms/client_form.py",
    "forms/fields.py",
    "forms/form.py",
    "forms/problems.py",
    "forms/session.py",
    "forms/therapist_form.py",
    "help_view.py",
    "i18n.py",
    "import_mapping.py",
    "import_preview.py",
    "letter_actions.py",
    "letter_view.py",
    "letterhead_dialog.py",
    "login.py",
    "mail_server_dialog.py",
    "main.py",
    "main_window.py",
    "match_view.py",
    "operations.py",
    "permissions.py",
    "referrals_tab.py",
    "report_dialog.py",
    "settings_dialog.py",
    "starting.py",
    "table_models.py",
    "tabs.py",
    "theme.py",
    "users_dialog.py",
    "waitlist_view.py",
    "widgets/availability.py",
    "widgets/dialog_parts.py",
    "widgets/key_picker.py",
    "widgets/table.py",
]
# calls whose string arguments a person reads: (name, which arguments; None = all)
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": None,
    "setWindowTitle": None,
    "setToolTip": None,
    "setPlaceholderText": None,
    "setAccessibleName": None,
    "setAccessibleDescription": None,
    "setLabelText": None,
    "setInformativeText": None,
    "setStatusTip": None,
    "showMessage": (0,),
    "setTitle": None,
    "addItem": (0,),
    "addTab": (1,),
    "addMenu": (0,),
    "addAction": (0,),
    "addRow": (0,),
    "addButton": (0,),
    "setHorizontalHeaderLabels": None,
    "QAction": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QProgressDialog": (0, 1),
    "show_error": (1, 2),
    "show_info": (1, 2),
    "ask_yes_no": (1, 2),
    "ask_unsaved": (1,),
    "ask_number": (1, 2),
    "ask_reason": (1, 2),
    "ask_choice": (1, 2),
    "ask_password": (1, 2),
    "choose_save_path": (1, 3),
    "choose_open_path": (1, 2),
    "choose_folder": (1,),
    "hint": (0,),
    # the record tables' columns (table_models.py) and the forms' fields (forms/fields.py)
    "Column": (0,),
    "group": (1, 2),
    "line": (2,),
    "combo": (2,),
    "language_combo": (2,),
    "ticks": (2,),
    "yes_no": (2, 3),
    "picker": (2,),
    "text_area": (2,),
}
# keyword arguments a person reads, in any of those calls or others
TEXT_KEYWORDS = {"title", "label", "placeholder", "ok_text", "tip", "note", "text", "what"}
# read the same in both languages: the program's and the languages' own names
SAME_IN_BOTH = {"OPCC Desk", "English", "Français", "—", "…"}
NOT_WORDS = re.compile(r"^[a-z0-9_.\-{}/:#%;() ]*$")  # keys, file names, styles, "{a} {b}"


def _unwrapped(node: ast.AST) -> list[ast.AST]:
    """String literals (or f-strings) inside ``node`` that are not inside tr()/translate()."""
    if isinstance(node, ast.Call) and _name(node.func) in {"tr", "translate", "QT_TRANSLATE_NOOP"}:
        return []
    if isinstance(node, ast.Call) and _name(node.func) == "join":
        return []  # "<br>".join(parts): a separator; the parts are checked where made
    if isinstance(node, ast.Call) and _name(node.func) in {"format", "replace", "strip"}:
        # "…".format(): the text is the receiver, which must itself be wrapped
        return _unwrapped(node.func.value) if isinstance(node.func, ast.Attribute) else []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        if text and text not in SAME_IN_BOTH and not NOT_WORDS.match(text):
            return [node]
        return []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            value.value
            for value in node.values
            if isinstance(value, ast.Constant) and isinstance(value.value, str)
        )
        return [node] if re.search(r"[A-Za-z]{2}", parts) and not NOT_WORDS.match(parts) else []
    if isinstance(node, (ast.List, ast.Tuple)):
        return [found for item in node.elts for found in _unwrapped(item)]
    if isinstance(node, ast.IfExp):
        return _unwrapped(node.body) + _unwrapped(node.orelse)
    if isinstance(node, ast.BinOp):
        return _unwrapped(node.left) + _unwrapped(node.right)
    return []


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Subscript):  # Column[ClientRow]("Intake id", …)
        func = func.value
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def unwrapped_strings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if _name(node.func) not in TEXT_CALLS:
            strays = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            for literal in (found for value in strays for found in _unwrapped(value)):
                found.append(f"{path.relative_to(UI)}:{literal.lineno}: {ast.unparse(literal)}")
            continue
        wanted = TEXT_CALLS[_name(node.func)]
        arguments = [
            argument
            for number, argument in enumerate(node.args)
            if wanted is None or number in wanted
        ] + [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        for argument in arguments:
            for literal in _unwrapped(argument):
                found.append(f"{path.relative_to(UI)}:{literal.lineno}: {ast.unparse(literal)}")
    return found


@pytest.mark.parametrize("name", TRANSLATED)
def test_visible_strings_are_wrapped(name: str) -> None:
    """No text given to a label, button, title, tooltip, header or message box in these
    files escapes translation (the window walk sees only the windows it opens)."""
    found = unwrapped_strings(UI / name)
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        found
    )
