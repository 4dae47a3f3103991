"""Details written backwards with a hint, read the other way round (reverse.py)."""
import pytest

from server.sanitizer import sanitize
from server.sanitizer.reverse import reversed_findings

P = "[contact removed]"


@pytest.mark.parametrize("text, secret, region", [
    # characters reversed, after a colon or dash the hint points at
    ("my email backwards: moc.liamtoh@88sinnetrekab", "sinnetrekab", "US"),
    ("E-Mail rückwärts gelesen: ed.xmg@nnamrelhcsit", "nnamrelhcsit", "DE"),
    ("mi web al revés (para que no la borre): se.sacimarecaluap.www", "sacimarecaluap", "ES"),
    ("meu site de trás pra frente: rb.moc.ahnizocadahnilag", "ahnizocadahnilag", "BR"),
    ("mon site à l'envers : rf.eirenalutoq", "eirenalutoq", "FR"),
    ("site written backwards (so the filter leaves it) — ten.oidutskrowdoow", "oidutskrowdoow",
     "US"),
    ("my page, inverted: oi.oiloftropimuy", "oiloftropimuy", "US"),
    ("the portfolio, reversed for safety: ved.kramsnroht", "kramsnroht", "US"),
    # phones and payment ids
    ("mon numéro à l'envers : 78 56 34 12 60", "78 56 34 12 60", "FR"),
    ("call me, digits from right to left: 2034-555-212", "2034-555-212", "US"),
    ("cashapp reversed: nworbnaelc$", "nworbnaelc", "US"),
    ("paypal (backwards, the app eats it): lnretsaocregit@", "lnretsaocregit", "US"),
    # handles
    ("snap (in reverse so it slips past): llahtoorgnikcor", "llahtoorgnikcor", "US"),
    ("mein Insta rückwärts: nesorhcsif.laad", "nesorhcsif", "DE"),
    # addresses, characters or words reversed
    ("Adresse von rechts nach links: 41 essartsnedniL", "essartsnedniL", "DE"),
    ("endereço de trás pra frente: 88 soriehnilaP sod auR", "soriehnilaP", "BR"),
    ("mi casa al revés: 32 sorovaS ed ellaC", "sorovaS", "ES"),
    ("mon adresse, lue à l'envers : seénelyP sed eunevA 7", "seénelyP", "FR"),
    ("word order reversed: Avenue, Cedar, 408", "Cedar", "US"),
    ("la dirección en orden inverso: Madrid, 28014, 9, Olivos de Calle", "Olivos", "ES"),
    # the detail before the hint, bare, after a colon or quoted
    ("ppa.yfilten.oiloftrop-anak <- backwards", "oiloftrop", "US"),
    ("web: ed.ierekcab-reneiw ← das Ganze rückwärts", "ierekcab", "DE"),
    ("write to 'ten.liamg@oiranile' but backwards", "oiranile", "US"),
    ("my shop is 'sdoowrevir' spelt backwards, plus .shop - odd, yes", "riverwoods", "US"),
    # upside down
    ("flip the screen, upside-down: ɯoɔ˙ǝɔuǝpᴉsǝɹʎɹɹǝɥɔ", "ǝɔuǝpᴉsǝɹʎɹɹǝɥɔ", "US"),
    # an order to turn it round, or a reading verb between the hint and its colon
    ("reverse it: moc.sreklawtaobder", "sreklawtaobder", "US"),
    ("flip it round: oi.oidutsnaelk", "oidutsnaelk", "US"),
    ("Webseite rückwärts lesen: ed.reiplegeiz", "reiplegeiz", "DE"),
    ("léelo al revés: se.ojorlerbmos", "ojorlerbmos", "ES"),
    # the detail before a hint that opens an aside going on with its reason
    ("my blog: ten.setonnedragyssom (backwards, the chat eats links)", "setonnedragyssom", "US"),
    ("web: se.sarutcafalasac (al revés, que la app borra los enlaces)", "sarutcafalasac", "ES"),
    ("Seite: ed.reiplegeiz (rückwärts, sonst löscht die App das)", "reiplegeiz", "DE"),
    ("site : rf.eilebaledreinetac (à l'envers, sinon l'appli bloque)", "eilebaledreinetac",
     "FR"),
])
def test_reversed_details_are_removed(text, secret, region):
    r = sanitize(text, default_region=region)
    assert r.redacted, r.text
    assert secret not in r.text, r.text


@pytest.mark.parametrize("text", [
    "set up a reverse proxy: nginx.conf then reload",
    "the payment was reversed: ref 88213456, you'll see it in 3 days",
    "list the steps in reverse order: 3, 2, 1",
    "sort descending (reverse order): 2024-01-05, 2023-12-01, 2023-11-14",
    "al contrario: el precio final es 450 € con IVA",
    "ao contrário do que disse, o pedido 123456 chegou ontem",
    "Umgekehrt: Termin am 12.05. um 14 Uhr passt besser",
    "read the serial backwards: 4471 5550 213",
    "reverse the string: 'olleh' -> 'hello'",
    "right to left languages: Arabic, Hebrew, Persian",
    "the PDF printed upside down: page 4 of invoice_2291.pdf",
    "les pages sont à l'envers : 12, 11, 10 dans le PDF",
    "put the tiles in reverse order: Oak, Slate, Walnut",
    "the logo looks reversed: check logo_v3.svg",
    "al revés: primero el presupuesto y luego el diseño",
    "backwards compatible: version 2.4.1 still works",
    "sí, al revés: yo pago el material y tú la mano de obra",
    "the photo is upside down 🙃 can you rotate IMG_2041.jpg",
    "invertido: o logotipo fica melhor em fundo escuro",
    "the timeline in reverse: March 2024, February 2024, January 2024",
    "reverse it: the order of the slides is wrong",
    "flip it: 12 pages per sheet, double sided",
    "rückwärts lesen: das Etikett ist falsch herum gedruckt",
    "reversed: 2,500 units instead of 5,200",
    "the order is reversed: invoice 10423 came before 10422",
    "ao contrário: o orçamento é 1.200 €, não 2.100 €",
    "Rückwärts gelesen ergibt es keinen Sinn: Seite 14, Absatz 3",
    "le plan est à l'envers : la cuisine est au nord",
    "lee la lista al revés: cuarto, tercero, segundo",
    "reverse order please: Main Hall, then Room 2, then the lobby",
    "countdown backwards: 10, 9, 8, 7",
    "read the sticker backwards when it hangs upside down: 0093 551 206",
    "for TikTok, play the clip backwards: slow motion first",
    "the mirror text on the van is reversed: ECNALUBMA",
    "the payment went through (reversed, then charged again), ref 4471",
    "park it (backwards, the ramp is steep) near gate 3",
    "Spalte B (umgekehrt, also neueste zuerst) bitte sortieren",
    "list them (in reverse order, newest first) please",
    "the sign reads POTS (backwards, the printer flipped it) on the van",
])
def test_business_text_with_a_reversing_word_stays(text):
    r = sanitize(text)
    assert r.text == text, r.text


def test_spans_map_back_to_the_reversed_characters():
    text = "mail, backwards: moc.liamg@nosnhojlw"
    r = sanitize(text)
    (f,) = [f for f in r.findings if f.kind == "email"]
    assert text[f.start:f.end] == "moc.liamg@nosnhojlw"


def test_only_the_segment_is_removed():
    r = sanitize("thanks! email backwards: moc.liamtoh@anaveirreb - talk soon")
    assert r.text == f"thanks! email backwards: {P} - talk soon"


def test_no_hint_no_reading():
    called = []

    def detect(text, ctx):
        called.append(text)
        return []

    assert reversed_findings("moc.liamtoh@anaveirreb and 41 essartsnedniL", None, detect) == []
    assert called == []


@pytest.mark.parametrize("text", [
    "", "backwards", "backwards:", ": backwards", "'' backwards", "al revés: ''",
    "\U0001f643" * 50, "backwards: " * 500, "ɐ˙" * 300 + " upside down", "İ backwards: İİİ",
])
def test_never_raises(text):
    sanitize(text)


# A name turned round before a comma, its house number then written forward.
@pytest.mark.parametrize("text, gone", [
    ("mi calle al revés: odnanreF yeR ed ellaC, número 14", "odnanreF"),
    ("Straße rückwärts: essartsnedniL, Nummer 8", "essartsnedniL"),
    ("backwards: daoR yrrauQ, no. 8, Leeds", "8"),
    ("rua ao contrário: sariM sohliF ed auR, n\u00ba 2\ufe0f\u20e33\ufe0f\u20e3", "\u20e3"),
])
def test_reversed_name_then_number_forward(text, gone):
    assert gone not in sanitize(text).text.replace("Leeds", "")


@pytest.mark.parametrize("text", [
    "the list in reverse order: Tuesday, Monday, 3 items",
    "sort it backwards: emaN, 12 rows",
    "reverse order: Oak Room, Hall 2, then lobby",
    "read it backwards: olleh, then 3 more words",
])
def test_reversed_head_business_stays(text):
    assert sanitize(text).text == text
