"""Declarative base with a constraint naming convention and UTC-aware timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores UTC; always hands back timezone-aware datetimes (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001, ANN201
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):  # noqa: ANN001, ANN201
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# SQLite's busy wait runs in C and holds eventlet's hub, stalling every socket; keep it short
# and wait for the write lock in Python instead (begin_write), where the hub can switch.
SQLITE_BUSY_MS = 250
WRITE_WAIT_SECONDS = 5.0


def _sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
    # Let SQLAlchemy's "begin" hook issue BEGIN itself, so writes can take the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        f"busy_timeout={SQLITE_BUSY_MS}",
        "foreign_keys=ON",
        "synchronous=NORMAL",
        "secure_delete=ON",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn) -> None:  # noqa: ANN001
    immediate = conn.get_execution_options().get("sqlite_immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def init_app(app) -> None:  # noqa: ANN001
    """Bind the database; on SQLite turn on WAL, a busy timeout and explicit transactions."""
    from sqlalchemy import event

    from server.extensions import db

    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    if uri.startswith("postgresql"):
        # Every call has a bound: connecting, waiting for a pooled connection, each statement.
        options.setdefault(
            "connect_args", {"connect_timeout": 5, "options": "-c statement_timeout=10000"}
        )
        options.setdefault("pool_size", 20)
        options.setdefault("max_overflow", 20)
        options.setdefault("pool_timeout", 5)
        options.setdefault("pool_pre_ping", True)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
    db.init_app(app)
    if uri.startswith("sqlite"):
        with app.app_context():
            engine = db.engine
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)


def begin_write() -> None:
    """Start a write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE).

    A deferred transaction that reads and then writes can fail with "database is locked" even
    with a busy timeout; taking the lock first avoids that. Elsewhere this is a no-op.
    """
    import time

    from sqlalchemy.exc import OperationalError

    from server.extensions import db

    if db.engine.dialect.name != "sqlite":
        return
    if db.session().in_transaction():
        if db.session.connection().get_execution_options().get("sqlite_immediate"):
            return  # already writing
        db.session.commit()
    deadline, delay = time.monotonic() + WRITE_WAIT_SECONDS, 0.005
    while True:
        try:
            db.session.connection(execution_options={"sqlite_immediate": True})
            return
        except OperationalError as err:
            if "locked" not in str(err) or time.monotonic() + delay > deadline:
                raise
            db.session.rollback()
            time.sleep(delay)  # green under eventlet: other sockets keep being served
            delay = min(delay * 2, 0.1)


def serialize_conversation(conversation_id: int) -> None:
    """Make messages of one conversation commit in id order.

    `sync` hands out "everything after id N", so a message must never become visible after a
    higher id in the same conversation. SQLite gets this from BEGIN IMMEDIATE (one writer); on
    PostgreSQL two inserts could commit out of id order, so a transaction-scoped advisory lock
    per conversation orders them.
    """
    from server.extensions import db

    if db.engine.dialect.name == "postgresql":
        db.session.execute(db.text("SELECT pg_advisory_xact_lock(:k)"), {"k": conversation_id})
