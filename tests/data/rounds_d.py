"""Emails and known details from fresh rounds written before fixing (README: Evidence).

Same format as rounds_a: LEAKS (lang, category, text, secrets, extra), BENIGN (lang, text),
FLAGS (lang, text) — asks that must be flagged; NO_FLAGS (lang, text) — must not be.
"""
LEAKS: list = []
BENIGN: list = []
FLAGS: list = []
NO_FLAGS: list = []

_D1_ID1 = {'name': 'Greta Lindqvist', 'company': 'Lindqvist Tischlerei'}
_D1_ID2 = {'name': 'Tomás Iglesias', 'email': 'tomas@iglesiasriego.es'}
_D1_ID3 = {'name': 'Henrik Möller', 'company': 'Malerbetrieb Möller'}
_D1_ID4 = {'company': 'Atelier Rouge Brique', 'name': 'Agnès Caron'}
_D1_ID5 = {'name': 'Dara Whitfield'}
_D1_ID6 = {'company': 'Reformas Quiroga', 'phone': '+34 611 22 33 44'}

LEAKS += [
    # a mailbox said as words to be joined, after the mail word, then "at" a provider
    ('en', 'email', 'the crates go out Monday. email is jonas keller at t online dot de, '
     'all one word', ['jonaskeller'], {}),
    ('de', 'email', 'Meine Mail ist marta vogel bei gmx punkt de, ohne Punkt dazwischen',
     ['martavogel'], {}),
    ('es', 'email', 'mi correo es lucia pardo at hotmail punto es, todo junto',
     ['luciapardo'], {}),
    ('en', 'email', "email's tim okafor at g mail dot com, no dot between", ['timokafor'], {}),
    # a family name backwards, or with a remark on how it is spelled
    ('en', 'identity', "lol my last name reversed is 'dleiftihw', you can work out the rest",
     ['dleiftihw'], {'identities': [_D1_ID5]}),
    ('de', 'identity', 'Nachname rückwärts gelesen: tsivqdnil', ['tsivqdnil'],
     {'identities': [_D1_ID1]}),
    ('en', 'identity', 'mail is the usual initial plus last name at gmx. Lindqvist with q and v',
     ['Lindqvist'], {'identities': [_D1_ID1]}),
    ('de', 'identity', 'Möller mit oe, wenn du suchst: Malerbetrieb Moeller in Husum',
     ['Möller', 'Moeller'], {'identities': [_D1_ID3]}),
    ('en', 'identity', 'Whitfield with two f? no, one f and one l', ['Whitfield'],
     {'identities': [_D1_ID5]}),
    # a family business, or a company to look up
    ('en', 'identity', "we're the Iglesias brothers irrigation, just google us",
     ['Iglesias'], {'identities': [_D1_ID2]}),
    ('es', 'identity', 'somos la familia Iglesias, búscanos en Google Maps', ['Iglesias'],
     {'identities': [_D1_ID2]}),
    ('fr', 'identity', "l'atelier s'appelle Rouge Brique, cherche sur Google avec Lille",
     ['Rouge Brique'], {'identities': [_D1_ID4]}),
    ('es', 'identity', 'Quiroga y hermanos no, Quiroga a secas: búscalo en Maps con Lugo',
     ['Quiroga'], {'identities': [_D1_ID6]}),
]
BENIGN += [
    ('en', 'the mail from the team at noon was late again'),
    ('en', 'my email is my name at gmail, the usual'),
    ('en', 'the mail got to anna at home yesterday'),
    ('de', 'Die Mail ging an die Kollegen bei der Firma raus'),
    ('fr', 'une veste rouge brique, très jolie'),
    ('en', 'let me reverse the last change, sorry'),
    ('en', 'the brothers will google the route tonight'),
]
