"""Names for screen readers, given in one place.

A screen reader says a control's accessible name. Buttons, check boxes, tabs and
labels speak their own text, but an input box, a list or a combo box is silent unless
someone names it, and the name a sighted person reads is already on screen: the label
in front of it. So rather than naming every box by hand in every dialog, one event
filter on the application names each control that has no name when its window (or the
control itself) is shown, from the visible text that labels it: its label in a form
layout, a label whose buddy it is, a caption ending in ':' just before it in a row or
column, its placeholder,
its tooltip, or the title of the group box it sits in.

Why an application event filter rather than a call in each dialog: dialogs are opened
from many places (the main window's menus, the tabs, other dialogs, message boxes),
and a window added later is covered without its author remembering anything. The
filter looks at one field of each event and returns at once for all but Show: about
5 microseconds an event on the development machine, a few milliseconds a second while
the window is busy.

The same filter keeps each window within the screen it opens on: at 150 % or 200 %
(QT_SCALE_FACTOR, or the desktop's own scaling) a window sized for 100 % would
otherwise run off the screen, its buttons out of reach.

Controls with no visible text at all (the record tables, the details pane, the letter
preview) get an explicit, translated name where they are built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from opcc_desk.ui import theme

# set on a control whose name this module gave, so the name follows its label later
AUTO = "opccAutoName"


def clean(text: str) -> str:
    """A label's words as a name: no '&' accelerators, no ':' or required-field '*'."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("*:").strip().rstrip("…").strip()


def is_keyboard_control(widget: QWidget) -> bool:
    """A control Tab can reach that a screen reader announces on its own: not one of
    Qt's inner parts (a spin box's line edit, a tab widget handing focus to its bar)."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None:
        return False  # focus goes to the proxy, which carries the name
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return False  # the line edit inside: the spin box or combo box is what is named
    return not widget.objectName().startswith("qt_") or isinstance(widget, QTabBar)


def own_text(widget: QWidget) -> str:
    """What Qt already says for a control that shows its own words."""
    if isinstance(widget, QAbstractButton):
        return clean(widget.text()) or clean(widget.toolTip())
    if isinstance(widget, QTabBar):
        return clean(widget.tabText(widget.currentIndex())) if widget.count() else ""
    if isinstance(widget, QLabel):
        return clean(widget.text())
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return clean(widget.title())
    return ""


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget`` ('' when it would say nothing)."""
    return widget.accessibleName().strip() or own_text(widget)


def _form_label(widget: QWidget, window: QWidget) -> str:
    """The label a QFormLayout shows for the widget or a container holding it."""
    child: QWidget | None = widget
    while child is not None and child is not window:
        parent = child.parentWidget()
        layout = parent.layout() if parent is not None else None
        for form in _forms(layout):
            label = form.labelForField(child)
            if isinstance(label, QLabel) and clean(label.text()):
                return clean(label.text())
        child = parent
    return ""


def _forms(layout: QLayout | None) -> list[QFormLayout]:
    """Every form layout in ``layout`` and the layouts nested in it."""
    if layout is None:
        return []
    found = [layout] if isinstance(layout, QFormLayout) else []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found.extend(_forms(inner))
    return found


def _buddy_label(widget: QWidget, window: QWidget) -> str:
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and clean(label.text()):
            return clean(label.text())
    return ""


def _label_before(widget: QWidget) -> str:
    """A label placed just before the widget in the same row or column ("Search: [...]")."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    for box in _boxes(layout):
        index = box.indexOf(widget)
        if index > 0:
            item = box.itemAt(index - 1)
            before = item.widget() if item is not None else None
            # only a caption ("Show:"), not a sentence that happens to sit above
            if isinstance(before, QLabel) and before.buddy() is None:
                text = before.text().strip()
                if text.endswith(":") and clean(text):
                    return clean(text)
    return ""


def _boxes(layout: QLayout | None) -> list[QBoxLayout]:
    if layout is None:
        return []
    found = [layout] if isinstance(layout, QBoxLayout) else []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found.extend(_boxes(inner))
    return found


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return clean(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        line = widget.lineEdit()
        return clean(line.placeholderText()) if line is not None else ""
    return ""


def _group_title(widget: QWidget, window: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QGroupBox) and clean(parent.title()):
            return clean(parent.title())
        parent = parent.parentWidget()
    return ""


def visible_label(widget: QWidget) -> str:
    """The visible words that label ``widget``, '' when there are none."""
    window = widget.window()
    for found in (
        _form_label(widget, window),
        _buddy_label(widget, window),
        _label_before(widget),
        _placeholder(widget),
        clean(widget.toolTip()),
        _group_title(widget, window),
    ):
        if found:
            return found
    return ""


def name_control(widget: QWidget) -> None:
    """Give a silent control the text of its visible label (kept in step later)."""
    if not is_keyboard_control(widget) or own_text(widget):
        return
    if widget.accessibleName() and not widget.property(AUTO):
        return  # named on purpose where it was built
    name = visible_label(widget)
    if name and name != widget.accessibleName():
        widget.setAccessibleName(name)
        widget.setProperty(AUTO, True)


def name_window(window: QWidget) -> None:
    """Name every silent control of a window, shown or not yet (other tabs' pages)."""
    for widget in (window, *window.findChildren(QWidget)):
        if widget.window() is window:
            name_control(widget)


def unnamed_controls(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` that Tab reaches and a screen reader could not name."""
    return [
        widget
        for widget in (window, *window.findChildren(QWidget))
        if widget.window() is window and is_keyboard_control(widget) and not spoken_name(widget)
    ]


# room left around a window for its title bar and the desktop's own frame
FRAME_ROOM = QSize(16, 48)


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window that is larger than the free area of its screen, and bring it
    back onto that screen (its layout and scroll areas then take what is left)."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    room = area.size() - FRAME_ROOM
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    if window.parentWidget() is None and not area.contains(window.geometry()):
        left = min(max(window.x(), area.left()), area.right() - size.width())
        top = min(max(window.y(), area.top()), area.bottom() - size.height() - FRAME_ROOM.height())
        window.move(max(left, area.left()), max(top, area.top()))


class _Namer(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if watched.isWindow():
                if watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                    fit_to_screen(watched)  # not menus, pop-up lists or tooltips
                name_window(watched)
            else:  # a control added or revealed after its window was shown
                name_control(watched)
        return False


def install(app: QCoreApplication | None = None) -> None:
    """Name controls in every window this application shows, fit windows to their
    screen, and draw placeholders in the readable hint colour (once per application)."""
    app = app or QApplication.instance()
    if app is None or app.property(AUTO):
        return
    namer = _Namer(app)
    app.installEventFilter(namer)
    app.setProperty(AUTO, True)
    if isinstance(app, QApplication):
        theme.readable_placeholders(app)
