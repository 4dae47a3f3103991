"""Intent to move off the platform, flagged for the owner (never removed), refusals excepted."""
from __future__ import annotations

import re

from ..context import Context
from ..normalize import Views
from ..types import Finding

_CHANNEL = (r"(?:handynummer|telefonnummer|mailadresse|e-mail-adresse|"
            r"whats\s?app|whatsapp|wa|zap|telegram|signal|skype|discord|wechat|insta(?:gram)?|"
            r"snap(?:chat)?|facebook|messenger|linkedin|viber|e-?mail|mail|correo|courriel|"
            r"phone|cell|mobile|number|num[eé]ro|n[uú]mero|nummer|handy|telefon[eo]?|"
            r"t[eé]l[eé]phone|contact|contacto|contato|kontakt|socials?|handle|paypal|venmo|"
            r"cash\s?app|zelle|private|personal|dm|text|sms|call|llamada|anruf|appel)")
_PATTERNS = [
    # English
    r"what(?:'s| is)\s{1,3}your\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL,
    (r"(?:send|give|share|drop|text|dm|pass|tell)\s{1,3}me\s{1,3}your\s{1,3}(?:\w+\s{1,3})?"
     + _CHANNEL),
    r"(?:can|could|may)\s{1,3}i\s{1,3}(?:get|have|grab)\s{1,3}your\s{1,3}" + _CHANNEL,
    (r"(?:let'?s|we\s{1,3}(?:can|could|should))\s{1,3}(?:continue|talk|chat|move|connect|speak|"
     r"take\s{1,3}(?:this|it))\s{1,3}(?:\w+\s{1,3}){0,2}(?:on|over|via|by|to|through|in)\s{1,3}"
     + _CHANNEL),
    (r"(?:contact|reach|call|text|email|message|ping|find|add)\s{1,3}me\s{1,3}(?:directly|"
     r"outside|off|privately|on|at|via)"),
    (r"(?:outside|off)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|this\s{1,3})?(?:platform|site|app|"
     r"website|switchboard)"),
    (r"(?:cheaper|less|save|discount|lower|no\s{1,3}fees?|avoid\s{1,3}(?:the\s{1,3})?fees?)"
     r"[^.?!]{0,40}\bdirect(?:ly)?\b"),
    r"(?:go|deal|work|pay|book)\s{1,3}(?:me\s{1,3})?direct(?:ly)?",
    r"pay\s{1,3}(?:me\s{1,3})?(?:in\s{1,3}cash|via\s{1,3}(?:paypal|venmo|zelle|cash\s?app))",
    # Spanish
    r"(?:cu[aá]l\s{1,3}es|p[aá]same|dame|m[aá]ndame|env[ií]ame)\s{1,3}tu\s{1,3}" + _CHANNEL,
    (r"(?:hablemos|sigamos|escr[ií]beme|cont[aá]ctame|ll[aá]mame)\s{1,3}(?:por|al|a\s{1,3}mi|"
     r"en|directamente)"),
    r"fuera\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:plataforma|app|aplicaci[oó]n|p[aá]gina)",
    r"m[aá]s\s{1,3}barato[^.?!]{0,30}directa(?:mente)?|sin\s{1,3}comisi[oó]n",
    # German
    (r"(?:wie\s{1,3}ist|gib\s{1,3}mir|schick\s{1,3}mir)\s{1,3}deine\s{1,3}(?:\w+\s{1,3})?"
     + _CHANNEL),
    (r"(?:schreib|ruf|kontaktier)\w{0,2}\s{1,3}mich\s{1,3}(?:\w+\s{1,3})?(?:auf|per|über|uber|"
     r"bei|an|direkt)"),
    r"lass\s{1,3}uns\s{1,3}(?:per|über|uber|auf|bei)\s{1,3}" + _CHANNEL,
    r"au(?:ß|ss)erhalb\s{1,3}der\s{1,3}(?:plattform|app|seite)",
    r"direkt[^.?!]{0,30}(?:g[uü]nstiger|billiger|ohne\s{1,3}geb[uü]hr)",
    # French
    (r"(?:quel\s{1,3}est|donne[sz]?[- ]moi|envoie[sz]?[- ]moi|passe[sz]?[- ]moi)\s{1,3}"
     r"(?:ton|votre|ta)\s{1,3}" + _CHANNEL),
    (r"(?:contacte[sz]?|appelle[sz]?|[ée]cri[st]?|[ée]crivez)[- ]moi\s{1,3}(?:sur|par|au|"
     r"directement|en\s{1,3}priv[ée])"),
    r"en\s{1,3}dehors\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:plateforme|plate-forme|app|site)",
    r"moins\s{1,3}cher[^.?!]{0,30}(?:en\s{1,3}direct|directement)|sans\s{1,3}commission",
    # Portuguese
    (r"(?:qual\s{1,3}(?:é|e)\s{1,3}(?:o\s{1,3}|a\s{1,3})?(?:seu|sua|teu|tua)|me\s{1,3}(?:passa|"
     r"manda|d[aá])\s{1,3}(?:o\s{1,3})?(?:seu|teu))\s{1,3}" + _CHANNEL),
    (r"(?:me\s{1,3}chama|me\s{1,3}liga|fala\s{1,3}comigo|vamos\s{1,3}conversar)\s{1,3}"
     r"(?:no|pelo|por|direto|via)"),
    r"fora\s{1,3}da\s{1,3}(?:plataforma|app|aplica[cç][aã]o|site)",
    r"mais\s{1,3}barato[^.?!]{0,30}diret(?:o|amente)|sem\s{1,3}(?:taxa|comiss[aã]o)",
]
# Anchored at word starts: the engine skips the alternation everywhere else.
_SOLICIT = re.compile(r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")
_NEGATION = re.compile(
    r"(?i)(?:\b(?:not|never|no|don'?t|do\s+not|doesn'?t|can'?t|cannot|can\s+not|won'?t|"
    r"shouldn'?t|mustn'?t|isn'?t|aren'?t|unable|refuse|rather\s+not|prohibited|forbidden|"
    r"against|nunca|jam[aá]s|nicht|kein\w*|niemals|verboten|pas|jamais|interdit|n[aã]o|"
    r"nao|proibido|prohibido)\b|\bne\s|\bn')")


_ASK = re.compile(
    r"(?i)\b(?:do\s{1,2}you\s{1,2}have|you\s{1,2}have|have\s{1,2}you\s{1,2}got|got\s{1,2}an?|"
    r"what(?:'s|\s{1,2}is)\s{1,2}your|can\s{1,2}i\s{1,2}(?:get|have)|give\s{1,2}me|"
    r"send\s{1,2}me|pass\s{1,2}me|share\s{1,2}your|drop\s{1,2}me|add\s{1,2}me|text\s{1,2}me|"
    r"call\s{1,2}me|message\s{1,2}me|dm\s{1,2}me|hit\s{1,2}me|reach\s{1,2}me|contact\s{1,2}me|"
    r"write\s{1,2}me|email\s{1,2}me|let'?s\s{1,2}(?:talk|chat|continue|move|switch|connect|go|"
    r"take|speak)|can\s{1,2}we\s{1,2}(?:talk|chat|continue|move|switch|speak|go)|"
    r"we\s{1,2}(?:can|could)\s{1,2}(?:talk|chat|continue|move|switch|speak)|"
    r"tienes|tenes|me\s{1,2}das|dame|p[aá]same|m[aá]ndame|env[ií]ame|escr[ií]beme|ll[aá]mame|"
    r"hablemos|sigamos|agr[eé]game|hast\s{1,2}du|haben\s{1,2}sie|gib\s{1,2}mir|"
    r"schick\s{1,2}mir|schreib\s{1,2}mir|ruf\s{1,2}mich|lass\s{1,2}uns|k[oö]nnen\s{1,2}wir|"
    r"kannst\s{1,2}du\s{1,2}mir|meld\s{1,2}dich|tu\s{1,2}as|t'as|vous\s{1,2}avez|as-tu|"
    r"avez-vous|donne[sz]?-moi|envoie[sz]?-moi|[eé]cri[st]-moi|appelle[sz]?-moi|"
    r"on\s{1,2}(?:peut|pourrait)\s{1,2}(?:continuer|parler|passer)|passe[sz]?-moi|ajoute[sz]?-moi|"
    r"contacte[sz]?-moi|voc[eê]\s{1,2}tem|vc\s{1,2}tem|tem\s{1,2}(?:whats|zap)|me\s{1,2}passa|"
    r"me\s{1,2}manda|me\s{1,2}d[aá]|me\s{1,2}chama|me\s{1,2}liga|me\s{1,2}add|me\s{1,2}adiciona|"
    r"vamos\s{1,2}conversar|podemos\s{1,2}conversar|passa\s{1,2}teu|manda\s{1,2}teu)\b")
_CHANNEL_WORD = re.compile(r"(?i)\b" + _CHANNEL + r"s?\b|\b0[67]\b")
_OFF = re.compile(
    r"(?i)\b(?:take\s{1,2}(?:this|it)\s{1,2}offline|offline|off[- ]?platform|"
    r"outside\s{1,2}(?:of\s{1,2})?(?:the|this)\s{1,2}(?:platform|site|app)|por\s{1,2}fuera|"
    r"por\s{1,2}fora|hors\s{1,2}(?:de\s{1,2}la\s{1,2})?plate-?forme|privately|en\s{1,2}priv[eé]|"
    r"(?:schreib|ruf)\w{0,2}\s{1,2}mich\s{1,2}privat|mir\s{1,2}privat|en\s{1,2}privado|"
    r"no\s{1,2}privado)\b")
_DIRECT = re.compile(
    r"(?i)\b(?:direct(?:ly)?|en\s{1,2}direct|directamente|direkt|diretamente|direto|por\s{1,2}fuera|"
    r"por\s{1,2}fora|outside)\b")
_MONEY = re.compile(
    r"(?i)\b(?:pay|paid|book|hire|deal|cheaper|discount|less|fees?|commission|price|prix|precio|"
    r"pre[cç]o|barato|g[uü]nstig\w*|geb[uü]hr\w*|cobro|pagas|pagar|paga|payer|zahl\w*|fechar|"
    r"machen|menos|moins|weniger|cher)\b")
_SENTENCE_MAX = 400
_SENTENCE = re.compile(r"[^.!?\n]{1,400}[.!?]?")  # at most _SENTENCE_MAX characters


_HERE = re.compile(r"(?i)\b(?:here|aqu[ií]|hier|ici|on\s{1,2}the\s{1,2}platform|"
                   r"in\s{1,2}the\s{1,2}chat)\b")


# One scan for what every composed ask needs: a channel, going off-platform, or "directly".
_ANY_CUE = re.compile("(?i)" + "|".join(p.pattern.removeprefix("(?i)")
                                        for p in (_CHANNEL_WORD, _OFF, _DIRECT)))


def _on_lowercase(rx: re.Pattern) -> re.Pattern:
    """The same pattern without IGNORECASE, to run on lowercased text (several times faster)."""
    return re.compile(rx.pattern.replace("(?i)", ""), rx.flags & ~re.IGNORECASE)


(_SOLICIT, _NEGATION, _ASK, _CHANNEL_WORD, _OFF, _DIRECT, _MONEY, _HERE, _ANY_CUE) = (
    _on_lowercase(rx) for rx in
    (_SOLICIT, _NEGATION, _ASK, _CHANNEL_WORD, _OFF, _DIRECT, _MONEY, _HERE, _ANY_CUE))


def _composed(sentence: str) -> bool:
    """An ask plus a channel, going off-platform, or paying/booking directly."""
    if _HERE.search(sentence):
        return False
    if _ASK.search(sentence) and _CHANNEL_WORD.search(sentence):
        return True
    if _OFF.search(sentence):
        return True
    return bool(_DIRECT.search(sentence) and _MONEY.search(sentence))


def _negated(text: str, start: int) -> bool:
    """A refusal or rule just before the phrase ("I can't share my number here")."""
    window = text[max(0, start - 40):start]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return _NEGATION.search(window[cut + 1:]) is not None


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Solicitation findings (flags only, never redacted)."""
    folded = views.folded
    text = views.lower  # the patterns are written in lowercase and run without IGNORECASE
    out: list[Finding] = []
    for m in _SOLICIT.finditer(text):
        if _negated(text, m.start()):
            continue
        out.append(Finding("solicitation", *folded.span(m.start(), m.end()),
                           "asks to move off the platform"))
    if out:
        return out
    if len(text) <= _SENTENCE_MAX and _ANY_CUE.search(text) is None:
        return out  # no channel, "offline" or "directly" anywhere: no sentence can qualify
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if _composed(sentence) and not _NEGATION.search(sentence):
            out.append(Finding("solicitation", *folded.span(m.start(), m.end()),
                               "asks to move off the platform"))
    return out
