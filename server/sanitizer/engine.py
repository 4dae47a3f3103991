"""normalize -> detect -> redact: the sanitizer's single entry point."""
from __future__ import annotations

from collections.abc import Sequence

from .context import Context
from .detectors import (
    address,
    email,
    handles,
    identity,
    payment,
    phone,
    solicitation,
    url,
)
from .history import split_findings
from .leet_suffix import leet_suffix_findings
from .normalize import build_views
from .reverse import reversed_findings
from .types import Finding, Identity, Result

MAX_CHUNK = 4096
OVERLAP = 256
_JOINABLE = set(" \t,;:-/|.()[]")
_DETECTORS = (payment.detect, email.detect, url.detect, phone.detect, handles.detect,
              address.detect, identity.detect, solicitation.detect)
# Kinds that can be given in pieces over several messages (an IBAN or card number too:
# "IBAN GB33 BUKB" / "2020 1555 5555 55").
_SPLIT_DETECTORS = (phone.detect, email.detect, address.detect, handles.detect, url.detect,
                    payment.detect)


def _detect(text: str, ctx: Context, flags: bool = True) -> list[Finding]:
    """All findings in one chunk; ``flags`` False skips the advisory solicitation check."""
    views = build_views(text)
    found: list[Finding] = []
    for det in _DETECTORS:
        if flags or det is not solicitation.detect:
            found.extend(det(views, ctx))
    return found


def _detect_plain(text: str, ctx: Context) -> list[Finding]:
    """Every detector but the advisory solicitation check (for other readings of a text)."""
    return _detect(text, ctx, flags=False)


def _detect_chunked(text: str, ctx: Context) -> list[Finding]:
    """Detect in overlapping windows so cost stays linear on very long input."""
    if len(text) <= MAX_CHUNK:
        return _detect(text, ctx)
    found: list[Finding] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK)
        # Intent is flagged from the first chunks only: enough for the owner, bounded in time.
        for f in _detect(text[start:end], ctx, flags=start < 2 * MAX_CHUNK):
            found.append(Finding(f.kind, f.start + start, f.end + start, f.reason))
        if end == len(text):
            break
        start = end - OVERLAP
    return found


def _merge(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    """Redaction spans: overlapping or only-punctuation-apart findings become one."""
    spans = sorted((f.start, f.end) for f in findings
                   if f.end > f.start and f.kind != "solicitation")
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and (s <= merged[-1][1] or
                       all(c in _JOINABLE for c in text[merged[-1][1]:s])):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _dedupe(findings: list[Finding]) -> tuple[Finding, ...]:
    """Sorted findings without repeats or spans inside a bigger one of the same kind."""
    out: list[Finding] = []
    reach: dict[str, int] = {}
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.kind)):
        if f.kind != "solicitation" and reach.get(f.kind, -1) >= f.end:
            continue
        reach[f.kind] = max(reach.get(f.kind, -1), f.end)
        out.append(f)
    return tuple(out)


def _clean_input(text: object) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return text


def sanitize(text: str, identities: Sequence[Identity] = (), direction: str | None = None, *,
             allowed_domains: Sequence[str] = (), default_region: str = "US",
             placeholder: str = "[contact removed]", history: Sequence[str] = ()) -> Result:
    """Remove contact details from ``text`` and say what was found where.

    ``identities`` are the known real details of the people involved; ``history`` the sender's
    previous messages in this conversation, oldest first, to catch details sent in pieces.
    Never raises on any string.
    """
    text = _clean_input(text)
    ctx = Context(tuple(i for i in identities if isinstance(i, Identity)),
                  tuple(d for d in allowed_domains if isinstance(d, str)),
                  default_region or "US", direction)
    findings = _detect_chunked(text, ctx)
    # "spelt backwards: moc.x@y": the segment a hint points at, read the other way round
    findings.extend(reversed_findings(text, ctx, _detect_plain))
    # "bluefernstud1o.c0m": a suffix with digits for its letters, read spelled right
    findings.extend(leet_suffix_findings(text, ctx, _detect_plain))
    if history:
        findings.extend(split_findings(text, list(history), ctx, _SPLIT_DETECTORS))
    spans = _merge(findings, text)
    out: list[str] = []
    pos = 0
    for s, e in spans:
        out.append(text[pos:s])
        out.append(placeholder)
        pos = e
    out.append(text[pos:])
    return Result("".join(out), _dedupe(findings), text)
