"""Contact details sent in pieces over several messages ("starts 0176", "then 4452", "913")."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from .caseless import Caseless, lower_same_length
from .context import Context
from .detectors import address, payment
from .detectors.handles import _CLEAR
from .detectors.phone import valid_in as phone_valid
from .detectors.url import _FILE_EXTS
from .normalize import PROVIDERS, build_views
from .reverse import _KEYS as _REVERSE_KEYS
from .reverse import reversed_findings
from .stopwords import COMMON
from .types import Finding
from .words import HUNDRED, JOINERS, spelled_value

# Up to eight messages: a number typed one digit per message ("7", "1", "8", ...) still joins up;
# the characters read stay bounded by MAX_PREFIX.
MAX_MESSAGES = 8
# A detail given in pieces sits near the boundary between messages: the last characters of the
# history and the first of the new message are enough, and keep this pass cheap.
MAX_PREFIX = 60
MAX_TAIL = 60
# A name whose channel was named just before may come anywhere in a chat-sized reply.
MAX_PIECE_TEXT = 300

Detector = Callable[..., list[Finding]]
# Kinds that a previous message can turn on for the new one: a handle or payment id introduced
# after the platform's name ("add me on snap" / "its d.rodriguez_21", "venmo" / "@paige-h");
# a bare "@word" is not enough (a chat about an Instagram campaign mentions "@brand" all the
# time).
_CONTEXT_KINDS = frozenset({"handle", "payment", "email"})
_HAS_DIGIT = re.compile(r"\d")
# "part 2:", "first 3:", "last 4 -", "then", "y luego": the label in front of a piece, which
# would otherwise sit between the digits (or letters) of the detail.
_PIECE_LABEL = re.compile(
    # "pt 2:" but not "PT50 0033": a country code and check digits start an IBAN
    r"(?i)^\s{0,3}(?:(?:(?:part|piece|bit|parte|teil|partie|trozo|peda[cç]o|block|bloque|"
    r"bloco|bloc)\s{0,2}|pt\.?\s{1,2})(?:\d{1,2}|one|two|three|four|uno|dos|tres|eins|zwei|"
    r"drei|un|deux|"
    r"trois|um|dois|tr[eê]s)"
    # "the first 3:", "the middle:", "the end:": the place of the piece, with its article
    r"|(?:(?:the|la|el|der|die|das|le|la|o|a)\s{1,2})?(?:first|second|third|fourth|next|last|"
    r"final|then|and\s{1,2}then|and|rest|ending|middle|mid|end|medio|mitte|ende|milieu|fin|"
    r"meio|fim|"
    r"primer[oa]?|segund[oa]|tercer[oa]?|[uú]ltim[oa]s?|luego|y\s{1,2}luego|despu[eé]s|resto|"
    r"erste[nr]?|zweite[nr]?|dritte[nr]?|letzte[nr]?|dann|und\s{1,2}dann|danach|rest|"
    r"premi[eè]re?s?|deuxi[eè]me|troisi[eè]me|derni[eè]re?s?|puis|ensuite|et\s{1,2}puis|reste|"
    r"primeir[oa]s?|terceir[oa]s?|depois|e\s{1,2}depois|fim|"
    # "followed by _x", "seguido de", "gefolgt von", "suivi de"
    r"(?:and\s{1,2})?followed\s{1,2}by|seguid[oa]\s{1,2}(?:de|por)|gefolgt\s{1,2}von|"
    r"suivie?\s{1,2}(?:de|par))"
    r"(?:\s{1,2}(?:part|bit|half|h[aä]lfte|mitad|moiti[eé]|metade))?)"
    # a count ("first 3:", "last 4 digits -") only with a separator after it
    r"(?:(?:\s{1,2}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|zwei|drei|vier|f[uü]nf|sechs|sieben|acht|deux|trois|quatre|cinq|sept|"
    r"huit|dois|tr[eê]s|quatro|sete|oito)"
    r"(?:\s{1,2}(?:digits?|numbers?|d[ií]gitos?|ziffern|chiffres))?)?"
    r"\s{0,2}(?:[:=\-\u2013>)]{1,2}|(?<=\s)(?:is|are|es|son|ist|sind|est|sont|[eé]|s[aã]o)\b)"
    r"\s{0,3}|\s{1,3})(?=\S)")
# How every label above starts, lowercased: its first three letters, or two ("pt", "la"), or
# a one-letter word with a space after it; "the" only as "the " or "then". The pattern runs
# only on a piece that starts so.
_LABEL_STARTS = frozenset({
    "par", "pie", "bit", "tei", "tro", "ped", "blo", "der", "die", "das", "fir", "sec", "thi",
    "fou", "nex", "fin", "and", "res", "end", "mid", "med", "mit", "mil", "mei", "fim", "pri",
    "seg", "ter", "ult", "\u00falt", "lue", "des", "ers", "zwe", "dri", "let", "dan", "und",
    "pre", "deu", "pui", "ens", "dep", "fol", "gef", "sui"})
_LABEL_STARTS2 = frozenset({"pt", "la", "el", "le", "et"})


def _piece_label(piece: str) -> re.Match | None:
    """``_PIECE_LABEL.match(piece)``, skipped when the piece cannot start with a label."""
    head = lower_same_length(piece[:8]).lstrip()
    if head[:3] == "the":
        if head[3:4] != "n" and not head[3:4].isspace():
            return None
    elif (head[:3] not in _LABEL_STARTS and head[:2] not in _LABEL_STARTS2
          and not (len(head) > 1 and head[0] in "oaye" and head[1].isspace())):
        return None
    return _PIECE_LABEL.match(piece)


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
_ONE_IDENTIFIER = re.compile(r"^\s{0,3}[@$]?([A-Za-z0-9][\w.\-]{1,40})\s{0,3}"
                             # "carpentry_by_josh lol": a laugh after the name adds nothing
                             r"(?:(?i:lol|lmao|haha\w{0,6}|hehe\w{0,4}|jaja\w{0,6}|kkk\w{0,6}|"
                             r"mdr|xd|rs)\s{0,3}[.!]{0,3}\s{0,3})?"
                             # "andclay_studio (no spaces)": a remark in brackets after it
                             r"(?:\([^()\n]{1,30}\)\s{0,3})?$")
# A message that is only "@ name" after a platform or payment app was named ("venmo me when ur
# ready" / "@ Chris-Paints-Co"), or one user name after a mail provider was ("mi correo es de
# gmail" / "marta.vidal.clases").
_LONE_AT = re.compile(r"^\s{0,3}[@$]\s{0,2}([A-Za-z0-9][\w.\-]{1,40})\s{0,3}$")
_PROVIDER_SAID = re.compile(r"(?i)\b(?:gmail|g-mail|hotmail|outlook|yahoo|icloud|gmx|"
                            r"proton(?:mail)?|live|aol|web\.de|t-online|orange|uol|bol|terra|posteo|"
                            r"fastmail|zoho|yandex|tutanota|laposte|libero|sapo)\b")
_MY_MAIL = re.compile(r"(?i)\b(?:e-?mail|mail|correo|courriel|adresse|address|endere[cç]o|my|mi|"
                      r"mein\w?|mon|meu|minha)\b")
# "mon 06 :" then "48 27 91 35": the separator before the rest is left out of the reading.
_TRAILING_SEP = re.compile(r"\s{0,2}[:=\-\u2013>]{1,2}\s{0,2}$")
_VERSIONISH = re.compile(r"(?i)^v?\d|^[a-z]{1,2}\d+(?:\.\d+)+$")
# "STRIPE_KEY", "M404dn", "CF259A": a constant in capitals or a model code, not a name's piece.
_CODE_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{1,5}\d{2,6}[A-Za-z]{0,3}|"
                        r"[A-Z]{1,6}(?:-[A-Z0-9]{1,8}){1,5}(?<=\d)")


# A user name, handle or site name sent in halves, in any order ("my email is at gmail dot com"
# / "the first part is tomaszkdesign"; "handle ends in -tile" / "starts with @dannyortega"). The
# channel is named in the last messages ...
_MAIL_NAMED = re.compile(
    r"(?i)(?:\b(?:e-?mail|mail|correo|courriel|gmail|hotmail|outlook|yahoo|icloud|gmx|"
    r"proton(?:mail)?|posteo|t-online|web\.de|orange\.fr|uol|bol|arroba|mail\s?box|inbox|"
    r"postfach|buz[oó]n)\b|@\s{0,2}\w+\.\w)")
_SITE_NAMED = re.compile(r"(?i)\b(?:www|web\s?site|site|sitio|seite|webseite|domain|dominio|"
                         r"domaine|dom[ií]nio|portfolio|portafolio|portf[oó]lio)\b|"
                         # "portfolio is a .com": a suffix said without its name
                         r"(?<![\w.])\.(?:com|net|org|de|es|fr|br|io|co|ca|uk|pt|at|ch|"
                         r"me|dev|art|shop|studio)\b|\b(?:dot|punto|punkt|point|ponto)\s{1,2}"
                         r"(?:com|net|org|de|es|fr|br|io|co|ca|uk|nz|au|pt|it|nl|be|ch|at|mx|ar)\b")
_HANDLE_NAMED = re.compile("(?i)" + _PLATFORM + r"|\b(?:handle|user\s?name|usuario|"
                           r"benutzername|nutzername|pseudo|usu[aá]rio|github|gitlab|@)|"
                           # "find me on the gram", "add me on tele"
                           r"\bthe\s{1,2}gram\b|\b(?:on|en|no|na|auf|sur)\s{1,2}tele\b")
# ... and one of the messages says the name comes in parts.
_PIECE_CUE = re.compile(
    r"(?i)\b(?:(?:first|second|other|last)\s{1,2}(?:part|half|bit)|starts?\s{1,2}with|"
    r"begins?\s{1,2}with|ends?\s{1,2}(?:in|with)|in\s{1,2}(?:two|2)\b|"
    r"(?:primera|segunda|otra)\s{1,2}(?:parte|mitad)|delante|detr[aá]s|"
    r"empieza\s{1,2}(?:con|por)|termina\s{1,2}(?:en|con|em|com)|en\s{1,2}dos\b|vorne|hinten|"
    r"f[aä]ngt\s{1,2}mit|endet\s{1,2}(?:auf|mit)|(?:erste[rn]?|zweite[rn]?|andere)\s{1,2}"
    r"(?:teil|h[aä]lfte)|in\s{1,2}zwei\b|devant|derri[eè]re|commence\s{1,2}par|"
    r"finit\s{1,2}par|(?:premi[eè]re|deuxi[eè]me|seconde)\s{1,2}(?:partie|moiti[eé])|"
    r"en\s{1,2}deux\b|come[cç]a\s{1,2}(?:com|por)|(?:primeira|segunda)\s{1,2}"
    r"(?:parte|metade)|na\s{1,2}frente|em\s{1,2}duas|"
    # "the bit before the @ is ...", "davor kommt ...": the part before the '@'
    r"(?:name|user|local)\s{1,2}part|"
    r"(?:(?:bit|part|piece)\s{1,2})?before\s{1,2}the\s{1,2}(?:@|at\b)|davor|"
    r"vor\s{1,2}dem\s{1,2}@|antes\s{1,2}(?:del|da|do)\s{1,2}(?:@|arroba)|"
    r"avant\s{1,2}(?:l'|le\s{1,2})?(?:@|arobase))")
# The plain word right after a cue or "the name is" at the end of the message is the piece
# ("the first part is tomaszkdesign").
_CUE_THEN_WORD = re.compile(
    r"(?i)(?:" + _PIECE_CUE.pattern[4:] + r"|\b(?:name|nombre|nome|nom|nachname|surname|"
    r"last\s{1,2}name|apellido|sobrenome|nom\s{1,2}de\s{1,2}famille)\s{1,2}(?:is|es|[eé]|est|ist))"
    r"\s{0,2}(?:(?:is|es|ist|est|[eé]|va|steht|kommt|comes|vient|viene|vem)(?=\s)|:|=|-)?"
    r"\s{0,2}"
    # "Vasquez-Reyes", "O'Neill": a double name is one piece
    r"([a-z][a-z0-9]{3,40}|[a-z][a-z0-9]{1,30}[-'][a-z][a-z0-9]{1,30})"
    # "second part: beatworks, no space"
    r"(?:\s{0,2},?\s{0,2}(?:no\s{1,2}spaces?|one\s{1,2}word|together|junto|zusammen))?"
    # "..., that's the whole handle"
    r"(?:\s{0,2},\s{0,2}(?:that'?s|c'est|das\s{1,2}ist|eso\s{1,2}es|isso\s{1,2}[eé])"
    r"[^.!?\n]{0,60})?"
    r"\s{0,3}[.!]?\s{0,3}$|"
    # "le nom de domaine c'est mon prénom + traduction : aurelietraduction": a name described,
    # then spelled out after a colon at the end
    r"\b(?:name|nom|nombre|nome|domain|domaine|dominio|dom[ií]nio|user\s?name|usuario|handle)"
    r"\b[^:\n]{0,40}(?:\+|\b(?:plus|then|puis|luego|dann|depois|junto|together|zusammen))"
    r"[^:\n]{0,30}:\s{0,2}([a-z][a-z0-9]{5,40})\s{0,3}[.!]?\s{0,3}$|"
    # "handle is the same as the band, lowfrequencyunion": said to be like something, then given
    r"\b(?:handle|user\s?name|usuario|nombre\s{1,2}de\s{1,2}usuario|benutzername|pseudo)\s{1,2}"
    r"(?:is|es|ist|est|[eé])\s{1,2}(?:the\s{1,2}same|just|like|igual|como|wie|comme|o\s{1,2}mesmo|"
    r"el\s{1,2}mismo|le\s{1,2}m[eê]me|der\s{1,2}gleiche)[^,\n]{0,40},\s{0,2}"
    r"([a-z][a-z0-9]{5,40})\s{0,3}[.!]?\s{0,3}$")
# "... heißt der Account", "... is my handle": the message says its word is the name.
_NAMES_IT = re.compile(r"\s(?:hei(?:ss|ß)t|is|es|ist|est|[eé])\s{1,2}(?:the|la|el|der|die|das|le|o|"
                       r"my|mi|mein|mon|meu)\s{1,2}(?:account|konto|name|handle|user\s?name|"
                       r"nutzername|benutzername|usuario|nombre|nome|nom|compte|conta|cuenta)\b")
# "@ + lo que te mande ahora + _ilustra" / "blackfern + what I said": a name put together from
# this message and another one.
_REF_NEXT = (r"(?:what\s{1,2}(?:comes|i\s{1,2}send)\s{1,2}next|what\s{1,2}i\s{1,2}send\s{1,2}now|"
             r"(?:the\s{1,2})?next\s{1,2}(?:message|msg)|lo\s{1,2}que\s{1,2}(?:te\s{1,2})?"
             r"(?:mande|env[ií]e|escriba)\s{1,2}(?:ahora|despu[eé]s|luego)|lo\s{1,2}que\s{1,2}"
             r"viene|o\s{1,2}que\s{1,2}(?:vem\s{1,2}a\s{1,2}seguir|eu\s{1,2}mandar\s{1,2}"
             r"(?:agora|depois))|was\s{1,2}(?:gleich\s{1,2}kommt|ich\s{1,2}(?:gleich|jetzt)\s{1,2}"
             r"schicke)|ce\s{1,2}que\s{1,2}(?:je\s{1,2}(?:t'|vous\s{1,2})?envoie|j'envoie)"
             r"(?:\s{1,2}(?:apr[eè]s|maintenant|ensuite))?)")
_REF_SAID = (r"(?:what\s{1,2}i\s{1,2}(?:said|sent|wrote)(?:\s{1,2}(?:before|earlier))?|"
             r"lo\s{1,2}que\s{1,2}(?:te\s{1,2})?(?:dije|mand[eé]|puse|escrib[ií])|"
             r"o\s{1,2}que\s{1,2}(?:eu\s{1,2})?(?:disse|mandei|escrevi)|was\s{1,2}ich\s{1,2}"
             r"(?:gesagt|geschrieben|geschickt)\s{1,2}habe|ce\s{1,2}que\s{1,2}j'ai\s{1,2}"
             r"(?:dit|[ée]crit|envoy[ée]))")
_PLUS_NEXT = re.compile(r"\+\s{0,2}" + _REF_NEXT + r"|" + _REF_NEXT + r"\s{0,2}\+")
_PLUS_SAID = re.compile(r"\+\s{0,2}" + _REF_SAID + r"|" + _REF_SAID + r"\s{0,2}\+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'\-]{2,30}")


def _plus_pieces(near: list[str], cur: str, low: str, kind: str) -> list[Finding]:
    """The words of a name joined with another message by '+': said in this message
    ("blackfern + what I said") or announced in the last ones ("@ + what I send next +
    _arte", then "rafaela costa")."""
    if "+" in low and (said := _PLUS_SAID.search(low)) is not None:
        words = list(_NAME_WORD.finditer(cur, 0, said.start()))
        # the name opens the message: "blackfern + what I said", not "the price + what I said"
        if (words and len(words) <= 3 and not cur[:words[0].start()].strip(" @\"'")
                and not any(w.group().lower() in COMMON for w in words)):
            return [Finding(kind, words[0].start(), words[-1].end(),
                            "piece of a " + kind + " name (joined with another message)")]
    if len(cur.split()) <= 4 and any("+" in p and _PLUS_NEXT.search(p.lower()) for p in near[-2:]):
        words = list(_NAME_WORD.finditer(cur))
        if words and not all(w.group().lower() in COMMON for w in words):
            return [Finding(kind, words[0].start(), words[-1].end(),
                            "piece of a " + kind + " name (announced before)")]
    return []


# "-stonemasonry dot co dot uk": a piece followed only by the site's suffix.
_SUFFIX_TAIL = re.compile(r"(?i)(?:(?:\s{0,2}\.|\s(?:dot|punto|punkt|point|ponto))\s{0,2}"
                          r"[a-z]{2,6}){1,3}\s{0,3}[.!]?\s{0,3}$")
_HANDLE_SAID = re.compile(r"\b(?:handle|user\s?name|usuario|usu[aá]rio|benutzername|nutzername|"
                          r"pseudo|identifiant)\b")
_FIRST_WORD = re.compile(r"\s{0,3}@?([A-Za-z][\w.\-]{1,40}[A-Za-z0-9])")
# An identifier: letters with digits, dots, underscores or hyphens inside, an '@' before it, or
# a piece that starts with one ("_tattoos_91", ".kernbichler").
_IDENT = re.compile(r"(?<![\w@.\-])(@?)([A-Za-z][\w.\-]{1,40}[A-Za-z0-9])(?![\w@\-])|"
                    r"(?<![\w@])([_.\-][A-Za-z][\w.\-]{1,40}[A-Za-z0-9])(?![\w@\-])")
# ... or spoken with dot words ("pablo punto reformas punto vlc", "punkt kernbichler").
_DOT_PART = (r"(?:dot|punto|punkt|point|ponto|underscore|unterstrich|gui[oó]n\s{1,2}bajo|"
             r"tiret\s{1,2}bas|underline|sublinhado|dash|hyphen|gui[oó]n|bindestrich|tiret|"
             r"h[ií]fen|tra[cç]o)\s{1,2}(?!(?:com|net|org|de|es|fr|br|io|co)\b)"
             r"[a-z0-9][\w\-]{0,30}")
_SPOKEN_IDENT = re.compile(r"(?i)(?:(?<![\w@.\-])[a-z][\w\-]{1,30}\s{1,2}|^\s{0,3})" + _DOT_PART
                           + r"(?:\s{1,2}" + _DOT_PART + r"){0,2}")
# A message that names the channel as the one to use: short ("Insta?", "tg?") or personal.
_ASKED = re.compile(r"(?i)\b(?:my|mi|mis|mein|meine|meinen|mon|ma|meu|minha|add|follow(?!-)|find|"
                    r"agr[eé]game|s[ií]gueme|folge|ajoute|segue|me)\b")
_END = re.compile(r"\s{0,3}[.!,;)]?\s{0,3}$")
_CUE_AFTER = re.compile(r"(?i)\s{1,2}(?:is|es|ist|est|[eé]|va|vai|kommt|steht)?\s{0,2}"
                        r"(?:the|la|el|der|die|das|le|a|o)?\s{0,2}(?:" + _PIECE_CUE.pattern[4:]
                        # "craft_interiors is the rest", "_obras.sp é o resto", "foto.klinger
                        # ist der Anfang", "hollmann_3d heißt der Account"
                        + r"|(?:rest|resto|reste|start|beginning|anfang|comienzo|principio|"
                        r"d[ée]but|come[cç]o|in[ií]cio)\s{0,3}[.!]?\s{0,3}$|(?<=\s)(?:hei(?:ss|ß)t|"
                        r"is|es|ist|est|[eé])\s{1,2}(?:the|la|el|der|die|das|le|o|my|mi|mein|"
                        r"mon|meu)\s{1,2}(?:account|konto|name|handle|user\s?name|nutzername|"
                        r"benutzername|usuario|nombre|nome|nom|compte|conta|cuenta)\b)")
_DOCUMENT_EXTS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "png", "jpg",
                            "jpeg", "gif", "svg", "zip", "txt", "csv", "mp3", "mp4", "mov", "psd",
                            "ai", "html", "htm", "py", "js", "java", "json", "xml", "dwg", "dxf",
                            "skp", "indd", "eps", "tif", "tiff", "heic", "webp", "sketch", "fig",
                            "xd", "rvt", "stl", "odt", "ods", "rtf", "key", "wav", "m4a", "avi",
                            "mkv", "webm", "rar", "7z", "gz", "tar", "ttf", "otf", "woff"})


# A crossing street address needs the earlier messages to be about a place: an address word
# ("ship to", "Adresse", "moro na") or a street word inside the earlier piece itself. Business
# talk that ends with a number ("... Zahlungsziel 14 Tage") followed by a line that starts with a
# capitalised word ("Please drive carefully") is not an address.
_ADDRESS_CUE = re.compile(
    r"(?i)\b(?:address\w{0,3}|addy|live|living|lives|ship(?:ping)?\s{1,2}to|send\s{1,2}(?:it|them)"
    r"\s{1,2}to|mail\s{1,2}it|home\s{1,2}address|house\s{1,2}(?:number|no)|po\s{0,2}box|"
    r"i'?m\s{1,2}at|we'?re\s{1,2}at|located|come\s{1,2}to|"
    r"(?:my|our|mi|nuestra|minha|nossa|meine?|unser\w?|ma|notre)\s{1,2}"
    r"(?:house|home|place|flat|casa|haus|wohnung|maison|appart\w{0,6}|apartamento|piso)|"
    r"direcci[oó]n|domicilio|vivo|vivimos|adresse|anschrift|wohne\w{0,2}|plz|hausnummer|"
    r"habite|j'habite|domicile|endere[cç]o|moro|moramos|fica\s{1,2}n[ao]|fico\s{1,2}n[ao]|"
    r"cep)\b")
# "19 Kirkstall" / "Road, Leeds": a house number and a name, then the street word.
_NUMBER_NAME = re.compile(r"\s{0,3}\d{1,5}[a-z]?\s{1,2}[A-Z][\w'\-]{1,30}"
                          r"(?:\s{1,2}[A-Z][\w'\-]{1,30})?\s{0,3}")
# "la tienda está en Florida" / "537, local 12": a place said to be on a named street.
_LOCATED_ON = re.compile(r"\b(?:[Ee]st[aá]|[Ee]stoy|[Ee]stamos|[Qq]ueda|[Ff]ica|[Ff]ico)\s{1,2}"
                         r"(?:en|no|na|em)\s{1,2}(?:(?:la|el|a|o)\s{1,2})?[A-ZÁÉÍÓÚ]")
# ... or the previous message ends with a house number after a short intro ("its 742", "on est
# au 210", "the shoot is at 2210"), or is only a few words ending with a number.
_NUMBER_ENDS = re.compile(
    r"(?i)(?:\b(?:at|au|is|its|it's|no|n[º°o]|en|em|in|am|an|est|[eé]|es|ist|number|num|nr|n[uú]mero|nummer|num[eé]ro)\.?"
    r"\s{1,2}\d{1,5}[a-z]?|^\W{0,3}(?:\w+\s{1,2}){0,3}\d{1,5}[a-z]?)\s{0,2}[.,]?\s{0,2}$")
_STREET_WORD = re.compile(
    r"(?i)\b(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|"
    r"place|pl|terrace|crescent|close|square|highway|hwy|parkway|pkwy|circle|cir|trail|"
    r"rua|avenida|travessa|alameda|pra[cç]a|estrada|calle|c/|paseo|plaza|camino|carrera|"
    r"rue|boulevard|bd|chemin|impasse|quai|cours|all[eé]e|route|"
    r"stra(?:ss|ß)e|str|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\b|"
    r"(?i:[a-zäöüß]{3,}(?:stra(?:ss|ß)e|str\.|weg|allee|platz|gasse|ring|damm)\b)")
# Code or markup in a message: its dotted and underscored words are names in a program
# (".env", "items.map", "@media"), not a handle finished after the platform was named.
_CODE = re.compile(r"[`{}]|=>|\$\(|\s--[a-z]|\s-[a-z]{1,3}\b|\./|\\[a-z.]|"
                   r"\[[a-z0-9]-[a-z0-9]\]|</?[a-z]")
# A message that ends a sentence: its last dot is not the dot of an address continued next.
_SENTENCE_END = re.compile(r"[a-z0-9]\.\s$")
_CUE_BEFORE = re.compile(r"(?i)(?:" + _PIECE_CUE.pattern[4:] + r")\s{0,2}(?:(?:is|es|ist|est|"
                         r"[eé]|steht|kommt|va|vem|viene|vient)\s{0,2})?(?:[:=\-]\s{0,2})?@?$")
_MAILBOX_LIKE = re.compile(r"(?i)[a-z]\.[a-z]|[a-z]\d{2,}$")
_IN_TWO = re.compile(r"(?i)(?:in|en|em)\s")
_LEADING_ARTICLE = frozenset({"the", "a", "an", "la", "el", "le", "les", "los", "las", "der", "die",
                              "das", "o", "os", "as", "um", "uma", "un", "une"})


# "number 48, blue house" / "Nummer 17" / "número 595, apto 81" opening the message or a
# sentence, after the sender said which street they are on.
_HOUSE_NUMBER_SAID = re.compile(
    r"(?i)(?:^|(?<=[.!?]\s))\W{0,3}(?:(?:and|y|e|und|et|the|it'?s|its|house|casa|haus|la|el|o|"
    r"a|die|au|al|en|no|na|[eé]|es|ist|is|est|c'est|door|front|puerta|porta|porte|t[üu]r)"
    r"\s{1,2}){0,3}"
    # "the door number is 74", "Hausnummer ist 23", "el número es 19"
    r"(?:(?:number|nummer|hausnummer|n[uú]mero|num[eé]ro)(?:'s|\s{1,2}(?:is|ist|es|est|[eé]))"
    r"(?=\s{1,2}\d)|"
    r"number|no\.?|nr\.?|nummer|hausnummer|n[uú]mero|num[eé]ro|n[º°]\.?|altura|portal|porta|"
    # "house is 64", "c'est au 11 bis"
    r"(?<=house\s)is|(?<=house\s\s)is|(?<=casa\s)[eé]|(?<=haus\s)ist|(?<=c'est\s)au|"
    r"(?<=it's\s)at|(?<=its\s)at)"
    # not a floor or an ordinal ("c'est au 3e étage", "it's at 5th")
    r"\s{0,2}(\d(?:\s?\d){0,4}(?!(?:e|er|re|[eè]me|th|st|nd|rd)\b|[º°ª])[a-z]?"
    r"(?:\s{1,2}(?:bis|ter)\b)?"
    # "2 × 37", "3 mal 11": the number given as a product or sum
    r"(?:\s{0,2}(?:[×*+]|times|mal|por|fois|vezes|plus)\s{0,2}\d{1,4}(?![\d.,]))?)"
    r"\b(?![.,]\d|\s{0,2}(?:%|€|\$|eur|usd|x\b))")
# "klingeln bei Hofmann", "ring Patel", "buzz 4B": the name on the door goes with it.
_DOORBELL = re.compile(r"\b(?i:klingeln|klingel|bell|buzz(?:er)?|ring|interfone|timbre|"
                       r"sonnette|sonner|tocar|tocá)\s{1,2}(?i:bei|at|for|chez|em|en|no|na|a|o|el)?"
                       r"\s{0,2}([A-ZÄÖÜÉ][\w\-]{2,30})")
_HOUSE_NUMBER_WORD = re.compile(
    r"(?i)(?:^|(?<=[.!?]\s))\W{0,3}(?:(?:and|y|e|und|et|the|it'?s|au|al|en|no|na|la|el|die|der|"
    r"door|house|casa|haus|puerta|porte|t[üu]r)\s{1,2}){0,3}"
    r"(?:(?:number|no\.|nr\.?|nummer|hausnummer|n[uú]mero|num[eé]ro|altura|portal|porta)"
    r"(?:'s|\s{1,2}(?:is|ist|es|est|[eé]))?\s{0,2}:?\s{1,2}|"
    # "au cent douze, 2e étage": a French address's number after "au", opening the message
    r"(?<![\w'])au\s{1,2})"
    r"([^\W\d_]{2,15}(?:[\s\-]{1,2}[^\W\d_]{1,15}){0,3})")
# Words of a number said in words, products and sums of them included ("drei mal elf").
_NUMBER_JOIN = frozenset(JOINERS | HUNDRED | {"mal", "times", "por", "fois", "vezes", "plus",
                                             "mil", "tausend", "thousand", "mille"})


def _spelled_run(words: str) -> int:
    """How many characters of ``words`` are a number said in words (0 if it opens otherwise)."""
    end = 0
    pos = 0
    for i, w in enumerate(re.split(r"([\s\-]+)", words)):
        if i % 2:
            pos += len(w)
            continue
        lw = w.lower()
        bare = "".join(c for c in unicodedata.normalize("NFKD", lw)
                       if not unicodedata.combining(c))  # "veintidós", "trezentos"
        if (spelled_value(lw) is not None or spelled_value(bare) is not None or lw in HUNDRED
                or (end and lw in _NUMBER_JOIN)):
            pos += len(w)
            if lw not in _NUMBER_JOIN or lw in HUNDRED:
                end = pos
        else:
            break
    return end
# "1428, side gate" after "my address for the samples:" / "Maplewood Drive".
_BARE_HOUSE_NUMBER = re.compile(r"^\W{0,3}(\d{1,5}[a-z]?)\b(?=\s{0,2}[,.]?\s{0,2}(?:[a-z]|$))")
_AT_THE_DOOR = re.compile(
    r"(?i)\b(?:house|door|apt|apartment|unit|flat|floor|gate|bell|buzz\w*|ring|piso|puerta|portal|"
    r"apto|apartamento|casa|bloco|andar|port[ãa]o|wohnung|stock|etage|klingel\w*|t[üu]r|haus|"
    r"hinterhaus|appart\w*|porte|[ée]tage|b[âa]timent|interphone|interfone|timbre|dpto|depto|"
    r"maison|immeuble|pr[ée]dio|edificio|geb[äa]ude|building)\b")
_ON_STREET = re.compile(r"(?i)\b(?:i'?m|we'?re|i\s{1,2}am|we\s{1,2}are|estoy|estamos|estou|stay|"
                        r"staying)\s{1,2}(?:on|in|at|en|na|no)\b|"
                        # "l'atelier est rue des Lilas", "la tienda está en la calle Mayor"
                        r"\b(?:est|est[aá]|fica|queda|ist|liegt|is|suis|sommes|sou|somos|bin|"
                        r"sind)\s{1,2}(?:(?:au|à|en|na|no|in|on|at)\s{1,2})?"
                        r"(?:(?:la|el|a|der|the)\s{1,2})?(?:rue|calle|rua|avenida|"
                        r"avenue|av|stra(?:ss|ß)e)\b|"
                        # "the job is on Fenwick Road", "we're based at Holm Lane"
                        r"\b(?:is|are|'s|based|located)\s{1,2}(?:on|at|in)\s{1,2}"
                        r"(?-i:[A-Z][\w'\-]{1,30}\s{1,2}(?:[A-Z][\w'\-]{1,30}\s{1,2})?)"
                        r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|way|"
                        r"court|terrace|place|boulevard|blvd)\b")
# "I'm on Wexford, by the park" / "number 31, the bungalow": a street named without its street
# word, where the sender lives or is, with the house number labelled next ("on" a name is a
# street in English; "in" a name is a town).
_LIVE_ON = re.compile(r"(?i)\b(?:i'?m|we'?re|i\s{1,2}am|we\s{1,2}are|live|living|lives|based)"
                      r"\s{1,2}on\s{1,2}(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|oct|"
                      r"nov|dec)[a-z]{0,6}\b|(?:zoom|teams|slack|meet|leave|holiday|vacation|call|site|break|"
                      r"board|track|time|duty|hold|mute|shift|fire|sale|stage|screen)\b)"
                      r"(?-i:[A-Z][a-z'\-]{3,30})\b(?!\s{1,2}(?-i:[A-Z]))")
# "my address is 22" / "in Savannah" / "Magnolia Street, Apt 5": the street after the number.
_STREET_FIRST = re.compile(
    # "on Larkspur Close, ...", "im Finkenweg", "en la calle ...": a preposition before it
    r"^\W{0,3}(?:(?i:on|in|at|im|in\s{1,2}der|an\s{1,2}der|en|en\s{1,2}la|na|no|sur|dans\s{1,2}la)"
    r"\s{1,2})?([A-Z][\w'\-]{1,30}(?:\s{1,2}[A-Z][\w'\-]{1,30}){0,2}\s{1,2}(?:Street|St|Avenue|Ave|"
    r"Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Crescent|Close|"
    r"Circle|Parkway|Trail)\b\.?|"
    # "Gumpendorfer Straße", "Lindenstraße", "Calle del Prado", "Rua das Flores", "rue Oberkampf"
    r"[A-ZÄÖÜ][\w'\-]{1,30}[\s\-](?:Stra(?:ss|ß)e|Str\.|Gasse|Weg|Allee|Platz|Ring|Damm)\b|"
    r"[A-ZÄÖÜ][a-zäöüß]{2,30}(?:stra(?:ss|ß)e|gasse|weg|allee|platz|ring|damm)\b|"
    r"(?i:Calle|C/|Avenida|Av\.|Rua|Rue|Boulevard|Travessa|Paseo|Plaza|Pra[cç]a)\s{1,2}"
    r"(?:(?:de|del|dos|das|da|do|des|du|de\s{1,2}la|de\s{1,2}los|de\s{1,2}las)\s{1,2})?"
    r"[A-ZÁÉÍÓÚ][\w'\-]{1,30}"
    r"(?:\s{1,2}[A-ZÁÉÍÓÚ][\w'\-]{1,30}){0,2})")
# "Hausnummer ist 23" / "Straße heißt Eichendorffring", "la calle es Alcalá".
_STREET_CALLED = re.compile(
    r"(?i)\b(?:stra(?:ss|ß)e|street|calle|rua|rue|via)\s{0,2}(?:hei(?:ss|ß)t|is|es|[eé]|est|ist|:|"
    # "street's Larch Road", "the street is called Hollin Lane"
    r"'s|\u2019s|(?:is\s{1,2})?called|"
    r"se\s{1,2}llama|chama-se|s'appelle)\s{0,2}(?:(?:die|der|the|la|el|a|le)\s{1,2})?"
    r"((?-i:[A-ZÄÖÜÁÉÍÓÚ])[\w'\-]{2,40}"
    r"(?:\s{1,2}(?-i:[A-ZÄÖÜÁÉÍÓÚ])[\w'\-]{1,30}){0,2})")
_HOUSE_NUMBER_ANY = re.compile(r"(?i)\b(?:house\s{1,2}number|hausnummer|n[uú]mero\s{1,2}da\s{1,2}"
                               r"casa|altura)\s{0,2}(?:is|ist|es|[eé]|:)?\s{0,2}\d{1,5}")
# "number 62, flat B": a message that is only a house number (and a flat), the street later.
_NUMBER_ALONE = re.compile(r"(?i)^\W{0,3}(?:(?:it'?s|its|es|[eé]|c'est|ist|is|the|la|el|o|a|die|"
                           # "we're at number 58", "vivo en el número 12", "on est au numéro 4"
                           r"(?:we'?re|i'?m|we\s{1,2}are|i\s{1,2}am|we\s{1,2}live|i\s{1,2}live|"
                           r"vivo|vivimos|estamos|moro|moramos|wir\s{1,2}wohnen|ich\s{1,2}wohne|"
                           r"j'habite|on\s{1,2}est|nous\s{1,2}sommes)\s{1,2}(?:at|en\s{1,2}el|"
                           r"no|in|au|en|em|na)(?:\s{1,2}(?:the|el|o|der))?)"
                           r"\s{1,2})?(?:number|no\.?|nr\.?|n[º°]\.?|n[uú]mero|num[eé]ro|"
                           r"nummer|hausnummer|house|casa|haus)\s{0,2}\d{1,5}[a-z]?\s{0,2}"
                           r"(?:[,;]\s{0,2}(?:(?:flat|apt\.?|apartment|unit|piso|andar|etage|"
                           r"wohnung|appartement|apto\.?)\s{0,2}\w{1,4}|"
                           # "número 8, tercer piso", "Hausnummer 3, rotes Haus": a short remark
                           r"[^\W\d_][\w'\-]{0,15}(?:\s{1,2}[^\W\d_][\w'\-]{0,15}){0,3}))?"
                           r"\s{0,3}[.!]?\s{0,3}$")
# "apt 5C, 220" / "Bleecker Street": the flat, then the house number, the street next.
_FLAT_THEN_NUMBER = re.compile(r"(?i)^\W{0,3}(?:apt\.?|apartment|unit|flat|suite|ste\.?|piso|"
                               r"apto\.?|apartamento|dpto\.?|depto\.?|wohnung|whg\.?|appt?\.?|"
                               r"appartement)\s{0,2}#?\s{0,2}\w{1,4}\s{0,2}[,;/]\s{0,2}"
                               r"\d{1,5}[a-z]?\s{0,3}[.!]?\s{0,3}$")
_ADDRESS_NUMBER_GIVEN = re.compile(r"(?i)\b(?:address|addy|direcci[oó]n|adresse|endere[cç]o|"
                                   r"anschrift|house\s{1,2}number|hausnummer)\b[^\n]{0,20}?"
                                   r"\b\d{1,5}[a-z]?\s{0,2}[.,]?\s{0,2}$")


def _place_pieces(recent: list[str], text: str) -> list[Finding]:
    """A house number after the street, or the street after the number, in the last messages.
    Cheap checks on the reply come first: most replies hold neither."""
    near = recent[-3:]
    cur = text[:MAX_PIECE_TEXT]
    low = cur.lower()
    out = []
    cue = _NUMBER_CUE_FAST.search(low) is not None
    m = _HOUSE_NUMBER_WORD.search(cur) if cue or "au " in low else None  # "au numéro douze"
    run = _spelled_run(m.group(1)) if m is not None else 0
    if (run and (len(cur.split()) <= 5 or _CLAUSE_ENDS.match(cur, m.start(1) + run))
            and any(_STREET_WORD.search(p) and (_ADDRESS_CUE.search(p) or _ON_STREET.search(p))
                    for p in near)):
        return [Finding("address", m.start(1), m.start(1) + run,
                        "house number (street sent before)")]
    if _HAS_DIGIT.search(cur) is not None:
        m = _HOUSE_NUMBER_SAID.search(cur) if cue else None
        bare = _BARE_HOUSE_NUMBER.match(cur) if m is None else None
        if m is not None or bare is not None:
            street = [p for p in near if (_STREET_WORD.search(p) or (
                m is not None and _LIVE_ON.search(p) and not _PLATFORM_ANY.search(p)))
                and _HAS_DIGIT.search(p) is None]
            if m is None and street and any(_ADDRESS_CUE.search(p) for p in near):
                # a number alone needs a door word after it, and an address announced before
                if _AT_THE_DOOR.search(cur, bare.end(), bare.end() + 40):
                    m = bare
                    street = [p + " address" for p in street]
            # ... or the postcode right after it ("number 118, postcode G46 6AN")
            code = _POSTCODE_SAID.match(cur, m.end()) if m is not None else None
            if m is not None and (len(cur.split()) <= 4 or code is not None
                                  or _AT_THE_DOOR.search(cur, m.end(), m.end() + 40)
                                  # "it's no. 9, come after 5": labelled, then the clause ends
                                  or (m is not bare and _CLAUSE_ENDS.match(cur, m.end()))) and any(
                    _ADDRESS_CUE.search(p) or _ON_STREET.search(p) or _STREET_CALLED.search(p)
                    or _STREET_GIVEN.search(p) for p in street):
                out.append(Finding("address", m.start(1), m.end(1),
                                   "house number (street sent before)"))
                bell = _DOORBELL.search(cur, m.end(), m.end() + 60)
                if bell is not None:
                    out.append(Finding("address", bell.start(1), bell.end(1), "name on the door"))
                if code is not None:
                    out.append(Finding("address", code.start(1), code.end(1),
                                       "postcode with the house number"))
    code = _TOWN_POSTCODE.match(cur) if len(cur) < 60 else None
    if code is not None and _HOUSE_AND_NAME.search(recent[-1]):
        # "pick up at 17 Liberty Villas" then "Toronto, M6K 3P9"
        out.append(Finding("address", code.start(1), code.end(1),
                           "postcode of the address sent before"))
    m = _STREET_FIRST.match(cur) or (
        _STREET_CALLED.search(cur) if any(w in low for w in _STREET_CALLED_KEYS) else None)
    if m is not None and not _NOUN_NEXT.match(cur, m.end(1)) and any(
            _ADDRESS_NUMBER_GIVEN.search(p) or _HOUSE_NUMBER_ANY.search(p)
            or _NUMBER_ALONE.match(p) or _FLAT_THEN_NUMBER.match(p)
            for p in near):  # not "Elm Street set needs chairs"
        out.append(Finding("address", m.start(1), m.end(1), "street (house number sent before)"))
    return out


# "deliver it to: Rua dos Pinheiros", "vente a la calle Alcalá Galiano": a street named as the
# place to go or send to.
_STREET_GIVEN = re.compile(
    r"(?i)(?::\s{0,2}|\b(?:to|a|à|al|au|zur|zum|in\s{1,2}die|na|no|para\s{1,2}a)\s{1,2}"
    r"(?:la\s{1,2}|the\s{1,2}|a\s{1,2})?)(?:calle|c/|rua|rue|avenida|avenue|av\.?|"
    r"stra(?:ss|ß)e|travessa|paseo|plaza|pra[cç]a)\s{1,2}(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÄÖÜ])|"
    r"(?::\s{0,2}|\b(?:it'?s|it\s{1,2}is|we'?re\s{1,2}on|i'?m\s{1,2}on)\s{1,2})"
    r"(?-i:[A-Z][\w'\-]{1,30}\s{1,2}(?:[A-Z][\w'\-]{1,30}\s{1,2})?)"
    r"(?:street|road|lane|avenue|drive|close|crescent|way|court|terrace|place)\b")
# "postcode G46 6AN", "PLZ 50667", "CEP 01310-100", "code postal 75011": the postcode said with
# the house number completes the address given over the messages.
_POSTCODE_SAID = re.compile(
    r"(?i)[\s,;\u2013\u2014-]{1,4}(?:post\s?code|postal\s{1,2}code|zip(?:\s{0,2}code)?|plz|postleitzahl|c[oó]digo"
    r"\s{1,2}postal|code\s{1,2}postal|cep|eircode|cp)\s{0,2}(?:is|es|ist|est|[eé]|:)?\s{0,2}"
    r"([a-z]{1,2}\d[a-z\d]?\s{0,2}\d[a-z]{2}|[a-z]\d[a-z]\s{0,2}\d[a-z]\d|\d{4}\s{0,2}[a-z]{2}"
    r"|[a-z]\d{2}\s{0,2}[a-z\d]{4}|\d{4,5}(?:-\d{3,4})?)\b")
# A message that is only a town and a full postcode, after one with a house number and a name.
_TOWN_POSTCODE = re.compile(
    r"^\W{0,3}(?:[A-Z][\w'.\-]{1,30}(?:\s{1,2}[A-Z][\w'.\-]{1,30}){0,2},?\s{1,2})?"
    r"((?-i:[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}|[A-Z]\d[A-Z]\s{0,2}\d[A-Z]\d|"
    r"\d{4}\s{0,2}[A-Z]{2}|[A-Z]\d{2}\s{0,2}[A-Z\d]{4}|\d{5}-\d{3}|\d{4,5}))\s{0,3}[.!]?\s{0,3}$")
_HOUSE_AND_NAME = re.compile(r"(?<![\d.,:/])\d{1,5}[a-z]?\s{1,2}[A-Z][a-z'\-]{2,30}"
                             r"(?:\s{1,2}[A-Z][a-z'\-]{2,30}){0,2}\s{0,3}[.,]?\s{0,3}$")
_CLAUSE_ENDS = re.compile(r"\s{0,2}(?:$|[,;.!?](?:\s|$)|\s[\u2014\u2013\-]\s)")
# Words without which neither house-number pattern can match (checked on the lowercased reply).
_NUMBER_CUE = re.compile(r"n[º°]|\bno\b|\bnr\b|numb|nummer|n[uú]mero|num[eé]ro|altura|porta|"
                         r"house\s{1,2}is|casa\s{1,2}[eé]|haus\s{1,2}ist|c'est\s{1,2}au|"
                         r"it'?s\s{1,2}at")
_STREET_CALLED_KEYS = ("stra", "street", "calle", "rua", "rue", "via")
# The same test written with a letter first in every branch ("\bno\b" as "no(?<!\wno)(?!\w)"),
# which lets the scan skip to where one can start: found where _NUMBER_CUE is.
_NUMBER_CUE_FAST = re.compile(
    r"n(?:[º°]|o(?<!\wno)(?!\w)|r(?<!\wnr)(?!\w)|umb|ummer|[uú]mero|um[eé]ro)|altura|porta|"
    r"house\s{1,2}is|casa\s{1,2}[eé]|haus\s{1,2}ist|c'est\s{1,2}au|it'?s\s{1,2}at")


# "factura 0345 del 12/03", "Ticket #48213": a message that opens with a document's number.
_ID_OPENS = re.compile(
    r"(?i)^\W{0,3}(?:invoice|inv|order|ticket|case|ref|reference|po|sku|item|lot|batch|factura|"
    r"pedido|referencia|albar[aá]n|rechnung|bestellung|auftrag|facture|commande|nota|nf|fatura|"
    r"encomenda|ordem|versi[oó]n|vers[aã]o|version)\b\.?\s{0,2}(?:no\.?|nr\.?|n[º°o]\.?|#|"
    r"number|n[uú]mero|num[eé]ro)?\s{0,2}#?\s{0,2}\d")


# "... due 30 June" / "Main St Festival", "Envío ... en camino" / "Python 3.12": a date or "on
# the way" ends the earlier message, not a house number or a street.
_NOT_A_STREET_BEFORE = re.compile(
    r"(?i)(?:^\s{0,3}\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s{1,2}(?:de\s{1,2})?(?:jan\w*|feb\w*|"
    r"f[eé]v\w*|m[aä]r\w*|apr\w*|abr\w*|avr\w*|ma[iy]\w*|mai|jun\w*|juin|jul\w*|juil\w*|"
    r"aug\w*|ago\w*|ao[uû]t|sep\w*|set\w*|o[ck]t\w*|out\w*|nov\w*|de[cz]\w*|d[ée]c\w*|"
    r"dic\w*)\b)")
_ON_THE_WAY = re.compile(r"(?i)\b(?:en|de)\s{1,2}camino\s{0,3}[.!]?\s{0,3}$")


# "... 2 Garagen" / "Highway 61 Revisited", "... 3 Paletten" / "street is 5 minutes away",
# "... 3 Farben" / "Dr. Weber braucht": the street word that opens the message goes on as a road's
# name, the subject of a sentence or a title before a name, so it does not end an address.
_STREET_GOES_ON = re.compile(r"\s{0,2}(?:\d|(?:is|are|was|were|ist|war|est|es|est[aá]|[eé]|"
                             r"fica|queda)\b)")
_TITLE_OPENS = re.compile(r"\W{0,3}(?:Dr|St|Mt|Ste)\.?\s{1,2}[A-Z]")


# "... até 2" / "Posso ter o seu feedback": a lowercase street word followed by an article is a
# verb in a sentence ("ter" is Portuguese "have"), not the end of an address.
_NOUN_NEXT = re.compile(
    r"\s{1,2}(?!(?:the|and|with|near|next|behind|opposite|across|by|off|past|from|that|this|"
    r"one|where|which|just|right|con|cerca|junto|detr[aá]s|frente|mit|bei|neben|hinter|gegen|"
    r"avec|pr[eè]s|derri[eè]re|com|perto|atr[aá]s|ao|del|des|der|dem|den|die|das|les|los|las|"
    r"une|uma|una|um|un)\b)[a-z\u00e0-\u00ff]{3,}\b(?!\s{0,2}[,.])")
_ARTICLE_NEXT = re.compile(r"\s{1,2}(?:o|a|os|as|the|your|my|his|her|our|their|seu|sua|teu|tua|"
                           r"le|la|les|el|los|las|die|der|das|den|un|une|um|uma|uno|una)\s")


# "... em 3x" / "nos vemos en la Plaza Mayor": the street is where people meet, named after a
# preposition inside the message, so the number before it is not its house number.
_PLACE_AFTER_PREP = re.compile(r"\b(?:en|in|at|na|no|em|dans|auf|im|sur|on)\s{1,2}"
                               r"(?:la|el|le|the|der|die|das|a|o)?\s{0,2}[A-Z]")


_UNITS = (r"(?:tbsp|tsp|cups?|g|kg|mg|lbs?|oz|cm|mm|m|km|ml|l|pcs|units?|x|%|h|hrs?|min|mins|"
          r"minutes?|hours?|days?|weeks?|months?|pt|px|gb|mb|st[üu]ck|uds?|minutos?|horas?|"
          r"d[ií]as?|minuten|stunden|tage)\b")
_UNIT_NEXT = re.compile(r"(?i)\s{0,2}" + _UNITS)
# "the printer at 10.0.0.17" / "ten minute drive": an IP address ends the earlier message.
_IP_END = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\s{0,2}[.,;!]?\s{0,2}$")
# "... fermée le 12" / "Unit prices": a day of the month ends the earlier message.
_DAY_ENDS = re.compile(r"(?i)\b(?:le|el|am|on\s{1,2}the)\s{1,2}\d{1,2}"
                       r"(?:st|nd|rd|th|er|e|º|\.)?\s{0,2}[.!]?\s{0,2}$")
# "... 15 stories done" / "la Plaza de Mayo estaba llena": a place named with its article opens
# the message, so no house number from before belongs to it.
_NAMED_PLACE_OPENS = re.compile(r"\W{0,3}(?:la|el|le|the|der|die|das|o|a|les|los)\s{1,2}"
                                r"(?:[A-Z]|place\b|plaza\b|pra[cç]a\b|platz\b|square\b)")
# "te llamo en 10" / "Queen St Mall photo set": minutes from now, not a house number.
_IN_SOME = re.compile(r"(?i)\b(?:in|en|em|dans|within|about|around|approx|unos|gegen)\s{1,2}"
                      r"\d{1,3}\s{0,2}[.,;!]?\s{0,2}$")


def _street_goes_on(current: str, end: int) -> bool:
    part = current[:end].strip()
    last = part.rsplit(None, 1)[-1] if part else ""
    if (" " not in part or last.islower()) and _NOUN_NEXT.match(current, end):
        return True  # "... 3 Farben" / "Street photography", "insta-style square crops"
    if " " in part and _PLACE_AFTER_PREP.search(current, 0, end):
        return True
    if _UNIT_NEXT.match(current, end):
        return True  # "... the route tonight" / "Add 2 tbsp sugar": a quantity, not a house
    if last.islower() and _ARTICLE_NEXT.match(current, end):
        return True
    if " " in part:
        return False  # "18" / "Tuas Ave 2, Singapore": a name and the street word
    if _STREET_GOES_ON.match(current, end):
        return True
    return end <= 4 and _TITLE_OPENS.match(current) is not None


# "... 7 Days Sans at 14 pt" / "la place des Vosges": the number was a quantity.
_QUANTITY = re.compile(r"(?i)\d\s{0,2}" + _UNITS + r"(?!['\w])")


# "street: Q u a r r y", "Straße: K a s t a n i e n", "calle - ...": the street labelled, its
# name then given (spelled out, or in parts) over the messages
_STREET_LABEL = re.compile(
    r"(?i)(?:^|[\n(,;]|\b(?:my|the|our|mi|la|meine|die|ma|minha|a)\s)\s{0,2}(?:street|road|"
    r"stra(?:ss|\u00df)e|calle|rua|rue|avenida|avenue)(?:\s{1,2}(?:name|nombre|nome|nom|"
    r"name))?\s{0,2}[:=\-\u2013\u2014]")


def _street_labelled(earlier: str, last: str) -> bool:
    """The last message is the street's label and the start of the address read across, and
    nothing else ("street: under construction until June" is no street named June)."""
    m = _STREET_LABEL.search(last)
    return m is not None and last[m.end():].strip() == earlier.strip()


def _address_crossing_ok(earlier: str, current: str, recent: list[str]) -> bool:
    """A street address read across the boundary: the earlier part is a street itself, or the
    messages around it talk about a place; never into a message that opens with a document's
    number ("... por la avenida" / "factura 0345 del 12/03")."""
    if (_ID_OPENS.match(current) or _NOT_A_STREET_BEFORE.search(earlier)
            or _QUANTITY.search(earlier) or _IN_SOME.search(recent[-1])
            or _DAY_ENDS.search(recent[-1]) or _NAMED_PLACE_OPENS.match(current)
            or _ON_THE_WAY.search(recent[-1])):
        return False
    return (_STREET_WORD.search(earlier) is not None
            or _NUMBER_ENDS.search(recent[-1]) is not None
            or (_NUMBER_NAME.fullmatch(earlier) is not None
                and _STREET_WORD.match(current.lstrip()) is not None)
            or _LOCATED_ON.search(recent[-1]) is not None
            or _street_labelled(earlier, recent[-1])
            or _ADDRESS_CUE.search(" ".join(recent[-3:]) + " " + current) is not None)


_AS_A_STYLE = re.compile(
    r"(?i)\b(?:estilo|style|stil|tipo|type|like|comme|wie|fa[cç]on|ao\s{1,2}estilo|"
    r"al\s{1,2}estilo|[àa]\s{1,2}la)\s{1,2}(?:de\s{1,2}|do\s{1,2}|da\s{1,2})?" + _PLATFORM
    + r"|" + _PLATFORM + r"[\s\-]{0,2}(?:style|like|stil)\b")
# "I don't use whatsapp", "Je n'ai pas WhatsApp": the platform is said not to be theirs.
_NOT_MINE = re.compile(r"(?i)\b(?:not|don'?t|no|never|pas|nicht|kein\w{0,2}|n[aã]o|nunca|"
                       r"jamais|sin|sans|sem|ohne)\b|n't\b")


def _platform_said_for_me(recent: list[str]) -> bool:
    """The platform named just before as the sender's own ("add me on snap", "venmo", "Insta?"),
    not talked about ("the Snapchat filter idea is fun", "Our Discord community hit 2,000") or
    used as a style ("cortes quadrados estilo insta")."""
    # the message that names the platform or channel says whose it is ("version 5.0.1" after
    # "LinkedIn isn't worth it" is not "my LinkedIn:"); with none named, nothing was
    naming = [p for p in recent[-2:] if _PLATFORM_NAMED.search(p) or any(
        rx.found(lower_same_length(p)) for rx in (_MAIL_NAMED_LC, _SITE_NAMED_LC,
                                                  _HANDLE_NAMED_LC))]
    return any((len(p.split()) <= 5 or _ASKED.search(p)) and not _NOT_MINE.search(p)
               and not _AS_A_STYLE.search(p) for p in naming)


def _unlabel(piece: str) -> str:
    lead = _GOES_ON.match(piece)
    if lead is not None:
        piece = piece[lead.end():]
    m = _piece_label(piece)
    piece = piece[m.end():] if m else piece
    # (a match ends at most one newline before the end: its last ten characters hold it)
    dots = (_TRAILING_DOTS.search(piece, max(0, len(piece) - 10))
            if piece.endswith((".", "\u2026")) else None)
    return piece[:dots.start()] if dots else piece


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


# "my email is at outlook", "gmail, before the @ it's", "meine Mail ist bei web.de": a mailbox
# at a provider said, its user name not given yet (no "x@" in it).
_MAIL_SAID = re.compile(r"(?i)\b(?:e-?mail|mail|correo|courriel|endere[cç]o)\b|@")
_MAIL_SAID_KEYS = ("mail", "correo", "courriel", "endere")
_PROVIDER_WORD = re.compile(r"(?i)(?<![\w@.])([a-z]{2,12})(?:\.[a-z]{2,3}){0,2}(?![\w@])")
_USER_GIVEN = re.compile(r"\w@")
# ...and the previous message ends pointing at what comes next: "before the @ it's", "is:"
_POINTS_ON = re.compile(r"(?i)(?:\b(?:it'?s|is|es|ist|est|c'est|[eé]|sind)|[:=\-\u2013>])\s{0,3}$")
# The next message is that user name alone, perhaps labelled: "username thimbleandthread",
# "it's jessharlowdesign", "Benutzer: m.keller".
_LONE_USER = re.compile(
    r"(?i)^\s{0,3}(?:(?:user\s?name|user|usuario|nombre\s{1,2}de\s{1,2}usuario|benutzer(?:name)?|"
    r"nom\s{1,2}d['\u2019]utilisateur|identifiant|usu[aá]rio|it['\u2019]?s|es|ist|c['\u2019]est)"
    r"\s{0,2}[:=\-]?\s{0,2})?@?([a-z0-9][a-z0-9._\-]{3,40}[a-z0-9])\s{0,3}[.!]?\s{0,3}$")
# "starts with j.becker", "fängt mit j.becker an", "empieza por", "commence par", "começa com"
_STARTS_WITH = re.compile(
    r"(?i)\b(?:starts?\s{1,2}with|begins?\s{1,2}with|f[aä]ngt\s{1,2}mit|beginnt\s{1,2}mit|"
    r"empieza\s{1,2}(?:por|con)|comienza\s{1,2}(?:por|con)|commence\s{1,2}par|"
    r"come[cç]a\s{1,2}(?:com|por))\s{1,2}@?([a-z0-9][a-z0-9._\-]{2,40}[a-z0-9])")


def _user_after_mail_said(last: str, text: str) -> list[Finding]:
    """The user name of a mailbox whose provider the previous message named without it."""
    if "@" not in last:
        low = lower_same_length(last)
        if not any(k in low for k in _MAIL_SAID_KEYS):
            return []  # (what every match of _MAIL_SAID holds)
    if (not _MAIL_SAID.search(last) or _USER_GIVEN.search(last) or not any(
            m.group(1).lower() in PROVIDERS for m in _PROVIDER_WORD.finditer(last))):
        return []
    out = []
    lone = _LONE_USER.match(text)
    for m in [lone] if lone else _STARTS_WITH.finditer(text[:MAX_PIECE_TEXT]):
        name = m.group(1)
        low = name.lower()
        ext = low.rsplit(".", 1)[-1] if "." in low else ""
        if (low in COMMON or low in PROVIDERS or ext in _FILE_EXTS or _VERSIONISH.match(name)
                or sum(c.isalpha() for c in name) < 3):
            continue
        # a plain word only when something says it is the name ("username x", "it's:" before)
        shaped = _USER_NAME.fullmatch(name) is not None
        said = (m.re is _STARTS_WITH or m.group(0).strip().lower() != name.lower()
                or _POINTS_ON.search(last) is not None)
        if shaped or (said and len(name) >= 5):
            out.append(Finding("email", m.start(1), m.end(1),
                               "mail user name (provider named before)"))
    return out


def _names_channel(p: str) -> bool:
    low = lower_same_length(p)
    return _channel_maybe(low) and any(rx.found(low) for rx in (
        _PAYMENT_NAMED_LC, _MAIL_NAMED_LC, _SITE_NAMED_LC, _HANDLE_NAMED_LC))


_QUERY = re.compile(r"\b(?:SELECT|INSERT\s{1,2}INTO|UPDATE|DELETE\s{1,2}FROM|CREATE\s{1,2}TABLE)\s"
                    r"[^;]{1,200}\b(?:FROM|SET|VALUES|WHERE)\b")


# "chapter 12", "page 2": a counted thing, not a name with digits.
_COUNTED = frozenset({
    "chapter", "page", "step", "level", "room", "table", "item", "part", "week", "day", "version",
    "lesson", "unit", "episode", "track", "seat", "row", "floor", "block", "phase", "round",
    "slide", "figure", "option", "plan", "size", "batch", "lot", "order", "ticket", "issue",
    "sprint", "stage", "gate", "hall", "box", "pack", "sheet", "tab", "scene", "take", "shot",
    "capitulo", "pagina", "paso", "seite", "kapitel", "schritt", "chapitre", "etape", "semana",
    "invoice", "factura", "rechnung", "facture", "fatura", "bus", "line", "route"})
# The last message began a name: one word alone ("nico") or "username is felix".
_NAME_BEGUN = re.compile(r"(?i)(?:^\s{0,3}|\b(?:is|es|ist|est|é|:)\s{1,2})(?!(?:the|a|an|my|ok|"
                         r"okay|yes|no|si|sí|oui|ja|sim)\b)[a-z][a-z0-9._]{2,30}\s{0,3}$")
_NAME_SPACE_DIGITS = re.compile(
    r"^\s{0,3}([A-Za-z][A-Za-z._]{2,30})\s([0-9]{1,4})\s{0,3}[.!]?\s{0,3}$")


def _begun_name(last: str) -> bool:
    """The last message ends with the start of a name ("Insta: holz"), not a word ("done")."""
    m = _NAME_BEGUN.search(last)
    return m is not None and m.group().split()[-1].lower() not in COMMON


def _identifier_pieces(recent: list[str], text: str) -> list[Finding]:
    """A piece of a user name, handle or site name when the channel was named just before and
    the messages say it comes in parts (or the message is only that piece)."""
    near = recent[-3:]
    said = lower_same_length(" ".join(near))
    if not _channel_maybe(said):
        return []
    if _PAYMENT_NAMED_LC.found(said):
        kind = "payment"
    elif _MAIL_NAMED_LC.found(said):
        kind = "email"
    elif _SITE_NAMED_LC.found(said):
        kind = "url"
    elif _HANDLE_NAMED_LC.found(said):
        kind = "handle"
    else:
        return []
    if all(_NOT_MINE.search(_WHY_CLAUSE.sub("", _ON_PLATFORM.sub(" ", p)))
           for p in near if _names_channel(p)):
        return []  # "Ich bin nicht mehr auf Instagram": the channel is said not to be theirs
    cur = text[:MAX_PIECE_TEXT]
    if _CODE.search(cur) or any(_CODE.search(p) or _QUERY.search(p) for p in near):
        return []  # "SELECT name, email FROM clients" names a column, not the sender's mail
    low = lower_same_length(cur)
    cued = _PIECE_CUE_LC.found(low) or any(_PIECE_CUE_LC.found(lower_same_length(p))
                                           for p in near)
    yes = _YES.match(cur)  # "oui, deco.chez.ines" answering "Sur Insta ?"
    lone = cur[yes.end():] if yes else cur
    # "telegram handle part 1: quiet" / "part 2: lens_studio": the second numbered part alone
    part = _PART_TWO.match(lone)
    numbered = part is not None and any(_PART_ONE.search(p) for p in near)
    lone = lone[part.end():] if numbered else lone
    spaced = _NAME_SPACE_DIGITS.match(lone)  # "vale 04" after "snap is" / "nico"
    if (spaced is not None and spaced.group(1).lower() not in COMMON | _COUNTED
            and _NAME_BEGUN.search(near[-1])):
        return [Finding(kind, cur.index(spaced.group(1)), cur.index(spaced.group(1))
                        + len(spaced.group().strip().rstrip(".!")),
                        "piece of a " + kind + " name (channel named before)")]
    alone = (_ONE_IDENTIFIER.match(lone) is not None or lone.lstrip()[:1] in ("_", ".")) and (
        kind == "payment" or numbered
        or any(len(p.split()) <= 3 or _ASKED.search(p) for p in near))
    out = _named_next(near, cur, kind) + _joined_name(cur, kind) + _digits_at_end(near, cur, kind)
    out += _bare_name_after(near, cur, kind) + _described_then_given(near, cur, kind)
    mailbox = kind == "email" and _MAILBOX_ENDS.search(near[-1]) is not None
    if kind == "email" and (cued or mailbox):
        out += _provider_finishing(cur)
    more = _MORE_DIGITS.match(cur) if mailbox else None
    if more is not None:  # "my email is lena.k" / "plus 1987, then at yahoo"
        out.append(Finding(kind, more.start(1), more.end(1), "end of a name given before"))
    words = cur.split()
    short = ((len(words) <= 5 or _SUFFIX_TAIL.search(cur) is not None and len(words) <= 9)
             and words[0].lower() not in _LEADING_ARTICLE)
    spoken = ("dot" in low or "pun" in low or "point" in low or "ponto" in low or "under" in low
              or "unterstrich" in low or "bajo" in low or "tiret" in low or "sublinhado" in low
              or "dash" in low or "hyphen" in low or "gui" in low or "binde" in low
              or "fen" in low or "tra" in low)
    for m in _SPOKEN_IDENT.finditer(cur) if spoken else ():
        # "Insta: holz" / "manufaktur punkt weber, ...": the rest of a name begun last time
        if ((m.start() == 0 and (short or _begun_name(near[-1])))
                or m.group().strip() == cur.strip() or cued
                or _INTRO_BEFORE.search(cur, max(0, m.start() - 12), m.start() + 1)):
            out.append(Finding(kind, m.start(), m.end(), "piece of a " + kind
                               + " name (channel named before)"))
    # Without a cue or a message that is only the name, a piece can only be one glued on at
    # the start (".kernbichler"): the scan is skipped otherwise.
    label = _piece_label(cur)  # "then _groomzone after that": glued on after a label
    lead = len(cur[:label.end()].rstrip(" -_.:=>\u2013")) if label else 0
    glue = cur[lead:].lstrip()[:1]
    scan = (alone or cued or cur[:1] in ("_", ".", "-") or glue in ("_", ".", "-")
            or _INTRO_WORD.search(low) is not None
            or _ONE_IDENTIFIER.match(cur.split(",", 1)[0]) is not None
            or _NAME_OPENS.match(cur) is not None)
    out += _plus_pieces(near, cur, low, kind)
    said_is = _NAMES_IT.search(low)
    first = _FIRST_WORD.match(cur) if said_is else None
    if (first is not None and first.end() == said_is.start()
            and any(c.isdigit() or c in "_.-" for c in first.group(1))
            and not _VERSIONISH.match(first.group(1))):
        # "hollmann_3d heißt der Account": the message opens with the name and says so
        out.append(Finding(kind, first.start(1), first.end(1), "piece of a " + kind
                           + " name (channel named before)"))
    provider_named = kind == "email" and any(_PROVIDER_SAID.search(p) for p in near)
    for m in _IDENT.finditer(cur) if scan else ():
        name = m.group(2) or m.group(3)
        glued = m.group(3) is not None
        marked = glued or m.group(1) == "@" or any(c.isdigit() or c in "_.-" for c in name)
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if glued and not (alone or (not cur[lead:m.start()].strip() and (short or cued))):
            continue  # ".env file", ".com or .co.uk": a suffix or a file named in a sentence
        # with a cue, the piece ends the message or is named by it ("lindsaypark2019 is the
        # first part"), not "the second half: chapter_3 still needs edits"
        last = _END.match(cur, m.end()) is not None or _PIECE_CUE.match(
            cur, m.end(), m.end() + 30) is not None or _CUE_AFTER.match(cur, m.end()) is not None
        # ... or, once the mail provider was named, the cue right before it introduces it ("bei
        # web.de" / "vorne: t.schwarzkopf77, dann ...")
        last = last or (kind == "email" and provider_named and _MAILBOX_LIKE.search(name)
                        and _CUE_BEFORE.search(cur, max(0, m.start() - 30), m.start()) is not None)
        # "me encuentras como tartas.de.ana", "atelier.figue, passez voir": introduced as a
        # name, or opening the reply on its own
        named = _NAME_LIKE.match(name) is not None and (
            _AS_BEFORE.search(cur, max(0, m.start() - 24), m.start()) is not None
            or (m.start() == 0 and _OPENS_REPLY.match(cur, m.end()) is not None))
        if (not marked or not (alone or glued or (cued and last) or (named and not glued))
                or ext in _DOCUMENT_EXTS or (ext in _FILE_EXTS and kind != "payment")
                or _VERSIONISH.match(name.lstrip("_.-")) or _CODE_NAME.fullmatch(name)
                or name.lower() in PROVIDERS
                or _PLATFORM_NAMED.fullmatch(name) or sum(c.isalpha() for c in name) < 3):
            continue
        out.append(Finding(kind, m.start(), m.end(), "piece of a " + kind
                           + " name (channel named before)"))
    if cued and kind != "payment":
        # "the bit before the @ is r dot alvarez 77 - send it there", "zweite Hälfte:
        # holz_werk.": the value right after a cue in this message, up to where the clause ends
        for v in _CUE_VALUE.finditer(cur):
            value = v.group(1)
            if (sum(c.isalpha() for c in value) >= 3 and not _VERSIONISH.match(value)
                    and value.rsplit(".", 1)[-1].lower() not in _DOCUMENT_EXTS
                    and value.lower() not in PROVIDERS):
                out.append(Finding(kind, v.start(1), v.end(1), "piece of a " + kind
                                   + " name (said after a cue)"))
    m = (_CUE_THEN_WORD.search(cur)
         if cued or "nom" in low or "name" in low or "apellido" in low or "sobrenome" in low
         or "handle" in low or "usu" in low or "pseudo" in low else None)
    if m is not None and _IN_TWO.match(m.group()):
        m = None  # "shipped in 2 boxes": "in two" announces the parts, it does not name one
    g = next(i for i in (1, 2, 3) if m.group(i) is not None) if m is not None else 0
    if m is not None and not any(f.start <= m.start(g) < f.end for f in out) and (
            kind != "handle" or cued or _HANDLE_SAID.search(low)):
        if g == 1 or m.group(g).lower() not in COMMON:  # "..., thanks" closes, it names nothing
            out.append(Finding(kind, m.start(g), m.end(g),
                               "piece of a " + kind + " name (channel named before)"))
    return out


# A name opening the reply, with dots or underscores, then a remark ("k.vance — that's it").
_NAME_OPENS = re.compile(r"^\s{0,3}@?[A-Za-z]{1,30}(?:[._][A-Za-z0-9]{1,30}){1,4}"
                         r"(?=\s{0,2}(?:[,;!]|\s[-\u2013\u2014]\s))")
# A piece's cue in the message, then its value: an identifier typed or spoken with its dots or
# dashes ("r dot alvarez 77", "holz_werk"), ending where the clause ends.
_SEP_WORD = (r"(?:dot|punto|punkt|point|ponto|underscore|unterstrich|dash|hyphen|tiret|"
             r"gui[oó]n|tra[cç]o|h[ií]fen|bindestrich)")
_CUE_VALUE = re.compile(
    r"(?i)(?:" + _PIECE_CUE.pattern[4:] + r")\s{0,2}(?:(?:is|es|ist|est|[eé]|steht|kommt|va|"
    r"vem|viene|vient)\s{0,2})?(?:[:=\-]\s{0,2})?"
    r"([a-z][a-z0-9]{0,30}(?:(?:\s{0,2}[._\-]\s{0,2}|\s{1,2}" + _SEP_WORD + r"\s{1,2})"
    r"[a-z0-9]{1,30}){1,4}(?:\s{1,2}\d{1,4}(?![\w.,]))?)"
    r"(?=\s{0,3}(?:$|[,.;!?](?:\s|$)|\s[\u2014\u2013\-]\s|\s?\())")


# "part 2: ..." after "part 1: ...": the numbered second part of a name.
_PART_TWO = re.compile(r"(?i)^\s{0,3}(?:part|parte|teil|partie|pt\.?)\s{0,2}(?:2|two|dos|zwei|"
                       r"deux|dois)\s{0,2}[:=\-\u2013]\s{0,2}")
_PART_ONE = re.compile(r"(?i)\b(?:part|parte|teil|partie|pt\.?)\s{0,2}(?:1|one|uno|eins|un|um)"
                       r"\s{0,2}[:=\-\u2013]")
# "my email is lena.k": a mail user name ends the last message ...
_MAILBOX_ENDS = re.compile(r"(?i)(?:\b(?:is|es|ist|est)|[:\u00e9=])\s{1,2}[a-z][a-z0-9]*"
                           r"(?:[._][a-z0-9]+)+\s{0,3}$|"
                           # "email is my first name, Ravi": the mailbox said to be a name
                           r"\b(?:name|nombre|nome|nom|vorname|nachname|surname|apellido|"
                           r"sobrenome)\s{0,2}[,:=\-]\s{0,2}(?-i:[A-Z][a-z]{1,20})\s{0,3}[.!]?\s{0,3}$")
# ... and "plus 1987", "then 88", "und 1990 dahinter" opens this one: digits added to it.
_MORE_DIGITS = re.compile(r"(?i)^\W{0,3}(?:plus|then|and|dann|und|puis|et|luego|y|depois|e|\+)"
                          r"\s{0,2}(\d{2,6})(?![\d.:/%]|,\d|\s{0,2}(?:[€$£]|eur|usd)|\s{0,2}"
                          + _UNITS + ")")
# A message ending with "the name is", "username:", "es" names the next message's word ("find me
# on insta" / "the name is" / "lunaberrybakes").
_NAME_IS_END = re.compile(
    r"(?i)\b(?:name|names|handle|user\s?name|account|usuario|nombre|nome|nom|pseudo|"
    r"benutzername|nutzername|cuenta|conta|compte|konto|alias)\s{0,2}(?:is|es|ist|est|[eé]|"
    r"lautet|c'est)?\s{0,2}[:=\-\u2192]?\s{0,3}$")
_ONE_WORD = re.compile(r"^\s{0,3}@?([A-Za-z][\w.\-]{3,40}[A-Za-z0-9])\s{0,3}[.!]?\s{0,3}$")
# "yes,", "oui,", "claro:" before the one identifier that answers "Insta?".
_YES = re.compile(r"(?i)^\s{0,3}(?:yes|yeah|yep|yup|sure|ok(?:ay)?|s[ií]|claro|vale|ja|jo|klar|"
                  r"genau|oui|ouais|bien\s{1,2}s[uû]r|sim|isso|pode)\s{0,2}[,:!.\-]\s{0,3}")
# "como pasteleria punto rosa", "I'm on there as ...": the word before a spoken name introduces it.
_INTRO_BEFORE = re.compile(r"(?i)(?:\b(?:como|as|comme|als|is|es|est|ist|[eé]|sou|soy|bin|"
                           r"user\s?name|usuario|usu[aá]rio|benutzername|pseudo|handle|"
                           r"suis|unter|under|sous)|:)\s{1,3}\S$")
# Separators named in the plural, to go between the words of a name.
_SEP_PLURAL = (r"(?:dots|periods|underscores|dashes|hyphens|puntos|guiones(?:\s{1,2}bajos)?|"
               r"pontos|underlines?|underscores|tra[cç]os|h[ií]fens|punkte[n]?|unterstriche[n]?|"
               r"bindestriche[n]?|points|tirets(?:\s{1,2}bas)?)")
# "brushstrokes by dee, all one word", "arroba costura da lu, tudo junto": words to be joined.
_JOIN_CUE = (r"\b(?:(?:with\s{1,2})?no\s{1,2}spaces?|without\s{1,2}spaces?|"
             r"(?:all\s{1,2})?one\s{1,2}word|all\s{1,2}together|sin\s{1,2}espacios?|todo\s{1,2}junto|tudo\s{1,2}junto|"
             r"ohne\s{1,2}leerzeichen|alles\s{1,2}zusammen|zusammengeschrieben|"
             r"sans\s{1,2}espaces?|tout\s{1,2}attach[\u00e9e]s?|sem\s{1,2}espa[\u00e7c]os?|"
             r"d'un\s{1,2}seul\s{1,2}mot|en\s{1,2}un\s{1,2}mot|"
             r"(?:alles\s{1,2})?klein\s{1,2}und\s{1,2}zusammen|"
             # "dots in between each word", "with dashes", "(underscores between)", "com
             # underline entre as palavras", "mit Punkten dazwischen", "avec des tirets"
             r"(?:(?:with|con|com|mit|avec(?:\s{1,2}des)?)\s{1,2})?" + _SEP_PLURAL
             + r"(?:\s{1,2}(?:in\s{1,2})?(?:between|entre|dazwischen)\b[^\n,.()]{0,24})?"
             r"(?=\s{0,2}\)?\s{0,2}[.!]?\s{0,2}$)|"
             # "together" / "junto" alone only after a comma, closing the message
             r"(?<=,\s)(?:together|junt[oa]s?|zusammen|attach[\u00e9e]s?)(?=\s{0,2}[.!]?\s{0,2}$))\b")
# ... right after what introduces a name ("the handle is", "arroba", "como", ":").
_JOINED = re.compile(r"(?i)(?:^\s{0,3}|\b(?:is|es|ist|est|[eé]|arroba|arobase|como|comme|as|als|"
                     r"name|handle|user\s?name|usuario|nome|nombre|nom|pseudo)\s{1,2}|"
                     r"[:@\u2014\u2013]\s{0,2}|\s-\s)"
                     r"((?:@\s{0,2})?[a-z\u00e0-\u00ff][a-z0-9\u00e0-\u00ff]{0,24}"
                     r"(?:\s{1,2}[a-z0-9\u00e0-\u00ff]{1,24}){1,4})\s{0,2}[,(\-\u2013]?\s{0,2}"
                     + _JOIN_CUE)
_NOT_PART_OF_NAME = frozenset({
    "is", "es", "ist", "est", "e", "é", "name", "the", "my", "account", "handle", "username",
    "user", "arroba", "@", "como", "as", "its", "it's", "it", "el", "la", "le", "o", "a", "mi",
    "mon", "meu", "mein", "nombre", "nome", "nom", "usuario", "and", "y", "und", "et", "then",
    "just", "write", "type", "search", "busca", "procura", "cherche", "suche", "find", "c'est"})
# "1987 at the end", "then 88 at the end": digits closing a name given just before.
_END_DIGITS = re.compile(
    r"(?i)(?<![\d.,:/])(\d{2,6})(?![\d.,:/%])\s{0,2}(?:at|on|to)\s{1,2}the\s{1,2}end|"
    r"(?:al|no|am|à\s{1,2}la|a\s{1,2}la)\s{1,2}(?:final|fim|ende|fin)\s{0,2}[:,]?\s{0,2}"
    r"(?<![\d.,:/])(\d{2,6})(?![\d.,:/%])|"
    r"(?<![\d.,:/])(\d{2,6})(?![\d.,:/%])\s{1,2}(?:al|no|am|à\s{1,2}la)\s{1,2}"
    r"(?:final|fim|ende|fin)\b")
# "and it's at fastmail": the provider finishing a mailbox whose name came first.
_AT_PROVIDER = re.compile(
    # "then the usual gmail": the provider said last, after the name's pieces
    r"(?i)\b(?:at|@|on|en|em|bei|chez|no|na|arroba|sur|then|dann|puis|luego|depois|"
    r"(?:then\s{1,2})?the\s{1,2}usual)\s{1,2}((?:gmail|g-mail|hotmail|outlook|"
    r"yahoo|icloud|gmx|proton(?:mail)?|posteo|fastmail|zoho|yandex|aol|tutanota|live|"
    r"web\.de|t-online|uol|bol|terra|libero|laposte|orange|free)(?:\.[a-z]{2,3}){0,2})\b")
_OPENS_REPLY = re.compile(r"\s{0,2}(?:[,;!]|\s[-\u2013\u2014]|$)")
_INTRO_WORD = re.compile(r"\b(?:como|as|comme|als|unter|under|sous|arroba|arobase|me|moi|mir)\b")
# "me encuentras como X", "I'm on there as X": a name is introduced (not "the SKU is X").
_AS_BEFORE = re.compile(
    r"(?i)(?:\b(?:como|as|comme|als|unter|under|sous|arroba|arobase)\s{1,3}|"
    # "ajoute-moi : x.y", "add me: x.y", "sígueme - x.y"
    r"\b(?:(?:add|follow|find)\s{1,2}me|ajoute[\w\-]{0,6}|suis[\w\-]{0,6}|s[ií]gueme|agr[eé]game|"
    r"me\s{1,2}(?:segue|adiciona|sigue)|folg\w{0,2}\s{1,2}mir|adiciona[\w\-]{0,4})\s{0,2}"
    r"[:\-\u2013\u2192]?\s{1,3})@?$")
# A name, not a code: letters, then parts joined by dots or underscores ("atelier.figue").
_NAME_LIKE = re.compile(r"^@?[A-Za-z]{1,}(?:[._][A-Za-z0-9]+)+$")
_PAYMENT_NAMED = re.compile(r"(?i)\b(?:alias|cbu|cvu|clabe|chave\s{1,2}pix|pix|bizum)\b")
(_PAYMENT_NAMED_LC, _MAIL_NAMED_LC, _SITE_NAMED_LC, _HANDLE_NAMED_LC, _PIECE_CUE_LC) = (
    Caseless(rx) for rx in (_PAYMENT_NAMED, _MAIL_NAMED, _SITE_NAMED, _HANDLE_NAMED, _PIECE_CUE))
# Substrings one of which every match of the four patterns above holds (in lower case), and
# the words and suffixes too short to look for as substrings: most messages name no channel,
# and these few scans tell so before the four patterns run.
_CHANNEL_KEYS = ("alias", "clabe", "bizum", "mail", "correo", "courriel", "outlook", "yahoo",
                 "icloud", "proton", "posteo", "t-online", "web", "orange.fr", "arroba", "inbox",
                 "postfach", "buz", "@", "www", "sit", "seite", "dom", "port", "insta", "snap",
                 "tik", "twitter", "venmo", "cash", "zelle", "revolut", "tele", "discord",
                 "linkedin", "facebook", "threads", "kwai", "whats", "signal", "skype", "paypal",
                 "handle", "user", "usu", "nutzername", "pseudo", "git", "gram")
# ("\bx\b" written with the word first, so the scan can skip to where one starts)
_CHANNEL_SHORT = re.compile("(?:" + "|".join(
    w + r"(?<!\w" + w + ")" for w in ("ig", "tt", "x", "tg", "fb", "cbu", "cvu", "pix", "gmx",
                                      "uol", "bol")) + r")(?!\w)")
_CHANNEL_SUFFIX = re.compile(r"\.(?:com|net|org|de|es|fr|br|io|co|ca|uk|pt|at|ch|me|dev|art|"
                             r"shop|studio)")
_CHANNEL_DOT = re.compile(r"(?:dot|punto|punkt|point|ponto)\s{1,2}(?:com|net|org|de|es|fr|br|io|"
                          r"co|ca|uk|nz|au|pt|it|nl|be|ch|at|mx|ar)")


def _channel_maybe(low: str) -> bool:
    """False when none of the payment, mail, site or handle patterns can occur in ``low``
    (a text lowered with ``lower_same_length``)."""
    for k in _CHANNEL_KEYS:
        if k in low:
            return True
    if _CHANNEL_SHORT.search(low) is not None or _CHANNEL_SUFFIX.search(low) is not None:
        return True
    return (("dot" in low or "pun" in low or "poin" in low or "pont" in low)
            and _CHANNEL_DOT.search(low) is not None)


# "... so the bot can't see it", "damit der Filter es nicht merkt": a negation in a clause that
# says why, after the channel was named, refuses nothing.
_WHY_CLAUSE = re.compile(r"(?i)\b(?:so(?:\s{1,2}that)?|because|coz|cause|para\s{1,2}que|porque|"
                         r"damit|weil|sodass|pour\s{1,2}que|parce\s{1,2}que|pra\s{1,2}que|"
                         r"para\s{1,2}(?:o|a)\s{1,2}(?:bot|filtro))\s[^\n]{0,120}$")
# "no instagram" is "on Instagram" in Portuguese, not a refusal.
_ON_PLATFORM = re.compile(r"(?i)\b(?:no|na)\s{1,2}(?=" + _PLATFORM[2:] + ")")


# "i'm on snap" / "it's q u i l l o w": a name typed one letter at a time opening the reply.
_SPACED_LETTERS = re.compile(r"(?i)^\W{0,3}(?:(?:it'?s|its|is|es|[eé]|c'est|ist|then|and)\s{1,2})?"
                             r"((?:[a-z0-9][ \t]{1,2}){3,30}[a-z0-9])(?![\w.@])")
# "its kai dot" / "brambleworks": the last message stops on a separator said as a word ...
_SEP_WORD_END = re.compile(r"(?i)\b[a-z][\w\-]{0,30}\s{1,2}(?:dot|punto|punkt|point|ponto|"
                           r"underscore|unterstrich|underline|dash|hyphen|tiret|gui[oó]n|"
                           r"tra[cç]o)\s{0,2}[:.…]{0,3}\s{0,2}$")
# ... or a site's suffix is said without its name ("c'est point be", "a .com", "dot nz at the
# end"): the one word of the reply is the name.
_SUFFIX_ALONE = re.compile(r"(?i)(?:^|([^\s,:;]{1,30})?([\s,:;]{1,3}))"
                           r"(?:\.|(?:dot|punto|punkt|point|ponto)\s{1,2})(?:com|net|org|[a-z]{2})\b")
# ... the word before such a suffix is no name ("c'est point fr", "is a .com", "reviews, dot")
_BEFORE_SUFFIX = frozenset({"c'est", "é", "e", "es", "est", "ist", "is", "a", "an", "un", "une",
                            "um", "uma", "una", "ein", "eine", "in", "en", "em", "just", "its",
                            "it's", "my", "mi", "mon", "meu", "the", "la", "el", "le", "o",
                            "ends", "ending", "termina", "endet", "finit", "with", "con", "com",
                            "mit", "avec"})


def _suffix_alone(p: str) -> bool:
    for m in _SUFFIX_ALONE.finditer(p):
        word = (m.group(1) or "").lower()
        if not word or m.group(2).strip() or word in _BEFORE_SUFFIX or word in COMMON:
            return True
    return False
_BARE_WORD = re.compile(r"^\W{0,3}(?:(?:it'?s|its|es|[eé]|c'est|ist)\s{1,2})?"
                        r"([a-z][a-z0-9]{4,40})(?=\s{0,3}(?:$|[,;(!.]|\s[-\u2013\u2014]\s))")


def _bare_name_after(near: list[str], cur: str, kind: str) -> list[Finding]:
    """A name with no mark of its own that finishes what the last message began: letters typed
    one at a time, the word after "kai dot", the name of a site whose suffix was said alone."""
    m = _SPACED_LETTERS.match(cur)
    if m is not None and len(cur.split()) <= 14:
        return [Finding(kind, m.start(1), m.end(1),
                        "name typed letter by letter (channel named before)")]
    m = _BARE_WORD.match(cur) if len(cur.split()) <= 8 else None
    if m is None:
        return []
    word = m.group(1).lower()
    if word in COMMON or word in _REPLY_WORDS or word in PROVIDERS:
        return []
    last = near[-1]
    if _SEP_WORD_END.search(last) is not None:
        return [Finding(kind, m.start(1), m.end(1), "rest of a name begun before")]
    if kind == "url" and len(word) >= 6 and any(_suffix_alone(p) for p in near[-2:]):
        return [Finding("url", m.start(1), m.end(1), "site name (its suffix said before)")]
    return []


# "my gmail is the name of my company" / "which is hollowayhomes", "mi web es el nombre de mi
# empresa" / "o sea, talleresgil": the channel said to be a name of the sender's, which the
# next message then gives.
_NAME_OF_MINE = re.compile(
    r"(?i)\b(?:is|es|ist|est|[eé]|=|:)\s{1,2}(?:just\s{1,2}|simply\s{1,2}|solo\s{1,2}|"
    r"einfach\s{1,2}|juste\s{1,2}|s[oó]\s{1,2})?(?:"
    r"(?:the\s{1,2})?name\s{1,2}of\s{1,2}(?:my|our)\s{1,2}[^\W\d_]{3,15}|"
    r"(?:my|our)\s{1,2}(?:[^\W\d_]{3,15}(?:'s|\u2019s)?\s{1,2})?name|"
    r"(?:el\s{1,2})?nombre\s{1,2}de\s{1,2}(?:mi|nuestr[ao])\s{1,2}[^\W\d_]{3,15}|"
    r"mi\s{1,2}(?:nombre|apellido)|"
    r"(?:der\s{1,2})?name\s{1,2}(?:meiner|meines|unserer|unseres)\s{1,2}[^\W\d_]{3,15}|"
    r"mein\s{1,2}(?:vor|nach)?name|"
    r"(?:le\s{1,2})?nom\s{1,2}de\s{1,2}(?:ma|mon|notre)\s{1,2}[^\W\d_]{3,15}|mon\s{1,2}(?:pr[ée])?nom|"
    r"(?:o\s{1,2})?nome\s{1,2}d[ao]\s{1,2}(?:minha|meu|nossa|nosso)\s{1,2}[^\W\d_]{3,15}|"
    r"(?:o\s{1,2})?meu\s{1,2}(?:nome|sobrenome))\s{0,3}[.!,:]?\s{0,3}$")
_GIVEN_NEXT = re.compile(
    r"(?i)^\W{0,3}(?:(?:(?:which|that|it)(?:'s|\u2019s|\s{1,2}is)|i\.\s?e\.?|namely|so|"
    r"o\s{1,2}sea|(?:o\s{1,2})?que\s{1,2}(?:es|[eé])|ou\s{1,2}seja|also|das\s{1,2}ist|"
    r"c'est|soit|es|ist|[eé])\s{0,2}[:,\-]?\s{0,2})?@?([a-z][a-z0-9._\-]{2,40}[a-z0-9])"
    r"(?=\s{0,3}(?:$|[,;.!]))")


def _described_then_given(near: list[str], cur: str, kind: str) -> list[Finding]:
    """The name a channel was said to be made of, given in the next message."""
    m = _GIVEN_NEXT.match(cur)
    if m is None or _NAME_OF_MINE.search(near[-1]) is None:
        return []
    word = m.group(1).lower()
    if word in COMMON or word in _REPLY_WORDS or word in PROVIDERS or _VERSIONISH.match(word):
        return []
    return [Finding(kind, m.start(1), m.end(1), "name the channel was said to be")]


def _named_next(near: list[str], cur: str, kind: str) -> list[Finding]:
    """One word answering a message that ends with "the name is" after the channel was named."""
    m = _ONE_WORD.match(cur)
    if m is None or not _NAME_IS_END.search(near[-1]) or not any(
            _ASKED.search(p) and not _NOT_MINE.search(_ON_PLATFORM.sub(" ", p)) for p in near):
        return []
    name = m.group(1)
    if name.lower() in COMMON or name.lower() in PROVIDERS or (
            "." in name and name.rsplit(".", 1)[-1].lower() in _DOCUMENT_EXTS):
        return []
    return [Finding(kind, m.start(1), m.end(1), "name announced in the previous message")]


_THINGS_BEFORE = re.compile(r"(?i)\b(?:the|these|those|all|our|their|los|las|die|les|os|as)"
                            r"\s{1,2}$")


def _joined_name(cur: str, kind: str) -> list[Finding]:
    """Words to be written together to give the name ("brushstrokes by dee, all one word")."""
    low = cur.lower()
    if not any(w in low for w in ("space", "word", "together", "junt", "zusammen", "leerzeichen",
                                  "espace", "attach", "espa", "in one", "mot", "dots", "dash",
                                  "under", "hyphen", "periods", "punt", "guion", "ponto",
                                  "tra", "fens", "points", "tirets")):
        return []
    out = []
    for m in _JOINED.finditer(cur):
        words = m.group(1).split()
        start = m.start(1)
        while words and words[0].lower() in _NOT_PART_OF_NAME:
            start = cur.index(words[0], start) + len(words[0])
            words.pop(0)
        end = m.end(1)
        while len(words) > 2 and words[-1].lower() in ("with", "con", "com", "mit", "avec"):
            words.pop()  # "hale 9 with dashes": the cue's own word
            end = cur.rindex(words[-1], start, end) + len(words[-1])
        if len(words) < 2 or all(w.lower() in COMMON for w in words):
            continue
        start = cur.index(words[0], start)
        if _THINGS_BEFORE.search(cur, 0, start):
            continue  # "The file names should be all one word": a rule about things
        out.append(Finding(kind, start, end, "name to be written together"))
    return out


def _digits_at_end(near: list[str], cur: str, kind: str) -> list[Finding]:
    """Digits said to close a user name or handle ("1987 at the end") once it was given."""
    if kind not in ("handle", "email") or not any(
            _ASKED.search(p) or len(p.split()) <= 3 for p in near):
        return []
    return [Finding(kind, m.start(g), m.end(g), "end of a name given before")
            for m in _END_DIGITS.finditer(cur) for g in (1, 2, 3) if m.group(g)]


def _provider_finishing(cur: str) -> list[Finding]:
    if len(cur.split()) > 6:
        return []
    return [Finding("email", m.start(), m.end(), "mail provider of a name given before")
            for m in _AT_PROVIDER.finditer(cur)]


# "same as my cell: 646 555" ... "0 1 9 2": a number begun after a phone word, and the next
# message's only group of digits, wherever it sits, is the rest of it.
_PHONE_BEGUN = re.compile(
    r"(?i)\b(?:cell|mobile|phone|number|tel|telefone?|t[eé]l[eé]fono|celular|m[oó]vil|handy|"
    r"nummer|nr|n[uú]mero|num[eé]ro|portable|whats\s?app|zap|wpp|signal|telegram|zelle|"
    r"landline|fixe|fijo|festnetz|fixo)\b"
    # "meine nr fängt mit 0160 an": the particle of a German verb may close the message
    r"[^\d\n]{0,20}(\+?\d[\d \-.()]{1,14}\d)\s{0,2}(?:an\b)?\s{0,2}[.,]?\s{0,2}$")
# What every match of _PHONE_BEGUN holds (in lower case).
_PHONE_BEGUN_KEYS = ("cell", "mobile", "phone", "number", "tel", "t\u00e9l", "celular",
                     "movil", "m\u00f3vil", "handy", "nummer", "nr", "numero", "n\u00famero",
                     "num\u00e9ro", "portable", "whats", "zap", "wpp", "signal", "zelle",
                     "landline", "fixe", "fijo", "festnetz", "fixo")
# Documents with a number: an order's, an invoice's ("la commande numéro 42").
_DOC_WORDS = (r"order|invoice|ticket|tracking|pedido|factura|encomenda|fatura|rechnung|"
              r"bestell\w{0,5}|auftrag\w{0,3}|commande|facture")
_ORDER_WORD = re.compile(r"(?i)\b(?:" + _DOC_WORDS + r")\b")
# ... found where _ORDER_WORD is, run over the text lowered by lower_same_length: each word's
# first letter before the test for a word start.
_ORDER_WORD_FAST = re.compile(
    r"(?:o(?<!\wo)rder|i(?<!\wi)nvoice|t(?<!\wt)(?:icket|racking)|p(?<!\wp)edido|"
    r"f(?<!\wf)(?:actura|atura|acture)|e(?<!\we)ncomenda|r(?<!\wr)echnung|b(?<!\wb)estell\w{0,5}|"
    r"a(?<!\wa)uftrag\w{0,3}|c(?<!\wc)ommande)\b")
# ... and any other labelled number ("audit number 2025-117", "room 1207").
_ORDER_NUMBER = re.compile(
    r"(?i)\b(?:" + _DOC_WORDS + r"|suivi|seguimiento|rastreio|case|ref\w{0,7}|audit|serial|"
    r"part|model|policy|claim|batch|lot|item|room|flight|seat|page|issue|job|project|member|"
    r"customer|license|licence|registration|vat|tax|iso|din)\b")
_DATE_IN = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s{1,2}(?:de\s{1,2})?(?:jan|feb|"
                      r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|m[aä]r|mai|okt|"
                      r"dez|janv|f[eé]v|avr|juil|ao[uû]t|d[eé]c|fev|out|set)[a-z]{0,7}\b")
_VERSION_WORD = re.compile(r"(?i)\b(?:version|versi[oó]n|vers[aã]o|v)\s{0,2}\d")
# The only words a reply carrying the next pieces has ("middle 555, end 0164").
_WORDS_RE = re.compile(r"[^\W\d_]+")
_PIECE_WORDS = frozenset({
    "middle", "mid", "end", "then", "and", "last", "next", "rest", "after", "that", "the", "is",
    "mitte", "ende", "dann", "und", "danach", "medio", "final", "luego", "y", "fin",
    "resto", "despu\u00e9s", "meio", "fim", "depois", "e", "milieu", "puis", "et", "ensuite",
    "reste", "part", "parte", "teil", "partie", "second", "third", "segunda", "tercera", "zweite",
    "dritte", "deuxi\u00e8me", "troisi\u00e8me", "segundo", "terceiro"})
_CELL_WORD = re.compile(
    r"(?i)\b(?:cell|mobile|phone|tel|telefone?|t[eé]l[eé]fono|celular|m[oó]vil|handy|portable|"
    r"whats\s?app|zap|wpp|signal|telegram|zelle)\b")
_DIGITS_END = re.compile(r"(\d(?:[ \-.]?\d){1,8})\s{0,2}[.,]?\s{0,2}$")
_DIGIT_GROUP = re.compile(r"(?<![\w.,:/+])\d(?:[ .\-]?\d){1,7}(?![\w.:/%]|,\d)")


# "sort code 20 45 77" / "account 41 82 93 65": the account number after the bank's code.
_BANK_BEGUN = re.compile(r"(?i)\b(?:sort\s{0,2}code|routing|aba|bsb|transit|iban|bic|swift|"
                         r"blz|bankleitzahl|clabe|agencia|ag[eê]ncia|code\s{1,2}banque|"
                         r"c[oó]digo\s{1,2}(?:del\s{1,2})?banco)\b|"
                         # "bank: 20-45-77": a bank named with a sort code's shape
                         r"\bbank\s{0,2}(?:code)?\s{0,2}[:=]?\s{0,2}\d\d[\- ]\d\d[\- ]\d\d\b")
_ACCOUNT_REST = re.compile(r"(?i)\b(?:account|acct|acc|a/c|cuenta|konto(?:nummer)?|kto|conta|"
                           r"compte|n[uú]mero\s{1,2}de\s{1,2}(?:cuenta|conta))\s{0,2}"
                           r"(?:no\.?|number|nr\.?|n[º°])?\s{0,2}(?:is|es|ist|est|[eé]|:|#)?"
                           r"\s{0,2}(\d(?:[ \-.]?\d){5,16})(?!\d)")
_BANK_BEGUN_LC = Caseless(_BANK_BEGUN)
# _BANK_BEGUN_LC with the first letter of each word before the test for a word start
# ("\bswift" as "s(?<!\ws)wift"), found where it is.
_BANK_BEGUN_FAST = re.compile(
    r"(?:s(?<!\ws)(?:ort\s{0,2}code|wift)|r(?<!\wr)outing|a(?<!\wa)(?:ba|gencia|g[eê]ncia)|"
    r"b(?<!\wb)(?:sb|ic|lz|ankleitzahl)|t(?<!\wt)ransit|i(?<!\wi)ban|"
    r"c(?<!\wc)(?:labe|ode\s{1,2}banque|[oó]digo\s{1,2}(?:del\s{1,2})?banco))\b|"
    r"b(?<!\wb)ank\s{0,2}(?:code)?\s{0,2}[:=]?\s{0,2}\d\d[\- ]\d\d[\- ]\d\d\b")
# What every match of it holds.
_BANK_KEYS = ("sort", "routing", "aba", "bsb", "transit", "iban", "bic", "swift", "blz", "bank",
              "clabe", "agencia", "ag\u00eancia", "code", "codigo", "c\u00f3digo")


def _bank_named(low: str) -> bool:
    """``_BANK_BEGUN_LC.found(low)``, its pattern run only once one of its words is in ``low``."""
    return any(k in low for k in _BANK_KEYS) and _BANK_BEGUN_FAST.search(low) is not None
_ACCOUNT_REST_LC = Caseless(_ACCOUNT_REST)
# "find me on discord" / "name is rustyhinge, the tag is 8812": the four digits after the name.
_DISCORD_TAG_AFTER = re.compile(r"(?i)(?:\btag\s{0,2}(?:is|:|=|#)?\s{0,2}#?(\d{4})|"
                                # "wolf #2290": the rest of the name with its tag
                                r"((?<![\w#])[a-z][\w.]{1,31}\s{0,2}#\d{4})|#(\d{4}))\b"
                                r"(?!\s{0,2}(?:[€$£%]|eur|euros?|usd|dollars?|pounds?|units?|pcs)\b)")


# "issue #4471", "PR #12", "ticket #300": a word that numbers things, not a name with its tag
_TAG_NAME_IS_WORD = re.compile(r"(?:issue|issues|ticket|pr|bug|order|invoice|item|case|room|"
                               r"no|nr|num|number|pedido|factura|commande|rechnung|task|story|"
                               r"step|page|slide|table|row|version|build|release|job)\b")
_BANK_CODE = re.compile(r"(?i)\b(?:sort\s{0,2}code|routing(?:\s{1,2}number)?|aba|bsb|transit|"
                        r"blz|bankleitzahl|code\s{1,2}banque)\s{0,2}(?:is|:|#|=)?\s{0,2}"
                        r"(\d(?:[ \-]?\d){3,10})(?!\d)")
# "acct 71" alone: an account number begun, its rest in the next message. "acct no. starts
# 7120", "mi número de cuenta empieza por 0049", "Kontonummer fängt mit 4471 an": its start said.
_ACCOUNT_STARTS = (r"(?:(?:is|es|ist|est|[eé])\s{1,2})?(?:(?:starts?|begins?|starting|beginning)"
                   r"(?:\s{1,2}with)?|(?:empieza|comienza|arranca)(?:\s{1,2}(?:por|con))?|"
                   r"beginnt(?:\s{1,2}mit)?|f[aä]ngt\s{1,2}mit|commence(?:\s{1,2}par)?|"
                   r"come[cç]a(?:\s{1,2}(?:com|por))?|first\s{1,2}(?:four|half|part|bit|digits)"
                   r"(?:\s{1,2}(?:is|are))?)\s{0,2}")
_ACCOUNT_BEGUN = re.compile(r"(?i)^\W{0,3}(?:(?:my|mi|meine?|mon|ma|meu|minha|the|el|la|le|o|a)"
                            r"\s{1,2}){0,2}(?:n[uú]m[eé]ro\s{1,2}d[eao]\s{1,2})?"
                            r"(?:bank\s{1,2})?(?:account|acct|"
                            r"acc|a/c|cuenta|konto(?:nummer)?|kto|conta|compte)\s{0,2}"
                            r"(?:no\.?|number|nr\.?|n[º°])?\s{0,2}(?:" + _ACCOUNT_STARTS + r")?"
                            # "acct number pt 1: 4471"
                            r"(?:(?:pt|part|parte|teil|partie)\s{0,2}\d\s{0,2})?[:#]?\s{0,2}\d{1,6}"
                            r"(?:\s{1,2}an)?\s{0,3}$")


def _account_rest(recent: list[str], text: str) -> list[Finding]:
    cur = text[:MAX_PIECE_TEXT]
    if _HAS_DIGIT.search(cur) is None:
        return []  # account numbers, bank codes and tags are all digits
    near = lower_same_length(" ".join(recent[-3:]))
    out = []
    if _bank_named(lower_same_length(cur)) and _ACCOUNT_REST_LC.found(near):
        # "acc no 41192870" then "sort code 30-94-21": the bank's code after the account
        out += [Finding("payment", m.start(1), m.end(1), "bank code (account number sent before)")
                for m in _BANK_CODE.finditer(cur)]
    if (recent and _ACCOUNT_BEGUN.match(recent[-1]) and len(cur.split()) <= 10
            and _ORDER_WORD_FAST.search(lower_same_length(cur)) is None):
        # ("ok, invoice 4471 sent" is no rest)
        groups = list(_DIGIT_GROUP.finditer(cur))
        digits = sum(c.isdigit() for g in groups for c in g.group())
        if 1 <= len(groups) <= 3 and 4 <= digits <= 16:
            out += [Finding("payment", g.start(), g.end(), "rest of an account number")
                    for g in groups]
    if _bank_named(near):
        out += [Finding("payment", m.start(1), m.end(1), "account number (bank code sent before)")
                for m in _ACCOUNT_REST.finditer(cur)]
    if any("discord" in p.lower() and (_ASKED.search(p) or ":" in p) for p in recent[-3:]):
        out += [Finding("handle", m.start(g), m.end(g), "discord tag (platform named before)")
                for m in _DISCORD_TAG_AFTER.finditer(text, 0, MAX_PIECE_TEXT)
                for g in (1, 2, 3) if m.group(g) and not (
                    g == 2 and _TAG_NAME_IS_WORD.match(m.group(2).lower()))]
    return out


# "the rest is 418 207", "el resto: 33 90", "der Rest ist 4471", "le reste : 82 19", "o resto é
# 5521": the digits said to be the rest of the number begun before.
_REST_SAID = re.compile(
    r"(?i)(?:\b(?:the\s{1,2})?rest(?:\s{1,2}of\s{1,2}(?:it|the\s{1,2}number|my\s{1,2}number))?"
    r"\s{0,2}(?:is|:|=|-)|\bresto\s{0,2}(?:es|[eé]|:)|\brest\s{0,2}(?:ist|:)|"
    r"\breste\s{0,2}(?:c'est|est|:))\s{0,2}(\d(?:[ .\-]?\d){1,10})(?![\d:/%]|[.,]\d)")


def _phone_rest(recent: list[str], text: str) -> list[Finding]:
    """The rest of a phone number begun in the last messages: "starts 07700" / "hang on" /
    "then 900 318", or "my cell in bits" / "first part 312" / "middle 555, end 0164"."""
    if _HAS_DIGIT.search(text, 0, MAX_PIECE_TEXT) is None:
        return []
    last = -1
    for i in range(len(recent) - 1, max(-1, len(recent) - 4), -1):
        if _HAS_DIGIT.search(recent[i]) is not None:
            last = i
            break
    if last < 0:
        return []
    cur = text[:MAX_PIECE_TEXT]
    begun_in = recent[last]
    # Both readings need digits that end the earlier message (a match of _PHONE_BEGUN ends at
    # most ten characters after its last digit, one of _DIGITS_END less), and either a phone
    # word in it or nothing but those digits (after " :,-"): without them nothing below is.
    if _HAS_DIGIT.search(begun_in, max(0, len(begun_in) - 11)) is None:
        return []
    if _DIGITS_END.match(begun_in.lstrip(" :,-")) is None:
        low = lower_same_length(begun_in)
        if not any(k in low for k in _PHONE_BEGUN_KEYS):
            return []
    if _ORDER_NUMBER.search(recent[last]) or _VERSION_WORD.search(cur):
        return []  # "número de pedido: 0098123" / "A versão 2.0 do site"
    groups = list(_DIGIT_GROUP.finditer(cur))
    m = _PHONE_BEGUN.search(recent[last])
    if m is not None:
        begun = sum(c.isdigit() for c in m.group(1))
        # the one group of digits in the reply, wherever it sits, or a few joined by piece
        # words only ("dann 5541 und 027")
        most = 3 if set(_WORDS_RE.findall(cur.lower())) <= _PIECE_WORDS else 1
    else:
        # pieces of a few words each, a phone (not just "number") named just before
        tail = _DIGITS_END.search(recent[last])
        if (tail is None or recent[last][:tail.start()].strip(" :,-")
                or not set(_WORDS_RE.findall(cur.lower())) <= _PIECE_WORDS
                or not any(_CELL_WORD.search(p) for p in recent[max(0, last - 2):last + 1])):
            return []
        begun = sum(c.isdigit() for c in tail.group(1))
        most = 3
    said = _REST_SAID.search(cur) if m is not None and 3 <= begun <= 9 else None
    if said is not None and 7 <= begun + sum(c.isdigit() for c in said.group(1)) <= 15:
        # "the rest is 418 207, any time after 4:30": said to be the rest, other numbers around
        return [Finding("phone", said.start(1), said.end(1), "rest of a phone number")]
    if (not 3 <= begun <= 9 or not 1 <= len(groups) <= most
            or _HAS_DIGIT.search(cur, groups[-1].end()) is not None):
        return []
    rest = sum(c.isdigit() for g in groups for c in g.group())
    if rest != sum(c.isdigit() for c in cur) or not 7 <= begun + rest <= 15:
        return []
    return [Finding("phone", g.start(), g.end(), "rest of a phone number") for g in groups]


# Where a piece says it sits in the whole: "first bit is 07823", "the middle eight are 6021
# 8835", "last four 2207" — pieces may come in any order.
_SLOT_START = re.compile(
    r"\b(?:first|start\w{0,3}|begin\w{0,5}|primer\w{0,2}|empieza|comienza|erste\w?|beginnt|"
    r"anfang|premi[eè]re?s?|commence|d[ée]but|primeir\w{0,2}|come[cç]a|in[ií]cio)\b")
_SLOT_MIDDLE = re.compile(r"\b(?:middle|mid|medio|mitte|milieu|meio)\b")
_SLOT_END = re.compile(
    r"\b(?:last|end\w{0,3}|final|[uú]ltim\w{1,2}|termina\w?|letzte\w?|endet|ende|"
    r"derni[eè]re?s?|finit|fim|acaba)\b")
# "and before that 202 555", "davor 0176", "antes de eso 612", "avant ça 06", "antes disso 11":
# a piece said to come before the last one.
_SLOT_BEFORE = re.compile(
    r"\b(?:before\s{1,2}(?:that|it|those|this)|in\s{1,2}front\s{1,2}of\s{1,2}(?:that|it)|"
    r"davor|antes\s{1,2}(?:de\s{1,2}eso|de\s{1,2}esto|disso|disto)|avant\s{1,2}(?:[çc]a|cela))\b")
_CARD_WORD = re.compile(r"\b(?:card|tarjeta|karte|kreditkarte|carte|cart[aã]o|visa|mastercard|"
                        r"amex|debit|d[ée]bito|cc)\b")
_NUMBER_WORD = re.compile(r"\b(?:cell|mobile|phone|tel|telefone?|t[eé]l[eé]fono|celular|"
                          r"m[oó]vil|handy|portable|whats\s?app|digits|d[ií]gitos|ziffern|"
                          r"chiffres|(?:my|mi|mein\w{0,2}|mon|meu|minha)\s{1,2}(?:number|"
                          r"n[uú]mero|nummer|num[eé]ro))\b|\bnumber(?:'s|\s{1,2}is)\b|"
                          # "... 0184. call it": the pieces are to be dialled
                          # (not "call it done", "call it a day")
                          r"\b(?:(?:call|ring|text|dial)\s{1,2}(?:it|me|this|that)"
                          r"(?!\s{1,2}[a-z])|"
                          r"ll[aá]m(?:ame|alo|a\s{1,2}ah[ií])|ruf\s{1,2}(?:mich|da)\s{1,2}an|"
                          r"appelle[sz]?[\-\s]{1,2}(?:moi|le|l[àa])|liga\s{1,2}(?:pra|para)|"
                          r"me\s{1,2}liga)\b")
# (a full stop may close the sentence after a piece: "the last one is 0184. call it")
# (written "+ or digit first, then what may not stand before it", for the same matches as
# "(?<![\w.,:/])\+?\d...": the scan skips to where one can start)
_PIECE_DIGITS = re.compile(r"(?:\+(?<![\w.,:/]\+)\d|\d(?<![\w.,:/]\d))(?:[ .\-]?\d){1,11}"
                           r"(?![\w:/%]|[.,]\w)")
_IBAN_START = re.compile(r"\b([a-z]{2}\d{2}(?:[ \-]?[a-z0-9]{1,4}){0,7})\s{0,2}[.,]?\s{0,2}$")
# (the rest may be typed as one run: "0002184730572" is thirteen characters)
_IBAN_REST = re.compile(r"(?<![\w.,:/])[a-z0-9]{1,30}(?![\w.:/%])")


# "part 2/3:", "Teil 1 von 3", "parte 3": the piece's own number.
_PART_NUMBER = re.compile(r"\b(?:part|pt|teil|parte|partie|piece|bit|bloco|bloque|block)\s{0,2}"
                          r"#?(\d)\s{0,2}(?:/|of|von|de|sur)?\s{0,2}\d?\s{0,2}[:\-=)]")
# Words that say a message carries a piece ("first part", "the last bit").
_PIECE_NOUN = re.compile(r"\b(?:part|bit|piece|half|teil|h[aä]lfte|parte|mitad|partie|"
                         r"moiti[eé]|metade|trozo|peda[cç]o)\b")
SLOT_START, SLOT_NONE, SLOT_END = 0, 50, 100
_ANY_SLOT = re.compile("|".join(p.pattern for p in (_PART_NUMBER, _SLOT_START, _SLOT_END,
                                                    _SLOT_BEFORE)))
_IBAN_SHAPE = re.compile(r"[a-z]{2}\d\d")


def _slot(low: str) -> int:
    """Where a piece sits: its own part number, SLOT_START, SLOT_END, or SLOT_NONE for the
    middle or a piece that does not say."""
    part = _PART_NUMBER.search(low)
    if part is not None:
        return int(part.group(1))
    if _SLOT_START.search(low) or _SLOT_BEFORE.search(low):
        return SLOT_START
    if _SLOT_MIDDLE.search(low):
        return SLOT_NONE
    if _SLOT_END.search(low):
        return SLOT_END
    return SLOT_NONE


def _piece_digits(found: list[str]) -> str:
    """The digits of a piece, with the '+' of an international number that opens it."""
    digits = "".join(c for c in "".join(found) if c.isdigit())
    return "+" + digits if found[0].startswith("+") else digits


_RANGE_WORD = re.compile(r"\s{1,2}(?:to|till|until|a|al|hasta|bis|à|au|até|ao)\s{1,2}|"
                         r"\s{0,2}[-\u2013]\s{0,2}")


def _a_range(low: str, a: re.Match, b: re.Match) -> bool:
    """Two numbers of the same length with a range word between ("1212 a 1250", "0331-0340");
    "555 - 26" is two pieces."""
    m = _RANGE_WORD.fullmatch(low, a.end(), b.start())
    return (m is not None and len(a.group()) == len(b.group()) >= 3
            and a.group().isdigit() and b.group().isdigit())


def _ordered_pieces(recent: list[str], text: str, region: str) -> list[Finding]:
    """A card or phone number given in pieces that say where they sit ("last four 2207", then
    "card starts 4716", then "the middle eight are 6021 8835"), joined in that order; and the
    rest of an IBAN begun in the last messages. Each must pass its check (Luhn, a valid phone
    number for the region, the IBAN's length and check digits)."""
    cur = text[:MAX_PIECE_TEXT]
    if len(cur.split()) > 16 or _HAS_DIGIT.search(cur) is None:
        return []
    low = lower_same_length(cur)
    if _ORDER_WORD_FAST.search(low) or _DATE_IN.search(cur):  # "Sprint 14 ends on Friday, 28 June."
        return []  # "la commande numéro 42 est partie": an order's number, not a piece
    near = [lower_same_length(p) for p in recent[-3:]]
    if _IBAN_SHAPE.search(" ".join(near)) is not None:
        out = _iban_rest(near, low)
        if out:
            return out
    groups = list(_PIECE_DIGITS.finditer(low))
    if not 1 <= len(groups) <= 3 or any(_a_range(low, a, b)
                                         for a, b in zip(groups, groups[1:], strict=False)):
        return []  # "los artículos 1212 a 1250": a range, not two pieces
    found = [(i, p, [g.group() for g in _PIECE_DIGITS.finditer(p)]) for i, p in enumerate(near)
             if len(p.split()) <= 12 and _HAS_DIGIT.search(p) is not None]
    said = [low] + [p for _, p, f in found if 1 <= len(f) <= 3]
    if len(said) < 2 or _ANY_SLOT.search(" | ".join(said)) is None:
        return []  # no piece says where it sits: the plain order is read elsewhere
    pieces = [(_slot(p), i, _piece_digits(f)) for i, p, f in found if 1 <= len(f) <= 3]
    pieces.append((_slot(low), len(near), _piece_digits([g.group() for g in groups])))
    placed = sum(slot != SLOT_NONE for slot, _, _ in pieces)
    if len(pieces) < 2 or not placed:
        return []  # no piece says where it sits: the plain order is read elsewhere
    # the card or phone is named with the pieces themselves, not in a sentence around them,
    # or the pieces say they are parts ("first part", "last bit") or where two of them sit
    card = any(_CARD_WORD.search(p) for p in said)
    if not (card or placed >= 2 or any(_NUMBER_WORD.search(p) or _PIECE_NOUN.search(p)
                                       for p in said)):
        return []
    for first in range(len(pieces) - 1):
        whole = "".join(d for _, _, d in sorted(pieces[first:]))
        digits = whole.lstrip("+")
        if card and 13 <= len(digits) <= 19 and "+" not in whole and payment.luhn_ok(digits):
            return [Finding("payment", g.start(), g.end(), "card number given in pieces")
                    for g in groups]
        if (not card and 8 <= len(digits) <= 13 and whole.count("+") <= (whole[0] == "+")
                and phone_valid(whole, region)):
            return [Finding("phone", g.start(), g.end(), "phone number given in pieces")
                    for g in groups]
    return []


def _iban_rest(near: list[str], low: str) -> list[Finding]:
    """The rest of an IBAN whose start ended one of the last messages ("IBAN DE83 1203 0000
    10", then "der Rest: 5938 4721"): kept only when the whole passes the IBAN check."""
    for i in range(len(near) - 1, -1, -1):
        if _HAS_DIGIT.search(near[i], max(0, len(near[i]) - 6)) is None:
            continue
        m = _IBAN_START.search(near[i], max(0, len(near[i]) - 48))
        if m is None or m.group(1)[:2].upper() not in payment.IBAN_LENGTHS:
            continue
        begun = "".join(c for c in m.group(1) if c.isalnum())
        between = "".join(c for p in near[i + 1:] for g in _IBAN_REST.finditer(p)
                          if any(ch.isdigit() for ch in g.group())
                          for c in g.group() if c.isalnum())
        need = payment.IBAN_LENGTHS[begun[:2].upper()] - len(begun) - len(between)
        if need <= 0:
            return []
        groups = [g for g in _IBAN_REST.finditer(low) if _HAS_DIGIT.search(g.group())]
        rest = "".join(c for g in groups for c in g.group() if c.isalnum())
        if len(rest) == need and payment.iban_ok(begun + between + rest):
            return [Finding("payment", g.start(), g.end(), "rest of an IBAN") for g in groups]
        return []
    return []


def _handle_finished(recent: list[str], text: str) -> list[Finding]:
    """The rest of a handle begun at the end of one of the last two messages."""
    lone = _LONE_AT.match(text)
    if lone and (any(_PLATFORM_NAMED.search(piece) for piece in recent[-2:])
                 or _PLATFORM_NAMED.fullmatch("".join(recent[-2:]).replace(" ", ""))):
        return [Finding("handle", lone.start(), lone.end(), "handle after the platform was named")]
    m = _ONE_IDENTIFIER.match(text)
    if m is None or not any(c.isdigit() or c in "_.-" for c in m.group(1)):
        return []
    name = m.group(1)
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if _VERSIONISH.match(name) or ext in _DOCUMENT_EXTS:
        return []
    if any(_OPEN_HANDLE.search(piece) for piece in recent[-2:]):  # "insta: @ju" / "carvalho.ph"
        return [Finding("handle", m.start(1), m.end(1), "handle finished in this message")]
    if ext in _FILE_EXTS:
        return []
    if "." in name and any(_PROVIDER_SAID.search(piece) and _MY_MAIL.search(piece)
                           for piece in recent[-2:]):
        return [Finding("email", m.start(1), m.end(1), "mail user name (provider named before)")]
    return []


# "...and the last four are 7790", "… dann 334", "- then 318": a piece that opens by saying it
# goes on from the last one; the dots are read like a label in front of it.
_GOES_ON = re.compile(r"^\s{0,3}(?:\.{2,4}|\u2026|[-\u2013\u2014+&]\s)\s{0,2}(?=\S)")
# "my cell is 646..." / "0157 …": the dots that say the next message goes on.
_TRAILING_DOTS = re.compile(r"\s{0,2}(?:\.{2,4}|\u2026)\s{0,2}$")


# "plus _moves_yvr", "más .studio", "then -dev": "+" said as a word before a piece that is
# glued on ('_', '.' or '-' opening it)
_JOIN_WORD = re.compile(r"(?i)^\s{0,3}(?:plus|m[a\u00e1]s|mais|then|and|dann|und|puis|et|luego|"
                        r"y|e|depois)\s{1,2}(?=[_.][a-z]|-[a-z])")


def split_findings(text: str, history: Sequence[str], ctx: Context,
                   detectors: Sequence[Detector]) -> list[Finding]:
    """Findings in ``text`` that only exist when read after the sender's previous messages.

    The recent messages and the current one are read as one text; a finding that starts in
    the history and reaches into the current message is clipped to the current message.
    Labels in front of each piece ("part 2:", "then") are left out of that reading.
    """
    lead = _GOES_ON.match(text) or _JOIN_WORD.match(text)
    skip = lead.end() if lead else 0
    out = _shifted(_split_findings(text[skip:], history, ctx, detectors), skip)
    # (read with its '+' or '&': "+ lindqvist" goes on from a name given before)
    out += _name_defined([h for h in history[-MAX_MESSAGES:] if isinstance(h, str)], text)
    if text.lstrip()[:1] == "+":
        out += _plus_rest([h for h in history[-MAX_MESSAGES:] if isinstance(h, str)], text)
    if len(text) > MAX_TAIL and not out:
        # "... new files are up. And the rest of my number from before: then 662 019": a piece
        # at the end of a longer message, said to go on from the earlier ones
        head = text[:MAX_PIECE_TEXT]
        low = lower_same_length(head)
        m = (_BACK_REF_LC.search(head, low) if any(k in low for k in _BACK_REF_KEYS)
             else None)
        if m is not None:
            cut = max(low.rfind(". ", 0, m.start()), low.rfind("! ", 0, m.start()),
                      low.rfind("? ", 0, m.start()))
            start = cut + 2 if cut != -1 else 0
            breaks = [i for i in (low.find(": ", m.end()), low.find(" \u2014 ", m.end()),
                                  low.find(" \u2013 ", m.end()), low.find(" - ", m.end()))
                      if i != -1]
            if breaks:
                start = min(breaks) + 2
            out = _shifted(_split_findings(text[start:], history, ctx, detectors), start)
    return out


# "Domain is marigold" / "+ market + .co", "mail: tiago" / "+ silva + @gmail": the rest of a
# name begun in the last message, added on with '+'.
_PLUS_REST = re.compile(
    r"(?i)^\s{0,3}\+\s{0,2}[\"']?\s{0,2}([@.]?[a-z0-9][a-z0-9_\-]{0,30})[\"']?"
    r"((?:\s{0,2}\+\s{0,2}[\"']?\s{0,2}[@.]?[a-z0-9][a-z0-9_.\-]{0,30}[\"']?){0,3})"
    r"\s{0,3}[.!]?\s{0,3}$")
_PLUS_SUFFIX = re.compile(r"\+\s{0,2}[\"']?\s{0,2}[@.][a-z]")


def _plus_rest(history: Sequence[str], text: str) -> list[Finding]:
    """Words added with '+' to a name that ends the last message, once its channel was named:
    kept when one is no everyday word or a suffix or domain is added too ("+ tax" is not)."""
    m = _PLUS_REST.match(text, 0, MAX_PIECE_TEXT)
    if m is None:
        return []
    near = [h[-MAX_PREFIX:] for h in history[-3:] if isinstance(h, str) and h.strip()]
    if not near or not _begun_name(near[-1]) or not any(
            _names_channel(p) and not _not_mine(p) for p in near):
        return []
    words = [w.lower().strip("@.") for w in re.findall(r"[@.]?[a-z0-9][a-z0-9_.\-]{0,30}",
                                                           m.group(0), re.I)]
    # a suffix or domain added, or the name said to come in parts ("+ hosting" after "the
    # domain is registered" is a price list)
    if not (_PLUS_SUFFIX.search(m.group(0)) or (any(_PIECE_CUE.search(p) for p in near) and any(
            w not in COMMON and w not in _REPLY_WORDS and not w.isdigit() for w in words))):
        return []
    end = len(text[:m.end()].rstrip(" .!\"'\t\n"))
    return [Finding("url" if _SITE_NAMED.search(" ".join(near)) else "handle", m.start(1), end,
                    "rest of a name added with '+'")]


def _shifted(findings: list[Finding], by: int) -> list[Finding]:
    if not by:
        return findings
    return [Finding(f.kind, f.start + by, f.end + by, f.reason) for f in findings]


# Words that send the reader back to the earlier messages: "from before", "re my number",
# "wie vorhin", "lo que te decía antes", "sobre o endereço que mandei antes".
_BACK_REF_LC = Caseless(re.compile(
    r"\b(?:from\s{1,2}before|from\s{1,2}earlier|i\s{1,2}sent\s{1,2}(?:you\s{1,2})?(?:before|"
    r"earlier)|(?:my|the)\s{1,2}earlier\s{1,2}(?:two\s{1,2}|last\s{1,2})?messages?|"
    r"re\s{1,2}my\s{1,2}(?:number|phone|cell|mobile|email|address|earlier)|rest\s{1,2}of\s{1,2}"
    r"(?:my|the)\s{1,2}(?:number|digits|address)|"
    r"(?:que|lo\s{1,2}que)\s{1,2}te\s{1,2}(?:dije|puse|mand[eé]|dec[ií]a|escrib[ií])|"
    r"que\s{1,2}(?:te\s{1,2})?(?:mandei|enviei|disse)|"
    r"wie\s{1,2}(?:vorhin|vorher|gesagt)|von\s{1,2}(?:vorhin|vorher)|"
    r"comme\s{1,2}(?:je\s{1,2}(?:disais|te\s{1,2}disais)|tout\s{1,2}[àa]\s{1,2}l'heure)|"
    r"de\s{1,2}tout\s{1,2}[àa]\s{1,2}l'heure|que\s{1,2}je\s{1,2}(?:t'|vous\s{1,2})ai\s{1,2}"
    r"(?:envoy[ée]|donn[ée]|dit))\b"))


# What every match of _BACK_REF_LC holds.
_BACK_REF_KEYS = ("before", "earlier", "number", "phone", "cell", "mobile", "email", "address",
                  "digits", "dije", "puse", "mand", "dec", "escrib", "enviei", "disse", "vorh",
                  "gesagt", "disais", "l'heure", "envoy", "donn", "dit")


# "@Marcos confirma a entrega?": a capitalised first name after '@' is a chat mention.
_MENTION = re.compile(r"@?[A-ZÁÉÍÓÚÀÂÊÔÃÕÇÄÖÜ][a-záéíóúàâêôãõçäöüñ]{1,20}\b(?![._\d])")
_LABEL_OR_ARTICLE_BEFORE = re.compile(
    r"(?i)(?:\b(?:number|no\.|nr\.?|n[º°]|id|code|ref\w{0,7}|tracking|order|invoice|parcel|"
    r"pedido|commande|colis|sendung|encomenda)\s{0,2}[:#]?|\b(?:the|a|an|la|le|el|der|die|das|"
    r"o|os|les|los))\s{1,2}$")
# "File: Brand_Guidelines_2025_FINAL(2).pdf": a file's name, labelled or with its extension.
_FILE_LABEL = re.compile(r"(?i)\b(?:file|files|datei|archivo|fichier|arquivo|attachment|anhang|"
                         r"anexo|pi[eè]ce\s{1,2}jointe)\s{0,2}(?:name)?\s{0,2}:\s{0,2}$")
_MEDIA_EXTS = r"pdf|docx?|xlsx?|pptx?|png|jpe?g|heic|gif|svg|zip|psd|fig|mp4|mov|wav|mp3|txt|csv"
_FILE_AFTER = re.compile(r"(?i)(?:\s?\([\w ]{1,12}\))?\.(?:" + _MEDIA_EXTS + r"|ai|indd|sketch)\b")


# (".ai" ends a site's name as often as a file's, so a name ending in it is not a file)
_FILE_END = re.compile(r"(?i)\.(?:" + _MEDIA_EXTS + r"|raw|cr2|nef|tiff?)$")


def _a_file(current: str, start: int, end: int) -> bool:
    return (_FILE_AFTER.match(current, end) is not None
            or _FILE_END.search(current, start, end) is not None
            or _FILE_LABEL.search(current, max(0, start - 20), start) is not None)


# "my gmail starts with 'juniper'" / "then 'soundworks', no dot": a name spelled out in quoted
# pieces, the first at the end of a message that names the channel and says it comes in parts,
# the next ones opening the reply after "then", "y luego", "puis", "dann", "depois".
_QUOTE = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb"
# ("'_sre_91'": a later piece may open with the separator that joins it on)
_QUOTED_WORD = re.compile(r"(?<!\w)[" + _QUOTE + r"]\s{0,2}((?=[._\-]{0,3}[a-z0-9])"
                          r"[a-z0-9_.\-][a-z0-9._\-]{0,30})\s{0,2}[" + _QUOTE + r"](?!\w)")
# ("Name fängt mit 'kai' an": the particle of a German verb may close the message)
_QUOTED_END = re.compile(_QUOTED_WORD.pattern + r"\s{0,3}(?:an\s{0,2})?[.!:,]?\s{0,3}$")
_QUOTED_FIRST = re.compile(
    r"(?i)(?:" + _PIECE_CUE.pattern[4:] + r"|\b(?:first|primero|primeiro|zuerst|erst|d'abord|"
    r"premier|d[ée]but)\b|\b(?:in|en|em|por|par)\s{1,2}(?:parts|pieces|partes|teilen|"
    r"st[uü]cken|morceaux|deux\s{1,2}fois|dos|two|zwei|duas|trozos|peda[cç]os)\b)")
_QUOTED_CHANNEL = re.compile(r"(?i)\b(?:web|page|portfolio|portafolio|portf[oó]lio|blog|shop|"
                             r"tienda|loja|boutique|laden)\b")
_THEN_QUOTED = re.compile(
    r"(?i)^\W{0,3}(?:(?:and|y|und|et|e)\s{1,2})?(?:then|next|after\s{1,2}that|luego|despu[eé]s|"
    r"dann|danach|puis|ensuite|apr[eè]s|depois|a\s{1,2}seguir|"
    # "and it ends with '_x'", "termina en", "endet mit", "finit par", "o resto é"
    r"(?:it\s{1,2}|(?:the\s{1,2})?rest\s{1,2})?ends?\s{1,2}(?:with|in)|(?:the\s{1,2})?rest|"
    r"termina\s{1,2}(?:en|con|em|com)|(?:el\s{1,2}|o\s{1,2})?resto|endet\s{1,2}(?:mit|auf)|"
    r"(?:der\s{1,2})?rest|(?:il\s{1,2}|[çc]a\s{1,2})?(?:se\s{1,2})?(?:finit|termine)\s{1,2}par|"
    r"(?:le\s{1,2})?reste)(?:\s{1,2}(?:it'?s|comes|va|viene|"
    r"kommt|vient|c'est|vem|es|ist|is|est|[eé]))?\s{0,2}[:,\-]?\s{0,2}(?=[" + _QUOTE + r"])")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _quoted_pieces(history: Sequence[str], text: str) -> list[Finding]:
    """The quoted pieces of a name that opens the reply after its first quoted piece."""
    if _THEN_QUOTED.match(text) is None:
        return []
    before = [h[-MAX_PIECE_TEXT:] for h in history[-2:] if isinstance(h, str)]
    if not any(_QUOTED_END.search(p) and _QUOTED_FIRST.search(p)
               and (_names_channel(p) or _QUOTED_CHANNEL.search(p)) for p in before[-1:]):
        return []
    stop = _SENTENCE_STOP.search(text)
    end = stop.start() if stop is not None else min(len(text), MAX_PIECE_TEXT)
    return [Finding("url", m.start(1), m.end(1), "quoted piece of a name (begun before)")
            for m in _QUOTED_WORD.finditer(text, 0, end)]


# A message that ends on a platform's label with the handle still to come: "soundcloud:", "the
# link is paypal.me/ then", or a short one with the handle begun ("tiktok: @fern", "ig: pastel").
_LABEL_PLATFORM = (r"(?<![\w.])(?:" + _CLEAR + r"|ig|tt|tg|fb|yt|sc)(?:\.me|\.com)?")
_LABEL_OPEN = re.compile(
    r"(?i)" + _LABEL_PLATFORM + r"\s{0,2}(?:(?:handle|name|user\s?name|account|id|link|@)"
    r"\s{0,2})?(?:[:=/]|->|\u2192|(?<=\s)(?:is|es|ist|est|[eé])(?=\s|$))\s{0,2}"
    r"(?:([@$]\s{0,2})?([A-Za-z0-9][\w.\-]{0,23}))?\s{0,2}"
    r"(?:then|next|luego|dann|puis|depois|\.{2,3}|\u2026)?\s{0,3}$")
_THEN_WORDS = frozenset({"then", "next", "luego", "dann", "puis", "depois"})
_EMOJI = r"[\u2600-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF\ufe0f\u200d]"
# ... the rest of it opening the next message, alone or with an emoji or a remark after a comma
# or a dash ("fernbakes 🍞", "lowtide.audio, all my sets are there").
_REST_OF_HANDLE = re.compile(
    r"^\s{0,3}[@$]?\s{0,2}([A-Za-z0-9][\w.\-]{1,40})\s{0,3}[.!]{0,3}\s{0,3}(?:" + _EMOJI
    + r"{1,6}\s{0,3})?(?:(?:[,;(\u2014\u2013]|\s-\s)[^\n]{0,160})?$")
# Short replies that are no name ("perfect", "sorry", "wait").
_REPLY_WORDS = frozenset({
    "perfect", "great", "awesome", "cool", "nice", "sorry", "wait", "oops", "thanks", "thank",
    "thx", "hello", "hi", "hey", "sure", "okay", "ok", "yes", "yeah", "nope", "done", "lol",
    "haha", "gracias", "perfecto", "vale", "genial", "danke", "super", "merci", "parfait",
    "obrigado", "obrigada", "valeu", "beleza", "ótimo", "otimo", "bueno", "claro", "also",
    "actually", "anyway", "later", "tomorrow", "today", "tonight", "morning", "noon", "midnight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "segunda", "terça", "quarta",
    "quinta", "sexta", "mañana", "morgen", "demain", "amanhã", "hoy", "heute", "hoje"})


def _not_mine(p: str) -> bool:
    return (_NOT_MINE.search(_WHY_CLAUSE.sub("", _ON_PLATFORM.sub(" ", p))) is not None
            or _AS_A_STYLE.search(p) is not None)


def _handle_after_label(history: Sequence[str], text: str) -> list[Finding]:
    """The handle in the message after one that ends on the platform's label."""
    r = _REST_OF_HANDLE.match(text, 0, MAX_PIECE_TEXT)  # the cheaper test first
    if r is None:
        return []
    last = history[-1][-MAX_PREFIX:]
    if ":" not in last and "/" not in last and "=" not in last and "\u2192" not in last and (
            " is" not in last and " es" not in last and " ist" not in last
            and " est" not in last and "\u00e9" not in last and "->" not in last):
        return []
    m = _LABEL_OPEN.search(last)
    if m is None or _not_mine(last):
        return []
    piece = m.group(2)
    if piece is not None and piece.lower() in _THEN_WORDS:
        piece = None
    if piece is not None and len(history[-1].split()) > 4:
        return []  # "we posted it on insta: reels" is talk; "insta: pastel" alone begins a name
    name = r.group(1).rstrip(".-")
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    if (sum(c.isalpha() for c in name) < 3 or low in COMMON or low in _REPLY_WORDS
            or low in PROVIDERS or _VERSIONISH.match(name) or ext in _DOCUMENT_EXTS
            or ext in _FILE_EXTS or _PLATFORM_NAMED.fullmatch(name) or _CODE_NAME.fullmatch(name)):
        return []
    return [Finding("handle", r.start(1), r.start(1) + len(name),
                    "handle after the platform's label in the previous message")]


# "@ holloway.tiles, all my work is there", "search @ mira_draws there": an '@' with a space
# after it opening the reply or after a verb of looking up, once a platform or app was named.
_AT_SPACED = re.compile(
    r"(?i)(?:^\W{0,2}|\b(?:search|find|add|follow|look\s{1,2}up|dm|message|busca|b[uú]scame|"
    r"procura|pesquisa|acha|sucht?|such\s{1,2}nach|cherche|ajoute|segue|sigue|s[ií]gueme|"
    r"folg\w{0,2})\s{1,2}(?:(?:me|mich|moi)\s{1,2})?(?:(?:for|nach|por)\s{1,2})?)"
    r"@(\s{0,2})([a-z][\w.\-]{1,40}[a-z0-9])(?![\w@\-])")
_APP_NAMED = re.compile(r"(?i)\b(?:app|aplicaci[oó]n|aplicativo|appli)\b")
_PLATFORM_ANY = re.compile(r"(?i)(?<![\w.])(?:" + _CLEAR + r")\b")


def _at_spaced_handle(recent: list[str], text: str) -> list[Finding]:
    if "@" not in text[:MAX_PIECE_TEXT]:
        return []
    m = _AT_SPACED.search(text, 0, MAX_PIECE_TEXT)
    if m is None or (not m.group(1) and _MENTION.match(text, m.start(2))):
        return []  # "@Marcos confirma a entrega?": a mention
    name = m.group(2)
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if (ext in _DOCUMENT_EXTS or ext in _FILE_EXTS or name.lower() in PROVIDERS
            or name.lower() in COMMON or name.lower() in _REPLY_WORDS):
        return []  # "search @ the top", "@ noon works"
    if not any((_PLATFORM_NAMED.search(p) or _PLATFORM_ANY.search(p) or _APP_NAMED.search(p))
               and not _not_mine(p) for p in recent[-2:]):
        return []
    return [Finding("handle", m.start(2), m.end(2), "handle after the platform was named")]


# A channel defined from the sender's name ("my site is just my name dot com", "Mail an Vorname
# punkt Nachname", "mon site : prénom + nom point fr"), its parts given in the next messages.
_OWN_NAME_REF = re.compile(
    r"(?i)\b(?:(?:my|mi|mein\w{0,2}|mon|ma|meu|minha|our|nuestro|unser\w{0,2}|notre|nosso)"
    r"\s{1,2}(?:(?:first|last|full|family|real|given)\s{0,2})?(?:name|names|nombre|apellidos?|"
    r"nome|sobrenome|apelido|nom|pr[ée]nom|vorname|nachname|initials?)|first\s{0,2}name|"
    r"last\s{0,2}name|surname|family\s{1,2}name|vorname|nachname|pr[ée]nom|apellidos?|"
    r"sobrenome|nom\s{1,2}de\s{1,2}famille)\b")
_MORE_CHANNELS = re.compile(r"(?i)\b(?:portfolio|portafolio|portf[oó]lio|url|link|github|"
                            r"gitlab|venmo|paypal|cash\s?app|zelle|\.com|\.dev|\.io)\b|\.[a-z]{2,3}\b")
# "last name: Adeyemi", "Nachname Brückner", "mi apellido es Quiroga", "prénom : Maëlle".
_NAME_GIVEN = re.compile(
    r"(?i)(?<!\w)(?:(?:my|mi|mein\w{0,2}|mon|ma|meu|minha|the|el|le|o|der)\s{1,2})?"
    r"(?:(?:first|last|family|given)\s{0,2}name|surname|apellidos?|nombre|vorname|nachname|"
    r"familienname|pr[ée]nom|nom(?:\s{1,2}de\s{1,2}famille)?|nome|sobrenome|apelido)"
    r"(?:'s|\u2019s|\s{1,2}(?:is|es|ist|est|[eé]|lautet))?\s{0,2}[:=\-]?\s{0,2}"
    r"([^\W\d_][^\W\d_'\-]{1,30}(?:[\-'][^\W\d_][^\W\d_]{1,30})?)(?![\w@])")
# "+ lindqvist", "& Marsh Interiors": the rest of a name given in the previous message.
_JOIN_OPEN = re.compile(
    r"(?i)^\s{0,3}(?:\+|&|plus\b|and\s{1,2}then\b)\s{0,2}"
    r"([^\W\d_][\w'.\-]{1,30}(?:\s{1,2}[^\W\d_][\w'.\-]{1,30}){0,2}?)"
    r"(?=\s{0,3}(?:$|[,.;!?(\u2014\u2013]|\s-\s))")
# "our company name is Ashcombe", "the studio is called Larkin": a business's name ends it.
_FIRM_NAME_ENDS = re.compile(
    r"(?i)\b(?:company|business|shop|store|studio|brand|firm|agency|band|salon|bakery|empresa|"
    r"negocio|tienda|marca|firma|laden|entreprise|boutique|soci[eé]t[eé]|loja|atelier)"
    r"(?:'s)?\s{1,2}(?:name\s{1,2})?(?:is|es|ist|est|[eé]|hei(?:ss|ß)t|is\s{1,2}called|"
    r"se\s{1,2}llama|s'appelle|chama-se|:)\s{1,2}(?-i:[A-Z][\w'\-]{1,30})\s{0,3}[.,]?\s{0,3}$")


def _name_defined(history: Sequence[str], text: str) -> list[Finding]:
    """Parts of the sender's name given after a channel was defined from the name, and the
    rest of a person's or business's name continued with '+' or '&'."""
    cur = text[:MAX_PIECE_TEXT]
    low = cur.lower()
    joined = _JOIN_OPEN.match(cur) if cur.lstrip()[:1] in ("+", "&", "p", "P", "a", "A") else None
    if joined is None and not any(w in low for w in (
            "name", "nombre", "nome", "nom", "apellido", "sobrenome", "apelido")):
        return []
    near = [h[-MAX_PIECE_TEXT:] for h in history[-3:] if isinstance(h, str)]
    defined = any(_OWN_NAME_REF.search(p) and (_names_channel(p) or _MORE_CHANNELS.search(p))
                  and not _not_mine(p) for p in near)
    out = []
    if defined:
        for m in _NAME_GIVEN.finditer(cur):
            if m.group(1).lower() not in COMMON:
                out.append(Finding("identity", m.start(1), m.end(1),
                                   "part of a name a channel was made from"))
    if joined is not None and near:
        words = joined.group(1)
        person = defined and _NAME_GIVEN.search(near[-1]) is not None
        firm = _FIRM_NAME_ENDS.search(near[-1]) is not None and words[:1].isupper()
        if (person or firm) and not all(w.lower() in COMMON for w in words.split()):
            out.append(Finding("identity", joined.start(1), joined.end(1),
                               "rest of a name given in the previous message"))
    return out


# After "add me on snap" the name comes first ("its d.rodriguez_21", "ok so: maya.k"); a word
# deep in a sentence ("Export as H.264, 1080p" after "it went from gmail") is no name given.
_NAME_LEAD_MAX = 16


def _split_findings(text: str, history: Sequence[str], ctx: Context,
                    detectors: Sequence[Detector]) -> list[Finding]:
    if not text.strip():
        return []
    hist = [h for h in history[-MAX_MESSAGES:] if isinstance(h, str) and h.strip()]
    if not hist:
        return []
    # the pieces of a name are read with their labels ("first part of my email is ...")
    said = [h[-MAX_PREFIX:] for h in hist]
    recent = [_unlabel(h) for h in said]
    out = (_user_after_domain(recent[-1], text) + _user_after_mail_said(hist[-1], text)
           + _handle_finished(recent, text)
           + _handle_after_label(hist, text) + _at_spaced_handle(recent, text)
           + _identifier_pieces(said, text) + address.pieces_across(recent, text)
           + _phone_rest(recent, text) + _place_pieces(recent, text)
           + _account_rest(recent, text) + _ordered_pieces(said, text, ctx.default_region)
           + _quoted_pieces(history, text))
    joined = " ".join(recent)
    # (a separator at the end is at most seven characters long, newline included)
    tail = max(0, len(joined) - 8)
    joined = joined[:tail] + _TRAILING_SEP.sub("", joined[tail:])
    if len(joined) > MAX_PREFIX:  # start at a word, not inside one
        cut = joined.find(" ", len(joined) - MAX_PREFIX)
        joined = joined[cut + 1:] if cut != -1 else joined[-MAX_PREFIX:]
    label = _piece_label(text)
    skip = label.end() if label else 0
    current = text[skip:skip + MAX_TAIL]
    glued = ((_GLUED_END.search(joined, max(0, len(joined) - 2)) and not _CODE.search(recent[-1]))
             or _GLUED_START.match(current))
    prefix = joined if glued else joined + " "
    n_before = len(out)
    out += _read_joined(prefix, current, recent, skip, ctx, detectors)
    if (len(out) == n_before and not glued and _SPACED_END.search(joined, max(0, len(joined) - 6))
            and _SPACED_START.match(current)):
        # "street: Q u a r r y" then "H i l l  R o a d  9": letters spaced out on both sides
        # of the break, which may part two words as well as one ("K a s t a n i e n" / "w e g")
        out += _read_joined(joined + "  ", current, recent, skip, ctx, detectors)
    base = len(prefix)
    low_prefix = prefix.lower()
    if _REVERSE_KEY.search(low_prefix) and _HAS_DIGIT.search(current):
        # "my number reversed, part 1: 7410" then "part 2: 555 212": the pieces of a number
        # sent backwards, read the other way round once joined
        def plain(t: str, c: Context) -> list[Finding]:
            v = build_views(t)
            return [f for det in detectors for f in det(v, c)]
        for f in reversed_findings(prefix + current, ctx, plain):
            if f.kind in ("phone", "payment") and f.start < base < f.end:
                out.append(Finding(f.kind, 0, f.end - base + skip,
                                   f.reason + " (split over messages)"))
    return out


# Any of the hints' substrings (one scan for all of them).
_REVERSE_KEY = re.compile("|".join(map(re.escape, _REVERSE_KEYS)))
# a run of single letters parted by spaces ends the history / opens the new message
_SPACED_END = re.compile(r"(?<![^\W\d_])[^\W\d_] [^\W\d_] [^\W\d_]$")
_SPACED_START = re.compile(r"\s{0,3}[^\W\d_] [^\W\d_] [^\W\d_](?![^\W\d_])")


def _read_joined(prefix: str, current: str, recent: list[str], skip: int, ctx: Context,
                 detectors: Sequence[Detector]) -> list[Finding]:
    """Findings that reach from the joined history (``prefix``) into the new message, and
    handles or payment ids the history's platform turns on in it."""
    out: list[Finding] = []
    base = len(prefix)
    views = build_views(prefix + current)
    about_me = None
    for det in detectors:
        for f in det(views, ctx):
            if f.start < base < f.end:
                if f.kind == "address" and (not _address_crossing_ok(
                        (prefix + current)[f.start:base], current, recent)
                        or _street_goes_on(current, f.end - base)):
                    continue
                if f.kind in ("email", "url") and _SENTENCE_END.search(prefix):
                    continue  # "@staticmethod." / "au 3e trimestre": a full stop, then a new line
                if f.reason.startswith("reversed"):
                    continue  # "un .com" / "@Priya @Leo can you": a mention, not "moc.x@y"
                if f.kind == "phone" and (_IP_END.search(recent[-1])
                                          or _UNIT_NEXT.match(current, f.end - base)):
                    continue  # "at 10.0.0.17" / "ten minute drive"
                out.append(Finding(f.kind, 0, f.end - base + skip,
                                   f.reason + " (split over messages)"))
            elif (f.start >= base and f.kind in _CONTEXT_KINDS and f.reason != "@handle"
                  and not _PLATFORM_NAMED.search(current)
                  and "#" not in (prefix + current)[max(0, f.start - 1):f.start + 1]
                  and not _MENTION.match(prefix + current, f.start)
                  and not _LABEL_OR_ARTICLE_BEFORE.search(prefix + current, base, f.start)):
                # (a hashtag, a labelled number or "the problem" is no name given before)
                # (a platform named in this message is read there, without the history)
                # "add me on snap" then "its d.rodriguez_21": the platform came first
                if about_me is None:
                    about_me = _platform_said_for_me(recent)
                if (not about_me or f.start - base > _NAME_LEAD_MAX
                        or _a_file(current, f.start - base, f.end - base)):
                    continue
                out.append(Finding(f.kind, f.start - base + skip, f.end - base + skip,
                                   f.reason + " (platform named before)"))
    return out
