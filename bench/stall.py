"""Does database work stall the eventlet hub? Idle round-trips while 20 senders write flat out.

    .venv/bin/python bench/stall.py [--postgres URL] [--seconds 10] [--senders 20]

Starts `python wsgi.py` (eventlet) on a fresh database, connects SENDERS Socket.IO clients that
each send messages back to back (the next one as soon as the previous is acked), and meanwhile
measures the round-trip of a request that does no database work (`GET /healthz`) every 20 ms —
a stalled hub shows up there first. Prints p50/p99/max of that round-trip, without and with
load, and the message rate reached. Runs on SQLite, and on PostgreSQL when --postgres is given.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
import socketio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.conftest import LiveServer, http_login  # noqa: E402


def _quantiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered), p99, ordered[-1]


def probe(url: str, stop: threading.Event) -> list[float]:
    session, out = requests.Session(), []
    while not stop.is_set():
        t = time.perf_counter()
        session.get(url + "/healthz", timeout=5)
        out.append((time.perf_counter() - t) * 1000)
        time.sleep(0.02)
    return out


def run(database_url: str | None, seconds: float, n_senders: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="sb-stall-"))
    env = {"DATABASE_URL": database_url} if database_url else None
    server = LiveServer(tmp, env).start()
    try:
        server.create_user("owner", "boss@bench.example", "Bench Owner")
        emails = [f"c{i}@bench.example" for i in range(n_senders)]
        for e in emails:
            server.create_user("client", e, e.split("@")[0])
        senders = []
        for e in emails:
            s = http_login(server.url, e)
            conv = s.post(server.url + "/api/conversations", json={"title": "t", "body": "b"})
            sio = socketio.Client(reconnection=False)
            cookie = "; ".join(f"{c.name}={c.value}" for c in s.cookies)
            sio.connect(server.url, headers={"Cookie": cookie}, transports=["websocket"])
            senders.append((sio, conv.json()["conversation"]["id"]))

        stop = threading.Event()
        result: dict[str, list[float]] = {}
        t = threading.Thread(target=lambda: result.setdefault("idle", probe(server.url, stop)))
        t.start()
        time.sleep(min(3.0, seconds / 3))
        stop.set(), t.join()

        stop = threading.Event()
        sent = [0] * n_senders

        def flood(i: int) -> None:
            sio, conv_id = senders[i]
            while not stop.is_set():
                ack = sio.call(
                    "send_message", {"conversation_id": conv_id, "body": "hello there"}, timeout=10
                )
                sent[i] += bool(ack and ack.get("ok"))

        threads = [threading.Thread(target=flood, args=(i,)) for i in range(n_senders)]
        for th in threads:
            th.start()
        probe_thread = threading.Thread(
            target=lambda: result.setdefault("load", probe(server.url, stop))
        )
        started = time.monotonic()
        probe_thread.start()
        time.sleep(seconds)
        stop.set()
        for th in [*threads, probe_thread]:
            th.join(15)
        rate = sum(sent) / (time.monotonic() - started)
        for sio, _ in senders:
            sio.disconnect()
        return {
            "idle": _quantiles(result["idle"]),
            "load": _quantiles(result["load"]),
            "rate": rate,
        }
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="PostgreSQL URL of an existing database to fill")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--senders", type=int, default=20)
    args = parser.parse_args()
    rows = [("SQLite", run(None, args.seconds, args.senders))]
    if args.postgres:
        rows.append(("PostgreSQL", run(args.postgres, args.seconds, args.senders)))
    print(
        f"\n{args.senders} senders flat out for {args.seconds:.0f} s; "
        "GET /healthz round-trip in ms (p50 / p99 / max)"
    )
    print(f"{'database':<12} {'idle':>22} {'under load':>22} {'msgs/s':>8}")
    for name, r in rows:
        idle = "{:.1f} / {:.1f} / {:.1f}".format(*r["idle"])
        load = "{:.1f} / {:.1f} / {:.1f}".format(*r["load"])
        print(f"{name:<12} {idle:>22} {load:>22} {r['rate']:>8.0f}")


if __name__ == "__main__":
    main()
