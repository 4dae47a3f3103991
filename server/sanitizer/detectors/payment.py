"""Off-platform payment: card numbers (Luhn), IBANs (mod 97), $cashtags, crypto addresses."""
from __future__ import annotations

import re
from functools import lru_cache

from ..context import Context
from ..normalize import Views
from ..stopwords import COMMON
from ..types import Finding
from . import numctx

# Not the decimals of a number ("the float error gave 19.990000000000002").
# Written to start with its first digit (then the look back), so the scan stops at digits only.
_CARD = re.compile(r"\d(?<![\w-]\d)(?<!\d\.\d)[ \-]{0,2}(?:\d[ \-]{0,2}){11,17}\d(?![\w-])")
_DOTTED_CARD = re.compile(r"\d(?<![\w.]\d)\d{3}(?:\.\d{4}){3}(?:\.\d{1,3})?(?![\w.])")
# An IBAN after its name in irregular groups ("IBAN ES91 2100 0418 45 02 0005 1332").
_NAMED_IBAN = re.compile(
    r"(?i)\b(?:iban|rib|nib)\b[^\w\n]{0,3}([a-z]{2}\d{2}(?:[ \-.][a-z0-9]{1,5}){2,12})")
# ... typed over several lines or in long blocks ("IBAN:\nDE83\n12030000\n1002..."): digits only.
_NAMED_IBAN_BLOCKS = re.compile(
    r"(?i)\b(?:iban|rib|nib)\b[^\w]{0,4}([a-z]{2}\d{2}(?:\s{1,3}\d{2,12}){1,8})")
# A domestic account id after its name, in any grouping and with no IBAN country code: a
# Portuguese NIB (21 digits), a French RIB (23), a Spanish CCC (20): "NIB 0035 0651 ...".
_DOMESTIC_ID = re.compile(
    r"(?i)\b(?:nib|rib|ccc)\b[^\d\n]{0,30}?(\d(?:[ .\-]{0,2}\d){17,22})(?![\d.\-]\d|\d)")
# Monero: 95 characters of base58 starting with 4 or 8, only when a wallet is named.
_MONERO = re.compile(r"\b[48][1-9A-HJ-NP-Za-km-z]{94}\b")
# TRON addresses; other base58 wallets (Solana) only when a wallet is named.
_TRON = re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")
_LONG_TOKEN = re.compile(r"[0-9A-Za-z]{32}")
_BASE58 = re.compile(r"\b[1-9A-HJ-NP-Za-km-z]{32,44}\b")
_WALLET_WORDS = re.compile(r"(?i)\b(?:solana|sol|wallet|phantom|crypto|usdc|usdt|trc20|erc20|bep20|"
                           r"ltc|litecoin|btc|bitcoin|doge|dogecoin|xrp|trx|tron|bch|dash|xmr|monero|"
                           r"spl|carteira|cartera|portefeuille)\b")
_WALLET_NAMES = frozenset(_WALLET_WORDS.pattern.removeprefix(r"(?i)\b(?:").removesuffix(r")\b")
                          .split("|"))
_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _names_wallet(ftext: str) -> bool:
    """``_WALLET_WORDS.search(ftext)``, from the runs of word characters: each of its words is
    a whole run, which in ASCII is one lowercased; another run goes to the pattern itself
    ("ſol" is "sol" to IGNORECASE). Once per text, not a try at every character."""
    return any(w.lower() in _WALLET_NAMES if w.isascii() else _WALLET_WORDS.fullmatch(w)
               is not None for w in set(_RUN.findall(ftext)))


# Argentine transfer alias: "alias CBU casa.verde.mp".
_ALIAS = re.compile(
    r"(?i)\balias\b(?:\s{1,2}(?:cbu|cvu|mp|de\s{1,2}mercado\s{1,2}pago))?\s{0,3}:?\s{0,3}"
    r"([a-z0-9]{2,20}(?:\.[a-z0-9]{2,20}){1,3})\b")
_ALIAS_CONTEXT = re.compile(r"(?i)cbu|cvu|mercado\s{0,2}pago|transfer|pag|deposit")
# "my card: 5 4 1 2, 7609, 3 3 1 8, 4525": after the card's name, groups may be apart by commas.
# The groups may also be joined by "then", "luego", "dann", "puis", "depois" ("visa 4917 8260
# then 5513 then 9077"); Luhn decides.
# "card: 5521 7709 / 4412 | 3873": slashes and bars between the groups too.
_CARD_JOIN = (r"(?:[ ,.\-/|]{0,3}|[ ,]{1,2}(?:then|and|next|luego|y|despu[eé]s|dann|und|puis|et|"
              r"ensuite|depois|e|a\s{1,2}seguir)[ ,:]{1,2})")
_NAMED_CARD = re.compile(
    r"(?i)(?:card|visa|mastercard|amex|tarjeta|karte|carte|cart[aã]o)\b[^\d\n]{0,24}?"
    r"(\d(?:" + _CARD_JOIN + r"\d){12,18})(?![\d/])")
# Mexican CLABE: 18 digits after the word, in any grouping ("012 180 00153849271 2").
_CLABE = re.compile(r"(?i)\bclabe\b[^\d\n]{0,30}?(\d(?:[ \-.]{0,2}\d){17})(?!\d)")
# ... or further on in the sentence ("la CLABE para el anticipo del 50% es 0121..."): 18 digits
# whose check digit (weights 3, 7, 1) is right.
_CLABE_LATER = re.compile(r"(?<![\d.,])(\d(?:[ \-]?\d){17})(?![\d.,]\d|\d)")
_CARD_WORDS = re.compile(r"(?i)card|visa|master|amex|tarjeta|karte|carte|cart[aã]o|cc\b|cvv")
# Two letters and two digits, searched from the digits: a scan that starts with a class is fast.
_IBAN_HINT = re.compile(r"(?i)\d(?<=[a-z]{2}\d)\d")
_IBAN = re.compile(r"(?i)\b([a-z]{2}\d{2}(?:[ \-]?[a-z0-9]{4}){2,7}(?:[ \-]?[a-z0-9]{1,4})?)")
# (found from the '$' itself, then the look back: a scan for one character)
_CASHTAG = re.compile(r"\$(?<![\w$]\$)([A-Za-z][A-Za-z0-9_\-]{1,19})\b")
# "CashApp $ jdoebuilds": the tag typed with a space after the '$'.
_SPACED_CASHTAG = re.compile(
    # "cash app (the green one): $ rowanfixes": a short aside may come between
    r"(?i)\b(?:cash\s?app|cash\s?tag)\b[^\n$]{0,32}(\$)\s{1,2}([a-z][a-z0-9_\-]{1,19})\b")
_CASH_CONTEXT = re.compile(r"(?i)cash\s?app|\bcash\b|\bpay\b|\bsend\b|\bpaga|\bzahl|\bpaie")
# A Pix key given as CPF, CNPJ or phone digits right after "pix" ("meu pix: 11987654321").
_PIX = re.compile(r"(?i)\bpix\b[^\n\d]{0,30}?(\+?\d[\d .\-/()]{8,22}\d)")
# A Pix key given as a CPF or CNPJ anywhere in a message about Pix ("a chave é o meu CPF:
# 347.918.562-40"): its dotted shape or its check digits decide.
_CPF_CNPJ = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2}|"
                       r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2})(?![\d\-/]|\.\d)")
_PIX_TALK = re.compile(r"\b(?:pix|chave|cpf|cnpj)\b")
# A Pix random key is a UUID ("chave aleatória 7d9f2c1e-4b3a-...").
# "... 5c1e 4a7b ..." (hyphens to add back): the groups may be parted by spaces instead.
_UUID = re.compile(
    r"(?i)(?<![\w-])[0-9a-f]{8}([- ])[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{12}"
    r"(?![\w-])")
# Argentine CBU / CVU: 22 digits after the word.
_CBU = re.compile(r"(?i)\b(?:cbu|cvu)\b[^\d\n]{0,30}?(\d(?:[ \-]?\d){21})(?!\d)")
# UPI ids: "priyasharma@okhdfcbank", "9876543210@ybl" (no dot after the '@').
_UPI = re.compile(
    r"(?i)(?<![\w.\-])([a-z0-9][\w.\-]{1,48}@(?:ok(?:hdfcbank|icici|sbi|axis)|ybl|ibl|axl|paytm|upi|"
    r"apl|yapl|ptyes|ptsbi|pthdfc|ptaxis|hdfcbank|icici|sbi|axisbank|kotak|idfcbank|waaxis|"
    r"wahdfcbank|jupiteraxis|fbl|freecharge|airtel|jio|[a-z]{2,20}(?=[^\w.@]*\bupi\b)))(?![\w.@])")
# An '@' right after a name's character, as in every UPI id (found from the '@' itself).
_AT_AFTER_NAME = re.compile(r"@(?<=[\w.\-]@)")
# Payment links with a space or a spoken slash before the name ("paypal.me / jo").
_PAY_LINK = re.compile(
    r"(?i)\b(?:paypal\.me|venmo\.com|cash\.app|revolut\.me|monzo\.me|ko-fi\.com|"
    r"buymeacoffee\.com)\s{0,3}(?:/|\bslash\b|\bbarra\b|\bschr[aä]gstrich\b)\s{0,3}(?:u\s{0,3}/\s{0,3}|\$)?"
    r"([a-z0-9][\w.\-]{1,30}[a-z0-9_])")
# "venmo is @jake-builds-22", "cash app: @ jdoe": a payment app, then an '@' user name.
_APP_AT = re.compile(
    r"(?i)\b(?:venmo|cash\s?app|revolut|zelle|paypal)\b(?:,?\s{0,2}(?:i'?m|i\s{1,2}am|soy|sou|"
    r"bin|suis|me|is|es|\u00e9|ist|est|at|to|a|an|username|user|handle|id|name)\b)*\s{0,2}[:\-]?\s{0,2}(@\s{0,2}(?!(?:the|a|an|my|your|our|his|her|"
    r"their|this|that|least|once|all|home|work|night|noon|checkout|el|la|le|les|der|die|das)\b)"
    r"[a-z0-9][\w.\-]{1,30}[a-z0-9_])")
# "Wise account, tag @nuriaserranog", "Revolut, my revtag is @ana": a payment app, then its
# tag or user name word, then an '@' name. "Wise" only with its capital or an account word.
_APP_TAG = re.compile(
    r"(?:\bWise\b|\bWISE\b|(?i:\b(?:venmo|cash\s?app|revolut|zelle|paypal|monzo|"
    r"wise\s{0,2}(?:account|app|transfer|tag)|wisetag|revtag)\b))[^\n.!?@]{0,40}?"
    r"(?i:\b(?:tag|wisetag|revtag|@?username|user\s?name|user|handle|usuario|benutzername|"
    r"pseudo|identifiant|utilizador|usu[aá]rio)\b)\s{0,2}(?:is|es|ist|est|\u00e9)?\s{0,2}[:\-]?"
    r"\s{0,2}(@\s{0,2}[A-Za-z0-9][\w.\-]{1,30}[A-Za-z0-9_])")
# "revtag mira.k22", "my Wisetag is tomasz-w": the app's own word for its user name, so what
# follows it is the name even without an '@'.
_TAG_LABEL = re.compile(
    r"(?i)\b(?:revtag|rev\s?tag|wisetag|wise\s?tag|monzo\s?(?:username|handle)|"
    r"venmo\s?(?:username|handle|user)|paypal\s?(?:username|user)|zelle\s?tag)\b\s{0,2}"
    r"(?:(?:is|es|ist|est|\u00e9|e)\s{1,2}|[:=\-]\s{0,2})?@?\s{0,2}"
    r"((?!(?:is|es|the|a|my|your|here|there|same|below|above|in|on)\b)"
    r"[a-z0-9][\w.\-]{1,30}[a-z0-9_])")
# "wise or revolut both fine, my tag is jonah.k": a payment app named, then "tag" or "user
# name" and the name itself, with no '@'.
_APP_THEN_TAG = re.compile(
    r"(?i)\b(?:wise|revolut|monzo|venmo|cash\s?app|paypal|zelle)\b[^\n.!?@]{0,40}?"
    r"\b(?:tag|user\s?name|usuario|nombre\s{1,2}de\s{1,2}usuario|benutzername|pseudo|"
    r"identifiant|utilizador|usu[a\u00e1]rio)\s{0,2}(?:(?:is|es|ist|est|\u00e9|e)\s{1,2}|[:=]\s{0,2})"
    r"@?((?!(?:is|es|the|a|my|your|here|there|same|below|above|in|on|el|mi|mein|mon|meu)\b)"
    r"[a-z0-9][\w.\-]{2,30}[a-z0-9_])")
# The middle of every _APP_THEN_TAG match, said of the lowercased text: "tag is", "user
# name:". Without it the pattern, which tries every payment app word with 40 characters after
# it, cannot match.
_TAG_WORD_SAID = re.compile(
    r"(?:tag|user\s?name|usuario|nombre\s{1,2}de\s{1,2}usuario|benutzername|pseudo|"
    r"identifiant|utilizador|usu[a\u00e1]rio)\s{0,2}(?:(?:is|es|ist|est|\u00e9|e)\s{1,2}|[:=])")
# "venmo is the words fig, and, cinder, studio all stuck together": the user name given as words
# to join, with how to join them after the list.
_JOIN_SAID = (r"(?:all\s{1,2})?(?:stuck\s{1,2}together|glued\s{1,2}together|together|joined|"
              r"no\s{1,2}spaces?|without\s{1,2}spaces?|(?:in|as)\s{1,2}one\s{1,2}word|"
              r"sin\s{1,2}espacios?|todo\s{1,2}junto|tudo\s{1,2}junto|juntas?|juntos?|"
              r"sem\s{1,2}espa[c\u00e7]os?|zusammen(?:geschrieben)?|ohne\s{1,2}leerzeichen|"
              r"sans\s{1,2}espaces?|attach[e\u00e9]e?s?|coll[e\u00e9]e?s?)\b")
_APP_WORDS_JOINED = re.compile(
    r"\b(?:venmo|paypal|zelle|cash\s?app|cashtag|revolut|revtag|wise|wisetag|monzo)\b"
    r"[^\n.!?]{0,30}?\b((?:[a-z0-9]{1,15},?\s{1,2}(?:(?:and|y|e|et|und|then|plus)\s{1,2})?)"
    r"{1,6}[a-z0-9]{1,15}),?\s{1,2}" + _JOIN_SAID)
_JOIN_HINT = re.compile(r"together|joined|spaces?\b|one\s{1,2}word|junt|zusammen|leerzeichen|"
                        r"espace|attach|coll[e\u00e9]")
_LIST_LEAD = frozenset({"the", "words", "word", "is", "es", "ist", "est", "e", "my", "mi", "meu",
                        "mon", "mein", "just", "simply", "name", "username", "handle", "tag",
                        "at", "it", "its", "it's", "like", "this", "these", "as", "o", "le", "la",
                        "el", "die", "der", "das", "les", "los", "las", "os", "son", "sind",
                        "palabras", "palavras", "mots", "worter", "woerter", "to", "me"})
_SPEI_WORDS = re.compile(r"\b(?:spei|stp|clabe|interbancaria|transferencia|banorte|banamex|"
                         r"bbva\s{1,2}m[eé]xico|santander\s{1,2}m[eé]xico|mercado\s{0,2}pago|"
                         r"nu\s{1,2}m[eé]xico|cuenta|dep[oó]sit[oa]|transfer)\b")
# "PayPal to ledger.ready.lisa", "venmo: jo.builds.22": a dotted user name after a payment app.
_APP_DOTTED = re.compile(
    r"(?i)\b(?:paypal|venmo|zelle|cash\s?app|revolut)\b[^\n.!?]{0,30}?\b(?:to|at|is|es|ist|est|"
    r"\u00e9|an|a|para|pra|\u00e0|user(?:name)?|handle|id)\s{0,2}:?\s{1,2}@?"
    r"([a-z0-9][a-z0-9_\-]{1,30}(?:\.[a-z0-9_\-]{2,30}){1,3})(?![\w@]|\.\w)")
# "alias pintor punto casa punto sol", "PayPal an garten punkt ute": the dots said as words.
_SPOKEN_DOTTED_NAME = (r"([a-z0-9][a-z0-9_\-]{1,30}(?:(?:\s{1,2}(?:dot|punto|punkt|point|ponto)"
                       r"\s{1,2}|\.)[a-z0-9][a-z0-9_\-]{1,30}){1,3})(?![\w@])")
_APP_SPOKEN_DOTTED = re.compile(
    r"(?i)\b(?:paypal|venmo|zelle|revolut)\b[^\n.!?]{0,30}?\b(?:to|at|is|es|ist|est|"
    r"\u00e9|an|a|para|pra|\u00e0|user(?:name)?|handle|id)\s{0,2}:?\s{1,2}@?"
    + _SPOKEN_DOTTED_NAME)
_ALIAS_SPOKEN = re.compile(
    r"(?i)\balias\b(?:\s{1,2}(?:cbu|cvu|mp|de\s{1,2}mercado\s{1,2}pago))?\s{0,3}"
    r"(?:(?:es|\u00e9)\s{1,2})?:?\s{0,3}" + _SPOKEN_DOTTED_NAME)
_DOT_WORD_KEYS = (" dot ", " punto ", " punkt ", " point ", " ponto ")
# "venmo is my name plus the last 4 of my phone: Dana-Whitfield-8812": after a payment app and
# a colon, a user name of parts joined by hyphens or underscores (with a digit or capitals).
_APP_JOINED = re.compile(
    # "venmo: same as my name here but with dashes, Jo-Park": a colon after the app first
    r"(?i:\b(?:venmo|paypal|zelle|cash\s?app|revolut|wise|monzo)\b)(?::\s{0,2})?[^\n.!?:]{0,60}"
    # "... it's my name with hyphens, Jo-Park-4": a comma after naming the joining marks
    r"(?::|(?i:dash(?:es)?|hyphens?|underscores?|guiones|tirets|bindestriche[n]?|h[ií]fens),)"
    r"\s{0,2}@?"
    r"([A-Za-z][A-Za-z0-9]{1,20}(?:[\-_][A-Za-z0-9]{1,20}){1,3})(?![\w@\-]|\.\w)")
# "PayPal: the address you'd get if you put 'lena.pays' in front of @gmail", "'jo_k' and then
# @outlook.com": a quoted user name to put before a mail domain, a payment app named.
_QUOTED_BEFORE_AT = re.compile(
    r"['\"\u2018\u201c]([A-Za-z0-9][\w.\-]{1,30}[A-Za-z0-9_])['\"\u2019\u201d]"
    r"(?i:\s{0,2}(?:(?:in\s{1,2}front\s{1,2}of|before|followed\s{1,2}by|and\s{1,2}then|then|plus|"
    r"with|delante\s{1,2}de|antes\s{1,2}de|vor|devant|avant|antes\s{1,2}do|na\s{1,2}frente\s{1,2}"
    r"d[eo])\s{0,2}|\+\s{0,2}))['\"]?@\s{0,2}(?i:(?:gmail|googlemail|outlook|hotmail|yahoo|"
    r"icloud|proton(?:mail)?|live|aol|gmx|yandex|zoho|orange|wanadoo|free|uol|bol|terra|"
    r"libero)\b|[a-z0-9\-]{1,30}\.[a-z]{2,6}\b)")
# "venmo me at leo dash marchetti dash 22", "mi Venmo es ana guion lopez guion 7": a user name
# whose hyphens or underscores are said as words, read on the lowercased text.
_SAID_JOIN = (r"(?:dash|hyphen|minus|underscore|gui[oó]n(?:\s{1,2}bajo)?|tiret(?:\s{1,2}bas)?|"
              r"bindestrich|unterstrich|tra[cç]o(?:\s{1,2}baixo)?|h[ií]fen|sublinhado)")
# "venmo — rachel (dash) b (dash) shoots": the said mark may sit in brackets, after a dash
_SAID_JOIN_WORD = r"\s{1,2}[(\[]?" + _SAID_JOIN + r"[)\]]?\s{1,2}"
_APP_SAID_JOINED = re.compile(
    r"\b(?:venmo|paypal|zelle|cash\s?app|revolut|wise|monzo)\b[^\n.!?]{0,30}?"
    r"(?:\b(?:at|is|es|ist|est|\u00e9|e|to|a|an|para|pra|\u00e0|user(?:name)?|handle|id|como|"
    r"as)\s{0,2}[:,]?|:|\s[\-\u2013\u2014])\s{1,2}@?([a-z0-9]{1,20}(?:" + _SAID_JOIN_WORD
    + r"[a-z0-9]{1,20}){1,4})\b")
_SAID_JOIN_SPLIT = re.compile(_SAID_JOIN_WORD)
_SAID_JOIN_HINT = re.compile(r"dash|hyphen|minus|underscore|gui[oó]n|tiret|strich|tra[cç]o|"
                             r"h[ií]fen|sublinhado")
_CODE_EXTS = frozenset({"js", "ts", "py", "rb", "go", "java", "css", "html", "json", "md", "xml",
                        "yml", "yaml", "php", "sh", "exe", "app", "dmg", "apk", "zip", "io"})
_TO_BEFORE = re.compile(r"(?i)\b(?:to|a|an|para|pra|\u00e0)\s{1,2}@?$")
# "cash app: dollar sign brightspark electric, no spaces": the '$' said in words. The words
# before a "no spaces" are one tag; without it, only the first word.
_SAID_DOLLAR = (r"(?i)\b(?:dollar[\s\-]{0,2}sign|dollarzeichen|"
                # "my tag is dollar oakbarn": a bare "dollar" right after the tag is named
                r"(?<=tag\sis\s)dollar|(?<=tag:\s)dollar|(?<=tag\s)dollar|signo\s{1,2}(?:de\s{1,2})?"
                r"d[o\u00f3]lar|s[i\u00ed]mbolo\s{1,2}(?:de\s{1,2}|do\s{1,2})?d[o\u00f3]lar|"
                r"cifr[a\u00e3]o|signe\s{1,2}dollar)\s{0,2}[:,]?\s{0,2}"
                # "dollar sign, then milo beats": a word of order before the tag
                r"(?:(?:and\s{1,2})?(?:then|next|followed\s{1,2}by|after\s{1,2}that|luego|"
                r"despu[e\u00e9]s|seguido\s{1,2}de|dann|danach|puis|ensuite|suivi\s{1,2}de|"
                r"depois|seguido\s{1,2}de)\s{0,2}[:,]?\s{1,2})?")
# not "add a dollar sign to the totals": a word of the sentence after the sign is no tag
_TAG_WORD = (r"(?!(?i:to|the|in|on|before|after|and|or|for|at|of|next|is|are|with|from|then|"
             r"instead|there|here|sign|symbol|amounts?|prices?|totals?|values?|column|field|"
             r"each|every|all|this|that|it|en|de|el|la|los|las|por|para|antes|no|na|vor|"
             r"und|der|die|das|im|devant|avant|le|les)\b)[a-z][a-z0-9_\-]{1,19}")
_SAID_CASHTAG_JOINED = re.compile(
    _SAID_DOLLAR + r"(" + _TAG_WORD + r"(?:\s{1,2}" + _TAG_WORD + r"){0,3}?)\s{0,2}[,;(\-]?"
    r"\s{0,2}(?=(?i:no\s{1,2}spaces?|without\s{1,2}spaces?|(?:all\s{1,2})?(?:in\s{1,2})?one\s{1,2}"
    r"word|all\s{1,2}together|together|sin\s{1,2}espacios?|todo\s{1,2}junto|tudo\s{1,2}junto|"
    r"junto|sem\s{1,2}espa[c\u00e7]os?|ohne\s{1,2}leerzeichen|zusammen|sans\s{1,2}espaces?|"
    r"attach[e\u00e9]|en\s{1,2}un\s{1,2}mot)\b)")
_SAID_CASHTAG = re.compile(_SAID_DOLLAR + r"(" + _TAG_WORD + r")\b")
# "dollar sign then 'kbrook' then 'builds'": the tag in quoted pieces; "dollar sign, t, o, m,
# f, i, x - like 'tom fix'": spelled letter by letter, and the reading after it goes too.
_QUOTE_OPEN = "['\"\u2018\u201c]"
_QUOTE_CLOSE = "['\"\u2019\u201d]"
_PIECE_JOIN = (r"\s{0,2}[,;+&]?\s{0,2}(?:(?:and\s{1,2})?(?:then|and|plus|next|luego|y|dann|und|"
               r"puis|et|depois|e)\s{1,2})?")
_SAID_CASHTAG_PIECES = re.compile(
    _SAID_DOLLAR + r"(" + _QUOTE_OPEN + r"[a-z0-9_\-]{1,19}" + _QUOTE_CLOSE + r"(?:"
    + _PIECE_JOIN + _QUOTE_OPEN + r"[a-z0-9_\-]{1,19}" + _QUOTE_CLOSE + r"){0,5}|"
    r"[a-z0-9](?:\s{0,2}[,.\-]?\s{1,2}[a-z0-9]){2,24}(?![a-z0-9])"
    r"(?:\s{0,3}[\-,(]?\s{0,2}(?:like|as\s{1,2}in|i\.e\.|so|=|como|wie|comme)\s{1,2}"
    + _QUOTE_OPEN + r"[a-z0-9_ \-]{1,30}" + _QUOTE_CLOSE + r")?)")
# "on the green money app": Cash App by its colour
_CASHAPP_NAMED = re.compile(r"(?i)cash\s?app|cash\s?tag|"
                            r"green\s{1,2}(?:money\s{1,2}|cash\s{1,2}|dollar\s{1,2})?app")
# "$ + 'oak' + 'and' + 'ash'": the tag built like a string in code, the '$' typed first.
_DOLLAR_PIECES = re.compile(
    r"(?<![\w$])\$\s{0,2}\+\s{0,2}(" + _QUOTE_OPEN + r"[A-Za-z0-9_\-]{1,19}" + _QUOTE_CLOSE
    + r"(?:\s{0,2}\+\s{0,2}" + _QUOTE_OPEN + r"[A-Za-z0-9_\-]{1,19}" + _QUOTE_CLOSE + r"){0,5})")
# "$ paws and claws nyc on cashapp", "mi cashtag es $ jo builds": a '$', a space, then the
# words of the tag (a shop's name may take "and"), with Cash App named anywhere in the text.
# The tag ends at a word of the sentence ("on", "via", "tonight").
_TAG_NOT = (r"(?!(?i:via|tonight|today|tomorrow|now|later|please|pls|thanks|only|asap|first|"
            r"upfront|back|cash\s?app|cash\s?tag|hoy|ma[nñ]ana|heute|morgen|ce\s{1,2}soir|"
            r"demain|hoje|amanh[aã]|por\s{1,2}favor|bitte|merci|obrigad[oa]|gracias)\b)")
# "cash app, the $ amount goes ...": a word of the sentence after the '$', no tag.
_SENTENCE_AFTER_DOLLAR = re.compile(
    r"(?i)(?:amounts?|sign|symbol|prices?|totals?|values?|figures?|sums?|via|first|upfront|"
    r"back|only|tonight|today|tomorrow|now|later|please|monto|importe|betrag|montant|valor)\b")
_SPACED_TAG_WORDS = re.compile(
    r"(?<![\w$])\$\s{1,2}(" + _TAG_NOT + _TAG_WORD + r"(?:\s{1,2}(?:(?i:and|n|&|y|e|et|und)"
    r"\s{1,2})?" + _TAG_NOT + _TAG_WORD + r"){0,3})\b", re.IGNORECASE)
# "Venmo is my first + last name, Dana Whitfield": the user name is the person's name.
_APP_NAME_IS_NAME = re.compile(
    r"(?i:\b(?:venmo|paypal|zelle|cash\s?app|revolut)\b[^.!?\n]{0,40}?(?:"
    r"(?:full|real|whole|complete|first\s{0,2}(?:name\s{0,2})?(?:\+|and|&|n|plus)\s{0,2}last)"
    r"\s{1,2}name|(?:my|mi|meu|mein|mon)\s{1,2}(?:name|nombre|nome|namen?|nom)|"
    r"nombre\s{1,2}(?:completo|y\s{1,2}apellidos?)|nome\s{1,2}completo|"
    r"vor-?\s{0,2}und\s{1,2}nachname|vollst[a\u00e4]ndiger\s{1,2}name|nom\s{1,2}complet|"
    r"pr[e\u00e9]nom\s{1,2}(?:et|\+)\s{1,2}nom)"
    # "venmo is my name no spaces DerekMwangi": the words of the name typed as one
    r"(?:\s{1,2}(?:no\s{1,2}spaces?|without\s{1,2}spaces?|together|all\s{1,2}together|"
    r"(?:all\s{1,2})?(?:in\s{1,2})?one\s{1,2}word|junto|todo\s{1,2}junto|sin\s{1,2}espacios?|"
    r"sem\s{1,2}espa[c\u00e7]os?|tudo\s{1,2}junto|zusammen|ohne\s{1,2}leerzeichen|"
    r"sans\s{1,2}espaces?|attach[e\u00e9]))?"
    # "my first and last name with a dash, Jordan-Pikeman": how the words are joined
    r"(?:\s{1,2}(?:with|joined\s{1,2}by|separated\s{1,2}by|con|com|mit|avec)\s{1,2}"
    r"(?:(?:a|an|one|un|una|um|uma|einem|the)\s{1,2})?(?:dash|hyphen|underscore|dot|period|"
    r"gui[o\u00f3]n(?:\s{1,2}bajo)?|bindestrich|unterstrich|punkt|tiret(?:\s{1,2}bas)?|"
    r"tra[c\u00e7]o|h[i\u00ed]fen|underline|punto|ponto|point)"
    r"(?:\s{1,2}(?:in\s{1,2})?between(?:\s{1,2}them)?|\s{1,2}in\s{1,2}the\s{1,2}middle|"
    r"\s{1,2}dazwischen|\s{1,2}en\s{1,2}medio|\s{1,2}no\s{1,2}meio|\s{1,2}au\s{1,2}milieu)?)?"
    r"(?:\s{0,2}[,:\-\u2013\u2014(]\s{0,2}(?:(?:so|i\.e\.|also|donc|or|o\s{1,2}sea|"
    r"ou\s{1,2}seja)\s{1,2})?|\s{1,2}(?:(?:so|i\.e\.|like|as|es|is|ist|est|\u00e9|e)\s{1,2})?))"
    r"([A-Z][a-z'\-]{1,20}(?:\s{0,2}[A-Z][a-z'\-]{1,20}){1,2}|"
    # ... or typed in small letters with the joining mark: "jordan-pikeman", "ana_lopez"
    r"[a-z][a-z']{1,20}[\-_.][a-z][a-z']{1,20}(?:[\-_.][a-z0-9]{1,20})?(?![\w@]|\.\w))")
# An IBAN whose country part is apart from the rest by a word: "IBAN ES80, luego 2310 0001 ...".
# "IBAN: GB twenty nine, NWBK, six zero one six ...": an IBAN read out in loose groups, apart
# by commas and spaces (read "GB 29, NWBK, 6 0 1 6 ..."); mod 97 decides where it ends.
_IBAN_SEP = r"(?:[ .\-]{0,2}|[ ]{0,2}[.\-/\u00b7\u2022\u22c5|][ ]{0,2})"
_NAMED_IBAN_LOOSE = re.compile(
    r"(?i)\b(?:iban|rib|nib)\b[^\w\n]{0,3}(?:(?:es|is|ist|est|\u00e9|e)\s{1,2})?"
    r"([a-z] ?[a-z][ ,;:]{0,3}\d ?\d(?:[ ,;.\-]{1,3}[a-z0-9]{1,10}){2,24})")
_ALNUM_GROUP = re.compile(r"[a-z0-9]+", re.I)
# Where ``(?i)\b(?:iban|rib|nib)\b`` matches, found from a class of first letters (the scan
# jumps between them; IGNORECASE would try every character): "i" is also "İ" and "ı" there.
_IBAN_NAME = re.compile(r"[IiRrNn\u0130\u0131](?<!\w.)(?:(?<=[Ii\u0130\u0131])[Bb][Aa][Nn]|"
                        r"(?<=[RrNn])[Ii\u0130\u0131][Bb])(?!\w)")


@lru_cache(maxsize=4)
def _iban_names(text: str) -> tuple[int, ...]:
    """Where the word IBAN, RIB or NIB stands in ``text``: the only places the patterns that
    open with it can match."""
    return tuple(m.start() for m in _IBAN_NAME.finditer(text))


def _named_finditer(rx: re.Pattern, text: str) -> list[re.Match]:
    """``rx.finditer(text)`` for a pattern that opens with ``\b(?:iban|rib|nib)\b``: tried at
    those words alone, in order, from the end of the last match."""
    out = []
    reach = 0
    for k in _iban_names(text):
        if k >= reach and (m := rx.match(text, k)) is not None:
            out.append(m)
            reach = m.end()
    return out
# "IBAN: DE44500105175407324931", "IBAN: D E 4 4 5 0 0 ..." (joined in the collapsed view): right
# after its name, exactly the country's length is an account even when a digit is mistyped
# and mod 97 fails.
# A few words may come between the name and a colon ("IBAN, for the deposit: ..."), and the
# groups may be parted by a spaced dash, slash or middle dot ("FR76 - 3000 ... / ...").
_LABELLED_IBAN = re.compile(
    r"(?i)\b(?:iban|rib|nib)\b(?:[,;]?\s{1,2}[a-z']{1,12}(?:\s{1,2}[a-z']{1,12}){0,3}"
    r"\s{0,2}:\s{0,2}|[^\w\n]{0,3})(?:(?:es|is|ist|est|\u00e9|e)\s{1,2}|:\s{0,2})?"
    r"([a-z] ?[a-z])" + _IBAN_SEP + r"(\d" + _IBAN_SEP + r"\d(?:" + _IBAN_SEP
    + r"[0-9a-z]){11,32})")
# "DE89 - 370-400-440-532-013-000": an IBAN in groups of any size, unnamed; its country's
# length and mod 97 decide.
_ODD_GROUPS_IBAN = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ \-.]{1,3}[0-9A-Z]{1,6}){2,12})(?![A-Za-z0-9])")


_LIST_WORD = re.compile(r"[a-z0-9']+")


def _words_joined(canon, low: str) -> list[Finding]:
    """A payment user name dictated as a list of words to join ("... the words fig, cinder,
    studio, all together"): the words, from the first that is not a word of the sentence."""
    out = []
    for m in _APP_WORDS_JOINED.finditer(low):
        words = list(_LIST_WORD.finditer(low, m.start(1), m.end(1)))
        k = 0
        while k < len(words) and words[k].group() in _LIST_LEAD:
            k += 1
        words = words[k:]
        rare = [w for w in words if w.group() not in COMMON and w.group() not in _LIST_LEAD]
        bare = low[m.end(1):m.end()].strip(" ,").removeprefix("all ").strip() in (
            "together", "junto", "juntos", "junta", "juntas", "zusammen", "joined")
        if len(words) >= 2 and len(rare) >= 2 and (
                not bare or low.count(",", words[0].start(), m.end(1)) >= 2):
            out.append(Finding("payment", *canon.span(words[0].start(), m.end(1)),
                               "payment app user"))
    return out


# "IBAN (read it backwards): 91 0537 ... 44ED": an IBAN written from its end.
_IBAN_WORD = re.compile(r"\b(?:iban|rib|nib)\b")


def _loose_iban_end(raw: str, any_length: bool) -> int:
    """End of the longest run of groups at the start of ``raw`` that makes a valid IBAN."""
    groups = list(_ALNUM_GROUP.finditer(raw))
    joined = ""
    ends = []
    for g in groups:
        joined += g.group()
        ends.append((len(joined), g.end()))
    for n, end in reversed(ends):
        if 15 <= n <= 34 and iban_ok(joined[:n], any_length):
            return end
    return 0


_IBAN_WORDED = re.compile(
    r"(?i)\b(?:iban|rib|nib)\b[^\w\n]{0,3}(?:(?:es|is|ist|est|\u00e9|e)\s{1,2})?"
    r"([a-z]{2}\d{2})\s{0,2}[,;:\-]?\s{1,3}"
    r"(?:(?:luego|then|dann|puis|depois|and|y|und|et|e|next|danach|ensuite|despu[e\u00e9]s|"
    r"after\s{1,2}that|followed\s{1,2}by|seguido\s{1,2}de|el\s{1,2}resto|the\s{1,2}rest|"
    r"o\s{1,2}resto|der\s{1,2}rest|le\s{1,2}reste|rest)[\s,:\-]{1,3}){1,2}"
    r"([0-9a-z]{2,5}(?:[ \-.]?[0-9a-z]{1,5}){1,9})")
# "IBAN — GB07 then the bank, L O Y D, then 309634 and 12345678": the country and check digits,
# then the rest in pieces with words of the sentence between them; capitals and digits are the
# pieces, lowercase words are skipped, and mod 97 at the country's length decides the end.
_IBAN_START = re.compile(r"\b(?i:iban|rib|nib)\b[^\w\n]{0,4}(?:[a-z]{1,10}[^\w\n]{1,3}){0,3}"
                         r"([A-Z]{2}[ ]?\d[ ]?\d)(?![0-9A-Za-z])")
_IBAN_PIECE = re.compile(r"[0-9A-Za-z]+")


def _assembled_ibans(canon, text: str) -> list[Finding]:
    """An IBAN given in pieces with words between them, right after the word IBAN."""
    out = []
    for m in _named_finditer(_IBAN_START, text):
        joined = m.group(1).replace(" ", "")
        pieces = skipped = 0
        best = 0
        for t in _IBAN_PIECE.finditer(text, m.end(1), min(len(text), m.end(1) + 120)):
            w = t.group()
            if w.isdigit() or (w.isupper() and len(w) in (1, 4)):
                joined += w
                pieces += 1
                if len(joined) > 34:
                    break
                if pieces >= 2 and iban_ok(joined):
                    best = t.end()
            elif (w.islower() or (w.istitle() and len(w) > 1)) and len(w) <= 8 and skipped < 6:
                skipped += 1  # "DE20 5001 0517, Rest: acht drei ...": a capitalised word too
            else:
                break
        if best:
            out.append(Finding("payment", *canon.span(m.start(1), best), "IBAN"))
    return out


_CRYPTO = re.compile(
    r"\b(?:0x[a-fA-F0-9]{40}|(?:bc|ltc)1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b")
# Litecoin and Dogecoin base58 addresses ("LQ3Bx...", "MJ7...", "DH5y..."): 34 characters with
# digits, capitals and small letters.
_ALT_LEGACY = re.compile(r"\b[LMD][1-9A-HJ-NP-Za-km-z]{33}\b")
# A Binance Pay ID or an exchange's user id: "binance pay id: 348 771 205", "Bybit UID 41298833".
_EXCHANGE_ID = re.compile(
    r"(?i)\b(?:binance(?:\s{0,2}pay)?|bybit|okx|kucoin|bitget|mexc|gate\.io|htx|huobi|"
    r"crypto\.com|b-?pay)\s{0,2}(?:pay\s{0,2})?(?:id|uid|user\s{0,2}id|account)?\s{0,2}"
    r"(?:is|es|est|ist|\u00e9|e|:|#|=|-)?\s{0,3}(?:(?:is|es|:)\s{0,2})?"
    r"(\d(?:[ .\-]{0,2}\d){5,11})(?![\d.,]\d|\d|\s{0,2}(?:%|usdt|usd|btc|eth|bnb|\$|€|dollars?|"
    r"euros?|pesos?|reais)\b)")
_EXCHANGE_KEYS = ("binance", "bybit", "okx", "kucoin", "bitget", "mexc", "gate.io", "htx",
                  "huobi", "crypto.com", "bpay", "b-pay")
# A payment app's own account number: "my Skrill customer ID 40917325", "Payoneer ID: 5512
# 9083", "Alipay account no. 2088 1123 45".
_WALLET_ID = re.compile(
    r"(?i)\b(?:payoneer|skrill|neteller|paysera|webmoney|advcash|perfect\s{0,2}money|alipay|"
    r"wechat\s{0,2}pay|(?<![\w-])wise|revolut|paypal)\b(?:\s{0,2}(?:pay\s{0,2})?(?:id|uid)|"
    r"[^\n\d.!?]{0,24}?\b(?:customer|account|acct|user|member|client|wallet|payee|receiver|"
    r"cliente|kunden|conta|cuenta|compte)\s{0,2}(?:id|uid|number|no\.?|nr\.?|#|n[\u00ba\u00b0])|"
    # "Wise account: 8310 0047 ...", "cuenta Revolut: ...": the account word alone, with ':'
    r"[^\n\d.!?]{0,24}?\b(?:account|acct|conta|cuenta|compte|konto)(?=\s{0,2}:)"
    r")\s{0,2}(?:(?:is|es|ist|est|\u00e9)\s{1,2}|[:#=\-]\s{0,2})?(\d(?:[ \-]?\d){5,13})"
    r"(?![\d.,]\d|\d)")
# Six digits apart by at most a space or hyphen each: what every _WALLET_ID id starts with.
_SIX_DIGITS = re.compile(r"\d(?:[ \-]?\d){5}")
_WALLET_KEYS = ("payoneer", "skrill", "neteller", "paysera", "webmoney", "advcash", "money",
                "alipay", "wechat", "wise", "revolut", "paypal")
# "... account 000441..., name on the account is Mara Quist", "titular: Joana Prates": the
# holder's name given with bank details is part of them.
_HOLDER = re.compile(
    r"(?i:\b(?:name\s{1,2}on\s{1,2}(?:the\s{1,2}|my\s{1,2})?(?:account|acct|card)|"
    r"account\s{1,2}(?:holder|name)|beneficiary(?:\s{1,2}name)?|payee(?:\s{1,2}name)?|"
    r"titular(?:\s{1,2}(?:de\s{1,2}la\s{1,2}cuenta|da\s{1,2}conta))?|"
    r"nombre\s{1,2}del\s{1,2}titular|nome\s{1,2}do\s{1,2}titular|kontoinhaber(?:in)?|"
    r"inhaber(?:in)?|empf[a\u00e4]nger(?:in)?|b[e\u00e9]n[e\u00e9]ficiaire|"
    r"titulaire(?:\s{1,2}du\s{1,2}compte)?|favorecido|benefici[a\u00e1]rio)"
    r"\s{0,2}(?:(?:is|es|ist|est|\u00e9|e|lautet)\s{1,2}|[:=\-\u2013]\s{0,2})?)"
    r"([A-Z][a-z'\-]{1,20}(?:\s{1,2}(?:(?:de|da|dos|van|von|del)\s{1,2})?[A-Z][a-z'\-]{1,20})"
    r"{1,3})")
_HOLDER_KEYS = ("name", "holder", "benefici", "payee", "titular", "inhaber", "mpf", "titulaire",
                "favorecido", "nombre", "nome")
_BANK_REASONS = frozenset({"bank account", "bank account number", "routing number", "bank code",
                           "IBAN", "sort code and account number", "CLABE", "payment app id",
                           "payment app user", "Pix key"})
# A wallet typed in two pieces ("bc1qar0srrr7xfkvy5l643 lydnw9re59gtzzwf5mdq"): bech32 addresses
# are 42 or 62 characters, Ethereum ones 42.
_SPLIT_WALLET = re.compile(
    r"\b((?:bc|ltc)1[a-z0-9]{6,58}|0x[a-fA-F0-9]{4,38})\s{1,3}([a-zA-Z0-9]{4,58})\b")
# Domestic bank details: US routing + account, UK sort code, AU BSB, MX CLABE, BR agência/conta.
# "acct 0 0 5 2 8 1 7 7 3 9 at Wells Fargo": a bank named is talk of a bank.
_BANK_NAMES = (r"chase|wells\s{1,2}fargo|citi(?:bank)?|barclays|hsbc|lloyds|natwest|santander|"
               r"bbva|caixa(?:bank)?|sabadell|sparkasse|volksbank|commerzbank|"
               r"deutsche\s{1,2}bank|bradesco|ita[u\u00fa]|nubank|monzo|starling|halifax|"
               r"nationwide|scotiabank|pnc|capital\s{1,2}one|bank\s{1,2}of\s{1,2}america|"
               r"bofa|chime|credit\s{1,2}union")
_BANK_CONTEXT = re.compile(
    r"(?i)\b(?:routing|aba|rtn|sort\s?code|sort(?=\s{0,3}[:#]?\s{0,2}\d\d-\d\d-\d\d)|bsb|b\ss\sb|ach|wire|bank|checking|savings|banco|banque|"
    r"bancaire|ag[eê]ncia|agencia|swift|bic|blz|clabe|rib|transfer|transferencia|"
    r"transfer[eê]ncia|virement|[uü]berweisung|deposit|direct\s{1,2}deposit|"
    r"sort(?=\s{0,3}[:#]?\s{0,2}\d{6}(?!\d))|" + _BANK_NAMES + r")\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
_BANK_KEYS = re.compile(r"acc|a/c|kto|konto|cuenta|compte|conta|checking|chequing|savings|"
                        r"routing|aba|rtn|transit|sort|bsb|"
                        r"clabe|agenc|agênc| cc| ag")
_ACCOUNT = re.compile(
    r"(?i)\b(?:acct|acc|account|a/c|kto|konto(?:nummer)?|cuenta|compte|conta(?:\s{1,2}corrente)?|"
    r"checking|chequing|savings|cc)\.?\s{0,3}(?:(?:number|num|no|nr|n[º°o]|#)\.?\s{0,3})?[:#\-]?\s{0,3}"
    r"(?:(?:is|es|ist|est|[eé])\s{1,3})?(\d[\d \-]{4,22}\d)(?![\d\w])")
# "account seventy three, fifty five, zero two, fourteen" (read "account 73, 55, 0 2, 14"):
# an account number said in pairs or small groups apart by commas.
_ACCOUNT_GROUPS = re.compile(
    r"(?i)\b(?:acct|acc|account|a/c|kto|konto(?:nummer)?|cuenta|compte|conta(?:\s{1,2}corrente)?|"
    r"checking|chequing|savings|n[uú]mero\s{1,2}de\s{1,2}(?:cuenta|conta)|"
    r"num[eé]ro\s{1,2}de\s{1,2}compte)\.?\s{0,3}(?P<label>(?:number|num|no|nr|n[º°o]|#)\.?"
    r"\s{0,3})?(?:(?:is|es|ist|est|[eé]|:)\s{0,3})?[:#\-]?\s{0,3}"
    # "account five-one-oh-eight, two-two-six-four": digits of a group may be joined by hyphens
    r"(\d(?:[ \-]?\d){1,9}(?:\s{0,2}[,;]\s{1,2}\d(?:[ \-]?\d){1,9}){1,7})(?![ ,;]{0,3}\d)")
_ROUTING = re.compile(
    r"(?i)\b(?:routing|aba|rtn|transit)(?:\s{1,2}(?:number|num|no|#))?\.?\s{0,3}[:#\-]?\s{0,3}"
    r"(\d{9}|\d(?: \d){8})(?! ?\d)")  # "0 2 1 0 0 0 0 2 1": spelled digit by digit
_SORT_CODE = re.compile(
    # "Acc no 4 0 7 1 1 3 6 2, sort 2 0 1 5 4 4": a bare "sort" before six digits too
    # "sort 40, 17, 93" (spoken "sort forty, seventeen, ninety-three"): in comma pairs too
    r"(?i)\b(?:sort\s?code|sort(?=\s{0,3}[:#]?\s{0,2}(?:\d\d-\d\d-\d\d|\d{6}(?!\d)|"
    # "B S B zero six two ...": the label spelled out too, and its digits read one by one
    r"\d\d,\s{1,2}\d\d,\s{1,2}\d\d(?![ ,]{0,2}\d)))|bsb|b\ss\sb|"
    r"clabe|ag[eê]ncia|agencia|"
    r"ag\.?)\s{0,3}[:#\-]?\s{0,3}(?:is\s{1,2})?"
    r"(\d{2}[- ]?\d{2}[- ]?\d{2}(?!\d)|\d{3}[- ]?\d{3}(?!\d)|\d{18}(?!\d)|\d{4}(?:-\d)?(?!\d)|"
    r"\d(?: \d){5}(?! ?\d)|"
    # "sort code two zero, four one, nine eight": spelled digits, read as "2 0, 4 1, 9 8"
    r"\d ?\d(?:,? {1,2}\d ?\d){2}(?![ ,]{0,2}\d))")
# A UK sort code and account number given together, in either order: "40-11-62 / 71029384",
# "12345678, 20-00-00", when the message is about an account or money.
_SORT_PAIR = re.compile(
    r"(?<![\d\-/.])(?:(\d{2}-\d{2}-\d{2})\s{0,2}[/,;|:]?\s{0,3}(\d{8})|"
    r"(?!(?:19|20)\d\d[01]\d[0-3]\d)(\d{8})\s{0,2}[/,;|:]?\s{0,3}(\d{2}-\d{2}-\d{2}))"
    r"(?![\d\-/.]\d|\d)")
_SORT_PAIR_TALK = re.compile(
    r"acc|a/c|bank|refund|pay|transfer|send|money|sort|wire|deposit|reembols|rembours|erstatt|"
    r"cuenta|konto|compte|conta|virement|[uü]berweis|dinero|geld|argent|dinheiro|banco|banque")
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TR": 26, "AE": 23, "SA": 24, "IL": 23, "MX": 18,
}


# Card numbers published by payment providers for their test modes (Stripe, Braintree, Adyen,
# the classic 4111...): no bank ever issues them, so a message about testing keeps them ("Test
# card for the Stripe sandbox is 4242 4242 4242 4242"). Said as one's own card, they still go.
_TEST_CARDS = frozenset("""
4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210
5105105105105100 378282246310005 371449635398431 6011111111111117 6011000990139424
3056930009020004 36227206271667 3566002020360505 6200000000000005 4111111111111111
4012888888881881 4000000000000002 4000000000009995 4000002500003155 4000000000003220
4000002760003184 4000000000000077 4000000000000093 4000000000000341 4000000000000069
4000000000000127 4000000000000119 4000000000000259 5500000000000004 4222222222222
5454545454545454 4111111145551142 5555444433331111 370000000000002 4917610000000000
2222400070000005 4005519200000004 4009348888881881 4012000033330026 4012000077777777
4217651111111119 4500600000000061 5431111111111111 3530111333300000 4000000000000010
4988438843884305 4166676667666746 5577000055770004 4035501000000008 4000000000000101
4000111111111115 378734493671000 6011000991300009 5200000000000007 5555555555555557
""".split())
_TEST_WORDS = (r"test(?:ing|s)?", "sandbox", "demo", "dummy", "fake", "staging", "mock", "qa",
               r"test\s{0,2}mode", "testkarte", "testmodus", "testumgebung", "prueba", "pruebas",
               "teste", "testes", "essai", "simulaci[oó]n")
# Each word from its first letter, the word boundary checked behind it: the scan stops only at
# those letters, not at every place in the text.
_TEST_TALK = re.compile(
    "(?:" + "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}" for w in _TEST_WORDS) + r")\b")
_MINE = re.compile(r"\b(?:my|mine|mi|mis|minha|meu|meine?|mon|ma)\b")


def _test_card_talk(low: str) -> bool:
    """A message about a provider's test mode, not about one's own card."""
    return _TEST_TALK.search(low) is not None and _MINE.search(low) is None


def cpf_cnpj_ok(digits: str) -> bool:
    """Brazilian CPF (11 digits) or CNPJ (14 digits) check digits."""
    if len(digits) not in (11, 14) or len(set(digits)) == 1:
        return False
    nums = [ord(c) - 48 for c in digits]
    for k in (2, 1):
        body = nums[:len(nums) - k]
        if len(digits) == 11:
            weights = range(len(body) + 1, 1, -1)
        else:
            weights = [(len(body) - 1 - i) % 8 + 2 for i in range(len(body))]
        total = sum(d * w for d, w in zip(body, weights, strict=True))
        check = 0 if total % 11 < 2 else 11 - total % 11
        if check != nums[len(nums) - k]:
            return False
    return True


# The Luhn value of a doubled ASCII digit, as the digit's own byte ("5" doubled is 10, read 1).
_LUHN_DOUBLED = bytes(range(48)) + b"0246813579" + bytes(range(58, 256))


def luhn_ok(digits: str) -> bool:
    """Luhn checksum, used by every payment card number."""
    if digits.isascii() and digits.isdigit():  # the usual case: summed as bytes, in C
        b = digits[::-1].encode()
        return (sum(b[::2]) + sum(b[1::2].translate(_LUHN_DOUBLED)) - 48 * len(b)) % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_BANK_TALK = re.compile(
    r"\b(?:iban|rib|nib|bic|swift|bank\w*|banco|banque|[uü]berweis\w*|transfer\w*|virement|"
    r"transfer[eê]ncia|konto|cuenta|conta|compte|account)\b")


# "account number is 31926819, same bank as last time", "Kontonummer: 1002 9384 75": a bank
# account number, when the message is about a bank or paying.
_ACCOUNT_NUMBER = re.compile(
    r"\b(?:(?:bank\s{1,2})?account\s{1,2}(?:number|no\.?|nr\.?|#)|(?:acct|acc)\.?\s{0,2}(?:no\.?|#|number)?|"
    r"a/c\s{0,2}(?:no\.?)?|kontonummer|konto-?nr\.?|n[uú]mero\s{1,2}de\s{1,2}(?:cuenta|conta)|"
    r"num[eé]ro\s{1,2}de\s{1,2}compte)\s{0,2}(?:is|es|ist|est|[eé]|:|=|#)?\s{0,2}"
    r"(\d(?:[ \-.]?\d){5,17})(?![\d%])")
# A New Zealand account: bank, branch, account, suffix ("12-3140-0123456-00").
_NZ_ACCOUNT = re.compile(r"(?<![\d\-])(\d{2}-\d{4}-\d{7}-\d{2,3})(?![\d\-])")
_PAY_TALK = re.compile(
    r"\b(?:bank\w*|banco|banque|sort\s{0,2}code|routing|bsb|iban|swift|transfer\w*|"
    r"[uü]berweis\w*|virement|dep[oó]sit\w*|pay\w*|zahl\w*|pag\w*|paie\w*|money|geld|dinero|"
    r"dinheiro|argent|wire|branch(?:\s{1,2}code)?|reference|" + _BANK_NAMES + r")\b")


def _account_numbers(canon, low: str) -> list[Finding]:
    if _PAY_TALK.search(low) is None:
        return []
    text = canon.text
    out = [Finding("payment", *canon.span(m.start(1), m.end(1)), "bank account number")
           for m in _ACCOUNT_NUMBER.finditer(low)]
    out += [Finding("payment", *canon.span(m.start(1), m.end(1)), "bank account number")
            for m in _NZ_ACCOUNT.finditer(text)]
    return out


def clabe_ok(digits: str) -> bool:
    """Mexican CLABE check digit: weights 3, 7, 1 over the first 17 digits, each product
    taken mod 10."""
    if len(digits) != 18:
        return False
    total = sum((ord(c) - 48) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == ord(digits[17]) - 48


_IBAN_SEPARATORS = re.compile(r"[\s\-.]")


def iban_ok(raw: str, any_length: bool = False) -> bool:
    """ISO 13616 check: known length for the country and mod 97 == 1. ``any_length`` drops the
    country's length (a digit too many or too few, said as an IBAN or a bank transfer)."""
    # letters and digits, with plain spaces or none (the usual cases): no pattern to run
    s = raw if raw.isalnum() else raw.replace(" ", "")
    if not s.isalnum():
        s = _IBAN_SEPARATORS.sub("", raw)
    s = s.upper()
    if not 15 <= len(s) <= 34 or (not any_length and IBAN_LENGTHS.get(s[:2], 0) not in (0, len(s))):
        return False
    moved = s[4:] + s[:4]
    if moved.isascii() and moved.isalnum():  # each letter its two digits, in one pass
        return int(moved.translate(_BASE36)) % 97 == 1
    try:
        num = int("".join(str(int(c, 36)) for c in moved))
    except ValueError:
        return False
    return num % 97 == 1


# A letter as ``str(int(c, 36))`` reads it ("A" 10 ... "Z" 35); ASCII digits stay.
_BASE36 = str.maketrans({c: str(int(c, 36)) for c in
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})


def _labelled_iban_end(m: re.Match) -> int:
    """Where the IBAN named just before ends: the country's length exactly, ending at a group,
    and no format example ("IBAN: DE00 0000 0000 ...")."""
    need = IBAN_LENGTHS.get(m.group(1).replace(" ", "").upper(), 0) - 2
    body = m.group(2)
    chars = [i for i, c in enumerate(body) if c.isalnum()][:need]
    if need <= 0 or len(chars) < need or body[chars[-1] + 1:chars[-1] + 2].isalnum():
        return 0
    if not _not_placeholder(body[:chars[-1] + 1]):
        return 0
    return m.start(2) + chars[-1] + 1


def _iban_end(raw: str, any_length: bool = False) -> int:
    """Length of the longest prefix of ``raw`` (cut at a group) that is a valid IBAN."""
    cut = len(raw)
    for _ in range(4):
        if iban_ok(raw[:cut], any_length):
            return cut
        k = max(raw.rfind(" ", 0, cut), raw.rfind("-", 0, cut), raw.rfind(".", 0, cut))
        cut = k if k > 0 else cut - 4
        if cut < 15:
            break
    return 0


_DOCUMENT_EXTS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "png", "jpg",
                            "jpeg", "gif", "svg", "zip", "txt", "csv", "mp3", "mp4", "mov", "psd",
                            "ai"})
# An Argentine transfer alias, three words joined by dots: "alias mp: pinturas.gomez.mp".
_ALIAS = re.compile(r"(?i)\balias\s{0,2}(?:(?:de\s{1,2})?(?:mp|mercado\s?pago|cbu|cvu|banco)"
                    r"\s{0,2})?(?:[:=]|es|is|[eé])?\s{0,2}([a-z0-9]{2,20}(?:\.[a-z0-9]{2,20}){1,3})\b")


# An IBAN typed one character at a time: "DE 9 7 3 7 0 4 0 0 4 4 ...".
# The country's letters may be apart too, and the digits said in words ("D E vier vier fünf
# null ...", read "D E 4 4 5 0 ...").
_SPACED_IBAN = re.compile(r"(?i)(?<![a-z0-9])([a-z] ?[a-z]) ?(\d ?\d(?: [0-9a-z]){11,30})")


def _spaced_ibans(folded) -> list[Finding]:
    """IBANs spelled out character by character: the country's length, then mod 97."""
    out = []
    text = folded.text
    for m in _SPACED_IBAN.finditer(text):
        country = m.group(1).replace(" ", "").upper()
        need = IBAN_LENGTHS.get(country, 0) - 2
        if need <= 0:
            continue
        body = m.group(2)
        chars = [i for i, c in enumerate(body) if c != " "][:need]
        if len(chars) < need or not iban_ok(country + "".join(body[i] for i in chars)):
            continue
        end = m.start(2) + chars[-1] + 1
        out.append(Finding("payment", *folded.span(m.start(1), end), "IBAN"))
    return out


# An IBAN in any grouping: "ES 842 08582 611903 31 458807", "DE52.7605.0000.0045.1388.26",
# "GB7 9MI DL402 71 8715 620 93". The country's length and mod 97 decide; the code is written
# in capitals unless the message names the account.
_GROUPED_IBAN = re.compile(
    r"(?<![^\W_])([A-Za-z]{2})[ .\-]{0,2}(\d[ .\-]{0,2}\d(?:[ .\-]{0,2}[0-9A-Za-z]){11,32})")
# Where such an IBAN can start: found from its first digit, a scan that starts with a class.
_GROUPED_HINT = re.compile(r"\d(?:(?<=(?<![^\W_])([A-Za-z]{2})\d)|(?<=(?<![^\W_])([A-Za-z]{2})"
                           r"[ .\-]\d)|(?<=(?<![^\W_])([A-Za-z]{2})[ .\-]{2}\d))")
_IBAN_NAMED = re.compile(r"(?i)iban|\brib\b|\bnib\b|konto|cuenta|compte|conta\b|account|"
                         r"transfer|[uü]berweis|virement|bank|banco|banque")


def _grouped_ibans(canon, low: str, bank: bool = False) -> list[Finding]:
    """IBANs with their groups cut anywhere: exactly the country's length, ending at a group."""
    out = []
    text = canon.text
    named = None
    last = -1
    for h in _GROUPED_HINT.finditer(text):
        k = h.start(h.lastindex)
        if k <= last:
            continue
        m = _GROUPED_IBAN.match(text, k)
        if m is None:
            # groups apart by a spaced mark ("CH93 · 0076 · ..."): only the printed shape
            if (bank and text[k:k + 2].upper() in IBAN_LENGTHS
                    and (p := _printed_iban(text, k)) is not None):
                out.append(Finding("payment", *canon.span(p.start(), p.end()), "IBAN"))
                last = p.end()
            continue
        last = m.end()
        country = m.group(1).upper()
        need = IBAN_LENGTHS.get(country, 0) - 2
        if need <= 0:
            continue
        if not m.group(1).isupper():
            if named is None:
                named = _IBAN_NAMED.search(low) is not None
            if not named:
                continue
        body = m.group(2)
        chars = [i for i, c in enumerate(body) if c.isalnum()][:need]
        if (len(chars) == need and not body[chars[-1] + 1:chars[-1] + 2].isalnum()
                and iban_ok(country + "".join(body[i] for i in chars))):
            out.append(Finding("payment", *canon.span(m.start(1), m.start(2) + chars[-1] + 1),
                               "IBAN"))
        elif bank and (p := _printed_iban(text, m.start(1))) is not None:
            out.append(Finding("payment", *canon.span(p.start(), p.end()), "IBAN"))
    return out


# An IBAN in its printed shape, in capitals, groups of four apart by one and the same mark
# ("DE85.4306.0967.4011.7822.3300"): in a message about a transfer it is an account even when
# a digit is mistyped or one too many, and mod 97 fails.
_PRINTED_IBAN = re.compile(r"[A-Z]{2}\d{2}(?P<s>[ .\-])[A-Z0-9]{4}(?:(?P=s)[A-Z0-9]{4}){2,6}"
                           r"(?:(?P=s)[A-Z0-9]{1,3})?(?![^\W_]|[.\-]\w)")
_SEQUENCE = re.compile(r"0123|1234|2345|3456|4567|5678|6789|7890")


def _printed_iban(text: str, start: int) -> re.Match | None:
    """The printed IBAN at ``start``; not a format example ("DE00 0000 0000 ...",
    "DE89 1234 5678 9012 ...")."""
    p = _PRINTED_IBAN.match(text, start)
    if p is None:
        return None
    digits = re.sub(r"\W", "", p.group()[4:])
    if len(set(digits)) <= 3 or len(_SEQUENCE.findall(digits)) >= 2:
        return None
    return p


# An IBAN in its printed shape, in capitals, groups of four apart by one and the same mark
# ("DE85.4306.0967.4011.7822.3300"): in a message about a transfer it is an account even when
# a digit is mistyped and mod 97 fails.
# "CH93 · 0076 · 2011 · ...": the mark may stand between two spaces.
_PRINTED_IBAN = re.compile(r"[A-Z]{2}\d{2}(?P<s>[ .\-]| [.\-] )[A-Z0-9]{4}"
                           r"(?:(?P=s)[A-Z0-9]{4}){1,6}"
                           r"(?:(?P=s)[A-Z0-9]{1,3})?")
_SEQUENCE = re.compile(r"0123|1234|2345|3456|4567|5678|6789|7890")


def _not_placeholder(body: str) -> bool:
    """Not a format example ("DE00 0000 0000 ...", "DE89 1234 5678 9012 ...")."""
    digits = re.sub(r"\W", "", body)
    return len(set(digits)) > 3 and len(_SEQUENCE.findall(digits)) < 2


_GROUP_END = re.compile(r"\d(?=[ \-]{1,2}\d)")


_NON_DIGIT = re.compile(r"\D")


def _card_run(m: re.Match) -> re.Match | None:
    """The digit run, or its longest start that ends at a group and passes Luhn ("5425 2334
    3010 9903 11/26": the card, then its expiry month)."""
    text, start = m.string, m.start()
    ends = [m.end()] + [g.end() for g in reversed(list(_GROUP_END.finditer(text, start, m.end())))]
    for end in ends:
        digits = _NON_DIGIT.sub("", text[start:end])
        if len(digits) < 13:
            break
        if len(digits) <= 19 and luhn_ok(digits) and len(set(digits)) > 1:
            return _CARD.match(text, start, end) if end != m.end() else m
    return None


# "4716-0591-2207-5530, exp 11/28": sixteen digits in four groups with an expiry date after
# them are a card even when a digit is mistyped and Luhn fails.
_CARD_EXPIRY = re.compile(  # from its first digit, as _CARD
    r"([2-6](?<![\d\-./][2-6])\d{3}([ \-.]?)\d{4}\2\d{4}\2\d{4})(?![\d\-./])[ ,;:(\-]{0,4}"
    r"(?i:exp(?:iry|ires|iration|\.)?|valid(?:\s{1,2}(?:thru|through|until|till))?|"
    r"good\s{1,2}thru|vence|vencimiento|venc\.?|validade|val\.?|caduca|g[uü]ltig\s{0,2}bis|"
    r"ablauf|expire|date\s{1,2}d'expiration|scadenza)[ .:]{0,3}"
    r"(?:0?[1-9]|1[0-2])\s{0,2}[/\-.]\s{0,2}(?:20)?\d\d(?!\d)")


# Cards that are not a means of payment: "gift card", "SIM-Karte", "carte cadeau".
_OTHER_CARD = re.compile(r"(?:gift|sim|id|test|loyalty|member\w*|library|geschenk|kunden|"
                         r"regalo|presente|fidelidad|fidelit\w*|cadeau)[\s\-]{0,2}$")


# "the card template shows 4716-... as a sample": a number shown, nobody's card
_SAMPLE_TALK = re.compile(r"\b(?:samples?|examples?|templates?|placeholders?|mock(?:up)?s?|"
                          r"e\.g\.|ejemplo|muestra|plantilla|beispiel|vorlage|muster|exemple|"
                          r"mod[e\u00e8]le|exemplo|modelo|amostra)\b")


def _own_card_groups(text: str, low: str, m: re.Match) -> bool:
    """Sixteen digits in four groups of four right after a payment card's name ("la tarjeta
    para el depósito: cuatro uno cinco dos, tres ..."): a card read out, even with a digit
    misheard and its Luhn check failing."""
    run = m.group(1)
    if "," in run or ";" in run or "/" in run or "|" in run:
        groups = [_NON_DIGIT.sub("", g) for g in re.split(r"[,;/|]", run)]
    else:
        groups = [_NON_DIGIT.sub("", g) for g in re.split(r"\s{1,3}|[.\-]", run)]
    if [len(g) for g in groups] != [4, 4, 4, 4]:
        return False
    head = low[max(0, m.start() - 12):m.start()]
    word = low[m.start():m.start() + 12]
    return not (_OTHER_CARD.search(head) or word.startswith(("cartel", "carte cadeau"))
                or _sample_text(low))


@lru_cache(maxsize=4)
def _sample_text(low: str) -> bool:
    """Talk of test or sample cards, read once per text and not once per card."""
    return _test_card_talk(low) or _SAMPLE_TALK.search(low) is not None


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Payment findings in the original text."""
    canon = views.canon
    text = canon.text
    out: list[Finding] = []
    low = views.canon_lower
    digits_in = views.canon_digits
    card_named = None  # looked up only once a Luhn-valid run is seen
    if "alias" in low:
        out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "transfer alias")
                   for m in _ALIAS.finditer(text)
                   if m.group(1).rsplit(".", 1)[-1].lower() not in _DOCUMENT_EXTS
                   and not m.group(1)[0].isdigit())
    for m in _CARD.finditer(text) if digits_in >= 13 else ():
        m = _card_run(m)
        if m is None:
            continue
        digits = _NON_DIGIT.sub("", m.group())
        if card_named is None:
            card_named = _CARD_WORDS.search(text) is not None
        if not card_named and (len(digits) not in (15, 16) or
                               numctx.is_business_number(text, low, m.start(), m.end(), digits)):
            continue
        out.append(Finding("payment", *canon.span(m.start(), m.end()), "card number"))
    if digits_in >= 13 and ("car" in low or "kart" in low or "visa" in low or "amex" in low
                            or "tarjeta" in low or "master" in low):
        for m in _NAMED_CARD.finditer(text):
            digits = _NON_DIGIT.sub("", m.group(1))
            if 13 <= len(digits) <= 19 and len(set(digits)) > 1 and (
                    luhn_ok(digits) or _own_card_groups(text, low, m)):
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "card number"))
    if digits_in >= 19 and ("exp" in low or "v" in low or "ca" in low or "abl" in low
                            or "good" in low or "scad" in low or "ltig" in low):
        out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "card number")
                   for m in _CARD_EXPIRY.finditer(text)
                   if len(set(_NON_DIGIT.sub("", m.group(1)))) > 3)
    if digits_in >= 18 and "clabe" not in low and _SPEI_WORDS.search(low):
        # "SPEI to 646180760809039281, it's my STP account": 18 digits with a valid check digit
        out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "CLABE")
                   for m in _CLABE_LATER.finditer(text)
                   if clabe_ok(_NON_DIGIT.sub("", m.group(1))))
    if digits_in >= 18 and "clabe" in low:
        out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "CLABE")
                   for m in _CLABE.finditer(text))
        out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "CLABE")
                   for m in _CLABE_LATER.finditer(text, low.find("clabe"))
                   if clabe_ok(_NON_DIGIT.sub("", m.group(1))))
    # Said as an IBAN or a transfer, the check digits alone are enough: a mistyped length is
    # still someone's account (mod 97 passes for one random string in 97).
    bank = _BANK_TALK.search(low) is not None if digits_in >= 13 else False
    for m in _IBAN.finditer(text) if digits_in >= 2 and _IBAN_HINT.search(text) else ():
        end = _iban_end(m.group(1), bank)
        if end:
            out.append(Finding("payment", *canon.span(m.start(1), m.start(1) + end), "IBAN"))
    if digits_in >= 13 and _IBAN_HINT.search(text):
        for m in _ODD_GROUPS_IBAN.finditer(text):
            end = _loose_iban_end(m.group(1), False) if m.group(1)[:2] in IBAN_LENGTHS else 0
            if end:
                out.append(Finding("payment", *canon.span(m.start(1), m.start(1) + end),
                                   "IBAN"))
    if digits_in >= 2 and ("iban" in low or "rib" in low or "nib" in low or "ccc" in low):
        for rx in (_NAMED_IBAN, _NAMED_IBAN_BLOCKS):
            for m in _named_finditer(rx, text):
                end = _iban_end(m.group(1), bank)
                if end:
                    out.append(Finding("payment", *canon.span(m.start(1), m.start(1) + end),
                                       "IBAN"))
        for m in _named_finditer(_NAMED_IBAN_LOOSE, text) if digits_in >= 11 else ():
            end = _loose_iban_end(m.group(1), bank)
            if end:
                out.append(Finding("payment", *canon.span(m.start(1), m.start(1) + end),
                                   "IBAN"))
        for m in _named_finditer(_LABELLED_IBAN, text) if digits_in >= 11 else ():
            end = _labelled_iban_end(m)
            if end:
                out.append(Finding("payment", *canon.span(m.start(1), end), "IBAN"))
        for m in _DOMESTIC_ID.finditer(text) if digits_in >= 18 else ():
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "bank account"))
        for m in _named_finditer(_IBAN_WORDED, text) if digits_in >= 13 else ():
            end = _iban_end(m.group(1) + " " + m.group(2)) - len(m.group(1)) - 1
            if end > 0:
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "IBAN"))
                out.append(Finding("payment", *canon.span(m.start(2), m.start(2) + end), "IBAN"))
        if digits_in >= 13:
            out.extend(_assembled_ibans(canon, text))
    if digits_in >= 6 and ("acc" in low or "a/c" in low or "kont" in low or "cuenta" in low
                           or "conta" in low or "compte" in low):
        out.extend(_account_numbers(canon, low))
    if views.folded_digits >= 13:
        out.extend(_spaced_ibans(views.folded))
    if views.spelled >= 13:
        out.extend(_spaced_ibans(canon))
    if digits_in >= 12:  # a Dutch IBAN has 12 digits and 4 letters
        out.extend(_grouped_ibans(canon, low, bank))
    if digits_in >= 16 and "." in text:
        for m in _DOTTED_CARD.finditer(text):
            digits = m.group().replace(".", "")
            if luhn_ok(digits) and len(set(digits)) > 1:
                out.append(Finding("payment", *canon.span(m.start(), m.end()), "card number"))
    if "alias" in low and _ALIAS_CONTEXT.search(low):
        for m in _ALIAS.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "transfer alias"))
        if any(k in low for k in _DOT_WORD_KEYS):
            out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "transfer alias")
                       for m in _ALIAS_SPOKEN.finditer(text))
    bank_keys = None  # the scan for bank words, made once for both checks below
    if (digits_in >= 4 and (_FOUR_DIGITS.search(text) or views.spelled >= 4)
            and (bank_keys := _BANK_KEYS.search(low) is not None)
            and _BANK_CONTEXT.search(text)):
        out.extend(_bank_details(canon, text))
    if digits_in >= 7 and ("," in text or ";" in text) and (
            bank_keys if bank_keys is not None else _BANK_KEYS.search(low)):
        talk = views.spelled >= 3 or _PAY_TALK.search(low) is not None
        for m in _ACCOUNT_GROUPS.finditer(text):
            groups = re.split(r"\s{0,2}[,;]\s{1,2}", m.group(2))
            head = m.group()[:m.start(2) - m.start()].lower()
            labelled = m.group("label") or "mero" in head or "nummer" in head
            if (talk or labelled) and 7 <= sum(
                    c.isdigit() for c in m.group(2)) <= 22 and not all(
                    len(g) == 4 and g[:2] in ("19", "20") for g in groups):  # not a list of years
                out.append(Finding("payment", *canon.span(m.start(2), m.end(2)),
                                   "bank account"))
    if digits_in >= 14 and "-" in text and _SORT_PAIR_TALK.search(low):
        for m in _SORT_PAIR.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(), m.end()),
                               "sort code and account number"))
    for m in _PIX.finditer(text) if "pix" in low else ():
        if 10 <= len(_NON_DIGIT.sub("", m.group(1))) <= 14:
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "Pix key"))
    if digits_in >= 11 and ("pix" in low or "chave" in low) and _PIX_TALK.search(low):
        for m in _CPF_CNPJ.finditer(text):
            # written in its own dotted shape it is a CPF or CNPJ whatever its check digits
            if ("." in m.group(1) and "-" in m.group(1)) or cpf_cnpj_ok(
                    _NON_DIGIT.sub("", m.group(1))):
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "Pix key"))
    if ("revtag" in low or "wisetag" in low or " tag" in low or (
            ("user" in low or "handle" in low)
            and ("venmo" in low or "paypal" in low or "monzo" in low))):
        for m in _TAG_LABEL.finditer(text):
            if m.group(1).lower() not in COMMON:
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                   "payment app user"))
        for m in _APP_THEN_TAG.finditer(text) if _TAG_WORD_SAID.search(low) else ():
            if m.group(1).lower() not in COMMON:
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                   "payment app user"))
    if "@" in low and ("tag" in low or "user" in low or "handle" in low or "wise" in low):
        for m in _APP_TAG.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "payment app user"))
    if "@" in low and _AT_AFTER_NAME.search(text) is not None:
        for m in _UPI.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "UPI id"))
    if ("paypal" in low or "venmo" in low or "cash" in low or "revolut" in low or "monzo" in low
            or "ko-fi" in low or "buymeacoffee" in low or "zelle" in low):
        for m in _PAY_LINK.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(), m.end(1)), "payment link"))
        if "@" in text or " at " in low:
            for m in _APP_AT.finditer(text):
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                   "payment app user"))
        if "@" in text:
            for m in _QUOTED_BEFORE_AT.finditer(text):
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                   "payment app user"))
        if "." in text:
            for m in _APP_DOTTED.finditer(text):
                user = m.group(1)
                last = user.rsplit(".", 1)[-1].lower()
                if last in _DOCUMENT_EXTS or last in _CODE_EXTS or user.replace(".", "").isdigit():
                    continue
                if user.count(".") == 1 and _TO_BEFORE.search(text, max(0, m.start(1) - 6),
                                                              m.start(1)):
                    continue  # "moved from PayPal to Next.js": one dot after "to" is a name
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                               "payment app user"))
        if any(k in low for k in _DOT_WORD_KEYS):
            for m in _APP_SPOKEN_DOTTED.finditer(text):
                if m.group(1).split()[0].lower() not in COMMON:
                    out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                       "payment app user"))
        if ("-" in text or "_" in text) and (":" in text or "," in text):
            for m in _APP_JOINED.finditer(text):
                user = m.group(1)
                parts = re.split(r"[\-_]", user)
                if (any(c.isdigit() for c in user)
                        or sum(p[:1].isupper() for p in parts) >= 2):
                    out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                       "payment app user"))
        if _SAID_JOIN_HINT.search(low):
            for m in _APP_SAID_JOINED.finditer(low):
                parts = _SAID_JOIN_SPLIT.split(m.group(1))
                if parts[0] in COMMON or parts[-1] in COMMON:
                    continue  # "venmo is at dash of the app": words of the sentence
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                   "payment app user"))
        if _JOIN_HINT.search(low):
            out.extend(_words_joined(canon, low))
        if "name" in low or "nom" in low or "nachname" in low:
            for m in _APP_NAME_IS_NAME.finditer(text):
                out.append(Finding("payment", *canon.span(m.start(1), m.end(1)),
                                   "payment app user"))
    if ("dollar" in low or "dolar" in low or "cifr" in low or "lar sign" in low) and (
            _CASHAPP_NAMED.search(low)):
        for rx in (_SAID_CASHTAG_JOINED, _SAID_CASHTAG, _SAID_CASHTAG_PIECES):
            for m in rx.finditer(text):
                out.append(Finding("payment", *canon.span(m.start(), m.end(1)), "cashtag"))
    if "cbu" in low or "cvu" in low:
        for m in _CBU.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "bank account"))
    folded = views.folded
    ftext = folded.text
    if "pix" in low or "chave" in low:  # folded: leet reading would change the key's letters
        for m in _UUID.finditer(ftext):
            out.append(Finding("payment", *folded.span(m.start(), m.end()), "Pix key"))
    cash_context = None  # looked up once per text, not once per '$'
    for m in _CASHTAG.finditer(ftext) if "$" in ftext else ():
        tag = m.group(1)
        if tag.isupper() and len(tag) <= 5:  # "$AAPL", "$PATH": a ticker or a variable ...
            if cash_context is None:
                cash_context = _CASH_CONTEXT.search(ftext) is not None
            if not cash_context:
                continue  # ... unless the text talks about Cash App
        out.append(Finding("payment", *folded.span(m.start(), m.end()), "cashtag"))
    if "$" in ftext and "+" in ftext and _CASHAPP_NAMED.search(low):
        for m in _DOLLAR_PIECES.finditer(ftext):
            if sum(c.isalpha() for c in m.group(1)) < 3:
                continue  # "$ + '10'": an amount built in code
            out.append(Finding("payment", *folded.span(m.start(), m.end(1)), "cashtag"))
    if "$" in ftext and ("cash" in low or "green" in low):
        for m in _SPACED_CASHTAG.finditer(ftext):
            if _SENTENCE_AFTER_DOLLAR.match(m.group(2)) is None:
                out.append(Finding("payment", *folded.span(m.start(1), m.end(2)), "cashtag"))
        if _CASHAPP_NAMED.search(low):
            for m in _SPACED_TAG_WORDS.finditer(ftext):
                out.append(Finding("payment", *folded.span(m.start(), m.end(1)), "cashtag"))
        if "$" in text and text != ftext:  # "cash app $ t r e y c u t s": letters spaced out
            for m in _SPACED_CASHTAG.finditer(text):
                out.append(Finding("payment", *canon.span(m.start(1), m.end(2)), "cashtag"))
            # "$ t r e v o r b a k e s on the green app": the app named after the tag
            if _CASHAPP_NAMED.search(low):
                for m in _SPACED_TAG_WORDS.finditer(text):
                    out.append(Finding("payment", *canon.span(m.start(), m.end(1)), "cashtag"))
    # every wallet is one token of 26 characters or more
    longest = max(map(len, ftext.split()), default=0) if views.folded_digits else 0
    if longest >= 32 and _LONG_TOKEN.search(ftext):  # of 32 characters or more
        for m in _TRON.finditer(ftext):
            if _mixed(m.group()):
                out.append(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet"))
        if _names_wallet(ftext):
            for m in _MONERO.finditer(ftext):
                out.append(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet"))
            for m in _BASE58.finditer(ftext):
                if _mixed(m.group()):
                    out.append(Finding("payment", *folded.span(m.start(), m.end()),
                                       "crypto wallet"))
    for m in _CRYPTO.finditer(ftext) if longest >= 26 else ():
        out.append(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet"))
    for m in _ALT_LEGACY.finditer(ftext) if longest >= 34 else ():
        if _mixed(m.group()):
            out.append(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet"))
    if digits_in >= 6 and any(k in low for k in _EXCHANGE_KEYS):
        for m in _EXCHANGE_ID.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "exchange pay id"))
    if (digits_in >= 6 and any(k in low for k in _WALLET_KEYS)
            and _SIX_DIGITS.search(text) is not None):
        for m in _WALLET_ID.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "payment app id"))
    if out and any(k in low for k in _HOLDER_KEYS) and any(
            f.reason in _BANK_REASONS for f in out):
        for m in _HOLDER.finditer(text):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "account holder"))
    if longest < 26 and len(ftext) >= 51 and _SPACED_WALLET_START.search(ftext):
        out.extend(_spaced_wallets(folded, ftext))
    if digits_in >= 11 and (_ODD_SYMBOL.search(text) or any(w in low for w in _ODD_WORDS)):
        out.extend(_separated_ids(views, low, bank))
    if longest < 34 and views.folded_digits >= 4:
        bech = "bc1" in ftext or "0x" in ftext or "ltc1" in ftext
        named = (_CHUNKED_B58.search(ftext) is not None
                 and _names_wallet(ftext))
        if named or bech:
            out.extend(_separated_wallets(folded, named))
    if "bc1" in ftext or "0x" in ftext or "ltc1" in ftext:
        for m in _SPLIT_WALLET.finditer(ftext):
            a, b = m.group(1), m.group(2)
            n = len(a) + len(b)
            if (a.startswith(("bc1", "ltc1")) and n - a.startswith("ltc1") in (42, 62)
                    and b.islower()) or (
                    a.startswith("0x") and n == 42
                    and all(c in "0123456789abcdefABCDEF" for c in b)):
                out.append(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet"))
    out.extend(_more_payment(views, low, longest))
    if out and digits_in >= 13 and _test_card_talk(low):
        orig = views.original
        out = [f for f in out if f.reason != "card number"
               or _NON_DIGIT.sub("", orig[f.start:f.end]) not in _TEST_CARDS]
    return out


# Groups of an account, card or wallet parted by anything but letters and digits: emoji and
# symbols ("ES12 \u2702 3456 ..."), slashes and dashes, spoken separators ("123 ponto 456"),
# words of order ("NL20 - then 4455 / 7788 ..."). Whether the joined groups are one id is
# decided by its check (IBAN mod 97, Luhn, CPF digits, a wallet's shape), so nothing else
# needs to agree.
_RUN_TOKEN = re.compile(r"[0-9A-Za-z]+")
_RUN_GAP = re.compile(r"[ \t,;:/|.\-~*+=\u00b7\u2010-\u2015\u2022\u2190-\u2bff\ufe0f\u200d"
                      r"\u20e3\U0001f000-\U0001faff]{1,12}")
_RUN_FILLERS = frozenset({"then", "dann", "luego", "puis", "depois", "and", "y", "und", "et",
                          "e", "next", "ponto", "punto", "punkt", "point", "dot", "traco",
                          "guion", "dash", "tiret", "strich", "hifen", "hyphen", "barra",
                          "slash", "space", "espacio", "espaco", "danach", "ensuite"})
_RUN_MAX = 14
# Only texts with such a separator are read this way: plain spaces and hyphens are the other
# rules' work.
_ODD_SYMBOL = re.compile(r"[/|~*+=\u00b7\u2010-\u2015\u2022\u2190-\u2bff\U0001f000-\U0001faff]")
_ODD_WORDS = ("then", "dann", "luego", "puis", "depois", "next", "ponto", "punto", "punkt",
              "point", "dot", "traco", "guion", "dash", "tiret", "strich", "hifen", "hyphen",
              "barra", "slash", "space", "espacio", "espaco", "danach", "ensuite")
# A base58 chunk, a gap, another chunk: where a wallet typed in chunks can start.
_CHUNKED_B58 = re.compile(r"[TLMD][1-9A-HJ-NP-Za-km-z]{3,}[^0-9A-Za-z\n]{1,12}[0-9A-Za-z]{4}")
_IBAN_HEAD = re.compile(r"[A-Za-z]{2}(?:\d\d)?")
_WALLET_HEADS = ("bc1", "ltc1", "0x", "T", "L", "M", "D")
_HEX_CHUNK = re.compile(r"[0-9a-fA-F]+")


def _runs(text: str) -> list[list[re.Match]]:
    """Tokens of letters and digits apart only by separators (filler words dropped)."""
    runs: list[list[re.Match]] = []
    cur: list[re.Match] = []
    last_end = -1
    fillers = 0
    for m in _RUN_TOKEN.finditer(text):
        if cur:
            gap = text[last_end:m.start()]
            if not gap or _RUN_GAP.fullmatch(gap) is None:
                runs.append(cur)
                cur, fillers = [], 0
        last_end = m.end()
        if m.group().lower() in _RUN_FILLERS and cur:
            fillers += 1
            if fillers > 2:
                runs.append(cur)
                cur, fillers = [], 0
            continue
        fillers = 0
        cur.append(m)
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) >= 2]


def _separated_ids(views: Views, low: str, bank: bool) -> list[Finding]:
    """IBANs, cards, CPFs and wallets whose groups are parted by odd separators."""
    out: list[Finding] = []
    canon = views.canon
    cards = _CARD_WORDS.search(low) is not None
    pix = _PIX_TALK.search(low) is not None
    named = _IBAN_NAMED.search(low) is not None
    for run in _runs(canon.text) if (cards or pix or named or bank) else ():
        n = len(run)
        for i, tok in enumerate(run):
            word = tok.group()
            if word.isdigit():
                if i and run[i - 1].group().isdigit():
                    continue
                digits = ""
                for j in range(i, min(n, i + _RUN_MAX)):
                    if not run[j].group().isdigit():
                        break
                    digits += run[j].group()
                    if len(digits) > 19:
                        break
                    if j - i < 2:
                        continue
                    if ((cards and 13 <= len(digits) <= 19 and luhn_ok(digits)
                         and len(set(digits)) > 1)
                            or (pix and len(digits) in (11, 14) and cpf_cnpj_ok(digits))):
                        out.append(Finding("payment", *canon.span(tok.start(), run[j].end()),
                                           "card number" if len(digits) not in (11, 14)
                                           or not pix else "Pix key"))
            elif (named or bank) and _IBAN_HEAD.fullmatch(word[:4]) and (
                    word[:2].isupper() or named):
                need = IBAN_LENGTHS.get(word[:2].upper(), 0)
                if not need:
                    continue
                joined = ""
                for j in range(i, min(n, i + _RUN_MAX)):
                    joined += run[j].group()
                    if len(joined) >= need:
                        if (len(joined) == need and j > i
                                and not joined[2:4].isalpha() and iban_ok(joined)):
                            out.append(Finding("payment",
                                               *canon.span(tok.start(), run[j].end()), "IBAN"))
                        break
    return out


def _wallet_chunk(chunk: str, bech: bool) -> bool:
    """A chunk of a wallet, not a word of the sentence: bech32 and hex chunks are short runs of
    small letters and digits; base58 chunks mix in a digit or a capital inside."""
    if bech:  # a longer chunk needs a digit: no word of the sentence has one
        return (chunk.islower() and (len(chunk) <= 12 or len(chunk) <= 24 and any(
            c.isdigit() for c in chunk))) or chunk.isdigit()
    return len(chunk) >= 4 and (any(c.isdigit() for c in chunk)
                                or any(c.isupper() for c in chunk[1:]))


# A chunk that starts a bech32 or hex address ("bc1q", "0x5b"), at the start of a token.
_BECH_HEAD = re.compile(r"bc1(?<![0-9A-Za-z]bc1)|ltc1(?<![0-9A-Za-z]ltc1)|0x(?<![0-9A-Za-z]0x)")


def _separated_wallets(folded, named: bool) -> list[Finding]:
    """A wallet address typed in a few chunks ("bc1q 7h2k 9x..."); its whole shape decides."""
    out: list[Finding] = []
    if not named and _BECH_HEAD.search(folded.text) is None:
        return out  # "1920x1080": "0x" inside a word starts no chunk
    for run in _runs(folded.text):
        n = len(run)
        for i, tok in enumerate(run):
            head = tok.group()
            bech = head.startswith(("bc1", "ltc1", "0x"))
            if not (bech or (named and head.startswith(_WALLET_HEADS)
                             and _wallet_chunk(head, False))):
                continue
            joined = head
            end = -1  # the longest join that has a wallet's shape
            hexed = head.startswith("0x")
            for j in range(i + 1, min(n, i + _RUN_MAX)):
                chunk = run[j].group()
                # "0x 5b2E 91aF ...": a hex address keeps its checksum capitals (EIP-55)
                if not (_wallet_chunk(chunk, bech) or hexed and len(chunk) <= 12
                        and _HEX_CHUNK.fullmatch(chunk)):
                    break
                joined += run[j].group()
                if len(joined) > 64:
                    break
                if len(joined) < 26:
                    continue
                if (_CRYPTO.fullmatch(joined) and not joined.startswith(("1", "3"))) or (
                        (_TRON.fullmatch(joined) or _ALT_LEGACY.fullmatch(joined))
                        and _mixed(joined)):
                    end = run[j].end()
            if end > 0:
                out.append(Finding("payment", *folded.span(tok.start(), end), "crypto wallet"))
    return out


# "b c 1 q r 5 8 x 2 ...": a wallet typed one character at a time, spaces or dots between.
# (each start found from its first character, then the look back)
_SPACED_WALLET_START = re.compile(r"(?:b(?<![^\W_]b)[ .\-]{1,2}c[ .\-]{1,2}1|"
                                  r"l(?<![^\W_]l)[ .\-]{1,2}t[ .\-]{1,2}c[ .\-]{1,2}1|"
                                  r"0(?<![^\W_]0)[ .\-]{1,2}x)"
                                  r"[ .\-]{1,2}[0-9a-zA-Z](?![^\W_])")
_SPACED_WALLET = re.compile(r"(?<![^\W_])[0-9A-Za-z](?:[ .\-]{1,2}[0-9A-Za-z](?![^\W_])){25,70}")


def _spaced_wallets(folded, ftext: str) -> list[Finding]:
    """Wallet addresses typed with a space (or dot, or hyphen) after every character."""
    out = []
    for m in _SPACED_WALLET.finditer(ftext):
        joined = re.sub(r"[ .\-]", "", m.group())
        if _CRYPTO.fullmatch(joined) and not joined.startswith(("1", "3")):
            out.append(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet"))
    return out


def _mixed(word: str) -> bool:
    """Digits, capitals and small letters together, as in a generated wallet address."""
    return (any(c.isdigit() for c in word) and any(c.isupper() for c in word)
            and any(c.islower() for c in word))


def aba_ok(digits: str) -> bool:
    """ABA routing number checksum (weights 3, 7, 1)."""
    w = (3, 7, 1) * 3
    return len(digits) == 9 and sum(int(d) * k for d, k in zip(digits, w, strict=True)) % 10 == 0


def _bank_details(canon, text: str) -> list[Finding]:
    """Account, routing and sort-code numbers when the message talks about a bank."""
    out = []
    for m in _ACCOUNT.finditer(text):
        n = sum(c.isdigit() for c in m.group(1))
        if 6 <= n <= 17:
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "bank account"))
    for m in _ROUTING.finditer(text):
        if aba_ok(m.group(1).replace(" ", "")):
            out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "routing number"))
    for m in _SORT_CODE.finditer(text):
        out.append(Finding("payment", *canon.span(m.start(1), m.end(1)), "bank code"))
    return out


# "DE2O 5OO1 O517 83O1 6613 18": an IBAN with the letter O typed for a zero (or l, I for a one),
# the check digits too. The look-alikes are read as digits and mod 97 at the country's length
# decides, so only a real account is taken.
_LOOKALIKE_IBAN = re.compile(
    r"(?<![^\W_])([A-Z]{2})[ .\-]{0,2}"
    r"([0-9OlI][ .\-]{0,2}[0-9OlI](?:[ .\-]{0,2}[0-9A-Za-z]){11,32})")
# (from the digit, a look-alike letter after it or before it: a scan that stops only at digits)
_LOOKALIKE_GATE = re.compile(r"\d(?:[ .\-]?[OolI]|(?<=[OolI]\d)|(?<=[OolI][ .\-]\d))")
_LOOKALIKE_DIGITS = str.maketrans("OolI", "0011")
# "G B 4 7 B A R C 2 0 3 1 ...": an IBAN typed one capital or digit at a time, the run exactly
# its country's length. Spelling a code out like this is itself the sign; a digit mistyped so
# that mod 97 fails does not make it anyone else's account.
_SPELLED_IBAN = re.compile(r"(?<![^\W_])(?<!(?<![^\W_])[^\W_] )([A-Z]) ([A-Z]) (\d) (\d)"
                           r"((?: [0-9A-Z])++)(?![^\W_])")
_SPELLED_IBAN_GATE = re.compile(r"[A-Z](?<!\w[A-Z]) [A-Z] \d \d ")  # from the capital
# "sort 30 95 12": a UK sort code in spaced pairs after a bare "sort", in a message about money.
_SORT_SPACED = re.compile(r"(?i)\bsort\s{0,3}[:#]?\s{0,2}(\d\d \d\d \d\d)(?![ ,.\-]{0,2}\d)"
                          r"(?!\s{1,2}(?:by|in|asc|desc|ascending|descending|order|then)\b)")
_SORT_SPACED_TALK = re.compile(
    r"\bacc|a/c|\bbank|transfer|\bwire|deposit|refund|\bpay(?:ee|ment)?\b")
# "USDT (TRC20) to TXq8...gUi": a TRON address with a character outside base58 (a zero, an O, an
# I or an l mistyped), still a wallet when the message names a coin or a wallet.
_TRON_LOOSE = re.compile(r"\bT[0-9A-Za-z]{33}\b")


# "account number (the new one): 31926819", "Kontonummer für die Miete: 1002938475": a short
# aside without digits between the label and its colon, in a message about a bank, paying or
# with a sort code.
_ACCOUNT_ASIDE = re.compile(
    r"\b(?:(?:bank\s{1,2})?account\s{1,2}(?:number|no\.?|nr\.?|#)|acct\.?\s{0,2}(?:no\.?|#|number)?|"
    r"kontonummer|n[uú]mero\s{1,2}de\s{1,2}(?:cuenta|conta)|num[eé]ro\s{1,2}de\s{1,2}compte)"
    r"(?=[\s(\[,\-])[^\d:=\n]{2,30}[:=]\s{0,2}(\d(?:[ \-.]?\d){5,17})(?![\d%]|[.,]\d)")
# "account number format: 12345678": what such a number looks like, nobody's account.
_ASIDE_NOT_OWN = re.compile(r"\b(?:format\w*|example|e\.g|sample|field|length|digits|test\w*|"
                            r"ejemplo|formato|beispiel|exemple|exemplo|muster)\b")
_SORT_NEAR = re.compile(r"\bsort(?:\s{0,2}code)?\s{0,3}[:#]?\s{0,2}\d")


# "my $-tag on the green app: j o r d a n f i x e s", "revtag is miaplants": a payment app's
# user tag named as such, then its value, joined or typed one letter at a time.
_TAG_VALUE = re.compile(
    r"(?<!\w)(?:\$\s?-?\s?tag|cash\s?-?tag|rev\s?-?tag|wise\s?-?tag|zelle\s?tag|"
    r"(?:venmo|paypal|revolut|monzo)\s{1,2}(?:tag|handle|user\s?name))s?\b"
    r"[^\n:=$@.!?]{0,40}?(?:[:=]|\b(?:is|es|ist|est|\u00e9)\b)\s{0,2}[@$]?\s{0,2}"
    r"([a-z0-9](?: [a-z0-9]){3,30}|[a-z][a-z0-9_\-]{2,30})(?![\w\-])")


def _payment_tags(views: Views, low: str) -> list[Finding]:
    """A payment tag named by its word and then given, spaced letters joined."""
    out = []
    for m in _TAG_VALUE.finditer(low):
        value = m.group(1).replace(" ", "")
        if len(value) < 4 or value in COMMON or value.isdigit():
            continue
        out.append(Finding("payment", *views.canon.span(m.start(1), m.end(1)), "payment tag"))
    return out


def _more_payment(views: Views, low: str, longest: int) -> list[Finding]:
    """Look-alike and spelled-out IBANs, a spaced sort code, a mistyped TRON address."""
    out = []
    canon = views.canon
    text = canon.text
    if "tag" in low or "handle" in low or "user" in low:
        out.extend(_payment_tags(views, low))
    if (views.canon_digits >= 6 and ("account" in low or "acct" in low or "kont" in low
                                     or "mero de c" in low)
            and (_PAY_TALK.search(low) or _SORT_NEAR.search(low))):
        for m in _ACCOUNT_ASIDE.finditer(low):
            if _ASIDE_NOT_OWN.search(m.group(), 0, m.start(1)):
                continue
            start, end = canon.span(m.start(1), m.end(1))
            while views.original[end:end + 1] in ("\ufe0f", "\u20e3"):  # a keycap's marks
                end += 1
            out.append(Finding("payment", start, end, "bank account number"))
    if views.canon_digits >= 6 and _LOOKALIKE_GATE.search(text):
        for m in _LOOKALIKE_IBAN.finditer(text):
            need = IBAN_LENGTHS.get(m.group(1), 0) - 2
            body = m.group(2)
            chars = [i for i, c in enumerate(body) if c.isalnum()][:need]
            if need <= 0 or len(chars) < need or body[chars[-1] + 1:chars[-1] + 2].isalnum():
                continue
            raw = "".join(body[i] for i in chars)
            fixed = raw.translate(_LOOKALIKE_DIGITS)
            if fixed != raw and iban_ok(m.group(1) + fixed):
                out.append(Finding("payment", *canon.span(m.start(1), m.start(2) + chars[-1] + 1),
                                   "IBAN"))
    folded = views.folded
    ftext = folded.text
    if views.folded_digits >= 10 and _SPELLED_IBAN_GATE.search(ftext):
        for m in _SPELLED_IBAN.finditer(ftext):
            country = m.group(1) + m.group(2)
            rest = m.group(5).replace(" ", "")
            if IBAN_LENGTHS.get(country, 0) != 4 + len(rest):
                continue
            if sum(c.isdigit() for c in rest) * 2 >= len(rest) and _not_placeholder(rest):
                out.append(Finding("payment", *folded.span(m.start(), m.end()), "IBAN"))
    if "sort" in low and views.canon_digits >= 6 and _SORT_SPACED_TALK.search(low):
        out.extend(Finding("payment", *canon.span(m.start(1), m.end(1)), "bank code")
                   for m in _SORT_SPACED.finditer(text))
    if longest >= 34 and _WALLET_WORDS.search(ftext):
        out.extend(Finding("payment", *folded.span(m.start(), m.end()), "crypto wallet")
                   for m in _TRON_LOOSE.finditer(ftext) if _mixed(m.group()))
    return out
