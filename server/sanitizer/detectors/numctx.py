"""Context around a run of digits: is it a phone number, or an order number, date, price...?"""
from __future__ import annotations

import re

_PHONE_WORDS = re.compile(
    r"(?i)(?:phone|tel\b|tele|mobile|mob\b|cell|number(?!s)|num\b|\bno\b|call|ring|text|sms|whats|"
    r"\btxt|\bmsg\b|\bhmu\b|\bph\b|my\s{0,2}#|"
    r"\bwa\b|signal|telegram|viber|dial|reach|contact|handy|telefon|nummer|anruf|ruf|mobil|"
    r"portable|t[eé]l[eé]phone|num[eé]ro|appel|celular|movil|m[oó]vil|llam|telefone|zap|lig|"
    r"erreichbar|joindre|joignable|chama|area\s?code|vorwahl|"
    r"hotline|fax|bizum|zelle|mb\s?way|yape|nequi|lydia|imessage|facetime|landline|festnetz|"
    r"oficina|escrit[oó]rio|b[uü]ro\b|office\s{0,2}(?:line|phone|number|no\b)|fixo\b|fijo\b|"
    r"\u260e|\U0001f4de|\U0001f4f1|\U0001f4f2)")
_STRONG_PHONE = re.compile(
    r"(?i)(?:phone|\btxt\b|my\s{0,2}#|area\s?code|vorwahl|erreichbar|joindre|joignable|"
    r"tel\b|mobile|cell|call|"
    r"whats|\bwa\b|signal|telegram|viber|sms|text me|handy|"
    r"telefon|anruf|portable|t[eé]l[eé]phone|appel|celular|m[oó]vil|llam|telefone|zap|\u260e|"
    r"bizum|zelle|mb\s?way|yape|nequi|lydia|imessage|facetime|"
    r"\U0001f4de|\U0001f4f1)")
_ID_TEXT = """
order orders invoice invoices inv ticket tickets tracking track ref reference references id ids
case account acct sku po confirmation conf booking reservation serial part model transaction
txn receipt claim policy customer member pedido factura referencia rechnung auftrag commande
facture suivi fatura encomenda nota rastreio rastreamento protocolo isbn ean upc patent version
build lot batch routing iban swift bic vat tax nif cif siret cnpj cpf ssn license licence record
item items shipment parcel package paquete colis pacote postcode zip nr nº no. sendungsnummer
kundennummer bestellnummer auftragsnummer rechnungsnummer barcode gtin
seguimiento rastreo localizador albaran expedicion envio sendung lieferschein
"""
_ID_WORDS = frozenset(_ID_TEXT.split())
_ID_PREFIXES = ("order", "invoice", "ticket", "track", "bestell", "sendung", "kunden", "reserv",
                "confirm", "transac", "serial", "custom", "account", "refer", "factur", "rechnung",
                "command", "shipm", "licen", "artikel", "article", "artic", "artíc", "artigo")
_TOKEN = re.compile(r"[^\W\d_]+|#")
_CURRENCY_BEFORE = re.compile(r"(?i)(?:[$€£¥₹]|usd|eur|gbp|r\$|chf)\s{0,2}$")
_UNIT_AFTER = re.compile(
    r"(?i)^\s{0,2}(?:%|[$€£¥₹]|k\b|m\b|km|kg|g\b|mg|lbs?|oz|cm|mm|ml|l\b|mi\b|miles|ft|in\b|"
    r"gb|mb|tb|kb|px|hz|mhz|ghz|usd|eur|gbp|dollars?|euros?|pounds?|units|pcs|items|"
    r"views|followers|users|people|rows|records|words|steps)")
# "1920 x 1080", "3 x": a multiplier after a single group; "(720) 555-0143 x 22" is an extension.
_TIMES_AFTER = re.compile(r"(?i)^\s{0,2}x\b")
_DATE = re.compile(
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"(?:\s{0,3}[-/]\s{0,3}\d{1,2}[-./]\d{1,2}[-./]\d{2,4})?")
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s{0,3}[-/]\s{0,3}(?:19|20)\d\d)+")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


_PROTECT = re.compile(
    r"(?<![\d./])(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"\d{1,2}:\d{2}(?::\d{2})?|\d+[.,]\d+\s{0,2}%)(?![\d]|[./]\d)")
# "24.12.-02.01.": day and month with the closing dot, no year, in a range or a list.
_DAY_MONTH = re.compile(
    r"(?<![\d./])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\."
    r"(?=\s{0,2}[-–]|\s{0,2}(?:bis|au|al|a)\b|[,;)]|$)")
_DAY_MONTH_HINT = re.compile(r"\d\.(?:[\s,;)\-–]|$)")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Dates, times and decimal percentages: their digits never join a phone number."""
    spans = [(m.start(), m.end()) for m in _PROTECT.finditer(text)]
    if "." in text and _DAY_MONTH_HINT.search(text) is not None:
        spans.extend((m.start(), m.end()) for m in _DAY_MONTH.finditer(text))
        spans.sort()
    return spans


_LAST_SCAN: tuple[str | None, bool] = (None, False)


def _has_phone_words(low: str) -> bool:
    """One scan per text: without any phone word anywhere, no window needs searching.
    The last answer is kept as one tuple, so concurrent callers never mix texts."""
    global _LAST_SCAN
    key, found = _LAST_SCAN
    if key is not low:
        found = bool(_PHONE_WORDS.search(low) or _STRONG_PHONE.search(low))
        _LAST_SCAN = (low, found)
    return found


def phone_context(low: str, s: int, e: int) -> bool:
    """A phone word close before (or just after) the digits."""
    if not _has_phone_words(low):
        return False
    return bool(_PHONE_WORDS.search(low, max(0, s - 40), s) or
                _STRONG_PHONE.search(low, e, min(len(low), e + 20)))


def strong_phone_before(low: str, s: int, reach: int = 40) -> bool:
    """A word that can only mean a phone ("phone", "cell", "call me") shortly before."""
    return (_has_phone_words(low)
            and _STRONG_PHONE.search(low, max(0, s - reach), s) is not None)


def id_before(low: str, s: int) -> bool:
    """An order/invoice/tracking word (or '#') shortly before, with no phone word after it."""
    window = low[max(0, s - 30):s]
    last = -1
    for m in _TOKEN.finditer(window):
        w = m.group()
        if w == "#":
            if not window[m.end():].strip():
                last = m.end()
        elif w in _ID_WORDS or w.startswith(_ID_PREFIXES):
            last = m.end()
    if last < 0:
        return False
    return _STRONG_PHONE.search(window, last) is None


def _attached(text: str, s: int, e: int) -> bool:
    """Digits glued to letters are part of an identifier ("INV-2024-0012", "1920x1080")."""
    k = s - 1
    if k >= 0 and text[k] in "-#/_":
        k -= 1
    if k >= 1 and text[k].isalpha() and text[k - 1].isalpha():
        return True
    return e < len(text) and text[e].isalpha() and not text[e:e + 3].lower().startswith("ext")


def is_business_number(text: str, low: str, s: int, e: int, digits: str,
                       ids: bool = True) -> bool:
    """True for dates, year ranges, prices, measurements, IDs and thousands-grouped figures.

    ``ids`` False skips the order/invoice-word check (digits written as a phone number right
    after a phone word: "same phone as on the invoice, (718) 555 0144")."""
    body = text[s:e].strip("( )+")
    if _DATE.fullmatch(body) or _YEARS.fullmatch(body) or _IP.fullmatch(body):
        return True
    if _THOUSANDS.fullmatch(body):
        return True
    if _CURRENCY_BEFORE.search(text[max(0, s - 6):s]) or _UNIT_AFTER.match(text[e:e + 12]):
        return True
    if _TIMES_AFTER.match(text[e:e + 4]) and body.isdigit():
        return True
    if _attached(text, s, e):
        return True
    return ids and id_before(low, s)
