"""Intent to move off the platform, flagged for the owner (never removed), refusals excepted."""
from __future__ import annotations

import re

from ..context import Context
from ..normalize import Views
from ..types import Finding

# Work chats a team lives in: "can we move this to Slack?", "lass uns auf Teams weitermachen"
_SLACK = (r"(?:slack|(?:microsoft|ms)\s{1,3}teams)(?!\s{1,3}(?:integration|bot|app|api|"
          r"webhooks?|notifications?|channel\s{1,3}#|workflow|plugin)s?\b)")
# Video calls too ("let's move this to zoom"), not the zoom of a picture.
_ZOOM = r"zoom(?![\w-]|\s{1,2}(?:in|out|level|lens|factor))"
_CHANNEL = (r"(?:handynummer|telefonnummer|durchwahl|mailadresse|e-mail-adresse|"
            r"whats\s?app|whatsapp|whats(?=\s{0,2}(?:[?!.,;]|$|que\b|e\b|y\b|pra\b|para\b|ou\b))|"
            r"wpp|privado|wa|zap|telegram|ig|"
            r"wasap|guasap|signal|skype|face\s?time|discord|wechat|insta(?:gram)?|" + _ZOOM + r"|"
            # "let's continue on Slack", "lass uns auf Slack weitermachen"; not "the Slack
            # integration" or "a Slack bot" for the product
            r"google\s?meet|" + _SLACK + r"|"
            r"snap(?:chat)?|facebook|messenger|linkedin|viber|e-?mail|mail|correo|courriel|"
            r"phone|cell|cel|celu|celular|mobile|number|num[eé]ro|n[uú]mero|nummer|handy|telefon[eo]?|"
            r"t[eé]l[eé]phone|contact|contacto|contato|kontakt|socials?|handle|paypal|venmo|"
            r"cash\s?app|zelle|private|personal|dm|text|sms|call|llamada|anruf|appel|"
            # "por mensagem normal", "por mensaje de texto", "via normal texts": plain SMS
            r"mensage(?:m|ns)\s{1,3}(?:normal|normais|comum|comuns|de\s{1,3}texto)|"
            r"mensajes?\s{1,3}(?:normal(?:es)?|de\s{1,3}texto)|"
            r"(?:normal|regular)\s{1,3}(?:texts|texting|sms))")
# An app named by its look, not its name: "the blue bird app", "the app with the paper plane
# logo", "la app verde", "o app do passarinho", "l'appli verte", "die grüne App"
_CODED = (r"(?:the\s{1,3}(?:little\s{1,3})?(?:blue\s{1,3}bird|bird|green|ghost|"
          r"yellow\s{1,3}ghost|paper\s{1,3}(?:air)?plane)\s{1,3}app(?!\s{1,3}(?:icons?|logos?|"
          r"buttons?|colou?rs?|themes?|designs?|versions?|store)\b)|the\s{1,3}app\s{1,3}with"
          r"\s{1,3}the\s{1,3}(?:little\s{1,3})?(?:blue\s{1,3}bird|bird|ghost|paper\s{1,3}"
          r"(?:air)?plane|green\s{1,3}phone|phone)\s{1,3}(?:logo|icon)|"
          r"(?:la|el)\s{1,3}app\s{1,3}(?:verde|del\s{1,3}(?:pajarito|fantasma|fantasmita|"
          r"avi[oó]n(?:cito)?(?:\s{1,3}de\s{1,3}papel)?))|(?:o|a)\s{1,3}app\s{1,3}(?:verde|"
          r"do\s{1,3}(?:passarinho|fantasminha|fantasma|avi[aã]ozinho))|l'app(?:li)?\s{1,3}"
          r"(?:verte|(?:avec|de)\s{1,3}l'(?:oiseau|avion\s{1,3}en\s{1,3}papier)|au\s{1,3}"
          r"(?:petit\s{1,3})?fant[oô]me)|(?:die|der|den)\s{1,3}gr[uü]ne[nm]?\s{1,3}app)")
# Apps and channels one "switches" or "moves" a conversation to.
_APP = (r"(?:whats\s?app|telegram|signal|skype|face\s?time|" + _ZOOM + r"|google\s?meet|discord|"
        r"wechat|"
        + _SLACK + r"|"
        # "move this to dms on ig": private messages on an app
        r"dms?\s{1,3}(?:on|in|over)\s{1,3}(?:insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|"
        r"twitter|x|facebook|fb|discord|linkedin)|"
        r"insta(?:gram)?|snap(?:chat)?|"
        r"messenger|viber|e-?mail(?!\s{1,3}(?:marketing|newsletters?|campaigns?|lists?|"
        r"templates?))|"
        r"sms|texting|text\b|phone\s{1,3}calls?|(?:normal|regular|ordinary)\s{1,3}(?:texts|sms|"
        r"text\s{1,3}messag(?:es|ing))|(?:personal|private)\s{1,3}(?:e-?mail|mail|number|"
        r"phone|"
        r"account|chat))\b")
# Messengers and call apps proposed by name ("Is Signal ok for you?")
_MSGR = (r"(?:whats\s?app|whats|wpp|zap|telegram|signal|skype|discord|viber|wechat|messenger|"
         r"face\s?time|google\s?meet|" + _ZOOM + r"|threema|xing)")
_PAY_APPS = r"(?:venmo|paypal|zelle|cash\s?app|revolut|bizum|pix|mb\s?way|lydia|twint)"
# "ur snap?", "ton insta ?", "dein Insta?": the channel asked for in two words, the question
# opening the sentence ("did you check ur email?" is no ask)
_POSS2 = "|".join(w + r"(?<!\w\s" + w + r")(?<!\w\s\s" + w + ")" for w in (
    "your", "ur", "yr", "tu", "ton", "votre", "teu", "seu", "dein", "deine"))
_CH2 = (r"(?:snap(?:chat)?|insta(?:gram)?|ig|whats\s?app|whats|wa|zap|telegram|tele|discord|"
        r"kik|signal|wechat|number|num|digits|cell|phone(?:\s{1,3}number)?|e-?mail|mail|"
        r"n[uú]mero|num[ée]ro|nummer|handynummer|celular|portable|handy)")
# After "\b": the patterns all begin with a letter, so word ends are skipped at once (faster).
_LETTER = r"(?=[a-z\u00e0-\u00ff])"
# "bei dir", "über deine Website", "in deinem Shop": the seller's own place to order
_SELLER_DE = (r"(?:bei\s{1,3}(?:dir|ihnen|euch)|[uü]ber\s{1,3}(?:deine|ihre|eure)\s{1,3}"
              r"(?:\w+\s{1,3})?(?:website|webseite|seite|homepage)|(?:[uü]ber|in|auf)\s{1,3}"
              r"(?:deinen|ihren|euren|deinem|ihrem|eurem)\s{1,3}(?:\w+\s{1,3})?(?:shop|"
              r"onlineshop|webshop))")
# Talking, in the five languages, and a place out of the platform's sight (see _PATTERNS)
_TALK = (r"(?:chat|talk|speak|message|text|write|discuss|hablar|charlar|conversar|escribir|falar|"
         r"parler|discuter|[ée]crire|reden|sprechen|schreiben|chatten|quatschen)")
_UNWATCHED = (r"\b(?:isn'?t|is\s{1,3}not|aren'?t|not|no|pas|nicht|n[aã]o|un)\s{0,3}"
              r"(?:(?:being|be|est[eé]|sea|soit|seja|wird|ist)\s{1,3})?(?:monitor\w{0,4}|"
              r"moderated|watched|tracked|logged|surveill[ée]e?s?|[uü]berwacht|vigilad[oa]s?|"
              r"monitoread[oa]s?|monitorad[oa]s?|mitgelesen|censored)\b")
_PATTERNS = [
    # "what name do you go by on tiktok?", "¿cómo te llamas en insta?", "wie heißt du auf
    # TikTok?", "c'est quoi ton nom sur snap ?", "qual teu nome no insta?": the account asked for
    (r"(?:what(?:'s|s|\s{1,3}is)\s{1,3}(?:your|ur)\s{1,3}(?:user\s?)?name|what\s{1,3}name\s{1,3}"
     r"do\s{1,3}(?:you|u)\s{1,3}(?:go\s{1,3}by|use)|what\s{1,3}are\s{1,3}(?:you|u)\s{1,3}called|"
     r"c[oó]mo\s{1,3}te\s{1,3}llamas|cu[aá]l\s{1,3}es\s{1,3}tu\s{1,3}(?:nombre|usuario)|"
     r"wie\s{1,3}hei(?:ß|ss)t\s{1,3}du|wie\s{1,3}hei(?:ß|ss)en\s{1,3}sie|"
     r"(?:c'?est\s{1,3}quoi|quel\s{1,3}est)\s{1,3}(?:ton|votre)\s{1,3}(?:nom|pseudo|blaze)|"
     r"comment\s{1,3}(?:tu\s{1,3}t'appelles|vous\s{1,3}vous\s{1,3}appelez)|"
     r"qual\s{1,3}(?:[eé]\s{1,3})?(?:o\s{1,3})?(?:teu|seu)\s{1,3}(?:nome|user|usu[aá]rio)|"
     r"como\s{1,3}(?:voc[eê]|vc|tu)\s{1,3}(?:se\s{1,3}chama|te\s{1,3}chamas))"
     r"\s{1,3}(?:on|en|auf|bei|sur|no|na)\s{1,3}(?:insta(?:gram)?|ig|tik\s?tok|snap(?:chat)?|"
     r"facebook|fb|telegram|discord|twitter|linked\s?in|threads|signal|skype)\b"),
    # "can we stay in touch after this, maybe on socials?": the next line names where
    (r"(?:keep|stay)\s{1,3}in\s{1,3}touch\b[^.\n]{0,50}?\b(?:on|via|over|through)\s{1,3}"
     r"(?:socials|social\s{1,3}media|insta(?:gram)?|ig|whats\s?app|facebook|fb|tik\s?tok|"
     r"snap(?:chat)?|telegram)\b"),
    # "text me pls, I'll send you mine later": the writer's own channel offered back
    (r"(?:e-?mail|text|call|ring|whats\s?app|dm)\s{1,3}me\b[^.!?\n]{0,30}?\b(?:i'?ll|i\s{1,3}will|"
     r"i\s{1,3}can)\s{1,3}(?:give|send|pass|text)\s{1,3}(?:you|u)\s{1,3}mine\b"),
    # "she wants to go through you directly", "book through u directly"
    (r"(?:go|book|order|deal|work|pay)\w{0,3}\s{1,3}(?:through|with)\s{1,3}(?:you|u)\s{1,3}"
     r"direct(?:ly)?\b"),
    # English
    r"what(?:'s|s| is)\s{1,3}(?:your|ur|yr)\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL,
    # "is there an email I can send the drawings to?"
    (r"is\s{1,3}there\s{1,3}(?:an?|some|any|another)\s{1,3}(?:\w+\s{1,3}){0,3}?" + _CHANNEL
     + r"\s{1,3}(?:address\s{1,3}|number\s{1,3})?(?:i|we)\s{1,3}(?:can|could|might)\b"),
    (r"(?:skip|avoid|dodge|bypass|save\s{1,3}on|cut\s{1,3}out)\s{1,3}(?:the\s{1,3}|their\s{1,3})?"
     r"(?:(?:platform|middle\s?man)\b|(?:site|app|service)(?:'s)?\s{1,3}(?:fees?|cut|commission))"),
    r"pay\s{1,3}(?:you\s{1,3})?(?:in\s{1,3})?cash\b",
    (r"(?:can|could|would)\s{1,3}(?:you|u)\s{1,3}(?:send|give|share|drop|pass)\s{1,3}(?:me\s{1,3})?"
     r"(?:your|ur)\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL),
    # "Ton numéro, stp ?", "your number pls": the channel asked for in a word or two
    (r"(?:your|ur|ton|ta|votre|tu|teu|seu|deine?)\s{1,3}(?:(?:personal|private|direct|"
     r"pers[oö]nliche?|private?|direkte?)\s{1,3})?(?:number|e-?mail|whats\s?app|whats|insta|"
     r"ig|snap|cell|phone|num[ée]ro|n[uú]mero|mail|correo|nummer|handynummer|zap)"
     # "ton mail perso stp", "tu número personal porfa": the private one asked for
     r"(?:\s{1,3}(?:perso|personnel(?:le)?|priv[ée]e?|personal|privad[oa]|pessoal|particular))?"
     r"\s{0,3},?\s{0,2}"
     r"(?:pls|plz|please|stp|svp|s'il\s{1,3}te\s{1,3}pla[iî]t|porfa|por\s{1,3}favor|pfv|bitte)"
     # "your number pls, easier to coordinate on the day": a reason may follow the comma
     r"\s{0,2}(?:[?!.,;]|$)"),
    (r"(?:keep|stay)\s{1,3}in\s{1,3}touch\s{1,3}(?:via|by|over|on|through|per|por)\s{1,3}"
     r"(?:\w+\s{1,3})?" + _CHANNEL),
    # "te paso mi whats", "je te laisse mon mail": the writer offers a channel
    (r"(?:te|le)\s{1,3}(?:paso|doy|dejo|mando|env[ií]o|passo|dou|deixo|mando)\s{1,3}(?:mi|meu|"
    r"minha)"
     r"\s{1,3}" + _CHANNEL),
    (r"je\s{1,3}(?:te\s{1,3}|vous\s{1,3}|t')(?:donne|laisse|passe|file|envoie|enverrai|"
     r"donnerai|passerai)\s{1,3}(?:mon|ma|mes)\s{1,3}" + _CHANNEL),
    (r"ich\s{1,3}(?:gebe|geb|schicke|schick|sende)\s{1,3}(?:dir|ihnen)\s{1,3}(?:(?:mal|gleich|"
     r"dann|sp[aä]ter|kurz|noch|schnell|nachher|morgen|heute)\s{1,3}){0,2}meine?\s{1,3}"
     + _CHANNEL),
    (r"(?:y|e|und|et|and)\s{1,3}(?:sin|sem|sans|ohne|without)\s{1,3}(?:la\s{1,3}|a\s{1,3}|"
    r"die\s{1,3}|"
     r"the\s{1,3})?(?:app|plataforma|plateforme|plattform|platform)\b"),
    (r"(?:b[uú]scame|encu[eé]ntrame|me\s{1,3}procura|me\s{1,3}acha|cherche[sz]?-moi|"
     r"such\s{1,3}mich|look\s{1,3}me\s{1,3}up|retrouve[sz]?-moi)\s{1,3}(?:en|por|no|na|sur|auf|"
     r"bei|on)\s{1,3}"
     + _CHANNEL),
    # "can i just call you", "mind if I text you?"
    (r"(?:(?:can|could|may|shall)\s{1,3}i|(?:mind|ok(?:ay)?|alright|fine|"
    r"cool)\s{1,3}if\s{1,3}i)\s{1,3}"
     r"(?:(?:just|maybe|perhaps|possibly|quickly|also|then|now|sometimes?)\s{1,3}){0,2}"
     r"(?:call|text|phone|ring|whats\s?app|e-?mail|facetime)\s{1,3}(?:you|u)\b"),
    # "are you on WhatsApp?", "you're on telegram right?"
    (r"(?:(?:are\s{1,3})?(?:you|u)|you'?re|you\s{1,3}are|ur)\s{1,3}on\s{1,3}(?:whats\s?app|"
     r"telegram|signal|insta(?:gram)?|ig|snap(?:chat)?|discord|skype|viber|wechat|line|messenger|"
     r"facebook|fb|tik\s?tok)(?:\s{1,3}(?:right|too|as\s{1,3}well|also|then|by\s{1,3}any\s{1,3}"
     r"chance)){0,2}\s{0,2}\?"),
    # "do you do Zoom?": a call app asked about on its own
    (r"do\s{1,3}(?:you|u|ya)\s{1,3}(?:do|use|take|accept)\s{1,3}(?:zoom|skype|face\s?time|"
     r"whats\s?app|telegram|signal|google\s?meet|teams|discord|viber|"
     # "do u do venmo?", "do you take Zelle?": a payment app asked about on its own
     r"venmo|paypal|zelle|cash\s?app|revolut|bizum|pix|mb\s?way|lydia|twint)"
     # "do you use Venmo or Cash App?": one of two
     r"(?:\s{0,2}(?:or|/)\s{0,2}" + _PAY_APPS + r")?\s{0,2}\?"),
    # "you take venmo or zelle?", "u got cashapp?"
    (r"(?:you|u|ya)\s{1,3}(?:use|take|accept|have|got)\s{1,3}" + _PAY_APPS
     + r"(?:\s{0,2}(?:or|/)\s{0,2}" + _PAY_APPS + r")?\s{0,2}\?"),
    # "schreib mir lieber per Mail", "escríbeme mejor por correo", "rather by email": another
    # channel preferred to this one
    (r"(?:lieber|besser|rather|mejor|plut[oô]t|melhor|preferably|de\s{1,3}pr[eé]f[eé]rence|"
     r"preferiblemente|de\s{1,3}prefer[eê]ncia)\s{1,3}(?:per|por|par|via|by|over|on|[uü]ber|auf|"
     r"pelo|pela|no|na|sur|en)\s{1,3}(?:e-?mail|mail|correo|courriel|whats\s?app|whats|zap|"
     r"telegram|signal|sms|text|phone|telefon|t[eé]l[eé]phone|tel[eé]fono|telefone|handy|insta|"
     r"instagram)\b"),
    # "which messenger apps do you use?", "¿qué app de mensajería usas?", "welchen Messenger
    # nutzt du?", "quelle messagerie tu utilises ?", "qual app de mensagens você usa?"
    (r"(?:which|what)\s{1,3}(?:messenger|messaging|chat|social(?:\s{1,3}media)?)\s{1,3}"
     r"(?:apps?|platforms?|accounts?|services?)\s{1,3}(?:do|are|r)\s{1,3}(?:you|u)\s{1,3}"
     r"(?:use|on|have)\b"),
    (r"(?:qu[eé]|cu[aá]l(?:es)?)\s{1,3}apps?\s{1,3}de\s{1,3}(?:mensajer[ií]a|chat)\s{1,3}"
     r"(?:usas|usa|tienes|ten[eé]s|utilizas)\b"),
    (r"(?:welchen|welche|was\s{1,3}f[uü]r\s{1,3}(?:einen|eine)?)\s{0,3}(?:messenger|chat-?apps?)"
     r"\s{1,3}(?:nutzt|benutzt|hast|verwendest|nutzen|benutzen|haben)\s{1,3}(?:du|sie)\b"),
    (r"quel(?:le)?s?\s{1,3}(?:messagerie|appli(?:cation)?s?\s{1,3}de\s{1,3}messagerie)\s{1,3}"
     r"(?:tu\s{1,3}utilises|vous\s{1,3}utilisez|utilises-tu|utilisez-vous)\b"),
    (r"(?:qual|quais)\s{1,3}(?:app|aplicativo)s?\s{1,3}de\s{1,3}(?:mensagens?|conversa|chat)"
     r"\s{1,3}(?:voc[eê]\s{1,3}|vc\s{1,3}|tu\s{1,3})?(?:usa|usas|tem|tens)\b"),
    # "is there a personal email you use for work?"
    (r"is\s{1,3}there\s{1,3}(?:an?|some|any)\s{1,3}(?:personal|private|direct|mobile|cell)"
     r"\s{1,3}(?:phone\s{1,3})?line(?!\s{1,3}(?:of|item|manager|cook|up)\b)"),
    (r"is\s{1,3}there\s{1,3}(?:an?|some|any)\s{1,3}(?:personal|private|direct|other|different|"
     r"better)\s{1,3}(?:e-?mail|number|phone|cell|mobile|whats\s?app|account)\b"),
    # "drop me a line on the usual channels": the channels left unnamed
    (r"(?:drop\s{1,3}me\s{1,3}a\s{1,3}(?:line|message|note|text)|reach\s{1,3}me|contact\s{1,3}me|"
     r"message\s{1,3}me|ping\s{1,3}me|find\s{1,3}me|hit\s{1,3}me\s{1,3}up)\s{1,3}(?:on|via|over|"
     r"through|at|in)\s{1,3}(?:the\s{1,3}|my\s{1,3})?usual\s{1,3}(?:channels?|places?|apps?|"
     r"spots?)\b"),
    # "I'd be happy to do all future repairs for you directly": the next jobs offered outside
    (r"(?:all|any|future|further|(?:your|the)\s{1,3}(?:next|future|other))\s{1,3}"
     r"(?:[\w']+\s{1,3}){0,2}?(?:jobs?|repairs?|work|projects?|orders?|bookings?|sessions?|"
     r"lessons?|cleanings?|visits?|appointments?)\s{1,3}for\s{1,3}(?:you|u)\s{1,3}direct(?:ly)?"
     r"\b(?!\s{1,3}(?:in|on|at|into|from|through|via|here)\b)"),
    # "would you be open to me paying you directly?": the gerund too
    (r"(?:hire|hiring|pay|paying|book|booking|employ|employing|contract|e-?transfer|transfer|"
     r"transferring|wire|wiring|venmo|zelle|paypal)\s{1,3}"
     r"(?:you|u|me)\s{1,3}direct(?:ly)?\b"),
    (r"follow\s{1,3}me\s{1,3}on\s{1,3}(?:insta(?:gram)?|ig|tik\s?tok|twitter|snap(?:chat)?|"
     r"fb|face(?:book)?|linked\s?in|threads|telegram|youtube)\b"),
    (r"(?:(?:send|give|share|drop|text|dm|pm|msg|inbox|pass|tell|shoot)\s{1,3}me|gimme)\s{1,3}"
     r"(?:your|ur)\s{1,3}"
     r"(?:\w+\s{1,3})?" + _CHANNEL),
    r"(?:can|could|may)\s{1,3}i\s{1,3}(?:get|have|grab)\s{1,3}your\s{1,3}" + _CHANNEL,
    (r"(?:let'?s|we\s{1,3}(?:can|could|should)|(?:can|could|shall)\s{1,3}we)\s{1,3}(?:just\s{1,3})?"
     r"(?:continue|talk|chat|move|"
     r"connect|speak|do\s{1,3}(?:this|it|that)|take\s{1,3}(?:this|"
     r"it))\s{1,3}(?:\w+\s{1,3}){0,2}(?:on|over|via|by|to|through|in)\s{1,3}"
     + _CHANNEL),
    (r"(?:contact|reach|call|text|e-?mail|message|ping|find|add)\s{1,3}me\s{1,3}(?:directly|"
     r"outside|off|privately|on|at|via|instead\b)"),
    r"reach\s{1,3}out\s{1,3}(?:to\s{1,3}me\s{1,3})?(?:directly|privately)\b",
    (r"(?:outside|off)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|this\s{1,3})?(?:platform|site|app|"
     r"website|switchboard)"),
    (r"(?:cheaper|less|save|discount|lower|no\s{1,3}fees?|avoid\s{1,3}(?:the\s{1,3})?fees?|"
     r"invoice\s{1,3}me|bill\s{1,3}me)"
     r"[^.?!]{0,40}\bdirect(?:ly)?\b"),
    (r"(?:go|deal|work|pay|book)\s{1,3}(?:me\s{1,3}|together\s{1,3}|with\s{1,3}(?:you|me)\s{1,3})?"
     r"direct(?:ly)?"),
    (r"(?:continue|continuing|talk|talking|chat|chatting|carry\s{1,3}on)\s{1,3}(?:this\s{1,3}|"
     r"things\s{1,3})?(?:over|on|via|by|through)\s{1,3}" + _APP),
    r"(?:whats\s?app|telegram|viber|skype|signal|imessage|sms|txt|text)\s{1,3}me\b",
    r"drop\s{1,3}(?:me\s{1,3})?(?:your|ur|yr)\s{1,3}(?:@|" + _CHANNEL + ")",
    # "venmo me the deposit", "zelle me the rest": a pay app as a verb
    (r"(?:venmo|zelle|cash\s?app|revolut|bizum|twint)\s{1,3}(?:me|us)\b|paypal\s{1,3}(?:me|us)"
     r"\s{1,3}(?:the|it|that|your|half|\d|\$|\u20ac|\u00a3)"),
    # "hazme un bizum", "me faz um pix": the transfer asked for, past the checkout
    (r"(?:hazme|m[aá]ndame|env[ií]ame|p[aá]same)\s{1,3}un\s{1,3}bizum|me\s{1,3}(?:faz|faça|"
     r"manda|envia)\s{1,3}um\s{1,3}pix|faz\s{1,3}um\s{1,3}pix\s{1,3}(?:pra|para)\s{1,3}mim"),
    # "whatsappéame las fotos", "whatsappe-moi": the app as a verb
    r"(?:whats\s?app|wasap|guasap)(?:e|é)a(?:me|nos)\b|whats\s?app(?:e|é)-moi\b",
    (r"t[aá]\s{1,2}n[oa]\s{1,2}(?:insta(?:gram)?|whats(?:app)?|zap|telegram|face|tik\s?tok|signal|"
     r"discord)\s{0,2}\?"),
    r"(?:hmu|hit\s{1,3}me\s{1,3}up)\s{1,3}(?:on|via|over|at)\b",
    # "call me, it's easier", "appelle-moi !": a call asked for with nothing after it
    (r"(?:just\s{1,3})?(?:call|ring|phone)\s{1,3}me(?:\s{1,3}(?:instead|tonight|later|tomorrow|"
     r"directly))?(?=\s{0,2}(?:[,.!?;]|$|and\b))"),
    r"(?:appelle[sz]?|t[ée]l[ée]phone[sz]?)-moi(?=\s{0,2}(?:[,.!?;]|$|et\b))",
    (r"(?:ll[aá]m(?:ame|eme)|me\s{1,3}liga)(?=\s{0,2}(?:[,.!?;]|$|y\b|e\b|que\b|ya\b|"
     r"agora\b|ahora\b))"),
    # "envoie-moi un mail", "envoyez-moi plutôt un mail", "écrivez-moi un courriel"
    (r"(?:envoie[sz]?|envoyez|[ée]cri[st]|[ée]crivez)[- ]moi\s{1,3}(?:(?:plut[ôo]t|directement|"
     r"donc|simplement|juste)\s{1,3})?(?:un\s{1,3}|une\s{1,3}|ton\s{1,3}|ta\s{1,3}|"
     r"votre\s{1,3})?(?:texto|sms|whats\s?app|e-?mail|mail|courriel|num[ée]ro)\b"),
    r"s[ií]gueme\s{1,3}en\s{1,3}(?:insta(?:gram)?|ig|tik\s?tok|face|twitter)\b",
    r"suis-moi\s{1,3}sur\s{1,3}(?:insta(?:gram)?|ig|tik\s?tok|snap|twitter|facebook)\b",
    (r"folg\w{0,2}\s{1,3}(?:(?:du|sie|ihr)\s{1,3})?mir\s{1,3}(?:(?:schon|auch|eigentlich|mal|"
     r"bitte|doch)\s{1,3})?auf\s{1,3}(?:insta(?:gram)?|ig|tik\s?tok|twitter|facebook)\b"),
    r"me\s{1,3}segue\s{1,3}(?:l[aá]\s{1,3})?n[oa]\s{1,3}(?:insta(?:gram)?|ig|tik\s?tok|face|"
    r"twitter)\b",
    r"pay\s{1,3}(?:me\s{1,3})?(?:in\s{1,3}cash|via\s{1,3}(?:paypal|venmo|zelle|cash\s?app))",
    r"outside\s{1,3}(?:of\s{1,3})?(?:here|this\s{1,3}chat)",
    (r"without\s{1,3}(?:going\s{1,3})?(?:through|via|using)\s{1,3}(?:here|this\s{1,3}(?:site|app)|"
     r"the\s{1,3}(?:platform|site|app|middle\s?m[ae]n|agency|agent|intermediary))"),
    (r"(?:can|could|shall|should)\s{1,3}we\s{1,3}(?:continue|talk|chat|move|connect|speak|switch|"
     r"go)\s{1,3}(?:\w+\s{1,3}){0,2}(?:on|over|via|by|to|through|in)\s{1,3}" + _CHANNEL),
    (r"(?:let\s{1,3}me\s{1,3}(?:know|have)|lmk)\s{1,3}(?:your|ur)\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL
     + r"(?!\s{1,3}of\b)"),
    (r"(?:better|easier|another|other|faster|quicker|direct)\s{1,3}way\s{1,3}to\s{1,3}(?:reach|"
     r"contact|get\s{1,3}(?:hold\s{1,3}of|in\s{1,3}touch\s{1,3}with)|talk\s{1,3}to)\s{1,3}you"),
    (r"(?:i'?ll|i\s{1,3}will|let\s{1,3}me|i\s{1,3}can)\s{1,3}(?:give|send|text|pass|share)\s{1,3}"
     r"you\s{1,3}my\s{1,3}(?:\w+\s{1,3})?" + _CHANNEL),
    # "just let me know the best way to reach you", "tell me the easiest number to call you on"
    (r"(?:let\s{1,3}me\s{1,3}know|lmk|tell\s{1,3}me|send\s{1,3}me|give\s{1,3}me)\s{1,3}"
     r"(?:the\s{1,3})?(?:best|easiest|quickest|right)\s{1,3}(?:way|number|e-?mail|phone|"
     r"(?:phone|cell|mobile|contact)\s{1,3}number)\s{1,3}to\s{1,3}(?:reach|contact|call|text|"
     r"get\s{1,3}(?:hold\s{1,3}of|in\s{1,3}touch\s{1,3}with))\s{1,3}(?:you|u)\b"),
    (r"what(?:'s|s|\s{1,3}is)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:best|right|easiest|quickest|"
    r"good)\s{1,3}(?:e-?mail|(?:phone|cell|mobile|contact)\s{0,3}(?:number|no\.?|#)|"
     r"number|phone|whats\s?app|way)\s{1,3}(?:address\s{1,3})?(?:to\s{1,3}(?:reach|contact|send|"
     r"text|call|get|write)|for\s{1,3}you)"),
    (r"(?:switch|switching|shift|shifting|move|moving|go|continue|carry\s{1,3}on)\s{1,3}"
     r"(?:this\s{1,3}|it\s{1,3}|"
     r"things\s{1,3}|(?:the|this|our)\s{1,3}(?:chat|conversation|discussion|thread)\s{1,3})?"
     r"(?:over\s{1,3})?to\s{1,3}"
     # not "go to your email and click the link": the inbox, not a move
     r"(?:my\s{1,3}|your\s{1,3})?(?<!go\sto\syour\s)(?<!go\sto\smy\s)" + _APP),
    # Spanish
    r"(?:cu[aá]l\s{1,3}es|p[aá]same|dame|m[aá]ndame|env[ií]ame)\s{1,3}tu\s{1,3}" + _CHANNEL,
    (r"(?:hablemos|sigamos|escr[ií]beme|cont[aá]ctame|ll[aá]mame)\s{1,3}(?:por|al|a\s{1,3}mi|"
     r"en|directamente)"),
    r"fuera\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:plataforma|app|aplicaci[oó]n|p[aá]gina)",
    (r"me\s{1,3}(?:agregas|a[ñn]ades|escribes|llamas|hablas|contactas)\s{1,3}(?:a|al|en|por)\s{1,3}"
     r"(?:\w+\s{1,3})?" + _CHANNEL),
    (r"(?:te|le)\s{1,3}(?:escribo|llamo|hablo|mando|env[ií]o)\s{1,3}(?:por|al|a\s{1,3}tu|en)\s{1,3}"
     r"(?:\w+\s{1,3})?" + _CHANNEL),
    # "without the platform it'd be cheaper", in the five languages
    (r"(?:without|sans|sin|sem|ohne)\s{1,3}(?:the\s{1,3}|la\s{1,3}|a\s{1,3}|die\s{1,3}|l')?"
     r"(?:platform|plateforme|plate-forme|plataforma|plattform|app|appli)\b[^.?!]{0,40}(?:cheaper|"
     r"moins\s{1,3}cher|m[aá]s\s{1,3}barato|mais\s{1,3}barato|g[uü]nstiger|billiger|save|"
     r"[ée]conomi|ahorr|economi)"),
    r"m[aá]s\s{1,3}barato[^.?!]{0,30}directa(?:mente)?|sin\s{1,3}comisi[oó]n",
    r"sin\s{1,3}pasar\s{1,3}por\s{1,3}(?:la\s{1,3})?(?:plataforma|app|aplicaci[oó]n|p[aá]gina)",
    r"(?:lo\s{1,3})?(?:hacemos|hagamos|trabajamos|arreglamos)\s{1,3}(?:\w+\s{1,3})?directo\b",
    (r"me\s{1,3}(?:pasas|das|dejas|mandas|env[ií]as|compartes|pasar[ií]as|"
    r"dar[ií]as)\s{1,3}tu\s{1,3}"
     + _CHANNEL),
    (r"(?:nos\s{1,3}(?:escribimos|hablamos|llamamos|pasamos|seguimos)|hablamos|seguimos|pasemos|"
     r"hablemos|sigamos|continuemos|continuamos)"
     r"\s{1,3}(?:por|al|a|en)\s{1,3}" + _CHANNEL),
    # "continuons par mail", "machen wir per Mail weiter", "continuemos pelo zap": we go on
    # in another channel
    (r"(?:continuons|passons|parlons|discutons|[ée]changeons|poursuivons|[ée]crivons-nous)"
     r"\s{1,3}(?:la\s{1,3}discussion\s{1,3}|[çc]a\s{1,3})?(?:par|sur|via|en)\s{1,3}" + _CHANNEL),
    (r"(?:machen|schreiben|reden|sprechen|quatschen|bleiben)\s{1,3}wir\s{1,3}(?:(?:doch|lieber|"
     r"einfach|dann|besser|am\s{1,3}besten)\s{1,3}){0,2}(?:per|[uü]ber|auf|via|bei)\s{1,3}"
     + _CHANNEL),
    (r"(?:continuemos|sigamos|falemos|conversemos)\s{1,3}(?:por|pelo|pela|no|na|via)\s{1,3}"
     + _CHANNEL),
    r"(?:ahorr|evit|salt|quit)\w{0,6}\s{1,3}(?:la\s{1,3}|las\s{1,3})?comisi[oó]n",
    (r"(?:te\s{1,3}pago|me\s{1,3}pagas|p[aá]game|pagarte|pagarme)\s{1,3}(?:\w+\s{1,3}){0,2}"
     r"direct(?:o|a|amente)"),
    # "mándame un whats cuando puedas", "escríbeme un wasap"
    (r"(?:m[aá]ndame|env[ií]ame|escr[ií]beme|p[aá]same|dejame|d[eé]jame)\s{1,3}(?:un|una)\s{1,3}"
     r"(?:whats(?:app)?|wasap|guasap|wsp|telegram|sms|mensaje\s{1,3}(?:por|al|de)\s{1,3}"
     r"(?:whats(?:app)?|wasap|telegram|sms))\b"),
    # German
    (r"(?:wie\s{1,3}(?:ist|lautet)|was\s{1,3}ist|gib\s{1,3}mir|"
    r"schick\s{1,3}mir)\s{1,3}deine?\s{1,3}(?:\w+\s{1,3})?"
     + _CHANNEL),
    (r"(?:schreib|ruf|kontaktier)\w{0,2}\s{1,3}mich\s{1,3}(?:(?!nicht\b)\w+\s{1,3})?(?:auf|per|"
     r"über|uber|"
     r"bei|an|direkt)"),
    r"lass\s{1,3}uns\s{1,3}(?:per|über|uber|auf|bei)\s{1,3}" + _CHANNEL,
    (r"(?:gibst|schickst|"
    r"sendest)\s{1,3}du\s{1,3}mir\s{1,3}(?:mal\s{1,3})?deine?\s{1,3}(?:\w+\s{1,3})?"
     + _CHANNEL),
    (r"(?:sollen|wollen|k[oö]nnen|k[oö]nnten)\s{1,3}wir\s{1,3}(?:\w+\s{1,3}){0,3}(?:per|über|uber|"
     r"auf|via)\s{1,3}" + _CHANNEL),
    (r"(?:(?:wechseln|umsteigen)\s{1,3}(?:wir\s{1,3})?(?:auf|zu)\s{1,3}" + _CHANNEL + r"|(?:auf|zu)"
     r"\s{1,3}" + _CHANNEL + r"\s{1,3}(?:wechseln|umsteigen|weiterschreiben|weitermachen))"),
    r"au(?:ß|ss)erhalb\s{1,3}der\s{1,3}(?:plattform|app|seite)",
    (r"direkt[^.?!]{0,30}(?:g[uü]nstiger|billiger|ohne\s{1,3}(?:die\s{1,3}|diese\s{1,3})?"
     r"geb[uü]hr\w{0,2}(?:\s{1,3}(?:hier|der\s{1,3}(?:plattform|app|seite)))?)"),
    (r"(?:g[uü]nstiger|billiger)[^.?!]{0,40}\bdirekt\s{1,3}(?:\w+\s{1,3})?(?:abrechnen|abwickeln|"
     r"zahlen|bezahlen|[uü]berweisen|buchen|beauftragen|regeln|machen)\b"),
    r"ohne\s{1,3}(?:die\s{1,3})?plattform(?![\w-])|an\s{1,3}der\s{1,3}plattform\s{1,3}vorbei",
    (r"privat\s{1,3}(?:regeln|machen|abwickeln|kl[aä]ren|abrechnen|aus(?:machen)?\b|vereinbaren|"
     r"absprechen|abmachen|organisieren|buchen|planen|ausmachen)"),
    (r"(?:spar|umgeh)\w{0,3}\s{1,3}(?:wir\s{1,3})?(?:uns\s{1,3})?(?:(?:beide|beiden|so|damit|"
     r"dann)\s{1,3})?(?:die\s{1,3}|das\s{1,3}|den\s{1,3})?(?:plattform\w*|vermittlungs\w*|"
     r"provision|geb[uü]hr\w{0,2}\s{1,3}(?:hier|der\s{1,3}(?:plattform|app|seite)))"),
    r"zahl\w{0,3}\s{1,3}(?:dir|ihnen|euch)\s{1,3}(?:\w+\s{1,3})?(?:bar|direkt|privat)\b",
    # French
    (r"(?:quel\s{1,3}est|c'est\s{1,3}quoi|donne[sz]?[- ]moi|envoie[sz]?[- ]moi|passe[sz]?[- ]moi|"
     r"envoyez[- ]moi|file[sz]?[- ]moi|laisse[sz]?[- ]moi)\s{1,3}(?:ton|votre|ta)\s{1,3}(?:0[67]\b|"
     r"rib\b|iban\b|coordonn[ée]es\s{1,3}bancaires|"
     + _CHANNEL + ")"),
    (r"(?:contacte[sz]?|appelle[sz]?|[ée]cri[st]?|[ée]crivez)[- ]moi\s{1,3}(?:sur|par|au|"
     r"directement|en\s{1,3}priv[ée])"),
    r"en\s{1,3}dehors\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:plateforme|plate-forme|app|site)",
    r"moins\s{1,3}cher[^.?!]{0,30}(?:en\s{1,3}direct|directement)|sans\s{1,3}commission",
    r"sans\s{1,3}passer\s{1,3}par\s{1,3}(?:la\s{1,3}|le\s{1,3}|l')?(?:plateforme|plate-forme|app|"
    r"site)",
    (r"(?:tu\s{1,3}me|vous\s{1,3}me)\s{1,3}(?:files|donnes|passes|envoies|laisses|donnez|passez|"
     r"envoyez|laissez)\s{1,3}(?:ton|ta|tes|votre|vos)\s{1,3}(?:0[67]\b|" + _CHANNEL + ")"),
    (r"(?:on\s{1,3}(?:se\s{1,3})?(?:fait|travaille|passe|traite|continue|bosse|r[eè]gle)|faire|"
    r"travailler|traiter)"
     r"\s{1,3}(?:\w+\s{1,3})?en\s{1,3}direct\b"),
    (r"(?:[ée]vit|saut|contourn|[ée]conomis)\w{0,5}\s{1,3}(?:la\s{1,3}|les\s{1,3})?"
     r"(?:commission|frais\s{1,3}de\s{1,3}(?:la\s{1,3})?plate)"),
    (r"(?:je\s{1,3}te|je\s{1,3}vous)\s{1,3}pai\w{0,3}\s{1,3}(?:en\s{1,3}liquide|"
    r"en\s{1,3}esp[eè]ces|"
     r"directement|en\s{1,3}direct|en\s{1,3}cash|en\s{1,3}black)"),
    (r"(?:tu\s{1,3}peux|vous\s{1,3}pouvez|peux-tu|pouvez-vous|tu\s{1,3}pourrais|"
     r"vous\s{1,3}pourriez)\s{1,3}me\s{1,3}(?:donner|envoyer|passer|filer|laisser|communiquer)"
     r"\s{1,3}(?:ton|votre|ta|tes|vos)\s{1,3}(?:0[67]\b|" + _CHANNEL + ")"),
    (r"(?:s'[ée]cri\w{0,4}|s'appel\w{0,4}|se\s{1,3}parle\w{0,2}|se\s{1,3}contacte\w{0,2})"
     r"\s{1,3}(?:par|sur|via|en)\s{1,3}" + _CHANNEL),
    (r"on\s{1,3}(?:continue|passe|parle|discute|se\s{1,3}parle|[ée]change)\s{1,3}(?:par|sur|via|"
     r"en)\s{1,3}" + _CHANNEL),
    # Portuguese
    (r"(?:qual\s{1,3}(?:(?:é|e)\s{1,3})?(?:o\s{1,3}|a\s{1,3})?(?:seu|sua|teu|tua)|"
    r"me\s{1,3}(?:passa|"
     r"manda|d[aá])\s{1,3}(?:o\s{1,3})?(?:seu|teu))\s{1,3}" + _CHANNEL),
    (r"(?:me\s{1,3}chamar?|me\s{1,3}ligar?|fala\s{1,3}comigo|vamos\s{1,3}conversar)\s{1,3}"
     r"(?:no|pelo|por|direto|via)"),
    r"fora\s{1,3}d[ao]\s{1,3}(?:plataforma|app|aplicativo|aplica[cç][aã]o|site)",
    # "sem passar por aqui", "sin pasar por aquí", "sans passer par ici"
    (r"sem\s{1,3}passar\s{1,3}(?:pel[ao]\s{1,3}(?:plataforma|app|aplicativo|site)|por\s{1,3}"
     r"aqui\b)|sin\s{1,3}pasar\s{1,3}por\s{1,3}aqu[ií]\b|sans\s{1,3}passer\s{1,3}par\s{1,3}"
     r"ici\b"),
    r"(?:faz(?:er|emos)?|fecha(?:r|mos)?|trabalha(?:r|mos)?)\s{1,3}(?:\w+\s{1,3})?por\s{1,3}fora\b",
    (r"(?:manda|mande|envia|envie|passa)\s{1,3}(?:\w+\s{1,3}){0,3}(?:no|pro|pelo|para\s{1,3}o)"
     r"\s{1,3}(?:meu\s{1,3})?(?:whats\s?app|zap|telegram|e-?mail|insta(?:gram)?|direct|privado)\b"),
    (r"(?:bora|vamos|vem|passa)\s{1,3}(?:pro|pra|para\s{1,3}o)\s{1,3}(?:whats\s?app|zap|telegram|"
     r"insta(?:gram)?|e-?mail|direct|privado|pv)\b"),
    (r"(?:vamos|podemos|bora)\s{1,3}(?:continuar|conversar|falar|seguir)\s{1,3}(?:por|pelo|pela|"
     r"no|na|via)\s{1,3}" + _CHANNEL),
    r"mais\s{1,3}barato[^.?!]{0,30}diret(?:o|amente)|sem\s{1,3}(?:taxa|comiss[aã]o)",
    # "passa o teu contacto", "manda-me a tua morada": a channel asked for in the imperative
    (r"(?:passa|manda|d[aá]|envia)(?:-me)?\s{1,3}(?:o\s{1,3}|a\s{1,3})?(?:teu|tua)\s{1,3}"
     + _CHANNEL),
    # A call asked for or announced with a time: the product has no calls. "te llamo esta
    # tarde", "liga pra mim hoje", "appelle-moi ce soir", "ruf mich einfach kurz an"
    (r"(?:te|le)\s{1,3}(?:llamo|marco)\s{1,3}(?:esta\s{1,3}(?:tarde|noche|ma[ñn]ana)|ma[ñn]ana|"
     r"luego|m[aá]s\s{1,3}tarde|ahora|hoy|en\s{1,3}un\s{1,3}rato|al\s{1,3}(?:cel\w{0,4}|"
     r"m[oó]vil|tel[eé]fono|fijo|n[uú]mero))\b"),
    (r"ll[aá]mame\s{1,3}(?:esta\s{1,3}(?:tarde|noche)|ma[ñn]ana|luego|m[aá]s\s{1,3}tarde|hoy|"
     r"ahora|cuando\s{1,3}puedas)\b"),
    (r"liga(?:-me|\s{1,3}(?:pra|para)\s{1,3}mim)\b|me\s{1,3}liga\s{1,3}(?:hoje|amanh[aã]|"
     r"mais\s{1,3}tarde|depois|agora|[aà]\s{1,3}(?:tarde|noite)|quando\s{1,3}puder)\b"),
    (r"(?:r?appelle[sz]?|t[ée]l[ée]phone[sz]?)-moi\s{1,3}(?:ce\s{1,3}soir|demain|plus\s{1,3}tard|"
     r"ce\s{1,3}matin|cet\s{1,3}apr[eè]s-midi|maintenant|quand\s{1,3}tu\s{1,3}peux|"
     r"d[eè]s\s{1,3}que)"),
    r"ruf\w{0,2}\s{1,3}mich\s{1,3}(?:(?!nicht\b|nie\b|bitte\s{1,3}nicht\b)\w+\s{1,3}){0,3}?an\b",
    (r"(?:adiciona|segue|procura|chama)-me\s{1,3}(?:l[aá]\s{1,3})?(?:no|na|pelo)\s{1,3}"
     r"(?:whats\s?app|zap|telegram|insta(?:gram)?|face(?:book)?|signal|linked\s?in|tik\s?tok|"
     r"discord|skype)\b"),
    r"lass\s{1,3}uns\s{1,3}(?:\w+\s{1,3}){1,2}?(?:per|über|uber|auf|bei)\s{1,3}" + _CHANNEL,
    # "Überweisung direkt an dich", "bank transfer straight to you": paying the person
    (r"(?:[uü]berweisung|virement|transferencia|transfer[eê]ncia|bank\s{1,3}transfer|wire|"
     r"payment|zahlung|pago|paiement|pagamento)\s{1,3}(?:\w+\s{1,3})?(?:direkt|direct(?:ly|ement|"
     r"amente|o|a)?|diretamente|direto|straight)\s{1,3}(?:an|to|[àa]|para|pra|pour)\s{1,3}"
     r"(?:dich|euch|you|toi|vous|ti|usted|voc[eê])\b(?!\s{1,3}(?:through|via|on|over|[uü]ber|par|"
     r"por|pela|pelo|sur|in)\s{1,3}(?:the|this|die|der|la|a|le|o|el)\s{1,3}(?:platform|plattform|"
     r"plataforma|plateforme|app|site|chat))"),
    # "on pourrait échanger nos coordonnées", "let's swap our numbers", "Kontaktdaten tauschen"
    (r"(?:[ée]chang\w{1,4}|exchange|swap|trade|intercambi\w{1,4}|troc\w{1,4}|tausch\w{0,2}|"
     r"austausch\w{0,2})\s{1,3}(?:(?:nos|our|nuestr[oa]s|noss[oa]s|unsere|les|des|los|as|os|die)"
     r"\s{1,3})?(?:coordonn[ée]es|contact\s{1,2}(?:details|info)|datos\s{1,2}de\s{1,2}contacto|"
     r"contactos|contatos|kontaktdaten|(?<=nos\s)(?:num[ée]ros|contacts)|"
     r"(?<=our\s)(?:numbers|contacts|details|socials)|(?<=nuestros\s)n[uú]meros|"
     # "would it be possible to exchange numbers?", "intercambiar teléfonos", "Nummern tauschen"
     r"(?:(?:phone\s{1,2})?numbers|contact\s{1,2}numbers|emails|e-mails|socials|instas|"
     r"whats\s?apps|n[uú]meros|num[ée]ros|tel[eé]fonos|telefones|nummern|handynummern)"
     r"(?!\s{1,3}(?:de|of|for|du|da|do|der|around|on\s{1,3}the|in\s{1,3}(?:the|this|that|a|"
     r"columns?|rows?|cells?))\b)|"
     r"(?<=nossos\s)n[uú]meros|(?<=unsere\s)(?:nummern|handynummern))\b"),
    # "Handynummern tauschen?"; not "Handynummern tauschen ist hier nicht erlaubt"
    (r"(?:kontaktdaten|handynummern|telefonnummern|unsere\s{1,3}nummern)\s{1,3}"
     r"(?:aus)?tauschen(?![^.!?\n]{0,40}\b(?:nicht|nie|kein\w{0,2}|verboten|untersagt)\b)"),
    # "appelle-moi plutôt", "on pourrait se texter à la place", "on se capte ailleurs ?"
    (r"(?:appelle[sz]?|t[ée]l[ée]phone[sz]?|texte[sz]?|bipe[sz]?)-moi\s{1,3}(?:plut[ôo]t|"
     r"directement|[àa]\s{1,2}la\s{1,2}place)\b"),
    (r"on\s{1,3}(?:(?:pourrait|peut|devrait|va)\s{1,3})?se\s{1,3}(?:texter|t[ée]l[ée]phoner|"
     r"appeler|capter|capte|texte|t[ée]l[ée]phone|appelle|[ée]crire|[ée]crit)\s{1,3}(?:[àa]\s{1,2}la"
     r"\s{1,2}place|plut[ôo]t|ailleurs|directement|en\s{1,2}direct|en\s{1,2}dehors)\b"),
    (r"(?:talk|chat|continue|speak|connect|text|message)\s{1,3}(?:somewhere\s{1,2}else|"
     r"elsewhere)\s{0,2}\?"),
    (r"(?:hablamos|seguimos|hablemos|sigamos|escrib[ií]mos(?:nos)?)\s{1,3}en\s{1,2}otr[oa]\s{1,2}"
     r"(?:lado|sitio|lugar|parte|app)\b"),
    (r"(?:falamos|conversamos|seguimos|continuamos)\s{1,3}(?:em|n)\s{0,2}outr[oa]\s{1,2}"
     r"(?:lugar|s[ií]tio|app|canal)\b"),
    (r"(?:schreiben|reden|sprechen|quatschen|machen)\s{1,3}wir\s{1,3}(?:lieber\s{1,3}|doch\s{1,3})?"
     r"(?:woanders|anderswo)\b"),
    # "wollen wir (nicht) auf einen normalen Messenger wechseln?", "a gente seguir pelo WhatsApp"
    (r"(?:wollen|sollen|k[öo]nnen|k[öo]nnten|sollten|m[öo]chtest|willst)\s{1,3}(?:wir|du)"
     r"\s{1,3}(?:(?:nicht|lieber|einfach|mal|doch|vielleicht)\s{1,3}){0,2}(?:auf|zu|über|per)"
     r"\s{1,3}(?:\w+\s{1,3}){0,2}" + _CHANNEL + r"\s{1,3}(?:wechseln|umsteigen|gehen|"
     r"weitermachen|schreiben)\b"),
    (r"(?:a\s{1,2}gente|pra\s{1,2}gente|n[óo]s)\s{1,3}(?:se\s{1,3})?(?:seguir|continuar|conversar|falar|seguirmos|continuarmos|"
     r"conversarmos|falarmos)\s{1,3}(?:pelo|pela|no|na|por)\s{1,3}" + _CHANNEL),
    # "is there a way to reach you that isn't this site?"
    (r"(?:a|any|some)\s{1,3}way\s{1,3}(?:to|i\s{1,3}(?:can|could)|we\s{1,3}(?:can|could))"
     r"\s{1,3}(?:reach|contact|get\s{1,3}hold\s{1,3}of|talk\s{1,3}to|pay|message)\s{1,3}"
     r"(?:you|u)\s{1,3}(?:that\s{1,3}(?:isn'?t|is\s{1,3}not|doesn'?t|does\s{1,3}not)|"
     r"other\s{1,3}than|outside|besides|apart\s{1,3}from|except|off)\b"),
    # "could we take this conversation somewhere else?", "let's continue this elsewhere"
    (r"(?:take|move|bring|carry|finish|continue|have|wrap\s{1,3}up)\s{1,3}(?:this|the|our)"
     r"\s{1,3}(?:conversation|chat|discussion|"
     r"convo|talk)\s{1,3}(?:somewhere\s{1,2}else|elsewhere|someplace\s{1,2}else|"
     r"off\s{1,3}(?:here|the\s{1,3}(?:app|site|platform)))"),
    (r"(?:let'?s|can\s{1,3}we|could\s{1,3}we|shall\s{1,3}we|should\s{1,3}we|"
     r"we\s{1,3}(?:can|could|should))\s{1,3}(?:just\s{1,3})?(?:continue|talk|chat|carry\s{1,3}on)"
     r"\s{1,3}(?:(?:this|it|things)\s{1,3})?(?:somewhere|elsewhere|someplace)\b"
     # "somewhere the app isn't reading along": the platform named as what is left behind
     r"(?:\s{1,3}(?:the|this)\s{1,3}(?:app|site|platform)\s{1,3}(?:isn'?t|is\s{1,3}not|"
     r"can'?t|won'?t|doesn'?t|does\s{1,3}not)\b)?"),
    # "give me a follow", "same handle as on here": the writer found elsewhere by the name
    # used on the platform
    r"(?:give|drop|send)\s{1,3}(?:me|us)\s{1,3}a\s{1,3}(?:quick\s{1,3})?follow\b",
    (r"same\s{1,3}(?:user\s?name|handle|name|@|nick(?:name)?|tag|account\s{1,3}name)"
     r"\s{1,3}as\s{1,3}(?:on\s{1,3}|in\s{1,3})?(?:here|(?:this|the)\s{1,3}(?:app|site|"
     r"platform))\b"),
    (r"(?:mismo|misma|mesmo|mesma)\s{1,3}(?:usuario|usu[aá]rio|nombre|nome|nick|apodo|"
     r"user(?:name)?|arroba)\s{1,3}(?:que\s{1,3}(?:aqu[ií]|ac[aá]|en\s{1,3}(?:esta|la)\s{1,3}"
     r"app)|daqui|que\s{1,3}no\s{1,3}app)\b"),
    r"m[eê]me\s{1,3}(?:pseudo|nom|identifiant)\s{1,3}qu(?:'ici|e\s{1,3}sur\s{1,3}l'app\w{0,2})",
    (r"(?:gleiche[nr]?|selbe[nr]?)\s{1,3}(?:nutzer|benutzer)?(?:name[n]?|namen)\s{1,3}wie"
     r"\s{1,3}(?:hier|in\s{1,3}der\s{1,3}app)\b"),
    # "can I invite you to our Slack?", "te convido pro nosso grupo do zap", "dich in unseren
    # Discord einladen": the work moved to a group elsewhere
    (r"(?:invite\s{1,3}(?:you|u)\s{1,3}(?:to|into|on)|invitart?e\s{1,3}(?:a|al|en)|"
     r"t'inviter\s{1,3}(?:sur|dans|[àa])|vous\s{1,3}inviter\s{1,3}(?:sur|dans|[àa])|"
     r"te\s{1,3}convid(?:ar|o)\s{1,3}(?:pro|pra|para\s{1,3}o|para\s{1,3}a|no|na)|"
     r"(?:dich|sie)\s{1,3}(?:in|zu|auf))\s{1,3}(?:(?:our|my|the|a|nuestro|mi|el|un|notre|mon|"
     r"le|un|nosso|meu|um|unseren|unser|meinen|den|einen)\s{1,3})?(?:\w+\s{1,3})?"
     r"(?:slack|discord|teams|whats\s?app|telegram|signal|zap|group\s{1,3}chat|grupo|groupe)"
     r"\b(?!\s{1,3}(?:de\s{1,3})?(?:de\s{1,3}trabajo\s{1,3}aqu[ií]|here|on\s{1,3}here|"
     r"in\s{1,3}the\s{1,3}app)\b)"),
    # "I just need an email address for the invite"
    (r"(?:need|want|send|give|drop|share|what'?s|have)\s{1,3}(?:me\s{1,3})?(?:an?|your|ur)"
     r"\s{1,3}(?:e-?mail|gmail)(?:\s{1,3}address)?\s{1,3}(?:for|to\s{1,3}send)\s{1,3}"
     r"(?:you\s{1,3})?(?:the|an?|my)\s{1,3}(?:\w+\s{1,3})?invit(?:e|ation)\b"),
    # "cancel it here and I'll do the job cheaper", "cancela la reserva y te lo hago
    # más barato": the platform's order dropped for a lower price outside
    (r"(?:cancel\w{0,3}\s{1,3}(?:the|your|this|that)\s{1,3}(?:booking|order|job|request|"
     r"reservation|appointment)|cancel[ae]\w{0,3}\s{1,3}(?:la|el|tu|a|o|sua|tua)\s{1,3}"
     r"(?:reserva|pedido|encargo|cita|agendamento)|annule[sz]?\s{1,3}(?:la|ta|votre)\s{1,3}"
     r"(?:r[ée]servation|commande)|stornier\w{0,2}\s{1,3}(?:die|deine|ihre|den)\s{1,3}"
     r"(?:buchung|bestellung|auftrag))\b[^.?!]{0,40}?\b(?:i|i'll|i'd|we|we'll|te|je|ich|eu)"
     r"\s[^.?!]{0,24}?(?:for\s{1,3}less|cheaper|"
     r"(?:a|at\s{1,3}a)\s{1,3}discount|for\s{1,3}cash|in\s{1,3}cash|m[aá]s\s{1,3}barato|"
     r"por\s{1,3}menos|mais\s{1,3}barato|por\s{1,3}fora|moins\s{1,3}cher|billiger|"
     r"g[uü]nstiger)\b"),
    r"(?:for\s{1,3}less|cheaper)\b[^.?!]{0,40}?\bif\s{1,3}(?:you|u)\s{1,3}cancel",
    # "my email is just my username here @ gmail", "mi correo es mi usuario de aquí arroba
    # gmail": an address built from the name used on the platform
    (r"(?:my|mi|meine?|mon|ma|meu|minha)\s{1,3}(?:e-?mail|g-?mail|mail|correo|insta(?:gram)?|ig|"
     r"snap(?:chat)?|tik\s?tok|telegram|whats\s?app|handle)\s{1,3}(?:address\s{1,3})?"
     r"(?:is|'s|es|ist|est|c'est|[ée]|=)\s{1,3}(?:(?:just|simply|also|the|same|as|igual|a|que|"
     r"genau|einfach|juste|aussi|s[oó]|simplesmente|solo|mismo|mesmo|meme|m[eê]me)\s{1,3}){0,3}"
     r"(?:my|mi|meine?|mon|ma|meu|minha|o\s{1,3}meu)\s{1,3}(?:user\s?name|handle|name|pseudo|"
     r"usuario|usu[aá]rio|benutzername|nutzername|nick(?:name)?|nome|nombre)\b[^.?!]{0,30}?"
     r"(?:\bhere\b|\bon\s{1,3}(?:this|the)\s{1,3}(?:app|site|platform)|\baqu[ií]\b|\bhier\b|"
     r"\bici\b|\bd'ici\b|\bdaqui\b|@|\bat\s{1,3}(?:gmail|yahoo|hotmail|outlook|icloud|proton)|"
     r"\barroba\b)"),
    # "tell me where else you hang out online", "wo bist du sonst noch online?", "¿dónde más
    # estás activo?": the person's other places asked for
    (r"where\s{1,3}else\s{1,3}(?:(?:are|do|can|could)\s{1,3})?(?:you|u)\s{1,3}(?:hang\s{1,3}out|"
     r"hang|chat|are\s{1,3}(?:online|active)|online|active)\b"),
    (r"(?:wo|auf\s{1,3}welchen\s{1,3}(?:seiten|apps|plattformen))\s{1,3}(?:bist|treibst)"
     r"\s{1,3}du\s{1,3}(?:dich\s{1,3})?(?:sonst|noch)\s{1,3}(?:noch\s{1,3})?(?:online|aktiv|"
     r"unterwegs|rum|herum)\b"),
    (r"(?:d[oó]nde|en\s{1,3}qu[eé]\s{1,3}(?:otro|otra|otros|otras)\s{1,3}\w+)\s{1,3}(?:m[aá]s\s{1,3})?"
     r"(?:est[aá]s|andas|te\s{1,3}muevas|te\s{1,3}mueves)\s{1,3}(?:m[aá]s\s{1,3})?(?:en\s{1,3}"
     r"l[ií]nea|online|activ[oa])\b"),
    (r"o[uù]\s{1,3}(?:est-ce\s{1,3}que\s{1,3})?(?:tu\s{1,3}(?:traînes|traines|es)|t'es)\s{1,3}"
     r"(?:d'autre|ailleurs|aussi)\s{1,3}(?:en\s{1,3}ligne|sur\s{1,3}le\s{1,3}net)\b"),
    (r"onde\s{1,3}mais\s{1,3}(?:voc[eê]|vc|tu)\s{1,3}(?:fica|t[aá]|est[aá]|anda)\s{1,3}"
     r"(?:online|ativ[oa])\b"),
    # "do you use signal?": the app, asked about on its own
    r"(?:do\s{1,3})?(?:you|u)\s{1,3}(?:use|have)\s{1,3}signal\s{0,2}\?",
    # "can we hop on a regular phone call instead", "a phone call instead of messaging"
    (r"(?:hop|jump)\s{1,3}on\s{1,3}an?\s{1,3}(?:quick\s{1,3}|regular\s{1,3}|normal\s{1,3}|"
     r"real\s{1,3})?(?:phone|voice)\s{1,3}call"),
    r"(?:phone|voice)\s{1,3}calls?\s{1,3}instead\s{1,3}of\b",
    (r"(?:proper|real|normal|regular|quick|video)\s{1,3}calls?\s{1,3}instead\s{1,3}of\s{1,3}"
     r"(?:chatting|messaging|texting|writing|typing)\b"),
    # "shoot me an email", "fire me a text"
    r"(?:shoot|fire|flick)\s{1,3}me\s{1,3}an?\s{1,3}(?:e-?mail|text|sms|whats\s?app)\b",
    # "send the quote by text instead of on here", "¿me mandas el presupuesto por SMS mejor?"
    (r"send\s{1,3}(?:me\s{1,3})?(?:\w+\s{1,3}){0,3}?(?:by|via|over|through)\s{1,3}(?:text|sms|"
     r"whats\s?app|e-?mail)\s{1,3}(?:instead|rather)\b"),
    (r"(?:m[aá]nd|env[ií])\w{0,6}\s{1,3}(?:\w+\s{1,3}){0,3}?por\s{1,3}(?:sms|whats\s?app|"
     r"correo|mail|tel[eé]fono)\s{0,3}mejor\b"),
    # "Schreiben Sie mir doch eine SMS", "schreib mir lieber auf WhatsApp"
    (r"schreib(?:en\s{1,3}sie|e)?\s{1,3}mir\s{1,3}(?:doch\s{1,3}|lieber\s{1,3}|einfach\s{1,3}|"
     r"gern\s{1,3})?(?:eine\s{1,3}sms|per\s{1,3}sms|(?:auf|über|per)\s{1,3}whats\s?app)\b"),
    # "Tem telemóvel?", "tens whatsapp?": asked whether the other has a phone
    (r"te(?:m|ns)\s{1,3}(?:telem[oó]vel|celular|whats\s?app|zap|(?:e-?)?mail|n[uú]mero)(?:\s{1,3}"
     r"(?:pessoal|particular|privado))?\s{0,2}\?"),
    # "I'll pay you in person", "pay you face to face"
    r"pay\s{1,3}(?:you\s{1,3})?(?:in\s{1,3}person|face\s{1,3}to\s{1,3}face)\b",
    # "is there another app we can use?"
    (r"(?:another|a\s{1,3}different|(?:some|any)\s{1,3}other)\s{1,3}(?:app|platform|chat|"
     r"messenger)s?\s{1,3}(?:that\s{1,3})?(?:we|i)\s{1,3}(?:can|could|might)"
     r"\s{1,3}(?:use|talk\s{1,3}on|chat\s{1,3}on)\b"),
    # "how can we stay in touch with you?": a channel for later asked for
    (r"how\s{1,3}(?:can|do|could|should|will)\s{1,3}(?:i|we)\s{1,3}(?:keep|stay)\s{1,3}in"
     r"\s{1,3}touch(?:\s{1,3}with\s{1,3}(?:you|u))?(?!\s{1,3}(?:here|on\s{1,3}(?:here|the|this)|"
     r"through\s{1,3}the|via\s{1,3}the|in\s{1,3}the))\b"),
    # "call me sometime", "ring me whenever": a call asked for, the product has none
    (r"(?:call|ring|phone)\s{1,3}me\s{1,3}(?:sometime|some\s{1,3}time|later|tonight|"
     r"whenever|anytime|any\s{1,3}time)\b"),
    # "the agency doesn't need to know", "die Agentur muss davon nichts wissen": kept from the
    # platform on purpose
    (r"(?:platform|app|site|agency)\s{1,3}(?:doesn'?t|does\s{1,3}not|don'?t|needn'?t)\s{1,3}"
     r"(?:need\s{1,3}to|have\s{1,3}to)?\s{0,3}know\b"),
    (r"(?:plattform|agentur|app|seite|vermittlung)\s{1,3}(?:muss|braucht)\s{1,3}"
     r"(?:[a-zäöü]{1,8}\s{1,3}){0,3}?nichts?\s{1,3}(?:davon\s{1,3})?(?:zu\s{1,3})?(?:wissen|"
     r"erfahren|mitbekommen)\b"),
    (r"(?:plataforma|app|agencia|ag[eê]ncia|p[aá]gina|site)\s{1,3}no\s{1,3}(?:tiene|necesita)"
     r"\s{1,3}(?:por\s{1,3}qu[eé]|que|de)?\s{0,3}(?:saber|enterarse)\b"),
    (r"(?:plateforme|appli|app|agence|site)\s{1,3}n'a\s{1,3}pas\s{1,3}(?:besoin\s{1,3}de|[aà])"
     r"\s{1,3}(?:le\s{1,3})?savoir\b"),
    (r"(?:plataforma|app|ag[eê]ncia|site)\s{1,3}n[aã]o\s{1,3}precisa\s{1,3}(?:de\s{1,3})?"
     r"saber\b"),
    # "ohne dass die Plattform kassiert", "sin que la app se lleve nada", "sem a comissão do app"
    (r"(?:ohne\s{1,3}dass|sin\s{1,3}que|sans\s{1,3}que|sem\s{1,3}que|without)\s{1,3}(?:die|la|"
     r"le|a|o|the)\s{1,3}(?:plattform|plataforma|plateforme|app|appli|site|seite)\s{1,3}"
     r"(?:[^\s.?!]{1,10}\s{1,3}){0,4}?(?:kassiert|verdient|mitverdient|abkassiert|cobre|cobra|"
     r"cobrar|lleve|touche|prenne|preleve|pr[ée]l[eè]ve|fique|ganhe|leve|taking|gets?|knowing)\b"),
    (r"(?:sem|sin|sans|ohne|without)\s{1,3}(?:a|la|die|the)\s{1,3}(?:comiss[aã]o|comisi[oó]n|"
     r"commission|provision|geb[uü]hr)\s{1,3}(?:do|da|de\s{1,3}la|del|de\s{1,3}la|der|of\s{1,3}"
     r"the)\s{1,3}(?:app|aplicativo|plataforma|plateforme|plattform|platform|site)\b"),
    # "how do I reach you?" (not "on here")
    (r"how\s{1,3}(?:do|can|should)\s{1,3}i\s{1,3}(?:best\s{1,3})?(?:reach|contact|get\s{1,3}hold"
     r"\s{1,3}of)\s{1,3}(?:you|u)\s{0,2}\?"),
    # "Gibt es eine Möglichkeit, Sie privat zu buchen?"
    r"(?:sie|dich)\s{1,3}privat\s{1,3}(?:zu\s{1,3})?(?:buchen|beauftragen|engagieren)\b",
    # "we can just schedule by text from now on"
    (r"(?:schedule|arrange|organi[sz]e|coordinate)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:by|via|over|"
     r"through)\s{1,3}(?:text|sms|whats\s?app|telegram|signal|phone)\b"),
    # "I'll have her text you": someone else carries the detail over
    (r"(?:have|get|ask)\s{1,3}(?:her|him|them|my\s{1,3}\w+)\s{1,3}(?:to\s{1,3})?(?:text|call|"
     r"ring|whats\s?app|e-?mail|phone|sms)\s{1,3}(?:you|u)\b"),
    # "my contact details are on my website", in the five languages
    (r"my\s{1,3}(?:contact\s{1,3})?(?:details|info|information|number|e-?mail|phone\s{1,3}"
     r"number|contact)(?:'s|'re|\s{1,3}(?:is|are))\s{1,3}(?:all\s{1,3})?(?:on|in)\s{1,3}my"
     r"\s{1,3}(?:own\s{1,3})?(?:web\s?site|site|homepage|home\s{1,3}page|web\s{1,3}page)\b"),
    (r"meine\s{1,3}(?:kontaktdaten|kontaktinfos?|daten|nummer|telefonnummer|handynummer|"
     r"e-?mail(?:-adresse)?|mailadresse)\s{1,3}(?:stehen|steht|findest\s{1,3}du|"
     r"finden\s{1,3}sie|sind|ist)\s{1,3}(?:\w+\s{1,3})?(?:auf|in)\s{1,3}meiner\s{1,3}"
     r"(?:web\s?seite|website|homepage|seite)\b"),
    (r"(?:mes\s{1,3}(?:coordonn[ée]es|contacts?|infos?)\s{1,3}(?:sont|se\s{1,3}trouvent)|"
     r"mon\s{1,3}(?:num[ée]ro|e-?mail|mail|contact)\s{1,3}(?:est|se\s{1,3}trouve))\s{1,3}"
     r"(?:\w+\s{1,3})?(?:sur|dans)\s{1,3}mon\s{1,3}(?:site|page)\b"),
    (r"mis\s{1,3}(?:datos(?:\s{1,3}de\s{1,3}contacto)?|contactos?)\s{1,3}(?:est[aá]n|"
     r"aparecen)\s{1,3}(?:\w+\s{1,3})?en\s{1,3}mi\s{1,3}(?:web|p[aá]gina|sitio)\b"),
    (r"(?:meus|minhas)\s{1,3}(?:contatos|contactos|dados(?:\s{1,3}de\s{1,3}contato)?|"
     r"informa[cç][oõ]es)\s{1,3}(?:est[aã]o|ficam)\s{1,3}(?:\w+\s{1,3})?(?:no|na)\s{1,3}"
     r"(?:meu|minha)\s{1,3}(?:site|p[aá]gina)\b"),
    # "is there somewhere else we can chat?", "anywhere else I could reach you?"
    (r"(?:somewhere|someplace|anywhere)\s{1,3}else\s{1,3}(?:that\s{1,3})?(?:we|i)\s{1,3}"
     r"(?:can|could|might|should)\s{1,3}(?:chat|talk|message|text|speak|continue|"
     r"reach\s{1,3}(?:you|u)|contact\s{1,3}(?:you|u)|find\s{1,3}(?:you|u)|follow\s{1,3}(?:you|u))\b"),
    # "I'd rather not keep messaging here": the platform itself is what is left behind
    (r"(?:rather\s{1,3}not|prefer\s{1,3}not\s{1,3}to|don'?t\s{1,3}want\s{1,3}to)\s{1,3}"
     r"(?:keep\s{1,3}|continue\s{1,3})?(?:messaging|chatting|talking|writing|texting)\s{1,3}"
     r"(?:here|(?:on|in|through)\s{1,3}(?:this|the)\s{1,3}(?:app|site|platform|chat))\b"),
    # "facetime later?", "can we skype tonight": a video call, the product has none
    (r"face\s?time\s{1,3}(?:later|tonight|tomorrow|today|now|sometime|this\s{1,3}(?:evening|"
     r"afternoon|morning|week|weekend)|at\s{1,3}\d)\b"),
    (r"(?:let'?s|can\s{1,3}we|could\s{1,3}we|shall\s{1,3}we|we\s{1,3}(?:can|could|should))"
     r"\s{1,3}(?:just\s{1,3}|quickly\s{1,3})?(?:face\s?time|skype|" + _ZOOM + r")\b"),
    # "give me a ring sometime", "gimme a call"
    r"(?:give\s{1,3}(?:me|us)|gimme)\s{1,3}an?\s{1,3}(?:quick\s{1,3})?(?:ring|call|buzz|bell)\b",
    # "let's sort the rest over the phone", "we can finalise it by email"
    (r"(?:let'?s|we\s{1,3}(?:can|could|should)|(?:can|could|shall)\s{1,3}we)\s{1,3}"
     r"(?:just\s{1,3})?(?:sort|settle|finish|finali[sz]e|discuss|figure|work\s{1,3}out|hash|"
     r"wrap|go\s{1,3}over|arrange|agree|iron|nail|deal\s{1,3}with)\w{0,3}\s{1,3}"
     r"(?:\w+\s{1,3}){0,3}?(?:(?:over|on|by)\s{1,3}(?:the\s{1,3})?(?:phone|telephone)|"
     r"(?:on|over|via)\s{1,3}(?:whats\s?app|telegram|signal|facetime|skype)|"
     r"(?:by|via|over)\s{1,3}(?:e-?mail|text|sms))\b(?!\s{1,3}(?:case|cover|screen|stand|"
     r"mockup|design|layout|number\s{1,3}field|template))"),
    (r"(?:lass\s{1,3}uns|sollen\s{1,3}wir|k[oö]nnen\s{1,3}wir|k[oö]nnten\s{1,3}wir|"
     r"wollen\s{1,3}wir|machen\s{1,3}wir|kl[aä]ren\s{1,3}wir|besprechen\s{1,3}wir)\s{1,3}"
     r"(?:[a-zäöüß]+\s{1,3}){0,4}?(?:telefonisch|am\s{1,3}telefon)\b"),
    (r"telefonisch\s{1,3}(?:kl[aä]ren|besprechen|abkl[aä]ren|regeln|abstimmen|bereden|"
     r"durchgehen|machen)\b"),
    (r"(?:vamos|podemos|bora|a\s{1,3}gente\s{1,3}(?:pode|podia))\s{1,3}(?:resolver|acertar|"
     r"combinar|tratar|falar|conversar|discutir|fechar|ver|decidir|continuar|seguir|finalizar)"
     r"\s{1,3}(?:[a-zà-ú]+\s{1,3}){0,3}?(?:por|pelo|via|no|ao)\s{1,3}(?:telefone|whats\s?app|"
     r"zap|telegram|e-?mail|telem[oó]vel|celular)\b"),
    (r"on\s{1,3}(?:(?:peut|pourrait|va)\s{1,3})?(?:r[eè]gl|fini|termin|voi|discut|fai|"
     r"finalis|continu|parl|cal|arrang)\w{0,3}\s{1,3}(?:[a-zà-ÿ']+\s{1,3}){0,3}?(?:par|au|"
     r"sur|via)\s{1,3}(?:t[ée]l[ée]phone|whats\s?app|mail|e-?mail|sms|texto|telegram)\b"),
    (r"(?:lo\s{1,3})?(?:hablamos|arreglamos|vemos|resolvemos|cerramos|terminamos|hablemos|"
     r"veamos|arreglemos|resolvamos|cerremos|terminemos|concretamos|concretemos)\s{1,3}"
     r"(?:[a-zñáéíóú]+\s{1,3}){0,3}?(?:por|al)\s{1,3}(?:tel[eé]fono|whats\s?app|wasap|correo|"
     r"mail|celular|m[oó]vil)\b"),
    # "¿cuál es el mejor número para llamarte?", "was ist die beste Nummer, um dich zu erreichen?"
    (r"(?:cu[aá]l\s{1,3}es|qual(?:\s{1,3}[eé])?|quel(?:le)?\s{1,3}est|was\s{1,3}ist|"
     r"welche\s{1,3}ist|wie\s{1,3}lautet|dime|d[ií]game|av[ií]same|me\s{1,3}(?:dices|diz|fala|"
     r"avisa)|diz-me|dis-moi|dites-moi|sag\s{1,3}mir|sagen\s{1,3}sie\s{1,3}mir)\s{1,3}(?:(?:el|la|o|a|le|die|der|das|deine?)\s{1,3})?"
     r"(?:mejor|melhor|meilleure?|beste[n]?)\s{1,3}(?:n[uú]mero|num[ée]ro|nummer|telefonnummer|"
     r"handynummer|tel[eé]fono|telefone|correo|e-?mail|mail|whats\s?app|manera|forma|maneira|"
     r"fa[cç]on|moyen|weg|m[oö]glichkeit|contacto|contato)\b[^.?!]{0,20}?(?:para|pra|pour|um|de)"
     r"\s{1,3}(?:(?:te|vous|dich|sie|lhe)\s{1,3})?(?:llamar|contactar|localizar|escribir|hablar|"
     r"falar|ligar|joindre|contacter|appeler|[ée]crire|erreichen|kontaktieren|anrufen|anzurufen|"
     r"zu\s{1,3}(?:erreichen|kontaktieren|anrufen))"),
    # "schreib mir lieber eine Mail", "mándame mejor un correo", "me manda um e-mail"
    (r"schreib\w{0,2}\s{1,3}mir\s{1,3}(?:(?:lieber|doch|einfach|besser|mal|bitte|kurz|direkt|"
     r"gerne?)\s{1,3}){0,3}(?:eine?\s{1,3})?(?:e-?mail|mail|sms|whats\s?app)\b"),
    (r"(?:m[aá]ndame|env[ií]ame|escr[ií]beme)\s{1,3}(?:(?:mejor|directamente|m[aá]s\s{1,3}bien)"
     r"\s{1,3})?(?:un|una)\s{1,3}(?:correo|e-?mail|mail)\b"),
    (r"(?:me\s{1,3}(?:manda|mande|envia|envie)|(?:manda|mande|envia|envie)-me)\s{1,3}"
     r"(?:(?:antes|melhor|logo|direto)\s{1,3})?(?:um|uma)\s{1,3}(?:e-?mail|mail|whats\s?app|"
     r"zap|sms)\b"),
    # "what's the name of your company so I can look you up?"
    (r"(?:name|called|nombre|llama|nome|chama|nom|appelle|namen?|hei(?:ß|ss)t)\b[^.?!]{0,40}?\b"
     r"(?:(?:so|and|then|to)\s{1,3}(?:(?:that\s{1,3})?(?:i|we)\s{1,3}(?:can|could|may)\s{1,3}|"
     r"(?:i'?ll|i\s{1,3}will|we'?ll|we\s{1,3}will)\s{1,3})?(?:just\s{1,3})?"
     r"(?:look\s{1,3}(?:you|u)\s{1,3}up|look\s{1,3}up\s{1,3}(?:you|your)|google\s{1,3}(?:you|u|"
     r"your)|search\s{1,3}(?:for\s{1,3})?(?:you|u|your)|find\s{1,3}(?:you|u|your\s{1,3}\w+)"
     r"\s{1,3}online)|para\s{1,3}(?:poder\s{1,3})?(?:buscarte|googlearte|encontrarte)|"
     r"(?:para|pra)\s{1,3}(?:eu\s{1,3})?(?:te\s{1,3}(?:procurar|pesquisar|encontrar|achar)|"
     r"(?:procurar|pesquisar|encontrar|achar)-(?:te|vos))|pour\s{1,3}(?:que\s{1,3}je\s{1,3}"
     r"puisse\s{1,3})?(?:te|vous)\s{1,3}(?:chercher|rechercher|trouver|retrouver|googler)|"
     r"damit\s{1,3}ich\s{1,3}(?:dich|sie|euch)\s{1,3}(?:finden|googeln|suchen)|um\s{1,3}"
     r"(?:dich|sie|euch)\s{1,3}zu\s{1,3}(?:finden|googeln|suchen))\b"),
    # "drop me your details and I'll add you"
    (r"(?:send|give|drop|share|pass|text|dm|shoot)\s{1,3}(?:(?:me|us|over|across)\s{1,3}){1,2}"
     r"(?:your|ur)\s{1,3}(?:contact\s{1,3})?(?:details|info|deets)\b[^.?!]{0,40}?\b(?:i'?ll|"
     r"i\s{1,3}will|i\s{1,3}can|to|so\s{1,3}(?:that\s{1,3})?(?:i|we|she|he|they|my\s{1,3}\w+)"
     r"\s{1,3}(?:can|could|will|may))\s{1,3}(?:add|save|text|call|ring|message|whats\s?app|"
     r"e-?mail|contact)\s{1,3}(?:you|u)\b"),
    # "Können wir das ohne die Plattformgebühr machen?", "do it without the platform fee"
    (r"ohne\s{1,3}(?:die\s{1,3})?(?:plattform|vermittlungs|service|app)geb[uü]hr\w{0,2}\s{1,3}"
     r"(?:machen|abwickeln|regeln|zahlen|bezahlen|abrechnen|laufen)\b"),
    (r"(?:do|doing|handle|settle|arrange|pay\s{1,3}for)\s{1,3}(?:it|this|that|the\s{1,3}\w+)"
     r"\s{1,3}without\s{1,3}(?:the\s{1,3})?(?:platform|app|site|service)(?:'s)?\s{1,3}(?:fees?|"
     r"commission|cut)\b"),
    # "I'll just ring you", "my husband wants to phone you": a phone call from the writer's side
    (r"(?:i'?ll|i\s{1,3}will|i'?d\s{1,3}(?:like|love|prefer|rather)(?:\s{1,3}to)?|let\s{1,3}me|"
     r"wants?\s{1,3}to|(?:he|she|they)\s{1,3}(?:can|could|will))\s{1,3}(?:just\s{1,3})?"
     r"(?:ring|phone)\s{1,3}(?:you|u)\b"),
    # "a way to just call you on the phone", "discuss it on the phone than here"
    (r"(?:call|ring)\s{1,3}(?:you|u)\s{1,3}(?:on|over|by)\s{1,3}(?:the\s{1,3})?"
     r"(?:phone|telephone)\b"),
    (r"(?:discuss|talk\s{1,3}(?:about|through)|go\s{1,3}(?:over|through)|explain)\s{1,3}"
     r"(?:it|this|that|things|the\s{1,3}\w+)\s{1,3}(?:on|over|by)\s{1,3}(?:the\s{1,3})?"
     r"(?:phone|telephone)\b"),
    r"hablar\s{1,3}(?:contigo\s{1,3}|con\s{1,3}usted\s{1,3})?por\s{1,3}tel[eé]fono\b",
    (r"falar\s{1,3}(?:com\s{1,3}(?:voc[eê]|vc|o\s{1,3}senhor|a\s{1,3}senhora)\s{1,3})?"
     r"(?:por|pelo|ao)\s{1,3}telefone\b"),
    (r"(?:t'|vous\s{1,3}|te\s{1,3})(?:appeler|parler|t[eé]l[eé]phoner)\s{1,3}(?:au|par)\s{1,3}"
     r"t[eé]l[eé]phone\b"),
    r"(?:mit\s{1,3}(?:dir|ihnen)\s{1,3}telefonieren|(?:dich|sie)\s{1,3}(?:(?:mal|direkt|privat|einfach|kurz|gern|gerne|lieber|"
    r"dann|morgen|heute)\s{1,3}){0,3}"
    r"anrufen)\b",
    # "whats the number", "what number should he use?", "what's the best address for you"
    (r"what(?:'s|s|\s{1,3}is)\s{1,3}the\s{1,3}(?:best\s{1,3})?(?:(?:phone\s{1,3})?number|"
     r"e-?mail)(?!\s{1,3}(?:of|for\s{1,3}the|on|in|from|you\s{1,3}gave)\b)"
     r"(?!\s{0,3}\w{1,12}\s{1,3}(?:number|id|code)\b)"),
    r"what(?:'s|s|\s{1,3}is)\s{1,3}the\s{1,3}best\s{1,3}(?:e-?mail\s{1,3})?address\s{1,3}for\s{1,3}you",
    (r"what\s{1,3}(?:number|e-?mail|e-?mail\s{1,3}address)\s{1,3}(?:should|can|do|shall)\s{1,3}"
     r"(?:i|he|she|we|they)\s{1,3}(?:use|call|ring|text|write\s{1,3}to)\b"),
    (r"how\s{1,3}(?:do|can|could)\s{1,3}(?:i|we)\s{1,3}get\s{1,3}(?:your|ur)\s{1,3}(?:phone\s{1,3})?"
     r"(?:number|e-?mail|contact|details)\b"),
    # "Kann ich dich irgendwo anders erreichen?", "reach you somewhere else", "te joindre ailleurs"
    (r"(?:reach|contact|find)\s{1,3}(?:you|u)\s{1,3}(?:somewhere|anywhere)\s{1,3}(?:else|other)"
     r"\b"),
    (r"(?:irgendwo\s{1,3}anders|woanders|anderswo|sonst\s?wo)\s{1,3}(?:erreichen|kontaktieren|"
     r"anrufen|anschreiben)\b"),
    r"(?:te|vous)\s{1,3}(?:joindre|contacter|trouver|[ée]crire)\s{1,3}ailleurs\b",
    (r"(?:contactar|localizar|encontrar|escribir|llamar)(?:te|le)\s{1,3}(?:en\s{1,3})?"
     r"(?:otro\s{1,3}(?:sitio|lado|lugar)|otra\s{1,3}parte)\b"),
    (r"(?:contatar|achar|encontrar|falar|ligar)\s{0,3}(?:-te|-lo|-la|com\s{1,3}voc[eê])?\s{1,3}"
     r"(?:em\s{1,3})?(?:outro\s{1,3}lugar|outra\s{1,3}parte)\b"),
    # "the other half in cash", "el resto en efectivo", "den Rest bar": part of the pay outside
    (r"(?:the\s{1,3}(?:rest|remainder|balance|other\s{1,3}half)|el\s{1,3}resto|la\s{1,3}otra"
     r"\s{1,3}mitad|o\s{1,3}resto|a\s{1,3}outra\s{1,3}metade|le\s{1,3}reste|l'autre\s{1,3}"
     r"moiti[eé]|den\s{1,3}rest|die\s{1,3}andere\s{1,3}h[aä]lfte)\s{1,3}(?:\w+\s{1,3}){0,3}?"
     r"(?:in|en|em|by|with|per)\s{1,3}(?:cash|efectivo|dinheiro|esp[eè]ces|liquide|bar(?:geld)?)\b"),
    r"den\s{1,3}rest\s{1,3}(?:\w+\s{1,3}){0,2}?bar\b",
    # "invoice me privately rather than through the platform", "mail you a check"
    (r"(?:invoic\w{1,3}|bill\w{0,3}|pay\w{0,3}|charg\w{1,3})\s{1,3}(?:me|you|u|us)\s{1,3}"
     r"privately\b"),
    (r"rather\s{1,3}than\s{1,3}(?:(?:going|paying|booking|doing\s{1,3}it)\s{1,3})?(?:through|via|"
     r"on|using)\s{1,3}(?:the|this)\s{1,3}(?:platform|app|site)\b"),
    # "deal with contractors by phone and personal email rather than through a marketplace"
    (r"(?:phone|e-?mail|text|sms|whats\s?app|directly|in\s{1,3}person|cash)\s{1,3}"
     r"(?:[\w']+\s{1,3}){0,3}?rather\s{1,3}than\s{1,3}(?:(?:going|dealing|working|paying|"
     r"booking)\s{1,3})?(?:through|via|on|using)\s{1,3}(?:the|this|a|an|any)\s{1,3}"
     r"(?:online\s{1,3})?(?:marketplace|middle\s?man|agency|platform|app|site)\b"),
    r"(?:mail|post|send)\s{1,3}(?:you|u)\s{1,3}a\s{1,3}(?:check|cheque)\b",
    # "is there a website where I can see your work? or your instagram maybe?"
    (r"(?:is\s{1,3}there|do\s{1,3}(?:you|u)\s{1,3}have)\s{1,3}an?\s{1,3}(?:web\s?site|"
     r"instagram|insta|facebook\s{1,3}page|portfolio\s{1,3}site)\s{1,3}where\s{1,3}(?:i|we)"
     r"\s{1,3}(?:can|could)\s{1,3}(?:see|look|check|find|view)\b"),
    (r"or\s{1,3}(?:your|ur)\s{1,3}(?:insta(?:gram)?|ig|facebook|fb|tik\s?tok|whats\s?app|"
     r"e-?mail|number)\s{0,3}(?:maybe|perhaps|then)?\s{0,2}\?"),
    # "pop your contact details into the zip file": the detail hidden in a delivered file
    (r"(?:put|pop|add|include|leave|write|hide|slip)\s{1,3}(?:your|ur)\s{1,3}(?:contact\s{1,3}"
     r"(?:details|info)|(?:phone\s{1,3})?number|e-?mail(?:\s{1,3}address)?)\s{1,3}(?:in|into|"
     r"inside|on)\s{1,3}(?:the|a)\s{1,3}(?:zip|pdf|file|attachment|document|doc|readme|folder)"
     r"\b"),
    # "what's your full name? I'd like to look you up", "leave a review elsewhere"
    (r"(?:your|ur)\s{1,3}(?:full|real|last|sur)\s{0,3}name\s{0,3}[?.!]\s{0,3}(?:[\w']+\s{1,3}){0,4}?"
     r"look\s{1,3}(?:you|u)\s{1,3}up\b"),
    # "contact me through the form on our website", "write to us via my site"
    (r"(?:contact|reach|message|write\s{1,3}to|e-?mail)\s{1,3}(?:me|us)\s{1,3}(?:\w+\s{1,3}){0,4}?"
     r"(?:on|through|via)\s{1,3}(?:my|our)\s{1,3}(?:own\s{1,3})?(?:web\s?site|site|homepage)\b"),
    # "let's carry on somewhere else", "seguimos por otro lado", "schreiben wir woanders weiter",
    # "on discute ailleurs ?", "vamos falar noutro lugar": the talk moved off, first person plural
    (r"(?:let'?s|(?:can|could|shall|should)\s{1,3}we|we\s{1,3}(?:can|could|should))\s{1,3}"
     r"(?:talk|chat|continue|carry\s{1,3}on|keep\s{1,3}talking|move\s{1,3}(?:this|it)|"
     r"take\s{1,3}(?:this|it))\s{1,3}(?:somewhere\s{1,3}else|elsewhere)\b"),
    (r"(?:hablamos|hablemos|seguimos|sigamos|continuamos|continuemos|escribimos|charlamos|"
     r"hablar|seguir|continuar|conversar|falar|conversamos|falamos|papear)\s{1,3}(?:\w+\s{1,3})?"
     r"(?:(?:por|en|em|num|por\s{1,3}un|de)\s{1,3}otr[oa]|(?:por|em|num|de)\s{1,3}outr[oa]|"
     r"noutr[oa])\s{1,3}(?:lado|sitio|lugar|parte|canal|s[ií]tio)\b"),
    (r"(?:woanders|anderswo|wo\s{1,3}anders|sonst\s?wo)\s{1,3}(?:weiter\s{0,3})?(?:zu\s{1,3})?"
     r"(?:schreiben|reden|sprechen|chatten|quatschen|besprechen|weiterschreiben|weiterreden)\b"),
    (r"(?:on\s{1,3}(?:continue|parle|discute|poursuit|se\s{1,3}parle|s'[ée]crit)|continuons|"
     r"parlons|discutons|[ée]crivons-nous|poursuivons)\s{1,3}ailleurs\b"),
    # "write me directly next time instead of here", "schreib mir direkt statt über die App",
    # "écrivez-moi plutôt directement qu'ici", "fale comigo diretamente em vez de ser por aqui"
    (r"(?:directly|directamente|direkt|directement|diretamente|direto)\s{0,3},?\s{0,2}"
     r"(?:[\w']+\s{1,3}){0,4}?(?:instead\s{1,3}of|rather\s{1,3}than|than|statt|anstatt|"
     r"en\s{1,3}vez\s{1,3}de|en\s{1,3}lugar\s{1,3}de|em\s{1,3}vez\s{1,3}de|ao\s{1,3}inv[ée]s"
     r"\s{1,3}de|au\s{1,3}lieu\s{1,3}de|que|qu')\s{0,3}(?:[\w']+\s{1,3}){0,3}?(?:here|ici|"
     r"aqu[ií]|hier|(?:this|the|esta|la|cette|l'|diese[rnm]?|die|der|a|o|desta|dessa|essa|pel[ao])"
     r"\s{0,3}"
     r"(?:app|appli|application|aplicaci[oó]n|aplica[cç][aã]o|aplicativo|plataforma|platform|"
     r"plattform|plateforme|site|chat|messagerie|portal))\b"),
    # "without the agency in the middle", "directement, sans passer par l'agence",
    # "direto, sem a agência no meio": the party that arranged the work left out
    (r"(?:without|sans|sin|sem|ohne)\s{1,3}(?:(?:going|passer|pasar|passar|ir)\s{1,3}"
     r"(?:through|par|por|pel[ao]|via|[uü]ber)\s{1,3})?(?:the\s{1,3}|l'|la\s{1,3}|le\s{1,3}|"
     r"a\s{1,3}|o\s{1,3}|die\s{1,3}|den\s{1,3}|el\s{1,3})?(?:agency|agence|agencia|ag[eê]ncia|"
     r"agentur|platform|plataforma|plateforme|plattform|middle\s?man|vermittlung)\s{1,3}"
     r"(?:in\s{1,3}the\s{1,3}middle|in\s{1,3}between|au\s{1,3}milieu|no\s{1,3}meio|"
     r"en\s{1,3}(?:el\s{1,3})?medio|dazwischen|in\s{1,3}der\s{1,3}mitte)\b"),
    (r"(?:directly|direct|directamente|direkt|directement|diretamente|direto)\s{0,3},?\s{0,2}"
     r"(?:without|sans|sin|sem|ohne)\s{1,3}(?:(?:going|passer|pasar|passar|ir)\s{1,3}"
     r"(?:through|par|por|pel[ao]|via|[uü]ber)\s{1,3})?(?:the\s{1,3}|l'|la\s{1,3}|le\s{1,3}|"
     r"a\s{1,3}|o\s{1,3}|die\s{1,3}|den\s{1,3}|el\s{1,3})?(?:agency|agence|agencia|ag[eê]ncia|"
     r"agentur|platform|plataforma|plateforme|plattform|vermittlung)\b"),
    # "do you have a page I can see that's not on here?": a presence outside the platform
    (r"(?:do\s{1,3}(?:you|u)\s{1,3}have|have\s{1,3}(?:you|u)\s{1,3}got|(?:you|u)\s{1,3}got|"
     r"is\s{1,3}there)\s{1,3}(?:an?|any|some)\s{1,3}[^.?!]{0,50}?\b(?:not\s{1,3}on\s{1,3}here|"
     r"off\s{1,3}(?:of\s{1,3})?here|outside\s{1,3}(?:of\s{1,3})?(?:here|this\s{1,3}(?:app|"
     r"site|platform))|other\s{1,3}than\s{1,3}(?:here|this\s{1,3}(?:app|site|platform)))\b"),
    # "I'd rather drop by in person than keep messaging here"
    (r"rather\s{1,3}(?:[\w']+\s{1,3}){0,2}?(?:come|drop|pop|swing|stop|meet|visit|call|phone|"
     r"ring|see\s{1,3}you)\b[^.?!]{0,40}?\bthan\s{1,3}(?:to\s{1,3})?(?:keep\s{1,3})?"
     r"(?:messaging|chatting|writing|texting|talking|typing)\s{1,3}(?:on\s{1,3}|in\s{1,3})?"
     r"(?:here|(?:this|the)\s{1,3}(?:app|site|platform|chat))\b"),
    # "I'll call you directly", "can I phone you privately?": a call, the product has none
    (r"(?:call|ring|phone|sms|whats\s?app|facetime)\s{1,3}(?:you|u)\s{1,3}(?:directly|privately|"
     r"personally|outside\b|off\s{1,3}(?:the\s{1,3})?(?:app|site|platform))"),
    # "could I contact you directly?", "how can she reach you privately?"
    (r"(?:can|could|may|might|how\s{1,3}(?:can|could|do|should))\s{1,3}(?:(?:i|we|she|he|they|"
     r"my\s{1,3}\w{2,12})\s{1,3})?(?:(?:just|maybe|perhaps|also|then)\s{1,3}){0,2}(?:contact|reach|"
     r"e-?mail|write\s{1,3}to|get\s{1,3}in\s{1,3}touch\s{1,3}with|get\s{1,3}hold\s{1,3}of)"
     r"\s{1,3}(?:you|u)\s{1,3}(?:directly|privately|personally|outside)\b"
     r"(?!\s{1,3}(?:through|via|on|in|here|from)\b)"),
    # "give them a way to call you", "is there a way to contact you directly?"
    (r"(?:a|some|any|another|other)\s{1,3}(?:\w+\s{1,3})?way\s{1,3}(?:to|(?:i|we|they|she|he)"
     r"\s{1,3}(?:can|could))\s{1,3}(?:(?:call|ring|phone|facetime)\s{1,3}(?:you|u)\b|"
     r"(?:contact|reach|get\s{1,3}(?:hold\s{1,3}of|in\s{1,3}touch\s{1,3}with)|talk\s{1,3}to|"
     r"e-?mail|text)\s{1,3}(?:you|u)\s{1,3}(?:directly|privately|personally|outside|without)\b)"
     r"(?!\s{1,3}(?:through|via|on|in|from|here)\b)"),
    # "maybe we could just text?", "let's call instead", "can we facetime?"
    (r"(?:let'?s|we\s{1,3}(?:can|could|should)|(?:can|could|shall|should)\s{1,3}(?:we|i))\s{1,3}"
     r"(?:(?:just|maybe|perhaps|also|then|simply)\s{1,3}){0,2}(?:text|call|phone|ring|facetime|"
     r"whats\s?app|sms)(?:\s{1,3}(?:each\s{1,3}other|instead|directly|sometime|tonight|later|"
     r"tomorrow))?(?=\s{0,3}(?:[?!.,;]|$|or\b))"),
    # "we can sort the deposit privately", "pay the rest privately"
    (r"(?:sort|settle|arrange|pay|organi[sz]e|handle|finali[sz]e)\s{1,3}(?:(?:it|this|that|things|"
     r"everything|out|(?:the|a|your|my)\s{1,3}(?:rest|deposit|payment|balance|money|invoice|fee|"
     r"bill|deal|price|job))\s{1,3}){0,2}privately\b"),
    # "WhatsApp is easier for me", "WhatsApp es más cómodo para mí", "WhatsApp ist einfacher für
    # mich", "WhatsApp c'est plus simple pour moi", "o zap é mais fácil pra mim"
    (r"(?:whats\s?app|wasap|guasap|wsp|wpp|wa|zap|telegram|signal|sms|insta(?:gram)?|messenger|"
     r"viber|wechat)(?:'s|\s{1,3}(?:is|would\s{1,3}be|works|es|me\s{1,3}(?:es|resulta)|ist|est|"
     r"c'est|[ée]|fica))\s{1,3}(?:(?:much|way|so|a\s{1,3}lot|mucho|viel|bien|beaucoup|muito|bem)"
     r"\s{1,3})?(?:easier|better|faster|quicker|simpler|more\s{1,3}convenient|m[aá]s\s{1,3}"
     r"(?:f[aá]cil|c[oó]modo|r[aá]pido|pr[aá]ctico|sencillo)|einfacher|bequemer|schneller|"
     r"praktischer|plus\s{1,3}(?:simple|pratique|rapide|facile)|mais\s{1,3}(?:f[aá]cil|"
     r"pr[aá]tico|r[aá]pido|simples))\s{1,3}(?:for\s{1,3}(?:me|us)|para\s{1,3}m[ií]|"
     r"pra\s{1,3}mim|para\s{1,3}mim|f[uü]r\s{1,3}(?:mich|uns)|pour\s{1,3}moi)\b"),
    # "where's best to reach you?", "me fala onde é melhor te chamar", "¿dónde es mejor
    # contactarte?", "où est-ce le plus simple de te joindre ?", "wo erreiche ich dich am besten?"
    (r"where(?:'s|\s{1,3}is|\s{1,3}would\s{1,3}be)\s{1,3}(?:the\s{1,3})?(?:best|easiest|quickest|"
     r"simplest)(?:\s{1,3}(?:place|spot))?\s{1,3}(?:for\s{1,3}me\s{1,3})?to\s{1,3}(?:reach|contact|"
     r"call|text|message|find|ping|write\s{1,3}to|get\s{1,3}hold\s{1,3}of)\s{1,3}(?:you|u)\b"
     r"(?!\s{1,3}(?:on\s{1,3})?(?:here|in\s{1,3}the\s{1,3}app|on\s{1,3}the\s{1,3}(?:app|site|"
     r"platform)))"),
    (r"onde\s{1,3}(?:(?:é|e|seria|fica)\s{1,3})?(?:melhor|mais\s{1,3}f[aá]cil)\s{1,3}"
     r"(?:(?:pra|para)\s{1,3}(?:eu\s{1,3})?)?(?:te|lhe)\s{1,3}(?:chamar|contatar|contactar|ligar|"
     r"achar|encontrar|mandar|escrever)\b"),
    (r"d[oó]nde\s{1,3}(?:es|ser[ií]a)\s{1,3}(?:mejor|m[aá]s\s{1,3}f[aá]cil)\s{1,3}"
     r"(?:contactar|llamar|escribir|localizar|encontrar)(?:te|le)\b"),
    (r"o[uù]\s{1,3}(?:est-ce\s{1,3}(?:que\s{1,3})?)?(?:c'est|il\s{1,3}est|est-il|est-ce)\s{1,3}"
     r"(?:le\s{1,3})?(?:mieux|plus\s{1,3}simple|plus\s{1,3}facile)\s{1,3}(?:de|pour)\s{1,3}"
     r"(?:te|vous)\s{1,3}(?:joindre|contacter|appeler|[ée]crire)\b"),
    (r"w(?:o|ie)\s{1,3}(?:erreiche|kontaktiere|finde)\s{1,3}ich\s{1,3}(?:dich|sie|euch)\s{1,3}am\s{1,3}"
     r"(?:besten|einfachsten|schnellsten)\b(?!\s{1,3}(?:hier|im\s{1,3}chat|[uü]ber\s{1,3}die))"),
    # "ta ligne perso ?", "¿me das tu línea directa?", "sua linha direta": a line of theirs
    (r"(?:ta|votre|tu|sua|tua|teu|seu)\s{1,3}(?:l[ií]nea|linha|ligne)\s{1,3}"
     r"(?:personal|pessoal|directa|direta|directe|priv[ée]e|privada|perso|particular)\b"),
    # "on peut t'appeler direct", "je vous appelle directement", "te llamo directamente",
    # "te ligo direto", "dich direkt anrufen": a call to the person, past the chat
    (r"(?:on|je|nous)\s{1,3}(?:(?:peut|peux|pourrait|pourrais|va|vais|pourra|pourrai|pouvons|"
     r"pourrions)\s{1,3})?(?:t'|te\s{1,3}|vous\s{1,3})(?:appeler|appelle|appellerai|"
     r"t[ée]l[ée]phoner|t[ée]l[ée]phone|contacter|contacte|joindre|joins)\s{1,3}(?:direct|"
     r"directement|en\s{1,3}direct|en\s{1,3}priv[ée]|sur\s{1,3}(?:ton|votre)\s{1,3}(?:portable|"
     r"num[ée]ro|0[67]|t[ée]l[ée]phone))\b"),
    (r"(?:(?:te|le)\s{1,3}(?:(?:puedo|podr[ií]a|voy\s{1,3}a)\s{1,3})?(?:llamo|llamar|contacto|"
     r"contactar|marco)|llamarte|llamarle|contactarte|contactarle)\s{1,3}(?:directo|"
     r"directamente|en\s{1,3}privado|por\s{1,3}privado|al\s{1,3}privado)\b"),
    (r"(?:te|lhe)\s{1,3}(?:(?:posso|vou|poderia)\s{1,3})?(?:ligar|ligo|chamar|chamo|contatar|"
     r"contato|contactar)\s{1,3}(?:direto|diretamente|no\s{1,3}privado|no\s{1,3}pv|"
     r"em\s{1,3}particular)\b"),
    # "if I message you on Insta", "I'll text you on WhatsApp": the writer, on another app
    (r"(?:i|we)(?:'ll|'d|\s{1,3}(?:will|would|can|could|should|shall|might|may|then|also))?"
     r"\s{1,3}(?:just\s{1,3})?(?:message|text|dm|pm|write\s{1,3}to|ping|add|follow|call|contact|"
     r"hit)\s{1,3}(?:you|u|ya)\s{1,3}(?:up\s{1,3})?(?:on|via|over|through|in)\s{1,3}"
     r"(?:the\s{1,3}|your\s{1,3}|ur\s{1,3})?(?:whats\s?app|telegram|signal|insta(?:gram)?|ig|"
     r"snap(?:chat)?|facebook|fb|messenger|discord|skype|viber|wechat|tik\s?tok|linked\s?in|"
     r"the\s{1,3}gram)\b"),
    (r"(?:t'|te\s{1,3}|vous\s{1,3})(?:[ée]cris|[ée]crirai|[ée]crire|envoie\s{1,3}un\s{1,3}"
     r"(?:message|mp|dm|msg)|ajoute|ajouterai|contacte|contacterai)\s{1,3}(?:sur|par|via|en)"
     r"\s{1,3}(?:ton\s{1,3}|votre\s{1,3})?(?:whats\s?app|telegram|signal|insta(?:gram)?|snap(?:chat)?|"
     r"facebook|fb|messenger|discord|tik\s?tok|linked\s?in)\b"),
    (r"(?:ich\s{1,3}(?:schreib\w{0,2}|schick\w{0,2}|adde?|folge|kontaktier\w{0,2})\s{1,3}"
     r"(?:dir|ihnen|dich|sie)|(?:ich|wir)\s{1,3}(?:dir|ihnen|dich|sie))\s{1,3}(?:\w+\s{1,3})?"
     r"(?:auf|per|[uü]ber|via|bei)\s{1,3}(?:whats\s?app|telegram|signal|insta(?:gram)?|"
     r"snap(?:chat)?|facebook|messenger|discord|tik\s?tok|linked\s?in)\b"),
    (r"te\s{1,3}(?:mandar|mando|escrever|escrevo|chamar|chamo|adicionar|adiciono|seguir|sigo)"
     r"\s{1,3}(?:(?:uma\s{1,3})?(?:mensagem|msg|dm|direct)\s{1,3})?(?:no|na|pelo|pela|via)\s{1,3}"
     r"(?:whats\s?app|zap|telegram|signal|insta(?:gram)?|face(?:book)?|messenger|discord|"
     r"tik\s?tok|linked\s?in)\b"),
    # "can i just transfer to your bank?", "te lo transfiero a tu cuenta", "je te vire sur ton
    # compte", "transfiro pra sua conta", "kann ich es auf dein Konto überweisen?": money sent
    # to the person's own account, past the platform's checkout
    (r"i(?:'ll|'d|\s{1,3}(?:can|could|will|would|might|may|shall|should|then|simply))?"
     r"\s{1,3}(?:just\s{1,3})?(?:transfer|wire|e-?transfer|send|pay|deposit)\s{1,3}"
     r"(?:(?!refund|the\s{1,3}refund)[\w']+\s{1,3}){0,2}?(?:to|into)\s{1,3}(?:your|ur|yr)\s{1,3}"
     r"(?:own\s{1,3}|personal\s{1,3}|private\s{1,3})?(?:bank|account|iban|paypal|venmo|revolut|"
     r"zelle|cash\s?app|wise)\b"),
    (r"(?:(?:te|le)\s{1,3}(?:lo\s{1,3}|la\s{1,3})?(?:transfiero|deposito|ingreso|pago|mando|"
     r"env[ií]o|paso)|(?:puedo|podr[ií]a|voy\s{1,3}a)\s{1,3}(?:transferir|depositar|ingresar|"
     r"pagar|mandar)(?:te|le)?(?:lo|la)?)\s{1,3}(?:(?!reembols)[\w']+\s{1,3}){0,2}?(?:a|en)"
     r"\s{1,3}(?:tu|su)\s{1,3}(?:cuenta|paypal|iban)\b"),
    (r"(?:je\s{1,3}(?:te|vous)\s{1,3}(?:(?:le|la|les)\s{1,3})?(?:vire|virerai|verse|verserai|"
     r"paie|paierai|envoie|enverrai|fais\s{1,3}un\s{1,3}virement|ferai\s{1,3}un\s{1,3}virement)|"
     r"(?:je\s{1,3}(?:peux|vais|pourrais|pourrai)|puis-je|on\s{1,3}(?:peut|pourrait))\s{1,3}"
     r"(?:te\s{1,3}|vous\s{1,3})?(?:virer|verser|payer|envoyer))\s{1,3}"
     r"(?:(?!rembours)[\w']+\s{1,3}){0,2}?(?:sur|[àa])\s{1,3}(?:ton|votre)\s{1,3}(?:compte|iban|"
     r"rib|paypal|lydia)\b"),
    (r"(?:(?:te\s{1,3}|lhe\s{1,3})?(?:transfiro|deposito|fa[cç]o\s{1,3}(?:um\s{1,3})?(?:pix|ted|"
     r"transfer[eê]ncia))|(?:posso|vou|poderia)\s{1,3}(?:te\s{1,3}|lhe\s{1,3})?(?:transferir|"
     r"depositar|pagar|mandar))\s{1,3}(?:(?!reembols)[\w']+\s{1,3}){0,2}?(?:na|para\s{1,3}a|pra)"
     r"\s{1,3}(?:tua|sua)\s{1,3}conta\b"),
    (r"(?:ich\s{1,3}(?:[uü]berweise?|zahle?|schicke?|sende)|(?:kann|k[oö]nnte|darf|soll|werde|"
     r"w[uü]rde)\s{1,3}ich)\s{1,3}(?:(?!r[uü]ckerstatt|erstatt)[\w']+\s{1,3}){0,3}?(?:auf|an)"
     r"\s{1,3}(?:dein|ihr)\w{0,2}\s{1,3}(?:konto|bankkonto|paypal|iban)\b"),
    # "ur snap?", "ton insta ?", "teu zap?"
    (r"(?:" + _POSS2 + r")\s{1,3}" + _CH2 + r"(?:\s{0,2}(?:or|/|o|ou|oder)\s{0,2}"
     r"(?:(?:your|ur|ton|tu|teu|seu|dein\w?)\s{1,3})?" + _CH2 + r")?\s{0,2}(?:(?:pls|plz|please|"
     r"then|tho|stp|svp|bitte|porfa|pf|pfv)\s{0,2})?\?"),
    # "any way we can just text each other?", "let's call each other": a text or a call, the
    # product has neither
    (r"(?:let'?s|we\s{1,3}(?:can|could|should|might)|(?:can|could|shall|should)\s{1,3}we|"
     r"way\s{1,3}to)\s{1,3}(?:(?:just|maybe|perhaps|also|then|simply|start)\s{1,3}){0,2}"
     r"(?:text|call|phone|ring|whats\s?app|facetime|sms)(?:ing)?\s{1,3}(?:each\s{1,3}other|"
     r"one\s{1,3}another)\b(?!['\u2019]|\s{1,3}(?:(?:on|in|through|via|over)\s{1,3})?(?:here|(?:the|this)"
     r"\s{1,3}(?:app|site|platform|chat))\b)"),
    # "any other way we could chat?", "a better way to communicate?": the talk itself elsewhere
    (r"(?:another|other|better|easier|quicker|faster|different|simpler)\s{1,3}ways?\s{1,3}"
     r"(?:(?:for\s{1,3}us\s{1,3})?to|(?:that\s{1,3})?(?:i|we)\s{1,3}(?:can|could|might))\s{1,3}"
     r"(?:just\s{1,3})?(?:chat|talk|communicate|keep\s{1,3}in\s{1,3}touch|stay\s{1,3}in\s{1,3}"
     r"touch|get\s{1,3}in\s{1,3}touch|connect|message|text|speak)(?:\s{1,3}(?:with|to)\s{1,3}"
     r"(?:you|u|each\s{1,3}other)|\s{1,3}each\s{1,3}other)?(?=\s{0,3}(?:[?!.,;]|$|or\b|than\b|"
     r"outside\b|instead\b))"),
    (r"(?:otra|otro)\s{1,3}(?:forma|manera|v[ií]a|modo|medio)\s{1,3}de\s{1,3}(?:hablar|"
     r"comunicarnos|hablarnos|escribirnos|contactarnos|chatear|conversar|que\s{1,3}nos\s{1,3}"
     r"(?:escribamos|hablemos|comuniquemos))(?:\s{1,3}(?:contigo|con\s{1,3}usted|con\s{1,3}vos))?"
     r"(?=\s{0,3}(?:[?!.,;]|$|que\b|fuera\b|sin\b))"),
    (r"(?:outr[oa])\s{1,3}(?:jeito|forma|maneira|meio)\s{1,3}(?:d[ae]\s{1,3}a\s{1,3}gente|"
     r"da\s{1,3}gente|de\s{1,3}n[oó]s|de|pra|para)\s{1,3}(?:se\s{1,3}|nos\s{1,3})?(?:falar|"
     r"conversar|comunicar|falarmos|conversarmos|comunicarmos|contatar|falar\s{1,3}(?:contigo|"
     r"com\s{1,3}(?:voc[eê]|vc)))(?=\s{0,3}(?:[?!.,;]|$|sem\b|fora\b))"),
    (r"autre\s{1,3}(?:moyen|fa[cç]on|mani[eè]re)\s{1,3}(?:de|pour)\s{1,3}(?:discuter|"
     r"communiquer|se\s{1,3}parler|nous\s{1,3}parler|se\s{1,3}contacter|[ée]changer|"
     r"s'[ée]crire|nous\s{1,3}[ée]crire)(?=\s{0,3}(?:[?!.,;]|$|qu))"),
    (r"(?:andere[nr]?|schnellere[nr]?|einfachere[nr]?|bessere[nr]?)\s{1,3}(?:weg|m[oö]glichkeit|"
     r"kanal)\s{0,3},?\s{0,3}(?:um\s{1,3})?(?:uns\s{1,3})?(?:zu\s{1,3})?(?:schreiben|chatten|"
     r"kommunizieren|austauschen|unterhalten)(?=\s{0,3}(?:[?!.,;]|$))"),
    # "falar contigo sem ser por aqui", "hablar contigo que no sea por aquí", "te parler
    # autrement que par ici", "dich anders als über die App erreichen", "reach you other than
    # through here": the talk anywhere but here
    (r"(?:falar|conversar|contatar|contactar|chamar|ligar|pagar|combinar|acertar|comunicar|"
     r"encontrar|achar|jeito|forma|maneira|meio|como)\w{0,3}(?:\s{1,3}(?:com\s{1,3})?(?:contigo|comigo|"
     r"voc[eê]|vc|tigo|o\s{1,3}senhor|a\s{1,3}senhora|a\s{1,3}gente))?\s{1,3}sem\s{1,3}ser"
     r"\s{1,3}(?:por\s{1,3}(?:aqui|c[aá])|(?:pelo|pela|no|na|por|via)\s{1,3}(?:(?:este|esta|esse|"
     r"essa)\s{1,3})?(?:app|aplicativo|site|plataforma|chat))\b"),
    (r"(?:hablar|contactar|escribir|llamar|pagar|comunicar|localizar|forma|manera)\w{0,4}"
     r"(?:\s{1,3}(?:contigo|con\s{1,3}usted|con\s{1,3}vos))?\s{1,3}(?:que\s{1,3}no\s{1,3}sea|"
     r"sin\s{1,3}ser|aparte\s{1,3}de|adem[aá]s\s{1,3}de)\s{1,3}(?:por\s{1,3})?(?:aqu[ií]|ac[aá]|"
     r"(?:la|esta)\s{1,3}(?:app|plataforma|p[aá]gina|web))\b"),
    (r"(?:parler|contacter|joindre|[ée]crire|appeler|payer|discuter|r[ée]gler|moyen)\s{1,3}"
     r"(?:\w+\s{1,3})?(?:autrement\s{1,3}que|ailleurs\s{1,3}qu(?:e\s{1,3}|'))\s{0,3}"
     r"(?:par\s{1,3}ici|ici|(?:par|sur|via)\s{1,3}(?:l'|la\s{1,3}|le\s{1,3}|cette\s{1,3})?"
     r"(?:appli|app|plateforme|site))"),
    (r"(?:anders\s{1,3}als|au(?:ß|ss)er)\s{1,3}(?:hier|(?:[uü]ber|auf|in)\s{1,3}(?:die|der|diese|"
     r"dieser)\s{1,3}(?:app|plattform|seite))\s{1,3}(?:zu\s{1,3})?(?:erreichen|kontaktieren|"
     r"anschreiben|anrufen|sprechen|schreiben|bezahlen|zahlen|buchen)\b"),
    (r"(?:reach|contact|talk\s{1,3}to|chat\s{1,3}(?:with|to)|message|text|call|pay|book|hire|"
     r"speak\s{1,3}(?:with|to)|get\s{1,3}(?:hold\s{1,3}of|in\s{1,3}touch\s{1,3}with))\s{1,3}"
     r"(?:you|u)\s{1,3}(?:other\s{1,3}than|besides|apart\s{1,3}from|except)\s{1,3}"
     r"(?:(?:through|on|via|in|using)\s{1,3})?(?:here|(?:this|the)\s{1,3}(?:app|site|chat|"
     r"platform))\b"),
    # "¿podemos hablar por mensaje normal?", "nos escribamos por WhatsApp"
    (r"(?:podemos|podr[ií]amos|pod[eé]s|quieres|prefieres|que\s{1,3}nos\s{1,3}(?:escribamos|"
     r"hablemos|llamemos|comuniquemos))\s{1,3}(?:(?:hablar|seguir|continuar|escribirnos|"
     r"hablarnos|comunicarnos)\s{1,3})?(?:por|al|v[ií]a)\s{1,3}" + _CHANNEL),
    # "What email should I send the contract to?", "¿a qué correo te lo mando?", "an welche
    # Mail-Adresse soll ich…", "à quelle adresse mail je t'envoie…", "para qual email eu mando…":
    # the address asked for by the thing to be sent there (not "what email template…")
    (r"(?:what|which)\s{1,3}(?:e-?mail(?:\s{1,3}address)?|(?:phone\s{1,3}|cell\s{1,3}|mobile"
     r"\s{1,3})?number|whats\s?app)\s{1,3}(?:should|shall|do|can|could|would|will)\s{1,3}"
     r"(?:i|we)\s{1,3}(?:(?:just|then|best)\s{1,3})?(?:send|forward|e-?mail|mail|text|call|ring|"
     r"reach|contact|whats\s?app|write)\b"),
    (r"a\s{1,3}(?:qu[eé]|cu[aá]l)\s{1,3}(?:correo|e-?mail|mail|n[uú]mero|whats(?:app)?|"
     r"tel[eé]fono|celular|m[oó]vil)(?!\s{1,3}de\b)\s{1,3}(?:[\w'-]+\s{1,3}){0,3}?(?:mando|"
     r"env[ií]o|mandar|enviar|escribo|escribir|llamo|llamar|reenv[ií]o)\b"),
    (r"(?:an|auf|unter)\s{1,3}welche[rn]?\s{1,3}(?:e-?mail(?:-?adresse)?|mail(?:-?adresse)?|"
     r"(?:handy|telefon)?nummer)\s{1,3}(?:soll|kann|darf|k[oö]nnte)\s{1,3}(?:ich|wir)\b"),
    (r"(?:[àa]|sur)\s{1,3}quel(?:le)?\s{1,3}(?:adresse\s{1,3}(?:e-?)?mail|adresse\s{1,3}"
     r"courriel|e-?mail|mail|num[ée]ro|courriel)(?!\s{1,3}de\b)\s{1,3}(?:[\w'-]+\s{1,3}){0,3}?"
     r"(?:envoie|envoyer|envoyez|appelle|appeler|[ée]cri\w{0,3}|joindre|contacter|"
     r"transf[eè]re\w{0,2})\b"),
    (r"(?:para|pra|em|no|a)\s{1,3}(?:qual|que)\s{1,3}(?:e-?mail|n[uú]mero|whats(?:app)?|zap|"
     r"celular|telefone)(?!\s{1,3}de\b)\s{1,3}(?:[\w'-]+\s{1,3}){0,3}?(?:mando|envio|mandar|"
     r"enviar|ligo|ligar|chamo|chamar|escrevo|escrever|encaminho)\b"),
    # "Schicken Sie mir einfach, wie ich Sie erreichen kann", "just tell me how I can reach
    # you", "dime cómo puedo contactarte", "dis-moi comment te joindre", "me diz como posso
    # falar com você": the way to reach the other person asked for
    (r"(?:(?:tell|send|show|write|give)\s{1,3}me|let\s{1,3}me\s{1,3}know|lmk)\s{1,3}"
     r"(?:(?:just|simply|quickly|please)\s{1,3})?,?\s{0,2}how\s{1,3}(?:i|we)\s{1,3}(?:can|could|"
     r"should|might)\s{1,3}(?:best\s{1,3})?(?:reach|contact|call|text|get\s{1,3}hold\s{1,3}of|"
     r"get\s{1,3}in\s{1,3}touch\s{1,3}with)\s{1,3}(?:you|u)\b"),
    (r"(?:sag|sagen\s{1,3}sie|schick|schicken\s{1,3}sie|schreib|schreiben\s{1,3}sie|gib|"
     r"geben\s{1,3}sie)\s{1,3}mir\s{1,3}(?:(?:einfach|doch|kurz|mal|bitte|gern|gerne)\s{0,3},?"
     r"\s{1,3}){0,2},?\s{0,2}wie\s{1,3}(?:ich|wir)\s{1,3}(?:dich|sie|euch)\s{1,3}(?:\w+\s{1,3}){0,2}"
     r"(?:erreichen|kontaktieren|anrufen)\b"),
    (r"(?:dime|d[ií]game|escr[ií]beme|m[aá]ndame|av[ií]same)\s{1,3}(?:\w+\s{1,3})?,?\s{0,2}"
     r"c[oó]mo\s{1,3}(?:puedo|podemos|podr[ií]a)\s{1,3}(?:contactarte|contactarle|localizarte|"
     r"localizarle|llamarte|llamarle|escribirte|hablar\s{1,3}contigo|comunicarme\s{1,3}contigo)"),
    (r"(?:dis|dites|envoie|envoyez|[ée]cris|[ée]crivez)[- ]moi\s{1,3}(?:\w+\s{1,3})?,?\s{0,2}"
     r"comment\s{1,3}(?:je\s{1,3}(?:peux|pourrais)\s{1,3})?(?:te\s{1,3}|vous\s{1,3}|t')"
     r"(?:joindre|contacter|appeler|[ée]crire)"),
    (r"(?:me\s{1,3}(?:diz|diga|fala|manda|conta)|diz-me|diga-me)\s{1,3}(?:\w+\s{1,3})?,?\s{0,2}"
     r"como\s{1,3}(?:eu\s{1,3})?(?:posso|consigo|podemos)\s{1,3}(?:te\s{1,3}|lhe\s{1,3})?"
     r"(?:falar\s{1,3}com\s{1,3}(?:voc[eê]|vc|o\s{1,3}senhor|a\s{1,3}senhora)|contatar|"
     r"contactar|ligar|chamar|encontrar|achar)"),
    # "I'd rather order straight from there next time", "comprar directamente en tu web",
    # "direkt über deine Website bestellen", "commander directement sur ton site", "comprar
    # direto no seu site": the next order placed on the seller's own site
    (r"(?:order|buy|purchas|shop|book)\w{0,3}\s{1,3}(?:(?:it|them|stuff|things)\s{1,3})?"
     r"(?:straight|direct(?:ly)?)\s{1,3}(?:from|through|on|via|off)\s{1,3}(?:there|you|u|"
     r"your\s{1,3}(?:\w+\s{1,3})?(?:site|website|web\s?shop|shop|store|page))\b"),
    (r"(?:compr|ped|encarg|reserv)\w{1,4}\s{1,3}(?:directamente|directo)\s{1,3}(?:en|de|desde|"
     r"por|a)\s{1,3}(?:ti|usted|ah[ií]|all[ií]|tu\s{1,3}(?:\w+\s{1,3})?(?:web|p[aá]gina|tienda|"
     r"sitio))\b"),
    # the verb after ("direkt bei dir bestellen") or before ("bestelle ich direkt bei dir")
    (r"(?:(?:bestell|kauf|buch)\w{0,3}\s{1,3}(?:\w+\s{1,3})?direkt\s{1,3}" + _SELLER_DE + "|"
     r"direkt\s{1,3}" + _SELLER_DE + r"\s{1,3}(?:\w+\s{1,3})?(?:bestellen|kaufen|buchen))\b"),
    (r"(?:command|ach[eè]t|r[ée]serv)\w{1,4}\s{1,3}(?:\w+\s{1,3})?directement\s{1,3}(?:sur\s{1,3}"
     r"(?:ton|votre)\s{1,3}(?:\w+\s{1,3})?(?:site|boutique|page)|chez\s{1,3}(?:toi|vous)|"
     r"aupr[eè]s\s{1,3}de\s{1,3}(?:toi|vous))"),
    (r"(?:compr|ped|encomend|reserv)\w{1,4}\s{1,3}(?:\w+\s{1,3})?(?:direto|diretamente)\s{1,3}"
     r"(?:no\s{1,3}(?:seu|teu)\s{1,3}(?:\w+\s{1,3})?(?:site|perfil)|na\s{1,3}(?:sua|tua)"
     r"\s{1,3}(?:\w+\s{1,3})?(?:loja|p[aá]gina)|com\s{1,3}(?:voc[eê]|vc|tigo|o\s{1,3}senhor|"
     r"a\s{1,3}senhora)|(?:de|da)\s{1,3}(?:voc[eê]|vc))"),
    # "Is your Snapchat the same as your name on here?", "is your insta just your username
    # here?", "Ist dein Insta derselbe Name wie hier?": the handle elsewhere is the name here
    (r"(?:is|are)\s{1,3}(?:your|ur)\s{1,3}(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|telegram|"
     r"discord|twitter|facebook|fb|threads|kik|skype|signal|whats\s?app|linked\s?in)(?:\s{1,3}"
     r"(?:handle|name|user\s?name|account|tag|@))?\s{1,3}(?:the\s{1,3}same\s{1,3}(?:as|name|"
     r"handle)|(?:just\s{1,3})?(?:your|ur)\s{1,3}(?:user\s?name|name|handle)\s{1,3}(?:on\s{1,3})?"
     r"here)\b"),
    (r"(?:dein|ihr)\w{0,2}\s{1,3}(?:snap(?:chat)?|insta(?:gram)?|tik\s?tok|telegram|discord|"
     r"facebook)(?:-?(?:name|account|konto|profil))?\s{1,3}(?:\w+\s{1,3}){0,2}?(?:derselbe|"
     r"dasselbe|der\s{1,3}(?:selbe|gleiche)|gleich|genauso)\w{0,2}\s{1,3}(?:\w+\s{1,3}){0,2}?"
     r"wie\s{1,3}hier\b"),
    # "can we hop on a quick zoom?", "jump on a FaceTime later": a call on an app of their own
    (r"(?:hop|jump|get)\s{1,3}on\s{1,3}(?:a|an)\s{1,3}(?:(?:quick|short|brief|fast)\s{1,3})?"
     r"(?:face\s?time|" + _ZOOM + r"|skype|google\s?meet|whats\s?app|signal|telegram|discord|"
     r"(?:ms\s{1,3})?teams|viber)\b"),
    # "can we use Skype for the walkthrough?", "could we do Google Meet instead?"
    (r"(?:can|could|shall|should)\s{1,3}we\s{1,3}(?:just\s{1,3})?(?:use|do|try|go\s{1,3}with)"
     r"\s{1,3}(?:face\s?time|" + _ZOOM + r"|skype|google\s?meet|whats\s?app|signal|telegram|"
     r"discord|viber|messenger|(?:ms\s{1,3})?teams)\b(?!\s{1,3}(?:api|business\s{1,3}api|"
     r"integration|bot|sdk|webhooks?|templates?|notifications?|login|sign[- ]?in)\b)"),
    # "Is WhatsApp okay for you?", "ist Signal für dich ok?", "Telegram ça te va ?", "¿te va
    # bien por WhatsApp?", "pode ser pelo zap?": a messenger proposed as a question
    (r"(?:is|would)\s{1,3}" + _MSGR + r"\s{1,3}(?:be\s{1,3})?(?:ok(?:ay)?|fine|alright|"
     r"all\s{1,3}right|good|easier|possible)(?:\s{1,3}(?:for|with)\s{1,3}(?:you|u))?(?=\s{0,2}\?)"),
    (r"(?:ist|w[aä]re)\s{1,3}" + _MSGR + r"\s{1,3}(?:f[uü]r\s{1,3}(?:dich|sie|euch)\s{1,3})?"
     r"(?:ok(?:ay)?|in\s{1,3}ordnung|recht|einfacher)\b"),
    _MSGR + r"\s{1,3}(?:[çc]a|cela)\s{1,3}(?:te|vous)\s{1,3}(?:va|convient|irait)\b",
    (r"(?:te|le|les)\s{1,3}(?:va|viene|sirve|parece)\s{1,3}(?:bien\s{1,3})?(?:por|en|usar)"
     r"\s{1,3}" + _MSGR + r"\b"),
    (r"(?:pode\s{1,3}ser|tudo\s{1,3}bem|t[aá]\s{1,3}bom|fica\s{1,3}bom)\s{1,3}(?:pelo|pela|no|na|"
     r"por)\s{1,3}" + _MSGR + r"(?=\s{0,2}\?)"),
    # "give me a way to reach you after hours"
    (r"(?:give|send|tell|share)\s{1,3}(?:me|us|him|her|them)\s{1,3}(?:a|some|any|another)"
     r"\s{1,3}way\s{1,3}to\s{1,3}(?:reach|contact|call|text|message|get\s{1,3}hold\s{1,3}of)"
     r"\s{1,3}(?:you|u)\b"),
    # "let's wrap this up somewhere the fees don't bite", "shall we settle it elsewhere?"
    (r"(?:let'?s|can\s{1,3}we|could\s{1,3}we|shall\s{1,3}we|we\s{1,3}(?:can|could|should))"
     r"\s{1,3}(?:just\s{1,3})?(?:finish|wrap|settle|sort|close|agree)\s{1,3}(?:this|it|things|"
     r"the\s{1,3}(?:deal|rest|price))\s{1,3}(?:up\s{1,3}|out\s{1,3})?(?:somewhere|elsewhere|"
     r"someplace)\b"),
    # "shall we hop over to a proper chat app?", "move us to an actual messenger": an app of
    # its own kind named instead of its name
    (r"(?:move|take|switch|go|hop|jump|shift|head|continue|carry\s{1,3}on)\s{1,3}(?:(?:this|it|"
     r"things|us|the\s{1,3}(?:chat|conversation))\s{1,3})?(?:over\s{1,3})?(?:to|onto|on|in)\s{1,3}"
     r"(?:an?\s{1,3})?(?:real|proper|normal|regular|decent|actual|different|another|other|"
     r"better)\s{1,3}(?:messaging|chat(?:ting)?|messenger|texting|text)\s{0,3}(?:app|service)?\b"),
    # "hop into my dms", "get in the dms": private messages on a social app
    (r"(?:slide|hop|get|come)\s{1,3}(?:in(?:to)?|to)\s{1,3}(?:my|the|ur|your)\s{1,3}dms?\b"),
    # "e-mail me your contact info", "mail me and we can go over the quote": the reply asked for by
    # mail, with a detail or a next step
    (r"(?:e[-\s]?mail|mail)\s{1,3}me\s{1,3}(?:(?:your|ur|yr)\s{1,3}(?:contact\s{1,3})?(?:details|"
     r"deets|info|number|address|digits)|and\s{1,3}(?:we|i)(?:'ll|\s{1,3}will|\s{1,3}can)\b)"),
    # "next time we'll just sort it out directly", "da próxima vez a gente combina direto",
    # "la próxima vez lo arreglamos directamente", "nächstes Mal regeln wir das direkt", "la
    # prochaine fois on s'arrange directement": the next jobs arranged without the app (not
    # "directly with the supplier", "direto para o cliente": a third party or a place)
    (r"(?:next\s{1,3}time|from\s{1,3}now\s{1,3}on|going\s{1,3}forward|in\s{1,3}future)"
     r"\s{0,3},?\s{0,3}(?:we|let'?s|we'll)\s{1,3}(?:(?:can|could|should|will|just|simply)\s{1,3})"
     r"{0,2}(?:arrange|sort|settle|deal|handle|organi[sz]e|work|coordinate|agree|do)\w{0,3}"
     r"\s{1,3}(?:(?:it|this|that|things|everything|the\s{1,3}\w+)\s{1,3})?(?:out\s{1,3})?"
     r"(?:just\s{1,3})?directly\b(?!\s{1,3}(?:with|to|from|through|on|in|via|at)\b)"),
    (r"(?:(?:d|n)as?\s{1,3}pr[oó]xim[ao]s?(?:\s{1,3}(?:vez|vezes|servi[cç]os?|trabalhos?|"
     r"encomendas?|pedidos?))?|daqui\s{1,3}(?:pra|para)\s{1,3}(?:frente|diante)|a\s{1,3}partir"
     r"\s{1,3}de\s{1,3}agora)\s{0,3},?\s{0,3}(?:a\s{1,3}gente|n[oó]s|eu\s{1,3}e\s{1,3}"
     r"(?:voc[eê]|vc|tu))\s{1,3}(?:(?:j[aá]|s[oó]|pode|podemos)\s{1,3})?(?:combin|acert|fech|"
     r"resolv|negoci|trat|organiz|agend|marc|ajeit)\w{0,5}\s{1,3}(?:(?:tudo|isso|o\s{1,3}\w+)"
     r"\s{1,3})?(?:direto|diretamente|entre\s{1,3}n[oó]s)\b(?!\s{1,3}(?:com|para|pra|n[oa]|"
     r"pel[oa]|ao|[àa])\b)"),
    (r"(?:la\s{1,3}pr[oó]xima(?:\s{1,3}vez)?|de\s{1,3}ahora\s{1,3}en\s{1,3}adelante|a\s{1,3}"
     r"partir\s{1,3}de\s{1,3}ahora)\s{0,3},?\s{0,3}(?:(?:lo|la|los|las|nos)\s{1,3})?(?:arregl|"
     r"organiz|coordin|combin|acord|cuadr|gestion|cerr|resolv|tratam)\w{0,5}\s{1,3}(?:(?:todo|"
     r"esto|eso)\s{1,3})?(?:directamente|directo|entre\s{1,3}nosotros)\b(?!\s{1,3}(?:con|a|al|"
     r"en|desde|por)\b)"),
    (r"(?:(?:beim\s{1,3})?n[aä]chste[ns]?\s{1,3}mal|k[uü]nftig|in\s{1,3}zukunft|ab\s{1,3}jetzt)"
     r"\s{0,3},?\s{0,3}(?:regeln|machen|kl[aä]ren|organisieren|vereinbaren|abwickeln|"
     r"besprechen)\s{1,3}wir\s{1,3}(?:(?:das|es|alles|dann|einfach|lieber|den\s{1,3}\w+)"
     r"\s{1,3}){0,3}direkt\b(?!\s{1,3}(?:mit|bei|an|[uü]ber|im|in|auf|vor)\b)"),
    (r"(?:la\s{1,3}prochaine\s{1,3}fois|d[ée]sormais|[àa]\s{1,3}l'avenir|[àa]\s{1,3}partir"
     r"\s{1,3}de\s{1,3}maintenant)\s{0,3},?\s{0,3}(?:on|nous)\s{1,3}(?:s'|nous\s{1,3})?"
     r"(?:arrang|organis|r[èe]gl|g[èe]r|voi|cal)\w{0,4}\s{1,3}(?:(?:[çc]a|tout|cela)\s{1,3})?"
     r"(?:directement|en\s{1,3}direct|entre\s{1,3}nous)\b(?!\s{1,3}(?:avec|[àa]|au|aux|chez|"
     r"sur|par|via)\b)"),
    # "direto, sem a taxa do app", "directly, without the platform fee", "directement, sans les
    # frais de l'appli": going direct said with the platform's fee left out
    (r"(?:directly|direct|directamente|directo|direkt|directement|diretamente|direto)\s{0,3},?"
     r"\s{0,3}(?:[\w']+\s{1,3}){0,3}?(?:without|sin|sans|ohne|sem)\s{1,3}(?:paying\s{1,3})?"
     r"(?:(?:the|any|la|las|le|les|die|a|as|o|os|el|los|essa|essas|esa|esas|ces)\s{1,3})?"
     r"(?:(?:(?:app|platform|site|service|booking)(?:'s)?\s{1,3}(?:fees?|cut|commission|"
     r"markup))|(?:taxas?|comiss(?:[aã]o|[oõ]es)|comisi(?:[oó]n|ones)|commissions?|fees?|frais|"
     r"geb[uü]hr(?:en)?|provision|tarifas?|cut)\s{1,3}(?:do|da|de\s{1,3}la|del|de\s{1,3}l'|der|"
     r"des|of\s{1,3}the|de)\s{1,3}(?:app|aplicativo|appli|aplicaci[oó]n|plataforma|plateforme|"
     r"plattform|platform|site|seite))\b"),
    # "¿podemos organizarnos directamente?", "on s'arrange directement ?", "können wir das
    # direkt unter uns regeln?", "can we sort this out between us?": arranged without the app
    (r"(?:podemos|podr[ií]amos|vamos\s{1,3}a|queres|quieres|prefieres|podemos\s{1,3}nos)\s{1,3}"
     r"(?:organiz|arregl|gestion|coordin|combin|acert|cuadr)\w{1,5}\s{1,3}(?:\w+\s{1,3})?"
     r"(?:directamente|diretamente|directo|direto|entre\s{1,3}(?:nosotros|n[oó]s))\b"),
    (r"(?:on|nous)\s{1,3}(?:peut\s{1,3}|pourrait\s{1,3}|pourrions\s{1,3})?(?:s'arrange\w{0,3}|"
     r"s'organise\w{0,3}|nous\s{1,3}arranger|nous\s{1,3}organiser|r[ée]gle\w{0,3}\s{1,3}[çc]a)"
     r"\s{1,3}(?:directement|entre\s{1,3}nous)\b"),
    (r"(?:sort|arrange|organi[sz]e|settle|handle|work)\s{1,3}(?:this|it|things|everything|the\s{1,3}"
     r"\w+)\s{1,3}(?:out\s{1,3})?(?:directly\s{1,3})?between\s{1,3}(?:us|ourselves|the\s{1,3}two"
     r"\s{1,3}of\s{1,3}us|you\s{1,3}and\s{1,3}me)\b"),
    # "Schick mir lieber eine Mail": another channel preferred, in German word order
    (r"(?:schick|schreib|send)\w{0,2}\s{1,3}(?:mir|uns)\s{1,3}(?:(?:doch|einfach|bitte|kurz)"
     r"\s{1,3})?(?:lieber|besser|stattdessen)\s{1,3}(?:eine?\s{1,3})?(?:e-?mail|mail|sms|"
     r"whats\s?app|nachricht\s{1,3}(?:per|auf|[uü]ber)\s{1,3}\w+)\b"),
    # "buchen wir dich privat", "zahlen wir bar": the verb first, then the way round the platform
    (r"(?:buchen|machen|regeln|zahlen|bezahlen|abrechnen|abwickeln|beauftragen|kl[aä]ren)"
     r"\s{1,3}wir\s{1,3}(?:(?:dich|sie|euch|das|es|den\s{1,3}rest|doch|einfach|lieber|dann|"
     r"alles)\s{1,3}){0,3}(?:privat|bar|schwarz)\b"),
    (r"(?:buchen|zahlen|bezahlen|abrechnen|abwickeln|beauftragen)\s{1,3}wir\s{1,3}"
     r"(?:(?:dich|sie|euch|das|es|den\s{1,3}rest|doch|einfach|lieber|dann|alles)\s{1,3}){0,3}"
     r"direkt\b"),
    # "drop me an email instead": another channel in place of this chat
    (r"(?:send|drop|shoot|write)\s{1,3}me\s{1,3}(?:an?|a\s{1,3}quick)\s{1,3}(?:e-?mail|text|sms|"
     r"whats\s?app|message\s{1,3}on\s{1,3}\w+)\s{1,3}(?:instead|rather)\b"),
    # "my DMs are open": a private inbox elsewhere offered
    (r"my\s{1,3}(?:dms?|pms?|inbox|direct\s{1,3}messages)\s{1,3}(?:are|is)\s{1,3}"
     r"(?:always\s{1,3})?open\b"),
    # "it'd be easier if we just swapped contacts", "Kontakte austauschen?": the swap said in
    # the past or conditional, the bare "contacts" (not "export contacts between lists")
    (r"(?:swapp(?:ed|ing)|exchang(?:ed|ing)|trad(?:ed|ing))\s{1,3}(?:(?:our|phone)\s{1,3})?"
     r"(?:numbers|contacts|contact\s{1,2}(?:details|info)|details|socials|emails)\b"
     r"(?!\s{1,3}(?:between|in\s{1,3}the|from|of|for|on\s{1,3}the)\b)"),
    (r"(?:exchange|swap|trade)\s{1,3}contacts\b(?!\s{1,3}(?:between|with\s{1,3}the|from|in|to|"
     r"into)\b)"),
    (r"(?:unsere\s{1,3})?kontakte\s{1,3}(?:aus)?tauschen"
     r"(?![^.!?\n]{0,40}\b(?:nicht|nie|kein\w{0,2}|"
     r"verboten|untersagt)\b)"),
    # "is there somewhere we can chat that isn't monitored?", "un sitio donde no nos lean": a
    # place to talk out of the platform's sight
    (r"(?:somewhere|someplace|anywhere|(?:a|any|some)\s{1,3}(?:place|way)|"
     r"alg[uú]n\s{1,3}(?:sitio|lugar)|"
     r"otro\s{1,3}(?:sitio|lugar)|un\s{1,3}(?:endroit|lieu|moyen)|quelque\s{1,3}part|irgendwo|"
     r"woanders|algum\s{1,3}(?:lugar|s[ií]tio)|outro\s{1,3}(?:lugar|s[ií]tio))\b[^.!?\n]{0,30}?"
     r"\b" + _TALK + r"\w{0,4}\b[^.!?\n]{0,30}?" + _UNWATCHED),
    (_TALK + r"\w{0,4}\s{1,3}(?:(?:this|it|things)\s{1,3})?(?:somewhere|someplace|anywhere|"
     r"elsewhere|alg[uú]n\s{1,3}(?:sitio|lugar)|ailleurs|quelque\s{1,3}part|irgendwo|woanders|"
     r"em\s{1,3}algum\s{1,3}lugar)\b[^.!?\n]{0,30}?" + _UNWATCHED),
    (r"(?:chat|talk|speak|message|text|write)\w{0,3}\s{1,3}(?:\w+\s{1,3}){0,2}?(?:unmonitored|"
     r"without\s{1,3}(?:being\s{1,3})?(?:monitored|watched|moderated|tracked|censored)|"
     r"without\s{1,3}(?:the\s{1,3}(?:platform|site|app|admins?|mods?|moderators?)|anyone|someone|"
     r"them)\s{1,3}(?:reading|seeing|monitoring|watching|listening|snooping|tracking|logging|"
     r"filtering))\b"),
    # "¿hay forma de hablar sin que la plataforma lea los mensajes?", "sans que la plateforme
    # lise", "ohne dass die Plattform mitliest", "sem que a plataforma leia"
    (r"sin\s{1,3}que\s{1,3}(?:la\s{1,3}(?:plataforma|app|aplicaci[oó]n|p[aá]gina|web)|"
     r"el\s{1,3}(?:sitio|sistema)|nadie|ellos|los\s{1,3}moderadores)\s{1,3}(?:(?:nos|lo|los|"
     r"las|se)\s{1,3})?(?:lea|lean|vea|vean|revise|revisen|monitoree|monitoreen|vigile|controle|"
     r"filtre|censure|entere|escuche)n?\b"),
    (r"sem\s{1,3}que\s{1,3}(?:a\s{1,3}(?:plataforma|app|aplica[cç][aã]o)|o\s{1,3}(?:site|app|"
     r"sistema)|ningu[eé]m|eles)\s{1,3}(?:(?:nos|o|os|as|se)\s{1,3})?(?:leia|leiam|veja|vejam|"
     r"monitore|monitorem|vigie|controle|filtre|censure|saiba)\b"),
    (r"sans\s{1,3}que\s{1,3}(?:la\s{1,3}(?:plate-?forme|appli(?:cation)?|app)|le\s{1,3}(?:site|"
     r"syst[eè]me)|personne|quelqu'un|ils)\s{1,3}(?:(?:ne|nous|le|les)\s{1,3})?(?:lise|lisent|"
     r"voie|voient|surveille|surveillent|contr[oô]le|filtre|censure)\b"),
    (r"ohne\s{1,3}dass\s{1,3}(?:die\s{1,3}(?:plattform|app|seite|website)|jemand|einer|die)"
     r"\s{1,3}(?:(?:das|es|alles|uns|hier)\s{1,3})?(?:mitliest|mitlesen|liest|lesen|sieht|"
     r"mitbekommt|mitbekommen|[uü]berwacht|kontrolliert|filtert|zensiert)\b"),
    # "want to connect on Facebook?", "wanna hop on WhatsApp?", "how about we talk on Signal"
    # (a bare "want to" only opening a sentence: not "they want to move to email")
    (r"(?:wanna|(?:do\s{1,3})?(?:you|u|ya)\s{1,3}(?:wanna|want\s{1,3}to)|w(?:(?<=^w)|"
     r"(?<=[.!?\n,]w)|(?<=[.!?\n,]\sw)|(?<=[.!?\n]\s\sw))ant\s{1,3}to|"
     r"would\s{1,3}you\s{1,3}like\s{1,3}to|care\s{1,3}to|"
     r"how\s{1,3}about\s{1,3}we|why\s{1,3}don'?t\s{1,3}we|(?:mind|ok(?:ay)?|alright)\s{1,3}if"
     r"\s{1,3}we|maybe\s{1,3}we\s{1,3}(?:can|could|should))\s{1,3}(?:just\s{1,3})?(?:connect|"
     r"link\s{1,3}up|chat|talk|continue|move|switch|hop|jump|go|speak|carry\s{1,3}on|"
     r"add\s{1,3}each\s{1,3}other|follow\s{1,3}each\s{1,3}other)\s{1,3}(?:\w+\s{1,3}){0,2}?"
     r"(?:on|over|via|to|through|onto)\s{1,3}(?:face\s?time|" + _CHANNEL + r")\b"),
    # "¿conectamos por Facebook?", "on se connecte sur LinkedIn ?", "vamos nos conectar no
    # Insta?", "wollen wir uns auf LinkedIn vernetzen?" (not "log in with Facebook")
    (r"(?:nos\s{1,3})?conect(?:amos|emos|arnos)\s{1,3}(?:por|en|v[ií]a)\s{1,3}(?:el\s{1,3})?"
     r"(?:facebook|fb|linked\s?in|insta(?:gram)?|ig|whats\s?app|telegram|signal|discord|"
     r"tik\s?tok|snap(?:chat)?|twitter|x)\b"),
    (r"(?:nos|se|a\s{1,3}gente\s{1,3}se)\s{1,3}conect(?:ar|amos|armos|a)\s{1,3}(?:pelo|pela|no|"
     r"na|via)\s{1,3}(?:facebook|face|linked\s?in|insta(?:gram)?|ig|whats\s?app|zap|telegram|"
     r"signal|discord|tik\s?tok)\b"),
    (r"on\s{1,3}(?:(?:peut|pourrait|devrait|va)\s{1,3})?se\s{1,3}connecte[rz]?\s{1,3}sur\s{1,3}"
     r"(?:facebook|fb|linked\s?in|insta(?:gram)?|whats\s?app|telegram|signal|discord|snap)\b"),
    (r"uns\s{1,3}(?:(?:doch|mal|einfach|lieber)\s{1,3})?(?:auf|bei|[uü]ber|per)\s{1,3}"
     r"(?:facebook|linked\s?in|insta(?:gram)?|xing|whats\s?app|telegram|signal|discord)\s{1,3}"
     r"(?:vernetzen|verbinden|connecten|adden|folgen|schreiben)\b"),
    # "send me your account so I can transfer directly", "¿me pasas tu cuenta para hacerte la
    # transferencia?", "passa a tua conta pra eu transferir", "gib mir dein Konto, dann
    # überweise ich", "donne-moi ton compte pour le virement": a bank account for a transfer
    (r"(?:send|give|text|share|pass|drop)\s{1,3}me\s{1,3}(?:your|ur)\s{1,3}(?:bank\s{1,3})?"
     r"account(?:\s{1,3}(?:number|no|#|details|info))?\s{1,3}(?:so|and|to|for)\s{1,3}"
     r"(?:\w+\s{1,3}){0,3}?(?:transfer|wire|pay|deposit|send\s{1,3}(?:it|the\s{1,3}money))"),
    (r"(?:me\s{1,3}(?:pasas|pasa|das|da|mandas|manda|env[ií]as|passa|passas|d[aá]s?)|"
     r"p[aá]same|dame|m[aá]ndame|env[ií]ame|passa-me|manda-me|d[aá]-me)\s{1,3}(?:tu|su|a\s{1,3}"
     r"tua|a\s{1,3}sua|tua|sua|o\s{1,3}teu|o\s{1,3}seu|teu|seu)\s{1,3}"
     r"(?:n[uú]mero\s{1,3}de\s{1,3})?"
     r"(?:cuenta|conta|iban|cbu|clabe|nib)(?:\s{1,3}(?:bancaria|banc[aá]ria|del\s{1,3}banco|"
     r"do\s{1,3}banco))?\s{0,3},?\s{0,2}(?:para|pra|pa|y|e)\s{1,3}(?:\w+\s{1,3}){0,3}?"
     r"(?:transfer\w{0,8}|ingres\w{1,8}|deposit\w{1,8}|pag\w{1,8}|hacerte|mandarte|fazer\s{1,3}"
     r"(?:a|um)\s{1,3}(?:transfer|pix|dep))"),
    (r"(?:donne|envoie|file|passe|envoyez|donnez|passez)[sz]?-moi\s{1,3}(?:ton|votre)\s{1,3}"
     r"(?:compte|rib|iban)(?:\s{1,3}bancaire)?\s{0,3},?\s{0,2}(?:pour|et)\s{1,3}"
     r"(?:\w+\s{1,3}){0,3}?(?:vir\w{1,6}|pa(?:ie|y)\w{0,4}|transf[eé]r\w{0,6})"),
    (r"(?:gib|schick|sag|nenn)\w{0,2}\s{1,3}mir\s{1,3}(?:(?:mal|kurz|einfach|bitte)\s{1,3}){0,2}"
     r"(?:dein|ihr)e?\s{1,3}(?:konto(?:nummer)?|iban|bankverbindung|bankdaten)\s{0,3},?\s{0,2}"
     r"(?:dann|damit|und|f[uü]r)\s{1,3}(?:\w+\s{1,3}){0,3}?(?:[uü]berweis\w{0,4}|zahl\w{0,3})"),
    # "can I just give you a call?", "let me give you a quick ring", "¿te puedo dar una llamada?",
    # "posso te dar uma ligada?", "je peux te passer un coup de fil ?": a call, the product has
    # none (not "give you a shout" for "let you know")
    (r"(?:(?:can|could|may|shall|should)\s{1,3}i|(?:mind|ok(?:ay)?|alright|fine)\s{1,3}if\s{1,3}i|"
     r"let\s{1,3}me|i'?ll|i\s{1,3}will|i'?d\s{1,3}(?:like|love)\s{1,3}to|want\s{1,3}me\s{1,3}to)"
     r"\s{1,3}(?:(?:just|maybe|quickly|also|then|now)\s{1,3}){0,2}give\s{1,3}(?:you|u|ya)\s{1,3}"
     r"a\s{1,3}(?:quick\s{1,3}|brief\s{1,3}|short\s{1,3})?(?:call|ring|buzz|bell|phone\s{1,3}call)"
     r"\b"),
    (r"(?:(?:te|le)\s{1,3}(?:puedo|podr[ií]a)\s{1,3}(?:dar|hacer|echar)|puedo\s{1,3}(?:darte|"
     r"hacerte|echarte)|(?:te|le)\s{1,3}(?:doy|hago|echo))\s{1,3}(?:una\s{1,3}(?:llamada|"
     r"llamadita)|un\s{1,3}(?:telefonazo|toque|toquecito|llamado))\b"),
    (r"(?:(?:posso|podia|poderia)\s{1,3}(?:te|lhe)\s{1,3}(?:dar|fazer)|(?:te|lhe)\s{1,3}"
     r"(?:dou|fa[cç]o)|dou-te|dou-lhe)\s{1,3}(?:uma\s{1,3}(?:ligada|ligadinha|liga[cç][aã]o|"
     r"chamada)|um\s{1,3}(?:toque|telefonema))\b"),
    (r"(?:je\s{1,3}(?:peux|pourrais|vais)\s{1,3}|je\s{1,3})(?:te|vous)\s{1,3}(?:passer|passe|"
     r"donner|donne)\s{1,3}un\s{1,3}(?:petit\s{1,3})?(?:coup\s{1,3}de\s{1,3}(?:fil|t[ée]l[ée]phone|"
     r"bigo)|appel)\b"),
    # "is your number on your van?", "steht Ihre Nummer auf dem Transporter?", "ton numéro est
    # sur ta camionnette ?": the number asked for where it is painted or printed
    (r"(?:is|are)\s{1,3}(?:your|ur)\s{1,3}(?:(?:phone|cell|mobile|contact|business|work)\s{1,3})?"
     r"(?:number|e-?mail|details|contact\s{1,3}(?:details|info))\s{1,3}(?:(?:still|also|"
     r"written|printed|painted|listed|up|just)\s{1,3}){0,2}(?:on|in)\s{1,3}(?:the\s{1,3}side"
     r"\s{1,3}of\s{1,3})?(?:your|ur|the)\s{1,3}(?:\w+\s{1,3})?(?:vans?|trucks?|lorry|ute|vehicle|"
     r"car|trailer|signs?|board|flyers?|leaflets?|business\s{1,3}cards?|cards?|website|"
     r"facebook|insta(?:gram)?|google\s{1,3}(?:page|listing|profile)|yard\s{1,3}signs?)\b"),
    (r"(?:steht|ist)\s{1,3}(?:ihre|deine|eure)\s{1,3}(?:(?:handy|telefon)?nummer|e-?mail|"
     r"kontaktdaten)\s{1,3}(?:(?:auch|noch)\s{1,3})?(?:auf|an)\s{1,3}(?:dem|ihrem|deinem|eurem|"
     r"der|ihrer|deiner|den)\s{1,3}(?:\w+\s{1,3})?[a-zäöüß]{0,12}?(?:transporter|wagen|auto|bus|"
     r"lkw|fahrzeug|"
     r"schild|flyer|visitenkarte|webseite|website|homepage)\b"),
    (r"(?:(?:ton|votre)\s{1,3}(?:num[ée]ro|mail|e-?mail)\s{1,3}(?:est|il\s{1,3}est)|"
     r"(?:tu\s{1,3}as|vous\s{1,3}avez)\s{1,3}(?:ton|votre)\s{1,3}num[ée]ro)\s{1,3}(?:(?:aussi|"
     r"[ée]crit|marqu[ée])\s{1,3})?(?:sur|dans)\s{1,3}(?:ta|votre|le|la|ton|tes|vos)\s{1,3}"
     r"(?:camionnette|camion|voiture|v[ée]hicule|utilitaire|panneau|flyer|carte|site)\b"),
    (r"(?:tu|su)\s{1,3}(?:n[uú]mero|tel[eé]fono|correo)\s{1,3}(?:(?:tambi[eé]n|ya)\s{1,3})?"
     r"(?:est[aá]|viene|aparece|sale)\s{1,3}(?:en|sobre)\s{1,3}(?:la|el|tu|su)\s{1,3}"
     r"(?:furgoneta|camioneta|furg[oó]n|coche|carro|auto|cami[oó]n|veh[ií]culo|cartel|letrero|"
     r"tarjeta|folleto|web|p[aá]gina)\b"),
    (r"(?:o\s{1,3})?(?:teu|seu)\s{1,3}(?:n[uú]mero|telefone|contato|contacto)\s{1,3}"
     r"(?:(?:tamb[eé]m|j[aá])\s{1,3})?(?:est[aá]|vem|aparece)\s{1,3}(?:n[ao]|em)\s{1,3}"
     r"(?:\w+\s{1,3})?"
     r"(?:carrinha|van|furg[aã]o|carro|caminh[aã]o|carrinho|placa|cart[aã]o|folheto|site)\b"),
    # "Got Signal? I'll explain the rest there": a messenger asked about, the talk going on there
    (r"(?:(?:you\s{1,3}|u\s{1,3})?(?:got|have|use|using)|(?:are\s{1,3})?(?:you|u)\s{1,3}on)"
     r"\s{1,3}(?:signal|threema|session|element|line)\s{0,2}\?{1,3}\s{0,3}(?:i'?ll|i\s{1,3}will|"
     r"i\s{1,3}can|we\s{1,3}can|we'?ll|let'?s|then\s{1,3}i'?ll)\s{1,3}(?:[\w']+\s{1,3}){0,5}?"
     r"(?:over\s{1,3})?there\b"),
    # "shall we set up a private channel somewhere?", "un canal privado en otro lado": a room of
    # their own away from the platform
    (r"(?:private|separate|secure|encrypted|personal|own)\s{1,3}(?:channel|chat|group\s{1,3}chat|"
     r"chat\s{1,3}room|line)\s{1,3}(?:somewhere|elsewhere|someplace|off\s{1,3}(?:here|(?:the|this)"
     r"\s{1,3}(?:app|site|platform))|outside\s{1,3}(?:of\s{1,3})?(?:here|(?:the|this)\s{1,3}"
     r"(?:app|site|platform)))\b"),
    (r"(?:canal|chat|grupo)\s{1,3}(?:privado|propio|pr[oó]prio|aparte)\s{1,3}(?:en|em|n)\s{0,3}"
     r"(?:otro|outro|otra|outra)\s{1,3}(?:lado|sitio|lugar|s[ií]tio|app|parte)\b"),
    (r"(?:canal|chat|groupe)\s{1,3}(?:priv[ée]|perso)\s{1,3}ailleurs\b"),
    (r"(?:privaten|eigenen|separaten)\s{1,3}(?:kanal|chat|gruppenchat)\s{1,3}(?:woanders|"
     r"anderswo|au(?:ß|ss)erhalb)\b"),
    # "Haben Sie eine Webseite mit Referenzen?", "do you have a website with reviews?": the
    # person's own site asked for, to see their work (not "do you have a website already?")
    (r"(?:do\s{1,3}(?:you|u)\s{1,3}have|have\s{1,3}you\s{1,3}got|(?:you|u)\s{1,3}(?:have|got)|"
     r"haben\s{1,3}sie|hast\s{1,3}du|habt\s{1,3}ihr|tienes|tiene\s{1,3}(?:usted)?|tienen|"
     r"vous\s{1,3}avez|tu\s{1,3}as|t'as|avez-vous|as-tu|voc[eê]\s{1,3}tem|vc\s{1,3}tem|tem|tens)"
     r"\s{1,3}(?:an?|eine|una|un|um|uma)\s{1,3}(?:(?:own|eigene|propia|propre|pr[oó]prio)\s{1,3})?"
     r"(?:website|web\s?site|webseite|homepage|p[aá]gina(?:\s{1,3}web)?|sitio\s{1,3}web|web|"
     r"site(?:\s{1,3}(?:web|internet))?|portfolio\s{1,3}site)\s{1,3}(?:with|mit|con|avec|com)"
     r"\s{1,3}(?:(?:your|ihren|deinen|tus|sus|vos|tes|seus|teus|some|more|einigen|mehr|des|"
     r"los|las|unos|unas|algun[ao]s|uns|umas|few|a\s{1,3}few)\s{1,3})?"
     r"(?:references?|reviews?|testimonials?|portfolio|examples?|(?:your\s{1,3})?work|photos?|"
     r"referenzen|bewertungen|arbeiten|beispielen|projekten|referencias|rese[nñ]as|opiniones|"
     r"trabajos|ejemplos|fotos|r[ée]f[ée]rences|avis|r[ée]alisations|exemples|photos|"
     r"refer[eê]ncias|avalia[cç][oõ]es|trabalhos|exemplos|portf[oó]lio)\b"),
    # "Wie erreiche ich Sie am besten, außer hier?", "¿cómo te contacto aparte de aquí?",
    # "comment vous joindre à part ici ?", "como falo com você fora daqui?": any way but here
    (r"(?:(?:dich|sie|euch|ihnen|dir)\s{1,3}(?:[\w']+\s{1,3}){0,2}?(?:erreich|kontaktier|anruf|"
     r"schreib|sprech)\w{0,4}|(?:erreich|kontaktier|schreib)\w{0,2}\s{1,3}(?:ich|wir|man)\s{1,3}"
     r"(?:dich|sie|euch|ihnen|dir)(?:\s{1,3}[\w']+){0,3}?),?\s{1,3}(?:[\w']+,?\s{1,3}){0,2}?"
     r"au(?:ß|ss)er\s{1,3}(?:hier|[uü]ber\s{1,3}(?:die|diese)\s{1,3}(?:app|plattform|seite))\b"),
    (r"(?:(?:te|le|les|os)\s{1,3}(?:contact|localiz|escrib|llam|encuentr|habl)\w{0,4}|"
     r"(?:contactar|localizar|escribir|llamar|encontrar|hablar)(?:te|le|les|os))\b,?\s{1,3}"
     r"(?:[\w']+,?\s{1,3}){0,3}?(?:aparte|fuera|adem[aá]s)\s{1,3}de\s{1,3}"
     r"(?:aqu[ií]|ac[aá]|la\s{1,3}(?:app|plataforma))\b"),
    (r"(?:(?:te|vous)\s{1,3}(?:joindre|contacter|[ée]crire|appeler|parler|trouver)|"
     r"t'(?:[ée]crire|appeler))\b,?\s{1,3}(?:[\w']+,?\s{1,3}){0,3}?"
     r"(?:[àa]\s{1,3}part|en\s{1,3}dehors)\s{1,3}(?:d'ici|ici|de\s{1,3}(?:la\s{1,3})?"
     r"(?:plate-?forme|appli|l'appli))\b"),
    (r"(?:(?:falo|falar|converso|conversar)\s{1,3}(?:com\s{1,3}(?:voc[eê]|vc|o\s{1,3}senhor|"
     r"a\s{1,3}senhora)|contigo)|(?:te|lhe)\s{1,3}(?:contato|contacto|ligo|chamo|acho|encontro|"
     r"contatar|contactar|ligar|chamar|achar|encontrar))\b,?\s{1,3}(?:[\w']+,?\s{1,3}){0,3}?"
     r"(?:fora|al[eé]m)\s{1,3}"
     r"(?:daqui|de\s{1,3}aqui|d[ao]\s{1,3}(?:app|plataforma|site))\b"),
]
def _first_chars(items) -> set[str] | None:
    """Characters a parsed pattern can start with, or None when that is not simple to tell."""
    from re import _constants as sc  # noqa: PLC0415 - parser internals, guarded by the caller

    if not items:
        return None
    op, av = items[0]
    if op is sc.LITERAL:
        return {chr(av)}
    if op is sc.IN:
        out = set()
        for sub_op, sub_av in av:
            if sub_op is not sc.LITERAL:
                return None
            out.add(chr(sub_av))
        return out
    if op is sc.SUBPATTERN:
        return _first_chars(list(av[-1]))
    if op is sc.MAX_REPEAT or op is sc.MIN_REPEAT:
        low, _high, item = av
        chars = _first_chars(list(item))
        if chars is None or low > 0:
            return chars
        rest = _first_chars(items[1:])  # "(?:just\s)?call": optional, so what follows too
        return None if rest is None else chars | rest
    if op is sc.BRANCH:
        out = set()
        for branch in av[1]:
            chars = _first_chars(list(branch))
            if chars is None:
                return None
            out |= chars
        return out
    return None


def _top_split(p: str) -> tuple[list[str], int]:
    """The top-level alternatives of a pattern, and where its first group closes (or -1)."""
    parts, depth, in_class, start, close, i = [], 0, False, 0, -1, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and close < 0:
                close = i
        elif c == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
        i += 1
    parts.append(p[start:])
    return parts, close


_QUANT = re.compile(r"\?|\{(\d+),(\d+)\}")


def _after_first(p: str, c: str) -> str | None:
    """A pattern for what follows the letter c where p matches starting with c (None when p
    cannot start with c). Written so the engine rejects the whole group on its first character
    (a literal opening a branch is compared at once; a lookahead is a sub-match each time)."""
    parts, close = _top_split(p)
    if len(parts) > 1:
        rests = [r for r in (_after_first(q, c) for q in parts) if r is not None]
        return "(?:" + "|".join(rests) + ")" if rests else None
    if not p or p[0] in "\\.^$|)*+?{":
        raise ValueError(p)
    if p[0] == "[":
        end = p.index("]", 1)
        chars = p[1:end]
        if not chars or any(ch in chars for ch in "\\-^"):
            raise ValueError(p)
        head, k, rest_of = (c in chars), end + 1, None
    elif p[0] == "(":
        if not p.startswith("(?:") or close < 0:
            raise ValueError(p)
        head, k = None, close + 1
        rest_of = _after_first(p[3:close], c)
    else:
        head, k, rest_of = p[0] == c, 1, None
    atom = p[:k]
    q = _QUANT.match(p, k)
    if q is None or p[k:k + 1] not in "?{":
        rest = p[k:]
        if rest[:1] in ("*", "+"):
            raise ValueError(p)
        if head is None:
            return None if rest_of is None else f"(?:{rest_of})" + rest
        return rest if head else None
    rest = p[q.end():]
    if rest[:1] in ("?", "+") or not rest:
        raise ValueError(p)  # lazy or possessive, or nothing after the optional part
    low, high = (0, 1) if q.group() == "?" else (int(q.group(1)), int(q.group(2)))
    if low != 0 or high < 1:
        raise ValueError(p)
    first = rest_of if head is None else ("" if head else None)
    out = []
    if first is not None:
        more = f"(?:{atom}){{0,{high - 1}}}" if high > 1 else ""
        out.append(f"(?:{first})" + more + rest)
    skipped = _after_first(rest, c)
    if skipped is not None:
        out.append(skipped)
    return "(?:" + "|".join(out) + ")" if out else None


def _dispatch(patterns: list[str], depth: int = 1) -> str:
    """One alternation per first letter, so each word start tries only the patterns that can
    begin with its letter instead of every pattern in turn (same matches, several times
    fewer attempts). Each group opens with its letter, the patterns following with what comes
    after it, so the engine rejects a group on its first character. With ``depth`` > 1 what
    follows the letter is dispatched the same way on the next character (see _in_order)."""
    try:
        from re import _parser as sp  # noqa: PLC0415

        buckets: dict[str, list[str]] = {}
        for p in patterns:
            chars = _first_chars(list(sp.parse(p)))
            if chars is None:
                raise ValueError(p)
            for c in chars:
                buckets.setdefault(c, []).append(p)
        groups = []
        for c, ps in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
            try:
                rests = [_after_first(p, c) for p in ps]
                if None in rests:
                    raise ValueError(c)
                body = (_in_order(rests, depth - 1) if depth > 1
                        else "|".join(f"(?:{r})" for r in rests))
                groups.append(re.escape(c) + "(?:" + body + ")")
            except (ValueError, IndexError):
                groups.append(f"(?={re.escape(c)})(?:" + "|".join(f"(?:{p})" for p in ps) + ")")
        return "|".join(groups)
    except Exception:  # noqa: BLE001 - any surprise in the internals: the plain alternation
        return "|".join(f"(?:{p})" for p in patterns)


def _in_order(patterns: list[str], depth: int) -> str:
    """The alternation of ``patterns`` tried in their order, each run of patterns whose first
    characters are known dispatched on them (see _dispatch). Patterns that start with
    different characters never both match at one place, so only the order within one
    character's group counts, and _dispatch keeps it; a pattern that may start with anything
    (or nothing) stays where it was, between the runs."""
    from re import _parser as sp  # noqa: PLC0415

    out: list[str] = []
    run: list[str] = []
    for p in [*patterns, None]:
        try:
            known = p is not None and p != "" and _first_chars(list(sp.parse(p))) is not None
        except Exception:  # noqa: BLE001 - as in _dispatch: kept as it is
            known = False
        if known:
            run.append(p)
            continue
        if run:
            out.append(_dispatch(run, depth) if len(run) > 1
                       else "|".join(f"(?:{q})" for q in run))
            run = []
        if p is not None:
            out.append(f"(?:{p})")
    return "|".join(out)


def _redispatch(rx: re.Pattern) -> re.Pattern:
    """``rx`` = \\b, maybe _LETTER, then one group of alternatives and what follows it, with
    the group dispatched on its first two characters (see _dispatch) behind a lookahead for
    the characters it can start with: the same matches, fewer attempts at each word start.
    Any other shape is returned as it is."""
    from re import _parser as sp  # noqa: PLC0415

    head = r"\b" + _LETTER if rx.pattern.startswith(r"\b" + _LETTER) else r"\b"
    body = rx.pattern[len(head):]
    close = _top_split(body)[1]
    if not (rx.pattern.startswith(r"\b") and body.startswith("(?:") and close > 0
            and body[close + 1:close + 2] not in ("?", "*", "+", "{")):
        return rx
    alternatives = _top_split(body[3:close])[0]
    try:
        chars = _first_chars(list(sp.parse(body[:close + 1])))
    except Exception:  # noqa: BLE001 - as in _dispatch
        chars = None
    if not chars or len(alternatives) < 2:
        return rx
    ahead = "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"
    return re.compile(r"\b" + ahead + "(?:" + _dispatch(alternatives, 2) + ")"
                      + body[close + 1:], rx.flags)


# Anchored at word starts: the engine skips the alternation everywhere else.
_SOLICIT = re.compile(r"(?i)\b" + _LETTER + r"(?:" + _dispatch(_PATTERNS, 2) + ")")
_NEGATION = re.compile(
    r"(?i)(?:\b(?:not|never|no|don'?t|do\s+not|doesn'?t|can'?t|cannot|can\s+not|won'?t|"
    r"shouldn'?t|mustn'?t|isn'?t|aren'?t|unable|refuse|rather\s+not|prohibited|forbidden|"
    r"against|nunca|jam[aá]s|nicht|kein\w*|niemals|verboten|pas|jamais|interdit|n[aã]o|"
    r"nao|proibido|prohibido|nobody|no\s+one|nadie|ningu[eé]m|niemand|nada\s+de)\b|"
    # "je ne peux en mettre que cinq": "ne ... que" means "only", no refusal
    r"\bne\s(?![^.,;!?]{0,30}\bqu[e'])|\bn'(?![^.,;!?]{0,30}\bqu[e']))")


_ASK = re.compile(
    r"(?i)\b" + _LETTER + r"(?:do\s{1,2}(?:you|u|ya)\s{1,2}have|(?:you|u)\s{1,2}(?:have|got)|"
    r"have\s{1,2}you\s{1,2}got|"
    r"got\s{1,2}an?|"
    r"what(?:'s|\s{1,2}is)\s{1,2}your|can\s{1,2}i\s{1,2}(?:get|have)|give\s{1,2}me|"
    r"send\s{1,2}me|pass\s{1,2}me|share\s{1,2}your|drop\s{1,2}me|add\s{1,2}me|text\s{1,2}me|"
    r"call\s{1,2}me|message\s{1,2}me|dm\s{1,2}me|hit\s{1,2}me|reach\s{1,2}me|contact\s{1,2}me|"
    r"write\s{1,2}me|email\s{1,2}me|let'?s\s{1,2}(?:talk|chat|continue|move|switch|connect|go|"
    r"take|speak)|can\s{1,2}we\s{1,2}(?:talk|chat|continue|move|switch|speak|go)|"
    r"we\s{1,2}(?:can|could)\s{1,2}(?:talk|chat|continue|move|switch|speak)|"
    r"tienes|tenes|me\s{1,2}das|dame|p[aá]same|m[aá]ndame|env[ií]ame|escr[ií]beme|ll[aá]mame|"
    r"hablemos|sigamos|agr[eé]game|hast\s{1,2}du|haben\s{1,2}sie|gib\s{1,2}mir|"
    r"schick(?:'?s)?\s{1,2}mir|schreib(?:'?s)?\s{1,2}mir|ruf\s{1,2}mich|lass\s{1,2}uns|"
    r"k[oö]nnen\s{1,2}wir|"
    r"kannst\s{1,2}du\s{1,2}mir|meld\s{1,2}dich|tu\s{1,2}as|t'as|vous\s{1,2}avez|as-tu|"
    r"avez-vous|donne[sz]?-moi|envoie[sz]?-moi|[eé]cri[st]-moi|appelle[sz]?-moi|"
    r"on\s{1,2}(?:peut|pourrait)\s{1,2}(?:continuer|parler|passer)|passe[sz]?-moi|ajoute[sz]?-moi|"
    r"contacte[sz]?-moi|voc[eê]\s{1,2}tem|vc\s{1,2}tem|"
    r"te(?:m|ns)\s{1,2}(?:whats(?:\s?app)?|zap|telegram|"
    r"insta(?:gram)?|e-?mail|signal|skype|discord|face(?:book)?|wechat)|me\s{1,2}passa|"
    r"me\s{1,2}manda|me\s{1,2}d[aá]|me\s{1,2}chama|me\s{1,2}liga|me\s{1,2}add|me\s{1,2}adiciona|"
    r"vamos\s{1,2}conversar|podemos\s{1,2}conversar|passa\s{1,2}teu|manda\s{1,2}teu|"
    # "are you on WhatsApp?", "can I message you on Insta?", in the five languages
    r"are\s{1,2}you\s{1,2}on|r\s{1,2}u\s{1,2}on|"
    r"you(?<![\w'] you)(?<!'you)\s{1,2}(?:(?:also|still|even)\s{1,2})?on|"
    r"(?:is\s{1,2}it\s{1,2}ok(?:ay)?\s{1,2}if|can|could|"
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
    # "off-app bookings", "an off-site deal": the platform named as what is left
    r"off-(?:app|site)(?=\s{1,2}(?:bookings?|deals?|payments?|jobs?|work|arrangements?|chats?|"
    r"sessions?|lessons?|orders?|sales?))|"
    r"off\s{1,2}the\s{1,2}books|under\s{1,2}the\s{1,2}table|en\s{1,2}negro|au\s{1,2}black|"
    r"schwarz\s{1,2}(?:machen|bezahlen|abrechnen)|"
    r"outside\s{1,2}(?:of\s{1,2})?(?:the|this)\s{1,2}(?:platform|site|app)|por\s{1,2}fuera|"
    r"por\s{1,2}fora|hors\s{1,2}(?:de\s{1,2}la\s{1,2})?plate-?forme|privately|en\s{1,2}priv[eé]|"
    r"(?:schreib|ruf)\w{0,2}\s{1,2}mich\s{1,2}privat|mir\s{1,2}privat|en\s{1,2}privado|"
    r"no\s{1,2}privado|"
    # "somewhere less monitored", "un endroit moins surveillé": away from the platform's eyes
    r"(?:somewhere|someplace|anywhere|alg[uú]n\s{1,2}(?:sitio|lugar)|otro\s{1,2}(?:sitio|lugar)|"
    r"un\s{1,2}endroit|ailleurs|irgendwo|woanders|algum\s{1,2}lugar|outro\s{1,2}lugar)\s{1,2}"
    # "somewhere else, less watched", "ailleurs, moins surveillé"
    r"(?:(?:else|anders|autre)\s{0,2},?\s{1,2})?(?:less\s{1,2}(?:monitored|watched|tracked|public|supervised)|more\s{1,2}private|"
    r"menos\s{1,2}(?:vigilad|controlad|monitorad)\w{1,2}|m[aá]s\s{1,2}privad\w|"
    r"moins\s{1,2}surveill\w{1,2}|plus\s{1,2}priv[ée]e?|"
    r"weniger\s{1,2}(?:[uü]berwacht|beobachtet)|privater|mais\s{1,2}privad\w))\b")
_DIRECT = re.compile(
    r"(?i)\b" + _LETTER + r"(?:direct(?:ly)?|en\s{1,2}direct|directamente|direkt|diretamente|"
    r"direto|por\s{1,2}fuera|"
    r"por\s{1,2}fora|outside)\b")
_MONEY = re.compile(
    r"(?i)\b" + _LETTER + r"(?:pay|paid|book|hire|deal|invoice|bill|cheaper|discount|less|fees?|"
    r"commission|price|prix|precio|payments?|paiements?|pag(?:o|os|amento|amentos)|"
    r"pre[cç]o|barato|g[uü]nstig\w*|geb[uü]hr\w*|cobro|pagas|pagar|paga|payer|zahl\w*|fechar|"
    r"machen|abwickeln|abrechnen|menos|moins|weniger|cher|beauftrag\w{0,3}|contratar\w{0,3})\b")
_SENTENCE_MAX = 400
_SENTENCE = re.compile(r"[^.!?\n]{1,400}[.!?]?")  # at most _SENTENCE_MAX characters


_HERE = re.compile(r"(?i)\b(?:here|aqu[ií]|ac[aá]|hier|ici|on\s{1,2}the\s{1,2}platform|"
                   r"in\s{1,2}the\s{1,2}chat)\b")


def _on_lowercase(rx: re.Pattern) -> re.Pattern:
    """The same pattern without IGNORECASE, to run on lowercased text (several times faster)."""
    return re.compile(rx.pattern.replace("(?i)", ""), rx.flags & ~re.IGNORECASE)


(_SOLICIT, _NEGATION, _ASK, _CHANNEL_WORD, _OFF, _DIRECT, _MONEY, _HERE) = (
    _on_lowercase(rx) for rx in
    (_SOLICIT, _NEGATION, _ASK, _CHANNEL_WORD, _OFF, _DIRECT, _MONEY, _HERE))


_HAVE = re.compile(r"do\s{1,2}(?:you|u|ya)\s{1,2}have|(?:you|u)\s{1,2}(?:have|got)|"
                   r"have\s{1,2}you\s{1,2}got|got\s{1,2}an?|"
                   r"tienes|tenes|hast\s{1,2}du|haben\s{1,2}sie|tu\s{1,2}as|t'as|vous\s{1,2}avez|"
                   r"as-tu|avez-vous|voc[eê]\s{1,2}tem|vc\s{1,2}tem")


_SKILL = re.compile(r"\b(?:experience|experienced|knowledge|skills?|expertise|background|"
                    r"familiar\w*|integrat\w*|api|sdk|experiencia|conocimientos?|erfahrung|"
                    r"kenntnisse|exp[ée]rience|comp[ée]tences?|connaissances?|experi[eê]ncia|"
                    r"conhecimentos?)\b")


_CHANNEL_NEXT = re.compile(r"\s{1,2}(?:[a-z]{1,8}\s{1,2}){0,2}" + _CHANNEL + r"\b")


# "icons for Instagram, TikTok and LinkedIn", "un lien vers WhatsApp": a site's feature
_FEATURE_FOR = re.compile(
    r"\b(?:icons?|buttons?|logos?|links?|widgets?|feeds?|embeds?|integrations?|iconos?|"
    r"botones|bot[oõ]es|[ií]cones?|boutons?|ic[oô]nes?|liens?|enlaces?|knöpfe|symbole|"
    r"verlinkung\w{0,2}|share|sharing)\s{1,2}(?:for|to|of|de|do|da|dos|pour|f[uü]r|para|a|"
    r"vers|zu|zum|with|con|com|avec|mit)\s{1,2}(?:(?:the|la|le|les|el|los|o|a|die|der|das)"
    r"\s{1,2})?(?:[\w-]{1,12},?\s{1,2}(?:(?:and|y|e|et|und|or|o|ou|oder)\s{1,2})?){0,3}$")


# Who the ask's verb belongs to: the writer reporting ("i got an email"), or the platform
# itself sending ("la app me manda un correo", "die App schickt mir eine Mail").
_REPORT_BEFORE = re.compile(
    r"(?:\b(?:i|we|i'?ve|we'?ve|just|already)\s{1,2}|\b(?:the|this|la|el|esta|o|a|die|der|das|"
    r"le|l')\s{0,2}(?:app|apps|site|website|platform|plataforma|plateforme|plattform|appli|"
    r"portal|system|sistema|syst[eè]me|aplicativo|aplicaci[oó]n)\s{1,2}(?:\w+\s{1,2})?)$")


def _not_reported(sentence: str, m: re.Match | None) -> re.Match | None:
    """``m`` unless the writer reports it or the platform does it ("I got an email ...")."""
    if m is not None and _REPORT_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
        return None
    if m is not None and m.group().startswith("got") and (
            _FROM.match(sentence, m.end()) or _RECEIVED.match(sentence, m.end())
            or _RECEIVED_IN.match(sentence, m.start() + 3)):
        return None  # "Got an email from the platform saying…": received, the "I" left out
    return m


_FROM = re.compile(r"\s{1,2}from\b")


def _composed(sentence: str) -> bool:
    """An ask plus a channel, going off-platform, or paying/booking directly."""
    if _HERE.search(sentence):
        return False
    for m in _ASK.finditer(sentence):
        # "do you have WhatsApp?" asks for a channel; "do you have experience with the
        # WhatsApp API?" asks about skills.
        if _HAVE.fullmatch(m.group()) and _SKILL.search(sentence, m.end()):
            continue
        if m.group().endswith("got") and not _CHANNEL_NEXT.match(sentence, m.end()):
            continue  # "u got whatsapp?" asks; "you got it, I'll email the PDF" does not
        if m.group().startswith("got") and not _CHANNEL_NEXT.match(sentence, m.end()):
            continue  # "got an email?" asks; "the account got a lot of traffic" does not
        if _REPORT_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
            continue  # "I got an email from the platform", "la app me manda un correo"
        if m.group().startswith("got") and _RECEIVED.match(sentence, m.end()):
            continue  # "Got an email from the platform saying…": received, the "I" left out
        if _ASKED_THING.match(sentence, m.end()):
            continue  # "What is your budget for the FaceTime guide?": the budget asked for
        if _THIRD_ASKED.search(sentence, max(0, m.start() - 48), m.start()):
            continue  # "some buyers ask if we can continue on telegram": reported
        if m.group()[0] == "h" and _DE_PERFECT.search(sentence, m.end()):
            continue  # "Hast du die Mail bekommen?", "Haben Sie die Rechnung per Mail erhalten?"
        for ch in _CHANNEL_WORD.finditer(sentence):
            # not the ask's own word ("call me Ishmael"), nor a thing or a time of the job
            # ("your budget for the phone case", "move the call to 3pm"), nor a site's
            # feature ("icons for Instagram and LinkedIn")
            if (ch.start() != m.start() and not _CHANNEL_THING.match(sentence, ch.end())
                    and not _FEATURE_FOR.search(sentence, max(0, ch.start() - 60), ch.start())):
                return True
    for off in _OFF.finditer(sentence):
        if _THIRD_ASKED_NEAR.search(sentence, max(0, off.start() - 70), off.start()):
            continue  # "certains clients demandent à passer en privé": what others ask
        if not (off.group() == "offline" and _STATUS.search(sentence, 0, off.start())):
            return True
    direct = _DIRECT.search(sentence)
    money = _MONEY.search(sentence) if direct else None
    if money is None:
        return False
    # "If you cancel, the platform will pay you directly": the platform pays
    if _BY_PLATFORM_DOES.search(sentence, max(0, money.start() - 40), money.start()):
        return False
    first = min(direct.start(), money.start())
    if _THIRD_ASKED_NEAR.search(sentence, max(0, first - 70), first):
        return False  # "the previous painter asked me to pay him off the app": reported
    # "a direct line item on the invoice", "es wäre günstiger, wenn du direkt die große Packung
    # nimmst": "direct" of a thing, or "straight away", with no deal, fee or channel named
    return not (_DIRECT_NOUN.match(sentence, direct.end()) or (
        _DIRECT_ART.match(sentence, direct.end()) and not _DEAL_WORD.search(sentence)))


# "Got an email from the site saying…", "got a text from support": a message received
_RECEIVED = re.compile(r"\s{1,2}(?:(?:notification|automatic|automated|confirmation|system|"
                       r"reminder)\s{1,2})?(?:e-?mail|text|call|message|sms|mail|notification|"
                       r"whats\s?app)\s{1,2}(?:from|saying|says|telling|about)\b")
# the same after "got": "got a notification email saying…"
_RECEIVED_IN = re.compile(r"\s{1,2}an?" + _RECEIVED.pattern)
# "what is your budget for…", "send me your timeline for the Zoom training": the ask is for a
# term of the job, whatever app the job is about
_ASKED_THING = re.compile(r"\s{1,2}(?:(?:your|ur|the|a)\s{1,2})?(?:budget|timeline|deadline|"
                          r"rates?|prices?|pricing|quote|estimate|availability|schedule|"
                          r"opinion|feedback|preferences?|thoughts|brief|requirements?|"
                          r"goals?|specs?)\b")


# "direkt morgen früh", "direkt nach dem Termin": German "direkt" as "right away"
_DIRECT_NOUN = re.compile(r"\s{1,2}(?:morgen|heute|jetzt|gleich|nachher|danach|anschlie(?:ß|ss)end|"
                          r"nach|beim|vor|am|im|um|line\s{1,2}items?|debits?|deposits?|costs?|"
                          r"expenses?|labou?r|materials?|"
                          r"flights?|sunlight|competitors?|routes?|impact|effects?|results?)\b")
_DIRECT_ART = re.compile(r"\s{1,2}(?:die|den|das|der|dem|ein|eine|einen|einem|the|an?)\s")
_DEAL_WORD = re.compile(r"zahl|[uü]berweis|abrechn|abwick|pay|paid|pag|pai|rechn|buch|book|hire|"
                        r"beauftrag|contrat|deal|fechar|mach|cobr|geb[uü]hr|fee|provision|"
                        r"comisi|commission|taxa|plat+(?:a)?form|plateforme|kontakt|contact|"
                        r"whats|nummer|number|mail|telefon|phone")


_DE_PERFECT = re.compile(r"\b(?:bekommen|erhalten|gesehen|gelesen|geschickt|gesendet|gekriegt|"
                         r"gecheckt|ge[öo]ffnet|beantwortet|weitergeleitet|verschickt|"
                         r"abgeschickt|ausgef[uü]llt|angeschaut|gefunden)\b")


# "so I'm offline after 8", "I'll be offline tomorrow": the writer's own status, not a move.
_STATUS = re.compile(r"\b(?:i'?m|i\s{1,2}am|i'?ll\s{1,2}be|i\s{1,2}will\s{1,2}be|be|being|been|"
                     r"was|were|is|are|'re|went|stay|staying|estoy|estar[eé]?|estaba|bin|sei|"
                     r"war|suis|serai|[ée]tais|estou|estarei|fico|ficarei)\s{1,2}(?:\w+\s{1,2})?$")


# Portuguese "no"/"na" before a channel mean "on the" ("te pago no Pix", "me chama no zap").
# "No próximo serviço me chama direto": "no" before a time or a job is "in the" too.
_PT_ON = re.compile(r"(?<=\w\s)n[oa]\s{1,2}(?=pix|zap|whats|insta|telegram|privado|pv\b|face|"
                    r"signal|discord)|\bn[oa]\s{1,2}(?=(?:pr[oó]xim[oa]|[uú]ltim[oa]|mesm[oa]|"
                    r"fim|final|come[cç]o|in[ií]cio|dia|m[eê]s|ano|caso|servi[cç]o|"
                    r"or[cç]amento)\b)")


# "wollen wir nicht…?", "¿no te importa que…?", "não seria melhor…?", "can't we just…?": a
# negated question suggests rather than refuses.
_SUGGEST = re.compile(
    # "Wollen wir den nächsten Auftrag nicht direkt abwickeln?": the object before "nicht"
    r"\b(?:wollen|sollen|k[öo]nnen|k[öo]nnten|sollten)\s{1,2}wir\s{1,2}(?:[a-zäöüß]{1,12}"
    r"\s{1,2}){0,4}?nicht|"
    r"w[äa]re\s{1,2}es\s{1,2}nicht|(?:no\s{1,2})?(?:te|le|les|os)\s{1,2}importa(?:r[ií]a)?|"
    r"\bno\s{1,2}(?:ser[ií]a|es)\s{1,2}(?:mejor|m[aá]s)|\bno\s{1,2}(?:podemos|podr[ií]amos|"
    r"preferir[ií]as)|\bn[aã]o\s{1,2}(?:seria|[ée]|fica|ficaria)\s{1,2}(?:melhor|mais)|"
    r"\bn[aã]o\s{1,2}(?:te\s{1,2})?importa(?:s|rias?)?|\bn[aã]o\s{1,2}(?:podemos|poder[ií]amos)|"
    r"\bn[aã]o\s{1,2}(?:rola|d[aá]\s{1,2}(?:pra|para)|tem\s{1,2}como)|"
    r"\b(?:wouldn'?t|would\s{1,2}it\s{1,2}not)\s{1,2}it\s{1,2}be|\bwouldn'?t\s{1,2}it|"
    r"\b(?:shouldn'?t|can'?t|couldn'?t)\s{1,2}we|\bdon'?t\s{1,2}you\s{1,2}think|"
    r"\bwould(?:n'?t|\s{1,2}you\s{1,2}not)\s{1,2}(?:you\s{1,2})?mind|"
    r"\bne\s{1,2}pourrait-on\s{1,2}pas|\bon\s{1,2}ne\s{1,2}pourrait\s{1,2}pas|"
    r"\bce\s{1,2}ne\s{1,2}serait\s{1,2}pas|\b(?:ce|[çc]a)\s{1,2}serait\s{1,2}pas|"
    r"\bon\s{1,2}(?:ne\s{1,2})?pourrait\s{1,2}pas|\bc'est\s{1,2}pas\s{1,2}(?:plus|mieux)|\bça\s{1,2}(?:ne\s{1,2})?te\s{1,2}d[ée]range"
    r"(?:rait)?\s{1,2}pas")


def _suggested(text: str, start: int, window: str) -> bool:
    """The negation is a question that suggests ("wollen wir nicht…?")."""
    if _SUGGEST.search(window) is None:
        return False
    end = _QUESTION_END.search(text, start)
    return end is not None and end.group() == "?"


_QUESTION_END = re.compile(r"[.!?\n]")


# A new clause after a negated one: "I don't want to be pushy, but…", "i'd rather not pay the
# fee again, can i just…", "no puedo ahora, pero…": the negation stays in the clause before.
_CLAUSE = re.compile(r"(?:,\s{0,2}|\b)(?:but|pero|aber|sondern)\s|,\s{0,2}(?:mais|mas|however)\s|"
                     r",\s{0,2}(?=(?:can|could|may|shall|i|we|let'?s|what'?s|whats|wats|where'?s|how)\b)")
_CLAUSE_WORDS = (",", "but", "pero", "aber", "sondern")


_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text``."""
    # a plain loop: any() over a generator costs a resumption per word, about half the time
    for w in words:
        if w in text:
            return True
    return False


def _negated(text: str, start: int) -> bool:
    """A refusal or rule just before the phrase ("I can't share my number here")."""
    window = text[max(0, start - 40):start]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"),
              window.rfind(" - "), window.rfind(";"))  # dashes are folded to " - "
    window = window[cut + 1:]
    for i in range(len(window) - 1, -1, -1):  # an emoji ends a sentence too ("… for me 😩 Any…")
        if window[i] >= "\u2600" and _EMOJI.match(window[i]):
            window = window[i + 1:]
            break
    if _has(window, _CLAUSE_WORDS):
        # the phrase's first words too: "I can't type all this, whats your cell" opens a question
        last = None
        for last in _CLAUSE.finditer(window + text[start:start + 8]):  # noqa: B007 - the last
            pass
        if last is not None:
            window = window[last.end():]
    if "n" in window:
        window = _PT_ON.sub(" ", window)
    if _NEGATION.search(window) is None:
        return False
    # "Sollen wir das nicht lieber direkt abwickeln, ohne die Plattform?": the question that
    # suggests may open further back than the window
    wide = text[max(0, start - 90):start]
    cut = max(wide.rfind("."), wide.rfind("!"), wide.rfind("?"), wide.rfind("\n"))
    return not _suggested(text, start, wide[cut + 1:])


# ---- Composed asks ------------------------------------------------------------------------------
# Beyond the fixed phrases above, one sentence asks to leave the platform when it asks for the
# other person's channel, proposes going around the platform, offers to pay outside it, talks
# about getting a detail past the filter, or points to a profile elsewhere — unless it refuses,
# reports the ask, or keeps things here. Written in lowercase (run on the lowercased view).
_APPS = (r"(?:whats\s?app|whats|wpp|wsp|wa(?!s)|wasap|guasap|zap|zapzap|telegram|tg|skype|"
         + _ZOOM + r"|"
         r"discord|wechat|"
         r"insta(?:gram)?|ig|the\s{1,2}gram|snap(?:chat)?|facebook|fb|messenger|linked\s?in|viber|"
         r"tik\s?tok|threads|imessage|facetime|xing|"
         # "the green app", "the little bird app": a messenger named by its look
         r"the\s{1,2}(?:green|(?:little\s{1,2})?(?:blue\s{1,2})?bird|(?:yellow\s{1,2})?ghost|"
         r"paper\s{1,2}plane)\s{1,2}app(?!\s{1,2}(?:icons?|logos?|buttons?|colou?rs?|themes?|"
         r"designs?|store)\b))")
_ADDRESSES = (r"(?:e-?mail(?:\s{0,2}address)?|mail|addy|correo|courriel|e-?mail-adresse|"
              r"g-?mail|hotmail|yahoo|icloud|proton\s?mail|gmx|"
              r"mailadresse|handynummer|telefonnummer|digits|socials|handle|@|"
              r"(?:phone|cell|mobile|contact|whats\s?app|personal|private|direct|home|work)"
              r"\s{0,2}(?:number|no\.?|#|details|info)|(?:personal|private|direct|cell|mobile)"
              r"\s{1,2}(?:(?:phone|booking|business|contact|work|office)\s{1,2})?line"
              r"(?!\s{1,2}(?:items?|of|manager|cook|up)\b)|"
              r"durchwahl|ligne\s{1,2}directe|l[ií]nea\s{1,2}directa|linha\s{1,2}direta|"
              r"business\s{1,2}card|visitenkarte|"
              r"(?:cart[aã]o|tarjeta|carte)\s{1,2}de\s{1,2}visit\w{1,2}|"
              # "a card with your details", "une carte avec tes coordonnées"
              r"(?:card(?<!loyalty\scard)(?<!credit\scard)(?<!debit\scard)(?<!gift\scard)"
              r"(?<!bank\scard)|tarjeta|carte|karte|cart[aã]o)\s{1,2}(?:with|con|avec|mit|com)\s{1,2}"
              r"(?:your|ur|tus|sus|tes|vos|deinen|ihren|seus|teus)\s{1,2}(?:contact\s{1,2})?"
              r"(?:details|info|number|datos|coordonn[ée]es|kontaktdaten|daten|dados|contatos)|"
              r"(?:bank|banking|account)\s{1,2}(?:details|info|number)|iban|rib|datos\s{1,2}bancarios|"
              r"bankdaten|bankverbindung|coordonn[ée]es\s{1,2}bancaires|dados\s{1,2}banc[aá]rios|"
              r"chave\s{1,2}pix|kontaktdaten|kontaktinfos?|kontaktinformationen|"
              r"datos\s{1,2}de\s{1,2}contacto|dados\s{1,2}de\s{1,2}contato)")
_GENERIC = (r"(?:number|num|landline|festnetz(?:nummer)?|tele|telf|tlf|tel|cel|fono|n[uú]mero|"
            r"num[eé]ro|nummer|phone|cell|"
            r"mobile|portable|celular|celu|"
            r"telefone?|t[eé]l[eé]fono|t[eé]l[eé]phone|telem[oó]vel|handy|contacto|contato|kontakt|"
            r"coordonn[eé]es|signal|contact)")
# "phone case", "email campaign": a channel word naming a thing of the job
_THING = (r"(?!\s{1,2}(?:case|cases|cover|covers|screen|mockups?|bill|plan|model|template|list|"
          r"newsletter|campaign|marketing|layout|signature|version|stand|holder|charger|"
          # "the FaceTime setup guide", "a text file": a document about the app
          r"set-?up|guides?|tutorials?|courses?|training|workshops?|files?|versions|fields?|"
          r"de\s{1,2}(?:pedido|factura|fatura|rastreio|seguimiento|commande|suivi)|of\s{1,2}the|"
          r"for\s{1,2}the(?!\s{1,2}(?:invoice|receipt|bill|contract|paperwork|quote|estimate|"
          r"deposit|payment|transfer|booking|confirmation)\b)|"
          # "put your phone number and email at the top of the CV": written on a document
          r"(?:numbers?\s{1,2}|address\s{1,2})?(?:and\s{1,2}(?:your\s{1,2})?[a-z\-]{2,12}\s{1,2})?"
          r"(?:at|on|in)\s{1,2}(?:the|your)"
          r"\s{1,2}(?:(?:top|bottom)(?!\s{1,2}of\s{1,2}(?:your|the|my)\s{1,2}(?:e-?mail|message|"
          r"reply|text|note))|header|footer|cv|resume|r[eé]sum[eé]|letterhead)\b))")
_YOUR = (r"(?:your|ur|yr|tu|tus|su|sus|dein(?:e|en)?|ihr(?:e|en)?|ton|ta|tes|votre|vos|seu|sua|"
         r"seus|suas|teu|tua|teus|tuas)")
_ASK_VERB = (
    r"\b" + _LETTER + r"(?:what(?:'s|s|\s{1,2}is|\s{1,2}are)|wats|wuts|"
    r"(?:send|give|share|drop|text|pass|tell|shoot|put|write|spell|leave|post|dm|ping|pm|msg|"
    r"message)"
    r"(?:\s{1,2}(?:me|us|over))?|mind\s{1,2}(?:giving|sending|sharing|dropping|passing|texting|"
    r"telling|leaving)(?:\s{1,2}(?:me|us))?|(?:giving|sending|sharing|dropping|passing|texting)"
    r"\s{1,2}(?:me|us)|gimme|(?:can|could|may|might)\s{1,2}(?:i|we)\s{1,2}(?:get|have|"
    r"grab|take|ask\s{1,2}for|use)|"
    r"(?:mind|ok(?:ay)?|alright|fine)\s{1,2}if\s{1,2}(?:i|we)\s{1,2}(?:just\s{1,2}|also\s{1,2})?"
    r"(?:get|got|grab|grabbed|have|had|take|took|ask\w{0,2}\s{1,2}for|save|saved|note|jot|"
    r"add|keep|kept)|"
    # "would it be rude to ask for your number?", "can I ask for your email?"
    r"(?:(?:can|could|may|might)\s{1,2}i|(?:rude|weird|odd|forward|cheeky|pushy|strange|"
    r"presumptuous|wrong|ok(?:ay)?|alright|possible|inappropriate|much)\s{1,2}(?:of\s{1,2}me"
    r"\s{1,2})?to)\s{1,2}(?:just\s{1,2})?ask\s{1,2}(?:you\s{1,2})?for|"
    # "ce serait possible d'avoir votre portable", "¿sería posible tener tu número?", "seria
    # possível ter seu número?", "wäre es möglich, dass Sie mir Ihre E-Mail geben?"
    r"possible\s{1,2}d'\s{0,2}avoir|(?:pourrais-je|pourrait-on|peut-on)\s{1,2}avoir|"
    r"(?:posible|podr[ií]a|podr[ií]amos)\s{1,2}tener|(?:poss[ií]vel|poderia|podia)\s{1,2}"
    r"(?:ter|pegar)|(?:m[oö]glich|ok(?:ay)?|in\s{1,2}ordnung|schlimm|freuen|dankbar),?\s{1,2}"
    r"(?:\w+\s{1,2})?(?:dass|wenn)\s{1,2}(?:sie|du|ihr)\s{1,2}mir|"
    r"(?:possible|ok(?:ay)?)\s{1,2}(?:for\s{1,2}(?:me|us)\s{1,2})?to\s{1,2}"
    r"(?:get|have|grab)|(?:importa|importar[ií]a|molesta|molestar[ií]a)\s{1,2}si|"
    r"(?:d[ée]range|g[eê]ne)\w{0,4}\s{1,2}(?:pas\s{1,2})?si|"
    r"(?:importa|importaria|incomoda|problema|tudo\s{1,2}bem)\s{1,2}se|"
    r"(?:dagegen|aus|okay|ok|ordnung|schlimm),?\s{1,2}wenn\s{1,2}ich|"
    r"cu[aá]l\s{1,2}es|p[aá]same|dame|d[eé]jame|m[aá]ndame|env[ií]ame|me\s{1,2}(?:pasas|das|dejas|"
    r"mandas|env[ií]as|compartes|pasar[ií]as|dar[ií]as)|"
    r"(?:wie|was)\s{1,2}(?:ist|lautet|lauten)|gib\s{1,2}mir|schick\s{1,2}mir|"
    r"geben\s{1,2}sie\s{1,2}mir|"
    r"schicken\s{1,2}sie\s{1,2}mir|k[oö]nnen\s{1,2}sie\s{1,2}mir|kannst\s{1,2}du\s{1,2}mir|"
    r"(?:w[uü]rden|k[oö]nnten)\s{1,2}sie\s{1,2}mir|"
    r"(?:w[uü]rdest|k[oö]nntest)\s{1,2}du\s{1,2}mir|trag\w{0,2}|"
    # "any chance of your landline?", "darf ich deine Nummer haben?", "tu me donnes ton num ?",
    # "c koi ton num", "je peux avoir ton 06 ?", "¿le puedes dar tu teléfono?", "pode me
    # passar seu número?", "posso ter o seu contato?"
    r"any\s{1,2}chance\s{1,2}(?:of|at|to|(?:i|we)\s{1,2}(?:can|could|might))|"
    r"(?:darf|kann|k[oö]nnte)\s{1,2}ich|(?:tu|vous)\s{1,2}me\s{1,2}(?:donnes|files|passes|"
    r"envoies|laisses|donnez|filez|passez|envoyez|laissez)|c\s{1,2}(?:koi|quoi)|c'?est\s{1,2}koi|"
    r"(?:je\s{1,2}(?:peux|pourrais)|j'?peux|puis-je)\s{1,2}avoir|"
    r"(?:me|le|nos|les)\s{1,2}(?:puedes|podr[ií]as|puede|podr[ií]a|pod[eé]s)\s{1,2}(?:dar|pasar|"
    r"mandar|enviar|dejar|compartir)|(?:puedes|podr[ií]as|puede|podr[ií]a|pod[eé]s)\s{1,2}"
    r"(?:dar|pasar|mandar|enviar|dejar|compartir)(?:me|le|nos|les)|"
    r"(?:pode|podes|poderia|podia)\s{1,2}(?:me\s{1,2}|lhe\s{1,2})?(?:dar|passar|mandar|enviar)|"
    r"posso\s{1,2}(?:ter|pegar|anotar|ficar\s{1,2}com)|"
    r"quel(?:le)?\s{1,2}est|c'?est\s{1,2}quoi|donne[sz]?[- ]moi|envoie[sz]?[- ]moi|"
    r"passe[sz]?[- ]moi|file[sz]?[- ]moi|(?:tu\s{1,2}peux|vous\s{1,2}pouvez|peux-tu|pouvez-vous)"
    r"\s{1,2}me\s{1,2}(?:donner|envoyer|passer|filer|laisser|communiquer)|"
    r"(?:pourriez-vous|pourrais-tu|tu\s{1,2}pourrais|vous\s{1,2}pourriez)\s{1,2}me\s{1,2}"
    r"(?:donner|envoyer|passer|filer|laisser|communiquer)|mets|mettez|pon|pone|ponga|pon[eé]|"
    r"[ée]cris|[ée]crivez|escribe|escreve|"
    r"coloca|coloque|bota|"
    r"qual\s{1,2}(?:[eé]\s{1,2})?(?:o\s{1,2}|a\s{1,2})?|me\s{1,2}(?:passa|manda|d[aá]|envia)|"
    # "manda tua chave pix", "passa teu número": the bare imperative, the "your" right after
    r"(?:manda|passa|envia)(?=\s{1,2}(?:teu|tua|seu|sua)\b)|"
    r"(?:passa|manda|d[aá]|envia|dar|passar|enviar|mandar|diz|dizer|deixa|deixar)-me)"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?" + _YOUR + r"\s{1,2}(?:\w+\s{1,2})?")
_ASK_FOR = re.compile(_ASK_VERB + r"(?:" + _APPS + "|" + _ADDRESSES + "|" + _GENERIC
                      + r"|0[67])(?![\w-])" + _THING)
# "could you give me a direct line or email?", "¿me pasas un correo personal?", "tu me donnes
# un numéro perso ?", "geben Sie mir eine private Nummer", "me passa um número pessoal": a
# channel of the person's own asked for with "a" instead of "your"
_QUAL = (r"(?:direct|personal|private|mobile|cell|home|separate|perso|personnelle?|priv[ée]e?|"
         r"directe?|privad[oa]|pessoal|particular|direct[ao]|diret[ao]|privat\w{0,2}|"
         r"pers[oö]nlich\w{0,2}|direkt\w{0,2})")
_QCHAN = (r"(?:(?:(?:phone|booking|business|contact|work|office)\s{1,2})?line|number|"
          r"e-?mail(?:\s{1,2}address)?|phone|contact|cell|"
          r"whats\s?app|n[uú]mero|num[eé]ro|num|correo|mail|adresse\s{1,2}(?:e-?)?mail|l[ií]nea|"
          r"linha|ligne|contacto|contato|telefone?|t[eé]l[eé]fono|t[eé]l[eé]phone|portable|"
          r"celular|nummer|handynummer|telefonnummer|e-?mail-adresse|mailadresse|durchwahl)")
_ASK_A = re.compile(
    r"\b" + _LETTER + r"(?:(?:give|giving|send|sending|share|sharing|pass|passing|drop|leave|"
    r"text|tell|dm|pm|shoot)\s{1,2}"
    r"(?:me|us|him|her|them|my\s{1,2}\w{2,12})|dame|d[eé]jame|p[aá]same|m[aá]ndame|env[ií]ame|"
    r"me\s{1,2}(?:das|dejas|pasas|mandas|env[ií]as|dar[ií]as|pasar[ií]as|(?:puedes|podr[ií]as|"
    r"puede|podr[ií]a)\s{1,2}(?:dar|pasar|dejar))|donne[sz]?-moi|laisse[sz]?-moi|passe[sz]?-moi|"
    r"envoie[sz]?-moi|(?:tu|vous)\s{1,2}me\s{1,2}(?:donnes|laisses|passes|donnez|laissez|"
    r"passez)|me\s{1,2}(?:donner|laisser|passer|communiquer)|me\s{1,2}(?:d[aá]|passa|manda|dar|"
    r"passar|mandar)|d[aá]-me|passa-me|manda-me|(?:gib|geben\s{1,2}sie|schick|schicken"
    r"\s{1,2}sie)\s{1,2}mir|(?:sie|du)\s{1,2}mir)\s{1,2}(?:\w+\s{1,2}){0,2}?(?:an?|some|another|"
    r"un|una|une|um|uma|ein|eine|einen|'?ne|otr[oa]|autre|outr[oa]|andere)\s{1,2}(?:" + _QUAL
    + r"\s{1,2}" + _QCHAN + "|" + _QCHAN + r"\s{1,2}" + _QUAL + r")(?![\w-])")
# "telegram or signal, just tell me your username": a user name asked for, an app named
_ASK_USER = re.compile(_ASK_VERB + r"(?:user\s?names?|user\s{1,2}ids?|handles?|nick(?:name)?s?|"
                       r"pseudo|usuario|nombre\s{1,2}de\s{1,2}usuario|usu[aá]rio|"
                       r"nome\s{1,2}de\s{1,2}usu[aá]rio|benutzername|nutzername|identifiant|"
                       r"nom\s{1,2}d'utilisateur|@)(?![\w-])")
_NAMED_APP = re.compile(r"\b(?:" + _APPS + r"|signal)(?![\w-])")
# "my boss wants your direct line", "I'd love your number", "mi jefe quiere tu número", "mon
# patron veut ton numéro", "mein Chef braucht deine Durchwahl", "meu chefe quer seu número":
# someone wants the other person's channel. Only the words that mean "your" ("su" is also
# "his", "ihr" also "her"), and not "do you want your number on the invoice?".
_WHO = r"(?:i|we|he|she|they|(?:my|our|his|her|their)\s{1,2}\w{2,14})"
_WANT_HEADS = _top_split(
    _WHO + r"(?:'d|\s{1,2}would)\s{1,2}(?:like|love)|" + _WHO
    + r"\s{1,2}(?:(?:really|also|just|still|only|actually)\s{1,2})?(?:wants?|wanted|needs?|"
    r"needed)|quiero|quiere|quieren|queremos|quer[ií]a|necesito|necesita|necesitan|necesitamos|"
    r"necesitar[ií]a|me\s{1,2}gustar[ií]a\s{1,2}tener|veut|veux|veulent|voudrais|voudrait|"
    r"aimerais|aimerait|(?:ai|a|avons|ont)\s{1,2}besoin\s{1,2}d[e']|m[oö]chte|m[oö]chten|"
    r"braucht|brauche|brauchen|br[aä]uchte|h[aä]tte\s{1,2}gerne?|(?:chef|chefin|boss|frau|mann|"
    r"mutter|vater|kollege|kollegin)\s{1,2}will|quero|quer|querem|queremos|queria|preciso|"
    r"precisa|precisam|precisamos|gostaria\s{1,2}de\s{1,2}ter")[0]
_WANT_YOURS = re.compile(
    r"\b" + _LETTER + "(?:" + _dispatch(_WANT_HEADS, 2) + r")\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:your|ur|yr|tu|tus|dein(?:e|en)?|ihre|ihren|ton|ta|tes|votre|vos|teu|tua|seu|sua)"
    r"\s{1,2}(?:\w+\s{1,2})?(?:" + _APPS + "|" + _ADDRESSES + "|" + _GENERIC
    + r"|0[67])(?![\w-])" + _THING)
# "where can I send the money directly?", "¿te mando el dinero directamente?": money sent to
# the person, past the platform
_SEND_MONEY = re.compile(
    r"\b" + _LETTER + r"(?:(?:send|transfer|wire|pay|mandar|enviar|transferir|mand[oe]|"
    r"env[ií][oeé]|schick\w{0,2}|sende|[uü]berweis\w{0,2}|envoyer|envoie|virer|vire)\s{1,2}"
    r"(?:\w+\s{1,2}){0,3}?(?:l')?(?:money|payment|funds|deposit|balance|dinero|plata|pago|"
    r"dinheiro|"
    r"pagamento|grana|valor|geld|betrag|anzahlung|argent|paiement|somme|acompte)\s{1,2}"
    # "wire the rest straight to your bank" (not "straight away")
    r"(?:\w+\s{1,2}){0,2}?(?:directly|direct|straight(?!\s{1,2}away)|directamente|directo|"
    r"direkt|directement|"
    r"en\s{1,2}direct|diretamente|direto)|(?:geld|betrag|anzahlung)\s{1,2}(?:\w+\s{1,2})?"
    r"direkt\s{1,2}(?:[uü]berweisen|schicken|senden|zahlen|geben))\b")
# "on pourrait régler directement et annuler ici": paid outside, the order cancelled here
_PAY_DIRECT = re.compile(
    r"\b" + _LETTER + r"(?:pay|paid|settl|pag|r[eé]gl|zahl|bezahl|abrechn|[uü]berweis|acert)\w{0,5}"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:directly|direct|directamente|directo|directement|"
    r"en\s{1,2}direct|direkt|diretamente|direto|por\s{1,2}fuera|por\s{1,2}fora|privately|"
    r"privat|in\s{1,2}cash|en\s{1,2}efectivo|en\s{1,2}liquide|in\s{1,2}bar|"
    r"(?:by|par|por|per|via|pelo|em)\s{1,2}(?:an?\s{1,2}|um\s{1,2})?(?:bank\s{1,2}transfer|"
    r"virement|transferencia|transfer[eê]ncia|[uü]berweisung|pix|bizum|paypal|venmo|zelle))\b")
# "is ur paypal the same as ur email? I'd pay you there": the payment sent to an app of theirs
_PAY_THERE = re.compile(
    r"\b" + _LETTER + r"(?:pay\w{0,3}\s{1,2}(?:you|u|ya)|send\s{1,2}(?:it|the\s{1,2}(?:money|"
    r"payment|deposit))(?:\s{1,2}to\s{1,2}(?:you|u))?)\s{1,2}(?:there|that\s{1,2}way|"
    r"on\s{1,2}(?:it|that|there)|through\s{1,2}(?:it|that))\b|"
    r"\b(?:te|le)\s{1,2}(?:pago|pagar[eé]?|mando\s{1,2}el\s{1,2}dinero|pagaria|transfiro)"
    r"\s{1,2}(?:por\s{1,2})?(?:ah[ií]|all[ií]|l[aá]|ali|nele|nela)\b|"
    r"\bje\s{1,2}(?:te|vous)\s{1,2}(?:paie|paierai|payerai|r[eè]gle|r[eé]glerai|vire)"
    r"\s{1,2}(?:l[aà]-dessus|par\s{1,2}l[aà]|l[aà])(?![\w-])|"
    r"\b(?:zahl|bezahl|[uü]berweis)\w{0,2}\s{1,2}(?:ich\s{1,2})?(?:dir|ihnen|dich|sie|es)"
    r"\s{1,2}(?:\w+\s{1,2})?(?:dort|dar[uü]ber|dahin|da\s{1,2}hin)\b")
# "the platform sends the money directly to your bank": the platform pays, no one asks
_BY_PLATFORM = re.compile(
    # not a place the sentence is in ("si cancelas en la app te pago directo")
    r"(?<!\ben\s)(?<!\bin\s)(?<!\bon\s)(?<!\bna\s)(?<!\bno\s)(?<!\bim\s)(?<!\bsur\s)"
    r"(?<!\bdans\s)(?<!\bauf\s)(?<!\bpor\s)(?<!\bvia\s)(?<!through\s)"
    r"\b(?:the|this|la|el|o|a|die|der|das|le|l')\s{0,2}(?:app|site|website|platform|plataforma|"
    r"plateforme|plattform|appli|system|sistema|syst[eè]me|checkout|aplicativo|portal)"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}$")


# "If you cancel, the platform will pay you directly": the platform is the one who pays.
_BY_PLATFORM_DOES = re.compile(
    r"\b(?:the|la|el|a|o|die|das|le|l')\s{0,2}(?:app|site|website|platform|plataforma|"
    r"plateforme|plattform|appli|system|sistema|syst[eè]me|checkout|aplicativo|portal)"
    r"\s{1,2}(?:(?:will|would|can|could|should|does|did|then|also|just|always|usually|is|was|"
    r"automatically|itself|va|vai|wird|kann|puede|pode|peut)\s{1,2}){1,2}$")


def _by_person(sentence: str, m: re.Match | None) -> re.Match | None:
    """``m`` unless the platform itself is the one paying or sending."""
    if m is not None and _BY_PLATFORM.search(sentence, max(0, m.start() - 40), m.start()):
        return None
    return m


_PAY_APP_WORDS = ("paypal", "venmo", "zelle", "cash", "revolut", "bizum", "pix", "wise",
                  "lydia", "twint", "way", "iban", "rib")
_YOUR_PAY_APP = re.compile(
    r"\b(?:your|ur|yr|tu|ton|ta|votre|teu|tua|seu|sua|dein\w{0,2}|ihr\w{0,2})\s{1,2}"
    r"(?:paypal|venmo|zelle|cash\s?app|revolut|bizum|pix|chave\s{1,2}pix|wise|lydia|twint|"
    r"mb\s?way|iban|rib)\b")
_HAS = (r"(?:do\s{1,2}(?:you|u|ya)\s{1,2}(?:(?:maybe|perhaps|also|still|happen\s{1,2}to)"
        r"\s{1,2})?(?:have|use)|have\s{1,2}you\s{1,2}got|you\s{1,2}(?:got|"
        r"have)|"
        r"got|are\s{1,2}you\s{1,2}on|r\s{1,2}u\s{1,2}on|u\s{1,2}on|tienes|ten[eé]s|"
        # "you on signal?", "hey, you also on insta?": the verb left out, opening the question
        r"you(?<![\w'] you)(?<!'you)\s{1,2}(?:(?:also|still|even)\s{1,2})?on|"
        r"tiene\s{1,2}usted|"
        r"usas|est[aá]s\s{1,2}en|hast\s{1,2}du|haben\s{1,2}sie|"
        # "bist du eigentlich auf LinkedIn?", "are you also on Telegram?"
        r"(?:bist\s{1,2}du|sind\s{1,2}sie)\s{1,2}(?:(?:eigentlich|auch|denn|schon|zuf[aä]llig|"
        r"noch)\s{1,2}){0,2}(?:auf|bei)|are\s{1,2}you\s{1,2}(?:also|even|still|actually)\s{1,2}on|"
        r"gibt(?:'?s|\s{1,2}es)\s{1,2}dich\s{1,2}"
        r"(?:auch\s{1,2})?(?:auf|bei)|t'?as|tu\s{1,2}as|vous\s{1,2}avez|avez-vous|as-tu|"
        r"t'?es\s{1,2}sur|tu\s{1,2}es\s{1,2}sur|[eê]tes-vous\s{1,2}sur|tem|tens|"
        r"auriez-vous|aurais-tu|(?:tu|vous)\s{1,2}(?:aurais|auriez)|t'aurais|tendr[ií]as|"
        r"tendr[ií]a\s{1,2}usted|(?:voc[eê]|vc|o\s{1,2}senhor|a\s{1,2}senhora)\s{1,2}teria|terias|"
        r"h[aä]ttest\s{1,2}du|h[aä]tten\s{1,2}sie|would\s{1,2}(?:you|u)\s{1,2}(?:happen\s{1,2}to"
        r"\s{1,2})?have|"
        r"voc[eê]\s{1,2}(?:tem|usa|t[aá]\s{1,2}n[oa])|vc\s{1,2}(?:tem|usa|t[aá]\s{1,2}n[oa]))")
_ASK_HAS = re.compile(
    r"\b" + _HAS + r"\s{1,2}(?:(?:maybe|perhaps|also|still|vielleicht|zuf[aä]llig|auch|noch|"
    r"por\s{1,2}casualidad|quiz[aá]s|tambi[eé]n|peut-[eê]tre|aussi|por\s{1,2}acaso|tamb[eé]m)"
    r"\s{1,2})?"
    # "do you have a website or a direct booking line?": another thing named first
    r"(?:(?:an?|un|una|um|uma|une|ein|eine|einen)\s{1,2}[\w-]{2,12}\s{1,2}(?:or|o|ou|oder)"
    r"\s{1,2})?(?:" + _APPS + r"(?![\w-])(?!\s{1,2}(?:integration|api|ads|bot|"
    r"business\s{1,2}"
    r"api|campaign|marketing|experience|templates?|groups?\s{1,2}for))|"
    # "¿tendría usted un WhatsApp?", "do you have a whatsapp?"
    r"(?:a|an|un|una|um|uma)\s{1,2}" + _APPS + r"(?=\s{0,2}(?:[?,]|$))|(?:a|an|any|un|une|um|uma|"
    r"ein|eine|einen|ne|'ne|nen|'nen|'n|some|another|una|otr[oa]|outr[oa]|autre)"
    r"\s{1,2}(?:\w+\s{1,2}(?:de\s{1,2})?)?(?:" + _ADDRESSES + r"|festnetz(?:nummer)?|"
    r"mobilnummer|landline)" + r"(?![\w-])" + _THING + "|"
    # "t'as un num ?", "tens um número?", "t'as un num ou on peut t'appeler ?": the phone
    # itself asked about, the question ending there
    r"(?:an?|un|une|um|uma|una|ein|eine|ne|'ne)\s{1,2}(?:num|num[eé]ro|n[uú]mero|number|nummer|"
    r"handy|portable|celular|cel|telem[oó]vel|tel[eé]fono|telefone|phone|tel)"
    r"(?:\s{1,2}(?:perso|personnel|pessoal|personal|privad[oa]|priv[ée]|privat\w{0,2}|"
    r"particular|direct[oa]|diret[oa]|directe?|direkt\w{0,2}))?(?=\s{0,2}(?:\?|$|(?:ou|or|o|oder)\s))|"
    # "¿tienes gmail?", "tens hotmail?"
    r"(?:g-?mail|hotmail|yahoo|icloud|proton\s?mail|gmx)(?=\s{0,2}(?:[?,]|$))|"
    # "tens conta no LinkedIn?", "do you have an account on Telegram?"
    r"(?:(?:an?|um|uma|una?|une?|ein(?:en)?)\s{1,2})?(?:conta|cuenta|account|compte|konto|perfil|"
    r"profile|profil)\s{1,2}(?:no|na|en|on|sur|auf|bei|em|in)\s{1,2}" + _APPS + r"(?![\w-]))")
_EITHER = re.compile(
    r"\b" + _LETTER + r"(?:" + _APPS + r"|signal|threema|e-?mail|sms|text)\s{1,2}(?:or|oder|ou|o)"
    r"\s{1,2}(?:" + _APPS + r"|signal|threema|e-?mail|sms|text|(?:google\s{1,2})?meet|teams)"
    r"(?:\s{0,2}\?|"
    # "telegram or signal, whichever you use", "lo que uses", "was du lieber hast" (two
    # messengers, see _either: not "email or phone, whatever you have" of a form)
    r"\s{0,2},?\s{1,2}(?:whichever|which\s{1,2}ever|what(?:ever)?|"
    r"lo\s{1,2}que|cual|"
    r"was|ce\s{1,2}que|comme|o\s{1,2}que|qual)\s{1,2}(?:(?:you|u|du|tu)\s{1,2})?(?:use|prefer|"
    r"like|have|want|uses|prefieras|tengas|lieber|nutzt|hast|willst|utilises|pr[eé]f[eè]res|"
    r"usa[rs]?|preferir|prefere|preferes|tiver)\b)")
_NOT_MSGR = ("e", "mail", "sms", "text")


def _either(sentence: str) -> bool:
    """Two channels offered as a choice: asked ("WhatsApp or email?"), or two messengers
    "whichever you use"."""
    m = _EITHER.search(sentence)
    return m is not None and (m.group().endswith("?") or not m.group().startswith(_NOT_MSGR))
# "how can I reach you directly?", "¿cómo te puedo contactar directamente?"
_REACH = re.compile(
    r"\b" + _LETTER + r"(?:(?:how|where)\s{1,2}(?:else\s{1,2})?(?:can|do|could|should|would|might)"
    r"\s{1,2}(?:i|we|"
    r"she|he|they|people|(?:my|our|his|her|their)\s{1,2}\w{2,12})\s{1,2}(?:reach|contact|call|text|message|find|get\s{1,2}hold\s{1,2}of|"
    r"get\s{1,2}in\s{1,2}touch\s{1,2}with)|(?:c[oó]mo|de\s{1,2}qu[eé]\s{1,2}otra\s{1,2}(?:forma|"
    r"manera))\s{1,2}(?:te|le|lo|la)?\s{0,2}(?:puedo\s{1,2})?"
    r"(?:contact\w{0,4}|localiz\w{0,4}|escrib\w{0,4}|llam\w{0,4}|encuentr\w{0,2})|"
    r"wie\s{1,2}ich\s{1,2}(?:dich|sie|euch)\s{1,2}(?:am\s{1,2}besten\s{1,2}|sonst\s{1,2})?"
    r"(?:erreiche|erreichen\s{1,2}kann|kontaktiere|kontaktieren\s{1,2}kann|finde)|"
    r"wie\s{1,2}(?:kann\s{1,2}ich\s{1,2}(?:dich|sie|euch)|erreiche\s{1,2}ich|finde\s{1,2}ich|"
    r"kontaktiere\s{1,2}ich)|comment\s{1,2}(?:je\s{1,2}(?:peux|pourrais)\s{1,2}|puis-je\s{1,2}|"
    r"je\s{1,2})?(?:te|vous)\s{1,2}(?:joindre|joins|contacter|contacte|recontacter|recontacte|"
    r"appeler|appelle|"
    r"[ée]crire|retrouver?|trouver?)|"
    r"como\s{1,2}(?:eu\s{1,2})?(?:falo|posso\s{1,2}falar|te\s{1,2}(?:contato|acho|encontro)|"
    r"entro\s{1,2}em\s{1,2}contato)|"
    # "how do I talk to you directly?", "como faço pra falar com você direto?", "¿cómo hago
    # para hablar contigo directamente?", "comment je fais pour te parler directement ?", "wie
    # kann ich direkt mit dir reden?": talking to the person, said with "directly" (below)
    r"how\s{1,2}(?:else\s{1,2})?(?:can|do|could|should)\s{1,2}(?:i|we)\s{1,2}(?:talk|speak|chat)"
    r"\s{1,2}(?:to|with)\s{1,2}(?:you|u)|"
    r"como\s{1,2}(?:[eé]\s{1,2}que\s{1,2})?(?:eu\s{1,2})?(?:fa[cç]o|fazemos|posso|consigo|"
    r"d[aá]|da\s{1,2}pra)\s{1,2}(?:(?:pra|para)\s{1,2})?(?:(?:falar|conversar|negociar|tratar|"
    r"combinar)\s{1,2}(?:com\s{1,2}(?:voc[eê]|vc|o\s{1,2}senhor|a\s{1,2}senhora)|contigo)|"
    r"entrar\s{1,2}em\s{1,2}contato\s{1,2}(?:com\s{1,2}(?:voc[eê]|vc)|contigo)|"
    r"te\s{1,2}(?:contatar|contactar|ligar|chamar|achar|encontrar))|"
    r"c[oó]mo\s{1,2}(?:hago|hacemos|puedo|podr[ií]a)\s{1,2}(?:para\s{1,2})?(?:(?:hablar|tratar|"
    r"comunicarme|negociar)\s{1,2}(?:contigo|con\s{1,2}(?:usted|vos|ustedes))|(?:contactar|"
    r"localizar|escribir|llamar|encontrar)(?:te|le))|"
    r"comment\s{1,2}(?:je\s{1,2}(?:fais|peux|pourrais)|faire|puis-je|on\s{1,2}fait)\s{1,2}"
    r"(?:pour\s{1,2})?(?:(?:te|vous)\s{1,2}(?:parler|joindre|contacter|[ée]crire|appeler)|"
    r"(?:parler|discuter|traiter)\s{1,2}avec\s{1,2}(?:toi|vous))|"
    r"wie\s{1,2}(?:kann|k[oö]nnte)\s{1,2}ich\s{1,2}(?:\w{1,12}\s{1,2})?mit\s{1,2}(?:dir|ihnen|"
    r"euch)\s{1,2}(?:\w{1,12}\s{1,2})?(?:reden|sprechen|schreiben|chatten|kontakt)|"
    # "¿dónde te encuentro?", "onde te acho?", "où je te trouve ?", "wo finde ich dich?"
    r"d[oó]nde\s{1,2}(?:te|le|lo|la)\s{1,2}(?:puedo\s{1,2})?(?:encuentr|encontr|localiz|ubic|"
    r"sig)\w{0,4}|onde\s{1,2}(?:eu\s{1,2})?(?:(?:te|posso\s{1,2}te)\s{1,2}(?:acho|achar|encontr"
    r"\w{0,3}|sigo|seguir)|(?:te\s{1,2})?(?:acho|encontro)\s{1,2}(?:voc[eê]|vc))|"
    r"o[uù]\s{1,2}(?:est-ce\s{1,2}qu[e']\s{0,2})?(?:je\s{1,2}(?:peux\s{1,2})?|puis-je\s{1,2})?"
    r"(?:te|vous)\s{1,2}(?:trouver?|retrouver?|suivre|suis)|wo\s{1,2}(?:finde\s{1,2}ich|"
    r"kann\s{1,2}ich)\s{1,2}(?:dich|sie|euch))\b")
_DIRECTLY = re.compile(
    r"\b" + _LETTER + r"(?:directly|direct|privately|outside|elsewhere|directamente|"
    # "how else can I reach you?", "wie kann ich dich sonst erreichen?", "after my account
    # here expires"
    r"else|otherwise|sonst|anders|sinon|autrement|de\s{1,2}otr[ao]\s{1,2}(?:forma|manera|modo)|"
    r"de\s{1,2}outr[ao]\s{1,2}(?:forma|maneira|jeito)|expir\w{0,4}|deactivat\w{0,4}|"
    r"caduc\w{0,4}|vence\w{0,2}|l[aä]uft\s{1,2}ab|abgelaufen|otra\s{1,2}(?:forma|manera)|"
    r"en\s{1,2}privado|direkt|privat|directement|en\s{1,2}priv[ée]|diretamente|direto|"
    r"no\s{1,2}privado|au(?:ß|ss)erhalb|ailleurs|fuera\s{1,2}de\s{1,2}aqu[ií]|fora\s{1,2}daqui|"
    r"hors\s{1,2}d'ici|"
    # "how can she reach you without signing up to this site?"
    r"without\s{1,2}(?:signing\s{1,2}up|registering|joining|(?:an|a\s{1,2}user)\s{1,2}account|"
    r"(?:making|creating|opening)\s{1,2}an\s{1,2}account)|sin\s{1,2}(?:registrarse|"
    r"registrarme|una\s{1,2}cuenta|darse\s{1,2}de\s{1,2}alta)|sem\s{1,2}(?:se\s{1,2}cadastrar|"
    r"cadastro|conta|se\s{1,2}registar)|sans\s{1,2}(?:s'inscrire|compte|inscription)|"
    r"ohne\s{1,2}(?:sich\s{1,2})?(?:anzumelden|zu\s{1,2}registrieren|konto|account))\b")
# "how do I find you after this project ends?", "¿cómo te encuentro cuando acabe este
# proyecto?", "wie erreiche ich dich, wenn das Projekt hier abgeschlossen ist?"
_AFTER_JOB = re.compile(
    r"\b(?:after|once|when|cuando|al\s{1,2}terminar|quando|depois|apr[eè]s|une\s{1,2}fois|nach|"
    r"wenn|sobald)\b[^.?!]{0,30}?\b(?:project|job|contract|gig|mission|proyecto|trabajo|encargo|"
    r"contrato|projeto|trabalho|projet|chantier|contrat|projekt|auftrag|vertrag)s?\b")
# ...said to the other person ("how do I find the file after the project ends?" is not).
_TO_YOU = re.compile(r"\b(?:you|u|te|le|la|lo|vous|dich|sie|euch|voc[eê]|ti)\b")
# "manda um e-mail que a gente continua por lá": a channel, and the talk carries on there.
_GO_ON_THERE = re.compile(
    r"\b(?:continu\w{0,4}|segui\w{0,3}|seguimos|sigamos|carry\s{1,2}on|talk|chat|hablamos|"
    r"falamos|conversamos|on\s{1,2}(?:en\s{1,2})?parle|on\s{1,2}discute|machen|reden|schreiben)"
    r"\s{1,2}(?:\w+\s{1,2})?(?:por\s{1,2}l[aá]|l[aá]-bas|por\s{1,2}ah[ií]|por\s{1,2}all[aá]|"
    r"over\s{1,2}there|there|dort|da\s{1,2}weiter|dort\s{1,2}weiter)\b")
# "a quick video call on Zoom or Meet?": a call proposed, the product has none.
_VIDEO_CALL = re.compile(
    r"\b(?:video\s?calls?|video\s{1,2}chat|videollamada|videochamada|chamada\s{1,2}de\s{1,2}"
    r"v[ií]deo|visio(?:conf[ée]rence)?|appel\s{1,2}vid[ée]o|videoanruf|videotelefonat|videocall)"
    r"\s{1,2}(?:on|over|via|by|por|en|sur|par|per|[uü]ber|auf|no|pelo|pela|with)\s{1,2}"
    r"(?:zoom|google\s?meet|meet|teams|skype|whats\s?app|facetime|jitsi|webex)\b")
_PROPOSE = re.compile(
    r"\b(?:(?:would|could|can|shall|will)\s{1,2}(?:you|we|u)|up\s{1,2}for|how\s{1,2}about|"
    r"let'?s|want\s{1,2}to|wanna|podemos|hacemos|quieres|on\s{1,2}(?:fait|peut)|tu\s{1,2}veux|"
    r"k[oö]nnen\s{1,2}wir|wollen\s{1,2}wir|lass\s{1,2}uns|vamos|bora|quer|topas?)\b")
# "is there another way I can reach you?"
_OTHER_WAY = re.compile(
    r"\b" + _LETTER + r"(?:another|other|better|easier|quicker|faster|different|second)\s{1,2}ways?"
    r"\s{1,2}(?:(?:i|we)\s{1,2}(?:can|could|might)\s{1,2}|to\s{1,2})(?:reach|contact|call|text|pay|"
    r"get\s{1,2}(?:hold\s{1,2}of|in\s{1,2}touch\s{1,2}with)|talk\s{1,2}to|message)\s{1,2}(?:you|"
    r"u)\b")
# "if you pay cash I can do it for 180 instead of 220"
_CASH = re.compile(
    r"\b" + _LETTER + r"(?:cash|in\s{1,2}hand|efectivo|"
    # "the old-fashioned way", "à l'ancienne": cash without the word
    r"(?:the\s{1,2})?old[- ]?fashioned\s{1,2}way|a\s{1,2}la\s{1,2}antigua|[àa]\s{1,2}l'ancienne|"
    r"[àa]\s{1,2}moda\s{1,2}antiga|auf\s{1,2}die\s{1,2}altmodische\s{1,2}(?:art|weise)|"
    r"en\s{1,2}mano|esp[eè]ces|"
    r"liquide|dinheiro|em\s{1,2}m[aã]os?|bank\s{1,2}transfer|e-?transfer|transferencia|"
    r"[uü]berweisung|virement|transfer[eê]ncia|pix|bizum|zelle|venmo|paypal|bar\w{0,3}zahlung|"
    r"barzahler|bargeld|in\s{1,2}bar|bar\s{1,2}(?:auf|bezahl\w{0,3}|zahl\w{0,3}|machen|"
    r"abwickeln|regeln|erledigen)|"
    # "ich zahle bar", "zahlen Sie lieber bar"
    r"(?:be)?zahl\w{0,3}\s{1,2}(?:(?:ich|wir|sie|du|dann|lieber|einfach|gern|gerne|auch)"
    r"\s{1,2}){0,2}bar)\b")
_CHEAPER = re.compile(
    r"\b" + _LETTER + r"(?:instead|statt|anstatt|en\s{1,2}vez\s{1,2}de|au\s{1,2}lieu\s{1,2}de|"
    r"em\s{1,2}vez\s{1,2}de|cheaper|discount|less|off|knock|save|saves|"
    r"m[aá]s\s{1,2}barato|descuento|menos|rebaja|billiger|g[uü]nstiger|rabatt|weniger|nachlass|"
    r"moins|r[eé]duction|remise|moins\s{1,2}cher|mais\s{1,2}barato|desconto|spar(?:en|t|st|e)|"
    r"ahorr\w{1,4}|[ée]conomis\w{1,4}|economiz\w{1,4})\b|"
    r"\d\s{0,2}%|(?:booking|service|app|platform)\s{1,2}fees?")
_PLACE = (r"(?:platform|plattform|plataforma|plateforme|plate-forme|site|website|app|apps|appli|"
          r"application|aplicaci[oó]n|aplicativo|p[aá]gina|seite|portal|marketplace|here|aqu[ií]|"
          r"hier|ici|this\s{1,2}chat|the\s{1,2}chat|them|booking\s{1,2}system|switchboard)")
# "skip the site visit": a place of the job, not the platform
_PLACE_THING = (r"(?!\s{1,2}(?:visits?|surveys?|inspections?|meetings?|walk|plans?|maps?|photos?|"
                r"managers?|address|office|work|team|crew|prep))")
# "directly", "by text", "over WhatsApp": how two people would reach each other.
_BY_CHANNEL = (r"(?:directly|direct|by\s{1,2}(?:text|phone|e-?mail|sms)|over\s{1,2}(?:text|"
               r"the\s{1,2}phone|e-?mail|whats\s?app)|on\s{1,2}whats\s?app|via\s{1,2}(?:text|sms|"
               r"e-?mail|whats\s?app))\b")
_AROUND = re.compile(
    r"\b" + _LETTER + r"(?:(?:outside|off|without|bypass(?:ing)?|skip(?:ping)?|avoid(?:ing)?|"
    r"around|away\s{1,2}"
    r"from|not\s{1,2}(?:through|via|using)|no\s{1,2}need\s{1,2}for|don'?t\s{1,2}need|"
    r"instead\s{1,2}of)\s{1,2}(?:of\s{1,2})?(?:(?:(?:going|to\s{1,2}go|paying|booking)\s{1,2})?"
    r"(?:through|via)\s{1,2})?"
    r"(?:the\s{1,2}|this\s{1,2}|that\s{1,2}|their\s{1,2}|these\s{1,2})?" + _PLACE + r"(?![\w-])"
    + _PLACE_THING
    # "instead of using the workspace here": the platform's shared workspace left for another
    + r"|instead\s{1,2}of\s{1,2}(?:using\s{1,2}|working\s{1,2}in\s{1,2})?(?:the|this)\s{1,2}"
    r"(?:platform\s{1,2}|project\s{1,2})?workspace(?:\s{1,2}here)?\b|"
    # "send the files to my personal email instead", "a mi correo personal", "à mon mail perso",
    # "an meine private Mail", "pro meu e-mail pessoal": a private inbox in place of this chat
    r"to\s{1,2}(?:my|our)\s{1,2}(?:personal|private|own)\s{1,2}(?:e-?mail|inbox|mail|gmail|"
    r"number|phone|cell|whats\s?app)(?:\s{1,2}address)?\b|to\s{1,2}my\s{1,2}(?:e-?mail|inbox|"
    r"gmail|number|phone|whats\s?app)\s{1,2}instead\b|"
    r"(?:a|en)\s{1,2}mi\s{1,2}(?:correo|e-?mail|mail|n[uú]mero)\s{1,2}(?:personal|privado)\b|"
    r"(?:[aà]|sur)\s{1,2}(?:mon|ma)\s{1,2}(?:mail|e-?mail|adresse|bo[iî]te|num[ée]ro)\s{1,2}"
    r"(?:perso|personnelle?|priv[ée]e?)\b|"
    r"(?:an|auf)\s{1,2}meine\s{1,2}(?:private|pers[oö]nliche)\s{1,2}(?:e-?mail|mail|adresse|"
    r"nummer)\b|(?:pro|para\s{1,2}o|no)\s{1,2}meu\s{1,2}(?:e-?mail|email|n[uú]mero|zap)"
    r"\s{1,2}(?:pessoal|particular|privado)\b|"
    # "a website where I can book without the fee?": the person's own page, the fee left out
    r"(?:site|website|page|link|linktree|shop)\s{1,2}(?:where|so|that)\s{1,2}(?:\w+\s{1,2}){0,3}?"
    r"(?:book|pay|order|hire|buy)\w{0,3}\s{1,2}(?:(?:you|u|it)\s{1,2})?(?:\w+\s{1,2}){0,2}?"
    r"without\s{1,2}(?:paying\s{1,2})?(?:the|any|a|those|all\s{1,2}the|their)\s{1,2}"
    r"(?:\w+\s{1,2})?(?:fees?|commission|markup|service\s{1,2}charge)\b"
    + r"|cut(?:ting)?\s{1,2}out\s{1,2}the\s{1,2}middle\s?m[ae]n|off\s{1,2}the\s{1,2}books|"
    r"between\s{1,2}(?:us|ourselves|you\s{1,2}and\s{1,2}me)|keep\s{1,2}(?:it|this)\s{1,2}"
    r"(?:private|quiet|off)|private\s{1,2}(?:jobs?|work|deal|arrangement)|cash\s{1,2}jobs?|"
    r"on\s{1,2}the\s{1,2}side|no\s{1,2}(?:platform|middle\s?m[ae]n)\b|"
    # "no need to pay through here"; not "no need to pay through here until the job is done"
    r"no\s{1,2}need\s{1,2}to\s{1,2}(?:pay|book|order|go)\s{1,2}(?:through|via|on)\s{1,2}"
    r"(?:here|(?:the|this)\s{1,2}(?:app|site|platform))\b(?!\s{1,2}(?:until|till|before|yet|"
    r"now|for\s{1,2}(?:now|that|this|the|parking))\b)|"
    r"(?:by|over|via|on|through)\s{1,2}" + _APPS + r"\s{1,2}instead|"
    r"(?:by|over|via|through)\s{1,2}(?:e-?mail|phone|text)\s{1,2}instead|"
    r"(?:platform|app|site|service)(?:'s)?\s{1,2}(?:fees?|cut|commission)|"
    # "don't book through the app", "no hace falta usar la app", "pas besoin de la plateforme"
    r"(?:don'?t|do\s{1,2}not|no\s{1,2}need\s{1,2}to|never|forget|skip)\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:through|via|on|in|using|use)?\s{0,2}(?:the|this)\s{1,2}(?:app|platform|site)(?![\w-])"
    + _PLACE_THING + r"|"
    r"no\s{1,2}(?:hace\s{1,2}falta|necesitamos|es\s{1,2}necesario)\s{1,2}(?:usar\s{1,2}|"
    r"pasar\s{1,2}"
    r"por\s{1,2})?(?:la\s{1,2}|el\s{1,2}|esta\s{1,2})?(?:app|plataforma|p[aá]gina|web)|"
    r"pas\s{1,2}besoin\s{1,2}(?:de\s{1,2}|d')(?:passer\s{1,2}par\s{1,2})?(?:la\s{1,2}|l'|"
    r"le\s{1,2})?"
    r"(?:plateforme|appli|app|site)|"
    r"n[aã]o\s{1,2}precisa(?:mos)?\s{1,2}(?:de\s{1,2})?(?:usar\s{1,2}|"
    r"passar\s{1,2}pel[oa]\s{1,2})?(?:o\s{1,2}|a\s{1,2})?(?:app|aplicativo|plataforma|site)|"
    r"(?:brauchen|braucht|brauche)\s{1,2}(?:\w+\s{1,2}){0,2}?(?:die|diese)\s{1,2}(?:plattform|app)"
    r"\s{1,2}nicht|"
    # "work with me directly", "our own contract", "tell the platform it fell through"
    r"work\w{0,3}\s{1,2}(?:with\s{1,2}(?:me|you|us)\s{1,2})?direct(?:ly)?(?!\s{1,2}(?:on|in)\b)|"
    r"(?:our|my|a)\s{1,2}own\s{1,2}contract|contract\s{1,2}directly|"
    r"tell\s{1,2}(?:the\s{1,2})?(?:platform|app|site|support)\s{1,2}(?:that\s{1,2})?(?:the\s{1,2})?"
    r"(?:job|order|booking|project)\s{1,2}(?:fell\s{1,2}through|(?:is|was)\s{1,2}(?:off|"
    r"cancell?ed))|"
    r"(?:skip|avoid|dodge|save\s{1,2}on|save)\s{1,2}(?:the|their|those|all\s{1,2}the)\s{1,2}fees|"
    r"without\s{1,2}the\s{1,2}(?:intermediary|middle\s?m[ae]n)(?:\s{1,2}" + _PLACE + r")?|"
    # "somewhere I can book you without the fees", "te contratar sem as taxas": the person
    # hired or paid, the fees left out
    r"(?:book|hire|pay|order\s{1,2}from|buy\s{1,2}from|work\s{1,2}with)\w{0,3}\s{1,2}(?:you|u)"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?without\s{1,2}(?:paying\s{1,2})?(?:the|any|those|all\s{1,2}"
    r"the|their)\s{1,2}(?:\w+\s{1,2})?(?:fees?|commission|markup|service\s{1,2}charge)\b|"
    r"(?:contratar|reservar|pagar|agendar)(?:te|le)\s{1,2}(?:\w+\s{1,2}){0,2}?sin\s{1,2}(?:la|las|"
    r"esa|esas)\s{1,2}(?:comisi[oó]n|comisiones|tarifas?)\b|"
    r"(?:te|lhe)\s{1,2}(?:contratar|pagar|agendar|reservar)\s{1,2}(?:\w+\s{1,2}){0,2}?sem\s{1,2}"
    r"(?:a|as|essa|essas)\s{1,2}(?:taxas?|comiss[aã]o|comiss[oõ]es)\b|"
    r"(?:te|vous)\s{1,2}(?:r[ée]server|payer|engager|embaucher)\s{1,2}(?:\w+\s{1,2}){0,2}?sans"
    r"\s{1,2}(?:les|la|ces)\s{1,2}(?:frais|commissions?)\b|"
    r"(?:dich|sie)\s{1,2}(?:\w+\s{1,2}){0,2}?ohne\s{1,2}(?:die|diese)\s{1,2}(?:geb[uü]hr\w{0,3}|"
    r"provision)\s{1,2}(?:buchen|bezahlen|beauftragen|engagieren)\b|"
    r"paypal\s{1,2}(?:friends|freunde|f&f|ff|amigos|amis)|"
    r"(?:arrange|sort|settle|handle|deal\s{1,2}with|organi[sz]e|do)\s{1,2}(?:it|this|that|things|"
    r"the\s{1,2}rest|everything)?\s{0,2}privately|on\s{1,2}se\s{1,2}capte\s{1,2}sur|"
    r"(?:re-?book\w{0,3}|rebooke\w{0,2}|book\w{0,3}|r[eé]serv\w{1,4}|buch\w{0,3}|agend\w{1,4})"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:en\s{1,2}direct|directly|direct|privately|direkt|"
    r"directamente|direto|diretamente|directement)\b|"
    r"(?:fuera\s{1,2}de\s{1,2}(?:la\s{1,2}|esta\s{1,2}|el\s{1,2}|este\s{1,2})?|sin\s{1,2}"
    r"(?:(?:pasar|reservar|pagar|agendar)\s{1,2}(?:por|en)\s{1,2})?(?:la\s{1,2}|el\s{1,2}|"
    r"esta\s{1,2})?)" + _PLACE + r"(?![\w-])|"
    r"por\s{1,2}fuera|entre\s{1,2}nosotros|en\s{1,2}negro|sin\s{1,2}comisi[oó]n|"
    r"sin\s{1,2}intermediarios|"
    r"(?:au(?:ß|ss)erhalb\s{1,2}(?:der|dieser|von\s{1,2}der|des|dieses)?\s{0,2}|ohne\s{1,2}"
    r"(?:(?:buchung|zahlung|bezahlung|reservierung)\s{1,2})?(?:(?:[uü]ber|via)\s{1,2})?"
    r"(?:die\s{1,2}|diese\s{1,2}|den\s{1,2}|das\s{1,2})?)" + _PLACE + r"(?![\w-])|"
    r"unter\s{1,2}uns|ohne\s{1,2}(?:provision|geb[uü]hr\w*|vermittl\w*)|"
    # "wir lassen die Plattform außen vor", "leave the platform out of it"
    r"(?:lassen|lass|leave|deixa\w{0,4}|dej\w{0,4}|laiss\w{0,4})\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:the|die|diese|la|a|le|el)\s{1,2}(?:platform|plattform|plataforma|plateforme|app)\s{1,2}"
    r"(?:au(?:ß|ss)en\s{1,2}vor|raus\b|out\s{1,2}of\s{1,2}(?:it|this|the\s{1,2}(?:loop|deal|"
    r"payment))\b|de\s{1,2}(?:lado|c[oô]t[ée]|fora)|fuera|afuera)|"
    r"an\s{1,2}der\s{1,2}plattform\s{1,2}vorbei|privat\s{1,2}(?:regeln|machen|abwickeln|vereinbaren|absprechen|abmachen|"
    r"organisieren|buchen|ausmachen)|"
    r"(?:en\s{1,2}dehors|hors)\s{1,2}(?:du\s{1,2}|de\s{1,2}la\s{1,2}|de\s{1,2}l'|"
    r"de\s{1,2}ce\s{1,2}|de\s{1,2}cette\s{1,2})?" + _PLACE + r"(?![\w-])|"
    r"(?:en\s{1,2}dehors|hors)\s{1,2}d'ici|fora\s{1,2}daqui|"
    r"sans\s{1,2}(?:(?:passer|r[ée]server|payer|commander|booker|r[ée]gler)\s{1,2}"
    r"(?:par|sur|via)\s{1,2})?"
    r"(?:la\s{1,2}|le\s{1,2}|l'|ce\s{1,2}|cette\s{1,2})?" + _PLACE + r"(?![\w-])|"
    r"entre\s{1,2}nous|au\s{1,2}black|sans\s{1,2}(?:commission|frais|interm[eé]diaire)|"
    r"(?:fora\s{1,2}(?:d[oa]\s{1,2}|dest[ea]\s{1,2})?|sem\s{1,2}(?:(?:passar|reservar|pagar|"
    r"agendar|marcar)\s{1,2}(?:pel[oa]|n[oa])\s{1,2})?(?:a\s{1,2}|o\s{1,2})?)" + _PLACE
    + r"(?![\w-])|"
    r"por\s{1,2}fora|entre\s{1,2}n[oó]s|sem\s{1,2}(?:taxa|comiss[aã]o|intermedi[aá]rio)|"
    # "ohne Umweg über die Plattform": the detour is the platform
    r"ohne\s{1,2}(?:den\s{1,2})?umweg\s{1,2}(?:[uü]ber|via)\s{1,2}(?:die|diese|das|den)\s{1,2}"
    r"(?:plattform|app|seite|portal)|"
    # "put you two in touch directly by text", "vous mettre en contact par SMS": the other
    # person handed to someone else's channel
    r"(?:put|get|bring)\w{0,3}\s{1,2}(?:you|y'?all)\s{1,2}(?:two\s{1,2}|both\s{1,2}|guys\s{1,2})?"
    r"in\s{1,2}(?:touch|contact)\s{1,2}(?:with\s{1,2}(?:each\s{1,2}other|one\s{1,2}another|"
    r"(?:my|our|the|his|her|their)\s{1,2}\w+(?:\s{1,2}\w+)?)\s{1,2})?" + _BY_CHANNEL
    + r"|connect\s{1,2}(?:you\s{1,2}(?:two|both)|the\s{1,2}two\s{1,2}of\s{1,2}you)\s{1,2}"
    + _BY_CHANNEL + r"|"
    r"(?:euch|sie\s{1,2}beide|ihr\s{1,2}beide)\s{1,2}(?:beide\s{1,2})?(?:direkt|per\s{1,2}"
    r"(?:sms|whats\s?app|telefon|mail))\s{1,2}(?:miteinander\s{1,2})?(?:in\s{1,2}kontakt\s{1,2}"
    r"bringen|verbinden|vernetzen|zusammenbringen)|"
    r"vous\s{1,2}mettre\s{1,2}(?:tous\s{1,2}les\s{1,2}deux\s{1,2}|toutes\s{1,2}les\s{1,2}"
    r"deux\s{1,2})?en\s{1,2}(?:contact|relation)\s{1,2}(?:directement|en\s{1,2}direct|par"
    r"\s{1,2}(?:sms|texto|t[eé]l[eé]phone|mail|whats\s?app))|"
    r"(?:poneros|ponerlos|ponerles|pongo|pondr[eé])\s{1,2}(?:a\s{1,2}los\s{1,2}dos\s{1,2})?en"
    r"\s{1,2}contacto\s{1,2}(?:directamente|directo|por\s{1,2}(?:whats\s?app|tel[eé]fono|"
    r"mensaje|correo|sms))|"
    r"(?:colocar|p[oô]r|coloco|ponho)\s{1,2}(?:voc[eê]s|os\s{1,2}dois)\s{1,2}(?:dois\s{1,2})?"
    r"em\s{1,2}conta(?:c)?to\s{1,2}(?:direto|diretamente|pelo\s{1,2}(?:whats\s?app|zap|"
    r"telefone)|por\s{1,2}(?:whats\s?app|zap|telefone|mensagem|e-?mail|sms))|"
    # "let's do the rest by email", "hacemos el resto por correo": the talk moved to a channel
    r"(?:do|handle|sort|finish|wrap\s{1,2}up|settle|continue|carry\s{1,2}on(?:\s{1,2}with)?|"
    r"take)\s{1,2}(?:the\s{1,2}rest|everything\s{1,2}else|the\s{1,2}remaining\s{1,2}\w+)"
    r"(?:\s{1,2}of\s{1,2}(?:it|this|the\s{1,2}\w+))?\s{1,2}(?:by|over|via|through|per|on)"
    r"\s{1,2}(?:e-?mail|the\s{1,2}phone|phone|text|sms|" + _APPS + r")(?![\w-])|"
    r"(?:hacemos|hagamos|seguimos|sigamos|terminamos|cerramos|arreglamos)\s{1,2}(?:el\s{1,2}"
    r"resto|lo\s{1,2}dem[aá]s)\s{1,2}(?:por|en|v[ií]a)\s{1,2}(?:correo|e-?mail|mail|tel[eé]fono|"
    r"whats\s?app|wsp|telegram)|"
    r"(?:machen|kl[aä]ren|besprechen|regeln|erledigen)\s{1,2}wir\s{1,2}(?:den\s{1,2}rest|"
    r"alles\s{1,2}weitere)\s{1,2}(?:per|[uü]ber|via|mit)\s{1,2}(?:e-?mail|mail|telefon|"
    r"whats\s?app|sms|telegram)|(?:den\s{1,2}rest|alles\s{1,2}weitere)\s{1,2}(?:per|[uü]ber|"
    r"via|mit)\s{1,2}(?:e-?mail|mail|telefon|whats\s?app|sms|telegram)\s{1,2}(?:machen|"
    r"kl[aä]ren|besprechen|regeln|erledigen)|"
    r"(?:on\s{1,2}fait|faisons|on\s{1,2}r[eè]gle|on\s{1,2}continue|continuons)\s{1,2}"
    r"(?:le\s{1,2}reste|la\s{1,2}suite)\s{1,2}(?:par|sur|via|en)\s{1,2}(?:mail|e-?mail|"
    r"courriel|t[eé]l[eé]phone|sms|whats\s?app|texto)|"
    r"(?:fazemos|fazer|resolvemos|seguimos|continuamos)\s{1,2}o\s{1,2}resto\s{1,2}(?:por|pelo|"
    r"via|no)\s{1,2}(?:e-?mail|zap|whats\s?app|telefone|sms)|"
    # "I'd like to hire you directly", "würde ich Sie gern direkt beauftragen"
    r"(?:hire|engage|book)\s{1,2}(?:you|u)\s{1,2}(?:\w+\s{1,2})?direct(?:ly)?\b|"
    r"(?:sie|dich|euch)\s{1,2}(?:\w+\s{1,2}){0,2}?direkt\s{1,2}(?:beauftrag\w{0,3}|buchen|"
    r"engagieren)|contratar(?:te|le|lo|la|les|los)\s{1,2}directamente|"
    r"(?:te|vous)\s{1,2}(?:engager|embaucher|recruter)\s{1,2}directement|"
    r"contratar\s{1,2}(?:voc[eê]|vc)\s{1,2}(?:diretamente|direto)|"
    r"(?:te|le|lo|la|los|las)\s{1,2}(?:contrato|contratar[eé]|contratar[ií]a|contratamos|"
    r"contrataremos|contratarei)\s{1,2}(?:\w+\s{1,2})?(?:direct[oa]|directamente|diret[oa]|"
    r"diretamente)\b|"
    # "em vez de pela plataforma", "au lieu de passer par le site", "statt über die App"
    r"(?:en\s{1,2}vez\s{1,2}de|em\s{1,2}vez\s{1,2}de|en\s{1,2}lugar\s{1,2}de|"
    r"ao\s{1,2}inv[eé]s\s{1,2}de|au\s{1,2}lieu\s{1,2}de|anstatt|statt)\s{1,2}"
    r"(?:(?:pasar|passar|usar|passer|pagar|payer)\s{1,2})?(?:(?:por|pel[ao]|par|[uü]ber|via)"
    r"\s{1,2})?(?:(?:la|el|a|o|le|die|das|den|esta|essa|cette)\s{1,2}|l')?" + _PLACE
    + r"(?![\w-])" + _PLACE_THING + ")")
_OWN_PLACE = (r"(?:platform|plattform|plataforma|plateforme|plate-forme|site|website|app|appli|"
              r"application|aplicaci[oó]n|aplicativo|seite|portal|marketplace)(?![\w-])")
# "I'd rather not pay through the site", "prefiero no pagar por la app": the platform's own
# payment declined.
_NOT_THROUGH = re.compile(
    r"\b" + _LETTER + r"(?:(?:(?:rather|prefer(?:\s{1,2}to)?)\s{1,2}not\s{1,2}(?:to\s{1,2})?|"
    r"prefiero\s{1,2}no\s{1,2}|prefiro\s{1,2}n[aã]o\s{1,2}|pr[eé]f[eè]re\w{0,2}\s{1,2}ne\s{1,2}"
    r"pas\s{1,2})(?:pay|book|go|use|pagar|usar|reservar|payer|passer|r[eé]gler|utiliser)\w{0,3}"
    # "I'd rather not go outside the platform" keeps to it: not a declined platform
    r"\s{1,2}(?!(?:outside|off|around|fuera|fora|hors|au(?:ß|ss)erhalb)\b)"
    r"(?:\w+\s{1,2}){0,2}?(?:(?:through|via|on|in|using|por|en|con|pela|pelo|na|no|par|"
    r"sur|dans)\s{1,2})?(?:(?:the|this|la|el|esta|a|o|le|cette)\s{1,2}|l')?(?:" + _OWN_PLACE
    + _PLACE_THING + r"(?!\s{1,2}(?:de|da|do|des|du|der)\s)|(?<=through\s)here|(?<=via\s)here|"
    r"(?<=por\s)aqu[ií]|(?<=par\s)ici)|lieber\s{1,2}nicht\s{1,2}"
    r"(?:[uü]ber|auf|mit|via)\s{1,2}(?:die|diese|der|dieser)\s{1,2}" + _OWN_PLACE + ")")
# "could we do the rest of the payments by direct bank transfer?", "¿podemos pagar por
# transferencia?": another way of paying proposed.
_PAY_WAY = re.compile(
    r"\b" + _LETTER + r"(?:(?:could|can|shall|should)\s{1,2}(?:we|i|you)|podemos|podr[ií]amos|"
    r"puedo|k[oö]nnen\s{1,2}wir|k[oö]nnten\s{1,2}wir|kann\s{1,2}ich|on\s{1,2}(?:peut|pourrait)|"
    r"je\s{1,2}peux|posso|poder[ií]amos)\s{1,2}(?:\w+\s{1,2}){0,6}?(?:pay\w{0,5}|pag\w{1,4}|"
    r"zahl\w{0,4}|bezahl\w{0,4}|pai\w{0,4}|r[eé]gl\w{1,3}|settl\w{1,3}|acert\w{1,3})\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:by|via|through|with|over|per|por|con|par|en|pelo|no|mit)\s{1,2}(?:an?\s{1,2}|un\s{1,2}|"
    r"una\s{1,2}|um\s{1,2})?(?:direct\s{1,2})?(?:bank\s{1,2}transfer|wire|e-?transfer|zelle|venmo|"
    r"paypal|cash\s?app|revolut|bizum|pix|transferencia|[uü]berweisung|virement|"
    r"transfer[eê]ncia)\b|"
    r"(?:k[oö]nnen|k[oö]nnten|sollen)\s{1,2}wir\s{1,2}(?:\w+\s{1,2}){0,4}?(?:per|via|mit|[uü]ber)"
    r"\s{1,2}(?:[uü]berweisung|paypal|revolut)\s{1,2}(?:\w+\s{1,2})?(?:zahlen|bezahlen|"
    r"begleichen|abrechnen)\b")
# "just google my company name and call the office": the writer's details to be looked up.
_LOOK_UP = re.compile(
    r"\b" + _LETTER + r"(?:google|search\s{1,2}(?:for\s{1,2})?|look\s{1,2}up|busca|b[uú]squen|"
    r"googlea|googel\w{0,2}|such\w{0,2}|cherche[zr]?|recherche[zr]?|pesquis[ae]|procur[ae])"
    r"\s{1,2}(?:\w+\s{1,2}){0,3}?(?:my|mi|mein\w{0,2}|mon|ma|meu|minha|our|nuestra|unsere?)"
    r"\s{1,2}(?:\w+\s{1,2})?(?:company|business|firm|shop|name|empresa|negocio|firma|entreprise|"
    r"soci[eé]t[eé]|nom|nome|nombre|namen|firmen\w{0,8})\b")
_LOOKED_UP = re.compile(r"googl|search|look|busc|cherch|pesquis|procur|such")
_CALL_VERB = re.compile(r"\b(?:call|ring|phone|e-?mail|text|ll[aá]m\w{1,3}|ruf\w{0,2}|"
                        r"direct\s{1,2}line|(?:phone\s{1,2})?number|contact\s{1,2}details|"
                        r"anrufen|appelle\w{0,2}|t[eé]l[eé]phone\w{0,2}|lig(?:a|ue|ar|ues))\b")
# "I'll pay you cash", "te pago en mano", "je te paie en liquide"
_PAY_YOU = re.compile(
    r"\b" + _LETTER + r"(?:(?:i'?ll|i\s{1,2}will|i\s{1,2}can|i\s{1,2}could|we\s{1,2}can|"
    r"i'?d)\s{1,2}(?:just\s{1,2})?"
    r"pay\s{1,2}(?:you|u)|te\s{1,2}pago|le\s{1,2}pago|te\s{1,2}pagar[eé]|"
    # "can I pay you cash", "¿te puedo pagar en efectivo?", "kann ich dich direkt bezahlen?"
    r"(?:can|could|may)\s{1,2}(?:i|we)\s{1,2}(?:just\s{1,2})?pay\s{1,2}(?:you|u|ya)|"
    r"(?:te|le)\s{1,2}(?:puedo|podr[ií]a|podemos)\s{1,2}pagar|puedo\s{1,2}pagar(?:te|le)|"
    r"posso\s{1,2}(?:te\s{1,2}pagar|pagar-te|lhe\s{1,2}pagar)|"
    r"(?:je|on)\s{1,2}(?:peux|pourrais|peut)\s{1,2}(?:te|vous)\s{1,2}payer|"
    r"(?:kann|k[oö]nnte)\s{1,2}ich\s{1,2}(?:dich|dir|sie|ihnen)\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:be)?zahlen|je\s{1,2}(?:te|"
    r"vous)\s{1,2}(?:(?:le|la|les)\s{1,2})?(?:pai\w{0,3}|r[eè]gle\w{0,2})|"
    # "next session I'll bring cash"
    r"(?:i'?ll|i\s{1,2}will|i\s{1,2}can|i\s{1,2}could)\s{1,2}(?:just\s{1,2})?bring\s{1,2}"
    r"(?:you\s{1,2})?(?:the\s{1,2})?cash|"
    r"ich\s{1,2}(?:zahle|bezahle|zahl)\s{1,2}(?:dir|ihnen|dich|sie)|"
    # "ich zahle bar auf die Hand": the cash itself is the way round the platform
    r"ich\s{1,2}(?:be)?zahl\w{0,2}(?=\s{1,2}(?:(?:lieber|einfach|dann|gern|gerne|auch)\s{1,2})?"
    r"(?:bar|in\s{1,2}bar|auf\s{1,2}die\s{1,2}hand)\b)|eu\s{1,2}te\s{1,2}"
    r"pago|te\s{1,2}pago|pay\s{1,2}(?:you|u)\s{1,2}(?:direct|cash|in\s{1,2}cash)|"
    r"(?:i'?ll|i\s{1,2}will|i\s{1,2}can)\s{1,2}(?:e-?transfer|transfer|wire|venmo|zelle|paypal|pix|"
    r"bizum|revolut)\s{1,2}(?:you|u)|"
    # "ich überweise dir", "je te fais un virement", "te hago un bizum", "faço um pix pra você",
    # "je préfère vous payer", "prefiero pagarte"
    r"ich\s{1,2}(?:[uü]berweise?|schicke?|sende)\s{1,2}(?:dir|ihnen|euch)|"
    r"(?:dir|ihnen)\s{1,2}(?:\w+\s{1,2}){0,2}?(?:zahlen|bezahlen|[uü]berweisen)|"
    r"je\s{1,2}(?:te|vous)\s{1,2}(?:fais|ferai|envoie|vire)|(?:te|vous)\s{1,2}payer|"
    r"(?:te|le)\s{1,2}(?:hago|mando|env[ií]o|transfiero|paso)\s{1,2}(?:una?\s{1,2})?"
    r"(?:transferencia|bizum|plata|dinero|pago)|pagarte|pagarle|"
    r"(?:fa[cç]o|mando|envio|transfiro)\s{1,2}(?:um\s{1,2})?(?:pix|ted|transfer[eê]ncia)|"
    r"te\s{1,2}(?:fa[cç]o|mando)\s{1,2}(?:um\s{1,2})?pix|pagar-te|pagar-lhe|te\s{1,2}pagar)\b")
_OUTSIDE_PAY = re.compile(
    r"\b" + _LETTER + r"(?:direct(?:ly)?(?=\s{0,2}(?:[,.!?;]|$|to\s{1,2}(?:me|you)|and\b|so\b|"
    r"instead\b|next\b|"
    r"then\b|without\b|via\b|by\b|on\s{1,2}(?:pix|venmo|zelle|paypal|revolut)))|in\s{1,2}cash|"
    r"cash\b|in\s{1,2}hand|under\s{1,2}the\s{1,2}table|privately|en\s{1,2}mano|en\s{1,2}efectivo|"
    r"directamente|directo|direkt|in\s{1,2}bar\b|bar\s{1,2}auf|auf\s{1,2}die\s{1,2}hand|privat|"
    r"en\s{1,2}liquide|"
    r"en\s{1,2}esp[eè]ces|en\s{1,2}direct|directement|em\s{1,2}m[aã]os?|em\s{1,2}dinheiro|direto|"
    r"diretamente|no\s{1,2}pix|por\s{1,2}pix|via\s{1,2}pix|"
    # "ich zahle bar", "ich zahle lieber bar"
    r"(?:(?<=zahle\s)|(?<=zahl\s)|(?<=lieber\s)|(?<=einfach\s)|(?<=gerne\s)|(?<=gern\s)|"
    r"(?<=dann\s)|(?<=auch\s))bar\b)")
_CANCEL = re.compile(r"\b(?:cancel\w{0,4}|cancela\w{0,3}|storn\w{0,5}|annul\w{0,4}|"
                     r"cancele\w{0,2})\b")
_EVADE = re.compile(
    r"\b" + _LETTER + r"(?:(?:the|this|their)\s{1,2}(?:filter|bot|system|app|site|"
    r"chat)\s{1,2}(?:blocks?|hides?|"
    r"removes?|censors?|catch(?:es)?|deletes?|won'?t\s{1,2}(?:let|show|allow)|doesn'?t\s{1,2}"
    r"(?:let|show|allow|check|catch|see))|so\s{1,2}(?:it|the\s{1,2}(?:app|filter|site|chat|system))"
    r"\s{1,2}(?:doesn'?t|won'?t|can'?t)\s{1,2}(?:block|catch|see|hide|notice|remove|flag)|"
    r"(?:as|in)\s{1,2}(?:an?\s{1,2})?(?:image|picture|photo|pic|screenshot|screen\s?shot)|"
    r"(?:spell|write|type)\s{1,2}(?:it|them|that)?\s{0,2}(?:out|with\s{1,2}spaces|in\s{1,2}words)|"
    r"el\s{1,2}filtro|der\s{1,2}filter|en\s{1,2}(?:toutes\s{1,2})?lettres|en\s{1,2}letras|"
    r"por\s{1,2}extenso|in\s{1,2}worten|ausgeschrieben|[cç]a\s{1,2}bloque|se\s{1,2}bloquea|"
    r"wird\s{1,2}(?:blockiert|gefiltert)|bloqueia|(?:blocks?|hides?|filters?)\s{1,2}(?:numbers|"
    r"digits|"
    r"emails?|links)|split\s{1,2}(?:it|mine|them|my\s{1,2}\w+)\s{1,2}(?:over|across|into)|"
    r"le\s{1,2}filtre|o\s{1,2}filtro|con\s{1,2}espacios|mit\s{1,2}leerzeichen|avec\s{1,2}des\s{1,2}"
    r"espaces|com\s{1,2}espa[cç]os|en\s{1,2}una\s{1,2}(?:foto|imagen)|als\s{1,2}(?:bild|foto)|"
    r"en\s{1,2}(?:photo|image)|(?:numa|em\s{1,2}uma)\s{1,2}(?:foto|imagem))")
# "put your number in the notes field": a form field as the hiding place, for the detail of
# the writer or the reader ("the address field needs a second line" is about the form).
_FIELD = re.compile(
    r"\b(?:(?:notes?|comments?|address)\s{1,2}(?:field|line|box)|champ\s{1,2}(?:remarques?|"
    r"commentaires?|notes?)|campo\s{1,2}(?:de\s{1,2})?(?:notas|comentarios?|observaci[oó]n\w{0,2}|"
    r"observa[cç][oõ]es)|notas\s{1,2}del\s{1,2}pedido|(?:notiz|bemerkungs|kommentar)feld)")
_PUT_OWN = re.compile(
    r"\b(?:send|write|put|pop|type|leave|add|drop|include|pon\w{0,2}|escrib\w{0,3}|escrev\w{0,2}|"
    r"mets|mettez|mettre|[ée]cri\w{0,4}|schreib\w{0,2}|trag\w{0,2}|coloc\w{1,2}|bot\w{1,2}|"
    r"deix\w{1,2}|deja\w{0,2}|laisse\w{0,2})\s{1,2}(?:\w+\s{1,2}){0,2}?(?:my|your|ur|mi|tu|su|"
    r"mon|ma|ton|ta|votre|meu|minha|teu|tua|seu|sua|mein\w{0,2}|dein\w{0,2}|ihr\w{0,2})\b")
_FIND_ME = re.compile(
    r"\b" + _LETTER + r"(?:look\s{1,2}me\s{1,2}up|search\s{1,2}(?:for\s{1,2})?(?:me|"
    r"my\s{1,2}(?:name|company|"
    r"business|page))|(?:busca|b[uú]squen|pesquis[ae]|procur[ae]|such\w{0,2}|cherche[sz]?)\s{1,2}"
    r"(?:por\s{1,2}|nach\s{1,2})?(?:o\s{1,2})?(?:mi|meu|minha|mein\w{0,2}|mon|ma)\s{1,2}"
    r"(?:nombre|nome|namen|name|nom|empresa|firma|entreprise|perfil|profil)|find\s{1,2}(?:me|you)|"
    r"add\s{1,2}me|follow\s{1,2}me|"
    r"(?:send|drop)\s{1,2}(?:me|you|u)\s{1,2}an?\s{1,2}(?:friend|follow|connection)\s{1,2}"
    r"request|add\s{1,2}(?:you|u)|m'ajout\w{0,3}|t'ajout\w{0,3}|agregarte|a[ñn]adirte|"
    r"te\s{1,2}(?:agrego|a[ñn]ado|adiciono|sigo)|"
    r"hmu|hit\s{1,2}me\s{1,2}up|connect\s{1,2}with\s{1,2}me|message\s{1,2}me|dm\s{1,2}me|"
    r"slid\w{0,4}\s{1,2}in(?:to)?\s{1,2}(?:my|me)\s{1,2}(?:dms?|inbox|pms?)|catch\s{1,2}me|"
    r"b[uú]scame|agr[eé]game|s[ií]gueme|a[ñn][aá]deme|escr[ií]beme|such\s{1,2}(?:mich|uns)|"
    r"add\w{0,2}\s{1,2}mich|finde?\s{1,2}mich|folg\w{0,2}\s{1,2}(?:(?:du|sie|ihr)\s{1,2})?mir|"
    r"schreib\w{0,2}\s{1,2}mir|"
    r"(?:tu|vous)\s{1,2}me\s{1,2}(?:suis|suivez|ajoutes|ajoutez)|"
    r"cherche[sz]?[- ]moi|ajoute[sz]?[- ]moi|suis[- ]moi|suivez[- ]moi|[ée]cri[st][- ]moi|"
    r"me\s{1,2}(?:procura|adiciona|segue|acha|chama)|me\s{1,2}(?:agregas|a[ñn]ades|sigues|"
    r"buscas))"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:on|in|at|via|en|por|auf|bei|sur|no|na|pelo|al|ao|au)\s{1,2}"
    r"(?:(?:el|la|le|der|dem)\s{1,2})?(?:" + _APPS + r"|twitter|x|youtube|pinterest|linked\s?in|"
    r"face|feis|feisbuk)(?![\w-])")
_KEEP_HERE = re.compile(
    r"\b" + _LETTER + r"(?:(?:through|via|on|in|inside|within|using)\s{1,2}(?:the|"
    r"this)\s{1,2}(?:app|platform|site|"
    r"chat|portal)|on\s{1,2}here|in\s{1,2}here|stay(?:s|ing)?\s{1,2}(?:on\s{1,2})?here|"
    r"(?:keep|kept)\s{1,2}(?:it|this|everything)\s{1,2}(?:all\s{1,2})?(?:here|in\s{1,2}this|on)|"
    r"(?<!pasar\s)(?<!passar\s)por\s{1,2}(?:aqu[ií]|ac[aá])|en\s{1,2}la\s{1,2}(?:app|plataforma)|hier\s{1,2}im\s{1,2}chat|"
    r"(?<!umweg\s)(?<!umwege\s)[uü]ber\s{1,2}die\s{1,2}(?:plattform|app)|sur\s{1,2}la\s{1,2}plateforme|par\s{1,2}ici|"
    r"(?<!passar\s)pelo\s{1,2}app|(?<!passar\s)pela\s{1,2}plataforma|(?:in|on|en|im|dans|no)"
    r"\s{1,2}(?:my|your|the|mi|tu|el|meinem|deinem|dem|mon|ton|le|meu|teu|seu)\s{1,2}"
    r"(?:profile|perfil|profil)(?!\s{1,2}(?:photo|pic|picture|foto|bild|image|imagem|imagen)))\b")
_REFUSED = re.compile(
    r"\b" + _LETTER + r"(?:reported|scam|scams|estafa|arnaque|betrug|"
    # "golpe" is a scam in Portuguese, but "de golpe" is "all at once" in Spanish
    r"(?<!\bde\s)golpe|(?:tentativa|v[ií]tima|caso)\s{1,2}de\s{1,2}golpe|"
    r"i\s{1,2}(?:said|say)\s{1,2}no|said\s{1,2}no|i\s{1,2}(?:refused|declined|reported)|"
    r"reported\s{1,2}(?:it|them|him|her)|(?:le|les)\s{1,2}dije\s{1,2}que\s{1,2}no|"
    r"dije\s{1,2}que\s{1,2}no|rechac[eé]|lo\s{1,2}denunci[eé]|nein\s{1,2}gesagt|abgelehnt|"
    r"gemeldet|j'?ai\s{1,2}(?:refus[eé]|dit\s{1,2}non|signal[eé])|recusei|"
    r"disse\s{1,2}que\s{1,2}n[aã]o|denunciei|geht\s{1,2}(?:bei\s{1,2}mir\s{1,2})?nicht|"
    r"kommt\s{1,2}nicht\s{1,2}in\s{1,2}frage|"
    # "Zahlungen außerhalb der Plattform nehme ich grundsätzlich nicht an": the verb, then "nicht"
    r"(?:nehme|akzeptiere|mache|arbeite|zahle|gebe|biete|teile)\s{1,2}ich\s{1,2}"
    r"(?:[a-zäöüß]{1,16}\s{1,2}){0,2}?(?:nicht|nie|niemals|keine?)\b|ignored\s{1,2}(?:it|him|her|them)|"
    r"l'ai\s{1,2}(?:signal[eé]|refus[eé]|ignor[eé])|(?:how|can|should)\s{1,2}(?:do\s{1,2})?i\s{1,2}"
    r"report|wie\s{1,2}melde\s{1,2}ich|c[oó]mo\s{1,2}(?:lo\s{1,2})?(?:denuncio|reporto)|"
    r"comment\s{1,2}(?:le\s{1,2})?signaler|como\s{1,2}(?:eu\s{1,2})?denuncio|ignori\w{1,3}|"
    # "payments outside the site void the dispute cover": the rule explained, not an ask
    r"voids?\s{1,2}(?:the\s{1,2}|your\s{1,2}|our\s{1,2}|any\s{1,2})?(?:\w+\s{1,2})?"
    r"(?:cover|coverage|protection|guarantee|warranty)|"
    r"(?:lose|loses|losing|lost)\s{1,2}(?:the\s{1,2}|your\s{1,2}|our\s{1,2}|all\s{1,2}|any\s{1,2})?"
    r"(?:\w+\s{1,2})?(?:protection|cover|coverage|guarantee)|"
    r"pierde[sn]?\s{1,2}(?:la\s{1,2})?(?:protecci[oó]n|garant[ií]a)|"
    r"perde[sm]?\s{1,2}(?:a\s{1,2})?(?:prote[cç][aã]o|garantia)|"
    r"perd\w{0,4}\s{1,2}(?:la\s{1,2}|votre\s{1,2}|ta\s{1,2})?(?:protection|garantie)|"
    r"verl\w{0,5}\s{1,2}(?:den\s{1,2}|deinen\s{1,2}|ihren\s{1,2})?\w{0,12}(?:schutz|"
    r"garantie)|"
    # "außerhalb der Plattform bin ich nicht versichert": the risk explained, not an ask
    r"(?:bin|sind)\s{1,2}(?:ich|wir)\s{1,2}nicht\s{1,2}(?:versichert|abgesichert|gesch[uü]tzt)|"
    r"(?:i'?m|i\s{1,2}am|we'?re|we\s{1,2}are)\s{1,2}not\s{1,2}(?:insured|covered|protected)|"
    r"no\s{1,2}(?:estoy|estamos)\s{1,2}(?:asegurad|cubiert|protegid)\w{1,2}|"
    r"(?:ne\s{1,2}(?:suis|sommes)|n'est)\s{1,2}pas\s{1,2}(?:assur|couvert|prot[eé]g)\w{0,3}|"
    r"n[aã]o\s{1,2}(?:estou|estamos|fico|ficamos)\s{1,2}(?:segurad|cobert|protegid)\w{1,2}|"
    r"bleiben\s{1,2}wir\s{1,2}(?:bitte\s{1,2}|lieber\s{1,2}|doch\s{1,2})?(?:auf|bei|in)\s{1,2}"
    r"der\s{1,2}(?:plattform|app)|"
    r"but\s{1,2}i\s{1,2}(?:won'?t|will\s{1,2}not|never|"
    r"don'?t|refuse)(?!\s{1,2}(?:want|wanna|like)\s{1,2}to\s{1,2}(?:(?:pay|lose|give)\s{1,2}"
    r"(?:\w+\s{1,2}){0,2}?(?:fees?|commission|cut|percent)|"
    # "but I don't want to post it here": here is what the writer wants to leave
    r"(?:post|share|put|discuss|talk|chat|write|type|send|pay|continue|keep|say|explain)\w{0,3}"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:here|on\s{1,2}here|(?:on|in|through)\s{1,2}"
    r"(?:the|this)\s{1,2}(?:app|site|platform|chat))\b)))\b")
_SEND = re.compile(r"\b(?:send|write|put|spell|type|give|share|drop|post|text|m[aá]nd|env[ií]|"
                   r"escr[ií]b|"
                   r"schick|schreib|gib|envoie|[ée]cri|donne|manda|envia|escrev|passa|mets|pon|"
                   r"split|"
                   r"coloca|bota|trag)\w{0,4}\b")
_WHY_NOT = re.compile(r"\bwhy\s{1,2}(?:don'?t|not)\b|\bwhy\s{1,2}not\b|"
                      r"\bpor\s{1,2}qu[eé]\s{1,2}no\b|"
                      r"\bpourquoi\s{1,2}(?:pas|ne)\b|\bpor\s{1,2}que\s{1,2}n[aã]o\b|"
                      r"\bwarum\s{1,2}nicht\b")


def _alternatives(group: str) -> list[str]:
    """The top-level alternatives of a pattern "(?:a|b|c)" or "a|b|c"."""
    parts, close = _top_split(group)
    if len(parts) == 1 and group.startswith("(?:") and close == len(group) - 1:
        return _top_split(group[3:-1])[0]  # one group around everything: split inside it
    return parts


def _inner(rx: re.Pattern) -> str:
    """The word alternation of a cue compiled as \\b + _LETTER + (?:...) + \\b."""
    head, tail = r"\b" + _LETTER + "(?:", r")\b"
    assert rx.pattern.startswith(head) and rx.pattern.endswith(tail), rx.pattern[:40]
    return rx.pattern[len(head):-len(tail)]


# One alternation per first letter (see _dispatch): same matches, fewer attempts per word.
_AROUND = re.compile(r"\b" + _LETTER + "(?:" + _dispatch(_alternatives(
    _AROUND.pattern[len(r"\b" + _LETTER):]), 2) + ")")


# Every sentence check needs one of these words (the fixed cues above and the composed ones):
# one scan of the message, dispatched on first letters, skips the rest when none is there.
_CUE_WORDS = [
    *_alternatives(_CHANNEL), *_alternatives(_inner(_OFF)), *_alternatives(_inner(_DIRECT)),
    *_alternatives(_APPS), *_alternatives(_ADDRESSES), *_alternatives(_GENERIC),
    *_alternatives(_PLACE),
    r"pay\w{0,4}", r"pag\w{0,4}", r"pai\w{0,3}", r"zahl\w{0,3}", "cash", r"cancel\w{0,4}",
    r"storn\w{0,5}", r"annul\w{0,4}", r"middle\s?m[ae]n", "books", "between", "entre", "private",
    "privat", "side", "fees?", "commission", "comisi[oó]n", "provision", r"geb[uü]hr\w*",
    r"vermittl\w*", "frais", "taxa", "comiss[aã]o", "uns", "schwarz", "black", "negro", "fuera",
    "fora", "hors", "dehors", "au(?:ß|ss)erhalb", "ohne", "sans", "sin", "sem", "without",
    "outside", "off", "instead", "filter", "filtro", "filtre", r"intermedi\w*",
    "interm[eé]diaire", "way", "reach", r"bloqu\w{0,3}", r"block\w{0,3}", "lettres", "letras",
    "worten", "extenso", "contract", "paypal", r"bar\w{0,3}zahlung", "request", "efectivo",
    "mano", "esp[eè]ces", "liquide", "dinheiro", r"transfer\w{0,5}", r"[uü]berweis\w{0,4}",
    "virement", "bizum", "zelle", "venmo", "pix", r"r[eé]gl\w{0,3}", r"direct\w{0,4}", "direkt",
    "directement", "lydia", "twint",
    "how", "c[oó]mo", "wie", "comment", "capte", "iban", "rib", r"bank\w{0,7}", "where", "quiet",
    "wire", "revolut", "hand", "m[aã]os?", "bargeld", "bar",
    r"googl\w{1,3}", "busca", "b[uú]squen", r"cherche\w{0,2}", r"recherche\w{0,2}",
    r"pesquis\w{1,2}", r"procur\w{1,2}", r"such\w{1,2}",
    r"diret\w{0,5}", r"video\w{0,6}", r"visio\w{0,10}", r"videochamada",
    "touch", "umweg", "rest", "resto", "reste", "suite", "weitere", "etsy", "ebay", "vinted",
    "depop", "fiverr", "upwork", "kleinanzeigen", "wallapop", "olx", "leboncoin",
    "forma", "manera", "modo", "jeito", "maneira", "meio", "moyen", "fa[cç]on", "weg",
    "m[oö]glichkeit", "kanal", "redes", "r[ée]seaux", "medien", "face", "feis",
    r"contact\w{1,4}", r"contat\w{1,4}", "erreichen", "joindre", "kontaktieren", "escribir",
    "llamar", "localizar", "chamar", "escrever", "ligar", "[ée]crire", "appeler", "anrufen",
    "anschreiben",
    # a note left in the letterbox (see _more)
    r"letter\s?box", r"mail\s?box", r"post\s?box",
]
# One \b for the words and "06"/"07": a top-level alternative that opens with \b costs a jump
# at every character, and at one place only one of the three can match (a letter, "@", "0").
_CUES = re.compile(r"\b(?:" + _LETTER + "(?:" + _dispatch(_CUE_WORDS, 2) + r")s?\b|0[67]\b)|@")
_ANY_CHANNEL = re.compile(
    r"\b" + _LETTER + r"(?:" + _APPS + "|" + _ADDRESSES + "|" + _GENERIC + r")s?(?![\w-])|@|"
    r"\b0[67]\b")
# The same test as a yes/no (only ever used so), dispatched on first letters like _CUES.
_ANY_CHANNEL_SEEN = re.compile(
    r"\b(?:" + _LETTER + r"(?:" + _dispatch([*_alternatives(_APPS), *_alternatives(_ADDRESSES),
                                             *_alternatives(_GENERIC)], 2) + r")s?(?![\w-])|"
    r"0[67]\b)|@")


def _said(sentence: str, m: re.Match | None) -> bool:
    """The cue is there and not negated ("why don't we…" suggests rather than negates)."""
    if m is None:
        return False
    window = sentence[max(0, m.start() - 80):m.start()]
    if _NEG_AFTER.match(sentence, m.end()):
        return False  # "going off platform isn't something I do"
    if _THIRD_ASKED_NEAR.search(window):
        return False  # "many students ask to go off platform": what others ask, reported
    return _WHY_NOT.search(window) is not None or not _negated(sentence, m.start())


_REACH_WORDS = ("how", "where", "como", "cómo", "wie", "comment", "de qu", "donde", "dónde",
                "onde", "ou ", "où", "wo ")
# "¿hay otra forma de contactarte?", "tem algum jeito mais rápido de falar com você?",
# "un autre moyen de te joindre ?", "einen schnelleren Weg, dich zu erreichen?"
_WAY_CUE = re.compile("forma|manera|modo|jeito|maneira|meio|moyen|fa\u00e7on|facon|weg|"
                      "glichkeit|kanal|via")
_REACH_CUE = re.compile("|".join(_REACH_WORDS))
_OTHER_WAY_INTL = re.compile(
    r"\b(?:(?:otr[ao]|outr[oa])\s{1,2}(?:forma|manera|v[ií]a|modo|jeito|maneira|meio)|"
    r"(?:forma|manera|v[ií]a|modo|jeito|maneira|meio)\s{1,2}(?:m[aá]s|mais)\s{1,2}"
    r"(?:r[aá]pid[ao]|f[aá]cil|direct[ao]|diret[ao]|sencill[ao]|simples|c[oó]mod[ao]|"
    r"pr[aá]tic[ao])|(?:alguna|otra)\s{1,2}(?:forma|manera|v[ií]a)\s{1,2}de\s{1,2}"
    r"(?:contactar|localizar|ubicar)\w{0,2}(?:te|le|lo|la)\s{1,2}(?:sin|fuera|que\s{1,2}no))"
    r"\s{1,2}(?:de|para|pra)\s{1,2}(?:(?:contact|localiz|ubic|escrib|llam|comunic|encontr|"
    r"achar|contat|lig|escrev)\w{1,4}(?:te|le|lo|la|-te|-lo|-la|-lhe)\b|(?:hablar|falar|"
    r"conversar|comunicar(?:me|nos)?|entrar\s{1,2}em\s{1,2}conta(?:c)?to)\s{1,2}"
    r"(?:contigo|consigo|com\s{1,2}(?:voc[eê]|vc|o\s{1,2}senhor|a\s{1,2}senhora|tigo)|"
    r"con\s{1,2}(?:usted|vos|ti|ustedes))|te\s{1,2}(?:contactar|contatar|ligar|escrever|"
    r"achar|encontrar|localizar|mandar))|"
    r"\b(?:(?:un\s{1,2})?autre\s{1,2}(?:moyen|fa[cç]on|mani[eè]re)|(?:moyen|fa[cç]on|"
    r"mani[eè]re)\s{1,2}plus\s{1,2}(?:rapide|simple|facile|direct|pratique))\s{1,2}"
    r"(?:de|pour)\s{1,2}(?:te|vous)\s{1,2}(?:joindre|contacter|appeler|[ée]crire|parler|"
    r"trouver|retrouver)\b|"
    r"\b(?:andere[nr]?|schnellere[nr]?|einfachere[nr]?|direktere[nr]?|bessere[nr]?)\s{1,2}"
    r"(?:weg|m[oö]glichkeit|kanal)\s{0,2},?\s{0,2}(?:um\s{1,2})?(?:dich|sie|euch|ihnen)"
    r"\s{1,2}(?:zu\s{1,2})?(?:erreichen|kontaktieren|anzurufen|anzuschreiben)\b")
_REACH_THROUGH = re.compile(r"\b" + _LETTER + "(?:" + _dispatch(_top_split(
    r"(?:something|somewhere|anything|anywhere|some\s{1,2}(?:place|site|page|"
    r"link|number)|a\s{1,2}(?:site|website|page|link|number|place))\s{1,2}(?:else\s{1,2})?"
    r"(?:that\s{1,2}|where\s{1,2})?(?:i|we|people|they|(?:my|our)\s{1,2}\w{2,12})\s{1,2}"
    r"(?:can|could|might|may)\s{1,2}(?:reach|contact|message|call|text|write\s{1,2}to|"
    r"get\s{1,2}(?:hold\s{1,2}of|in\s{1,2}touch\s{1,2}with))\s{1,2}(?:you|u)\s{1,2}"
    r"(?:through|on|at|via|by|outside|directly|instead)|"
    r"(?:algo|alg[uú]n\s{1,2}\w{2,12}|alguna\s{1,2}\w{2,12}|otro\s{1,2}lado)\s{1,2}(?:donde|"
    r"por\s{1,2}(?:donde|el\s{1,2}que|la\s{1,2}que))\s{1,2}(?:te|le)\s{1,2}(?:pueda|podamos|"
    r"podr[ií]a)\s{1,2}(?:contactar|escribir|llamar|localizar)|"
    r"(?:quelque\s{1,2}(?:chose|part)|un\s{1,2}(?:site|endroit|moyen|num[eé]ro|lien))\s{1,2}"
    r"(?:o[uù]|par\s{1,2}o[uù]|sur\s{1,2}lequel)\s{1,2}(?:je\s{1,2}(?:peux|pourrais|puisse)"
    r"\s{1,2})?(?:te\s{1,2}|vous\s{1,2}|t')(?:joindre|contacter|[ée]crire|appeler)|"
    r"(?:irgendwas|etwas|so|irgendwo|website|webseite|seite|nummer),?\s{1,2}(?:wo|wor[uü]ber|"
    r"[uü]ber\s{1,2}die|unter\s{1,2}der)\s{1,2}ich\s{1,2}(?:dich|sie|euch)\s{1,2}"
    r"(?:\w+\s{1,2})?(?:erreichen|kontaktieren|anrufen|anschreiben)|"
    r"(?:algo|algum\s{1,2}\w{2,12}|alguma\s{1,2}\w{2,12}|outro\s{1,2}lugar)\s{1,2}(?:onde|"
    r"por\s{1,2}onde|pelo\s{1,2}qual|pela\s{1,2}qual)\s{1,2}(?:eu\s{1,2})?(?:possa|posso|"
    r"pudesse)\s{1,2}(?:te\s{1,2})?(?:contatar|contactar|ligar|chamar|escrever)")[0], 2) + r")\b")
# "where can I find you on social media?": the place named is off the platform
_ON_SOCIAL = re.compile(
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:on|en|no|na|nas|sur|auf|bei|in|via|por|pelo)\s{1,2}"
    r"(?:the\s{1,2}|las\s{1,2}|les\s{1,2}|den\s{1,2})?(?:" + _APPS + r"|social\s{1,2}media|"
    r"socials|social\s{1,2}networks?|redes(?:\s{1,2}sociai?s)?|r[ée]seaux(?:\s{1,2}sociaux)?|"
    r"sozialen\s{1,2}(?:medien|netzwerken)|twitter|x|youtube|pinterest|linked\s?in)(?![\w-])")


def _cued(sentence: str, tech: bool = False) -> bool:
    """One sentence that asks to leave the platform by one of the composed cues (``tech``: the
    message talks about building a feature, so "telegram or signal?" asks which one to build)."""
    channel = _ANY_CHANNEL_SEEN.search(sentence) is not None
    if _hinted(sentence, channel):
        return True
    if channel and (_said(sentence, _ASK_FOR.search(sentence))
                    or _said(sentence, _not_reported(sentence, _ASK_HAS.search(sentence)))
                    or (not tech and _either(sentence))):
        return True
    if channel and _said(sentence, _WANT_YOURS.search(sentence)):
        return True  # "my boss wants your direct line"
    if channel and _said(sentence, _ASK_A.search(sentence)):
        return True  # "could you give me a direct line or email?"
    if channel and _NAMED_APP.search(sentence) and _said(sentence, _ASK_USER.search(sentence)):
        return True  # "telegram or signal, whichever you prefer, just tell me your username"
    # Each check below runs only when a word it cannot match without is there.
    if ((channel or " x" in sentence or "twitter" in sentence or "youtube" in sentence
         or "pinterest" in sentence or "face" in sentence or "feis" in sentence)
            and _said(sentence, _FIND_ME.search(sentence))):
        return True
    if _WAY_CUE.search(sentence) and _said(sentence, _OTHER_WAY_INTL.search(sentence)):
        return True
    if _said(sentence, _REACH_THROUGH.search(sentence)):
        return True  # "a website or something I can reach you through?"
    if "way" in sentence:
        way = _OTHER_WAY.search(sentence)
        # "another way to pay you through the app" stays on the platform
        if _said(sentence, way) and not ("pay" in way.group()
                                         and _KEEP_HERE.search(sentence, way.end())):
            return True
    if _REACH_CUE.search(sentence):
        reach = _REACH.search(sentence)
        if _said(sentence, reach) and _ON_SOCIAL.match(sentence, reach.end()) and (
                _TO_YOU.search(reach.group()) or _TO_YOU.match(sentence, reach.end() + 1)):
            return True  # "where can I find you on social media?", "¿cómo te encuentro en IG?"
        if _said(sentence, reach) and (_DIRECTLY.search(sentence) or (
                _AFTER_JOB.search(sentence, reach.end()) and (
                    _TO_YOU.search(reach.group()) or _TO_YOU.match(sentence, reach.end() + 1)))):
            return True
    if channel and _said(sentence, _GO_ON_THERE.search(sentence)) and _SEND.search(sentence):
        return True
    if "vi" in sentence and _said(sentence, _VIDEO_CALL.search(sentence)) and _PROPOSE.search(
            sentence):
        return True
    pay_you = _PAY_YOU.search(sentence)
    if pay_you and _CANCEL.search(sentence):
        return True
    around = _AROUND.search(sentence)
    keep = _KEEP_HERE.search(sentence)
    declined = (_NOT_THROUGH.search(sentence) if "pref" in sentence or "rather" in sentence
                or "lieber" in sentence or "préf" in sentence else None)
    if _has(sentence, _THERE_WORDS):
        there = _THERE_ME.search(sentence)
        if there and _said(sentence, there) and _SITE_ON.search(sentence):
            return True  # "find my shop on Etsy ... message me there"
    if keep and _INSTEAD_BEFORE.search(sentence, max(0, keep.start() - 24), keep.start()):
        keep = None  # "by email instead of in this chat", "en vez de por aquí"
    if keep and not (around and any(a.start() <= keep.start() < a.end()
                                    for a in _AROUND.finditer(sentence, around.start()))) and not (
            declined and declined.start() <= keep.start() < declined.end()):
        return False  # "through the app" said for itself, not in "instead of going through the app"
    if declined and _said(sentence, declined):
        return True
    if ("direct" in sentence or "direkt" in sentence or "diret" in sentence
            or "straight" in sentence) and _said(
            sentence, _by_person(sentence, _SEND_MONEY.search(sentence))):
        return True  # "where can I send the money directly?"
    if _CANCEL.search(sentence) and _said(sentence, _by_person(
            sentence, _PAY_DIRECT.search(sentence))):
        return True  # "régler directement par virement et annuler ici"
    cash = _CASH.search(sentence)
    if ((cash or "wire" in sentence or "revolut" in sentence)
            and _said(sentence, _PAY_WAY.search(sentence))):
        return True
    if _LOOKED_UP.search(sentence):
        look = _LOOK_UP.search(sentence)
        if _said(sentence, look) and _CALL_VERB.search(sentence, look.end()):
            return True
    if channel and _FIELD.search(sentence) and _said(sentence, _PUT_OWN.search(sentence)):
        return True
    if channel:
        evade = _EVADE.search(sentence)
        if evade and (_said(sentence, _SEND.search(sentence))
                      or not (_NEGATION.search(sentence[:evade.start()])
                              or _JUST_WARNED.search(sentence, evade.end()))):
            return True
    if around and any(_said(sentence, m) and (not _FEE_ONLY.fullmatch(m.group())
                                              or _FEE_MOVE.search(sentence))
                      # "the form asks for email and phone, I don't need them": the details
                      and not (m.group().endswith("need them") and _DETAIL_WORD.search(
                          sentence, 0, m.start()))
                      for m in _AROUND.finditer(sentence, around.start())):
        return True
    if _said(sentence, pay_you) and _OUTSIDE_PAY.search(sentence):
        return True
    return _said(sentence, cash) and _CHEAPER.search(sentence) is not None


# "this site blocks phone numbers, so don't be surprised if my messages look weird": the
# filter explained, with no way around it offered.
_JUST_WARNED = re.compile(r"\b(?:don'?t\s{1,2}be\s{1,2}surprised|(?:look|looks|looking)\s{1,2}"
                          r"(?:\w+\s{1,2})?(?:weird|odd|strange|funny|broken)|that'?s\s{1,2}why|"
                          r"no\s{1,2}te\s{1,2}extra[nñ]es|ne\s{1,2}(?:sois|soyez)\s{1,2}pas"
                          r"\s{1,2}surpris|nicht\s{1,2}wundern|n[aã]o\s{1,2}se\s{1,2}assuste)")
_DETAIL_WORD = re.compile(r"\b(?:e-?mails?|phones?|numbers?|address(?:es)?|details)\b")
# "the platform fee is included in my quote" names the fee; "the platform's cut is a lot for
# both of us" complains about it to propose going around it.
_FEE_ONLY = re.compile(r"(?:platform|app|site|service)(?:'s)?\s{1,2}(?:fees?|cut|commission)")
_FEE_MOVE = re.compile(r"\b(?:a\s{1,2}lot|too\s{1,2}(?:much|high|steep)|expensive|steep|huge|"
                       r"eats?|save[sd]?|saving|avoid|skip|dodge|rather|both\s{1,2}of\s{1,2}us|"
                       r"direct\w{0,4}|cheaper|instead|without|outside|full\s{1,2}amount)\b")
# "message me there", "schreib mir dort", "escríbeme allí": after a site named in the sentence
_THERE_ME = re.compile(
    r"\b(?:(?:message|contact|write|dm|pm|text|ping|reach|hit)\s{1,2}(?:me|us)\s{1,2}"
    r"(?:up\s{1,2})?(?:over\s{1,2})?there|schreib\w{0,2}\s{1,2}(?:mir|uns)\s{1,2}(?:dort|da)|"
    r"(?:escr[ií]be(?:me|nos)|cont[aá]cta(?:me|nos)|m[aá]nda(?:me|nos)\s{1,2}un\s{1,2}mensaje)"
    r"\s{1,2}(?:por\s{1,2})?(?:all[ií]|ah[ií])|[ée]cri(?:s|vez)[- ](?:moi|nous)\s{1,2}"
    r"(?:l[àa]-bas|l[àa])|me\s{1,2}(?:chama|manda\s{1,2}mensagem|escreve)\s{1,2}"
    r"(?:por\s{1,2})?l[aá])(?![\w-])")
_THERE_WORDS = ("there", "dort", " da", "all\u00ed", "alli", "ah\u00ed", "ahi", "l\u00e0",
                "l\u00e1", " la")
# "I'd like to message you there", "dann können wir dort schreiben", "te escribo por ahí",
# "je t'écris là-bas", "te chamo lá": the talk moved to where an app was named before
_THERE_YOU = re.compile(r"\b" + _LETTER + "(?:" + _dispatch(_top_split(
    r"(?:message|contact|write\s{1,2}to|dm|pm|text|ping|reach|find|add|follow|call|"
    r"talk\s{1,2}to|chat\s{1,2}(?:with|to))\s{1,2}(?:you|u)\s{1,2}(?:over\s{1,2})?there|"
    r"(?:we|let'?s)\s{1,2}(?:can\s{1,2}|could\s{1,2})?(?:talk|chat|continue|write)\s{1,2}"
    r"(?:over\s{1,2})?there|"
    r"(?:(?:te|le)\s{1,2}(?:escribo|hablo|mando\s{1,2}(?:un\s{1,2})?mensaje|agrego|sigo|busco)|"
    r"escribirte|hablarte|contactarte|agregarte|hablamos|seguimos|platicamos)\s{1,2}"
    r"(?:por\s{1,2})?(?:all[ií]|ah[ií])|"
    r"(?:t'|te\s{1,2}|vous\s{1,2})(?:[ée]cri\w{0,4}|contacte\w{0,2}|ajoute\w{0,2})\s{1,2}"
    r"l[àa](?:-bas|-dessus|(?=\s{0,2}(?:[,.!?;]|$)))|on\s{1,2}(?:(?:peut|pourra|pourrait)\s{1,2})?"
    r"(?:parler|discuter|continuer|s'[ée]crire|se\s{1,2}parler)\s{1,2}l[àa]-bas|"
    r"(?:dort|da)\s{1,2}(?:weiter)?(?:schreiben|reden|quatschen|chatten)|schreib\w{0,2}\s{1,2}"
    r"(?:ich\s{1,2})?(?:dir|ihnen)\s{1,2}(?:\w+\s{1,2})?dort|"
    r"(?:te\s{1,2}(?:mando\s{1,2}mensagem|escrevo|chamo|adiciono|sigo)|falamos|conversamos)"
    r"\s{1,2}(?:por\s{1,2})?l[aá](?=\s{0,2}(?:[,.!?;]|$))")[0], 2) + r")(?![\w-])")
_THERE_GATE = ("there", "dort", "da ", "alli", "ahi")
_LA_END = re.compile(r"\bl[aá](?:-|\s{0,2}(?:[,.!?;]|$))")
_APP_BEFORE = re.compile(
    r"\b(?:your|ur|yr|my|tu|ton|ta|votre|teu|tua|seu|sua|mi|mon|ma|meu|minha|dein\w{0,2}|"
    r"mein\w{0,2}|ihr\w{0,2}|on|en|auf|bei|sur|no|na)\s{1,2}(?:the\s{1,2})?(?:" + _APPS
    + r"|twitter)(?![\w-])")
_SITES = (r"(?:" + _APPS + r"|etsy|ebay|vinted|depop|fiverr|upwork|twitter|x|youtube|pinterest|"
          r"reddit|behance|dribbble|tumblr|twitch|kleinanzeigen|wallapop|olx|leboncoin|"
          r"mercado\s?libre)")
_SITE_ON = re.compile(r"\b(?:on|en|auf|bei|sur|no|na|in)\s{1,2}(?:the\s{1,2})?" + _SITES
                      + r"(?![\w-])")


# "I can't post my contact here, but you know where to find me"
_KNOW_WHERE = re.compile(r"\b(?:you\s{1,2}know|u\s{1,2}know)\s{1,2}where\s{1,2}to\s{1,2}"
                         r"(?:find|reach|get)\s{1,2}me\b")
_CANT_SHARE = re.compile(
    r"\b(?:can'?t|cannot|not\s{1,2}allowed\s{1,2}to|won'?t\s{1,2}let\s{1,2}me)\s{1,2}"
    r"(?:\w+\s{1,2}){0,2}?(?:post|share|give|send|put|write|leave|type)\b[^.?!]{0,40}?"
    r"\b(?:here|on\s{1,2}(?:the|this)\s{1,2}(?:app|site|platform))\b")
# "I'll leave my card with the doorman, call me": a card handed over, then a call asked for
_CARD = re.compile(r"\b(?:leave|drop|give|hand|slip)\w{0,3}\s{1,2}(?:you\s{1,2})?(?:my|our)"
                   r"\s{1,2}(?:business\s{1,2})?card\b")
_CALL_ME = re.compile(r"\b(?:call|ring|phone|text)\s{1,2}(?:me|us)\b")
# "shoot me an email, easier than here", "plus simple que par ici"
_THAN_HERE = re.compile(
    r"\b(?:easier|simpler|faster|quicker|better|safer)\s{1,2}than\s{1,2}(?:(?:on|in|via|through)"
    r"\s{1,2})?(?:here|(?:the|this)\s{1,2}(?:app|site|chat|platform))\b|"
    r"\b(?:m[aá]s|mais)\s{1,2}(?:f[aá]cil|r[aá]pido|sencillo|simples)\s{1,2}que\s{1,2}"
    r"(?:por\s{1,2})?aqu[ií]\b|\b(?:einfacher|schneller|bequemer)\s{1,2}als\s{1,2}hier\b|"
    r"\bplus\s{1,2}(?:simple|rapide|pratique)\s{1,2}qu(?:e\s{1,2}par\s{1,2}ici|'ici)")
# "my number's in my profile pic if you zoom in", "in my bio, just text it"
_USE_IT = re.compile(r"\b(?:call|ring|phone|text|write|message|e-?mail|whats\s?app|dm|ping)\b")
# "on my profile pic", "na minha foto de perfil", "auf meinem Profilbild" too
_IN_PROFILE = re.compile(r"\b(?:in|on)\s{1,2}my\s{1,2}(?:profile\s{1,2})?(?:(pic|picture|photo|"
                         r"avatar|banner)|bio)\b|\b(?:en|na|no|sur|auf|in|im)\s{1,2}(?:mi|minha|"
                         r"meu|ma|mon|meinem|mein)?\s{0,2}(?:(foto\s{1,2}de\s{1,2}perfil|"
                         r"photo\s{1,2}de\s{1,2}profil|profilbild|profilfoto)|bio)\b")
_PROFILE_WORD = re.compile("my|mi |minha|meu|ma |mon |mein")


def _hinted(sentence: str, channel: bool) -> bool:
    """A detail pointed to rather than asked for: kept off the platform by a hint."""
    if "know where" in sentence and _KNOW_WHERE.search(sentence) and _CANT_SHARE.search(
            sentence):
        return True
    if "card" in sentence and _said(sentence, _CARD.search(sentence)) and _CALL_ME.search(
            sentence):
        return True
    if " than " in sentence or " que " in sentence or " als " in sentence or "qu'" in sentence:
        if channel and _said(sentence, _THAN_HERE.search(sentence)):
            return True
    if channel and _PROFILE_WORD.search(sentence):
        prof = _IN_PROFILE.search(sentence)
        if prof and _said(sentence, prof) and (
                prof.group(1) or prof.group(2) or _USE_IT.search(sentence, prof.end())):
            return True
    return False


# "sigamos por aquí", "go directly to the final design": the phrase stays here or means "straight"
_STAYS = re.compile(r"\s{0,3}(?:aqu[ií]|ac[aá]|here|hier|ici|"
                    r"the\s{1,2}(?:platform|app|site|chat)\b|"
                    r"(?:la|el|esta|este|a|o|essa|esse)\s{1,2}(?:plataforma|app|aplicaci[oó]n|"
                    r"aplicativo|p[aá]gina|chat)\b|(?:die|der|diese|dieser)\s{1,2}(?:plattform|"
                    r"app|seite)\b|(?:la|le|cette|ce)\s{1,2}(?:plateforme|appli|app|site)\b|"
                    r"to\s{1,2}the\s{1,2}(?!(?:client|customer|"
                    r"contractor|owner|bank|source)\b))")
# "the phone case", "move the call to 3pm": the channel word names a thing or a time of the job
_CHANNEL_THING = re.compile(_THING.replace("(?!", "(?:", 1) + r"|\s{1,2}(?:to|at|for|from|"
                            r"until)\s{1,2}"
                            r"(?:\d|today|tomorrow|monday|tuesday|wednesday|thursday|friday|next)")


# A product feature rather than an ask: "a 'Chat on WhatsApp' floating button", "que o site
# mande uma mensagem automática no WhatsApp da loja" (the business's own channel, by the API).
_FEATURE = re.compile(r"['\"\u2019\u201d]?\s{0,2}(?:[a-z]{1,12}\s{1,2}){0,2}?(?:button|widget|"
                      r"plug-?in|icon|integration|api|chatbot|bot[aã]o|bouton|knopf|"
                      r"schaltfl[aä]che|bot[oó]n|banner|cta)s?\b")
# An opening quote (not the apostrophe of "qu'on"): a label being quoted.
_QUOTED = re.compile(r"(?:^|[^\w'])['\"\u2018\u201c\u00ab](?=\w)")
_AUTOMATED = re.compile(r"\b(?:automatic\w{0,4}|autom[aá]tic[oa]s?|automatisch\w{0,2}|"
                        r"automatiques?|automatiquement|automaticamente|autom[aá]ticamente|"
                        r"webhooks?|api)\b")
_SUBJECT_SYSTEM = re.compile(r"\b(?:the|o|a|el|la|le|die|der|das)\s{1,2}(?:site|website|app|"
                             r"system|sistema|syst[eè]me|shop|store|loja|tienda|boutique|"
                             r"plugin|checkout|bot|webseite|seite)\s{1,2}(?:\w+\s{1,2}){0,2}$")


def _feature_talk(text: str, start: int) -> bool:
    """The site or system sends it (automatically): a feature being built, not an ask."""
    cut = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start))
    before = text[max(cut + 1, start - 80):start]
    return (_SUBJECT_SYSTEM.search(before) is not None
            or _SUBJECT_SYSTEM_ANY.search(before) is not None)


_SUBJECT_SYSTEM_ANY = re.compile(r"\b(?:que|that|dass|qui)\s{1,2}(?:the|o|a|el|la|le|die|der|das)"
                                 r"\s{1,2}(?:site|website|app|system|sistema|syst[eè]me|loja|"
                                 r"tienda|boutique|webseite|seite)\b")


_INSTEAD_BEFORE = re.compile(
    r"(?:instead\s{1,2}of|rather\s{1,2}than|en\s{1,2}vez\s{1,2}de|en\s{1,2}lugar\s{1,2}de|"
    r"au\s{1,2}lieu\s{1,2}de|em\s{1,2}vez\s{1,2}de|ao\s{1,2}inv[eé]s\s{1,2}de|statt|anstatt|"
    r"plut[oô]t\s{1,2}que)\s{1,2}(?:\w+\s{1,2})?$")


# "telegram?", "WhatsApp??": the app alone, asked as a question
_BARE_APP = re.compile(r"\W{0,3}(?:" + _APPS + r"|signal|e-?mail|number|phone\s{0,2}number)"
                       r"\s{0,2}\?{1,3}(?:\W{0,3}(?:(?:it'?s|its|is|much|way|so|mucho|bien|"
                       r"viel|c'est|[eé]\s{1,2}bem|bem)\s{1,2})?(?:faster|easier|quicker|simpler|"
                       r"better|m[aá]s\s{1,2}(?:r[aá]pido|f[aá]cil|c[oó]modo)|plus\s{1,2}(?:rapide|"
                       r"simple|facile|pratique)|schneller|einfacher|bequemer|mais\s{1,2}(?:r[aá]pido|"
                       r"f[aá]cil|pr[aá]tico)))?\W{0,3}")
# "Hi! ... Telegram? Tell me if that suits you": a messenger alone as a question, opening
# a sentence of a longer message (not "Signal?", which is also the phone's reception)
_BARE_MSGR = re.compile(r"(?<![^.!?\n])\s{0,3}[^\w\s]{0,3}\s{0,2}(?:whats\s?app|whats|wpp|wsp|"
                        r"wasap|guasap|zap|zapzap|telegram|discord|wechat|viber|skype|threema|"
                        r"kik|snapchat)\s{0,2}\?")


# "fuera de la plataforma no trabajo", "outside the platform I don't work": the refusal after.
_NEG_AFTER = re.compile(
    r"[^.!?\n]{0,16}?(?:\b(?:i|we)\s{1,2}(?:don'?t|do\s{1,2}not|never|won'?t)\s{1,2}(?:\w+\s{1,2})?"
    r"(?:work|do|deal|accept)|\b(?:no|nunca|jam[aá]s)\s{1,2}(?:trabajo|hago|atiendo|acepto)|"
    r"\b(?:n[aã]o|nao|nunca)\s{1,2}(?:trabalho|fa[cç]o|atendo|aceito)|"
    r"\b(?:ne\s{1,2}|n')(?:travaille|fais|accepte)|"
    r"\b(?:arbeite|mache|akzeptiere)\s{1,2}(?:ich\s{1,2})?(?:nicht|nie|niemals)|"
    r"\b(?:nicht|nie|niemals)\s{1,2}(?:arbeite|mache)|"
    r"\b(?:isn'?t|is\s{1,2}not|'s\s{1,2}not|aren'?t|are\s{1,2}not)\s{1,2}(?:really\s{1,2})?"
    r"(?:something\s{1,2}(?:i|we)|an\s{1,2}option|allowed|possible|happening|my\s{1,2}thing|"
    r"what\s{1,2}(?:i|we)\s{1,2}do)|\bis\s{1,2}(?:a\s{1,2}no\b|against|off\s{1,2}the\s{1,2}table|"
    r"not\s{1,2}(?:allowed|permitted))|"
    r"\b(?:(?:but\s{1,2})?(?:i'?d|i\s{1,2}would|we'?d)\s{1,2}(?:rather|prefer\s{1,2}to)|"
    r"i\s{1,2}prefer\s{1,2}to)\s{1,2}(?:stay|keep\s{1,2}(?:it|things|this|everything|"
    r"(?:every|all|each|our|the|my)\s{1,2}\w+(?:\s{1,2}\w+)?)|remain|"
    r"keep\s{1,2}(?:talking|chatting|working))\s{1,2}(?:on\s{1,2})?(?:here|on\s{1,2}(?:the|this)"
    r"\s{1,2}(?:app|platform|site))|"
    r"\bno\s{1,2}(?:es|est[aá])\s{1,2}(?:algo\s{1,2}que|una\s{1,2}opci[oó]n|permitido)|"
    r"\b(?:n'est|c'est|ce\s{1,2}n'est)\s{1,2}pas\s{1,2}(?:quelque\s{1,2}chose|une\s{1,2}option|"
    r"mon\s{1,2}truc|permis|autoris[eé])|"
    r"\b(?:ist|sind)\s{1,2}(?:f[uü]r\s{1,2}mich\s{1,2})?(?:nichts|keine\s{1,2}option|nicht\s{1,2}"
    r"(?:erlaubt|m[oö]glich|drin))|"
    r"\bn[aã]o\s{1,2}(?:[ée]|est[aá])\s{1,2}(?:algo\s{1,2}que|uma\s{1,2}op[cç][aã]o|permitido))"
    r"\b")


# "other tutors ask to move to text", "a lot of clients want to go over to WhatsApp", "otros
# clientes me piden pasar a WhatsApp": what others ask, reported
_THIRD_ASKED = re.compile(
    r"\b(?:people|others|other\s{1,2}\w+|some\s{1,2}\w+|many\s{1,2}\w+|most\s{1,2}\w+|"
    r"(?:a\s{1,2}lot|lots|plenty)\s{1,2}of\s{1,2}\w+|everyone|everybody|someone|somebody|"
    r"clients|customers|buyers|students|otros\s{1,2}\w+|otras\s{1,2}\w+|algunos\s{1,2}\w+|"
    r"muchos\s{1,2}\w+|la\s{1,2}gente|d'autres\s{1,2}\w+|certains\s{1,2}\w+|"
    r"beaucoup\s{1,2}de\s{1,2}\w+|andere\s{1,2}\w+|viele\s{1,2}\w+|manche\s{1,2}\w+|"
    r"outros\s{1,2}\w+|outras\s{1,2}\w+|muitos\s{1,2}\w+|alguns\s{1,2}\w+|"
    r"(?:they|he|she)(?=\s{1,2}(?:said|says|told|wanted|asked|tried|insisted)\b)|"
    # "the previous painter asked me to…", "el último que contraté quería que…", "der letzte
    # Handwerker wollte, dass…": someone from before, reported
    r"(?:the|my|our|a)\s{1,2}(?:last|previous|former|old)\s{1,2}\w+(?:\s{1,2}(?:i|we)\s{1,2}"
    r"\w+)?|(?:el|la|mi)\s{1,2}(?:[uú]ltim[oa]|anterior)(?:\s{1,2}\w+)?(?:\s{1,2}que\s{1,2}\w+)?|"
    r"(?:le|la|mon|ma)\s{1,2}(?:derni[eè]re?|pr[ée]c[ée]dente?|ancienne?)\s{1,2}\w+|"
    r"(?:der|die|mein|meine)\s{1,2}(?:letzte|vorherige|alte)\w?\s{1,2}\w+|"
    r"(?:o|a|meu|minha)\s{1,2}(?:[uú]ltim[oa]|anterior)(?:\s{1,2}\w+)?(?:\s{1,2}que\s{1,2}\w+)?)"
    r"\s{1,2}(?:(?:always|often|sometimes|keep|all|usually|siempre|toujours|immer|sempre)"
    r"\s{1,2})?(?:me\s{1,2}|nos\s{1,2}|mich\s{1,2}|m'|nous\s{1,2})?(?:ask(?:s|ed|ing)?|want(?:s|ed)?|"
    r"tr(?:y|ies|ied)|suggest(?:s|ed)?|request(?:s|ed)?|insist(?:s|ed)?|push(?:es|ed)?|"
    r"piden|quieren|proponen|demandent|veulent|proposent|wollen|fragen|pedem|querem|"
    r"quer[ií]a|quiso|pidi[oó]|voulait|demandait|wollte|fragte|queria|pediu|pedia|"
    # "some customers say they'd rather not pay through here"
    r"say|says|said|told|dicen|disent|sagen|dizem)"
    r",?\s{1,2}(?:(?:me|us|him|her|them)\s{1,2})?(?:(?:to|que|de|d'|ob|pra|para|a|dass)"
    r"\s{0,2})?"
    r"(?:(?:if|whether)\s{1,2}(?:(?:i|we)\s{1,2}(?:can|could|would)\s{1,2})?)?$")


# "certains clients demandent à passer en privé", "some clients ask to go off platform": a
# verb or two between the report and the phrase
assert _THIRD_ASKED.pattern.endswith("$")
_THIRD_ASKED_NEAR = re.compile(_THIRD_ASKED.pattern[:-1] + r"(?:[\w']+\s{1,2}){0,2}$")


# "Totally get why you'd want to chat on WhatsApp, but I keep everything here", "entiendo que
# prefieras WhatsApp, pero…", "je comprends que tu préfères WhatsApp, mais…", "ich verstehe,
# dass du lieber WhatsApp nutzt, aber…", "entendo que você prefira o zap, mas…": the other
# person's wish granted as understandable, then turned down.
_GRANTED = re.compile(
    r"\b(?:get|understand|see|know|appreciate|hear)\s{1,2}(?:(?:why|that)\s{1,2})?(?:you|u)"
    r"(?:'d|\s{1,2}would|\s{1,2}might|\s{1,2}may)?\s{1,2}(?:want|like|prefer|rather)|"
    # the wish itself opens the ask that follows: "I see why you would | want to move to email"
    r"\b(?:get|understand|see|know|appreciate|hear)\s{1,2}(?:why|that)(?:\s{1,2}(?:you|u)"
    r"(?:'d|\s{1,2}would|\s{1,2}might|\s{1,2}may)?)?\s{0,2}$|"
    r"\b(?:entiendo|comprendo|entendo|compreendo)\s{1,2}(?:que|por\s{1,2}qu[eé])\s{1,2}"
    r"(?:\w+\s{1,2})?(?:quieras|prefieras|quisieras|queira|prefira|quisesse|preferisse)|"
    r"\bcomprends\s{1,2}(?:que|pourquoi)\s{1,2}(?:tu|vous)\s{1,2}(?:veuilles|voudrais|veux|"
    r"pr[eé]f[eè]res|veuillez|voudriez|voulez|pr[eé]f[eé]riez|pr[eé]f[eé]rez)|"
    r"\bversteh\w{0,2},?\s{1,2}(?:dass|warum|wieso)\s{1,2}(?:du|sie|ihr)\b")
_TECH = re.compile(r"\b(?:integrat\w{0,5}|integra[cç]\w{1,4}|api|sdk|webhooks?|bots?|"
                   r"plug-?ins?|schnittstelle|backend)\b")
_BUT = re.compile(r"\b(?:but|however|though|pero|sin\s{1,2}embargo|mais|cependant|aber|jedoch|"
                  r"allerdings|mas|por[eé]m|no\s{1,2}entanto)\b")


def _granted(text: str, m: re.Match) -> bool:
    """The phrase is the other person's wish, granted and then declined ("I get why…, but")."""
    window = text[max(0, m.start() - 70):m.start()]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return (_GRANTED.search(window, cut + 1) is not None
            and _BUT.search(text, m.end(), m.end() + 120) is not None)


# A language lesson or a translation: "Today's phrase: 'What's your phone number?'", "¿cómo se
# dice 'llámame'?", "la phrase « tu me donnes ton numéro ? » signifie…": the ask is quoted.
_LESSON = re.compile(
    r"\b(?:phrases?|practi[cs]e|lessons?|vocab\w{0,6}|translat\w{0,5}|means|meaning|"
    r"pronounc\w{0,6}|repeat\s{1,2}after|how\s{1,2}(?:do\s{1,2}(?:you|i|we)|to)\s{1,2}say|role-?play|grammar|idioms?|frases?|expresi[oó]n\w{0,2}|"
    r"lecci[oó]n|practica\w{0,2}|traduc\w{1,5}|tradu[zç]\w{1,4}|significa\w{0,2}|"
    r"c[oó]mo\s{1,2}se\s{1,2}dice|como\s{1,2}se\s{1,2}diz|li[cç][aã]o|express[aã]o|pratiqu\w{0,3}|"
    r"le[cç]on|vocabulaire|expression|signifie|comment\s{1,2}(?:on\s{1,2}dit|dit-on)|"
    r"redewendung|ausdruck|lektion|bedeutet|[uü]bersetz\w{0,4}|[uü]bung|[uü]bt|[uü]ben|"
    r"heute\w{0,2}\s{1,2}satz|wie\s{1,2}sagt\s{1,2}man|"
    # a song, a poem or a script being written: "Chorus draft: 'text me after midnight…'"
    r"lyrics?|verses?|chorus|songs?|poems?|rhymes?|script|screenplay|dialogue|slogan|tagline|"
    r"letra|estrofa|estribillo|canci[oó]n|poema|liedtext|songtext|strophe|refrain|gedicht|"
    r"paroles|couplet|chanson|po[eè]me|refr[aã]o|can[cç][aã]o|verso)\b")
# A quoted span: the opening quote after a non-word, the closing one before a non-word; an
# apostrophe inside a word ("what's") does not close it.
_QUOTE_SPAN = re.compile(r"(?<![\w'])['\"](?=[^\s'\"])(?:[^'\"\n]|'(?=\w)){1,160}?['\"](?!\w)|"
                         r"\u00ab[^\u00ab\u00bb\n]{1,160}\u00bb")


def _unquoted(text: str) -> str:
    """The text with quoted phrases blanked (same length) when it teaches or translates them."""
    if ("'" in text or '"' in text or "\u00ab" in text) and _LESSON.search(text):
        return _QUOTE_SPAN.sub(lambda q: " " * len(q.group()), text)
    return text


# "find me: the blue bird app", "pasemos a la app verde", "schreib mir in der grünen App": the
# talk moved to an app named by its look. Run only when one of the look words is there.
_CODED_ASK = re.compile(
    r"\b" + _LETTER + r"(?:find|reach|catch|hit|message|text|dm|ping|add|follow|meet|talk|chat|"
    r"continue|move|switch|hop|jump|write|schreib|ruf|meld|folg|such|wechsel|escr[ií]b|habl|pas|"
    r"sig|b[uú]sca|ll[aá]m|chama|fala|vem|bora|vamos|procura|[ée]cri|contacte|ajoute|retrouve|"
    r"suis|rejoins)\w{0,6}\s{1,3}(?:[\w']+\s{1,3}){0,3}?(?:[\w']+:\s{0,3}|(?:on|to|in|over|via|"
    r"at|into|auf|bei|[uü]ber|zu|zur|en|a|al|por|no|na|pelo|pela|pro|pra|sur|dans|par)\s{1,3})"
    + _CODED)
_CODED_HINT = re.compile("green|bird|ghost|plane|verde|pajarit|avi|passarinho|verte|oiseau|"
                         "fant|gr[uü]n")


# "send me a text when you're free, this app is not great", "esta app no funciona bien", "die
# App ist nicht so toll", "cette appli ne marche pas", "esse app não é bom": the app found
# wanting, a reason to leave it and no refusal
_APP_BLAMED = re.compile(
    r"\b(?:this|the|esta|la|este|el|die|diese|cette|l'|cet|esse|essa|o|a)\s{0,2}(?:app|site|"
    r"platform|chat|appli|plataforma|plateforme|plattform|aplicativo|aplicaci[oó]n)\s{1,2}"
    # a quality denied, not a rule ("paying outside the platform is not allowed" refuses)
    r"(?:(?:is\s{1,2}not|isn'?t|no\s{1,2}es|ist\s{1,2}nicht|n'est\s{1,2}pas|n[aã]o\s{1,2}[ée])"
    r"(?:\s{1,2}(?:very|that|so|really|muy|tan|sehr|besonders|tr[eè]s|si|muito|t[aã]o))?"
    r"\s{1,2}(?:great|good|working|reliable|easy|bueno|buena|fiable|pr[aá]ctic[ao]|gut|toll|"
    r"zuverl[aä]ssig|praktisch|top|pratique|bien|bom|boa|pr[aá]tico)|(?:doesn'?t|does\s{1,2}not)"
    r"\s{1,2}(?:work|load)|no\s{1,2}(?:funciona|va\s{1,2}bien)|funktioniert\s{1,2}nicht|"
    r"ne\s{1,2}(?:marche|fonctionne)\s{1,2}pas|n[aã]o\s{1,2}funciona)\b")


def _unblamed(sentence: str) -> str:
    """The sentence with Portuguese "no"/"na" and complaints about the app blanked."""
    sentence = _PT_ON.sub(" ", sentence)
    if "n" in sentence:
        sentence = _APP_BLAMED.sub(" ", sentence)
    return sentence


# "The fees here are steep. Can we sort the next visits out directly? How do I best reach
# you?": going direct proposed in one sentence, the way to reach asked in the next
_FEE_TALK = re.compile(r"\b(?:fees?|commission|comisi[oó]n|geb[uü]hr\w{0,2}|provision|frais|"
                       r"taxas?|comiss[aã]o|app|appli|plataforma|plattform|plateforme|platform)\b")
# "got GitLab? I'll add you straight to our private repo", "te agrego directo a nuestro repo
# privado": the work moved to a code host of their own, past the platform
_CODE_HOST = re.compile(r"\b(?:git\s?hub|git\s?lab|bitbucket)\b")
_PRIVATE_REPO = re.compile(r"\b(?:private\s{1,2}(?:repo|repository)|(?:repo|repositorio|"
                           r"reposit[oó]rio)\s{1,2}privad[oa]|d[ée]p[oô]t\s{1,2}priv[ée]|"
                           r"privat\w{0,2}\s{1,2}(?:repo|repository))\b")
_REPO_REFUSED = re.compile(r"\b(?:not|never|don'?t|won'?t|can'?t|nicht|nie|nunca|jamais|"
                           r"pas|n[aã]o)\b")
_STRAIGHT = re.compile(r"\b(?:straight(?!\s{1,2}away)|direct(?:ly)?|directo|directamente|direto|"
                       r"diretamente|direkt|directement)\b")


# ---- Asks read from two parts of the whole message ----------------------------------------------
# Run once per message when nothing above matched; each check is gated by a plain word test.
_POSS = (r"(?:my|mis?|meine?[nms]?|mes|mon|ma|meus?|minhas?|our|nuestr[oa]s?|unsere?[nms]?|"
         r"nos|notre|noss[oa]s?)")
# "my contact details are in the attached PDF", "meine Kontaktdaten stehen im angehängten PDF",
# "mes coordonnées sont dans le PDF joint": the detail put where the filter does not read
_DETAIL_THERE = re.compile(
    r"\b" + _POSS + r"\s{1,2}(?:(?:contact|phone|personal|full|private)\s{1,2})?(?:contact\s{1,2}"
    r"(?:info|information|details)|details|number|phone\s{1,2}number|e-?mail(?:\s{1,2}address)?|"
    r"contacts?|datos(?:\s{1,2}de\s{1,2}contacto)?|n[uú]mero|correo|kontaktdaten|nummer|"
    r"handynummer|coordonn[ée]es|num[ée]ro|contatos?|dados(?:\s{1,2}de\s{1,2}contato)?)\s{1,2}"
    r"(?:is|are|'s|est[aá]n?|stehen|steht|sind|ist|sont|est|s[aã]o|est[aã]o|fica|ficam)\s{1,2}"
    r"(?:(?:all|also|auch|aussi|tambi[eé]n|tamb[eé]m)\s{1,2})?(?:in|on|im|en|dans|sur|no|na|auf|"
    r"at)\s{1,2}(?:(?:the|my|this|el|la|le|les|der|dem|die|o|a|ce|cet|cette|mi|mon|ma|meu|minha|"
    r"meinem|meiner)\s{1,2})?(?:[\w-]{1,14}\s{1,2})?(?:pdf|attachment|attached|file|document|doc|"
    r"brochure|flyer|leaflet|cv|resume|signature|screenshot|angeh[aä]ngt\w{0,3}|anhang|"
    r"dokument|adjunto|archivo|documento|pi[eè]ce\s{1,2}jointe|joint|fichier|anexo|arquivo)\b")
# "a note with my number in your letterbox", "a card with my details through the door"
_NOTE_WITH = re.compile(
    r"\b(?:note|card|letter|flyer|leaflet|slip|paper)\s{1,2}with\s{1,2}(?:my|our)\s{1,2}"
    r"(?:[\w-]{1,12}\s{1,2})?(?:details|number|contact\w{0,8}|e-?mail|info|handle)\b")
_LETTERBOX = re.compile(r"\b(?:letter\s?box|mail\s?box|post\s?box|door|doormat|windscreen|"
                        r"windshield)\b")
# "take a photo of your business card", "ein Foto von deiner Visitenkarte", "una foto de tu
# tarjeta de visita", "une photo de ta carte de visite", "uma foto do seu cartão de visita"
_CARD_PHOTO = re.compile(
    r"\b(?:photo|picture|pic|snap|scan|image|screenshot|foto|bild|imagen|imagem)\s{1,2}"
    r"(?:of|de|do|da|von|du)?\s{0,2}(?:your|my|tu|su|mi|deiner|meiner|ta|votre|ma|seu|teu|meu|"
    r"sua|tua|minha)\s{1,2}(?:business\s{1,2}card|tarjeta\s{1,2}de\s{1,2}"
    r"(?:visita|presentaci[oó]n)|"
    r"visitenkarte|carte\s{1,2}de\s{1,2}visite|cart[aã]o(?:\s{1,2}de\s{1,2}visita)?)\b")
# "my handle is on the shirt", "my number is on the van" + a profile picture named
_ON_THING = re.compile(
    r"\b(?:my|the)\s{1,2}(?:[\w-]{1,12}\s{1,2})?(?:handle|number|e-?mail|user\s?name|name|"
    r"contact|insta|@)\s{1,2}(?:is|'s)\s{1,2}(?:\w+\s{1,2})?(?:on|in)\s{1,2}(?:the|my)\s{1,2}"
    r"(?:[\w-]{1,12}\s{1,2})?(?:shirt|t-?shirt|van|truck|sign|banner|mug|cap|hat|board|jacket|"
    r"hoodie|background|poster)\b")
_PROFILE_PIC = re.compile(r"\b(?:profile\s{1,2}(?:pic|picture|photo|image)|avatar|pfp)\b")
# "I'll tell you my email on our call", "I'll pass you my details at the viewing"
_TELL_LATER = re.compile(
    r"\b(?:i'?ll|i\s{1,2}will|i\s{1,2}can|let\s{1,2}me)\s{1,2}(?:just\s{1,2})?(?:tell|give|pass|"
    r"read|say|hand|spell)\s{1,2}(?:you\s{1,2})?(?:my|our)\s{1,2}(?:[\w-]{1,12}\s{1,2})?"
    r"(?:e-?mail|number|details|contact\w{0,8}|handle|info|socials?)\s{1,2}(?:\w+\s{1,2})?"
    r"(?:on|over|during|in|at|when)\s{1,2}(?:the\s{1,2}|our\s{1,2}|a\s{1,2})?(?:call|phone|"
    r"person|viewing|visit|meeting|site\s{1,2}visit|appointment|we\s{1,2}(?:meet|speak|talk))\b")
_NOT_HERE = re.compile(
    r"\b(?:can'?t|cannot|won'?t|will\s{1,2}not|not\s{1,2}allowed\s{1,2}to|rather\s{1,2}not)"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:post|share|give|send|put|write|leave|type|say)\w{0,2}\b"
    r"[^.?!\n]{0,40}?\b(?:here|on\s{1,2}(?:the|this)\s{1,2}(?:app|site|platform|chat))\b")
# "google my studio name, you'll find my website": a site or profile to be looked up
_LOOK_MINE = re.compile(
    r"\b(?:google|search(?:\s{1,2}for)?|look\s{1,2}up|busca|b[uú]squen|googlea|"
    r"googel\w{0,2}|such\w{0,2}|cherche[zr]?|recherche[zr]?|pesquis[ae]|procur[ae])\s{1,2}"
    r"(?:\w+\s{1,2}){0,2}?" + _POSS + r"\s{1,2}(?:[\w-]{1,12}\s{1,2})?(?:company|business|firm|"
    r"shop|name|user\s?name|handle|studio|brand|empresa|negocio|firma|entreprise|soci[eé]t[eé]|"
    r"nom|nome|nombre|namen|benutzernamen|pseudo|usuario|usu[aá]rio|atelier|estudio|"
    r"est[uú]dio)\b")
_SITE_FOUND = re.compile(
    r"\b(?:find|see|get\s{1,2}to|land\s{1,2}on|encontrar\w{0,3}|encuentras|finde\w{0,2}|"
    r"trouver\w{0,3}|trouves|achar\w{0,3}|acha\w{0,2}|vai\s{1,2}ver)\s{1,2}(?:\w+\s{1,2}){0,2}?"
    + _POSS + r"\s{1,2}(?:[\w-]{1,12}\s{1,2})?(?:site|website|web|page|p[aá]gina|seite|webseite|"
    r"homepage|shop|tienda|boutique|loja|number|contact\w{0,8})\b|"
    r"\b" + _POSS + r"\s{1,2}(?:site|website|page|web|seite|webseite|p[aá]gina)\s{1,2}(?:has|with|"
    r"shows|tiene|hat|a|tem)\b|\bcontact\s{1,2}(?:form|page)|\bbooking\s{1,2}form|"
    r"\bformulario\s{1,2}de\s{1,2}contacto|\bkontaktformular|\bformulaire\s{1,2}de\s{1,2}contact|"
    r"\bformul[aá]rio\s{1,2}de\s{1,2}contato")
# "search my name + 'roofer' on Facebook": a name with a word, on a site
_LOOK_ON = re.compile(
    r"\b(?:search|google|look\s{1,2}up|busca|such\w{0,2}|cherche\w{0,2}|procur\w{1,2}|"
    r"pesquis\w{1,2})\s{1,2}(?:for\s{1,2}|nach\s{1,2})?" + _POSS + r"\s{1,2}(?:[\w-]{1,12}\s{1,2})?"
    r"(?:name|nombre|nome|namen|nom|company|business|empresa|firma|entreprise|shop)\b"
    r"[^.?!\n]{0,30}?\b(?:on|en|auf|bei|sur|no|na|in)\s{1,2}(?:the\s{1,2})?" + _SITES
    + r"(?![\w-])")
# "look me up, I go by my real name", "búscame, uso mi nombre real"
_LOOK_ME = re.compile(
    r"\b(?:look\s{1,2}me\s{1,2}up|google\s{1,2}me|search\s{1,2}(?:for\s{1,2})?me|b[uú]scame|"
    r"encu[eé]ntrame|googl\w{1,4}\s{1,2}mich|such\w{0,2}\s{1,2}mich|cherche[sz]?[- ]moi|"
    r"me\s{1,2}(?:procura|busca|pesquisa)|procura-me)\b")
_REAL_NAME = re.compile(
    r"\b(?:(?:real|full|actual)\s{1,2}name|(?:is|'s)\s{1,2}my\s{1,2}(?:real|actual)\s{1,2}one|"
    r"easy\s{1,2}to\s{1,2}find|nombre\s{1,2}(?:real|completo|"
    r"verdadero)|f[aá]cil\s{1,2}de\s{1,2}(?:encontrar|achar)|(?:echten|richtigen|vollen)"
    r"\s{1,2}namen?|klarnamen?|leicht\s{1,2}zu\s{1,2}finden|vrai\s{1,2}nom|nom\s{1,2}complet|"
    r"facile\s{1,2}[àa]\s{1,2}trouver|nome\s{1,2}(?:real|verdadeiro|completo))\b")
# "call off the booking here and redo it privately", "storniere … wir machen es direkt"
_REDO_OUTSIDE = re.compile(
    r"\b(?:redo|re-?do|rebook|re-?book|reorder|re-?order|book|do|order|make|finish|machen|"
    r"buchen|bestellen|refai\w{0,4}|refa[zç]\w{0,4}|rehac\w{0,4}|rehag\w{0,4}|hac\w{1,4}|"
    r"fa[zç]\w{0,4}|fai\w{1,4})\s{1,2}(?:\w+\s{1,2}){0,2}?(?:privately|directly|direct|privat|"
    r"direkt|en\s{1,2}direct|directement|en\s{1,2}priv[ée]|por\s{1,2}fuera|por\s{1,2}fora|"
    r"diretamente|direto|directamente|directo|outside|off\s{1,2}(?:the\s{1,2})?(?:app|site|"
    r"platform))\b|"
    # "cancel it here and keep things between us", "on garde ça entre nous", "unter uns"
    r"\b(?:keep|kept)\s{1,2}(?:it|this|things|that)\s{1,2}between\s{1,2}(?:us|ourselves)\b|"
    r"\b(?:entre\s{1,2}(?:nosotros|nous|n[oó]s)|unter\s{1,2}uns)\b")
_REPORTED_CANCEL = re.compile(r"\b(?:i|we|they|she|he)\s{1,2}(?:already\s{1,2}|just\s{1,2})?"
                              r"(?:cancell?ed|called\s{1,2}off)\b")
_CANCEL_ANY = re.compile(r"\b(?:cancel\w{0,4}|call\s{1,2}off|cancela\w{0,3}|storn\w{0,5}|"
                         r"annul\w{0,4}|cancele\w{0,2})\b")
# "cash on the day and we skip the commission?", "on esquive les frais": the fee dodged
_DODGE_FEE = re.compile(
    r"\b(?:(?:skip|dodge|avoid|ditch|forget|bypass|cut\s{1,2}out|save)\w{0,3}\s{1,2}(?:on\s{1,2})?"
    r"(?:the\s{1,2}|their\s{1,2}|its\s{1,2}|any\s{1,2})?(?:commission|fees?|cut|service\s{1,2}"
    r"(?:fee|charge))|(?:salt|evit|ahorr|quit|esquiv)\w{0,6}\s{1,2}(?:la\s{1,2}|las\s{1,2})?"
    r"(?:comisi[oó]n|comisiones|tarifa)|(?:pul|evit|fug|economiz|escap)\w{0,5}\s{1,2}(?:a\s{1,2}|"
    r"as\s{1,2}|da\s{1,2}|das\s{1,2})?(?:taxa|comiss[aã]o)|(?:zapp|esquiv|saut|[ée]vit|contourn|"
    r"oubli|[ée]conomis)\w{0,5}\s{1,2}(?:la\s{1,2}|les\s{1,2})?(?:commission|frais)|"
    r"(?:spar|umgeh|vermeid|schenk)\w{0,3}\s{1,2}(?:(?:ich|wir)\s{1,2})?(?:uns\s{1,2}|"
    r"mir\s{1,2})?(?:die\s{1,2}|den\s{1,2}|"
    r"das\s{1,2})?(?:provision|geb[uü]hr\w{0,2}|vermittlungs\w*)|"
    # "lass uns das Portal weg", "leave the app out of it", "dejamos la app fuera", "on laisse
    # l'appli de côté", "deixamos o app de fora": the platform itself left out
    r"lass\w{0,2}\s{1,2}(?:wir\s{1,2}|uns\s{1,2})?(?:die|den|das)\s{1,2}(?:app|plattform|buchung|"
    r"seite|vermittlung|portal)\s{1,2}(?:\w+\s{1,2})?weg|(?:leave|keep|cut)\w{0,3}\s{1,2}"
    r"(?:the\s{1,2})?(?:app|platform|site|booking)\s{1,2}out|dej\w{1,4}\s{1,2}(?:la|el)\s{1,2}"
    r"(?:app|plataforma|reserva)\s{1,2}(?:fuera|de\s{1,2}lado|aparte)|laiss\w{1,4}\s{1,2}"
    r"(?:l'appli|l'app|la\s{1,2}plate-?forme|la\s{1,2}r[ée]servation)\s{1,2}de\s{1,2}c[oô]t[ée]|"
    r"deix\w{1,4}\s{1,2}(?:o|a)\s{1,2}(?:app|plataforma|reserva)\s{1,2}de\s{1,2}fora)\b")
_CASH_WORD = re.compile(r"\b(?:cash|efectivo|esp[eè]ces|liquide|dinheiro|bar|bargeld|in\s{1,2}hand|"
                        r"en\s{1,2}mano|em\s{1,2}m[aã]os?|direct(?:ly)?|directo|direto|direkt|"
                        r"privately|privat|en\s{1,2}direct)\b")
# "on the app that starts with W", "la app que empieza por T", "die App, die mit S anfängt"
_LETTER_APP = re.compile(
    r"\b(?:app|appli(?:cation)?|aplicaci[oó]n|aplicativo|messenger)\s{1,2}(?:that|which|whose"
    r"\s{1,2}name)\s{1,2}(?:starts|begins|ends)\s{1,2}with\s{1,2}(?:(?:an?|the\s{1,2}letter)"
    r"\s{1,2})?['\"]?[a-z]['\"]?(?![\w'])|\b(?:app|aplicaci[oó]n)\s{1,2}que\s{1,2}(?:empieza|"
    r"comienza|termina)\s{1,2}(?:por|con|en)\s{1,2}(?:la\s{1,2}|una\s{1,2})?['\"]?[a-z]\b|"
    r"\bappli(?:cation)?\s{1,2}qui\s{1,2}(?:commence|finit|se\s{1,2}termine)\s{1,2}par\s{1,2}"
    r"(?:un\s{1,2}|une\s{1,2})?['\"]?[a-z]\b|\bapp,?\s{1,2}die\s{1,2}mit\s{1,2}(?:einem\s{1,2})?"
    r"['\"]?[a-z]['\"]?\s{1,2}(?:anf[aä]ngt|beginnt|aufh[oö]rt|endet)|\b(?:app|aplicativo)"
    r"\s{1,2}que\s{1,2}(?:come[cç]a|termina)\s{1,2}com\s{1,2}(?:a\s{1,2}letra\s{1,2}|um\s{1,2})?"
    r"['\"]?[a-z]\b")
# "do you have the app with the paper plane?", "message me on the app with the little ghost"
_LOOK_APP = re.compile(
    r"\b(?:the|that)\s{1,2}app\s{1,2}(?:with|whose\s{1,2}(?:logo|icon)\s{1,2}is)\s{1,2}"
    r"(?:the|a|an)\s{1,2}(?:little\s{1,2}|small\s{1,2}|white\s{1,2}|yellow\s{1,2}|blue\s{1,2}|"
    r"green\s{1,2})?(?:bird|ghost|paper\s{1,2}(?:air)?plane|plane|phone|speech\s{1,2}bubble|"
    r"camera)\b(?!\s{1,2}(?:icons?|logos?|buttons?|colou?rs?|themes?|designs?|versions?|"
    r"stickers?|illustrations?|drawings?|mascots?)\b)")
# "a call, a normal one, not the platform one": a call outside the product
_NOT_THEIRS = re.compile(
    r"\bnot\s{1,2}(?:the|this)\s{1,2}(?:(?:platform|app|site|in-app)(?:'s)?\s{1,2}(?:one|call|"
    r"version)|one\s{1,2}(?:in|on)\s{1,2}(?:the|this)\s{1,2}(?:app|platform|site))\b")
_CALL_WORD = re.compile(r"\b(?:call|calls|phone|video|ring)\b")
_DESCRIBED = re.compile(r"\s{1,2}(?:that|which|with|whose)\b")
_APP_USE = re.compile(r"\b(?:have|got|use|using|download|install|get|on|in|via|over|to)\s{1,2}$")
# "what's your gitlab? I'll add you to our private repo"
_YOUR_HOST = re.compile(r"\b(?:your|ur)\s{1,2}(?:git\s?hub|git\s?lab|bitbucket)\b")
_ADD_TO_REPO = re.compile(r"\b(?:add|invite)\w{0,3}\s{1,2}(?:you|u)\s{1,2}(?:to|into|as)\b")
_ATTACH_CUE = re.compile("pdf|attach|anh|angeh|adjunt|joint|anexo|file|fichier|archiv|arquivo|"
                         "doc|brochure|flyer|leaflet|cv|resum|signature|screenshot")
_LOOK_CUE = re.compile("googl|search|look|b[uú]sc|cherch|pesquis|procur|such|encu[eé]ntr|find")
# Every check below needs one of these word starts: one scan, dispatched on first letters.
_MORE_CUE = re.compile(r"\b" + _LETTER + "(?:" + _dispatch([
    "pdf", "attach", "anhang", "angeh", "adjunt", "joint", "anexo", "file", "fichier", "archiv",
    "arquivo", "doc", "brochure", "flyer", "leaflet", "cv", "resum", "signature", "screenshot",
    "note", "card", "cart", "tarjeta", "visitenkarte", "foto", "photo", "pic", "avatar", "pfp",
    "profile", "tell", "give", "pass", "read", "hand", "spell", "googl", "search", "look",
    "busc", "such", "cherch", "procur", "pesquis", "cancel", "call\\s{1,2}off", "storn",
    "annul", "skip", "dodge", "avoid", "ditch", "forget", "bypass", "cut\\s{1,2}out", "save",
    "salt", "evit", "ahorr", "quit", "esquiv", "pul", "fug", "economiz", "escap", "zapp",
    "saut", "[ée]vit", "contourn", "oubli", "[ée]conomis", "spar", "umgeh", "vermeid",
    "schenk", "starts", "begins", "ends", "empieza", "comienza", "termina", "commence",
    "finit", "anf[aä]ngt", "beginnt", "endet", "come[cç]a", "app", "git", "bitbucket",
    "find", "b[uú]scame", "encu[eé]ntrame", "lass", "leav", "keep", "cut", "dej", "laiss",
    "deix"], 2) + ")")


def _free(text: str, start: int) -> bool:
    """Not refused just before ``start`` ("why not…" suggests, it does not refuse)."""
    return (not _negated(text, start)
            or _WHY_NOT.search(text, max(0, start - 40), start) is not None)


def _kept(text: str) -> bool:
    """The message keeps things here ("through the app", "on here"), said for itself."""
    for keep in _KEEP_HERE.finditer(text):
        # "on the app with the ghost" describes another app; "can't post it on here" refuses
        if not (_DESCRIBED.match(text, keep.end()) or any(
                n.start() <= keep.start() < n.end() for n in _NOT_HERE.finditer(text))):
            return True
    return False


def _candidate(text: str) -> re.Match | None:
    """The first two-part ask of the message, before "keep it here" is weighed."""
    if _ATTACH_CUE.search(text):
        m = _DETAIL_THERE.search(text)
        if m and _free(text, m.start()):
            return m
    if "card" in text or "cart" in text or "tarjeta" in text or "karte" in text:
        m = _CARD_PHOTO.search(text)
        if m and _free(text, m.start()):
            return m
    if "i'll" in text or "i will" in text or "i can" in text or "let me" in text:
        m = _TELL_LATER.search(text)
        if m and _free(text, m.start()):
            return m
    if "app" in text or "messenger" in text:
        m = _LETTER_APP.search(text)
        if m and _free(text, m.start()):
            return m
        m = _LOOK_APP.search(text)
        if m and _APP_USE.search(text, max(0, m.start() - 12), m.start()) and _free(
                text, m.start()):
            return m
    if _LOOK_CUE.search(text):
        m = _LOOK_ON.search(text)
        if m and _free(text, m.start()):
            return m
        m = _LOOK_MINE.search(text)
        if m and _free(text, m.start()) and (_SITE_FOUND.search(text, m.end())
                                             or _NOT_HERE.search(text)):
            return m
    if " with " in text:
        m = _NOTE_WITH.search(text)
        if m and _LETTERBOX.search(text) and _free(text, m.start()):
            return m
    if _PROFILE_PIC.search(text):
        m = _ON_THING.search(text)
        if m and _free(text, m.start()):
            return m
    m = _DODGE_FEE.search(text)
    if m and _CASH_WORD.search(text) and _free(text, m.start()):
        return m
    if ("git" in text or "bitbucket" in text) and _YOUR_HOST.search(text) and _PRIVATE_REPO.search(
            text) and _ADD_TO_REPO.search(text) and not _REPO_REFUSED.search(text):
        return _YOUR_HOST.search(text)
    return None


def _look_me(text: str) -> tuple[int, int] | None:
    """ "look me up, I use my real name": the writer to be found elsewhere by name."""
    if not ("nom" in text or "nam" in text or "find" in text or "encontrar" in text
            or "achar" in text or "trouver" in text or " one" in text):
        return None
    m = _LOOK_ME.search(text)
    if m and _REAL_NAME.search(text) and _free(text, m.start()) and not _STAYS.match(
            text, m.end()):
        return m.span()
    return None


def _more(text: str) -> tuple[int, int] | None:
    """The span of an ask made of two parts of the message, or None (see the patterns above)."""
    if "not the" in text and _CALL_WORD.search(text):
        m = _NOT_THEIRS.search(text)
        if m:
            return m.span()
    if _MORE_CUE.search(text) is None:
        return None
    span = _look_me(text)  # before the profile is read as "here": it is the pointer
    if span is not None:
        return span
    m = _CANCEL_ANY.search(text)
    if m and _free(text, m.start()):
        redo = _REDO_OUTSIDE.search(text)  # "cancel it on the site" names the platform
        # "I cancelled and paid directly on the platform" reports, and stays
        if (redo and _free(text, redo.start()) and not _REPORTED_CANCEL.search(text)
                and not _STAYS.match(text, redo.end())
                and not _KEEP_HERE.search(text, redo.end(), redo.end() + 30)):
            return m.start(), redo.end()
    m = _candidate(text)
    if m is None or _kept(text):
        return None
    return m.span()
    m = _LOOK_ME.search(text)  # before the profile is read as "here": it is the pointer
    if m and _REAL_NAME.search(text) and _free(text, m.start()) and not _STAYS.match(
            text, m.end()):
        return m.span()
    m = _CANCEL_ANY.search(text)
    if m and _free(text, m.start()):
        redo = _REDO_OUTSIDE.search(text)  # "cancel it on the site" names the platform
        # "I cancelled and paid directly on the platform" reports, and stays
        if (redo and _free(text, redo.start()) and not _REPORTED_CANCEL.search(text)
                and not _STAYS.match(text, redo.end())
                and not _KEEP_HERE.search(text, redo.end(), redo.end() + 30)):
            return m.start(), redo.end()
    for keep in _KEEP_HERE.finditer(text):
        # "on the app with the ghost" describes another app; "can't post it on here" refuses
        if not (_DESCRIBED.match(text, keep.end()) or any(
                n.start() <= keep.start() < n.end() for n in _NOT_HERE.finditer(text))):
            return None
    for rx in (_DETAIL_THERE, _CARD_PHOTO, _TELL_LATER, _LETTER_APP, _LOOK_ON):
        m = rx.search(text)
        if m and _free(text, m.start()):
            return m.span()
    m = _NOTE_WITH.search(text)
    if m and _LETTERBOX.search(text) and _free(text, m.start()):
        return m.span()
    m = _ON_THING.search(text)
    if m and _PROFILE_PIC.search(text) and _free(text, m.start()):
        return m.span()
    m = _LOOK_MINE.search(text)
    if m and _free(text, m.start()) and (_SITE_FOUND.search(text, m.end())
                                                 or _NOT_HERE.search(text)):
        return m.span()
    m = _DODGE_FEE.search(text)
    if m and _CASH_WORD.search(text) and _free(text, m.start()):
        return m.span()
    m = _LOOK_APP.search(text)
    if m and _APP_USE.search(text, max(0, m.start() - 12), m.start()) and _free(text, m.start()):
        return m.span()
    if ("git" in text or "bitbucket" in text) and _YOUR_HOST.search(text) and _PRIVATE_REPO.search(
            text) and _ADD_TO_REPO.search(text) and not _REPO_REFUSED.search(text):
        return 0, len(text)
    return None


# ---- Moves described rather than named (run last, once per message) ----------------------------
# "let's move to the green chat app", "the app with the blue bubble", "in der App mit dem blauen
# Papierflieger", "naquele app verde", "the app named after a ghost": an app pointed to by its
# look, after a verb that moves or holds the talk ("the green button in the app" is no app
# described: the look word must follow the app word, or a colour come just before "app").
_LOOK_WORDS = (r"(?:bubble|circle|plane|paper\s{1,2}(?:air)?plane|papierflieger|flieger|ghost|"
               r"bird|face|phone|telefon|handset|bal[aã]ozinho|bal[oó]n|globo|fantasma|"
               r"fantasminha|p[aá]jaro|pajarito|passarinho|avi[aã]o|avi[oó]n|oiseau|fant[oô]me|"
               r"avion|vogel|geist|gespenst)")
_COLOURS = (r"(?:green|blue|yellow|purple|verde|verdinho|azul|amarel[oa]|amarill[oa]|vert[e]?|"
            r"bleu[e]?|jaune|gr[uü]ne[nmrs]?|blaue[nmrs]?|gelbe[nmrs]?|lila)")
_DESCRIBED_APP = _redispatch(re.compile(
    r"\b" + _LETTER + r"(?:(?:app|apps|appli|aplicativo|aplicaci[oó]n|messenger)\s{1,2}(?:with|"
    r"mit|com|con|avec|do|da|del|de|au|à)\s{1,2}(?:(?:the|a|an|dem|der|einem|einer|o|a|el|la|"
    r"le|l'|un|une|um|uma)\s{1,2})?(?:[\w-]{1,12}\s{1,2}){0,2}?" + _LOOK_WORDS
    + r"\b(?!\s{1,2}(?:icons?|logos?|buttons?|stickers?|illustrations?|drawings?|mascots?|"
    r"designs?))|" + _COLOURS + r"\s{1,2}(?:chat\s{1,2}|messaging\s{1,2}|messenger\s{1,2})?"
    r"(?:app|appli)\b(?!\s{1,2}(?:icons?|logos?|buttons?|colou?rs?|themes?|designs?|store)\b)|"
    r"(?:app|appli|aplicativo|aplicaci[oó]n)\s{1,2}" + _COLOURS
    + r"\b(?!\s{1,2}(?:icons?|logos?|buttons?))|"
    r"(?:app|one)\s{1,2}(?:named|called)\s{1,2}after\s{1,2}(?:a|an|the)\s{1,2}\w{3,12}\b|"
    r"the\s{1,2}one\s{1,2}with\s{1,2}the\s{1,2}(?:[\w-]{1,12}\s{1,2}){0,2}?" + _LOOK_WORDS
    + r"\b)"))
_MOVE_VERB = re.compile(
    r"\b" + _LETTER
    + r"(?:move|moving|switch|take|taking|talk|chat|message|text|write|hop|jump|go|continue|"
    r"carry|use|using|have|got|find|reach|ping|hit|dm|add|join|meet|schreib\w{0,2}|meld\w{0,3}|"
    r"wechseln|treffen|chama|fala|falamos|vamos|bora|escr[ií]b\w{0,3}|habl\w{0,4}|pasemos|"
    r"[ée]cri\w{0,4}|parl\w{0,4}|rejoin\w{0,3}|contact\w{0,4})\b")
_KNOW_WHICH = re.compile(r"\byou\s{1,2}know\s{1,2}(?:the\s{1,2}one|which(?:\s{1,2}one)?|what\s{1,2}"
                         r"i\s{1,2}mean)\b|\bo\s{1,2}de\s{1,2}sempre\b|\bwink\b|\U0001f609")
# "cancel the booking here and I'll invoice you myself", "settle up in cash and mark the job as
# cancelled", "storniere, ich stelle dir die Rechnung selbst": the booking dropped, the money
# taken outside; "let's go off-app, the fees are too much"; "the next ones 'unofficially'"
_PROPOSE_HEAD = re.compile(
    r"\b" + _LETTER
    + r"(?:let'?s|let\s{1,2}us|we\s{1,2}(?:can|could|should)|shall\s{1,2}we|how\s{1,2}about|"
    r"why\s{1,2}don'?t\s{1,2}we|lass\s{1,2}uns|lassen\s{1,2}sie\s{1,2}uns|on\s{1,2}(?:peut|pourrait)|"
    r"podemos|podr[ií]amos|vamos|bora|wir\s{1,2}k[oö]nnen|k[oö]nnen\s{1,2}wir)\b")
_PAID_OUTSIDE = re.compile(
    r"\b" + _LETTER
    + r"(?:invoice|bill)\s{1,2}(?:you|u)\s{1,2}(?:myself|directly|privately|separately|"
    r"direct)\b|\bcash\s{1,2}in\s{1,2}hand\b|\b(?:settle|pay|square)\w{0,3}\s{1,2}(?:up\s{1,2})?"
    r"(?:you\s{1,2})?in\s{1,2}cash\b|\bpay\s{1,2}(?:you\s{1,2})?(?:directly|privately)\b|"
    r"\b(?:te\s{1,2}pago|je\s{1,2}te\s{1,2}paie|eu\s{1,2}te\s{1,2}pago|ich\s{1,2}zahle)\s{1,2}"
    r"(?:\w+\s{1,2})?(?:en\s{1,2}efectivo|en\s{1,2}esp[eè]ces|em\s{1,2}dinheiro|bar|direkt)\b|"
    r"\brechnung\s{1,2}(?:\w+\s{1,2})?selbst\b")
# "Cancel on the app and pay me cash": the cancelling asked for, the sentence opening with it
_CANCEL_HEAD = re.compile(r"(?:^|[.!?\n]\s{0,3})(?:just\s{1,2}|so\s{1,2})?(?:cancel|storn|annul)")
_OFF_APP = re.compile(
    r"\b" + _LETTER
    + r"(?:go|going|take|taking|move|moving|do|doing|keep|keeping|run|sort)\s{1,2}(?:(?:it|this|"
    r"things|the\s{1,2}rest|everything)\s{1,2})?(?:all\s{1,2})?off[- ](?:app|platform|site|"
    r"(grid|radar|the\s{1,2}books|books|the\s{1,2}record))\b")
_FEE_MOAN = re.compile(r"\b(?:fees?|charges?|commission|cut|robbery|rip[- ]?off|too\s{1,2}much|"
                       r"expensive|provision|geb[uü]hr\w{0,2}|comisi[oó]n|frais|taxas?)\b")
_NEXT_OFF = re.compile(
    r"\b" + _LETTER
    + r"(?:next\s{1,2}(?:ones?|jobs?|times?|bookings?|sessions?|visits?|lessons?|orders?|"
    r"rounds?)|future\s{1,2}(?:jobs?|bookings?|work|orders?)|from\s{1,2}now\s{1,2}on)\b"
    r"[^.!?\n]{0,30}?['\"\u2018\u201c]?\b(?:unofficially|off\s{1,2}the\s{1,2}books|under\s{1,2}"
    r"the\s{1,2}table|off[- ](?:app|platform|site))\b|"
    r"\b(?:unofficially|off\s{1,2}the\s{1,2}books|under\s{1,2}the\s{1,2}table)['\"\u2019\u201d]?"
    r"\s{1,2}(?:\w+\s{1,2}){0,2}?(?:next\s{1,2}time|from\s{1,2}now\s{1,2}on|for\s{1,2}the\s{1,2}"
    r"(?:next|rest))\b")
# "my cousin can pass you my number", "mein Bruder gibt dir meine Nummer": someone else to hand
# the detail over, off the chat
_THIRD_PASSES = re.compile(
    r"\b" + _LETTER
    + r"(?:my|our|mein\w{0,2}|mi|mon|ma|meu|minha)\s{1,2}(?:[\w-]{2,14}\s{1,2}){1,2}?"
    r"(?:(?:can|will|could|would|'ll|kann|wird|puede|va\s{1,2}a|peut|pode|vai)\s{1,2})?"
    r"(?:just\s{1,2})?(?:pass|give|hand|slip|gibt|geben|reicht|te\s{1,2}(?:pasa|pasar|da|dar|"
    r"passa|passar|d[aá])|te\s{1,2}donne(?:r)?|vous\s{1,2}donne(?:r)?)\w{0,2}\s{1,2}"
    r"(?:(?:you|u|dir|ihnen)\s{1,2})?(?:my|our|meine\w?|mi|mon|ma|meu|minha)\s{1,2}"
    r"(?:[\w-]{1,12}\s{1,2})?(?:number|digits|details|e-?mail|contact\w{0,8}|card|nummer|"
    r"handynummer|n[uú]mero|num[ée]ro|coordonn[ée]es|contato|contacto)\b")
# "I'll drop my card through your letterbox", "te dejo mi tarjeta en el buzón", "ich werfe
# meine Karte in den Briefkasten": a card left at the door, the detail off the chat
_CARD_DOOR = re.compile(
    r"\b" + _LETTER
    + r"(?:drop|leave|put|pop|post|slip|push|werf\w{0,2}|leg\w{0,2}|steck\w{0,2}|dej\w{0,2}|"
    r"laiss\w{0,2}|mets|mettrai|deix\w{0,2}|ponho|coloco)\s{1,2}(?:(?:you|te|dir|ihnen|vous|"
    r"le)\s{1,2})?(?:[\w-]{1,12}\s{1,2}){0,2}?(?:card|business\s{1,2}card|note|flyer|leaflet|"
    r"visitenkarte|karte|zettel|tarjeta|carte(?:\s{1,2}de\s{1,2}visite)?|cart[aã]o|bilhete)\b"
    r"[^.!?\n]{0,30}?\b(?:letter\s?box|mail\s?box|post\s?box|door|briefkasten|buz[oó]n|"
    r"bo[iî]te\s{1,2}aux\s{1,2}lettres|caixa\s{1,2}de\s{1,2}correio)")
_MINE = re.compile(r"\b(?:my|mi|ma|mon|mes|meine\w?|minha|meu|meus|our)\b")
# "check my bio, all you need to reach me is there", "schau in meine Bio, da steht, wie du mich
# erreichst": the way to reach kept in a bio or link list outside the chat
_BIO = re.compile(
    r"\b" + _LETTER
    + r"(?:check|see|look\s{1,2}at|read|visit|tap|click|schau|guck|mira|revisa|regarde|v[eê]|"
    r"olha|confere)\w{0,2}\s{1,2}(?:(?:in|on|at|en|dans|na|no)\s{1,2})?(?:my|meine|mi|ma|mon|"
    r"minha|meu|the\s{1,2}link\s{1,2}in\s{1,2}my)\s{1,2}(?:bio|linktree|link\s{1,2}in\s{1,2}bio)\b")
_REACH_ME = re.compile(
    r"\b(?:reach|contact|call|text|get\s{1,2}hold\s{1,2}of|find)\s{1,2}(?:me|us)\b|\bmy\s{1,2}"
    r"(?:number|contact\w{0,8}|details|e-?mail|digits)\b|\bmich\s{1,2}(?:erreich|kontaktier)|"
    r"\bcontact(?:arme|arte|ar)\b|\bme\s{1,2}(?:contacter|joindre|contactar|ligar|chamar)\b")
# "my profile pic has my number on the van", "my avatar shows my email"
_PIC_HAS = re.compile(
    r"\b" + _LETTER
    + r"(?:profile\s{1,2}(?:pic|picture|photo|image)|avatar|pfp|cover\s{1,2}photo|banner)"
    r"\s{1,2}(?:\w+\s{1,2})?(?:has|shows|includes|contains|with)\s{1,2}(?:my|our|the)\s{1,2}"
    r"(?:[\w-]{1,12}\s{1,2})?(?:number|e-?mail|handle|contact\w{0,8}|details|phone|digits)\b")
# "the app eats numbers, just come by the shop, you know where", "so it doesn't get blocked":
# the filter named and a way around it
_FILTER_TALK = re.compile(
    r"\b" + _LETTER
    + r"(?:app|site|platform|chat|filter|bot|robot|rob[oô]|roboter|system)\s{1,2}"
    r"(?:\w+\s{1,2})?(?:eats|blocks|deletes|removes|hides|censors|strips|swallows|apaga|"
    r"bloqueia|borra|bloquea|liest|mitliest|l[öo]scht|sperrt|efface|bloque|supprime)\b")
_AROUND_FILTER = re.compile(
    r"\bso\s{1,2}(?:it|they|that\s{1,2}it)\s{1,2}(?:doesn'?t|don'?t|won'?t|does\s{1,2}not)\s{1,2}"
    r"get\s{1,2}(?:blocked|filtered|caught|removed|deleted|censored|eaten|flagged|hidden)\b|"
    r"\bso\s{1,2}the\s{1,2}(?:filter|bot|app|system|site)\s{1,2}(?:doesn'?t|won'?t|can'?t)\s{1,2}"
    r"(?:catch|block|see|delete|remove|eat|flag)\b")
_WAY_AROUND = re.compile(
    r"\b(?:you\s{1,2}know\s{1,2}where|come\s{1,2}(?:by|round|over)|pop\s{1,2}(?:by|in|round)|"
    r"spell\w{0,3}\s{1,2}(?:it\s{1,2})?out|with\s{1,2}spaces|in\s{1,2}words|elsewhere|"
    r"somewhere\s{1,2}else|other\s{1,2}app|me\s{1,2}chama|schreib\s{1,2}mir|call\s{1,2}me)\b")
# "die Nummer finden Sie über Google", "you'll find my number on Google"
_NUMBER_FOUND = re.compile(
    r"\b" + _LETTER
    + r"(?:nummer|telefonnummer|handynummer|number|n[uú]mero|num[ée]ro|contact\s{1,2}details|"
    r"kontaktdaten)\s{1,2}(?:\w+\s{1,2}){0,2}?(?:finden|findest|find|encontr\w{1,4}|encuentras|"
    r"trouve\w{0,2}|achar?|acha)\s{1,2}(?:\w+\s{1,2}){0,2}?(?:on|[uü]ber|auf|via|bei|en|no|sur|"
    r"im|in)\s{1,2}(?:(?:the|den|der|dem|el|la|le|o|a)\s{1,2})?(?:google|internet|gelbe[nm]?"
    r"\s{1,2}seiten|yellow\s{1,2}pages|maps)\b|"
    r"\b(?:find|finden|findest|encontr\w{1,4}|trouve\w{0,2}|achar?)\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:my|meine|mi|mon|meu|our|unsere|die|the)\s{1,2}(?:\w+\s{1,2})?(?:nummer|number|"
    r"n[uú]mero|num[ée]ro)\s{1,2}(?:\w+\s{1,2})?(?:on|[uü]ber|auf|via|bei|en|no|sur|im|in)"
    r"\s{1,2}(?:the\s{1,2})?(?:google|internet|gelbe[nm]?\s{1,2}seiten|yellow\s{1,2}pages|"
    r"maps)\b")
# "I'll send you a link somewhere else", "te lo mando por fuera": a detail to follow off the chat
_SEND_ELSEWHERE = re.compile(
    r"\b" + _LETTER
    + r"(?:send|give|pass|share|text|message|forward)\w{0,3}\s{1,2}(?:(?:you|u)\s{1,2})?"
    r"(?:[\w-]{1,12}\s{1,2}){0,4}?(?:somewhere\s{1,2}else|elsewhere|outside\s{1,2}(?:of\s{1,2})?"
    r"(?:the\s{1,2})?(?:app|platform|site|here)|off[- ](?:app|platform|site))\b")
# "Skype later? Send me your ID": an app named, its user id asked for
_NAMED_MSGR = re.compile(r"\b(?:skype|whats\s?app|telegram|signal|discord|snap(?:chat)?|"
                         r"insta(?:gram)?|wechat|viber|threema|kik|line|imessage)\b")
_ID_ASK = re.compile(
    r"\b" + _LETTER
    + r"(?:send|give|drop|share|tell|add|dm)\s{1,2}(?:me\s{1,2})?(?:your|ur)\s{1,2}(?:(?:skype|"
    r"discord|telegram|snap|insta(?:gram)?|wechat|signal|whats\s?app|line|kik)\s{1,2})?"
    r"(?:id|user\s?name|handle|nick(?:name)?|qr(?:\s{1,2}code)?)\b|\bwhat(?:'s|s|\s{1,2}is)"
    r"\s{1,2}(?:your|ur)\s{1,2}(?:id|user\s?name|handle)\s{1,2}(?:there|on\s{1,2}it)\b")
# "take this to iMessage", "move to Google Chat": channels the lists above do not name
_MOVE_TO = re.compile(
    r"\b" + _LETTER
    + r"(?:take|move|switch|continue|carry\s{1,2}on|hop\s{1,2}over|jump)\w{0,3}\s{1,2}(?:(?:this|"
    r"it|things|the\s{1,2}chat)\s{1,2})?(?:over\s{1,2})?(?:to|onto|on)\s{1,2}(?:imessage|"
    r"google\s{1,2}chat|hangouts|threema|kik|wire|element|rcs|sms)\b")
# "find my page on the big social site", "follow me on the usual photo app"
_SOCIAL_SITE = re.compile(
    r"\b" + _LETTER
    + r"(?:find|look\s{1,2}up|search\s{1,2}for|follow|add|check\s{1,2}out)\s{1,2}(?:me|my\s{1,2}"
    r"(?:[\w-]{1,12}\s{1,2})?(?:page|profile|account|business|shop))\s{1,2}(?:on|at)\s{1,2}"
    r"(?:the|that)\s{1,2}(?:big|main|usual|popular|famous|other|blue|well-known|biggest)\s{1,2}"
    r"(?:social|photo|video|picture)(?:\s{1,2}media)?\s{1,2}(?:site|network|app|platform|one)\b")


def _moved(text: str) -> tuple[int, int] | None:
    """The span of a move off the platform said without naming the channel, or None.

    Each check is gated by a plain word test, so a long message pays for the few that apply."""
    if _has(text, ("app", "messenger", " one ")):
        m = _DESCRIBED_APP.search(text)
        if m and _free(text, m.start()):
            # "lass uns in die App mit dem blauen Flieger wechseln": the verb comes last
            verb = _MOVE_VERB.search(text, max(0, m.start() - 60), m.start()) or (
                _PROPOSE_HEAD.search(text, max(0, m.start() - 60), m.start()))
            if verb or (_has(text, ("you know", "sempre", "wink", "\U0001f609"))
                        and _KNOW_WHICH.search(text)):
                return m.span()
    if _has(text, ("cancel", "storn", "annul")):
        m = _PAID_OUTSIDE.search(text)
        if m and _free(text, m.start()) and (
                _PROPOSE_HEAD.search(text) or "i'll" in text or "i will" in text
                or _CANCEL_HEAD.search(text)):
            return m.span()
    if "off" in text:
        m = _OFF_APP.search(text)
        if m and _free(text, m.start()) and _PROPOSE_HEAD.search(
                text, max(0, m.start() - 30), m.start() + 4) and (
                m.group(1) is None or _FEE_MOAN.search(text)):
            return m.span()
    if _has(text, ("unofficial", "books", "table", "off")):
        m = _NEXT_OFF.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if _has(text, ("pass", "give", "hand", "slip", "gibt", "geben", "reicht", "te ", "donne")):
        m = _THIRD_PASSES.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if _has(text, ("box", "door", "kasten", "buz", "caixa", "bo\u00eete", "boite")):
        m = _CARD_DOOR.search(text)
        if m and _free(text, m.start()) and _MINE.search(text):
            return m.span()
    if "bio" in text or "linktree" in text:
        m = _BIO.search(text)
        if m and _free(text, m.start()) and _REACH_ME.search(text):
            return m.span()
    if _has(text, ("profile", "avatar", "pfp", "cover", "banner")):
        m = _PIC_HAS.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if "so " in text:
        m = _AROUND_FILTER.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if _has(text, ("eats", "block", "delet", "remov", "hides", "censor", "strip", "swallow",
                   "apaga", "bloque", "borra", "liest", "l\u00f6sch", "losch", "sperrt",
                   "efface", "supprime")):
        m = _FILTER_TALK.search(text)
        if m and _free(text, m.start()):
            way = _WAY_AROUND.search(text, m.end())
            if way and _free(text, way.start()):
                return m.start(), way.end()
    if _has(text, ("google", "internet", "seiten", "pages", "maps")):
        m = _NUMBER_FOUND.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if _has(text, ("else", "outside", "off")):
        m = _SEND_ELSEWHERE.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if "your" in text or "ur " in text:
        m = _ID_ASK.search(text)
        if m and _free(text, m.start()) and _NAMED_MSGR.search(text):
            return m.span()
    if _has(text, ("imessage", "google chat", "hangouts", "threema", "kik", "wire", "element",
                   "rcs", "sms")):
        m = _MOVE_TO.search(text)
        if m and _free(text, m.start()):
            return m.span()
    if _has(text, ("social", "photo", "video", "picture")):
        m = _SOCIAL_SITE.search(text)
        if m and _free(text, m.start()):
            return m.span()
    return None


def _findings(text: str, folded) -> list[Finding]:  # noqa: ANN001
    out: list[Finding] = []
    text = _unquoted(text)
    if len(text) < 40 and "?" in text and _BARE_APP.fullmatch(text.strip()):
        return [Finding("solicitation", *folded.span(0, len(text)),
                        "asks to move off the platform")]
    if "?" in text:
        bare = _BARE_MSGR.search(text)
        if bare and not (_NEGATION.search(text) or _KEEP_HERE.search(text)
                         or _TECH.search(text)):
            return [Finding("solicitation", *folded.span(bare.start(), bare.end()),
                            "asks to move off the platform")]
    automated = None  # looked up once per text, not once per ask
    for m in _SOLICIT.finditer(text):
        if _negated(text, m.start()) or _STAYS.match(text, m.end()) or _NEG_AFTER.match(
                text, m.end()) or _THIRD_ASKED_NEAR.search(text, max(0, m.start() - 60), m.start()):
            continue
        if _granted(text, m) or _BY_PLATFORM_DOES.search(text, max(0, m.start() - 40),
                                                         m.start()):
            continue  # "I get why you'd want WhatsApp, but…", "the platform will pay you directly"
        if automated is None:
            automated = _AUTOMATED.search(text) is not None
        if (_FEATURE.match(text, m.end()) or _QUOTED.match(text, max(0, m.start() - 2))
                or (automated and _feature_talk(text, m.start()))):
            continue  # "a 'Chat on WhatsApp' button", "the site sends an automatic message"
        out.append(Finding("solicitation", *folded.span(m.start(), m.end()),
                           "asks to move off the platform"))
    if out:
        return out
    short = len(text) <= _SENTENCE_MAX
    cue = _CUES.search(text) if short else None
    if short and cue is None:
        # no channel, "offline", "directly" or other cue: no sentence can qualify, but "look me
        # up, I go by my real name" needs none
        span = _look_me(text)
        if span is None:
            span = _moved(text)
        if span is not None:
            out.append(Finding("solicitation", *folded.span(*span),
                               "asks to move off the platform"))
        return out
    tech = "?" in text and _TECH.search(text) is not None
    # Whether a sentence asks depends on its words alone (and on ``tech``, fixed here): a
    # sentence said again is looked up, not read again (a long message repeats itself).
    asks: dict[str, bool] = {}
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if len(sentence) < len(text):
            if short:
                # The next cue of the whole text, found once: no cue crosses a sentence end,
                # so a sentence holds a cue when the next one starts inside it.
                if cue is not None and cue.start() < m.start():
                    cue = _CUES.search(text, m.start())
                if cue is None:
                    break  # nothing any check needs in the sentences left
                if cue.start() >= m.end():
                    continue  # one sentence of several, with nothing any check needs
            elif sentence not in asks and _CUES.search(sentence) is None:
                asks[sentence] = False  # no cue: no check can match
                continue
        said = asks.get(sentence)
        if said is None:
            said = asks[sentence] = bool(
                _cued(sentence, tech) or (_composed(sentence) and not _KEEP_HERE.search(sentence)
                                          and not (_NEGATION.search(_unblamed(sentence))
                                                   and not _suggested(sentence, 0, sentence))))
        if said:
            out.append(Finding("solicitation", *folded.span(m.start(), m.end()),
                               "asks to move off the platform"))
    if not out and _REACH_CUE.search(text) and _DIRECTLY.search(text) and _FEE_TALK.search(
            text):
        reach = _REACH.search(text)
        if (_said(text, reach) and (_TO_YOU.search(reach.group())
                                    or _TO_YOU.match(text, reach.end() + 1))
                and not _KEEP_HERE.search(text)):
            out.append(Finding("solicitation", *folded.span(reach.start(), reach.end()),
                               "asks to move off the platform"))
    if not out and ("git" in text or "bitbucket" in text):
        # not _negated: Portuguese "no nosso repositório" is "in our repo"
        if (_CODE_HOST.search(text) and _PRIVATE_REPO.search(text) and _STRAIGHT.search(text)
                and not _REPO_REFUSED.search(text)):
            out.append(Finding("solicitation", *folded.span(0, len(text)),
                               "asks to move off the platform"))
    if not out and _has(text, _PAY_APP_WORDS) and _YOUR_PAY_APP.search(text):
        there = _PAY_THERE.search(text)  # "is ur paypal your email? I'd pay you there"
        if there and not _negated(text, there.start()) and not _KEEP_HERE.search(text):
            out.append(Finding("solicitation", *folded.span(0, len(text)),
                               "asks to move off the platform"))
    if not out and _CODED_HINT.search(text):
        coded = _CODED_ASK.search(text)
        if coded and not _negated(text, coded.start()):
            out.append(Finding("solicitation", *folded.span(coded.start(), coded.end()),
                               "asks to move off the platform"))
    if not out and (_has(text, _THERE_GATE) or _LA_END.search(text)):
        # "Is your facebook the one with the dog photo? I'd like to message you there"
        there = _THERE_YOU.search(text)
        if (there and _APP_BEFORE.search(text, 0, there.start())
                and not _negated(text, there.start()) and not _KEEP_HERE.search(text)):
            out.append(Finding("solicitation", *folded.span(0, len(text)),
                               "asks to move off the platform"))
    if not out:
        span = _more(text)
        if span is None:
            span = _moved(text)
        if span is not None:
            out.append(Finding("solicitation", *folded.span(*span),
                               "asks to move off the platform"))
    return out


_LETTERED = {w: w for w in (
    "whatsapp", "email", "gmail", "telegram", "number", "phone", "insta", "instagram", "snap",
    "snapchat", "signal", "nummer", "handy", "venmo", "paypal", "facebook", "discord", "skype",
    "cell", "mobile", "celular", "telefone", "telefon", "wechat", "correo", "contact",
    "contacto", "contato", "kontakt", "whats", "tiktok", "número", "numéro", "mail")}
# "t.e.l.e": the short name of the app, spelt
_LETTERED["tele"] = "telegram"
_LETTERED.update({w: w for w in ("viber", "threema", "wechat")})
_LETTERED.update({"numero": "número", "telefono": "teléfono"})
_SPELT = _dispatch([r"(?:\s{1,2}|\s?[.*_/-]\s?)".join(w) for w in
                    sorted(_LETTERED, key=len, reverse=True)])
_SEPARATORS = re.compile(r"[\s.*_/-]")
# "s!gnal", "numb3r", "wh@ts@pp", "e-m@il": a channel word with symbols or digits for letters,
# read back as the word (only the words below; "jo@x" or "v2" stay as they are)
_LEET = re.compile(r"(?<![\w@!$|])(?=[a-z-]{0,10}[@!$|0134])[a-z@!$|0134](?:-?[a-z@!$|0134])"
                   r"{2,11}(?![\w@$|]|!\w)")
_LEET_MAP = str.maketrans("@!$|01345", "aisloleas", "-")
_LEET_WORDS = frozenset((*_LETTERED, "tele", "telefono", "numero", "zap", "wpp"))


def _unleet(m: re.Match) -> str:
    word = m.group().translate(_LEET_MAP)
    if word in _LEET_WORDS:
        return word
    word = m.group().replace("1", "i").translate(_LEET_MAP)
    return word if word in _LEET_WORDS else m.group()


# Misspelt channel and ask words ("whatsap", "wats app", "telegrm", "numbr", "ur emial",
# "whta's"): the message is read once more with them spelled out, and flagged as a whole when
# that reading asks. Only the words below are rewritten, so other text reads the same.
_TYPO = re.compile(
    r"\b" + _LETTER + r"(?:(?P<wa>(?!whats\s?app\b)(?:wh?[au]?t{1,2}s\s?a{1,2}p{1,2}|"
    r"wh?[au]t{1,2}a{1,2}p{1,2}))|(?P<tg>(?!telegram\b)tel[ei]?g[ae]?r[ae]?(?:m{1,2}|n))|"
    r"(?P<ig>(?!instagram\b)insta?g(?:ra|ar|r)m{1,2})|"
    r"(?P<num>numbr|nmbr|numbah?|nuber|nummber|nomber|numbrr|numbre|nunber|mumber)|"
    r"(?P<em>e-?mial|e-?mai|e-?mal|eamil|e-?maill|e-?mali|gmial)|"
    r"(?P<ph>phnoe|phne|pohne|phoen)|(?P<tel>telefno|telfono|tlfno|telefonno)|"
    r"(?P<wh>(?:whta|waht|wat|wut|wht|whut)'?s)|"
    # "u got tele or nah", "r u on tele?": the app in its shortest form, asked about
    r"(?P<tele>(?:got|on|use|using|have)\s{1,2})tele(?=\s{1,2}or\b|\s{0,2}\?|\s{0,2}$)|"
    # spoken German, "haste Telegram?", "kannste mir deine Nummer geben?": the verb and "du" in
    # one word, where a question opens (not the English "haste" inside a sentence)
    r"(?:(?<![^\n,.!?;:])|(?<=[\n,.!?;:]\s)|(?<=\bmal\s)|(?<=\bund\s)|(?<=\boder\s))"
    r"(?P<de>haste|hasse|kannste|biste|gibste|schickste|willste|nimmste)(?=\s[^.!,;\n]{0,40}\?|"
    r"\s{1,2}(?:mal|deine?[nm]?|ne|'ne|nen|eine?[nm]?|noch|auch|eigentlich|zuf[aä]llig|"
    r"vielleicht|denn|mir)\b))"
    r"(?![\w-])")
# "w h a t s a p p", "e-m-a-i-l", "t.e.l.e.g.r.a.m": a channel word spelt letter by letter (not
# the start of a longer spelt run, "g m a i l . c o m"), read joined like the misspellings
_SPELT_WORD = re.compile(r"\b(?=.[\s.*_/-])(?:" + _SPELT + r")(?![\w-]|\s?[.*_/]\s?\w)")
# _TYPO as a yes/no, same alternatives without the named groups: each alternative opens with
# a literal (a group opens with a mark), so the engine drops it on a word's first letter.
_TYPO_SEEN = re.compile(
    r"\b" + _LETTER + r"(?:"
    r"w(?:(?!hats\s?app\b)(?:h?[au]?t{1,2}s\s?a{1,2}p{1,2}|h?[au]t{1,2}a{1,2}p{1,2})|"
    r"(?:hta|aht|at|ut|ht|hut)'?s)|"
    r"t(?:(?!elegram\b)el[ei]?g[ae]?r[ae]?(?:m{1,2}|n)|elefno|elfono|lfno|elefonno)|"
    r"i(?!nstagram\b)nsta?g(?:ra|ar|r)m{1,2}|"
    r"n(?:umbr|mbr|umbah?|uber|ummber|omber|umbrr|umbre|unber)|mumber|"
    r"e(?:-?mial|-?mai|-?mal|amil|-?maill|-?mali)|gmial|"
    r"p(?:hnoe|hne|ohne|hoen)|"
    r"(?:got|on|use|using|have)\s{1,2}tele(?=\s{1,2}or\b|\s{0,2}\?|\s{0,2}$)|"
    r"(?=[hkbgswn])(?:(?<![^\n,.!?;:])|(?<=[\n,.!?;:]\s)|(?<=\bmal\s)|(?<=\bund\s)|"
    r"(?<=\boder\s))"
    r"(?:haste|hasse|kannste|biste|gibste|schickste|willste|nimmste)(?=\s[^.!,;\n]{0,40}\?|"
    r"\s{1,2}(?:mal|deine?[nm]?|ne|'ne|nen|eine?[nm]?|noch|auch|eigentlich|zuf[aä]llig|"
    r"vielleicht|denn|mir)\b))"
    r"(?![\w-])")
# Exact pre-checks. A _LEET match is 3+ characters of its class holding a symbol or digit, so
# one of these touches a letter or another of them (past an optional hyphen). A spelt word
# has 4+ letters, each set apart, so two single characters stand between separators.
_LEET_NEAR = re.compile(r"[@!$|0134](?<=[a-z-].)|[@!$|0134]-?[a-z@!$|0134]")  # symbol first
_SPELT_NEAR = re.compile(r"[\s.*_/-]\w(?:\s{1,2}|\s?[.*_/-]\s?)\w[\s.*_/-]")
_SPELLED = {"wa": "whatsapp", "tg": "telegram", "ig": "instagram", "num": "number",
            "em": "email", "ph": "phone", "tel": "tel\u00e9fono", "wh": "what's"}


def _join_spelt(m: re.Match) -> str:
    return _LETTERED[_SEPARATORS.sub("", m.group())]


def _spell_out(m: re.Match) -> str:
    if m.lastgroup == "de":  # "haste" is "hast du", "hasse" too
        word = m.group("de")
        return (word[:-1] if word.endswith("ste") else word[:-3] + "st") + " du"
    if m.lastgroup == "tele":
        return m.group("tele") + "telegram"
    return _SPELLED[m.lastgroup]


class _Whole:
    """Spans of a re-read message: the finding covers the whole message."""

    def __init__(self, folded, n: int) -> None:  # noqa: ANN001
        self.folded, self.n = folded, n

    def span(self, _i: int, _j: int) -> tuple[int, int]:
        return self.folded.span(0, self.n)


# The word-start alternations run most often, dispatched on their first two letters.
(_ASK_FOR, _ASK_HAS, _ASK, _CASH, _PAY_YOU, _KEEP_HERE, _OFF, _EVADE, _FIELD, _FIND_ME,
 _NAMED_APP, _EITHER, _ASK_A, _GO_ON_THERE, _HERE, _DIRECT, _CANCEL, _MONEY, _TYPO_SEEN,
 _LESSON, _REFUSED, _ASK_USER) = (_redispatch(rx) for rx in (
    _ASK_FOR, _ASK_HAS, _ASK, _CASH, _PAY_YOU, _KEEP_HERE, _OFF, _EVADE, _FIELD, _FIND_ME,
    _NAMED_APP, _EITHER, _ASK_A, _GO_ON_THERE, _HERE, _DIRECT, _CANCEL, _MONEY, _TYPO_SEEN,
    _LESSON, _REFUSED, _ASK_USER))


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Solicitation findings (flags only, never redacted)."""
    text = views.lower  # the patterns are written in lowercase and run without IGNORECASE
    out = _findings(text, views.folded)
    leet = (_LEET.sub(_unleet, text) if not out and _LEET_NEAR.search(text)
            and _LEET.search(text) else text)
    if not out and (leet != text or _TYPO_SEEN.search(text) or (
            _SPELT_NEAR.search(text) and _SPELT_WORD.search(text))):
        reread = _SPELT_WORD.sub(_join_spelt, _TYPO.sub(_spell_out, leet))
        out = _findings(reread, _Whole(views.folded, len(text)))[:1]
    if out and _REFUSED.search(text):
        return []  # a refusal or a reported ask ("they asked for my number, I said no")
    return out
