"""Character-level folding: what a reader sees, not what was typed.

Compatibility forms (fullwidth, mathematical letters, circled digits) become plain ASCII through
NFKD, diacritics and other combining marks are dropped, invisible characters disappear, letters
borrowed from other scripts are folded through the Unicode confusables table shipped by
``confusable_homoglyphs``, and every output character keeps the span it came from.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import lru_cache

from .mapped import Builder, Mapped

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_EXTRA = {
    **{d: "-" for d in _DASHES},
    "\u3002": ".", "\uff0e": ".", "\uff61": ".", "\u2024": ".", "\u00b7": ".", "\u2022": ".",
    "\u2044": "/", "\u00a0": " ", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u0131": "i", "\u00df": "ss", "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L",
    "\u043f": "n", "\u0442": "m", "\u0433": "r", "\u043a": "k", "\u043c": "m", "\u0438": "u",
    "\u00ba": "\u00b0", "\u00aa": "\u00b0",
    "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE", "\u0111": "d", "\u0110": "D",
    # dots the confusables table leaves alone ("ashgrove‧com"), round symbols and coloured
    # circles typed for a dot ("hollowpine 🔵 com", "gmail ⚫ com")
    "\u2027": ".", "\u2e31": ".", "\ua4f8": ".", "\u25cf": ".", "\u25e6": ".",
    "\u2219": ".", "\u2981": ".", "\u26aa": ".", "\u26ab": ".", "\u26ac": ".",
    **{chr(c): "." for c in (0x1F534, 0x1F535, *range(0x1F7E0, 0x1F7E9))},
    # letters in black squares and circles ("🅹🅰🅽🅴", "🅐"), which have no compatibility form
    # small capitals ("@ᴍɪʟᴀ_ᴅᴇsɪɢɴ") have no compatibility form: read as the letters they show
    **dict(zip("\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f"
               "\u1d0d\u0274\u1d0f\u1d18\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
               "abcdefghijklmnoprstuvwyz", strict=True)),
    **{chr(0x1F170 + i): chr(65 + i) for i in range(26)},
    **{chr(0x1F150 + i): chr(65 + i) for i in range(26)},
    # brackets from other scripts around an 'at' or 'dot' ("〔dot〕", "【at】", "⟨dot⟩")
    **{o: "(" for o in "\u3014\u3010\u27e8\u300c\u300e\u3008\u300a\u3016\u2985\u3018"},
    **{c: ")" for c in "\u3015\u3011\u27e9\u300d\u300f\u3009\u300b\u3017\u2986\u3019"},
}
_INVISIBLE_CATS = {"Cf", "Mn", "Me", "Cc", "Cs", "Co", "Cn"}
_KEEP_CONTROLS = {"\n", "\t", "\r"}


@lru_cache(maxsize=1)
def _confusables() -> dict[str, str]:
    """Non-ASCII characters that look like one ASCII letter, digit, '@' or '.'."""
    import confusable_homoglyphs

    path = os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    table: dict[str, str] = {}
    for ch, glyphs in data.items():
        if len(ch) != 1 or ord(ch) < 128:
            continue
        for glyph in glyphs:
            c = glyph.get("c", "")
            if len(c) == 1 and ord(c) < 128 and (c.isalnum() or c in "@."):
                table[ch] = c
                break
    return table


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """Fold one character to what it looks like; '' for invisible characters and marks."""
    if ch in _KEEP_CONTROLS:
        return " " if ch == "\t" else ch
    if ch in _EXTRA:
        return _EXTRA[ch]
    cat = unicodedata.category(ch)
    if cat in _INVISIBLE_CATS:
        return ""
    if cat == "Zs" or cat in ("Zl", "Zp"):
        return " "
    try:
        decomposed = unicodedata.normalize("NFKD", ch)
    except (UnicodeError, ValueError):
        return ""
    digit = unicodedata.digit(ch, None)
    if digit is not None and not decomposed.isascii():
        return str(digit)  # "➏➍➏ ⓿➊➋➌": dingbat and negative circled digits have no NFKD form
    conf = _confusables().get(ch)
    if conf is not None and (decomposed == ch or not decomposed.isascii()):
        return conf  # a look-alike from another script; a compatibility form ("Ｉ") keeps its
        # own letter rather than the look-alike the table gives it ("l")
    out = []
    for c in decomposed:
        if c in _EXTRA:
            out.append(_EXTRA[c])
        elif unicodedata.category(c) in _INVISIBLE_CATS:
            continue
        elif ord(c) >= 128:
            out.append(_confusables().get(c, c))
        else:
            out.append(c)
    return "".join(out)


_NEEDS_FOLD = re.compile(r"[^\x20-\x7e\n\r]")


# An enclosed letter A standing alone between words is typed for '@' ("camila 🅰️ gmail ⚫ com");
# inside a word of such letters ("🅹🅰🅽🅴") it is the letter.
_ENCLOSED_A = "\u24b6\u24d0\U0001f130\U0001f150\U0001f170"
_LONE_AT = re.compile(r"(?<=\s)[" + _ENCLOSED_A + r"](?=\ufe0f?(?:\s|$))")


def _lone_at(text: str) -> set[int]:
    if not any(a in text for a in _ENCLOSED_A):
        return set()
    return {m.start() for m in _LONE_AT.finditer(text)}


def _plain_ascii(text: str) -> bool:
    # ASCII is printable exactly in \x20-\x7e, so a printable text needs no search
    return text.isascii() and (text.isprintable() or _NEEDS_FOLD.search(text) is None)


def fold(text: str) -> Mapped:
    """Fold ``text`` character by character, keeping the map back to ``text``.

    Plain ASCII comes back as it is; text whose every special character folds to exactly one
    character (accented Latin letters, curly quotes, fullwidth forms) keeps the identity map
    and is folded with one ``str.translate``; only the rest is rebuilt run by run.
    """
    if _plain_ascii(text):
        return Mapped(text)
    table = {ord(ch): fold_char(ch) for ch in set(_NEEDS_FOLD.findall(text))}
    at = _lone_at(text)
    if not at and all(len(v) == 1 for v in table.values()):
        changes = {chr(k): v for k, v in table.items() if chr(k) != v}
        if changes.keys().isdisjoint(changes.values()):
            # No character becomes one that changes too: one replace per character (a C scan
            # each) gives what the one translate gives, far faster than its per-character lookups.
            for ch, v in changes.items():
                text = text.replace(ch, v)
            return Mapped(text)
        return Mapped(text.translate(table))
    b = Builder()
    pos = 0
    for m in _NEEDS_FOLD.finditer(text):
        i = m.start()
        if i > pos:
            b.parts.append(text[pos:i])
            b.starts.extend(range(pos, i))
            b.ends.extend(range(pos + 1, i + 1))
        b.add("@" if i in at else table[ord(text[i])], i, i + 1)
        pos = i + 1
    if pos < len(text):
        b.parts.append(text[pos:])
        b.starts.extend(range(pos, len(text)))
        b.ends.extend(range(pos + 1, len(text) + 1))
    return b.build()
