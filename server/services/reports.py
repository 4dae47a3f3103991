"""Numbers for the owner's dashboard, transcripts, and the workspace backup."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import timedelta

from sqlalchemy import func, select

from server import payloads
from server.database import utcnow
from server.errors import NotFound
from server.extensions import db
from server.models import AuditEvent, Conversation, Message, Pseudonym, Setting, User
from server.services import access, audit

WEEKS = 8


def _response_times(rows) -> tuple[dict[int, list[float]], dict[int, list[float]]]:  # noqa: ANN001
    """Per conversation, seconds from a client's message to the next staff reply: the first
    such wait (first response) and every wait (reply time), keyed by conversation."""
    first: dict[int, list[float]] = defaultdict(list)
    every: dict[int, list[float]] = defaultdict(list)
    waiting: dict[int, object] = {}
    answered: set[int] = set()
    for conv_id, role, created in rows:
        if role == "client":
            waiting.setdefault(conv_id, created)
        elif conv_id in waiting:
            delta = (created - waiting.pop(conv_id)).total_seconds()
            every[conv_id].append(delta)
            if conv_id not in answered:
                first[conv_id].append(delta)
                answered.add(conv_id)
    return first, every


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def stats(owner: User) -> dict:
    """Open and unassigned counts, response times per contractor and overall, weekly
    redaction attempts."""
    access.require_owner(owner)
    counts = dict(
        db.session.execute(
            select(Conversation.status, func.count(Conversation.id)).group_by(Conversation.status)
        ).all()
    )
    unassigned = db.session.scalar(
        select(func.count(Conversation.id)).where(
            Conversation.status == "open", Conversation.contractor_id.is_(None)
        )
    )
    rows = db.session.execute(
        select(Message.conversation_id, Message.sender_role, Message.created_at)
        .where(Message.note.is_(False))
        .order_by(Message.id)
    ).all()
    first, every = _response_times(rows)
    owner_of = dict(db.session.execute(select(Conversation.id, Conversation.contractor_id)).all())
    per: dict[int, dict[str, list[float]]] = defaultdict(lambda: {"first": [], "every": []})
    for conv_id, values in first.items():
        per[owner_of.get(conv_id)]["first"].extend(values)
    for conv_id, values in every.items():
        per[owner_of.get(conv_id)]["every"].extend(values)
    contractors = db.session.scalars(select(User).where(User.role == "contractor")).all()
    load = dict(
        db.session.execute(
            select(Conversation.contractor_id, func.count(Conversation.id))
            .where(Conversation.status == "open")
            .group_by(Conversation.contractor_id)
        ).all()
    )
    return {
        "open": counts.get("open", 0),
        "closed": counts.get("closed", 0),
        "unassigned": unassigned,
        "median_first_response_s": _median([v for vs in first.values() for v in vs]),
        "median_reply_s": _median([v for vs in every.values() for v in vs]),
        "contractors": [
            {
                "id": c.id,
                "name": c.name,
                "status": c.status,
                "open_count": load.get(c.id, 0),
                "median_first_response_s": _median(per[c.id]["first"]),
                "median_reply_s": _median(per[c.id]["every"]),
            }
            for c in contractors
        ],
        "redactions_per_week": _weekly_redactions(),
    }


def _weekly_redactions() -> list[dict]:
    since = utcnow() - timedelta(weeks=WEEKS)
    created = db.session.scalars(
        select(Message.created_at).where(
            Message.created_at >= since,
            func.length(func.cast(Message.findings, db.String)) > 2,
        )
    ).all()
    buckets: dict[str, int] = {}
    for week in range(WEEKS - 1, -1, -1):
        day = utcnow() - timedelta(weeks=week)
        buckets[day.strftime("%G-W%V")] = 0
    for when in created:
        key = when.strftime("%G-W%V")
        if key in buckets:
            buckets[key] += 1
    return [{"week": k, "count": v} for k, v in buckets.items()]


def transcript(viewer: User, conversation_id: int) -> dict:
    """A conversation as this viewer may see it, for download: the owner with real names, the
    client with the brand. Never for a contractor."""
    if viewer.role == "contractor":
        raise NotFound("Conversation not found.")
    conv = access.get_conversation(viewer, conversation_id)
    viewing = access.viewing(viewer, {conv.client_id})
    query = select(Message).where(Message.conversation_id == conv.id).order_by(Message.id)
    if viewer.role == "client":
        query = query.where(Message.note.is_(False))
    msgs = [payloads.message(m, viewing) for m in db.session.scalars(query)]
    audit.record(viewer, "transcript_exported", f"conversation:{conv.id}")
    db.session.commit()
    return {"conversation": payloads.conversation(conv, viewing), "messages": msgs}


def transcript_text(viewer: User, conversation_id: int) -> str:
    """The transcript as plain text, one line per message."""
    data = transcript(viewer, conversation_id)
    lines = [data["conversation"]["title"], ""]
    for m in data["messages"]:
        who = (
            m.get("sender_real_name", m["sender_name"])
            if viewer.role == "owner"
            else (m["sender_name"])
        )
        note = " (private note)" if m["note"] else ""
        lines.append(f"[{m['created_at']}] {who}{note}: {m['body']}")
    return "\n".join(lines) + "\n"


def workspace(owner: User) -> dict:
    """The whole workspace as JSON, for backup (no password hashes, no session keys)."""
    access.require_owner(owner)

    def rows(model, exclude=()):  # noqa: ANN001, ANN202
        cols = [c.name for c in model.__table__.columns if c.name not in exclude]
        out = []
        for obj in db.session.scalars(select(model).order_by(*model.__table__.primary_key)):
            out.append({c: _plain(getattr(obj, c)) for c in cols})
        return out

    data = {
        "users": rows(User, exclude=("password_hash",)),
        "conversations": rows(Conversation),
        "messages": rows(Message),
        "pseudonyms": rows(Pseudonym),
        "settings": rows(Setting),
        "audit_events": rows(AuditEvent),
        "exported_at": payloads.iso(utcnow()),
    }
    audit.record(owner, "workspace_exported", None)
    db.session.commit()
    return data


def _plain(value: object) -> object:
    return payloads.iso(value) if hasattr(value, "isoformat") else value
