"""Parts of an address given apart from a street: postcodes named as such ("zip", "PLZ", "CEP",
"code postal", "CP", "postcode") in digits, number words or spaced; post boxes in five
languages; a home's coordinates in any sign and width; plus codes and what3words said
loosely; the town and postcode that come with an address found elsewhere in the message.

Called once per view from ``address.detect`` with what the other address patterns found."""
from __future__ import annotations

import re
from functools import cache

from ..normalize import Views
from ..types import Finding


@cache
def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """Patterns used inline, compiled once: the shared ``re`` cache can be crowded out."""
    return re.compile(pattern, flags)


def _search(p, s, flags=0):
    return _rx(p, flags).search(s)


def _match(p, s, flags=0):
    return _rx(p, flags).match(s)


def _fullmatch(p, s, flags=0):
    return _rx(p, flags).fullmatch(s)


def _findall(p, s, flags=0):
    return _rx(p, flags).findall(s)


def _sub(p, r, s, flags=0):
    return _rx(p, flags).sub(r, s)


# --- postcodes named as such ---------------------------------------------------------------

_LABEL = (r"zip\s{0,2}codes?|zipcode|zip|postal\s{1,2}codes?|post\s?codes?|postleitzahl|plz|"
          r"code\s{1,2}postal|c[oó]digo[\s\-]{1,2}postal|"
          r"code\s{1,2}(?:for|of)\s{1,2}(?:my|our)\s{1,2}(?:street|house|address|place|flat)|cod\.?\s{0,2}postal|c\.\s?p\.|cp|cep|"
          r"(?-i:CAP)|pin\s?code|postnummer|postnr")
# Between the name and the code: "is", ":", "de mi casa es", "c'est le".
_FILLER = r"[^\d\n.!?;()]{0,28}?"
# Codes of the countries asked for: UK, Canada, the Netherlands, digits (US ZIP and ZIP+4,
# Germany, France, Spain, Italy, Mexico, Brazil's CEP, Portugal, Australia...), said digit by
# digit with spaces, dots or dashes between, or with a letter O or l typed for a digit.
_VALUE = (r"(?P<v>[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}|[A-Z]\d[A-Z]\s{0,2}\d[A-Z]\d|"
          r"\d{4}\s?(?-i:[A-Z]{2})(?![\w])|"
          r"[\dOolI](?:[ .\-\u2013]{0,3}(?:\d|[OolI](?=[\dOolI ]))){3,8}|"
          r"(?:\d|un)(?:\s{1,2}(?:\d|un)\b){3,8})")
_LABELLED = re.compile(
    r"(?i)(?<![\w\-])(?P<label>" + _LABEL + r")(?![\w\-])(?P<fill>" + _FILLER + r")"
    + _VALUE + r"(?![\w])")
# "m5v 3l9 is my postal code": the code first.
_LABELLED_AFTER = re.compile(
    r"(?i)(?<![\w\-])(?P<v>[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}|[A-Z]\d[A-Z]\s{0,2}\d[A-Z]\d|"
    r"\d{5}(?:-\d{3,4})?|\d{4}-\d{3})\s{1,2}(?:is|es|é|ist|est|c'est)\s{1,2}(?:my|our|mi|meu|"
    r"minha|mon|ma|notre|meine|unsere|nuestro)\s{1,2}(?:" + _LABEL + r")\b")
_LABEL_HINT = re.compile(r"zip|post|plz|c[oó]d|cp|cep|cap|pin\s?code|c\.\s?p\.")
# The code belongs to a form, a list, a range or a freight question, not to the writer.
_NOT_OWN_AROUND = re.compile(
    r"(?i)\b(?:field|fields|format|formats|valid\w*|example|e\.g|sample|placeholder|regex|feld|"
    r"campo|champ|formul\w*|lookup|api|list|liste|lista|range|area|areas|codes|like|"
    r"such\s{1,2}as|test|tests|dummy|fake|file|files|folder|archive|study|[ée]tude|studie|"
    r"estudio|estudo|market|march[ée]|mercado|markt|statist\w*|data|dataset|daten|datos|dados|"
    r"correspond\w*|entspricht|means|covers|zone|zona|arrondissement|district|bezirk|"
    r"region|r[ée]gion)\b")
_FREIGHT = re.compile(
    r"(?i)\b(?:ship|shipping|deliver|delivers|delivery|freight|quote|cost|costs|frete|entreg\w*|"
    r"env[ií]\w*|liefer\w*|versand\w*|livr\w*|porto|flete|cotiz\w*|cota\w*|tarif\w*|"
    r"how\s{1,2}much|cu[aá]nto|quanto|wie\s{1,2}viel|combien)\b")
_OWN = re.compile(
    r"(?i)\b(?:my|our|i'?m|i\s{1,2}am|we'?re|live|home|house|flat|mi|mis|mein\w{0,2}|"
    r"unser\w{0,2}|meu|minha|nosso|nossa|mon|ma|notre|nuestr[oa]|vivo|moro|wohne|habite|"
    r"j'habite|chez\s{1,2}moi|casa|haus|maison|ich|je|yo|eu)\b")
_RANGE_AFTER = re.compile(
    r"\s{0,2}(?:[\-\u2013/]|to|through|thru|bis|a|à|até|hasta|and|und|y|e|et|or|oder|o|ou)"
    r"\s{0,2}\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _labelled(views: Views, found_address: bool) -> list[Finding]:
    canon = views.canon
    text = canon.text
    low = views.canon_lower
    if not _LABEL_HINT.search(low):
        return []
    out = []
    own = freight = None
    for n, m in enumerate(_LABELLED.finditer(text)):
        if n >= 24:
            break  # a list of codes, not one's own
        if own is None:
            own = _OWN.search(text) is not None
            freight = _FREIGHT.search(text) is not None
        label = m.group("label").lower()
        value = m.group("v")
        fill = m.group("fill")
        digits = _digits(value)
        uns = len(_findall(r"\bun\b", value))
        letters = sum(c.isalpha() for c in value) - uns * 2
        if uns and digits < 3:
            continue
        digits += uns
        if label in ("zip",) and _match(r"\s{0,2}(?:file|folder|archive|of)\b", fill, re.I):
            continue
        if label.endswith("s") and not label.endswith("ss"):
            continue  # "zip codes 94102 through 94134": codes of an area
        if digits < 2 or (letters == 0 and digits < 4) or (letters < 0 and digits < 3):
            continue
        if letters == 0 and digits > 9:
            continue
        if any(c in "OolI" for c in value) and (digits < 3 or not value[:1].isdigit()):
            continue
        if label in ("cp", "cap", "c.p.", "c. p.") and letters == 0 and digits != 5:
            continue  # "CP-2231": a cost centre
        if fill.strip() and not _fullmatch(
                r"(?i)\s{0,2}(?:'s|:|=|#|-|is|es|ist|est|é|e|lautet|c'est(?:\s{1,2}le)?|"
                r"(?:is|es|é|ist|est)?\s{0,2}(?:el|o|la|le|die)|"
                r"(?:de|of|da|do|von|du|for)\s{1,2}\w{1,8}\s{1,2}\w{2,12}\s{0,2}"
                r"(?:is|es|é|ist|est|:|=)|"
                r"(?:at|in|em|en|na|no)\s{1,2}(?:my|mi|meu|minha|mon|ma|mein\w{0,2})\s{1,2}"
                r"\w{2,12}\s{0,2}(?:is|es|é|ist|est|:)?|"
                r"(?:of|for)\s{1,2}(?:my|our)\s{1,2}\w{2,12}(?:\s{1,2}is|:)?)"
                r"(?:\s{0,2}:)?\s{0,3}", fill):
            continue
        if letters == 0 and digits == 4 and _YEAR.fullmatch(value.strip()) and not own:
            continue
        if _RANGE_AFTER.match(text, m.end()) and not found_address:
            continue
        if not found_address:
            around = text if len(text) < 300 else text[max(0, m.start() - 80):m.end() + 80]
            if _NOT_OWN_AROUND.search(around):
                continue
            if freight and not own:
                continue
            if freight and text.rstrip().endswith("?") and "my" not in low.split():
                continue
        out.append(Finding("address", *canon.span(m.start("v"), m.end("v")), "post code"))
    for m in _LABELLED_AFTER.finditer(views.folded.text):
        out.append(Finding("address", *views.folded.span(m.start("v"), m.end("v")),
                           "post code"))
    return out


# --- the town and postcode that come with an address -----------------------------------------

# "Tacoma WA 98401", "Springfield, IL 62704-1101", "Fitzroy VIC 3065", "London NW1 6XE",
# "Toronto ON M5V 3L9", "SF 94110": a town, maybe a state, then its code.
_TOWN_CODE = re.compile(
    r"(?<![\w\-])(?:[A-Z][a-z'\-]{1,24}(?:\s{1,2}[A-Z][a-z'\-]{1,24}){0,2}\s{0,2},?\s{1,2})?"
    r"(?:[A-Z]{2,3}\.?,?\s{1,2}(?:\d{5}(?:-\d{4})?|\d{4})|"
    r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
    r"(?![\w\-])")
# "sf ca 94102", "austin tx 78701": typed in small letters.
_TOWN_CODE_LOWER = re.compile(
    r"(?<![\w\-])[a-z]{2,20}(?:\s[a-z]{2,20})?,?\s{1,2}[a-z]{2},?\s{1,2}\d{5}(?:-\d{4})?(?![\w\-])")
# "80331 München", "D-80331 München", "4001-001 Porto", "1016 DV Amsterdam", "01310-200".
_CODE_TOWN = re.compile(
    r"(?<![\w\-])(?:[A-Z]{1,2}-)?(?:\d{5}(?:-\d{3})?|\d{4}-\d{3}|\d{4}\s?[A-Z]{2})"
    r"(?:\s{1,2}[A-Z][\w'\-]{1,30}(?:\s{1,2}[A-Z][\w'\-]{1,30})?)?(?![\w\-])")


# Words before a number that make it no town's postcode: "Order 12345", "Invoice 4471".
_NOT_TOWNS = frozenset({
    "order", "invoice", "ticket", "ref", "item", "sku", "po", "no", "nr", "number", "case",
    "room", "page", "version", "model", "part", "account", "acct", "iban", "tel", "phone",
    "fax", "mobile", "cell", "pedido", "factura", "fatura", "rechnung", "bestellung",
    "commande", "facture", "total", "price", "cost", "usd", "eur", "gbp", "box", "unit",
    "suite", "apt", "flat", "floor", "the", "and", "or", "between", "from", "to", "step"})


# "i'm in cardiff, cf10 1ep", "we're based in Austin, 78701": one's own town and its code.
_OWN_TOWN_CODE = re.compile(
    r"(?i:\b(?:i'?m|we'?re|i\s{1,2}am|we\s{1,2}are|(?:i|we)\s{1,2}live|based|located)"
    r"\s{1,2}(?:in|at)\s{1,2})[A-Za-z][a-z'\-]{2,24}(?:\s[A-Za-z][a-z'\-]{2,24})?,?\s{1,2}"
    r"(?P<v>(?i:[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d)|\d{5}(?:-\d{4})?)"
    r"(?=\s{0,2}(?:[,.;!)]|$))")


_CODE_SHAPE = re.compile(r"\d{4}|[A-Z]\d[A-Z]|\d[A-Z]{2}\b")


def _companions(views: Views, found: list[Finding]) -> list[Finding]:
    """Once an address is found, the town with its postcode elsewhere in the message."""
    folded = views.folded
    text = folded.text
    out = []
    spans = [(f.start, f.end) for f in found][:64]
    seen = set()
    matches = []
    for n, code_shape in enumerate(_CODE_SHAPE.finditer(text)):
        if n >= 24:
            break  # a list of figures, not one address: the first few are enough
        lo = max(0, code_shape.start() - 60)
        hi = min(len(text), code_shape.end() + 35)
        for rx in (_TOWN_CODE, _CODE_TOWN, _TOWN_CODE_LOWER):
            for m in rx.finditer(text, lo, hi):
                if (m.end() > code_shape.start() and m.start() < code_shape.end()
                        and m.span() not in seen):
                    seen.add(m.span())
                    matches.append(m)
    for m in matches:
        g = m.group()
        if _digits(g) < 4 or not any(c.isdigit() for c in g[-6:] + g[:8]):
            continue
        code = _search(r"\d[\d\-]*", g).group()
        if not _search(r"[A-Za-z]", g) and "-" not in code:
            continue  # a number alone: a price, an order
        first = _match(r"[A-Za-z']*", g).group().lower()
        if first in _NOT_TOWNS:
            continue
        if _YEAR.fullmatch(code) and not _search(r"[A-Za-z]", g.replace(code, "")):
            continue
        s, e = folded.span(m.start(), m.end())
        if any(a <= s and e <= b for a, b in spans):
            continue
        out.append(Finding("address", s, e, "town and post code"))
    return out


# --- post boxes --------------------------------------------------------------------------

_POBOX = re.compile(
    r"(?i)\b(?:p\.?\s{0,2}o\.?\s{0,2}b(?:ox)?\.?|pobox|post\s{0,2}office\s{0,2}box|postfach|"
    r"apdo\.?|aptdo\.?|cx\.?\s{1,2}postal|"
    r"apartado(?:\s{1,2}de\s{1,2}correos|\s{1,2}postal)?|caixa\s{1,2}postal|"
    r"bo[iî]te\s{1,2}postale|casilla(?:\s{1,2}(?:postal|de\s{1,2}correos?))?|postbus|"
    r"(?<=\bto\s)box|(?<=\bat\s)box)"
    r"(?:,?\s{0,2}(?:number|nummer|n[uú]mero|num[ée]ro|no\.?|n[º°o]\.?|nr\.?|num\.?|#|:))?"
    r"(?:\s{1,2}(?:is|es|é|ist|est)(?:\s{1,2}(?:el|o|la|le|die))?)?\s{0,2}"
    r"(?P<v>\d(?:[ .\-]?\d){1,7})(?![\d/])")
_POBOX_HINT = re.compile(r"box|postfach|apartado|caixa|bo[iî]te|casilla|postbus|"
                         r"p\.?\s?o\.?\s?b|apdo|aptdo|cx\.?\s{1,2}postal")
_SECTION = re.compile(r"(?i)apartado\s{0,2}\d{1,2}(?:\.\d)?\s{1,2}(?:del?|da|do|of)\b")


def _post_boxes(views: Views) -> list[Finding]:
    canon = views.canon
    text = canon.text
    low = views.canon_lower
    if not _POBOX_HINT.search(low):
        return []
    out = []
    for m in _POBOX.finditer(text):
        head = m.group()[:m.start("v") - m.start()].lower()
        if head.rstrip(" :#").endswith("box") and head.startswith("box"):
            # "to box 7731, Tacoma": a bare box only with a town after it and three digits
            if _digits(m.group("v")) < 3 or not _match(r",?\s{0,2}[A-Z][a-z]{2,}",
                                                          text[m.end():m.end() + 20]):
                continue
        if _digits(m.group("v")) < 2 or _match(r"\s{1,2}(?:do|da|del|de|of|des|du)\b",
                                                  text[m.end():m.end() + 5]):
            continue  # "caixa postal 3 do manual": a section
        if _fullmatch(r"\d{1,3}(?:\.\d{1,3})+", m.group("v")):
            continue  # "apartado 4.2": a section
        if _SECTION.match(text, m.start()) or text[m.end():m.end() + 2].startswith("."):
            continue  # "apartado 4.2", "apartado 3 del contrato"
        out.append(Finding("address", *canon.span(m.start(), m.end()), "post box"))
    return out


# --- coordinates -------------------------------------------------------------------------

_NUM = r"[\-+\u2212]?\s?\d{1,3}(?:[.,]\d{3,8})"
_DMS = (r"\d{1,3}\s?°\s?\d{1,2}\s?['\u2032\u2019]\s?(?:\d{1,2}(?:[.,]\d{1,4})?\s?"
        r"(?:\"|\u2033|''|\u201d)?)?|\d{1,3}\s?°\s?\d{1,2}[.,]\d{1,5}\s?['\u2032\u2019]?")
_HEMI = r"(?:[NSEWO]\b)"
_AXIS = (r"(?i:lat(?:itude|itud|itudine)?|breite|lon(?:g(?:itude|itud)?)?|lng|l[äa]nge)"
         r"\.?\s{0,2}[:=]?\s{0,2}")
_ATOM = (r"(?:" + _HEMI + r"\s{0,2})?(?:" + _DMS + r"|" + _NUM + r"\s?°?)(?:\s{0,2}" + _HEMI
         + r")?")
_COORDS = re.compile(
    r"(?<![\w.,])(?:" + _AXIS + r")?(?P<a>" + _ATOM + r")"
    r"(?:\s{0,2}[,;/|]\s{0,2}|\s{1,3}(?:by|and|y|e|et|und|x)\s{1,3}|\s{1,3})"
    r"(?:" + _AXIS + r")?(?P<b>" + _ATOM + r")(?![\w]|[.,]\d)")
_COORD_HINT = re.compile(
    r"[.,]\d{3,8}\s{0,3}(?:°|[NSEWO]\b|[,;/]\s{0,3}[\-+\u2212]?\d{1,3}[.,]\d|"
    r"\s[\-+\u2212]?\d{1,3}[.,]\d|[,;/]?\s{0,3}(?i:lon|lng|long|longitud|longitude|by|and|y|e|"
    r"et|und|x)\b)|\d\s?°")
# Where the writer lives or works, or the pair named as a position.
_PLACE_CUE = re.compile(
    r"(?i)\b(?:house|home|place|flat|apartment|door|gate|farm|cabin|yard|driveway|garage|"
    r"workshop|barn|shed|cottage|caravan|plot|casa|piso|finca|sitio|s[ií]tio|chacra|fazenda|"
    r"quinta|haus|wohnung|hof|maison|ferme|chalet|apartamento|live|lives|vivo|vivimos|moro|"
    r"moramos|wohne|wohnen|habite|j'habite|chez\s{1,2}moi|chez\s{1,2}nous|bei\s{1,2}mir|"
    r"bei\s{1,2}uns)\b")
# The pair is a map's setting, a measure or a drawing, not a place someone is at.
_NOT_PLACE_CUE = re.compile(
    r"(?i)(?:px|ms|deg|rad)\b|\b(?:translate|rotate|scale|latency|rate|transform|svg|center|"
    r"centre|default|config|zoom|viewport|bearing|slope|ratio|score|price|prices|cost|costs|"
    r"per|tolerance|spec|eur|usd|gbp|weights?|sample|log)\b|[$\u20ac\u00a3%]")


def _coordinates(views: Views) -> list[Finding]:
    folded = views.folded
    text = folded.text
    if not _COORD_HINT.search(text):
        return []
    out = []
    for n, m in enumerate(_COORDS.finditer(text)):
        if n >= 32:
            break  # a table of figures, not a place someone gives
        a, b = m.group("a"), m.group("b")
        marked = ("°" in a or "°" in b or _search(r"[NSEWO]", a + b) is not None
                  or m.group() != a + b and _search(r"(?i)lat|lon|lng|breite|l[äa]nge",
                                                      m.group()) is not None)
        decimals = [len(d) for d in _findall(r"[.,](\d+)", a + " " + b)]
        if not marked and (len(decimals) < 2 or min(decimals) < 4):
            continue
        if "," in a and "," in text[m.end("a"):m.start("b")]:
            continue  # "1,5072, 0,1276": commas both in the numbers and between them
        window = text[max(0, m.start() - 80):m.end() + 60]
        if not _PLACE_CUE.search(window) or _NOT_PLACE_CUE.search(
                text[max(0, m.start() - 30):m.end() + 12]):
            continue
        ints = [int(x.group()) for x in (_search(r"\d{1,3}", a), _search(r"\d{1,3}", b))
                if x is not None]
        if len(ints) < 2 or ints[0] > 90 and "°" not in a or ints[1] > 180:
            continue
        if not marked and max(ints) < 2:
            continue  # "1.2500, 1.3000": prices, ratios
        out.append(Finding("address", *folded.span(m.start(), m.end()), "coordinates"))
    return out


# --- plus codes and what3words said loosely ------------------------------------------------

_OLC = r"[2-9CFGHJMPQRVWX]"
_PLUS_LABELLED = re.compile(
    r"(?i)\b(?:plus[\s\-]?codes?|pluscode|open\s{1,2}location\s{1,2}codes?|olc|google\s{1,2}maps"
    r"\s{1,2}code)\b[^\n+]{0,30}?(?<![\w+])(" + _OLC + r"{4,8}\+" + _OLC + r"{2,3})(?![\w+])")
# "Q2JM+5R Hackney": a short code then its locality, as Google Maps shows it.
_PLUS_LOCALITY = re.compile(
    r"(?<![\w+])(" + _OLC + r"{4,8}\+" + _OLC + r"{2,3})(?=,?\s{1,2}[A-Z][a-z]{2,})")
_W3W_LABEL = (r"(?:what\s?3\s?words|what\s{1,2}three\s{1,2}words|w3w|///|"
              r"slash\s{1,2}slash\s{1,2}slash)")
_W3W_LOOSE = re.compile(
    r"(?i:" + _W3W_LABEL + r")"
    r"(?:[^\n/:=]{0,30}?(?:\s(?:is|es|ist|est|é)\b|:|=)|\s{0,2}(?:is\b|:|=)?)"
    r"\s{0,3}(?:(?i:slash\s{1,2}slash\s{1,2}slash|///)\s{0,2})?"
    r"(?P<w>[a-z\u00e0-\u00ff]{2,20}(?P<sep>\s{0,2}\.\s{0,2}|\s{1,2}(?:dot|punto|punkt|point|ponto)"
    r"\s{1,2}|\s{1,2})[a-z\u00e0-\u00ff]{2,20}(?P=sep)[a-z\u00e0-\u00ff]{2,20})(?![\w@]|\.\w)")


def _places(views: Views) -> list[Finding]:
    folded = views.folded
    text = folded.text
    low = views.lower
    out = []
    if "+" in text:
        if "plus" in low or "olc" in low or "code" in low or "location" in low:
            out += [Finding("address", *folded.span(m.start(1), m.end(1)), "plus code")
                    for m in _PLUS_LABELLED.finditer(text)
                    if any(c.isdigit() for c in m.group(1))]
        out += [Finding("address", *folded.span(m.start(1), m.end(1)), "plus code")
                for m in _PLUS_LOCALITY.finditer(text)
                if any(c.isdigit() for c in m.group(1)) and any(c.isalpha() for c in m.group(1))]
    if ("3w" in low or "3 w" in low or "three words" in low or "///" in low
            or "slash slash" in low):
        for m in _W3W_LOOSE.finditer(text):
            if not m.group("sep").strip() and not _search(
                    r"(?i)(?::|=|\bis|\bes|\bist|\best|\b\u00e9|///|slash)\s{0,3}$",
                    text[m.start():m.start("w")]):
                continue  # "what3words as three dotted words": no words given
            out.append(Finding("address", *folded.span(m.start("w"), m.end("w")), "what3words"))
    return out


# The words each part needs, looked up in the words of the text the address patterns read.
_POBOX_WORDS = frozenset({"box", "pobox", "postfach", "apartado", "caixa", "boite", "casilla",
                          "postbus", "apdo", "aptdo", "cx", "pob"})
_LABEL_WORDS = frozenset({"zip", "zipcode", "plz", "cep", "cp", "cap", "postcode", "postcodes",
                          "post", "postal", "postleitzahl", "code", "codigo", "cod", "pin",
                          "pincode", "postnummer", "postnr", "c"})
_OWN_TOWN_WORDS = frozenset({"m", "re", "am", "are", "live", "based", "located", "im", "were"})
_STOREY_WORDS = frozenset({"stock", "og", "etage", "floor", "andar", "piso", "planta", "timbre",
                           "klingel", "buzz", "buzzer", "apt", "apto", "flat", "depto",
                           "interphone", "interfone", "intercom", "portero", "digicode",
                           "sonnette", "campainha"})
_AT_WORDS = frozenset({"m", "im", "am", "we", "find", "meet", "live", "habite", "habitons",
                       "vivo", "moro", "wohne", "come"})
_NUMBER_WORDS = frozenset({"number", "numero", "no", "hausnummer", "portal", "puerta", "nummer",
                           "n"})
_address = None


def detect(views: Views, found: list[Finding]) -> list[Finding]:
    """Postcodes, post boxes, coordinates, plus codes, what3words; and, when an address was
    found in ``found``, the town and postcode that come with it."""
    global _address
    if _address is None:
        from . import address as _address  # imports this module: bound on first use
    out = []
    words = _address._low_words(views.lower)
    has_digit = views.canon_digits > 0
    if has_digit and (not _POBOX_WORDS.isdisjoint(words) or ("p" in words and "o" in words)):
        out += _post_boxes(views)
    address = any(f.kind == "address" for f in found) or bool(out)
    if has_digit and (not _LABEL_WORDS.isdisjoint(words) or views.collapsed is not views.folded):
        out += _labelled(views, address)
    if views.folded_digits >= 4:
        out += _coordinates(views)
    if views.folded_digits >= 2 and not _OWN_TOWN_WORDS.isdisjoint(words):
        out += [Finding("address", *views.folded.span(m.start("v"), m.end("v")), "post code")
                for m in _OWN_TOWN_CODE.finditer(views.folded.text)]
    out += _places(views)
    if views.folded_digits:
        out += _streets(views, words)
    if views.folded_digits >= 4 and (address or out):
        out += _companions(views, found + out)
    return out


# --- streets without their type word, and the number said apart from the street -----------

# "2231 Folsom, SF 94110", "415 Hayes, San Francisco, CA 94102": a house number and a name,
# then a town, a state and a code; the code makes it an address without a street word.
_NUMBER_NAME_TOWN_CODE = re.compile(
    r"(?<![\w/.,\-])\d{1,5}[A-Za-z]?\s{1,2}[A-Z][a-z'\-]{2,20}(?:\s{1,2}[A-Z][a-z'\-]{2,20})?"
    r",\s{1,2}(?:[A-Z][A-Za-z'\-]{1,20}(?:\s{1,2}[A-Z][a-z'\-]{1,20})?,?\s{1,2})?"
    r"(?:[A-Z]{2}\.?,?\s{1,2})?(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|"
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w\-])")
# "I'm at 2240 Sutter near the park", "come to 1208 Valencia, the blue door", "j'habite au 5
# Oberkampf": where one is, a house number and a name with no street word.
_AT_NUMBER_NAME = re.compile(
    r"(?i:\b(?:(?:i'?m|i\s{1,2}am|we'?re|we\s{1,2}are|(?:find|meet)\s{1,2}(?:me|us)|"
    r"(?:i|we)\s{1,2}live|j'habite|on\s{1,2}habite|nous\s{1,2}habitons|vivo|moro|wohne)"
    r"\s{1,2}(?:at|au|en|na|no|em|in\s{1,2}der)|come\s{1,2}(?:to|by|over\s{1,2}to))\s{1,2})"
    r"(\d{1,5}[A-Za-z]?\s{1,2}[A-Z][a-z'\-]{2,20}(?:\s[A-Z][a-z'\-]{2,20})?)"
    r"(?=\s{0,2}(?:[,.;!]|$)|\s{1,2}(?i:near|by|next|across|opposite|behind|off|in|and|then|"
    r"with|upstairs|downstairs|corner|pr[eè]s|cerca|perto)\b)")
# "Hauptmarkt 7, 2. Stock", "Ferraz 14, 3º dcha", "Oberkampf 5, 3e étage": a name and a house
# number, then the floor; or the bell or flat, then the name and number ("timbre 3C,
# Corrientes 2450").
_NAME_NUMBER_STOREY = re.compile(
    r"(?<![\w.])([A-Z][a-z\u00df-\u00ff'\-]{2,30}(?:\s{1,2}[A-Z][a-z\u00df-\u00ff'\-]{2,20})?"
    r"\s{1,2}\d{1,5}[a-z]?),\s{0,2}(?:\d{1,2}\s?(?:\.|st|nd|rd|th|e|er|[eè]me|[º°ª]|o|a)?"
    r"\s{0,2}(?i:stock|og|etage|[ée]tage|floor|andar|piso|planta)\b|"
    r"(?i:stock|etage|floor|andar|piso|planta|timbre|klingel|buzzer|apt|apto|flat|depto)"
    r"\.?\s{0,2}\d)")
_BELL_THEN_NAME_NUMBER = re.compile(
    r"(?i:\b(?:timbre|klingel|buzzer|buzz|interfone|interphone|portero|digicode|sonnette|"
    r"campainha)\s{0,2}[A-Za-z0-9]{1,6},\s{1,3})"
    r"([A-Z][\w'\-]{2,30}(?:\s{1,2}[A-Z][\w'\-]{2,20})?\s{1,2}\d{1,5}[a-z]?)\b")
_STREET_TYPED = (
    r"(?:(?:[A-Z][a-z'\-]{1,24}\s{1,2}){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|"
    r"Close|Way|Court|Ct|Place|Crescent|Terrace|Boulevard|Blvd|Grove|Gardens|Row|Mews)\b|"
    r"(?i:calle|c/|avenida|avda\.?|rua|rue|boulevard|chemin|via|carrer|travessa|alameda|paseo|"
    r"pra[cç]a|plaza)\s{1,2}(?:(?i:de|del|da|das|do|dos|des|du|la|le)\s{1,2})?"
    r"[A-Z][\w'\-]{1,24}(?:\s{1,2}[A-Z][\w'\-]{1,24}){0,2}|"
    r"[A-Z][a-z\u00df-\u00ff\-]{2,30}(?:stra(?:ss|\u00df)e|str\.|weg|gasse|allee|platz|ring|"
    r"damm)(?![\w]))")
_STREET_ALONE = re.compile(r"(?<![\w])" + _STREET_TYPED)
# The house number named as such: "the house is number 42", "o número é 125", "el portal es el
# 41", "Hausnummer ist die 17", "au numéro 102", "45, that's the number".
_NUMBER_SAID = re.compile(
    r"(?i)(?:\b(?:house|door|building|the)?\s{0,2}(?:number|no\.|nr\.?|n[º°]|n[uú]mero|"
    r"num[ée]ro|hausnummer|portal|puerta)\s{0,2}(?:(?:is|es|é|ist|est|on\s{1,2}the\s{1,2}door"
    r"\s{1,2}is|lautet)\s{1,2})?(?:(?:el|o|la|le|die|the|au)\s{1,2})?(\d{1,5}[a-z]?)\b|"
    r"\b(\d{1,5}[a-z]?),?\s{1,2}(?:that'?s|that\s{1,2}is|is)\s{1,2}the\s{1,2}(?:house\s{1,2})?"
    r"number)")
# A home or the house itself talked about: "the house is number 42", "au numéro", "on Caledonian
# Road".
_HOME_CUE = re.compile(
    r"(?i)\b(?:house|home|door|live|lives|living|address|addr|hausnummer|wohne|"
    r"wohnung|casa|moro|vivo|habite|j'habite|maison|flat|apartment|apt|(?:the|my|our)\s{1,2}"
    r"street|au\s{1,2}num[ée]ro|o\s{1,2}n[uú]mero\s{1,2}[ée]|el\s{1,2}n[uú]mero\s{1,2}es|"
    r"that'?s\s{1,2}the\s{1,2}number|(?:el|mi|su|o|meu)\s{1,2}portal\s{1,2}(?:es|[ée])\b|(?:we'?re|i'?m)\s{1,2}(?:number|no\.)|"
    r"(?:on|at|in|na|en|auf\s{1,2}der|in\s{1,2}der)\s{1,2}(?=(?-i:[A-Z])|(?:calle|rua|rue)\b))")
# "portal 2 of the supplier site", "portal 5 nuevos": a count or a part of something else.
_NUMBER_OF = re.compile(r"\s{1,2}(?:of|de|del|do|da|des|du|von|der|nuevos|nuevas|new)\b")
_ID_BEFORE = re.compile(
    r"(?i)\b(?:order|invoice|ticket|item|part|phone|model|case|reference|ref|tracking|seat|"
    r"table|room|page|version|account|customer|episode|chapter|step|track|bus|route|flight|"
    r"extension|ext|line|option|list|rank|ranked|top|"
    r"gate|platform|lot|pedido|factura|rechnung|commande)\W{0,3}(?:\w{1,10}\W{1,3})?\Z")


# Numbered things of a building, a drawing or a shoot, not streets: "Torre 2, 5º andar".
_NOT_STREETS = frozenset({
    "gebaude", "geb\u00e4ude", "torre", "edificio", "bloque", "bloco", "photo", "foto", "fotos",
    "photos", "slide", "slides", "image", "bild", "figure", "pic", "shot", "take", "scene",
    "render", "mockup", "draft", "sheet", "tab", "view", "plan", "layer", "frame", "artboard",
    "pavilion", "pavilh\u00e3o", "pabell\u00f3n", "nave", "modulo", "m\u00f3dulo", "aula",
    "terminal", "tower", "wing", "ala", "haus", "etapa", "fase", "lote", "sector", "zona",
    "stand", "booth", "hall", "halle", "sala", "salle", "tier", "video", "clip", "track"})


def _names_ok(names: str) -> bool:
    from . import address as _a  # loaded by then: its lists of words that are no street
    for w in _findall(r"[A-Za-z\u00c0-\u00ff']+", names):
        w = w.lower()
        if (w in _NOT_STREETS or w in _a._NOT_NAMES or w in _a._NOT_STREET_NAMES
                or w in _a._NOT_PLACES or w in _a._CALENDAR_NAMES or w in _a._PRODUCT_NAMES
                or w in _a._ROOM_WORDS or w in _a._NUMBERED_THINGS):
            return False
    return True


# Cheap checks on the lowercased text before each pattern is tried at every position.
_AT_GATE = re.compile(r"\bi'?m\b|\bi am\b|we'?re|we are|find|meet|live|habit|vivo|moro|wohne|"
                      r"come")
_STOREY_GATE = re.compile(r"stock|og\b|etage|tage|floor|andar|piso|planta|timbre|klingel|"
                          r"buzz|apt|flat|depto|interfon|interphone|portero|digicode|sonnette|"
                          r"campainha")
_CODE_GATE = re.compile(r"\d{5}|[A-Z]\d[A-Z]|\d[A-Z]{2}\b")


def _streets(views: Views, words: frozenset) -> list[Finding]:
    folded = views.folded
    text = folded.text
    low = views.lower
    out = []
    if "," in text and views.folded_digits >= 6 and _CODE_GATE.search(text):
        for m in _NUMBER_NAME_TOWN_CODE.finditer(text):
            name = _sub(r"^\S+\s+", "", m.group().split(",")[0])
            if _names_ok(name):
                out.append(Finding("address", *folded.span(m.start(), m.end()),
                                   "street address"))
    if "," in text and not _STOREY_WORDS.isdisjoint(words) and _STOREY_GATE.search(low):
        for rx in (_NAME_NUMBER_STOREY, _BELL_THEN_NAME_NUMBER):
            for m in rx.finditer(text):
                before = text[max(0, m.start(1) - 16):m.start(1)].split()
                if before and not _names_ok(before[-1]):
                    continue  # "la sala Madrid 3, planta 2": a room named after a town
                if _names_ok(m.group(1).rsplit(None, 1)[0]):
                    out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                       "street address"))
    at = not _AT_WORDS.isdisjoint(words) and _AT_GATE.search(low)
    for m in _AT_NUMBER_NAME.finditer(text) if at else ():
        name = m.group(1).split(None, 1)[1]
        if " " not in name and name.endswith("s") and not name.endswith("ss"):
            continue  # "we're at 150 Subscribers": a count
        if _names_ok(name):
            out.append(Finding("address", *folded.span(m.start(1), m.end(1)), "street address"))
    if not _NUMBER_WORDS.isdisjoint(words) and _HOME_CUE.search(text):
        numbers = [m for m in _NUMBER_SAID.finditer(text)
                   if not _ID_BEFORE.search(text, max(0, m.start() - 24), m.start() + 1)
                   and not _NUMBER_OF.match(text, m.end())]
        if numbers:
            streets = [m for m in _STREET_ALONE.finditer(text)
                       if not text.startswith("-", m.end())
                       if _names_ok(_sub(r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|ln|"
                                           r"drive|dr|close|way|court|ct|place)\b", "",
                                           m.group()))]
            for s in streets[:16]:
                for n in numbers[:16]:
                    lo, hi = min(s.end(), n.end()), max(s.start(), n.start())
                    if hi - lo <= 40 and not _search(r"[.!?;\n]\s|;", text[lo:hi]):
                        g = 1 if n.group(1) else 2
                        out.append(Finding("address", *folded.span(s.start(), s.end()),
                                           "street (house number given)"))
                        out.append(Finding("address", *folded.span(n.start(g), n.end(g)),
                                           "house number"))
    return out
