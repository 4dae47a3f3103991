"""Profile-aware matching: the parties' known name, email, phone, company and handles."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

from ..context import Context
from ..fold import fold
from ..normalize import PROVIDERS, Views
from ..stopwords import COMMON
from ..types import Finding, Identity
from . import numctx

_COMPANY_SUFFIX = re.compile(
    r"(?i)[\s,]+(?:inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|srl|sl|bv|plc|co|corp|"
    r"corporation|company|ltda|s\.a\.|s\.l\.|s\.a\.s\.|s\.r\.l\.|b\.v\.|e\.k\.)\.?$")
_DESCRIPTOR = re.compile(
    r"(?i)[\s,&]+(?:design|designs|studio|studios|media|group|agency|consulting|labs?|solutions|"
    r"services|creative|digital|arquitetura|arquitectura|architecture|architects|photography|"
    r"partners|holdings|international|werke|bau|estudio|atelier)$")
_FIRST_NAME_MIN = 3
# Leading words of company names that name no one ("Grupo Altamar", "Studio Nord").
_GENERIC_LEAD = frozenset("""
grupo group groupe gruppe studio estudio atelier casa maison haus firma empresa agencia agence
agentur bureau oficina office taller werkstatt construcciones construtora reformas renovations
global united national international first premier royal golden north south east west central
pacific atlantic digital creative design smart green urban metro general modern classic
""".split())
_AMPERSAND_WORDS = ("and", "n", "y", "und", "et", "e")
# Name parts that are also everyday words: matched only mid-sentence and capitalized.
_WORDLIKE_TEXT = """
will grace rose mark may june april august bill faith hope joy sky summer autumn dawn grant
hunter lane page ray rich art bob pat sue don jack frank sterling miles wade chase max rob drew
penny ruby amber crystal pearl violet iris lily holly ivy heather daisy robin jay chip buck
cliff dale glen guy king young white black brown green smith baker cook long short price
little small hill wood stone field rivers brook bell hall ward cole booth gay earl noble
"""
_WORDLIKE = frozenset(_WORDLIKE_TEXT.split())


def _fold_key(s: str) -> str:
    """Lowercase alphanumerics only, folded as messages are ("ß" -> "ss"), diacritics removed."""
    nfkd = unicodedata.normalize("NFKD", fold(s).text)
    return "".join(c for c in nfkd.lower() if c.isalnum() and not unicodedata.combining(c))


_NOT_ALNUM = re.compile(r"[\W_]+")  # exactly the characters str.isalnum() refuses
_NOT_ASCII_DIGIT = re.compile(r"[^0-9]")


class _Digits:
    """The digits of a view with their positions (numbers said in words read as digits).

    The positions are listed only when asked for: most texts hold no known number, and the
    digits alone are found in one C-level pass."""

    def __init__(self, low: str) -> None:
        self._low = low
        self._digits: str | None = None
        self._digits_idx: list[int] | None = None

    @property
    def digits(self) -> str:
        if self._digits is None:
            low = self._low
            # str.isdigit() on ASCII is 0-9; beyond it ("²", "①") the characters decide
            self._digits = (_NOT_ASCII_DIGIT.sub("", low) if low.isascii()
                            else "".join(c for c in low if c.isdigit()))
        return self._digits

    @property
    def digits_idx(self) -> list[int]:
        if self._digits_idx is None:
            self._digits_idx = [i for i, c in enumerate(self._low) if c.isdigit()]
        return self._digits_idx


class _Compact(_Digits):
    """Lowercase alnum-only view of the folded text with positions back into it.

    ``like`` is a view of the same text with only letters and digits swapped for each other
    (a leet reading): its letters and digits sit at the same places, so their positions are
    listed once for both, and only when a match needs them."""

    def __init__(self, views: Views, low: str | None = None,
                 like: _Compact | None = None) -> None:
        low = views.lower if low is None else low
        super().__init__(low)
        self.text = _NOT_ALNUM.sub("", low)
        self._like = like
        self._idx: list[int] | None = None

    @property
    def idx(self) -> list[int]:
        if self._idx is None:
            self._idx = (self._like.idx if self._like is not None
                         else [i for i, c in enumerate(self._low) if c.isalnum()])
        return self._idx


_GERMAN_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                                  "Ü": "Ue", "ß": "ss"})


@lru_cache(maxsize=1024)
def _needles(ident: Identity) -> tuple[tuple[str, str, str], ...]:
    """Match keys of one party, also as names with umlauts are written without them
    ("Jürgen Weißmüller" as "Juergen Weissmueller")."""
    out = _needles_of(ident)
    alt = Identity(name=ident.name and ident.name.translate(_GERMAN_SPELLING),
                   company=ident.company and ident.company.translate(_GERMAN_SPELLING))
    # "Mac Namara Visuals" for "McNamara Visuals": the Irish and Scottish "Mc" and "Mac" are
    # written either way
    mac = Identity(name=ident.name and _MC.sub(_mc_swap, ident.name),
                   company=ident.company and _MC.sub(_mc_swap, ident.company))
    for other in (alt, mac):
        if other != ident:
            out += tuple(n for n in _needles_of(other) if n not in out)
    return out


_MC = re.compile(r"\bMa?c(?= ?[A-Z])")


def _mc_swap(m: re.Match) -> str:
    return "Mac" if m.group() == "Mc" else "Mc"


def _needles_of(ident: Identity) -> tuple[tuple[str, str, str], ...]:
    """(key, reason, mode) for every detail worth matching.

    mode "word" needs word boundaries, "part" (one part of a name) also a capital letter,
    "any" matches anywhere.
    """
    out: list[tuple[str, str, str]] = []
    if ident.name:
        full = _fold_key(ident.name)
        if len(full) >= 4:
            out.append((full, "known name", "word"))
        parts = [_fold_key(p) for p in re.split(r"[\s\-.,]+", ident.name) if p]
        if len(parts) > 1:
            out.append((parts[-1] + parts[0], "known name", "word"))
            if len(parts[0]) >= _FIRST_NAME_MIN and parts[0] not in COMMON:
                out.append((parts[0], "known name", "part"))
            for p in parts[1:]:
                if len(p) >= _FIRST_NAME_MIN and p not in COMMON:
                    out.append((p, "known name", "last:" + parts[0]))
            for p in {parts[0], parts[-1], full}:  # "nosdivad": the name backwards
                if len(p) >= 5 and p[::-1] != p and p not in COMMON:
                    out.append((p[::-1], "known name", "rev"))
            for word in ident.name.split()[1:]:  # "Dupont-Martin": a double family name
                key = _fold_key(word)
                if "-" in word and len(key) >= 8 and key not in COMMON:
                    out.append((key, "known name", "word"))
    if ident.email:
        out.append((_fold_key(ident.email), "known email", "any"))
        local, _, domain = ident.email.partition("@")
        local = _fold_key(local)
        if len(local) >= 4 and local not in COMMON:
            out.append((local, "known email", "word"))
        # the mail domain of a company address said without its suffix ("at lotusbooks")
        label = _fold_key(domain.split(".", 1)[0])
        if len(label) >= 5 and label not in COMMON and label not in PROVIDERS:
            out.append((label, "known email", "word"))
    if ident.company:
        bare = _COMPANY_SUFFIX.sub("", ident.company)
        core = _DESCRIPTOR.sub("", bare)
        variants = {ident.company, bare} | ({core} if len(_fold_key(core)) >= 5 else set())
        words = core.split()
        swapped = set()
        for w in (words, bare.split()):  # "Steuerberatung Lorenz" for "Lorenz Steuerberatung"
            if len(w) == 2 and len(_fold_key(w[0])) >= 3 and len(_fold_key(w[1])) >= 3:
                swapped.add(_fold_key(f"{w[1]} {w[0]}"))
        # "Design Studio Castellanos": the family name in the company, next to another of its
        # words, in any order.
        names = {_fold_key(p) for p in re.split(r"[\s\-.,]+", ident.name or "") if p}
        others = [_fold_key(x) for x in bare.split()]
        for key in others:
            if key in names and len(key) >= 4 and key not in COMMON:
                near = ",".join(o for o in others if o != key and len(o) >= 3)
                if near:
                    out.append((key, "known company", "near:" + near))
        if len(words) >= 3 and len(_fold_key(" ".join(words[:-1]))) >= 8:
            variants.add(" ".join(words[:-1]))  # "Tidewater Coffee" for "... Coffee Roasters"
        for v in list(variants):  # "Hollis & Crane" also said "hollis and crane", "y", "und"
            if "&" in v or "+" in v:
                variants |= {re.sub(r"\s*[&+]\s*", f" {w} ", v) for w in _AMPERSAND_WORDS}
        for variant in variants:
            key = _fold_key(variant)
            if len(key) >= 3 and key not in COMMON:
                out.append((key, "known company", "word"))
        # "Priya from Halcyon" for "Halcyon Brands Inc.", "Irigoyen Hermanos" for "Irigoyen
        # Hnos.": the company's leading name word alone, capitalized as a name is written.
        lead = _fold_key(bare.split()[0]) if len(bare.split()) >= 2 else ""
        if (len(lead) >= 5 and lead not in COMMON and lead not in _WORDLIKE
                and lead not in _GENERIC_LEAD and not lead.isdigit()):
            out.append((lead, "known company", "cap"))
        for key in swapped - {_fold_key(v) for v in variants}:
            out.append((key, "known company", "cap"))  # capitalized, as a name is written
        # "notre studio c'est Bleu Nuit" for "Studio Bleu Nuit": the name after its leading
        # generic words, each capitalized as a name is written ("une veste bleu nuit" is a colour)
        # "Casa Cobre" for "Estudio Casa Cobre": each leading generic word may be left out
        rest = bare.split()
        tails = []
        while rest and _fold_key(rest[0]) in _GENERIC_LEAD:
            rest = rest[1:]
            if rest:
                tails += [rest] + ([rest[:-1]] if len(rest) >= 3 else [])
        if tails:
            for t in tails:
                key = _fold_key(" ".join(t))
                if (len(key) >= 6 and not all(_fold_key(w) in COMMON for w in t)
                        and key not in {k for k, _r, _m in out}):
                    out.append((key, "known company", "caps"))
        # "Gartenbau Schroeder ... Schröder with oe", "google Hermanos Olvera": a name word of
        # the company alone, capitalized, when it is given to be looked up or spelled
        for w in bare.split():
            key = _fold_key(w)
            if (len(key) >= 5 and key not in COMMON and key not in _WORDLIKE
                    and key not in _GENERIC_LEAD and not key.isdigit()
                    and not _DESCRIPTOR.search(" " + w)
                    and key not in {k for k, _r, _m in out}):
                out.append((key, "known company", "cue"))
    for h in ident.handles:
        key = _fold_key(h)
        if len(key) >= 3:
            out.append((key, "known handle", "word"))
            # "malermeister_kuehn" written "malermeister kühn" (read as "kuhn")
            plain = key.replace("ae", "a").replace("oe", "o").replace("ue", "u")
            if plain != key and len(plain) >= 6:
                out.append((plain, "known handle", "word"))
    return tuple(out)


# "my surname backwards is 'nosdivad'", "Nachname rückwärts gelesen": a name given reversed.
_REVERSE_CUE = re.compile(
    r"\b(?:backwards?|reversed?|in\s{1,2}reverse|r[uü]ckw[aä]rts|umgedreht|verkehrt\w{0,2}|"
    r"[àa]\s{1,2}l'envers|invers[ée]e?|al\s{1,2}rev[eé]s|invertid[oa]|al\s{1,2}contrario|"
    r"de\s{1,2}tr[aá]s\s{1,2}(?:para|pra)\s{1,2}(?:a\s{1,2})?frente|ao\s{1,2}contr[aá]rio)\b")


# "nosliW naD", "reyaM": a name written backwards keeps its capitals, now at each word's end.
_MIRRORED = re.compile(r"(?<![^\W\d_])[a-z\u00df-\u00ff][^\W\d_]{2,}[A-Z\u00c0-\u00de](?![^\W\d_])")


def _part_ok(text: str, s: int, key: str) -> bool:
    """One part of a name counts when capitalized, and mid-sentence if it is a common word.

    A party's first name alone is a leak ("Thanks Zelda!" must not reach the contractor as
    written: contractors never learn a client's real name), not ordinary talk."""
    if not text[s].isupper():
        return False
    if key not in _WORDLIKE:
        return True
    before = text[max(0, s - 3):s].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"'(" and s > 0


_TITLE = re.compile(
    r"(?i)(?:\b(?:mr|mrs|ms|miss|dr|prof|herr|herrn|frau|sr|sra|srta|mme|mlle|m|dona|dom|sir|madam|"
    r"senhor|senhora|se[nñ]or|se[nñ]ora|do[nñ]a|monsieur|madame|mister|doutor|doutora|doctor|"
    r"doctora|docteur)"
    r"\.?|\bi'?m|\bi\s{1,2}am|name\s{1,2}is|name'?s|soy|ich\s{1,2}bin|je\s{1,2}suis|sou|"
    r"call\s{1,2}me|this\s{1,2}is|signed|regards,?|cheers,?|gr[uü](?:ß|ss)e,?|cordialement,?|"
    r"saludos,?|abra[cç]os,?)\s{1,3}$")
# "my surname is Marchetti", "o meu apelido é Albuquerque", "surname's Italian, Marchetti":
# a family name given as one, one descriptive word at most between.
_FAMILY_CUE = re.compile(
    # "meinen Nachnamen: ...", "mis apellidos: ...": the word inflected as the sentence needs
    r"(?i)\b(?:last\s{0,2}name|surname|family\s{1,2}name|apellidos?|apelidos?|sobrenomes?|"
    r"nachnamen?|familiennamen?|nom\s{1,2}de\s{1,2}famille)(?:'s|\u2019s|\s{1,2}(?:is|es|[eé]|est|ist|lautet)|\s{0,2}:)"
    # "my surname is just ...", "mi apellido es simplemente ...", "Nachname ist einfach ..."
    r"(?:\s{1,2}(?:just|simply|literally|actually|basically|only|simplemente|solo|sólo|"
    r"literalmente|einfach|nur|juste|simplement|seulement|s[oó]|apenas))?"
    r"(?:\s{1,2}[^\W\d_]{2,15},)?\s{1,3}$")
_SURNAME_AFTER = re.compile(
    r"(?i)^\W{0,3}(?:is\s{1,2}my\s{1,2})?(?:last\s{0,2}name|surname|family\s{1,2}name|apellido|"
    r"nachname|nom\s{1,2}de\s{1,2}famille|sobrenome)")


# The one or two words right before a family name ("Sofi Beltrán", "Martín Ezequiel Roldán").
_PREV_WORDS = re.compile(
    r"([A-Za-z][\w'\-]{0,24})\.?\s{1,2}(?:([A-Za-z][\w'\-]{0,24})\.?\s{1,2})?$")


# Everyday short forms of first names that do not share their first three letters.
_SHORT_FORMS_TEXT = """
michael:mike,mikey,mick,micky,mikel robert:bob,bobby,rob,robbie,bert
william:bill,billy,will,willy,liam james:jim,jimmy,jamie richard:dick,rick,ricky,rich,richie
anthony:tony katherine:kate,katie,kathy,kat,kitty catherine:kate,katie,cathy,kat
elizabeth:liz,lizzie,beth,betty,eliza,libby margaret:maggie,meg,peggy,greta
edward:ed,eddie,ted,ned theodore:ted,teddy charles:charlie,chuck
alexander:alex,sasha,xander alexandra:alex,sandra,sasha christopher:chris,kit
jennifer:jen,jenny,jenn patricia:pat,patty,trish rebecca:becky,becca nicholas:nick,nicky
samuel:sam,sammy benjamin:ben,benny daniel:dan,danny jonathan:jon,jonny
joseph:joe,joey,jose josé:pepe,chepe francisco:paco,pancho,curro,fran,chico ignacio:nacho
dolores:lola manuel:manolo,manu guillermo:memo,guille enrique:quique jesús:chucho,chuy
joão:joca antônio:toninho,tonho antonio:toño,toni,tony wolfgang:wolf johannes:hannes,jo
friedrich:fritz,fred beatriz:bia,bea fernando:nando fernanda:nanda jose:ze,pepe
eduardo:edu,dudu roberto:beto alberto:beto isabel:isa,bel guilherme:gui felipe:lipe
luis:lucho luiz:lula gonzalo:gonza santiago:santi federico:fede facundo:facu
agustin:agus sebastian:seba guadalupe:lupe rosario:charo mercedes:meche
concepcion:concha,conchi katharina:kathi,kati,kathrin christina:tina elisabeth:lisa,liesel
matthias:matze,matti andreas:andi guillaume:guigui
thomas:tom,tommy joaquim:quim joaquin:quim,ximo guadalupe:lupita,lupe
"""
_SHORT_FORMS: dict[str, tuple[str, ...]] = {}
for _entry in _SHORT_FORMS_TEXT.split():
    _full, _, _shorts = _entry.partition(":")
    if _shorts:
        _SHORT_FORMS[_fold_key(_full)] = _SHORT_FORMS.get(_fold_key(_full), ()) + tuple(
            _fold_key(x) for x in _shorts.split(",") if x)
del _entry, _full, _shorts


_SPELLED_OUT = re.compile(r"(?:[^\W_][\s\-.\u00b7,]{1,3}){3,}[^\W_]")


def _last_ok(text: str, s: int, e: int, first: str) -> bool:
    """A family name alone counts with a title or intro, an initial, in capitals, after the
    known first name or a short form of it (with a middle name between), or when called a
    surname; "Central Park" for Sam Park does not."""
    word = text[s:e]
    if len(word) >= 3 and word.isupper():
        return True
    if _SPELLED_OUT.fullmatch(word):
        return True  # "k-o-w-a-l-c-z-y-k", "e t c h e v e r r y": spelled for someone to type
    if _JOINED_PARTS.fullmatch(word):
        return True  # "ash + worth", "'hart'+'well'": the name put together from its parts
    before = text[max(0, s - 24):s]
    if _TITLE.search(before) or _FAMILY_CUE.search(text, max(0, s - 40), s):
        return True
    if text[s].isupper() and _ASK_FOR.search(text, max(0, s - 60), s):
        return True  # "ask at the yard for Brennan", "pregunta por la Brennan"
    prev = _PREV_NAME.search(text, max(0, s - 40), s)
    if (prev is not None and prev.group(1)[0].isupper()
            and _fold_key(prev.group(1)) not in COMMON) and _INTRO.search(
            text, max(0, prev.start() - 24), prev.start()):
        return True  # "soy Pili Brennan", "c'est JL Brennan": any given name after an intro
    after = _NAME_AFTER.match(text, e)
    if after is not None and _given_ok(after.group(1), first, after.group(2),
                                       _CLAUSE_END.match(text, after.end()) is not None):
        return True  # "Brennan, Pili", "Brennan J.": the given name or its initial after it
    initial = first[:1]
    if initial and re.search(r"(?i)\b" + re.escape(initial) + r"\.?\s{0,2}$", before):
        return True
    if len(first) >= 3:
        prev = _PREV_WORDS.search(text, max(0, s - 52), s)
        short = _SHORT_FORMS.get(first, ())
        # "Mike O'Brien" for Michael, "Lu Ferreira" for Luana: a short form of the first name
        if prev and any(w and w[0].isupper() and (w.lower().startswith(first[:3])
                                                  or _fold_key(w) in short
                                                  or (len(w) >= 2 and first.startswith(
                                                      _fold_key(w))))
                        for w in prev.groups()):
            return True
    # "the Olvera brothers, google us", "Hoffmann with two f", "first name dot last name at
    # web dot de. Hoffmann": a family business, a name to look up or spell, a surname said
    if text[s].isupper() and not _place_before(text, s) and (
            _cue_ok(text, s, e) or _FAMILY_WORD.search(text, max(0, s - 120), s)):
        return True
    return _SURNAME_AFTER.search(text[e:e + 30]) is not None


# The word right before a family name, and the intro before that word ("soy Pili", "c'est JL",
# "sou o Zeca", "me busque como Pili").
_PREV_NAME = re.compile(r"([^\W\d_][\w'\-]{0,14})\.?[ \t]{1,2}$")
_INTRO = re.compile(
    r"(?i)(?:\bi'?m|\bi\s{1,2}am|\bname\s{1,2}is|\bname'?s|\bsoy(?:\s{1,2}(?:el|la))?|"
    r"\bich\s{1,2}bin|\bje\s{1,2}suis|\bc'est|\bsou(?:\s{1,2}[oa])?|\bcalls?\s{1,2}me|"
    r"\bme\s{1,2}llam(?:o|an)|\bme\s{1,2}chamo|\bchamo-me|\bje\s{1,2}m'appelle|"
    r"\bich\s{1,2}hei(?:ss|ß)e|\bcomo|\bcomme|\bals)"
    r"[ \t]{1,3}$")
# "ask at the yard for", "pregunta por la", "fragen Sie nach Schreiner", "pergunte pelo":
# a family name given to be asked for in person.
_ASK_FOR = re.compile(
    r"(?i)(?:\bask(?:ing)?(?:\s{1,2}[\w']{1,15}){0,5}\s{1,2}for|\bpregunt\w{1,4}\s{1,2}por|"
    r"\bfrag\w{0,3}(?:\s{1,2}\w{1,15}){0,3}\s{1,2}nach|\bdemande\w{0,2}\s{1,2}(?:apr[eè]s\s{1,2})?|"
    r"\bpergunt\w{1,4}\s{1,2}(?:por|pel[oa]))\s{1,2}(?:(?:la|el|lo|o|a|the|den|die|dem|der|le|"
    r"madame|monsieur)\s{1,2})?(?:[^\W\d_]{2,15}\s{1,2})?$")
# "Brennan, Pili", "Brennan J.": a given name, short form or initial right after the family name.
_NAME_AFTER = re.compile(r",?[ \t]{1,2}([A-Z\u00c0-\u00de][\w'\-]{0,14})(\.?)(?![\w'\-])")


# An initial without its dot counts only where the clause ends ("Lindqvist R", not "Park B
# opens at 9").
_CLAUSE_END = re.compile(r"\s{0,2}(?:$|[,;!?)\n]|\.(?:\s|$))")


def _given_ok(word: str, first: str, dot: str, end: bool = False) -> bool:
    key = _fold_key(word)
    if not first or not key:
        return False
    if len(key) == 1:
        # "Lindqvist R." and, closing the sentence, "under Lindqvist R" as a listing shows it
        return key == first[0] and (bool(dot) or end)
    return (key.startswith(first[:3]) or key in _SHORT_FORMS.get(first, ())
            or (len(key) >= 2 and first.startswith(key)))


# A name typed as parts to be joined: "ash + worth", "hart'+'well", "Bright & man" is not.
_JOINED_PARTS = re.compile(r"[\"'\u2018\u2019]?[^\W_]{2,20}[\"'\u2018\u2019]?\s{0,2}\+\s{0,2}"
                           r"[\"'\u2018\u2019]?[^\W_]{2,20}[\"'\u2018\u2019]?")


_CAP_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'\-]{1,24}[ \t]{1,2}$")


def _place_before(text: str, s: int) -> bool:
    """"search Central Park": another capitalized word, not starting a sentence, makes the
    family name part of a place or thing."""
    m = _CAP_BEFORE.search(text, max(0, s - 28), s)
    if m is None:
        return False
    before = text[:m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"'("


def _cue_ok(text: str, s: int, e: int) -> bool:
    """A name word given to be looked up, spelled, or as a family business."""
    return bool(_FIRM_AFTER.match(text, e) or _FIRM_BEFORE.search(text, max(0, s - 20), s)
                or _SPELL_AFTER.match(text, e)
                or _LOOKUP.search(text, max(0, s - 60), min(len(text), e + 60)))


# "the Olvera brothers", "Olvera & Sons", "los hermanos Olvera", "Familie Brandt": a family
# name naming the family's business.
_FIRM_AFTER = re.compile(
    r"(?i)\s{1,2}(?:brothers|bros\b\.?|sisters|(?:&|and|y|e|und|et)\s{1,2}(?:sons?|daughters?|"
    r"hijos?|hijas?|filhos?|filhas?|s[oö]hne|sohn|fils|filles)|family|familia|fam[ií]lia|"
    r"fr[eè]res|s[oœ]eurs)\b")
_FIRM_BEFORE = re.compile(
    r"(?i)\b(?:hermanos|hermanas|irm[aã]os|irm[aã]s|famille|familie|familia|fam[ií]lia|"
    r"gebr[uü]der|fr[eè]res|fratelli|family)\s{1,2}$")
# "Hoffmann with two f and two n", "Schröder with oe", "Meyer mit ey", "Lefèvre avec un accent":
# how the name is spelled, said right after it.
_SPELL_AFTER = re.compile(
    r"(?i)[\s,]{1,3}(?:\(\s{0,2})?(?:with|mit|avec|con|com)\s{1,2}(?:(?:two|2|double|doble|"
    r"zwei|doppel\w{0,3}|deux|dos|dois|three|drei|trois|tres|tr[eê]s)\s{1,2}[a-z]{1,2}\b|"
    r"(?:oe|ae|ue|ss|ph|th|ck|tz|ey|ei|ai|ay|[öäüßéèçñ])\b|(?:an?|ein|eine|un|une|um|uma)\s{1,2}"
    r"(?:[a-z]\b(?![\-'])|(?:accent|akzent|acento|umlaut|tilde|cedilla|h[aä]kchen)\b))")
# The name given to be looked up, spelled out of order or with a remark on its letters.
_LOOKUP = re.compile(
    r"(?i)\b(?:google\s{1,2}(?:us|me|it|them|him|her|that|this|the\s{1,2}name)|googl(?:e|en|ez|"
    r"ea|ear|e[ea]|ing)\s{0,2}(?:sie|uns|nous|nos|a\s{1,2}gente)?\b|"
    # German "googeln Sie", "googelt", "einfach googeln": the verb as German spells it
    r"goog(?:eln|elt|elst)\b|look\s{1,2}(?:us|me|it|"
    r"them)\s{1,2}up|search(?:\s{1,2}for)?(?=\W)|if\s{1,2}you\s{1,2}search|find\s{1,2}us|"
    r"(?:on|in|auf|sur|en|no)\s{1,2}(?:google\s{0,2})?maps|sur\s{1,2}google|"
    r"(?:tape|tapez|cherche|cherchez|recherche|busca|b[uú]scanos|b[uú]squenos|pesquisa|procura|"
    r"such(?:e|t|en)?|gib)\b[^.!?\n]{0,20}\b(?:google|maps|internet|web|net|nous|nos|uns)\b)")
_FAMILY_WORD = re.compile(
    r"(?i)\b(?:last\s{0,2}name|surname|family\s{1,2}name|apellidos?|nachnamen?|familiennamen?|"
    r"nom\s{1,2}de\s{1,2}famille|sobrenomes?)\b")


_WORD = re.compile(r"[^\W_]+")


def _near_ok(text: str, s: int, e: int, others: str) -> bool:
    """Another word of the company, capitalized like the family name, within two words before
    or after ``text[s:e]`` ("the design park concept", "Park the design" are ordinary talk)."""
    want = set(others.split(","))
    before = _WORD.findall(text, max(0, s - 40), s)[-2:]
    after = _WORD.findall(text, e, e + 40)[:2]
    return any(w[:1].isupper() and _fold_key(w) in want for w in before + after)


def _boundary_ok(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _find_all(hay: str, needle: str) -> list[int]:
    out = []
    i = hay.find(needle)
    while i != -1 and len(out) < 100:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


# "N0ah Br00ks", "J3ss1ca": digits standing for the letters they look like, inside words that
# have letters too (plain numbers are left as they are).
_ALNUM_WORD = re.compile(r"[^\W_]+")
_LEET = (str.maketrans("013457", "oieast"), str.maketrans("013457", "oleast"))


# In ASCII text, a word with a digit and a letter has the two side by side somewhere.
_MIXED_ASCII = re.compile(r"\d(?:(?<=[^\W\d_]\d)|[^\W\d_])")  # from the digit


def _leet_passes(views: Views, comp: _Compact) -> list[tuple[_Compact, str, str]]:
    """The text with look-alike digits read as letters (twice when a "1" may be an i or an l),
    as (compact view, lowercase text, folded text), all with the folded text's positions;
    ``comp`` is the compact view of the text as typed."""
    low = views.lower
    if low.isascii() and _MIXED_ASCII.search(low) is None:
        return []
    words = [w for w in _ALNUM_WORD.finditer(low)
             if not w.group().isdigit() and any(c.isdigit() for c in w.group())]
    if not words:
        return []
    out = []
    for table in _LEET if "1" in low else _LEET[:1]:
        new_low, new_text = list(low), list(views.folded.text)
        for w in words:
            mapped = w.group().translate(table)
            new_low[w.start():w.end()] = mapped
            new_text[w.start():w.end()] = [
                m if o.isdigit() else o for o, m in zip(new_text[w.start():w.end()], mapped,
                                                        strict=True)]
        leet_low = "".join(new_low)
        out.append((_Compact(views, leet_low, comp), leet_low, "".join(new_text)))
    return out


def detect(views: Views, ctx: Context) -> list[Finding]:
    """Findings for every known detail of the parties, in any spacing, case or accents."""
    if not ctx.identities:
        return []
    comp = _Compact(views)
    folded = views.folded
    low = views.lower
    passes = [(comp, low, folded.text)]
    if views.folded_digits and len(low) == len(folded.text):
        passes += _leet_passes(views, comp)
    if "l" in low and not views.original.isascii():
        passes += _capital_i_pass(views, comp)
    spoken = None
    reverse: bool | None = None  # "backwards", "rückwärts" said in the message
    out: list[Finding] = []
    for ident in ctx.identities:
        named = len(out)
        later: list[tuple[int, int]] = []  # family names waiting for the first name
        plain: list[tuple[str, int, int]] = []  # ...in lowercase, kept when spelled out too
        given: set[str] = set()  # family names given in the message ("last name is okonkwo")
        spelled_name = False
        name_spans: list[tuple[int, int]] = []  # found parts of the name, in the folded view
        for (key, reason, mode), (n, (ctext, lw, text)) in product(_needles(ident),
                                                                  enumerate(passes)):
            if key not in ctext.text:  # the usual case: one C-level scan, nothing to list
                continue
            for i in _find_all(ctext.text, key):
                s, e = ctext.idx[i], ctext.idx[i + len(key) - 1] + 1
                if n and lw[s:e] == low[s:e]:
                    continue  # found as typed already
                if mode != "any" and not _boundary_ok(lw, s, e):
                    continue
                if mode == "part" and not _part_ok(text, s, key):
                    continue
                if mode == "cap" and not text[s].isupper():
                    continue
                if mode == "caps" and not all(w[:1].isupper() for w in text[s:e].split()):
                    continue
                if mode == "cue" and not (text[s].isupper() and _cue_ok(text, s, e)):
                    continue
                if mode == "rev":
                    if reverse is None:
                        reverse = _REVERSE_CUE.search(low) is not None
                    if not reverse and not _MIRRORED.search(text, s, e):
                        continue
                if mode.startswith("last:") and not _last_ok(text, s, e, mode[5:]):
                    if text[s].isupper():
                        later.append((s, e))
                    else:
                        plain.append((key, s, e))
                    continue
                if mode.startswith("last:"):
                    given.add(key)
                if mode.startswith("last:") and _SPELLED_OUT.fullmatch(text[s:e]):
                    spelled_name = True
                if mode.startswith("near:") and not (text[s].isupper()
                                                     and _near_ok(text, s, e, mode[5:])):
                    continue
                if reason in ("known company", "known name"):
                    s, e = _spoken_address_around(lw, s, e)
                if reason == "known name":
                    name_spans.append((s, e))
                out.append(Finding("identity", *folded.span(s, e), reason))
        if len(name_spans) >= 2:
            out.extend(_between_names(folded, name_spans))
        # "It's Haruki btw, Nakamura": once the party's name is given in the message, the
        # family name elsewhere in it (capitalized, also in "Thalmann-Nachhilfe") goes too
        if later and any(f.reason == "known name" for f in out[named:]):
            out.extend(Finding("identity", *folded.span(s, e), "known name") for s, e in later)
            if len(name_spans) + len(later) >= 2:
                out.extend(_between_names(folded, name_spans + later))
        # "its kowalczyk, k-o-w-a-l-c-z-y-k": the name said plainly as well; "last name is
        # okonkwo ..., google okonkwo copywriting": the family name given, then repeated
        out.extend(Finding("identity", *folded.span(s, e), "known name") for key, s, e in plain
                   if spelled_name or (key in given and key not in _WORDLIKE))
        out.extend(_phone(ident, comp, folded, low))
        if views.canon is not folded and ident.phone and (
                views.canon_digits >= 7 or (views.canon_digits >= 4 and (
                    _ENDS_HINTS.search(low) or _STARTS_HINTS.search(low)))):
            # (four to six said after "ends": "termina en noventa y ocho, setenta y seis")
            # "nine nine zero zero one, four five ...": the known number in words
            if spoken is None:
                spoken = _Digits(views.canon_lower)
            out.extend(_phone(ident, spoken, views.canon, views.canon_lower))
        out.extend(_spoken_parts(ident, comp, low, folded))
        if ident.phone and "hundred" in low:
            out.extend(_phone_in_hundreds(ident.phone, low, folded))
    if any(i.email or i.handles for i in ctx.identities):
        out.extend(_described(low, folded))
    return out


# "same username as here but on insta", "mismo usuario que aquí", "mesmo @ daqui", "même pseudo
# qu'ici", "auf GitHub heiße ich genau wie hier": the known handle, said to be the one used on
# another platform named in the same message.
_SAME_AS_HERE = re.compile(
    r"\b(?:(?:the\s{1,2})?same\s{1,2}(?:user\s?name|name|handle|@|nick\w{0,4}|account|tag|"
    r"profile)(?:\s{1,2}there)?\s{1,2}(?:as|like)\s{1,2}(?:(?:on|in)\s{1,2})?(?:here|this\s{1,2}"
    r"(?:app|site|platform))|"
    r"mism[oa]\s{1,2}(?:usuario|nombre|@|nick|handle|perfil|cuenta)\s{1,2}que\s{1,2}(?:aqu[ií]|"
    r"ac[aá]|en\s{1,2}esta)|"
    r"mesm[oa]\s{1,2}(?:@|usu[aá]rio|nome|user|perfil|conta)\s{1,2}(?:que\s{1,2})?(?:d?aqui|"
    r"de\s{1,2}aqui)|"
    r"m[eê]me\s{1,2}(?:pseudo|nom|@|identifiant|compte|profil)\s{1,2}qu(?:'|e\s{1,2})\s{0,1}ici|"
    r"(?:gleiche[nr]?|selbe[nr]?|denselben)\s{1,2}(?:(?:benutzer|nutzer)?name[n]?|handle|@|"
    r"profil|account)\s{1,2}wie\s{1,2}hier|"
    r"hei(?:ss|ß)e\s{1,2}ich\s{1,2}(?:(?:genau|ganz)\s{1,2})?(?:so\s{1,2})?wie\s{1,2}hier)\b")
_OTHER_PLATFORM = re.compile(
    r"\b(?:insta\w{0,5}|ig|facebook|fb|tik\s?tok|twitter|x|snap\w{0,4}|telegram|discord|"
    r"linkedin|github|gitlab|threads|pinterest|behance|dribbble|youtube|twitch|reddit|"
    r"whats\s?app|signal|skype|bluesky|mastodon)\b")
# "first name dot last name", "Vor- und Nachname mit Punkt dazwischen", "prénom point nom",
# "my first name at my company's domain": a known mail address described from the name.
_FIRST = (r"(?:first\s{0,2}name|given\s{1,2}name|vor(?:name|-)|pr[ée]nom|(?:primer\s{1,2})?"
          r"nombre|(?:primeiro\s{1,2})?nome)")
_LAST = (r"(?:last\s{0,2}name|surname|family\s{1,2}name|nachname|nom(?:\s{1,2}de\s{1,2}famille)?|"
         r"apellido|sobrenome|[uú]ltimo\s{1,2}nome)")
_DOT_WORD = (r"(?:dot|punto|punkt|point|ponto|period|\.|underscore|unterstrich|_|dash|hyphen|"
             r"tiret|gui[oó]n|h[ií]fen|-)")
_NAME_MAIL = re.compile(
    r"(?<![\w-])" + _FIRST + r"\s{0,2}(?:" + _DOT_WORD + r"\s{0,2}" + _LAST
    + r"|(?:and|und|y|et|e)\s{1,2}" + _LAST + r"\s{1,2}(?:with|mit|con|avec|com)\s{1,2}"
    r"(?:a\s{1,2}|un\s{1,2}|einem\s{1,2}|um\s{1,2})?" + _DOT_WORD
    + r"|(?:at|@|arroba|arobase|chez|bei)\s{1,2}(?:(?:my|the|our|mi|"
    r"nuestra|la|el|meiner|unserer|der|ma|mon|notre|minha|nossa|a|o)\s{1,2})?(?:company|work|"
    r"firm|business|empresa|firma|entreprise|bo[iî]te|domain|dominio|domaine|dom[ií]nio))")
_MAIL_SAID = re.compile(
    r"\b(?:e-?mail\w{0,3}|mail|correo|courriel|gmail|hotmail|outlook|yahoo|icloud|gmx|"
    r"proton(?:mail)?|posteo|web\.de|write|escr[ií]b\w{0,4}|schreib\w{0,2}|[ée]cri\w{0,4}|"
    r"escrev\w{0,4}|address|adresse|direcci[oó]n|endere[cç]o)\b")
_YOUR_BEFORE = re.compile(r"\b(?:your|ihr\w{0,2}|dein\w{0,2}|tu|su|votre|ton|seu|teu)\s{1,2}$")


def _described(low: str, folded) -> list[Finding]:  # noqa: ANN001
    """A party's handle or mail address given by describing it, not by writing it."""
    out = []
    if ("here" in low or "aqu" in low or "aqui" in low or "ici" in low or "hier" in low
            or "aca" in low or "this" in low):
        for m in _SAME_AS_HERE.finditer(low):
            if _OTHER_PLATFORM.search(low):
                out.append(Finding("identity", *folded.span(m.start(), m.end()),
                                   "known handle (said to be the same as here)"))
    if "nom" in low or "name" in low or "vor" in low or "pr" in low:
        for m in _NAME_MAIL.finditer(low):
            if (_MAIL_SAID.search(low) and not _YOUR_BEFORE.search(low, max(0, m.start() - 12),
                                                                   m.start())):
                out.append(Finding("identity", *folded.span(m.start(), m.end()),
                                   "known email (described from the name)"))
    return out


def _capital_i_pass(views: Views, comp: _Compact) -> list[tuple[_Compact, str, str]]:
    """"Ιnes" with a Greek capital iota folds to "lnes" (a capital I and a small l look alike):
    the text again with each such look-alike read as an i."""
    low, folded, original = views.lower, views.folded, views.original
    new_low = list(low)
    for i, c in enumerate(low):
        if c == "l":
            s, e = folded.span(i, i + 1)
            if original[s:e] not in ("l", "L"):
                new_low[i] = "i"
    if new_low == list(low):
        return []
    i_low = "".join(new_low)
    return [(_Compact(views, i_low, comp), i_low, folded.text)]


# "Sophie Trelawney-Marsh", "Sophie Anne Marsh": one more capitalized name between the party's
# first and family names (a maiden or middle name) is part of the same person's name.
_BETWEEN = re.compile(r"[ \t]{1,2}[A-Z\u00c0-\u00de][\w'\u2019]{1,30}(?:-|[ \t]{1,2})")


def _between_names(folded, spans: list[tuple[int, int]]) -> list[Finding]:
    """The name between two found parts of a party's name (spans in the folded view)."""
    spans = sorted(spans)
    out = []
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        if 0 < s2 - e1 <= 34 and _BETWEEN.fullmatch(folded.text, e1, s2):
            out.append(Finding("identity", *folded.span(e1, s2), "known name"))
    return out


# Separators of a mailbox or domain said as words ("gustavo ponto brandao", "k dot boychuk",
# "oyelaran hyphen eng") or typed with spaces around them ("ximena . castaneda").
_SPOKEN_SEP = (r"(?:\s{1,2}[._]\s{0,2}|\s{1,2}(?:dot|punto|ponto|point|punkt|hyphen|dash|"
               r"minus|gui[oó]n|tiret|h[ií]fen|tra[cç]o|bindestrich|underscore|unterstrich|"
               r"(?:barra|gui[oó]n|tiret|tra[cç]o)\s{1,2}(?:baja|bas|bajo|underscore)|"
               r"low\s{1,2}dash|"
               # "ngozi then ac": the parts dictated one after the other
               r"(?:and\s{1,2})?then|followed\s{1,2}by|(?:y\s{1,2})?luego|dann|puis|"
               r"(?:e\s{1,2})?depois)\s{1,2})")
# ...and the provider or domain after it ("no uol", "en hotmail", "chez vasseur-immo",
# "at oyelaran hyphen eng dot com"): the whole address goes.
_SPOKEN_AT = re.compile(
    r"\s{0,2},?\s{0,2}(?:at|@|arroba|arobase|chez|bei|auf|em|no|na|en|on|in|sur)\s{1,2}"
    r"(?:the\s{1,2}|el\s{1,2}|le\s{1,2}|o\s{1,2})?([a-z0-9][a-z0-9\-]{1,30})"
    r"(?:\s{1,2}(?:dot|punto|ponto|point|punkt|\.)\s{1,2}[a-z]{2,6}|\.[a-z]{2,6}){0,2}\b")


@lru_cache(maxsize=1024)
def _spoken_pattern(ident: Identity) -> tuple[re.Pattern | None, frozenset[str], frozenset[str],
                                              tuple[str, ...]]:
    """The party's mailbox, mail domain and name as spoken parts joined by separator words,
    the domain labels that may follow them, the party's known keys, and the long parts one of
    which any match contains (a cheap test before the pattern runs)."""
    forms: list[list[str]] = []
    labels: set[str] = set()
    if ident.email:
        local, _, domain = ident.email.lower().partition("@")
        forms.append([p for p in re.split(r"[._\-+]+", local) if p])
        label = domain.split(".", 1)[0]
        forms.append([p for p in label.split("-") if p])
        labels.add(_fold_key(label))
    if ident.name:
        parts = [_fold_key(p) for p in re.split(r"[\s\-.,]+", ident.name) if _fold_key(p)]
        if len(parts) > 1:
            forms += [[parts[0], parts[-1]], [parts[0][0], parts[-1]], [parts[-1], parts[0]]]
    first_handle = len(forms)
    for h in ident.handles:  # "oduya dot edits" for the handle oduya.edits
        forms.append([p for p in re.split(r"[._\-]+", h.lower().lstrip("@")) if p])
    alts = []
    handle_alts: list[str] = []
    needed: set[str] = set()
    for n, parts in enumerate(forms):
        parts = [_fold_key(p) for p in parts]
        if len(parts) < 2 or not any(len(p) >= 4 and p not in COMMON for p in parts):
            continue
        alt = _SPOKEN_SEP.join(re.escape(p) for p in parts)
        if n == 1 and ident.email:  # the mail domain: the user name before it goes too
            alt = f"(?P<domain>{alt})"
        if alt not in alts and alt not in handle_alts:
            (handle_alts if n >= first_handle else alts).append(alt)
            needed.add(max(parts, key=len))
    if handle_alts:
        alts.append("(?P<handle>" + "|".join(handle_alts) + ")")
    if not alts:
        return None, frozenset(), frozenset(), ()
    rx = re.compile(r"(?<![\w.@])(?:" + "|".join(alts) + r")(?![\w@]|[.\-]\w)")
    names = frozenset(k for k, _reason, _mode in _needles(ident))
    return rx, frozenset(labels | PROVIDERS), names, tuple(sorted(needed))


def _spoken_parts(ident: Identity, comp: _Compact, low: str,
                  folded) -> list[Finding]:  # noqa: ANN001
    """"gustavo ponto brandao no uol", "g point vasseur chez vasseur-immo": a known mailbox or
    name spoken in parts, with the provider or domain said after it."""
    rx, labels, names, needed = _spoken_pattern(ident)
    if rx is None or not any(part in comp.text for part in needed):
        return []
    out = []
    for m in rx.finditer(low):
        if not any(c.isspace() for c in m.group()):
            continue  # typed joined, already a known detail of its own
        start, end = m.start(), m.end()
        if "domain" in rx.groupindex and m.group("domain"):
            # "marcus at oyelaran hyphen eng dot com": the user name before a domain said whole
            before = _USER_AT.search(low, max(0, start - 40), start)
            if before and (_DOT_SUFFIX.match(low, end) or _fold_key(before.group(1)) in names):
                start = before.start(1)
            end = _DOT_SUFFIX.match(low, end).end() if _DOT_SUFFIX.match(low, end) else end
        at = _SPOKEN_AT.match(low, end)
        if at and (_fold_key(at.group(1)) in labels or at.group(1) in labels):
            end = at.end()
        handle = "handle" in rx.groupindex and m.group("handle")
        out.append(Finding("identity", *folded.span(start, end),
                           "known handle" if handle else "known email"))
    return out


# "info at kowhai plumbing dot co dot nz": a known company or name spoken as the domain of an
# address; the user name before it and the suffix after it go too.
_USER_AT = re.compile(r"([a-z0-9][a-z0-9._\-]{0,30})\s{1,2}(?:at|@|arroba|chez)\s{1,2}$")
_MAIL_CUE = re.compile(r"\b(?:e-?mail\w{0,3}|mail|correo|courriel|write|escr[ií]b\w{0,4}|"
                       r"schreib\w{0,2}|[ée]cri\w{0,4}|escrev\w{0,4})\b")
_DOT_SUFFIX = re.compile(r"\s{1,2}(?:dot|punto|punkt|point|ponto)\s{1,2}[a-z]{2,6}"
                         r"(?:\s{1,2}(?:dot|punto|punkt|point|ponto)\s{1,2}[a-z]{2,3})?\b")


def _spoken_address_around(low: str, s: int, e: int) -> tuple[int, int]:
    after = _DOT_SUFFIX.match(low, e)
    if after is None:
        return s, e
    before = _USER_AT.search(low, max(0, s - 40), s)
    if before is None or not _MAIL_CUE.search(low, max(0, before.start(1) - 30), before.start(1)):
        return s, after.end()  # "we met at Acme Widgets dot com": no mail said before
    return before.start(1), after.end()


@lru_cache(maxsize=256)
def _phone_digits(phone: str) -> str:
    """The digits of a party's known phone (read once per party, not once per message)."""
    return "".join(c for c in phone if c.isdigit())


def _phone(ident: Identity, comp: _Compact, folded, low: str) -> list[Finding]:
    if not ident.phone:
        return []
    digits = _phone_digits(ident.phone)
    if len(digits) < 7:
        return []
    key = digits[-7:]
    out = []
    for i in _find_all(comp.digits, key):
        s_i = i
        # extend back over more of the known number (area code, country code)
        tail = digits[:-7]
        while tail and s_i > 0 and comp.digits[s_i - 1] == tail[-1]:
            s_i -= 1
            tail = tail[:-1]
        s, e = comp.digits_idx[s_i], comp.digits_idx[i + 6] + 1
        # "my number's on my account but here: 7 9 1 1 ...": nine or more digits of the known
        # number are the number itself, whatever id word comes before
        if numctx.id_before(low, s) and i + 7 - s_i < 9:
            continue
        out.append(Finding("identity", *folded.span(s, e), "known phone"))
    rev = digits[::-1]
    for i in _find_all(comp.digits, rev[:7]):  # "read it backwards: 1762 555 514"
        e_i = i + 6
        while (e_i + 1 < len(comp.digits) and e_i + 1 - i < len(rev)
               and comp.digits[e_i + 1] == rev[e_i + 1 - i]):
            e_i += 1
        s, e = comp.digits_idx[i], comp.digits_idx[e_i] + 1
        out.append(Finding("identity", *folded.span(s, e), "known phone reversed"))
    if _ENDS_HINTS.search(low):
        for m in _ENDS_IN.finditer(low):  # "mon GSM finit par 55 01 23": the known ending
            tail = "".join(c for c in m.group(1) if c.isdigit())
            if len(tail) >= 4 and digits.endswith(tail):
                end = m.start(1) + len(m.group(1).rstrip(" .-"))
                out.append(Finding("identity", *folded.span(m.start(1), end), "known phone"))
    if _STARTS_HINTS.search(low):
        for m in _STARTS_WITH.finditer(low):  # "...and starts with 857-304": the known start
            head = "".join(c for c in m.group(1) if c.isdigit())
            if len(head) >= 5 and 0 <= digits.find(head) <= 3:  # after a country code
                end = m.start(1) + len(m.group(1).rstrip(" .-"))
                out.append(Finding("identity", *folded.span(m.start(1), end), "known phone"))
    return out


_STARTS_HINTS = re.compile(r"start|begin|empie|comienz|commence|d[ée]but|beginnt|f[aä]ngt|come[cç]")
# "it starts with 857-304", "empieza por 612 34", "commence par 06 12", "beginnt mit 0176 44",
# "começa com 11 98": the known number's first digits, the rest given apart
_STARTS_WITH = re.compile(
    r"\b(?:starts?\s{1,2}with|starting\s{1,2}with|begins?\s{1,2}with|beginning\s{1,2}with|"
    r"first\s{1,2}(?:\w+\s{1,2})?digits(?:\s{1,2}(?:are|is))?|(?:empieza|comienza)\s{1,2}"
    r"(?:por|con)|commence\s{1,2}par|d[ée]bute\s{1,2}par|beginnt\s{1,2}mit|f[aä]ngt\s{1,2}mit|"
    r"come[cç]a\s{1,2}(?:com|por))[\s:]{1,3}(\+?\d(?:[ .\-]?\d){3,11})")


_ENDS_HINTS = re.compile(r"end|finit|termin|acaba|last|[uú]ltim|dernier")
# "my number ends in 2671", "finit par 55 01 23", "termina en 0123", "endet auf 4567"
_ENDS_IN = re.compile(
    # "ends 9-0-0-8-1-2": "in" or "with" may be left out before five digits or more
    r"\b(?:ends?\s{1,2}(?:in|with)|ends?(?=[\s:]{1,3}\d(?:(?:[ .\-]|,\s?)?\d){4})|"
    r"ending\s{1,2}(?:in|with)|last\s{1,2}(?:\w+\s{1,2})?digits"
    r"(?:\s{1,2}(?:are|is))?|finit\s{1,2}par|se\s{1,2}termine\s{1,2}par|termina\s{1,2}(?:en|em|"
    r"com|con|por)|acaba\s{1,2}(?:en|em|com|con)|endet\s{1,2}(?:auf|mit)|(?:[uú]ltimos|derniers)\s{1,2}"
    r"(?:\w+\s{1,2})?(?:d[ií]gitos|chiffres)(?:\s{1,2}(?:son|sont|s[aã]o))?)[\s:]{1,3}"
    # "98, 76, 54": the pairs said one by one, a comma between them
    r"(\d(?:(?:[ .\-]|,\s?)?\d){3,11})")


# "oh seven seven hundred, nine hundred, two one eight": a number said in digit words with
# "hundred" for a pair of zeros.
_NUMBER_TOKEN = re.compile(r"[a-z]+|\d+")
_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_TIMES = {"double": 2, "triple": 3}


def _phone_in_hundreds(phone: str, low: str, folded) -> list[Finding]:  # noqa: ANN001
    """The known number's last seven digits (or more) read from digit words and "hundred"."""
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < 7:
        return []
    said: list[str] = []
    spans: list[tuple[int, int]] = []
    times = 1
    for m in _NUMBER_TOKEN.finditer(low):
        word = m.group()
        value = word if word.isdigit() else _DIGIT_WORDS.get(word)
        if word == "hundred" and said:
            value = "00"
        if value is None:
            times = _TIMES.get(word, 1)
            continue
        for c in value * times:
            said.append(c)
            spans.append(m.span())
        times = 1
    text = "".join(said)
    out = []
    for i in _find_all(text, digits[-7:]):
        first, tail = i, digits[:-7]
        while tail and first > 0 and text[first - 1] == tail[-1]:
            first, tail = first - 1, tail[:-1]
        if tail and first > 0 and text[first - 1] == "0":
            first -= 1  # "oh seven seven hundred": the national trunk zero
        out.append(Finding("identity", *folded.span(spans[first][0], spans[i + 6][1]),
                           "known phone"))
    return out
