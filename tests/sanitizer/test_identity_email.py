"""Mailboxes said as words to be joined, and a known party's name or company given in disguise:
backwards, with a remark on its spelling, as a family business or to be looked up; and the
ordinary texts next to each that must stay as written."""
import pytest

from server.sanitizer import sanitize
from server.sanitizer.types import Identity

P = "[contact removed]"

DAVIDSON = Identity(name="Carl Davidson")
HOFFMANN = Identity(name="Lena Hoffmann", email="lena.hoffmann@web.de")
SCHROEDER = Identity(name="Karl Schröder", company="Gartenbau Schröder")
SCHROEDER_FIRM = Identity(company="Gartenbau Schröder")
OLVERA = Identity(name="Luis Olvera")
OLVERA_FIRM = Identity(company="Jardinería Olvera")
PARK = Identity(name="Sam Park")
BLEU = Identity(name="Claire Morel", company="Studio Bleu Nuit")
NORD = Identity(name="Ines Vidal", company="Atelier Lumière Verte Lyon")

# (text, identities, secrets that must not survive)
CAUGHT = [
    # a mailbox of two or three words to be joined, "at" a provider or a domain
    ("if anything changes, email is stefan wagner at t online dot de, no dots", (),
     ["stefan", "wagner"]),
    ("email is stefan wagner at t-online.de", (), ["stefan", "wagner"]),
    ("my mail: anna lena kraus at gmx dot de", (), ["anna", "kraus"]),
    ("correo es maria jose at hotmail punto com", (), ["maria", "jose"]),
    ("e-mail address is jonas berg at bergbau dot com", (), ["jonas", "berg"]),
    ("mail an peter müller bei web punkt de, ohne Punkt", (), ["peter", "müller"]),
    ("email is tinaweiss at t online dot de", (), ["tinaweiss"]),
    ("my email's greta holm at g mail dot com", (), ["greta", "holm"]),
    # a family name backwards
    ("my surname backwards is 'nosdivad' lol", (DAVIDSON,), ["nosdivad"]),
    ("read it backwards: nosdivad", (DAVIDSON,), ["nosdivad"]),
    ("mein Nachname rückwärts: nnamffoh", (HOFFMANN,), ["nnamffoh"]),
    ("mon nom à l'envers, nosdivad", (DAVIDSON,), ["nosdivad"]),
    # a family name with a remark on its spelling, or after the address is described
    ("first name dot last name at web dot de. Hoffmann with two f and two n", (HOFFMANN,),
     ["hoffmann"]),
    ("Hoffmann mit zwei f, wie gesagt", (HOFFMANN,), ["hoffmann"]),
    ("Schröder with oe if you search: Gartenbau Schroeder in Pinneberg", (SCHROEDER,),
     ["schroder", "schroeder"]),
    ("Schröder with oe if you search: Gartenbau Schroeder in Pinneberg", (SCHROEDER_FIRM,),
     ["schroder", "schroeder"]),
    ("the address is the usual one with my last name, Davidson, no dots", (DAVIDSON,),
     ["davidson"]),
    # a family business, or a name given to be looked up
    ("we're the Olvera brothers landscaping, google us, 200 reviews", (OLVERA,), ["olvera"]),
    ("Olvera & Sons on Maps, you'll see the photos", (OLVERA,), ["olvera"]),
    ("somos los hermanos Olvera, búscanos en Google", (OLVERA,), ["olvera"]),
    ("just google Olvera gardens Tucson", (OLVERA,), ["olvera"]),
    ("the Olvera brothers, google us", (OLVERA_FIRM,), ["olvera"]),
    ("Davidson Family Plumbing, look us up", (DAVIDSON,), ["davidson"]),
    # a company named after its leading generic word
    ("notre studio c'est Bleu Nuit, tape ça sur Google avec Bordeaux", (BLEU,), ["bleunuit"]),
    ("we're Bleu Nuit, the studio in Bordeaux", (BLEU,), ["bleunuit"]),
    ("cherche Lumière Verte sur Google", (NORD,), ["lumiereverte"]),
    # a mailbox in pieces, dictated between commas, or with a sign or emoji for the '@'
    ("my mail is pennacraft then 19 at yahoo", (), ["pennacraft"]),
    ("its moe, then quill, then the number 2, all together, at gmail", (), ["quill"]),
    ("reply to billing, at, ostrandfarms, dot, net", (), ["ostrandfarms"]),
    ("schick es an anfrage at tischlerei-kurz de", (), ["tischlereikurz"]),
    ("c'est hugo, tiret bas, lenoir, arobase gmail point com", (), ["lenoir"]),
    ("correo: mi empresa, vidrieriasoto, arroba hotmail", (), ["vidrieriasoto"]),
    ("an atelier-roth, das At-Zeichen, dann gmx.net", (), ["atelierroth"]),
    ("use 'nelloprints' in front of @gmail.com", (), ["nelloprints"]),
    ("mail: wren✉️thistlegate.co.uk", (), ["wren", "thistlegate"]),
    ("loop in k.osei at the firm's domain, oseilegal.com", (), ["kosei", "oseilegal"]),
    # a provider said apart, a host with a space for its dot, a name in brackets to be joined
    ("it's haroldquint at g mail, no dots", (), ["haroldquint"]),
    ("ist jonasweber bei g mail, ohne Punkte", (), ["jonasweber"]),
    ("Belege an praxis-kern at mailbox org", (), ["praxiskern"]),
    ("my email is the studio name (wild thyme) all one word, at gmail", (), ["wildthyme"]),
    ("mail hello@ then the name of my cafe dot com (Fig & Fennel, no spaces)", (),
     ["figfennel"]),
]

# (text, identities): must come out exactly as written
KEPT = [
    ("Email me directly at the office tomorrow", ()),
    ("email is my name at gmail, as usual", ()),
    ("the email address is first name at gmail", ()),
    ("send the mail to the team at noon", ()),
    ("e-mail an Frau Berg bei Orange", ()),
    ("the mail reached anna at home", ()),
    ("Davidson is also a brand of motorbikes, funny", (DAVIDSON,)),
    ("nosdivad looks like a word but it is nothing", (DAVIDSON,)),
    ("let me reverse the last commit, sorry", (DAVIDSON,)),
    ("Hoffmann with a team of five would be quicker", (HOFFMANN,)),
    ("the park with two benches is nicer", (PARK,)),
    ("google it if you want, the park is lovely", (PARK,)),
    ("what's your last name? we're near Central Park", (PARK,)),
    ("search for Olympic Park on Maps", (PARK,)),
    ("une veste bleu nuit, très élégante", (BLEU,)),
    ("Bleu nuit, c'est la couleur du logo", (BLEU,)),
    ("the studio brothers came by and searched the attic", (BLEU,)),
    ("Schröder ist ein häufiger Name hier", (SCHROEDER_FIRM,)),
    # documentation and public sites after "at", and ordinary lists with "then"
    ("the guide is at learn.microsoft.com/power-bi if you need it", ()),
    ("the forms are at sandiego.gov/permits", ()),
    ("quote first, then 30% at signing, rest on outlook invite", ()),
    ("send the drawings, then the invoice, at the end of the week", ()),
    ("my colleague at g mail answered", ()),
    ("I store receipts on g mail", ()),
    ("the gmail app (beta build) all together feels faster", ()),
]


def _alnum(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def _plain(s: str) -> str:
    import unicodedata
    nfkd = unicodedata.normalize("NFKD", s)
    return _alnum("".join(c for c in nfkd if not unicodedata.combining(c)))


@pytest.mark.parametrize(("text", "ids", "secrets"), CAUGHT)
def test_caught(text: str, ids: tuple, secrets: list[str]) -> None:
    out = sanitize(text, ids).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize(("text", "ids"), KEPT)
def test_kept(text: str, ids: tuple) -> None:
    assert sanitize(text, ids).text == text


# Separators set off, spelled or explained in words; a site said from its "www".
SEPARATORS_CAUGHT = [
    ("notes go to hugo.lind \u2014 at \u2014 posteo.de", ["hugo.lind"]),
    ("mail: y-a-r-a-b-e-l (no dashes) arobase laposte.net", ["yarabel"]),
    ("para presupuestos: ivo.serra, arroba, sapo.pt", ["ivo.serra"]),
    ("facturas a rocio.lm (a) gmail, gracias", ["rocio.lm"]),
    ("papa echo tango romeo alfa, dot, kilo at icloud", ["petra.k"]),
    ("dana_ko\u2666yahoo\u2666com (the diamond is the @ and then the dot)", ["dana_ko"]),
    ("inbox is first name dot last name at gmail. First name Ottilie, last name Brand",
     ["ottilie", "brand"]),
    ("www dot quietharbor dot pet, open till six", ["quietharbor"]),
    ("tres uves dobles, punto, cerrajeriatoro, punto, com", ["cerrajeriatoro"]),
    ("the words iron, and, ivy, mashed together, dot co", ["ironandivy"]),
    ("my booking page is calendly dot com and after that slash kofi-tutor", ["kofi-tutor"]),
    ("enter marsh + wren into the address bar with .org", ["marshwren"]),
    ("git@gitlab.com:petraweiss/portfolio.git has the source", ["petraweiss"]),
]
SEPARATORS_KEPT = [
    "CNAME www \u2192 cname.vercel-dns.com and TTL 300",
    "the staging link is staging-3c7e.up.railway.app since Tuesday",
    "Error: java.lang.NullPointerException at InvoiceJob.java:57",
    "at org.shop.Cart.total(Cart.kt:41)",
    "Point origin at git@github.com:your-company/webshop.git, then push",
    "MX 10 mx2.improvmx.com for the mail",
    "option (a) gmail or (b) outlook, your call",
    "Alpha, Bravo and Charlie teams meet at the depot",
    "the www version, dot com style, is gone",
    "we met the results \u2014 at last \u2014 so thanks",
]


@pytest.mark.parametrize(("text", "secrets"), SEPARATORS_CAUGHT)
def test_separators_caught(text: str, secrets: list[str]) -> None:
    out = sanitize(text).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize("text", SEPARATORS_KEPT)
def test_separators_kept(text: str) -> None:
    assert sanitize(text).text == text


# A mailbox whose '@' or dots are said in words the normalizer leaves alone: a phrase for the
# '@' ("Klammeraffe", "suivi de l'arobase"), characters dictated between commas, a space for
# the dot after a long domain name, a small mail host without its ending.
SAID_PARTS_CAUGHT = [
    ("mail: henrik.ost, dann das Klammeraffen-Zeichen, dann mailbox.org", ["henrik.ost"]),
    ("c'est lou_brun suivi de l'arobase et free.fr", ["lou_brun"]),
    ("es nuria_p seguido de la arroba y gmail.com", ["nuria_p"]),
    ("email: t, o, m, dot, r, e, e, s at yahoo", ["tom.rees", "rees"]),
    ("my email is wes at copperkettlecatering com", ["copperkettlecatering"]),
    ("k a t j a . m e y e r (at) posteo", ["katja.meyer", "meyer"]),
]
SAID_PARTS_KEPT = [
    "use the at sign, then the domain name, in the login form",
    "a, b, c, d at most, then we stop",
    "the team at headquarters com signs off friday",
    "é bloqueado no gmail, o anexo é grande demais",
    "the @ sign then index.html in the path",
]


@pytest.mark.parametrize(("text", "secrets"), SAID_PARTS_CAUGHT)
def test_said_parts_caught(text: str, secrets: list[str]) -> None:
    out = sanitize(text).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize("text", SAID_PARTS_KEPT)
def test_said_parts_kept(text: str) -> None:
    assert sanitize(text).text == text


# Sites said in ways the other tables do not cover: a link spaced out after a one-letter word,
# a slash said between commas, a Romance spoken dot after a verb of visiting, a one-word name
# with its suffix "on the end", a name and suffix with the rule to put the dot between, a site
# built from the user name given after an arrow, a profile path after a described site.
SAID_SITES_CAUGHT = [
    ("ve a h t t p s : / / t a l l e r d e l u z . e s", ["tallerdeluz"]),
    ("mira o h t t p : / / c a s a v e r d e . p t", ["casaverde"]),
    ("check e h t t p s : / / f e r n s t u d i o . c o m", ["fernstudio"]),
    ("my shots are on behance, slash, marco-lens", ["marcolens"]),
    ("github, barra, jo_dev22", ["jodev22"]),
    ("Meine Arbeiten auf dribbble, Schrägstrich, lenavogt", ["lenavogt"]),
    ("allez sur fleuristedelaroche point fr pour les tarifs", ["fleuristedelaroche"]),
    ("entra en carpinterialopez punto mx y mira los trabajos", ["carpinterialopez"]),
    ("acesse padariadobairro ponto pt e veja o menu", ["padariadobairro"]),
    ("visitez ateliermarchand point ch pour la suite", ["ateliermarchand"]),
    ("ridgelinecabinets and then .ca on the end", ["ridgelinecabinets"]),
    ("greenwoodjoinery and then .co.uk at the end, the reviews are there",
     ["greenwoodjoinery"]),
    ("kestrelmedia then .io on the end", ["kestrelmedia"]),
    ("tallerluz es, con un punto delante del es", ["tallerluz"]),
    ("holzbau-maier de (mit einem Punkt davor)", ["holzbaumaier"]),
    ("fotoleblanc fr (mets un point avant le fr)", ["fotoleblanc"]),
    ("my site is my handle plus 'studio' with the .io ending -> mayaro-studio",
     ["mayarostudio"]),
    ("same as my user name, add 'photo' and the .com part: lenaphoto", ["lenaphoto"]),
    ("mi web es mi nombre de usuario con 'arte' y el .es -> juliaarte", ["juliaarte"]),
    ("my work is on that orange site for designers, /lenavogtart", ["lenavogtart"]),
    ("mis fotos están en esa web roja de fotógrafos, /marcosfoto", ["marcosfoto"]),
    ("my portfolio is on the blue site with the dots, /jojo_prints", ["jojoprints"]),
]
SAID_SITES_KEPT = [
    "see a https://docs.python.org/3/ for the docs",
    "run it on ahttp://localhost:8000",
    "on github, slash, issues is where bugs go",
    "it's on etsy, slash, and then the category page",
    "behance, slash, the portfolio tab",
    "le dernier point fr du contrat est clair",
    "allez sur le point fr du menu",
    "entra en detalle punto por punto",
    "the subdomain and then .com at the end",
    "your shopname and then .com at the end",
    "rendering and then .net at the end",
    "version 2 com (put a dot before the com)",
    "add a dot before the total, 45.00",
    "Acme Inc (add a period after Inc)",
    "add the .net bit to the name field -> validation fails",
    "the name plus .com -> checkout",
    "the .net bit -> migrated",
    "my site has a new page: /testimonials",
    "the photos are on my site, /gallery2",
    "it's on our website, /services",
]


@pytest.mark.parametrize(("text", "secrets"), SAID_SITES_CAUGHT)
def test_said_sites_caught(text: str, secrets: list[str]) -> None:
    out = sanitize(text).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize("text", SAID_SITES_KEPT)
def test_said_sites_kept(text: str) -> None:
    assert sanitize(text).text == text


# A user name with its provider given as an aside ("the gmail one", "la de hotmail", "(bei gmx)"),
# as labelled fields, as the later parts of a mailbox in pieces, or after "my <provider>".
PROVIDER_ASIDES_CAUGHT = [
    ("answers go to marek_sobczak, the hotmail one", ["marek_sobczak"]),
    ("escríbele a lucia.prado88, la de gmail", ["lucia.prado88"]),
    ("manda pro rafa_motos, o do hotmail", ["rafa_motos"]),
    ("écris-moi sur lea.bonnet7, celle de laposte", ["lea.bonnet7"]),
    ("send it to tom-baker (at gmail) when ready", ["tombaker"]),
    ("Rechnungen bitte an anne-rivet (bei gmx), danke", ["annerivet"]),
    ("Benutzername: pedro_lima91, Anbieter: gmx", ["pedro_lima91"]),
    ("login = kasia.w  /  service = outlook", ["kasia.w"]),
    ("first bit: j / second bit: oduya_77 / gmail on the end", ["oduya_77"]),
    ("erster Teil: lena, zweiter Teil: berg_84, dann gmx", ["berg_84"]),
    ("primera parte: ana, segunda parte: ruiz.arq, y luego hotmail", ["ruiz.arq"]),
    ("mi gmail, el de siempre, es carla.v93", ["carla.v93"]),
    ("mein gmx fürs Büro, das ist tobi.k77", ["tobi.k77"]),
    ("my icloud for family, it's sam.ortiz12", ["sam.ortiz12"]),
]

PROVIDER_ASIDES_KEPT = [
    "the draft is report_final.pdf (on outlook), see the thread",
    "we sent a follow-up (at gmail, not outlook) yesterday",
    "user: admin / provider: gmail, ask IT for the password",
    "user: build_bot / provider: github actions",
    "first part: intro, second part: setup_guide.md, all in the gmail folder",
    "my gmail storage is full, it's 15.2 GB now",
    "mi hotmail está lleno, es normal con tantas fotos",
    "the gmail one or the outlook one, whatever works for you",
    "second part: the invoice, then the yahoo receipt",
    "my outlook calendar, it's v2.3 after the update",
    "my outlook rules: it's rule_3 that moves them to the archive",
    "mi gmail del trabajo, es etiqueta_2 la que filtra todo",
]


@pytest.mark.parametrize(("text", "secrets"), PROVIDER_ASIDES_CAUGHT)
def test_provider_asides_caught(text: str, secrets: list[str]) -> None:
    out = sanitize(text).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize("text", PROVIDER_ASIDES_KEPT)
def test_provider_asides_kept(text: str) -> None:
    assert sanitize(text).text == text


WAGNER = Identity(name="Jonas Wagner", company="Schreinerei Wagner")
PRICE = Identity(name="Mia Price")

# A known party's name given in disguise without saying so: backwards with the capitals at
# each word's end, after an inflected "surname" label, or to be looked up with German "googeln".
DISGUISED_NAMES_CAUGHT = [
    ("ask for sanoJ rengaW at the yard", (WAGNER,), ["rengaw", "sanoj"]),
    ("pregunta por rengaW en la tienda", (WAGNER,), ["rengaw"]),
    ("frag nach rengaW sanoJ, der macht das", (WAGNER,), ["rengaw"]),
    ("bitte meinen Nachnamen: Wagner, ohne h", (WAGNER,), ["wagner"]),
    ("mis apellidos: Wagner Ruiz, búscame así", (WAGNER,), ["wagner"]),
    ("googeln Sie einfach Wagner Holzbau Freiburg", (WAGNER,), ["wagner"]),
    ("einfach mal googeln: Wagner Treppen", (WAGNER,), ["wagner"]),
]

DISGUISED_NAMES_KEPT = [
    ("ask for the manager at the yard, he'll sort it", (WAGNER,)),
    ("wir googeln das und melden uns", (WAGNER,)),
    ("the price is fixed, ask for ecirp discounts never", (PRICE,)),
    ("bitte den Nachnamen des Empfängers angeben", (WAGNER,)),
    ("mis apellidos están en la factura", (WAGNER,)),
    ("the iPhone and eBay listings are live", (WAGNER,)),
]


@pytest.mark.parametrize(("text", "idents", "secrets"), DISGUISED_NAMES_CAUGHT)
def test_disguised_names_caught(text: str, idents: tuple, secrets: list[str]) -> None:
    out = sanitize(text, idents).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize(("text", "idents"), DISGUISED_NAMES_KEPT)
def test_disguised_names_kept(text: str, idents: tuple) -> None:
    assert sanitize(text, idents).text == text


# The writer's own mailbox given without an '@': "I'm on <provider> as <name>" with the
# provider named or described, the provider described before a colon, the name spaced out
# before "sur"/"on" the provider, or the mailbox said by how it starts and ends.
MAILBOX_TOLD_CAUGHT = [
    ("I'm on gmail as lakeshorepottery, message me", ["lakeshorepottery"]),
    ("je suis sur hotmail comme atelierfleuri, écris-moi", ["atelierfleuri"]),
    ("ich bin bei Googles Mail als tischlerfritz.", ["tischlerfritz"]),
    ("I'm on Microsoft's mail as bluecanoeguy", ["bluecanoeguy"]),
    ("mi correo de la G grande: panaderia1962", ["panaderia1962"]),
    ("my address at Google's mail: kite_works22", ["kite_works22"]),
    ("contacto: m a r e a b a j a  sur gmail", ["mareabaja"]),
    ("it's: h a l e y w o o d s  on gmail", ["haleywoods"]),
    ("my email starts with saltmarsh and ends with studio, it's hotmail", ["saltmarsh"]),
    ("mi correo de gmail empieza por carpinteriaruiz y termina en 77", ["carpinteriaruiz"]),
    ("meine Mailadresse bei GMX fängt mit kuechenprofi an", ["kuechenprofi"]),
]

MAILBOX_TOLD_KEPT = [
    "I'm on gmail as discussed, send the draft there",
    "I'm on Outlook as usual, ping me if needed",
    "we moved to Google's mail as standard.",
    "the Google mail outage: about 40 minutes yesterday",
    "my email starts with Hello and ends with Regards, we use gmail",
    "my email begins with the invoice number, then the gmail footer",
    "my email starts with the quote number, outlook adds the signature",
    "I'm on gmail as well, so either works",
]


@pytest.mark.parametrize(("text", "secrets"), MAILBOX_TOLD_CAUGHT)
def test_mailbox_told_caught(text: str, secrets: list[str]) -> None:
    out = sanitize(text).text
    assert P in out
    rest = _plain(out.replace(P, " "))
    for secret in secrets:
        assert _plain(secret) not in rest, out


@pytest.mark.parametrize("text", MAILBOX_TOLD_KEPT)
def test_mailbox_told_kept(text: str) -> None:
    assert sanitize(text).text == text
