"""In-process limits for socket traffic: events per user per window, sockets per user."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from threading import Lock

from server.errors import RateLimited

_lock = Lock()
_events: dict[int, deque[float]] = defaultdict(deque)
_sockets: dict[int, set[str]] = defaultdict(set)
_owner_of: dict[str, int] = {}


def hit(user_id: int, limit: int, window: float = 10.0) -> None:
    """Count one event for this user; RateLimited when over `limit` in `window` seconds."""
    now = time.monotonic()
    with _lock:
        times = _events[user_id]
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= limit:
            raise RateLimited("You are sending too fast; please wait a moment.")
        times.append(now)


def add_socket(user_id: int, sid: str, cap: int) -> bool:
    """Register a socket; False when the user already holds `cap` sockets here."""
    with _lock:
        sids = _sockets[user_id]
        if sid in sids:
            return True
        if len(sids) >= cap:
            return False
        sids.add(sid)
        _owner_of[sid] = user_id
        return True


def remove_socket(sid: str) -> None:
    """Forget a closed socket."""
    with _lock:
        user_id = _owner_of.pop(sid, None)
        if user_id is not None:
            _sockets[user_id].discard(sid)
            if not _sockets[user_id]:
                _sockets.pop(user_id, None)


def reset() -> None:
    """Forget every count (tests)."""
    with _lock:
        _events.clear()
        _sockets.clear()
        _owner_of.clear()
