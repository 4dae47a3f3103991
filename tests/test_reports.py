"""Dashboard numbers, transcripts per viewer, and the workspace backup."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from server.extensions import db
from server.models import Message
from tests.helpers import assign, open_request


def test_stats_response_times_and_counts(app, world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "A", "first question")
    open_request(login(world.client_b), "B", "unassigned one")
    assign(owner, conv["id"], world.contractor.id)
    contractor.post(f"/api/conversations/{conv['id']}/messages", {"body": "answer"})
    client.post(f"/api/conversations/{conv['id']}/messages", {"body": "follow-up"})
    contractor.post(f"/api/conversations/{conv['id']}/messages", {"body": "second answer"})
    with app.app_context():  # spread the messages out: 60 s, then 30 s later, then 90 s
        msgs = db.session.scalars(
            select(Message).where(Message.conversation_id == conv["id"]).order_by(Message.id)
        ).all()
        base = msgs[0].created_at
        for msg, offset in zip(msgs, (0, 60, 90, 180), strict=True):
            msg.created_at = base + timedelta(seconds=offset)
        db.session.commit()
    s = owner.get("/api/stats").json
    assert (s["open"], s["unassigned"]) == (2, 1)
    assert s["median_first_response_s"] == 60.0
    assert s["median_reply_s"] == 75.0  # the waits were 60 s and 90 s
    kas = next(c for c in s["contractors"] if c["id"] == world.contractor.id)
    assert (kas["open_count"], kas["median_first_response_s"]) == (1, 60.0)
    assert len(s["redactions_per_week"]) == 8
    assert contractor.get("/api/stats").status_code == 404


def test_transcripts_follow_the_mask_and_are_refused_to_contractors(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Logo", "hello there")
    assign(owner, conv["id"], world.contractor.id)
    contractor.post(f"/api/conversations/{conv['id']}/messages", {"body": "Kas replying"})
    contractor.post(f"/api/conversations/{conv['id']}/messages", {"body": "n", "note": True})
    mine = client.get(f"/api/conversations/{conv['id']}/transcript").get_data(as_text=True)
    assert "BrightDesk: Kas replying" in mine and "Kasimir" not in mine
    assert "private note" not in mine
    full = owner.get(f"/api/conversations/{conv['id']}/transcript").get_data(as_text=True)
    assert "Kasimir Contractor: Kas replying" in full and "Zelda Quixote: hello there" in full
    assert "private note" in full
    assert contractor.get(f"/api/conversations/{conv['id']}/transcript").status_code == 404
    other = login(world.client_b).get(f"/api/conversations/{conv['id']}/transcript")
    assert other.status_code == 404


def test_workspace_backup_has_everything_but_secrets(world, login):
    client, owner = login(world.client), login(world.owner)
    open_request(client, "Logo", "hello")
    data = owner.get("/api/export").json
    assert {"users", "conversations", "messages", "pseudonyms", "settings", "audit_events"} <= set(
        data
    )
    assert all("password_hash" not in u for u in data["users"])
    assert data["messages"][0]["original_body"] == "hello"
    assert login(world.contractor).get("/api/export").status_code == 404
