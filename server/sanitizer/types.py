"""Value types shared by the sanitizer: who is talking, what was found, what comes out."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Identity:
    """Known real details of one party; any field may be missing."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    handles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One detected contact detail: its kind, its span in the original text and why.

    Solicitation findings flag intent only; they never remove text.
    """

    kind: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Result:
    """The sanitized text and what was found in the original."""

    text: str
    findings: tuple[Finding, ...]
    original: str = ""

    @property
    def redacted(self) -> bool:
        """True when the sanitized text differs from the input."""
        return self.text != self.original

    @property
    def kinds(self) -> list[str]:
        """Sorted unique kinds of all findings."""
        return sorted({f.kind for f in self.findings})
