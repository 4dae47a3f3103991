"""Socket.IO client managers: session revocation that reaches every process, and a Redis queue
that never stalls a sender and tells receivers to catch up after an outage.

Revocation rides on `close_room`, which python-socketio already relays between processes: a
room name with the REVOKE prefix means "disconnect everyone in the named room" instead of
"empty it", so a logout or suspension on process A drops the user's sockets on process B too.
"""

from __future__ import annotations

import logging
import time
from collections import deque

import socketio

from server.realtime import RESYNC, REVOKE_PREFIX

log = logging.getLogger(__name__)

# How long publishing is skipped after Redis failed, so senders are not held up by timeouts.
BACKOFF_SECONDS = 5.0
# Events waiting to be relayed; beyond this (Redis far too slow) they are dropped and every
# socket is told to resync. Each round trip to Redis carries up to PUBLISH_BATCH of them.
OUTBOX_MAX = 20_000
PUBLISH_BATCH = 256
# A resync makes every socket of every process fetch what it missed: at most this often.
RESYNC_EVERY_SECONDS = 5.0
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

    - Events are relayed in order by one background task over one connection, in batches
      (a pipeline per round trip): a sender only queues its events, so a slow Redis never
      holds a sender, the conversation's order lock or a database transaction, and a burst
      never opens a connection per waiting event.
    - After a failure publishing is skipped for a few seconds (committed messages are safe in
      the database). Once Redis takes a publish again, every socket on every process is told
      to `resync` (at most every few seconds), so receivers catch up on what was not
      relayed — also when only publishing failed and the listeners never noticed an outage.
    - The listener polls with a timeout and a health check, so a hung Redis is noticed; when it
      comes back, every socket on this process gets `resync` and fetches what it missed.
    """

    def __init__(self, url: str, **kwargs) -> None:  # noqa: ANN003
        super().__init__(url, redis_options=dict(REDIS_OPTIONS), **kwargs)
        self._publisher = None
        self._skip_until = 0.0
        self._missed = False  # an event was not relayed: everyone must catch up
        self._last_resync = 0.0
        self._outbox: deque = deque()
        self._wakeup = None  # set once the server runs the relaying task

    def initialize(self):  # noqa: ANN201
        super().initialize()
        self._wakeup = self.server.eio.create_event()
        self.server.start_background_task(self._relay_outbox)

    def _handle_close_room(self, message):  # noqa: ANN001, ANN201
        room = message.get("room") or ""
        if room.startswith(REVOKE_PREFIX):
            ns = message.get("namespace") or "/"
            return _disconnect_local(self, room[len(REVOKE_PREFIX) :], ns)
        return super()._handle_close_room(message)

    def _publish(self, data):  # noqa: ANN001, ANN201
        if self._wakeup is None:  # no server task (an emitter outside the app): send now
            return self._send([data])
        if len(self._outbox) >= OUTBOX_MAX:
            self._missed = True
            return None
        self._outbox.append(data)
        self._wakeup.set()
        return None

    def _send(self, batch: list) -> bool:
        """Publish a batch in order, one round trip; False (and a pause) when Redis fails."""
        if time.monotonic() < self._skip_until:
            self._missed = True
            return False
        try:
            if self._publisher is None:
                module = self._get_redis_module()
                self._publisher = module.Redis.from_url(self.redis_url, **REDIS_OPTIONS)
            pipe = self._publisher.pipeline(transaction=False)
            for data in batch:
                pipe.publish(self.channel, self.json.dumps(data))
            pipe.execute()
            return True
        except Exception as exc:
            log.error("cannot publish to redis (%s); receivers will catch up", type(exc).__name__)
            self._publisher = None
            self._skip_until = time.monotonic() + BACKOFF_SECONDS
            self._missed = True
            return False

    def _relay_outbox(self) -> None:
        while True:
            try:
                self._wakeup.wait(1.0)
                self._wakeup.clear()
                while self._outbox:
                    count = min(len(self._outbox), PUBLISH_BATCH)
                    self._send([self._outbox.popleft() for _ in range(count)])
                now = time.monotonic()
                if (self._missed and now >= self._skip_until
                        and now - self._last_resync >= RESYNC_EVERY_SECONDS):
                    self._announce_resync()
            except Exception:  # the relaying task must outlive any one failure
                log.exception("relaying to redis failed")
                time.sleep(1.0)

    def _announce_resync(self) -> None:
        """Tell every socket on every process to catch up (after events were not relayed)."""
        self._missed, self._last_resync = False, time.monotonic()
        log.info("redis takes publishes again; asking every socket to catch up")
        self.emit(RESYNC, {}, namespace="/")

    def _redis_listen_with_retries(self):  # noqa: ANN201
        retry_sleep, subscribed, lost = 1.0, False, False
        while True:
            try:
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
