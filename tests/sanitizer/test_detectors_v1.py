"""Table-driven cases for each detector: what must go, and what must stay."""
import re

import pytest

from server.sanitizer import Identity, sanitize

P = "[contact removed]"


@pytest.mark.parametrize("text, expected", [
    ("mail me at jane@gmail.com", f"mail me at {P}"),
    ("jane at gmail dot com", P),
    ("ashley73299 AT yahoo dot com", P),
    ("ashley73299 @ yahoo . com", P),
    ("j (at) x [dot] org please", f"{P} please"),
    ("jane.doe arroba gmail punto com", P),
    ("n o - o n e @ e x a m p l e . c o m", P),
    ("по-опе@ехатрlе.сот", P),
    ("moc.elpmaxe@eno-on", P),
    ("my gmail is janedoe88", f"my gmail is {P}"),
    # the mailbox given by its shape, then the name; digits said apart before the '@'
    ("first name dot last name at outlook — Ines Marlow.", f"first name dot last name at "
     f"outlook — {P}."),
    ("write to dara dot okoye seven one at yahoo", f"write to {P}"),
])
def test_email(text, expected):
    assert sanitize(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("call 415-555-2671 now", f"call {P} now"),
    ("My cell: +44 7911 123456", f"My cell: {P}"),
    ("(415) 555 2671", P),
    ("FOUR ONE FIVE E I G H T 9 FOUR TWO EIGHT SIX FIVE", P),
    ("five- five- five-nine -five-two-nine-six-eight-eight", P),
    ("call 4l5-555-O123", f"call {P}"),
    ("whatsapp 0176 4452913", f"whatsapp {P}"),
])
def test_phone(text, expected):
    assert sanitize(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("see quillhaven.com", f"see {P}"),
    ("go to https://evil.quillhaven.org/x?y=1.", f"go to {P}."),
    ("t.me/janedoe", P),
    ("wa.me/4915123456789", P),
    ("my site is just my name .net, so petra lindqvist", f"my site is just my name .net, so {P}"),
    ("linkedin slash in slash petra-lindqvist", P),
])
def test_url(text, expected):
    assert sanitize(text).text == expected


@pytest.mark.parametrize("text", [
    "Order 1234567890 shipped",
    "1977 - 2013",
    "prices $1,299.99 on 2024-01-15 at 10:30–11:15",
    "open 9-5, Mon-Fri",
    "Googlemaps works",
    "e.g. U.S. i.e. etc.",
    "please send report.pdf and notes.md",
    "the bracket is part DECA 1198.C.CR, two of them",
    "meet @ 5pm",
    "version 2.10.3 is out",
    "Tracking: 1Z999AA10123456784",
    "The score was 3-2",
    "that is 15% off, 2.5 kg, 30 minutes",
    "Invoice INV-2024-00123 is due",
    "I can't share my number here",
    "on youtube channel growth was slow",
    "the instagram of my shop is growing fast",
    "my email is first name dot last name at outlook, like most people",
])
def test_benign(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, expected", [
    ("on twitch, channel velvetbassline, Sundays", f"on twitch, channel {P}, Sundays"),
    ("sur LinkedIn je suis Gaëlle Montbrun-Lacaze", f"sur LinkedIn je suis {P}"),
    ("o insta da loja da minha tia é doces_da_bia", f"o insta da loja da minha tia é {P}"),
])
def test_handle_introduced(text, expected):
    assert sanitize(text).text == expected


def test_identity_any_formatting():
    who = [Identity(name="Jane Doe", email="jane.doe@acme.com", phone="+1 415 555 2671",
                    company="Acme Corp")]
    r = sanitize("I'm J a n e D o e from ACME corp, 4155552671", who)
    assert "Doe" not in r.text and "D o e" not in r.text
    assert "ACME" not in r.text and "2671" not in r.text


# --- email, url, handles, identity, solicitation: further cases ---------------------------

_ZOE = Identity(name="Zoë Brandt", email="zoe@brandt-kuehne.de", company="Brandt & Kühne GmbH")
_THANH = Identity(name="Thanh Nguyen", email="thanh.ng@lotusbooks.com",
                  company="Lotus Bookkeeping")
_JOAO = Identity(name="João Gonçalves", email="joao@goncalvesreformas.com.br",
                 company="Gonçalves Reformas")
_SIO = Identity(name="Siobhán O'Connell", email="siobhan@oconnell-translations.ie")


@pytest.mark.parametrize("text, who", [
    ("Thanks, the brand colours look great", _ZOE),
    ("The lotus motif on the cover is lovely", _THANH),
    ("As reformas do banheiro terminam sexta", _JOAO),
    ("The translations for the brochure are due Friday", _SIO),
    ("The builds on the staging server are green",
     Identity(name="Kwame Mensah", company="Mensah Builds Ltd")),
    ("The martin (bird) logo concept is cute", Identity(name="Chloé Dupont-Martin")),
])
def test_identity_words_in_talk_stay(text, who):
    assert sanitize(text, [who]).text == text


@pytest.mark.parametrize("text, who, gone", [
    ("Bjorn's drawings are in the folder", Identity(name="Björn Lindqvist"), "Bjorn"),
    ("cherche Dupont-Martin traductrice sur LinkedIn", Identity(name="Chloé Dupont-Martin"),
     "Dupont"),
    ("sign off: Ana L. Ferreira", Identity(name="Ana Luísa Ferreira"), "Ferreira"),
])
def test_identity_names_go(text, who, gone):
    assert gone not in sanitize(text, [who]).text


@pytest.mark.parametrize("text, who, gone", [
    ("I'm Zoë, Zoë Brandt", _ZOE, "Brandt"),
    ("write to thanh.ng at lotusbooks", _THANH, "lotusbooks"),
    ("manda pro joao arroba goncalvesreformas", _JOAO, "goncalvesreformas"),
])
def test_identity_known_details_go(text, who, gone):
    assert gone not in sanitize(text, [who]).text


def test_allowed_domain_kept_other_removed():
    text = "upload it at brightdesk.com/files, not at fennica.io"
    out = sanitize(text, allowed_domains=["brightdesk.com"]).text
    assert "brightdesk.com/files" in out and "fennica" not in out


@pytest.mark.parametrize("text", [
    "Ask the client whether they want .com or .co.uk in the footer copy",
    "Decorator @login_required is missing on the view",
    "O cliente quer um link do WhatsApp no rodapé do site dele",
    "c'est haut-de-gamme, point de vue budget",
])
def test_more_benign(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text", [
    "try hxxps://quillstudio[.]net",
    "schau auf fliesen-koenig punkt de vorbei",
    "my domain is greywolfcarpentry, the .ca one",
    "my snapchat is b.e.a.r.d.e.d.b.u.i.l.d.e.r",
    "Meine GMX-Adresse ist felix.wagner1990",
])
def test_more_leaks(text):
    assert sanitize(text).redacted


@pytest.mark.parametrize("text, flagged", [
    ("Mind if we switch to email from now on?", True),
    ("The client wants to switch to email marketing", False),
    ("Tem Telegram? A gente conversa por lá", True),
    ("Vamos continuar por aqui", False),
    ("On continue par mail, ce sera plus simple", True),
    ("On continue par la maquette", False),
    ("Continuons par mail, ce sera plus simple", True),
    ("Continuons par la cuisine, puis la salle de bain", False),
    ("Machen wir per WhatsApp weiter", True),
    ("Machen wir mit dem Bad weiter", False),
    ("La plataforma no tiene por qué enterarse", True),
    ("Bleiben wir auf der Plattform, außerhalb bin ich nicht versichert", False),
])
def test_more_solicitation(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text", [
    "The Instagram handle field on the form should be optional",
    "The client's Facebook page needs a new cover",
    "He said his Gmail is full so the invoice bounced",
    "The .co domain was cheaper but they chose .com",
    "El dominio .es lo gestiona el cliente",
    "Non, pas de WhatsApp, on reste ici",
    "Signal strength in the basement is weak, the router needs moving",
    "The threads on the bolts are stripped, need new ones",
    "venmo is easier for me than a card",
    "ma chaîne youtube est en pause pour l'été",
    "my insta is on hold while we move",
])
def test_platform_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("email me at marcus [ at ] lightfoot-audio [ dot ] com", "lightfoot"),
    ("user: ravi.k77 / domain: gmail", "ravi.k77"),
    ("Hotmail! samir.designs1 is the name", "samir"),
    ("bei web.de bin ich als sabine.k73", "sabine"),
    ("reach me on gmail, username finnegan.oak", "finnegan"),
    ("tom.hale at sign gmail dot com", "tom.hale"),
    ("my work address is first initial + surname @ harbourlegal.co.nz, so k.tane", "k.tane"),
    ("my @ is tallpinecarpentry on insta", "tallpine"),
    ("IG/TT: plantmom.designs", "plantmom"),
    ("snap: l u c y . l o o", "l o o"),
    ("whatsapp me, my profile name is Dario Electric, can't miss it", "Dario"),
    ("búscame en Face como Tapicería Montoya", "Montoya"),
])
def test_described_contacts_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "Could we chat on WhatsApp instead? It's easier for photos",
    "Let me know your email and I'll send the contract over",
    "¿Nos escribimos por WhatsApp mejor?",
    "Je préfère qu'on s'écrive par SMS",
    "Bora pro WhatsApp?",
    "Te pago no Pix direto, sem taxa",
])
def test_asks_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text", [
    "Let me know your number of rooms and I'll quote",
    "Seguimos por aquí, es más seguro",
    "Können wir das ohne Plattform-Logo machen?",
    "No direct payments, sorry, it has to go through the site",
])
def test_not_asks(text):
    assert "solicitation" not in sanitize(text).kinds


@pytest.mark.parametrize("text, gone", [
    ("XING: Carla_Weber3", "Carla"),
    ("on Etsy my shop is LittleWrenPrints", "Wren"),
    ("Snapchat? yeah, its mattyboy_04", "mattyboy"),
    ("fb messenger: search The Tiny Tailor Shop", "Tailor"),
    ("mi telegram: +34 y luego el usuario tonimiro", "tonimiro"),
    ("sur Discord je m'appelle renard_bleu", "renard"),
    ("email? sure: pia_lund89 (gmail)", "pia_lund"),
    ("here's my google business page: g.page/r/CdE12fGhI", "CdE12"),
])
def test_more_handles_go(text, gone):
    assert gone not in sanitize(text).text


def test_handle_after_platform_named_earlier():
    out = sanitize("ruby_mosaics", history=["find me on TikTok, username coming"]).text
    assert "ruby" not in out


@pytest.mark.parametrize("text, flagged", [
    ("Are you on WhatsApp?", True),
    ("Você tá no WhatsApp?", True),
    ("Darf ich dir eine Mail schreiben?", True),
    ("Je peux t'écrire sur Insta ?", True),
    ("Are you on site today?", False),
    ("Can I add a text block under the logo?", False),
    ("Bist du auf der Baustelle?", False),
    ("I'm not on WhatsApp, sorry", False),
])
def test_are_you_on(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, gone", [
    ("emails go to orders ‹at› blueoxbakery ‹dot› com", "blueox"),
    ("my site is just my name, lucasbrandt, dot io", "lucasbrandt"),
    ("On IG I'm quietgardenstudio", "quietgarden"),
])
def test_bracketed_and_spoken_leaks_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "For the social media kit: Instagram 1080×1350, Facebook 1200×630.",
    "O cliente quer manter 'Siga-nos no Instagram' no rodapé.",
    "We post on IG as well, mostly reels",
    "good point, the website needs work",
])
def test_sizes_quotes_and_points_stay(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text", [
    "Once this job's done, could we work together directly? Would save us both the fees.",
    "Happy to continue over email if that's easier for you",
    "Just WhatsApp me the measurements",
    "¿Y si hacemos el siguiente trabajo sin pasar por la plataforma?",
    "Pour les prochains chantiers, on fait en direct ?",
    "Manda as fotos no meu WhatsApp",
])
def test_direct_work_and_app_verbs_flagged(text):
    assert "solicitation" in sanitize(text).kinds


def test_refusal_with_portuguese_no():
    assert "solicitation" not in sanitize("Mando as fotos por aqui mesmo, não no WhatsApp").kinds


@pytest.mark.parametrize("text, gone", [
    ("i n s t a: lilypad.florals", "lilypad"),          # platform spelled out before a colon
    ("s n a p - k8lyn.b", "k8lyn"),
    ("tg - kev_the_electrician", "kev_the"),             # short platform name, then a dash
    ("mi ig es reformas_lopez_mad", "reformas_lopez"),   # "es"/"ist"/"est"/"é" after a short name
    ("sc: k8lyn.b", "k8lyn"),
    ("en face estoy como Marisol Decoraciones", "Marisol"),
    ("no face é Gabi Festas Decorações", "Gabi Festas"),  # owned page named in capitals
    ("fb page is Hartley Home Repairs, message me there", "Hartley"),
    ("viber and whatsapp same name: gregpaints", "gregpaints"),
    ("tiktok ➡️ decoconsofi", "decoconsofi"),            # arrows introduce a handle
    ("search for Pine & Plaster Co on fb", "Plaster"),  # a page searched for by name
])
def test_handle_introducers_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text, gone", [
    ("sur hotmail je suis nico_bernard13", "nico_bernard13"),
    ("bei gmx heiße ich wolle_1971", "wolle_1971"),
    ("gmail → theo.vance.builds", "theo.vance"),
    ("emial me: bex_wilde92@gmail.con", "bex_wilde92"),  # mistyped ending on a known provider
])
def test_mail_user_names_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "Our Signal-to-noise ratio in the analytics is bad",
    "Can you post it to our company Facebook page once approved?",
    "The sample URL in the docs is https://your-domain/api",
    "budget line 6100-204 should be moved to Q3",
    "user.email = form.email before saving.",
])
def test_introducer_look_alikes_stay(text):
    assert sanitize(text).text == text


_MIKE = Identity(name="Michael O'Brien", company="O'Brien Roofing Ltd")
_ANKE = Identity(name="Anke Lorenz", company="Lorenz Steuerberatung")
_LUANA = Identity(name="Luana Ferreira", company="Ferreira Fotografia")


@pytest.mark.parametrize("text, ident, gone", [
    ("such einfach nach Steuerberatung Lorenz", _ANKE, "Lorenz"),  # company words reordered
    ("procura Fotografia Ferreira no Google", _LUANA, "Ferreira"),
    ("Mike O Brien here", _MIKE, "Brien"),             # everyday short form of the first name
    ("aqui é a Lu Ferreira", _LUANA, "Ferreira"),      # first letters of the first name
])
def test_known_details_reworded_go(text, ident, gone):
    assert gone not in sanitize(text, [ident]).text


@pytest.mark.parametrize("text, flagged", [
    ("Wie ist dein Insta?", True),
    ("C'est quoi ton insta ?", True),
    ("Bora conversar fora do app?", True),
    ("hmu on snap", True),
    ("Appelle-moi, c'est plus simple", True),
    ("llámame y lo hablamos", True),
    ("what's ur snap", True),
    ("¿me das tu whats?", True),
    ("is there an email I can send the drawings to?", True),
    ("we can skip the platform fee if you invoice me yourself", True),
    ("Me segue no insta que a gente conversa lá", True),
    ("we can do the next one off the books", True),
    ("Do you have experience with WhatsApp Business API integrations?", False),
    ("we can skip the site visit, the photos are enough", False),
    ("I'll call the supplier tomorrow", False),
    ("Can you add a WhatsApp button to the client's website?", False),
])
def test_more_asks(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, gone", [
    ("my gh is octo-kim", "octo-kim"),
    ("ig @ sprout.and.stem", "sprout"),                 # "@" set apart from the handle
    ("je suis sur snap sous le pseudo max_du_13", "max_du_13"),
    ("message me on messenger, Derek Lyle Contracting", "Derek Lyle"),
])
def test_more_handle_forms_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "It's .NET 8 on the backend",
    "Es .NET 8 en el backend",
    "je suis sur snap sous le pseudo",
])
def test_suffix_and_pseudo_talk_stays(text):
    if "pseudo" in text:
        assert "pseudo" in sanitize(text).text
    else:
        assert sanitize(text).text == text


def test_family_name_in_company_any_order():
    nora = Identity(name="Nora Castellanos", company="Castellanos Design Studio")
    assert "Castellanos" not in sanitize("Design Studio Castellanos on google", [nora]).text
    park = Identity(name="Jin Park", company="Park Design")
    for text in ("The design park concept is nice.", "Park the design for now."):
        assert sanitize(text, [park]).text == text
    assert "Park" not in sanitize("search Design Park on maps", [park]).text


@pytest.mark.parametrize("text", [
    "what's a good number to reach you at",
    "lets just do this over text",
    "drop your @ and I'll follow",
    "File-moi ton 06",
    "Tá no insta?",
    "txt me",
    "whatsappéame las fotos",
    "Schick's mir per WhatsApp",
])
def test_slang_asks_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text, gone", [
    ("its jake.t (a) gmail.com", "jake.t"),               # "(a)" for the '@'
    ("gmail is best: p.ortega.builds", "p.ortega"),       # provider, words, colon, user
    ("check https//meadowbrookmasonry.com", "meadowbrook"),  # scheme missing its colon
    ("it's tidyhomes co uk", "tidyhomes"),                # two-part suffix said with spaces
    ("insta - @ leafandloom_", "leafandloom"),
    ("LinkedIn - Ade Okonkwo-Bright", "Okonkwo"),         # real-name sites after a dash
    ("instagram da loja: moveis.planejados.rj", "moveis.planejados"),
])
def test_round_four_forms_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "the logo for the Snap-on tools display",
    "my tiktok knowledge is limited, can you handle captions?",
    "the co uk office",
    "Signal-to-noise ratio",
])
def test_compounds_and_verbs_stay(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, flagged", [
    ("u got whatsapp?", True),
    ("do u have telegram or signal", True),
    ("gimme your number and I'll call", True),
    ("shoot me ur email", True),
    ("pásame tu ig", True),
    ("¿te escribo al wasap?", True),
    ("Wollen wir auf Telegram wechseln?", True),
    ("Wie lautet deine E-Mail?", True),
    ("Sans la plateforme ce serait moins cher", True),
    ("Tem whatsapp?", True),
    ("you got it, I will send the email tomorrow", False),
])
def test_round_four_asks(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


def test_mail_user_after_provider_in_previous_message():
    out = sanitize("its daniela.s.cruz", history=["whats the best email for you?", "gmail"])
    assert "daniela" not in out.text


@pytest.mark.parametrize("text, gone", [
    ("gmail, und der Name ist peter.kraus.bau", "peter.kraus"),
])
def test_name_ist_goes(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "the door handle is brass",
    "I'll handle the permits",
    "username field should be 30 chars max",
])
def test_handle_as_object_or_verb_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text", [
    "can i just call you",
    "mind if I text you?",
    "you on telegram?",
    "If you cancel here I'll hire you directly",
    "e-transfer me directly and we're good",
    "¿me agregas a whatsapp?",
    "Gibst du mir deine Nummer?",
    "Sollen wir das lieber privat per WhatsApp klären?",
    "Tu me files ton numéro ?",
    "On se fait ça en direct, sans la plateforme ?",
])
def test_round_five_asks_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text, gone", [
    ("marco.builds (insta)", "marco.builds"),          # handle, then the platform in brackets
    ("ana_k on tg", "ana_k"),
    ("I'm jamie_fixes on ig if you want", "jamie_fixes"),
    ("add me on tg ana_k", "ana_k"),                    # short platform name, then only spacing
    ("ig\nmarco.builds", "marco.builds"),
    ("ig... marco.builds", "marco.builds"),
    ("mon ig c'est marco_builds", "marco_builds"),
    ("whats: marco_builds", "marco_builds"),
])
def test_short_platform_names_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "fb ads_q3 report attached",
    "campaign_v2 on fb did well",
    "dc motor_2 is noisy",
    "ig stats_q1.xlsx",
    "the handle is loose",
    "the ig posts v2.1 look good",
    "on ig, 20% engagement",
])
def test_short_platform_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("write to jane.doe, it's gmail", "jane.doe"),
    ("gmail\njane_doe", "jane_doe"),
    ("jane.doe at the usual gmail", "jane.doe"),
    ("web.de: k.neumann84", "neumann84"),
    ("mein orange.fr ist jane_doe", "jane_doe"),
])
def test_more_mail_user_forms_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "the report_v2 is gmail-ready",
    "the file.csv, it's in gmail",
])
def test_mail_look_alikes_stay(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("linktr.ee / paintbypaige", "paintbypaige"),        # spaced slash after a domain
    ("you'll find me as 'quietoakjoinery' on instagram", "quietoakjoinery"),
    ("el ig de mi taller: ceramica.lunar", "ceramica.lunar"),
    ("insta de l'atelier : bois.et.lumiere", "bois.et"),
])
def test_round_six_forms_go(text, gone):
    assert gone not in sanitize(text).text


def test_regional_short_forms_of_first_names():
    bia = Identity(name="Beatriz Nogueira", company="Nogueira Design de Interiores")
    assert "Nogueira" not in sanitize("bjo, Bia Nogueira", [bia]).text


@pytest.mark.parametrize("text", [
    "let's keep in touch via email after this",
    "te paso mi whats y hablamos",
    "lo arreglamos en persona y sin la app",
    "Laisse-moi ton mail",
    "Pode me chamar no whats que eu te mando as fotos",
    "búscame en insta",
])
def test_round_six_asks_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text, gone", [
    ("mi gmail es mismo que mi nombre: nicolasferrer", "nicolasferrer"),
    ("ig (same as my business name): mossandmortar", "mossandmortar"),
])
def test_name_announced_before_colon_goes(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "we hit 10k on insta last month",
    "batemos 10k no insta mês passado",
    "the handle on the sliding door is stiff",
    "Instagram name field: required",
    "ig account name: pending",
    "my gmail name: whatever you prefer",
])
def test_counts_objects_and_form_fields_stay(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text", [
    "is it cool if I whatsapp you the plans?",
    "can u send ur email so I can forward the permit",
    "ok to continue this over text?",
    "págame por transferencia directa y listo",
    "On règle ça entre nous, sans passer par le site",
    "Ton numéro, stp ?",
    "lmk your number",
])
def test_round_seven_asks_flagged(text):
    assert "solicitation" in sanitize(text).kinds


# --- solicitation: composed asks (a channel asked for, going around the platform, paying
# outside it, getting past the filter, a profile to look up) and their guards -----------------
@pytest.mark.parametrize("text", [
    "wats ur whatsapp hun",                                         # asking for a channel
    "Würden Sie mir Ihre private E-Mail-Adresse geben?",
    "Pourriez-vous me communiquer votre adresse mail perso ?",
    "pasame tu tele q por aqui no me llegan los avisos",
    "hey do u have wa? easier to talk there",
    "tg oder signal? die app hier nervt",
    "Is there another way I can reach you?",
    "is there a way to contact you without going through them?",   # going around it
    "Next time don't book through the app, just message me",
    "Pour les prochaines interventions, pas besoin de la plateforme",
    "podemos arreglarlo entre nosotros sin la plataforma",
    "Would you be open to working with me directly going forward?",
    "Annulez la réservation et je vous rebooke en direct, même créneau",
    "cancel the order on here and I'll pay you cash",               # paying outside it
    "bei barzahlung mach ichs dir für 150 statt 190",
    "Si vous réglez en espèces je vous fais 20 % de moins",
    "Den Rest überweise ich dir lieber per PayPal Freunde",
    "write your email with spaces so the filter doesn't catch it",  # past the filter
    "Mets ton numéro dans le champ remarques, le filtre ne le vérifie pas",
    "chat blocks numbers so im gonna split mine over the next few msgs",
    "search my name on linkedin and connect",                       # a profile to look up
    "Pesquisa meu nome no LinkedIn e me manda mensagem lá",
    "Send me a friend request on FB and we'll sort the rest there",
])
def test_composed_asks_are_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text", [
    "Call me Ishmael, as the book says",                             # the ask's own word
    "what's your budget for the phone case design?",                 # a thing of the job
    "can we move the call to 3pm?",                                  # a time
    "we can skip the site visit, the photos are enough",             # a place of the job
    "Use the Line chart instead of bar chart",
    "Let's go directly to the final design, the client approved the layout.",
    "prefiero que sigamos por aquí, así queda todo registrado",      # keeping it here
    "I'll pay the deposit directly through the app today",
    "mi dirección de correo la tienes en el perfil",
    "Message me on the platform if you're stuck.",
    "someone asked me to pay outside the app last week, I reported it",   # reports, refusals
    "If anyone asks you to move to WhatsApp, it's usually a scam. Stay here.",
    "Quelqu'un m'a proposé de payer en dehors de l'appli, je l'ai signalé.",
    "I know some people ask to pay outside the app but I won't",
    "Dá pra colocar o botão do WhatsApp no site da loja? O dono pediu.",
    "Can you translate 'Follow us on Instagram' into German?",
])
def test_composed_ask_guards_leave_business_text(text):
    assert "solicitation" not in sanitize(text).kinds


def test_a_known_company_spoken_as_the_domain_of_an_address():
    ident = [Identity(company="Tui Roofing")]
    r = sanitize("email sam at tui roofing dot co dot nz for the quote", ident)
    assert "sam" not in r.text.replace("same", "") and "nz" not in r.text
    kept = sanitize("we met at Tui Roofing dot com's stand", ident).text
    assert kept.startswith("we met at ")


def test_a_known_handle_written_with_umlauts():
    ident = [Identity(handles=("@baeckerei_mueller",))]
    assert "müller" not in sanitize("auf insta bin ich bäckerei müller", ident).text


@pytest.mark.parametrize("text, flagged", [
    ("how can I reach you directly?", True),
    ("¿cómo te puedo localizar directamente?", True),
    ("Wie kann ich Sie direkt erreichen?", True),
    ("comment je peux vous contacter directement ?", True),
    ("como eu falo com você diretamente?", True),
    ("ping me your insta", True),
    ("pm me your number pls", True),
    ("can you send your bank details so I can transfer directly?", True),
    ("can we arrange it privately next time?", True),
    ("on se capte sur insta ?", True),
    ("how do I contact you about the order?", False),
    ("message me when the draft is ready", False),
    ("we don't charge a service fee for revisions", False),
])
def test_reaching_directly_and_more_request_verbs(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("vous avez un site où je peux réserver directement ?", True),
    ("Bezahlung außerhalb der Plattform geht bei mir nicht, sorry", False),
])
def test_booking_directly_and_a_refusal_after_the_phrase(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, secret", [
    ("meu kwai é marido_de_aluguel_sp", "marido_de_aluguel"),
    ("me segue no kwai: doces.da.ana", "doces.da.ana"),
])
def test_kwai_handles(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text, ident, secret", [
    ("gustavo ponto brandao no uol, se preferir",
     Identity(name="Gustavo Brandão", email="gustavo.brandao@uol.com.br"), "brandao"),
    ("k dot boychuk, the usual google one",
     Identity(name="Kateryna Boychuk", email="k.boychuk@gmail.com"), "boychuk"),
    ("marcus at oyelaran hyphen eng dot com",
     Identity(name="Marcus Oyelaran", email="marcus@oyelaran-eng.com"), "oyelaran"),
])
def test_a_known_mailbox_spoken_in_parts_goes_whole(text, ident, secret):
    r = sanitize(text, [ident])
    assert secret not in r.text.lower() and r.text.count(P) == 1


@pytest.mark.parametrize("text, secret", [
    ("it's nadia.brzezinski, at the big G's mail service", "nadia.brzezinski"),
    ("my site is my name dot com: tobiasgrantham", "tobiasgrantham"),
    ("my kik and snap are both ashton_r_97", "ashton_r_97"),
    ("my psn is GrooveTileGuy", "GrooveTileGuy"),
    ("agrégame al face, salgo como Diseños Luisa Quintero", "Quintero"),
    ("cash app $ t r e y c u t s thx", "y c u t"),
    ("Venmo, I'm @ tony-b-paints", "tony-b-paints"),
])
def test_described_providers_gaming_networks_and_cashtags(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "Erro na linha 88: `NullPointerException` no PedidoService.java.",
    "need another pass. meet you @ the site at 7:30",
    "Instagram and TikTok are both useful for marketing",
    "my psn is down so no gaming tonight",
    "version 2.4.1 at the google account page",
])
def test_code_files_sentence_dots_and_platform_talk_stay(text):
    r = sanitize(text)
    assert r.text == text and not r.kinds


@pytest.mark.parametrize("text, flagged", [
    ("pasame tu cel y te marco", True),
    ("passe-moi tes coordonnées", True),
    ("manda-me o teu contacto", True),
    ("tu peux m'ajouter sur insta ?", True),
    ("mándame un whats cuando puedas", True),
    ("wie kann ich dich sonst erreichen?", True),
    ("storniere den Auftrag hier, ich überweise dir den Betrag direkt", True),
    ("I'd rather not pay through the site. Zelle or Venmo work for you?", True),
    ("can we take this offline? I don't want to pay the fees on all of them", True),
    ("let's move this to zoom or skype", True),
    ("Could we do the rest of the payments by direct bank transfer?", True),
    ("Just google my company name and call the office", True),
    ("Call of Duty night with my kids, so I'm offline after 8.", False),
    ("Prefiero que sigamos por la plataforma, así queda todo registrado.", False),
    ("I'd rather not book the site visit before Monday.", False),
    ("let's zoom in on the logo a bit", False),
    ("Google my company name if you want to see the reviews.", False),
])
def test_more_asks_and_statuses_that_are_not(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


# --- mailboxes with the provider said after a connector, spoken '@' handles, "li", a known
# company's leading word; calls with a time, finding the person after the job -------------
@pytest.mark.parametrize("text, secret", [
    ("le nom c'est elodie_vasseur76 et c'est chez gmail", "vasseur76"),
    ("vor dem At steht mkeller.grafik, danach kommt gmail", "mkeller"),
    ("el correo de la G grande: pablo.urquiza.m", "urquiza"),
    ("tmoreau at-sign fastmail full stop com", "tmoreau"),
    ("N I N A . D U P R E Z @ Y A H O O . F R. Merci", "D U P R E Z"),
    ("m a r i s o l . v e g a 9 0 en outlook", "v e g a"),
])
def test_mailbox_with_the_provider_said_apart(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text, secret", [
    ("mi Instagram: es arroba murales punto quintero", "quintero"),
    ("tg arroba nachomaquetas", "nachomaquetas"),
    ("l'appli à l'oiseau : tape arobase renov underscore bastien", "bastien"),
    ("ajoute-moi sur li, je suis sous le nom margaux-lebreton-archi", "lebreton"),
    ("li: /in/ramona-schuster-ux", "schuster"),
    ("connect on li, I'm /in/оlіvеr-rеdfеrn", "/in/о"),
    ("Signal-Name: markus.hoell.07", "hoell"),
    ("I post daily on insta as brushandbramble (same name on tiktok)", "bramble"),
    ("no Instagram, o utilizador é carpintaria_monteiro", "monteiro"),
])
def test_spoken_at_li_and_named_handles(text, secret):
    assert secret not in sanitize(text).text


def test_a_known_company_by_its_leading_word():
    ident = Identity(name="Priya Raman", email="priya.raman@halcyonbrands.com",
                     company="Halcyon Brands Inc.")
    r = sanitize("you're Priya Raman from Halcyon right?", [ident])
    assert "Halcyon" not in r.text and "Priya" not in r.text
    assert sanitize("the halcyon days are over", [ident]).text == "the halcyon days are over"


@pytest.mark.parametrize("text", [
    "No rodapé tem que ter botão de WhatsApp e ícone do Instagram da loja.",
    "El pie de página necesita iconos de WhatsApp e Instagram del negocio.",
    "we use Instagram as marketing channel",
    "Li o contrato, está tudo certo.",
    "pon una arroba antes del nombre de la cuenta",
])
def test_platform_lists_and_arroba_talk_stay(text):
    r = sanitize(text)
    assert r.text == text and not r.kinds


@pytest.mark.parametrize("text, flagged", [
    ("passa o teu contacto, pá", True),
    ("¿te llamo esta tarde al celu?", True),
    ("liga pra mim hoje à tarde?", True),
    ("appelle-moi ce soir", True),
    ("Ruf mich einfach kurz an", True),
    ("tu peux me filer ton 06 ?", True),
    ("Lass uns das per Mail klären, nicht hier", True),
    ("adiciona-me no Telegram", True),
    ("manda um e-mail que a gente continua por lá", True),
    ("how do I find you after this project ends?", True),
    ("comment je te retrouve après la fin de la mission ?", True),
    ("Überweisung direkt an dich geht auch, oder?", True),
    ("zahle ich den Rest bar und wir lassen die Plattform außen vor", True),
    ("would you be up for a quick video call on Zoom or Meet?", True),
    ("any chance we can continue this somewhere less monitored?", True),
    ("I'll call the supplier tomorrow", False),
    ("the client will email the files and we continue there", False),
    ("how do I find the invoice after the project ends?", False),
    ("We had a video call on Zoom with the supplier yesterday.", False),
    ("the payment goes straight to you through the platform", False),
    ("Ruf mich nicht an, schreib hier", False),
    ("keep the platform out of the screenshots", False),
])
def test_calls_with_a_time_and_after_the_job(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


# --- mailboxes said with "point" / "underscore", described providers, handles after a name
# word or "the same name as my shop"; negated questions that suggest, product features -----
@pytest.mark.parametrize("text, secret", [
    ("c'est mathilde point giroux arobas videotron point ca", "giroux"),
    ("mi correo es nicolas punto arbelaez arroba gmail punto com", "arbelaez"),
    ("Es lorena punto villasenor punto mx en el de Microsoft, el outlook", "villasenor"),
    ("my gmail addy is tessa m underscore lindqvist 84", "lindqvist"),
    ("Meine Adresse beim großen G lautet jonas.brecht.7", "brecht"),
    ("email's okonkwoadaeze on the big G's mail", "okonkwoadaeze"),
    ("try wren_castell, then the at sign, then yahoo, full stop, com", "wren_castell"),
])
def test_spoken_and_described_mailboxes(text, secret):
    r = sanitize(text)
    assert secret not in r.text and "email" in r.kinds


@pytest.mark.parametrize("text, secret", [
    ("je poste sur Insta. Tu peux me trouver sous le pseudo le.atelier.de.lin", "atelier"),
    ("it's all on the bird app under the same name as my bakery, crumbandcoil", "crumbandcoil"),
])
def test_handles_named_later_or_by_what_they_match(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "Tu peux intégrer le fil Instagram sous la bannière ? Six photos, format carré.",
    "Je poste surtout sur Insta, c'est plus vivant que le portfolio.",
    "the point of the email is to confirm the dates",
    "el punto clave del correo es la fecha de entrega",
    "the logo has the same name as my shop, obviously",
])
def test_plain_words_after_a_platform_or_a_spoken_dot_stay(text):
    r = sanitize(text)
    assert r.text == text and not r.kinds


@pytest.mark.parametrize("text, flagged", [
    ("Wollen wir nicht auf einen normalen Messenger wechseln?", True),
    ("¿No te importa que sigamos por WhatsApp o por correo?", True),
    ("Não seria melhor a gente seguir pelo WhatsApp ou pelo e-mail?", True),
    ("can't we just move this to WhatsApp?", True),
    ("On pourrait échanger nos coordonnées et se caler un café.", True),
    ("Können wir Kontaktdaten austauschen?", True),
    ("appelle-moi plutôt, ce sera plus simple", True),
    ("on pourrait se texter à la place", True),
    ("on se capte ailleurs ?", True),
    ("comment je te recontacte après la mission ?", True),
    ("Wie kann ich dich außerhalb von hier kontaktieren?", True),
    ("we can't move this to WhatsApp, sorry", False),
    ("Ich will nicht auf WhatsApp wechseln.", False),
    ("Zahlungen außerhalb der Plattform nehme ich grundsätzlich nicht an.", False),
    ("They asked for a 'Chat on WhatsApp' floating button like their competitor's.", False),
    ("O cliente quer que o site mande uma mensagem automática no WhatsApp da loja.", False),
    ("The client's Instagram account got a lot of traffic after the launch.", False),
    ("let's swap the numbers in column B and C", False),
    ("Tu veux qu'on passe sur WhatsApp ?", True),
])
def test_suggesting_questions_exchanges_and_feature_talk(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


def test_first_letter_dispatch_keeps_the_same_matches():
    from server.sanitizer.detectors import solicitation as s

    plain = re.compile("|".join(f"(?:{p})" for p in s._PATTERNS))
    dispatched = re.compile(s._dispatch(s._PATTERNS))
    for text in ("can i just call you", "te paso mi whats", "wollen wir nicht auf signal wechseln",
                 "on se capte ailleurs ?", "what's your number", "keep in touch via email",
                 "pay you in cash", "zoom in on the logo"):
        assert ([m.span() for m in plain.finditer(text)]
                == [m.span() for m in dispatched.finditer(text)])


@pytest.mark.parametrize("text, kept, gone", [
    ("snap → nina dot sews", "snap → ", ["nina", "sews"]),
    ("mein Discord-Name ist ole punkt schraubt", "mein Discord-Name ist ", ["ole", "schraubt"]),
    ("mi ig es lola guion bajo cose", "mi ig es ", ["lola", "cose"]),
    ("insta: rae dot and dot rust", "insta: ", ["rae", "rust"]),
    ("on tiktok as tyler_fixes_ if you want", "on tiktok as ", ["tylerfixes"]),
])
def test_handle_with_spoken_dots_goes_whole(text, kept, gone):
    out = sanitize(text).text
    assert out.startswith(kept + P)
    assert not any(g in out for g in gone)


def test_known_handle_spoken_in_parts():
    who = Identity(name="Kofi Mensah", handles=("mensah.builds",))
    assert sanitize("the page is mensah dot builds", [who]).text == f"the page is {P}"


@pytest.mark.parametrize("text", [
    "The site needs a WhatsApp click-to-chat button under the form.",
    "Instagram sign-up page loads slowly on older phones.",
    "Sur Instagram, le point de vue compte plus que la lumière.",
    "Auf Instagram wirkt der Punkt hinter dem Logo zu klein.",
])
def test_product_compounds_and_plain_words_after_a_platform_stay(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, flagged", [
    ("The platform fee is part of the total you see.", False),
    ("the platform's cut is a lot for both of us, can we sort it another way?", True),
    ("Lass uns das bar machen, dann sparen wir die Gebühr.", True),
    ("I'll put you two in touch by text, easier than me relaying.", True),
    ("Let's do the rest by email.", True),
    ("My shop is on Etsy, message me there.", True),
])
def test_fee_talk_and_moves_elsewhere(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, secret", [
    ("my email is my surname at gmail, surname's Adeyemi", "Adeyemi"),
    ("meine Mail ist mein Nachname bei gmx, also brandauer1981", "brandauer1981"),
    ("mi correo es mi apellido en hotmail, o sea villaverde", "villaverde"),
    ("adresse mail = mon nom de famille + 12 chez gmail, donc moreau12", "moreau12"),
])
def test_a_mailbox_said_to_be_the_family_name_then_the_name(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "my surname is on the gmail invoice, so the total is 40",
    "put your surname at the top of the gmail draft, that is fine",
])
def test_family_name_talk_without_a_mailbox_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text", [
    "could you send the estimate by text instead of on here?",
    "¿Me mandas la factura por WhatsApp mejor?",
    "Schreib mir lieber eine SMS, hier geht alles unter.",
    "Tem celular? Fica mais fácil.",
    "I'll pay you in person on Friday, skip the app payment.",
    "this chat is glitchy, is there another app we can use?",
    "great work — how can I reach you?",
    "Kann ich dich privat buchen, ohne die Seite?",
])
def test_more_asks_to_move_off_the_platform_are_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text", [
    "how do I reach you on here if the app is down?",
    "I cannot pay you in person, only through the app",
])
def test_staying_on_the_platform_is_not_flagged(text):
    assert "solicitation" not in sanitize(text).kinds


@pytest.mark.parametrize("text, secret", [
    ("my hotmail is my full name all together, so gideonrask", "gideonrask"),
    ("mon mail c'est prénom.nom chez orange, donc paul.ferrand", "ferrand"),
    ('My email is simply "wrenandoak" and it is a gmail one', "wrenandoak"),
    ("kit_b plus the usual outlook ending", "kit_b"),
    ("ana then the at sign then lumenframes.pt", "lumenframes"),
])
def test_a_mailbox_described_then_given_goes(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text, secret", [
    ("look up saltmarshsignage dotcom", "saltmarshsignage"),
    ("type quayside-lettings into the browser, it's a .ie", "quayside-lettings"),
    ("google 'penhallow joinery truro', the first result is us", "penhallow"),
])
def test_a_site_to_type_or_search_for_goes(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text, secret", [
    ("my IG and TikTok are both under corallinecakes", "corallinecakes"),
    ("on whatsapp I'm saved as Brookside Boilers", "Brookside Boilers"),
    ("find me on telegram, same as here plus _uk, so fenwick_builds_uk", "fenwick_builds_uk"),
])
def test_handles_after_under_saved_as_and_so_go(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "¿Hay otra forma de contactarte que no sea por aquí?",
    "Existe algum jeito mais rápido de falar com você?",
    "Il y a un autre moyen de vous joindre ?",
    "Gibt es einen anderen Weg, Sie zu erreichen?",
    "where can I find you on social media?",
    "you're on whatsapp right?",
    "which messaging apps are you on?",
    "Posso pagar por Pix em vez de pela plataforma?",
])
def test_faster_ways_and_channels_asked_about_are_flagged(text):
    assert "solicitation" in sanitize(text).kinds


@pytest.mark.parametrize("text", [
    "The footer needs icons for Instagram and LinkedIn; can you give me your brand colours?",
    "Paying outside the site voids the dispute cover, so let's keep it here.",
    "Is there a faster way to sand the floor?",
    "¿Hay otra forma de montar el mueble?",
])
def test_feature_talk_and_rules_are_not_flagged(text):
    assert "solicitation" not in sanitize(text).kinds


@pytest.mark.parametrize("text, secret", [
    ("reach me as gwendolynpryce, at hotmail", "gwendolynpryce"),
    ("mail it to kasia.nowak at btinternet please", "kasia.nowak"),
    ("invite jules.mercer.ink — it's a proton account", "jules.mercer.ink"),
    ("search 'copperkettlecafe', we're copperkettlecafe.com", "copperkettlecafe"),
    ("Copper Kettle Cafe online — copperkettlecafe.com", "Copper Kettle Cafe"),
    ("web: reformas-arce .es", "reformas-arce"),
    ("t . me / fixit_fran", "fixit_fran"),
    ("linkedin / in / dana-osei-hr", "dana-osei-hr"),
    ("IG: bramblewoodco", "bramblewoodco"),
    ("threads/ig: bramblewoodco", "bramblewoodco"),
    ("en LinkedIn estoy como marta-gil-legal", "marta-gil-legal"),
])
def test_comma_at_providers_site_names_and_spaced_links_go(text, secret):
    assert secret not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "my venmo is my name plus the last 4 of my phone",
    "We accept Venmo: follow-up invoices are due in 14 days.",
    "Venmo: on-time payers get 5% off.",
    "Venmo or Zelle: first-come first-served.",
    "Sorry about the delay, at gmail they flagged it",
    "Payroll: new starter entered. Net pay is on Friday.",
    "IG: approved",
    "En LinkedIn estoy como responsable de compras.",
])
def test_payment_app_labels_and_sentence_dots_stay(text):
    assert sanitize(text).text == text


def test_known_phone_in_word_groups_and_spelled_family_name_go():
    who = Identity(name="Imre Halasz", phone="+36 30 555 0142", company="Halasz Plumbing")
    out = sanitize("the number on my account: three zero, five five five, zero one four two",
                   [who]).text
    assert "four two" not in out
    out = sanitize("its halasz, h-a-l-a-s-z, ask around", [who]).text
    assert "halasz" not in out.lower() and "h-a-l" not in out


@pytest.mark.parametrize("text, flagged", [
    ("do u do venmo?", True),
    ("can i pay u cash instead of through the site?", True),
    ("¿te puedo pagar en efectivo y no por la app?", True),
    ("can we just do this over whatsapp from now on", True),
    ("schreib mir lieber per Mail, hier verpasse ich alles", True),
    ("Sigo por aquí, fuera de la plataforma no trabajo.", False),
    ("I got an email from the platform saying you replied", False),
    ("la app me manda un correo cada vez que contestas", False),
    ("qual o melhor número pra te ligar no dia da entrega?", True),
])
def test_pay_ways_preferred_channels_and_reports(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("bora conversar noutro lugar?", True),
    ("lass uns woanders weiterreden", True),
    ("Escríbeme directamente en vez de por aquí.", True),
    ("Next job directly, without the agency in the middle?", True),
    ("Do you have a site I can look at that's not on here?", True),
    ("Há alguma forma mais rápida de falar consigo?", True),
    ("hablamos en otro momento, estoy en obra", False),
    ("Nada de pix por fora, combinado?", False),
    ("je ne peux joindre que deux fichiers, donne-moi ton insta", True),
])
def test_asks_elsewhere_directly_and_restrictions(text, flagged):
    assert ("solicitation" in sanitize(text).kinds) is flagged


@pytest.mark.parametrize("text, gone", [
    ("my IG is lunaandfernstudio", "lunaandfernstudio"),
    ("insta: @ rosa . weaves", "weaves"),
    ("my telegram is just my name, ines moreau, no space", "moreau"),
    ("Xing: Dr. Jana Hofbauer", "Hofbauer"),
    ("the site is roofdoctor (one word), then .co.uk", "roofdoctor"),
    ("see tomhale dot studio", "tomhale"),
    ("bei gmx, also lena.hoffmann", "lena.hoffmann"),
    ("my gmail is first and last name, no dots: tomas ferreira", "ferreira"),
])
def test_names_platform_sites_and_mailboxes_go(text, gone):
    assert gone not in sanitize(text).text


@pytest.mark.parametrize("text", [
    "mein IG ist gesperrt",
    "that was the central point design, honestly",
    "the site loads, then .net framework stuff starts",
    "No, gracias, no uso WhatsApp para el trabajo.",
    "it's on outlook, i.e. report.pdf in the shared folder",
])
def test_states_phrases_and_thanks_stay(text):
    assert sanitize(text).text == text


def test_name_between_known_first_and_family_name_goes():
    who = Identity(name="Clara Winter", email="clara@winterhaus.com")
    out = sanitize("my page is under Clara Hollingsworth-Winter now", [who]).text
    assert "Hollingsworth" not in out
    out = sanitize("ask at the bakery for senhor Winter", [who]).text
    assert "Winter" not in out


_BEA = Identity(name="Beatriz Albuquerque")
_IKE = Identity(name="Ikenna Okonkwo")


@pytest.mark.parametrize("text, who, gone", [
    ("o meu apelido é Albuquerque, procura-me no LinkedIn", _BEA, "Albuquerque"),
    ("my family name's Portuguese, Albuquerque, look me up", _BEA, "Albuquerque"),
    ("Family name: Albuquerque", _BEA, "Albuquerque"),
    ("surname is okonkwo, just google okonkwo editing", _IKE, "okonkwo"),
])
def test_known_family_name_given_as_one_goes(text, who, gone):
    assert gone.lower() not in sanitize(text, [who]).text.lower()


@pytest.mark.parametrize("text, who", [
    ("the Albuquerque office sends the files", _BEA),
    ("okonkwo-style layouts are trending", _IKE),
])
def test_known_family_name_in_talk_stays(text, who):
    assert sanitize(text, [who]).text == text


@pytest.mark.parametrize("text, gone", [
    ("meu sobrenome é Takahashi, me procura no face", "Takahashi"),
    ("mi apellido es Villanueva, búscame en Facebook", "Villanueva"),
    ("my surname's Greek, Papadakis, easy to find on LinkedIn", "Papadakis"),
    ("last name is brennagh, google brennagh carpentry", "brennagh"),
    ("👻: milo.jpeg", "milo.jpeg"),
    ("\U0001f47b → kaia_snaps", "kaia_snaps"),
    ("look up tessweaves on instagram and DM me", "tessweaves"),
    ("All my work is on Pinterest, search for me there: fernandfig_home", "fernandfig_home"),
    ("no tiktok, me procura lá: docesdajuju", "docesdajuju"),
    ("add me on snap, it's rorybuilds with two s's at the end: rorybuildss", "rorybuilds"),
    ("it's lena_ortiz88 and then the at sign and yahoo.com", "lena_ortiz88"),
    ("its tom dot adeyemi seventy-two at gmail", "adeyemi"),
    ("my mail is the shop name all one word @gmail.com — HarbourBakes. Easy!", "HarbourBakes"),
    ("linktr.ee barra bia.letterings", "bia.letterings"),
    ("beacons.ai slash rowan_draws", "rowan_draws"),
])
def test_round_b_forms_go(text, gone):
    assert gone.lower() not in sanitize(text).text.lower()


@pytest.mark.parametrize("text", [
    "integração com Instagram e formulário de contato no rodapé",
    "Orçamento: loja virtual com WhatsApp e catálogo de produtos",
    "The logo dot in 'Bloom.' should be orange",
    "the menu dot in the header looks off",
    "My surname is Polish, so people on LinkedIn misspell it",
    "his last name is Kowalski, I found him on LinkedIn",
    "my last name is hard to spell, find it on the invoice",
    "happy halloween 👻 see you monday",
    "look up sourdough recipes on tiktok, there are great videos",
])
def test_round_b_talk_stays(text):
    assert sanitize(text).text == text


def test_search_bar_after_address_stays():
    assert sanitize("lojadamaria.com.br barra de pesquisa no topo").text.endswith(
        " barra de pesquisa no topo")


# Round B2: provider first with a softening word or spoken separators, "are the same:",
# any arrow, spaced platform and handle, "my @", a lone @handle, Messenger page names, a known
# name with digits for letters; places after a platform and mail-software talk stay.
@pytest.mark.parametrize("text, gone", [
    ("my yahoo is simply rob.hartley77, all lowercase", "rob.hartley77"),
    ("mi gmail es solo luciabenitez1990", "luciabenitez1990"),
    ("my gmail is just tomasferreira, no dots", "tomasferreira"),
    ("outlook: priya underscore raman underscore 9", "raman"),
    ("gmx - jonas dot weber dot 84", "weber"),
    ("FB Messenger: Casa Lopes NYC (new page)", "Casa Lopes"),
    ("facebook messenger: padaria.sol", "padaria.sol"),
    ("ig and threads are both the same: oficina.tom, we post there", "oficina.tom"),
    ("tiktok and ig are the same - lucas_paints", "lucas_paints"),
    ("fb and ig are the same: bakerybythebay", "bakerybythebay"),
    ("my @ is the same on all apps: mara.bakes.pt", "mara.bakes"),
    ("meu @ é o mesmo em todo lugar: doces.da.juju", "doces.da.juju"),
    ("my @: kofi.mensah", "kofi.mensah"),
    ("s n a p c h a t : @ l u c y l o o", "l u c y l o o"),
    ("d i s c o r d: k a i _ 9 9", "k a i _ 9 9"),
    ("dc ➔ kai_99", "kai_99"),
    ("follow us: sc ➜ ritasreceipts", "ritasreceipts"),
    ("tg ⇒ ana_k", "ana_k"),
    ("@lucy\u200bbakes\u200bstudio", "lucy"),
    ("@studio.lumen", "studio.lumen"),
])
def test_round_b2_forms_go(text, gone):
    assert gone.lower() not in sanitize(text).text.lower()


_OLIVIA = Identity(name="Olivia Hartmann")


@pytest.mark.parametrize("text, gone", [
    ("0livia Hartm4nn Design on insta, DM me there", "Hartm4nn"),
    ("search 0l1v1a h4rtmann on fb", "h4rtmann"),
    ("HARTM4NN is my last name", "HARTM4NN"),
])
def test_round_b2_known_name_with_digits_goes(text, gone):
    assert gone.lower() not in sanitize(text, [_OLIVIA]).text.lower()


@pytest.mark.parametrize("text", [
    "Room 101 at 5pm, the team brings the 4K screens and 2 HDMI cables",
    "the H2O filter and the 3D model are ready, invoice A7-1045 is paid",
])
def test_round_b2_known_name_talk_stays(text):
    assert sanitize(text, [_OLIVIA]).text == text


@pytest.mark.parametrize("text", [
    "Her email signature breaks in Outlook, can you fix the table?",
    "email formatting breaks in gmail on mobile",
    "the signature in her email breaks in outlook",
    "my outlook is just different from yours",
    "my gmail is just full, I'll clear it",
    "O botão do WhatsApp na loja do cliente já funciona.",
    "El botón de WhatsApp en la tienda del cliente ya funciona.",
    "Le bouton WhatsApp sur la page du client marche bien.",
    "ig and fb are the same, just post there",
    "Messenger: Thanks for the quick reply",
    "@everyone",
    "@here",
    "@Dan",
    "my @ key is broken",
    "sc → see comments",
])
def test_round_b2_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    # a request to be added "there", the platform named just before
    ("I'll be live on twitch tonight, follow me there: nightowlbeats", "nightowlbeats"),
    ("on telegram? sure, add me there \u2014 mixbymarco", "mixbymarco"),
    ("estou no discord, add me there: \U0001d42f\U0001d428\U0001d425\U0001d42d\U0001d41a"
     "\U0001d42b\U0001d41c\U0001d42b\U0001d41a\U0001d41f\U0001d42d", "voltarcraft"),
    ("lo subo a instagram, agr\u00e9game ah\u00ed: lunaceramica", "lunaceramica"),
    # the name used everywhere
    ("for anything else I go by kaimakesbeats on most of the apps", "kaimakesbeats"),
    ("i go by plum.and.pine everywhere", "plum.and.pine"),
    ("I'm known as ferdiebuilds on tiktok", "ferdiebuilds"),
    # a short platform name, then an @handle
    ("call me later or ig @lunaceramics for the photos", "lunaceramics"),
    ("fb @casalopesbakery has the menu", "casalopesbakery"),
    # an @handle ending in a media suffix, after the writer's own account
    ("the link is in my tiktok bio, @lofi.kid.mp3", "lofi.kid"),
    ("follow me @ghostgirl.exe on insta", "ghostgirl"),
    # platforms spelled in two words, marketplaces
    ("you tube: @ferdie_diy_builds", "ferdie_diy_builds"),
    ("insta gram - maria_tortas_mx", "maria_tortas_mx"),
    ("on vinted I'm thrift_by_jo, same pics", "thrift_by_jo"),
    ("auf eBay Kleinanzeigen hei\u00dfe ich moebel_otto_hh", "moebel_otto_hh"),
    ("sur leboncoin je suis renov_bastien_13", "renov_bastien_13"),
    ("estou no olx como carlos_fretes_sp", "carlos_fretes_sp"),
    ("en mercado libre aparezco como herramientas_toni", "herramientas_toni"),
    ("I post on craigslist as hauling_hank_pdx", "hauling_hank_pdx"),
    # the account named with "-Name ist", "name is"
    ("mein Threema-Name ist ole.b.91", "ole.b.91"),
    ("my signal name is marikotanaka, message there", "marikotanaka"),
    # a page to search for on Facebook, in quotes or after the platform
    ("find \u2018Pintores Hermanos Vidal\u2019 on facebook and send a message", "Hermanos Vidal"),
    ("busca en facebook Reformas Gal\u00e1n Toledo y escr\u00edbeles", "Gal\u00e1n Toledo"),
    ("sucht auf Facebook nach Umz\u00fcge Murat Berlin, da sind die Bewertungen", "Murat Berlin"),
    ("cherchez sur facebook \u00ab Plomberie Gagnon Laval \u00bb", "Gagnon Laval"),
    ("just search on fb for Rayo Moving Co", "Rayo Moving"),
    # a site name, then the suffix said to go at the end
    ("my website is greywolfcarpentry with .ca at the end", "greywolfcarpentry"),
    ("mi web es reformasgalan, con punto es al final", "reformasgalan"),
    ("o site \u00e9 limpezasfatima com ponto pt no fim", "limpezasfatima"),
    ("mon site c'est menage-eclair avec point fr \u00e0 la fin", "menage-eclair"),
])
def test_round_b3_forms_go(text, gone):
    assert gone.lower() not in sanitize(text).text.lower()


@pytest.mark.parametrize("text", [
    "The guest's Twitter handle goes on the lower third \u2014 the client sends it later.",
    "the bride's instagram username gets tagged in every post",
    "the client's insta account looks great after the refresh",
    "the insta handle goes under the logo on the flyer",
    "on insta, message me there - thursday",
    "I go by Samantha on every app",
    "i go by bus on most days",
    "I go by the book on every project",
    "fb @ads manager is down again",
    "listed on ebay as vintage",
    "sold it on ebay as refurbished, 40 euros",
    "it's listed on etsy as handmade",
    "I sell on kleinanzeigen as well",
    "check ebay for similar items before pricing",
    "the insta post uses @photo.jpg",
    "curl -d @data.json to the discord webhook",
    "I'll search on LinkedIn for Project Managers next week",
    "look on Facebook for New Year offers",
    "search on facebook for Black Friday deals",
    "find Lucas on facebook",
    "mein Signal-Name ist egal, schreib einfach hier",
    "my teams name is different from my email",
    "our site runs on asp with .net at the back end",
    "the website works with .net",
])
def test_round_b3_talk_stays(text):
    assert sanitize(text).text == text


def test_titled_name_after_platform_in_history_stays():
    text = "Mr.Smith from the council will inspect on Monday"
    assert sanitize(text, history=["a style more like Pinterest"]).text == text


# Round B5: reserved example names and reference sites stay; platform names, spoken country
# suffixes, provider domains after a comma and known companies written differently go.
@pytest.mark.parametrize("text, gone, who", [
    ("keybase mpetrakova, we can talk there", "mpetrakova", ()),
    ("threema ZK4H7PQ2, message me there", "ZK4H7PQ2", ()),
    ("on gitlab it's the same but with _studio at the end: nadiakern_studio", "nadiakern_studio",
     ()),
    ("mi insta es igual pero con .arte al final: lucia.montes.arte", "lucia.montes.arte", ()),
    ("github is the same as my name here but with -ux: renata-oliveira-ux", "renata-oliveira-ux",
     ()),
    ("visit kestrelworks dot uk for the portfolio", "kestrelworks", ()),
    ("schau mal auf holzbaumeier punkt ch vorbei", "holzbaumeier", ()),
    ("sur Instagram, tu me trouves sous atelier_mira.ceramique", "atelier_mira.ceramique", ()),
    ("en pinterest me encuentras bajo deco_lucia_22", "deco_lucia_22", ()),
    ("auf Pinterest findest du mich unter wohnideen_kathi", "wohnideen_kathi", ()),
    ("it's danagrayphoto, gmail.com", "danagrayphoto", ()),
    ("mine is rafaelcostaobras, hotmail.com, write there", "rafaelcostaobras", ()),
    ("tele: kitchen_kai22", "kitchen_kai22", ()),
    ("Tele - maria.sews.92", "maria.sews.92", ()),
    ("n a t e @ e x a m p l e . c o m", "nate", ()),
    ("userSPAMFREEname@example.org", "userspamfreename", ()),
    ("my portfolio: https://github.com/ana-ruiz-dev", "ana-ruiz-dev", ()),
    ("git clone https://github.com/marekzielinski/shopfix.git", "marekzielinski", ()),
    ("my wordpress profile profiles.wordpress.org/lenahartmann", "lenahartmann", ()),
    ("https://en.wikipedia.org/wiki/User:Kestrel_Mike is my page", "Kestrel_Mike", ()),
    ("https://www.npmjs.com/~tobiaskrause has my packages", "tobiaskrause", ()),
    ("pay me at https://buy.stripe.com/14k9AB3xyz", "14k9AB3xyz", ()),
    ("smtp.halloransolar.ie:587 is my mail server", "halloransolar", ()),
    ("write to jo@example-studio.com", "example-studio", ()),
    ("Conor from Mac Carthy Roofing here", "Mac Carthy",
     (Identity(name="Conor McCarthy", company="McCarthy Roofing"),)),
    ("Ask for Aoife at McNally Interiors", "McNally",
     (Identity(name="Aoife MacNally", company="MacNally Interiors"),)),
    ("Para la próxima escribinos directo, Casa Jacarandá tiene web propia", "Jacaranda",
     (Identity(name="Paula Ríos", company="Taller Casa Jacarandá"),)),
    ("Our site has everything, Blue Harbor is easy to find", "Blue Harbor",
     (Identity(name="Tom Lee", company="Studio Blue Harbor"),)),
])
def test_round_b5_forms_go(text, gone, who):
    assert gone.lower() not in sanitize(text, who).text.lower()


@pytest.mark.parametrize("text", [
    "spring.mail.username=demo@example.org is just for the local profile",
    "MAIL_FROM=orders@shop.example.com until the domain is verified",
    "set the webhook to https://hooks.example.net/stripe for the staging run",
    "server_name api.example.org; in the staging block",
    "point the test at http://localhost:8000/api and http://shop.test/cart",
    "in the README they write it as 'user at example dot org'",
    "the tutorial says the sender is noreply@example.com, leave it",
    "Docs: https://docs.djangoproject.com/en/5.0/ref/settings/#email-host",
    "see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API for the fetch options",
    "la doc de Symfony https://symfony.com/doc/current/forms.html lo explica",
    "https://laravel.com/docs/11.x/queues tiene la parte de workers",
    "the csv module docs (docs.python.org/3/library/csv.html) cover dialects",
    "per https://shopify.dev/docs/api/liquid the filter is money_with_currency",
    "Stripe explains it here: https://docs.stripe.com/payments/checkout",
    "https://learn.microsoft.com/en-us/graph/api/user-sendmail is the endpoint",
    "see https://en.wikipedia.org/wiki/Email_address for the allowed characters",
    "https://www.php.net/manual/en/function.mail.php has the headers part",
    "SMTP host smtp.mailgun.org:587 with STARTTLS",
    "imap.gmail.com:993 needs an app password",
    "git clone https://github.com/laravel/laravel.git and run composer install",
    "In Spanish you say 'arroba' for @ and 'punto' for the dot",
    "we say 'dot' in English, is it 'punkt' in German?",
    "the red dot uk version is the cheaper one",
    "keybase is what we use for signing releases, nothing more",
    "the tele is on the wall now, next to the window",
    "it's the same as last time but with a darker grout: anthracite",
    "Casa grande, cocina nueva y baño reformado.",
    "WhatsApp groups, we chat there all day",
    "Telegram channels, I talk there sometimes",
    "the polka dot uk dress sold out",
])
def test_round_b5_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    # letters parted by spaced dots, hyphens or underscores after a platform
    ("tg: m . a . r . i . e . l . l . e", "m . a . r . i . e"),
    ("my insta is j - o - n - a - s - k", "j - o - n - a"),
    ("ig: l _ u _ c _ y _ 9 _ 2", "l _ u _ c _ y"),
    # the mailbox said to be a full name, then the two parts joined in words
    ("my email is first and last name together at gmail: tobias and then merriweather",
     "merriweather"),
    ("it's first name + last name at yahoo, no dots: rosalind then ashcombe", "ashcombe"),
    ("mi correo es nombre y apellido en hotmail: valeria y luego quintanar", "quintanar"),
    # the provider's domain first, the user after the '@'
    ("yahoo.com @ delphinemarsh (reversed on purpose)", "delphinemarsh"),
    ("outlook.com@kwame.builds if you flip it", "kwame.builds"),
    # a path of several parts after a spaced or spoken address
    ("depop dot com / shop / LunaThreadsVintage to order", "LunaThreadsVintage"),
    ("linktr.ee / links / harbourpottery", "harbourpottery"),
    # a whole mail domain, then the name the writer goes by
    ("I'm on mail dot com as quillandfern, write there", "quillandfern"),
    ("bei gmx.de bin ich als sabinekuehn, schreib mir", "sabinekuehn"),
    ("I'm on gmail.com as harperquinn", "harperquinn"),
    # a site name said as words with a rule to join them and its suffix
    ("my site: lakeside tile works (no spaces) dot com", "lakeside tile works"),
    ("website is sunny side bakery, all one word, .com", "sunny side"),
    ("our shop is green leaf tea .co.uk, no spaces", "green leaf"),
    ("meine Seite: holz und hobel (zusammen) punkt de", "holz und hobel"),
    # a typo for "the gram", a handle with bracketed spoken dots
    ("thr gram @ nina (dot) paints (dot) pdx", "nina"),
    ("tha gram: olu.makes", "olu.makes"),
    ("find me on ig @ lena [dot] draws", "lena"),
    # TikTok said as "tt" after a possessive
    ("vou postar no meu tt hoje, é gatos_da_bia", "gatos_da_bia"),
    ("lo subo a mi tt esta noche, soy perritos_de_ana", "perritos_de_ana"),
    # a full name in brackets right after a real-name site
    ("vous me trouvez sur LinkedIn (Solène Marchetti, graphiste)", "Marchetti"),
    ("find me on LinkedIn (Tavish Okonjo) if you want", "Okonjo"),
])
def test_round_b6_forms_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "Set SMTP_HOST=smtp.sendgrid.net and port 587 in the .env file",
    "use imap.gmail.com with SSL, the app password is in the vault",
    "MAIL_HOST=smtp.office365.com and STARTTLS on",
    "on ig, rate the logos a - b - c - d - e from best to worst",
    "tg: version 1 . 2 . 3 . 4 . 5 is out",
    "i'm on gmail as well, both work",
    "I'm on gmail as backup only, use the chat",
    "we moved from gmail.com@ the office to outlook last year",
    "meet @ 5 dot 30 by the fountain",
    "the venue @ main (dot) street was packed",
    "our LinkedIn (Company Page) is updated weekly",
    "I saw on LinkedIn (Satya Nadella, CEO) a post about it",
    "the file names must have no spaces .txt or .csv",
    "my gmail is first name and last name, no dots, like the form says",
    "100 gram of flour, the gram scale is on the shelf",
])
def test_round_b6_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    # a name whose underscores are said as words, where a platform is named
    ("signal: same as my name, kwame underscore boateng", "boateng"),
    ("insta ist mara unterstrich vogel unterstrich design", "unterstrich vogel"),
    ("my tiktok handle is jules underscore bakes underscore daily", "bakes"),
    # a reddit user name with spaces after the slash or an underscore
    ("reddit: u/ br1ght_ falcon — dm me", "falcon"),
    ("on reddit u/ quietfern22, chat request", "quietfern22"),
    # the provider by a nickname or description after a spoken '@'
    ("reach me, t.ngata [at] gee mail, thanks", "t.ngata"),
    ("it's mbertrand at the big G's mail service", "mbertrand"),
    ("write to r.okafor (at) g mail please", "r.okafor"),
    # a slash said in French after a spoken domain, a typo'd linktree
    ("rdv sur calendly point com barre oblique marc-dubois-rdv", "marc-dubois-rdv"),
    ("linktr ee slash olivemakes for all my links", "olivemakes"),
])
def test_round_b7_forms_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    # service and documentation hosts of well-known companies, a status page, a public repo
    "Tracking docs are at https://developer.ups.com and need an API key per account.",
    "We post to api.twilio.com/2010-04-01/Accounts from the worker, never the app.",
    "See https://developers.facebook.com/docs/graph-api for the webhook fields.",
    "Check https://www.stripestatus.com first; the outage note is there.",
    "Per https://docs.gitlab.com/ee/ci the file goes in .gitlab-ci.yml at the root.",
    "Put it in .github/workflows/ci.yml and push.",
    "git clone https://github.com/airbnb/javascript.git for the style guide",
    "Run `git clone https://github.com/facebook/jest.git` first.",
    # localized example addresses as test values in code
    "Im Code bleibt `email = 'max.mustermann@beispiel.de'` als Testwert.",
    "Lascia `email = \"nome.cognome@esempio.it\"` nel codice per ora.",
    'config = {"correo": "usuario@ejemplo.es"} por ahora',
    # "underscore" as a verb, "u/" before an ordinary word, a company at a place
    "On Instagram we want to underscore the brand values",
    "use an underscore between words, per our Instagram guide",
    "reddit u/ are you there",
    "we moved our team at google mail over to Outlook",
])
def test_round_b7_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("mail me at carla@ejemplo.com when you can", "carla@ejemplo.com"),
    ("see my page: docs.lunaweaves.com", "lunaweaves"),
    ("my gist: gist.github.com/peterquill", "peterquill"),
    ("status page at lunastatus.com", "lunastatus"),
])
def test_round_b7_personal_sites_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text, gone", [
    ("Ma page Instagram s'appelle Fleurs de Lina Nantes, écrivez-moi", "Lina"),
    ("auf Facebook heißt meine Seite Dachdecker Olsen, schreib mir", "Olsen"),
    ("dc or disc: emberfox#3141", "emberfox"),
    ("ig - at sign, then 'tide', then 'pool', then 'prints'", "tide"),
    ("my telegram is copper + kettle + ivo, no spaces", "kettle"),
    ("my snap backwards: nayrbkraps", "nayrbkraps"),
    ("escribe al insta, soy el tornerojuanito", "tornerojuanito"),
    ("find me on facebook - Dara Lloyd-Evans Plastering", "Lloyd-Evans"),
    ("my yt channel is DeckDoctorDan, all the builds", "DeckDoctorDan"),
])
def test_round_h_handles_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "bring the disc, ticket#2211 is in the sleeve",
    "Instagram: 3 posts, then 2 reels, then a story",
    "We post on insta first, then on facebook, then on linkedin",
    "The Facebook group is called Parents Of Year Five",
    "my insta is busy, then quiet after Christmas",
])
def test_round_h_talk_stays(text):
    assert sanitize(text).text == text


def test_round_h_known_number_start():
    who = Identity(name="Tariq Haddad", phone="+44 7700 900461")
    out = sanitize("my mobile finishes 0461, it begins with 07700 900", [who]).text
    assert "07700900" not in out.replace(" ", ""), out


@pytest.mark.parametrize("text, gone", [
    ("ping me via that paper-plane app, handle fenwick_prints", "fenwick_prints"),
    ("estoy en la aplicación del pajarito como carpinteria_olmo", "carpinteria_olmo"),
    ("the \U0001f3b5 app: dancewith_ines", "dancewith_ines"),
    ("the chat app Durov runs, I'm ilya_reels there", "ilya_reels"),
    ("Telegramme (appli) : gaspard_velo", "gaspard_velo"),
    ("gh: user 'kit-marlow'", "kit-marlow"),
    ("github: sol dash arce dash dev", "arce"),
    ("linkedin: / in / bruna - leal", "bruna"),
    ("insta: tilda, dot, knits, dot, leeds", "knits"),
    ("ig: the\U0001f41dhive_co", "hive_co"),
    ("mon insta : petit jardin secret, avec un tiret bas entre chaque mot", "jardin"),
    ("my IG is 'morning over maple' with all vowels removed, no spaces", "maple"),
    ("tiktok: jota, o, ese, e, guion bajo, pe, i, ene, o", "jota, o, ese"),
    ("snap: at sign, then 'oak', 'and', 'reed', no spaces", "reed"),
])
def test_described_platforms_and_dictated_handles_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "the paper plane button sends the draft",
    "the blue bird logo in the footer looks blurry",
    "the photo app on the tablet keeps crashing",
    "tiktok: a, b, c, d, e, f",
    "subtitles on IG: en, es, de, fr, pt, it",
    "IG: banner and logo, no spaces in the file names",
    "instagram: reels, dash cams and tripods",
    "Telegram (desktop version): the upload limit is 2 GB",
    "Instagram (shop page): updated weekly",
    "for the API the username is 'admin' in the docs",
])
def test_described_platforms_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("gram: wren_and_ink", "wren_and_ink"),
    ("disc: tobiasgrey", "tobiasgrey"),
    ("tg ⟹ @ saraloops", "saraloops"),
    ("discord ➜ j◆e◆s◆s◆a◆d◆e◆v", "j◆e◆s◆s"),
    ("my snap letter by letter: p*i*p*_*r*o*w*e", "p*i*p"),
    ("X (the app formerly the bird): @ m◆a◆r◆e◆k◆o◆d◆e", "m◆a◆r"),
    ("on the LINE app my id is haru.knits", "haru.knits"),
    ("fb page is /glenholloweventhire, message it", "glenholloweventhire"),
    ("message me on the app with the little ghost 👻 — user: pia.grows", "pia.grows"),
    ("the gaming chat app (the purple one): fen.codes", "fen.codes"),
    ("I post reels on the clock app as saucebyrita, come say hi", "saucebyrita"),
    ("auf der Foto-App mit dem gelben Kamera-Icon findest du mich als backstube.ela",
     "backstube.ela"),
    ("meu insta é doce lar atelie, tudo junto com ponto entre as palavras", "doce lar"),
    ("je suis sur Insta. Mon compte c'est verre.souffle.anna, écrivez-moi", "verre.souffle"),
    ("my IG has dots in it: moth . and . moon", "moth . and"),
    ("me chama no insta, é casa ponto rui ponto obras", "ponto rui"),
    ("auf Threema erreichst du mich schneller, ID: T7RW2KXN", "T7RW2KXN"),
    ("find me on fb, the page is Halden Garden Rooms, message me there", "Halden Garden"),
    ("she'll text you on insta. I think it's clayandcrumb_ right?", "clayandcrumb_"),
])
def test_round_h2_handles_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "set a reminder in the clock app as backup",
    "the photo app is laggy since the update",
    "use the photo app as reference_v3 for the colours",
    "fb page is /events for now, we update it weekly",
    "Threema works for us, the invoice INV40821 is attached",
    "on threema, order ID: KX40QP12 has shipped",
    "O WhatsApp da loja no cabeçalho, o Instagram no rodapé",
    "my gram is visiting on Saturday so Monday works",
    "disc: scratched, I'll send a replacement",
    "a*b*c*d*e*f in the old template",
    "our LinkedIn (Company Page): launched in 2019",
    "fb messenger (desktop app): works fine now",
])
def test_round_h2_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("my behance boards for the pitch are under cobaltfinchdesign, follow me there",
     "cobaltfinchdesign"),
    ("such mich auf LinkedIn, mein Profil heißt jonas-keller-bau", "jonas-keller-bau"),
    ("mi cuenta de instagram está bajo casaolivodeco, sígueme", "casaolivodeco"),
    ("auf Instagram findest du mich unter dem Namen gartenwerkstattlind", "gartenwerkstattlind"),
    ("meu perfil no linkedin chama-se ana-prado-arq", "ana-prado-arq"),
    ("on tumblr I'm at-sign velvetmothzine", "velvetmothzine"),
    ("insta: at sign velvetmothzine", "velvetmothzine"),
    ("t g → r u n e _ k n i t s", "r u n e"),
    ("find me in the design slack as oona_draws", "oona_draws"),
    ('const ig = "@" + "tomas" + "_" + "welds";', "welds"),
    ("I'm 'saltmarsh pottery' on fb, no spaces", "saltmarsh pottery"),
    ("add 'ivo dot frames' on the gram", "ivo dot frames"),
    ("add ivo dot frames on the gram", "ivo dot frames"),
    ("find my page on facebook, Briar Lane Joinery, message me there", "Briar Lane"),
    ("instagram is my name plus 'makes' - delphinecourt + makes", "delphinecourt"),
])
def test_round_bh_handles_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "my facebook ads are under moderation, sorry",
    "the tiktok campaign is called springdrop, right?",
    "on insta the at sign goes before the name",
    "there's some slack in the budget as of v2.3",
    "post it in slack as a thread",
    'const addr = "ana" + "@" + "mail";',
    'x = "@" + "2x"',
    "post 'spring sale' on insta tomorrow",
    "search 'casa verde' on fb",
    "our page on facebook, Spring Sale Preview, goes live Monday",
    "a b - c d e f g",
    "die WhatsApp-Gruppe heißt familiebergmann",
])
def test_round_bh_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    # a name spaced out letter by letter after a described platform, or "I'm" on one
    ("the little ghost app: t o m _ w e l d s", "w e l d s"),
    ("no app do passarinho azul sou j o a o _ f r e t e s", "f r e t e s"),
    ("on snapchat I'm m a r i n a _ b a k e s", "m a r i n a"),
    ("en instagram soy c a r p i n t e r o l u z", "c a r p i n"),
    # the writer's one name, said to hold on every platform
    ("I'm m.ferraz on all the apps", "m.ferraz"),
    ("soy casa.mora en todas las redes", "casa.mora"),
    ("sou ateliermaria em todas as redes (insta, tiktok)", "ateliermaria"),
    ("je suis atelier_lune partout", "atelier_lune"),
    # a name set off by a pair of dashes after "find me on <platform>"
    ("add me on insta – lunafloristas – y te mando fotos", "lunafloristas"),
    ("look me up on tiktok — brunoschreiner — then DM me", "brunoschreiner"),
    ("me encuentras en instagram - carpinteriaolmo - ahí subo todo", "carpinteriaolmo"),
    # a quote opening the name after several intro words
    ('on insta you\'ll find me as "casa_verde_deco", come say hi', "casa_verde_deco"),
    ('twitter me, I\'m under "m.ferraz_dev" there', "m.ferraz_dev"),
    ("linkedin me, I'm under 'ana-prado-arq', happy to connect", "ana-prado-arq"),
    # "my @" standing for the name, dictated in pieces
    ("my @ on the bird app is tomas + welds + 9, all together", "welds"),
    ("mi @ en la app de fotos es casa + verde + 7, todo junto", "verde"),
    ("mon @ sur l'appli photo c'est lea + dessine + 3, sans espaces", "dessine"),
    # a quoted name on a described platform, with a spelling rule or the writer's intro
    ("I'm 'casa del pan' on the little ghost app, all one word", "casa del pan"),
    ("busca 'panaderia luz' en la app del pajarito, sin espacios", "panaderia luz"),
    ("follow 'atelier nord' on the paper plane app", "atelier nord"),
])
def test_round_fh_handles_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "on insta I'm a b c fan",
    "the blue bird app: a b c is great",
    "on the ghost app I'm at the U S A office",
    "I'm behind on everything (ig, tiktok, emails)",
    "I'm available on all the platforms, ig included",
    "I'm overbooked on everything this week, sorry - insta can wait",
    "I'm Sam on every app",
    "je suis débordée partout, même sur insta",
    "estoy ocupado en todas las redes, insta incluido",
    "find me on slack - tomorrow - and we'll sort it",
    "find me on linkedin - mornings - and we'll talk",
    "I'm on instagram - sometimes - but rarely post",
    "find us on facebook - yesterday's post - for photos",
    "on instagram we use 'stories' a lot",
    "my @ on the photo app is my first name + last initial",
    "my @ is in the signature, price is 20 + 5 shipping",
    "my @ on the photo app is lucia, I'll post photos + videos there",
    "post 'spring sale' on the ghost app tomorrow",
    "we shot 'the big move' on the photo app, no filters",
    "search 'summer deals' on the bird app",
])
def test_round_fh_talk_stays(text):
    assert sanitize(text).text == text


@pytest.mark.parametrize("text, gone", [
    # an aside naming the platform by its icon, between the platform and the colon
    ("snap (the ghost one): lenaparks", "lenaparks"),
    ("telegram (o do aviãozinho): pedro_lima", "pedro_lima"),
    ("twitter (el pajarito azul) : bettydraws", "bettydraws"),
    # the camera app named in Spanish or Portuguese, then "soy"/"sou" and a long name
    ("en la app de la cámara soy huertodeluisa", "huertodeluisa"),
    ("búscame en la app de la camarita, soy taller.roble", "taller.roble"),
    ("na app da câmera sou ateliedaana", "ateliedaana"),
    # "I'm x" on a described generic app: a long run of words, even ending like a plural
    ("on the photo app I'm goldenhourportraits", "goldenhourportraits"),
    ("I post on the picture app, I'm slowstitchmoments", "slowstitchmoments"),
    ("on the clock app I'm tinykitchenexperiments", "tinykitchenexperiments"),
    # "I'm x, no spaces": the writer's name, then how it is typed
    ("on insta I'm tessbakes, all one word", "tessbakes"),
    ("sur insta je suis atelierlune, sans espaces", "atelierlune"),
    ("en tiktok soy lunaverde, todo junto", "lunaverde"),
])
def test_round_fh2_handles_go(text, gone):
    out = sanitize(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "Telegram (the paper plane icon): tap it to open the group",
    "Twitter (the old bird logo): we stopped posting there in 2023",
    "Telegram (la del avioncito): ya no la uso para el trabajo",
    "en la app de la cámara se ven mejor las fotos",
    "en la app de la cámara soy malísima, siempre salen movidas",
    "en la app de la cámara soy nueva, todavía aprendo",
    "en la app de la cámara soy principiante",
    "na app da câmera sou péssima",
    "on the camera app I'm procrastinating",
    "on the photo app I'm unrecognizable",
    "for the insta banner I'm thinking, all lowercase",
    "on insta I'm afraid no spaces are left for Friday",
    "on insta I'm flexible, no caps needed on the banner",
    "on insta I'm fine, no dots",
])
def test_round_fh2_talk_stays(text):
    assert sanitize(text).text == text
