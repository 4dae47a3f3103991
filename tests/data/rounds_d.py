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

# Emails and sites given in pieces or described (round D2): a mailbox assembled with "then",
# dictated between commas, a symbol or emoji for the '@', a site named by its suffix rule;
# and the vendor, government and code texts next to them that must stay.
LEAKS += [
    # the user part quoted before a domain typed without one
    ('en', 'email', "type 'tilework77' before @outlook.com and it reaches me", ['tilework77'],
     {}),
    ('de', 'email', "schreib 'fliesenmeier' vor @gmx.de, dann komme ich dran", ['fliesenmeier'],
     {}),
    # the mailbox in pieces joined by "then"
    ('en', 'email', 'mail is corabuilds then 41 at gmail', ['corabuilds'], {}),
    ('en', 'email', "it's dex, then harlan, then the number 7, all together, at hotmail",
     ['dexharlan7', 'harlan'], {}),
    ('es', 'email', 'mi correo: tejadosruiz luego 88 arroba gmail', ['tejadosruiz'], {}),
    ('en', 'email', "'bramblewren' then the number 5 twice, on gmail", ['bramblewren'], {}),
    # dictated with a comma after each piece, or the dot said as a space
    ('en', 'email', 'send the PO to orders, at, fennwickmills, dot, com please',
     ['fennwickmills'], {}),
    ('de', 'email', 'schick es an buchhaltung at malerei-brandt de', ['malereibrandt'], {}),
    ('fr', 'email', "c'est lucie, tiret bas, marchand, arobase orange point fr",
     ['luciemarchand', 'marchand'], {}),
    ('es', 'email', 'es carla, punto, benitez, arroba hotmail punto com',
     ['carlabenitez', 'benitez'], {}),
    # a plain name, then the spoken '@' and a provider
    ('es', 'email', 'correo: el de la empresa, cerrajeriamolina, arroba gmail',
     ['cerrajeriamolina'], {}),
    ('pt', 'email', 'meu email: marcenariaribeiro, tudo junto, arroba uol ponto com ponto br',
     ['marcenariaribeiro'], {}),
    # the '@' sign described, in German, Spanish and French
    ('de', 'email', 'an kanzlei-wolff, das At-Zeichen, dann web.de bitte', ['kanzleiwolff'], {}),
    ('es', 'email', 'a talleres-ibarra, el símbolo arroba, luego gmail.com', ['talleresibarra'],
     {}),
    ('fr', 'email', "à garage-petit, le signe arobase, puis free.fr", ['garagepetit'], {}),
    # a mail emoji for the '@'
    ('en', 'email', 'mail me the plans: orla📧greenhollowdesign.com', ['orla', 'greenhollowdesign'],
     {}),
    # the user part, "at" a domain described, then the domain
    ('en', 'email', "cc dmitri.v at the studio's domain, vasilevstudio.com",
     ['dmitriv', 'vasilevstudio'], {}),
    ('en', 'email', 'ask j-o-r-d-a-n at our company site, pellwoodhomes dot com',
     ['jordan', 'pellwoodhomes'], {}),
    # the company standing in the domain, named after it
    ('en', 'email', 'mail hello at the company name dot com - company is Quarrystone Kitchens',
     ['quarrystonekitchens'], {}),
    # a site to look up, the result said to be the writer's
    ('en', 'url', "search 'marlow-and-finch-joinery', it's the first .co.uk result",
     ['marlowandfinchjoinery'], {}),
    ('en', 'url', "google 'tidewater decking norfolk', top result, the site has my prices",
     ['tidewaterdecking'], {}),
    # a link-in-bio with a space after its slash
    ('en', 'url', 'beacons.ai/ lunaworkshop has it all', ['lunaworkshop'], {}),
    # a site name with the suffix said after a rule or an "ends in"
    ('es', 'url', 'mi web se llama cocinasbernal y termina en .es, ahí están las fotos',
     ['cocinasbernal'], {}),
    ('de', 'url', 'meine Seite heißt schreinerei-vogt und endet auf .de', ['schreinereivogt'],
     {}),
    ('en', 'url', 'my website: type oakridge-tiling (hyphen included) and then .ca into the '
     'browser', ['oakridgetiling'], {}),
    ('de', 'url', 'auf meiner Homepage: gartenbaukrause zusammengeschrieben und dann .de',
     ['gartenbaukrause'], {}),
    ('pt', 'url', 'meu site: ceramicasilva (junto) ponto com ponto br', ['ceramicasilva'], {}),
    ('en', 'url', 'my website is the shop name .com - Fern & Feather Studio, no spaces',
     ['fernfeatherstudio', 'fern & feather'], {}),
    ('en', 'url', "my website = 'copperkettle' + .net, easy", ['copperkettle'], {}),
    # a site spaced out letter by letter, punctuation glued to its end
    ('es', 'url', 'mira mi web: r e f o r m a s l u z . e s, ahí lo tienes', ['reformasluz'],
     {}),
]
BENIGN += [
    # a maker's site with the manual, spec sheet or firmware talked about
    ('en', 'the oven is a Bosch Series 8, the manual is on bosch-home.com under Service'),
    ('en', 'datasheet for the pump is on the Grundfos site (grundfosproducts.com)'),
    ('de', 'Die Bedienungsanleitung vom Viessmann Kessel liegt auf viessmann-heizung.de'),
    # government and public portals
    ('en', 'the permit form is on colorado.gov, section 4'),
    ('en', 'upload the bid through the portal on austintexas.gov before noon'),
    ('fr', 'la déclaration se fait sur impots.gouv.fr avant le 30 mai'),
    ('es', 'el modelo 303 se presenta en agenciatributaria.gob.es'),
    ('en', 'file it at gov.uk/vat-returns, it takes ten minutes'),
    # code: properties among a call's arguments
    ('en', 'the call is renderCard(item.title, template.name) and it fails on null'),
    ('en', 'it crashes in notify(order.id, recipient.name) after the update'),
    # documentation after "at"
    ('en', 'the steps are at learn.microsoft.com/azure, ping me if stuck'),
    # ordinary text close to the new forms
    ('en', 'first the deposit then 50% on delivery, the rest at handover'),
    ('en', 'the site name should end in .com, something short'),
    ('es', 'mándalo a contabilidad, luego lo reviso'),
    ('en', 'we meet at check-in then lunch at noon'),
]

# Mailboxes given in disguise (round D3): a provider's name said apart ("g mail"), a mail host
# the normalizer does not know with a space for its dot, a name in brackets to be joined, and a
# name in brackets after the suffix; and the ordinary texts next to them that must stay.
LEAKS += [
    ('en', 'email', "it's nadiavoss at g mail, lowercase", ['nadiavoss'], {}),
    ('en', 'email', 'mine is oliverpratt at g-mail', ['oliverpratt'], {}),
    ('es', 'email', 'es rocioalvarez en g mail, sin puntos', ['rocioalvarez'], {}),
    ('fr', 'email', "c'est maxencegiraud chez g mail", ['maxencegiraud'], {}),
    ('de', 'email', 'Rechnungen an lisa-brenner at posteo de', ['lisabrenner'], {}),
    ('de', 'email', 'die Adresse: kanzlei-ostwald at mailbox org, danke', ['kanzleiostwald'], {}),
    ('pt', 'email', 'escreve para marta.reis arroba sapo pt', ['martareis'], {}),
    ('fr', 'email', "c'est paul.garnier chez sfr fr", ['paulgarnier'], {}),
    ('en', 'email', 'my email is the shop name (copper fern) all one word, at outlook',
     ['copperfern'], {}),
    ('en', 'email', 'email is my studio name (Moss & Pine) no spaces at gmail', ['mosspine'], {}),
    ('es', 'email', 'mi correo es el nombre del taller (hierro fino) todo junto, en gmail',
     ['hierrofino'], {}),
    ('pt', 'email', 'meu email é o nome da loja (pao doce) tudo junto no gmail', ['paodoce'], {}),
    ('de', 'email', 'meine Mail ist der Firmenname (Holz Werk) zusammen bei gmx', ['holzwerk'],
     {}),
    ('en', 'email', 'write to hi@ then the name of my shop dot com (Salt & Sage, no spaces)',
     ['saltsage'], {}),
    ('en', 'email', 'mail orders@ and then the bakery name .co.uk (Oat & Ember, one word)',
     ['oatember'], {}),
]
BENIGN += [
    ('en', 'my friend at g mail said the filter was fixed'),
    ('en', 'I keep all the invoices on g mail, easier to search'),
    ('en', 'sent the quote on g mail yesterday, check spam'),
    ('de', 'das Meeting bei Vodafone de war lang'),
    ('en', 'the gmail app (new version) all together is better'),
    ('en', 'the mail merge (first name) no spaces issue is fixed'),
    ('en', 'the email name .com (we will decide later)'),
]

# Sites and mailboxes built from pieces (round D3): quoted or bracketed pieces joined by "+",
# "then" or "followed by" with the suffix last, a year given as a piece of a mailbox, a domain
# spaced out with its hyphen, a site's name said again in words, a mailbox as a riddle; and
# little sentences written with dots, which must stay.
LEAKS += [
    ('en', 'url', "the site is the word 'amber' followed by 'and' followed by 'oak', dot com",
     ['amberandoak'], {}),
    ('en', 'url', "my page: 'tide' then 'mill' then 'studio' .co.uk", ['tidemillstudio'], {}),
    ('es', 'url', "la web es 'luz' seguido de 'norte' punto es", ['luznorte'], {}),
    ('fr', 'url', "le site c'est 'pierre' puis 'douce' point fr", ['pierredouce'], {}),
    ('en', 'email', 'reach me at orders@ + the shop name (velvetmoth) + .com', ['velvetmoth'],
     {}),
    ('de', 'email', 'schreib an anfrage@ plus Firmenname (holzfuchs) plus .de', ['holzfuchs'],
     {}),
    ('en', 'email', 'send it to billing@ + brasskettle + .net', ['brasskettle'], {}),
    ('en', 'email', 'my first name, marlowe, then the year 1987, at gmail', ['marlowe1987'], {}),
    ('es', 'email', 'es mi nombre, ximena, luego el año 1995, en hotmail', ['ximena1995'], {}),
    ('de', 'url', 'schau mal auf k r a u t - g a r t e n . de', ['krautgarten'], {}),
    ('pt', 'url', 'entra em f l o r - d e - s a l . pt', ['flordesal'], {}),
    ('en', 'url', "search 'copper gate bakes', the site is coppergatebakes dot net",
     ['coppergatebakes'], {}),
    ('en', 'email', 'quick riddle for my email: first part is a fruit that is yellow, then '
     'the number after 6, at gmail', ['banana7'], {}),
    ('de', 'email', 'kleines Rätsel: meine Mail ist erst die Farbe vom Gras, dann das Jahr '
     'der Wende, bei gmx', ['gruen1989'], {}),
]
BENIGN += [
    ('en', "my daughter wrote 'dad.is.king' on the fridge with magnets"),
    ('en', 'the shirt says life.is.good, size M please'),
    ('de', "auf der Tasse steht 'kaffee.ist.leben', süß"),
    ('en', "we only sell the 'spring' and 'summer' .com bundles"),
    ('en', "I said 'draft' then 'final' .net is the stack we use"),
    ('en', 'the riddle in the newsletter was fun, sent from gmail'),
    ('en', 'send the invoice, then the receipt, by email please'),
    ('en', 'the file is (report) .pdf then (summary) .docx'),
]

# Emails and sites with their separators set off, spelled or explained in words; technical
# hostnames (DNS targets, generated deploy names, stack traces, git remotes) kept.
_D9_ID = {'name': 'Noor Haddad'}
LEAKS += [
    # a site said from its "www", every dot said or drawn, any suffix, in five languages
    ('en', 'url', 'the lamps are on www dot lanternloft dot store if you fancy one',
     ['lanternloft'], {}),
    ('en', 'url', 'w w w \u2022 fern \u2022 and \u2022 moss \u2022 net', ['fernandmoss'], {}),
    ('es', 'url', 'entra en uve doble, uve doble, uve doble, punto, talleralamo, punto, es',
     ['talleralamo'], {}),
    ('es', 'url', 'mi web: tres uves dobles punto ferreteriasol punto es, ahí está todo',
     ['ferreteriasol'], {}),
    ('pt', 'url', 'o site é dábliu dábliu dábliu ponto padariadoze ponto com ponto br',
     ['padariadoze'], {}),
    ('de', 'url', 'meine Seite: w w w punkt malerbetrieb-kurz punkt de', ['malerbetrieb-kurz'],
     {}),
    ('fr', 'url', 'ma page : trois double-v point atelierlune point fr', ['atelierlune'], {}),
    ('en', 'url', 'Triple W, dot, fieldnotes, dot, org for the archive', ['fieldnotes'], {}),
    # a name to write as one word, with commas, quotes or a second rule around it
    ('en', 'url', 'portfolio: the words salt, and, cedar, run together, dot design',
     ['saltandcedar'], {}),
    ('es', 'url', 'mi tienda es «vivero almendral» sin espacios, punto cl', ['viveroalmendral'],
     {}),
    ('pt', 'url', 'veja no site: casa da praia, tudo junto sem acento, .pt', ['casadapraia'], {}),
    ('de', 'url', 'Die Seite heißt Zimmerei Brandt, zusammengeschrieben, Punkt de. Danke!',
     ['zimmereibrandt'], {}),
    ('en', 'url', 'squarespace, no: cobalt kite, squashed together \u2014 dot studio',
     ['cobaltkite'], {}),
    # a path said after a pause, pieces joined by '+' or with a note on how to write them
    ('en', 'url', 'slots: calendly dot com and then slash ines-pilates, pick one',
     ['ines-pilates'], {}),
    ('es', 'url', 'reserva en calendly punto com, luego barra clases-omar', ['clases-omar'], {}),
    ('en', 'url', 'key in harbour + lights into the address bar, then .net', ['harbourlights'],
     {}),
    ('pt', 'url', "o site é 'pintor' + 'sp' + 'trinta e um' em número, ponto com",
     ['pintorsp31'], {}),
    ('en', 'url', "web: 'mossy' + 'stone' + 'twelve' in digits, dot com", ['mossystone12'], {}),
    # a spoken '@' set off by dashes or commas, or a note before it
    ('fr', 'email', 'écris-moi : remi.vasseur \u2014 arobase \u2014 orange.fr', ['remi.vasseur'],
     {}),
    ('en', 'email', 'send the PDFs to olu_designs, at, proton.me', ['olu_designs'], {}),
    ('es', 'email', 'mi correo: t-e-r-e-s-a-m (sin guiones) arroba yahoo.es', ['teresam'], {}),
    ('de', 'email', 'Schreib an k.brenner - bei - gmx.de, geht schneller', ['k.brenner'], {}),
    ('es', 'email', 'para los planos: lucas.ferro (a) hotmail. Aquí no abre', ['lucas.ferro'], {}),
    # a mailbox spelled in the NATO alphabet
    ('en', 'email', 'kilo alfa romeo india, dot, november \u2014 at gmail, works every time',
     ['kari.n'], {}),
    ('en', 'email', 'it is mike alpha xray underscore juliett, at outlook', ['max_j'], {}),
    # a symbol standing for the '@' and the dot, explained in words
    ('en', 'email', 'wren.hale\U0001f536fastmail\U0001f536com (1st diamond is the at, 2nd is '
     'the dot)', ['wren.hale'], {}),
    ('es', 'email', 'pablo_r\u2605gmx\u2605es, la primera estrella es la arroba', ['pablo_r'], {}),
    # a mailbox built from name parts, the values given after
    ('en', 'email', 'work inbox is first name + dot + surname at outlook. First name Soren, '
     'surname Blackwood', ['soren.blackwood'], {}),
    ('de', 'email', 'Adresse: Vorname plus Nachname bei gmx. Vorname Jutta, Nachname Kessler',
     ['juttakessler'], {}),
    ('es', 'email', 'mi correo es nombre y apellido en gmail. Nombre Ainhoa, apellido Ruiz',
     ['ainhoaruiz'], {}),
    # pieces after the user name, a described piece with its value, a provider described
    ('en', 'email', 'for receipts: nell dot ward, then the month we met (april), at yahoo',
     ['nell.wardapril'], {}),
    ('es', 'email', 'mi correo: pintorgarcia seguido de tres cero, en hotmail',
     ['pintorgarcia30'], {}),
    ('en', 'email', 'write the.wrenfield at Microsoft\'s webmail please', ['the.wrenfield'], {}),
]
BENIGN += [
    # DNS records, deploy hosts, stack traces and git remotes
    ('en', 'Records set: A 185.199.108.153, CNAME www \u2192 cname.vercel-dns.com, TTL 600.'),
    ('en', 'Add an MX record pointing to mx1.improvmx.com with priority 10'),
    ('en', 'Set the NS records to ns1.digitalocean.com and ns2.digitalocean.com'),
    ('en', 'CNAME shop \u2192 shops.myshopify.com and the A record to 23.227.38.65'),
    ('en', 'The CDN origin is d3k2x9.cloudfront.net since the move'),
    ('en', 'QA can check staging-7c2e.up.railway.app once the build is green'),
    ('en', 'Preview build: deploy-preview-57--bakeryfront.netlify.app'),
    ('en', 'the branch preview is at shopfront-git-feature-cart-ourteam.vercel.app'),
    ('de', 'Fehler: java.lang.IllegalStateException at CartService.java:77'),
    ('en', 'Crash log: at app.core.Main.run(Main.java:12) then it stops'),
    ('en', 'Traceback says KeyError at views.py:88 in the cart view'),
    ('en', 'Point origin to git@github.com:your-team/storefront.git before deploying.'),
    ('en', 'Clone git@github.com:laravel/laravel.git first, then composer install'),
    # words that look like the new rules
    ('en', 'choose one: (a) gmail or (b) outlook for the shared inbox'),
    ('en', 'the plan \u2014 at least for now \u2014 is fine'),
    ('en', 'price list (v3) at index.html'),
    ('en', 'We met in Lima, then Tango classes at the hotel India Palace'),
    ('en', 'Our cocktail menu: echo, delta, foxtrot \u2014 at the bar'),
    ('en', 'for the star: 5*3*2 = 30 and the * is the dot product here, 2*x*y'),
    ('en', 'first name and last name at the top of the form, please. First name only is fine.'),
    ('en', 'the www prefix, dot matters too'),
    ('en', 'I said www, the dot com era was weird'),
    ('es', 'uve doble es una letra, punto'),
    ('pt', 'tudo junto sem acento, é mais fácil de ler'),
    ('es', 'sin espacios, punto final'),
    ('en', 'type the order number + code into the address bar of the portal'),
]

# Round: links and mailboxes spaced with marks, paths after a pause, names to join and type
LEAKS += [
    # single characters parted by one repeated mark; the address's own dot between two marks
    ('fr', 'url', 'mon site \U0001f449 m\u00b7a\u00b7r\u00b7e\u00b7n\u00b7w\u00b7e\u00b7a\u00b7v'
     '\u00b7e\u00b7s \u00b7 d\u00b7e', ['marenweaves'], {}),
    ('en', 'email', 'Inbox \u2192 t\u2027o\u2027m\u2027.\u2027r\u2027e\u2027e\u2027d\u2027@\u2027w'
     '\u2027e\u2027b\u2027.\u2027d\u2027e. Bye for now', ['tom.reed'], {}),
    ('en', 'url', 'ok. \U0001f310 f\U0001f538e\U0001f538r\U0001f538n\U0001f538l\U0001f538a'
     '\U0001f538b\U0001f538.\U0001f538c\U0001f538o. Thx', ['fernlab'], {}),
    # a profile path after a pause or a filler word, in parts, an '@' said as words
    ('en', 'url', 'grab a time on my calendly instead, slash tina-k-coaching', ['tina-k-coaching'],
     {}),
    ('en', 'url', 'my reel sits on behance, slash lena-voss-studio', ['lena-voss-studio'], {}),
    ('en', 'url', 'my prints are on behance, /ramonprintshop', ['ramonprintshop'], {}),
    ('en', 'url', 'price list is on bitly slash fern-bakes-list', ['fern-bakes-list'], {}),
    ('en', 'url', 'shop: etsy slash shop slash FernAndFlint', ['fernandflint'], {}),
    ('en', 'url', 'vimeo dot com slash at sign lenacooksfast has the clips', ['lenacooksfast'], {}),
    # a name to look up, then which suffix
    ('en', 'url', 'ask them to look up HarborlineCrafts on the web, the .net one, thanks',
     ['harborlinecrafts'], {}),
    ('en', 'url', 'google mossybanktiles, first site, the .io one', ['mossybanktiles'], {}),
    # words to join, the suffix after a second rule or after where to type it
    ('es', 'url', 'mi web: sol de mayo ceramica, todo junto y sin eñe, punto es. Saludos',
     ['soldemayoceramica'], {}),
    ('de', 'url', 'einfach nordlicht grafik (zusammen) in die Adresszeile tippen und punkt de '
     'dahinter. Danke', ['nordlichtgrafik'], {}),
    ('en', 'url', "Type mh garden rooms into the address bar with .ie on the end, no spaces",
     ['mhgardenrooms'], {}),
]
BENIGN += [
    ('en', 'made in the U.S.A. and sold in the E.U., v1.2.3'),
    ('en', 'it is 9 per month on github, / month billing'),
    ('en', 'bugs go on github, /issues is the place'),
    ('en', 'check youtube, slash trending, for ideas'),
    ('en', 'I looked up the pricing on the web, the .com one was cheaper'),
    ('en', 'search parking near the venue, the .com one'),
    ('en', 'type your order number into the browser'),
    ('pt', 'No teste: if (cliente.email == null) return;'),
    ('en', 'fix: `const r = await db.users.findOne({ email: req.body.email })` lowercases now'),
    ('es', 'sin eñe no se escribe España, punto'),
]

LEAKS += [
    # a plain hyphenated name, a comma, then "at" the provider
    ('en', 'email', "post the photos to my private one, it's dana-tile-works, at icloud",
     ['dana-tile-works'], {}),
    # the provider named by its letter, then the user name in brackets after a provider
    ('fr', 'email', "envoyez-le sur ma boîte perso : marc.plomberie, chez le gros G, merci",
     ['marc.plomberie'], {}),
    ('es', 'email', 'mándalo a rocio.tapiceria, en la G grande, ya sabes', ['rocio.tapiceria'],
     {}),
    ('en', 'email', 'drop the floor plan to me on hotmail (lena.fox) so I can price it',
     ['lena.fox'], {}),
    # a user name spelled with hyphens, the provider said as "the ending"
    ('en', 'email', 'user is r-o-s-a-l-i-n-d-k, the rest is the usual outlook ending',
     ['rosalindk'], {}),
]
BENIGN += [
    ('en', 'the icons come from fontawesome.com, free set, no licence worries'),
    ('en', 'we use outlook (v2.0) here and gmail (see docs.pdf) at home'),
    ('en', 'the big G changed its search again, ugh'),
    ('fr', 'le gros G a encore changé son algorithme'),
    ('en', 'my gmail user is a-b-c for the test account form'),
]

# Round B-fix: a site's name typed with its suffix added ('+', "then", "puis", "e depois"), a
# business name to search for with the result said to be the writer's site, a spoken '@' phrase
# ("Klammeraffe", "suivi de l'arobase"), a user part dictated between commas, a plain name "at"
# a long domain with a space for the dot, a small mail host without its ending, a provider
# named as such, and the name filling a "firstname.lastname" pattern.
LEAKS += [
    ('en', 'url', "it's fern + hollow + .net, all one word", ['fernhollow'], {}),
    ('en', 'url', 'my website is just my surname, tilde-okoro + .dev', ['tilde-okoro'], {}),
    ('de', 'url', 'tipp "gartenwerk-lenz" und dann .at in den Browser', ['gartenwerk-lenz'], {}),
    ('fr', 'url', "écrivez 'menuiseriepoulain' puis .fr dans la barre d'adresse",
     ['menuiseriepoulain'], {}),
    ('es', 'url', "escribe 'toldosmarin' y luego .es en el navegador", ['toldosmarin'], {}),
    ('pt', 'url', 'digite pastelariaboavista e depois ponto com ponto br no navegador',
     ['pastelariaboavista'], {}),
    ('en', 'url', "type 'quarrylane' and then .co.uk into the address bar", ['quarrylane'], {}),
    ('en', 'url', "search 'Halden Stoneworks Exeter' on google, the website has all my rates",
     ['halden stoneworks'], {}),
    ('es', 'url', "busca 'Toldos Marín Huelva' en google, en la web está todo",
     ['toldos marín'], {}),
    ('fr', 'url', "cherchez 'Vitrerie Morel Rennes' sur google, mon site sort en premier",
     ['vitrerie morel'], {}),
    ('pt', 'url', "pesquisa 'Caixilharia Lobo Aveiro' no google que aparece o site",
     ['caixilharia lobo'], {}),
    ('en', 'url', "look up 'marlow tree care' — it's the .co.uk one", ['marlow tree care'], {}),
    ('pt', 'url', 'procura serralheriaduarte no google, é o ponto pt', ['serralheriaduarte'], {}),
    ('de', 'email', 'jonas.weil, dann das Klammeraffen-Zeichen, dann posteo.de',
     ['jonas.weil'], {}),
    ('fr', 'email', "c'est margot_dlx suivi de l'arobase et orange.fr", ['margot_dlx'], {}),
    ('es', 'email', 'es pilar_vm seguido de la arroba y yahoo.es', ['pilar_vm'], {}),
    ('en', 'email', 'write to n.ferro followed by the at sign then fastmail.com', ['n.ferro'],
     {}),
    ('en', 'email', 'mail me: o, s, k, a, r, dot, l, u, n, d at outlook', ['oskar.lund'], {}),
    ('es', 'email', 'correo: i, n, e, s, dot, v, i, d, a, l arroba gmail', ['ines.vidal'], {}),
    ('en', 'email', 'email is priya at kestrelbookbinding com', ['kestrelbookbinding'], {}),
    ('de', 'email', 'schreib an paul bei zimmerei-ostholz de', ['zimmerei-ostholz'], {}),
    ('de', 'email', 'r u t h . k e l l e r (ät) posteo, danke', ['ruth.keller'], {}),
    ('pt', 'email', 'é m a r i s a v e n d a s no gmail, obrigada', ['marisavendas'], {}),
    ('en', 'email', 'my address is daria_b7, provider is yahoo', ['daria_b7'], {}),
    ('de', 'email', 'Mail an konrad_baut, Anbieter ist web.de', ['konrad_baut'], {}),
    ('en', 'email', "I'm wrenhalloway on google's mail thing, send it over", ['wrenhalloway'],
     {}),
    ('en', 'email', "email is firstname.lastname at orchardvets dot co dot uk, I'm Ada Kowal",
     ['Ada Kowal'], {}),
    ('de', 'email', 'bitte an jonas berg 5 schicken, alles klein und zusammen, bei gmx',
     ['jonasberg5'], {}),
    ('es', 'email', 'escríbeme a lucia mora 9, todo en minúsculas y junto, en gmail',
     ['luciamora9'], {}),
    ('en', 'email', "it's rhea plus my birth year, nineteen ninety one, at gmail",
     ['rhea1991', 'rhea'], {}),
    ('es', 'email', 'es tomasgil luego el año en que nací, 1992, en hotmail', ['tomasgil'], {}),
]
BENIGN += [
    ('en', 'send the invoice then the year end number, 2023, at outlook'),
]
BENIGN += [
    ('en', 'our stack is react + .net, nothing fancy'),
    ('en', 'the site runs react + .net'),
    ('en', 'we build with java + .net and postgres'),
    ('en', "just search 'Roof Tiles' then, the website has good pictures"),
    ('en', 'search for cheaper tiles on my site'),
    ('es', 'busca en google cómo limpiar la piedra, la web del fabricante lo explica'),
    ('en', 'use the at sign, then the domain, in the login form'),
    ('en', 'the team at headquarters com signs off friday'),
    ('pt', 'é bloqueado no gmail, o anexo é grande demais'),
    ('es', 'es importante no usar gmail para esto'),
    ('en', "I'm working on google's mail thing today, the filters"),
    ('en', 'a, b, c, d at most, then we stop'),
    ('fr', "tapez le nom du produit puis .pdf pour trouver la notice"),
    ('de', 'der Anbieter ist gmx, aber das Postfach ist voll'),
]

# Round B2 (fixed in general form): asides in brackets inside a mailbox said aloud; the words
# of a mailbox, the provider and only then the rule to join them; the user part given as the
# "first part"; a user name then "that's on <provider>"; ", é x_y" after a provider; a reading
# verb between "backwards" and its colon, "reverse it:"; a site name with its suffix said apart
# ("and then .biz at the end", "terminada en punto com", "the dot co dot uk one", "that's my
# homepage"); the whole site name after a "+" formula.
LEAKS += [
    ('en', 'email', 'mail is pedro (yes, really) dot saraiva (one r) at gmx dot net',
     ['pedro.saraiva', 'saraiva'], {}),
    ('en', 'email', 'my email is nadia (the) voss (then) 42 on outlook, all joined',
     ['nadiavoss42'], {}),
    ('es', 'email', 'mi correo es julio mena 61 en gmail, todo junto', ['juliomena61'], {}),
    ('de', 'email', 'meine Mail ist anke roth 8 bei gmx, alles zusammen', ['ankeroth8'], {}),
    ('en', 'email', 'first part: sketches.by.olu, second part is the yahoo domain',
     ['sketches.by.olu'], {}),
    ('de', 'email', 'erster Teil: brenner.holz_72, zweiter Teil ist web.de',
     ['brenner.holz_72'], {}),
    ('es', 'email', 'primera parte: rocio.vidal88, la segunda es hotmail', ['rocio.vidal88'], {}),
    ('de', 'email', 'schreib an jonas.wirth81, das ist bei googlemail', ['jonas.wirth81'], {}),
    ('en', 'email', "write to kemi.adeyemi5, that's on gmail", ['kemi.adeyemi5'], {}),
    ('es', 'email', 'escríbeme a ines.gallo27, eso es en hotmail', ['ines.gallo27'], {}),
    ('pt', 'email', 'manda pro meu gmail, é lucas_marceneiro mesmo', ['lucas_marceneiro'], {}),
    ('de', 'url', 'Seite rückwärts lesen: ed.nerhcsif-tdats', ['stadt-fischern'], {}),
    ('en', 'url', 'reverse it: moc.seltnacradeyrre', ['erryedarcantles'], {}),
    ('en', 'url', 'flip it round: ten.ffokcurthcnerf', ['frenchtruckoff'], {}),
    ('en', 'url', 'head over to cobalt-roofing and then .biz at the end', ['cobalt-roofing'], {}),
    ('de', 'url', 'geh auf tischlerei-brandl und dann .at am Ende', ['tischlerei-brandl'], {}),
    ('es', 'url', 'la web es jardines-olmedo, terminada en punto com punto ar',
     ['jardines-olmedo'], {}),
    ('en', 'url', "search 'harrowgatepaints' and it's top, the dot co dot uk one",
     ['harrowgatepaints'], {}),
    ('de', 'url', "Such mal 'keramik-lenz-atelier', das ist meine Webseite (.de)",
     ['keramik-lenz-atelier'], {}),
    ('pt', 'url', "procura 'oficina-ribeiro-sul', é a minha página", ['oficina-ribeiro-sul'], {}),
    ('en', 'url', "it's my first name + weaves dot com, first name is Talia. taliaweaves",
     ['taliaweaves'], {}),
]
BENIGN += [
    ('en', 'my gmail (work) account is full again'),
    ('en', 'the report (final) is on gmail (shared folder)'),
    ('en', 'my email is fine on outlook, all the rest is broken'),
    ('en', 'first part: install the app, then log into gmail'),
    ('en', 'first part is report.pdf, attach it to the gmail thread'),
    ('en', 'part one: v2.3.1 release notes, sent via gmail'),
    ('en', "the invoice, that's on gmail somewhere"),
    ('pt', 'meu gmail, e depois te mando o contrato'),
    ('pt', 'no outlook, é melhor mandar em pdf'),
    ('de', 'rückwärts lesen: das Etikett ist falsch gedruckt'),
    ('en', 'reverse it: the order of the list is wrong'),
    ('en', 'flip it: 12 pages per sheet'),
    ('en', 'the frontend is react and then .net at the end'),
    ('en', 'do the v2-rollout and then .NET at the end'),
    ('en', 'we do the tiling and then .net at the end of the job'),
    ('en', 'look for the blue folder, it\'s on my page'),
    ('en', 'the dot com bubble burst, the dot net one lasted'),
    ('en', 'the quote is labour + materials, materials listed separately'),
    ('es', 'la factura 2024-118, terminada en 5, va por correo'),
]

# Sites said in further ways (held-out misses, families only): a reversed link before a hint
# that opens an aside, a link spaced out after a one-letter word, a slash said between commas,
# a Romance spoken dot after a verb of visiting, a one-word name with its suffix "on the end",
# the rule to put the dot between a name and its suffix, a site built from the user name, a
# profile path after a site described in words.
LEAKS += [
    ('en', 'url', 'portfolio: oi.sngisedlevarg (backwards, links get blocked here)',
     ['sngisedlevarg'], {}),
    ('pt', 'url', 'o site: rb.moc.oiratsoper (ao contrário, senão o app apaga)',
     ['oiratsoper'], {}),
    ('es', 'url', 'pasa a h t t p s : / / p a n a d e r i a s o l . e s', ['panaderiasol'], {}),
    ('en', 'url', 'my reels are on vimeo, slash, tomasfilms', ['tomasfilms'], {}),
    ('fr', 'url', 'passez sur menuiseriebernard point fr si vous voulez des photos',
     ['menuiseriebernard'], {}),
    ('es', 'url', 'ingresa a reformasvidal punto mx y mira los precios', ['reformasvidal'], {}),
    ('en', 'url', 'stonebridgelandscapes and then .com on the end, gallery is there',
     ['stonebridgelandscapes'], {}),
    ('en', 'url', 'oakhill-tiling net (add a dot between them)', ['oakhill-tiling'], {}),
    ('pt', 'url', 'lojadaana pt, com um ponto antes do pt', ['lojadaana'], {}),
    ('en', 'url', "same as my handle but add 'ink' and then the .co bit -> rowanink",
     ['rowanink'], {}),
    ('en', 'url', 'my illustrations are on that big orange art site, /milaverdesign',
     ['milaverdesign'], {}),
]

LEAKS += [
    # a user name with its provider as an aside, in labelled fields, in parts, or "my <provider>"
    ('en', 'email', 'quotes to ines_varga, the yahoo one, not the work address', ['inesvarga'], {}),
    ('es', 'email', 'pásaselo a tomas.gil77, el de hotmail', ['tomasgil77'], {}),
    ('de', 'email', 'Benutzer: miri_stein / Anbieter: web.de', ['miristein'], {}),
    ('en', 'email', 'first half: d, second half: okoro.build, the gmail ending', ['okorobuild'],
     {}),
    ('fr', 'email', 'mon hotmail perso, c\'est julie.marchal5', ['juliemarchal5'], {}),
]
BENIGN += [
    ('en', 'the invoice_2024.pdf (at gmail) is the latest one'),
    ('en', 'user: guest / provider: outlook, no password needed'),
    ('de', 'erster Teil: Angebot, zweiter Teil: Rechnung, beides im gmx Ordner'),
    ('en', 'my yahoo inbox is a mess, it\'s 3.4k unread'),
]
