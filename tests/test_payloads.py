"""What each viewer gets, field by field: brand for clients, pseudonyms for contractors."""

from __future__ import annotations

from tests.helpers import assign, open_request, without_timestamps

M_FIELDS = {
    "id",
    "conversation_id",
    "body",
    "sender_name",
    "sender_kind",
    "mine",
    "created_at",
    "client_msg_id",
    "redacted",
    "note",
}
C_FIELDS = {
    "id",
    "title",
    "status",
    "counterpart_name",
    "unread",
    "last_message_id",
    "last_message_at",
    "last_message_preview",
    "created_at",
}


def _setup(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Brochure", "Hello, I need a brochure.")
    assign(owner, conv["id"], world.contractor.id)
    r = contractor.post(
        f"/api/conversations/{conv['id']}/messages", {"body": "Sure thing", "client_msg_id": "c1"}
    )
    assert r.status_code == 201
    owner.post(f"/api/conversations/{conv['id']}/messages", {"body": "Owner here"})
    return client, owner, contractor, conv


def test_client_sees_only_the_brand(world, login):
    client, _owner, _contractor, conv = _setup(world, login)
    msgs = client.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert [set(m) for m in msgs] == [M_FIELDS] * 3
    assert [(m["sender_name"], m["sender_kind"], m["mine"]) for m in msgs] == [
        ("You", "me", True),
        ("BrightDesk", "brand", False),
        ("BrightDesk", "brand", False),
    ]
    assert msgs[1]["client_msg_id"] is None  # another person's client_msg_id is not shown
    c = client.get(f"/api/conversations/{conv['id']}").json["conversation"]
    assert set(c) == C_FIELDS
    assert c["counterpart_name"] == "BrightDesk"


def test_contractor_sees_the_pseudonym_and_owner_label(world, login):
    _client, _owner, contractor, conv = _setup(world, login)
    msgs = contractor.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    c = contractor.get(f"/api/conversations/{conv['id']}").json["conversation"]
    assert set(c) == C_FIELDS
    pseudonym = c["counterpart_name"]
    assert [(m["sender_name"], m["sender_kind"]) for m in msgs] == [
        (pseudonym, "client"),
        ("You", "me"),
        ("Owner", "owner"),
    ]
    assert all(set(m) == M_FIELDS for m in msgs)
    raw = without_timestamps(
        contractor.get(f"/api/conversations/{conv['id']}/messages").get_data(as_text=True)
    )
    for secret in ("Zelda", "Quixote", "canary.example", "0199", "client_id", "sender_id"):
        assert secret not in raw


def test_owner_sees_real_names_original_and_findings(world, login):
    _client, owner, _contractor, conv = _setup(world, login)
    msgs = owner.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert [m["sender_real_name"] for m in msgs] == [
        "Zelda Quixote",
        "Kasimir Contractor",
        "Olivia Owner",
    ]
    assert [m["sender_role"] for m in msgs] == ["client", "contractor", "owner"]
    assert all({"original_body", "findings"} <= set(m) for m in msgs)
    c = owner.get(f"/api/conversations/{conv['id']}").json["conversation"]
    assert c["client"]["email"] == "zelda.quixote@canary.example"
    assert c["contractor"]["name"] == "Kasimir Contractor"
    assert c["stage"] == "waiting_on_client"


def test_pseudonyms_are_pairwise_stable_and_unlinkable(world, login):
    client, owner = login(world.client), login(world.owner)
    first = open_request(client, "One", "first")
    second = open_request(client, "Two", "second")
    assign(owner, first["id"], world.contractor.id)
    assign(owner, second["id"], world.contractor.id)
    k = login(world.contractor).get("/api/conversations").json["conversations"]
    assert len({c["counterpart_name"] for c in k}) == 1  # stable for the pair
    assign(owner, second["id"], world.contractor_b.id)
    kb = login(world.contractor_b).get("/api/conversations").json["conversations"]
    assert kb[0]["counterpart_name"] != k[0]["counterpart_name"]  # differs per contractor


def test_redacted_message_own_notice_and_owner_original(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Call me", "hello")
    assign(owner, conv["id"], world.contractor.id)
    body = "write to me at zelda.quixote@canary.example please"
    r = client.post(f"/api/conversations/{conv['id']}/messages", {"body": body})
    mine = r.json["message"]
    assert mine["redacted"] is True and {"email", "identity"} & set(mine["removed_kinds"])
    assert "canary.example" not in mine["body"]
    seen = contractor.get(f"/api/conversations/{conv['id']}/messages").json["messages"][-1]
    assert "canary.example" not in seen["body"] and "[contact removed]" in seen["body"]
    assert "removed_kinds" not in seen
    orig = owner.get(f"/api/conversations/{conv['id']}/messages").json["messages"][-1]
    assert orig["original_body"] == body
    red = owner.get("/api/redactions").json["redactions"]
    assert red[0]["original_body"] == body and {"email", "identity"} & set(red[0]["kinds"])
    assert red[0]["sender_name"] == "Zelda Quixote"


def test_owner_words_and_client_titles_reach_contractors_without_client_details(world, login):
    client, owner, contractor = login(world.client), login(world.owner), login(world.contractor)
    conv = open_request(client, "Flyers for Quixote Canaries Ltd", "Hello")
    assign(owner, conv["id"], world.contractor.id)
    owner.post(f"/api/conversations/{conv['id']}/messages", {"body": "Hi Zelda, welcome back!"})
    owner.post(
        f"/api/conversations/{conv['id']}/messages",
        {"body": "Note: Zelda Quixote prefers email, zelda.quixote@canary.example", "note": True},
    )
    raw = contractor.get(f"/api/conversations/{conv['id']}/messages").get_data(as_text=True)
    raw += contractor.get("/api/conversations").get_data(as_text=True)
    for secret in ("Zelda", "Quixote", "canary.example"):
        assert secret not in raw
    mine = client.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert mine[-1]["body"] == "Hi Zelda, welcome back!"  # the client reads the owner as written
    assert client.get(f"/api/conversations/{conv['id']}").json["conversation"]["title"] == (
        "Flyers for Quixote Canaries Ltd"
    )
    seen = owner.get(f"/api/conversations/{conv['id']}/messages").json["messages"]
    assert seen[1]["contractor_body"] and "Zelda" not in seen[1]["contractor_body"]
