"""A bare Flask-SocketIO relay on eventlet: the stack's own limit, for bench/run_delivery.py.

Same stack and Socket.IO settings as the app (Flask 3, Flask-SocketIO, eventlet, async handlers,
managed sessions, the same ping and buffer settings), but no authentication, no sanitizer, no
database. It does the same fan-out as the app: every message is emitted once per recipient
socket group -- the conversation's client, its contractor, and the owners -- each with its own
payload dict (the app serializes per viewer), and the sender gets an ack with the message.

A socket says who it is in the Socket.IO auth payload:
    {"role": "client"|"contractor", "conversation_id": 12}   or   {"role": "owner"}

Run:  python bench/relay.py --port 5099 [--gc default|tuned]
    tuned = gc.set_threshold(700, 10, 1000) and gc.freeze() once the app is built (as wsgi.py).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import sys
import warnings

warnings.filterwarnings("ignore", message=r"\s*Eventlet is deprecated")
import eventlet  # noqa: E402

eventlet.monkey_patch()

from datetime import UTC, datetime  # noqa: E402

from flask import Flask  # noqa: E402
from flask_socketio import SocketIO, join_room  # noqa: E402

_ids = itertools.count(1)


def create_relay(port: int) -> tuple[Flask, SocketIO]:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "relay-bench"
    origins = sorted({f"http://127.0.0.1:{port}", f"http://localhost:{port}"})
    sio = SocketIO(
        app,
        async_mode="eventlet",
        cors_allowed_origins=origins,
        cors_credentials=True,
        max_http_buffer_size=64 * 1024,
        ping_interval=20,
        ping_timeout=20,
        logger=False,
        engineio_logger=False,
    )

    @app.get("/healthz")
    def healthz():  # noqa: ANN202
        return {"ok": True, "pid": os.getpid()}

    @sio.on("connect")
    def on_connect(auth=None):  # noqa: ANN001, ANN202
        auth = auth if isinstance(auth, dict) else {}
        role = auth.get("role")
        if role == "owner":
            join_room("owners")
        elif role in ("client", "contractor") and isinstance(auth.get("conversation_id"), int):
            join_room(f"conv:{auth['conversation_id']}:{role}")
        else:
            raise ConnectionRefusedError("who are you")
        return True

    @sio.on("send_message")
    def send_message(data=None):  # noqa: ANN001, ANN202
        if not isinstance(data, dict) or not isinstance(data.get("conversation_id"), int):
            return {"ok": False, "error": {"code": "invalid", "message": "bad payload"}}
        conv = data["conversation_id"]
        msg = {
            "id": next(_ids),
            "conversation_id": conv,
            "body": str(data.get("body", "")),
            "sender_name": "Relay",
            "mine": False,
            "created_at": datetime.now(UTC).isoformat(),
            "client_msg_id": None,
            "redacted": False,
            "note": False,
        }
        # One emit per recipient group, each with its own dict, like the app's per-viewer fan-out.
        for room in (f"conv:{conv}:client", f"conv:{conv}:contractor", "owners"):
            sio.emit("message", dict(msg), to=room)
        return {
            "ok": True,
            "message": {**msg, "mine": True, "client_msg_id": data.get("client_msg_id")},
        }

    return app, sio


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5099)
    parser.add_argument("--gc", choices=("default", "tuned"), default="default")
    args = parser.parse_args()
    app, sio = create_relay(args.port)
    if args.gc == "tuned":
        gc.set_threshold(700, 10, 1000)
        gc.collect()
        gc.freeze()
    print(f"relay serving on http://{args.host}:{args.port} gc={args.gc}", flush=True)
    sys.stdout.flush()
    sio.run(app, host=args.host, port=args.port, log_output=False)


if __name__ == "__main__":
    main()
