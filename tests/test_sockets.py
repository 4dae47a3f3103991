"""Socket.IO through socketio.test_client: auth, rooms, acks, fan-out, idempotency, sync."""

from __future__ import annotations

import pytest

from server.extensions import socketio
from tests.helpers import assign, open_request, received


@pytest.fixture
def chat(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Brochure", "Hello")
    assign(owner, conv["id"], world.contractor.id)
    socks = {"client": client.socket(), "owner": owner.socket(), "contractor": contractor.socket()}
    for s in socks.values():
        s.get_received()
    return conv, socks, {"client": client, "owner": owner, "contractor": contractor}


def test_connect_without_session_is_refused(app):
    sock = socketio.test_client(app)
    assert not sock.is_connected()


def test_send_fans_out_shaped_per_viewer_to_exact_rooms(chat, world, published):
    conv, socks, _ = chat
    ack = socks["client"].emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "Any news?", "client_msg_id": "a1"},
        callback=True,
    )
    assert ack["ok"] and ack["message"]["mine"]
    rooms = sorted(p.room for p in published if p.event == "message")
    assert rooms == sorted(
        [f"user:{world.client.id}", f"user:{world.contractor.id}", f"user:{world.owner.id}"]
    )
    got = {who: received(s, "message") for who, s in socks.items()}
    assert got["contractor"][0][1]["sender_name"].startswith("Client ")
    assert got["owner"][0][1]["sender_real_name"] == "Zelda Quixote"
    assert got["client"][0][1]["mine"] is True  # the sender's other tabs get it too
    assert all(len(v) == 1 for v in got.values())


def test_other_contractor_and_other_client_receive_nothing(chat, world, login):
    conv, socks, _ = chat
    outsider = login(world.contractor_b).socket()
    other_client = login(world.client_b).socket()
    outsider.get_received(), other_client.get_received()
    socks["client"].emit("typing", {"conversation_id": conv["id"]})
    socks["client"].emit(
        "send_message", {"conversation_id": conv["id"], "body": "secret plan"}, callback=True
    )
    assert received(outsider) == [] and received(other_client) == []
    ack = outsider.emit(
        "send_message", {"conversation_id": conv["id"], "body": "let me in"}, callback=True
    )
    assert ack == {
        "ok": False,
        "error": {"code": "not_found", "message": "Conversation not found."},
    }
    ack = outsider.emit("sync", {"conversation_id": conv["id"], "after_id": 0}, callback=True)
    assert ack["error"]["code"] == "not_found"
    missing = outsider.emit("sync", {"conversation_id": 99999, "after_id": 0}, callback=True)
    assert missing == ack  # forbidden and missing answer the same


def test_client_msg_id_retry_returns_original(chat):
    conv, socks, _ = chat
    first = socks["client"].emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "original", "client_msg_id": "dup"},
        callback=True,
    )
    second = socks["client"].emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "changed", "client_msg_id": "dup"},
        callback=True,
    )
    assert second["message"]["id"] == first["message"]["id"]
    assert second["message"]["body"] == "original"
    synced = socks["owner"].emit(
        "sync", {"conversation_id": conv["id"], "after_id": 0}, callback=True
    )
    assert [m["body"] for m in synced["messages"]].count("original") == 1


def test_sync_returns_every_later_message_in_order(chat):
    conv, socks, _ = chat
    ids = []
    for i in range(5):
        ack = socks["contractor"].emit(
            "send_message", {"conversation_id": conv["id"], "body": f"m{i}"}, callback=True
        )
        ids.append(ack["message"]["id"])
    got = socks["client"].emit(
        "sync", {"conversation_id": conv["id"], "after_id": ids[1]}, callback=True
    )
    assert [m["id"] for m in got["messages"]] == ids[2:]
    assert [m["body"] for m in got["messages"]] == ["m2", "m3", "m4"]


def test_typing_names_follow_the_mask(chat, world):
    conv, socks, _ = chat
    socks["client"].emit("typing", {"conversation_id": conv["id"]})
    to_contractor = received(socks["contractor"], "typing")
    to_owner = received(socks["owner"], "typing")
    assert to_contractor[0][1]["name"].startswith("Client ")
    assert to_owner[0][1]["name"] == "Zelda Quixote"
    assert received(socks["client"], "typing") == []
    socks["contractor"].emit("typing", {"conversation_id": conv["id"]})
    assert received(socks["client"], "typing") == [
        ("typing", {"conversation_id": conv["id"], "name": "BrightDesk"})
    ]


@pytest.mark.parametrize(
    "payload,code",
    [
        (None, "invalid"),
        ("text", "invalid"),
        ([1, 2], "invalid"),
        ({}, "invalid"),
        ({"conversation_id": "1", "body": "x"}, "invalid"),
        ({"conversation_id": True, "body": "x"}, "invalid"),
        ({"conversation_id": -1, "body": "x"}, "invalid"),
        ({"conversation_id": 10**30, "body": "x"}, "invalid"),
        ({"conversation_id": 1.5, "body": "x"}, "invalid"),
        ({"conversation_id": "CONV", "body": ""}, "invalid"),
        ({"conversation_id": "CONV", "body": 42}, "invalid"),
        ({"conversation_id": "CONV", "body": "   "}, "invalid"),
        ({"conversation_id": "CONV", "body": "x" * 4001}, "too_long"),
        ({"conversation_id": "CONV", "body": "x", "client_msg_id": "y" * 65}, "invalid"),
        ({"conversation_id": "CONV", "body": "x", "client_msg_id": 7}, "invalid"),
        ({"conversation_id": "CONV", "body": "x", "note": "yes"}, "invalid"),
        ({"conversation_id": "CONV", "body": "x", "note": True}, "forbidden"),
    ],
)
def test_bad_send_message_payloads_are_refused_and_nothing_is_stored(chat, payload, code):
    conv, socks, _ = chat
    if isinstance(payload, dict) and payload.get("conversation_id") == "CONV":
        payload = {**payload, "conversation_id": conv["id"]}
    before = socks["owner"].emit(
        "sync", {"conversation_id": conv["id"], "after_id": 0}, callback=True
    )
    ack = socks["client"].emit("send_message", payload, callback=True)
    assert ack["ok"] is False and ack["error"]["code"] == code, ack
    after = socks["owner"].emit(
        "sync", {"conversation_id": conv["id"], "after_id": 0}, callback=True
    )
    assert after["messages"] == before["messages"]
    assert socks["client"].is_connected()


def test_mass_assignment_fields_are_ignored(chat, world):
    conv, socks, _ = chat
    ack = socks["contractor"].emit(
        "send_message",
        {
            "conversation_id": conv["id"],
            "body": "hi",
            "sender_id": world.owner.id,
            "sender_role": "owner",
            "role": "owner",
            "sender_name": "Owner",
            "id": 1,
        },
        callback=True,
    )
    owner_view = socks["owner"].emit(
        "sync", {"conversation_id": conv["id"], "after_id": ack["message"]["id"] - 1}, callback=True
    )["messages"][0]
    assert owner_view["sender_real_name"] == "Kasimir Contractor"
    assert owner_view["sender_role"] == "contractor"
    assert owner_view["id"] != 1


def test_reassign_revokes_previous_contractor_at_once(chat, world, login):
    conv, socks, sessions = chat
    assign(sessions["owner"], conv["id"], world.contractor_b.id)
    assert received(socks["contractor"], "revoked") == [
        ("revoked", {"conversation_id": conv["id"]})
    ]
    socks["client"].emit(
        "send_message", {"conversation_id": conv["id"], "body": "x"}, callback=True
    )
    assert received(socks["contractor"], "message") == []
    r = sessions["contractor"].get(f"/api/conversations/{conv['id']}/messages")
    assert r.status_code == 404
    assert sessions["contractor"].get(f"/inbox/{conv['id']}").status_code == 404
    newcomer = login(world.contractor_b).get(f"/api/conversations/{conv['id']}/messages")
    assert [m["body"] for m in newcomer.json["messages"]][:1] == ["Hello"]


def test_logout_disconnects_sockets_and_refuses_events(chat):
    _conv, socks, sessions = chat
    sock = socks["contractor"]
    r = sessions["contractor"].http.post(
        "/logout", data={"csrf_token": sessions["contractor"].csrf}
    )
    assert r.status_code == 302
    assert not sock.is_connected()
    assert sessions["contractor"].get("/api/me").status_code == 401


def test_socket_rate_limit(chat, app):
    conv, socks, _ = chat
    app.config["SOCKET_RATE_PER_10S"] = 5
    acks = [
        socks["client"].emit(
            "send_message", {"conversation_id": conv["id"], "body": f"{i}"}, callback=True
        )
        for i in range(8)
    ]
    codes = [a["ok"] or a["error"]["code"] for a in acks]
    assert codes[:5] == [True] * 5 and set(codes[5:]) == {"rate_limited"}


def test_socket_cap_per_user(world, login, app):
    app.config["SOCKETS_PER_USER"] = 2
    s = login(world.client)
    a, b, c = s.socket(), s.socket(), s.socket()
    assert a.is_connected() and b.is_connected() and not c.is_connected()


def test_a_socket_sees_changes_to_its_user_between_events(chat, world, app):
    """A socket keeps its user between events, but a change to the user's row (a new name
    here) is picked up at the next event: the filter must know the client's current name."""
    from server.extensions import db
    from server.models import User

    conv, socks, _ = chat
    first = socks["client"].emit(
        "send_message", {"conversation_id": conv["id"], "body": "Morning!"}, callback=True
    )
    assert first["ok"]
    with app.app_context():
        db.session.get(User, world.client.id).name = "Quirinus Vandersloot"
        db.session.commit()
    socks["contractor"].get_received()
    socks["owner"].get_received()
    ack = socks["client"].emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "Sign it Quirinus Vandersloot please"},
        callback=True,
    )
    assert ack["ok"]
    contractor_view = received(socks["contractor"], "message")[0][1]
    assert "Quirinus" not in contractor_view["body"]
    assert "Vandersloot" not in contractor_view["body"]
    owner_view = received(socks["owner"], "message")[0][1]
    assert owner_view["sender_real_name"] == "Quirinus Vandersloot"
