"""Word lists in English, Spanish, German, French and Portuguese (accents already folded)."""
from __future__ import annotations

# Words that always stand for a digit value when they sit among other digits.
UNITS: dict[str, int] = {}
for _value, _words in {
    0: "zero cero null nul",
    1: "one uno eins",
    2: "two dos zwei zwo deux dois duas",
    3: "three tres drei trois",
    4: "four cuatro vier quatre quatro",
    5: "five cinco funf fuenf cinq",
    6: "six seis sechs",
    7: "seven siete sieben sept sete",
    8: "eight ocho acht huit oito",
    9: "nine nueve neun neuf nove",
}.items():
    for _w in _words.split():
        UNITS[_w] = _value

TEENS: dict[str, int] = {}
for _value, _words in {
    10: "ten diez zehn dix dez",
    11: "eleven once elf onze",
    12: "twelve doce zwolf douze doze",
    13: "thirteen trece dreizehn treize treze",
    14: "fourteen catorce vierzehn quatorze catorze quatorze",
    15: "fifteen quince funfzehn quinze",
    16: "sixteen dieciseis sechzehn seize dezesseis dezasseis",
    17: "seventeen diecisiete siebzehn dezessete dezassete",
    18: "eighteen dieciocho achtzehn dezoito",
    19: "nineteen diecinueve neunzehn dezenove dezanove",
}.items():
    for _w in _words.split():
        TEENS[_w] = _value

TENS: dict[str, int] = {}
for _value, _words in {
    20: "twenty veinte zwanzig vingt vinte",
    30: "thirty treinta dreissig dreißig trente trinta",
    40: "forty cuarenta vierzig quarante quarenta",
    50: "fifty cincuenta funfzig cinquante cinquenta",
    60: "sixty sesenta sechzig soixante sessenta",
    70: "seventy setenta siebzig septante",
    80: "eighty ochenta achtzig huitante oitenta",
    90: "ninety noventa neunzig nonante",
}.items():
    for _w in _words.split():
        TENS[_w] = _value

HUNDRED = {"hundred", "cien", "ciento", "hundert", "cent", "cem", "cento"}
# Spanish and Portuguese hundreds are one word each, read with what follows ("novecentos e
# trinta e seis" 936, "seiscientos doce" 612); "cien"/"cem" are a hundred alone.
HUNDREDS: dict[str, int] = {"ciento": 100, "cento": 100}
for _value, _words in {
    2: "doscientos doscientas duzentos duzentas",
    3: "trescientos trescientas trezentos trezentas",
    4: "cuatrocientos cuatrocientas quatrocentos quatrocentas",
    5: "quinientos quinientas quinhentos quinhentas",
    6: "seiscientos seiscientas seiscentos seiscentas",
    7: "setecientos setecientas setecentos setecentas",
    8: "ochocientos ochocientas oitocentos oitocentas",
    9: "novecientos novecientas novecentos novecentas",
}.items():
    for _w in _words.split():
        HUNDREDS[_w] = _value * 100
# "nine hundred", "neun hundert", "deux cents": the hundred word after a unit of its language.
_EN_UNITS = frozenset("one two three four five six seven eight nine".split())
_FR_UNITS = frozenset("deux trois quatre cinq six sept huit neuf".split())
HUNDRED_UNITS = {"hundred": _EN_UNITS, "cent": _FR_UNITS, "cents": _FR_UNITS,
                 "hundert": frozenset("eins zwei zwo drei vier funf fuenf sechs sieben acht "
                                      "neun".split())}
REPEAT = {"double": 2, "triple": 3, "doble": 2, "doppel": 2, "doppelte": 2, "duplo": 2,
          "triplo": 3}
# "and" between tens and units ("cincuenta y cinco", "vinte e cinco").
JOINERS = {"y", "e", "und", "et", "and"}
# Sound-alike words that only count as digits between two other digits ("5 4 3 F0r On3").
HOMOPHONES = {"for": 4, "fore": 4, "to": 2, "too": 2, "won": 1, "ate": 8, "oh": 0, "o": 0,
              "l": 1, "i": 1, "un": 1, "une": 1, "um": 1, "uma": 1, "ein": 1, "eine": 1,
              "una": 1,
              # Portuguese "meia" (half a dozen) is six in a phone number: "nove oito meia dois"
              "meia": 6,
              # radio digits ("tree-one-zero, fife-fife-fife, niner"): see RADIO below
              "tree": 3, "fower": 4, "fife": 5, "niner": 9}
# Radio (ICAO) digit words: digits next to one other digit on either side ("tree-1-0",
# "0-1-niner"), where "for"/"to" need a digit on both sides; "a tree", "Fife" alone stay words.
RADIO = frozenset({"tree", "fower", "fife", "niner"})
# Words that only step from one part of a number to the next ("five five five, then oh one
# two", "zéro sept, puis douze"): a number word beside one still has a numeric neighbour.
STEP_WORDS = frozenset({"then", "puis", "ensuite", "dann", "danach", "luego", "despues",
                        "depois", "next"})

# "next one 03/28", "the one on 5th", "this one": after these words "one" is a pronoun.
ONE_PRONOUN_AFTER = {"next", "the", "this", "that", "last", "each", "every", "which",
                     "another", "other", "same", "new", "old", "first", "previous", "earlier",
                     "later", "second", "third", "final", "little", "big", "only"}

# Leet letters read as letters when a mixed token spells a number word ("On3", "NiN3").
LEET_TO_LETTER = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                                "8": "b", "9": "g", "@": "a", "$": "s"})
# Letters read as digits when they sit among digits ("4l5-555-O123").
LETTER_TO_DIGIT = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1",
                                 "Z": "2", "S": "5", "s": "5", "B": "8"})
DIGITISH_LETTERS = set("oOlIi|")
# ...and these capitals too, inside a group of two digits or more ("5S5", "01B8"), never at its
# ends, where they are a flat's or a model's letter ("4B", "B52")
INNER_DIGIT_LETTERS = set("SBZ")

AT_WORDS = {"at", "arroba", "arobase", "klammeraffe", "atsign", "chez"}
STRONG_AT_WORDS = {"arroba", "arobase", "klammeraffe", "atsign"}
DOT_WORDS = {"dot", "punto", "punkt", "point", "ponto", "dott", "pkt", "pto", "period", "dotcom"}
# Spoken "/" in a URL path, only right after a spoken or typed domain ("site dot com slash me").
SLASH_WORDS = {"slash", "barra", "schragstrich", "schraegstrich"}
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | HUNDRED
# Tens and units written as one word: German "dreiundzwanzig" (23), Spanish "veintitres" (23).
_DE_UNIT = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "fuenf": 5, "sechs": 6,
            "sieben": 7, "acht": 8, "neun": 9}
_DE_TENS = {w: v for w, v in TENS.items() if w.endswith("zig") or w.startswith("dreis")}
_ES_VEINTI = {"un": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
              "siete": 7, "ocho": 8, "nueve": 9}
# A unit word that reads as one after "et"/"e"/"y"/"und" between tens and units ("quarante et
# un", "vinte e um"), where alone it is an article.
ONE_AFTER_JOINER = {"un", "une", "um", "uma", "uno", "una", "eins"}
# French tens made of two words: "soixante-dix" (70), "quatre-vingt(s)" (80), "dix-huit" (18).
FR_TEEN_UNITS = {"sept", "huit", "neuf"}
FR_VINGT = {"vingt", "vingts"}


_DE_SMALL = {"eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "funf": 5, "fuenf": 5,
             "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12,
             "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "sechzehn": 16, "siebzehn": 17,
             "achtzehn": 18, "neunzehn": 19}


def _german_hundreds(word: str) -> int | None:
    """German hundreds as one word: "siebenhundertelf" 711, "zweihundertundvierzig" 240,
    "hundertdrei" 103, "neunhundert" 900."""
    head, sep, rest = word.partition("hundert")
    if not sep:
        return None
    if head and head not in _DE_UNIT:
        return None
    total = 100 * (_DE_UNIT.get(head, 1))
    if rest.startswith("und"):
        rest = rest[3:]
    if not rest:
        return total
    tail = _DE_SMALL.get(rest)
    if tail is None:
        tail = _DE_TENS.get(rest)
    if tail is None and "und" in rest:
        tail = compound_value(rest)
    return None if tail is None else total + tail


def compound_value(word: str) -> int | None:
    """Value of tens and units spelled as one word ("dreiundzwanzig", "veinticinco")."""
    if "hundert" in word:
        return _german_hundreds(word)
    if word.startswith("veinti"):
        return 20 + _ES_VEINTI[word[6:]] if word[6:] in _ES_VEINTI else None
    unit, sep, tens = word.partition("und")
    if sep and unit in _DE_UNIT and tens in _DE_TENS:
        return _DE_TENS[tens] + _DE_UNIT[unit]
    return None


def spelled_value(word: str) -> int | None:
    """Digit value of a single spelled number word, or None."""
    if word in UNITS:
        return UNITS[word]
    if word in TEENS:
        return TEENS[word]
    if word in TENS:
        return TENS[word]
    if word in HUNDREDS:
        return HUNDREDS[word]
    if len(word) > 8 and (word[:1] == "v" or "und" in word or "hundert" in word):
        return compound_value(word)
    return None
