"""Alt keys as Qt sees them: the letter after '&' in a control's text, per window.

Qt gives an Alt key to a button, a check box, a group box, a tab, a menu-bar title and a
label with a buddy. Two controls of one window sharing a key make Alt+key only move the
focus between them, so nothing happens. Pages of a tab or stacked widget are never on
screen together: each page is checked with the rest of its window, not with its sisters.
A control hidden at the moment (a move a referral in this state cannot make) is left
out: the tests walk the states that show them.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)

Key = tuple[str, str]  # (letter, where it is written)


def mnemonic(text: str) -> str:
    """The Alt letter in ``text`` ('' when none); '&&' is a plain ampersand."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] == "&":
            at += 2
            continue
        return text[at + 1].casefold()
    return ""


def _own_keys(widget: QWidget) -> list[Key]:
    texts: list[str] = []
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        texts.append(widget.text())
    elif isinstance(widget, QTabBar):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QMenuBar):
        texts.extend(a.text() for a in widget.actions() if a.isVisible())
    return [(key, text.replace("&", "")) for text in texts if (key := mnemonic(text))]


def _variants(widget: QWidget) -> list[list[Key]]:
    """Every set of keys that can be on screen at once under ``widget``."""
    own = _own_keys(widget)
    children = [
        c
        for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not c.isWindow() and not c.isHidden()
    ]
    if isinstance(widget, QStackedWidget):
        pages: list[list[Key]] = []
        for index in range(widget.count()):
            pages.extend(_variants(widget.widget(index)))
        return [own + page for page in pages] or [own]
    combined = [own]
    for child in children:
        combined = [mine + theirs for mine in combined for theirs in _variants(child)]
    return combined


def _clashes(keys: list[Key], where: str) -> list[str]:
    counts = Counter(key for key, _text in keys)
    return [
        f"{where}: Alt+{key.upper()} on " + ", ".join(sorted(t for k, t in keys if k == key))
        for key, n in counts.items()
        if n > 1
    ]


def window_clashes(window: QWidget) -> list[str]:
    """Alt keys two controls of ``window`` share, and two items of one of its menus."""
    found: set[str] = set()
    name = window.windowTitle() or type(window).__name__
    for keys in _variants(window):
        found.update(_clashes(keys, name))
    for bar in window.findChildren(QMenuBar):
        for top in bar.actions():
            if top.menu() is not None:
                found.update(menu_clashes(top.menu(), name))
    return sorted(found)


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    keys = [(k, a.text().replace("&", "")) for a in actions if (k := mnemonic(a.text()))]
    found = _clashes(keys, f"{where} menu {menu.title().replace('&', '')}")
    for action in actions:
        if action.menu() is not None:
            found.extend(menu_clashes(action.menu(), where))
    return found


def tables_tab_cannot_leave(window: QWidget) -> list[str]:
    """Tables and lists of ``window`` where Tab walks the cells instead of moving on."""
    name = window.windowTitle() or type(window).__name__
    return [
        f"{name}: {view.accessibleName() or type(view).__name__}"
        for view in window.findChildren(QAbstractItemView)
        if view.tabKeyNavigation() and not view.isWindow()
    ]
