"""Serve Switchboard with eventlet: `python wsgi.py` (HOST, PORT from the environment).

eventlet must patch the standard library before anything else is imported. The `flask` command
line (db upgrade, users create) imports this module after Flask itself, so there the patch is
skipped and the commands run with plain threads.
"""

import os
import sys
import warnings

_CLI = os.path.basename(sys.argv[0]) in {"flask", "flask.exe"}
if _CLI:
    os.environ.setdefault("SOCKETIO_ASYNC_MODE", "threading")
elif os.environ.get("SOCKETIO_ASYNC_MODE", "eventlet") == "eventlet":
    warnings.filterwarnings("ignore", message=r"\s*Eventlet is deprecated")
    import eventlet

    eventlet.monkey_patch()
elif os.environ.get("SOCKETIO_ASYNC_MODE") == "gevent":
    from gevent import monkey

    monkey.patch_all()

from server import create_app  # noqa: E402
from server.extensions import socketio  # noqa: E402

app = create_app()

if __name__ == "__main__":
    import gc

    # The filter's tables load now rather than on the first message, and stay out of every
    # collection with the rest of start-up (the `flask` commands never load them).
    import server.sanitizer.engine  # noqa: F401

    # A full collection with a thousand sockets connected pauses every connection for 30-130 ms
    # (bench/app_server.py BENCH_GC=log); make them a hundred times rarer than Python's default,
    # and keep the start-up objects out of every collection. Younger generations still collect
    # short-lived cycles as usual.
    gc.set_threshold(700, 10, 1000)
    gc.collect()
    gc.freeze()
    print(f"Switchboard serving on http://{app.config['HOST']}:{app.config['PORT']}", flush=True)
    options = {"log_output": False}
    if app.config["SOCKETIO_ASYNC_MODE"] == "eventlet":
        options["max_size"] = int(os.environ.get("MAX_CONNECTIONS", "10000"))
    socketio.run(app, host=app.config["HOST"], port=app.config["PORT"], **options)
