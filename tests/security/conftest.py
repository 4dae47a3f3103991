"""Shared fixtures of the security suite: one seeded world per module, restored before each test.

The authorization matrix and the socket-abuse tables run hundreds of small cases. Building a fresh
app, users and logins for each would take minutes, so a module-scoped app is seeded once, its
in-memory SQLite database is copied aside (the sqlite3 backup API), and every test starts from
that copy again. That is the same as a fresh database per test, only faster. Per-process state
(the socket counters and Flask-Limiter's memory storage) is reset too.

Each role's login is kept as a cookie value and a CSRF token, and every request runs in a fresh
Werkzeug test client carrying that cookie, so a cell that logs out or signs up cannot leak into
the next one.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from server import create_app
from server.config import TestConfig
from server.extensions import db, limiter, socketio
from server.models import User
from server.services import auth as auth_service
from server.services import conversations, messages, people, ratelimit
from tests.conftest import PASSWORD

ROLES = ("anon", "client_a", "client_b", "contractor", "contractor_b", "suspended", "owner")
CSRF_META = re.compile(r'name="csrf-token" content="([^"]+)"')
CSRF_ANY = re.compile(r'(csrf-token" content="|name="csrf_token" value=")[^"]+')

# Lines the security tests want shown after the run (cell counts, coverage).
REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    # pytest imports this file as `security.conftest`, the tests as `tests.security.conftest`
    import importlib

    lines = REPORT + importlib.import_module("tests.security.conftest").REPORT
    if lines:
        terminalreporter.section("security suite")
        for line in dict.fromkeys(lines):
            terminalreporter.write_line(line)


def security_config() -> TestConfig:
    """TestConfig (CSRF on, real limits, DEBUG off) on a private in-memory SQLite database."""
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = "sqlite://"
    config.DEBUG = False
    return config


def decode_flask_cookie(value: str) -> str:
    """The payload of an itsdangerous-signed Flask session cookie (zlib when it starts '.')."""
    compressed = value.startswith(".")
    payload = value.lstrip(".").split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    if compressed:
        raw = zlib.decompress(raw)
    return raw.decode("utf-8", "replace")


def strip_csrf(text: str) -> str:
    """A page body without its per-request CSRF tokens, for comparing two answers."""
    return CSRF_ANY.sub(r"\1", text)


def fingerprint(app, exclude: tuple[str, ...] = ("audit_events",)) -> dict[str, tuple[int, str]]:
    """Row count and content hash of every table (the audit log may grow on a refusal)."""
    out = {}
    with app.app_context():
        for table in db.metadata.sorted_tables:
            if table.name in exclude:
                continue
            rows = db.session.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        db.session.remove()
    return out


@dataclass
class Login:
    cookie: str | None
    csrf: str


@dataclass
class Seeded:
    """The seeded world: users, conversations, and how to act as each role."""

    app: object
    users: dict[str, SimpleNamespace]
    conv_a: int
    conv_b: int
    invite_token: str
    target_contractor: int
    redacted_message: int
    logins: dict[str, Login] = field(default_factory=dict)
    snapshot: sqlite3.Connection | None = None

    @property
    def cookie_name(self) -> str:
        return self.app.config["SESSION_COOKIE_NAME"]

    def http(self, role: str):
        """A fresh test client carrying this role's session cookie (anon: a pre-login one)."""
        c = self.app.test_client()
        login = self.logins[role]
        if login.cookie:
            c.set_cookie(self.cookie_name, login.cookie)
        return c

    def csrf(self, role: str) -> str:
        return self.logins[role].csrf

    def socket(self, role: str, http=None):
        """A Socket.IO test client sharing this role's cookie (may be refused at connect)."""
        return socketio.test_client(self.app, flask_test_client=http or self.http(role))

    def max_ids(self) -> tuple[int, int]:
        """(largest conversation id, largest user id) right now."""
        with self.app.app_context():
            from server.models import Conversation

            conv = db.session.scalar(select(db.func.max(Conversation.id))) or 0
            user = db.session.scalar(select(db.func.max(User.id))) or 0
            db.session.remove()
        return conv, user

    def message_count(self) -> int:
        from server.models import Message

        with self.app.app_context():
            n = db.session.scalar(select(db.func.count(Message.id)))
            db.session.remove()
        return n

    # --- snapshot / restore -------------------------------------------------------------------

    def _live(self) -> sqlite3.Connection:
        with self.app.app_context():
            db.session.remove()
            fairy = db.engine.raw_connection()
            conn = fairy.driver_connection
            fairy.close()  # StaticPool: the same connection stays open underneath
        return conn

    def save(self) -> None:
        self.snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        self._live().backup(self.snapshot)

    def restore(self) -> None:
        self.snapshot.backup(self._live())
        ratelimit.reset()
        with self.app.app_context():
            limiter.reset()


def _user(role: str, **fields) -> SimpleNamespace:
    user = auth_service.create_user(
        role,
        fields["email"],
        fields["name"],
        PASSWORD,
        phone=fields.get("phone"),
        company=fields.get("company"),
    )
    return SimpleNamespace(
        id=user.id,
        role=role,
        email=user.email,
        name=user.name,
        phone=user.phone,
        company=user.company,
    )


def _login(app, user: SimpleNamespace | None) -> Login:
    c = app.test_client()
    token = CSRF_META.search(c.get("/login").get_data(as_text=True)).group(1)
    if user is not None:
        r = c.post("/login", data={"email": user.email, "password": PASSWORD, "csrf_token": token})
        assert r.status_code == 302, r.get_data(as_text=True)[:300]
        token = CSRF_META.search(c.get(r.headers["Location"]).get_data(as_text=True)).group(1)
    cookie = c.get_cookie(app.config["SESSION_COOKIE_NAME"])
    return Login(cookie.value if cookie else None, token)


def build_seeded(app) -> Seeded:
    """Owner, clients A and B, contractor K (assigned to A's request), K2, suspended KS."""
    with app.app_context():
        users = {
            "owner": _user("owner", email="boss@sec.example", name="Olga Owner"),
            "client_a": _user(
                "client",
                email="ada.client@sec.example",
                name="Ada Clientperson",
                phone="+1 415 555 0142",
                company="Ada Holdings",
            ),
            "client_b": _user("client", email="bob.client@sec.example", name="Bob Bystander"),
            "contractor": _user("contractor", email="kai.worker@sec.example", name="Kai Workman"),
            "contractor_b": _user(
                "contractor", email="kim.other@sec.example", name="Kim Otherhand"
            ),
            "suspended": _user(
                "contractor", email="sam.suspended@sec.example", name="Sam Suspended"
            ),
        }
        target = _user("contractor", email="tia.target@sec.example", name="Tia Target")
        owner = db.session.get(User, users["owner"].id)
        client_a = db.session.get(User, users["client_a"].id)
        client_b = db.session.get(User, users["client_b"].id)
        conv_a = conversations.open_request(client_a, "Quarterly books", "Please reconcile March.")
        conv_b = conversations.open_request(client_b, "Logo refresh", "New logo, please.")
        conv_a_id, conv_b_id = conv_a.id, conv_b.id
        conversations.assign(owner, conv_a_id, users["contractor"].id)
        conversations.assign(owner, conv_b_id, users["suspended"].id)
        kai = db.session.get(User, users["contractor"].id)
        messages.post_message(kai, conv_a_id, "On it.", "k-1")
        messages.post_message(kai, conv_a_id, "Private note for the owner.", "k-2", note=True)
        redacted, _ = messages.post_message(
            db.session.get(User, users["client_a"].id), conv_a_id, "mail me at ana.bell@gmail.com"
        )
        redacted_id = redacted.id
        _invite, token = people.create_invite(owner, "client")
        db.session.remove()
    seeded = Seeded(
        app=app,
        users=users,
        conv_a=conv_a_id,
        conv_b=conv_b_id,
        invite_token=token,
        target_contractor=target.id,
        redacted_message=redacted_id,
    )
    for role in ROLES:
        seeded.logins[role] = _login(app, users.get(role))
    with app.app_context():
        owner = db.session.get(User, users["owner"].id)
        people.set_status(owner, users["suspended"].id, "suspended")
        db.session.remove()
    seeded.save()
    return seeded


@pytest.fixture(scope="module")
def seeded_module() -> Iterator[Seeded]:
    app = create_app(security_config())
    with app.app_context():
        db.create_all()
    ratelimit.reset()
    seeded = build_seeded(app)
    yield seeded
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def seeded(seeded_module: Seeded) -> Seeded:
    """The module's seeded world, restored to its seed state for this test."""
    seeded_module.restore()
    return seeded_module
