"""The owner's console in real browsers (issue 6, "Done when"): the client, two contractors and the
owner each in their own context.

assign to A → reassign to B (A's open page says the conversation is gone and stops receiving
messages; B sees the history under B's own pseudonym; the client sees the brand throughout) → the
client shares contact details three times (the owner's Review page gets a live alert and a nav
badge) → the owner releases the email on the Review page and B's open page shows it → the owner
suspends B (B's page loses its session) → the owner erases the client and the contractor sees
"Deleted client". Also: the dashboard, the audit log, settings, and both transcripts.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy
from playwright.sync_api import expect

from server.services import demo
from tests.conftest import http_login

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSWORD = "browser-test-password"
BRAND = "BrightDesk"  # live_server sets BRAND_NAME
OWNER = {"name": "Olivia Grant", "email": "olivia@example.test"}
CLIENT = {
    "name": "Zelda Quixote",
    "email": "zelda.quixote@example.test",
    "phone": "+1 415 555 0134",
    "company": "Quixote Ventures",
}
A = {"name": "Sam Okafor", "email": "sam.okafor@example.test"}
B = {"name": "Rita Moreno", "email": "rita.moreno@example.test"}
TITLE = "Logo refresh for the spring campaign"
FIRST = "Hello! We need a refreshed logo for spring. Something lighter, same colours."
EMAIL = "zq.studio@protonmail.com"
LEAKY = f"Easier by email: write to {EMAIL} and I'll send the files."


LEAKS = [  # the other demo clients, earlier weeks (the screenshot test)
    "Could you text me the draft? My cell is 415-555-0199.",
    "Find our current brochure at greenleafyoga-studio.com/brochure.",
    "Ping me on Instagram @harbour.tom, that's where I'm quickest.",
    "Send the invoice to ines.moreau.design@outlook.com please.",
]


def message(page, text: str):
    return page.locator(".msg", has=page.locator(".msg__body", has_text=text))


def send(page, text: str) -> None:
    box = page.locator("[data-composer-input]")
    box.fill(text)
    box.press("Enter")
    expect(box).to_have_value("")


def assign_from_conversation(owner_page, contractor_id: int, button: str) -> None:
    owner_page.select_option("#assign-select", value=str(contractor_id))
    owner_page.get_by_role("button", name=button, exact=True).click()


def settle(page) -> None:
    expect(page.locator("[aria-busy=true]")).to_have_count(0)
    expect(page.locator("[data-conn-status]")).to_be_hidden()
    page.wait_for_timeout(300)


def test_assign_reassign_review_release_suspend_erase(live_server, sign_in, screenshot):
    live_server.create_user("owner", OWNER["email"], OWNER["name"], PASSWORD)
    a_id = live_server.create_user("contractor", A["email"], A["name"], PASSWORD)
    b_id = live_server.create_user("contractor", B["email"], B["name"], PASSWORD)
    live_server.create_user(
        "client",
        CLIENT["email"],
        CLIENT["name"],
        PASSWORD,
        phone=CLIENT["phone"],
        company=CLIENT["company"],
    )
    owner = sign_in(OWNER["email"], PASSWORD)
    client = sign_in(CLIENT["email"], PASSWORD)
    a = sign_in(A["email"], PASSWORD)
    b = sign_in(B["email"], PASSWORD)

    # The client opens a request.
    client.page.goto("/requests/new")
    client.page.fill("#title", TITLE)
    client.page.fill("#body", FIRST)
    client.page.click("main form button[type=submit]")
    expect(client.page).to_have_url(re.compile(r"/requests/\d+$"))
    conv = int(client.page.url.rsplit("/", 1)[1])
    expect(client.page.locator("[data-chat-subtitle]")).to_have_text(BRAND)

    # Assign to A; A works on it with the page open.
    owner.page.goto(f"/console/conversations/{conv}")
    expect(owner.page.locator("[data-client-email]")).to_have_text(CLIENT["email"])
    assign_from_conversation(owner.page, a_id, "Assign")
    expect(owner.page.locator("[data-assigned]")).to_have_text(f"Assigned to {A['name']}.")
    a.page.goto(f"/inbox/{conv}")
    expect(message(a.page, FIRST)).to_be_visible()
    a_pseudonym = a.page.locator("[data-chat-subtitle]").inner_text().strip()
    assert a_pseudonym.startswith("Client "), a_pseudonym
    settle(a.page)
    send(a.page, "Hi! Happy to help. Any shapes you love or hate?")
    expect(message(client.page, "Any shapes you love")).to_be_visible()

    # Reassign to B: A's open page loses the conversation at once.
    assign_from_conversation(owner.page, b_id, "Reassign")
    expect(owner.page.locator("[data-assigned]")).to_have_text(f"Assigned to {B['name']}.")
    expect(a.page.locator("[data-chat-banner]")).to_have_text(
        "This conversation is no longer available."
    )
    expect(a.page.locator("[data-composer-input]")).to_be_disabled()
    b.page.goto(f"/inbox/{conv}")
    expect(message(b.page, FIRST)).to_be_visible()
    expect(message(b.page, "Any shapes you love")).to_be_visible()  # the history, A's included
    b_pseudonym = b.page.locator("[data-chat-subtitle]").inner_text().strip()
    assert b_pseudonym.startswith("Client "), b_pseudonym
    expect(message(b.page, FIRST)).to_contain_text(b_pseudonym)
    if a_pseudonym != b_pseudonym:
        assert a_pseudonym not in b.page.content()
    settle(b.page)

    # The client noticed nothing: still the brand, no contractor anywhere.
    expect(client.page.locator("[data-chat-subtitle]")).to_have_text(BRAND)
    expect(message(client.page, "Any shapes you love").locator(".msg__name")).to_have_text(BRAND)
    send(b.page, "Rita here — I mean, the team here. Round shapes it is.")
    expect(message(client.page, "Round shapes")).to_be_visible()
    for name in (A["name"], B["name"], OWNER["name"], "Sam", "Rita", "Olivia"):
        assert name not in client.page.content(), f"{name!r} on the client's page"

    # The owner watches the Review page while the client keeps sharing contact details.
    owner.page.goto("/console/review")
    settle(owner.page)
    expect(owner.page.locator("[data-alerts]")).to_contain_text("No alerts")
    expect(owner.page.locator("[data-alert-badge]")).to_be_hidden()
    send(client.page, LEAKY)
    send(client.page, f"Or call {CLIENT['phone']} any time after 5.")
    send(client.page, "Our old site is at quixote-old.studio/logo if that helps.")
    # B gets the filtered copies; A's page, no longer allowed, gets nothing.
    theirs = b.page.locator(".msg--theirs", has=b.page.locator(".redaction"))
    expect(theirs).to_have_count(3)
    expect(message(b.page, "Easier by email")).not_to_contain_text(EMAIL)
    # The third attempt within 24 hours raises an alert, live, with a badge on the nav item.
    alert = owner.page.locator(".alert-item.is-new")
    expect(alert).to_have_count(1)
    expect(alert).to_contain_text(f"{CLIENT['name']} (client)")
    expect(alert).to_contain_text("3 times in 24 hours")
    expect(owner.page.locator("[data-alert-badge]")).to_have_text(re.compile(r"^1"))
    expect(owner.page.locator(".toast")).to_contain_text("Alert:")

    # The Review page: who, where, what, the original beside the filtered text.
    item = owner.page.locator(".redaction-item", has_text=EMAIL)
    expect(item).to_contain_text(CLIENT["name"])
    expect(item.locator(".role-tag")).to_have_text("client")
    expect(item.locator(f'a[href="/console/conversations/{conv}"]')).to_have_count(1)
    expect(item.locator(".compare__col--original")).to_contain_text(LEAKY)
    expect(item.locator(".compare__col--delivered")).not_to_contain_text(EMAIL)
    expect(item.locator(".compare__col--delivered .redaction")).to_be_visible()
    expect(item.locator(".kinds")).to_contain_text("email address")
    expect(owner.page.locator("[data-people] tr", has_text=CLIENT["name"])).to_contain_text("3")
    # B's "Rita here" gave B's own name away to the client: filtered too.
    expect(owner.page.locator(".redaction-item")).to_have_count(4)
    expect(owner.page.locator(".redaction-item", has_text="Rita here")).to_contain_text(B["name"])
    screenshot(owner.page, "owner-review-flow.png")

    # Release the email: one click, "Released", and B's open page shows the original text.
    item.get_by_role("button", name=re.compile("Release")).click()
    expect(item.locator(".redaction-item__released")).to_contain_text("Released")
    expect(message(b.page, "Easier by email")).to_contain_text(EMAIL)
    # A's page never received any of it.
    a.page.wait_for_timeout(500)
    for text in ("Easier by email", "Or call", "Our old site", "Round shapes"):
        expect(message(a.page, text)).to_have_count(0)

    # The Review nav badge is on every owner page (a new page load starts at zero).
    owner.page.goto("/console/dashboard")
    settle(owner.page)
    expect(owner.page.locator("[data-dash-value=open]")).to_have_text("1")
    expect(owner.page.locator("[data-dash-value=unassigned]")).to_have_text("0")
    expect(owner.page.locator("[data-dash-value=closed]")).to_have_text("0")
    assert owner.page.locator("[data-dash-value=median_first_response_s]").inner_text() != "–"
    team = owner.page.locator("[data-team] tr", has_text=B["name"])
    expect(team.locator("td").nth(1)).to_have_text("1")
    expect(owner.page.locator(".chart__bar")).to_have_count(8)
    expect(owner.page.locator(".chart__bar--now")).to_have_count(1)

    # Transcripts: the owner's has real names; the client's shows only the brand.
    owner.page.goto(f"/console/conversations/{conv}")
    href = owner.page.locator("[data-transcript]").get_attribute("href")
    text = owner.page.request.get(href).text()
    assert CLIENT["name"] in text and B["name"] in text
    link = client.page.get_by_role("link", name="Download transcript")
    expect(link).to_be_visible()
    text = client.page.request.get(link.get_attribute("href")).text()
    assert BRAND in text and "Round shapes" in text
    for name in (A["name"], B["name"], OWNER["name"]):
        assert name not in text

    # Suspend B from People: B's open page loses its session.
    owner.page.goto("/console/people")
    row = owner.page.locator("[data-contractors] tr", has_text=B["name"])
    expect(row).to_contain_text("Active")
    owner.page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name=f"Suspend {B['name']}").click()
    expect(row).to_contain_text("Suspended")
    expect(b.page).to_have_url(re.compile(r"/login"), timeout=15_000)
    row.get_by_role("button", name=f"Reinstate {B['name']}").click()
    expect(row).to_contain_text("Active")

    # Erase the client, with the in-page confirmation; the contractor sees "Deleted client".
    b2 = sign_in(B["email"], PASSWORD)
    expect(b2.page.locator(".conv", has_text=TITLE)).to_contain_text(b_pseudonym)
    client_row = owner.page.locator("[data-clients] tr", has_text=CLIENT["name"])
    expect(client_row.get_by_role("link", name=re.compile("as CSV"))).to_have_attribute(
        "href", re.compile(r"/api/clients/\d+/export\?format=csv$")
    )
    client_row.get_by_role("button", name=f"Erase {CLIENT['name']}").click()
    confirm = owner.page.get_by_role("button", name="Erase for good")
    expect(confirm).to_be_disabled()
    owner.page.get_by_label("Type ERASE to confirm").fill("erase")
    confirm.click()
    erased = owner.page.locator("[data-clients] tr", has_text="Deleted client")
    expect(erased).to_contain_text("Erased")
    expect(owner.page.locator("[data-clients]")).not_to_contain_text(CLIENT["name"])
    expect(client.page).to_have_url(re.compile(r"/login"), timeout=15_000)
    b2.page.reload()
    expect(b2.page.locator(".conv", has_text=TITLE)).to_contain_text("Deleted client")
    b2.page.goto(f"/inbox/{conv}")
    expect(b2.page.locator("[data-chat-subtitle]")).to_have_text("Deleted client")

    # The audit log tells the story in words.
    owner.page.goto("/console/audit")
    events = owner.page.locator("[data-events]")
    for words in (
        "Assigned a conversation",
        "Reassigned a conversation",
        "Released a filtered message",
        "Suspended an account",
        "Erased a client",
        "Alert",
    ):
        expect(events).to_contain_text(words)
    expect(events.locator("tr", has_text="Reassigned")).to_contain_text(f"to {B['name']}")

    for person in (owner, b2):
        assert person.errors == [], person.errors
    # The erased client's page was sent to /login by a 401, which Chromium logs; nothing else.
    assert all("401" in e for e in client.errors), client.errors


def test_settings_policy_and_domains(live_server, sign_in):
    live_server.create_user("owner", OWNER["email"], OWNER["name"], PASSWORD)
    owner = sign_in(OWNER["email"], PASSWORD)
    page = owner.page
    page.goto("/console/settings")
    expect(page.locator("#policy_to_contractor")).to_have_value("redact")
    expect(page.locator("#policy_to_contractor-hint")).to_contain_text("Remove the contact")
    page.select_option("#policy_to_client", "block")
    expect(page.locator("#policy_to_client-hint")).to_contain_text("Don't deliver")
    page.fill("#allowed_domains", "brightdesk.example\n\nDocs.BrightDesk.example\n")
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("[data-settings-status]")).to_contain_text("Saved")
    page.reload()
    expect(page.locator("#policy_to_client")).to_have_value("block")
    expect(page.locator("#allowed_domains")).to_have_value(
        "brightdesk.example\ndocs.brightdesk.example"
    )
    backup = page.get_by_role("link", name="Download workspace backup")
    assert page.request.get(backup.get_attribute("href")).ok
    page.get_by_role("link", name="Open the audit log").click()
    expect(page.locator("[data-events]")).to_contain_text("Changed settings")
    expect(page.locator("[data-events]")).to_contain_text("policy towards clients")
    assert owner.errors == [], owner.errors


def _spread_over_weeks(database_url: str) -> None:
    """The demo business is seeded in one instant; for the README picture, move each demo
    conversation to an earlier week and space its messages like people reply (minutes to hours),
    so the dashboard's medians and weekly chart have something to show."""
    engine = sqlalchemy.create_engine(database_url)
    sqlite = database_url.startswith("sqlite")
    now = datetime.now(UTC)
    gaps = [0, 14, 95, 38, 260, 22, 61]  # minutes between consecutive messages
    with engine.begin() as db:
        conv_ids = db.scalars(sqlalchemy.text("SELECT id FROM conversations ORDER BY id")).all()
        for n, conv_id in enumerate(conv_ids):
            when = now - timedelta(weeks=(n * 3) % 8, days=1 + n % 3, hours=n)
            ids = db.scalars(
                sqlalchemy.text("SELECT id FROM messages WHERE conversation_id = :c ORDER BY id"),
                {"c": conv_id},
            ).all()
            for i, message_id in enumerate(ids):
                when += timedelta(minutes=gaps[(i + n) % len(gaps)] + 3 * n)
                value = when.replace(tzinfo=None).isoformat(sep=" ") if sqlite else when
                db.execute(
                    sqlalchemy.text("UPDATE messages SET created_at = :w WHERE id = :i"),
                    {"w": value, "i": message_id},
                )
    engine.dispose()


def test_console_screenshots(live_server, sign_in, screenshot):
    """The README's pictures of the Review page and the dashboard, on the demo business."""
    output = live_server.run_cli("demo", "seed")
    for (_, email, *_rest), leak in zip(demo.CLIENTS[1:], LEAKS, strict=False):
        session = http_login(live_server.url, email, demo.PASSWORD)
        convs = session.get(live_server.url + "/api/conversations", timeout=10).json()
        first_id = convs["conversations"][0]["id"]
        url = f"{live_server.url}/api/conversations/{first_id}/messages"
        assert session.post(url, json={"body": leak}, timeout=10).ok
    _spread_over_weeks(live_server.database_url)
    logins = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("owner", "client") and "@" in parts[1]:
            logins.setdefault(parts[0], (parts[1], parts[2]))
    owner = sign_in(*logins["owner"])
    client = sign_in(*logins["client"])
    first = client.page.locator(".conv__link").first
    expect(first).to_be_visible()
    first.click()
    settle(client.page)
    for text in (
        "Here's my direct line: 212 555 0199, easier than typing.",
        "Or just email me at bakery.orders.mt@gmail.com and we can sort it out there.",
        "Let's move this to WhatsApp, it's quicker for me.",
    ):
        send(client.page, text)
        expect(message(client.page, text[:12])).to_be_visible()

    owner.page.goto("/console/review")
    settle(owner.page)
    expect(owner.page.locator(".redaction-item").first).to_be_visible()
    owner.page.set_viewport_size({"width": 1280, "height": 1000})
    screenshot(owner.page, "owner-review.png", docs=True)

    owner.page.set_viewport_size({"width": 1280, "height": 720})
    owner.page.goto("/console/dashboard")
    settle(owner.page)
    expect(owner.page.locator(".chart__bar")).to_have_count(8)
    screenshot(owner.page, "owner-dashboard.png", docs=True)

    # At phone width, for looking at (test-artifacts/).
    owner.page.set_viewport_size({"width": 375, "height": 740})
    screenshot(owner.page, "owner-dashboard-phone.png")
    owner.page.goto("/console/review")
    settle(owner.page)
    screenshot(owner.page, "owner-review-phone.png")
    owner.page.goto("/console/people")
    settle(owner.page)
    owner.page.get_by_role("button", name=re.compile("^Erase ")).first.click()
    screenshot(owner.page, "owner-people-phone.png")
    owner.page.goto("/console/audit")
    settle(owner.page)
    screenshot(owner.page, "owner-audit-phone.png")
    assert owner.errors == [], owner.errors
