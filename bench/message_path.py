"""Server-side cost of one chat message, in process, without sockets: where the CPU goes.

    .venv/bin/python bench/message_path.py [--seconds 3] [--postgres URL]

Builds the app on a fresh SQLite file (or an empty PostgreSQL database), creates a client, a
contractor and an owner with one assigned request, then sends the delivery benchmark's business
texts through the same calls a `send_message` event makes (session recheck, post_message with
sanitizer, commit, per-viewer payloads, publish to rooms with no sockets in them). Prints CPU
microseconds per message for the whole path and for the path with the filter set to "allow",
so the filter's share and the database's share can be told apart. Same run, same machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SOCKETIO_ASYNC_MODE", "threading")

from run_delivery import BODIES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--postgres", help="an empty PostgreSQL database URL instead of SQLite")
    parser.add_argument(
        "--profile", choices=("filter", "bare"), help="print a cProfile of one phase"
    )
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="switchboard-mp-")
    os.environ["DATABASE_URL"] = args.postgres or f"sqlite:///{tmp}/bench.db"
    os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production")

    from flask_migrate import upgrade

    from server import create_app
    from server.database import begin_write
    from server.extensions import db
    from server.models import User
    from server.services import auth, conversations, messages, settings

    app = create_app()
    with app.app_context():
        if args.postgres:
            db.drop_all()
            with db.engine.begin() as conn:
                conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        upgrade(directory=str(ROOT / "migrations"))
        owner = auth.create_user("owner", "owner@bench.example", "Olive Owner", "pw-123456789")
        client = auth.create_user(
            "client", "client@bench.example", "Clara Client", "pw-123456789",
            phone="+49 30 1234567", company="Acme Widgets GmbH",
        )
        contractor = auth.create_user(
            "contractor", "con@bench.example", "Conrad Contractor", "pw-123456789"
        )
        conv = conversations.open_request(client, "Logo work", "Hello there")
        conversations.assign(owner, conv.id, contractor.id)
        keys = {u.id: auth.start_session(u) for u in (client, contractor)}
        ids = (client.id, contractor.id)
        conv_id, owner_id = conv.id, owner.id
        db.session.remove()

    known: dict[int, object] = {}

    def send(i: int) -> None:
        uid = ids[i % 2]
        with app.test_request_context("/socket.io/"):
            # as a socket event does: the write transaction first, the session checked in it,
            # the socket's user reused
            begin_write()
            user, known[uid] = auth.recheck_session(keys[uid], known.get(uid))
            msg, _ = messages.post_message(
                user, conv_id, BODIES[i % len(BODIES)], f"m-{time.perf_counter_ns()}-{i}"
            )
            messages.as_seen_by(user, msg)
            db.session.remove()

    def measure(label: str) -> float:
        for i in range(50):
            send(i)
        n, start = 0, time.process_time()
        while time.process_time() - start < args.seconds:
            send(n)
            n += 1
        us = (time.process_time() - start) / n * 1e6
        print(f"{label:<34} {us:8.0f} µs CPU per message  ({n} messages)")
        return us

    def profile() -> None:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for i in range(500):
            send(i)
        prof.disable()
        pstats.Stats(prof).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(50)

    with app.app_context():
        full = measure("whole path (filter on)")
        if args.profile == "filter":
            profile()
        with app.test_request_context("/"):
            settings.update(
                db.session.get(User, owner_id),
                {"policy_to_contractor": "allow", "policy_to_client": "allow"},
            )
            db.session.remove()
        bare = measure("without the filter (policy allow)")
        print(f"{'filter share':<34} {full - bare:8.0f} µs")
        if args.profile == "bare":
            profile()


if __name__ == "__main__":
    main()
