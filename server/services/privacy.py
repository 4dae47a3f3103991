"""A client's data on request: export (JSON and CSV) and irreversible erasure."""

from __future__ import annotations

import csv
import io
import secrets

from sqlalchemy import delete, select, update

from server import payloads
from server.errors import Forbidden, NotFound
from server.extensions import db
from server.models import Conversation, Message, Pseudonym, User, UserSession
from server.payloads import Viewing
from server.services import audit, auth, conversations, passwords, pseudonyms, settings

ERASED_NAME = "Deleted client"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _client(owner: User, user_id: int) -> User:
    if owner.role != "owner":
        raise Forbidden()
    user = db.session.get(User, user_id)
    if user is None or user.role != "client" or user.status == "erased":
        raise NotFound("Client not found.")
    return user


def export_client(owner: User, user_id: int) -> dict:
    """Everything about one client, as the client may see it: the brand for the other side."""
    client = _client(owner, user_id)
    viewing = Viewing(viewer=client, brand=settings.brand())
    convs = db.session.scalars(
        select(Conversation).where(Conversation.client_id == client.id).order_by(Conversation.id)
    ).all()
    out = []
    for conv in convs:
        rows = db.session.scalars(
            select(Message)
            .where(Message.conversation_id == conv.id, Message.note.is_(False))
            .order_by(Message.id)
        )
        msgs = [payloads.exported_message(msg, viewing) for msg in rows]
        out.append({**payloads.conversation(conv, viewing), "messages": msgs})
    audit.record(owner, "client_exported", f"user:{client.id}")
    db.session.commit()
    profile = {k: getattr(client, k) for k in ("name", "email", "phone", "company")}
    return {
        "client": {**profile, "created_at": payloads.iso(client.created_at)},
        "conversations": out,
    }


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_client_csv(owner: User, user_id: int) -> str:
    """The same export as CSV, one row per message."""
    data = export_client(owner, user_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["conversation_id", "conversation_title", "message_id", "created_at", "from", "text"]
    )
    for conv in data["conversations"]:
        for m in conv["messages"]:
            text = m.get("original_body", m["body"])
            writer.writerow(
                [
                    _cell(v)
                    for v in (
                        conv["id"],
                        conv["title"],
                        m["id"],
                        m["created_at"],
                        m["sender_name"],
                        text,
                    )
                ]
            )
    return buffer.getvalue()


def erase_client(owner: User, user_id: int) -> dict:
    """Remove a client's identity for good: details overwritten, pseudonym links destroyed,
    their original words and any text naming them replaced by the filtered copy, sessions and
    sockets ended. The conversations stay for the business, attributed to "Deleted client"."""
    client = _client(owner, user_id)
    conv_ids = select(Conversation.id).where(Conversation.client_id == client.id)
    db.session.execute(
        update(Message)
        .where(Message.sender_id == client.id)
        .values(original_body=Message.body, findings=[], client_msg_id=None)
    )
    db.session.execute(  # the owner's words to the client may name them: keep the staff copy
        update(Message)
        .where(Message.conversation_id.in_(conv_ids), Message.staff_body.is_not(None))
        .values(body=Message.staff_body, original_body=Message.staff_body)
    )
    db.session.execute(
        update(Conversation)
        .where(Conversation.client_id == client.id, Conversation.staff_title.is_not(None))
        .values(title=Conversation.staff_title)
    )
    db.session.execute(delete(Pseudonym).where(Pseudonym.client_id == client.id))
    pseudonyms.forget(client.id)
    db.session.execute(delete(UserSession).where(UserSession.user_id == client.id))
    client.name, client.phone, client.company = ERASED_NAME, None, None
    client.email = f"erased-{secrets.token_hex(8)}@erased.invalid"
    client.password_hash = passwords.hash_password(secrets.token_urlsafe(32))
    client.status = "erased"
    audit.record(owner, "client_erased", f"user:{client.id}")
    db.session.commit()
    if db.engine.dialect.name == "sqlite":
        db.session.execute(db.text("PRAGMA wal_checkpoint(TRUNCATE)"))
        db.session.commit()
    auth.end_all_sessions(client)
    for conv in db.session.scalars(select(Conversation).where(Conversation.client_id == client.id)):
        conversations.notify(conv)  # open pages show "Deleted client" at once
    return payloads.person(client)
