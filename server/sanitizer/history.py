"""Contact details sent in pieces over several messages ("starts 0176", "then 4452", "913")."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .context import Context
from .normalize import build_views
from .types import Finding

MAX_MESSAGES = 4
MAX_TAIL = 300

Detector = Callable[..., list[Finding]]


def split_findings(text: str, history: Sequence[str], ctx: Context,
                   detectors: Sequence[Detector]) -> list[Finding]:
    """Findings in ``text`` that only exist when read after the sender's previous messages.

    The recent messages and the current one are read as one text; a finding that starts in
    the history and reaches into the current message is clipped to the current message.
    """
    recent = [h[-MAX_TAIL:] for h in history[-MAX_MESSAGES:] if isinstance(h, str) and h.strip()]
    if not recent or not text.strip():
        return []
    prefix = " ".join(recent) + " "
    base = len(prefix)
    views = build_views(prefix + text[:MAX_TAIL])
    out: list[Finding] = []
    for det in detectors:
        for f in det(views, ctx):
            if f.start < base < f.end:
                out.append(Finding(f.kind, 0, f.end - base, f.reason + " (split over messages)"))
    return out
