"""Login, logout, signup and invite acceptance."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user

from server.errors import DomainError, Unauthenticated
from server.extensions import limiter
from server.models import User
from server.services import auth, people, settings

bp = Blueprint("auth", __name__)

HOME = {"owner": "pages.console", "contractor": "pages.inbox", "client": "pages.requests"}
SIGNUP_FIELDS = ("name", "email", "password", "company", "phone")


def home_url(user: User) -> str:
    return url_for(HOME.get(user.role, "auth.login"))


def _login_key() -> str:
    """Throttle per account, whatever address the attempts come from."""
    return "login:" + (request.form.get("email") or "").strip().lower()[:254]


def _begin_session(user: User) -> None:
    """A fresh cookie session with a fresh server-side key (no session fixation)."""
    session.clear()
    auth.start_session(user)
    login_user(user)


@bp.get("/login")
def login():
    if current_user.is_authenticated:
        return redirect(home_url(current_user))
    return render_template(
        "auth/login.html", error=None, email="", signup_open=settings.signup_open()
    )


@bp.post("/login")
@limiter.limit("10 per minute", key_func=_login_key)
@limiter.limit("30 per minute")
def login_post():
    email = request.form.get("email", "")
    try:
        user = auth.authenticate(email, request.form.get("password", ""))
    except Unauthenticated as err:
        return (
            render_template(
                "auth/login.html",
                error=err.message,
                email=email[:254],
                signup_open=settings.signup_open(),
            ),
            401,
        )
    _begin_session(user)
    return redirect(home_url(user))


@bp.post("/logout")
def logout():
    if current_user.is_authenticated:
        auth.end_session(current_user, current_user.session_key)
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))


def _form_values() -> dict:
    return {k: request.form.get(k, "") for k in SIGNUP_FIELDS}


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    if not settings.signup_open():
        abort(404)
    values, errors = _form_values(), {}
    if request.method == "POST":
        try:
            user = people.signup(values)
        except DomainError as err:
            errors["_form"] = err.message
        else:
            _begin_session(user)
            return redirect(home_url(user))
    values.pop("password", None)
    return render_template("auth/signup.html", errors=errors, values=values), (
        400 if errors else 200
    )


@bp.route("/invite/<token>", methods=["GET", "POST"])
def invite(token: str):
    found = people.find_invite(token)
    values, errors = _form_values(), {}
    if request.method == "POST":
        try:
            user = people.accept_invite(token, values)
        except DomainError as err:
            errors["_form"] = err.message
        else:
            _begin_session(user)
            return redirect(home_url(user))
    values.pop("password", None)
    return render_template(
        "auth/invite.html",
        invite={"role": found.role, "email": found.email},
        errors=errors,
        values=values,
    ), (400 if errors else 200)
