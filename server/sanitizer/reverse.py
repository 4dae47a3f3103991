"""Details written backwards with a hint: "my page, flipped backwards: ved.xobnoom",
"mi dirección al revés: 7 ardeiP ed ellaC", "address in reverse order: Road, Quarry, 8".

Only when a word for "backwards" is in the text (a cheap substring check first) is the segment
that word points at read the other way round: the text after a colon or dash that follows it,
the quoted or bare token run right before it, or the text right after it. The segment is
reversed character by character in place (same length, so every character mirrors back to one
of the original), and also with its words in reverse order; the detectors run on a small window
of the text with that segment turned round, and what they find inside the segment is mapped
back to the original characters. Text upside down ("ɯoɔ˙ǝldɯɐxǝ") is turned right way up the
same way. Solicitation is not read here: the forward text already says what it asks.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .stopwords import COMMON
from .types import Finding

# Substrings of every hint below (lower case): nothing else runs without one of them.
_KEYS = ("backward", "revers", "rev\u00e9s", "reves", "invert", "envers", "invers", "contr",
         "ckw", "umgekehrt", "verkehrt", "right to left", "derecha a", "droite \u00e0",
         "droite a", "direita para", "rechts nach", "upside", "\U0001f643", "atr\u00e1s",
         "atras", "tr\u00e1s", "tras p", "r\u00fcckw", "hinten", "rebours", "flip")

_S = r"\s{1,2}"
_HINT = re.compile(
    r"(?<!\w)(?:backwards?|reversed|in" + _S + r"reverse(?:" + _S + r"order)?|reverse" + _S
    # "reverse it: x", "flip it round: x": an order to turn what follows round
    + r"order|(?:reverse|flip)(?:" + _S + r"(?:it|this|that|them))?(?:" + _S
    + r"(?:round|around))?(?=\s{0,2}[:=\u2014\u2013])|(?:from" + _S + r")?right" + _S + r"to" + _S
    + r"left|"
    # es
    r"inverted|al" + _S + r"rev[e\u00e9]s|invertid[oa]s?|de" + _S + r"derecha" + _S + r"a" + _S
    + r"izquierda|de" + _S + r"atr[a\u00e1]s" + _S + r"(?:hacia|para|pa)" + _S + r"adelante|"
    r"(?:en" + _S + r")?orden" + _S + r"inverso|al" + _S + r"contrario(?=\s{0,2}[:=\u2014])|"
    # fr
    r"[a\u00e0]" + _S + r"l['\u2019]envers|invers[\u00e9e]e?s?|de" + _S + r"droite" + _S
    + r"[a\u00e0]" + _S + r"gauche|[a\u00e0]" + _S + r"rebours|(?:dans" + _S
    + r"l['\u2019])?ordre" + _S + r"inverse|"
    # pt
    r"ao" + _S + r"contr[a\u00e1]rio(?!" + _S + r"d[eoa]s?\b)|de" + _S + r"tr[a\u00e1]s" + _S
    + r"(?:para|pra)" + _S + r"(?:a" + _S + r")?frente|da" + _S + r"direita" + _S + r"para"
    + _S + r"(?:a" + _S + r")?esquerda|(?:em" + _S + r")?ordem" + _S + r"inversa|"
    # de
    r"r(?:\u00fc|ue?)ckw(?:\u00e4|ae?)rts|umgekehrt\w{0,2}|verkehrt" + _S + r"herum|von" + _S
    + r"rechts" + _S + r"nach" + _S + r"links|von" + _S + r"hinten|"
    # text turned round: "flip the screen, upside-down:", "\U0001f643"
    r"upside[\s\-]{1,2}down|\U0001f643)(?!\w)")

# What a hint points forward with: "backwards: x", "al revés - x", "(reversed) → x".
_POINTERS = frozenset(":=\u2014\u2013\u2192\u21d2\u00bb>\uff1a")
# Words between a hint and what it points at: "backwards (the app eats it): x".
_GAP = 60
_SEG_MAX = 100
_WINDOW = 160
_MAX_HINTS = 6
_QUOTES = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb`"
_CLOSE = {"'": "'", '"': '"', "\u2018": "\u2019", "\u2019": "\u2019", "\u201c": "\u201d",
          "\u201d": "\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab", "`": "`"}
# Small words between a detail and the hint after it: "x <- flip it backwards", "x, spelled
# backwards", "x (écrit à l'envers)".
_FILLERS = frozenset((
    "read", "reading", "it", "this", "that", "that's", "it's", "is", "spelled", "spelt",
    "written", "typed", "just", "and", "or", "but", "so", "please", "all", "lee", "leelo",
    "l\u00e9elo", "leer", "escrito", "escrita", "est\u00e1", "es", "esto", "eso", "lo", "la",
    "lis", "lire", "le", "c'est", "\u00e9crit", "\u00e9crite", "est", "leia", "ler", "lido",
    "lida", "isso", "isto", "\u00e9", "o", "a", "lesen", "gelesen", "geschrieben", "ist", "das",
    "es", "mal", "y", "et", "e", "und", "then", "pero", "mas", "mais", "aber", "of", "course",
    "haha", "lol", "ok", "okay", "whole", "thing", "todo", "entero", "tout", "entier", "tudo",
    "inteiro", "ganze", "alles", "komplett", "ganz",
))
_STOP_AFTER = ("\n", " \u2014 ", " \u2013 ", " - ", ". ", "! ", "? ", "; ", " (", " | ")

# Upside-down letters and what they are the right way up (read after reversing the run).
_FLIP = {
    "\u0250": "a", "q": "b", "\u0254": "c", "p": "d", "\u01dd": "e", "\u025f": "f",
    "\u0183": "g", "\u0265": "h", "\u1d09": "i", "\u0131": "i", "\u027e": "j", "\u029e": "k",
    "\u026f": "m", "u": "n", "d": "p", "b": "q", "\u0279": "r", "\u0287": "t", "n": "u",
    "\u028c": "v", "\u028d": "w", "\u028e": "y", "\u02d9": ".", "\u2200": "A", "\u018e": "E",
    "\u2132": "F", "\u05e4": "P", "\u22a5": "T", "\u2229": "U", "\u039b": "V", "\u2141": "G",
    "\u0196": "1", "\u1105": "2", "\u0190": "3", "\u3123": "4", "\u03db": "5", "9": "6",
    "\u3125": "7", "6": "9", "\u00bf": "?", "\u00a1": "!", "\u2018": ",", ",": "'",
}
_FLIP_ONLY = frozenset("\u0250\u0254\u01dd\u025f\u0183\u0265\u1d09\u027e\u029e\u026f\u0279"
                       "\u0287\u028c\u028d\u028e\u02d9")


# "read the label backwards", "lis la liste à l'envers": an article and a thing that is no
# contact detail before the hint: the reversing is about that thing.
_ARTICLES = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "el", "la", "los", "las", "un", "una",
    "este", "esta", "le", "les", "une", "ce", "cette", "der", "die", "das", "den", "dem", "ein",
    "eine", "o", "os", "as", "um", "uma", "l'", "l\u2019",
))
_CONTACT_STEMS = (
    "numb", "num\u00e9", "n\u00fam", "nume", "nummer", "phone", "t\u00e9l", "tele", "tel\u00e9",
    "cell", "mobil", "m\u00f3vil", "movil", "celu", "handy", "whats", "mail", "correo",
    "courriel", "addr", "adres", "direc", "ender", "site", "sitio", "web", "seite", "domain",
    "dominio", "url", "link", "lien", "enlace", "handle", "user", "usu", "benutzer", "nutzer",
    "pseudo", "name", "nom", "nombre", "nome", "account", "cuenta", "conta", "compte", "konto",
    "profil", "perfil", "page", "p\u00e1gina", "pagina", "insta", "iban", "card", "tarjeta",
    "carte", "cart\u00e3o", "venmo", "paypal", "zelle", "contact", "kontakt", "snap", "tiktok",
    "telegram", "signal", "discord", "skype", "wechat", "line", "kik", "portf", "shop", "store",
    "tienda", "loja", "boutique", "laden", "blog", "channel", "canal", "kanal", "cbu", "clabe",
)
_CONTACT_SHORT = frozenset(("ig", "id", "tg", "wa", "fb", "x", "pix", "cbu", "upi", "@"))


def _about_a_thing(low: str, h_start: int) -> bool:
    """An article and a non-contact noun among the few words before the hint, in its clause:
    "read the sticker backwards when it hangs upside down", "die Liste rückwärts"."""
    lo = max(0, h_start - 50)
    for stop in (":", ".", "\n", ";", "!", "?"):
        k = low.rfind(stop, lo, h_start)
        if k >= 0:
            lo = k + 1
    toks = [t.strip("()[],\"'\u2018\u2019\u201c\u201d") for t in low[lo:h_start].split()][-6:]
    for i, t in enumerate(toks):
        if t[:2] in ("l'", "l\u2019") and len(t) > 2:
            noun = t[2:]
        elif t in _ARTICLES and i + 1 < len(toks):
            noun = toks[i + 1]
        else:
            continue
        if noun and noun not in _CONTACT_SHORT and not noun.startswith(_CONTACT_STEMS):
            return True
    return False


def _common(text: str) -> int:
    """How many common words (five languages) the text has."""
    return sum(1 for w in re.findall(r"[^\W\d_]{2,}", text.lower()) if w in COMMON)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep positions aligned
        low = "".join((c.lower() or c)[0] for c in text)
    return low


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The segment without spaces, brackets, arrows and closing punctuation at its ends."""
    while s < e and (text[s].isspace() or text[s] in "([{<\u2190\u2192-\u2014\u2013:=,"
                     or text[s] in _QUOTES):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ")]}>.,;!?\u2190\u2192-\u2014:"
                     or text[e - 1] in _QUOTES):
        e -= 1
    return s, e


# What may stand between a hint and its colon: "(backwards, for the bot):", "backwards
# please:", "al revés, para que pase:".
_GAP_START = frozenset((
    "so", "to", "for", "because", "cause", "cos", "please", "pls", "lol", "haha", "ok", "just",
    "again", "obviously", "para", "pa", "pra", "porque", "por", "que", "pour", "parce", "car",
    "damit", "weil", "wegen", "bitte", "por favor", "s'il", "stp", "svp", "as", "like", "como",
    "comme", "wie", "gelesen", "lido", "lu", "le\u00eddo", "leido", "written", "escrito",
    "\u00e9crit", "geschrieben", "spelled", "spelt", "typed", "order", "orden", "ordre", "ordem",
    "reihenfolge", "haha", "jaja", "mdr", "kkk",
    # "Domain rückwärts lesen: x", "léelo al revés: x": a verb of reading or writing
    "read", "reading", "lesen", "schreiben", "leer", "l\u00e9elo", "leelo", "lire", "lis",
    "ler", "leia", "l\u00ea", "write", "it", "escribir", "escrever", "\u00e9crire",
))


def _gap_ok(gap: str) -> bool:
    """Only a parenthetical or a few words of purpose between a hint and its colon."""
    gap = gap.strip()
    if not gap or ")" in gap or "]" in gap:
        return True
    first = gap.split()[0].strip(",;(")
    return not first or first in _GAP_START


def _after(text: str, low: str, h_end: int) -> tuple[int, int] | None:
    """What the hint points at after it: past a colon or dash, or right after it."""
    limit = min(len(text), h_end + _GAP)
    start = -1
    i = h_end
    while i < limit:
        c = text[i]
        if c == "\n":
            break
        if c in _POINTERS or (c == "-" and (i + 1 >= len(text) or text[i + 1] in " >")):
            start = i + 1
            break
        if c in ".!?" and (i + 1 >= len(text) or text[i + 1].isspace()):
            break
        i += 1
    if start > 0 and not _gap_ok(low[h_end:start - 1]):
        return None  # "rückwärts einparken: Stellplatz 12": the hint is about another verb
    if start < 0:
        # "upside-down \U0001f643 x", "rückwärts nesorhcsif": the run right after the hint
        j = h_end
        while j < len(text) and j < h_end + 4 and not text[j].isalnum() and text[j] != "\n":
            j += 1
        if j == h_end or j >= len(text) or not text[j].isalnum() and text[j] not in "@$":
            return None
        start = j
    end = min(len(text), start + _SEG_MAX)
    for stop in _STOP_AFTER:
        k = text.find(stop, start + 1, end)
        if k >= 0:
            end = k
    s, e = _trim(text, start, end)
    return (s, e) if e - s >= 3 else None


def _before(text: str, low: str, h_start: int,
            quoted: bool = False) -> tuple[int, int] | None:
    """What the hint points at before it: a quoted run, the run after a colon, or one token."""
    lo = max(0, h_start - _SEG_MAX)
    k = text.rfind("\n", lo, h_start)
    if k >= 0:
        lo = k + 1
    # drop the small words and marks between the detail and the hint, right to left
    e = h_start
    words = 0
    while e > lo and words < 6:
        while e > lo and (text[e - 1].isspace() or text[e - 1] in
                          "([{\u2190\u2192-\u2014\u2013,<=:\U0001f643"):
            e -= 1
        j = e
        while j > lo and not text[j - 1].isspace():
            j -= 1
        if j < e and low[j:e].strip(".,;:!?()") in _FILLERS:
            e = j
            words += 1
            continue
        break
    if e <= lo:
        return None
    if text[e - 1] in _QUOTES:  # "'x' spelled backwards"
        q = text[e - 1]
        opening = [o for o, c in _CLOSE.items() if c == q] + [q]
        k = max(text.rfind(o, lo, e - 1) for o in opening)
        if k >= 0 and e - 1 - k >= 3:
            return k + 1, e - 1
        return None
    if quoted:
        return None
    colon = max(text.rfind(":", lo, e), text.rfind("\uff1a", lo, e))
    if colon >= 0:  # "web: ed.x <- that one backwards"
        s, e2 = _trim(text, colon + 1, e)
    else:  # "nesorhcsif (backwards)": the one token before the hint
        j = e
        while j > lo and not text[j - 1].isspace():
            j -= 1
        s, e2 = _trim(text, j, e)
    return (s, e2) if e2 - s >= 3 else None


def _clause_start(text: str, low: str, h_start: int) -> int:
    """Where the words about reversing begin before a hint: "insta (backwards so ...)" ->
    the space after "insta"; "my page, spelt right to left" -> after "page"."""
    lo = max(0, h_start - 40)
    e = h_start
    words = 0
    while e > lo and words < 4:
        while e > lo and (text[e - 1].isspace() or text[e - 1] in "([{,-\u2014\u2013"):
            e -= 1
        j = e
        while j > lo and not text[j - 1].isspace() and text[j - 1] not in "([{,":
            j -= 1
        if j < e and low[j:e] in _FILLERS:
            e = j
            words += 1
            continue
        break
    return e


def _segments(text: str, low: str) -> list[tuple[int, int, int, int]]:
    """(start, end) of each segment a hint points at, and the span [cut_a, cut_b) of the
    hint's own words left out of the reading so the detail sits next to what names it
    ("snap (backwards, the bot eats it): x" is read "snap: x")."""
    out: list[tuple[int, int, int, int]] = []
    for n, m in enumerate(_HINT.finditer(low)):
        if n >= _MAX_HINTS:
            break
        seg = _before(text, low, m.start(), quoted=True)  # "'x' spelled backwards"
        after = seg is None
        if after:
            seg = _after(text, low, m.end())
        if seg is not None and after:
            s, e = seg
            k = s
            while k > m.end() and text[k - 1] not in _POINTERS and text[k - 1] != "-":
                k -= 1  # keep the colon or dash: "insta: x"
            ca, cb = _clause_start(text, low, m.start()), max(m.end(), k - 1)
            if text[ca:cb].count("\n"):
                ca = cb = s
        else:
            seg = seg or _before(text, low, m.start())
            if seg is None:
                continue
            s, e = seg
            ca = e + 1 if e < len(text) and text[e] in _QUOTES else e
            cb = m.end()
            while cb < len(text) and text[cb] in ",;)]":
                cb += 1
            if ca > m.start() or text[ca:cb].count("\n"):
                ca = cb = e
        if not any(c.isalpha() for c in text[s:e]) and _about_a_thing(low, m.start()):
            continue  # "read the sticker backwards: 4417 ...": digits of a thing
        if not out or out[-1][:2] != (s, e):
            out.append((s, e, ca, cb))
        if after:
            aside = _aside_before(text, low, m)
            if aside is not None and (not out or out[-1][:2] != aside[:2]):
                out.append(aside)
    return out


def _aside_before(text: str, low: str, m: re.Match) -> tuple[int, int, int, int] | None:
    """The token before a hint that opens an aside going on with other words: "site:
    moc.x (backwards, the app eats links)", "ed.y — rückwärts, sonst löscht die App das".
    The words after such a hint are the reason, not the detail, so the token is read too."""
    j = m.start()
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] not in "([,\u2014\u2013-":
        return None
    nxt = text[m.end():m.end() + 3].strip()[:1]
    if not nxt or nxt in ")]:":
        return None  # "x (backwards): y" or "x (backwards)": the other readings have it
    seg = _before(text, low, m.start())
    if seg is None:
        return None
    s, e = seg
    if not any(c.isalnum() for c in text[s:e]) or " " in text[s:e].strip():
        return None
    return s, e, e, e


def _chars_view(seg: str) -> tuple[str, list[int]] | None:
    """The segment read right to left, upside-down letters turned right way up."""
    flipped = sum(1 for c in seg if c in _FLIP_ONLY) >= 2
    rev = seg[::-1]
    if flipped:
        rev = "".join(_FLIP.get(c, c) for c in rev)
    elif _common(seg) > _common(rev):
        return None  # "flip it backwards: newest first": plain words, nothing turned round
    n = len(seg)
    return rev, [n - 1 - i for i in range(n)]


def _words_view(seg: str) -> tuple[str, list[int]] | None:
    """The segment's words in reverse order, one space between: "Road, Quarry, 8" -> "8 Quarry
    Road". None when there is only one word."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+(?:['.\-][^\W_]+)*", seg)]
    if not 2 <= len(words) <= 8:
        return None
    parts: list[str] = []
    pos: list[int] = []
    for k, (s, e) in enumerate(reversed(words)):
        if k:
            parts.append(" ")
            pos.append(s + (e - s) // 2)  # the space stands for a letter of this word
        parts.append(seg[s:e])
        pos.extend(range(s, e))
    return "".join(parts), pos


def _head_view(seg: str) -> tuple[str, list[int]] | None:
    """Only the part before the first comma read right to left, the rest as written: a name
    turned round and its number given forward ("ecaR llimwaS, number 7" -> "Sawmill Race,
    number 7"). None without a comma after some letters."""
    k = seg.find(",")
    head = seg[:k]
    if k <= 0 or not any(c.isalpha() for c in head) or _common(head) > _common(head[::-1]):
        return None
    return head[::-1] + seg[k:], [k - 1 - i for i in range(k)] + list(range(k, len(seg)))


def reversed_findings(text: str, ctx: object,
                      detect: Callable[[str, object], list[Finding]]) -> list[Finding]:
    """Findings in the segments a "backwards" hint points at, read the other way round.

    ``detect(text, ctx)`` runs the detectors (without solicitation) on a string."""
    if len(text) < 8:
        return []
    low = _lower(text)
    if not any(k in low for k in _KEYS):
        return []
    out: list[Finding] = []
    for s, e, ca, cb in _segments(text, low):
        seg = text[s:e]
        lo = max(0, s - _WINDOW)
        hi = min(len(text), e + _WINDOW // 2)
        if cb <= s:  # the hint before the segment: "x (backwards): seg"
            before, after = text[lo:max(lo, ca)] + text[max(lo, cb):s], text[e:hi]
        else:  # "'seg' spelled backwards, then .com"
            rest = text[cb:max(cb, hi)]
            for stop in _STOP_AFTER:  # "..., plus .net - odd, yes": up to the clause's end
                k = rest.find(stop)
                if k >= 0:
                    rest = rest[:k]
            before, after = text[lo:s], text[e:ca] + rest
        head = _head_view(seg)
        for view in (_chars_view(seg), _words_view(seg), head):
            if view is None or view[0] == seg:
                continue
            vtext, pos = view
            base = len(before)
            for f in detect(before + vtext + after, ctx):
                a, b = max(f.start, base), min(f.end, base + len(vtext))
                if a >= b or f.kind == "solicitation":
                    continue  # found outside the segment: the forward reading has it
                idx = [s + pos[i - base] for i in range(a, b)]
                if view is head and cb <= s and f.end > b:  # its number went on past the cut
                    idx.append(e + f.end - b - 1)
                end = max(idx) + 1
                while text[end:end + 1] in ("\ufe0f", "\u20e3"):  # a keycap's marks go too
                    end += 1
                out.append(Finding(f.kind, min(idx), end,
                                   "reversed reading: " + f.reason))
    return out
