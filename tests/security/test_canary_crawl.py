"""Canary crawl (T1/T2): every byte a contractor or a client can get, searched for the other side.

A client and a contractor are seeded with unique canary details. The client also sends them in
messages (plain and obfuscated), the contractor in replies and in a private note. Then each side
crawls breadth-first from `/` (same-origin links, `data-*` hrefs, endpoints named in the page
scripts, the known API list, guessed ids), holds a socket while the other side types, sends and
reads, and triggers the 400/404/405/413 paths. Every body, header, socket event and ack, and the
decoded Flask session cookie, is searched for each canary raw, lower/upper-cased, URL-encoded,
HTML-escaped, JSON-\\u-escaped, base64-encoded, and (for emails) as an md5/sha1/sha256 digest.
Base64-looking tokens in the corpus are decoded (and inflated) and searched again, and so is an
NFKC, zero-width-stripped copy of the corpus. The owner's crawl is the positive control.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
import unicodedata
import zlib
from collections import deque
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import quote, quote_plus, urljoin, urlsplit

import markupsafe
import pytest
from sqlalchemy import update
from werkzeug.exceptions import MethodNotAllowed, NotFound

from server.extensions import db
from server.models import User
from server.services import auth as auth_service
from tests.conftest import PASSWORD
from tests.helpers import assign, open_request, received
from tests.security.conftest import REPORT, decode_flask_cookie

MAX_REQUESTS = 500
MAX_DEPTH = 5
CLIENT_ID = 876543  # distinctive ids, so a leaked id cannot be confused with a message id
CONTRACTOR_ID = 987654
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


# --- canaries ---------------------------------------------------------------------------------


def _rand(n: int = 6) -> str:
    return "".join(secrets.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))


def make_identity(last: str) -> dict[str, str]:
    four = f"{secrets.randbelow(100):02d}"
    return {
        "name": f"Zq7{_rand()} {last}",
        "email": f"zq7{_rand()}@example.invalid",
        "phone": f"+1 415 555 01{four}",
        "company": f"Zq7Corp{_rand()}",
    }


def canaries_of(ident: dict[str, str], user_id: int) -> dict[str, str]:
    """label -> raw string that must never reach the other side."""
    digits = re.sub(r"\D", "", ident["phone"])  # 1415555 01NN
    national = digits[1:]
    return {
        "name": ident["name"],
        "first name": ident["name"].split()[0],
        "email": ident["email"],
        "email local part": ident["email"].split("@")[0],
        "company": ident["company"],
        "phone e164": "+" + digits,
        "phone digits": national,
        "phone formatted": f"({national[:3]}) {national[3:6]}-{national[6:]}",
        "phone dashed": f"{national[:3]}-{national[3:6]}-{national[6:]}",
        "phone spaced": f"{national[:3]} {national[3:6]} {national[6:]}",
        "user id": str(user_id),
    }


def _b64_fragments(raw: bytes) -> set[str]:
    """The part of base64(prefix + raw) that does not depend on the alignment, for 3 offsets."""
    out = set()
    for pad, start in ((0, 0), (1, 2), (2, 3)):
        for enc in (base64.b64encode, base64.urlsafe_b64encode):
            text = enc(b"\0" * pad + raw).decode().rstrip("=")
            frag = text[start : len(text) - 3]
            if len(frag) >= 8:
                out.add(frag)
    return out


def variants(value: str) -> dict[str, str]:
    """encoded form -> how it was encoded."""
    forms = {
        value: "raw",
        value.lower(): "lower",
        value.upper(): "upper",
        quote(value): "url",
        quote(value, safe=""): "url",
        quote_plus(value): "url+",
        html.escape(value): "html",
        str(markupsafe.escape(value)): "html",
        json.dumps(value)[1:-1]: "json",
        "".join(f"\\u{ord(c):04x}" for c in value): "json-\\u",
        "".join(f"\\u{ord(c):04X}" for c in value): "json-\\u",
    }
    for frag in _b64_fragments(value.encode()):
        forms[frag] = "base64"
    if "@" in value:
        for v in {value, value.lower(), value.strip().lower()}:
            for algo in ("md5", "sha1", "sha256"):
                forms[hashlib.new(algo, v.encode()).hexdigest()] = algo
    return forms


# --- the corpus -------------------------------------------------------------------------------


@dataclass
class Corpus:
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text)
    json_docs: list[tuple[str, object]] = field(default_factory=list)

    def add(self, where: str, text: str) -> None:
        if text:
            self.texts.append((where, text))

    def add_json(self, where: str, doc: object) -> None:
        self.json_docs.append((where, doc))
        self.add(where, json.dumps(doc))
        self.add(where + " (ensure_ascii off)", json.dumps(doc, ensure_ascii=False))

    def add_response(self, where: str, resp) -> None:  # noqa: ANN001
        self.add(where + " body", resp.get_data(as_text=True))
        self.add(where + " headers", "\n".join(f"{k}: {v}" for k, v in resp.headers.items()))
        if resp.is_json:
            try:
                self.json_docs.append((where, resp.get_json()))
            except Exception:  # noqa: BLE001 - a broken JSON body is still searched as text
                pass

    def add_cookie(self, where: str, value: str | None) -> None:
        if not value:
            return
        self.add(where + " raw", value)
        self.add(where + " decoded", decode_flask_cookie(value))

    def derived(self) -> list[tuple[str, str]]:
        """Base64 tokens decoded (and inflated), and an NFKC / zero-width-stripped copy."""
        out = []
        token = re.compile(r"[A-Za-z0-9_\-+/]{12,}={0,2}")
        for where, text in self.texts:
            folded = unicodedata.normalize("NFKC", text).translate(ZERO_WIDTH)
            if folded != text:
                out.append((where + " (NFKC)", folded))
            for tok in token.findall(text):
                decoded = _try_b64(tok)
                if decoded:
                    out.append((where + " (base64 token)", decoded))
        return out


def _try_b64(tok: str) -> str | None:
    for dec in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            raw = dec(tok + "=" * (-len(tok) % 4))
        except Exception:  # noqa: BLE001
            continue
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        text = raw.decode("utf-8", "ignore")
        if sum(c.isprintable() for c in text) > 0.8 * max(1, len(text)):
            return text
    return None


def find_hits(corpus: Corpus, canaries: dict[str, str]) -> list[str]:
    texts = corpus.texts + corpus.derived()
    hits = []
    for label, value in canaries.items():
        if label == "user id":
            continue  # ids are checked as field values (and raw below)
        for form, how in variants(value).items():
            for where, text in texts:
                if form in text:
                    hits.append(f"{label} ({how}: {form!r}) in {where}")
                    break
    return hits


def id_hits(corpus: Corpus, user_id: int) -> list[str]:
    """Every JSON field whose value is this user id (int or string), and every raw mention."""
    hits = []

    def walk(where: str, doc: object, path: str) -> None:
        if isinstance(doc, dict):
            for k, v in doc.items():
                walk(where, v, f"{path}.{k}")
        elif isinstance(doc, list):
            for i, v in enumerate(doc):
                walk(where, v, f"{path}[{i}]")
        elif doc == user_id or doc == str(user_id):
            if not isinstance(doc, bool):
                hits.append(f"{where}: {path} = {doc!r}")

    for where, doc in corpus.json_docs:
        walk(where, doc, "$")
    needle = str(user_id)
    hits += [f"raw {needle} in {w}" for w, t in corpus.texts if needle in t]
    return hits


# --- the crawler ------------------------------------------------------------------------------


LINK = re.compile(r'(?:href|src|action|data-[\w-]*href)\s*=\s*"([^"]*)"', re.I)
JS_IMPORT = re.compile(r"""(?:import|from)\s*\(?\s*["'](\.{1,2}/[^"']+|/[^"']+)["']""")
JS_PATH = re.compile(r"""["'`](/(?:api|requests|inbox|console)[^"'`\s]*)["'`]""")
PLACEHOLDER = re.compile(r"\$\{[^}]*\}")


class Crawler:
    """Breadth-first, same-origin, bounded; records every answer into a corpus."""

    def __init__(self, app, http, csrf: str | None, corpus: Corpus) -> None:  # noqa: ANN001
        self.app = app
        self.http = http
        self.csrf = csrf
        self.corpus = corpus
        self.adapter = app.url_map.bind("localhost")
        self.seen: set[tuple[str, str]] = set()
        self.queue: deque[tuple[str, int]] = deque()
        self.requests = 0
        self.rules: set[tuple[str, str]] = set()  # (method, rule) requested
        self.ids: set[int] = set()
        self.id_templates: set[str] = set()
        self.by_links: set[tuple[str, str]] = set()  # rules reached from `/` alone
        self.prefixes: set[str] = set()

    # bookkeeping
    def _rule(self, method: str, path: str) -> None:
        try:
            rule, _args = self.adapter.match(urlsplit(path).path, method, return_rule=True)
        except (NotFound, MethodNotAllowed):
            return
        except Exception:  # noqa: BLE001 - redirects and the like
            return
        self.rules.add((method, rule.rule))

    def request(self, method: str, path: str, **kw):  # noqa: ANN201
        if self.requests >= MAX_REQUESTS:
            return None
        self.requests += 1
        headers = kw.pop("headers", {})
        if method not in ("GET", "HEAD") and self.csrf and kw.pop("with_csrf", True):
            headers["X-CSRFToken"] = self.csrf
        resp = self.http.open(path, method=method, headers=headers, **kw)
        self._rule(method, path)
        self.corpus.add_response(f"{method} {path} [{resp.status_code}]", resp)
        return resp

    def enqueue(self, path: str, depth: int) -> None:
        url = urlsplit(urljoin("http://localhost/", path))
        if url.netloc not in ("localhost", "") or not url.path.startswith("/"):
            return
        if url.path.startswith("/logout"):
            return
        clean = url.path + (f"?{url.query}" if url.query else "")
        if "${" in clean:
            self.id_templates.add(clean)
            return
        if ("GET", clean) in self.seen or depth > MAX_DEPTH:
            return
        self.seen.add(("GET", clean))
        self.queue.append((clean, depth))

    def _harvest(self, path: str, resp, depth: int) -> None:  # noqa: ANN001
        ctype = resp.headers.get("Content-Type", "")
        text = resp.get_data(as_text=True)
        if "html" in ctype:
            for link in LINK.findall(text):
                self.enqueue(html.unescape(link), depth + 1)
                if link.endswith("/") and link.startswith("/") and link != "/":
                    self.prefixes.add(link)  # e.g. data-chat-href="/inbox/": + each id
                    for i in self.ids:
                        self.enqueue(f"{link}{i}", depth + 1)
        elif "javascript" in ctype:
            for ref in JS_IMPORT.findall(text):
                self.enqueue(urljoin(path, ref), depth + 1)
            for ref in JS_PATH.findall(text):
                self.enqueue(ref, depth + 1)
        elif resp.is_json:
            self._collect_ids(resp.get_json())
        if resp.status_code in (301, 302, 303, 307, 308) and "Location" in resp.headers:
            self.enqueue(resp.headers["Location"], depth + 1)

    def _collect_ids(self, doc: object) -> None:
        if isinstance(doc, dict):
            for k, v in doc.items():
                if k in ("id", "conversation_id") and isinstance(v, int) and v < 10**5:
                    if v not in self.ids:
                        self.ids.add(v)
                        for tpl in list(self.id_templates):
                            self.enqueue(PLACEHOLDER.sub(str(v), tpl), 1)
                        for prefix in list(self.prefixes):
                            self.enqueue(f"{prefix}{v}", 1)
                self._collect_ids(v)
        elif isinstance(doc, list):
            for v in doc:
                self._collect_ids(v)

    def crawl(self, known: list[str]) -> None:
        """BFS from `/` over links and page scripts, then the known API list (every id learned)."""
        self.enqueue("/", 0)
        self._drain()
        self.by_links = set(self.rules)
        for path in known:
            self.enqueue(path, 1)
        self._drain()

    def _drain(self) -> None:
        while self.queue and self.requests < MAX_REQUESTS:
            path, depth = self.queue.popleft()
            resp = self.request("GET", path)
            if resp is None:
                break
            self._harvest(path, resp, depth)
            if not self.queue:
                for tpl in list(self.id_templates):
                    for i in sorted(self.ids):
                        self.enqueue(PLACEHOLDER.sub(str(i), tpl), 1)

    def coverage(self, methods: tuple[str, ...] = ("GET",), rules=None) -> tuple[int, int]:  # noqa: ANN001
        every = {
            (m, r.rule) for r in self.app.url_map.iter_rules() for m in r.methods if m in methods
        }
        return len(every & (self.rules if rules is None else rules)), len(every)


def known_api(app, conv_ids: range, user_ids: range) -> list[str]:  # noqa: ANN001
    """Every GET route of url_map, with guessed ids (the prober does not stop at its own)."""
    out = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods:
            continue
        path = rule.rule.replace("<path:filename>", "js/lib/api.js").replace("<token>", "nope")
        if "<int:conversation_id>" in path:
            out += [path.replace("<int:conversation_id>", str(i)) for i in conv_ids]
        elif "<int:user_id>" in path:
            out += [path.replace("<int:user_id>", str(i)) for i in user_ids]
        else:
            out.append(path)
    return out


def error_paths(crawler: Crawler, conv_ids: list[int]) -> None:
    """404, 400, 405 and 413 answers, and refused writes: their bodies go in the corpus too."""
    c = crawler
    for path in ("/no-such-page", "/api/no-such-thing", "/static/nope.js", "/invite/nope"):
        c.request("GET", path)
    for conv in conv_ids:
        base = f"/api/conversations/{conv}"
        c.request("GET", base + "/messages?after=abc")
        c.request("GET", base + "/messages?limit=-1")
        c.request("POST", base + "/messages", data="not json", content_type="application/json")
        c.request("POST", base + "/messages", json={"body": 42})
        c.request("POST", base + "/messages", json={"body": "x" * 5000})
        c.request("POST", base + "/messages", json={"body": "hi"}, with_csrf=False)
        c.request("POST", base + "/read", json={"last_read_id": "x"})
        c.request("POST", base + "/assign", json={"contractor_id": 1})
        c.request("POST", base + "/close", json={})
        c.request("DELETE", base)
        c.request("PUT", base + "/messages", json={})
    for path in ("/api/me", "/api/conversations", "/console", "/inbox", "/requests"):
        c.request("PATCH", path, json={})
    c.request("GET", "/logout")  # 405
    c.request("POST", "/api/conversations", json={"title": "", "body": ""})
    c.request("POST", "/api/conversations", json={"title": "t", "body": "x" * (2 * 1024 * 1024)})
    c.request("POST", "/api/invites", json={"role": "client"})
    c.request("POST", "/api/settings", json={"brand_name": "x"})
    c.request("POST", "/signup", data={"email": "bad"})
    c.request("POST", "/requests/new", data={"title": ""})


def socket_probe(sock, corpus: Corpus, conv_ids: list[int], where: str) -> None:  # noqa: ANN001
    """Events out of protocol and foreign ids: the acks go in the corpus."""
    for conv in conv_ids:
        for event, data in (
            ("sync", {"conversation_id": conv, "after_id": 0}),
            ("typing", {"conversation_id": conv}),
            ("send_message", {"conversation_id": conv, "body": ""}),
        ):
            corpus.add_json(f"{where} ack {event} {conv}", sock.emit(event, data, callback=True))
    corpus.add_json(f"{where} ack bad", sock.emit("sync", "nonsense", callback=True))


def drain(sock, corpus: Corpus, where: str) -> list[tuple[str, object]]:  # noqa: ANN001
    """Every event the socket got since the last call, as (name, payload), into the corpus."""
    got = received(sock)
    for name, payload in got:
        corpus.add_json(f"{where} event {name}", payload)
    return got


# --- the scenario -----------------------------------------------------------------------------


def _create(app, role: str, ident: dict[str, str], new_id: int | None = None):  # noqa: ANN001
    with app.app_context():
        user = auth_service.create_user(
            role,
            ident["email"],
            ident["name"],
            PASSWORD,
            phone=ident.get("phone"),
            company=ident.get("company"),
        )
        uid = user.id
        if new_id is not None:
            db.session.execute(update(User).where(User.id == uid).values(id=new_id))
            db.session.commit()
            uid = new_id
        db.session.remove()
    return SimpleNamespace(id=uid, role=role, **ident)


@pytest.fixture
def scene(app, make_user, login):
    """Owner, canary client A (id 876543) with request assigned to canary contractor K."""
    a_ident, k_ident = make_identity("Xyl"), make_identity("Kon")
    owner = make_user("owner", name="Olivia Owner")
    client_b = make_user("client", name="Bruno Bystander")
    other_k = make_user("contractor", name="Greta Other")
    client = _create(app, "client", a_ident, CLIENT_ID)
    contractor = _create(app, "contractor", k_ident, CONTRACTOR_ID)
    a, o, k = login(client), login(owner), login(contractor)
    b, k2 = login(client_b), login(other_k)
    conv = open_request(a, "Bookkeeping for March", "Hello, please help with my books.")
    other = open_request(b, "Unrelated request", "Something else entirely.")
    assign(o, conv["id"], contractor.id)
    assign(o, other["id"], other_k.id)
    return SimpleNamespace(
        app=app,
        client=client,
        contractor=contractor,
        sessions={"client": a, "owner": o, "contractor": k, "client_b": b, "contractor_b": k2},
        conv=conv["id"],
        other_conv=other["id"],
        a_canaries=canaries_of(a_ident, CLIENT_ID),
        k_canaries=canaries_of(k_ident, CONTRACTOR_ID),
    )


def client_discloses(scene) -> None:  # noqa: ANN001
    """A types, sends its details plainly and obfuscated (HTTP and socket), reads."""
    a = scene.sessions["client"]
    c = scene.client
    local, domain = c.email.split("@")
    digits = re.sub(r"\D", "", c.phone)[1:]
    fullwidth = "".join(chr(ord(d) + 0xFEE0) for d in digits)
    zw = "\u200b".join(c.email)
    bodies = [
        f"Hi, I'm {c.name} from {c.company}. Mail {c.email} or call {c.phone}.",
        f"{local} at {domain.replace('.', ' dot ')}",
        f"my mail: {zw}",
        f"text me on {fullwidth}",
        f"or ({digits[:3]}) {digits[3:6]}-{digits[6:]}, ask for {c.name.split()[0]}",
        f"{c.company.upper()} / {c.email.upper()}",
    ]
    sock = a.socket()
    sock.emit("typing", {"conversation_id": scene.conv})
    for i, body in enumerate(bodies):
        if i % 2:
            r = a.post(f"/api/conversations/{scene.conv}/messages", {"body": body})
            assert r.status_code in (200, 201), r.json
            last = r.json["message"]["id"]
        else:
            ack = sock.emit(
                "send_message",
                {"conversation_id": scene.conv, "body": body, "client_msg_id": f"a{i}"},
                callback=True,
            )
            assert ack["ok"], ack
            last = ack["message"]["id"]
    sock.emit("sync", {"conversation_id": scene.conv, "after_id": 0}, callback=True)
    a.post(f"/api/conversations/{scene.conv}/read", {"last_read_id": last})
    sock.disconnect()


def contractor_discloses(scene) -> None:  # noqa: ANN001
    """K types, replies with its own details (plain, obfuscated) and writes a private note."""
    k = scene.sessions["contractor"]
    me = scene.contractor
    local, domain = me.email.split("@")
    sock = k.socket()
    sock.emit("typing", {"conversation_id": scene.conv})
    for i, body in enumerate(
        [
            f"I'm {me.name} of {me.company}, reach me at {me.email} / {me.phone}",
            f"{local} at {domain.replace('.', ' dot ')}",
            f"call {me.phone.replace(' ', '')} and ask for {me.name.split()[0]}",
        ]
    ):
        ack = sock.emit(
            "send_message",
            {"conversation_id": scene.conv, "body": body, "client_msg_id": f"k{i}"},
            callback=True,
        )
        assert ack["ok"], ack
    note = f"Owner: I am {me.name}, {me.email}, {me.phone}, {me.company}"
    r = k.post(f"/api/conversations/{scene.conv}/messages", {"body": note, "note": True})
    assert r.status_code == 201
    k.post(f"/api/conversations/{scene.conv}/read", {"last_read_id": r.json["message"]["id"]})
    sock.disconnect()


def crawl_as(scene, who: str, corpus: Corpus, *, probe: bool = True) -> Crawler:  # noqa: ANN001
    s = scene.sessions[who]
    crawler = Crawler(scene.app, s.http, s.csrf, corpus)
    top = max(scene.conv, scene.other_conv) + 2
    crawler.crawl(known_api(scene.app, range(1, top), range(1, 4)))
    if probe:
        error_paths(crawler, [scene.conv, scene.other_conv, top + 5])
    cookie = s.http.get_cookie(scene.app.config["SESSION_COOKIE_NAME"])
    corpus.add_cookie(f"{who} session cookie", cookie.value if cookie else None)
    return crawler


def report_coverage(who: str, crawler: Crawler) -> float:
    got, total = crawler.coverage()
    linked, _ = crawler.coverage(rules=crawler.by_links)
    got_all, total_all = crawler.coverage(("GET", "POST", "HEAD", "PUT", "PATCH", "DELETE"))
    line = (
        f"canary crawl as {who}: {crawler.requests} requests, GET routes visited {got}/{total} "
        f"({got / total:.0%}; {linked} reached from / by links and page scripts alone), "
        f"all routes x methods {got_all}/{total_all}"
    )
    REPORT.append(line)
    print(line)
    return got / total


def owner_addresses_client(scene) -> None:  # noqa: ANN001
    """The owner writes to the client by name (as the brand) and a note to the contractor."""
    o, c = scene.sessions["owner"], scene.client
    url = f"/api/conversations/{scene.conv}/messages"
    r = o.post(url, {"body": f"Hi {c.name}, we also wrote to {c.email} about {c.company}."})
    assert r.status_code == 201, r.json
    r = o.post(url, {"body": f"Note: {c.name} ({c.phone}) is a key client.", "note": True})
    assert r.status_code == 201, r.json


def test_contractor_sees_no_client_canary(scene):
    k_sock = scene.sessions["contractor"].socket()
    k_sock.get_received()
    corpus = Corpus()
    client_discloses(scene)
    owner_addresses_client(scene)
    events = drain(k_sock, corpus, "contractor socket")
    assert any(name == "message" for name, _ in events)
    assert any(name == "typing" for name, _ in events)
    socket_probe(k_sock, corpus, [scene.conv, scene.other_conv, 999], "contractor socket")
    crawler = crawl_as(scene, "contractor", corpus)
    drain(k_sock, corpus, "contractor socket (late)")
    assert report_coverage("contractor", crawler) >= 0.8
    assert not find_hits(corpus, scene.a_canaries)
    assert not id_hits(corpus, scene.client.id)
    # the contractor really saw the conversation (the crawl reached the data)
    bodies = " ".join(t for _, t in corpus.texts)
    assert "Bookkeeping for March" in bodies and "[contact removed]" in bodies


def test_client_sees_no_contractor_canary(scene):
    a_sock = scene.sessions["client"].socket()
    a_sock.get_received()
    corpus = Corpus()
    contractor_discloses(scene)
    events = drain(a_sock, corpus, "client socket")
    messages = [p for name, p in events if name == "message"]
    assert messages and all(m["sender_name"] == "BrightDesk" for m in messages)
    typing = [p for name, p in events if name == "typing"]
    assert typing and all(t["name"] == "BrightDesk" for t in typing)
    socket_probe(a_sock, corpus, [scene.conv, scene.other_conv, 999], "client socket")
    crawler = crawl_as(scene, "client", corpus)
    drain(a_sock, corpus, "client socket (late)")
    assert report_coverage("client", crawler) >= 0.8
    assert not find_hits(corpus, scene.k_canaries)
    assert not id_hits(corpus, scene.contractor.id)
    listed = scene.sessions["client"].get(f"/api/conversations/{scene.conv}/messages").json
    assert all(m["sender_name"] in ("You", "BrightDesk") for m in listed["messages"])
    assert not any(m["note"] for m in listed["messages"])


def test_other_contractor_sees_nothing_of_the_conversation(scene):
    """K2 (assigned elsewhere): no rows, counts, events or pseudonyms of A's request."""
    k2 = scene.sessions["contractor_b"]
    sock = k2.socket()
    sock.get_received()
    corpus = Corpus()
    client_discloses(scene)
    contractor_discloses(scene)
    drain(sock, corpus, "other contractor socket")
    crawler = crawl_as(scene, "contractor_b", corpus)
    assert not find_hits(corpus, scene.a_canaries)
    assert not find_hits(corpus, scene.k_canaries)
    pseudonym = (
        scene.sessions["contractor"]
        .get("/api/conversations")
        .json["conversations"][0]["counterpart_name"]
    )
    text = " ".join(t for _, t in corpus.texts)
    for secret in ("Bookkeeping for March", pseudonym, "please help with my books"):
        assert secret not in text
    listed = k2.get("/api/conversations").json["conversations"]
    assert [c["id"] for c in listed] == [scene.other_conv]
    report_coverage("other contractor", crawler)


def test_owner_crawl_finds_every_canary(scene):
    """Positive control: the same crawler, as the owner, finds every raw canary."""
    o_sock = scene.sessions["owner"].socket()
    o_sock.get_received()
    corpus = Corpus()
    client_discloses(scene)
    contractor_discloses(scene)
    owner_addresses_client(scene)
    drain(o_sock, corpus, "owner socket")
    crawler = crawl_as(scene, "owner", corpus, probe=False)
    text = "\n".join(t for _, t in corpus.texts)
    for canaries in (scene.a_canaries, scene.k_canaries):
        for label in ("name", "email", "company", "phone e164"):
            assert canaries[label] in text, label
    assert find_hits(corpus, scene.a_canaries) and find_hits(corpus, scene.k_canaries)
    assert id_hits(corpus, scene.contractor.id) and id_hits(corpus, scene.client.id)
    report_coverage("owner", crawler)


def test_request_title_is_sanitized_for_the_contractor(scene):
    """Titles skip the message path; the contractor must still not read the client's details."""
    a = scene.sessions["client"]
    c = scene.client
    conv = open_request(a, f"Books for {c.company}, call {c.phone}", "Details inside.")
    assign(scene.sessions["owner"], conv["id"], scene.contractor.id)
    corpus = Corpus()
    crawl_as(scene, "contractor", corpus, probe=False)
    assert not find_hits(corpus, scene.a_canaries)


def test_the_detector_catches_every_encoding(app):
    """The harness itself: each encoding of a canary, buried in other text, is found."""
    from flask.sessions import SecureCookieSessionInterface

    ident = make_identity("Xyl")
    canaries = canaries_of(ident, CLIENT_ID)
    email, name = ident["email"], ident["name"]
    signer = SecureCookieSessionInterface().get_signing_serializer(app)
    buried = {
        "raw": f"<p>{name}</p>",
        "upper": f"x{email.upper()}x",
        "url": "/avatar?u=" + quote(f"{name} <{email}>", safe=""),
        "json-\\u": '{"n": "' + "".join(f"\\u{ord(c):04x}" for c in name) + '"}',
        "base64": "data:" + base64.b64encode(f'{{"who": "{email}"}}'.encode()).decode(),
        "md5": "https://gravatar.example/" + hashlib.md5(email.encode()).hexdigest(),
        "sha256": hashlib.sha256(email.encode()).hexdigest() + "?s=80",
        "zero-width": "\u200b".join(email),
        "fullwidth": "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in ident["phone"]),
        "cookie": signer.dumps({"profile": {"company": ident["company"] * 20}}),
        "user id": json.dumps({"sender_id": CLIENT_ID}),
    }
    for how, text in buried.items():
        corpus = Corpus()
        if how == "cookie":
            corpus.add_cookie("cookie", text)
        elif how == "user id":
            corpus.add_json("doc", json.loads(text))
            assert id_hits(corpus, CLIENT_ID), how
            continue
        else:
            corpus.add("page", text)
        assert find_hits(corpus, canaries), how
    clean = Corpus()
    clean.add("page", "Client Amber Falcon wrote: [contact removed] at 2026-01-01T10:00:00Z")
    assert not find_hits(clean, canaries) and not id_hits(clean, CLIENT_ID)
