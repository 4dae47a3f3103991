"""Normalization views: detection runs on these, redaction maps back to the original.

``folded``     characters folded (compat forms, confusables, invisibles, marks)
``collapsed``  spaced-out letters and digits joined ("j a n e" -> "jane")
``canon``      number words as digits and at/dot wordings as "@"/"." ("jane at x dot com")
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from . import words as W
from .caseless import lower_same_length
from .context import split_domain
from .fold import fold
from .mapped import Builder, Mapped
from .numbers import spell_digits

_TOKEN = re.compile(r"[^\W_]+|\s+|.", re.DOTALL)
_OPEN_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">", "_": "_", "-": "-", "*": "*", '"': '"',
               "'": "'", "+": "+"}
# Brackets that may hold their word with a space on each side ("( dot )", "+ dot +").
_SPACED_OPEN = frozenset("([{<+")
PROVIDERS = {
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "icloud",
    "me", "mac", "proton", "protonmail", "pm", "gmx", "yandex", "mail", "zoho", "tutanota",
    "fastmail", "hey", "web", "orange", "free", "laposte", "wanadoo", "sfr", "libero", "uol",
    "bol", "terra", "t-online", "freenet", "qq", "163", "126", "naver", "rediffmail", "inbox",
}
STRONG_TLDS = {"com", "net", "org", "info", "biz", "io"}
TLDS = STRONG_TLDS | {
    "co", "me", "us", "uk", "de", "es", "fr", "pt", "br", "mx", "ar", "it", "nl", "ru", "ca", "au",
    "in", "app", "dev", "xyz", "online", "site", "ch", "at", "be", "cl", "pe", "eu", "edu", "gov",
}


@lru_cache(maxsize=4096)
def is_suffix(word: str) -> bool:
    """True when ``word`` is a public suffix such as "com", "design" or "de"."""
    return word.isalpha() and bool(split_domain("x." + word)[1])


@dataclass
class Views:
    """All normalized views of one text, built once and shared by the detectors."""

    original: str
    folded: Mapped
    collapsed: Mapped
    canon: Mapped
    spelled: int = 0
    _lower: str | None = field(default=None, repr=False)
    _canon_lower: str | None = field(default=None, repr=False)
    _canon_digits: int = field(default=-1, repr=False)
    _folded_digits: int = field(default=-1, repr=False)

    @property
    def lower(self) -> str:
        """Lowercased folded text (same length as ``folded.text``)."""
        if self._lower is None:
            self._lower = lower_same_length(self.folded.text)
        return self._lower

    @property
    def canon_lower(self) -> str:
        """Lowercased ``canon.text`` (same length), computed once for all detectors."""
        if self._canon_lower is None:
            self._canon_lower = (self.lower if self.canon is self.folded
                                 else lower_same_length(self.canon.text))
        return self._canon_lower

    @property
    def canon_digits(self) -> int:
        """How many digits ``canon.text`` has: detectors that need a few return at once."""
        if self._canon_digits < 0:
            self._canon_digits = count_digits(self.canon.text)
        return self._canon_digits

    @property
    def folded_digits(self) -> int:
        """How many digits ``folded.text`` has."""
        if self._folded_digits < 0:
            self._folded_digits = (self.canon_digits if self.folded is self.canon
                                   else count_digits(self.folded.text))
        return self._folded_digits


_DIGIT = re.compile(r"\d")


def count_digits(text: str) -> int:
    """Number of characters ``\\d`` matches in ``text``."""
    if text.isascii():  # in ASCII text \d is 0-9: count what deleting them takes away
        return len(text) - len(text.encode("ascii").translate(None, b"0123456789"))
    return len(_DIGIT.findall(text))


_SPOKEN_SPACED = r"(?<!\S)(?:[aA][ \t]{1,3}[tT]|[dD][ \t]{1,3}[oO][ \t]{1,3}[tT])(?!\S)"
_SPACED_HINT = re.compile(r"(?:(?<!\S)[^\W_]\s{1,3}){3}[\w@.+\-]|" + _SPOKEN_SPACED)
# Both kinds of spacing start with two single characters in a row ("j a", "a t"): a scan that
# starts with a character class is fast, so this gate runs before the full hint.
_TWO_SINGLES = re.compile(r"\s[^\W_]\s{1,3}[^\W_](?!\S)")
_TWO_SINGLES_AT_START = re.compile(r"[^\W_]\s{1,3}[^\W_](?!\S)")
# "joaquin underscore lima at protonmail": an underscore said in a mailbox name, read only
# when an at form follows ("to underscore the point" stays a verb).
_UNDERSCORE_WORDS = {"underscore", "unterstrich", "underline", "sublinhado"}
# Run on the lowercased text. Every word starts with its own letter and checks the word
# boundary behind it, so the scan jumps from candidate letter to candidate letter.
_ATDOT_WORD_HINT = re.compile(
    "(?:" + "|".join(f"{w}(?<![^\\W_]{w})"
                     for w in sorted(W.AT_WORDS | W.DOT_WORDS | _UNDERSCORE_WORDS))
    + r")(?![^\W_])")
# " .", " @", "@ ", "(.)", "[@]": the same, anchored on the '.' or '@'.
_ATDOT_PUNCT_HINT = re.compile(
    r"[.@](?:(?<=\s.)|(?<=[\[({<_\-*\"'].)[\])}>_\-*\"']|(?<=@)\s)")
_SINGLES_RUN = re.compile(
    r"(?<!\S)[@$]?(?:[\w@.+\-:/][ \t]{1,3}(?=[\w@.+\-:/](?::?\s|$))){3,}[\w@.+\-:/]:?(?!\S)|"
    + _SPOKEN_SPACED)


def _joined(text: str, start: int, end: int) -> list[int]:
    """The characters of one spaced-out run without the spaces between them; where the run
    parts its words with wider gaps than its letters ("t h r e e  s i x"), one space stays
    between the words."""
    keep = [i for i in range(start, end) if not text[i].isspace()]
    lead = 1 if text[start] in "@$" else 0  # "@b r e n n a": the '@' sits on its letter
    tail = len(keep) - (text[end - 1] == ":")  # "c a s h a p p:": so does a closing colon
    gaps = {b - a for a, b in zip(keep[lead:tail], keep[lead + 1:tail], strict=False)}
    if len(gaps) < 2:
        return keep
    narrow = min(gaps)
    out = []
    for n, i in enumerate(keep):
        if lead < n < tail and i - keep[n - 1] > narrow:
            out.append(keep[n - 1] + 1)  # the first space of the wider gap
        out.append(i)
    return out


# "r/e/n/a/t/a/.v/o/s/s", "j → a → n → e", "5 ✨ 5 ✨ 5": five or more single characters
# parted by slashes, bars, stars, arrows or pictographs (a space on either side allowed; a dot,
# hyphen or underscore may lead a character). Dots, hyphens and spaces alone are read elsewhere.
_SEP = "/|*\\~\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b07\u2b50\u2728\U0001f300-\U0001faff"
_SEP_CHAR = re.compile(f"[{_SEP}]")
_SEPARATED_RUN = re.compile(
    f"(?<![\\w{_SEP}])(?:[.\\-_]?[^\\W_] ?[{_SEP}] ?){{4,}}[.\\-_]?[^\\W_](?![\\w{_SEP}])")


# "g-r-e-y-f-o-x-m-e-d-i-a dot com": six or more single characters joined by hyphens alone
# ("e-mail", "x-ray" and "A-B testing" are shorter).
_HYPHENED_RUN = re.compile(r"(?<![\w-])(?:[^\W_]-){5,}[^\W_](?![\w-])")


def _collapse_separated(src: Mapped, rx: re.Pattern = _SEPARATED_RUN,
                        marks: str = ".-_") -> Mapped:
    text = src.text
    b = Builder()
    pos = 0
    for m in rx.finditer(text):
        b.copy(src, pos, m.start())
        b.pick(src, [i for i in range(m.start(), m.end())
                     if text[i].isalnum() or text[i] in marks])
        pos = m.end()
    if pos == 0:
        return src
    b.copy(src, pos, len(text))
    return b.build()


def collapse_spaced(src: Mapped) -> Mapped:
    """Join runs of at least four single characters separated by single spaces (or five
    parted by slashes, arrows and the like)."""
    if _SEP_CHAR.search(src.text):
        src = _collapse_separated(src)
    if src.text.count("-") >= 5:
        src = _collapse_separated(src, _HYPHENED_RUN, "")
    text = src.text
    if text.count(" ") < 1:
        return src
    if not (_TWO_SINGLES.search(text) or _TWO_SINGLES_AT_START.match(text)):
        return src
    if not _SPACED_HINT.search(text):
        return src
    b = Builder()
    pos = 0
    for m in _SINGLES_RUN.finditer(text):
        b.copy(src, pos, m.start())
        b.pick(src, _joined(text, m.start(), m.end()))
        pos = m.end()
    if pos == 0:
        return src
    b.copy(src, pos, len(text))
    return b.build()


def _word_at(toks: list[tuple[str, int, int]], i: int, step: int) -> tuple[int, str]:
    """Index and lowercase text of the next word token from ``i`` skipping one space."""
    j = i + step
    if 0 <= j < len(toks) and toks[j][0].isspace() and "\n" not in toks[j][0]:
        j += step
    if 0 <= j < len(toks) and toks[j][0][:1].isalnum():
        return j, toks[j][0].lower()
    return -1, ""


def _dot_follows(toks: list[tuple[str, int, int]], j: int) -> bool:
    """True when a dot form follows word ``j`` (". com", "dot com", "(dot) com")."""
    k = j + 1
    for _ in range(3):  # "malerbetrieb-krause punkt de": skip the joined parts of the name
        if (k + 1 < len(toks) and toks[k][0] in "-_" and toks[k + 1][0][:1].isalnum()
                and toks[k][1] == toks[k - 1][2]):
            k += 2
        else:
            break
    if k < len(toks) and toks[k][0].isspace():
        k += 1
    if k >= len(toks):
        return False
    t = toks[k][0].lower()
    if t == "." or t in W.DOT_WORDS:
        return True
    if t not in _OPEN_CLOSE:
        return False
    k += 1
    if t in _SPACED_OPEN and k < len(toks) and toks[k][0] == " ":
        k += 1
    return k < len(toks) and toks[k][0].lower() in W.DOT_WORDS


def _bracketed(toks: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """'@' or '.' and the last token index for "(at)", "[dot]", "_at_", "-dot-"..."""
    t = toks[i][0]
    close = _OPEN_CLOSE.get(t)
    if close is None or i + 2 >= len(toks):
        return None
    if (t in _SPACED_OPEN and toks[i + 1][0] == " " and i + 4 < len(toks)
            and toks[i + 3][0] == " " and toks[i + 4][0] == close):
        word = toks[i + 2][0].lower()  # "( dot )", "+ at +"
        if word in W.AT_WORDS:
            return "@", i + 4
        return (".", i + 4) if word in W.DOT_WORDS else None
    word = toks[i + 1][0].lower()
    if toks[i + 2][0] != close:
        return None
    if word == "." and close != "-":
        return ".", i + 2
    if word == "@" and close != "-":
        return "@", i + 2
    if word in W.AT_WORDS:
        return "@", i + 2
    if word in W.DOT_WORDS:
        return ".", i + 2
    return None


def _is_at_form(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Token ``j`` is an at form: '@', "arroba", or "at" before a mail provider."""
    low = toks[j][0].lower()
    if low == "@" or low in W.STRONG_AT_WORDS:
        return True
    return low in W.AT_WORDS and _word_at(toks, j, 1)[1] in PROVIDERS


def _at_ahead(toks: list[tuple[str, int, int]], i: int, ats: list[int] | None = None) -> bool:
    """An at form within the next few tokens ("jane . doe at gmail"); ``ats``, when given, is
    the sorted list of every at form's token index."""
    if ats is not None:
        k = bisect_right(ats, i)
        return k < len(ats) and ats[k] < i + 7
    return any(_is_at_form(toks, j) for j in range(i + 1, min(len(toks), i + 7)))


def _tld_ends(toks: list[tuple[str, int, int]], n: int) -> bool:
    """The word at ``n`` ends the address: end of text, punctuation or a line break follows."""
    k = n + 1
    if k >= len(toks):
        return True
    t = toks[k][0]
    if t.isspace():
        return ("\n" in t or k + 1 >= len(toks) or not toks[k + 1][0][:1].isalpha()
                or toks[k + 1][0].lower() in W.SLASH_WORDS)
    return not t[:1].isalnum()


def _plain_symbol(toks: list[tuple[str, int, int]], i: int, recent: bool,
                  ats: list[int] | None = None) -> str | None:
    """'@' or '.' when the spoken word at ``i`` is really part of an address (``ats``: see
    ``_at_ahead``)."""
    low = toks[i][0].lower()
    p, _ = _word_at(toks, i, -1)
    n, nxt = _word_at(toks, i, 1)
    if p < 0 or n < 0:
        return None
    if low in W.AT_WORDS or low == "@":
        if low == "@" or low in W.STRONG_AT_WORDS or nxt in PROVIDERS or _dot_follows(toks, n):
            return "@"
        return None
    if low in W.SLASH_WORDS:
        return "/" if recent and nxt.isalnum() else None
    if low in _UNDERSCORE_WORDS:
        return "_" if toks[p][0].lower() not in _ARTICLES and _at_ahead(toks, i, ats) else None
    if low not in W.DOT_WORDS and low != ".":
        return None
    prev = toks[p][0]
    if prev.lower() in _ARTICLES and low != ".":
        return None  # "the dot com bubble"
    if nxt in STRONG_TLDS or _at_ahead(toks, i, ats) or (prev == "www" and low != "."):
        return "."
    if _suffix_after(toks, n, low):
        return "."
    if (low == "." and toks[p][0].islower() and len(toks[p][0]) >= 3 and toks[n][0].islower()
            and _is_gap_token(toks, i - 1) and _is_gap_token(toks, i + 1)
            and is_suffix(nxt) and (_tld_ends(toks, n) or (
                nxt in TLDS and p > 1 and toks[p - 1][0] == "-"))):
        return "."  # "bakedbyjo . shop", "atelier-rose . fr", "foto-weiss . de vorbei"
    if recent and (nxt in TLDS or _dot_follows(toks, n)):
        return "."
    if low == "dot" and is_suffix(nxt) and (_tld_ends(toks, n) or _dot_follows(toks, n)):
        return "."
    if low != "." and nxt in TLDS and _tld_ends(toks, n):
        return "."
    return None


_ARTICLES = {"the", "a", "an", "this", "that", "el", "la", "los", "las", "der", "die", "das",
             "le", "les", "une", "un", "o", "os", "as", "uma"}
_CORES = W.AT_WORDS | W.DOT_WORDS | W.SLASH_WORDS | _UNDERSCORE_WORDS | {"@", "."}


def _suffix_after(toks: list[tuple[str, int, int]], n: int, form: str) -> bool:
    """Word ``n`` is followed by the same dot form and a lowercase public suffix that ends
    the address ("mywork . netlify . app", "lena dot design dot studio")."""
    if not toks[n][0].islower():
        return False  # (the first round would say so after a look further on)
    for _ in range(2):
        k = n + 1
        if k < len(toks) and toks[k][0].isspace() and "\n" not in toks[k][0]:
            k += 1
        if k >= len(toks) or toks[k][0].lower() != form:
            return False
        m, word = _word_at(toks, k, 1)
        if m < 0 or not toks[m][0].islower() or not toks[n][0].islower():
            return False
        if is_suffix(word) and _tld_ends(toks, m):
            return True
        n = m
    return False


def _symbol_at(toks: list[tuple[str, int, int]], c: int, recent: bool,
               ats: list[int] | None = None) -> tuple[str, int, int]:
    """(symbol, first token, last token) for the at/dot form around core token ``c``."""
    if c > 0:
        br = _bracketed(toks, c - 1)
        if br is not None:
            return br[0], c - 1, br[1]
    if c > 1 and toks[c - 1][0] == " ":
        br = _bracketed(toks, c - 2)
        if br is not None:
            return br[0], c - 2, br[1]
    t = toks[c][0]
    if t in "@." and not ((c > 0 and toks[c - 1][0].isspace()) or
                          (c + 1 < len(toks) and toks[c + 1][0].isspace())):
        return "", c, c
    return _plain_symbol(toks, c, recent, ats) or "", c, c


def _is_gap_token(toks: list[tuple[str, int, int]], k: int) -> bool:
    return 0 <= k < len(toks) and toks[k][0].isspace() and "\n" not in toks[k][0]


def at_dot(src: Mapped) -> Mapped:
    """Turn "(at)", "arroba", " at gmail", "[dot]", "punkt com" into '@' and '.'."""
    text = src.text
    if not (_ATDOT_PUNCT_HINT.search(text) or _ATDOT_WORD_HINT.search(text.lower())):
        return src
    # The tokens cover the text end to end: their offsets are running sums of their lengths
    # (cheaper than reading them from one match object per token).
    words = _TOKEN.findall(text)
    ends = list(accumulate(map(len, words)))
    toks = list(zip(words, [0, *ends[:-1]], ends, strict=False))
    # A token is a core when its lowercase form is: decided once per distinct token.
    core_words = {w for w in set(words) if w.lower() in _CORES}
    cores = [i for i, w in enumerate(words) if w in core_words]
    # Every at form is a core: the ones a dot form may look ahead to, found once.
    ats = [j for j in cores if _is_at_form(toks, j)]
    edits: list[tuple[int, int, str]] = []
    last, done = -100, -1
    for c in cores:
        if c <= done:
            continue
        sym, first, end = _symbol_at(toks, c, c - last < 10, ats)
        if not sym or first <= done:
            continue
        first -= _is_gap_token(toks, first - 1)
        end += _is_gap_token(toks, end + 1)
        edits.append((toks[first][1], toks[end][2], sym))
        last = done = end
    if not edits:
        return src
    b = Builder()
    pos = 0
    for s, e, sym in edits:
        b.copy(src, pos, s)
        b.add(sym, *src.span(s, e))
        pos = e
    b.copy(src, pos, len(text))
    return b.build()


def build_views(text: str) -> Views:
    """Fold, collapse spacing, spell digits and resolve at/dot wordings."""
    folded = fold(text)
    collapsed = collapse_spaced(folded)
    spelled, n = spell_digits(collapsed)
    canon = at_dot(spelled)
    return Views(original=text, folded=folded, collapsed=collapsed, canon=canon, spelled=n)
