"""Scaled out: several eventlet processes relaying through Redis, and Redis outages."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import pytest

from tests.conftest import LiveServer, free_port, http_login
from tests.test_live import connect, wait_for

pytestmark = pytest.mark.slow
REDIS_URL = os.environ.get("TEST_REDIS_URL")


def _world(a: LiveServer):
    a.create_user("owner", "boss@biz.example", "Bea Boss")
    k = a.create_user("contractor", "kim@work.example", "Kim Worker")
    a.create_user("client", "cleo@client.example", "Cleo Client", phone="+1 415 555 0123")
    return k


def _cluster(tmp_path, redis_url: str, n: int = 2) -> list[LiveServer]:
    env = {"REDIS_URL": redis_url, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.db'}"}
    return [LiveServer(tmp_path, env).start() for _ in range(n)]


def _open_and_assign(a: LiveServer, b: LiveServer, k_id: int) -> int:
    client = http_login(a.url, "cleo@client.example")
    conv = client.post(a.url + "/api/conversations", json={"title": "T", "body": "hello"}).json()
    conv_id = conv["conversation"]["id"]
    owner = http_login(b.url, "boss@biz.example")
    assert (
        owner.post(
            b.url + f"/api/conversations/{conv_id}/assign", json={"contractor_id": k_id}
        ).status_code
        == 200
    )
    return conv_id


@pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set (no Redis to relay through)")
def test_sender_on_a_receiver_on_b_and_revocation_crosses(tmp_path):
    a, b = _cluster(tmp_path, REDIS_URL)
    try:
        k_id = _world(a)
        conv_id = _open_and_assign(a, b, k_id)
        client_sock = connect(a.url, http_login(a.url, "cleo@client.example"))
        kim_http = http_login(b.url, "kim@work.example")
        kim_sock = connect(b.url, kim_http)
        ack = client_sock.call(
            "send_message",
            {"conversation_id": conv_id, "body": "from A", "client_msg_id": "x1"},
            timeout=10,
        )
        assert ack["ok"]
        assert wait_for(
            lambda: any(e == "message" and d["body"] == "from A" for e, d in kim_sock.events)
        )
        # The owner suspends Kim through process A: Kim's socket on process B is dropped.
        owner = http_login(a.url, "boss@biz.example")
        assert owner.post(a.url + f"/api/contractors/{k_id}/suspend").status_code == 200
        assert wait_for(lambda: not kim_sock.connected, timeout=5)
        assert kim_http.get(b.url + "/api/me").status_code == 401
        client_sock.disconnect()
    finally:
        a.stop(), b.stop()


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_redis_outage_loses_nothing_and_receivers_catch_up(tmp_path):
    port = free_port()
    cmd = [
        "redis-server",
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
    ]
    redis = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    a, b = _cluster(tmp_path, f"redis://127.0.0.1:{port}/0")
    try:
        k_id = _world(a)
        conv_id = _open_and_assign(a, b, k_id)
        client_sock = connect(a.url, http_login(a.url, "cleo@client.example"))
        kim_sock = connect(b.url, http_login(b.url, "kim@work.example"))
        redis.kill()
        redis.wait(5)
        acked = []
        for i in range(10):
            ack = client_sock.call(
                "send_message",
                {
                    "conversation_id": conv_id,
                    "body": f"during outage {i}",
                    "client_msg_id": f"o{i}",
                },
                timeout=15,
            )
            assert ack["ok"], ack
            acked.append(ack["message"]["id"])
        assert a.proc.poll() is None and b.proc.poll() is None
        redis = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        assert wait_for(lambda: any(e == "resync" for e, _ in kim_sock.events), timeout=30)
        got = kim_sock.call("sync", {"conversation_id": conv_id, "after_id": 0}, timeout=10)
        assert set(acked) <= {m["id"] for m in got["messages"]}
        client_sock.disconnect(), kim_sock.disconnect()
    finally:
        a.stop(), b.stop()
        redis.kill()


def _private_redis() -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
           "--appendonly", "no"]
    redis = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    return redis, f"redis://127.0.0.1:{port}/0"


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_a_redis_too_slow_to_take_a_publish_still_gets_receivers_to_catch_up(tmp_path):
    """Redis hangs for a moment: a publish times out and the next is skipped (the senders are
    acked at once) while the listeners see no error at all; once Redis answers again, receivers
    are told to resync and the message they never got live is there."""
    redis, url = _private_redis()
    a, b = _cluster(tmp_path, url)
    try:
        k_id = _world(a)
        conv_id = _open_and_assign(a, b, k_id)
        client_sock = connect(a.url, http_login(a.url, "cleo@client.example"))
        kim_sock = connect(b.url, http_login(b.url, "kim@work.example"))

        def send(body: str, cmid: str) -> dict:
            ack = client_sock.call(
                "send_message",
                {"conversation_id": conv_id, "body": body, "client_msg_id": cmid},
                timeout=15,
            )
            assert ack["ok"], ack
            return ack["message"]

        # The relay is live before Redis hangs: a message crosses (on a loaded machine the
        # second process may take a moment to listen, so send until one arrives).
        assert any(
            send(f"before the hang {i}", f"h0-{i}")
            and wait_for(lambda: any(e == "message" for e, _ in kim_sock.events), timeout=3)
            for i in range(8)
        )
        redis.send_signal(signal.SIGSTOP)
        try:
            first = send("while redis hangs", "h1")  # acked at once: relaying is queued
            time.sleep(3)  # its publish times out (2 s) and publishing pauses
            missed = send("during the pause", "h2")  # never reaches Redis
        finally:
            redis.send_signal(signal.SIGCONT)
        assert wait_for(lambda: any(e == "resync" for e, _ in kim_sock.events), timeout=20)
        assert not any(e == "message" and d["id"] == missed["id"] for e, d in kim_sock.events)
        got = kim_sock.call("sync", {"conversation_id": conv_id, "after_id": 0}, timeout=10)
        assert {first["id"], missed["id"]} <= {m["id"] for m in got["messages"]}
        assert a.proc.poll() is None and b.proc.poll() is None
        client_sock.disconnect(), kim_sock.disconnect()
    finally:
        a.stop(), b.stop()
        redis.kill()


def _free_block(size: int = 3) -> int:
    for _ in range(50):
        base = free_port()
        try:
            for p in range(base, base + size):
                import socket as _s

                with _s.socket() as s:
                    s.bind(("127.0.0.1", p))
            return base
        except OSError:
            continue
    raise RuntimeError("no free port block")


@pytest.mark.skipif(
    shutil.which("nginx") is None and not os.path.exists("/usr/sbin/nginx"),
    reason="nginx is not installed",
)
def test_run_cluster_end_to_end_through_nginx(tmp_path):
    import signal

    import requests

    from tests.conftest import ROOT

    port = _free_block()
    redis_port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "SECRET_KEY": "cluster-secret",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cluster.db'}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
    }
    helper = LiveServer(tmp_path, {k: env[k] for k in ("DATABASE_URL", "SECRET_KEY")})
    k_id = _world(helper)
    proc = subprocess.Popen(
        ["deploy/run-cluster.sh", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:

        def up():
            try:
                return requests.get(url + "/healthz", timeout=1).status_code == 200
            except requests.RequestException:
                return False

        # Three processes and nginx start at once: on a loaded two-core machine that has taken
        # more than 40 s; a script that gave up (a port taken, nginx refusing) fails at once.
        assert wait_for(lambda: up() or proc.poll() is not None, timeout=120)
        assert proc.poll() is None, "deploy/run-cluster.sh exited before serving"
        assert up(), "the cluster did not come up within 120 s"
        client = http_login(url, "cleo@client.example")
        conv_id = client.post(
            url + "/api/conversations", json={"title": "Via proxy", "body": "hi"}
        ).json()["conversation"]["id"]
        owner = http_login(url, "boss@biz.example")
        assert (
            owner.post(
                url + f"/api/conversations/{conv_id}/assign", json={"contractor_id": k_id}
            ).status_code
            == 200
        )
        kim_sock = connect(url, http_login(url, "kim@work.example"), ("polling", "websocket"))
        client_sock = connect(url, client, ("polling",))
        ack = client_sock.call(
            "send_message",
            {"conversation_id": conv_id, "body": "through nginx", "client_msg_id": "n1"},
            timeout=10,
        )
        assert ack["ok"]
        assert wait_for(
            lambda: any(e == "message" and d["body"] == "through nginx" for e, d in kim_sock.events)
        )
        kim_sock.disconnect(), client_sock.disconnect()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
