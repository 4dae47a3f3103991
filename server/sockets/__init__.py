"""Socket.IO: authenticated connect, server-assigned rooms, and the handlers of PROTOCOL.md."""

from __future__ import annotations

from flask import Flask, Request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface

from server.extensions import socketio


class SocketSessions(SecureCookieSessionInterface):
    """The signed-cookie sessions, without decoding the cookie again for every socket event.

    Flask-SocketIO copies a connection's session at its first event (``saved_session`` in the
    connection's environ) and puts that copy in place of ``session`` in every later event, so
    opening the cookie there only to throw it away cost about half of each event's request
    context. HTTP requests are unchanged.
    """

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        if "saved_session" in request.environ:
            return self.session_class()  # replaced by the connection's copy at once
        return super().open_session(app, request)


def allowed_origins(app: Flask) -> list[str]:
    """An explicit allow-list: the app's own addresses plus ALLOWED_ORIGINS (never '*')."""
    port = app.config["PORT"]
    own = {
        f"http://127.0.0.1:{port}",
        f"http://localhost:{port}",
        f"http://{app.config['HOST']}:{port}",
    }
    return sorted(own | set(app.config["ALLOWED_ORIGINS"]))


def init_app(app: Flask) -> None:
    """Attach Socket.IO with the configured async mode and, when set, the Redis message queue."""
    from server.sockets import handlers
    from server.sockets.managers import LocalManager, RedisQueue

    url = app.config.get("REDIS_URL")
    app.session_interface = SocketSessions()
    socketio.init_app(
        app,
        async_mode=app.config["SOCKETIO_ASYNC_MODE"],
        client_manager=RedisQueue(url) if url else LocalManager(),
        cors_allowed_origins=allowed_origins(app),
        cors_credentials=True,
        max_http_buffer_size=64 * 1024,
        ping_interval=20,
        ping_timeout=20,
        logger=False,
        engineio_logger=False,
    )
    handlers.register(socketio)
