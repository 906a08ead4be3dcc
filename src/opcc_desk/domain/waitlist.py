"""The waitlist: clients no suitable therapist can take yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from opcc_desk.domain.enums import Priority


@dataclass(frozen=True, slots=True)
class WaitingClient:
    """One line of the waitlist, with the therapists who could take the client now."""

    entry_id: int
    client_id: str
    client_name: str
    since: date
    priority: Priority
    note: str
    days_waiting: int
    fits_now: tuple[str, ...] = ()  # therapist ids, best first
    fits_now_names: tuple[str, ...] = ()  # the same therapists' names (the one name rule)

    def fits_now_text(self) -> str:
        """Who could take the client now, as the desk reads it: "Ana Silva (T-2), …"."""
        names = self.fits_now_names or ("",) * len(self.fits_now)
        return ", ".join(
            f"{name} ({ref})" if name else ref
            for name, ref in zip(names, self.fits_now, strict=True)
        )


def waitlist_order(item: WaitingClient) -> tuple[int, date, str]:
    """Most urgent first, then who has waited longest."""
    return (item.priority.rank, item.since, item.client_id)
