"""Email addresses: plain, spoken ("jane at gmail dot com"), reversed, and "my gmail is jane88"."""
from __future__ import annotations

import re

from ..caseless import Caseless, lower_same_length
from ..context import Context, is_allowed, is_localized_example, is_reserved, split_domain
from ..normalize import PROVIDERS, Views, build_views
from ..stopwords import COMMON
from ..types import Finding
from ..words import NUMBER_WORDS
from .handles import any_of, words_of
from .url import (
    _FILE_EXTS,
    _PUBLIC_ORGS,
    SOURCE_EXTS,
    _reference_link,
    code_operand,
    vertical_runs,
)

_LOCAL = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")
_DOMAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_NAMED = re.compile(
    r"(?i)\b(?=[a-z])(gmail|g-mail|yahoo|hotmail|outlook|icloud|protonmail|proton|gmx|yandex|aol|"
    r"web\.de|t-online|orange\.fr|free\.fr|laposte|wanadoo|posteo|zoho|fastmail|uol|libero|"
    r"e-?mail|mail|correo|courriel|e-?mail-adresse|mailadresse)"
    r"(?:[\s-]{0,3}(?:address|adresse|addy|id|account|direcci[oó]n|endere[cç]o))?"
    # ", é" reads ", e" once accents are folded: "meu hotmail, é x_y"
    r"\s{0,3}(,\s{0,2}(?:it'?s|its|es|ist|est|é|e|c'est|lautet)(?=\s)|:|->|=>|-|,|"
    r"(?<=\s)(?:it'?s|its)(?=\s)|\n|"
    r"[\u2192\u27a1\u21d2\U0001f449]\ufe0f?|"
    r"(?<=\s)(?:is|es|ist|est|é|e|c'est|lautet)(?=\s))\s{0,3}"
    # "my gmail is just camilledurand1987": a word that only softens what follows
    r"(?:(?:just|simply|basically|literally|actually|only|einfach|nur|juste|simplement|"
    r"solo|s[oó]lo|s[oó]|apenas|simplemente)\s{1,3})?([a-z0-9][a-z0-9._+-]{2,63})")


_MAIL_WORD = re.compile(
    r"(?i)\b(?=[a-z])(?:e-?mail|g-?mail|mail|yahoo|hotmail|outlook|correo|courriel)\b")
_MAIL_WORD_HINTS = ("mail", "yahoo", "outlook", "correo", "courriel")  # one in each, lowercased
_NAME_IS = re.compile(
    r"(?i)\b(?:(?:user\s?name|user|usuario|benutzer(?:name)?|utilisateur|usu[aá]rio)\b\s{0,3}"
    r"(?:is|:|=|es|est|e|ist)?|(?:name|id|nom|nome)\s{0,3}(?:is|:|es|est|e|ist|lautet))"
    r"\s{0,3}([a-z0-9][a-z0-9._+-]{2,63})")
# "samir.designs1 is the name": the user name first, then what it is.
_IS_THE_NAME = re.compile(
    r"(?i)(?<![\w@.])([a-z][a-z0-9._+-]{2,63})\s{1,3}(?:is|es|ist|est|é)\s{1,3}(?:the|my|el|mi|der|"
    r"mein|le|mon|o|meu)\s{1,3}(?:user\s?name|name|usuario|nombre|benutzername|nom|nome|address|"
    r"adresse|direcci[oó]n|endere[cç]o)\b")
# "lukas [ at ] gmx [ dot ] ch": brackets with spaces inside.
_SPACED_BRACKETS = re.compile(
    r"(?i)(?<![\w.])([a-z0-9][a-z0-9._%+-]{0,63})\s{0,2}[\[({<\u2039\u00ab]\s{0,2}(?:at|@|arroba|"
    r"arobase|[aä]t)\s{0,2}[\])}>\u203a\u00bb]\s{0,2}([a-z0-9][a-z0-9-]{0,62}(?:\s{0,2}"
    r"[\[({<\u2039\u00ab]\s{0,2}(?:dot|\.|punto|punkt|point|ponto)\s{0,2}[\])}>\u203a\u00bb]\s{0,2}"
    r"[a-z0-9][a-z0-9-]{0,62}){1,3})")
_BRACKET_DOT = re.compile(r"(?i)\s{0,2}[\[({<\u2039\u00ab]\s{0,2}(?:dot|\.|punto|punkt|point|"
                          r"ponto)\s{0,2}[\])}>\u203a\u00bb]\s{0,2}")
# "bei web.de bin ich als sabine.k73": a mail provider, then the name the writer goes by.
_PROVIDER_AS = re.compile(
    r"(?i)\b(?:(?:gmail|hotmail|yahoo|outlook|icloud|gmx|proton(?:mail)?|posteo|web\.de|t-online|"
    r"laposte|orange|free\.fr|uol|bol|terra)\b|"
    # "I'm on mail dot com as rileysketches": a mail service named by its whole domain
    r"(?P<dom>(?:g?mail|gmx|yahoo|hotmail|outlook|aol|yandex|zoho|fastmail|proton)\s{0,2}"
    r"(?:\.|dot|punto|ponto|point|punkt)\s{0,2}(?:com|net|de|fr|es|me|ru)\b)|"
    # "on Google's mail thing as chefx", "beim großen G als x": the provider described
    r"(?P<desc>(?:google|microsoft|apple|yahoo)(?:'s|\u2019s|s)?\s{1,2}(?:e-?mail|web-?mail|mail|"
    r"inbox)|(?:big|gros|grand|gro(?:\u00df|ss)en?)\s{1,2}g(?:'s|\u2019s)?(?![\w])|"
    r"g\s{1,2}grande|(?:e-?mail|mail|correo|courriel)\s{1,2}(?:de|von)\s{1,2}google)\b)"
    r"[^.!?\n]{0,20}?\b(?:(?:i'?m|i\s{1,2}am|soy|sou|"
    r"je\s{1,2}suis|ich\s{1,2}bin|bin\s{1,2}ich|hei(?:ss|ß)e?\s{1,2}ich|ich\s{1,2}hei(?:ss|ß)e|"
    r"eu\s{1,2}sou)(?:\s{1,3}(?:als|as|como|comme|under|unter|sous))?|"
    r"als|as|como|comme|under|unter|sous)\s{1,3}"
    r"(?P<user>[a-z][a-z0-9._+-]{2,63})")
# "I'm on", "je suis sur", "ich bin bei": the writer's own account on the provider after it
_IM_ON_BEFORE = re.compile(
    r"(?:\bi'?m|\bi\s{1,2}am|\bje\s{1,2}suis|\bich\s{1,2}bin|\bsoy|\bestoy|\bsou|\bestou)"
    r"\s{1,2}(?:on|at|sur|chez|bei|auf|en|no|na|em)\s{1,2}(?:(?:the|le|la|el|o|dem|der)\s{1,2})?$")
# "as discussed", "as usual", "as requested": the phrase going on, no name after "as"
_AS_PHRASE = re.compile(r"(?i)(?:ed|ly)$|^(?:usual|always|before|normal|planned|agreed|well|"
                        r"ever|needed|backup|standard|default|primary|fallback|promised)$")
# ...the name ending its clause ("as rileysketches, send ..."), not a phrase going on
_AS_USER_END = re.compile(r"\s{0,2}(?:$|[\n,;:!?)]|\.(?:\s|$)|\s(?:and|but|so|y|e|und|et|pero|"
                          r"mas|aber|mais)\b)")


# "gmail is best: p.ortega.builds": a provider, a few words, then a colon and the user name.
_PROVIDER_COLON = re.compile(
    r"(?i)\b(?:gmail|hotmail|yahoo|outlook|icloud|gmx|proton(?:mail)?|posteo|yandex|aol|zoho|"
    r"fastmail)\b([^.!?\n:@]{1,40}?)(?::|->|\u2192)\s{0,3}([a-z][a-z0-9._+-]{2,63})")
# "el correo de la G grande: pablo.urquiza.m": a mail word, a few words, a colon, a dotted name.
_MAIL_COLON = re.compile(
    r"(?i)\b(?:e-?mail|mail|correo|courriel|mailadresse|e-mail-adresse)\b([^.!?\n:@]{1,40}?):"
    r"\s{0,3}([a-z][a-z0-9_+-]{1,30}(?:\.[a-z0-9_+-]{1,30}){1,3})(?![\w@(])")
_FORM_TALK = re.compile(r"(?i)\b(?:field|campo|feld|champ|column|spalte|colonne|coluna|label|"
                        r"placeholder|format)\b")
# "mi gmail es el mismo que mi nombre: nicolasferrer": the gap says a name follows.
_NAME_GAP = re.compile(r"(?i)\b(?:name|nombre|nome|nom|user\s?name|usuario|usu[aá]rio|handle|"
                       r"benutzername|nutzername|pseudo)\b")
# "jake.t (a) gmail.com", "mo [a] web.de": a bracketed "a" for the '@'.
_A_BRACKET = re.compile(
    r"(?i)(?<![\w.@])([a-z0-9][a-z0-9._%+-]{0,63})\s{0,2}[\[(]\s{0,2}a\s{0,2}[\])]\s{0,2}"
    r"([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){0,3})\b")


def _a_bracket(views: Views) -> list[Finding]:
    folded = views.folded
    out = []
    for m in _A_BRACKET.finditer(folded.text):
        if "." not in m.group(2) and not (_handle_like(m.group(1))
                                          and m.group(2).lower() in PROVIDERS):
            continue  # "ruth.k (a) hotmail" needs a user name that looks like one
        if _valid(m.group(1), m.group(2)) and m.group(1).lower() not in COMMON:
            out.append(Finding("email", *folded.span(m.start(), m.end()), "email address"))
    return out


_DOTS = re.compile(r"\.{2,}")


def _expand(text: str, at: int) -> tuple[int, int]:
    """Start of the local part and end of the domain around the '@' at ``at``."""
    s = at
    while s > 0 and at - s < 64 and text[s - 1] in _LOCAL:
        s -= 1
    while at + 1 < len(text) and text[at + 1] == "@" and at - s < 64:  # "jane@@gmail"
        at += 1
    e = at + 1
    while e < len(text) and e - at < 254 and text[e] in _DOMAIN:
        e += 1
    while e > at + 1 and text[e - 1] in ".-":
        e -= 1
    while s < at and text[s] in ".-'":
        s += 1
    return s, e


_PROVIDER_WORDS = frozenset({"gmail", "g-mail", "yahoo", "hotmail", "outlook", "icloud",
                             "protonmail", "proton", "gmx", "yandex", "aol"})
_BIG_PROVIDERS = frozenset({"gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook",
                            "icloud", "protonmail", "gmx", "yandex", "aol"})


def _valid_domain(domain: str) -> bool:
    domain = domain.lstrip("@")
    if ".." in domain:
        domain = _DOTS.sub(".", domain)  # "gmail..com": doubled separators
    head, _, tail = domain.lower().partition(".")
    if head in _BIG_PROVIDERS and tail.isalpha() and 1 <= len(tail) <= 4:
        # "gmail.con", "hotmail.cmo": a mistyped ending on a known provider; "YAHOO.F R": a
        # spaced-out ending cut short
        return True
    if "." in domain:
        return bool(split_domain(domain.lower())[1])
    return domain.lower() in PROVIDERS or domain.lower() in _SMALL_HOSTS


# "thomas.berg (at) posteo": mail hosts the normalizer does not know, named without their ending
_SMALL_HOSTS = frozenset({"posteo", "mailbox", "arcor", "bluewin", "runbox", "mailfence",
                          "seznam", "tutanota", "tuta", "btinternet", "sapo", "virgilio"})


def _valid(local: str, domain: str) -> bool:
    if not local or not domain:
        return False
    if "." not in domain and (local.lower() in COMMON or len(local) < 2):
        return False
    return _valid_domain(domain)


# "lena (the) hart (then) 77 on gmail", "marco (the usual) dot bellini (no typo) at ...": short
# asides in brackets between the pieces of a mailbox said aloud. Read again without them; only
# what then spans an aside is new. Words only inside: "(2)", "(@x)", "(dot)" are read as typed.
_ASIDE = re.compile(r"(?<=\w)[ \t]{1,2}\((?=[^()\n]{1,20}\))[^()\n\d@.:/]{1,20}\)(?=[ \t]{1,2}\w)")
_ASIDE_SPOKEN = re.compile(r"\((?:\s{0,2}(?:at|dot|punkt|punto|ponto|point|arroba|arobase|a)"
                           r"\s{0,2})\)")
_ASIDES_MAX = 8


def _asides(views: Views, ctx: Context) -> list[Finding]:
    text = views.original
    if len(text) > 2000:
        return []  # a mailbox said aloud is a short message; long texts are read as typed
    spans = [m.span() for m in _ASIDE.finditer(text) if not _ASIDE_SPOKEN.search(m.group())]
    if not spans or len(spans) > _ASIDES_MAX:
        return []
    kept: list[int] = []
    last = 0
    for a, b in spans:
        kept.extend(range(last, a))
        last = b
    kept.extend(range(last, len(text)))
    stripped = "".join(text[i] for i in kept)
    out = []
    for f in detect(build_views(stripped), ctx, asides=False):
        a, b = kept[f.start], kept[f.end - 1] + 1
        # ...and what the asides split shows a mailbox's marks: a digit, a said or typed dot
        # or '@' ("the gmail app (new version) all together" is about an app)
        if any(a < s and e < b for s, e in spans) and _MAILBOX_MARK.search(
                stripped.lower(), f.start, f.end):
            out.append(Finding(f.kind, a, b, f.reason + " (asides in brackets left out)"))
    return out


_MAILBOX_MARK = re.compile(r"[\d._@]|\b(?:dot|punto|punkt|ponto|point|at|arroba|arobase|"
                           r"underscore)\b")


def detect(views: Views, ctx: Context, asides: bool = True) -> list[Finding]:
    """Email findings in the original text."""
    out: list[Finding] = []
    if asides and "(" in views.original and _mentions_provider(views.lower):
        out.extend(_asides(views, ctx))
    canon = views.canon
    text = canon.text
    at = text.find("@")
    while at != -1:
        s, e = _expand(text, at)
        if s < at and text[s - 1:s] == " " and (text[s:at].isdigit()
                                                 or _number_words(text[s:at])):
            s = _digits_before(text, s)  # "tanaka eight four at gmail": the digits said apart
        local, domain = text[s:at].replace(" ", ""), text[at + 1:e].lstrip("@")
        if ("." not in local and "." not in domain and local.lower() != "git"
                and domain.lower() != "localhost" and not _valid(local, domain)):
            # "a@b" with no dot either side and no mailbox: not a code frame, a remote, a site,
            # a reserved or example name, a swapped or a loose address (each needs a dot or one
            # of these words); only read backwards can it be one
            if local and domain and _valid(domain[::-1], local[::-1]):
                out.append(Finding("email", *canon.span(s, e), "reversed email address"))
            at = text.find("@", max(e, at + 1))
            continue
        if _code_frame(views, canon.span(at, at + 1), local, domain, text, e):
            at = text.find("@", max(e, at + 1))
            continue  # "...Exception at Billing.kt:88": a stack trace, not a mailbox
        remote = _git_remote(text, local, e)
        if remote is not None:
            if remote > e:  # "git@gitlab.com:tomasz-w/site.git": a person's account
                out.append(Finding("url", *canon.span(s, remote), "repository link"))
            at = text.find("@", max(e, at + 1))
            continue
        valid = _valid(local, domain)
        if valid and _spoken_at_word(views, canon.span(at, at + 1), local, domain,
                                     text[e:e + 1] == "/"):
            # "my portfolio at behance.net/x", "reach us at acme.com": a site, not a mailbox
            if is_allowed(domain, ctx.allowed_domains):  # "the form is at brightdesk.com"
                at = text.find("@", max(e, at + 1))
                continue
            e2 = e
            while e2 < len(text) and not text[e2].isspace() and e2 - e < 2048:
                e2 += 1
            if _reference_link(domain.lower(), text[at + 1:e2].lower()):
                at = text.find("@", max(e, at + 1))
                continue  # "docs are at learn.microsoft.com/graph": a manual, no one's site
            out.append(Finding("url", *canon.span(at + 1, e2), "web address"))
        elif is_reserved(domain) and _typed_plain(views, canon.span(s, e)):
            pass  # "info@example.com", "test@shop.test": a documentation address, nobody's
        elif (is_localized_example(domain) and _typed_plain(views, canon.span(s, e))
              and _code_value(text, s)):
            pass  # "`email = 'usuario@ejemplo.com'`": a test value in code, nobody's mailbox
        elif valid and not _placeholder(local, domain):
            out.append(Finding("email", *canon.span(s, e), "email address"))
            # "surname@firm.co.nz, so k.tane", "all one word @outlook.com — AshworthKitchens"
            stand_in = _placeholder_local(local)
            if stand_in:
                out.extend(_loose_local(canon, max(0, at - 60), min(len(text), e + 60), at, e))
            if stand_in or local.lower() in COMMON or _space_before(
                    views, canon.span(at, at + 1)):
                out.extend(_name_after_domain(views, canon.span(s, e)[1], stand_in))
                out.extend(_quoted_before(canon, s))
        elif local and domain and _valid(domain[::-1], local[::-1]):
            out.append(Finding("email", *canon.span(s, e), "reversed email address"))
        elif _swapped(local, domain):
            # "gmail.com @ harperquinnphoto (backwards so the bot doesn't eat it)"
            out.append(Finding("email", *canon.span(s, e), "swapped email address"))
        elif not local and _valid_domain(domain) and "." in domain:
            # "my user name + @gmail.com: jo_91": the mailbox given apart from its domain
            out.extend(_loose_local(canon, max(0, at - 60), min(len(text), e + 60), at, e))
            out.extend(_name_after_domain(views, canon.span(at, e)[1]))
            out.extend(_quoted_before(canon, at))
        at = text.find("@", max(e, at + 1))
    if "@" in text and text.count("\n") >= 2:
        out.extend(_vertical(views))
    out.extend(_named(views))
    low = views.lower
    if "mail" in low and ("gee" in low or "big g" in low or "g mail" in low or "g-mail" in low
                          or "google" in low):
        out.extend(_nicknamed_provider(views))
    return out


# "aaron.p [at] gee mail", "jdelacroix at the big G's mail service", "x at google's mail": the
# provider named by a nickname or a description, after a user name and a spoken '@'.
# "joelvance at g mail, no dots", "claudiamora en g mail": the provider's name said apart is
# a disguise of its own, so a plain name before it will do.
_NICKNAMED = re.compile(
    r"(?i)(?<![\w@.])([a-z][a-z0-9._\-]{2,40})\s{0,2}(?:\s(?P<prep>at|arrobas?|arobase|bei|chez|"
    r"on|en|em|no|na|auf|sur)\s|(@)|([\[(])\s{0,2}"
    r"(?:at|a|@)\s{0,2}[\])])\s{0,2}(?:the\s{1,2})?(?:(gee[\s\-]{0,2}mail|big\s{1,2}g"
    r"(?:['\u2019]s)?\s{1,2}(?:e-?)?mail|g[\s\-]{1,2}mail)|google(?:['\u2019]s)?\s{1,2}"
    r"(?:e-?)?mail)\b(?:\s{1,2}service)?")
_HANDLE_MARK = re.compile(r"[._\d]")
# "my friend at g mail", "the invoice on g mail": a thing or person named, not a mailbox
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:the|this|that|my|our|your|his|her|their|a|an|el|la|los|las|mi|tu|su|un|una|"
    r"der|die|das|den|dem|ein|eine|mein\w{0,2}|dein\w{0,2}|unser\w{0,2}|le|les|mon|ma|mes|ton|"
    r"ta|notre|une|o|os|as|um|uma|meu|minha|nosso|nossa)\s{1,3}$")
_AT_PREPS = frozenset({"at", "arroba", "arrobas", "arobase", "bei", "chez"})


def _plain_box(text: str, m: re.Match) -> bool:
    """A plain name before a nicknamed provider ("joelvance at g mail") is the mailbox when
    no article or possessive comes before it, and "on", "en" or "auf" (which also say where a
    thing is kept) follow a word that gives it ("it's", "es", "mail:")."""
    name = m.group(1)
    if len(name) < 5 or _DETERMINER_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False
    return (m.group("prep") or "").lower() in _AT_PREPS or _GIVEN_BEFORE.search(
        text, max(0, m.start() - 12), m.start()) is not None


def _nicknamed_provider(views: Views) -> list[Finding]:
    canon = views.canon
    out = []
    for m in _NICKNAMED.finditer(canon.text):
        if m.group(1).lower().strip(".-") in COMMON or not (
                m.group(3) or m.group(4) or _HANDLE_MARK.search(m.group(1))
                or (m.group(5) and _plain_box(canon.text, m))):
            continue  # "our team at google mail": a plain word, no '@' or user name
        out.append(Finding("email", *canon.span(m.start(), m.end()), "email address"))
    return out


_SWAPPED_USER = re.compile(r"(?i)[a-z][a-z0-9._+-]{2,63}")


def _swapped(local: str, domain: str) -> bool:
    """"gmail.com@harperquinnphoto": a mail provider's domain before the '@', the user after."""
    head, dot, tail = local.lower().partition(".")
    return (bool(dot) and head in PROVIDERS and head not in ("me", "web", "free", "live", "inbox")
            and bool(split_domain(local.lower())[1])
            and not split_domain(domain.rstrip(".").lower())[1]
            and _SWAPPED_USER.fullmatch(domain.rstrip(".")) is not None
            and domain.lower() not in COMMON and not tail[:1].isdigit())


# "userREMOVEMEname@...": a word in capitals inside the user part, to be taken out by hand
_CAPS_INSERT = re.compile(r"[a-z0-9][A-Z]{3,}[a-z0-9]")


_SPACED_LETTERS = re.compile(r"(?<!\S)\S(?:\s{1,2}\S){3}(?!\S)")


# "`correo = '...`", "email: \"...\"" in code: an assignment or quoted value just before.
_CODE_VALUE = re.compile(r"(?:[\w\]'\"]\s{0,2}(?:=|:|=>)\s{0,2}|\(\s{0,2})['\"]$")


def _code_value(text: str, start: int) -> bool:
    """The address at ``start`` is inside `inline code` or is a quoted value assigned in code."""
    line = text.rfind("\n", 0, start) + 1
    return (text.count("`", line, start) % 2 == 1
            or _CODE_VALUE.search(text, max(line, start - 8), start) is not None)


def _typed_plain(views: Views, span: tuple[int, int]) -> bool:
    """The address is written as addresses are, typed or said ("info at example dot com"):
    no letters spaced out, no look-alike letters, no anti-spam insert. Nobody disguises a
    documentation placeholder, so a disguised one stands for a real address."""
    typed = views.original[span[0]:span[1]]
    return (typed.isascii() and _CAPS_INSERT.search(typed) is None
            and _SPACED_LETTERS.search(typed) is None)


# "ray dot tanaka 8 4@gmail" (number words read as digits): a name, then digit groups said
# apart before the '@', all one user part. Run on at most 80 characters before the '@'.
# "sam dot okonkwo 88" reads "sam.okonkwo 88": the dots may already be typed.
_DIGITS_BEFORE = re.compile(
    r"(?i)(?<![\w.@])[a-z][a-z0-9_]{1,30}(?:\.[a-z0-9_]{1,30}){0,2}(?:\s{1,2}(?:dot|punto|"
    r"ponto|punkt|point|underscore)\s{1,2}[a-z0-9_]{1,30}){0,2}(?:\s\d{1,4}){0,4}\s$")
_NUMBER_PARTS = re.compile(r"[a-z]{3,9}(?:-[a-z]{3,9}){0,2}")


def _number_words(word: str) -> bool:
    """"eighty-eight", "twenty-one": digits said as a compound of number words, which the
    canonical view leaves as they are."""
    low = word.lower()
    return (all(p in NUMBER_WORDS for p in low.split("-"))  # the cheaper test first
            and _NUMBER_PARTS.fullmatch(low) is not None)


def _digits_before(text: str, s: int) -> int:
    lo = max(0, s - 80)
    m = _DIGITS_BEFORE.search(text, lo, s)
    if m is None or m.group().split()[0].lower() in COMMON:
        return s
    return m.start()


def _vertical(views: Views) -> list[Finding]:
    """"benhartley\n@\nfastmail\n.com": an address written one piece per line."""
    folded = views.folded
    out = []
    for s, e, joined in vertical_runs(folded.text):
        local, at, domain = joined.strip(".").partition("@")
        if at and _valid(local, domain.lstrip("@")) and not _placeholder(local, domain):
            out.append(Finding("email", *folded.span(s, e), "email address"))
    return out


# "your@email.here", "name@domain.com": a template address in a mockup, nobody's mailbox.
_TEMPLATE_LOCAL = frozenset({"your", "yours", "you", "yourname", "your.name", "your_name", "name",
                             "user", "username", "someone", "somebody", "xxx", "xyz", "example",
                             "firstname", "first.last", "firstname.lastname", "vorname.nachname",
                             "nombre", "prenom.nom", "seunome", "tunombre", "deinname"})
_TEMPLATE_DOMAIN = frozenset({"email", "e-mail", "mail", "domain", "yourdomain", "example",
                              "yourcompany", "yoursite", "yourwebsite", "company", "website",
                              "dominio", "domaine", "firma", "empresa", "exemplo", "beispiel"})


def _placeholder(local: str, domain: str) -> bool:
    return (local.lower() in _TEMPLATE_LOCAL
            and domain.lower().split(".", 1)[0] in _TEMPLATE_DOMAIN)


# Words standing for the user part when an address is described ("surname@firm.co").
_PLACEHOLDER_LOCAL = {"surname", "lastname", "firstname", "name", "initial", "initials", "user",
                      "username", "yourname", "nombre", "apellido", "nachname", "vorname", "nom",
                      "prenom", "sobrenome"}
_PLACEHOLDER_PARTS = _PLACEHOLDER_LOCAL | {"first", "last", "firstinitial", "lastinitial",
                                          "sobrenome", "primeironome", "apelido"}


def _placeholder_local(local: str) -> bool:
    """"surname", "vorname.nachname", "first.last": the format, not the mailbox."""
    low = local.lower()
    return low in _PLACEHOLDER_LOCAL or all(
        p in _PLACEHOLDER_PARTS for p in _LOCAL_SEPS.split(low) if p)


_LOCAL_SEPS = re.compile(r"[._-]")


_LOOSE = re.compile(r"(?i)(?<![\w@.])[a-z][a-z0-9._+-]{2,63}")
# "@outlook.com — AshworthKitchens", "@gmail.com: Tom Reyes": the name after a dash or colon.
_NAME_AFTER_DOMAIN = re.compile(r"\s{0,2}[\u2014\u2013:\-]\s{0,3}([A-Za-z][A-Za-z0-9_]{2,40}"
                                r"(?:[ \t][A-Z][a-z]{1,20})?)(?=\s{0,3}(?:$|[\n,;!?)]|\.))")


def _loose_local(canon, lo: int, hi: int, at: int, e: int) -> list[Finding]:
    """A distinctive user name (digits or '_') near a domain typed without its user part."""
    text = canon.text
    out = [Finding("email", *canon.span(at, e), "mail domain")]
    for m in _LOOSE.finditer(text, lo, hi):
        if at <= m.start() < e or "@" in m.group():
            continue
        user = m.group().rstrip(".-_")
        dotted = "." in user and any(len(p) >= 3 for p in user.split("."))
        if user.lower() not in COMMON and (dotted or any(c.isdigit() or c == "_" for c in user)):
            out.append(Finding("email", *canon.span(m.start(), m.start() + len(user)),
                               "mail user name"))
    return out


# "put 'grouthero' in front of @gmail.com", "'lenamoser' vor @gmx.de": the user part quoted
# just before a domain typed without one.
_QUOTED_BEFORE = re.compile(r"['\"\u2018\u201c\u00ab]([a-z][a-z0-9._+-]{2,40})"
                            r"['\"\u2019\u201d\u00bb][^'\"\u2018\u201c.!?\n]{0,30}$", re.I)


def _quoted_before(canon, at: int) -> list[Finding]:
    m = _QUOTED_BEFORE.search(canon.text, max(0, at - 72), at)
    if m is None or m.group(1).lower() in COMMON or m.group(1).istitle():
        return []  # "the 'Send' button": a label, not a mailbox
    return [Finding("email", *canon.span(m.start(1), m.end(1)), "mail user name")]


# "firstname.lastname@bluewave.com, I'm Kyle Harmon": the name that fills the pattern, given
# right after it as the writer's own (two capitalised words)
_NAME_INTRO_AFTER = re.compile(
    r"\s{0,2}[,;.]?\s{0,3}(?:(?:and|y|et|und|e)\s{1,2})?(?:i'?m|i\s{1,2}am|my\s{1,2}name(?:'s|"
    r"\s{1,2}is)|soy|me\s{1,2}llamo|je\s{1,2}suis|je\s{1,2}m'appelle|ich\s{1,2}bin|ich\s{1,2}"
    r"hei(?:\u00df|ss)e|sou|me\s{1,2}chamo|chamo-me)\s{1,2}([A-Z][a-z\u00e0-\u00ff'\-]{1,20}"
    r"[ \t]{1,2}[A-Z][a-z\u00e0-\u00ff'\-]{1,30})(?![\w@])", re.I)


def _name_after_domain(views: Views, end: int, filled: bool = False) -> list[Finding]:
    """"my business name all one word @outlook.com — AshworthKitchens": the user part given
    after the domain (read on the original text from ``end``, the domain's end there)."""
    m = _NAME_AFTER_DOMAIN.match(views.original, end)
    if m is None and filled:
        m = _NAME_INTRO_AFTER.match(views.original, end)
        if m is not None and m.group(1)[:1].isupper() and not any(
                w.lower() in COMMON for w in m.group(1).split()):
            return [Finding("email", m.start(1), m.end(1), "name filling a mail pattern")]
        return []
    if m is None or m.group(1).split()[0].lower() in COMMON:
        return []
    return [Finding("email", m.start(1), m.end(1), "mail user name")]


def _space_before(views: Views, span: tuple[int, int]) -> bool:
    """The '@' was typed apart from the word before it ("all one word @outlook.com")."""
    return views.original[span[0]:span[1]][:1].isspace() or (
        span[0] > 0 and views.original[span[0] - 1].isspace())


def _spoken_at_word(views: Views, span: tuple[int, int], local: str, domain: str,
                    path: bool) -> bool:
    """The '@' was the word "at" after an ordinary word, or the domain carries a path."""
    raw = views.original[span[0]:span[1]].strip().lower()
    if raw != "at":
        return False
    if path and domain.split(".", 1)[0].lower() not in PROVIDERS:
        return True  # "look at behance dot net slash x": a mailbox has no path
    return local.lower() in COMMON or local.lower() in _SITE_WORDS


_SITE_WORDS = {"portfolio", "site", "website", "work", "shop", "store", "blog", "page", "profile",
               "stuff", "things", "photos", "pics", "designs", "it", "them", "everything"}


def _name_is(views: Views) -> list[Finding]:
    """"email me, name is tomas.r and it's a gmail": a user name given near a mail word."""
    folded = views.folded
    low = views.lower
    # Exact pre-check: every mail word but "correo"/"courriel" contains a provider hint
    if not _mentions_provider(low) and not (("correo" in low or "courriel" in low)
                                            and _MAIL_WORD_LC.found(low)):
        return []
    out = []
    for m in _PROVIDER_COLON_LC.finditer(folded.text, low):
        user = m.group(2).rstrip(".-_")
        gap = m.group(1)
        if (user.lower() not in COMMON and user.rsplit(".", 1)[-1].lower() not in _FILE_EXTS
                and "@" not in folded.text[m.end(2):m.end(2) + 1]
                and (any(c.isdigit() or c in "._" for c in user)
                     or (len(user) >= 5 and len(gap) > 3 and _NAME_GAP.search(gap)
                         and not _FORM_TALK.search(gap)))):
            out.append(Finding("email", *folded.span(m.start(2), m.start(2) + len(user)),
                               "mail user name"))
    for m in (_MAIL_COLON_LC.finditer(folded.text, low) if ":" in folded.text else ()):
        user = m.group(2).rstrip(".-_")
        parts = user.split(".")
        if (sum(len(p) >= 3 for p in parts) >= 2 and user.lower() not in COMMON
                and not _FORM_TALK.search(m.group(1)) and not split_domain(user.lower())[1]
                and parts[-1].lower() not in _FILE_EXTS):
            out.append(Finding("email", *folded.span(m.start(2), m.start(2) + len(user)),
                               "mail user name"))
    for rx in (_NAME_IS_LC, _IS_THE_NAME_LC, _PROVIDER_AS_LC):
        for m in rx.finditer(folded.text, low):
            as_form = rx is _PROVIDER_AS_LC
            group = "user" if as_form else 1
            user = m.group(group).rstrip(".-_")
            # "on mail dot com as rileysketches": a whole mail domain, so a plain name will do
            plain_ok = (as_form and m.group("dom") is not None and len(user) >= 5
                        and _AS_USER_END.match(folded.text, m.start(group) + len(user)))
            # "I'm on gmail as chefdanielaeats": the writer's own mailbox, a name closing it
            plain_ok = plain_ok or (
                as_form and len(user) >= 6 and not _AS_PHRASE.search(user)
                and user.replace("-", "").isalnum()
                and _IM_ON_BEFORE.search(low, max(0, m.start() - 24), m.start()) is not None
                and _AS_USER_END.match(folded.text, m.start(group) + len(user)) is not None)
            # "user is r-o-s-a-l-i-n-d": spelled out with hyphens is a name's shape too
            spelled = len(user) >= 9 and _SPELLED_LOCAL.fullmatch(user.lower()) is not None
            if (user.lower() not in COMMON and (plain_ok or spelled or any(
                    c.isdigit() or c in "._" for c in user))
                    and user.rsplit(".", 1)[-1].lower() not in _FILE_EXTS
                    and "@" not in folded.text[m.end(group):m.end(group) + 1]):
                out.append(Finding("email", *folded.span(m.start(group),
                                                         m.start(group) + len(user)),
                                   "mail user name"))
    return out


def _spaced_brackets(views: Views) -> list[Finding]:
    folded = views.folded
    out = []
    for m in _SPACED_BRACKETS.finditer(folded.text):
        domain = _BRACKET_DOT.sub(".", m.group(2)).lower()
        if split_domain(domain)[1] and m.group(1).lower() not in COMMON:
            out.append(Finding("email", *folded.span(m.start(), m.end()), "email address"))
    return out


# "beatriz.alves, no gmail", "tobi_s bei gmx": a distinctive user name, then the provider.
# "jane.doe, it's gmail", "tobi_s bei gmx", "jane.doe at the usual gmail" (the name is taken
# whole, possessively: no backtracking into it at every word).
_USER_THEN_PROVIDER = re.compile(
    r"(?i)(?<![\w@.])([a-z][a-z0-9._+-]{3,63}+)\s{0,2}(?P<sep>[,–\-(+]|\u2014)?\s{0,3}"
    # "hannahvoice, all one word, at gmail": a spelling rule between the name and the provider
    r"(?:(?P<rule>(?:all\s{1,2})?one\s{1,2}word|no\s{1,2}(?:dots?|spaces?)|(?:all\s{1,2})?"
    r"(?:together|lower\s?case)|(?:todo|tudo)\s{1,2}junto|sin\s{1,2}(?:puntos|espacios)|"
    r"sem\s{1,2}(?:pontos|espa[cç]os)|ohne\s{1,2}(?:punkte?|leerzeichen)|(?:alles\s{1,2})?"
    r"zusammen|sans\s{1,2}(?:points?|espaces?)|(?:tout\s{1,2})?attach[ée]s?)\s{0,2}[,–\-)]?"
    r"\s{0,3})?"
    # "et c'est chez gmail", "danach kommt gmail", "and then it's gmail"
    r"(?:(?:and|et|y|e|und)\s{1,3})?(?:(?:then|danach|dann|luego|despu[eé]s|puis|ensuite|"
    r"depois)\s{1,3}(?:(?:comes|kommt|viene|va|vient|vem)\s{1,3})?)?"
    # "tobi_schreibt, Anbieter ist gmx": the provider named as such
    r"(?:(?:the\s{1,2}|el\s{1,2}|le\s{1,2}|o\s{1,2}|der\s{1,2})?(?:provider|anbieter|"
    r"mailanbieter|proveedor|fournisseur|provedor|servidor|host)\s{0,2}:?\s{1,3})?"
    # "x, das ist bei googlemail", "x, that's on gmail", "x, isso é no hotmail"
    r"(?:(?:(?:that|das|eso|esto|isso|isto|[çc]a|cela)\s{1,2}(?:is|ist|es|[ée]|est)|that's|"
    r"it'?s|its|is|es|ist|est|c'est|é|e)\s{1,3}(?:(?:a|an|un|una|um|uma|ein|eine|une)"
    r"\s{1,3})?)?(?:(?P<on>no|na|on|en|em|auf|bei|chez|sur|in|im|at|via|arrobas?|arobas|"
    r"arobase)\s{1,3})?"
    r"(?:the\s{1,3}(?:usual\s{1,3}|good\s{1,3}old\s{1,3})?)?(?:gmail|googlemail|g-mail|"
    r"gee[\s-]{0,2}mail|"
    r"hotmail|yahoo|outlook|t-online|"
    r"icloud|gmx|protonmail|proton|yandex|aol|posteo|zoho|fastmail|tutanota|laposte|wanadoo|libero|"
    # internet providers' mailboxes: "jo.smith at btinternet", "ana_r at sapo"
    r"btinternet|talktalk|virginmedia|blueyonder|ntlworld|tiscali|comcast|verizon|sbcglobal|"
    r"bellsouth|bigpond|optusnet|sympatico|videotron|telus|bluewin|arcor|freenet|sapo|rediffmail|"
    r"(?:web|t-online|orange|free|uol|bol|terra|mail|live|me|mac|pm|hey)(?:\.|\s{1,2}(?:dot|"
    r"punto|ponto|punkt|point)\s{1,2})[a-z]{2,3})\b")
# "chez le gros G", "en la G grande", "beim großen G": Google's mail named by its letter
_BIG_G = (r"(?:big|gros|grand|gran|gro(?:\u00df|ss)en?)\s{1,2}g(?![\w'\u2019])|"
          r"g\s{1,2}grande")
_BIG_G_RE = re.compile(r"\b(?:" + _BIG_G + ")")
# "nadia.brzezinski, at the big G's mail service", "ana_r88 on google's mail": a distinctive
# user name, then the provider described rather than named.
_PROVIDER_DESCRIBED = (
    r"(?:(?:google|microsoft|apple|yahoo|g)(?:'s|\u2019s|s)?\s{1,2}(?:e-?mail|web-?mail|mail|one|"
    r"account|inbox)|" + _BIG_G + r"|(?:e-?mail|mail|"
    r"correo|courriel)\s{1,2}(?:service|provider|thing|account|de\s{1,2}google|"
    r"von\s{1,2}google|google))\b")
_USER_AT_DESCRIBED = re.compile(
    r"(?i)(?<![\w@.])([a-z][a-z0-9._+-]{3,63}+)\s{0,2}[,(]?\s{0,3}(?:(?:at|on|in|via|no|na|en|em|"
    r"bei|auf|chez|sur|sous|it'?s|is|es|ist|est|é)\s{1,3})?"
    r"(?:[\w'\u2019]{1,12}\s{1,2}){0,4}?" + _PROVIDER_DESCRIBED)
# ...its ending alone, over the lowercased text: where there is none, no name before it either
_PROVIDER_DESCRIBED_LC = re.compile(_PROVIDER_DESCRIBED)
_IM_BEFORE = re.compile(r"(?i)(?:^|\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin))"
                       r"\s{1,3}$")
_DESCRIBED_HINTS = ("google", "'s mail", "\u2019s mail", " g mail", "mail service",
                    "mail provider", "microsoft", "apple", "yahoo")
# Code that glues the parts together: "nora" + "@" + "fastmail.com".
_CONCAT = re.compile(
    r"([\"'])([\w.+\-]{1,64})\1\s{0,3}\+\s{0,3}([\"'])@\3\s{0,3}\+\s{0,3}([\"'])"
    r"([\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4})\4")


# "kristenbaylorATgmailDOTcom": the at and dot words glued in capitals to a lowercase address.
_GLUED = re.compile(
    r"(?<![A-Za-z0-9])([a-z0-9][a-z0-9._%+-]{1,63})AT([a-z0-9][a-z0-9-]{1,62}(?:DOT[a-z]{2,10})"
    r"{1,3})(?![A-Za-z0-9])")
# "tom.hendrix#outlook.com" ("replace the # with @"): another symbol stands for the '@'.
_STAND_IN_DOMAIN = re.compile(r"(?i)[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z]{2,10}){1,3}(?![\w.])")


def _glued(views: Views) -> list[Finding]:
    folded = views.folded
    text = folded.text
    out = []
    if "AT" in text and "DOT" in text:
        for m in _GLUED.finditer(text):
            if split_domain(m.group(2).replace("DOT", ".").lower())[1]:
                out.append(Finding("email", *folded.span(m.start(), m.end()), "email address"))
    if "#" in text or "*" in text or "&" in text or "\U0001f4e7" in text or "\u2709" in text:
        for sym in _STAND_INS:
            at = text.find(sym)
            while at != -1:
                out.extend(_stand_in(folded, text, at, sym in _ENVELOPES))
                at = text.find(sym, at + 1)
    return out


# "marta📧oakandpine.com (swap the envelope for the usual sign)": a mail emoji glued
# between name and domain stands for the '@' whatever the name is.
_ENVELOPES = "\U0001f4e7\u2709"
_STAND_INS = "#*&" + _ENVELOPES


def _stand_in(folded, text: str, at: int, envelope: bool = False) -> list[Finding]:
    m = _STAND_IN_DOMAIN.match(text, at + 1)
    if m is None:
        return []
    s = at
    while s > 0 and at - s < 64 and text[s - 1] in _LOCAL and text[s - 1] != "'":
        s -= 1
    local = text[s:at]
    if (len(local) < 2 or not local[0].isalnum() or (s > 0 and text[s - 1] in "/#.@")
            or local.lower() in COMMON
            or ("." in local and local.rsplit(".", 1)[1].lower() in _FILE_EXTS)):
        return []  # "page.html#section.top"
    reg = split_domain(m.group().lower())[0]
    if not reg:
        return []
    if (not envelope and reg.split(".", 1)[0] not in PROVIDERS
            and not any(c.isdigit() or c in "._" for c in local)):
        return []
    return [Finding("email", *folded.span(s, m.end()), "email address")]


# "at icloud jake.morrison77": a provider, then a distinctive user name with no separator.
_PROVIDER_USER = re.compile(
    r"(?i)\b(?=[a-z])(?:gmail|hotmail|yahoo|outlook|icloud|gmx|protonmail|proton|yandex|aol)"
    r"\s{1,3}([a-z][a-z0-9._+-]{3,63})")
_FILE_END = re.compile(r"(?i)\.(?:[a-z]{2,4})$")




def _provider_user(views: Views) -> list[Finding]:
    folded = views.folded
    out: list[Finding] = []
    low = views.lower
    if not ("mail" in low or "yahoo" in low or "outlook" in low or "icloud" in low
            or "gmx" in low or "proton" in low or "yandex" in low or "aol" in low):
        return out
    for m in _PROVIDER_USER.finditer(folded.text):
        user = m.group(1).rstrip(".-_")
        inner = user.strip("._-")
        if (user.lower() in COMMON or sum(c.isalpha() for c in user) < 3
                or sum(c.isdigit() for c in inner) < 2 or not any(c in "._" for c in inner)
                or _FILE_END.search(user) or "@" in folded.text[m.end(1):m.end(1) + 1]):
            continue
        # the provider is part of the finding, so a name sent right after it is still caught
        out.append(Finding("email", *folded.span(m.start(), m.start(1) + len(user)),
                           "mail user name"))
    return out


# Cheap substring tests that decide whether the patterns below can match at all.
_PROVIDER_HINTS = ("mail", "yahoo", "outlook", "icloud", "gmx", "proton", "yandex", "aol",
                   "posteo", "zoho", "tutanota", "laposte", "wanadoo", "libero", "web.de",
                   "t-online", "orange.fr", "free.fr", "uol", "bol.com", "terra.com",
                   "live.co", "me.com", "mac.com", "pm.me", "hey.com", "btinternet", "talktalk",
                   "virginmedia", "blueyonder", "ntlworld", "tiscali", "comcast", "verizon",
                   "sbcglobal", "bellsouth", "bigpond", "optusnet", "sympatico", "videotron",
                   "telus", "bluewin", "arcor", "freenet", "sapo", "rediffmail")


_PROVIDER_RE = any_of(_PROVIDER_HINTS)
_LAST_MENTION: tuple[str | None, bool] = (None, False)


def _mentions_provider(low: str) -> bool:
    """Asked several times per text: the last answer is kept as one tuple (safe across
    concurrent callers, which never mix texts)."""
    global _LAST_MENTION
    key, found = _LAST_MENTION
    if key is not low:
        found = _PROVIDER_RE.search(low) is not None
        _LAST_MENTION = (low, found)
    return found


def _user_then_provider(views: Views) -> list[Finding]:
    folded = views.folded
    out = []
    low = views.lower
    if "@" in folded.text and "+" in folded.text:
        for m in _CONCAT.finditer(folded.text):
            if split_domain(m.group(5).lower())[1]:
                out.append(Finding("email", *folded.span(m.start(), m.end()), "email in code"))
    text = folded.text
    if ((_mentions_provider(low) or "google" in low) and any(h in low for h in _DESCRIBED_HINTS)
            or " g" in low and ("big" in low or "gro" in low or "gran" in low)  # exact: in
            and _BIG_G_RE.search(low)) and (  # every _BIG_G form
            _PROVIDER_DESCRIBED_LC.search(low)):  # the ending every match has
        for m in _USER_AT_DESCRIBED_LC.finditer(text, low):
            user = m.group(1).rstrip(".-_")
            # "email's jkwasniewski on the big G's mail": a mail word says it is a name
            named = _MAIL_IS_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)) or (
                _IM_BEFORE.search(text, max(0, m.start(1) - 14), m.start(1)))
            if (user.lower() not in COMMON and sum(c.isalpha() for c in user) >= 4
                    and (any(c.isdigit() or c in "._" for c in user.strip("._"))
                         or (named and len(user) >= 6))
                    and user.rsplit(".", 1)[-1].lower() not in _FILE_EXTS):
                out.append(Finding("email", *folded.span(m.start(1), m.start(1) + len(user)),
                                   "mail user name"))
    if not _mentions_provider(low):
        return out
    views_to_scan = [folded]
    if views.collapsed is not folded and views.collapsed.text != text:
        views_to_scan.append(views.collapsed)  # "m a r i s o l . v e g a 9 0 en outlook"
    for view in views_to_scan:
        text = view.text
        for m in _USER_THEN_PROVIDER_LC.finditer(
                text, low if view is folded else lower_same_length(text)):
            user = m.group(1).rstrip(".-_")
            letters = sum(c.isalpha() for c in user)
            if (user.lower() in COMMON or letters < 3 or len(user) < 4
                    or not (any(c.isdigit() or c in "._" for c in user)
                            or (len(user) >= 6 and user.replace("-", "").isalpha() and (
                                m.group("rule") or (
                                _NAME_CUE.search(lower_same_length(
                                    text[max(0, m.start() - 50):m.start()]))
                                # "formatting breaks in gmail": how mail shows in an app
                                and ((m.group("on") or "").lower() not in ("in", "im")
                                     or _MAIL_IS_BEFORE.search(
                                         text, max(0, m.start(1) - 20), m.start(1))))
                                or _comma_at(m, text) or _comma_domain(m, text)
                                or (view is not folded and _given_on(m, text, view)))))
                    or user.rsplit(".", 1)[-1].lower() in _FILE_EXTS
                    or text[m.end():m.end() + 1] == "-"):  # "report.csv", "gmail-ready"
                continue
            out.append(Finding("email", *view.span(m.start(1), m.start(1) + len(user)),
                               "mail user name"))
    return out


_AT_ONS = frozenset({"at", "chez", "bei", "em", "en", "no", "na", "arroba", "arrobas",
                     "arobas", "arobase"})
_CLAUSE_END = re.compile(r"\s{0,2}(?:$|[\n,;!?)]|\.(?:\s|$)|(?:\.|\s{1,2}dot\s{1,2})[a-z]{2,4}\b|"
                         r"\s(?:please|pls|plz|thanks|thx|cheers|por\s{1,2}favor|bitte|merci|"
                         r"obrigad[oa]|gracias|danke)\b)")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|this|that|el|la|los|las|un|una|der|die|das|"
                             r"den|dem|ein|eine|le|les|une|o|os|um|uma)\s{1,3}$")


def _comma_at(m: re.Match, text: str) -> bool:
    """"alistairgrieve, at hotmail": a plain name, a comma, then "at" the provider closing the
    phrase, said as "alistairgrieve at hotmail" is."""
    on = m.group("on")
    return (m.group("sep") == "," and on is not None and on.lower() in _AT_ONS
            and _CLAUSE_END.match(text.lower(), m.end()) is not None
            and _ARTICLE_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)) is None)


# "it's ivanpetrovcoaching, outlook.com": a plain name, a comma, then the provider's whole
# domain: the address read out with a comma for the '@'.
_DOMAIN_END = re.compile(r"(?i)\.[a-z]{2,3}(?:\.[a-z]{2})?\b(?![.\-@]\w)")


# ...given as the mailbox: "it's", "mine is", "email:" right before the name
_GIVEN_BEFORE = re.compile(r"(?i)(?:^|[:\u2013\u2014]|\s-|\b(?:it'?s|its|is|mine'?s|mine|es|"
                           r"est|ist|c'est|\u00e9|e|e-?mail|mail|correo|courriel|address|"
                           r"adresse)\b)\s{0,3}$")


# "é t h i a g o m k t no gmail": a name typed one letter at a time (a disguise, not a word of
# the sentence), given ("it's", a colon) right before it, "on" or "at" the provider in a
# language where that names a mailbox, and the phrase closing there
_GIVEN_ONS = frozenset({"no", "na", "em", "chez", "bei", "arroba", "arrobas", "arobas",
                        "arobase", "en", "sur", "on", "at", "auf"})


def _given_on(m: re.Match, text: str, view) -> bool:
    on = (m.group("on") or "").lower()
    s, e = view.span(m.start(1), m.end(1))
    return (on in _GIVEN_ONS and m.group("sep") is None and e - s >= 2 * (m.end(1) - m.start(1)) - 2
            and _CLAUSE_END.match(text.lower(), m.end()) is not None
            and _GIVEN_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)) is not None)


def _comma_domain(m: re.Match, text: str) -> bool:
    user = m.group(1)
    return (m.group("sep") == "," and m.group("on") is None and user.islower()
            and user not in _PROVIDER_WORDS and user not in PROVIDERS
            and _DOMAIN_END.match(text, m.end()) is not None
            and _GIVEN_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)) is not None)


# "e-mail: norabishop at gee mail", "meu nome completo, joaopedrocosta, no gmail": a plain name
# given as the mailbox, said so just before.
# "email signature", "mail template": the mail word names a thing made for mail, no mailbox.
_MAIL_THING = (r"(?!\s{0,2}-?\s{0,2}(?:signatures?|templates?|clients?|apps?|footers?|headers?|"
               r"campaigns?|newsletters?|marketing|blasts?|servers?|settings|notifications?|"
               r"filters?|rules?|folders?|sequences?|automations?|designs?|layouts?|builders?|"
               r"editors?|previews?|software|platform|tool|tools|program|plugin|rendering|"
               r"firma|plantilla|assinatura|modelo|vorlage|signatur)\b)")
_NAME_CUE = re.compile(r"(?:\b(?:e-?mail|mail|correo|courriel)" + _MAIL_THING
                       + r"|\b(?:name|nombre|nome|nom|namen?|"
                       r"empresa|company|business|firma|entreprise|junto|together|zusammen|"
                       r"attach[ée]s?)|\bone\s{1,2}word|\bno\s{1,2}spaces?|\bsin\s{1,2}espacios|"
                       r"\bsem\s{1,2}espa[cç]os)\W{0,3}(?:\w+\W{1,3}){0,6}$")


# "priyanka raman, no space, at fastmail": a mailbox spelled as words to be written together.
_JOIN_HINTS = ("space", "one word", "together", "espacio", "junt", "leerzeichen", "zusammen",
               "espace", "attach", "espa\u00e7o", "espaco", "joined", "coll", "pegad")
# "the studio name (red kite) all one word", "(Salt & Sage) no spaces": the words may sit
# in brackets and be joined by "&".
_JOINED_WORDS = re.compile(
    r"(?i)(?<![\w@.])([a-z][a-z0-9]{1,24}(?:(?:[\s._\-]{1,2}|[ \t]{1,2}&[ \t]{1,2})[a-z0-9]{1,24})"
    r"{1,2})(\))?"
    # "an sabine klein 72 schreiben, alles klein und zusammen": a German verb at the end of the
    # clause, and lower case asked for before the rule
    r"(?:\s{1,2}(?:schreiben|mailen|schicken))?\s{0,2}[,(\-\u2013]?\s{0,2}(?:(?:alles|all|todo|"
    r"tudo|tout)\s{1,2}(?:klein(?:geschrieben)?|lower\s?case|small|en\s{1,2}min[uú]sculas?|"
    r"min[uú]sculas?|en\s{1,2}minuscules?|minuscules?)\s{0,2},?\s{1,2}(?:und|and|y|e|et)\s{1,2})?"
    # the rule (each starts with a letter of the lookahead: a quick test at every word's end)
    r"\s{0,2}(?=[wnaotsjz])(?:(?:with\s{1,2})?no\s{1,2}spaces?|without\s{1,2}spaces?|(?:all\s{1,2})?"
    r"one\s{1,2}word|(?:all\s{1,2})?together|sin\s{1,2}espacios?|(?:(?:todo|tudo)\s{1,2})?junto|"
    r"ohne\s{1,2}leerzeichen|(?:alles\s{1,2})?zusammen|sans\s{1,2}espaces?|(?:tout\s{1,2})?"
    r"attach[\u00e9e]s?|sem\s{1,2}espa[\u00e7c]os?)\b")
# ...in brackets, only after the name they are ("the studio name (red kite)"), not after any
# remark ("the gmail app (new version) all together")
_NAME_BRACKET = re.compile(r"(?i)(?:name|nombre|nome|\bnom|namen?)\b[^()\n]{0,30}\($")
# "my gmail is my full name no spaces — Derek Olsen": the rule first, then the name.
_JOIN_THEN_NAME = re.compile(
    r"(?i:\b(?:(?:with\s{1,2})?no\s{1,2}spaces?|without\s{1,2}spaces?|(?:all\s{1,2})?one\s{1,2}"
    r"word|(?:all\s{1,2})?together|sin\s{1,2}espacios?|(?:todo|tudo)\s{1,2}junto|ohne\s{1,2}"
    r"leerzeichen|(?:alles\s{1,2})?zusammen|sans\s{1,2}espaces?|(?:tout\s{1,2})?attach[\u00e9e]s?|"
    r"sem\s{1,2}espa[\u00e7c]os?))\s{0,2}[\u2014\u2013:,\-]\s{0,2}"
    r"([A-Z][a-z\u00e0-\u00ff]{1,20}(?:[ \t]{1,2}[A-Z][a-z\u00e0-\u00ff]{1,20}){1,2})\b")
_JOINED_CUE = re.compile(r"(?i)@|\bmail|\bcorreo|\bcourriel|\barroba|\barobase")


def _joined_words(views: Views) -> list[Finding]:
    low = views.lower
    if not ("@" in low or "arob" in low or "correo" in low or "courriel" in low
            or _mentions_provider(low)):
        return []
    if not any(h in low for h in _JOIN_HINTS):
        return []
    canon = views.canon
    text = canon.text
    out = []
    for m in _GIVEN_WORDS_RULE.finditer(low):
        if not all(w in COMMON for w in m.group(1).split()):
            out.append(Finding("email", *views.folded.span(m.start(1), m.end(1)),
                               "mail user name"))
    for m in _JOIN_THEN_NAME.finditer(text):
        if _JOINED_CUE.search(text[max(0, m.start() - 60):m.start()]) or _mentions_provider(
                views.canon_lower[max(0, m.start() - 60):m.start()]):
            out.append(Finding("email", *canon.span(m.start(1), m.end(1)), "mail user name"))
    for m in _JOINED_WORDS_LC.finditer(text, views.canon_lower):
        words = re.split(r"[\s._\-&]+", m.group(1))
        if all(w.lower() in COMMON for w in words):
            continue
        near = text[max(0, m.start() - 60):m.end() + 40]
        if _JOINED_CUE.search(near) is None and not _mentions_provider(near.lower()):
            continue
        start = m.start(1)
        if m.group(2):  # "(red kite) all one word": the opening bracket goes too
            if _NAME_BRACKET.search(text, max(0, start - 50), start) is None:
                continue
            start -= 1
        out.append(Finding("email", *canon.span(start, m.end()), "mail user name"))
    return out


# "tom.hale at sign gmail.com", "omar.haddad then gmail.com": the '@' described in words.
_DESCRIBED_AT = re.compile(
    r"(?i)(?<![\w@.])([a-z0-9][a-z0-9._%+-]{1,63})[,;]?\s{1,3}(?:\(?\s{0,2}(?:(?:the|das|"
    r"el|le|o)\s{1,2})?(?:(?:at|@|e-?mail|mail)[\s-]{1,2}(?P<sign>sign|symbol|s[ií]mbolo|zeichen)|"
    # "el símbolo arroba", "le signe arobase", "o sinal de arroba"
    r"(?P<sign3>s[ií]mbolo|signe|sinal)\s{1,2}(?:de\s{1,2}|d')?(?:arroba|arobase|@))"
    # "praxis-engel, das at-Zeichen, dann gmx.de": the sign said, then the domain
    r"\s{0,2}\)?(?:[,;]?\s{1,3}(?:(?:and|und|y|e|et)\s{1,2})?(?:then|dann|danach|luego|"
    r"despu[eé]s|puis|ensuite|depois)(?=\s))?|then|"
    r"and\s{1,2}then|plus|followed\s{1,2}by|dann|"
    # "ana_v91 and the at sign and hotmail.com": "and" only before the sign said
    r"and(?=\s{1,2}(?:the\s{1,2})?(?:at|@)[\s-]{1,2}(?:sign|symbol))|"
    r"luego|puis|depois)[,;]?\s{1,3}(?:(?:the\s{1,2})?(?:at|@)[\s-]{1,2}(?P<sign2>sign|symbol)"
    r"[,;]?\s{1,3}(?:and\s{1,2})?(?:then\s{1,3})?)?@?"
    r"(?P<dom>[a-z0-9][a-z0-9-]{0,62}(?:(?:\.|,?\s{1,2}\(?\s{0,2}full\s{1,2}stop\s{0,2}\)?,?"
    r"\s{1,2})[a-z0-9-]{1,63}){0,3})"
    r"\b")
# "at outlook, so tanyaberg": the provider, then the user name introduced after a comma.
_PROVIDER_SO = re.compile(
    r"(?i)(?:\bat|@)\s{0,2}(?:gmail|hotmail|yahoo|outlook|icloud|gmx|proton(?:mail)?|yandex|aol|"
    r"fastmail|zoho|posteo)\b[,;:]?\s{0,3}(?:so|i\.?e\.?|that'?s|which\s{1,2}is|namely|"
    r"meaning)\s{1,3}([a-z]\s{0,2}\+\s{0,2}[a-z][a-z0-9._+-]{2,63}|[a-z][a-z0-9._+-]{3,63})")
# "bei gmx, also lena.hoffmann", "en gmail, o sea carla_ruiz": the provider after any
# preposition, then a connecting word and a user name with a dot, digit or underscore.
_PROVIDER_THEN_USER = re.compile(
    r"(?i)(?:\b(?:at|bei|en|no|na|chez|on|in|em|auf|sur|con|com|mit|via|über|uber)|@)\s{1,2}"
    r"(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|gmx|web\.de|t-online|proton(?:mail)?|"
    r"yandex|aol|fastmail|zoho|posteo|orange|free|laposte|sapo)\b(?:[,;:]?\s{0,3}(?:also|d\.\s?h\.|"
    r"das\s{1,2}hei(?:ß|ss)t|es\s{1,2}decir|o\s{1,2}sea|c'est-[àa]-dire|donc|ou\s{1,2}seja|"
    r"quer\s{1,2}dizer|so|i\.?e\.?|that'?s|namely)[,:]?\s{1,3}|"
    # "write me on hotmail (lena.fox)": the user name in brackets after the provider
    r"\s{0,2}[(\[]\s{0,2}(?=[a-z][\w.]{2,60}\s{0,2}[)\]]))"
    r"([a-z]{2}[a-z0-9]{0,29}(?:[._][a-z][a-z0-9]{0,29}){1,3}|[a-z]{3,30}\d{1,4})(?![\w@])")
# "my gmail is just first name and surname, no dots: tomas ferreira", "mi correo es nombre y
# apellido juntos, lucia benitez": the mailbox said to be a full name, then the name itself.
_FULL_NAME_BOX = re.compile(
    r"(?i)\b(?:first(?:\s?name)?|vorname\w{0,2}|nombre|pr[ée]nom|nome)\b[^.!?\n]{0,25}?\b"
    r"(?:last\s?name|"
    r"surname|nachname\w{0,2}|apellidos?|nom(?:\s{1,2}de\s{1,2}famille)?|sobrenome|apelido)\b"
    r"[^.!?\n:\u2014\u2013]{0,40}?[,:\u2014\u2013\-]\s{0,3}((?P<first>[a-z\u00e0-\u00ff]{2,20})"
    # "chloe and then brannigan", "annabelle then whitfield": the two parts joined in words
    r"(?:[ \t]{1,2}(?:and[ \t]{1,2}then|then|plus|and|\+|&|y|e|und|dann|puis|luego|depois|"
    r"et|y[ \t]{1,2}luego|e[ \t]{1,2}depois|und[ \t]{1,2}dann|et[ \t]{1,2}puis))?"
    r"[ \t]{1,2}(?P<last>[a-z\u00e0-\u00ff]{2,20}))(?=\s{0,3}(?:$|[,;!?)\n]|\.(?:\s|$)))")
# "Check the spelling: O-K-A-F-O-R": the user name spelled letter by letter.
_SPELLED_HINTS = any_of(("spell", "buchstabier", "deletre", "epel", "\u00e9pel", "soletr"))
_SPELLED = re.compile(r"(?<![\w-])(?:[A-Za-z][-\u2010\u2011][ \t]?){3,}[A-Za-z](?![\w-])")


def _described(views: Views) -> list[Finding]:
    out: list[Finding] = []
    canon = views.canon
    text = canon.text
    for m in _DESCRIBED_AT_LC.finditer(text, views.canon_lower):
        user = m.group(1).rstrip(".-")
        domain = re.sub(r",?\s{1,2}\(?\s{0,2}full\s{1,2}stop\s{0,2}\)?,?\s{1,2}", ".",
                        m.group("dom").lower())
        if "." not in domain:  # "tmoreau at-sign fastmail": a provider needs the sign said
            if ((m.group("sign") or m.group("sign2") or m.group("sign3")) and domain in PROVIDERS
                    and user.lower() not in COMMON):
                out.append(Finding("email", *canon.span(m.start(1), m.end("dom")),
                                   "email address"))
            continue
        reg = split_domain(domain)[0]
        if not reg or user.lower() in COMMON:
            continue
        distinct = any(c.isdigit() or c in "._" for c in user)
        if reg.split(".", 1)[0] not in PROVIDERS and not distinct and not (
                m.group("sign") or m.group("sign2")):
            continue  # "the at sign" said: the word before it is the user part
        out.append(Finding("email", *canon.span(m.start(1), m.end("dom")), "email address"))
    folded = views.folded
    if "-" in folded.text and _SPELLED_HINTS.search(views.lower):
        for m in _SPELLED.finditer(folded.text):
            out.append(Finding("email", *folded.span(m.start(), m.end()), "spelled user name"))
    if "," in folded.text or ":" in folded.text or " " in folded.text:
        for m in _PROVIDER_THEN_USER_LC.finditer(folded.text, views.lower):
            if m.group(1).rsplit(".", 1)[-1].lower() in _FILE_EXTS:
                continue  # "on outlook, i.e. report.pdf": a file named
            out.append(Finding("email", *folded.span(m.start(1), m.end(1)), "mail user name"))
    for m in _PROVIDER_SO_LC.finditer(folded.text, views.lower):
        user = m.group(1).rstrip(".-_")
        if user.lower() not in COMMON:
            out.append(Finding("email", *folded.span(m.start(1), m.start(1) + len(user)),
                               "mail user name"))
    return out


def _full_name_box(views: Views) -> list[Finding]:
    folded = views.folded
    out = []
    for m in _FULL_NAME_BOX.finditer(folded.text):
        words = (m.group("first").lower(), m.group("last").lower())
        if any(w in COMMON for w in words):
            continue  # "first name and surname, like the form says"
        out.append(Finding("email", *folded.span(m.start(1), m.end(1)), "mail user name"))
    return out


# "gabrielle point tremblay arobas videotron point ca", "rodrigo punto izaguirre punto mx en el
# de Microsoft", "marcus d underscore reyes 91": a mailbox whose dots and underscores are said
# as words, near a mail word, a provider or a spoken '@'.
_SPOKEN_SEP = (r"(?:dot|point|punto|punkt|ponto|underscore|unterstrich|underline|sublinhado|"
               r"(?:gui[oó]n|tiret|tra[cç]o|barra)\s{1,2}(?:bajo|bas|baixo|baja)|"
               # "lena hyphen marsh": a hyphen said as a word
               r"hyphen|dash|bindestrich|gui[oó]n|tiret|h[ií]fen|tra[cç]o)")
_SPOKEN_BOX = re.compile(  # run on the lowercased view
    # "lucie, tiret bas, perrin, arobase ...": each piece dictated between commas
    r"(?<![\w@.'\u2019-])([a-z][a-z0-9]{0,23}(?:,?\s{1,2}" + _SPOKEN_SEP
    + r",?\s{1,2}[a-z0-9]{1,24}){1,4}(?:\s{1,2}\d{1,4}(?![\w.]))?)"
    r"(?:,?\s{1,2}(?:arobas|arrobas|arobase|arroba|at)\s{1,2}([a-z0-9][a-z0-9-]{1,62}(?:(?:\.|\s{1,2}"
    + _SPOKEN_SEP + r"\s{1,2})[a-z]{2,6}){1,2})\b)?")
_SPOKEN_CUE = re.compile(
    r"(?i)\b(?:e-?mail\w{0,2}|mail|addy|address|adresse|correo|courriel|direcci[oó]n|"
    r"endere[cç]o|arobas|arrobas|arobase|arroba|at\s{1,2}sign|google|microsoft|apple)\b|@")
# One of these is in every cue, lowercased: without one the search cannot find anything
_SPOKEN_CUE_HINTS = ("mail", "addy", "dres", "correo", "courriel", "direcci", "endere", "arob",
                     "arroba", "sign", "google", "microsoft", "apple", "@")
_SEP_WORD = re.compile(r"(?i),?\s{1,2}" + _SPOKEN_SEP + r",?\s{1,2}")
# "on the big G's mail" / "beim großen G lautet felixhartung.3d": the mail word, the provider
# described, then what the address is.
_MAIL_DESCRIBED_IS = re.compile(  # run on the lowercased view
    r"\b(?:e-?mail|mail|addy|address|adresse|mailadresse|correo|courriel|direcci[oó]n|"
    r"endere[cç]o)\b([^.!?\n:@]{2,40}?)(?:\s(?:lautet|ist|is|es|est|é|c'est)|\s{0,2}:)\s{1,3}"
    r"([a-z][a-z0-9._+-]{2,63})")
_PROVIDER_DESCRIBED = re.compile(
    r"(?i)\b(?:gro(?:ß|ss)en\s{1,2}g|big\s{1,2}g|g\s{1,2}grande|google|microsoft|apple|gmail|g-mail|yahoo|"
    r"hotmail|outlook|icloud|gmx|proton\w*|web\.de|t-online)\b")
# "email's jkwasniewski on the big G's mail": the mail word says what the name is.
_MAIL_IS_BEFORE = re.compile(
    r"(?i)\b(?:e-?mail|mail|addy|address|correo|courriel|adresse)(?:'s|\u2019s|\s{1,2}(?:is|es|"
    r"est|ist|é)|\s{0,2}:)\s{1,2}$")


_SPOKEN_TAIL = re.compile(r"(?:\s{1,2}" + _SPOKEN_SEP + r"\s{1,2}[a-z0-9]{1,24}){1,4}"
                          r"(?:\s{1,2}\d{1,4}(?![\w.]))?")
_SPOKEN_WORDS = frozenset({"dot", "point", "punto", "punkt", "ponto", "underscore", "unterstrich",
                           "underline", "sublinhado", "hyphen", "dash", "bindestrich"})
_SEP_HINTS = any_of(("dot", "point", "punt", "punkt", "ponto", "undersc", "underl",
                     "unterstrich", "sublinhado", "gui", "tiret", "tra\u00e7o", "traco", "barra",
                     "hyphen", "dash", "bindestrich", "hifen", "h\u00edfen"))


def _spoken_box(views: Views) -> list[Finding]:
    low = views.lower
    if _SEP_HINTS.search(low) is None:
        return []
    cue = any(h in low for h in _SPOKEN_CUE_HINTS) and _SPOKEN_CUE.search(low) is not None
    if not cue and not _mentions_provider(low):
        return []
    folded = views.folded
    out = []
    for m in _SPOKEN_BOX.finditer(low):
        if not cue and (m.group(2) is None or m.group(2).split()[0].split(".")[0]
                        not in PROVIDERS):
            continue  # "lena hyphen marsh at hotmail dot co dot uk": a provider said after "at"
        words = [w.lower() for w in _SEP_WORD.split(m.group(1)) for w in w.split()]
        if (any(len(w) > 1 and not w.isdigit() and w in COMMON for w in words)
                or not any(sum(c.isalpha() for c in w) >= 3 for w in words)):
            continue
        near = low[max(0, m.start() - 60):m.end() + 50]
        if m.group(2) is None and (_SPOKEN_CUE.search(near) is None
                                   or not _mentions_provider(near) and "@" not in near
                                   and not _MAIL_WORD_NEAR.search(near)):
            continue
        out.append(Finding("email", *folded.span(m.start(), m.end()), "spoken email address"))
    return out


# "email is stefan wagner at t online dot de, no dot between the names": a mailbox said as
# two or three words to be joined, right after the mail word, then "at" a provider or a domain
# (a provider's name said with a space: "t online", "g mail").
_SPOKEN_PROVIDER = (r"(?:g[ \t-]?mail|gmx|t[ \t-]{0,2}online|hotmail|yahoo|outlook|icloud|aol|"
                    r"posteo|freenet|arcor|laposte|wanadoo|libero|uol|proton(?:mail)?|fastmail|"
                    r"yandex|zoho|bluewin)")
_SPOKEN_DOT = r"(?:\s{1,2}(?:dot|punkt|punto|point|ponto)\s{1,2}|\.)"
# "my email is lena hart 77 on gmail, all joined": the words of the mailbox, the provider, and
# only then the rule that joins them. Run on the lowercased view.
_GIVEN_WORDS_RULE = re.compile(
    r"\b(?:e-?mail|mail|correo|courriel|adresse|address|addy|mailadresse)(?:'s|\s{0,2}:|\s{1,2}"
    r"(?:is|es|est|ist|[eé]|lautet|c'est))\s{1,3}"
    r"([a-z][a-z0-9]{1,24}(?:[ \t]{1,2}[a-z0-9]{1,24}){1,3})\s{1,2}(?:at|on|en|em|no|na|bei|chez|"
    r"auf|sur|@)\s{1,2}(?:the\s{1,2})?" + _SPOKEN_PROVIDER + r"\b\s{0,2}[,(\-\u2013\u2014]?\s{0,2}"
    r"(?:(?:all\s{1,2}|alles\s{1,2}|todo\s{1,2}|tudo\s{1,2}|tout\s{1,2})?(?:joined(?:\s{1,2}up)?|"
    r"together|one\s{1,2}word|zusammen(?:geschrieben)?|junt[oa]s?|attach[ée]s?|coll[ée]s?|"
    r"pegad[oa]s?)|(?:with\s{1,2})?no\s{1,2}spaces?|without\s{1,2}spaces?|sin\s{1,2}espacios?|"
    r"ohne\s{1,2}leerzeichen|sans\s{1,2}espaces?|sem\s{1,2}espa[cç]os?)\b")
_WORDS_AT = re.compile(  # run on the lowercased view
    r"\b(?:e-?mail|mail|mailadresse|e-?mail-adresse|correo|courriel|addy)"
    r"(?:\s{1,2}(?:address|adresse))?(?P<is>'s|\u2019s|\s{0,2}:|\s{1,2}(?:is|ist|lautet|es|"
    r"est|[eé]|c'est))?(?(is)|\s{1,2}(?:me|to|an|a|[aà]))\s{1,3}"
    r"([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'\-]{1,24}(?:[ \t]{1,2}[a-z\u00e0-\u00ff]"
    r"[a-z\u00e0-\u00ff'\-]{1,24}){0,2})\s{1,2}(?:at|@|bei|chez|arroba|arobase|auf)\s{1,2}"
    r"(?P<dom>(?:" + _SPOKEN_PROVIDER + r"\b|[a-z0-9][a-z0-9\-]{1,30}(?=" + _SPOKEN_DOT
    + r"[a-z]))(?:" + _SPOKEN_DOT + r"[a-z]{2,6}\b){0,2})")
_DOT_WORDS = re.compile(r"\s{1,2}(?:dot|punkt|punto|point|ponto)\s{1,2}")


# "sabine.lang, dann das Klammeraffen-Zeichen, t-online.de", "julien_web suivi de l'arobase et
# laposte.net": the '@' said as a phrase of its own between the user part and the domain, which
# the normalizer leaves as words. Run on the lowercased folded view.
_AT_SAID = (r"(?:(?:the|an?|das|der|ein|el|la|una?|l'|le|o|um)\s{0,2})?(?:(?:at|@)[\s-]{0,2}"
            r"(?:sign|symbol|zeichen)|klammeraffe\w{0,3}(?:[\s-]{0,2}zeichen)?|"
            r"(?:(?:signe|s[ií]mbolo)\s{1,2}(?:de\s{1,2})?(?:l'|la\s{1,2}|da\s{1,2}|o\s{1,2})?)?"
            r"(?:arobase|arroba)|at-zeichen)")
_AT_PHRASE = re.compile(
    r"(?<![\w@.])([a-z0-9][a-z0-9._\-]{1,40}[a-z0-9])\s{0,3}(?:[,:\u2014\u2013\-]\s{0,3})?"
    r"(?:(?:and|und|et|y|e)\s{1,2})?(?:(?:then|dann|danach|puis|ensuite|luego|despu[eé]s|depois|"
    r"followed\s{1,2}by|suivi\s{1,2}de|seguid[oa]\s{1,2}de|gefolgt\s{1,2}von|seguido\s{1,2}"
    r"d[ae])\s{1,3})?" + _AT_SAID + r"\s{0,3}(?:[,:\u2014\u2013\-]\s{0,3})?"
    r"(?:(?:and|und|et|y|e)\s{1,2})?(?:(?:then|dann|danach|puis|ensuite|luego|despu[eé]s|"
    r"depois)\s{1,3})?([a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,62}){1,3})\b(?![.\-@]\w)")
_AT_SAID_HINTS = any_of(("klammeraffe", "zeichen", "sign", "symbol", "simbolo", "arobase",
                         "arroba", "suivi", "seguid", "followed", "gefolgt"))
# "k, e, v, i, n, dot, m, a, r, s, h at icloud": the user part dictated one character at a time
# between commas, then "at" a provider or a domain.
_COMMA_SPELLED = re.compile(
    r"(?<![\w,])((?:(?:[a-z0-9]|dot|punto|punkt|point|ponto|underscore|unterstrich|dash|tiret|"
    r"guion|h[ií]fen),\s{1,2}){3,40}[a-z0-9]),?\s{1,2}(?:at|@|arroba|arobase|bei|chez|no|na|em|"
    r"en|on)\s{1,2}(" + _SPOKEN_PROVIDER + r"\b|[a-z0-9][a-z0-9\-]{1,40}\.[a-z]{2,6}\b)")
# "ben at brightbeanroasters com" after a mail word: a plain name, "at" a long domain name and
# its ending after a space for the dot, closing the phrase
_WORD_SPACE_DOT = re.compile(
    r"(?<![\w@.])([a-z0-9][a-z0-9._\-]{1,40})\s{1,2}(?:at|arroba|arobase|bei|chez)\s{1,2}"
    r"([a-z0-9]{7,40})\s{1,2}(com|net|org|de|fr|es|pt|nl|be|ch|at|it|io|co\s{1,2}uk|com\s{1,2}br)"
    r"(?=\s{0,2}(?:$|[,;!?)\n]|\.(?:\s|$)|\s(?:please|pls|thanks|bitte|danke|merci|gracias|"
    r"por\s{1,2}favor|obrigad[oa])\b))")


def _said_parts(views: Views) -> list[Finding]:
    """Mailboxes whose '@' or dots are said in a way the normalizer leaves as words."""
    low = views.lower
    folded = views.folded
    out = []
    if _AT_SAID_HINTS.search(low):
        for m in _AT_PHRASE.finditer(low):
            user, domain = m.group(1), m.group(2)
            if (user in COMMON or not split_domain(domain)[1] or is_reserved(domain)
                    or domain.rsplit(".", 1)[-1] in _FILE_EXTS):
                continue
            out.append(Finding("email", *folded.span(m.start(1), m.end(2)),
                               "spoken email address"))
    if low.count(", ") >= 3:
        for m in _COMMA_SPELLED.finditer(low):
            if "." in m.group(2) and (not split_domain(m.group(2))[1]
                                      or is_reserved(m.group(2))):
                continue
            out.append(Finding("email", *folded.span(m.start(1), m.end(2)),
                               "spelled email address"))
    if ((" at " in low or " bei " in low or " chez " in low or "arob" in low
            or "arroba" in low) and any(h in low for h in _MAIL_WORD_HINTS)
            and _MAIL_WORD.search(low)):
        for m in _WORD_SPACE_DOT.finditer(low):
            suffix = " ".join(m.group(3).split()).replace(" ", ".")
            if (m.group(2) in COMMON or m.group(2) in PROVIDERS
                    or not split_domain(f"{m.group(2)}.{suffix}")[1]):
                continue
            start = m.start(2) if m.group(1) in COMMON else m.start(1)
            out.append(Finding("email", *folded.span(start, m.end()), "spoken email address"))
    return out


def _words_at(views: Views) -> list[Finding]:
    low = views.lower
    out = []
    for m in _WORDS_AT.finditer(low):
        words = m.group(2).split()
        if any(w in COMMON or w in _FORMAT_WORDS or w in _PLACEHOLDER_PARTS for w in words):
            continue  # "email is my name at gmail", "mail: first name at web dot de"
        if not any(len(w) >= 3 for w in words) or (len(words) == 1 and not m.group("is")):
            continue  # "email me directly at gmail": one word needs "email is" before it
        dom = _DOT_WORDS.sub(".", m.group("dom")).replace(" ", "").replace("\t", "")
        if "." in dom and not split_domain(dom)[1]:
            continue  # "mail to anna at noon.so"
        out.append(Finding("email", *views.folded.span(m.start(2), m.end()),
                           "spoken email address"))
    return out


_MAIL_WORD_NEAR = re.compile(r"(?i)\b(?:e-?mail\w{0,2}|addy|correo|courriel|mail|adresse|"
                             r"arobas|arrobas|arobase|arroba|microsoft|google)\b")


_DESCRIBED_GATE = any_of(("gro\u00dfen g", "grossen g", "big g", "g grande", "google",
                          "microsoft", "apple", "gmail", "g-mail", "yahoo", "hotmail",
                          "outlook", "icloud", "gmx", "proton", "web.de", "t-online"))


def _mail_described(views: Views) -> list[Finding]:
    low = views.lower
    # Exact pre-check: each gate word not listed here contains a provider hint
    if not (_mentions_provider(low) or "big g" in low or "en g" in low or "google" in low
            or "g grande" in low
            or "microsoft" in low or "apple" in low) or _DESCRIBED_GATE.search(low) is None:
        return []
    folded = views.folded
    out = []
    for m in _MAIL_DESCRIBED_IS.finditer(low):
        user = m.group(2).rstrip(".-_")
        if (_PROVIDER_DESCRIBED.search(m.group(1)) and user.lower() not in COMMON
                and any(c.isdigit() or c in "._" for c in user.strip("._"))
                and user.rsplit(".", 1)[-1].lower() not in _FILE_EXTS
                and "@" not in folded.text[m.end(2):m.end(2) + 1]):
            out.append(Finding("email", *folded.span(m.start(2), m.start(2) + len(user)),
                               "mail user name"))
    return out


# Run over the lowercased text (see caseless.py).
(_MAIL_WORD_LC, _PROVIDER_COLON_LC, _MAIL_COLON_LC, _NAME_IS_LC, _IS_THE_NAME_LC, _PROVIDER_AS_LC,
 _USER_AT_DESCRIBED_LC, _USER_THEN_PROVIDER_LC, _JOINED_WORDS_LC, _DESCRIBED_AT_LC,
 _PROVIDER_SO_LC, _NAMED_LC, _PROVIDER_THEN_USER_LC) = (Caseless(rx) for rx in (
    _MAIL_WORD, _PROVIDER_COLON, _MAIL_COLON, _NAME_IS, _IS_THE_NAME, _PROVIDER_AS,
    _USER_AT_DESCRIBED, _USER_THEN_PROVIDER, _JOINED_WORDS, _DESCRIBED_AT, _PROVIDER_SO, _NAMED,
    _PROVIDER_THEN_USER))


# Words that describe how a mailbox is built rather than give it.
_FORMAT_WORDS = frozenset({"first", "initial", "initials", "inicial", "iniciales", "primera",
                           "primer", "erste", "erster", "ersten", "premiere", "premier",
                           "initiale", "primeira", "primeiro", "letra", "lettre", "buchstabe",
                           "surname", "apellido", "nachname", "sobrenome", "lastname"})
_INITIAL = (r"(?:initial|inicial|initiale|anfangsbuchstabe|buchstabe|letra|lettre|"
            r"primeira\s{1,2}letra)\w{0,2}")
_FAMILY = (r"(?:surname|last\s{0,2}name|family\s{1,2}name|apellido|nachname|familienname|"
           r"nom\s{1,2}de\s{1,2}famille|nom|sobrenome|apelido)")
# "my gmail is first initial plus surname: j, then kowalski", "inicial del nombre y apellido:
# f + quintana": the mailbox described by its parts, then the parts given.
_PARTS_GIVEN = re.compile(
    r"\b(?:" + _INITIAL + r"\b[^.!?\n:]{0,40}?\b" + _FAMILY + r"|" + _FAMILY
    + r"\b[^.!?\n:]{0,40}?\b" + _INITIAL + r")\b\s{0,3}[:=\u2192\u2013\u2014]\s{0,3}"
    r"([a-z][a-z'\-]{0,20}(?:\s{0,3}(?:,|\+|&|\.|plus|then|and|y|e|und|et|dann|puis|luego|"
    r"depois|after|danach)\s{0,3}){1,3}[a-z][a-z'\-]{0,30})")
_PARTS_HINTS = ("initial", "inicial", "buchstabe", "letra", "lettre")


def _parts_given(views: Views) -> list[Finding]:
    low = views.lower
    if not (_mentions_provider(low) or "correo" in low or "courriel" in low) or not any(
            h in low for h in _PARTS_HINTS):
        return []
    return [Finding("email", *views.folded.span(m.start(1), m.end(1)), "mail user name")
            for m in _PARTS_GIVEN.finditer(low)]


# "my email is my surname at gmail, surname's Okafor", "meine Mail ist mein Nachname bei gmx,
# also weber1979": the mailbox said to be the family name, then the name itself.
_FAMILY_AT = re.compile(
    r"\b(?:my|mein\w?|mi|mon|meu|o\s{1,2}meu)\s{1,2}(?:just\s{1,2}|only\s{1,2})?" + _FAMILY
    + r"\b[^.!?\n]{0,25}?(?:@|\bat\b|\bbei\b|\ben\b|\bchez\b|\bno\b|\bem\b|\bauf\b|\+)")
_FAMILY_VALUE = re.compile(
    r"(?:\b(?:surname|last\s{1,2}name|family\s{1,2}name|nachname|apellido|nom|sobrenome|apelido)"
    r"(?:'s|\s{1,2}(?:is|ist|es|est|[eé]|c'est|lautet))|\b(?:also|so|i\.?e\.?|o\s{1,2}sea|donc|"
    r"d\.\s?h\.|ou\s{1,2}seja|namely|that'?s|which\s{1,2}is|c'est|sprich|es\s{1,2}decir))"
    r"\s{0,2}:?\s{0,2}([a-z][a-z'\-]{2,30}\d{0,4})\b")
_FAMILY_HINTS = ("surname", "last name", "family name", "apellido", "nachname", "familienname",
                 "nom de famille", "sobrenome", "apelido")


def _family_given(views: Views) -> list[Finding]:
    low = views.lower
    if not (_mentions_provider(low) or "correo" in low or "courriel" in low) or not any(
            h in low for h in _FAMILY_HINTS):
        return []
    m = _FAMILY_AT.search(low)
    if m is None:
        return []
    return [Finding("email", *views.folded.span(v.start(1), v.end(1)), "mail user name")
            for v in _FAMILY_VALUE.finditer(low, m.end(), m.end() + 100)
            if v.group(1) not in COMMON]


# "my gmail is the same as my username minus the numbers, so tomasvreeland", "Die Mail ist
# Vorname.Nachname bei GMX, also sabine.kuehn", "first name dot last name at outlook. priya dot
# raghunathan": the mailbox described by its shape, then the value itself.
_SHAPE = re.compile(
    r"\b(?:(?:first|last|full|sur|user|family)\s?name|vorname|nachname|benutzername|"
    r"(?:meu|mi|mon|mein(?:en)?|my)\s{1,2}(?:nome|nombre|nom|namen?|usu[aá]rio|usuario)|"
    r"pr[ée]nom|apellido|sobrenome|same\s{1,2}as|igual\s{1,2}(?:a|ao|[aà]|que)|"
    r"mismo\s{1,2}que|mesmo\s{1,2}(?:que|do|da)|"
    r"(?:tudo|todo|all)\s{1,2}(?:junto|together)|initials|iniciales|iniciais|initiales)\b")
_SHAPE_HINTS = re.compile("nam|nom|same|igual|mismo|mesmo|junto|together|initial|inicia|usu")
_SHAPE_INTRO = (r"so|also|i\.?e\.?|that'?s|which\s{1,2}is|namely|basically|ent[aã]o|"
                r"ou\s{1,2}seja|o\s{1,2}sea|es\s{1,2}decir|donc|alors|sprich|n[aä]mlich|d\.\s?h\.")
_SHAPE_VALUE = re.compile(
    r"(?:[,;:\u2014\u2013]|\s-|\.(?=\s))\s{0,3}(?:(" + _SHAPE_INTRO + r")\s{1,3})?"
    r"([a-z][a-z0-9_]{1,30}(?:(?:\.|\s{1,2}(?:dot|punto|ponto|punkt|point)\s{1,2}|[_-])"
    r"[a-z0-9]{1,30}){0,3}((?:\s(?!basically\b|you\s)[a-z][a-z'\-]{1,30}){0,2}))"
    r"(?=\s{0,3}(?:$|[,;!?)\n\u2014\u2013]|\.(?:\s|$)|\s-\s|(?:basically|you\s{1,2}know)\b))")
# Words that say how the name is written, and the template words themselves.
_SHAPE_WORDS = frozenset({"lowercase", "uppercase", "capitals", "lowercased", "minusculas",
                          "mayusculas", "minusculo", "kleinbuchstaben",
                          "kleingeschrieben", "minuscules", "majuscules", "obviously",
                          "vorname", "nachname", "nome", "sobrenome", "nombre", "apellido",
                          "prenom", "nom", "firstname", "lastname", "surname", "initials",
                          "basically", "normally", "usually", "tudo", "todo", "junto"})


def _shape_value(views: Views) -> list[Finding]:
    low = views.lower
    out = []
    for shape in _SHAPE.finditer(low):
        mail = _MAIL_WORD_LC.found(low, max(0, shape.start() - 80), shape.start() + 60)
        if not mail and not _mentions_provider(low[max(0, shape.start() - 80):
                                                       shape.end() + 60]):
            continue
        for v in _SHAPE_VALUE.finditer(low, shape.end(), shape.end() + 120):
            value = v.group(2)
            parts = [w for w in re.split(r"[._\-\s]+", value)
                     if w not in ("dot", "punto", "ponto", "punkt", "point")]
            joined = "".join(parts)
            if (len(joined) < 5 or all(w in COMMON or w in _SHAPE_WORDS for w in parts)
                    or joined in PROVIDERS or joined in _PROVIDER_WORDS):
                continue
            if not v.group(1) and len(parts) == 1 and len(joined) < 8:
                continue  # a bare comma and a short word: not clearly the name itself
            words = views.folded.text[v.start(2):v.end(2)].split()
            if v.group(3) and not all(w[:1].isupper() and w.lower() not in COMMON
                                          for w in words):
                continue  # "— like most people": words, not the name ("— Gerald Pomfrey")
            out.append(Finding("email", *views.folded.span(v.start(2), v.end(2)),
                               "mail user name"))
            break
        if out:
            break
    return out


# "my email is basically 'rosaliemix'", "📧 benhartleyphoto 📍 gmail": the user part quoted
# after a mail word, or after a mail emoji standing for the word.
_QUOTED_MAIL = re.compile(
    r"(?:\b(?:e-?mail|g-?mail|mail|correo|courriel|mailadresse|e-?mail-adresse)(?:\s{1,2}"
    r"address)?\s{1,3}(?:is|es|ist|est|é|e|c'est|:)\s{1,3}(?:(?:basically|just|simply|"
    r"literally|actually|b[aá]sicamente|einfach|juste|simplement|s[oó]|apenas)\s{1,3})?"
    r"['\"\u2018\u201c\u00ab]\s{0,2}|(?:\U0001f4e7|\u2709\ufe0f?|\U0001f4e8|\U0001f4e9)"
    r"\s{0,3}:?\s{0,3})([a-z][a-z0-9._+-]{3,63})")
# "samwise_g plus the usual g-mail ending": the provider's part named, not written; found
# from the provider's part back to the user name before it
_PROVIDER_PART = re.compile(
    r"\s(?:plus|then|and|with|\+)\s{1,3}(?:the\s{1,2}|a\s{1,2})?(?:usual\s{1,2}|"
    r"normal\s{1,2}|standard\s{1,2}|regular\s{1,2})?(?:gmail|g-mail|hotmail|yahoo|outlook|"
    r"icloud|gmx|proton(?:mail)?|fastmail)\s{1,2}(?:ending|bit|part|domain|suffix|thing|"
    r"address|one)\b")
_PART_WORDS = ("ending", " bit", " part", "domain", "suffix", "thing", "address", " one")
_USER_BEFORE = re.compile(r"(?<![\w@.])([a-z][a-z0-9._+-]{2,63})\s{0,2}$")
_QUOTES = re.compile("['\"\u2018\u201c\u00ab\U0001f4e7\u2709\U0001f4e8\U0001f4e9]")


def _quoted_mail(views: Views, provider: bool) -> list[Finding]:
    low = views.lower
    out = []
    found = list(_QUOTED_MAIL.finditer(low)) if _QUOTES.search(low) else []
    parts = _PROVIDER_PART.finditer(low) if provider and any(
        w in low for w in _PART_WORDS) else ()
    for part in parts:
        user = _USER_BEFORE.search(low, max(0, part.start() - 66), part.start())
        if user:
            found.append(user)
    for m in found:
        user = m.group(1).rstrip(".-")
        if user in COMMON or user in _PROVIDER_WORDS:
            continue
        if m.re is _QUOTED_MAIL and not m.group().startswith(tuple("emgc")) and not (
                provider or any(c.isdigit() or c in "._" for c in user)):
            continue  # a mail emoji then a plain word: needs a provider named too
        out.append(Finding("email", *views.folded.span(m.start(1), m.start(1) + len(user)),
                           "mail user name"))
    return out


# "ar, at, brindlebakery, dot, com": an address dictated piece by piece, a comma after each.
# Run on the lowercased view.
_COMMA_DICTATED = re.compile(
    r"(?<![\w@.])([a-z0-9][a-z0-9._\-]{0,40}),\s{1,2}(?:at|arrobas?|arobase|arobas|bei|chez|@),"
    r"\s{1,2}([a-z0-9][a-z0-9\-]{1,62}),\s{1,2}(?:dot|punto|punkt|point|ponto),\s{1,2}"
    r"([a-z]{2,6})\b(?![.\-@]\w)")
# "kontakt at atelier-brandt de": a hyphenated name, and its country ending after a space
# for the dot, closing the phrase
_SPACE_FOR_DOT = re.compile(
    r"(?<![\w@.])([a-z0-9][a-z0-9._\-]{1,40})\s{1,2}(?:at|arroba|arobase|bei|chez)\s{1,2}"
    r"([a-z0-9]{2,30}(?:-[a-z0-9]{2,30}){1,3})\s{1,2}(de|at|ch|fr|es|nl|be|it|pt|uk|com|net|org)"
    r"(?=\s{0,2}(?:$|[,;!?)\n]|\.(?:\s|$)))")


# "belege at mailbox org", "lena-h at posteo de": a mail host that the normalizer does not
# know, and its ending after a space for the dot, closing the phrase
_MAIL_HOSTS = (r"mailbox|posteo|arcor|bluewin|runbox|mailfence|hushmail|startmail|seznam|"
               r"tiscali|btinternet|talktalk|virginmedia|sapo|netcabo|ziggo|telenet|skynet|"
               r"kpnmail|vodafone|virgilio|sfr|tutanota|tuta|freenet|gmx|t-online")
_HOST_SPACE_DOT = re.compile(
    r"(?<![\w@.])([a-z0-9][a-z0-9._\-]{1,40})\s{1,2}(?:at|arroba|arobase|bei|chez)\s{1,2}"
    r"(" + _MAIL_HOSTS + r")\s{1,2}(de|at|ch|fr|es|nl|be|it|pt|uk|com|net|org|io|eu|cz)"
    r"(?=\s{0,2}(?:$|[,;!?)\n]|\.(?:\s|$)|\s(?:please|pls|thanks|bitte|danke|merci|gracias|"
    r"por\s{1,2}favor|obrigad[oa])\b))")
_HOST_HINTS = any_of(("mailbox", "posteo", "arcor", "bluewin", "runbox", "mailfence",
                      "hushmail", "startmail", "seznam", "tiscali", "btinternet", "talktalk",
                      "virginmedia", "sapo", "netcabo", "ziggo", "telenet", "skynet", "kpnmail",
                      "vodafone", "virgilio", "sfr", "tuta", "freenet", "gmx",
                      "t-online"))


_DICTATED_HINTS = any_of((", at,", ", arroba,", ", arrobas,", ", arobase,", ", arobas,",
                          ", bei,", ", chez,", ", @,"))


# "k.vandermeer at the firm's domain, vandermeerlegal.nl", "tamsin at my company's site,
# eastbrookhomes dot com": the user part, "at" a domain described, then the domain itself.
# Run on the lowercased canonical view (spelled-out letters joined).
_AT_DOMAIN_DESCRIBED = re.compile(
    r"(?<![\w@.])([a-z][a-z0-9._\-]{1,40})\s{1,2}(?:at|@|bei|chez|arroba|arobase)\s{1,2}"
    r"(?:the|my|our|his|her|their|el|la|mi|nuestra|die|der|meiner?|unserer?|le|mon|ma|notre|"
    r"o|a|meu|minha|nossa)\s{1,2}(?:[\w'\u2019]{1,20}\s{1,2}){0,2}?(?:domain|site|website|"
    r"address|dominio|dom[ií]nio|domaine|web|seite|webseite|adresse|site\s{1,2}web)"
    r"[,:\s\-\u2013\u2014(]{1,4}(?:which\s{1,2}is\s{1,2}|i\.e\.\s{1,2}|also\s{1,2})?"
    r"[a-z0-9][a-z0-9\-]{1,62}(?:\.|\s{1,2}(?:dot|punto|punkt|point|ponto)\s{1,2})[a-z]{2,6}\b")


# "lenaplaster then 31 at hotmail", "sam, then kowal, then the number 3, all together, at
# yahoo", "'stillwater' then the number 7 twice, on proton mail": the mailbox given in pieces
# joined by "then", before the provider. Run on the lowercased view.
_THEN_PIECE = (r"(?:,?\s{1,2}(?:and\s{1,2}|y\s{1,2}|und\s{1,2}|et\s{1,2}|e\s{1,2})?(?:then|plus|"
               r"followed\s{1,2}by|dann|danach|luego|despu[eé]s|puis|ensuite|depois|\+|"
               r"seguid[oa]\s{1,2}de|suivi[e]?\s{1,2}de|gefolgt\s{1,2}von),?\s{1,2}"
               # "then the month we met (june)": a piece described, its value in brackets
               r"(?:(?:the\s{1,2}|my\s{1,2})?[a-z]{2,12}(?:\s{1,2}[a-z'\u2019]{1,12}){0,4}"
               r"\s{0,2}\([^()\n]{1,30}\)|"
               # "marcus plus the year I was born, nineteen eighty four, at gmail": a number
               # described, then its value between commas
               r"(?:the|my|el|mi|mon|ma|le|la|das|die|mein\w{0,2}|o|a|meu|minha)\s{1,2}(?:[a-z]{2,10}"
               r"\s{1,2})?(?:year|number|digits|birthday|jahr|zahl|a[nñ]o|n[uú]mero|ann[ée]e|"
               r"ano)(?:\s{1,2}[a-z'\u2019]{1,12}){0,4},\s{1,2}[a-z0-9]{1,12}(?:\s{1,2}"
               r"[a-z0-9]{1,12}){0,3}(?=,)|"
               # "kelsey, then the year 1994, at gmail": a number said to be a year
               r"(?:(?:the\s{1,2}|die\s{1,2}|das\s{1,2}|el\s{1,2}|le\s{1,2}|l'|o\s{1,2})?"
               r"(?:number|digits?|zahl|ziffer|n[uú]mero|chiffre|nombre|year|jahr|a[nñ]o|ano|"
               r"ann[ée]e)\s{0,2})?['\"\u2018]?[a-z0-9][a-z0-9._\-]{0,30}+"
               # "seguido de tres y nueve": a number said in a few words
               r"['\"\u2019]?(?:\s{1,2}(?:twice|two\s{1,2}times|zweimal|dos\s{1,2}veces|"
               r"deux\s{1,2}fois|duas\s{1,2}vezes)|(?:\s{1,2}[a-z0-9]{1,10}){1,3}(?=,))?))")
_PIECES_AT = re.compile(
    r"(?<![\w@.])(['\"\u2018]?[a-z][a-z0-9._\-]{1,30}+['\"\u2019]?" + _THEN_PIECE + r"{1,4})"
    r"(?:,?\s{1,2}(?:all\s{1,2})?(?:together|one\s{1,2}word|no\s{1,2}spaces)|,?\s{1,2}(?:todo|"
    r"tudo)\s{1,2}junto|,?\s{1,2}(?:alles\s{1,2})?zusammen|,?\s{1,2}(?:tout\s{1,2})?attach[ée]s?)?"
    r",?\s{1,3}(?:at|@|on|bei|auf|chez|arrobas?|arobase|en|no|na|em|sur)\s{1,2}(?:the\s{1,2})?"
    r"(?:" + _SPOKEN_PROVIDER + r"|proton[ \t]mail)\b")
_PIECE_WORDS = frozenset({"then", "plus", "followed", "by", "dann", "danach", "luego", "despues",
                          "seguido", "seguida", "de", "suivi", "suivie", "gefolgt", "von",
                          "después", "puis", "ensuite", "depois", "and", "y", "und", "et", "e",
                          "the", "die", "el", "le", "o", "number", "digit", "digits", "zahl",
                          "ziffer", "numero", "número", "chiffre", "nombre", "twice", "two",
                          "year", "jahr", "año", "ano", "annee", "année", "das", "my", "mi",
                          "i", "was", "born", "birth", "birthday", "mein", "meu", "minha",
                          "times", "zweimal", "dos", "veces", "deux", "fois", "duas", "vezes"})


def _pieces_at(views: Views) -> list[Finding]:
    low = views.lower
    out = []
    for m in _PIECES_AT.finditer(low):
        words = [w.strip("'\"\u2018\u2019,+") for w in m.group(1).split()]
        names = [w for w in words if w and w not in _PIECE_WORDS]
        if not any(len(w) >= 3 and w not in COMMON for w in names) or (
                _DETERMINER_BEFORE.search(low, max(0, m.start() - 10), m.start())):
            continue  # "the invoice, then the receipt at gmail": ordinary words
        out.append(Finding("email", *views.folded.span(m.start(1), m.end(1)), "mail user name"))
    return out


def _dictated(views: Views) -> list[Finding]:
    low = views.lower
    out = []
    if _mentions_provider(low) and (  # the cached answer first: the same, and cheaper
            "then" in low or "dann" in low or "luego" in low or "puis" in low or "depois" in low
            or "plus" in low or "+" in low or "followed" in low or "seguid" in low
            or "suivi" in low or "gefolgt" in low):
        out.extend(_pieces_at(views))
    if "domain" in low or "site" in low or "domin" in low or "web" in low or "seite" in low \
            or "adress" in low or "address" in low:
        canon_low = views.canon_lower
        for m in _AT_DOMAIN_DESCRIBED.finditer(canon_low):
            user = m.group(1).rstrip(".-_")
            if user not in COMMON and len(user) >= 3:
                out.append(Finding("email", *views.canon.span(m.start(1), m.start(1) + len(user)),
                                   "mail user name"))
    found = (list(_COMMA_DICTATED.finditer(low))  # every hint starts with ", "
             if ", " in low and _DICTATED_HINTS.search(low) else [])
    if "-" in low and (" at " in low or " bei " in low or " chez " in low or "arob" in low
                       or "arroba" in low):
        found += _SPACE_FOR_DOT.finditer(low)
    if (" at " in low or " bei " in low or " chez " in low or "arob" in low
            or "arroba" in low) and _HOST_HINTS.search(low):
        found += _HOST_SPACE_DOT.finditer(low)
    for m in found:
        if not split_domain(f"{m.group(2)}.{m.group(3)}")[1]:
            continue
        # "sales" or "info" is nobody's name, but the domain is still the firm's
        start = m.start(2) if m.group(1) in COMMON else m.start(1)
        out.append(Finding("email", *views.folded.span(start, m.end()),
                           "spoken email address"))
    return out


# "quick riddle for my email: the colour of the sky, then 77, at gmail": the mailbox given as
# a riddle to solve. Nothing in the clues can be read as the address, so the clues go, from the
# riddle up to the provider named last (at most 300 characters).
_RIDDLE_HINTS = any_of(("riddle", "ratsel", "rätsel", "acertijo", "adivinanza", "devinette",
                        "enigme", "énigme", "charada", "adivinha"))
_RIDDLE = re.compile(r"\b(?:riddle|r[aä]tsel|acertijo|adivinanza|devinette|[ée]nigme|charada|"
                     r"adivinha)\b")
# ...with the clues built like an address: parts, a "then", a number or a year
_CLUE = re.compile(r"\b(?:first|second|last|part|then|followed|plus|number|year|digits?|"
                   r"erste[rn]?|zweite[rn]?|dann|zahl|jahr|primer[oa]?|segund[oa]|luego|"
                   r"n[uú]mero|a[nñ]o|premi[eè]re?|deuxi[eè]me|puis|nombre|ann[ée]e|primeir[oa]|"
                   r"depois|ano)\b")


def _riddle(views: Views) -> list[Finding]:
    low = views.lower
    riddle = _RIDDLE.search(low)
    if riddle is None:
        return []
    window = low[riddle.end():riddle.end() + 300]
    ends = [m.end() for m in _PROVIDER_RE.finditer(window)]
    if not ends or len(set(_CLUE.findall(window, 0, ends[-1]))) < 2:
        return []  # "the riddle in the gmail newsletter": no clues to an address
    start = riddle.end() + len(window) - len(window.lstrip(" :,-\u2014"))
    return [Finding("email", *views.folded.span(start, riddle.end() + ends[-1]),
                    "mailbox given as a riddle")]


# "first part: translate.with.yuki, second part: the gmail domain": the mailbox given in parts,
# the user part labelled as the first one and a provider named. Run on the lowercased view.
_FIRST_PART = re.compile(
    r"\b(?:(?:first|1st)\s{1,2}(?:part|half|bit|piece)|part\s{1,2}(?:one|1)|(?:erste[rs]?|"
    r"1\.)\s{1,2}(?:teil|h[aä]lfte)|teil\s{1,2}(?:eins|1)|primer[ao]?\s{1,2}parte|"
    r"primeira\s{1,2}parte|premi[eè]re\s{1,2}(?:partie|moiti[eé])|parte\s{1,2}(?:uno|um|1))"
    r"\s{0,2}(?:is|es|ist|est|[ée]|:|=|-|\u2014|\u2013)\s{0,3}['\"\u2018\u201c]?"
    r"([a-z0-9][a-z0-9._+\-]{2,63})")
_PART_HINTS = ("part", "teil", "h\u00e4lfte", "half", "piece", "bit", "moiti")


def _first_part(views: Views) -> list[Finding]:
    low = views.lower
    out = []
    for m in _FIRST_PART.finditer(low):
        user = m.group(1).rstrip(".-")
        if user in COMMON or not _handle_like(user):
            continue
        out.append(Finding("email", *views.folded.span(m.start(1), m.start(1) + len(user)),
                           "mail user name given as a part"))
    return out


# "my email starts with harborview and ends with ...", "mi correo empieza por losrobles",
# "meine Mail fängt mit werkstatt an": the writer's own mailbox given by how it begins or ends
_PIECE_SAID = re.compile(
    r"\b(?:my|mi|meine?|mon|ma|meu|minha)\s{1,2}(?:e-?mail-?adresse|mail-?adresse|e-?mail|g-?mail|"
    r"mail|correo|courriel|addy|adresse|address|direcci[oó]n|endere[cç]o)\b"
    r"(?:\s{1,2}[\w'\u2019-]{1,12}){0,3}?\s{1,2}(?:starts?|begins?|empieza|comienza|commence|"
    r"beginnt|f[äa]ngt|come[cç]a|ends?|termina|finit|endet|acaba)\s{1,2}(?:with|por|con|par|"
    r"mit|com|en)\s{1,2}[\"'\u2018\u201c]?([a-z][a-z0-9._+-]{3,63}+)")
# ...and the other end said next: "... and ends with bookkeeping"
_PIECE_NEXT = re.compile(
    r"[\"'\u2019\u201d]?,?\s{1,2}(?:(?:and|y|und|et|e)\s{1,2})?(?:then\s{1,2})?(?:it\s{1,2})?"
    r"(?:starts?|begins?|empieza|comienza|commence|beginnt|ends?|termina|finit|endet|acaba)"
    r"\s{1,2}(?:with|por|con|par|mit|com|en)\s{1,2}[\"'\u2018\u201c]?([a-z][a-z0-9._+-]{3,63}+)")
# ...where the message names the provider the mailbox is at
_PIECE_PROVIDER = re.compile(
    r"\b(?:g-?mail|googlemail|hotmail|yahoo|outlook|icloud|gmx|proton(?:mail)?|yandex|aol|"
    r"fastmail|zoho|posteo|web\.de|t-online|google)\b")


# "my email starts with Hello and ends with Regards": the letter's own words, no mailbox
_PIECE_WORDS = frozenset({"hello", "dear", "greetings", "thanks", "regards", "cheers", "hola",
                          "hallo", "bonjour", "estimado", "estimada", "querido", "querida",
                          "liebe", "lieber", "sehr", "cher", "chère", "chere", "prezado",
                          "prezada", "saludos", "gracias", "danke", "merci", "obrigado",
                          "obrigada", "cordialement", "atenciosamente", "sincerely", "best",
                          "letter", "lettre", "letra", "buchstaben", "number", "numero",
                          "número", "nummer", "subject", "asunto", "betreff", "objet"})


def _pieces_said(views: Views) -> list[Finding]:
    low = views.lower
    if _PIECE_PROVIDER.search(low) is None:
        return []
    folded = views.folded
    out = []
    for m in _PIECE_SAID.finditer(low):
        spans = [(m.start(1), m.end(1))]
        nxt = _PIECE_NEXT.match(low, m.end(1))
        if nxt is not None:
            spans.append((nxt.start(1), nxt.end(1)))
        for s, e in spans:
            user = low[s:e].rstrip(".-_")
            if user in COMMON or user in _PIECE_WORDS or user in _PROVIDER_WORDS or (
                    user in PROVIDERS) or (
                    user.rsplit(".", 1)[-1] in _FILE_EXTS and "." in user):
                continue
            out.append(Finding("email", *folded.span(s, s + len(user)), "mail user name part"))
    return out


def _named(views: Views) -> list[Finding]:
    """"my gmail is janedoe88": the provider is named and the user part follows."""
    low = views.lower
    has_provider = _mentions_provider(low)
    # the forms below that need a provider, "correo" or "courriel" are not tried without
    # ("mail" is a provider hint: where one is named, "mail" need not be asked)
    mailish = has_provider or "correo" in low or "courriel" in low
    out = _name_is(views) if mailish else []
    out += _user_then_provider(views) + _provider_user(views)
    if mailish or "\U0001f4e7" in low or "\u2709" in low:
        out += _quoted_mail(views, has_provider)
        if _SHAPE_HINTS.search(low) and _SHAPE.search(low):
            out += _shape_value(views)
    if mailish:
        out += _parts_given(views) + _family_given(views)
    if "mail" in low or "correo" in low or "courriel" in low or "addy" in low or "adress" in low:
        out += _pieces_said(views)
    if has_provider and any(h in low for h in _PART_HINTS):
        out += _first_part(views)
    if ("[ " in low or "( " in low or "{ " in low or "< " in low or "\u2039" in low
            or "\u00ab" in low):
        out.extend(_spaced_brackets(views))
    if has_provider or "sign" in low or "symbol" in low:
        out.extend(_described(views))
    if mailish or "@" in low or "arob" in low:
        out.extend(_joined_words(views))
    if mailish and ("nam" in low or "nom" in low or "first" in low):
        out.extend(_full_name_box(views))
    out.extend(_spoken_box(views))
    if (" at " in low or " @ " in low or " bei " in low or " chez " in low or "arob" in low
            or "arroba" in low or " auf " in low) and (  # _WORDS_AT starts with a mail word
            mailish or "addy" in low):
        out.extend(_words_at(views))
    out.extend(_dictated(views))
    out.extend(_said_parts(views))
    if has_provider and _RIDDLE_HINTS.search(low):
        out.extend(_riddle(views))
    out.extend(_mail_described(views))
    out.extend(_glued(views))
    if "(a)" in low or "[a]" in low or "( a )" in low or "[ a ]" in low:
        out.extend(_a_bracket(views))
    out.extend(_explained_forms(views))
    if has_provider or "big g" in low or "google" in low:
        out.extend(_provider_asides(views))
    folded = views.folded
    if not mailish:
        return out
    for m in _NAMED_LC.finditer(folded.text, low):
        user = m.group(3).rstrip(".-")
        provider = m.group(1).lower()
        # "hotmail: meera underscore kapoor underscore 77": the rest said as words
        tail = _SPOKEN_TAIL.match(low, m.start(3) + len(user)) if _SEP_HINTS.search(
            low, m.end(3), m.end(3) + 16) else None
        if (tail and user.lower() not in _FORMAT_WORDS
                and not all(w in COMMON or w in _SPOKEN_WORDS for w in tail.group().split())):
            out.append(Finding("email", *folded.span(m.start(3), tail.end()),
                               f"{provider} user name"))
            continue
        if (user.lower() in COMMON or user.lower() in _FORMAT_WORDS
                or "@" in folded.text[m.end(3):m.end(3) + 1]
                or code_operand(folded.text, m.start(3) + len(user))):  # "email: req.body.email })"
            continue  # "my gmail is first initial plus surname: ..." (found below)
        parts = user.lower().split(".")
        if 1 < len(parts) <= 3 and all(len(part) <= 2 for part in parts):
            continue  # "on outlook, i.e. the shared inbox": an abbreviation ("b.a.r.n.e.s" is not)
        generic = provider in {"email", "e-mail", "mail", "correo", "courriel"} or (
            provider not in _PROVIDER_WORDS)  # "free.fr est lent": a plain word is not enough
        # "my email, jo_r, is gmail", "Gmail-style": a loose separator needs a distinctive name
        loose = m.group(2).lower() in (",", "e", ", e", "-", "its", "it's", "\n")
        if (generic or loose) and not any(c.isdigit() or c in "._" for c in user):
            continue
        if (provider == "outlook" and folded.text[m.end(2):m.start(3)].strip()
                and not any(c.isdigit() or c in "._" for c in user)):
            continue  # "my outlook is just different": the word's other sense
        # "gmail" / "its daniela.s.cruz" in two messages: the provider is part of the finding
        start = m.start(1) if m.group(2).lower() in ("its", "it's") else m.start(3)
        out.append(Finding("email", *folded.span(start, m.start(3) + len(user)),
                           f"{provider} user name"))
    return out


# The provider's names once more, for the forms below (run on the lowercased view).
_BOX_PROVIDER = (r"(?:gmail|googlemail|g-mail|hotmail|yahoo|outlook|icloud|gmx|proton(?:mail)?|"
                 r"yandex|aol|posteo|zoho|fastmail|tutanota|laposte|wanadoo|libero|web\.de|"
                 r"t-online|live|orange|free|sapo|uol)")
_BOX_USER = r"([a-z][a-z0-9._+\-]{2,63}+)"
# "x_y, el de outlook", "x.y, the gmail one", "x-y (bei gmail)", "x.y - das von gmx":
# a user name, then the provider it lives at as an aside ("the <provider> one").
_USER_THE_PROVIDER = re.compile(
    r"(?<![\w@.\-])" + _BOX_USER + r"\s{0,2}(?:[,(\u2014\u2013]|\s-)\s{0,3}(?:"
    r"(?:el|la|lo)\s{1,2}(?:de|del|en)|(?:o|a)\s{1,2}(?:do|da|no|na)|(?:celui|celle|le|la)"
    r"\s{1,2}(?:de|du|chez|sur)|(?:das|der|die|den)\s{1,2}(?:bei|von|auf)|the\s{1,2}(?:one"
    r"\s{1,2})?(?:on|at|with)|(?P<the>the)|at|bei|chez|en|em|no|na|auf|sur|arroba|@)?\s{0,2}"
    + _BOX_PROVIDER + r"(?(the)\s{1,2}(?:one|account|address|box)|)\b(?P<close>\s{0,2}\))?")
# "schreib an x-y (bei gmail)": a hyphenated name is a mailbox when sent to
_SENT_TO = re.compile(r"(?i)\b(?:to|an|para|from|von|desde|de|via)\s{1,2}$")
# "user: x_y / provider: the big G one": the mailbox given as labelled fields
_USER_FIELD = re.compile(
    r"\b(?:user(?:\s?name)?|usuario|usu\u00e1rio|utilisateur|identifiant|benutzer(?:name)?|"
    r"nutzer(?:name)?|login)\s{0,2}[:=]\s{0,3}['\"]?" + _BOX_USER)
_PROVIDER_FIELD = re.compile(
    r"\b(?:provider|anbieter|proveedor|fournisseur|provedor|host|service|servicio|dienst)"
    r"\s{0,2}[:=]\s{0,3}(?:[a-z'\u2019]{1,8}\s{1,2}){0,3}(?:" + _BOX_PROVIDER + r"\b|google|"
    + _BIG_G + r")")
# "second part: x42", "zweiter Teil: x.y": the parts after the first (see _FIRST_PART)
_LATER_PART = re.compile(
    r"\b(?:(?:second|2nd|third|3rd|last|other)\s{1,2}(?:part|half|bit|piece)|part\s{1,2}"
    r"(?:two|2|three|3)|(?:zweite[rs]?|dritte[rs]?|letzte[rs]?|2\.)\s{1,2}(?:teil|h[a\u00e4]lfte)|"
    r"teil\s{1,2}(?:zwei|2)|(?:segund[ao]|tercer[ao]|[u\u00fa]ltim[ao])\s{1,2}parte|"
    r"(?:deuxi[e\u00e8]me|seconde|derni[e\u00e8]re)\s{1,2}(?:partie|moiti[e\u00e9])|"
    r"parte\s{1,2}(?:dos|dois|2))"
    r"\s{0,2}(?:is|es|ist|est|[\u00e9e]|:|=|-|\u2014|\u2013)\s{0,3}['\"\u2018\u201c]?"
    + _BOX_USER)
_ARTICLES = ("el ", "la ", "lo ", "o ", "a ", "celui", "celle", "le ", "das ", "der ", "die ",
             "den ", "the ")
_FIRST_PART_LABEL = re.compile(
    r"\b(?:(?:first|1st)\s{1,2}(?:part|half|bit|piece)|part\s{1,2}(?:one|1)|(?:erste[rs]?|"
    r"1\.)\s{1,2}(?:teil|h[a\u00e4]lfte)|teil\s{1,2}(?:eins|1)|primer[ao]?\s{1,2}parte|"
    r"primeira\s{1,2}parte|premi[e\u00e8]re\s{1,2}(?:partie|moiti[e\u00e9])|parte\s{1,2}"
    r"(?:uno|um|1))\b")
# "I use my yahoo for work stuff, it's x.y77", "mi gmail, el de siempre, es x_y": the
# provider owned, then the mailbox given in the same sentence
_MY_PROVIDER_IS = re.compile(
    r"\b(?:my|mi|mein\w{0,2}|mon|ma|meu|minha)\s{1,2}" + _BOX_PROVIDER
    + r"\b[^.!?\n]{0,60}?[,;:\u2014\u2013]\s{0,3}(?:it'?s|its|that'?s|that\s{1,2}is|es|ist|"
    r"das\s{1,2}ist|c'est|[\u00e9e]|is)\s{1,3}['\"\u2018\u201c]?" + _BOX_USER)

_BOX_CLOSES = re.compile(r"['\"\u2019\u201d]?\s{0,2}(?:$|[\n,;:!?)]|\.(?:\s|$)|\s(?:please|pls|"
                         r"thanks|thx|cheers|por\s{1,2}favor|bitte|merci|obrigad[oa]|gracias|"
                         r"danke)\b)")


def _distinct_user(user: str) -> bool:
    """A user name by its mark (a dot, an underscore or digits), never a file name."""
    return (user not in COMMON and sum(c.isalpha() for c in user) >= 3
            and any(c.isdigit() or c in "._" for c in user.strip("._"))
            and user.rsplit(".", 1)[-1] not in _FILE_EXTS)


def _provider_asides(views: Views) -> list[Finding]:
    low = views.lower
    folded = views.folded
    out = []

    def add(start: int, user: str, why: str) -> None:
        out.append(Finding("email", *folded.span(start, start + len(user)), why))

    for m in _USER_THE_PROVIDER.finditer(low):
        user = m.group(1).rstrip(".-_+")
        bare = m.group(0)[len(m.group(1)):].lstrip(" \t,(\u2014\u2013-")
        if not m.group("close") and not bare.startswith(_ARTICLES):
            continue  # "x, at gmail" without a bracket or an article is another form's
        hyphen = "-" in user.strip("-") and not _distinct_user(user)
        if _distinct_user(user) or (hyphen and m.group("close") and _SENT_TO.search(
                low, max(0, m.start() - 10), m.start())):
            add(m.start(1), user, "mail user name")
    if ":" in low or "=" in low:
        for m in _USER_FIELD.finditer(low):
            user = m.group(1).rstrip(".-_+")
            near = low[max(0, m.start() - 120):m.end() + 120]
            if _distinct_user(user) and _PROVIDER_FIELD.search(near):
                add(m.start(1), user, "mail user name given as a field")
    if any(h in low for h in _PART_HINTS) or "parte" in low or "partie" in low:
        for m in _LATER_PART.finditer(low):
            user = m.group(1).rstrip(".-_+")
            if _distinct_user(user) and _FIRST_PART_LABEL.search(
                    low, max(0, m.start() - 120), m.start()):
                add(m.start(1), user, "mail user name given as a part")
    for m in _MY_PROVIDER_IS.finditer(low):
        user = m.group(1).rstrip(".-_+")
        # "my outlook rules: it's rule_3 that moves them": the name must close the clause
        if _distinct_user(user) and _BOX_CLOSES.match(low, m.start(1) + len(user)):
            add(m.start(1), user, "mail user name")
    return out


def _handle_like(local: str) -> bool:
    """"nils.berg", "tomo_22", "r-o-s-a": a user name by its shape, not an ordinary word."""
    low = local.lower().strip(".-_")
    if sum(c.isalpha() for c in low) < 3 or low.rsplit(".", 1)[-1] in _FILE_EXTS:
        return False
    return any(c.isdigit() or c in "._" for c in low) or _SPELLED_LOCAL.fullmatch(low) is not None


_SPELLED_LOCAL = re.compile(r"[a-z0-9](?:-[a-z0-9]){2,40}")


# Stack traces (see url.SOURCE_EXTS): the word "at" there names a line of code, never a mailbox.
_LINE_NO = re.compile(r":\d{1,6}\b")
_CAMEL = re.compile(r"[a-z][A-Z]|(?:exception|error|throwable)$", re.I)


def _code_frame(views: Views, span: tuple[int, int], local: str, domain: str, text: str,
                e: int) -> bool:
    if views.original[span[0]:span[1]].strip().lower() != "at":
        return False
    if text[e:e + 1] == "(" and domain.count(".") >= 2:
        return True  # "at org.acme.Job.run(" : a frame of a trace
    ext = domain.rsplit(".", 1)[-1].lower()
    if ext not in SOURCE_EXTS or domain.count(".") != 1:
        return False
    return (_LINE_NO.match(text, e) is not None
            or (local.count(".") >= 1 and _CAMEL.search(local) is not None))


# "git@github.com:team/app.git": the fixed user of an SSH remote; the owner after the colon is
# an organisation's project or a placeholder, or else somebody's account (then the remote goes
# like a link to it).
_REMOTE_PATH = re.compile(r":([\w.\-~<>{}$]{1,100})/[\w.\-]{1,100}")
_PLACEHOLDER_OWNER = re.compile(r"^(?:your|my|our|the|<|\{|\$)|^(?:org|orgs|user|username|owner|"
                                r"team|company|me|you|acme|foo|bar|name|project)$")


def _git_remote(text: str, local: str, e: int) -> int | None:
    """None when not an SSH remote; else where the finding ends (``e`` when nothing goes)."""
    if local.lower() != "git" or text[e:e + 1] != ":":
        return None
    m = _REMOTE_PATH.match(text, e)
    if m is None:
        return None
    owner = m.group(1).lower()
    if owner in _PUBLIC_ORGS or _PLACEHOLDER_OWNER.search(owner):
        return e
    return m.end()


# "mira.solis — arobase — sfr.fr", "t-e-o-d-o-r (no hyphens) at posteo.de": a spoken '@' set off
# by dashes, commas or a colon, or a note in brackets between the user name and the '@'.
_SET_OFF_GATE = re.compile(r"[)\-\u2013\u2014,:]\s{0,2}(?:at|arroba|arobase|arobas|chez|bei)\b|"
                           r"\b(?:at|arroba|arobase|arobas|chez|bei)\s{0,2}[\-\u2013\u2014,:]")
_SET_OFF_WORDS = frozenset(("at", "arroba", "arobase", "arobas", "chez", "bei"))
_SET_OFF_AT = re.compile(
    r"(?<![\w@.\-])([a-z0-9][a-z0-9._+\-]{1,63}+)\s{0,2}(?P<note>\([^()\n]{1,40}\)\s{0,2})?"
    r"(?P<d1>[,:\-\u2013\u2014]\s{0,2})?(?:at|arroba|arobase|arobas|chez|bei)\s{0,2}"
    r"(?P<d2>[,:\-\u2013\u2014]\s{0,2})?([a-z0-9][a-z0-9\-]{1,62}(?:\.[a-z]{2,12}){0,2})\b"
    r"(?![.\-@]\w)")


def _set_off_at(views: Views) -> list[Finding]:
    out = []
    for m in _SET_OFF_AT.finditer(views.lower):
        if not (m.group("note") or m.group("d1") or m.group("d2")):
            continue  # plain "x at y" is read by the normalized view
        local, domain = m.group(1), m.group(5)
        if not _handle_like(local) or local in COMMON:
            continue
        user = local.replace("-", "") if _SPELLED_LOCAL.fullmatch(local) else local
        if ("." not in domain and domain not in PROVIDERS) or not _valid(user, domain):
            continue
        out.append(Finding("email", *views.folded.span(m.start(), m.end()), "email address"))
    return out


# "hotel oscar lima alfa, dot, bravo at gmx": a mailbox spelled in the NATO alphabet.
_NATO = (r"(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|"
         r"mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|"
         r"yankee|zulu)")
_NATO_GATE = re.compile(r"\b(?:tango|sierra|foxtrot|bravo|zulu|yankee|quebec|kilo|oscar|romeo|"
                        r"juliett?|victor|papa|whiske?y|uniform|november|charlie|echo)\b")
_NATO_WORDS = frozenset(("tango sierra foxtrot bravo zulu yankee quebec kilo oscar romeo "
                         "juliet juliett victor papa whiskey whisky uniform november charlie "
                         "echo").split())  # _NATO_GATE's words
_NATO_BOX = re.compile(
    r"\b" + _NATO + r"(?:[\s,\-]{1,3}(?:(?:dot|point|punto|punkt|ponto|underscore|dash|hyphen)"
    r"[\s,\-]{1,3})?" + _NATO + r"\b){2,40}[\s,\-\u2013\u2014]{1,4}(?:at|arroba|arobase|bei|"
    r"chez|@)\s{1,2}(?:the\s{1,2})?([a-z0-9][a-z0-9\-]{1,62}(?:\.[a-z]{2,12})?)\b")


# "nico💠fastmail💠com (the first diamond is the at, the second the dot)": a symbol standing
# for the '@' and the dot, explained in words.
_EXPLAINED = re.compile(
    r"\b(?:is|=|means|for|stands\s{1,2}for|es|ist|est|[ée]|vale|significa|steht\s{1,2}f[uü]r)"
    r"\s{1,2}(?:(?:the|an?|el|la|le|der|das|die|o|un|una|um|uma)\s{1,2}|l')?"
    r"['\"\u2018\u201c]?(?:at|@|arroba|arobase|dot|punto|punkt|point|ponto|\.)(?![\w.])")
_EXPLAINED_WORDS = frozenset(("at", "arroba", "arobase", "dot", "punto", "punkt", "point",
                             "ponto"))
# _EXPLAINED's '.' comes after one of these (found from the dot, then looked behind)
_SPACED_DOT = re.compile("\\.(?<=[\\s'\"\u2018\u201c]\\.)")
_SYMBOL_BOX = re.compile(
    r"(?<![\w.@])([a-z0-9][a-z0-9._+\-]{1,63}+)([^\w\s.@'\"()\[\]{}<>,;:!?\-]{1,3})"
    r"([a-z0-9][a-z0-9\-]{1,62})(?:[^\w\s@'\"()\[\]{}<>,;:!?\-]{1,3}([a-z]{2,12}))?(?!\w)")


# "work mail is first name dot surname at yahoo ... first name Ilse, surname Varga": a mailbox
# built from name parts, the parts' values given in the same message.
_GIVEN = (r"(?:first\s{0,2}name|given\s{1,2}name|vorname|nombre|pr[ée]nom|primeiro\s{1,2}nome|"
          r"nome)")
_FAMILY_PART = (r"(?:last\s{0,2}name|surname|family\s{1,2}name|nachname|apellido|nom\s{1,2}de"
                r"\s{1,2}famille|sobrenome|apelido)")
_TEMPLATE_BOX = re.compile(
    r"\b" + _GIVEN + r"\b[^.!?\n]{0,30}?\b" + _FAMILY_PART + r"\b[^.!?\n]{0,30}?"
    r"(?:\b(?:at|bei|chez|arroba|arobase|en|em|no|na|auf|on)\s{1,2}|@\s{0,2})(?:the\s{1,2})?"
    + _SPOKEN_PROVIDER + r"\b")
_PART_VALUE = re.compile(
    r"\b(?:" + _GIVEN + r"|" + _FAMILY_PART + r")\b\s{0,2}(?:(?:is|es|ist|est|[ée]|lautet|:|=)"
    r"\s{0,2})?([a-z][a-z'\-]{1,30})\b")
_PART_LABELS = frozenset({"first", "last", "given", "family", "name", "surname", "nombre",
                          "apellido", "vorname", "nachname", "nom", "nome", "prenom", "sobrenome",
                          "apelido", "primeiro", "de"})


def _template_values(views: Views) -> list[Finding]:
    low = views.lower
    box = _TEMPLATE_BOX.search(low)
    if box is None:
        return []
    out = []
    for m in _PART_VALUE.finditer(low, box.end(), min(len(low), box.end() + 300)):
        value = m.group(1)
        if value in COMMON or value in _PART_LABELS:
            continue
        out.append(Finding("email", *views.folded.span(m.start(1), m.end(1)),
                           "mail user name part"))
    return out


def _explained_forms(views: Views) -> list[Finding]:
    """Mailboxes whose separators are set off, spelled or explained in words."""
    low = views.lower
    out: list[Finding] = []
    # Exact pre-checks: each gate's words stand between characters that are not [a-z], so
    # they are among the text's maximal [a-z] runs ("at" is one in under a tenth of texts)
    words = words_of(low)
    if not _SET_OFF_WORDS.isdisjoint(words) and _SET_OFF_GATE.search(low):
        out.extend(_set_off_at(views))
    if not _NATO_WORDS.isdisjoint(words) and _NATO_GATE.search(low):
        for m in _NATO_BOX.finditer(low):
            domain = m.group(1)
            if domain in PROVIDERS or ("." in domain and _valid_domain(domain)):
                out.append(Finding("email", *views.folded.span(m.start(), m.end()),
                                   "spelled email address"))
    if (not _EXPLAINED_WORDS.isdisjoint(words) or "@" in low
            or _SPACED_DOT.search(low)) and _EXPLAINED.search(low):
        for m in _SYMBOL_BOX.finditer(low):
            local, name, tld = m.group(1), m.group(3), m.group(4)
            domain = f"{name}.{tld}" if tld else name
            if local in COMMON or not _valid(local, domain) or (not tld and name not in PROVIDERS):
                continue
            out.append(Finding("email", *views.folded.span(m.start(), m.end()),
                               "email address with stand-in symbols"))
    if ("nam" in low or "nom" in low) and _mentions_provider(low):
        out.extend(_template_values(views))
    return out
