"""Accounts, authentication and server-side login sessions."""

from __future__ import annotations

import hashlib
import secrets

import phonenumbers
from sqlalchemy import bindparam, delete, select

from server import realtime
from server.errors import Invalid, Unauthenticated
from server.extensions import db
from server.models import ROLES, User, UserSession
from server.services import audit, passwords
from server.services.validation import clean_email, clean_line


def _hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def clean_phone(value: object, region: str = "US") -> str | None:
    """Normalise a phone number to E.164, or None when empty; Invalid when unparseable."""
    text = clean_line(value, "Phone", max_chars=40, required=False)
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise Invalid("Phone number is not valid.") from None
    if not phonenumbers.is_possible_number(number):
        raise Invalid("Phone number is not valid.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def create_user(
    role: str,
    email: object,
    name: object,
    password: object,
    phone: object = None,
    company: object = None,
    *,
    actor: User | None = None,
) -> User:
    """Create and commit a user; raises Invalid on a bad field or a taken email."""
    if role not in ROLES:
        raise Invalid(f"Role must be one of {', '.join(ROLES)}.")
    email = clean_email(email)
    user = User(
        role=role,
        email=email,
        name=clean_line(name, "Name", max_chars=120),
        phone=clean_phone(phone),
        company=clean_line(company, "Company", max_chars=120, required=False) or None,
        password_hash=passwords.hash_password(passwords.check_policy(password)),
    )
    if db.session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Invalid("An account with that email already exists.")
    db.session.add(user)
    db.session.flush()
    audit.record(actor, "user_created", f"user:{user.id}", role=role)
    db.session.commit()
    return user


def authenticate(email: object, password: object) -> User:
    """Return the active user with these credentials; one answer for every kind of failure."""
    email_text = email.strip().lower() if isinstance(email, str) else ""
    user = db.session.scalar(select(User).where(User.email == email_text)) if email_text else None
    ok = passwords.verify_password(
        user.password_hash if user else None, password if isinstance(password, str) else ""
    )
    if not ok or user is None or not user.is_active:
        audit.record(user, "login_failed", f"user:{user.id}" if user else None)
        db.session.commit()
        raise Unauthenticated("Email or password is incorrect.")
    return user


def start_session(user: User) -> str:
    """Open a new server-side session; returns the key that goes into the cookie."""
    key = secrets.token_urlsafe(32)
    db.session.add(UserSession(key_hash=_hash_key(key), user_id=user.id))
    audit.record(user, "login", f"user:{user.id}")
    db.session.commit()
    user.session_key = key
    return key


def load_session(key: str | None) -> User | None:
    """The active user behind a session key, or None when the session has ended."""
    if not key or not isinstance(key, str) or len(key) > 128:
        return None
    row = db.session.execute(
        select(UserSession, User)
        .join(User, User.id == UserSession.user_id)
        .where(UserSession.key_hash == _hash_key(key))
    ).first()
    if row is None or not row.User.is_active:
        return None
    row.User.session_key = key
    return row.User


_USERS = User.__table__
_SESSION_USER = (
    select(*_USERS.c)
    .join_from(_USERS, UserSession.__table__, UserSession.__table__.c.user_id == _USERS.c.id)
    .where(UserSession.__table__.c.key_hash == bindparam("key_hash"))
)


def recheck_session(key: str | None, known: User | None) -> tuple[User | None, User | None]:
    """``load_session`` for a connection that keeps its user between events (a socket).

    The session is checked in the database every time, with one plain statement; when the
    user's row is exactly what ``known`` holds, a copy of ``known`` is attached to this
    request's database session instead of loading the user again; any change reloads it.
    Returns (user for this request, object to keep as ``known`` next time); (None, None) when
    the session has ended.
    """
    if known is None or not key or not isinstance(key, str) or len(key) > 128:
        user = load_session(key)
        return user, user
    row = db.session.connection().execute(_SESSION_USER, {"key_hash": _hash_key(key)}).first()
    if row is None or row.status != "active":
        return None, None
    if any(getattr(known, col.key) != value for col, value in zip(_USERS.c, row, strict=True)):
        user = load_session(key)
        return user, user
    user = db.session.merge(known, load=False)
    user.session_key = key
    return user, known


def session_room(key: str) -> str:
    """The socket room of one login session (used to disconnect its sockets)."""
    return realtime.session_room(_hash_key(key))


def end_session(user: User, key: str | None) -> None:
    """Log out one session: the row goes, its sockets are disconnected."""
    if not key:
        return
    db.session.execute(delete(UserSession).where(UserSession.key_hash == _hash_key(key)))
    audit.record(user, "logout", f"user:{user.id}")
    db.session.commit()
    realtime.disconnect_room(session_room(key))


def end_all_sessions(user: User) -> None:
    """End every session of a user (suspension, password change) and drop their sockets."""
    db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))
    db.session.commit()
    realtime.disconnect_room(realtime.user_room(user.id))


def change_password(user: User, current: object, new: object) -> str:
    """Change a password: every session of the user ends (their sockets too) and a fresh one
    starts for this browser; returns its key."""
    if not isinstance(current, str) or not passwords.verify_password(user.password_hash, current):
        raise Invalid("The current password is not right.")
    user.password_hash = passwords.hash_password(passwords.check_policy(new))
    audit.record(user, "password_changed", f"user:{user.id}")
    db.session.commit()
    end_all_sessions(user)
    return start_session(user)
