"""Emails and known details from fresh rounds written before fixing (README: Evidence).

Same format as rounds_a: LEAKS (lang, category, text, secrets, extra), BENIGN (lang, text),
FLAGS (lang, text) — asks that must be flagged; NO_FLAGS (lang, text) — must not be.
"""
LEAKS: list = []
BENIGN: list = []
FLAGS: list = []
NO_FLAGS: list = []

# Misspelt apps and ask words, and the short forms of "your".
FLAGS += [
    ('en', 'do u have watsapp or telegarm? easier than this'),
    ('en', 'whats ur numbr plz'),
    ('en', "waht's your instgram"),
    ('en', 'send me ur emial when u can'),
    ('en', 'r u on tele?'),
    ('en', 'watsap??'),
    ('en', 'drop ur venmo and I will send the deposit'),
    ('fr', 'tu me passes ton num ?'),
    ('fr', 'c quoi ton insta'),
    ('fr', "je pourrais avoir ton 07 ? c'est pour mon frère"),
    ('es', '¿Me podrías pasar tu número para que mi hermana te llame?'),
    ('pt', 'Pode me passar seu telefone pro meu marido ligar?'),
    ('de', 'Darf ich deine Handynummer haben, für meinen Vater?'),
]
# Someone else's way to reach the writer, a call, or a deal kept private.
FLAGS += [
    ('en', 'Any chance of getting your home number? my dad wants to check the dates with you'),
    ('en', "what's the best cell # to reach you at?"),
    ('en', 'Can I just phone you directly tomorrow morning?'),
    ('en', 'could my wife contact you directly about the dress?'),
    ('en', 'my uncle hates apps, can you give him a way to call you?'),
    ('en', 'let’s just call instead, typing takes ages'),
    ('en', 'We can settle the balance privately, no need for the site fee, and I will still '
            'rate you on here'),
    ('en', "I'd rather not post the brief here - how can I get hold of you privately?"),
    ('en', 'is there any way to reach you directly without going through the agency?'),
    ('en', 'WhatsApp is so much easier for me, you have it?'),
    ('es', 'WhatsApp es más cómodo para mí'),
    ('de', 'Telegram ist einfacher für mich'),
    ('fr', "WhatsApp c'est plus simple pour moi"),
    ('pt', 'o zap é mais fácil pra mim'),
]
# Refusals, reported asks and product talk near the asks above.
NO_FLAGS += [
    ('en', 'I understand, but moving to WhatsApp is not something we do. Happy to help here.'),
    ('en', 'other clients always ask to switch to email but i prefer to stay on here'),
    ('en', 'some buyers ask if we can continue on telegram, is that allowed?'),
    ('en', 'Calling you directly is not possible, the app has no calls.'),
    ('en', 'The notes field on the checkout page needs to accept longer text and phone numbers.'),
    ('en', 'Customers keep typing apartment numbers in the address line, can we add a second one?'),
    ('en', 'Could you add a WhatsApp button next to the phone field on the site?'),
    ('en', 'what app do you use for the invoices?'),
    ('en', 'I can call the supplier directly tomorrow to check stock'),
    ('en', 'we could just call it version two'),
    ('en', 'the tele in the lounge is broken'),
    ('es', 'la tele de la habitación no funciona'),
    ('es', '¿me puedes dar tu opinión sobre el diseño?'),
    ('fr', 'tu me donnes ton avis sur le logo ?'),
    ('pt', 'Posso ter o seu feedback até sexta?'),
    ('de', 'Darf ich deine Meinung dazu hören?'),
]
