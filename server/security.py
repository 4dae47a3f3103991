"""Login sessions, throttling and the security headers every response carries."""

from __future__ import annotations

from urllib.parse import parse_qs

from flask import Flask

from server.extensions import limiter, login_manager

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


def init_app(app: Flask) -> None:
    """Flask-Login with server-side sessions, Flask-Limiter, headers, and the JSONP refusal."""
    from server.services import auth

    login_manager.init_app(app)
    login_manager.session_protection = None  # sessions are server-side rows; see services.auth
    login_manager.login_view = "auth.login"

    @login_manager.user_loader
    def _load(key: str):  # noqa: ANN202
        return auth.load_session(key)

    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://")
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", False)
    limiter.init_app(app)

    @app.before_request
    def _refuse_cross_site_writes():  # noqa: ANN202
        """A state change whose browser says it comes from another site is refused outright."""
        from flask import abort, request

        if request.method in ("POST", "PUT", "PATCH", "DELETE"):
            site = request.headers.get("Sec-Fetch-Site")
            if site is not None and site not in ("same-origin", "none"):
                abort(403)

    @app.after_request
    def _headers(response):  # noqa: ANN001, ANN202
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        return response


class EngineIOGate:
    """In front of Engine.IO: refuse JSONP polling (a `j=` query, which bypasses the Origin
    check), and decline WebSocket compression — chat frames are too small to gain from it and
    permessage-deflate costs about 90 KB of memory per socket."""

    def __init__(self, wsgi_app) -> None:  # noqa: ANN001
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):  # noqa: ANN001, ANN204
        if environ.get("PATH_INFO", "").startswith("/socket.io"):
            if "j" in parse_qs(environ.get("QUERY_STRING", "")):
                start_response("400 Bad Request", [("Content-Type", "text/plain")])
                return [b"JSONP is not supported"]
            environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)
        return self.wsgi_app(environ, start_response)
