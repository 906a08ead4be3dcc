"""Does a new intake look like a client already on file?

A likely duplicate has a similar name (accents, case, spacing and the order of
first and last name do not matter; small typing slips are forgiven) and shares
at least one of: date of birth, phone number, email address. Pure functions;
names are compared with rapidfuzz.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from opcc_desk.domain.words.lists import join_words
from opcc_desk.domain.words.messages import language, msg, say

NAME_THRESHOLD = 85.0  # 0-100; "Zoë François" vs "Zoe Francois" is 100, vs "Zoe Fransois" ~92


@dataclass(frozen=True, slots=True)
class Person:
    """What duplicate detection looks at, from a stored client or an intake row."""

    id: str
    first_name: str
    last_name: str
    date_of_birth: date | None = None
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Duplicate:
    existing_id: str
    name_score: float  # 0-100
    shared: tuple[str, ...]  # "date of birth", "phone", "email"

    @property
    def reason(self) -> str:
        """'similar name (96%), same date of birth and phone', in the language in use."""
        details = [say(_DETAILS[item]) if item in _DETAILS else item for item in self.shared]
        return say(
            _SIMILAR,
            score=f"{self.name_score:.0f}",
            details=join_words(details, language()),
        )


_SIMILAR = msg("Duplicates", "similar name ({score}%), same {details}")
_DETAILS = {
    "date of birth": msg("Duplicates", "date of birth"),
    "phone": msg("Duplicates", "phone"),
    "email": msg("Duplicates", "email"),
}


def fold_name(text: str) -> str:
    """Lower case, no accents, letters and single spaces only: "Zoë  O'Brien" -> "zoe obrien"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = re.sub(r"[^\w\s]", "", re.sub(r"[-‐_]", " ", bare))
    return " ".join(bare.split())


def phone_key(phone: str) -> str:
    """The last ten digits: "+1 (613) 555-0199" and "613.555.0199" agree."""
    digits = re.sub(r"\D", "", phone)
    return digits[-10:] if len(digits) >= 7 else ""


def email_key(email: str) -> str:
    return email.strip().casefold()


def name_score(a: Person, b: Person) -> float:
    """Similarity of the whole names, in either order of first and last name."""
    left = fold_name(f"{a.first_name} {a.last_name}")
    right = fold_name(f"{b.first_name} {b.last_name}")
    if not left or not right:
        return 0.0
    return float(max(fuzz.token_sort_ratio(left, right), fuzz.ratio(left, right)))


def shared_details(a: Person, b: Person) -> tuple[str, ...]:
    shared = []
    if a.date_of_birth is not None and a.date_of_birth == b.date_of_birth:
        shared.append("date of birth")
    if phone_key(a.phone) and phone_key(a.phone) == phone_key(b.phone):
        shared.append("phone")
    if email_key(a.email) and email_key(a.email) == email_key(b.email):
        shared.append("email")
    return tuple(shared)


def compare(new: Person, existing: Person, threshold: float = NAME_THRESHOLD) -> Duplicate | None:
    if new.id and new.id == existing.id:
        return None
    shared = shared_details(new, existing)
    if not shared:
        return None
    score = name_score(new, existing)
    if score < threshold:
        return None
    return Duplicate(existing.id, score, shared)


class DuplicateIndex:
    """Existing people indexed by date of birth, phone and email, so checking a
    thousand intake rows against thousands of clients compares few names."""

    def __init__(self, people: Iterable[Person]) -> None:
        self._by_key: dict[tuple[str, str], list[Person]] = defaultdict(list)
        for person in people:
            for key in self._keys(person):
                self._by_key[key].append(person)

    @staticmethod
    def _keys(person: Person) -> list[tuple[str, str]]:
        keys = []
        if person.date_of_birth is not None:
            keys.append(("dob", person.date_of_birth.isoformat()))
        if phone_key(person.phone):
            keys.append(("phone", phone_key(person.phone)))
        if email_key(person.email):
            keys.append(("email", email_key(person.email)))
        return keys

    def find(self, new: Person, threshold: float = NAME_THRESHOLD) -> list[Duplicate]:
        """Likely duplicates of ``new``, the most similar first."""
        seen: set[str] = set()
        found: list[Duplicate] = []
        for key in self._keys(new):
            for person in self._by_key.get(key, ()):
                if person.id in seen:
                    continue
                seen.add(person.id)
                match = compare(new, person, threshold)
                if match is not None:
                    found.append(match)
        found.sort(key=lambda d: (-len(d.shared), -d.name_score, d.existing_id))
        return found
