"""Socket.IO: authenticated connect, server-assigned rooms, and the handlers of PROTOCOL.md."""

from __future__ import annotations

from flask import Flask

from server.extensions import socketio


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
