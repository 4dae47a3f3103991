"""Requests: open, list, assign, close, mark read."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import aliased, joinedload

from server import payloads, realtime
from server.errors import Forbidden, Invalid, NotFound
from server.extensions import db
from server.models import Conversation, Message, ReadState, User
from server.services import access, audit, messages, pseudonyms
from server.services.validation import clean_id, clean_line


def _unread_counts(viewer: User, conv_ids: list[int]) -> dict[int, int]:
    if not conv_ids:
        return {}
    query = (
        select(Message.conversation_id, func.count(Message.id))
        .outerjoin(
            ReadState,
            (ReadState.conversation_id == Message.conversation_id)
            & (ReadState.user_id == viewer.id),
        )
        .where(
            Message.conversation_id.in_(conv_ids),
            Message.sender_id != viewer.id,
            Message.id > func.coalesce(ReadState.last_read_id, 0),
        )
        .group_by(Message.conversation_id)
    )
    if viewer.role == "client":
        query = query.where(Message.note.is_(False))
    return dict(db.session.execute(query).all())


def _payloads(viewer: User, convs: list[Conversation]) -> list[dict]:
    viewing = access.viewing(viewer, {c.client_id for c in convs})
    unread = _unread_counts(viewer, [c.id for c in convs])
    last_ids = [c.last_message_id for c in convs if c.last_message_id]
    last = {m.id: m for m in db.session.scalars(select(Message).where(Message.id.in_(last_ids)))}
    return [
        payloads.conversation(
            c, viewing, unread=unread.get(c.id, 0), last=last.get(c.last_message_id or 0)
        )
        for c in convs
    ]


def conversation_payload(viewer: User, conv: Conversation) -> dict:
    """C for one conversation, for this viewer."""
    return _payloads(viewer, [conv])[0]


STAGES = ("unassigned", "waiting_on_contractor", "waiting_on_client", "closed", "open")


def _stage_filter(stage: str):  # noqa: ANN202
    """The SQL condition for an owner's stage filter (payloads.stage() in SQL)."""
    is_open = Conversation.status == "open"
    assigned = Conversation.contractor_id.is_not(None)
    return {
        "closed": Conversation.status == "closed",
        "open": is_open,
        "unassigned": is_open & Conversation.contractor_id.is_(None),
        "waiting_on_contractor": is_open & assigned & (Conversation.last_sender_role == "client"),
        "waiting_on_client": is_open
        & assigned
        & ((Conversation.last_sender_role != "client") | Conversation.last_sender_role.is_(None)),
    }[stage]


def list_for(
    viewer: User,
    *,
    limit: int = 500,
    offset: int = 0,
    stage: str | None = None,
    q: str | None = None,
) -> list[dict]:
    """The conversations the viewer may see, most recent activity first, a page at a time.
    Owners may filter by stage and search titles, client names, emails and companies."""
    query = access.visible_conversations(viewer)
    if stage:
        if stage not in STAGES:
            raise Invalid(f"stage must be one of {', '.join(STAGES)}.")
        query = query.where(_stage_filter(stage))
    if q and viewer.role == "owner":
        like = f"%{q.strip().lower()[:100]}%"
        client = aliased(User)
        query = query.join(client, client.id == Conversation.client_id).where(
            func.lower(Conversation.title).like(like)
            | func.lower(client.name).like(like)
            | func.lower(client.email).like(like)
            | func.lower(func.coalesce(client.company, "")).like(like)
        )
    query = query.order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
    page = query.options(joinedload(Conversation.client), joinedload(Conversation.contractor))
    rows = db.session.scalars(page.limit(max(1, min(limit, 500))).offset(max(0, offset)))
    return _payloads(viewer, list(rows))


def get_for(viewer: User, conversation_id: int) -> dict:
    """C for one conversation, NotFound when the viewer may not see it."""
    return conversation_payload(viewer, access.get_conversation(viewer, conversation_id))


def open_request(
    client: User, title: object, body: object, client_msg_id: object = None
) -> Conversation:
    """A client opens a request: a title and a first message (sanitized like any other)."""
    if client.role != "client":
        raise Forbidden("Only clients open requests.")
    title = clean_line(title, "Title", max_chars=current_app.config["TITLE_MAX_CHARS"])
    conv = Conversation(title=title, client=client, last_sender_role="client")
    conv.staff_title = messages.for_staff(conv, title)
    db.session.add(conv)
    db.session.commit()
    try:
        messages.post_message(client, conv.id, body, client_msg_id)
    except Exception:
        db.session.rollback()
        db.session.delete(conv)
        db.session.commit()
        raise
    notify(conv)
    return conv


def notify(conv: Conversation, *, also: list[User] = ()) -> None:
    """Publish the conversation, shaped per viewer, to everyone who may see it."""
    people = list(access.owners())
    people.append(conv.client)
    if conv.contractor is not None:
        people.append(conv.contractor)
    people.extend(also)
    for person in people:
        if access.can_see(person, conv):
            realtime.publish(
                realtime.CONVERSATION,
                conversation_payload(person, conv),
                to=realtime.user_room(person.id),
            )


def _contractor(contractor_id: object) -> User | None:
    if contractor_id is None:
        return None
    user = db.session.get(User, clean_id(contractor_id, "contractor_id"))
    if user is None or user.role != "contractor":
        raise NotFound("Contractor not found.")
    if not user.is_active:
        raise Invalid("That contractor is suspended.")
    return user


def assign(owner: User, conversation_id: int, contractor_id: object) -> dict:
    """Assign, reassign (the previous contractor loses access at once) or unassign (None)."""
    if owner.role != "owner":
        raise NotFound("Conversation not found.")
    conv = access.get_conversation(owner, conversation_id)
    new = _contractor(contractor_id)
    previous = conv.contractor
    if previous is not None and new is not None and previous.id == new.id:
        return conversation_payload(owner, conv)
    conv.contractor_id = new.id if new else None
    if new is not None:
        pseudonyms.pseudonym_for(conv.client_id, new.id)
    audit.record(
        owner,
        "reassigned" if previous and new else ("assigned" if new else "unassigned"),
        f"conversation:{conv.id}",
        contractor_id=new.id if new else None,
        previous_contractor_id=previous.id if previous else None,
    )
    db.session.commit()
    db.session.refresh(conv)
    if previous is not None:
        realtime.publish(
            realtime.REVOKED, {"conversation_id": conv.id}, to=realtime.user_room(previous.id)
        )
    notify(conv)
    return conversation_payload(owner, conv)


def set_status(owner: User, conversation_id: int, status: str) -> dict:
    """Close or reopen a request (owner)."""
    if owner.role != "owner":
        raise NotFound("Conversation not found.")
    conv = access.get_conversation(owner, conversation_id)
    if conv.status != status:
        conv.status = status
        audit.record(owner, f"conversation_{status}", f"conversation:{conv.id}")
        db.session.commit()
        notify(conv)
    return conversation_payload(owner, conv)


def mark_read(viewer: User, conversation_id: int, last_read_id: object) -> dict:
    """Remember the newest message this user has read here (never moves backwards)."""
    conv = access.get_conversation(viewer, conversation_id)
    read_id = clean_id(last_read_id, "last_read_id")
    read_id = min(read_id, conv.last_message_id or 0) if viewer.role == "client" else read_id
    state = db.session.get(ReadState, (viewer.id, conv.id))
    if state is None:
        db.session.add(ReadState(user_id=viewer.id, conversation_id=conv.id, last_read_id=read_id))
    elif read_id > state.last_read_id:
        state.last_read_id = read_id
    db.session.commit()
    return conversation_payload(viewer, conv)
