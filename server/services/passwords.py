"""Password hashing (argon2id) and the password policy."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from server.errors import Invalid

_COMMON = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"
MIN_LENGTH = 8
MAX_LENGTH = 256

_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, type=Type.ID)
# A valid hash to verify against when the account does not exist, so timing tells nothing.
_DUMMY_HASH = _hasher.hash("switchboard-dummy-password")


def configure(memory_kib: int, time_cost: int) -> None:
    """Set the argon2id cost (production: at least 19 MiB and 2 passes)."""
    global _hasher, _DUMMY_HASH
    _hasher = PasswordHasher(
        time_cost=time_cost, memory_cost=memory_kib, parallelism=1, type=Type.ID
    )
    _DUMMY_HASH = _hasher.hash("switchboard-dummy-password")


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    try:
        lines = _COMMON.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def check_policy(password: object) -> str:
    """Return the password when it meets the policy, else raise Invalid with a reason."""
    if not isinstance(password, str):
        raise Invalid("Password must be text.")
    if len(password) < MIN_LENGTH:
        raise Invalid(f"Password must be at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise Invalid(f"Password must be at most {MAX_LENGTH} characters.")
    if password.lower() in _common_passwords():
        raise Invalid("That password is too common; please choose another.")
    return password


def hash_password(password: str) -> str:
    """Hash with argon2id."""
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when the password matches; spends the same effort when there is no stored hash."""
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
