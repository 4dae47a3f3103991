"""Spelled-out and disguised digits become digits: "five five five", "On3", "4l5", "F0r"."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from . import words as W
from .mapped import Builder, Mapped

_TOKEN = re.compile(r"[^\W_]+|\s+|.", re.DOTALL)
_GAP_PUNCT = set("-./,()")
_MAX_SEGMENT = 48
_SEG_WORDS = sorted(
    set(W.UNITS) | set(W.TEENS) | set(W.TENS) | {"for", "to", "oh", "won", "ate"},
    key=len, reverse=True)
_DIGIT = re.compile(r"\d")
_ALPHA = re.compile(r"[a-z]+")
_PREFIXES = {w[:3] for w in _SEG_WORDS if len(w) >= 3} | {w for w in _SEG_WORDS if len(w) < 3}


@lru_cache(maxsize=4096)
def segment(word: str) -> str | None:
    """Digits for a word made only of number words and digits ("fivefive1" -> "551")."""
    n = len(word)
    if n > _MAX_SEGMENT:
        return None
    head = word[:3].translate(W.LEET_TO_LETTER)
    if (not word[:1].isdigit() and not head[:1].isdigit() and head not in _PREFIXES
            and head[:2] not in _PREFIXES):
        return None
    best: list[str | None] = [None] * (n + 1)
    best[n] = ""
    leet = word.translate(W.LEET_TO_LETTER)
    for i in range(n - 1, -1, -1):
        if word[i].isdigit() and best[i + 1] is not None:
            best[i] = word[i] + best[i + 1]
            continue
        for w in _SEG_WORDS:
            j = i + len(w)
            if j <= n and best[j] is not None and leet.startswith(w, i):
                value = W.spelled_value(w)
                digit = str(value) if value is not None else str(W.HOMOPHONES[w])
                best[i] = digit + best[j]
                break
    return best[0] if best[0] else None


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=16384)
def _word_verdict(tok: str) -> int:
    """0: the word reads as nothing new; 1: it reads as digits on its own (or is a repeat word
    such as "double"); 2: it reads as a digit only between digits ("for", "to")."""
    if tok.isdigit() or not tok[0].isalnum():
        return 0
    if tok.lower() in W.REPEAT:
        return 1
    digits, strong = _classify(tok)
    if digits is not None and digits != tok:
        return 1 if strong else 2
    return 0


_ASCII_DIGIT = re.compile(r"[0-9]")
_WORD_ASCII = re.compile(r"[A-Za-z0-9]+")  # the same words, on ASCII text


# Words whose verdict is 0 (most words): one set difference drops them from a text's words
# instead of one cached call each. It only grows, up to a bound (short words only), and a
# word's verdict never changes.
_PLAIN_WORDS: set[str] = set()
_PLAIN_WORDS_MAX = 65536


def _worth_reading(text: str) -> bool:
    """True when some word reads as digits it does not already show ("five", "On3", "double"):
    otherwise spelling digits out would change nothing, and the tokenizing is skipped."""
    weak = []
    plain = _PLAIN_WORDS
    for tok in set((_WORD_ASCII if text.isascii() else _WORD).findall(text)).difference(plain):
        verdict = _word_verdict(tok)
        if verdict == 1:
            return True
        if verdict:
            weak.append(tok)
        elif len(plain) < _PLAIN_WORDS_MAX and len(tok) <= 32:
            plain.add(tok)
    if weak and "meia-" in text.lower() and _MEIA_PAIR.search(text):
        return True
    if not weak or (text.isascii() and _ASCII_DIGIT.search(text) is None):
        return False  # "for" and "to" read as digits only next to a digit
    n = len(text)
    for tok in weak:  # each place the word stands alone
        s = text.find(tok)
        while s >= 0:
            e = s + len(tok)
            if ((s == 0 or not text[s - 1].isalnum()) and (e == n or not text[e].isalnum())
                    and _between_digits(text, s, e)):
                return True
            s = text.find(tok, s + 1)
    return False


_MEIA_PAIR = re.compile(r"(?i)\bmeia-(?:meia|zero|um|dois|tres|quatro|cinco|seis|sete|oito|"
                        r"nove)\b")
_GAP_CHARS = frozenset(" \t\r\n-./,()")


def _between_digits(text: str, s: int, e: int) -> bool:
    """A sound-alike ("for", "to") becomes a digit only between two single digits ("5 for 5");
    this looser test (any gap of spaces and number punctuation) decides whether to look."""
    i = s - 1
    while i >= 0 and text[i] in _GAP_CHARS:
        i -= 1
    if i < 0 or not text[i].isdigit() or (i > 0 and text[i - 1].isalnum()):
        return False
    j = e
    while j < len(text) and text[j] in _GAP_CHARS:
        j += 1
    return j < len(text) and text[j].isdigit() and not text[j + 1:j + 2].isalnum()


@lru_cache(maxsize=16384)
def _classify(tok: str) -> tuple[str | None, bool]:
    """(digits, strong) for one word token; strong means it reads as a number on its own."""
    low = tok.lower()
    if low.isdigit():
        return low, True
    if low.isalpha():
        value = W.spelled_value(low)
        if value is not None:
            return str(value), True
        if low in W.HOMOPHONES:
            return str(W.HOMOPHONES[low]), False
        if len(low) >= 6 and low.isascii():
            seg = segment(low)
            if seg and len(seg) >= 2:
                return seg, True
        return None, False
    if not low.isascii() or not low.isalnum():
        return None, False
    letters = [c for c in tok if not c.isdigit()]
    digits = len(tok) - len(letters)
    if digits >= 1 and all(
            c in W.DIGITISH_LETTERS or (c in W.INNER_DIGIT_LETTERS and 0 < i < len(tok) - 1
                                        and digits >= 2)
            for i, c in enumerate(tok) if not c.isdigit()):
        return tok.translate(W.LETTER_TO_DIGIT), True
    leet = low.translate(W.LEET_TO_LETTER)
    value = W.spelled_value(leet)
    if value is not None:
        return str(value), True
    if leet in W.HOMOPHONES:
        return str(W.HOMOPHONES[leet]), False
    seg = segment(low)
    if seg and len(seg) >= 2 and (not low[:1].isdigit() or _has_number_word(low)):
        return seg, True
    return None, False


def _has_number_word(low: str) -> bool:
    """A spelled unit, teen or tens word of three letters or more inside ``low``."""
    letters = _ALPHA.findall(low)
    return any(w in W.NUMBER_WORDS and len(w) >= 3 for run in letters
               for w in _SEG_WORDS if w in run)


def _tokens(text: str) -> list[list]:
    """[kind, text, start, end, digits, strong, head] with kind 'w' word, 's' space, 'p' punct."""
    # The tokens cover the text end to end: their offsets are running sums of their lengths
    # (cheaper than reading them from one match object per token).
    words = _TOKEN.findall(text)
    out = []
    start = 0
    classify = _classify
    for t in words:
        end = start + len(t)
        c = t[0]
        if c.isspace():
            out.append(["s", t, start, end, None, False, -1])
        elif c.isalnum():
            digits, strong = classify(t)
            out.append(["w", t, start, end, digits, strong, -1])
        else:
            out.append(["p", t, start, end, None, False, -1])
        start = end
    return out


def _numeric_neighbors(toks: list[list], i: int) -> tuple[list | None, list | None]:
    """Nearest word tokens before and after ``i`` across number gaps (both walks written out:
    this runs once for every word to read)."""
    prev = nxt = None
    j = i - 1
    gap = 0
    while j >= 0 and gap < 3:
        t = toks[j]
        kind = t[0]
        if kind == "w":
            if t[6] < 0:
                prev = t
                break
            gap = 0
        elif kind == "p":
            if t[1] not in _GAP_PUNCT:
                break
            gap += 1
        elif "\n\n" in t[1]:
            break
        j -= 1
    j = i + 1
    n = len(toks)
    gap = 0
    while j < n and gap < 3:
        t = toks[j]
        kind = t[0]
        if kind == "w":
            if t[6] < 0:
                nxt = t
                break
            gap = 0
        elif kind == "p":
            if t[1] not in _GAP_PUNCT:
                break
            gap += 1
        elif "\n\n" in t[1]:
            break
        j += 1
    return prev, nxt


def _resolve(toks: list[list]) -> None:
    """Decide which word tokens become digits, in place (tok[4] set or cleared)."""
    for i, t in enumerate(toks):
        if t[0] != "w" or t[6] >= 0:
            continue
        low = t[1].lower()
        if low not in W.REPEAT and (t[4] is None or t[5] and t[1].isdigit()):
            continue  # nothing to read or digits already, whatever its neighbours
        prev, nxt = _numeric_neighbors(toks, i)
        if low in W.REPEAT and nxt is not None and nxt[4] and len(nxt[4]) == 1:
            t[4], t[5] = nxt[4] * (W.REPEAT[low] - 1), True
            continue
        if t[4] is None:
            continue
        if low == "one" and prev is not None and prev[1].lower() in W.ONE_PRONOUN_AFTER:
            t[4] = None  # "the next one 03/28": a pronoun, not a digit
            continue
        near_strong = (prev is not None and prev[4] is not None) or (
            nxt is not None and nxt[4] is not None)
        if t[5] and t[1].isdigit():
            continue
        if not t[5]:
            if not (_single_digit(prev) and (_single_digit(nxt) or _spelled_one(t, prev, nxt)
                                             or _weak_then_digit(toks, i))
                    or low in W.RADIO and (_single_digit(prev) or _single_digit(nxt))
                    or low == "oh" and _oh_zero(toks, i)
                    # "meia-meia", "meia-nove": Portuguese six joined by a hyphen to a digit
                    or low == "meia" and _meia_pair(toks, i)
                    # "double oh", "triple o": the repeated digit itself
                    or prev is not None and prev[1].lower() in W.REPEAT and prev[4]
                    or low in W.ONE_AFTER_JOINER and _one_ends_run(toks, i, nxt)):
                t[4] = None
            elif _single_digit(prev):
                t[5] = True  # read as a digit: the next sound-alike may lean on it
        elif (not near_strong and not _is_disguised(t[1])
              and not (_past_step(toks, i, -1) or _past_step(toks, i, 1))):
            t[4] = None


def _past_step(toks: list[list], i: int, step: int) -> bool:
    """A number beyond a step word ("then", "puis", "dann") from the word at ``i``."""
    j = _neighbor_index(toks, i, step)
    if j < 0 or toks[j][1].lower() not in W.STEP_WORDS:
        return False
    k = _neighbor_index(toks, j, step)
    return k >= 0 and toks[k][4] is not None and toks[k][6] < 0


def _neighbor_index(toks: list[list], i: int, step: int) -> int:
    """Index of the nearest word token from ``i`` across number gaps, or -1."""
    j = i + step
    gap = 0
    while 0 <= j < len(toks) and gap < 3:
        t = toks[j]
        if t[0] == "w":
            return j
        if t[0] == "p":
            if t[1] not in _GAP_PUNCT:
                return -1
            gap += 1
        elif "\n\n" in t[1]:
            return -1
        j += step
    return -1


def _oh_zero(toks: list[list], i: int) -> bool:
    """"four one five oh oh nine", "oh seven nine one one, ...": "oh" read as zero in a run of
    spelled digits, next to other "oh"s; at the start of a run only before six digits or more
    ("oh, 2 more days" stays a word)."""
    def run(step: int) -> tuple[int, list | None]:
        j, ohs = i, 0
        while True:
            j = _neighbor_index(toks, j, step)
            if j < 0:
                return ohs, None
            if toks[j][1].lower() != "oh":
                return ohs, toks[j]
            ohs += 1
    before_ohs, prev = run(-1)
    after_ohs, nxt = run(1)
    if not _single_digit(nxt):
        return False
    if _hyphen_chain(toks, i) >= 3:
        return True  # "oh-four-two-seven": spelled digits joined by hyphens, one word in all
    if _single_digit(prev) or prev is not None and prev[5] and prev[4] and (
            prev[1].isdigit() or (len(prev[4]) >= 3 and segment(prev[1].lower()) is not None)):
        return True  # "five oh oh nine", "555 oh one nine", "eighteighteight - oh two ..."
    if before_ohs:
        return False
    # "five five five, then oh one two eight": a step word after digits opens the next part
    need = 3 if _past_step(toks, i, -1) else 6
    j, digits = i, 0
    while digits < need:
        j = _neighbor_index(toks, j, 1)
        if j < 0:
            return False
        t = toks[j]
        if t[1].lower() == "oh" or _single_digit(t):
            digits += 1
        elif t[1].lower() in W.REPEAT:
            continue
        elif t[4] and t[5] and not t[1].isdigit() and len(t[4]) in (2, 3):
            digits += len(t[4])  # "seventy", "nine hundred"
        else:
            return False
    return True


def _meia_pair(toks: list[list], i: int) -> bool:
    """"meia" glued by a hyphen to another "meia" or to a spelled digit, either side."""
    for j, k in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= k < len(toks) and toks[j][0] == "p" and toks[j][1] == "-":
            t = toks[k]
            if t[1].lower() == "meia" or (_single_digit(t) and not t[1].isdigit()):
                return True
    return False


def _hyphen_chain(toks: list[list], i: int) -> int:
    """Single digits joined to the word at ``i`` by hyphens alone ("oh-one-six" counts 2)."""
    n = 0
    j = i + 1
    while (n < 4 and j + 1 < len(toks) and toks[j][0] == "p" and toks[j][1] == "-"
           and (_single_digit(toks[j + 1]) or toks[j + 1][1].lower() == "oh")):
        n += 1
        j += 2
    return n


def _one_ends_run(toks: list[list], i: int, nxt: list | None) -> bool:
    """"quatro tres dois um", "... sept huit un": an article that reads as one at the end of a
    run of five spelled digits or more, with no digit after it."""
    if nxt is not None and nxt[4] is not None:
        return False
    j, digits = i, 0
    while digits < 5:
        j = _neighbor_index(toks, j, -1)
        if j < 0 or not _single_digit(toks[j]) or toks[j][1].isdigit():
            return False
        digits += 1
    return True


def _weak_then_digit(toks: list[list], i: int) -> bool:
    """"nove tres um meia, oito": two sound-alikes in a row between spelled digits; the next
    word is one too, and a single digit comes right after it."""
    j = _neighbor_index(toks, i, 1)
    if j < 0:
        return False
    t = toks[j]
    if t[5] or t[4] is None or len(t[4]) != 1 or t[6] >= 0:
        return False
    k = _neighbor_index(toks, j, 1)
    return k >= 0 and _single_digit(toks[k])


def _spelled_one(tok: list, prev: list, nxt: list | None) -> bool:
    """"nove seis um, quatrocentos e oitenta": an article that reads as one between a spelled
    digit and a spelled number of two or three digits."""
    return (tok[1].lower() in W.ONE_AFTER_JOINER and nxt is not None and nxt[5]
            and nxt[4] is not None and 2 <= len(nxt[4]) <= 3 and not nxt[1].isdigit()
            and not prev[1].isdigit())


# "12 Sept 2026", "Sept. 12, 2026", "le 3 sept. 2025": the month, not the French seven.
_DAY_BEFORE = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.|er)?\s{1,2}\Z")
_YEAR_AFTER = re.compile(r"\.?,?\s{1,2}(?:19|20)\d\d(?!\d)")
_DAY_YEAR_AFTER = re.compile(
    r"\.?\s{1,2}(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s{1,2}(?:19|20)\d\d(?!\d)")


def _month_words(text: str, toks: list[list]) -> None:
    """"Sept" between a day and a year (or before a day and a year) is September."""
    for t in toks:
        if t[0] != "w" or t[1].lower() != "sept" or not t[4]:
            continue
        s, e = t[2], t[3]
        if ((_DAY_BEFORE.search(text, max(0, s - 8), s) and _YEAR_AFTER.match(text, e))
                or _DAY_YEAR_AFTER.match(text, e)):
            t[4] = None


def _single_digit(tok: list | None) -> bool:
    """A neighbour that reads as one digit: "5", "five", "On3"."""
    return tok is not None and tok[5] and tok[4] is not None and len(tok[4]) == 1


def _is_disguised(tok: str) -> bool:
    """A mixed token like "On3" or "4l5" is a number even with no numeric neighbours."""
    return any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok)


def _hyphened(toks: list[list], a: int, b: int) -> bool:
    """Two words written as one number: only a hyphen or one space between them."""
    return b - a == 2 and toks[a + 1][1] in ("-", " ")


def _merge(toks: list[list], a: int, b: int, value: int) -> None:
    """The value on token ``a``; token ``b`` reads as nothing and goes with it."""
    toks[a][4], toks[a][5] = str(value), True
    toks[b][4], toks[b][6] = "", a


def _combine_french(toks: list[list], words: list[int]) -> None:
    """"dix-huit" (18), "soixante-douze" (72), "quatre-vingt-dix-neuf" (99): French numbers
    built from two or three number words."""
    for a, b in itertools.pairwise(words):  # dix-sept, dix-huit, dix-neuf
        if (toks[a][1].lower() == "dix" and toks[b][1].lower() in W.FR_TEEN_UNITS
                and _hyphened(toks, a, b) and toks[a][6] < 0):
            _merge(toks, a, b, 10 + W.UNITS[toks[b][1].lower()])
    for a, b in itertools.pairwise(words):  # quatre-vingt(s)
        if (toks[a][1].lower() == "quatre" and toks[b][1].lower() in W.FR_VINGT
                and _hyphened(toks, a, b)):
            _merge(toks, a, b, 80)
    live = [i for i in words if toks[i][6] < 0]
    for a, b in itertools.pairwise(live):  # soixante-dix..dix-neuf, quatre-vingt-un..dix-neuf
        la = toks[a][1].lower()
        if (la == "soixante" or toks[a][4] == "80") and toks[b][4] and (
                b - a == 2 or toks[b - 2][6] == a) and toks[b - 1][1] in ("-", " "):
            low = int(toks[b][4]) if toks[b][4].isdigit() else 99
            if (la == "soixante" and 10 <= low <= 19) or (la != "soixante" and 1 <= low <= 19):
                _merge(toks, a, b, (60 if la == "soixante" else 80) + low)


def _combine_tens(toks: list[list]) -> None:
    """"twenty three" / "cincuenta y cinco" -> one value on the tens token."""
    words = [i for i, t in enumerate(toks) if t[0] == "w"]
    # Each pass below changes nothing unless one of its key words is among the words (the
    # words it reads are some of these): one set of them tells which passes to run.
    lows = {toks[i][1].lower() for i in words}
    if not lows.isdisjoint(("dix", "quatre", "soixante")):
        _combine_french(toks, words)
        words = [i for i in words if toks[i][6] < 0]
    tens = not lows.isdisjoint(W.TENS)
    for a, b in itertools.pairwise(words) if tens else ():
        ta, tb = toks[a], toks[b]
        if not ta[4] or not tb[4]:
            continue
        la, lb = ta[1].lower(), tb[1].lower()
        if la in W.TENS and lb in W.UNITS and 0 < W.UNITS[lb]:
            ta[4], tb[4], tb[6] = str(W.TENS[la] + W.UNITS[lb]), "", a
    for a, j, b in zip(words, words[1:], words[2:], strict=False) if tens else ():
        ta, tj, tb = toks[a], toks[j], toks[b]
        lb = tb[1].lower()
        if (ta[4] and tb[4] and tj[1].lower() in W.JOINERS and ta[1].lower() in W.TENS
                and (lb in W.UNITS or lb in W.ONE_AFTER_JOINER)):
            ta[4] = str(W.TENS[ta[1].lower()] + (W.UNITS[lb] if lb in W.UNITS else 1))
            tj[4], tj[6], tb[4], tb[6] = "", a, "", a
    if not lows.isdisjoint(W.HUNDRED_UNITS):
        _combine_unit_hundred(toks, [i for i in words if toks[i][6] < 0])
    if not lows.isdisjoint(W.HUNDREDS):
        _combine_hundreds(toks, [i for i in words if toks[i][6] < 0])


def _links(toks: list[list]) -> dict[int, list[int]]:
    """The tokens read with each head (``tok[6]``), found once: ``_relink`` and ``_link`` keep it
    up to date, and a token relinked since is skipped where it is read."""
    out: dict[int, list[int]] = {}
    for i, t in enumerate(toks):
        if t[6] >= 0:
            out.setdefault(t[6], []).append(i)
    return out


def _link(links: dict[int, list[int]], toks: list[list], i: int, head: int) -> None:
    """Token ``i`` goes with ``head`` now."""
    toks[i][6] = head
    links.setdefault(head, []).append(i)


def _relink(links: dict[int, list[int]], toks: list[list], old: int, new: int) -> None:
    """The words read with ``old`` go with ``new`` now: the same as setting ``tok[6]`` to
    ``new`` wherever it is ``old``, without a pass over all tokens for each number."""
    for i in links.pop(old, ()):
        if toks[i][6] == old:
            _link(links, toks, i, new)


def _combine_unit_hundred(toks: list[list], words: list[int]) -> None:
    """"nine hundred" (900), "neun hundert", "deux cents"; then the tens or units after it,
    alone or after "and" ("nine hundred and twelve", 912): a phone's group said as a number."""
    links = _links(toks)
    for k, a in enumerate(words[:-1]):
        ta, b = toks[a], words[k + 1]
        unit = ta[1].lower()
        if (ta[6] >= 0 or not ta[4] or ta[1].isdigit() or not 1 <= W.UNITS.get(unit, 0) <= 9
                or unit not in W.HUNDRED_UNITS.get(toks[b][1].lower(), ())
                or not _hyphened(toks, a, b)):
            continue
        value = W.UNITS[unit] * 100
        c = words[k + 2] if k + 2 < len(words) else -1
        if c >= 0 and toks[c][1].lower() in W.JOINERS and c - b == 2:
            c = words[k + 3] if k + 3 < len(words) else -1
            if c >= 0 and c - words[k + 2] != 2:
                c = -1
        elif c >= 0 and c - b != 2:
            c = -1
        tc = toks[c] if c >= 0 else None
        if (tc is not None and tc[6] < 0 and tc[4] and tc[4].isdigit() and not tc[1].isdigit()
                and int(tc[4]) < 100 and toks[c - 1][1] in (" ", "-")
                and (tc[1].lower() in W.UNITS or tc[1].lower() in W.TEENS
                     or tc[1].lower() in W.TENS)):
            _relink(links, toks, c, a)  # the words already read with the tens go with it now
            for i in range(b, c):
                if toks[i][0] == "w":
                    toks[i][4] = ""
                    _link(links, toks, i, a)
            _merge(toks, a, c, value + int(tc[4]))
            _link(links, toks, c, a)
        else:
            _merge(toks, a, b, value)
            _link(links, toks, b, a)


def _combine_hundreds(toks: list[list], words: list[int]) -> None:
    """"novecentos e trinta e seis" (936), "seiscientos doce" (612): a hundreds word takes the
    tens or units after it, joined by "e"/"y" or one space."""
    links = _links(toks)
    for k, a in enumerate(words):
        ta = toks[a]
        hundred = W.HUNDREDS.get(ta[1].lower())
        if hundred is None or not ta[4] or ta[6] >= 0:
            continue
        b = words[k + 1] if k + 1 < len(words) else -1
        if b >= 0 and toks[b][1].lower() in W.JOINERS and b - a == 2 and toks[a + 1][1] == " ":
            j, b = b, (words[k + 2] if k + 2 < len(words) else -1)
            if b < 0 or b - j != 2 or toks[j + 1][1] != " ":
                continue
        elif b < 0 or not _hyphened(toks, a, b):
            continue
        tb = toks[b]
        low = tb[1].lower()
        if not tb[4] or not tb[4].isdigit() or int(tb[4]) >= 100 or tb[1].isdigit() or (
                low not in W.UNITS and low not in W.TEENS and low not in W.TENS
                and low not in W.ONE_AFTER_JOINER and W.compound_value(low) is None):
            continue
        value = hundred + (int(tb[4]) if low not in W.ONE_AFTER_JOINER else 1)
        _relink(links, toks, b, a)  # the words already read with the tens go with it now
        for i in range(a + 1, b):
            if toks[i][0] == "w":
                toks[i][4] = ""
                _link(links, toks, i, a)
        _merge(toks, a, b, value)
        _link(links, toks, b, a)


def spell_digits(src: Mapped) -> tuple[Mapped, int]:
    """Replace number words by digits; returns the new view and how many words changed."""
    text = src.text
    if not _worth_reading(text):
        return src, 0
    toks = _tokens(text)
    _combine_tens(toks)
    _resolve(toks)
    if "ept" in text:
        _month_words(text, toks)
    reach = {}  # a number read from several words ends where its last word ends
    for t in [t for t in toks if t[6] >= 0]:
        head = t[6]
        while head >= 0 and toks[head][6] >= 0:
            head = toks[head][6]
        if head >= 0:
            t[6] = head
            reach[head] = max(reach.get(head, 0), t[3])
    b = Builder()
    changed = 0
    pos = 0
    for i in [i for i, t in enumerate(toks) if t[0] == "w" and t[4] is not None and t[1] != t[4]]:
        t = toks[i]
        if t[2] < pos:
            continue
        if t[6] >= 0 and toks[t[6]][4] is None:
            continue
        b.copy(src, pos, t[2])
        end = reach.get(i, t[3]) if t[4] else t[3]
        s, e = src.span(t[2], end)
        b.add(t[4], s, e)
        pos = end
        changed += 1
    if not changed:
        return src, 0
    b.copy(src, pos, len(text))
    return b.build(), changed
