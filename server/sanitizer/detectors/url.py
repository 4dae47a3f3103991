"""URLs and bare domains, checked against the public suffix list; allowed domains stay."""
from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..caseless import Caseless, lower_same_length
from ..caseless import Match as CaselessMatch
from ..context import Context, is_allowed, split_domain
from ..normalize import STRONG_TLDS, TLDS, Views
from ..stopwords import COMMON
from ..types import Finding

_SCHEME = re.compile(r"(?i)\b(?:h[tx]{2}ps?|h-[tx]-[tx]-p(?:-s)?|ftp)"
                     r"(?::/{1,3}|//)[^\s<>\"'\\]{1,2048}|"
                     r"\bwww\.[^\s<>\"'\\]{1,2048}")
_BARE = re.compile(
    r"(?i)(?<![\w@.\-/])((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,8}[a-z][a-z0-9\-]{0,62})"
    r"(?![\w\-@]|\.[a-z0-9])((?::\d{1,5})?(?:/[^\s<>\"']{0,2048})?)")
# Public suffixes that are far more often file extensions in chat ("notes.md", "app.py").
_FILE_EXTS = {"zip", "mov", "md", "py", "sh", "rs", "pl", "ps", "cc", "pm", "as", "ms", "cv",
              "ai", "php", "js", "ts", "go", "so", "cs", "kt", "sc", "st", "mp", "tk", "sb", "ph",
              "nu", "ml", "mk", "am", "gs", "id", "db", "lb", "pdf", "doc", "jpg",
              "png", "txt", "csv", "xls", "xlsx", "docx", "ppt", "pptx", "gif", "exe", "log",
              "bak", "tmp", "ini", "cfg", "yml", "yaml", "json", "xml", "html", "htm", "css",
              "svg", "psd", "mp3", "mp4", "wav", "avi", "mkv", "java", "properties"}
_KNOWN_HOSTS = {
    "t.me": "handle", "telegram.me": "handle", "wa.me": "handle", "whatsapp.com": "handle",
    "instagram.com": "handle", "instagr.am": "handle", "twitter.com": "handle", "x.com": "handle",
    "facebook.com": "handle", "fb.com": "handle", "fb.me": "handle", "m.me": "handle",
    "linkedin.com": "handle", "lnkd.in": "handle", "tiktok.com": "handle", "github.com": "handle",
    "discord.gg": "handle", "discord.com": "handle", "snapchat.com": "handle",
    "signal.me": "handle", "skype.com": "handle", "join.skype.com": "handle", "line.me": "handle",
    "weixin.qq.com": "handle",
    "paypal.me": "payment", "paypal.com": "payment", "venmo.com": "payment", "cash.app": "payment",
    "revolut.me": "payment", "buymeacoffee.com": "payment", "ko-fi.com": "payment",
}


# A profile path on a well-known site said without its suffix: "linktree slash mayadraws",
# "behance/lukasgrafik", "linkedin slash in slash ana-ruiz". The path must not be another site
# name ("github/gitlab").
_SERVICES = (r"linktree|linktr\s?ee|linktr|beacons|behance|dribbble|carrd|etsy|github|gitlab|"
             r"substack|bitly|bit\s?ly|tinyurl|gumroad|ko-?fi|artstation|deviantart|flickr|"
             r"youtube|vimeo|soundcloud|patreon|bandcamp|pinterest|calendly|wix\s?site|wix")
_SLASH_SAID = r"(?:slash|barra|barre\s{1,2}oblique|schr[aä]gstrich)"
# "behance, slash lenavoss", "my calendly instead, / tom-k", "etsy slash shop slash FernPots",
# "youtube dot com slash at sign x": the slash after a pause or a filler word, up to three
# parts, an '@' said as words. Group 2 marks the pause (the path must then not be a word).
_SERVICE_PATH = re.compile(
    r"(?i)\b(?:(?:" + _SERVICES + r")(?:\.(?:ee|ai|com|me|io|net|co|page|site|bio|ly))?|"
    r"linked\s?in(?:/|\s{1,2}(?:slash|barra|barre\s{1,2}oblique)\s{1,2})"
    r"(?:in|pub|company))((?:\s{1,2}(?:instead|too|also|again|page|profile|account))?,\s{0,2}"
    r"|\s(?=/))?(?:/\s{0,2}|\s{0,2}" + _SLASH_SAID + r"\s{1,2})"
    r"(?:@|at\s{1,2}(?:sign|symbol)\s{1,2}|arroba\s{1,2})?"
    r"(?!(?:" + _SERVICES + r"|and|or|the|a|and|y|und|et|e|ou|o)\b)([a-z0-9][\w.\-]{1,39})"
    r"((?:/|\s{1,2}" + _SLASH_SAID + r"\s{1,2})[a-z0-9][\w.\-]{1,39}){0,2}")


# "bit point ly slash devisPro24", "shop punkt io slash x": a spoken domain with a spoken path.
_SPOKEN_PATH = re.compile(
    r"(?i)(?<![\w.])([a-z0-9][a-z0-9\-]{0,40})\s{1,2}(?:point|punto|punkt|ponto|dot)\s{1,2}"
    r"([a-z]{2,12})\s{1,2}(?:slash|barra|schr[aä]gstrich|barre\s{1,2}oblique)\s{1,2}@?"
    r"([\w\-]{2,40})")
# "linktr.ee / paintbypaige", "etsy dot com / shop / WillowWick": up to three path parts, each
# after its own slash.
_SPACED_PATH = re.compile(r"\s{1,2}/\s{0,2}@?[\w\-][\w.\-]{1,39}"
                          r"(?:\s{0,2}/\s{0,2}@?[\w\-][\w.\-]{1,39}){0,2}")
_AFTER_SLASH = re.compile(r"\s{1,2}@?[\w\-][\w.\-]{1,39}")
# "linktr.ee barra ju.tipografia", "beacons.ai slash mara": the slash said as a word after a
# typed address. Run on the lowercased text.
# "calendly dot com, then slash x", "shop.de, dann Schrägstrich y": the path said after a pause
# (the normalized view has already made "then slash x" into "then/x")
_SLASH_WORD_PATH = re.compile(r",?\s{1,2}(?:(?:(?:and|y|e|und|et)\s{1,2})?(?:then|dann|danach|"
                              r"luego|despu[eé]s|puis|ensuite|depois|after\s{1,2}that),?"
                              r"(?:\s{0,2}/\s{0,2}@?(?=[\w\-][\w.\-])|\s{1,2}(?=slash|barr|schr)))?"
                              r"(?:(?<=/)|(?:slash|barra|schr[aä]gstrich|barre\s{1,2}oblique)"
                              r"\s{1,2}@?)"
                              r"([\w\-][\w.\-]{1,39})")
# "fliesen-koenig punkt de vorbei": a hyphenated name, a spoken or spaced dot, a suffix.
_SPOKEN_HYPHEN = re.compile(
    r"(?i)(?<![\w.@\-])([a-z0-9]{2,30}(?:-[a-z0-9]{2,30}){1,3})\s{0,2}(?:\.|(point|punto|punkt|"
    r"ponto|dot))\s{1,2}([a-z]{2,12})\b(?![.\-@])")
# Romance "punto de vista", "point de vue", "el punto es que": the suffix is a word there.
_ROMANCE_DOT = {"point", "punto", "ponto"}
_SPOKEN_DOT_RE = re.compile("punkt|dot|punto|ponto|point")
# "want .com or .co.uk": a suffix named on its own, not a domain being given.
_LONE_SUFFIX = re.compile(r"(?i)\s\.[a-z]")  # ".NET 8" too
_SUFFIX_TALK = re.compile(r"(?i)(?<!\S)\.[a-z]{2,12}(?:\.[a-z]{2,3})?(?![\w.])")
_SITE_WORDS = re.compile(r"(?i)\b(?:site|website|web|domain|homepage|url|seite|dominio|"
                         r"domaine|p[aá]gina|webseite|portfolio|dom[ií]nio|domain|"
                         # "type it into your browser", "dans ton navigateur"
                         r"browser|navegador|navigateur|adressleiste)\b")


# Every site word holds one of these once lowercased: most texts hold none, and the search
# tries the whole list at every position.
_SITE_HINTS = ("site", "web", "dom", "homepage", "url", "seite", "gina", "portfolio",
               "browser", "nav", "adressleiste")
_LAST_SITE: tuple[str | None, bool] = (None, False)


def _site_word_in(text: str, low: str) -> bool:
    """``_SITE_WORDS.search(text) is not None``; ``low`` is ``text`` lowercased with the same
    length (``text`` itself when it is lowercased). Asked several times per text: the last
    answer is kept as one tuple (safe across concurrent callers, which never mix texts)."""
    global _LAST_SITE
    key, found = _LAST_SITE
    if key is not text:
        found = (any(h in low for h in _SITE_HINTS)
                 and _SITE_WORDS.search(text) is not None)
        _LAST_SITE = (text, found)
    return found


_PLACEHOLDER_HOST = re.compile(r"^(?:your|my|some|example|domain|host|server|site)")

# Public documentation and reference sites (and icon and font libraries): a link to them points
# at a manual or an asset, never at a person ("the docs are at
# https://docs.djangoproject.com/...", "see developer.mozilla.org").
# Only vendors and projects whose sites carry no pages of their users belong here: never
# github.com, gitlab.com, *.github.io, readthedocs.io, medium.com, notion.site, netlify.app,
# vercel.app, wixsite, linktr.ee, calendly.com, docs.google.com or the social and messenger
# hosts. A domain here covers its subdomains except those in _PROFILE_SUBDOMAINS; a few big
# vendors are listed by their documentation hosts only (_REFERENCE_HOSTS).
_REFERENCE_DOMAINS = frozenset("""
python.org mozilla.org w3.org whatwg.org wikipedia.org wikimedia.org php.net nodejs.org
djangoproject.com laravel.com symfony.com shopify.dev kubernetes.io react.dev reactjs.org
vuejs.org angular.io angular.dev svelte.dev nextjs.org wordpress.org npmjs.com pypi.org
cloudflare.com ietf.org rfc-editor.org iana.org unicode.org ecma-international.org
typescriptlang.org rust-lang.org go.dev golang.org ruby-lang.org rubyonrails.org java.com
oracle.com postgresql.org mysql.com mariadb.org sqlite.org mongodb.com redis.io nginx.org
apache.org ubuntu.com git-scm.com getbootstrap.com
tailwindcss.com jquery.com webpack.js.org vitejs.dev vite.dev expressjs.com palletsprojects.com
sqlalchemy.org numpy.org
pydata.org scipy.org docker.com drupal.org joomla.org
schema.org json-schema.org opensource.org creativecommons.org caniuse.com web.dev
letsencrypt.org graphql.org swagger.io openapis.org
fontawesome.com fontsquirrel.com heroicons.com material.io
""".split())
_REFERENCE_HOSTS = frozenset("""
developer.apple.com support.apple.com learn.microsoft.com docs.microsoft.com
developers.google.com cloud.google.com firebase.google.com support.google.com
developer.android.com docs.aws.amazon.com aws.amazon.com docs.stripe.com stripe.com
docs.github.com docs.gitlab.com developer.paypal.com developer.chrome.com
docs.docker.com developer.wordpress.org developer.wordpress.com shopify.dev help.shopify.com
fonts.google.com fonts.adobe.com
""".split())
# Subdomains of reference sites where people have pages ("profiles.wordpress.org/jane",
# "people.php.net/x", "connect.symfony.com/profile/x", "hub.docker.com/u/x").
_PROFILE_SUBDOMAINS = frozenset({"profiles", "people", "connect", "hub", "gist", "community",
                                 "forum", "forums", "discuss", "discourse", "members", "users",
                                 "user", "blog", "blogs", "wiki"})
# ...and paths that name a user ("/~jane", "/user/jane", "/u/jane", "wiki/User:Jane", "/@jane").
_PROFILE_PATH = re.compile(r"(?i)/(?:~|@|(?:u|users?|profiles?|people|members?|authors?|"
                           r"maintainers?|contributors?|team)(?:/|$)|[^/?#]{0,30}?"
                           r"(?:user|benutzer|usuario|utilisateur|usu[aá]rio|utente)"
                           r"(?:_talk|_discussion)?:)")


# Well-known companies and public bodies whose documentation, API and status hosts
# ("developer.dhl.com", "docs.github.com", "api.stripe.com/v1/charges", "status.twilio.com",
# "githubstatus.com") are a service's own pages: no person has a page on those hosts. Their
# main sites are not listed (github.com/jane, paypal.com/paypalme/jane are people's).
_VENDOR_DOMAINS = frozenset("""
github.com gitlab.com bitbucket.org atlassian.com stripe.com paypal.com braintreegateway.com
squareup.com adyen.com mollie.com klarna.com wise.com revolut.com sumup.com mercadopago.com
mercadolibre.com google.com googleapis.com apple.com microsoft.com azure.com amazon.com
amazonaws.com twilio.com sendgrid.com mailchimp.com mailgun.com postmarkapp.com shopify.com
woocommerce.com wix.com squarespace.com etsy.com ebay.com facebook.com meta.com instagram.com
whatsapp.com linkedin.com tiktok.com twitter.com x.com spotify.com twitch.tv discord.com
telegram.org slack.com zoom.us dropbox.com box.com salesforce.com hubspot.com zendesk.com
intercom.com openai.com anthropic.com heroku.com digitalocean.com vercel.com netlify.com
mapbox.com yahoo.com dhl.com dhl.de ups.com fedex.com usps.com dpd.com gls-group.eu
royalmail.com canadapost.ca auspost.com.au postnl.nl laposte.fr colissimo.fr correos.es
deutschepost.de ctt.pt bpost.be posti.fi postnord.com swisspost.ch post.ch
""".split())
_VENDOR_LABELS = frozenset({"docs", "doc", "developer", "developers", "dev", "devdocs", "api",
                            "apidocs", "status", "devcenter", "devportal"})
# ...but these carry people's own documents, numbers or projects.
_USER_CONTENT_HOSTS = frozenset({"docs.google.com", "api.whatsapp.com", "dev.azure.com",
                                 "api.telegram.org", "docs.zoho.com"})
_VENDOR_NAMES = frozenset(d.split(".", 1)[0] for d in _VENDOR_DOMAINS)


def _vendor_host(host: str) -> bool:
    """"developer.dhl.com", "api.stripe.com", "githubstatus.com": a company's service host."""
    reg = split_domain(host)[0]
    if host != reg:
        return (reg in _VENDOR_DOMAINS and host.split(".", 1)[0] in _VENDOR_LABELS
                and host not in _USER_CONTENT_HOSTS)
    name = reg.split(".", 1)[0]  # "githubstatus.com", "stripestatus.com": a status page
    return name.endswith("status") and name[:-6] in _VENDOR_NAMES


# Government and public bodies ("seattle.gov", "impots.gouv.fr", "agenciatributaria.gob.es",
# "gov.uk", "europa.eu", "bund.de"): a procurement portal or a form there belongs to no one
# in the chat.
_PUBLIC_SUFFIX_HEADS = ("gov", "gob", "gouv", "govt", "mil", "gc")
_PUBLIC_BODIES = frozenset({"europa.eu", "bund.de", "admin.ch", "service-public.fr",
                            "canada.ca", "gv.at", "overheid.nl", "belgium.be"})


def public_body(host: str) -> bool:
    """"seattle.gov", "www.gov.uk", "impots.gouv.fr": a government site."""
    reg, suffix = split_domain(host.lower().rstrip("."))
    return bool(suffix) and (suffix.split(".", 1)[0] in _PUBLIC_SUFFIX_HEADS
                             or reg in _PUBLIC_BODIES)


@lru_cache(maxsize=4096)  # asked for every domain in a text, often the same few
def _reference_link(host: str, url: str) -> bool:
    """A link into a public documentation or reference site, not to a page of a person."""
    host = host.removeprefix("www.")
    if public_body(host):
        return True
    if host not in _REFERENCE_HOSTS and not _vendor_host(host):
        reg = split_domain(host)[0]
        if reg not in _REFERENCE_DOMAINS or host.split(".", 1)[0] in _PROFILE_SUBDOMAINS and (
                host != reg):
            return False
    path = _SCHEME_HEAD.sub("", url, count=1)
    cut = path.find("/")
    return cut < 0 or _PROFILE_PATH.search(path, cut) is None


# Organisations whose public code is on GitHub or GitLab: "git clone https://github.com/
# woocommerce/woocommerce.git" names a project, not a person. Any other owner may be a
# person's account, so a link to it still goes.
_PUBLIC_ORGS = frozenset("""
woocommerce wordpress automattic laravel symfony django python psf pallets nodejs npm
facebook meta microsoft google googleapis googlechrome android vercel vuejs angular sveltejs
rails docker moby kubernetes hashicorp mozilla apache golang rust-lang tensorflow pytorch
numpy pandas-dev scikit-learn twbs jquery expressjs nestjs prisma tailwindlabs shopify
stripe magento prestashop drupal joomla nextcloud odoo php composer yarnpkg pnpm babel
webpack vitejs eslint prettier redis mongodb postgres mysql elastic grafana prometheus nginx
openssl curl git github gitlab-org home-assistant ansible aws awslabs aws-samples azure
cloudflare netlify supabase firebase flutter dart-lang apple swiftlang jetbrains kotlin
spring-projects dotnet electron huggingface openai mdn w3c whatwg nuxt remix-run denoland
oven-sh typescript-eslint microsoftdocs woocommerce-blocks instagram airbnb netflix uber
twitter twitterdev spotify pinterest dropbox square slackapi discord bytedance alibaba
linkedin paypal twilio sendgrid mailchimp zendesk salesforce atlassian adobe ibm intel nvidia
""".split())
_REPO_HOSTS = frozenset({"github.com", "gitlab.com"})


def _public_repo(host: str, url: str) -> bool:
    """"https://github.com/woocommerce/woocommerce.git": an organisation's public project."""
    if host.removeprefix("www.") not in _REPO_HOSTS:
        return False
    parts = _SCHEME_HEAD.sub("", url, count=1).split("/")
    return len(parts) >= 2 and parts[1].lower() in _PUBLIC_ORGS


# "smtp.sendgrid.net:587", "imap.gmail.com:993": a mail server of a mail service with its port,
# typed while setting up mail; the server of a service, not anybody's address.
_MAIL_SERVER_LABELS = frozenset({"smtp", "imap", "pop", "pop3", "mx", "mail", "smtp-relay",
                                 "email-smtp", "smtp-mail", "smtpout", "outbound", "in-v3"})
_MAIL_SERVICES = frozenset("""
sendgrid.net mailgun.org mailgun.net gmail.com google.com googlemail.com office365.com
outlook.com live.com hotmail.com yahoo.com aol.com icloud.com me.com mail.me.com
amazonaws.com sparkpostmail.com postmarkapp.com mailjet.com sendinblue.com brevo.com
mandrillapp.com zoho.com zoho.eu gmx.net gmx.com gmx.de web.de fastmail.com protonmail.ch
proton.me yandex.com yandex.ru ionos.com ionos.de 1und1.de strato.de ovh.net ovh.com
secureserver.net mailchannels.net smtp2go.com elasticemail.com resend.com mailersend.net
""".split())


_PORT = re.compile(r":\d{1,5}\b")


# "SMTP_HOST=smtp.sendgrid.net and port 587": a protocol's own label names the server even
# without its port.
_PROTOCOL_LABELS = frozenset({"smtp", "imap", "pop", "pop3", "smtp-relay", "email-smtp",
                              "smtp-mail", "smtpout"})


def _mail_server(host: str, port: re.Match | None) -> bool:
    label = host.split(".", 1)[0]
    return ((label in _PROTOCOL_LABELS or (port is not None and label in _MAIL_SERVER_LABELS))
            and split_domain(host)[0] in _MAIL_SERVICES)


def _trim(url: str) -> str:
    while url and url[-1] in ".,;:!?)]}'\"":
        url = url[:-1]
    return url


_SCHEME_HEAD = re.compile(r"(?i)^(?:h[tx]{2}ps?|h-[tx]-[tx]-p(?:-s)?|ftp)(?::/{1,3}|//)")


def _host(url: str) -> str:
    rest = _SCHEME_HEAD.sub("", url) if "/" in url[:9] else url  # "https//x.com" too
    for sep in "/?#":
        rest = rest.split(sep, 1)[0]
    return rest.rsplit("@", 1)[-1].split(":", 1)[0].lower()


def _kind(host: str) -> str:
    reg, _ = split_domain(host)
    return _KNOWN_HOSTS.get(host.removeprefix("www."), _KNOWN_HOSTS.get(reg, "url"))


# Run over the lowercased text (see caseless.py).
_SCHEME_LC, _SERVICE_PATH_LC, _BARE_LC = (Caseless(rx) for rx in (_SCHEME, _SERVICE_PATH, _BARE))
# What every _BARE match holds ("x.y"), found from the dot: most texts have only full stops.
_LABEL_DOT = re.compile(r"\.(?<=[a-z0-9]\.)[a-z]")


_SPOKEN_PAREN = re.compile(r"\(\s{0,2}(?:slash|barra|schr[aä]gstrich|dot|punkt|punto|ponto|"
                           r"point)\s{0,2}\)")
# "wildthymeevents dotcom": the spoken dot glued to the suffix
_GLUED_DOTCOM = re.compile(r"(?<![\w.@\-])([a-z0-9][a-z0-9\-]{3,62})\s{1,2}(?:dot|punkt|punto|"
                           r"ponto|point)(com|net|org|io|co)\b(?![.\-@]\w)")
# "type pinegrovecopy into your browser", "tape lucasmontage point fr dans ton navigateur",
# "gib mal hofmann-uebersetzungen in den Browser ein": a name typed where addresses go
_TYPE_IN = re.compile(
    r"\b(?:type|enter|key\s{1,2}in|put|pop|paste|write|tape[sz]?|entre[sz]?|[ée]cri[st]|escrib[ea]|pon|"
    r"pone|digit[ae]|escreve|coloca|gib|geben\s{1,2}sie|tipp\w{0,2})\s{1,2}(?:(?:mal|einfach|"
    r"just|simply|simplement|juste|s[oó]lo|apenas|s[oó]|in)\s{1,2}){0,2}"
    # "key in tidewater + labs into the address bar": pieces joined by '+'; words apart only
    # with a rule to join them ("type mh garden rooms into the browser ..., no spaces")
    r"([a-z0-9][a-z0-9\-]{1,62}(?:\s{0,2}\+\s{0,2}[a-z0-9][a-z0-9\-]{1,40}|"
    r"[ \t][a-z0-9][a-z0-9\-]{0,30}){0,3})"
    r"(?:\s{1,2}(?:dot|punkt|punto|ponto|point)\s{1,2}[a-z]{2,6}|"
    r"\.[a-z]{2,6})?\s{1,2}(?:in|into|en|no|na|dans|im|int[oa])\s{1,2}(?:(?:the|your|a|ton|"
    r"votre|le|tu|el|la|o|seu|teu|den|deinen|ihren|einen|die|deine|ihre)\s{1,2})?"
    r"(?:web\s{1,2})?(?:browser|"
    r"navegador|navigateur|address\s{1,2}bar|url\s{1,2}bar|barra\s{1,2}de\s{1,2}"
    r"(?:direcciones|endere[cç]os)|adressleiste|barre\s{1,2}d'adresse)\b")
# "just google quillandcompass translations, first result is me", "busca en google 'x y' y
# sale mi web": a name to search for, then the writer saying the result is theirs
# What ends a search said to find the writer (the lookahead of ``_SEARCH_ME``)
_SEARCH_TAIL = (
    r"\b(?:(?:first|top)\s{1,2}(?:result|hit|link)\s{1,2}(?:is|'s)\s{1,2}"
    r"(?:me|us|mine|ours)|"
    # "it's the first .com result", "first result, the site has my number"
    r"(?:first|top)\s{1,2}\.[a-z]{2,4}(?:\.[a-z]{2})?\s{1,2}(?:result|hit|link)|"
    # "look up harborlinecrafts, the .net one", "busca X, la de .es", "celui en .fr"
    # "procura X no google, é o ponto pt": the suffix may be spoken
    r"(?P<one>(?:the|el|la|o|a|le|celui|celle|die|das|den)\s{1,2}(?:(?:de|en|com|mit|with|"
    r"avec)\s{1,2})?(?:\.|(?:dot|punto|ponto|point|punkt)\s{1,2})[a-z]{2,4}(?:(?:\.|\s{1,2}"
    r"(?:dot|punto|ponto|point|punkt)\s{1,2})[a-z]{2})?"  # "the dot co dot uk one"
    r"\s{0,2}(?:one|version|site|address|web|page|seite|adresse|[,;)]|$))|"
    # "google 'x-y', das ist meine Homepage (.de)": the result said to be the writer's own
    # site (only for a quoted name or one with a hyphen or a digit, checked below)
    r"(?P<mine>(?:that'?s|it'?s|this\s{1,2}is|das\s{1,2}ist|c'est|es|eso\s{1,2}es|[ée]|"
    r"isso\s{1,2}[ée])\s{1,2}(?:(?:a|o|la|el)\s{1,2})?(?:my|our|mi|nuestra|mon|ma|notre|"
    r"meine?|unsere?|minha|meu|"
    r"nosso|nossa)\s{1,2}(?:web\s?)?(?:site|website|homepage|p[aá]gina|seite|webseite|page|"
    r"web)\b)|"
    # "search 'Oakvale Joinery Derby' on google, the website has my prices": the result said
    # to be the writer's site (only for a quoted name, checked below)
    r"(?P<site>(?:my|our|mi|nuestra|mon|notre|meu|nosso|minha|mein\w{0,2}|unser\w{0,2})"
    r"\s{1,2}(?:web\s?)?(?:site|website|web|homepage|p[aá]gina|seite|webseite)\s{1,2}(?:comes|"
    r"shows|pops|is\s{1,2}(?:the\s{1,2})?first|sort|appara[iî]t|sale|aparece|erscheint|kommt)\b|"
    r"(?:the|la|le|o|die)\s{1,2}(?:web\s?site|site|web|homepage|webseite)\s{1,2}(?:has|lists|"
    r"est[aá]|tiene|a|sort|tem|aparece|hat)\b|(?:aparece|sale|sai)"
    r"\s{1,2}(?:o|la|el)\s{1,2}(?:site|web|p[aá]gina)\b)|(?:first|top)\s{1,2}"
    r"(?:result|hit|link)\b[^.!?\n]{0,40}?\b(?:my|our|mi|mis|meu|minha|mein\w{0,2}|mon|ma|"
    r"mes)\s|(?:that|it)'?s\s{1,2}(?:me|us)\b|(?:sale|aparece)\s{1,2}(?:mi|"
    r"nuestra)\s{1,2}(?:web|p[aá]gina|empresa|negocio)|somos\s{1,2}(?:n[oó]s|nosotros)|"
    r"sou\s{1,2}eu|soy\s{1,2}yo|c'est\s{1,2}(?:moi|nous)|das\s{1,2}(?:bin\s{1,2}ich|"
    r"sind\s{1,2}wir)|you'?ll\s{1,2}find\s{1,2}(?:me|us)|aparezco|apare[cç]o)")
_SEARCH_WORD = (r"\b(?:google|search(?:\s{1,2}for)?|look\s{1,2}up|busca|b[uú]squen|"
                r"pesquis[ae]|procur[ae]|cherche[sz]?|tape[sz]?|such\w{0,2}|googl\w{1,3})")
_SEARCH_ME = re.compile(
    _SEARCH_WORD + r"\s{1,2}(?:(?:en|no|na|sur|"
    r"auf|bei|in|on)\s{1,2}google\s{1,2}|(?:nach|por)\s{1,2})?"
    # "google mal 'x'", "just google 'x'": a softening word first
    r"(?:(?:mal|einfach|nur|just|simply|juste|simplement|s[oó]lo|apenas|s[oó])\s{1,2})?"
    r"(['\"\u2018\u201c\u00ab][^'\"\u2019\u201d\u00bb\n]{3,40}['\"\u2019\u201d\u00bb]|"
    r"[a-z0-9][a-z0-9\-]{3,40}(?:\s{1,2}[a-z][a-z\-]{1,20}){0,2})"
    r"(?=[^.!?\n]{0,40}?" + _SEARCH_TAIL + ")")
# Every start of a search word and of an ending (overlapping ones too, hence the lookaheads)
_SEARCH_WORD_AT = re.compile("(?=" + _SEARCH_WORD + ")")
_SEARCH_TAIL_AT = re.compile("(?=" + _SEARCH_TAIL + ")")
# A match's ending starts at most 165 characters after its search word (11 for the word, 2
# spaces, 13 for "no google", 12 for a softening word, 87 for the name, then 40 more).
_SEARCH_REACH = 170


def _search_me_matches(low: str) -> list[re.Match]:
    """``_SEARCH_ME.finditer(low)``, tried only at search words with an ending close after:
    run over a whole long text, the pattern tries every name after every search word against
    each of the next 40 characters."""
    found: list[re.Match] = []
    words = [m.start() for m in _SEARCH_WORD_AT.finditer(low)]
    tails = [m.start() for m in _SEARCH_TAIL_AT.finditer(low)] if words else []
    if not tails:
        return found
    pos = 0
    for start in words:
        if start < pos:
            continue
        i = bisect_left(tails, start)
        if i == len(tails) or tails[i] > start + _SEARCH_REACH:
            continue
        m = _SEARCH_ME.match(low, start)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


# (grouped by first letter: each position tries only the words starting with its character)
_TYPED_CUE = re.compile(r"d(?:otcom|as\s(?:bin|sind))|b(?:rowser|arra\sde|arre\sd)|nav[ei]g|"
                        r"google|a(?:dressleiste|ddress\sbar|pare)|result|'s\s(?:me|us)\b|"
                        r"url\sbar|s(?:ale\smi|omos|ou\seu|oy\syo)|c'est\s(?:moi|nous)|"
                        r"find\s(?:me|us)")


_TITLE_CASE = re.compile(r"[A-Z][\w\-]{1,30}\s{1,2}[A-Z]")  # "'Oakvale Joinery Derby'"
_LONE_SUFFIX_ONE = re.compile(r"\s\.[a-z]{2,4}(?:\.[a-z]{2})?\s{0,2}(?:one|version|site|address|"
                              r"web|page|seite|adresse|[,;)]|$)")
# ...said aloud: "the dot co dot uk one", "la de punto es"
_SAID_SUFFIX_ONE = re.compile(r"\b(?:the|el|la|o|a|le|celui|celle|die|das|den)\s{1,2}(?:(?:de|"
                              r"en|com|mit|with|avec)\s{1,2})?(?:dot|punto|ponto|point|punkt)"
                              r"\s{1,2}[a-z]{2,4}(?:\s{1,2}(?:dot|punto|ponto|point|punkt)\s{1,2}"
                              r"[a-z]{2})?\s{0,2}(?:one|version|site|address|web|page|seite|"
                              r"adresse|[,;)]|$)")
# ...or the result said to be the writer's own site: "busca 'x-y', es mi web"
_MY_SITE = re.compile(r"\b(?:my|our|mi|nuestra|mon|ma|notre|meine?|unsere?|minha|meu|nosso|"
                      r"nossa)\s(?:web|site|website|homepage|p[aá]gina|seite|webseite|page)\b")
_SPACED_WORDS = re.compile(r"[a-z0-9][ \t]{1,2}[a-z0-9]")


def _typed_or_searched(views: Views, ctx: Context) -> list[Finding]:
    """A site given as something to type into a browser or to search for (no dot needed)."""
    low = views.lower
    out = []
    for rx, found in ((_GLUED_DOTCOM, _GLUED_DOTCOM.finditer(low)),
                      (_TYPE_IN, _TYPE_IN.finditer(low)), (_SEARCH_ME, _search_me_matches(low))):
        for m in found:
            name = m.group(1).strip("'\"\u2018\u2019\u201c\u201d\u00ab\u00bb ")
            words = [w for w in name.split() if w != "+"]
            if not words or all(w in COMMON for w in words) or name.isdigit():
                continue
            if rx is _SEARCH_ME and len(words) == 1 and len(name) < 6:
                continue
            if rx is _TYPE_IN and (len(words) == 1 and len(name) < 4 or _SPACED_WORDS.search(
                    name) and _JOIN_RULE_RX.search(low, m.end(), m.end() + 60) is None):
                continue  # "type the word into the browser": a name, or words to join
            end = m.end(1)
            if rx is _SEARCH_ME and len(words) > 2 and words[-1] == "google" and words[-2] in (
                    "on", "no", "na", "en", "sur", "auf", "bei", "in"):
                words = words[:-2]  # "procura x no google, é o ponto pt": the name is "x"
                end = low.rfind(words[-1], m.start(1), end) + len(words[-1])
            while len(words) > 1 and words[-1] in COMMON:  # "x on the" before "web, the .com"
                end = low.rfind(words.pop(), m.start(1), end)
                while end > m.start(1) and low[end - 1].isspace():
                    end -= 1
            quoted = m.group(1)[:1] in "'\"\u2018\u201c\u00ab"
            if rx is _SEARCH_ME and m.group("one") and not quoted and (
                    len(words) > 1 or len(name) < 6):
                continue  # "search parking near the venue, the .com one": one name only
            if rx is _SEARCH_ME and m.group("mine") and not (any(
                    c.isdigit() or c == "-" for c in name) or len(words) == 1 and len(name) >= 8):
                continue  # "google tile grout, that's my page for it": plain words
            if rx is _SEARCH_ME and m.group("site") and not (quoted and _TITLE_CASE.match(
                    views.folded.text, m.start(1) + 1)):
                continue  # "search for cheaper tiles on my site": a quoted business name only
            out.append(Finding("url", *views.folded.span(m.start(1), end),
                               "web address to look up"))
    return out


# "site: fotografia - lena - porto (all one word) dot pt": the name's first pieces apart by
# spaced dashes right before a found address; taken with a note to join them or two dashes or
# more after a word for a site.
_DASH_PIECES = re.compile(r"(?<![^\s:=(])((?:[^\W_]{2,30}[ \t]{1,2}[\-\u2013\u2014][ \t]{1,2})"
                          r"{1,4})\Z")
_JOIN_NOTE = re.compile(r"(?i)junt[oa]s?|together|one\s{1,2}word|zusammen|sans\s{1,2}espace|"
                        r"no\s{1,2}spaces|sin\s{1,2}espacios|sem\s{1,2}espa[cç]o|attach|pegad")


def _dash_pieces(views: Views, found: list[Finding]) -> list[Finding]:
    """The pieces of a name before a found address, apart by spaced dashes."""
    text = views.original
    out = []
    for f in found:
        if f.kind != "url" or not text[f.start:f.start + 1].isalnum():
            continue
        m = _DASH_PIECES.search(text, max(0, f.start - 140), f.start)
        if m is None:
            continue
        pieces = m.group(1).count("-") + m.group(1).count("\u2013") + m.group(1).count("\u2014")
        note = _JOIN_NOTE.search(text, m.start(), min(len(text), f.end + 40)) is not None
        site = _SITE_WORDS.search(text, max(0, m.start() - 30), m.start()) is not None
        if note or (pieces >= 2 and site):
            out.append(Finding("url", m.start(), f.end, "web address in pieces"))
    return out


# "my page on the orange portfolio site is /lenadraws", "portfolio is on the site that sounds
# like 'bee hands', slash x_art": one's page on a site left unnamed, then only its path. Taken
# after one's own page, or a page on a site; an app's route ("/api/v2", "/settings") stays.
_PAGE_PATH = re.compile(
    r"(?:\b(?P<own>my|our|mi|mis|mon|ma|meu|minha|meine?|unsere?|nuestr[oa])\s{1,2})?"
    r"\b(?:page|profile|portfolio|channel|shop|store|gallery|perfil|p[aá]gina|portf[oó]lio|"
    r"seite|profil|galer[ií]a|boutique|loja|tienda|kanal|canal)\b[^\n/]{0,90}?"
    r"(?P<mark>/|\b(?:slash|barra|schr[aä]gstrich)\s{1,2})\s{0,2}@?"
    r"(?P<v>[a-z0-9][\w.\-]{2,39})(?![\w/]|\.\w)")
_ROUTE_WORDS = frozenset((
    "home", "about", "settings", "admin", "login", "logout", "pricing", "docs", "api", "blog",
    "contact", "help", "faq", "onboarding", "dashboard", "account", "profile", "signup",
    "register", "search", "shop", "cart", "checkout", "index", "news", "terms", "privacy",
    "products", "services", "gallery", "portfolio", "page", "new", "edit", "sale"))
_PAGE_SITE = re.compile(r"\b(?:site|website|platform|app|plataforma|sitio|seite|plateforme)\b")


def _page_paths(views: Views) -> list[Finding]:
    """A path alone, after one's page on a site named only by a description."""
    low = views.lower
    out = []
    for m in _PAGE_PATH.finditer(low):
        v = m.group("v").rstrip(".-")
        if (len(v) < 4 or v.isdigit() or v in COMMON or v in _ROUTE_WORDS
                or not (m.group("own") or _PAGE_SITE.search(low, m.start(), m.start("mark")))):
            continue
        out.append(Finding("url", *views.folded.span(m.start("mark"), m.start("v") + len(v)),
                           "path of a profile page"))
    return out


def detect(views: Views, ctx: Context) -> list[Finding]:
    """URL and domain findings in the original text, and the site's name said again."""
    out = _detect(views, ctx)
    if "/" in views.original or "slash" in views.lower or "barra" in views.lower or (
            "schr" in views.lower):
        out.extend(_page_paths(views))
    if out:
        out.extend(_name_again(views, out))
        if " -" in views.original or "\u2013" in views.original or "\u2014" in views.original:
            out.extend(_dash_pieces(views, out))
    return out


# Characters that may stand between the letters of a name said again ("m o w-m a t e s"), at
# most two at a time; any other character ends it.
_NAME_KEPT = re.compile(r"[^\s\-_.'\u2019]")
_SAID_DOT = re.compile(r"\s{1,2}(?:dot|punkt|punto|ponto|point)\s{1,2}|\s{0,2}\.\s{1,2}")


_PLUS_BEFORE = re.compile(r"\+\s{0,2}$")


def _name_again(views: Views, found: list[Finding]) -> list[Finding]:
    """"google 'mowmates', it's mowmates.net", "Desai Language Academy — desailanguageacademy.com":
    the name of a site removed elsewhere in the message is said again, whole, in words or
    spaced out; it finds the site as well as the address does.

    The name is looked for in the text with its separators squeezed out (positions kept), not
    with a pattern built per name: compiling one for every message with a link cost more than
    the rest of this detector."""
    names = set()
    tails = set()
    for f in found:
        if f.kind != "url" or len(names) >= 3:
            continue
        # "freshbakes dot net", "freshbakes . net": the dot said or spaced, as typed
        said = _SAID_DOT.sub(".", views.original[f.start:f.end].strip().lower())
        host = _host(said)
        reg = split_domain(host.removeprefix("www."))[0]
        name = "".join(c for c in reg.split(".", 1)[0] if c.isalnum())
        if len(name) >= 4 and name.isascii() and len(tails) < 3 and _PLUS_BEFORE.search(
                views.original, max(0, f.start - 4), f.start):
            tails.add(name)  # "my surname + studio dot com ... okonkwostudio"
        if len(name) >= 6 and name not in COMMON and name.isascii():
            names.add(name)
    if not names and not tails:
        return []
    out = []
    low = views.lower
    folded = views.folded
    for name in tails:  # the whole name, ending with the piece the formula put last
        i = low.find(name)
        while i >= 0:
            end = i + len(name)
            start = i
            while start > 0 and i - start < 60 and (_alnum_ascii(low[start - 1])
                                                    or low[start - 1] == "-"):
                start -= 1
            word, after = low[start:end], low[end:end + 2]
            # a whole word: no letter, '@' or ".x" glued after it, no '@' or '.' before it
            glued = after[:1] == "@" or (after[:1] == "." and after[1:].isalnum()) or (
                after[:1] != "" and _alnum_ascii(after[0]))
            if (end - start >= len(name) + 3 and not glued
                    and not (start and low[start - 1] in "@.")
                    and word not in COMMON and word[:-len(name)].strip("-") not in COMMON):
                out.append(Finding("url", *folded.span(start, end), "site name"))
            i = low.find(name, end)
    kept = [m.start() for m in _NAME_KEPT.finditer(low)]
    squeezed = "".join(low[i] for i in kept)
    for name in names:
        i = squeezed.find(name)
        while i >= 0:
            start, end = kept[i], kept[i + len(name) - 1] + 1
            # at most two separators between letters, and a whole word at both ends
            if (all(kept[j + 1] - kept[j] <= 3 for j in range(i, i + len(name) - 1))
                    and not (start and _alnum_ascii(low[start - 1]))
                    and not (end < len(low) and _alnum_ascii(low[end]))):
                s, e = folded.span(start, end)
                if not any(f.start <= s < f.end for f in found):
                    out.append(Finding("url", s, e, "site name"))
                i = squeezed.find(name, i + len(name))
            else:
                i = squeezed.find(name, i + 1)
    return out


def _alnum_ascii(c: str) -> bool:
    return c.isascii() and c.isalnum()


# "t . me / x", "wa . m e / 351...", "linkedin / in / x": a messenger or profile link typed with
# spaces around its dot and slashes. Run on the lowercased text.
_SPACED_SHORT = re.compile(
    r"(?<![\w.])(?:t|wa)\s{0,2}\.\s{0,2}m\s?e\s{0,2}/\s{0,2}\+?[a-z0-9_]{3,32}|"
    r"\blinked\s?in(?:\s{0,2}\.\s{0,2}com)?\s{0,2}/\s{0,2}in\s{0,2}/\s{0,2}[a-z0-9][a-z0-9\-_%]{2,99}")


# "mi web: t r a d u c e l o . e s, y si te gusta": a domain spaced out letter by letter
# with punctuation glued to its last letter (the spaced runs joined elsewhere end at a space).
# Run on the lowercased text.
# "schau auf m o o s g a r t e n - l i n a . de": a hyphen spaced out with the letters, and
# the suffix typed whole, ending the phrase.
_SPACED_OUT = re.compile(r"(?<!\S)((?:[a-z0-9] (?:- )?){3,62}[a-z0-9]) \. "
                         r"((?:[a-z] ){1,2}[a-z](?=[,;:!?)]|\.(?:\s|$))|"
                         r"[a-z]{2,6}(?=\s|$|[,;:!?)]|\.(?:\s|$)))")


def _spaced_out(views: Views, ctx: Context) -> list[Finding]:
    out = []
    for m in _SPACED_OUT.finditer(views.lower):
        host = m.group(1).replace(" ", "").strip("-") + "." + m.group(2).replace(" ", "")
        if split_domain(host)[1] and not is_allowed(host, ctx.allowed_domains):
            out.append(Finding("url", *views.folded.span(m.start(), m.end()), "web address"))
    return out


# "the word 'quill' followed by 'and' followed by 'ledger', .com", "sales@ + my firm's name
# (brightkiln) + .com": a site or a mailbox's domain built from quoted or bracketed pieces
# joined by "+", "then" or "followed by", and its suffix added last. Run on the lowercased text.
_JOINER = (r"(?:\+|plus|then|and\s{1,2}then|followed\s{1,2}by|after\s{1,2}that|and|dann|"
           r"danach|und\s{1,2}dann|gefolgt\s{1,2}von|luego|despu[eé]s|y\s{1,2}luego|"
           r"seguido\s{1,2}de|y|m[aá]s|puis|ensuite|et\s{1,2}puis|suivi\s{1,2}de|et|depois|"
           r"e\s{1,2}depois|seguido\s{1,2}de|e|mais|und)")
_ADD_VERB = (r"(?:add|append|put|stick|tack|agrega(?:s|r)?|a[nñ]ade(?:s)?|a[nñ]adir|pon(?:es)?|"
             r"acrescenta(?:s|r)?|adiciona(?:s|r)?|coloca(?:s|r)?|ajoute[rsz]?|rajoute[rsz]?|"
             r"mets|h[äa]ng(?:e|st)?)")
_PIECE_SUFFIX = re.compile(
    r"(?<=[\s,;+])(?:\.|(?:dot|punto|punkt|ponto|point)\s{1,2})([a-z]{2,6}(?:\.[a-z]{2,3})?)"
    r"\b(?![.\w@])")
_PIECE = re.compile(r"(?<!\w)['\"\u2018\u201c(]\s{0,2}([a-z0-9][a-z0-9&\- ]{0,40}?)\s{0,2}"
                    r"['\"\u2019\u201d)](?!\w)")
# ...the suffix closing the phrase ("..., .com" or "... dot com please")
_PIECE_END = re.compile(r"\s{0,2}(?:$|[,;!?)\n]|\.(?:\s|$)|\s(?:please|pls|thanks|bitte|danke|"
                        r"merci|gracias|obrigad[oa])\b)")
_PIECE_GAP = re.compile(
    # "... 'twenty two' in digits, dot com": how the last piece is written
    r"\s{0,3}(?:(?:in|as|em|en|como|als|comme)\s{1,2}(?:an?\s{1,2}|um\s{1,2}|un\s{1,2})?"
    r"(?:digits?|numbers?|numerals?|n[uú]meros?|cifras?|ziffern?|zahlen?|chiffres?|d[ií]gitos?|"
    r"algarismos?)\s{0,2})?(?:[,;]\s{0,2})?(?:" + _JOINER + r"\s{0,3})?"
    # "... then add dot com", "y le agregas punto com", "puis ajoute point fr": a verb for
    # putting the suffix on
    r"(?:(?:le\s{1,2}|lhe\s{1,2})?" + _ADD_VERB + r"\s{1,3}(?:on\s{1,2})?)?")
_STRONG_JOINER = re.compile(r"\+|\b(?:plus|then|followed|dann|danach|gefolgt|luego|despu|"
                            r"seguido|m[aá]s|puis|ensuite|suivi|depois|mais|"
                            + _ADD_VERB + r")\b")
_MAILBOX_AT = re.compile(r"[a-z0-9][a-z0-9._%+\-]{0,63}@(?=\s|$)")


# "hi@ + saltmarsh + .com", "info@ dann kaltwerk punkt de": the domain's name unquoted
_MAILBOX_BARE = re.compile(
    r"(?<![\w.])[a-z0-9][a-z0-9._%+\-]{0,63}@\s{1,2}" + _JOINER
    + r"\s{1,2}([a-z0-9][a-z0-9\-]{2,40})\s{1,2}(?:" + _JOINER + r"\s{0,2})?(?:\.|(?:dot|punto|"
    r"punkt|ponto|point)\s{1,2})([a-z]{2,6}(?:\.[a-z]{2,3})?)\b(?![.\w@])")


def _pieces_site(views: Views, ctx: Context) -> list[Finding]:
    low = views.lower
    out = []
    for m in _MAILBOX_BARE.finditer(low) if "@" in low else ():
        host = f"{m.group(1)}.{m.group(2)}"
        if m.group(1) not in COMMON and split_domain(host)[1] and not is_allowed(
                host, ctx.allowed_domains):
            out.append(Finding("email", *views.folded.span(m.start(), m.end()),
                               "email address in pieces"))
    for m in _PIECE_SUFFIX.finditer(low):
        lo = max(0, m.start() - 160)
        pieces = list(_PIECE.finditer(low, lo, m.start()))
        kept: list[re.Match] = []
        end = m.start()
        for piece in reversed(pieces):  # the pieces right before the suffix, joiners between
            if _PIECE_GAP.fullmatch(low, piece.end(), end) is None:
                break
            kept.insert(0, piece)
            end = piece.start()
        if not kept:
            continue
        words = [w for p in kept for w in p.group(1).split() if w != "&"]
        name = "".join(words)
        host = f"{name}.{m.group(1)}"
        joined = low[kept[0].start():m.start()]
        mailbox = _MAILBOX_AT.search(low, max(0, kept[0].start() - 60), kept[0].start())
        if (len(name) < 4 or name in COMMON or all(w in COMMON for w in words)
                or not (mailbox or _STRONG_JOINER.search(joined)
                        and _PIECE_END.match(low, m.end()))
                or m.group(1) in _FILE_EXTS or not split_domain(host)[1]
                or is_allowed(host, ctx.allowed_domains)):
            continue  # "('today') .net": one word and no joiner, nothing built
        if mailbox:  # "sales@ + my firm's name (x) + .com": the mailbox with its domain
            out.append(Finding("email", *views.folded.span(mailbox.start(), m.end()),
                               "email address in pieces"))
        else:
            out.append(Finding("url", *views.folded.span(kept[0].start(), m.end()),
                               "web address in pieces"))
    return out


# "c·l·a·r·a · d·e", "t🔸i🔸n🔸a🔸.🔸i🔸o", "m‧a‧x‧@‧g‧m‧x‧.‧d‧e" (middle dots fold to '.'): single
# characters parted by one repeated mark, the address's own dot and '@' set between two marks
# or a spaced mark standing for the dot. Found by their first three, then read by hand.
_MARKED_RUN = re.compile(r"([^\w\s])(?<=[^\W_].)[^\W_]\1[^\W_]")  # from the first mark


def _marked_letters(text: str, start: int, sep: str) -> tuple[str, int]:
    """The characters of a run parted by ``sep`` from ``start`` and where it ends."""
    out: list[str] = []
    i, n, end = start, len(text), start
    while i < n and text[i].isalnum() and text[i] != sep:
        out.append(text[i])
        i += 1
        end = i
        if text.startswith(" " + sep + " ", i) or text.startswith(" . ", i):
            out.append(".")
            i += 3
        elif text.startswith(sep, i):
            i += 1
            if text[i:i + 1] in (".", "@") and text.startswith(sep, i + 1):
                out.append(text[i])
                i += 2
        else:
            break
    return "".join(out), end


def _marked_runs(views: Views, ctx: Context) -> list[Finding]:
    text = views.folded.text
    out = []
    pos = 0
    for m in _MARKED_RUN.finditer(text):
        start = m.start() - 1
        if start < pos or (start and text[start - 1].isalnum()):
            continue
        joined, end = _marked_letters(text, start, m.group(1))
        pos = end
        joined = joined.lower().strip(".@")
        if len(joined) < 6 or sum(c.isalnum() for c in joined) < 5:
            continue
        local, at, host = joined.rpartition("@")
        name = host.split(".", 1)[0]
        suffix = split_domain(host)[1]
        if (not suffix or len(name) < 2 or host.rsplit(".", 1)[-1] in _FILE_EXTS
                or (at and len(local) < 2) or is_allowed(host, ctx.allowed_domains)):
            continue
        out.append(Finding("email" if at else "url", *views.folded.span(start, end),
                           "email address spelled out" if at else "web address spelled out"))
    return out


def _pause_path(path: str, owned: bool) -> bool:
    """A profile name after "behance, slash": marked as a name ("lena-voss", "jo_22") or long
    and on the writer's own page ("my portfolio is on behance, /ramonprints")."""
    path = path.lower().rstrip(".")
    if path in COMMON or path.replace(".", "").isdigit():
        return False
    return (any(c.isdigit() or c in "-_" for c in path.strip("-_"))
            or (owned and len(path) >= 6))


def _detect(views: Views, ctx: Context) -> list[Finding]:
    canon = views.canon
    text = canon.text
    low = views.lower
    out: list[Finding] = _said_forms(views, ctx)
    spoken = ("dot" in low or "punkt" in low or "punto" in low or "ponto" in low  # asked
              or "point" in low)  # several times below: _SPOKEN_DOT_RE's words
    if " . " in low:
        out.extend(_spaced_out(views, ctx))
    if _MARKED_RUN.search(views.folded.text):
        out.extend(_marked_runs(views, ctx))
    if ("'" in low or "(" in low or '"' in low or "\u2018" in low or "\u201c" in low
            or "@ " in low) and (" ." in low or spoken):
        out.extend(_pieces_site(views, ctx))
    # "look up x, the .net one": a suffix named alone is a cue too
    if (_TYPED_CUE.search(low) or " ." in low and _LONE_SUFFIX_ONE.search(low)
            or ("'" in low or "-" in low) and _MY_SITE.search(low)
            or spoken and _SAID_SUFFIX_ONE.search(low)):
        out.extend(_typed_or_searched(views, ctx))
    if text.count("\n") >= 2:
        out.extend(_vertical(views, ctx))
    if " co " in low or " com " in low or " org " in low or " net " in low or " ac " in low:
        out.extend(_spaced_suffix(views, ctx))
    if _WWW_GATE.search(low):
        out.extend(_www_said(views, ctx))
    # "oak, and, fern, run together, dot co": a rule to join the words needs no site word
    if (" ." in text or " ." in views.folded.text or spoken) and any(
            h in low for h in _JOIN_HINTS):
        out.extend(_joined_site(views, ctx))
    if spoken:
        out.extend(_spoken_word_suffix(views, ctx))
        if (" dot " in low or " punkt " in low) and not _site_word_in(low, low):
            out.extend(_spoken_mid(views, ctx))  # "check out lumenviz dot ie for ..."
    if ("." not in text and "/" not in text and "slash" not in text and "barr" not in text
            and not (spoken
                     and ("-" in text or _site_word_in(text, views.canon_lower)))):
        return out
    taken: list[tuple[int, int]] = []
    canon_low = views.canon_lower
    # every scheme link holds "www." or "://", "//", ":/": most texts hold none
    for m in (_SCHEME_LC.finditer(text, canon_low) if "www." in canon_low or ":/" in canon_low
              or "//" in canon_low else ()):
        url = _trim(m.group())
        host = _host(url)
        taken.append((m.start(), m.start() + len(url)))
        if is_allowed(host, ctx.allowed_domains) or _local_host(host):
            continue
        if "://" not in url and not split_domain(host)[1]:
            continue
        if "." not in host and _PLACEHOLDER_HOST.search(host):
            continue  # "https://your-domain/api" in documentation
        if _reference_link(host, url) or _public_repo(host, url):
            continue  # "https://docs.python.org/3/library/csv.html": a manual, no one's page
        out.append(Finding(_kind(host), *canon.span(m.start(), m.start() + len(url)), "link"))
    for m in (_SERVICE_PATH_LC.finditer(text, canon_low) if "/" in canon_low  # or a slash said
              or "slash" in canon_low or "barr" in canon_low or "schr" in canon_low else ()):
        if m.group(2).lower() in _PUBLIC_ORGS and canon_low.startswith("git", m.start()):
            continue  # "github.com/laravel/laravel.git": an organisation's project
        if m.start() and text[m.start() - 1] == "." and _dotted_service(canon_low, m.start()):
            continue  # "docs.github.com/en/...", ".github/workflows/": not a profile
        if m.group(1) and not _pause_path(m.group(2), _OWNER_WORDS.search(
                text, max(0, m.start() - 60), m.start()) is not None):
            continue  # "on github, /issues": after a pause the path must be someone's name
        if not _in_code(text, m.start()):
            last = 3 if m.group(3) else 2
            end = m.start(last) + len(_trim(m.group(last)))
            out.append(Finding("url", *canon.span(m.start(), end), "profile path"))
    if "/" in text and ("m" in low or "in" in low):
        for m in _SPACED_SHORT.finditer(canon_low):
            if " " in m.group() or "linked" in m.group():
                out.append(Finding("handle", *canon.span(m.start(), m.end()), "profile link"))
    if "slash" in low or "barr" in low or "schr" in low:
        for m in _SPOKEN_PATH.finditer(text):
            if split_domain(f"{m.group(1)}.{m.group(2)}".lower())[1]:
                out.append(Finding("url", *canon.span(m.start(), m.end()), "spoken link"))
    if " ." in text:
        out.extend(_space_dot(views, ctx))
    if "-" in text and (" ." in text or spoken):
        out.extend(_spoken_hyphen(views, ctx))
    # the canonical view joins "then .com" into "then.com": look for the spaced dot as typed
    if (" ." in text or spoken or " ." in views.folded.text) and (_site_word_in(
            text, views.canon_lower) or "+ ." in text or _BAR_WORDS.search(low) is not None):
        out.extend(_name_then_suffix(views, ctx))
    elif (" ." in views.folded.text or spoken) and any(h in low for h in _AT_END_HINTS) and (
            _AT_END.search(low) is not None):
        # "go to greenleaf-co and then .biz at the end": no site word, but the suffix said to
        # close the name; only a name no word could be (a hyphen or a digit in it)
        out.extend(f for f in _name_then_suffix(views, ctx)
                   if _distinct_name(views, f) or _compound_name(views, f))
    if (" ." in low or spoken) and ("nam" in low or "nom" in low) and _site_word_in(low, low):
        out.extend(_suffix_then_name(views, ctx))
    if spoken and _site_word_in(low, low):
        out.extend(_spoken_mid(views, ctx))
    memo: dict = {}
    if _LABEL_DOT.search(canon_low) is None:
        return out  # no label, dot and letter in a row: no domain at all
    for m in _BARE_LC.finditer(text, canon_low):
        if _inside(taken, m.start()) or _in_code(text, m.start()):
            continue
        host = m.group(1).lower()
        if not _is_domain(m.group(1), m.group(2)) or is_allowed(host, ctx.allowed_domains):
            continue
        if m.group(2) and (_mail_server(host, _PORT.match(m.group(2))) or _reference_link(
                host, host + m.group(2))):
            continue  # "smtp.sendgrid.net:587", "developer.mozilla.org/en-US/docs/..."
        if not m.group(2) and (_reference_link(host, host) or _mail_server(host, None)):
            continue  # "SMTP_HOST=smtp.sendgrid.net"
        if _infra_host(host) or _dns_target(views, host, memo):
            continue  # "CNAME → cname.vercel-dns.com", "preview at pr-12-ab3f.onrender.com"
        if m.group(2) and _LINE_NO.fullmatch(m.group(2)) and (
                host.rsplit(".", 1)[-1] in SOURCE_EXTS and host.count(".") == 1):
            continue  # "(Invoice.java:88)": a file and line in a stack trace
        if _lone_suffix(views, canon.span(m.start(), m.end(1)), m.group(1), memo):
            continue
        if not m.group(2) and (_code_argument(text, m.start(), m.end())
                               or code_operand(text, m.end())):
            continue  # "sendEmail(user.id, template.name)": a property in a call
        if _maker_manual(views, host, memo):
            continue  # "a Bosch dishwasher, the manual is on bosch-home.com"
        if _sentence_break(views, canon.span(m.start(), m.end(1)), host):
            continue
        if _spoken_word_pair(views, canon_low, m, host):
            continue  # "The logo dot in 'Bloom.'": the dot of a logo, not "logo.in"
        if "'" in low or '"' in low or "\u2018" in low or "\u201c" in low:
            s_f, e_f = canon.span(m.start(), m.end(1))
            if _QUOTED_DOT_WORD.search(low, s_f, e_f):
                continue  # "is it 'punto' in Spanish?": the word for a dot talked about
        end = m.start() + len(_trim(m.group()))
        if (text[m.end():m.end() + 1] == "(" and not m.group(2)
                and not _SPOKEN_PAREN.match(canon_low, m.end())):
            continue  # "x.com(" is a call in code; "x.com(slash)menu" is a spoken path
        kind = _kind(host)
        if text[end - 1:end] == "/":  # "paypal.me/ MarcoBianchi", "linktr.ee/ mariastudio"
            tail = _AFTER_SLASH.match(text, end)
            if tail and kind == "url" and tail.group().strip().lower() in COMMON:
                tail = None  # "see shop.com/ for more"
            end = tail.end() if tail else end
        elif not m.group(2) and text[end:end + 1] in (" ", ","):  # "linktr.ee / x"
            tail = _SPACED_PATH.match(text, end) or _SLASH_WORD_PATH.match(canon_low, end)
            if tail and tail.re is _SLASH_WORD_PATH and tail.group(1).lower() in COMMON:
                tail = None  # "site.com.br barra de pesquisa": the search bar
            end = tail.end() if tail else end
        if host.split(".", 1)[0] in _PLACEHOLDER_LABELS:  # "my name dot com: tobiasgrantham"
            named = _NAME_GIVEN.match(text, end)
            if named and named.group(1).lower() not in COMMON:
                end = named.end()
                more = _MORE_NAME.match(text, end)  # "my name dot com: Odessa Kravitz"
                if more and not any(w.lower() in COMMON for w in more.group().split()):
                    end = more.end()
        out.append(Finding(kind, *canon.span(m.start(), end), "web address"))
    return out


# A name written one piece per line ("north\nshore\nmovers\n.com"): lines of one short token
# each, joined; a label line first ("ig", "site") is not part of it.
_LINE_TOKEN = re.compile(r"[^\S\n]*([\w.@\-]{1,30})[^\S\n]*(?:\n|$)")
_MAX_RUN = 12
_LINE_TAIL = re.compile(r"[^\S\n]*(\.[a-z]{2,6}(?:\.[a-z]{2,3})?)\.?(?=[^\S\n])", re.I)
_LABELS = frozenset({"ig", "insta", "instagram", "tg", "telegram", "snap", "site", "web", "url",
                     "link", "email", "mail", "e-mail", "website", "web:", "handle", "tiktok"})


def vertical_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, joined) of each run of three to twelve one-token lines (one pass)."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        line_end = text.find("\n", pos)
        line_end = n if line_end < 0 else line_end
        toks = []
        q = pos
        while q < n:
            m = _LINE_TOKEN.match(text, q)
            if m is None or m.end() == q:
                break
            if len(toks) <= _MAX_RUN:
                toks.append((m.start(1), m.end(1), m.group(1)))
            q = m.end()
        if not toks:
            pos = line_end + 1
            continue
        pos = max(q, line_end + 1)  # the run's lines are used up, kept or not
        if len(toks) > _MAX_RUN:
            continue  # a long list, not a name broken over lines
        tail = _LINE_TAIL.match(text, q)
        if tail:  # ".com.au. No rush on this": the ending, then the sentence goes on
            toks.append((tail.start(1), tail.end(1), tail.group(1)))
        i, j = 0, len(toks)
        while i < j and (toks[i][2].lower().rstrip(":") in _LABELS
                         or toks[i][2].lower().rstrip(":") in COMMON):
            i += 1
        while i < j and toks[j - 1][2].lower().rstrip(".!") in COMMON:
            j -= 1  # "...\nthanks"
        if j - i >= 3:
            out.append((toks[i][0], toks[j - 1][1], "".join(t[2] for t in toks[i:j])))
    return out


def _vertical(views: Views, ctx: Context) -> list[Finding]:
    folded = views.folded
    out = []
    for s, e, joined in vertical_runs(folded.text):
        if "@" in joined or "." not in joined[1:]:
            continue
        host = joined.strip(".-").lower()
        if split_domain(host)[1] and not is_allowed(host, ctx.allowed_domains) and (
                host.rsplit(".", 1)[-1] not in _FILE_EXTS):
            out.append(Finding("url", *folded.span(s, e), "web address"))
    return out


# "my site is my name dot com: x": a word standing for the name of the site, given after it.
_PLACEHOLDER_LABELS = frozenset({"name", "myname", "yourname", "fullname", "firstname",
                                 "lastname", "surname", "company", "companyname", "business",
                                 "businessname", "nombre", "minombre", "apellido", "empresa",
                                 "nom", "monnom", "entreprise", "nome", "meunome", "sobrenome",
                                 "firma", "firmenname", "vorname", "nachname"})
_NAME_GIVEN = re.compile(r"(?i)\s{0,3}(?:[:=\u2192,\u2013\u2014]|->|\s-|,?\s{0,2}(?:i\.?e\.?|"
                         r"so|that'?s|"
                         r"which\s{1,2}is|namely|es\s{1,2}decir|also|d\.\s?h\.|"
                         r"c'est-[àa]-dire|ou\s{1,2}seja|o\s{1,2}sea))\s{0,3}"
                         # "name dot net - company is Clearwater Decks"
                         r"(?:(?:the\s{1,2}|la\s{1,2}|die\s{1,2})?(?:company|business|firm|"
                         r"empresa|firma|entreprise|soci[eé]t[eé])\s{1,2}(?:is|es|ist|est|[eé]|"
                         r"hei(?:ss|ß)t|se\s{1,2}llama|s'appelle|chama-se)\s{1,2})?"
                         r"([a-z0-9][a-z0-9\-]{2,62})\b")


_MORE_NAME = re.compile(r"(?:[ ][A-Za-z][a-z\-]{1,30}){1,2}(?=\s{0,3}(?:$|[,!?;)\n]|\.(?:\s|$)))")


def _sentence_break(views: Views, span: tuple[int, int], host: str) -> bool:
    """"need another pass. meet you there": the dot ended a sentence (written right after a
    word, a space after it) before a rare suffix that is an ordinary word."""
    orig = views.original[span[0]:span[1]]
    dot = orig.find(".")
    if dot <= 0 or not orig[dot + 1:dot + 2].isspace() or orig[dot - 1].isspace():
        return False
    after = orig[dot + 1:].lstrip()
    if host.count(".") == 1 and after[:1].isupper() and after[1:].islower():
        return True  # "data entered. Net pay ...": a new sentence, even before a real suffix
    return host.count(".") == 1 and host.rsplit(".", 1)[1] not in TLDS


# "tidyhomes co uk", "cocinasluz com mx": a two-part country suffix said with spaces.
_SPACED_SUFFIX = re.compile(
    r"(?i)(?<![\w.@\-])([a-z0-9][a-z0-9\-]{2,62}+)\s{1,2}(co|com|org|net|gov|ac|edu)\s{1,2}(uk|au|nz|za|"
    r"br|mx|ar|jp|in|co|il|kr|tr|pe|ve|ec|uy|py|bo|sv|gt|hn|ni|cr|pa|do|pr|ph|sg|my|id|th|vn|pk|ng|"
    r"ke|eg|cn|tw|hk)\b(?![.\w])")


def _spaced_suffix(views: Views, ctx: Context) -> list[Finding]:
    folded = views.folded
    out = []
    for m in _SPACED_SUFFIX.finditer(folded.text):
        name = m.group(1).lower()
        host = f"{name}.{m.group(2).lower()}.{m.group(3).lower()}"
        if (name in COMMON or not split_domain(host)[1]
                or is_allowed(host, ctx.allowed_domains)):
            continue
        out.append(Finding("url", *folded.span(m.start(), m.end()), "web address"))
    return out


_PATH_AFTER = re.compile(r"\s{0,2}/\s{0,2}[\w\-]")
# "peluqueria-lola .es", "studio42 .de": a name with a hyphen or a digit, a space, then the dot
# and a suffix ending the phrase. Run on the lowercased text.
_SPACE_DOT = re.compile(
    r"(?<![\w.@\-/])([a-z0-9][a-z0-9\-]{3,62})[^\S\n]{1,2}\.([a-z]{2,6}(?:\.[a-z]{2,3})?)"
    r"(?=\s{0,2}(?:$|[\n,;!?)]|\.(?:\s|$)|/))")


def _space_dot(views: Views, ctx: Context) -> list[Finding]:
    folded = views.folded
    out = []
    for m in _SPACE_DOT.finditer(views.lower):
        name, suffix = m.group(1), m.group(2)
        host = f"{name}.{suffix}"
        if (not any(c.isdigit() or c == "-" for c in name.strip("-")) or name.isdigit()
                or suffix.rsplit(".", 1)[-1] in _FILE_EXTS or not split_domain(host)[1]
                or not folded.text[m.start(2):m.end(2)].islower()
                or is_allowed(host, ctx.allowed_domains)):
            continue
        out.append(Finding("url", *folded.span(m.start(), m.end()), "web address"))
    return out


# "if (usuario.email == null)", "findOne({ email: req.body.email })": a dotted name compared,
# or closing a call's object, is a property in code.
_CODE_OPERATOR = re.compile(r"[ \t]{0,2}(?:[=!]==?|&&|\|\||\?\?|\}[ \t]{0,2}\))")


def code_operand(text: str, end: int) -> bool:
    """A dotted name ending at ``end`` followed by a comparison or the end of a call."""
    return _CODE_OPERATOR.match(text, end) is not None


def _code_argument(text: str, start: int, end: int) -> bool:
    """"sendEmail(user.id, template.name)": a dotted name among the arguments of a call
    (a name glued to its opening bracket), before a comma or the closing bracket."""
    line = text.rfind("\n", 0, start) + 1
    bracket = text.rfind("(", line, start)
    if bracket <= line or not (text[bracket - 1].isalnum() or text[bracket - 1] == "_"):
        return False
    if text.find(")", bracket, start) != -1:
        return False
    after = text[end:end + 2].lstrip()
    return after[:1] in (",", ")")


# The papers that come with a product: a link next to them is the maker's site.
_MANUAL_WORDS = re.compile(
    r"(?i)\b(?:manuals?|user\s{1,2}guide|spec(?:ification)?s?\s{0,2}sheets?|data\s?sheets?|"
    r"firmware|drivers|warranty|handbuch|(?:bedienungs)?anleitung|datenblatt|garantie|"
    r"ficha\s{1,2}t[eé]cnica|manual\s{1,2}de\s{1,2}(?:instrucciones|usuario|uso|usu[aá]rio)|"
    r"notice|fiche\s{1,2}technique|mode\s{1,2}d'emploi|garant[ií]a)\b")
# One of these is in every manual word, lowercased: most texts hold none (a search that
# finds nothing tries the whole list at every position).
_MANUAL_HINTS = ("manual", "guide", "spec", "sheet", "firmware", "drivers", "warranty",
                 "handbuch", "anleitung", "datenblatt", "garant", "ficha", "notice", "fiche",
                 "emploi")
# ...unless the writer owns the site ("my warranty terms are on brennanroofing.com")
_OWNER_WORDS = re.compile(
    r"(?i)\b(?:my|our|ours|mine|we|us|mi|mis|nuestr[oa]s?|mein\w{0,2}|unser\w{0,2}|mon|ma|"
    r"mes|notre|nos|meu|minha|nosso|nossa)\b")
_BRAND = re.compile(r"\b([A-Z][a-z]{3,20})\b((?:[ \t&]{1,3}[A-Z][a-z]{1,20}){0,2})")


def _maker_manual(views: Views, host: str, memo: dict) -> bool:
    """"the dishwasher is a Bosch 500, the manual is on bosch-home.com": the maker
    named by its brand, a manual or spec sheet talked about, and the site that starts with
    the brand is the maker's, not the writer's."""
    if "manual" not in memo:
        text = views.original
        low = lower_same_length(text)
        memo["manual"] = (any(h in low for h in _MANUAL_HINTS)
                          and _MANUAL_WORDS.search(text) is not None
                          and _OWNER_WORDS.search(text) is None)
        memo["brands"] = [(b.lower(), "".join(c for c in b + more if c.isalpha()).lower())
                          for b, more in _BRAND.findall(text)] if memo["manual"] else ()
    if not memo["manual"]:
        return False
    name = split_domain(host)[0].split(".", 1)[0]
    # "Brennan Roofing - warranty on brennanroofing.com": the business's whole name is the site
    return not any(name == whole for _, whole in memo["brands"]) and any(
        name.startswith(b) and b not in COMMON for b, _ in memo["brands"])


def _lone_suffix(views: Views, span: tuple[int, int], host: str, memo: dict) -> bool:
    """"they want .com or .co.uk": the dot had a space before it and none after, and the word
    before it is an ordinary one, so a suffix is being talked about. ``memo`` keeps what is
    read from the whole text, once per text however many domains it holds."""
    orig = views.original[span[0]:span[1]]
    if len(_LONE_SUFFIX.findall(orig)) != 1:
        return False  # none, or "rafaelmoura .com .br"
    if _PATH_AFTER.match(views.original, span[1]):
        return False  # "mealsbymo .com /plans": a path makes it an address
    head, _, tail = orig.rpartition(" .")
    if tail == "NET" and any(c.islower() for c in head):
        return True  # "the v2-beta .NET build": a framework's name in capitals
    first = host.split(".", 1)[0].lower()
    if first in COMMON or _SITE_WORDS.fullmatch(first):
        return True  # "or .net", "el dominio .es"
    if "talk" not in memo:
        memo["talk"] = len(_SUFFIX_TALK.findall(views.original)) >= 2
    if memo["talk"]:  # "the .co domain ... they chose .com"
        return not any(c.isdigit() or c == "-" for c in first)
    if any(c.isdigit() or c == "-" for c in first):
        return False
    if "site" not in memo:
        memo["site"] = _site_word_in(views.lower, views.lower)
    return not memo["site"]


# "my domain is greywolfcarpentry, the .ca one": the name, then its suffix named apart.
_NAME_THEN_SUFFIX = re.compile(
    # "arlo + creative + .com": pieces joined by '+'; a closing quote may follow the name
    r"(?i)(?<![\w.@\-])([a-z0-9][a-z0-9\-]{3,62}(?:\s{0,2}\+\s{0,2}[a-z0-9][a-z0-9\-]{1,40}){0,3})"
    r"(?:(?P<q>['\"\u2019\u201d\u00bb])(?=\s))?"
    r"(?:\s{0,2}[,(]\s{0,2}(?:(?:the|el|la|le|die|der|"
    r"das|o|a)\s{1,2})?|\s{1,2}(?:the|el|la|le|die|der|das|o|a)\s{1,2}|"
    # "roofdoctor (all one word), then .co.uk", "kachelwerk und dann .de dahinter"
    r"(?:\s{0,2}\([^()\n]{1,30}\))?\s{0,2},?\s{0,2}(?:(?:and|&|und|y|e|et)\s{1,2})?(?:then|"
    r"followed\s{1,2}by|plus|dann|danach|luego|despu[eé]s|puis|ensuite|depois)\s{1,2}|"
    # "hausmeisterservice-hoffmann, mit Punkt de am Ende": the suffix it ends with described
    r"\s{0,2},?\s{0,2}(with|mit|con|com|avec)\s{1,2}(?:(?:a|an|the|einem|un|una|um|uma|une)"
    r"\s{1,2})?|"
    # "se llama ceramicanorte y termina en .es", "heißt kachelwerk und endet auf .de"
    # "asesoria-x, terminada en punto com", "ending in .biz", "endend auf .de"
    r"\s{0,2},?\s{1,2}(?:(?:and|y|e|und|et)\s{1,2})?(?:(?:that|que|die|der|das|qui)\s{1,2})?"
    r"(?:ends|endet|termina|acaba|termine|finit|finishes|ending|endend|terminad[ao]|"
    r"acabad[ao]|terminando|acabando|terminant|termin[ée]e?)"
    r"\s{1,2}(?:in|with|on|mit|auf|en|con|em|com|par|avec)\s{1,2}|"
    # "'lantern' + .com", "jake-ferris + .io": the name added to the suffix
    r"\s{0,2}(?P<plus>\+)\s{1,2})"
    # "lojaflordelis e depois ponto com ponto br": a second level said too
    r"(?:\.|(dot|punkt|punto|ponto|point)\s{1,2})([a-z]{2,12}(?:(?:\.|\s{1,2}(?:dot|punkt|punto|"
    r"ponto|point)\s{1,2})[a-z]{2,3})?)\b(?!\w|\.\w)")
_NAME_THEN_SUFFIX_LC = Caseless(_NAME_THEN_SUFFIX)  # over the lowercased text (caseless.py)
# where a name is typed, besides the site words: "dans la barre d'adresse"
_BAR_WORDS = re.compile(r"address\s{1,2}bar|url\s{1,2}bar|barre\s{1,2}d'adresse|barra\s{1,2}de"
                        r"\s{1,2}(?:direcciones|endere[c\u00e7]os)|adresszeile")
_OPEN_QUOTES = "'\"\u2018\u201c\u00ab"
_GIVEN = re.compile(r"(?:\bis|'s|[:=,\u2014\u2013>\-])\s{0,2}['\"\u2018\u201c]?$")
_SAID_SUFFIX_DOT = re.compile(r"\s{1,2}(?:dot|punkt|punto|ponto|point)\s{1,2}")
_PLUS = re.compile(r"\s{0,2}\+\s{0,2}")
# ...said to come at the end ("with .com at the end", "con punto es al final")
_AT_END = re.compile(r"(?i)\s{0,3}(?:(?:at|on)\s{1,2}the\s{1,2}end|am\s{1,2}ende|hinten(?:dran)?|"
                     r"dahinter|al\s{1,2}final|no\s{1,2}fim|no\s{1,2}final|[àa]\s{1,2}la\s{1,2}fin|"
                     r"(?:at|on)\s{1,2}the\s{1,2}back)\b")
_AT_END_HINTS = ("end", "hinte", "fim", "fin", "back")  # one in every _AT_END form


_THEN_WORD = re.compile(r"(?i)\b(?:then|by|plus|dann|danach|luego|despu[eé]s|puis|ensuite|"
                        r"depois)\s")
_CLAUSE_END = re.compile(r"(?i)\s{0,3}(?:$|[,;:!?)\n]|\.(?:\s|$)|(?:at|on|the|in)\s{1,2}the\s{1,2}"
                         r"end\b|(?:am|ao|al|à\s{1,2}la|a\s{1,2}la)\s{1,2}(?:ende|final|fin)\b|"
                         # "and then .ca into your browser", "und dann .de eingeben"
                         r"(?:in|into|en|no|na|dans|im|in\s{1,2}den)\s{1,2}(?:\w{1,8}\s{1,2})?"
                         r"(?:browser|navegador|navigateur|barre\s{1,2}d'adresse|address\s{1,2}"
                         r"bar|url\s{1,2}bar|adress(?:leiste|zeile)|barra\s{1,2}de\s{1,2}"
                         r"(?:direcciones|endere[c\u00e7]os))\b|(?:eingeben|eintippen|digitar|"
                         r"teclear|taper)\b)")


def _distinct_name(views: Views, f: Finding) -> bool:
    """A name with a hyphen or a digit, its suffix typed in lower case ("v2-build and then
    .NET at the end" names a framework)."""
    tail = views.original[f.end:f.end + 40]
    k = tail.find(".")
    return (k < 0 or tail[k + 1:k + 4].islower()) and any(
        c.isdigit() or c == "-" for c in views.original[f.start:f.end].strip("-"))


def _name_then_suffix(views: Views, ctx: Context) -> list[Finding]:
    folded = views.folded
    low = views.lower
    site = _site_word_in(low, low)
    join = any(h in low for h in _JOIN_HINTS)
    out = []
    for m in _NAME_THEN_SUFFIX_LC.finditer(folded.text, low):
        name, spoken, suffix = m.group(1).lower(), (m.group(5) or "").lower(), m.group(6).lower()
        suffix = _SAID_SUFFIX_DOT.sub(".", suffix)
        quoted = m.group("q") and m.start(1) and folded.text[m.start(1) - 1] in _OPEN_QUOTES
        if "+" in name or m.group("plus") and not quoted:  # "'lantern' + .com" is given
            if not (join or site):
                continue  # "java + .net": pieces added up need a site word or a rule to join
            if not _CLAUSE_END.match(folded.text, m.end()) or not _GIVEN.search(
                    low, max(0, m.start(1) - 12), m.start(1)):
                continue  # "react + .net developers", "it runs react + .net": not given
            name = _PLUS.sub("", name)
        if m.group(3) and not _AT_END.match(folded.text, m.end()):
            continue  # "coffee, with .net developers": the suffix must be said to end it
        if (spoken in _ROMANCE_DOT and suffix in ("de", "es", "e", "do", "da", "la")
                and not m.group(3)):
            continue
        if _THEN_WORD.search(m.group(), m.end(1) - m.start()) and not _CLAUSE_END.match(
                folded.text, m.end()):
            continue  # "the page loads, then .net code runs": a sentence goes on after it
        host = f"{name}.{suffix}"
        if "." in suffix and not split_domain(host)[1]:  # "x dot com point of view"
            host = f"{name}.{suffix.split('.', 1)[0]}"
        if (name in COMMON or suffix in _FILE_EXTS or not split_domain(host)[1]
                or _SITE_WORDS.fullmatch(name)
                or is_allowed(host, ctx.allowed_domains)):
            continue
        out.append(Finding("url", *folded.span(m.start(1), m.end(1)), "web address"))
    return out


# "brooklyn dog walkers (no spaces) dot com", "sunny side bakery .co.uk, all one word": a name
# said as words, a rule to write them together and the suffix, in either order. Every rule
# starts with one of the letters in the lookahead: a quick test before the list is tried (at
# every place a name could end).
_JOIN_RULE = (r"(?=[wnaotszmgrjp])"
              r"(?:(?:with\s{1,2})?no\s{1,2}(?:spaces?|gaps?)|without\s{1,2}spaces?|(?:all\s{1,2})?"
              r"one\s{1,2}word|(?:all\s{1,2})?together|sin\s{1,2}espacios?|(?:todo|tudo)\s{1,2}"
              r"junto|ohne\s{1,2}leerzeichen|(?:alles\s{1,2})?zusammen(?:geschrieben)?|sans\s{1,2}"
              r"espaces?|(?:tout\s{1,2})?attach[\u00e9e]s?|sem\s{1,2}espa[\u00e7c]os?|"
              # "squashed together", "run together", "zusammengeschrieben"
              r"(?:squashed|squished|smushed|mashed|glued|stuck|run|jammed|written|pushed)"
              r"\s{1,2}together|junt[oa]s?)"
              # ...and a second rule: "sin acentos", "without the hyphens", "all lowercase"
              r"(?:\s{0,2}[,\-\u2013\u2014]?\s{0,2}(?:(?:and|y|e|und|et)\s{1,2})?"
              r"(?:(?:sem|sin|sans|without|ohne|no)\s{1,2}"
              # "todo junto y sin eñe", "sans cédille": the letter's mark left out
              r"(?:(?:the|los|las|les|os|as|die|la|a|el)\s{1,2})?(?:e[n\u00f1]es?|cedillas?|"
              r"c[\u00e9e]dilles?|cedilhas?|acentos?|accents?|umlaute?|tildes?|"
              r"hyphens?|guiones?|tirets?|h[ií]fens?|bindestriche?|dashes|dots|puntos|pontos|"
              r"points|punkte)|(?:all\s{1,2})?lower\s?case|(?:en|em|in)\s{1,2}"
              r"min[uú]sculas?|en\s{1,2}minuscules?|kleingeschrieben))?")
# "(zusammen) in die Adresszeile tippen und punkt de dahinter": where to type it, then the suffix
_BAR_PHRASE = (r"(?:(?:in|into|en|na|no|dans)\s{1,2}(?:(?:the|die|den|la|el|a|o|le|ta|your|"
               r"deine|ihre|tu|votre|seu|teu)\s{1,2})?(?:address\s{1,2}bar|url\s{1,2}bar|browser|"
               r"adresszeile|adressleiste|navegador|navigateur|barra\s{1,2}de\s{1,2}"
               r"(?:direcciones|endere[c\u00e7]os)|barre\s{1,2}d'adresse)(?:\s{1,2}(?:tippen|"
               r"eingeben|eintippen|schreiben|type|escribir|digitar|taper))?,?"
               r"(?:\s{1,2}(?:and|und|y|e|et|with|mit|con|com|avec))?)")
_JOIN_DOT = (r"(?:\s{0,2}\.|\s{1,2}(?:dot|punkt|punto|ponto|point)\s{1,2})"
             r"([a-z]{2,6}(?:\.[a-z]{2,3})?)")
_JOINED_SITE = re.compile(
    r"(?i)(?<![\w.@\-'\u2019])"
    # "estudiorocha (junto) ponto com": one word with the rule is a name given too
    # "the words fern, and, hollow": commas between the words
    r"([a-z0-9][a-z0-9\-]{0,30}(?:,?[ \t]{1,2}[a-z0-9][a-z0-9\-]{0,30}){0,3})"
    r"['\"\u2019\u201d\u00bb]?"
    r"(?:\s{0,2}[,(\-\u2013\u2014]?\s{0,2}" + _JOIN_RULE + r"\s{0,2}\)?\s{0,2}"
    r"[,\-\u2013\u2014]?\s{0,2}"
    r"(?:(?:(?:and|und|y|e|et)\s{1,2})?(?:then|dann|danach|luego|puis|depois)\s{1,2})?"
    + _BAR_PHRASE + r"?" + _JOIN_DOT + r"|" + _JOIN_DOT
    + r"\s{0,2}[,(\-\u2013\u2014]?\s{0,2}" + _JOIN_RULE + r")\b(?!\w|\.\w)")
_JOIN_HINTS = ("space", "one word", "together", "gap", "espacio", "junt", "leerzeichen",
               "zusammen", "espace", "attach", "espa\u00e7o", "espaco")
_WORD_PUNCT = ",'\"\u2019\u201d\u00bb"
_WORD_RUN = re.compile(r"\S+")
_NAME_STAND_INS = frozenset({"name", "names", "nombre", "nome", "nom", "your", "yourname",
                             "company", "business", "brand", "empresa", "firma", "entreprise"})


_JOIN_RULE_RX = re.compile("(?i)" + _JOIN_RULE)
_NAME_START = re.compile(r"(?i)(?<![\w.@\-'\u2019])[a-z0-9]")
# Run over the lowercased text (see caseless.py): the flag makes every try several times slower.
_JOINED_SITE_LC, _JOIN_RULE_LC, _NAME_START_LC = (
    Caseless(rx) for rx in (_JOINED_SITE, _JOIN_RULE_RX, _NAME_START))
# A joined site ends with its rule or has the rule right after its suffix: its name starts at
# one of the last few words before the rule (four words of a name, "dot" and the suffix).
_JOIN_REACH = 200
_JOIN_STARTS = 8


def _joined_site_matches(text: str, low: str) -> list[CaselessMatch]:
    """``_JOINED_SITE`` matches, tried only at the words just before a rule to write them
    together: run over a whole long text, the pattern tries every word as a name's start."""
    found: list[CaselessMatch] = []
    pos = 0
    for rule in _JOIN_RULE_LC.rx.finditer(low):
        if rule.end() <= pos:
            continue
        starts = [m.start() for m in _NAME_START_LC.rx.finditer(
            low, max(pos, rule.start() - _JOIN_REACH), rule.start() + 1)][-_JOIN_STARTS:]
        for start in starts:
            if start < pos:
                continue
            m = _JOINED_SITE_LC.match(text, low, start)
            if m is not None:
                found.append(m)
                pos = m.end()
    return found


def _joined_site(views: Views, ctx: Context) -> list[Finding]:
    folded = views.folded
    out = []
    for m in _joined_site_matches(folded.text, views.lower):
        parts = list(_WORD_RUN.finditer(m.group(1)))
        while len(parts) > 1 and parts[0].group().lower().strip(_WORD_PUNCT) in COMMON:
            parts = parts[1:]  # "it's rosa and thorn florals": the words before the name
        low_words = [p.group().lower().strip(_WORD_PUNCT) for p in parts]
        if all(w in COMMON for w in low_words) or not _NAME_STAND_INS.isdisjoint(low_words):
            continue  # "your business name, no spaces, .com": how to build one, not one
        suffix = (m.group(2) or m.group(3)).lower()
        host = "".join(low_words) + "." + suffix
        if (suffix in _FILE_EXTS or not split_domain(host)[1]
                or is_allowed(host, ctx.allowed_domains)):
            continue
        start = m.start(1) + parts[0].start()
        out.append(Finding("url", *folded.span(start, m.end()), "web address"))
    return out


# "my website is the business name with .com on the end: pixelandpine": the suffix said first,
# then the name it goes on. Run on the lowercased text.
_SUFFIX_THEN_NAME = re.compile(
    r"(?:(?<=\s)\.|\b(?:dot|punto|punkt|ponto|point)\s{1,2})([a-z]{2,6}(?:\.[a-z]{2,3})?)\b"
    # "... dot com (Salt & Sage, no spaces)": the name may follow in brackets
    r"[^.!?\n:=\u2192]{0,30}?(?:[:=\u2192\u2013\u2014(]|->|\s-|,\s{0,2}(?:so|i\.?e\.?|also|"
    r"that'?s|namely|d\.\s?h\.|o\s{1,2}sea|ou\s{1,2}seja|donc)\b)\s{0,3}"
    # "my name .net, so odessa kravitz": the name may be given as two or three words
    # "... .co.uk - Brennan & Sons Roofing, no spaces": words joined by "&" too
    r"([a-z0-9][a-z0-9\-]{2,62}(?:\s(?:&\s)?[a-z][a-z\-]{1,30}){0,3})"
    r"(?=\s{0,3}(?:$|[,!?;)\n]|\.(?:\s|$)))")
# ...after the name of the business, shop or writer standing for it
_NAME_STANDS = re.compile(r"\b(?:name|nombre|nome|nom|namen?|firmenname)\b")
# ...in a site's or a mailbox's sentence: "hello@ then the name of my bakery dot com"
_MAILBOX_WORDS = re.compile(r"@|\b(?:e-?mail|mail|correo|courriel)\b")


def _suffix_then_name(views: Views, ctx: Context) -> list[Finding]:
    low = views.lower
    out = []
    for m in _SUFFIX_THEN_NAME.finditer(low):
        words, suffix = m.group(2).split(), m.group(1)
        words = [w for w in words if w != "&"]
        if len(words) > 1 and any(w in COMMON for w in words):
            continue  # "my name .com - you know it": a phrase, not the name
        name = "".join(words)
        lo = max(0, m.start() - 100)  # the sentence before the suffix, at most 100 characters
        cut = max(low.rfind(".", lo, m.start() - 1), low.rfind("!", lo, m.start()),
                  low.rfind("?", lo, m.start()), low.rfind("\n", lo, m.start()), lo - 1)
        before = low[cut + 1:m.start()]
        host = f"{name}.{suffix}"
        if (name in COMMON or name.isdigit() or not _NAME_STANDS.search(before)
                or not (_SITE_WORDS.search(before) or _MAILBOX_WORDS.search(before))
                or not split_domain(host)[1]
                or is_allowed(host, ctx.allowed_domains)):
            continue
        out.append(Finding("url", *views.folded.span(m.start(2), m.end(2)), "web address"))
    return out


# "entra en arquitecturamolina punto mx y mira...": a spoken dot and a country suffix in the
# middle of a sentence about a site (at its end the normalized view reads it already).
_SPOKEN_MID = re.compile(
    r"(?<![\w.@\-])([a-z0-9][a-z0-9\-]{4,62})\s{1,2}(?:dot|punto|punkt|ponto|point)\s{1,2}"
    r"([a-z]{2,4})(?:\s{1,2}(?:dot|punto|punkt|ponto|point)\s{1,2}([a-z]{2,3}))?\b(?![.\-@]\w)")
# Country and other suffixes that are not also short words of the languages written here.
_MID_SUFFIXES = frozenset({"co", "uk", "fr", "pt", "br",
                           "mx", "ar", "nl", "ru", "au", "ch", "cl", "eu", "dev", "xyz", "nz",
                           "ie", "cat", "gal", "ec", "uy", "py", "ve", "bo", "cr", "gt"})


# "check out lumenviz dot ie for my projects": with "dot" (or "punkt"), never a word of the
# sentence, a country suffix that is no word either needs no site word around it.
_MID_STRICT = _MID_SUFFIXES - {"co", "cat", "gal", "bo", "ar", "py", "eu", "dev"}
_PLAIN_DOT = frozenset({"dot", "punkt"})


def _spoken_mid(views: Views, ctx: Context) -> list[Finding]:
    low = views.lower
    out = []
    site = None
    for m in _SPOKEN_MID.finditer(low):
        name, suffix, second = m.group(1), m.group(2), m.group(3)
        if suffix not in _MID_SUFFIXES or name in COMMON or name.isdigit():
            continue
        if site is None:
            site = _site_word_in(low, low)
        if not site and (suffix not in _MID_STRICT or name.endswith(_NOT_NAME_ENDS)
                         or _spoken_word(m.group()) not in _PLAIN_DOT
                         or _DETERMINER_BEFORE.search(low, max(0, m.start() - 8), m.start())):
            continue  # "the polka dot uk dress": a thing named, not an address
        host = f"{name}.{suffix}" + (f".{second}" if second else "")
        if not split_domain(host)[1] or is_allowed(host, ctx.allowed_domains):
            continue
        out.append(Finding("url", *views.folded.span(m.start(), m.end()), "spoken web address"))
    return out


# "meine Arbeiten: larawinter punkt design", "see tomhale dot studio": a spoken dot before a
# suffix that is also a word ends the clause; the name before it is one long word.
def _spoken_word(said: str) -> str:
    """The word said for the dot in a spoken address ("dot" in "x dot ie")."""
    return _SPOKEN_DOT_RE.search(said, said.find(" ")).group()


_SPOKEN_WORD_SUFFIX = re.compile(
    r"(?<![\w.@\-])([a-z0-9][a-z0-9\-]{5,40})\s{1,2}(?:dot|punto|punkt|ponto|point)\s{1,2}"
    r"(design|studio|art|photo|photography|shop|store|online|site|website|blog|tech|app|page|"
    r"space|works|gallery|media|digital|agency|build|builders|construction|plumbing|solutions|"
    r"services|consulting|coach|events|music|games|fitness|beauty|house|home|life|live|world|"
    r"email|web|info|pro|biz|name|one|me|io|ai|tv)(?=\s{0,3}(?:$|[,;!?)\n]|\.(?:\s|$)))")
_NOT_NAME_ENDS = ("ing", "ed", "ly", "tion")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|el|la|le|der|die|das|den|um|uma|un|une|ein|"
                                r"eine|einen|this|that|our|their|its)\s{1,2}$")


def _spoken_word_suffix(views: Views, ctx: Context) -> list[Finding]:
    low = views.lower
    out = []
    for m in _SPOKEN_WORD_SUFFIX.finditer(low):
        name = m.group(1)
        if (name in COMMON or name.isdigit() or name.endswith(_NOT_NAME_ENDS)
                or _DETERMINER_BEFORE.search(low, max(0, m.start() - 8), m.start())):
            continue  # "the starting point design", "the central point design"
        host = f"{name}.{m.group(2)}"
        if not split_domain(host)[1] or is_allowed(host, ctx.allowed_domains):
            continue
        out.append(Finding("url", *views.folded.span(m.start(), m.end()), "spoken web address"))
    return out


_SPOKEN_DOT_WORD = re.compile(r"\s(?:dot|punto|punkt|ponto|point)\s")
# "they say 'dot' in English, is it 'punto' in Spanish?": the word quoted, talked about
_QUOTED_DOT_WORD = re.compile(r"['\"\u2018\u2019\u201c\u201d\u00ab\u00bb](?:dot|punto|punkt|ponto|"
                              r"point)['\"\u2018\u2019\u201c\u201d\u00ab\u00bb]")


def _spoken_word_pair(views: Views, canon_low: str, m: re.Match, host: str) -> bool:
    """"the logo dot in", "a menu point to ...": two ordinary words with a spoken dot between,
    the second a word that is also a weak suffix, and the first a common word or after an
    article; an address said aloud names something ("mara dot me", "x dot com")."""
    name, _, suffix = host.partition(".")
    if "." in suffix or suffix not in COMMON or suffix in STRONG_TLDS:
        return False
    s, e = views.canon.span(m.start(), m.end(1))
    if _SPOKEN_DOT_WORD.search(views.folded.text.lower(), s, e) is None:
        return False
    return name in COMMON or _DETERMINER_BEFORE.search(
        canon_low, max(0, m.start() - 8), m.start()) is not None


def _spoken_hyphen(views: Views, ctx: Context) -> list[Finding]:
    folded = views.folded
    text = folded.text
    out = []
    for m in _SPOKEN_HYPHEN.finditer(text):
        name, spoken, suffix = m.group(1).lower(), (m.group(2) or "").lower(), m.group(3).lower()
        if spoken in _ROMANCE_DOT and suffix in ("de", "es", "e", "do", "da", "la"):
            continue
        if all(part in COMMON for part in name.split("-")):
            continue
        host = f"{name}.{suffix}"
        if not split_domain(host)[1] or is_allowed(host, ctx.allowed_domains):
            continue
        out.append(Finding("url", *folded.span(m.start(), m.end()), "spoken web address"))
    return out


_LOCAL_ENDS = (".localhost", ".test", ".example", ".invalid", ".internal")


def _local_host(host: str) -> bool:
    """localhost and loopback: development talk, not a contact channel."""
    return (host == "localhost" or host.endswith(_LOCAL_ENDS) or host in ("0.0.0.0", "::1")
            or host.startswith("127."))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` falls in one of ``spans`` (in text order, not overlapping)."""
    i = bisect_right(spans, (pos, sys.maxsize)) - 1  # the last span starting at or before
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_HOST_BEFORE = re.compile(r"[a-z0-9\-]{1,40}(?:\.[a-z0-9\-]{1,40}){0,3}\.$")


def _dotted_service(low: str, start: int) -> bool:
    """A site name right after a dot: ".github/workflows" (a dot folder in a path) or
    "docs.github.com" (a documentation subdomain); "gist.github.com/jane" is neither."""
    before = _HOST_BEFORE.search(low, max(0, start - 60), start)
    if before is None:
        return start < 2 or not low[start - 2].isalnum()
    end = start
    while end < len(low) and end - start < 60 and (low[end].isalnum() or low[end] in ".-"):
        end += 1
    host = low[before.start():end].rstrip(".")
    return _reference_link(host, low[before.start():min(len(low), end + 80)].split()[0])


def _in_code(text: str, pos: int) -> bool:
    """Inside `inline code` on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count("`", line_start, pos) % 2 == 1


# Left-hand names that mark "x.name", "user.email", "self.app" as code, not a domain.
_CODE_LEFT_TEXT = """
self this that cls obj object user users data req request res response config conf cfg props
state os sys np pd df window document console math json e err error event evt item items file
files form model app ctx context args kwargs options opts params settings env process module
exports client server db session record row node el elem element target value result results
instance message msg page person customer account profile
"""
_CODE_LEFT = frozenset(_CODE_LEFT_TEXT.split())
_TECH_NAMES = frozenset({"asp.net", "vb.net", "ado.net", "socket.io", "dot.net"})


# "he wrote 'mom.is.best' on the mirror", "kaffee.ist.leben": a little sentence written with
# dots for spaces; a verb or an article inside a host name does not happen in real addresses.
_PHRASE_WORDS = frozenset({"is", "are", "was", "were", "am", "the", "and", "not", "of",
                           "ist", "sind", "war", "und", "est", "sont", "et", "es", "son",
                           "y", "sao", "eh"})


def _dotted_phrase(host: str, path: str) -> bool:
    labels = host.split(".")
    return (not path and len(labels) >= 3 and all(lb.isalpha() for lb in labels)
            and any(lb in _PHRASE_WORDS for lb in labels[1:-1]))


def _is_domain(host: str, path: str) -> bool:
    """A real registrable domain, not a file name, code, abbreviation or run-on sentence."""
    lowered = host.lower()
    _reg, suffix = split_domain(lowered)
    if not suffix or lowered in _TECH_NAMES:
        return False
    if lowered.split(".", 1)[0] in _CODE_LEFT and not path and suffix not in STRONG_TLDS:
        return False
    last = suffix.rsplit(".", 1)[-1]
    label = host.rsplit(".", 1)[-1]
    if last in _FILE_EXTS and not path:
        return False
    if last not in STRONG_TLDS and label[:1].isupper() and not label.isupper():
        return False
    if host.isupper() and len(host) <= 6:
        return False
    if host.isupper() and not path and any(len(part) == 1 for part in host.split(".")):
        return False  # "DECA 1198.C.CR": a part code in capitals with a one-letter piece
    if _dotted_phrase(lowered, path):
        return False
    first = host.split(".", 1)[0]
    return not (len(first) == 1 and host.count(".") == 1 and last not in STRONG_TLDS
                and last not in ("me",) and len(path) < 3)  # "e.g", but "g.page/r/x"


# "www dot lindenhof dot bio and more", "uve doble, uve doble, uve doble, punto, x, punto, es",
# "w w w · fern · and · moss · com": a site said from its "www", every dot said or drawn; the
# words between it and the suffix are the name, whatever the suffix.
# (each word from its first letter, then the word start checked behind it: a literal first)
_WWW_GATE = re.compile(r"(?:w(?<!\w.)(?:ww|\s{1,2}w\s{1,2}w)|t(?<!\w.)riple|u(?<!\w.)ves?|"
                       r"d(?<!\w.)(?:oble|ouble|abliu|ablio))\b")
_W_SAID = (r"(?:uve\s{1,2}doble|doble\s{1,2}(?:uve|u|v)|double[\s-]{1,2}(?:v|u|w)|dabliu|"
           r"dablio)")  # run on the folded, lowercased view: accents are gone
_WWW_SAID = (r"(?:www|w\s{1,2}w\s{1,2}w|triple[\s-]{1,2}w|(?:tres|trois|tr[eê]s|three|drei)\s{1,2}"
             r"(?:uves?\s{1,2}dobles?|w|double[\s-]?v|dabliu)|(?:" + _W_SAID
             + r"[\s,\-]{1,3}){2}" + _W_SAID + r")")
_SAID_SEP = (r"(?:\s{0,2}[.\u00b7\u2022\u2219\u30fb]\s{0,2}|\s{0,2},?\s{1,2}(?:dot|punto|punkt|"
             r"ponto|point)\s{1,2},?\s{0,2}|\s{0,2},\s{0,2}(?:dot|punto|punkt|ponto|point),\s{0,2})")
_WWW_SPOKEN = re.compile(
    r"(?<![\w.])" + _WWW_SAID + r"(" + _SAID_SEP + r"[a-z0-9][a-z0-9\-]{0,40}"
    r"(?:(?:" + _SAID_SEP + r"|[ \t]{1,2})[a-z0-9][a-z0-9\-]{0,40}){1,6})")
_SAID_TOKEN = re.compile(r"(" + _SAID_SEP + r"|[ \t]{1,2})([a-z0-9][a-z0-9\-]{0,40})")


def _www_said(views: Views, ctx: Context) -> list[Finding]:
    low = views.lower
    out = []
    for m in _WWW_SPOKEN.finditer(low):
        toks = [(t.group(1).strip() != "", t.group(2), t.end())
                for t in _SAID_TOKEN.finditer(low, m.start(1), m.end(1))]
        for i in range(1, len(toks)):
            dotted, word, end = toks[i]
            if not dotted:
                continue
            suffix = word
            if i + 1 < len(toks) and toks[i + 1][0] and split_domain(
                    f"x.{word}.{toks[i + 1][1]}")[1] == f"{word}.{toks[i + 1][1]}":
                suffix, end = f"{word}.{toks[i + 1][1]}", toks[i + 1][2]  # "co . uk"
            name = "".join(t[1] for t in toks[:i])
            host = f"{name}.{suffix}"
            if split_domain(host)[1] != suffix or name in COMMON:
                continue
            if not is_allowed(host, ctx.allowed_domains) and not _reference_link(host, host):
                out.append(Finding("url", *views.folded.span(m.start(), end), "spoken web address"))
            break
    return out


# Hosts that are the machinery of hosting and DNS, not anybody's site: the targets a CNAME
# points to ("cname.vercel-dns.com", "d1x2.cloudfront.net", "ns-12.awsdns-05.org").
_INFRA_DOMAINS = frozenset("""
vercel-dns.com herokudns.com netlifyglobalcdn.com cloudfront.net azureedge.net fastly.net
fastlylb.net akamaiedge.net edgekey.net edgesuite.net akamaihd.net googlehosted.com
domaincontrol.com registrar-servers.com wixdns.net squarespace-dns.com cdn.cloudflare.net
cloudflare.net azurefd.net trafficmanager.net elb.amazonaws.com render-dns.com
""".split())
_INFRA_HOSTS = frozenset({"shops.myshopify.com", "ext-cust.squarespace.com",
                          "ghs.googlehosted.com", "proxy-ssl.webflow.com", "proxy.webflow.com"})
_AWSDNS = re.compile(r"(?:^|\.)awsdns-\d{1,3}\.[a-z.]{2,9}$")
# ...the ones below a public suffix's second level, as endings for one str.endswith
_INFRA_ENDS = tuple("." + d for d in sorted(_INFRA_DOMAINS) if d.count(".") > 1)
# Hosting platforms that give every deploy a generated name ("staging-7c2e.up.railway.app",
# "deploy-preview-41--shopfront.netlify.app", "app-git-main-team.vercel.app"): such a name
# is a build of the work, not a person's page ("annafotos.netlify.app" still goes).
_DEPLOY_SUFFIXES = frozenset("""
up.railway.app railway.app vercel.app netlify.app herokuapp.com onrender.com fly.dev
pages.dev workers.dev azurewebsites.net web.app firebaseapp.com amplifyapp.com ngrok.io
ngrok-free.app ngrok.app loca.lt replit.app repl.co glitch.me surge.sh azurestaticapps.net
""".split())
_DEPLOY_WORDS = frozenset({"staging", "stage", "preview", "deploy", "dev", "test", "qa", "uat",
                           "pr", "git", "branch", "sandbox", "build", "canary", "beta"})
_GENERATED = re.compile(r"(?=[a-z]{0,12}\d)(?=\d{0,12}[a-z])[a-z0-9]{4,16}|[0-9a-f]{6,}|\d{2,}")


@lru_cache(maxsize=4096)
def _infra_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    if host in _INFRA_HOSTS or "awsdns-" in host and _AWSDNS.search(host):
        return True
    reg = split_domain(host)[0]
    if reg in _INFRA_DOMAINS or host.endswith(_INFRA_ENDS):
        return True
    label, _, rest = host.partition(".")
    if rest not in _DEPLOY_SUFFIXES:
        return False
    parts = label.replace("--", "-").split("-")
    return len(parts) > 1 and (any(p in _DEPLOY_WORDS for p in parts)
                               and any(_GENERATED.fullmatch(p) for p in parts)
                               or parts[0] in ("deploy", "pr") and parts[1].isdigit()
                               # "shop-git-feature-cart-team.vercel.app": a branch's build
                               or "git" in parts[1:-1] and len(parts) >= 4)


# Stack traces: "at com.shop.Cart.total(Cart.kt:41)", "IllegalStateException at Job.java:7".
SOURCE_EXTS = frozenset({"java", "kt", "kts", "scala", "groovy", "py", "rb", "js", "mjs", "cjs",
                         "ts", "tsx", "jsx", "go", "cs", "php", "swift", "cpp", "cc", "cxx", "c",
                         "h", "hpp", "m", "mm", "rs", "dart", "ex", "exs", "erl", "clj", "lua",
                         "vue", "svelte", "fs", "vb"})
_LINE_NO = re.compile(r":\d{1,6}(?::\d{1,4})?")

# "MX 10 mx2.mailroute.net", "NS ns1.digitalocean.com", "TXT include:spf.protection.x": in
# talk about DNS records, the servers a record points to (mail exchangers, name servers).
_DNS_TALK = re.compile(r"\b(?:CNAME|MX|NS|TXT|AAAA|ALIAS|ANAME|SPF|DKIM|DMARC|DNS|"
                       r"[Nn]ame\s?servers?|[Mm]ail\s{1,2}exchangers?)\b")
_DNS_LABEL = re.compile(r"(?:mx|aspmx|alt|ns|dns|pdns|inbound|mx-?in|"
                        r"mta|relay)-?\d{0,3}$")


def _dns_target(views: Views, host: str, memo: dict) -> bool:
    if "dns" not in memo:
        memo["dns"] = _DNS_TALK.search(views.original) is not None
    if not memo["dns"]:
        return False
    reg = split_domain(host)[0]
    return host != reg and _DNS_LABEL.match(host.split(".", 1)[0]) is not None


# ---- Said and typed forms found in held-out rounds (one hook in ``_detect``) ----

# "entra a h t t p s : / / x . c o m": a link spaced out letter by letter after a one-letter
# word ("a", "e", "o", "y"), which the spaced run took in, so the scheme is glued to it.
# Run on the lowercased canonical text.
_GLUED_SCHEME = re.compile(r"(?<=[^\W\d_])(?:h[tx]{2}ps?|ftp)://[^\s<>\"'\\]{1,2048}")
# "dribbble, slash, ellacreates", "github barra, jo-22": the slash said between commas.
_SERVICE_COMMA_SLASH = re.compile(
    r"\b(?:" + _SERVICES + r")(?:\.(?:ee|ai|com|me|io|net|co|page|site|bio|ly))?\s{0,2},?"
    r"\s{1,2}" + _SLASH_SAID + r"\s{0,2},\s{0,2}(?:@\s{0,2})?"
    r"(?!(?:" + _SERVICES + r"|and|or|the|y|und|et|e|ou|o)\b)([a-z0-9][\w.\-]{1,39})")
# "allez sur traiteurx point fr pour voir", "entra en tiendax punto mx y mira": a Romance
# spoken dot (a word of the sentence too) before a country suffix that is none, mid-sentence,
# right after a verb of going to or visiting a place.
_VISIT_SPOKEN = re.compile(
    r"\b(?:allez|aller|va|vas|venez|viens|rendez-vous|passez|visitez|visite[sz]?|consultez|"
    r"consulte|regardez|entra|entren|entre|visita|visiten|mira|miren|vayan|ingresa|ingresen|"
    r"acesse|acessa|acessem|confira|veja|vejam)\s{1,2}(?:(?:sur|en|a|al|no|na|em|ao|[aà])"
    r"\s{1,2})?([a-z0-9][a-z0-9\-]{4,62})\s{1,2}(?:point|punto|ponto)\s{1,2}([a-z]{2,3})"
    r"(?:\s{1,2}(?:point|punto|ponto)\s{1,2}([a-z]{2}))?\b(?![.\-@]\w)")
# "rivera-renders com (put a dot before the com)", "tallerluz es, con un punto delante del
# es": a name and its suffix apart, then the rule to put the dot between them.
_DOT_RULE_AFTER = re.compile(
    r"(?<![\w.@\-])([a-z0-9][a-z0-9\-]{2,62})[ \t]{1,2}([a-z]{2,6})\s{0,3}[(,:\-\u2013\u2014]?"
    r"\s{0,3}(?:(?:put|add|insert|with|and|pon|ponle|pone|mete|a[nñ]ade|agrega|con|y|setz\w{0,2}"
    r"|mit|und|mets|mettez|ajoute[sz]?|avec|et|coloca|p[oõ]e|adiciona|com|e)\s{1,2}"
    r"(?:(?:a|an|one|un|una|einen|einem|ein|um|uma|une)\s{1,2})?)?"
    r"(?:dot|period|full\s{1,2}stop|punto|punkt|point|ponto)\s{1,2}(?:before|in\s{1,2}front"
    r"\s{1,2}of|between|in\s{1,2}between|antes|delante|vor|dazwischen|davor|avant|devant|entre)"
    r"\b")
# "same as my username but add 'design' and the .net bit -> quinndesign": the site built from
# the writer's user name with a piece added, its suffix named, then the result after an arrow.
_BUILT_ARROW = re.compile(
    r"(?:(?<=\s)\.|\b(?:dot|punto|punkt|ponto|point)\s{1,2})([a-z]{2,6}(?:\.[a-z]{2,3})?)\b"
    r"[^.!?\n:=\u2192>]{0,30}?(?:->|=>|\u2192|:|=)\s{0,3}([a-z0-9][a-z0-9\-]{5,62})"
    r"(?=\s{0,3}(?:$|[,!?;)\n]|\.(?:\s|$)))")
_BUILT_FROM = re.compile(r"\b(?:user\s?name|handle|name|nombre|usuario|nom|pseudo|nome|"
                         r"usu[aá]rio|benutzername)\b")
_ADD_WORD = re.compile(r"\+|\b(?:add|adding|plus|append|stick|tack|with|a[nñ]ade|agrega|"
                       r"m[aá]s|con|mit|dazu|ajoute[sz]?|avec|adiciona|mais|com)\b")
# "my work is on that pink portfolio site with three b's, /kaimendes": a profile path typed
# after a site named by description, on a site the writer's work is on.
_DESCRIBED_PATH = re.compile(r"[,:\u2014\u2013]\s{0,2}/([a-z0-9][\w.]{3,39})"
                             r"(?=\s{0,3}(?:$|[,!?;)\n]|\.(?:\s|$)))")
_ON_SITE = re.compile(r"\b(?:on|at|en|sur|auf|bei|no|na|em)\s{1,2}(?:\w{1,12}\s{1,2}){0,4}?"
                      r"(?:site|website|web|seite|webseite|p[aá]gina|plateforme|platform|"
                      r"plataforma|app)\b")
# Paths of a site's own pages: "/gallery2", "/contacto" name no one.
_SITE_PAGES = frozenset("""
about contact services gallery portfolio blog shop store cart checkout login signin signup
register admin dashboard pricing prices faq faqs terms privacy testimonials reviews projects
work booking book bookings quote quotes careers jobs team news events menu products product
catalog catalogue search index help support docs api settings orders invoices downloads
resources media images photos videos sitemap feed rss tag category categories pages posts
contacto servicios galeria precios tienda nosotros kontakt impressum leistungen galerie preise
datenschutz agb tarifs accueil realisations mentions servicos sobre contato precos loja
""".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|your|my|our|their|this|that|its|his|her|el|la|"
                             r"le|der|die|das|o|um|uma|un|une|ein|eine)\s{1,2}$")


def _compound_name(views: Views, f: Finding) -> bool:
    """"apexdrywall and then .ca on the end": one long word that is no word of the sentence
    (not common, no article before it, no "-ing"/"-ed" ending), its suffix in lower case."""
    name = views.original[f.start:f.end].strip()
    tail = views.original[f.end:f.end + 40]
    k = tail.find(".")
    low = name.lower()
    return (len(name) >= 8 and name.isascii() and name.isalnum() and low == name
            and (k < 0 or tail[k + 1:k + 4].islower()) and low not in COMMON
            and not low.endswith(_NOT_NAME_ENDS + ("name", "domain", "names", "domains"))
            and _ARTICLE_BEFORE.search(views.original, max(0, f.start - 8), f.start) is None)


def _clause_before(low: str, pos: int, reach: int = 120) -> str:
    lo = max(0, pos - reach)
    cut = max(low.rfind(". ", lo, pos), low.rfind("!", lo, pos), low.rfind("?", lo, pos),
              low.rfind("\n", lo, pos), lo - 1)
    return low[cut + 1:pos]


def _said_forms(views: Views, ctx: Context) -> list[Finding]:
    """Links spaced out after a one-letter word, slashes said between commas, Romance spoken
    dots after a verb of visiting, a name and suffix with the rule to join them by a dot, a
    site built from the user name, and a profile path after a described site."""
    low = views.lower
    folded = views.folded
    out: list[Finding] = []
    canon_low = views.canon_lower
    if "://" in canon_low:
        canon = views.canon
        for m in _GLUED_SCHEME.finditer(canon_low):
            url = _trim(m.group())
            host = _host(url)
            if (not split_domain(host)[1] or is_allowed(host, ctx.allowed_domains)
                    or _local_host(host) or _reference_link(host, url)
                    or _public_repo(host, url)):
                continue
            out.append(Finding(_kind(host), *canon.span(m.start(), m.start() + len(url)),
                               "link"))
    if "," in low and ("slash" in low or "barr" in low or "schr" in low):
        for m in _SERVICE_COMMA_SLASH.finditer(low):
            path = m.group(1).rstrip(".")
            owned = _OWNER_WORDS.search(low, max(0, m.start() - 60), m.start()) is not None
            if _pause_path(path, owned) and not _in_code(low, m.start()):
                out.append(Finding("url", *folded.span(m.start(), m.start(1) + len(path)),
                                   "profile path"))
    if " point " in low or " punto " in low or " ponto " in low:
        for m in _VISIT_SPOKEN.finditer(low):
            name, suffix = m.group(1), m.group(2)
            host = f"{name}.{suffix}" + (f".{m.group(3)}" if m.group(3) else "")
            if (suffix not in _MID_STRICT or name in COMMON or name.isdigit()
                    or not split_domain(host)[1] or is_allowed(host, ctx.allowed_domains)):
                continue
            out.append(Finding("url", *folded.span(m.start(1), m.end()), "spoken web address"))
    if " before" in low or "between" in low or "antes" in low or "delante" in low or (
            " vor" in low or "dazwischen" in low or "davor" in low or "avant" in low
            or "devant" in low or "entre" in low):
        for m in _DOT_RULE_AFTER.finditer(low):
            name, suffix = m.group(1), m.group(2)
            host = f"{name}.{suffix}"
            if (name in COMMON or name.isdigit() or suffix not in TLDS and len(suffix) != 2
                    or suffix in _FILE_EXTS or split_domain(host)[1] != suffix
                    or is_allowed(host, ctx.allowed_domains)):
                continue
            out.append(Finding("url", *folded.span(m.start(1), m.end(2)), "web address"))
    if ("->" in low or "=>" in low or "\u2192" in low or ":" in low) and (
            " ." in low or _SPOKEN_DOT_RE.search(low)) and _BUILT_FROM.search(low):
        for m in _BUILT_ARROW.finditer(low):
            name, suffix = m.group(2), m.group(1)
            before = _clause_before(low, m.start())
            host = f"{name}.{suffix}"
            if (name in COMMON or name.isdigit() or not _BUILT_FROM.search(before)
                    or not _ADD_WORD.search(before) or not _OWNER_WORDS.search(before)
                    or not folded.text[m.start(1):m.end(1)].islower()
                    or suffix in _FILE_EXTS or not split_domain(host)[1]
                    or is_allowed(host, ctx.allowed_domains)):
                continue
            out.append(Finding("url", *folded.span(m.start(2), m.end(2)), "web address"))
    if "/" in low:
        for m in _DESCRIBED_PATH.finditer(low):
            path = m.group(1).rstrip(".")
            before = _clause_before(low, m.start(), 160)
            parts = [p.rstrip("0123456789") for p in re.split(r"[._]", path)]
            if (path in COMMON or path.replace(".", "").isdigit() or len(path) < 6
                    and not any(c.isdigit() or c == "_" for c in path)
                    or any(p in _SITE_PAGES or p in COMMON for p in parts)
                    or not _ON_SITE.search(before) or not _OWNER_WORDS.search(before)):
                continue
            out.append(Finding("url", *folded.span(m.start() + 1, m.end()), "profile path"))
    return out
