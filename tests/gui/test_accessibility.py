"""What a screen reader user meets: every control Tab reaches has a name, forms are
walked in the order they are read, and a refused save says what is wrong at the field."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo, people, referrals
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import accessibility, dialogs
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.forms.form import RecordForm
from opcc_desk.ui.forms.therapist_form import TherapistEditor
from opcc_desk.ui.login import FirstStartDialog, LoginDialog, UnlockDialog
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.widgets import KeyPicker

INTAKE = """id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact
W-1,Sam,Lee,1990-04-02,sam@example.ca,,en,individual,adult,anxiety,virtual,,yes
"""
# Actions that end the session rather than open a window.
NOT_WALKED = {"Quit", "Lock now"}


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, seed=3, therapists=6, clients=12, referrals=4)
    return ctx


@pytest.fixture
def intake_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The intake import gets a real file (its preview is a dialog to walk too)."""
    path = tmp_path / "intake.csv"
    path.write_text(INTAKE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(path))
    return path


def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def describe(widget: QWidget) -> str:
    """Enough to find a silent control in the code: its class, object name and parents."""
    chain = []
    parent: QWidget | None = widget
    while parent is not None:
        chain.append(f"{type(parent).__name__}({parent.objectName()})")
        parent = parent.parentWidget()
    return " < ".join(chain)


def silent_controls(window: QWidget) -> list[str]:
    return [describe(w) for w in accessibility.unnamed_controls(window)]


def test_every_window_reachable_from_the_menus_names_every_control(
    qtbot: QtBot, clinic: ServiceContext, intake_file: Path
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    silent: dict[str, list[str]] = {}
    walked: set[str] = set()

    def look() -> None:
        for shown in shown_windows():
            title = shown.windowTitle() or type(shown).__name__
            walked.add(type(shown).__name__)
            if found := silent_controls(shown):
                silent[title] = found

    def close_dialogs() -> None:
        for dialog in shown_windows():
            if isinstance(dialog, QDialog):
                dialog.reject()
        qtbot.waitUntil(lambda: not [w for w in shown_windows() if isinstance(w, QDialog)])

    for index in range(window.tabs.count()):  # each tab's page, as it is shown
        window.tabs.setCurrentIndex(index)
        look()
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        for action in menu.actions():
            text = action.text().replace("&", "").rstrip("…")
            if action.isSeparator() or text in NOT_WALKED:
                continue
            action.trigger()
            look()
            close_dialogs()
    # windows opened from the tabs rather than the menus
    window.open_matches(people.list_clients(clinic)[0].id)
    look()
    close_dialogs()
    window.tabs.setCurrentWidget(window.referrals_tab)
    window.referrals_tab.show_referral(referrals.list_referrals(clinic)[0].id)
    window.referrals_tab.letter_actions.open_letter()
    look()
    close_dialogs()

    assert silent == {}, "\n".join(f"{t}: {c}" for t, cs in silent.items() for c in cs)
    assert {
        "MainWindow",
        "ClientEditor",
        "TherapistEditor",
        "WaitlistDialog",
        "ImportPreviewDialog",
        "MatchDialog",
        "LetterDialog",
        "AuditDialog",
        "UsersDialog",
        "ReportDialog",
    } <= walked


def refuse(*_args: object) -> ServiceContext:
    raise AssertionError("not signed in by this test")


@pytest.mark.parametrize(
    "make",
    [
        lambda: LoginDialog(refuse, "the clinic's database"),
        lambda: FirstStartDialog(refuse),
        lambda: UnlockDialog("amy", refuse),
    ],
    ids=["sign in", "first start", "unlock"],
)
def test_sign_in_windows_name_every_control(qtbot: QtBot, make: Callable[[], QDialog]) -> None:
    accessibility.install()
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert silent_controls(dialog) == []


def test_the_record_tables_and_search_boxes_say_what_they_are(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    assert window.clients_tab.view.accessibleName() == "Clients"
    assert window.therapists_tab.view.accessibleName() == "Therapists"
    assert window.referrals_tab.view.accessibleName() == "Referrals"
    assert window.clients_tab.search.accessibleName() == "Search clients"
    assert window.clients_tab.search.accessibleDescription()  # says what it searches


def tab_walk(form: RecordForm, qtbot: QtBot) -> list[str]:  # type: ignore[type-arg]
    """The names of the fields Tab visits, from the first field to the last."""
    form.show()
    qtbot.waitExposed(form)
    names = list(form.fields)
    widgets = {id(form.fields[n].focus): n for n in names}
    first = form.fields[names[0]].focus
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    visited: list[str] = [names[0]]
    for _step in range(400):
        current = QApplication.focusWidget()
        if current is form.save_button:
            break
        form.focusNextChild()
        current = QApplication.focusWidget()
        assert current is not None
        # a field's inner parts (a filter box, a tick box of a grid) belong to it
        owner = current
        while owner is not None and id(owner) not in widgets and owner is not form:
            owner = owner.parentWidget()
        name = widgets.get(id(owner)) if owner is not None else None
        name = name or _field_holding(form, current)
        if name and name != visited[-1]:
            visited.append(name)
    return visited


def _field_holding(form: RecordForm, widget: QWidget) -> str | None:  # type: ignore[type-arg]
    for name, field in form.fields.items():
        if field.frame.isAncestorOf(widget):
            return name
    return None


@pytest.mark.parametrize("make", [ClientEditor, TherapistEditor])
def test_tab_walks_the_form_in_the_order_it_is_read(
    qtbot: QtBot,
    ctx: ServiceContext,
    make: type[RecordForm],  # type: ignore[type-arg]
) -> None:
    form = make(ctx)
    qtbot.addWidget(form)
    visited = tab_walk(form, qtbot)
    # read order: top to bottom in the first column, then the second, then the third;
    # the fields were built in that order, so the built order is the reading order
    assert visited == list(form.fields)
    # and on screen, each field is below the one before it in its group, and each group
    # below the one before it in its column or in a column to its right
    for before, after in itertools.pairwise(visited):
        first, second = form.fields[before].frame, form.fields[after].frame
        box_one, box_two = group_of(first), group_of(second)
        if box_one is box_two:
            assert place(second).y() > place(first).y(), f"{after} after {before}"
        else:
            one, two = place(box_one), place(box_two)
            assert two.x() > one.x() or (two.x() == one.x() and two.y() > one.y()), after


def group_of(widget: QWidget) -> QWidget:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def place(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_a_refused_save_puts_the_cursor_on_the_first_wrong_field_with_the_reason(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    form = ClientEditor(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    email = form.field_widget("email")
    assert isinstance(email, QLineEdit)
    email.setText("not an email")
    id_box = form.field_widget("id")
    assert isinstance(id_box, QLineEdit)
    id_box.setText("")
    form.save_button.click()
    first = form.field_widget("id")  # the first field of the form, and required
    qtbot.waitUntil(first.hasFocus)
    assert "Intake id" in first.accessibleDescription()
    assert "required" in first.accessibleDescription()
    assert form.field_widget("email").accessibleDescription() == form.error_text("email")
    assert "Email" in form.error_text("email")
    # fixing a field takes its message away, for the ear as for the eye
    id_box.setText("C-900")
    id_box.editingFinished.emit()
    assert form.field_widget("id").accessibleDescription() == ""
    # a list of ticks says its problem and, once fixed, what is chosen
    concerns = form.field_widget("concerns")
    assert "tick at least one" in concerns.accessibleDescription()
    picker = concerns.parentWidget()
    assert isinstance(picker, KeyPicker)
    picker.set_checked("anxiety", True)
    assert concerns.accessibleDescription() == "Chosen (1): Anxiety"
    assert not people.client_ids(ctx)  # nothing was saved


def test_a_refused_sign_in_is_read_out_with_the_password_field(qtbot: QtBot) -> None:
    def sign_in(_user: str, _password: str) -> ServiceContext:
        raise ServiceError("Wrong user name or password")

    dialog = LoginDialog(sign_in, "the clinic's database")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setText("amy")
    dialog.password.setText("not it")
    dialog.try_sign_in()
    qtbot.waitUntil(dialog.password.hasFocus)
    assert dialog.password.accessibleDescription() == "Wrong user name or password"
