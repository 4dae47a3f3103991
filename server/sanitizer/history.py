"""Contact details sent in pieces over several messages ("starts 0176", "then 4452", "913")."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .context import Context
from .detectors.url import _FILE_EXTS
from .normalize import PROVIDERS, build_views
from .types import Finding

# Up to eight messages: a number typed one digit per message ("7", "1", "8", ...) still joins up;
# the characters read stay bounded by MAX_PREFIX.
MAX_MESSAGES = 8
# A detail given in pieces sits near the boundary between messages: the last characters of the
# history and the first of the new message are enough, and keep this pass cheap.
MAX_PREFIX = 60
MAX_TAIL = 60

Detector = Callable[..., list[Finding]]
# Kinds that a previous message can turn on for the new one: a handle or payment id introduced
# after the platform's name ("add me on snap" / "its d.rodriguez_21", "venmo" / "@paige-h");
# a bare "@word" is not enough (a chat about an Instagram campaign mentions "@brand" all the
# time).
_CONTEXT_KINDS = frozenset({"handle", "payment", "email"})
# "part 2:", "first 3:", "last 4 -", "then", "y luego": the label in front of a piece, which
# would otherwise sit between the digits (or letters) of the detail.
_PIECE_LABEL = re.compile(
    r"(?i)^\s{0,3}(?:(?:part|pt|piece|bit|parte|teil|partie|trozo|peda[cç]o|block|bloque|"
    r"bloco|bloc)\s{0,2}(?:\d{1,2}|one|two|three|four|uno|dos|tres|eins|zwei|drei|un|deux|"
    r"trois|um|dois|tr[eê]s)"
    r"|(?:first|second|third|fourth|next|last|final|then|and\s{1,2}then|and|rest|ending|"
    r"primer[oa]?|segund[oa]|tercer[oa]?|[uú]ltim[oa]s?|luego|y\s{1,2}luego|despu[eé]s|resto|"
    r"erste[nr]?|zweite[nr]?|dritte[nr]?|letzte[nr]?|dann|und\s{1,2}dann|danach|rest|"
    r"premi[eè]re?s?|deuxi[eè]me|troisi[eè]me|derni[eè]re?s?|puis|ensuite|et\s{1,2}puis|reste|"
    r"primeir[oa]s?|terceir[oa]s?|depois|e\s{1,2}depois|fim)"
    r"(?:\s{1,2}(?:part|bit|half|h[aä]lfte|mitad|moiti[eé]|metade))?)"
    # a count ("first 3:", "last 4 digits -") only with a separator after it
    r"(?:(?:\s{1,2}\d{1,2}(?:\s{1,2}(?:digits?|numbers?|d[ií]gitos?|ziffern|chiffres))?)?"
    r"\s{0,2}(?:[:=\-\u2013>)]{1,2}|(?<=\s)(?:is|are|es|son|ist|sind|est|sont|[eé]|s[aã]o)\b)"
    r"\s{0,3}|\s{1,3})(?=\S)")
# A piece that ends or starts inside one identifier ("@taller" / "_de_ceramica_sol",
# "ig is @" / "ellie.builds"): joined without the space between messages.
_GLUED_END = re.compile(r"[@_]$")
_GLUED_START = re.compile(r"^[_.\-]\w")
# A message that is only a mail domain or provider ("gmail", "hotmail.es", "@gmx.de"): the
# user name comes in the next one ("jake.morris7 is the first part").
_DOMAIN_ONLY = re.compile(r"(?i)^\s{0,3}(?:@\s{0,2})?([a-z0-9][a-z0-9\-]{0,30})"
                          r"((?:\.[a-z]{2,6}){0,2})\s{0,3}[.!]?\s{0,3}$")
# ... the user name in the next one: letters with digits, or with dots or underscores.
_USER_NAME = re.compile(r"(?i)(?<![\w@.\-])@?([a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]{2,}\d{1,6})"
                        r"(?![\w@\-])")
# A piece that stops inside a handle or payment id: "ig is @wild", "my venmo is @Tasha-",
# "snap: k", "cashapp $". A next message that is one identifier finishes it ("flower_weddings").
_PLATFORM = (r"\b(?:ig|insta\w{0,5}|snap\w{0,4}|tik\s?tok|tt|twitter|x|venmo|cash\s?app|zelle|"
             r"revolut|bizum|pix|telegram|tg|discord|linkedin|fb|facebook|threads|kwai|"
             r"whats\s?app|signal|skype|paypal(?:\.me)?)\b")
_OPEN_HANDLE = re.compile(
    r"(?i)(?:(?<!\S)[@$]|\w[_\-.]|" + _PLATFORM + r"\s{0,2}(?:is|es|ist|est|[eé]|:|=)\s{0,2}@?"
    r"[a-z0-9]{1,4}|" + _PLATFORM + r"\s{0,2}(?:is|es|ist|est|[eé]|:|=)?\s{0,2}[@$][\w.\-]{1,30})"
    r"\s{0,2}$")
_PLATFORM_NAMED = re.compile("(?i)" + _PLATFORM)
_ONE_IDENTIFIER = re.compile(r"^\s{0,3}[@$]?([A-Za-z0-9][\w.\-]{1,40})\s{0,3}$")
# A message that is only "@ name" after a platform or payment app was named ("venmo me when ur
# ready" / "@ Chris-Paints-Co"), or one user name after a mail provider was ("mi correo es de
# gmail" / "marta.vidal.clases").
_LONE_AT = re.compile(r"^\s{0,3}[@$]\s{0,2}([A-Za-z0-9][\w.\-]{1,40})\s{0,3}$")
_PROVIDER_SAID = re.compile(r"(?i)\b(?:gmail|g-mail|hotmail|outlook|yahoo|icloud|gmx|"
                            r"proton(?:mail)?|live|aol|web\.de|t-online|orange|uol|bol|terra)\b")
_MY_MAIL = re.compile(r"(?i)\b(?:e-?mail|mail|correo|courriel|adresse|address|endere[cç]o|my|mi|"
                      r"mein\w?|mon|meu|minha)\b")
# "mon 06 :" then "48 27 91 35": the separator before the rest is left out of the reading.
_TRAILING_SEP = re.compile(r"\s{0,2}[:=\-\u2013>]{1,2}\s{0,2}$")
_VERSIONISH = re.compile(r"(?i)^v?\d|^[a-z]{1,2}\d+(?:\.\d+)+$")


def _unlabel(piece: str) -> str:
    m = _PIECE_LABEL.match(piece)
    return piece[m.end():] if m else piece


def _user_after_domain(last: str, text: str) -> list[Finding]:
    """The user name of an address whose domain came alone in the previous message."""
    m = _DOMAIN_ONLY.match(last)
    if m is None or m.group(2)[m.group(2).rfind(".") + 1:].lower() in _FILE_EXTS or (
            m.group(1).lower() not in PROVIDERS and not m.group(2)
            and not last.lstrip().startswith("@")):
        return []
    out = []
    for u in _USER_NAME.finditer(text[:MAX_TAIL]):
        name = u.group(1)
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if (ext in _FILE_EXTS or name.lower() in PROVIDERS or _VERSIONISH.match(name)
                or sum(c.isalpha() for c in name) < 3):
            continue
        out.append(Finding("email", u.start(1), u.end(1), "mail user name (domain sent before)"))
    return out


def _handle_finished(recent: list[str], text: str) -> list[Finding]:
    """The rest of a handle begun at the end of one of the last two messages."""
    lone = _LONE_AT.match(text)
    if lone and any(_PLATFORM_NAMED.search(piece) for piece in recent[-2:]):
        return [Finding("handle", lone.start(), lone.end(), "handle after the platform was named")]
    m = _ONE_IDENTIFIER.match(text)
    if m is None or not any(c.isdigit() or c in "_.-" for c in m.group(1)):
        return []
    name = m.group(1)
    if _VERSIONISH.match(name) or name.rsplit(".", 1)[-1].lower() in _FILE_EXTS:
        return []
    if any(_OPEN_HANDLE.search(piece) for piece in recent[-2:]):
        return [Finding("handle", m.start(1), m.end(1), "handle finished in this message")]
    if "." in name and any(_PROVIDER_SAID.search(piece) and _MY_MAIL.search(piece)
                           for piece in recent[-2:]):
        return [Finding("email", m.start(1), m.end(1), "mail user name (provider named before)")]
    return []


def split_findings(text: str, history: Sequence[str], ctx: Context,
                   detectors: Sequence[Detector]) -> list[Finding]:
    """Findings in ``text`` that only exist when read after the sender's previous messages.

    The recent messages and the current one are read as one text; a finding that starts in
    the history and reaches into the current message is clipped to the current message.
    Labels in front of each piece ("part 2:", "then") are left out of that reading.
    """
    recent = [_unlabel(h[-MAX_PREFIX:]) for h in history[-MAX_MESSAGES:]
              if isinstance(h, str) and h.strip()]
    if not recent or not text.strip():
        return []
    out = _user_after_domain(recent[-1], text) + _handle_finished(recent, text)
    joined = _TRAILING_SEP.sub("", " ".join(recent))
    if len(joined) > MAX_PREFIX:  # start at a word, not inside one
        cut = joined.find(" ", len(joined) - MAX_PREFIX)
        joined = joined[cut + 1:] if cut != -1 else joined[-MAX_PREFIX:]
    label = _PIECE_LABEL.match(text)
    skip = label.end() if label else 0
    current = text[skip:skip + MAX_TAIL]
    glued = _GLUED_END.search(joined) or _GLUED_START.match(current)
    prefix = joined if glued else joined + " "
    base = len(prefix)
    views = build_views(prefix + current)
    for det in detectors:
        for f in det(views, ctx):
            if f.start < base < f.end:
                out.append(Finding(f.kind, 0, f.end - base + skip,
                                   f.reason + " (split over messages)"))
            elif f.start >= base and f.kind in _CONTEXT_KINDS and f.reason != "@handle":
                # "add me on snap" then "its d.rodriguez_21": the platform came first
                out.append(Finding(f.kind, f.start - base + skip, f.end - base + skip,
                                   f.reason + " (platform named before)"))
    return out
