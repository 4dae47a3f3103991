"""Hostile text through the whole pipeline, rendered in Chromium as client, contractor and owner.

The corpus (tests/data/xss_payloads.txt, one JSON object per line: id, kind, payload) holds
markup and event handlers, `javascript:` links, attribute breakers, SVG/MathML, mXSS forms,
`</script>` breakers, template syntax, bidi overrides, CSS tricks, data: URLs and nested
encodings. Instead of alert(), a payload sets `window.__x = N` and fires a beacon to a small
HTTP sink this test starts (`@JS@`, `@URL@`, `@HOST@`, `@N@`, `@B64@` are filled in here).

Every payload goes in as message text (client -> contractor under the "redact" policy,
contractor -> client under "allow", owner -> client unfiltered), as a request title (and that
request's first message), as display names and companies (CLI and invites) and as the brand
name (60 characters at most, so the payloads are packed and split into rounds). Every page is
then opened as each role twice: with the CSP enforced, and with the CSP bypassed (Playwright's
`bypass_csp`) so that an escaping bug would really run instead of being masked by the CSP.

Asserted: no beacon reaches the sink, `window.__x` stays undefined, no dialog opens, no element
with an on* attribute or a javascript:/data: URL appears, no CSP violation is reported, and the
text each page was sent by the API shows literally in the DOM. Positive controls prove that the
detectors work (an injected handler fires with the CSP bypassed, and is blocked and reported as
a CSP violation with the CSP enforced).
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from server.sanitizer import strip_markup
from tests.conftest import free_port, http_login

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CORPUS = Path(__file__).resolve().parents[1] / "data" / "xss_payloads.txt"
PASSWORD = "xss-test-password-1"
MESSAGE_BATCH = 3600  # characters per message (the limit is 4000)
NAME_MAX, BRAND_MAX, TITLE_MAX = 120, 60, 200
CONTROL_ID = 0  # the positive control's beacon id


# --- the beacon sink -----------------------------------------------------------------------------


class Sink:
    """A tiny HTTP server on a free port that records every request it gets."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                sink.hits.append(self.path)
                self.send_response(204)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()

            do_GET = do_POST = do_OPTIONS = do_HEAD = _answer  # noqa: N815

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def ids(self) -> list[str]:
        return [parse_qs(urlsplit(p).query).get("id", ["?"])[0] for p in self.hits]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sink():
    s = Sink()
    yield s
    s.close()


# --- the corpus ----------------------------------------------------------------------------------


@dataclass
class Payload:
    id: int
    kind: str
    raw: str

    def fill(self, host: str, compact: bool = False) -> str:
        """The payload with its tokens filled in; `compact` for short fields (flag only)."""
        n = str(self.id)
        url = f"//{host}/x?id={n}" if compact else f"http://{host}/x?id={n}"
        js = f"__x={n}" if compact else f"window.__x={n};navigator.sendBeacon(`{url}`)"
        b64 = base64.b64encode(f"<script>parent.{js}</script>".encode()).decode()
        return (
            self.raw.replace("@JS@", js)
            .replace("@URL@", url)
            .replace("@HOST@", host)
            .replace("@B64@", b64)
            .replace("@N@", n)
        )

    def fitted(self, host: str, limit: int) -> str:
        """The full form when it fits in `limit` characters, else the compact one (maybe cut)."""
        full = self.fill(host)
        return full if len(full) <= limit else self.fill(host, compact=True)[:limit]


def load_corpus() -> list[Payload]:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    payloads = [Payload(r["id"], r["kind"], r["payload"]) for r in rows]
    assert len({p.id for p in payloads}) == len(payloads), "payload ids must be unique"
    return payloads


def pack(texts: list[str], limit: int, sep: str = " ") -> list[str]:
    """Greedy packing of texts into strings of at most `limit` characters; longer texts are
    split into `limit`-sized pieces ("split long payloads")."""
    pieces = [t[i : i + limit] for t in texts for i in range(0, len(t), limit)]
    out: list[str] = []
    for piece in pieces:
        if out and len(out[-1]) + len(sep) + len(piece) <= limit:
            out[-1] += sep + piece
        else:
            out.append(piece)
    return out


def batches(payloads: list[Payload], host: str, tag: str) -> list[str]:
    """Message bodies of at most MESSAGE_BATCH characters, each payload after a marker."""
    out, current = [], ""
    for p in payloads:
        item = f"{tag}{p.id}: {p.fill(host)}\n"
        if current and len(current) + len(item) > MESSAGE_BATCH:
            out.append(current)
            current = ""
        current += item
    return [*out, current] if current else out


# --- browser side --------------------------------------------------------------------------------

DOM_SCAN = """() => {
  const bad = [];
  const urlAttrs = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value.replace(/[\\s\\u0000-\\u001f]/g, "").toLowerCase();
      if (name.startsWith("on")) bad.push(`${el.tagName} ${name}=${a.value}`);
      if (urlAttrs.includes(name) && /^(javascript|data:text|vbscript)/.test(value)) {
        bad.push(`${el.tagName} ${name}=${a.value}`);
      }
    }
    const tag = el.tagName.toLowerCase();
    if (["iframe", "object", "embed", "base", "frame", "frameset", "style", "math", "noscript",
         "xmp", "noembed", "marquee", "video", "audio", "details"].includes(tag)
        && !el.matches("details[data-fold]")) {
      bad.push(`unexpected <${tag}>`);
    }
    if (tag === "script" && !(el.getAttribute("src") || "").startsWith("/static/")) {
      bad.push(`inline or foreign <script> ${el.outerHTML.slice(0, 80)}`);
    }
    if (tag === "meta" && el.getAttribute("http-equiv")) bad.push("meta http-equiv");
    if (tag === "img" && !el.closest("svg")) bad.push(`<img src=${el.getAttribute("src")}>`);
  }
  return bad;
}"""

BRAND_READY = """([brand, ready]) => document.readyState === "complete"
  && document.body && document.body.dataset.brandName === brand
  && document.querySelector(ready) !== null"""

SHOWN_TEXT = """() => [
  document.documentElement.textContent,
  ...[...document.querySelectorAll("input, textarea")].map((e) => e.value),
  ...[...document.querySelectorAll("[title], [aria-label], [placeholder]")].flatMap((e) =>
    [e.getAttribute("title"), e.getAttribute("aria-label"), e.getAttribute("placeholder")]),
  document.title,
].filter(Boolean).join("\\n")"""


@dataclass
class Viewer:
    """One browser context for one role, with the CSP enforced (strict) or bypassed (bare)."""

    role: str
    mode: str
    context: object
    page: object
    dialogs: list[str] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)  # console messages about CSP
    errors: list[str] = field(default_factory=list)
    headers: list[tuple[str, dict]] = field(default_factory=list)
    visited: list[str] = field(default_factory=list)


def open_viewer(browser, base_url: str, role: str, mode: str, http=None) -> Viewer:
    context = browser.new_context(base_url=base_url, bypass_csp=(mode == "bare"))
    if http is not None:  # reuse the API login's session cookie (keeps clear of login limits)
        context.add_cookies(
            [{"name": c.name, "value": c.value, "url": base_url} for c in http.cookies]
        )
    page = context.new_page()
    viewer = Viewer(role, mode, context, page)

    def on_dialog(dialog) -> None:
        viewer.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(msg) -> None:
        if "Content Security Policy" in msg.text or "Content-Security-Policy" in msg.text:
            viewer.csp.append(msg.text)
        elif msg.type == "error":
            viewer.errors.append(f"{msg.text} ({msg.location.get('url', '')})")

    def on_response(response) -> None:
        if response.request.resource_type == "document":
            viewer.headers.append((response.url, dict(response.headers)))

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda err: viewer.errors.append(f"pageerror: {err}"))
    page.on("response", on_response)
    return viewer


def settle(page, ready: str | None) -> None:
    if ready:
        page.wait_for_selector(ready, state="attached", timeout=10_000)
    page.wait_for_load_state("load")
    if not ready:  # pages filled by fetches: wait for them (sockets don't count)
        page.wait_for_load_state("networkidle", timeout=10_000)
    page.wait_for_timeout(150)  # let onerror/onfocus/animation handlers have their chance


def check_page(v: Viewer, where: str, expected: list[str], failures: list[str]) -> None:
    """No script ran, nothing was injected, and every expected string shows as text."""
    page = v.page
    flag = page.evaluate("() => typeof window.__x === 'undefined' ? null : String(window.__x)")
    if flag is not None:
        failures.append(f"{v.role}/{v.mode} {where}: window.__x = {flag}")
    for item in page.evaluate(DOM_SCAN):
        failures.append(f"{v.role}/{v.mode} {where}: injected {item}")
    shown = page.evaluate(SHOWN_TEXT)
    for text in expected:
        if text and text not in shown:
            failures.append(f"{v.role}/{v.mode} {where}: not shown literally: {text[:90]!r}")
    v.visited.append(where)


def visit(v: Viewer, path: str, ready: str | None, expected: list[str], failures: list) -> None:
    v.page.goto(path)
    settle(v.page, ready)
    check_page(v, path, expected, failures)


def positive_control(v: Viewer, sink: Sink) -> None:
    """Prove the detectors: an injected handler runs (and beacons) only when the CSP is off."""
    js = f"window.__x={CONTROL_ID};navigator.sendBeacon(`http://{sink.host}/x?id={CONTROL_ID}`)"
    before = len(v.csp)
    v.page.evaluate(
        "(h) => { const d = document.createElement('div'); d.id = 'xss-control';"
        " d.innerHTML = h; document.body.append(d); }",
        f"<img src=x onerror={js}>",
    )
    v.page.wait_for_timeout(400)
    ran = v.page.evaluate("() => window.__x")
    if v.mode == "bare":
        assert ran == CONTROL_ID, "positive control did not run with the CSP bypassed"
        deadline = time.monotonic() + 5
        while str(CONTROL_ID) not in sink.ids() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert str(CONTROL_ID) in sink.ids(), "the sink did not receive the control beacon"
    else:
        assert ran is None, "inline handler ran despite the CSP"
        assert len(v.csp) > before, "the CSP did not report the blocked inline handler"
        v.csp[before:] = []  # the control's own violation report is expected
    v.page.evaluate("() => { delete window.__x; document.getElementById('xss-control').remove(); }")


# --- server side helpers -------------------------------------------------------------------------


def api(session: requests.Session, method: str, url: str, base: str, **kw) -> dict:
    r = session.request(method, base + url, timeout=20, **kw)
    assert r.status_code < 300, f"{method} {url}: {r.status_code} {r.text[:300]}"
    return r.json()


def invite_user(base: str, owner: requests.Session, role: str, n: int, name: str, company: str):
    invite = api(owner, "POST", "/api/invites", base, json={"role": role})["invite"]
    path = urlsplit(invite["url"]).path
    s = requests.Session()
    page = s.get(base + path, timeout=10).text
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    form = {
        "csrf_token": token,
        "name": name,
        "email": f"{role}{n}-{uuid.uuid4().hex[:6]}@xss.example",
        "password": PASSWORD,
    }
    if role == "client":
        form["company"] = company
    r = s.post(base + path, data=form, allow_redirects=False, timeout=20)
    assert r.status_code == 302, f"invite for {name!r}: {r.status_code} {r.text[:300]}"


def expected_titles(session, base: str) -> list[str]:
    return [c["title"] for c in api(session, "GET", "/api/conversations", base)["conversations"]]


def expected_bodies(session, base: str, conv_id: int, owner: bool = False) -> list[str]:
    path = f"/api/conversations/{conv_id}/messages?limit=200"
    out = []
    for m in api(session, "GET", path, base)["messages"]:
        out.append(m["body"])
        if owner and m.get("redacted") and m.get("original_body"):
            out.append(m["original_body"])
    return out


def check_headers(viewers: list[Viewer], failures: list[str]) -> int:
    """Every HTML page carries a CSP without inline or eval script, and nosniff."""
    count = 0
    for v in viewers:
        for url, headers in v.headers:
            count += 1
            csp = headers.get("content-security-policy", "")
            script = re.search(r"script-src([^;]*)", csp) or re.search(r"default-src([^;]*)", csp)
            if not script:
                failures.append(f"{url}: no script-src/default-src in CSP {csp!r}")
            elif "unsafe-inline" in script.group(1) or "unsafe-eval" in script.group(1):
                failures.append(f"{url}: unsafe script source in CSP {csp!r}")
            if "object-src 'none'" not in csp or "base-uri" not in csp:
                failures.append(f"{url}: CSP lacks object-src 'none' / base-uri: {csp!r}")
            if headers.get("x-content-type-options") != "nosniff":
                failures.append(f"{url}: X-Content-Type-Options is not nosniff")
    return count


# --- the test ------------------------------------------------------------------------------------


def test_xss_corpus_every_surface_every_role(live_server, browser, sink):
    started = time.monotonic()
    base, host = live_server.url, sink.host
    corpus = load_corpus()
    assert len(corpus) >= 60
    by_id = {p.id: p for p in corpus}
    failures: list[str] = []

    # People: owner plain; the main client and contractor get hostile names through the CLI.
    live_server.create_user("owner", "owner@xss.example", "Owner Plain", PASSWORD)
    client_name = by_id[45].fitted(host, NAME_MAX)  # <noscript><p title="</noscript>…
    client_company = by_id[55].fitted(host, NAME_MAX)  # </script><script>…
    contractor_name = by_id[2].fitted(host, NAME_MAX)  # <img src=x onerror=…>
    contractor_id = live_server.create_user(
        "contractor", "contractor@xss.example", contractor_name, PASSWORD
    )
    live_server.create_user(
        "client", "client@xss.example", client_name, PASSWORD, company=client_company
    )
    owner = http_login(base, "owner@xss.example", PASSWORD)
    client = http_login(base, "client@xss.example", PASSWORD)
    contractor = http_login(base, "contractor@xss.example", PASSWORD)

    # Display names and companies through invites: every payload, packed into 120 characters.
    names = pack([p.fill(host, compact=True) for p in corpus], NAME_MAX, sep=" | ")
    for n, name in enumerate(names):
        role = "client" if n % 2 == 0 else "contractor"
        company = names[(n + 1) % len(names)]
        invite_user(base, owner, role, n, name, company)

    # Titles: one request per payload, whose first message is the payload too.
    conv_ids: dict[int, int] = {}
    for p in corpus:
        title = p.fitted(host, TITLE_MAX)
        if not title.strip():
            continue
        conv = api(
            client,
            "POST",
            "/api/conversations",
            base,
            json={"title": title, "body": f"t{p.id}: {p.fill(host)}"},
        )["conversation"]
        conv_ids[p.id] = conv["id"]
    main = conv_ids[57]  # its title is the `"}]};…//</script>` inline-JSON breaker
    for cid in conv_ids.values():
        assign = {"contractor_id": contractor_id}
        api(owner, "POST", f"/api/conversations/{cid}/assign", base, json=assign)

    # Browsers: three roles, CSP enforced ("strict") and bypassed ("bare"), plus anonymous.
    sessions = {"client": client, "contractor": contractor, "owner": owner}
    viewers = {
        (role, mode): open_viewer(browser, base, role, mode, sessions[role])
        for role in ("client", "contractor", "owner")
        for mode in ("strict", "bare")
    }
    anon = {mode: open_viewer(browser, base, "anonymous", mode) for mode in ("strict", "bare")}
    chat_path = {
        "client": f"/requests/{main}",
        "contractor": f"/inbox/{main}",
        "owner": f"/console/conversations/{main}",
    }

    # The bare chat pages are open while the messages arrive: the live (socket) rendering path.
    for role in ("client", "contractor", "owner"):
        v = viewers[(role, "bare")]
        v.page.goto(chat_path[role])
        settle(v.page, "[data-messages][aria-busy=false]")
        positive_control(v, sink)

    api(owner, "POST", "/api/settings", base, json={"policy_to_client": "allow"})
    posted = 0
    for sender, tag in ((client, "c"), (contractor, "k"), (owner, "o")):
        for body in batches(corpus, host, tag):
            api(sender, "POST", f"/api/conversations/{main}/messages", base, json={"body": body})
            posted += 1
    total = posted + 1  # plus the request's first message
    for role in ("client", "contractor", "owner"):
        v = viewers[(role, "bare")]
        v.page.wait_for_function(
            "(n) => document.querySelectorAll('.msg:not(.msg--sending)').length >= n",
            arg=total,
            timeout=20_000,
        )
        v.page.wait_for_timeout(300)
        bodies = expected_bodies(sessions[role], base, main, owner=role == "owner")
        check_page(v, f"{chat_path[role]} (live)", bodies, failures)

    # Literal text survived the pipeline where the server keeps it: markers, and what bleach
    # leaves of the nested-encoding payloads (now literal markup, which must show as text).
    # (An unclosed `<!--` in one payload hides the next ones up to a `-->`, as HTML does.)
    client_view = "\n".join(expected_bodies(client, base, main))
    for body in batches(corpus, host, "o"):
        assert strip_markup(body.strip()) in client_view, "owner text changed beyond bleach"
    survivors = [p.id for p in corpus if f"o{p.id}: " in client_view]
    assert len(survivors) >= 60, f"only {len(survivors)} payload markers survive bleach"
    assert "<img src=x onerror=window.__x=76;" in client_view  # &lt;img …&gt; decoded
    assert "{{7*7}}" in client_view and "${7*7}" in client_view

    # The brand name: every payload (compact, packed into 60 characters) in rounds.
    brand_values = pack([p.fill(host, compact=True) for p in corpus], BRAND_MAX)
    brand_pages = [
        (viewers[("client", "bare")], chat_path["client"], ".msg"),
        (viewers[("contractor", "bare")], chat_path["contractor"], ".msg"),
        (viewers[("owner", "bare")], "/console/settings", "#brand_name"),
    ]
    for n, value in enumerate(brand_values):  # each round on one role's page, in turn
        brand = api(owner, "POST", "/api/settings", base, json={"brand_name": value})
        shown = brand["settings"]["brand_name"]
        v, path, ready = brand_pages[n % len(brand_pages)]
        v.page.goto(path, wait_until="commit")
        v.page.wait_for_function(BRAND_READY, arg=[shown, ready], timeout=10_000)
        settle(v.page, ready)
        check_page(v, f"{path} (brand round)", [shown], failures)
    final_brand = brand_values[len(brand_values) // 2]
    shown_brand = api(owner, "POST", "/api/settings", base, json={"brand_name": final_brand})[
        "settings"
    ]["brand_name"]

    # Every page, every role, both modes, with a hostile brand in place.
    invite_path = urlsplit(
        api(owner, "POST", "/api/invites", base, json={"role": "client"})["invite"]["url"]
    ).path
    people = api(owner, "GET", "/api/contractors", base)["contractors"]
    clients = api(owner, "GET", "/api/clients", base)["clients"]
    people_text = [c["name"] for c in people] + [c["name"] for c in clients]
    people_text += [c["company"] for c in clients if c.get("company")]
    pages = {
        "client": [
            ("/requests", ".conv", expected_titles(client, base)),
            (chat_path["client"], ".msg", expected_bodies(client, base, main)),
        ],
        "contractor": [
            ("/inbox", ".conv", expected_titles(contractor, base)),
            (chat_path["contractor"], ".msg", expected_bodies(contractor, base, main)),
        ],
        "owner": [
            ("/console", ".orow", expected_titles(owner, base) + [client_name, contractor_name]),
            (chat_path["owner"], ".msg", expected_bodies(owner, base, main, owner=True)),
            ("/console/people", "[data-clients] tr[data-id]", people_text),
            ("/console/settings", "#brand_name", []),
            # Newer owner pages (redaction review, dashboard, audit log): no script, no markup.
            ("/console/review", None, []),
            ("/console/dashboard", None, []),
            ("/console/audit", None, []),
        ],
    }
    own_name = {"client": client_name, "contractor": contractor_name, "owner": "Owner Plain"}
    for (role, _mode), v in viewers.items():
        for path, ready, expected in pages[role]:
            visit(v, path, ready, [*expected, shown_brand, own_name[role]], failures)
    for v in anon.values():
        visit(v, "/login", "form", [shown_brand], failures)
        visit(v, invite_path, "form", [f"Join {shown_brand}"], failures)
        visit(v, "/no-such-page", None, [], failures)

    # A reflected form: the new-request page re-renders the hostile title after an error.
    for mode in ("strict", "bare"):
        v = viewers[("client", mode)]
        v.page.goto("/requests/new")
        settle(v.page, "#title")
        title = by_id[31].fill(host)  # "><img src=x onerror=…>
        v.page.fill("#title", title)
        v.page.fill("#body", " ")
        v.page.click("main form button[type=submit]")
        settle(v.page, "#title")
        check_page(v, "/requests/new (error)", [title], failures)

    # Typing notices carry names: the contractor (hostile name) types while the owner watches.
    watcher = viewers[("owner", "bare")]
    watcher.page.goto(chat_path["owner"])
    settle(watcher.page, ".msg")
    typist = viewers[("contractor", "bare")]
    typist.page.goto(chat_path["contractor"])
    settle(typist.page, ".msg")
    typist.page.locator("[data-composer-input]").press_sequentially("typing…", delay=30)
    watcher.page.wait_for_function(
        "() => document.querySelector('[data-typing]').textContent.length > 0", timeout=10_000
    )
    check_page(watcher, "typing notice", [contractor_name], failures)

    # Positive controls in the strict contexts: the CSP blocks and reports an injected handler.
    for role in ("client", "contractor", "owner"):
        positive_control(viewers[(role, "strict")], sink)

    time.sleep(1.0)  # late beacons
    all_viewers = [*viewers.values(), *anon.values()]
    header_count = check_headers(all_viewers, failures)
    hits = [i for i in sink.ids() if i != str(CONTROL_ID)]
    headline: list[str] = []  # the most telling failures first
    if hits:
        headline.append(f"beacons reached the sink for payload ids {sorted(set(hits))}")
    for v in all_viewers:
        for d in v.dialogs:
            headline.append(f"{v.role}/{v.mode}: dialog opened: {d}")
        for c in v.csp:
            headline.append(f"{v.role}/{v.mode}: CSP violation (an injection was blocked): {c}")
    failures[:0] = headline
    page_loads = sum(len(v.visited) for v in all_viewers)
    summary = (
        f"{len(corpus)} payloads; {posted} message batches, {len(conv_ids)} titles, "
        f"{len(survivors)} payload markers left by bleach, {len(names)} packed names, "
        f"{len(brand_values)} brand rounds; "
        f"{page_loads} page checks, {header_count} documents' headers; "
        f"{time.monotonic() - started:.1f}s"
    )
    print(summary)
    # Other console errors: only the expected ones (the control's relative `src=x`, the 404
    # page, the refused new-request form); a page error could mean hostile text broke a script.
    expected_errors = re.compile(r"status of (400|404) .*(/x|/requests/new|/no-such-page)\)$")
    for v in all_viewers:
        for e in v.errors:
            if not expected_errors.search(e):
                failures.append(f"{v.role}/{v.mode}: console error: {e[:200]}")
    assert not failures, summary + "\n" + "\n".join(failures[:60])
    for v in all_viewers:
        v.context.close()
