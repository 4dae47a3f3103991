"""The one place that calls bleach: turn user input into plain text."""
from __future__ import annotations

import html as _html
import re

import bleach

# Text without these characters comes back from bleach unchanged (no tag, no entity, none of
# the control characters its tokenizer rewrites), so it can skip the HTML parser.
_NEEDS_PARSER = re.compile(r"[<&\x00-\x08\x0b-\x1f\x7f-\x9f]")
# "jane <at> gmail <dot> com" is an address spelled out, not markup: kept as "[at]", "[dot]"
# for the filter instead of being dropped as unknown tags.
_SPOKEN_TAG = re.compile(r"(?i)<\s{0,2}(at|dot|arroba|arobase|punto|punkt|point|ponto)\s{0,2}>")


def strip_markup(text: str) -> str:
    """Remove every tag and comment, then decode entities so "5 < 6 & 7" stays literal."""
    if not isinstance(text, str):
        text = str(text)
    if _NEEDS_PARSER.search(text) is None:
        return text
    text = _SPOKEN_TAG.sub(r"[\1]", text)
    cleaned = bleach.clean(text, tags=set(), strip=True, strip_comments=True)
    return _html.unescape(cleaned)
