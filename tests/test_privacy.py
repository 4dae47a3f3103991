"""A client's data: export in JSON and CSV (counterparty anonymous), and erasure."""

from __future__ import annotations

import csv
import io

from server import config, create_app
from server.extensions import db
from tests.helpers import assign, open_request, without_timestamps


def _chat(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Books for Quixote Canaries Ltd", '=HYPERLINK("http://x")')
    assign(owner, conv["id"], world.contractor.id)
    contractor.post(f"/api/conversations/{conv['id']}/messages", {"body": "Kasimir here, on it"})
    client.post(f"/api/conversations/{conv['id']}/messages", {"body": "call me: +1 415 555 0199"})
    owner.post(f"/api/conversations/{conv['id']}/messages", {"body": "Hi Zelda, thanks!"})
    return client, owner, contractor, conv


def test_export_json_is_complete_and_keeps_the_contractor_anonymous(world, login):
    client, owner, contractor, conv = _chat(world, login)
    r = owner.get(f"/api/clients/{world.client.id}/export")
    assert r.status_code == 200
    data = r.json
    assert data["client"]["email"] == "zelda.quixote@canary.example"
    msgs = data["conversations"][0]["messages"]
    assert [m["sender_name"] for m in msgs] == ["You", "BrightDesk", "You", "BrightDesk"]
    assert msgs[2]["original_body"] == "call me: +1 415 555 0199"
    assert "Kasimir" not in r.get_data(as_text=True).replace("Kasimir here", "")
    assert contractor.get(f"/api/clients/{world.client.id}/export").status_code == 404
    assert client.get(f"/api/clients/{world.client.id}/export").status_code == 404


def test_export_csv_neutralises_formulas(world, login):
    _client, owner, _contractor, _conv = _chat(world, login)
    r = owner.get(f"/api/clients/{world.client.id}/export?format=csv")
    assert r.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0][:3] == ["conversation_id", "conversation_title", "message_id"]
    texts = [row[5] for row in rows[1:]]
    assert texts[0].startswith("'=HYPERLINK")
    assert not any(t[:1] in "=+-@" for t in texts)


def test_erasure_removes_identity_everywhere(tmp_path, monkeypatch, make_user):
    monkeypatch.setenv("SWITCHBOARD_TEST_DB", f"sqlite:///{tmp_path / 'erase.db'}")
    app = create_app(config.TestConfig)
    with app.app_context():
        db.create_all()
    from tests.conftest import Session

    def user(role, **kw):
        from server.services import auth

        with app.app_context():
            u = auth.create_user(
                role,
                kw["email"],
                kw["name"],
                "a-long-test-password",
                phone=kw.get("phone"),
                company=kw.get("company"),
            )
            return type("U", (), {"id": u.id, "email": u.email, "role": role})

    zelda = user(
        "client",
        email="zelda.quixote@canary.example",
        name="Zelda Quixote",
        phone="+1 415 555 0199",
        company="Quixote Canaries Ltd",
    )
    owner_u = user("owner", email="o@biz.example", name="Olivia Owner")
    kas = user("contractor", email="k@work.example", name="Kas Worker")
    client, owner, contractor = Session(app, zelda), Session(app, owner_u), Session(app, kas)
    conv = open_request(client, "Flyers for Quixote Canaries Ltd", "I am Zelda Quixote")
    assign(owner, conv["id"], kas.id)
    client.post(
        f"/api/conversations/{conv['id']}/messages",
        {"body": "mail zelda.quixote@canary.example or +1 415 555 0199"},
    )
    owner.post(f"/api/conversations/{conv['id']}/messages", {"body": "Thanks Zelda!"})
    sock = client.socket()
    r = owner.post(f"/api/clients/{zelda.id}/erase")
    assert r.status_code == 200 and r.json["client"]["name"] == "Deleted client"
    assert not sock.is_connected()
    assert client.get("/api/me").status_code == 401
    assert (
        contractor.get("/api/conversations").json["conversations"][0]["counterpart_name"]
        == "Deleted client"
    )
    assert owner.post(f"/api/clients/{zelda.id}/erase").status_code == 404
    for s in (owner, contractor):
        text = s.get("/api/conversations").get_data(as_text=True)
        text += s.get(f"/api/conversations/{conv['id']}/messages").get_data(as_text=True)
        text = without_timestamps(text)
        for secret in ("Zelda", "Quixote", "canary.example", "0199"):
            assert secret not in text, secret
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("erase.db*"))
    for secret in (b"zelda.quixote", b"Quixote", b"415 555 0199", b"+14155550199"):
        assert secret not in raw, secret
