"""Caseless patterns find exactly what their case-insensitive originals find."""
import random
import re

import pytest

from server.sanitizer.caseless import Caseless, lower_same_length
from server.sanitizer.detectors import email, handles, url

PATTERNS = [handles._PLATFORM, handles._CLEAR_RE, handles._AMBIG_RE, handles._BEFORE_PLATFORM,
            email._NAMED, email._DESCRIBED_AT, email._USER_THEN_PROVIDER, url._BARE,
            url._SCHEME, url._SERVICE_PATH]
PIECES = ["Insta", "INSTAGRAM", "whatsapp", "WhatsApp:", "my", "IG", "is", "@", ".", "com",
          "Jane.Doe88", "gmail", "GMail", "at", "sign", "then", "www.", "https://", "Behance/",
          "x", "Ñandú", "İstanbul", "ß", "Straße", "DOT", "hotmail", " ", "  ", "\n", ",", ":",
          "K", "é", "ÉCOLE", "fb", "on", "github", "Lena-Vogt", "7", "2024"]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 14)))
            for _ in range(n)]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.group(), *(m.group(i) for i in range(1, m.re.groups + 1)))
            if isinstance(m, re.Match) else m for m in matches]


@pytest.mark.parametrize("rx", PATTERNS, ids=lambda rx: rx.pattern[:30])
def test_same_matches_and_groups_as_ignorecase(rx):
    fast = Caseless(rx)
    for text in _texts(400, hash(rx.pattern) % 1000):
        low = lower_same_length(text)
        want = [(m.span(), m.group(), m.groups()) for m in rx.finditer(text)]
        got = [(m.span(), m.group(), m.groups()) for m in fast.finditer(text, low)]
        assert got == want, text
        first = rx.search(text)
        assert fast.found(low) == (first is not None)


def test_groups_keep_the_senders_capitals():
    rx = Caseless(re.compile(r"(?i)\binsta(?:gram)?\s{0,2}:\s{0,2}(?P<name>[a-z0-9_.]+)"))
    text = "Find me on Instagram: Jane.Doe_88"
    m = rx.search(text, lower_same_length(text))
    assert m.group("name") == "Jane.Doe_88"
    assert m.group(0, 1) == ("Instagram: Jane.Doe_88", "Jane.Doe_88")
    assert text[m.start("name"):m.end("name")] == "Jane.Doe_88"


@pytest.mark.parametrize("pattern", [r"(?i)[A-Z]+@", r"(?i)Gmail", r"(?i)(?-i:x)y"])
def test_refuses_patterns_that_need_their_capitals(pattern):
    with pytest.raises(ValueError):
        Caseless(re.compile(pattern))


def test_lowercase_keeps_every_position():
    text = "İSTANBUL straße ΣΑΣ"
    low = lower_same_length(text)
    assert len(low) == len(text)
    assert low.endswith("σασ") or low.endswith("σας")
