"""Posting, listing and fanning out messages: sanitize -> persist -> commit -> publish."""

from __future__ import annotations

import functools
import logging
import threading
from datetime import timedelta

from flask import current_app
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.attributes import set_committed_value

from server import payloads, realtime, sanitizer
from server.database import begin_write, serialize_conversation, utcnow
from server.errors import BlockedByPolicy, Forbidden, Invalid, Unavailable
from server.extensions import db
from server.models import BlockedMessage, Conversation, Message, User
from server.sanitizer import Identity, strip_markup
from server.services import access, audit, settings
from server.services.validation import clean_text, has_visible_text

log = logging.getLogger(__name__)
HISTORY_MAX_AGE = timedelta(minutes=30)
_MESSAGES = Message.__table__
_CONVERSATIONS = Conversation.__table__
_INSERT_COLUMNS = [c for c in _MESSAGES.columns if c.key not in ("id", "released_at")]
# Built once: the statements of the hot path, with their values passed as parameters.
_INSERT_MESSAGE = insert(_MESSAGES)


@functools.cache
def _recent_query():
    """The sender's latest messages here: as many as the filter reads for details sent in
    pieces (built on first use, as reading the filter's window loads its tables)."""
    return (
        select(_MESSAGES.c.original_body)
        .where(
            _MESSAGES.c.conversation_id == bindparam("conv_id"),
            _MESSAGES.c.sender_id == bindparam("sender_id"),
            _MESSAGES.c.note.is_(False),
            _MESSAGES.c.created_at >= bindparam("since"),
        )
        .order_by(_MESSAGES.c.id.desc())
        .limit(sanitizer.HISTORY_MESSAGES)
    )


# Striped by conversation id (see _commit_message).
_ORDER_LOCKS = [threading.Lock() for _ in range(1024)]
_TOUCH_CONVERSATION = update(_CONVERSATIONS).where(_CONVERSATIONS.c.id == bindparam("conv_id"))


def _client_msg_id(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > 64 or not value.isprintable():
        raise Invalid("client_msg_id must be a short printable string.")
    return value


def _identity(user: User | None) -> Identity | None:
    if user is None:
        return None
    return Identity(name=user.name, email=user.email, phone=user.phone, company=user.company)


def _history(conv: Conversation, sender: User) -> list[str]:
    """The sender's last few messages here, oldest first, for numbers given in pieces."""
    rows = db.session.connection().execute(
        _recent_query(),
        {"conv_id": conv.id, "sender_id": sender.id, "since": utcnow() - HISTORY_MAX_AGE},
    )
    return [body for (body,) in reversed(rows.all())]


def _filter(conv: Conversation, sender: User, text: str, note: bool) -> tuple[str, list[dict]]:
    """Sanitize a message on its way between client and contractor; owners are not filtered."""
    if sender.role == "owner" or note:
        return text, []
    direction = "to_contractor" if sender.role == "client" else "to_client"
    rule = settings.policy(direction)
    if rule == "allow":
        return text, []
    result = sanitizer.sanitize(
        text,
        [i for i in (_identity(conv.client), _identity(conv.contractor)) if i],
        direction,
        allowed_domains=settings.allowed_domains(),
        default_region=current_app.config["PHONE_REGION"],
        history=_history(conv, sender),
    )
    findings = [
        {"kind": f.kind, "start": f.start, "end": f.end, "reason": f.reason}
        for f in result.findings
    ]
    if rule == "block" and result.redacted:
        kinds = sorted({f["kind"] for f in findings if f["kind"] != "solicitation"})
        blocked = BlockedMessage(
            conversation_id=conv.id,
            sender_id=sender.id,
            sender_role=sender.role,
            original_body=text,
            findings=findings,
        )
        db.session.add(blocked)
        audit.record(sender, "policy_block", f"conversation:{conv.id}", kinds=kinds)
        db.session.commit()
        from server.services import moderation

        moderation.check_alert(sender, conv.id, None, findings)
        raise BlockedByPolicy(
            "Not sent: contact details can't be shared here "
            f"({', '.join(kinds)}). Please remove them and send again.",
            kinds,
        )
    return result.text, findings


def for_staff(conv: Conversation, text: str) -> str | None:
    """The text as a contractor may see it when the owner or the client's title names the client:
    the client's known details and any contact detail removed. None when nothing changes."""
    result = sanitizer.sanitize(
        text,
        [_identity(conv.client)],
        "to_contractor",
        allowed_domains=settings.allowed_domains(),
        default_region=current_app.config["PHONE_REGION"],
    )
    return result.text if result.redacted else None


def _existing(sender: User, client_msg_id: str | None) -> Message | None:
    if client_msg_id is None:
        return None
    return db.session.scalar(
        select(Message).where(
            Message.sender_id == sender.id, Message.client_msg_id == client_msg_id
        )
    )


def post_message(
    sender: User,
    conversation_id: int,
    body: object,
    client_msg_id: object = None,
    *,
    note: object = False,
) -> tuple[Message, bool]:
    """Post a message; returns (message, created). A repeated client_msg_id returns the original.

    Raises NotFound, Forbidden, Invalid, TooLong, BlockedByPolicy, or Unavailable when the
    database refuses (the message is then not stored, and the sender may retry).
    """
    if not isinstance(note, bool):
        raise Invalid("note must be true or false.")
    msg_id = _client_msg_id(client_msg_id)
    begin_write()
    conv = access.get_conversation(sender, conversation_id)
    serialize_conversation(conv.id)
    text = strip_markup(
        clean_text(body, "Message", max_chars=current_app.config["MESSAGE_MAX_CHARS"])
    )
    if not has_visible_text(text):
        raise Invalid("Message is empty.")
    if note and sender.role == "client":
        raise Forbidden("Clients cannot write private notes.")
    if conv.status == "closed" and sender.role == "contractor":
        raise Forbidden("This request is closed.")
    clean, findings = _filter(conv, sender, text, note)
    msg = Message(
        conversation=conv,
        conversation_id=conv.id,
        sender=sender,
        sender_id=sender.id,
        sender_role=sender.role,
        note=note,
        body=clean,
        original_body=text,
        redacted=clean != text,
        findings=findings,
        client_msg_id=msg_id,
        staff_body=for_staff(conv, text) if sender.role == "owner" else None,
    )
    return _commit_message(conv, msg, sender)


def _commit_message(conv: Conversation, msg: Message, sender: User) -> tuple[Message, bool]:
    """Insert and commit; a client_msg_id already stored (a retry) returns the stored message,
    relying on UNIQUE(sender, client_msg_id) rather than a lookup before every insert.

    The insert and the conversation's update are two plain statements (no unit-of-work flush:
    this is the hottest path); ``msg`` stays a detached object carrying the stored values.

    Commit and fan-out of one conversation's messages run under one lock per process, so its
    events leave in id order: a receiver that saw message N has been sent every earlier one,
    and catching up "after N" misses nothing even if the process dies between two emits
    (PostgreSQL commits yield to other green threads, which could otherwise overtake).
    """
    with _ORDER_LOCKS[conv.id % len(_ORDER_LOCKS)]:
        stored = _store_and_publish(conv, msg, sender)
    if stored[1] and msg.findings:
        from server.services import moderation

        moderation.check_alert(sender, conv.id, msg.id, msg.findings)
    return stored


def _store_and_publish(conv: Conversation, msg: Message, sender: User) -> tuple[Message, bool]:
    msg.created_at = utcnow()
    values = {col.key: getattr(msg, col.key) for col in _INSERT_COLUMNS}
    changes = {}
    if not msg.note:
        changes = {"last_message_at": msg.created_at, "last_sender_role": sender.role}
        if sender.role == "client" and conv.status == "closed":
            changes["status"] = "open"
    try:
        conn = db.session.connection()
        msg.id = conn.execute(_INSERT_MESSAGE, values).inserted_primary_key[0]
        if changes:
            changes["last_message_id"] = msg.id
            conn.execute(_TOUCH_CONVERSATION, {"conv_id": conv.id, **changes})
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        existing = _existing(sender, msg.client_msg_id)
        if existing is None:
            raise
        if existing.conversation_id != conv.id:
            raise Invalid("client_msg_id was already used for another conversation.") from None
        return existing, False
    except OperationalError:
        db.session.rollback()
        log.exception("message not stored")
        raise Unavailable() from None
    for key, value in changes.items():
        set_committed_value(conv, key, value)
    msg.seen_by = fan_out(conv, msg)
    return msg, True


def recipients(conv: Conversation, msg: Message) -> list[User]:
    """Everyone who may see this message now: owners, the assigned contractor, the client."""
    people = list(access.owners())
    if conv.contractor is not None:
        people.append(conv.contractor)
    if not msg.note:
        people.append(conv.client)
    return [p for p in people if p.is_active]


def fan_out(conv: Conversation, msg: Message, *, event: str = realtime.MESSAGE) -> dict:
    """Publish a committed message to each recipient, shaped for them; returns the payloads
    by user id (the sender's ack reuses its own)."""
    shaped = {}
    for person in recipients(conv, msg):
        shaped[person.id] = payloads.message(msg, access.viewing(person, {conv.client_id}))
        realtime.publish(event, shaped[person.id], to=realtime.user_room(person.id))
    return shaped


def as_seen_by(viewer: User, msg: Message) -> dict:
    """M for one message, as this viewer may see it."""
    already = getattr(msg, "seen_by", None) or {}
    if viewer.id in already:
        return already[viewer.id]
    return payloads.message(msg, access.viewing(viewer, {msg.conversation.client_id}))


def list_messages(
    viewer: User,
    conversation_id: int,
    *,
    after: int | None = None,
    before: int | None = None,
    limit: int = 50,
) -> list[dict]:
    """Messages visible to the viewer, ascending by id: after an id, before one, or the latest."""
    conv = access.get_conversation(viewer, conversation_id)
    limit = max(1, min(limit, 500))
    query = select(Message).where(Message.conversation_id == conv.id)
    if viewer.role == "client":
        query = query.where(Message.note.is_(False))
    if after is not None:
        rows = db.session.scalars(query.where(Message.id > after).order_by(Message.id).limit(limit))
        messages = list(rows)
    else:
        if before is not None:
            query = query.where(Message.id < before)
        messages = list(
            reversed(db.session.scalars(query.order_by(Message.id.desc()).limit(limit)).all())
        )
    viewing = access.viewing(viewer, {conv.client_id})
    return [payloads.message(m, viewing) for m in messages]


def typing(viewer: User, conversation_id: int) -> None:
    """Tell the other parties that this person is typing, under the name each may see."""
    conv = access.get_conversation(viewer, conversation_id)
    people = [o for o in access.owners() if o.id != viewer.id]
    if viewer.role != "client":
        people.append(conv.client)
    if conv.contractor is not None and conv.contractor_id != viewer.id:
        people.append(conv.contractor)
    for person in people:
        event = payloads.typing(conv, viewer, access.viewing(person, {conv.client_id}))
        realtime.publish(realtime.TYPING, event, to=realtime.user_room(person.id))
