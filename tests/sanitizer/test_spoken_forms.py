"""Spoken URL paths, spaced dots before newer suffixes, digit/word tokens, place+postcode
addresses and the benign look-alikes each fix must leave alone."""
import pytest

from server.sanitizer import sanitize
from server.sanitizer.fold import fold

P = "[contact removed]"

CAUGHT = [
    ("my shots are at dribbble dot com slash annak", "annak"),
    ("portfolio: mywork . netlify . app", "mywork"),
    ("see more at lenastudio dot studio", "lenastudio"),
    ("check my site: www dot kasia-ceramics dot pl", "kasia"),
    ("my site is bakedbyjo . shop", "bakedbyjo"),
    ("Schau auf fotografie-weiss . de vorbei", "fotografie"),
    ("check linktree slash mayadraws", "mayadraws"),
    ("Mi web: estudio-nube punto es barra contacto", "contacto"),
    ("call 5one2 555 zero one four seven", "555"),
    ("write me at tomasz.kr g mail com", "tomasz"),
    ("me escreve: beatriz.alves, no gmail", "beatriz"),
    ('email = "nora" + "@" + "fastmail.com"', "nora"),
    ("manda pro pix: 11987654321", "11987654321"),
    ("paypal.me/ MarcoBianchi", "MarcoBianchi"),
    ("send the parcel to Birkenhof 3, 34117 Kassel", "Birkenhof"),
    ("pakket naar Keizersgracht 221, 1016 DV Amsterdam", "Keizersgracht"),
    ("fica na Quinta do Lago 22, 8135-024 Almancil", "Lago"),
    ("drop it at 45 Elm Grove, Brighton BN1 3BE", "Elm"),
    ("sur insta je suis atelier.margaux", "margaux"),
    ("Auf Insta findest du mich unter holzliebe_atelier", "holzliebe"),
]

KEPT = [
    "The dot com bubble taught us a lot about pricing.",
    "I will slash the price by 10 percent if you order two.",
    "Try `curl -X POST https://localhost:8080/api -d @data.json` locally.",
    "e.g. on gmail it works the same, i.e. threads are grouped.",
    "I tested v2.0 on Gmail and Outlook, both render fine.",
    "Use medium/large sizes for the banner.",
    "Instagram / TikTok ads performed best.",
    "2for1 deal on 555 items",
    "Room 12, 10 guests max, 2 nights.",
    "We ship to Madrid 28001 to 28080 postcodes in 24 h.",
    "We met in Lisbon 2019 and Porto 2022.",
    "Loft 3, 2 bedrooms, 85 m² total.",
]


@pytest.mark.parametrize(("text", "secret"), CAUGHT)
def test_caught(text, secret):
    out = sanitize(text).text
    assert P in out and secret not in out, out


@pytest.mark.parametrize("text", KEPT)
def test_kept(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, secret", [
    # spaced out with a label: the colon still separates the label from the name
    ("i n s t a : m a r a p o t t e r y", "marapottery"),
    ("t i k t o k : b e n c u t s", "bencuts"),
    # a spaced-out street address keeps its words apart at the capitals
    ("2 7 B i r c h w o o d A v e n u e", "27 birchwood"),
    ("1 4 R u e D e s L i l a s", "14 rue"),
])
def test_spaced_out_labels_and_addresses(text, secret):
    out = sanitize(text).text.lower().replace(" ", "")
    assert secret.replace(" ", "") not in out


@pytest.mark.parametrize("text", [
    "h t t p s : / / w w w . e x a m p l e . c o m is the brand's own page".replace(
        "e x a m p l e", "o u r b r a n d"),
    "S K U : A B 1 2 shipped today",
    "score: 3 : 1 at half time",
])
def test_spaced_out_business_text_stays(text):
    r = sanitize(text, allowed_domains=["ourbrand.com"])
    assert r.text == text


@pytest.mark.parametrize("text, secret", [
    ("mi web: talleralba〔dot〕com", "talleralba"),
    ("see bramblecraft ⟨dot⟩ com", "bramblecraft"),
    ("write to nina.kr【at】gmail〔dot〕com", "nina"),
    ("portfolio: oakhollow‧studio", "oakhollow"),
])
def test_brackets_and_dots_from_other_scripts(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "「Guía」 del proyecto, ver 《Anexo 2》",
    "the pair ⟨x, y⟩ is the input",
])
def test_quotes_and_brackets_from_other_scripts_in_business_text(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, secret", [
    ("🌐 cedarloftstudio 🔵 com", "cedarloftstudio"),
    ("site: cedarloftstudio 🟢 net", "cedarloftstudio"),
    ("mail 👉 rosa.ilustra 🅰️ gmail ⚫ com", "rosa.ilustra"),
    ("rosa.ilustra Ⓐ hotmail ● com", "rosa.ilustra"),
    ("insta: 🅡🅞🅢🅐🅘🅛🅤🅢", "rosailus"),
    # fullwidth and mathematical capitals keep their own letter ("Ｉ" is I, not the look-alike l)
    ("ＩＧ：＠ｔｅａｌｓｐｏｏｎｓｔｕｄｉｏ", "tealspoonstudio"),
    ("deliver to 𝟒𝟏𝟖 𝐈𝐯𝐲 𝐒𝐭", "418"),
])
def test_emoji_dots_and_enclosed_letters(text, secret):
    assert secret not in fold(sanitize(text).text).text.lower()


@pytest.mark.parametrize("text", [
    "Status 🔴 blocked, 🟢 done, 🟡 in review",
    "🔴 Urgent: the banner colour is wrong 🔴",
    "the logo 🅰️ version and the Ⓐ version both work",
    "Plan 🅰 is the cheaper one, plan 🅱 the faster",
])
def test_emoji_circles_and_letters_in_business_text(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, secret", [
    ("its tomas underscore vidal at protonmail", "tomas"),
    ("write to lena underscore works at gmail dot com", "lena"),
    ("correo: nuno sublinhado reis arroba sapo ponto pt", "nuno"),
    ("my site is quinnfolk + dot + co, all one word", "quinnfolk"),
    ("reach me at bea + at + outlook + dot + com", "bea"),
    ("jonas ( at ) gmx ( dot ) de", "jonas"),
    ("m/a/r/t/a/.r/u/i/z at outlook", "marta"),
    ("t → o → m → a → s → v at gmail dot com", "tomasv"),
    ("t ✨ o ✨ m ✨ a ✨ s ✨ v at gmail dot com", "tomasv"),
    ("t|o|m|a|s|v@gmail.com", "tomasv"),
    ("g-r-e-y-l-a-r-k-m-e-d-i-a dot com, form at the bottom", "greylarkmedia"),
    ("my ig is @k e n j i _ a r t", "kenji_art"),
    ("c a s h a p p: $ m a r l o w c u t s", "marlowcuts"),
    ("v e n m o: @t o b y _ r a e", "toby_rae"),
])
def test_spoken_underscores_spaced_brackets_and_slashed_letters(text, secret):
    assert secret not in fold(sanitize(text).text).text.lower().replace("/", "")


@pytest.mark.parametrize("text", [
    "I want to underscore the point at the meeting tomorrow",
    "the underscore at the start of _init is fine",
    "we meet ( at ) 5 pm, 2 + 2 = 4, and (dot) the i's",
    "pick options A/B/C/D/E in the form",
    "Step 1 → 2 → 3 → 4 → 5 and we launch",
    "| a | b | c | d | e | is the table header",
    "rate it ⭐ ⭐ ⭐ ⭐ ⭐ if you liked it",
    "the steps go a-b-c-d-e-f, then the e-mail and the x-ray",
    "files are in a/b/c/d/e/report.txt",
])
def test_spoken_underscores_and_slashes_in_business_text(text):
    assert sanitize(text).text == text
