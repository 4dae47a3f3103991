"""Case-insensitive patterns run as case-sensitive ones over lowercased text.

Python's ``re`` is several times slower with IGNORECASE: it compares every character through
a case fold and loses its literal-prefix shortcuts. The detectors already hold each text
lowercased with the same length (``Views.lower``), so a pattern written in lowercase finds the
same spans there without the flag. Groups are read back from the original text, so callers
see the sender's own capitals.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator

_ESCAPE = re.compile(
    r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)")
_NAMED_GROUP = re.compile(r"\(\?P(?:<\w+>|=\w+\))")


# Letters that IGNORECASE matches to an ASCII letter although lower() keeps them apart (and
# "İ", the one letter whose lowercase is two characters).
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def lower_same_length(text: str) -> str:
    """The text lowercased the way IGNORECASE compares letters, one character for one, so
    every position means the same character in both."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()
    return text.translate(_CASE_TWINS).lower()


class Match:
    """What a match over the lowercased text says, with groups read from the original."""

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match, text: str) -> None:
        self._m, self._text = m, text

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    def group(self, *groups: int | str) -> str | None | tuple[str | None, ...]:
        if len(groups) == 1:  # the common call, read here at once (it runs per match)
            s, e = self._m.span(groups[0])
            return None if s < 0 else self._text[s:e]
        if len(groups) > 1:
            text = self._text
            return tuple(None if s < 0 else text[s:e] for s, e in map(self._m.span, groups))
        return self._one(0)

    def __getitem__(self, group: int | str) -> str | None:
        return self._one(group)

    def groups(self) -> tuple[str | None, ...]:
        return tuple(self._one(i) for i in range(1, self._m.re.groups + 1))

    def _one(self, group: int | str) -> str | None:
        s, e = self._m.span(group)
        return None if s < 0 else self._text[s:e]


class Caseless:
    """A pattern compiled from a case-insensitive one, to run over ``lower_same_length(text)``.

    Refuses at import a pattern whose own letters are not all lowercase or that switches the
    flag off for a part: without the flag such a pattern would miss what it matched before.
    """

    __slots__ = ("rx",)

    def __init__(self, pattern: str | re.Pattern) -> None:
        source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
        flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
        bare = source.replace("(?i)", "").replace("(?i:", "(?:")
        letters = _NAMED_GROUP.sub("", _ESCAPE.sub("", bare))
        if "(?-i" in bare or "(?i" in bare or any(c != c.lower() for c in letters):
            raise ValueError(f"not a lowercase pattern: {source[:80]}")
        self.rx = re.compile(bare, flags & ~re.IGNORECASE)

    def search(self, text: str, low: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> Match | None:
        m = self.rx.search(low, pos, endpos)
        return None if m is None else Match(m, text)

    def match(self, text: str, low: str, pos: int = 0, endpos: int = sys.maxsize
              ) -> Match | None:
        m = self.rx.match(low, pos, endpos)
        return None if m is None else Match(m, text)

    def finditer(self, text: str, low: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[Match]:
        for m in self.rx.finditer(low, pos, endpos):
            yield Match(m, text)

    def found(self, low: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the pattern occurs at all (no match object built)."""
        return self.rx.search(low, pos, endpos) is not None
