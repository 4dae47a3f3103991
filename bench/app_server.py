"""Start the app exactly as `python wsgi.py` does, with an optional garbage-collector setting.

Used by bench/run_delivery.py to measure what a gc change in wsgi.py would give, without editing
wsgi.py:  BENCH_GC=tuned python bench/app_server.py
    tuned = gc.set_threshold(700, 10, 1000), then gc.collect() + gc.freeze() once the app is built
    (just before socketio.run starts serving).
    log   = as wsgi.py, and every collection of 10 ms or more is written to the server log.
"""

from __future__ import annotations

import gc
import os
import runpy
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if os.environ.get("BENCH_GC", "default") == "tuned":
    warnings.filterwarnings("ignore", message=r"\s*Eventlet is deprecated")
    import eventlet

    eventlet.monkey_patch()  # wsgi.py does this too; it must come before flask_socketio

    from flask_socketio import SocketIO

    _run = SocketIO.run

    def run(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        gc.collect()
        gc.freeze()
        return _run(self, *args, **kwargs)

    gc.set_threshold(700, 10, 1000)
    SocketIO.run = run

if os.environ.get("BENCH_GC") == "log":
    # As wsgi.py, and every garbage collection of 10 ms or more written to the server log.
    import time

    _started = {}

    def _log_gc(phase: str, info: dict) -> None:
        if phase == "start":
            _started["t"] = time.perf_counter()
        elif (ms := (time.perf_counter() - _started.get("t", time.perf_counter())) * 1000) >= 10:
            print(f"gc generation {info['generation']} took {ms:.0f} ms", file=sys.stderr)

    gc.callbacks.append(_log_gc)

os.chdir(ROOT)
sys.path.insert(0, str(ROOT))
sys.argv = [str(ROOT / "wsgi.py")]
runpy.run_path(str(ROOT / "wsgi.py"), run_name="__main__")
