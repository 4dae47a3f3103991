"""Lists stay live (unread badges, previews, new assignments) and reassignment revokes at once."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSWORD = "browser-test-password"


def api(page, method: str, path: str, body: dict | None = None) -> dict:
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    if method == "GET":
        r = page.request.get(path)
    else:
        r = page.request.post(
            path,
            data=body or {},
            headers={"X-CSRFToken": token, "Content-Type": "application/json"},
        )
    assert r.ok, (r.status, r.text())
    return r.json()


def test_unread_badges_and_reassignment(live_server, sign_in):
    live_server.create_user("owner", "owner@example.test", "Olivia Grant", PASSWORD)
    k1 = live_server.create_user("contractor", "k1@example.test", "Sam Okafor", PASSWORD)
    k2 = live_server.create_user("contractor", "k2@example.test", "Lena Fischer", PASSWORD)
    live_server.create_user("client", "c@example.test", "Zelda Quixote", PASSWORD)
    owner = sign_in("owner@example.test", PASSWORD)
    client = sign_in("c@example.test", PASSWORD)
    first = sign_in("k1@example.test", PASSWORD)
    second = sign_in("k2@example.test", PASSWORD)

    cid = api(client.page, "POST", "/api/conversations", {"title": "Logo", "body": "A new logo"})[
        "conversation"
    ]["id"]
    api(owner.page, "POST", f"/api/conversations/{cid}/assign", {"contractor_id": k1})
    first.page.reload()
    client.page.reload()
    k1_row = first.page.locator(".conv", has_text="Logo")
    expect(k1_row.locator(".badge")).to_have_text("1")  # the client's first message
    client_row = client.page.locator(".conv", has_text="Logo")
    expect(client_row.locator(".badge")).to_have_count(0)

    # The owner writes as the brand: both lists update live, with unread counts.
    api(
        owner.page,
        "POST",
        f"/api/conversations/{cid}/messages",
        {
            "body": "Welcome! Sam will take it from here.",
            "client_msg_id": "owner-1",
        },
    )
    expect(client_row.locator(".badge")).to_have_text("1")
    expect(client_row.locator(".conv__preview")).to_have_text(
        "Welcome! Sam will take it from here."
    )
    expect(client.page).to_have_title(re.compile(r"^\(1\) "))
    expect(k1_row.locator(".badge")).to_have_text("2")

    # Opening the chat marks it read; back on the list the badge is gone.
    client_row.click()
    expect(client.page.locator(".msg__body", has_text="Welcome!")).to_be_visible()
    client.page.wait_for_timeout(800)
    client.page.go_back()
    expect(client.page.locator(".conv", has_text="Logo")).to_be_visible()
    expect(client.page.locator(".conv", has_text="Logo").locator(".badge")).to_have_count(0)

    # Reassignment: the first contractor's open chat is revoked at once; the second gets it live.
    first.page.goto(f"/inbox/{cid}")
    expect(first.page.locator(".msg__body", has_text="A new logo")).to_be_visible()
    expect(second.page.locator("[data-empty]")).to_be_visible()
    api(owner.page, "POST", f"/api/conversations/{cid}/assign", {"contractor_id": k2})
    expect(first.page.locator("[data-chat-banner]")).to_have_text(
        "This conversation is no longer available."
    )
    expect(first.page.locator("[data-composer-input]")).to_be_disabled()
    expect(second.page.locator(".conv", has_text="Logo")).to_be_visible()
    first.page.goto("/inbox")
    expect(first.page.locator("[data-empty]")).to_be_visible()

    for person in (owner, client, first, second):
        assert [e for e in person.errors if "403" not in e and "404" not in e] == [], person.errors


def test_history_pages_in_with_load_earlier(live_server, sign_in):
    live_server.create_user("client", "c@example.test", "Zelda Quixote", PASSWORD)
    client = sign_in("c@example.test", PASSWORD)
    cid = api(client.page, "POST", "/api/conversations", {"title": "Long", "body": "message 0"})[
        "conversation"
    ]["id"]
    for i in range(1, 65):
        api(
            client.page,
            "POST",
            f"/api/conversations/{cid}/messages",
            {"body": f"message {i}", "client_msg_id": f"history-{i}"},
        )
    client.page.goto(f"/requests/{cid}")
    bodies = client.page.locator(".msg__body")
    expect(bodies).to_have_count(50)
    expect(bodies.last).to_have_text("message 64")
    client.page.get_by_role("button", name="Load earlier messages").click()
    expect(bodies).to_have_count(65)
    expect(bodies.first).to_have_text("message 0")
    expect(client.page.get_by_role("button", name="Load earlier messages")).to_be_hidden()
    assert bodies.all_inner_texts() == [f"message {i}" for i in range(65)]
