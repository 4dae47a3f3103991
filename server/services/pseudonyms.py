"""Pairwise pseudonyms: how a contractor sees a client. Random words, never derived from data."""

from __future__ import annotations

import secrets
import time

from sqlalchemy import select

from server.extensions import db
from server.models import Pseudonym

ADJECTIVES = (
    "Amber Azure Bold Brisk Calm Cedar Clear Copper Coral Crimson Dawn Deep Ember Fern Frost "
    "Gentle Golden Granite Hazel Indigo Ivory Jade Keen Lively Lunar Maple Mellow Misty Noble "
    "Ocean Olive Onyx Pearl Quiet Rapid Rowan Ruby Sable Sage Scarlet Silver Slate Solar Steady "
    "Stone Sunny Swift Teal Tidal Topaz Velvet Violet Warm Willow Winter Bright Cobalt Polar"
).split()
ANIMALS = (
    "Albatross Badger Bison Bobcat Crane Dolphin Eagle Egret Falcon Finch Fox Gazelle Heron "
    "Ibis Jaguar Kestrel Koala Lark Lynx Marten Meerkat Moose Narwhal Ocelot Orca Osprey Otter "
    "Owl Panda Pelican Puffin Quail Raven Robin Salmon Seal Sparrow Stork Swan Tapir Tern Tiger "
    "Toucan Turtle Walrus Whale Wolf Wren Yak Zebra Beaver Condor Hare Ibex Lemur Magpie"
).split()


def _random_name() -> str:
    return f"Client {secrets.choice(ADJECTIVES)} {secrets.choice(ANIMALS)}"


def pseudonym_for(client_id: int, contractor_id: int) -> str:
    """The client's pseudonym for this contractor, created on first use (caller commits)."""
    name = db.session.scalar(
        select(Pseudonym.name).where(
            Pseudonym.client_id == client_id, Pseudonym.contractor_id == contractor_id
        )
    )
    if name is not None:
        return name
    taken = set(
        db.session.scalars(select(Pseudonym.name).where(Pseudonym.contractor_id == contractor_id))
    )
    name = _random_name()
    for _ in range(50):
        if name not in taken:
            break
        name = _random_name()
    else:
        name = f"{_random_name()} {secrets.randbelow(900) + 100}"
    db.session.add(Pseudonym(client_id=client_id, contractor_id=contractor_id, name=name))
    db.session.flush()
    return name


# (contractor id, client id) -> (name, expiry). A pseudonym never changes once made; the cache
# only has to forget erased clients, which forget() does here and the TTL does elsewhere.
_cache: dict[tuple[int, int], tuple[str, float]] = {}
CACHE_SECONDS = 60.0


def pseudonyms_for_contractor(contractor_id: int, client_ids: set[int]) -> dict[int, str]:
    """Existing pseudonyms for many clients at once (client id -> name)."""
    now = time.monotonic()
    found, missing = {}, set()
    for client_id in client_ids:
        hit = _cache.get((contractor_id, client_id))
        if hit and hit[1] > now:
            found[client_id] = hit[0]
        else:
            missing.add(client_id)
    if missing:
        rows = db.session.execute(
            select(Pseudonym.client_id, Pseudonym.name).where(
                Pseudonym.contractor_id == contractor_id, Pseudonym.client_id.in_(missing)
            )
        )
        for client_id, name in rows:
            found[client_id] = name
            if len(_cache) > 50_000:
                _cache.clear()
            _cache[(contractor_id, client_id)] = (name, now + CACHE_SECONDS)
    return found


def forget(client_id: int) -> None:
    """Drop a client's cached pseudonyms (erasure)."""
    for key in [k for k in _cache if k[1] == client_id]:
        _cache.pop(key, None)
