"""The core flow through the HTTP API and the socket, with exactly who received what."""

from __future__ import annotations


def test_client_opens_request_owner_assigns_contractor_chats(world, login, published):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)

    r = client.post("/api/conversations", {"title": "Logo refresh", "body": "Need a new logo"})
    assert r.status_code == 201, r.json
    conv = r.json["conversation"]
    assert conv["counterpart_name"] == "BrightDesk"

    queue = owner.get("/api/conversations").json["conversations"]
    assert [c["stage"] for c in queue] == ["unassigned"]
    assert queue[0]["client"]["name"] == "Zelda Quixote"

    assert contractor.get("/api/conversations").json["conversations"] == []
    r = owner.post(
        f"/api/conversations/{conv['id']}/assign", {"contractor_id": world.contractor.id}
    )
    assert r.status_code == 200, r.json

    seen = contractor.get("/api/conversations").json["conversations"]
    assert len(seen) == 1
    pseudonym = seen[0]["counterpart_name"]
    assert pseudonym.startswith("Client ") and "Zelda" not in pseudonym

    msgs = contractor.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert [m["body"] for m in msgs] == ["Need a new logo"]
    assert msgs[0]["sender_name"] == pseudonym

    sock = contractor.socket()
    assert sock.is_connected()
    ack = sock.emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "On it!", "client_msg_id": "k-1"},
        callback=True,
    )
    assert ack["ok"] is True, ack
    assert ack["message"]["sender_name"] == "You"
    again = sock.emit(
        "send_message",
        {"conversation_id": conv["id"], "body": "On it! (retry)", "client_msg_id": "k-1"},
        callback=True,
    )
    assert again["message"]["id"] == ack["message"]["id"]
    assert again["message"]["body"] == "On it!"

    client_view = client.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert [(m["sender_name"], m["body"]) for m in client_view] == [
        ("You", "Need a new logo"),
        ("BrightDesk", "On it!"),
    ]
