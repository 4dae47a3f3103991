"""Text that remembers, for every character, which characters of the original it came from."""
from __future__ import annotations


class Mapped:
    """A derived string plus per-character spans in the original text.

    ``starts``/``ends`` are None when the string is the original itself (identity map).
    """

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str, starts: list[int] | None = None,
                 ends: list[int] | None = None) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original span covered by derived characters ``[i, j)``."""
        if self.starts is None or self.ends is None:
            return i, j
        if j <= i:
            pos = self.starts[i] if i < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[i], self.ends[j - 1]


class Builder:
    """Accumulates a Mapped string piece by piece."""

    __slots__ = ("ends", "parts", "starts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, s: str, ostart: int, oend: int) -> None:
        """Append ``s`` as coming from original ``[ostart, oend)``."""
        if not s:
            return
        self.parts.append(s)
        n = len(s)
        self.starts.extend([ostart] * n)
        self.ends.extend([oend] * n)

    def copy(self, src: Mapped, i: int, j: int) -> None:
        """Append ``src.text[i:j]`` keeping its own mapping."""
        if j <= i:
            return
        self.parts.append(src.text[i:j])
        if src.starts is None or src.ends is None:
            self.starts.extend(range(i, j))
            self.ends.extend(range(i + 1, j + 1))
        else:
            self.starts.extend(src.starts[i:j])
            self.ends.extend(src.ends[i:j])

    def pick(self, src: Mapped, idx: list[int]) -> None:
        """Append the characters of ``src`` at positions ``idx``, keeping their mapping."""
        text = src.text
        self.parts.append("".join([text[i] for i in idx]))
        if src.starts is None or src.ends is None:
            self.starts.extend(idx)
            self.ends.extend([i + 1 for i in idx])
        else:
            starts, ends = src.starts, src.ends
            self.starts.extend([starts[i] for i in idx])
            self.ends.extend([ends[i] for i in idx])

    def build(self) -> Mapped:
        """The finished Mapped string."""
        return Mapped("".join(self.parts), self.starts, self.ends)
