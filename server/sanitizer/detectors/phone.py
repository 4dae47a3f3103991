"""Phone numbers in any country's format, also spelled out, disguised or broken up by words."""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from ..caseless import lower_same_length
from ..context import Context
from ..normalize import Views
from ..types import Finding
from ..words import spelled_value
from . import numctx

_GROUP = re.compile(r"\d{1,20}")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_START_LETTER = re.compile(r"[^\W\d_](?<!\w[^\W\d_])")  # a letter that starts a word
_SINGLE_SPLIT = re.compile(r"[\s.\-/()]+")
_YEAR = re.compile(r"(?:19|20)\d\d")  # "2023 par 2024": two years, never one number
# "0161 **832** 7741": markdown bold or strike marks typed inside the number are gaps too.
_SEP_GAP = re.compile(r"(?:[\s().\-/,|_]|\*\*|~~){0,5}")
# "020 ~ 7946 ~ 0381", "06 \u2055 33 \u2055 91": a symbol between the groups joins them like a
# word does (a phone word nearby, or a valid number of ten digits or more).
# Emoji and pictographs do the same ("07\U0001f525 88\U0001f525 46", "06 \U0001f539 18"): arrows,
# dingbats, shapes and the emoji planes, one or two of them (a flag is two).
_SYMBOL_GAP = re.compile(r"[ \t]{0,2}(?:[~*\u2022\u00b7\u2055\u2219\u22c5\u2027\u25e6\u2605\u2606"
                         r"\u2666\u25cf\u25aa\u2217^=+]|[\u2190-\u21ff\u2300-\u27bf\u2900-\u2bff"
                         r"\U0001f000-\U0001faff]{1,2})[ \t]{0,2}|"
                         # "call 832 \u00d7 517 \u00d7 0094": a times sign (folded to x) set apart
                         r"[ \t]{1,2}x[ \t]{1,2}")
_FILLER = (r"(?:and|then|next|el|resto|rest|remaining|reste|y|und|et|e|puis|dann|luego|depois|"
           r"plus|sigue|segue|ends?|ending|"
           r"with|in|en|em|termina|terminan?|endet|auf|finit|par|por|com|last|digits?|is|es|ist|"
           r"est|the|la|le|o|der|die|finally|finalmente|enfin|ensuite|danach|despues|después|"
           r"followed|by|seguido|de|and then|after|that|ultimos|últimos|letzten|derniers|"
           # "415 for the area code, then 555, and the last four are 2671"
           r"for|are|it|an|zum|al|area\s?code|country\s?code|last\s(?:four|three|two)|numbers|"
           # "then 847, and the last bit is 9260"
           r"bit|part|"
           # "first half is 312-55, second half is 5-0147", "la otra mitad", "zweite Hälfte"
           r"second|half|other|otra|outra|mitad|metade|h[aä]lfte|zweite|moiti[eé]|deuxi[eè]me|"
           r"dot|punto|punkt|point|ponto|period|"
           r"apr[eè]s|c'est|cest|it's|its|ent[aã]o|final|fin|fim|ende|schluss|"
           # spoken separators: "917 (space) 555 (dash) 0133"
           r"space|spaces|espacio|espaço|espaco|leerzeichen|espace|dash|hyphen|gui[oó]n|tiret|"
           r"strich|bindestrich|h[ií]fen|tra[cç]o)")
_WORD_GAP = re.compile(r"(?i)[\s,.\-:()\[\]]{0,3}(?:" + _FILLER + r"[\s,.\-:()\[\]]{1,3}){1,5}")
_FILLERS = re.compile(r"(?i)\b" + _FILLER + r"\b")
# "07700 (the usual start) and then 900 832": a remark in brackets between two groups, then
# joining words, as a worded gap (a phone word or a valid whole number still decides).
_ASIDE_GAP = re.compile(r"(?i)[ \t]{0,2}\([^()\d\n]{1,32}\)[ \t,:\-]{0,3}"
                        r"(?:" + _FILLER + r"[ \t,:\-]{1,3}){0,3}")
_AREA = re.compile(r"(?i)\b(?:area\s{0,2}code|vorwahl|indicatif|c[oó]digo\s{0,2}de\s{0,2}"
                   r"[aá]rea|ddd|prefijo|lada)\s{0,3}(?:is\s{0,2}|:\s{0,2})?\(?\+?(\d{2,5})\)?")
# "x305", "ext. 214", "Durchwahl -12", "poste 221", "ramal 12": the extension goes too.
_EXT = re.compile(r"(?i)\s{0,3},?\s{0,2}(?:ext|extn|extension|x|durchwahl|dw|poste|ramal|anexo|"
                  r"interno|int)\.?\s{0,3}[:.\-]?\s{0,2}\d{1,6}(?![\d\w])")
_EXT_WORD = re.compile(r"x|dw|durchwahl|poste|ramal|anexo|int")
_AREA_KEYS = ("area", "vorwahl", "indicatif", "digo", "ddd", "prefijo", "lada")


def _area_word(views: Views) -> bool:
    """A word that can start an area code ("area code", "Vorwahl", "código de área")."""
    low = views.canon_lower
    return any(k in low for k in _AREA_KEYS)


_FALLBACK_REGIONS = ("GB", "DE", "FR", "ES", "PT", "BR", "MX", "IT", "NL", "IN", "AU", "AR", "CO")
MAX_DIGITS = 15


def _chains(text: str) -> list[tuple[int, int, str, bool, list[tuple[int, int, int]]]]:
    """Runs of digit groups joined by phone separators: (start, end, digits, worded, cuts).

    ``worded`` is True when filler words ("and then", "y termina en") join the groups;
    ``cuts`` says where (next start, previous end, digits so far) each such join is.
    """
    out: list[tuple[int, int, str, bool, list[tuple[int, int, int]]]] = []
    start = -1
    digits: list[str] = []
    last_end = -1
    worded = False
    cuts: list[tuple[int, int, int]] = []
    protected = numctx.protected_spans(text)
    k = 0
    # What a gap's own characters say, read once per distinct gap in the text (the same few
    # separators and words come back between most groups): plain, worded, a worded aside.
    gaps: dict[str, tuple[bool, bool, bool]] = {}
    long_text = len(text) > 1024  # (a chat message's gaps rarely come back)
    for m in _GROUP.finditer(text):
        while k < len(protected) and protected[k][1] <= m.start():
            k += 1
        if k < len(protected) and protected[k][0] <= m.start():
            if digits:
                out.append((start, last_end, "".join(digits), worded, cuts))
                digits, worded, cuts = [], False, []
            continue
        if digits:
            gap = text[last_end:m.start()]
            read = gaps.get(gap) if long_text else None
            if read is None:
                # up to five of " ().-/,|_" are a plain gap without the pattern
                plain = ((long_text and len(gap) <= 5 and not gap.strip(" ().-/,|_"))
                         or (_SEP_GAP.fullmatch(gap) is not None and "\n\n" not in gap))
                read = (
                    plain,
                    not plain and (_WORD_GAP.fullmatch(gap) is not None
                                   or _SYMBOL_GAP.fullmatch(gap) is not None),
                    not plain and "(" in gap and _ASIDE_GAP.fullmatch(gap) is not None)
                if long_text:
                    gaps[gap] = read
            plain, wordish, aside = read
            # "555 0198 after 5pm": a worded gap never joins a time or a measure
            by_words = ((wordish
                         # only after a first piece ("07700 (the usual start) then ..."), not
                         # between two whole numbers
                         or aside and sum(map(len, digits)) <= 6)
                        and not text[m.end():m.end() + 1].isalpha()
                        and not (_YEAR.fullmatch(digits[-1]) and _YEAR.fullmatch(m.group())))
            if plain or by_words:
                if by_words:
                    worded = True
                    cuts.append((m.start(), last_end, sum(map(len, digits))))
            else:
                out.append((start, last_end, "".join(digits), worded, cuts))
                digits, worded, cuts = [], False, []
        if not digits:
            start = m.start()
        digits.append(m.group())
        last_end = m.end()
        if len(digits) > 40:
            out.append((start, last_end, "".join(digits), worded, cuts))
            digits, worded, cuts = [], False, []
    if digits:
        out.append((start, last_end, "".join(digits), worded, cuts))
    return out


_RANGE_WORD = re.compile(r"(?i)[\s,]{1,3}(?:al|a|to|till|thru|through|bis|au|at[eé]|hasta|"
                         r"-)[\s,]{1,3}")
_SHAPE = str.maketrans("0123456789", "9999999999")


# Groups apart by a times sign are a phone only right after a phone word and with nothing
# after them ("call 832 x 517 x 0094 (ignore the x's)").
_TIMES_GAP = re.compile(r"\d[ \t]{1,2}x[ \t]{1,2}\d")
_NOTHING_AFTER = re.compile(r"[ \t]{0,2}(?:[.,;:!?()]|$)")


def _times_signs(text: str, low: str, s: int, e: int) -> bool:
    """Digit groups joined by times signs that read as a size, not a phone."""
    if _TIMES_GAP.search(text, s, e) is None:
        return False
    return not (numctx.strong_phone_before(low, s, 16) and _NOTHING_AFTER.match(text, e))


def _id_range(text: str, s: int, e: int, cuts: list[tuple[int, int, int]]) -> bool:
    """Two runs of the same written shape joined by a range word ("0331-01 al 0331-05",
    "A-1001-01 to 1001-09"): the first and last of a series, never one phone number."""
    if len(cuts) != 1:
        return False
    ns, pe, _ = cuts[0]
    left, right = text[s:pe], text[ns:e]
    return (_RANGE_WORD.fullmatch(text[pe:ns]) is not None and len(left) >= 4
            and not left.isdigit() and left.translate(_SHAPE) == right.translate(_SHAPE))


def _sibling(digits: str, labelled: list[str]) -> bool:
    """Same length as an ID given before and differing only in its last three digits."""
    n = len(digits)
    return any(len(d) == n and d[:n - 3] == digits[:n - 3] for d in labelled)


_SCORES = re.compile(r"\d{1,3}(?:\s{0,2}/\s{0,2}\d{1,3}){2,6}")


def _scores(body: str) -> bool:
    """Three or more numbers up to 100 parted by slashes: a list of scores or percentages."""
    return (_SCORES.fullmatch(body) is not None
            and all(int(g) <= 100 for g in _GROUP.findall(body)))


def _pieces(s: int, e: int, digits: str, cuts: list[tuple[int, int, int]]):
    """The runs of a worded chain between its filler words."""
    out = []
    ps, pd = s, 0
    for ns, pe, nd in cuts:
        out.append((ps, pe, digits[pd:nd]))
        ps, pd = ns, nd
    out.append((ps, e, digits[pd:]))
    return out


@lru_cache(maxsize=4096)
def valid_in(digits: str, region: str) -> bool:
    """Whether ``digits`` (a leading '+' for an international number) is a valid phone number
    dialled from ``region``."""
    try:
        num = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


@lru_cache(maxsize=4096)
def _possible_intl(digits: str) -> bool:
    try:
        num = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(num)


_US_SHAPE = re.compile(
    r"(?:\([2-9]\d\d\)[\s.\-]{0,3}|[2-9]\d\d[\s.\-]{1,3})\d{3}[\s.\-]{1,3}\d{4}")


# "(48) 99123-4567", "(11) 3456-7890": a Brazilian number, whatever the default region.
_BR_SHAPE = re.compile(r"\(\d\d\)\s{0,2}9?\d{4}[\s.\-]{1,3}\d{4}")


def phone_shaped(body: str, region: str) -> bool:
    """Written the way a phone number is written ("(917) 555 0133", "555.867.5309")."""
    if region in ("US", "CA") and _US_SHAPE.fullmatch(body) is not None:
        return True
    return (body[:1] == "(" and _BR_SHAPE.fullmatch(body) is not None
            and valid_in("".join(c for c in body if c.isdigit()), "BR"))


def looks_like_phone(digits: str, intl: bool, strong: bool, region: str) -> bool:
    """Decide whether a digit string is a phone number given how it was written."""
    n = len(digits)
    if n < 7 or n > MAX_DIGITS + (2 if digits.startswith("00") else 0):
        return False
    if intl:
        return _possible_intl(digits) or 10 <= n <= MAX_DIGITS
    if strong:
        return True
    if digits.startswith("00") and n >= 10 and _possible_intl(digits[2:]):
        return True
    if valid_in(digits, region):
        return True
    if digits.startswith("0") and n >= 10:
        return any(valid_in(digits, r) for r in _FALLBACK_REGIONS if r != region)
    return False


def _span_with_plus(text: str, s: int) -> tuple[int, bool]:
    """Extend the chain start over a leading '+' (and '(' before it)."""
    k = s
    while k > 0 and text[k - 1] in " (":
        k -= 1
    if k > 0 and text[k - 1] == "+":
        return k - 1, True
    return (s - 1, False) if s > 0 and text[s - 1] == "(" else (s, False)


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Phone findings in the original text."""
    canon = views.canon
    text = canon.text
    out: list[Finding] = []
    digits_in = views.canon_digits
    if len(text) > 20000:
        digits_in = len(_DIGIT.findall(text, 0, 20000))
    if digits_in >= 7:
        low = views.canon_lower
        if "p.o." in low:  # "P.O. number": a purchase order, read as the ID word "po"
            low = low.replace("p.o.", "po  ")
        labelled: list[str] = []  # numbers after "part no.", "order": their siblings are IDs
        for s, e, digits, worded, cuts in _chains(text):
            if len(digits) < 7 and not cuts:
                continue
            if numctx.id_before(low, s):
                labelled.append(digits)
            elif labelled and _sibling(digits, labelled):
                continue  # "Part no. 7700-900-123 is the bracket, 7700-900-124 the screw kit"
            if "/" in text[s:e] and _scores(text[s:e]) and not numctx.phone_context(low, s, e):
                continue  # "Lighthouse: 98 / 100 / 100 / 92": scores out of a hundred
            if cuts and _id_range(text, s, e, cuts):
                continue  # "del 0331-01 al 0331-05": a range of entries, not one number
            found = None
            if not (cuts and _times_signs(text, low, s, e)):  # not "the 600 x 600 x 1200 tiles"
                found = _check(views, ctx, text, low, s, e, digits, worded)
            if found is None and cuts:
                # "06 c'est le 06 71 84 22 90": the run between the words alone
                for ps, pe, pd in _pieces(s, e, digits, cuts):
                    found = _check(views, ctx, text, low, ps, pe, pd, False)
                    if found is not None:
                        out.append(found)
            elif found is not None:
                out.append(found)
    if digits_in >= 7 and any(k in views.canon_lower for k in _LETTER_KEYS):
        out.extend(_letters_dropped(views, ctx))
    if digits_in >= 10 and "code" in views.canon_lower:
        out.extend(_code_anywhere(views, ctx))
    if digits_in >= 7 and _LETTER_SPLIT.search(text):
        out.extend(_letter_split(views, ctx))
    if digits_in >= 7 and _SEQUENCE_HINT.search(views.canon_lower):
        out.extend(_sequenced(views, ctx))
    if digits_in >= 3 and _VANITY_HINT.search(text):
        out.extend(_vanity(views, ctx))
    if digits_in >= 7 and _PLACE_HINT.search(views.canon_lower):
        out.extend(_placed_parts(views, ctx))
    if digits_in >= 7 and _PLACED_HINT.search(views.canon_lower):
        out.extend(_placed(views, ctx))
    if (digits_in >= 7 and _CALL_WORD.search(views.canon_lower)
            and _CALL_LABEL.search(views.canon_lower)):
        out.extend(_dialled_label(views, ctx))
    for m in _AREA.finditer(text) if views.canon_digits >= 2 and _area_word(views) else ():
        if text[m.start(1) - 1] == "+":
            continue  # "no valida el prefijo +34": a country's calling code, no one's line
        out.append(Finding("phone", *canon.span(m.start(1), m.end(1)), "area code"))
    if ctx.identities:
        out.extend(_known_tails(views, ctx, text))
    return out


# A vanity number: letters for the last digits, dialled on the keypad ("(212) 555-PLAY",
# "1-800-GO-FIXIT", "303.555.BIKE"). Capitals only, after a full area code and exchange.
_VANITY_HINT = re.compile(r"\d[ .\-]{1,2}[A-Z]{2}")
_VANITY = re.compile(
    r"(?<![\w(+])(?:\+?1[ .\-]{1,2})?(?:\(\d{3}\)|\d{3})[ .\-]{0,2}(?:\d{3}[ .\-]{1,2}"
    r"(?=[0-9A-Z\-]{0,3}[A-Z]{3})|(?=[A-Z]))((?:[0-9A-Z]\-?){3,6}[0-9A-Z])(?![\w\-])")
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_LABEL_BEFORE = re.compile(r"\b(?:phone|tel|number|n[uú]mero|nummer|cell|mobile|line)\s{0,2}"
                           r"(?:is\s{1,2})?[:#]?\s{0,3}\Z")
_KEYPAD = str.maketrans({c: str(d) for d, letters in (
    (2, "ABC"), (3, "DEF"), (4, "GHI"), (5, "JKL"), (6, "MNO"), (7, "PQRS"), (8, "TUV"),
    (9, "WXYZ")) for c in letters} | {"-": None})


def _vanity(views: Views, ctx: Context) -> list[Finding]:
    """Phone numbers whose last part is spelled on the keypad, valid once dialled."""
    out = []
    text = views.canon.text
    for m in _VANITY.finditer(text):
        tail = m.group(1).translate(_KEYPAD)
        digits = re.sub(r"\D", "", text[m.start():m.start(1)]) + tail
        if sum(c.isalpha() for c in m.group(1)) < 3 or len(digits) not in (10, 11):
            continue
        if numctx.id_before(views.canon_lower, m.start()):
            continue  # "ticket 212-555-ABCD": a reference code
        if digits[-10:-7] in _TOLL_FREE and _LABEL_BEFORE.search(
                views.canon_lower, max(0, m.start() - 24), m.start()) is None:
            continue  # "the ad ends with 'call 1-800-GARDENS'": a company's toll-free line
        if valid_in(digits, "US") or valid_in(digits, ctx.default_region):
            out.append(Finding("phone", *views.canon.span(m.start(), m.end()),
                               "vanity phone number"))
    return out


# Pieces of one number that say where they sit, in any order within one message: "it ends in
# 0162 and starts with 602-555", "last four 0184, middle 555, area code 303", "termina en 47,
# empieza por 612 30 19". Ranked area < start < middle < end, joined, kept when valid.
_PLACE_AREA = (r"area(?:\s{1,2}code)?|prefijo|prefixo|vorwahl|indicatif|ddd|lada|"
               r"c[oó]digo\s{1,2}de\s{1,2}[aá]rea")
# "the first 6 are 480 555", "los últimos cuatro son 0172", "die ersten sechs sind": a count
# of digits said with the place (kept to check it against the digits given)
_PLACE_COUNT = (r"(?:\s{1,2}(?:[2-8]|two|three|four|five|six|seven|eight|dos|tres|cuatro|cinco|"
                r"seis|siete|ocho|zwei|drei|vier|f[uü]nf|sechs|sieben|acht|dois|quatro|sete|oito)"
                r"(?:\s{1,2}digits?)?\b)")
_PLACE_START = (r"starts?|starting|begins?|beginning|(?:first|primer[oa]s|primeir[oa]s|ersten)"
                r"(?P<cs>" + _PLACE_COUNT + r")|first(?:\s{1,2}(?:part|bit|half|digits?))?|"
                r"empieza|comienza|beginnt|commence|come[cç]a|primeir[oa]s?|"
                r"primer[oa]s?|erste[n]?|premiers?")
_PLACE_MIDDLE = r"middle(?:\s{1,2}(?:part|bit|three|3))?|medio|mitte|milieu|meio"
_PLACE_END = (r"(?:last|[uú]ltimos|letzten)(?P<ce>" + _PLACE_COUNT + r")|"
              r"ends?|ending|last(?:\s{1,2}(?:part|bit|half|digits?))?|termina|terminan|"
              r"endet|finit|finissant|[uú]ltimos|letzten|derniers|final")
_PLACED = re.compile(
    r"\b(?:(?P<area>" + _PLACE_AREA + r")|(?P<start>" + _PLACE_START + r")|(?P<mid>"
    + _PLACE_MIDDLE + r")|(?P<end>" + _PLACE_END + r"))\b[\s:,=\-]{0,3}"
    r"(?:(?:is|are|es|ist|est|[eé]|son|sind|sont|s[aã]o|with|in|en|em|por|par|mit|auf|on|at|"
    r"con|com|de|mit|the|digits?|part)\s{1,2}[:\-]?\s{0,2}){0,2}"
    r"\(?(?P<num>\d{2,4}(?:\)?[ .\-]\d{2,4}){0,2})(?![\d.,:/]\d|\d)")
_PLACED_HINT = re.compile(r"start|begin|first|empie|comien|commen|come[cç]|primer|erste|premier|"
                          r"middle|medio|mitte|milieu|meio|end|last|termin|finit|finiss|ltimos|"
                          r"letzt|dernier|final|area|prefij|prefix|vorwahl|indicatif|ddd|lada")
_PLACE_RANK = {"area": 0, "start": 1, "mid": 2, "end": 3}


def _count_value(word: str) -> int | None:
    """The number of digits a place word announces ("6", "six", "sechs")."""
    return int(word) if word.isdigit() else spelled_value(word.replace("ü", "u"))


def _placed(views: Views, ctx: Context) -> list[Finding]:
    """A phone number given in pieces that each say where they sit ("ends in", "area")."""
    low = views.canon_lower
    pieces = []
    counted = 0  # pieces whose length was said ("the last 4 are 0172")
    for m in _PLACED.finditer(low):
        if len(pieces) >= 6:
            return []
        rank = _PLACE_RANK[m.lastgroup if m.lastgroup != "num" else next(
            k for k in _PLACE_RANK if m.group(k) is not None)]
        if numctx.is_business_number(low, low, m.start("num"), m.end("num"), m.group("num"),
                                     ids=False):
            continue
        digits = re.sub(r"\D", "", m.group("num"))
        count = (m.group("cs") or m.group("ce") or "").split()
        counted += bool(count) and _count_value(count[0]) == len(digits)
        pieces.append((rank, m.start("num"), m.end("num"), digits))
    if len(pieces) < 2 or len({p[0] for p in pieces}) != len(pieces):
        return []
    if not ({p[0] for p in pieces} & {1, 3}):
        return []
    pieces.sort(key=lambda p: (p[0], p[1]))
    digits = "".join(p[3] for p in pieces)
    if not 7 <= len(digits) <= 12 or not (numctx.has_phone_words(low) or pieces[0][0] == 0
                                          or counted == len(pieces)):
        return []
    if not valid_in(digits, ctx.default_region):
        return []
    return [Finding("phone", *views.canon.span(s, e), "phone number in parts")
            for _, s, e, _ in pieces]


# "9q1q7q5q5q5q0q1q4q2 (remove the q's)": every digit apart by one and the same letter.
# (Written to start with its first digit, then the look back, so a scan stops only at digits.)
_LETTER_SPLIT = re.compile(r"\d(?<![^\W_]\d)([A-Za-z])\d(?:\1\d){5,13}(?![^\W_])")


def _letter_split(views: Views, ctx: Context) -> list[Finding]:
    """Digits parted by a repeated letter that join into a phone number."""
    out = []
    text = views.canon.text
    low = views.canon_lower
    for m in _LETTER_SPLIT.finditer(text):
        digits = m.group().replace(m.group(1), "")
        if numctx.is_business_number(low, low, m.start(), m.end(), digits, ids=False):
            continue
        if ((numctx.phone_context(low, m.start(), m.end()) and looks_like_phone(
                digits, False, True, ctx.default_region)) or _whole_number(digits, ctx)):
            out.append(Finding("phone", *views.canon.span(m.start(), m.end()),
                               "phone number in disguise"))
    return out


# A number given as a riddle, one part per step: "first three = 2 x 250 + 12 (so 512). Then
# 555. Then my gym locker code, 0148", "my number is 312, then the year I was born (1989), then
# 440". Each step's last group of digits is the next part of the number.
_SEQUENCE = (r"\b(?:and\s{1,2}then|then|next|after\s{1,2}that|followed\s{1,2}by|y\s{1,2}luego|"
             r"luego|despu[eé]s|dann|danach|puis|ensuite|depois|em\s{1,2}seguida|a\s{1,2}seguir)\b")
_SEQUENCE_HINT = re.compile(r"then|next|after|followed|luego|despu|dann|danach|puis|ensuite|"
                            r"depois|seguida|seguir")
_SEQUENCE_RX = re.compile(_SEQUENCE)
_RIDDLE = re.compile(r"\b(?:riddle|puzzle|figure\s{1,2}(?:it\s{1,2})?out|guess|work\s{1,2}it"
                     r"\s{1,2}out|r[aä]tsel|adivin\w{0,6}|acertijo|devinette|devine[rz]?|enigma|"
                     r"charada|desaf[ií]o|challenge)\b")
_TIME_BEFORE = re.compile(r"\b(?:at|around|by|until|till|from|um|ab|bis|vers|[aà]s|a\s{1,2}las)"
                          r"\s{1,2}\Z")


def _sequenced(views: Views, ctx: Context) -> list[Finding]:
    """A phone number whose parts come one per step ("then", "dann", "luego"), the step's last
    digits each, when one's own number or a riddle about a number is spoken of."""
    low = views.canon_lower
    riddle = _RIDDLE.search(low) is not None
    if not (riddle or numctx.has_phone_words(low)):
        return []
    cuts = list(_SEQUENCE_RX.finditer(low))
    if not 2 <= len(cuts) <= 8:
        return []
    bounds = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(low)]
    pieces = []
    for a, b in zip(bounds, ends, strict=True):
        g = max(_GROUP.finditer(low, a, b), key=lambda x: x.start(), default=None)
        if g is None:
            continue
        if not 1 <= len(g.group()) <= 4 or _TIME_BEFORE.search(low, max(0, g.start() - 8),
                                                               g.start()):
            return []  # "at 10, then at 1230": times of day
        if numctx.is_business_number(low, low, g.start(), g.end(), g.group(), ids=False):
            return []
        pieces.append((g.start(), g.end(), g.group()))
    if not 3 <= len(pieces) <= 5:
        return []
    digits = "".join(p[2] for p in pieces)
    first = pieces[0][0]
    own = numctx.own_phone_before(low, first, 80)
    if not (own or riddle):
        return []
    # one's own number with a step given as a riddle ("my number = the answer to everything,
    # then 5, then 907, then 2216"): the steps that are digits go, seven of them or more
    if not (valid_in(digits, ctx.default_region) or (own and 7 <= len(digits) <= 12)):
        return []
    return [Finding("phone", *views.canon.span(s, e), "phone number in parts")
            for s, e, _ in pieces]


# A number given in parts named by their place: "first three are 415, middle 555, last four
# 0132", "los primeros 3: 612, luego el del medio 34, los últimos 5678". Each place word's
# first group of digits (within the sentence) is the next part; the first and the last place
# must both be named, and a riddle or a phone word must be in the text.
_FIRST_PLACE = (r"first|primer[oa]?s?|primeir[oa]s?|erste[nrs]?|premi[eè]re?s?|"
                r"start(?:s|ing)?|begin\w{0,4}|empieza|come[cç]a|anfang\w{0,2}|d[eé]but")
_LAST_PLACE = (r"last|final|ending|[uú]ltim[oa]s?|letzte[nrs]?|derni[eè]re?s?|ende|fin|fim|"
               r"termina\w{0,2}")
_PLACE = re.compile(r"\b(?:(?P<first>" + _FIRST_PLACE + r")|(?P<last>" + _LAST_PLACE + r")|"
                    r"middle|mid|second|next|medio|meio|mitte|mittlere[nrs]?|milieu|"
                    r"segund[oa]s?|zweite[nrs]?|deuxi[eè]me)\b")
_PLACE_HINT = re.compile(r"first|primer|primeir|erste|premi|start|begin|empieza|come[cç]a|"
                         r"anfang|d[eé]but")
_PLACE_STOP = re.compile(r"[.!?;](?:\s|$)|\n")


def _placed_parts(views: Views, ctx: Context) -> list[Finding]:
    """A phone number whose parts are named by their place: first, middle, last."""
    low = views.canon_lower
    riddle = _RIDDLE.search(low) is not None
    if not (riddle or numctx.has_phone_words(low)):
        return []
    places = list(_PLACE.finditer(low))
    out = []
    for k, f in enumerate(places):
        if f.group("first") is None:
            continue
        last = next((p for p in places[k + 1:k + 6] if p.group("last") is not None), None)
        if last is None or last.start() - f.end() > 100:
            continue
        tail = _TAIL_RUN.search(low, last.end(), min(len(low), last.end() + 30))
        if tail is None or _PLACE_STOP.search(low, f.end(), tail.start()):
            continue
        groups = list(_GROUP.finditer(low, f.end(), tail.end()))
        if (not 3 <= len(groups) <= 6 or groups[0].start() - f.end() > 30
                or any(not 2 <= len(g.group()) <= 4 for g in groups)):
            continue
        digits = "".join(g.group() for g in groups)
        if not (valid_in(digits, ctx.default_region)
                or (riddle or numctx.own_phone_before(low, groups[0].start(), 80))
                and 9 <= len(digits) <= 12 and any(valid_in(digits, r)
                                                   for r in _FALLBACK_REGIONS)):
            continue
        out.append(Finding("phone", *views.canon.span(groups[0].start(), groups[-1].end()),
                           "phone number in parts"))
    return out


# "ending 0187", "finit par 55 01 23": the tail may be typed in groups.
# (from its first digit, then the look back: a scan that stops only at digits)
_TAIL_RUN = re.compile(r"\d(?<!\d\d)\d{1,5}(?:[ .\-]\d{2,4}){0,2}(?!\d)")
_TAIL_GROUP = re.compile(r"\d+")


@lru_cache(maxsize=256)
def _phone_digits(phone: str) -> str:
    """The digits of a party's known phone (read once per party, not once per message)."""
    return "".join(c for c in phone if c.isdigit())


def _known_tails(views: Views, ctx: Context, text: str) -> list[Finding]:
    """The last digits of a party's known phone near a phone word ("the one ending 0187")."""
    known = []
    for ident in ctx.identities:
        digits = _phone_digits(ident.phone or "")
        if len(digits) >= 7:
            known.append(digits)
    if not known:
        return []
    low = None
    out = []
    for m in _TAIL_RUN.finditer(text):
        if m.end() - m.start() < 4:
            continue
        run = m.group()
        # every tail tried below ends with the run's last group: a known number must too
        last = run[max(run.rfind(" "), run.rfind("."), run.rfind("-")) + 1:]
        if not any(d.endswith(last) for d in known):
            continue
        if low is None:
            low = text.lower()
        groups = list(_TAIL_GROUP.finditer(run))
        for k, g in enumerate(groups):  # the longest known tail: all groups, then fewer
            tail = "".join(x.group() for x in groups[k:])
            if not 4 <= len(tail) <= 7 or not any(d.endswith(tail) for d in known):
                continue
            s = m.start() + g.start()
            if (numctx.phone_context(low, s, m.end())
                    and not numctx.is_business_number(text, low, s, m.end(), tail)):
                out.append(Finding("phone", *views.canon.span(s, m.end()), "known phone"))
            break
    return out


def _check(views: Views, ctx: Context, text: str, low: str, s: int, e: int, digits: str,
           worded: bool) -> Finding | None:
    """A phone finding for one run of digits, or None when it is business or not a phone."""
    canon = views.canon
    if not 7 <= len(digits) <= MAX_DIGITS + 2:
        return None
    if digits.rstrip("0") in ("", digits[:1], digits[:2], digits[:3]):
        return None  # "+10000000000": a placeholder, all zeros after the country code
    if worded and not numctx.phone_context(low, s, e) and not _whole_number(digits, ctx):
        return None
    s, intl = _span_with_plus(text, s)
    if (e < len(text) and text[e].isalpha()
            and views.original[canon.span(e - 1, e)[1]:][:1].isspace()):
        # "0 9 y así": joining the spaced digits glued the next word on; it is not a code
        text = text[:e] + " " + text[e + 1:]
    if numctx.is_business_number(text, low, s, e, digits, ids=False) and not (
            # "tlf: 647.302.915": dots that group a figure, right after a phone word
            numctx.strong_phone_before(low, s, 14) and valid_in(digits, ctx.default_region)):
        return None
    area = _area_after(text, low, e, digits, ctx.default_region)
    if area:  # "555-0143 in the 415": the area code said after it makes it a phone
        return Finding("phone", *canon.span(s, area), "phone number")
    # "(718) 555 0144", "+44 ...", or digits spelled out after "phone": a phone even
    # when "invoice" or "factura" comes in between
    if (numctx.id_before(low, s) and not _labelled_phone(views, low, s, e, intl,
                                                         ctx.default_region)
            and not numctx.called_own_phone_after(low, e)
            and not numctx.called_own_phone_later(low, e)):
        return None
    disguised = _disguised(views, canon.span(s, e))
    strong = (intl or disguised or numctx.phone_context(low, s, e)
              or _pay_app_phone(low, s, digits, ctx.default_region)
              or phone_shaped(text[s:e], ctx.default_region)
              or _reversed_phone(low, s, digits, ctx.default_region)
              or _foreign_own(low, s, e, digits, ctx.default_region))
    if "," in text[s:e] and not (disguised or numctx.phone_context(low, s, e)
                                 or _FIRST_PIECE.search(low, max(0, s - 24), s)
                                 # "503, 555 and 0129 - jk, that's my number"
                                 or numctx.called_own_phone_later(low, e, 30)
                                 # "917, then 555, then 0128": parts given step by step
                                 or _stepped_whole(low, s, e, digits, ctx)):
        return None
    if looks_like_phone(digits, intl, strong, ctx.default_region):
        # an extension (28 characters at most) holds a digit and one of its words
        ext = (_EXT.match(text, e) if _EXT_WORD.search(lower_same_length(text[e:e + 32]))
               else None)
        return Finding("phone", *canon.span(s, ext.end() if ext else e), "phone number")
    return None


_STEP_AFTER_COMMA = re.compile(r",[ \t]{0,2}(?:and[ \t]{1,2})?(?:then|puis|ensuite|dann|danach|"
                               r"luego|despu[eé]s|depois)\b")


def _stepped_whole(low: str, s: int, e: int, digits: str, ctx: Context) -> bool:
    """Every comma between the groups followed by a step word, two steps or more, and the
    digits a whole valid number: one number told in parts, not a list of figures."""
    steps = len(_STEP_AFTER_COMMA.findall(low, s, e))
    return steps >= 2 and steps == low.count(",", s, e) and _whole_number(digits, ctx)


# "log it as ticket 07946 083 115 and call the 'ticket'", "build number v917.555.0162, text that
# build": digits dressed as a record, then the record itself is to be called or texted.
_CALL_LABEL = re.compile(
    r"\b(?:call|ring|text|txt|dial|phone|whats\s?app|sms|llama|llamar|marca|marcar|ruf|rufe|"
    r"anrufen|w[aä]hle|appelle[rz]?|appeler|compose[rz]?|liga|ligar|disca|discar)\s{1,2}"
    r"(?:(?:the|that|this|my|your|el|ese|esa|este|al|le|la|ce|cette|den|die|das|diese[ns]?|o|a|"
    r"esse|essa|an|au)\s{1,2})?['\"\u2018\u2019\u201c\u201d\u00ab]?\s{0,2}([^\W\d_]{4,20})\b")
# A word every match of _CALL_LABEL holds: a plain scan before the pattern, which tries every
# place where a word starts.
_CALL_WORD = re.compile(r"call|ring|text|txt|dial|phone|whats|sms|llama|marca|ruf|w[a\u00e4]hle|"
                        r"appel|compose|liga|disca")
_LABEL_DIGITS = re.compile(r"\+?\(?\d[\d \t.\-()]{5,18}\d")
_LABEL_GAP = re.compile(r"[^\d.!?\n]{0,30}?(?:\b[a-z](?=\d))?(?=\+?\(?\d)")


def _dialled_label(views: Views, ctx: Context) -> list[Finding]:
    """Digits right after a word that the message then says to call or text."""
    low = views.canon_lower
    out = []
    for m in _CALL_LABEL.finditer(low):
        label = m.group(1)
        if label in ("number", "numero", "nummer", "phone", "mobile", "cell"):
            continue  # "call that number": the plain detectors already decide those
        lo = max(0, m.start() - 160)
        k = low.rfind(label, lo, m.start())
        while k >= 0:
            g = _LABEL_GAP.match(low, k + len(label), m.start())
            d = _LABEL_DIGITS.match(low, g.end()) if g else None
            if d is not None:
                digits = re.sub(r"\D", "", d.group())
                if 7 <= len(digits) <= MAX_DIGITS and (
                        valid_in(digits, ctx.default_region) or digits.startswith("0") and any(
                            valid_in(digits, r) for r in _FALLBACK_REGIONS)):
                    out.append(Finding("phone", *views.canon.span(d.start(), d.end()),
                                       "phone number called by its label"))
                break
            k = low.rfind(label, lo, k)
    return out


# "first half 786-555, second half 01-45": groups said to be the halves or parts of one whole
# are one number even with a comma between them.
_FIRST_PIECE = re.compile(r"\b(?:first|1st|primera|primer|primeira|erste|premi[e\u00e8]re)\s{1,2}"
                          r"(?:half|part|bit|mitad|parte|metade|h[a\u00e4]lfte|teil|moiti[e\u00e9]|"
                          r"partie)\s{0,2}(?:is|es|\u00e9|ist|est)?\s{0,2}:?\s{0,2}\Z")
# "take 555-0148 and put the Chicago code 312 in front": seven digits and an area code said
# anywhere in a message about one's phone.
_LOCAL_SEVEN = re.compile(r"(?<![\d\-.])[2-9]\d\d[\-. ]\d{4}(?![\d\-.]|[ \t]\d)")
# "area code 312", "the Chicago code 312": a city's code, not "error code 404"
_CODE_SAID = re.compile(r"(?:(?i:area|city|dialling|dialing|local)|(?!(?:Error|Status|HTTP|Zip|"
                        r"Promo|Discount|Access|Pin|PIN|Verification|Exit|Source|Dress|Country|"
                        r"Postal|Post|Sort|Tax|Bar|QR|Coupon|Voucher|Gift|Door|Gate|Alarm)\b)"
                        r"[A-Z][a-z]{2,20})\s{1,2}(?i:code)\s{0,2}(?:is\s{1,2}|:\s{0,2})?"
                        r"\(?([2-9]\d\d)\)?(?![\d\-.]|[ \t]\d)")


# "drop the letters: 4a1b3c5d...", "quita las letras", "ohne die Buchstaben": a number with
# letters typed between its digits, when the message says to leave the letters out.
_LETTER_KEYS = ("letter", "letra", "buchstab", "lettre")
_LETTERS_OUT = re.compile(r"\b(?:drop|ignore|remove|skip|delete|strip|without|minus|quita|"
                          r"quitar|ignora|sin|sem|tira|ohne|weglassen|streich|enl[e\u00e8]ve|"
                          r"sans|ignore[sz]?|retire)\b[^.!?\n]{0,20}?\b(?:letters|letras|"
                          r"buchstaben|lettres)\b|\b(?:letters|letras|buchstaben|lettres)\b"
                          r"[^.!?\n]{0,12}?\b(?:weg|raus|out|fora|fuera)\b")
_MIXED_TOKEN = re.compile(r"(?<![\w])[0-9A-Za-z]{9,40}(?!\w)")


def _letters_dropped(views: Views, ctx: Context) -> list[Finding]:
    """Digits with letters between them that make a phone once the letters go."""
    text = views.canon.text
    if _LETTERS_OUT.search(views.canon_lower) is None:
        return []
    out = []
    for m in _MIXED_TOKEN.finditer(text):
        tok = m.group()
        digits = re.sub(r"\D", "", tok)
        if (not 7 <= len(digits) <= MAX_DIGITS or len(tok) - len(digits) < 2
                or numctx.id_before(views.canon_lower, m.start())):
            continue  # "the letters in the SKU 4a1b...": an article code
        if valid_in(digits, ctx.default_region) or (
                digits.startswith("0") and any(valid_in(digits, r) for r in _FALLBACK_REGIONS)):
            out.append(Finding("phone", *views.canon.span(m.start(), m.end()), "phone number"))
    return out


def _code_anywhere(views: Views, ctx: Context) -> list[Finding]:
    """A seven-digit local number and its area code named elsewhere in the message."""
    if ctx.default_region not in ("US", "CA"):
        return []
    text = views.canon.text
    low = views.canon_lower
    codes = [m for m in _CODE_SAID.finditer(text)]
    if not codes or not numctx.has_phone_words(low):
        return []
    out = []
    for m in _LOCAL_SEVEN.finditer(text):
        local = re.sub(r"\D", "", m.group())
        for c in codes:
            if valid_in(c.group(1) + local, ctx.default_region):
                out.append(Finding("phone", *views.canon.span(m.start(), m.end()),
                                   "phone number"))
                out.append(Finding("phone", *views.canon.span(c.start(1), c.end(1)),
                                   "area code"))
                break
    return out


# "555-0143 in the 415", "867-5309, area code 312", "555 0172 (503)": a local number of seven
# digits with its area code said after it.
_AREA_AFTER = re.compile(
    r"[ \t]{0,2}[,;]?[ \t]{0,3}(?:in[ \t]{1,2}(?:the[ \t]{1,2})?|(?:area(?:[ \t]{0,2}code)?|"
    r"ac)[ \t]{0,2}:?[ \t]{0,2}(?:is[ \t]{1,2})?|\()\(?([2-9]\d\d)\)?(?![\d%:/.,]\d|\d|"
    r"[ \t]{0,2}(?:[a-z$%\u20ac\u00a3]|\d))")


def _area_after(text: str, low: str, e: int, digits: str, region: str) -> int:
    """End of an area code said right after seven digits, when the whole is a valid NANP
    number and a phone is spoken of; 0 otherwise."""
    if len(digits) != 7 or region not in ("US", "CA") or not numctx.has_phone_words(low):
        return 0
    m = _AREA_AFTER.match(text, e)
    if m is None or not valid_in(m.group(1) + digits, region):
        return 0
    return m.end()


# Payment apps that run on phone numbers (Bizum, MB WAY, Zelle, Yape, Nequi, Lydia): named
# anywhere earlier in the sentence, they make a valid national number a phone ("pode ser por
# MB Way, é mais rápido: 912 ..."), as far back as a long sentence reaches.
_PAY_APPS = (r"bizum|mb\s?way|zelle|yape|plin|nequi|daviplata|lydia|paylib|twint|swish|vipps|"
             r"mobilepay|blik")
_PHONE_PAY_APP = re.compile(r"\b(?:" + _PAY_APPS + r")\b")
_PAY_APP_ANYWHERE = re.compile(_PAY_APPS)


@lru_cache(maxsize=8)
def _names_pay_app(low: str) -> bool:
    """A payment app's name anywhere in the text, word or not: what a search in any slice of
    it needs. Asked for every number, answered once per text."""
    return _PAY_APP_ANYWHERE.search(low) is not None


def _pay_app_phone(low: str, s: int, digits: str, region: str) -> bool:
    if not 9 <= len(digits) <= 12 or not _names_pay_app(low):
        return False
    before = low[max(0, s - 120):s]
    if _PHONE_PAY_APP.search(before) is None or "\n\n" in before:
        return False
    return valid_in(digits, region) or any(valid_in(digits, r) for r in _FALLBACK_REGIONS
                                           if r != region)


# "read it backwards: 1762 555 212", "al revés: 1267 555 214": the digits typed in reverse.
_REVERSED_KEYS = ("backward", "revers", "reves", "invert", "envers", "ckwarts", "ckwaerts",
                  "umgekehrt", "contrario", "tras pra", "tras para", "von hinten", "rebours")
_REVERSED = re.compile(
    r"\b(?:backwards?|in\s{1,2}reverse|reversed?|reverse\s{1,2}order|al\s{1,2}rev[eé]s|"
    r"invertid[oa]s?|[aà]\s{1,2}l'envers|r[uü]e?ckw[aä]e?rts|umgekehrt|ao\s{1,2}contr[aá]rio|"
    r"von\s{1,2}hinten|[aà]\s{1,2}rebours|"
    r"de\s{1,2}tr[aá]s\s{1,2}(?:pra|para)\s{1,2}(?:frente|diante))\b")


# "read it backwards so the filter doesn't eat it": reversed to get past the filter, which only
# a contact detail needs.
_EVADE = re.compile(
    r"\b(?:filter|filtro|filtre|filters|moderat\w{0,6}|censor\w{0,4}|bot|algorithm|"
    r"algoritmo|detect\w{0,4}|the\s{1,2}app|la\s{1,2}app|die\s{1,2}app|l'app|o\s{1,2}app)\b")


@lru_cache(maxsize=8)
def _says_reversed(low: str) -> bool:
    """Any word for "backwards" in the text: asked for every number, answered once per text."""
    return any(k in low for k in _REVERSED_KEYS)


def _reversed_phone(low: str, s: int, digits: str, region: str) -> bool:
    """Digits said to be written backwards that read as a valid phone number the other way."""
    if not _says_reversed(low):
        return False
    if _REVERSED.search(low, max(0, s - 60), s) is None or not (
            numctx.has_phone_words(low) or _EVADE.search(low, max(0, s - 80), s)):
        return False  # "read the label backwards: ...": only when a phone is spoken of
    back = digits[::-1]
    return valid_in(back, region) or (10 <= len(back) <= 12 and any(
        valid_in(back, r) for r in _FALLBACK_REGIONS if r != region))


def _foreign_own(low: str, s: int, e: int, digits: str, region: str) -> bool:
    """One's own phone named a little before or after ("o meu telemóvel para o estafeta:
    913 402 771"), and the digits a valid national number of some country."""
    if not 7 <= len(digits) <= 12 or not numctx.has_phone_words(low):
        return False
    if not (numctx.own_phone_before(low, s, 80) or numctx.called_own_phone_later(low, e)):
        return False
    return valid_in(digits, region) or any(
        valid_in(digits, r) for r in _FALLBACK_REGIONS if r != region)


def _whole_number(digits: str, ctx: Context) -> bool:
    """A number of ten digits or more, valid as written, even with words between its groups
    ("415 555 and then 2671", "06 12 34 56 et 78")."""
    if not 10 <= len(digits) <= 12:
        return False
    if valid_in(digits, ctx.default_region):
        return True
    return digits.startswith("0") and any(valid_in(digits, r) for r in _FALLBACK_REGIONS)


def _labelled_phone(views: Views, low: str, s: int, e: int, intl: bool, region: str) -> bool:
    """Digits after an ID word that are still a phone: a phone word comes first and the number
    is written as one ("+44 ...", "(718) 555 0144") or spelled out."""
    if not numctx.strong_phone_before(low, s, 80):
        return False
    if intl or (low[s] == "(" and phone_shaped(low[s:e], region)):
        return numctx.strong_phone_before(low, s, 40)
    return _disguised(views, views.canon.span(s, e))


# "1,300–1,600": typographic dashes and spaces are plain punctuation, not a disguise.
_PLAIN_PUNCT = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                              "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ",
                              "\u2009": " ", "\u2007": " "})


def _disguised(views: Views, span: tuple[int, int]) -> bool:
    """Digits typed as words, look-alike letters or spaced one by one are never business."""
    raw = views.original[span[0]:span[1]]
    if not raw.isascii():  # the table maps only characters beyond ASCII
        raw = raw.translate(_PLAIN_PUNCT)
    if _LETTER.search(raw):  # filler words are letters: only then are they worth removing
        if _WORD_START_LETTER.search(raw) is None:
            return True  # "0l99": no letter starts a word, so no filler word is there
        raw = _FILLERS.sub(" ", raw)
        if _LETTER.search(raw):
            return True
    if not raw.isascii():
        return True
    singles = [x for x in _SINGLE_SPLIT.split(raw.strip("+( )")) if x]
    return len(singles) >= 6 and all(len(x) == 1 for x in singles)
