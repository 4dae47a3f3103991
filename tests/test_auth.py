"""Accounts: login, server-side sessions, suspension, invites, signup, passwords, throttling."""

from __future__ import annotations

import re

from sqlalchemy import select

from server.extensions import db
from server.models import AuditEvent, Invite, User
from tests.conftest import PASSWORD
from tests.helpers import without_timestamps


def _csrf(http, url="/login"):
    return re.search(r'name="csrf-token" content="([^"]+)"', http.get(url).get_data(as_text=True))[
        1
    ]


def test_login_page_has_form_and_csrf(client):
    html = client.get("/login").get_data(as_text=True)
    for needle in ('name="email"', 'name="password"', 'name="csrf_token"', 'name="csrf-token"'):
        assert needle in html


def test_login_without_csrf_is_refused(client, world):
    r = client.post("/login", data={"email": world.client.email, "password": PASSWORD})
    assert r.status_code == 400
    assert client.get("/api/me").status_code == 401


def test_wrong_password_and_unknown_account_answer_alike(client, world):
    token = _csrf(client)
    a = client.post(
        "/login",
        data={"email": world.client.email, "password": "nope-nope-nope", "csrf_token": token},
    )
    b = client.post(
        "/login",
        data={"email": "ghost@example.test", "password": "nope-nope-nope", "csrf_token": token},
    )
    assert a.status_code == b.status_code == 401
    strip = lambda html: re.sub(r'content="[^"]+"|value="[^"]*"', "", html)  # noqa: E731
    assert strip(a.get_data(as_text=True)) == strip(b.get_data(as_text=True))


def test_new_session_at_login_and_copied_cookie_dies_at_logout(app, world, login):
    s = login(world.contractor)
    cookie = s.http.get_cookie("session").value
    replay = app.test_client()
    replay.set_cookie("session", cookie)
    assert replay.get("/api/me").status_code == 200
    s.http.post("/logout", data={"csrf_token": s.csrf})
    assert replay.get("/api/me").status_code == 401  # the copied cookie no longer works


def test_session_cookie_holds_no_personal_data(world, login):
    import base64
    import zlib

    s = login(world.client)
    value = s.http.get_cookie("session").value
    payload = value.lstrip(".").split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    if value.startswith("."):
        raw = zlib.decompress(raw)
    text = without_timestamps(raw.decode())
    for secret in ("zelda", "Zelda", "canary", "0199", "Quixote"):
        assert secret not in text


def test_suspension_ends_sessions_and_refuses_login(app, world, login):
    k = login(world.contractor)
    sock = k.socket()
    owner = login(world.owner)
    r = owner.post(f"/api/contractors/{world.contractor.id}/suspend")
    assert r.status_code == 200 and r.json["contractor"]["status"] == "suspended"
    assert k.get("/api/me").status_code == 401
    assert not sock.is_connected()
    fresh = app.test_client()
    r = fresh.post(
        "/login",
        data={"email": world.contractor.email, "password": PASSWORD, "csrf_token": _csrf(fresh)},
    )
    assert r.status_code == 401
    owner.post(f"/api/contractors/{world.contractor.id}/reinstate")
    login(world.contractor)  # works again


def test_invite_link_is_single_use_and_stored_hashed(app, world, login):
    owner = login(world.owner)
    r = owner.post("/api/invites", {"role": "contractor", "email": "new.hire@example.test"})
    assert r.status_code == 201
    url = r.json["invite"]["url"]
    token = url.rsplit("/", 1)[1]
    with app.app_context():
        stored = db.session.scalars(select(Invite.token_hash)).all()
    assert token not in stored and len(stored) == 1
    path = "/invite/" + token
    guest = app.test_client()
    r = guest.post(
        path,
        data={
            "name": "New Hire",
            "password": "fresh-password-42",
            "csrf_token": _csrf(guest, path),
        },
    )
    assert r.status_code == 302
    assert guest.get("/api/me").json["role"] == "contractor"
    again = app.test_client()
    assert again.get(path).status_code == 404


def test_signup_open_and_closed(app, world, login):
    guest = app.test_client()
    r = guest.post(
        "/signup",
        data={
            "name": "Self Signer",
            "email": "self@example.test",
            "password": "fresh-password-42",
            "csrf_token": _csrf(guest, "/signup"),
        },
    )
    assert r.status_code == 302 and guest.get("/api/me").json["role"] == "client"
    login(world.owner).post("/api/settings", {"signup_open": False})
    assert app.test_client().get("/signup").status_code == 404


def test_password_policy_and_argon2id_cost(app, runner):
    r = runner.invoke(
        args=[
            "users",
            "create",
            "--role",
            "client",
            "--email",
            "a@example.test",
            "--name",
            "A",
            "--password",
            "short",
        ]
    )
    assert r.exit_code != 0 and "at least 8" in r.output
    r = runner.invoke(
        args=[
            "users",
            "create",
            "--role",
            "client",
            "--email",
            "a@example.test",
            "--name",
            "A",
            "--password",
            "password123",
        ]
    )
    assert r.exit_code != 0 and "too common" in r.output
    from server.config import Config
    from server.services import passwords

    passwords.configure(Config.PASSWORD_HASH_MEMORY_KIB, Config.PASSWORD_HASH_TIME_COST)
    try:
        h = passwords.hash_password("any characters ✓ at all")
    finally:
        passwords.configure(app.config["PASSWORD_HASH_MEMORY_KIB"], 1)
    m, t = re.search(r"\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$", h).groups()
    assert int(m) >= 19456 and int(t) >= 2


def test_login_is_throttled_per_account(app, world):
    statuses = []
    for i in range(12):
        c = app.test_client()
        r = c.post(
            "/login",
            data={
                "email": world.client.email,
                "password": f"wrong-{i}-xxxx",
                "csrf_token": _csrf(c),
            },
            environ_base={"REMOTE_ADDR": f"10.0.0.{i}"},
        )
        statuses.append(r.status_code)
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]


def test_audit_log_records_logins_without_personal_data(app, world, login):
    login(world.client)
    with app.app_context():
        events = db.session.scalars(select(AuditEvent)).all()
        assert any(e.action == "login" for e in events)
        dump = repr([(e.action, e.target, e.details) for e in events])
        user = db.session.get(User, world.client.id)
    assert user.email not in dump and "Zelda" not in dump


def test_password_change_ends_every_other_session(app, world, login):
    here, elsewhere = login(world.client), login(world.client)
    sock = elsewhere.socket()
    r = here.post("/api/me/password", {"current_password": "nope", "new_password": "x" * 12})
    assert r.status_code == 400
    r = here.post(
        "/api/me/password", {"current_password": PASSWORD, "new_password": "a-brand-new-secret"}
    )
    assert r.status_code == 200
    assert here.get("/api/me").status_code == 200  # this browser continues
    assert elsewhere.get("/api/me").status_code == 401  # the other session ended
    assert not sock.is_connected()
    fresh = app.test_client()
    r = fresh.post(
        "/login",
        data={
            "email": world.client.email,
            "password": "a-brand-new-secret",
            "csrf_token": _csrf(fresh),
        },
    )
    assert r.status_code == 302


def test_forged_x_forwarded_for_does_not_bypass_the_address_limit(app):
    statuses = []
    for i in range(32):
        c = app.test_client()
        r = c.post(
            "/login",
            data={
                "email": f"nobody{i}@example.test",
                "password": "wrong-pass-1",
                "csrf_token": _csrf(c),
            },
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )
        statuses.append(r.status_code)
    assert statuses[:30] == [401] * 30 and statuses[30:] == [429, 429]


def test_behind_a_trusted_proxy_the_client_address_counts(monkeypatch):
    from server import config, create_app
    from server.extensions import db

    monkeypatch.setenv("PROXY_HOPS", "1")
    app = create_app(config.TestConfig)
    with app.app_context():
        db.create_all()
    statuses = []
    for i in range(32):  # 32 different clients behind one proxy: nobody is throttled
        c = app.test_client()
        r = c.post(
            "/login",
            data={
                "email": f"nobody{i}@example.test",
                "password": "wrong-pass-1",
                "csrf_token": _csrf(c),
            },
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )
        statuses.append(r.status_code)
    assert set(statuses) == {401}
