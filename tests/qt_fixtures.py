"""Qt test setup: the offscreen platform and the modal boxes every widget test answers.

Imported by tests/gui/conftest.py (every GUI test) and by any other test module that
drives widgets; the unit tests never import it, so they run without Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

# before the first QApplication, which pytest-qt makes when a test first asks for qtbot;
# a desk monitor's 1920 x 1080 rather than offscreen Qt's 800 x 600, since the window
# keeps each window within its screen (ui/accessibility.py)
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent / 'data' / 'offscreen-screen.json'}"
)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from opcc_desk.ui.conflict_dialog import Conflict, Resolution


def build_translations() -> Path:
    """The .qm files compiled from the .ts files when missing or older (what
    scripts/translations.sh build does), so a fresh checkout's tests see the .ts as it is."""
    from opcc_desk.resources import translations_dir

    folder = translations_dir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture(scope="session")
def translations() -> Path:
    return build_translations()


@pytest.fixture(autouse=True)
def window_language(qapp: object, translations: Path) -> Iterator[str]:
    """Every widget test runs in English, as the program does on an English desk: with
    the English file, which holds the plural forms ("1 client", "2 clients"). A test
    that switches to French gets English back afterwards."""
    from opcc_desk.ui import i18n

    i18n.install("en")
    yield "en"
    i18n.install("en")


@pytest.fixture
def french(window_language: str) -> None:
    """The window in French for one test, and what the services say with it; the
    window_language fixture brings English back afterwards."""
    from opcc_desk.domain.words import messages
    from opcc_desk.ui import i18n

    assert i18n.install("fr") == "fr"
    assert messages.language() == "fr"


class ModalBoxes:
    """What the program would have asked or shown in modal boxes during a test."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.unsaved_answer = "discard"
        self.yes_no_answer = True
        # the "saved at another desk" dialog: every conflict shown, and how it is answered
        # (None: "Back to the form"; a test sets its own to keep, take or merge)
        self.conflicts: list[Conflict] = []
        self.resolve: Callable[[Conflict], Resolution | None] = lambda _conflict: None

    def messages(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture(autouse=True)
def modal_boxes(monkeypatch: pytest.MonkeyPatch) -> ModalBoxes:
    """No test may block on a modal box: each question gets a default answer and is
    recorded. A test that cares sets its own answers with monkeypatch after this."""
    from opcc_desk.ui import conflict_dialog, dialogs

    boxes = ModalBoxes()

    def record(kind: str) -> object:
        return lambda _parent, title, text: boxes.shown.append((kind, title, text))

    def ask_unsaved(_parent: object, what: str) -> dialogs.Unsaved:
        boxes.shown.append(("unsaved", what, ""))
        return dialogs.Unsaved(boxes.unsaved_answer)

    def ask_yes_no(_parent: object, title: str, text: str) -> bool:
        boxes.shown.append(("yes_no", title, text))
        return boxes.yes_no_answer

    def ask_resolution(_parent: object, conflict: Conflict) -> Resolution | None:
        boxes.shown.append(("conflict", conflict.what, ""))
        boxes.conflicts.append(conflict)
        return boxes.resolve(conflict)

    monkeypatch.setattr(conflict_dialog, "ask_resolution", ask_resolution)
    monkeypatch.setattr(dialogs, "show_error", record("error"))
    monkeypatch.setattr(dialogs, "show_info", record("info"))
    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: None)
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: None)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_number", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_note", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_password", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args, **_kwargs: None)
    monkeypatch.setattr(
        dialogs,
        "show_passphrase",
        lambda _parent, title, _text, passphrase: boxes.shown.append(
            ("passphrase", title, passphrase)
        ),
    )
    return boxes
