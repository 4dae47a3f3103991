"""Regenerate corpus.jsonl: `python tests/data/build_corpus.py` (deterministic).

Each line: {"id", "lang", "text", "expect": "leak"|"benign"|"flag", "category",
"secrets": [...], "identities"?: [...], "history"?: [...]}. A leak is caught only when no
secret survives in any recoverable form; a benign message must come out unchanged.
"""
import json
import random
from pathlib import Path

from benign import BENIGN, BENIGN_WITH_IDENTITY
from handwritten import BENIGN as HAND_BENIGN
from handwritten import (
    BENIGN_2,
    BENIGN_3,
    BENIGN_4,
    BENIGN_6,
    BENIGN_9,
    BENIGN_10,
    FLAGS_5,
    LEAKS_2,
    LEAKS_3,
    LEAKS_4,
    LEAKS_6,
    LEAKS_8,
    LEAKS_11,
    MIXED_7,
    NO_FLAGS_5,
)
from handwritten import IDENTITY as HAND_IDENTITY
from handwritten import LEAKS as HAND_LEAKS
from handwritten import SPLIT as HAND_SPLIT
from pools import (
    ADDRESSES,
    AT_DOT,
    EMAIL_CARRIERS,
    EMAILS,
    HANDLES,
    PAYMENTS,
    PHONE_CARRIERS,
    PHONES,
    SPELLED,
)
from tricky import FLAGS, IDENTITY_LEAKS, NO_FLAGS, SPLITS, TRICKY

HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і"})
ZW = "\u200b"
LANGS = ["en", "es", "de", "fr", "pt"]


def email_forms(rng: random.Random, local: str, domain: str, lang: str) -> list[str]:
    """Plain and obfuscated spellings of one address."""
    at, dot = rng.choice(AT_DOT[lang])
    name, _, tld = domain.partition(".")
    return [
        f"{local}@{domain}",
        f"{local}{at}{name}{dot}{tld.replace('.', dot)}",
        " ".join(f"{local}@{domain}"),
        f"{local}@{domain}".translate(HOMO),
        ZW.join(f"{local}@{domain}"),
        f"{local.upper()}@{domain.upper()}",
        "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in f"{local}@{domain}"),
    ]


def emails(rng: random.Random) -> list[dict]:
    out = []
    for i, (local, domain) in enumerate(EMAILS):
        lang = LANGS[i % 5]
        custom = domain.split(".")[0] not in {"gmail", "yahoo", "hotmail", "outlook", "icloud",
                                               "protonmail", "gmx", "web", "live", "uol",
                                               "libero", "orange", "fastmail"}
        secrets = [local] + ([domain.split(".")[0]] if custom else [])
        for form in email_forms(rng, local, domain, lang):
            carrier = rng.choice(EMAIL_CARRIERS[lang])
            out.append(case(lang, carrier.format(form), "leak", "email", secrets))
    return out


def phone_forms(rng: random.Random, written: str) -> list[str]:
    digits_only = "".join(c for c in written if c.isdigit() or c == "+")
    keycap = "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in written)
    leet = written.replace("0", "O").replace("1", "l")
    return [written, digits_only, ZW.join(written), keycap, leet,
            "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written),
            " ".join(c for c in digits_only)]


def phones(rng: random.Random) -> list[dict]:
    out = []
    for i, (written, secret, region) in enumerate(PHONES):
        lang = LANGS[i % 5]
        for form in phone_forms(rng, written):
            carrier = rng.choice(PHONE_CARRIERS[lang])
            out.append(case(lang, carrier.format(form), "leak", "phone", [secret],
                            region=region))
    for lang, (words, secret) in SPELLED.items():
        for carrier in PHONE_CARRIERS[lang][:3]:
            out.append(case(lang, carrier.format(words), "leak", "phone", [secret]))
    return out


def simple(pool: list, category: str) -> list[dict]:
    out = []
    for i, (tmpl, secret) in enumerate(pool):
        text = tmpl.format(secret) if "{}" in tmpl else tmpl
        out.append(case(LANGS[i % 5] if category != "handle" else "en", text, "leak", category,
                        [secret]))
    return out


def urls(rng: random.Random) -> list[dict]:
    hosts = ["janedoe-design.com", "studiokraft.design", "vega-bau.de", "marinelli-photo.it",
             "pierre-martin.fr", "joaosilva.com.br", "lenaschmidt.net", "tomwilkins.co.uk",
             "priyacrafts.io", "samlee.studio"]
    out = []
    for i, host in enumerate(hosts):
        name = host.split(".")[0]
        lang = LANGS[i % 5]
        for form in (f"https://{host}/contact", f"www.{host}", host,
                     host.replace(".", " dot "), host.replace(".", "[.]"),
                     host.replace(".", " (punkt) " if lang == "de" else " (dot) ")):
            out.append(case(lang, f"see my portfolio: {form}", "leak", "url", [name]))
    return out


def _guess(text: str) -> str:
    """Category of a hand-written leak from its wording."""
    low = text.lower()
    for words, cat in ((("venmo", "paypal", "cashtag", "iban", "card", "pix", "zelle",
                         "cuenta"), "payment"),
                       (("ig", "handle", "snap", "telegram", "t.me", "wickr", "instagram",
                         "facebook", "linkedin", "onlyfans"), "handle"),
                       (("live at", "address", "come to", "casa", "adresse", "endereço", " st",
                         "box", "calle", "rua", "allee", "avenue"), "address"),
                       (("site", "https", "shop", "visit"), "url"),
                       (("@", " at ", "email", "mail", "(@)"), "email")):
        if any(w in low for w in words):
            return cat
    return "phone"


def case(lang: str, text: str, expect: str, category: str, secrets: list[str] | None = None,
         **extra) -> dict:
    d = {"lang": lang, "text": text, "expect": expect, "category": category,
         "secrets": secrets or []}
    d.update({k: v for k, v in extra.items() if v is not None})
    return d


def main() -> None:
    rng = random.Random(20240611)
    cases: list[dict] = []
    cases += emails(rng) + phones(rng) + urls(rng)
    cases += simple(HANDLES, "handle") + simple(PAYMENTS, "payment")
    cases += [case(LANGS[i % 5], t, "leak", "address", s) for i, (t, s) in enumerate(ADDRESSES)]
    cases += [case(c["lang"], c["text"], "leak", c["category"], c["secrets"],
                   identities=c.get("identities"), history=c.get("history"))
              for c in IDENTITY_LEAKS + SPLITS + TRICKY]
    cases += [case(lang, t, "leak", cat, sec) for lang, cat, t, sec, _ in HAND_LEAKS]
    cases += [case(lang, t, "leak", "identity", sec, identities=[who])
              for lang, t, sec, who in HAND_IDENTITY]
    cases += [case(lang, t, "leak", "split", sec, history=hist)
              for lang, t, hist, sec in HAND_SPLIT]
    cases += [case("xx", t, "benign", "benign") for t in HAND_BENIGN]
    cases += [case("xx", t, "benign", "benign") for t in BENIGN_2.strip().splitlines()]
    cases += [case("en", t, "leak", _guess(t), sec) for t, sec in LEAKS_2]
    cases += [case("xx", t, "benign", "benign") for t in BENIGN_3.strip().splitlines()]
    cases += [case("en", t, "leak", "identity" if ids else _guess(t), sec, identities=ids or None)
              for t, sec, ids in LEAKS_3 + LEAKS_4 + LEAKS_6]
    cases += [case("en", t, "benign", "benign", identities=ids or None) for t, ids in BENIGN_6]
    cases += [case("xx", t, "leak", _guess(t), sec, keep=keep) for t, sec, keep in MIXED_7]
    cases += [case("xx", t, "leak", _guess(t), sec) for t, sec in LEAKS_8 + LEAKS_11]
    cases += [case("xx", t, "benign", "benign") for t in BENIGN_9.strip().splitlines()]
    cases += [case("xx", t, "benign", "benign") for t in BENIGN_10.strip().splitlines()]
    cases += [case("xx", t, "benign", "benign") for t in BENIGN_4.strip().splitlines()]
    for line in BENIGN.strip().splitlines():
        cases.append(case("xx", line, "benign", "benign"))
    for text, ident in BENIGN_WITH_IDENTITY:
        cases.append(case("en", text, "benign", "benign", identities=[ident]))
    cases += [case(lang, t, "flag", "solicitation") for lang, t in FLAGS]
    cases += [case(lang, t, "benign", "benign", no_flag=True) for lang, t in NO_FLAGS]
    cases += [case("xx", t, "flag", "solicitation") for t in FLAGS_5.strip().splitlines()]
    cases += [case("xx", t, "benign", "benign", no_flag=True)
              for t in NO_FLAGS_5.strip().splitlines()]
    path = Path(__file__).with_name("corpus.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for i, c in enumerate(cases):
            fh.write(json.dumps({"id": i, **c}, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {path}")


if __name__ == "__main__":
    main()
