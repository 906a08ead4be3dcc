"""Realistic, varied sample data for demonstrations, tests and load checks.

Everything is drawn from one ``random.Random(seed)`` and the ``today`` passed in,
so the same arguments always give the same clinic. Records are built already in
the cleaned form the validators return, which keeps the generator fast enough for
a very large clinic while every record still passes the import checks.
"""

from __future__ import annotations

import gc
import random
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Generic, TypeVar

from opcc_desk.domain.approaches import best_approach, catalogue_order, concern_fit
from opcc_desk.domain.enums import (
    ALL_SLOTS,
    OPEN_STATUSES,
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
    ReferralStatus,
)
from opcc_desk.domain.models import Catalogue, Client, Therapist
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.lists import join_words, mid_sentence
from opcc_desk.sample.names import (
    ADOPTED_FIRST,
    CULTURES,
    NEUTRAL_FIRST,
    SHORT_FORMS,
    Culture,
    Name,
)
from opcc_desk.sample.places import CITIES, POSTAL_LETTERS, STREETS, City

T = TypeVar("T")

MINUTE = timedelta(minutes=1)
HOUR = 60
DAY = 24 * HOUR
HISTORY_DAYS = 730  # how far back intakes go
RECENT_FOR_CLOSED_LISTS = 60 * DAY  # a therapist not accepting gets no referral this recent


@dataclass(frozen=True, slots=True)
class SampleEvent:
    status: ReferralStatus
    at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class SampleReferral:
    client_id: str
    therapist_id: str
    approach: str
    created_at: datetime
    events: tuple[SampleEvent, ...]  # events[0] is the creation ('proposed'); the last is current


@dataclass(frozen=True, slots=True)
class SampleData:
    therapists: list[Therapist]
    clients: list[Client]
    referrals: list[SampleReferral]


class _Weighted(Generic[T]):
    """Picks items with given weights from one uniform draw, in O(log n)."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        self._items: list[T] = []
        self._cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                self._items.append(item)
                self._cum.append(total)
        self._total = total

    def __bool__(self) -> bool:
        return bool(self._items)

    def pick(self, u: float) -> T:
        index = bisect_right(self._cum, u * self._total)
        return self._items[min(index, len(self._items) - 1)]


def _money(amount: int) -> Decimal:
    return Decimal(amount).quantize(Decimal("0.01"))


# --- tables the generator draws from -----------------------------------------------------

_APPROACH_POPULARITY: dict[str, float] = {
    "relational": 10,
    "cbt": 9,
    "person_centred": 6,
    "act": 5,
    "eft": 5,
    "psychodynamic": 5,
    "mindfulness": 5,
    "emdr": 4,
    "ifs": 4,
    "dbt": 4,
    "solution_focused": 4,
    "narrative": 3,
    "somatic": 3,
    "family_systems": 3,
    "motivational_interviewing": 2,
    "art_therapy": 1.5,
    "play_therapy": 1.5,
}
_COUPLE_APPROACHES = frozenset({"eft", "family_systems"})
_FAMILY_APPROACHES = frozenset({"family_systems", "play_therapy"})
_CHILD_APPROACHES = frozenset({"play_therapy", "art_therapy"})

_ADULT_CONCERNS: dict[str, float] = {
    "anxiety": 10,
    "depression": 8,
    "relationships": 6,
    "self_worth": 6,
    "stress_burnout": 6,
    "relational_patterns": 4,
    "trauma": 4,
    "life_transitions": 4,
    "couples": 4,
    "grief": 3,
    "emotional_disconnection": 3,
    "relational_trauma": 3,
    "emotion_regulation": 3,
    "parenting": 3,
    "workplace": 3,
    "identity": 2,
    "anger": 2,
    "substance_use": 2,
    "eating_body_image": 2,
    "family": 2,
    "sleep": 2,
    "cultural_identity": 2,
    "ocd": 1.5,
    "chronic_illness": 1.5,
}
_YOUNG_CONCERNS: dict[str, float] = {
    "anxiety": 10,
    "emotion_regulation": 7,
    "family": 6,
    "anger": 5,
    "self_worth": 5,
    "depression": 4,
    "grief": 3,
    "identity": 3,
    "trauma": 2,
    "eating_body_image": 2,
    "sleep": 2,
    "relationships": 2,
    "ocd": 1,
    "cultural_identity": 1,
}
_SENIOR_CONCERNS: dict[str, float] = {
    "grief": 8,
    "depression": 6,
    "anxiety": 6,
    "life_transitions": 6,
    "chronic_illness": 5,
    "relationships": 3,
    "family": 3,
    "couples": 2,
    "sleep": 2,
}

# (share, credentials, registration college, digits, number range, fee range)
_Profile = tuple[float, tuple[tuple[str, ...], ...], str, int, tuple[int, int], tuple[int, int]]
_SENIOR_PROFILES: tuple[_Profile, ...] = (
    (45, (("RP",), ("RP", "MA"), ("RP", "MACP"), ("RP", "M.Ed."), ("MSW", "RSW", "RP")),
     "CRPO", 6, (1_000, 19_999), (120, 185)),
    (32, (("MSW", "RSW"), ("RSW", "MSW"), ("BSW", "MSW", "RSW")),
     "OCSWSSW", 6, (800_000, 849_999), (110, 180)),
    (10, (("PhD", "C.Psych."), ("PsyD", "C.Psych.")), "CPO", 4, (1_000, 7_999), (200, 220)),
    (8, (("MA", "Psychological Associate"),), "CPO", 4, (3_000, 7_999), (165, 200)),
    (5, (("MD", "CCFP"), ("MD", "FRCPC")), "CPSO", 6, (50_000, 129_999), (150, 220)),
)  # fmt: skip
_ASSOCIATE_PROFILES: tuple[_Profile, ...] = (
    (65, (("RP (Qualifying)", "MACP"), ("RP (Qualifying)", "MA")),
     "CRPO", 6, (20_000, 29_999), (60, 110)),
    (35, (("MSW", "RSW"),), "OCSWSSW", 6, (850_000, 869_999), (70, 110)),
)  # fmt: skip

_THERAPIST_DOMAINS = ("opcc.example.ca", "counselling.example.ca", "therapy.example.ca")
_CLIENT_DOMAINS = ("example.ca", "mail.example.ca", "inbox.example.ca", "post.example.ca")

_PRONOUNS_EN = {
    Gender.WOMAN: ("she/her",) * 8 + ("she/they",),
    Gender.MAN: ("he/him",) * 8 + ("he/they",),
    Gender.NONBINARY: ("they/them",) * 3 + ("they/she", "they/he"),
}
_PRONOUNS_FR = {
    Gender.WOMAN: "she/her (elle)",
    Gender.MAN: "he/him (il)",
    Gender.NONBINARY: "they/them (iel)",
}

_REASONS: dict[ReferralStatus, tuple[str, ...]] = {
    ReferralStatus.SENT: (
        "Letter emailed to client",
        "Letter mailed to client",
        "Letter given at desk",
    ),
    ReferralStatus.CONTACTED: (
        "Therapist reached the client by phone",
        "Client called the therapist",
        "Therapist and client spoke by email",
    ),
    ReferralStatus.BOOKED: (
        "Consultation booked",
        "First session booked",
        "Free 15-minute call booked",
    ),
    ReferralStatus.ACTIVE: ("First session held", "Sessions under way"),
    ReferralStatus.CLOSED: (
        "Goals reached",
        "Ended by mutual agreement",
        "Benefits coverage used up",
        "Client moved to monthly check-ins",
        "Short-term work completed",
    ),
    ReferralStatus.DECLINED: (
        "Client chose another clinic",
        "Fee too high for the client",
        "Client preferred a different therapist",
        "Times offered did not suit the client",
        "Client decided to wait",
    ),
    ReferralStatus.NO_RESPONSE: (
        "No reply after three calls and an email",
        "Voicemail full; emails unanswered",
        "Client did not reply to the therapist",
    ),
    ReferralStatus.WITHDRAWN: (
        "Client moved out of the area",
        "Client no longer wants therapy at this time",
        "Client found support through work (EAP)",
        "Client joined a hospital program",
        "Request made in error",
        "Client asked to pause",
    ),
}
_FULL = "Therapist schedule full"
# Before the client has spoken with the therapist, it is usually the therapist who says no,
# most often for lack of room (hence listed twice).
_EARLY_DECLINES: tuple[str, ...] = (
    _FULL,
    _FULL,
    "Therapist suggested a different approach",
    "Therapist felt a colleague would be a better fit",
    "Client chose another clinic",
)
_EARLY = frozenset({ReferralStatus.PROPOSED, ReferralStatus.SENT})

# From each open status: (weight, next status, shortest delay, longest delay) in minutes.
_Step = tuple[float, ReferralStatus, int, int]
_STEPS: dict[ReferralStatus, tuple[_Step, ...]] = {
    ReferralStatus.PROPOSED: (
        (96, ReferralStatus.SENT, 30, DAY),
        (2, ReferralStatus.WITHDRAWN, HOUR, 3 * DAY),
        (2, ReferralStatus.DECLINED, HOUR, 2 * DAY),
    ),
    ReferralStatus.SENT: (
        (85, ReferralStatus.CONTACTED, 4 * HOUR, 5 * DAY),
        (7, ReferralStatus.NO_RESPONSE, 7 * DAY, 21 * DAY),
        (5, ReferralStatus.DECLINED, DAY, 7 * DAY),
        (3, ReferralStatus.WITHDRAWN, DAY, 10 * DAY),
    ),
    ReferralStatus.CONTACTED: (
        (88, ReferralStatus.BOOKED, DAY, 8 * DAY),
        (6, ReferralStatus.DECLINED, DAY, 7 * DAY),
        (3, ReferralStatus.NO_RESPONSE, 7 * DAY, 14 * DAY),
        (3, ReferralStatus.WITHDRAWN, DAY, 10 * DAY),
    ),
    ReferralStatus.BOOKED: (
        (92, ReferralStatus.ACTIVE, 2 * DAY, 14 * DAY),
        (3, ReferralStatus.DECLINED, DAY, 14 * DAY),
        (3, ReferralStatus.NO_RESPONSE, DAY, 14 * DAY),
        (2, ReferralStatus.WITHDRAWN, DAY, 14 * DAY),
    ),
    ReferralStatus.ACTIVE: (
        (95, ReferralStatus.CLOSED, 45 * DAY, 480 * DAY),
        (5, ReferralStatus.WITHDRAWN, 14 * DAY, 200 * DAY),
    ),
}


def _step_table(
    status: ReferralStatus, steps: tuple[_Step, ...]
) -> tuple[list[float], list[tuple[ReferralStatus, int, int, tuple[str, ...]]]]:
    """Cumulative shares and (next status, shortest delay, spread, reasons) for one status."""
    total = sum(step[0] for step in steps)
    cumulative: list[float] = []
    moves: list[tuple[ReferralStatus, int, int, tuple[str, ...]]] = []
    running = 0.0
    for weight, nxt, low, high in steps:
        running += weight / total
        cumulative.append(running)
        early_decline = nxt is ReferralStatus.DECLINED and status in _EARLY
        moves.append((nxt, low, high - low, _EARLY_DECLINES if early_decline else _REASONS[nxt]))
    cumulative[-1] = 1.0
    return cumulative, moves


_STEP_TABLES = {status: _step_table(status, steps) for status, steps in _STEPS.items()}

_NOTES: tuple[str, ...] = (
    "Prefers evening sessions",
    "Has workplace benefits; check which designations are covered",
    "Referred by family doctor",
    "Asked for a call back after 5 pm",
    "Okay to leave a voicemail",
    "Please email rather than call",
    "Needs a wheelchair-accessible office",
    "Would like a therapist with lived experience of immigration",
    "Second request; first match did not work out",
    "Student; asked about the sliding scale",
    "Interested in group sessions too",
    "Shift work; schedule changes weekly",
    "Has seen a therapist before and found it helpful",
    "Wants to start after the holidays",
    "Asked for letters by mail",
    "Hard of hearing; prefers video with captions",
)
_NOTES_YOUNG: tuple[str, ...] = (
    "Parent filled in the form",
    "School counsellor suggested therapy",
    "After-school times only",
    "Parents share custody; both agree to therapy",
    "Referred by family doctor",
    "Okay to leave a voicemail",
)


class _Builder:
    """Holds the random source and the tables precomputed from the catalogue."""

    def __init__(self, catalogue: Catalogue, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.rand: Callable[[], float] = self.rng.random
        self.catalogue = catalogue
        self.today = today
        self.base = datetime.combine(today, time.min) - timedelta(days=HISTORY_DAYS + 1)
        self.end = (HISTORY_DAYS + 1) * DAY  # minutes from base to the start of today
        self.approach_keys = list(catalogue.approaches)
        self.concern_keys = list(catalogue.concerns)
        self.links = {k: dict(a.concerns) for k, a in catalogue.approaches.items()}
        self.approach_order = catalogue_order(catalogue)
        self.fit_by_concerns: dict[tuple[str, ...], dict[str, int]] = {}
        self.room: list[int] = []
        self.not_accepting: set[int] = set()
        # An approach's linked concerns, each repeated by its strength: a uniform pick is
        # then a pick weighted by strength.
        self.linked_concerns = {
            k: [c for c, s in links.items() for _ in range(s)] for k, links in self.links.items()
        }
        approaches_for: dict[str, list[str]] = {c: [] for c in self.concern_keys}
        for key, links in self.links.items():
            for concern, strength in links.items():
                approaches_for[concern].extend([key] * strength)
        self.approaches_for = approaches_for
        self.approach_picker = _Weighted(
            (k, _APPROACH_POPULARITY.get(k, 2.0)) for k in self.approach_keys
        )
        self.concern_pickers = {
            AgeGroup.ADULT: _Weighted((k, _ADULT_CONCERNS.get(k, 1.0)) for k in self.concern_keys),
            AgeGroup.SENIOR: _Weighted(
                (k, _SENIOR_CONCERNS.get(k, 0.5)) for k in self.concern_keys
            ),
            AgeGroup.TEEN: _Weighted((k, _YOUNG_CONCERNS.get(k, 0.0)) for k in self.concern_keys),
            AgeGroup.CHILD: _Weighted(
                (k, _YOUNG_CONCERNS.get(k, 0.0)) for k in self.concern_keys if k != "identity"
            ),
        }
        for group, picker in self.concern_pickers.items():
            if not picker:  # a catalogue without the usual keys: fall back to any concern
                self.concern_pickers[group] = _Weighted((k, 1.0) for k in self.concern_keys)
        self.client_cultures = _Weighted((c, c.client_weight) for c in CULTURES)
        self.therapist_cultures = _Weighted((c, c.therapist_weight) for c in CULTURES)
        self.client_cities = _Weighted((c, c.client_weight) for c in CITIES)
        self.francophone_cities = _Weighted((c, c.client_weight) for c in CITIES if c.francophone)
        self.therapist_cities = _Weighted((c, c.therapist_weight) for c in CITIES)
        self.profiles = {
            level_is_associate: _Weighted((p, p[0]) for p in profiles)
            for level_is_associate, profiles in (
                (False, _SENIOR_PROFILES),
                (True, _ASSOCIATE_PROFILES),
            )
        }
        self.money = {amount: _money(amount) for amount in range(0, 301, 5)}
        self.phones = {
            code: [f"({code}) 555-01{n:02d}" for n in range(100)]
            for city in CITIES
            for code in city.area_codes
        }

    # --- small draws ----------------------------------------------------------------------

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rand() * len(items))]

    def chance(self, p: float) -> bool:
        return self.rand() < p

    def between(self, low: int, high: int) -> int:
        """A whole number from low to high, both included."""
        return low + int(self.rand() * (high - low + 1))

    def slots(self, low: int, high: int) -> list[str]:
        # A partial shuffle: much cheaper than random.sample for a handful of picks.
        rand = self.rand
        pool = list(range(len(ALL_SLOTS)))
        size = len(pool)
        wanted = self.between(low, high)
        for i in range(wanted):
            j = i + int(rand() * (size - i))
            pool[i], pool[j] = pool[j], pool[i]
        chosen = pool[:wanted]
        chosen.sort()
        return [ALL_SLOTS[i] for i in chosen]

    def phone(self, city: City | None) -> str:
        codes = city.area_codes if city else self.pick(CITIES).area_codes
        return self.pick(self.phones[self.pick(codes)])

    def postal_code(self, city: City) -> str:
        letters = POSTAL_LETTERS
        return (
            f"{self.pick(city.postal_areas)} {int(self.rand() * 10)}"
            f"{self.pick(letters)}{int(self.rand() * 10)}"
        )

    def gender(self, woman: float, man: float) -> Gender:
        u = self.rand()
        if u < woman:
            return Gender.WOMAN
        if u < woman + man:
            return Gender.MAN
        return Gender.NONBINARY

    def given_name(self, names: tuple[Name, ...], other: tuple[Name, ...], gender: Gender) -> Name:
        if gender is Gender.NONBINARY:
            u = self.rand()
            if u < 0.4:
                return self.pick(NEUTRAL_FIRST)
            return self.pick(names if u < 0.7 else other)
        return self.pick(names)

    # --- therapists -----------------------------------------------------------------------

    def therapists(self, count: int) -> list[Therapist]:
        deck = list(self.approach_keys)
        self.rng.shuffle(deck)
        plans = [self._approaches_for_therapist(i, deck) for i in range(count)]
        self._cover(plans, self.approach_keys, limit=4)
        used_emails: dict[str, int] = {}
        return [self._therapist(i, plans[i], used_emails) for i in range(count)]

    def _approaches_for_therapist(self, index: int, deck: list[str]) -> list[str]:
        chosen: list[str] = []
        if index < len(deck):
            # The first therapists between them offer every approach, so a small clinic
            # still shows the whole catalogue.
            chosen.append(deck[index])
        u = self.rand()
        wanted = 1 if u < 0.15 else 2 if u < 0.5 else 3 if u < 0.85 else 4
        wanted = min(wanted, len(self.approach_keys))
        while len(chosen) < wanted:
            key = self.approach_picker.pick(self.rand())
            if key not in chosen:
                chosen.append(key)
        return chosen

    @staticmethod
    def _cover(plans: list[list[str]], keys: list[str], *, limit: int) -> None:
        """Adds any key nobody has yet to whoever has the fewest, up to ``limit`` each."""
        used = {k for plan in plans for k in plan}
        missing = [k for k in keys if k not in used]
        if not missing or not plans:
            return
        order = sorted(range(len(plans)), key=lambda i: len(plans[i]))
        position = 0
        for key in missing:
            for _ in range(len(plans)):
                plan = plans[order[position % len(order)]]
                position += 1
                if len(plan) < limit:
                    plan.append(key)
                    break

    def _therapist(
        self, index: int, approaches: list[str], used_emails: dict[str, int]
    ) -> Therapist:
        culture = self.therapist_cultures.pick(self.rand())
        u = self.rand()
        gender: Gender | None = (
            Gender.WOMAN
            if u < 0.70
            else Gender.MAN
            if u < 0.92
            else Gender.NONBINARY
            if u < 0.98
            else None
        )
        names = culture.latin
        if gender is Gender.MAN:
            first = self.pick(names.men)
        elif gender is Gender.WOMAN:
            first = self.pick(names.women)
        else:
            first = self.given_name(names.women, names.men, Gender.NONBINARY)
        last = self.pick(names.last)

        languages = ["en"]
        if "fr" in culture.languages[:1] or self.chance(0.2):
            languages.append("fr")
        for position, code in enumerate(culture.languages):
            if code not in languages and self.chance(0.75 if position == 0 else 0.25):
                languages.append(code)

        if gender is None:
            pronouns = ""
        elif "fr" in languages and self.chance(0.4):
            pronouns = _PRONOUNS_FR[gender]
        else:
            pronouns = self.pick(_PRONOUNS_EN[gender])

        associate = self.chance(0.25)
        profile = self.profiles[associate].pick(self.rand())
        _, credential_sets, college, digits, (num_lo, num_hi), (fee_lo, fee_hi) = profile
        credentials = list(self.pick(credential_sets))
        registration = (
            "" if self.chance(0.03) else f"{college} {self.between(num_lo, num_hi):0{digits}d}"
        )
        fee = self.between(fee_lo // 5, fee_hi // 5) * 5
        sliding: Decimal | None = None
        if self.chance(0.5):
            floor = 40 if associate else 60
            sliding = self.money[self.between(floor // 5, (fee - 10) // 5) * 5]

        concerns = self._therapist_concerns(approaches)
        client_types = self._therapist_client_types(approaches)
        age_groups = self._therapist_age_groups(approaches)

        u = self.rand()
        modalities = (
            [Modality.IN_PERSON, Modality.VIRTUAL]
            if u < 0.55
            else [Modality.VIRTUAL]
            if u < 0.8
            else [Modality.IN_PERSON]
        )
        home = self.therapist_cities.pick(self.rand())
        locations: list[str] = []
        if Modality.IN_PERSON in modalities:
            locations.append(home.name)
            if self.chance(0.25):
                nearby = [c for c in CITIES if c.region == home.region and c is not home]
                if nearby:
                    locations.append(self.pick(nearby).name)

        email = ""
        if self.chance(0.95):
            local = f"{first.slug}.{last.slug}"
            seen = used_emails.get(local, 0)
            used_emails[local] = seen + 1
            if seen:
                local = f"{local}{seen + 1}"
            email = f"{local}@{self.pick(_THERAPIST_DOMAINS)}"

        capacity = None if self.chance(0.3) else self.between(5, 30)
        therapist = Therapist(
            id=f"T-{index + 1:04d}",
            first_name=first.written,
            last_name=last.written,
            pronouns=pronouns,
            gender=gender,
            credentials=credentials,
            registration=registration,
            email=email,
            phone=self.phone(home) if self.chance(0.9) else "",
            languages=languages,
            approaches=approaches,
            concerns=concerns,
            client_types=client_types,
            age_groups=age_groups,
            modalities=modalities,
            locations=locations,
            fee=self.money[fee],
            sliding_scale_min=sliding,
            level=Level.ASSOCIATE if associate else Level.SENIOR,
            accepting=self.chance(0.85),
            capacity=capacity,
            availability=self.slots(4, 12),
            # by position, not drawn: the random stream (and so every other field of
            # a seed's clinic) stays as it was before these choices existed
            directory=index % 12 != 11,
            directory_contact=index % 5 == 2,
        )
        therapist.bio = self._bio(therapist, first.written, home, associate)
        return therapist

    def _therapist_concerns(self, approaches: list[str]) -> list[str]:
        pool = [c for key in approaches for c in self.linked_concerns[key]]
        if not pool:
            return []
        distinct = len(set(pool))
        wanted = min(self.between(2, 6), distinct)
        chosen: list[str] = []
        while len(chosen) < wanted:
            concern = self.pick(pool)
            if concern not in chosen:
                chosen.append(concern)
        return chosen

    def _therapist_client_types(self, approaches: list[str]) -> list[ClientType]:
        keys = set(approaches)
        types: list[ClientType] = []
        if self.chance(0.97) or not keys & (_COUPLE_APPROACHES | _FAMILY_APPROACHES):
            types.append(ClientType.INDIVIDUAL)
        if self.chance(0.85 if keys & _COUPLE_APPROACHES else 0.25):
            types.append(ClientType.COUPLE)
        if self.chance(0.85 if keys & _FAMILY_APPROACHES else 0.15):
            types.append(ClientType.FAMILY)
        if not types:
            types.append(ClientType.FAMILY if keys & _FAMILY_APPROACHES else ClientType.COUPLE)
        return types

    def _therapist_age_groups(self, approaches: list[str]) -> list[AgeGroup]:
        for_children = bool(set(approaches) & _CHILD_APPROACHES)
        groups: list[AgeGroup] = []
        if "play_therapy" in approaches or self.chance(0.6 if for_children else 0.1):
            groups.append(AgeGroup.CHILD)
        if self.chance(0.7 if for_children else 0.3):
            groups.append(AgeGroup.TEEN)
        if not groups or self.chance(0.95):
            groups.append(AgeGroup.ADULT)
            if self.chance(0.55):
                groups.append(AgeGroup.SENIOR)
        return groups

    def _bio(self, t: Therapist, first: str, home: City, associate: bool) -> str:
        who: list[str] = []
        if AgeGroup.CHILD in t.age_groups:
            who.append("children")
        if AgeGroup.TEEN in t.age_groups:
            who.append("teens")
        if AgeGroup.ADULT in t.age_groups or AgeGroup.SENIOR in t.age_groups:
            who.append("adults")
        if ClientType.COUPLE in t.client_types:
            who.append("couples")
        if ClientType.FAMILY in t.client_types:
            who.append("families")
        concerns = [mid_sentence(self.catalogue.concern_label(c)) for c in t.concerns[:3]]
        approaches = [mid_sentence(self.catalogue.approach_label(a)) for a in t.approaches[:2]]
        u = self.rand()
        if not concerns:
            opening = f"{first} works with {join_words(who)}."
        elif u < 0.35:
            opening = f"{first} works with {join_words(who)} on {join_words(concerns)}."
        elif u < 0.7:
            opening = f"{first} helps {join_words(who)} with {join_words(concerns)}."
        else:
            opening = (
                f"{first} sees {join_words(who)} facing {join_words(concerns, conjunction='or')}."
            )

        spoken = join_words([language_name(code) for code in t.languages])
        if Modality.IN_PERSON in t.modalities and Modality.VIRTUAL in t.modalities:
            where = f"in person in {home.name} or online"
        elif Modality.IN_PERSON in t.modalities:
            where = f"in person in {home.name}"
        else:
            where = "online anywhere in Ontario"
        u = self.rand()
        if associate and u < 0.4:
            second = (
                f"{first} is an associate working under clinical supervision, "
                "which keeps fees lower."
            )
        elif u < 0.6:
            second = f"Sessions draw on {join_words(approaches)} and are offered in {spoken}."
        elif u < 0.8:
            second = f"Sessions are in {spoken}, {where}."
        else:
            second = f"{first} uses {approaches[0]}, at a pace that suits each person."
        return f"{opening} {second}"

    # --- clients --------------------------------------------------------------------------

    def clients(self, count: int) -> list[Client]:
        day_minutes = 16 * HOUR
        moments = [
            int(self.rand() * HISTORY_DAYS) * DAY + 7 * HOUR + int(self.rand() * day_minutes)
            for _ in range(count)
        ]
        # Intake references are handed out in order, so ids follow the submission time.
        moments.sort()
        deck = list(self.concern_keys)
        self.rng.shuffle(deck)
        clients = [self._client(i, moments[i], deck) for i in range(count)]
        plans = [c.concerns for c in clients]
        self._cover(plans, self.concern_keys, limit=4)
        return clients

    def _client(self, index: int, submitted_minute: int, deck: list[str]) -> Client:
        rand = self.rand
        culture = self.client_cultures.pick(rand())
        gender = self.gender(0.56, 0.41)
        u = rand()
        group = (
            AgeGroup.ADULT
            if u < 0.79
            else AgeGroup.SENIOR
            if u < 0.87
            else AgeGroup.TEEN
            if u < 0.95
            else AgeGroup.CHILD
        )
        young = group in (AgeGroup.CHILD, AgeGroup.TEEN)

        native = culture.native is not None and rand() < culture.native_share
        names = culture.native if native and culture.native is not None else culture.latin
        if gender is Gender.MAN:
            first = self.given_name(names.men, names.women, gender)
        else:
            first = self.given_name(names.women, names.men, gender)
        last = self.pick(names.last)
        plain = culture.plain_share > 0 and rand() < culture.plain_share
        first_written = first.latin if plain else first.written
        last_written = last.latin if plain else last.written

        preferred = ""
        if native and culture.key in ("chinese", "korean") and rand() < 0.35:
            preferred = self.pick(ADOPTED_FIRST).written
        elif gender is Gender.NONBINARY and rand() < 0.6:
            preferred = self.pick(NEUTRAL_FIRST).written
        elif first.written in SHORT_FORMS and rand() < 0.4:
            preferred = SHORT_FORMS[first.written]
        if preferred == first_written:
            preferred = ""

        language = self._client_language(culture, native)
        pronouns = ""
        if rand() < (0.1 if group is AgeGroup.CHILD else 0.45):
            if language == "fr" and rand() < 0.5:
                pronouns = {Gender.WOMAN: "elle", Gender.MAN: "il", Gender.NONBINARY: "iel"}[gender]
            else:
                pronouns = self.pick(_PRONOUNS_EN[gender])

        born = None
        age_group: AgeGroup | None = group
        if rand() < 0.88:
            if group is AgeGroup.CHILD:
                years = self.between(8, 12)
            elif group is AgeGroup.TEEN:
                years = self.between(13, 17)
            elif group is AgeGroup.SENIOR:
                years = self.between(65, 85)
            else:
                years = int(self.rng.triangular(18, 65, 30))
            born = date.fromordinal(self.today.toordinal() - int((years + rand()) * 365.2425) - 1)
            # with a birth date the group is worked out when needed, so it never goes stale
            age_group = None
        elif rand() < 0.3:
            age_group = None

        primary = self._primary_concern(group, deck)
        client_type = self._client_type(group, primary)
        concerns = self._client_concerns(primary)

        city: City | None = None
        if language == "fr" and rand() < 0.6:
            city = self.francophone_cities.pick(rand())
        elif rand() < 0.85:
            city = self.client_cities.pick(rand())
        address = postal = ""
        if city is not None and rand() < 0.6:
            number = self.between(1, 2400)
            street = self.pick(STREETS)
            address = (
                f"{self.between(101, 2210)}-{number} {street}"
                if rand() < 0.25
                else f"{number} {street}"
            )
            postal = self.postal_code(city)
        elif city is not None and rand() < 0.2:
            postal = self.postal_code(city)

        email = phone = ""
        u = rand()
        if u < 0.6:
            email, phone = self._client_email(first, last, young), self.phone(city)
        elif u < 0.85:
            email = self._client_email(first, last, young)
        else:
            phone = self.phone(city)

        u = rand()
        modality = (
            ModalityPreference.IN_PERSON
            if u < 0.28
            else ModalityPreference.VIRTUAL
            if u < 0.65
            else ModalityPreference.EITHER
        )
        location = ""
        if modality is ModalityPreference.IN_PERSON or (
            modality is ModalityPreference.EITHER and rand() < 0.3
        ):
            location = (city or self.client_cities.pick(rand())).name

        approach_preference: list[str] = []
        if rand() < 0.18:
            first_choice = (
                "relational"
                if "relational" in self.links and rand() < 0.35
                else self.pick(self.approaches_for[primary] or self.approach_keys)
            )
            approach_preference.append(first_choice)
            if rand() < 0.3:
                second_choice = self.approach_picker.pick(rand())
                if second_choice != first_choice:
                    approach_preference.append(second_choice)

        therapist_gender: Gender | None = None
        if rand() < 0.22:
            therapist_gender = self.gender(0.65, 0.22)

        max_fee = None
        if rand() < 0.35:
            max_fee = self.money[self.pick((60, 80, 90, 100, 120, 130, 150, 175, 200))]

        availability = [] if rand() < 0.2 else self.slots(2, 8)

        notes = ""
        u = rand()
        if young:
            notes = self.pick(_NOTES_YOUNG) if u < 0.5 else ""
        elif u < 0.55:
            notes = self.pick(_NOTES)
            if rand() < 0.15:
                extra = self.pick(_NOTES)
                if extra != notes:
                    notes = f"{notes}. {extra}"

        return Client(
            id=f"C-{index + 1:06d}",
            submitted=self.base + submitted_minute * MINUTE,
            first_name=first_written,
            last_name=last_written,
            preferred_name=preferred,
            pronouns=pronouns,
            date_of_birth=born,
            email=email,
            phone=phone,
            address=address,
            city=city.name if city is not None and (address or rand() < 0.8) else "",
            postal_code=postal,
            language=language,
            client_type=client_type,
            age_group=age_group,
            concerns=concerns,
            approach_preference=approach_preference,
            therapist_gender=therapist_gender,
            modality=modality,
            location=location,
            max_fee=max_fee,
            availability=availability,
            consent_to_contact=rand() < 0.93,
            notes=notes,
        )

    def _client_language(self, culture: Culture, native: bool) -> str:
        heritage = culture.languages
        if heritage[:1] == ("fr",):
            return "fr" if self.chance(0.85) else "en"
        if self.chance(0.05):
            return "fr"  # many Franco-Ontarians have names from elsewhere
        if heritage and self.chance(0.45 if native else 0.2):
            return heritage[0]
        return "en"

    def _primary_concern(self, group: AgeGroup, deck: list[str]) -> str:
        if deck and group is AgeGroup.ADULT:
            # The first adults between them name every concern, so a small sample shows them all.
            return deck.pop()
        return self.concern_pickers[group].pick(self.rand())

    def _client_type(self, group: AgeGroup, primary: str) -> ClientType:
        u = self.rand()
        if group is AgeGroup.CHILD:
            return ClientType.FAMILY if u < 0.55 else ClientType.INDIVIDUAL
        if group is AgeGroup.TEEN:
            return ClientType.FAMILY if u < 0.25 else ClientType.INDIVIDUAL
        if group is AgeGroup.SENIOR:
            return ClientType.COUPLE if u < 0.12 else ClientType.INDIVIDUAL
        if primary == "couples":
            return ClientType.COUPLE if u < 0.6 else ClientType.INDIVIDUAL
        if primary in ("family", "parenting"):
            return ClientType.FAMILY if u < 0.35 else ClientType.INDIVIDUAL
        return (
            ClientType.INDIVIDUAL
            if u < 0.88
            else ClientType.COUPLE
            if u < 0.96
            else ClientType.FAMILY
        )

    def _client_concerns(self, primary: str) -> list[str]:
        u = self.rand()
        wanted = 1 if u < 0.25 else 2 if u < 0.6 else 3 if u < 0.87 else 4
        concerns = [primary]
        related = self.approaches_for.get(primary)
        if not related:
            return concerns
        pool = self.linked_concerns[self.pick(related)]
        for _ in range(wanted * 3):
            if len(concerns) >= wanted:
                break
            concern = self.pick(pool)
            if concern not in concerns:
                concerns.append(concern)
        return concerns

    def _client_email(self, first: Name, last: Name, young: bool) -> str:
        u = self.rand()
        domain = self.pick(_CLIENT_DOMAINS)
        if young:
            local = f"{last.slug}.family"
        elif u < 0.5:
            local = f"{first.slug}.{last.slug}"
        elif u < 0.8:
            local = f"{first.slug}{last.slug}{self.between(1, 99)}"
        else:
            local = f"{first.slug[:1]}{last.slug}"
        return f"{local or 'client'}@{domain}"

    # --- referrals ------------------------------------------------------------------------

    def referrals(
        self, count: int, therapists: list[Therapist], clients: list[Client]
    ) -> list[SampleReferral]:
        if count <= 0:
            return []
        matcher = _Candidates(therapists)
        candidates = [matcher.for_client(c) for c in clients]
        eligible = [i for i, found in enumerate(candidates) if found]
        if not eligible:
            raise ValueError(
                "cannot make sample referrals: no therapist fits any client "
                "(language, client type and age group)"
            )
        # Places left before each therapist reaches capacity with open referrals.
        self.room = [len(clients) + count if t.capacity is None else t.capacity for t in therapists]
        self.not_accepting = {i for i, t in enumerate(therapists) if not t.accepting}
        submitted = [int((c.submitted - self.base) / MINUTE) if c.submitted else 0 for c in clients]
        # Each client's next referral starts after the last one ended; None = still open.
        next_start: list[int | None] = list(submitted)
        made: list[SampleReferral] = []

        order = list(eligible)
        for _ in range(8):
            order = [ci for ci in order if next_start[ci] is not None]
            self.rng.shuffle(order)
            before = len(made)
            for ci in order:
                if len(made) >= count:
                    break
                start = next_start[ci]
                if start is None or self.end - start < 6 * HOUR:
                    next_start[ci] = None
                    continue
                referral, finish = self._referral(clients[ci], candidates[ci], therapists, start)
                made.append(referral)
                next_start[ci] = finish
            if len(made) >= count or len(made) == before:
                break
        # A very large request can outrun what one history per client allows; the rest
        # are extra referrals overlapping earlier ones.
        while len(made) < count:
            ci = self.pick(eligible)
            referral, _ = self._referral(clients[ci], candidates[ci], therapists, submitted[ci])
            made.append(referral)
        made.sort(key=lambda r: r.created_at)
        return made

    def _referral(
        self,
        client: Client,
        candidates: list[int],
        therapists: list[Therapist],
        start: int,
    ) -> tuple[SampleReferral, int | None]:
        rand = self.rand
        window = self.end - start
        delay = int(rand() * rand() * min(window - 3 * HOUR, 14 * DAY))
        created = start + max(delay, 30)
        at_desk = self._office_hours(created)
        if at_desk < self.end - 2 * HOUR:
            created = at_desk
        history = self._history(created)
        final = history[-1][0]
        stays_open = final in OPEN_STATUSES
        recent = self.end - created < RECENT_FOR_CLOSED_LISTS

        room = self.room
        not_accepting = self.not_accepting
        chosen = -1
        size = len(candidates)
        offset = int(rand() * size)
        for step in range(min(size, 40)):
            ti = candidates[(offset + step) % size]
            if (recent and ti in not_accepting) or (stays_open and room[ti] <= 0):
                continue
            chosen = ti
            break
        if chosen < 0:
            chosen = candidates[offset]
            if stays_open and room[chosen] <= 0:
                # Nobody suitable has room: the referral went out and came back declined.
                kept = [h for h in history[:2] if h[1] < self.end - 2 * HOUR]
                at = kept[-1][1] + min(DAY, (self.end - kept[-1][1]) // 2)
                history = [*kept, (ReferralStatus.DECLINED, at, _FULL)]
                final = ReferralStatus.DECLINED
                stays_open = False
        if stays_open:
            room[chosen] -= 1
        therapist = therapists[chosen]

        base = self.base
        events = tuple(
            SampleEvent(status, base + at * MINUTE, reason) for status, at, reason in history
        )
        referral = SampleReferral(
            client_id=client.id,
            therapist_id=therapist.id,
            approach=self._referral_approach(client, therapist),
            created_at=events[0].at,
            events=events,
        )
        last_at = history[-1][1]
        if stays_open:
            finish: int | None = None
        elif final is ReferralStatus.CLOSED:
            # Some people come back for more help months after finishing.
            finish = last_at + self.between(30, 240) * DAY if rand() < 0.35 else None
        else:
            finish = last_at + int(rand() * 10 * DAY)
        return referral, finish

    def _history(self, created: int) -> list[tuple[ReferralStatus, int, str]]:
        """Walks the lifecycle from ``created`` until an ending or until today."""
        rand = self.rand
        end = self.end
        history: list[tuple[ReferralStatus, int, str]] = [(ReferralStatus.PROPOSED, created, "")]
        table = _STEP_TABLES.get(ReferralStatus.PROPOSED)
        at = created
        while table is not None:
            cumulative, moves = table
            nxt, low, spread, reasons = moves[bisect_right(cumulative, rand())]
            at += low + int(rand() * spread)
            minute_of_day = at % DAY  # base is a midnight
            if minute_of_day < 8 * HOUR or minute_of_day >= 19 * HOUR:
                at = self._office_hours(at)
            if at >= end:
                break
            history.append((nxt, at, reasons[int(rand() * len(reasons))]))
            table = _STEP_TABLES.get(nxt)
        return history

    def _office_hours(self, at: int) -> int:
        """Moves a desk action at night forward into the next working day (8:00-19:00)."""
        minute_of_day = at % DAY  # base is a midnight
        if minute_of_day < 8 * HOUR:
            return at - minute_of_day + 8 * HOUR + int(self.rand() * 11 * HOUR)
        if minute_of_day >= 19 * HOUR:
            return at - minute_of_day + DAY + 8 * HOUR + int(self.rand() * 11 * HOUR)
        return at

    def _referral_approach(self, client: Client, therapist: Therapist) -> str:
        # the same choice a match makes; only the link sums are kept per set of concerns
        concerns = tuple(client.concerns)
        fit = self.fit_by_concerns.get(concerns)
        if fit is None:
            fit = self.fit_by_concerns[concerns] = concern_fit(self.catalogue, concerns)
        return best_approach(
            therapist.approaches, client.approach_preference, fit, self.approach_order
        )


class _Candidates:
    """Therapists who plausibly fit a client: shared language, client type, age group and
    in-person sessions when asked. Looked up once per distinct need."""

    def __init__(self, therapists: list[Therapist]) -> None:
        self.by_language: dict[str, set[int]] = {}
        self.by_type: dict[ClientType, set[int]] = {t: set() for t in ClientType}
        self.by_age: dict[AgeGroup, set[int]] = {a: set() for a in AgeGroup}
        self.in_person: set[int] = set()
        for i, t in enumerate(therapists):
            for code in t.languages:
                self.by_language.setdefault(code, set()).add(i)
            for client_type in t.client_types:
                self.by_type[client_type].add(i)
            for group in t.age_groups:
                self.by_age[group].add(i)
            if Modality.IN_PERSON in t.modalities:
                self.in_person.add(i)
        self.cache: dict[tuple[str, ClientType, AgeGroup | None, bool], list[int]] = {}

    def for_client(self, client: Client) -> list[int]:
        needs_office = client.modality is ModalityPreference.IN_PERSON
        key = (client.language, client.client_type, client.age_group, needs_office)
        found = self.cache.get(key)
        if found is None:
            fit = self.by_language.get(client.language, set()) & self.by_type[client.client_type]
            if client.age_group is not None:
                fit &= self.by_age[client.age_group]
            if needs_office:
                fit &= self.in_person
            found = sorted(fit)
            self.cache[key] = found
        return found


def generate(
    catalogue: Catalogue,
    *,
    seed: int = 1,
    therapists: int = 40,
    clients: int = 200,
    referrals: int = 150,
    today: date,
) -> SampleData:
    """A whole sample clinic: the same arguments always give the same data."""
    if therapists < 0 or clients < 0 or referrals < 0:
        raise ValueError("counts of therapists, clients and referrals must be zero or more")
    # Millions of small objects and no reference cycles: the cyclic garbage collector
    # would only rescan them again and again, costing a third of the run.
    collecting = gc.isenabled()
    gc.disable()
    try:
        builder = _Builder(catalogue, seed, today)
        therapist_list = builder.therapists(therapists)
        client_list = builder.clients(clients)
        referral_list = builder.referrals(referrals, therapist_list, client_list)
    finally:
        if collecting:
            gc.enable()
    # a client is referred only once they agreed to be contacted: those the sample refers
    # said yes (changed after the draw, so the rest of the sample stays as it was)
    referred = {r.client_id for r in referral_list}
    client_list = [
        replace(c, consent_to_contact=True) if c.id in referred and not c.consent_to_contact else c
        for c in client_list
    ]
    return SampleData(therapists=therapist_list, clients=client_list, referrals=referral_list)
