"""A therapist's directory entry: add one or edit one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout

from opcc_desk.domain.models import Therapist
from opcc_desk.domain.records import therapist_from_row, therapist_to_row
from opcc_desk.services import people
from opcc_desk.ui.forms.choices import (
    AGE_GROUP_TICKS,
    CLIENT_TYPE_CHOICES,
    GENDER_CHOICES,
    LEVEL_CHOICES,
    THERAPIST_MODALITY_CHOICES,
    language_entries,
)
from opcc_desk.ui.forms.form import RecordForm
from opcc_desk.ui.forms.session import RecordKind
from opcc_desk.ui.widgets import approach_entries, concern_entries

THERAPISTS = RecordKind[Therapist](
    noun="therapist",
    id_prefix="T-",
    name=lambda therapist: therapist.full_name,
    # the services are looked up when called, so a test can stand in for one
    fetch=lambda ctx, record_id: people.get_therapist(ctx, record_id),
    add=lambda ctx, record: people.add_therapist(ctx, record),
    update=lambda ctx, record: people.update_therapist(ctx, record),
    ids=lambda ctx: people.therapist_ids(ctx),
    parse=lambda ctx, row: therapist_from_row(row, ctx.catalogue),
    to_row=lambda _ctx, therapist: therapist_to_row(therapist),
    defaults={"languages": "en", "accepting": "yes", "directory": "yes"},
    new_title=str(QT_TRANSLATE_NOOP("RecordForm", "New therapist")),
    stored_title=str(QT_TRANSLATE_NOOP("RecordForm", "Therapist {id}: {name}")),
    this_text=str(QT_TRANSLATE_NOOP("RecordForm", "This therapist")),
    named=str(QT_TRANSLATE_NOOP("RecordForm", "therapist {id}")),
)


class TherapistEditor(RecordForm[Therapist]):
    """A therapist's directory entry: add one (no id given) or edit one."""

    KIND = THERAPISTS

    def _build(self, columns: list[QVBoxLayout]) -> None:
        catalogue = self.ctx.catalogue
        fields = self.fields
        form = fields.group(columns[0], self.tr("Person"))
        fields.line(
            form,
            "id",
            self.tr("Directory id"),
            required=True,
            placeholder=self.tr("e.g. T-7"),
            width=160,
        )
        fields.line(form, "first_name", self.tr("First name"), required=True)
        fields.line(form, "last_name", self.tr("Last name"), required=True)
        fields.line(
            form, "pronouns", self.tr("Pronouns"), placeholder=self.tr("e.g. she/her, they/them")
        )
        fields.combo(
            form, "gender", self.tr("Gender"), [("", self.tr("Not given")), *GENDER_CHOICES]
        )
        fields.line(
            form,
            "credentials",
            self.tr("Credentials"),
            placeholder=self.tr("e.g. RP, MSW, RSW"),
            list_separators=",;",
        )
        fields.line(
            form, "registration", self.tr("Registration"), placeholder=self.tr("e.g. CRPO 012345")
        )
        fields.combo(form, "level", self.tr("Level"), LEVEL_CHOICES)

        form = fields.group(columns[0], self.tr("Contact"))
        fields.line(form, "email", self.tr("Email"), placeholder=self.tr("name@example.ca"))
        fields.line(form, "phone", self.tr("Phone"), placeholder="416-555-0134")

        form = fields.group(columns[0], self.tr("Bio"))
        fields.text_area(
            form,
            "bio",
            self.tr("Bio"),
            placeholder=self.tr("A few sentences for clients: who they are and how they work"),
        )

        form = fields.group(columns[1], self.tr("Practice"))
        fields.picker(
            form, "languages", self.tr("Languages"), language_entries(), required=True, rows=6
        )
        fields.picker(
            form,
            "approaches",
            self.tr("Approaches"),
            approach_entries(catalogue),
            required=True,
            rows=8,
        )
        fields.picker(
            form, "concerns", self.tr("Specialises in"), concern_entries(catalogue), rows=8
        )

        form = fields.group(columns[2], self.tr("Clients and sessions"))
        fields.ticks(
            form, "client_types", self.tr("Works with"), CLIENT_TYPE_CHOICES, required=True
        )
        fields.ticks(
            form,
            "age_groups",
            self.tr("Age groups"),
            AGE_GROUP_TICKS,
            required=True,
        )
        fields.ticks(
            form, "modalities", self.tr("Formats"), THERAPIST_MODALITY_CHOICES, required=True
        )
        fields.line(
            form,
            "locations",
            self.tr("Office locations"),
            placeholder=self.tr("e.g. Toronto; Mississauga"),
            list_separators=";",
        )

        form = fields.group(columns[2], self.tr("Fees and openings"))
        fields.line(
            form,
            "fee",
            self.tr("Full fee"),
            required=True,
            placeholder=self.tr("e.g. 150"),
            dollars=True,
            after=self.tr("per session"),
            width=90,
        )
        fields.line(
            form,
            "sliding_scale_min",
            self.tr("Sliding scale from"),
            placeholder=self.tr("none"),
            dollars=True,
            after=self.tr("empty = no sliding scale"),
            width=90,
        )
        fields.yes_no(form, "accepting", self.tr("Accepting"), self.tr("Accepting new clients"))
        fields.yes_no(
            form, "directory", self.tr("Directory"), self.tr("Listed in the published directory")
        )
        fields.yes_no(
            form,
            "directory_contact",
            self.tr("Directory contact"),
            self.tr("Show their own phone and email (otherwise the clinic's intake contact)"),
        )
        fields.line(
            form,
            "capacity",
            self.tr("Most open referrals"),
            placeholder=self.tr("no limit"),
            after=self.tr("empty = no limit"),
            width=90,
        )

        form = fields.group(columns[2], self.tr("Availability"))
        fields.availability(form, "availability", self.tr("Availability"))
