"""Contact-detail sanitizer: a pure library (no Flask, no database).

Normalize what people type to hide contact details, detect them, and redact the exact characters
of the original message.
"""
from .engine import sanitize
from .history import MAX_MESSAGES as HISTORY_MESSAGES
from .html import strip_markup
from .types import Finding, Identity, Result

__all__ = ["HISTORY_MESSAGES", "Finding", "Identity", "Result", "sanitize", "strip_markup"]
