"""Small helpers shared by tests."""

from __future__ import annotations


def open_request(session, title="Website copy", body="Please rewrite our About page."):
    r = session.post("/api/conversations", {"title": title, "body": body})
    assert r.status_code == 201, r.json
    return r.json["conversation"]


def assign(owner_session, conversation_id, contractor_id):
    r = owner_session.post(
        f"/api/conversations/{conversation_id}/assign", {"contractor_id": contractor_id}
    )
    assert r.status_code == 200, r.json
    return r.json["conversation"]


def received(sock, name=None):
    """Events a test socket client got since the last call: [(name, payload)]."""
    out = []
    for e in sock.get_received():
        args = e["args"]
        out.append((e["name"], args[0] if isinstance(args, list) and args else args or None))
    return [e for e in out if name is None or e[0] == name]
