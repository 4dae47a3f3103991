"""Who may see which conversation. Missing and forbidden answer the same: NotFound."""

from __future__ import annotations

import time

from flask import current_app
from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import joinedload

from server.errors import Forbidden, NotFound
from server.extensions import db
from server.models import Conversation, User
from server.payloads import Viewing
from server.services import pseudonyms, settings


def visible_conversations(viewer: User) -> Select:
    """A select of the conversations this user may see right now."""
    query = select(Conversation)
    if viewer.role == "client":
        return query.where(Conversation.client_id == viewer.id)
    if viewer.role == "contractor":
        return query.where(Conversation.contractor_id == viewer.id)
    if viewer.role == "owner":
        return query
    return query.where(False)


# Built once (its cache key is computed once): the conversation with both parties loaded.
_WITH_PARTIES = (
    select(Conversation)
    .options(joinedload(Conversation.client), joinedload(Conversation.contractor))
    .where(Conversation.id == bindparam("id"))
)


def get_conversation(viewer: User, conversation_id: int) -> Conversation:
    """The conversation, if this user may see it; NotFound when it is missing or not theirs."""
    if not viewer.is_active:
        raise NotFound("Conversation not found.")
    conv = db.session.execute(_WITH_PARTIES, {"id": conversation_id}).unique().scalar()
    if conv is None or not can_see(viewer, conv):
        raise NotFound("Conversation not found.")
    return conv


def can_see(viewer: User, conv: Conversation) -> bool:
    """The single rule of conversation visibility."""
    if viewer.role == "owner":
        return True
    if viewer.role == "client":
        return conv.client_id == viewer.id
    if viewer.role == "contractor":
        return conv.contractor_id == viewer.id
    return False


def require_owner(actor: User) -> None:
    """Forbidden unless the actor is an owner (the web edge answers it like a missing page)."""
    if actor.role != "owner":
        raise Forbidden()


OWNERS_CACHE_SECONDS = 2.0


def owners() -> list[User]:
    """The owner accounts (every message goes to them), cached briefly per process."""
    cache = current_app.extensions.setdefault("switchboard_owners", {})
    if cache.get("until", 0.0) > time.monotonic():
        return [db.session.merge(u, load=False) for u in cache["users"]]
    users = list(db.session.scalars(select(User).where(User.role == "owner")))
    cache.update(users=users, until=time.monotonic() + OWNERS_CACHE_SECONDS)
    return users


def viewing(viewer: User, client_ids: set[int] | None = None) -> Viewing:
    """The naming context for this viewer (brand, and pseudonyms for a contractor)."""
    names = {}
    if viewer.role == "contractor" and client_ids:
        names = pseudonyms.pseudonyms_for_contractor(viewer.id, client_ids)
    return Viewing(viewer=viewer, brand=settings.brand(), pseudonyms=names)
