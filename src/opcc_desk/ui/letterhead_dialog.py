"""File → Letterhead…: the centre's name, address, contacts and logo on every PDF."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.letters import Letterhead, logo_problem
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, theme
from opcc_desk.ui.widgets.dialog_parts import answer_buttons, hint

PREVIEW = 96


class LetterheadDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Letterhead")
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText("Street and suite\nCity, province and postal code")
        # three lines of the font in use: at a large font size 70 pixels cut them off
        lines = self.address.fontMetrics().lineSpacing() * 3
        self.address.setFixedHeight(lines + 2 * self.address.frameWidth() + 12)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.show_logo = QCheckBox("Print a logo")
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(PREVIEW, PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(f"border: 1px solid {theme.colours().border};")
        choose = QPushButton("Choose picture…")
        standard = QPushButton("Use the standard mark")
        self._logo: bytes | None = None

        form = QFormLayout()
        form.addRow("Centre's name:", self.name)
        form.addRow("Address:", self.address)
        form.addRow("Phone:", self.phone)
        form.addRow("Email:", self.email)
        form.addRow("Website:", self.website)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.show_logo)
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(standard)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form.addRow("Logo:", logo_row)
        buttons = answer_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                "Shown at the top of every referral letter and summary. Letters already made "
                "keep the letterhead they were printed with."
            )
        )
        layout.addWidget(buttons)

        choose.clicked.connect(self.choose_logo)
        standard.clicked.connect(lambda: self._set_logo(None))
        self.show_logo.toggled.connect(lambda _on: self._show_preview())
        try:
            current = settings.get(ctx, LETTERHEAD)
        except ServiceError as error:
            dialogs.show_error(self, "Letterhead", str(error))
            current = Letterhead()
        self.show_letterhead(current)

    def show_letterhead(self, head: Letterhead) -> None:
        self.name.setText(head.name)
        self.address.setPlainText(head.address)
        self.phone.setText(head.phone)
        self.email.setText(head.email)
        self.website.setText(head.website)
        self.show_logo.setChecked(head.show_logo)
        self._set_logo(head.logo)

    def chosen(self) -> Letterhead:
        return replace(
            Letterhead(),
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            logo=self._logo,
            show_logo=self.show_logo.isChecked(),
        )

    def choose_logo(self) -> None:
        path = dialogs.choose_open_path(
            self, "Choose the centre's logo", "Pictures (*.png *.jpg *.jpeg)"
        )
        if not path:
            return
        try:
            picture = Path(path).read_bytes()
        except OSError as error:
            dialogs.show_error(self, "Logo", f"{path}: cannot read the file ({error.strerror}).")
            return
        problem = logo_problem(picture)
        if problem:
            dialogs.show_error(self, "Logo", problem)
            return
        self._set_logo(picture)
        self.show_logo.setChecked(True)

    def _set_logo(self, picture: bytes | None) -> None:
        self._logo = picture
        self._show_preview()

    def _show_preview(self) -> None:
        picture = replace(self.chosen(), show_logo=True).logo_bytes()
        pixmap = QPixmap()
        if picture and self.show_logo.isChecked() and pixmap.loadFromData(picture):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    PREVIEW - 8,
                    PREVIEW - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText("No logo")

    def save(self) -> None:
        try:
            settings.save(self._ctx, LETTERHEAD, self.chosen())
        except ServiceError as error:
            dialogs.show_error(self, "Letterhead not saved", str(error))
            return
        self.accept()
