"""Sessions (P9, P10), beyond tests/test_auth.py: fixation, socket teardown, copied cookies,
cookie flags, and the `__Host-` cookie of the HTTPS configuration."""

from __future__ import annotations

import json
import re
import threading
import time

import pytest
import requests
import socketio as socketio_client
from sqlalchemy import delete

from server import create_app
from server.extensions import db, socketio
from server.models import UserSession
from tests.conftest import PASSWORD, http_login
from tests.helpers import open_request
from tests.security.conftest import REPORT, decode_flask_cookie, security_config

CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')


def _cookie(http, name: str = "session") -> str | None:
    c = http.get_cookie(name)
    return c.value if c else None


def _replay(app, cookie: str, name: str = "session"):
    """A new client (another device, or an attacker) holding a copy of a cookie."""
    c = app.test_client()
    c.set_cookie(name, cookie)
    return c


def _session_key(cookie: str) -> str | None:
    return json.loads(decode_flask_cookie(cookie)).get("_user_id")


def _login_form(http, email: str, base_url: str | None = None, referer: bool = False):
    kw = {"base_url": base_url} if base_url else {}
    token = CSRF.search(http.get("/login", **kw).get_data(as_text=True)).group(1)
    headers = {"Referer": f"{base_url}/login"} if referer else {}
    return http.post(
        "/login",
        data={"email": email, "password": PASSWORD, "csrf_token": token},
        headers=headers,
        **kw,
    )


def test_login_issues_a_new_session_and_the_planted_cookie_stays_anonymous(app, world):
    victim = app.test_client()
    victim.get("/login")
    planted = _cookie(victim)  # an attacker's pre-login cookie, planted in the victim's browser
    assert planted and "_user_id" not in decode_flask_cookie(planted)
    r = _login_form(victim, world.client.email)
    assert r.status_code == 302
    fresh = _cookie(victim)
    assert fresh != planted and _session_key(fresh)
    assert _replay(app, planted).get("/api/me").status_code == 401  # fixation gains nothing
    assert _replay(app, fresh).get("/api/me").status_code == 200


def test_each_login_gets_its_own_key_and_the_cookie_holds_no_user_id(app, world):
    keys = []
    for _ in range(2):
        c = app.test_client()
        _login_form(c, world.contractor.email)
        keys.append(_session_key(_cookie(c)))
    assert keys[0] != keys[1]
    for key in keys:
        assert key != str(world.contractor.id) and len(key) >= 32  # a random key, not an id


def test_logout_drops_every_socket_of_that_session_even_from_a_copied_cookie(app, world, login):
    k = login(world.contractor)
    copied = _replay(app, _cookie(k.http))
    own = k.socket()
    stolen = socketio.test_client(app, flask_test_client=copied)
    other_device = login(world.contractor)  # a second, separate login of the same person
    other_sock = other_device.socket()
    assert own.is_connected() and stolen.is_connected() and other_sock.is_connected()
    k.http.post("/logout", data={"csrf_token": k.csrf})
    assert not own.is_connected() and not stolen.is_connected()
    assert copied.get("/api/me").status_code == 401
    assert not socketio.test_client(app, flask_test_client=copied).is_connected()
    # logout ends one session: the other device stays signed in
    assert other_sock.is_connected() and other_device.get("/api/me").status_code == 200


def test_suspension_drops_every_session_and_socket_and_copied_cookies(app, world, login):
    k1, k2 = login(world.contractor), login(world.contractor)
    copies = [_replay(app, _cookie(s.http)) for s in (k1, k2)]
    socks = [k1.socket(), k2.socket(), socketio.test_client(app, flask_test_client=copies[0])]
    assert all(s.is_connected() for s in socks)
    r = login(world.owner).post(f"/api/contractors/{world.contractor.id}/suspend")
    assert r.status_code == 200
    assert not any(s.is_connected() for s in socks)
    for c in copies + [k1.http, k2.http]:
        assert c.get("/api/me").status_code == 401
        assert not socketio.test_client(app, flask_test_client=c).is_connected()


def test_a_socket_that_outlives_its_session_is_refused_per_event(app, world, login):
    """If a disconnect is missed (another process, a lost message), each event still checks."""
    a = login(world.client)
    conv = open_request(a)
    sock = a.socket()
    with app.app_context():
        db.session.execute(delete(UserSession))
        db.session.commit()
    for event, data in (
        ("send_message", {"conversation_id": conv["id"], "body": "after logout"}),
        ("sync", {"conversation_id": conv["id"], "after_id": 0}),
        ("typing", {"conversation_id": conv["id"]}),
    ):
        ack = sock.emit(event, data, callback=True)
        assert ack == {
            "ok": False,
            "error": {"code": "unauthenticated", "message": "Please log in."},
        }, event
    owner = login(world.owner)
    bodies = [
        m["body"] for m in owner.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    ]
    assert "after logout" not in bodies


def _set_cookies(resp) -> list[str]:
    return resp.headers.getlist("Set-Cookie")


def test_every_session_cookie_is_httponly_and_samesite_lax(app, world):
    c = app.test_client()
    seen = _set_cookies(c.get("/login"))
    token = CSRF.search(c.get("/login").get_data(as_text=True)).group(1)
    login = c.post(
        "/login", data={"email": world.client.email, "password": PASSWORD, "csrf_token": token}
    )
    seen += _set_cookies(login)
    page = c.get("/requests")
    token = CSRF.search(page.get_data(as_text=True)).group(1)
    seen += _set_cookies(c.post("/logout", data={"csrf_token": token}))
    session_cookies = [h for h in seen if h.startswith("session=")]
    assert len(session_cookies) >= 2, seen
    for header in session_cookies:
        flags = {p.strip().split("=")[0].lower(): p.strip() for p in header.split(";")[1:]}
        assert "httponly" in flags, header
        assert flags.get("samesite") == "SameSite=Lax", header
        assert flags.get("path") == "Path=/", header
        assert "domain" not in flags, header
    assert not [h for h in seen if not h.startswith("session=")], "unexpected extra cookies"


@pytest.fixture
def https_app(monkeypatch):
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "1")
    app = create_app(security_config())
    with app.app_context():
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def test_secure_config_names_the_cookie_host_prefixed_and_secure(https_app):
    from server.services import auth as auth_service

    app = https_app
    assert app.config["SESSION_COOKIE_NAME"] == "__Host-session"
    assert app.config["SESSION_COOKIE_SECURE"] is True
    with app.app_context():
        auth_service.create_user("client", "secure@example.test", "Sec Ure", PASSWORD)
    c = app.test_client()
    # With a Referer (see the next test for why that matters over HTTPS)
    r = _login_form(c, "secure@example.test", base_url="https://localhost", referer=True)
    assert r.status_code == 302
    headers = _set_cookies(r)
    assert headers and all(h.startswith("__Host-session=") for h in headers), headers
    for header in headers:
        parts = [p.strip() for p in header.split(";")]
        assert "Secure" in parts and "HttpOnly" in parts and "Path=/" in parts, header
        assert "SameSite=Lax" in parts, header
        assert not any(p.lower().startswith("domain=") for p in parts), header  # __Host- rule
    assert c.get("/api/me", base_url="https://localhost").status_code == 200
    assert c.get_cookie("session") is None


def test_https_login_works_without_a_referer(https_app):
    from server.services import auth as auth_service

    with https_app.app_context():
        auth_service.create_user("client", "secure@example.test", "Sec Ure", PASSWORD)
    c = https_app.test_client()
    page = c.get("/login", base_url="https://localhost")
    assert page.headers["Referrer-Policy"] == "no-referrer"  # so a browser sends no Referer
    r = _login_form(c, "secure@example.test", base_url="https://localhost")
    assert r.status_code == 302, r.get_data(as_text=True)[-300:]


def test_the_session_key_never_appears_in_a_page(app, world, login):
    for user in (world.client, world.contractor, world.owner):
        s = login(user)
        key = _session_key(_cookie(s.http))
        for path in ("/", "/requests", "/inbox", "/console", "/api/me", "/no-such-page"):
            r = s.get(path, follow_redirects=True)
            assert key not in r.get_data(as_text=True), (user.role, path)


# --- over a real network (eventlet) ------------------------------------------------------------


def _live_socket(base_url: str, session: requests.Session):
    sio = socketio_client.Client(reconnection=False)
    gone = threading.Event()
    sio.on("disconnect", lambda *a: gone.set())
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    sio.connect(base_url, headers={"Cookie": cookie}, transports=["websocket"], wait_timeout=10)
    return sio, gone


@pytest.mark.slow
def test_live_logout_and_suspension_disconnect_sockets_within_5s(live_server):
    url = live_server.url
    live_server.create_user("owner", "boss@live.example", "Bea Boss")
    k_id = live_server.create_user("contractor", "kim@live.example", "Kim Worker")
    kim, owner = http_login(url, "kim@live.example"), http_login(url, "boss@live.example")
    sock, gone = _live_socket(url, kim)
    copied = requests.Session()
    copied.cookies.update(kim.cookies)
    try:
        start = time.monotonic()
        r = kim.post(url + "/logout", data={"csrf_token": kim.csrf}, allow_redirects=False)
        assert r.status_code == 302
        assert gone.wait(5), "socket still open 5 s after logout"
        REPORT.append(f"live logout -> socket closed in {time.monotonic() - start:.2f}s")
        assert copied.get(url + "/api/me", timeout=5).status_code == 401
    finally:
        sock.disconnect()
    kim = http_login(url, "kim@live.example")
    sock, gone = _live_socket(url, kim)
    try:
        start = time.monotonic()
        r = owner.post(url + f"/api/contractors/{k_id}/suspend", json={}, timeout=5)
        assert r.status_code == 200
        assert gone.wait(5), "socket still open 5 s after suspension"
        REPORT.append(f"live suspension -> socket closed in {time.monotonic() - start:.2f}s")
        assert kim.get(url + "/api/me", timeout=5).status_code == 401
        with pytest.raises(socketio_client.exceptions.ConnectionError):
            _live_socket(url, kim)
    finally:
        sock.disconnect()
