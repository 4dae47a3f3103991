"""Fresh rounds written before fixing: identity and split details (README: Evidence).
Kept as regression cases.

LEAKS: (lang, category, text, secrets, extra) — extra may hold "identities", "history", "region".
BENIGN: (lang, text) — must come out unchanged and unflagged by contact detectors.
FLAGS: (lang, text) — solicitation that must be flagged; NO_FLAGS: (lang, text) — must not be.
"""
_E_ID1 = {'name': 'Hedda Voss', 'email': 'hedda.voss@fjordlight.no', 'phone': '+44 7700 900463',
          'company': 'Fjordlight Interiors'}
_E_ID2 = {'name': 'Marta Quiroga', 'email': 'marta@quirogareformas.es',
          'phone': '+34 655 21 43 87', 'company': 'Quiroga Reformas SL'}
_E_ID3 = {'name': 'Bastien Leroux', 'email': 'bastien.leroux@free.fr',
          'phone': '+33 6 71 52 39 64', 'company': 'Menuiserie Leroux'}
_E_ID4 = {'name': 'Jonas Petersen', 'phone': '+49 171 3358274'}
_E_ID5 = {'name': 'Caio Mendonça', 'phone': '+55 21 98765 3412'}
_E_ID6 = {'name': 'Grant Whitlock', 'phone': '+1 503 555 0148'}

LEAKS: list = [
    # the known number's ending said in number words, "in"/"with" left out
    ('en', 'identity', "it's the mobile on my website, ends in oh-four-six-three",
     ['0463'], {'identities': [_E_ID1]}),
    ('en', 'identity', 'same number as on the quote, ends nine zero zero four six three',
     ['900463'], {'identities': [_E_ID1]}),
    ('es', 'identity', 'el móvil es el de la web, acaba en veintiuno, cuarenta y tres, '
     'ochenta y siete', ['214387'], {'identities': [_E_ID2]}),
    ('fr', 'identity', "c'est le portable du site, il se termine par cinquante-deux, "
     'trente-neuf, soixante-quatre', ['523964'], {'identities': [_E_ID3]}),
    ('de', 'identity', 'die Handynummer steht im Angebot, endet auf drei drei fünf acht zwei '
     'sieben vier', ['3358274'], {'identities': [_E_ID4]}),
    ('pt', 'identity', 'meu celular é o do orçamento, termina em sessenta e cinco, '
     'trinta e quatro, doze', ['653412'], {'identities': [_E_ID5]}),
    # a family name with the first name's initial after it, closing the clause
    ('en', 'identity', "ask at reception, I'm listed as Whitlock G", ['whitlock'],
     {'identities': [_E_ID6]}),
    ('en', 'identity', 'the parcel is under Whitlock G, thanks', ['whitlock'],
     {'identities': [_E_ID6]}),
    # phone pieces labelled by their place ("the middle:", "the end:")
    ('en', 'split', 'the end: four one three two', ['5035554132'],
     {'history': ['the first 3: five zero three', 'the middle: five five five'],
      'region': 'US'}),
    ('en', 'split', 'the end: 4132', ['5035554132'],
     {'history': ['the first 3: 503', 'the middle: 555'], 'region': 'US'}),
    # a piece said to come before the last one
    ('en', 'split', 'and before that 415 555', ['4155550193'],
     {'history': ['the last 4 are 0193'], 'region': 'US'}),
    ('es', 'split', 'y antes de eso 612 34', ['612345678'],
     {'history': ['los últimos cuatro son 5678'], 'region': 'ES'}),
    # pieces with a word that says the number is to be dialled
    ('en', 'split', 'and the last one is 0176. ring me', ['6175550176'],
     {'history': ['jot these down for the form: 617', 'and 555'], 'region': 'US'}),
    # the house number first, the street in the next message
    ('en', 'split', 'on Larchmont Drive', ['41 larchmont drive'],
     {'history': ["we're at number 41"]}),
    ('en', 'split', 'Fairhaven Avenue', ['118 fairhaven avenue'],
     {'history': ['unit 3B, 118']}),
    # quoted pieces: "begins with 'x'" then "ends with '_y'"; "fängt mit 'x' an" then "dann"
    ('en', 'split', "and it ends with '_films_07'", ['rhea_films_07'],
     {'history': ['the insta handle begins with \'rhea\'']}),
    ('de', 'split', "dann '_dev_ops'", ['lio_dev_ops'],
     {'history': ["Discord-Name fängt mit 'lio' an"]}),
    ('fr', 'split', "et puis '_photo_22'", ['ines_photo_22'],
     {'history': ["mon pseudo insta commence par 'ines'"]}),
    # a mailbox said to be a name, the rest added after
    ('en', 'split', 'then 1984, at gmail', ['tomas1984'],
     {'history': ['email is my first name, Tomas']}),
    ('en', 'split', 'which is brightkiln', ['brightkiln'],
     {'history': ['my email is the name of my company']}),
    ('es', 'split', 'o sea, pintureriasol', ['pintureriasol'],
     {'history': ['mi correo es el nombre de mi empresa']}),
    ('pt', 'split', 'que é marcenariaipe', ['marcenariaipe'],
     {'history': ['meu instagram é o nome da minha loja']}),
    # the rest of a site's name added with '+'
    ('en', 'split', '+ garden + .io', ['quincegarden'],
     {'history': ['Domain is quince']}),
    ('en', 'split', "+ 'works' + .net", ['tidalworks'],
     {'history': ['site is tidal']}),
]
BENIGN: list = [
    ('en', 'the end: 3 boxes left, 12 chairs'),
    ('en', 'and before that 2 weeks of testing'),
    ('en', 'and the last batch is 0410. call it done'),
    ('en', '+ hosting + ssl'),
    ('en', 'which is fine by me'),
    ('en', 'Main Street Festival starts at 9'),
    ('en', 'Meet at Park B entrance by 9'),
    ('en', "and it ends with 'final_v2'"),
    ('de', "dann 'v2_final'"),
    ('en', 'the invoice ends 1200 total'),
    ('es', 'y antes de eso 2 semanas de pruebas'),
    ('fr', 'la fin : 3 cartons, 12 chaises'),
    ('en', 'the middle: 4 more crates'),
    ('en', 'apt 4B, 2 keys at the desk'),
]
FLAGS: list = []
NO_FLAGS: list = []

# Round fixH-2: an account number begun by saying how it starts ("acct no. starts 4410"), the
# rest after dots in the next message; an order number after it stays.
LEAKS += [
    ('en', 'split', '...6625, same branch as last time', ['44106625'],
     {'history': ['acct no. starts 4410'], 'region': 'GB'}),
    ('en', 'split', 'then 3391 0082', ['55213391 0082'],
     {'history': ['my account number starts with 5521']}),
    ('es', 'split', '... y sigue 7730 1145', ['00497730 1145'],
     {'history': ['mi número de cuenta empieza por 0049']}),
    ('de', 'split', 'dann 2290 5561', ['44712290 5561'],
     {'history': ['Meine Kontonummer fängt mit 4471 an']}),
    ('fr', 'split', '... puis 6604 1928', ['33106604 1928'],
     {'history': ['mon compte commence par 3310']}),
    ('pt', 'split', '...e depois 5190 0277', ['88125190 0277'],
     {'history': ['a conta começa com 8812']}),
]
BENIGN += [
    ('en', 'ok, invoice 4471 sent'),
]
