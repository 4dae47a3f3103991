"""Black-box against `python wsgi.py` (eventlet) over the network, as PROTOCOL.md describes."""

from __future__ import annotations

import threading
import time

import pytest
import requests
import socketio

from tests.conftest import PASSWORD, LiveServer, http_login

pytestmark = pytest.mark.slow


def connect(base_url: str, session: requests.Session, transports=("websocket",)):
    """A python-socketio client carrying the session cookie, collecting every event."""
    sio = socketio.Client(reconnection=False)
    events: list[tuple[str, dict]] = []
    lock = threading.Lock()

    @sio.on("*")
    def _any(event, data=None):
        with lock:
            events.append((event, data))

    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    sio.connect(base_url, headers={"Cookie": cookie}, transports=list(transports), wait_timeout=10)
    sio.events = events
    return sio


def wait_for(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(params=["eventlet", "gevent"])
def server_any_mode(request, tmp_path):
    """The same server under eventlet (the default) and gevent: switching stays one setting."""
    server = LiveServer(tmp_path, {"SOCKETIO_ASYNC_MODE": request.param}).start()
    yield server
    server.stop()


def test_protocol_flow_black_box(server_any_mode):
    live_server = server_any_mode
    url = live_server.url
    live_server.create_user("owner", "boss@biz.example", "Bea Boss")
    k_id = live_server.create_user("contractor", "kim@work.example", "Kim Worker")
    live_server.create_user(
        "client", "cleo@client.example", "Cleo Client", phone="+1 415 555 0123", company="Cleo Corp"
    )

    client, owner, kim = (
        http_login(url, e) for e in ("cleo@client.example", "boss@biz.example", "kim@work.example")
    )
    r = client.post(url + "/api/conversations", json={"title": "Tax forms", "body": "Help!"})
    assert r.status_code == 201
    conv_id = r.json()["conversation"]["id"]
    r = owner.post(url + f"/api/conversations/{conv_id}/assign", json={"contractor_id": k_id})
    assert r.status_code == 200

    c_sock, k_sock = connect(url, client), connect(url, kim, ("polling", "websocket"))
    try:
        ack = k_sock.call(
            "send_message",
            {"conversation_id": conv_id, "body": "Hi, I'm on it", "client_msg_id": "kim-1"},
            timeout=10,
        )
        assert ack["ok"] is True
        assert wait_for(lambda: any(e == "message" for e, _ in c_sock.events))
        msg = next(d for e, d in c_sock.events if e == "message")
        assert msg["sender_name"] == "BrightDesk" and msg["body"] == "Hi, I'm on it"

        ack2 = c_sock.call(
            "send_message",
            {
                "conversation_id": conv_id,
                "body": "Call me on 415 555 0123 or cleo@client.example",
                "client_msg_id": "c-1",
            },
            timeout=10,
        )
        assert ack2["ok"] and ack2["message"]["redacted"]
        new_id = ack2["message"]["id"]
        assert wait_for(lambda: any(e == "message" and d["id"] == new_id for e, d in k_sock.events))
        seen = next(d for e, d in k_sock.events if e == "message" and d["id"] == new_id)
        assert "0123" not in seen["body"] and "cleo@" not in seen["body"]

        synced = k_sock.call("sync", {"conversation_id": conv_id, "after_id": 0}, timeout=10)
        assert [m["id"] for m in synced["messages"]] == sorted(m["id"] for m in synced["messages"])
        assert len(synced["messages"]) == 3
        raw = repr(k_sock.events) + repr(synced)
        for secret in ("Cleo", "cleo@", "0123", "Cleo Corp"):
            assert secret not in raw
    finally:
        c_sock.disconnect()
        k_sock.disconnect()


def test_foreign_origin_and_jsonp_are_refused(live_server):
    live_server.create_user("client", "o@o.example", "O O")
    s = http_login(live_server.url, "o@o.example", PASSWORD)
    base = live_server.url + "/socket.io/?EIO=4&transport=polling"
    for origin in ("http://evil.invalid", "null", live_server.url + ".evil.invalid"):
        r = s.get(base, headers={"Origin": origin}, timeout=5)
        assert r.status_code == 400, origin
    assert s.get(base, headers={"Origin": live_server.url}, timeout=5).status_code == 200
    assert s.get(base + "&j=0", timeout=5).status_code == 400
    anon = requests.get(base, headers={"Origin": live_server.url}, timeout=5)
    sid = anon.text.split('"sid":"')[1].split('"')[0]
    r = requests.post(
        base + f"&sid={sid}", data="40", headers={"Origin": live_server.url}, timeout=5
    )
    got = requests.get(base + f"&sid={sid}", headers={"Origin": live_server.url}, timeout=5)
    assert got.text.startswith("44")  # CONNECT_ERROR: refused without a session


def test_websocket_compression_is_declined(live_server):
    """permessage-deflate costs ~90 KB per socket and gains nothing on short chat frames."""
    import socket as raw_socket

    host, port = "127.0.0.1", live_server.port
    with raw_socket.create_connection((host, port), timeout=5) as s:
        s.sendall(
            (
                "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n"
                f"Host: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                f"Origin: http://{host}:{port}\r\n\r\n"
            ).encode()
        )
        head = s.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 101")
    assert "sec-websocket-extensions" not in head.lower()
