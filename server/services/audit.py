"""The audit log: privileged and security-relevant actions, without personal data or bodies."""

from __future__ import annotations

from server.extensions import db
from server.models import AuditEvent, User


def record(actor: User | None, action: str, target: str | None = None, **details: object) -> None:
    """Add an audit event to the current transaction (the caller commits)."""
    db.session.add(
        AuditEvent(
            actor_id=actor.id if actor else None, action=action, target=target, details=details
        )
    )


def events(owner: User, *, limit: int = 200, before: int | None = None) -> list[dict]:
    """The audit log for the owner, newest first."""
    from sqlalchemy import select

    from server import payloads
    from server.errors import Forbidden

    if owner.role != "owner":
        raise Forbidden()
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(max(1, min(limit, 1000)))
    if before:
        query = query.where(AuditEvent.id < before)
    return [payloads.audit_event(e) for e in db.session.scalars(query)]
