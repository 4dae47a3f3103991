"""The owner's People and Settings pages: invite links, accepting one, suspending, branding."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSWORD = "browser-test-password"


def test_invite_accept_suspend_and_brand_settings(live_server, sign_in, browser):
    live_server.create_user("owner", "owner@example.test", "Olivia Grant", PASSWORD)
    owner = sign_in("owner@example.test", PASSWORD)
    page = owner.page

    # Create a contractor invite locked to an address; the link is shown to copy.
    page.goto("/console/people")
    expect(page.locator("[data-contractors]")).to_contain_text("No contractors yet")
    page.select_option("#invite-role", "contractor")
    page.fill("#invite-email", "new.contractor@example.test")
    page.get_by_role("button", name="Create invite link").click()
    url_field = page.locator("[data-invite-url]")
    expect(url_field).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+/invite/\S+$"))
    invite_url = url_field.input_value()

    # Someone opens it in a fresh browser and joins.
    stranger = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        joiner = stranger.new_page()
        joiner.goto(invite_url)
        expect(joiner.locator("#invite-email")).to_have_value("new.contractor@example.test")
        joiner.fill("#name", "Nora Newcomer")
        joiner.fill("#password", "a-fine-long-password")
        joiner.click("main form button[type=submit]")
        expect(joiner).to_have_url(re.compile(r"/inbox$"))
        expect(joiner.locator(".topbar__user")).to_have_text("Nora Newcomer")
    finally:
        stranger.close()

    # The owner sees the new contractor and suspends them.
    page.reload()
    row = page.locator("[data-contractors] tr", has_text="Nora Newcomer")
    expect(row).to_contain_text("Active")
    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="Suspend Nora Newcomer").click()
    expect(row).to_contain_text("Suspended")
    row.get_by_role("button", name="Reinstate Nora Newcomer").click()
    expect(row).to_contain_text("Active")

    # Branding: a new name and colour are saved and used on the next page load.
    page.goto("/console/settings")
    page.fill("#brand_name", "Northwind Studio")
    page.fill("#brand_color", "#0e7c66")
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("[data-settings-status]")).to_contain_text("Saved")
    page.reload()
    expect(page.locator(".brandmark")).to_contain_text("Northwind Studio")
    brand = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--brand')")
    assert brand.strip() == "#0e7c66"

    assert owner.errors == [], owner.errors
