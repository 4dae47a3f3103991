"""Event names, room names and publishing: only after commit, only to explicit rooms."""

from __future__ import annotations

import logging

from server.extensions import socketio

log = logging.getLogger(__name__)

MESSAGE = "message"
TYPING = "typing"
CONVERSATION = "conversation"
REVOKED = "revoked"
SESSION_ENDED = "session_ended"


def user_room(user_id: int) -> str:
    """Every socket of one user joins this room; per-viewer payloads are sent here."""
    return f"user:{user_id}"


def session_room(session_hash: str) -> str:
    """Every socket opened with one login session joins this room."""
    return f"session:{session_hash}"


def publish(event: str, payload: dict, *, to: str) -> None:
    """Emit one event to one room. Never raises: delivery is best effort, catch-up fills gaps.

    Callers publish only after the database commit, so nobody is told about data that could
    still vanish (no phantom messages).
    """
    try:
        socketio.emit(event, payload, to=to)
    except Exception:  # a message-queue outage must not fail an already committed action
        log.exception("publish of %s failed; receivers will catch up on reconnect", event)


def disconnect_room(room: str) -> None:
    """Disconnect every socket in a room on this process (and tell them why first)."""
    server = getattr(socketio, "server", None)
    if server is None:
        return
    try:
        socketio.emit(SESSION_ENDED, {}, to=room)
        sids = [sid for sid, _eio in server.manager.get_participants("/", room)]
        for sid in sids:
            server.disconnect(sid, namespace="/")
    except Exception:
        log.exception("could not disconnect room %s", room)
