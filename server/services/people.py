"""The owner's people: invites, contractors and clients, suspension."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select

from server import payloads
from server.database import utcnow
from server.errors import Forbidden, Invalid, NotFound
from server.extensions import db
from server.models import Conversation, Invite, User
from server.services import access, audit, auth, settings
from server.services.validation import clean_email


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invite(owner: User, role: object, email: object = None) -> tuple[Invite, str]:
    """A single-use invite for a contractor or client; returns (invite, token); keeps the hash."""
    access.require_owner(owner)
    if role not in ("contractor", "client"):
        raise Invalid("Invites are for contractors or clients.")
    address = clean_email(email) if email not in (None, "") else None
    token = secrets.token_urlsafe(24)
    invite = Invite(
        token_hash=_token_hash(token),
        role=role,
        email=address,
        created_by_id=owner.id,
        expires_at=utcnow() + timedelta(hours=current_app.config["INVITE_TTL_HOURS"]),
    )
    db.session.add(invite)
    audit.record(owner, "invite_created", None, role=role)
    db.session.commit()
    return invite, token


def find_invite(token: str) -> Invite:
    """The open invite behind a token; NotFound when unknown, used or expired (one answer)."""
    if not isinstance(token, str) or len(token) > 100:
        raise NotFound("This invite link is not valid or has expired.")
    invite = db.session.scalar(select(Invite).where(Invite.token_hash == _token_hash(token)))
    if invite is None or invite.used_at is not None or invite.expires_at < utcnow():
        raise NotFound("This invite link is not valid or has expired.")
    return invite


def accept_invite(token: str, fields: dict) -> User:
    """Create the invited account and spend the invite."""
    invite = find_invite(token)
    email = invite.email or fields.get("email")
    client = invite.role == "client"
    user = auth.create_user(
        invite.role,
        email,
        fields.get("name"),
        fields.get("password"),
        phone=fields.get("phone") if client else None,
        company=fields.get("company") if client else None,
    )
    invite = db.session.merge(invite)
    invite.used_at = utcnow()
    invite.used_by_id = user.id
    db.session.commit()
    return user


def signup(fields: dict) -> User:
    """A client signs up alone, when the owner leaves signup open."""
    if not settings.signup_open():
        raise Forbidden("Signup is closed; ask for an invite.")
    return auth.create_user(
        "client",
        fields.get("email"),
        fields.get("name"),
        fields.get("password"),
        phone=fields.get("phone"),
        company=fields.get("company"),
    )


def contractors(owner: User) -> list[dict]:
    """Contractors with their open load."""
    access.require_owner(owner)
    load = dict(
        db.session.execute(
            select(Conversation.contractor_id, func.count(Conversation.id))
            .where(Conversation.status == "open", Conversation.contractor_id.is_not(None))
            .group_by(Conversation.contractor_id)
        ).all()
    )
    people = db.session.scalars(select(User).where(User.role == "contractor").order_by(User.name))
    return [payloads.person(u, open_count=load.get(u.id, 0)) for u in people]


def clients(owner: User) -> list[dict]:
    access.require_owner(owner)
    people = db.session.scalars(select(User).where(User.role == "client").order_by(User.name))
    return [payloads.person(u) for u in people]


def set_status(owner: User, user_id: int, status: str, *, role: str = "contractor") -> dict:
    """Suspend (ends sessions and sockets at once) or reinstate a contractor or client."""
    access.require_owner(owner)
    user = db.session.get(User, user_id)
    if user is None or user.role != role:
        raise NotFound(f"{role.capitalize()} not found.")
    if user.status != status:
        user.status = status
        audit.record(
            owner, "suspended" if status == "suspended" else "reinstated", f"user:{user.id}"
        )
        db.session.commit()
        if status == "suspended":
            auth.end_all_sessions(user)
    return payloads.person(user)
