"""Browser fixtures: Chromium driven by Playwright against the `live_server` of tests/conftest.py.

The browser tests skip, with the reason, when Playwright or Chromium is missing, unless
REQUIRE_BROWSER=1 (set by CI), where a missing browser is a failure instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"  # the README's pictures (test_screenshots.py)
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"  # everything else, for looking at failures
CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}

try:  # pragma: no cover - depends on the machine
    from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

    _PLAYWRIGHT_ERROR = None
except ImportError as err:  # pragma: no cover
    _PLAYWRIGHT_ERROR = f"playwright is not installed ({err})"


REQUIRED = os.environ.get("REQUIRE_BROWSER") == "1"

if _PLAYWRIGHT_ERROR and not REQUIRED:
    # The test modules import playwright; without it, skip them all (and say so below).
    collect_ignore_glob = ["test_*.py"]


def pytest_terminal_summary(terminalreporter) -> None:
    if _PLAYWRIGHT_ERROR and not REQUIRED:
        terminalreporter.write_line(f"browser tests skipped: {_PLAYWRIGHT_ERROR}", yellow=True)


def _missing() -> str | None:
    if _PLAYWRIGHT_ERROR:
        return _PLAYWRIGHT_ERROR
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    reason = _missing()
    if reason:
        if REQUIRED:
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    expect.set_options(timeout=10_000)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Person:
    """One signed-in browser: its context, its page, and what the page has received."""

    context: BrowserContext
    page: Page
    bodies: list[str] = field(default_factory=list)  # HTTP response bodies (text)
    frames: list[str] = field(default_factory=list)  # WebSocket frames received
    errors: list[str] = field(default_factory=list)  # page errors and console errors

    def received(self) -> str:
        """Everything this browser was sent: HTML, JSON, socket frames, and the live DOM."""
        return "\n".join([*self.bodies, *self.frames, self.page.content()])


@pytest.fixture
def sign_in(browser, live_server) -> Iterator[Callable[..., Person]]:
    """sign_in(email, password, viewport=DESKTOP, record=False) -> Person, logged in via /login."""
    contexts: list[BrowserContext] = []

    def open_person(
        email: str, password: str, viewport: dict = DESKTOP, record: bool = False
    ) -> Person:
        context = browser.new_context(viewport=viewport, base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        person = Person(context, page)
        page.on("pageerror", lambda err: person.errors.append(f"pageerror: {err}"))
        page.on(
            "console",
            lambda msg: (
                person.errors.append(f"console: {msg.text}") if msg.type == "error" else None
            ),
        )
        if record:
            page.on("response", lambda r: _keep_body(person, r))
            page.on(
                "websocket",
                lambda ws: ws.on("framereceived", lambda f: person.frames.append(_text(f))),
            )
        page.goto("/login")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("form button[type=submit]")
        page.wait_for_url(lambda url: "/login" not in url)
        return person

    yield open_person
    for context in contexts:
        context.close()


def _text(frame) -> str:
    return frame if isinstance(frame, str) else bytes(frame).decode("utf-8", "replace")


def _keep_body(person: Person, response) -> None:
    kind = response.headers.get("content-type", "")
    if not any(t in kind for t in ("html", "json", "javascript", "text", "css")):
        return
    if 300 <= response.status < 400:
        return
    try:
        person.bodies.append(response.text())
    except Exception as err:  # the page navigated away before the body was read
        person.bodies.append(f"<body unavailable: {err}>")


@pytest.fixture
def screenshot() -> Callable[..., Path]:
    """screenshot(page, "name.png", docs=False): a PNG under test-artifacts/screenshots/, or
    under docs/screenshots/ (the README's pictures) with docs=True."""

    def take(page: Page, name: str, docs: bool = False) -> Path:
        folder = SCREENSHOTS if docs else ARTIFACTS
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        page.screenshot(path=str(path))
        return path

    return take
