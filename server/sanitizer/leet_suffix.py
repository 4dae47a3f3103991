"""Digits standing for the letters of a domain's suffix: "bluefernstud1o.c0m",
"j0rdan.vance@gmai1.c0m", "mi web es pasteleriaruiz.e5", "ateliernova.0rg".

The folding layer turns letters into digits where they sit among digits ("4l5 O1O9"); this is
the other way round, and only where it matters: the last label of a dotted name, two to four
characters with at least one digit and one letter, that reads as a common suffix once its
digits are read as the letters they look like ("c0m" -> "com", "0r9" -> "org"). Each
replacement is one character for one, so the text keeps its length: the detectors read the
text with those suffixes spelled right, and what they find over a replaced character maps back
to the same characters of the original. A cheap scan finds the candidates first; nothing else
runs without one, and the detectors read only a window around each (at most _MAX_READ
characters in all, about a whole chat message), so the cost stays bounded on any input.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .types import Finding

# Suffixes people give their sites and mail under; all longer than one letter, none an
# ordinary unit or abbreviation once a digit is read as a letter.
_SUFFIXES = frozenset((
    "com", "net", "org", "info", "biz", "io", "co", "me", "de", "fr", "es", "pt", "br", "uk",
    "ca", "mx", "ar", "cl", "nl", "be", "ch", "eu", "us", "au", "app", "dev", "shop", "site",
    "art", "blog", "page", "xyz", "web",
))
_WINDOW = 120  # characters read on each side of a replaced suffix
_MAX_READ = 4096
# Digit -> the letters it stands for in a word ("1" reads as i or l).
_AS_LETTER = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
# A dotted name whose last label mixes letters and digits: "stud1o.c0m", "gmai1.c0m", "x.0rg".
# The name before the dot has two letters at least, so "12.4t" or "v2.0b" is never read.
_CANDIDATE = re.compile(
    r"(?<![\w.\-])((?=[\w\-]*[^\W\d_][\w\-]*[^\W\d_])[\w\-]{2,63}(?:\.[\w\-]{1,63}){0,3})"
    r"\.(?=[a-z]{0,3}[0-9])(?=[0-9]{0,3}[a-z])([a-z0-9]{2,4})(?![\w\-@]|\.\w)",
    re.IGNORECASE,
)

# What every candidate has: a dot, then a digit within the label after it (one C-level scan).
_DOT_DIGIT = re.compile(r"\.[A-Za-z]{0,3}[0-9]")


def _read(label: str) -> str | None:
    """The suffix this label stands for, or None."""
    options = [""]
    for c in label.lower():
        options = [o + x for o in options for x in _AS_LETTER.get(c, c)]
    return next((o for o in options if o in _SUFFIXES), None)


def leet_suffix_findings(text: str, ctx: object,
                         detect: Callable[[str, object], list[Finding]]) -> list[Finding]:
    """Findings that need a suffix's digits read as letters; each covers a replaced digit."""
    if "." not in text or _DOT_DIGIT.search(text) is None:
        return []
    chars = None
    changed: list[int] = []
    for m in _CANDIDATE.finditer(text):
        word = _read(m.group(2))
        if word is None:
            continue
        if chars is None:
            chars = list(text)
        for i, letter in enumerate(word, start=m.start(2)):
            if chars[i] != letter and chars[i].lower() != letter:
                chars[i] = letter
                changed.append(i)
    if not changed:
        return []
    fixed = "".join(chars)
    out: list[Finding] = []
    read = 0
    for lo, hi in _windows(changed, len(text)):
        if read + hi - lo > _MAX_READ:
            break
        read += hi - lo
        for f in detect(fixed[lo:hi], ctx):
            s, e = f.start + lo, f.end + lo
            if f.kind != "solicitation" and any(s <= i < e for i in changed):
                out.append(Finding(f.kind, s, e, f.reason + " (digits for letters)"))
    return out


def _windows(changed: list[int], n: int) -> list[tuple[int, int]]:
    """The stretches around the replaced characters, overlapping ones merged (up to a quarter
    of what may be read, so a long run of them is read from its start), in order."""
    spans: list[list[int]] = []
    for i in changed:
        lo, hi = max(0, i - _WINDOW), min(n, i + _WINDOW)
        if spans and lo <= spans[-1][1] and hi - spans[-1][0] <= _MAX_READ // 4:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    return [(lo, hi) for lo, hi in spans]
