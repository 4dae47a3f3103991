"""Contact details sent in pieces over several messages ("starts 0176", "then 4452", "913")."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .context import Context
from .normalize import build_views
from .types import Finding

# Up to eight messages: a number typed one digit per message ("7", "1", "8", ...) still joins up;
# the characters read stay bounded by MAX_PREFIX.
MAX_MESSAGES = 8
# A detail given in pieces sits near the boundary between messages: the last characters of the
# history and the first of the new message are enough, and keep this pass cheap.
MAX_PREFIX = 60
MAX_TAIL = 60

Detector = Callable[..., list[Finding]]
# Kinds that a previous message can turn on for the new one: a handle introduced after the
# platform's name ("add me on snap" / "its d.rodriguez_21"); a bare "@word" is not enough
# (a chat about an Instagram campaign mentions "@brand" all the time).
_CONTEXT_KINDS = frozenset({"handle"})


def split_findings(text: str, history: Sequence[str], ctx: Context,
                   detectors: Sequence[Detector]) -> list[Finding]:
    """Findings in ``text`` that only exist when read after the sender's previous messages.

    The recent messages and the current one are read as one text; a finding that starts in
    the history and reaches into the current message is clipped to the current message.
    """
    recent = [h[-MAX_PREFIX:] for h in history[-MAX_MESSAGES:] if isinstance(h, str) and h.strip()]
    if not recent or not text.strip():
        return []
    joined = " ".join(recent)
    if len(joined) > MAX_PREFIX:  # start at a word, not inside one
        cut = joined.find(" ", len(joined) - MAX_PREFIX)
        joined = joined[cut + 1:] if cut != -1 else joined[-MAX_PREFIX:]
    prefix = joined + " "
    base = len(prefix)
    views = build_views(prefix + text[:MAX_TAIL])
    out: list[Finding] = []
    for det in detectors:
        for f in det(views, ctx):
            if f.start < base < f.end:
                out.append(Finding(f.kind, 0, f.end - base, f.reason + " (split over messages)"))
            elif f.start >= base and f.kind in _CONTEXT_KINDS and f.reason != "@handle":
                # "add me on snap" then "its d.rodriguez_21": the platform came first
                out.append(Finding(f.kind, f.start - base, f.end - base,
                                   f.reason + " (platform named before)"))
    return out
