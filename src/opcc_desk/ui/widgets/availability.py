"""A week of availability as a grid: seven days across, three parts of the day down."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QToolButton, QWidget

from opcc_desk.domain.enums import ALL_SLOTS, Day, DayPart, slot_key


def _mark(text: object) -> str:
    return str(text)


# marked for translation here, translated when the grid is built (self.tr)
DAY_NAMES: dict[Day, tuple[str, str]] = {
    Day.MON: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Mon")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Monday")),
    ),
    Day.TUE: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Tue")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Tuesday")),
    ),
    Day.WED: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Wed")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Wednesday")),
    ),
    Day.THU: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Thu")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Thursday")),
    ),
    Day.FRI: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Fri")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Friday")),
    ),
    Day.SAT: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Sat")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Saturday")),
    ),
    Day.SUN: (
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Sun")),
        _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Sunday")),
    ),
}
PART_NAMES: dict[DayPart, str] = {
    DayPart.MORNING: _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Morning")),
    DayPart.AFTERNOON: _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Afternoon")),
    DayPart.EVENING: _mark(QT_TRANSLATE_NOOP("AvailabilityGrid", "Evening")),
}


class AvailabilityGrid(QWidget):
    """One checkbox per slot; ``slots()`` gives the file spelling, e.g. ``mon_evening``.

    The day and part-of-day headers are buttons that tick or clear a whole column
    or row (mouse only, so they do not add 10 stops to the Tab order).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for column, day in enumerate(Day, start=1):
            short, long = DAY_NAMES[day]
            header = self._header(
                self.tr(short), self.tr("Tick or clear every {day} slot").format(day=self.tr(long))
            )
            day_slots = [slot_key(day, p) for p in DayPart]
            header.clicked.connect(lambda _=False, keys=day_slots: self._toggle(keys))
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)
        for row, part in enumerate(DayPart, start=1):
            name = PART_NAMES[part]
            header = self._header(
                self.tr(name),
                self.tr("Tick or clear every {part}").format(part=self.tr(name).lower()),
            )
            part_slots = [slot_key(d, part) for d in Day]
            header.clicked.connect(lambda _=False, keys=part_slots: self._toggle(keys))
            grid.addWidget(header, row, 0, Qt.AlignmentFlag.AlignLeft)
        # Created day by day so Tab walks Monday morning, afternoon, evening, then Tuesday.
        for column, day in enumerate(Day, start=1):
            for row, part in enumerate(DayPart, start=1):
                key = slot_key(day, part)
                box = QCheckBox(self)
                box.setObjectName(key)
                box.setAccessibleName(
                    self.tr("{day} {part}").format(
                        day=self.tr(DAY_NAMES[day][1]), part=self.tr(PART_NAMES[part]).lower()
                    )
                )
                box.setToolTip(box.accessibleName())
                box.toggled.connect(self._on_toggled)
                self._boxes[key] = box
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignHCenter)
        grid.setColumnStretch(len(Day) + 1, 1)
        self._quiet = False

    def _header(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def checkbox(self, slot: str) -> QCheckBox:
        """The checkbox of one slot (for tests and accessibility tools)."""
        return self._boxes[slot]

    def slots(self) -> list[str]:
        return [key for key in ALL_SLOTS if self._boxes[key].isChecked()]

    def set_slots(self, slots: Iterable[str]) -> None:
        wanted = set(slots)
        before = self.slots()
        self._quiet = True
        try:
            for key, box in self._boxes.items():
                box.setChecked(key in wanted)
        finally:
            self._quiet = False
        if self.slots() != before:
            self.changed.emit()

    def _toggle(self, keys: list[str]) -> None:
        everything_on = all(self._boxes[key].isChecked() for key in keys)
        current = set(self.slots())
        if everything_on:
            current.difference_update(keys)
        else:
            current.update(keys)
        self.set_slots(current)

    def _on_toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self.changed.emit()
