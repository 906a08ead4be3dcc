"""The centre's letterhead: what the director sets once, printed on every PDF."""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.utils import ImageReader

from opcc_desk.domain.settings import Setting
from opcc_desk.resources import resource_path

MAX_LOGO_BYTES = 2_000_000
LOGO_FILE = "logo.png"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Placeholders on example.ca until the director enters the centre's own details."""

    name: str = "Ontario Psychotherapy and Counselling Centre"
    address: str = "100 Example Street, Suite 200\nToronto ON  M5V 2T6"
    phone: str = "416-555-0100"
    email: str = "intake@example.ca"
    website: str = "www.example.ca"
    logo: bytes | None = None  # PNG or JPEG chosen by the director; None = the bundled mark
    show_logo: bool = True

    def logo_bytes(self) -> bytes | None:
        """The picture to print: the director's, else the bundled one; None for no logo."""
        if not self.show_logo:
            return None
        if self.logo:
            return self.logo
        return default_logo()

    def texts(self) -> tuple[str, ...]:
        return (self.name, self.address, self.phone, self.email, self.website)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "phone": self.phone,
            "email": self.email,
            "website": self.website,
            "logo": base64.b64encode(self.logo).decode("ascii") if self.logo else None,
            "show_logo": self.show_logo,
        }

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> Letterhead:
        """Read a stored letterhead; a missing or damaged field keeps its default."""
        kept: dict[str, Any] = {
            field: value[field]
            for field in ("name", "address", "phone", "email", "website")
            if isinstance(value.get(field), str)
        }
        if isinstance(value.get("show_logo"), bool):
            kept["show_logo"] = value["show_logo"]
        result = cls(**kept)
        logo = value.get("logo")
        if isinstance(logo, str) and logo:
            with contextlib.suppress(binascii.Error, ValueError):  # a damaged logo: the default
                result = replace(result, logo=base64.b64decode(logo, validate=True))
        return result


def default_logo() -> bytes:
    return resource_path(LOGO_FILE).read_bytes()


def logo_problem(picture: bytes) -> str:
    """Why a picture cannot be the logo, in words; empty when it can."""
    if len(picture) > MAX_LOGO_BYTES:
        return "The logo file is larger than 2 MB; choose a smaller picture."
    try:
        width, height = ImageReader(io.BytesIO(picture)).getSize()
    except Exception:  # Pillow raises many kinds of errors for a file that is not a picture
        return "The logo is not a picture that can be printed; choose a PNG or JPEG file."
    if width < 16 or height < 16:
        return "The logo is too small to print clearly; choose a picture at least 100 pixels wide."
    return ""


def letterhead_problems(letterhead: Letterhead) -> list[str]:
    """What stops this letterhead from heading a letter, in words; empty when nothing."""
    problems = []
    if not letterhead.name.strip():
        problems.append("Give the centre's name; it heads every letter.")
    if letterhead.logo:
        problem = logo_problem(letterhead.logo)
        if problem:
            problems.append(problem)
    return problems


LETTERHEAD: Setting[Letterhead] = Setting(
    key="letterhead",
    label="letterhead",
    type=Letterhead,
    default=Letterhead,
    from_dict=Letterhead.from_dict,
    problems=letterhead_problems,
)
