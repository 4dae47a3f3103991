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
_UNIT = (r"(?i:,?\s{1,3}(?:apt|apartment|suite|ste|unit|flat|floor|fl|#|no|bldg|building|"
         r"piso|andar|etage|stock|appt?|depto|dpto)\.?\s{0,2}#?\s{0,2}[A-Za-z0-9\-]{1,6})?")
_CITY_TAIL = (r"(?:,\s{0,3}[A-Z][A-Za-z.'\-]{1,30}(?:\s{1,2}[A-Z][A-Za-z.'\-]{0,30}){0,3}"
              r"(?:,\s{0,3}[A-Z]{2})?(?:\s{1,3}\d{4,5}(?:-\d{4})?)?)?")
_EN = re.compile(
    r"(?<![\w/.,-])(?:\d{1,4}[A-Za-z]?/)?\d{1,6}[A-Za-z]?\s{1,3}(?:" + _NAME +
    r"\s{1,3}){1,4}?(?i:" + _SUFFIX + r")\b\.?" + _UNIT + _CITY_TAIL)
_PREFIX_TYPES = (r"calle|c/|avenida|avda|av|paseo|plaza|pza|carrera|carretera|camino|"
                 r"rua|r\.|travessa|tv|alameda|al\.|pra[cç]a|estrada|largo|rodovia|"
                 r"rue|boulevard|bd|bld|avenue|chemin|all[ée]e|impasse|quai|route|cours|"
                 r"via|viale|piazza|corso")
_PREFIXED = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3}"
    r")?(?:" + _NAME + r"\s{0,3}){1,4}?,?\s{0,3}(?:n[°ºo.]?\s{0,2})?\d{1,5}[A-Za-z]?\b" + _UNIT)
_NUM_FIRST = re.compile(
    r"(?i)\b\d{1,5}(?:\s{0,2}(?:bis|ter))?,?\s{1,3}(?:rue|avenue|boulevard|bd|chemin|all[ée]e|"
    r"impasse|place|quai|route|cours)\s{1,3}(?:(?:de|du|des|la|le|l')\s{0,3}){0,2}"
    r"(?:[A-Za-z][A-Za-z'\-]{1,24}\s{0,3}){1,3}")
_GERMAN = re.compile(
    r"(?i)\b[A-Za-z][A-Za-z\-]{1,30}(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|ring|damm|ufer|"
    r"chaussee|steig|pfad)\s{0,3}\d{1,4}\s{0,2}[a-z]?\b")
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


_DIGIT = re.compile(r"\d")
_CORE = re.compile(r"(?:\d+[A-Za-z]?/)?\d+[A-Za-z]?\s+(.*?)(?i:" + _SUFFIX + r")\b")
_WORDS = re.compile(r"[A-Za-z']+")
_SUFFIX_HINT = re.compile(r"(?i)\b(?:" + _SUFFIX + r")\b")


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Street address findings in the original text."""
    folded = views.folded
    text = folded.text
    out: list[Finding] = []
    if not _DIGIT.search(text):
        return out
    for m in _EN.finditer(text) if _SUFFIX_HINT.search(text) else ():
        core = _CORE.match(m.group())
        if core and _plausible(core.group(0)):
            end = len(m.group().rstrip()) + m.start()
            out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    for rx, why in ((_PREFIXED, "street address"), (_NUM_FIRST, "street address"),
                    (_GERMAN, "street address"), (_GERMAN_AM, "street address"),
                    (_POBOX, "post box"), (_UK_POSTCODE_TAIL, "street address")):
        for m in rx.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in " ,":
                end -= 1
            out.append(Finding("address", *folded.span(m.start(), end), why))
    for m in _POSTCODE_CITY.finditer(text):
        names = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        while names and names[0][1].lower() in _NOT_PLACES | _NOT_NAMES:
            names.pop(0)
        if not names or names[-1][1].lower() in _NOT_PLACES:
            continue
        start = m.start(1) + names[0][0]
        out.append(Finding("address", *folded.span(start, m.end()), "place and postcode"))
    return out
