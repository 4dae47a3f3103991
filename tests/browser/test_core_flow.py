"""The core flow in real browsers: a client, a contractor and the owner, each in their own context.

client opens a request → the owner sees it in the unassigned queue and assigns the contractor →
client and contractor chat live (typing shows, messages appear without reload) → a phone number
from the client is redacted for the contractor, the client sees the removal notice, the owner sees
the original. Throughout, nothing the contractor's browser receives names the client, and the
client only ever sees the brand.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSWORD = "browser-test-password"
BRAND = "BrightDesk"  # live_server sets BRAND_NAME
CLIENT = {
    "name": "Zelda Quixote",
    "email": "zelda.quixote@example.test",
    "phone": "+1 415 555 0134",
    "company": "Quixote Ventures",
}
CONTRACTOR = {"name": "Sam Okafor", "email": "sam.okafor@example.test"}
OWNER = {"name": "Olivia Grant", "email": "olivia@example.test"}
TITLE = "Refresh the pricing page"
PHONE = {"width": 375, "height": 740}
FIRST = "Hi! Can you rewrite our pricing page? Three tiers, friendly tone."


def client_canaries() -> list[str]:
    """Every form of the client's real details that must never reach the contractor."""
    digits = re.sub(r"\D", "", CLIENT["phone"])
    local = digits[-10:]
    return [
        CLIENT["name"],
        "Zelda",
        "Quixote",
        CLIENT["email"],
        CLIENT["email"].split("@")[0],
        CLIENT["company"],
        digits,
        local,
        f"{local[:3]} {local[3:6]} {local[6:]}",
        f"{local[:3]}-{local[3:6]}-{local[6:]}",
    ]


def assert_absent(text: str, needles: list[str], where: str) -> None:
    lowered = text.lower()
    for needle in needles:
        assert needle.lower() not in lowered, f"{needle!r} found in {where}"


def start_typing(page, text: str) -> None:
    """Real keystrokes in the composer, so the page emits `typing`."""
    box = page.locator("[data-composer-input]")
    box.click()
    box.press_sequentially(text[:6], delay=40)


def send(page, text: str, note: bool = False) -> None:
    box = page.locator("[data-composer-input]")
    if note:
        page.locator(".switch").click()
    box.fill(text)
    box.press("Enter")
    expect(box).to_have_value("")
    if note:
        page.locator(".switch").click()


def message(page, text: str):
    return page.locator(".msg", has=page.locator(".msg__body", has_text=text))


def test_core_flow_three_roles(live_server, sign_in, screenshot):
    live_server.create_user("owner", OWNER["email"], OWNER["name"], PASSWORD)
    contractor_id = live_server.create_user(
        "contractor", CONTRACTOR["email"], CONTRACTOR["name"], PASSWORD
    )
    live_server.create_user(
        "client",
        CLIENT["email"],
        CLIENT["name"],
        PASSWORD,
        phone=CLIENT["phone"],
        company=CLIENT["company"],
    )

    owner = sign_in(OWNER["email"], PASSWORD)
    contractor = sign_in(CONTRACTOR["email"], PASSWORD, record=True)
    client = sign_in(CLIENT["email"], PASSWORD)
    expect(owner.page).to_have_url(re.compile(r"/console$"))
    expect(contractor.page).to_have_url(re.compile(r"/inbox$"))
    expect(client.page).to_have_url(re.compile(r"/requests$"))
    expect(contractor.page.locator("[data-empty]")).to_be_visible()

    # The client opens a request; the owner's console (already open) shows it live.
    client.page.click("text=New request >> nth=0")
    client.page.fill("#title", TITLE)
    client.page.fill("#body", FIRST)
    client.page.click("main form button[type=submit]")
    expect(client.page).to_have_url(re.compile(r"/requests/\d+$"))
    conversation_id = int(client.page.url.rsplit("/", 1)[1])
    expect(message(client.page, FIRST)).to_have_class(re.compile(r"msg--mine"))
    expect(client.page.locator("[data-chat-subtitle]")).to_have_text(BRAND)

    queue_row = owner.page.locator("[data-queue-id]", has_text=TITLE)
    expect(queue_row).to_be_visible()
    expect(queue_row).to_contain_text(CLIENT["name"])
    expect(queue_row).to_contain_text(CLIENT["company"])

    # Assign: the queue empties and the contractor's inbox (already open) gets the request live.
    queue_row.locator("select").select_option(value=str(contractor_id))
    queue_row.get_by_role("button", name="Assign").click()
    expect(owner.page.locator("[data-queue]")).to_be_hidden()
    owner_row = owner.page.locator(".orow", has_text=TITLE)
    expect(owner_row).to_contain_text(CONTRACTOR["name"])
    expect(owner_row).to_contain_text("Waiting on contractor")

    inbox_row = contractor.page.locator(".conv", has_text=TITLE)
    expect(inbox_row).to_be_visible()
    pseudonym = inbox_row.locator(".conv__sub").inner_text().strip()
    assert pseudonym.startswith("Client "), pseudonym
    inbox_row.click()
    expect(contractor.page).to_have_url(re.compile(rf"/inbox/{conversation_id}$"))
    expect(contractor.page.locator("[data-chat-subtitle]")).to_have_text(pseudonym)
    expect(message(contractor.page, FIRST)).to_contain_text(pseudonym)

    owner.page.goto(f"/console/conversations/{conversation_id}")
    expect(owner.page.locator("[data-client-email]")).to_have_text(CLIENT["email"])

    # Contractor replies: the client sees typing, then the message, from the brand.
    reply = "Happy to help! Do you want monthly and yearly prices side by side?"
    start_typing(contractor.page, reply)
    expect(client.page.locator("[data-typing]")).to_contain_text(f"{BRAND} is typing")
    send(contractor.page, reply)
    got = message(client.page, reply)
    expect(got).to_have_class(re.compile(r"msg--theirs"))
    expect(got.locator(".msg__name")).to_have_text(BRAND)
    expect(message(contractor.page, reply).locator(".msg__status")).not_to_contain_text("Sending")
    expect(message(owner.page, reply)).to_contain_text(CONTRACTOR["name"])

    # The client answers with a phone number: redacted for the contractor, noticed by the client,
    # shown in full to the owner.
    leaky = f"Yes please. If anything is unclear call me on {CLIENT['phone']}."
    start_typing(client.page, leaky)
    expect(contractor.page.locator("[data-typing]")).to_contain_text(f"{pseudonym} is typing")
    send(client.page, leaky)
    redacted = contractor.page.locator(".msg--theirs").last
    expect(redacted).to_contain_text("Yes please. If anything is unclear call me on")
    expect(redacted.locator(".redaction")).to_be_visible()
    mine = client.page.locator(".msg--mine").last
    expect(mine.locator(".msg__notice")).to_contain_text("We removed contact details")
    expect(mine.locator(".msg__notice")).to_contain_text("can't be shared here")
    original = owner.page.locator(".msg--redacted").last.locator(".msg__original")
    expect(original).to_contain_text("Original")
    expect(original).to_contain_text(CLIENT["phone"])

    # A private note from the contractor reaches the owner, never the client.
    note = "Note for the owner: the client may want a call, I suggested sticking to chat."
    send(contractor.page, note, note=True)
    expect(message(owner.page, note)).to_have_class(re.compile(r"msg--note"))
    # The owner answers as the brand; the client sees the brand, never the owner's name.
    brand_reply = "Hi from the team — we'll have a first draft for you on Thursday."
    send(owner.page, brand_reply)
    expect(message(client.page, brand_reply).locator(".msg__name")).to_have_text(BRAND)
    expect(message(contractor.page, brand_reply)).to_be_visible()
    expect(client.page.locator(".msg")).to_have_count(4)
    assert note not in client.page.content()

    # Privacy across the mask, on everything each browser was sent.
    contractor.page.reload()
    expect(message(contractor.page, brand_reply)).to_be_visible()
    contractor.page.goto("/inbox")
    expect(contractor.page.locator(".conv", has_text=TITLE)).to_be_visible()
    seen_by_contractor = contractor.received()
    assert contractor.frames and len(contractor.bodies) > 5  # the recording did record
    assert pseudonym in seen_by_contractor and FIRST in seen_by_contractor
    assert_absent(seen_by_contractor, client_canaries(), "the contractor's browser")
    for page in (client.page,):
        html = page.content()
        for name in (CONTRACTOR["name"], OWNER["name"], "Sam", "Olivia", CONTRACTOR["email"]):
            assert name not in html, f"{name!r} on the client's page"

    # Screenshots of this run (test-artifacts/); the README's come from test_screenshots.py.
    screenshot(client.page, "client-chat.png")
    contractor.page.goto(f"/inbox/{conversation_id}")
    expect(message(contractor.page, brand_reply)).to_be_visible()
    screenshot(contractor.page, "contractor-chat.png")
    screenshot(owner.page, "owner-conversation.png")
    owner.page.goto("/console")
    expect(owner.page.locator(".orow", has_text=TITLE)).to_be_visible()
    screenshot(owner.page, "owner-console.png")

    phone = sign_in(CLIENT["email"], PASSWORD, viewport=PHONE)
    phone.page.goto(f"/requests/{conversation_id}")
    expect(message(phone.page, brand_reply)).to_be_visible()
    screenshot(phone.page, "client-chat-mobile.png")

    for person in (owner, contractor, client, phone):
        assert person.errors == [], person.errors
