"""File → Clinic details…: the centre's name, address, contacts, logo, who signs the
letters and how they close, printed on every letter and summary.

At the first sign-in after set-up the window opens it with a Later button
(``first_start``): until the details are saved, letters carry the shipped examples.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.postal import province_of
from opcc_desk.domain.words.os_errors import os_reason
from opcc_desk.letters import Letterhead, logo_problem, wording
from opcc_desk.letters.letterhead import LETTERHEAD, cleaned, field_problems
from opcc_desk.services import settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, theme
from opcc_desk.ui.forms.problems import in_window_language
from opcc_desk.ui.widgets.dialog_parts import hint, scrolled

PREVIEW = 96
# details no one has set yet start empty, not with the shipped example's
BLANK = Letterhead(name="", address="", phone="", email="", website="")


class LetterheadDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Clinic details"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("The clinic's name, as on its sign"))
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(self.tr("Street and suite"))
        # two lines of the font in use: a fixed pixel height cut them off at large sizes
        lines = self.address.fontMetrics().lineSpacing() * 2
        self.address.setFixedHeight(lines + 2 * self.address.frameWidth() + 12)
        self.address.setTabChangesFocus(True)
        self.city = QLineEdit()
        self.province = QLineEdit()
        self.province.setMaxLength(2)
        self.province.setFixedWidth(48)
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(7)
        self.postal_code.setFixedWidth(90)
        # three fields share the "City:" row: each says its own name to a screen reader
        self.city.setAccessibleName(self.tr("City"))
        self.province.setAccessibleName(self.tr("Province"))
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.signatory = QLineEdit()
        self.signatory.setPlaceholderText(self.tr("Name, credentials (e.g. Dana Roy, RP)"))
        self.signatory_role = QLineEdit()
        self.signatory_role.setPlaceholderText(self.tr("e.g. Clinical director"))
        self.closing_en = QLineEdit()
        # the letter's usual closing, used while the field is empty: the letter's own
        # words in the letter's language, whatever the window speaks
        self.closing_en.setPlaceholderText(wording.text("en", "closing"))
        self.closing_fr = QLineEdit()
        self.closing_fr.setPlaceholderText(wording.text("fr", "closing"))
        self.letter_form = QComboBox()
        self.letter_form.addItem(self.tr("Full: the whole explanation (up to two pages)"), "full")
        self.letter_form.addItem(self.tr("Short: one page, the approach in a paragraph"), "short")
        self.show_logo = QCheckBox(self.tr("Print a logo"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(PREVIEW, PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(f"border: 1px solid {theme.colours().border};")
        choose = QPushButton(self.tr("Choose picture…"))
        standard = QPushButton(self.tr("Use the standard mark"))
        self._logo: bytes | None = None
        self._was_set = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Centre's name:"), self.name)
        form.addRow(self.tr("Street:"), self.address)
        place = QHBoxLayout()
        place.addWidget(self.city, 1)
        place.addWidget(QLabel(self.tr("Province:")))
        place.addWidget(self.province)
        place.addWidget(QLabel(self.tr("Postal code:")))
        place.addWidget(self.postal_code)
        form.addRow(self.tr("City:"), place)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Website:"), self.website)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.show_logo)
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(standard)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Signed by:"), self.signatory)
        form.addRow(self.tr("Their role:"), self.signatory_role)
        form.addRow(self.tr("Closing (English):"), self.closing_en)
        form.addRow(self.tr("Closing (French):"), self.closing_fr)
        form.addRow(self.tr("Letter form:"), self.letter_form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        if first_start:
            later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
            later.setToolTip(self.tr("Letters show example details until these are saved"))
            self.later_button: QPushButton | None = later
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.later_button = None
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        self.message.hide()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        if first_start:
            column.addWidget(
                hint(
                    self.tr(
                        "Welcome. Before the first letter, enter the clinic's own details: "
                        "until they are saved, letters show example ones."
                    )
                )
            )
        column.addLayout(form)
        column.addWidget(
            hint(
                self.tr(
                    "Shown at the top of every referral letter and summary; the letter ends "
                    "with the closing line and the person who signs. Letters already made "
                    "keep the details they were printed with."
                )
            )
        )
        column.addWidget(self.message)
        column.addStretch(1)
        self.name.setMinimumWidth(320)  # the centre's full name shows as typed

        choose.clicked.connect(self.choose_logo)
        standard.clicked.connect(lambda: self._set_logo(None))
        self.show_logo.toggled.connect(lambda _on: self._show_preview())
        self.postal_code.editingFinished.connect(self._province_from_postal_code)
        try:
            current = settings.get(ctx, LETTERHEAD)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Clinic details"), str(error))
            current = Letterhead()
        self.show_letterhead(current if current.is_set else BLANK)
        # the content scrolls where the screen is short (200 %); the buttons stay below
        scrolled(self, content, buttons)

    def show_letterhead(self, head: Letterhead) -> None:
        self._was_set = head.is_set
        self.name.setText(head.name)
        self.address.setPlainText(head.address)
        self.city.setText(head.city)
        self.province.setText(head.province)
        self.postal_code.setText(head.postal_code)
        self.phone.setText(head.phone)
        self.email.setText(head.email)
        self.website.setText(head.website)
        self.signatory.setText(head.signatory)
        self.signatory_role.setText(head.signatory_role)
        self.closing_en.setText(head.closing_en)
        self.closing_fr.setText(head.closing_fr)
        self.letter_form.setCurrentIndex(max(self.letter_form.findData(head.letter_form), 0))
        self.show_logo.setChecked(head.show_logo)
        self._set_logo(head.logo)

    def chosen(self) -> Letterhead:
        """What the form holds; saving it marks the clinic's details as set."""
        return Letterhead(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            city=self.city.text().strip(),
            province=self.province.text().strip(),
            postal_code=self.postal_code.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            signatory=self.signatory.text().strip(),
            signatory_role=self.signatory_role.text().strip(),
            closing_en=self.closing_en.text().strip(),
            closing_fr=self.closing_fr.text().strip(),
            letter_form=str(self.letter_form.currentData()),
            logo=self._logo,
            show_logo=self.show_logo.isChecked(),
            is_set=True,
        )

    def _province_from_postal_code(self) -> None:
        if not self.province.text().strip():
            self.province.setText(province_of(self.postal_code.text()))

    def choose_logo(self) -> None:
        path = dialogs.choose_open_path(
            self, self.tr("Choose the centre's logo"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            picture = Path(path).read_bytes()
        except OSError as error:
            dialogs.show_error(
                self,
                self.tr("Logo"),
                self.tr("{path}: cannot read the file ({why}).").format(
                    path=path, why=os_reason(error)
                ),
            )
            return
        problem = logo_problem(picture)
        if problem:
            dialogs.show_error(self, self.tr("Logo"), problem)
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
            self.logo_preview.setText(self.tr("No logo"))

    def save(self) -> None:
        head = self.chosen()
        try:
            self._ctx.require(LETTERHEAD.permission)  # the role first: a refusal says who may
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Clinic details not saved"), str(error))
            return
        problems = field_problems(head, explain=in_window_language)
        if problems:
            # every problem at once, the form left as typed: nothing is stored
            self.message.setText("\n".join(problems.values()))
            self.message.show()
            return
        try:
            settings.save(self._ctx, LETTERHEAD, cleaned(head))
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Clinic details not saved"), str(error))
            return
        self.accept()
