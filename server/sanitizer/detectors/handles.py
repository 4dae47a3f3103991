"""Social and messaging handles when a platform is named or implied ("my insta is jane.d")."""
from __future__ import annotations

import re

from ..context import Context
from ..normalize import Views
from ..stopwords import COMMON
from ..types import Finding
from .url import _FILE_EXTS

# Platform names that are also ordinary words need a clearer cue before the handle.
_CLEAR = (r"insta(?:gram)?|twitter|tik\s?tok|snap(?:chat)?|face\s?book|linked\s?in|github|"
          r"gitlab|whats\s?app|whatsapp|watsap|wsp|telegram|skype|discord|we\s?chat|weixin|viber|"
          r"kik|wickr|wire|threema|reddit|youtube|twitch|pinterest|kakao(?:talk)?|imessage|facetime|"
          r"bluesky|mastodon|tumblr|behance|dribbble|venmo|paypal|cash\s?app|zelle|revolut|"
          r"telegrama|insta|zap|zapzap|mercado\s?pago|nequi|yape|lydia|twint|deviant\s?art|artstation|"
          r"vsco|soundcloud|the\s{1,2}gram|xing|etsy|vinted|depop")
_AMBIGUOUS = (r"ig|fb|tg|wa|x|yt|tt|face|line|signal|session|element|matrix|threads|steam|teams|"
              r"messenger|wise|pix|bizum")
_PAYMENT = frozenset({"venmo", "paypal", "cashapp", "zelle", "revolut", "wise", "pix", "bizum",
                      "mercadopago", "nequi", "yape", "lydia", "twint"})
_DISTINCT = re.compile(r"[\d_.]")
_GLUE = (r"(?:\s{0,3}(?:(?:account|acct|handle|username|user\s?name|user|id|name|profile|page|"
         r"shop|store|tienda|laden|boutique|loja|je|"
         r"nick|tag|is|es|ist|est|e|at|on|en|auf|sur|no|na|me|as|via|por|per|par|mine'?s?|c'est|"
         r"cest|here|it's|its|my|mein|meine|mi|mon|meu|minha|ma|como|comme|als|unter|under|sous|"
         r"called|named|findest|findet|finden|du|mich|uns|sie|find|us|trouves|trouvez|"
         r"encuentras|encuentran|encontra|acha|achar|moi|nous|arroba|arobase|alias|chave|clave|"
         r"hei(?:ss|ß)[et]?|ich|wir|llamo|chamo|appelle|m'appelle|le|la|nom|de|"
         r"bin|bist|sind|nombre|nome|search|busca|buscar|busque|suche|such|cherche|chercher|procura|procure|"
         r"for|nach|just|einfach|juste|solo)\b|"
         r"[^\w\s]))"
         r"{0,4}")
_HANDLE = r"\s{0,3}(@?[a-z0-9_][a-z0-9_.\-#]{1,39})"
_CLEAR_RE = re.compile(r"(?i)\b(?=[a-z])(" + _CLEAR + r")\b" + _GLUE + _HANDLE)
_AMBIG_RE = re.compile(
    r"(?i)\b(?=[a-z])(" + _AMBIGUOUS + r")\b(?:\s{0,2}[/&+]\s{0,2}[a-z]{2,10})?[\s,:\-]{0,3}"
    r"(?:(?:handle|username|user\s?name|id|account|look\s{1,2}(?:me\s{1,2})?(?:up|for)|search(?:\s{1,2}for)?|"
    r"profile|channel|canal|kanal|benutzername|nutzername|usuario|usu[aá]rio|pseudo|identifiant|"
    r"is|:|=|->|=>|\u2192|\u27a1\ufe0f?|\U0001f449|it'?s|as|als|como|comme|sous|under|unter|bajo|"
    r"i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|"
    r"sob)\s{0,3}(?:is\s{0,2}|:\s{0,2}|=\s{0,2})?|(?=@))" + _HANDLE)
# "WhatsApp no rodapé", "Instagram on mobile": a place word alone does not introduce a name.
_SELF_INTRO = re.compile(r"(?i)\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|"
                         r"me\s{1,2}llamo|m'appelle|hei(?:ss|ß)e)\b")
_OWNED_BEFORE = re.compile(r"(?i)\b(?:on|my|mi|mon|meu|mein|auf|sur|no|en|na)\s{1,3}$")
_PLACE_ONLY = re.compile(
    r"(?:[\s,;'\"\u2019\u201d)]|\b(?:on|en|no|na|auf|sur|at|in|im|via|por|per|par)\b)*")
_GLUE_WORD = re.compile(r"[:=]|->|\b(?:is|es|ist|est|e|c'est|cest|handle|username|user\s?name|"
                        r"user|id|name|nick|tag|account|acct|profile|page|as|at|on|en|auf|sur|"
                        r"no|na|via|por|per|par|mine'?s?|como|comme|als|unter|under|sous|called|named|arroba|"
                        r"arobase|alias|chave|clave)\b")
_NAMED_HANDLE = re.compile(
    r"(?i)\b(?:handle|username|user\s?name|nick(?:name)?|usuario|nombre\s{1,2}de\s{1,2}usuario|"
    r"benutzername|pseudo|identifiant|usu[aá]rio)\b[^.!?\n]{0,24}?(?:\b(?:is|es|ist|est|e)\b|[:=])"
    r"\s{0,3}(@?[a-z0-9_][a-z0-9_.\-]{2,39})")
_NAME_WORDS = ("handle", "user", "nick", "usuario", "benutzer", "pseudo", "identifiant", "usu")
_MAIL_PROVIDERS = ("gmail", "yahoo", "hotmail", "outlook", "icloud", "proton")
_BEFORE_PLATFORM = re.compile(
    r"(?i)(?:\b(i'?m|i\s{1,2}am|as|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|me\s{1,2}encuentras\s{1,2}"
    r"como|my\s{1,2}@\s{0,2}is|my\s{1,2}(?:handle|user\s?name)\s{1,2}is)\s{1,3})?(?<![\w@.])(@?[a-z0-9_][a-z0-9_.\-]{2,39})['\"\u2019\u201d]?\s{1,3}"
    r"(?:on|en|auf|sur|no|na|at)"
    r"\s{1,3}(?:the\s{1,2})?(" + _CLEAR + r"|gmail|yahoo|hotmail|outlook|icloud|proton\w*)\b")
_IM_HANDLE = re.compile(r"(?i)\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|"
                        r"i\s{1,2}go\s{1,2}by|known\s{1,2}as)\s{1,3}"
                        r"(@?[a-z0-9_][a-z0-9_.\-]{2,39})")
_PLATFORM = re.compile(r"(?i)\b(?=[a-z])(?:" + _CLEAR + r")\b")
_AT_HANDLE = re.compile(r"(?i)(?<![\w.@/])@([a-z0-9_][a-z0-9_.]{1,29})(?![\w@])")
_IMPLIED = re.compile(
    r"(?i)\b(?:follow|add|find|dm|pm|message|hit)\s{1,3}(?:me|us)\b|\bhmu\b|"
    r"\b(?:on|my|the|via)\s{1,3}(?:ig|fb|x|tg|wa|line|signal|threads|messenger)\b|\bmy\s{1,3}(?:handle|"
    r"username|user\s?name|profile|socials?|account|ig|insta|page)\b|\b(?:handle|username|"
    r"social)\b")
# "I'm @x on pretty much everything", "same handle on all the apps": socials implied.
_EVERYWHERE = re.compile(
    r"(?i)\bon\s{1,3}(?:pretty\s{1,3}much\s{1,3}|basically\s{1,3})?(?:everything|"
    r"(?:all|most|every)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|my\s{1,3})?(?:apps?|platforms?|"
    r"socials?|social\s{1,3}media))\b|\beverywhere\b")
# "@bia ponto arte", "@jo dot makes": spoken dots inside an @handle.
_AT_SPOKEN = re.compile(r"(?i)(?<![\w.@/])@[a-z0-9_][a-z0-9_.]{0,29}(?:\s{1,2}(?:dot|ponto|punto|"
                        r"point|punkt)\s{1,2}[a-z0-9_]{2,20}){1,3}\b")
_SPOKEN_DOTS = ("dot", "ponto", "punto", "point", "punkt")
_SKYPE_ID = re.compile(r"(?i)\blive:[a-z0-9._\-]{3,40}")
_DISCORD_TAG = re.compile(r"(?i)\b([a-z0-9_.]{2,32}#\d{4})\b")
_TIME = re.compile(r"(?i)^\d{1,2}(?::\d\d)?(?:am|pm|h)?$")
# "@2x", "@14px", "@1.5x": asset scales and sizes, not handles.
_MEASURE = re.compile(r"(?i)^\d{1,4}(?:[.,]\d{1,3})?(?:x|px|pt|em|rem|dp|sp|dpi|ppi|fps|ms|s|k|"
                      r"kb|mb|gb|hz|khz|mhz|ghz|%)$")
# "linkedin - /in/samira-haddad-ux", "u/thrifty_jo": a profile path without the site.
_LINKEDIN_PATH = re.compile(r"(?i)(?<![\w.])/?(?:in|pub|company)/([a-z0-9][a-z0-9\-_%]{2,99})")
_REDDIT_USER = re.compile(r"(?i)(?<![\w/.])/?u/([a-z0-9_\-]{3,20})\b")
# "no insta ..., é o ateliê_mariana": the handle comes later in the sentence after "is".
_LATER = re.compile(
    r"(?i)(?:(:)|(,)|\b(usuario|username|user\s?name|benutzername|pseudo|utilisateur|usu[aá]rio|"
    r"handle|nick)|\b(?:is|it'?s|its|e|es|ist|est|c'?est|sou|soy|als|como|comme|named|called|"
    r"(?:nombre|nome|nom|name)(?:\s{1,3}de)?,?))\s{1,3}(?:(?:o|a|el|la|"
    r"le|der|die|das|the|my|mi|mon|meu|minha|at|under)\s{1,3})?(?P<tok>@?[a-z][a-z0-9_.\-]{2,39})")
# "my IG is where I post ..., it's at x_y": a short platform name owned by the writer.
_NEXT_TOKEN = re.compile(r"\s{0,3}[:\-]?\s{1,3}(@?[a-z][a-z0-9_.\-]{2,39})", re.IGNORECASE)
_OWNED_SHORT = re.compile(r"(?i)\b(?:my|mi|mon|meu|mein|on|en|no|auf|sur)\s{1,3}(?:ig|fb|tg|wa|"
                          r"threads|signal)\b")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?:\s|$)")
_LATE_COLON_FORM = re.compile(r"(?i)^@?[a-z]\w*_|^[a-z]{2,}\d{2,}$")
# "jo-ellen.r", "kit.makes": names joined with dots or hyphens and a dot.
_DOTTED_NAME = re.compile(r"(?i)[a-z]{2,}(?:[.\-][a-z0-9]{1,20}){0,3}\.[a-z0-9]{1,20}")
_LATE_FORM = re.compile(r"(?i)^@|_|^[a-z]{2,}\d{2,}$|^[a-z]{2,}(?:\.[a-z]{2,})+\d{1,4}$")


def _distinctive(token: str) -> bool:
    return token.startswith("@") or any(c.isdigit() or c in "_.#-" for c in token.strip(".-_"))


_DIMENSION = re.compile(r"\d{1,5}(?:[.,]\d{1,2})?x\d{1,5}(?:[.,]\d{1,2})?(?:px|mm|cm|m|in)?")
_VERSION = re.compile(r"v?\d{1,4}(?:\.\d{1,4}){1,3}[a-z]?")


def _usable(token: str, glued: bool) -> bool:
    """A plausible handle: not a common word, not a time, not just a number."""
    bare = token.lstrip("@").rstrip(".-_")
    low = bare.lower()
    if len(bare) < 3 or low in COMMON or _TIME.match(bare):
        return False
    if (low.isdigit() or low.replace(".", "").isdigit() or _VERSION.fullmatch(low)
            or _DIMENSION.fullmatch(low)):
        return False  # "1080x1350", "v2.1"
    parts = low.split(".")
    if "." in low and all(len(part) <= 2 for part in parts) and not (
            len(parts) >= 5 and all(len(part) == 1 for part in parts)):
        return False  # "e.g", "i.e", "u.s"; "b.e.a.r.d.e.d" is a name spelled out
    if low.endswith(("-moi", "-nous", "-toi", "-vous", "-me", "-te", "-la", "-le", "-nos")):
        return False  # "retrouve-moi", "écris-nous", "escríbeme-te"
    return _distinctive(token) or (glued and len(bare) >= 4)


_NEXT_CAP = re.compile(r" [A-Z][a-z]{1,20}\b")
_CHANNEL_GAP = re.compile(r"(?i)\b(?:channel|canal|kanal|cha[iî]ne|page|p[aá]gina|seite|server|"
                          r"servidor|serveur|group|grupo|gruppe|groupe|profile\s{1,2}name|"
                          r"display\s{1,2}name|nombre\s{1,2}de\s{1,2}perfil|profilname|"
                          r"nom\s{1,2}de\s{1,2}profil|nome\s{1,2}d[eo]\s{1,2}perfil|como|comme|as|"
                          r"als|under|unter|sous\s{1,2}le\s{1,2}nom|search|look\s{1,2}for|busca|"
                          r"cherche|procura|such(?:e|t)?)\b")


_PROFILE_GAP = re.compile(r"(?i)\b(?:channel|canal|kanal|cha[iî]ne|profile\s{1,2}name|"
                          r"display\s{1,2}name|page\s{1,2}name|nombre\s{1,2}de\s{1,2}perfil|"
                          r"profilname|nom\s{1,2}de\s{1,2}profil|nome\s{1,2}d[eo]\s{1,2}perfil)\b")


def _display_name(text: str, gap: str, start: int, token: str, rx: re.Pattern = _CHANNEL_GAP
                  ) -> bool:
    """"YT channel is Nina Paints Walls": a channel or page named in capitalized words."""
    return (token[:1].isupper() and rx.search(gap) is not None
            and _NEXT_CAP.match(text, start + len(token)) is not None)


def _extend_name(text: str, end: int, token: str) -> int:
    """"as Jane Doe": a capitalized handle takes up to three more capitalized words."""
    if not token[:1].isupper():
        return end
    for _ in range(3):
        m = _NEXT_CAP.match(text, end)
        if m is None:
            break
        end = m.end()
    return end


# Cheap gate: substrings that only occur near a handle, and short platform names that must
# stand as words ("x", "ig", "wa" are inside ordinary words all the time).
_KEYWORDS = ("insta", "twit", "tik", "snap", "linked", "whats", "wats", "wsp", "telegr", "skype",
             "discord", "wechat", "we chat", "weixin", "viber", "wickr", "threema", "reddit",
             "youtube", "twitch", "pinterest", "kakao", "imessage", "bluesky", "mastodon",
             "tumblr", "behance", "dribbble", "venmo", "paypal", "cash", "zelle", "revolut", "zap",
             "@", "live:", "handle", "user", "nick", "pseudo", "identifiant", "benutzer",
             "usuario", "hmu", "bizum", "mercado", "nequi", "yape", "lydia", "twint", "every",
             "gmail", "yahoo", "hotmail", "outlook", "icloud", "proton", "facebook", "facetime",
             "github", "gitlab", "in/", "u/", "deviant", "artstation", "vsco", "soundcloud",
             "the gram", "apps", "platforms", "social", "xing", "etsy", "vinted", "depop")
_KEY_WORDS = frozenset({"ig", "fb", "tg", "wa", "x", "yt", "tt", "line", "signal", "session",
                        "element", "matrix", "threads", "steam", "teams", "messenger", "wise",
                        "pix", "kik", "wire", "face", "git", "wsp"})
_WORD_RE = re.compile(r"[a-z]+")


def _has_keyword(low: str) -> bool:
    for k in _KEYWORDS:
        if k in low:
            return True
    return False


def _after_platform(folded, text: str, named: bool = True) -> list[Finding]:
    """"insta: jane.doe", "signal username bo_conn.01": platform first, then the handle.

    ``named`` False says no clear platform name occurs, so only the short names are tried."""
    out = []
    for rx in ((_CLEAR_RE, _AMBIG_RE) if named else (_AMBIG_RE,)):
        for m in rx.finditer(text):
            token = m.group(2)
            gap = text[m.end(1):m.start(2)].lower()
            glued = (rx is _CLEAR_RE and _GLUE_WORD.search(gap) is not None
                     and _PLACE_ONLY.fullmatch(gap) is None) or (
                rx is _AMBIG_RE and _SELF_INTRO.search(gap) is not None
                and _OWNED_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)) is not None)
            if not _usable(token, glued) and not _display_name(text, gap, m.start(2), token):
                continue
            platform = "".join(m.group(1).lower().split())
            if platform == "x" and "=" in gap:
                continue  # "x = user_id" in code
            kind = "payment" if platform in _PAYMENT else "handle"
            end = _extend_name(text, m.start(2) + len(token.rstrip(".-_")), token)
            out.append(Finding(kind, *folded.span(m.start(2), end), f"{platform} handle"))
    return out


def _before_platform(folded, text: str, named: bool = True) -> list[Finding]:
    """"I'm janedoe88 on Instagram", "my handle everywhere is jdoe_creates".

    ``named`` False says neither a platform nor a mail provider is named."""
    out = []
    for m in (_BEFORE_PLATFORM.finditer(text) if named else ()):
        token = m.group(2)
        if _usable(token, bool(m.group(1))) and (m.group(1) or _distinctive(token)):
            provider = m.group(3).lower()
            kind = "email" if provider[:3] in ("gma", "yah", "hot", "out", "icl", "pro") else (
                "payment" if "".join(provider.split()) in _PAYMENT else "handle")
            end = m.start(2) + len(token.rstrip(".-_"))
            out.append(Finding(kind, *folded.span(m.start(2), end), f"{provider} account"))
    low = text.lower()
    if not any(w in low for w in _NAME_WORDS):
        return out
    for m in _NAMED_HANDLE.finditer(text):
        if _usable(m.group(1), True):
            end = m.start(1) + len(m.group(1).rstrip(".-_"))
            out.append(Finding("handle", *folded.span(m.start(1), end), "user name"))
    return out


# "@login_required", "@Override", "@media": decorators, annotations and at-rules in code.
_CODE_AT_CUE = re.compile(r"(?i)\b(?:decorators?|annotations?|directives?|dekorator\w*|"
                          r"d[ée]corateur\w*|decorador\w*|anota[cç][aã]o|anotaci[oó]n|"
                          r"def|class|import|return)\b|\(\)|[{};]")
_CODE_AT_WORDS = frozenset({
    "media", "import", "keyframes", "font-face", "supports", "override", "deprecated",
    "staticmethod", "classmethod", "property", "dataclass", "login_required", "app.route",
    "pytest.fixture", "autowired", "component", "injectable", "input", "output", "test",
    "param", "return", "returns", "throws", "author", "since", "see", "type", "apply",
    "tailwind", "layer", "use", "include", "mixin", "extend", "if", "else", "each"})


def _code_at(text: str, handle: str) -> bool:
    return handle.lower() in _CODE_AT_WORDS or _CODE_AT_CUE.search(text) is not None


def _bare_handles(folded, text: str, platform_named: bool) -> list[Finding]:
    """@handles (when a platform is named or the handle looks like one), Skype ids, Discord tags."""
    out = []
    if platform_named:
        for m in _IM_HANDLE.finditer(text):
            token = m.group(1).rstrip(".-_")
            if _usable(token, False) and ("_" in token or "." in token
                                          or any(c.isdigit() for c in token)):
                out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(token)),
                                   "handle"))
    for m in _AT_HANDLE.finditer(text):
        handle = m.group(1).rstrip(".")
        if _TIME.match(handle) or _MEASURE.match(handle) or handle.lower() in COMMON:
            continue
        if handle.rsplit(".", 1)[-1].lower() in _FILE_EXTS and "." in handle:
            continue  # curl's "-d @data.json", "@requirements.txt"
        if not platform_named and _code_at(text, handle):
            continue
        if platform_named or _DISTINCT.search(handle) is not None:
            out.append(Finding("handle", *folded.span(m.start(), m.end()), "@handle"))
    if "@" in text and any(w in text.lower() for w in _SPOKEN_DOTS):
        for m in _AT_SPOKEN.finditer(text):
            if platform_named or _DISTINCT.search(m.group()[1:]) is not None:
                out.append(Finding("handle", *folded.span(m.start(), m.end()), "@handle"))
    for m in _SKYPE_ID.finditer(text):
        out.append(Finding("handle", *folded.span(m.start(), m.end()), "skype id"))
    low = text.lower()
    if "discord" in low:
        for m in _DISCORD_TAG.finditer(text):
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "discord tag"))
    if "in/" in low and "linked" in low:
        for m in _LINKEDIN_PATH.finditer(text):
            slug = m.group(1)
            if slug.lower() in COMMON or (len(slug) < 5 and _DISTINCT.search(slug) is None):
                continue
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "linkedin profile"))
    if "u/" in low:
        for m in _REDDIT_USER.finditer(text):
            if "reddit" in low or _DISTINCT.search(m.group(1)) is not None:
                out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "reddit user"))
    return out


def _later_in_sentence(folded, text: str) -> list[Finding]:
    """A platform named, then "..., é o jen_bakes" further on in the same sentence."""
    out = []
    platforms = list(_PLATFORM.finditer(text))
    if not platforms:
        platforms = list(_OWNED_SHORT.finditer(text))
    for p in platforms:
        if p.group().lower().startswith("git"):
            continue  # "on GitHub the failing test is test_login"
        window = text[p.end():p.end() + 90]
        skip = len(window) - len(window.lstrip("?"))  # "whatsapp? it's under x_y"
        stop = _SENTENCE_END.search(window, skip)
        if stop is not None:
            window = window[:stop.start()]
        pos = 0
        while True:
            m = _LATER.search(window, pos)
            if m is None:
                break
            pos = m.start("tok")  # "yeah, its mattyboy_04": the next intro may be the token
            token = m.group("tok").rstrip(".-_")
            if m.group(3):  # "el usuario tonimiro", "username coming: ruby_mosaics"
                nxt = _NEXT_TOKEN.match(window, m.end("tok"))
                if not _usable(token, True) and nxt and _LATE_FORM.search(nxt.group(1)):
                    m, token = nxt, nxt.group(1).rstrip(".-_")
                if _usable(token, True):
                    start = p.end() + m.start(1 if m is nxt else "tok")
                    out.append(Finding("handle", *folded.span(start, start + len(token)),
                                       "user name"))
                    break
            if _display_name(window, window[:m.start("tok")], m.start("tok"), token, _PROFILE_GAP):
                start = p.end() + m.start("tok")  # "my profile name is Dario Electric"
                end = _extend_name(text, start + len(token), token)
                out.append(Finding("handle", *folded.span(start, end), "profile name"))
                break
            if ((_LATE_FORM.search(token) is None and _DOTTED_NAME.fullmatch(token) is None)
                    or not _usable(token, False)):
                continue
            if m.group(1) and not _LATE_COLON_FORM.search(token):
                continue  # "...: the @mention list": after a colon only a handle-like token
            if m.group(2) and not (_LATE_COLON_FORM.search(token)
                                   or _DOTTED_NAME.fullmatch(token)):
                continue  # after a comma likewise, or a dotted name ("..., jo-ellen.r")
            if "." in token and token.rsplit(".", 1)[-1].lower() in _FILE_EXTS:
                continue
            platform = p.group().lower().split()[-1]
            kind = "payment" if platform in _PAYMENT else "handle"
            start = p.end() + m.start("tok")
            out.append(Finding(kind, *folded.span(start, start + len(token)), f"{platform} handle"))
            break
    return out


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Handle findings in the original text."""
    folded = views.folded
    text = folded.text
    low = views.lower
    if not _has_keyword(low) and _KEY_WORDS.isdisjoint(_WORD_RE.findall(low)):
        return []
    platform = _PLATFORM.search(text) is not None
    out = _after_platform(folded, text, platform) + _before_platform(
        folded, text, platform or any(p in low for p in _MAIL_PROVIDERS))
    collapsed = views.collapsed
    if collapsed is not folded and collapsed.text != text:  # "snap: l u c y . l o o"
        out += _after_platform(collapsed, collapsed.text)
    named = (bool(out) or platform or _IMPLIED.search(text) is not None
             or (("every" in low or " all " in low)
                 and _EVERYWHERE.search(text) is not None)
             or (("apps" in low or "platforms" in low or "social" in low)
                 and _EVERYWHERE.search(text) is not None))
    if named and not out:
        out = _later_in_sentence(folded, text)
    return out + _bare_handles(folded, text, named)
