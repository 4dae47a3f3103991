"""Fixtures: fresh database per test, factories, logged-in HTTP and socket clients, live server."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests

from server import create_app, realtime
from server.config import TestConfig, database_url
from server.extensions import db, socketio
from server.services import auth as auth_service
from server.services import ratelimit

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a-long-test-password"
_counter = itertools.count(1)


@pytest.fixture
def app():
    app = create_app(TestConfig)
    with app.app_context():
        db.drop_all()
        db.create_all()
    ratelimit.reset()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_user(app):
    """make_user(role, name=..., email=..., phone=..., company=...) -> User (committed)."""

    def make(role: str = "client", **fields):
        n = next(_counter)
        with app.app_context():
            user = auth_service.create_user(
                role,
                fields.get("email", f"{role}{n}@example.test"),
                fields.get("name", f"{role.capitalize()} Person{n}"),
                fields.get("password", PASSWORD),
                phone=fields.get("phone"),
                company=fields.get("company"),
            )
            return SimpleNamespace(
                id=user.id,
                role=user.role,
                email=user.email,
                name=user.name,
                phone=user.phone,
                company=user.company,
            )

    return make


class Session:
    """An HTTP client logged in as one user, with the CSRF token of its pages."""

    def __init__(self, app, user) -> None:
        self.app = app
        self.user = user
        self.http = app.test_client()
        self.csrf = None
        self.login()

    def token(self) -> str:
        page = self.http.get("/login").get_data(as_text=True)
        return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)

    def login(self) -> None:
        csrf = self.token()
        r = self.http.post(
            "/login", data={"email": self.user.email, "password": PASSWORD, "csrf_token": csrf}
        )
        assert r.status_code == 302, r.get_data(as_text=True)
        page = self.http.get("/api/me")
        assert page.status_code == 200
        html = self.http.get(r.headers["Location"]).get_data(as_text=True)
        self.csrf = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)

    def get(self, url: str, **kw):
        return self.http.get(url, **kw)

    def post(self, url: str, json=None, **kw):
        headers = {"X-CSRFToken": self.csrf, **kw.pop("headers", {})}
        return self.http.post(url, json=json if json is not None else {}, headers=headers, **kw)

    def socket(self):
        return socketio.test_client(self.app, flask_test_client=self.http)


@pytest.fixture
def login(app):
    """login(user) -> Session: an HTTP client (and socket factory) logged in as that user."""
    return lambda user: Session(app, user)


@dataclass
class Published:
    event: str
    payload: dict
    room: str


@pytest.fixture
def published(monkeypatch) -> list[Published]:
    """Every realtime.publish call, in order (they are still delivered)."""
    calls: list[Published] = []
    original = realtime.publish

    def record(event, payload, *, to):
        calls.append(Published(event, payload, to))
        original(event, payload, to=to)

    monkeypatch.setattr(realtime, "publish", record)
    return calls


@pytest.fixture
def world(app, make_user):
    """An owner, two clients, two contractors, with canary-like personal details."""

    @dataclass
    class World:
        owner: object
        client: object
        client_b: object
        contractor: object
        contractor_b: object
        extra: dict = field(default_factory=dict)

    return World(
        owner=make_user("owner", name="Olivia Owner"),
        client=make_user(
            "client",
            name="Zelda Quixote",
            email="zelda.quixote@canary.example",
            phone="+1 415 555 0199",
            company="Quixote Canaries Ltd",
        ),
        client_b=make_user("client", name="Bruno Bystander", company="Bystander Inc"),
        contractor=make_user(
            "contractor",
            name="Kasimir Contractor",
            email="kasimir@workers.example",
            phone="+44 20 7946 0321",
        ),
        contractor_b=make_user("contractor", name="Greta Other"),
    )


# --- a real server over the network -----------------------------------------------------------


_CREATED_DATABASES: list[str] = []
# One migrated database per run, copied for every live server: `flask db upgrade` once rather
# than once per server (tests/test_migrations.py checks the migrations themselves).
_TEMPLATE: dict[str, str] = {}


@pytest.fixture(scope="session", autouse=True)
def _drop_live_databases():
    """Drop the PostgreSQL databases that live servers created, at the end of the run."""
    yield
    if "dir" in _TEMPLATE:
        shutil.rmtree(_TEMPLATE["dir"], ignore_errors=True)
    if not _CREATED_DATABASES:
        return
    import sqlalchemy

    url = database_url(os.environ["SWITCHBOARD_TEST_DB"])
    engine = sqlalchemy.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for name in _CREATED_DATABASES:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


def _create_postgres_database(admin_url: str, template: str | None = None) -> str:
    import uuid

    import sqlalchemy

    name = f"sb_live_{uuid.uuid4().hex[:12]}"
    _CREATED_DATABASES.append(name)
    engine = sqlalchemy.create_engine(database_url(admin_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"{suffix}')
    engine.dispose()
    return name


def flask_cli(env: dict, *args: str) -> str:
    """`flask --app wsgi ARGS` in a subprocess with this environment; its output, or an error
    with the end of what it printed."""
    out = subprocess.run(
        [str(Path(sys.executable).with_name("flask")), "--app", "wsgi", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if out.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed: {out.stderr[-2000:]}")
    return out.stdout


def _migrate(url: str) -> None:
    flask_cli({**os.environ, "DATABASE_URL": url, "SECRET_KEY": "template"}, "db", "upgrade")


def fresh_database(tmp: Path) -> str:
    """A new database at the latest migration for one live server: a SQLite file, or, when the
    suite runs on PostgreSQL (SWITCHBOARD_TEST_DB), a new database on that server. Both are
    copies of one database migrated once per run."""
    admin_url = os.environ.get("SWITCHBOARD_TEST_DB", "")
    base = admin_url.rsplit("/", 1)[0]
    if "name" not in _TEMPLATE:
        if admin_url.startswith("postgres"):
            _TEMPLATE["name"] = _create_postgres_database(admin_url)
            _migrate(f"{base}/{_TEMPLATE['name']}")
        else:
            _TEMPLATE["dir"] = tempfile.mkdtemp(prefix="switchboard-template-")
            _TEMPLATE["name"] = os.path.join(_TEMPLATE["dir"], "template.db")
            _migrate(f"sqlite:///{_TEMPLATE['name']}")
    if not admin_url.startswith("postgres"):
        shutil.copyfile(_TEMPLATE["name"], tmp / "live.db")
        return f"sqlite:///{tmp / 'live.db'}"
    return f"{base}/{_create_postgres_database(admin_url, _TEMPLATE['name'])}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """`python wsgi.py` in a subprocess on a free port, with its own fresh database."""

    def __init__(self, tmp: Path, extra_env: dict | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        given = (extra_env or {}).get("DATABASE_URL")
        self.database_url = given or fresh_database(tmp)
        self.env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "SECRET_KEY": "live-test-secret",
            "PORT": str(self.port),
            "HOST": "127.0.0.1",
            "BRAND_NAME": "BrightDesk",
            **(extra_env or {}),
        }
        self.env.pop("REDIS_URL", None) if "REDIS_URL" not in (extra_env or {}) else None
        self.log_path = tmp / f"server-{self.port}.log"
        self.proc: subprocess.Popen | None = None
        if given:
            self.run_cli("db", "upgrade")

    def run_cli(self, *args: str) -> str:
        return flask_cli(self.env, *args)

    def create_user(self, role, email, name, password=PASSWORD, phone=None, company=None) -> int:
        args = [
            "users",
            "create",
            "--role",
            role,
            "--email",
            email,
            "--name",
            name,
            "--password",
            password,
        ]
        if phone:
            args += ["--phone", phone]
        if company:
            args += ["--company", company]
        return int(self.run_cli(*args).strip().splitlines()[-1])

    def start(self) -> LiveServer:
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "wsgi.py"], cwd=ROOT, env=self.env, stdout=log, stderr=log
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("live server did not start: " + self.log_path.read_text()[-2000:])

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def live_server(tmp_path) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path).start()
    yield server
    server.stop()


def http_login(base_url: str, email: str, password: str = PASSWORD) -> requests.Session:
    """A requests.Session logged in through /login, with its CSRF token in `.csrf`."""
    s = requests.Session()
    page = s.get(base_url + "/login", timeout=10).text
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    r = s.post(
        base_url + "/login",
        data={"email": email, "password": password, "csrf_token": token},
        allow_redirects=False,
        timeout=10,
    )
    assert r.status_code == 302, r.text[:500]
    page = s.get(base_url + r.headers["Location"], timeout=10).text
    s.csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    s.headers["X-CSRFToken"] = s.csrf
    return s
