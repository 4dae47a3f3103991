"""Configuration read from the environment (and an optional `.env` file), with dev defaults."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "instance"


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    """Return SECRET_KEY from the environment, or one generated once and kept under instance/."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    INSTANCE.mkdir(exist_ok=True)
    path = INSTANCE / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def database_url(url: str) -> str:
    """Use the psycopg 3 driver (pure Python over libpq, so eventlet can switch while it waits)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Config:
    """Production-leaning defaults; every value can be overridden from the environment."""

    TESTING = False
    DEBUG = False

    def __init__(self) -> None:
        load_dotenv(ROOT / ".env", override=False)
        INSTANCE.mkdir(exist_ok=True)
        self.SECRET_KEY = _secret_key()
        self.SQLALCHEMY_DATABASE_URI = database_url(
            os.environ.get("DATABASE_URL", f"sqlite:///{INSTANCE / 'switchboard.db'}")
        )
        self.REDIS_URL = os.environ.get("REDIS_URL") or None
        self.BRAND_NAME = os.environ.get("BRAND_NAME", "BrightDesk")
        self.BRAND_COLOR = os.environ.get("BRAND_COLOR", "#3b5bdb")
        self.HOST = os.environ.get("HOST", "127.0.0.1")
        self.PORT = int(os.environ.get("PORT", "5000"))
        self.SOCKETIO_ASYNC_MODE = os.environ.get("SOCKETIO_ASYNC_MODE", "eventlet")
        # Extra origins allowed to open a socket besides the app's own (comma separated).
        self.ALLOWED_ORIGINS = [
            o.strip() for o in os.environ.get("ALLOWED_ORIGINS", "").split(",") if o.strip()
        ]
        self.SIGNUP_OPEN = _bool("SIGNUP_OPEN", True)
        self.PHONE_REGION = os.environ.get("PHONE_REGION", "US")
        # Reverse proxies in front of the app whose X-Forwarded-* headers are trusted (nginx in
        # `make run-cluster` is one). 0: use the socket's address, so the header cannot be forged.
        self.PROXY_HOPS = int(os.environ.get("PROXY_HOPS", "0"))
        # The brand's own domain: links to it are never removed by the filter.
        self.BRAND_DOMAIN = os.environ.get("BRAND_DOMAIN", "").strip().lower()
        self.SESSION_COOKIE_SECURE = _bool("SESSION_COOKIE_SECURE", False)
        if self.SESSION_COOKIE_SECURE:
            self.SESSION_COOKIE_NAME = "__Host-session"
        self.DEBUG = _bool("FLASK_DEBUG", False)

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_NAME = "session"
    MAX_CONTENT_LENGTH = 1 * 1024 * 1024
    MESSAGE_MAX_CHARS = 4000
    TITLE_MAX_CHARS = 200
    CLIENT_MSG_ID_MAX = 64
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    WTF_CSRF_TIME_LIMIT = None
    WTF_CSRF_HEADERS = ["X-CSRFToken", "X-CSRF-Token"]
    # Referrer-Policy: no-referrer means browsers send no Referer, which the strict HTTPS check
    # would demand; the token is still required and cross-site requests are refused by
    # Sec-Fetch-Site (see security.py).
    WTF_CSRF_SSL_STRICT = False
    INVITE_TTL_HOURS = 72
    # Socket events a user may send per 10 seconds, and sockets one user may hold.
    SOCKET_RATE_PER_10S = 50
    SOCKETS_PER_USER = 20
    LOGIN_RATE = "10 per minute"
    # Filtered messages from one person in 24 hours that raise an alert to the owner.
    ALERT_THRESHOLD = 3
    PASSWORD_HASH_MEMORY_KIB = 19456
    PASSWORD_HASH_TIME_COST = 2


class TestConfig(Config):
    """In-memory database and fast password hashing, for the unit and socket tests."""

    TESTING = True
    PASSWORD_HASH_MEMORY_KIB = 1024
    PASSWORD_HASH_TIME_COST = 1

    def __init__(self) -> None:
        super().__init__()
        self.SECRET_KEY = "test-secret"
        self.SQLALCHEMY_DATABASE_URI = database_url(
            os.environ.get("SWITCHBOARD_TEST_DB") or "sqlite://"
        )
        self.REDIS_URL = None
        self.SOCKETIO_ASYNC_MODE = "threading"
        self.BRAND_NAME = "BrightDesk"
        self.SIGNUP_OPEN = True
