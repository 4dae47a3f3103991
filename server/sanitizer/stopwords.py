"""Common words that are never someone's user name ("my insta is down", "email me later")."""
from __future__ import annotations

_WORDS = """
a an the and or but if then than so to of in on at by for from with without about into onto
over under up down out off is am are was were be been being do does did done have has had
i me my mine you your yours he him his she her hers it its we us our they them their this that
these those here there where when what which who whom why how all any some no not none yes
please thanks thank ok okay sure later soon now today tomorrow tonight yesterday asap
below above attached instead too also just only still already again really very more less
fine good great working broken busy same new old private personal business work
home office number phone email mail address account handle name username user id profile page
link site website contact details info information message dm chat call text one two
here's thats it's i'm you're we're don't can't won't isn't
el la los las un una unos unas y o pero si es son mi tu su sus de del en con por para que
como cuando donde aqui ahi correo numero cuenta nombre usuario perfil
der die das ein eine und oder aber ist sind mein meine dein deine sein ihr nicht auch hier
mit von fur bei nummer konto
le les des et ou mais est sont mon ma mes ton ta tes son sa ses pas aussi ici avec pour par
compte nom
os as um uma e mas sao meu minha teu tua seu sua nao tambem com pra conta nome
against rules allowed policy terms platform site app here there everywhere same above below
gone dead broken private public closed deleted banned hacked blocked inactive disabled down
cool nice great sure yes yeah nope okay fine better best only free open offline online
mostly usually always mainly often rarely never mostly barely surtout toujours souvent
plutot jamais meistens immer oft eher nie siempre casi mas normalmente sempre mais quase
field fields box button icon logo feed grid story stories post posts reel reels ad ads campaign
campaigns bio cover banner template widget embed form section needs need full empty slow weird
spam flooded locked suspended synced connected linked verified ready fixed back works
coming next follows following incoming well
once when whenever after before until till while because since though although unless
sobald nachdem bevor wenn bis quand lorsque avant apres quando enquanto antes depois mientras
despues hasta
pseudo identifiant nick nickname usuario usuário benutzername nutzername alias apodo apelido
utilisateur
loose stuck cracked bent sticky wobbly missing chrome brass silver gold steel metal wooden plastic
stiff tight mismo misma igual gleich meme mesmo mesma
required optional pending whatever tbd tba unknown various mandatory obligatorio opcional
pendiente pflicht pflichtfeld obligatoire facultatif obrigatorio pendente
each every cada chaque jede jeder jedes jedem jeden alle allen aller tous toutes tout toute
todo toda todos todas cualquier qualquer chacun chacune
construction review reviewed development maintenance repair repairs renovation consideration
discussion control contract budget warranty test testing revision negotiation progress way
construccion revision mantenimiento reparacion bau wartung arbeit travaux construcao revisao
plus minus followed dann danach puis ensuite luego menos
carousel carousels follower followers analytics insights impressions highlights caption captions
hashtag hashtags giveaway giveaways collab collabs shorts thumbnail thumbnails
easier faster quicker simpler cheaper safer slower harder quieter busier
einfacher schneller besser lieber billiger sicherer
currently temporarily actually momentarily gerade grad momentan derzeit aktuell jetzt noch schon
leider wieder actualmente ahora todavia ainda agora actuellement encore maintenant
first full real surname lastname firstname apellido nachname vorname prenom sobrenome
thx cheers gracias danke merci obrigado obrigada thanks thankyou nein non
"""
COMMON = frozenset(_WORDS.split())
