"""The one place that calls bleach: turn user input into plain text."""
from __future__ import annotations

import html as _html

import bleach


def strip_markup(text: str) -> str:
    """Remove every tag and comment, then decode entities so "5 < 6 & 7" stays literal."""
    if not isinstance(text, str):
        text = str(text)
    cleaned = bleach.clean(text, tags=set(), strip=True, strip_comments=True)
    return _html.unescape(cleaned)
