"""Small helpers shared by tests."""

from __future__ import annotations

import re

# Timestamps ("2026-11-27T05:11:13.670199Z") and hex digests carry digits of their own: a
# party's phone digits ("0199") can turn up in them by chance.
_NOISE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?|"
                    r"\b[0-9a-f]{32,}\b")


def without_timestamps(text: str) -> str:
    """``text`` with ISO timestamps and long hex digests taken out, for searching it for a
    party's details."""
    return _NOISE.sub(" ", text)


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
