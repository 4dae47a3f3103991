"""Hand-written messages in the style people really type, kept apart from the templates."""

# (lang, category, text, secrets, extra)
LEAKS = [
    (
        "en",
        "email",
        "hey! you can email me directly: mike.turner1985@gmail.com",
        ["miketurner1985"],
        {},
    ),
    ("en", "email", "Shoot me an email -> sarah_k at outlook dot com", ["sarahk"], {}),
    ("en", "email", "my addy is bigdave77 [at] yahoo [dot] co [dot] uk", ["bigdave77"], {}),
    ("en", "email", "email is r.patel(at)protonmail(dot)com", ["rpatel"], {}),
    ("en", "email", "reach me: kim dot lee at icloud dot com", ["kim", "lee"], {}),
    ("en", "email", "Contact: ANNA.B@HOTMAIL.COM", ["annab"], {}),
    ("en", "email", "it's jules at jules-design dot co", ["julesdesign"], {}),
    ("en", "email", "send the files to tom@tomcreates.net instead", ["tomcreates"], {}),
    ("en", "email", "my hotmail is crazycat_lady", ["crazycatlady"], {}),
    ("en", "email", "my email: l i s a . m @ g m a i l . c o m", ["lisam"], {}),
    ("es", "email", "mi correo: pedro.gomez arroba gmail punto com", ["pedrogomez"], {}),
    ("es", "email", "escríbeme a lucia_fer@yahoo.es", ["luciafer"], {}),
    ("es", "email", "mi email es javi88 (arroba) hotmail (punto) com", ["javi88"], {}),
    ("de", "email", "Meine E-Mail: k.weber(at)web(punkt)de", ["kweber"], {}),
    ("de", "email", "schreib mir an thomas.mueller@t-online.de", ["thomasmueller"], {}),
    ("de", "email", "mail an jonas at gmx punkt net", ["jonas"], {}),
    ("fr", "email", "mon adresse mail : claire.dupont@laposte.net", ["clairedupont"], {}),
    ("fr", "email", "écris-moi à julien arobase free point fr", ["julien"], {}),
    ("pt", "email", "meu e-mail é ana.souza@bol.com.br", ["anasouza"], {}),
    ("pt", "email", "manda no meu email: rodrigo arroba gmail ponto com", ["rodrigo"], {}),
    ("en", "phone", "Call/text me at 312-555-0147 after 5", ["5550147"], {}),
    ("en", "phone", "my # is (917) 555 0133", ["5550133"], {}),
    ("en", "phone", "txt me 555.867.5309", ["8675309"], {}),
    ("en", "phone", "i'm on whatsapp +447911123456", ["7911123456"], {}),
    (
        "en",
        "phone",
        "number's nine one seven, five five five, zero one three three",
        ["5550133"],
        {},
    ),
    ("en", "phone", "cell is 2I2-555-OI47", ["5550147"], {}),
    ("en", "phone", "ring 0 7 9 1 1 1 2 3 4 5 6 any time", ["7911123456"], {}),
    ("en", "phone", "+1 (646) 555–0182 is my work line", ["5550182"], {}),
    ("en", "phone", "Mobile: 0412-345-678", ["412345678"], {}),
    ("en", "phone", "text 6 4 6 - 5 5 5 - 0 1 8 2", ["5550182"], {}),
    ("en", "phone", "call me on eight six seven five three oh nine", ["8675309"], {}),
    ("es", "phone", "llámame al 55 1234 5678", ["12345678"], {}),
    ("es", "phone", "mi whatsapp es el +34 678 90 12 34", ["678901234"], {}),
    ("es", "phone", "mi cel: seis siete ocho, nueve cero uno, dos tres cuatro", ["678901234"], {}),
    ("de", "phone", "Ruf mich an unter 0151 23456789", ["23456789"], {}),
    ("de", "phone", "meine Handynummer: +49 (0) 171 1234567", ["1711234567"], {}),
    (
        "de",
        "phone",
        "null eins fünf eins, zwei drei vier fünf sechs sieben acht neun",
        ["23456789"],
        {},
    ),
    ("fr", "phone", "appelle-moi au 07 81 23 45 67", ["781234567"], {}),
    ("fr", "phone", "mon tel c'est le +33 6 98 76 54 32", ["698765432"], {}),
    (
        "fr",
        "phone",
        "zéro six, quatre-vingt-dix-huit, soixante-seize, cinquante-quatre, trente-deux",
        ["698765432"],
        {},
    ),
    ("pt", "phone", "meu zap é (21) 99876-5432", ["998765432"], {}),
    ("pt", "phone", "me liga: 11 9 8765 4321", ["987654321"], {}),
    (
        "pt",
        "phone",
        "meu número é nove nove oito sete seis, cinco quatro três dois",
        ["998765432"],
        {},
    ),
    ("en", "url", "check out my site: www.mikecreates.com", ["mikecreates"], {}),
    ("en", "url", "portfolio at behance.net/sarahk", ["sarahk"], {}),
    ("en", "url", "go to bit.ly/3xYz9Ab for my rates", ["3xyz9ab"], {}),
    ("en", "url", "my website is jenart dot studio", ["jenart"], {}),
    ("en", "url", "http://192.168.0.1:8080/portal", ["192168018080"], {}),
    ("es", "url", "mira mi web: pedrogomez.es", ["pedrogomez"], {}),
    ("de", "url", "Mein Shop: www.weber-design.de/shop", ["weberdesign"], {}),
    ("fr", "url", "mon site : claire-photo.fr", ["clairephoto"], {}),
    ("pt", "url", "meu site é anasouza.com.br", ["anasouza"], {}),
    ("en", "url", "calendly.com/mike-turner/30min to book a call", ["miketurner"], {}),
    ("en", "handle", "my ig is @mike.turner.art", ["miketurnerart"], {}),
    ("en", "handle", "find me on insta: sarahk_designs", ["sarahkdesigns"], {}),
    ("en", "handle", "telegram @dave_77", ["dave77"], {}),
    ("en", "handle", "add my snap - kimlee22", ["kimlee22"], {}),
    ("en", "handle", "my discord: jules#7781", ["jules7781"], {}),
    ("en", "handle", "message me on skype, my id is tom.creates", ["tomcreates"], {}),
    ("en", "handle", "twitter.com/annab_writes", ["annabwrites"], {}),
    ("en", "handle", "i'm @crazycatlady on tiktok", ["crazycatlady"], {}),
    ("es", "handle", "sígueme en instagram: @lucia.fer.arte", ["luciaferarte"], {}),
    ("de", "handle", "mein Telegram ist @kweber_design", ["kweberdesign"], {}),
    ("fr", "handle", "ajoute-moi sur snap : julien_75", ["julien75"], {}),
    ("pt", "handle", "me segue no insta: rodrigo.fotos", ["rodrigofotos"], {}),
    ("en", "handle", "my linkedin is linkedin.com/in/rpatel-dev", ["rpateldev"], {}),
    ("en", "handle", "wechat: davidwang1990", ["davidwang1990"], {}),
    ("en", "payment", "just venmo me @Mike-Turner-12", ["miketurner12"], {}),
    ("en", "payment", "paypal.me/sarahkdesigns works", ["sarahkdesigns"], {}),
    ("en", "payment", "my cashapp is $bigdave77", ["bigdave77"], {}),
    ("en", "payment", "card: 4242 4242 4242 4242, cvv 123", ["4242424242424242"], {}),
    ("en", "payment", "here's my card 5105105105105100 exp 01/28", ["5105105105105100"], {}),
    (
        "es",
        "payment",
        "hazme un bizum o transferencia al ES76 2077 0024 0031 0257 5766",
        ["20770024003102575766"],
        {},
    ),
    ("de", "payment", "überweis an DE44 5001 0517 5407 3249 31", ["500105175407324931"], {}),
    (
        "fr",
        "payment",
        "mon RIB : FR76 3000 6000 0112 3456 7890 189",
        ["30006000011234567890189"],
        {},
    ),
    ("pt", "payment", "paga no meu paypal: rodrigo@gmail.com", ["rodrigo"], {}),
    (
        "en",
        "payment",
        "send btc to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
        {},
    ),
    ("en", "address", "my place is 4521 Oak Ridge Dr, Austin TX 78745", ["4521oakridge"], {}),
    ("en", "address", "mail it to 88 Queen's Road, Flat 3", ["88queensroad"], {}),
    ("en", "address", "studio is at 310 W 42nd St", ["31042nd"], {}),
    ("en", "address", "I'm at 15 Harbour View Terrace", ["15harbourview"], {}),
    ("es", "address", "mi dirección: C/ Alcalá 45, 2ºA, Madrid", ["alcala45"], {}),
    ("es", "address", "estoy en Av. Insurgentes Sur 1602", ["insurgentessur1602"], {}),
    ("de", "address", "Lieferung bitte an Bahnhofstr. 23, 80335 München", ["bahnhofstr23"], {}),
    ("de", "address", "wohne in der Lindenallee 4", ["lindenallee4"], {}),
    (
        "fr",
        "address",
        "mon adresse : 27 boulevard Saint-Michel, 75005 Paris",
        ["27boulevardsaintmichel"],
        {},
    ),
    ("pt", "address", "meu endereço: Rua das Flores, 230, apto 12", ["ruadasflores230"], {}),
    ("pt", "address", "fica na Av. Atlântica 1702", ["atlantica1702"], {}),
]

IDENTITY = [
    ("en", "I'm Mike Turner btw, google me", ["miketurner"], {"name": "Mike Turner"}),
    (
        "en",
        "This is sarah from Kline Creative",
        ["klinecreative"],
        {"name": "Sarah Kline", "company": "Kline Creative LLC"},
    ),
    ("en", "my real name is S. Kline", ["kline"], {"name": "Sarah Kline"}),
    (
        "en",
        "look up TURNER MEDIA",
        ["turnermedia"],
        {"name": "Mike Turner", "company": "Turner Media Ltd"},
    ),
    (
        "en",
        "text me at 3125550147",
        ["5550147"],
        {"name": "Mike Turner", "phone": "+1 312-555-0147"},
    ),
    (
        "en",
        "my email is the one on my invoice: mturner at turnermedia",
        ["mturner"],
        {"name": "Mike Turner", "email": "mturner@turnermedia.com"},
    ),
    ("es", "Soy Lucía Fernández, encantada", ["luciafernandez"], {"name": "Lucía Fernández"}),
    ("de", "Viele Grüße, Katrin Weber", ["katrinweber"], {"name": "Katrin Weber"}),
    ("fr", "Cordialement, Claire Dupont", ["clairedupont"], {"name": "Claire Dupont"}),
    ("pt", "Abraços, Ana Souza", ["anasouza"], {"name": "Ana Souza"}),
]

SPLIT = [
    ("en", "0133", ["call me", "917", "555"], ["0133"]),
    ("en", "0133", ["my cell is 917", "555"], ["0133"]),
    ("es", "y el resto 90 12 34", ["mi número: 678"], ["901234"]),
    ("de", "4567", ["Nummer: 0151 23", "nein warte, 0151 123"], ["4567"]),
    ("en", "gmail dot com", ["my email is mike.turner1985", "at"], ["gmail"]),
]

BENIGN = [
    "Can you do the logo for $450? I can pay half upfront through the site.",
    "Deadline is Friday 5/17, 6 pm EST.",
    "I need 3 variations: 1200x628, 1080x1080 and 1080x1920.",
    "The event runs 10am-4pm on Sat 12th.",
    "Flight BA 2490 lands at 07:35.",
    "My budget is 2-3k, flexible.",
    "Please check item 4.3.2 in the spec.",
    "We expect 15-20% growth in Q4 2025.",
    "Tracking number: 1Z 999 AA1 01 2345 6784",
    "Order no. 112-3456789-1234567 from Amazon arrived.",
    "Invoice #2024-0042 attached (invoice_2024-0042.pdf).",
    "Phone mockups look great on the iPhone 15 Pro.",
    "Our office phone system is down today, use the chat.",
    "The Gmail integration needs OAuth scopes.",
    "Use Google Maps to find the venue, it's near the station.",
    "Check the README.md and requirements.txt in the repo.",
    "The file is called logo_final_v3.ai",
    "Run python3 manage.py migrate before the demo.",
    "The site loads in 1.2s on 4G.",
    "I'll be at the studio @ 9:30 tomorrow.",
    "The logo should work at 16px and 512px.",
    "Section 3.1.4 says net 30 days.",
    "We sold 1,234,567 units in 2023.",
    "Coupon code SAVE20 gives 20% off.",
    "The room is 4.5 m by 3.2 m.",
    "Meeting ID will be shared here on the platform.",
    "I prefer to keep our communication on this platform.",
    "Happy to jump on a video call through the platform's meeting tool.",
    "My WhatsApp is broken, so let's keep chatting here.",
    "I don't do payments outside the site, sorry.",
    "Dr. Smith approved the design on Jan. 3.",
    "The U.S. and U.K. versions differ slightly.",
    "Prices: S $10, M $12, L $14, XL $16.",
    "Game ended 108-102 in overtime.",
    "Temperature range -20 to 45 °C.",
    "It's 2.5x faster than v1.9.",
    "I was born in '89 and started designing in 2009.",
    "Lot 17, batch 2024-11-A passed QA.",
    "Use the hashtag #JaneDoeDesigns on launch day.",
    "The password reset email didn't arrive, can you check?",
    "Please call the printer and ask about paper stock.",
    "The address field on the form is too short.",
    "The hex colour is #1A2B3C and the accent #FF5733.",
    "Patch notes: fixed crash on 10.15.7, improved 12.6 support.",
    "Estimated delivery: 3–5 business days after approval.",
    "Tel Aviv and Rio are the two launch cities.",
    "My timezone is UTC+2, so 14:00 for you is 16:00 for me.",
    "1 week = 5 working days, so 3 weeks is 15 days.",
    "Ref: PO-77821, cost center 4410.",
    "He scored 9.5/10 on the review.",
    "El presupuesto es de 1.500 € más IVA.",
    "La reunión es el 12/05 a las 16:30.",
    "Te envío el archivo logo_final.png por aquí.",
    "No quiero salir de la plataforma, seguimos aquí.",
    "Pedido nº 2024-5567 entregado.",
    "Das Budget liegt bei 2.000–2.500 €.",
    "Termin am 03.07.2025 um 9:30 Uhr.",
    "Die Datei heißt angebot_v2.pdf.",
    "Bitte bleib auf der Plattform, danke.",
    "Rechnungsnummer RE-2025-0193.",
    "Le budget est de 800 € TTC.",
    "Rendez-vous le 14/06 à 10h.",
    "Le fichier devis_final.pdf est prêt.",
    "Je préfère rester sur la plateforme.",
    "Numéro de commande : 7723-4410.",
    "O orçamento é de R$ 3.000,00.",
    "A entrega será dia 20/08 às 14h.",
    "O arquivo proposta_v2.pdf está pronto.",
    "Prefiro continuar conversando aqui na plataforma.",
    "Pedido número 88234-1 enviado.",
]

# A second hand-written round: benign chat that mentions platforms, numbers and codes.
BENIGN_2 = """
Hi! Thanks for the quick reply, I'll send the brief tonight.
Could you quote for 500 business cards, 350gsm, double-sided?
Sure, 3 rounds of revisions are included.
Can we do a call at 4:30 pm via the platform video tool?
I'm available Mon–Thu 9:00–17:00 CET.
The invoice total comes to 1 250,00 EUR.
Let me know if 48 hours is enough turnaround.
The new build 3.4.0-beta.2 is on staging.
Please use sRGB and export at 300 dpi.
I'll be at the trade fair in Hall 5, Stand B12.
Her flight is AA 1234 from JFK at 18:05.
Ticket 48213 was escalated to tier 2.
The ZIP code field should accept 5 or 9 digits.
Tracking shows 9261 2990 0123 4567 8912 34 in transit.
Warehouse: aisle 14, shelf 3, bin 27.
Our fiscal year is 2024/25.
The contract is from 01/01/2024 to 31/12/2025.
Population grew from 8,336,817 to 8,804,190.
1 in 5 users churn after 30 days.
Rate: $85/hr, minimum 10 hrs per month.
SKU 4006381333931 is the 250 ml bottle.
The ISBN-13 is 9780306406157.
See chapter 12, pages 340-362.
Lottery numbers were 4 8 15 16 23 42.
Her jersey number is 23 and she scored 31 points.
We'll meet at noon at the usual spot.
I'm at home today, working on the drafts.
The logo at 50% opacity looks better.
Email campaigns performed at 22% open rate.
The dot pattern in the background is too busy.
This point is important: keep the brand colors.
At this point we just need your approval.
Good point, com'on let's finalize.
Instagram ads performed better than Facebook ads.
We're launching on TikTok and YouTube next month.
Telegram-style stickers for the chat app, please.
Can the Signal strength icon be bigger?
The Discord server icon should be round.
Please don't share personal contact details here, the platform handles everything.
Sorry, I can't give you my WhatsApp, it's against the rules.
Let's not take this off the platform.
I'd rather keep payments on the site for protection.
The checkout accepts Visa, Mastercard, Amex and PayPal.
Card payments failed with error 4012, please retry.
Transfer fees are 2.9% + 30¢.
The street name on the mockup should be fictional.
Main Street Bakery is the client, they want a warm palette.
We shot the video on 5th Avenue last spring.
2 way radios are in the kit.
He lives 3 streets away from the office.
Our HQ moved to a new building in March.
Drop the files in the shared folder on the platform.
Version 10.0.19045 of Windows is required.
Node 18.17.1 and npm 9.6.7.
docker run -p 8080:80 nginx:1.25
The SHA is 3f2a9c1 on the main branch.
Error code 0x80070005 appears on save.
Call the function foo.bar() with 2 args.
x = 3.14159 * r ** 2
The meeting link will be in the platform calendar.
I've got 2 kids and 1 dog, so mornings are busy.
Nos vemos el lunes a las 9:00 en la oficina.
Presupuesto: 2.300 € (IVA incluido), 50% por adelantado.
No te puedo dar mi número, las reglas no lo permiten.
Ich schicke dir die Entwürfe bis Donnerstag, 16 Uhr.
Preis: 1.200,00 € netto, zahlbar in 14 Tagen.
Ich kann dir meine E-Mail leider nicht geben.
Je t'envoie les maquettes jeudi avant 18h.
Tarif : 65 €/h, 20 heures estimées.
Désolé, je ne peux pas partager mon numéro de téléphone.
Te mando os arquivos até sexta às 17h.
Orçamento: R$ 2.500, metade adiantado.
Desculpa, não posso passar meu WhatsApp aqui.
Order 1234-5678-9012-3456 was refunded.
The conference call number is on the platform invite.
The tagline "Call us today" should be in bold.
Please put "Visit www.brand.example" on the flyer? Actually no, leave it blank.
"""

LEAKS_2 = [  # (text, secrets)
    ("hmu on IG, it's @lensbylena", ["lensbylena"]),
    ("my handle everywhere is jdoe_creates", ["jdoecreates"]),
    ("add me: snapchat -> jdoe.x", ["jdoex"]),
    ("My telegram username: lena_design", ["lenadesign"]),
    ("on whatsapp I'm +44 7700 900123", ["7700900123"]),
    ("number: 07700 900 123", ["7700900123"]),
    ("Call 1-800-555-0199 ext 4", ["5550199"]),
    ("my cell is 555 123 4567", ["1234567"]),
    ("ping me: (555)123-4567", ["1234567"]),
    ("+1.415.555.2671", ["5552671"]),
    ("4155552671 - text only pls", ["5552671"]),
    ("seven one eight, five five five, one two one two", ["5551212"]),
    ("7 one 8 five 5 5 1 two 1 2", ["5551212"]),
    ("my number is 718 five five five 1212", ["5551212"]),
    ("jdoe88 at gmail", ["jdoe88"]),
    ("email: jdoe88 @ gmail.com", ["jdoe88"]),
    ("jdoe88(@)gmail(.)com", ["jdoe88"]),
    ("j d o e 8 8 at g m a i l dot c o m", ["jdoe88"]),
    ("jdoe88 a t gmail d o t com", ["jdoe88"]),
    ("mail: jdoe88 ＠ gmail．com", ["jdoe88"]),
    ("my site: jdoe-design . com", ["jdoedesign"]),
    ("visit jdoedesign(dot)com", ["jdoedesign"]),
    ("https://jdoe.carrd.co", ["jdoe"]),
    ("my shop is etsy.com/shop/jdoecrafts", ["jdoecrafts"]),
    ("venmo is jdoe-88", ["jdoe88"]),
    ("paypal jdoe88@gmail.com", ["jdoe88"]),
    ("send to my cashtag $jdoe88", ["jdoe88"]),
    ("IBAN: GB33BUKB20201555555555", ["bukb20201555555555"]),
    ("card number 4012 8888 8888 1881", ["4012888888881881"]),
    ("I live at 742 Evergreen Terrace, Springfield", ["742evergreen"]),
    ("address: 10 Downing St, London SW1A 2AA", ["10downing"]),
    ("come to 350 5th Ave, New York, NY 10118", ["3505th"]),
    ("mi casa: Calle de Serrano 41, Madrid", ["serrano41"]),
    ("Adresse: Friedrichstraße 43, 10117 Berlin", ["friedrichstrasse43"]),
    ("adresse : 5 rue du Faubourg Saint-Honoré", ["5ruedufaubourg"]),
    ("endereço: Av. Paulista, 1578 - Bela Vista", ["paulista1578"]),
]

# Third round: evasions from the field, payment ids (PIX, Zelle), and numbers in plain chat.
BENIGN_3 = """
I need two or three days, maybe four or five if the client changes things.
One, two, three revisions max please.
Twenty twenty-four was a great year for us.
We have five or six pages, each with two sections.
Necesito dos o tres días más, gracias.
Son cinco páginas y dos secciones.
Ich brauche noch zwei oder drei Tage, danach vier Entwürfe.
Um 5 Uhr habe ich Zeit, um 6 nicht.
J'ai besoin de deux ou trois jours, puis une semaine.
Rendez-vous à 9h, puis à 14h, puis à 17h.
Preciso de dois ou três dias, depois uma semana.
Às 10h, às 14h e às 18h estou livre.
It's 6 of one, half a dozen of the other.
The kids are 4, 7 and 11 years old.
We need sizes 6, 8, 10, 12 and 14.
Rooms 101, 102, 103 and 104 are booked.
Steps: 1) sketch 2) review 3) color 4) deliver.
Invoice 2024-118, 2024-119 and 2024-120 are open.
I'm in Zurich until the 14th, then in Berlin.
The pantone is 7621 C and 2736 C.
It weighs 1 lb 4 oz.
Flight LH 400 at 10:15, seat 32A.
Resolution 3840 x 2160, 60 fps, 10-bit.
Use coupon WELCOME10 at checkout.
Account settings > Notifications > Email.
The e-mail template needs a bigger header.
The mail room is on floor 2.
His email signature has the wrong logo.
What's your favorite color for the brand?
What's your timezone? I'm on CET.
What's your budget for this?
Can I get your feedback by Monday?
Send me your sketches when ready.
Let's continue on Monday.
Let's talk about the deadline.
Can we go directly to the final design?
Let's move on to the next section.
The call went well, thanks!
Please text the copy in the doc, not in the image.
At 5 we close the office.
See slide 3 at 00:45 in the video.
The Apple Watch face design is done.
Our instagram grid needs 9 posts.
Check the Instagram story template, slide 2.
Use the LinkedIn banner size 1584 x 396.
Skype is not needed, we use the platform calls.
Is PayPal the only option at checkout?
Venmo-style UI for the payment screen.
The cash app icon in the mockup is too small.
1st, 2nd and 3rd place get prizes.
A 10-15 minute walk from the station.
Call it v2 and archive v1.
It's a 3-4 week project.
Tel: see the contact page of the brand site.
Add me to the project board please.
Follow the brand guidelines on page 12.
Hit me up here when you are done.
DM me here if anything changes.
Message me on the platform if you're stuck.
I'm on vacation 12-19 August.
The year range 1990-1999 is the focus.
Pages 1-5, 10-15 and 20.
Population 8 336 817 in 2020.
Reference: case 00123456.
The model number is XR-2000-B.
My score: 1450/1600 on the SAT.
Unit price 0.45 € × 10 000 = 4 500 €.
ETA 2 h 30 min.
"""
DANIEL = {
    "name": "Daniel Brooks",
    "email": "dbrooks@brooksmedia.co",
    "phone": "+1 (206) 555-0114",
    "company": "Brooks Media",
}
LEAKS_3 = [  # (text, secrets, identities)
    ("555-5555, area code (555)", ["5555555"], []),
    ("0787 5007 195", ["78750071"], []),
    ("📞 0787 5007 195", ["78750071"], []),
    ("Whatsapp 0787 5007 195", ["78750071"], []),
    ("t.me/dbrooks_media", ["dbrooksmedia"], []),
    ("your wickr ? mine: dbrooks77", ["dbrooks77"], []),
    (
        (
            "a friend of mine needs a designer, her contact is "
            "five five five, two three four, nine eight seven six"
        ),
        ["2349876"],
        [],
    ),
    ("userREMOVEMEname@example.com", ["usernameexamplecom", "userremovemename"], []),
    ("e mail me: danny.b at yahoo", ["dannyb"], []),
    ("Daniel here, from brooks media", ["brooksmedia"], [DANIEL]),
    ("d brooks at brooksmedia dot co", ["brooksmedia"], [DANIEL]),
    ("206 555 0114", ["5550114"], [DANIEL]),
    ("two oh six five five five oh one one four", ["5550114"], [DANIEL]),
    ("DANIEL BROOKS", ["danielbrooks"], [DANIEL]),
    ("dbrooks", ["dbrooks"], [DANIEL]),
    ("mi whats: +52 1 55 9876 5432", ["98765432"], []),
    ("número: seis cero cero, uno dos tres, cuatro cinco seis", ["600123456"], []),
    ("Tel. 030 / 123 456 78", ["12345678"], []),
    ("Handy: 0171-1234567", ["1234567"], []),
    ("Portable : 06.12.34.56.78", ["612345678"], []),
    ("tel : +33 (0)6 12 34 56 78", ["612345678"], []),
    ("Celular: (11) 9 8765-4321", ["987654321"], []),
    ("whats: 21 9 9876 5432", ["998765432"], []),
    ("cuenta: ES91 2100 0418 4502 0005 1332", ["21000418450200051332"], []),
    ("meu pix é 123.456.789-09", ["12345678909"], []),
    ("pix: ana.souza@gmail.com", ["anasouza"], []),
    ("chave pix (celular) 11987654321", ["987654321"], []),
    ("my zelle is 206-555-0114", ["5550114"], []),
    ("paypal.com/paypalme/dbrooks", ["dbrooks"], []),
    ("my onlyfans is onlyfans.com/dbrooks", ["dbrooks"], []),
    ("instagram.com/dbrooks.media", ["dbrooksmedia"], []),
    ("facebook: Daniel Brooks Media", ["danielbrooks"], []),
    ("linkedin: daniel-brooks-123", ["danielbrooks123"], []),
    ("ig → dbrooks.media", ["dbrooksmedia"], []),
    ("snap 👻 dbrooks77", ["dbrooks77"], []),
    ("1234 Elm St. Apt 5, Seattle, WA 98101", ["1234elm"], []),
    ("P.O. Box 9876, Boise ID", ["9876"], []),
    ("Calle 85 # 11-53, Bogotá", ["8511"], []),
    ("Rua Oscar Freire 379, apto 51", ["oscarfreire379"], []),
    ("Kastanienallee 12, 10435 Berlin", ["kastanienallee12"], []),
    ("14 avenue des Champs-Élysées", ["14avenuedeschamps"], []),
]

# Fourth round: both parties known, European number formats, code and markup in chat.
BENIGN_4 = """
Der Preis beträgt 1.234,56 € inkl. MwSt.
Le total est de 12 345,67 € HT.
We are ISO 9001:2015 certified.
Export as H.264, 1080p, 8 Mbps.
Print on A4 (210 × 297 mm) and A3.
Windows 11, macOS 14.4 and Ubuntu 22.04 are supported.
Postal code 10115, district Mitte.
The meeting is 14h30–16h, salle B.
Öffnungszeiten 8–18 Uhr, Sa 9–13 Uhr.
Bloco B, sala 1204, 12º andar.
Horario: 9:00 a 18:00 h, de lunes a viernes.
The server IP is 10.0.0.12 on the VPN.
Use port 5432 for Postgres and 6379 for Redis.
Run the migration 0042_add_index.py first.
The UUID is 550e8400-e29b-41d4-a716-446655440000.
Commit a1b2c3d4 fixed it.
The GTIN is 00012345600012.
Flight time 13h 25m, layover 2h 10m.
We need 2,500 leaflets at 0.12 each.
Rating 4.8 out of 5 from 1,203 reviews.
Call option expires 03/21/2025 at $145 strike.
My daughter turns 12 on 4/12.
From 555 to 600 entries per page is too many.
Catalog pages 101–148.
Our team of 12 covers 3 time zones.
The answer is 42.
Marathon time 3:45:12.
Postcode SW1A 1AA is the example on the form.
Use the 555 font weight for titles.
Go to Settings, then Privacy, then Contact Info.
My WhatsApp Business profile should match the brand colors.
The Telegram bot will post updates to the channel.
Which is better, Venmo or PayPal, for the checkout UI?
I'm on Instagram a lot for inspiration.
The @media query breaks at 768px.
Use @Override on the method.
Decorators like @property and @staticmethod.
CSS: .header .nav a:hover { color: #333; }
Email me? No, message here on the platform.
Send me a message here when you're done.
Can you text the client's quote into the doc?
Please no phone calls, I prefer chat here.
The address bar in the browser shows the staging URL.
Gmail users report the preview is cut off.
Outlook renders the table differently.
I'm meeting a client at Starbucks at 3.
Let's aim for the 15th at 10.
The 2nd floor meeting room, 10:00–11:30.
In 2023 we shipped 12,400 orders in 14 countries.
"""
OLIVIA = {
    "name": "Olivia Hartmann",
    "email": "olivia.hartmann@nordlicht.de",
    "phone": "+49 151 22334455",
    "company": "Nordlicht Studio GmbH",
}
KENJI = {
    "name": "Kenji Sato",
    "email": "kenji@satolabs.jp",
    "phone": "+81 90-1234-5678",
    "company": "Sato Labs",
}
LEAKS_4 = [  # (text, secrets, identities): both parties known
    ("You can find me as Olivia Hartmann on LinkedIn", ["oliviahartmann"], [OLIVIA, KENJI]),
    ("Grüße von Nordlicht Studio!", ["nordlicht"], [OLIVIA, KENJI]),
    ("my number 0151 22334455", ["22334455"], [OLIVIA, KENJI]),
    ("o.hartmann? no: olivia.hartmann at nordlicht.de", ["oliviahartmann"], [OLIVIA, KENJI]),
    ("Kenji from Sato Labs here", ["satolabs"], [OLIVIA, KENJI]),
    ("call Kenji on 090 1234 5678", ["12345678"], [OLIVIA, KENJI]),
    ("HARTMANN is my surname", ["hartmann"], [OLIVIA, KENJI]),
    ("ask for Mr. Sato", ["sato"], [OLIVIA, KENJI]),
    ("my old handle was nordlicht_studio", ["nordlichtstudio"], [OLIVIA, KENJI]),
    ("email k e n j i @ s a t o l a b s . j p", ["kenji", "satolabs"], [OLIVIA, KENJI]),
    ("+81 90-1234-5678", ["12345678"], []),
    ("LINE: kenji_sato_88", ["kenjisato88"], []),
    ("my kakao id is satokenji", ["satokenji"], []),
    ("text me at eight one nine, oh nine oh, one two three four", ["1234"], []),
    ("digits: 9 0 1 2 3 4 5 6 7 8", ["12345678"], []),
    ("my num 0 nine 0 1 2 3 4 5 6 7 8", ["12345678"], []),
    ("contact me @ olivia.h@nordlicht.de", ["oliviah"], []),
    ("olivia(dot)hartmann(at)gmail(dot)com", ["oliviahartmann"], []),
    ("olivia [dot] hartmann [at] gmail [dot] com", ["oliviahartmann"], []),
    ("olivia dot hartmann at gmail dot com", ["oliviahartmann"], []),
    ("mail: olivia_h AT web DOT de", ["oliviah"], []),
    ("mi correo es kenji.s arroba outlook punto es", ["kenjis"], []),
    ("Adresse: Schillerstraße 5, 04109 Leipzig", ["schillerstrasse5"], []),
    ("Wohnung: Am Markt 3, 2. OG", ["ammarkt3"], []),
    ("Dirección: Paseo de la Castellana 89, Madrid", ["castellana89"], []),
    ("my place: 77 Bourke Street, Melbourne VIC 3000", ["77bourke"], []),
    ("send to: 4 Privet Drive, Little Whinging", ["4privetdrive"], []),
    ("IBAN NL91 ABNA 0417 1643 00", ["abna0417164300"], []),
    ("BE68 5390 0754 7034", ["539007547034"], []),
    ("my paypal is olivia.hartmann@web.de", ["oliviahartmann"], []),
    ("revolut @oliviah", ["oliviah"], []),
    ("wise: olivia.h", ["oliviah"], []),
    ("cashapp: $OliviaH88", ["oliviah88"], []),
    ("visa 4000 0566 5566 5556", ["4000056655665556"], []),
    ("see nordlicht-studio.de/kontakt", ["nordlichtstudio"], []),
    ("my portfolio: olivia-h.myportfolio.com", ["oliviah"], []),
    ("dribbble.com/oliviah", ["oliviah"], []),
    ("my site is oliviahartmann.de", ["oliviahartmann"], []),
]

# Fifth round: asks to move off the platform in many shapes, and refusals that must pass.
FLAGS_5 = """
what is your whatsapp number?
do you have whatsapp?
do you have telegram or signal?
can we talk on whatsapp instead?
can you send me your personal email?
give me your number and I'll call you
let's take this offline
let's move this conversation to email
I'd rather talk outside this app
we can skip the platform fees if you pay me directly
it's cheaper to book me directly
pay me directly and I'll give you a discount
I can do it for less outside the platform
text me so we can chat privately
add me on skype so we can discuss
contact me privately
¿tienes whatsapp?
¿me das tu correo?
hablemos fuera de la plataforma
te cobro menos si pagas por fuera
mándame un whatsapp
hast du WhatsApp?
gib mir mal deine Handynummer
wir können das auch direkt machen, ohne Gebühren
schreib mir privat
tu as WhatsApp ?
on peut continuer par mail ?
je te fais un prix si on passe en direct
donne-moi ton 06
você tem whatsapp?
me chama no whats
podemos fechar por fora da plataforma
me passa teu contato
"""
NO_FLAGS_5 = """
I don't have WhatsApp, sorry.
We can't move this to email, the platform doesn't allow it.
Please keep all communication on the platform.
Never share your phone number with clients.
I won't pay outside the platform.
The client asked for my number but I said no.
No puedo pasarte mi WhatsApp.
Ich gebe meine Nummer nicht raus.
Je ne donne pas mon numéro.
Não passo meu WhatsApp, desculpa.
We're building a WhatsApp chatbot for the client.
What's your budget?
What's your preferred color palette?
Can I get your feedback?
Let's continue tomorrow.
Let's continue with the logo.
Contact me here anytime.
Send me your files here.
"""

# Sixth round: names that are also words ("Central Park" for Sam Park), reversed names.
SAM = {
    "name": "Sam Park",
    "email": "sam.park@gmail.com",
    "phone": "+1 213 555 0177",
    "company": "Park & Hill Design",
}
MARIA = {
    "name": "Maria José Santos",
    "email": "mjsantos@uol.com.br",
    "phone": "+55 11 91234-5678",
    "company": "Santos Arquitetura",
}
BENIGN_6 = [  # (text, identities)
    ("We shot the campaign in Central Park last year.", [SAM]),
    ("Park the idea for now, we'll revisit.", [SAM]),
    ("The design park concept is nice.", [SAM]),
    ("Same as last time, please.", [SAM]),
    ("Sam, could you send the draft?", []),
    ("The client loved the Santos beach photos.", []),
    ("Maria, the drafts look great!", []),
    ("The hill in the background is too dark.", [SAM]),
    ("Use the gmail logo only as an example.", [SAM]),
    ("Order 55501 77 pieces.", [SAM]),
    ("Call it 'Design Park' in the deck.", []),
    ("The total is 213 units at $5.55.", [SAM]),
    ("Architecture firms like Santos & Co. are our target.", []),
]
LEAKS_6 = [  # (text, secrets, identities)
    ("I'm Sam Park, nice to meet you", ["sampark"], [SAM]),
    ("Sam here from Park & Hill", ["parkhill"], [SAM]),
    ("s.a.m.p.a.r.k@gmail", ["sampark"], [SAM]),
    ("my gmail: sam . park", ["sampark"], [SAM]),
    ("213-555-0177", ["5550177"], [SAM]),
    ("two one three five five five zero one seven seven", ["5550177"], [SAM]),
    ("Maria José here 🙂", ["mariajose"], [MARIA]),
    ("I'm María José Santos", ["mariajosesantos"], [MARIA]),
    ("SANTOS ARQUITETURA is my firm", ["santosarquitetura"], [MARIA]),
    ("mjsantos at uol", ["mjsantos"], [MARIA]),
    ("whats 11 91234 5678", ["912345678"], [MARIA]),
    ("Santos, Maria J.", ["santos"], [MARIA]),
]

# Seventh round: a leak inside ordinary business text; the business parts must survive.
MIXED_7 = [  # (text, secrets, business parts that must survive)
    (
        (
            "Thanks for order #44512! Total $1,240.00, delivery 12/05. "
            "For urgent stuff call 312-555-0147."
        ),
        ["5550147"],
        ["#44512", "$1,240.00", "12/05"],
    ),
    (
        (
            "Version 2.3.1 is live. If anything breaks email me at ops.mike@gmail.com, "
            "ticket 5521 otherwise."
        ),
        ["opsmike"],
        ["2.3.1", "5521"],
    ),
    (
        "Meeting 10:30-11:00, room 4B. My cell if you're late: 0176 4452 9130",
        ["44529130"],
        ["10:30-11:00", "4B"],
    ),
    (
        "The file report_2024.pdf is 2.4 MB; my site jdoe.design has the rest",
        ["jdoedesign"],
        ["report_2024.pdf", "2.4 MB"],
    ),
    (
        "Invoice INV-2291 for 3 x 450 € — pay via IBAN DE89 3704 0044 0532 0130 00",
        ["370400440532013000"],
        ["INV-2291", "450 €"],
    ),
    (
        "Score 3-1 yesterday lol. btw my snap is jd_22, we're at 88 Oak Lane",
        ["jd22", "88oaklane"],
        ["3-1"],
    ),
    (
        "Precio 1.250 €, entrega 15/07. Mi WhatsApp: +34 612 34 56 78",
        ["612345678"],
        ["1.250 €", "15/07"],
    ),
    (
        "Preis 890 €, Lieferung KW 23. Meine Nummer: 0151 2345 6789",
        ["23456789"],
        ["890 €", "KW 23"],
    ),
    (
        "Prix 300 €, livraison le 03/09. Mon numéro : 06 11 22 33 44",
        ["611223344"],
        ["300 €", "03/09"],
    ),
    ("Preço R$ 500, entrega dia 10. Meu zap: (21) 98888-7777", ["988887777"], ["R$ 500"]),
]

# Eighth round: other scripts' digits, separators, handles named before the platform.
LEAKS_8 = [  # (text, secrets)
    ("call ٥٥٥١٢٣٤٥٦٧", ["1234567"]),
    ("call ५५५१२३४५६७", ["1234567"]),
    ("call ⁴¹⁵⁵⁵⁵²⁶⁷¹", ["5552671"]),
    ("555 - 123 - 4567", ["1234567"]),
    ("5-5-5-1-2-3-4-5-6-7", ["1234567"]),
    ("five five five - one two three - four five six seven", ["1234567"]),
    ("call me: 5 five 5, 1 two 3, 4 five 6 seven", ["1234567"]),
    ("jane+work@gmail.com", ["janework"]),
    ("josé@dominio.es", ["jose"]),
    ("linktr.ee/janedoe", ["janedoe"]),
    ("tinyurl.com/jd88x", ["jd88x"]),
    ("meu insta é janedoe", ["janedoe"]),
    ("mon insta c'est janedoe", ["janedoe"]),
    ("mein insta ist janedoe", ["janedoe"]),
    ("mi insta: janedoe", ["janedoe"]),
    ("jane doe at gmail dot com", ["doe"]),
    ("reach me at jane at janedoe dot com", ["janedoe"]),
    ("call me at 415 555 2671 ext. 22", ["5552671"]),
    ("tel:+14155552671", ["5552671"]),
    ("mailto:jane@x.io", ["jane"]),
    ("WhatsApp • +44 7911 123456", ["7911123456"]),
    ("(415)5552671", ["5552671"]),
    ("+1-415-555-2671", ["5552671"]),
    ("my number is 415 555 2671.", ["5552671"]),
    ("415.555.2671!", ["5552671"]),
    ("phone: four-one-five, five-five-five, two-six-seven-one", ["5552671"]),
    ("four hundred fifteen, five five five, twenty six seventy one", ["5552671"]),
    ("I'm janedoe88 on Instagram", ["janedoe88"]),
    ("Insta - janedoe88", ["janedoe88"]),
]

# Ninth round: code and tech names that look like domains or addresses.
BENIGN_9 = """
We use ASP.NET Core and Node.js on the backend.
print(self.name) shows the wrong value.
user.email = form.email before saving.
socket.io handles the realtime part.
The value of obj.name is null after the update.
Set `config.dev` to true in the repo.
Call res.json() and check data.items.
Vue.js and Next.js are both fine for the landing page.
"""

# Tenth round: codes, references and measurements in everyday business chat.
BENIGN_10 = """
Let's meet at 5.30pm for the review.
The shoot takes 1h30 plus setup.
Bake at 180 °C for 25-30 min.
Invoice 000123 paid on 2024.05.06.
We're at 75% completion, 3 of 4 milestones done.
The file is v3_FINAL_final2.psd (1.2 GB).
My kid's school is on Elm, so I leave at 3.
Can you make the 2nd and 3rd images brighter?
Use 16:9 for YouTube and 9:16 for stories.
Sizes 36, 38, 40, 42 in stock.
Batch #77 and #78 shipped, #79 pending.
Reach 10k followers by Q3 — goal.
Please mark 555 entries as duplicates.
Ticket ID: 8841-2231-0092
Case number 2024-CV-00123 is closed.
PO 4500012345 approved.
Confirmation code: X7K9Q2.
Booking ref ABC123, seat 14C.
Model SM-G991B, firmware G991BXXU5CVK1.
The barcode is 5901234123457.
Phone case, 6.1 inch, 2 colours.
Our call volume dropped 12% in May.
Contact form submissions: 1,024 this week.
The sign says "Open 24/7".
Dial-up era design, like 1999.
1 Corinthians 13:4-7 for the wedding card.
Interest rate 4.25% for 30 years.
Coordinates 40.7128, -74.0060 for the map pin.
Heights: 5'11" and 6'2".
We need the 4K version at 3840x2160.
Between 2pm-4pm works best, otherwise 10-12.
2021-2022 season recap.
Listed at $349,000, 3 bed 2 bath.
Orders 10001-10050 are the wholesale batch.
Use code 2468 for the door, it changes daily.
The hotline number is on the brand site, not mine.
I'm in room 1204 at the Hilton for the event.
Flight number UA 857, gate 42.
Chapter 11 filing in 2009 was public.
Ext. 204 is the design desk at the office.
Item 3 of 12: hero banner.
Rate 120/h × 16 h = 1920.
The ZIP is 90210, the area is fine.
Highway 101 was closed.
Win 10 / Win 11 compatible.
"""

# Eleventh round: casual phrasing, radio-style digits, five-language spelled numbers.
LEAKS_11 = [  # (text, secrets)
    ("hey its easier if u just email me, name is tomas.r and its a gmail", ["tomasr"]),
    ("I'm tomas_r92 pretty much everywhere (insta, tiktok)", ["tomasr92"]),
    ("my number? 6 4 6 . 5 5 5 . 0 1 9 9", ["5550199"]),
    ("number is 646 555 oh one nine nine", ["5550199"]),
    ("646-555-O199", ["5550199"]),
    ("six four six, fife fife fife, zero one niner niner", ["5550199"]),
    ("call: +1 646 555 01 99", ["5550199"]),
    ("reach me at six-four-six 555-0199", ["5550199"]),
    ("whatsapp = 0034 612 345 678", ["612345678"]),
    ("skype: tomas.ruiz.design", ["tomasruizdesign"]),
    ("find me: @tomas.ruiz (insta)", ["tomasruiz"]),
    ("tomas dot ruiz at outlook", ["tomasruiz"]),
    ("email -> tomas.ruiz [at] outlook.com", ["tomasruiz"]),
    ("TOMAS RUIZ AT OUTLOOK DOT COM", ["tomasruiz"]),
    ("t o m a s r u i z @ outlook", ["tomasruiz"]),
    ("my site: tomasruiz。com", ["tomasruiz"]),
    ("tomasruiz(.)com", ["tomasruiz"]),
    ("http://tomasruiz.com", ["tomasruiz"]),
    ("tomasruiz.com/contact", ["tomasruiz"]),
    ("bit.ly/tomas-r", ["tomasr"]),
    ("venmo - @tomas-ruiz-3", ["tomasruiz3"]),
    ("paypal me at paypal.me/tomasr", ["tomasr"]),
    ("cash app $TomasR92", ["tomasr92"]),
    ("I'm at 221 Maple Avenue, Unit 3", ["221maple"]),
    ("my studio: 55 Water St., Brooklyn NY 11201", ["55water"]),
    ("Estoy en Calle Gran Vía 28, 4º izq.", ["granvia28"]),
    ("Ich wohne in der Bergmannstraße 102", ["bergmannstrasse102"]),
    ("Je suis au 3 place de la République", ["3placedelarepublique"]),
    ("Estou na Rua da Consolação, 2000", ["consolacao2000"]),
    ("telefon: null sieben neun eins, zwei drei vier fünf sechs sieben", ["234567"]),
    ("numéro: zéro sept, un deux, trois quatre, cinq six, sept huit", ["0712345678"]),
    ("meu cel é nove, nove, oito, sete, seis, cinco, quatro, três, dois", ["998765432"]),
    ("mi número es el seis cero cero, doce, treinta y cuatro, cincuenta y seis", ["600123456"]),
]

# (lang, category, text, secrets): more countries' formats, bank details, glued and
# stand-in at signs
LEAKS_12 = [('en',
  'email',
  'my personal email is dkowalski.carpentry@gmail.com if the chat acts up',
  ['dkowalskicarpentry']),
 ('en', 'email', 'u can reach me on steph underscore m92 at hotmail', ['stephm92']),
 ('es', 'email', 'Mándame los planos a ingenieria.torres@outlook.com porfa', ['ingenieriatorres']),
 ('de', 'email', 'Bitte an info at malerbetrieb-krause punkt de schicken', ['malerbetriebkrause']),
 ('fr', 'email', 'envoie moi ça sur mon mail perso: n.girard84 @ free . fr', ['ngirard84']),
 ('pt', 'email', 'me chama no email bruna.costa.arq arroba gmail ponto com', ['brunacostaarq']),
 ('en', 'email', 'email: alex [dot] reyes [at] proton [dot] me', ['alexreyes']),
 ('en', 'email', 'shoot it over to mwright AT wrightbuild DOT co DOT uk', ['wrightbuild']),
 ('en', 'phone', "Text me on 0412 883 190, I'm in Sydney", ['412883190']),
 ('en', 'phone', 'my cell is six one nine, eight oh four, two two seven three', ['6198042273']),
 ('es', 'phone', 'Mi celular es 55 3412 8876, escríbeme por whats', ['5534128876']),
 ('de', 'phone', 'Erreichbar unter +49 (0) 151 2345 6781', ['15123456781']),
 ('fr',
  'phone',
  "tu peux m'appeler au zéro six, quarante-deux, dix-huit, soixante-trois, quatre-vingt-dix",
  ['642186390']),
 ('pt', 'phone', 'Meu número: +351 93 456 7812', ['934567812']),
 ('en', 'phone', 'call me at 3I0-555-0l99', ['3105550199']),
 ('en', 'phone', 'phone is 7 1 8 . 5 5 5 . 0 1 2 2', ['7185550122']),
 ('es',
  'phone',
  'llámame al seis cuatro cero, veintidós, treinta y tres, cuarenta y cuatro',
  ['640223344']),
 ('en', 'phone', 'My number: 👉 4️⃣1️⃣5️⃣ 8️⃣0️⃣9️⃣ 3️⃣3️⃣2️⃣1️⃣', ['4158093321']),
 ('de',
  'phone',
  'meine Nummer ist null eins fünf zwei, drei acht sieben, sechs sechs null eins',
  ['1523876601']),
 ('en', 'phone', 'ring me on +44 7700 900 123', ['7700900123']),
 ('en', 'url', "here's my portfolio: https://dribbble.com/anyaklein", ['anyaklein']),
 ('en', 'url', 'more examples at www.hartleyjoinery.co.uk/gallery', ['hartleyjoinery']),
 ('es', 'url', 'mira mis trabajos en estudio-nogal.com.ar', ['estudionogal']),
 ('de', 'url', 'Referenzen auf fliesen-yilmaz.de/referenzen', ['fliesenyilmaz']),
 ('fr', 'url', 'tout est sur mon site : atelier-bois-vivant point fr', ['atelierboisvivant']),
 ('pt', 'url', 'dá uma olhada no meu site fotografiaclara.com.br', ['fotografiaclara']),
 ('en', 'url', 'my wix site: oliviamakes dot wixsite dot com slash home', ['oliviamakes']),
 ('en', 'handle', 'find me on the gram, @kiln.and.clay', ['kilnandclay']),
 ('en', 'handle', 'hmu on snap - bradleyy.r', ['bradleyyr']),
 ('es', 'handle', 'búscame en insta como @tatuajes_lunanegra', ['tatuajeslunanegra']),
 ('de', 'handle', 'Schreib mir auf Telegram: @schreiner_hofmann', ['schreinerhofmann']),
 ('fr', 'handle', 'ajoute-moi sur insta : la_petite_couturiere', ['lapetitecouturiere']),
 ('pt', 'handle', 'me segue no insta @doces.da.vovo.rj', ['docesdavovorj']),
 ('en', 'handle', 'dm me on twitter / x: @rkhanbuilds', ['rkhanbuilds']),
 ('en', 'handle', 'my discord is gr1mreaper_99', ['gr1mreaper99']),
 ('en', 'payment', 'just send the deposit to my cashapp $TreLawns', ['trelawns']),
 ('en', 'payment', 'venmo is @Danny-Oakes (last four 4471)', ['dannyoakes']),
 ('de', 'payment', 'Überweisung bitte auf DE44 5001 0517 5407 3249 31', ['44500105175407324931']),
 ('es', 'payment', 'te paso mi cuenta: ES79 2100 0813 6101 2345 6789', ['7921000813610123456789']),
 ('pt', 'payment', 'faz o pix pra chave 11 98877 6655', ['11988776655']),
 ('fr', 'payment', 'paye-moi sur paypal : paypal.me/lucasbernard75', ['lucasbernard75']),
 ('en',
  'address',
  'you can drop the samples at 2217 Maple Ridge Dr, Austin TX 78745',
  ['2217maple']),
 ('en', 'address', 'Flat 3, 41 Wellington Street, Glasgow G2 6HJ', ['41wellington']),
 ('es', 'address', 'vivo en Calle Mayor 23, 2º izq, 28013 Madrid', ['mayor23']),
 ('de', 'address', 'Lieferadresse: Bahnhofstraße 12a, 70173 Stuttgart', ['bahnhofstraße12a']),
 ('fr',
  'address',
  "passe à l'atelier, 8 impasse des Tilleuls, 33000 Bordeaux",
  ['8impassedestilleuls']),
 ('pt', 'address', 'o endereço é Rua das Laranjeiras 215, ap 302, Rio', ['laranjeiras215']),
 ('en',
  'email',
  "pls send to my wife's email, it's jenny.w.smith at yahoo dot com, she handles the payments",
  ['jennywsmith']),
 ('en', 'email', "my email's on my profile pic lol, but its coolbreeze at aol", ['coolbreeze']),
 ('de', 'email', 'E-Mail: kontakt@dachdecker-schulz.de', ['dachdeckerschulz']),
 ('es', 'email', 'escribeme al correo: m a r i a . l u z 9 0 arroba gmail', ['marialuz90']),
 ('fr', 'email', "mon adresse c'est thomas.roux(at)sfr.fr", ['thomasroux']),
 ('pt', 'email', 'meu gmail: pedrohenrique.dev', ['pedrohenriquedev']),
 ('en',
  'email',
  'email me, first name dot last name at gmail: oscar dot lindqvist',
  ['oscarlindqvist']),
 ('en', 'email', 'sam at samuelfox dot design', ['samuelfox']),
 ('en', 'email', 'my addy: kyle_m@icloud .com', ['kylem']),
 ('en', 'phone', 'my cell: 2 one 2 - 4 4 7 - 9 zero 3 1', ['2124479031']),
 ('es', 'phone', 'whatsapp +34 678 90 12 34', ['678901234']),
 ('de', 'phone', 'call 0049 171 8899 445', ['1718899445']),
 ('fr', 'phone', "mon 06 c'est le 06 71 84 22 90", ['671842290']),
 ('pt', 'phone', 'me liga no (48) 99912-3344', ['999123344']),
 ('en', 'phone', 'call me on eight four seven 555 zero one nine two', ['8475550192']),
 ('en', 'phone', 'my phone number is 646.555.0123 but text first', ['6465550123']),
 ('en', 'phone', 'num is +1 (404) 555–0178', ['4045550178']),
 ('de', 'phone', 'Telefon: 0221 / 9 87 65 43', ['2219876543']),
 ('pt', 'phone', 'zap onze nove nove oito sete seis, cinco quatro três dois', ['998765432']),
 ('fr', 'phone', 'tél. : +33 (0)1 84 88 12 34', ['184881234']),
 ('en', 'phone', 'Text me 📱 305 555 0161', ['3055550161']),
 ('en', 'phone', 'ring 07911 123456 after 6', ['7911123456']),
 ('en', 'url', 'check my work at carlosmendez.myportfolio.com', ['carlosmendez']),
 ('en', 'url', 'take a look at behance dot net slash lenavogt', ['lenavogt']),
 ('de', 'url', 'web: www.zimmerei-brandt.at', ['zimmereibrandt']),
 ('es', 'url', 'mi tienda online: tienda.ceramicasol.mx', ['ceramicasol']),
 ('fr', 'url', 'mon portfolio est en ligne, juliettedesign.fr', ['juliettedesign']),
 ('en', 'url', "Google 'kline-roofing.com' and you'll see the reviews", ['klineroofing']),
 ('en', 'handle', 'my ig is amberlynn.photo', ['amberlynnphoto']),
 ('en', 'handle', 'add me on fb: facebook.com/derek.stone.5', ['derekstone5']),
 ('en', 'handle', "whats your snap? mine's tay_tay_04", ['taytay04']),
 ('en', 'handle', 'Telegram @mehmet_usta34 yaz bana', ['mehmetusta34']),
 ('es', 'handle', 'Encuéntrame en TikTok: @reformas.express', ['reformasexpress']),
 ('de', 'handle', 'auf Insta bin ich als @gartenglueck.bonn unterwegs', ['gartenglueckbonn']),
 ('pt', 'handle', 'me acha no insta, arroba studio.ink.poa', ['studioinkpoa']),
 ('en', 'handle', 'my linkedin: linkedin.com/in/grace-obi-pe', ['graceobipe']),
 ('en', 'handle', 'kik me: sunnyside_98', ['sunnyside98']),
 ('en', 'payment', 'pay me via zelle at marco.tile@gmail.com', ['marcotile']),
 ('en', 'payment', 'my paypal is paypal.me/RoofRescueLLC', ['roofrescuellc']),
 ('en', 'payment', 'IBAN: GB29 NWBK 6016 1331 9268 19', ['29nwbk60161331926819']),
 ('en', 'payment', 'you can cashapp me at $ kendra ross', ['kendraross']),
 ('en', 'payment', 'card number 5500 0055 5555 5559 exp 09/26 cvv 123', ['5500005555555559']),
 ('fr',
  'payment',
  'Virement sur FR40 3000 4000 0320 0000 0123 456',
  ['4030004000032000000123456']),
 ('pt', 'payment', 'pix celular (21) 98765-1234', ['987651234']),
 ('en',
  'payment',
  'ETH: 0x52908400098527886E0F7030069857D2E4169EE7',
  ['52908400098527886e0f7030069857d2e4169ee7']),
 ('en', 'address', 'Ship to: 742 Evergreen Terrace, Springfield, OR 97477', ['742evergreen']),
 ('en', 'address', 'my studio is on 3rd floor, 55 Commercial St, Portland ME', ['55commercial']),
 ('en', 'address', 'Apartment 12, 9 Rosebery Avenue, London EC1R 4SP', ['9rosebery']),
 ('es',
  'address',
  'Mi dirección: Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX',
  ['insurgentessur1602']),
 ('de', 'address', 'Anlieferung: Am Mühlbach 4, 83022 Rosenheim', ['muhlbach4']),
 ('fr', 'address', 'rdv au 27 chemin de la Croix, 69100 Villeurbanne', ['27chemindelacroix']),
 ('pt', 'address', 'Travessa do Carmo 8, 1200-095 Lisboa', ['travessadocarmo8']),
 ('en', 'address', "I'm at 12B Baker Street, come round the back", ['12bbaker']),
 ('en',
  'email',
  'Thanks for the quote! For the contract pls use my work address: priya.n+contracts@lumenlabs.io',
  ['priyan', 'lumenlabs']),
 ('en', 'email', 'you can email me at d a n i e l r 8 4 at gmail', ['danielr84']),
 ('es',
  'email',
  'te dejo mi correo por si acaso: lucia punto herrera ochenta y ocho arroba hotmail punto com',
  ['luciaherrera']),
 ('de', 'email', 'meine mail: sabine-weiss(ät)t-online(.)de', ['sabineweiss']),
 ('fr', 'email', "mon email pro c'est contact[at]plomberie-morel[.]fr", ['plomberiemorel']),
 ('pt', 'email', 'manda no e-mail rafa_souza92 @ hotmail.com', ['rafasouza92']),
 ('en', 'email', 'Emal me: bigmike_hvac AT yahoo.com', ['bigmikehvac']),
 ('en',
  'email',
  'my email is my name all lowercase no spaces @ outlook: ellenvasquez',
  ['ellenvasquez']),
 ('en', 'email', 'grace dot oyelaran at gmail dot com', ['graceoyelaran']),
 ('en', 'phone', 'Call me on +91 98450 12345 anytime after 10am IST', ['9845012345']),
 ('en', 'phone', 'my number +234 803 555 0199 (whatsapp too)', ['8035550199']),
 ('en', 'phone', "Text 0917 555 1234, I'm in Manila", ['9175551234']),
 ('en', 'phone', '+81 90-1234-5678 is my cell', ['9012345678']),
 ('es', 'phone', 'mi whats: 311 555 7788 (Colombia)', ['3115557788']),
 ('es', 'phone', 'Llámame al 9 uno uno, dos dos, tres tres, cuatro cuatro', ['911223344']),
 ('de', 'phone', 'Handynummer: 0 1 6 3 / 4 4 5 5 6 6 7', ['1634455667']),
 ('fr',
  'phone',
  'Mon portable: zéro sept, quatre-vingt-un, vingt-deux, trente-trois, quarante-quatre',
  ['781223344']),
 ('pt',
  'phone',
  'liga pra mim: nove oito sete seis cinco, quatro três dois um zero',
  ['9876543210']),
 ('en', 'phone', 'call me at 2 0 6 - 5 5 5 - 0 1 4 8 after lunch', ['2065550148']),
 ('en', 'phone', 'my digits r 773 five five five 0 one 9 9', ['7735550199']),
 ('en', 'phone', 'ph#: (512)555-0137', ['5125550137']),
 ('en', 'phone', 'WhatsApp only: 447700900777', ['7700900777']),
 ('en', 'phone', 'cell +39 333 123 4567', ['3331234567']),
 ('en',
  'url',
  "I've put the mockups on my site → novaprint-studio.com/clients/acme",
  ['novaprintstudio']),
 ('en', 'url', 'portfolio at kenji-sato dot dev', ['kenjisato']),
 ('es', 'url', 'echale un ojo a www .reformasgarcia. es', ['reformasgarcia']),
 ('de', 'url', 'Mehr Infos unter https://tischlerei-vogel.de', ['tischlereivogel']),
 ('fr', 'url', 'mes réalisations: www.menuiserie-petit.fr/galerie', ['menuiseriepetit']),
 ('pt', 'url', 'site: https://studiobossa.com.br/portfolio', ['studiobossa']),
 ('en', 'url', 'all on my linktree: linktr.ee/coastal.captures', ['coastalcaptures']),
 ('en',
  'handle',
  'you can see more of my stuff on insta (hannah.paints.things)',
  ['hannahpaintsthings']),
 ('en', 'handle', 'my @ on instagram is petals_and_pine', ['petalsandpine']),
 ('en', 'handle', 'tiktok: theflooringguy_', ['theflooringguy']),
 ('en', 'handle', 'message me on telegram - username olegb_dev', ['olegbdev']),
 ('es', 'handle', 'sígueme en ig: @panaderia.el.trigal', ['panaderiaeltrigal']),
 ('de',
  'handle',
  'Auf Instagram findest du mich unter holzliebe_manufaktur',
  ['holzliebemanufaktur']),
 ('fr', 'handle', 'sur snap je suis lucie.mrt', ['luciemrt']),
 ('pt', 'handle', 'meu insta é ana_unhas_sp', ['anaunhassp']),
 ('en', 'handle', 'add me on Signal, same username as here + 22: mikeT22', ['miket22']),
 ('en', 'payment', 'send the $200 deposit to my Venmo: Jess-Parker-44', ['jessparker44']),
 ('en', 'payment', 'paypal: jw.carpentry.llc@gmail.com', ['jwcarpentryllc']),
 ('en',
  'payment',
  'pay by ACH: acct 000123456789, routing 021000021 (Chase)',
  ['000123456789', '021000021']),
 ('de', 'payment', 'Konto: IBAN AT61 1904 3002 3457 3201, BIC BKAUATWW', ['611904300234573201']),
 ('es',
  'payment',
  'hazme un bizum al seis uno dos, tres cuatro cinco, seis siete ocho',
  ['612345678']),
 ('pt', 'payment', 'PIX (CPF): 529.982.247-25', ['52998224725']),
 ('en', 'payment', 'cashapp is $ marcus-tiles', ['marcustiles']),
 ('en',
  'address',
  'Site address is 1412 W Belmont Ave Unit 3, Chicago IL 60657',
  ['1412wbelmont']),
 ('en', 'address', 'Come to 27 Ocean Parade, Bondi NSW 2026', ['27ocean']),
 ('en', 'address', "we're at 350 Bay Street, Suite 700, Toronto", ['350bay']),
 ('es', 'address', 'Estoy en Carrera 15 #93-47, Bogotá', ['carrera15']),
 ('de', 'address', 'Kommen Sie vorbei: Schillerplatz 3, 1010 Wien', ['schillerplatz3']),
 ('en', 'address', 'my studio: Via Roma 24, 20121 Milano', ['viaroma24']),
 ('fr', 'address', 'Adresse de livraison : 14 allée des Pins, 44300 Nantes', ['14alleedespins']),
 ('pt', 'address', 'fica na Av. Brasil, 2020 - Centro, Curitiba', ['brasil2020']),
 ('en', 'address', 'ons adres: Keizersgracht 123, 1015 CJ Amsterdam', ['keizersgracht123']),
 ('en', 'email', 'email kristenbaylorATgmailDOTcom', ['kristenbaylor']),
 ('en', 'email', 'replace the # with @: tom.hendrix#outlook.com', ['tomhendrix']),
 ('en', 'email', 'write to me — r o b e r t o . f e r r i (at) libero . it', ['robertoferri']),
 ('de', 'email', 'mein E-Mail ist lukas punkt brenner at gmail punkt com', ['lukasbrenner']),
 ('pt', 'email', 'mail: contato@padariaestrela.com.br', ['padariaestrela']),
 ('fr', 'email', 'adresse mail: emma.leroy arobase gmail.com', ['emmaleroy']),
 ('es', 'email', 'correo: carlos_mtz77 (arroba) gmail (punto) com', ['carlosmtz77']),
 ('en', 'email', 'email me at sаrа.jоnеs@gmаil.com', ['sarajones']),
 ('en', 'email', 'my email is jess\u200b.\u200bparker\u200b@\u200bgmail.com', ['jessparker']),
 ('en', 'email', 'email (remove spaces): m a x w e l l h @ p m . m e', ['maxwellh']),
 ('en', 'phone', 'call me: ➏➍➏ ➎➎➎ ⓿➊➋➌', ['6465550123']),
 ('en', 'phone', 'number is 6 4 6 five 5 5 oh one two three', ['6465550123']),
 ('es', 'phone', 'cel: cinco cinco, dos tres cuatro cinco, seis siete ocho nueve', ['5523456789']),
 ('es', 'phone', 'WA ➡️ +52 1 33 1234 5678', ['3312345678']),
 ('de', 'phone', 'Festnetz: (030) 2345678', ['302345678']),
 ('fr', 'phone', 'tel fixe 04 91 23 45 67', ['491234567']),
 ('pt', 'phone', 'me chama no zap: 31 9 9876 5432', ['998765432']),
 ('en', 'phone', 'txt me at 9 1 7. 5 5 5. 0 1 6 8 thx', ['9175550168']),
 ('en', 'phone', 'my number: 415-555-ZERO-ONE-NINE-NINE', ['4155550199']),
 ('en', 'phone', 'call 1 (800) 555 0175', ['8005550175']),
 ('en', 'phone', 'whatsapp: +31 6 1234 5678', ['612345678']),
 ('en', 'phone', 'ring me, 0 7 8 1 2 3 4 5 6 7 8', ['7812345678']),
 ('en',
  'url',
  'the designs are up at dub dub dub dot brightlinestudio dot com',
  ['brightlinestudio']),
 ('en', 'url', 'my site is marcusfilms [dot] co', ['marcusfilms']),
 ('es', 'url', 'Website: maria-gonzalez-fotografia.es', ['mariagonzalezfotografia']),
 ('en', 'url', 'Portfolio: https://www.artstation.com/yukiart', ['yukiart']),
 ('de', 'url', 'Besuch uns auf www.baeckerei-huber.de!', ['baeckereihuber']),
 ('en', 'url', 'notion page: notion.so/ben-walker-resume-8f3a', ['benwalker']),
 ('en', 'url', 'my calendly is calendly.com/dr-amy-chen', ['dramychen']),
 ('en', 'handle', "I'm @builtbybrooke on pretty much everything", ['builtbybrooke']),
 ('en', 'handle', "hit me up on IG, it's jen.bakes.pdx", ['jenbakespdx']),
 ('en', 'handle', 'yt channel: youtube.com/@WoodshopWill', ['woodshopwill']),
 ('en', 'handle', 'Threads: @ceramica.luz', ['ceramicaluz']),
 ('es', 'handle', 'Si quieres ver más, mi Instagram: arquitecta.valeria', ['arquitectavaleria']),
 ('de', 'handle', 'Folge mir auf TikTok @malermeister_jan', ['malermeisterjan']),
 ('fr', 'handle', 'insta → boulangerie.dupain', ['boulangeriedupain']),
 ('pt', 'handle', 'me segue lá no insta: @confeitaria.da.ju', ['confeitariadaju']),
 ('en', 'handle', 'my snapchat username is k-dubb23', ['kdubb23']),
 ('en', 'handle', 'add me on discord: ghostrider.eth', ['ghostridereth']),
 ('en', 'payment', 'venmo me 50 for materials: @sophia-lin-3', ['sophialin3']),
 ('en', 'payment', 'you can also paypal me at paypal dot me slash kbrooks', ['kbrooks']),
 ('en', 'payment', 'IBAN NL91 ABNA 0417 1643 00', ['91abna0417164300']),
 ('de', 'payment', 'Bitte überweisen an CH84 0483 0000 1234 5678 9', ['8404830000123456789']),
 ('en', 'payment', 'Cash app: $AlexRivera77', ['alexrivera77']),
 ('en', 'payment', 'card: 4242-4242-4242-4242', ['4242424242424242']),
 ('es', 'payment', 'mi alias de Mercado Pago es juan.perez.mp', ['juanperezmp']),
 ('en', 'address', 'Deliver to 88 Pine St Apt 12C, Brooklyn NY 11201', ['88pine']),
 ('en', 'address', 'Unit 5/22 Smith Street, Fitzroy VIC 3065', ['22smith']),
 ('en', 'address', "It's the house at 16 Chestnut Close, Reading RG4 7HT", ['16chestnut']),
 ('es', 'address', 'Calle Gran Vía 32, 4º D, 28013 Madrid', ['granvia32']),
 ('de', 'address', 'Wir sitzen in der Friedrichstraße 123, 10117 Berlin', ['friedrichstraße123']),
 ('fr', 'address', "L'adresse : 3 place Bellecour, 69002 Lyon", ['3placebellecour']),
 ('pt',
  'address',
  'Rua Oscar Freire, 900 - Jardins, São Paulo - SP, 01426-001',
  ['oscarfreire900']),
 ('de',
  'email',
  'Schick die Unterlagen an buero at schreinerei-lang punkt de bitte',
  ['schreinereilang']),
 ('es', 'email', 'contact at casa-verde-events dot com dot mx', ['casaverdeevents']),
 ('en', 'url', 'check behance dot net slash mira_k for more', ['mirak']),
 ('en', 'url', 'my work is at dribbble dot com slash tomasz', ['tomasz']),
 ('en', 'handle', "what's your insta? mine's bella.bakes_22", ['bellabakes22']),
 ('en', 'handle', 'snap? mines jordy.k99', ['jordyk99']),
 ('pt', 'handle', 'me segue no insta, arroba atelie.luna', ['atelieluna']),
 ('es', 'handle', 'sígueme en insta arroba pasteleria_sol', ['pasteleriasol']),
 ('en',
  'payment',
  'wire it: acct 4401 2299 8812, routing 026009593',
  ['440122998812', '026009593']),
 ('en',
  'payment',
  'bank transfer please: sort code 20-45-77, account number 41925816',
  ['204577', '41925816']),
 ('pt', 'payment', 'Transferência: Itaú ag 0123 conta corrente 45678-9', ['456789']),
 ('en', 'phone', 'phone is on the invoice too: (212) 555-0107', ['2125550107']),
 ('es',
  'phone',
  'mi teléfono está en la factura: seis cero seis, uno dos, tres cuatro, cinco seis',
  ['606123456']),
 ('en', 'phone', 'call 415 555 0199 after 7pm', ['4155550199']),
 ('en', 'email', 'mail: pedro_lima77ATgmailDOTcom', ['pedrolima77']),
 ('en', 'email', 'replace * with @: nina.roberts*gmail.com', ['ninaroberts']),
 ('en', 'handle', "I'm @kaylamakesthings everywhere", ['kaylamakesthings']),
 ('en', 'handle', 'same handle on all the apps: @rustybuckets', ['rustybuckets']),
 ('en', 'handle', "IG, it's marco.tattoo.ink", ['marcotattooink']),
 ('es', 'payment', 'pagame por Yape al 987 654 321', ['987654321']),
 ('es', 'payment', 'mercadopago alias: lucas.gomez.mp', ['lucasgomezmp']),
 ('en', 'address', 'Unit 3/45 Ocean Street, Bondi NSW 2026', ['45ocean']),
 ('en', 'address', '2/118 Beach Road, St Kilda VIC 3182', ['118beach'])]

# (lang, text, secrets, identity)
IDENTITY_12 = [('en',
  'my name is Rachel Owens btw, look me up',
  ['rachelowens'],
  {'email': 'rowens@owensdesign.com', 'name': 'Rachel Owens'}),
 ('en',
  'or just call me on the number on my business card, 503 555 0187',
  ['5035550187'],
  {'name': 'Mark Dunn', 'phone': '+1 503-555-0187'}),
 ('es',
  'busca Reformas Quintana en google y me encuentras',
  ['reformasquintana'],
  {'company': 'Reformas Quintana', 'name': 'Jorge Quintana'}),
 ('en',
  'look for Sandra Kim Photography on FB',
  ['sandrakim'],
  {'company': 'Sandra Kim Photography', 'name': 'Sandra Kim'}),
 ('en',
  'my other email is the one in my profile: t.baker@bakerandsons.co.uk',
  ['tbaker'],
  {'email': 't.baker@bakerandsons.co.uk', 'name': 'Tom Baker'}),
 ('pt', 'Sou o Thiago Ramos, me procura no google', ['thiagoramos'], {'name': 'Thiago Ramos'}),
 ('en',
  "I'm Derek Holloway, you can find my business online easily",
  ['derekholloway'],
  {'email': 'derek@hollowayhomes.com', 'name': 'Derek Holloway'}),
 ('en',
  'same phone as on the invoice, (718) 555 0144',
  ['7185550144'],
  {'name': 'Ana Ruiz', 'phone': '718-555-0144'}),
 ('fr',
  "mon nom c'est Camille Fournier, cherchez-moi sur LinkedIn",
  ['camillefournier'],
  {'name': 'Camille Fournier'}),
 ('de',
  'Schreib direkt an meine Firmenadresse, die von Elektro Braun GmbH',
  ['elektrobraun'],
  {'company': 'Elektro Braun GmbH', 'name': 'Jens Braun'}),
 ('en',
  'you can reach me at my company email, the one ending in @brennan-co.com',
  ['brennanco'],
  {'email': 'liam@brennan-co.com', 'name': 'Liam Brennan'}),
 ('en', "it's m-e-g-a-n h-a-r-t on fb", ['meganhart'], {'name': 'Megan Hart'}),
 ('es',
  'mi teléfono es el que aparece en la factura: seis uno dos, nueve ocho, siete seis, cinco '
  'cuatro',
  ['612987654'],
  {'name': 'Luis Vidal', 'phone': '+34 612 98 76 54'})]

# (lang, text, history, secrets)
SPLIT_12 = [('en', '555 0143', ['my whatsapp is 786'], ['7865550143']),
 ('en', 'at outlook dot com', ['email me at k.obrien'], ['kobrien']),
 ('es', 'doce treinta y cuatro cincuenta y seis', ['mi número es seis cero seis'], ['606123456']),
 ('en', '@bella.bakes.nyc', ['my insta is'], ['bellabakesnyc']),
 ('pt', '8765-4321', ['meu número é (11) 9'], ['87654321']),
 ('en', 'jake.morrison77', ['my email is at icloud'], ['jakemorrison77']),
 ('es', 'número 14 3ºA, Madrid', ['la dirección es calle del Prado'], ['numero14']),
 ('en', '555 0198 after 5pm', ['call me 773'], ['5550198']),
 ('en', 'underscore lopez at yahoo dot com', ['my email is maria'], ['lopez']),
 ('en', '555 0176 after 6pm', ['text me 312'], ['5550176']),
 ('en', 'tom.lee.88', ['my email is at gmail'], ['tomlee88'])]

# (lang, text): business text full of numbers, at signs, dots and codes
BENIGN_12 = [('en', 'Invoice #2024-0917 is due on 30/09, total $3,450.00'),
 ('en', 'Can we meet @ 3:30pm on Thursday?'),
 ('en', "The wall is 3.2m x 2.75m, I'll need about 18 m² of tiles"),
 ('en', 'Tracking: 9400 1118 9922 3456 7890 12 (USPS)'),
 ('en', 'Order ID DE-7734-2291-AX, shipped via DHL'),
 ('en', 'Ref. ES-2024-0087654 — please keep for your records'),
 ('en', 'Can you send me final_v2.docx and the brand-guide.pdf?'),
 ('en', 'Working hours 9-5, Mon to Fri, 40h/week'),
 ('en', 'Budget is 1.200-1.500 €, depending on materials'),
 ('en', "I'll be there between 10 and 11 tomorrow morning"),
 ('en', 'The score ended 2-1 after extra time haha'),
 ('en', 'Python 3.11.4 and Django 4.2 are what we run in prod'),
 ('en', 'Use the regex ^[\\w.]+@[\\w.]+$ to validate the field'),
 ('en', 'In the template put {{ user.email }} and {{ user.phone }}'),
 ('en', "We're at 98.5% completion, just QA left"),
 ('de', 'Lieferung am 12.03.2025 zwischen 8 und 12 Uhr'),
 ('es', 'El pedido nº 458-2231 llega el martes 14'),
 ('es', 'La factura F-2024/0193 tiene un importe de 2.350,75 €'),
 ('fr', 'Le rendez-vous est à 14h30, salle 2.04, bâtiment C'),
 ('pt', 'A nota fiscal 000.123.456 foi emitida hoje, valor R$ 1.980,00'),
 ('en', 'EAN 4006381333931 is the barcode on the box'),
 ('en', 'The model is HP LaserJet M404dn, firmware 002.2149A'),
 ('en', 'We need 2x4s, 120 pcs at 2.4 m and 60 pcs at 3.6 m'),
 ('en', 'Call notes: spoke at 16:45, agreed on 3 revisions max'),
 ('en', 'e.g. the U.S. version vs the E.U. one, i.e. different plugs'),
 ('en', '#branding #logo work from last year got 1.2k likes'),
 ('en', 'Lot 17-B, parcel 2231/4, per the survey from 1998'),
 ('en', 'The API returns {"email": null, "phone": null} when unset'),
 ('en', 'ping time was 23 ms, download 940 Mbps'),
 ('en', 'Meet at gate B12 at 07:15, flight LH 2041'),
 ('en', 'Set the breakpoint at line 1042 in main.py'),
 ('en', 'Please check section 3.4.2 and appendix B.1'),
 ('de', 'Die Rechnung Nr. 2024-11-0457 über 1.189,00 € ist bezahlt'),
 ('fr', "Mon SIRET ? non, je passe par la plateforme, c'est plus simple."),
 ('pt', 'O prazo é de 15 a 20 dias úteis, entrega até 10/12'),
 ('en', 'Temperature 18-22 °C, humidity below 60%'),
 ('en', 'Room 4.12 on the 4th floor, take elevator B'),
 ('en', 'Order 112-4456789-1234567 from Amazon arrived damaged'),
 ('en', 'The ratio is 1:4:8 for cement, sand and gravel'),
 ('en', "git commit -m 'fix: handle user@host in ssh config'"),
 ('en', 'See you at the office @ 9, bring the 2 USB-C cables'),
 ('en', 'Dimensions: 1200 x 800 x 450 mm, weight 32.5 kg'),
 ('en', "It's version 2.0.1-beta, changelog in CHANGELOG.md"),
 ('en', 'Internal PO reference: PO-GB-2024-000781'),
 ('en', 'My availability: Mon 9–12, Wed 14–18, Fri all day'),
 ('en', 'The total came to £2,340.50 incl. VAT (20%)'),
 ('en', 'Parcel number: JD014600006281234567'),
 ('en', "UPS 1Z 999 AA1 01 2345 6784 — it's out for delivery"),
 ('en', 'FedEx tracking 7749 8391 2203, should arrive by Friday'),
 ('en', 'Set margin to 0.5em and font-size: 14px on .header'),
 ('en', 'Run `docker run -p 8080:80 nginx:1.25` locally'),
 ('en', 'email templates are in /src/emails/welcome.html'),
 ('en', "I'll send the report.xlsx @ noon"),
 ('en', 'The contract says 12 months, renewable, 30 days notice'),
 ('en', 'We hit 1,000,000 views! 🎉'),
 ('en', 'Phone case model iPhone 15 Pro Max, 6.7 inch'),
 ('en', 'Recipe: 250g flour, 2 eggs, 100 ml milk, bake at 180°C for 25-30 min'),
 ('es', 'Pedido 2024/00451: 3 cajas x 12 unidades'),
 ('de', 'Die Maße: 80 x 120 cm, Stärke 18 mm, Gewicht ca. 14 kg'),
 ('fr', 'Devis n° D-2024-0312, validité 30 jours'),
 ('pt', 'O código do produto é 7891000100103 (EAN)'),
 ('en', 'Can you check if the @media query works below 768px?'),
 ('en', 'Invoice no. 2210-4471-0093 attached'),
 ('en', "Flight AA 1234 lands at 6:45 pm, I'll be at the site by 8"),
 ('en', 'Lat/long 51.5074, -0.1278'),
 ('en', 'Use npm i lodash@4.17.21'),
 ('en', 'the meeting is in room 3B @ 2:15'),
 ('en', 'Serial: SN-8842-7719-KQ'),
 ('en', 'Version 3.2 fixes the bug from 3.1.7'),
 ('en', "Twitter's API changed in 2023, so the integration needs an update"),
 ('en', 'We shipped 3,400 units in Q3, up 12.5% YoY'),
 ('en', 'The key is in config/settings.py line 88: DEBUG = False'),
 ('en', 'The gym is open 24/7'),
 ('en', 'Chapter 7, pages 112-140'),
 ('en', 'Apartment sizes range from 45 to 120 m²'),
 ('en', 'The Instagram campaign reached 45k people, CTR 2.3%'),
 ('en', 'Can you make the logo 20% bigger and use #FF5733?'),
 ('en', "That'll be 3 x 45 min sessions = 2h15"),
 ('en', 'Use python -m http.server 8000 to preview index.html'),
 ('pt', 'A reunião ficou para 15/03 às 10h, sala 204'),
 ('es', 'Es la versión 1.4.2 del plano, revisión C'),
 ('fr', 'Total : 1 234,56 € TTC'),
 ('en', 'Zip the files as project_2024-05-12.zip please'),
 ('en', 'Size guide: S 36-38, M 40-42, L 44-46'),
 ('en', "I'm free @ 10am or 4pm EST"),
 ('en', 'Your order #A1B2C3D4 has been confirmed.'),
 ('en', 'The deposit is 30% ($1,350) and the rest on completion'),
 ('en', "Can you do 2:30 instead? I'm stuck at the dentist @ 1"),
 ('en', 'Please reference PO# 7710-2234 on the invoice'),
 ('en', 'Your DHL shipment 1234567890 is in transit'),
 ('en', 'Tracking no. 420 94110 9205 5962 1234 5678 90'),
 ('en', 'The measurements are 2440 x 1220 x 18 mm (standard sheet)'),
 ('en', "It's a 3-bed, 2-bath, ~1,800 sq ft house built in 1987"),
 ('en', 'Use SKU MB-2024-BLK-XL for the black XL version'),
 ('en', 'send me the file named contract_v4_FINAL.pdf'),
 ('en', 'We moved the call to 15:00 CET / 9am ET'),
 ('en', 'The grout ratio is 3:1 and needs 24-48 hours to cure'),
 ('en', 'Windows 11 build 22631.3155 fixes it'),
 ('en', 'In Excel use =SUM(B2:B45)/COUNT(B2:B45)'),
 ('en', 'const url = `${base}/api/v2/users/${id}`;'),
 ('en', 'My rate is €65/h or €480/day, VAT not incl.'),
 ('es', 'Las medidas son 1,20 x 0,80 m y el grosor 3 cm'),
 ('de', 'Der Termin ist am Mo., 03.06. um 10:30 Uhr'),
 ('fr', 'Réf. commande : CMD-2024-05-1187'),
 ('pt', 'O frete custa R$ 45,90 e chega em 5 a 7 dias úteis'),
 ('en', 'Kickoff on the 5th, milestones on the 12th and 26th'),
 ('en', 'There are 12 units @ $45 each = $540'),
 ('en', 'The score was 21-17 in the final quarter'),
 ('en', 'Set DPI to 300, CMYK, bleed 3 mm'),
 ('en', 'Read RFC 5322 for how addresses are parsed'),
 ('en', 'Our team of 4 handled 1.2M requests/day'),
 ('en', "I'll be at the Home Depot on 5th around 10, grabbing supplies"),
 ('en', 'Meet at Starbucks at 9?'),
 ('en', 'The file path is C:\\Users\\Public\\Documents\\plans.dwg'),
 ('en', 'model no. WM-3050-EU, serial 22A4-7781-0093'),
 ('en', 'The event is on 2024-09-14 from 18:00 to 23:00'),
 ('en', 'call it v1.0.0-rc.2 for now'),
 ('en', 'Quantity 1,000 pcs, unit price 0.85 USD, total 850 USD'),
 ('en', 'Insta reels perform better than TikTok for us, 3x engagement'),
 ('en', "We use Slack and Notion internally, but let's keep talking here"),
 ('en', 'check out README.md and docs/setup.md in the repo'),
 ('en', 'Color codes: #1A2B3C, #FFFFFF, rgb(255, 0, 0)'),
 ('en', 'Reminder: project deadline is Fri 21 June @ 17:00'),
 ('en', 'Page 3 of 12, paragraph 4.1.b'),
 ('pt', 'A entrega é no dia 12/07 entre 8h e 12h'),
 ('es', 'El presupuesto nº 2024-118 vence el 30/06'),
 ('fr', "Le plan est à l'échelle 1:50, format A3"),
 ('en', 'The price includes 2 revisions; extra revisions 25 each'),
 ('en', 'Our company was founded in 1998 and has 45 employees'),
 ('en', "My email is the one registered here, I'll check notifications there"),
 ('en', 'Send over the .psd and .ai files when you can'),
 ('en', 'The code is `if (user.email) { sendMail(user) }`'),
 ('en', 'Lunch @ 12:30 then site visit @ 2'),
 ('en', 'Invoice INV-88213 paid on 2024-04-12, $2,150'),
 ('en', 'Tracking number: 1Z 4F8 A92 03 1234 5678'),
 ('en', 'USPS: 9405 5036 9930 0123 4567 89'),
 ('en', 'Royal Mail tracking: AB123456789GB'),
 ('en', 'Order #112-8833451-7762210'),
 ('en', 'Call me old-fashioned, but I prefer PDFs over Google Docs'),
 ('en', 'The building is 120 years old, built 1904'),
 ('en', 'Can you finish by the 15th? We launch 15/07 at 09:00'),
 ('en', 'I need 4 x 2.5m lengths and 6 x 1.8m'),
 ('en', 'Use the @Component decorator in Angular'),
 ('en', 'In CSS: @media (max-width: 600px) { .nav { display: none } }'),
 ('en', 'python manage.py runserver 0.0.0.0:8000'),
 ('en', 'The ratio was 3-2-1, and the timeline 6-8 weeks'),
 ('en', 'The logo should be 1080 x 1080 px, under 2 MB'),
 ('en', 'Version bump: 4.11.2 → 4.12.0'),
 ('en', 'Reference: ABC-1234-5678-90'),
 ('en', "I'm at the store on Main St now, will ask platform support"),
 ('es', 'Payment of €1.250,00 received, thanks! Factura 2024/118'),
 ('de', 'Die Lieferung kommt zwischen 14 und 16 Uhr, Bestellnr. 4500123456'),
 ('es', 'Envío nº 0034 5566 7788 en camino'),
 ('fr', 'Colis n° 6A12345678901 en cours de livraison'),
 ('pt', 'Pedido 87654321 enviado pelos Correios, código OJ123456789BR'),
 ('en', 'Meeting room 2.14, building 3, floor 2'),
 ('en', '5 stars on Google Reviews, 4.9 on Houzz'),
 ('en', 'Check the W3C spec at section 4.10.5.1.2'),
 ('en', 'Our SLA is 99.9% uptime with 4h response'),
 ('en', 'The total for 3 windows is 3 × 480 = 1,440 EUR'),
 ('en', 'The venue fits 150-200 guests, parking for 40 cars'),
 ('en', "I'll use Stripe for the checkout and Mailchimp for newsletters"),
 ('en', 'Release notes: fixed #1234, #1240 and #1302'),
 ('en', 'print(f"{name}@{domain}")  # builds the address'),
 ('en', 'Schedule: 07:30-16:00 Mon-Thu, 07:30-13:00 Fri'),
 ('en', 'Samples ship in 3-5 business days via FedEx Ground'),
 ('en', 'weight 2.3 kg, dims 40×30×15 cm, HS code 9403.60'),
 ('en', 'The door is 2040 x 820 mm, left-hand hinge'),
 ('fr', 'Prix : 1 490 € HT, soit 1 788 € TTC'),
 ('es', 'Unidades: 1.500 piezas a 0,45 € cada una'),
 ('de', 'Kontonummer bitte nur über die Plattform-Zahlung, danke'),
 ('en', 'ping me here when the 2.0 release is out'),
 ('en', 'Paid by bank transfer, invoice 2024-118, account ref 884421'),
 ('en', 'We received the wire for order 55123, thanks'),
 ('en', 'Invoice number 555-123-4567 is in the attachment'),
 ('en', 'See page.html#intro for the layout'),
 ('en', 'Gmail v2.0 update broke the filters'),
 ('en', 'gmail api_v2 is down again'),
 ('en', 'IG, its great for reach'),
 ('en', 'I handle everything from design to print'),
 ('en', 'Use 3/4 inch screws on the back road fence'),
 ('en', 'R&D budget is 12% of revenue'),
 ('en', 'C# and F# are both fine for the backend'),
 ('en', 'Lydia is 25 and starts Monday'),
 ('en', 'The bank holiday is 26/12, the deposit of 30% is due before'),
 ('en', 'Bank transfer ref: order 4471-2231, 1,250.00 EUR'),
 ('en', 'the alias is fine, keep it')]
