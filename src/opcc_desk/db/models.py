"""The database schema as SQLAlchemy 2 typed models.

Portable on purpose: no SQLite-only types or SQL, so the same models run on the
embedded file and on a clinic's PostgreSQL server. Enumerations are stored as
short strings (their file spelling) rather than native enum types, which keeps
migrations simple on both. Lists whose items are catalogue keys live in link
tables with a position, so the database enforces the keys and files round-trip
in their original order; other small lists (languages, slots) are JSON.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(10, 2, asdecimal=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class ConcernRow(Base):
    __tablename__ = "concerns"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[dict[str, Any]]
    phrase: Mapped[dict[str, Any]]


class ApproachRow(Base):
    __tablename__ = "approaches"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[dict[str, Any]]  # language -> {label, summary, what, sessions, notice}
    links: Mapped[list[ApproachConcernRow]] = relationship(
        cascade="all, delete-orphan", order_by="ApproachConcernRow.concern_key"
    )


class ApproachConcernRow(Base):
    __tablename__ = "approach_concerns"

    approach_key: Mapped[str] = mapped_column(
        ForeignKey("approaches.key", ondelete="CASCADE"), primary_key=True
    )
    concern_key: Mapped[str] = mapped_column(ForeignKey("concerns.key"), primary_key=True)
    strength: Mapped[int] = mapped_column(Integer)


class TherapistApproachRow(Base):
    __tablename__ = "therapist_approaches"

    therapist_pk: Mapped[int] = mapped_column(
        ForeignKey("therapists.pk", ondelete="CASCADE"), primary_key=True
    )
    approach_key: Mapped[str] = mapped_column(ForeignKey("approaches.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class TherapistConcernRow(Base):
    __tablename__ = "therapist_concerns"

    therapist_pk: Mapped[int] = mapped_column(
        ForeignKey("therapists.pk", ondelete="CASCADE"), primary_key=True
    )
    concern_key: Mapped[str] = mapped_column(ForeignKey("concerns.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class TherapistRecord(Base):
    __tablename__ = "therapists"

    pk: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    gender: Mapped[str | None] = mapped_column(String(20))
    credentials: Mapped[list[str]]
    registration: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    languages: Mapped[list[str]]
    client_types: Mapped[list[str]]
    age_groups: Mapped[list[str]]
    modalities: Mapped[list[str]]
    locations: Mapped[list[str]]
    fee: Mapped[Decimal] = mapped_column(Money)
    sliding_scale_min: Mapped[Decimal | None] = mapped_column(Money)
    level: Mapped[str | None] = mapped_column(String(20))
    accepting: Mapped[bool] = mapped_column(Boolean)
    capacity: Mapped[int | None] = mapped_column(Integer)
    availability: Mapped[list[str]]
    bio: Mapped[str] = mapped_column(Text, default="")
    # the therapist's own choices for the published directory: listed (the default), and
    # whether their own phone and email appear instead of the clinic's intake contact
    directory: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    directory_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the search words joined by spaces; a search term must start one (a plain filter:
    # a directory holds a few thousand therapists at most)
    search_key: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    approach_links: Mapped[list[TherapistApproachRow]] = relationship(
        cascade="all, delete-orphan", order_by="TherapistApproachRow.position"
    )
    concern_links: Mapped[list[TherapistConcernRow]] = relationship(
        cascade="all, delete-orphan", order_by="TherapistConcernRow.position"
    )

    __mapper_args__ = {"version_id_col": version}


class ClientConcernRow(Base):
    __tablename__ = "client_concerns"

    client_pk: Mapped[int] = mapped_column(
        ForeignKey("clients.pk", ondelete="CASCADE"), primary_key=True
    )
    concern_key: Mapped[str] = mapped_column(ForeignKey("concerns.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class ClientApproachRow(Base):
    __tablename__ = "client_approach_preferences"

    client_pk: Mapped[int] = mapped_column(
        ForeignKey("clients.pk", ondelete="CASCADE"), primary_key=True
    )
    approach_key: Mapped[str] = mapped_column(ForeignKey("approaches.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class ClientRecord(Base):
    __tablename__ = "clients"

    pk: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    submitted: Mapped[datetime | None] = mapped_column(DateTime)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(7), default="")
    language: Mapped[str] = mapped_column(String(2))
    client_type: Mapped[str] = mapped_column(String(20))
    age_group: Mapped[str | None] = mapped_column(String(20))
    therapist_gender: Mapped[str | None] = mapped_column(String(20))
    modality: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(100), default="")
    max_fee: Mapped[Decimal | None] = mapped_column(Money)
    availability: Mapped[list[str]]
    consent_to_contact: Mapped[bool] = mapped_column(Boolean)
    email_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str] = mapped_column(Text, default="")
    # the search words joined by spaces: what client_search_words holds for this client
    search_key: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    concern_links: Mapped[list[ClientConcernRow]] = relationship(
        cascade="all, delete-orphan", order_by="ClientConcernRow.position"
    )
    approach_links: Mapped[list[ClientApproachRow]] = relationship(
        cascade="all, delete-orphan", order_by="ClientApproachRow.position"
    )
    # loaded only when the words change; a deleted client's go by ON DELETE CASCADE
    search_word_rows: Mapped[list[ClientSearchWordRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


# Byte order on PostgreSQL, as on SQLite: a prefix is the range [term, term + 1) there.
SearchWord = Text().with_variant(Text(collation="C"), "postgresql")


class ClientSearchWordRow(Base):
    """One word a client search can start with (domain.search.search_words).

    A search term reads one range of the primary key's words: no client is read
    unless one of its words starts with the term. SQLite keeps the rows in that key
    (WITHOUT ROWID), so the range holds the client keys themselves.
    """

    __tablename__ = "client_search_words"
    __table_args__ = {"sqlite_with_rowid": False}

    word: Mapped[str] = mapped_column(SearchWord, primary_key=True)
    client_pk: Mapped[int] = mapped_column(
        ForeignKey("clients.pk", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReferralRecord(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_pk: Mapped[int] = mapped_column(ForeignKey("clients.pk"), index=True)
    therapist_pk: Mapped[int] = mapped_column(ForeignKey("therapists.pk"), index=True)
    approach_key: Mapped[str | None] = mapped_column(ForeignKey("approaches.key"))
    status: Mapped[str] = mapped_column(String(20), index=True)
    score: Mapped[float | None]
    reasons: Mapped[list[str]]
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # the first session's date once booked: the follow-up is due that day
    first_session: Mapped[date | None] = mapped_column(Date)

    client: Mapped[ClientRecord] = relationship()
    therapist: Mapped[TherapistRecord] = relationship()
    events: Mapped[list[ReferralEventRecord]] = relationship(
        cascade="all, delete-orphan", order_by="ReferralEventRecord.id"
    )

    __mapper_args__ = {"version_id_col": version}


class ReferralEventRecord(Base):
    """One step of a referral's life: the history is never rewritten."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(64), default="")
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")


class LetterRecord(Base):
    """A generated letter exactly as printed; re-printing uses these bytes."""

    __tablename__ = "letters"
    __table_args__ = (UniqueConstraint("referral_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class EmailSendRecord(Base):
    """One letter sent by email: when, by whom, to which address, which stored copy.

    The passphrase that opens the attachment is never stored: it was read to the client.
    """

    __tablename__ = "email_sends"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), index=True)
    letter_version: Mapped[int] = mapped_column(Integer)
    letter_sha256: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(254))
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    sent_by: Mapped[str] = mapped_column(String(64), default="")


class MailKeyRecord(Base):
    """One staff member's way to the mail key, which encrypts the mail server's password.

    Each user has an X25519 key pair: the private key wrapped (AES-GCM) with a key from
    their password (argon2id), the public key in clear, and the mail key sealed to the
    public key once someone who holds it has signed in (``sealed`` empty until then).
    """

    __tablename__ = "mail_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    salt: Mapped[str] = mapped_column(String(40))
    nonce: Mapped[str] = mapped_column(String(40))
    private: Mapped[str] = mapped_column(String(100))
    public: Mapped[str] = mapped_column(String(60))
    sealed: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SettingRecord(Base):
    """Clinic-wide settings the director edits (letterhead, matching weights...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]]


Index("ix_clients_name", ClientRecord.last_name, ClientRecord.first_name)
Index("ix_therapists_name", TherapistRecord.last_name, TherapistRecord.first_name)


class UserRecord(Base):
    """A staff account. The password is kept only as an argon2id hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(40), default="")


class AuditRecord(Base):
    """PHIPA's log of who viewed, changed, printed or exported which record.

    Rows are only ever added (the database refuses updates and deletes), and each
    row's hash covers the previous row's hash, so tampering shows.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(20))
    record_type: Mapped[str] = mapped_column(String(20))
    record_ref: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


Index("ix_audit_events_record", AuditRecord.record_type, AuditRecord.record_ref)


class AuditHeadRecord(Base):
    """The newest entry's hash and the number of entries, in one row.

    Appending swaps it with a compare-and-set, so two desks writing at once can
    never fork the chain, and a log cut short at its end no longer matches it.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)


class AuditKeyRecord(Base):
    """One director's or admin's copy of the audit key, wrapped with their password.

    The wrap (AES-GCM under an argon2id key from the password) also covers the user
    name and role, so a copy only opens for the role it was given for: a role changed
    in the users table without the key is not confirmed at sign-in.
    """

    __tablename__ = "audit_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    salt: Mapped[str] = mapped_column(String(40))
    nonce: Mapped[str] = mapped_column(String(40))
    wrapped: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RecordVersionRecord(Base):
    """The values a record had before each change: edits never lose the original."""

    __tablename__ = "record_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_ref: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    values: Mapped[dict[str, Any]]
    replaced_at: Mapped[datetime] = mapped_column(DateTime)
    replaced_by: Mapped[str] = mapped_column(String(40), default="")


Index("ix_record_versions_record", RecordVersionRecord.record_type, RecordVersionRecord.record_ref)


class TombstoneRecord(Base):
    """What is left of a record removed by the retention purge: that it existed, nothing more."""

    __tablename__ = "tombstones"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_ref: Mapped[str] = mapped_column(String(64))
    purged_at: Mapped[datetime] = mapped_column(DateTime)
    purged_by: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")


class WaitlistRecord(Base):
    """A client waiting for a suitable therapist. Entries are closed, never deleted."""

    __tablename__ = "waitlist"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_pk: Mapped[int] = mapped_column(ForeignKey("clients.pk"), index=True)
    since: Mapped[date] = mapped_column(Date)
    priority: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_reason: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[ClientRecord] = relationship()


# One open entry per client, kept by the database itself: two desks adding the same client
# at the same moment listed them twice. Closed entries (the history) are not limited.
Index(
    "uq_waitlist_one_open_per_client",
    WaitlistRecord.client_pk,
    unique=True,
    sqlite_where=WaitlistRecord.closed_at.is_(None),
    postgresql_where=WaitlistRecord.closed_at.is_(None),
)


class ClientLinkRecord(Base):
    """The desk's decision about two client records that looked alike.

    kind "merged": ``client_pk`` was merged into ``other_pk`` (kept, archived, its
    referrals moved, listed in ``note``); kind "distinct": both were kept on purpose,
    so the pair is not offered again.
    """

    __tablename__ = "client_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_pk: Mapped[int] = mapped_column(ForeignKey("clients.pk"), index=True)
    other_pk: Mapped[int] = mapped_column(ForeignKey("clients.pk"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(64), default="")


class ContactRecord(Base):
    """One entry of a client's contact log: a call, message or visit.

    Never deleted and never rewritten unseen: a correction keeps the values before it in
    record_versions (record type "contact"), a mistaken entry is struck out, with who,
    when and why. A contact never moves a referral by itself.
    """

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_pk: Mapped[int] = mapped_column(ForeignKey("clients.pk"))
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"))
    kind: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(10))
    outcome: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    logged_at: Mapped[datetime] = mapped_column(DateTime)
    struck_at: Mapped[datetime | None] = mapped_column(DateTime)
    struck_by: Mapped[str] = mapped_column(String(64), default="")
    struck_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


# a client's log newest first, and the follow-up list's "last contact" per client
Index("ix_contacts_client_at", ContactRecord.client_pk, ContactRecord.at)


# Indexes for a ten-year clinic (migration 0003). Each one lets a hot query read a narrow,
# sorted index instead of the table's rows; tests/integration/test_query_plans.py checks the
# plans. The wider indexes cover every column their queries read, so SQLite never visits the
# table at all ("USING COVERING INDEX").
Index(  # the director's summary: every figure is grouped over referrals made in a period
    "ix_referrals_created_window",
    ReferralRecord.created_at,
    ReferralRecord.status,
    ReferralRecord.approach_key,
    ReferralRecord.therapist_pk,
    ReferralRecord.client_pk,
)
Index(  # a client's referrals: first referral, waiting clients, open counts in the Clients tab
    "ix_referrals_client_created",
    ReferralRecord.client_pk,
    ReferralRecord.created_at,
    ReferralRecord.status,
)
Index(  # open and recent referrals per therapist (matching, the Therapists tab)
    "ix_referrals_therapist_created",
    ReferralRecord.therapist_pk,
    ReferralRecord.created_at,
    ReferralRecord.status,
)
Index(  # one status's page of the Referrals list, newest first, read in index order
    "ix_referrals_status_created", ReferralRecord.status, ReferralRecord.created_at
)
Index(  # a referral's steps: "was it ever active", first session, last change (follow-ups)
    "ix_referral_events_referral_status",
    ReferralEventRecord.referral_id,
    ReferralEventRecord.to_status,
    ReferralEventRecord.at,
)
Index(  # first sessions and fell-through reasons of the period, by the step's status
    "ix_referral_events_status", ReferralEventRecord.to_status, ReferralEventRecord.referral_id
)
Index("ix_clients_submitted", ClientRecord.submitted)  # intakes of a period
