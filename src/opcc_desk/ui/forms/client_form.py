"""The intake form: add a new client or edit one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout

from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import Client
from opcc_desk.domain.records import age_group_for, client_from_row, client_to_row
from opcc_desk.domain.validation import FieldError, Problem, RecordError, parse_date, yes_no
from opcc_desk.services import people
from opcc_desk.services.consent import FORM_PROBLEM
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.forms.choices import (
    AGE_GROUP_CHOICES,
    CLIENT_TYPE_CHOICES,
    GENDER_CHOICES,
    MODALITY_CHOICES,
    short_age_group,
)
from opcc_desk.ui.forms.form import RecordForm
from opcc_desk.ui.forms.session import RecordKind
from opcc_desk.ui.widgets import approach_entries, concern_entries


def _client_row(ctx: ServiceContext, record: Client) -> dict[str, str]:
    row = client_to_row(record)
    # A stored age group that simply follows the birth date is shown as "from
    # date of birth", so correcting the date later corrects the group too.
    if record.date_of_birth and record.age_group == age_group_for(
        record.date_of_birth, ctx.today()
    ):
        row["age_group"] = ""
    return row


def _parse_intake(ctx: ServiceContext, row: dict[str, str]) -> Client:
    """The row as a client, refused without the consent to be contacted (the services'
    rule, shown here on the field itself, with the form's other problems)."""
    try:
        consented = yes_no("consent_to_contact", row.get("consent_to_contact", ""))
    except FieldError:
        consented = True  # an unreadable answer is reported by the row's own check
    no_consent = [] if consented else [Problem("consent_to_contact", FORM_PROBLEM)]
    try:
        client = client_from_row(row, ctx.catalogue, today=ctx.today())
    except RecordError as error:
        raise RecordError([*error.problems, *no_consent]) from None
    if no_consent:
        raise RecordError(no_consent)
    return client


CLIENTS = RecordKind[Client](
    noun="client",
    id_prefix="C-",
    name=lambda client: client.display_name,
    # the services are looked up when called, so a test can stand in for one
    fetch=lambda ctx, record_id: people.get_client(ctx, record_id),
    add=lambda ctx, record: people.add_client(ctx, record),
    update=lambda ctx, record: people.update_client(ctx, record),
    ids=lambda ctx: people.client_ids(ctx),
    parse=_parse_intake,
    to_row=_client_row,
    defaults={
        "language": "en",
        "client_type": ClientType.INDIVIDUAL.value,
        "modality": ModalityPreference.EITHER.value,
        "consent_to_contact": "no",
        "email_consent": "no",
    },
    new_title=str(QT_TRANSLATE_NOOP("RecordForm", "New client")),
    stored_title=str(QT_TRANSLATE_NOOP("RecordForm", "Client {id}: {name}")),
    this_text=str(QT_TRANSLATE_NOOP("RecordForm", "This client")),
    named=str(QT_TRANSLATE_NOOP("RecordForm", "client {id}")),
)


class ClientEditor(RecordForm[Client]):
    """The intake form: add a new client (no id given) or edit one."""

    KIND = CLIENTS

    def _build(self, columns: list[QVBoxLayout]) -> None:
        catalogue = self.ctx.catalogue
        fields = self.fields
        form = fields.group(columns[0], self.tr("Person"))
        fields.line(
            form,
            "id",
            self.tr("Intake id"),
            required=True,
            placeholder=self.tr("e.g. C-104"),
            width=160,
        )
        submitted = fields.line(
            form,
            "submitted",
            self.tr("Intake date"),
            placeholder=self.tr("Today, when saved"),
            after=self.tr("YYYY-MM-DD"),
            width=170,
        )
        # Shown as "2026-11-20 14:05" rather than the file's "2026-11-20T14:05".
        fields["submitted"].write = lambda cell: submitted.setText(cell.replace("T", " "))
        fields.line(form, "first_name", self.tr("First name"), required=True)
        fields.line(form, "last_name", self.tr("Last name"), required=True)
        fields.line(
            form,
            "preferred_name",
            self.tr("Preferred name"),
            placeholder=self.tr("If not the first name"),
        )
        fields.line(
            form, "pronouns", self.tr("Pronouns"), placeholder=self.tr("e.g. she/her, they/them")
        )
        self.age_hint = QLabel()
        self.age_hint.setEnabled(False)
        fields.line(
            form,
            "date_of_birth",
            self.tr("Date of birth"),
            placeholder=self.tr("YYYY-MM-DD"),
            after=self.age_hint,
            width=120,
        )
        self.age_group = fields.combo(
            form,
            "age_group",
            self.tr("Age group"),
            [("", self.tr("From date of birth")), *AGE_GROUP_CHOICES],
        )

        form = fields.group(
            columns[0], self.tr("Contact"), self.tr("Give an email, a phone number, or both.")
        )
        fields.line(form, "email", self.tr("Email"), placeholder=self.tr("name@example.ca"))
        fields.line(form, "phone", self.tr("Phone"), placeholder="416-555-0134")
        fields.line(
            form, "address", self.tr("Street address"), placeholder=self.tr("For mailed letters")
        )
        fields.line(form, "city", self.tr("City"))
        fields.line(
            form, "postal_code", self.tr("Postal code"), placeholder=self.tr("M5V 2T6"), width=100
        )
        fields.yes_no(
            form,
            "consent_to_contact",
            self.tr("Consent"),
            self.tr("The client agrees to be contacted"),
        )
        fields.yes_no(
            form,
            "email_consent",
            self.tr("Email consent"),
            self.tr("Agrees to receive health information by email"),
            required=False,
        )

        form = fields.group(columns[1], self.tr("Needs"))
        fields.picker(
            form,
            "concerns",
            self.tr("Concerns"),
            concern_entries(catalogue),
            required=True,
            rows=13,
        )
        fields.picker(
            form,
            "approach_preference",
            self.tr("Preferred approach (if any)"),
            approach_entries(catalogue),
            rows=8,
        )
        fields.combo(
            form,
            "therapist_gender",
            self.tr("Therapist gender"),
            [("", self.tr("No preference")), *GENDER_CHOICES],
        )

        form = fields.group(columns[2], self.tr("Sessions"))
        fields.language_combo(form, "language", self.tr("Language"))
        fields.combo(
            form, "client_type", self.tr("Client type"), CLIENT_TYPE_CHOICES, required=True
        )
        fields.combo(form, "modality", self.tr("Format"), MODALITY_CHOICES, required=True)
        fields.line(
            form,
            "location",
            self.tr("Location"),
            placeholder=self.tr("City, for in-person sessions"),
        )
        fields.line(
            form,
            "max_fee",
            self.tr("Most they can pay"),
            placeholder=self.tr("e.g. 90"),
            dollars=True,
            after=self.tr("per session"),
            width=90,
        )

        form = fields.group(
            columns[2],
            self.tr("Availability"),
            self.tr(
                "When the client can attend. Click a day or a time of day to tick the whole line."
            ),
        )
        fields.availability(form, "availability", self.tr("Availability"))

        form = fields.group(columns[2], self.tr("Notes"))
        fields.text_area(
            form,
            "notes",
            self.tr("Notes"),
            placeholder=self.tr("Anything the matching or the therapist should know"),
        )

    def _adjust_message(self, name: str, message: str) -> str:
        if name == "language":
            if message.startswith("is required"):
                return self.tr("is required; type or pick a language from the list")
            if "not a two-letter language code" in message:
                typed = self.fields["language"].read()
                return self.tr(
                    "'{typed}' is not in the list of languages; type or pick one from the list"
                ).format(typed=typed)
        return message

    def _refresh_hints(self) -> None:
        born_text = self.fields["date_of_birth"].read()
        today = self.ctx.today()
        try:
            born = parse_date("date_of_birth", born_text, today=today)
        except FieldError:
            born = None
        if born is None:
            self.age_hint.setText("")
            self.age_group.setItemText(0, self.tr("From date of birth"))
            return
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        group = age_group_for(born, today).value
        self.age_hint.setText(self.tr("%n year(s) old", "", years))
        self.age_group.setItemText(
            0, self.tr("From date of birth ({group})").format(group=short_age_group(group))
        )
