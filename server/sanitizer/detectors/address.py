"""Street addresses: "123 Main St, Apt 4", "Calle Mayor 5", "Hauptstraße 12", "12 rue de Rivoli"."""
from __future__ import annotations

import re

from ..context import Context
from ..normalize import Views
from ..types import Finding

_NAME = r"[A-Za-z0-9][A-Za-z0-9'.\-]{0,24}"
_SUFFIX = (r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|"
           r"place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl|"
           r"crescent|close|alley|row|plaza|loop|pike|grove|gardens|gdns|mews|rise|heights|wharf|"
           r"parade|esplanade")
_UNIT = (r"(?i:,?\s{1,3}(?:(?:apto|apartment|apt|suite|ste|unit|flat|floor|fl|#|no|bldg|"
         r"building|piso|andar|etage|stock|appt?|ap|bloco|casa|sala|conj|depto|dpto)\.?\s{0,2}#?"
         r"\s{0,2}[A-Za-z0-9\-]{1,6}|\d{1,2}\s?[ºª°oa]\.?\s{0,2}(?:izq(?:uierda)?|dcha|der(?:echa)?|"
         r"[a-z])?\b)){0,2}")
_CITY_TAIL = (r"(?:,\s{0,3}[A-Z][A-Za-z.'\-]{1,30}(?:\s{1,2}[A-Z][A-Za-z.'\-]{0,30}){0,3}"
              r"(?:,\s{0,3}[A-Z]{2})?(?:\s{1,3}\d{4,5}(?:-\d{4})?)?)?")
_EN = re.compile(
    r"(?<![\w/.,-])(?:\d{1,4}[A-Za-z]?/)?\d{1,6}[A-Za-z]?\s{1,3}(?:" + _NAME +
    r"\s{1,3}){1,4}?(?i:" + _SUFFIX + r")\b\.?(?:\s{1,2}(?:[NSEW]|[NS][EW])\b\.?)?" + _UNIT +
    _CITY_TAIL)
_PREFIX_TYPES = (r"jir[oó]n|jr\.(?=\s{1,3}(?:(?:de|del)\s{1,3}(?:(?:la|los|las)\s{1,3})?)?"
                 r"(?-i:[A-Z]))|pasaje|psje|calzada|"
                 r"calle|c/|avenida|avda|av|paseo|plaza|pza|carrera|carretera|camino|"
                 r"rua|r\.|travessa|tv|alameda|al\.|pra[cç]a|estrada|largo|rodovia|"
                 r"rue|boulevard|bd|bld|avenue|chemin|all[ée]e|impasse|quai|route|cours|"
                 r"via|viale|piazza|corso")
_PREFIXED = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3}"
    r")?(?:" + _NAME + r"\s{0,3}){1,4}?,?\s{0,3}(?:n[°ºo.]?\s{0,2}|#\s{0,2})?\d{1,5}[A-Za-z]?"
    r"(?:-\d{1,4})?\b" + _UNIT)
_NUM_FIRST = re.compile(
    r"(?i)\b\d{1,5}(?:\s{0,2}(?:bis|ter))?,?\s{1,3}(?:rue|avenue|boulevard|bd|chemin|all[ée]e|"
    r"impasse|place|quai|route|cours)\s{1,3}(?:(?:de|du|des|la|le|l')\s{0,3}){0,2}"
    r"(?:[A-Za-z][A-Za-z'\-]{1,24}\s{0,3}){1,3}")
_GERMAN = re.compile(
    r"(?i)\b[A-Za-z][A-Za-z\-]{1,30}(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|ring|damm|ufer|"
    r"chaussee|steig|pfad)\s{0,3}\d{1,4}\s{0,2}[a-z]?\b(?:/\d{1,4}){0,3}")
# "Sendlinger Straße 7", "Berliner Allee 12": the street word apart from its name.
_GERMAN_TWO = re.compile(
    r"\b[A-Z][A-Za-z\-]{1,30}\s(?:Stra(?:ss|ß)e|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee|"
    r"Steig|Pfad)\s{0,3}\d{1,4}\s{0,2}[a-z]?\b(?:/\d{1,4}){0,3}")
_GERMAN_AM = re.compile(
    r"\b(?:Am|An\s{1,2}der|Auf\s{1,2}der|Im|Zum|Zur)\s{1,2}(?=[A-Z])[A-Za-z\-]{0,20}?(?i:markt|platz|ring|"
    r"hang|berg|bach|hof|park|anger|graben|wall|tor|feld|garten|weg|see|hain|wald|kamp|deich)"
    r"\s{1,2}\d{1,4}[a-z]?\b")
_POBOX = re.compile(
    r"(?i)\b(?:p\.?\s{0,2}o\.?\s{0,2}box|post\s{0,2}office\s{0,2}box|postfach|apartado(?:\s"
    r"de\s correos)?|caixa\s{1,2}postal|bo[iî]te\s{1,2}postale|bp)\s{0,3}\d{1,8}")
# "Birkenhof 3, 34117 Kassel", "Keizersgracht 221, 1016 DV Amsterdam", "Quinta do Lago 22,
# 8135-024 Almancil": a capitalised place name, a house number, then a postcode and a city,
# with no street word at all. Years are not postcodes; business nouns are not place names.
_CAP = r"[A-Z][A-Za-z'\-]{1,30}"
_LINK = r"(?:de|del|da|do|dos|das|la|le|les|los|las|des|du|van|von|der|den|am|an)"
_POSTCODE_CITY = re.compile(
    r"(?<![\w.\-])(" + _CAP + r"(?:\s{1,2}(?:" + _CAP + r"|" + _LINK + r")){0,4})\s{1,3}"
    r"(\d{1,5}\s?[a-zA-Z]?),?\s{1,3}"
    r"(\d{5}(?:-\d{3})?|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|(?!19\d\d|20\d\d)\d{4})"
    r",?\s{1,3}[A-Z][A-Za-z\-]{2,30}\b")
_UK_POSTCODE_TAIL = re.compile(
    r"(?<![\w.\-])\d{1,4}[A-Za-z]?\s{1,3}(?:" + _CAP + r"\s{1,2}){1,3}?" + _CAP + r",?\s{1,3}"
    r"(?:" + _CAP + r"\s{1,2}){1,2}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# Japanese block addresses: "3-14-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
# "〒150-0002", "東京都渋谷区渋谷2-21-1".
_JP_HINT = re.compile(r"(?i)-(?:ku|shi|cho|machi|gun)\b|chome|〒|[都道府県市区町村]")
_JP_LATIN = re.compile(
    r"(?<![\w\-])(?:\d{1,4}(?:-\d{1,4}){1,2}|\d{1,2}-?chome(?:-\d{1,4}){1,2}),?\s{1,3}"
    r"(?:[A-Z][a-z]{1,20}(?:-[A-Za-z]{1,20})?,?\s{1,3}){0,3}?[A-Z][a-z]{1,20}-(?:ku|shi|cho|machi|gun)\b"
    r"(?:,?\s{1,3}[A-Z][a-z]{1,20}(?:-(?:to|fu|ken|shi))?){0,2}(?:,?\s{1,3}〒?\s?\d{3}-\d{4}\b)?")
_JP_WARD_FIRST = re.compile(
    r"(?<![\w\-])[A-Z][a-z]{1,20}-(?:ku|shi|cho|machi|gun),?\s{1,3}(?:[A-Z][a-z]{1,20},?\s{1,3}){0,2}?"
    r"[A-Z][a-z]{1,20}(?:-[A-Za-z]{1,20})?,?\s{1,3}(?:\d{1,4}(?:-\d{1,4}){1,2}|\d{1,2}-?chome"
    r"(?:-\d{1,4}){1,2})(?![\w\-])")
_JP_POSTMARK = re.compile(r"〒\s?\d{3}-?\d{4}")
_JP_KANJI = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff]{1,12}[都道府県市区町村郡][\u3040-\u30ff\u4e00-\u9fff]{0,12}"
    r"\d{1,4}(?:(?:[-−ー]|丁目|番地?|号)\d{1,4}){1,3}[号]?")
# Indian addresses: "Flat 402, Sai Krupa Apartments, 12th Cross, Indiranagar, Bengaluru 560038".
_IN = re.compile(
    r"(?i:\b(?:flat|plot|house|h\.?\s?no|door|d\.?\s?no|shop|villa)\.?\s{0,2}(?:no\.?\s{0,2})?#?"
    r"\s{0,2}[a-z]?\d[\w/\-]{0,10}),?\s{1,3}(?:[^\n,]{2,40},\s{0,3}){1,5}?"
    r"([A-Z][A-Za-z]{2,20}(?:\s[A-Z][a-z]{2,20})?)\s{0,3}(?:-\s{0,2})?[1-9]\d{2}\s?\d{3}(?!\d)")
# After a street: "- Consolação, São Paulo - SP, 01304-001", "Toronto ON M5H 2N2",
# "near Trinity Metro, Bengaluru 560001": district, landmark, city, state, postcode.
_TAIL = re.compile(
    r"(?:(?:\s{0,3}[,\-–(/]\s{0,3}|\s{1,3})(?:(?i:near|opp\.?|opposite|behind|beside|zip|plz|"
    r"cep|cp|pin|postcode|postleitzahl|code\s?postal|c\.p\.?)\s{0,2}:?\s{0,2})?"
    r"(?:[A-Z][\w'.]{0,30}|\d{3,6}(?:-\d{3,4})?|\d[A-Z]{1,2}\d?\b|de|do|da|dos|das|del|di)\)?){1,7}")
_POSTCODE = re.compile(r"\d{5}-\d{3}|\d{3}-\d{4}|\d{4,6}|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
                       r"\b[A-Z]\d{4}[A-Z]{3}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")


def _with_tail(text: str, end: int) -> int:
    """Extend an address over the district, city and postcode that follow it."""
    back = end
    while back > 0 and text[back - 1].isalnum() and text[back:back + 1].isalnum():
        back -= 1  # "Ottawa ON K" stopped inside "K1N 6N5"
    if back < end and text[back - 1:back].isspace():
        back -= 1
    m = _TAIL.match(text, back)
    if m is None:
        return end
    codes = list(_POSTCODE.finditer(m.group()))
    if not codes:
        return end
    stop = back + codes[-1].end()
    if stop <= end:
        return end
    return stop + 1 if text[stop:stop + 1] == ")" and "(" in text[end:stop] else stop


# "Plot 22, Admiralty Way", "No. 5, Allen Avenue": the unit number first, then the street.
_UNIT_FIRST = re.compile(
    r"(?i:\b(?:(?:plot|flat|house|block|blk|lot|no\.?|suite|unit|shop)\s{0,2}#?\s{0,2}\d{1,5}"
    r"[A-Za-z]?,?\s{1,3}){1,2})(?:" + _NAME + r"\s{1,3}){1,4}?(?i:" + _SUFFIX + r")\b\.?")


_NOT_PLACES = {
    "version", "phase", "step", "page", "chapter", "room", "lot", "item", "order", "invoice",
    "ticket", "week", "day", "model", "size", "section", "part", "level", "floor", "table",
    "figure", "fig", "batch", "issue", "sprint", "release", "season", "episode", "unit",
    "line", "row", "box", "case", "option", "plan", "tier", "stage", "round", "game", "match",
    "rechnung", "bestellung", "pedido", "factura", "fatura", "commande", "facture", "seite",
    "pagina", "woche", "semana", "semaine", "kapitel", "capitulo", "chapitre", "nr", "no",
}
_NOT_NAMES = {
    "minutes", "minute", "min", "mins", "hours", "hour", "hrs", "days", "day", "weeks", "week",
    "months", "years", "miles", "mile", "km", "kms", "blocks", "block", "minute's", "star",
    "stars", "the", "a", "an", "in", "of", "to", "for", "and", "on", "at", "my", "your", "our",
    "more", "less", "times", "people", "kids", "cars", "lanes", "way", "ways", "step", "steps",
    "points", "percent", "x", "by", "per", "or", "with", "from", "is", "are", "was", "it",
    "we", "you", "they", "i", "he", "she", "will", "can", "then", "so", "if", "when", "all",
    "pm", "am", "h", "o'clock", "oclock", "sec", "seconds", "items", "pages",
}


def _plausible(match: str) -> bool:
    words = _WORDS.findall(match)
    inner = [w.lower() for w in words[:-1]]
    return not any(w in _NOT_NAMES for w in inner)


# Street types that are also everyday words ("via email", "route 66") need a capitalised name.
_LOWER_TYPES = frozenset({"via", "route", "cours", "largo", "al", "tv", "r", "c", "bd", "camino",
                          "paseo", "plaza", "avenue"})
_TOKENS = re.compile(r"[^\W_]+")


def _prefixed_ok(match: str) -> bool:
    """"Via Roma 12", "calle de la Paz 5"; not "via the platform's calendar, 30" or "via DHL 2"."""
    if not _plausible(match):
        return False
    tokens = _TOKENS.findall(match)
    if len(tokens) < 2 or tokens[0].lower() not in _LOWER_TYPES:
        return True
    return any(t[:1].isupper() and t[1:2].islower() for t in tokens[1:])


_DIGIT = re.compile(r"\d")
_CORE = re.compile(r"(?:\d+[A-Za-z]?/)?\d+[A-Za-z]?\s+(.*?)(?i:" + _SUFFIX + r")\b")
_WORDS = re.compile(r"[A-Za-z']+")
# Cheap gates: the words (lowercase letter runs) a pattern cannot match without.
_WORD_RE = re.compile(r"[a-z]+")
_SUFFIX_WORDS = frozenset(_SUFFIX.split("|"))
_PREFIX_WORDS = frozenset({
    "jiron", "jr", "pasaje", "psje", "calzada", "calle", "c", "avenida", "avda", "av", "paseo",
    "plaza", "pza", "carrera", "carretera",
    "camino", "rua", "r", "travessa", "tv", "alameda", "al", "praca", "estrada", "largo",
    "rodovia", "rue", "boulevard", "bd", "bld", "avenue", "chemin", "allee", "impasse", "quai",
    "route", "cours", "via", "viale", "piazza", "corso"})
_NUM_FIRST_WORDS = frozenset({"rue", "avenue", "boulevard", "bd", "chemin", "allee", "impasse",
                              "place", "quai", "route", "cours"})
_GERMAN_KEYS = ("stra", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer",
                "chaussee", "steig", "pfad")
_AM_KEYS = ("Am", "An ", "Auf ", "Im ", "Zum ", "Zur ")
_POBOX_WORDS = frozenset({"box", "pobox", "postfach", "apartado", "caixa", "boite", "bp"})
_UNIT_FIRST_WORDS = frozenset({"plot", "flat", "house", "block", "blk", "lot", "no", "suite",
                               "unit", "shop"})
_IN_WORDS = frozenset({"flat", "plot", "house", "door", "shop", "villa", "hno", "dno"})
_JP_KEYS = ("-ku", "-shi", "-cho", "-machi", "-gun", "chome")


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Street address findings in the original text."""
    folded = views.folded
    text = folded.text
    out: list[Finding] = []
    if not _DIGIT.search(text):
        return out
    low = views.lower
    words = set(_WORD_RE.findall(low))
    suffixed = not _SUFFIX_WORDS.isdisjoint(words)
    for m in _EN.finditer(text) if suffixed else ():
        core = _CORE.match(m.group())
        if core and _plausible(core.group(0)):
            end = _with_tail(text, len(m.group().rstrip()) + m.start())
            out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    patterns = []
    if not _PREFIX_WORDS.isdisjoint(words):
        patterns.append((_PREFIXED, "street address"))
    if not _NUM_FIRST_WORDS.isdisjoint(words):
        patterns.append((_NUM_FIRST, "street address"))
    if any(k in low for k in _GERMAN_KEYS):
        patterns.append((_GERMAN, "street address"))
        patterns.append((_GERMAN_TWO, "street address"))
    if any(k in text for k in _AM_KEYS):
        patterns.append((_GERMAN_AM, "street address"))
    if not _POBOX_WORDS.isdisjoint(words):
        patterns.append((_POBOX, "post box"))
    patterns.append((_UK_POSTCODE_TAIL, "street address"))
    if suffixed and not _UNIT_FIRST_WORDS.isdisjoint(words):
        patterns.append((_UNIT_FIRST, "street address"))
    for rx, why in patterns:
        for m in rx.finditer(text):
            if rx is _UNIT_FIRST and not _plausible(m.group()):
                continue
            if rx is _PREFIXED and not _prefixed_ok(m.group()):
                continue
            end = m.end()
            while end > m.start() and text[end - 1] in " ,":
                end -= 1
            if rx is not _POBOX:
                end = _with_tail(text, end)
            out.append(Finding("address", *folded.span(m.start(), end), why))
    for m in _POSTCODE_CITY.finditer(text):
        names = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        while names and names[0][1].lower() in _NOT_PLACES | _NOT_NAMES:
            names.pop(0)
        if not names or names[-1][1].lower() in _NOT_PLACES:
            continue
        start = m.start(1) + names[0][0]
        out.append(Finding("address", *folded.span(start, m.end()), "place and postcode"))
    if any(k in low for k in _JP_KEYS) or (not text.isascii() and _JP_HINT.search(text)):
        for rx in (_JP_LATIN, _JP_WARD_FIRST, _JP_POSTMARK, _JP_KANJI):
            for m in rx.finditer(text):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if not _IN_WORDS.isdisjoint(words) or ("no" in words and ("h" in words or "d" in words)):
        for m in _IN.finditer(text):
            if m.group(1).split()[0].lower() not in _NOT_PLACES:
                end = _with_tail(text, m.end())
                out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    return out
