"""The few colours the window adds to its palette, in a light and a dark set.

Everything else comes from the palette (the system's, or the dark one below). The
set in use follows the palette: dark when its window colour is dark, so hints,
overdue counts and greyed rows stay readable in a dark desktop. Each foreground
reaches 4.5 : 1 against the backgrounds it is drawn on (tests/gui/test_theme.py
computes it), and none of them carries meaning alone: the words say it too
("overdue", "archived", the status column, the message under a field).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Colours:
    dark: bool
    # the palette backgrounds these colours are drawn on, and ordinary text
    base: str  # lists and input boxes
    alternate: str  # every other row of a list
    window: str  # dialogs, labels
    text: str
    # the colours this program adds
    hint: str  # secondary words: a note, an empty list's message
    greyed: str  # archived, ended or ignored rows
    overdue: str  # late follow-ups, problems in a file
    warning: str  # a letter that cannot be sent as it is
    success: str  # could be referred now; a row that will be added
    info: str  # a row that will be updated
    error: str  # a refused sign-in, a field's message
    error_background: str  # a wrong field, the form's banner
    warning_background: str  # a field changed at both desks
    banner_text: str  # the lost-connection banner
    banner_background: str
    border: str  # frames that only decorate (a logo preview)


LIGHT = Colours(
    dark=False,
    base="#ffffff",
    alternate="#f7f7f7",
    window="#efefef",
    text="#000000",
    hint="#555555",
    greyed="#636363",
    overdue="#a31515",
    warning="#8f4312",
    success="#1b6e20",
    info="#1a4f8b",
    error="#b00020",
    error_background="#fde2e1",
    warning_background="#fff4e5",
    banner_text="#7a1a14",
    banner_background="#fdecea",
    border="#8a9fa2",
)

DARK = Colours(
    dark=True,
    base="#1e1e1e",
    alternate="#2a2a2a",
    window="#353535",
    text="#f0f0f0",
    hint="#bdbdbd",
    greyed="#b0b0b0",
    overdue="#ff9c94",
    warning="#ffb870",
    success="#86d993",
    info="#9cc3ff",
    error="#ffa198",
    error_background="#4d1f1c",
    warning_background="#4a3413",
    banner_text="#ffdad6",
    banner_background="#4d1f1c",
    border="#7d8c8e",
)

# (foreground, the backgrounds it is drawn on): what the contrast test checks
ON = {
    "hint": ("base", "alternate", "window"),
    "greyed": ("base", "alternate", "window"),
    "overdue": ("base", "alternate", "window"),
    "warning": ("base", "alternate", "window"),
    "success": ("base", "alternate", "window"),
    "info": ("base", "alternate", "window"),
    "error": ("base", "alternate", "window", "error_background"),
    "text": ("base", "alternate", "window", "error_background", "warning_background"),
    "banner_text": ("banner_background",),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    """The set that suits ``palette`` (the application's when none is given)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return DARK if is_dark(palette) else LIGHT


def readable_placeholders(app: QGuiApplication) -> None:
    """Placeholders ("e.g. C-104", "YYYY-MM-DD") in the hint colour: Qt draws them in
    half-transparent text, about 3.5 : 1 on white, too faint for a hint people rely on.
    Only that one role is set, so the rest of the palette still follows the desktop."""
    palette = app.palette()
    hint = QColor(colours(palette).hint)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, hint)
    app.setPalette(palette)


def style(**roles: str) -> str:
    """A style sheet line from theme names: style(color="hint") -> 'color: #555555;'."""
    now = colours()
    return " ".join(
        f"{prop.replace('_', '-')}: {getattr(now, name)};" for prop, name in roles.items()
    )


def names() -> list[str]:
    return [f.name for f in fields(Colours) if f.name != "dark"]


def dark_palette() -> QPalette:
    """A dark palette for screenshots and tests (and for a desktop that has none)."""
    dark = DARK
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, dark.window),
        (roles.WindowText, dark.text),
        (roles.Base, dark.base),
        (roles.AlternateBase, dark.alternate),
        (roles.Text, dark.text),
        (roles.Button, dark.window),
        (roles.ButtonText, dark.text),
        (roles.ToolTipBase, dark.base),
        (roles.ToolTipText, dark.text),
        (roles.PlaceholderText, dark.hint),
        (roles.BrightText, "#ffffff"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, dark.info),
        (roles.Light, "#4a4a4a"),
        (roles.Midlight, "#404040"),
        (roles.Mid, "#2a2a2a"),
        (roles.Dark, "#202020"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    return palette


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a '#rrggbb' colour."""

    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
