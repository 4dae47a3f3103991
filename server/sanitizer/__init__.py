"""Contact-detail sanitizer: a pure library (no Flask, no database).

Normalize what people type to hide contact details, detect them, and redact the exact characters
of the original message.

The detectors compile large tables when first imported (about a second). ``sanitize`` and
``HISTORY_MESSAGES`` load them on first use, so a program that only imports this package (the
`flask` command line creating users or migrating the database) does not pay for them; a server
imports ``server.sanitizer.engine`` at start-up instead.
"""
from __future__ import annotations

import importlib
from typing import Any

from .html import strip_markup
from .types import Finding, Identity, Result

__all__ = ["HISTORY_MESSAGES", "Finding", "Identity", "Result", "sanitize", "strip_markup"]
_LAZY = {"sanitize": ("engine", "sanitize"), "HISTORY_MESSAGES": ("history", "MAX_MESSAGES")}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(f".{module}", __name__), attr)
    globals()[name] = value
    return value
