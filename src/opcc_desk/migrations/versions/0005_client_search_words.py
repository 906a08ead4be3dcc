"""client search words: an index for the Clients tab search

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

A client search used to test ``search_key LIKE '%term%'`` on every client. Now each
typed term must start one of the client's words (domain.search.search_words), and
the words live in their own table keyed by (word, client), so a term reads one
range of that key. The upgrade creates the table and fills it for the clients
already stored, a batch at a time; it also rewrites every client's and therapist's
``search_key`` as the space-joined word list (the therapists' search, 2,000 rows at
most, filters on it with the same word-prefix rule). The downgrade drops the table
and puts back the keys as they were (folded fields and the phone's digits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from opcc_desk.domain.search import digits, fold, search_key, search_words

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000

clients = sa.table(
    "clients",
    sa.column("pk", sa.Integer()),
    sa.column("ref", sa.String()),
    sa.column("first_name", sa.String()),
    sa.column("last_name", sa.String()),
    sa.column("preferred_name", sa.String()),
    sa.column("email", sa.String()),
    sa.column("phone", sa.String()),
    sa.column("search_key", sa.Text()),
)
therapists = sa.table(
    "therapists",
    sa.column("pk", sa.Integer()),
    sa.column("ref", sa.String()),
    sa.column("first_name", sa.String()),
    sa.column("last_name", sa.String()),
    sa.column("email", sa.String()),
    sa.column("phone", sa.String()),
    sa.column("search_key", sa.Text()),
)
words = sa.table("client_search_words", sa.column("word", sa.Text()), sa.column("client_pk"))


def _batches(table: sa.TableClause, columns: Sequence[str]) -> Iterator[Sequence[Sequence[Any]]]:
    """The table's rows (pk first, then ``columns``) in pk order, a batch at a time."""
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(table.c.pk, *(table.c[name] for name in columns))
            .where(table.c.pk > last)
            .order_by(table.c.pk)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _rewrite_keys(table: sa.TableClause, columns: Sequence[str], key: Callable[..., str]) -> None:
    connection = op.get_bind()
    update = (
        sa.update(table)
        .where(table.c.pk == sa.bindparam("row_pk"))
        .values(search_key=sa.bindparam("new_key"))
    )
    for rows in _batches(table, columns):
        connection.execute(update, [{"row_pk": r[0], "new_key": key(*r[1:])} for r in rows])


def upgrade() -> None:
    op.create_table(
        "client_search_words",
        sa.Column(
            "word",
            sa.Text().with_variant(sa.Text(collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_client_search_words_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("word", "client_pk", name=op.f("pk_client_search_words")),
        sqlite_with_rowid=False,
    )
    connection = op.get_bind()
    client_columns = ("ref", "first_name", "last_name", "preferred_name", "email", "phone")
    update = (
        sa.update(clients)
        .where(clients.c.pk == sa.bindparam("row_pk"))
        .values(search_key=sa.bindparam("new_key"))
    )
    for rows in _batches(clients, client_columns):
        found = []
        keys = []
        for pk, ref, first, last, preferred, email, phone in rows:
            listed = search_words(ref, first, last, preferred, email=email, phone=phone)
            found += [{"word": word, "client_pk": pk} for word in listed]
            keys.append({"row_pk": pk, "new_key": " ".join(listed)})
        # in key order: each batch visits the pages of the index once each, in order
        found.sort(key=lambda row: (row["word"], row["client_pk"]))
        if found:
            connection.execute(sa.insert(words), found)
        connection.execute(update, keys)
    # built after the rows are in: one sort instead of an index grown row by row
    op.create_index(op.f("ix_client_search_words_client_pk"), "client_search_words", ["client_pk"])
    _rewrite_keys(
        therapists,
        ("ref", "first_name", "last_name", "email", "phone"),
        lambda ref, first, last, email, phone: search_key(
            ref, first, last, email=email, phone=phone
        ),
    )


def _old_key(*parts: str, phone: str) -> str:
    """The search key as revision 0004 wrote it (kept here: the program no longer does)."""
    found = [fold(part) for part in parts if part]
    if phone:
        found.append(digits(phone))
    return " ".join(found)


def downgrade() -> None:
    op.drop_index(op.f("ix_client_search_words_client_pk"), table_name="client_search_words")
    op.drop_table("client_search_words")
    _rewrite_keys(
        clients,
        ("ref", "first_name", "last_name", "preferred_name", "email", "phone"),
        lambda ref, first, last, preferred, email, phone: _old_key(
            ref, first, last, preferred, email, phone=phone
        ),
    )
    _rewrite_keys(
        therapists,
        ("ref", "first_name", "last_name", "email", "phone"),
        lambda ref, first, last, email, phone: _old_key(ref, first, last, email, phone=phone),
    )
