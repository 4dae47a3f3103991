"""Ordinary business messages that must come through unchanged, in five languages."""

BENIGN = """
The total is $1,299.99 including tax.
Invoice INV-2024-00123 is due on 2024-03-15.
Your order #100234987 has shipped, tracking 1Z999AA10123456784.
FedEx tracking: 7489 2345 6789
USPS tracking 9400 1000 0000 0000 0000 00 should update tomorrow.
We're open 9-5, Monday to Friday.
The call is moved to 10:30–11:15 CET.
Between 1977 - 2013 the company had three owners.
Version 2.10.3 fixes the login bug; 2.11 comes next week.
Please send report.pdf and the notes.md file.
I attached final_v2.docx and budget.xlsx.
Can you zip the assets into project.zip?
e.g. the logo, i.e. the main one, for the U.S. market.
Meet @ 5pm in the lobby?
It takes about 45 minutes, maybe 1.5 hours.
Discount is 15% off for orders over 20 units.
The box is 30 x 40 x 25 cm and weighs 2.5 kg.
Delivery in 3-5 business days.
Score was 3-2 after extra time.
Use #branding and #summer2024 on the posts.
Run `npm install && npm run build` then check localhost:3000.
if (x > 10 && y < 5) { return a.b.c(); }
The API returns {"status": "ok", "count": 42}.
Googlemaps shows the venue is near the station.
Let's keep everything here, not outside of the platform.
I can't share my number here, sorry.
I won't contact you outside the platform, that's against the rules.
We accept PayPal, bank transfer and credit card through the checkout.
I'm building a payment gateway: Stripe, PayPal and Credit Card support.
The zip file is 240 MB.
I saw your portfolio on Instagram, really nice work.
Do you have WhatsApp integration experience for our app?
Budget: €2.500 – €3.000, deadline 15/04/2025.
Reference number 4402-7781-2093 for the claim.
Ticket #58321 was closed yesterday.
Room 204, floor 3, building B.
My flight lands at 18:45 on 12.06.2024.
We need 1200 flyers, 300 posters and 50 banners.
The resolution is 1920x1080 at 60 Hz.
Temperature should stay between 18 and 22 °C.
Call notes: client wants 3 revisions max.
The meeting is at 3pm, see the agenda.
Page 12, section 4.2, paragraph 3.
Q3 revenue grew 12.5% to 4.2 million.
The ISBN is 978-3-16-148410-0.
Sprint 14 ends on Friday, 28 June.
Dimensions: 1200 mm × 800 mm × 150 mm.
Shipping to the U.K. costs £12.50.
It costs 49,90 € per month.
From 2019 to 2023 we grew 4x.
Please call the client back tomorrow and confirm.
Send me the draft by email? No, upload it here please.
The phone case design needs a bigger logo.
Our mobile app has 25,000 users.
Text on the banner: "Summer sale 50% off".
Is 8am too early for the kickoff?
The contract runs 2024–2026.
Add 2 tbsp sugar and 500 g flour.
He was born in 1985 and joined in 2010.
The font is Helvetica 12pt, line height 1.5.
Order 55512345 arrived damaged.
Serial number SN-4829-XK-22 on the back.
My score on the test was 87/100.
Part number 8812-4410-02 is out of stock.
I'm at the office until 6.
Use the brand site for the case study links.
Hi team, the mockups are ready for review.
Thanks! I'll have the revisions done by Thursday.
Can we push the deadline to 3/15?
The vote was 12 to 4 in favor.
Coordinates in the doc are approximate.
Mix at 1:4 ratio, 250 ml per liter.
Password rules: 12+ chars, 1 number, 1 symbol.
We were at 98.6% uptime last month.
Load test: 5,000 req/s at p99 120 ms.
Meeting rescheduled from 2:00 to 2:30 pm.
Order quantities: 10, 25, 50, 100.
Please rate us 5 stars if you liked it.
The lot size is 0.25 acres.
Chapter 3 covers 1914-1918.
Address the letter to the hiring manager.
Street photography is my favorite genre.
Please drive carefully on the way to the venue.
I'll take the 7:15 train and arrive at 8:05.
My invoice number is 20240315001.
Please pay invoice 4471 via the platform checkout.
El total es de 1.299,99 € con IVA.
La factura FAC-2024-0087 vence el 15/03/2025.
Abrimos de 9 a 14 h, de lunes a viernes.
El pedido 458812 salió ayer, llega en 3-5 días.
Nos vemos a las 10:30 en la sala 2.
El archivo informe.pdf ya está subido.
No puedo compartir mi número por aquí, lo siento.
Mejor seguimos por la plataforma.
La versión 3.2.1 corrige el error.
Necesito 250 tarjetas y 40 carteles.
Die Rechnung Nr. 2024-1187 ist fällig am 01.04.2024.
Wir liefern in 2-3 Werktagen, Versand 4,90 €.
Das Meeting ist um 14:30 Uhr.
Bestellnummer 30091283 wurde versendet.
Bitte schick mir die Datei bericht.pdf hier im Chat.
Ich darf meine Nummer hier nicht teilen.
Das Paket wiegt 3,5 kg und misst 40 x 30 cm.
Version 1.4.2 ist live.
Von 1990 bis 2010 war das Büro in München.
La facture n° 2024-0312 est payée.
Le rendez-vous est à 15h30, salle 3.
Livraison sous 3 à 5 jours ouvrés.
Le fichier rapport.pdf est en pièce jointe.
Je ne peux pas partager mon numéro ici.
Commande 88231077 expédiée hier.
Le prix est de 1 250 € HT.
On reste sur la plateforme, c'est plus simple.
Le score final est 2-1.
A fatura 2024/0456 vence dia 10/05.
A reunião é às 16h, sala 5.
O pedido 7712093 foi enviado ontem.
O arquivo relatorio.pdf está anexado.
Não posso passar meu número aqui.
O preço é R$ 1.250,00 à vista.
Entrega em 2 a 4 dias úteis.
Versão 5.0.1 já está disponível.
Vamos manter tudo aqui na plataforma.
A caixa tem 50 x 40 x 30 cm.
"""

# Messages with identities present whose details do not appear.
BENIGN_WITH_IDENTITY = [
    ("Please mark the invoice as paid.", {"name": "Mark Lee"}),
    ("Will you grace us with a draft by Friday?", {"name": "Grace Will"}),
    ("The rose logo looks great in red.", {"name": "Rose Park"}),
    ("We need a new banner for the summer campaign.", {"name": "Jane Doe",
                                                       "email": "jane.doe@acme.com"}),
    ("Acme-style cartoons are not what we want.", {"company": "Bright Acme Holdings Ltd"}),
    ("Can you fix the header spacing?", {"name": "Carlos Vega", "phone": "+34 612 345 678"}),
    ("The vega colour palette is fine.", {"name": "Carlos Vega"}),
    ("Order 4455 is ready.", {"phone": "+1 415 555 4455"}),
]
