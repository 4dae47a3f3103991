"""Business messages read as a conversation: each one after the sender's previous messages.

In the app every message is filtered with the sender's recent messages as history (to catch
details sent in pieces), so a benign line must also stay intact after other benign lines: a
number at the end of one message and a street-like word at the start of the next, or a platform
mentioned in passing and a file name after it, are not a contact detail.
"""
import importlib
import random
import sys
from pathlib import Path

from server.sanitizer import sanitize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
scoring = importlib.import_module("scoring")

BENIGN = [c for c in scoring.load()
          if c["expect"] == "benign" and not c.get("identities") and not c.get("history")]
# Heuristic reading across messages: a handful of accidental joins in thousands of lines is the
# price of catching details sent in pieces; more than this is a regression.
MAX_CHANGED_SHARE = 0.0025


def _conversations(seed: int, rounds: int = 2):
    rng = random.Random(seed)
    for _ in range(rounds):
        order = BENIGN[:]
        rng.shuffle(order)
        for i in range(1, len(order)):
            yield [c["text"] for c in order[max(0, i - 3):i]], order[i]


def test_benign_lines_stay_intact_after_other_benign_lines():
    changed, total = [], 0
    for history, case in _conversations(seed=7):
        total += 1
        result = sanitize(case["text"], history=history, default_region=scoring.region(case))
        if result.text != case["text"]:
            changed.append((history[-1], case["text"], result.text))
    assert total > 5000
    assert len(changed) <= MAX_CHANGED_SHARE * total, "\n".join(map(repr, changed))


def test_a_street_after_a_house_number_is_still_caught():
    """The guard above must not cost the real thing: the pieces of one address."""
    for history, text in ((["its 742"], "Evergreen Terrace"),
                          (["ship to 2718 SE Belmont St", "Unit 3"], "Portland OR 97214"),
                          (["mi casa está en Serrano"], "120, 4º izquierda"),
                          (["on est au 210"], "rue de Rivoli, Paris")):
        assert sanitize(text, history=history).redacted, (history, text)


def test_a_number_ending_business_talk_does_not_join_the_next_line():
    for history, text in (
        (["Preis: 1.199,00 € netto, Zahlungsziel 14 Tage"], "Please drive carefully on the way."),
        (["Pull request #482 merged into main."], "Main Street Bakery is the client."),
        (["Our instagram grid needs 9 posts."], "CSS: .card { padding: 12px 16px; }"),
        (["the Snapchat filter idea is fun"], "el archivo es presupuesto_v2 (final).pdf"),
        (["the twitter card image should be 1200x630"], "Order 1184-2291-7730 shipped in 2 boxes."),
    ):
        assert sanitize(text, history=history).text == text, (history, text)
