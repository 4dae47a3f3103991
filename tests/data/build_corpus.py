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


# Fresh rounds written before fixing (README: Evidence); (category, text, secrets, extra).
FRESH_LEAKS = [
    ('email', "easier if you just email me, it's marco.bellini77 at gmail", ['marcobellini77'], {}),
    ('email', 'my work email is h.nakamura@kyoto-prints.jp', ['hnakamura'], {}),
    ('email',
     'send the invoice to accounts (at) fernwood-builders (dot) co (dot) nz',
     ['fernwoodbuilders'],
     {}),
    ('email', 'Mi correo personal: valentina_rios arroba outlook punto es', ['valentinarios'], {}),
    ('email', 'Schick mir die Pläne an f.becker at posteo dot de', ['fbecker'], {}),
    ('email',
     "tu peux m'écrire : sophie point lambert arobase orange point fr",
     ['sophielambert'],
     {}),
    ('email', 'me manda um email: carla.mendes@terra.com.br', ['carlamendes'], {}),
    ('email', 'my yahoo is dan_the_plumber_uk', ['dantheplumberuk'], {}),
    ('email', 'emaill me > rick.o.shea@@gmail..com', ['rickoshea'], {}),
    ('phone', 'Give me a ring on 07700 900461 tonight', ['7700900461'], {'region': 'GB'}),
    ('phone', 'whatsapp me +61 412 555 019', ['412555019'], {}),
    ('phone', 'my mobile number 0176-4452-9130', ['17644529130'], {}),
    ('phone', 'Llámame: 612 34 56 78', ['612345678'], {}),
    ('phone', 'mein Handy: 0160 / 98 76 54 32', ['16098765432'], {}),
    ('phone', 'appelez-moi au +33 6 12 34 56 78', ['612345678'], {}),
    ('phone', 'zap: (11) 98765-4321', ['987654321'], {}),
    ('phone', 'tel. +91 98765 43210', ['9876543210'], {}),
    ('phone', 'ph: +52 1 55 1234 5678', ['5512345678'], {}),
    ('phone', 'call me 4 1 5 – 5 5 5 – 2 6 7 1', ['4155552671'], {}),
    ('phone', 'my num: four one five, 555, two six seven one', ['4155552671'], {}),
    ('phone', 'text me at 415 five five five 2671', ['4155552671'], {}),
    ('phone', 'cell 415.555.2671 ext 3', ['4155552671'], {}),
    ('url', 'all my previous work is on kaylaweddings.com.au', ['kaylaweddings'], {}),
    ('url', 'check out https://www.behance.net/lukas-grafik', ['lukasgrafik'], {}),
    ('url', 'my portfolio -> linktr.ee/jessiedraws', ['jessiedraws'], {}),
    ('url', 'visita mi web: pintura-lopez.es', ['pinturalopez'], {}),
    ('url', 'schau mal auf meine Seite holzwerk-maier punkt de', ['holzwerkmaier'], {}),
    ('handle', "add me on insta, it's @the.cake.lady.ldn", ['thecakeladyldn'], {}),
    ('handle', 'my telegram is @AndreiKov', ['andreikov'], {}),
    ('handle', 'discord: nightowl#4821', ['nightowl4821'], {}),
    ('handle', 'find me on linkedin as priya-raman-pmp', ['priyaramanpmp'], {}),
    ('handle', 'snap me: jakeyboi_22', ['jakeyboi22'], {}),
    ('handle', 'Me encuentras en Instagram como carpinteria.ruiz', ['carpinteriaruiz'], {}),
    ('payment', 'just venmo me @Kelsey-Ward-7 and we can skip the fees', ['kelseyward7'], {}),
    ('payment', 'Zelle to 415-555-2671 works', ['4155552671'], {}),
    ('payment', 'IBAN: DE89 3704 0044 0532 0130 00', ['89370400440532013000'], {}),
    ('payment', 'send to my paypal grantmiller.design@gmail.com', ['grantmillerdesign'], {}),
    ('payment', 'mi pix é a chave 123.456.789-09', ['12345678909'], {}),
    ('address', 'come by the shop at 4820 Sunset Blvd, Los Angeles', ['4820sunset'], {}),
    ('address', "I'm at 17 Kingsley Road, Leeds LS6 2AB", ['17kingsley'], {}),
    ('address', 'Meine Adresse: Hauptstr. 45, 80331 München', ['hauptstr45'], {}),
    ('address', "j'habite 12 rue des Lilas, 75011 Paris", ['12ruedeslilas'], {}),
    ('identity',
     "just google Maria Hoffmann Interiors and you'll find me",
     ['mariahoffmann'],
     {'identities': [{'company': 'Hoffmann Interiors', 'name': 'Maria Hoffmann'}]}),
    ('identity',
     'my number is the one on my profile ending 2 6 7 1... 415 555',
     ['4155552671'],
     {'identities': [{'phone': '+1 415 555 2671'}]}),
    ('split', '2671', ['4155552671'], {'history': ['my cell is 415', '555']}),
    ('split', 'dot com', ['reneebakes'], {'history': ['email me', 'reneebakes at', 'gmail']}),
    ('email', 'gmail: b.okafor.designs', ['bokafordesigns'], {}),
    ('email', 'my e mail is tanya dot k dot art at hotmail dot co dot uk', ['tanyakart'], {}),
    ('email', 'contact me on nils.andersson [ät] outlook [.] se', ['nilsandersson'], {}),
    ('email', 'reach me at moc.liamg@88nivek', ['kevin88'], {}),
    ('email', "Mon mail c'est lea-martin92 chez gmail", ['leamartin92'], {}),
    ('email', 'manda pro meu email, joaopedro_ribeiro, é gmail', ['joaopedroribeiro'], {}),
    ('email', 'E-Mail-Adresse lautet m_schulz(ät)gmx(punkt)de', ['mschulz'], {}),
    ('email', 'my email is ⓙⓞⓗⓝ.ⓢⓜⓘⓣⓗ@gmail.com', ['johnsmith'], {}),
    ('email', 'email: jason_w89 at y a h o o', ['jasonw89'], {}),
    ('phone', 'wa.me/5511987654321', ['11987654321'], {}),
    ('phone', 'my whatsapp: +27 82 555 1234', ['825551234'], {}),
    ('phone', 'call +65 9123 4567', ['91234567'], {}),
    ('phone', 'Tel: +39 347 123 4567', ['3471234567'], {}),
    ('phone', 'ring me 020 7946 0958', ['2079460958'], {'region': 'GB'}),
    ('phone', 'bel me op 06-12345678', ['612345678'], {}),
    ('phone', 'meu zap é 21 9 8877-6655', ['988776655'], {}),
    ('phone',
     'ruf an: null eins sieben sechs, vier vier fünf zwei, neun eins drei null',
     ['17644529130'],
     {}),
    ('phone', 'num: 9 one 7 - 5 five 5 - 0 1 3 3', ['9175550133'], {}),
    ('phone', 'number is 917 (space) 555 (space) 0133', ['9175550133'], {}),
    ('phone', 'call me: 917–555–0133', ['9175550133'], {}),
    ('phone', 'mobile 07 seven 00 900 four six one', ['7700900461'], {}),
    ('phone', 'my number is +1 917 555 O133', ['9175550133'], {}),
    ('url', 'all my photos are at www . annaphoto . de', ['annaphoto'], {}),
    ('url', 'site: https://bit.ly/3xYz9Qa', ['3xyz9qa'], {}),
    ('url', 'portfolio: jorge-arquitecto.com.mx/proyectos', ['jorgearquitecto'], {}),
    ('url', 'mi página es carpinteria-sanchez punto com', ['carpinteriasanchez'], {}),
    ('url', 'go to emilys-cakes(.)co(.)uk for the menu', ['emilyscakes'], {}),
    ('handle', 'ig -> @mia_nails_bcn', ['mianailsbcn'], {}),
    ('handle', 'Mein Insta ist holz_und_herz', ['holzundherz'], {}),
    ('handle', 't.me/ivan_remont', ['ivanremont'], {}),
    ('handle', 'skype me: live:.cid.8f2a1b3c4d', ['8f2a1b3c4d'], {}),
    ('handle', 'WeChat ID: lihua_2024', ['lihua2024'], {}),
    ('handle', 'signal: @reno.joe.77', ['renojoe77'], {}),
    ('payment', 'cashapp $BrianFixIt', ['brianfixit'], {}),
    ('payment', 'paypal.me/sofiaruizart', ['sofiaruizart'], {}),
    ('payment', 'pay me on revolut @marekk99', ['marekk99'], {}),
    ('payment', 'card 4111 1111 1111 1111 exp 12/27', ['4111111111111111'], {}),
    ('payment', 'IBAN ES91 2100 0418 4502 0005 1332', ['9121000418450200051332'], {}),
    ('address', 'drop it at 88 Queen St W, Toronto ON M5H 2M9', ['88queen'], {}),
    ('address', 'Rua Augusta, 1500, apto 42, São Paulo', ['augusta1500'], {}),
    ('address', 'Av. Corrientes 1234, piso 5, Buenos Aires', ['corrientes1234'], {}),
    ('address', 'Ich bin in der Lindenallee 7, 50968 Köln', ['lindenallee7'], {}),
    ('identity',
     'look me up, tom g-r-e-e-n-w-o-o-d on facebook',
     ['greenwood'],
     {'identities': [{'name': 'Tom Greenwood'}]}),
    ('identity',
     "i'm on the site of my company, ACME-ROOFING",
     ['acmeroofing'],
     {'identities': [{'company': 'Acme Roofing'}]}),
    ('split', '555 0133', ['9175550133'], {'history': ['ok my cell starts with 917']}),
    ('split', 'and then 67', ['612345678'], {'history': ['mi número es 612', '34 56', '78']}),
    ('email', 'Email me at: hello [at] rosewoodstudio [dot] com', ['rosewoodstudio'], {}),
    ('email', 'ping me -> dev.ravi_k AT protonmail DOT me', ['devravik'], {}),
    ('email', 'escríbeme: m.garcia.lopez@@hotmail.es', ['mgarcialopez'], {}),
    ('email',
     'mi correo es el mismo que mi usuario + @gmail.com: andresfelipe_91',
     ['andresfelipe91'],
     {}),
    ('email', 'mail: anna_k89 @ web . de', ['annak89'], {}),
    ('email', 'courriel : p.durand(arobase)wanadoo(point)fr', ['pdurand'], {}),
    ('email', 'my outlook is ben.carter.builds', ['bencarterbuilds'], {}),
    ('email', 'j.o.h.n.d.o.e.1.9@gmail.com', ['johndoe19'], {}),
    ('phone', '+44 (0)7700 900 461', ['7700900461'], {}),
    ('phone', 'callme 202 555 0198', ['2025550198'], {}),
    ('phone', 'my digits: 3 1 2 5 5 5 0 1 4 7', ['3125550147'], {}),
    ('phone', 'phone: +1-800-FLOWERS', ['8003569377'], {}),
    ('phone', 'Tel 0043 664 1234567', ['6641234567'], {}),
    ('phone', '+48 512 345 678 (whatsapp)', ['512345678'], {}),
    ('phone', 'número: nueve uno siete, cinco cinco cinco, cero uno tres tres', ['9175550133'], {}),
    ('phone', 'Handy: 0 1 7 2 - 9 8 7 6 5 4 3', ['1729876543'], {}),
    ('phone',
     'numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
     ['612345678'],
     {}),
    ('phone', 'telefone (21) 3456-7890', ['34567890'], {}),
    ('phone', 'my number is 212 555 one two three four', ['2125551234'], {}),
    ('phone', 'text 9I7-555-0I33', ['9175550133'], {}),
    ('url', 'I post everything on my blog, sarahbakes.blogspot.com', ['sarahbakes'], {}),
    ('url', 'Website: WWW.MILLER-ELECTRIC.US', ['millerelectric'], {}),
    ('url', 'meu site: www.casadasflores.com.br', ['casadasflores'], {}),
    ('url', 'h t t p s : / / t i n y u r l . c o m / y 4 k 8 m', ['y4k8m'], {}),
    ('url', 'my shop: etsy.com/shop/WoolAndWhimsy', ['woolandwhimsy'], {}),
    ('handle', 'my twitter is @jmarsh_dev', ['jmarshdev'], {}),
    ('handle', 'Insta: @ lina.ceramics', ['linaceramics'], {}),
    ('handle', 'tiktok -> @dance.with.dani', ['dancewithdani'], {}),
    ('handle', 'github.com/kolya-p', ['kolyap'], {}),
    ('handle', "Mon Snapchat c'est juju_du_75", ['jujudu75'], {}),
    ('handle', 'telegram: @ otto_b', ['ottob'], {}),
    ('payment', 'Venmo: @Sam-Ortiz-12 (last 4 digits 5521)', ['samortiz12'], {}),
    ('payment', 'pay via paypal to paypal.me/DerekFixes/150', ['derekfixes'], {}),
    ('payment', 'Bizum al 612 34 56 78', ['612345678'], {}),
    ('payment',
     'BTC: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
     ['bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'],
     {}),
    ('payment', 'IBAN FR76 3000 6000 0112 3456 7890 189', ['7630006000011234567890189'], {}),
    ('address', 'my place: 1600 Pennsylvania Ave NW, Washington', ['1600pennsylvania'], {}),
    ('address', 'Calle de Alcalá 45, 3ºB, Madrid', ['alcala45'], {}),
    ('address', '5 avenue Victor Hugo, 69002 Lyon', ['5avenuevictorhugo'], {}),
    ('address', 'PO Box 4471, Austin TX 78701', ['4471'], {}),
    ('identity',
     'you can find me: jane DOE, jane_doe@ company mail',
     ['janedoe'],
     {'identities': [{'email': 'jane.doe@acme.com', 'name': 'Jane Doe'}]}),
    ('identity',
     'call the office line, same as my profile: 6465550182',
     ['6465550182'],
     {'identities': [{'phone': '(646) 555-0182'}]}),
    ('split', '@gmail.com', ['tom.lee.88'], {'history': ['my email is tom.lee.88']}),
    ('split', 'Köln', ['lindenallee7'], {'history': ['ich wohne Lindenallee 7', '50968']}),
    ('email', 'hit me up: kat.nguyen.art at gmail', ['katnguyenart'], {}),
    ('email', 'Mail: s.weiss [at] mailbox [punkt] org', ['sweiss'], {}),
    ('email', 'mi mail es laura punto vidal arroba gmail', ['lauravidal'], {}),
    ('phone', 'Ligue: +351 912 345 678', ['912345678'], {}),
    ('phone', 'call 1-888-555-0190 ext. 22', ['8885550190'], {}),
    ('phone', 'Numéro pro : 01 42 68 53 00', ['142685300'], {}),
    ('phone', 'ph 0 four 1 two 3 four 5 6 seven 8', ['412345678'], {}),
    ('handle', 'add me on snap, username is surfer.girl.22', ['surfergirl22'], {}),
    ('handle', 'IG é @bolos_da_bia', ['bolosdabia'], {}),
    ('handle', 'discord -> pixelpete', ['pixelpete'], {}),
    ('payment', 'Cash App: $ Jordan Fix 21', ['jordanfix21'], {}),
    ('payment', 'PIX: joana.pinto@gmail.com', ['joanapinto'], {}),
    ('address', 'Meet me at 250 W 57th St, Apt 4B, New York, NY 10107', ['25057th'], {}),
    ('address', 'moro na Av. Paulista, 1578, Bela Vista', ['paulista1578'], {}),
    ('address', 'Je vis au 45 bd Haussmann, Paris 9e', ['45bdhaussmann'], {}),
    ('identity',
     'search Nguyen Kat Art on google',
     ['katnguyen', 'nguyenkat'],
     {'identities': [{'name': 'Kat Nguyen'}]}),
    ('split',
     '30',
     ['017644529130'],
     {'history': ['meine nummer beginnt mit 0176', 'dann 4452', 'und 91']}),
]
FRESH_BENIGN = [
    'The quote is $1,250.00 including materials, 50% deposit upfront.',
    'Can we do Tuesday 14/05 between 9:30 and 11:00?',
    'Delivery window is 8am-12pm, about 3-4 hours of work.',
    'Room is 3.5 m x 4.2 m, ceiling 2.4m, so roughly 14.7 m².',
    'Order #48213-77 shipped, tracking 1Z999AA10123456784.',
    'Invoice INV-2024-00318 is attached as invoice_march.pdf',
    'I updated the plugin to v2.14.3 and cleared the cache.',
    'Use `user.email.strip().lower()` before comparing, then call save().',
    'See section 4.2.1 of the spec, e.g. the table on p. 12.',
    "We'll meet @ 5pm at the site, bring the U.S. adapters.",
    'Final score was 3-1, great match last night lol',
    "I found the place on Googlemaps, it's near the station.",
    "Sorry, I can't share my number here, let's keep it on the platform.",
    'The ticket ID is 20240517-0042, support will reply within 48h.',
    'Budget: 2.000 € - 2.500 €, Lieferung in KW 23.',
    'El presupuesto es de 1.450,00 € IVA incluido, plazo 10-12 días.',
    'Le devis est à 980 € TTC, intervention le 12/06 à 14h30.',
    'O orçamento fica em R$ 3.200,00, pagamento em 3x.',
    'Die Wand ist 2,40 m hoch und 5,10 m breit.',
    '#kitchenreno #beforeandafter looks amazing!',
    'Can you resize logo_final_v3.png to 512x512?',
    'temperature was 21.5°C, humidity 45%',
    'The SKU is AB-4471-XL and we need 120 units by 03/07/2025.',
    'Years of experience: 2009–2024, about 15 years.',
    'the file is in /home/projects/site/index.html',
    'Run npm install && npm run build, then open localhost:3000',
    "the model number is 555-1234-A, it's printed on the back",
    'Phase 1 (weeks 1-6) costs 4,800; phase 2 another 3,200.',
    'My hourly rate is 45/hr, min 2 hrs, so 90 minimum.',
    'Meeting ID for the platform call: use the built-in video button',
    'Ref: PO 4500012345 from our purchasing dept.',
    'Ratio 16:9, 1920x1080, 30fps, bitrate 8 Mbps',
    "We're open Mon–Fri 08:00–17:30, Sat 09:00–13:00",
    "I'm at the site now, running about 10 min late",
    'Paint: Farrow & Ball No. 239 Wimborne White, 2 coats',
    "She scored 98.6 on the test; we're at 1.2.3 in the pipeline",
    "Please pay through the platform, that's how I get protected too.",
    'The building on 5th Avenue is gorgeous, we saw it on the trip',
    'ISBN 978-3-16-148410-0 is the reference book',
    "latitude 40.7128, longitude -74.0060 for the park shoot is fine? it's a public park",
    'Version 10.0.19045.3803 of Windows, build 22H2',
    'Your TikTok video idea is great for the campaign',
    'def send(email: str) -> None:\n    return mailer.send(to=email)',
    "SELECT id, name FROM users WHERE created_at > '2024-01-01';",
    'pip install requests==2.31.0 then import requests',
    'git checkout -b fix/login-page && git push origin fix/login-page',
    'Open config.yaml and set timeout: 30 and retries: 3',
    'The package is 45 x 30 x 20 cm, 12.5 kg',
    'Hours logged: 37.5 h this week (Mon 7.5, Tue 8, Wed 6, Thu 8, Fri 8)',
    'Price went from $1,299 to $1,099 — 15% off until 31 Dec',
    "Call at 10:30 or 14:00 CET works, whichever you prefer (via the platform's video)",
    "Flight arrives 18:45, so I'll start on site 07:30 the next morning",
    'We need 2x4s, 250 pcs, 3.6 m long',
    'Shipment 00340434161234567895 is out for delivery',
    'Tracking: 9400 1000 0000 0000 0000 00 (USPS)',
    'Ticket #3391 closed; see ticket 3392 for the follow-up',
    'serial no. SN-2023-884213 on the boiler',
    "I'm using Node 18.17.1 and React 18.2",
    'meeting at 9.30 tomorrow, ok?',
    'the balance is 1 234 567,89 € across 12 months',
    'Jahresumsatz 2019-2023 stieg um 12,5 %',
    'Votre commande n° 2024-5567 sera livrée entre le 3 et le 5 juin',
    'Pedido nº 88213 enviado, prazo de 5 a 7 dias úteis',
    'Su pedido 4471-2290 llegará el lunes 10 de junio',
    "In Python use re.compile(r'\\d+') and then .findall(text)",
    "She said 'see you @ the office' lol",
    'Top 3 picks: #1 oak, #2 walnut, #3 maple',
    'Rated 4.8/5 from 230 reviews',
    'I used Google Docs and Dropbox for the drafts before, but here is fine.',
    "I can't give out my email, rules are rules 🙂",
    "No, I won't take payment outside the app, sorry.",
    'The dimensions: 1200 x 800 x 750 mm',
    'The screen is 27" 2560x1440 @ 144Hz',
    'Please read README.md and CHANGELOG.txt first',
    'See http-status 404 vs 500 in the logs at 03:12:45',
    'Population grew from 8,336,817 to 8,804,190',
    'Load is 3 phases, 400 V, 32 A',
    'e.g. a 10-15 min break every 2 hrs; i.e. roughly 4 breaks',
    "Blood type O+ is needed... just kidding, it's about paint O-5 shade",
    'Line 42 of app.js throws TypeError: undefined is not a function',
    'Sprint 7 retro: velocity 34 pts, 2 bugs carried over',
    'I\'m 6\'2" so the desk at 75 cm is a bit low',
    'The address of the venue is on the booking confirmation in the app',
    'Lot 12, row C, seat 14 at the stadium for the event',
    'for i in range(0, 10): print(i * 2)',
    'const url = `${API_BASE}/users/${id}`;',
    'curl -X POST localhost:8080/api/v1/orders -d \'{"qty": 3}\'',
    'error at line 1234, column 56 in main.py',
    'The regex [a-z]+@[a-z]+\\.com is just an example for validation tests',
    'Docker image node:18-alpine, tag 2024.05.17',
    'I bought the Samsung S24 Ultra and the Pixel 8 Pro',
    'The GPS coordinates are in the report, page 7',
    '3/4 cup sugar, 2 1/2 cups flour, bake at 180°C for 25-30 min',
    'Total: 12 items × $4.99 = $59.88 + tax 8.875%',
    'Appointment: 2024-06-12T14:30:00Z',
    'The phone case model is iPhone 15 Pro Max',
    'Your order 1234567890 is confirmed',
    'Reference number: 7741 2290 1183',
    'Tax ID for the invoice will be on the platform invoice',
    'Mix ratio 1:3:5, 28 days curing, C25/30 concrete',
    'It scored 7.5/10 on the benchmark, 1,200 ms p99 latency',
    'Q3 revenue up 12%, EBITDA 4.2M, FY2024 guidance 18-20M',
    "The yard is 25' x 40' and the fence 6 ft high",
    'Battery 5000 mAh, 65 W charging, 0-100% in 38 min',
    'Please check the doc at the link in the project brief',
    "WhatsApp is blocked at my company, so let's keep everything here",
    "I'm not allowed to share my Instagram, sorry!",
    '¿Me puedes pasar el presupuesto por aquí, por favor?',
    'Wir sprechen am Dienstag um 15 Uhr über den Entwurf.',
    'On se voit jeudi à 9h, je serai là vers 8h45.',
    'Vamos marcar para sexta às 10h30?',
    'Model ABC-123-456-7890 is discontinued',
    'the invoice total was 1,234,567 units of currency',
    'My username on this platform is the same as on my profile',
    'Dial-up days: 56k modems lol',
    'Week 23 (June 3-7) is fully booked, week 24 has 2 slots',
    'Gift card code is in the order confirmation, not sharing it here',
    'Room 1204 on the 12th floor, building B',
    'pH 6.5-7.0, EC 1.2-1.6 mS/cm for the hydroponics',
    'Call me Ishmael, as the book says',
    'my name is Daniel and I have 12 years of experience',
    'Use SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'UUID 123e4567-e89b-12d3-a456-426614174000 for the record',
    'The 405 freeway and I-10 were jammed, arriving at 3',
    "My insta feed has some examples but I'll upload them here instead",
    '1.5 million views on the demo, 200k likes',
    "The deadline is 5/6, I'll send v2 by 5/3.",
    'Between 1990 and 2005 the house had 3 owners.',
    'Tile 60x120 cm, grout 2 mm, 14 boxes',
    'ETA 2-3 business days; cost €14.90 shipping',
    'The code is: if (a > b) { return a; } else { return b; }',
    'Call with the architect at 3:15 pm via the platform video call',
    'Our meeting notes are in notes_2024-06-01.docx',
    'Score: Lakers 112 – 108 Celtics',
    'Rechnung Nr. 2024-0815 über 1.190,00 €',
    'Facture n° FA-2024-118, échéance 30 jours',
    'Nota fiscal 000.123.456 emitida hoje',
    'No puedo darte mi teléfono, mejor hablemos por aquí.',
    'Ich gebe meine Nummer nicht raus, bleiben wir hier.',
    'We used Gmail-style labels in the new inbox design',
    'I love the Instagram aesthetic you mentioned for the brand',
    'Measure twice: 2.35m, 2.36m, 2.35m — take 2.35',
    'The part number 1234-5678-90 fits the 2019 model',
    'Version 3.10.12 breaks the build, pin to 3.10.11',
    'Set the thermostat to 68 at 6 am and 72 at 6 pm',
    "bank transfer via the platform's invoice, as usual",
]

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
    cases += [case("xx", t, "leak", cat, sec, identities=extra.get("identities"),
                   history=extra.get("history"), region=extra.get("region"))
              for cat, t, sec, extra in FRESH_LEAKS]
    cases += [case("xx", t, "benign", "benign") for t in FRESH_BENIGN]
    path = Path(__file__).with_name("corpus.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for i, c in enumerate(cases):
            fh.write(json.dumps({"id": i, **c}, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {path}")


if __name__ == "__main__":
    main()
