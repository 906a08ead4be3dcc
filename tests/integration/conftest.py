"""Integration tests run every database test twice: on an SQLite file and on PostgreSQL."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_backend(request: pytest.FixtureRequest) -> str:
    """Overrides the SQLite-only fixture of tests/conftest.py for this folder."""
    return str(request.param)
