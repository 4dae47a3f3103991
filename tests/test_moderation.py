"""The owner's review: redactions with originals, one-click release, per-person counts, alerts,
and the audit log."""

from __future__ import annotations

from tests.helpers import assign, open_request, received, without_timestamps


def _chat(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Logo", "hello")
    assign(owner, conv["id"], world.contractor.id)
    return client, owner, contractor, conv


def test_release_delivers_the_original_and_is_audited(world, login):
    client, owner, contractor, conv = _chat(world, login)
    k_sock = contractor.socket()
    body = "the file is on dropbox.com/s/abc123 if that helps"
    msg = client.post(f"/api/conversations/{conv['id']}/messages", {"body": body}).json["message"]
    assert msg["redacted"]
    received(k_sock)
    listed = owner.get("/api/redactions").json
    assert listed["redactions"][0]["message_id"] == msg["id"]
    assert listed["people"][0]["name"] == "Zelda Quixote" and listed["people"][0]["total"] == 1
    r = owner.post(f"/api/messages/{msg['id']}/release")
    assert r.status_code == 200 and r.json["redaction"]["released"] is True
    updated = received(k_sock, "message_updated")
    assert updated and updated[0][1]["body"] == body and updated[0][1]["redacted"] is False
    seen = contractor.get(f"/api/conversations/{conv['id']}/messages").json["messages"][-1]
    assert seen["body"] == body
    events = owner.get("/api/audit").json["events"]
    assert events[0]["action"] == "redaction_released"
    assert body not in str(events)  # no bodies in the audit log
    assert owner.post(f"/api/messages/{msg['id']}/release").status_code == 404  # only once
    assert contractor.post(f"/api/messages/{msg['id']}/release").status_code == 404
    assert client.get("/api/audit").status_code == 404


def test_repeated_attempts_and_solicitation_alert_the_owner(world, login, app):
    client, owner, contractor, conv = _chat(world, login)
    o_sock = owner.socket()
    received(o_sock)
    for n in range(3):
        contractor.post(
            f"/api/conversations/{conv['id']}/messages", {"body": f"+44 20 7946 09{n}{n}"}
        )
    alerts = received(o_sock, "alert")
    assert [a[1]["reason"] for a in alerts] == ["repeated_attempts"]
    assert alerts[0][1]["person"] == "Kasimir Contractor" and alerts[0][1]["count"] == 3
    client.post(
        f"/api/conversations/{conv['id']}/messages",
        {"body": "what's your whatsapp? let's talk outside this app"},
    )
    reasons = [a[1]["reason"] for a in received(o_sock, "alert")]
    assert reasons == ["solicitation"]
    listed = owner.get("/api/alerts").json["alerts"]
    assert [a["details"]["reason"] for a in listed][:2] == ["solicitation", "repeated_attempts"]
    # Clients and contractors never get alerts.
    assert contractor.get("/api/alerts").status_code == 404


def test_audit_log_lists_assignment_and_settings_without_personal_data(world, login):
    client, owner, contractor, conv = _chat(world, login)
    owner.post("/api/settings", {"brand_name": "Acme"})
    owner.post(f"/api/contractors/{world.contractor.id}/suspend")
    actions = [e["action"] for e in owner.get("/api/audit").json["events"]]
    for expected in ("assigned", "settings_changed", "suspended", "login"):
        assert expected in actions
    raw = without_timestamps(owner.get("/api/audit").get_data(as_text=True))
    for secret in ("zelda.quixote@canary.example", "0199", "Quixote Canaries"):
        assert secret not in raw
