"""Details sent in pieces over several messages from the same sender."""
import pytest

from server.sanitizer import sanitize

P = "[contact removed]"


@pytest.mark.parametrize("history, text, expected", [
    (["my number starts 0176", "then 4452"], "and 913", P),
    (["call me", "415 555"], "2671", P),
    (["jane.doe88", "at gmail"], "dot com", P),
    (["mi número empieza por 612", "345"], "y termina en 678", P),
    (["meu celular é 11 98765"], "e depois 4321", P),
])
def test_split_details_are_caught(history, text, expected):
    assert sanitize(text, history=history).text == expected


@pytest.mark.parametrize("history, text", [
    (["we need 500"], "and 2000 units"),
    (["Order 12345"], "and 6789 arrived"),
    (["the meeting is at 10"], "and lunch at 12:30"),
])
def test_business_numbers_across_messages_stay(history, text):
    assert sanitize(text, history=history).text == text


def test_findings_are_spans_of_the_current_text():
    r = sanitize("and 913", history=["my number starts 0176", "then 4452"])
    assert all(0 <= f.start <= f.end <= len("and 913") for f in r.findings)


def test_pieces_after_long_messages_are_still_joined():
    """Only the end of the history is read again, but a long earlier message does not hide the
    piece at its end."""
    long_first = "Thanks for the brief, " + "the colours and the layout look good to me " * 6
    r = sanitize("4452 913", history=[long_first + "my number starts 0176"])
    assert "4452" not in r.text and "913" not in r.text


def test_a_handle_after_the_platform_named_in_the_previous_message():
    r = sanitize("its d.rodriguez_21", history=["add me on snap"])
    assert "rodriguez" not in r.text


@pytest.mark.parametrize("history, text", [
    (["We posted the launch on LinkedIn yesterday", "the carousel got 1,200 likes"],
     "Great, @ 5pm works for the call about v2.3.1"),
    (["Invoice INV-2024-0042 is attached", "the total is $1,250.00"],
     "due 15 March 2025, order 58213, 12 units at 4.5 kg"),
    (["Instagram ads did well last month", "CTR was 2.4%"],
     "next: the @mention list in final_v3.pdf, 1920x1080"),
    (["call me when you land", "or tomorrow morning"], "the meeting is at 10:30, room 4B"),
])
def test_business_text_after_business_text_stays(history, text):
    assert sanitize(text, history=history).text == text


def test_a_site_spoken_over_two_messages():
    r = sanitize("dot co", history=["my site is brambleandoak"])
    assert r.redacted and "dot co" not in r.text


@pytest.mark.parametrize("history, text, secret", [
    (["Sure, here it is - my direct mobile, in case the portal goes down, is +49 176"],
     "4452 9130, call after 6pm and we can go through the whole list of revisions.", "4452"),
    (["ok so the address for the delivery is Calle de la Princesa"],
     "25, 3o izquierda, 28008 Madrid - the doorbell is broken", "28008"),
    (["my iban is DE89 3704 0044"], "0532 0130 00 thanks", "0532"),
    (["Thanks for the revised quote, it looks fine and I will confirm with my partner "
      "tomorrow. Add me on snap"], "its d.rodriguez_21", "rodriguez"),
])
def test_the_rest_of_a_detail_after_a_long_message(history, text, secret):
    """Only the end of the history and the start of the message are read together; a detail
    begun at the end of a long message is still finished off."""
    r = sanitize(text, history=history)
    assert secret not in r.text and r.text.startswith(("[contact removed]", "its [contact"))
