"""kill -9 the server while messages are in flight; clients reconnect and resend.

Counts, over several rounds: lost (acked but not stored), duplicated, phantom (received but not
stored), gaps (stored but never seen by a receiver after catch-up), order, and SQLite integrity.
"""

from __future__ import annotations

import random
import threading
import time

import pytest
import socketio
import sqlalchemy

from server.config import database_url
from tests.conftest import LiveServer, http_login

pytestmark = pytest.mark.slow
ROUNDS = 3
MESSAGES_PER_ROUND = 200
SYNC_PAGE = 500  # the most messages one `sync` returns


class Sender:
    """Sends its messages in order, each retried with the same client_msg_id until acked."""

    def __init__(self, url, session, conv_id, tag, count):
        self.conv_id, self.tag, self.count = conv_id, tag, count
        self.acked: dict[str, int] = {}
        self.sio = socketio.Client(
            reconnection=True, reconnection_delay=0.2, reconnection_delay_max=1
        )
        cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
        self.sio.connect(url, headers={"Cookie": cookie}, transports=["websocket"])
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        deadline = time.monotonic() + 90
        for i in range(self.count):
            cmid = f"{self.tag}-{i}"
            while cmid not in self.acked and time.monotonic() < deadline:
                try:
                    ack = self.sio.call(
                        "send_message",
                        {
                            "conversation_id": self.conv_id,
                            "body": f"{self.tag} says {i}",
                            "client_msg_id": cmid,
                        },
                        timeout=2,
                    )
                except Exception:
                    time.sleep(0.1)
                    continue
                if ack and ack.get("ok"):
                    self.acked[cmid] = ack["message"]["id"]
                else:
                    time.sleep(0.1)


class Receiver:
    """Records every message event; on each reconnect syncs after the last id seen before the
    connection dropped, so every message up to that point must have come live.

    The point is taken in the disconnect handler: python-engineio runs each incoming packet's
    handler in its own thread, so a live message of the new connection can be handled before
    its connect handler runs, and reading the highest id there could skip messages committed
    while this socket was away.
    """

    def __init__(self, url, session, conv_id):
        self.conv_id = conv_id
        self.seen: list[int] = []
        self.resume_after = 0
        self.lock = threading.Lock()
        self.sio = socketio.Client(
            reconnection=True, reconnection_delay=0.2, reconnection_delay_max=1
        )
        self.sio.on("message", self.on_message)
        self.sio.on("disconnect", self.on_disconnect)
        self.sio.on("connect", self.catch_up)
        cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
        self.sio.connect(url, headers={"Cookie": cookie}, transports=["websocket"])

    def on_message(self, m):
        with self.lock:
            if m["conversation_id"] == self.conv_id:
                self.seen.append(m["id"])

    def on_disconnect(self, *reason):
        # Runs before the client starts reconnecting; a handler of the old connection still in
        # flight can only make this lower (a sync then returns a few messages twice).
        with self.lock:
            self.resume_after = max(self.seen, default=0)

    def catch_up(self):
        with self.lock:
            after = self.resume_after
        threading.Thread(target=self.sync, args=(after,), daemon=True).start()

    def sync(self, after=None):
        if after is None:
            with self.lock:
                after = max(self.seen, default=0)
        for _ in range(20):
            try:
                got = self.sio.call(
                    "sync", {"conversation_id": self.conv_id, "after_id": after}, timeout=3
                )
            except Exception:
                time.sleep(0.2)
                continue
            with self.lock:
                self.seen.extend(m["id"] for m in got["messages"])
            if len(got["messages"]) < SYNC_PAGE:
                return
            after = got["messages"][-1]["id"]  # a full page: ask for the next one


def test_kill_9_mid_stream_loses_and_duplicates_nothing(tmp_path):
    server = LiveServer(tmp_path).start()
    engine = sqlalchemy.create_engine(database_url(server.database_url))
    try:
        server.create_user("owner", "boss@biz.example", "Bea Boss")
        k_id = server.create_user("contractor", "kim@work.example", "Kim Worker")
        server.create_user("client", "cleo@client.example", "Cleo Client")
        sessions = {
            e: http_login(server.url, e)
            for e in ("boss@biz.example", "kim@work.example", "cleo@client.example")
        }
        client = sessions["cleo@client.example"]
        conv_id = client.post(
            server.url + "/api/conversations", json={"title": "T", "body": "start"}
        ).json()["conversation"]["id"]
        sessions["boss@biz.example"].post(
            server.url + f"/api/conversations/{conv_id}/assign", json={"contractor_id": k_id}
        )
        report = []
        for round_no in range(ROUNDS):
            receiver = Receiver(server.url, sessions["boss@biz.example"], conv_id)
            per = MESSAGES_PER_ROUND // 2
            senders = [
                Sender(server.url, sessions[e], conv_id, f"r{round_no}{tag}", per)
                for e, tag in (("cleo@client.example", "c"), ("kim@work.example", "k"))
            ]
            kill_after = random.randint(10, MESSAGES_PER_ROUND - 40)
            for s in senders:
                s.thread.start()
            deadline = time.monotonic() + 30
            while sum(len(s.acked) for s in senders) < kill_after and time.monotonic() < deadline:
                time.sleep(0.005)
            t0 = time.monotonic()
            server.kill()
            time.sleep(random.uniform(0.1, 0.5))
            server.start()
            t1 = time.monotonic()
            for s in senders:
                s.thread.join(100)
            print(f"restart {t1 - t0:.1f}s, resend {time.monotonic() - t1:.1f}s")
            time.sleep(1.0)
            receiver.sync()
            with engine.connect() as con:
                rows = con.execute(
                    sqlalchemy.text(
                        "SELECT id, client_msg_id FROM messages "
                        "WHERE conversation_id = :c AND client_msg_id LIKE :p"
                    ),
                    {"c": conv_id, "p": f"r{round_no}%"},
                ).all()
                all_ids = {
                    r[0]
                    for r in con.execute(
                        sqlalchemy.text("SELECT id FROM messages WHERE conversation_id = :c"),
                        {"c": conv_id},
                    )
                }
                integrity = (
                    con.exec_driver_sql("PRAGMA integrity_check").scalar()
                    if engine.dialect.name == "sqlite"
                    else "ok"
                )
            stored = {cmid: mid for mid, cmid in rows}
            acked = {c: i for s in senders for c, i in s.acked.items()}
            seen = set(receiver.seen)
            result = {
                "acked": len(acked),
                "lost": sum(1 for c, i in acked.items() if stored.get(c) != i),
                "duplicated": len(rows) - len(stored),
                "phantom": len(seen - all_ids),
                "gaps": len(set(stored.values()) - seen),
                "order_violations": sum(
                    1
                    for s in senders
                    for a, b in zip(
                        [s.acked[f"{s.tag}-{i}"] for i in range(per)],
                        [s.acked[f"{s.tag}-{i}"] for i in range(1, per)],
                        strict=False,
                    )
                    if a >= b
                ),
                "integrity": integrity,
            }
            report.append(result)
            for s in senders:
                s.sio.disconnect()
            receiver.sio.disconnect()
        print("\ncrash rounds:", report)
        for r in report:
            assert r["acked"] == MESSAGES_PER_ROUND
            assert (r["lost"], r["duplicated"], r["phantom"], r["gaps"], r["order_violations"]) == (
                0,
                0,
                0,
                0,
                0,
            ), r
            assert r["integrity"] == "ok"
    finally:
        server.stop()
        engine.dispose()
