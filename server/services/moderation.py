"""The owner's review of the filter: redactions, releases, per-person counts and alerts."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy import func, or_, select

from server import payloads, realtime
from server.database import utcnow
from server.errors import Forbidden, NotFound
from server.extensions import db
from server.models import AuditEvent, Message, User
from server.services import audit, messages

ALERT_WINDOW = timedelta(hours=24)


def _require_owner(actor: User) -> None:
    if actor.role != "owner":
        raise Forbidden()


def _owners() -> list[User]:
    return list(db.session.scalars(select(User).where(User.role == "owner")))


def redactions(owner: User, *, limit: int = 200) -> list[dict]:
    """Every redacted (or released) message with its original, newest first."""
    _require_owner(owner)
    rows = db.session.scalars(
        select(Message)
        .where(or_(Message.redacted.is_(True), Message.released_at.is_not(None)))
        .order_by(Message.id.desc())
        .limit(max(1, min(limit, 1000)))
    )
    return [payloads.redaction(m) for m in rows]


def release(owner: User, message_id: int) -> dict:
    """Deliver a wrongly redacted message as it was written; recorded in the audit log."""
    _require_owner(owner)
    msg = db.session.get(Message, message_id)
    if msg is None or not msg.redacted:
        raise NotFound("No redacted message with that id.")
    msg.body = msg.original_body
    msg.redacted = False
    msg.released_at = utcnow()
    audit.record(
        owner, "redaction_released", f"message:{msg.id}", conversation_id=msg.conversation_id
    )
    db.session.commit()
    messages.fan_out(msg.conversation, msg, event=realtime.MESSAGE_UPDATED)
    return payloads.redaction(msg)


def per_person(owner: User) -> list[dict]:
    """Redaction counts per sender: in the last 7 days and in all, busiest first."""
    _require_owner(owner)
    week_ago = utcnow() - timedelta(days=7)
    rows = db.session.execute(
        select(
            User,
            func.count(Message.id),
            func.sum(func.cast(Message.created_at >= week_ago, db.Integer)),
        )
        .join(Message, Message.sender_id == User.id)
        .where(or_(Message.redacted.is_(True), Message.released_at.is_not(None)))
        .group_by(User.id)
        .order_by(func.count(Message.id).desc())
    ).all()
    return [
        {**payloads.person(user), "total": total, "last_7_days": int(recent or 0)}
        for user, total, recent in rows
    ]


def check_alert(msg: Message) -> None:
    """After a filtered message is committed: alert the owners when its sender crosses the
    threshold of attempts in 24 hours, or when it asks to move off the platform."""
    kinds = {f.get("kind") for f in msg.findings or []}
    if not kinds:
        return
    since = utcnow() - ALERT_WINDOW
    count = db.session.scalar(
        select(func.count(Message.id)).where(
            Message.sender_id == msg.sender_id,
            Message.created_at >= since,
            func.length(func.cast(Message.findings, db.String)) > 2,
        )
    )
    reasons = []
    if "solicitation" in kinds:
        reasons.append("solicitation")
    if count == current_app.config["ALERT_THRESHOLD"]:
        reasons.append("repeated_attempts")
    for reason in reasons:
        audit.record(
            msg.sender,
            "alert",
            f"user:{msg.sender_id}",
            reason=reason,
            conversation_id=msg.conversation_id,
            message_id=msg.id,
            count=count,
        )
    if not reasons:
        return
    db.session.commit()
    owners = _owners()
    for reason in reasons:
        event = payloads.alert(msg, reason, count)
        for owner in owners:
            realtime.publish(realtime.ALERT, event, to=realtime.user_room(owner.id))


def alerts(owner: User, *, limit: int = 50) -> list[dict]:
    """Recent alerts, newest first."""
    _require_owner(owner)
    rows = db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "alert")
        .order_by(AuditEvent.id.desc())
        .limit(max(1, min(limit, 500)))
    )
    return [payloads.audit_event(e) for e in rows]
