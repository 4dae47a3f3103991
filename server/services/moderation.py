"""The owner's review of the filter: redactions, releases, per-person counts and alerts."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy import func, or_, select

from server import payloads, realtime
from server.database import utcnow
from server.errors import NotFound
from server.extensions import db
from server.models import AuditEvent, BlockedMessage, Message, User
from server.services import access, audit, messages

ALERT_WINDOW = timedelta(hours=24)


def redactions(owner: User, *, limit: int = 200) -> list[dict]:
    """Every redacted (or released) message with its original, newest first."""
    access.require_owner(owner)
    rows = db.session.scalars(
        select(Message)
        .where(or_(Message.redacted.is_(True), Message.released_at.is_not(None)))
        .order_by(Message.id.desc())
        .limit(max(1, min(limit, 1000)))
    )
    return [payloads.redaction(m) for m in rows]


def release(owner: User, message_id: int) -> dict:
    """Deliver a wrongly redacted message as it was written; recorded in the audit log."""
    access.require_owner(owner)
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
    """Filtered and blocked messages per sender, in the last 7 days and in all, busiest first."""
    access.require_owner(owner)
    week_ago = utcnow() - timedelta(days=7)
    times = db.session.execute(
        select(Message.sender_id, Message.created_at).where(
            or_(Message.redacted.is_(True), Message.released_at.is_not(None))
        )
    ).all()
    times += db.session.execute(select(BlockedMessage.sender_id, BlockedMessage.created_at)).all()
    totals: dict[int, list[int]] = {}
    for sender_id, created in times:
        entry = totals.setdefault(sender_id, [0, 0])
        entry[0] += 1
        entry[1] += created >= week_ago
    people = db.session.scalars(select(User).where(User.id.in_(totals))).all()
    rows = [
        {**payloads.person(u), "total": totals[u.id][0], "last_7_days": totals[u.id][1]}
        for u in people
    ]
    return sorted(rows, key=lambda r: (-r["total"], r["name"]))


def _attempts_since(user_id: int, since) -> int:  # noqa: ANN001
    filtered = db.session.scalar(
        select(func.count(Message.id)).where(
            Message.sender_id == user_id,
            Message.created_at >= since,
            func.length(func.cast(Message.findings, db.String)) > 2,
        )
    )
    blocked = db.session.scalar(
        select(func.count(BlockedMessage.id)).where(
            BlockedMessage.sender_id == user_id, BlockedMessage.created_at >= since
        )
    )
    return (filtered or 0) + (blocked or 0)


def check_alert(sender: User, conversation_id: int, message_id: int | None, findings) -> None:  # noqa: ANN001
    """After a filtered or blocked message is committed: alert the owners when its sender
    reaches the threshold of attempts in 24 hours, or when it asks to move off the platform."""
    kinds = {f.get("kind") for f in findings or []}
    if not kinds:
        return
    count = _attempts_since(sender.id, utcnow() - ALERT_WINDOW)
    reasons = []
    if "solicitation" in kinds and not _recent_solicitation_alert(sender.id, conversation_id):
        reasons.append("solicitation")
    if count == current_app.config["ALERT_THRESHOLD"]:
        reasons.append("repeated_attempts")
    if not reasons:
        return
    for reason in reasons:
        audit.record(
            sender,
            "alert",
            f"user:{sender.id}",
            reason=reason,
            conversation_id=conversation_id,
            message_id=message_id,
            count=count,
        )
    db.session.commit()
    owners = access.owners()
    for reason in reasons:
        event = payloads.alert(sender, conversation_id, message_id, reason, count)
        for owner in owners:
            realtime.publish(realtime.ALERT, event, to=realtime.user_room(owner.id))


def _recent_solicitation_alert(user_id: int, conversation_id: int) -> bool:
    """One solicitation alert per person and conversation an hour is enough."""
    rows = db.session.scalars(
        select(AuditEvent.details).where(
            AuditEvent.action == "alert",
            AuditEvent.target == f"user:{user_id}",
            AuditEvent.created_at >= utcnow() - timedelta(hours=1),
        )
    )
    return any(
        d.get("reason") == "solicitation" and d.get("conversation_id") == conversation_id
        for d in rows
    )


def blocked(owner: User, *, limit: int = 200) -> list[dict]:
    """Messages refused by the block policy, with their originals, newest first."""
    access.require_owner(owner)
    rows = db.session.scalars(
        select(BlockedMessage).order_by(BlockedMessage.id.desc()).limit(max(1, min(limit, 1000)))
    )
    return [payloads.blocked(b) for b in rows]


def alerts(owner: User, *, limit: int = 50) -> list[dict]:
    """Recent alerts, newest first."""
    access.require_owner(owner)
    rows = db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "alert")
        .order_by(AuditEvent.id.desc())
        .limit(max(1, min(limit, 500)))
    )
    return [payloads.audit_event(e) for e in rows]
