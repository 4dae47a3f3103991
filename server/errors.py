"""Typed domain errors with a protocol code and an HTTP status. Imports nothing from server."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a person can cause; translated once at each edge (HTTP, socket ack)."""

    code = "invalid"
    status = 400
    default_message = "The request is not valid."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)
        self.message = message or self.default_message

    def to_dict(self) -> dict:
        """The protocol error object: ``{"code", "message"}``."""
        return {"code": self.code, "message": self.message}


class Unauthenticated(DomainError):
    code, status, default_message = "unauthenticated", 401, "Please log in."


class Forbidden(DomainError):
    code, status, default_message = "forbidden", 403, "You may not do that."


class NotFound(DomainError):
    code, status, default_message = "not_found", 404, "Not found."


class Invalid(DomainError):
    code, status, default_message = "invalid", 400, "The request is not valid."


class TooLong(DomainError):
    code, status, default_message = "too_long", 413, "That is too long."


class RateLimited(DomainError):
    code, status, default_message = "rate_limited", 429, "Too many requests; slow down."


class BlockedByPolicy(DomainError):
    code, status, default_message = (
        "blocked_by_policy",
        422,
        "This message was not sent because it contains contact details.",
    )

    def __init__(self, message: str | None = None, kinds: list[str] | None = None) -> None:
        super().__init__(message)
        self.kinds = kinds or []

    def to_dict(self) -> dict:
        """Adds the kinds of contact detail that caused the block."""
        return {**super().to_dict(), "kinds": self.kinds}


class Unavailable(DomainError):
    code, status, default_message = (
        "unavailable",
        503,
        "The service is busy; your message was not saved. Please retry.",
    )
