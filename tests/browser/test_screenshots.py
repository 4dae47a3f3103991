"""The README's screenshots: each role's main page and a conversation, on the demo business
(`flask demo seed`), at desktop width and, for the client's chat, at phone width."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 375, "height": 740}


def demo_logins(output: str) -> dict[str, tuple[str, str]]:
    """{role: (email, password)} from the lines `flask demo seed` prints."""
    logins = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("owner", "contractor", "client") and "@" in parts[1]:
            logins.setdefault(parts[0], (parts[1], parts[2]))
    return logins


def settle(page) -> None:
    """Waits until the page's live data has loaded and the connection is up."""
    expect(page.locator("[aria-busy=true]")).to_have_count(0)
    expect(page.locator("[data-conn-status]")).to_be_hidden()
    page.wait_for_timeout(300)


def test_readme_screenshots(live_server, sign_in, screenshot):
    logins = demo_logins(live_server.run_cli("demo", "seed"))
    assert set(logins) == {"owner", "contractor", "client"}, logins
    client = sign_in(*logins["client"])
    contractor = sign_in(*logins["contractor"])
    owner = sign_in(*logins["owner"])

    settle(client.page)
    screenshot(client.page, "client-requests.png", docs=True)
    settle(contractor.page)
    screenshot(contractor.page, "contractor-inbox.png", docs=True)
    settle(owner.page)
    expect(owner.page.locator(".orow").first).to_be_visible()
    screenshot(owner.page, "owner-console.png", docs=True)

    # The conversation the demo client and contractor share (else each one's first).
    client_ids = [
        int(re.search(r"(\d+)$", href).group(1))
        for href in client.page.locator(".conv__link").evaluate_all("els => els.map(e => e.href)")
    ]
    contractor_ids = [
        int(re.search(r"(\d+)$", href).group(1))
        for href in contractor.page.locator(".conv__link").evaluate_all(
            "els => els.map(e => e.href)"
        )
    ]
    shared = [i for i in client_ids if i in contractor_ids]
    conv = shared[0] if shared else client_ids[0]

    client.page.goto(f"/requests/{conv}")
    settle(client.page)
    screenshot(client.page, "client-chat.png", docs=True)
    contractor.page.goto(f"/inbox/{conv if shared else contractor_ids[0]}")
    settle(contractor.page)
    screenshot(contractor.page, "contractor-chat.png", docs=True)
    owner.page.goto(f"/console/conversations/{conv}")
    settle(owner.page)
    screenshot(owner.page, "owner-conversation.png", docs=True)

    phone = sign_in(*logins["client"], viewport=PHONE)
    phone.page.goto(f"/requests/{conv}")
    settle(phone.page)
    screenshot(phone.page, "client-chat-mobile.png", docs=True)

    for person in (client, contractor, owner, phone):
        assert person.errors == [], person.errors
