"""The one place that decides what each viewer sees of a message or a conversation.

Clients see the brand for every contractor and owner message; contractors see each client under
the pairwise pseudonym and the owner as "Owner"; owners see real names and the original text.
Nothing else in the code base builds message or conversation payloads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from server.database import utcnow
from server.models import AuditEvent, BlockedMessage, Conversation, Message, User
from server.services.settings import Brand

PREVIEW_CHARS = 120
OWNER_LABEL = "Owner"
DELETED_CLIENT = "Deleted client"


@dataclass
class Viewing:
    """Who is looking, with what they need to be shown names: the brand and pseudonyms."""

    viewer: User
    brand: Brand
    pseudonyms: dict[int, str] = field(default_factory=dict)  # client id -> pseudonym

    @property
    def role(self) -> str:
        return self.viewer.role


def iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def _person(user_id: int, role: str, name: str, viewing: Viewing) -> tuple[str, str]:
    """(name, kind) of a person as this viewer may know them: the brand for clients, the
    pseudonym or "Owner" for contractors, the real name for owners."""
    if user_id == viewing.viewer.id:
        return "You", "me"
    if viewing.role == "owner":
        return name, role
    if viewing.role == "client":
        return viewing.brand.name, "brand"
    if role == "client":
        return viewing.pseudonyms.get(user_id, DELETED_CLIENT), "client"
    if role == "owner":
        return OWNER_LABEL, "owner"
    return viewing.brand.name, "brand"


def _sender(msg: Message, viewing: Viewing) -> tuple[str, str]:
    """(sender_name, sender_kind) of a message as this viewer may see them."""
    return _person(msg.sender_id, msg.sender_role, msg.sender.name, viewing)


def typing(conv: Conversation, typist: User, viewing: Viewing) -> dict:
    """The typing notice for this viewer, naming the typist as the viewer may know them."""
    name, _kind = _person(typist.id, typist.role, typist.name, viewing)
    return {"conversation_id": conv.id, "name": name}


def exported_message(msg: Message, viewing: Viewing) -> dict:
    """M in a client's data export: as the client sees it, plus their own words as written."""
    data = message(msg, viewing)
    if msg.sender_id == viewing.viewer.id:
        data["original_body"] = msg.original_body
    return data


def body(msg: Message, viewing: Viewing) -> str:
    """The text this viewer may read: contractors get the owner's words without the client's
    details; everyone else gets the sanitized body."""
    if viewing.role == "contractor" and msg.staff_body is not None:
        return msg.staff_body
    return msg.body


def message(msg: Message, viewing: Viewing) -> dict:
    """M, as PROTOCOL.md defines it, for this viewer."""
    name, kind = _sender(msg, viewing)
    mine = kind == "me"
    kinds = sorted({f.get("kind", "") for f in msg.findings or [] if f.get("kind")})
    data = {
        "id": msg.id,
        "conversation_id": msg.conversation_id,
        "body": body(msg, viewing),
        "sender_name": name,
        "sender_kind": kind,
        "mine": mine,
        "created_at": iso(msg.created_at),
        "client_msg_id": msg.client_msg_id if mine else None,
        "redacted": msg.redacted or (viewing.role == "contractor" and msg.staff_body is not None),
        "note": msg.note,
    }
    if mine and msg.redacted:
        data["removed_kinds"] = [k for k in kinds if k != "solicitation"]
    if viewing.role == "owner":
        data.update(
            original_body=msg.original_body,
            contractor_body=msg.staff_body,
            sender_real_name=msg.sender.name,
            sender_role=msg.sender_role,
            findings=[
                {"kind": f.get("kind"), "reason": f.get("reason")} for f in msg.findings or []
            ],
        )
    return data


def redaction(msg: Message) -> dict:
    """A redaction as the owner's review list shows it (owners only)."""
    return {
        "message_id": msg.id,
        "conversation_id": msg.conversation_id,
        "conversation_title": msg.conversation.title,
        "sender_name": msg.sender.name,
        "sender_role": msg.sender_role,
        "kinds": sorted({f.get("kind") for f in msg.findings or [] if f.get("kind")}),
        "reasons": [f.get("reason") for f in msg.findings or []],
        "released": msg.released_at is not None,
        "original_body": msg.original_body,
        "body": msg.body,
        "created_at": iso(msg.created_at),
    }


def alert(
    sender: User, conversation_id: int, message_id: int | None, reason: str, count: int
) -> dict:
    """An alert as the owner's console shows it (owners only)."""
    return {
        "reason": reason,
        "person": sender.name,
        "role": sender.role,
        "user_id": sender.id,
        "conversation_id": conversation_id,
        "message_id": message_id,
        "count": count,
        "created_at": iso(utcnow()),
    }


def blocked(item: BlockedMessage) -> dict:
    """A message the block policy refused, for the owner's review (owners only)."""
    return {
        "blocked_id": item.id,
        "conversation_id": item.conversation_id,
        "conversation_title": item.conversation.title,
        "sender_name": item.sender.name,
        "sender_role": item.sender_role,
        "kinds": sorted({f.get("kind") for f in item.findings or [] if f.get("kind")}),
        "reasons": [f.get("reason") for f in item.findings or []],
        "original_body": item.original_body,
        "created_at": iso(item.created_at),
    }


def audit_event(event: AuditEvent) -> dict:
    """An audit entry for the owner: who, what, when (no bodies or client details in it)."""
    return {
        "id": event.id,
        "actor": event.actor.name if event.actor else None,
        "actor_role": event.actor.role if event.actor else None,
        "action": event.action,
        "target": event.target,
        "details": event.details or {},
        "created_at": iso(event.created_at),
    }


def stage(conv: Conversation) -> str:
    """unassigned / waiting_on_contractor / waiting_on_client / closed (owner's view)."""
    if conv.status == "closed":
        return "closed"
    if conv.contractor_id is None:
        return "unassigned"
    if conv.last_sender_role == "client":
        return "waiting_on_contractor"
    return "waiting_on_client"


def conversation(
    conv: Conversation, viewing: Viewing, *, unread: int = 0, last: Message | None = None
) -> dict:
    """C, as PROTOCOL.md defines it, for this viewer."""
    if viewing.role == "client":
        counterpart = viewing.brand.name
    elif viewing.role == "contractor":
        counterpart = viewing.pseudonyms.get(conv.client_id, DELETED_CLIENT)
    else:
        counterpart = conv.client.name
    data = {
        "id": conv.id,
        "title": (
            conv.staff_title
            if viewing.role == "contractor" and conv.staff_title is not None
            else conv.title
        ),
        "status": conv.status,
        "counterpart_name": counterpart,
        "unread": unread,
        "last_message_id": conv.last_message_id,
        "last_message_at": iso(conv.last_message_at),
        "last_message_preview": body(last, viewing)[:PREVIEW_CHARS] if last is not None else "",
        "created_at": iso(conv.created_at),
    }
    if viewing.role == "owner":
        client = conv.client
        data.update(
            stage=stage(conv),
            client={
                "id": client.id,
                "name": client.name,
                "email": client.email,
                "company": client.company,
                "phone": client.phone,
            },
            contractor=(
                {"id": conv.contractor.id, "name": conv.contractor.name}
                if conv.contractor is not None
                else None
            ),
        )
    return data


def person(user: User, **extra: object) -> dict:
    """A person as the owner's people page shows them (owners only)."""
    return {
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "phone": user.phone,
        "company": user.company,
        "role": user.role,
        "status": user.status,
        **extra,
    }
