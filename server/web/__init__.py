"""HTTP blueprints and the HTTP edge of error translation."""

from __future__ import annotations

import hmac

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeout
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from server.errors import DomainError, Unavailable
from server.extensions import db


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def error_response(status: int, code: str, message: str, extra: dict | None = None):  # noqa: ANN201
    """One error shape: JSON for the API, a page for people."""
    if _wants_json():
        return jsonify({"error": {"code": code, "message": message, **(extra or {})}}), status
    return render_template("errors/error.html", status=status, code=code, message=message), status


_HTTP_CODES = {
    400: "invalid",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "not_found",
    413: "too_long",
    429: "rate_limited",
}


def outbox_key(app: Flask, user) -> str:  # noqa: ANN001
    """An opaque, stable name for this user's browser outbox; not the session key, not the id."""
    if not getattr(user, "is_authenticated", False):
        return "anon"
    mac = hmac.new(app.config["SECRET_KEY"].encode(), f"outbox:{user.id}".encode(), "sha256")
    return f"{user.role}-{mac.hexdigest()[:20]}"


class BoundedInt(IntegerConverter):
    """`<int:…>` ids from 1 to 2**53: larger ones are simply not found (never a 500)."""

    def __init__(self, url_map, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", 2**53)
        super().__init__(url_map, *args, **kwargs)


def init_app(app: Flask) -> None:
    from server.web import api, auth, pages

    app.url_map.converters["int"] = BoundedInt
    app.register_blueprint(auth.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    @app.context_processor
    def _context() -> dict:
        from flask_login import current_user

        from server.services import settings

        return {"brand": settings.brand(), "outbox_key": outbox_key(app, current_user)}

    @app.errorhandler(DomainError)
    def _domain(err: DomainError):  # noqa: ANN202
        db.session.rollback()
        extra = {k: v for k, v in err.to_dict().items() if k not in ("code", "message")}
        return error_response(err.status, err.code, err.message, extra)

    @app.errorhandler(OperationalError)
    @app.errorhandler(SQLAlchemyTimeout)
    def _database_unavailable(err: Exception):  # noqa: ANN202
        db.session.rollback()
        app.logger.warning("database unavailable: %s", type(err).__name__)
        e = Unavailable()
        return error_response(e.status, e.code, e.message)

    @app.errorhandler(CSRFError)
    def _csrf(err: CSRFError):  # noqa: ANN202
        return error_response(400, "invalid", "The form expired or the CSRF token is missing.")

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException):  # noqa: ANN202
        status = err.code or 500
        if status == 405:
            status = 404  # do not tell which methods exist on a path
        code = _HTTP_CODES.get(status, "invalid")
        message = "Not found." if status == 404 else (err.description or "Request refused.")
        return error_response(status, code, message)

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):  # noqa: ANN202
        db.session.rollback()
        app.logger.exception("unhandled error")
        return error_response(500, "internal", "Something went wrong on our side.")

    @app.login_manager.unauthorized_handler
    def _unauthorized():  # noqa: ANN202
        from flask import redirect, url_for

        if _wants_json():
            return error_response(401, "unauthenticated", "Please log in.")
        return redirect(url_for("auth.login"))
