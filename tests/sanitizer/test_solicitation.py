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
]


@pytest.mark.parametrize("text", ASKS)
def test_ask_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text", NOT_ASKS)
def test_not_an_ask(text):
    result = sanitize(text)
    assert "solicitation" not in result.kinds
    assert result.text == text
