"""How a sanitizer's output is judged against the corpus, the same way for every system.

A leak counts as caught only when no secret survives in a recoverable form: compared on the
folded output (compatibility forms, look-alike letters and invisible characters undone) as
lowercase letters and digits only, as digits only, and with number words read as digits.
"""
import json
import re
import unicodedata
from pathlib import Path

from server.sanitizer.fold import fold
from server.sanitizer.types import Identity
from server.sanitizer.words import TEENS, TENS, UNITS

CORPUS = Path(__file__).with_name("corpus.jsonl")
_WORD = re.compile(r"[^\W\d_]+|\d+")


def load(path: Path = CORPUS) -> list[dict]:
    """All corpus cases."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def identities(case: dict) -> list[Identity]:
    """The known parties of a case, every field the corpus gives (handles as a tuple)."""
    out = []
    for i in case.get("identities") or []:
        fields = {k: i[k] for k in ("name", "email", "phone", "company") if i.get(k)}
        out.append(Identity(**fields, handles=tuple(i.get("handles") or ())))
    return out


def region(case: dict) -> str:
    """The default phone region the case is written for ("US" unless it says)."""
    return case.get("region") or "US"


def _plain(text: str) -> str:
    folded = fold(text).text
    nfkd = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).lower()


def _alnum(text: str) -> str:
    return "".join(c for c in _plain(text) if c.isalnum())


def _spelled_digits(text: str) -> str:
    out = []
    for tok in _WORD.findall(_plain(text)):
        if tok.isdigit():
            out.append(tok)
        else:
            for table in (UNITS, TEENS, TENS):
                if tok in table:
                    out.append(str(table[tok]))
                    break
    return "".join(out)


def leaked(output: str, secrets: list[str], placeholders: tuple[str, ...] = ()) -> list[str]:
    """The secrets that can still be recovered from ``output``."""
    for p in placeholders:
        if p:
            output = output.replace(p, " ")
    alnum = _alnum(output)
    digits = "".join(c for c in alnum if c.isdigit())
    spelled = _spelled_digits(output)
    found = []
    for secret in secrets:
        key = _alnum(secret)
        if not key:
            continue
        if key in alnum or (key.isdigit() and (key in digits or key in spelled)):
            found.append(secret)
    return found


def caught(case: dict, text: str, output: str, placeholders: tuple[str, ...] = ()) -> bool:
    """Whether a leak case is caught: no secret recoverable from ``output`` (the filtered
    ``text``). A secret the reading above cannot find even in what was typed ("7l8 5S5 O1O9",
    dingbat digits, "oh seven seven double oh", a riddle) would always look gone, whatever the
    filter did: such a case counts as caught only when the filter removed something. Pieces
    spread over messages are looked for in the history and the message together (the piece in
    this message must be removed), and a secret is looked for in the message as typed, before
    its markup was stripped."""
    history = case.get("history") or ()
    readable = leaked(" ".join([*history, case["text"]]), case["secrets"])
    if not readable:
        return output != text
    if history and not any(leaked(m, readable) for m in (*history, case["text"])):
        # a detail only whole across the messages, completed by this one: its piece here must
        # go ("then 4452" after "my number starts 0176"); leaving the message alone lets it out
        return output != text and not leaked(output, readable, placeholders)
    return not leaked(output, readable, placeholders)
