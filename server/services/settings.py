"""Workspace settings: brand, signup, sanitizer policy. Defaults come from the app config."""

from __future__ import annotations

import base64
import hashlib
import re
import time
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from server.errors import Invalid, TooLong
from server.extensions import db
from server.models import Setting, User
from server.services import audit
from server.services.validation import clean_line

POLICIES = ("redact", "block", "allow")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


LOGO_MAX_BYTES = 256 * 1024
_LOGO_TYPES = (  # raster formats only: an SVG logo could carry script
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


@dataclass(frozen=True)
class Brand:
    name: str
    color: str
    logo_url: str | None = None

    @property
    def initial(self) -> str:
        return (self.name[:1] or "B").upper()

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "color": self.color,
            "initial": self.initial,
            "logo_url": self.logo_url,
        }


def _defaults() -> dict[str, str]:
    cfg = current_app.config
    return {
        "brand_name": cfg["BRAND_NAME"],
        "brand_color": cfg["BRAND_COLOR"],
        "signup_open": "1" if cfg["SIGNUP_OPEN"] else "0",
        "policy_to_contractor": "redact",
        "policy_to_client": "redact",
        "allowed_domains": "",
        "brand_logo": "",
        "brand_logo_type": "",
        "brand_logo_hash": "",
    }


CACHE_SECONDS = 2.0  # other processes see a change within this time


def all_settings() -> dict[str, str]:
    """Every setting, stored values over config defaults (cached briefly: read on every message)."""
    cache = current_app.extensions.setdefault("switchboard_settings", {})
    if cache.get("until", 0.0) > time.monotonic():
        return cache["values"]
    values = _defaults()
    for row in db.session.scalars(select(Setting)):
        if row.key in values:
            values[row.key] = row.value
    cache.update(values=values, until=time.monotonic() + CACHE_SECONDS)
    return values


def brand() -> Brand:
    """The identity clients see for every contractor and owner message."""
    values = all_settings()
    logo = f"/brand/logo?v={values['brand_logo_hash']}" if values["brand_logo_hash"] else None
    return Brand(values["brand_name"], values["brand_color"], logo)


def signup_open() -> bool:
    return all_settings()["signup_open"] == "1"


def policy(direction: str) -> str:
    """redact, block or allow for "to_contractor" / "to_client"."""
    return all_settings().get(f"policy_{direction}", "redact")


def allowed_domains() -> list[str]:
    """Domains the filter leaves alone: the brand's own (BRAND_DOMAIN) and the owner's list."""
    own = current_app.config.get("BRAND_DOMAIN")
    listed = [d for d in all_settings()["allowed_domains"].split(",") if d]
    return [own, *listed] if own else listed


def public_settings() -> dict:
    """Settings as the owner's settings page shows them."""
    values = all_settings()
    return {
        "brand_name": values["brand_name"],
        "brand_color": values["brand_color"],
        "signup_open": values["signup_open"] == "1",
        "policy_to_contractor": values["policy_to_contractor"],
        "policy_to_client": values["policy_to_client"],
        "allowed_domains": [d for d in values["allowed_domains"].split(",") if d],
        "logo_url": brand().logo_url,
    }


def _validated(changes: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    if "brand_name" in changes:
        out["brand_name"] = clean_line(changes["brand_name"], "Brand name", max_chars=60)
    if "brand_color" in changes:
        color = changes["brand_color"]
        if not isinstance(color, str) or not _COLOR.match(color):
            raise Invalid("Brand colour must look like #3b5bdb.")
        out["brand_color"] = color.lower()
    if "signup_open" in changes:
        if not isinstance(changes["signup_open"], bool):
            raise Invalid("signup_open must be true or false.")
        out["signup_open"] = "1" if changes["signup_open"] else "0"
    for key in ("policy_to_contractor", "policy_to_client"):
        if key in changes:
            if changes[key] not in POLICIES:
                raise Invalid(f"{key} must be one of {', '.join(POLICIES)}.")
            out[key] = changes[key]
    if "allowed_domains" in changes:
        domains = changes["allowed_domains"]
        if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
            raise Invalid("allowed_domains must be a list of domain names.")
        cleaned = [clean_line(d, "Domain", max_chars=253).lower() for d in domains[:50]]
        out["allowed_domains"] = ",".join(d for d in cleaned if d)
    return out


def update(actor: User, changes: object) -> dict:
    """Owner changes settings; every change is audited. Unknown keys are ignored."""
    if not isinstance(changes, dict):
        raise Invalid("Settings must be an object.")
    values = _validated(changes)
    _store(values)
    if values:
        audit.record(actor, "settings_changed", None, keys=sorted(values))
    db.session.commit()
    current_app.extensions.pop("switchboard_settings", None)
    return public_settings()


def _store(values: dict[str, str]) -> None:
    for key, value in values.items():
        row = db.session.get(Setting, key)
        if row is None:
            db.session.add(Setting(key=key, value=value))
        else:
            row.value = value


def set_logo(actor: User, data: bytes | None) -> dict:
    """The brand's logo for clients: a PNG or JPEG of at most 256 KB (None removes it)."""
    if data is None:
        values = {"brand_logo": "", "brand_logo_type": "", "brand_logo_hash": ""}
    else:
        if len(data) > LOGO_MAX_BYTES:
            raise TooLong("The logo must be at most 256 KB.")
        kind = next((t for magic, t in _LOGO_TYPES if data.startswith(magic)), None)
        if kind is None:
            raise Invalid("The logo must be a PNG or JPEG image.")
        digest = hashlib.sha256(data).hexdigest()[:16]
        values = {
            "brand_logo": base64.b64encode(data).decode(),
            "brand_logo_type": kind,
            "brand_logo_hash": digest,
        }
    _store(values)
    audit.record(actor, "settings_changed", None, keys=["brand_logo"])
    db.session.commit()
    current_app.extensions.pop("switchboard_settings", None)
    return public_settings()


def logo() -> tuple[bytes, str] | None:
    """(image bytes, content type) of the brand's logo, or None."""
    values = all_settings()
    if not values["brand_logo"]:
        return None
    return base64.b64decode(values["brand_logo"]), values["brand_logo_type"]
