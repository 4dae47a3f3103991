"""Authorization matrix: role x route/event -> expected outcome, one generated test per cell.

The table below is the specification. `test_every_route_and_event_has_a_row` fails the day a
route is added to `app.url_map` or a Socket.IO handler is registered without a row here (and when
a row names a route that no longer exists). HEAD rows are derived from GET rows and OPTIONS rows
from every rule, because Flask adds those methods itself.

Outcomes: an HTTP status, or for socket events `ok` (connected / success ack), `nf` (error ack
identical to the one for a conversation that does not exist) and `refused` (handshake refused).
Every 404 cell is also checked to be byte-identical (CSRF tokens aside) to the answer for a
missing id or a missing path; every refused write is checked to leave every table unchanged.
"""

from __future__ import annotations

import io

import pytest

from server.extensions import socketio
from tests.conftest import PASSWORD
from tests.helpers import received
from tests.security.conftest import REPORT, ROLES, Seeded, fingerprint, strip_csrf

#  method  rule                                                 anon A   B   K   K2  KS  O
MATRIX = """
GET   /static/<path:filename>                                   200 200 200 200 200 200 200
GET   /login                                                    200 302 302 302 302 200 302
POST  /login                                                    401 302 302 302 302 401 302
POST  /logout                                                   302 302 302 302 302 302 302
GET   /signup                                                   200 200 200 200 200 200 200
POST  /signup                                                   302 302 302 302 302 302 302
GET   /invite/<token>                                           200 200 200 200 200 200 200
POST  /invite/<token>                                           302 302 302 302 302 302 302
GET   /                                                         302 302 302 302 302 302 302
GET   /healthz                                                  200 200 200 200 200 200 200
GET   /brand/logo                                               404 404 404 404 404 404 404
GET   /requests                                                 401 200 200 404 404 401 404
GET   /requests/new                                             401 200 200 404 404 401 404
POST  /requests/new                                             401 302 302 404 404 401 404
GET   /requests/<int:conversation_id>                           401 200 404 404 404 401 404
GET   /inbox                                                    401 404 404 200 200 401 404
GET   /inbox/<int:conversation_id>                              401 404 404 200 404 401 404
GET   /console                                                  401 404 404 404 404 401 200
GET   /console/conversations/<int:conversation_id>              401 404 404 404 404 401 200
GET   /console/people                                           401 404 404 404 404 401 200
GET   /console/settings                                         401 404 404 404 404 401 200
GET   /console/review                                           401 404 404 404 404 401 200
GET   /console/dashboard                                        401 404 404 404 404 401 200
GET   /console/audit                                            401 404 404 404 404 401 200
GET   /api/me                                                   401 200 200 200 200 401 200
POST  /api/me/password                                          401 200 200 200 200 401 200
GET   /api/conversations                                        401 200 200 200 200 401 200
POST  /api/conversations                                        401 201 201 404 404 401 404
GET   /api/conversations/<int:conversation_id>                  401 200 404 200 404 401 200
GET   /api/conversations/<int:conversation_id>/messages         401 200 404 200 404 401 200
POST  /api/conversations/<int:conversation_id>/messages         401 201 404 201 404 401 201
POST  /api/conversations/<int:conversation_id>/read             401 200 404 200 404 401 200
POST  /api/conversations/<int:conversation_id>/assign           401 404 404 404 404 401 200
POST  /api/conversations/<int:conversation_id>/close            401 404 404 404 404 401 200
POST  /api/conversations/<int:conversation_id>/reopen           401 404 404 404 404 401 200
GET   /api/conversations/<int:conversation_id>/transcript       401 200 404 404 404 401 200
GET   /api/stats                                                401 404 404 404 404 401 200
GET   /api/export                                               401 404 404 404 404 401 200
GET   /api/contractors                                          401 404 404 404 404 401 200
GET   /api/clients                                              401 404 404 404 404 401 200
POST  /api/contractors/<int:user_id>/suspend                    401 404 404 404 404 401 200
POST  /api/contractors/<int:user_id>/reinstate                  401 404 404 404 404 401 200
POST  /api/invites                                              401 404 404 404 404 401 201
POST  /api/clients/<int:user_id>/suspend                        401 404 404 404 404 401 200
POST  /api/clients/<int:user_id>/reinstate                      401 404 404 404 404 401 200
GET   /api/clients/<int:user_id>/export                         401 404 404 404 404 401 200
POST  /api/clients/<int:user_id>/erase                          401 404 404 404 404 401 200
GET   /api/settings                                             401 404 404 404 404 401 200
POST  /api/settings                                             401 404 404 404 404 401 200
POST  /api/settings/logo                                        401 404 404 404 404 401 200
POST  /api/settings/logo/remove                                 401 404 404 404 404 401 200
GET   /api/redactions                                           401 404 404 404 404 401 200
POST  /api/messages/<int:message_id>/release                    401 404 404 404 404 401 200
GET   /api/alerts                                               401 404 404 404 404 401 200
GET   /api/audit                                                401 404 404 404 404 401 200
EVENT connect                                                   refused ok ok ok ok refused ok
EVENT disconnect                                                refused ok ok ok ok refused ok
EVENT send_message                                              refused ok nf ok nf refused ok
EVENT sync                                                      refused ok nf ok nf refused ok
EVENT typing                                                    refused ok nf ok nf refused ok
"""


def _parse(table: str) -> dict[tuple[str, str], dict[str, str]]:
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for line in table.strip().splitlines():
        method, target, *outcomes = line.split()
        assert len(outcomes) == len(ROLES), line
        assert (method, target) not in rows, f"duplicate row {line}"
        rows[(method, target)] = dict(zip(ROLES, outcomes, strict=True))
    for (method, target), outcomes in list(rows.items()):
        if method == "GET":
            rows[("HEAD", target)] = dict(outcomes)
        if method != "EVENT":
            rows[("OPTIONS", target)] = dict.fromkeys(ROLES, "200")
    return rows


ROWS = _parse(MATRIX)
HTTP_CELLS = [
    pytest.param(m, rule, role, int(out), id=f"{m} {rule} as {role}")
    for (m, rule), outs in ROWS.items()
    if m != "EVENT"
    for role, out in outs.items()
]
EVENT_CELLS = [
    pytest.param(event, role, out, id=f"{event} as {role}")
    for (m, event), outs in ROWS.items()
    if m == "EVENT"
    for role, out in outs.items()
]
REPORT.append(
    f"authorization matrix: {len(ROWS)} rows x {len(ROLES)} roles = "
    f"{len(HTTP_CELLS) + len(EVENT_CELLS)} cells ({len(HTTP_CELLS)} HTTP, "
    f"{len(EVENT_CELLS)} Socket.IO)"
)

# --- building a request for a cell ------------------------------------------------------------

MASS = {
    "role": "owner",
    "sender_id": 1,
    "client_id": 1,
    "contractor_id": 1,
    "pseudonym": "Client Forged Name",
    "status": "closed",
}


def _target_user(seeded: Seeded, rule: str) -> int:
    """Client routes act on client B; contractor routes on the spare contractor."""
    return (
        seeded.users["client_b"].id
        if rule.startswith("/api/clients/")
        else (seeded.target_contractor)
    )


def fill(
    seeded: Seeded, rule: str, *, conv: object = None, user: object = None, msg: object = None
) -> str:
    """A concrete path for a rule: A's request, the target contractor, the live invite."""
    return (
        rule.replace("<int:conversation_id>", str(seeded.conv_a if conv is None else conv))
        .replace("<int:message_id>", str(seeded.redacted_message if msg is None else msg))
        .replace("<int:user_id>", str(_target_user(seeded, rule) if user is None else user))
        .replace("<token>", seeded.invite_token)
        .replace("<path:filename>", "css/app.css")
    )


def body_for(seeded: Seeded, method: str, rule: str, role: str) -> tuple[str | None, dict]:
    """(kind, payload) for a cell: a valid request, so only authorization decides."""
    if method != "POST":
        return None, {}
    user = seeded.users.get(role)
    forms = {
        "/login": {
            "email": user.email if user else "nobody@sec.example",
            "password": PASSWORD,
        },
        "/logout": {},
        "/signup": {
            "name": "New Signer",
            "email": "new.signer@sec.example",
            "password": "fresh-password-42",
        },
        "/invite/<token>": {
            "name": "Invited Person",
            "email": "invited@sec.example",
            "password": "fresh-password-42",
        },
        "/requests/new": {"title": "Matrix request", "body": "Matrix first message"},
        "/api/settings/logo": {"logo": (io.BytesIO(b"\xff\xd8\xff\xe0 a tiny jpeg"), "l.jpg")},
    }
    if rule in forms:
        return "form", dict(forms[rule])
    contractor = seeded.users["contractor"].id
    bodies = {
        "/api/conversations": {"title": "Matrix", "body": "hello from the matrix"},
        "/api/conversations/<int:conversation_id>/messages": {
            "body": "matrix hello",
            "client_msg_id": "mx-1",
        },
        "/api/conversations/<int:conversation_id>/read": {"last_read_id": 1},
        "/api/conversations/<int:conversation_id>/assign": {"contractor_id": contractor},
        "/api/invites": {"role": "client"},
        "/api/settings": {"brand_name": "BrightDesk"},
        "/api/me/password": {"current_password": PASSWORD, "new_password": PASSWORD},
    }
    return "json", dict(bodies.get(rule, {}))


def call(seeded: Seeded, role: str, method: str, path: str, rule: str, http=None, **over):
    """Send one request as `role`, with its CSRF token on every state-changing call."""
    c = http or seeded.http(role)
    kind, payload = body_for(seeded, method, rule, role)
    payload.update(over.pop("extra", {}))
    csrf = over.pop("csrf", seeded.csrf(role))
    headers = {"X-CSRFToken": csrf} if method == "POST" and csrf else {}
    if kind == "form":
        if csrf:
            payload["csrf_token"] = csrf
        return c.open(path, method=method, data=payload, headers=headers)
    if kind == "json":
        return c.open(path, method=method, json=payload, headers=headers)
    return c.open(path, method=method, headers=headers)


def missing_path(seeded: Seeded, rule: str) -> str:
    """The same rule with ids that do not exist, or an unknown path in the same area."""
    if "<int:" in rule:
        conv, user = seeded.max_ids()
        return fill(seeded, rule, conv=conv + 1, user=user + 1, msg=10**9)
    return "/api/no-such-thing" if rule.startswith("/api/") else "/no-such-page"


# --- the guard: no route or event without a row ----------------------------------------------


def test_every_route_and_event_has_a_row(seeded_module):
    app = seeded_module.app
    routes = {(m, r.rule) for r in app.url_map.iter_rules() for m in r.methods}
    events = {("EVENT", e) for e in socketio.server.handlers["/"]}
    table = set(ROWS)
    assert not routes - table, f"routes without a matrix row: {sorted(routes - table)}"
    assert not events - table, f"socket events without a matrix row: {sorted(events - table)}"
    assert not table - routes - events, f"rows for nothing: {sorted(table - routes - events)}"
    REPORT.append(
        f"routes x methods in url_map: {len(routes)}; socket events: {len(events)}; "
        f"cells checked: {len(routes | events) * len(ROLES)}"
    )


# --- HTTP cells -------------------------------------------------------------------------------


@pytest.mark.parametrize("method,rule,role,expected", HTTP_CELLS)
def test_http_cell(seeded, method, rule, role, expected):
    before = fingerprint(seeded.app) if method == "POST" and expected >= 400 else None
    r = call(seeded, role, method, fill(seeded, rule), rule=rule)
    assert r.status_code == expected, r.get_data(as_text=True)[:300]
    body = r.get_data(as_text=True)
    if method in ("HEAD", "OPTIONS"):
        assert body == ""
    if method == "OPTIONS":
        assert "Allow" in r.headers
    if expected == 401 and rule.startswith("/api/") and method != "HEAD":
        assert r.json == {"error": {"code": "unauthenticated", "message": "Please log in."}}
    if expected == 404 and method != "OPTIONS":
        path = missing_path(seeded, rule)
        other = call(seeded, role, method, path, rule=rule)
        assert (other.status_code, strip_csrf(other.get_data(as_text=True))) == (
            404,
            strip_csrf(body),
        ), "a forbidden id must answer exactly like a missing one"
    if before is not None:
        assert fingerprint(seeded.app) == before, "a refused write changed rows"


# --- Socket.IO cells --------------------------------------------------------------------------

EVENT_DATA = {
    "send_message": lambda conv: {"conversation_id": conv, "body": "matrix socket hello"},
    "sync": lambda conv: {"conversation_id": conv, "after_id": 0},
    "typing": lambda conv: {"conversation_id": conv},
}


def _watchers(seeded: Seeded, role: str) -> list:
    socks = [seeded.socket(r) for r in ("owner", "client_a", "contractor") if r != role]
    for s in socks:
        assert s.is_connected()
        s.get_received()
    return socks


@pytest.mark.parametrize("event,role,expected", EVENT_CELLS)
def test_socket_cell(seeded, monkeypatch, event, role, expected):
    sock = seeded.socket(role)
    if expected == "refused":
        assert not sock.is_connected()
        return
    assert sock.is_connected()
    if event in ("connect", "disconnect"):
        monkeypatch.setitem(seeded.app.config, "SOCKETS_PER_USER", 1)
        assert not seeded.socket(role).is_connected()  # the cap counts this socket
        sock.disconnect()
        assert not sock.is_connected()
        again = seeded.socket(role)  # disconnect released the slot
        assert again.is_connected()
        again.disconnect()
        return
    watchers = _watchers(seeded, role)
    sock.get_received()
    before = fingerprint(seeded.app)
    ack = sock.emit(event, EVENT_DATA[event](seeded.conv_a), callback=True)
    if expected == "ok":
        assert ack["ok"] is True, ack
        if event == "sync":
            assert [m["id"] for m in ack["messages"]] == sorted(m["id"] for m in ack["messages"])
        return
    conv_max, _ = seeded.max_ids()
    missing = sock.emit(event, EVENT_DATA[event](conv_max + 1), callback=True)
    assert (
        ack
        == missing
        == {
            "ok": False,
            "error": {"code": "not_found", "message": "Conversation not found."},
        }
    )
    assert fingerprint(seeded.app) == before
    assert [received(w) for w in watchers] == [[] for _ in watchers]
    assert sock.is_connected()


# --- id fuzz ----------------------------------------------------------------------------------

ID_RULES = sorted({rule for (m, rule) in ROWS if "<int:" in rule and m in ("GET", "POST")})
FUZZ_IDS = ["0", "-1", "abc", str(10**20), "MAX+1", "1.0", "%00", "1e3"]


def _fuzz_params() -> list:
    params = []
    for rule in ID_RULES:
        methods = sorted(m for (m, r) in ROWS if r == rule and m in ("GET", "POST"))
        for method in methods:
            for value in FUZZ_IDS:
                marks = []
                params.append(
                    pytest.param(method, rule, value, marks=marks, id=f"{method} {rule} {value}")
                )
    return params


@pytest.mark.parametrize("method,rule,value", _fuzz_params())
def test_id_fuzz_never_succeeds_nor_crashes(seeded, method, rule, value):
    conv_max, user_max = seeded.max_ids()
    if value == "MAX+1":
        path = fill(seeded, rule, conv=conv_max + 1, user=user_max + 1, msg=10**9)
    else:
        path = fill(seeded, rule, conv=value, user=value, msg=value)
    before = fingerprint(seeded.app)
    got = {}
    for role in ROLES:
        r = call(seeded, role, method, path, rule=rule)
        got[role] = r.status_code
    bad = {role: s for role, s in got.items() if s in (200, 201) or s >= 500}
    assert not bad, f"{method} {path}: {got}"
    assert fingerprint(seeded.app) == before


@pytest.mark.parametrize(
    "rule,value",
    [
        ("/invite/<token>", v)
        for v in ("0", "abc", "x" * 300, "%00", "..%2f..%2fwsgi.py", "' OR 1=1 --")
    ]
    + [
        ("/static/<path:filename>", v)
        for v in ("../server/config.py", "..%2f..%2fwsgi.py", "%2e%2e/%2e%2e/wsgi.py", "../.env")
    ],
)
def test_string_param_fuzz(seeded, rule, value):
    path = rule.replace("<token>", value).replace("<path:filename>", value)
    for role in ROLES:
        r = seeded.http(role).get(path)
        assert r.status_code in (400, 404), (role, path, r.status_code)


@pytest.mark.parametrize("param", ["after", "before", "limit"])
@pytest.mark.parametrize(
    "value", ["-1", "abc", str(10**20), "1e3", "0x10", " 1", "NaN", "Infinity", "1.5", "１２"]
)
def test_query_param_fuzz(seeded, param, value):
    for role in ("client_a", "contractor", "owner"):
        r = seeded.http(role).get(
            f"/api/conversations/{seeded.conv_a}/messages", query_string={param: value}
        )
        assert r.status_code == 400, (role, param, value, r.status_code)
        assert r.json["error"]["code"] == "invalid"


# --- CSRF on every state-changing route -------------------------------------------------------

POST_ROWS = sorted(rule for (m, rule) in ROWS if m == "POST")


def _allowed_role(rule: str) -> str:
    outs = ROWS[("POST", rule)]
    return next(r for r in ("owner", "client_a", "contractor", "anon") if int(outs[r]) < 400)


@pytest.mark.parametrize("token", ["none", "foreign"])
@pytest.mark.parametrize("rule", POST_ROWS)
def test_state_change_needs_this_sessions_csrf_token(seeded, rule, token):
    role = _allowed_role(rule)
    other = "client_b" if role != "client_b" else "client_a"
    csrf = None if token == "none" else seeded.csrf(other)
    before = fingerprint(seeded.app)
    r = call(seeded, role, "POST", fill(seeded, rule), rule=rule, csrf=csrf)
    assert r.status_code == 400, (role, r.status_code, r.get_data(as_text=True)[:200])
    assert fingerprint(seeded.app) == before
    # and the same call with the right token works (the refusal was the token's doing)
    ok = call(seeded, role, "POST", fill(seeded, rule), rule=rule)
    assert ok.status_code < 400


def test_get_never_changes_state(seeded):
    before = fingerprint(seeded.app, exclude=("audit_events", "user_sessions"))
    for (method, rule), outs in ROWS.items():
        if method not in ("GET", "HEAD"):
            continue
        for role in outs:
            call(seeded, role, method, fill(seeded, rule), rule=rule)
    assert fingerprint(seeded.app, exclude=("audit_events", "user_sessions")) == before


# --- mass assignment --------------------------------------------------------------------------


def _owner_view(seeded: Seeded, conv_id: int) -> dict:
    return seeded.http("owner").get(f"/api/conversations/{conv_id}").json["conversation"]


def _owner_messages(seeded: Seeded, conv_id: int) -> list[dict]:
    r = seeded.http("owner").get(f"/api/conversations/{conv_id}/messages")
    return r.json["messages"]


def _users(seeded: Seeded) -> dict[int, tuple[str, str]]:
    from server.extensions import db
    from server.models import User

    with seeded.app.app_context():
        rows = {u.id: (u.role, u.status) for u in db.session.query(User)}
        db.session.remove()
    return rows


def _forged(seeded: Seeded) -> dict:
    """Every privileged field, pointing at someone else (client B, contractor K2, the owner)."""
    return {
        **MASS,
        "sender_id": seeded.users["owner"].id,
        "client_id": seeded.users["client_b"].id,
        "contractor_id": seeded.users["contractor_b"].id,
        "sender_role": "owner",
        "is_owner": True,
        "id": 1,
        "conversation_id": seeded.conv_b,
    }


def test_mass_assignment_open_request(seeded):
    users = _users(seeded)
    r = call(
        seeded,
        "client_a",
        "POST",
        "/api/conversations",
        "/api/conversations",
        extra=_forged(seeded),
    )
    assert r.status_code == 201
    conv = _owner_view(seeded, r.json["conversation"]["id"])
    assert conv["client"]["id"] == seeded.users["client_a"].id
    assert conv["contractor"] is None and conv["status"] == "open"
    assert conv["id"] != 1
    assert _users(seeded) == users
    assert seeded.http("client_a").get("/api/me").json["role"] == "client"


@pytest.mark.parametrize("role", ["client_a", "contractor"])
def test_mass_assignment_post_message(seeded, role):
    rule = "/api/conversations/<int:conversation_id>/messages"
    r = call(seeded, role, "POST", fill(seeded, rule), rule, extra=_forged(seeded))
    assert r.status_code == 201, r.json
    mine = r.json["message"]
    assert mine["conversation_id"] == seeded.conv_a and mine["mine"] is True
    seen = next(m for m in _owner_messages(seeded, seeded.conv_a) if m["id"] == mine["id"])
    assert seen["sender_real_name"] == seeded.users[role].name
    assert seen["sender_role"] == seeded.users[role].role
    conv = _owner_view(seeded, seeded.conv_a)
    assert conv["status"] == "open"
    assert conv["client"]["id"] == seeded.users["client_a"].id
    assert conv["contractor"]["id"] == seeded.users["contractor"].id
    assert all(m["body"] != "matrix hello" for m in _owner_messages(seeded, seeded.conv_b))


def test_mass_assignment_socket_send(seeded):
    sock = seeded.socket("contractor")
    ack = sock.emit(
        "send_message",
        {**_forged(seeded), "conversation_id": seeded.conv_a, "body": "socket forged"},
        callback=True,
    )
    assert ack["ok"] is True
    new_id = ack["message"]["id"]
    seen = next(m for m in _owner_messages(seeded, seeded.conv_a) if m["id"] == new_id)
    assert seen["sender_role"] == "contractor"
    assert seen["sender_real_name"] == seeded.users["contractor"].name
    assert _owner_view(seeded, seeded.conv_a)["contractor"]["id"] == seeded.users["contractor"].id


def test_mass_assignment_read_assign_close_settings(seeded):
    forged = _forged(seeded)
    users = _users(seeded)
    for role in ("client_a", "contractor"):
        rule = "/api/conversations/<int:conversation_id>/read"
        assert call(seeded, role, "POST", fill(seeded, rule), rule, extra=forged).status_code == 200
    for action in ("assign", "close", "reopen"):
        rule = f"/api/conversations/<int:conversation_id>/{action}"
        extra = {k: v for k, v in forged.items() if k != "contractor_id"}
        r = call(seeded, "owner", "POST", fill(seeded, rule), rule, extra=extra)
        assert r.status_code == 200
    conv = _owner_view(seeded, seeded.conv_a)
    assert conv["client"]["id"] == seeded.users["client_a"].id
    assert conv["contractor"]["id"] == seeded.users["contractor"].id
    assert conv["status"] == "open" and conv["id"] == seeded.conv_a
    r = call(seeded, "owner", "POST", "/api/settings", "/api/settings", extra=forged)
    assert r.status_code == 200 and set(r.json["settings"]) == {
        "brand_name",
        "brand_color",
        "signup_open",
        "policy_to_contractor",
        "policy_to_client",
        "allowed_domains",
        "logo_url",
    }
    assert _users(seeded) == users
    # the contractor still sees the client under the same pseudonym
    inbox = seeded.http("contractor").get("/api/conversations").json["conversations"]
    assert inbox[0]["counterpart_name"].startswith("Client ")


def test_mass_assignment_suspend_and_invite(seeded):
    users = _users(seeded)
    target = seeded.target_contractor
    rule = "/api/contractors/<int:user_id>/suspend"
    r = call(
        seeded,
        "owner",
        "POST",
        fill(seeded, rule),
        rule,
        extra={**MASS, "status": "active", "role": "owner", "id": 1},
    )
    assert r.json["contractor"]["status"] == "suspended"
    assert r.json["contractor"]["role"] == "contractor"
    after = _users(seeded)
    assert after[target] == ("contractor", "suspended")
    assert {k: v for k, v in after.items() if k != target} == {
        k: v for k, v in users.items() if k != target
    }
    r = call(
        seeded,
        "owner",
        "POST",
        "/api/invites",
        "/api/invites",
        extra={"role": "owner", "status": "used"},
    )
    assert r.status_code == 400  # an owner invite is refused, not silently made


@pytest.mark.parametrize("rule", ["/signup", "/invite/<token>", "/requests/new"])
def test_mass_assignment_forms(seeded, rule):
    role = "client_a" if rule == "/requests/new" else "anon"
    forged = {k: str(v) for k, v in _forged(seeded).items()}
    http = seeded.http(role)
    r = call(seeded, role, "POST", fill(seeded, rule), rule, http=http, extra=forged)
    assert r.status_code == 302, r.get_data(as_text=True)[:300]
    me = http.get("/api/me").json
    assert me["role"] == "client"
    if rule == "/requests/new":
        conv_id = int(r.headers["Location"].rsplit("/", 1)[1])
        conv = _owner_view(seeded, conv_id)
        assert conv["client"]["id"] == seeded.users["client_a"].id
        assert conv["contractor"] is None and conv["status"] == "open"
