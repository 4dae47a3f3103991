"""The JSON API of PROTOCOL.md: parse, call one service, shape the reply."""

from __future__ import annotations

from flask import Blueprint, Response, request, session, url_for
from flask_login import current_user, login_user

from server.errors import Invalid
from server.services import (
    audit,
    auth,
    conversations,
    messages,
    moderation,
    people,
    privacy,
    reports,
    settings,
)
from server.services.validation import parse_id
from server.web.guards import role_required

bp = Blueprint("api", __name__, url_prefix="/api")
ALL = ("owner", "contractor", "client")


def _json() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise Invalid("The body must be a JSON object.")
    return data


@bp.get("/me")
@role_required(*ALL)
def me():
    return {
        "role": current_user.role,
        "display_name": current_user.display_name,
        "brand": settings.brand().to_dict(),
    }


@bp.post("/me/password")
@role_required(*ALL)
def change_password():
    data = _json()
    user = current_user._get_current_object()
    auth.change_password(user, data.get("current_password"), data.get("new_password"))
    session.clear()
    login_user(user)
    return {"ok": True}


@bp.get("/conversations")
@role_required(*ALL)
def list_conversations():
    args = request.args
    return {
        "conversations": conversations.list_for(
            current_user,
            limit=parse_id(args.get("limit"), "limit", 500) or 500,
            offset=parse_id(args.get("offset"), "offset", 0) or 0,
            stage=args.get("stage") or None,
            q=args.get("q") or None,
        )
    }


@bp.post("/conversations")
@role_required("client")
def open_conversation():
    data = _json()
    conv = conversations.open_request(
        current_user, data.get("title"), data.get("body"), data.get("client_msg_id")
    )
    return {"conversation": conversations.conversation_payload(current_user, conv)}, 201


@bp.get("/conversations/<int:conversation_id>")
@role_required(*ALL)
def get_conversation(conversation_id: int):
    return {"conversation": conversations.get_for(current_user, conversation_id)}


@bp.get("/conversations/<int:conversation_id>/messages")
@role_required(*ALL)
def list_messages(conversation_id: int):
    return {
        "messages": messages.list_messages(
            current_user,
            conversation_id,
            after=parse_id(request.args.get("after"), "after"),
            before=parse_id(request.args.get("before"), "before"),
            limit=parse_id(request.args.get("limit"), "limit", 50) or 50,
        )
    }


@bp.post("/conversations/<int:conversation_id>/messages")
@role_required(*ALL)
def post_message(conversation_id: int):
    data = _json()
    msg, created = messages.post_message(
        current_user,
        conversation_id,
        data.get("body"),
        data.get("client_msg_id"),
        note=data.get("note", False),
    )
    return {"message": messages.as_seen_by(current_user, msg)}, (201 if created else 200)


@bp.post("/conversations/<int:conversation_id>/read")
@role_required(*ALL)
def mark_read(conversation_id: int):
    data = _json()
    return {
        "conversation": conversations.mark_read(
            current_user, conversation_id, data.get("last_read_id")
        )
    }


@bp.post("/conversations/<int:conversation_id>/assign")
@role_required("owner")
def assign(conversation_id: int):
    data = _json()
    if "contractor_id" not in data:
        raise Invalid("contractor_id is required (null unassigns).")
    return {
        "conversation": conversations.assign(current_user, conversation_id, data["contractor_id"])
    }


@bp.post("/conversations/<int:conversation_id>/close")
@role_required("owner")
def close(conversation_id: int):
    return {"conversation": conversations.set_status(current_user, conversation_id, "closed")}


@bp.post("/conversations/<int:conversation_id>/reopen")
@role_required("owner")
def reopen(conversation_id: int):
    return {"conversation": conversations.set_status(current_user, conversation_id, "open")}


@bp.get("/conversations/<int:conversation_id>/transcript")
@role_required("owner", "client")
def transcript(conversation_id: int):
    if request.args.get("format") == "json":
        return reports.transcript(current_user, conversation_id)
    return Response(
        reports.transcript_text(current_user, conversation_id),
        mimetype="text/plain",
        headers={
            "Content-Disposition": f'attachment; filename="conversation-{conversation_id}.txt"'
        },
    )


@bp.get("/stats")
@role_required("owner")
def stats():
    return reports.stats(current_user)


@bp.get("/export")
@role_required("owner")
def export_workspace():
    return reports.workspace(current_user)


@bp.get("/contractors")
@role_required("owner")
def contractors():
    return {"contractors": people.contractors(current_user)}


@bp.get("/clients")
@role_required("owner")
def clients():
    return {"clients": people.clients(current_user)}


@bp.post("/contractors/<int:user_id>/suspend")
@role_required("owner")
def suspend(user_id: int):
    return {"contractor": people.set_status(current_user, user_id, "suspended")}


@bp.post("/contractors/<int:user_id>/reinstate")
@role_required("owner")
def reinstate(user_id: int):
    return {"contractor": people.set_status(current_user, user_id, "active")}


@bp.post("/clients/<int:user_id>/suspend")
@role_required("owner")
def suspend_client(user_id: int):
    return {"client": people.set_status(current_user, user_id, "suspended", role="client")}


@bp.post("/clients/<int:user_id>/reinstate")
@role_required("owner")
def reinstate_client(user_id: int):
    return {"client": people.set_status(current_user, user_id, "active", role="client")}


@bp.get("/clients/<int:user_id>/export")
@role_required("owner")
def export_client(user_id: int):
    if request.args.get("format") == "csv":
        body = privacy.export_client_csv(current_user, user_id)
        return Response(
            body,
            mimetype="text/csv",
            headers={"Content-Disposition": f'attachment; filename="client-{user_id}.csv"'},
        )
    return privacy.export_client(current_user, user_id)


@bp.post("/clients/<int:user_id>/erase")
@role_required("owner")
def erase_client(user_id: int):
    return {"client": privacy.erase_client(current_user, user_id)}


@bp.post("/invites")
@role_required("owner")
def create_invite():
    data = _json()
    invite, token = people.create_invite(current_user, data.get("role"), data.get("email"))
    return {
        "invite": {
            "url": url_for("auth.invite", token=token, _external=True),
            "role": invite.role,
            "email": invite.email,
            "expires_at": invite.expires_at.isoformat().replace("+00:00", "Z"),
        }
    }, 201


@bp.get("/settings")
@role_required("owner")
def get_settings():
    return {"settings": settings.public_settings()}


@bp.post("/settings")
@role_required("owner")
def update_settings():
    return {"settings": settings.update(current_user, _json())}


@bp.post("/settings/logo")
@role_required("owner")
def upload_logo():
    upload = request.files.get("logo")
    if upload is None:
        raise Invalid("Choose an image file (field 'logo').")
    return {"settings": settings.set_logo(current_user, upload.read(settings.LOGO_MAX_BYTES + 1))}


@bp.post("/settings/logo/remove")
@role_required("owner")
def remove_logo():
    return {"settings": settings.set_logo(current_user, None)}


@bp.get("/redactions")
@role_required("owner")
def redactions():
    return {
        "redactions": moderation.redactions(current_user),
        "blocked": moderation.blocked(current_user),
        "people": moderation.per_person(current_user),
    }


@bp.post("/messages/<int:message_id>/release")
@role_required("owner")
def release(message_id: int):
    return {"redaction": moderation.release(current_user, message_id)}


@bp.get("/alerts")
@role_required("owner")
def alerts():
    return {"alerts": moderation.alerts(current_user)}


@bp.get("/audit")
@role_required("owner")
def audit_log():
    return {
        "events": audit.events(
            current_user,
            limit=parse_id(request.args.get("limit"), "limit", 200) or 200,
            before=parse_id(request.args.get("before"), "before"),
        )
    }
