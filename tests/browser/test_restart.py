"""Issue 4: the browser outbox. The server is killed (-9) while two people are sending, some
messages are written while it is down (one person even closes the tab), then it comes back:
every message arrives exactly once, in order, on both sides."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSWORD = "browser-test-password"


def api(page, method: str, path: str, body: dict | None = None) -> dict:
    """A JSON API call from inside the page's session (cookie and CSRF token included)."""
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    headers = {"X-CSRFToken": token, "Content-Type": "application/json"}
    if method == "GET":
        r = page.request.get(path)
    else:
        r = page.request.post(path, data=body or {}, headers=headers)
    assert r.ok, (r.status, r.text())
    return r.json()


def type_and_send(page, text: str) -> None:
    box = page.locator("[data-composer-input]")
    box.fill(text)
    box.press("Enter")


def bodies(page) -> list[str]:
    return page.locator(".msg__body").all_inner_texts()


def three_people(live_server, sign_in, title: str):  # noqa: ANN001, ANN201
    """An owner, a client and a contractor signed in, with one assigned request ("start")."""
    live_server.create_user("owner", "owner@example.test", "Olivia Grant", PASSWORD)
    contractor_id = live_server.create_user("contractor", "k@example.test", "Sam Okafor", PASSWORD)
    live_server.create_user("client", "c@example.test", "Zelda Quixote", PASSWORD)
    owner = sign_in("owner@example.test", PASSWORD)
    client = sign_in("c@example.test", PASSWORD)
    contractor = sign_in("k@example.test", PASSWORD)
    conv = api(client.page, "POST", "/api/conversations", {"title": title, "body": "start"})
    cid = conv["conversation"]["id"]
    api(owner.page, "POST", f"/api/conversations/{cid}/assign", {"contractor_id": contractor_id})
    return client, contractor, cid


def test_kill_and_restart_while_sending(live_server, sign_in):
    client, contractor, cid = three_people(live_server, sign_in, "Crash test")
    client.page.goto(f"/requests/{cid}")
    contractor.page.goto(f"/inbox/{cid}")
    expect(contractor.page.locator(".msg__body", has_text="start")).to_be_visible()

    sent_by_client: list[str] = []
    sent_by_contractor: list[str] = []
    # A burst from both sides; the server dies while these are in flight.
    for i in range(1, 7):
        type_and_send(client.page, f"client message {i}")
        sent_by_client.append(f"client message {i}")
        if i % 2 == 0:
            type_and_send(contractor.page, f"contractor message {i // 2}")
            sent_by_contractor.append(f"contractor message {i // 2}")
    live_server.kill()

    # While the server is down: both keep writing; the pages show it and keep the messages.
    for i in range(7, 10):
        type_and_send(client.page, f"client message {i}")
        sent_by_client.append(f"client message {i}")
    type_and_send(contractor.page, "contractor message 4")
    sent_by_contractor.append("contractor message 4")
    expect(client.page.locator("[data-conn-status]")).to_have_text(re.compile("Reconnecting"))
    expect(client.page.locator(".msg--sending").last).to_contain_text("client message 9")
    stored = client.page.evaluate("Object.keys(localStorage).filter(k => k.includes('outbox'))")
    assert stored, "the outbox is kept in localStorage"

    # The client closes the tab before the server is back: the outbox survives in storage.
    storage_page = client.page.context.new_page()
    client.page.close()
    live_server.start()
    storage_page.goto(f"/requests/{cid}")
    client.page = storage_page

    everything = ["start", *sent_by_client, *sent_by_contractor]
    for page in (client.page, contractor.page):
        for text in everything:
            expect(
                page.locator(".msg__body", has_text=re.compile(f"^{re.escape(text)}$"))
            ).to_have_count(1, timeout=30_000)
        expect(page.locator(".msg--sending, .msg--failed")).to_have_count(0, timeout=30_000)
        expect(page.locator("[data-conn-status]")).to_be_hidden()

    # The server's own record: each message exactly once, each sender's messages in order.
    stored_msgs = api(contractor.page, "GET", f"/api/conversations/{cid}/messages?limit=100")[
        "messages"
    ]
    texts = [m["body"] for m in stored_msgs]
    assert sorted(texts) == sorted(everything), texts
    assert [t for t in texts if t.startswith("client")] == sent_by_client
    assert [t for t in texts if t.startswith("contractor")] == sent_by_contractor
    ids = [m["id"] for m in stored_msgs]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    # Both pages show the server's order.
    assert bodies(contractor.page) == texts
    assert bodies(client.page) == texts
    assert (
        client.page.evaluate("Object.keys(localStorage).filter(k => k.includes('outbox')).length")
        == 0
    )


def test_a_message_relayed_late_still_arrives_after_a_reconnect(live_server, sign_in):
    """Server processes relay one conversation's messages each in order but not in step with
    each other, so a page can be sent message N+1 before N. If its connection then drops before
    N arrives, the catch-up on reconnect must still bring N. The page's WebSocket is routed here
    so that N's frame is held back and never delivered on that connection."""
    client, contractor, cid = three_people(live_server, sign_in, "Relay order")

    routes, held, hold = [], [], {"late": True}

    def route(ws) -> None:  # noqa: ANN001
        server = ws.connect_to_server()
        routes.append(ws)

        def to_page(frame) -> None:  # noqa: ANN001
            if hold["late"] and isinstance(frame, str) and "relayed late" in frame:
                held.append(frame)
            else:
                ws.send(frame)

        server.on_message(to_page)
        ws.on_message(server.send)

    contractor.page.route_web_socket(re.compile(r"/socket\.io/"), route)
    contractor.page.goto(f"/inbox/{cid}")
    client.page.goto(f"/requests/{cid}")
    expect(contractor.page.locator(".msg__body", has_text="start")).to_be_visible()

    type_and_send(client.page, "relayed late")
    expect(client.page.locator(".msg--sending")).to_have_count(0)
    type_and_send(client.page, "relayed first")
    expect(contractor.page.locator(".msg__body", has_text="relayed first")).to_be_visible()
    assert held, "the earlier message's live event was held back"
    expect(contractor.page.locator(".msg__body", has_text="relayed late")).to_have_count(0)

    # The connection drops before the earlier event was relayed; the page reconnects.
    hold["late"] = False
    routes[-1].close()
    expect(contractor.page.locator(".msg__body", has_text="relayed late")).to_have_count(
        1, timeout=20_000
    )
    assert len(routes) >= 2, "the page reconnected"
    assert bodies(contractor.page) == ["start", "relayed late", "relayed first"]
    assert not contractor.errors, contractor.errors
