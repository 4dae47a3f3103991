"""A domain's suffix written with digits for letters ("stud1o.c0m"), read spelled right
(leet_suffix.py)."""
import pytest

from server.sanitizer import sanitize
from server.sanitizer.leet_suffix import leet_suffix_findings

P = "[contact removed]"


@pytest.mark.parametrize("text, secret", [
    ("send it to j0rdan.vance@gmai1.c0m (yes with zeros)", "j0rdan.vance"),
    ("v1sit bluefernstud1o.c0m for the full gallery", "bluefernstud1o"),
    ("portfolio: ateliernova.0rg", "ateliernova"),
    ("mi web es pasteleriaruiz.e5, ahí están los precios", "pasteleriaruiz"),
    ("schau auf fliesen-koenig.d3 vorbei", "fliesen-koenig"),
    ("mon site : traiteur-lyon.fr and backup traiteurlyon.n3t", "traiteurlyon"),
    ("meu site é docesdamaria.c0m.br", "docesdamaria"),
    ("the shop is at WILDROOTFLORALS.C0M", "WILDROOTFLORALS"),
    ("find me at harbour-joinery.1o", "harbour-joinery"),
    ("mail studio@kestrel-design.c0 please", "kestrel-design"),
])
def test_suffix_with_digits_for_letters_is_removed(text, secret):
    out = sanitize(text)
    assert secret not in out.text and P in out.text, out.text
    assert {"url", "email"} & set(out.kinds)


@pytest.mark.parametrize("text", [
    "file v2.0b and the load is 12.4t",
    "report_v3.d0c is the draft, logo.p1ng the mark",
    "the ratio is 3.5e, see cell B2.c4",
    "Version 2.3.1 of the logo is in final_logo_v3.pdf (1920x1080 px)",
    "order 58213.c0 ships Friday",
    "we are at 1.5m by 2.4m, grade A2.c1",
    "python3.11 and node18.x are both fine",
    "the photo is img_2041.jp9, resend it as png",
])
def test_business_text_with_digits_after_a_dot_is_left_alone(text):
    assert sanitize(text).text == text


def test_findings_map_back_to_the_characters_typed():
    text = "see bluefernstud1o.c0m!"
    (f,) = sanitize(text).findings
    assert text[f.start:f.end] == "bluefernstud1o.c0m"


def test_only_a_window_is_read_and_long_input_stays_bounded():
    calls = []

    def detect(chunk, ctx):
        calls.append(len(chunk))
        return []

    text = "ab.c0m " * 20_000
    assert leet_suffix_findings(text, None, detect) == []
    assert 2000 < sum(calls) <= 4096  # the first stretches are read, not the whole text
    # and what is read there is still caught
    long = "notes " * 3000 + "site: bluefernstud1o.c0m"
    assert "bluefernstud1o" not in sanitize(long).text
