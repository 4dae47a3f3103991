"""Small input validators shared by every entry point (HTTP, socket, CLI)."""

from __future__ import annotations

import math
import re
import unicodedata

from server.errors import Invalid, TooLong

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,253}\.[^@\s.]{2,63}$")


def clean_text(value: object, field: str, *, max_chars: int, required: bool = True) -> str:
    """Strip, reject control characters (but newlines and tabs), lone surrogates and excess."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise Invalid(f"{field} must be text.")
    text = value.strip()
    if required and not text:
        raise Invalid(f"{field} is required.")
    if len(text) > max_chars:
        raise TooLong(f"{field} is too long (at most {max_chars} characters).")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid(f"{field} contains invalid characters.") from None
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cs"}
    )


# Bidi overrides and isolates can make a name or title reorder the text around it.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def clean_line(value: object, field: str, *, max_chars: int, required: bool = True) -> str:
    """Like clean_text, for single-line values such as names and titles: newlines become
    spaces and bidi control characters are dropped."""
    text = clean_text(value, field, max_chars=max_chars, required=required)
    text = " ".join(text.translate(_BIDI_CONTROLS).split())
    if required and not has_visible_text(text):
        raise Invalid(f"{field} is required.")
    return text


def clean_email(value: object) -> str:
    """A lowercased, plausibly valid email address."""
    email = clean_line(value, "Email", max_chars=254).lower()
    if not _EMAIL.match(email):
        raise Invalid("Email address is not valid.")
    return email


def clean_id(value: object, field: str = "id") -> int:
    """A positive integer id; refuses booleans, floats, strings and absurd values."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        else:
            raise Invalid(f"{field} must be an integer.")
    if value <= 0 or value > 2**53:
        raise Invalid(f"{field} is out of range.")
    return value


def parse_id(value: str | None, field: str = "id", default: int | None = None) -> int | None:
    """An optional integer from a query string."""
    if value is None or value == "":
        return default
    if not value.isascii() or not value.isdigit() or len(value) > 16:
        raise Invalid(f"{field} must be a non-negative integer.")
    return int(value)


def has_visible_text(text: str) -> bool:
    """True when some character would show: not whitespace, format, control or combining."""
    return any(
        not ch.isspace() and unicodedata.category(ch) not in {"Cf", "Cc", "Mn", "Me", "Cs"}
        for ch in text
    )
