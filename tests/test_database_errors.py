"""When the database refuses, the sender gets an error ack: never a false ack, never a crash,
and the same client_msg_id succeeds once the database is back."""
from __future__ import annotations

import sqlite3
import time

import pytest

from server import config, create_app, database
from server.extensions import db
from tests.conftest import Session
from tests.helpers import open_request


@pytest.fixture
def file_app(tmp_path, monkeypatch):
    path = tmp_path / "locked.db"
    monkeypatch.setenv("SWITCHBOARD_TEST_DB", f"sqlite:///{path}")
    monkeypatch.setattr(database, "WRITE_WAIT_SECONDS", 0.4)
    app = create_app(config.TestConfig)
    with app.app_context():
        db.create_all()
    yield app, path
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _user(app, role, email):
    from server.services import auth

    with app.app_context():
        u = auth.create_user(role, email, email.split("@")[0], "a-long-test-password")
        return type("U", (), {"id": u.id, "email": u.email, "role": role})


def test_locked_database_gives_an_error_ack_then_the_retry_succeeds(file_app):
    app, path = file_app
    client = Session(app, _user(app, "client", "c@x.example"))
    conv = open_request(client, "Locked", "first")
    sock = client.socket()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        started = time.monotonic()
        ack = sock.emit(
            "send_message",
            {"conversation_id": conv["id"], "body": "while locked", "client_msg_id": "L1"},
            callback=True,
        )
        waited = time.monotonic() - started
        assert ack["ok"] is False and ack["error"]["code"] == "unavailable", ack
        assert waited < 3  # bounded wait, not a stall
        r = client.post(f"/api/conversations/{conv['id']}/messages", {"body": "http too"})
        assert r.status_code == 503 and r.json["error"]["code"] == "unavailable"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    again = sock.emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "while locked", "client_msg_id": "L1"},
        callback=True,
    )
    assert again["ok"] is True
    synced = sock.emit("sync", {"conversation_id": conv["id"], "after_id": 0}, callback=True)
    assert [m["body"] for m in synced["messages"]] == ["first", "while locked"]
    assert sock.is_connected()


def test_begin_write_inside_a_write_transaction_keeps_it_open(file_app):
    """A storing socket event takes the write lock before its session check; the service's own
    begin_write must then neither commit nor release the lock."""
    from sqlalchemy import text

    app, path = file_app
    with app.app_context():
        database.begin_write()
        db.session.execute(text("CREATE TABLE scratch (n INTEGER)"))
        db.session.execute(text("INSERT INTO scratch VALUES (1)"))
        database.begin_write()  # no-op: already writing
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # the lock is still held
        finally:
            other.close()
        db.session.rollback()
        assert db.session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'scratch'")
        ).scalar() == 0  # nothing was committed in between
