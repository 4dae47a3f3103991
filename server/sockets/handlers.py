"""Socket.IO handlers: check the session, parse, call one service, return an ack."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from flask import current_app, request, session
from flask_login import current_user
from flask_socketio import SocketIO, join_room
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeout

from server import realtime
from server.database import begin_write
from server.errors import DomainError, Invalid, Unauthenticated, Unavailable
from server.extensions import db, socketio
from server.services import auth, messages, ratelimit
from server.services.validation import clean_id

log = logging.getLogger(__name__)


# The user each connected socket logged in as, kept between its events; every event still
# checks the login session in the database (auth.recheck_session).
_known_users: dict[str, object] = {}


def _event_user():  # noqa: ANN202
    """The live user behind this socket's login session, or None once it has ended."""
    user, keep = auth.recheck_session(session.get("_user_id"), _known_users.get(request.sid))
    if keep is None:
        _known_users.pop(request.sid, None)
    else:
        _known_users[request.sid] = keep
    return user


def _ack_error(err: DomainError) -> dict:
    return {"ok": False, "error": err.to_dict()}


def event(handler: Callable, *, writes: bool = False) -> Callable:
    """Authenticate (the session may have ended since connect), rate-limit, translate errors.

    ``writes``: the event stores something, so its write transaction starts before the session
    check, which then needs no transaction of its own.
    """

    @wraps(handler)
    def wrapped(data=None, *extra):  # noqa: ANN001, ANN002, ANN202
        try:
            if writes:
                begin_write()
            user = _event_user()
            if user is None:
                raise Unauthenticated()
            if extra:
                raise Invalid("Send one object per event.")
            ratelimit.hit(user.id, current_app.config["SOCKET_RATE_PER_10S"])
            if not isinstance(data, dict):
                raise Invalid("The payload must be an object.")
            return handler(user, data)
        except DomainError as err:
            db.session.rollback()
            return _ack_error(err)
        except (OperationalError, SQLAlchemyTimeout):
            db.session.rollback()
            log.warning("database unavailable for %s", handler.__name__)
            return _ack_error(Unavailable())
        except Exception:
            db.session.rollback()
            log.exception("socket handler %s failed", handler.__name__)
            return _ack_error(Unavailable("Something went wrong; please retry."))

    return wrapped


def on_connect(auth_data=None):  # noqa: ANN001, ANN201
    """Refuse without a live session; join the user's and the session's rooms (server-chosen)."""
    if not current_user.is_authenticated:
        raise ConnectionRefusedError("unauthenticated")
    if not ratelimit.add_socket(
        current_user.id, request.sid, current_app.config["SOCKETS_PER_USER"]
    ):
        raise ConnectionRefusedError("rate_limited")
    join_room(realtime.user_room(current_user.id))
    join_room(auth.session_room(current_user.session_key))
    _known_users[request.sid] = current_user._get_current_object()
    return True


def on_disconnect(reason=None, *extra):  # noqa: ANN001, ANN002, ANN201
    # A client may emit an event named "disconnect"; only a real disconnect frees the slot.
    if socketio.server.manager.is_connected(request.sid, "/"):
        return
    ratelimit.remove_socket(request.sid)
    _known_users.pop(request.sid, None)


def send_message(user, data: dict) -> dict:  # noqa: ANN001
    """`send_message` {conversation_id, body, client_msg_id, note?} → {ok, message: M}."""
    msg, _created = messages.post_message(
        user,
        clean_id(data.get("conversation_id"), "conversation_id"),
        data.get("body"),
        data.get("client_msg_id"),
        note=data.get("note", False),
    )
    return {"ok": True, "message": messages.as_seen_by(user, msg)}


def sync(user, data: dict) -> dict:  # noqa: ANN001
    """`sync` {conversation_id, after_id} → {ok, messages: [M…]} ascending, at most 500."""
    after = data.get("after_id", 0)
    if after != 0:
        after = clean_id(after, "after_id")
    found = messages.list_messages(
        user, clean_id(data.get("conversation_id"), "conversation_id"), after=after, limit=500
    )
    return {"ok": True, "messages": found}


def typing(user, data: dict) -> dict:  # noqa: ANN001
    """`typing` {conversation_id} → tells the others, under the name each may see."""
    messages.typing(user, clean_id(data.get("conversation_id"), "conversation_id"))
    return {"ok": True}


def register(sio: SocketIO) -> None:
    """Register every handler; unknown events are ignored by Socket.IO."""
    sio.on_event("connect", on_connect)
    sio.on_event("disconnect", on_disconnect)
    sio.on_event("send_message", event(send_message, writes=True))
    sio.on_event("sync", event(sync))
    sio.on_event("typing", event(typing))

    @sio.on_error_default
    def _error(err):  # noqa: ANN001, ANN202
        if isinstance(err, ConnectionRefusedError):
            raise err  # a refused handshake must stay refused
        db.session.rollback()
        log.exception("socket error")
        return _ack_error(Unavailable("Something went wrong; please retry."))
