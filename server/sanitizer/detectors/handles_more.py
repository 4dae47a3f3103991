"""More shapes of a social or messaging handle once a platform is named or described.

Called from ``handles.detect``; every pattern runs over the lowercased folded text (accents
dropped, same length as the original), is bounded, and is tried only when its cue word occurs:
- letters parted by a bracketed mark word: "ig: joana (ponto) doces", "mia [punkt] malt";
- the user name here with something added: "my insta is my name here plus 88", "igual que mi
  nombre aquí pero con 22 al final", "le même nom qu'ici mais avec .studio à la fin";
- a name to search for or to add on the platform, shaped like a name run together from words
  ("search for nailsbyjo on tiktok", "busca dulcesdeana en instagram", "add woodbyjoe on
  discord");
- a line that is only a name on a platform ("rosiebakes on ig");
- the writer's one named after the platform in an earlier sentence ("¿Tienes Instagram? El mío
  es x", "Le mien c'est x", "O meu é x", "The account: x");
- words to join with the rule after them in brackets or after a comma ("discord - pixel pirate
  44 (one word)", "snap: sky lar x o, together");
- "eu sou x" / "yo soy x" after the platform;
- the platform in digits for letters ("1nsta: x", "t1kt0k: x") or described in German and
  French ("die App mit dem Geist: x", "l'appli au fantôme : x").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..stopwords import COMMON
from ..types import Finding
from . import handles as H

_TOKEN = r"(@?[a-z0-9_][a-z0-9_.\-]{1,39})"
_GLUE = (r"\s{0,3}(?:[:=\-\u2013\u2014\u2192~]|->|\bis\b|\bes\b|\bist\b|\best\b|c'est|\be\b)?"
         r"\s{0,3}")
_PLATFORMS = (r"(?:" + H._CLEAR + r"|ig|fb|yt|tt|tg|sc|dc|gh|threads|disc|the\s{1,2}gram)")

# -- letters parted by a bracketed mark word ------------------------------------------------
_MARK_WORD = (r"(?:dot|ponto|punto|punkt|point|period|underscore|unterstrich|underline|dash|"
              r"hyphen|tiret(?:\s{1,2}bas)?|gui[oó]n(?:\s{1,2}bajo)?|tra[cç]o|h[ií]fen|"
              r"bindestrich|strich|sublinhado|colon|doppelpunkt|dos\s{1,2}puntos|deux[\s\-]points|"
              r"dois\s{1,2}pontos)")
_BRACKET_MARKS = re.compile(
    r"(?<![\w.@])([a-z0-9_]{2,30})(?:\s{0,2}[(\[{<]\s{0,2}" + _MARK_WORD
    + r"\s{0,2}[)\]}>]\s{0,2}[a-z0-9_]{1,30}){1,4}")
_BRACKET_CUE = re.compile(r"[(\[{<]\s{0,2}" + _MARK_WORD + r"\s{0,2}[)\]}>]")


# what comes right before such a name: the platform, a colon or arrow, or an introducer
_BEFORE_MARKED = re.compile(
    r"(?:\b" + _PLATFORMS + r"|[:=\-\u2192@~]|\b(?:is|es|ist|est|c'est|e|soy|sou|suis|bin|ich|"
    r"i'?m|as|als|como|comme|handle|user(?:\s?name)?|name|usuario|nome|nom|pseudo|id))"
    r"\s{0,3}$")


# without a platform named plainly: a short platform word right before ("threads: x (dot) y")
_PLATFORM_BEFORE = re.compile(r"\b" + _PLATFORMS + r"\s{0,2}[:=\-\u2192~]?\s{0,3}$")


def _bracket_marks(folded, low: str, named: bool) -> list[Finding]:
    out = []
    before = _BEFORE_MARKED if named else _PLATFORM_BEFORE
    for m in _BRACKET_MARKS.finditer(low):
        if m.group(1) in COMMON or before.search(low, max(0, m.start() - 30), m.start()) is None:
            continue  # "the ad (period) ends Friday", "the venue @ main (dot) street"
        out.append(Finding("handle", *folded.span(m.start(1), m.end()),
                           "handle with spoken marks"))
    return out


# -- the user name here with something added ------------------------------------------------
_NAME_HERE = re.compile(
    r"(?:(?:user\s?|display\s{1,2}|profile\s{1,2}|screen\s{1,2})?name|handle|nombre|usuario|"
    r"nome|nom|pseudo|benutzername|nutzername)\b[^.!?\n]{0,25}?"
    r"(?:\bhere\b|\bon\s{1,2}this\s{1,2}(?:site|app|platform)\b|\baqu[ií]\b|\bhier\b|"
    r"\b(?:qu')?ici\b|\bdaqui\b|\bac[aá]\b)"
    r"[^.!?\n]{0,40}?(?:\b(?:with|plus|add|adding|con|com|avec|mit|und)\s{1,3}|\+\s{0,2})"
    r"(?:(?:an?|um|uma|un|une|ein|eine|the|el|la|o|le|just|only|nur)\s{1,2})?"
    r"(['\"\u2018\u201c]?)([a-z0-9_.\-]{1,20})")
_PLACE_AFTER = re.compile(
    r"['\"\u2019\u201d]?\s{0,2}(?:at\s{1,2}the\s{1,2}(?:end|start|beginning|front)|after|before|"
    r"in\s{1,2}front|on\s{1,2}the\s{1,2}end|al\s{1,2}(?:final|principio|inicio)|"
    r"(?:no|ao)\s{1,2}(?:final|fim|in[ií]cio|come[cç]o)|(?:a|à)\s{1,2}la\s{1,2}fin|au\s{1,2}d[eé]but|"
    r"devant|derri[eè]re|dahinter|davor|am\s{1,2}(?:ende|anfang)|hinten|vorne|depois|antes|"
    r"despu[eé]s|delante|detr[aá]s)\b")
_NAME_CUES = ("name", "handle", "nom", "usuario", "pseudo")
_SAME_CUES = ("here", "aqu", "hier", "ici", "daqui", "aca", "acá", "this site", "this app",
              "this platform")


def _same_name_plus(folded, low: str) -> list[Finding]:
    out = []
    for m in _NAME_HERE.finditer(low):
        if m.start() and low[m.start() - 1].isalnum():
            continue
        add = m.group(2)
        if not (m.group(1) or "+" in low[m.start():m.start(2)]
                or any(c.isdigit() or c in "_.-" for c in add)
                or _PLACE_AFTER.match(low, m.end())):
            continue  # "my name here with the logo": nothing said to be added to a name
        out.append(Finding("handle", *folded.span(m.start(), m.end()), "handle from user name"))
    return out


# -- a name to search for or add on the platform ---------------------------------------------
_VERB_TOKEN_ON = re.compile(  # no leading \\b: the verbs' first letters are scanned fast
    r"(?:add|search(?:\s{1,2}for)?|look\s{1,2}(?:for|up)|follow|agr[eé]ga(?:me)?(?:\s{1,2}a)?|"
    r"a[nñ]ade(?:\s{1,2}a)?|busca(?:\s{1,2}(?:por|a))?|sigue\s{1,2}a|such(?:e|t)?\s{1,2}(?:nach)?|adde|folge|"
    r"cherche[zr]?|ajoute[zr]?|suis|procur[ae](?:\s{1,2}(?:por|o|a))?|adiciona|segue)\s{1,3}"
    + _TOKEN + r"\s{1,3}(?:on|en|auf|bei|sur|no|na|in|em|at)\s{1,3}(?:the\s{1,2})?"
    + _PLATFORMS + r"\b")
_VERB_CUES = ("add", "search", "look", "follow", "agreg", "a\u00f1ad", "anad", "busca", "sigue",
              "such", "folge", "cherch", "ajout", "suis", "procur", "adicion", "segue")
# words run together into a name with a joining word inside: "nailsbyjo", "dulcesdeana"
# ("by", "and", "von" anywhere; "de", "da", "do" only in a long one: not "sourdough")
_JOINED = re.compile(r"[a-z]{3,}(?:by|and|with|von|vom|del|della)[a-z]{2,}|"
                     r"(?=[a-z]{10})[a-z]{4,}(?:de|da|do|du|des|dos|das)[a-z]{3,}")


def _joined_name(word: str) -> bool:
    return (word.isalpha() and _JOINED.fullmatch(word) is not None
            and not word.endswith(H._WORD_ENDS + H._ADJ_ENDS
                                  + ("s", "en", "er", "issima", "issimo", "mente")))


def _verb_token_on(folded, low: str) -> list[Finding]:
    out = []
    for m in _VERB_TOKEN_ON.finditer(low):
        if m.start() and low[m.start() - 1].isalnum():
            continue  # inside a word
        name = m.group(1).rstrip(".-_")
        if not H._usable(name, True):
            continue
        if not (H._distinctive(name) or _joined_name(name)):
            continue  # "search for cheesecakes on instagram": a topic
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


# -- a line that is only a name on a platform ------------------------------------------------
_ALONE_ON = re.compile(
    r"(?m)^[ \t]{0,3}(@?[a-z0-9_][a-z0-9_.\-]{3,39})[ \t]{1,3}(?:on|en|auf|sur|no|na|via|in)"
    r"[ \t]{1,3}(?:the[ \t]{1,2})?" + _PLATFORMS + r"[ \t]{0,3}[.!]{0,3}[ \t]{0,3}$")


def _alone_on(folded, text: str, low: str) -> list[Finding]:
    out = []
    for m in (_ALONE_ON.finditer(low) if "\n" in low else filter(None, (_ALONE_ON.match(low),))):
        name = m.group(1).rstrip(".-_")
        typed = text[m.start(1):m.start(1) + len(name)]
        if not H._usable(name, True):
            continue
        if not (H._distinctive(name) or (typed.islower() and _joined_name(name))):
            continue  # "Giveaway on IG", "livestream on twitch"
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


# -- the writer's one, named after the platform -----------------------------------------------
_MINE_IS = re.compile(
    r"\b(?:el\s{1,2}m[ií]o|la\s{1,2}m[ií]a|le\s{1,2}mien(?:ne)?|la\s{1,2}mienne|o\s{1,2}meu|"
    r"a\s{1,2}minha|meiner|meins|meine)\s{0,2},?\s{0,2}(?:es|est|c'est|cest|[eé]|ist|lautet|"
    r"hei(?:ss|\u00df)t|:)\s{1,3}['\"\u2018\u201c]?" + _TOKEN)
_ACCOUNT_COLON = re.compile(
    r"(?:account|handle|user\s?name|profile|page|cuenta|usuario|konto|benutzername|compte|"
    r"pseudo|conta|perfil|usu[aá]rio)\s{0,2}:\s{0,3}" + _TOKEN)
_ACCOUNT_CUES = ("account", "handle", "user", "profile", "page", "cuenta", "usuario", "konto",
                 "benutzer", "compte", "pseudo", "conta", "perfil", "usu")
_NOT_NAMES = frozenset("""
nuevo nueva viejo vieja privado privada publico publica cerrado cerrada abierto abierta
personal mejor peor igual distinto diferente otro otra mismo misma ese esa este esta
neu neuer neues alt alter privat offen geschlossen gleich anders besser schlechter derselbe
nouveau nouvelle vieux vieille prive privee public publique ferme fermee ouvert ouverte
pareil meme different autre meilleur pire celui
novo nova velho velha privado privada publico publica fechado fechada aberto aberta pessoal
melhor pior mesmo mesma diferente outro outra esse essa este esta
""".split())


class _Platforms:
    """Where platforms are named in a text, found once and asked about many times."""

    __slots__ = ("low", "_ends")

    def __init__(self, low: str) -> None:
        self.low = low
        self._ends: list[int] | None = None

    def before(self, start: int, reach: int) -> bool:
        """A platform named within ``reach`` characters before ``start``."""
        if self._ends is None:
            self._ends = [m.end() for m in H._PLATFORM_LC.rx.finditer(self.low)]
        i = bisect_right(self._ends, start)
        return i > 0 and self._ends[i - 1] > start - reach


def _mine_is(folded, low: str, mine: bool, named: _Platforms) -> list[Finding]:
    out = []
    for rx in ((_MINE_IS, _ACCOUNT_COLON) if mine and ":" in low
               else (_MINE_IS,) if mine else (_ACCOUNT_COLON,)):
        for m in rx.finditer(low):
            if (m.start() and low[m.start() - 1].isalnum()) or not named.before(m.start(), 200):
                continue
            name = m.group(1).rstrip(".-_")
            if not H._usable(name, True) or name in _NOT_NAMES:
                continue
            out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                               "account name"))
    return out


# -- words to join, the rule after them --------------------------------------------------------
_GLUE_BEFORE = ("[:=\u2013\u2014\u2192]", "\\s-", "->", "\\bsearch", "search[ \t]for", "\\bis",
                "\\bes", "\\bist", "\\best", "c'est", "\\bsoy", "\\bsou", "\\bsuis", "\\bbin",
                "\\bi'm", "\\bim")
# starts at a space (a fast scan), the glue read behind it
_WORDS_THEN_RULE = re.compile(
    r"[ \t](?:" + "|".join(r"(?<=" + g + r"[ \t])" for g in _GLUE_BEFORE) + r")"
    r"[ \t]{0,2}((?:[a-z0-9]{1,20}[ \t]{1,2}){1,5}[a-z0-9]{1,20})"
    r"[ \t]{0,2}[,(\[\-\u2013]?[ \t]{0,2}(?:all[ \t]{1,2})?(?:one[ \t]{1,2}word|no[ \t]{1,2}"
    r"spaces?|together|joined(?:[ \t]{1,2}up)?|todo[ \t]{1,2}junto|sin[ \t]{1,2}espacios|"
    r"tudo[ \t]{1,2}junto|sem[ \t]{1,2}espa[cç]os?|(?:alles[ \t]{1,2})?zusammen(?:geschrieben)?|"
    r"ohne[ \t]{1,2}leerzeichen|tout[ \t]{1,2}attach[eé]|sans[ \t]{1,2}espaces?|"
    r"en[ \t]{1,2}un[ \t]{1,2}mot)\b(?=[ \t]{0,2}(?:$|[\n).,;:!?\]]|pl(?:ea)?se?\b|pls\b|"
    r"por\s{1,2}favor|bitte|s'il|por\s{1,2}favor))")
_RULE_CUES = ("one word", "no space", "together", "joined", "junto", "espacio", "espaço",
              "espaco", "zusammen", "leerzeichen", "attach", "espace", "un mot")


def _words_then_rule(folded, low: str) -> list[Finding]:
    out = []
    for m in _WORDS_THEN_RULE.finditer(low):
        words = m.group(1).split()
        if 2 * sum(w not in COMMON for w in words) < len(words):
            continue  # "the page name is the same as the shop name, no spaces"
        out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "handle in words"))
    return out


# -- "eu sou x", "yo soy x" after the platform ------------------------------------------------
_SUBJECT_IM = re.compile(r"\b(?:eu\s{1,2}sou|yo\s{1,2}soy)\s{1,3}" + _TOKEN)


_CLAUSE_END = re.compile(r"\s{0,2}(?:$|[\n,.;:!?)\]])")


def _subject_im(folded, low: str, named: _Platforms) -> list[Finding]:
    out = []
    for m in _SUBJECT_IM.finditer(low):
        name = m.group(1).rstrip(".-_")
        if not named.before(m.start(), 60):
            continue
        if not H._usable(name, True) or not (
                H._distinctive(name) or _joined_name(name)
                or (len(name) >= 12 and name.isalpha() and _CLAUSE_END.match(low, m.end())
                    and not name.endswith(H._WORD_ENDS + H._ROLE_ENDS + H._STATE_ENDS))):
            continue  # "no insta eu sou discreta", "yo soy fotógrafa"
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


_NAME_CUE, _SAME_CUE, _VERB_CUE, _ACCOUNT_CUE, _RULE_CUE = (
    H.any_of(words) for words in (_NAME_CUES, _SAME_CUES, _VERB_CUES, _ACCOUNT_CUES, _RULE_CUES))


def more_named(folded, text: str, low: str, named: bool) -> list[Finding]:
    """Handles in the shapes above, in a text that names, describes or (when not ``named``)
    hints at a platform ("threads: nina (dot) knits")."""
    out = []
    if ("(" in low or "[" in low or "{" in low or "<" in low) and _BRACKET_CUE.search(low):
        out += _bracket_marks(folded, low, named)
    if not named:
        return out + more_unnamed(folded, low)  # "d1sc0rd: x" ("sc" read as a platform)
    platforms = _Platforms(low)
    if _NAME_CUE.search(low) and _SAME_CUE.search(low):
        out += _same_name_plus(folded, low)
    if " on " in low or " en " in low or " auf " in low or " sur " in low or " no " in low \
            or " na " in low or " in " in low or " em " in low or " bei " in low \
            or " via " in low or " at " in low:
        if _VERB_CUE.search(low):
            out += _verb_token_on(folded, low)
        out += _alone_on(folded, text, low)
    mine = ("mio" in low or "mia" in low or "mien" in low or "meu" in low or "minha" in low
            or "mein" in low)
    if mine or (":" in low and _ACCOUNT_CUE.search(low) is not None):
        out += _mine_is(folded, low, mine, platforms)
    if _RULE_CUE.search(low):
        out += _words_then_rule(folded, low)
    if "eu sou" in low or "yo soy" in low:
        out += _subject_im(folded, low, platforms)
    return out


# -- the platform in digits for letters, or described ------------------------------------------
def _leet(word: str) -> str:
    sub = {"i": "[i1!|l]", "o": "[o0]", "a": "[a4@]", "e": "[e3]", "s": "[s5$]", "t": "[t7]",
           "g": "[g9]", "l": "[l1|]"}
    return "".join(sub.get(c, c) for c in word)


_LEET_NAMES = ("instagram", "insta", "tiktok", "snapchat", "snap", "discord", "telegram",
               "twitter", "facebook", "whatsapp", "skype", "signal")
_UNNAMED = re.compile(
    r"(?<![\w@.])(?:(" + "|".join(_leet(w) for w in _LEET_NAMES) + r")|"
    r"(?:app|appli|application|aplicativo|aplicaci[oó]n)\s{1,2}(?:mit\s{1,2}(?:dem|einem)|au|"
    r"avec\s{1,2}(?:le|un)|du)\s{1,2}(?:(?:kleinen|petit)\s{1,2})?(?:geist|gespenst|fant[oô]me)|"
    r"(?:geister|gespenster)[\s\-]{0,2}app)(?![\w@])" + _GLUE + _TOKEN)
_UNNAMED_CUES = re.compile(r"geist|gespenst|fant[oô]m|(?:[a-z][0-9!|$@]|[0-9!|$@][a-z])"
                           r"[a-z0-9!|$@]{0,8}\s{0,3}[:=\-\u2192]")


# a digit or sign for a letter, next to a letter
_LEET_HIT = re.compile(r"[0134579!|$@](?:(?<=[a-z].)|(?=[a-z]))")
_LEET_NAME = re.compile("|".join(_LEET_NAMES))
_LEET_TABLE = str.maketrans("0134579!|$@", "oieastgiisa")


def more_unnamed(folded, low: str) -> list[Finding]:
    """Handles after a platform that the plain platform patterns do not read."""
    if not ("geist" in low or "gespenst" in low or "fant" in low):
        if _LEET_HIT.search(low) is None:
            return []
        cue = _UNNAMED_CUES.search(low)  # a word with a digit for a letter, then ':'
        for _ in range(8):
            if cue is None:
                return []
            if _LEET_NAME.search(low[max(0, cue.start() - 8):cue.end()].translate(_LEET_TABLE)):
                break  # a platform name around the digit read as a letter ("t1kt0k:")
            cue = _UNNAMED_CUES.search(low, cue.end())
        else:
            return []
    out = []
    for m in _UNNAMED.finditer(low):
        if m.group(1) is not None and m.group(1).isalpha():
            continue  # written plainly: the platform patterns read it
        name = m.group(2).rstrip(".-_")
        if not H._usable(name, True):
            continue
        out.append(Finding("handle", *folded.span(m.start(2), m.start(2) + len(name)),
                           "handle after a platform"))
    return out


_INSTRUCTION_WORDS = frozenset("""
between each every instead rather before after entre zwischen statt anstatt anstelle chaque
au lieu cada em vez
""".split())
_MARK_SAID = re.compile(r"underscore|unterstrich|sublinhado|underline|tiret|gui[oó]n|tra[cç]o|"
                        r"bajo|bas|baixo|du")


def underscore_instruction(said: str) -> bool:
    """A spoken underscore that is an instruction about text, not a part of a name: the word
    after it is a function word ("use underscore between words", "underscore instead of
    spaces", "guion bajo entre palabras")."""
    words = said.split()
    after = [w for i, w in enumerate(words[1:], 1) if _MARK_SAID.fullmatch(words[i - 1])]
    return len(after) == 1 and (after[0] in COMMON or after[0] in _INSTRUCTION_WORDS)
