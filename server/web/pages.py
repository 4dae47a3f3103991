"""HTML pages: thin shells; each page's module loads its data through the API and the socket."""

from __future__ import annotations

from flask import Blueprint, Response, redirect, render_template, request, url_for
from flask_login import current_user

from server.errors import DomainError, NotFound
from server.services import access, conversations, settings
from server.web.auth import home_url
from server.web.guards import role_required

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return redirect(home_url(current_user))


@bp.get("/brand/logo")
def brand_logo():
    """The brand's logo, shown to everyone (it is the business's public face)."""
    found = settings.logo()
    if found is None:
        raise NotFound()
    data, kind = found
    return Response(data, mimetype=kind, headers={"Cache-Control": "public, max-age=86400"})


@bp.get("/healthz")
def healthz():
    return {"ok": True}


# --- client ---------------------------------------------------------------------------------


@bp.get("/requests")
@role_required("client")
def requests():
    return render_template("client/requests.html")


@bp.route("/requests/new", methods=["GET", "POST"])
@role_required("client")
def new_request():
    values = {"title": request.form.get("title", ""), "body": request.form.get("body", "")}
    errors: dict[str, str] = {}
    if request.method == "POST":
        try:
            conv = conversations.open_request(current_user, values["title"], values["body"])
        except DomainError as err:
            errors["_form"] = err.message
        else:
            return redirect(url_for("pages.request_chat", conversation_id=conv.id))
    return render_template("client/new_request.html", errors=errors, values=values), (
        400 if errors else 200
    )


@bp.get("/requests/<int:conversation_id>")
@role_required("client")
def request_chat(conversation_id: int):
    access.get_conversation(current_user, conversation_id)
    return render_template("client/chat.html", conversation_id=conversation_id)


# --- contractor -----------------------------------------------------------------------------


@bp.get("/inbox")
@role_required("contractor")
def inbox():
    return render_template("contractor/inbox.html")


@bp.get("/inbox/<int:conversation_id>")
@role_required("contractor")
def inbox_chat(conversation_id: int):
    access.get_conversation(current_user, conversation_id)
    return render_template("contractor/chat.html", conversation_id=conversation_id)


# --- owner ----------------------------------------------------------------------------------


@bp.get("/console")
@role_required("owner")
def console():
    return render_template("owner/console.html")


@bp.get("/console/conversations/<int:conversation_id>")
@role_required("owner")
def console_conversation(conversation_id: int):
    access.get_conversation(current_user, conversation_id)
    return render_template("owner/conversation.html", conversation_id=conversation_id)


@bp.get("/console/people")
@role_required("owner")
def people_page():
    return render_template("owner/people.html")


@bp.get("/console/settings")
@role_required("owner")
def settings_page():
    return render_template("owner/settings.html")


@bp.get("/console/review")
@role_required("owner")
def review_page():
    return render_template("owner/review.html")


@bp.get("/console/dashboard")
@role_required("owner")
def dashboard_page():
    return render_template("owner/dashboard.html")


@bp.get("/console/audit")
@role_required("owner")
def audit_page():
    return render_template("owner/audit.html")
