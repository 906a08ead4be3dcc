"""The catalogue in the database: loaded from the shipped file, read back as domain records.

Loading adds approaches and concerns the database does not have yet and never
overwrites wording already there, so the director's edits survive upgrades.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from opcc_desk.db.models import ApproachConcernRow, ApproachRow, ConcernRow
from opcc_desk.domain.catalogue import parse_catalogue
from opcc_desk.domain.models import Catalogue
from opcc_desk.resources import resource_path
from opcc_desk.services.context import ServiceContext


def shipped_catalogue(path: Path | None = None) -> Catalogue:
    source = path or resource_path("catalogue.toml")
    return parse_catalogue(source.read_text(encoding="utf-8"))


def sync_catalogue(ctx: ServiceContext, catalogue: Catalogue | None = None) -> int:
    """Add missing catalogue keys to the database; returns how many were added."""
    catalogue = catalogue or shipped_catalogue()
    try:
        return _add_missing(ctx, catalogue)
    except IntegrityError:
        # another desk loaded the same keys at the same moment (a new server's first
        # start): its rows are in now, so add only what is still missing
        return _add_missing(ctx, catalogue)


def _add_missing(ctx: ServiceContext, catalogue: Catalogue) -> int:
    added = 0
    with ctx.transaction() as session:
        have_concerns = set(session.scalars(select(ConcernRow.key)))
        have_approaches = set(session.scalars(select(ApproachRow.key)))
        for position, concern in enumerate(catalogue.concerns.values()):
            if concern.key not in have_concerns:
                session.add(
                    ConcernRow(
                        key=concern.key,
                        position=position,
                        label=dict(concern.label),
                        phrase=dict(concern.phrase),
                    )
                )
                added += 1
        session.flush()
        for position, approach in enumerate(catalogue.approaches.values()):
            if approach.key in have_approaches:
                continue
            row = ApproachRow(
                key=approach.key,
                position=position,
                text={lang: asdict(text) for lang, text in approach.text.items()},
            )
            row.links = [
                ApproachConcernRow(concern_key=key, strength=strength)
                for key, strength in approach.concerns.items()
            ]
            session.add(row)
            added += 1
    ctx.forget_catalogue()
    return added
