"""A therapist's directory entry: add one or edit one."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from opcc_desk.domain.models import Therapist
from opcc_desk.domain.records import therapist_from_row, therapist_to_row
from opcc_desk.services import people
from opcc_desk.ui.forms.choices import (
    AGE_GROUP_CHOICES,
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
)


class TherapistEditor(RecordForm[Therapist]):
    """A therapist's directory entry: add one (no id given) or edit one."""

    KIND = THERAPISTS

    def _build(self, columns: list[QVBoxLayout]) -> None:
        catalogue = self.ctx.catalogue
        fields = self.fields
        form = fields.group(columns[0], "Person")
        fields.line(form, "id", "Directory id", required=True, placeholder="e.g. T-7", width=160)
        fields.line(form, "first_name", "First name", required=True)
        fields.line(form, "last_name", "Last name", required=True)
        fields.line(form, "pronouns", "Pronouns", placeholder="e.g. she/her, they/them")
        fields.combo(form, "gender", "Gender", [("", "Not given"), *GENDER_CHOICES])
        fields.line(
            form,
            "credentials",
            "Credentials",
            placeholder="e.g. RP, MSW, RSW",
            list_separators=",;",
        )
        fields.line(form, "registration", "Registration", placeholder="e.g. CRPO 012345")
        fields.combo(form, "level", "Level", LEVEL_CHOICES)

        form = fields.group(columns[0], "Contact")
        fields.line(form, "email", "Email", placeholder="name@example.ca")
        fields.line(form, "phone", "Phone", placeholder="416-555-0134")

        form = fields.group(columns[0], "Bio")
        fields.text_area(
            form,
            "bio",
            "Bio",
            placeholder="A few sentences for clients: who they are and how they work",
        )

        form = fields.group(columns[1], "Practice")
        fields.picker(form, "languages", "Languages", language_entries(), required=True, rows=6)
        fields.picker(
            form, "approaches", "Approaches", approach_entries(catalogue), required=True, rows=8
        )
        fields.picker(form, "concerns", "Specialises in", concern_entries(catalogue), rows=8)

        form = fields.group(columns[2], "Clients and sessions")
        fields.ticks(form, "client_types", "Works with", CLIENT_TYPE_CHOICES, required=True)
        fields.ticks(
            form,
            "age_groups",
            "Age groups",
            [(value, value.capitalize()) for value, _label in AGE_GROUP_CHOICES],
            required=True,
        )
        fields.ticks(form, "modalities", "Formats", THERAPIST_MODALITY_CHOICES, required=True)
        fields.line(
            form,
            "locations",
            "Office locations",
            placeholder="e.g. Toronto; Mississauga",
            list_separators=";",
        )

        form = fields.group(columns[2], "Fees and openings")
        fields.line(
            form,
            "fee",
            "Full fee",
            required=True,
            placeholder="e.g. 150",
            before="$",
            after="per session",
            width=90,
        )
        fields.line(
            form,
            "sliding_scale_min",
            "Sliding scale from",
            placeholder="none",
            before="$",
            after="empty = no sliding scale",
            width=90,
        )
        fields.yes_no(form, "accepting", "Accepting", "Accepting new clients")
        fields.yes_no(form, "directory", "Directory", "Listed in the published directory")
        fields.yes_no(
            form,
            "directory_contact",
            "Directory contact",
            "Show their own phone and email (otherwise the clinic's intake contact)",
        )
        fields.line(
            form,
            "capacity",
            "Most open referrals",
            placeholder="no limit",
            after="empty = no limit",
            width=90,
        )

        form = fields.group(columns[2], "Availability")
        fields.availability(form, "availability", "Availability")
