"""Canadian mailing addresses as Canada Post prints them.

The client record keeps a street, a city and a postal code but no province: the
postal code's first letter names the province (X is shared by the Northwest
Territories and Nunavut, told apart by the next two characters).
"""

from __future__ import annotations

from dataclasses import dataclass

_PROVINCE_BY_LETTER = {
    "A": "NL",
    "B": "NS",
    "C": "PE",
    "E": "NB",
    "G": "QC",
    "H": "QC",
    "J": "QC",
    "K": "ON",
    "L": "ON",
    "M": "ON",
    "N": "ON",
    "P": "ON",
    "R": "MB",
    "S": "SK",
    "T": "AB",
    "V": "BC",
    "Y": "YT",
}
_NUNAVUT = ("X0A", "X0B", "X0C")
PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")


def postal_form(postal_code: str) -> str:
    """A Canadian postal code as Canada Post prints it, ``K1A 0B1``; anything else as typed
    (in capitals), since the record may hold a code from elsewhere."""
    code = "".join(postal_code.split()).upper()
    if len(code) == 6 and code[0::2].isalpha() and code[1::2].isdigit():
        return f"{code[:3]} {code[3:]}"
    return postal_code.strip().upper()


def province_of(postal_code: str) -> str:
    """The two-letter province of a postal code; empty when the code names none."""
    code = postal_code.strip().upper()
    if not code:
        return ""
    if code[0] == "X":
        return "NU" if code[:3] in _NUNAVUT else "NT"
    return _PROVINCE_BY_LETTER.get(code[0], "")


@dataclass(frozen=True, slots=True)
class MailingAddress:
    """Where a letter goes. ``province`` may be empty: the postal code then names it."""

    street: str = ""  # one or more lines
    city: str = ""
    province: str = ""
    postal_code: str = ""

    @property
    def mailable(self) -> bool:
        """Canada Post delivers a letter only with a street and a postal code."""
        return bool(self.street.strip() and self.postal_code.strip())

    def lines(self) -> tuple[str, ...]:
        """The block under the name: the street lines, then ``CITY PROVINCE  POSTAL CODE``
        in capitals with two spaces before the code, as Canada Post asks."""
        street = tuple(line.strip() for line in self.street.splitlines() if line.strip())
        province = self.province.strip().upper() or province_of(self.postal_code)
        place = " ".join(part for part in (self.city.strip().upper(), province) if part)
        last = "  ".join(part for part in (place, postal_form(self.postal_code)) if part)
        return (*street, last) if last else street
