"""The HTTP API: error codes, CSRF, bad input, access rules, mass assignment."""

from __future__ import annotations

import pytest

from tests.helpers import assign, open_request


def test_unauthenticated_api_answers_401_json(client):
    for url in ("/api/me", "/api/conversations", "/api/conversations/1/messages"):
        r = client.get(url)
        assert r.status_code == 401
        assert r.json["error"]["code"] == "unauthenticated"


def test_pages_redirect_anonymous_to_login(client):
    r = client.get("/requests")
    assert r.status_code in (302, 401)


def test_state_change_without_csrf_token_is_refused(world, login):
    s = login(world.client)
    r = s.http.post("/api/conversations", json={"title": "t", "body": "b"})
    assert r.status_code == 400 and r.json["error"]["code"] == "invalid"
    assert s.get("/api/conversations").json["conversations"] == []


def test_wrong_role_and_foreign_ids_look_missing(world, login):
    client, owner = login(world.client), login(world.owner)
    conv = open_request(client)
    other = login(world.client_b)
    contractor = login(world.contractor)
    for s in (other, contractor):
        a = s.get(f"/api/conversations/{conv['id']}/messages")
        b = s.get("/api/conversations/424242/messages")
        assert a.status_code == b.status_code == 404
        assert a.json == b.json
    assert contractor.post("/api/conversations", {"title": "x", "body": "y"}).status_code == 404
    assert (
        client.post(f"/api/conversations/{conv['id']}/assign", {"contractor_id": 1}).status_code
        == 404
    )
    assert client.get("/api/contractors").status_code == 404
    assert owner.get("/api/contractors").status_code == 200


@pytest.mark.parametrize(
    "body,status,code",
    [
        ({"title": "", "body": "b"}, 400, "invalid"),
        ({"title": "t"}, 400, "invalid"),
        ({"title": 5, "body": "b"}, 400, "invalid"),
        ({"title": "t" * 201, "body": "b"}, 413, "too_long"),
        ({"title": "t", "body": "b" * 4001}, 413, "too_long"),
        ({"title": "t", "body": "\ud800"}, 400, "invalid"),
    ],
)
def test_open_request_validation(world, login, body, status, code):
    s = login(world.client)
    r = s.post("/api/conversations", body)
    assert (r.status_code, r.json["error"]["code"]) == (status, code)
    assert s.get("/api/conversations").json["conversations"] == []


def test_non_object_json_is_invalid(world, login):
    s = login(world.client)
    r = s.http.post(
        "/api/conversations",
        data="[1,2]",
        content_type="application/json",
        headers={"X-CSRFToken": s.csrf},
    )
    assert r.status_code == 400 and r.json["error"]["code"] == "invalid"


def test_oversized_request_body_is_413(world, login):
    s = login(world.client)
    r = s.post("/api/conversations", {"title": "t", "body": "x" * (2 * 1024 * 1024)})
    assert r.status_code == 413


def test_mass_assignment_on_open_request_has_no_effect(world, login):
    s = login(world.client)
    r = s.post(
        "/api/conversations",
        {
            "title": "t",
            "body": "b",
            "client_id": world.client_b.id,
            "contractor_id": world.contractor.id,
            "status": "closed",
            "role": "owner",
        },
    )
    c = (
        login(world.owner)
        .get(f"/api/conversations/{r.json['conversation']['id']}")
        .json["conversation"]
    )
    assert c["client"]["id"] == world.client.id
    assert c["contractor"] is None and c["status"] == "open"


def test_assign_validation(world, login):
    client, owner = login(world.client), login(world.owner)
    conv = open_request(client)
    url = f"/api/conversations/{conv['id']}/assign"
    assert owner.post(url, {}).status_code == 400
    assert owner.post(url, {"contractor_id": "3"}).status_code == 400
    assert owner.post(url, {"contractor_id": world.client.id}).status_code == 404
    assert owner.post(url, {"contractor_id": 10**6}).status_code == 404
    assign(owner, conv["id"], world.contractor.id)
    unassigned = owner.post(url, {"contractor_id": None}).json["conversation"]
    assert unassigned["contractor"] is None and unassigned["stage"] == "unassigned"


def test_unread_counts_and_mark_read(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, body="first")
    assign(owner, conv["id"], world.contractor.id)
    for i in range(3):
        client.post(f"/api/conversations/{conv['id']}/messages", {"body": f"more {i}"})
    listed = contractor.get("/api/conversations").json["conversations"][0]
    assert listed["unread"] == 4
    assert listed["last_message_preview"] == "more 2"
    r = contractor.post(
        f"/api/conversations/{conv['id']}/read", {"last_read_id": listed["last_message_id"]}
    )
    assert r.json["conversation"]["unread"] == 0
    assert client.get("/api/conversations").json["conversations"][0]["unread"] == 0


def test_private_notes_never_reach_the_client(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, body="hi")
    assign(owner, conv["id"], world.contractor.id)
    r = contractor.post(
        f"/api/conversations/{conv['id']}/messages", {"body": "note for the owner", "note": True}
    )
    assert r.status_code == 201 and r.json["message"]["note"] is True
    assert "note for the owner" not in client.get(
        f"/api/conversations/{conv['id']}/messages"
    ).get_data(as_text=True)
    assert "note for the owner" not in client.get("/api/conversations").get_data(as_text=True)
    owner_msgs = owner.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert owner_msgs[-1]["note"] is True


def test_close_and_reopen(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client)
    assign(owner, conv["id"], world.contractor.id)
    closed = owner.post(f"/api/conversations/{conv['id']}/close").json["conversation"]
    assert closed["status"] == "closed" and closed["stage"] == "closed"
    r = contractor.post(f"/api/conversations/{conv['id']}/messages", {"body": "late"})
    assert r.status_code == 403 and r.json["error"]["code"] == "forbidden"
    assert (
        owner.post(f"/api/conversations/{conv['id']}/reopen").json["conversation"]["status"]
        == "open"
    )


def test_settings_change_the_brand_everyone_sees(world, login):
    client, owner = login(world.client), login(world.owner)
    open_request(client)
    r = owner.post("/api/settings", {"brand_name": "Acme Help", "brand_color": "#112233"})
    assert r.json["settings"]["brand_name"] == "Acme Help"
    assert client.get("/api/conversations").json["conversations"][0]["counterpart_name"] == (
        "Acme Help"
    )
    assert owner.post("/api/settings", {"brand_color": "red"}).status_code == 400
    assert client.post("/api/settings", {"brand_name": "x"}).status_code == 404


def test_block_policy_refuses_message_with_explanation(world, login):
    client, owner = login(world.client), login(world.owner)
    conv = open_request(client)
    assign(owner, conv["id"], world.contractor.id)
    owner.post("/api/settings", {"policy_to_contractor": "block"})
    r = client.post(
        f"/api/conversations/{conv['id']}/messages", {"body": "mail me: dana.r@northfield-mail.com"}
    )
    assert r.status_code == 422
    assert r.json["error"]["code"] == "blocked_by_policy"
    assert "email" in r.json["error"]["kinds"]
    msgs = owner.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert all("dana.r@" not in m["original_body"] for m in msgs)
    review = owner.get("/api/redactions").json
    assert review["blocked"][0]["original_body"] == "mail me: dana.r@northfield-mail.com"
    assert review["blocked"][0]["sender_name"] == "Zelda Quixote"
    assert review["people"][0]["name"] == "Zelda Quixote"


def test_security_headers(client):
    r = client.get("/login")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
    assert "frame-ancestors 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "no-referrer"
    cookie = r.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_cross_site_state_change_is_refused_even_with_a_token(world, login):
    s = login(world.client)
    r = s.post(
        "/api/conversations", {"title": "t", "body": "b"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert r.status_code == 403
    assert s.get("/api/conversations").json["conversations"] == []
    ok = s.post(
        "/api/conversations", {"title": "t", "body": "b"}, headers={"Sec-Fetch-Site": "same-origin"}
    )
    assert ok.status_code == 201


def test_owner_overview_filters_searches_and_pages(world, login):
    owner = login(world.owner)
    a = open_request(login(world.client), "Logo refresh", "x")
    b = open_request(login(world.client_b), "Tax forms", "y")
    assign(owner, a["id"], world.contractor.id)
    owner.post(f"/api/conversations/{b['id']}/close")
    ids = lambda r: [c["id"] for c in r.json["conversations"]]  # noqa: E731
    assert ids(owner.get("/api/conversations?stage=waiting_on_contractor")) == [a["id"]]
    assert ids(owner.get("/api/conversations?stage=closed")) == [b["id"]]
    assert ids(owner.get("/api/conversations?stage=unassigned")) == []
    assert ids(owner.get("/api/conversations?q=quixote")) == [a["id"]]  # the client's name
    assert ids(owner.get("/api/conversations?q=BYSTANDER")) == [b["id"]]  # company
    assert ids(owner.get("/api/conversations?q=tax")) == [b["id"]]  # title
    assert len(ids(owner.get("/api/conversations?limit=1"))) == 1
    assert ids(owner.get("/api/conversations?limit=1&offset=1")) != ids(
        owner.get("/api/conversations?limit=1")
    )
    assert owner.get("/api/conversations?stage=bogus").status_code == 400
    # A contractor's search does not reach client details.
    k = login(world.contractor)
    assert ids(k.get("/api/conversations?q=quixote")) == [a["id"]]  # q is ignored for them


def test_the_brand_domain_and_owner_listed_domains_are_not_filtered(app, world, login):
    app.config["BRAND_DOMAIN"] = "brightdesk.com"
    client, owner = login(world.client), login(world.owner)
    conv = open_request(client)
    assign(owner, conv["id"], world.contractor.id)
    url = f"/api/conversations/{conv['id']}/messages"
    own = client.post(url, {"body": "the form is at brightdesk.com/forms/intake"}).json["message"]
    assert own["redacted"] is False
    other = client.post(url, {"body": "or at mysite-elsewhere.com/forms"}).json["message"]
    assert other["redacted"] is True
    owner.post("/api/settings", {"allowed_domains": ["mysite-elsewhere.com"]})
    again = client.post(url, {"body": "or at mysite-elsewhere.com/forms"}).json["message"]
    assert again["redacted"] is False
    assert owner.get("/api/settings").json["settings"]["allowed_domains"] == [
        "mysite-elsewhere.com"
    ]


def test_a_number_sent_in_pieces_is_caught_across_messages(world, login, app):
    """The message service reads the sender's recent messages in this conversation: the last
    piece of a number given over three messages is removed; older messages, notes and the
    other party's messages do not count."""
    from datetime import timedelta

    from sqlalchemy import update

    from server.database import utcnow
    from server.extensions import db
    from server.models import Message

    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Flyer", "Hello, about the flyer")
    assign(owner, conv["id"], world.contractor.id)
    url = f"/api/conversations/{conv['id']}/messages"

    def send(session, body):
        r = session.post(url, {"body": body})
        assert r.status_code in (200, 201), r.json
        return r.json["message"]

    send(client, "my number starts 0176")
    send(client, "then 4452")
    last = send(client, "and 913")
    assert "913" not in contractor.get(url).json["messages"][-1]["body"]
    assert last["redacted"]

    # Over half an hour ago: no longer read together with new messages.
    with app.app_context():
        db.session.execute(
            update(Message)
            .where(Message.conversation_id == conv["id"])
            .values(created_at=utcnow() - timedelta(hours=1))
        )
        db.session.commit()
    assert not send(client, "and 913")["redacted"]

    # Another sender's pieces are not joined with the client's.
    send(client, "my number starts 0176")
    send(contractor, "then 4452")
    assert not send(contractor, "and 913")["redacted"]
