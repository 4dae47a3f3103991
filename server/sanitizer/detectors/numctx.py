"""Context around a run of digits: is it a phone number, or an order number, date, price...?"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..caseless import Caseless, lower_same_length

_PHONE_WORDS = re.compile(
    r"(?i)(?:phone|tel\b|tele|mobile|mob\b|\bcell|\bcel\b|number(?!s)|num\b|\bno\b|call|\bring|"
    r"text|sms|whats|"
    r"\btxt|\bmsg\b|\bhmu\b|\bph\b|my\s{0,2}#|"
    r"\bwa\b|signal|telegram|viber|\bdial|redial|reach|contact|handy|telefon|nummer|anruf|ruf|"
    r"mobil|"
    r"portable|t[eé]l[eé]phone|num[eé]ro|appel|celular|movil|m[oó]vil|llam|telefone|zap|"
    r"\blig(?:a(?:r|m|mos|-?me|\u00e7\u00e3o|cao|\u00e7\u00f5es|coes)?|ue(?:m|-?me)?|o|ou|uei)\b|"
    r"\bgsm\b|\btlf\b|\btlfn\b|\btfno\b|\btelf\b|"
    r"erreichbar|joindre|joignable|chama|area\s?code|vorwahl|"
    r"hotline|fax|bizum|zelle|mb\s?way|yape|nequi|lydia|imessage|facetime|landline|festnetz|"
    r"oficina|escrit[oó]rio|b[uü]ro\b|office\s{0,2}(?:line|phone|number|no\b)|fixo\b|fijo\b|"
    r"direct\s{0,2}(?:line|dial)|my\s{0,2}line\b|"
    r"\u260e|\U0001f4de|\U0001f4f1|\U0001f4f2)")
_STRONG_PHONE = re.compile(
    r"(?i)(?:phone|\btxt\b|my\s{0,2}#|area\s?code|vorwahl|erreichbar|joindre|joignable|"
    r"tel\b|mobile|\bcell|call|"
    r"whats|\bwa\b|signal|telegram|viber|sms|text me|handy|"
    r"telefon|anruf|portable|t[eé]l[eé]phone|appel|celular|m[oó]vil|llam|telefone|zap|\u260e|\bgsm\b|"
    r"\btlf\b|\btlfn\b|\btfno\b|\btelf\b|"
    r"bizum|zelle|mb\s?way|yape|nequi|lydia|imessage|facetime|"
    r"\U0001f4de|\U0001f4f1)")


def _letters_first(rx: re.Pattern) -> re.Pattern:
    """The same alternatives, in the same order, for lowercase ASCII text: no IGNORECASE, and a
    leading ``\\b`` checked behind the word's letters. Every alternative then starts with a
    character, and the scan jumps from candidate to candidate instead of trying each place."""
    src = rx.pattern.removeprefix("(?i)")
    return re.compile(re.sub(r"(?<=[(|])\\b([a-z]+)", lambda m: f"{m[1]}(?<!\\w{m[1]})", src))


_PHONE_WORDS_ASCII = _letters_first(_PHONE_WORDS)
_STRONG_PHONE_ASCII = _letters_first(_STRONG_PHONE)


@lru_cache(maxsize=8)
def _plain_lower(low: str) -> bool:
    """Text where case changes nothing: no letter that lowercases to another (``lower()``
    keeps it), and neither of the two that IGNORECASE reads as an ASCII letter besides the
    capitals ("ı" as i, "ſ" as s). Accents are fine: the patterns' own "é", "ó" match only
    themselves here. Asked once per number in a text, so answered once per text (a long
    message with many numbers would otherwise rescan the whole text for each)."""
    return low == low.lower() and "\u0131" not in low and "\u017f" not in low


def _phone_words(low: str) -> re.Pattern:
    return _PHONE_WORDS_ASCII if _plain_lower(low) else _PHONE_WORDS


def _strong_phone(low: str) -> re.Pattern:
    return _STRONG_PHONE_ASCII if _plain_lower(low) else _STRONG_PHONE


_ID_TEXT = """
order orders invoice invoices inv ticket tickets tracking track ref reference references id ids
case account acct sku po confirmation conf booking reservation serial part model transaction
txn receipt claim policy customer member pedido factura referencia rechnung auftrag commande
facture suivi fatura encomenda nota rastreio rastreamento protocolo isbn ean upc patent version
build lot batch routing iban swift bic vat tax nif cif siret cnpj cpf ssn license licence record
item items shipment parcel package paquete colis pacote postcode zip cep plz postleitzahl postal
nr nº no. sendungsnummer
kundennummer bestellnummer auftragsnummer rechnungsnummer barcode gtin barres barras strichcode
seguimiento rastreo localizador albaran expedicion envio sendung lieferschein
sn s/n expediente expedient dossier aktenzeichen az processo matricula registro folio contrato
contract vertrag projet proyecto projeto project job audit report certificate cert permit
quote estimate proposal agreement presupuesto angebot devis orcamento cotizacion offerte
guia estafeta colissimo chronopost dhl fedex usps correos correios seur mrw gls dpd hermes
postnl purolator sedex jadlog imei iccid meid esn product products producto produto produit
produkt serie série seriennummer matricola gc vin nhs utr mpan mprn
pieza piezas piece pieces peca pecas repuesto recambio ersatzteil teilenummer
comprovante comprobante recibo quittung beleg recu justificatif ricevuta voucher
siniestro siniestros sinistre sinistres sinistro sinistros schadensnummer schadennummer
schadensfall poliza póliza apolice apólice
"""
_ID_WORDS = frozenset(_ID_TEXT.split())
_ID_PREFIXES = ("order", "invoice", "ticket", "track", "bestell", "sendung", "kunden", "reserv",
                "confirm", "transac", "serial", "custom", "account", "refer", "factur", "rechnung",
                "command", "shipm", "licen", "artikel", "article", "artic", "artíc", "artigo")
_TOKEN = re.compile(r"[^\W\d_]+|#")

_CURRENCY_BEFORE = re.compile(r"(?i)(?:[$€£¥₹]|usd|eur|gbp|r\$|chf)\s{0,2}$")
_UNIT_AFTER = re.compile(
    r"(?i)^\s{0,2}(?:%|[$€£¥₹]|k\b|m\b|km|kg|"
    # "1 048 m²" (read m2), "2 150 qm", "1 200 sq ft": an area
    r"m[23\u00b2\u00b3](?!\w)|qm\b|sq\.?\s{0,2}(?:ft|m)\b|sqm\b|"
    r"g\b|mg|lbs?|oz|cm|mm|ml|l\b|mi\b|miles|ft|"
    # "24 in wide", "32 in." are inches; "917-555-0198 in the evenings" is a preposition
    r"in(?:\.|\b(?=\s{0,2}(?:$|[,;)x\u00d7\d]|(?:wide|long|high|tall|deep|thick|screen|tv|"
    r"monitor|display|diameter)\b)))|"
    r"gb|mb|tb|kb|px|hz|mhz|ghz|usd|eur|gbp|dollars?|euros?|pounds?|units|pcs|items|"
    r"views|followers|users|people|rows|records|words|steps)")
# "1920 x 1080", "3 x": a multiplier after a single group; "(720) 555-0143 x 22" is an extension.
_TIMES_AFTER = re.compile(r"(?i)^\s{0,2}x\b")
_DATE = re.compile(
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"(?:\s{0,3}[-/]\s{0,3}\d{1,2}[-./]\d{1,2}[-./]\d{2,4})?")
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s{0,3}[-/]\s{0,3}(?:19|20)\d\d)+")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?")
# An IPv4 address: four dotted parts of at most 255 ("647.555.21.88" is a phone in groups).
_OCTET = r"(?:25[0-5]|2[0-4]\d|[01]?\d?\d)"
_IP = re.compile(_OCTET + r"(?:\." + _OCTET + r"){3}")
# File and case numbers by year: "2024/00871", "118/2025".
# ... or by the date in full: "descrição predial n.º 3378/20110512" (a land registry entry).
_YEAR_FILE = re.compile(r"(?:19|20)\d\d[/\-]\d{2,6}|\d{1,6}/(?:19|20)\d\d"
                        r"(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?")
# Any of the above as one test: a date, years, an IP, a file number or a grouped figure.
_BUSINESS_BODY = re.compile("|".join(f"(?:{rx.pattern})" for rx in (
    _DATE, _YEARS, _IP, _YEAR_FILE, _THOUSANDS)))


# "2024-03-01", "12.03.24", "14:30", "2,5 %". Written to start with its first digit (then the
# look back), so the scan only stops at digits; the three kinds share that first digit and its
# look back, so a digit inside a longer number is given up after one test, not three.
_PROTECT = re.compile(
    r"\d(?<![\d./]\d)(?:"
    r"(?:\d{3}[-./]\d{1,2}[-./]\d{1,2}|\d?[./]\d{1,2}[./]\d{2,4}|"
    r"\d?:\d{2}(?::\d{2})?|\d*[.,]\d+\s{0,2}%)(?![\d]|[./]\d)|"
    # "v2.10.3 to 2.11.0": a three-part version; "2018 - 2021": a year range with spaces, so
    # a number word next to it ("2021, tres", "to" read as 2) never makes them one number
    # (not "3.1.0 8.4.2 7.7.9.5": dotted groups in a row are a phone)
    r"(?<![./]\d[ \t]\d)(?<![./]\d\d[ \t]\d)\d?\.\d{1,2}\.\d{1,3}"
    r"(?![\d]|[./]\d|[ \t]{1,2}\d{1,4}[./]\d)|"
    # (the year's first digit, read above, is a 1 or a 2 with no "-" or "5 " before it)
    r"(?:(?<=1)(?<!-1)(?<!\d 1)9|(?<=2)(?<!-2)(?<!\d 2)0)\d\d\s{1,3}[-\u2013/]\s{1,3}"
    r"(?:19|20)\d\d(?![\d]|[./\-]\d|\s{1,3}[-/]\s{0,3}\d))")
# "24.12.-02.01.": day and month with the closing dot, no year, in a range or a list.
_DAY_MONTH = re.compile(
    r"(?<![\d./])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\."
    r"(?=\s{0,2}[-–]|\s{0,2}(?:bis|au|al|a)\b|[,;)]|$)")
_DAY_MONTH_HINT = re.compile(r"\d\.(?:[\s,;)\-–]|$)")


# "on 01/03 and", "next one 03/28?": a day and a month alone (no year, no more groups by
# slashes or a digit just before or after), as dates are written in running text. A phone's
# slash parts its area code from longer groups ("0664/1234567", "02/512 34 56").
# Two or more of them in one text are dates even next to other digits ("was 03/21 one 03/28").
_DAY_SLASH_MONTH = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})(?![\d/]|[.\-]\d)")
_DIGIT_NEXT_TO = re.compile(r"\d[ \t]{1,2}\Z|\A[ \t]{1,2}\d")
# "12/03 – 19/03", "03/12 to 03/19", "12.03 - 19.03", "del 12/03 al 19/03": two days of the
# year with no year, as a range; each side is checked as day/month or month/day.
_DATE_RANGE = re.compile(
    r"\d(?<![\d./]\d)(\d?)[./](\d{1,2})\.?\s{0,3}(?:[-\u2013\u2014~]|(?i:to|a|al|au|bis|at[eé]|"
    r"till|until|through|hasta|jusqu'au|thru)\b)\s{0,3}(\d{1,2})[./](\d{1,2})\.?(?![\d]|[./]\d)")


def _day_month(a: int, b: int) -> bool:
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Dates, times and decimal percentages: their digits never join a phone number."""
    spans = [(m.start(), m.end()) for m in _PROTECT.finditer(text)]
    if "." in text and _DAY_MONTH_HINT.search(text) is not None:
        spans.extend((m.start(), m.end()) for m in _DAY_MONTH.finditer(text))
        spans.sort()
    if "/" in text:
        days = [m for m in _DAY_SLASH_MONTH.finditer(text)
                if _day_month(int(m.group(1)), int(m.group(2)))]
        spans.extend((m.start(), m.end()) for m in days
                     if len(days) > 1 or not (
                         _DIGIT_NEXT_TO.search(text[max(0, m.start() - 3):m.start()])
                         or _DIGIT_NEXT_TO.match(text[m.end():m.end() + 3])))
        spans.sort()
    if "/" in text or "." in text:
        for m in _DATE_RANGE.finditer(text):
            first = int(text[m.start():m.start(1) + len(m.group(1))])
            if _day_month(first, int(m.group(2))) and _day_month(int(m.group(3)),
                                                                  int(m.group(4))):
                spans.append((m.start(), m.end()))
        spans.sort()
    return spans


_LAST_SCAN: tuple[str | None, bool] = (None, False)


def _has_phone_words(low: str) -> bool:
    """One scan per text: without any phone word anywhere, no window needs searching.
    The last answer is kept as one tuple, so concurrent callers never mix texts."""
    global _LAST_SCAN
    key, found = _LAST_SCAN
    if key is not low:
        # every strong phone word is a phone word too
        found = _phone_words(low).search(low) is not None
        _LAST_SCAN = (low, found)
    return found


def has_phone_words(low: str) -> bool:
    """Any phone word anywhere in the lowercased text."""
    return _has_phone_words(low)


# "serial number", "order no.", "número de expediente": the number of a thing, not a phone.
_ID_NUMBER = re.compile(
    r"(?:number|nummer|num[eé]ro|no|num|nr|n[ºo°])\b\.?(?:\s{1,2}(?:de|of|du|do|da|del)\b)?")


def _is_id_number(low: str, m: re.Match) -> bool:
    """The phone word is "number" named by an ID word before or after it."""
    if not _ID_NUMBER.match(low, m.start()):
        return False
    if m.start() > 0 and low[m.start() - 1].isalpha() and _glued_id(low, m.start()):
        return True  # "Auftragsnummer", "Vertragsnummer": the number of a record
    before = _TOKEN.findall(low[max(0, m.start() - 16):m.start()])
    after = _TOKEN.findall(low[m.end():m.end() + 24])[:2]
    if after == ["in", "order"] and _in_order(low, low.find("order", m.end())):
        after = []  # "my number in order: 3 1 2, ..."
    if after[:1] and after[0] in _ID_AFTER_NUMBER:
        return True  # "numéro client 4512345678", "número de socio"
    return any(w in _ID_WORDS or w.startswith(_ID_PREFIXES) for w in before[-1:] + after)


# German compounds ending in "nummer": a phone ("Handynummer") or a record ("Auftragsnummer").
_GLUED_PHONE = ("handy", "telefon", "tel", "mobil", "fax", "ruf", "festnetz", "kontakt",
                "durchwahl", "whatsapp", "hotline", "notfall", "privat", "direkt", "zentral",
                "service", "nummer")
_GLUED_ID = ("vertrag", "versicherung", "mitglied", "konto", "vorgang", "buchung", "steuer",
             "fahrgestell", "serien", "paket", "beleg", "termin", "akten", "los", "chargen",
             "schaden")  # "Schadensnummer": an insurance claim


def _glued_id(low: str, k: int) -> bool:
    """The letters glued before "nummer" at ``k`` name a record ("auftrags", "kunden")."""
    j = k
    while j > 0 and j > k - 24 and low[j - 1].isalpha():
        j -= 1
    head = low[j:k]
    if head.endswith(_GLUED_PHONE):
        return False
    stem = head[:-1] if head.endswith("s") else head
    return (head in _ID_WORDS or stem in _ID_WORDS or head.startswith(_ID_PREFIXES)
            or stem.endswith(_GLUED_ID) or any(w in _ID_WORDS for w in (head + "nummer",)))


# Words that make "number" the number of a record when they follow it ("numéro client").
_ID_AFTER_NUMBER = frozenset({"client", "cliente", "clients", "kunde", "socio", "membre",
                              "member", "adherent", "adh\u00e9rent", "abonn\u00e9", "abonne",
                              "assinante", "abonado", "fiscal", "siret", "siren", "tva"})


def phone_context(low: str, s: int, e: int) -> bool:
    """A phone word close before (or just after) the digits."""
    if not _has_phone_words(low):
        return False
    strong = _strong_phone(low)
    if strong.search(low, e, min(len(low), e + 20)):
        return True
    last = None
    for m in _phone_words(low).finditer(low, max(0, s - 40), s):
        last = m
    if last is None:
        return False
    if _is_id_number(low, last):
        return strong.search(low, max(0, s - 40), last.start()) is not None
    return True


def strong_phone_before(low: str, s: int, reach: int = 40) -> bool:
    """A word that can only mean a phone ("phone", "cell", "call me") shortly before."""
    return (_has_phone_words(low)
            and _strong_phone(low).search(low, max(0, s - reach), s) is not None)


# "cell # 416.555.0123", "phone #": the '#' of a phone word, not of an order.
_PHONE_HASH = re.compile(r"(?:cell|phone|tel|mobile|mob|cel|fax|telefono|celular)\.?\s{0,2}#")


_LAST_ID_BEFORE: tuple[str | None, int, bool] = (None, -1, False)


def id_before(low: str, s: int) -> bool:
    """An order/invoice/tracking word (or '#') shortly before, with no phone word after it.
    The last answer is kept (one tuple, as ``_has_phone_words`` does): the phone detector asks
    it twice for most runs of digits."""
    global _LAST_ID_BEFORE
    key, at, found = _LAST_ID_BEFORE
    if key is not low or at != s:
        found = _id_before(low, s)
        _LAST_ID_BEFORE = (low, s, found)
    return found


def _labels(low: str, start: int, end: int, is_hash: bool) -> bool:
    """The ID word or '#' at ``start`` can label digits after it: what is checked around the
    token alone, the same for every run of digits after it."""
    if is_hash:
        return not _PHONE_HASH.search(low, max(0, start - 12), start + 1)
    return (_ANY_BEFORE.search(low, max(0, start - 12), start) is None
            and not _in_order(low, start) and _TEAM_AFTER.match(low, end) is None)


def _id_before(low: str, s: int) -> bool:
    lo = max(0, s - 30)
    starts, ends, hashes, labels = _id_tokens(low)
    last = first = earliest = -1
    named = 0
    i = bisect.bisect_left(starts, lo)
    while i < len(starts) and ends[i] <= s:
        label = labels[i]
        if label is None:  # checked once per token, for the first run of digits after it
            label = labels[i] = _labels(low, starts[i], ends[i], hashes[i])
        if hashes[i]:
            if label and not low[ends[i]:s].strip():
                last, first = ends[i], starts[i]
                named += 1
        elif label:
            last, first = ends[i], starts[i]
            named += 1
            if earliest < 0:
                earliest = first
        i += 1
    if last < 0:
        return False
    if _SENT_TO.match(low, last, s) and (
            low[last:last + 1] in _QUOTES
            or _SEND_VERB.search(low, max(0, first - 30), first) is not None):
        return False  # "text 'QUOTE' to 503 555 0147": the word is what to send, not a label
    if _PERSON_TURN.search(low, last, s):
        return False  # "the tile order with my wife, she's on 07 3844 5190": her number
    if named == 1 and _WHERE_PRINTED.search(low, max(0, first - 16), first) and any(
            not _ID_NUMBER.match(low, w.start()) or _own_number(low, w)
            for w in _phone_words(low).finditer(low, max(0, first - 60), first)):
        # "on signal, same number as on my invoice: ...", "my number's on my account but
        # here: ...": the ID word says where the phone is printed
        return False
    if earliest >= 0 and _for_purpose(low, earliest):
        return False  # "mon numéro perso, pour la commande : 07...": the phone for the order
    # "the order is confirmed. 0671248830, that's mine": a new sentence; the dot of "Nr." or
    # "Ref." right after a short ID word, or of "no." after it ("Order no. 6123"), is none
    no_dot = _NO_DOT.match(low, last)
    # "the part you need is no. 5304506469": the dot of "no." just before the digits is none
    # either, however far the ID word is
    mark = _MARK_BEFORE.search(low, max(0, s - 8), s)
    # "Buchungsnr. 2024-...": the dot of an abbreviation glued to the ID word is none either
    short = last - first <= 4 or low[last - 2:last] == "nr"
    if _SENTENCE_END.search(low, no_dot.end() if no_dot else last + short,
                            mark.start() if mark else s):
        return False
    if _REACH_ME.search(low, last, s) is not None:
        return False  # "for the invoice, write me at +34 ...": how to reach the writer
    return _strong_phone(low).search(low[lo:s], last - lo) is None


# "call our accounts dept on ...", "the bookings team: ...": the ID word names a department,
# whose line the digits are, not a record.
_TEAM_AFTER = re.compile(
    r"\s{0,2}(?:dept|department|team|desk|office|line|staff|people|manager|service|helpdesk|"
    r"abteilung|departamento|setor|equipo|equipe|\u00e9quipe|servicio|servi\u00e7o)\b")
# "for the invoice, write me on ...", "wegen der Rechnung schreib mir an ...", "the job is
# Saturday, text: ...": a way to reach the writer said between the ID word and the digits.
_REACH_ME = re.compile(
    r"\b(?:(?:write|message|msg|ping|reach|ring|contact|text|txt)\s{1,2}(?:to\s{1,2})?(?:me|us)|"
    r"escr[i\u00ed]be(?:me|nos)|escr[e\u00e9]ve(?:-?me|-?nos)|me\s{1,2}escrev[ae]|"
    r"contact[ae](?:me|nos)|schreib(?:en)?\s{1,2}(?:sie\s{1,2})?(?:mir|uns)|"
    r"[e\u00e9]cri(?:s|vez)-(?:moi|nous)|m[a\u00e1]nd(?:a|e)me|me\s{1,2}(?:manda|chama)|"
    r"chama-me)\b|\b(?:text|txt|sms)\s{0,2}:")
# "my number", "mi número", "meine Nummer", "mon numéro", "o meu número": one's own phone.
_MINE_BEFORE = re.compile(r"(?:\b(?:my|mi|mein|meine|meiner|mon|ma|meu|minha))\s{1,2}\Z")


def own_phone_before(low: str, s: int, reach: int = 80) -> bool:
    """"my number", "o meu telemóvel", "mon portable" shortly before ``s``, in the same
    sentence."""
    if not _has_phone_words(low):
        return False
    own = [w for w in _phone_words(low).finditer(low, max(0, s - reach), s)
           if _own_number(low, w)]
    return bool(own) and _SENTENCE_END.search(low, own[-1].end(), s) is None


def _own_number(low: str, m: re.Match) -> bool:
    """The phone word is "number" said of one's own, not the number of a record."""
    return (_MINE_BEFORE.search(low, max(0, m.start() - 8), m.start()) is not None
            and not _is_id_number(low, m))


# "order: 0412 667 093 (that's also my mobile)", "pedido 612 33 44 55, es mi móvil": right after
# the digits they are called one's own phone, so the ID word before does not make them an ID.
# Not when the phone is still to come ("ref 4410 2291, my number is ...").
_MINE_AFTER = re.compile(
    r"[\s(\[,;:\-\u2013\u2014]{0,4}(?:(?:that'?s|that\s{1,2}is|it'?s|which\s{1,2}is|this\s{1,2}is|"
    r"es|est|c'est|ist|das\s{1,2}ist|[eé]|is)\s{1,2})?(?:(?:also|too|tambi[eé]n|auch|aussi|"
    r"tamb[eé]m|just)\s{1,2})?(?:my|mi|mein|meine|mon|ma|meu|minha|o\s{1,2}meu)\s{1,2}"
    r"(?:(?:own|private|personal|direct|work|cell)\s{1,2})?(?:mobile|mob|cell|phone|number|"
    r"whats\s?app|cel|celular|m[oó]vil|handy|nummer|handynummer|telefon(?:nummer)?|portable|"
    r"num[eé]ro|telefone|tel[eé]fono|t[eé]l[eé]phone|n[uú]mero|tel|telemovel|telem[oó]vel)\b"
    r"(?!\s{0,3}(?:[:=+(\d]|(?:is|es|ist|est|e|\u00e9|will|ser[aá]|sera)\b))")


# What every match of _MINE_AFTER and _MINE_LATER holds: a word for the phone ("mob", "cel",
# "phone", "num", "númer", "whats", "móvil", "handy", "tel", "portable"). Where none is, the
# patterns need not run (a plain scan for a few letters, no backtracking over the words).
_MINE_NOUN = re.compile(r"mob|cel|phone|num|n\u00famer|whats|m[o\u00f3]vil|handy|tel|portable")


def called_own_phone_after(low: str, e: int) -> bool:
    """The digits ending at ``e`` are called the writer's own phone right after them."""
    # a match is 55 characters at most, its phone word inside it
    return (_MINE_NOUN.search(low, e, e + 60) is not None
            and _MINE_AFTER.match(low, e) is not None)


# "'PO 2069914473' on the invoice. Kidding, that's my cell", "tracking #: 7738410296 — oh
# wait no, that's my mobile": said a little later, with no other digits in between.
_MINE_LATER = re.compile(
    r"(?:\b(?:that'?s|that\s{1,2}is|it'?s|it\s{1,2}is|this\s{1,2}is|c'est|es|ist|"
    r"das\s{1,2}ist|[eé]|era|was)\s{1,2})(?:(?:actually|really|just|also|en\s{1,2}realidad|"
    r"en\s{1,2}fait|eigentlich|na\s{1,2}verdade|realmente)\s{1,2})?"
    r"(?:my|mi|mein|meine|mon|ma|meu|minha|o\s{1,2}meu)\s{1,2}"
    r"(?:(?:own|private|personal|work|real)\s{1,2})?(?:mobile|mob|cell|phone|number|"
    r"whats\s?app|cel|celular|m[oó]vil|handy|nummer|handynummer|telefon(?:nummer)?|portable|"
    r"num[eé]ro|telefone|tel[eé]fono|t[eé]l[eé]phone|n[uú]mero|tel|telemovel|telem[oó]vel)\b"
    r"(?!\s{0,3}(?:[:=+(\d]|(?:is|es|ist|est|e|\u00e9|will|ser[aá]|sera|for|of|de|del|do|da|"
    r"du|von)\b))")
_DIGIT_RX = re.compile(r"\d")


def called_own_phone_later(low: str, e: int, reach: int = 70) -> bool:
    """The digits ending at ``e`` are called the writer's own phone a little after them, with
    no other digits in between ("... on the invoice. Kidding, that's my cell")."""
    if _MINE_NOUN.search(low, e, min(len(low), e + reach)) is None:
        return False
    m = _MINE_LATER.search(low, e, min(len(low), e + reach))
    if m is None or _DIGIT_RX.search(low, e, m.start()) is not None:
        return False
    # across a sentence end only as a correction ("Kidding, that's my cell")
    return (_SENTENCE_END.search(low, e, m.start()) is None
            or _CORRECTION.search(low, e, m.start()) is not None)


_CORRECTION = re.compile(
    r"\b(?:kidding|jk|j/k|joking|wait|oops|whoops|sorry|actually|lol|haha|jaja|broma|"
    r"bromeo|perd[oó]n|era\s{1,2}broma|mentira|blague|je\s{1,2}rigole|pardon|spa[sß]|"
    r"scherz|quatsch|brincadeira|brincando|desculp\w{0,3}|ops)\b")


_SENTENCE_END = re.compile(r"[.!?]\s")
_NO_DOT = re.compile(r"\s{0,2}(?:no|nr|n[º°o]|num|nos)\.")
_MARK_BEFORE = re.compile(r"\b(?:no|nr|n[º°o]|num|nos)\.\s{0,2}\Z")
# "for the order", "pour le remboursement de la commande", "para o estafeta": what the phone
# is for, said between one's own phone word and the digits.
_FOR_BEFORE = re.compile(
    r"\b(?:for|pour|para|pra|f[uü]r|per)\s{1,2}(?:(?:the|my|this|your|le|la|l'|les|o|a|os|as|"
    r"el|los|las|die|den|das|der|mon|ma|mes|meu|minha|mi|mis)\s{1,2})?"
    r"(?:[^\W\d_]{2,20}\s{1,2}(?:of|de|du|des|do|da|del|der|des)\s{1,2}"
    r"(?:(?:the|la|le|l'|o|a|el|die|den)\s{1,2})?)?\Z")


def _for_purpose(low: str, first: int) -> bool:
    """The ID word at ``first`` says what one's own phone, named just before, is for."""
    if _FOR_BEFORE.search(low, max(0, first - 40), first) is None:
        return False
    lo = max(0, first - 70)
    own = [w for w in _phone_words(low).finditer(low, lo, first) if _own_number(low, w)]
    return bool(own) and _SENTENCE_END.search(low, own[-1].end(), first) is None
# "each item", "cada pedido", "tous les devis": an ID word said of all of them labels no number.
_ANY_BEFORE = re.compile(
    r"\b(?:each|every|all|any|per|cada|todos?|todas?|(?:todos|todas)\s{1,2}(?:os|as|los|las)|"
    r"qualquer|cualquier|cualquiera|chaque|tous\s{1,2}les|toutes\s{1,2}les|jede[nrs]?|alle)"
    r"\s{1,2}\Z")
# "the digits of my number in order: 3 1 2, then ...": the phrase "in order", no order's number.
_IN_ORDER_BEFORE = re.compile(r"\bin\s{1,2}(?:(?:the|right|same|correct|reverse|that|this)"
                              r"\s{1,2}){0,2}\Z")
_IN_ORDER_AFTER = re.compile(r"\s{0,2}[:,;]")


def _in_order(low: str, start: int) -> bool:
    """The word "order" at ``start`` is the phrase "in order:"."""
    return (start >= 0 and low.startswith("order", start)
            and _IN_ORDER_AFTER.match(low, start + 5) is not None
            and _IN_ORDER_BEFORE.search(low, max(0, start - 24), start) is not None)


# After the ID word, only a destination before the digits: "... 'QUOTE' to", "PEDIDO al número".
_SENT_TO = re.compile(
    r"['\"\u2018\u2019\u201c\u201d\u00ab\u00bb]?\s{0,2}(?:to|al|a|an|au|\u00e0|para|pra|pro|no|ao)\s{1,2}"
    r"(?:(?:the|el|o|le|la|die|den)\s{1,2})?(?:(?:number|n[uú]mero|nummer|num[eé]ro)\s{1,2})?"
    r"[(+]?\Z")
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d\u00ab\u00bb")
# A verb of sending a message before the ID word ("text", "envía", "schick", "manda").
_SEND_VERB = re.compile(
    r"\b(?:text|txt|sms|whats\s?app|message|send|envi[aeé]\w{0,4}|mand[ae]\w{0,3}|"
    r"schick\w{0,2}|sende\w{0,2}|envoie\w{0,2}|envoyez|[eé]cri[st]\w{0,2}|escrib\w{0,2}|"
    r"escrev\w{0,2})\b")
# The digits are someone's after the ID word: a person named, or a new clause about a person.
_PERSON_TURN = re.compile(
    r"\b(?:(?:my|his|her|our|their)\s{1,2}(?:wife|husband|partner|mum|mom|mother|dad|father|"
    r"brother|sister|son|daughter|boss|assistant|colleague|friend|manager|secretary|landlord|"
    r"neighbou?r)|(?:mi|su)\s{1,2}(?:esposa|mujer|marido|esposo|socio|socia|pareja|madre|padre|"
    r"hermano|hermana|hijo|hija|jefe|jefa)|(?:meine?|seine?|ihre?)\s{1,2}(?:frau|mann|partner|"
    r"partnerin|mutter|vater|bruder|schwester|chef|chefin)|(?:ma|mon|sa|son)\s{1,2}(?:femme|mari|"
    r"compagne|compagnon|m[eè]re|p[eè]re|fr[eè]re|s(?:oe|œ)ur|associ[eé]e?|patron|patronne)|"
    r"(?:minha|meu|sua|seu)\s{1,2}(?:esposa|mulher|marido|s[oó]cio|s[oó]cia|m[aã]e|pai|irm[aã]o?|"
    r"chefe))\b(?!'s|\u2019s)|[,;:\u2013\u2014-]\s{0,2}(?:she|he|they)(?:'s|'re|\s{1,2}(?:is|are|can))\b")
# "same number as on my invoice": the ID word says where the number is printed.
_WHERE_PRINTED = re.compile(
    r"\b(?:on|in|at|from|en|em|na|no|auf|in\s{1,2}der|sur|dans)\s{1,2}(?:(?:my|the|your|our|"
    r"every|each|any|la|el|mi|a|o|minha|meu|meiner|der|dem|ma|mon|le)\s{1,2})?\Z")
# "800-4417-22 (part numbers, not phones)": the digits named as an ID right after them.
_ID_AFTER = re.compile(
    r"(?i)"
    r"\s{0,2}[(,\-\u2013]?\s{0,2}(?:are|is|=)?\s{0,2}(?:(?:the|a|our)\s{1,2})?"
    r"(?:part|item|article|product|model|serial|order|invoice|sku|art[ií]culo|artigo|pe[cç]a|"
    r"pieza|teil|artikel|pi[eè]ce|r[eé]f[eé]rence|produit|producto|produto)s?"
    r"(?:\s{0,2}(?:numbers?|nos?\b\.?|codes?|#|n[º°]|nummern?|n[uú]meros?|num[eé]ros?|"
    r"c[oó]digos?|codes?)|-?nummer|-?nr\b)"
    r"|\s{0,2}[(,\-\u2013]?\s{0,2}(?:n[uú]mero|num[eé]ro|number|c[oó]digo|code)s?\s{1,2}"
    r"(?:de|do|da|du|of)?\s{0,2}(?:(?:la|le|l')\s{0,2})?(?:pieza|pe[cç]a|pi[eè]ce|part|art[ií]culo|"
    r"artigo|article|produ[a-z]{1,3}|r[eé]f[eé]rence|item)"
    # "4006381333931 ist die EAN": a barcode named right after it
    r"|\s{0,2}[(,\-\u2013]?\s{0,2}(?:is|ist|es|est|[eé]|=|:)?\s{0,2}"
    r"(?:(?:the|its|die|der|das|la|el|le|o|a|l')\s{1,2})?"
    r"(?:ean|gtin|upc|isbn|barcode|bar\s?code|strichcode|code-barres|c[oó]digo\s{1,2}de\s{1,2}"
    r"barras)(?:-?\d{1,2})?\b")


# "0123456784, it's UPS ground", "(via DHL Express)": a parcel's number, named by its carrier.
_CARRIER_AFTER = re.compile(
    r"\s{0,2}[,(\-\u2013\u2014:]?\s{0,2}(?:(?i:it'?s|that'?s|is|es|ist|est|[eé]|via|by|with|"
    r"con|por|mit|par|avec|pela|pelo|from|de|von|on)\s{1,2})?(?:(?i:the|la|el|le|o|a|die)\s{1,2})?"
    r"(?:UPS|(?i:fedex|dhl|usps|gls|dpd|tnt|seur|mrw|correos|correios|colissimo|chronopost|"
    r"purolator|postnl|royal\s{1,2}mail|canada\s{1,2}post|la\s{1,2}poste|ctt|sedex|jadlog|"
    r"ontrac|lasership|evri|yodel|parcelforce|amazon\s{1,2}logistics))\b")


_LAST_IDS: tuple[str | None, tuple[list[int], list[int], list[bool], list[bool | None]]] = (
    None, ([], [], [], []))


_COMMENT_MARK = re.compile(r"#[ \t]")


def _id_tokens(low: str) -> tuple[list[int], list[int], list[bool], list[bool | None]]:
    """Where the ID words and '#' signs of a text are (starts, ends, is '#', ``_labels`` once
    asked), found in one scan and kept for the text's next digit run. One tuple, so concurrent
    callers never mix texts."""
    global _LAST_IDS
    key, found = _LAST_IDS
    if key is not low:
        starts: list[int] = []
        ends: list[int] = []
        hashes: list[bool] = []
        for m in _TOKEN.finditer(low):
            w = m.group()
            k = m.start()
            if w == "#" and _COMMENT_MARK.match(low, k) and (
                    low[max(0, k - 8):k].rstrip(" \t")[-1:] == "\n"
                    or (k <= 8 and not low[:k].strip(" \t"))):
                continue  # "# 0172 ..." opening a line: a code comment, not a number sign
            if w == "#" or w in _ID_WORDS or w.startswith(_ID_PREFIXES) or (
                    w[-2:] == "nr" and _glued_id(w, len(w) - 2)):
                starts.append(m.start())
                ends.append(m.end())
                hashes.append(w == "#")
        found = (starts, ends, hashes, [None] * len(starts))
        _LAST_IDS = (low, found)
    return found


def _attached(text: str, s: int, e: int) -> bool:
    """Digits glued to letters are part of an identifier ("INV-2024-0012", "1920x1080")."""
    k = s - 1
    if text[max(0, s - 3):s].lower() == "0xx":  # "0xx31 99876-5432": Brazil's carrier slot
        return False
    if k >= 0 and text[k] in "-#/_":
        k -= 1
    # "6A12345678901", "menu_v03_20260402.fig": a letter glued to a word before it
    if k >= 1 and text[k].isalpha() and (text[k - 1].isalnum() or text[k - 1] == "_"):
        return True
    if e < len(text) and text[e] in "xX" and _EXT_GLUED.match(text, e + 1) and _GROUPED.search(
            text, s, e):
        return False  # "212.555.0199x23": an extension after a grouped number, not "1920x1080"
    return e < len(text) and text[e].isalpha() and not text[e:e + 3].lower().startswith("ext")


_EXT_GLUED = re.compile(r"\d{1,5}(?!\w)")
_GROUPED = re.compile(r"\d[\s.\-]\d{3}[\s.\-]\d")

# The case-insensitive patterns around a number, run without the flag over the few characters
# they read, lowercased (several times faster: no case folding per character).
_CURRENCY_BEFORE_LOW = Caseless(_CURRENCY_BEFORE).rx
_UNIT_AFTER_LOW = Caseless(_UNIT_AFTER).rx
# A word every match of _ID_AFTER holds (an item, a code or a barcode word) and one every match
# of _CARRIER_AFTER holds (a carrier's name): both patterns read 36 characters at most, so
# without such a word in the 64 after the number neither can match.
_ID_AFTER_WORD = re.compile(
    r"part|item|artic|art\u00edc|artig|artik|produ|model|serial|order|invoice|sku|pe[c\u00e7]a|pieza|"
    r"teil|pi[e\u00e8]ce|r[e\u00e9]f[e\u00e9]rence|ean|gtin|upc|isbn|bar|code|c[o\u00f3]digo")
_CARRIER_WORD = re.compile(
    r"ups|fedex|dhl|gls|dpd|tnt|seur|mrw|corre|colissimo|post|purolator|royal|canada|ctt|sedex|"
    r"jadlog|ontrac|lasership|evri|yodel|parcelforce|amazon")
_BODY_MARKS = frozenset("-./,")  # every date, year range, IP, file number or grouped figure
_LONG = 1024  # texts longer than this read the gated way in is_business_number


def is_business_number(text: str, low: str, s: int, e: int, digits: str,
                       ids: bool = True) -> bool:
    """True for dates, year ranges, prices, measurements, IDs and thousands-grouped figures.

    ``ids`` False skips the order/invoice-word check (digits written as a phone number right
    after a phone word: "same phone as on the invoice, (718) 555 0144")."""
    body = text[s:e].strip("( )+")
    if len(text) <= _LONG:  # a chat message: the patterns at once cost less than their gates
        return ((_BUSINESS_BODY.fullmatch(body) is not None)
                or _CURRENCY_BEFORE.search(text[max(0, s - 6):s]) is not None
                or _UNIT_AFTER.match(text[e:e + 12]) is not None
                or (_TIMES_AFTER.match(text[e:e + 4]) is not None and body.isdigit())
                or _attached(text, s, e)
                or _ID_AFTER.match(text, e) is not None
                or _CARRIER_AFTER.match(text, e) is not None
                or (ids and id_before(low, s)))
    if not _BODY_MARKS.isdisjoint(body) and _BUSINESS_BODY.fullmatch(body):
        return True
    if (_CURRENCY_BEFORE_LOW.search(lower_same_length(text[max(0, s - 6):s]))
            or _UNIT_AFTER_LOW.match(lower_same_length(text[e:e + 12]))):
        return True
    if body.isdigit() and _TIMES_AFTER.match(text[e:e + 4]):
        return True
    if _attached(text, s, e):
        return True
    after = lower_same_length(text[e:e + 64])
    if ((_ID_AFTER_WORD.search(after) is not None and _ID_AFTER.match(text, e))
            or (_CARRIER_WORD.search(after) is not None and _CARRIER_AFTER.match(text, e))):
        return True
    return ids and id_before(low, s)
