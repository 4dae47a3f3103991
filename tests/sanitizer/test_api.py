"""The interface the app relies on: types, placeholder, merging, markup, never raising."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from server.sanitizer import Finding, Identity, Result, sanitize, strip_markup

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw, plain", [
    ("5 < 6 & 7", "5 < 6 & 7"),
    ("<b>hi</b> there", "hi there"),
    ("a<!-- hidden -->b", "ab"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("415<b>555</b>2671", "4155552671"),
    ("jmc <at> jmcplumbing <dot> ie", "jmc [at] jmcplumbing [dot] ie"),
])
def test_strip_markup(raw, plain):
    assert strip_markup(raw) == plain


def test_strip_markup_shortcut_matches_bleach():
    """Plain text skips the HTML parser; the result must be what bleach would have given."""
    import html
    import random

    import bleach

    rnd = random.Random(7)
    alphabet = [chr(c) for c in (*range(0x20, 0x7F), 0x0A, 0x09, 0x0D, 0x0B, 0x00, 0x85, 0x9F,
                                 0xA0, 0x200B, 0x202E, 0xFEFF, 0xFDD0, 0xFFFE, 0x1F600, 0x4E2D)]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        expected = html.unescape(bleach.clean(text, tags=set(), strip=True, strip_comments=True))
        assert strip_markup(text) == expected, repr(text)


def test_an_address_spelled_with_angle_brackets_is_not_lost_as_markup():
    r = sanitize(strip_markup("mail me: jmc <at> jmcplumbing <dot> ie"))
    assert "jmcplumbing" not in r.text and "email" in r.kinds


def test_result_shape():
    r = sanitize("write to jane@quillhaven.com")
    assert isinstance(r, Result)
    assert r.text == "write to [contact removed]"
    assert r.redacted and r.kinds == ["email"]
    f = r.findings[0]
    assert isinstance(f, Finding)
    assert "write to jane@quillhaven.com"[f.start:f.end] == "jane@quillhaven.com"


def test_unchanged_text_is_not_redacted():
    r = sanitize("Thanks, the invoice is attached.")
    assert r.text == "Thanks, the invoice is attached."
    assert not r.redacted and r.findings == ()


def test_custom_placeholder_and_merge():
    r = sanitize("jane@quillhaven.com, +1 415 555 2671", placeholder="[x]")
    assert r.text == "[x]"


def test_allowed_domain_kept():
    text = "see https://brightdesk.com/help and www.other.io"
    r = sanitize(text, allowed_domains=["brightdesk.com"])
    assert r.text == "see https://brightdesk.com/help and [contact removed]"


def test_identity_fields():
    me = Identity(name="Zoë Müller", email="zm@corp.example", phone="+49 176 44529130",
                  company="Müllerwerke GmbH", handles=("zoem_art",))
    r = sanitize("I'm ZOE MULLER from muellerwerke? no, Mullerwerke. find zoem_art", [me])
    assert "MULLER" not in r.text and "Mullerwerke" not in r.text and "zoem_art" not in r.text


@pytest.mark.parametrize("text", [
    "\ud800 lone surrogate", "nul\x00byte", "a" + "\u0301" * 10000, "", "@" * 5000,
    "1 " * 20000, "a." * 20000, "x@" * 10000, "(at) " * 5000, "\U0001F600" * 3000,
])
def test_never_raises(text):
    r = sanitize(text)
    assert isinstance(r.text, str)


@pytest.mark.parametrize("platform", ["instagram", "my insta", "tiktok", "snapchat", "on ig"])
@pytest.mark.parametrize("label", ["username", "handle", "nick", "usuario"])
@pytest.mark.parametrize("word", ["the", "and", "ok", "it", "is"])
@pytest.mark.parametrize("after", ["@ab", "@x", "ab_", "_ab", "a_"])
def test_never_raises_when_no_word_after_a_name_label_is_a_name(platform, label, word, after):
    # "instagram username and ab_" once raised IndexError: the next token was tried as the name
    # and, when it was no name either, read as if it were the first match
    for text in (f"{platform} {label} {word} {after}", f"{platform} {label}: {word} {after}",
                 f"{platform} {label} {word} - {after}"):
        assert isinstance(sanitize(text).text, str)


def test_cli_roundtrip():
    lines = [
        json.dumps({"text": "call 415 555 2671", "identities": [{"name": "Jane Doe"}]}),
        "{not json",
        json.dumps({"text": "fine", "direction": "to_client"}),
    ]
    proc = subprocess.run([sys.executable, "-m", "server.sanitizer"], cwd=ROOT,
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          timeout=60, check=True)
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert out[0]["text"] == "call [contact removed]"
    assert out[0]["redactions"][0]["kind"] == "phone"
    assert "error" in out[1]
    assert out[2] == {"text": "fine", "redactions": []}


def test_cli_survives_invalid_utf8():
    data = b'{"text": "bad \xff byte 415 555 2671"}\n{"text": "ok"}\n'
    proc = subprocess.run([sys.executable, "-m", "server.sanitizer"], cwd=ROOT, input=data,
                          capture_output=True, timeout=60, check=True)
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert out[0]["text"].endswith("[contact removed]")
    assert out[1] == {"text": "ok", "redactions": []}


@pytest.mark.parametrize("text", ["Thanks Zelda!", "Hi Zelda, the proofs are ready", "— Zelda"])
def test_a_partys_first_name_alone_is_removed(text):
    """Contractors never learn a client's real name: the first name alone counts as a leak."""
    r = sanitize(text, [Identity(name="Zelda Quixote", email="zq@canary.example")],
                 "to_contractor")
    assert "Zelda" not in r.text and r.kinds == ["identity"]
