"""Building blocks for the sanitizer corpus: secrets, carrier sentences, benign messages."""

# (local part, domain) pairs; the local part is the secret, custom domains are secret too.
EMAILS = [
    ("janedoe88", "gmail.com"), ("ashley73299", "yahoo.com"), ("m.rossi", "libero.it"),
    ("carlos.vega", "hotmail.es"), ("lena_schmidt", "gmx.de"), ("pierre.martin", "orange.fr"),
    ("joao.silva", "uol.com.br"), ("tomwilkins", "outlook.com"), ("kfernandes", "icloud.com"),
    ("dev.priya", "protonmail.com"), ("hello", "studiokraft.design"), ("info", "vega-bau.de"),
    ("b.oconnor", "fastmail.fm"), ("sam.lee.design", "gmail.com"), ("anna.k", "web.de"),
    ("rafa2024", "yahoo.com.mx"), ("contact", "marinelli-photo.it"), ("zoe.w", "live.co.uk"),
]
PHONES = [  # (as written, digits that must not survive, region)
    ("(415) 555-2671", "5552671", "US"), ("+1 312 555 0198", "5550198", "US"),
    ("646.555.0142", "5550142", "US"), ("07700 900461", "7700900461", "GB"),
    ("+44 20 7946 0958", "79460958", "GB"), ("0176 44529130", "44529130", "DE"),
    ("+49 30 901820", "30901820", "DE"), ("06 12 34 56 78", "612345678", "FR"),
    ("+33 1 42 68 53 00", "142685300", "FR"), ("612 345 678", "612345678", "ES"),
    ("+34 91 123 45 67", "911234567", "ES"), ("(11) 98765-4321", "987654321", "BR"),
    ("+55 21 99876 5432", "998765432", "BR"), ("+52 55 1234 5678", "12345678", "MX"),
    ("+91 98765 43210", "9876543210", "IN"), ("0412 345 678", "412345678", "AU"),
    ("+39 347 123 4567", "3471234567", "IT"), ("+31 6 12345678", "12345678", "NL"),
    ("202-555-0173", "5550173", "US"), ("+351 912 345 678", "912345678", "PT"),
]
SPELLED = {
    "en": ("five five five two six seven one", "5552671"),
    "es": ("seis uno dos tres cuatro cinco seis siete ocho", "612345678"),
    "de": ("null eins sieben sechs vier vier fünf zwei neun eins drei null", "01764452913"),
    "fr": ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "0612345678"),
    "pt": ("nove oito sete seis cinco quatro três dois um", "987654321"),
}
PHONE_CARRIERS = {
    "en": ["call me at {}", "my number is {}", "text me on {} after 6", "cell: {}",
           "reach me at {} anytime", "here's my mobile {}", "whatsapp me {}", "{} is my cell",
           "Ring me on {} tomorrow", "my direct line {}", "📞 {}", "Phone - {}"],
    "es": ["mi número es {}", "llámame al {}", "escríbeme al whatsapp {}", "mi celular: {}",
           "te dejo mi móvil {}"],
    "de": ["meine Nummer ist {}", "ruf mich an: {}", "Handy {}", "schreib mir auf WhatsApp {}",
           "erreichbar unter {}"],
    "fr": ["mon numéro : {}", "appelle-moi au {}", "mon portable {}", "écris-moi sur WhatsApp {}",
           "tu peux me joindre au {}"],
    "pt": ["meu número é {}", "me liga no {}", "me chama no zap {}", "meu celular: {}",
           "pode me ligar {}"],
}
EMAIL_CARRIERS = {
    "en": ["email me at {}", "my email is {}", "send it to {}", "{} is my address",
           "write me: {}", "contact: {}", "drop a line to {} pls"],
    "es": ["mi correo es {}", "escríbeme a {}", "mándalo a {}"],
    "de": ["meine Mail ist {}", "schreib an {}", "schick es an {}"],
    "fr": ["mon mail : {}", "écris-moi à {}", "envoie-le à {}"],
    "pt": ["meu email é {}", "manda para {}", "me escreve em {}"],
}
AT_DOT = {  # (at, dot) spellings, several per language
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT "),
           ("_at_", "_dot_"), (" {at} ", " {dot} "), (" @ ", " . "), ("<at>", "<dot>")],
    "es": [(" arroba ", " punto ")], "de": [(" at ", " punkt "), (" (at) ", " (punkt) ")],
    "fr": [(" arobase ", " point ")], "pt": [(" arroba ", " ponto ")],
}
HANDLES = [
    ("my insta is {}", "jane.doe.art"), ("add me on snapchat: {}", "janed_22"),
    ("IG: @{}", "lens_by_lena"), ("follow me @{} on twitter", "carlos_dev"),
    ("telegram: @{}", "pierre_m88"), ("t.me/{}", "joaosilva_br"), ("my discord is {}", "tomw#4821"),
    ("skype live:{}", "kfernandes.work"), ("find me on tiktok @{}", "priyacrafts"),
    ("linkedin.com/in/{}", "sam-lee-design"), ("github.com/{}", "annak-dev"),
    ("mi instagram es {}", "rafa.fotos"), ("mein Insta: {}", "lena.schmidt.photo"),
    ("mon snap c'est {}", "pierrot_75"), ("me segue no insta @{}", "joao.art"),
    ("wechat id: {}", "zoewang88"), ("add me on Signal, username {}", "bo_conn.01"),
    ("my X handle is @{}", "jd_writes"), ("wa.me/{}", "4915123456789"),
    ("fb.com/{}", "marinelli.photo"), ("Viber: {}", "carlos_vega7"),
    ("DM me on insta, {}", "the.real.zoe"), ("kik me: {}", "sammy_k99"),
    ("my TikTok is {}", "annak.dance"), ("hit me up on telegram {}", "lena_s_91"),
]
PAYMENTS = [
    ("pay me on paypal.me/{}", "janedoe88"), ("venmo @{}", "Carlos-Vega-7"),
    ("cash app ${}", "lenaschmidt"), ("send it to my Cash App: ${}", "PierreM75"),
    ("card 4111 1111 1111 1111 exp 12/27", "4111111111111111"),
    ("use this card: 5500-0000-0000-0004", "5500000000000004"),
    ("IBAN DE89 3704 0044 0532 0130 00", "370400440532013000"),
    ("mi IBAN: ES91 2100 0418 4502 0005 1332", "21000418450200051332"),
    ("IBAN FR14 2004 1010 0505 0001 3M02 606", "20041010050500013m02606"),
    ("meu IBAN PT50 0002 0123 1234 5678 9015 4", "000201231234567890154"),
    ("GB82WEST12345698765432 is my account", "west12345698765432"),
    ("venmo: {}", "zoe-w-2"), ("zelle to {}", "tomwilkins@outlook.com"),
    ("paypal: {}", "kfernandes@icloud.com"), ("my venmo is {}", "priya-dev"),
    ("ETH 0x52908400098527886E0F7030069857D2E4169EE7", "52908400098527886e0f7030069857d2e4169ee7"),
    ("revolut.me/{}", "samlee"), ("Amex 3782 822463 10005", "378282246310005"),
]
ADDRESSES = [
    ("I'm at 123 Main St, Apt 4B, Springfield, IL 62704", ["123mainst"]),
    ("ship it to 42 Elm Street", ["42elmstreet"]),
    ("come by 1600 Pennsylvania Ave NW", ["1600pennsylvaniaave"]),
    ("my address: 221B Baker Street, London", ["221bbakerstreet"]),
    ("drop it at 77 Sunset Blvd", ["77sunsetblvd"]),
    ("mi dirección es Calle Mayor 5, 3º B, Madrid", ["callemayor5"]),
    ("vivo en Avenida de la Constitución 12", ["constitucion12"]),
    ("Meine Adresse: Hauptstraße 12a, 10115 Berlin", ["hauptstrasse12"]),
    ("komm zur Musterstr. 5", ["musterstr5"]),
    ("j'habite au 12 rue de Rivoli, Paris", ["12ruederivoli"]),
    ("livrez au 8 avenue Victor Hugo", ["8avenuevictorhugo"]),
    ("moro na Rua Augusta, 1500, São Paulo", ["ruaaugusta1500"]),
    ("entrega na Avenida Paulista 1000", ["avenidapaulista1000"]),
    ("send it to PO Box 4471", ["pobox4471"]),
    ("I live at 9 Oak Lane", ["9oaklane"]),
    ("office is 500 Market Street Suite 200", ["500marketstreet"]),
    ("meet me at 18 Rose Court", ["18rosecourt"]),
    ("Lieferadresse Goethestraße 7", ["goethestrasse7"]),
]
