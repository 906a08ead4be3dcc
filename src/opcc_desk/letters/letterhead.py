"""The clinic's details: what the director sets once, printed on every PDF.

Name, address and contacts head each letter and report; the signatory (a name with
credentials, and a role) and the clinic's own closing line end each letter; the
letter form chooses the one-page short letter or the full one. The shipped values
are examples on example.ca: ``is_set`` stays False until someone saves the clinic's
own details, and the desk warns before a letter with example details leaves it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.utils import ImageReader

from opcc_desk.domain.postal import PROVINCES, province_of
from opcc_desk.domain.settings import Setting
from opcc_desk.domain.validation import FieldError, email, phone, postal_code
from opcc_desk.domain.words.messages import Message, msg, say
from opcc_desk.resources import resource_path

MAX_LOGO_BYTES = 2_000_000
LOGO_FILE = "logo.png"
LETTER_FORMS = ("full", "short")
EXAMPLE_ADDRESS = "100 Example Street, Suite 200\nToronto ON  M5V 2T6"
_TEXT_FIELDS = (
    "name",
    "address",
    "city",
    "province",
    "postal_code",
    "phone",
    "email",
    "website",
    "signatory",
    "signatory_role",
    "closing_en",
    "closing_fr",
)
# what the example differs in once a clinic has entered its own details
_IDENTITY = ("name", "address", "phone", "email")


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Placeholders on example.ca until the director enters the centre's own details."""

    name: str = "Ontario Psychotherapy and Counselling Centre"
    address: str = EXAMPLE_ADDRESS  # street lines; older letterheads hold the city here too
    phone: str = "416-555-0100"
    email: str = "intake@example.ca"
    website: str = "www.example.ca"
    logo: bytes | None = None  # PNG or JPEG chosen by the director; None = the bundled mark
    show_logo: bool = True
    city: str = ""
    province: str = ""  # two letters; empty = named by the postal code
    postal_code: str = ""
    signatory: str = ""  # "Name, credentials"; empty = the intake team signs
    signatory_role: str = ""
    closing_en: str = ""  # the clinic's own closing line; empty = the letter's usual one
    closing_fr: str = ""
    letter_form: str = "full"  # "full" or "short"
    is_set: bool = False  # False while these are the shipped example details

    def logo_bytes(self) -> bytes | None:
        """The picture to print: the director's, else the bundled one; None for no logo."""
        if not self.show_logo:
            return None
        if self.logo:
            return self.logo
        return default_logo()

    def address_lines(self) -> tuple[str, ...]:
        """The street lines, then city, province and postal code when they are given."""
        street = tuple(line.strip() for line in self.address.splitlines() if line.strip())
        province = self.province.strip() or province_of(self.postal_code)
        place = " ".join(p for p in (self.city.strip(), province) if p)
        last = "  ".join(p for p in (place, self.postal_code.strip()) if p)
        return (*street, last) if last else street

    @property
    def full_address(self) -> str:
        return "\n".join(self.address_lines())

    def closing(self, language: str) -> str:
        """The clinic's own closing line in ``language``; empty for the letter's usual one."""
        return (self.closing_fr if language == "fr" else self.closing_en).strip()

    def texts(self) -> tuple[str, ...]:
        return tuple(getattr(self, field) for field in _TEXT_FIELDS)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {field: getattr(self, field) for field in _TEXT_FIELDS}
        out["logo"] = base64.b64encode(self.logo).decode("ascii") if self.logo else None
        out["show_logo"] = self.show_logo
        out["letter_form"] = self.letter_form
        out["is_set"] = self.is_set
        return out

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> Letterhead:
        """Read a stored letterhead; a missing or damaged field keeps its default. One
        stored before the details were marked as set counts as set once it differs
        from the example."""
        kept: dict[str, Any] = {
            field: value[field] for field in _TEXT_FIELDS if isinstance(value.get(field), str)
        }
        if isinstance(value.get("show_logo"), bool):
            kept["show_logo"] = value["show_logo"]
        if value.get("letter_form") in LETTER_FORMS:
            kept["letter_form"] = value["letter_form"]
        if isinstance(value.get("is_set"), bool):
            kept["is_set"] = value["is_set"]
        result = cls(**kept)
        if "is_set" not in value:
            example = cls()
            differs = any(getattr(result, f) != getattr(example, f) for f in _IDENTITY)
            result = replace(result, is_set=differs)
        logo = value.get("logo")
        if isinstance(logo, str) and logo:
            with contextlib.suppress(binascii.Error, ValueError):  # a damaged logo: the default
                result = replace(result, logo=base64.b64decode(logo, validate=True))
        return result


def default_logo() -> bytes:
    return resource_path(LOGO_FILE).read_bytes()


# what the clinic details form says about a value it cannot keep
LOGO_TOO_LARGE = msg(
    "ClinicDetails", "The logo file is larger than 2 MB; choose a smaller picture."
)
LOGO_NOT_A_PICTURE = msg(
    "ClinicDetails", "The logo is not a picture that can be printed; choose a PNG or JPEG file."
)
MIN_LOGO_PIXELS = 16  # smaller is no picture at all; the message says so
LOGO_TOO_SMALL = msg(
    "ClinicDetails",
    "The logo is too small to print (under 16 pixels on a side); choose a larger picture, "
    "ideally 300 pixels wide or more.",
)
NO_NAME = msg("ClinicDetails", "Give the centre's name; it heads every letter.")
# the field's check says the rest ({problem}, from domain/validation.py)
FIELD_PROBLEMS: dict[str, Message] = {
    "email": msg("ClinicDetails", "The email {problem}."),
    "phone": msg("ClinicDetails", "The phone {problem}."),
    "postal_code": msg("ClinicDetails", "The postal code {problem}."),
}
NOT_A_PROVINCE = msg(
    "ClinicDetails", "'{province}' is not a province; write its two letters, such as ON or QC."
)
LETTER_FORM = msg("ClinicDetails", "The letter form is 'full' or 'short'.")


def _as_is(problem: str) -> str:
    return problem


def logo_problem(picture: bytes) -> str:
    """Why a picture cannot be the logo, in words; empty when it can."""
    if len(picture) > MAX_LOGO_BYTES:
        return say(LOGO_TOO_LARGE)
    try:
        width, height = ImageReader(io.BytesIO(picture)).getSize()
    except Exception:  # Pillow raises many kinds of errors for a file that is not a picture
        return say(LOGO_NOT_A_PICTURE)
    if width < MIN_LOGO_PIXELS or height < MIN_LOGO_PIXELS:
        return say(LOGO_TOO_SMALL)
    return ""


def field_problems(head: Letterhead, explain: Callable[[str], str] = _as_is) -> dict[str, str]:
    """What is wrong with each field, by field name, in words; empty when nothing.

    ``explain`` words a field check's own message (domain/validation.py writes it in
    English): the window passes its translation of those, the command line none."""
    problems: dict[str, str] = {}
    if not head.name.strip():
        problems["name"] = say(NO_NAME)
    checks = (("email", email), ("phone", phone), ("postal_code", postal_code))
    for field, check in checks:
        try:
            check(field, getattr(head, field))
        except FieldError as error:
            problems[field] = say(FIELD_PROBLEMS[field], problem=explain(error.message))
    if head.province.strip() and head.province.strip().upper() not in PROVINCES:
        problems["province"] = say(NOT_A_PROVINCE, province=head.province.strip())
    if head.letter_form not in LETTER_FORMS:
        problems["letter_form"] = say(LETTER_FORM)
    if head.logo:
        problem = logo_problem(head.logo)
        if problem:
            problems["logo"] = problem
    return problems


def letterhead_problems(letterhead: Letterhead) -> list[str]:
    """What stops these details from heading a letter, in words; empty when nothing."""
    return list(field_problems(letterhead).values())


def cleaned(head: Letterhead) -> Letterhead:
    """The details as they are kept: the postal code written the usual way, the
    province in capitals (from the postal code when not given); the phone stays as the
    clinic writes it. Check :func:`field_problems` first: a value that fails its check
    is kept as typed."""
    values: dict[str, Any] = {}
    for field, check in (("email", email), ("postal_code", postal_code)):
        with contextlib.suppress(FieldError):
            values[field] = check(field, getattr(head, field))
    province = head.province.strip().upper()
    if not province and head.postal_code.strip():
        province = province_of(head.postal_code)
    values["province"] = province
    return replace(head, **values)


LETTERHEAD: Setting[Letterhead] = Setting(
    key="letterhead",
    label="letterhead",
    type=Letterhead,
    default=Letterhead,
    from_dict=Letterhead.from_dict,
    problems=letterhead_problems,
)
