"""Asks to move off the platform, and the refusals, reports and product talk next to them."""
import pytest

from server.sanitizer import sanitize

ASKS = [
    # misspelt apps and ask words
    "hey r u on whatsap or telegrm?",
    "do u have watsapp or telegarm? easier than this",
    "wats ur numbr",
    "whats ur numbr plz",
    "whta's ur whatsap",
    "waht's your instgram",
    "ur emial pls",
    "send me ur emial when u can",
    "wats app is easier for me, u got it?",
    "u got tele or nah",
    "r u on tele?",
    "whatsap?",
    "watsap??",
    # short forms of "your", payment apps
    "drop ur paypal",
    "drop ur venmo and I will send the deposit",
    # French, Spanish, Portuguese, German asks for the detail
    "tu me donnes ton num ?",
    "tu me passes ton num ?",
    "vous me laissez votre numéro ?",
    "c koi ton num stp",
    "c quoi ton insta",
    "je peux avoir ton 06 ?",
    "je pourrais avoir ton mail ?",
    "¿Le puedes dar tu teléfono a mi padre?",
    "¿Me podrías pasar tu número?",
    "¿Podrías darme tu correo?",
    "Pode me passar seu número?",
    "Posso ter o seu WhatsApp?",
    "Darf ich deine Handynummer haben?",
    # "any chance of", "a good phone #", a landline
    "Any chance of your landline?",
    "any chance I could get your email?",
    "what's a good phone # for you?",
    "what's the best cell # to reach you?",
    # calls and direct contact, for the writer or someone else
    "Could I maybe call you directly sometime?",
    "Can I just phone you directly tomorrow?",
    "I'll call you directly tonight",
    "my mum wants to call you directly",
    "could my wife contact you directly?",
    "how can I reach you privately?",
    "I don't want to post it here - how can I reach you privately?",
    "is there any way to reach you privately?",
    "is there a way to contact you directly without going through the middleman?",
    "is there a way to contact you without going through the agency?",
    "any chance you could give them a way to call you?",
    "give me a way to call you",
    "maybe we could just text?",
    "let's just call instead",
    "can we text instead?",
    # a payment kept private
    "give me your details, we can sort the deposit privately and I'll review you on here",
    "we can settle the balance privately",
    "I'll pay the rest privately if that's ok",
    # another app preferred, in the five languages
    "WhatsApp is much easier for me",
    "WhatsApp es más cómodo para mí",
    "Telegram ist einfacher für mich",
    "WhatsApp c'est plus simple pour moi",
    "o zap é mais fácil pra mim",
    # a form field as the hiding place
    "put your number in the notes field",
    # a gerund ask, a slang app, a user name with the app named, a payment app "there"
    "would you mind sending me your number? easier for the pickup",
    "mind sharing your whatsapp so my driver can call?",
    "hey slide into my dms on insta",
    "dm me on the gram",
    "insta or telegram, whatever works, just send me your handle",
    "signal or whatsapp? tell me your user name and I'll add you",
    "is your venmo your phone number? I can pay you there",
    "é o teu pix o teu email? te pago lá",
    # a personal line, a personal email
    "Is there a direct line I could call you on?",
    "Is there a private line we can use?",
    "ta ligne perso, c'est quoi ?",
    "tens telemóvel pessoal?",
    "tens mail pessoal? envio-te lá o orçamento",
    # where is best to reach you, in the five languages
    "where's the best place to reach you if something comes up?",
    "onde é melhor te chamar?",
    "¿dónde es mejor contactarte?",
    "où est-ce le plus simple de te joindre ?",
    "wo erreiche ich dich am besten?",
    # a suggestion asked with "não rola"/"não dá pra"
    "não dá pra gente fechar direto, sem passar pela plataforma?",
    # paid directly, the order cancelled here; money sent directly
    "podemos pagar directamente por transferencia y cancelar aquí?",
    "Können wir direkt per Überweisung abrechnen und hier stornieren?",
    "could we settle directly by bank transfer and cancel the order here?",
    "on pourrait régler par virement ?",
    "How can I send you the payment directly?",
    "¿Te puedo mandar el dinero directamente?",
    "Wohin kann ich dir das Geld direkt überweisen?",
    "Je peux t'envoyer l'argent directement ?",
    "posso mandar o dinheiro direto pra você?",
    # cheaper directly, in German
    "Es wäre billiger, wenn wir direkt zahlen",
    "direkt abrechnen wäre besser, ohne diese Gebühr der Plattform",
    # by phone rather than a marketplace; details to be added directly
    "Our team prefers to work with freelancers by email rather than through an agency.",
    "Send over your details so we can add you to our supplier list.",
    # the detail asked for a document
    "send ur email for the receipt",
    "pls send your email for the invoice",
    # colloquial articles ("ne", "'nen"), an adverb first, an article plus "de"
    "Hast du vielleicht ne Handynummer?",
    "hast du 'ne private E-Mail?",
    "do you maybe have a personal email?",
    "¿tienes una dirección de correo personal?",
    "tens um endereço de email pessoal?",
    "t'as une autre adresse mail ?",
    # the app asked about, with why
    "telegram?? easier",
    "whatsapp? much faster",
    "zap? mais fácil",
    # someone wants the other person's line or number
    "my wife wants your number, can you send it?",
    "I'd love your personal email",
    "mi jefe quiere tu número, ¿me lo pasas?",
    "mon patron veut ton numéro perso",
    "mein Chef braucht deine Durchwahl",
    "meu chefe quer seu número",
    "what's your direct line?",
    # "mind if I…" and its neighbours in the five languages
    "ok if I grab your number for next time?",
    "would it be possible to get your email?",
    "¿te importa si anoto tu número para otra vez?",
    "ça te dérange si je prends ton numéro ?",
    "tudo bem se eu anotar seu número?",
    "Macht es dir was aus, wenn ich mir deine Nummer notiere?",
    # Facebook by its slang, other ways to add someone
    "agrégame al whats y ahí platicamos",
    "me agregas al face?",
    "añádeme al insta",
    "me adiciona no face",
    # something else to reach the person through
    "is there somewhere else I can reach you on?",
    "do you have a page or something I could contact you through?",
    "¿tienes alguna página o algo donde te pueda contactar?",
    "tu as un site ou quelque chose où je peux te joindre ?",
    "hast du eine Website oder so, wo ich dich erreichen kann?",
    "tem algum site ou algo onde eu possa te contatar?",
    # a channel instead of the chat, with the chat named
    "can you email me instead of on here?",
    "could you text me instead of in the app?",
    "Could we continue by email rather than in this chat?",
]

NOT_ASKS = [
    # refusals, with the refusal after the phrase
    "I get it, but going off platform isn't something I do. happy to keep working here though",
    "I understand, but moving to WhatsApp is not something we do.",
    "Paying outside the platform is not allowed, sorry.",
    "Calling you directly isn't possible, the app has no calls.",
    "i know other tutors ask to move to text but i'd rather stay on here",
    # reported asks
    "other tutors always ask to move to WhatsApp, is that normal?",
    "a lot of clients want to switch to email, I just say the chat works fine",
    "some buyers ask if we can continue on telegram",
    # product talk
    "The address field in the shipping form needs a second line for apartment numbers.",
    "The notes field on the checkout page should accept 500 characters, and the phone number "
    "field too.",
    "Customers keep putting phone numbers in the address line, can we validate that?",
    "Could you add a WhatsApp button on the site?",
    "We need to call the API with the user's phone number",
    "whatsapp integration is easier for us to build than telegram",
    "the phone is easier for me to use than the laptop",
    "Is there a way to call you through the app?",
    "let's text the client a reminder through the app",
    # words close to the asks
    "what app do you use for invoices?",
    "what app should I download for the tracking?",
    "I can call the supplier directly tomorrow to check stock",
    "I'll contact the supplier directly",
    "we could just call it v2",
    "can we call it a day?",
    "I'll handle it personally, don't worry",
    "what's a good time for you?",
    "la tele de la habitación no funciona",
    "the tele in the lounge is broken",
    "I watched it on tele last night",
    "my koi pond needs a new filter",
    "tu me donnes ton avis sur le logo ?",
    "je peux avoir ton avis ?",
    "¿me puedes dar tu opinión sobre el diseño?",
    "Posso ter o seu feedback até sexta?",
    "Darf ich deine Meinung dazu hören?",
    "Any chance of a discount on the second item?",
    "hablamos por aquí mejor",
    # product talk and asks kept on the platform near the asks above
    "the invoice is sent by email from the platform",
    "send the money through the platform's checkout",
    "the WhatsApp button on the shop is broken",
    "I don't mind giving you my feedback here",
    "would you mind sending me the final files through the app?",
    "tell me your username on the platform so I can find your profile",
    "what's your username here?",
    "is your paypal connected for payouts on the platform?",
    "I'd pay you there, on the platform's checkout",
    "Is there a line of products you recommend?",
    "tens tempo amanhã?",
    "não rola, prefiro manter tudo aqui pela plataforma",
    "onde é melhor te entregar a encomenda?",
    "where's the best place to meet for the shoot?",
    "wo erreiche ich dich am besten hier im Chat?",
    "The platform sends the money directly to your bank account",
    "I cancelled the order and paid directly on the platform",
    "Can I send the payment directly through the app?",
    "The courier cancelled, I'll pay the difference through the checkout",
    "Send over your details for the delivery form on the site",
    "pls send your invoice through the platform",
    "we sell it by the gram",
    "Wäre günstiger mit der Gebühr hier",
    "rather than through a marketplace, we sell through our own site",
    "la ligne directe du service client est fermée",
    # mail received, not asked for
    "Hast du die Mail bekommen?",
    "Haben Sie die Rechnung per Mail bekommen?",
    "do you have another question?",
    "telegram? no, we use the app",
    # wants and needs that are not a channel
    "my wife wants your opinion on the colours",
    "we need your address for the delivery",
    "mi jefe quiere tu opinión",
    "mein Chef braucht deine Rechnung bis Freitag",
    "mind if I use your kitchen to wash up?",
    "would it be possible to get a discount?",
    "¿te importa si llego a las 5?",
    "Macht es dir was aus, wenn ich später komme?",
    "let's meet face to face at the venue",
    "is there somewhere I can park?",
    "is there somewhere I can find you at the venue?",
    "please show the total in the PDF instead of in the app",
    # the other person's wish granted, then turned down
    "I totally get why you'd want to chat on WhatsApp, but I keep all client messages here",
    "Entiendo que prefieras hablar por WhatsApp, pero prefiero mantener todo aquí.",
    "Je comprends que tu préfères WhatsApp, mais je garde tout ici.",
    "Ich verstehe, dass du lieber über WhatsApp schreiben würdest, aber ich bleibe hier im Chat.",
    "Entendo que você prefira falar pelo WhatsApp, mas mantenho tudo aqui.",
    # the platform pays; "direct" of a thing or "straight away"
    "The app will pay you directly once the job is marked done",
    "The site will then pay you directly, no need to do anything",
    "Es wäre günstiger, wenn du direkt die große Packung nimmst",
    "Is there a direct line item for labour on the quote?",
    "The direct costs are lower if we order the big pack",
    "is there a direct line of sight from the window?",
    # apps of a feature being built
    "signal or telegram? which does the bot support?",
    "whatsapp or telegram? the integration only supports one",
]


@pytest.mark.parametrize("text", ASKS)
def test_ask_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text", NOT_ASKS)
def test_not_an_ask(text):
    result = sanitize(text)
    assert "solicitation" not in result.kinds
    assert result.text == text
