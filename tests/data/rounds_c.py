"""Asks and refusals from fresh rounds written before fixing (README: Evidence).

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

# Round 2: a gerund ask, slang apps, a user name, a payment app, a personal line, where best to
# reach, a money transfer sent directly, paid directly and cancelled here.
FLAGS += [
    ('en', 'would u mind giving me your mobile so my partner can ring when we arrive?'),
    ('en', 'catch me on the gram, slide into my dms'),
    ('en', 'whatsapp or telegram, up to you, just send me your username'),
    ('en', 'is your zelle the same number? I could pay you there tonight'),
    ('en', 'Is there a direct line I could call you on if the delivery is late?'),
    ('en', "where's the easiest place to reach you after the job?"),
    ('en', 'How could I send you the deposit directly?'),
    ('en', 'We handle suppliers by phone and email rather than through a marketplace, hope ok'),
    ('en', 'send over your details so my assistant can contact you about the next order'),
    ('en', 'please send your email for the receipt'),
    ('pt', 'tens whatsapp pessoal? mando-te o resto por lá'),
    ('pt', 'não dá pra fechar direto com você, sem passar pela plataforma?'),
    ('pt', 'onde seria melhor pra te ligar amanhã?'),
    ('pt', 'posso te mandar o pagamento direto?'),
    ('fr', 'on pourrait régler par virement et annuler la commande ici ?'),
    ('fr', 'je peux vous envoyer le paiement directement ?'),
    ('fr', 'où est-ce le mieux de vous contacter ?'),
    ('es', '¿podríamos pagar directamente y cancelar el pedido aquí?'),
    ('es', '¿dónde sería más fácil llamarte?'),
    ('de', 'Billiger wär es, wenn wir direkt zahlen, ohne die Gebühr der Plattform'),
    ('de', 'Wo erreiche ich Sie am schnellsten?'),
]
NO_FLAGS += [
    ('en', 'the receipt is emailed to you by the platform after checkout'),
    ('en', 'please send the money through the checkout on here, it is safer'),
    ('en', 'the Instagram icon in the shop footer links to the wrong page'),
    ('en', 'would you mind sending the revised drawings through the app?'),
    ('en', 'what is your username on here? I want to tag you in the review'),
    ('en', 'is your paypal set up for withdrawals from the platform?'),
    ('en', 'where is the best place to park near the venue?'),
    ('en', 'The platform pays the money directly into your account after approval'),
    ('en', 'I cancelled and paid the difference on the platform'),
    ('pt', 'não rola, vamos manter tudo pela plataforma'),
    ('pt', 'onde é melhor te entregar as chaves?'),
    ('de', 'Wo erreiche ich dich am besten hier im Chat, morgens oder abends?'),
    ('de', 'Wäre günstiger mit der großen Packung'),
    ('fr', 'la ligne directe du support est fermée le dimanche'),
]

# Round 3: colloquial articles, the app asked about with why, a line someone else wants, "mind
# if I", Facebook by its slang, something else to reach the person through, a channel instead of
# the chat; and the wish granted then turned down, the platform paying, apps of a feature.
FLAGS += [
    ('de', 'Hast du zufällig ne Festnetznummer?'),
    ('de', 'hast du ne Handynummer oder so?'),
    ('en', 'do you also have a work email?'),
    ('es', '¿tienes otra dirección de correo?'),
    ('en', 'signal?? way easier'),
    ('en', 'telegrm? quicker'),
    ('en', 'my partner needs your mobile number, could you send it over?'),
    ('en', "our manager would like your direct line please"),
    ('es', 'mi esposa necesita tu teléfono para llamarte'),
    ('fr', "ma femme voudrait ton numéro, tu peux me l'envoyer ?"),
    ('de', 'meine Frau möchte deine Handynummer'),
    ('pt', 'minha mãe precisa do seu telefone'),
    ('en', 'would you mind if I saved your number for next time?'),
    ('en', 'is it okay if we keep your email for future orders?'),
    ('es', '¿te molesta si guardo tu teléfono para la próxima?'),
    ('fr', 'ça te gêne si je note ton numéro pour la prochaine fois ?'),
    ('pt', 'se importa se eu salvar seu whatsapp?'),
    ('de', 'Ist es okay, wenn ich mir deine Nummer aufschreibe?'),
    ('es', 'búscame en el face y ahí seguimos'),
    ('pt', 'me adiciona no face que é mais fácil'),
    ('en', 'got a site or anything else I could contact you through?'),
    ('es', '¿hay algún perfil donde te pueda escribir?'),
    ('fr', 'tu as un lien ou quelque chose par où je peux te contacter ?'),
    ('de', 'gibt es eine Seite, über die ich dich erreichen kann?'),
    ('pt', 'tem algum perfil onde eu possa te chamar?'),
    ('en', 'can we do this over email instead of through the app? apps confuse me'),
    ('en', 'please reply by text instead of in this chat'),
    ('de', 'Die Fotos sind super. Für die nächsten zehn Termine wäre es billiger, wenn wir '
           'direkt abrechnen, ohne die Provision hier – was meinst du?'),
]
NO_FLAGS += [
    ('de', 'Hast du meine Mail schon gelesen?'),
    ('en', 'do you have another photo of the back?'),
    ('en', 'my partner wants your advice on the tiles'),
    ('fr', 'mon mari veut ton avis sur la couleur'),
    ('pt', 'minha mãe quer seu orçamento até sexta'),
    ('en', 'would you mind if I moved the sofa myself?'),
    ('es', '¿te molesta si cambio la hora?'),
    ('en', 'is there somewhere I can leave the bike?'),
    ('en', 'could the invoice show VAT in the PDF instead of in the app?'),
    ('en', 'I see why you would want to move to email, but let us keep it here for the record'),
    ('es', 'Entiendo que quieras pasar a WhatsApp, pero aquí queda todo registrado.'),
    ('fr', 'Je comprends que vous préfériez WhatsApp, mais je reste sur la plateforme.'),
    ('de', 'Ich verstehe, dass Sie lieber telefonieren, aber ich schreibe nur hier.'),
    ('pt', 'Entendo que você queira usar o zap, mas prefiro ficar por aqui.'),
    ('en', 'If the client cancels, the platform will pay you directly within a week'),
    ('en', 'Is there a direct line item for travel on the estimate?'),
    ('de', 'Billiger wäre es, wenn du direkt den großen Sack kaufst'),
    ('en', 'telegram or whatsapp? which one should the bot post to?'),
]
