"""The owner's console on a large workspace: 2,000 conversations and 100,000 messages.

    .venv/bin/python bench/console.py [--conversations 2000] [--messages 100000] [--postgres URL]

Seeds a fresh database in bulk (SQLite file, or an empty PostgreSQL database), then times, as the
owner through the real HTTP routes (Flask test client, so only server time counts): the overview
page and its API (first page, all 500, a stage filter, a search), and opening one conversation
(page, conversation, latest 50 messages). Prints the median and worst of repeated runs in ms.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASSWORD = "bench-password-1"


def seed(app, n_convs: int, n_msgs: int) -> dict:
    from sqlalchemy import insert

    from server.extensions import db
    from server.models import Conversation, Message, Pseudonym, User
    from server.services import passwords

    rng = random.Random(7)
    hashed = passwords.hash_password(PASSWORD)
    now = datetime.now(UTC)
    with app.app_context():
        db.create_all()
        users = [
            dict(
                role="owner",
                email="owner@bench.example",
                name="Bench Owner",
                password_hash=hashed,
                status="active",
                created_at=now,
            )
        ]
        users += [
            dict(
                role="contractor",
                email=f"k{i}@bench.example",
                name=f"Contractor {i}",
                password_hash=hashed,
                status="active",
                created_at=now,
            )
            for i in range(50)
        ]
        users += [
            dict(
                role="client",
                email=f"c{i}@bench.example",
                name=f"Client {i}",
                company=f"Company {i}",
                password_hash=hashed,
                status="active",
                created_at=now,
            )
            for i in range(500)
        ]
        db.session.execute(insert(User), users)
        contractor_ids = list(range(2, 52))
        client_ids = list(range(52, 552))
        convs, pairs = [], set()
        for i in range(n_convs):
            client, contractor = rng.choice(client_ids), rng.choice(contractor_ids + [None])
            if contractor:
                pairs.add((client, contractor))
            convs.append(
                dict(
                    title=f"Request {i} about invoices",
                    client_id=client,
                    contractor_id=contractor,
                    status=rng.choice(["open"] * 4 + ["closed"]),
                    created_at=now - timedelta(days=30),
                    last_message_at=now,
                    last_sender_role="client",
                )
            )
        db.session.execute(insert(Conversation), convs)
        db.session.execute(
            insert(Pseudonym),
            [
                dict(client_id=c, contractor_id=k, name=f"Client P{c}-{k}", created_at=now)
                for c, k in pairs
            ],
        )
        per = n_msgs // n_convs
        rows = []
        for conv_id in range(1, n_convs + 1):
            conv = convs[conv_id - 1]
            for j in range(per):
                sender = (
                    conv["client_id"]
                    if j % 2 == 0 or not conv["contractor_id"]
                    else (conv["contractor_id"])
                )
                role = "client" if sender == conv["client_id"] else "contractor"
                text = f"Message {j}: the draft for order #{conv_id}{j} is ready for review."
                rows.append(
                    dict(
                        conversation_id=conv_id,
                        sender_id=sender,
                        sender_role=role,
                        note=False,
                        body=text,
                        original_body=text,
                        redacted=False,
                        findings=[],
                        created_at=now - timedelta(minutes=per - j),
                    )
                )
            if len(rows) >= 20_000:
                db.session.execute(insert(Message), rows)
                rows = []
        if rows:
            db.session.execute(insert(Message), rows)
        db.session.execute(
            db.text(
                "UPDATE conversations SET last_message_id = (SELECT max(id) FROM messages "
                "WHERE messages.conversation_id = conversations.id)"
            )
        )
        db.session.commit()
    return {"conversation": n_convs // 2}


def timed(fn, repeat: int = 15) -> tuple[float, float]:
    fn()  # warm up
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), max(samples)


def run(url: str, n_convs: int, n_msgs: int) -> list[tuple[str, float, float]]:
    os.environ["SWITCHBOARD_TEST_DB"] = url
    from server import config, create_app

    app = create_app(config.TestConfig)
    started = time.perf_counter()
    ids = seed(app, n_convs, n_msgs)
    print(
        f"seeded {n_convs} conversations, {n_msgs} messages in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    http = app.test_client()
    page = http.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page)[1]
    r = http.post(
        "/login", data={"email": "owner@bench.example", "password": PASSWORD, "csrf_token": token}
    )
    assert r.status_code == 302
    conv = ids["conversation"]

    def ok(path):
        def call():
            response = http.get(path)
            assert response.status_code == 200, (path, response.status_code)

        return call

    def open_conversation():
        for path in (
            f"/console/conversations/{conv}",
            f"/api/conversations/{conv}",
            f"/api/conversations/{conv}/messages?limit=50",
        ):
            ok(path)()

    checks = [
        ("overview page (HTML)", ok("/console")),
        ("overview API, first 50", ok("/api/conversations?limit=50")),
        ("overview API, 500", ok("/api/conversations?limit=500")),
        (
            "overview API, stage filter",
            ok("/api/conversations?stage=waiting_on_contractor&limit=50"),
        ),
        ("overview API, search", ok("/api/conversations?q=client%2042&limit=50")),
        ("open a conversation (3 requests)", open_conversation),
    ]
    return [(name, *timed(fn)) for name, fn in checks]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--postgres", help="URL of an EMPTY PostgreSQL database to fill")
    args = parser.parse_args()
    url = args.postgres or f"sqlite:///{tempfile.mkdtemp(prefix='sb-console-')}/console.db"
    rows = run(url, args.conversations, args.messages)
    kind = "PostgreSQL" if args.postgres else "SQLite"
    print(
        f"\n{kind}, {args.conversations} conversations, {args.messages} messages "
        "(owner, server time, ms)"
    )
    print(f"{'request':<36} {'median':>8} {'worst':>8}")
    for name, median, worst in rows:
        print(f"{name:<36} {median:>8.1f} {worst:>8.1f}")


if __name__ == "__main__":
    main()
