"""Benchmark the contact-detail sanitizer against scrubadub and Presidio on the same corpus.

Run from the repository root (the peers live in their own venv, see requirements-bench.txt):

    /tmp/bench-venv/bin/python bench/sanitizer.py [--seconds 3]

Prints, per system: catch rate per leak category (a leak is caught only when no recoverable
form of any secret survives), share of benign messages left unchanged, messages per second on
one core for chat-sized messages (< 300 chars), and worst-case time on 100 KB hostile inputs.
Everything runs offline.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

_sanitizer = importlib.import_module("server.sanitizer")
Identity, sanitize, strip_markup = _sanitizer.Identity, _sanitizer.sanitize, _sanitizer.strip_markup
scoring = importlib.import_module("scoring")

Clean = Callable[[str, list[Identity], list[str], str], str]
PLACEHOLDERS = ("[contact removed]", "<REDACTED>")
_SCRUB_TOKEN = re.compile(r"\{\{[A-Z_0-9]+\}\}")


def switchboard() -> tuple[Clean, Callable[[str], list[str]]]:
    """Our sanitizer; also returns a function giving the finding kinds."""
    def clean(text: str, ids: list[Identity], history: list[str], region: str = "US") -> str:
        return sanitize(text, ids, default_region=region, history=history).text

    def kinds(text: str) -> list[str]:
        return sanitize(text).kinds
    return clean, kinds


def scrubadub_peer() -> Clean | None:
    """scrubadub's default scrubber (email, phone, URL, card, Twitter, credentials...)."""
    try:
        import scrubadub
    except ImportError as exc:
        print(f"skipping scrubadub: not importable ({exc}); see requirements-bench.txt")
        return None
    scrubber = scrubadub.Scrubber()

    def clean(text: str, ids: list[Identity], history: list[str], region: str = "US") -> str:
        return _SCRUB_TOKEN.sub("<REDACTED>", scrubber.clean(text))
    return clean


def presidio_peer() -> Clean | None:
    """Presidio's predefined pattern recognizers, no spaCy model, suffix list offline."""
    try:
        import tldextract
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            CryptoRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
            UrlRecognizer,
        )
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    except ImportError as exc:
        print(f"skipping presidio: not importable ({exc}); see requirements-bench.txt")
        return None
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract.extract = offline
    recognizers = [EmailRecognizer(), PhoneRecognizer(), UrlRecognizer(), CreditCardRecognizer(),
                   IbanRecognizer(), CryptoRecognizer(), IpRecognizer()]

    def clean(text: str, ids: list[Identity], history: list[str], region: str = "US") -> str:
        spans = []
        for rec in recognizers:
            spans += [(r.start, r.end) for r in rec.analyze(text, rec.supported_entities, None)]
        return _redact(text, spans, "<REDACTED>")
    return clean


def _redact(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    out, pos = [], 0
    for s, e in sorted(spans):
        if e <= pos:
            continue
        s = max(s, pos)
        out += [text[pos:s], placeholder]
        pos = e
    return "".join(out) + text[pos:]


def quality(clean: Clean, cases: list[dict]) -> tuple[dict[str, list[int]], list[int]]:
    """Per-category [caught, total] for leaks and [unchanged, total] for benign."""
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    benign = [0, 0]
    for case in cases:
        text = strip_markup(case["text"])
        out = clean(text, scoring.identities(case), list(case.get("history") or ()),
                    scoring.region(case))
        if case["expect"] == "leak":
            cell = per_cat[case["category"]]
            cell[1] += 1
            cell[0] += scoring.caught(case, text, out, PLACEHOLDERS)
        elif case["expect"] == "benign":
            benign[1] += 1
            benign[0] += out == text
    return dict(per_cat), benign


# Chat messages by length: the cost of every system grows with the text, and a corpus of short
# lines flatters all of them; each bucket is timed on its own.
LENGTHS = ((0, 80), (80, 160), (160, 300))


def throughput(clean: Clean, cases: list[dict], seconds: float,
               lengths: tuple[int, int] = (0, 300)) -> float:
    """Messages per CPU second on chat-sized corpus messages (< 300 characters), one core.

    CPU time of this process, so other work on a shared machine does not skew the figure.
    ``lengths`` narrows the messages timed to that range of characters.
    """
    texts = [strip_markup(c["text"]) for c in cases
             if lengths[0] <= len(c["text"]) < lengths[1]]
    if not texts:
        return 0.0
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for t in texts:
            clean(t, [], [])
        done += len(texts)
    return done / (time.process_time() - start)


def hostile_inputs() -> dict[str, str]:
    """100 KB inputs built to trigger backtracking, huge chains or heavy normalization."""
    n = 100_000
    pieces = {
        "digits+spaces": "1 ", "digit-dash": "555-", "at-signs": "a@", "dots": "a.",
        "spoken at/dot": "x at y dot ", "brackets": "(at) [dot] ", "number words": "five ",
        "letters": "a", "zero-width": "a\u200b", "combining": "e\u0301\u0302",
        "homoglyphs": "аеорсх", "keycaps": "1\ufe0f\u20e3", "dollar tags": "$ab ",
        "url-ish": "www.a", "mixed": "call 415 five five @ x. ", "spaced letters": "a b ",
        "spelled+digits": "one2three ", "emails": "ab.cd@ef.gh ", "handles": "insta: @ab_1 ",
        "streets": "12 Main St ", "iban-ish": "DE89 3704 ", "phones": "call 415-555-2671 ",
        # shapes that once made one check rescan the whole text for every match
        "bare @names": "@lisa-b-designs ", "platform @names": "threads @noor.ceramics ",
        "zip codes": "zip 1234567 ", "tax ids": "pix: 123.456.789-09 ", "www hosts": "www.x.com ",
        "lone suffixes": "site is summitdeckco .com ", "asks": "me segue no insta @ateliedaju ",
        "rue addresses": "3455 rue Saint-Denis, Montréal, H2X 3L1 ",
        "comma addresses": "Flat 9, 120 Rathmines Rd Lower, Dublin 6 ",
        "platform words": "snap-name ",
        "dollar variables": "echo $PATH | tr ':' '\\n' ",
    }
    return {name: (p * (n // len(p) + 1))[:n] for name, p in pieces.items()}


def worst_case(clean: Clean) -> tuple[str, float]:
    """Slowest hostile input and its CPU time in ms (each run once)."""
    worst = ("", 0.0)
    for name, text in hostile_inputs().items():
        start = time.process_time()
        clean(text, [], [])
        ms = (time.process_time() - start) * 1000
        if ms > worst[1]:
            worst = (name, ms)
    return worst


def worst_repeated(clean: Clean, cases: list[dict]) -> tuple[str, float, int]:
    """Every distinct corpus message repeated to 100 KB: the slowest, and how many were screened.

    Each is screened at 1 KB (where a check that pairs every match with every other already
    costs many times the usual), the 20 slowest again at 20 KB, the 5 slowest of those timed at
    full size. Finds shapes no hand-made input thought of."""
    texts = sorted({c["text"] + " " for c in cases})

    def slowest(candidates: list[str], size: int, keep: int) -> list[tuple[float, str]]:
        timed = []
        for t in candidates:
            start = time.process_time()
            clean((t * (size // len(t) + 1))[:size], [], [], "US")
            timed.append((time.process_time() - start, t))
        return sorted(timed, reverse=True)[:keep]

    top = [t for _, t in slowest(texts, 1_000, 20)]
    top = [t for _, t in slowest(top, 20_000, 5)]
    ms, text = slowest(top, 100_000, 1)[0]
    return text.strip()[:40], ms * 1000, len(texts)


def _pct(cell: list[int]) -> str:
    return f"{100 * cell[0] / cell[1]:5.1f}%" if cell[1] else "   n/a"


def report(results: dict[str, dict], categories: list[str]) -> None:
    """Print the side-by-side table."""
    names = list(results)
    print(f"{'metric':<28}" + "".join(f"{n:>16}" for n in names))
    for cat in categories:
        row = [_pct(results[n]["cats"].get(cat, [0, 0])) for n in names]
        total = results[names[0]]["cats"].get(cat, [0, 0])[1]
        print(f"{'leaks caught: ' + cat + f' ({total})':<28}" + "".join(f"{r:>16}" for r in row))
    for key, label in (("all", "leaks caught: all"), ("benign", "benign unchanged")):
        row = [_pct(results[n][key]) for n in names]
        total = results[names[0]][key][1]
        print(f"{label + f' ({total})':<28}" + "".join(f"{r:>16}" for r in row))
    print(f"{'msgs/CPU-s (<300 chars)':<28}"
          + "".join(f"{results[n]['rate']:>16,.0f}" for n in names))
    for lo, hi in LENGTHS:
        if f"rate {lo}-{hi}" in results[names[0]]:
            label = f"  ... {lo}-{hi} chars ({results[names[0]][f'count {lo}-{hi}']})"
            print(f"{label:<28}"
                  + "".join(f"{results[n][f'rate {lo}-{hi}']:>16,.0f}" for n in names))
    print(f"{'worst 100 KB input (CPU ms)':<28}"
          + "".join(f"{results[n]['worst'][1]:>16,.1f}" for n in names))
    print(f"{'  ... which input':<28}" + "".join(f"{results[n]['worst'][0]:>16}" for n in names))


def main() -> None:
    """Run every available system on the corpus and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per throughput run")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=scoring.CORPUS,
        help="a JSON-lines corpus in the same format (e.g. messages the filter has never seen)",
    )
    args = parser.parse_args()
    cases = scoring.load(args.corpus)
    ours, kinds = switchboard()
    systems: dict[str, Clean | None] = {"switchboard": ours, "scrubadub": scrubadub_peer(),
                                        "presidio": presidio_peer()}
    # The peers' libraries (Presidio's above all) leave a few hundred thousand objects behind;
    # without this every system's timings would carry the collector walking them again.
    gc.collect()
    gc.freeze()
    results = {}
    for name, clean in systems.items():
        if clean is None:
            continue
        cats, benign = quality(clean, cases)
        caught = [sum(c[0] for c in cats.values()), sum(c[1] for c in cats.values())]
        results[name] = {"cats": cats, "benign": benign, "all": caught,
                         "rate": throughput(clean, cases, args.seconds),
                         "worst": worst_case(clean)}
        for lo, hi in LENGTHS:
            count = sum(lo <= len(c["text"]) < hi for c in cases)
            if count >= 20:
                results[name][f"count {lo}-{hi}"] = count
                results[name][f"rate {lo}-{hi}"] = throughput(clean, cases, args.seconds / 2,
                                                              (lo, hi))
    categories = sorted({c["category"] for c in cases if c["expect"] == "leak"})
    where = args.corpus.resolve()
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
    print(f"corpus: {len(cases)} cases ({shown})")
    report(results, categories)
    name, ms, screened = worst_repeated(ours, cases)
    print(f"switchboard worst corpus message repeated to 100 KB: {ms:.0f} ms ({name!r}; "
          f"{screened} distinct messages screened)")
    flags = [c for c in cases if c["expect"] == "flag"]
    hit = sum("solicitation" in kinds(c["text"]) for c in flags)
    print(f"switchboard off-platform asks flagged: {hit}/{len(flags)} "
          "(peers have no such check)")


if __name__ == "__main__":
    main()
