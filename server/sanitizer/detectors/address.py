"""Street addresses: "123 Main St, Apt 4", "Calle Mayor 5", "Hauptstraße 12", "12 rue de Rivoli"."""
from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

from .. import words as _W
from ..context import Context
from ..mapped import Builder
from ..normalize import Views
from ..types import Finding
from . import postal as _postal

_NAME = r"[A-Za-z0-9][A-Za-z0-9'.\-]{0,24}"
# The same, taken whole: in "(name spaces){1,4}" with spaces optional, a plain name word can be
# cut into pieces in thousands of ways before the pattern gives up on a place.
_WHOLE_NAME = r"[A-Za-z0-9][A-Za-z0-9'.\-]{0,24}+"
_SUFFIX = (r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|"
           r"place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl|"
           r"crescent|close|alley|row|plaza|loop|pike|grove|gardens|gdns|mews|rise|heights|wharf|"
           r"parade|esplanade|green|walk|hill|quay|wynd|vale|chase|crt|cres|tce|pde|circuit|cct|"
           r"promenade|boardwalk|villas|mansions|cottages|"
           # USPS suffixes that are no everyday word ("142 Willow Bend", "9 Cedar Crest")
           r"bend|crest|commons|ridge|hollow|cove|knoll|bluff|glen|pointe|xing|"
           # common typos
           r"cresent|crecent|crescant|stret|steet|streed|raod|avenu|avenuee|boulevarde|drve|"
           # "17 Ashgrove Terr.": the terrace cut after its double r
           r"terr")
_UNIT = (r"(?i:,?\s{1,3}(?:(?:(?:apartamento|apto|apartment|apt|suite|ste|unit|flat|floor|fl|no|"
         r"bldg|building|piso|andar|etage|stock|appt?|ap|bloco|casa|sala|conj|depto|dpto|boite|bte|"
         r"bus)\b|#)\.?\s{0,2}#?"
         r"\s{0,2}[A-Za-z0-9\-]{1,6}|\d{1,2}\s?[ºª°oa]\.?\s{0,2}(?:izq(?:uierda)?|dcha|der(?:echa)?|"
         # Portuguese sides of the landing: "2º esq.", "3º Dto", "1º dir."
         r"esq(?:uerdo)?|dto|drt?|dir(?:eito)?|frente|fte|"
         r"[a-z])?\b(?:(?<=[a-z])\.)?)){0,2}")
_CITY_TAIL = (r"(?:,\s{0,3}[A-Z][A-Za-z.'\-]{1,30}(?:\s{1,2}[A-Z][A-Za-z.'\-]{0,30}){0,3}"
              r"(?:,\s{0,3}[A-Z]{2})?(?:\s{1,3}\d{4,5}(?:-\d{4})?)?)?")
_EN = re.compile(
    # "4OO9 Sycamore Ln": a letter O typed for a zero in the house number
    r"(?<![\w/.,-])(?:\d{1,4}[A-Za-z]?/)?\d[\dOo]{0,5}(?:[A-Za-z]|-[A-Za-z](?=\s))?"
    r"(?:[-\u2013]\d{1,5}[A-Za-z]?)?\s{1,3}(?:"
    + _NAME +
    r"\s{1,3}){1,4}?(?i:" + _SUFFIX + r")\b\.?"
    # "12 Oak Hill Road", "305 Cedar Crest Dr": a name that ends in a street word, then the type
    r"(?:\s{1,2}(?=[A-Z])(?i:" + _SUFFIX + r")\b\.?)?"
    r"(?:\s{1,2}(?:[NSEW]|[NS][EW])\b\.?)?" + _UNIT +
    _CITY_TAIL)
# USPS suffixes that are also everyday words ("Prospect Park W", "Fox Run", "Eagle Point"):
# only with capitals, and only with a sign of an address around them (see ``_cap_type_ok``).
_CAP_TYPES = (r"Run|Pass|Path|Point|Trace|Park|Creek|Crossing|Landing|Springs|Meadows?|Hills|"
              r"View|Vista|Valley|Brook|Harbou?r|Manor|Station|Woods|Pines|Oaks|Lakes?|Fork|"
              r"Ferry|Ranch|Acres|Turnpike|Bypass|Causeway|Expressway|Freeway|"
              # British yards and sides: "4 Coopers Yard", "7A Mill Side"
              r"Yard|Side|Fold|Gate")
_CAP_TYPE_WORDS = frozenset(w.lower() for w in _CAP_TYPES.replace("?", "").replace(
    "Harbou", "Harbor").split("|")) | {"meadow", "harbour", "lake"}
_EN_CAP = re.compile(
    r"(?<![\w/.,\-])\d[\dO]{0,5}[A-JL-Z]?\s{1,3}(?:[A-Z][a-z'\-]{1,24}\s{1,2}){1,3}(?:"
    + _CAP_TYPES + r")\b(?P<dir>\s{1,2}(?:[NSEW]|[NS][EW]|North|South|East|West)\b\.?)?")
# What makes it an address: a flat or suite after it, a town and a state or ZIP ...
_CAP_TYPE_AFTER = re.compile(
    r"(?i:,?\s{1,3}(?:apt|apartment|suite|ste|unit|flat|fl|floor|#)\b\.?\s{0,2}#?\s{0,2}\w)|"
    r",\s{0,3}[A-Z][a-z]{2,30}(?:\s[A-Z][a-z]{2,30})?,?\s{1,2}(?:[A-Z]{2}\b|\d{5}\b)|"
    # "7A Mill Side, Ferry Lane": the road it is off
    r",\s{0,3}[A-Z][a-z]{2,30}(?:\s[A-Z][a-z]{2,30})?\s(?:Lane|Road|Street)\b")
# ... or an address asked for or given right before it.
_CAP_TYPE_BEFORE = re.compile(
    r"(?i)\b(?:address|addy|addr|mailing|shipping|ship\s{1,2}(?:it\s{1,2})?to|"
    r"send\s{1,2}(?:it\s{1,2})?to|deliver(?:y|ed)?\s{1,2}to|lives?\s{1,2}(?:at|on)|"
    r"(?:my|our)\s{1,2}(?:place|house|home|apartment|apt|flat|studio|office|shop|workshop|"
    r"unit|yard|warehouse|garage|lock-?up)|"
    r"located\s{1,2}at|drop[\s\-]?off|pick[\s\-]?up|come\s{1,2}(?:by|over))\b"
    r"[^.!?\n]{0,40}\Z")


_PREFIX_TYPES = (r"jir[oó]n|jr\.(?=\s{1,3}(?:(?:de|del)\s{1,3}(?:(?:la|los|las)\s{1,3})?)?"
                 r"(?-i:[A-Z]))|pasaje|psje|calzada|"
                 r"calle|c\s?/|avenida|avda|av|paseo|plaza|pza|carrera|carretera|camino|ronda|rambla|"
                 r"glorieta|travesia|callejon|carrer|avinguda|passeig|bulevar|cuesta|ul|ulica|aleja|"
                 r"plac|rynek|osiedle|os\.(?=\s{1,3}[A-Z])|pje|jalan|jln\.?|jl\.|lorong|"
                 r"c\.(?=\s{1,2}[A-Z])|"
                 r"rua|r\.|travessa|tv|alameda|al\.|pra[cç]a|estrada|largo|rodovia|"
                 r"rue|boulevard|bd|bld|avenue|chemin|all[ée]e|impasse|quai|route|cours|"
                 r"via|viale|piazza|corso|privada|priv|cerrada|andador|prolongacion|prol|circuito|"
                 r"diagonal|transversal|cra|kra|cll|clle|chaussee|dreve|beco|ladeira|viela")
_PREFIXED = re.compile(
    r"(?i)(?<!-)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}"
    r"(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3})?(?:" + _WHOLE_NAME + r"\s{0,3}){1,4}?,?"
    r"\s{0,3}(?:(?:(?:le|el|o|the)\s{1,2})?(?:numero|number|"
    r"nummer|num\.?|nr\.?|n\.?[°ºo]?\.?|portal|puerta|casa)\s{0,2}|#\s{0,2}|"
    r"(?<=,\s)(?:el|le|o|a)\s{1,2}"
    r"(?=\d{1,5}\b(?!\s{0,2}(?:de|of|du|do|da|km|m|min|h)\b)))?(?<!\d)\d{1,5}[A-Za-z]?"
    r"(?:-\d{1,4})?\b" + _UNIT)
# "8 , rue des Lilas": a space typed before the comma too.
_NUM_FIRST = re.compile(
    r"(?i)\b\d{1,5}(?:\s{0,2}(?:bis|ter))?(?:\s{0,2},)?\s{1,3}(?:rue|avenue|boulevard|boul\.?|bd\.?|"
    r"chemin|all[ée]e|impasse|place|quai|route|cours|sentier|passage|square|ruelle|venelle|"
    r"faubourg|fbg\.?|mont[ée]e|"
    r"promenade|esplanade|voie|calle|avenida|avda\.?|rua|cit[eé]|hameau|clos|villa|r[eé]sidence|"
    r"lotissement|domaine|chauss[ée]e|dr[eè]ve)\s{1,3}(?:(?:de|du|des|la|le|l')\s{0,3}){0,2}"
    r"(?:[A-Za-z][A-Za-z'\-]{1,24}\s{0,3}){1,3}")
_GERMAN = re.compile(
    # "Schiller-\nstraße 23": a name broken at its hyphen at the end of a line
    r"(?i)\b[A-Za-z][A-Za-z\-]{1,30}(?:(?<=-)\n[A-Za-z]{0,20})?(?:stra(?:ss|ß)e|str\.?|weg|"
    # "catering 9.840 €", "during 2": English words in -ring are no German ring road
    r"gasse|allee|platz|(?<![eou])ring|damm|ufer|g(?:u|ue|ü)rtel|"
    r"chaussee|steig|pfad)(?:(?<=\.)\s{0,3}|\s{1,3}|(?=,))"  # "SPRING15" is a code, not "-ring 15"
    r"(?:,?\s{0,2}(?i:nr|hausnummer|nummer|no)\.?\s{0,2})?\d{1,4}\s{0,2}[a-z]?\b"
    r"(?:/\d{1,4}){0,3}(?![.,]\d)")
# "Sendlinger Straße 7", "Berliner Allee 12": the street word apart from its name.
_GERMAN_TWO = re.compile(
    r"\b[A-Z][A-Za-z\-]{1,30}\s(?:Stra(?:ss|ß)e|Str\.?|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee|"
    r"Steig|Pfad)\s{0,3}(?:,?\s{0,2}(?i:nr|hausnummer|nummer|no)\.?\s{0,2})?\d{1,4}\s{0,2}[a-z]?\b"
    r"(?:/\d{1,4}){0,3}")
_GERMAN_TWO_LOWER = re.compile(
    r"(?i)\b(?!(?:oder|über|ueber|aber|unser|euer|jeder|dieser|hinter|unter|weiter|wieder|immer|"
    r"oben|neben)\s)[a-zäöü][a-zäöüß\-]{2,30}er\s(?:stra(?:ss|ß)e|str\.?|weg|gasse|allee|platz|"
    r"ring|damm)\s{0,3}\d{1,4}\s{0,2}[a-z]?\b(?:/\d{1,4}){0,3}")
_GERMAN_AM = re.compile(
    r"\b(?:Am|An\s{1,2}der|Auf\s{1,2}der|Im|Zum|Zur)\s{1,2}(?=[A-Z])[A-Za-z\-]{0,20}?(?i:markt|platz|ring|"
    r"hang|berg|bach|hof|park|anger|graben|wall|tor|feld|garten|weg|see|hain|wald|kamp|deich|"
    r"teich|weiher|brunnen|bahnhof|hafen|m[uü]hle|muehle|kirche|eck|stein|rain|holz|busch|bruch|"
    r"grund|h[oö]he|hoehe|acker|wiese|weide|mauer|born|quelle|schloss|turm|bogen|kreuz|gut)"
    r"\s{1,2}\d{1,4}[a-z]?\b")
# "Weg am Teich 11", "Straße zur Mühle 4": the street word first, then a place.
_GERMAN_WEG_AM = re.compile(
    r"\b(?:Weg|Stra(?:ss|ß)e|Gasse|Platz|Pfad|Allee|Steig)\s{1,2}(?:am|an\s{1,2}der|auf\s{1,2}der|"
    r"im|zum|zur|beim|hinter\s{1,2}der|in\s{1,2}der|unter\s{1,2}den|vor\s{1,2}dem|"
    r"[uü]ber\s{1,2}die)\s{1,2}[A-Z][A-Za-z\-]{1,30}\s{1,2}\d{1,4}[a-z]?\b")
# "Unit 3B, Riverside Industrial Estate, Hull HU9 1PQ": a full UK postcode after a town, with
# the named building, estate or unit before it.
_UK_TOWN_POSTCODE = re.compile(
    r"(?:(?:(?i:unit|flat|suite|apt|apartment|studio|office)\s{1,2}[A-Za-z0-9\-]{1,5}|"
    r"\d{1,4}[A-Za-z]?(?:\s{1,2}[A-Z][A-Za-z'\-]{1,24}){1,4}|"
    r"[A-Z][A-Za-z'\-]{1,24}(?:\s{1,2}[A-Za-z][A-Za-z'\-]{1,24}){0,4}),\s{1,3}){0,3}"
    # "a Chamberlain ML700EV": a brand and model after an article, not a town and postcode
    r"(?<![\w\-])(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)"
    r"(?!(?i:post\s?code|zip|code|example|format|sample|e\.g)\b)[A-Z][a-z]{2,24}"
    r"(?:[\s\-]{1,2}[A-Z][a-z]{2,24}){0,2},?\s{1,3}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# Numbered grids (Edmonton, Calgary): "10235 - 101 Street NW", "9920 82 Ave".
_GRID = re.compile(
    r"(?<![\w/.,\-])\d{3,6}[A-Za-z]?\s{0,2}[-\u2013]?\s{0,2}\d{2,3}(?:st|nd|rd|th)?\s{1,2}"
    r"(?:Street|St(?!\.?\s{1,2}[A-Z][a-z])|Avenue|Ave|Av|STREET|AVENUE|Road|Rd)\b\.?(?:\s{1,2}(?:[NS][EW]|[NSEW])\b)?")
# "77 Kingsway, Hove", "12 Broadway, Bath": a one-word street name ending in its type.
_COMPOUND_STREET = re.compile(
    r"(?<![\w.,\-])\d{1,5}[A-Za-z]?\s{1,3}[A-Z][a-z]{2,20}(?:way|gate|street|road|lane)\b"
    r"(?=,?\s{1,3}[A-Z][a-z]{2,})")
# Nouns that follow "in der", "Neue" without being a street: "In der Folge 3", "Neue Version 2".
_DE_NOT_STREETS = (r"(?:Folge|Runde|Woche|Phase|Version|Regel|Zeit|Tabelle|Zeile|Spalte|Liste|"
                   r"Datei|Mail|Nachricht|Rechnung|Summe|Ausgabe|Auflage|Staffel|Serie|Gruppe|"
                   r"Klasse|Stufe|Kategorie|Nummer|Kapitel|Abschnitt|Seite|Mitte|Regel|Halle|"
                   r"Etage|Stunde|Minute|Tag|Monat|Jahr|Saison|Teil|Fassung|Variante|Runde|"
                   r"Kalenderwoche|Position|Zeitung|Rolle|Schule|Praxis|Pause|Liga|Welt)\b")
# "Unter den Linden 10", "An den Eichen 7 in Hannover".
_GERMAN_DEN = re.compile(
    r"\b(?:An|Unter|In|Auf|Hinter|Vor|Zu|Bei|Zwischen|Über|Uber|Neben)\s{1,2}(?:den\s{1,2}"
    r"[A-Z][a-zäöüß]{2,20}n|(?:dem|der)\s{1,2}(?!" + _DE_NOT_STREETS + r")[A-Z][a-zäöüß]{1,20})"
    r"\s{1,2}\d{1,4}[a-z]?\b(?=\s{0,2}(?:[,.;)]|$|in\b|im\b|bei\b))")
# "Lange Reihe 19, Hamburg", "Alte Gasse 4 in Ulm": an adjective and a noun, then a number.
_DE_ADJ_NOUN = re.compile(
    r"\b(?:Alte|Neue|Lange|Gro(?:ß|ss)e|Kleine|Hohe|Obere|Untere|Breite|Hintere|Vordere|Innere|"
    r"Schmale|Krumme|Stille|Sch[oö]ne|Alter|Neuer|Langer|Gro(?:ß|ss)er|Kleiner|Hoher|Oberer|"
    r"Unterer|Breiter|Hinterer|Vorderer|Innerer|Altes|Neues|Langes|Hohes)\s{1,2}(?!"
    + _DE_NOT_STREETS + r")[A-Z][a-zäöüß]{2,20}\s{1,2}\d{1,4}[a-z]?\b(?=\s{0,2}(?:,\s{0,2}[A-Z\d]|"
    r"[.;)]|$|in\s[A-Z]))")
# "Résidence Les Pins, bât. C, apt 12, 33000 Bordeaux": a named residence up to the postcode.
_FR_RESIDENCE = re.compile(
    r"(?i:\b(?:residence|lotissement|lieu[\s\-]dit|hameau|domaine|cite|immeuble|batiment))"
    r"\s{1,3}[A-Z][\w'\-]{0,24}(?:\s{1,2}[\w'\-]{1,24}){0,4}(?:,\s{0,3}[^,\n]{1,25}){0,3},?"
    r"\s{0,3}\d{5}\s{1,3}[A-Z][A-Za-z\-]{1,30}")
# Brasília: "SQN 308 Bloco C apto 203", "SHIS QI 5 conjunto 2 casa 8".
_BRASILIA = re.compile(
    r"\b(?:SQ[NS]W?|SHI[NS]|SCL[NS]|CL[NS]|CR[NS]|EQ[NS]|QN[A-Z]|Q[IL]|SH[NS]|SC[NS])\s{0,2}\d{1,4}"
    r"(?:\s{0,3},?\s{0,3}(?i:bloco|bl|conjunto|conj|cj|casa|lote|apto?|apartamento)\.?\s{0,2}"
    r"[A-Za-z0-9]{1,4}){1,3}")
# "Calle Real s/n": a street with no house number ("sin número", "sem número").
_PREFIXED_SN = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3}"
    r")?(?:" + _WHOLE_NAME + r"\s{0,3}){1,4}?,?\s{0,3}(?:s/n|s\.n\.|sin\s{1,2}n[uú]mero|"
    r"sem\s{1,2}n[uú]mero)(?![\w/])")
# "Km 4,5 Carretera de Burgos", "Rodovia BR-101, km 32": a point on a road.
_ROAD_KM = re.compile(
    r"(?i)\bkm\.?\s{0,2}\d{1,4}(?:[,.]\d{1,3})?,?\s{0,3}(?:(?:de|da|do|of)\s{1,2}(?:la\s{1,2})?)?"
    r"(?:carretera|ctra|autov[ií]a|rodovia|estrada|ruta|route|highway|hwy|autopista)\.?"
    r"(?:\s{1,3}(?:de|del|da|do|la)?\s{0,2}[A-Z0-9][\w\-]{0,24}){1,3}|"
    r"\b(?:carretera|ctra|autov[ií]a|rodovia|estrada|ruta|highway|hwy|autopista|blvd|boulevard|"
    r"bulevar|calzada|avenida|av)\.?"
    r"(?:\s{1,3}(?:de|del|da|do|la)?\s{0,2}[A-Z0-9][\w\-]{0,24}){1,3},?\s{0,3}km\.?\s{0,2}"
    r"\d{1,4}(?:[,.]\d{1,3})?")
# Dutch streets: "Prinsengracht 263-267", "Keizersgracht 12", "Vondelstraat 4".
_DUTCH = re.compile(
    r"\b[A-Za-z][A-Za-z\-]{1,30}(?:straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|wal)"
    r"\s{0,3}\d{1,4}\s{0,2}[a-zA-Z]?(?:-\d{1,4})?\b")
# Nordic streets, the street word joined to its name: "Istedgade 58", "Storgatan 19",
# "Strandvejen 100", "Bogstadveien 15", "Aleksanterinkatu 15"; or apart after a name ("Karl
# Johans gate 22", "Sankt Hans Torv 3"). Not "Brigade 2", "Renegade 3", "Departures gate 4".
_NORDIC_ENDS = (r"(?:(?<!bri)(?<!rene)gaden?|vej(?:en)?|straede|str\u00e6de|torv(?:et)?|"
                r"plads(?:en)?|gatan|gata|gaten|vagen|torg(?:et)?|vei(?:en)?|vegen|"
                r"plass(?:en)?|stigen|katu|kuja)")
_NORDIC = re.compile(
    r"(?i:\b[a-z][a-z\-]{1,30}" + _NORDIC_ENDS + r")\s{0,3}\d{1,4}\s{0,2}[a-zA-Z]?(?:-\d{1,4})?"
    r"\b(?![.,:]\d)|"
    r"\b(?:[A-Z][a-z]{1,20}\s)?[A-Z][A-Za-z\-]{1,30}(?<!Departures)(?<!Arrivals)(?<!Terminals)(?<!Gates)"
    r"(?:(?<=s)\s(?:gate|gata|gade|vej|vei|veien|gatan)|\s(?:Gade|Vej|Vejen|Gata|Gatan|Vei|Veien|"
    r"Torv|Torvet|Plads|Pladsen|Torg|Torget|Plass|Plassen|Vagen|(?<=s\s)Gate))"
    r"\s{1,3}\d{1,4}[a-zA-Z]?\b(?![.,:]\d)")
_NORDIC_KEY_RX = re.compile(r"gade|vej|str(?:ae|\u00e6)de|torv|plads|gat[ae]|vagen|torg|vei|"
                            r"vegen|plass|stigen|katu|kuja")
_DUTCH_KEYS = ("straat", "laan", "gracht", "plein", "kade", "dijk", "singel", "steeg", "dreef",
               "wal ")
# Brazilian plots: "Lote 5 Quadra 3", "Qd. 12 Lt. 4".
_LOTE_QUADRA = re.compile(
    r"(?i)\b(?:(?:lote|lt)\.?\s{0,2}\d{1,4}[a-z]?,?\s{1,3}(?:quadra|qd)\.?\s{0,2}\d{1,4}[a-z]?|"
    r"(?:quadra|qd)\.?\s{0,2}\d{1,4}[a-z]?,?\s{1,3}(?:lote|lt)\.?\s{0,2}\d{1,4}[a-z]?)\b")
# Irish Eircodes after their name: "Eircode D02 X285".
_EIRCODE = re.compile(r"(?i)\beircode\s{0,2}:?\s{0,2}[a-z]\d[\dw]\s?[a-z0-9]{4}\b")
# An Eircode after the town or county it belongs to: "Bray, Co. Wicklow A98 YV29".
_EIRCODE_SHAPE = re.compile(r"\b[ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4}\b")
_EIRCODE_AFTER_PLACE = re.compile(
    r"(?<![\w.\-])(?:Co\.?\s{1,2}|County\s{1,2})?([A-Z][a-z]{2,20})(?:\s{1,2}\d{1,2}[wW]?)?,?\s{1,3}"
    r"([ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4})\b")
# ... with the house and street before the town: "9 Glenageary Park, Dún Laoghaire, Co. Dublin
# A96 K2P7". The parts before the town are a house number and names, each up to its comma.
_EIRCODE_ADDRESS = re.compile(
    r"(?<![\w.,\-])\d{1,4}[A-Za-z]?\s{1,3}[A-Z][A-Za-z'\-]{1,24}(?:\s{1,2}[A-Z][A-Za-z'\-]{1,24}){0,3}"
    r",\s{1,3}(?:[A-Z][A-Za-z'\-]{1,24}(?:\s{1,2}[A-Z][A-Za-z'\-]{1,24}){0,3},\s{1,3}){0,2}"
    r"(?:Co\.?\s{1,2}|County\s{1,2})?[A-Z][a-z]{2,20}(?:\s{1,2}\d{1,2}[wW]?)?,?\s{1,3}"
    r"[ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4}\b")
# "Thames 1845, Palermo, CABA": a street name and house number, then the district and a big
# city or its short form, with no street word (Argentina, Uruguay, Mexico...).
_CITY_MARKS = (r"CABA|C\.A\.B\.A\.?|Capital\s{1,2}Federal|Buenos\s{1,2}Aires|Bs\.?\s{0,2}As\.?|"
               r"GBA|CDMX|Ciudad\s{1,2}de\s{1,2}M[eé]xico|Montevideo|C[oó]rdoba|Rosario|Mendoza|"
               r"La\s{1,2}Plata|Santiago|Lima|Bogot[aá]|Medell[ií]n|Guadalajara|Monterrey|Asunci[oó]n")
_NAME_NUMBER_CITY = re.compile(
    r"(?<![\w.])((?:[A-Z][a-z'\-]{2,24}|de|del|la|las|los)(?:\s{1,2}(?:[A-Z][a-z'\-]{1,24}|de|"
    r"del|la|las|los)){0,3})\s{1,2}\d{1,5}[A-Za-z]?\b(?:\s{0,2}(?:[,\-]\s{0,2})?(?i:piso|depto|"
    r"dpto|dto|apto)\.?\s{0,2}[\w\u00ba\u00aa]{1,4})?,\s{1,3}(?:[A-Z][\w'\-]{1,24}(?:\s{1,2}"
    r"(?:[A-Z][\w'\-]{1,24}|de|del))?,\s{1,3}){0,2}(?:" + _CITY_MARKS + r")\b")
# ... or then an Argentine postcode (CPA: a letter, four digits, three letters), with or
# without the district: "Gorriti 4820, Palermo (C1414BJL)", "Av Cabildo 2040 C1428AAR".
_NAME_NUMBER_CPA = re.compile(
    r"(?<![\w.])((?:[A-Z][a-z'\-]{2,24}|de|del|la|las|los)(?:\s{1,2}(?:[A-Z][a-z'\-]{1,24}|de|"
    r"del|la|las|los)){0,3})\s{1,2}\d{1,5}[A-Za-z]?\b(?:\s{0,2}(?:[,\-]\s{0,2})?(?i:piso|depto|"
    r"dpto|dto|apto)\.?\s{0,2}[\w\u00ba\u00aa]{1,4})?(?:,\s{1,3}[A-Z][\w'\-]{1,24}(?:\s{1,2}"
    r"(?:[A-Z][\w'\-]{1,24}|de|del))?){0,2}\s{0,3}[,(\-]?\s{0,2}(?:CP\s{0,2}:?\s{0,2})?"
    r"[A-HJ-NP-Z]\d{4}[A-Z]{3}\b\)?")
_CPA_HINT = re.compile(r"\b[A-HJ-NP-Z]\d{4}[A-Z]{3}\b")
# Numbered things of an office or a project, not streets: "Nivel 3, Palermo, CABA".
_NOT_CITY_STREETS = frozenset({
    "nivel", "etapa", "fase", "paso", "punto", "zona", "sector", "local", "stand", "puesto",
    "mesa", "grupo", "equipo", "sucursal", "tienda", "lote", "turno", "ronda", "semana", "dia",
    "capitulo", "parte", "modulo", "aula", "box", "consultorio", "oficina", "piso", "planta"})
_CITY_KEYS = re.compile(
    r"caba|c\.a\.b\.a|capital federal|buenos aires|bs\.? ?as|gba|cdmx|ciudad de m|montevideo|"
    r"cordoba|c\u00f3rdoba|rosario|mendoza|la plata|santiago|lima|bogot|medell|guadalajara|"
    r"monterrey|asunci")
# A street named with no street word, right after "my address is", "vivo en", "ich wohne":
# "mi dirección es Gurruchaga 1180", "Adresse: Lindenhof 4".
_INTRO_HEAD = (
    r"(?i:\b(?:address|addy|addr|direccion|direcci\u00f3n|domicilio|adresse|anschrift|morada|"
    r"endereco|endere\u00e7o|live\s{1,2}(?:at|on)|vivo\s{1,2}en(?:\s{1,2}la)?|"
    r"moro\s{1,2}(?:na|no|em)|wohne(?:\s{1,2}(?:in\s{1,2}der|an\s{1,2}der|am|im|in))?|"
    r"habite(?:\s{1,2}(?:au|a|\u00e0))?)\s{0,2}(?:is|es|ist|lautet|est|\u00e9|e)?\s{0,2}:?\s{0,3})")
# "the house is 19 Ashgrove, Celbridge", "la casa está en Los Olivos 455": a home, shop or
# office said to be at a place.
_PLACE_HEAD = (
    r"(?i:\b(?:house|home|place|flat|apartment|shop|studio|workshop|casa|taller|oficina|"
    r"tienda|depto|departamento|loja|escrit[oó]rio|apartamento|atelier|werkstatt|wohnung|maison|"
    r"boutique)\s{1,2}(?:is|'s|es|est[aá]|queda|fica|[eé]|ist|liegt|est|se\s{1,2}trouve)"
    r"(?:\s{1,2}(?:at|on|in|en|na|no|em|au|\u00e0|a))?\s{0,2}:?\s{1,3}|"
    r"\b(?:estoy|estamos|estou|estamos|quedo|fico)\s{1,2}(?:en|em|na|no)\s{1,2})")
_INTRO = re.compile(
    r"(?:" + _INTRO_HEAD + "|" + _PLACE_HEAD + r")"
    # a capitalised word among them: "la casa es de 1978" is a year, not "Calle de 1978"
    r"((?:(?:de|del|la|las|los|da|do|dos|das|von|van|der|du|des|le|les)\s{1,3}){0,2}"
    r"[A-Z][\w'.\-]{1,24}"
    r"(?:\s{1,3}(?:[A-Z][\w'.\-]{1,24}|de|del|la|las|los|da|do|dos|das|von|van|der|du|des|le|les))"
    r"{0,4}),?\s{1,3}(?:n[°º.]?\s{0,2}|#\s{0,2})?\d{1,5}[A-Za-z]?\b(?![.,:]\d)" + _UNIT)
# "my address is 8 Riverside, Kingston", "house is 19 Ashgrove, Celbridge": a house number and a
# name with no street word, then the town or a postcode.
_INTRO_NUM_FIRST = re.compile(
    r"(?:" + _INTRO_HEAD + "|" + _PLACE_HEAD + r")"
    r"((?:\d(?:[\- ]\d){1,4}|\d{1,5}[A-Za-z]?),?\s{1,3}(?!The\b)[A-Z][a-z'\-]{2,24}"
    r"(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2})"
    r"(?=,\s{0,3}[A-Z][a-z]{2,}|\s{1,3}[A-Z]{1,2}\d|\s{0,3}[.!]?\s{0,3}$|"
    # "my address: 5, Ivy Mews, behind the pub": where it is, after a comma
    r"\s{0,2}[,;]\s{0,3}(?i:off|near|behind|next\s{1,2}to|opposite|across|just|by|past|"
    r"cerca|junto|detr[aá]s|frente|nahe|neben|hinter|pr[eè]s|derri[eè]re|perto|atr[aá]s)\b|"
    # "the house is 118 Sycamore (the blue one)": a remark in brackets after the street
    r"\s{1,3}\((?!\s{0,2}(?:\d|(?i:minutes?|mins?|hours?|days?|weeks?|months?|years?)\b)))")
# "my shop is at 770 Valencia, come by", "the studio's at 7-7-0 Mission": a place of one's own
# said to be at a house number and a name, whatever follows the comma. The number may be typed
# digit by digit.
_AT_PLACE_NUMBER = re.compile(
    r"(?i:\b(?:house|home|place|flat|apartment|shop|studio|workshop|office|store|salon|bakery|"
    r"garage|warehouse)(?:\s{1,2}is|'s)(?:\s{1,2}located)?\s{1,2}(?:at|on)\s{1,2})"
    r"((?:\d(?:[\- ]\d){1,4}|\d{1,5}[A-Za-z]?)\s{1,3}(?!The\b)[A-Z][a-z'\-]{2,24}"
    r"(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2})"
    r"(?=\s{0,2}[,;.!?)]|\s{0,3}$|\s{1,2}(?:and|but|so|if|come|ring|near)\b)")
_AT_PLACE_WORDS = frozenset({"house", "home", "place", "flat", "apartment", "shop", "studio",
                             "workshop", "office", "store", "salon", "bakery", "garage",
                             "warehouse"})
# Days and months after "at 3": a time, not a house ("the workshop is at 3 Tuesday").
_CALENDAR_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "noon", "midnight", "sharp", "tomorrow", "tonight", "today", "acres",
    "hectares", "oclock"})
# The number of a thing, not of a house: "ticket number 27, Main Street store".
_ID_WORDS = frozenset({"order", "ticket", "invoice", "item", "case", "reference", "ref", "booking",
                       "table", "seat", "gate", "platform", "track", "model", "part", "account",
                       "customer", "client", "member", "phone", "tel"})
# Software and devices named with a number: "el taller está en Windows 11".
_PRODUCT_NAMES = frozenset({
    "windows", "android", "ios", "macos", "office", "excel", "figma", "photoshop", "iphone",
    "ipad", "galaxy", "pixel", "chrome", "firefox", "python", "java", "node", "wordpress",
    "shopify", "canva", "zoom", "teams", "ubuntu", "debian", "fedora", "sketch", "illustrator",
    "premiere", "lightroom", "revit", "autocad", "sap", "oracle", "vue", "angular", "react"})
_PLACE_WORDS = frozenset({"house", "home", "place", "flat", "apartment", "shop", "studio",
                          "workshop", "casa", "taller", "oficina", "tienda", "depto",
                          "departamento", "loja", "escritorio", "apartamento", "atelier",
                          "werkstatt", "wohnung", "maison", "boutique", "estoy", "estamos",
                          "estou", "quedo", "fico"})
# Words that name a part of a building, not a street: "my office is in Building 4".
_NOT_STREET_NAMES = frozenset({
    "building", "bldg", "hall", "terminal", "gate", "tower", "torre", "edificio", "bloco",
    "sala", "planta", "andar", "etage", "stock", "haus", "halle", "raum", "zimmer", "salle",
    "batiment", "level", "suite", "office", "wing", "area", "zone", "zona", "sector", "room",
    "floors", "rooms", "levels", "stories", "storeys", "units", "desks", "bedrooms", "beds",
    "seats", "guests", "tables", "chairs", "stars", "pisos", "andares", "etages", "stockwerke"})
_NOT_POSTAL = re.compile(r"(?:mail|ip|web|mac|url|site|wallet|btc|eth|ipv[46])[\s\-]{0,2}$")
# A street named with no street word, then the flat: "Gurruchaga 1180 depto 3".
_NAME_NUMBER_FLAT = re.compile(
    r"(?<![\w.])([A-Z][a-z'\-]{2,24}(?:\s{1,2}(?:[A-Z][a-z'\-]{1,24}|de|del|la|da|do|dos|das)){0,3})"
    r",?\s{1,2}\d{1,5}[A-Za-z]?,?\s{1,2}(?:(?:galeria|galer\u00eda|fondo|frente),?\s{1,2})?"
    r"(?:(?i:depto|dpto|departamento|piso|apto|apartamento|apt|puerta|pta|andar|bloco|bte|boite|"
    r"local|loja|timbre|interfone|portero|int|interior)\.?\s{0,2}(?:[A-Za-z]?\d{1,4}[A-Za-z]?|[A-Za-z]\b|"
    r"\d{1,2}\s?[ºª°])|"
    r"PB\b|(?i:planta\s{1,2}baja|principal|pral\.?|entresuelo|entlo\.?|[aá]tico|sobre[aá]tico)\b|"
    r"\d{1,2}\s?(?:[ºª°]|o|to|er|do|vo|no)?\.?\s{0,2}"
    r"(?i:piso|andar|planta)\b)")
# Things with numbers that are not houses ("the bus number 6 on Main Street").
_NUMBERED_THINGS = frozenset({
    "bus", "tram", "train", "route", "line", "platform", "gate", "player", "table", "seat",
    "shirt", "jersey", "flight", "bay", "pump", "track", "page", "item", "ticket", "order", "step",
    "slide", "lot", "stand", "booth", "room", "desk", "stall", "pitch", "court", "level", "unit",
    "exit", "junction", "locker", "car", "van", "truck", "linea", "línea", "ônibus", "onibus"})
# "Sala 402, 4º andar": a room inside a building, not a street.
_ROOM_WORDS = frozenset({"sala", "salle", "room", "raum", "oficina", "escritorio", "escritório",
                         "bureau", "despacho", "consultorio", "consultório", "aula", "auditorio",
                         "auditório", "gate", "suite", "studio", "estudio", "estúdio", "box"})
_FLAT_WORDS = frozenset({"depto", "dpto", "departamento", "piso", "apto", "apartamento", "apt",
                         "puerta", "pta", "andar", "bloco", "bte", "boite", "local", "loja", "pb",
                         "planta", "timbre", "interfone", "portero", "principal", "pral",
                         "entresuelo", "entlo", "atico", "sobreatico", "int", "interior"})
# "Condomínio Vila Verde, casa 14", "Fracc. Las Lomas, lote 3": a house in a gated compound.
_COMPOUND = re.compile(
    r"(?i:\b(?:condom[ií]nio|cond\.|residencial|conjunto\s{1,2}residencial|urbanizaci[oó]n|urb\.|"
    r"urbaniza[cç][aã]o|fraccionamiento|fracc\.|loteamento|quinta))\s{1,3}[A-Z][\w'\-]{1,24}"
    r"(?:\s{1,2}[\w'\-]{1,24}){0,3},?(?:\s{1,3}(?i:calle|rua|street|manzana|mz|etapa|bloque|sector|"
    r"quadra|qd)\.?\s{0,2}[\w\-]{1,5},)?\s{1,3}(?i:casa|bloco|bl|apto|ap|apartamento|lote|lt|quadra|qd|depto|dpto|unidad|villa|"
    r"torre)\.?\s{0,2}\d{1,5}[A-Za-z]?\b")
_COMPOUND_WORDS = frozenset({"condominio", "cond", "residencial", "conjunto", "urbanizacion", "urb",
                             "urbanizacao",
                             "fraccionamiento", "fracc", "loteamento", "quinta"})
_CA_POSTCODE = re.compile(
    r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?\s{1,2}([ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d)\b")
_CA_POSTCODE_HINT = re.compile(r"[A-Z]\d[A-Z]\s?\d[A-Z]\d")
_RURAL_ROUTE = re.compile(
    r"(?i)\b(?:rr|r\.r\.|rural\s{1,2}route)\s{0,2}#?\d{1,3},?\s{1,2}site\s{0,2}\d{1,4}"
    r"(?:,?\s{1,2}(?:comp|c)\.?\s{0,2}\d{1,4})?")
# "Maple Ave, number 27", "Elm Street no. 4": the house number after the street name.
_NAME_THEN_NUMBER = re.compile(
    r"(?<![\w.])(?:(?:[A-Z][A-Za-z0-9'.\-]{0,24}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,3}(?i:"
    + _SUFFIX + r")\b\.?,?\s{0,3}"
    # "Linden Close, house 31": the number named by the house or its door, after a comma
    r"(?i:number|house\s{1,2}number|no\.?|n\.?[º°o]\.?|nr\.?|num\.?|#|"
    r"(?:(?<=,)|(?<=,\s)|(?<=,\s\s)|(?<=,\s\s\s))(?:house|door|portal))"
    r"\s{0,2}\d{1,5}[A-Za-z]?\b")
# House numbers spelled out: "twenty-two Birch Lane", "rua Augusta numero mil e duzentos".
_HUNDREDS = ("doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
             "ochocientos novecientos duzentos trezentos quatrocentos quinhentos seiscentos "
             "setecentos oitocentos novecentos mil mille thousand tausend cents")
_NUMBER_WORD = (r"(?:" + "|".join(sorted(set(_W.NUMBER_WORDS) | set(_HUNDREDS.split()),
                                          key=len, reverse=True)) + r")")
# Tens and units as one word: "dreiundzwanzig", "veintitres".
_COMPOUND_NUMBER = (r"(?:(?:ein|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun)und"
                    r"(?:zwanzig|dreissig|dreißig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)|"
                    r"veinti(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))")
_NUMBER_WORD = r"(?:" + _COMPOUND_NUMBER + "|" + _NUMBER_WORD[3:]
# "nine-oh-four": a zero said as "oh" between two number words.
_SPOKEN_NUMBER = (r"(?i:" + _NUMBER_WORD + r"(?:[\s\-]{1,2}(?:and|y|e|et|und|"
                  r"(?:oh[\s\-]{1,2}){0,2}" + _NUMBER_WORD + r")){0,5})\b")
# Two number words or more: "dos mil trescientos catorce", a house number without "número".
_SPOKEN_NUMBER_LONG = (r"(?i:" + _NUMBER_WORD + r"(?:[\s\-]{1,2}(?:(?:and|y|e|et|und)"
                       r"[\s\-]{1,2})?" + _NUMBER_WORD + r"){1,5})\b")
# "vivo en Fuencarral número cuarenta y dos": the same, the house number spelled out after
# its marker.
_INTRO_SPOKEN = re.compile(
    _INTRO_HEAD + r"((?:[A-Z][\w'.\-]{1,24})(?:\s{1,3}(?:[A-Z][\w'.\-]{1,24}|de|del|la|las|los|"
    r"da|do|dos|das|von|van|der|du|des|le|les)){0,4}),?\s{1,3}(?i:numero|number|nummer|"
    r"num\.|nr\.?|n[°º]\.?|no\.)\s{0,2}" + _SPOKEN_NUMBER + _UNIT)
_COMPOUND_WORD = re.compile("(?i)" + _COMPOUND_NUMBER + "$")
_EN_SPOKEN = re.compile(
    r"(?<![\w\-])" + _SPOKEN_NUMBER + r"\s{1,3}(?:[A-Z][A-Za-z'.\-]{0,24}\s{1,3}){1,3}?(?i:"
    + _SUFFIX + r")\b\.?(?:\s{1,2}(?=[A-Z])(?i:" + _SUFFIX + r")\b\.?)?")
# After "address is", "at", "on": the street's words in any case, and a dot or comma typed
# after the number by voice typing ("my address is twenty one. Beech Hill drive").
_EN_SPOKEN_INTRO = re.compile(
    r"(?<![\w\-])" + _SPOKEN_NUMBER + r"[.,]?\s{1,3}((?:[A-Za-z][A-Za-z'\-]{1,24}\s{1,3}){1,2})"
    r"(?i:" + _SUFFIX + r")\b\.?")
# A message that starts with the address, the number spelled out and a town after a comma
# ("thirty two hazelwood crescent, cork").
_LINE_START = re.compile(r"(?:^|\n)[ \t]{0,3}\Z")
_HOME_PART_NEXT = re.compile(r"(?i)\s{0,2}[,;]?\s{0,3}(?:flat|apt|apartment|unit|suite|floor|"
                             r"buzzer|piso|andar|etage|wohnung|porte|portal|puerta)\.?\s{0,2}"
                             r"(?:no\.?|#)?\s{0,2}(?:\d{1,4}[a-z]?|[a-z])\b")
_TOWN_NEXT = re.compile(r"\s{0,2},\s{0,3}[A-Za-z][a-z'\-]{2,}")
# A spelled house number must end the phrase: "Am Steinbruch siebzehn, Haus B", "Vondelstraat
# twaalf." but not "Am Markt zwei Stände".
_SPOKEN_END = (r"(?=\s{0,2}(?:[,.;!?)\u2013\u2014]|$)|\s{1,2}(?i:haus|hinterhaus|etage|stock|"
               r"bei|in|im|apt|flat|floor)\b)")
_GERMAN_SPOKEN = re.compile(
    r"(?i)\b[a-z][a-z\-]{1,30}(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|ring|damm|ufer)"
    r"(?:\s{1,3}(?:(?:nr|nummer|hausnummer)\.?\s{1,2})?" + _SPOKEN_NUMBER
    # "Lindenallee, Hausnummer siebzehn": after a comma only with the marker, and the
    # number ending the phrase
    + r"|\s{0,2},\s{1,3}(?:nr|nummer|hausnummer)\.?\s{1,2}" + _SPOKEN_NUMBER + _SPOKEN_END + ")")
# "Am Steinbruch siebzehn", "Im Lindenhof zwölf": a German place street, its number spelled out.
_GERMAN_AM_SPOKEN = re.compile(_GERMAN_AM.pattern.replace(r"\s{1,2}\d{1,4}[a-z]?\b", "")
                               + r"\s{1,2}" + _SPOKEN_NUMBER + _SPOKEN_END)
# "Istedgade fifty-eight", "Vondelstraat twaalf": Dutch and Nordic streets, spelled out.
_JOINED_SPOKEN = re.compile(
    r"(?i:\b[a-z][a-z\-]{1,30}(?:straat|laan|gracht|plein|kade|singel|" + _NORDIC_ENDS[3:]
    + r")\s{1,3}" + _SPOKEN_NUMBER + _SPOKEN_END)
# "my house is twenty two Sycamore, come by": a home said to be at a spelled number and a name.
_INTRO_SPOKEN_FIRST = re.compile(
    r"(?:" + _INTRO_HEAD + "|" + _PLACE_HEAD + r")(" + _SPOKEN_NUMBER
    + r",?\s{1,3}(?!The\b)[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2})"
    r"(?=\s{0,2}[,;.!?)(]|\s{0,3}$)")
_PREFIXED_SPOKEN_BARE = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3}"
    r")?(?:(?-i:[A-Z])[A-Za-z'.\-]{1,24}\s{1,3}){1,3}?(?:" + _SPOKEN_NUMBER_LONG
    # one number word when the phrase ends there: "calle Almendro quince, Murcia"
    + "|" + _SPOKEN_NUMBER + _SPOKEN_END + ")")
# "au dix-huit rue Mercière", "el veintitres calle ...": a spelled number before the street word.
_NUM_FIRST_SPOKEN = re.compile(
    r"(?<![\w\-])" + _SPOKEN_NUMBER + r"(?:\s{1,2}(?i:bis|ter|quater)\b)?,?\s{1,3}"
    r"(?i:rue|avenue|boulevard|bd|chemin|all[ée]e|"
    r"impasse|place|quai|route|cours|passage|calle|avenida|rua)\s{1,3}"
    # "douze bis avenue Jean Jaurès": "bis" after the number, a street of two names
    r"(?:(?i:de|du|des|la|le|l')\s{0,3}){0,2}[A-Z][\w'\-]{1,24}(?:\s{1,2}[A-Z][\w'\-]{1,24}){0,2}")
_PREFIXED_SPOKEN = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3}"
    r")?(?:" + _NAME + r"\s{0,3}){1,4}?,?\s{0,3}(?:numero|number|nummer|n[°ºo]\.?)\s{0,2}"
    + _SPOKEN_NUMBER)
# Mexican addresses: "Insurgentes Sur 1602, col. Crédito Constructor".
_COLONIA = re.compile(
    r"(?<![\w.])(?:[A-Z][A-Za-z'.\-]{1,24}\s{1,3}){1,4}\d{1,5}[A-Za-z]?(?:\s{0,2}(?i:int|"
    r"interior|depto|dpto|piso)\.?\s{0,2}[\w\-]{1,6})?,?\s{1,3}(?i:col\.|colonia)\s{0,3}"
    r"[A-Z][A-Za-z'\-]{1,30}(?:\s{1,2}[A-Z][A-Za-z'\-]{1,30}){0,3}")
_POBOX = re.compile(
    r"(?i)\b(?:p\.?\s{0,2}o\.?\s{0,2}box|post\s{0,2}office\s{0,2}box|postfach|apartado(?:\s"
    r"de\s correos|\s{1,2}postal)?|caixa\s{1,2}postal|bo[iî]te\s{1,2}postale|bp|gpo\s{0,2}box|"
    r"locked\s{1,2}bag|pmb|private\s{1,2}mail\s{1,2}box|casilla(?:\s{1,2}de\s{1,2}correos?)?|"
    r"postbus|(?:rr|hc|rural\s{1,2}route)\s{0,2}\d{1,4},?\s{1,2}box)\s{0,3}#?\s{0,2}\d{1,8}"
    r"(?!\d|\s{0,2}/\s{0,2}\d)")  # "bp 120/80" is a blood pressure
# "22 Grand-Rue, Strasbourg": the French high street, named without another street word.
_GRAND_RUE = re.compile(
    r"(?i)(?<![\w.,\-])\d{1,5}(?:\s{0,2}(?:bis|ter))?,?\s{1,3}grande?[\s\-]rue\b")
# "number 412 Elm": a house number said as such, then a one-word street at the end.
_NUMBER_WORD_NAME = re.compile(
    r"(?i:\b(?:number|no\.|n[º°]\.?))\s{0,2}\d{1,5}[A-Za-z]?\s{1,2}[A-Z][a-z]{2,20}"
    r"(?=\s{0,3}[,.!]|\s{0,3}$)")
# "4 av. Jean Jaurès", "12 avda. de la Paz": the number, a short street type, a capitalised name.
_NUM_FIRST_AV = re.compile(
    r"(?<![\w.,\-])\d{1,5}(?:\s{0,2}(?i:bis|ter))?,?\s{1,3}(?i:av|avda|sq)\.?\s{1,3}"
    r"(?!(?i:ft|feet|foot|m|mi|km|yds?|in|inch(?:es)?|meters?|metres?|cm)\b)"
    r"(?:(?i:de|du|des|la|le|l')\s{0,3}){0,2}[A-Z][A-Za-z'\-]{1,24}(?:\s{1,3}[A-Z][A-Za-z'\-]{1,24}){0,2}")
# "301 e pine #4", "88 N Clark apt 2": a direction and a name without a street word, then a flat.
_DIRECTIONAL = re.compile(
    r"(?i)(?<![\w/.,\-])\d{1,6}[a-z]?\s{1,2}(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s{1,2}"
    r"(?!(?:and|or|of|the|to|at|in|on|for|st|street|ave|avenue|rd|road)\b)[a-z][a-z'\-]{2,20}"
    r"(?:\s{1,2}[a-z][a-z'\-]{2,20})?\s{0,2},?\s{0,2}(?:#|apt\.?|apartment|unit|ste\.?|suite)\s{0,2}"
    r"[a-z0-9\-]{1,6}\b")
# "drop-off is 3115 N Kedzie, both have parking": a capitalised name after the direction, and
# nothing after it that makes the number a count or a power ("60 W Edison bulbs").
_DIRECTIONAL_NAME = re.compile(
    r"(?<![\w/.,\-])\d{2,6}\s{1,2}(?:[NSEW]|[NS][EW]|North|South|East|West)\.?\s{1,2}"
    r"[A-Z][a-z'\-]{2,20}(?=\s{0,2}(?:[,;!?)]|\.(?!\w)|$)|\s(?:in|and|near|by|on|for|"
    # "3321 N Clark (ring twice)", "2210 W Belmont - side door": a note about the door,
    # when the place is said just before (see ``_NOTE_INTRO``)
    r"y|en|und|et|e)\b|\s{1,2}(?P<note>\((?!\d)|[\-\u2013\u2014]\s))")
# "meet me at home, 3321 N Clark (ring twice)" but not "buy 60 W Edison (warm white) bulbs".
_NOTE_INTRO = re.compile(r"(?i)\b(?:at|to|address|addy|home|house|place)\s{0,2}[:,]?\s{1,2}\Z")
# "street is 1427 Rosewood", "calle es Pintor Sorolla 58": the street word says what it is.
_STREET_IS = re.compile(
    r"(?i)\b(?:street|st|calle|rua|stra(?:ss|ß)e|rue)\s{0,2}(?:is|es|[eé]|ist|est|:)\s{0,2}"
    r"((?-i:\d{1,5}[A-Za-z]?\s{1,3}[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}|"
    r"[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}\s{1,3}\d{1,5}[A-Za-z]?)\b)")
# "It's number 6 on Pelham Road", "no. 14 in Elm Close": the house number, then its street.
_NUMBER_ON_STREET = re.compile(
    r"(?i:\b(?:number|no\.?|nr\.?|n[uú]mero|num[eé]ro|nummer)\s{0,2}(\d{1,5}[a-z]?)\s{1,3}"
    r"(?:on|in|at|en|em|na|no|auf|in\s{1,2}der|sur|dans\s{1,2}la)\s{1,2}(?:the\s{1,2})?)"
    r"((?-i:[A-Z][\w'\-]{1,24})(?:\s{1,2}(?-i:[A-Z][\w'\-]{1,24})){0,2}\s{1,2}(?i:" + _SUFFIX
    + r")\b\.?)")
# "it's 140 on Whitmore Street", "we're 12 on Alder Road": the house number said without
# "number", right after one says where one is.
_BARE_NUMBER_ON_STREET = re.compile(
    r"(?i:\b(?:it'?s|it\s{1,2}is|we'?re|we\s{1,2}are|i'?m|i\s{1,2}am|(?:i|we)\s{1,2}live\s{1,2}at|"
    r"(?:house|home|place|flat|shop|studio|office)\s{1,2}is)\s{1,2}(\d{1,5}[a-z]?)\s{1,3}"
    r"(?:on|in)\s{1,2}(?:the\s{1,2})?)"
    + _NUMBER_ON_STREET.pattern.rsplit("(?:the\\s{1,2})?)", 1)[1])
# "I'm at 603 Elm, the street not the tree": a house number and a name, said to be a street
# right after.
_AT_NUMBER_NAME_STREET = re.compile(
    r"(?i:\b(?:i'?m|i\s{1,2}am|we'?re|we\s{1,2}are|(?:i|we)\s{1,2}live|living|staying)\s{1,2}"
    r"at\s{1,2})(\d{1,5}[a-z]?\s{1,3}(?!The\b)[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24})?)"
    r"(?=[^.!?\n\d]{0,30}\b(?i:(?:the|a|that'?s\s{1,2}the|it'?s\s{1,2}a)\s{1,2}(?:street|road|"
    r"avenue|lane)|la\s{1,2}calle|a\s{1,2}rua|la\s{1,2}rue|die\s{1,2}stra(?:ss|\u00df)e)\b)")
# "we're number nineteen on Aspen Crescent": the same, the house number spelled out.
_NUMBER_ON_STREET_SPOKEN = re.compile(
    r"(?i:\b(?:number|no\.?|nr\.?|n[uú]mero|num[eé]ro|nummer)\s{0,2}(" + _SPOKEN_NUMBER
    + r")\s{1,3}(?:on|in|at|en|em|na|no|auf|in\s{1,2}der|sur|dans\s{1,2}la)\s{1,2}"
    r"(?:the\s{1,2})?)" + _NUMBER_ON_STREET.pattern.rsplit("(?:the\\s{1,2})?)", 1)[1])
# "I'm on Kingsway, house number 48", "we live on Elm Close - house no. 7": once the message
# gives a house number as such, the street said to be where one is.
_ON_STREET = re.compile(
    r"(?i:\b(?:i'?m|i\s{1,2}am|we'?re|we\s{1,2}are|live|living|lives|located|based|house\s{1,2}is|"
    r"home\s{1,2}is|flat\s{1,2}is|vivo|vivimos|moro|wohne|wohnen|j'habite|habite|"
    # "house number is how many burpees you made me do (37) and it's on Birch Lane"
    r"it'?s|it\s{1,2}is|that'?s|which\s{1,2}is|"
    # "come to Maple Ave, house number is three times nine"
    r"come|coming|head|drive|swing|pop)\s{1,2}(?:(?:over|round|down)\s{1,2})?"
    r"(?:on|in|at|to|by|en|na|no|em|in\s{1,2}der|an\s{1,2}der|am|au|dans\s{1,2}la|sur)\s{1,2}"
    r"(?:the\s{1,2})?)"
    r"((?-i:[A-Z][a-z]{2,20})(?i:way|gate|street|road|lane|stra(?:ss|\u00df)e|weg|gasse)\b|"
    r"(?:(?-i:[A-Z][\w'\-]{1,24})\s{1,2}){1,3}(?i:" + _SUFFIX + r")\b\.?)")
# "number 14 on that street, Ridley Road": the street named after "that street".
_NUMBER_ON_THAT_STREET = re.compile(
    r"(?i:\b(?:number|no\.?|nr\.?|n[uú]mero|num[eé]ro|nummer)\s{0,2}(\d{1,5}[a-z]?)\s{1,3}"
    r"(?:on|in|at)\s{1,2}(?:that|the|this|my|our)\s{1,2}(?:street|road|lane|avenue|close)"
    r"\s{0,2}[,:\-\u2013\u2014]\s{0,2})"
    r"((?-i:[A-Z][\w'\-]{1,24})(?:\s{1,2}(?-i:[A-Z][\w'\-]{1,24})){0,2}\s{1,2}(?i:" + _SUFFIX
    + r")\b\.?)")
# "postcode is SW9 8PQ", "my post code: M14 5TQ": a full UK postcode given as one's own.
_POSTCODE_SAID = re.compile(
    r"(?i:\b(?:post\s?code|postal\s{1,2}code|zip(?:\s{0,2}code)?|code\s{1,2}postal|"
    r"c[o\u00f3]digo\s{1,2}postal)(?:'s|\s{1,2}(?:is|est|es|\u00e9|c'est)|\s{0,2}:|(?=\s))\s{0,2})"
    r"([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d)\b")
# "postcode M4 1HN, number 19, the red door on Tariff St": with the postcode and the house
# number given, the street said after "on" goes too.
_ON_ANY_STREET = re.compile(
    r"(?i:\b(?:on|in|off)\s{1,2}(?:the\s{1,2})?)"
    r"((?:(?-i:[A-Z][\w'\-]{1,24})\s{1,2}){1,3}(?i:" + _SUFFIX + r")\b\.?)")
_NUMBER_GIVEN = re.compile(r"(?i)\b(?:number|no\.|nr\.?|house|door|flat)\s{0,2}\d")
# "my shop is on Mercer — number 318", "we're on Linwood, no. 33": one's own place on a street
# named alone, its house number after it.
_ON_NAME_NUMBER = re.compile(
    r"(?i:\b(?:(?:my|our|the)\s{1,2}(?:shop|store|house|home|place|flat|office|studio|workshop|"
    r"building|door|apartment|unit)\s{1,2}(?:is|'s)|i'?m|i\s{1,2}am|we'?re|we\s{1,2}are|"
    r"(?:i|we)\s{1,2}live|located|based)\s{1,2}(?:on|in|at)\s{1,2})"
    r"((?-i:[A-Z][a-z'\-]{2,20})(?:\s{1,2}(?-i:[A-Z][a-z'\-]{2,20}))?\s{0,2}"
    r"(?:[,:\-\u2013\u2014]\s{0,2}){1,2}(?i:number|no\.?|nr\.?|n[\u00ba\u00b0]|#)\s{0,2}"
    r"\d{1,5}[a-z]?)\b")
_OWN_HOME = re.compile(
    r"(?i)\b(?:my|our|i'?m|i\s{1,2}am|we'?re|i\s{1,2}live|we\s{1,2}live|home|house|flat|"
    r"(?:number|no\.)\s{0,2}\d{1,5}|mon|ma|chez\s{1,2}moi|j'habite|mi|vivo|nuestro)\b")
# "Unit 12, 40 Hartley Industrial Estate", "Unit 4 Oakfield Business Park": a unit on an
# industrial or business estate.
_ESTATE = re.compile(
    r"(?:(?i:unit|units|plot|bay|building|bldg|block)\s{0,2}\d{1,4}[A-Za-z]?,?\s{1,3})?"
    r"(?<![\w.,\-])(?:\d{1,4}[A-Za-z]?,?\s{1,3})?(?:[A-Z][A-Za-z'\-]{1,24}\s{1,2}){1,3}"
    r"(?:Industrial|Trading|Business|Retail|Enterprise|Technology|Science|Commercial|Craft|"
    r"Trade|Distribution|Logistics|Innovation)"  # "Unit 5, Harbour Trade Park"
    r"\s{1,2}(?:Estate|Park|Centre|Center|Village)\b")
# "Polígono Industrial Las Salinas, nave 14", "Gewerbegebiet Nord, Halle 3", "ZA des Landes,
# lot 12": an industrial estate named first, then the unit.
_ESTATE_FIRST = re.compile(
    r"(?i:\b(?:pol[ií]gono(?:\s{1,2}industrial)?|parque\s{1,2}(?:industrial|empresarial|"
    r"tecnol[oó]gico)|zona\s{1,2}industrial|zone\s{1,2}(?:industrielle|artisanale|"
    r"d'activit[eé]s?)|gewerbegebiet|industriegebiet|gewerbepark|distrito\s{1,2}industrial)|"
    r"\b(?:ZI|ZA|ZAC)\b)\s{1,2}"
    r"(?:(?:de|del|la|las|los|des|du|da|do|dos|das)\s{1,2})?[A-Z][\w'\-]{1,24}"
    r"(?:\s{1,2}(?:de|del|la|las|los|des|du|da|do|[A-Z][\w'\-]{1,24})){0,3},?\s{1,3}"
    r"(?i:nave|naves|parcela|lote|local|b[aâ]timent|b[aâ]t\.?|lot|halle|tor|unidad|galp[aã]o|"
    r"m[oó]dulo|unit|edificio|edif\.?|geb[aä]ude|building|bloco|pavilh[aã]o)\s{0,2}\d{1,4}[A-Za-z]?\b")
_ESTATE_FIRST_WORDS = frozenset({"poligono", "parque", "zona", "zone", "gewerbegebiet",
                                 "industriegebiet", "gewerbepark", "distrito", "zi", "za",
                                 "zac"})
_ESTATE_NUMBERED = re.compile(r"(?:unit|units|plot|bay|building|bldg|block)\s{0,2}\d|\d\s")
# ... or, once the message gave the house number ("house number 56, street is Thornbury
# Gardens"), the street's name alone.
_STREET_IS_NAMED = re.compile(
    # "at number 58, the street's Sycamore"
    r"(?i)\b(?:street|st|calle|rua|stra(?:ss|ß)e|rue)\s{0,2}(?:is|es|[eé]|ist|est|:|'s)\s{0,2}"
    r"[\"'\u2018\u201c\u00ab]?((?-i:\d{1,5}[A-Za-z]?\s{1,3}[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}|"
    r"[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}(?:\s{1,3}\d{1,5}[A-Za-z]?)?)\b)")
# "my street number is 27": the house's number on its street, said as such
_HOUSE_NUMBER_SAID = re.compile(r"(?i)\b(?:(?:house|street)\s{1,2}(?:number|no\.?)|hausnummer|"
                                r"hausnr\.?|n[uú]mero\s{1,2}d[ae]\s{1,2}(?:la\s{1,2})?(?:calle|rua)|"
                                r"n[uú]mero\s{1,2}da\s{1,2}casa|n[uú]mero\s{1,2}de\s{1,2}casa|"
                                r"num[eé]ro\s{1,2}de\s{1,2}maison)\s{0,2}(?:is|es|ist|est|[eé]|:)?"
                                r"\s{0,2}\d{1,5}")
# "pickup is at number 58", "we're at no. 7": a house number as a place to be.
_AT_NUMBER = re.compile(r"(?i)\b(?:at|is|we'?re|i'?m)\s{1,2}(?:number|no\.|nr\.?|#)\s{0,2}"
                        r"\d{1,5}[a-z]?\b")
# The house number named, its digits said in a riddle or further on ("house number is however
# many burpees you did (37)"): with a digit anywhere, the street said to be where it is goes.
_HOUSE_NUMBER_NAMED = re.compile(
    r"(?i)\b(?:(?:house|home|door)\s{1,2}(?:number|no\.?|#)|hausnummer|hausnr\.?|"
    # "my house has the number forty-five", "la casa tiene el número", "das Haus hat die
    # Nummer", "la maison porte le numéro", "a casa tem o número"
    r"(?:house|home|door|casa|puerta|haus|t[uü]r|maison|porte|porta)\s{1,2}(?:has|bears|carries|"
    r"tiene|lleva|hat|tr[aä]gt|porte|a|tem|leva)\s{1,2}(?:the|el|die|le|o|a)?\s{0,2}"
    r"(?:number|n[uú]mero|nummer|num[eé]ro)|"
    r"n[uú]mero\s{1,2}d[ae]\s{1,2}(?:la\s{1,2})?(?:casa|porta|puerta)|"
    r"num[eé]ro\s{1,2}de\s{1,2}(?:la\s{1,2})?(?:maison|porte))")
# Every match of ``_HOUSE_NUMBER_SAID`` holds "house", "street", "hausn", "n[uú]mero" or
# "num[eé]ro", and every match of ``_HOUSE_NUMBER_NAMED`` "house", "home", "door", "hausn" or
# "n[uú]m": a scan for these that starts with a character class rules out most texts far faster
# than the patterns themselves, which are tried at every position.
_HOUSE_NUMBER_SAID_GATE = re.compile(r"(?i)[hsn](?:ouse|treet|ausn|[u\u00fa]mero|um[e\u00e9]ro)")
_HOUSE_NUMBER_NAMED_GATE = re.compile(r"(?i)[hdn](?:ouse|ome|oor|ausn|[u\u00fa]m)")


def _house_number_said(text: str) -> bool:
    """``_HOUSE_NUMBER_SAID.search(text) is not None``, the gate first."""
    return (_HOUSE_NUMBER_SAID_GATE.search(text) is not None
            and _HOUSE_NUMBER_SAID.search(text) is not None)


def _house_number_named(text: str) -> bool:
    """``_HOUSE_NUMBER_NAMED.search(text) is not None``, the gate first."""
    return (_HOUSE_NUMBER_NAMED_GATE.search(text) is not None
            and _HOUSE_NUMBER_NAMED.search(text) is not None)


_DIRECTIONAL_HINT = re.compile(r"(?i)\d\s{1,2}(?:[nsew]|[ns][ew]|north|south|east|west)\.?\s")
# "twenty two maple street" in lower case: only right after "at", "on", "is", "address".
_SPOKEN_INTRO = re.compile(r"(?i)(?:\b(?:at|on|is|to|address|addy)\s{0,2}:?\s{1,2})$")
# "1183 Route 9W, Fort Lee", "2200 State Route 16 N": a house on a numbered road, then the town
# or a direction (not "Route 66 theme").
_NUMBERED_ROUTE = re.compile(
    r"(?<![\w/.,\-])[NSEW]?\d{1,6}[A-Za-z]?\s{1,3}(?:(?:State|US|U\.S\.|County|Farm\s{1,2}to\s{1,2}Market|"
    r"Old|Provincial)\s{1,2})?(?:Route|Rte\.?|Highway|Hwy\.?|Road|Rd\.?|FM|SR|CR)\s{0,2}-?\s{0,2}\d{1,4}"
    r"[A-Z]?\b(?=,\s{0,3}[A-Z][a-z]{2,}|\s{1,2}(?:[NSEW]|North|South|East|West)\b)")
# Utah and Idaho grids: "1234 S 500 E", "350 N 200 W".
_UTAH_GRID = re.compile(
    r"(?<![\w/.,\-])\d{1,5}\s{1,2}(?:[NSEW]|North|South|East|West)\.?\s{1,2}\d{1,4}\s{1,2}"
    r"(?:[NSEW]|North|South|East|West)\b\.?")
_DIRECTION_WORDS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south",
                              "east", "west"})
_UTAH_HINT = re.compile(r"\d\s{1,2}[NSEW]\.?\s{1,2}\d{1,4}\s{1,2}[NSEW]\b")
# "vivo en el número 14 de la calle Goya", "au numéro 8 de la rue Oberkampf".
_NUMBER_OF_STREET = re.compile(
    r"(?i)\b(?:n[uú]mero|n[º°o]\.?|no\.)\s{0,2}\d{1,5}[a-z]?,?\s{1,2}(?:de|da|do|du|of)\s{1,2}"
    r"(?:(?:la|a|l'|the)\s{0,2})?(?:calle|c/|rua|avenida|av\.?|avda\.?|travessa|rue|avenue|"
    r"boulevard|bd|street|road|paseo|plaza|pra[cç]a|alameda|estrada|carrera)\.?\s{1,3}"
    r"(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,2})?(?-i:[A-Z])[\w'\-]{1,24}"
    r"(?:\s{1,2}(?-i:[A-Z])[\w'\-]{1,24}){0,2}")
# "Villa 14, Street 22, Al Barsha 2": a house, then a street known by its number (Gulf, India).
_UNIT_NUMBERED_STREET = re.compile(
    r"(?i)\b(?:villa|house|flat|apt|apartment|building|bldg|plot|office|shop|unit)\s{0,2}(?:no\.?\s{0,2})?"
    r"#?\s{0,2}\d{1,5}[a-z]?,?\s{1,3}(?:street|st|road|rd|lane|ln|sikka|sector)\.?\s{0,2}(?:no\.?\s{0,2})?"
    r"#?\s{0,2}\d{1,4}[a-z]?\b")
# "47-A, Sector 15, Chandigarh": a house number, its sector or block, then the town.
_HOUSE_SECTOR_TOWN = re.compile(
    r"(?<![\w.,/\-])\d{1,5}(?:-?[A-Za-z])?,?\s{1,3}(?i:sector|sec|block|phase|pocket)\.?\s{0,2}-?"
    r"\s{0,2}\d{1,3}[A-Za-z]?,\s{0,3}[A-Z][a-z]{2,}")
# Words of a land record that follow a lot and block in a deed, never a town.
_RECORD_WORDS = frozenset({"plat", "book", "page", "map", "volume", "folio", "deed", "tract",
                           "survey", "township", "range", "section", "subdivision", "instrument",
                           "parcel", "lot", "block"})
# "the house number is 310", "Hausnummer ist 12": a house number given as such.
_HOUSE_NUMBER_IS = re.compile(
    r"(?i)\b(?:house|home)\s{1,2}(?:number|no\.?|#)(?:\s{0,2}(?:is|:)\s{0,2}\d{1,5}|"
    r"\s{0,2}\d{2,5})[a-z]?\b|"
    r"\b(?:hausnummer|hausnr\.?)\s{0,2}(?:ist|:)?\s{0,2}\d{1,4}\s?[a-z]?\b|"
    r"\bn[u\u00fa]mero\s{1,2}(?:de\s{1,2}(?:la\s{1,2})?(?:casa|puerta|portal)|da\s{1,2}casa)\s{0,2}"
    r"(?:es|\u00e9|:)?\s{0,2}\d{1,5}[a-z]?\b")
# "number 14, SW9 8QT": a house number and a full UK postcode.
_HOUSE_UK_POSTCODE = re.compile(
    r"(?<![\w.\-/])\d{1,4}[A-Za-z]?,?\s{1,3}[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
# "52 Via dei Coronari", "20 Corso Buenos Aires": an Italian street with the number first.
_NUM_FIRST_IT = re.compile(
    r"(?<![\w.,\-])\d{1,4}[A-Za-z]?,?\s{1,3}(?:Via|Viale|Piazza|Piazzale|Corso|Vicolo|Largo|Lungomare|"
    r"Borgo)\s{1,2}(?:(?:dei|del|della|delle|degli|di|da|dello|San|Santa|Santo|XX)\s{1,2}){0,2}"
    r"[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}")
# "we're at 400 Boylston, 6th floor": a house number and a name, then the floor or flat.
_NUMBER_NAME_FLOOR = re.compile(
    r"(?i:\b(?:at|to|is|on|its|it's)\s{1,2}|[:,]\s{0,2})(\d{1,5}[A-Za-z]?\s{1,3}(?!The\b)"
    r"[A-Z][a-z'\-]{2,24}"
    r"(?:\s{1,2}[A-Z][a-z'\-]{2,24})?)(?:\s{1,2}\((?i:the\s{1,2})?(?i:street|road|lane|"
    r"avenue|close|drive|st|rd|ave)\b[^()\n]{0,30}\))?,?\s{1,3}"
    r"(?i:(?:building|bldg|block|tower)\.?\s{0,2}"
    r"[a-z0-9]{1,3},?\s{1,3})?(?i:\d{1,2}(?:st|nd|rd|th)\s{1,2}(?:floor|fl)\b|"
    r"(?:apt|apartment|suite|ste|unit|flat)\.?\s{0,2}#?\s{0,2}[a-z0-9\-]{1,5}\b|"
    r"#\s{0,2}\d{1,5}[a-z]?\b)")
# Streets named after a date (Mexico, Brazil): "5 de Febrero 220", "16 de Septiembre 45".
_DATE_STREET = re.compile(
    r"(?<![\w.,\-])(?:[1-3]?\d)\s{1,2}de\s{1,2}(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|"
    r"Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Janeiro|Fevereiro|Mar[cç]o|Maio|"
    r"Junho|Julho|Setembro|Outubro|Novembro|Dezembro),?\s{1,3}(?:(?:n[°ºo]\.?|#)\s{0,2})?"
    r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Z]?\b(?![:.,]\d|\s{0,2}(?:[a-z]{2,}|[%€$]|hs?\b))")
# "Hausnummer 17, Birkenweg": the house number named first, then the street.
_NUMBER_THEN_STREET = re.compile(
    r"(?i:\b(?:hausnummer|hausnr\.?|haus\s{1,2}nr\.?|house\s{1,2}(?:number|no\.?)))\s{0,2}\d{1,4}"
    r"\s?[a-z]?,?\s{1,3}[A-Z][a-z\u00e4\u00f6\u00fc\u00df\-]{1,30}(?i:stra(?:ss|\u00df)e|str\.|weg|gasse|allee|"
    r"platz|ring|damm|ufer|road|street|lane|avenue|drive)\b")
# "the yellow house, number 27, Elm Row, Edinburgh": the house number named, then the street and
# the town.
_MARKED_NUMBER_STREET = re.compile(
    r"(?i:\b(?:number|no\.|n[º°]\.?|#))\s{0,2}\d{1,4}[A-Za-z]?,?\s{1,3}(?:[A-Z][a-z'\-]{1,24}\s{1,2}){1,3}"
    r"(?i:" + _SUFFIX + r")\b\.?(?=\s{0,3}[,;.!?)\u2013\u2014]|\s{0,3}$|\s{1,3}-\s)")
# "number forty-two, Holloway Lane": the same, the house number spelled out.
_MARKED_SPOKEN_STREET = re.compile(
    r"(?i:\b(?:number|no\.|n[º°]\.?|#))\s{0,2}" + _SPOKEN_NUMBER + r",?\s{1,3}"
    r"(?:[A-Z][a-z'\-]{1,24}\s{1,2}){1,3}(?i:" + _SUFFIX + r")\b\.?"
    r"(?=\s{0,3}[,;.!?)\u2013\u2014]|\s{0,3}$|\s{1,3}-\s)")
# "I'm on Ferndale Road, number eight hundred and four": the street, then its house number named
# and spelled out.
_NAME_THEN_SPOKEN = re.compile(
    r"(?<![\w.])((?:[A-Z][A-Za-z'.\-]{0,24}\s{1,3}){1,3}(?i:" + _SUFFIX + r")\b)\.?(?:\s{0,2},)?"
    r"\s{1,3}(?i:(?:house\s{1,2})?number|house\s{1,2}no\.?|no\.|n\.?[º°]\.?|nr\.?|#)\s{0,2}"
    + _SPOKEN_NUMBER + r"(?=\s{0,2}(?:[,.;!?()\u2013\u2014]|$))")
# "rua dos Pinheiros, mil e duzentos, ap 52": a street, a comma, then the number spelled out.
_PREFIXED_SPOKEN_COMMA = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:(?:de|del|da|do|dos|das|la|le|des|du)\s{1,3}"
    # "calle de los Tilos, ciento diez": an article after "de" too
    r"(?:(?:los|las|la|les)\s{1,3})?)?(?-i:[A-Z])[A-Za-z'.\-]{1,24}(?:\s{1,3}(?-i:[A-Z])[A-Za-z'.\-]{1,24}){0,2},\s{1,3}"
    + _SPOKEN_NUMBER_LONG + r"(?=\s{0,2}(?:[,.;!?)]|$))")
# A street named, then its house number said as such, in digits or in words: "Calle Sol, el
# número es el 7", "Rua das Flores, o número é trinta e oito", "Elm Grove in Didsbury, number
# fourteen", "Street: Clement Avenue. Number: 1402", "Cedar Lane, and the house number is my
# age, 34". The number ends the phrase ("Main Street, number one in town for tacos" stays).
# The patterns stop before the number, which is read after a match (``_house_number_at``): a
# spelled number inside a pattern tried at every capital cost a second per 100 KB.
# English streets start at a capital (the scan stops at capitals only); streets with the word
# first are tried where such a word is written (``_at_words``).
_STREET_EN_HEAD = (r"[A-Z](?<![\w.][A-Z])[A-Za-z'\-]{1,24}\s{1,3}(?:[A-Z][A-Za-z'\-]{1,24}"
                   r"\s{1,3}){0,2}(?i:" + _SUFFIX + r")\b\.?")
_STREET_PREFIX_HEAD = (
    r"(?i:(?:" + _PREFIX_TYPES + r")\.?)\s{1,3}(?:(?i:de|del|da|do|dos|das|la|le|des|du)"
    r"\s{1,3}(?:(?i:los|las|la|les)\s{1,3})?)?[A-Z][\w'\-]{1,24}(?:\s{1,3}[A-Z][\w'\-]{1,24}){0,2}")
# "... in Didsbury": the town or district said after the street
_STREET_TOWN = r"(?:\s{1,2}(?:in|en|em|na|no|im|\u00e0)\s{1,2}[A-Z][a-z'\-]{2,24})?"
_NUMBER_SAID_TAIL = (
    r")\s{0,2}[,.;:\-\u2013\u2014]\s{0,3}"
    r"(?i:(?:(?:and|y|e|et|und)\s{1,2})?(?:(?:the|its|el|la|o|a|die|le|son|su|seu)\s{1,2})?"
    r"(?:(?:house|home|door|street)\s{1,2})?"
    r"(?:number|no\.|nr\.?|n[u\u00fa]mero|num[e\u00e9]ro|nummer|hausnummer|n[\u00ba\u00b0]\.?)"
    # "the number is my age, 34": a few words of a riddle, then the digits
    r"(?:(?:\s{1,2}(?:is|es|[e\u00e9]|ist|est|lautet)|'s)\s{1,3}"
    r"(?P<f>[a-z' ]{2,24}[,:(]\s{0,2})?|\s{0,2}:?\s{0,3})(?P<a>(?:el|the|o|le|die|la)\s{1,2})?)")
_STREET_THEN_NUMBER_SAID = re.compile("(" + _STREET_EN_HEAD + _STREET_TOWN + _NUMBER_SAID_TAIL)
_PREFIXED_THEN_NUMBER_SAID = re.compile(
    "(" + _STREET_PREFIX_HEAD + _STREET_TOWN + _NUMBER_SAID_TAIL)
_HOUSE_NUMBER_END = (r"(?=\s{0,2}(?:[,.;!?()\u2013\u2014]|$)|\s{1,2}(?i:flat|apt|apartment|"
                     r"floor|piso|andar|etage|stock|haus|bis|ter|puerta|porta|porte)\b)")
_HOUSE_DIGITS = re.compile(r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?\b(?![.,:/]\d)"
                           + _HOUSE_NUMBER_END)
_HOUSE_SPOKEN = re.compile(_SPOKEN_NUMBER + _HOUSE_NUMBER_END)
# "Kingsley Road - sixty-one - flat 4", "Ashford Cres, nineteen, it's the house with the red
# fence": the street, then a bare house number between commas or dashes, then the flat or a
# word about the house.
_BARE_TAIL = r")\s{0,2}(?:,|\s[\-\u2013\u2014])\s{1,3}"
_STREET_THEN_BARE = re.compile("(" + _STREET_EN_HEAD + _STREET_TOWN + _BARE_TAIL)
_PREFIXED_THEN_BARE = re.compile("(" + _STREET_PREFIX_HEAD + _STREET_TOWN + _BARE_TAIL)
_HOME_AFTER = (r"\s{0,2}(?:,|[\-\u2013\u2014])\s{0,3}"
               r"(?i:flat|apt|apartment|unit|suite|floor|buzzer|bell|door|gate|piso|andar|etage|"
               r"wohnung|porte|portal|puerta|it'?s\s{1,2}the\s{1,2}(?:house|place|building|door|"
               r"flat|gate)|ring|knock)\b")
_BARE_DIGITS = re.compile(r"(?!(?:19|20)\d\d\b)(\d{1,5}[A-Za-z]?)" + _HOME_AFTER)
_BARE_SPOKEN = re.compile("(" + _SPOKEN_NUMBER + ")" + _HOME_AFTER)
_BARE_NUMBER_HOME = frozenset({"flat", "apt", "apartment", "unit", "suite", "floor", "buzzer",
                               "bell", "door", "gate", "piso", "andar", "etage", "wohnung",
                               "porte", "portal", "puerta", "house", "ring", "knock"})
# "the 500 block of Pearl St, exactly 512": a block, then the house on it.
_BLOCK_OF_STREET = re.compile(
    r"(?i:\b\d{1,3}00\s{1,2}block\s{1,2}of\s{1,2}(?:the\s{1,2})?)"
    r"((?:[A-Z][A-Za-z'\-]{1,24}\s{1,3}){1,3}(?i:" + _SUFFIX + r")\b\.?)"
    r"(?i:\s{0,2}[,;:\-\u2013\u2014]?\s{0,3}(?:(?:exactly|number|no\.?|#|it'?s|we'?re|i'?m|"
    r"house|at)\s{0,2})?)(\d{1,5}[a-z]?)\b(?![.,:/]\d|\s{0,2}(?i:%|am|pm|h)\b)")
# "estoy en Corrientes al 1847", "sobre Santa Fe al mil doscientos": Argentine and Uruguayan
# streets give the house number after "al".
_STREET_AL_NUMBER = re.compile(
    r"(?i:\b(?:en|sobre)\s{1,2}(?:(?:la\s{1,2})?(?:av\.?|avenida|calle)\s{1,2})?)"
    r"([A-Z][\w'\-]{2,24}(?:\s{1,2}[A-Z][\w'\-]{1,24}){0,2}\s{1,2}al\s{1,2}"
    r"(?:[1-9]\d{2,4}\b(?![.,:/]\d|\s{0,2}%)|" + _SPOKEN_NUMBER_LONG + r"))")
# A house known by its name, its street and its village, with no number at all: "The Old
# Forge, Church Lane, Little Wittenham", "Rose Cottage, Mill Road, Bures".
_HOUSE_NAME_STREET = re.compile(
    r"(?<![\w,])(?:The\s{1,2}(?:[A-Z][a-z'\-]{1,20}\s{1,2}){0,2}[A-Z][a-z'\-]{2,20}|"
    r"(?:[A-Z][a-z'\-]{1,20}\s{1,2}){1,2}(?:Cottage|House|Farm|Farmhouse|Barn|Lodge|Mill|Forge|"
    r"Manor|Grange|Rectory|Vicarage|Croft|Oast|Villa|Bungalow|Cottages|Hall))"
    r",\s{1,3}(?:[A-Z][a-z'\-]{1,24}\s{1,2}){1,3}(?i:" + _SUFFIX + r")\b\.?,\s{1,3}"
    r"[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}\b")
# Torre Europa, piso 6", "edificio Cóndor, apto 9": a named building, then the floor or flat.
_BUILDING_FLOOR = re.compile(
    r"(?i:\b(?:torre|edificio|edif\.?|edf\.?|residencias|conjunto|pr[eé]dio|bloque))\s{1,3}"
    r"[A-Z][\w'\-]{1,24}(?:\s{1,2}[A-Z][\w'\-]{1,24}){0,2},?\s{1,3}(?i:piso|apto|apartamento|apt|"
    r"local|oficina|of\.|sala|andar|depto|dpto)\.?\s{0,2}\d{1,4}[A-Za-z]?\b")
# Colombian crossings: "calle 50 con 7", "Carrera 15 con Calle 93".
_CROSSING_CO = re.compile(
    r"(?i)\b(?:calle|carrera|cra|kra|cl|cll|avenida|av|diagonal|dg|transversal|tv)\.?\s{1,2}\d{1,3}"
    r"\s?[a-z]?\s{1,2}con\s{1,2}(?:(?:calle|carrera|cra|kra|cl|cll|avenida|av|diagonal|dg|"
    r"transversal|tv)\.?\s{1,2})?\d{1,3}\s?[a-z]?\b(?!\s{0,2}[a-z\u00e0-\u00ff]{3,})")
# "Alameda 5, lote 12", "Rua 7, nº 345": a numbered street, then the plot or house number.
_NUMBERED_STREET_HOUSE = re.compile(
    r"(?i)\b(?:rua|r\.|alameda|avenida|av\.?|calle|travessa|quadra|qd\.?|setor|carrera|cra\.?|"
    r"cll\.?|street|st\.?)\s{1,2}\d{1,4}[a-z]?,?\s{1,3}(?:lote|lt|casa|n[\u00ba\u00b0o]?\.?|"
    r"n[u\u00fa]mero|no\.?|#)\s{0,2}\d{1,5}[a-z]?\b")
# "Birkenhof 3, 34117 Kassel", "Keizersgracht 221, 1016 DV Amsterdam", "Quinta do Lago 22,
# 8135-024 Almancil": a capitalised place name, a house number, then a postcode and a city,
# with no street word at all. Years are not postcodes; business nouns are not place names.
_CAP = r"[A-Z][A-Za-z'\-]{1,30}"
_LINK = r"(?:de|del|da|do|dos|das|la|le|les|los|las|des|du|van|von|der|den|am|an)"
_POSTCODE_CITY = re.compile(
    r"(?<![\w.\-])(" + _CAP + r"(?:\s{1,2}(?:" + _CAP + r"|" + _LINK + r")){0,4})\s{1,3}"
    r"(\d{1,5}\s?[a-zA-Z]?),?\s{1,3}"
    r"(?:(?i:haus|geb\u00e4ude|gebaude|halle|block|eingang|aufgang|b\u00e2timent|batiment|b\u00e2t\.|"
    r"bat\.|bloco|bloque|edificio|torre|building|bldg)\s{0,2}[A-Za-z0-9]{1,3},?\s{1,3})?"
    r"(\d{5}(?:-\d{3})?|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|(?!19\d\d|20\d\d)\d{4})"
    r",?\s{1,3}[A-Z][A-Za-z\-]{2,30}\b")
_POSTCODE_CITY_HINT = re.compile(
    r"\d\s?[a-zA-Z]?,?\s{1,3}(?:[^\W\d_]{1,9}\.?\s{0,2}[A-Za-z0-9]{1,3},?\s{1,3})?\d{4}")
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
# "2-chome 5-8 Kichijoji Honcho": the chome, then the block and house, then the district.
_JP_CHOME = re.compile(
    r"(?i:\b\d{1,2}-?ch[oō]me)[\s,\-]{1,3}\d{1,4}(?:-\d{1,4}){0,2},?\s{1,3}[A-Z][a-z]{2,20}"
    r"(?:[\s\-][A-Z][a-z]{2,20}){0,2}")
_JP_POSTMARK = re.compile(r"〒\s?\d{3}-?\d{4}")
_JP_KANJI = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff]{1,12}[都道府県市区町村郡][\u3040-\u30ff\u4e00-\u9fff]{0,12}"
    r"\d{1,4}(?:(?:[-−ー]|丁目|番地?|号)\d{1,4}){1,3}[号]?")
# Indian addresses: "Flat 402, Sai Krupa Apartments, 12th Cross, Indiranagar, Bengaluru 560038".
_IN = re.compile(
    r"(?i:\b(?:(?:flat|plot|house|h\.?\s?no|door|d\.?\s?no|shop|villa)\.?\s{0,2}(?:no\.?\s{0,2})?#?"
    r"\s{0,2}[a-z]?\d[\w/\-]{0,10}|(?-i:[A-Z])-\d{1,4}[A-Za-z]?|(?<![\w.,/\-])#?\d{1,4}[a-z]?"
    # each part runs to its comma (taken whole: it can end nowhere else)
    r"(?:/\d{1,4})?)),?\s{1,3}(?:[^\n,]{2,40}+,\s{0,3}+){1,5}?"
    # the last part may run into the city without a comma ("Mira Road east thane 401107"), and
    # the city may be typed in small letters ("indiranagar blr 560038")
    r"(?:[^\n,\d]{2,40}?\s)?"
    r"([A-Za-z][A-Za-z]{2,20}(?:\s[A-Za-z][a-z]{1,20})?)\s{0,3}(?:-\s{0,2})?[1-9]\d{2}\s?\d{3}"
    r"(?!\d)")
_PIN_HINT = re.compile(r"[A-Za-z][a-z]{2,20}\s{0,3}(?:-\s{0,2})?[1-9]\d{2}\s?\d{3}(?!\d)")
# Words before a six-digit figure that make it money, not a PIN code.
_MONEY_WORDS = frozenset({"rent", "deposit", "total", "price", "budget", "cost", "fee", "fees",
                          "salary", "rs", "inr", "amount", "lakh", "lakhs", "approx", "only",
                          "advance", "paid", "pay", "balance", "emi", "quote", "rupees", "for",
                          "is", "of", "at", "about", "around", "upto", "to", "and", "or"})
# "house no. 45, sector 21", "H.No 12/3, Phase 2": a house in a numbered sector or block.
_IN_SECTOR = re.compile(
    r"(?i)\b(?:house|h\.?\s?no|flat|plot|villa|kothi|door|d\.?\s?no)\.?\s{0,2}(?:no\.?\s{0,2})?#?"
    r"\s{0,2}[a-z]?-?\d{1,5}[a-z]?(?:/\d{1,4})?,?\s{1,3}(?:sector|sec|block|phase|pocket|gali|"
    r"(?:road|street|lane|cross)\s{1,2}no)\.?"
    r"\s{0,2}-?\s{0,2}[a-z]?\d{1,3}[a-z]?\b")
_IN_STREET_WORD = re.compile(
    r"(?i)\b(?:road|rd|main|cross|street|st|lane|nagar|colony|layout|marg|society|apartments?|"
    r"apts|block|sector|phase|stage|enclave|vihar|puram|halli|bagh|chowk|salai|gali|mohalla)\b")
_IN_SECTOR_WORDS = frozenset({"sector", "sec", "block", "phase", "pocket", "gali", "road",
                              "street", "lane", "cross"})
# After a street: "- Consolação, São Paulo - SP, 01304-001", "Toronto ON M5H 2N2",
# "near Trinity Metro, Bengaluru 560001": district, landmark, city, state, postcode.
_TAIL = re.compile(
    r"(?:(?:\s{0,3}[,\-–(/]\s{0,3}|\s{1,3})(?:(?i:near|opp\.?|opposite|behind|beside|zip|plz|"
    r"cep|cp|pin|postcode|postleitzahl|code\s?postal|c\.p\.?)\s{0,2}:?\s{0,2})?"
    r"(?:[A-Z][\w'.]{0,30}|\d{3,6}(?:-\d{3,4})?|\d[A-Z]{1,2}\d?\b|de|do|da|dos|das|del|di)\)?){1,7}")
# Brazil, Portugal ("4050-262"), the US, Canada, Argentina ("C1414BJL"), the UK, Ireland
# ("D02 VR66").
_POSTCODE = re.compile(r"\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{4,6}|"
                       r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
                       r"\b[A-Z]\d{4}[A-Z]{3}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|"
                       r"\b[ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4}\b")


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
    r"(?i:\b(?:(?:plot|flat|house|block|blk|lot|no\.?|suite|unit|shop|arch)\s{0,2}#?\s{0,2}\d{1,5}"
    r"[A-Za-z]?,?\s{1,3}){1,2})(?:" + _NAME + r"\s{1,3}){1,4}?(?i:" + _SUFFIX + r")\b\.?")
# "Arch 14, Ravenscourt Yard, Hammersmith", "Unit 6, Canal Works": a unit in a named yard.
_UNIT_YARD = re.compile(
    r"(?i:\b(?:plot|flat|block|blk|suite|unit|units|shop|arch|arches|workshop|studio|bay)"
    r"\s{0,2}#?\s{0,2}\d{1,4}[A-Za-z]?,?\s{1,3})(?:[A-Z][a-z'\-]{1,24}\s{1,2}){1,3}"
    r"(?:Yard|Works|Mill|Mills|Wharf|Arches|Studios|Courtyard)\b")


_NOT_PLACES = {
    "version", "phase", "step", "page", "chapter", "room", "lot", "item", "order", "invoice",
    "ticket", "week", "day", "model", "size", "section", "part", "level", "floor", "table",
    "figure", "fig", "batch", "issue", "sprint", "release", "season", "episode", "unit",
    "line", "row", "box", "case", "option", "plan", "tier", "stage", "round", "game", "match",
    "rechnung", "bestellung", "pedido", "factura", "fatura", "commande", "facture", "seite",
    "pagina", "woche", "semana", "semaine", "kapitel", "capitulo", "chapitre", "nr", "no",
}
_NOT_NAMES = {
    "incl", "excl", "inkl", "zzgl", "approx", "including", "excluding", "plus",  # "£180 incl."
    "minutes", "minute", "min", "mins", "hours", "hour", "hrs", "days", "day", "weeks", "week",
    "months", "years", "miles", "mile", "km", "kms", "blocks", "block", "minute's", "star",
    "stars", "the", "a", "an", "in", "of", "to", "for", "and", "on", "at", "my", "your", "our",
    "more", "less", "times", "people", "kids", "cars", "lanes", "way", "ways", "step", "steps",
    "points", "percent", "x", "by", "per", "or", "with", "from", "is", "are", "was", "it",
    "we", "you", "they", "i", "he", "she", "will", "can", "then", "so", "if", "when", "all",
    "pm", "am", "h", "o'clock", "oclock", "sec", "seconds", "items", "pages",
}


# Units written in small letters after a count ("90 s walk recovery", "500 m row", "2 k hill
# repeats"): a measure, not a street name (a capital "S" is South: "12 S Main St").
_UNIT_NAMES = frozenset({"s", "m", "k", "ms", "secs", "sek", "seg", "mi", "ft", "yd", "yds", "kg",
                         "lb", "lbs", "g", "reps", "rep", "sets", "laps", "lap", "rounds", "kcal",
                         "cal", "bpm", "w", "watts", "meters", "metres", "yards", "feet", "m/s"})


def _plausible(match: str) -> bool:
    words = _WORDS.findall(_HOUSE_NUMBER.sub("", match, count=1))
    if words[:-1] == ["The"]:  # "8 The Green", "2 The Crescent"
        return True
    if len(words) == 2 and words[0] in _UNIT_NAMES:
        return False
    if (words and len(words[0]) >= 2 and words[0] in _UNIT_NAMES and words[0].islower()
            and words[0] not in _DIRECTION_WORDS):
        return False  # "38 mi each way", "12 ft down the lane": a measure, then its words
    inner = [w.lower() for w in words[:-1]]
    return not any(w in _NOT_NAMES for w in inner)


_HOUSE_NUMBER = re.compile(r"^\W{0,3}\d[\w/\-]{0,10}\s")


# Street types that are also everyday words ("via email", "route 66") need a capitalised name.
_LOWER_TYPES = frozenset({"via", "route", "cours", "largo", "al", "tv", "r", "c", "bd", "camino",
                          "paseo", "plaza", "avenue", "ronda", "cuesta", "rambla", "plac", "rynek",
                          "osiedle", "os", "pje"})
_TOKENS = re.compile(r"[^\W_]+")


_NAME_THEN_VERB = re.compile(
    r"\b[A-Z][a-z]{2,}\s{1,3}(?!(?:de|del|da|do|dos|das|des|du|la|las|los|le|les|di|della|y|e|"
    r"et|i|sur|norte|sul|sud|nord|este|oeste|ouest|est|bis|ter|numero|number|nummer|num|nr|no|"
    r"el|le|o|a|au|aux|en|na|em|am|an|im)\b)[a-z]{2,}\s{1,3}\d")


def _prefixed_ok(match: str, after: str = "") -> bool:
    """"Via Roma 12", "calle de la Paz 5"; not "via the platform's calendar, 30" or "via DHL 2".
    ``after`` is the text right after the match (where a door or floor may follow)."""
    if not _plausible(match):
        return False
    if _NAME_THEN_VERB.search(match):
        return False  # "la calle Serrano quiere 200 bolsas"
    if _AND_NUMBER.search(match):
        return False  # "av cables and 2 HDMI": a count after "and", not a house number
    if _NAME_PREPOSITION.search(match):
        return False  # "la Calle Preciados para la campaña, 8 fotos"
    if _ROAD_CODE.search(match):
        return False  # "la carretera N-340 estaba cortada": a road, not a house
    if _NUMBER_THEN_LOWER.search(match) or _DIMENSION.search(match) or _TECH_NUMBER.search(match):
        return False  # "Calle 13 sacó 2 discos", "travessa de 30 x 40 cm", "Plaza de España 3D"
    if _DATE_BEFORE_NUMBER.search(match) and not any(
            t[:1].isupper() and t[1:2].islower() for t in _TOKENS.findall(match)[1:]):
        return False  # "la grande rue sera fermée le 12": a day of the month
    tokens = _TOKENS.findall(match)
    if _acronym_type(tokens[0], tokens[1:]):
        return False  # "AV check at 16": audio-visual, not "Avenida"
    if _sentence_after_name(tokens):
        return False  # "a Rua Augusta é o cenário, 14 fotos"
    if len(tokens) < 2 or tokens[0].lower() not in _LOWER_TYPES:
        return True
    if tokens[0].isupper() and len(tokens[0]) > 4:  # "PASEO DE LA CASTELLANA 140"
        return any(len(t) > 2 and t.isupper() and t.isalpha() for t in tokens[1:])
    if any(t[:1].isupper() and t[1:2].islower() for t in tokens[1:]):
        return True
    # "c/ del pez nº 8", "r. das flores 220 casa 2": written in lower case, but the house number
    # is marked or followed by the flat ("paseo del prado 21, planta 3", "c/ mayor 8 pta 2")
    return tokens[0].lower() not in _LOWER_RISKY and (
        _MARKED_NUMBER.search(match) is not None or _FLAT_AFTER.match(after) is not None)


_AND_NUMBER = re.compile(r"(?i)\s(?:and|or|plus|und|oder|et|ou|y|o)\s{1,3}\d{1,5}[a-z]?\W{0,3}$")
_NAME_PREPOSITION = re.compile(
    r"(?i)\s(?:para|pour|por|con|com|avec|sans|sin|sem|que|qui|with|for|from|desde|depuis|durante|"
    r"pendant|hasta|at[eé]|jusqu'?|f[uü]r|mit|ohne)\s")
_DATE_BEFORE_NUMBER = re.compile(
    r"(?i)\b(?:le|la|el|lo|o|a|the|dia|d\u00eda|day|jour|tag|am|on|du|au|em|en|no|na|del|de)"
    r"\s{1,2}\d{1,5}[a-z]?\W{0,3}$")
_LINK_WORDS = frozenset({
    "de", "del", "da", "do", "dos", "das", "des", "du", "la", "las", "los", "le", "les", "di",
    "della", "dei", "y", "e", "et", "i", "sur", "norte", "sul", "sud", "nord", "este", "oeste",
    "ouest", "est", "bis", "ter", "numero", "number", "nummer", "num", "nr", "no", "n", "nro",
    "el", "o", "a", "au", "aux", "en", "na", "em", "am", "an", "im", "van", "von", "der", "den",
    "s", "sn", "esq", "esquina", "int", "interior"})


def _sentence_after_name(tokens: list[str]) -> bool:
    """A capitalised street name followed by ordinary lower-case words before the number
    ("Rua Augusta é o cenário, 14 fotos"): a sentence about the street, not an address."""
    seen_name = False
    for t in tokens[1:]:
        if t[:1].isdigit() or t.lower() in _NUMBER_MARKERS or t.lower() in _DOOR_MARKERS:
            return False  # the house number (or its marker) is reached
        if t[:1].isupper():
            seen_name = True
        elif seen_name and len(t) > 1 and t.lower() not in _LINK_WORDS:
            return True
    return False


_NUMBER_THEN_LOWER = re.compile(
    r"^\S+\s{1,3}(?:(?:de|del|da|do)\s{1,2})?\d{1,4}[a-z]?\s{1,3}(?!(?:sur|norte|este|oeste|bis|sul|"
    r"nord|ouest|est|de|del|da|do|no|n|nr|nro|numero|n\u00famero|esquina|esq)\b)"
    r"[a-z\u00e0-\u00ff]{3,}\b")
_TECH_NUMBER = re.compile(r"\b(?:[23]D|[48]K|[345]G)\W{0,3}$")
_DIMENSION = re.compile(r"\d\s{0,2}[x\u00d7]\s{0,2}\d")
_ROAD_CODE = re.compile(r"\b[A-Z]{1,3}-\d{1,4}\b")
_LOWER_RISKY = frozenset({"via", "route", "cours", "largo", "al", "tv", "avenue", "ronda",
                          "cuesta"})
_MARKED_NUMBER = re.compile(
    r"(?i)(?:\bn\.?[°ºo]\.?|\bnumero|\bnum\.|#)\s{0,2}\d|\d[a-z]?,?\s{1,3}(?:apto|apt|ap|casa|"
    r"bloco|piso|depto|dpto|andar|int|interior|puerta|pta|bajo)\b|\d[a-z]?,?\s{1,3}\d{1,2}\s?"
    r"[\u00ba\u00aa\u00b0]")

# A door, floor, stair or block given right after the house number, with its own number or
# ordinal: "140, planta 9", "88 pta 12", "5, esc. B", "12 bajo", "3, 2º izq".
_FLAT_AFTER = re.compile(
    r"(?i),?\s{1,3}(?:(?:apto|apt|ap|casa|bloco|bloque|bl|piso|planta|depto|dpto|andar|int|"
    r"interior|puerta|pta|esc|escalera|portal|etage|\u00e9tage|appt|appartement|b\u00e2t|bat)"
    r"\b\.?\s{0,2}(?:n?\.?[\u00ba\u00b0o]?\s{0,2}\d|[a-z]\b)|\d{1,2}\s?[\u00ba\u00aa\u00b0]|"
    r"(?:bajo|bajos|entresuelo|atico|\u00e1tico|pral|principal|entl|entresol|baixos?|"
    r"[a\u00e0]tic)\b|"
    # Catalan floor and door as ordinals: "14 3r 2a", "8, 1r 1a"
    r"\d{1,2}(?:r|n|t|er)\s{1,2}\d{1,2}a\b)")

_DIGIT = re.compile(r"\d")
# The street type is a word of its own: not the "rd" of "410 w 23rd st".
_CORE = re.compile(r"(?:\d+[A-Za-z]?/)?\d[\dOo]*(?:[A-Za-z]|-[A-Za-z])?(?:[-\u2013]\d+[A-Za-z]?)?"
                   r"\s+((?s:.*?))(?<![^\W_])(?i:" + _SUFFIX
                   + r")\b")
_WORDS = re.compile(r"[A-Za-z']+")
# Cheap gates: the words (lowercase letter runs) a pattern cannot match without.
_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=64)
def _low_words(low: str) -> frozenset[str]:
    """The ``_WORD_RE`` words of ``low``, read once for all the checks on the same text."""
    return frozenset(_WORD_RE.findall(low))


_SUFFIX_WORDS = frozenset(_SUFFIX.split("|"))
_PREFIX_WORDS = frozenset({
    "jiron", "jr", "pasaje", "psje", "calzada", "calle", "c", "avenida", "avda", "av", "paseo",
    "plaza", "pza", "carrera", "carretera", "ronda", "rambla", "glorieta", "travesia",
    "callejon", "carrer", "avinguda", "passeig", "bulevar", "cuesta", "ul", "ulica", "aleja",
    "plac", "rynek", "osiedle", "os", "pje", "jalan", "jln", "jl", "lorong",
    "camino", "rua", "r", "travessa", "tv", "alameda", "al", "praca", "estrada", "largo",
    "rodovia", "rue", "boulevard", "bd", "bld", "avenue", "chemin", "allee", "impasse", "quai",
    "route", "cours", "via", "viale", "piazza", "corso", "privada", "priv", "cerrada", "andador",
    "prolongacion", "prol", "circuito", "diagonal", "transversal", "cra", "kra", "cll", "clle",
    "chaussee", "dreve", "beco", "ladeira", "viela"})
_NUM_FIRST_WORDS = frozenset({"boul",
                              "sentier", "passage", "square", "ruelle", "venelle", "faubourg",
                              "fbg", "montee", "promenade", "esplanade", "voie", "calle", "avenida",
                              "avda", "rua", "cite", "hameau", "clos", "villa", "residence",
                              "lotissement", "domaine", "chaussee", "dreve",
                              "rue", "avenue", "boulevard", "bd", "chemin", "allee", "impasse",
                              "place", "quai", "route", "cours"})
_GERMAN_KEYS = ("stra", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer",
                "chaussee", "steig", "pfad", "gurtel", "guertel")
_STR_NUMBER = re.compile(r"str\s{0,3}\d")
_DE_ADJ_WORDS = frozenset(
    f"{w}{end}" for w in ("alte", "neue", "lange", "grosse", "kleine", "hohe", "obere", "untere",
                          "breite", "hintere", "vordere", "innere", "schmale", "krumme", "stille",
                          "schone") for end in ("", "r", "s")) | {"gro"}
_DE_TWO_LOWER_HINT = re.compile(r"er (?:stra|str\b|weg|gasse|allee|platz|ring|damm)")
_INTRO_WORDS = frozenset({"address", "addy", "addr", "direccion", "domicilio", "adresse",
                          "anschrift", "morada", "endereco", "live", "vivo", "moro", "wohne",
                          "habite"})
_GRID_WORDS = frozenset({"street", "st", "avenue", "ave", "av", "road", "rd"})
# Postcodes with letters and digits (Canada, Ireland) start with a capital glued to a digit.
_UP_DIGIT = re.compile(r"[A-Z]\d[A-Z\d]")
# Words an Indian address has besides its PIN code.
_IN_HINT_WORDS = frozenset({
    "road", "rd", "main", "cross", "street", "st", "lane", "nagar", "colony", "layout", "marg",
    "society", "apartments", "apartment", "apts", "block", "sector", "phase", "stage", "enclave",
    "vihar", "puram", "halli", "bagh", "chowk", "salai", "gali", "mohalla", "east", "west",
    "north", "south", "near", "opp", "opposite", "behind"})
_AM_KEYS = ("Am", "An ", "Auf ", "Im ", "Zum ", "Zur ")
_POBOX_WORDS = frozenset({"box", "pobox", "postfach", "apartado", "caixa", "boite", "bp",
                          "bag", "pmb", "casilla", "postbus"})
_UNIT_FIRST_WORDS = frozenset({"plot", "flat", "house", "block", "blk", "lot", "no", "suite",
                               "unit", "shop", "arch"})
_YARD_WORDS = frozenset({"yard", "works", "mill", "mills", "wharf", "arches", "studios",
                         "courtyard"})
_IN_WORDS = frozenset({"flat", "plot", "house", "door", "shop", "villa", "hno", "dno"})
_NUMBER_WORDS = frozenset(_W.NUMBER_WORDS) | frozenset(_HUNDREDS.split())
_UK_POSTCODE_HINT = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_NUMBER_MARKERS = frozenset({"number", "no", "nr", "num", "numero", "nummer", "n"})
# "Linden Close, house 31": words that name the house number after the street
_HOUSE_MARKERS_AFTER = frozenset({"house", "door", "portal"})
_RANK_ONE = frozenset({"one", "uno", "un", "une", "eins", "um", "ein"})
_DOOR_MARKERS = frozenset({"portal", "puerta", "casa"})
_FR_PLACE_WORDS = frozenset({"residence", "lotissement", "lieu", "hameau", "domaine", "cite",
                            "immeuble", "batiment"})
_BRASILIA_HINT = re.compile(r"\b(?:SQ|SHI|SCL|CL|CR|EQ|QN|QI|QL|SH|SC)[NSWA-Z]?\s{0,2}\d")
_JP_KEYS = ("-ku", "-shi", "-cho", "-machi", "-gun", "chome")
# The key lists above as one scan each (same answers as ``any(k in low for k in keys)``).
_GERMAN_KEY_RX = re.compile("|".join(re.escape(k) for k in _GERMAN_KEYS))
_AM_KEY_RX = re.compile("|".join(re.escape(k) for k in _AM_KEYS))
_DUTCH_KEY_RX = re.compile("|".join(re.escape(k) for k in _DUTCH_KEYS))
_JP_KEY_RX = re.compile("|".join(re.escape(k) for k in _JP_KEYS))
# A Dutch or a Nordic street word: one scan answers "either of the two".
_JOINED_KEY_RX = re.compile(_DUTCH_KEY_RX.pattern + "|" + _NORDIC_KEY_RX.pattern)
# A house number, then a capitalised word: "400 Boylston", "77 Kingsway", "12, Elm".
_NUM_CAP = re.compile(r"\d[A-Za-z]?,?\s{1,3}[A-Z]")
# ``_UK_POSTCODE_HINT`` searched from its first digit (digits are rarer than capitals).
_UK_POSTCODE_FROM_DIGIT = re.compile(r"\d(?<=[A-Z]\d)[A-Z\d]?\s?\d[A-Z]{2}\b")
# The street words of ``_NUMBERED_STREET_HOUSE`` as letter runs.
_NUMBERED_STREET_WORDS = frozenset({
    "rua", "r", "alameda", "avenida", "av", "calle", "travessa", "quadra", "qd", "setor",
    "carrera", "cra", "cll", "street", "st"})
# The first words of ``_ON_NAME_NUMBER`` ("i'm", "we're" are two runs or one).
_ON_NAME_FIRST = frozenset({"my", "our", "the", "i", "im", "we", "were", "located", "based"})
# The months of ``_DATE_STREET`` as letter runs.
_MONTHS = frozenset({
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "marco", "maio",
    "junho", "julho", "setembro", "outubro", "novembro", "dezembro"})
_COMPOUND_END_RX = re.compile(r"(?:way|gate|street|road|lane)(?![a-z])")
# The letter runs (lowercased) that a Brasília block name can be: "sqn", "shis", "qi"...
_BRASILIA_RUNS = frozenset(
    p + x for p in ("sq", "shi", "scl", "cl", "cr", "eq", "qn", "qi", "ql", "sh", "sc")
    for x in ("", *"abcdefghijklmnopqrstuvwxyz"))


def _retrying(rx: re.Pattern, text: str, ok):
    """Matches ``ok`` accepts; after a refused one the search goes on from its next character,
    so "12C at 310 West 86th Street" still finds "310 West 86th Street"."""
    pos = 0
    while pos <= len(text):
        m = rx.search(text, pos)
        if m is None:
            return
        if ok(m):
            yield m
            pos = max(m.end(), m.start() + 1)
        else:
            pos = m.start() + 1


_MEASURE_AFTER = re.compile(
    r"(?i)\s{0,2}(?:km|kms|m|mts|metros|meters|metres|min|mins|minutos|minutes|h|hrs|horas|hours|"
    r"cm|mm|m\u00b2|m2|kg|g|ml|l|ft|in|x|\u00d7|"
    r"cuadras|quadras|blocks|pisos|andares|floors|personas|pessoas|people|%|\u20ac|\$)(?!\w)")
_COUNT_AFTER = re.compile(
    r"(?i)\s{0,2}(?:d[ií]as|days|jours|tage[n]?|semanas|weeks|semaines|wochen|meses|months|mois|"
    r"monate[n]?|a[nñ]os|years|ans|jahre[n]?|noches|nights|nuits|n[aä]chte|veces|times|fois|mal)\b")
# "die Bahnhofstraße 3-mal gefilmt", "AV check at 16:00": a count or the hour of a clock time.
_TIMES_SUFFIX = re.compile(r"(?i)-?(?:mal|fach)\b|[:h]\d\d(?!\d)")
# "AV check at 16", "4 circuitos novos e DR de 30 mA": a street type in capitals (an acronym:
# audio-visual, a circuit breaker) beside a name in lower case is no street.
_CAPS_TYPE = re.compile(r"[A-Z]{2,5}")
_LOWER_NAME = re.compile(r"[a-z\u00df-\u00ff]+")


def _acronym_type(type_word: str, names: list[str]) -> bool:
    """The street type typed as an acronym in capitals while its name words are lower case."""
    words = [w for w in names if not w.isdigit()]
    return (_CAPS_TYPE.fullmatch(type_word) is not None and bool(words)
            and all(_LOWER_NAME.fullmatch(w) for w in words))
_SECTION_NOT_BOX = re.compile(r"(?i)apartado\s{0,3}#?\s{0,2}\d{1,2}$")
_BOX_TAIL = re.compile(r",?\s{0,3}(?:\d{4,5}|[A-Z][a-z]|$)")
# "5 Main Street locations in the campaign": a street name used for a kind of business.
_BUSINESS_NOUN_AFTER = re.compile(
    r"\s{1,2}(?:locations|stores|shops|branches|businesses|restaurants|cafes|properties|listings|"
    r"posters?|signs|banners?|flyers?|shirts?|mugs?|photos|shots|projects|clients|customers|"
    r"vendors|merchants|retailers|campaigns?|ads|mockups?|designs?|props?|ones|logos?|themes?|"
    r"theme|style|vibe|font|reference|set|scene|episodes?|movie|film|series|soundtrack|"
    r"collection|palette|edition|version|sticker|print|artwork|merch|parody)\b")
_PLURAL_TYPE = re.compile(r"(?i)(?:villas|mansions|cottages)$")
_TOWN_AFTER = re.compile(r",\s{0,2}[A-Z]|\s{0,2}$|\s{1,2}[A-Z]{1,2}\d")
_THE_BEFORE = re.compile(r"(?i)\bthe\s{1,2}$")
_LOWER_WORD_AFTER = re.compile(r"\s{1,2}[a-z]{2,}\b(?<!\bin)(?<!\bat)(?<!\bon)")


def _key_finder(keys: frozenset) -> re.Pattern:
    """Where one of ``keys`` stands as a whole run of letters (a ``_WORD_RE`` word). Each word
    starts with its own letter and checks the run's start behind it, so the scan jumps from
    candidate letter to candidate letter."""
    alts = "|".join(f"{k}(?<![a-z]{k})" for k in sorted(keys, key=len, reverse=True))
    return re.compile(f"(?:{alts})(?![a-z])")


_KEY_FINDERS: dict[frozenset, re.Pattern] = {}


@lru_cache(maxsize=16)
def _split_keys(keys: frozenset) -> tuple[frozenset, bool]:
    """(the keys that are runs of a-z, whether any other key is ASCII)."""
    letters = frozenset(k for k in keys if _WORD_RE.fullmatch(k))
    return letters, any(k.isascii() for k in keys - letters)


def _has_key(low: str, finder: re.Pattern, keys: frozenset) -> bool:
    """``finder.search(low)`` for ``finder = _key_finder(keys)``, from the word set: an a-z
    key stands as a whole run of letters exactly when it is one of the ``_WORD_RE`` words, and
    a key with other letters ("reunión") can only be found in text that is not ASCII."""
    letters, ascii_rest = _split_keys(keys)
    if not letters.isdisjoint(_low_words(low)):
        return True
    if ascii_rest or not low.isascii():
        return finder.search(low) is not None
    return False


# A run of word characters: the only place a pattern that opens with a word can start.
_RUN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _run_starts(text: str, keys: frozenset, compounds: bool = False) -> tuple[int, ...]:
    """Where the runs of word characters of ``text`` start that may be one of ``keys`` in any
    case: lowercase in ``keys``, or not ASCII (case folds past ASCII: "praça", "ſix"); with
    ``compounds``, also "dreiundzwanzig", "veintitres" (``_COMPOUND_NUMBER``)."""
    # Decided once per distinct run; most texts have none, and then no match object is made.
    hits = set()
    for w in set(_RUN.findall(text)):
        low = w.lower()
        if low in keys or not w.isascii() or compounds and ("und" in low or "veinti" in low):
            hits.add(w)
    if not hits:
        return ()
    return tuple(m.start() for m in _RUN.finditer(text) if m.group() in hits)


def _finditer_at(pattern: re.Pattern, text: str, starts: tuple[int, ...]) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern that can only match at ``starts``: tried there
    alone, not at every character."""
    out = []
    reach = 0
    for s in starts:
        if s >= reach:
            m = pattern.match(text, s)
            if m is not None:
                out.append(m)
                reach = m.end()
    return out


def _number_starts(text: str) -> tuple[int, ...]:
    r"""Where ``(?<![\w\-])`` and a ``_SPOKEN_NUMBER`` can match: its first number word is a
    whole run of word characters (a space, a hyphen or a word boundary follows it)."""
    return _run_starts(text, _NUMBER_WORDS, True)


def _prefix_starts(text: str) -> tuple[int, ...]:
    r"""Where ``\b`` and a ``_PREFIX_TYPES`` word can match: the word's letters are a whole
    run of word characters (a dot, "/" or a space follows them)."""
    return _run_starts(text, _PREFIX_WORDS)


def _on_street(folded, text: str) -> list[Finding]:
    """The street one is said to be on, once the message named the house number."""
    out = []
    for m in _ON_STREET.finditer(text):
        names = [w.lower() for w in _WORDS.findall(m.group(1))][:-1]
        if not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                   for n in names):
            out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                               "street (house number given)"))
    return out


def _at_words(rx: re.Pattern, text: str, low: str, keys: frozenset):
    """Matches of a pattern that starts with one of ``keys``, tried only where one is written."""
    finder = _KEY_FINDERS.get(keys)
    if finder is None:
        finder = _KEY_FINDERS[keys] = _key_finder(keys)
    reach = 0
    for w in finder.finditer(low):
        if w.start() < reach:
            continue
        m = rx.match(text, w.start())
        if m is not None:
            reach = m.end()
            yield m


def _the_then_postcode(core: str, text: str, end: int) -> bool:
    """"4 the green, little chalfont, HP7 9PL": "the" in lower case, a postcode after it."""
    words = _WORDS.findall(_HOUSE_NUMBER.sub("", core, count=1))
    return (words[:-1] == ["the"]
            and _UK_POSTCODE_HINT.search(text, end, min(len(text), end + 60)) is not None)


# An address typed one word a line ("19\nHarbor\nView Rd"): its house number starts a line.
_LINE_PER_WORD = re.compile(r"(?:^|\n)[ \t]{0,3}\Z")


_UNIT_AFTER = re.compile(_UNIT)


def _cap_type_ok(m: re.Match) -> bool:
    """"47 Prospect Park W apt 2B", "address: 12 Fox Run"; not "Chapter 12 Breaking Point"."""
    text = m.string
    before = _WORD_RE.findall(text[max(0, m.start() - 16):m.start()].lower())
    if before and (before[-1] in _NOT_PLACES or before[-1] in _ID_WORDS
                   or before[-1] in _NUMBERED_THINGS):
        return False
    if not _plausible(m.group()) or _THE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False  # "the 5K Fun Run, Austin, TX"
    return (m.group("dir") is not None or _CAP_TYPE_AFTER.match(text, m.end()) is not None
            or _CAP_TYPE_BEFORE.search(text, max(0, m.start() - 90), m.start()) is not None)


def _en_ok(m: re.Match) -> bool:
    """A house number and street; not a title used as a name ("the 21 Jump Street poster")."""
    core = _CORE.match(m.group())
    text = m.string
    if not core or not (_plausible(core.group(0)) or _the_then_postcode(core.group(0), text,
                                                                        m.end())):
        return False
    if (_PLURAL_TYPE.search(core.group(0))
            and not _TOWN_AFTER.match(text, m.start() + len(core.group(0)))):
        return False  # "4 Marlborough Mansions, Cannon Hill", not "3 Tuscan Villas for the party"
    if _BUSINESS_NOUN_AFTER.match(text, m.end()):
        return False
    name = core.group(1)
    type_word = _TOKENS.findall(core.group(0))[-1]
    if (_CAPS_TYPE.fullmatch(type_word) is not None  # (the acronym test's first step)
            and _acronym_type(type_word, _TOKENS.findall(name))):
        return False  # "4 circuitos novos e DR": a breaker's acronym, not "Drive"
    if ("\n" in name and not name.rsplit("\n", 1)[0].replace(" ", "").isdigit()
            and not _LINE_PER_WORD.search(text, max(0, m.start() - 4), m.start())):
        return False  # "Total: 45 Main\nStreet sign": words of two lines, not one address
    if not _THE_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
        return True
    if not any(w[:1].isupper() for w in _WORDS.findall(core.group(1))):
        return False  # "the 555 timer circuit in the kit"
    return not _LOWER_WORD_AFTER.match(text, m.end())


# A Brazilian CEP names the street itself: "meu cep é 22041-001".
_CEP = re.compile(r"(?i)\bcep\s{0,2}(?:[:=]|[eé]|is)?\s{0,2}(\d{5}-?\d{3})\b")
# ... but a CEP alone, asked about for a freight quote or a delivery area, is no address:
# "quanto fica o frete pro CEP 01310-100?", "vocês entregam no CEP 30140-071?".
_FREIGHT_WORDS = re.compile(
    r"\b(?:frete|fretes|entreg(?:a|am|ar|as|amos|ariam|ue)|envi(?:o|os|am|ar|a)|cota(?:cao|r)|"
    r"calcul(?:ar|a|o)|simul(?:ar|a)|prazo|sedex|transportadora|shipping|ship|deliver|delivery|"
    r"quote|envios|flete|cotizar|cotizacion)\b")
# Words that give the house itself, with which the CEP stays part of an address.
_HOUSE_MARKS = frozenset({"numero", "casa", "apto", "apartamento", "ap", "bloco",
                          "lote", "rua", "avenida", "av", "travessa", "alameda", "fundos",
                          "moro", "endereco", "sala", "conj", "andar"})


# Letters and digits typed one by one, words apart by wider gaps: "3 1 0 9   N o r t h c o t e".
# Only the first character of a run can start one: tried inside a run, a failed match would be
# tried again from every character. A word may end with a spaced abbreviation dot, which then
# parts it from the next word by itself: "B e r g s t r . 3 3" is "Bergstr. 33". A spaced
# "\u00df" is folded to "ss", two letters in one place: "S t r a \u00df e" is "Strasse".
_SPACED_WORDS = re.compile(r"(?<!\S)(?<!(?<!\S)[^\W_] )[^\W_](?: (?:ss|[^\W_]))+"
                           r"(?:(?: ?\. {1,4}| {2,4})[^\W_](?: (?:ss|[^\W_]))*){1,8}(?![^\W_])")


# ... or all with one space, the words told apart by their capitals and digits:
# "1 5 C h e r r y T r e e W a l k" is "15 Cherry Tree Walk".
_SPACED_CAMEL = re.compile(r"(?<!\S)[^\W_](?: (?:ss|[^\W_])){2,}(?![^\W_])")
# One spaced-out word with no capital or digit inside to part it: joined only when it spells a
# street word ("S c h i l l e r s t r a s s e 23") or a house number or a street word follows
# it ("calle M a y o r 12", "221 B a k e r Street").
_STREET_END = re.compile(r"(?i)(?:stra(?:ss|\u00df)e|str|weg|gasse|allee|platz|ring|damm|ufer|"
                         r"street|road|avenue|lane|drive|way)\Z")
_AFTER_SPACED = re.compile(r"[ \t]{1,2}(?:\d{1,5}[a-z]?\b|(?i:" + _SUFFIX + r")\b)")


_SPACED_HYPHENED = re.compile(r"(?<!\S)[^\W_](?: [^\W_]){1,20}(?: - [^\W_](?: [^\W_]){1,20}){1,4}"
                              r"(?![^\W_])")
# Three single characters in a row, too few for the collapsed view ("12 O a k Road").
_THREE_SINGLES = re.compile(r"(?<![^\s])[^\W_] [^\W_] [^\W_](?![^\W_])")
# What every ``_THREE_SINGLES`` match holds from its first space on: searched from the space,
# it rules out most texts faster than the pattern, which is tried at every position.
_THREE_SINGLES_GATE = re.compile(r" [^\W_] [^\W_](?![^\W_])")
# "12 rue des L i l a s": a street word right before the run.
_BEFORE_SPACED = re.compile(r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?(?:\s{1,3}(?:de|del|da|do|dos|"
                            r"das|la|le|les|des|du|of|the))?\s{1,3}\Z")


# "305 C e d a r Crest Dr": a house number before the run and a capitalised word after it.
_NUMBER_BEFORE_SPACED = re.compile(r"(?<![\w/.,\-])\d{1,5}[A-Za-z]?[ \t]{1,3}\Z")
_CAP_AFTER_SPACED = re.compile(r"[ \t]{1,2}[A-Z][a-z]{1,20}\b")


# "Rua de Cedofeita, n.º 2 1 6": a house number spelled digit by digit after its mark.
_HOUSE_MARK_BEFORE = re.compile(
    r"(?i)(?:\bn\.?\s{0,2}[\u00ba\u00b0o]\.?|\bno\.|\bnr\.?|\bnumber|\bnumero|\bn[uú]mero|"
    r"\bnummer|\bnum\.?|#)\s{0,2}\Z")


_WORD_OR_MARK_START = re.compile(r"\b\w|#")


def _ends_with(rx: re.Pattern, text: str, lo: int, hi: int) -> bool:
    """``rx.search(text, lo, hi)`` for a pattern ending in ``\\Z`` that starts a word or a '#'
    and spans at most three of them: tried at the last three starts only, not at every
    character (a long text of spaced runs asks this once per run)."""
    starts = [m.start() for m in _WORD_OR_MARK_START.finditer(text, lo, hi)][-3:]
    return any(rx.match(text, s, hi) is not None for s in starts)


def _one_word_ok(text: str, start: int, end: int) -> bool:
    """Whether a run of single characters with no hint inside is a street's name."""
    if (end - start <= 7 and text[start:end].replace(" ", "").isdigit()
            and _ends_with(_HOUSE_MARK_BEFORE, text, max(0, start - 12), start)):
        return True
    return (_AFTER_SPACED.match(text, end) is not None
            or _ends_with(_BEFORE_SPACED, text, max(0, start - 24), start)
            or (_CAP_AFTER_SPACED.match(text, end) is not None
                and _NUMBER_BEFORE_SPACED.search(text, max(0, start - 10), start) is not None)
            or _STREET_END.search(text[start:end].replace(" ", "")) is not None)


# A digit next to a letter, or a small letter before a capital: words to tell apart
# ("H a f e n a l l e e 2 3" is "Hafenallee 23").
_CAMEL_HINT = re.compile(r"\d [^\W\d_]|[^\W\d_] \d|[a-z] [A-Z]")
# ... or with a dot, star, bar, slash or hyphen between the characters, words apart by wider
# gaps: "12 · B · i · r · c · h   C · l · o · s · e", "3-0-4 Maple Grove Blvd".
_SEP_CHAR = r"[ \t]{0,2}[.*|/\-][ \t]{0,2}[^\W_](?![^\W_])"
# A word after the first may be short ("A·v·e", "S-t") and, with hyphens, one space apart.
_SEP_RUN = re.compile(r"(?<![^\W_])[^\W_]{1,3}(?:" + _SEP_CHAR + r"){2,}(?:(?:[ \t]{2,4}|"
                      r"(?<=[^\W_])[ \t](?=[^\W_]-[^\W_]))[^\W_]{1,3}"
                      r"(?:" + _SEP_CHAR + r"){1,}){0,8}")


def _camel_keep(text: str, i: int) -> bool:
    """Whether the space at ``i`` in a run of single characters parts two words."""
    a, b = text[i - 1], text[i + 1]
    return (a.islower() and b.isupper()) or (a.isdigit() != b.isdigit())


# One letter or digit: the characters ``str.isalnum`` accepts.
_ALNUM = re.compile(r"[^\W_]")


# In ASCII, the gaps between two letters or digits of a run that part words: a change from
# digits to letters or back, a small letter before a capital, or two spaces (or tabs) in a row.
# Each alternative spans one whole gap (letters and digits on both sides or none inside).
_ASCII_PARTING_GAP = re.compile(
    r"(?<=[0-9])[^A-Za-z0-9]+(?=[A-Za-z])|(?<=[A-Za-z])[^A-Za-z0-9]+(?=[0-9])|"
    r"(?<=[a-z])[^A-Za-z0-9]+(?=[A-Z])|[^A-Za-z0-9]*[ \t][ \t][^A-Za-z0-9]*")


def _sep_run_keep(text: str, start: int, end: int) -> list[int]:
    """The characters of a run with separators that stay: letters and digits, and one space
    where a wide gap or a change from digits to letters (or small to capital) parts words."""
    if text.isascii():  # the same, found by two scans (the run starts and ends with a letter)
        keep = [m.start() for m in _ALNUM.finditer(text, start, end)]
        parts = []
        for g in _ASCII_PARTING_GAP.finditer(text, start, end):
            space = g.group().find(" ")
            parts.append(g.start() + (space if space >= 0 else 0))
        return sorted(keep + parts) if parts else keep
    keep = []
    prev = -1
    for m in _ALNUM.finditer(text, start, end):
        i = m.start()
        if prev >= 0 and i - prev > 1:
            gap = text[prev + 1:i]
            a, b = text[prev], text[i]
            if ("  " in gap.replace("\t", " ") or a.isdigit() != b.isdigit()
                    or (a.islower() and b.isupper())):
                space = gap.find(" ")
                keep.append(prev + 1 + (space if space >= 0 else 0))
        keep.append(i)
        prev = i
    return keep


_ASCII_LETTERS = bytes(string.ascii_letters, "ascii")


def _sep_run_ok(run: str) -> bool:
    """Letters of a word, or digits apart by hyphens or spaced marks; not "2.4.1" or "f/2.8"
    (a version, an IP, an aperture)."""
    if run.isascii():  # the letters are what deleting them takes away
        letters = len(run) - len(run.encode("ascii").translate(None, _ASCII_LETTERS))
    else:
        letters = sum(c.isalpha() for c in run)
    if letters:
        return letters >= 3
    return "." not in run or " " in run


# What every ``_SEP_RUN`` match holds: one character between two separators ("3-0-4", "B · i ·").
# Searched from the separator, it rules out most texts far faster than the run itself.
_SEP_GATE = re.compile(r"[.*|/\-][ \t]{0,2}[^\W_][ \t]{0,2}[.*|/\-]")


def _sep_runs(text: str) -> list[re.Match]:
    if _SEP_GATE.search(text) is None:
        return []
    runs = list(_SEP_RUN.finditer(text))
    # "3.1.6 M.a.p.l.e R.i.d.g.e Rd": dotted digits right before a dotted word are its number
    return [m for k, m in enumerate(runs) if _sep_run_ok(m.group()) or (
        k + 1 < len(runs) and text[m.end():runs[k + 1].start()] in (" ", "  ")
        and m.group().replace(".", "").isdigit()
        and sum(c.isalpha() for c in runs[k + 1].group()) >= 3)]


def has_sep_run(text: str) -> bool:
    """Single characters with separators between them, as ``_SEP_RUN`` reads them."""
    return _SEP_GATE.search(text) is not None and any(
        _sep_run_ok(m.group()) for m in _SEP_RUN.finditer(text))


def _inside_any(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies inside any of ``spans``, in log time: a long text of
    spaced runs has hundreds of them, each checked against all the others."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos
    return inside


# "64 ▪ Elm ▪ Road", "9 9 🌳 Fir 🌳 Lane": a symbol or pictograph set apart by
# spaces between the parts of an address stands for a space.
_SYMBOL_GAP = re.compile(r"[ \t]{1,2}(?:[~*|\u2022\u2043\u2219\u22c5\u2027\u00b7\u2190-\u2bff"
                         r"\U0001f000-\U0001faff]\ufe0f?){1,2}[ \t]{1,2}")
_SYMBOL_GAP_HINT = re.compile(r"[~*|\u2022\u2043\u2219\u22c5\u2027\u00b7\u2190-\u2bff"
                              r"\U0001f000-\U0001faff]")


def _symbol_gaps(views: Views) -> Views | None:
    """The text with each spaced symbol between words read as one space, or None."""
    folded = views.folded
    text = folded.text
    b = Builder()
    pos = 0
    for m in _SYMBOL_GAP.finditer(text):
        if not (m.start() and text[m.start() - 1].isalnum() and m.end() < len(text)
                and text[m.end()].isalnum()):
            continue
        b.copy(folded, pos, m.start())
        b.pick(folded, [m.start()])
        pos = m.end()
    if pos == 0:
        return None
    b.copy(folded, pos, len(text))
    joined = b.build()
    return Views(original=views.original, folded=joined, collapsed=joined, canon=joined)


def _spaced_words(views: Views, sep_runs: bool = False) -> Views | None:
    """The text with each spaced-out word joined and one space between words, or None."""
    folded = views.folded
    text = folded.text
    b = Builder()
    pos = 0
    runs = [(m.start(), m.end(), False) for m in _SPACED_WORDS.finditer(text)]
    if " - " in text:  # "K a r l - M a r x - A l l e e 9 0": spaced words joined by hyphens
        inside_run = _inside_any([(s, e) for s, e, _ in runs])
        runs += [(m.start(), m.end(), True) for m in _SPACED_HYPHENED.finditer(text)
                 if not inside_run(m.start())]
    inside_wide = _inside_any([(s, e) for s, e, _ in runs])
    runs += [(m.start(), m.end(), True) for m in _SPACED_CAMEL.finditer(text)
             if not inside_wide(m.start())
             and (m.end() - m.start() >= 9 and _CAMEL_HINT.search(m.group())
                  or _one_word_ok(text, m.start(), m.end()))]
    if sep_runs:
        runs += [(m.start(), m.end(), None) for m in _sep_runs(text)
                 if not inside_wide(m.start())]
    runs.sort(key=lambda r: r[:2])
    for start, end, camel in runs:
        if start < pos:
            continue
        b.copy(folded, pos, start)
        if camel is None:
            keep = _sep_run_keep(text, start, end)
        elif camel:
            keep = [i for i in range(start, end)
                    if not text[i].isspace() or _camel_keep(text, i)]
            if text.startswith(" .", end):  # "S c h i l l e r s t r . 23": the dot goes along
                keep.append(end + 1)
                end += 2
        else:
            # "2 4 1 8 N o r t h   F u l t o n": the house number parted from the name too
            keep = [i for i in range(start, end)
                    if not text[i].isspace() or (not text[i - 1].isspace()
                                                 and (text[i + 1] == " " or text[i - 1] == "."
                                                      or text[i - 1].isdigit()
                                                      != text[i + 1].isdigit()))]
        b.pick(folded, keep)
        pos = end
    if pos == 0:
        return None
    b.copy(folded, pos, len(text))
    joined = b.build()
    return Views(original=views.original, folded=joined, collapsed=joined, canon=joined)


# "what3words for my front door: ///tables.wheat.lamp": three words that name a 3 m square.
_W3W = re.compile(r"(?:///\s{0,2}|(?i:\bwhat\s?3\s?words|\bw3w)\b[^\n/]{0,30}?(?:///)?\s{0,2})"
                  r"((?<![\w.])[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20})(?![\w@]|\.\w)")
# "coords of my house: 38.71392, -9.13947": a latitude and longitude of four decimals or more,
# with a word for coordinates or a home near.
_LATLON = re.compile(r"(?<![\w.\-])-?\d{1,2}\.\d{4,8}\s{0,2}[,;/]?\s{0,2}-?\d{1,3}\.\d{4,8}"
                     r"(?![\d.])")
# (a venue's pin in event planning stays: only one's own place is a contact detail)
_LATLON_WORDS = re.compile(
    r"(?i)\b(?:(?:my|our|mi|nuestra|mein(?:em|e)?|unser(?:em|e)?|mon|ma|notre|meu|minha|nossa|"
    r"nosso)\s{1,2}(?:house|home|place|flat|apartment|door|farm|cabin|casa|piso|finca|haus|"
    r"wohnung|hof|maison|appart\w{0,6}|porte|ferme|apartamento|porta|quinta|sitio)|"
    r"chez\s{1,2}(?:moi|nous)|bei\s{1,2}(?:mir|uns)|where\s{1,2}(?:i|we)\s{1,2}live|"
    r"(?:i|we)\s{1,2}live|vivo|moro|wohne)\b")
# "number forty two, Hauptstraße, Freiburg": the house number said first, then the street.
_NUMBER_COMMA_DE_STREET = re.compile(
    r"(?i)\b(?:number|nummer|hausnummer|nr\.?|no\.|numero)\s{0,2}(?:\d{1,4}[a-z]?|"
    + _SPOKEN_NUMBER + r"),?\s{1,3}[a-z][a-z\-]{1,30}(?:strasse|stra\u00dfe|str\.|weg|gasse|"
    r"allee|platz|damm|ufer|gurtel|guertel)\b")
# Québec: "6540, 3e Avenue", "1200, 8e Rue": the number, a comma, an ordinal street.
_QC_ORDINAL = re.compile(
    r"(?<![\w/.,\-])\d{1,5},\s{1,2}\d{1,3}(?:e|er|re|eme|i?\u00e8me)\s{1,2}"
    r"(?i:avenue|av\.?|rue|boulevard|bd)\b(?:,\s{0,2}[A-Z][A-Za-z'\-]{2,30})?")

# What every ``_QC_ORDINAL`` match holds from its comma on; searched from the comma, it rules
# out most texts far faster than the pattern, which is tried at every position.
_QC_GATE = re.compile(r",\s{1,2}\d{1,3}(?:e|er|re|eme|i?\u00e8me)\s{1,2}(?i:av|rue|boulevard|bd)")


def _extra(views: Views) -> list[Finding]:
    """what3words, a home's coordinates, a spelled number before a German street, Québec."""
    folded = views.folded
    text = folded.text
    out = []
    low = views.lower
    if "///" in text or "3w" in low or "3 w" in low:
        out += [Finding("address", *folded.span(m.start(1), m.end(1)), "what3words")
                for m in _W3W.finditer(text)]
    if views.folded_digits >= 8 and "." in text:
        for m in _LATLON.finditer(text):
            if _LATLON_WORDS.search(text, max(0, m.start() - 80), m.start()):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "coordinates"))
    if "n" in low and ("str" in low or "weg" in low or "gasse" in low or "platz" in low
                       or "allee" in low or "gurtel" in low or "guertel" in low):
        out += [Finding("address", *folded.span(m.start(), m.end()), "street address")
                for m in _NUMBER_COMMA_DE_STREET.finditer(text)]
    if views.folded_digits and "," in text and "e" in low and _QC_GATE.search(text):
        out += [Finding("address", *folded.span(m.start(), m.end()), "street address")
                for m in _QC_ORDINAL.finditer(text)]
    return out


# "The venue is the Art Institute of Chicago, 111 S Michigan Ave": the address of a public
# place (a museum, a hotel, a stadium) named as where an event happens is no one's contact
# detail. Only when the place is named with such a word and not called one's own.
_VENUE_WORDS = frozenset({"venue", "event", "ceremony", "reception", "conference", "gala",
                          "exhibition", "concert", "screening", "shoot", "wedding", "party",
                          "show"})
_VENUE_BEFORE = re.compile(
    r"(?i:\b(?:(venue)\s{1,2}(?:is|will\s{1,2}be)(?:\s{1,2}(?:at|in))?(?:\s{1,2}the)?|"
    r"(?:venue|event|ceremony|reception|conference|gala|exhibition|concert|screening|"
    r"shoot|wedding|party|show)\s{1,2}(?:is|will\s{1,2}be|'s|takes\s{1,2}place)"
    r"(?:\s{1,2}(?:at|in))?\s{1,2}the))\s{1,2}"
    r"((?:[A-Z][\w'&.\-]{0,30}|of|the|on|at|and|for|&)(?:\s{1,2}(?:[A-Z][\w'&.\-]{0,30}|of|"
    r"the|on|at|and|for|&)){0,6}),\s{0,2}\Z")
_VENUE_NOUNS = frozenset({
    "institute", "museum", "hotel", "stadium", "arena", "theatre", "theater", "center",
    "centre", "hall", "library", "cathedral", "church", "gallery", "observatory", "auditorium",
    "pavilion", "opera", "ballroom", "coliseum", "colosseum", "fairgrounds", "conservatory",
    "university", "college", "basilica", "palace", "castle", "zoo", "aquarium", "convention",
    "planetarium", "amphitheatre", "amphitheater", "bowl", "field", "park"})
_OWN_BEFORE = re.compile(r"(?i)\b(?:my|our|mine|ours)\b")


def _public_venue(original: str, start: int) -> bool:
    """The address right after a public place named as an event's venue."""
    m = _VENUE_BEFORE.search(original, max(0, start - 100), start)
    if m is None or _OWN_BEFORE.search(original, max(0, m.start() - 12), start):
        return False
    # "venue is The Boathouse, 31-12 Pier Rd": the word venue itself says the place is public
    if m.group(1) is not None:
        return not m.group(2).endswith(("'s", "\u2019s")) and _PRIVATE_NOUNS.isdisjoint(
            w.lower() for w in _WORDS.findall(m.group(2)))
    return any(w.lower() in _VENUE_NOUNS for w in _WORDS.findall(m.group(2)))


_VENUE_FINDER = _key_finder(_VENUE_WORDS)

# "The ceremony venue is Palácio de Seteais, Rua Barbosa du Bocage 8", "Rehearsal dinner is
# at Casa Botín, Calle de Cuchilleros 17": a named public place (palace, restaurant, church,
# quinta...) right before the address, in a sentence about the event held there, and nothing
# in it that calls the place one's own or asks to come by.
_EVENT_WORDS = frozenset({
    "venue", "venues", "ceremony", "dinner", "reception", "wedding", "rehearsal", "load",
    "permit", "gala", "banquet", "brunch", "lunch", "cocktail", "party", "concert", "exhibition",
    "shoot", "event", "ceremonia", "cena", "recepcion", "boda", "banquete", "almuerzo",
    "comida", "evento", "ensayo", "permiso", "cerimonia", "jantar", "rececao", "recepcao",
    "casamento", "copo", "almoco", "licenca", "hochzeit", "trauung", "empfang",
    "abendessen", "feier", "veranstaltung", "ceremonie", "diner", "mariage", "soiree",
    "vin", "dejeuner", "evenement", "location", "lieu", "local", "salao", "festa", "fiesta",
    "fest", "meeting", "meetup", "workshop", "conference", "summit", "seminar", "keynote",
    "expo", "rendez", "reunion", "r\u00e9union", "reuni\u00f3n", "conferencia", "seminario",
    "jornada", "jornadas", "reuniao", "reuni\u00e3o", "encontro", "seminaire",
    "s\u00e9minaire", "colloque", "tagung", "konferenz", "treffen", "kickoff", "feria",
    "aufbau", "abbau", "setup", "montaje", "montagem", "montage"})
# (not "congress", "convention", "messe", "salon": the name of a street or a shop as often)
_EVENT_FINDER = _key_finder(_EVENT_WORDS)
_PLACE_NOUNS = frozenset({
    "palacio", "palais", "palast", "palace", "palazzo", "quinta", "convento", "convent",
    "mosteiro", "monasterio", "monastery", "kloster", "abbey", "abadia", "abbaye", "igreja",
    "iglesia", "eglise", "kirche", "church", "chapel", "capela", "capilla", "chapelle",
    "cathedral", "catedral", "cathedrale", "dom", "basilica", "basilique", "ermita", "hotel",
    "restaurante", "restaurant", "ristorante", "trattoria", "taberna", "tasca", "brasserie",
    "bistro", "museo", "museu", "musee", "museum", "castelo", "castillo", "chateau", "schloss",
    "castle", "burg", "teatro", "theatre", "theater", "galeria", "galerie", "gallery",
    "estadio", "stadium", "finca", "hacienda", "masia", "parador", "pousada", "bodega",
    "cortijo", "herdade", "solar", "casino", "jardin", "jardim", "garden", "gardens",
    "claustro", "salon", "ballroom", "casa", "mesón", "meson", "venta", "hall", "inn", "manor",
    "club", "clube", "country", "domaine", "mansion", "fortaleza", "fort", "center", "centre",
    "centro", "convention", "congress", "congresos", "congressos", "congres", "kongress",
    "arena", "auditorium", "auditorio", "pavilion", "pabellon", "pavilhao", "expo", "messe",
    "feria", "recinto", "coliseum", "forum", "kursaal", "halle", "sala", "salle"})
_NAMED_PLACE = re.compile(
    r"((?:[A-Z\u00c0-\u00de][\w'\u2019&.\-]{0,30})(?:\s{1,2}(?:[A-Z\u00c0-\u00de][\w'\u2019&.\-]"
    r"{0,30}|de|da|do|das|dos|del|la|las|los|le|les|du|des|di|of|the|von|am|zum|zur|&|"
    r"congr[e\u00e8]s|congresos|congressos|congressi|exposiciones|expositions|exposi\u00e7\u00f5es|"
    r"convenciones|conventions|sports|deportes|desportos|festivals|la\s{1,2}musique)){0,6})"
    r"(?:\s{0,2}[,(\u2013\u2014\-]|\s{1,2}at)\s{0,2}\Z")
# "the launch party is at the Grand Hyatt, 210 Market St", "La cena es en el Casino,
# Calle ...", "Aufbau ist in der Messehalle, Am ...": an event said to be held at a named
# place; the name alone says it is a public venue, whatever its words.
_HELD_AT = re.compile(
    r"(?i:\b(?:is|are|es|est|ist|findet|sera|ser\u00e1|\u00e9|ser\u00e1|will\s{1,2}be|"
    r"takes\s{1,2}place)\s{1,2}(?:at|en|in|im|\u00e0|au|em|no|na|dans)"
    r"(?:\s{1,2}(?:the|der|die|dem|den|el|la|le|les|los|las|o|a|os|as))?\s{1,2})\Z")
# A hotel, a shop of a chain, a museum, an airport: public whatever the sentence is about
# ("our rooms are at the Holiday Inn Express, 450 ...", "the Best Buy at 1280 ...").
_PUBLIC_NOUNS = frozenset({
    "hotel", "inn", "motel", "hostel", "museum", "museo", "museu", "musee", "stadium",
    "estadio", "stadion", "arena", "airport", "aeropuerto", "aeroporto", "aeroport",
    "flughafen", "mall", "store", "marriott", "hilton", "hyatt", "sheraton", "westin",
    "radisson", "novotel", "ibis", "intercontinental", "mercure", "doubletree", "ritz"})
_PUBLIC_FINDER = _key_finder(_PUBLIC_NOUNS)
# ... but "the shoot is at the Miller House, 9 Elm Court" is someone's home.
_PRIVATE_NOUNS = frozenset({
    "house", "home", "residence", "cottage", "farm", "farmhouse", "cabin", "flat", "apartment",
    "haus", "wohnung", "maison", "residencia", "piso", "casa", "villa", "lodge", "barn"})
# (a store only after the name of its chain: "the Apple Store", not "the Store")
_OWN_PLACE = re.compile(
    r"(?i)\b(?:my|our|mi|mis|nuestr[oa]s?|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mon|ma|notre|"
    r"meu|minha|noss[oa])\s{1,2}(?:own\s{1,2})?(?:studio|house|home|place|flat|apartment|"
    r"workshop|shop|store|office|garage|casa|taller|estudio|piso|oficina|tienda|local|atelier|"
    r"werkstatt|haus|wohnung|laden|b[uü]ro|maison|appart\w{0,6}|boutique|bureau|est[uú]dio|"
    r"oficina|loja|apartamento|garagem|quinta|finca)\b|\bcome\s{1,2}(?:by|over|round|to\s{1,2}my)\b|"
    r"\b(?:i|we)\s{1,2}live\b|\b(?:vivo|vivimos|moro|moramos|wohne|wohnen|j'habite|"
    r"habitons)\b|\bpasa(?:te)?\s{1,2}por\b|\bpassa\s{1,2}(?:c[aá]|por)\b|\bvenez\b|"
    r"\bpassez\b|\bvorbei\b|\baparece\b|\bdrop\s{1,2}by\b|\bswing\s{1,2}by\b")
# "Stadthalle, Am Schlossplatz 1": the street may be found without the word it starts with.
_STREET_LEAD = re.compile(r"(?<![\w,])(?:Am|An|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor|Bei)"
                          r"(?:\s{1,2}(?:der|dem|den|die|das))?\s{1,2}\Z")
_SENTENCE_STOP = re.compile(r"[.!?;\n](?=\s|$)")


def _fold_word(w: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", w.lower())
                   if not unicodedata.combining(c))


def _named_venue(original: str, start: int) -> bool:
    """The address right after a named public place where the event is held."""
    lead = _STREET_LEAD.search(original, max(0, start - 12), start)
    if lead is not None:
        start = lead.start()
    m = _NAMED_PLACE.search(original, max(0, start - 60), start)
    if m is None:
        return False
    names = [_fold_word(w) for w in m.group(1).split()]
    if names[-1].endswith(("'s", "\u2019s")):
        return False  # "the party is at Dave's, 12 Oak St": someone's home
    public = any(w in _PUBLIC_NOUNS for w in names[:3]) and names[0] != "store"
    held = (_HELD_AT.search(original, max(0, m.start() - 30), m.start()) is not None
            and _PRIVATE_NOUNS.isdisjoint(names))
    if not (public or held or any(w in _PLACE_NOUNS for w in names[:3])):
        return False
    lo = max(0, m.start() - 160)
    for k in _SENTENCE_STOP.finditer(original, lo, m.start()):
        lo = k.end()
    stop = _SENTENCE_STOP.search(original, start)
    hi = stop.start() if stop else len(original)
    sentence = original[lo:hi]
    if not public and _EVENT_FINDER.search(_fold_word(sentence)) is None:
        return False
    return _OWN_PLACE.search(sentence) is None


# Words glued together: an invisible character between them ("221\u200bBaker\u200bStreet", which
# the fold drops), or a house number glued to capitalised words ("221BakerStreet",
# "CalleMayor12"). The words are parted again for one more look.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\u180e\u2061-\u2064]")
# Not the name first and the number glued after it: "CalleOcho2024", "RuaNova3" are promo
# and product names as often as streets.
_GLUED = re.compile(r"(?<![^\W_])\d{1,5}[A-Z]?(?:[A-Z][a-z]{1,20}){2,4}(?![^\W_])")
# ... capitalised words glued with a street word among them ("12, RueDesLilas"), or a street
# name glued to its English street word after a house number ("221 bakerstreet").
_CAMEL_WORDS = re.compile(r"(?<![^\W_])(?:[A-Z][a-z]{1,20}){2,4}(?![^\W_])")
_CAMEL_STREET_WORDS = frozenset({
    "rue", "calle", "rua", "avenida", "avenue", "av", "ave", "via", "street", "st", "road", "rd",
    "lane", "drive", "strasse", "weg", "platz", "allee", "gasse", "boulevard", "travessa",
    "chemin", "impasse", "paseo", "carrer", "largo"})
_CAMEL_PART = re.compile(r"[A-Z][a-z]*")
# "12-Oak-Road", "12_Oak_Road", "calle_Mayor_12": the words of an address joined by one mark
# in place of each space.
_JOINED_BY_MARK = re.compile(
    r"(?<![\w/.\-])\d{1,5}[A-Za-z]?([\-_./\u2010\u2011])[A-Za-z][A-Za-z']{1,20}"
    r"(?:\1[A-Za-z][A-Za-z']{1,20}){0,3}\1(?i:" + _SUFFIX + r")\b(?![\-_./\u2010\u2011]\w)|"
    r"(?i:\b(?:calle|rue|rua|avenida|avenue|av|avda|via|travessa|chemin|paseo|carrer))"
    r"([\-_./\u2010\u2011])(?:(?:de|del|da|do|dos|das|la|le|les|des|du)\2)?[A-Za-z][A-Za-z']{1,20}"
    r"(?:\2[A-Za-z][A-Za-z']{1,20}){0,3}\2?,?\d{1,5}\b(?![\-_./\u2010\u2011]\w)")
# What each of the glued forms above holds, searched first (most texts have none): a capital
# after a small letter or a digit, searched from the capital; a mark next to a digit, from
# the mark; an English street word ("221 bakerstreet").
_CAMEL_GATE = re.compile(r"[A-Z](?<=[a-z\d][A-Z])[a-z]")
_MARK_GATE = re.compile(r"[\-_./\u2010\u2011](?:(?<=\d.)|(?<=\d[A-Za-z].))[A-Za-z]|"
                        r"[\-_./\u2010\u2011](?<=[A-Za-z].)\d")
_JOIN_MARKS = frozenset("-_./\u2010\u2011")
_GLUED_SUFFIX = re.compile(r"(?<![\w/.,\-])\d{1,5}[A-Za-z]?\s{1,2}[A-Za-z][a-z]{2,20}?"
                           r"(street|road|avenue|lane|drive)\b")


def _glued_words(views: Views, letters: bool = True) -> Views | None:
    """The text with a space put back between glued words, or None when none are glued.
    Without ``letters``, an invisible character between two letters stays a joint
    ("Haupt\u200bstra\u00dfe\u200b5" is "Hauptstra\u00dfe 5")."""
    folded = views.folded
    text = folded.text
    invisible = folded.starts is not None and _INVISIBLE.search(views.original) is not None
    camel = _CAMEL_GATE.search(text) is not None
    mark = _MARK_GATE.search(text) is not None
    low = views.lower
    suffix = ("street" in low or "road" in low or "avenue" in low or "lane" in low
              or "drive" in low)  # the street words of _GLUED_SUFFIX
    if not (invisible or camel or mark or suffix):
        return None
    cuts = set()
    if invisible:
        starts, ends, original = folded.starts, folded.ends, views.original
        for i in range(len(text) - 1):
            if (starts[i + 1] > ends[i] and text[i].isalnum() and text[i + 1].isalnum()
                    and (letters or text[i].isdigit() != text[i + 1].isdigit())
                    and _INVISIBLE.search(original, ends[i], starts[i + 1])):
                cuts.add(i + 1)
    glued = list(_GLUED.finditer(text)) if camel else []
    glued += [m for m in (_CAMEL_WORDS.finditer(text) if camel else ())
              if any(p.lower() in _CAMEL_STREET_WORDS for p in _CAMEL_PART.findall(m.group()))]
    for m in glued:
        for i in range(m.start() + 1, m.end()):
            a, b = text[i - 1], text[i]
            if a.isdigit() != b.isdigit() or (a.islower() and b.isupper()):
                cuts.add(i)
    marks = set()
    if suffix:
        cuts.update(m.start(1) for m in _GLUED_SUFFIX.finditer(text))
    if mark:
        for m in _JOINED_BY_MARK.finditer(text):
            marks.update(i for i in range(m.start(), m.end()) if text[i] in _JOIN_MARKS)
    if not cuts and not marks:
        return None
    b = Builder()
    pos = 0
    for i in sorted(cuts | marks):
        b.copy(folded, pos, i)
        if i in marks:  # the mark itself becomes the space
            b.add(" ", *folded.span(i, i + 1))
            pos = i + 1
            continue
        at = folded.span(i, i + 1)[0]
        b.add(" ", at, at)
        pos = i
    b.copy(folded, pos, len(text))
    joined = b.build()
    return Views(original=views.original, folded=joined, collapsed=joined, canon=joined)


# The name on the bell or intercom right after an address is how the door is found:
# "12 rue des Lilas, interphone Dubreuil", "Hauptweg 4, Klingel bei Sommer".
_BELL_HINT = re.compile(r"interphone|intercom|interfone|buzzer|doorbell|sonnette|klingel|"
                        r"timbre|portero|campainha|citofono|bell")
_BELL_NAME = re.compile(
    r"[ \t]{0,2}[,;\-\u2013\u2014(]?[ \t]{0,3}(?i:interphone|intercom|interfone|buzzer|doorbell|"
    r"bell|sonnette|klingel|timbre|portero|campainha|citofono)[ \t]{0,2}(?i:says|reads|shows|"
    r"under|at|bei|au\s{1,2}nom\s{1,2}de|nom|name|a\s{1,2}nombre\s{1,2}de|em\s{1,2}nome\s{1,2}de)?"
    r"[ \t]{0,2}[:=]?[ \t]{0,2}['\"\u201c\u00ab]?\s{0,1}"
    r"([A-Z\u00c0-\u00de][^\W\d_]{1,24}(?:[ \t\-][A-Z\u00c0-\u00de][^\W\d_]{1,24})?)")


def _bell_names(text: str, found: list[Finding]) -> list[Finding]:
    out = []
    for f in found:
        if f.kind != "address":
            continue
        m = _BELL_NAME.match(text, f.end)
        if m is not None:
            out.append(Finding("address", f.start, m.end(1), "name on the door"))
    return out


# "address in bits: Elm / Grove / no. 4": the parts of an address apart by spaced slashes, read
# with one space for each, when the message speaks of an address or where one lives.
_SLASH_GAP = re.compile(r"[ \t]{1,2}/[ \t]{1,2}")
_ADDRESS_CUE = re.compile(
    r"\b(?:address|adresse|anschrift|direcci[o\u00f3]n|endere[c\u00e7]o|indirizzo|postcode|"
    r"zip|cep|plz|(?:i|we)\s{1,2}live|vivo|moro|wohne|j'habite|habito)\b")


_SLASH_WINDOW = 160
_SLASH_MAX_WINDOWS = 4


def _slash_parts(views: Views, ctx: Context) -> list[Finding]:
    """Findings in the text read with each spaced slash as one space, across a slash: in a
    window after each of the first few words for an address."""
    folded = views.folded
    text = folded.text
    out: list[Finding] = []
    end = 0
    for n, cue in enumerate(_ADDRESS_CUE.finditer(views.lower)):
        if n >= _SLASH_MAX_WINDOWS:
            break
        lo, hi = max(cue.start(), end), min(len(text), cue.end() + _SLASH_WINDOW)
        gaps = list(_SLASH_GAP.finditer(text, lo, hi))
        if len(gaps) < 2:
            continue
        end = hi
        b = Builder()
        pos = lo
        for m in gaps:
            b.copy(folded, pos, m.start())
            b.pick(folded, [m.start()])
            pos = m.end()
        b.copy(folded, pos, hi)
        joined = b.build()
        plain = Views(original=views.original, folded=joined, collapsed=joined, canon=joined)
        out += [f for f in _detect(plain, ctx) if "/" in views.original[f.start:f.end]]
    return out


# A street's name typed one letter at a time, then its house number: "calle: M a r \u00ed a
# P i t a , n\u00famero 1 2", "H a z e l   C l o s e   4". Spelling a name out like this is a
# sign in itself; the run is taken when a street word names it, before it or as its last word.
# Only a run's first letter can start one.
_SPELLED_STREET = re.compile(
    r"(?<!\S)(?<!(?<!\S)[^\W_] )(?P<run>[^\W\d_](?: [^\W\d_]){2,30}"
    r"(?: {2,4}[^\W\d_](?: [^\W\d_]){1,30}){0,5})"
    r" {0,4}[,;]? {0,3}(?:(?i:n(?:umero|umber|ummer|um|o|r|\u00ba|\u00b0)?)\.?:? {0,3})?"
    r"(?P<num>\d(?: ?\d){0,4}[A-Za-z]?)(?![\w%]|[.,:/]\d)")
# "T h e  L o n g  R o a d  2": a title, not a street, unless a street word stands before it.
_TITLE_ARTICLES = frozenset(("the", "a", "an", "el", "la", "los", "las", "le", "les", "der",
                             "die", "das", "o", "os", "as"))
_SPELLED_STREET_GATE = re.compile(r"[^\W\d_] [^\W\d_] [^\W\d_]")
_STREET_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r"|street|strasse|stra\u00dfe|address|direcci[o\u00f3]n|"
    r"endere[c\u00e7]o|adresse|anschrift)\.?\s{0,2}[:=\-]?\s{0,3}\Z")


def _spelled_streets(views: Views) -> list[Finding]:
    """A street name typed letter by letter with its house number after it."""
    folded = views.folded
    text = folded.text
    out = []
    for m in _SPELLED_STREET.finditer(text):
        words = m.group("run").replace("  ", "\0").replace(" ", "").split("\0")
        words = [w for w in words if w]
        if sum(map(len, words)) < 5 or not words[0][0].isupper():
            continue
        last = words[-1].lower()
        if not ((len(words) > 1 and words[0].lower() not in _TITLE_ARTICLES
                 and (last in _SUFFIX_WORDS or last in _PREFIX_WORDS
                      or _STREET_END.search(last) is not None))
                or _ends_with(_STREET_LABEL_BEFORE, text, max(0, m.start() - 30), m.start())):
            continue
        start, end = folded.span(m.start(), m.end("num"))
        while views.original[end:end + 1] in ("\ufe0f", "\u20e3"):  # a keycap's marks too
            end += 1
        out.append(Finding("address", start, end, "street spelled letter by letter"))
    return out


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Street address findings in the original text."""
    found = _detect(views, ctx)
    found += _extra(views)
    found += _more_places(views)
    if views.folded_digits and _SPELLED_STREET_GATE.search(views.folded.text):
        found += _spelled_streets(views)
    if views.folded_digits and " / " in views.folded.text:
        found += _slash_parts(views, ctx)
    # "número cento e dez, R u a  d a s  ...": a spelled house number counts as digits here
    numbered = bool(views.folded_digits) or (
        views.collapsed is not views.folded
        and not _NUMBER_WORDS.isdisjoint(_low_words(views.lower)))
    sep_runs = numbered and has_sep_run(views.folded.text)
    if numbered and (views.collapsed is not views.folded or sep_runs
                                or (_THREE_SINGLES_GATE.search(views.folded.text)
                                    and _THREE_SINGLES.search(views.folded.text))):
        spaced = _spaced_words(views, sep_runs)
        if spaced is not None:
            found += _detect(spaced, ctx)
            glued = _glued_words(spaced)  # "2 2 1 b a k e r s t r e e t": "221 bakerstreet"
            if glued is not None:
                found += _detect(glued, ctx)
    if views.folded_digits and _SYMBOL_GAP_HINT.search(views.folded.text):
        plain = _symbol_gaps(views)
        if plain is not None:
            found += _detect(plain, ctx)
            spaced = _spaced_words(plain, has_sep_run(plain.folded.text))
            if spaced is not None:
                found += _detect(spaced, ctx)
    if views.folded_digits:
        glued = _glued_words(views)
        if glued is not None:
            found += _detect(glued, ctx)
            if _INVISIBLE.search(views.original):
                joined = _glued_words(views, letters=False)
                if joined is not None:
                    found += _detect(joined, ctx)
    found += _postal.detect(views, found)
    if found and _BELL_HINT.search(views.lower):
        found += _bell_names(views.original, found)
    if found and _has_key(views.lower, _VENUE_FINDER, _VENUE_WORDS):
        found = [f for f in found if not _public_venue(views.original, f.start)]
    if found and (_has_key(views.lower, _EVENT_FINDER, _EVENT_WORDS)
                  or _has_key(views.lower, _PUBLIC_FINDER, _PUBLIC_NOUNS)):
        found = [f for f in found if f.kind != "address" or not _named_venue(views.original,
                                                                              f.start)]
    return found


# Built once (and its hash kept): the keys ``_at_words`` looks up its finder by.
_INTRO_KEYS = _INTRO_WORDS | _PLACE_WORDS


def _detect(views: Views, ctx: Context) -> list[Finding]:
    """Street address findings in one view of the text."""
    folded = views.folded
    text = folded.text
    out: list[Finding] = []
    low = views.lower
    digits = views.folded_digits
    has_digit = digits > 0
    words = _low_words(low)
    spoken = not _NUMBER_WORDS.isdisjoint(words) or (
        ("und" in low or "veinti" in low)
        and any(len(w) > 8 and _COMPOUND_WORD.match(w) for w in words))
    no_number = (not _PREFIX_WORDS.isdisjoint(words)
                 and not words.isdisjoint(("s", "sin", "sem"))
                 and ("s/n" in low or "s.n." in low or "mero" in low))
    if "," in text and not _SUFFIX_WORDS.isdisjoint(words):
        for m in _HOUSE_NAME_STREET.finditer(text):
            if not _NOT_HOUSE_NAMES.isdisjoint(w.lower() for w in _WORDS.findall(
                    m.group().split(",", 1)[0])):
                continue
            out.append(Finding("address", *folded.span(m.start(), _with_tail(text, m.end())),
                               "house name and street"))
    if not has_digit:
        if spoken:
            out.extend(_spoken(folded, text, words))
            out.extend(_street_then_number(folded, text, words))
        if no_number:
            out.extend(_without_number(folded, text))
        # "my house number is the year of the moon landing and the street is Aspen Glen
        # Rd": the number given as a riddle, the street named outright.
        if (not words.isdisjoint(("street", "st", "calle", "rua", "strasse", "rue"))
                and _house_number_named(text)):
            for m in _STREET_IS_NAMED.finditer(text):
                names = [w.lower() for w in _WORDS.findall(m.group(1))]
                if not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES for n in names):
                    out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                       "street (house number given)"))
        # "my house has the number forty-five and it's on Sycamore Way"
        if spoken and _house_number_named(text):
            out.extend(_on_street(folded, text))
        return out
    if "cep" in words and not (_FREIGHT_WORDS.search(low) and _HOUSE_MARKS.isdisjoint(words)):
        out.extend(Finding("address", *folded.span(m.start(1), m.end(1)), "postal code of a street")
                   for m in _CEP.finditer(text))
    suffixed = not _SUFFIX_WORDS.isdisjoint(words)
    for m in _retrying(_EN, text, _en_ok) if suffixed else ():
        end = _with_tail(text, len(m.group().rstrip()) + m.start())
        out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    if not _CAP_TYPE_WORDS.isdisjoint(words):
        for m in _EN_CAP.finditer(text):
            if _cap_type_ok(m):
                end = _with_tail(text, _UNIT_AFTER.match(text, m.end()).end())
                out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    patterns = []
    if not _PREFIX_WORDS.isdisjoint(words):
        patterns.append((_PREFIXED, "street address"))
    if not _NUM_FIRST_WORDS.isdisjoint(words):
        patterns.append((_NUM_FIRST, "street address"))
    if "rue" in words and ("grand" in words or "grande" in words):
        patterns.append((_GRAND_RUE, "street address"))
    if "number" in words or "no" in words or "n" in words:
        for m in _NUMBER_WORD_NAME.finditer(text):
            before = _WORD_RE.findall(low[max(0, m.start() - 16):m.start()])
            name = _WORDS.findall(m.group())[-1].lower()
            if (name not in _NOT_NAMES and name not in _NOT_STREET_NAMES
                    and not (before and (before[-1] in _NOT_PLACES or before[-1] in _ID_WORDS))):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if "av" in words or "avda" in words or "sq" in words:
        patterns.append((_NUM_FIRST_AV, "street address"))
    directions = not words.isdisjoint(_DIRECTION_WORDS)
    if directions and _UTAH_HINT.search(text):
        patterns.append((_UTAH_GRID, "street address"))
    if "numero" in words or "n" in words or "no" in words:
        patterns.append((_NUMBER_OF_STREET, "street address"))
    num_cap = _NUM_CAP.search(text) is not None  # "400 Boylston", "12, Elm"
    if num_cap and ("floor" in words or "fl" in words or not words.isdisjoint(_UNIT_FIRST_WORDS)
                    or not words.isdisjoint(("apt", "apartment", "ste")) or "#" in text):
        for m in _NUMBER_NAME_FLOOR.finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(1))]
            if names and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end()),
                                   "street address"))
    if "de" in words and not _MONTHS.isdisjoint(words):
        patterns.append((_DATE_STREET, "street address"))
    if not words.isdisjoint(("street", "st", "road", "rd", "lane", "ln", "sikka", "sector")):
        if not words.isdisjoint(("villa", "house", "flat", "apt", "apartment", "building", "bldg",
                                 "plot", "office", "shop", "unit")):
            patterns.append((_UNIT_NUMBERED_STREET, "street address"))
    if not words.isdisjoint(("sector", "sec", "block", "phase", "pocket")):
        patterns.append((_HOUSE_SECTOR_TOWN, "street address"))
    if "hausnummer" in words or "hausnr" in words or "haus" in words or "house" in words:
        patterns.append((_NUMBER_THEN_STREET, "street address"))
    if not words.isdisjoint(("house", "home", "hausnummer", "hausnr", "numero")):
        patterns.append((_HOUSE_NUMBER_IS, "street address"))
    if suffixed and (not words.isdisjoint(("number", "no", "n")) or "#" in text):
        for m in _MARKED_NUMBER_STREET.finditer(text):
            before = _WORD_RE.findall(low[max(0, m.start() - 16):m.start()])
            if not (before and (before[-1] in _NOT_PLACES or before[-1] in _ID_WORDS
                                or before[-1] in _NUMBERED_THINGS)):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if not words.isdisjoint(("torre", "edificio", "edif", "edf", "residencias", "conjunto",
                             "predio", "bloque")):
        patterns.append((_BUILDING_FLOOR, "street address"))
    if "con" in words:
        patterns.append((_CROSSING_CO, "street address"))
    if ((not words.isdisjoint(("lote", "lt", "casa", "numero", "no", "n", "o")) or "#" in text)
            and not _NUMBERED_STREET_WORDS.isdisjoint(words)):
        patterns.append((_NUMBERED_STREET_HOUSE, "street address"))
    if not words.isdisjoint(("route", "rte", "highway", "hwy", "road", "rd", "fm", "sr", "cr")):
        patterns.append((_NUMBERED_ROUTE, "street address"))
    if not words.isdisjoint(("via", "viale", "piazza", "piazzale", "corso", "vicolo", "largo",
                             "lungomare", "borgo")):
        patterns.append((_NUM_FIRST_IT, "street address"))
    if directions and _DIRECTIONAL_HINT.search(text):
        patterns.append((_DIRECTIONAL, "street address"))
        for m in _DIRECTIONAL_NAME.finditer(text):
            if m.group("note") and not _NOTE_INTRO.search(text, max(0, m.start() - 12),
                                                          m.start()):
                continue
            before = _WORD_RE.findall(low[max(0, m.start() - 16):m.start()])
            if not (before and (before[-1] in _NOT_PLACES or before[-1] in _ID_WORDS)):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if suffixed and not words.isdisjoint(("number", "no", "nr", "numero", "número", "nummer",
                                          "numéro")):
        for m in _NUMBER_ON_STREET.finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(2))][:-1]
            before = _WORD_RE.findall(low[max(0, m.start() - 16):m.start()])
            if before and (before[-1] in _NUMBERED_THINGS or before[-1] in _ID_WORDS):
                continue  # "bus number 6 on Main Street", "stand number 12 at ..."
            if names and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                                 for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(2)),
                                   "street address"))
    if (("on" in words or "in" in words or "at" in words or "en" in words or "am" in words
         or "to" in words or "by" in words)
            and (_house_number_said(text)
                 or _house_number_named(text))):
        out.extend(_on_street(folded, text))
    if suffixed and ("on" in words or "in" in words):
        for m in _BARE_NUMBER_ON_STREET.finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(2))][:-1]
            if names and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                                 for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(2)),
                                   "street address"))
    if "at" in words and not words.isdisjoint(("street", "road", "avenue", "lane", "calle",
                                               "rua", "rue", "strasse", "straße")):
        for m in _AT_NUMBER_NAME_STREET.finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(1))]
            if not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                       or n in _CALENDAR_NAMES or n in _PRODUCT_NAMES for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                   "street address"))
    if "that" in words or "the" in words or "this" in words or "my" in words:
        if "number" in words or "no" in words or "nr" in words or "numero" in words:
            for m in _NUMBER_ON_THAT_STREET.finditer(text):
                out.append(Finding("address", *folded.span(m.start(1), m.end(2)),
                                   "street address"))
    if ("postcode" in words or "post" in words or "zip" in words or "postal" in words
            or "code" in words) and (
            digits >= 2 and _OWN_HOME.search(low)):
        said = False
        for m in _POSTCODE_SAID.finditer(text):
            said = True
            out.append(Finding("address", *folded.span(m.start(1), m.end(1)), "post code"))
        if said and _NUMBER_GIVEN.search(text):
            for m in _ON_ANY_STREET.finditer(text):
                names = [w.lower() for w in _WORDS.findall(m.group(1))][:-1]
                if not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                           for n in names):
                    out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                       "street (post code and number given)"))
    if "number" in words or "no" in words or "nr" in words or "#" in text or "n" in words:
        for m in _finditer_at(_ON_NAME_NUMBER, text, _run_starts(text, _ON_NAME_FIRST)):
            name = _WORDS.findall(m.group(1))[0].lower()
            if name not in _NOT_NAMES and name not in _NOT_STREET_NAMES and (
                    name not in _NOT_PLACES) and name not in _CALENDAR_NAMES:
                out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                   "street address"))
    if not words.isdisjoint(("estate", "park", "centre", "center", "village")) and (
            not words.isdisjoint(("industrial", "trading", "business", "retail", "enterprise",
                                  "technology", "science", "commercial", "craft", "trade",
                                  "distribution", "logistics", "innovation"))):
        for m in _ESTATE.finditer(text):
            if _ESTATE_NUMBERED.match(m.group().lower()):
                out.append(Finding("address", *folded.span(m.start(), _with_tail(text, m.end())),
                                   "street address"))
    if not _ESTATE_FIRST_WORDS.isdisjoint(words):
        for m in _ESTATE_FIRST.finditer(text):
            out.append(Finding("address", *folded.span(m.start(), _with_tail(text, m.end())),
                               "street address"))
    out.extend(_street_then_number(folded, text, words))
    if not words.isdisjoint(("street", "st", "calle", "rua", "strasse", "straße", "rue")):
        numbered = (_house_number_said(text)
                    or _AT_NUMBER.search(text) is not None
                    # "house number is the price per page, 22, and the street is Fenwick Place"
                    or _house_number_named(text))
        for m in (_STREET_IS_NAMED if numbered else _STREET_IS).finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(1))]
            if not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                   "street address"))
    if _GERMAN_KEY_RX.search(low) or _STR_NUMBER.search(low):
        patterns.append((_GERMAN, "street address"))
        patterns.append((_GERMAN_TWO, "street address"))
        if _DE_TWO_LOWER_HINT.search(low):
            patterns.append((_GERMAN_TWO_LOWER, "street address"))
        patterns.append((_GERMAN_WEG_AM, "street address"))
    if _AM_KEY_RX.search(text):
        patterns.append((_GERMAN_AM, "street address"))
    if suffixed and (not words.isdisjoint(_NUMBER_MARKERS) or "#" in text or "º" in text
                     or "°" in text or not words.isdisjoint(_HOUSE_MARKERS_AFTER)):
        patterns.append((_NAME_THEN_NUMBER, "street address"))
    if "col" in words or "colonia" in words:
        patterns.append((_COLONIA, "street address"))
    if spoken:
        out.extend(_spoken(folded, text, words))
    if not _POBOX_WORDS.isdisjoint(words):
        patterns.append((_POBOX, "post box"))
    if digits >= 2 and _UK_POSTCODE_FROM_DIGIT.search(text):  # all end in a full UK postcode
        patterns.append((_UK_POSTCODE_TAIL, "street address"))
        patterns.append((_UK_TOWN_POSTCODE, "street address"))
        patterns.append((_HOUSE_UK_POSTCODE, "street address"))
    if num_cap and _COMPOUND_END_RX.search(low):  # a word ending in "way", "gate", "street"
        patterns.append((_COMPOUND_STREET, "street address"))
    if no_number:
        out.extend(_without_number(folded, text))
    if "km" in words:
        patterns.append((_ROAD_KM, "street address"))
    if _JOINED_KEY_RX.search(low):  # most texts have neither: one scan for both
        if _DUTCH_KEY_RX.search(low):
            patterns.append((_DUTCH, "street address"))
        if _NORDIC_KEY_RX.search(low):
            patterns.append((_NORDIC, "street address"))
    if ("lote" in words or "lt" in words) and ("quadra" in words or "qd" in words):
        patterns.append((_LOTE_QUADRA, "street address"))
    if not _AT_PLACE_WORDS.isdisjoint(words) and ("at" in words or "on" in words):
        for m in _at_words(_AT_PLACE_NUMBER, text, low, _AT_PLACE_WORDS):
            names = [w.lower() for w in _WORDS.findall(m.group(1))]
            if names and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                                 or n in _CALENDAR_NAMES or n in _PRODUCT_NAMES for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                   "street address"))
    intro_keys = _INTRO_KEYS
    if not intro_keys.isdisjoint(words):
        for rx in (_INTRO, _INTRO_NUM_FIRST):
            for m in _at_words(rx, text, low, intro_keys):
                if _NOT_POSTAL.search(low, max(0, m.start() - 12), m.start()):
                    continue  # "email address: Outlook 365"
                names = [w.lower() for w in _WORDS.findall(m.group(1))]
                if _MEASURE_AFTER.match(text, m.end()) or _COUNT_AFTER.match(text, m.end()):
                    continue  # "estoy en Madrid 3 días"
                if names and not (names[0] in _NOT_PLACES | _NOT_NAMES | _PRODUCT_NAMES
                                  or not _NOT_STREET_NAMES.isdisjoint(names)
                                  or any(n in _NOT_NAMES for n in names)):
                    end = _with_tail(text, m.end())
                    out.append(Finding("address", *folded.span(m.start(1), end),
                                       "street address"))
    if not _FLAT_WORDS.isdisjoint(words):
        for m in _NAME_NUMBER_FLAT.finditer(text):
            if m.group(1).split()[0].lower() not in (_NOT_PLACES | _NOT_NAMES | _ROOM_WORDS
                                                     | _PRODUCT_NAMES):
                end = _with_tail(text, m.end())
                out.append(Finding("address", *folded.span(m.start(1), end), "street address"))
    up = _UP_DIGIT.search(text) is not None
    if up and _CA_POSTCODE_HINT.search(text):
        for m in _CA_POSTCODE.finditer(text):
            out.append(Finding("address", *folded.span(m.start(1), m.end(1)), "post code"))
    if "site" in words:
        patterns.append((_RURAL_ROUTE, "street address"))
    if "eircode" in words:
        patterns.append((_EIRCODE, "post code"))
    elif up and _EIRCODE_SHAPE.search(text):
        for m in _EIRCODE_AFTER_PLACE.finditer(text):
            if m.group(1).lower() not in _NOT_PLACES | _NOT_NAMES:
                out.append(Finding("address", *folded.span(m.start(2), m.end(2)), "post code"))
        for m in _EIRCODE_ADDRESS.finditer(text):
            if _plausible(m.group().split(",", 1)[0] + " x"):
                out.append(Finding("address", *folded.span(m.start(), m.end()),
                                   "street address"))
    if num_cap and _CPA_HINT.search(text):
        for m in _NAME_NUMBER_CPA.finditer(text):
            first = m.group(1).split()[0].lower()
            if first not in (_NOT_PLACES | _NOT_NAMES | _ROOM_WORDS | _NOT_STREET_NAMES
                             | _NOT_CITY_STREETS):
                out.append(Finding("address", *folded.span(m.start(1), m.end()),
                                   "street address"))
    if num_cap and _CITY_KEYS.search(low):
        for m in _NAME_NUMBER_CITY.finditer(text):
            first = m.group(1).split()[0].lower()
            if first not in (_NOT_PLACES | _NOT_NAMES | _ROOM_WORDS | _NOT_STREET_NAMES
                             | _NOT_CITY_STREETS):
                out.append(Finding("address", *folded.span(m.start(1), m.end()),
                                   "street address"))
    if "den" in words or "dem" in words or "der" in words:
        patterns.append((_GERMAN_DEN, "street address"))
    if not _DE_ADJ_WORDS.isdisjoint(words):
        patterns.append((_DE_ADJ_NOUN, "street address"))
    if not _FR_PLACE_WORDS.isdisjoint(words):
        patterns.append((_FR_RESIDENCE, "street address"))
    if not _BRASILIA_RUNS.isdisjoint(words) and _BRASILIA_HINT.search(text):
        patterns.append((_BRASILIA, "street address"))
    if not _GRID_WORDS.isdisjoint(words):
        patterns.append((_GRID, "street address"))
    if not _COMPOUND_WORDS.isdisjoint(words):
        patterns.append((_COMPOUND, "street address"))
    if not _IN_SECTOR_WORDS.isdisjoint(words) and (not _IN_WORDS.isdisjoint(words)
                                                   or "no" in words):
        patterns.append((_IN_SECTOR, "street address"))
    if suffixed and not _UNIT_FIRST_WORDS.isdisjoint(words):
        patterns.append((_UNIT_FIRST, "street address"))
    if not _YARD_WORDS.isdisjoint(words):
        patterns.append((_UNIT_YARD, "street address"))
    for rx, why in patterns:
        for m in (_at_words(rx, text, low, _PREFIX_WORDS) if rx is _PREFIXED
                  else _finditer_at(rx, text, _run_starts(text, _NUMBERED_STREET_WORDS))
                  if rx is _NUMBERED_STREET_HOUSE else rx.finditer(text)):
            if rx is _UNIT_FIRST and not _plausible(m.group()):
                continue
            if rx is _PREFIXED and (not _prefixed_ok(m.group(), text[m.end():m.end() + 24])
                                    or _MEASURE_AFTER.match(text, m.end())):
                continue  # "la avenida tiene 3 km de largo": a measure, not a house
            if rx is _POBOX and _SECTION_NOT_BOX.match(m.group()) and not _BOX_TAIL.match(
                    text, m.end()):
                continue  # "apartado 4 del contrato": a section, not a post box
            if _TIMES_SUFFIX.match(text, m.end()):
                continue  # "die Bahnhofstraße 3-mal gefilmt"
            if rx is _HOUSE_SECTOR_TOWN and m.group().rsplit(None, 1)[-1].lower() in _RECORD_WORDS:
                continue  # "Lot 9, Block 2, Plat Book 41": a deed's description of a plot
            end = m.end()
            while end > m.start() and text[end - 1] in " ,":
                end -= 1
            if rx is not _POBOX:
                end = _with_tail(text, end)
            out.append(Finding("address", *folded.span(m.start(), end), why))
    for m in (_POSTCODE_CITY.finditer(text) if digits >= 5 and _POSTCODE_CITY_HINT.search(text)
              else ()):
        names = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        while names and names[0][1].lower() in _NOT_PLACES | _NOT_NAMES:
            names.pop(0)
        if not names or names[-1][1].lower() in _NOT_PLACES:
            continue
        start = m.start(1) + names[0][0]
        out.append(Finding("address", *folded.span(start, m.end()), "place and postcode"))
    if (("-" in low and _JP_KEY_RX.search(low)) or "chome" in low
            or (not text.isascii() and _JP_HINT.search(text))):
        for rx in (_JP_LATIN, _JP_WARD_FIRST, _JP_POSTMARK, _JP_KANJI, _JP_CHOME):
            for m in rx.finditer(text):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if (not _IN_WORDS.isdisjoint(words) or ("no" in words and ("h" in words or "d" in words))
            or (not _IN_HINT_WORDS.isdisjoint(words) and _PIN_HINT.search(text))):
        for m in _IN.finditer(text):
            if m.group(1).split()[0].lower() in _NOT_PLACES:
                continue
            if m.group(1).split()[-1].lower() in _MONEY_WORDS:
                continue  # "flat 2, two rooms, deposit 150000": money, not a PIN code
            if m.group()[:1] in "#0123456789" and not _IN_STREET_WORD.search(m.group()):
                continue  # a bare number first: only with a road, cross, nagar... after it
            end = _with_tail(text, m.end())
            out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    return out


# A named place that is no one's house: "The Guardian, Fleet Street, London".
_NOT_HOUSE_NAMES = frozenset({"times", "guardian", "telegraph", "independent", "observer",
                              "mirror", "sun", "economist", "beatles", "rolling", "office",
                              "company", "team", "club", "hotel", "museum", "gallery",
                              "theatre", "library", "shard", "gherkin", "ritz", "savoy"})


def _spoken(folded, text: str, words: set[str]) -> list[Finding]:
    """Addresses whose house number is spelled out."""
    out = []
    if not _SUFFIX_WORDS.isdisjoint(words) and not _NUMBER_MARKERS.isdisjoint(words):
        for m in _MARKED_SPOKEN_STREET.finditer(text):
            out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
        for m in _NAME_THEN_SPOKEN.finditer(text):
            if _plausible(m.group(1)):
                out.append(Finding("address", *folded.span(m.start(), m.end()),
                                   "street address"))
    if not _SUFFIX_WORDS.isdisjoint(words) and not _NUMBER_MARKERS.isdisjoint(words):
        for m in _NUMBER_ON_STREET_SPOKEN.finditer(text):
            if m.group(1).lower() in _RANK_ONE:
                continue  # "number one on Main Street's list": a rank, not a house
            before = _WORD_RE.findall(text[max(0, m.start() - 16):m.start()].lower())
            if before and (before[-1] in _NUMBERED_THINGS or before[-1] in _ID_WORDS):
                continue  # "tram number nine on High Street"
            names = [w.lower() for w in _WORDS.findall(m.group(2))][:-1]
            if names and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                                 for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(2)),
                                   "street address"))
    if "," in text and not _PREFIX_WORDS.isdisjoint(words):
        for m in _finditer_at(_PREFIXED_SPOKEN_COMMA, text, _prefix_starts(text)):
            if _plausible(m.group()):
                out.append(Finding("address", *folded.span(m.start(), m.end()),
                                   "street address"))
    if not _INTRO_WORDS.isdisjoint(words) and not _NUMBER_MARKERS.isdisjoint(words):
        for m in _INTRO_SPOKEN.finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(1))]
            if names and not (names[0] in _NOT_PLACES or any(n in _NOT_NAMES for n in names)
                              or not _NOT_STREET_NAMES.isdisjoint(names)):
                out.append(Finding("address", *folded.span(m.start(1), m.end()),
                                   "street address"))
    if not _SUFFIX_WORDS.isdisjoint(words):
        # tried only where a number word starts, not at every character
        reach = -1
        for w in _WORD_RE.finditer(text.lower()):
            if w.start() < reach or w.group() not in _NUMBER_WORDS:
                continue
            m = _EN_SPOKEN.match(text, w.start())
            if m is not None and _plausible(m.group()):
                reach = m.end()
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
            elif (_SPOKEN_INTRO.search(text, max(0, w.start() - 12), w.start())
                  or _LINE_START.search(text, max(0, w.start() - 4), w.start())):
                m = _EN_SPOKEN_INTRO.match(text, w.start())
                if m is not None and not _SPOKEN_INTRO.search(
                        text, max(0, w.start() - 12), w.start()) and not (
                        m.group(1).islower() and _TOWN_NEXT.match(text, m.end())) and not (
                        m.group(1)[:1].isupper() and _HOME_PART_NEXT.match(text, m.end())):
                    # at the start of a message: lowercase and a town after it, or the flat
                    # or door of a home ("Sixty-one, Larchmere Rd, flat 2")
                    m = None
                names = m.group(1).lower().split() if m is not None else []
                if m is not None and names[0] not in _SUFFIX_WORDS and not any(
                        n in _NOT_NAMES or n in _NUMBER_WORDS for n in names):
                    reach = m.end()
                    out.append(Finding("address", *folded.span(m.start(), m.end()),
                                       "street address"))
    if _AM_KEY_RX.search(text):
        for m in _GERMAN_AM_SPOKEN.finditer(text):
            out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    low = text.lower()
    if _JOINED_KEY_RX.search(low):
        for m in _JOINED_SPOKEN.finditer(text):
            out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if not (_INTRO_WORDS | _PLACE_WORDS).isdisjoint(words):
        for m in _INTRO_SPOKEN_FIRST.finditer(text):
            names = [w.lower() for w in _WORDS.findall(m.group(1))]
            if not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES or n in _NOT_PLACES
                       or n in _CALENDAR_NAMES or n in _PRODUCT_NAMES for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                   "street address"))
    if any(k in low for k in _GERMAN_KEYS):
        for m in _GERMAN_SPOKEN.finditer(text):
            out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if not _NUM_FIRST_WORDS.isdisjoint(words):
        for m in _finditer_at(_NUM_FIRST_SPOKEN, text, _number_starts(text)):
            out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if not _PREFIX_WORDS.isdisjoint(words):
        for m in _finditer_at(_PREFIXED_SPOKEN_BARE, text, _prefix_starts(text)):
            names = [w.lower() for w in _WORDS.findall(m.group())[1:2]]
            if _plausible(m.group()) and not any(n in _NOT_NAMES for n in names):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    if not _PREFIX_WORDS.isdisjoint(words) and not words.isdisjoint(_NUMBER_MARKERS):
        for m in _finditer_at(_PREFIXED_SPOKEN, text, _prefix_starts(text)):
            if _prefixed_ok(m.group()):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "street address"))
    return out


_HOUSE_NUMBER_WORDS = frozenset({"hausnummer", "numero"}) | _NUMBER_MARKERS


def _street_then_number(folded, text: str, words: set[str]) -> list[Finding]:
    """A street named, then its house number: said as such, bare between commas before the
    flat, after "the 500 block of", or after "al" (Buenos Aires)."""
    out: list[Finding] = []
    suffixed = not _SUFFIX_WORDS.isdisjoint(words)
    prefixed = not _PREFIX_WORDS.isdisjoint(words)
    said = (suffixed or prefixed) and not _HOUSE_NUMBER_WORDS.isdisjoint(words)
    bare = (suffixed or prefixed) and ("," in text or "-" in text or "\u2013" in text
                                      or "\u2014" in text) and (
        not _BARE_NUMBER_HOME.isdisjoint(words))
    said_heads: list[re.Match] = []
    bare_heads: list[re.Match] = []
    if prefixed and (said or bare):  # one scan for the street words of both patterns
        finder = _KEY_FINDERS.get(_PREFIX_WORDS)
        if finder is None:
            finder = _KEY_FINDERS[_PREFIX_WORDS] = _key_finder(_PREFIX_WORDS)
        for w in finder.finditer(text.lower()):
            m = _PREFIXED_THEN_NUMBER_SAID.match(text, w.start()) if said else None
            if m is not None:
                said_heads.append(m)
            m = _PREFIXED_THEN_BARE.match(text, w.start()) if bare else None
            if m is not None:
                bare_heads.append(m)
    if said:
        heads = list(_STREET_THEN_NUMBER_SAID.finditer(text)) if suffixed else []
        for m in heads + said_heads:
            end = _house_number_at(text, m)
            if end and _street_name_ok(m.group(1)):
                out.append(Finding("address", *folded.span(m.start(), end), "street address"))
    if bare:
        heads = list(_STREET_THEN_BARE.finditer(text)) if suffixed else []
        for m in heads + bare_heads:
            n = _BARE_DIGITS.match(text, m.end())
            lead = _LEAD_WORD.match(text, m.end()) if n is None else None
            if lead is not None and (lead.group().lower() in _HOUSE_NUMBER_LEADS
                                     or _COMPOUND_WORD.match(lead.group())):
                n = _BARE_SPOKEN.match(text, m.end())
            if n is not None and _street_name_ok(m.group(1)):
                out.append(Finding("address", *folded.span(m.start(), n.end(1)),
                                   "street address"))
    if "block" in words and suffixed:
        for m in _BLOCK_OF_STREET.finditer(text):
            if _street_name_ok(m.group(1)):
                out.append(Finding("address", *folded.span(m.start(1), m.end(2)),
                                   "street address"))
    if "al" in words and ("en" in words or "sobre" in words):
        for m in _STREET_AL_NUMBER.finditer(text):
            names = [w.lower() for w in _WORDS.findall(_AL_SPLIT.split(m.group(1))[0])]
            if names and not any(n in _NOT_NAMES or n in _NOT_PLACES or n in _CALENDAR_NAMES
                                 or n in _PRODUCT_NAMES or n in _NOT_STREET_NAMES
                                 for n in names):
                out.append(Finding("address", *folded.span(m.start(1), m.end(1)),
                                   "street address"))
    return out


# A spelled number is read only where a number word starts (the pattern is a long one).
_LEAD_WORD = re.compile(r"[A-Za-z]+")
_HOUSE_NUMBER_LEADS = frozenset(_NUMBER_WORDS) | frozenset(_HUNDREDS.split())


def _house_number_at(text: str, m: re.Match) -> int:
    """End of the house number after a street and its number word, 0 without one. Tried right
    after the match, and before the article or the riddle's words it may have taken."""
    for k in (m.end(), m.start("a"), m.start("f")):
        if k < 0:
            continue
        n = _HOUSE_DIGITS.match(text, k)
        lead = _LEAD_WORD.match(text, k) if n is None else None
        if lead is not None and (lead.group().lower() in _HOUSE_NUMBER_LEADS
                                 or _COMPOUND_WORD.match(lead.group())):
            n = _HOUSE_SPOKEN.match(text, k)
            if n is not None and n.group().lower() in _RANK_ONE:
                n = None  # "Main Street, number one in town": a rank
        if n is not None:
            return n.end()
    return 0


_AL_SPLIT = re.compile(r"\s{1,2}al\s{1,2}")
_TOWN_AFTER_STREET = re.compile(r"\s(?:in|en|em|na|no|im|\u00e0)\s.*$")


def _street_name_ok(street: str) -> bool:
    """The words of a street's name are no business words ("Order Lane" is fine, "Version
    Street" is not)."""
    names = [w.lower() for w in _WORDS.findall(_TOWN_AFTER_STREET.sub("", street))]
    return bool(names) and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES for n in names)


def _without_number(folded, text: str) -> list[Finding]:
    """Streets given with "s/n" (no house number)."""
    return [Finding("address", *folded.span(m.start(), m.end()), "street address")
            for m in _finditer_at(_PREFIXED_SN, text, _prefix_starts(text))
            if _prefixed_ok(m.group())]


# An address sent in two messages, the street in one and the house number in the other, in
# either order ("rua Augusta, Consolação" / "número 1508, apto 42"; "vivo en el 58, tercero B" /
# "calle Pintor Sorolla, Valencia"). history.py passes the sender's last messages.
_LINKS = r"(?:de|del|da|do|dos|das|la|le|les|des|du|l')"
_STREET_NAMED = re.compile(
    r"(?i)\b(?:" + _PREFIX_TYPES + r")\.?\s{1,3}(?:" + _LINKS + r"\s{1,3}){0,2}"
    r"(?-i:[A-Z])[\w'\-]{1,24}|(?-i:\b[A-Z][a-z'\-]{2,24})\s{1,2}(?:" + _SUFFIX + r")\b")
_HOUSE_NUMBER_ALONE = re.compile(
    r"(?i)^\s{0,3}(?:(?:the|el|la|le|o|a|die)\s{1,2})?(?:house\s{1,2})?(?:number|n[uú]mero|"
    r"num[eé]ro|hausnummer|nummer|nr\.?|n\.?[º°o]\.?|no\.)\s{0,2}(\d{1,5}[A-Za-z]?\b" + _UNIT
    + r")(?=\s{0,2}(?:[,.;!)]|$))")
_HOUSE_NUMBER_GIVEN = re.compile(
    r"(?i)\b(?:vivo\s{1,2}en|vivimos\s{1,2}en|moro\s{1,2}(?:no|na)|wohne|habite\s{1,2}au|"
    r"live\s{1,2}at|(?:house|place|home|casa|maison)\s{1,2}(?:is|es|est[aá]|[eé]|ist|est)"
    r"(?:\s{1,2}(?:at|en|no|au))?|hausnummer|house\s{1,2}number|n[uú]mero|num[eé]ro)"
    r"\s{0,2}(?:el\s{1,2}|le\s{1,2}|o\s{1,2})?\d{1,5}[A-Za-z]?\b(?!\s{0,2}(?:[%€$]|min|km|m\b|"
    r"euros?|dollars?|reais|years|a[nñ]os|ans|jahre|days|d[ií]as))")
_STREET_ALONE = re.compile(
    r"^\s{0,3}(?:(?:it'?s|es|en|la|na|the|on|in|at|a)\s{1,2})?((?i:" + _PREFIX_TYPES + r")\.?"
    r"\s{1,3}(?:(?i:" + _LINKS + r")\s{1,3}){0,2}[A-Z][\w'\-]{1,24}(?:\s{1,2}(?:(?i:" + _LINKS
    + r")\s{1,2})?[A-Z][\w'\-]{1,24}){0,3}|[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}"
    r"\s{1,2}(?i:" + _SUFFIX + r")\b\.?)(?=\s{0,2}(?:[,.;!]|$))")


# ... and the street message says it is where someone is, or is only the street.
_HOME_WORDS = re.compile(
    r"(?i)\b(?:address|addy|house|home|place|flat|apartment|live|lives|vivo|vivimos|moro|"
    r"mora|wohne|wohnt|habite|adresse|anschrift|direcci[oó]n|domicilio|endere[cç]o|morada|casa|"
    r"apartamento|depto|wohnung|maison|appartement|pick\s?up|drop[\s\-]?off|deliver|ship|"
    r"entrega|livraison|lieferung|located|queda|fica)\b")


def pieces_across(recent: list[str], text: str) -> list[Finding]:
    """The house number or the street of an address whose other half came just before."""
    last = recent[-3:]
    m = _HOUSE_NUMBER_ALONE.match(text)
    if m is not None and any(_STREET_NAMED.search(p) and not _DIGIT.search(p)
                             and (_STREET_ALONE.match(p) or _HOME_WORDS.search(p)) for p in last):
        return [Finding("address", m.start(1), m.end(1), "house number (street sent before)")]
    m = _STREET_ALONE.match(text)
    if m is not None and not _DIGIT.search(m.group(1)) and any(
            _HOUSE_NUMBER_GIVEN.search(p) for p in last):
        names = [w.lower() for w in _WORDS.findall(m.group(1))[1:]]
        if names and not any(n in _NOT_NAMES or n in _NOT_STREET_NAMES for n in names):
            return [Finding("address", m.start(1), m.end(1), "street (house number sent before)")]
    return []


# "site's at plus code 87G8Q2JM+5R": an Open Location Code, a place to a few metres. A full code
# (eight characters, a plus, two or three) is one anywhere; a short one ("Q2JM+5R Hackney")
# only after its name.
_PLUS_CODE = re.compile(r"(?<![\w+])[2-9C][2-9CFGHJMPQRV][2-9CFGHJMPQRVWX]{6}\+"
                        r"[2-9CFGHJMPQRVWX]{2,3}(?![\w+])")
_SHORT_PLUS_CODE = re.compile(
    r"(?i)\b(?:plus[\s\-]?codes?|open\s{1,2}location\s{1,2}codes?|olc)\b[^\w\n]{0,4}"
    r"(?:(?:is|es|ist|est)\s{1,2})?(?-i:([2-9CFGHJMPQRVWX]{4,8}\+[2-9CFGHJMPQRVWX]{2,3}))"
    r"(?![\w+])")
# "GPS: 51.4613, -0.1156 that's my front door", "pin for the yard: ...": a home's coordinates,
# its place named before or after them, with a word between ("my front door", "our back gate").
_LATLON_OWN = re.compile(
    r"(?i)\b(?:(?:my|our)\s{1,2}(?:[a-z]{3,10}\s{1,2})?|"
    r"(?:pin|gps|coords?|coordinates|location|lat\s{0,2}/?\s{0,2}long?)\s{1,2}(?:for|of|to)"
    r"\s{1,2}(?:the|my|our)\s{1,2}(?:[a-z]{3,10}\s{1,2})?)"
    r"(?:house|home|place|flat|apartment|door|gate|farm|cabin|yard|driveway|garage|workshop|"
    r"unit|barn|shed|cottage|caravan|plot|lock-?up)\b")
# "Hawthorn Crescent 22", "Linden Road 4, flat 2": an English street named first, then its
# house number, as in most of Europe. Only types that are no everyday noun ("Hard Drive 2",
# "Centre Court 3", "Hill 60" stay), no year for a number ("Abbey Road 1969"), no county or
# state road ("County Road 12" is a route) and no measure after it.
_EN_NAME_NUMBER = re.compile(
    r"(?<![\w.\-])(?!(?:County|State|Route|Forest|Service|Toll|Ring|Fear|Sesame)\s)"
    r"[A-Z][a-z'\-]{2,24}(?:\s{1,2}[A-Z][a-z'\-]{2,24}){0,2}\s{1,2}"
    r"(?:Street|Avenue|Road|Crescent|Close|Terrace|Gardens|Grove|Mews|Rise|Parade|Boulevard)"
    r"\s{1,2}(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?\b(?![.,:/]\d)"
    r"(?!\s{0,2}(?:%|(?i:km|mi|miles?|mins?|minutes?|hours?|hrs?|h|kg|x|times|pm|am|"
    r"episodes?|seasons?|parts?)\b))")
_EN_NAME_NUMBER_GATE = re.compile(
    r"(?:Street|Avenue|Road|Crescent|Close|Terrace|Gardens|Grove|Mews|Rise|Parade|Boulevard)"
    r"\s{1,2}\d")
# "2240 Sutter, buzz 3", "18 Kellett, flat 2": a house number and a street's bare name, then the
# flat or the bell to ring.
_NUMBER_NAME_BELL = re.compile(
    r"(?<![\w/.,\-])\d{1,5}[A-Za-z]?\s{1,2}[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?\s{0,2},"
    r"\s{1,3}(?i:apt|apartment|apto|flat|buzz|buzzer|intercom|bell)\.?\s{0,2}#?\s{0,2}"
    r"[A-Za-z]?\d{1,4}[A-Za-z]?\b(?![.,]\d|\s{0,2}(?:%|(?i:off|each|per|percent)\b))")
# "l7 Ashgrove Terr.": a small l or a capital I typed for the one of the house number.
_BELL_WORDS = re.compile(r"apt|apartment|apto|flat|buzz|intercom|bell")
_LOOKALIKE_HOUSE = re.compile(r"(?<![\w/.,\-])[lI](?=\d{1,4}[A-Za-z]?\s)")


def _more_places(views: Views) -> list[Finding]:
    """Plus codes, a home's coordinates named around them, a house number with l for 1."""
    folded = views.folded
    text = folded.text
    out = []
    if "+" in text:
        out += [Finding("address", *folded.span(m.start(), m.end()), "plus code")
                for m in _PLUS_CODE.finditer(text)
                if any(c.isalpha() for c in m.group()) and any(c.isdigit() for c in m.group())]
        if "plus" in views.lower or "olc" in views.lower or "location" in views.lower:
            out += [Finding("address", *folded.span(m.start(1), m.end(1)), "plus code")
                    for m in _SHORT_PLUS_CODE.finditer(text)]
    if views.folded_digits >= 8 and "." in text:
        for m in _LATLON.finditer(text):
            if _LATLON_OWN.search(text, max(0, m.start() - 80), min(len(text), m.end() + 60)):
                out.append(Finding("address", *folded.span(m.start(), m.end()), "coordinates"))
    if views.folded_digits and _EN_NAME_NUMBER_GATE.search(text):
        out += [Finding("address", *folded.span(m.start(), m.end()), "street address")
                for m in _EN_NAME_NUMBER.finditer(text)
                if not any(w.lower() in _NOT_NAMES for w in m.group().split()[:-2])]
    if views.folded_digits and "," in text and _BELL_WORDS.search(views.lower):
        out += [Finding("address", *folded.span(m.start(), m.end()), "street address")
                for m in _NUMBER_NAME_BELL.finditer(text)
                if m.group().split()[1].lower() not in _NOT_NAMES]
    if views.folded_digits and _LOOKALIKE_HOUSE.search(text):
        fixed = _LOOKALIKE_HOUSE.sub("1", text)  # one for one: spans stay where they were
        for h in _LOOKALIKE_HOUSE.finditer(text):
            m = _EN.match(fixed, h.start())
            if m is not None and _en_ok(m):
                out.append(Finding("address", *folded.span(m.start(), m.end()),
                                   "street address"))
    return out
