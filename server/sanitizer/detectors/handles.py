"""Social and messaging handles when a platform is named or implied ("my insta is jane.d")."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ..caseless import Caseless, lower_same_length
from ..context import Context
from ..normalize import Views
from ..stopwords import COMMON
from ..types import Finding
from .url import _FILE_EXTS, vertical_runs

# Platform names that are also ordinary words need a clearer cue before the handle.
_CLEAR = (r"insta(?:\s?gram)?|twitter|tik\s?tok|snap(?:\s?chat)?|face\s?book|linked\s?in|github|"
          r"gitlab|whats\s?app|whatsapp|watsap|wsp|tele\s?gram|skype|discord|we\s?chat|weixin|"
          r"viber|kik|wickr|wire|threema|keybase|reddit|you\s?tube|twitch|pinterest|kakao(?:talk)?|imessage|facetime|"
          r"bluesky|mastodon|tumblr|behance|dribbble|venmo|paypal|cash\s?app|zelle|revolut|"
          r"telegramme|telegrama|insta|zap|zapzap|mercado\s?pago|nequi|yape|lydia|twint|deviant\s?art|artstation|"
          r"vsco|soundcloud|bitbucket|codeberg|"
          # "the gram", "da 'gram": each article its own word (in the order they are tried)
          r"th[aer]\s{1,2}['\u2019]?gram|teh\s{1,2}['\u2019]?gram|da\s{1,2}['\u2019]?gram|"
          r"xing|etsy|vinted|depop|kwai|likee|vk|vkontakte|"
          # gaming networks, where players add each other by name
          r"psn|playstation(?:\s{1,2}network)?|xbox(?:\s{1,2}live)?|gamer\s?tag|nintendo|"
          r"roblox|battle\.?net|epic\s{1,2}games|next\s?door|"
          # second-hand marketplaces, where sellers are found by their profile name
          r"wallapop|ebay[\s\-]?kleinanzeigen|kleinanzeigen|ebay|le\s?bon\s?coin|olx|"
          r"mercado\s?libre|"
          r"craigslist|poshmark|mercari|gumtree|shpock|carousell|avito|willhaben|marktplaats|"
          r"kijiji|offer\s?up|milanuncios|enjoei")
_AMBIGUOUS = (r"ig|fb|tg|wa|x|yt|tt|sc|dc|gh|whats|face|line|signal|session|element|matrix|tele|"
              # "in the rust slack as x": workspaces where people go by a user name
              r"threads|steam|teams|slack|"
              # "gram: x" (Instagram), "disc: x" (Discord): short forms that are also words
              r"gram|disc|"
              r"messenger|wise|pix|bizum")


def _split_alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out: list[str] = []
    depth, in_class, i, start = 0, False, 0, 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


def by_first_letter(alternation: str) -> str:
    """The same alternation with its words grouped by first letter, each group keeping the
    words' order: a position then tries one group instead of every word, and as words with
    different first letters never match at the same place, what matches does not change
    (every word must start with a plain lowercase letter)."""
    groups: dict[str, list[str]] = {}
    for alt in _split_alternatives(alternation):
        if not ("a" <= alt[:1] <= "z") or alt[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not a word to group: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


# The names as above, grouped for speed (the same matches; history.py reads these too).
_CLEAR = by_first_letter(_CLEAR)
_AMBIGUOUS = by_first_letter(_AMBIGUOUS)
_PAYMENT = frozenset({"venmo", "paypal", "cashapp", "zelle", "revolut", "wise", "pix", "bizum",
                      "mercadopago", "nequi", "yape", "lydia", "twint"})
_DISTINCT = re.compile(r"[\d_.]")
# "Telegrama (la app): x", "X (formerly twitter): x", "ig (spelled backwards): x", "the chat app
# (the purple one): x": an aside in brackets saying what the platform is or how the name is
# typed, then a colon, is one step too.
_ASIDE = (r"\((?=[^()\n]{0,24}\b(?:app|appli|application|aplicaci[oó]n|aplicativo|"
          r"applikation|messenger|old|formerly|ex|antes|ancien|fr[uü]her|backwards?|reversed?|"
          r"invertid[oa]|envers|r[uü]ckw[aä]rts|contr[aá]rio|al\s{1,2}rev[eé]s|spel(?:led|t)|"
          r"one|icon|logo|bird|birdie|ghost|paper\s{1,2}planes?|avi[oó]n(?:cito)?|"
          # "telegram (la del avioncito):", "snap (le fantôme) :": the icon said in the aside
          r"avi[aã]o(?:zinho)?|p[aá]jar(?:o|ito)|p[aá]ssar(?:o|inho)|fantasm(?:a|ita|inha)|"
          r"oiseau|fant[oô]me|vogel|papierflieger)\b)[^()\n_.@\d]{1,40}\)(?=\s{0,3}[:=])")
# A symbol is tried first: the words cannot match where it does (and it is the common case).
_GLUE = (r"(?:\s{0,3}(?:" + _ASIDE + r"|[^\w\s]|"
         # "o insta da loja da minha prima é x", "the insta of my sister's shop is x": whose
         # account it is, one glue step (tried before the single words)
         r"(?:da|do|de|del|du|of)\s{1,2}(?:(?:minha|meu|mi|mon|ma|my|sua|seu|su|tu|your|our)"
         r"\s{1,2})?[a-z]{2,14}(?:'s)?(?=\s{1,3}(?:[a-z]{1,8}\s{1,3}){0,3}(?:is|es|est|e|ist)\b)|"
         r"(?:account|acct|handle|username|user\s?name|user|id|name|"
         r"profile|page|shop|store|tienda|laden|boutique|loja|je|same|da|do|del|du|des|"
         # "pinterest board is under x", "mein Insta-Kanal (x)"
         r"boards?|channel|kanal|canal|feed|grid|-kanal|-account|-profil|all|"
         r"sou\s{1,2}(?:a|o)|soy\s{1,2}(?:el|la)|"
         r"nick|tag|is|es|ist|est|e|at(?![\s\-]{1,2}(?:sign|symbol)\b)|on|en|auf|sur|no|na|me|"
         r"as|via|por|per|par|mine'?s?|c'est|"
         r"cest|here|it's|its|my|mein|meine|mi|mon|meu|minha|ma|como|comme|als|unter|under|sous|"
         r"called|named|findest|findet|finden|du|mich|uns|sie|find|us|trouves|trouvez|"
         r"encuentras|encuentran|encontra|acha|achar|moi|nous|arroba|arobase|alias|chave|clave|"
         r"hei(?:ss|ß)[et]?|lautet|ich|wir|llamo|chamo|appelle|m'appelle|le|la|nom|de|dort|"
         r"bin|bist|sind|nombre|nome|search|busca|buscar|busque|suche|such|cherche|chercher|procura|procure|"
         # "LinkedIn : cherchez Jeanne Roux", "auf Insta findet man mich unter x", "snap me lol - x"
         r"cherchez|suchen|sucht|busquen|man(?=\s{1,2}(?:mich|uns))|lol|lmao|haha|tho|btw|"
         r"for|nach|just|einfach|juste|solo|both|ambos|beide|les\s{1,2}deux|os\s{1,2}dois|"
         # "my kik and snap are both x", "I'm @ x", "salgo como X": more intro words
         r"are|sind|son|sont|s[aã]o|i'?m|i\s{1,2}am|soy|sou|suis|salgo|aparezco|apare[cç]o|"
         # "en LinkedIn estoy como x", "no Insta estou como x", "auf Xing stehe ich als x"
         r"estoy|estou|estamos|stehe|steh|"
         r"appear|show\s{1,2}up|erscheine|apparais|gamer\s?tag|online|friend\s{1,2}code|"
         r"(?:and|or|y|o|und|oder|et|ou|e)\s{1,3}(?:" + _CLEAR + r"|" + _AMBIGUOUS + r"))\b))"
         r"{0,4}")
_HANDLE = r"\s{0,3}(@?[a-z0-9_][a-z0-9_.\-#]{1,39})"
# "linkedin me, I'm under 'x-y-z'": a quote opening the name is no step of its own
_CLEAR_RE = re.compile(r"(?i)\b(?=[a-z])(" + _CLEAR + r")\b" + _GLUE
                       + r"(?:\s{0,3}['\"\u2018\u201c](?=@?[a-z0-9_]))?" + _HANDLE)
# "sc ➜ x", "tg ⇒ x": any arrow points from the platform to the name.
_ARROWS = r"[\u2192\u21d2\u21e8\u2794-\u27bf\u27f6\u27f9\u2b95]\ufe0f?"
_AMBIG_RE = re.compile(
    r"(?i)\b(?=[a-z])(" + _AMBIGUOUS + r")\b(?:\s{0,2}[/&+]\s{0,2}[a-z]{2,10})?[\s,:\-.\u2026]{0,4}"
    # "the LINE app my id is x", "signal app: x", "X (formerly the bird): x"
    r"(?:app\b\s{0,3})?(?:" + _ASIDE + r"\s{0,3})?"
    r"(?:(?:my|mi|mon|meu|minha|mein|meine)\s{1,2}(?=(?:id|handle|user|name|nick|account|"
    r"profile|page)\b))?"
    r"(?:(?:"
    # "threads and ig are the same: x": the accounts named together, then the one name
    r"(?:(?:are|is|'re|'s)\s{1,2})?(?:both\s{1,2}|all\s{1,2})?(?:the\s{1,2})?same(?:\s{1,2}"
    r"(?:handle|name|account|one|everywhere))?\s{0,2}(?:[:=,\u2013\u2014]|-(?=\s))|"
    r"handle|username|user\s?name|user|id|account|look\s{1,2}(?:me\s{1,2})?(?:up|for)|"
    r"search(?:\s{1,2}for)?|"
    r"name|nick(?:name)?|"
    r"profile|channel|canal|kanal|benutzername|nutzername|usuario|usu[aá]rio|pseudo|identifiant|"
    r"(?:est(?:oy|ou)|salgo|aparezco|apare[cç]o|figuro)\s{1,2}como|"
    r"(?:show\s{1,2}up|appear)\s{1,2}as|j'appara[iî]s\s{1,2}comme|c'?\s?est|(?:ist|est|es|e)(?=\s)|"
    r"is|:|=|->|=>|" + _ARROWS + r"|\U0001f449|it'?s|as|als|como|comme|sous|under|"
    r"unter|bajo|i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|bin\s{1,2}ich|"
    r"page|p[aá]gina|seite|@(?=\s)|"
    # "fb page is 'Pine Hill Bakes'", "handle's @ jo.makes": a quote or a loose '@' after it
    r"sob)\s{0,3}(?:(?:ist|est|is|es|e|'s|\u2019s)\s{0,2}|:\s{0,2}|=\s{0,2})?"
    r"(?:['\"\u2018\u201c]|@\s{1,2}(?=[a-z0-9_])|/(?=[a-z0-9_]))?|(?<=:)|(?<=:\s)|(?<=\s-)|"
    r"(?<=-\s)|"
    r"(?=@)|(?<=[\s.,\u2026])(?=[a-z0-9_\-]{0,39}[\d_.][a-z0-9_]))" + _HANDLE)
# "WhatsApp no rodapé", "Instagram on mobile": a place word alone does not introduce a name.
_SELF_INTRO = re.compile(r"(?i)\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|"
                         r"bin\s{1,2}ich|"
                         r"me\s{1,2}llamo|m'appelle|hei(?:ss|ß)e)\b")
_OWNED_BEFORE = re.compile(r"(?i)\b(?:on|my|mi|mon|meu|mein|auf|sur|no|en|na)\s{1,3}$")
_PLACE_ONLY = re.compile(
    r"(?:[\s,;'\"\u2019\u201d)]|\b(?:on|en|no|na|auf|sur|at|in|im|via|por|per|par|the|el|la|le|les|"
    r"los|las|der|die|das|dem|den|o|a|os|as)\b)*")
_GLUE_WORD = re.compile(r"[:=@$\U0001f449]|" + _ARROWS + r"|->|\b(?:is|es|ist|est|e|c'est|cest|"
                        r"handle|username|user\s?name|"
                        r"user|id|name|nick|tag|account|acct|profile|page|as|at|on|en|auf|sur|"
                        r"no|na|via|por|per|par|mine'?s?|como|comme|als|unter|under|sous|called|named|arroba|"
                        r"arobase|alias|chave|clave)\b")
_NAMED_HANDLE = re.compile(
    r"(?i)\b(?:handle|username|user\s?name|nick(?:name)?|usuario|nombre\s{1,2}de\s{1,2}usuario|"
    r"benutzername|pseudo|identifiant|usu[aá]rio|utilizador)\b[^.!?\n]{0,24}?(?:\b(?:is|es|ist|est|e)\b|[:=])"
    r"\s{0,3}(@?[a-z0-9_][a-z0-9_.\-]{2,39})")
# "door handle", "Türgriff" aside: a handle one holds.
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:door|drawer|cabinet|cupboard|window|pan|pot|knife|mug|cup|bag|toilet|faucet|tap|"
    r"shower|fridge|oven|gate|car|suitcase|broom|hammer|tool|lever|brass|steel|metal|wooden|"
    r"chrome|black|new|old|loose|broken)\s{1,2}$")
_OBJECT_AFTER = re.compile(r"(?i)\b(?:door|drawer|cabinet|cupboard|window|pan|pot|knife|mug|bag|"
                           r"toilet|faucet|fridge|oven|gate|suitcase|lid|tap)s?\b")
_NAME_WORDS = ("handle", "user", "nick", "usuario", "benutzer", "pseudo", "identifiant", "usu",
               "utilizador")
_MAIL_PROVIDERS = ("gmail", "yahoo", "hotmail", "outlook", "icloud", "proton")
_BEFORE_PLATFORM = re.compile(
    r"(?i)(?:\b(i'?m|i\s{1,2}am|as|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|me\s{1,2}encuentras\s{1,2}"
    r"como|my\s{1,2}@\s{0,2}is|my\s{1,2}(?:handle|user\s?name)\s{1,2}is)\s{1,3}"
    r"['\"\u2018\u201c]?)?(?<![\w@.])(@?[a-z0-9_][a-z0-9_.\-]{2,39}+)['\"\u2019\u201d]?\s{1,3}"
    r"(?:on|en|auf|sur|no|na|at)"
    r"\s{1,3}(?:(?:the|both)\s{1,2})?(" + _CLEAR
    + r"|gmail|yahoo|hotmail|outlook|icloud|proton\w*)\b")
_IM_HANDLE = re.compile(r"(?i)\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|"
                        r"i\s{1,2}go\s{1,2}by|known\s{1,2}as)\s{1,3}"
                        r"(@?[a-z0-9_][a-z0-9_.\-]{2,39})")
_PLATFORM = re.compile(r"(?i)\b(?=[a-z])(?:" + _CLEAR + r")\b")
_AT_HANDLE = re.compile(r"(?i)(?<![\w.@/])@([a-z0-9_][a-z0-9_.]{1,29}(?:-[a-z0-9_]{1,20}){0,3})"
                         r"(?![\w@])")
# "el ig de mi taller: ...", a message opening with "ig": checked only when such a short name
# occurs at all (these determiners are everywhere).
_IMPLIED_SHORT = re.compile(r"(?i)\b(?:el|le|o|mi|mon|meu|mein|en|no|auf|sur)\s{1,3}"
                            r"(?:ig|fb|tg|wa|threads)\b|^\s{0,3}(?:ig|fb|tg|wa|sc|dc|gh)\b|"
                            r"\b(?:my|mi|mon|meu|mein)\s{1,3}tt\b")
_SHORT_NAMES = ("ig", "fb", "tg", "wa", "threads", "sc", "dc", "gh", "tt")
_IMPLIED = re.compile(
    r"(?i)\b(?:follow|add|find|dm|pm|message|hit)\s{1,3}(?:me|us)\b|\bhmu\b|"
    r"\b(?:on|my|the|via)\s{1,3}(?:ig|fb|x|tg|wa|line|signal|threads|messenger)\b|"
    r"\bmy\s{1,3}(?:own\s{1,3})?(?:handle|"
    r"username|user\s?name|profile|socials?|account|ig|insta|page)\b|\b(?:handle|username|"
    r"social)\b|"
    # "the bird app" (Twitter), "l'oiseau bleu", "el pajarito azul": the platform described
    r"\bbird\s?app\b|\bblue\s{1,2}bird\b|\boiseau\s{1,2}bleu\b|\bp[aá]jaro\s{1,2}azul\b|"
    r"\bpajarito\s{1,2}azul\b|\bp[aá]ssaro\s{1,2}azul\b|\bblauen\s{1,2}vogel")
# A platform described instead of named: by its icon or colour ("the paper plane app", "la app
# del pajarito azul", "l'appli avec l'avion en papier"), by an emoji standing for the icon
# ("the 📸 app"), or by its owner ("the photo app Zuckerberg bought"). Read on the folded,
# lowercased text (accents dropped); tried only when a hint below occurs.
_APP_WORD = (r"(?:app|apps|appli|application|aplicaci[oó]n|aplicativo|applikation|site|platform|"
             r"plateforme|plataforma|network|r[eé]seau|netzwerk|red(?=\s{1,2}d[eo]))")
# "the yellow ghost", "dem bunten Kamera-Icon", "the purple one": a colour or size first
_ICON_ADJ = (r"(?:little|small|tiny|blue|yellow|purple|pink|black|white|red|green|colou?rful|"
             r"bunt\w{0,2}|gelb\w{0,2}|lila|blau\w{0,2}|kleine\w?|amarill[oa]|azul|morad[oa]|"
             r"rosa|roxo|jaune|violette?|bleu|petit|colorid[oa]|multicolou?r\w{0,2})")
# Icons that are also the phone's own apps ("the photo app", "the clock app"): such a
# description introduces only a name said to be the writer's ("as x", "I'm x") or shaped like one.
_GENERIC_ICON = (r"(?:photos?|fotos?|pictures?|pics|cam[eé]ra|kamera|c[aâ]mera|clock|"
                 r"c[aá]mar(?:a|ita)|c[aâ]merazinha|"  # "la app de la camarita"
                 r"gam(?:er|ing)\s{1,2}chat)")
_ICON = (r"(?:" + _ICON_ADJ + r"\s{1,2}){0,2}(?:(?:bird|birdie)|paper[\s\-]{0,2}planes?|ghost|"
         + _GENERIC_ICON + r"|"
         r"(?:p[aá]jar(?:o|ito)|avion(?:cito)?(?:\s{1,2}de\s{1,2}papel)?|fantasm(?:a|ita)|"
         r"p[aá]ssar(?:o|inho)|avi[aã]o(?:zinho)?(?:\s{1,2}de\s{1,2}papel)?|fantasminha|"
         r"oiseau|petit\s{1,2}oiseau|avion\s{1,2}en\s{1,2}papier|(?:petit\s{1,2})?fant[oô]me)"
         r"(?:\s{1,2}(?:azul|bleu))?)(?:[\s\-]{0,2}(?:icon|logo|ikone|ic[oô]ne|[ií]cone|"
         r"symbol))?")
_PICTO = (r"[\U0001f4f8\U0001f4f7\U0001f426\U0001f47b\u2708\U0001f6e9\U0001f4e8\U0001f3b5"
          r"\U0001f3b6]\ufe0f?")
_OWNER = r"(?:zuckerberg|zuck|musk|bytedance|durov)"
_DESCRIBED = (
    # "the paper-plane app", "the blue bird site", "paper plane:"
    r"\b(?:" + _ICON + r")[\s\-]{0,2}" + _APP_WORD + r"\b(?:\s{1,2}(?:with|mit|con|com|avec)"
    r"\s{1,2}(?:the|dem|der|el|la|o|a|le|l')\s{0,2}(?:" + _ICON + r"))?|"
    # "la app del pajarito azul", "o app do aviãozinho", "l'appli de l'oiseau bleu", "the app
    # with the ghost", "la app con el 📸"
    r"\b" + _APP_WORD + r"\s{1,2}(?:del?|do|da|du|de\s{1,2}l'|des|aux|das|dos|with|con|com|avec|"
    r"mit)\s{0,2}(?:l'|(?:the|las|los|la|el|le|les|o|a|os|as|dem|der|den)\s{1,2})?"
    r"(?:" + _ICON + r"|" + _PICTO + r")|"
    r"\b(?:blue\s{1,2}bird|p[aá]jar(?:o|ito)\s{1,2}azul|p[aá]ssar(?:o|inho)\s{1,2}azul|"
    r"oiseau\s{1,2}bleu|blaue[nmr]?\s{1,2}vogel|papierflieger|vogel-app|"
    r"avi[oó]n(?:cito)?\s{1,2}de\s{1,2}papel|avi[aã]o(?:zinho)?\s{1,2}de\s{1,2}papel|"
    r"avion\s{1,2}en\s{1,2}papier)\b|"
    # "the 📸 app", "la app 🐦", "the 👻"
    + _PICTO + r"\s{0,2}-?" + _APP_WORD + r"\b|\b" + _APP_WORD + r"\s{0,2}" + _PICTO + r"|"
    # "the photo app Zuckerberg bought", "zuck's photo app", "la app de musk"
    r"\b" + _APP_WORD + r"\b[^.!?\n]{0,30}?\b" + _OWNER + r"\b|\b" + _OWNER
    + r"(?:'s|s)?\s{1,2}(?:[a-z\-]{1,12}\s{1,2})?" + _APP_WORD + r"\b")
_DESCRIBED_RE = re.compile("(" + _DESCRIBED + ")")  # on lowercased text
_DESCRIBED_PLATFORM = re.compile("(?i)(" + _DESCRIBED + ")" + _GLUE + _HANDLE)


# "I'm @x on pretty much everything", "same handle on all the apps": socials implied.
_EVERYWHERE = re.compile(
    r"(?i)\bon\s{1,3}(?:pretty\s{1,3}much\s{1,3}|basically\s{1,3})?(?:everything|"
    r"(?:all|most|every)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|my\s{1,3})?(?:apps?|platforms?|"
    r"socials?|social\s{1,3}media))\b|\beverywhere\b")
# "I go by tayrenders on pretty much every app", "known as mo.bakes everywhere": the name the
# writer uses on the platforms, said to be the same on all of them or on one named.
_GO_BY = re.compile(
    r"(?i)\b(?:i\s{1,2}go\s{1,2}by|(?:i'?m\s{1,2}|i\s{1,2}am\s{1,2})?known\s{1,2}as)\s{1,3}"
    r"['\"\u2018\u201c]?(@?[a-z0-9_][a-z0-9_.\-]{2,39})['\"\u2019\u201d]?\s{1,3}(?:(?:on|en|auf|"
    r"sur|no|na|in|across)\s{1,3}(?:pretty\s{1,3}much\s{1,3}|basically\s{1,3}|almost\s{1,3}|"
    r"nearly\s{1,3})?(?:(?:every|all|most|each)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|my\s{1,3})?"
    r"(?:apps?|platforms?|socials?|social\s{1,3}media|sites?|networks?)|everything|the\s{1,3}"
    r"apps|(?:the\s{1,3})?(?:" + _CLEAR + r"|ig|fb|tg|yt|tt|sc|dc|threads|signal))|"
    r"(?:pretty\s{1,3}much\s{1,3}|basically\s{1,3}|almost\s{1,3})?everywhere)\b")


# "I'm ravenlens on pretty much everything (ig, tiktok)", "soy casa.mora en todas las redes",
# "je suis atelier_lune partout": the writer's one name, said to hold on every platform.
_IM_EVERYWHERE = re.compile(
    r"(?i)\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin)\s{1,3}"
    r"['\"\u2018\u201c]?(@?[a-z0-9_][a-z0-9_.\-]{2,39})['\"\u2019\u201d]?\s{1,3}(?:(?:on|en|em|auf|"
    r"sur|in|across)\s{1,3}(?:pretty\s{1,3}much\s{1,3}|basically\s{1,3}|almost\s{1,3}|"
    r"nearly\s{1,3}|quase\s{1,3}|casi\s{1,3}|presque\s{1,3}|fast\s{1,3})?(?:(?:every|all|most|each|"
    r"todas|todos|toutes|tous|allen)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|my\s{1,3}|las\s{1,3}|los\s{1,3}|"
    r"as\s{1,3}|os\s{1,3}|les\s{1,3}|mes\s{1,3}|mis\s{1,3}|minhas\s{1,3}|meinen\s{1,3})?"
    r"(?:apps?|platforms?|plataformas?|plateformes?|plattformen|socials?|social\s{1,3}media|"
    r"sites?|networks?|redes(?:\s{1,2}sociales|\s{1,2}sociais)?|r[ée]seaux|netzwerken)|"
    r"everything|the\s{1,3}apps)|"
    r"(?:pretty\s{1,3}much\s{1,3}|basically\s{1,3}|almost\s{1,3})?everywhere|"
    r"partout|[uü]berall|en\s{1,2}todos\s{1,2}lados|em\s{1,2}todo\s{1,2}lugar)\b")
# "I'm behind on everything", "I'm available on all the apps": a state, not a name
_STATE_WORDS = frozenset({"behind", "ahead", "around", "active", "present", "visible", "stuck",
                          "swamped", "late", "covered", "available", "reachable", "listed",
                          "findable", "searchable", "there", "posting", "open", "free",
                          "disponible", "dispon\u00edvel", "erreichbar", "presente"})


_IM_SELF = re.compile(r"\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin)\s")


def _im_everywhere(folded, text: str, platform: bool) -> list[Finding]:
    out = []
    for m in _IM_EVERYWHERE.finditer(text):
        token = m.group(1).rstrip(".-_")
        low = token.lower()
        if not _usable(token, True) or low in _STATE_WORDS:
            continue
        if not _distinctive(token) and (
                not platform or len(token) < 6 or token[:1].isupper()
                or low.endswith(_WORD_ENDS) or low.endswith(_ADJ_ENDS)
                or low.endswith(_STATE_ENDS) or low.endswith(("ee", "\u00e9", "ado", "ados",
                                                               "adas", "idos", "idas"))):
            continue  # "I'm Sam on every app", "I'm overbooked on everything"
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(token)),
                           "handle"))
    return out


def _go_by(folded, text: str) -> list[Finding]:
    out = []
    for m in _GO_BY.finditer(text):
        token = m.group(1).rstrip(".-_")
        if not _usable(token, True) or (not _distinctive(token) and (
                len(token) < 6 or token[:1].isupper())):
            continue  # "I go by Sam on every app": a first name, not an account
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(token)),
                           "handle"))
    return out


# "@bia ponto arte", "@jo dot makes", "@ marco (dot) petcare (dot) atx": spoken dots inside an
# @handle, bare or in brackets.
_AT_SPOKEN = re.compile(r"(?i)(?<![\w.@/])@(?:[ \t]{1,2}(?=[a-z]))?[a-z0-9_][a-z0-9_.]{0,29}"
                        r"(?:(?:\s{1,2}"
                        r"(?:dot|ponto|punto|point|punkt)|\s{0,2}[(\[{<]\s{0,2}(?:dot|ponto|"
                        r"punto|point|punkt|\.)\s{0,2}[)\]}>])\s{1,2}[a-z0-9_]{2,20}){1,3}\b")
_SPOKEN_DOTS = ("dot", "ponto", "punto", "point", "punkt")
# "es arroba murales punto quintero", "tape arobase renov underscore bastien": the '@' said as a
# word, then a name whose dots and underscores are said as words too. "at sign, j-o-n-a-h":
# the name may be spelled letter by letter.
_AT_WORD_HANDLE = re.compile(
    r"(?i)\b(?:arroba|arobase|at[\s\-]{1,2}(?:sign|symbol)|at-zeichen)\s{0,2}[,:]?\s{1,2}"
    r"((?:[a-z0-9]-){3,39}[a-z0-9]\b|"
    r"[a-z0-9_][a-z0-9_.]{1,29}(?:\s{1,2}(?:dot|ponto|punto|"
    r"point|punkt|underscore|unterstrich|sublinhado|(?:gui[oó]n|tiret|tra[cç]o)\s{1,2}"
    r"(?:bajo|bas|baixo))\s{1,2}[a-z0-9_]{2,20}){0,3})\b")
# "I'm at-sign x", "it's arroba x", "ig: at sign x": the sign said as the start of a name
_AT_INTRO = re.compile(r"(?:[:=\-\u2192]|\b(?:i'?m|i\s{1,2}am|it'?s|is|'s|es|ist|est|e|\u00e9|soy|"
                       r"sou|suis|bin|c'est|como|as|als|comme|under|unter|sous))\s{0,3}$")
_AT_WORD_HINTS = ("arroba", "arobase", "at sign", "at-sign", "at symbol", "at-symbol",
                  "at  sign", "at-zeichen")
_EMAIL_AFTER = re.compile(r"(?i)\s{0,2}(?:\.|dot|punto|ponto|point|punkt)\s{0,2}(?:com|net|org|"
                          r"es|fr|de|pt|br|mx|ar|co|io)\b")
# "SW-1234-5678-9012": a Nintendo Switch friend code.
_FRIEND_CODE = re.compile(r"(?i)\bsw(?:[\s\-]\d{4}){3}\b")
_SKYPE_ID = re.compile(r"(?i)\blive:[a-z0-9._\-]{3,40}")
# "disc: name#1234": Discord by its short name
_DISC_WORD = re.compile(r"\b(?:on|my|via|in|auf|sur|en|no|na|mi|mon|meu|mein)\s{1,2}disc\b"
                        r"(?!\s{0,2}\d)|\bdisc\s{0,2}[:=]|(?:^|\n)\s{0,3}disc\s{0,2}-")
_DISCORD_TAG = re.compile(r"(?i)\b([a-z0-9_.]{2,32}#\d{4})\b")
_TIME = re.compile(r"(?i)^\d{1,2}(?::\d\d)?(?:am|pm|h)?$")
# "@2x", "@14px", "@1.5x": asset scales and sizes, not handles.
_MEASURE = re.compile(r"(?i)^\d{1,4}(?:[.,]\d{1,3})?(?:x|px|pt|em|rem|dp|sp|dpi|ppi|fps|ms|s|k|"
                      r"kb|mb|gb|hz|khz|mhz|ghz|%)$")
# "linkedin - /in/samira-haddad-ux", "u/thrifty_jo": a profile path without the site.
_LINKEDIN_PATH = re.compile(r"(?i)(?<![\w.])/?(?:in|pub|company)/([a-z0-9][a-z0-9\-_%]{2,99})")
# "/ in / ana-lopes", "/in/ ana - lopes - ux": the path typed with spaces around its marks
_LINKEDIN_SPACED = re.compile(r"(?i)(?<![\w.])/\s{0,2}(?:in|pub)\s{0,2}/\s{0,2}([a-z0-9]{2,30}"
                              r"(?:\s{0,2}-\s{0,2}[a-z0-9]{1,30}){0,5})")
# "LinkedIn — in slash ana-ruiz-cpa", "linkedin: barra in barra ana ruiz": the profile path
# said in words, its hyphens typed or said too ("ana dash ruiz")
_SLASH_WORD = r"(?:slash|barra|barre(?:\s{1,2}oblique)?|schr[aä]gstrich)"
_LINKEDIN_SAID = re.compile(
    r"(?i)(?<![\w.\-/])(?:" + _SLASH_WORD + r"\s{1,2})?(?:in|pub)\s{1,2}" + _SLASH_WORD
    + r"\s{1,2}([a-z0-9][a-z0-9\-_]{2,60}(?:\s{1,2}(?:dash|hyphen|gui[oó]n|tiret|bindestrich|"
    r"h[ií]fen|tra[cç]o)\s{1,2}[a-z0-9]{1,30}){0,4})")
_SLASH_WORDS = ("slash", "barra", "barre", "schr")
_LI_PATH_WORDS = frozenset({"in", "pub", "company", "school", "feed", "jobs", "posts"})
# "u/ m0ssy_ keys": a space after the slash, or after an underscore inside the name.
_REDDIT_USER = re.compile(r"(?i)(?<![\w/.])/?u/ {0,2}([a-z0-9_\-]{3,20}\b"
                          r"(?:(?<=_) {1,2}[a-z0-9][a-z0-9_\-]{1,19}\b)?)")
# "no insta ..., é o ateliê_mariana": the handle comes later in the sentence after "is".
_LATER = re.compile(
    r"(?i)(?:(:)|(,)|\b(usuario|username|user\s?name|benutzername|pseudo|utilisateur|usu[aá]rio|"
    r"utilizador|"
    r"handle|nick)|\b(?:is|it'?s|its|e|es|ist|est|c'?est|sou|soy|als|como|comme|"
    # "the profile is called x", "das Profil heißt x", "mi perfil se llama x", "sous le nom x",
    # "boards are under x": naming words (group "call", read by _called_name)
    r"(?P<call>named|called|hei(?:ss|\u00df)t|se\s{1,2}llama|s'appelle|chama-se|"
    r"se\s{1,2}chama|(?:sous|under|bajo|sob|unter|avec|with|con|com)\s{1,2}(?:le|the|el|o|dem)"
    r"\s{1,2}(?:nom|name|nombre|nome|namen)|"
    # "sur Pinterest, tu me trouves sous x_y": the name the writer is found under
    r"sous|unter|bajo|sob|under|"
    # "ich heiße dort x_y": the name the writer goes by there
    r"hei(?:ss|\u00df)e(?:\s{1,2}ich)?(?:\s{1,2}(?:dort|da|dr[uü]ben))?)|"
    r"(?:nombre|nome|nom|name)(?:\s{1,3}de)?,?))\s{1,3}(?:(?:o|a|el|la|"
    r"le|der|die|das|the|my|mi|mon|meu|minha|at|under)\s{1,3})?(?P<tok>@?[a-z][a-z0-9_.\-]{2,39})")
# "my IG is where I post ..., it's at x_y": a short platform name owned by the writer.
# "... on insta. I think it's x_y right?": the next sentence gives the name as "it"
_NEXT_SENTENCE_IT = re.compile(r"(?i)\b(?:it'?s|its|that'?s|c'?est|das\s{1,2}ist|eso\s{1,2}es|"
                               r"isso\s{1,2}[eé])\s{1,3}(@?[a-z][a-z0-9_.\-]{2,39})")
# "my account is x.y", "mon compte c'est x.y": an account word standing for the platform
# named elsewhere in the message
_ACCOUNT_MENTION = re.compile(
    r"(?i)\b(?:my|mon|ma|mi|meu|minha|mein|meine|our|notre|nuestra|nossa|unser|o|a|the|le|la|"
    r"el)\s{1,2}(?:account|compte|cuenta|conta|konto|perfil|profile|profil|page|p[aá]gina|"
    r"seite)\b")
# What _ACCOUNT_MENTION cannot match without (on the lowercased text): a cheap gate.
_ACCOUNT_WORDS = ("account", "compte", "cuenta", "conta", "konto", "perfil", "profil", "page",
                  "pagina", "p\u00e1gina", "seite")
_NEXT_TOKEN = re.compile(r"\s{0,3}[:\-]?\s{1,3}(@?[a-z][a-z0-9_.\-]{2,39})", re.IGNORECASE)
_OWNED_SHORT = re.compile(r"(?i)(?:\b(?:my|mi|mon|meu|mein|on|en|no|auf|sur|el|le|o)\s{1,3}|"
                          r"^\s{0,3})(?:ig|fb|tg|wa|"
                          r"threads|signal)\b|"
                          # "no meu tt ..., é pets_da_lari": TikTok, only after a possessive
                          r"\b(?:my|mi|mon|meu|mein)\s{1,3}tt\b")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?:\s|$)")
_LATE_COLON_FORM = re.compile(r"(?i)^@?[a-z]\w*_|^[a-z]{2,}\d{2,}$")
# "jo-ellen.r", "kit.makes": names joined with dots or hyphens and a dot.
_DOTTED_NAME = re.compile(r"(?i)[a-z]{2,}(?:[.\-][a-z0-9]{1,20}){0,3}\.[a-z0-9]{1,20}")
_LATE_FORM = re.compile(r"(?i)^@|_|^[a-z]{2,}\d{2,}$|^[a-z]{2,}(?:\.[a-z]{2,})+\d{1,4}$")


# _distinctive and _usable are asked about the same few tokens again and again (every match
# of a message repeated at length): pure functions of their arguments, so their answers are kept.
@lru_cache(maxsize=4096)
def _distinctive(token: str) -> bool:
    """An '@', a digit or a joining mark inside ("jo.makes"); an underscore also at the end
    ("theplumbingguy_"), where sentence punctuation never puts one."""
    if token.startswith("@"):
        return True
    core = token.strip(".-")
    # letters only (the common case): no letter is a digit, and the marks are no letters
    return not core.isalpha() and any(c.isdigit() or c in "_.#-" for c in core)


_TITLED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|Mlle|Hr|Fr)\.[A-Z][a-z]{1,20}")
_DIMENSION = re.compile(r"\d{1,5}(?:[.,]\d{1,2})?x\d{1,5}(?:[.,]\d{1,2})?(?:px|mm|cm|m|in)?")
_VERSION = re.compile(r"v?\d{1,4}(?:\.\d{1,4}){1,3}[a-z]?")


_AT_SAID_WORDS = frozenset({"at-sign", "at-symbol", "at-zeichen"})


@lru_cache(maxsize=4096)
def _usable(token: str, glued: bool) -> bool:
    """A plausible handle: not a common word, not a time, not just a number."""
    bare = token.lstrip("@").rstrip(".-_")
    low = bare.lower()
    if len(bare) < 3 or low in COMMON or _TIME.match(bare):
        return False
    if (low.isdigit() or low.replace(".", "").isdigit() or _VERSION.fullmatch(low)
            or _DIMENSION.fullmatch(low) or _MEASURE.fullmatch(low)):
        return False  # "1080x1350", "v2.1", "10k on insta"
    parts = low.split(".")
    if "." in low and all(len(part) <= 2 for part in parts) and not (
            len(parts) >= 5 and all(len(part) == 1 for part in parts)):
        return False  # "e.g", "i.e", "u.s"; "b.e.a.r.d.e.d" is a name spelled out
    if low.endswith(("-moi", "-nous", "-toi", "-vous", "-me", "-te", "-la", "-le", "-nos",
                     "-se")):
        return False  # "retrouve-moi", "écris-nous", "escríbeme-te"
    if low in _AT_SAID_WORDS:
        return False  # "insta: at-sign x": the '@' said, the name follows
    if _TITLED_NAME.fullmatch(bare):
        return False  # "Mr.Smith from the council": a person addressed, the space left out
    return _distinctive(token) or (glued and len(bare) >= 4)


_NEXT_CAP = re.compile(r" [A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?\b")
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


_IS_GAP = re.compile(r"(?i)[\s,:\-]{0,3}(?:is|es|ist|est|e|:)[\s:]{0,3}['\"\u2018\u201c]?")


def _owned_display_name(text: str, gap: str, m: re.Match, token: str) -> bool:
    """"no face é Gabi Festas", "my fb is Hartley Home Repairs": the writer's own profile
    named in capitalized words."""
    return (token[:1].isupper() and _IS_GAP.fullmatch(gap) is not None
            and _OWNED_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)) is not None
            and _NEXT_CAP.match(text, m.start(2) + len(token)) is not None)


# Messenger shows the Facebook profile or page name ("FB messenger: Rafa Eventos BCN").
_REAL_NAME_SITES = frozenset({"linkedin", "facebook", "fb", "face", "xing", "messenger"})
_DASH_GAP = re.compile(r"[\s:]{0,3}[\-\u2013\u2014:][\s:]{0,3}")


def _real_name_profile(text: str, gap: str, m: re.Match, token: str) -> bool:
    """"LinkedIn - Ade Okonkwo-Bright": sites where people go by their full name."""
    site = "".join(m.group(1).lower().split())
    if site == "messenger" and token.lower() in COMMON:
        return False  # "Messenger: Works fine now"
    return (site in _REAL_NAME_SITES and token[:1].isupper()
            and _DASH_GAP.fullmatch(gap) is not None
            and _NEXT_CAP.match(text, m.start(2) + len(token)) is not None)


def _named_in_words(text: str, gap: str, m: re.Match, token: str) -> bool:
    """A channel, page or profile named in capitalized words after the platform (each check
    wants the token capitalized)."""
    return token[:1].isupper() and (
        _display_name(text, gap, m.start(2), token) or _owned_display_name(text, gap, m, token)
        or _real_name_profile(text, gap, m, token))


# "i n s t a: jo.makes", "t g → m a x": a platform name spelled out letter by letter before a
# colon, dash or arrow.
_SPACED_NAME = re.compile(r"(?i)(?<![\w.])((?:[a-z] ){1,9}[a-z])\s{0,2}(?:[:=]|->|-|"
                          + _ARROWS + r")"
                          r"(?:" + _HANDLE + r"|\s{0,3}(@?\s?(?:[a-z0-9_.] ){2,39}[a-z0-9_]))")
_FULL_PLATFORM = re.compile(r"(?i)(?:" + _CLEAR + "|" + _AMBIGUOUS + r")")


def _spaced_platform(folded, text: str) -> list[Finding]:
    out = []
    for m in _SPACED_NAME.finditer(text):
        name = m.group(1).replace(" ", "")
        g = 2 if m.group(2) else 3  # "t e l e g r a m: @ o s k a r v a t": spaced out too
        token = m.group(g).replace(" ", "")
        if _FULL_PLATFORM.fullmatch(name) is None or not _usable(token, True):
            continue
        if len(name) == 2 and g == 2 and not _distinctive(token):
            continue  # "t g → x": a short name spaced out, then a plain word is no handle
        end = m.end(3) if g == 3 else m.start(2) + len(m.group(2).rstrip(".-_"))
        out.append(Finding("handle", *folded.span(m.start(g), end), "handle"))
    return out


# "Rafa Eventos BCN": after a capitalized word, a short word in capitals is part of the name.
_NEXT_CAPS = re.compile(r" [A-Z]{2,5}\b(?![\w'\-])")


def _extend_name(text: str, end: int, token: str) -> int:
    """"as Jane Doe": a capitalized handle takes up to three more capitalized words."""
    if not token[:1].isupper():
        return end
    for _ in range(3):
        m = _NEXT_CAP.match(text, end)
        if m is None:
            m = _NEXT_CAPS.match(text, end)
            if m is None or m.group().strip().lower() in COMMON:
                break
        end = m.end()
    return end


# Cheap gate: substrings that only occur near a handle, and short platform names that must
# stand as words ("x", "ig", "wa" are inside ordinary words all the time).
_KEYWORDS = ("insta", "twit", "tik", "snap", "linked", "whats", "wats", "wsp", "telegr", "skype",
             "discord", "wechat", "we chat", "weixin", "viber", "wickr", "threema", "keybase",
             "reddit",
             "youtube", "twitch", "pinterest", "kakao", "imessage", "bluesky", "mastodon",
             "tumblr", "behance", "dribbble", "venmo", "paypal", "cash", "zelle", "revolut", "zap",
             "@", "live:", "handle", "user", "nick", "pseudo", "identifiant", "benutzer",
             "usuario", "utilizador", "hmu", "arroba", "arobase", "bizum", "mercado", "nequi",
             "yape", "lydia", "twint", "every", "bird", "oiseau", "jaro azul", "ssaro azul",
             "blauen vogel",
             "kwai", "likee", "vk",
             "gmail", "yahoo", "hotmail", "outlook", "icloud", "proton", "facebook", "facetime",
             "github", "gitlab", "bitbucket", "codeberg", "in/", "u/", "deviant", "artstation",
             "vsco", "soundcloud",
             "the gram", "thr gram", "tha gram", "teh gram", "da gram", " 'gram", " \u2019gram",
             "apps", "platforms", "social", "xing", "etsy", "vinted", "depop",
             "nextdoor", "next door", "tele gram", "you tube", "wallapop", "kleinanzeigen",
             "ebay", "bon coin", "boncoin", "olx", "libre", "craigslist", "poshmark", "mercari",
             "gumtree", "shpock", "carousell", "avito", "willhaben", "marktplaats", "kijiji",
             "offerup", "offer up", "milanuncios", "enjoei")
_KEY_WORDS = frozenset({"ig", "fb", "tg", "wa", "x", "yt", "tt", "sc", "dc", "gh", "line", "signal",
                        "session",
                        "element", "matrix", "threads", "steam", "teams", "messenger", "wise",
                        "pix", "kik", "wire", "face", "git", "wsp", "psn", "xbox", "playstation",
                        "gamertag", "gamer", "nintendo", "roblox", "battle", "epic", "sw", "li",
                        "tele", "disc", "gram", "slack"})
_WORD_RE = re.compile(r"[a-z]+")
_LAST_WORDS: tuple[str | None, frozenset[str]] = (None, frozenset())


def words_of(low: str) -> frozenset[str]:
    """The maximal [a-z] runs of ``low``. Asked by several detectors of one text: the last
    answer is kept as one tuple (safe across concurrent callers, which never mix texts)."""
    global _LAST_WORDS
    key, words = _LAST_WORDS
    if key is not low:
        words = frozenset(_WORD_RE.findall(low))
        _LAST_WORDS = (low, words)
    return words


def any_of(words: tuple[str, ...]) -> re.Pattern:
    """One pattern finding any of ``words`` as a substring, grouped by first character: each
    position of the text tries only the words starting with its character (about twice as
    fast as testing the words one by one)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return re.compile("|".join(
        re.escape(c) + "(?:" + "|".join(re.escape(r) for r in sorted(rest, key=len)) + ")"
        for c, rest in groups.items()))


class WordScan:
    """Several word lists tested as substrings with one scan of the text. At each position the
    pattern takes the longest listed word starting there; every listed word starting there is a
    prefix of it, so which lists occur follows from the longest words alone (exactly what
    ``any(w in text for w in words)`` answers for each list)."""

    def __init__(self, *lists: tuple[str, ...]) -> None:
        words = {w for words in lists for w in words}
        self.bits = {w: sum(1 << i for i, words in enumerate(lists)
                            if any(w.startswith(x) for x in words)) for w in words}
        groups: dict[str, list[str]] = {}
        for w in words:
            groups.setdefault(w[0], []).append(w[1:])
        self._re = re.compile("(?=(" + "|".join(
            re.escape(c) + "(?:" + "|".join(re.escape(r) for r in sorted(
                rest, key=lambda r: (-len(r), r))) + ")"
            for c, rest in sorted(groups.items())) + "))")

    def scan(self, text: str) -> int:
        """Bit i set when a word of list i occurs in ``text``."""
        bits = self.bits
        found = 0
        for w in set(self._re.findall(text)):
            found |= bits[w]
        return found


_KEYWORD_RE = any_of(_KEYWORDS)
_DESCRIBED_WORDS = ("bird", "plane", "ghost", "pajar", "avion", "fantasm", "ssarinho",
                    "ssaro", "aviao", "oiseau", "fantom", "vogel", "flieger", "zuck",
                    "musk", "bytedance", "durov", "\U0001f4f8", "\U0001f4f7",
                    "\U0001f426", "\U0001f47b", "\u2708", "\U0001f6e9", "\U0001f4e8",
                    "\U0001f3b5", "\U0001f3b6", "photo", "foto", "picture", "pics",
                    "camera", "kamera", "camar", "c\u00e1mar", "c\u00e2mera", "clock",
                    "gamer", "gaming")
_DESCRIBED_HINTS = any_of(_DESCRIBED_WORDS)
_GENERIC_DESCRIBED = re.compile(r"\b" + _GENERIC_ICON + r"\b")
# "as x", "I'm x", "user: x": the gap names what follows as the writer's account
_NAME_INTRO_GAP = re.compile(r"\b(?:i'?m|i\s{1,2}am|as|als|como|comme|sous|unter|under|nom|name|"
                             r"user(?:\s?name)?|handle|id|soy|sou|estoy|estou|suis|bin|"
                             r"hei(?:ss|\u00df)e)\b|@")


def _has_keyword(low: str) -> bool:
    return _KEYWORD_RE.search(low) is not None


# "search for Pine & Plaster Co on fb": a page name in capitalized words, then the platform.
_NAME_WORD = r"(?:[A-Z][\w'\u2019\-]{1,30}|&|\+)"
_SEARCH_VERB = (r"(?i:search(?:\s{1,2}for)?|look\s{1,2}(?:us\s{1,2}|me\s{1,2})?(?:up|for)|"
                r"find(?:\s{1,2}(?:us|me))?|busca(?:nos|me)?|b[uú]scanos|b[uú]scame|"
                r"such(?:e|t)?(?:\s{1,2}nach)?|cherche[zr]?|procur[ae](?:-nos|-me)?)")
_OPEN_Q = r"(?:['\"\u2018\u201c\u00ab]\s{0,2})?"
_CLOSE_Q = r"(?:\s{0,2}['\"\u2019\u201d\u00bb])?"
_PAGE_NAME = r"(" + _NAME_WORD + r"(?:\s{1,2}" + _NAME_WORD + r"){1,5})"
_SEARCH_NAME_ON = re.compile(
    r"\b" + _SEARCH_VERB + r"\s{1,3}" + _OPEN_Q + _PAGE_NAME + _CLOSE_Q +
    r"\s{1,3}(?i:on|en|auf|bei|sur|no|na|in)\s{1,3}(?i:the\s{1,2})?(?i:" + _CLEAR + "|" + _AMBIGUOUS
    + r")\b|"
    # "procura no facebook por Limpezas Fátima Gonçalves, ...": the platform first, then the
    # page name, which ends the clause
    r"\b" + _SEARCH_VERB + r"\s{1,3}(?i:on|en|auf|bei|sur|no|na|in)\s{1,3}(?i:the\s{1,2})?"
    r"(?i:face\s?book|fb|face|linked\s?in|xing|next\s?door)\s{1,3}(?i:(?:for|por|nach|pour)"
    r"\s{1,3})?" + _OPEN_Q + _PAGE_NAME
    + _CLOSE_Q + r"(?=\s{0,2}(?:$|[,.;:!?)\n]|[\-\u2013\u2014])|\s{1,2}(?i:and|e|y|et|und|ou|or|"
    r"o)\b)")


_SEARCH_CUES = ("search", "look", "find", "busc", "such", "cherch", "procur")
_TOKEN = r"@?[a-z0-9_][a-z0-9_.]{3,29}"
# "search 'harbourlightfilms' on instagram", "search the user ryansketches there": an account
# to be looked up, quoted or named as the user. Run on the lowercased text.
_SEARCH_USER = re.compile(
    r"\b(?:search|look\s{1,2}up|find|busca|b[uú]scame|cherche[zr]?|such\w{0,2}|procur[ae])"
    r"\s{1,2}(?:for\s{1,2}|nach\s{1,2}|por\s{1,2})?(?:(?:the|my|our|el|la|mi|le|mon|den|"
    r"meinen|o|meu)\s{1,2})?(?:(?:user|username|account|handle|page|usuario|cuenta|compte|"
    r"konto|nutzer|conta|perfil|profil)\s{1,2}['\"\u2018\u201c]?(" + _TOKEN + r")\b|"
    r"['\"\u2018\u201c](" + _TOKEN + r")['\"\u2019\u201d])")
# "google 'Jade Lin Interiors', my site comes up first": a quoted name, then what it finds.
_SEARCH_QUOTED = re.compile(
    r"\b(?:google|search(?:\s{1,2}for)?|look\s{1,2}up)\s{1,2}['\"\u2018\u201c]([a-z0-9][a-z0-9&.\-]"
    r"{1,24}(?:\s{1,2}[a-z0-9&.\-]{1,24}){0,4})['\"\u2019\u201d][^.!?\n]{0,30}?\bmy\s{1,2}"
    r"(?:site|website|page|profile|shop|account|insta\w*|channel)\b")
# "en tiktok soy lacocinadepaco": on the platform, I am the name.
_ON_PLATFORM_IM = re.compile(
    r"\b(?:on|en|auf|bei|sur|no|na)\s{1,2}(?:" + _CLEAR + r")\s{0,2},?\s{1,2}(?:i'?m|i\s{1,2}am|"
    r"soy|sou|je\s{1,2}suis|ich\s{1,2}bin|bin\s{1,2}ich)\s{1,2}(" + _TOKEN + r")\b")
# "with dots between the words", "avec des tirets du bas entre les mots", "mit Unterstrichen
# zwischen den Wörtern": how the words are joined
_MARKS_BETWEEN = (
    r"(?:with|avec|con|com|mit)\s{1,2}(?:des\s{1,2}|los\s{1,2}|las\s{1,2}|os\s{1,2}|as\s{1,2}|"
    r"an?\s{1,2}|un\s{1,2}|una?\s{1,2}|um\s{1,2}|einem\s{1,2})?(?:dots?|periods?|underscores?|"
    r"hyphens?|dash(?:es)?|points?|tirets?(?:\s{1,2}(?:du\s{1,2})?bas)?|puntos?|"
    r"guion(?:es)?(?:\s{1,2}bajos?)?|pontos?|underlines?|tra[cç]os?(?:\s{1,2}baixos?)?|punkte?n?|"
    r"unterstrich(?:e|en)?|bindestrich(?:e|en)?)\s{1,2}(?:in\s{1,2})?(?:between|entre|zwischen)"
    r"\s{1,2}(?:(?:the|each|les|chaque|las|los|cada|as|os|den|jedem|allen)\s{1,2})?(?:words?|mots?|"
    r"palabras?|palavras?|w[oö]rter[n]?|wort|parts?|partes?|teile[n]?)")
# "with every vowel dropped", "sin vocales", "ohne Vokale": the words written without vowels
_NO_VOWELS = (
    r"(?:with\s{1,2})?(?:every|all|the)\s{1,2}vowels?\s{1,2}(?:dropped|removed|taken\s{1,2}out|"
    r"left\s{1,2}out)|(?:no|without(?:\s{1,2}the)?|minus(?:\s{1,2}the)?)\s{1,2}vowels|"
    r"sin\s{1,2}(?:las\s{1,2})?vocales|sem\s{1,2}(?:as\s{1,2})?vogais|ohne\s{1,2}(?:die\s{1,2})?"
    r"vokale|sans\s{1,2}(?:les\s{1,2})?voyelles")
# Rules that only make sense for a name typed joined or changed (not "all together").
_STRICT_RULE = (r"(?:no\s{1,2}spaces?|(?:all\s{1,2})?one\s{1,2}word|sin\s{1,2}espacios|"
                r"sem\s{1,2}espa[cç]os|ohne\s{1,2}leerzeichen|sans\s{1,2}espaces?|"
                r"en\s{1,2}un\s{1,2}seul\s{1,2}mot|en\s{1,2}una\s{1,2}(?:sola\s{1,2})?palabra|"
                r"in\s{1,2}(?:einem|ein)\s{1,2}wort|" + _MARKS_BETWEEN + "|" + _NO_VOWELS + ")")
# "(paintedbypete, no dots)", "all one word plus design — mapleandoakdesign": the name with a
# spelling rule next to it.
_RULE = (r"(?:no\s{1,2}(?:dots?|spaces?|caps|underscores?)|(?:all\s{1,2})?one\s{1,2}word|"
         r"(?:all\s{1,2})?(?:together|lower\s?case)|(?:todo|tudo)\s{1,2}junto|sin\s{1,2}"
         r"(?:puntos|espacios)|sem\s{1,2}(?:pontos|espa[cç]os)|ohne\s{1,2}(?:punkte?|leerzeichen)|"
         r"(?:alles\s{1,2})?zusammen|sans\s{1,2}(?:points?|espaces?)|(?:tout\s{1,2})?attach[ée]s?|"
         # "en un seul mot", "en una sola palabra", "numa palavra só", "in einem Wort"
         r"en\s{1,2}un\s{1,2}seul\s{1,2}mot|en\s{1,2}una\s{1,2}(?:sola\s{1,2})?palabra|"
         r"(?:numa|em\s{1,2}uma)\s{1,2}(?:s[oó]\s{1,2})?palavra|in\s{1,2}(?:einem|ein)\s{1,2}wort|"
         r"in\s{1,2}one\s{1,2}word|" + _MARKS_BETWEEN + "|" + _NO_VOWELS + ")")
_NAME_WITH_RULE = re.compile(
    r"\(\s{0,2}(" + _TOKEN + r")\s{0,2}[,;:\-]?\s{1,2}" + _RULE + r"\s{0,2}\)|\b" + _RULE
    + r"\b[^.!?\n()]{0,40}?[\u2014\u2013:\-]\s{0,2}(" + _TOKEN + r")\s{0,3}(?:$|[.,!?;)\n])|"
    # "the account is tilesbytomas, all one word": the name given, then its spelling rule
    r"\b(?:is|'s|es|ist|est|\u00e9|e|called|named|hei(?:ss|\u00df)t|lautet|como|as|als|comme|"
    # "cherchez x en un seul mot", "search x, all one word": the name to look up, then the rule
    r"search(?:\s{1,2}for)?|look\s{1,2}up|busca(?:me)?|b[uú]scame|cherche[zr]?|such(?:e|t)?"
    r"(?:\s{1,2}(?:einfach|mal|doch))?(?:\s{1,2}nach)?|procur[ae])"
    r"\s{1,3}['\"\u2018\u201c]?(" + _TOKEN + r")['\"\u2019\u201d]?"
    r"(?:\s{0,2}[\u2014\u2013,;\-]\s{0,2}|\s{1,2})" + _RULE + r"\b|"
    # "(todo junto, nailsbyvera)": the rule first, then the name joined, in brackets
    r"\(\s{0,2}" + _RULE + r"\s{0,2}[,;:\-\u2013\u2014]\s{0,2}(" + _TOKEN + r")\s{0,2}\)")

# "on the gram I'm marloink, no spaces", "soy lunaverde, todo junto": the writer says who they
# are, then how the name is typed; the rule closes the clause ("I'm afraid no spaces are left"
# goes on).
_IM_NAME_RULE = re.compile(
    r"\b(?:i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin)\s{1,3}['\"\u2018\u201c]?("
    + _TOKEN + r")['\"\u2019\u201d]?(?:\s{0,2}[\u2014\u2013,;(\-]\s{0,2}|\s{1,2})" + _RULE
    + r"\s{0,2}\)?(?=\s{0,2}(?:$|[.,;!?\n\u2600-\u27bf\U0001f300-\U0001faff]))")


# "my telegram is just my name, ines moreau, no space": the handle is the writer's name
# given as words, then the rule that joins them.
# "my initials + tiles, j.k. tiles, no dots": initials count as a word.
_WORDS_WITH_RULE = re.compile(r"(?<![\w.@])((?:[a-z\u00e0-\u00ff]{2,20}|(?:[a-z]\.){1,3})[ \t]{1,2}"
                              r"[a-z\u00e0-\u00ff]{2,20})\s{0,2}[,(\-\u2013\u2014]\s{0,2}" + _RULE
                              + r"\b")
_NAME_SAID = re.compile(r"\b(?:name|names|nombre|nome|nom|namen?|vorname|pr[ée]nom|initials|"
                        r"iniciales|iniciais|initialen|initiales)\b")
_WRITER_BEFORE = re.compile(r"(?:me|us|moi|mich|uns|nos|nous)\b|\b(?:i'?m|soy|sou|suis|bin|"
                            r"estoy|estou|my|mi|mon|meu|mein)\b")
_SAME_BEFORE = re.compile(r"\b(?:same|mismo|misma|igual|m[eê]me|mesmo|mesma|gleich)\s{1,2}$")
# "búscame en tiktok como la tarta de ana, todo junto": on the platform as a phrase whose
# words the rule joins.
_AS_WORDS_WITH_RULE = re.compile(
    r"\b(?:as|como|comme|als|under|unter|sous)\s{1,2}((?:[a-z\u00e0-\u00ff]{1,20}[ \t]{1,2}){1,4}"
    r"[a-z\u00e0-\u00ff]{2,20})\s{0,2}[,(\-\u2013\u2014]\s{0,2}" + _RULE + r"\b")


_RULE_HINTS = ("no dot", "no space", "no cap", "no underscore", "one word", "together",
               "between", "entre", "zwischen", "vowel", "vocal", "vogai", "vokal", "voyelle",
               "lower", "junto", "sin punto", "sin espacio", "sem ponto", "sem espa", "ohne punkt",
               "ohne leerzeichen", "zusammen", "sans point", "sans espace", "attach", "seul mot",
               "palabra", "palavra", "einem wort", "ein wort")
_SEARCH_HINTS = ("'", '"', "\u2018", "\u201c", "user", "account", "handle", "page", "cuenta",
                 "compte", "konto", "nutzer", "conta", "perfil", "profil")

_RULE_HINTS_RE = any_of(_RULE_HINTS)
_IG_WORD = re.compile(r"(?<![a-z])ig(?![a-z])")
_SEARCH_HINTS_RE = any_of(_SEARCH_HINTS)


# "tiktok: sun and salt, no spaces", "my IG is 'quiet with fern' with no vowels", "sur insta : le
# petit atelier, avec des points entre les mots": a platform as a label, then words the rule
# joins or changes. Read on the lowercased text.
_LABEL_WORDS_RULE = re.compile(
    r"\b(?:" + _CLEAR + "|" + _AMBIGUOUS + r")\s{0,2}(?:is|es|est|ist|e|:|=)\s{0,3}"
    r"(['\"\u2018\u201c]?(?:[a-z\u00e0-\u00ff]{1,20}(?:\s{1,2}\+)?\s{1,2}){1,4}"
    r"[a-z\u00e0-\u00ff]{2,20}['\"\u2019\u201d]?)\s{0,2}[,(\-\u2013\u2014]?\s{0,2}"
    # "tudo junto com ponto entre as palavras": joined, and how
    r"(?:(?:(?:todo|tudo|all)\s{1,2})?(?:junto|together)|(?:alles\s{1,2})?zusammen|"
    r"(?:tout\s{1,2})?attach[ée]s?)?\s{0,2},?\s{0,2}" + _STRICT_RULE
    + r"(?:,?\s{1,2}(?:and|y|et|und|e)\s{1,2}" + _STRICT_RULE + r")?\s{0,2}(?:$|[.,;!?)\n])")


def _label_words_rule(folded, low: str) -> list[Finding]:
    out = []
    for m in _LABEL_WORDS_RULE.finditer(low):
        words = [w.strip("'\"\u2018\u2019\u201c\u201d") for w in m.group(1).split() if w != "+"]
        if all(w in COMMON or len(w) < 4 for w in words):
            continue  # "ig: the best one, no spaces"
        out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "account name"))
    return out


def _hinted_names(folded, text: str, low: str, platform: bool) -> list[Finding]:
    """Account names pointed to by a search, an "I'm" or a spelling rule, near a platform."""
    out = []
    rxs = []
    if any(w in low for w in _SEARCH_CUES) and _SEARCH_HINTS_RE.search(low):
        rxs.append(_SEARCH_USER)
    if platform and (" soy " in low or " sou " in low or "i'm" in low or " am " in low
                     or " bin " in low or "suis" in low):
        rxs.append(_ON_PLATFORM_IM)
    ruled = _RULE_HINTS_RE.search(low) is not None  # asked three times below
    if ruled:
        rxs.append(_NAME_WITH_RULE)
        rxs.append(_IM_NAME_RULE)
        out += _label_words_rule(folded, low)
    if low.count(",") >= 5:
        out += _spelled_letters(folded, low)
    if ruled and _NAME_SAID.search(low):
        for m in _WORDS_WITH_RULE.finditer(low):
            words = m.group(1).split()
            if any(w in COMMON for w in words) or not _NAME_SAID.search(
                    low, max(0, m.start() - 60), m.start()):
                continue
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "account name"))
    if platform and ruled:
        for m in _AS_WORDS_WITH_RULE.finditer(low):
            words = m.group(1).split()
            if all(w in COMMON or len(w) < 4 for w in words):
                continue  # "on insta as the one and only, all together"
            if _NAME_SAID.search(m.group(1)) or _SAME_BEFORE.search(low, max(0, m.start() - 8),
                                                                    m.start()):
                continue  # "the same as the shop name, no dots": compared, not given
            if _WRITER_BEFORE.search(low, max(0, m.start() - 40), m.start()) is None:
                continue  # "on instagram we post as the team, all together": not a name
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "account name"))
    for rx in rxs:
        for m in rx.finditer(low):
            g = next(i for i in range(1, (rx.groups or 0) + 1) if m.group(i) is not None)
            name = m.group(g).rstrip("._")
            if (name.lower() in COMMON or len(name.lstrip("@")) < 5
                    or (rx is _ON_PLATFORM_IM and len(name) < 9 and not _DISTINCT.search(name))
                    or (rx is _IM_NAME_RULE and not _DISTINCT.search(name) and name.lower(
                    ).endswith(_WORD_ENDS + _ADJ_ENDS + _STATE_ENDS))):  # "I'm thinking, ..."
                continue
            out.append(Finding("handle", *folded.span(m.start(g), m.start(g) + len(name)),
                               "account name"))
    return out


# "..., procura no facebook por X", "just search on fb for X": the reader told to look.
_IMPERATIVE_BEFORE = re.compile(
    r"(?i)(?:^|[.!?,;:(\n\u2013\u2014\-]|\b(?:just|simply|only|so|then|and|y|e|et|und|s[oó]|solo|"
    r"simplement|einfach|dann|also|pls|please|plz|favor|porfa|bitte|juste))\s{0,3}$")


_TOPIC_WORDS = frozenset({"friday", "monday", "sale", "sales", "deals", "offers", "day", "week",
                          "christmas", "easter", "ideas", "tips", "jobs", "groups", "group",
                          "events", "news", "marketplace", "reviews", "managers", "posts"})


def _search_name_on(folded, text: str) -> list[Finding]:
    out = []
    for m in _SEARCH_NAME_ON.finditer(text):
        g = 1 if m.group(1) else 2
        name = m.group(g).rstrip("'\u2019")
        if g == 2 and not _IMPERATIVE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "I'll search on LinkedIn for Project Managers": not sent to look it up
        if g == 2 and not _TOPIC_WORDS.isdisjoint(name.lower().split()):
            continue  # "search on facebook for Black Friday": a topic, not a page
        if name[:1] in "&+" or name.split()[0].lower() in COMMON:
            continue
        out.append(Finding("handle", *folded.span(m.start(g), m.start(g) + len(name)),
                           "page name"))
    return out


# "search voxbyrenee on tiktok, all my demos are there": one name to search for on a platform,
# the writer's own (said in the same sentence) or shaped like a handle. Run on the lowercased
# text.
_SEARCH_TOKEN_ON = re.compile(
    r"\b(?:search(?:\s{1,2}for)?|look\s{1,2}(?:me\s{1,2})?(?:up|for)|find\s{1,2}me\s{1,2}as|"
    r"busca(?:me)?(?:\s{1,2}por)?|b[uú]scame(?:\s{1,2}como)?|such(?:e|t)?(?:\s{1,2}nach)?|"
    r"cherche[zr]?|procur[ae](?:\s{1,2}por)?)\s{1,3}['\"\u2018\u201c]?"
    r"(@?[a-z0-9_][a-z0-9_.\-]{3,39})['\"\u2019\u201d]?\s{1,3}(?:on|en|auf|bei|sur|no|na|in)"
    r"\s{1,3}(?:the\s{1,2})?(?:" + _CLEAR + r"|ig|fb|yt|tt|threads)\b")
# "search x on ig or tiktok, it's the same everywhere": one name said to hold on every platform
_SAME_EVERYWHERE = re.compile(
    r"\b(?:same|mismo|misma|igual|gleich|m[eê]me|mesmo|mesma)(?:\s{1,2}(?:name|handle|one|"
    r"account|nombre|nome|nom))?\s{1,2}(?:everywhere|"
    r"(?:on|en|em|auf|sur|in)\s{1,2}(?:all|both|todas|todos|ambas|ambos|allen|beiden|tous|"
    r"toutes|les\s{1,2}deux)\b|[uü]berall|partout)|[uü]berall\s{1,2}gleich|partout\s{1,2}pareil")
_SELF = re.compile(r"\b(?:my|mine|i'?m|(?:it'?s|that'?s)\s{1,2}me|mi|mis|meu|meus|minha|minhas|"
                   r"mein\w{0,2}|mon|ma|mes|c'est\s{1,2}moi|soy\s{1,2}yo|sou\s{1,2}eu)\b")
# "look up lucaspaints on instagram, ... DM me": the message asks to be reached there, so the
# name looked up is the writer's account.
_REACH_ME = re.compile(r"\b(?:dm|pm|message|msg|follow|add|text|hit|ping|write)\s{1,2}(?:me|us)\b|"
                       r"\b(?:manda|mandame|escr[ií]beme|me\s{1,2}(?:manda|chama|escreve|segue)|"
                       r"sigueme|s[ií]gueme|schreib\s{1,2}mir|[ée]cris-moi)\b")
# "search for plumbers on instagram": a topic looked for, not an account
_FOR_TOPIC = re.compile(r"\s(?:for|nach|por)\s")
# "Der Account heißt tintenfisch.illustration", "procura por ilustra.beatriz", "the page is
# called x_y": an account named or looked for anywhere in a message that names a platform.
_ACCOUNT_CALLED = re.compile(
    r"\b(?:(?:account|acct|page|profile|channel|konto|kanal|profil|seite|cuenta|p[aá]gina|perfil|"
    r"compte|conta|canal)\s{1,2}(?:is\s{1,2}|es\s{1,2})?(?:called|named|hei(?:ss|ß)t|lautet|"
    r"se\s{1,2}llama|s'appelle|se\s{1,2}chama|chama-se)|look\s{1,2}(?:me\s{1,2})?(?:up|for)|"
    r"search(?:\s{1,2}for)?|busca(?:me)?(?:\s{1,2}por)?|such(?:e|t)?(?:\s{1,2}nach)?|"
    r"cherche[zr]?|procur[ae](?:\s{1,2}por)?)\s{1,3}['\"\u2018\u201c]?(@?[a-z0-9_]{2,30}"
    r"(?:[._][a-z0-9]{1,30}){1,3}|"
    # "mein Profil heißt m.a.r.a.f.o.t.o": one letter at a time, parted by dots
    r"(?:[a-z0-9][._]){5,39}[a-z0-9])\b(?![.\-@/]\w)")
_CALLED_CUES = ("called", "named", "heißt", "heisst", "lautet", "llama", "appelle", "chama",
                "look", "search", "busca", "such", "cherch", "procur")


# "on tiktok ... search for brushandbyte there", "auf TikTok ..., such einfach nach
# putzprofi_hannes": the platform named earlier in the message, then one name to search for
# that ends the clause or is followed by "there".
_SEARCH_TOKEN_THERE = re.compile(
    r"\b(?:search(?:\s{1,2}for)?|look\s{1,2}(?:me\s{1,2})?(?:up|for)|busca(?:me)?(?:\s{1,2}por)?|"
    r"b[uú]scame(?:\s{1,2}como)?|such(?:e|t)?(?:\s{1,2}(?:einfach|mal|doch|dort)){0,2}"
    r"(?:\s{1,2}nach)?|cherche[zr]?(?:\s{1,2}juste)?|procur[ae](?:\s{1,2}por)?)\s{1,3}"
    r"['\"\u2018\u201c]?(@?[a-z0-9_][a-z0-9_.\-]{3,39})['\"\u2019\u201d]?(?=\s{1,3}(?:there|dort|"
    r"da|ah[ií]|all[ií]|l[aà]|l[aà]-bas|l[aá])\b|\s{0,3}(?:$|[,;!?\n]|\.(?:\s|$)))")
_NAME_LIKE_ENDS = ("ions", "ings", "ments", "ers", "ideas", "ideen", "tips")


def _search_token_there(folded, low: str) -> list[Finding]:
    out = []
    for m in _SEARCH_TOKEN_THERE.finditer(low):
        if _PLATFORM_LC.found(low[max(0, m.start() - 200):m.start()]) is None:
            continue
        name = m.group(1).rstrip(".-_")
        if not _usable(name, True) or len(name.lstrip("@")) < 5:
            continue
        if not _distinctive(name):
            cut = max(low.rfind(".", 0, m.start()), low.rfind("!", 0, m.start()),
                      low.rfind("?", 0, m.start()), low.rfind("\n", 0, m.start()))
            stop = _SENTENCE_END.search(low, m.end(), min(len(low), m.end() + 200))
            if (len(name) < 10 or name.endswith(_WORD_ENDS + _NAME_LIKE_ENDS)
                    or _SELF.search(low, cut + 1, stop.start() if stop else len(low)) is None):
                continue  # "on tiktok, search for renovations there"
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


# "my Pinterest boards ... just search for me there: emberandtile_design", "búscame ahí:
# x", "find me as: x": the writer to be looked up, then a colon or "as" and one name.
_SEARCH_ME_COLON = re.compile(
    r"\b(?:search(?:\s{1,2}for)?\s{1,2}me|look\s{1,2}(?:me\s{1,2}up|for\s{1,2}me)|find\s{1,2}me|"
    r"b[uú]scame|busca-me|procura-me|me\s{1,2}(?:procura|busca|acha|encontra)|"
    # "me encuentras como x", "tu me trouves sous x", "findest du mich als x": found as
    r"me\s{1,2}(?:encuentr[ae]n?|encuentras|encontr[ae]s|encontram|achas?|acham|trouve[sz]?)|"
    r"findest\s{1,2}du\s{1,2}mich|finden\s{1,2}sie\s{1,2}mich|"
    r"cherche[sz]?-moi|such\s{1,2}(?:mich|nach\s{1,2}mir)|"
    # "on discord, add me there: x": the writer to be added or written to on the platform
    # named, "there" pointing back to it
    r"(?:add|follow|dm|pm|message|msg|text|ping|write|hit\s{1,2}up)\s{1,2}(?:me|us)(?=\s{1,2}"
    r"(?:there|on\s{1,2}there|on\s{1,2}it|over\s{1,2}there)\b)|(?:agr[eé]game|escr[ií]beme|"
    r"me\s{1,2}(?:adiciona|escreve|segue)|ajoute-moi|[ée]cris-moi|schreib\s{1,2}mir|"
    r"adde?\s{1,2}mich)(?=\s{1,2}(?:ah[ií]|all[ií]|l[aá]|l[aà]-bas|dort)\b))"
    r"(?:\s{1,2}(?:there|on\s{1,2}there|on\s{1,2}it|over\s{1,2}there|ah[ií]|all[ií]|l[aá]|"
    r"l[aà]-bas|dort))?\s{0,2}(?:[:\u2013\u2014]|\s-|\s(?:as|como|comme|als|under|unter|sous)"
    r"\s{0,2}:?)\s{0,3}['\"\u2018\u201c]?(@?[a-z0-9_][a-z0-9_.\-]{3,39})")


# "message me there - thursday": when, not who
_WHEN_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday tonight tomorrow weekend weekends
morning mornings afternoon evening evenings anytime whenever lunes martes miercoles jueves
viernes sabado domingo manana montag dienstag mittwoch donnerstag freitag samstag sonntag
morgen abends lundi mardi mercredi jeudi vendredi samedi dimanche demain segunda terca quarta
quinta sexta amanha
""".split())


def _search_me_colon(folded, low: str, rx: re.Pattern = _SEARCH_ME_COLON) -> list[Finding]:
    """The account name a pattern points to (its group 1), unless it reads as a day, a file,
    or an ordinary word."""
    out = []
    for m in rx.finditer(low):
        name = m.group(1).rstrip(".-_")
        if (not _usable(name, True) or len(name.lstrip("@")) < 5 or name in _WHEN_WORDS
                or name.rsplit(".", 1)[-1] in _FILE_EXTS
                or (not _distinctive(name) and (len(name) < 8 or name.endswith(_WORD_ENDS)))):
            continue
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


# "github's the same as here but with -dev at the end: hollis-wade-dev", "en insta es igual pero
# con _studio: x": the account named as this one changed, then the name itself after a colon
# or dash. Run on the lowercased text.
_SAME_BUT = re.compile(
    r"\b(?:same|mismo|misma|igual|m[eê]me|gleich\w{0,3}|mesm[oa])\b[^.!?\n:]{0,60}?"
    r"\b(?:but|except|plus|aber|nur|mais|sauf|pero|salvo|mas|only)\b[^.!?\n:\u2013\u2014]{0,50}"
    r"[:\u2013\u2014]\s{0,3}['\"\u2018\u201c]?(@?[a-z0-9_][a-z0-9_.\-]{3,39})")


def _same_but(folded, low: str) -> list[Finding]:
    return _search_me_colon(folded, low, _SAME_BUT)


# "the name is ravenquill with two underscores at the end": the name, then the marks to add to
# it (the name given is the handle without them). Read on the lowercased text.
_MARK_NOTE = re.compile(
    r"\b(?:(?:name|handle|user\s?name|user|nick(?:name)?|id|account|nombre|nome|nom|pseudo|"
    r"usuario|usu[aá]rio|benutzername|nutzername|konto|cuenta|conta|compte)(?:'s|\s{1,2}(?:is|es|"
    r"est|ist|e|lautet))|i'?m|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|hei(?:ss|\u00df)e)"
    r"\s{1,3}['\"\u2018\u201c]?([a-z][a-z0-9_.]{3,39})['\"\u2019\u201d]?,?\s{1,2}"
    r"(?:but\s{1,2}|pero\s{1,2}|mais\s{1,2}|mas\s{1,2}|aber\s{1,2})?(?:with|plus|con|mit|avec|com|"
    r"e|y|et|und|and)\s{1,2}(?:an?|one|two|three|un|una|uno|dos|tres|um|uma|dois|duas|tr[eê]s|"
    r"ein(?:em|en)?|zwei|drei|deux|trois|[1-3])\s{1,2}(?:underscores?|dots?|periods?|hyphens?|"
    r"dash(?:es)?|guiones?\s{1,2}bajos?|puntos?|guiones?|unterstrich(?:e|en)?|punkte?n?|"
    r"bindestrich(?:e|en)?|tirets?\s{1,2}bas|points?|tirets?|underlines?|pontos?|h[ií]fens?|"
    r"tra[cç]os?)\s{1,2}(?:(?:at|in|on)\s{1,2}the\s{1,2}(?:end|start|beginning|front)|"
    r"al\s{1,2}(?:final|principio|inicio)|am\s{1,2}(?:ende|anfang)|[aà]\s{1,2}la\s{1,2}fin|"
    r"au\s{1,2}d[ée]but|no\s{1,2}(?:final|fim|in[ií]cio)|at\s{1,2}the\s{1,2}back)\b")
_MARK_NOTE_HINTS = ("underscore", "dot", "period", "hyphen", "dash", "guion", "punto",
                    "unterstrich", "punkt", "bindestrich", "tiret", "point", "underline", "ponto",
                    "hifen", "trac")


def _mark_note(folded, low: str) -> list[Finding]:
    out = []
    for m in _MARK_NOTE.finditer(low):
        name = m.group(1).rstrip(".")
        if name in COMMON or not _usable(name, True) or len(name) < 5:
            continue
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


# "it's plasterpete with three e's at the end: plasterpeteee", "com dois l's: x": the name
# said, then how it is spelled, then the name as typed (the first form goes too).
_SPELLED_AS = re.compile(
    r"(?:(?<![\w@.])([a-z0-9_][a-z0-9_.]{3,39})\s{1,2})?"
    r"(?:with|but\s{1,2}with|com|con|mit|avec)\s{1,2}(?:an?\s{1,2}|one\s{1,2}|two\s{1,2}|"
    r"three\s{1,2}|four\s{1,2}|double\s{1,2}|triple\s{1,2}|dois\s{1,2}|duas\s{1,2}|"
    r"tr[eê]s\s{1,2}|dos\s{1,2}|zwei\s{1,2}|drei\s{1,2}|deux\s{1,2}|trois\s{1,2}|"
    r"[2-4]\s{1,2})(?:extra\s{1,2})?(?:['\"\u2018]?[a-z]['\"\u2019]?(?:'?s)?|letters?)"
    r"(?=[\s,:])[^:\n.!?]{0,30}[:\u2013\u2014]\s{0,3}(@?[a-z0-9_][a-z0-9_.\-]{3,39})")


def _spelled_as(folded, low: str) -> list[Finding]:
    out = []
    if not ("with" in low or "com" in low or "con" in low or "mit" in low or "avec" in low):
        return out  # every match holds one of these words
    for m in _SPELLED_AS.finditer(low):
        name = m.group(2).rstrip(".-_")
        if not _usable(name, True) or len(name.lstrip("@")) < 5 or name in COMMON:
            continue
        out.append(Finding("handle", *folded.span(m.start(2), m.start(2) + len(name)),
                           "account name"))
        base = m.group(1)
        if base and base[:4] == name.lstrip("@")[:4] and base not in COMMON:
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "account name"))
    return out


# "👻: rileyy.jpeg": the ghost is Snapchat's logo, standing for the platform's name.
# "📸 ➡️ mara.prints", "🐦: @tomvoss": Instagram's camera and Twitter's bird stand for theirs
# only with a mark pointing at the name (a camera alone is a photo, "📸 2 of 5").
_LOGOS = "\U0001f47b\U0001f4f8\U0001f4f7\U0001f426"
_GHOST = re.compile(r"([" + _LOGOS + r"])\ufe0f?\s{0,3}([:=\-\u2192]|->|" + _ARROWS + r")?"
                    r"\s{0,3}(@?[a-z0-9_][a-z0-9_.\-]{2,39})")


# The name after a logo ends its clause: "🐦 → early_bird offer ends Friday" is a label.
_LOGO_NAME_END = re.compile(r"[ \t]{0,3}(?:$|[\n.,;:!?()\[\]]|[^\w\s])")


def _ghost(folded, low: str) -> list[Finding]:
    out = []
    for m in _GHOST.finditer(low):
        name = m.group(3).rstrip(".-_")
        ghost = m.group(1) == "\U0001f47b"
        end = m.start(3) + len(name)
        # "📸 ➡️ mara🔸prints": an emoji standing for a mark inside the name
        inner = None if ghost or end != m.end(3) else _INNER_EMOJI.match(low, end)
        if inner is not None:
            end = inner.end()
            name = name + "." + inner.group().lstrip(
                "".join(c for c in inner.group() if not c.isalnum() and c != "_"))
        if not _usable(name, m.group(2) is not None) or (
                (m.group(2) is None or not ghost) and name.rsplit(".", 1)[-1] in _FILE_EXTS):
            continue
        if not ghost and (m.group(2) is None or not _distinctive(name)
                          or _VERSION.fullmatch(name.lstrip("@"))
                          or _LOGO_NAME_END.match(low, end) is None):
            continue  # "📸 by the pool", "📸: v2.1": a photo, not an account
        out.append(Finding("handle", *folded.span(m.start(3), end),
                           "snapchat handle" if ghost else "handle (platform logo)"))
    return out


# "meu sobrenome é Nakamura, me acha no face", "my surname's Italian, Marchetti, easy to find
# on LinkedIn": a family name given to be looked up (by a site named, or "google X").
_SURNAME_HINTS = ("surname", "last name", "lastname", "family name", "apellido", "apelido",
                  "sobrenome", "nachname", "nom de famille")
_SURNAME_GIVEN = re.compile(
    r"(?i)\b(?:last\s{0,2}name|surname|family\s{1,2}name|apellido|apelido|sobrenome|nachname|"
    r"nom\s{1,2}de\s{1,2}famille)(?:'s|\u2019s|\s{1,2}(?:is|es|[eé]|est|ist|lautet)|\s{0,2}:)"
    r"\s{1,3}([^\W\d_][^\W\d_'\-]{2,30}(?:-[^\W\d_]{2,30})?)\b"
    # "surname's Italian, Marchetti": a word about the name, then the name
    r"(?:,\s{1,2}([A-Z\u00c0-\u00de][^\W\d_'\-]{2,30}(?:-[^\W\d_]{2,30})?)\b)?")
_LOOKUP_CUE = re.compile(r"\b(?:google|search|look\s{1,2}(?:me\s{1,2})?up|find|busca|b[uú]scame|"
                         r"encontr\w{0,6}|ach[ao]|acha-me|procur\w{0,4}|such\w{0,2}|finde\w{0,2}|"
                         r"cherche\w{0,2}|trouve\w{0,2})\b")


# "my surname is Polish, so ...": what the name is like, not the name
_NAME_KINDS = frozenset("""
polish italian german french spanish portuguese dutch greek irish scottish welsh english
russian ukrainian czech hungarian turkish arabic armenian japanese chinese korean thai
vietnamese indian nigerian hawaiian basque catalan swedish norwegian danish finnish
long short weird tricky unusual hyphenated double italiano italiana alem\u00e3o alem\u00e1n
franc\u00eas japon\u00eas japon\u00e9s grego griego comprido largo dif\u00edcil complicado
""".split())
_OTHERS_BEFORE = re.compile(r"(?i)\b(?:his|her|their|your|seu|sua|su|tu|dein\w{0,2}|sein\w{0,2}|"
                            r"ihr\w{0,2}|ton|ta|son|sa|votre|leur)\s{1,2}$")


def _surname_given(folded, text: str, low: str) -> list[Finding]:
    given: dict[str, list[tuple[int, int]]] = {}  # each name, where it was given
    for m in _SURNAME_GIVEN.finditer(text):
        if _OTHERS_BEFORE.search(low, max(0, m.start() - 8), m.start()):
            continue  # "his last name is Kowalski": someone else's, asked or told
        for g in (1, 2):
            name = m.group(g)
            if name is None or name.lower() in COMMON or name.lower() in _NAME_KINDS:
                continue
            given.setdefault(name.lower(), []).append((m.start(g), m.end(g)))
    out = []
    # every other place the name appears, looked up once per name (a text that gives the same
    # name a thousand times must not pair every giving with every mention)
    for key, spans in given.items():
        at = {s for s, _ in spans}
        again = [a for a in re.finditer(r"(?<![\w@.])" + re.escape(key) + r"(?![\w@])", low)
                 if a.start() not in at]
        named = [(s, e) for s, e in spans
                 if text[s].isupper() or again or len(spans) > 1]
        if not named:
            continue  # "my last name is hard to spell": a word, not a name
        out.extend(Finding("handle", *folded.span(s, e), "family name") for s, e in named)
        out.extend(Finding("handle", *folded.span(a.start(), a.end()), "family name")
                   for a in again)
    return out


def _search_token_on(folded, low: str) -> list[Finding]:
    out = _search_token_there(folded, low)
    for m in _SEARCH_TOKEN_ON.finditer(low):
        name = m.group(1).rstrip(".-_")
        if not _usable(name, True) or len(name.lstrip("@")) < 5:
            continue
        if not _distinctive(name):
            if _FOR_TOPIC.search(m.group(), 0, m.start(1) - m.start()):
                continue
            lo, hi = max(0, m.start() - 200), min(len(low), m.end() + 200)  # the sentence
            cut = max(low.rfind(".", lo, m.start()), low.rfind("!", lo, m.start()),
                      low.rfind("?", lo, m.start()), low.rfind("\n", lo, m.start()), lo - 1)
            stop = _SENTENCE_END.search(low, m.end(), hi)
            if (_SELF.search(low, cut + 1, stop.start() if stop else hi) is None
                    and (len(name) < 8 or name.endswith(_WORD_ENDS + _NAME_LIKE_ENDS)
                         or (_REACH_ME.search(low) is None
                             and _SAME_EVERYWHERE.search(low, cut + 1, hi) is None
                             and _RULE_AFTER.match(low, m.end()) is None))):
                continue  # "search sourdough on tiktok, there are great videos"
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


def _account_called(folded, low: str) -> list[Finding]:
    out = []
    for m in _ACCOUNT_CALLED.finditer(low):
        name = m.group(1).rstrip(".-_")
        if (not _usable(name, False) or name.rsplit(".", 1)[-1] in _FILE_EXTS
                or len(name.replace(".", "").replace("_", "")) < 6):
            continue
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "account name"))
    return out


# "ig\nmarco.builds", "add me on tg ana_k": a short platform name, then only spacing, at the
# start of a line or owned ("my", "on").
_BARE_GAP = re.compile(r"[\s.,\u2026]{1,4}")
# ...and the handle ends the clause ("add me on tg ana_k", not "fb ads_q3 report attached").
_STANDS_ALONE = re.compile(r"(?i)\s{0,3}(?:$|[\n,!?;)\u2600-\u27bf\U0001f300-\U0001faff]|"
                           r"\.(?:\s|$)|\s(?:or|and|y|e|und|et|ou|pls|"
                           r"please|thanks|thx|btw|too|also)\b)")
_INTRO_BEFORE = re.compile(r"(?i)\b(?:i'?m|im|i\s{1,2}am|soy|sou|je\s{1,2}suis|ich\s{1,2}bin|"
                           r"it'?s|its|is|es|ist|est|e|as|como|comme|als|add|follow|find)\s{1,3}$")
_BARE_OK_BEFORE = re.compile(
    r"(?i)(?:^|\n|\b(?:on|my|mi|mon|meu|mein|auf|sur|no|en|na|am)\s{1,3})$")
# "marco.builds (insta)", "ana_k on tg": the handle first, then the platform.
# Found from the platform backwards: the tail is rare, a token before it is everywhere.
_SHORT_AFTER = re.compile(
    r"(?i)[(\[]\s{0,2}(?:on\s{1,2})?(" + _CLEAR + "|" + _AMBIGUOUS + r")\s{0,2}[)\]]|"
    r"\b(ig|fb|tg|wa|yt|tt|sc|dc|gh|threads|messenger|whats)\b")
_ON_BEFORE = re.compile(r"(?i)\s(?:on|en|auf|sur|no|na)\s{1,3}$")
_TOKEN_BEFORE = re.compile(r"(?i)(?<![\w@.])(@?[a-z0-9_][a-z0-9_.\-]{2,39})\s{0,3}$")


def _short_after(folded, text: str) -> list[Finding]:
    out = []
    for tail in _SHORT_AFTER_LC.finditer(text, lower_same_length(text)):
        start = tail.start()
        if tail.group(2):  # "ana_k on tg": the short name must follow "on"
            on = _ON_BEFORE.search(text, max(0, start - 8), start)
            if on is None:
                continue
            start = on.start()
        m = _TOKEN_BEFORE.search(text, max(0, start - 45), start)
        if m is None:
            continue
        token = m.group(1)
        platform = (tail.group(1) or tail.group(2) or "").lower()
        if platform == "line" or not _distinctive(token) or not _usable(token, False):
            continue
        if tail.group(2) and not (_STANDS_ALONE.match(text, tail.end())
                               or _INTRO_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "campaign_v2 on fb did well"
        if "." in token and token.rsplit(".", 1)[-1].lower() in _FILE_EXTS:
            continue  # "report.pdf (fb)"
        end = m.start(1) + len(token.rstrip(".-_"))
        out.append(Finding("handle", *folded.span(m.start(1), end), f"{platform} handle"))
    return out


# "WhatsApp e Instagram del negocio", "WhatsApp e ícone do Instagram": after "e" ("and" as
# well as a folded "é") another platform, or a word of a phrase ("ícone do ...").
_OF_PLATFORM = re.compile(r"(?i)(?:" + _CLEAR + r")\b|[a-z\u00e0-\u00ff]{2,20}\s{1,2}"
                          r"(?:do|da|dos|das|de|del|du|des|of)\s{1,2}(?:[a-z]{1,4}\s{1,2})?"
                          r"(?:" + _CLEAR + r")\b")
# "com Instagram e formulário", "sem WhatsApp e ...": the platform is one item of a list, so
# "e" after it is "and", not an unaccented "é".
_LISTED_BEFORE = re.compile(r"(?:\b(?:com|sem|con|sin|with|without|plus|mais|e|ou|y|and|or)"
                            r"\s{1,2}|,\s{0,2})$")
# "on insta as brushandbramble (same name ...)": "as" then a name that ends the phrase.
# "on insta lol, x", "on tiktok: x": only a laugh or a filler before the punctuation
_FILLER_GAP = re.compile(r"\s{0,2}(?:(?:lol|lmao|haha|hehe|tho|btw|xd)\s{0,2})?"
                         r"[,:\-\u2013\u2014]\s{0,3}")
_MESSAGE_END = re.compile(r"\s{0,2}[.!]{0,3}\s{0,2}(?:$|\n|[\u2600-\u27bf\U0001f300-\U0001faff])")
# the writer or the sameness of the name spoken of before the platform
_WRITER_OR_SAME = re.compile(r"\b(?:same|mismo|misma|igual|m[eê]me|mesmo|mesma|gleich\w{0,3}|"
                             r"my|mi|mon|ma|meu|minha|mein\w{0,2}|me|us|i'?m|mich|moi)\b")


# "find me", "add us", "me encuentras", "folg mir": the reader told to look the writer up
_FIND_ME = re.compile(r"\b(?:(?:find|add|follow|look|search|dm|message|hit)\s{1,2}(?:me|us)|"
                      r"(?:busca|sigue|agrega|sucht?|folg|adde?|cherche|trouve|ajoute|suis|"
                      r"procura|segue|adiciona)\w{0,2}[\s\-]{1,2}(?:me|nos|mich|uns|mir|moi|nous)|"
                      r"me\s{1,2}(?:encuentr|encontr|ach|trouv|sig|seg|adicion|agreg)\w{0,4})\b")
_DASH_CLOSE = re.compile(r"[ \t]{1,2}[\-\u2013\u2014](?:\s|$)")


def _last_name_said(text: str, low: str, m, token: str) -> bool:
    """"same name as here but on insta lol, mossandmaple": after the writer is placed on a
    platform, one long plain name ends the message."""
    word = token.lower()
    return (len(token) >= 7 and token.isalpha() and word not in COMMON
            and word not in _WHEN_WORDS and not word.endswith(_WORD_ENDS + _NAME_LIKE_ENDS)
            and (_MESSAGE_END.match(text, m.start(2) + len(token)) is not None
                 # "find me on snap - jayjaymoves - and ...": set off by a pair of dashes
                 or (any(d in text[m.end(1):m.start(2)] for d in "-\u2013\u2014")
                     and _DASH_CLOSE.match(text, m.start(2) + len(token)) is not None
                     and _FIND_ME.search(low, max(0, m.start(1) - 40), m.start(1))))
            and _WRITER_OR_SAME.search(low, max(0, m.start(1) - 60), m.start(1)) is not None)


# "find me on tiktok as x 🎨": an emoji ends the phrase too
_AS_NAME_END = re.compile(r"\s{0,2}(?:$|[\n,;:!?()\u2600-\u27bf\U0001f300-\U0001faff]|"
                          r"\.(?:\s|$))")


# A plain word after an article names a thing ("the feed under the banner"), and "on Insta,
# it's more lively" says something about the platform: neither introduces a name.
_ARTICLE_END = re.compile(r"(?i)\b(?:la|le|les|the|el|los|las|der|die|das|dem|den|des|a|o|os|"
                          r"un|une|uno|una|um|uma|ein|eine|einen)\s{1,3}$")
_COPULA_GAP = re.compile(r"(?i)\s{0,2},\s{0,2}(?:c'est|cest|it'?s|its|es|est|ist|é|e)\s{1,3}")
# "my insta is on hold", "ma chaîne est en pause", "ist im Umbau": a copula, then a
# preposition: the platform is in some state, no name follows.
_COPULA_PLACE = re.compile(r"[\s,:]{0,3}(?:is|es|ist|est|e|c'est|cest|it'?s|its)\s{1,3}"
                           r"(?:on|en|in|im|em|no|na|auf|sur)\s{1,3}")
_COPULA_ONLY = re.compile(r"[\s,:]{0,3}(?:is|es|ist|est|e|c'est|cest|it'?s|its)\s{1,3}")
# "venmo is easier for me", "PayPal ist einfacher als": a comparative, then what it is
# compared with or good for.
_COMPARED = re.compile(r"\s{1,3}(?:(than|als)|for|to|with|f[uü]r)\b")


def _compared(low: str, start: int, token: str) -> bool:
    """A comparative word after "is": "-ier" before "than"/"for"/"to", or "-er" before "than"
    ("jbaker for work" stays a name)."""
    m = _COMPARED.match(low, start + len(token))
    word = token.lower()
    return m is not None and (word.endswith("ier") or (word.endswith("er") and m.group(1)))
# "WhatsApp na loja do cliente", "WhatsApp en la tienda del cliente": a place preposition,
# then a noun phrase, and no word introducing a name.
_PLACE_PHRASE = re.compile(r"\s{1,3}(?:na|no|nos|nas|en|em|on|in|im|auf|sur|dans)"
                           r"(?:\s{1,3}[a-z\u00e0-\u00ff']{1,14}){1,4}\s{1,3}")
_INTRO_WORDS = frozenset({"is", "es", "ist", "est", "e", "\u00e9", "as", "como", "comme", "als",
                          "called", "named", "handle", "user", "username", "nick", "under",
                          "unter", "sous", "bajo", "sou", "soy", "estoy", "estou", "c'est",
                          "it's", "its", "account", "conta", "cuenta", "compte", "konto",
                          "profile", "perfil", "profil", "channel", "canal", "kanal",
                          "me", "mich", "moi", "us", "uns", "nous", "nos", "find", "search",
                          "busca", "procura", "such", "cherche", "tag", "id", "name", "nome",
                          "nombre", "nom", "pseudo", "usuario", "usu\u00e1rio"})
# "WhatsApp da loja no rodapé": whose it is, then where it sits; no name introduced
_OF_PLACE_GAP = re.compile(r"\s{1,3}(?:da|do|dos|das|de|del|du|des|of)\s{1,3}"
                           r"[a-z\u00e0-\u00ff]{2,14}\s{1,3}(?:na|no|nos|nas|en|em|on|in|im|auf|sur|dans)\s{1,3}")
_PLACE_BEFORE = re.compile(r"(?i)\b(?:sur|on|en|auf|no|na|in|im|bei|dans|via)\s{1,3}$")


# "sou o responsável", "soy la administradora": a role, not a name
_ROLE_ENDS = ("dor", "dora", "ora", "or", "ista", "vel", "ble", "ante", "ente", "eira", "eiro",
              "ero", "era", "ria", "rio", "ger", "ner", "ist", "ive", "ant", "ent", "ice")
# "chama na DM do insta, sou o x": a comma may come first
_I_AM_THE = re.compile(r"[\s,]{1,3}(?:sou\s{1,2}[ao]|soy\s{1,2}(?:el|la))\s{1,3}")


_REPO_BEFORE = re.compile(r"(?:github|gitlab)\.com/$")


def _listed_finditer(rx: Caseless, text: str, low: str):
    """Matches of ``rx``, each with whether the name after the platform is another platform
    ("tiktok e insta: x", "fb & ig: x"): then the search goes on from that one, which
    introduces the name."""
    pos = 0
    while (m := rx.search(text, low, pos)) is not None:
        listed = _OF_PLATFORM.match(text, m.start(2)) is not None
        yield m, listed
        pos = m.start(2) if listed else m.end()


_LETTER = re.compile(r"[a-z]")
_THERE_END = re.compile(r"\s{1,2}(?:there|over\s{1,2}there|ah[ií]|all[ií]|l[aàá](?:-bas)?|dort|"
                        r"da)\b")
_INNER_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[a-zA-Z0-9_]"
                          r"[a-zA-Z0-9_.\-]{1,30}")


def _after_platform(folded, text: str, named: bool = True, described: bool = False
                    ) -> list[Finding]:
    """"insta: jane.doe", "signal username bo_conn.01": platform first, then the handle.

    ``named`` False says no clear platform name occurs, so only the short names are tried;
    ``described`` True says a platform is described ("the paper plane app"), tried as well."""
    out = []
    low = lower_same_length(text)
    rxs = (_CLEAR_LC, _AMBIG_LC) if named else (_AMBIG_LC,)
    for rx in (*rxs, _DESCRIBED_LC) if described else rxs:
        for m, listed in _listed_finditer(rx, text, low):
            if rx is not _AMBIG_LC and listed:
                continue  # "WhatsApp e Instagram", "WhatsApp e ícone do Instagram": a list
            # where the platform's name starts and ends and the token starts, read once
            pstart, pend, tstart = m.start(1), m.end(1), m.start(2)
            token = m.group(2)
            gap = text[pend:tstart].lower()
            # "ig: the🌙studio": an emoji standing for a word inside the name
            inner = _INNER_EMOJI.match(text, tstart + len(token))
            if inner is not None and _GLUE_WORD.search(gap):
                token = text[tstart:inner.end()]
            else:
                inner = None
            # "snapchat → tessa dot trains": the dots said as words make it a handle
            tail = _spoken_tail(low, tstart + len(token))
            spoken = (bool(tail) and token.lower() not in COMMON and not token.isdigit()) or (
                inner is not None)
            if not spoken and not _usable(token, True) and not _named_in_words(text, gap, m,
                                                                                token):
                continue  # "Revolut works": the last check drops it whatever comes between
                # (the checks there only drop or set ``glued``, which it does not depend on)
            dist = _distinctive(token)
            if gap == "/" and _REPO_BEFORE.search(low, max(0, pstart - 12), pstart):
                continue  # "github.com/facebook/react.git": an organisation's repository
            if (gap[:1] == "-" and text[pend + 1:pend + 2].isalpha()
                    and not any(c in gap for c in ":=@\u2192")
                    and not _NAME_COMPOUND.match(low, pend)):
                continue  # "Snap-on tools", "Insta-ready": one compound word ("Skype-Name" names)
            glued = (rx is not _AMBIG_LC and _GLUE_WORD.search(gap) is not None
                     and _PLACE_ONLY.fullmatch(gap) is None
                     and _OF_PLACE_GAP.fullmatch(gap) is None) or (
                rx is _AMBIG_LC and _SELF_INTRO.search(gap) is not None
                and _OWNED_BEFORE.search(text, max(0, pstart - 6), pstart) is not None)
            if gap.rstrip().endswith("@") or (
                    gap.endswith("/") and rx is _AMBIG_LC and _LETTER.search(gap)
                    and (dist or len(token) >= 10)):
                glued = True  # "tg → @ x": an '@' typed apart; "fb page is /x": a page path
            if (rx is _DESCRIBED_LC and not glued and _NAME_INTRO_GAP.search(gap)
                    and _PLACED_ON.search(low, max(0, pstart - 50), tstart)
                    and len(token) >= 5 and token.lower() not in COMMON
                    and (not token.lower().endswith(_WORD_ENDS + ("s",))  # "as albums"
                         or _long_joined(token))
                    and (_AS_NAME_END.match(text, tstart + len(token))
                         or _THERE_END.match(low, tstart + len(token)))):
                glued = True  # "look me up on the clock app as x, ...", "I'm x there"
            if (rx is _DESCRIBED_LC and _GENERIC_DESCRIBED.search(low, pstart, pend)
                    and ((not _self_near(low, max(0, pstart - 50), tstart)
                          and not _verb_self_name(low, tstart, token, dist))
                         or (not dist and (
                             _NAME_INTRO_GAP.search(gap) is None or _PLACED_ON.search(
                                 low, max(0, pstart - 50), tstart) is None)))):
                continue  # "the photo app is laggy": the phone's own app, no name given
            if rx is _AMBIG_LC and _BARE_GAP.fullmatch(gap) and not (
                    token[:1] == "@" and gap == " " and len(token) >= 5
                    and m.group(1).lower() in _OWNED_SHORT_NAMES) and not (
                    dist and _BARE_OK_BEFORE.search(text, max(0, pstart - 14), pstart)
                    and _STANDS_ALONE.match(text, tstart + len(token))
                    and token.rsplit(".", 1)[-1].lower() not in _FILE_EXTS
                    and m.group(1).lower() not in ("x", "line")):
                continue  # "fb ads_q3 report": a short name, then just a word
            if (rx is not _AMBIG_LC and not dist and _NOUN_GAP.fullmatch(gap)
                    and _THEIRS_BEFORE.search(low, max(0, pstart - 24), pstart)):
                continue  # "the guest's Twitter handle goes on the lower third": talked about
            if (rx is not _AMBIG_LC and gap.strip() == "as" and not dist
                    and _LISTED_ON.search(low, max(0, pstart - 30), pstart)):
                continue  # "listed on ebay as vintage": how an item is listed, not a name
            if (rx is not _AMBIG_LC and gap.strip() == "e" and not dist
                    and _LISTED_BEFORE.search(low, max(0, pstart - 16), pstart)):
                continue  # "integração com Instagram e formulário": "e" is "and" in a list
            if rx is not _AMBIG_LC and not dist and (
                    (_ARTICLE_END.search(gap) and not _I_AM_THE.fullmatch(gap))
                    or (_COPULA_GAP.fullmatch(gap) and (
                        _PLACE_BEFORE.search(text, max(0, pstart - 8), pstart))
                        and not _last_name_said(text, low, m, token))):
                continue  # "le fil Instagram sous la bannière", "sur Insta, c'est plus vivant"
            if (rx is not _AMBIG_LC and not dist and _PLACE_PHRASE.fullmatch(gap)
                    and _INTRO_WORDS.isdisjoint(gap.split())):
                continue  # "o botão do WhatsApp na loja do cliente": where it is, not a name
            if (rx is not _AMBIG_LC and not dist and (
                    _COPULA_PLACE.fullmatch(gap) or (
                        _COPULA_ONLY.fullmatch(gap) and _compared(low, tstart, token)))):
                continue  # "my insta is on hold", "est en pause", "venmo is easier for me"
            if _PRODUCT_COMPOUND.fullmatch(token) and token.islower() and any(
                    w in _LINK_WORDS or w in COMMON or w in _COMPOUND_WORDS
                    for w in token.split("-")) and _WORD_NEXT.match(text, tstart + len(token)):
                continue  # "Venmo: follow-up invoices", "Zelle: first-come first-served"
            if (tstart >= 2 and text[tstart - 1] == "-" and text[tstart - 2].isalpha()
                    and tstart - 1 > pend):
                continue  # "Venmo: on-time payments": the end of a compound word
            if not glued and not gap.strip() and _PRODUCT_COMPOUND.fullmatch(token) and (
                    any(w in _LINK_WORDS for w in token.lower().split("-"))
                    or _PRODUCT_AFTER.match(low, tstart + len(token))):
                continue  # "a WhatsApp click-to-chat button", "the Instagram log-in page"
            if (rx is not _AMBIG_LC and not glued and gap.strip() == "as"
                    and _OWNED_BEFORE.search(text, max(0, pstart - 6), pstart)
                    and len(token) >= 5 and not token.lower().endswith(_WORD_ENDS)
                    and _AS_NAME_END.match(text, tstart + len(token))):
                glued = True  # "I post on insta as brushandbramble (...)", not "as promised"
            if " of " in gap and not (spoken or dist):
                continue  # "the instagram of my shop is growing": a plain word after "of"
            if (rx is not _AMBIG_LC and not glued and _CHANNEL_ONLY.fullmatch(gap)
                    and _OWNED_BEFORE.search(text, max(0, pstart - 6), pstart)
                    and len(token) >= 5 and token.lower() not in COMMON
                    and not token.lower().endswith(_WORD_ENDS)
                    and _AS_NAME_END.match(text, tstart + len(token))):
                glued = True  # "on twitch, channel nightshiftselecta, Fridays"
            if (rx is not _AMBIG_LC and not glued and _I_AM_THE.fullmatch(gap)
                    and len(token.rstrip(".-")) >= 10 and token.lower() not in COMMON
                    and not token.lower().rstrip(".-").endswith(_ROLE_ENDS)
                    and _AS_NAME_END.match(text, tstart + len(token.rstrip(".-")))):
                glued = True  # "no tiktok sou a tradutoradalu": a long name ends the phrase
            if (glued and not dist and _STATE_GAP.search(gap) and (
                    token.lower().endswith(_ROLE_ENDS)
                    or not _AS_NAME_END.match(text, tstart + len(token)))):
                continue  # "en LinkedIn estoy como responsable de ventas": a role
            if (rx is not _AMBIG_LC and not glued and gap.isspace() and len(gap) <= 2
                    and _bare_name(text, low, m, token)):
                glued = True  # "keybase tvanderhoek, we can chat there"
            if (rx is not _AMBIG_LC and not glued
                    and (_FILLER_GAP.fullmatch(gap) or _COPULA_GAP.fullmatch(gap))
                    and _last_name_said(text, low, m, token)):
                glued = True  # "same name as here but on insta haha, mossandmaple"
            if (rx is _AMBIG_LC and not glued and _COPULA_ONLY.fullmatch(gap)
                    and m.group(1).lower() in _OWNED_SHORT_NAMES
                    and _POSSESSIVE_BEFORE.search(text, max(0, pstart - 6), pstart)
                    and len(token) >= 8 and token.isalpha() and token.lower() not in COMMON
                    and not token.lower().endswith(_WORD_ENDS + _STATE_ENDS)
                    and not _GERMAN_PARTICIPLE.fullmatch(token.lower())
                    and _AS_NAME_END.match(text, tstart + len(token))):
                glued = True  # "my IG is lunaandfernstudio": one long name ends the phrase
            if (rx is _AMBIG_LC and not glued and _NAME_IS_GAP.fullmatch(gap)
                    and _POSSESSIVE_BEFORE.search(text, max(0, pstart - 8), pstart)
                    and len(token) >= 8 and token.lower() not in COMMON
                    and not token.lower().endswith(_WORD_ENDS + _STATE_ENDS + _ADJ_ENDS)
                    and _AS_NAME_END.match(text, tstart + len(token))):
                glued = True  # "mein Signal-Name ist lenakrueger", "my line id is marikotan"
            if (not glued and _CAMEL.search(token) and _CHANNEL_IS_GAP.fullmatch(gap)
                    and _POSSESSIVE_BEFORE.search(text, max(0, pstart - 8), pstart)
                    and _AS_NAME_END.match(text, tstart + len(token))):
                glued = True  # "my yt channel is PaintByPia, ...": a name written in CamelCase
            if (rx is _AMBIG_LC and not glued and _SAME_GAP.fullmatch(gap) and len(token) >= 6
                    and token.lower() not in COMMON and not token.lower().endswith(_WORD_ENDS)
                    and _AS_NAME_END.match(text, tstart + len(token))):
                glued = True  # "fb and ig are the same: brunchclubporto"
            if (rx is _AMBIG_LC and not glued and _LABEL_GAP.fullmatch(gap)
                    and _label_name(text, m, token)):
                glued = True  # "IG: millyworks", "threads/fb: harborandhive" as a label line
            if not spoken and not _usable(token, glued) \
                    and not _named_in_words(text, gap, m, token):
                continue
            platform = "".join(m.group(1).lower().split())
            if platform == "x" and "=" in gap:
                continue  # "x = user_id" in code
            kind = "payment" if platform in _PAYMENT else "handle"
            # a trailing '_' belongs to the handle ("theplumbingguy_"), a trailing '.' does not
            end = tail or _extend_name(text, tstart + len(token.rstrip(".-")), token)
            out.append(Finding(kind, *folded.span(tstart, end), f"{platform} handle"))
    return out


# "..., we can chat there", "écris-moi là-bas": the writer to be reached on the platform
_REACH_THERE = re.compile(
    r"\b(?:there|over\s{1,2}there|chat|talk|message\s{1,2}me|dm\s{1,2}me|write\s{1,2}me|"
    r"reach\s{1,2}me|ah[ií]|all[ií]|l[aà]-bas|dort|l[aá])\b")


def _bare_name(text: str, low: str, m: re.Match, token: str) -> bool:
    """"keybase tvanderhoek, we can chat encrypted there": a platform opening the message or a
    line (or owned), one long plain name right after it ending the clause, and the writer
    saying to be reached there."""
    word = token.lower()
    end = m.start(2) + len(token)
    return (len(token) >= 7 and token.isalnum() and word not in COMMON
            and not word.endswith(_WORD_ENDS + _NAME_LIKE_ENDS + ("s",))  # "groups", "channels"
            and _BARE_OK_BEFORE.search(text, max(0, m.start(1) - 14), m.start(1)) is not None
            and _STANDS_ALONE.match(text, end) is not None
            and _REACH_THERE.search(low, end) is not None)


_LISTED_ON = re.compile(
    r"\b(?:listed|list|sold|posted|marked|advertised|described|classified|tagged|labell?ed|"
    r"categori[sz]ed|rated|shipped|bought|it|them|this|that|these|those|one|item|items|"
    r"anunciad[oa]s?|vendid[oa]s?|publicad[oa]s?|inserier\w{0,2}|verkauft|annonc[ée]e?s?|"
    r"vendue?s?)\s{1,3}(?:on|en|auf|bei|sur|no|na|in)\s{1,3}(?:the\s{1,2})?$")
# "the guest's Twitter handle goes ...", "their insta account looks ...": someone else's
# account talked about, the word naming it followed by no "is" or colon.
_NOUN_GAP = re.compile(r"\s{1,3}(?:handle|username|user\s?name|account|acct|profile|page|id|name|"
                       r"nick|tag|channel)\s{1,3}")
_THEIRS_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|your|its|each|every|any|"
                            r"(?<!my )(?<!our )(?!(?:it|that|what|who|here|there|let|he|she)'s)"
                            r"[a-z]{2,20}(?:'s|s'))\s{1,2}$")


# "my ig is ...", "mi fb es ...": the writer's own account under a short platform name
_OWNED_SHORT_NAMES = frozenset({"ig", "fb", "tg", "wa", "yt", "tt", "sc", "dc", "gh"})
# "mi ig está bloqueado", "mein IG ist gesperrt": a state, not a name
_STATE_ENDS = ("ido", "ida", "ée", "iert", "ierte")
_GERMAN_PARTICIPLE = re.compile(r"ge[a-zäöü]{3,}(?:t|en)")
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:my|mi|mon|meu|mein|meine)\s{1,3}$")
_ADJ_ENDS = ("ent", "ant", "ful", "ous", "ive", "ble", "ary", "ect", "ong", "ig", "lich")
_NAME_IS_GAP = re.compile(r"[\s\-]{0,2}(?:user\s?name|name|nick(?:name)?|id|handle|account|"
                          r"benutzername|nutzername|nombre|nome|nom|pseudo)\s{1,2}(?:is|ist|es|"
                          r"est|e|\u00e9|lautet)\s{1,3}|[\s\-]{0,2}(?:user\s?name|name|id|handle)"
                          r"\s{0,2}:\s{0,3}")
_CHANNEL_IS_GAP = re.compile(r"[\s\-]{0,2}(?:channel|canal|kanal|cha[iî]ne|page|p[aá]gina|seite|"
                             r"profile|perfil|profil)\s{1,2}(?:is|ist|es|est|e|\u00e9|"
                             r"hei(?:ss|\u00df)t|lautet)\s{1,3}")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CHANNEL_ONLY = re.compile(r"[\s,:]{0,3}(?:channel|canal|kanal)[\s:]{1,3}")
_STATE_GAP = re.compile(r"\b(?:estoy|estou|estamos|stehe|steh)\b")
_LABEL_GAP = re.compile(r"(?:\s{0,2}[/&+]\s{0,2}[a-z]{2,10})?\s{0,2}(?::|=|->|" + _ARROWS
                        + r")\s{0,3}")
# "fb and ig are the same: x", "yt + ig same: x"
_SAME_GAP = re.compile(r"(?:\s{0,2}[/&+]\s{0,2}[a-z]{2,10})?\s{1,3}(?:(?:are|is|'re|'s)\s{1,2})?"
                       r"(?:both\s{1,2}|all\s{1,2})?(?:the\s{1,2})?same(?:\s{1,2}(?:handle|name|account|one|everywhere))?\s{0,2}"
                       r"(?:[:=,\u2013\u2014]|-(?=\s))\s{0,3}")
# A label line may follow "add me:" ("add me: sc ➜ x") or the site ("FB messenger: x").
_LABEL_START = re.compile(r"(?i)(?:^|\n|[/&+]\s{0,2}|\b(?:my|our|mi|mon|meu|mein)\s{1,2}|"
                          # "@ me on X: x": the '@' said as a verb
                          r"(?:\b(?:add|follow|find|dm|message|msg|ping|text|write)|(?<![\w@])@)"
                          r"\s{1,2}(?:me|us)\s{0,2}"
                          r"(?:(?:on|at|via)\s{1,2}|[:,\-\u2013\u2014]\s{0,2})|"
                          r"\b(?:fb|facebook)\s{1,2}|"
                          r"(?:^|\n)\s{0,3}[a-z]{2,10}\s{0,2}/\s{0,2})$")
_WORD_ENDS = ("ed", "ing", "tion", "ment", "ness", "ly", "able", "ible", "ado", "ada", "ung",
              "ion", "al")


def _label_name(text: str, m: re.Match, token: str) -> bool:
    """A short platform name as a label ("IG: millyworks") at the start of the message, of a
    line or of a list of platforms, then one longer plain name ending the message or clause
    that does not read as an ordinary word ("IG: approved", "fb: posting")."""
    low = token.lower()
    return (len(token) >= 7 and token.isalpha() and low not in COMMON
            and not low.endswith(_WORD_ENDS)
            and _LABEL_START.search(text, max(0, m.start(1) - 16), m.start(1)) is not None
            and _STANDS_ALONE.match(text, m.start(2) + len(token)) is not None)


# "juju point coiffure", "mara punkt uebersetzt": the rest of a handle whose dots or
# underscores are said as words, read on the lowercased text.
_MARK_WORD = (r"(?:dot|punto|ponto|point|punkt|underscore|unterstrich|sublinhado|"
              r"(?:gui[oó]n|tiret|tra[cç]o)\s{1,2}(?:bajo|bas|baixo)|dash|hyphen|bindestrich|"
              r"h[ií]fen|gui[oó]n|tiret|tra[cç]o)")
_SPOKEN_PART = re.compile(
    # "ig: @ rosa . weaves": a dot or underscore typed with spaces around it; "github: ana
    # dash lopes", "tiktok: ana, point, danse": a hyphen said, commas around the word
    r"(?:\s{1,2}(?:" + _MARK_WORD + r"|[._])\s{1,2}|\s{0,2},\s{1,2}" + _MARK_WORD
    + r"\s{0,2},\s{1,2})([a-z0-9_]{2,20})\b")
# "zoé sans accent, point, ...", "sin tilde": how the first part is typed, said before the rest
_ACCENT_NOTE = re.compile(r"\s{1,2}(?:sans|sin|sem|ohne|without|no)\s{1,2}(?:(?:l'|the|el|la|o|"
                          r"a|den|das)\s{0,2})?(?:accents?|acentos?|akzente?|tilde|til|"
                          r"c[eé]dille|cedilla|umlaute?)\b")


def _spoken_tail(low: str, end: int) -> int:
    """End of the spoken parts right after ``end`` (0 when none), the last one a name rather
    than a word of the sentence ("point de vue", "punkt und komma"); "ferne dot and dot twine"
    may have a plain word inside."""
    out = 0
    note = _ACCENT_NOTE.match(low, end)
    if note is not None:
        end = note.end()
    for _ in range(3):
        m = _SPOKEN_PART.match(low, end)
        if m is None:
            break
        end = m.end()
        if m.group(1) not in COMMON and not (m.group(1).isdigit() and len(m.group(1)) < 3):
            out = end
    return out


# "Skype-Name ist ...", "Discord-ID: ...": the platform joined to the word naming the handle.
_NAME_COMPOUND = re.compile(r"-(?:name|id|handle|user(?:name)?|nick(?:name)?|konto|profil|"
                            r"account|kennung|benutzername|nutzername|pseudo|kanal|channel|"
                            r"seite|page|canal)\b")
# "click-to-chat", "log-in", "opt-in": a feature of the product named after the platform.
_PRODUCT_COMPOUND = re.compile(r"(?i)[a-z]{1,12}(?:-[a-z]{1,12}){1,3}")
_LINK_WORDS = frozenset({"to", "in", "on", "up", "out", "off", "of", "and", "n", "by", "per",
                         "the", "a", "zu", "de", "para", "pour"})
# Words that make ordinary compounds ("first-come", "on-time"): such a compound followed by
# another word is said about something, not a name.
_COMPOUND_WORDS = frozenset({"first", "come", "served", "time", "day", "date", "term", "end",
                             "based", "free", "made", "level", "class", "rate", "step", "hand",
                             "year", "week", "month", "hour", "minute", "self", "well", "last"})
_WORD_NEXT = re.compile(r"\s{1,2}[a-z]{2,}")
_PRODUCT_AFTER = re.compile(
    r"\s{1,2}(?:buttons?|links?|widgets?|icons?|banners?|features?|integrations?|plug-?ins?|"
    r"api|flows?|forms?|pages?|pop-?ups?|templates?|bots?|badges?|cta|options?|support|"
    r"functions?|funktion|bouton|bot[oó]n|bot[aã]o|knopf|lien|enlace)\b")


# What every _BEFORE_PLATFORM match holds between the name and the platform.
_PLACE_WORD = re.compile(r"\s(?:on|en|auf|sur|no|na|at)\s")


def _before_platform(folded, text: str, named: bool = True) -> list[Finding]:
    """"I'm janedoe88 on Instagram", "my handle everywhere is jdoe_creates".

    ``named`` False says neither a platform nor a mail provider is named."""
    out = []
    low = lower_same_length(text)
    for m in (_BEFORE_PLATFORM_LC.finditer(text, low)
              if named and _PLACE_WORD.search(low) is not None else ()):
        token = m.group(2)
        if _usable(token, bool(m.group(1))) and (m.group(1) or _distinctive(token)):
            provider = m.group(3).lower()
            kind = "email" if provider[:3] in ("gma", "yah", "hot", "out", "icl", "pro") else (
                "payment" if "".join(provider.split()) in _PAYMENT else "handle")
            end = m.start(2) + len(token.rstrip(".-_"))
            out.append(Finding(kind, *folded.span(m.start(2), end), f"{provider} account"))
    if not any(w in low for w in _NAME_WORDS):
        return out
    for m in _NAMED_HANDLE.finditer(text):
        if _OBJECT_BEFORE.search(text, max(0, m.start() - 16), m.start()) or (
                m.group().lower().startswith("handle") and _OBJECT_AFTER.search(m.group())):
            continue  # "the door handle is brass", "the handle on the sliding door is stiff"
        if text[m.end(1):m.end(1) + 1] == "@":
            continue  # "username=teste@example.com": the user part of an address, the email's
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


# "my @ is chef.tomasz", "my @ is the same everywhere: x", "mi @ es x": the '@' standing for
# the writer's handle, then the handle (right after "is", or after a colon or dash).
_MY_AT_HEAD = r"(?i)\b(?:my|our|mi|mis|mon|meu|minha|mein|unser|nuestro|nosso)\s{1,2}@\s{0,2}"
_MY_AT = (re.compile(_MY_AT_HEAD + r"(?:is|'s|es|est|ist|e|\u00e9|=|:)\s{1,3}(?:(?:just|simply|"
                     r"still|einfach|juste|solo|s\u00f3)\s{1,2})?(@?[a-z0-9_][a-z0-9_.\-]{2,39})"),
          re.compile(_MY_AT_HEAD + r"[^:=\n.!?@\u2013\u2014]{0,40}?[:=\u2013\u2014]\s{0,3}"
                     r"(@?[a-z0-9_][a-z0-9_.\-]{2,39})"))
# Who a message alone addresses in a group chat, not an account: "@everyone".
_BROADCAST = frozenset({"everyone", "everybody", "channel", "here", "all", "team", "room",
                        "group", "todos", "alle", "tous"})
# "@noahbrooksphoto" sent alone: the whole message is one @handle.
_WHOLE_AT = re.compile(r"(?i)\s{0,3}(@[a-z0-9_][a-z0-9_.]{5,29})[\s.!]{0,3}")


def _my_at(folded, text: str, low: str) -> list[Finding]:
    out = []
    for rx in _MY_AT_LC:
        for m in rx.finditer(text, low):
            token = m.group(1).rstrip(".-_")
            if not _usable(token, True) or (
                    token.rsplit(".", 1)[-1].lower() in _FILE_EXTS - {"pl"} and "." in token):
                continue
            out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(token)),
                               "handle"))
    return out


# "in my insta bio, @nomadbeats.wav", "follow @lofi.exe": a media suffix taken into the name
# ("rileyy.jpeg"), right after the writer's own account is named.
_MEDIA_EXTS = frozenset({"wav", "mp3", "flac", "ogg", "jpg", "jpeg", "png", "gif", "webp",
                         "heic", "raw", "psd", "svg", "mov", "mp4", "avi", "mkv", "exe", "zip"})
_OWN_SOCIAL_BEFORE = re.compile(
    r"(?i)\b(?:(?:my|mi|mis|mon|ma|meu|minha|mein|meine|our)\s{1,2}(?:" + _CLEAR + "|"
    + _AMBIGUOUS + r")|bio|follow(?:\s{1,2}(?:me|us))?|add\s{1,2}(?:me|us)|dm\s{1,2}(?:me|us)|"
    r"s[ií]gueme|me\s{1,2}segue|folge\s{1,2}mir|suis-moi)\b[^.!?\n@]{0,40}$")


def _media_handle(text: str, low: str, at: int, handle: str, code: bool) -> bool:
    """"my tiktok is @lofi.kid.mp3": a handle that ends like a media file. ``code``: whether
    the text reads as code (looked up once per text by the caller)."""
    stem, ext = handle.rsplit(".", 1)
    return (ext.lower() in _MEDIA_EXTS and len(stem) >= 4 and stem.lower() not in COMMON
            and not stem.isdigit() and not code
            and _OWN_SOCIAL_BEFORE.search(low, max(0, at - 60), at) is not None)


_SAID_MARK = re.compile(r"\s{1,2}(?:(dot|ponto|punto|point|punkt)|underscore|unterstrich|"
                        r"sublinhado|(?:gui[oó]n|tiret|tra[cç]o)\s{1,2}(?:bajo|bas|baixo))"
                        r"\s{1,2}")


def _typed_again(folded, low: str, said: str) -> list[Finding]:
    """"at sign mira dot k dot art ... mira.k.art": the name dictated, then typed out as well."""
    if " " not in said:
        return []
    typed = _SAID_MARK.sub(lambda m: "." if m.group(1) else "_", said)
    if " " in typed or len(typed) < 5:
        return []
    out = []
    at = low.find(typed)
    while at >= 0:
        end = at + len(typed)
        if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "._")) and (
                end == len(low) or not (low[end].isalnum() or low[end] == "_")):
            out.append(Finding("handle", *folded.span(at, end), "@handle"))
        at = low.find(typed, end)
    return out


# 'const tg = "@" + "aleks" + "_" + "infra"': an @handle glued from string literals in code
# (a piece before the '@' makes it a mail address, the email detector's).
_CODE_CONCAT = re.compile(r"(?i)([\"'])@\1((?:\s{0,3}\+\s{0,3}([\"'])[a-z0-9_.\-]{1,30}\3){1,8})")
_CODE_PIECE = re.compile(r"[\"']([a-z0-9_.\-]{1,30})[\"']", re.IGNORECASE)
_PLUS_BEFORE = re.compile(r"\+\s{0,3}$")


def _code_concat(folded, text: str, named: bool) -> list[Finding]:
    out = []
    for m in _CODE_CONCAT.finditer(text):
        if _PLUS_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # '"nora" + "@" + "x.com"': a mail address
        pieces = _CODE_PIECE.findall(m.group(2))
        name = "".join(pieces)
        if (not _usable(name, True) or name.lower() in _CODE_AT_WORDS
                or name.rsplit(".", 1)[-1].lower() in _FILE_EXTS):
            continue
        if named or len(pieces) >= 2 or _distinctive(name):
            out.append(Finding("handle", *folded.span(m.start(), m.end()), "@handle in code"))
    return out


def _bare_handles(folded, text: str, platform_named: bool) -> list[Finding]:
    """@handles (when a platform is named or the handle looks like one), Skype ids, Discord tags."""
    out = []
    low = lower_same_length(text)
    if "@" in text and (" @" in text or text.startswith("@")):
        out += _my_at(folded, text, low)
        whole = _WHOLE_AT.fullmatch(text)
        if (not platform_named and whole and whole.group(1)[1:].lower() not in COMMON
                and whole.group(1)[1:].lower() not in _CODE_AT_WORDS
                and whole.group(1)[1:].lower() not in _BROADCAST
                and whole.group(1).rsplit(".", 1)[-1].lower() not in _FILE_EXTS):
            out.append(Finding("handle", *folded.span(whole.start(1), whole.end(1)), "@handle"))
    if platform_named:
        for m in _IM_HANDLE_LC.finditer(text, low):
            token = m.group(1).rstrip(".-_")
            if _usable(token, False) and ("_" in token or "." in token
                                          or any(c.isdigit() for c in token)):
                out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(token)),
                                   "handle"))
    code = None  # whether the text reads as code: looked up once, not once per "@word"
    for m in (_AT_HANDLE.finditer(text) if "@" in text else ()):
        handle = m.group(1).rstrip(".")
        if _TIME.match(handle) or _MEASURE.match(handle) or handle.lower() in COMMON:
            continue
        if handle.rsplit(".", 1)[-1].lower() in _FILE_EXTS and "." in handle:
            if not platform_named:
                continue  # curl's "-d @data.json", "@requirements.txt"
            if code is None:
                code = _CODE_AT_CUE.search(text) is not None
            if not _media_handle(text, low, m.start(), handle, code):
                continue
        if not platform_named:
            if handle.lower() in _CODE_AT_WORDS:
                continue
            if code is None:
                code = _CODE_AT_CUE.search(text) is not None
            if code:
                break  # code: every later match stops here too (no platform is named)
        if platform_named or _DISTINCT.search(handle) is not None:
            out.append(Finding("handle", *folded.span(m.start(), m.end()), "@handle"))
    if "@" in text and any(w in text.lower() for w in _SPOKEN_DOTS):
        for m in _AT_SPOKEN.finditer(text):
            if platform_named or _DISTINCT.search(m.group()[1:]) is not None:
                out.append(Finding("handle", *folded.span(m.start(), m.end()), "@handle"))
    if any(w in low for w in _AT_WORD_HINTS):
        for m in _AT_WORD_HANDLE.finditer(text):
            name = m.group(1)
            first = name.split()[0].lower()
            if (first in COMMON or first in _MAIL_PROVIDERS or _TIME.match(first)
                    or _EMAIL_AFTER.match(text, m.end())):
                continue  # "la arroba de gmail", a mailbox (the email detector's)
            if (first == name.lower() and not _distinctive(name)
                    and not low.startswith(("arroba", "arobase"), m.start())
                    and not any(c in ",:" for c in text[m.start():m.start(1)])
                    and _AT_INTRO.search(low, max(0, m.start() - 12), m.start()) is None):
                continue  # "the at sign goes before the name": the sign talked about
            if platform_named or " " in name:
                out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "@handle"))
                out += _typed_again(folded, low, name.lower())
    if "\"@\"" in text or "'@'" in text:
        out += _code_concat(folded, text, platform_named)
    if "sw" in text or "SW" in text or "Sw" in text:
        for m in _FRIEND_CODE.finditer(text):
            out.append(Finding("handle", *folded.span(m.start(), m.end()), "friend code"))
    for m in _SKYPE_ID.finditer(text) if "live:" in low else ():
        out.append(Finding("handle", *folded.span(m.start(), m.end()), "skype id"))
    if "discord" in low or ("disc" in low and _DISC_WORD.search(low)):
        for m in _DISCORD_TAG.finditer(text):
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "discord tag"))
    if "in/" in low and ("linked" in low or _li_cue(low) and _LI_OWNED.search(text) is not None):
        for m in _LINKEDIN_PATH.finditer(text):
            slug = m.group(1)
            if slug.lower() in COMMON or (len(slug) < 5 and _DISTINCT.search(slug) is None):
                continue
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "linkedin profile"))
    if "linked" in low and ("/ " in low or " /" in low):
        for m in _LINKEDIN_SPACED.finditer(text):
            slug = m.group(1)
            if "-" in slug or (slug.lower() not in COMMON and len(slug) >= 5):
                out.append(Finding("handle", *folded.span(m.start(1), m.end(1)),
                                   "linkedin profile"))
    if "linked" in low and any(w in low for w in _SLASH_WORDS):
        for m in _LINKEDIN_SAID.finditer(text):
            slug = m.group(1)
            if slug.split()[0].lower() in _LI_PATH_WORDS:
                continue  # "in slash company": the path's own words
            if " " in slug or "-" in slug or _DISTINCT.search(slug) is not None or (
                    slug.lower() not in COMMON and len(slug) >= 5):
                out.append(Finding("handle", *folded.span(m.start(1), m.end(1)),
                                   "linkedin profile"))
    if "u/" in low:
        for m in _REDDIT_USER.finditer(text):
            if m.group(1).lower() in COMMON:
                continue  # "reddit u/ are you there"
            if "reddit" in low or _DISTINCT.search(m.group(1)) is not None:
                out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "reddit user"))
    return out


# "message me on messenger, Derek Lyle Contracting": the writer reached on a platform, then a
# profile name in capitalized words that ends the sentence.
_ME_ON = re.compile(r"(?i)\b(?:me|us|mich|uns|moi|nous|nos|"
                    # "find my page on facebook, X": the writer's page or profile
                    r"(?:my|our|mi|nuestra|mon|ma|notre|meu|minha|nossa|mein\w{0,2}|unser\w{0,2})"
                    r"\s{1,2}(?:business\s{1,2})?(?:page|profile|p[aá]gina|perfil|profil|seite)|"
                    # "agrégame en face", "búscanos en fb": the pronoun joined to the verb
                    r"(?:agr[eé]ga|b[uú]sca|s[ií]gue|escr[ií]be|encu[eé]ntra|cont[aá]cta|"
                    r"a[nñ][aá]de|m[aá]nda|ll[aá]ma|h[aá]bla)(?:me|nos))\s{1,2}"
                    r"(?:on|en|auf|bei|sur|no|na|via|"
                    r"por|par|per|über|uber)\s{1,2}(?:the\s{1,2})?(?:" + _CLEAR + "|" + _AMBIGUOUS
                    + r")\b")


_PAGE_SITES = _REAL_NAME_SITES | {"instagram", "insta", "ig", "tiktok", "youtube", "yt"}
_ME_WORDS = ("me ", "us ", "mich ", "uns ", "moi ", "nous ", "nos ", "page ", "profile ",
             "gina ", "perfil ", "profil ", "seite ")


# "find me on fb, the page is Oak Lane Tiling, ...": the page named after a comma, in two or
# more capitalized words that end the clause.
_PAGE_IS_NAME = re.compile(
    r"\s{0,2}[,:\-\u2013\u2014]\s{0,2}(?i:(?:the|my|our|la|mi|a|minha|ma|mon|meine?|die)\s{1,2})?"
    r"(?i:page|p[aá]gina|seite|profile|perfil|profil)\s{0,2}(?i:is|es|e|est|ist|hei(?:ss|\u00df)t|"
    r"lautet|:)\s{1,3}([A-Z][\w'\u2019\-]{1,24}(?:[ \t]{1,2}(?:(?:da|de|do|dos|das|del|du|des|"
    r"la|le|von|van|y|e|et|und|and|of|&)[ \t]{1,2})?[A-Z&][\w'\u2019\-]{0,24}){1,5})"
    r"(?=\s{0,2}(?:$|[.,;!?)\n]))")


def _me_on_name(folded, text: str) -> list[Finding]:
    out = []
    for p in _ME_ON_LC.finditer(text, lower_same_length(text)):
        page = _PAGE_IS_NAME.match(text, p.end())
        if page is not None and not all(w.lower() in COMMON for w in page.group(1).split()):
            out.append(Finding("handle", *folded.span(page.start(1), page.end(1)),
                               "page name"))
            continue
        m = _COMMA_NAME.match(text, p.end())
        if m and m.end() < len(text) and text[m.end() - 1].isspace() and (
                p.group().split()[-1].lower() not in _PAGE_SITES
                or m.group(1).split()[0].lower() in _WHEN_WORDS):
            continue  # "ping me on teams, Project Alpha, and ...": a page only on page sites
        if m and _PLATFORM.search(m.group(1)) is None:
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "profile name"))
    return out
# "find me on fb, Ana Pryce-Jones Catering": a double family name keeps its hyphen
# "find me on FB, Theo Lane Studio, and message the page": the name may end at a comma
# before "and", "then" or a way to write to it as well as at the sentence end.
_COMMA_NAME = re.compile(r"\s{0,2}[,:\-]\s{0,2}([A-Z][\w'\u2019\-]{1,24}(?:\s{1,2}"
                         r"(?:[A-Z][\w'\u2019\-]{1,24}|&)){1,4})\s{0,2}(?:[.!]|$|,\s{0,2}"
                         r"(?:and|then|y|e|et|und|ou|or|o|dann|puis|luego|depois|"
                         # "..., Rosa Lane Gardens, message me there": how to reach the page
                         r"message|msg|dm|pm|write|text|ping|escr[ií]beme|m[aá]ndame|"
                         r"[ée]cris-moi|schreib|manda|mensaje|mensagem)\s)")


_NAME_GAP = re.compile(r"(?i)\b(?:name|nombre|nome|nom|user\s?name|usuario|usu[aá]rio|handle|"
                       r"benutzername|nutzername|pseudo)\b")
_FORM_TALK = re.compile(r"(?i)\b(?:field|campo|feld|champ|column|spalte|colonne|coluna|label|"
                        r"placeholder|format)\b")
_VERB_BEFORE = re.compile(r"(?i)\b(?:you|to|i|we|they|will|'ll|can|could|should|would|must|"
                          r"please|pls|cannot|can't|won't|gonna|let\s{1,2}me)\s{1,3}$")


# "connect on li, ...", "ajoute-moi sur li, ...": LinkedIn by its short name, owned and
# standing alone ("li" is also a word and an HTML tag).
_LI_OWNED = re.compile(r"(?i)\b(?:on|sur|auf|via|my|mon|mein|mi|meu|en)\s{1,2}li\b"
                       r"(?=\s{0,2}(?:[,:;\-)]|$))|^\s{0,2}li\s{0,2}:")


def _li_cue(low: str) -> bool:
    """Cheap test before _LI_OWNED: "li" standing alone before a separator."""
    return (" li," in low or " li:" in low or " li " in low or " li-" in low or " li;" in low
            or low.endswith(" li") or low.startswith("li"))


# "margaux-lebreton-archi": a profile name of three or more joined words.
_HYPHEN_NAME = re.compile(r"(?i)[a-z]{2,20}(?:-[a-z0-9]{2,20}){2,4}")


_MAX_MENTIONS = 24


# "where my photos live", "find me", "my page name": the writer placed or named on it
_PLACED_CUE = re.compile(r"\b(?:where|donde|onde|o[uù]|wo|find|found|am|i'?m|live|lives|name|"
                         r"called|handle|account|page|profile|nombre|nome|nom|compte|cuenta|"
                         r"conta|konto|seite|p[aá]gina|perfil|profil|encuentras|achas|trouves|"
                         r"findest)\b")


def _plain_name_ends(text: str, start: int, token: str) -> bool:
    """One long plain name that ends the message and reads as no ordinary word."""
    word = token.lower()
    return (len(token) >= 7 and token.isalpha() and word not in COMMON
            and word not in _WHEN_WORDS and not word.endswith(_WORD_ENDS + _NAME_LIKE_ENDS)
            and _MESSAGE_END.match(text, start + len(token)) is not None)


# What the naming word names must be the account: an account word between the platform and it,
# or nothing but a verb ("mein Instagram heißt x"), not "the instagram campaign is called x".
_ACCOUNT_GAP = re.compile(r"(?i)\b(?:account|acct|profile|page|boards?|channel|feed|shop|store|"
                          r"name|handle|konto|profil|seite|kanal|perfil|p[aá]gina|cuenta|conta|"
                          r"compte|canal|cha[iî]ne|tienda|loja|boutique|laden)\b")
_SHORT_GAP = re.compile(r"(?i)[\s,\-]{0,3}(?:(?:is|are|ist|es|est|e|\u00e9|est[aá]|sind|"
                        r"son|sont|s[aã]o)\s{1,2})?")

# "sur insta je suis sous le nom x", "you'll find me under x": the writer is the account
_SELF_GAP = re.compile(r"(?i)\b(?:i'?m|i\s{1,2}am|soy|sou|suis|bin|estoy|estou|me|mich|moi|us|"
                       r"uns|nous|nos)\b")

# "el grupo de whatsapp se llama x": a group's name is no way to reach the writer
_GROUP_BEFORE = re.compile(r"\b(?:group|gruppe|groupe|grupo|chat|server|servidor|serveur)\s{1,2}"
                           r"(?:(?:de|do|da|on|in|auf|sur|en|no|na)\s{1,2})?$")
# "the youtube channel is called tutorials": plural and abstract nouns, not names
_NOUN_ENDS = ("als", "ure", "ship", "hood", "ism", "ists", "ies")


def _called_name(text: str, gap: str, start: int, token: str) -> bool:
    """"das Profil heißt katrin-vogel-seo", "boards are under maplecottagehome,": after a
    naming word, a name joined by hyphens, marked like a handle, or one long plain word
    (eleven letters or more: a compound, not a dictionary word), ending the clause."""
    if (_ACCOUNT_GAP.search(gap) is None and _SHORT_GAP.fullmatch(gap) is None
            and _SELF_GAP.search(gap) is None):
        return False
    word = token.lower()
    if word in COMMON or not _usable(token, True):
        return False
    if _STANDS_ALONE.match(text, start + len(token)) is None:
        return False  # "the page name placeholder is too long"
    return (_HYPHEN_NAME.fullmatch(token) is not None or _distinctive(token)
            or (len(token) >= 11 and token.isalpha() and word not in _WHEN_WORDS
                and not word.endswith(_WORD_ENDS + _NAME_LIKE_ENDS + _NOUN_ENDS)))


def _later_in_sentence(folded, text: str, described: str | None = None) -> list[Finding]:
    """A platform named, then "..., é o jen_bakes" further on in the same sentence.

    ``described`` is the lowercased text when a platform is described in it ("the paper
    plane app"): the descriptions stand for the platform when none is named."""
    out = []
    low = lower_same_length(text)
    # Each mention reads the 90 characters after it: a text naming platforms hundreds of times
    # would be read over and over, so only the first mentions are (a chat message names a few).
    # Each search yields in order of position, so the first mentions of all are among the first
    # of each: no more are collected.
    platforms = list(islice(_PLATFORM_LC.finditer(text, low), _MAX_MENTIONS))
    if not platforms and described is not None:
        platforms = list(islice(_DESCRIBED_RE.finditer(described), _MAX_MENTIONS))
    if not platforms:
        platforms = list(islice(_OWNED_SHORT.finditer(text), _MAX_MENTIONS))
    if not platforms and _li_cue(text.lower()):
        platforms = list(islice(_LI_OWNED.finditer(text), _MAX_MENTIONS))
    if platforms and any(w in low for w in _ACCOUNT_WORDS):
        platforms += islice(_ACCOUNT_MENTION.finditer(text, platforms[0].end()), _MAX_MENTIONS)
        platforms.sort(key=lambda p: p.start())
    for p in platforms[:_MAX_MENTIONS]:
        if p.group().lower().startswith("git"):
            continue  # "on GitHub the failing test is test_login"
        window = text[p.end():p.end() + 90]
        skip = len(window) - len(window.lstrip("?"))  # "whatsapp? it's under x_y"
        stop = _SENTENCE_END.search(window, skip)
        if stop is not None:
            window = window[:stop.start()]
            out += _next_sentence_it(folded, text, p.end() + stop.end())
        low_window = low[p.end():p.end() + len(window)]
        pos = 0
        while True:
            m = _LATER_LC.search(window, low_window, pos)
            if m is None:
                break
            pos = m.start("tok")  # "yeah, its mattyboy_04": the next intro may be the token
            # the groups, read once: the intro (a colon, a comma, a name word or a naming word)
            colon, comma, name_word, call, token = m.group(1, 2, 3, "call", "tok")
            token = token.rstrip(".-_")
            start = p.end() + m.start("tok")
            tail = _spoken_tail(low, start + len(token))
            if tail and not token[:1].isdigit() and (
                    token.lower() not in COMMON
                    or len(_SPOKEN_PART.findall(low, start + len(token), tail)) >= 2):
                out.append(Finding("handle", *folded.span(start, tail), "spoken handle"))
                break  # "ig: ivy . moss . pots", "é maria ponto doces": marks said or spaced
            if call and _called_name(text, window[:m.start()], start, token) and (
                    _GROUP_BEFORE.search(low, max(0, p.start() - 16), p.start()) is None):
                out.append(Finding("handle", *folded.span(start, start + len(token)),
                                   "account name"))
                break
            if call and call.lower() == "under":
                continue  # "ads are under review_2": only a name as above
            if (name_word and name_word.lower() == "handle"
                    and _VERB_BEFORE.search(window, 0, m.start(3))):
                continue  # "can you handle captions?": the verb
            if (name_word and not _distinctive(token) and not window[:m.start(3)].strip()
                    and _NOUN_GAP.fullmatch(window, 0, m.start("tok"))
                    and _THEIRS_BEFORE.search(text.lower(), max(0, p.start() - 24), p.start())):
                break  # "the guest's Twitter handle goes on ...": someone else's, not given
            if name_word:  # "el usuario tonimiro", "username coming: ruby_mosaics"
                nxt = _NEXT_TOKEN.match(window, m.end("tok"))
                if not _usable(token, True) and nxt and _LATE_FORM.search(nxt.group(1)):
                    m, token = nxt, nxt.group(1).rstrip(".-_")
                if _usable(token, True):
                    start = p.end() + m.start(1 if m is nxt else "tok")
                    out.append(Finding("handle", *folded.span(start, start + len(token)),
                                       "user name"))
                    break
                if m is nxt:
                    continue  # "username and ab_": neither word is a name; read on from there
            if _display_name(window, window[:m.start("tok")], m.start("tok"), token, _PROFILE_GAP):
                start = p.end() + m.start("tok")  # "my profile name is Dario Electric"
                end = _extend_name(text, start + len(token), token)
                out.append(Finding("handle", *folded.span(start, end), "profile name"))
                break
            if (colon and _NAME_GAP_LC.found(low_window, 0, m.start(1))
                    and not _FORM_TALK.search(window, 0, m.start(1)) and _usable(token, True)):
                start = p.end() + m.start("tok")  # "ig (same as my business name): moss"
                out.append(Finding("handle", *folded.span(start, start + len(token)),
                                   "user name"))
                break
            if (token.count("-") >= 2 and _HYPHEN_NAME.fullmatch(token)  # two hyphens at least
                    and token.lower() not in COMMON
                    and _NAME_GAP_LC.found(low_window, m.start(), m.start("tok"))):
                start = p.end() + m.start("tok")  # "sous le nom margaux-lebreton-archi"
                out.append(Finding("handle", *folded.span(start, start + len(token)),
                                   "user name"))
                break
            if colon and _plain_name_ends(text, p.end() + m.start("tok"), token) and (
                    _WRITER_OR_SAME.search(window.lower(), 0, m.start(1))) and (
                    _PLACED_CUE.search(window.lower(), 0, m.start(1))):
                start = p.end() + m.start("tok")  # "the gram, where my work lives: x"
                out.append(Finding("handle", *folded.span(start, start + len(token)),
                                   "user name"))
                break
            if ((_LATE_FORM.search(token) is None and _DOTTED_NAME.fullmatch(token) is None)
                    or not _usable(token, False)):
                continue
            if colon and not (_LATE_COLON_FORM.search(token) or (
                    _DOTTED_NAME.fullmatch(token) and len(token.rsplit(".", 1)[-1]) >= 3)):
                continue  # "...: the @mention list": after a colon only a handle-like token
            if comma and not (_LATE_COLON_FORM.search(token) or _DOTTED_NAME.fullmatch(token)):
                continue  # after a comma likewise, or a dotted name ("..., jo-ellen.r")
            if "." in token and token.rsplit(".", 1)[-1].lower() in _FILE_EXTS:
                continue
            platform = p.group().lower().split()[-1]
            kind = "payment" if platform in _PAYMENT else "handle"
            start = p.end() + m.start("tok")
            out.append(Finding(kind, *folded.span(start, start + len(token)), f"{platform} handle"))
            break
    return out


_TAG_END = re.compile(r"(?i)\s{1,2}(?:right|yeah|yes|i\s{1,2}think|no|non|n[ée]|nicht|oder|"
                      r"ok|verdad|v[eé]rdade|hein|pas\s{1,2}vrai)\b")


# "look me up on the clock app as x", "I post on the picture app, I'm x": the writer found or
# posting there ("I use the photo app as backup" is neither)
_PLACED_ON = re.compile(r"\b(?:find|found|look|search|follow|add|dm|message|post\w{0,3}|"
                        r"shar\w{1,3}|upload\w{0,3}|me|mich|moi|busca\w{0,2}|encuentr\w{1,3}|"
                        r"ach\w{1,3}|trouve\w{0,2}|publi\w{1,6}|sub[oe]|i'?m|suis|soy|sou|"
                        r"estoy|estou|hei(?:ss|\u00df)e)\b")
_I_WORD = re.compile(r"\b(?:i|je|j'|ich|yo|eu|we|wir|nosotros|n[oó]s)\b")
# "soy x", "sou x": the verb alone says who, with no pronoun; then only a long name or one
# shaped like a handle counts ("soy nueva", "sou péssima" say how the writer is)
_VERB_SELF = re.compile(r"\b(?:soy|sou|suis|somos)\s{1,2}$")


def _long_joined(token: str) -> bool:
    """"quietviolinmoments": words run together into one long name, which may end like a
    plural or a noun but not like what follows "I'm" to say how one is ("overwhelmed")."""
    word = token.lower()
    return (len(word) >= 14 and word.isalpha()
            and not word.endswith(("ing", "ed", "ly", "ous", "ness", "less", "ss") + _ADJ_ENDS))


def _verb_self_name(low: str, tstart: int, token: str, dist: bool) -> bool:
    word = token.lower().rstrip(".-")
    return (_VERB_SELF.search(low, max(0, tstart - 8), tstart) is not None
            and (dist or (len(word) >= 10 and word.isalpha() and word not in COMMON
                          and not word.endswith(_ROLE_ENDS + _STATE_ENDS + _ADJ_ENDS
                                                + _WORD_ENDS + ("isima", "isimo", "s")))))


def _self_near(low: str, start: int, end: int) -> bool:
    """The writer speaks of themselves between ``start`` and ``end``."""
    return (_FOUND_SELF.search(low, start, end) is not None
            or _I_WORD.search(low, start, end) is not None)


def _next_sentence_it(folded, text: str, at: int) -> list[Finding]:
    """The sentence right after the platform's, saying "it's x_y" with a name shaped like a
    handle (an underscore or '@', or letters then digits)."""
    window = text[at:at + 90]
    stop = _SENTENCE_END.search(window)
    m = _NEXT_SENTENCE_IT.search(window, 0, stop.start() if stop else len(window))
    if m is None:
        return []
    token = m.group(1).rstrip(".-")  # "x_y_": a trailing '_' is part of the name
    start = at + m.start(1)
    if (not _LATE_COLON_FORM.search(token) or not _usable(token, False)
            or not (_AS_NAME_END.match(text, start + len(token))
                    or _TAG_END.match(text, start + len(token)))):
        return []  # "It's version_2 of the logo": a thing, not a name
    return [Finding("handle", *folded.span(start, start + len(token)), "handle")]


# "sous le pseudo la.brodeuse", "under the username kit_makes": a name word, then the name
# itself, anywhere in a message about a platform.
_NAME_WORD_HANDLE = re.compile(
    r"(?i)\b(?:pseudo|handle|user\s?name|nick(?:name)?|benutzernamen?|nutzernamen?|usuario|"
    r"usu[aá]rio|apelido|seud[oó]nimo|alias|identifiant)\s{1,3}(?:(?:is|es|est|ist|é|e)\s{1,2}|"
    r":\s{0,2})?(['\"\u2018\u201c])?(@?[a-z0-9_][a-z0-9_.\-]{2,39})(?(1)['\"\u2019\u201d])|"
    # ". ID: x_y", "my id: x.y": an id label opening a sentence, in a message about a platform
    r"(?:^|[.!?\n]\s{0,3}|\b(?:my|mi|mon|meu|minha|mein)\s{1,2})id\s{0,2}:\s{0,3}"
    r"(@?[a-z][a-z0-9_.\-]{3,39})")
# "under the same name as my shop, brewlabmaya": the name after what it is the same as.
_SAME_AS = re.compile(
    r"(?i)\b(?:same\s{1,2}(?:name|handle)\s{1,2}as\s{1,2}(?:my|our)|m[eê]me\s{1,2}(?:nom|pseudo)"
    r"\s{1,2}que\s{1,2}(?:ma|mon|notre)|mismo\s{1,2}nombre\s{1,2}que\s{1,2}(?:mi|nuestr[ao])|"
    r"gleichen\s{1,2}namen\s{1,2}wie\s{1,2}(?:mein|unser)\w{0,2}|mesmo\s{1,2}nome\s{1,2}"
    r"(?:que\s{1,2}(?:a|o)\s{1,2}|d[ao]\s{1,2})?(?:minha|meu|nossa|nosso))\s{1,2}"
    r"[a-zà-ÿ]{2,15}(?:\s{1,2}[a-zà-ÿ]{2,15})?\s{0,2}[,:(\u2013\-]\s{0,3}(@?[a-z0-9_][a-z0-9_.]{3,29})")


# What each of them cannot match without (on the lowercased text): cheap gates.
_NAME_WORDS_SAID = ("pseudo", "handle", "user", "nick", "nutzername", "usu", "apelido", "seud",
                    "alias", "identifiant")
_ID_COLON = re.compile(r"id\s{0,2}:")
_SAME_WORDS = ("same", "meme", "m\u00eame", "mismo", "gleichen", "mesmo")


# "username is 'admin'": names from documentation and forms, not an account
_PLACEHOLDER_NAMES = frozenset({"admin", "administrator", "root", "user", "guest", "example",
                                "test", "demo", "string", "yourname", "username", "password",
                                "default", "anonymous", "null", "none"})


def _named_elsewhere(folded, text: str) -> list[Finding]:
    out = []
    low = lower_same_length(text)
    rxs = []
    if any(w in low for w in _NAME_WORDS_SAID) or _ID_COLON.search(low):
        rxs.append(_NAME_WORD_HANDLE)
    if any(w in low for w in _SAME_WORDS):
        rxs.append(_SAME_AS)
    for rx in rxs:
        for m in rx.finditer(text):
            g = 1 if rx is _SAME_AS else 2 if m.group(2) else 3
            token = m.group(g).rstrip(".-_")
            # "username is 'vortexpine'": a quoted plain name is given as the name
            plain_ok = (rx is _SAME_AS and len(token) >= 5) or (
                g == 2 and m.group(1) is not None and len(token) >= 5
                and token.lower() not in _PLACEHOLDER_NAMES)
            if g == 3 and (token.isupper() or sum(c.isdigit() for c in token) > 2
                           or sum(c.isalpha() for c in token) < 5):
                continue  # "ID: ORD_55812": an order or reference id, not an account
            if (not _usable(token, plain_ok)
                    or (rx is _NAME_WORD_HANDLE and not plain_ok and not _distinctive(token))
                    or token.rsplit(".", 1)[-1].lower() in _FILE_EXTS
                    or "@" in text[m.end(g):m.end(g) + 1]):
                continue
            if m.group().lower().startswith("handle") and _VERB_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()):
                continue  # "can you handle v2.1 too?": the verb
            out.append(Finding("handle", *folded.span(m.start(g), m.start(g) + len(token)),
                               "user name"))
    return out


# "find me on tiktok, same name but with _edits on the end, so kofi_mensah_edits": after a
# platform, the name introduced by "so", "i.e.", "also", "então", "o sea", "donc", "sprich".
_SO_NAME = re.compile(r"\b(?:so|i\.?e\.?|ie|also|ent[aã]o|o\s{1,2}sea|es\s{1,2}decir|donc|"
                      r"sprich|d\.\s?h\.|that'?s|which\s{1,2}is|ou\s{1,2}seja)[\s:,]{1,3}"
                      r"(@?[a-z0-9_][a-z0-9_.\-]{2,39})")
_SO_WORDS = any_of(("so ", "so:", "so,", "i.e", "ie ", "ie:", "also ", "entao", "ent\u00e3o",
                    "o sea", "decir", "donc", "sprich", "d.h", "that", "which is", "ou seja"))
_SAVED_WORDS = any_of(("saved", "listed", "stored", "save me", "guardad", "agendad", "ich bin",
                       "enregistr", "salv", "gravad"))
_CAP_NAME_WORDS = r"([A-Z][\w'\-]{1,30}(?:[ \t]{1,2}(?:[A-Z&][\w'\-]{0,30}|-)){0,5})"
# "my Nextdoor profile, 'Handyman Hector Ruiz - Oak Park'": a profile named in quotes
_QUOTED_PROFILE = re.compile(
    r"(?i:\b(?:" + _CLEAR + r")(?:[\s-]{1,3}(?:profile|page|account|channel|shop|store|perfil|"
    r"seite|profil|p[aá]gina|conta|cuenta|compte|kanal|canal|cha[iî]ne))?\s{0,3}(?:is|es|ist|est|"
    r"é|e|:|,|-|called|named|under|as|als|como|comme|sous|unter)?\s{0,3})['\"\u2018\u201c\u00ab]"
    r"\s{0,2}" + _CAP_NAME_WORDS + r"\s{0,2}['\"\u2019\u201d\u00bb]")
# What _QUOTED_PROFILE cannot match without: an opening quote, then a capital.
_QUOTE_CAP = re.compile(r"['\"\u2018\u201c\u00ab]\s{0,2}[A-Z]")
# "Ma page Facebook s'appelle Menuiserie Caron", "auf Facebook heißt meine Seite Malerei
# Vogt Bonn", "my fb page is called Pine Street Pottery": the writer's own page named.
_PAGE_NOUN = (r"(?:page|profile|account|channel|shop|store|seite|profil|konto|kanal|laden|"
              r"p[aá]gina|perfil|cuenta|canal|tienda|conta|loja|compte|cha[iî]ne|boutique)")
# "Doces da Vovó Lúcia", "Jardins du Lac": small joining words inside a page name
_PAGE_NAME = (r"([A-Z][\w'\-]{1,30}(?:[ \t]{1,2}(?:(?:da|de|do|dos|das|del|du|des|la|le|von|van|"
              r"y|e|et|und|and|of|&)[ \t]{1,2})?[A-Z&][\w'\-]{0,30}){0,5})")
_CALLED_VERB = (r"(?:(?:is|es|est|\u00e9|e)\s{1,2})?(?:called|named|llamad[oa]|appel[ée]e?|"
                r"chamad[oa])|hei(?:ss|\u00df)t|lautet|se\s{1,2}llama|s'appelle|se\s{1,2}chama|"
                r"chama-se|s'intitule")
_PAGE_CALLED = re.compile(
    r"(?i:\b(?:(?:my|our|ma|mon|notre|mi|nuestr[ao]|minha|meu|nossa|nosso|mein\w{0,2}|"
    r"unser\w{0,2})\s{1,2}(?:(?:" + _CLEAR + r"|fb|ig|yt)[\s\-]{1,2})?" + _PAGE_NOUN
    + r"(?:\s{1,2}(?:(?:on|de|do|da|en|no|na|sur|auf|bei|in)\s{1,2})?(?:" + _CLEAR
    + r"|fb|ig|yt))?\s{1,2}(?:" + _CALLED_VERB + r")|(?:hei(?:ss|\u00df)t|lautet)\s{1,2}"
    r"(?:meine|unsere|mein|unser)\s{1,2}" + _PAGE_NOUN + r")\s{1,3})['\"\u2018\u201c\u00ab]?\s{0,2}"
    + _PAGE_NAME)
_CALLED_WORDS = any_of(("called", "named", "llama", "appel", "chama", "hei\u00df", "heiss",
                        "lautet", "intitule"))
# "whatsapp me, I'm saved on there as Ollie Sparks Electrical": the contact name to look for
_SAVED_AS = re.compile(
    r"(?i:\b(?:(?:(?:i'?m|i\s{1,2}am|i'?ve\s{1,2}been|me|my\s{1,2}(?:number|contact|name)"
    r"(?:'s|\s{1,2}is))\s{1,3}(?:saved|listed|stored)|save\s{1,2}me|"
    r"(?:estoy|me\s{1,2}tienes)\s{1,2}(?:guardad[oa]|agendad[oa])|je\s{1,2}suis\s{1,2}"
    r"enregistr[ée]e?|(?:estou|me\s{1,2}tem)\s{1,2}(?:salv[oa]|gravad[oa]))\s{1,3}"
    r"(?:[a-z']{1,10}\s{1,3}){0,3}?(?:as|como|comme|sous)|ich\s{1,2}bin\s{1,2}"
    r"(?:[a-zäöü']{1,10}\s{1,3}){0,3}?(?:als|unter))\s{1,3})" + _CAP_NAME_WORDS)
# "Search for me on LinkedIn, Siobhan Keary": sites where people go by their full name
_FIND_ME_NAMED = re.compile(
    r"(?i:\b(?:search\s{1,2}(?:for\s{1,2})?me|find\s{1,2}me|look\s{1,2}me\s{1,2}up|b[uú]scame|"
    r"such\s{1,2}mich|cherche[sz]?[- ]moi|procura[- ]me|me\s{1,2}procura)\s{1,3}(?:on|en|auf|"
    r"sur|no|na|in|bei)\s{1,3}(?:linked\s?in|facebook|fb|xing)\s{0,2}[,:\-\u2013\u2014]\s{0,3})"
    r"([A-Z][\w'\-]{1,30}(?:[ \t]{1,2}[A-Z][\w'\-]{1,30}){1,3})")


def _named_profiles(folded, text: str, low: str) -> list[Finding]:
    """A profile given by a display name or after "so", once a platform is named."""
    out = []
    rxs = []
    if _QUOTE_CAP.search(text):  # "c'est", "I'm": no quote opens a capitalized name
        rxs.append(_QUOTED_PROFILE)
    if _SAVED_WORDS.search(low):
        rxs.append(_SAVED_AS)
    if _CALLED_WORDS.search(low):
        rxs.append(_PAGE_CALLED)
    if "me" in low and ("linked" in low or "facebook" in low or "fb" in low or "xing" in low):
        rxs.append(_FIND_ME_NAMED)
    for rx in rxs:
        for m in rx.finditer(text):
            name = m.group(1).strip(" -")
            if all(w.lower() in COMMON for w in name.split()):
                continue
            out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                               "profile name"))
    if not _SO_WORDS.search(low):
        return out
    for m in _SO_NAME.finditer(low):
        token = m.group(1).rstrip(".-")
        if _distinctive(token) and _usable(token, True):
            out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(token)),
                               "handle"))
    return out


# "sur LinkedIn je suis Aurélien Dufresne-Morel", "my LinkedIn is the same as my name: Ana
# Ruiz", "auf Xing findest du mich als Jonas Weber": on sites where people go by their real
# name, a full name (two to four capitalized words) introduced after the site in one clause.
_REAL_SITE = re.compile(r"\b(?:linked\s?in|xing|facebook)\b")
_REAL_INTRO = re.compile(
    r"[^.!?\n]{0,50}?(?:[:\u2013\u2014]|\s-|\b(?:i'?m|i\s{1,2}am|je\s{1,2}suis|ich\s{1,2}bin|"
    r"soy|sou|as|als|como|comme|under|unter|sous|bajo)\b)\s{0,3}")
_FULL_NAME = re.compile(r"[A-Z][a-z']{1,30}(?:-[A-Z][a-z']{1,30})?"
                        r"(?:[ ][A-Z][a-z']{1,30}(?:-[A-Z][a-z']{1,30})?){1,3}\b")
_TITLE_WORDS = frozenset({"head", "senior", "junior", "lead", "chief", "manager", "director",
                          "designer", "developer", "engineer", "consultant", "founder", "owner",
                          "freelancer", "freelance", "sales", "marketing", "team", "group",
                          "premium", "learning", "jobs", "open", "work", "hiring", "mr", "mrs",
                          "ms", "dr"})


_HONORIFIC = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|Sr|Sra|Dra|Mme|Me|Ing|Dipl)\.?"
                        r"(?:-Ing\.?)?\s{1,2}){1,2}")


# "tu peux me trouver sur LinkedIn (Inès Belkacem, rédactrice web)": the name in brackets right
# after the site, when the writer speaks of being found there.
_REAL_BRACKET = re.compile(r"\s{0,2}[(\[]\s{0,2}")
_REAL_NAME_END = re.compile(r"\s{0,2}[,)\]\u2013\u2014\-]")
_FOUND_SELF = re.compile(r"\b(?:me|my|mine|i'?m|moi|mon|ma|mes|mich|mein\w{0,2}|mi|mis|meu|minha|"
                         r"us|our|nous|notre|uns|unser\w{0,2}|nos|nuestr[oa]s?|nosso|nossa)\b")


def _real_name_after(folded, text: str, low: str) -> list[Finding]:
    out = []
    for site in _REAL_SITE.finditer(low):
        name = None
        bracket = _REAL_BRACKET.match(low, site.end())
        if (bracket is not None and ("(" in bracket.group() or "[" in bracket.group())
                and _FOUND_SELF.search(low, max(0, site.start() - 40), site.start())):
            name = _FULL_NAME.match(text, bracket.end())
            if name is not None and _REAL_NAME_END.match(text, name.end()) is None:
                name = None  # "(Sales Navigator is great)": a phrase, not a name standing alone
        if name is None:
            intro = _REAL_INTRO.match(low, site.end())
            if intro is None:
                continue
            title = _HONORIFIC.match(text, intro.end())  # "Xing: Dr. Jana Hofer"
            name = _FULL_NAME.match(text, title.end() if title else intro.end())
        if name is None or any(w.lower() in COMMON or w.lower() in _TITLE_WORDS
                               for w in name.group().split()):
            continue
        out.append(Finding("handle", *folded.span(name.start(), name.end()), "profile name"))
    return out


# The hot patterns, run over the lowercased text (see caseless.py).
(_PLATFORM_LC, _CLEAR_LC, _AMBIG_LC, _BEFORE_PLATFORM_LC, _SHORT_AFTER_LC, _IMPLIED_LC,
 _IM_HANDLE_LC, _DESCRIBED_LC) = (Caseless(rx) for rx in (
    _PLATFORM, _CLEAR_RE, _AMBIG_RE, _BEFORE_PLATFORM, _SHORT_AFTER, _IMPLIED, _IM_HANDLE,
    _DESCRIBED_PLATFORM))
_LATER_LC, _NAME_GAP_LC, _ME_ON_LC = Caseless(_LATER), Caseless(_NAME_GAP), Caseless(_ME_ON)
_MY_AT_LC = tuple(Caseless(rx) for rx in _MY_AT)


# "I'm 'lazy susan creative' on fb, all one word", "add 'nadia dot builds' on the gram", "sígueme
# como 'casa do pão' no insta": a name of several words or with its dots said, in quotes or
# dictated, then the platform it is on. Read on the lowercased text.
_PLATFORM_NEXT = (r"(?:\s{0,3}(?:on|en|auf|bei|sur|no|na|in|at)\s{1,3}(?:the\s{1,2})?(?:" + _CLEAR
                  + r"|ig|fb|tg|yt|tt|sc|threads)\b|\s{0,3}(?:on|en|auf|bei|sur|no|na|in|at)"
                  # "'dex the mover' on the ghost app": a platform described
                  r"\s{1,3}(?:the\s{1,2}|la\s{1,2}|el\s{1,2}|der\s{1,2}|o\s{1,2}|a\s{1,2}|l')?"
                  r"(?:" + _DESCRIBED + "))")
_QUOTED_ON = re.compile(r"['\"\u2018\u201c]([a-z0-9\u00e0-\u00ff][a-z0-9\u00e0-\u00ff ._\-]{1,40}+)"
                        r"['\"\u2019\u201d]" + _PLATFORM_NEXT)
_DOTS_SAID_ON = re.compile(r"(?<![\w@.'])([a-z0-9_]{2,30}(?:\s{1,2}(?:dot|punto|ponto|punkt|point)"
                           r"\s{1,2}[a-z0-9_]{2,30}){1,3})" + _PLATFORM_NEXT)
# The name is the writer's ("I'm", "as") or one to follow or write to; "add", "search" and
# the like (group 1) also take events and topics, so a name after them must have its dots
# said or carry a mark ("add 'summer launch' on facebook" is an event).
_SAID_INTRO = re.compile(
    r"\b(?:i'?m|i\s{1,2}am|soy|sou|suis|bin|as|als|como|comme|sous|under|unter|follow|dm|"
    r"message|s[ií]gue(?:me|nos)|segue|folg(?:e|t)|(add|find|search(?:\s{1,2}for)?|"
    r"look\s{1,2}(?:me\s{1,2})?(?:up|for)|busca(?:me|nos)?|b[uú]sca(?:me|nos)|"
    r"agr[eé]ga(?:me|nos)|ajoute[sz]?(?:-moi|-nous)?|procura|such(?:e|t)?|cherche[zr]?))"
    r"\s{1,3}$")


def _said_name_on(folded, low: str) -> list[Finding]:
    out = []
    for rx in (_QUOTED_ON, _DOTS_SAID_ON):
        if rx is _DOTS_SAID_ON and not any(w in low for w in _SPOKEN_DOTS):
            continue
        for m in rx.finditer(low):
            said = m.group(1).strip()
            words = [w for w in re.split(r"[\s._\-]+", said) if w not in _SPOKEN_DOTS and w]
            if not words or all(w in COMMON or len(w) < 4 for w in words):
                continue  # "the 'before and after' on instagram"
            if rx is _QUOTED_ON and " " not in said and _DISTINCT.search(said) is None:
                continue  # one plain quoted word: _before_platform's
            if rx is _DOTS_SAID_ON and words[0] in COMMON:
                continue  # "le point clé sur insta"
            intro = _SAID_INTRO.search(low, max(0, m.start() - 24), m.start())
            rule = _RULE_AFTER.match(low, m.end()) is not None
            marked = rx is _DOTS_SAID_ON or _DISTINCT.search(said) is not None or any(
                w in _SPOKEN_DOTS for w in said.split())
            if not rule and (intro is None or (intro.group(1) and not marked)):
                continue  # "post 'spring sale' on insta": a topic, not a name
            out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "account name"))
    return out


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Handle findings in the original text."""
    folded = views.folded
    text = folded.text
    low = views.lower
    collapsed = views.collapsed
    spaced = (_spaced_platform(folded, text)
              if collapsed is not folded and collapsed.text != text
              and (":" in text or "-" in text or "=" in text or "\u2192" in text) else [])
    if ("google" in low or "search" in low or "look" in low) and "my " in low:
        for m in _SEARCH_QUOTED.finditer(low):  # "google 'Jade Lin Interiors', my site"
            if not all(w in COMMON for w in m.group(1).split()):
                spaced = [*spaced, Finding("handle", *folded.span(m.start(1), m.end(1)),
                                           "business name to look up")]
    if ("\U0001f47b" in text or "\U0001f4f8" in text or "\U0001f4f7" in text
            or "\U0001f426" in text):  # _LOGOS
        spaced = [*spaced, *_ghost(folded, low)]
    hits = _DETECT_SCAN.scan(low)  # which of the word lists below occur
    hinted = bool(hits & _H_ACCOUNT)
    if hinted and hits & _H_UNDERSCORE:  # "mein Konto: x unterstrich y"
        spaced = [*spaced, *_spoken_underscore(folded, text)]
    if " by " in low or "known as" in low:
        spaced = [*spaced, *_go_by(folded, text)]
    if hits & _H_SURNAME and (
            _LOOKUP_CUE.search(low) or hits & _H_KEYWORD
            or not _KEY_WORDS.isdisjoint(words_of(low))):
        spaced = [*spaced, *_surname_given(folded, text, low)]
    if (("every" in low or " all" in low or " most" in low or "tod" in low or "tous" in low
         or "toutes" in low or "partout" in low or "berall" in low)
            and _IM_SELF.search(low)):
        spaced = [*spaced, *_im_everywhere(folded, text, _PLATFORM_LC.found(low) or (
            not _KEY_WORDS.isdisjoint(words_of(low))))]
    described = _DESCRIBED_RE.search(low) if hits & _H_DESCRIBED else None
    if (described is None and not hits & _H_KEYWORD
            and _KEY_WORDS.isdisjoint(words_of(low))):
        if collapsed is not folded and collapsed.text != text and (
                _has_keyword(lc := lower_same_length(collapsed.text))
                or not _KEY_WORDS.isdisjoint(_WORD_RE.findall(lc))):
            # "i n s t a : r o s i e b a k e s", "i g : x y z"
            return spaced + _after_platform(collapsed, collapsed.text, True)
        return spaced + more_unnamed(folded, low)  # "1nsta: x", "die App mit dem Geist: x"
    platform = _PLATFORM_LC.found(low)
    searched = (platform or "fb" in low or "ig" in low) and hits & _H_SEARCH
    out = _search_name_on(folded, text) + _search_token_on(folded, low) if searched else []
    if platform and hits & _H_CALLED:
        out += _account_called(folded, low)
    if platform and (":" in low or " -" in low or "\u2013" in low or "\u2014" in low
                     or " as" in low or " como" in low or " comme" in low or " als" in low):
        out += _search_me_colon(folded, low) + _spelled_as(folded, low)
        if hits & _H_SAME:
            out += _same_but(folded, low)
    if platform or described is not None or ("ig" in low and _IG_WORD.search(low)):
        out += _hinted_names(folded, text, low, platform or described is not None)
    if ("," in text or ":" in text or "-" in text) and hits & _H_ME:
        out += _me_on_name(folded, text)
    if ("(" in text or "[" in text or " on " in low or " en " in low or " no " in low
            or " na " in low or " auf " in low or " sur " in low):
        out += _short_after(folded, text)
    if platform:
        out += _named_profiles(folded, text, low)
        if "linked" in low or "xing" in low or "facebook" in low:
            out += _real_name_after(folded, text, low)
    out += _after_platform(folded, text, platform, described is not None) + _before_platform(
        folded, text, platform or bool(hits & _H_MAIL))
    out += spaced
    if (platform or described is not None
            or hits & _H_SHORT_SPACED) and (
            any(q in text for q in "'\"\u2018\u201c") or hits & _H_DOTS):
        out += _said_name_on(folded, low)  # "add 'nadia dot builds' on the gram"
    if (platform or described is not None) and hits & _H_MARK_NOTE:
        out += _mark_note(folded, low)  # "on discord it's ravenquill with two dots at the end"
    if hits & _H_PIECE:
        out += _pieces(folded, low)  # "ig: at sign, then 'baker', then 'noor'"
    if hits & _H_REVERSED:
        out += _reversed(folded, low)  # "my insta backwards: sepacsdnal"
    if collapsed is not folded and collapsed.text != text:  # "snap: l u c y . l o o"
        clow = lower_same_length(collapsed.text)
        cplatform = _PLATFORM_LC.found(clow)
        # "the blue bird app: b y t e _ 9", "en insta soy m u d a n z a s": a described
        # platform, or "I'm" after a platform, before a name spaced out letter by letter
        out += _after_platform(collapsed, collapsed.text, cplatform, described is not None)
        if cplatform or described is not None:
            out += _hinted_names(collapsed, collapsed.text, clow, True)
    named = (bool(out) or platform or described is not None or _IMPLIED_LC.found(low)
             or (_li_cue(low) and _LI_OWNED.search(text) is not None)
             or (hits & _H_SHORT and _IMPLIED_SHORT.search(text) is not None)
             or (("every" in low or " all " in low)
                 and _EVERYWHERE.search(text) is not None)
             or (("apps" in low or "platforms" in low or "social" in low)
                 and _EVERYWHERE.search(text) is not None))
    if named and not out:
        out = _later_in_sentence(folded, text, low if described is not None else None)
        if not out and collapsed is not folded and collapsed.text != text:
            out = _later_in_sentence(collapsed, collapsed.text)  # "é c a r l a _ m"
        if not out:
            out = _named_elsewhere(folded, text)
    out += _bare_handles(folded, text, named)
    if "threema" in low:
        out += _threema_ids(folded, text, low)  # "auf Threema, ID: K3M9TQ2W"
    if named and not hinted and hits & _H_UNDERSCORE:
        out += _spoken_underscore(folded, text)  # "telegram: dario underscore mensah"
    if named and (" ." in text or " -" in text or " _" in text or "\u00b7" in text):
        out += _dotted_letters(folded, text)  # "tg: t . h . e . o . k . r . a . u . s"
    if named or "@" in text:  # "ig: r*o*s*a*_*b*a*k*e*s", "@ r◆o◆s◆a"
        out += _dotted_letters(folded, text, _SYMBOL_SINGLES, named)
    if collapsed is not folded and "@" in collapsed.text and collapsed.text != text:
        out += _spaced_at(collapsed, named)  # "@ s a m . c u t s on instagram"
    if "\n" in text and ("@" in text or named) and text.count("\n") >= 2:
        out += _vertical_handle(folded, named)  # "ig\n@\nwillow\n.\nand\n.\nwax"
    # "ig: joana (ponto) doces", "search for nailsbyjo on tiktok", "El mío es x"
    out += more_named(folded, text, low, named)
    return out


# A Threema ID: eight capitals and digits, said soon after the app is named.
_THREEMA_ID = re.compile(r"(?<![\w\-*])\*?[A-Z0-9]{8}(?![\w\-])")
_ID_BEFORE = re.compile(r"(?i)\b(?:threema(?:[\s\-]{0,2}id)?|id)\s{0,2}[:=\-\u2013\u2014]?\s{0,3}$")
_ORDER_BEFORE = re.compile(r"(?i)\b(?:order|invoice|tracking|booking|ref\w{0,7}|ticket|case|pedido|"
                           r"factura|fatura|bestell\w{0,4}|rechnung\w{0,2}|auftrag\w{0,2}|"
                           r"commande|facture)\b[^.!?\n]{0,12}$")


def _threema_ids(folded, text: str, low: str) -> list[Finding]:
    out = []
    at = low.find("threema")
    while at >= 0:
        for m in _THREEMA_ID.finditer(text, at + 7, min(len(text), at + 90)):
            word = m.group().lstrip("*")
            if (not any(c.isalpha() for c in word)
                    or _ID_BEFORE.search(text, max(0, m.start() - 14), m.start()) is None
                    or _ORDER_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue  # "the invoice INV12345", "order ID: AB12CD34"
            out.append(Finding("handle", *folded.span(m.start(), m.end()), "threema id"))
        at = low.find("threema", at + 90)
    return out


# "dario underscore mensah", "lena unterstrich berg unterstrich art": a name whose underscores
# are said as words, where a platform or account is named. "to underscore the need" is the
# verb: the word before must not be an ordinary word.
_ACCOUNT_HINTS = ("name", "user", "handle", "account", "signal", "mail", "nom", "nutzer", "konto",
                  "cuenta", "conta", "compte", "profil", "perfil")
# ("underline" is how Brazilians say the underscore: "profa underline bia")
_UNDERSCORE_WORDS = ("underscore", "unterstrich", "sublinhado", "bajo", "tiret bas", "baixo",
                     "underline", "tiret du bas")
_SPOKEN_UNDERSCORE = re.compile(
    r"(?i)(?<![\w@.])([a-z0-9][a-z0-9_.]{1,29})(?:\s{1,2}(?:underscore|unterstrich|sublinhado|"
    r"underline|tiret\s{1,2}du\s{1,2}bas|"
    r"(?:gui[oó]n|tiret|tra[cç]o)\s{1,2}(?:bajo|bas|baixo))\s{1,2}[a-z0-9][a-z0-9_.]{0,29}"
    r"(?![\w@])){1,3}")


def _spoken_underscore(folded, text: str) -> list[Finding]:
    out = []
    for m in _SPOKEN_UNDERSCORE.finditer(text):
        said = m.group().lower()
        if m.group(1).lower() in COMMON and sum(said.count(w) for w in _UNDERSCORE_WORDS) < 2 \
                and _RULE_AFTER.match(lower_same_length(text), m.end()) is None:
            continue  # "we underscore the need", "to underscore that"; but "the underscore
            # oak underscore shop, all lowercase" spells a name
        if underscore_instruction(m.group().lower()):
            continue  # "use underscore between words", "underscore instead of spaces"
        out.append(Finding("handle", *folded.span(m.start(), m.end()), "spoken handle"))
    return out


# "t . h . e . o . k . r . a . u . s", "m - i - r - a": single letters parted by a dot, hyphen or
# underscore with spaces around it (the collapsed view joins only plain spaces).
_DOTTED_SINGLES = re.compile(r"(?i)(?<![\w.@\-])[a-z0-9](?:[ \t]{0,2}[.\-_\u00b7][ \t]{0,2}"
                             r"[a-z0-9](?![\w@])){4,39}")


# "r*o*s*a*_*b*a*k*e*s", "t|o|m|_|k": single characters parted by one repeated symbol that no
# token reads as part of a name (list and path marks aside), typed with or without spaces.
_SYMBOL_SINGLES = re.compile(r"(?i)(?<![\w@])[a-z0-9][ \t]{0,2}([^\w\s.\-\u00b7,;:/'\"()\[\]{}<>])"
                             r"\ufe0f?(?:[ \t]{0,2}[a-z0-9_][ \t]{0,2}\1\ufe0f?){3,38}[ \t]{0,2}"
                             r"[a-z0-9](?![\w@])")


def _dotted_letters(folded, text: str, rx: re.Pattern = _DOTTED_SINGLES, named: bool = True
                    ) -> list[Finding]:
    """Single characters parted by marks; with no platform named, only after an '@'."""
    out = []
    for m in rx.finditer(text):
        if not named and not text[max(0, m.start() - 2):m.start()].strip().endswith("@"):
            continue
        chars = [c for c in m.group() if c.isalnum()]
        if (rx is _DOTTED_SINGLES and " " not in m.group()) or sum(
                c.isalpha() for c in chars) < 3:
            continue  # "t.h.e.o" typed joined is read as a token; "1 - 2 - 3 - 4 - 5" a count
        if all(ord(chars[i + 1].lower()) - ord(chars[i].lower()) == 1
               for i in range(len(chars) - 1)):
            continue  # "a - b - c - d - e": options or steps in order
        out.append(Finding("handle", *folded.span(m.start(), m.end()), "spaced handle"))
    return out


def _spaced_at(view, named: bool) -> list[Finding]:
    """An @handle typed with a space between its letters, read on the collapsed view."""
    out = []
    text = view.text
    for m in _AT_HANDLE.finditer(text):
        handle = m.group(1).rstrip(".")
        s, e = view.span(m.start(), m.end())
        if e - s == m.end() - m.start():
            continue  # typed joined: the folded text has it already
        if (_TIME.match(handle) or _MEASURE.match(handle) or handle.lower() in COMMON
                or handle.rsplit(".", 1)[-1].lower() in _FILE_EXTS):
            continue
        if named or _DISTINCT.search(handle) is not None:
            out.append(Finding("handle", s, e, "@handle"))
    return out


def _vertical_handle(folded, named: bool) -> list[Finding]:
    """A handle written one piece per line, with its '@' or after a platform name."""
    out = []
    for s, e, joined in vertical_runs(folded.text):
        bare = joined.strip(".")
        handle = bare.lstrip("@")
        if "@" in handle or not _AT_BODY.fullmatch(handle) or not _usable(handle, False):
            continue
        if handle.rsplit(".", 1)[-1].lower() in _FILE_EXTS:
            continue
        if (bare.startswith("@") and (named or _DISTINCT.search(handle))) or (
                named and _DISTINCT.search(handle)):
            out.append(Finding("handle", *folded.span(s, e), "handle"))
    return out


_AT_BODY = re.compile(r"(?i)[a-z0-9_][a-z0-9_.]{1,29}")


# "at sign, then 'baker', then 'noor', then an underscore, then 'bakes'", "quick + fix +
# marco, all one word", "blumenhof und dann die Zahl 17": a handle dictated piece by piece.
# Read on the lowercased text.
_AT_SAID = (r"(?:the\s{1,2})?(?:at[\s\-]{1,2}(?:sign|symbol)|@|arroba|arobase|at-zeichen|"
            r"klammeraffe)")
_MARK_SAID = (r"(?:(?:an?|one|un|una|uno|ein|eine|einen|um|uma)\s{1,2})?(?:underscore|dot|"
              r"period|hyphen|dash|punto|gui[oó]n(?:\s{1,2}bajo)?|unterstrich|punkt|"
              r"bindestrich|tiret(?:\s{1,2}bas)?|point|ponto|underline|sublinhado|h[ií]fen|"
              r"tra[cç]o)")
_NUMBER_SAID = (r"(?:(?:the|die|la|le|el|o|a)\s{1,2})?(?:number|zahl|nummer|n[uú]mero|chiffre|"
                r"ziffer)\s{1,2}\d{1,6}|\d{1,6}")
# "the word 'fern' plus ...", "das Wort mond, dann ...": a piece may be announced as a word
_WORD_SAID = (r"(?:(?:the|das|la|le|a|o)\s{1,2})?(?:(?:word|wort|palabra|mot|palavra)\s{1,2})?"
              r"['\"\u2018\u201c]?[a-z][a-z0-9\u00e0-\u00ff]{1,24}['\"\u2019\u201d]?")
# "x plus y" joins pieces as "then" and "+" do ("más", "mais" are too often "more" or "but")
_THEN_SAID = (r"(?:\s{0,2},?\s{0,2}(?:(?:and|y|e|und|et)\s{1,2})?(?:then|plus|"
              r"luego|despu[eé]s|dann|"
              r"danach|puis|ensuite|depois|followed\s{1,2}by|seguido\s{1,2}(?:de|por)|"
              r"gefolgt\s{1,2}von|suivi\s{1,2}de)\s{1,2}|\s{0,2}\+\s{0,2}|"
              # "then 'oak', 'and', 'reed'": quoted pieces listed with commas
              r"\s{0,2},\s{0,2}(?=['\"\u2018\u201c]))")
_PIECE_SAID = ("(?:" + _AT_SAID + "|" + _MARK_SAID + "|" + _NUMBER_SAID + "|" + _WORD_SAID
               + ")")
_PIECES = re.compile(r"(?<![\w'@:.#/])" + _PIECE_SAID + "(?:" + _THEN_SAID + _PIECE_SAID + "){1,8}")
_PIECE_HINTS = ("then", "+", "plus", "luego", "despu", "dann", "puis", "ensuite", "depois",
                "followed", "seguido", "gefolgt", "suivi")
# What the pieces spell must have been introduced as an account: a platform or a name word
# just before, in the same clause.
_PIECES_CUE = re.compile(r"\b(?:" + _CLEAR + "|" + _AMBIGUOUS + r"|handle|user\s?name|"
                         r"account|name|nome|nombre|nom|pseudo|usuario|usu[aá]rio|"
                         r"benutzername|nutzername)\b[^.!?\n]{0,40}$|"
                         # "my @ on the photo app is x + y + 22": the '@' stands for the name
                         r"\b(?:my|our|mi|mon|meu|minha|mein|meine|ma)\s{1,2}@(?![\w.])"
                         r"[^.!?\n]{0,40}$")
# "... the word 'fern' plus 'owl', all one word, on Instagram": the platform named just after
_PLATFORM_AFTER = re.compile(r"(?:\s{0,2}[,;(\u2014\u2013\-]?\s{0,2}" + _RULE + r")?[\s,;]{0,3}"
                             r"(?:on|en|auf|sur|no|na|in)\s{1,2}(?:the\s{1,2})?"
                             r"(?:" + _CLEAR + r"|ig|fb|tg|yt|tt)\b")
_PLUS_SAID = re.compile(r"\+|\bplus\b")
_MY_NAME = re.compile(r"\b(?:my|mi|mein|meu|mon|minha|meine|ma)\s{1,2}(?:full\s{1,2}|own\s{1,2})?"
                      r"(?:name|nombre|nome|nom|namen?|vorname|pr[ée]nom|initials|iniciales|"
                      r"iniciais|initialen|initiales)\b")
# "... is x", "tg: x", "ist der Name x": the pieces start right after the intro
_JUST_BEFORE = re.compile(r"(?:([:=\u2014\u2013\-])|\b(?:is|'s|es|ist|est|e|\u00e9|lautet|"
                          r"hei(?:ss|\u00df)t|name|nome|nombre|nom|handle|user\s?name|pseudo))"
                          r"\s{0,3}$")
_AT_START = re.compile(_AT_SAID)
_MARK_OR_NUMBER = re.compile(r"\b(?:" + _MARK_SAID + "|" + _NUMBER_SAID + r")\b")
_QUOTED_PIECE = re.compile(r"['\"\u2018\u201c][a-z0-9]{1,24}['\"\u2019\u201d]")
_RULE_AFTER = re.compile(r"\s{0,2}[,;(\u2014\u2013\-]?\s{0,2}" + _RULE)


# Names of letters in the five languages (folded: no accents), for a name spelled out loud
# ("tiktok: efe, a, ele, ...", "insta: em, i, ar, ...").
_LETTER_NAMES = frozenset("""
bee cee dee ef gee aitch jay kay el em en oh pee cue ar ess tee vee why wye zed zee dubya ex
be ce de efe ge hache jota ka ele eme ene pe cu erre ese te uve ve equis ye zeta
aga que esse dablio xis ipsilon ze effe ache ji elle emme enne ku ixe zede ha jot er es vau we
ix ypsilon zett
""".split())
_LETTER_ITEM = (r"(?:(?:uve|doble|double)\s{1,2}(?:doble|ve|vay|u)|i\s{1,2}(?:griega|grec)|"
                r"double[\s\-]u|" + _MARK_SAID + r"|"
                + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + r"|[a-z0-9])(?![a-z])")
_SPELLED_LETTERS = re.compile(
    r"\b(?:" + _CLEAR + "|" + _AMBIGUOUS + r")\s{0,2}(?:is|es|est|ist|e|:|=)\s{0,3}("
    + _LETTER_ITEM + r"(?:\s{0,2}[,;\-]\s{0,2}" + _LETTER_ITEM + r"){5,40})")


def _spelled_letters(folded, low: str) -> list[Finding]:
    """A name spelled out with the names of its letters, one item per comma."""
    out = []
    for m in _SPELLED_LETTERS.finditer(low):
        items = [w.strip() for w in re.split(r"[,;\-]", m.group(1))]
        if sum(w in _LETTER_NAMES for w in items) < 3 or sum(
                len(w) >= 3 and w in _LETTER_NAMES for w in items) < 2:
            continue  # "ig: a, b, c, d, e, f": options; "ig: en, es, de, fr, pt, it": languages
        out.append(Finding("handle", *folded.span(m.start(1), m.end(1)), "spelled handle"))
    return out


def _pieces(folded, low: str) -> list[Finding]:
    """A handle dictated in pieces: an '@' said first, quoted pieces, a spelling rule after,
    or pieces joined by "+" or holding a mark or number, right after the platform or name
    ("the gym is open, then closed" is not dictation)."""
    out = []
    for m in _PIECES.finditer(low):
        run = m.group()
        words = [w.strip("'\"\u2018\u2019\u201c\u201d") for w in re.split(
            r"\s{0,2},?\s{0,2}\+\s{0,2}|[\s,]+", run)]
        if not any(len(w) >= 3 and w not in COMMON and w.isalnum() and not w.isdigit()
                   for w in words):
            continue  # "770 + 21": sums, not a name
        before = low[max(0, m.start() - 50):m.start()]
        cued = _PIECES_CUE.search(before) is not None
        if not cued and _PLATFORM_AFTER.match(low, m.end()) is None:
            continue
        right_after = _JUST_BEFORE.search(before) if cued else None
        if not (_AT_START.match(run)
                or len(_QUOTED_PIECE.findall(run)) >= 2
                or _RULE_AFTER.match(low, m.end())
                or (right_after and _MARK_OR_NUMBER.search(run))
                # "instagram: photos + reels + stories" lists; "my tg is x + y + z" spells
                or (right_after and not right_after.group(1) and _PLUS_SAID.search(run))
                # "insta is my name plus 'builds' - aaronmwangi + builds": the recipe, then
                # the name joined after a colon or dash
                or (right_after and _PLUS_SAID.search(run) and _MY_NAME.search(before))):
            continue
        out.append(Finding("handle", *folded.span(m.start(), m.end()), "handle in pieces"))
    return out


# "my ig spelled backwards: sepacsdnal", "mi insta al revés: x": the name written in
# reverse, after a platform or name word.
_REVERSED = re.compile(
    r"\b(?:backwards?|reversed|in\s{1,2}reverse|al\s{1,2}rev[eé]s|invertid[oa]|r[uü]ckw[aä]rts|"
    r"umgekehrt|[aà]\s{1,2}l'envers|invers[ée]e?|ao\s{1,2}contr[aá]rio|de\s{1,2}tr[aá]s\s{1,2}"
    r"pra\s{1,2}frente)\b"
    # "my name backwards + snaps: x": a piece added to the reversed name
    r"(?:\s{0,2}(?:\+|plus|and|with|y|con|mit|und|avec|et|com|e|mais|m[aá]s)\s{0,2}['\"]?"
    r"[a-z0-9_.]{1,20}['\"]?){0,2}"
    r"\s{0,2}(?:(?:is|es|ist|est|e|\u00e9)\s{1,2}|[:=\u2014\u2013\-,]\s{0,3})"
    r"['\"\u2018\u201c]?(@?[a-z0-9_][a-z0-9_.\-]{3,39})")
# Only small words between the platform or name word and "backwards": "my insta is this
# backwards", "mein Insta-Name rückwärts", "mon pseudo écrit à l'envers".
_REVERSED_BEFORE = re.compile(
    r"\b(?:" + _CLEAR + "|" + _AMBIGUOUS + r"|handle|user\s?name|account|name|nome|nombre|nom|"
    r"pseudo|usuario|usu[aá]rio|benutzername|nutzername|@)(?:[\s,:\-]{1,3}(?:is|'s|es|ist|est|"
    r"\u00e9|e|this|that|it|spelled|spelt|written|escrito|escrita|[ée]crit|geschrieben|name|"
    r"handle|account|de|do|da|al|mein|my|mi|meu|mon|ma|mine|ao|the|el|o|a|der)){0,4}"
    r"[\s,:\-]{1,3}$")
_REVERSED_HINTS = ("backward", "revers", "rev\u00e9s", "reves", "invert", "ckw", "umgekehrt",
                   "envers", "invers", "contr", "tr\u00e1s", "tras")


def _reversed(folded, low: str) -> list[Finding]:
    out = []
    for m in _REVERSED.finditer(low):
        name = m.group(1).rstrip(".-_")
        if not _usable(name, True) or _REVERSED_BEFORE.search(low, max(0, m.start() - 60),
                                                              m.start()) is None:
            continue  # "for Instagram, read the list backwards: newest first"
        out.append(Finding("handle", *folded.span(m.start(1), m.start(1) + len(name)),
                           "handle reversed"))
    return out


# The word lists detect() asks about, found with one scan of the lowercased text.
_DETECT_SCAN = WordScan(_KEYWORDS, _DESCRIBED_WORDS, _ACCOUNT_HINTS, _UNDERSCORE_WORDS,
                        _SURNAME_HINTS, _SEARCH_CUES, _CALLED_CUES, _ME_WORDS, _SPOKEN_DOTS,
                        _MARK_NOTE_HINTS, _PIECE_HINTS, _REVERSED_HINTS, _SHORT_NAMES,
                        _MAIL_PROVIDERS, (" ig", " fb", " tg", " yt", " tt", " sc"),
                        ("same", "igual", "mism", "mesm", "m\u00eame", "meme", "gleich"))
(_H_KEYWORD, _H_DESCRIBED, _H_ACCOUNT, _H_UNDERSCORE, _H_SURNAME, _H_SEARCH, _H_CALLED, _H_ME,
 _H_DOTS, _H_MARK_NOTE, _H_PIECE, _H_REVERSED, _H_SHORT, _H_MAIL, _H_SHORT_SPACED,
 _H_SAME) = (1 << i for i in range(16))


# (handles_more uses this module, so it is imported last)
from .handles_more import more_named, more_unnamed, underscore_instruction  # noqa: E402
