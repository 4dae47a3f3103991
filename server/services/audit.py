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
