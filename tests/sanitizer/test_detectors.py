"""Each detector on its own, table-driven: the exact original characters it reports."""
import pytest

from server.sanitizer import sanitize
from server.sanitizer.context import Context
from server.sanitizer.detectors import address, handles, payment, solicitation
from server.sanitizer.normalize import build_views
from server.sanitizer.types import Identity


def spans(detector, text, **ctx):
    return [text[f.start:f.end] for f in detector.detect(build_views(text), Context(**ctx))]


@pytest.mark.parametrize("text, found", [
    ("my insta is jane.doe_art", "jane.doe_art"),
    ("add me on snapchat: janed22", "janed22"),
    ("IG: @jane.d", "@jane.d"),
    ("follow me @janedoe", "@janedoe"),
    ("discord jane#1234", "jane#1234"),
    ("skype live:jane.doe", "live:jane.doe"),
    ("snap 👻 dbrooks77", "dbrooks77"),
    ("my handle everywhere is jdoe_creates", "jdoe_creates"),
    ("venmo me at jane-doe-12", "jane-doe-12"),
])
def test_handles_found(text, found):
    assert found in spans(handles, text)


@pytest.mark.parametrize("text", [
    "meet @ 5pm", "@john thanks", "whatsapp me later", "I use Instagram for the business",
    "signal is weak here", "we post on Instagram daily", "my insta is private",
    "We accept PayPal, bank transfer and credit card.", "Decorators like @property.",
    "Sorry, I can't give you my WhatsApp, it's against the rules.",
])
def test_handles_quiet(text):
    assert spans(handles, text) == []


@pytest.mark.parametrize("text, found", [
    ("card 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"),
    ("IBAN DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"),
    ("GB82WEST12345698765432 is my account", "GB82WEST12345698765432"),
    ("cash app $janedoe22", "$janedoe22"),
    ("send 0x52908400098527886E0F7030069857D2E4169EE7",
     "0x52908400098527886E0F7030069857D2E4169EE7"),
])
def test_payment_found(text, found):
    assert found in spans(payment, text)


@pytest.mark.parametrize("text", [
    "$AAPL is up", "costs $50", "order 1234567812345678", "ISBN 978-3-16-148410-0",
])
def test_payment_quiet(text):
    assert spans(payment, text) == []


@pytest.mark.parametrize("text, found", [
    ("I live at 123 Main St, Apt 4B, Springfield, IL 62704 ok",
     "123 Main St, Apt 4B, Springfield, IL 62704"),
    ("come to 42 Elm Street", "42 Elm Street"),
    ("Calle Mayor 5, 3º", "Calle Mayor 5"),
    ("Hauptstraße 12a, Berlin", "Hauptstraße 12a"),
    ("12 rue de Rivoli, Paris", "12 rue de Rivoli"),
    ("PO Box 1234", "PO Box 1234"),
    ("Wohnung: Am Markt 3, 2. OG", "Am Markt 3"),
])
def test_address_found(text, found):
    assert found in spans(address, text)


@pytest.mark.parametrize("text", [
    "45 minutes drive", "we have 3 main points", "At 5 we close the office.",
    "I drove 5 miles down the road", "Street photography is my favorite genre.",
])
def test_address_quiet(text):
    assert spans(address, text) == []


@pytest.mark.parametrize("text", [
    "what's your WhatsApp?", "lets continue by email", "cheaper if we go direct",
    "¿Cuál es tu WhatsApp?", "Schreib mich auf WhatsApp an", "quel est ton numéro",
    "me passa seu zap", "hast du WhatsApp?", "te cobro menos si pagas por fuera",
])
def test_solicitation_flagged(text):
    assert spans(solicitation, text)


@pytest.mark.parametrize("text", [
    "I can't share my number here", "not outside of the platform",
    "Please do not contact me outside the platform", "Contact me here anytime.",
    "What's your budget?", "Não posso te passar meu número.",
])
def test_solicitation_refusals(text):
    assert spans(solicitation, text) == []


def test_spans_map_back_to_original_characters():
    from server.sanitizer.detectors import email, phone
    text = "Ｊａｎｅ\u200b at ｇｍａｉｌ dot com or f i v e five five 1 2 3 4 call"
    found = spans(email, text) + spans(phone, text)
    assert "Ｊａｎｅ\u200b at ｇｍａｉｌ dot com" in found
    assert any(s.startswith("f i v e") and s.endswith("4") for s in found)


def test_identity_family_name_needs_a_cue():
    from server.sanitizer.detectors import identity
    sam = Identity(name="Sam Park")
    assert spans(identity, "We shot it in Central Park.", identities=(sam,)) == []
    assert spans(identity, "ask for Mr. Park", identities=(sam,)) == ["Park"]


@pytest.mark.parametrize("text, ident, gone", [
    ("Soy Sofi Beltrán, búscame por nombre en LinkedIn", Identity(name="Sofía Beltrán"),
     "Beltrán"),
    ("me llamo Martín Ezequiel Roldán, búscame en Facebook", Identity(name="Martín Roldán"),
     "Roldán"),
    ("soy la de Cerámicas Ortega", Identity(name="Ana Ortega", company="Cerámicas Ortega S.L."),
     "Ortega"),
    ("Ich bin Juergen Weissmueller", Identity(name="Jürgen Weißmüller"), "Weissmueller"),
    ("Ich bin Jürgen Weißmüller", Identity(name="Jürgen Weißmüller"), "Weißmüller"),
    ("we are Tidewater Coffee, the roastery",
     Identity(name="Al Bo", company="Tidewater Coffee Roasters, LLC"), "Tidewater"),
])
def test_known_names_in_other_forms(text, ident, gone):
    """A short form of the first name or a middle name before the known family name, umlauts
    written out, a company without its dotted legal form or its last word, are still the
    party's known details."""
    assert gone not in sanitize(text, [ident]).text


def test_a_family_name_after_another_first_name_stays():
    text = "Meet at Central Park at 5"
    assert sanitize(text, [Identity(name="Sam Park")]).text == text
