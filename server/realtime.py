"""Event names, room names and publishing: only after commit, only to explicit rooms."""

from __future__ import annotations

import logging

from server.extensions import socketio

log = logging.getLogger(__name__)

MESSAGE = "message"
MESSAGE_UPDATED = "message_updated"  # M again, e.g. after the owner released a redaction
ALERT = "alert"  # owners only: someone keeps trying to share contact details
TYPING = "typing"
CONVERSATION = "conversation"
REVOKED = "revoked"
SESSION_ENDED = "session_ended"
RESYNC = "resync"  # sent after a message-queue outage: "fetch what you may have missed"
REVOKE_PREFIX = "revoke|"  # close_room(REVOKE_PREFIX + room) disconnects that room's sockets


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
    """Disconnect every socket in a room, on every process (tell them why first)."""
    try:
        socketio.emit(SESSION_ENDED, {}, to=room)
        socketio.close_room(REVOKE_PREFIX + room)
    except Exception:
        log.exception("could not disconnect room %s", room)
