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
# Apps and channels one "switches" or "moves" a conversation to.
_APP = (r"(?:whats\s?app|telegram|signal|skype|discord|wechat|insta(?:gram)?|snap(?:chat)?|"
        r"messenger|viber|e-?mail(?!\s{1,3}(?:marketing|newsletters?|campaigns?|lists?|templates?))|"
        r"sms|texting|phone\s{1,3}calls?|(?:personal|private)\s{1,3}(?:e-?mail|mail|number|phone|"
        r"account|chat))\b")
# After "\b": the patterns all begin with a letter, so word ends are skipped at once (faster).
_LETTER = r"(?=[a-z\u00e0-\u00ff])"
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
    (r"(?:cheaper|less|save|discount|lower|no\s{1,3}fees?|avoid\s{1,3}(?:the\s{1,3})?fees?|"
     r"invoice\s{1,3}me|bill\s{1,3}me)"
     r"[^.?!]{0,40}\bdirect(?:ly)?\b"),
    (r"(?:go|deal|work|pay|book)\s{1,3}(?:me\s{1,3}|together\s{1,3}|with\s{1,3}(?:you|me)\s{1,3})?"
     r"direct(?:ly)?"),
    (r"(?:continue|continuing|talk|talking|chat|chatting|carry\s{1,3}on)\s{1,3}(?:this\s{1,3}|"
     r"things\s{1,3})?(?:over|on|via|by|through)\s{1,3}" + _APP),
    r"(?:whats\s?app|telegram|viber|skype|signal|imessage|sms)\s{1,3}me\b",
    r"pay\s{1,3}(?:me\s{1,3})?(?:in\s{1,3}cash|via\s{1,3}(?:paypal|venmo|zelle|cash\s?app))",
    r"outside\s{1,3}(?:of\s{1,3})?(?:here|this\s{1,3}chat)",
    (r"without\s{1,3}(?:going\s{1,3})?(?:through|via|using)\s{1,3}(?:here|this\s{1,3}(?:site|app)|"
     r"the\s{1,3}(?:platform|site|app))"),
    (r"(?:can|could|shall|should)\s{1,3}we\s{1,3}(?:continue|talk|chat|move|connect|speak|switch|"
     r"go)\s{1,3}(?:\w+\s{1,3}){0,2}(?:on|over|via|by|to|through|in)\s{1,3}" + _CHANNEL),
    (r"let\s{1,3}me\s{1,3}(?:know|have)\s{1,3}your\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL
     + r"(?!\s{1,3}of\b)"),
    (r"(?:better|easier|another|other|faster|quicker|direct)\s{1,3}way\s{1,3}to\s{1,3}(?:reach|"
     r"contact|get\s{1,3}(?:hold\s{1,3}of|in\s{1,3}touch\s{1,3}with)|talk\s{1,3}to)\s{1,3}you"),
    (r"(?:i'?ll|i\s{1,3}will|let\s{1,3}me|i\s{1,3}can)\s{1,3}(?:give|send|text|pass|share)\s{1,3}"
     r"you\s{1,3}my\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL),
    (r"what(?:'s|\s{1,3}is)\s{1,3}(?:the\s{1,3})?(?:best|right|easiest|quickest)\s{1,3}(?:e-?mail|"
     r"number|phone|whats\s?app|way)\s{1,3}(?:address\s{1,3})?(?:to\s{1,3}(?:reach|contact|send|"
     r"text|call|get|write)|for\s{1,3}you)"),
    (r"(?:switch|switching|move|moving|go|continue|carry\s{1,3}on)\s{1,3}(?:this\s{1,3}|it\s{1,3}|"
     r"things\s{1,3}|the\s{1,3}(?:chat|conversation)\s{1,3})?(?:over\s{1,3})?to\s{1,3}"
     r"(?:my\s{1,3}|your\s{1,3})?" + _APP),
    # Spanish
    r"(?:cu[aá]l\s{1,3}es|p[aá]same|dame|m[aá]ndame|env[ií]ame)\s{1,3}tu\s{1,3}" + _CHANNEL,
    (r"(?:hablemos|sigamos|escr[ií]beme|cont[aá]ctame|ll[aá]mame)\s{1,3}(?:por|al|a\s{1,3}mi|"
     r"en|directamente)"),
    r"fuera\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:plataforma|app|aplicaci[oó]n|p[aá]gina)",
    r"m[aá]s\s{1,3}barato[^.?!]{0,30}directa(?:mente)?|sin\s{1,3}comisi[oó]n",
    r"sin\s{1,3}pasar\s{1,3}por\s{1,3}(?:la\s{1,3})?(?:plataforma|app|aplicaci[oó]n|p[aá]gina)",
    r"(?:lo\s{1,3})?(?:hacemos|hagamos|trabajamos|arreglamos)\s{1,3}(?:\w+\s{1,3})?directo\b",
    (r"me\s{1,3}(?:pasas|das|dejas|mandas|env[ií]as|compartes|pasar[ií]as|dar[ií]as)\s{1,3}tu\s{1,3}"
     + _CHANNEL),
    (r"(?:nos\s{1,3}(?:escribimos|hablamos|llamamos|pasamos|seguimos)|hablamos|seguimos|pasemos)"
     r"\s{1,3}(?:por|al|a|en)\s{1,3}" + _CHANNEL),
    r"(?:ahorr|evit|salt|quit)\w{0,6}\s{1,3}(?:la\s{1,3}|las\s{1,3})?comisi[oó]n",
    (r"(?:te\s{1,3}pago|me\s{1,3}pagas|p[aá]game|pagarte|pagarme)\s{1,3}(?:\w+\s{1,3})?"
     r"direct(?:o|amente)"),
    # German
    (r"(?:wie\s{1,3}ist|gib\s{1,3}mir|schick\s{1,3}mir)\s{1,3}deine\s{1,3}(?:\w+\s{1,3})?"
     + _CHANNEL),
    (r"(?:schreib|ruf|kontaktier)\w{0,2}\s{1,3}mich\s{1,3}(?:\w+\s{1,3})?(?:auf|per|über|uber|"
     r"bei|an|direkt)"),
    r"lass\s{1,3}uns\s{1,3}(?:per|über|uber|auf|bei)\s{1,3}" + _CHANNEL,
    r"au(?:ß|ss)erhalb\s{1,3}der\s{1,3}(?:plattform|app|seite)",
    r"direkt[^.?!]{0,30}(?:g[uü]nstiger|billiger|ohne\s{1,3}geb[uü]hr)",
    r"ohne\s{1,3}(?:die\s{1,3})?plattform(?![\w-])|an\s{1,3}der\s{1,3}plattform\s{1,3}vorbei",
    r"privat\s{1,3}(?:regeln|machen|abwickeln|kl[aä]ren|abrechnen)",
    (r"(?:spar|umgeh)\w{0,3}\s{1,3}(?:wir\s{1,3})?(?:uns\s{1,3})?(?:die\s{1,3}|das\s{1,3})?"
     r"(?:plattform\w*|vermittlungs\w*|provision)"),
    r"zahl\w{0,3}\s{1,3}(?:dir|ihnen|euch)\s{1,3}(?:\w+\s{1,3})?(?:bar|direkt|privat)\b",
    # French
    (r"(?:quel\s{1,3}est|donne[sz]?[- ]moi|envoie[sz]?[- ]moi|passe[sz]?[- ]moi)\s{1,3}"
     r"(?:ton|votre|ta)\s{1,3}" + _CHANNEL),
    (r"(?:contacte[sz]?|appelle[sz]?|[ée]cri[st]?|[ée]crivez)[- ]moi\s{1,3}(?:sur|par|au|"
     r"directement|en\s{1,3}priv[ée])"),
    r"en\s{1,3}dehors\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:plateforme|plate-forme|app|site)",
    r"moins\s{1,3}cher[^.?!]{0,30}(?:en\s{1,3}direct|directement)|sans\s{1,3}commission",
    r"sans\s{1,3}passer\s{1,3}par\s{1,3}(?:la\s{1,3})?(?:plateforme|plate-forme|app|site)",
    (r"(?:on\s{1,3}(?:fait|travaille|passe|traite|continue|bosse|r[eè]gle)|faire|travailler|traiter)"
     r"\s{1,3}(?:\w+\s{1,3})?en\s{1,3}direct\b"),
    (r"(?:[ée]vit|saut|contourn|[ée]conomis)\w{0,5}\s{1,3}(?:la\s{1,3}|les\s{1,3})?"
     r"(?:commission|frais\s{1,3}de\s{1,3}(?:la\s{1,3})?plate)"),
    (r"(?:je\s{1,3}te|je\s{1,3}vous)\s{1,3}pai\w{0,3}\s{1,3}(?:en\s{1,3}liquide|en\s{1,3}esp[eè]ces|"
     r"directement|en\s{1,3}direct|en\s{1,3}cash|en\s{1,3}black)"),
    (r"(?:tu\s{1,3}peux|vous\s{1,3}pouvez|peux-tu|pouvez-vous|tu\s{1,3}pourrais|"
     r"vous\s{1,3}pourriez)\s{1,3}me\s{1,3}(?:donner|envoyer|passer|filer|laisser|communiquer)"
     r"\s{1,3}(?:ton|votre|ta|tes|vos)\s{1,3}" + _CHANNEL),
    (r"(?:s'[ée]cri\w{0,4}|s'appel\w{0,4}|se\s{1,3}parle\w{0,2}|se\s{1,3}contacte\w{0,2})"
     r"\s{1,3}(?:par|sur|via|en)\s{1,3}" + _CHANNEL),
    (r"on\s{1,3}(?:continue|passe|parle|discute|se\s{1,3}parle|[ée]change)\s{1,3}(?:par|sur|via|"
     r"en)\s{1,3}" + _CHANNEL),
    # Portuguese
    (r"(?:qual\s{1,3}(?:(?:é|e)\s{1,3})?(?:o\s{1,3}|a\s{1,3})?(?:seu|sua|teu|tua)|me\s{1,3}(?:passa|"
     r"manda|d[aá])\s{1,3}(?:o\s{1,3})?(?:seu|teu))\s{1,3}" + _CHANNEL),
    (r"(?:me\s{1,3}chama|me\s{1,3}liga|fala\s{1,3}comigo|vamos\s{1,3}conversar)\s{1,3}"
     r"(?:no|pelo|por|direto|via)"),
    r"fora\s{1,3}da\s{1,3}(?:plataforma|app|aplica[cç][aã]o|site)",
    r"sem\s{1,3}passar\s{1,3}pel[ao]\s{1,3}(?:plataforma|app|aplicativo|site)",
    r"(?:faz(?:er|emos)?|fecha(?:r|mos)?|trabalha(?:r|mos)?)\s{1,3}(?:\w+\s{1,3})?por\s{1,3}fora\b",
    (r"(?:manda|mande|envia|envie|passa)\s{1,3}(?:\w+\s{1,3}){0,3}(?:no|pro|pelo|para\s{1,3}o)"
     r"\s{1,3}(?:meu\s{1,3})?(?:whats\s?app|zap|telegram|e-?mail|insta(?:gram)?|direct|privado)\b"),
    (r"(?:bora|vamos|vem|passa)\s{1,3}(?:pro|pra|para\s{1,3}o)\s{1,3}(?:whats\s?app|zap|telegram|"
     r"insta(?:gram)?|e-?mail|direct|privado|pv)\b"),
    (r"(?:vamos|podemos|bora)\s{1,3}(?:continuar|conversar|falar|seguir)\s{1,3}(?:por|pelo|pela|"
     r"no|na|via)\s{1,3}" + _CHANNEL),
    r"mais\s{1,3}barato[^.?!]{0,30}diret(?:o|amente)|sem\s{1,3}(?:taxa|comiss[aã]o)",
]
# Anchored at word starts: the engine skips the alternation everywhere else.
_SOLICIT = re.compile(r"(?i)\b" + _LETTER + r"(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")
_NEGATION = re.compile(
    r"(?i)(?:\b(?:not|never|no|don'?t|do\s+not|doesn'?t|can'?t|cannot|can\s+not|won'?t|"
    r"shouldn'?t|mustn'?t|isn'?t|aren'?t|unable|refuse|rather\s+not|prohibited|forbidden|"
    r"against|nunca|jam[aá]s|nicht|kein\w*|niemals|verboten|pas|jamais|interdit|n[aã]o|"
    r"nao|proibido|prohibido)\b|\bne\s|\bn')")


_ASK = re.compile(
    r"(?i)\b" + _LETTER + r"(?:do\s{1,2}you\s{1,2}have|you\s{1,2}have|have\s{1,2}you\s{1,2}got|"
    r"got\s{1,2}an?|"
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
    r"contacte[sz]?-moi|voc[eê]\s{1,2}tem|vc\s{1,2}tem|tem\s{1,2}(?:whats|zap|telegram|insta|e-?mail|signal|skype|discord|face|wechat)|me\s{1,2}passa|"
    r"me\s{1,2}manda|me\s{1,2}d[aá]|me\s{1,2}chama|me\s{1,2}liga|me\s{1,2}add|me\s{1,2}adiciona|"
    r"vamos\s{1,2}conversar|podemos\s{1,2}conversar|passa\s{1,2}teu|manda\s{1,2}teu|"
    # "are you on WhatsApp?", "can I message you on Insta?", in the five languages
    r"are\s{1,2}you\s{1,2}on|r\s{1,2}u\s{1,2}on|(?:is\s{1,2}it\s{1,2}ok(?:ay)?\s{1,2}if|can|could|"
    r"may)\s{1,2}i\s{1,2}(?:message|text|e-?mail|write|dm|add|ping|contact|reach)\s{1,2}you|"
    r"est[aá]s\s{1,2}(?:en|por)|te\s{1,2}puedo|puedo\s{1,2}(?:escribirte|llamarte|agregarte)|"
    r"bist\s{1,2}du\s{1,2}(?:auf|bei|in)|sind\s{1,2}sie\s{1,2}(?:auf|bei)|darf\s{1,2}ich\s{1,2}"
    r"(?:dir|ihnen|dich)|kann\s{1,2}ich\s{1,2}(?:dich|dir|ihnen)|tu\s{1,2}es\s{1,2}sur|t'es\s{1,2}"
    r"sur|es-tu\s{1,2}sur|vous\s{1,2}[eê]tes\s{1,2}sur|[eê]tes-vous\s{1,2}sur|je\s{1,2}peux\s{1,2}"
    r"(?:t'|te\s|vous\s)|puis-je|voc[eê]\s{1,2}(?:t[aá]|est[aá])|vc\s{1,2}(?:t[aá]|est[aá])|"
    r"posso\s{1,2}te)\b")
_CHANNEL_WORD = re.compile(r"(?i)\b" + _LETTER + _CHANNEL + r"s?\b|\b0[67]\b")
_OFF = re.compile(
    r"(?i)\b" + _LETTER + r"(?:take\s{1,2}(?:this|it)\s{1,2}offline|offline|off[- ]?platform|"
    r"outside\s{1,2}(?:of\s{1,2})?(?:the|this)\s{1,2}(?:platform|site|app)|por\s{1,2}fuera|"
    r"por\s{1,2}fora|hors\s{1,2}(?:de\s{1,2}la\s{1,2})?plate-?forme|privately|en\s{1,2}priv[eé]|"
    r"(?:schreib|ruf)\w{0,2}\s{1,2}mich\s{1,2}privat|mir\s{1,2}privat|en\s{1,2}privado|"
    r"no\s{1,2}privado)\b")
_DIRECT = re.compile(
    r"(?i)\b" + _LETTER + r"(?:direct(?:ly)?|en\s{1,2}direct|directamente|direkt|diretamente|"
    r"direto|por\s{1,2}fuera|"
    r"por\s{1,2}fora|outside)\b")
_MONEY = re.compile(
    r"(?i)\b" + _LETTER + r"(?:pay|paid|book|hire|deal|invoice|bill|cheaper|discount|less|fees?|"
    r"commission|price|prix|precio|"
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


# Portuguese "no"/"na" before a channel mean "on the" ("te pago no Pix", "me chama no zap").
_PT_ON = re.compile(r"(?<=\w\s)n[oa]\s{1,2}(?=pix|zap|whats|insta|telegram|privado|pv\b|face|"
                    r"signal|discord)")


def _negated(text: str, start: int) -> bool:
    """A refusal or rule just before the phrase ("I can't share my number here")."""
    window = text[max(0, start - 40):start]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    window = window[cut + 1:]
    if "n" in window:
        window = _PT_ON.sub(" ", window)
    return _NEGATION.search(window) is not None


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
        if _composed(sentence) and not _NEGATION.search(_PT_ON.sub(" ", sentence)):
            out.append(Finding("solicitation", *folded.span(m.start(), m.end()),
                               "asks to move off the platform"))
    return out
