"""Socket.IO client managers: session revocation that reaches every process, and a Redis queue
that never stalls a sender and tells receivers to catch up after an outage.

Revocation rides on `close_room`, which python-socketio already relays between processes: a
room name with the REVOKE prefix means "disconnect everyone in the named room" instead of
"empty it", so a logout or suspension on process A drops the user's sockets on process B too.
"""

from __future__ import annotations

import logging
import time

import socketio

from server.realtime import RESYNC, REVOKE_PREFIX

log = logging.getLogger(__name__)

# How long publishing is skipped after Redis failed, so senders are not held up by timeouts.
BACKOFF_SECONDS = 5.0
REDIS_OPTIONS = {
    "socket_timeout": 2,
    "socket_connect_timeout": 2,
    "health_check_interval": 10,
}


def _disconnect_local(manager: socketio.Manager, room: str, namespace: str) -> None:
    for sid, _eio_sid in list(manager.get_participants(namespace, room)):
        manager.server.disconnect(sid, namespace=namespace, ignore_queue=True)


class LocalManager(socketio.Manager):
    """One process: rooms in memory, plus revocation by room."""

    def close_room(self, room, namespace):  # noqa: ANN001, ANN201
        if room.startswith(REVOKE_PREFIX):
            return _disconnect_local(self, room[len(REVOKE_PREFIX) :], namespace or "/")
        return super().close_room(room, namespace)


class RedisQueue(socketio.RedisManager):
    """Several processes relaying through Redis, with timeouts on every Redis call.

    - Publishing uses its own connection; after a failure it is skipped for a few seconds
      (committed messages are safe in the database). Once Redis takes a publish again, every
      socket on every process is told to `resync`, so receivers catch up on what was not
      relayed — also when only publishing failed (a Redis too slow to answer in time) and
      the listeners never noticed an outage.
    - The listener polls with a timeout and a health check, so a hung Redis is noticed; when it
      comes back, every socket on this process gets `resync` and fetches what it missed.
    """

    def __init__(self, url: str, **kwargs) -> None:  # noqa: ANN003
        super().__init__(url, redis_options=dict(REDIS_OPTIONS), **kwargs)
        self._publisher = None
        self._skip_until = 0.0
        self._missed = False  # an event was not relayed: everyone must catch up

    def _handle_close_room(self, message):  # noqa: ANN001, ANN201
        room = message.get("room") or ""
        if room.startswith(REVOKE_PREFIX):
            ns = message.get("namespace") or "/"
            return _disconnect_local(self, room[len(REVOKE_PREFIX) :], ns)
        return super()._handle_close_room(message)

    def _publish(self, data):  # noqa: ANN001, ANN201
        if time.monotonic() < self._skip_until:
            self._missed = True
            return None
        try:
            if self._publisher is None:
                module = self._get_redis_module()
                self._publisher = module.Redis.from_url(self.redis_url, **REDIS_OPTIONS)
            sent = self._publisher.publish(self.channel, self.json.dumps(data))
        except Exception as exc:
            log.error("cannot publish to redis (%s); receivers will catch up", type(exc).__name__)
            self._publisher = None
            self._skip_until = time.monotonic() + BACKOFF_SECONDS
            self._missed = True
            return None
        if self._missed:
            self._announce_resync()
        return sent

    def _announce_resync(self) -> None:
        """Tell every socket on every process to catch up (after events were not relayed)."""
        self._missed = False
        log.info("redis takes publishes again; asking every socket to catch up")
        self.emit(RESYNC, {}, namespace="/")

    def _redis_listen_with_retries(self):  # noqa: ANN201
        retry_sleep, subscribed, lost = 1.0, False, False
        while True:
            try:
                if self._missed and time.monotonic() >= self._skip_until:
                    self._announce_resync()  # even if no one sends anything more
                if not subscribed:
                    self._redis_connect()
                    self.pubsub.subscribe(self.channel)
                    subscribed, retry_sleep = True, 1.0
                    if lost:
                        lost, self._skip_until = False, 0.0
                        log.info("redis is back; asking local sockets to catch up")
                        self.server.emit(RESYNC, {}, namespace="/", ignore_queue=True)
                message = self.pubsub.get_message(timeout=1.0)
                if message:
                    yield message
            except Exception as exc:
                log.error(
                    "cannot receive from redis (%s); retrying in %.0f s",
                    type(exc).__name__,
                    retry_sleep,
                )
                subscribed, lost = False, True
                self._skip_until = time.monotonic() + BACKOFF_SECONDS
                time.sleep(retry_sleep)
                retry_sleep = min(retry_sleep * 2, 10.0)
